"""``vetdesk journal print`` and ``vetdesk journal autolock``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import TEST_PASSWORD
from tests.support.journal_data import add_patient, consultation, write_and_sign
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.clock import FixedClock
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import entry_detail, save_draft
from vetdesk.services.permissions import Actor


def _run(db_url: str, *argv: str, password: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(
        out=out, err=err, stdin=io.StringIO(""), credentials=MemoryCredentialStore(),
        environ={"VETDESK_PASSWORD": password} if password else {},
    )
    code = main(["--database", db_url, *argv], env=env)
    return code, out.getvalue(), err.getvalue()


def test_print_writes_a_pdf_for_the_signed_in_user(
    ctx: ServiceContext, vet: Actor, clinic: None, db_url: str, tmp_path: Path
) -> None:
    patient = add_patient(ctx)
    write_and_sign(ctx, vet, consultation(patient.animal_id, ctx.clock.now(),
                                          diagnosis="Ørebetennelse"))
    out = tmp_path / "bamse.pdf"
    code, said, _ = _run(db_url, "--user", "lie", "journal", "print", str(patient.animal_id),
                         "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(out),
                         password=TEST_PASSWORD)
    assert code == 0 and "Wrote" in said
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Ørebetennelse" in text
    code, _, err = _run(db_url, "journal", "print", str(patient.animal_id), "--out", str(out))
    assert code == 2 and "--user" in err
    code, _, err = _run(db_url, "--user", "lie", "journal", "print", "999", "--out", str(out),
                        password=TEST_PASSWORD)
    assert code == 2 and "not in the register" in err


def test_autolock_signs_old_drafts_without_a_user(
    ctx: ServiceContext, vet: Actor, clinic: None, db_url: str
) -> None:
    patient = add_patient(ctx)
    long_ago = dataclasses.replace(
        ctx, clock=FixedClock(dt.datetime.now(dt.UTC) - dt.timedelta(hours=30))
    )
    form = consultation(patient.animal_id, long_ago.clock.now())
    save_draft(long_ago, vet, form)
    code, said, _ = _run(db_url, "journal", "autolock")
    assert code == 0 and said.startswith(
        "Locked 1 draft in their authors' names; discarded 0 empty drafts; ")
    assert entry_detail(ctx, vet, form.id).auto_locked

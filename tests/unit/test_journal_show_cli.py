"""``vetdesk journal show``: an animal's entries with the regulation's three times, as text and
as JSON (issue 8, FOR-2006-02-20-229 § 4)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json

from sqlalchemy import select

from tests.conftest import TEST_PASSWORD
from tests.support.journal_data import add_patient, consultation, write_and_sign
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.db.models import AuditEvent
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import Correction, correct_entry, entry_detail
from vetdesk.services.permissions import Actor

UTC = dt.UTC
ASKED = dt.datetime(2026, 11, 20, 5, 20, tzinfo=UTC)  # 06:20 in Oslo
GIVEN = dt.datetime(2026, 11, 20, 6, 55, tzinfo=UTC)  # 07:55 in Oslo


def _run(db_url: str, *argv: str, environ: dict[str, str] | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(
        out=out, err=err, stdin=io.StringIO(""), credentials=MemoryCredentialStore(),
        environ={"VETDESK_PASSWORD": TEST_PASSWORD, **(environ or {})},
    )
    code = main(["--database", db_url, "--user", "lie", *argv], env=env)
    return code, out.getvalue(), err.getvalue()


def test_show_lists_the_three_times_as_text_and_json(
    ctx: ServiceContext, vet: Actor, clinic: None, db_url: str
) -> None:
    patient = add_patient(ctx, chip="578077000012345")
    entry = write_and_sign(ctx, vet, dataclasses.replace(
        consultation(patient.animal_id, GIVEN), help_requested_at=ASKED))
    current = entry_detail(ctx, vet, entry).current
    correct_entry(ctx, vet, Correction(
        entry, 1, GIVEN, {**current.content, "findings": "Øm over høyre kne."}, "Feil side",
        weight_kg=current.weight_kg, temperature_c=current.temperature_c,
    ), accept_warnings=True)

    code, said, err = _run(db_url, "journal", "show", "--chip", "578077000012345")
    assert (code, err) == (0, "")
    assert said.splitlines()[:2] == [
        "20.11.2026 07:55  Consultation  Ingrid Lie  (corrected)",
        "  help asked for 20.11.2026 06:20 · given 20.11.2026 07:55 · written 22.11.2026 08:55",
    ]
    assert "  Findings: Øm over høyre kne." in said.splitlines()

    code, said, _err = _run(db_url, "journal", "show", str(patient.animal_id), "--json")
    assert code == 0
    shown = json.loads(said)
    assert shown["animal_name"] == "Bamse"
    [only] = shown["entries"]
    assert (only["help_requested_at"], only["event_time"], only["written_at"]) == (
        "2026-11-20T05:20:00+00:00", "2026-11-20T06:55:00+00:00", "2026-11-22T07:55:00+00:00")
    assert [(v["version_no"], v["help_requested_at"]) for v in only["versions"]] == [
        (1, "2026-11-20T05:20:00+00:00"), (2, "2026-11-20T05:20:00+00:00")]
    assert only["content"]["findings"] == "Øm over høyre kne."
    assert (only["weight_kg"], only["temperature_c"]) == ("31.4", "38.6")
    # Reading the journal is a view of personal data: logged (ids only).
    with ctx.db.reading() as session:
        views = session.execute(select(AuditEvent.entity_type, AuditEvent.animal_id).where(
            AuditEvent.action == "view", AuditEvent.entity_type == "journal")).all()
    assert [tuple(v) for v in views] == [("journal", patient.animal_id)]


def test_show_speaks_bokmal(ctx: ServiceContext, vet: Actor, clinic: None, db_url: str) -> None:
    patient = add_patient(ctx)
    write_and_sign(ctx, vet, dataclasses.replace(
        consultation(patient.animal_id, GIVEN), help_requested_at=ASKED))
    code, said, _err = _run(db_url, "journal", "show", str(patient.animal_id),
                            environ={"LANG": "nb_NO.UTF-8"})
    assert code == 0
    assert said.splitlines()[:2] == [
        "20.11.2026 07:55  Konsultasjon  Ingrid Lie",
        "  hjelp anmodet 20.11.2026 06:20 · gitt 20.11.2026 07:55 · skrevet 22.11.2026 08:55",
    ]
    assert "  Anamnese: Halter på venstre bakben." in said.splitlines()


def test_show_says_when_there_is_nothing(
    ctx: ServiceContext, vet: Actor, clinic: None, db_url: str
) -> None:
    patient = add_patient(ctx)
    code, said, _err = _run(db_url, "journal", "show", str(patient.animal_id))
    assert (code, said) == (0, "Bamse has no signed journal entries.\n")

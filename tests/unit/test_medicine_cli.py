"""``vetdesk medicine give|list|void`` and the VetReg worklist from a terminal (issue 12)."""

from __future__ import annotations

import io
import json
from pathlib import Path

from tests.conftest import TEST_PASSWORD
from tests.support.journal_data import add_patient
from tests.support.pharmacy import load_sample
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor


def _run(db_url: str, user: str, *argv: str,
         environ: dict[str, str] | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(out=out, err=err, stdin=io.StringIO(""),
                         credentials=MemoryCredentialStore(),
                         environ={"VETDESK_PASSWORD": TEST_PASSWORD, **(environ or {})})
    code = main(["--database", db_url, "--user", user, *argv], env=env)
    return code, out.getvalue(), err.getvalue()


def test_give_list_report_and_void(
    ctx: ServiceContext, vet: Actor, manager: Actor, db_url: str
) -> None:
    load_sample(ctx)
    cow = add_patient(ctx, species="cattle", name="Dagros")
    animal = str(cow.animal_id)
    # Bad input: one sentence naming what to fix, exit 2, nothing written.
    code, said, err = _run(db_url, "lie", "medicine", "give", animal, "--drug", "016683",
                           "--amount", "45")
    assert (code, said) == (2, "")
    assert "write the withdrawal period, even when it is 0 days" in err
    code, _said, err = _run(db_url, "lie", "medicine", "give", animal, "--drug", "999999",
                            "--amount", "45", "--withdrawal", "0")
    assert code == 2 and "varenummer “999999”" in err
    code, said, _err = _run(
        db_url, "lie", "medicine", "give", animal, "--drug", "016683", "--amount", "4,5",
        "--when", "21.11.2026 14:30", "--withdrawal", "Slakt: 6 døgn, melk: 6 døgn",
        "--category", "milk", "--producer", "0301123456", "--json")
    assert code == 0
    given = json.loads(said)
    assert (given["product"], given["amount"], given["unit"], given["given_at"]) == (
        "Penovet vet.", "4.50", "ml", "2026-11-21T13:30:00+00:00")
    code, said, _err = _run(db_url, "lie", "medicine", "list", animal)
    assert code == 0
    assert said == (f"{given['id']}  21.11.2026 14:30  Ingrid Lie: Penovet vet. 4,5 ml\n")
    # On the worklist, as the manager sees it, with its key and source.
    code, said, _err = _run(db_url, "mona", "vetreg", "due", "--json")
    [entry] = json.loads(said)
    assert (entry["key"], entry["source"], entry["administered_by"], entry["due_on"],
            entry["missing"]) == (f"g{given['id']}", "given", "vet", "2026-11-28", [])
    # The manager may report but not give.
    code, _said, err = _run(db_url, "mona", "medicine", "give", animal, "--drug", "016683",
                            "--amount", "1", "--withdrawal", "0")
    assert code == 2 and "may not record medicine given to an animal" in err
    code, said, _err = _run(db_url, "lie", "medicine", "void", given["id"], "--reason",
                            "Feil dyr")
    assert code == 0 and "void" in said
    assert json.loads(_run(db_url, "mona", "vetreg", "due", "--json")[1]) == []
    code, said, _err = _run(db_url, "lie", "medicine", "list", animal, "--json")
    assert json.loads(said)[0]["voided_reason"] == "Feil dyr"


def test_what_an_entry_lacks_is_said_in_words(
    ctx: ServiceContext, vet: Actor, manager: Actor, db_url: str
) -> None:
    # Given to a cow without the production category and producer number: the worklist
    # printed the field codes ("mangler: production_category, producer_number").
    load_sample(ctx)
    cow = add_patient(ctx, species="cattle", name="Dagros")
    code, _said, _err = _run(
        db_url, "lie", "medicine", "give", str(cow.animal_id), "--drug", "016683",
        "--amount", "45", "--when", "21.11.2026 14:30", "--withdrawal", "6 døgn")
    assert code == 0
    code, said, _err = _run(db_url, "mona", "vetreg", "due")
    assert code == 0 and said.endswith(
        "Dagros: Penovet vet. (missing: production category, producer number)\n")
    code, said, _err = _run(db_url, "mona", "vetreg", "due", environ={"LANG": "nb_NO.UTF-8"})
    assert code == 0 and said.endswith(
        "Dagros: Penovet vet. (mangler: produksjonskategori, produsentnummer)\n")
    code, said, _err = _run(db_url, "mona", "vetreg", "due", "--json")
    assert json.loads(said)[0]["missing"] == ["production_category", "producer_number"]


def test_export_with_nothing_to_report_says_so_and_writes_no_file(
    ctx: ServiceContext, manager: Actor, db_url: str, tmp_path: Path
) -> None:
    target = tmp_path / "vetreg.csv"
    code, said, err = _run(db_url, "mona", "vetreg", "export", "--out", str(target))
    assert (code, said) == (2, "")
    assert err.strip().endswith("Nothing to report: every entry has already been reported.")
    assert len(err.strip().splitlines()) == 1
    assert not target.exists()

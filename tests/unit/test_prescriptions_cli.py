"""``vetdesk drugs`` and ``vetdesk prescriptions`` from a terminal."""

from __future__ import annotations

import io
import json
from pathlib import Path

from pypdf import PdfReader

from tests.conftest import TEST_PASSWORD
from tests.support.journal_data import add_patient
from tests.support.pharmacy import form_for, one_item
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.catalogue import search_drugs
from vetdesk.services.pharmacy.issuing import issue_prescription


def _run(db_url: str, user: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(out=out, err=err, stdin=io.StringIO(""),
                         credentials=MemoryCredentialStore(),
                         environ={"VETDESK_PASSWORD": TEST_PASSWORD})
    code = main(["--database", db_url, "--user", user, *argv], env=env)
    return code, out.getvalue(), err.getvalue()


def test_import_search_list_print_and_cancel(
    ctx: ServiceContext, vet: Actor, admin: Actor, db_url: str, tmp_path: Path
) -> None:
    bad = tmp_path / "katalog.csv"
    bad.write_text("varenummer;name;active_substances;form;strength;pack_sizes;atc_code;"
                   "target_species;antimicrobial;vaccine;withdrawal\n"
                   "12;X;;tablett;;10 stk;;;nei;nei;\n", encoding="utf-8")
    code, said, _ = _run(db_url, "admin", "drugs", "import", str(bad))
    assert code == 1
    assert "Line 2: the varenummer “12” is not 6 digits." in said
    assert _run(db_url, "admin", "drugs", "import", "--sample")[:2] == (
        0, "35 products added, 0 updated.\n")
    code, said, _ = _run(db_url, "lie", "drugs", "search", "meloksikam", "--json")
    assert code == 0 and [d["varenummer"] for d in json.loads(said)] == ["084512", "084530"]

    dog = add_patient(ctx)
    [metacam] = search_drugs(ctx, vet, "084512")
    issued = issue_prescription(ctx, vet, form_for(dog.animal_id, one_item(metacam.id)))
    code, said, _ = _run(db_url, "lie", "prescriptions", "list", "--animal",
                         str(dog.animal_id), "--json")
    assert code == 0
    [listed] = json.loads(said)
    assert (listed["id"], listed["state"], listed["expires_on"], listed["products"]) == (
        issued.id.hex, "valid", "2027-11-22", ["Metacam vet."])
    out = tmp_path / "resept.pdf"
    code, said, _ = _run(db_url, "lie", "prescriptions", "print", issued.id.hex, "--out", str(out))
    assert code == 0 and "Wrote" in said
    assert "Metacam vet. (meloksikam)" in "".join(p.extract_text() for p in PdfReader(out).pages)
    code, _, err = _run(db_url, "lie", "prescriptions", "print", "nonsense", "--out", str(out))
    assert code == 2 and "not a prescription id" in err
    assert _run(db_url, "lie", "prescriptions", "cancel", issued.id.hex, "--reason",
                "Feil dyr")[0] == 0
    code, said, _ = _run(db_url, "lie", "prescriptions", "list", "--animal", str(dog.animal_id))
    assert "void" in said

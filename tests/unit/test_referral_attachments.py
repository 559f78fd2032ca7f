"""Files with a referral or lab request (issue 12): files already in the journal, chosen, and a
file picked from disk, stored in the journal with its SHA-256; a confidential entry's files
left out unless chosen; listed in the letter; ids and hashes in the disclosure's audit row;
in the privacy inspect view and export."""

from __future__ import annotations

import dataclasses
import io
import json
import uuid
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from tests.conftest import TEST_PASSWORD
from tests.support.journal_data import Patient, add_patient, consultation, write_and_sign
from tests.support.staff import signed_in
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.db.models import (
    AuditEvent,
    Client,
    JournalAttachment,
    JournalEntry,
    JournalVersion,
    Referral,
)
from vetdesk.db.sqlite_files import is_part_of_database, read_chosen_file
from vetdesk.domain import permissions as permission_table
from vetdesk.domain.codes import ReferralKind, Role, Urgency
from vetdesk.domain.privacy_classification import Group
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import save_draft_with_files, sign_draft
from vetdesk.services.permissions import Actor, Permission
from vetdesk.services.privacy.export import export_client
from vetdesk.services.privacy.inspect import inspect_client
from vetdesk.services.referrals.attachments import attachable_files
from vetdesk.services.referrals.letter import referral_letter
from vetdesk.services.referrals.parties import add_party
from vetdesk.services.referrals.sending import list_referrals, send_referral
from vetdesk.services.referrals.types import FileToSend, PartyInput, ReferralInput
from vetdesk.services.verify import verify_all

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF"
CT = b"%PDF-1.4\n% CT thorax\n" + b"0" * 3000 + b"\n%%EOF"
PNG_SHA = "93497ee4808a75d08c0cef2583b1a78511253a7bf06a909fb489a0a32d9e3456"
PDF_SHA = "da432f035ebc83b1bff3434ab0677c91ef1fd7eb4186bcbf035fed4830687c1a"
CT_SHA = "fda61aa97522a7a1356fdd98f2ff9aabf102cb167e0e5d56e0563bb240c63d3a"


@pytest.fixture
def dog(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


@pytest.fixture
def ortho(ctx: ServiceContext, admin: Actor) -> int:
    return add_party(ctx, admin, PartyInput("Dyresykehuset Bekkestua", speciality="Ortopedi")).id


def _signed_with(ctx: ServiceContext, vet: Actor, dog: Patient, hour: int,
                 files: list[tuple[str, bytes]], *, confidential: bool = False) -> uuid.UUID:
    form = dataclasses.replace(consultation(dog.animal_id, ctx.clock.now().replace(hour=hour)),
                               confidential=confidential)
    save_draft_with_files(ctx, vet, form, files)
    sign_draft(ctx, vet, form.id, accept_warnings=True)
    return form.id


def _form(dog: Patient, recipient: int, **changes: object) -> ReferralInput:
    form = ReferralInput(id=uuid.uuid4(), animal_id=dog.animal_id, recipient_id=recipient,
                         kind=ReferralKind.REFERRAL, reason="Halthet, mistenkt korsbånd",
                         owner_consented=True, urgency=Urgency.SOON)
    return dataclasses.replace(form, **changes)  # type: ignore[arg-type]


@pytest.fixture
def files(ctx: ServiceContext, vet: Actor, dog: Patient) -> dict[str, uuid.UUID]:
    """An X-ray on an open entry and a lab report on a confidential one."""
    _signed_with(ctx, vet, dog, 6, [("røntgen kne.png", PNG)])
    _signed_with(ctx, vet, dog, 7, [("lab.pdf", PDF)], confidential=True)
    found = {f.filename: f for f in attachable_files(ctx, vet, dog.animal_id)}
    assert sorted((f.filename, f.confidential, f.size_bytes) for f in found.values()) == [
        ("lab.pdf", True, 38), ("røntgen kne.png", False, 48)]
    return {"xray": found["røntgen kne.png"].id, "lab": found["lab.pdf"].id}


def test_chosen_and_picked_files_go_and_are_disclosed_by_id_and_hash(
    ctx: ServiceContext, vet: Actor, manager: Actor, dog: Patient, ortho: int,
    files: dict[str, uuid.UUID]
) -> None:
    sent = send_referral(ctx, vet, _form(
        dog, ortho, attachment_ids=(files["xray"], files["lab"]),
        files=(FileToSend("CT Ødegård.pdf", CT),)))
    # The confidential entry's lab report stayed home: it was not chosen with its entry.
    assert (sent.entries, sent.attachments) == (0, 2)
    with ctx.db.reading() as session:
        stored = session.execute(select(JournalAttachment).where(
            JournalAttachment.filename == "CT Ødegård.pdf")).scalar_one()
        assert (stored.sha256, stored.size_bytes, stored.media_type, bytes(stored.data)) == (
            CT_SHA, 3027, "application/pdf", CT)
        # The picked file is in the journal, on a signed note naming the recipient.
        note = session.execute(select(JournalVersion.content).where(
            JournalVersion.entry_id == stored.entry_id)).scalar_one()
        assert note == {"text": "Sent with the referral to Dyresykehuset Bekkestua: "
                                "CT Ødegård.pdf"}
        event = session.execute(select(AuditEvent).where(
            AuditEvent.action == "disclosure.referral")).scalar_one()
        assert event.details == {
            "recipient_id": ortho, "entries": 0, "confidential": 0, "kind": "referral",
            "attachments": [{"id": files["xray"].hex, "sha256": PNG_SHA},
                            {"id": stored.id.hex, "sha256": CT_SHA}]}
        # Ids and hashes only: no file name (it may hold the owner's name) in the chain.
        assert "Ødegård" not in json.dumps(event.details, ensure_ascii=False)
        assert "røntgen" not in json.dumps(event.details, ensure_ascii=False)
    assert verify_all(ctx, manager).ok


def test_a_confidential_entrys_file_goes_when_chosen(
    ctx: ServiceContext, vet: Actor, dog: Patient, ortho: int, files: dict[str, uuid.UUID]
) -> None:
    sent = send_referral(ctx, vet, _form(dog, ortho, attachment_ids=(files["lab"],),
                                         include_confidential=True))
    assert sent.attachments == 1
    with ctx.db.reading() as session:
        event = session.execute(select(AuditEvent.details).where(
            AuditEvent.action == "disclosure.referral")).scalar_one()
    assert event["attachments"] == [{"id": files["lab"].hex, "sha256": PDF_SHA}]


def test_the_letter_lists_each_file_with_type_size_and_date(
    ctx: ServiceContext, vet: Actor, dog: Patient, ortho: int, files: dict[str, uuid.UUID]
) -> None:
    sent = send_referral(ctx, vet, _form(dog, ortho, attachment_ids=(files["xray"],),
                                         files=(FileToSend("CT Ødegård.pdf", CT),)))
    pdf = referral_letter(ctx, vet, sent.id)
    text = " ".join(" ".join((p.extract_text() or "").split())
                    for p in PdfReader(io.BytesIO(pdf)).pages)
    for required in ("Files enclosed (2)", "File Type Size Date",
                     "røntgen kne.png PNG image 1 kB 22.11.2026",
                     "CT Ødegård.pdf PDF document 3 kB 22.11.2026"):
        assert required in text, (required, text)
    assert "lab.pdf" not in text
    assert "Journal entries enclosed" not in text  # files only: no empty list of entries


def test_a_bad_file_is_refused_with_nothing_written_and_a_retry_stores_once(
    ctx: ServiceContext, vet: Actor, dog: Patient, ortho: int
) -> None:
    with pytest.raises(ValidationError, match="is not a PDF or an image"):
        send_referral(ctx, vet, _form(dog, ortho, files=(
            FileToSend("CT.pdf", CT), FileToSend("virus.pdf", b"MZ\x90\x00"))))
    with ctx.db.reading() as session:
        assert session.execute(select(func.count()).select_from(Referral)).scalar() == 0
        assert session.execute(select(func.count()).select_from(JournalEntry)).scalar() == 0
    form = _form(dog, ortho, files=(FileToSend("CT.pdf", CT),))
    first = send_referral(ctx, vet, form)
    again = send_referral(ctx, vet, form)  # a retry after a lost connection
    assert first == again
    with ctx.db.reading() as session:
        assert session.execute(select(func.count()).select_from(JournalAttachment)).scalar() == 1
    assert [r.attachments for r in list_referrals(ctx, vet, dog.animal_id)] == [1]


def test_inspect_and_export_show_the_files_sent(
    ctx: ServiceContext, vet: Actor, manager: Actor, dog: Patient, ortho: int,
    files: dict[str, uuid.UUID]
) -> None:
    entry = write_and_sign(ctx, vet, consultation(dog.animal_id, ctx.clock.now().replace(hour=5)))
    send_referral(ctx, vet, _form(dog, ortho, entry_ids=(entry,),
                                  attachment_ids=(files["xray"],),
                                  files=(FileToSend("CT Ødegård.pdf", CT),)))
    with ctx.db.reading() as session:
        client_no = session.execute(select(Client.client_no).where(
            Client.id == dog.client_id)).scalar_one()
        stored = session.execute(select(JournalAttachment.id).where(
            JournalAttachment.filename == "CT Ødegård.pdf")).scalar_one()
    found = inspect_client(ctx, manager, client_no)
    [referral] = next(g for g in found.groups if g.group is Group.REFERRALS).records
    assert referral.text == ("to Dyresykehuset Bekkestua; Bamse; Halthet, mistenkt korsbånd; "
                             "1 journal entry sent; 2 files sent; sent; by Ingrid Lie")
    assert referral.details == ("File sent: røntgen kne.png (PNG image, 1 kB)",
                                "File sent: CT Ødegård.pdf (PDF document, 3 kB)")
    with zipfile.ZipFile(io.BytesIO(export_client(ctx, manager, client_no).data)) as archive:
        path = f"attachments/journal_attachments/{stored}/CT Ødegård.pdf"
        assert archive.read(path) == CT


def _run(db_url: str, user: str, *argv: str,
         environ: dict[str, str] | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(out=out, err=err, stdin=io.StringIO(""),
                         credentials=MemoryCredentialStore(),
                         environ={"VETDESK_PASSWORD": TEST_PASSWORD, **(environ or {})})
    code = main(["--database", db_url, "--user", user, *argv], env=env)
    return code, out.getvalue(), err.getvalue()


def test_from_the_command_line(
    ctx: ServiceContext, vet: Actor, dog: Patient, ortho: int, files: dict[str, uuid.UUID],
    db_url: str, tmp_path: Path
) -> None:
    code, said, _ = _run(db_url, "lie", "referrals", "files", "--animal", str(dog.animal_id))
    assert code == 0
    assert f"{files['xray'].hex}  22.11.2026  røntgen kne.png (PNG image, 1 kB)\n" in said
    assert f"{files['lab'].hex}  22.11.2026  lab.pdf (PDF document, 1 kB)  [confidential]\n" \
        in said
    scan = tmp_path / "CT Ødegård.pdf"
    scan.write_bytes(CT)
    base = ("referrals", "send", "--animal", str(dog.animal_id), "--recipient", str(ortho),
            "--reason", "Halthet", "--attachment", files["xray"].hex, "--attachment",
            files["lab"].hex, "--file", str(scan))
    code, _, err = _run(db_url, "lie", *base)
    # Named as the option to add: there is nothing to tick in a terminal.
    assert (code, err) == (2, "vetdesk: Add --owner-consented once the owner has agreed to "
                              "sharing the journal with the recipient.\n")
    code, _, err = _run(db_url, "lie", *base, "--owner-consented", "--file",
                        str(tmp_path / "mangler.pdf"))
    assert (code, err) == (2, f"vetdesk: There is no file {tmp_path / 'mangler.pdf'}; "
                              "check the name.\n")
    code, said, _ = _run(db_url, "lie", *base, "--owner-consented")
    assert code == 0 and said.endswith(" to Dyresykehuset Bekkestua: 0 journal entries, "
                                       "2 files.\n")
    code, said, _ = _run(db_url, "lie", "referrals", "list", "--animal", str(dog.animal_id),
                         "--json")
    assert [r["attachments"] for r in json.loads(said)] == [2]
    # The state in words, in the terminal's language ("sent" was printed as stored).
    code, said, _ = _run(db_url, "lie", "referrals", "list", "--animal", str(dog.animal_id))
    assert code == 0 and "  Sent  Dyresykehuset Bekkestua: Halthet\n" in said
    code, said, _ = _run(db_url, "lie", "referrals", "list", "--animal", str(dog.animal_id),
                         environ={"LANG": "nb_NO.UTF-8"})
    assert code == 0 and "  Sendt  Dyresykehuset Bekkestua: Halthet\n" in said
    code, _, err = _run(db_url, "lie", *base[:-6], "--attachment", "røntgen",
                        "--owner-consented")
    assert (code, err) == (2, "vetdesk: “røntgen” is not a file id (32 hexadecimal digits, "
                              "as “referrals files” shows).\n")
    # One file is "1 file", "1 fil" (a new-user walk found "1 filer").
    one = (*base[:-6], "--attachment", files["xray"].hex, "--owner-consented")
    code, said, _ = _run(db_url, "lie", *one)
    assert code == 0 and said.endswith(": 0 journal entries, 1 file.\n"), said
    code, said, _ = _run(db_url, "lie", *one, environ={"LANG": "nb_NO.UTF-8"})
    assert code == 0 and said.startswith("Sendte ") and said.endswith(
        " til Dyresykehuset Bekkestua: 0 journalnotater, 1 fil.\n"), said


@pytest.mark.pg_only
def test_a_vet_sends_files_as_their_own_role(
    ctx: ServiceContext, vet: Actor, manager: Actor, dog: Patient, ortho: int,
    files: dict[str, uuid.UUID]
) -> None:
    """The picked file's note, the file and the referral are written with the vet's own
    grants; the database stamps and checks the authorship."""
    with signed_in(ctx, vet) as room:
        sent = send_referral(room, vet, _form(dog, ortho, attachment_ids=(files["xray"],),
                                              files=(FileToSend("CT Ødegård.pdf", CT),)))
    assert sent.attachments == 2
    with ctx.db.reading() as session:
        stored = session.execute(select(JournalAttachment.added_by_id, JournalAttachment.sha256)
                                 .where(JournalAttachment.filename == "CT Ødegård.pdf")).one()
        username = session.execute(select(AuditEvent.username).where(
            AuditEvent.action == "disclosure.referral")).scalar_one()
    assert (tuple(stored), username) == ((vet.user_id, CT_SHA), "lie")
    assert verify_all(ctx, manager).ok


def test_a_file_from_disk_needs_the_right_to_sign_journal_notes(
    ctx: ServiceContext, vet: Actor, dog: Patient, ortho: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file from disk is kept on a signed journal note: whoever may refer but not sign
    # (no such role today) sends no file and nothing is written.
    table = dict(permission_table.ROLE_PERMISSIONS)
    table[Role.VETERINARIAN] = table[Role.VETERINARIAN] - {Permission.SIGN_JOURNAL}
    monkeypatch.setattr("vetdesk.services.permissions.ROLE_PERMISSIONS", table)
    with pytest.raises(PermissionDenied, match="may not sign journal entries"):
        send_referral(ctx, vet, _form(dog, ortho, files=(FileToSend("CT Ødegård.pdf", CT),)))
    with ctx.db.reading() as session:
        assert session.execute(select(func.count()).select_from(JournalAttachment)
                               ).scalar_one() == 0


@pytest.mark.sqlite_only  # a server's database is not a file on this computer
def test_the_clinic_database_itself_is_never_read_as_a_file_to_send(
    ctx: ServiceContext, vet: Actor, dog: Patient, ortho: int, db_url: str,
) -> None:
    """Reading the database file outside SQLite and closing it drops this process's SQLite
    locks (vetdesk/db/sqlite_files.py): it is refused, by any of its names, before it is
    opened, and nothing is sent."""
    database = Path(db_url.removeprefix("sqlite:///"))
    alias = database.parent / "kopi-navn.sqlite"
    alias.symlink_to(database)
    base = ("referrals", "send", "--animal", str(dog.animal_id), "--recipient", str(ortho),
            "--reason", "Halthet", "--owner-consented", "--file")
    for chosen in (database, Path(str(database) + "-wal"), alias):
        code, said, err = _run(db_url, "lie", *base, str(chosen))
        assert (code, said) == (2, "")
        assert err == (f"vetdesk: “{chosen.name}” is the clinic's database itself; it cannot "
                       "be attached or sent. Choose another file.\n")
    code, said, _ = _run(db_url, "lie", "referrals", "list", "--animal", str(dog.animal_id),
                         "--json")
    assert json.loads(said) == []


def test_a_file_beside_the_database_is_read(tmp_path: Path) -> None:
    database = tmp_path / "vetdesk.sqlite"
    database.write_bytes(b"SQLite format 3\x00")
    beside = tmp_path / "vetdesk.sqlite.pdf"
    beside.write_bytes(b"%PDF-1.7")
    assert read_chosen_file(beside, database) == b"%PDF-1.7"
    assert read_chosen_file(database, None) == b"SQLite format 3\x00"  # a server's clinic
    assert not is_part_of_database(tmp_path / "vetdesk.sqlite-old", database)
    assert is_part_of_database(tmp_path / "vetdesk.sqlite-shm", database)  # not there: by name

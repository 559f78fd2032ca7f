"""The access export: every file the issue names, a manifest that checks, everything of Kari
(her merged-away record too) and nothing of Per, audited with ids and a hash only."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.support.journal_data import seed_history
from tests.support.privacy_data import Person, add_people
from vetdesk.db.models import Animal, Appointment, AuditEvent, JournalAttachment, Resource
from vetdesk.domain.privacy_classification import POLICIES, client_tables
from vetdesk.errors import NotFound, PermissionDenied
from vetdesk.services.animals import move_animal
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.export import export_client
from vetdesk.services.privacy.holdings import animal_dated_tables
from vetdesk.services.privacy.inspect import inspect_client


@pytest.fixture
def people(ctx: ServiceContext, vet: Actor) -> tuple[Person, Person]:
    kari, per = add_people(ctx, vet)
    with ctx.db.transaction() as session:
        entry_id = session.execute(select(JournalAttachment.id)).first()
        assert entry_id is None
    return kari, per


def _files(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_the_archive_holds_every_file_and_a_manifest_that_checks(
    ctx: ServiceContext, manager: Actor, people: tuple[Person, Person]
) -> None:
    result = export_client(ctx, manager, people[0].client_no)
    files = _files(result.data)
    assert {"data.json", "schema.json", "summary.pdf", "README.txt", "MANIFEST.sha256",
            "csv/clients.csv", "csv/journal_versions.csv", "csv/invoices.csv"} <= set(files)
    assert {f"csv/{name}.csv" for name in client_tables()} <= set(files)
    manifest = dict(reversed(line.split("  ", 1))
                    for line in files["MANIFEST.sha256"].decode().splitlines())
    assert set(manifest) == set(files) - {"MANIFEST.sha256"}
    for path, digest in manifest.items():
        assert hashlib.sha256(files[path]).hexdigest() == digest, path
    assert result.sha256 == hashlib.sha256(result.data).hexdigest()
    data = json.loads(files["data.json"])
    assert (data["schema"], data["schema_version"], data["client_no"]) == (
        "vetdesk-privacy-export", 1, 100)


def test_everything_of_kari_and_nothing_of_per(ctx: ServiceContext, manager: Actor,
                                               people: tuple[Person, Person]) -> None:
    kari, per = people
    files = _files(export_client(ctx, manager, kari.client_no).data)
    everything = b"".join(content for path, content in files.items()
                          if path != "summary.pdf").decode("utf-8", "replace")
    # ("Per" alone is inside "Personvern": his full name stands for it.)
    for value in (f"{per.first} {per.last}", *per.identifying()[1:], *per.chips, "Fido"):
        assert value not in everything, value
    data = json.loads(files["data.json"])["tables"]
    for value in kari.identifying() + kari.chips:
        assert value in json.dumps(data, ensure_ascii=False), value
    # Her merged-away duplicate is in, with its phone and consent.
    assert sorted(c["last_name"] for c in data["clients"]) == ["Østmo", "Østmo (gammel)"]
    assert len(data["client_phones"]) == 2 and len(data["consents"]) == 2
    # Every classified column of every row is there.
    for name in client_tables():
        for row in data[name]:
            assert set(row) == set(POLICIES[name].columns), name


def test_the_readme_explains_every_field_and_the_pdf_is_in_bokmal(
    ctx: ServiceContext, manager: Actor, people: tuple[Person, Person]
) -> None:
    files = _files(export_client(ctx, manager, people[0].client_no, language="nb").data)
    readme = files["README.txt"].decode()
    for name in client_tables():
        assert f"\n{name} (" in readme
        for column in POLICIES[name].columns:
            assert f"\n    {column}: " in readme, (name, column)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(
        files["summary.pdf"])).pages)
    assert "Opplysningene vi har om deg" in text and "Kari Østmo" in text
    assert "Journaler (12)" in text
    # As the client reads them, her number once (her merged-away record has it too); it was
    # "+4791234567, +4791234567" and "Fjellveien 22B 0150 Oslo".
    assert "Telefon\n912 34 567\n" in text and "+47" not in text
    assert "Adresse\nFjellveien 22B, 0150 Oslo\n" in text


def test_the_export_is_audited_with_ids_and_a_hash(ctx: ServiceContext, manager: Actor,
                                                   people: tuple[Person, Person]) -> None:
    result = export_client(ctx, manager, people[0].client_no)
    with ctx.db.reading() as session:
        event = session.execute(select(AuditEvent.action, AuditEvent.client_id,
                                       AuditEvent.details).where(
            AuditEvent.entity_type == "privacy_export")).one()
    assert tuple(event) == ("export", people[0].client_id,
                            {"files": len(result.files), "sha256": result.sha256})


def test_unknown_client_and_wrong_role(ctx: ServiceContext, manager: Actor,
                                       receptionist: Actor) -> None:
    with pytest.raises(NotFound):
        export_client(ctx, manager, 4711)
    with pytest.raises(PermissionDenied):
        export_client(ctx, receptionist, 4711)


def _journal_lines(files: dict[str, bytes]) -> list[str]:
    """Each journal version's diagnosis or note, in time order."""
    versions = json.loads(files["data.json"])["tables"]["journal_versions"]
    contents = [v["content"] for v in sorted(versions, key=lambda v: v["event_time"])]
    return [c.get("diagnosis") or c["text"] for c in contents]


def test_a_former_owner_gets_the_journal_only_while_they_owned_the_animal(
    ctx: ServiceContext, manager: Actor, vet: Actor, receptionist: Actor,
) -> None:
    kari, per = add_people(ctx, vet, entries_per_animal=0)
    bamse = kari.animal_ids[0]
    # Six entries a day apart, 01.06.2026 to 06.06.2026 (consultations, then notes, in turn);
    # Bamse goes to Per on 04.06.2026: that day belongs to both, as the journal export has it.
    seed_history(ctx.db, bamse, vet.user_id, 6,
                 start=dt.datetime(2026, 6, 1, 10, 0, tzinfo=dt.UTC))
    with ctx.db.reading() as session:
        version = session.execute(select(Animal.version).where(Animal.id == bamse)).scalar_one()
    move_animal(ctx, receptionist, bamse, per.client_id, expected_version=version,
                on=dt.date(2026, 6, 4))
    # Per books Bamse after the transfer: his appointment, not Kari's.
    with ctx.db.transaction() as session:
        resource = session.execute(select(Resource.id)).scalars().first()
        start = dt.datetime(2026, 6, 10, 8, 0, tzinfo=dt.UTC)
        session.add(Appointment(client_id=per.client_id, animal_id=bamse, resource_id=resource,
                                starts_at=start, ends_at=start + dt.timedelta(minutes=30),
                                appointment_type="consultation", reason="Etter overtakelsen",
                                status="booked", created_at=start, updated_at=start))

    karis = _files(export_client(ctx, manager, kari.client_no).data)
    pers = _files(export_client(ctx, manager, per.client_no).data)
    # Written down. Per owns Bamse now: all of its journal is his to see (the animal's own
    # history, as the owner's journal export has it).
    assert _journal_lines(karis) == ["Frisk 0", "Notat 1: eier ringte.", "Frisk 2",
                                     "Notat 3: eier ringte."]
    assert _journal_lines(pers) == ["Frisk 0", "Notat 1: eier ringte.", "Frisk 2",
                                    "Notat 3: eier ringte.", "Frisk 4", "Notat 5: eier ringte."]
    data = json.loads(karis["data.json"])["tables"]
    assert len(data["journal_entries"]) == 4
    versions = {v["entry_id"] for v in data["journal_versions"]}
    assert versions == {e["id"] for e in data["journal_entries"]}
    reasons = [a["reason"] for a in data["appointments"]]
    assert reasons == ["Halter"]
    assert sorted(a["reason"] for a in json.loads(pers["data.json"])["tables"]["appointments"]
                  ) == ["Etter overtakelsen", "Halter"]

    # Inspect shows the same journal to Kari.
    found = inspect_client(ctx, manager, kari.client_no)
    entries = found.holding.rows("journal_entries")
    assert len(entries) == 4
    assert {r["id"] for r in entries} == {e["id"] for e in data["journal_entries"]}


def test_every_table_about_an_animal_is_dated_for_a_former_owner() -> None:
    """A new table linked to an animal must say which of its rows a former owner gets."""
    about_animals = {name for name in client_tables()
                     if (link := POLICIES[name].link) is not None and link.parent == "animals"}
    assert about_animals == animal_dated_tables()

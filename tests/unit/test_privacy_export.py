"""The access export: every file the issue names, a manifest that checks, everything of Kari
(her merged-away record too) and nothing of Per, audited with ids and a hash only."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.support.privacy_data import Person, add_people
from vetdesk.db.models import AuditEvent, JournalAttachment
from vetdesk.domain.privacy_classification import POLICIES, client_tables
from vetdesk.errors import NotFound, PermissionDenied
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.export import export_client


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

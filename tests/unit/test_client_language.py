"""Each client's language (issue 10): chosen on the form and in the import, kept on edits,
and the one the clinic writes in: reminders, booking confirmations, the correction notice,
the consent letter and the access export."""

from __future__ import annotations

import datetime as dt
import io
import os
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.support.outbox import messages
from tests.support.recalls import owner_with_recall
from tests.unit.test_appointment_messages import _book
from vetdesk.db.models import Client
from vetdesk.domain.client_rules import ClientInput, PhoneInput, check_client
from vetdesk.errors import ValidationError
from vetdesk.services.client_card import open_client_card
from vetdesk.services.clients import register_client, update_client
from vetdesk.services.context import ServiceContext
from vetdesk.services.forms import client_form
from vetdesk.services.importing import import_clients
from vetdesk.services.messaging.appointments import queue_confirmation
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.consents import consent_confirmation
from vetdesk.services.privacy.correction import correct_client
from vetdesk.services.privacy.export import export_client

TODAY = dt.date(2026, 11, 22)


def _language(ctx: ServiceContext, client_id: int) -> str:
    with ctx.db.reading() as session:
        return str(session.execute(select(Client.language).where(
            Client.id == client_id)).scalar_one())


def _english_client(ctx: ServiceContext, actor: Actor) -> tuple[int, int]:
    saved = register_client(ctx, actor, ClientInput(
        first_name="John", last_name="Smith", phones=(PhoneInput("912 34 567"),),
        email="john@example.com", language="en"))
    return saved.client_id, saved.client_no


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_bokmal_unless_chosen_and_kept_through_an_edit(ctx: ServiceContext,
                                                      receptionist: Actor) -> None:
    plain = register_client(ctx, receptionist, ClientInput(first_name="Kari",
                                                           last_name="Østmo"))
    assert _language(ctx, plain.client_id) == "nb"
    client_id, _number = _english_client(ctx, receptionist)
    card = open_client_card(ctx, receptionist, client_id)
    assert card.language == "en"
    # Editing something else through the card's form keeps the language.
    form = client_form(card)
    update_client(ctx, receptionist, client_id,
                  ClientInput(**{**vars(form), "city": "Oslo"}), expected_version=card.version)
    assert _language(ctx, client_id) == "en"


def test_an_unknown_language_is_one_sentence() -> None:
    report = check_client(ClientInput(first_name="Kari", last_name="Østmo", language="de"),
                          TODAY)
    assert report.errors == {"language": "Choose the language we write to the client in: "
                                         "nb (Norwegian (bokmål)), en (English)."}


def test_reminders_and_confirmations_in_the_client_s_language(
    ctx: ServiceContext, receptionist: Actor, clinic: None,
) -> None:
    owner = owner_with_recall(ctx, receptionist, "John", "Smith", "Rex",
                              dt.date(2027, 5, 1), email="john@example.com")
    card = open_client_card(ctx, receptionist, owner.client_id)
    update_client(ctx, receptionist, owner.client_id,
                  ClientInput(**{**vars(client_form(card)), "language": "en"}),
                  expected_version=card.version)
    booking = _book(ctx, owner.client_id, owner.animal_id,
                    dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC))
    assert queue_confirmation(ctx, receptionist, booking) == "email"
    stored = messages(ctx)[f"appointment:{booking}:confirm"]
    assert stored.subject == "Appointment confirmed: 24.11.2026 at 10:00"


def test_the_correction_notice_and_the_consent_letter(
    ctx: ServiceContext, receptionist: Actor, manager: Actor,
) -> None:
    client_id, number = _english_client(ctx, receptionist)
    correct_client(ctx, manager, number, "email", "john.smith@example.com")
    notices = [m for key, m in messages(ctx).items() if key.startswith("privacy-correction")]
    assert [m.body for m in notices] == [
        "Hi John! We have corrected your e-mail address. Before: john@example.com. Now: "
        "john.smith@example.com. Questions: . Dyreklinikken Ødegård"]
    letter = _pdf_text(consent_confirmation(ctx, receptionist, number))
    assert "Your consents" in letter and "John Smith" in letter
    # The language itself is corrected like any contact field; the notice is in the new one.
    correct_client(ctx, manager, number, "language", "bokmål")
    assert _language(ctx, client_id) == "nb"
    newest = [m for key, m in messages(ctx).items() if key.startswith("privacy-correction")]
    assert ("Hei John! Vi har rettet språket vi skriver til deg på hos oss. Før: engelsk. "
            "Nå: bokmål. Spørsmål: . Hilsen Dyreklinikken Ødegård") in [m.body for m in newest]
    with pytest.raises(ValidationError) as refused:
        correct_client(ctx, manager, number, "language", "tysk")
    assert refused.value.message == ("“tysk” is not a language VetDesk writes in (use nb or "
                                     "en).")


def test_the_export_is_in_the_client_s_language(ctx: ServiceContext, receptionist: Actor,
                                                manager: Actor) -> None:
    _client_id, number = _english_client(ctx, receptionist)
    with zipfile.ZipFile(io.BytesIO(export_client(ctx, manager, number).data)) as archive:
        readme = archive.read("README.txt").decode()
        summary = _pdf_text(archive.read("summary.pdf"))
    assert readme.startswith("VetDesk: the data the clinic holds about you\n")
    assert "The data we hold about you" in summary and "John Smith" in summary
    # Asked for, another language still can be given.
    with zipfile.ZipFile(io.BytesIO(export_client(ctx, manager, number, language="nb").data)
                         ) as archive:
        assert "Opplysningene vi har om deg" in _pdf_text(archive.read("summary.pdf"))


def test_the_import_reads_a_language_column(ctx: ServiceContext, manager: Actor,
                                            tmp_path: Path) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(
        "client_no;first_name;last_name;address;postal_code;city;phone;email;birth_date;"
        "reminder_consent;marketing_consent;language\n"
        "301;John;Smith;;;;;;;;;en\n"
        "302;Kari;Østmo;;;;;;;;;\n"
        "303;Hans;Müller;;;;;;;;;tysk\n", encoding="utf-8")
    report = import_clients(ctx, manager, path)
    assert [(e.line, e.reason) for e in report.errors] == [
        (4, "“tysk” is not a language VetDesk writes in (use nb or en).")]
    with ctx.db.reading() as session:
        found = dict(session.execute(select(Client.client_no, Client.language)).all())
    assert found == {301: "en", 302: "nb"}
    # A file without the column leaves an existing client's language as it is.
    path.write_text(
        "client_no;first_name;last_name;address;postal_code;city;phone;email;birth_date;"
        "reminder_consent;marketing_consent\n"
        "301;John;Smith;Storgata 1;;;;;;;\n", encoding="utf-8")
    assert import_clients(ctx, manager, path).updated == 1
    with ctx.db.reading() as session:
        assert session.execute(select(Client.language).where(
            Client.client_no == 301)).scalar_one() == "en"


def _upgrade(url: str, revision: str) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from vetdesk.db.migrate import alembic_config

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            config = alembic_config(engine)
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            conn.commit()
    finally:
        engine.dispose()


def test_the_upgrade_keeps_each_client_s_messages_in_the_language_they_had(
    engine_name: str, tmp_path: Path,
) -> None:
    """A clinic that wrote English under the old clinic-wide setting: its clients get English,
    and the setting goes (each client's language replaces it). Migration 0016 on both engines,
    from 0015."""
    from sqlalchemy import create_engine, text

    from tests.support import databases

    if engine_name == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    else:
        name = f"vetdesk_test_language_{os.getpid()}"
        databases.create_pg_database(name)
        url = databases.pg_url(name)
    try:
        _upgrade(url, "0015")
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO clinic_settings (key, value, updated_at) "
                "VALUES ('reminders.language', 'en', '2026-11-01 10:00:00+00')"))
            conn.execute(text(
                "INSERT INTO clients (client_no, first_name, last_name, status, search_key, "
                "version, created_at, updated_at) VALUES (1, 'John', 'Smith', 'active', "
                "'john smith', 1, '2026-11-01 10:00:00+00', '2026-11-01 10:00:00+00')"))
        engine.dispose()
        _upgrade(url, "0016")
        engine = create_engine(url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT language FROM clients")).scalar_one() == "en"
            assert conn.execute(text("SELECT count(*) FROM clinic_settings WHERE key = "
                                     "'reminders.language'")).scalar_one() == 0
        engine.dispose()
    finally:
        if engine_name != "sqlite":
            databases.drop_pg_database(name)

"""The client card shows the last visit and the whole text of sent messages (issue 8: the SMS
text was cut at 70 characters with no way to read it; the last visit was not shown)."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.support.front_desk import add_animal, add_client
from tests.support.front_desk_gui import isolate_settings, open_window, wait_card
from vetdesk.db.models import Appointment, Message, Resource
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.main_window import MainWindow
from vetdesk.ui.ops import Operations

LONG_SMS = ("Hei Kari! Bamse har time for årlig vaksine og helsesjekk hos Dyreklinikken "
            "Ødegård tirsdag 24.11 kl. 14:30. Ta med vaksinekortet. Svar NEI for å avbestille, "
            "eller ring oss på 22 12 34 56. Hilsen klinikken")


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path) -> None:
    isolate_settings(tmp_path)


def test_the_card_shows_the_last_visit_and_whole_messages(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, receptionist: Actor,
    windows: list[MainWindow],
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Ødegård", phone="912 34 567")
    bamse = add_animal(ctx, receptionist, kari.client_id, "Bamse")
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        vet = Resource(kind="veterinarian", name="Ingrid Lie", active=True)
        session.add(vet)
        session.flush()
        for days, status in ((-40, "done"), (-12, "done"), (-5, "cancelled"), (9, "booked")):
            when = now + dt.timedelta(days=days)
            session.add(Appointment(
                client_id=kari.client_id, animal_id=bamse.animal_id, resource_id=vet.id,
                starts_at=when, ends_at=when + dt.timedelta(minutes=30),
                appointment_type="Kontroll", reason="Halter", status=status,
                created_at=now, updated_at=now))
        session.add(Message(
            id=uuid.uuid4(), idempotency_key=str(uuid.uuid4()), client_id=kari.client_id,
            channel="sms", purpose="service", recipient="+4791234567", body=LONG_SMS,
            status="delivered", queued_at=now - dt.timedelta(days=1)))
    window = open_window(qtbot, ctx, db_ops, receptionist, windows)
    card = wait_card(qtbot, window.front_desk.tabs.open_client(kari.client_id))
    assert card.card is not None and card.card.last_visit is not None
    visited = (now - dt.timedelta(days=12)).strftime("%d.%m.%Y")
    appointments = card.section_labels["appointments"].text()
    assert f"Last visit: <b>{visited}" in appointments and "Ingrid Lie" in appointments
    messages = card.section_labels["messages"].text()
    assert "Hilsen klinikken" in messages and "…" not in messages

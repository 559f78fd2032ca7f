"""A booking's confirmation is rendered from the booking's read but queued only if the client
may still get it at the write (GDPR art. 18 restriction, a refused channel, a changed mobile
number, the clinic's switch): on PostgreSQL the server function checks again, on SQLite the
write transaction does. The booking itself is always made; its audit row then names no
confirmation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from tests.support.calendar import kari_with_bamse, oslo, request, vet_column
from tests.support.outbox import messages
from vetdesk.db.models import Appointment, AuditEvent, Client
from vetdesk.db.security import booking as booking_function
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.domain.codes import Channel, ConsentPurpose
from vetdesk.services.client_card import open_client_card
from vetdesk.services.clients import ConsentChoice, record_consents, update_client
from vetdesk.services.context import ServiceContext
from vetdesk.services.forms import client_form
from vetdesk.services.integrity import verify_all
from vetdesk.services.messaging import booking_confirmation
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.restriction import restrict_client
from vetdesk.services.scheduling import booking
from vetdesk.services.scheduling.booking import Booked, book_appointment
from vetdesk.services.settings.store import change_setting

MONDAY_10 = oslo(2026, 11, 23, 10, 0)  # the test clock is Sunday 22.11.2026 08:55 in Oslo


def _restrict(ctx: ServiceContext, manager: Actor, client_id: int) -> None:
    with ctx.db.reading() as session:
        client_no = session.execute(select(Client.client_no).where(
            Client.id == client_id)).scalar_one()
    restrict_client(ctx, manager, client_no)


def _refuse_sms(ctx: ServiceContext, manager: Actor, client_id: int) -> None:
    record_consents(ctx, manager, client_id,
                    [ConsentChoice(ConsentPurpose.SERVICE, Channel.SMS, granted=False)])


def _switch_off(ctx: ServiceContext, manager: Actor, client_id: int) -> None:
    del client_id
    change_setting(ctx, manager, "appointments.confirm_bookings", "0")


def _new_mobile(ctx: ServiceContext, manager: Actor, client_id: int) -> None:
    card = open_client_card(ctx, manager, client_id)
    update_client(ctx, manager, client_id,
                  ClientInput(**{**vars(client_form(card)),
                                 "phones": (PhoneInput("98765432"),)}),
                  expected_version=card.version)


def _book_with_meanwhile(ctx: ServiceContext, receptionist: Actor, manager: Actor,
                         column: int, monkeypatch: pytest.MonkeyPatch,
                         meanwhile: Callable[[ServiceContext, Actor, int], None]
                         ) -> tuple[Booked, int]:
    """Book Kari (a mobile number, so the confirmation goes by SMS), with ``meanwhile`` done
    by another desk after the booking's read and before its write: the confirmation is
    drafted from the read that did not see it."""
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    real: Any = booking.confirmation_draft

    def meanwhile_then_draft(*args: Any, **kwargs: Any) -> Any:
        meanwhile(ctx, manager, client_id)
        return real(*args, **kwargs)

    monkeypatch.setattr(booking, "confirmation_draft", meanwhile_then_draft)
    booked = book_appointment(ctx, receptionist, request(client_id, animal_id, column,
                                                         MONDAY_10))
    return booked, client_id


def _confirmations(ctx: ServiceContext, appointment_id: int) -> list[tuple[str, str, str]]:
    return sorted((key, m.channel, m.status) for key, m in messages(ctx).items()
                  if m.appointment_id == appointment_id)


def _audit_details(ctx: ServiceContext, appointment_id: int) -> object:
    with ctx.db.reading() as session:
        return session.execute(select(AuditEvent.details).where(
            AuditEvent.action == "create", AuditEvent.entity_type == "appointment",
            AuditEvent.entity_id == str(appointment_id))).scalar_one()


@pytest.mark.parametrize("meanwhile", [_restrict, _refuse_sms, _switch_off, _new_mobile],
                         ids=["restricted", "refused-sms", "confirmations-off", "new-mobile"])
def test_no_confirmation_goes_when_the_client_may_no_longer_get_it_by_the_write(
    ctx: ServiceContext, admin: Actor, vet: Actor, receptionist: Actor, manager: Actor,
    monkeypatch: pytest.MonkeyPatch, meanwhile: Callable[[ServiceContext, Actor, int], None],
) -> None:
    column = vet_column(ctx, admin, vet)
    booked, client_id = _book_with_meanwhile(ctx, receptionist, manager, column, monkeypatch,
                                             meanwhile)
    assert (booked.new, booked.confirmation) == (True, None)
    with ctx.db.reading() as session:
        assert session.execute(select(Appointment.client_id, Appointment.status).where(
            Appointment.id == booked.appointment_id)).one() == (client_id, "booked")
    assert _confirmations(ctx, booked.appointment_id) == []
    assert _audit_details(ctx, booked.appointment_id) == {"resource_id": column}
    assert verify_all(ctx, admin).ok


def test_the_confirmation_goes_when_nothing_stands_in_its_way_by_the_write(
    ctx: ServiceContext, admin: Actor, vet: Actor, receptionist: Actor, manager: Actor,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Consent to e-mail given meanwhile changes nothing for an SMS: it goes, and the audit
    row names it (the second rendering, on PostgreSQL)."""
    def grant_email(ctx: ServiceContext, manager: Actor, client_id: int) -> None:
        record_consents(ctx, manager, client_id,
                        [ConsentChoice(ConsentPurpose.SERVICE, Channel.EMAIL, granted=True)])

    column = vet_column(ctx, admin, vet)
    booked, _client = _book_with_meanwhile(ctx, receptionist, manager, column, monkeypatch,
                                           grant_email)
    number = booked.appointment_id
    assert (booked.new, booked.confirmation) == (True, "sms")
    assert _confirmations(ctx, number) == [(f"appointment:{number}:confirm", "sms", "queued")]
    assert _audit_details(ctx, number) == {"resource_id": column, "confirmation": "sms"}
    assert verify_all(ctx, admin).ok


def test_the_server_function_checks_the_switch_the_program_reads() -> None:
    assert booking_function.CONFIRM_SWITCH == booking_confirmation.SWITCH

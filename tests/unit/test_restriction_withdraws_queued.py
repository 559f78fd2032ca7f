"""A restriction of processing (GDPR art. 18) means nothing is sent to the client from then
on, a refused channel nothing more of that kind on it: also not what was queued before and
is still waiting in the outbox (a booking's confirmation, a reminder). Before, they only kept
new messages from being queued, and the next send run sent the waiting ones all the same."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy import func, select

from tests.support.calendar import kari_with_bamse, oslo, request, vet_column
from tests.support.outbox import messages, queue
from tests.support.staff import signed_in
from vetdesk.db.models import Client
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.domain.codes import Channel, ConsentPurpose, PhoneKind
from vetdesk.messaging.outgoing import OutgoingMessage
from vetdesk.services.client_card import open_client_card
from vetdesk.services.clients import ConsentChoice, record_consents, update_client
from vetdesk.services.context import ServiceContext
from vetdesk.services.forms import client_form
from vetdesk.services.importing import import_clients
from vetdesk.services.messaging.outbox import MessageDraft
from vetdesk.services.messaging.sending import send_queued
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.restriction import lift_restriction, restrict_client
from vetdesk.services.scheduling.booking import book_appointment


class _Recording:
    def __init__(self) -> None:
        self.sent: list[str] = []

    def send(self, message: OutgoingMessage) -> str:
        self.sent.append(message.recipient)
        return f"provider-{len(self.sent)}"

    def close(self) -> None:
        pass


def test_a_confirmation_waiting_in_the_outbox_is_not_sent_after_a_restriction(
    ctx: ServiceContext, admin: Actor, vet: Actor, receptionist: Actor, manager: Actor,
) -> None:
    column = vet_column(ctx, admin, vet)
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    booked = book_appointment(ctx, receptionist, request(client_id, animal_id, column,
                                                         oslo(2026, 11, 23, 10)))
    key = f"appointment:{booked.appointment_id}:confirm"
    assert (booked.confirmation, messages(ctx)[key].status) == ("sms", "queued")
    with ctx.db.reading() as session:
        client_no = session.execute(select(Client.client_no).where(
            Client.id == client_id)).scalar_one()
    with signed_in(ctx, manager) as desk:  # on PostgreSQL as the manager's own login role
        restrict_client(desk, manager, client_no)
    assert key not in messages(ctx)  # its key set free, as a withdrawn notice's is
    [withdrawn] = [m for m in messages(ctx).values()
                   if m.appointment_id == booked.appointment_id]
    assert (withdrawn.status, withdrawn.recipient) == ("withdrawn", "+4791234567")
    sms = _Recording()
    report = send_queued(ctx, receptionist, {"sms": lambda: sms})
    assert (sms.sent, report.sent) == ([], 0)
    # Lifting the restriction brings nothing back by itself.
    with signed_in(ctx, manager) as desk:
        lift_restriction(desk, manager, client_no)
    assert send_queued(ctx, receptionist, {"sms": lambda: sms}).sent == 0
    assert sms.sent == []


def test_a_refused_channel_withdraws_what_waits_on_it_and_only_that(
    ctx: ServiceContext, admin: Actor, vet: Actor, receptionist: Actor,
) -> None:
    """Kari says on the phone she wants no more SMS: the confirmation queued a minute ago
    does not go. Refusing e-mail, or marketing by SMS, leaves it waiting."""
    column = vet_column(ctx, admin, vet)
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    booked = book_appointment(ctx, receptionist, request(client_id, animal_id, column,
                                                         oslo(2026, 11, 23, 10)))
    key = f"appointment:{booked.appointment_id}:confirm"
    with signed_in(ctx, receptionist) as desk:  # on PostgreSQL as the desk's own login role
        record_consents(desk, receptionist, client_id, [
            ConsentChoice(ConsentPurpose.SERVICE, Channel.EMAIL, granted=False),
            ConsentChoice(ConsentPurpose.MARKETING, Channel.SMS, granted=False)])
    assert messages(ctx)[key].status == "queued"
    with signed_in(ctx, receptionist) as desk:
        record_consents(desk, receptionist, client_id, [
            ConsentChoice(ConsentPurpose.SERVICE, Channel.SMS, granted=False)])
    assert key not in messages(ctx)
    [withdrawn] = [m for m in messages(ctx).values()
                   if m.appointment_id == booked.appointment_id]
    assert withdrawn.status == "withdrawn"
    sms = _Recording()
    assert send_queued(ctx, receptionist, {"sms": lambda: sms}).sent == 0
    assert sms.sent == []


def _edit(ctx: ServiceContext, actor: Actor, client_id: int, **changes: object) -> None:
    with signed_in(ctx, actor) as desk:  # on PostgreSQL as the desk's own login role
        card = open_client_card(desk, actor, client_id)
        update_client(desk, actor, client_id, ClientInput(**{**vars(client_form(card)),
                                                            **changes}),
                      expected_version=card.version)


def test_a_changed_mobile_number_withdraws_the_sms_waiting_for_the_old_one(
    ctx: ServiceContext, admin: Actor, vet: Actor, receptionist: Actor,
) -> None:
    """The number may be someone else's now: the confirmation rendered for it does not go
    (as the booking's write decides when the number changed during the booking). A new
    address, or a landline added after the same mobile, leaves it waiting."""
    column = vet_column(ctx, admin, vet)
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    booked = book_appointment(ctx, receptionist, request(client_id, animal_id, column,
                                                         oslo(2026, 11, 23, 10)))
    key = f"appointment:{booked.appointment_id}:confirm"
    _edit(ctx, receptionist, client_id, address="Storgata 1")
    _edit(ctx, receptionist, client_id, phones=(
        PhoneInput("91234567"), PhoneInput("22334455", PhoneKind.HOME)))
    assert messages(ctx)[key].status == "queued"
    _edit(ctx, receptionist, client_id, phones=(PhoneInput("98765432"),))
    assert key not in messages(ctx)
    [withdrawn] = [m for m in messages(ctx).values()
                   if m.appointment_id == booked.appointment_id]
    assert (withdrawn.status, withdrawn.recipient) == ("withdrawn", "+4791234567")
    sms = _Recording()
    assert send_queued(ctx, receptionist, {"sms": lambda: sms}).sent == 0
    assert sms.sent == []


_IMPORT_HEADER = ("client_no;first_name;last_name;address;postal_code;city;phone;email;"
                  "birth_date;reminder_consent;marketing_consent\n")


def test_an_import_with_a_new_mobile_or_a_refusal_withdraws_what_waits(
    ctx: ServiceContext, admin: Actor, vet: Actor, receptionist: Actor, manager: Actor,
    tmp_path: Path,
) -> None:
    """The import from the clinic's old system updates clients as the form does: a new
    mobile number, or reminders refused, withdraws the SMS waiting in the outbox."""
    column = vet_column(ctx, admin, vet)
    with ctx.db.reading() as session:
        taken = session.execute(select(func.count()).select_from(Client)).scalar_one()
    for refusing, (phone, consent) in enumerate((("98765432", "ja"), ("91234567", "nei"))):
        client_id, animal_id = kari_with_bamse(ctx, receptionist)
        booked = book_appointment(ctx, receptionist, request(
            client_id, animal_id, column, oslo(2026, 11, 23, 10 + refusing)))
        key = f"appointment:{booked.appointment_id}:confirm"
        with ctx.db.reading() as session:
            client_no = session.execute(select(Client.client_no).where(
                Client.id == client_id)).scalar_one()
        same = tmp_path / f"same-{refusing}.csv"
        same.write_text(_IMPORT_HEADER + f"{client_no};Kari;Ødegård;Storgata 1;;;91234567;;;"
                        "ja;\n", encoding="utf-8")
        with signed_in(ctx, manager) as desk:  # on PostgreSQL as the manager's login role
            assert import_clients(desk, manager, same).updated == 1
        assert messages(ctx)[key].status == "queued"
        changed = tmp_path / f"changed-{refusing}.csv"
        changed.write_text(_IMPORT_HEADER + f"{client_no};Kari;Ødegård;Storgata 1;;;{phone};"
                           f";;{consent};\n", encoding="utf-8")
        with signed_in(ctx, manager) as desk:
            import_clients(desk, manager, changed)
        assert key not in messages(ctx), (phone, consent)
    assert taken + 2 == _count_clients(ctx)
    sms = _Recording()
    assert send_queued(ctx, receptionist, {"sms": lambda: sms}).sent == 0
    assert sms.sent == []


def _count_clients(ctx: ServiceContext) -> int:
    with ctx.db.reading() as session:
        return int(session.execute(select(func.count()).select_from(Client)).scalar_one())


def test_a_message_found_waiting_for_a_client_it_may_no_longer_reach_is_not_sent(
    ctx: ServiceContext, receptionist: Actor, manager: Actor,
) -> None:
    """The sender checks again as it takes each message: a reminder run that read Kari's
    consent just before another desk restricted her queues its SMS just after the
    restriction withdrew what was waiting (two transactions on PostgreSQL, each reading what
    was committed when it began). It is withdrawn there, not sent; a message to a client who
    may still get it goes."""
    restricted, _bamse = kari_with_bamse(ctx, receptionist)
    fine, _other = kari_with_bamse(ctx, receptionist)
    with ctx.db.reading() as session:
        client_no = session.execute(select(Client.client_no).where(
            Client.id == restricted)).scalar_one()
    with signed_in(ctx, manager) as desk:
        restrict_client(desk, manager, client_no)
    late = MessageDraft(idempotency_key="reminder:1:1", client_id=restricted,
                        channel=Channel.SMS, purpose=ConsentPurpose.SERVICE,
                        recipient="+4791234567", subject=None, body="Bamse skal vaksineres.")
    queue(ctx, late, dataclasses.replace(late, idempotency_key="reminder:2:1", client_id=fine))
    sms = _Recording()
    report = send_queued(ctx, receptionist, {"sms": lambda: sms})
    assert (sms.sent, report.sent) == (["+4791234567"], 1)
    assert messages(ctx)["reminder:2:1"].status == "sent"
    assert "reminder:1:1" not in messages(ctx)
    assert [m.status for m in messages(ctx).values() if m.client_id == restricted] == [
        "withdrawn"]

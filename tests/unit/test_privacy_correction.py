"""Correction of contact data (GDPR art. 16/19): changed, the client told on their channel,
the old value kept in the notice and the request's outcome, never in the audit log."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from tests.support.front_desk import add_client
from tests.support.staff import signed_in
from vetdesk.db.models import AuditEvent, Client, Message
from vetdesk.domain import permissions as permission_table
from vetdesk.domain.codes import PrivacyRequestKind, PrivacyRequestStatus, Role
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission
from vetdesk.services.privacy.correction import correct_client
from vetdesk.services.privacy.requests import RequestInput, get_request, register_request
from vetdesk.services.privacy.restriction import restrict_client


def _messages(ctx: ServiceContext) -> list[tuple[str, str, str | None, str]]:
    with ctx.db.reading() as session:
        return [(m.channel, m.recipient, m.subject, m.body) for m in session.execute(
            select(Message).order_by(Message.queued_at)).scalars()]


def _request(ctx: ServiceContext, manager: Actor, client_no: int) -> int:
    return register_request(ctx, manager, RequestInput(
        kind=PrivacyRequestKind.CORRECTION, received_on=dt.date(2026, 11, 20),
        request_id=uuid.uuid4(), client_no=client_no, channel="telefon")).id


def test_an_email_correction_tells_the_client_by_sms_and_closes_the_request(
    ctx: ServiceContext, receptionist: Actor, manager: Actor,
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Østmo", phone="912 34 567",
                      email="kari@feil.no", address="Fjellveien 22B", postal_code="0150",
                      city="Oslo")
    number = _request(ctx, manager, kari.client_no)
    done = correct_client(ctx, manager, kari.client_no, "email", "kari.ostmo@example.no",
                          request_no=number)
    assert done.told_by == "sms"
    with ctx.db.reading() as session:
        assert session.get(Client, kari.client_id).email == "kari.ostmo@example.no"  # type: ignore[union-attr]
    [(channel, recipient, subject, body)] = _messages(ctx)
    assert (channel, recipient, subject) == ("sms", "+4791234567", None)
    assert "Før: kari@feil.no. Nå: kari.ostmo@example.no." in body
    row = get_request(ctx, manager, number)
    assert row.status is PrivacyRequestStatus.DONE
    assert row.outcome == ("Corrected e-mail address: “kari@feil.no” → "
                           "“kari.ostmo@example.no”; told by SMS.")
    with ctx.db.reading() as session:
        details = session.execute(select(AuditEvent.details).where(
            AuditEvent.entity_type == "privacy_correction")).scalar_one()
    assert details == {"fields": ["email"], "told_by": "sms", "request": number}
    assert "kari@feil.no" not in str(details)


def test_without_sms_or_email_the_notice_is_a_letter_to_the_corrected_address(
    ctx: ServiceContext, receptionist: Actor, manager: Actor,
) -> None:
    per = add_client(ctx, receptionist, "Per", "Hansen", address="Storgata 9",
                     postal_code="0150", city="Oslo")
    done = correct_client(ctx, manager, per.client_no, "address", "Storgata 19")
    assert done.told_by == "letter"
    [(channel, recipient, subject, body)] = _messages(ctx)
    assert (channel, recipient, subject) == ("letter", "Storgata 19\n0150 Oslo",
                                             "Vi har rettet opplysningene dine")
    assert "Før: Storgata 9\nNå: Storgata 19" in body


def test_a_restricted_client_is_sent_nothing_and_the_outcome_says_so(
    ctx: ServiceContext, receptionist: Actor, manager: Actor,
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Østmo", phone="912 34 567")
    restrict_client(ctx, manager, kari.client_no)
    done = correct_client(ctx, manager, kari.client_no, "last_name", "Østmo-Berg")
    assert done.told_by is None
    assert done.outcome == ("Corrected last name: “Østmo” → “Østmo-Berg”; not told: no channel "
                            "to reach the client; tell them in person.")
    assert _messages(ctx) == []


def test_a_retry_queues_one_notice_and_the_same_value_is_refused(
    ctx: ServiceContext, receptionist: Actor, manager: Actor,
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Østmo", phone="912 34 567")
    key = uuid.uuid4()
    correct_client(ctx, manager, kari.client_no, "phone", "48 76 54 32", request_id=key)
    again = correct_client(ctx, manager, kari.client_no, "phone", "48 76 54 32", request_id=key)
    assert again.told_by == "sms"
    assert [m[1] for m in _messages(ctx)] == ["+4748765432"]
    with pytest.raises(ValidationError) as same:
        correct_client(ctx, manager, kari.client_no, "phone", "487 65 432")
    assert same.value.message == "The phone number already reads so; there is nothing to correct."
    with pytest.raises(ValidationError) as bad:
        correct_client(ctx, manager, kari.client_no, "email", "not an address")
    assert "e-mail" in bad.value.message.lower()


def test_only_privacy_handlers_may_correct(
    ctx: ServiceContext, receptionist: Actor, manager: Actor,
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Østmo", phone="912 34 567")
    with pytest.raises(PermissionDenied):
        correct_client(ctx, receptionist, kari.client_no, "city", "Bergen")


def test_a_privacy_handler_without_the_right_to_edit_clients_may_not_correct(
    ctx: ServiceContext, receptionist: Actor, manager: Actor, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Every role that handles privacy requests also edits clients today; the second check
    # keeps it so should the role table change.
    kari = add_client(ctx, receptionist, "Kari", "Østmo", phone="912 34 567")
    table = dict(permission_table.ROLE_PERMISSIONS)
    table[Role.MANAGER] = table[Role.MANAGER] - {Permission.EDIT_CLIENTS}
    monkeypatch.setattr("vetdesk.services.permissions.ROLE_PERMISSIONS", table)
    with pytest.raises(PermissionDenied, match="may not register or change clients and animals"):
        correct_client(ctx, manager, kari.client_no, "city", "Bergen")


@pytest.mark.pg_only
def test_the_manager_corrects_as_their_own_database_role(
    ctx: ServiceContext, receptionist: Actor, manager: Actor,
) -> None:
    kari = add_client(ctx, receptionist, "Kari", "Østmo", phone="912 34 567")
    number = _request(ctx, manager, kari.client_no)
    with signed_in(ctx, manager) as desk:
        done = correct_client(desk, manager, kari.client_no, "first_name", "Kari Anne",
                              request_no=number)
    assert done.told_by == "sms"
    assert get_request(ctx, manager, number).status is PrivacyRequestStatus.DONE

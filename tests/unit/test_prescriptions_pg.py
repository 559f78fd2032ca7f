"""Prescriptions as real PostgreSQL staff roles: the server refuses what the program refuses."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import update

from tests.conftest import make_user
from tests.support.journal_data import add_patient
from tests.support.pharmacy import form_for, load_sample, one_item
from tests.support.staff import raw_connection, signed_in
from vetdesk.db.models import Clinic
from vetdesk.domain.codes import Role
from vetdesk.errors import PermissionDenied
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.cancelling import cancel_prescription
from vetdesk.services.pharmacy.issuing import issue_prescription
from vetdesk.services.pharmacy.reading import list_prescriptions

pytestmark = pytest.mark.pg_only
Denied = psycopg.errors.InsufficientPrivilege


def test_a_vet_issues_and_cancels_as_their_own_role(
    ctx: ServiceContext, vet: Actor, clinic: None
) -> None:
    drugs = load_sample(ctx)
    dog = add_patient(ctx)
    with signed_in(ctx, vet) as room:
        issued = issue_prescription(room, vet, form_for(dog.animal_id, one_item(drugs["084512"])))
        cancel_prescription(room, vet, issued.id, "Feil styrke")
        assert list_prescriptions(room, vet, dog.animal_id)[0].cancelled_reason == "Feil styrke"


@pytest.mark.parametrize("role", [Role.NURSE, Role.RECEPTIONIST])
def test_the_server_refuses_a_prescription_from_a_nurse_or_receptionist(
    ctx: ServiceContext, clinic: None, role: Role, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the program's check removed, the grant still refuses."""
    from vetdesk.services import permissions

    drugs = load_sample(ctx)
    dog = add_patient(ctx)
    other = make_user(ctx, "sofie", role, full_name="Sofie Sykepleier")
    monkeypatch.setattr(permissions.Actor, "can", lambda self, permission: True)
    with signed_in(ctx, other) as desk, pytest.raises(PermissionDenied, match="database refused"):
        issue_prescription(desk, other, form_for(dog.animal_id, one_item(drugs["084512"])))


def test_the_server_refuses_a_cancellation_of_another_vets_prescription_unless_allowed(
    ctx: ServiceContext, vet: Actor, clinic: None
) -> None:
    drugs = load_sample(ctx)
    dog = add_patient(ctx)
    issued = issue_prescription(ctx, vet, form_for(dog.animal_id, one_item(drugs["084512"])))
    berg = make_user(ctx, "berg", Role.VETERINARIAN, full_name="Per Berg", hpr_number="7654321")
    insert = ("INSERT INTO prescription_cancellations (prescription_id, status, reason, "
              "cancelled_at, cancelled_by_id) VALUES (%s, 'cancelled', 'x', now(), %s)")
    with raw_connection(ctx, "berg") as conn:
        with pytest.raises(Denied, match="only the prescriber"):
            conn.execute(insert, (issued.id.hex, berg.user_id))
        with pytest.raises(Denied, match="another user's name"):
            conn.execute(insert, (issued.id.hex, vet.user_id))
        with pytest.raises(Denied):
            conn.execute("UPDATE prescriptions SET notes = 'x'")
    with ctx.db.transaction() as session:
        session.execute(update(Clinic).values(cancel_others_prescriptions=True))
    with raw_connection(ctx, "berg") as conn:
        conn.execute(insert, (issued.id.hex, berg.user_id))


def test_a_vet_refers_as_their_own_role_and_the_disclosure_is_logged(
    ctx: ServiceContext, vet: Actor, admin: Actor, clinic: None
) -> None:
    import uuid

    from sqlalchemy import select

    from vetdesk.db.models import AuditEvent
    from vetdesk.domain.codes import ReferralKind
    from vetdesk.services.referrals.parties import add_party
    from vetdesk.services.referrals.sending import attach_report, send_referral
    from vetdesk.services.referrals.types import PartyInput, ReferralInput

    dog = add_patient(ctx)
    lab = add_party(ctx, admin, PartyInput("Vetlab Norge", is_laboratory=True))
    with signed_in(ctx, vet) as room:
        sent = send_referral(room, vet, ReferralInput(
            id=uuid.uuid4(), animal_id=dog.animal_id, recipient_id=lab.id,
            kind=ReferralKind.LAB, reason="Anemi?", owner_consented=True,
            samples="EDTA-blod", question="Hematologi"))
        attach_report(room, vet, sent.id, "Hb 14,2 g/dl")
    with ctx.db.reading() as session:
        event = session.execute(select(AuditEvent.username, AuditEvent.client_id).where(
            AuditEvent.action == "disclosure.lab")).one()
    assert tuple(event) == ("lie", dog.client_id)

"""Medicine reporting (VetReg) as real PostgreSQL staff roles: the practice manager reports
(views, exports, marks), and the server, not only the program, refuses a nurse, and refuses
the manager a prescription or a record of medicine given; medicine given stays in its giver's
name (issue 12)."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import update

from tests.conftest import make_user
from tests.support.journal_data import add_patient
from tests.support.pharmacy import form_for, load_sample, one_item
from tests.support.staff import raw_connection, signed_in
from vetdesk.clock import FixedClock
from vetdesk.db.models import Clinic
from vetdesk.domain.codes import Role
from vetdesk.errors import PermissionDenied
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.giving import record_given
from vetdesk.services.pharmacy.issuing import issue_prescription
from vetdesk.services.pharmacy.types import GivenInput
from vetdesk.services.pharmacy.vetreg import due_entries, export_due, mark_reported

pytestmark = pytest.mark.pg_only
Denied = psycopg.errors.InsufficientPrivilege


def _two_cows(ctx: ServiceContext, vet: Actor) -> None:
    """One complete prescription for Dagros, and one lacking its reporting data."""
    drugs = load_sample(ctx)
    cow = add_patient(ctx, species="cattle", name="Dagros")
    penovet = one_item(drugs["016683"], pack_size="100 ml", warnings="Fullfør kuren.",
                       withdrawal_period="Slakt: 6 døgn, melk: 6 døgn",
                       amount=Decimal("45"), amount_unit="ml")
    issue_prescription(ctx, vet, form_for(
        cow.animal_id, penovet, production_category="milk", producer_number="0301123456",
        administered_by="vet"))
    issue_prescription(ctx, vet, form_for(cow.animal_id, one_item(
        drugs["016683"], pack_size="100 ml", warnings="Fullfør kuren.",
        withdrawal_period="Slakt: 6 døgn, melk: 6 døgn")))


def test_the_manager_views_exports_and_marks_as_their_own_role(
    ctx: ServiceContext, vet: Actor, manager: Actor, clinic: None, clock: FixedClock
) -> None:
    _two_cows(ctx, vet)
    clock.advance(dt.timedelta(days=2))
    with signed_in(ctx, manager) as office:
        due = due_entries(office, manager)
        assert [(e.animal_identity, e.missing == ()) for e in due] == [
            ("Dagros", True), ("Dagros", False)]
        with raw_connection(ctx, "mona") as conn, pytest.raises(Denied,
                                                                 match="another user's name"):
            # Marked in the vet's name: the server stamps who marked it from the session.
            conn.execute("INSERT INTO medicine_reports (prescription_item_id, reported_at, "
                         "reported_by_id) VALUES (%s, now(), %s)", (due[0].item_id, vet.user_id))
        data, count = export_due(office, manager, "uke48.csv")
        assert count == 1
        assert data.decode().splitlines()[1].split(";")[5] == "Dagros"
        assert mark_reported(office, manager, [due[1].key]) == 1
        assert due_entries(office, manager) == []
    with raw_connection(ctx, "mona") as conn:
        assert conn.execute("SELECT DISTINCT reported_by_id FROM medicine_reports"
                            ).fetchall() == [(manager.user_id,)]
        # A mark is never taken back by a staff role.
        with pytest.raises(Denied):
            conn.execute("DELETE FROM medicine_reports")


@pytest.mark.parametrize("role", [Role.NURSE, Role.RECEPTIONIST, Role.ADMINISTRATOR])
def test_the_server_refuses_marking_to_other_roles(
    ctx: ServiceContext, vet: Actor, clinic: None, role: Role,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the program's check removed, the grant still refuses. The nurse and the
    receptionist cannot even read the list; the administrator reads every table for privacy
    requests, but marks nothing."""
    from vetdesk.services import permissions

    _two_cows(ctx, vet)
    first = due_entries(ctx, vet)[0].key
    other = make_user(ctx, "sofie", role, full_name="Sofie Sørensen")
    monkeypatch.setattr(permissions.Actor, "can", lambda self, permission: True)
    with signed_in(ctx, other) as desk:
        if role is not Role.ADMINISTRATOR:
            with pytest.raises(PermissionDenied, match="database refused"):
                due_entries(desk, other)
        with pytest.raises(PermissionDenied, match="database refused"):
            mark_reported(desk, other, [first])
    assert due_entries(ctx, vet)[0].key == first


def test_the_server_refuses_the_manager_a_prescription(
    ctx: ServiceContext, manager: Actor, clinic: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vetdesk.services import permissions

    drugs = load_sample(ctx)
    dog = add_patient(ctx)
    monkeypatch.setattr(permissions.Actor, "can", lambda self, permission: True)
    with signed_in(ctx, manager) as office, pytest.raises(PermissionDenied,
                                                          match="database refused"):
        issue_prescription(office, manager, form_for(dog.animal_id, one_item(drugs["084512"])))


def _given_form(ctx: ServiceContext) -> GivenInput:
    drugs = load_sample(ctx)
    cow = add_patient(ctx, species="cattle", name="Dagros")
    return GivenInput(id=uuid.uuid4(), animal_id=cow.animal_id, drug_id=drugs["016683"],
                      amount=Decimal("45"), withdrawal_period="Slakt: 6 døgn, melk: 6 døgn",
                      production_category="milk", producer_number="0301123456")


def test_a_vet_records_medicine_given_and_the_manager_reports_it(
    ctx: ServiceContext, vet: Actor, manager: Actor, clinic: None
) -> None:
    with signed_in(ctx, vet) as room:
        given = record_given(room, vet, _given_form(ctx))
    with signed_in(ctx, manager) as office:
        [entry] = due_entries(office, manager)
        assert (entry.given_id, entry.administered_by, entry.missing) == (given.id, "vet", ())
        assert export_due(office, manager, "uke48.csv")[1] == 1
        assert due_entries(office, manager) == []


@pytest.mark.parametrize("role", [Role.MANAGER, Role.NURSE])
def test_the_server_refuses_medicine_given_from_a_manager_or_nurse(
    ctx: ServiceContext, clinic: None, role: Role, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the program's check removed, the grant still refuses."""
    from vetdesk.services import permissions

    form = _given_form(ctx)
    other = make_user(ctx, "sofie", role, full_name="Sofie Sørensen")
    monkeypatch.setattr(permissions.Actor, "can", lambda self, permission: True)
    with signed_in(ctx, other) as desk, pytest.raises(PermissionDenied,
                                                      match="database refused"):
        record_given(desk, other, form)


def test_the_server_keeps_medicine_given_in_its_givers_name(
    ctx: ServiceContext, vet: Actor, clinic: None
) -> None:
    given = record_given(ctx, vet, _given_form(ctx))
    berg = make_user(ctx, "berg", Role.VETERINARIAN, full_name="Per Berg", hpr_number="7654321")
    void = ("INSERT INTO medicine_given_voids (medicine_given_id, reason, voided_at, "
            "voided_by_id) VALUES (%s, 'x', now(), %s)")
    with raw_connection(ctx, "berg") as conn:
        with pytest.raises(Denied, match="only the vet who gave"):
            conn.execute(void, (given.id.hex, berg.user_id))
        with pytest.raises(Denied, match="another user's name"):
            conn.execute(void, (given.id.hex, vet.user_id))
        with pytest.raises(Denied, match="another user's name"):
            conn.execute(
                "INSERT INTO medicine_given (id, animal_id, client_id, given_by_id, given_at, "
                "recorded_at, journal_entry_id, product_name, active_substances, form, "
                "strength, antimicrobial, amount, amount_unit) SELECT %s, animal_id, "
                "client_id, %s, now(), now(), journal_entry_id, 'x', 'x', 'x', 'x', false, 1, "
                "'ml' FROM medicine_given", (uuid.uuid4().hex, vet.user_id))
        with pytest.raises(Denied):
            conn.execute("UPDATE medicine_given SET amount = 1")
    with ctx.db.transaction() as session:
        session.execute(update(Clinic).values(cancel_others_prescriptions=True))
    with raw_connection(ctx, "berg") as conn:
        conn.execute(void, (given.id.hex, berg.user_id))

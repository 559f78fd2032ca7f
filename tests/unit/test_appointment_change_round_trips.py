"""A check-in, a move and a cancellation in two round trips on PostgreSQL (issue 9): one read,
then one call of the server function ``vetdesk_change_appointment``, with the same rows,
notices and audit events as SQLite's table-by-table path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from tests.conftest import make_user
from tests.support.calendar import kari_with_bamse, oslo, request, vet_column
from tests.support.outbox import messages
from tests.support.staff import signed_in
from tests.support.statements import count_statements
from vetdesk.db.models import Appointment, AuditEvent, Client
from vetdesk.db.security import appointment_changes
from vetdesk.domain.codes import AppointmentStatus, Channel, ConsentPurpose, Role
from vetdesk.services.clients import ConsentChoice, record_consents
from vetdesk.services.conflicts import RecordChangedError
from vetdesk.services.context import ServiceContext
from vetdesk.services.integrity import verify_all
from vetdesk.services.messaging import appointment_notices
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.restriction import restrict_client
from vetdesk.services.scheduling import changes
from vetdesk.services.scheduling.booking import book_appointment
from vetdesk.services.scheduling.changes import move_appointment, set_status
from vetdesk.services.settings.store import change_setting

S = AppointmentStatus
MOVED_TO = oslo(2026, 11, 23, 13)  # the test clock is Sunday 22.11.2026 08:55 in Oslo


def _three_bookings(ctx: ServiceContext, desk: ServiceContext, actor: Actor, column: int
                    ) -> tuple[int, int, int]:
    """Kari (with a mobile number, so notices go by SMS) at 8, 9 and 10 on Monday."""
    who = kari_with_bamse(ctx, actor)
    return tuple(book_appointment(desk, actor, request(*who, column, oslo(2026, 11, 23, hour))
                                  ).appointment_id for hour in (8, 9, 10))  # type: ignore[return-value]


def _actions(desk: ServiceContext, actor: Actor, ids: tuple[int, int, int]
             ) -> dict[str, Callable[[], changes.AppointmentChanged]]:
    arriving, moving, cancelling = ids
    return {
        "check-in": lambda: set_status(desk, actor, arriving, 1, S.ARRIVED),
        "move": lambda: move_appointment(desk, actor, moving, 1, starts_at=MOVED_TO,
                                         ends_at=MOVED_TO + dt.timedelta(minutes=30)),
        "cancel": lambda: set_status(desk, actor, cancelling, 1, S.CANCELLED,
                                     reason="Eier ringte"),
    }


@pytest.mark.pg_only
def test_check_in_move_and_cancel_are_one_read_and_one_call_each(
    ctx: ServiceContext, admin: Actor, vet: Actor, receptionist: Actor, manager: Actor
) -> None:
    """Signed in as herself: her own grants run the function (SECURITY INVOKER). Before,
    these were 3, 13 and 11 statements in a transaction (5, 15 and 13 round trips)."""
    column = vet_column(ctx, admin, vet)
    with signed_in(ctx, receptionist) as desk:
        ids = _three_bookings(ctx, desk, receptionist, column)
        sent: dict[str, list[str]] = {}
        results = {}
        for name, action in _actions(desk, receptionist, ids).items():
            with count_statements(desk.db.engine) as log:
                results[name] = action()
            sent[name] = log.statements
    for name, statements in sent.items():
        assert len(statements) == 2, (name, statements)
        assert statements[0].lstrip().startswith("SELECT a.id"), name
        assert "vetdesk_change_appointment(" in statements[1], name
    assert [(r.version, r.status, r.notice) for r in results.values()] == [
        (2, "arrived", None), (2, "booked", "sms"), (2, "cancelled", "sms")]
    assert verify_all(ctx, manager).ok


def test_the_rows_notices_and_audit_events_are_the_same_on_both_engines(
    ctx: ServiceContext, admin: Actor, vet: Actor, receptionist: Actor
) -> None:
    column = vet_column(ctx, admin, vet)
    ids = _three_bookings(ctx, ctx, receptionist, column)
    for action in _actions(ctx, receptionist, ids).values():
        action()
    arriving, moving, cancelling = ids
    with ctx.db.reading() as session:
        rows = {row.id: row for row in session.execute(select(
            Appointment.id, Appointment.status, Appointment.version, Appointment.starts_at,
            Appointment.arrived_at, Appointment.cancel_reason, Appointment.updated_by_id))}
        events = session.execute(
            select(AuditEvent.entity_id, AuditEvent.details, AuditEvent.user_id)
            .where(AuditEvent.action == "change", AuditEvent.entity_type == "appointment")
            .order_by(AuditEvent.id)).all()
    now = dt.datetime(2026, 11, 22, 7, 55, tzinfo=dt.UTC)
    who = receptionist.user_id
    assert tuple(rows[arriving][1:]) == ("arrived", 2, oslo(2026, 11, 23, 8), now, None, who)
    assert tuple(rows[moving][1:]) == ("booked", 2, MOVED_TO, None, None, who)
    assert tuple(rows[cancelling][1:]) == ("cancelled", 2, oslo(2026, 11, 23, 10), None,
                                           "Eier ringte", who)
    assert [tuple(e) for e in events] == [
        (str(arriving), {"fields": ["status"], "status": "arrived"}, who),
        (str(moving), {"fields": ["starts_at", "ends_at", "resource_id", "room_id"],
                       "notice": "sms"}, who),
        (str(cancelling), {"fields": ["status"], "status": "cancelled", "notice": "sms"},
         who)]
    by_key = {key: m.status for key, m in messages(ctx).items()}
    assert by_key == {
        f"appointment:{arriving}:confirm": "queued",
        # Moved before its confirmation went: the confirmation goes, with the new time.
        f"appointment:{moving}:confirm": "queued",
        f"appointment:{cancelling}:cancelled": "queued",
        **{key: "withdrawn" for key in by_key if "~withdrawn~" in key}}
    assert sorted(key.split("~")[0] for key in by_key if "~withdrawn~" in key) == [
        f"appointment:{moving}:confirm", f"appointment:{cancelling}:confirm"]
    assert verify_all(ctx, admin).ok


def test_a_no_show_withdraws_what_waits_and_tells_nothing(
    ctx: ServiceContext, admin: Actor, vet: Actor, receptionist: Actor
) -> None:
    column = vet_column(ctx, admin, vet)
    missed = _three_bookings(ctx, ctx, receptionist, column)[0]
    changed = set_status(ctx, receptionist, missed, 1, S.NO_SHOW)
    assert (changed.version, changed.status, changed.notice) == (2, "no_show", None)
    assert [(key.split("~")[0], m.status) for key, m in messages(ctx).items()
            if m.appointment_id == missed] == [(f"appointment:{missed}:confirm", "withdrawn")]


@pytest.mark.parametrize("action", ["check-in", "move", "cancel"])
def test_another_desk_changing_it_between_the_read_and_the_write_is_named(
    ctx: ServiceContext, admin: Actor, vet: Actor, receptionist: Actor,
    monkeypatch: pytest.MonkeyPatch, action: str,
) -> None:
    """On PostgreSQL Per confirms it between this desk's read and its write: nothing is
    written and he is named. (SQLite loads and writes under one write lock, where Per would
    wait: there he confirms it before.)"""
    per = make_user(ctx, "per", Role.RECEPTIONIST, full_name="Per Pedersen")
    column = vet_column(ctx, admin, vet)
    ids = _three_bookings(ctx, ctx, receptionist, column)
    target = dict(zip(("check-in", "move", "cancel"), ids, strict=True))[action]
    if ctx.db.dialect == "postgresql":
        real: Any = changes.load_for_change

        def read_then_per(*args: Any, **kwargs: Any) -> Any:
            loaded = real(*args, **kwargs)
            monkeypatch.setattr(changes, "load_for_change", real)
            set_status(ctx, per, target, 1, S.CONFIRMED)
            return loaded

        monkeypatch.setattr(changes, "load_for_change", read_then_per)
    else:
        set_status(ctx, per, target, 1, S.CONFIRMED)
    with pytest.raises(RecordChangedError) as stale:
        _actions(ctx, receptionist, ids)[action]()
    assert "changed by Per Pedersen at 22.11.2026 08:55" in stale.value.message
    with ctx.db.reading() as session:
        assert session.execute(select(Appointment.status, Appointment.version).where(
            Appointment.id == target)).one() == ("confirmed", 2)
        assert session.execute(select(AuditEvent.user_id).where(
            AuditEvent.action == "change")).scalars().all() == [per.user_id]


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
    change_setting(ctx, manager, "appointments.notify_changes", "0")


@pytest.mark.parametrize("meanwhile", [_restrict, _refuse_sms, _switch_off],
                         ids=["restricted", "refused-sms", "notices-off"])
@pytest.mark.parametrize("action", ["move", "cancel"])
def test_no_notice_goes_when_the_client_may_no_longer_get_it_by_the_write(
    ctx: ServiceContext, admin: Actor, vet: Actor, receptionist: Actor, manager: Actor,
    monkeypatch: pytest.MonkeyPatch, action: str,
    meanwhile: Callable[[ServiceContext, Actor, int], None],
) -> None:
    """The privacy officer restricts Kari (GDPR art. 18), she refuses SMS, or the clinic
    switches notices off, between this desk's read and its write on PostgreSQL: the change
    is made, but no notice is queued and the audit row names none. (On SQLite the read and
    the write hold one write lock: there it happens before.)"""
    column = vet_column(ctx, admin, vet)
    ids = _three_bookings(ctx, ctx, receptionist, column)
    target = dict(zip(("check-in", "move", "cancel"), ids, strict=True))[action]
    with ctx.db.reading() as session:
        client_id = session.execute(select(Appointment.client_id).where(
            Appointment.id == target)).scalar_one()
    if ctx.db.dialect == "postgresql":
        real: Any = changes.load_for_change

        def read_then_meanwhile(*args: Any, **kwargs: Any) -> Any:
            loaded = real(*args, **kwargs)
            monkeypatch.setattr(changes, "load_for_change", real)
            meanwhile(ctx, manager, client_id)
            return loaded

        monkeypatch.setattr(changes, "load_for_change", read_then_meanwhile)
    else:
        meanwhile(ctx, manager, client_id)
    changed = _actions(ctx, receptionist, ids)[action]()
    assert (changed.version, changed.notice) == (2, None)
    queued = sorted(key for key, m in messages(ctx).items()
                    if m.appointment_id == target and m.status == "queued")
    assert queued == []
    with ctx.db.reading() as session:
        details = session.execute(select(AuditEvent.details).where(
            AuditEvent.action == "change", AuditEvent.entity_type == "appointment",
            AuditEvent.entity_id == str(target))).scalar_one()
    assert "notice" not in details
    assert verify_all(ctx, admin).ok


def test_the_server_function_checks_the_switch_the_program_reads() -> None:
    assert appointment_changes.NOTIFY_SWITCH == appointment_notices.SWITCH

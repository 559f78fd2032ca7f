"""The audit log is append-only, hash-chained, and tampering with it is found by verify."""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3

import psycopg
import pytest
from sqlalchemy import select

from tests.support.tamper import execute_bypassing_guards, execute_raw
from vetdesk.clock import FixedClock
from vetdesk.db import guards
from vetdesk.db.models import AuditEvent
from vetdesk.domain.codes import AuditAction
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.verify import verify_all

RAW_ERRORS = (sqlite3.DatabaseError, psycopg.Error)
# Roles and TRUNCATE exist only on PostgreSQL (SQLite's DELETE guard is covered above).
POSTGRESQL_ONLY = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)


def _write_events(ctx: ServiceContext, actor: Actor, count: int) -> None:
    for number in range(count):
        with ctx.db.transaction() as session:
            audit.record(
                session,
                ctx,
                actor,
                AuditAction.CHANGE,
                entity_type="client",
                entity_id=number,
                client_id=number,
                details={"fields": ["phone"]},
            )


def test_events_chain_and_verify(ctx: ServiceContext, admin: Actor) -> None:
    _write_events(ctx, admin, 5)
    with ctx.db.reading() as session:
        rows = session.execute(
            select(
                AuditEvent.id,
                AuditEvent.prev_hash,
                AuditEvent.hash,
                AuditEvent.workstation,
                AuditEvent.details,
            ).order_by(AuditEvent.id)
        ).all()
    assert [row.id for row in rows] == list(range(1, 7))
    assert all(row.prev_hash == before.hash for before, row in itertools.pairwise(rows))
    assert rows[-1].workstation == "test-desk-1"
    assert rows[-1].details == {"fields": ["phone"]}
    report = verify_all(ctx, admin)
    assert report.ok
    # set-up of the admin user wrote one event before ours
    assert report.audit_rows == 6


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_events SET username = 'mallory' WHERE id = 1",
        "DELETE FROM audit_events WHERE id = 1",
    ],
)
def test_raw_update_and_delete_are_refused(
    ctx: ServiceContext, admin: Actor, db_url: str, statement: str
) -> None:
    with pytest.raises(RAW_ERRORS, match="append-only"):
        execute_raw(db_url, statement)
    assert verify_all(ctx, admin).ok


@POSTGRESQL_ONLY
def test_truncate_is_refused_on_postgresql(ctx: ServiceContext, admin: Actor, db_url: str) -> None:
    with pytest.raises(psycopg.Error, match="append-only"):
        execute_raw(db_url, "TRUNCATE audit_events")


def test_verify_names_a_row_changed_behind_the_programs_back(
    ctx: ServiceContext, admin: Actor, db_url: str
) -> None:
    _write_events(ctx, admin, 4)
    changed = execute_bypassing_guards(
        db_url, "UPDATE audit_events SET username = 'mallory' WHERE id = 3", "audit_events"
    )
    assert changed == 1
    report = verify_all(ctx, admin)
    assert report.first_break is not None
    assert report.first_break.table == "audit_events"
    assert report.first_break.row_id == "3"
    assert "does not match" in report.first_break.reason


def test_verify_notices_a_removed_row(ctx: ServiceContext, admin: Actor, db_url: str) -> None:
    _write_events(ctx, admin, 4)
    execute_bypassing_guards(db_url, "DELETE FROM audit_events WHERE id = 2", "audit_events")
    report = verify_all(ctx, admin)
    assert report.first_break is not None
    assert report.first_break.row_id == "2"
    assert report.first_break.reason == "row is missing"


def test_repeated_views_within_minutes_are_one_event(
    ctx: ServiceContext, admin: Actor, clock: FixedClock
) -> None:
    def view() -> AuditEvent | None:
        with ctx.db.transaction() as session:
            return audit.record_view(
                session, ctx, admin, entity_type="client", entity_id=42, client_id=42
            )

    assert view() is not None
    clock.advance(dt.timedelta(minutes=2))
    assert view() is None
    clock.advance(dt.timedelta(minutes=6))
    assert view() is not None


def test_every_append_only_table_has_its_guards(ctx: ServiceContext, engine_name: str) -> None:
    from sqlalchemy import text

    with ctx.db.engine.connect() as conn:
        if engine_name == "sqlite":
            rows = conn.execute(
                text("SELECT tbl_name, name FROM sqlite_master WHERE type='trigger'")
            )
        else:
            rows = conn.execute(
                text(
                    "SELECT event_object_table, trigger_name FROM information_schema.triggers "
                    "UNION SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c "
                    "ON c.oid = t.tgrelid WHERE NOT t.tgisinternal"
                )
            )
        names: dict[str, set[str]] = {}
        for table, name in rows:
            names.setdefault(table, set()).add(name)
    for table in guards.APPEND_ONLY_TABLES:
        expected = (
            {f"{table}_no_update", f"{table}_no_delete"}
            if engine_name == "sqlite"
            else {f"{table}_append_only", f"{table}_no_truncate"}
        )
        assert expected <= names.get(table, set()), table


@POSTGRESQL_ONLY
def test_concurrent_workstations_never_fork_the_chain(ctx: ServiceContext, admin: Actor) -> None:
    """Writers on several connections at once: the server-side append serialises them."""
    import threading

    errors: list[BaseException] = []

    def workstation(number: int) -> None:
        try:
            for event in range(15):
                with ctx.db.transaction() as session:
                    audit.record(session, ctx, admin, AuditAction.VIEW, entity_type="client",
                                 entity_id=f"{number}-{event}", client_id=number)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=workstation, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    report = verify_all(ctx, admin)
    assert report.ok, str(report.first_break)
    assert report.audit_rows == 1 + 4 * 15


def test_rows_removed_from_the_end_are_caught_with_the_tip_written_down(
    ctx: ServiceContext, admin: Actor, db_url: str
) -> None:
    from vetdesk.services.verify import ChainTip

    _write_events(ctx, admin, 4)
    tip = verify_all(ctx, admin).audit_tip
    assert tip is not None
    assert tip.row_id == 6  # the check's own event, chained on the five walked
    written_down = ChainTip.parse(f"{tip.row_id}:{tip.hash[:16]}")
    assert verify_all(ctx, admin, expected_tip=written_down).ok
    execute_bypassing_guards(db_url, "DELETE FROM audit_events WHERE id >= 4", "audit_events")
    assert verify_all(ctx, admin).ok  # a chain alone cannot show its own tail missing
    # That check appended event 4 again; the rows up to the tip are still missing.
    report = verify_all(ctx, admin, expected_tip=written_down)
    assert report.first_break is not None
    assert report.first_break.reason == "rows 5 to 6 were removed from the end"

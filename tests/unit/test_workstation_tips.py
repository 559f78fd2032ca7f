"""Each workstation remembers the audit tip it saw and warns when the log no longer holds it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from tests.support.tamper import execute_bypassing_guards
from vetdesk.domain.codes import AuditAction
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.integrity import WorkstationTips
from vetdesk.services.permissions import Actor


def _log_events(ctx: ServiceContext, actor: Actor, count: int) -> None:
    for number in range(count):
        with ctx.db.transaction() as session:
            audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="client",
                         entity_id=number, client_id=number)


@pytest.fixture
def tips(tmp_path: Path) -> WorkstationTips:
    return WorkstationTips(tmp_path / "data" / "audit-tips.json")


def _stored(tips: WorkstationTips) -> dict[str, str]:
    stored: dict[str, str] = json.loads(tips.path.read_text(encoding="utf-8"))
    return stored


def test_the_first_start_records_the_tip_and_later_starts_follow_it(
    ctx: ServiceContext, admin: Actor, tips: WorkstationTips
) -> None:
    _log_events(ctx, admin, 2)
    first = tips.check_and_record(ctx)
    assert first.warning is None and first.seen_before is None
    assert first.newest is not None and first.newest.row_id == 3
    (key,) = _stored(tips)
    assert _stored(tips)[key] == str(first.newest)
    _log_events(ctx, admin, 2)
    second = tips.check_and_record(ctx)
    assert second.warning is None and second.seen_before == first.newest
    assert second.newest is not None and second.newest.row_id == 5
    assert _stored(tips)[key] == str(second.newest)


def test_rows_cut_from_the_end_are_noticed_at_the_next_start(
    ctx: ServiceContext, admin: Actor, tips: WorkstationTips, db_url: str
) -> None:
    _log_events(ctx, admin, 4)
    seen = tips.check_and_record(ctx).newest
    assert seen is not None and seen.row_id == 5
    execute_bypassing_guards(db_url, "DELETE FROM audit_events WHERE id >= 4", "audit_events")
    _log_events(ctx, admin, 1)  # the log grows again, to fewer rows than before
    check = tips.check_and_record(ctx)
    assert check.warning == (
        f"The audit log no longer holds the entry this computer saw last time "
        f"(5:{seen.hash[:16]}): unless a backup was restored, it was changed outside VetDesk. "
        f"Ask a manager to run “vetdesk verify --expect 5:{seen.hash[:16]}” and contact support."
    )
    # Then the newest tip is what this workstation has seen.
    assert check.newest is not None and check.newest.row_id == 4
    assert tips.check_and_record(ctx).warning is None


def test_a_rewritten_row_is_noticed(
    ctx: ServiceContext, admin: Actor, tips: WorkstationTips, db_url: str
) -> None:
    _log_events(ctx, admin, 2)
    tips.check_and_record(ctx)
    execute_bypassing_guards(db_url, "UPDATE audit_events SET hash = repeat('0', 64) "
                             "WHERE id = 3" if db_url.startswith("postgresql") else
                             "UPDATE audit_events SET hash = printf('%064d', 0) WHERE id = 3",
                             "audit_events")
    warning = tips.check_and_record(ctx).warning
    assert warning is not None and warning.startswith("The audit log no longer holds the entry ")


def test_the_check_is_one_statement_however_long_the_log(
    ctx: ServiceContext, admin: Actor, tips: WorkstationTips
) -> None:
    _log_events(ctx, admin, 30)
    tips.check_and_record(ctx)
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", count)
    try:
        assert tips.check_and_record(ctx).warning is None
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", count)
    assert len(statements) == 1, statements


def test_each_database_has_its_own_tip_and_a_garbled_file_is_started_afresh(
    ctx: ServiceContext, admin: Actor, tips: WorkstationTips
) -> None:
    other = "postgresql://elsewhere:5432/klinikk_bergen"
    tips.path.parent.mkdir(parents=True)
    tips.path.write_text(json.dumps({other: "9:" + "ab" * 32}), encoding="utf-8")
    check = tips.check_and_record(ctx)
    assert check.warning is None and check.seen_before is None
    assert _stored(tips)[other] == "9:" + "ab" * 32
    assert len(_stored(tips)) == 2
    tips.path.write_text("{not json", encoding="utf-8")
    assert tips.check_and_record(ctx).warning is None
    assert len(_stored(tips)) == 1


def test_the_key_names_where_the_database_is_not_who_opens_it(ctx: ServiceContext) -> None:
    from vetdesk.services.integrity.workstation import database_identity

    key = database_identity(ctx.db)
    url = ctx.db.target.url
    if ctx.db.dialect == "sqlite":
        assert key == f"sqlite:{Path(str(url.database)).resolve()}"
    else:
        assert key == f"postgresql://{url.host}:{url.port or 5432}/{url.database}"
        assert "@" not in key


def test_an_unwritable_data_folder_does_not_stop_the_start(
    ctx: ServiceContext, admin: Actor, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    tips = WorkstationTips(blocked / "audit-tips.json")
    check = tips.check_and_record(ctx)
    assert check.warning is None
    assert check.newest is not None and check.newest.row_id == 1

"""Verifying is a manager's or administrator's permission, and every check is in the log."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from vetdesk.db.models import AuditEvent
from vetdesk.errors import PermissionDenied
from vetdesk.services.context import ServiceContext
from vetdesk.services.integrity import verify_all
from vetdesk.services.permissions import Actor


def _checks(ctx: ServiceContext) -> list[tuple[str, str, dict[str, object]]]:
    with ctx.db.reading() as session:
        rows = session.execute(
            select(AuditEvent.username, AuditEvent.action, AuditEvent.details)
            .where(AuditEvent.entity_type == "integrity_check").order_by(AuditEvent.id)
        ).all()
    return [(row.username, row.action, row.details) for row in rows]


def test_a_receptionist_may_not_verify_and_nothing_is_logged(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    with ctx.db.reading() as session:
        before = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    with pytest.raises(PermissionDenied, match="may not verify the database"):
        verify_all(ctx, receptionist)
    with ctx.db.reading() as session:
        after = session.execute(select(func.count()).select_from(AuditEvent)).scalar_one()
    assert after == before


@pytest.mark.parametrize("who", ["manager", "admin"])
def test_a_manager_or_administrator_verifies_and_the_check_is_logged(
    ctx: ServiceContext, receptionist: Actor, who: str, request: pytest.FixtureRequest
) -> None:
    actor: Actor = request.getfixturevalue(who)
    report = verify_all(ctx, actor)
    assert report.ok
    # Two users were added (two events) before the check walked the log.
    assert report.audit_rows == 2
    assert _checks(ctx) == [(actor.username, "view", {
        "ok": True, "audit_rows": 2, "journal_versions": 0, "attachments": 0,
        "tip_checked": False,
    })]
    # The tip reported is the check's own event, so a seal of it covers the check too.
    assert report.audit_tip is not None and report.audit_tip.row_id == 3
    again = verify_all(ctx, actor, expected_tip=report.audit_tip)
    assert again.ok and again.audit_rows == 3
    assert _checks(ctx)[-1][2]["tip_checked"] is True

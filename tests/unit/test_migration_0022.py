"""Migration 0022 on PostgreSQL: the purge function's result gains the drafts and referrals
it deleted, so the previous version is dropped for ``vetdesk db upgrade`` to create the new
one; the downgrade puts the previous one back. Both keep the same grants (the manager's group
only) and settings (SECURITY DEFINER, search_path)."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import text

from tests.support.migrations import run_migration
from tests.support.staff import signed_in
from vetdesk.db.models import Message
from vetdesk.db.opening import apply_server_security
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.retention import purge_retention

pytestmark = pytest.mark.pg_only

MIGRATION = "0022_purge_drafts_referrals.py"

_FUNCTION = text(
    "SELECT p.prosecdef, p.proconfig, p.proacl::text[] AS acl, "
    "pg_get_userbyid(p.proowner) AS owner, pg_get_function_arguments(p.oid) AS arguments "
    "FROM pg_proc p WHERE p.proname = 'vetdesk_retention_purge'")

_ARGUMENTS = ("p_messages_before timestamp with time zone, p_invoices_before timestamp with "
              "time zone, p_requests_before timestamp with time zone, p_audit_before "
              "timestamp with time zone, p_animals integer[], p_workstation text, "
              "OUT messages integer, OUT invoices integer, OUT invoice_lines integer, "
              "OUT privacy_requests integer, OUT journal_chains integer, OUT journal_versions "
              "integer, OUT journal_entries integer, OUT journal_attachments integer, "
              "OUT prescriptions integer, OUT audit_events integer")
_NEW_ARGUMENTS = _ARGUMENTS + ", OUT journal_drafts integer, OUT referrals integer"


def _function(ctx: ServiceContext) -> list[tuple[object, ...]]:
    """The function's settings, grants and arguments. Of the grants, those of this database's
    roles and the owner (a test database copied from a template still names the template's
    groups too)."""
    with ctx.db.reading() as session:
        database = session.execute(text("SELECT current_database()")).scalar_one()
        # "=X/owner" is PUBLIC's: kept, so a function anyone may call shows.
        return [(secdef, config, {grant for grant in acl if grant.startswith(
            (f"{owner}=", f"{database}_", "="))}, owner, arguments)
            for secdef, config, acl, owner, arguments in session.execute(_FUNCTION)]


def _old_message(ctx: ServiceContext, key: str) -> None:
    with ctx.db.transaction() as session:
        session.add(Message(id=uuid.uuid4(), idempotency_key=key, channel="sms",
                            purpose="service", recipient="+4791234567", body="Hei",
                            status="delivered", attempts=1,
                            queued_at=dt.datetime(2024, 1, 2, tzinfo=dt.UTC)))


def test_down_restores_the_previous_function_and_up_replaces_it_with_the_same_grants(
    ctx: ServiceContext, manager: Actor,
) -> None:
    with ctx.db.reading() as session:
        database = session.execute(text("SELECT current_database()")).scalar_one()
    [(secdef, config, acl, owner, arguments)] = _function(ctx)
    grants = {f"{owner}=X/{owner}", f"{database}_manager=X/{owner}"}
    assert (secdef, config, acl, arguments) == (
        True, ["search_path=public, pg_temp"], grants, _NEW_ARGUMENTS)
    try:
        run_migration(ctx.db.engine, MIGRATION, "downgrade")
        [(secdef, config, acl, _owner, arguments)] = _function(ctx)
        assert (secdef, config, acl, arguments) == (
            True, ["search_path=public, pg_temp"], grants, _ARGUMENTS)
        # The previous version works for the manager as before (and only knows its columns).
        _old_message(ctx, "old-1")
        with signed_in(ctx, manager) as desk, desk.db.transaction() as session:
            old = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
            row = session.execute(text(
                "SELECT * FROM vetdesk_retention_purge(:before, :old, :old, :old, "
                "ARRAY[]::integer[], 'desk')"), {
                    "before": dt.datetime(2025, 1, 1, tzinfo=dt.UTC), "old": old}).mappings().one()
        assert (row["messages"], "journal_drafts" in row) == (1, False)

        run_migration(ctx.db.engine, MIGRATION, "upgrade")
        assert _function(ctx) == []  # dropped: `vetdesk db upgrade` creates it next
    finally:
        run_migration(ctx.db.engine, MIGRATION, "upgrade")
        apply_server_security(ctx.db)
    [(secdef, config, acl, _owner, arguments)] = _function(ctx)
    assert (secdef, config, acl, arguments) == (
        True, ["search_path=public, pg_temp"], grants, _NEW_ARGUMENTS)
    _old_message(ctx, "old-2")
    with signed_in(ctx, manager) as desk:
        purged = purge_retention(desk, manager)
    assert (purged.messages, purged.journal_drafts, purged.referrals) == (1, 0, 0)

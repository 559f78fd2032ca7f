"""Migration 0023 on PostgreSQL: the booking function takes the audit row's second rendering
and says which confirmation it queued, so the previous version (other arguments, other
result) is dropped for ``vetdesk db upgrade`` to create the new one; the downgrade puts the
previous one back. Both keep the same grants (every staff group) and settings (SECURITY
INVOKER, search_path)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.support.calendar import kari_with_bamse, oslo, request, vet_column
from tests.support.migrations import run_migration
from tests.support.staff import signed_in
from vetdesk.db.opening import apply_server_security
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.scheduling.booking import book_appointment

pytestmark = pytest.mark.pg_only

MIGRATION = "0023_booking_recheck.py"

_FUNCTION = text(
    "SELECT p.prosecdef, p.proconfig, p.proacl::text[] AS acl, "
    "pg_get_userbyid(p.proowner) AS owner, pg_get_function_arguments(p.oid) AS arguments "
    "FROM pg_proc p WHERE p.proname = 'vetdesk_book_appointment'")

_ARGUMENTS = ("p_request_id text, p_client_id integer, p_animal_id integer, p_resource_id "
              "integer, p_room_id integer, p_starts timestamp with time zone, p_ends "
              "timestamp with time zone, p_type text, p_reason text, p_now timestamp with "
              "time zone, p_user_id integer, p_username text, p_details json, p_workstation "
              "text, p_content_head text, p_workstation_json text, p_message json")
_OLD_ARGUMENTS = _ARGUMENTS + ", OUT appointment_id integer, OUT booked boolean"
_NEW_ARGUMENTS = (_ARGUMENTS + ", p_confirmed_details json, p_confirmed_head text, "
                  "OUT appointment_id integer, OUT booked boolean, OUT confirmation text")
_GROUPS = ("receptionist", "nurse", "veterinarian", "manager", "administrator")


def _function(ctx: ServiceContext) -> list[tuple[object, ...]]:
    """The function's settings, grants and arguments; of the grants, those of this database's
    roles and the owner (a test database copied from a template names the template's too)."""
    with ctx.db.reading() as session:
        database = session.execute(text("SELECT current_database()")).scalar_one()
        # "=X/owner" is PUBLIC's: kept, so a function anyone may call shows.
        return [(secdef, config, {grant for grant in acl if grant.startswith(
            (f"{owner}=", f"{database}_", "="))}, owner, arguments)
            for secdef, config, acl, owner, arguments in session.execute(_FUNCTION)]


def test_down_restores_the_previous_function_and_up_replaces_it_with_the_same_grants(
    ctx: ServiceContext, admin: Actor, vet: Actor, receptionist: Actor,
) -> None:
    with ctx.db.reading() as session:
        database = session.execute(text("SELECT current_database()")).scalar_one()
    [(secdef, config, acl, owner, arguments)] = _function(ctx)
    grants = {f"{owner}=X/{owner}"} | {f"{database}_{group}=X/{owner}" for group in _GROUPS}
    assert (secdef, config, acl, arguments) == (
        False, ["search_path=public, pg_temp"], grants, _NEW_ARGUMENTS)
    try:
        run_migration(ctx.db.engine, MIGRATION, "downgrade")
        [(secdef, config, acl, _owner, arguments)] = _function(ctx)
        assert (secdef, config, acl, arguments) == (
            False, ["search_path=public, pg_temp"], grants, _OLD_ARGUMENTS)
        run_migration(ctx.db.engine, MIGRATION, "upgrade")
        assert _function(ctx) == []  # dropped: `vetdesk db upgrade` creates it next
    finally:
        run_migration(ctx.db.engine, MIGRATION, "upgrade")
        apply_server_security(ctx.db)
    [(secdef, config, acl, _owner, arguments)] = _function(ctx)
    assert (secdef, config, acl, arguments) == (
        False, ["search_path=public, pg_temp"], grants, _NEW_ARGUMENTS)
    column = vet_column(ctx, admin, vet)
    client_id, animal_id = kari_with_bamse(ctx, receptionist)
    with signed_in(ctx, receptionist) as desk:
        booked = book_appointment(desk, receptionist, request(
            client_id, animal_id, column, oslo(2026, 11, 23, 10)))
    assert (booked.new, booked.confirmation) == (True, "sms")

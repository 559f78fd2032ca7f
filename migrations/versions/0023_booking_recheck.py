"""The booking function checks the confirmation's consent again at the write

Revision ID: 0023
Revises: 0022
Create Date: 2026-11-30

PostgreSQL only: the server's booking function (vetdesk/db/security/booking.py) now checks
the consent rules and the clinic's switch again before it queues the confirmation the program
rendered from its read, and names the confirmation in the audit row only when one was queued:
it takes the audit row's second rendering (two more arguments) and says which channel went
(one more result column). The function itself is the program's: ``vetdesk db upgrade``
creates it after the migrations with its grants (vetdesk/db/security/apply.py: execute for
every staff group, nothing for PUBLIC). The previous version has other arguments, so CREATE
OR REPLACE would leave it beside the new one, callable as before: it is dropped here.

The downgrade puts the previous version back as it was (the body below, frozen as the program
generated it before this change; SECURITY INVOKER with the same search_path, execute revoked
from PUBLIC and granted to every staff group) and drops the new one.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SIGNATURE = ("vetdesk_book_appointment(text, integer, integer, integer, integer, timestamptz, "
              "timestamptz, text, text, timestamptz, integer, text, json, text, text, text, "
              "json)")
_NEW_SIGNATURE = ("vetdesk_book_appointment(text, integer, integer, integer, integer, "
                  "timestamptz, timestamptz, text, text, timestamptz, integer, text, json, "
                  "text, text, text, json, json, text)")

# Frozen here: the function as the program created it before this migration.
_PREVIOUS_BOOKING = """
CREATE OR REPLACE FUNCTION vetdesk_book_appointment(
    p_request_id text,
    p_client_id integer,
    p_animal_id integer,
    p_resource_id integer,
    p_room_id integer,
    p_starts timestamptz,
    p_ends timestamptz,
    p_type text,
    p_reason text,
    p_now timestamptz,
    p_user_id integer,
    p_username text,
    p_details json,
    p_workstation text,
    p_content_head text,
    p_workstation_json text,
    p_message json,
    OUT appointment_id integer,
    OUT booked boolean
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
BEGIN
    SELECT a.id INTO appointment_id FROM appointments a WHERE a.request_id = p_request_id;
    IF FOUND THEN
        booked := false;
        RETURN;
    END IF;
    INSERT INTO appointments (
        client_id, animal_id, resource_id, room_id, starts_at, ends_at, appointment_type,
        reason, status, version, created_at, created_by_id, updated_at, updated_by_id,
        request_id
    ) VALUES (
        p_client_id, p_animal_id, p_resource_id, p_room_id, p_starts, p_ends, p_type,
        p_reason, 'booked', 1, p_now, p_user_id, p_now, p_user_id, p_request_id
    ) RETURNING id INTO appointment_id;
    PERFORM vetdesk_audit_append(
        p_now, p_user_id, p_username, 'create', 'appointment', appointment_id::text,
        p_client_id, p_animal_id, p_details, p_workstation,
        replace(p_content_head, '"@@id@@"', to_json(appointment_id::text)::text),
        p_workstation_json, NULL);
    IF p_message IS NOT NULL THEN
        INSERT INTO messages (
            id, idempotency_key, client_id, appointment_id, channel, purpose, recipient,
            subject, body, status, attempts, queued_at, created_by_id, calendar
        ) VALUES (
            p_message->>'id',
            replace(p_message->>'idempotency_key', '@@id@@', appointment_id::text),
            p_client_id, appointment_id, p_message->>'channel', p_message->>'purpose',
            p_message->>'recipient', p_message->>'subject', p_message->>'body', 'queued', 0,
            p_now, p_user_id,
            replace(p_message->>'calendar', '@@id@@', appointment_id::text)
        ) ON CONFLICT (idempotency_key) DO NOTHING;
    END IF;
    booked := true;
END
$$
"""

# Every staff group of this database (vetdesk/db/security/naming.py, group_role), when the
# roles were set up.
_GRANT_TO_STAFF = f"""
DO $$
DECLARE
    staff text;
BEGIN
    FOREACH staff IN ARRAY ARRAY['receptionist', 'nurse', 'veterinarian', 'manager',
                                 'administrator'] LOOP
        staff := lower(current_database() || '_' || staff);
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = staff) THEN
            EXECUTE format('GRANT EXECUTE ON FUNCTION {_SIGNATURE} TO %I', staff);
        END IF;
    END LOOP;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {_SIGNATURE}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    conn = op.get_bind()
    conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {_NEW_SIGNATURE}")
    # Straight to the driver, as apply.py sends it: no parameters, so % is literal.
    conn.exec_driver_sql(_PREVIOUS_BOOKING.replace("%", "%%"))
    conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {_SIGNATURE} FROM PUBLIC")
    conn.exec_driver_sql(_GRANT_TO_STAFF.replace("%", "%%"))

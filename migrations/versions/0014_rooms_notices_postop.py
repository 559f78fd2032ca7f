"""Rooms in the double-booking rule, withdrawn notices, the post-operative recall (issue 11)

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30

- **A room or piece of equipment cannot be double-booked either.** ``appointments.room_id``
  is the room (or equipment) an appointment holds; an appointment booked in a room's own
  column holds that room (``room_id = resource_id``, filled in here for the existing rows and
  kept so by a trigger on PostgreSQL, by the booking service on SQLite). PostgreSQL gets a
  second exclusion constraint over (room, time range) for the appointments that hold their
  slot; SQLite's booking service checks the room as it checks the vet, in its write-locked
  transaction. Before the constraint is made, an existing room that two active appointments
  hold at once stays with the earlier booking, or with the one booked in the room's own
  column, and is taken off the other's (nothing
  prevented it before, and a migration that refused to run would stop the clinic); the
  appointments themselves stay.
- **A queued notice can be withdrawn** (``messages.status`` ``withdrawn``): a confirmation or
  "moved" notice not yet handed over when the appointment moves again or is cancelled, so a
  stale time is never sent.
- **The post-operative control is its own recall kind** (``reminders.kind`` ``postop``); the
  ones stored as check-ups before are recognised by the title the journal gave them
  ("Post-operative check: …") and moved over.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FREE_AGAIN = "('cancelled', 'no_show')"
_ROOM_KINDS = "('room', 'equipment')"
_OLD_REMINDER_KINDS = "kind IN ('vaccination', 'checkup', 'appointment')"
_NEW_REMINDER_KINDS = "kind IN ('vaccination', 'checkup', 'postop', 'appointment')"
_OLD_MESSAGE_STATUSES = ("status IN ('queued', 'sent', 'delivered', 'failed', "
                         "'failure_reviewed')")
_NEW_MESSAGE_STATUSES = ("status IN ('queued', 'sent', 'delivered', 'failed', "
                         "'failure_reviewed', 'withdrawn')")
_POSTOP_TITLE = "Post-operative check: %"

# An appointment in a room's or equipment's own column holds that room (PostgreSQL; the
# booking service does the same on SQLite). SECURITY INVOKER: staff may read resources.
_HOLD_OWN_ROOM = f"""
CREATE OR REPLACE FUNCTION vetdesk_hold_own_room() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM resources r
               WHERE r.id = NEW.resource_id AND r.kind IN {_ROOM_KINDS}) THEN
        NEW.room_id := NEW.resource_id;
    END IF;
    RETURN NEW;
END
$$
"""


def _replace_check(table: str, name: str, condition: str) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f(name), type_="check")
        batch_op.create_check_constraint(batch_op.f(name), sa.text(condition))


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    _replace_check("reminders", "ck_reminders_kind_valid", _NEW_REMINDER_KINDS)
    op.execute(f"UPDATE reminders SET kind = 'postop' WHERE kind = 'checkup' "
               f"AND title LIKE '{_POSTOP_TITLE}'")
    _replace_check("messages", "ck_messages_status_valid", _NEW_MESSAGE_STATUSES)
    op.execute(f"UPDATE appointments SET room_id = resource_id WHERE resource_id IN "
               f"(SELECT id FROM resources WHERE kind IN {_ROOM_KINDS})")
    op.execute(
        "UPDATE appointments SET room_id = NULL WHERE room_id IS NOT NULL "
        f"AND room_id <> resource_id AND status NOT IN {_FREE_AGAIN} AND EXISTS ("
        "SELECT 1 FROM appointments AS earlier WHERE earlier.room_id = appointments.room_id "
        # The earlier booking keeps the room, and a booking in the room's own column always
        # does (it cannot let go of its own room), whichever came first.
        "AND (earlier.id < appointments.id OR earlier.room_id = earlier.resource_id) "
        f"AND earlier.status NOT IN {_FREE_AGAIN} "
        "AND earlier.starts_at < appointments.ends_at "
        "AND earlier.ends_at > appointments.starts_at)")
    op.create_index("ix_appointments_room_start", "appointments", ["room_id", "starts_at"])
    if postgresql:
        op.execute(
            "ALTER TABLE appointments ADD CONSTRAINT no_double_booked_room EXCLUDE USING gist "
            "(room_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) "
            f"WHERE (room_id IS NOT NULL AND status NOT IN {_FREE_AGAIN})")
        op.execute(_HOLD_OWN_ROOM)
        op.execute("REVOKE ALL ON FUNCTION vetdesk_hold_own_room() FROM PUBLIC")
        op.execute("CREATE TRIGGER appointments_hold_own_room BEFORE INSERT OR UPDATE OF "
                   "resource_id, room_id ON appointments FOR EACH ROW "
                   "EXECUTE FUNCTION vetdesk_hold_own_room()")


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    if postgresql:
        op.execute("DROP TRIGGER IF EXISTS appointments_hold_own_room ON appointments")
        op.execute("DROP FUNCTION IF EXISTS vetdesk_hold_own_room()")
        op.execute("ALTER TABLE appointments DROP CONSTRAINT IF EXISTS no_double_booked_room")
    op.drop_index("ix_appointments_room_start", table_name="appointments")
    op.execute("UPDATE appointments SET room_id = NULL WHERE room_id = resource_id")
    op.execute("UPDATE messages SET status = 'failure_reviewed' WHERE status = 'withdrawn'")
    _replace_check("messages", "ck_messages_status_valid", _OLD_MESSAGE_STATUSES)
    op.execute("UPDATE reminders SET kind = 'checkup' WHERE kind = 'postop'")
    _replace_check("reminders", "ck_reminders_kind_valid", _OLD_REMINDER_KINDS)

"""The multi-vet calendar: resources, opening hours, no double booking (issue 11)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30

- ``resource_hours``: opening hours and breaks per resource and weekday; ``holiday_openings``:
  the Norwegian public holidays on which the clinic or a resource is open after all.
- ``appointments`` gets the booking dialog's ``request_id`` (a retry finds the first
  attempt), the reason a booking was cancelled, and when the animal arrived.
- **No double booking, enforced by PostgreSQL**: an exclusion constraint over (resource, time
  range) for every appointment that still holds its slot (not cancelled, not a no-show). It
  needs ``btree_gist`` for the ``=`` on the resource id; like pg_trgm it is a trusted
  extension (PostgreSQL 13+), so the database owner who runs ``vetdesk db upgrade`` may create
  it without being a superuser. SQLite has no such constraint: the booking service checks for
  an overlap inside its write-locked (BEGIN IMMEDIATE) transaction.
- ``calendar_marker``: one number a trigger moves on with every change to an appointment, so
  the desks poll one row to learn that their lists are stale.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from vetdesk.db.base import UTCDateTime

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The statuses that give a slot back; every other status holds it.
_FREE_AGAIN = "('cancelled', 'no_show')"

_MARK = ("INSERT INTO calendar_marker (id, change_no) VALUES (1, 1) "
         "ON CONFLICT (id) DO UPDATE SET change_no = calendar_marker.change_no + 1")


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "resource_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("starts", sa.Time(), nullable=False),
        sa.Column("ends", sa.Time(), nullable=False),
        sa.CheckConstraint("kind IN ('open', 'break')", name=op.f("ck_resource_hours_kind_valid")),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6",
                           name=op.f("ck_resource_hours_weekday_valid")),
        sa.CheckConstraint("ends > starts", name=op.f("ck_resource_hours_ends_after_start")),
        sa.ForeignKeyConstraint(["resource_id"], ["resources.id"],
                                name=op.f("fk_resource_hours_resource_id_resources")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resource_hours")),
    )
    op.create_index("ix_resource_hours_resource", "resource_hours", ["resource_id", "weekday"])
    op.create_table(
        "holiday_openings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("resource_id", sa.Integer(), nullable=True),
        sa.Column("starts", sa.Time(), nullable=False),
        sa.Column("ends", sa.Time(), nullable=False),
        sa.CheckConstraint("ends > starts", name=op.f("ck_holiday_openings_ends_after_start")),
        sa.ForeignKeyConstraint(["resource_id"], ["resources.id"],
                                name=op.f("fk_holiday_openings_resource_id_resources")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holiday_openings")),
    )
    op.create_index("ix_holiday_openings_day", "holiday_openings", ["day"])
    op.create_table(
        "calendar_marker",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("change_no", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calendar_marker")),
    )
    with op.batch_alter_table("resources", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sort_order", sa.Integer(), server_default="0",
                                      nullable=False))
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("request_id", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("cancel_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("arrived_at", UTCDateTime(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_appointments_request_id"),
                                          ["request_id"])
        batch_op.create_index("ix_appointments_starts_at", ["starts_at"], unique=False)
    if postgresql:
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute(
            "ALTER TABLE appointments ADD CONSTRAINT no_double_booking EXCLUDE USING gist "
            "(resource_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) "
            f"WHERE (status NOT IN {_FREE_AGAIN})"
        )
        # Owner's rights: a staff role needs no privilege on the marker to move it on.
        op.execute(f"""
            CREATE OR REPLACE FUNCTION vetdesk_mark_calendar() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
            BEGIN
                {_MARK};
                RETURN NULL;
            END
            $$
        """)
        op.execute("REVOKE ALL ON FUNCTION vetdesk_mark_calendar() FROM PUBLIC")
        op.execute("CREATE TRIGGER appointments_mark_calendar AFTER INSERT OR UPDATE "
                   "ON appointments FOR EACH STATEMENT EXECUTE FUNCTION vetdesk_mark_calendar()")
    else:
        for event in ("INSERT", "UPDATE"):
            op.execute(f"CREATE TRIGGER appointments_mark_calendar_{event.lower()} AFTER {event} "
                       f"ON appointments BEGIN {_MARK}; END")


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    if postgresql:
        op.execute("DROP TRIGGER IF EXISTS appointments_mark_calendar ON appointments")
        op.execute("DROP FUNCTION IF EXISTS vetdesk_mark_calendar()")
        op.execute("ALTER TABLE appointments DROP CONSTRAINT IF EXISTS no_double_booking")
    else:
        for event in ("insert", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS appointments_mark_calendar_{event}")
    with op.batch_alter_table("appointments", schema=None) as batch_op:
        batch_op.drop_index("ix_appointments_starts_at")
        batch_op.drop_constraint(batch_op.f("uq_appointments_request_id"), type_="unique")
        batch_op.drop_column("arrived_at")
        batch_op.drop_column("cancel_reason")
        batch_op.drop_column("request_id")
    with op.batch_alter_table("resources", schema=None) as batch_op:
        batch_op.drop_column("sort_order")
    op.drop_table("calendar_marker")
    op.drop_index("ix_holiday_openings_day", table_name="holiday_openings")
    op.drop_table("holiday_openings")
    op.drop_index("ix_resource_hours_resource", table_name="resource_hours")
    op.drop_table("resource_hours")

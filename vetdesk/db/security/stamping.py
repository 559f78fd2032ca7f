"""Authorship stamped by the database, generated from one registry (GNUmed's way).

For a staff session the trigger of each registered table takes the acting person from the
session's login role (``vetdesk_acting_user()``, functions.py), never from the program:

- ``check`` columns (authorship that is hashed or signed: journal, prescriptions, referrals)
  must already name the session's user; anything else is refused, so an insert "in another
  vet's name" fails instead of being quietly rewritten;
- ``stamp`` columns (who last changed a record) are simply set to the session's user;
- ``keep`` columns (who created a record) are stamped on insert and never change.

Maintenance sessions (the database owner, a superuser) are trusted with what the program
gives: they can switch triggers off anyway, and the demo loader and the draft lock sweep run
as the owner.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Mode = Literal["check", "stamp", "keep"]


@dataclass(frozen=True)
class Stamp:
    column: str
    mode: Mode


@dataclass(frozen=True)
class StampedTable:
    table: str
    stamps: tuple[Stamp, ...]
    # Extra plpgsql run for staff sessions (``actor`` is the acting user's record).
    extra: str = ""


STAMPED_TABLES: tuple[StampedTable, ...] = (
    StampedTable("journal_drafts", (Stamp("author_id", "check"),)),
    StampedTable(
        "journal_entries",
        (Stamp("author_id", "check"), Stamp("signed_by_id", "check")),
        # The lock sweep signs in an author's name; only the owner's sweep may do that.
        extra="IF NEW.auto_locked THEN RAISE EXCEPTION 'only the lock sweep signs "
        "automatically' USING ERRCODE = 'insufficient_privilege'; END IF;",
    ),
    StampedTable("journal_versions", (Stamp("author_id", "check"),)),
    StampedTable("journal_attachments", (Stamp("added_by_id", "check"),)),
    StampedTable("prescriptions", (Stamp("prescriber_id", "check"),)),
    StampedTable(
        "prescription_cancellations",
        (Stamp("cancelled_by_id", "check"),),
        # Only the prescriber cancels, unless the clinic lets vets cancel each other's.
        extra="IF NOT EXISTS (SELECT 1 FROM prescriptions p WHERE p.id = NEW.prescription_id "
        "AND p.prescriber_id = actor.user_id) AND NOT COALESCE((SELECT "
        "c.cancel_others_prescriptions FROM clinic c LIMIT 1), false) THEN RAISE EXCEPTION "
        "'only the prescriber may cancel a prescription' USING ERRCODE = "
        "'insufficient_privilege'; END IF;",
    ),
    # Who marked a VetReg entry reported (services/pharmacy/vetreg.py).
    StampedTable("medicine_reports", (Stamp("reported_by_id", "check"),)),
    StampedTable("medicine_given_reports", (Stamp("reported_by_id", "check"),)),
    # Medicine given is recorded in the giver's own name (services/pharmacy/giving.py).
    StampedTable("medicine_given", (Stamp("given_by_id", "check"),)),
    StampedTable(
        "medicine_given_voids",
        (Stamp("voided_by_id", "check"),),
        # As a prescription: only the vet who gave it voids it, unless the clinic lets vets
        # cancel each other's.
        extra="IF NOT EXISTS (SELECT 1 FROM medicine_given m WHERE m.id = "
        "NEW.medicine_given_id AND m.given_by_id = actor.user_id) AND NOT COALESCE((SELECT "
        "c.cancel_others_prescriptions FROM clinic c LIMIT 1), false) THEN RAISE EXCEPTION "
        "'only the vet who gave the medicine may void the record' USING ERRCODE = "
        "'insufficient_privilege'; END IF;",
    ),
    StampedTable("referrals", (Stamp("referred_by_id", "check"),)),
    StampedTable("consents", (Stamp("recorded_by_id", "keep"),)),
    StampedTable("ownerships", (Stamp("recorded_by_id", "keep"),)),
    StampedTable("client_alerts", (Stamp("created_by_id", "keep"),)),
    StampedTable("animal_alerts", (Stamp("created_by_id", "keep"),)),
    StampedTable("clients", (Stamp("updated_by_id", "stamp"),)),
    StampedTable("animals", (Stamp("updated_by_id", "stamp"),)),
    StampedTable(
        "appointments", (Stamp("created_by_id", "keep"), Stamp("updated_by_id", "stamp"))
    ),
    StampedTable("invoices", (Stamp("created_by_id", "keep"),)),
    StampedTable("messages", (Stamp("created_by_id", "keep"),)),
    StampedTable("privacy_requests",
                 (Stamp("registered_by_id", "keep"), Stamp("handled_by_id", "stamp"))),
    StampedTable("clinic_settings", (Stamp("updated_by_id", "stamp"),)),
    StampedTable("recall_rules", (Stamp("updated_by_id", "stamp"),)),
    StampedTable("external_parties", (Stamp("updated_by_id", "stamp"),)),
)


def _statement(stamp: Stamp) -> str:
    col = stamp.column
    if stamp.mode == "check":
        return (
            f"IF NEW.{col} IS DISTINCT FROM actor.user_id THEN RAISE EXCEPTION "
            f"'% may not write % in another user''s name', session_user, TG_TABLE_NAME "
            f"USING ERRCODE = 'insufficient_privilege'; END IF;"
        )
    if stamp.mode == "stamp":
        return f"NEW.{col} := actor.user_id;"
    return (
        f"IF TG_OP = 'INSERT' THEN NEW.{col} := actor.user_id; "
        f"ELSE NEW.{col} := OLD.{col}; END IF;"
    )


def trigger_sql(entry: StampedTable) -> list[str]:
    """The function and trigger for one table (idempotent)."""
    function = f"vetdesk_stamp_{entry.table}"
    body = "\n        ".join(_statement(stamp) for stamp in entry.stamps)
    events = "INSERT" if all(s.mode == "check" for s in entry.stamps) else "INSERT OR UPDATE"
    return [
        f"""
        CREATE OR REPLACE FUNCTION {function}() RETURNS trigger
        LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
        DECLARE actor record;
        BEGIN
        SELECT * INTO actor FROM vetdesk_acting_user();
        IF actor.maintenance THEN RETURN NEW; END IF;
        {body}
        {entry.extra}
        RETURN NEW;
        END
        $$
        """,
        f"DROP TRIGGER IF EXISTS {entry.table}_stamp ON {entry.table}",
        f"CREATE TRIGGER {entry.table}_stamp BEFORE {events} ON {entry.table} "
        f"FOR EACH ROW EXECUTE FUNCTION {function}()",
    ]

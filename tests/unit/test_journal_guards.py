"""Below the program: triggers, the workstation role's privileges, and tamper detection."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from tests.support import databases
from tests.support.journal_data import Patient, add_patient, consultation, write_and_sign
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import add_draft_attachment, save_draft, sign_draft
from vetdesk.services.permissions import Actor
from vetdesk.services.verify import verify_all

PNG = b"\x89PNG\r\n\x1a\n" + b"\x02" * 32
SIGNED_TABLES = ("journal_entries", "journal_versions", "journal_attachments")


@pytest.fixture
def signed(ctx: ServiceContext, vet: Actor, clinic: None) -> uuid.UUID:
    patient = add_patient(ctx)
    form = consultation(patient.animal_id, ctx.clock.now())
    save_draft(ctx, vet, form)
    add_draft_attachment(ctx, vet, form.id, "bilde.png", PNG)
    sign_draft(ctx, vet, form.id)
    return form.id


@pytest.mark.parametrize("table", SIGNED_TABLES)
def test_raw_update_and_delete_of_signed_rows_fail(
    ctx: ServiceContext, signed: uuid.UUID, table: str, manager: Actor
) -> None:
    column = "entry_id" if table != "journal_entries" else "id"
    change = "auto_locked = NOT auto_locked" if table == "journal_entries" else (
        "filename = 'x'" if table == "journal_attachments" else "reason = 'edited'"
    )
    for statement in (f"UPDATE {table} SET {change} WHERE {column} = :id",
                      f"DELETE FROM {table} WHERE {column} = :id"):
        with pytest.raises(DBAPIError, match="append-only"), ctx.db.engine.begin() as conn:
            conn.execute(text(statement), {"id": signed.hex})
    assert verify_all(ctx, manager).ok


@pytest.fixture
def pg_ctx(pg_template: str) -> Iterator[str]:
    """A PostgreSQL-only database (these guarantees exist on PostgreSQL alone)."""
    yield from databases.pg_copy(pg_template)


def test_truncate_is_refused_even_for_the_owner(pg_ctx: str) -> None:
    owner = create_engine(pg_ctx)
    try:
        for statement in ("TRUNCATE journal_versions", "TRUNCATE journal_entries CASCADE"):
            with pytest.raises(DBAPIError, match="append-only"), owner.begin() as conn:
                conn.execute(text(statement))
    finally:
        owner.dispose()


def test_verify_names_a_version_edited_behind_the_programs_back(
    ctx: ServiceContext, vet: Actor, manager: Actor, clinic: None, engine_name: str
) -> None:
    patient: Patient = add_patient(ctx)
    first = write_and_sign(ctx, vet, consultation(patient.animal_id, ctx.clock.now()))
    second = write_and_sign(ctx, vet, consultation(patient.animal_id, ctx.clock.now()))
    assert verify_all(ctx, manager).ok
    tampered = '{"anamnesis": "Alt normalt.", "findings": "Ingen funn."}'
    with ctx.db.engine.begin() as conn:
        if engine_name == "postgresql":
            # A superuser can switch the triggers off for the session: verify must still see it.
            conn.execute(text("SET LOCAL session_replication_role = replica"))
        else:
            conn.execute(text("DROP TRIGGER journal_versions_no_update"))
        conn.execute(
            text("UPDATE journal_versions SET content = :c WHERE entry_id = :id"),
            {"c": tampered, "id": second.hex},
        )
    report = verify_all(ctx, manager)
    assert not report.ok and report.first_break is not None
    assert report.first_break.table == "journal_versions"
    assert second.hex in report.first_break.row_id and first.hex not in report.first_break.row_id
    assert "does not match" in report.first_break.reason

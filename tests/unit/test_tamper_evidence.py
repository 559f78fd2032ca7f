"""Issue 7's attacks by someone with superuser or file access (guards off), each detected.

A journal chain alone misses all of these: the animal's newest version deleted (which
silently undoes a correction), a whole entry deleted and the chain recomputed, a text edited
and the chain recomputed, a file swapped together with its stored SHA-256, and the newest
entry removed entirely. Each version's hash is carried into the audit chain, so:

- an attacker who touches only the journal is caught by verify alone (the audit log still
  records the old hashes);
- one who also rewrites the audit log to match is caught by ``verify --expect TIP`` with the
  tip written down before the attack (and, as the README says, by nothing else).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import uuid
from collections.abc import Callable

import pytest
from sqlalchemy import Connection, delete, select, text, update

from tests.support.journal_data import add_patient, consultation, write_and_sign
from tests.support.tamper import guards_off, recompute_journal_chain, rewrite_audit_to_match
from vetdesk.clock import FixedClock
from vetdesk.db.models import (
    AuditEvent,
    JournalAttachment,
    JournalEntry,
    JournalVersion,
)
from vetdesk.domain.codes import Requester
from vetdesk.services.context import ServiceContext
from vetdesk.services.integrity import ChainTip, verify_all
from vetdesk.services.journal import (
    Correction,
    add_draft_attachment,
    correct_entry,
    save_draft,
    sign_draft,
)
from vetdesk.services.permissions import Actor

PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 40
OTHER_PNG = b"\x89PNG\r\n\x1a\n" + b"\x07" * 40


@dataclasses.dataclass(frozen=True)
class History:
    """Bamse: an entry with a file, a plain one, and one corrected later (the chain's newest
    version). Pluto: one entry, the newest signed. ``tip`` is what verify printed afterwards."""

    bamse: int
    pluto: int
    with_file: uuid.UUID
    plain: uuid.UUID
    corrected: uuid.UUID
    newest: uuid.UUID
    correction: uuid.UUID  # the version id of the correction
    tip: ChainTip


@pytest.fixture
def history(ctx: ServiceContext, vet: Actor, manager: Actor, clock: FixedClock) -> History:
    bamse = add_patient(ctx).animal_id
    pluto = add_patient(ctx, name="Pluto").animal_id
    form = consultation(bamse, ctx.clock.now())
    save_draft(ctx, vet, form)
    add_draft_attachment(ctx, vet, form.id, "røntgen.png", PNG)
    sign_draft(ctx, vet, form.id, accept_warnings=True)
    clock.advance(dt.timedelta(hours=1))
    plain = write_and_sign(ctx, vet, consultation(bamse, ctx.clock.now()))
    clock.advance(dt.timedelta(hours=1))
    corrected = write_and_sign(ctx, vet, consultation(bamse, ctx.clock.now()))
    clock.advance(dt.timedelta(hours=1))
    newest = write_and_sign(ctx, vet, consultation(pluto, ctx.clock.now()))
    clock.advance(dt.timedelta(hours=1))
    correction = correct_entry(ctx, vet, Correction(
        entry_id=corrected, expected_version_no=1, event_time=ctx.clock.now(),
        content={"anamnesis": "Halter på høyre bakben.", "findings": "Øm over kneet."},
        reason="wrong side", requested_by=Requester.CLINIC,
    ), accept_warnings=True)
    report = verify_all(ctx, manager)
    assert report.ok, report.first_break
    assert report.attachments == 1 and report.journal_versions == 5
    assert report.audit_tip is not None
    return History(bamse, pluto, form.id, plain, corrected, newest, correction.version_id,
                   report.audit_tip)


def _delete_newest_version(conn: Connection, h: History) -> None:
    conn.execute(delete(JournalVersion).where(JournalVersion.id == h.correction))


def _delete_entry_and_recompute(conn: Connection, h: History) -> None:
    conn.execute(delete(JournalVersion).where(JournalVersion.entry_id == h.plain))
    conn.execute(delete(JournalEntry).where(JournalEntry.id == h.plain))
    recompute_journal_chain(conn, h.bamse)


def _edit_text_and_recompute(conn: Connection, h: History) -> None:
    conn.execute(
        update(JournalVersion).where(JournalVersion.entry_id == h.with_file)
        .values(content={"anamnesis": "Alt normalt.", "findings": "Ingen funn."})
    )
    recompute_journal_chain(conn, h.bamse)


def _swap_file_and_its_sha256(conn: Connection, h: History) -> None:
    conn.execute(
        update(JournalAttachment).where(JournalAttachment.entry_id == h.with_file)
        .values(data=OTHER_PNG, sha256=hashlib.sha256(OTHER_PNG).hexdigest())
    )


def _swap_file_and_recompute(conn: Connection, h: History) -> None:
    _swap_file_and_its_sha256(conn, h)
    recompute_journal_chain(conn, h.bamse)


def _remove_newest_entry(conn: Connection, h: History) -> None:
    conn.execute(delete(JournalVersion).where(JournalVersion.entry_id == h.newest))
    conn.execute(delete(JournalEntry).where(JournalEntry.id == h.newest))


Attack = Callable[[Connection, History], None]
ATTACKS: dict[str, Attack] = {
    "newest version deleted": _delete_newest_version,
    "entry deleted, chain recomputed": _delete_entry_and_recompute,
    "text edited, chain recomputed": _edit_text_and_recompute,
    "file and its sha256 swapped": _swap_file_and_its_sha256,
    "file swapped, chain recomputed": _swap_file_and_recompute,
    "newest entry removed": _remove_newest_entry,
}


def _event_for(ctx: ServiceContext, version_id: uuid.UUID) -> int:
    """The audit event that recorded the version (read straight from the table)."""
    with ctx.db.reading() as session:
        rows = session.execute(
            select(AuditEvent.id, AuditEvent.details).where(
                AuditEvent.entity_type == "journal_entry")
        ).all()
    (found,) = [row.id for row in rows
                if version_id.hex in row.details.get("version_hashes", {})]
    return found


def _version_of(ctx: ServiceContext, entry_id: uuid.UUID) -> uuid.UUID:
    with ctx.db.reading() as session:
        return session.execute(
            select(JournalVersion.id).where(JournalVersion.entry_id == entry_id,
                                            JournalVersion.version_no == 1)
        ).scalar_one()


def test_newest_version_deleted_is_named_by_its_audit_event(
    ctx: ServiceContext, manager: Actor, history: History, db_url: str
) -> None:
    event = _event_for(ctx, history.correction)
    with guards_off(db_url) as conn:
        _delete_newest_version(conn, history)
    for expected in (None, history.tip):
        report = verify_all(ctx, manager, expected_tip=expected)
        assert report.first_break is not None
        assert (report.first_break.table, report.first_break.row_id) == ("audit_events",
                                                                         str(event))
        assert report.first_break.reason == (
            f"records journal version {history.correction.hex}, which is missing")


def test_newest_entry_removed_is_named_by_its_audit_event(
    ctx: ServiceContext, manager: Actor, history: History, db_url: str
) -> None:
    version = _version_of(ctx, history.newest)
    event = _event_for(ctx, version)
    with guards_off(db_url) as conn:
        _remove_newest_entry(conn, history)
    report = verify_all(ctx, manager, expected_tip=history.tip)
    assert report.first_break is not None
    assert report.first_break.row_id == str(event)
    assert report.first_break.reason == f"records journal version {version.hex}, which is missing"


@pytest.mark.parametrize(("attack", "changed_entry"), [
    ("entry deleted, chain recomputed", "corrected"),  # the first version after the gap
    ("text edited, chain recomputed", "with_file"),
    ("file swapped, chain recomputed", "with_file"),
])
def test_a_recomputed_chain_differs_from_what_the_audit_log_recorded(
    ctx: ServiceContext, manager: Actor, history: History, db_url: str, attack: str,
    changed_entry: str,
) -> None:
    entry: uuid.UUID = getattr(history, changed_entry)
    version = _version_of(ctx, entry)
    event = _event_for(ctx, version)
    with guards_off(db_url) as conn:
        ATTACKS[attack](conn, history)
    report = verify_all(ctx, manager, expected_tip=history.tip)
    assert report.first_break is not None
    assert report.first_break.table == "journal_versions"
    assert report.first_break.row_id.startswith(f"{version.hex} (entry {entry.hex}")
    assert report.first_break.reason == f"differs from the hash audit event {event} recorded"


def test_a_file_swapped_with_its_sha256_no_longer_matches_its_version(
    ctx: ServiceContext, manager: Actor, history: History, db_url: str
) -> None:
    version = _version_of(ctx, history.with_file)
    with guards_off(db_url) as conn:
        _swap_file_and_its_sha256(conn, history)
    report = verify_all(ctx, manager, expected_tip=history.tip)
    assert report.first_break is not None
    assert report.first_break.table == "journal_versions"
    assert report.first_break.row_id.startswith(version.hex)
    assert report.first_break.reason == "content does not match its hash"


def test_a_file_changed_without_its_sha256_is_named(
    ctx: ServiceContext, manager: Actor, history: History, db_url: str
) -> None:
    with guards_off(db_url) as conn:
        conn.execute(update(JournalAttachment).values(data=OTHER_PNG))
    report = verify_all(ctx, manager)
    assert report.first_break is not None
    assert report.first_break.table == "journal_attachments"
    assert report.first_break.row_id.endswith(f"(entry {history.with_file.hex})")
    assert report.first_break.reason == "the file does not match its SHA-256"


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_rewriting_the_audit_log_too_is_caught_by_the_tip_written_down(
    ctx: ServiceContext, manager: Actor, history: History, db_url: str, attack: str
) -> None:
    with guards_off(db_url) as conn:
        ATTACKS[attack](conn, history)
        for animal in (history.bamse, history.pluto):
            recompute_journal_chain(conn, animal)
        rewrite_audit_to_match(conn)
    # What the README admits: with the log rewritten as well, the chains agree again...
    assert verify_all(ctx, manager).ok
    # ...but not with the tip kept outside the database.
    report = verify_all(ctx, manager, expected_tip=history.tip)
    assert report.first_break is not None and report.first_break.table == "audit_events"
    assert report.first_break.against_tip
    assert report.first_break.reason in {
        "differs from the tip written down earlier",
        f"rows {history.tip.row_id} to {history.tip.row_id} were removed from the end",
    }


def test_the_untouched_history_verifies_against_its_tip(
    ctx: ServiceContext, manager: Actor, history: History
) -> None:
    report = verify_all(ctx, manager, expected_tip=history.tip)
    assert report.ok, report.first_break
    # Each journal version's own event carried its hash: five versions, five anchors.
    with ctx.db.reading() as session:
        details = session.execute(
            select(AuditEvent.details).where(AuditEvent.entity_type == "journal_entry")
        ).scalars().all()
        stored = dict(session.execute(select(JournalVersion.id, JournalVersion.hash)).all())
    anchored = {vid: digest for d in details for vid, digest in d["version_hashes"].items()}
    assert anchored == {vid.hex: digest for vid, digest in stored.items()}


def test_an_anchor_in_the_audit_log_that_was_edited_is_caught_there(
    ctx: ServiceContext, manager: Actor, history: History, db_url: str, engine_name: str
) -> None:
    """Changing only the hash an audit event recorded breaks the audit chain itself."""
    event = _event_for(ctx, history.correction)
    cast = "CAST(:d AS json)" if engine_name == "postgresql" else ":d"
    with guards_off(db_url) as conn:
        conn.execute(text(f"UPDATE audit_events SET details = {cast} WHERE id = :id"),
                     {"d": '{"version_hashes": {}}', "id": event})
    report = verify_all(ctx, manager)
    assert report.first_break is not None
    assert (report.first_break.table, report.first_break.row_id) == ("audit_events", str(event))
    assert report.first_break.reason == "content does not match its hash"

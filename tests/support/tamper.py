"""Changing rows behind the program's back, the way someone with the database password could."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from sqlalchemy import Connection, create_engine, delete, insert, select, text, update
from sqlalchemy.engine import make_url

from vetdesk.db.models import AuditEvent, JournalAttachment, JournalEntry, JournalVersion
from vetdesk.domain.integrity import (
    ANCHORED_VERSIONS_KEY,
    AUDIT_HASHED_FIELDS,
    GENESIS_HASH,
    chained_hash,
    hashed_content,
    journal_version_content,
)


def _pg_conninfo(db_url: str) -> str:
    url = make_url(db_url)
    return f"host={url.host} port={url.port or 5432} dbname={url.database} user={url.username}"


def execute_bypassing_guards(db_url: str, statement: str, table: str) -> int:
    """Run ``statement`` with the append-only triggers out of the way; returns rows affected.

    PostgreSQL: as superuser with ``session_replication_role = replica`` (triggers do not fire).
    SQLite: drop the table's triggers, run the statement, put the triggers back.
    """
    if db_url.startswith("sqlite"):
        path = make_url(db_url).database
        assert path
        conn = sqlite3.connect(path)
        try:
            triggers = conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                (table,),
            ).fetchall()
            for name, _sql in triggers:
                conn.execute(f"DROP TRIGGER {name}")
            count = conn.execute(statement).rowcount
            for _name, sql in triggers:
                conn.execute(sql)
            conn.commit()
            return count
        finally:
            conn.close()
    with psycopg.connect(_pg_conninfo(db_url), autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")
        return conn.execute(statement).rowcount


def execute_raw(db_url: str, statement: str) -> None:
    """Run a statement as the owner with the guards in place (expected to be refused)."""
    if db_url.startswith("sqlite"):
        path = make_url(db_url).database
        assert path
        conn = sqlite3.connect(path)
        try:
            conn.execute(statement)
            conn.commit()
        finally:
            conn.close()
        return
    with psycopg.connect(_pg_conninfo(db_url), autocommit=True) as conn:
        conn.execute(statement)


@contextmanager
def guards_off(db_url: str) -> Iterator[Connection]:
    """A connection (in a transaction) on which the append-only guards do not fire: the
    attacker with superuser rights (PostgreSQL, ``session_replication_role = replica``, which
    also silences the stamping triggers and foreign keys) or with the file (SQLite, every
    trigger dropped and put back afterwards)."""
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(text("SET LOCAL session_replication_role = replica"))
                yield conn
                return
            triggers = conn.execute(
                text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            ).all()
            for name, _sql in triggers:
                conn.execute(text(f"DROP TRIGGER {name}"))
            yield conn
            for _name, sql in triggers:
                conn.execute(text(sql))
    finally:
        engine.dispose()


def recompute_journal_chain(conn: Connection, animal_id: int) -> None:
    """Renumber the animal's journal chain and recompute every hash, as an attacker who knows
    the (public) canonical form would after removing or editing a version."""
    versions = conn.execute(
        select(JournalVersion.__table__).where(JournalVersion.animal_id == animal_id)
        .order_by(JournalVersion.chain_seq)
    ).mappings().all()
    prev = GENESIS_HASH
    for seq, version in enumerate(versions, start=1):
        entry = conn.execute(
            select(JournalEntry.__table__).where(JournalEntry.id == version["entry_id"])
        ).mappings().one()
        files = conn.execute(
            select(JournalAttachment.sha256).where(JournalAttachment.entry_id == entry["id"])
        ).scalars().all()
        row = {**version, "chain_seq": seq}
        digest = chained_hash(prev, journal_version_content(row, entry, files))
        conn.execute(
            update(JournalVersion.__table__).where(JournalVersion.id == version["id"])
            .values(chain_seq=seq, prev_hash=prev, hash=digest)
        )
        prev = digest


def rewrite_audit_to_match(conn: Connection) -> None:
    """Cover the tracks in the audit log too: each event that anchors journal versions is made
    to carry their hashes as they are now (dropped if none of its versions is left), then the
    log is renumbered and its chain recomputed. Only a tip kept outside the database shows it."""
    current = dict(conn.execute(select(JournalVersion.id, JournalVersion.hash)).all())
    events = conn.execute(
        select(AuditEvent.__table__).order_by(AuditEvent.id)
    ).mappings().all()
    kept: list[dict[str, Any]] = []
    for event in events:
        row = dict(event)
        named = (row["details"] or {}).get(ANCHORED_VERSIONS_KEY)
        if named:
            still = {vid: current[uuid.UUID(vid)] for vid in named if uuid.UUID(vid) in current}
            if not still:
                continue
            row["details"] = {**row["details"], ANCHORED_VERSIONS_KEY: still}
        kept.append(row)
    conn.execute(delete(AuditEvent.__table__))
    prev = GENESIS_HASH
    for number, row in enumerate(kept, start=1):
        row.update(id=number, prev_hash=prev,
                   hash=chained_hash(prev, hashed_content(row, AUDIT_HASHED_FIELDS)))
        conn.execute(insert(AuditEvent.__table__).values(**row))
        prev = row["hash"]

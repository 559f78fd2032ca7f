"""Changing rows behind the program's back, the way someone with the database password could."""

from __future__ import annotations

import sqlite3

import psycopg
from sqlalchemy.engine import make_url


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

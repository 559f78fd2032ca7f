"""Read-only units of work without transaction round trips, for screens over a slow link.

On PostgreSQL a read runs in autocommit: no BEGIN and no ROLLBACK, each costing a round trip
(25 ms to a distant server). Each statement then sees its own snapshot, which is fine for what
these screens show; anything that must be consistent across statements or writes uses
``ctx.db.transaction()``. SQLite, on the same machine, uses the ordinary read unit of work.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from vetdesk.services.context import ServiceContext


@contextmanager
def quick_connection(ctx: ServiceContext) -> Iterator[Connection]:
    engine = ctx.db.engine
    if ctx.db.dialect == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            yield conn
        return
    with engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
        try:
            yield conn
        finally:
            conn.rollback()


@contextmanager
def quick_reading(ctx: ServiceContext) -> Iterator[Session]:
    if ctx.db.dialect != "postgresql":
        with ctx.db.reading() as session:
            yield session
        return
    with quick_connection(ctx) as conn, Session(bind=conn, expire_on_commit=False) as session:
        yield session

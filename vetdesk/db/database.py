"""A database the program has opened, and the unit of work every service call runs in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from vetdesk.db.engine import DatabaseTarget
from vetdesk.errors import ReadOnlyDatabaseError


class Database:
    """An engine plus what the program learnt when opening it.

    ``transaction()`` is the unit of work: one Session per user action, committed when the block
    ends without error and rolled back otherwise. No Session outlives the block.
    """

    def __init__(
        self,
        engine: Engine,
        target: DatabaseTarget,
        *,
        readonly: bool = False,
        readonly_reason: str | None = None,
    ) -> None:
        self.engine = engine
        self.target = target
        self.readonly = readonly
        self.readonly_reason = readonly_reason
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        self._read_sessions = sessionmaker(
            engine.execution_options(sqlite_begin="DEFERRED"),
            expire_on_commit=False,
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def description(self) -> str:
        return self.target.description

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A read-write unit of work."""
        self._refuse_if_readonly()
        with self._sessions() as session, session.begin():
            yield session

    def _refuse_if_readonly(self) -> None:
        if self.readonly:
            raise ReadOnlyDatabaseError(
                self.readonly_reason
                or "The database is open read-only, so nothing can be saved; "
                "restore a backup or ask support."
            )

    @contextmanager
    def single_statement(self) -> Iterator[Session]:
        """A unit of work for one self-contained write statement.

        On PostgreSQL it runs in autocommit: the statement is atomic by itself and commits as
        it finishes, saving the BEGIN and COMMIT round trips. On SQLite it is an ordinary
        write transaction. Never use it for more than one statement that must stand together.
        """
        if self.dialect != "postgresql":
            with self.transaction() as session:
                yield session
            return
        self._refuse_if_readonly()
        with (
            self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn,
            Session(bind=conn, expire_on_commit=False, autoflush=False) as session,
        ):
            yield session

    @contextmanager
    def reading(self, *, consistent: bool = False) -> Iterator[Session]:
        """A unit of work that only reads.

        On PostgreSQL it runs in autocommit: no BEGIN and no ROLLBACK, each a round trip to a
        distant server, so a screen that needs one statement costs one round trip. Each
        statement then sees its own snapshot; pass ``consistent=True`` where several
        statements must agree (walking a hash chain, an export), which reads from one
        REPEATABLE READ snapshot instead. SQLite is local: a deferred transaction is both cheap
        and consistent.
        """
        if self.dialect != "postgresql":
            with self._read_sessions() as session:
                try:
                    yield session
                finally:
                    session.rollback()
            return
        isolation = "REPEATABLE READ" if consistent else "AUTOCOMMIT"
        with (
            self.engine.connect().execution_options(isolation_level=isolation) as conn,
            Session(bind=conn, expire_on_commit=False, autoflush=False) as session,
        ):
            if consistent:
                conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            try:
                yield session
            finally:
                session.rollback()
                if consistent:
                    conn.rollback()

    def dispose(self) -> None:
        self.engine.dispose()

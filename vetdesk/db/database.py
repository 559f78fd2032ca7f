"""A database the program has opened, and the unit of work every service call runs in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from vetdesk.db.engine import DatabaseTarget
from vetdesk.errors import (
    AccountDeactivated,
    ConnectionLost,
    DatabaseOpenError,
    PermissionDenied,
    ReadOnlyDatabaseError,
)
from vetdesk.i18n import _

# Opens and checks a connection as the given login role; returns the ready engine.
LoginConnector = Callable[[str, str], Engine]


class Database:
    """An engine plus what the program learnt when opening it.

    ``transaction()`` is the unit of work: one Session per user action, committed when the block
    ends without error and rolled back otherwise. No Session outlives the block.
    """

    def __init__(
        self,
        engine: Engine | None,
        target: DatabaseTarget,
        *,
        readonly: bool = False,
        readonly_reason: str | None = None,
        login_connector: LoginConnector | None = None,
        staff_mode: bool = False,
    ) -> None:
        self.target = target
        self.readonly = readonly
        self.readonly_reason = readonly_reason
        # PostgreSQL staff mode: no connection until someone signs in, then every unit of
        # work runs as that person's own login role (vetdesk/db/security).
        self._login_connector = login_connector
        self._staff_mode = staff_mode and login_connector is not None
        self.login_role: str | None = None
        self._engine: Engine | None = None
        if engine is not None:
            self._bind(engine)

    def _bind(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        self._read_sessions = sessionmaker(
            engine.execution_options(sqlite_begin="DEFERRED"),
            expire_on_commit=False,
        )

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise DatabaseOpenError(_("Sign in first: the database is opened as the person "
                                      "who signs in."))
        return self._engine

    @property
    def signs_in_as_staff(self) -> bool:
        """True when signing in connects as the person's own PostgreSQL login role."""
        return self._staff_mode

    def connect_as(self, login_role: str, password: str) -> None:
        """Staff mode: from now on work runs as ``login_role`` (the server checked the
        password). Errors come from the connector (wrong password, no such role...)."""
        if self._login_connector is None or not self._staff_mode:
            raise RuntimeError("this database was not opened for staff sign-in")
        engine = self._login_connector(login_role, password)
        self.disconnect()
        self._bind(engine)
        self.login_role = login_role

    def check_login(self, login_role: str, password: str) -> None:
        """Let the server check a password (the idle lock) without changing the connection."""
        if self._login_connector is None:
            raise RuntimeError("only a PostgreSQL server checks passwords itself")
        self._login_connector(login_role, password).dispose()

    def disconnect(self) -> None:
        """Staff mode: end the signed-in person's connections (sign-out)."""
        if self._staff_mode and self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self.login_role = None

    @property
    def dialect(self) -> str:
        return "sqlite" if self.target.is_sqlite else "postgresql"

    @property
    def description(self) -> str:
        return self.target.description

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A read-write unit of work."""
        self._refuse_if_readonly()
        with _refusals_explained(), self._sessions() as session, session.begin():
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
            _refusals_explained(),
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
            _refusals_explained(),
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
        if self._engine is not None:
            self._engine.dispose()


@contextmanager
def _refusals_explained() -> Iterator[None]:
    """The server's own "permission denied" (its grants, row-level security or stamping
    triggers refusing a staff role) as one sentence, like the program's own check."""
    try:
        yield
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == _INSUFFICIENT_PRIVILEGE:
            raise PermissionDenied(
                _("The database refused this: your role does not allow it. Ask the clinic's "
                  "administrator if it should."),
                detail=str(exc.orig),
            ) from exc
        message = str(exc.orig or exc).lower()
        if "not permitted to log in" in message:
            # The administrator deactivated this account while it was signed in.
            raise AccountDeactivated(
                _("This account is deactivated; ask the clinic's administrator."),
                detail=str(exc.orig),
            ) from exc
        if exc.connection_invalidated or getattr(exc.orig, "sqlstate", "") in _CONNECTION_LOST:
            raise ConnectionLost(
                _("The connection to the database server was lost, so nothing was saved by "
                  "this step; try again."),
                detail=str(exc.orig),
            ) from exc
        raise


_INSUFFICIENT_PRIVILEGE = "42501"
# admin_shutdown (a terminated backend), crash_shutdown, cannot_connect_now, connection errors
_CONNECTION_LOST = frozenset({"57P01", "57P02", "57P03", "08000", "08003", "08006"})

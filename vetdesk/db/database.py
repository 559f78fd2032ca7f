"""A database the program has opened, and the unit of work every service call runs in."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection, Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError

from vetdesk.db.engine import DatabaseTarget
from vetdesk.errors import (
    AccountDeactivated,
    ConnectionLost,
    DatabaseOpenError,
    PermissionDenied,
    ReadOnlyDatabaseError,
)
from vetdesk.i18n import _

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

# Opens and checks a connection as the given login role; returns the ready engine.
LoginConnector = Callable[[str, str], Engine]
T = TypeVar("T")


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
        # Per worker thread: whether the action being run has committed a write that a retry
        # would repeat (see run_action).
        self._attempt = threading.local()
        if engine is not None:
            self._bind(engine)

    def _bind(self, engine: Engine) -> None:
        if not event.contains(engine, "handle_error", _interruption_is_a_disconnect):
            event.listen(engine, "handle_error", _interruption_is_a_disconnect)
        self._engine = engine
        self._read_engine = engine.execution_options(sqlite_begin="DEFERRED")
        # Made by the first unit of work: opening a database and showing the sign-in dialog
        # need no ORM, which takes about half a second of CPU to import (issue 9).
        self._session_makers: tuple[sessionmaker[Session], sessionmaker[Session]] | None = None

    def _makers(self) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
        """The read-write and the read-only session factories of the bound engine."""
        makers = self._session_makers
        if makers is None:
            from sqlalchemy.orm import sessionmaker

            makers = (
                sessionmaker(self.engine, expire_on_commit=False, autoflush=True),
                sessionmaker(self._read_engine, expire_on_commit=False),
            )
            self._session_makers = makers
        return makers

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

    def run_action(self, work: Callable[[], T], *,
                   on_retry: Callable[[str], None] | None = None) -> T:
        """Run one user action; after a lost connection run it once more where that is safe.

        Safe means nothing of the action can happen twice: the unit of work that broke only
        read, or was marked ``idempotent`` (its write carries a client-generated id, so the
        retry finds the first attempt if its COMMIT did reach the server), and no ordinary
        write of the same action had committed before it. ``on_retry`` is told the sentence
        for the person ("... lost; trying again") before the second try; a second loss, or an
        unsafe one, is raised as the :class:`ConnectionLost` it is.
        """
        try:
            return run_with_one_retry(work, self.begin_attempt, on_retry=on_retry)
        finally:
            self.end_action()

    def begin_attempt(self) -> None:
        """This thread starts (or starts again) one user action: none of its writes has
        committed yet. From here until :meth:`end_action` an ordinary write's COMMIT makes a
        lost connection unsafe to retry."""
        self._attempt.unsafe_write_committed = False
        self._attempt.active = True

    def end_action(self) -> None:
        self._attempt.active = False

    def _retry_safe(self, unit_is_safe: bool) -> bool:
        return unit_is_safe and not getattr(self._attempt, "unsafe_write_committed", False)

    def _committed(self, *, idempotent: bool) -> None:
        if not idempotent and getattr(self._attempt, "active", False):
            self._attempt.unsafe_write_committed = True

    @contextmanager
    def transaction(self, *, idempotent: bool = False) -> Iterator[Session]:
        """A read-write unit of work.

        ``idempotent``: running it again after a lost connection cannot write anything twice
        (it carries a client-generated id and looks for the first attempt), so
        :meth:`run_action` may retry the action.
        """
        self._refuse_if_readonly()
        with (
            _refusals_explained(retry_safe=self._retry_safe(idempotent)),
            self._makers()[0]() as session,
            session.begin(),
        ):
            yield session
        self._committed(idempotent=idempotent)

    def _refuse_if_readonly(self) -> None:
        if self.readonly:
            raise ReadOnlyDatabaseError(
                self.readonly_reason
                or "The database is open read-only, so nothing can be saved; "
                "restore a backup or ask support."
            )

    @contextmanager
    def single_statement(self, *, idempotent: bool = False) -> Iterator[Session]:
        """A unit of work for one self-contained write statement.

        On PostgreSQL it runs in autocommit: the statement is atomic by itself and commits as
        it finishes, saving the BEGIN and COMMIT round trips. On SQLite it is an ordinary
        write transaction. Never use it for more than one statement that must stand together.
        """
        if self.dialect != "postgresql":
            with self.transaction(idempotent=idempotent) as session:
                yield session
            return
        self._refuse_if_readonly()
        from sqlalchemy.orm import Session

        with (
            _refusals_explained(retry_safe=self._retry_safe(idempotent)),
            self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn,
            Session(bind=conn, expire_on_commit=False, autoflush=False) as session,
        ):
            yield session
        self._committed(idempotent=idempotent)

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
            with self._makers()[1]() as session:
                try:
                    yield session
                finally:
                    session.rollback()
            return
        isolation = "REPEATABLE READ" if consistent else "AUTOCOMMIT"
        from sqlalchemy.orm import Session

        with (
            _refusals_explained(retry_safe=self._retry_safe(True)),
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

    @contextmanager
    def quick_read(self) -> Iterator[Connection]:
        """A connection for a hot read of one or two statements written in SQL (search, the
        client card, the chart's first page): no Session, no ORM, no transaction (issue 9).

        Each statement reads its own snapshot, as :meth:`reading` gives on PostgreSQL: on
        SQLite a statement outside BEGIN is its own read transaction, so a single statement
        is as consistent as in a deferred transaction, minus the BEGIN and ROLLBACK. Not for
        reads that must agree across statements (``reading(consistent=True)``).
        """
        if self.dialect != "postgresql":
            # A read that began no transaction leaves nothing to roll back.
            with self._read_engine.connect() as conn:
                yield conn
            return
        with (
            _refusals_explained(retry_safe=self._retry_safe(True)),
            self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn,
        ):
            yield conn

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def run_with_one_retry(work: Callable[[], T], begin_attempt: Callable[[], None], *,
                       on_retry: Callable[[str], None] | None = None) -> T:
    """``work`` once, and once more after a :class:`ConnectionLost` that says a retry is
    safe (see :meth:`Database.run_action`). ``begin_attempt`` runs before each attempt; the
    command line passes its own, as its database is opened inside the first attempt."""
    begin_attempt()
    try:
        return work()
    except ConnectionLost as lost:
        if not lost.retry_safe:
            raise
        if on_retry is not None:
            on_retry(_("The connection to the server was lost; trying again."))
    begin_attempt()
    return work()


@contextmanager
def _refusals_explained(*, retry_safe: bool = False) -> Iterator[None]:
    """The server's own "permission denied" (its grants, row-level security or stamping
    triggers refusing a staff role) as one sentence, like the program's own check; a lost
    connection as :class:`ConnectionLost`, saying whether the action may be run again."""
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
                # Not "nothing was saved": a COMMIT may have reached the server before the
                # connection went; only the writes that carry their own id know for sure.
                _("The connection to the database server was lost before this step was "
                  "confirmed; check the network, then try again."),
                detail=str(exc.orig),
                retry_safe=retry_safe,
            ) from exc
        raise


def _interruption_is_a_disconnect(context: ExceptionContext) -> None:
    """A backend terminated while pg_trgm compiles a search pattern for its index answers
    "invalid regular expression: operation cancelled" (SQLSTATE 2201B): the regex library
    stops with REG_CANCEL, and pg_trgm, unlike the core regex functions, reports that as a bad
    pattern, then the server ends the connection, often before the driver has noticed. The
    search box's patterns are built from folded [a-z0-9] words and are always valid, so this
    is the lost connection it is: SQLAlchemy throws the connection away instead of pooling a
    dead one, and the unit of work reports (and may retry) it as such."""
    error = context.original_exception
    if (getattr(error, "sqlstate", None) == _INVALID_REGULAR_EXPRESSION
            and "operation cancelled" in str(error)):
        context.is_disconnect = True


_INSUFFICIENT_PRIVILEGE = "42501"
_INVALID_REGULAR_EXPRESSION = "2201B"
# admin_shutdown (a terminated backend), crash_shutdown, cannot_connect_now, connection errors
_CONNECTION_LOST = frozenset({"57P01", "57P02", "57P03", "08000", "08003", "08006"})

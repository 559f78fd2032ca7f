"""Errors a person can act on.

Every failure that reaches a user (GUI banner or command line) is a :class:`UserFacingError`
whose message is one plain sentence saying what happened and what to do. Anything else is a
bug and is shown as "unexpected error" with details one click away.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An error whose message is fit to show to the person at the keyboard."""

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class DatabaseOpenError(UserFacingError):
    """The database could not be opened or used (address, network, file, schema)."""


class ServerUnreachableError(DatabaseOpenError):
    """The database server did not answer; trying again later may well work."""


class ConnectionLost(ServerUnreachableError):
    """The server connection broke in the middle of an action (nothing of it was saved).

    ``retry_safe`` is True when running the whole action again cannot do anything twice: the
    unit of work that broke only read, or its write carries a client-generated id (a retry
    finds the first attempt), and no other write of the action had committed before it.
    """

    def __init__(self, message: str, *, detail: str | None = None,
                 retry_safe: bool = False) -> None:
        super().__init__(message, detail=detail)
        self.retry_safe = retry_safe


class PasswordRefusedError(DatabaseOpenError):
    """The database server refused the password (ask for it again)."""


class SchemaTooNewError(DatabaseOpenError):
    """The database was migrated by a newer VetDesk than this one."""


class ReadOnlyDatabaseError(DatabaseOpenError):
    """The database can only be read (damaged or write-protected file)."""


class CredentialStoreUnavailable(UserFacingError):
    """No OS keyring backend is available to hold the database password."""


class PermissionDenied(UserFacingError):
    """The signed-in user's role does not allow this action."""


class AuthenticationFailed(UserFacingError):
    """Wrong username or password (deliberately vague about which)."""


class AccountDeactivated(AuthenticationFailed):
    """The password was right but the account is deactivated (PostgreSQL: NOLOGIN)."""


class AccountLocked(AuthenticationFailed):
    """Too many wrong passwords for one username (SQLite's throttle)."""


class ValidationError(UserFacingError):
    """Input that breaks a rule; ``field_errors`` maps field name to message.

    Usually the message says the problem and a field's message is the form's short mark
    next to that field ("Required."). ``summary`` says the message only sums the problems
    up ("Some fields cannot be saved; correct them."), so where there is no form (the
    command line) each field's message must be said too.
    """

    def __init__(self, message: str, field_errors: dict[str, str] | None = None, *,
                 summary: bool = False) -> None:
        super().__init__(message)
        self.field_errors = dict(field_errors or {})
        self.summary = summary


class NotFound(UserFacingError):
    """The record asked for does not exist (or was erased)."""


class ConflictError(UserFacingError):
    """Another workstation changed the record since it was loaded."""

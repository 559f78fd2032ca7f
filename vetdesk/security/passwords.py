"""Password hashing with argon2id (argon2-cffi's defaults follow RFC 9106's recommendation)."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from vetdesk.i18n import _

_HASHER = PasswordHasher()
MIN_PASSWORD_LENGTH = 8



@cache
def _dummy_hash() -> str:
    """A real hash of a random string: verifying against it when the user does not exist makes
    an unknown username take as long as a wrong password, so timing does not reveal accounts.
    Made on first use, not at import, so starting the program does not pay for it."""
    return _HASHER.hash("not-a-real-password-3f9a1c")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _HASHER.check_needs_rehash(stored_hash)


def password_problem(password: str) -> str | None:
    """Why a new password is not acceptable, or ``None``."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return _("The password must have at least {count} characters.").format(
            count=MIN_PASSWORD_LENGTH)
    if password.strip() != password:
        return _("The password must not start or end with a space.")
    return None

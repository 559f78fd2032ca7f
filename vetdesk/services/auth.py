"""Sign-in, sign-out and the idle lock (accounts themselves: vetdesk/services/staff)."""

from __future__ import annotations

import datetime as dt
import math
import re

from sqlalchemy import select, text
from sqlalchemy.orm import undefer_group

from vetdesk.db.models import SigninThrottle, User
from vetdesk.db.security import naming
from vetdesk.domain.codes import AuditAction, Role
from vetdesk.errors import (
    AccountDeactivated,
    AccountLocked,
    AuthenticationFailed,
    PasswordRefusedError,
)
from vetdesk.i18n import _
from vetdesk.security.passwords import hash_password, needs_rehash, verify_password
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MAX_SIGNIN_DELAY_SECONDS = 30.0


LOCK_AFTER_FAILURES = 10
LOCK_DURATION = dt.timedelta(minutes=15)


def signin_delay(failed_attempts: int) -> float:
    """Seconds to wait after the n-th consecutive failure: 1, 2, 4, ... up to 30."""
    if failed_attempts <= 0:
        return 0.0
    return float(min(2 ** (failed_attempts - 1), MAX_SIGNIN_DELAY_SECONDS))


def sign_in(ctx: ServiceContext, username: str, password: str) -> Actor:
    """Check who is at the keyboard.

    PostgreSQL: the server checks the password, by connecting as the person's own login role
    (its auth_delay slows every wrong guess, whoever makes it); a database opened for staff
    sign-in then works as that role until sign-out. SQLite: the program checks the argon2
    hash, and failures are throttled per typed username in the file itself.
    """
    if ctx.db.dialect == "postgresql":
        return _server_sign_in(ctx, username, password, success=AuditAction.SIGN_IN)
    return _check_password(ctx, username, password, success=AuditAction.SIGN_IN)


def _wrong() -> AuthenticationFailed:
    return AuthenticationFailed(_("The username or password is wrong; check them and try again."))


def login_role_for(ctx: ServiceContext, username: str) -> str:
    return naming.login_role(ctx.db.target.url.database or "", username)


def _server_sign_in(
    ctx: ServiceContext, username: str, password: str, *, success: AuditAction
) -> Actor:
    username = username.strip().lower()
    if not _USERNAME.match(username):
        raise _wrong()
    role = login_role_for(ctx, username)
    try:
        if ctx.db.signs_in_as_staff and success is AuditAction.SIGN_IN:
            ctx.db.connect_as(role, password)
        else:
            ctx.db.check_login(role, password)
    except PasswordRefusedError as exc:
        # The server logs the failure; a role that does not exist is refused the same way.
        if success is AuditAction.UNLOCK:
            # The locked session is still open as this person: the log gets the attempt too.
            with ctx.db.transaction() as session:
                audit.record(session, ctx, None, AuditAction.SIGN_IN_FAILED,
                             entity_type="user", username=username,
                             details={"reason": "wrong password", "while": success.value})
        raise _wrong() from exc
    with ctx.db.transaction() as session:
        user = session.execute(select(User).where(User.login_role == role)).scalar_one_or_none()
        if user is None or not user.active:
            raise _wrong()
        if success is AuditAction.SIGN_IN:
            session.execute(text("SELECT vetdesk_signed_in(:id)"), {"id": user.id})
        actor = actor_for(user)
        audit.record(session, ctx, actor, success, entity_type="user", entity_id=user.id)
        return actor


def _check_password(
    ctx: ServiceContext, username: str, password: str, *, success: AuditAction
) -> Actor:
    """The password check shared by signing in and unlocking; ``success`` is what is logged.

    The throttle row of the typed username (known or not, so both take the same time) is read
    under SQLite's write lock: a guess made before ``not_before`` is refused unchecked, so
    processes guessing in parallel learn nothing faster than one would.
    """
    username = username.strip().lower()
    key = username[:64]
    now = ctx.clock.now()
    wait = 0.0
    reason = ""
    with ctx.db.transaction() as session:
        throttle = session.get(SigninThrottle, key)
        refusal = _throttled(throttle, now)
        if refusal is not None:
            audit.record(session, ctx, None, AuditAction.SIGN_IN_FAILED, entity_type="user",
                         username=key, details={"reason": "throttled", "while": success.value})
        else:
            user = session.execute(
                select(User).options(undefer_group("credentials")).where(User.username == username)
            ).scalar_one_or_none()
            ok = verify_password(user.password_hash if user else None, password)
            if user is not None and ok and user.active:
                if throttle is not None:
                    session.delete(throttle)
                user.failed_signins = 0
                user.last_signin_at = now
                if user.password_hash and needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                actor = actor_for(user)
                audit.record(session, ctx, actor, success, entity_type="user", entity_id=user.id)
                return actor
            if throttle is None:
                throttle = SigninThrottle(username=key, failures=0, not_before=now)
                session.add(throttle)
            throttle.failures += 1
            wait = signin_delay(throttle.failures)
            throttle.not_before = now + dt.timedelta(seconds=wait)
            if throttle.failures >= LOCK_AFTER_FAILURES:
                throttle.locked_until = now + LOCK_DURATION
            reason = "unknown user"
            if user is not None:
                user.failed_signins += 1
                user.last_failed_signin_at = now
                reason = "inactive account" if ok else "wrong password"
            audit.record(
                session, ctx, None, AuditAction.SIGN_IN_FAILED, entity_type="user",
                entity_id=user.id if user else None, username=key,
                details={"reason": reason, "while": success.value},
            )
    if refusal is not None:
        raise refusal
    # Wait after committing, so the failure is on record even if the window is closed.
    ctx.sleep(wait)
    if reason == "inactive account":
        # Only said to someone who knew the password, as the server does (NOLOGIN).
        raise AccountDeactivated(_("This account is deactivated; ask the clinic's administrator."))
    raise _wrong()


def _throttled(throttle: SigninThrottle | None, now: dt.datetime) -> AuthenticationFailed | None:
    if throttle is None:
        return None
    if throttle.locked_until is not None and throttle.locked_until > now:
        minutes = max(1, math.ceil((throttle.locked_until - now).total_seconds() / 60))
        return AccountLocked(_(
            "Too many wrong passwords for this username: sign-in is locked for {minutes} more "
            "minutes, or until an administrator sets a new password."
        ).format(minutes=minutes))
    if throttle.not_before > now:
        seconds = max(1, math.ceil((throttle.not_before - now).total_seconds()))
        return AuthenticationFailed(_(
            "Wait {seconds} seconds before trying again: the last password for this username "
            "was wrong."
        ).format(seconds=seconds))
    return None


def sign_out(ctx: ServiceContext, actor: Actor) -> None:
    with ctx.db.transaction() as session:
        audit.record(
            session, ctx, actor, AuditAction.SIGN_OUT, entity_type="user", entity_id=actor.user_id
        )


def lock(ctx: ServiceContext, actor: Actor, *, idle_minutes: int) -> None:
    with ctx.db.transaction() as session:
        audit.record(
            session,
            ctx,
            actor,
            AuditAction.LOCK,
            entity_type="user",
            entity_id=actor.user_id,
            details={"idle_minutes": idle_minutes},
        )


def unlock(ctx: ServiceContext, actor: Actor, password: str) -> Actor:
    """Re-enter the password after the idle lock; logged as an unlock, failures as failures."""
    if ctx.db.dialect == "postgresql":
        return _server_sign_in(ctx, actor.username, password, success=AuditAction.UNLOCK)
    return _check_password(ctx, actor.username, password, success=AuditAction.UNLOCK)


def actor_for(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        hpr_number=user.hpr_number,
    )

"""Sign-in, sign-out, the idle lock, and user accounts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vetdesk.db.models import User
from vetdesk.domain.codes import AuditAction, Role
from vetdesk.errors import AuthenticationFailed, ValidationError
from vetdesk.i18n import _
from vetdesk.security.passwords import (
    hash_password,
    needs_rehash,
    password_problem,
    verify_password,
)
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
_HPR = re.compile(r"^\d{7,9}$")
MAX_SIGNIN_DELAY_SECONDS = 30.0


@dataclass(frozen=True)
class UserSummary:
    id: int
    username: str
    full_name: str
    role: Role
    hpr_number: str | None
    active: bool


def signin_delay(failed_attempts: int) -> float:
    """Seconds to wait after the n-th consecutive failure: 1, 2, 4, ... up to 30."""
    if failed_attempts <= 0:
        return 0.0
    return float(min(2 ** (failed_attempts - 1), MAX_SIGNIN_DELAY_SECONDS))


def sign_in(ctx: ServiceContext, username: str, password: str) -> Actor:
    """Check the password; failures are logged and answered more slowly each time."""
    return _check_password(ctx, username, password, success=AuditAction.SIGN_IN)


def _check_password(
    ctx: ServiceContext, username: str, password: str, *, success: AuditAction
) -> Actor:
    """The password check shared by signing in and unlocking; ``success`` is what is logged."""
    username = username.strip().lower()
    with ctx.db.transaction() as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
        ok = verify_password(user.password_hash if user else None, password)
        if user is not None and ok and user.active:
            user.failed_signins = 0
            user.last_signin_at = ctx.clock.now()
            if needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            actor = actor_for(user)
            audit.record(session, ctx, actor, success, entity_type="user", entity_id=user.id)
            return actor
        failures = 1
        reason = "unknown user"
        if user is not None:
            user.failed_signins += 1
            user.last_failed_signin_at = ctx.clock.now()
            failures = user.failed_signins
            reason = "inactive account" if ok else "wrong password"
        audit.record(
            session,
            ctx,
            None,
            AuditAction.SIGN_IN_FAILED,
            entity_type="user",
            entity_id=user.id if user else None,
            username=username[:64],
            details={"reason": reason, "while": success.value},
        )
    # Wait after committing, so the failure is on record even if the window is closed.
    ctx.sleep(signin_delay(failures))
    raise AuthenticationFailed(_("The username or password is wrong; check them and try again."))


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
    return _check_password(ctx, actor.username, password, success=AuditAction.UNLOCK)


def actor_for(user: User) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        hpr_number=user.hpr_number,
    )


def count_users(session: Session) -> int:
    return session.execute(select(func.count()).select_from(User)).scalar_one()


def validate_new_user(
    username: str, full_name: str, role: str, password: str, hpr_number: str | None
) -> dict[str, str]:
    """Field name → what to fix, for every problem at once."""
    problems: dict[str, str] = {}
    if not _USERNAME.match(username):
        problems["username"] = (
            _("Use 2-64 lower-case letters, digits, dots, dashes or underscores, starting with a "
            "letter or digit.")
        )
    if not full_name.strip():
        problems["full_name"] = _("Enter the person's full name.")
    if role not in {r.value for r in Role}:
        problems["role"] = _("Choose one of: ") + ", ".join(r.value for r in Role) + "."
    if (problem := password_problem(password)) is not None:
        problems["password"] = problem
    if hpr_number and not _HPR.match(hpr_number):
        problems["hpr_number"] = _("An HPR number has 7 to 9 digits.")
    if role == Role.VETERINARIAN.value and not hpr_number:
        problems["hpr_number"] = _("A veterinarian needs an HPR number (it goes on prescriptions).")
    return problems


def create_user(
    session: Session,
    ctx: ServiceContext,
    actor: Actor | None,
    *,
    username: str,
    full_name: str,
    role: Role | str,
    password: str,
    hpr_number: str | None = None,
    email: str | None = None,
) -> User:
    """Insert a user inside an open transaction (shared by set-up, demo and ``add_user``)."""
    username = username.strip().lower()
    role_value = role.value if isinstance(role, Role) else role
    hpr_number = (hpr_number or "").strip() or None
    problems = validate_new_user(username, full_name, role_value, password, hpr_number)
    taken = session.execute(select(User.id).where(User.username == username)).first()
    if taken is not None:
        problems["username"] = _("The username “{username}” is taken; choose another.").format(
            username=username)
    if problems:
        raise ValidationError(" ".join(problems.values()), problems)
    user = User(
        username=username,
        full_name=full_name.strip(),
        role=role_value,
        hpr_number=hpr_number,
        email=email,
        password_hash=hash_password(password),
        active=True,
        failed_signins=0,
        created_at=ctx.clock.now(),
    )
    session.add(user)
    session.flush()
    audit.record(
        session,
        ctx,
        actor,
        AuditAction.CREATE,
        entity_type="user",
        entity_id=user.id,
        username=username,
        details={"username": username, "role": role_value},
    )
    return user


def add_user(
    ctx: ServiceContext,
    actor: Actor | None,
    *,
    username: str,
    full_name: str,
    role: Role | str,
    password: str,
    hpr_number: str | None = None,
) -> UserSummary:
    """Add a user. The first user of a database needs no actor; later ones need an admin."""
    with ctx.db.transaction() as session:
        if count_users(session) > 0:
            if actor is None:
                raise AuthenticationFailed(
                    _("This database already has users: sign in as an administrator "
                    "(--user NAME) to add another.")
                )
            require(actor, Permission.MANAGE_USERS)
        elif str(role) != Role.ADMINISTRATOR.value:
            raise ValidationError(
                _("The first user of a database must be an administrator (--role administrator)."),
                {"role": _("The first user must be an administrator.")},
            )
        user = create_user(
            session,
            ctx,
            actor,
            username=username,
            full_name=full_name,
            role=role,
            password=password,
            hpr_number=hpr_number,
        )
        return _summary(user)


def list_users(ctx: ServiceContext, actor: Actor) -> list[UserSummary]:
    require(actor, Permission.MANAGE_USERS)
    with ctx.db.reading() as session:
        users = session.execute(select(User).order_by(User.full_name)).scalars()
        return [_summary(user) for user in users]


def _summary(user: User) -> UserSummary:
    return UserSummary(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        hpr_number=user.hpr_number,
        active=user.active,
    )

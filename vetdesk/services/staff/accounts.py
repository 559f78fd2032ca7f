"""User accounts: add, list, change role, edit, deactivate, reactivate, reset the password.

On PostgreSQL each person is a login role in their VetDesk role's group, and every change
goes through an owner-defined SECURITY DEFINER function (vetdesk/db/security/functions.py)
that checks the caller, changes the role and writes its own audit row, so staff roles need
no CREATEROLE and a password only ever travels as a SCRAM verifier. On SQLite the program
keeps an argon2 hash and checks the same rules itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from vetdesk.db.models import SigninThrottle, User
from vetdesk.db.security import naming
from vetdesk.domain.client_rules import check_email
from vetdesk.domain.codes import AuditAction, Role
from vetdesk.errors import (
    AuthenticationFailed,
    DatabaseOpenError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from vetdesk.i18n import _
from vetdesk.security.passwords import hash_password, password_problem
from vetdesk.security.scram import scram_verifier
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
_HPR = re.compile(r"^\d{7,9}$")


@dataclass(frozen=True)
class UserSummary:
    id: int
    username: str
    full_name: str
    role: Role
    hpr_number: str | None
    email: str | None
    active: bool
    last_signin_at: dt.datetime | None
    login_role: str | None  # the PostgreSQL login role; None on SQLite


def _summary(user: User) -> UserSummary:
    return UserSummary(
        id=user.id, username=user.username, full_name=user.full_name, role=Role(user.role),
        hpr_number=user.hpr_number, email=user.email, active=user.active,
        last_signin_at=user.last_signin_at, login_role=user.login_role,
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
    elif username in naming.RESERVED_USERNAMES:
        problems["username"] = _("“{username}” names a role; choose a person's username.").format(
            username=username)
    problems.update(_profile_problems(full_name, role, hpr_number))
    if (problem := password_problem(password)) is not None:
        problems["password"] = problem
    return problems


def validate_profile(
    full_name: str, role: str, hpr_number: str | None, email: str | None = None
) -> dict[str, str]:
    """Field name → what to fix, for a person's name, role, HPR number and e-mail."""
    problems = _profile_problems(full_name, role, hpr_number)
    if email and (problem := check_email(email)[0]) is not None:
        problems["email"] = problem
    return problems


def _profile_problems(full_name: str, role: str, hpr_number: str | None) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not full_name.strip():
        problems["full_name"] = _("Enter the person's full name.")
    elif len(full_name.strip()) > 200:
        problems["full_name"] = _("A name has at most 200 characters.")
    if role not in {r.value for r in Role}:
        problems["role"] = _("Choose one of: ") + ", ".join(r.value for r in Role) + "."
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
    """Add a user inside an open transaction (shared by set-up, demo and ``add_user``)."""
    username = username.strip().lower()
    role_value = role.value if isinstance(role, Role) else role
    hpr_number = (hpr_number or "").strip() or None
    full_name = full_name.strip()
    problems = validate_new_user(username, full_name, role_value, password, hpr_number)
    email = (email or "").strip() or None
    if email and (problem := check_email(email)[0]) is not None:
        problems["email"] = problem
    taken = session.execute(select(User.id).where(User.username == username)).first()
    if taken is not None:
        problems["username"] = _("The username “{username}” is taken; choose another.").format(
            username=username)
    if ctx.db.dialect == "postgresql" and "username" not in problems:
        login = naming.login_role(ctx.db.target.url.database or "", username)
        if login == naming.STAFF_ROLE:
            problems["username"] = _("“{username}” names a role; choose a person's username.")\
                .format(username=username)
        elif len(login.encode()) > naming.MAX_ROLE_NAME_LENGTH:
            problems["username"] = _("Choose a shorter username (the server allows {count} "
                                     "characters with the database's name).").format(
                count=naming.MAX_ROLE_NAME_LENGTH)
    if problems:
        raise ValidationError(" ".join(problems.values()), problems)
    if ctx.db.dialect == "postgresql":
        user_id = _server_call(session, "SELECT vetdesk_create_user(:u, :n, :r, :h, :e, :v, :w)", {
            "u": username, "n": full_name, "r": role_value, "h": hpr_number, "e": email,
            "v": scram_verifier(password), "w": ctx.workstation[:100],
        }, username=username)
        return session.execute(select(User).where(User.id == user_id)).scalar_one()
    user = User(
        username=username, full_name=full_name, role=role_value, hpr_number=hpr_number,
        email=email, password_hash=hash_password(password), active=True, failed_signins=0,
        created_at=ctx.clock.now(),
    )
    session.add(user)
    session.flush()
    audit.record(
        session, ctx, actor, AuditAction.CREATE, entity_type="user", entity_id=user.id,
        username=username, details={"username": username, "role": role_value},
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
    email: str | None = None,
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
            session, ctx, actor, username=username, full_name=full_name, role=role,
            password=password, hpr_number=hpr_number, email=email,
        )
        return _summary(user)


def list_users(ctx: ServiceContext, actor: Actor) -> list[UserSummary]:
    require(actor, Permission.MANAGE_USERS)
    with ctx.db.reading() as session:
        users = session.execute(select(User).order_by(User.full_name, User.id)).scalars()
        return [_summary(user) for user in users]


def change_role(
    ctx: ServiceContext, actor: Actor, user_id: int, role: Role, *,
    hpr_number: str | None = None,
) -> UserSummary:
    """Move a person to exactly one other role (a veterinarian needs an HPR number)."""
    require(actor, Permission.MANAGE_USERS)
    role = Role(role)
    with ctx.db.transaction() as session:
        user = _target(session, user_id)
        if user.id == actor.user_id:
            raise PermissionDenied(_("Nobody changes their own role; ask another administrator."))
        hpr = (hpr_number or "").strip() or user.hpr_number
        problems = _profile_problems(user.full_name, role.value, hpr)
        if problems:
            raise ValidationError(" ".join(problems.values()), problems)
        if user.role == Role.ADMINISTRATOR.value and role is not Role.ADMINISTRATOR:
            _refuse_last_administrator(session, user)
        previous = user.role
        if ctx.db.dialect == "postgresql":
            _server_call(session, "SELECT vetdesk_change_role(:i, :r, :h, :w)", {
                "i": user.id, "r": role.value, "h": hpr, "w": ctx.workstation[:100]})
            session.expire(user)
        else:
            user.role, user.hpr_number = role.value, hpr
            audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="user",
                         entity_id=user.id,
                         details={"role": role.value, "previous_role": previous})
        return _summary(_target(session, user_id))


def update_profile(
    ctx: ServiceContext, actor: Actor, user_id: int, *, full_name: str,
    hpr_number: str | None, email: str | None,
) -> UserSummary:
    require(actor, Permission.MANAGE_USERS)
    full_name = full_name.strip()
    hpr = (hpr_number or "").strip() or None
    email = (email or "").strip() or None
    with ctx.db.transaction() as session:
        user = _target(session, user_id)
        problems = validate_profile(full_name, user.role, hpr, email)
        if problems:
            raise ValidationError(" ".join(problems.values()), problems)
        if ctx.db.dialect == "postgresql":
            _server_call(session, "SELECT vetdesk_update_profile(:i, :n, :h, :e, :w)", {
                "i": user.id, "n": full_name, "h": hpr, "e": email, "w": ctx.workstation[:100]})
            session.expire(user)
        else:
            user.full_name, user.hpr_number, user.email = full_name, hpr, email
            audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="user",
                         entity_id=user.id, details={"fields": "full_name,hpr_number,email"})
        return _summary(_target(session, user_id))


def deactivate_user(ctx: ServiceContext, actor: Actor, user_id: int) -> UserSummary:
    """The person can no longer sign in, and on PostgreSQL their open sessions end at once;
    the account and everything it did stay."""
    return _set_active(ctx, actor, user_id, active=False)


def reactivate_user(ctx: ServiceContext, actor: Actor, user_id: int) -> UserSummary:
    return _set_active(ctx, actor, user_id, active=True)


def _set_active(ctx: ServiceContext, actor: Actor, user_id: int, *, active: bool) -> UserSummary:
    require(actor, Permission.MANAGE_USERS)
    with ctx.db.transaction() as session:
        user = _target(session, user_id)
        if not active and user.id == actor.user_id:
            raise PermissionDenied(_("Nobody deactivates their own account; ask another "
                                     "administrator."))
        if not active and user.role == Role.ADMINISTRATOR.value:
            _refuse_last_administrator(session, user)
        if ctx.db.dialect == "postgresql":
            _server_call(session, "SELECT vetdesk_set_active(:i, :a, :w)", {
                "i": user.id, "a": active, "w": ctx.workstation[:100]})
            session.expire(user)
        else:
            user.active = active
            audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="user",
                         entity_id=user.id, details={"active": "yes" if active else "no"})
        return _summary(_target(session, user_id))


def reset_password(ctx: ServiceContext, actor: Actor, user_id: int, new_password: str) -> None:
    """Set a new password (the person should change it); lifts a sign-in lock."""
    require(actor, Permission.MANAGE_USERS)
    if (problem := password_problem(new_password)) is not None:
        raise ValidationError(problem, {"password": problem})
    with ctx.db.transaction() as session:
        user = _target(session, user_id)
        if ctx.db.dialect == "postgresql":
            _server_call(session, "SELECT vetdesk_set_password(:i, :v, :w)", {
                "i": user.id, "v": scram_verifier(new_password), "w": ctx.workstation[:100]})
            return
        user.password_hash = hash_password(new_password)
        session.execute(delete(SigninThrottle).where(SigninThrottle.username == user.username))
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="user",
                     entity_id=user.id, details={"password": "reset"})


def _target(session: Session, user_id: int) -> User:
    user = session.execute(select(User).where(User.id == user_id)).scalar_one_or_none()
    if user is None:
        raise NotFound(_("That user no longer exists; reload the list."))
    return user


def _refuse_last_administrator(session: Session, user: User) -> None:
    others = session.execute(
        select(func.count()).select_from(User).where(
            User.role == Role.ADMINISTRATOR.value, User.active, User.id != user.id)
    ).scalar_one()
    if others == 0:
        raise ValidationError(
            _("{name} is the only active administrator; make someone else administrator "
              "first.").format(name=user.full_name),
            {"role": _("The clinic needs at least one active administrator.")},
        )


def _server_call(
    session: Session, statement: str, params: Mapping[str, Any], *, username: str = ""
) -> Any:
    """Run one of the owner's user functions; its refusals become one sentence each."""
    try:
        return session.execute(text(statement), dict(params)).scalar()
    except DBAPIError as exc:
        raise _explain(exc, username) from exc


def _explain(exc: DBAPIError, username: str) -> Exception:
    code = getattr(exc.orig, "sqlstate", None)
    message = str(exc.orig or exc).lower()
    if code == "42710" or "already exists" in message:  # duplicate_object
        return ValidationError(
            _("The server already has a role for “{username}” (left from an earlier database?); "
              "choose another username or ask the server's administrator.").format(
                username=username),
            {"username": _("This username is taken on the server.")},
        )
    if code == "42501" and "create role" in message:
        return DatabaseOpenError(_(
            "The database's owner may not create roles on this server; the server's "
            "administrator must give it CREATEROLE before users can be added."
        ), detail=str(exc))
    if code == "42501":
        return PermissionDenied(_(
            "The database refused: only an administrator manages user accounts."
        ), detail=str(exc))
    return exc

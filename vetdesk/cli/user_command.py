"""``vetdesk user list | add | role | deactivate | reactivate | password``: the administrator's
user work from a terminal, through the same staff service as Settings → Users.

Each action prints one sentence; a refusal (a rule, a permission, an unknown name) is one
sentence on standard error with exit code 2 (see vetdesk/cli/__init__.py).
"""

from __future__ import annotations

import argparse
from typing import Any

from vetdesk.cli.environment import CliEnvironment, read_secret
from vetdesk.domain.codes import Role
from vetdesk.errors import NotFound, ValidationError
from vetdesk.security.passwords import password_problem
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.staff import accounts
from vetdesk.services.staff.accounts import UserSummary

_ROLES = [role.value for role in Role]


def register(subparsers: Any) -> None:
    user = subparsers.add_parser("user", help="manage the people who sign in")
    actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="list the users (administrator)")
    listing.set_defaults(func=run_list)

    add = actions.add_parser(
        "add",
        help="add a user; the password is read from standard input",
        description="Add a user. The first user of a database needs no --user and must be an "
        "administrator; later users are added by an administrator. The password is read from "
        "standard input, or asked for twice in a terminal.",
    )
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=_ROLES)
    add.add_argument("--name", required=True, help="full name as printed on documents")
    add.add_argument("--hpr", help="HPR number (required for veterinarians)")
    add.add_argument("--email", help="e-mail address")
    add.set_defaults(func=run_add)

    role = actions.add_parser(
        "role", help="give a user another role (administrator)",
        description="Move a user to another role. A veterinarian needs an HPR number; nobody "
        "changes their own role, and the last active administrator stays one.",
    )
    role.add_argument("username")
    role.add_argument("role", choices=_ROLES)
    role.add_argument("--hpr", help="HPR number (needed to become a veterinarian)")
    role.set_defaults(func=run_role)

    deactivate = actions.add_parser(
        "deactivate", help="stop a user signing in; their history is kept (administrator)",
        description="The user can no longer sign in, from now on (on PostgreSQL their open "
        "sessions end at once). Their records and history are kept; reactivate to undo.",
    )
    deactivate.add_argument("username")
    deactivate.set_defaults(func=run_deactivate)

    reactivate = actions.add_parser(
        "reactivate", help="let a deactivated user sign in again (administrator)")
    reactivate.add_argument("username")
    reactivate.set_defaults(func=run_reactivate)

    password = actions.add_parser(
        "password", help="give a user a new password (administrator)",
        description="The new password is read from standard input, or asked for twice in a "
        "terminal.",
    )
    password.add_argument("username")
    password.set_defaults(func=run_password)


def _administrator(env: CliEnvironment) -> tuple[ServiceContext, Actor]:
    actor = env.actor()
    assert actor is not None  # required=True raises instead
    return env.context(), actor


def _find(ctx: ServiceContext, actor: Actor, username: str) -> UserSummary:
    wanted = username.strip().lower()
    for user in accounts.list_users(ctx, actor):
        if user.username == wanted:
            return user
    raise NotFound(f"No user is called “{wanted}”; “vetdesk user list” shows who there is.")


def _who(user: UserSummary) -> str:
    return f"{user.full_name} ({user.username})"


def _new_password(env: CliEnvironment, username: str) -> str:
    password = read_secret(env, f"New password for {username}: ")
    if (problem := password_problem(password)) is not None:
        raise ValidationError(problem, {"password": problem})
    return password


def run_list(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _administrator(env)
    for user in accounts.list_users(ctx, actor):
        state = "" if user.active else "  (inactive)"
        hpr = f"  HPR {user.hpr_number}" if user.hpr_number else ""
        print(
            f"{user.username:<16} {user.role.label:<18} {user.full_name}{hpr}{state}", file=env.out
        )
    return 0


def run_add(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor(required=False)
    password = _new_password(env, args.username)
    user = accounts.add_user(
        ctx, actor, username=args.username, full_name=args.name, role=args.role,
        password=password, hpr_number=args.hpr, email=args.email,
    )
    print(f"Added {user.full_name} as {user.username} ({user.role.label}).", file=env.out)
    return 0


def run_role(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _administrator(env)
    user = _find(ctx, actor, args.username)
    role = Role(args.role)
    if user.role is role and not args.hpr:
        print(f"{_who(user)} already works as {role.label}; nothing changed.", file=env.out)
        return 0
    changed = accounts.change_role(ctx, actor, user.id, role, hpr_number=args.hpr)
    hpr = f" (HPR {changed.hpr_number})" if changed.role is Role.VETERINARIAN else ""
    print(f"{_who(changed)} now works as {changed.role.label}{hpr}.", file=env.out)
    return 0


def run_deactivate(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _administrator(env)
    user = _find(ctx, actor, args.username)
    if not user.active:
        print(f"{_who(user)} was already deactivated; nothing changed.", file=env.out)
        return 0
    changed = accounts.deactivate_user(ctx, actor, user.id)
    print(f"Deactivated {_who(changed)}: they can no longer sign in; their records and history "
          "are kept.", file=env.out)
    return 0


def run_reactivate(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _administrator(env)
    user = _find(ctx, actor, args.username)
    if user.active:
        print(f"{_who(user)} is active already; nothing changed.", file=env.out)
        return 0
    changed = accounts.reactivate_user(ctx, actor, user.id)
    print(f"Reactivated {_who(changed)}: they can sign in again.", file=env.out)
    return 0


def run_password(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _administrator(env)
    user = _find(ctx, actor, args.username)
    password = _new_password(env, user.username)
    accounts.reset_password(ctx, actor, user.id, password)
    print(f"Set a new password for {_who(user)}; the old one no longer works.", file=env.out)
    return 0

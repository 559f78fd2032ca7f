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
from vetdesk.i18n import _
from vetdesk.security.passwords import password_problem
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.staff import accounts
from vetdesk.services.staff.accounts import UserSummary

_ROLES = [role.value for role in Role]


def register(subparsers: Any) -> None:
    user = subparsers.add_parser("user", help=_("manage the people who sign in"))
    actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help=_("list the users (administrator)"))
    listing.set_defaults(func=run_list)

    add = actions.add_parser(
        "add",
        help=_("add a user; the password is read from standard input"),
        description=_("Add a user. The first user of a database needs no --user and must be an "
                      "administrator; later users are added by an administrator. The password "
                      "is read from standard input, or asked for twice in a terminal."),
    )
    add.add_argument("username", metavar=_("USERNAME"))
    add.add_argument("--role", required=True, choices=_ROLES)
    add.add_argument("--name", required=True, help=_("full name as printed on documents"))
    add.add_argument("--hpr", help=_("HPR number (required for veterinarians)"))
    add.add_argument("--email", help=_("e-mail address"))
    add.set_defaults(func=run_add)

    role = actions.add_parser(
        "role", help=_("give a user another role (administrator)"),
        description=_("Move a user to another role. A veterinarian needs an HPR number; nobody "
                      "changes their own role, and the last active administrator stays one."),
    )
    role.add_argument("username", metavar=_("USERNAME"))
    role.add_argument("role", choices=_ROLES)
    role.add_argument("--hpr", help=_("HPR number (needed to become a veterinarian)"))
    role.set_defaults(func=run_role)

    deactivate = actions.add_parser(
        "deactivate", help=_("stop a user signing in; their history is kept (administrator)"),
        description=_("The user can no longer sign in, from now on (on PostgreSQL their open "
                      "sessions end at once). Their records and history are kept; reactivate "
                      "to undo."),
    )
    deactivate.add_argument("username", metavar=_("USERNAME"))
    deactivate.set_defaults(func=run_deactivate)

    reactivate = actions.add_parser(
        "reactivate", help=_("let a deactivated user sign in again (administrator)"))
    reactivate.add_argument("username", metavar=_("USERNAME"))
    reactivate.set_defaults(func=run_reactivate)

    password = actions.add_parser(
        "password", help=_("give a user a new password (administrator)"),
        description=_("The new password is read from standard input, or asked for twice in a "
                      "terminal."),
    )
    password.add_argument("username", metavar=_("USERNAME"))
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
    raise NotFound(_("No user is called “{username}”; “vetdesk user list” shows who there "
                     "is.").format(username=wanted))


def _who(user: UserSummary) -> str:
    return f"{user.full_name} ({user.username})"


def _new_password(env: CliEnvironment, username: str) -> str:
    password = read_secret(env, _("New password for {username}: ").format(username=username))
    if (problem := password_problem(password)) is not None:
        raise ValidationError(problem, {"password": problem})
    return password


def run_list(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _administrator(env)
    for user in accounts.list_users(ctx, actor):
        state = "" if user.active else "  (" + _("inactive") + ")"
        hpr = f"  HPR {user.hpr_number}" if user.hpr_number else ""
        print(
            f"{user.username:<16} {_(user.role.label):<18} {user.full_name}{hpr}{state}",
            file=env.out,
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
    print(_("Added {name} as {username} ({role}).").format(
        name=user.full_name, username=user.username, role=_(user.role.label)), file=env.out)
    return 0


def run_role(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _administrator(env)
    user = _find(ctx, actor, args.username)
    role = Role(args.role)
    if user.role is role and not args.hpr:
        print(_("{who} already works as {role}; nothing changed.").format(
            who=_who(user), role=_(role.label)), file=env.out)
        return 0
    changed = accounts.change_role(ctx, actor, user.id, role, hpr_number=args.hpr)
    hpr = f" (HPR {changed.hpr_number})" if changed.role is Role.VETERINARIAN else ""
    print(_("{who} now works as {role}{hpr}.").format(
        who=_who(changed), role=_(changed.role.label), hpr=hpr), file=env.out)
    return 0


def run_deactivate(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _administrator(env)
    user = _find(ctx, actor, args.username)
    if not user.active:
        print(_("{who} was already deactivated; nothing changed.").format(who=_who(user)),
              file=env.out)
        return 0
    changed = accounts.deactivate_user(ctx, actor, user.id)
    print(_("Deactivated {who}: they can no longer sign in; their records and history are "
            "kept.").format(who=_who(changed)), file=env.out)
    return 0


def run_reactivate(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _administrator(env)
    user = _find(ctx, actor, args.username)
    if user.active:
        print(_("{who} is active already; nothing changed.").format(who=_who(user)), file=env.out)
        return 0
    changed = accounts.reactivate_user(ctx, actor, user.id)
    print(_("Reactivated {who}: they can sign in again.").format(who=_who(changed)),
          file=env.out)
    return 0


def run_password(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx, actor = _administrator(env)
    user = _find(ctx, actor, args.username)
    password = _new_password(env, user.username)
    accounts.reset_password(ctx, actor, user.id, password)
    print(_("Set a new password for {who}; the old one no longer works.").format(
        who=_who(user)), file=env.out)
    return 0

"""``vetdesk user add USERNAME --role ROLE --name "FULL NAME" [--hpr NUMBER]``."""

from __future__ import annotations

import argparse
from typing import Any

from vetdesk.cli.environment import CliEnvironment, read_secret
from vetdesk.domain.codes import Role
from vetdesk.errors import ValidationError
from vetdesk.security.passwords import password_problem
from vetdesk.services.staff import accounts


def register(subparsers: Any) -> None:
    user = subparsers.add_parser("user", help="manage the people who sign in")
    actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="add a user; the password is read from standard input",
        description="Add a user. The first user of a database needs no --user and must be an "
        "administrator; later users are added by an administrator.",
    )
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.add_argument("--name", required=True, help="full name as printed on documents")
    add.add_argument("--hpr", help="HPR number (required for veterinarians)")
    add.set_defaults(func=run_add)
    listing = actions.add_parser("list", help="list the users (administrator)")
    listing.set_defaults(func=run_list)


def run_add(args: argparse.Namespace, env: CliEnvironment) -> int:
    ctx = env.context()
    actor = env.actor(required=False)
    password = read_secret(env, f"Password for {args.username}: ")
    if (problem := password_problem(password)) is not None:
        raise ValidationError(problem, {"password": problem})
    user = accounts.add_user(
        ctx,
        actor,
        username=args.username,
        full_name=args.name,
        role=args.role,
        password=password,
        hpr_number=args.hpr,
    )
    print(f"Added {user.full_name} as {user.username} ({user.role.label}).", file=env.out)
    return 0


def run_list(args: argparse.Namespace, env: CliEnvironment) -> int:
    actor = env.actor()
    assert actor is not None
    for user in accounts.list_users(env.context(), actor):
        state = "" if user.active else "  (inactive)"
        hpr = f"  HPR {user.hpr_number}" if user.hpr_number else ""
        print(
            f"{user.username:<16} {user.role.label:<18} {user.full_name}{hpr}{state}", file=env.out
        )
    return 0

"""``vetdesk db upgrade`` and ``vetdesk db grant-app-role ROLE``."""

from __future__ import annotations

import argparse
from typing import Any

from vetdesk.cli.environment import CliEnvironment, read_secret
from vetdesk.db import guards, migrate
from vetdesk.db.opening import upgrade_schema
from vetdesk.errors import UserFacingError


def register(subparsers: Any) -> None:
    db = subparsers.add_parser("db", help="create, migrate and secure the database")
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = actions.add_parser("upgrade", help="create or migrate the schema to this version")
    upgrade.set_defaults(func=run_upgrade)
    grant = actions.add_parser(
        "grant-app-role",
        help="(PostgreSQL) create or update the least-privilege role workstations connect as",
    )
    grant.add_argument("role", help="role name, e.g. vetdesk_app")
    grant.add_argument(
        "--password-stdin", action="store_true", help="read the role's new password from stdin"
    )
    grant.set_defaults(func=run_grant)


def run_upgrade(args: argparse.Namespace, env: CliEnvironment) -> int:
    env.leave_schema = True
    db = env.database
    before = migrate.current_revision(db.engine)
    backup = upgrade_schema(db, now=env.context().clock.now())
    after = migrate.current_revision(db.engine)
    if before == after:
        print(f"Database {db.description} is already at schema {after}.", file=env.out)
        return 0
    print(f"Database {db.description} upgraded from {before or 'empty'} to {after}.", file=env.out)
    if backup is not None:
        print(f"A copy from before the upgrade is in {backup}.", file=env.out)
    return 0


def run_grant(args: argparse.Namespace, env: CliEnvironment) -> int:
    db = env.database
    if db.dialect != "postgresql":
        raise UserFacingError(
            "Application roles exist only on PostgreSQL; the local SQLite file needs none."
        )
    try:
        role = guards.validate_role_name(args.role)
    except ValueError as exc:
        raise UserFacingError(str(exc)) from exc
    password = read_secret(env, f"New password for role {role}: ") if args.password_stdin else None
    with db.engine.begin() as conn:
        guards.grant_app_role(conn, role, password)
    print(
        f"Role {role} may now connect to {db.description}: read and write records, but only "
        f"read and add to {', '.join(guards.APPEND_ONLY_TABLES)}.",
        file=env.out,
    )
    return 0

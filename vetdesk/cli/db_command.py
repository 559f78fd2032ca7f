"""``vetdesk db upgrade``: create or migrate the schema, and on PostgreSQL the staff roles."""

from __future__ import annotations

import argparse
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.db import migrate, sqlite_files
from vetdesk.db.engine import parse_target
from vetdesk.db.opening import damaged_file_reason, refuse_a_missing_file, upgrade_schema
from vetdesk.db.security.naming import STAFF_ROLE, group_role
from vetdesk.db.workstation import abandoned_markers, forget_unclean_shutdowns
from vetdesk.domain.codes import Role
from vetdesk.errors import ReadOnlyDatabaseError
from vetdesk.i18n import _
from vetdesk.services.clinic import ClinicDetails, ensure_clinic


def register(subparsers: Any) -> None:
    db = subparsers.add_parser("db", help=_("create, migrate and secure the database"))
    actions = db.add_subparsers(dest="db_command", metavar=_("ACTION"), required=True)
    upgrade = actions.add_parser(
        "upgrade",
        help=_("create or migrate the schema; on PostgreSQL also the staff roles and their grants"),
    )
    upgrade.add_argument(
        "--clinic-name", metavar=_("NAME"),
        help=_("on a new database, the practice's name (its other details are set in Settings)"),
    )
    upgrade.set_defaults(func=run_upgrade)
    check = actions.add_parser(
        "check",
        help=_("check the SQLite file for damage (SQLite's quick_check; it reads the whole file)"),
    )
    check.set_defaults(func=run_check)


def run_upgrade(args: argparse.Namespace, env: CliEnvironment) -> int:
    env.leave_schema = True
    db = env.database
    before = migrate.current_revision(db.engine)
    backup = upgrade_schema(db, now=env.context().clock.now())
    after = migrate.current_revision(db.engine)
    if before == after:
        print(_("Database {database} is already at schema {schema}.").format(
            database=db.description, schema=after), file=env.out)
    elif before is None:
        print(_("Database {database} created at schema {schema}.").format(
            database=db.description, schema=after), file=env.out)
    else:
        print(_("Database {database} upgraded from {old} to {new}.").format(
            database=db.description, old=before, new=after), file=env.out)
    if backup is not None:
        print(_("A copy from before the upgrade is in {path}.").format(path=backup),
              file=env.out)
    if args.clinic_name:
        ensure_clinic(env.context(), ClinicDetails(name=args.clinic_name.strip()))
    if db.dialect == "postgresql":
        name = db.target.url.database or ""
        groups = ", ".join(group_role(name, role) for role in Role)
        print(_(
            "Staff roles are in place: {groups} (all in {staff}). Add people with “vetdesk "
            "user add”; each signs in as their own database role."
        ).format(groups=groups, staff=STAFF_ROLE), file=env.out)
    return 0


def run_check(args: argparse.Namespace, env: CliEnvironment) -> int:
    """The file's integrity check, which opening no longer runs on a healthy file (issue 9):
    0 when it passes, 1 with the reason when the file is damaged."""
    target = parse_target(env.url)
    if not target.is_sqlite:
        print(_("{database} is a PostgreSQL server, which keeps its own files consistent; "
                "there is no file to check. “vetdesk verify” checks the records' hash "
                "chains.").format(database=target.description), file=env.out)
        return 0
    refuse_a_missing_file(target)
    path = target.sqlite_path
    # Sessions that ended without closing, looked for before the check: a session that
    # starts meanwhile holds its own marker's lock and is not among them.
    abandoned = abandoned_markers(path)
    problem = sqlite_files.quick_check(path)
    if problem is None:
        forget_unclean_shutdowns(abandoned)
        print(_("The database file {path} passed the integrity check.").format(path=path),
              file=env.out)
        return 0
    try:
        reason = damaged_file_reason(path, problem)
    except ReadOnlyDatabaseError as exc:
        reason = exc.message
    print(reason, file=env.out)
    return 1

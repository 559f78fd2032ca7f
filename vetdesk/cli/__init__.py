"""The command line: ``vetdesk [--database URL] [--user NAME] COMMAND ...``.

Each command lives in its own module with ``register(subparsers)``; adding a command is one
line in COMMAND_MODULES. Errors meant for people print as one sentence; exit codes: 0 success,
1 the command's own "no" (e.g. verify found a break), 2 bad input or refused, 70 a bug (the
traceback is printed only with VETDESK_DEBUG=1).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

import vetdesk
from vetdesk import __version__, i18n
from vetdesk.cli.environment import CliEnvironment
from vetdesk.cli.files import file_problem
from vetdesk.cli.parser import VetdeskParser
from vetdesk.config import DATABASE_URL_VARIABLE
from vetdesk.errors import UserFacingError, ValidationError
from vetdesk.i18n import _

DEBUG_VARIABLE = "VETDESK_DEBUG"

COMMAND_MODULES: tuple[str, ...] = (
    "vetdesk.cli.db_command",
    "vetdesk.cli.user_command",
    "vetdesk.cli.verify_command",
    "vetdesk.cli.demo_command",
    "vetdesk.cli.journal_command",
    "vetdesk.cli.search_command",
    "vetdesk.cli.import_command",
)


def build_parser() -> argparse.ArgumentParser:
    """The parser in the current language (build it inside ``i18n.language``)."""
    parser = VetdeskParser(
        prog="vetdesk",
        description=_("VetDesk practice management. Without a command, opens the program."),
    )
    parser.add_argument("--version", action="version", version=f"VetDesk {__version__}",
                        help=_("show the version and exit"))
    parser.add_argument(
        "--database",
        metavar="URL",
        help=_("sqlite:///FILE or postgresql+psycopg://USER@HOST/DB (default: ${variable}, "
               "then the local file)").format(variable=DATABASE_URL_VARIABLE),
    )
    parser.add_argument("--user", metavar=_("NAME"), help=_("act as this user (audited)"))
    subparsers = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, env: CliEnvironment | None = None) -> int:
    env = env or CliEnvironment()
    # The help, argparse's errors and our own checks of the arguments (dates, numbers)
    # already speak the terminal's language.
    with i18n.language(i18n.language_from_environment(env.environ)):
        args = build_parser().parse_args(argv)
    env.database_url = args.database
    env.username = args.user
    try:
        if args.command is None:
            from vetdesk.ui.launch import run_app

            return run_app(env.url)
        # A Norwegian terminal gets Norwegian messages; the block restores the language after.
        with i18n.language(i18n.language_from_environment(env.environ)):
            result: int = args.func(args, env)
        return result
    except (Exception, KeyboardInterrupt) as exc:
        with i18n.language(i18n.language_from_environment(env.environ)):
            return _report(exc, env)
    finally:
        env.close()


def _report(exc: BaseException, env: CliEnvironment) -> int:
    """One sentence on standard error for whatever stopped the command, and its exit code."""
    if isinstance(exc, ValidationError):
        print(f"vetdesk: {exc.message}", file=env.err)
        # The messages only: the field keys are the program's identifiers, not words.
        for message in dict.fromkeys(exc.field_errors.values()):
            if message not in exc.message:
                print(f"  {message}", file=env.err)
        return 2
    if isinstance(exc, UserFacingError):
        print(f"vetdesk: {exc.message}", file=env.err)
        return 2
    if isinstance(exc, KeyboardInterrupt):
        print("vetdesk: " + _("interrupted; nothing more was changed."), file=env.err)
        return 130
    if isinstance(exc, OSError) and exc.filename is not None:
        # A file the command was given (or writes) cannot be used: the user's to fix.
        print("vetdesk: " + file_problem(exc), file=env.err)
        return 2
    # A bug: say so plainly; the details only when asked for.
    if env.environ.get(DEBUG_VARIABLE):
        traceback.print_exception(exc, file=env.err)
    print("vetdesk: " + _(
        "something went wrong that VetDesk did not expect ({error}); nothing was saved by the "
        "failing step. Run again with {variable}=1 for the details to send to support."
    ).format(error=unexpected_error_name(exc), variable=DEBUG_VARIABLE), file=env.err)
    return 70


def unexpected_error_name(exc: BaseException) -> str:
    """What a bug report may show without the debug switch: the error's kind and where it
    was raised, never its text. A database error's text holds the SQL and its parameters,
    which are names, phone numbers and journal notes (issue 8)."""
    name = type(exc).__name__
    driver_error = getattr(exc, "orig", None)
    if isinstance(driver_error, BaseException):
        name = f"{name}/{type(driver_error).__name__}"
    package = str(Path(vetdesk.__file__).resolve().parent) + os.sep
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [frame for frame in frames if str(Path(frame.filename).resolve()).startswith(package)]
    if ours:
        where = ours[-1]
        name += f" at {Path(where.filename).name}:{where.lineno}"
    return name


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

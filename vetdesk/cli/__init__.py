"""The command line: ``vetdesk [--database URL] [--user NAME] COMMAND ...``.

Each command lives in its own module with ``register(subparsers)``; adding a command is one
line in COMMAND_MODULES. Only the module of the command on the line is imported: starting the
program imports none of them (issue 9). Errors meant for people print as one sentence; exit
codes: 0 success, 1 the command's own "no" (e.g. verify found a break), 2 bad input or refused,
70 a bug (the traceback is printed only with VETDESK_DEBUG=1).
"""

from __future__ import annotations

import argparse
import contextlib
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
from vetdesk.errors import ConflictError, UserFacingError, ValidationError
from vetdesk.i18n import _
from vetdesk.startup_gc import collector_paused

DEBUG_VARIABLE = "VETDESK_DEBUG"

# Command name -> the module that registers it.
COMMAND_MODULES: dict[str, str] = {
    "db": "vetdesk.cli.db_command",
    "user": "vetdesk.cli.user_command",
    "verify": "vetdesk.cli.verify_command",
    "demo": "vetdesk.cli.demo_command",
    "journal": "vetdesk.cli.journal_command",
    "search": "vetdesk.cli.search_command",
    "import": "vetdesk.cli.import_command",
    "postcodes": "vetdesk.cli.postcodes_command",
    "drugs": "vetdesk.cli.drugs_command",
    "prescriptions": "vetdesk.cli.prescriptions_command",
    "medicine": "vetdesk.cli.medicine_command",
    "referrals": "vetdesk.cli.referrals_command",
    "vetreg": "vetdesk.cli.vetreg_command",
    "settings": "vetdesk.cli.settings_command",
    "messages": "vetdesk.cli.messages_command",
    "appointments": "vetdesk.cli.appointments_command",
    "calendar": "vetdesk.cli.calendar_command",
    "reminders": "vetdesk.cli.reminders_command",
    "privacy": "vetdesk.cli.privacy_command",
}


def _modules_needed(argv: Sequence[str] | None) -> list[str]:
    """The command modules ``argv`` needs: the named command's, none to open the program, and
    all of them (None, help, a mistyped command) where argparse lists them."""
    if argv is None:
        return list(COMMAND_MODULES.values())
    global_options = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    global_options.add_argument("--database")
    global_options.add_argument("--user")
    try:
        _known, rest = global_options.parse_known_args(list(argv))
    except argparse.ArgumentError:
        return list(COMMAND_MODULES.values())
    for word in rest:
        if word in COMMAND_MODULES:
            return [COMMAND_MODULES[word]]
        if not word.startswith("-") or word in ("-h", "--help"):
            return list(COMMAND_MODULES.values())
    return []


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser in the current language (build it inside ``i18n.language``), with the
    commands ``argv`` needs (all of them without it)."""
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
    parser.add_argument(
        "--self-test", action="store_true",
        help=_("start without a screen on a temporary database (or, with --user, on this "
               "database without changing it), time each step and exit"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    for module_name in _modules_needed(argv):
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, env: CliEnvironment | None = None) -> int:
    env = env or CliEnvironment()
    # The help, argparse's errors and our own checks of the arguments (dates, numbers)
    # already speak the terminal's language.
    words = sys.argv[1:] if argv is None else list(argv)
    with i18n.language(i18n.language_from_environment(env.environ)):
        with collector_paused():  # the named command's modules load (vetdesk/startup_gc.py)
            parser = build_parser(words)
        args = parser.parse_args(words)
        if args.self_test and args.command is not None:
            parser.error(_("--self-test runs by itself, without a command"))
    env.database_url = args.database
    env.username = args.user
    try:
        if args.self_test:
            with collector_paused():
                from vetdesk.cli.self_test import run_self_test

            with i18n.language(i18n.language_from_environment(env.environ)):
                return run_self_test(env)
        if args.command is None:
            from vetdesk.ui.launch import run_app

            return run_app(env.url)
        # A Norwegian terminal gets Norwegian messages; the block restores the language after.
        with i18n.language(i18n.language_from_environment(env.environ)):
            # Run as the program runs a user action: once more after a lost connection
            # where that is safe (docs/architecture.md).
            result: int = env.run_action(lambda: args.func(args, env))
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
        for message in field_details(exc):
            print(f"  {message}", file=env.err)
        return 2
    if isinstance(exc, ConflictError):
        # The service's sentence is the screen's ("kept in the form: reload"); say it for a
        # terminal. Loaded only here: a stale save is rare and the start stays light.
        from vetdesk.cli.conflict_words import changed_in_command_words
        from vetdesk.services.conflicts import RecordChangedError

        if isinstance(exc, RecordChangedError):
            exc = changed_in_command_words(exc)
    if isinstance(exc, UserFacingError):
        print(f"vetdesk: {exc.message}", file=env.err)
        return 2
    if isinstance(exc, BrokenPipeError):
        # The reader stopped reading (``vetdesk journal show ... | head``): nothing went
        # wrong, and there is nobody left to tell. Exit as a pipe's writer does.
        _quiet_standard_output(env)
        return 141  # 128 + SIGPIPE (13), what a shell reports for a writer the pipe stopped
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


def field_details(refused: ValidationError) -> list[str]:
    """The field messages worth a line of their own under the headline.

    A single problem is said by the headline: the field's own words are the form's mark
    next to the field ("Required."), which under "Give a reason for the cancellation."
    only repeats it. With several, or under a headline that only sums them up, each one
    the headline does not already hold gets a line. The messages only: the field keys are
    the program's identifiers, not words.
    """
    messages = list(dict.fromkeys(refused.field_errors.values()))
    if len(messages) < 2 and not refused.summary:
        return []
    return [message for message in messages if message not in refused.message]


def _quiet_standard_output(env: CliEnvironment) -> None:
    """Point standard output at /dev/null, so that Python's flush at exit does not meet the
    closed pipe again and print its own complaint."""
    if env.out is sys.stdout:
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


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

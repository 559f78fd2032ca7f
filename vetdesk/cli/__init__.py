"""The command line: ``vetdesk [--database URL] [--user NAME] COMMAND ...``.

Each command lives in its own module with ``register(subparsers)``; adding a command is one
line in COMMAND_MODULES. Errors meant for people print as one sentence; exit codes: 0 success,
1 the command's own "no" (e.g. verify found a break), 2 bad input or refused, 70 a bug (the
traceback is printed only with VETDESK_DEBUG=1).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Sequence

from vetdesk import __version__, i18n
from vetdesk.cli.environment import CliEnvironment
from vetdesk.config import DATABASE_URL_VARIABLE
from vetdesk.errors import UserFacingError, ValidationError

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
    parser = argparse.ArgumentParser(
        prog="vetdesk",
        description="VetDesk practice management. Without a command, opens the program.",
    )
    parser.add_argument("--version", action="version", version=f"VetDesk {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help=f"sqlite:///FILE or postgresql+psycopg://USER@HOST/DB "
        f"(default: ${DATABASE_URL_VARIABLE}, then the local file)",
    )
    parser.add_argument("--user", metavar="NAME", help="act as this user (audited)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, env: CliEnvironment | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    env = env or CliEnvironment()
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
    except ValidationError as exc:
        print(f"vetdesk: {exc.message}", file=env.err)
        for field, message in exc.field_errors.items():
            if message not in exc.message:
                print(f"  {field}: {message}", file=env.err)
        return 2
    except UserFacingError as exc:
        print(f"vetdesk: {exc.message}", file=env.err)
        return 2
    except KeyboardInterrupt:
        print("vetdesk: interrupted; nothing more was changed.", file=env.err)
        return 130
    except Exception as exc:  # a bug: say so plainly; the details only when asked for
        if env.environ.get(DEBUG_VARIABLE):
            traceback.print_exc(file=env.err)
        print(
            f"vetdesk: something went wrong that VetDesk did not expect ({type(exc).__name__}: "
            f"{exc}); nothing was saved by the failing step. Run again with {DEBUG_VARIABLE}=1 "
            "for the details to send to support.",
            file=env.err,
        )
        return 70
    finally:
        env.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

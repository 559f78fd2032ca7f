"""``vetdesk settings list | get KEY | set KEY VALUE | unset KEY``: the clinic's settings
(issue 11)."""

from __future__ import annotations

import argparse
from typing import Any

from vetdesk.cli.environment import CliEnvironment
from vetdesk.i18n import _


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "settings", help=_("the clinic's settings: e-mail, SMS gateway, reminders"))
    actions = parser.add_subparsers(dest="action", required=True, metavar=_("ACTION"))
    listing = actions.add_parser("list", help=_("every setting with its value"))
    listing.set_defaults(func=run_list)
    get = actions.add_parser("get", help=_("print one setting's value"))
    get.add_argument("key", metavar=_("KEY"))
    get.set_defaults(func=run_get)
    put = actions.add_parser("set", help=_("change a setting (practice manager or "
                                           "administrator)"))
    put.add_argument("key", metavar=_("KEY"))
    put.add_argument("value", metavar=_("VALUE"))
    put.set_defaults(func=run_set)
    unset = actions.add_parser("unset", help=_("back to the default, or not set for an "
                                               "optional setting (practice manager or "
                                               "administrator)"))
    unset.add_argument("key", metavar=_("KEY"))
    unset.set_defaults(func=run_unset)


def run_list(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.services.settings.store import read_settings

    actor = env.actor()
    assert actor is not None
    settings = read_settings(env.context(), actor)
    width = max(len(s.key) for s in settings)
    for setting in settings:
        # One line per setting: a multi-line text (an e-mail template) shows its line ends.
        value = setting.value.replace("\n", "\\n") if setting.value else "-"
        marker = "  " + _("(default)") if setting.is_default and setting.value else ""
        print(f"{setting.key:<{width}}  {value}{marker}", file=env.out)
    return 0


def run_get(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.services.settings.store import read_setting

    actor = env.actor()
    assert actor is not None
    print(read_setting(env.context(), actor, args.key).value or "", file=env.out)
    return 0


def run_set(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.services.settings.store import change_setting

    actor = env.actor()
    assert actor is not None
    saved = change_setting(env.context(), actor, args.key, args.value)
    print(f"{saved.key} = {saved.value}", file=env.out)
    return 0


def run_unset(args: argparse.Namespace, env: CliEnvironment) -> int:
    from vetdesk.services.settings.store import unset_setting

    actor = env.actor()
    assert actor is not None
    saved = unset_setting(env.context(), actor, args.key)
    if saved.value is None:
        print(_("{key} is not set.").format(key=saved.key), file=env.out)
    else:
        # The default as `settings list` shows it: one line, its line ends shown.
        value = saved.value.replace("\n", "\\n")
        print(f"{saved.key} = {value}  " + _("(default)"), file=env.out)
    return 0

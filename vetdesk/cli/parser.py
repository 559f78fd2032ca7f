"""argparse in the terminal's language.

argparse explains a mistyped command in English whatever the locale (issue 8). Under an
English locale its own words are kept as they are; otherwise the parser's headings, the
usage prefix, --help and its errors are ours, through vetdesk.i18n. The help texts of the
commands are marked with _() where each command registers them, and the parser is built
inside the language block (see vetdesk.cli.main).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from typing import Any, NoReturn

from vetdesk import i18n
from vetdesk.i18n import _

# argparse's own messages (Python 3.11 to 3.13 wording), most specific first.
_ARGUMENT = re.compile(r"^argument (?P<name>[^:]+): (?P<inner>.*)$", re.DOTALL)
_REQUIRED = re.compile(r"^the following arguments are required: (?P<names>.*)$")
_UNKNOWN = re.compile(r"^unrecognized arguments: (?P<names>.*)$")
_CHOICE = re.compile(r"^invalid choice: '?(?P<value>.*?)'? \(choose from (?P<choices>.*)\)$")
_INT = re.compile(r"^invalid int value: '?(?P<value>.*?)'?$")
_VALUE = re.compile(r"^invalid \w+ value: '?(?P<value>.*?)'?$")
_ONE_OF = re.compile(r"^one of the arguments (?P<names>.*) is required$")
_NOT_WITH = re.compile(r"^not allowed with argument (?P<other>.*)$")
_AMBIGUOUS = re.compile(r"^ambiguous option: (?P<option>\S+) could match (?P<matches>.*)$")


def translated_message(message: str) -> str:
    """argparse's error ``message`` in the current language (itself if not recognised)."""
    if found := _ARGUMENT.match(message):
        return f"{found['name']}: {translated_message(found['inner'])}"
    if found := _REQUIRED.match(message):
        return _("these must be given: {names}").format(names=found["names"])
    if found := _UNKNOWN.match(message):
        return _("VetDesk does not know these arguments: {names}").format(names=found["names"])
    if found := _CHOICE.match(message):
        return _("“{value}” is not one of {choices}").format(
            value=found["value"], choices=_unquoted(found["choices"]))
    if found := _INT.match(message):
        return _("“{value}” is not a whole number").format(value=found["value"])
    if found := _VALUE.match(message):
        return _("“{value}” cannot be read here").format(value=found["value"])
    if message == "expected one argument":
        return _("a value must follow it")
    if found := _ONE_OF.match(message):
        return _("one of these must be given: {names}").format(names=found["names"])
    if found := _NOT_WITH.match(message):
        return _("cannot be given together with {other}").format(other=found["other"])
    if found := _AMBIGUOUS.match(message):
        return _("“{option}” could be {matches}; write it out in full").format(
            option=found["option"], matches=found["matches"])
    return message


def _unquoted(choices: str) -> str:
    return ", ".join(choice.strip(" '") for choice in choices.split(","))


class _Formatter(argparse.HelpFormatter):
    def add_usage(
        self, usage: str | None, actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None,
    ) -> None:
        if prefix is None and i18n.current_language() != i18n.SOURCE_LANGUAGE:
            prefix = _("usage: ")
        super().add_usage(usage, actions, groups, prefix)


class VetdeskParser(argparse.ArgumentParser):
    """An ArgumentParser that speaks the current language; subcommands inherit it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        translate = i18n.current_language() != i18n.SOURCE_LANGUAGE
        if translate:
            kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        if translate:
            self._positionals.title = _("positional arguments")
            self._optionals.title = _("options")
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=_("show this help and exit"))

    def error(self, message: str) -> NoReturn:
        if i18n.current_language() == i18n.SOURCE_LANGUAGE:
            super().error(message)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {translated_message(message)}\n")

"""F1 help for the screen on top: what it is for and the keys that work on it (UI.md).

Screens declare their topic with a ``help_topic`` class attribute; the texts live in
:mod:`vetdesk.ui.help.topics`, one builder per topic.
"""

from vetdesk.ui.help.focus import (
    HELP_KEY,
    ScreenOnTop,
    WindowHelp,
    declared_topic,
    first_topic,
    install_help_key,
    show_help,
)
from vetdesk.ui.help.topics import MAIN, TOPICS, HelpAudience, HelpTopic, KeyHelp, build_topic
from vetdesk.ui.help.window import HelpWindow, topic_html

__all__ = [
    "HELP_KEY", "MAIN", "TOPICS", "HelpAudience", "HelpTopic", "HelpWindow", "KeyHelp",
    "ScreenOnTop", "WindowHelp", "build_topic", "declared_topic", "first_topic", "install_help_key",
    "show_help", "topic_html",
]

"""The help window F1 opens: small, non-modal, beside the work, reused while it is open."""

from __future__ import annotations

import html

from vetdesk.ui.help.topics import HelpTopic, KeyHelp
from vetdesk.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QKeySequence,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

OBJECT_NAME = "helpWindow"
KEY_COLUMN = 120  # px: the same key column in every table of a topic


def key_label(row: KeyHelp) -> str:
    """The keys as the platform writes them (Ctrl+K, or ⌘K on a Mac)."""
    if row.label:
        return row.label
    native = QKeySequence.SequenceFormat.NativeText
    return " / ".join(QKeySequence(keys).toString(native) for keys in row.keys)


def topic_html(topic: HelpTopic, everywhere: HelpTopic | None = None) -> str:
    parts = [f"<h3>{html.escape(topic.title)}</h3>",
             f"<p style='margin-bottom:8px'>{html.escape(topic.purpose)}</p>"]
    parts.append(_key_table(topic.keys))
    parts += [f"<p style='margin-top:8px'>{html.escape(tip)}</p>" for tip in topic.tips]
    if everywhere is not None and everywhere.key != topic.key:
        # A key the screen already explains is not repeated under "everywhere".
        shown = {row.keys for row in topic.keys}
        rest = tuple(row for row in everywhere.keys if row.keys not in shown)
        if rest:
            parts.append(f"<h4 style='margin-top:14px'>{html.escape(everywhere.title)}</h4>")
            parts.append(_key_table(rest))
    return "".join(parts)


def _key_table(rows: tuple[KeyHelp, ...]) -> str:
    if not rows:
        return ""
    cells = "".join(
        f"<tr><td width='{KEY_COLUMN}' style='padding:2px 12px 2px 0'><b>"
        f"{html.escape(key_label(row))}</b></td><td style='padding:2px 0'>"
        f"{html.escape(row.text)}</td></tr>"
        for row in rows
    )
    return f"<table cellspacing='0' style='margin-top:6px'>{cells}</table>"


class HelpWindow(QDialog):
    """Non-modal: the user reads the keys while using them. Esc or Close hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setModal(False)
        self.topic: HelpTopic | None = None
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setObjectName("helpText")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(500, 600)

    def show_topic(self, topic: HelpTopic, everywhere: HelpTopic | None = None) -> None:
        self.topic = topic
        self.setWindowTitle(self.tr("Help: {topic}").format(topic=topic.title))
        self.browser.setHtml(topic_html(topic, everywhere))
        if not self.isVisible():
            self._place_beside_parent()
        self.show()
        self.raise_()

    def _place_beside_parent(self) -> None:
        # At the right edge of the window it explains, so the work under it stays visible.
        parent = self.parentWidget()
        if parent is None:
            return
        frame = parent.window().frameGeometry()
        x = max(frame.left(), frame.right() - self.width() - 24)
        self.move(x, frame.top() + 90)


def help_window_of(owner: QWidget) -> HelpWindow:
    """The owner's help window, made the first time it is asked for."""
    found = owner.findChild(HelpWindow, OBJECT_NAME)
    if isinstance(found, HelpWindow):
        return found
    return HelpWindow(owner)

"""Reading one entry on the right of the chart, with Correct, Void and History for signed ones."""

from __future__ import annotations

import html
from zoneinfo import ZoneInfo

from vetdesk.domain.codes import JournalKind
from vetdesk.services.journal import TimelineItem, fields_of
from vetdesk.services.permissions import Actor, Permission
from vetdesk.ui.chart.colours import chart_colours
from vetdesk.ui.chart.editor_fields import shown_date
from vetdesk.ui.chart.formatting import (
    date_time_text,
    decimal_text,
    field_label,
    kind_label,
    shown_value,
    tr,
)
from vetdesk.ui.chart.timeline_delegate import status_marks
from vetdesk.ui.qt import (
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
    SignalInstance,
)


def ordered_fields(kind: JournalKind, content: dict[str, str]) -> list[tuple[str, bool]]:
    """The kind's fields in form order, then any others the content holds (imported or older
    records), so nothing stored is hidden from the reader."""
    known = [(spec.name, spec.is_date) for spec in fields_of(kind)]
    names = {name for name, _date in known}
    return known + [(name, False) for name in content if name not in names]


def entry_html(item: TimelineItem, zone: ZoneInfo, reason: str = "") -> str:
    """The entry as rich text; a voided one struck through, with its reason on top."""
    colours = chart_colours()
    asked = tr("Help asked for: {when}").format(
        when=date_time_text(item.help_requested_at, zone))
    strike = "text-decoration: line-through;" if item.voided else ""
    parts = [
        f"<h3 style='{strike}'>{html.escape(kind_label(item.kind))} · "
        f"{html.escape(date_time_text(item.event_time, zone))}</h3>",
        f"<p style='color:{colours.muted}'>{html.escape(item.author_name)} · "
        f"{html.escape(' · '.join(status_marks(item)))}"
        + (f" · {html.escape(date_time_text(item.signed_at, zone))}" if item.signed_at else "")
        + "</p>",
        # The regulation's first time (FOR-2006-02-20-229 § 4), always shown.
        f"<p style='color:{colours.muted}'>{html.escape(asked)}</p>",
    ]
    if reason:
        parts.append(f"<p><b>{html.escape(reason)}</b></p>")
    body: list[str] = []
    for name, is_date in ordered_fields(item.kind, item.content):
        value = item.content.get(name, "").strip()
        if not value:
            continue
        shown = shown_date(value) if is_date else shown_value(item.kind, name, value)
        body.append(
            f"<p><b>{html.escape(field_label(item.kind, name))}</b><br>"
            f"{html.escape(shown).replace(chr(10), '<br>')}</p>"
        )
    measures = []
    if item.weight_kg is not None:
        measures.append(f"{decimal_text(item.weight_kg, 3)} kg")
    if item.temperature_c is not None:
        measures.append(f"{decimal_text(item.temperature_c, 1)} °C")
    if measures:
        body.append(f"<p>{html.escape(' · '.join(measures))}</p>")
    parts.append(f"<div style='{strike}'>{''.join(body)}</div>")
    return "".join(parts)


class EntryView(QWidget):
    correct_requested = Signal(object)  # TimelineItem
    void_requested = Signal(object)
    history_requested = Signal(object)

    def __init__(self, actor: Actor, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.zone = zone  # the clinic's, for the times shown
        self.item: TimelineItem | None = None
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.void_button = QPushButton(self.tr("Void…"))
        self.history_button = QPushButton(self.tr("History"))
        self.correct_button.clicked.connect(lambda: self._emit(self.correct_requested))
        self.void_button.clicked.connect(lambda: self._emit(self.void_requested))
        self.history_button.clicked.connect(lambda: self._emit(self.history_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.void_button)
        buttons.addWidget(self.correct_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)

    def show_item(self, item: TimelineItem, reason: str = "") -> None:
        self.item = item
        self.browser.setHtml(entry_html(item, self.zone, reason))
        may_change = self.actor.can(Permission.SIGN_JOURNAL) and not item.is_draft
        self.correct_button.setVisible(may_change)
        self.void_button.setVisible(may_change)
        self.correct_button.setEnabled(not item.voided)
        self.void_button.setEnabled(not item.voided)
        if item.voided:
            self.correct_button.setToolTip(self.tr("A voided entry stays as it is."))
        self.history_button.setVisible(not item.is_draft)

    def _emit(self, signal: SignalInstance) -> None:
        if self.item is not None:
            signal.emit(self.item)

"""Every version of one entry: who, when, why; removed words struck through on a red-ish
ground, added words underlined on a green-ish ground (never colour alone)."""

from __future__ import annotations

import html
import uuid
from zoneinfo import ZoneInfo

from vetdesk.documents.diff_markup import DiffStyle, diff_markup
from vetdesk.domain.codes import Requester, VersionAction
from vetdesk.services import journal
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import DiffSpan, EntryDetail, VersionView
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.colours import chart_colours
from vetdesk.ui.chart.editor_fields import shown_date
from vetdesk.ui.chart.entry_view import ordered_fields
from vetdesk.ui.chart.formatting import (
    date_time_text,
    decimal_text,
    field_label,
    kind_label,
    shown_value,
    tr,
)
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
)

# Changes to these are listed as facts under the text, not diffed word by word.
_FACTS = ("event_time", "help_requested_at", "weight_kg", "temperature_c", "confidential")


def spans_html(spans: tuple[DiffSpan, ...]) -> str:
    colours = chart_colours()
    return diff_markup(spans, DiffStyle(
        escape=lambda text: html.escape(text).replace("\n", "<br>"),
        removed=lambda text: f"<s style='background-color:{colours.removed_bg}'>{text}</s>",
        added=lambda text: f"<u style='background-color:{colours.added_bg}'>{text}</u>",
        gap="\u2009",  # a thin space, so "venstre" and "høyre" do not run together
    ))


def _action_text(widget: QWidget, version: VersionView) -> str:
    return {
        VersionAction.SIGN: tr("Signed"),
        VersionAction.CORRECT: tr("Corrected"),
        VersionAction.VOID: tr("Voided"),
    }[version.action]


def history_html(widget: QWidget, detail: EntryDetail, zone: ZoneInfo) -> str:
    colours = chart_colours()
    parts = [
        f"<h3>{html.escape(kind_label(detail.kind))}</h3>",
        f"<p style='color:{colours.muted}'>"
        + html.escape(tr("Written by {author}, started {started}, signed {signed} by "
                                "{signer}.").format(
            author=detail.author_name, started=date_time_text(detail.started_at, zone),
            signed=date_time_text(detail.signed_at, zone), signer=detail.signed_by_name))
        + (html.escape(" " + tr("Locked automatically.")) if detail.auto_locked else "")
        + "</p>",
    ]
    if len(detail.versions) > 1:
        parts.append(
            "<p>" + html.escape(tr("Legend:")) + " "
            + spans_html((DiffSpan("removed", tr("removed")),)) + " "
            + spans_html((DiffSpan("added", tr("added")),)) + "</p>"
        )
    for version in reversed(detail.versions):
        head = tr("Version {no}: {action} by {author}, {when}").format(
            no=version.version_no, action=_action_text(widget, version),
            author=version.author_name, when=date_time_text(version.created_at, zone))
        current = tr(" (current)") if version is detail.current else ""
        parts.append(f"<hr><h4>{html.escape(head + current)}</h4>")
        if version.reason:
            asked = tr("asked for by the owner") if (
                version.requested_by is Requester.OWNER) else tr("asked for by the clinic")
            parts.append("<p><b>" + html.escape(tr("Reason:")) + "</b> "
                         + html.escape(version.reason) + f" ({html.escape(asked)})</p>")
        parts.append(_version_body(widget, detail, version, zone))
    return "".join(parts)


def _version_body(widget: QWidget, detail: EntryDetail, version: VersionView,
                  zone: ZoneInfo) -> str:
    changes = {change.field: change for change in version.changes}
    strike = "text-decoration: line-through;" if version.action is VersionAction.VOID else ""
    body = []
    for name, is_date in ordered_fields(detail.kind, {**version.content, **{
            c.field: "" for c in version.changes if c.field not in _FACTS}}):
        value = version.content.get(name, "")
        label = html.escape(field_label(detail.kind, name))
        if name in changes and not is_date:
            body.append(f"<p><b>{label}</b><br>{spans_html(changes[name].spans)}</p>")
        elif value.strip():
            shown = shown_date(value) if is_date else shown_value(detail.kind, name, value)
            mark = f" <i>({html.escape(tr('changed'))})</i>" if name in changes else ""
            body.append(f"<p><b>{label}</b>{mark}<br>"
                        f"{html.escape(shown).replace(chr(10), '<br>')}</p>")
    facts = [tr("Time of event: {when}").format(when=date_time_text(version.event_time, zone)),
             tr("Help asked for: {when}").format(
                 when=date_time_text(version.help_requested_at, zone))]
    if version.weight_kg is not None:
        facts.append(tr("Weight: {kg} kg").format(kg=decimal_text(version.weight_kg, 3)))
    if version.temperature_c is not None:
        facts.append(tr("Temperature: {c} °C").format(
            c=decimal_text(version.temperature_c, 1)))
    if version.confidential:
        facts.append(tr("Confidential"))
    fact_labels = {"event_time": tr("Time of event"), "help_requested_at": tr("Help asked for"),
                   "weight_kg": tr("Weight"),
                   "temperature_c": tr("Temperature"), "confidential": tr("Confidential")}
    moved = [fact_labels.get(c.field, c.label) for c in version.changes if c.field in _FACTS]
    if moved:
        facts.append(tr("changed: {what}").format(what=", ".join(moved)))
    body.append(f"<p>{html.escape(' · '.join(facts))}</p>")
    return f"<div style='{strike}'>{''.join(body)}</div>"


class HistoryDialog(QDialog):
    loaded = Signal(object)  # EntryDetail

    def __init__(self, ops: Operations, ctx: ServiceContext, actor: Actor, entry_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: EntryDetail | None = None
        self.zone = ctx.zone
        self.setWindowTitle(self.tr("Entry history"))
        self.resize(680, 620)
        self.status = QLabel(self.tr("Loading the history…"))
        self.status.setProperty("role", "hint")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        # Reading the history is a view of the record: the service audits it.
        ops.run(lambda: journal.entry_detail(ctx, actor, entry_id), success=self.show_detail,
                failure=self._failed, parent=self)

    def show_detail(self, detail: EntryDetail) -> None:
        self.detail = detail
        count = len(detail.versions)
        self.status.setText(self.tr("%n versions, newest first", "", count) if count > 1
                            else self.tr("One version: never corrected."))
        self.browser.setHtml(history_html(self, detail, self.zone))
        self.loaded.emit(detail)

    def _failed(self, error: BaseException) -> bool:
        self.status.setText(str(getattr(error, "message", "")) or self.tr(
            "The history could not be loaded; close and try again."))
        return False

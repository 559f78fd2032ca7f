"""The client card's history sections as small HTML tables (dense, selectable, cheap)."""

from __future__ import annotations

import html
from zoneinfo import ZoneInfo

from vetdesk.domain.recall_titles import shown_recall_title
from vetdesk.services.client_card import ClientCard
from vetdesk.ui.front_desk import look
from vetdesk.ui.front_desk.formats import (
    appointment_status_label,
    channel_label,
    date_text,
    day_text,
    invoice_status_label,
    kroner,
    message_status_label,
    moment_text,
    purpose_label,
    time_text,
    tr,
)
from vetdesk.ui.qt import QLabel, Qt, QWidget


def _e(text: str | None) -> str:
    return html.escape(text or "")


def _table(rows: list[list[str]]) -> str:
    body = "".join(
        "<tr>" + "".join(f'<td style="padding:1px 14px 1px 0">{cell}</td>' for cell in row)
        + "</tr>" for row in rows
    )
    return f"<table cellspacing=0>{body}</table>"


def _empty(text: str) -> str:
    return f'<span style="color:{look.muted()}">{_e(text)}</span>'


def _animal_names(card: ClientCard) -> dict[int, str]:
    return {a.animal_id: a.name for a in card.animals}


def last_visit_html(card: ClientCard, zone: ZoneInfo) -> str:
    visit = card.last_visit
    if visit is None:
        return ""
    names = _animal_names(card)
    details = ", ".join(_e(part) for part in (
        names.get(visit.animal_id or -1, ""), visit.appointment_type, visit.reason,
        visit.with_whom) if part)
    when = f"{day_text(visit.starts_at, zone)} {time_text(visit.starts_at, zone)}"
    return tr("Last visit: {0}").format(f"<b>{_e(when)}</b> {details}")


def appointments_html(card: ClientCard, zone: ZoneInfo) -> str:
    last = f"<p>{last_visit_html(card, zone)}</p>" if card.last_visit is not None else ""
    if not card.upcoming:
        return last + _empty(tr("No upcoming appointments."))
    names = _animal_names(card)
    return last + _table([
        [f"<b>{_e(day_text(a.starts_at, zone))} {time_text(a.starts_at, zone)}</b>",
         _e(names.get(a.animal_id or -1, "")), _e(a.appointment_type),
         _e(a.reason), _e(a.with_whom), _e(appointment_status_label(a.status))]
        for a in card.upcoming
    ])


def recalls_html(card: ClientCard, zone: ZoneInfo) -> str:
    if not card.recalls:
        return _empty(tr("No recalls due."))
    names = _animal_names(card)
    return _table([
        [f"<b>{_e(date_text(r.due_on))}</b>", _e(names.get(r.animal_id or -1, "")),
         _e(shown_recall_title(r.title))]
        for r in card.recalls
    ])


def messages_html(card: ClientCard, zone: ZoneInfo) -> str:
    if not card.messages:
        return _empty(tr("No messages sent yet."))
    rows = []
    for m in card.messages:
        status = message_status_label(m.status)
        if m.status == "delivered":
            status = f'<span style="color:{look.green()}">{_e(status)}</span>'
        elif m.status in ("failed", "failure_reviewed"):
            status = f'<span style="color:{look.red()}">{_e(status)}</span>'
        else:
            status = _e(status)
        when = moment_text(m.last_status_at, zone) if m.last_status_at else ""
        # The whole text, wrapped in its cell: a cut SMS could not be read anywhere (issue 8).
        rows.append([_e(moment_text(m.queued_at, zone)), _e(channel_label(m.channel)), _e(m.text),
                     f"{status} {_e(when)}"])
    return _table(rows)


def consents_html(card: ClientCard, zone: ZoneInfo) -> str:
    if not card.consents:
        return _empty(tr("No consents recorded: the clinic may not send reminders or "
                         "marketing. Edit the client to record what they agreed to."))
    rows = []
    for c in sorted(card.consents, key=lambda c: (c.purpose != "service", c.purpose, c.channel)):
        answer = tr("✓ yes") if c.granted else tr("✗ no")
        rows.append([f"<b>{_e(purpose_label(c.purpose))}</b>", _e(channel_label(c.channel)),
                     _e(answer), _e(tr("since {0}").format(day_text(c.recorded_at, zone)))])
    return _table(rows)


def purchases_html(card: ClientCard, zone: ZoneInfo) -> str:
    if not card.purchases:
        return _empty(tr("No purchases yet."))
    return _table([
        [_e(day_text(p.issued_at, zone)), _e(tr("Invoice {0}").format(
            p.invoice_no)), f'<span style="white-space:nowrap">{_e(kroner(p.total_ore))}</span>',
         _e(invoice_status_label(p.status))]
        for p in card.purchases
    ])


def section_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    label.setContentsMargins(18, 0, 0, 0)
    return label

"""The card's top-left block: who the client is, how to reach them, and their alerts."""

from __future__ import annotations

import html

from vetdesk.domain.codes import ClientLanguage, client_language
from vetdesk.i18n import _
from vetdesk.services.client_card import ClientCard
from vetdesk.ui.front_desk import look
from vetdesk.ui.front_desk.formats import client_status_label, date_text, phone_kind_label, tr
from vetdesk.ui.qt import QLabel, Qt, QVBoxLayout, QWidget


def contact_html(card: ClientCard) -> str:
    e = html.escape
    lines = []
    if card.address:
        lines.append(e(card.address))
    town = " ".join(p for p in (card.postal_code, card.city) if p)
    if town:
        lines.append(e(town))
    for phone in card.phones:
        lines.append(f"{e(phone.display)} <span style='color:{look.muted()}'>"
                     f"{e(phone_kind_label(phone.kind))}</span>")
    if card.email:
        lines.append(e(card.email))
    if not card.phones and not card.email:
        lines.append(f"<span style='color:{look.amber()}'>"
                     f"{e(tr('! No phone or e-mail: the clinic cannot reach them.'))}</span>")
    extra = []
    if card.birth_date:
        extra.append(tr("Born {0}").format(date_text(card.birth_date)))
    if card.org_number:
        extra.append(tr("Org. no. {0}").format(card.org_number))
    if card.language != ClientLanguage.BOKMAL.value:
        # Only when it is not the usual one: the desk should notice an English-speaker.
        extra.append(tr("Written to in {0}").format(_(client_language(card.language).label)))
    if extra:
        lines.append(f"<span style='color:{look.muted()}'>{e(' · '.join(extra))}</span>")
    if card.notes:
        lines.append(f"<i>{e(card.notes)}</i>")
    return "<br>".join(lines)


def alerts_html(card: ClientCard) -> str:
    e = html.escape
    rows = []
    for alert in card.alerts:
        if alert.mandatory:
            rows.append(f"<span style='color:{look.red()}; font-weight:bold'>⚠ "
                        f"{e(tr('Alert:'))} {e(alert.text)}</span>")
        else:
            rows.append(f"<span style='color:{look.amber()}'>! {e(alert.text)}</span>")
    return "<br>".join(rows)


class ContactBlock(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_label = QLabel()
        self.name_label.setObjectName("clientName")
        self.name_label.setProperty("role", "heading")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact_label = QLabel()
        self.contact_label.setObjectName("contactDetails")
        self.contact_label.setTextFormat(Qt.TextFormat.RichText)
        self.contact_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact_label.setWordWrap(True)
        self.alerts_label = QLabel()
        self.alerts_label.setObjectName("clientAlerts")
        self.alerts_label.setTextFormat(Qt.TextFormat.RichText)
        self.alerts_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.name_label)
        layout.addWidget(self.contact_label)
        layout.addWidget(self.alerts_label)
        layout.addStretch(1)
        self.setMinimumWidth(260)
        self.setMaximumWidth(380)

    def show_card(self, card: ClientCard) -> None:
        title = tr("{0} · no. {1}").format(card.name, card.client_no)
        status = client_status_label(card.status.value)
        if status:
            title += f" [{status}]"
        self.name_label.setText(title)
        self.contact_label.setText(contact_html(card))
        alerts = alerts_html(card)
        self.alerts_label.setText(alerts)
        self.alerts_label.setVisible(bool(alerts))

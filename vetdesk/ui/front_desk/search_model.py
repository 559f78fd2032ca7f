"""The search results as a flat list model: each owner, then that owner's animals under it."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from vetdesk.services.front_desk_views import SearchScreen
from vetdesk.services.search import AnimalHit, HitAlert, OwnerHit
from vetdesk.ui.front_desk import look
from vetdesk.ui.front_desk.formats import date_text, species_label, tr
from vetdesk.ui.qt import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
CLIENT_ROLE = Qt.ItemDataRole.UserRole + 2
ANIMAL_ROLE = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ResultRow:
    client_id: int
    animal_id: int | None
    html: str
    plain: str


def _alerts_html(alerts: tuple[HitAlert, ...]) -> tuple[str, str]:
    parts_html, parts_plain = [], []
    for alert in alerts:
        # The words say how serious it is; the colour only repeats it.
        prefix = tr("Alert:") if alert.mandatory else tr("Note:")
        colour = look.red() if alert.mandatory else look.amber()
        weight = "bold" if alert.mandatory else "normal"
        parts_html.append(
            f'<span style="color:{colour}; font-weight:{weight}">⚠ {html.escape(prefix)} '
            f"{html.escape(alert.text)}</span>"
        )
        parts_plain.append(f"⚠ {prefix} {alert.text}")
    return "&nbsp;&nbsp;".join(parts_html), "  ".join(parts_plain)


def _line(head_html: str, head_plain: str, mark: str, details: list[str],
          alerts: tuple[HitAlert, ...]) -> tuple[str, str]:
    """One result row as rich text and as plain text (for screen readers and tests): the name,
    an optional status in italics, the muted details, then the alerts."""
    text, plain = head_html, head_plain
    if mark:
        text += f" <i>{html.escape(mark)}</i>"
        plain += f" {mark}"
    muted = " · ".join(details)
    text += f'&nbsp;&nbsp;<span style="color:{look.muted()}">{html.escape(muted)}</span>'
    plain += f"  {muted}"
    alert_html, alert_plain = _alerts_html(alerts)
    if alert_html:
        text += f"&nbsp;&nbsp;{alert_html}"
        plain += f"  {alert_plain}"
    return text, plain


def owner_row(owner: OwnerHit, alerts: tuple[HitAlert, ...]) -> ResultRow:
    details = [tr("no. {0}").format(owner.client_no)]
    place = ", ".join(p for p in (owner.address, " ".join(
        x for x in (owner.postal_code, owner.city) if x)) if p)
    if place:
        details.append(place)
    if owner.phone:
        details.append(owner.phone)
    if owner.email:
        details.append(owner.email)
    status = ""
    if owner.status.value == "inactive":
        status = tr("[inactive]")
    elif owner.status.value == "erased":
        status = tr("[erased]")
    name = html.escape(owner.name or tr("(no name)"))
    text, plain = _line(f"<b>{name}</b>", owner.name, status, details, alerts)
    if owner.restricted:
        # Said in words, the colour only repeats it (as on the client card).
        words = tr("Processing restricted: send nothing")
        text += (f'&nbsp;&nbsp;<span style="color:{look.red()}; font-weight:bold">'
                 f"⚠ {html.escape(words)}</span>")
        plain += f"  ⚠ {words}"
    return ResultRow(owner.client_id, None, text, plain)


def animal_row(owner: OwnerHit, animal: AnimalHit, alerts: tuple[HitAlert, ...]) -> ResultRow:
    kind = species_label(animal.species)
    if animal.breed:
        kind = f"{kind}, {animal.breed}"
    details = [kind]
    if animal.microchip:
        details.append(tr("chip {0}").format(animal.microchip))
    mark = tr("† deceased {0}").format(date_text(animal.deceased_on)) if animal.deceased else ""
    text, plain = _line(f"↳ {html.escape(animal.name)}", f"↳ {animal.name}", mark, details,
                        alerts)
    return ResultRow(owner.client_id, animal.animal_id, text, plain)


def build_rows(screen: SearchScreen) -> list[ResultRow]:
    rows: list[ResultRow] = []
    for owner in screen.results.owners:
        rows.append(owner_row(owner, screen.client_alerts.get(owner.client_id, ())))
        for animal in owner.animals:
            rows.append(animal_row(owner, animal, screen.animal_alerts.get(animal.animal_id, ())))
    return rows


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ResultRow] = []

    def set_screen(self, screen: SearchScreen | None) -> None:
        self.beginResetModel()
        self.rows = build_rows(screen) if screen is not None else []
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.plain
        if role == HTML_ROLE:
            return row.html
        if role == CLIENT_ROLE:
            return row.client_id
        if role == ANIMAL_ROLE:
            return row.animal_id
        return None

"""A fixed-width card in the middle of a widget, a little above centre (empty states, the
lock screen)."""

from __future__ import annotations

from vetdesk.ui.qt import QHBoxLayout, QVBoxLayout, QWidget


def centre_card(owner: QWidget, card: QWidget) -> None:
    """Give ``owner`` a layout holding only ``card``, centred across and a third of the way
    down. Stretches rather than an alignment flag: an aligned widget gets its plain size hint,
    which cuts off word-wrapped text; a row in a layout gets its height for its width."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    outer = QVBoxLayout(owner)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)

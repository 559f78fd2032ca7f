"""Consents per purpose and channel as a grid of check boxes, plus how they were given."""

from __future__ import annotations

from vetdesk.domain.codes import Channel, ConsentMethod, ConsentPurpose
from vetdesk.services.client_card import ConsentView
from vetdesk.services.clients import ConsentChoice
from vetdesk.ui.front_desk.formats import channel_label, purpose_label, tr
from vetdesk.ui.qt import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

PURPOSES = (ConsentPurpose.SERVICE, ConsentPurpose.MARKETING)
CHANNELS = (Channel.SMS, Channel.EMAIL, Channel.LETTER)


class ConsentGrid(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        self.boxes: dict[tuple[str, str], QCheckBox] = {}
        self._loaded: dict[tuple[str, str], bool] = {}
        for row, purpose in enumerate(PURPOSES):
            grid.addWidget(QLabel(purpose_label(purpose.value)), row, 0)
            for column, channel in enumerate(CHANNELS, start=1):
                box = QCheckBox(channel_label(channel.value))
                box.setObjectName(f"consent_{purpose.value}_{channel.value}")
                self.boxes[(purpose.value, channel.value)] = box
                grid.addWidget(box, row, column)
        self.method = QComboBox()
        self.method.setObjectName("consentMethod")
        for method, label in (
            (ConsentMethod.IN_PERSON, tr("in person")), (ConsentMethod.PHONE, tr("by phone")),
            (ConsentMethod.FORM, tr("on a signed form")), (ConsentMethod.EMAIL, tr("by e-mail")),
        ):
            self.method.addItem(label, method.value)
        grid.addWidget(QLabel(tr("Given")), len(PURPOSES), 0)
        grid.addWidget(self.method, len(PURPOSES), 1, 1, len(CHANNELS))
        grid.setColumnStretch(len(CHANNELS) + 1, 1)

    def load(self, consents: tuple[ConsentView, ...]) -> None:
        self._loaded = {(c.purpose, c.channel): c.granted for c in consents}
        for key, box in self.boxes.items():
            box.setChecked(self._loaded.get(key, False))

    def state(self) -> dict[tuple[str, str], bool]:
        return {key: box.isChecked() for key, box in self.boxes.items()}

    def set_state(self, state: dict[tuple[str, str], bool]) -> None:
        for key, checked in state.items():
            self.boxes[key].setChecked(checked)

    def choices(self, *, only_changed: bool) -> tuple[ConsentChoice, ...]:
        """Every decision for a new client (a "no" is worth recording too); only what changed
        when editing, so a save does not re-record unchanged consents."""
        method = ConsentMethod(self.method.currentData())
        chosen = []
        for (purpose, channel), box in self.boxes.items():
            granted = box.isChecked()
            if only_changed and self._loaded.get((purpose, channel), False) == granted:
                continue
            chosen.append(ConsentChoice(ConsentPurpose(purpose), Channel(channel), granted,
                                        method))
        return tuple(chosen)

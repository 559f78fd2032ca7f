"""The owner's animals as compact rows: name, species, age, chip, alerts. Enter opens."""

from __future__ import annotations

from vetdesk.services.client_card import AnimalSummary
from vetdesk.ui.front_desk import look
from vetdesk.ui.front_desk.formats import age_text, date_text, sex_label, species_label, tr
from vetdesk.ui.front_desk.row_table import set_up_row_table
from vetdesk.ui.qt import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    Signal,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("name", "species", "age", "chip", "alerts")


class AnimalTable(QTableWidget):
    """``open_requested(animal_id)`` on Enter or double-click."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("animalTable")
        set_up_row_table(self, [tr("Name"), tr("Species"), tr("Age"), tr("Chip"), tr("Alerts")],
                         tr("Animals"), self._open_current)
        self.animals: tuple[AnimalSummary, ...] = ()

    def set_animals(self, animals: tuple[AnimalSummary, ...]) -> None:
        selected = self.current_animal_id()
        self.animals = animals
        self.setRowCount(len(animals))
        for row, animal in enumerate(animals):
            self._fill(row, animal)
        # As tall as its rows (2 to 8), so the sections below start right under it.
        visible_rows = min(8, max(2, len(animals)))
        self.setFixedHeight(visible_rows * self.verticalHeader().defaultSectionSize()
                            + self.horizontalHeader().height() + 2 * self.frameWidth())
        if selected is not None:
            self.select_animal(selected)
        elif animals:
            self.selectRow(0)

    def _fill(self, row: int, animal: AnimalSummary) -> None:
        name = animal.name
        if animal.deceased_on is not None:
            name = tr("{0} († {1})").format(name, date_text(animal.deceased_on))
        species = species_label(animal.species)
        if animal.breed:
            species = f"{species}, {animal.breed}"
        if animal.sex != "unknown" or animal.neutered:
            species = f"{species} · {sex_label(animal.sex, animal.neutered)}"
        chip = animal.microchip or ""
        if chip and animal.chip_origin and animal.chip_origin != "Norway":
            chip = f"{chip} ({animal.chip_origin})"
        mandatory = [a.text for a in animal.alerts if a.mandatory]
        others = [a.text for a in animal.alerts if not a.mandatory]
        alerts = ""
        if mandatory:
            alerts = "⚠ " + "; ".join(mandatory)
        if others:
            alerts = (alerts + "  " if alerts else "") + "! " + "; ".join(others)
        cells = (name, species, age_text(animal.age, animal.birth_date_estimated), chip, alerts)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(ID_ROLE, animal.animal_id)
            if column == 0:
                font = QFont(item.font())
                font.setBold(animal.deceased_on is None)
                font.setItalic(animal.deceased_on is not None)
                item.setFont(font)
            if column == 4 and alerts:
                item.setForeground(QBrush(QColor(look.red() if mandatory else look.amber())))
                item.setToolTip("\n".join(a.text for a in animal.alerts))
            self.setItem(row, column, item)

    def current_animal_id(self) -> int | None:
        row = self.currentRow()
        if row < 0 or row >= len(self.animals):
            return None
        return self.animals[row].animal_id

    def current_animal(self) -> AnimalSummary | None:
        row = self.currentRow()
        return self.animals[row] if 0 <= row < len(self.animals) else None

    def select_animal(self, animal_id: int) -> bool:
        for row, animal in enumerate(self.animals):
            if animal.animal_id == animal_id:
                self.selectRow(row)
                self.setCurrentCell(row, 0)
                return True
        return False

    def _open_current(self) -> None:
        animal_id = self.current_animal_id()
        if animal_id is not None:
            self.open_requested.emit(animal_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_current()
            return
        super().keyPressEvent(event)

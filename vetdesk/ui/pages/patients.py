"""Patients: "My day" for vets and nurses (today's appointments; Enter opens the chart), and a
search hint for everyone else."""

from __future__ import annotations

from vetdesk.services import journal
from vetdesk.services.journal import DayPatient
from vetdesk.services.permissions import Permission
from vetdesk.ui.chart.formatting import species_label, status_label, time_text
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QPushButton,
    QShortcut,
    QShowEvent,
    QStackedWidget,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from vetdesk.ui.widgets.empty_state import EmptyState

_DAY_ROLE = Qt.ItemDataRole.UserRole + 1


class DayTable(QTableWidget):
    """Enter (or a double-click) opens the patient's chart, as in every VetDesk list."""

    open_requested = Signal(object)  # DayPatient

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            patient = self.current_patient()
            if patient is not None:
                self.open_requested.emit(patient)
                return
        super().keyPressEvent(event)

    def current_patient(self) -> DayPatient | None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        value = item.data(_DAY_ROLE) if item is not None else None
        return value if isinstance(value, DayPatient) else None


class PatientsPage(QWidget):
    help_topic = "patients"  # F1 (vetdesk.ui.help)

    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.patients: tuple[DayPatient, ...] = ()
        self.loaded = False
        layout = QVBoxLayout(self)
        self.shows_my_day = page.actor.can(Permission.VIEW_JOURNAL)
        if not self.shows_my_day:
            self.empty_state = EmptyState(
                self.tr("No client or animal open"),
                self.tr(
                    "Press Ctrl+K and type a name, phone number, e-mail or chip number to find a "
                    "client; each client or animal you open gets its own tab, so you can keep two"
                    " callers open."
                ),
            )
            layout.addWidget(self.empty_state)
            return

        heading = QLabel(self.tr("My day"))
        heading.setProperty("role", "heading")
        self.summary = QLabel()
        self.summary.setProperty("role", "hint")
        self.refresh_button = QPushButton(self.tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        self.table = DayTable(0, 5)
        self.table.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("Animal"), self.tr("Owner"), self.tr("Reason"),
            self.tr("Status"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.open_requested.connect(self.open_patient)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open_row(row))
        self.empty_state = EmptyState(
            self.tr("No patients booked for you today"),
            self.tr("Appointments booked with you appear here; press Enter on one to open the "
                    "animal's chart. To open any other chart, press Ctrl+K and search for the "
                    "animal, its owner or its chip number."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        refresh = QShortcut(QKeySequence("F5"), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)
        self.summary.setText(self.tr("Loading…"))
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # Coming back to the page later in the day: appointments may have moved meanwhile.
        if self.shows_my_day and self.loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        ctx, actor = self.page.ctx, self.page.actor
        self.page.ops.run(lambda: journal.my_day(ctx, actor), success=self.show_day,
                          parent=self)

    def show_day(self, patients: tuple[DayPatient, ...]) -> None:
        self.patients = patients
        self.loaded = True
        self.table.setRowCount(len(patients))
        zone = self.page.ctx.zone
        for row, patient in enumerate(patients):
            animal = patient.animal_name or self.tr("(no animal)")
            if patient.species is not None:
                animal = f"{animal} ({species_label(patient.species).lower()})"
            cells = [
                f"{time_text(patient.starts_at, zone)}–{time_text(patient.ends_at, zone)}", animal,
                patient.client_name, patient.reason or patient.appointment_type,
                status_label(patient.status),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_DAY_ROLE, patient)
                self.table.setItem(row, column, item)
        waiting = sum(1 for p in patients if p.status in ("booked", "confirmed", "arrived"))
        self.summary.setText(self.tr("Patients today: {n}, still to see: {w}").format(
            n=len(patients), w=waiting) if patients else "")
        self.stack.setCurrentWidget(self.table if patients else self.empty_state)
        if patients:
            self.table.selectRow(0)
            self.table.setFocus()

    def _open_row(self, row: int) -> None:
        self.table.selectRow(row)
        patient = self.table.current_patient()
        if patient is not None:
            self.open_patient(patient)

    def open_patient(self, patient: object) -> None:
        if not isinstance(patient, DayPatient):
            return
        if patient.animal_id is not None:
            self.page.events.open_animal.emit(patient.animal_id)
        else:
            self.page.events.open_client.emit(patient.client_id)

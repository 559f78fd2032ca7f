"""Mandatory alerts pop up once each time a client card is opened and must be acknowledged."""

from __future__ import annotations

from vetdesk.domain.alert_view import AlertView
from vetdesk.ui.front_desk import look
from vetdesk.ui.front_desk.formats import tr
from vetdesk.ui.qt import QDialog, QLabel, QPushButton, Qt, QVBoxLayout, QWidget


class MandatoryAlertsDialog(QDialog):
    def __init__(self, client_name: str, alerts: tuple[AlertView, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mandatoryAlerts")
        self.setWindowTitle(tr("Alert for {0}").format(client_name))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        heading = QLabel(tr("⚠ Read before you go on"))
        heading.setProperty("role", "heading")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        self.alert_labels: list[QLabel] = []
        for alert in alerts:
            about = alert.animal_name or client_name
            label = QLabel(tr("{0}: {1}").format(about, alert.text))
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {look.red()}; font-weight: bold;")
            layout.addWidget(label)
            self.alert_labels.append(label)
        self.acknowledge_button = QPushButton(tr("I have read this"))
        self.acknowledge_button.setObjectName("acknowledge")
        self.acknowledge_button.setDefault(True)
        self.acknowledge_button.setAutoDefault(True)
        self.acknowledge_button.clicked.connect(self.accept)
        layout.addWidget(self.acknowledge_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(420)

    def reject(self) -> None:
        # Esc does not dismiss it: the alert has to be acknowledged on purpose.
        return

"""The chart's header: one line of identity, one line of status (UI.md, "Chart")."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from vetdesk.domain.codes import AlertSeverity
from vetdesk.domain.phones import display_phone
from vetdesk.services.journal import ChartHeader
from vetdesk.ui.chart.colours import chart_colours
from vetdesk.ui.chart.formatting import (
    age_text,
    date_text,
    decimal_text,
    local,
    sex_label,
    species_label,
)
from vetdesk.ui.chart.sparkline import WeightSparkline
from vetdesk.ui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


class ChartHeaderView(QFrame):
    owner_clicked = Signal(int)  # client id

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone  # the clinic's, for the dates shown
        self.setObjectName("chartHeader")
        self.header: ChartHeader | None = None
        self.name_label = QLabel()
        self.name_label.setProperty("role", "heading")
        self.identity_label = QLabel()
        self.identity_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Wraps where the window is narrow (whole in the tooltip too) rather than asking for
        # its whole width: a long breed beside the chart's buttons made the main window grow.
        self.identity_label.setWordWrap(True)
        self.identity_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                          QSizePolicy.Policy.Preferred)
        self.weight_label = QLabel()
        self.sparkline = WeightSparkline()
        self.alerts_label = QLabel()
        self.owner_button = QPushButton()
        self.owner_button.setFlat(True)
        self.owner_button.setObjectName("chartOwner")
        self.owner_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.owner_button.clicked.connect(self._owner_clicked)

        identity = QHBoxLayout()
        identity.setSpacing(10)
        identity.addWidget(self.name_label)
        identity.addWidget(self.identity_label, 1)
        # The chart's buttons go at the end of the identity line (add_actions), so the status
        # line has the whole width: beside the buttons it made the window wider than a
        # laptop's screen. Several alerts wrap instead of widening it.
        self.identity_row = identity
        self.alerts_label.setWordWrap(True)
        status = QHBoxLayout()
        status.addWidget(self.weight_label)
        status.addWidget(self.sparkline)
        status.addSpacing(16)
        status.addWidget(self.alerts_label, 1)
        status.addSpacing(16)
        status.addWidget(self.owner_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 6)
        layout.setSpacing(2)
        layout.addLayout(identity)
        layout.addLayout(status)

    def add_actions(self, buttons: list[QWidget]) -> None:
        """The chart's buttons, at the right of the identity line."""
        for button in buttons:
            self.identity_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

    def show_header(self, header: ChartHeader) -> None:
        self.header = header
        self.name_label.setText(header.name)
        parts = [
            species_label(header.species), header.breed or "",
            sex_label(header.sex, header.neutered), age_text(header.age),
        ]
        if header.chip:
            parts.append(self.tr("chip {chip}").format(chip=header.chip))
        if header.deceased_on:
            parts.append(self.tr("died {date}").format(date=date_text(header.deceased_on)))
        self.identity_label.setText(" · ".join(p for p in parts if p))
        self.identity_label.setToolTip(self.identity_label.text())
        self._show_weight(header)
        self._show_alerts(header)
        phone = display_phone(header.owner.phone) if header.owner.phone else ""
        owner = self.tr("Owner: {name}").format(name=header.owner.name)
        self.owner_button.setText(f"{owner} · {phone}" if phone else owner)
        self.owner_button.setToolTip(self.tr("Open the client card"))

    def _show_weight(self, header: ChartHeader) -> None:
        if header.current_weight_kg is None:
            self.weight_label.setText(self.tr("Weight: not recorded"))
            self.sparkline.set_values([])
            return
        text = self.tr("Weight: {kg} kg ({date})").format(
            kg=decimal_text(header.current_weight_kg, 2),
            date=date_text(local(header.weighed_at, self.zone).date()) if header.weighed_at else "",
        )
        trend = [float(p.weight_kg) for p in header.weight_trend]
        if len(trend) >= 2:
            change = header.weight_trend[-1].weight_kg - header.weight_trend[0].weight_kg
            sign = "+" if change > 0 else ("−" if change < 0 else "±")
            text += " " + self.tr("{sign}{kg} kg since {date}").format(
                sign=sign, kg=decimal_text(abs(change), 2),
                date=date_text(local(header.weight_trend[0].measured_at, self.zone).date()),
            )
        self.weight_label.setText(text)
        self.sparkline.set_values(trend)
        self.sparkline.setToolTip(self.tr("Weight trend, last %n weighings", "", len(trend)))

    def _show_alerts(self, header: ChartHeader) -> None:
        colours = chart_colours()
        pieces = []
        for alert in header.alerts:
            who = self.tr("Owner") if alert.about == "owner" else self.tr("Animal")
            # Red only for alerts that must not be missed; the "!" carries it without colour.
            colour = colours.error if alert.severity is AlertSeverity.MANDATORY else (
                colours.warning if alert.severity is AlertSeverity.WARNING else colours.muted)
            pieces.append(
                f'<span style="color:{colour}"><b>⚠ {who}:</b> {_escape(alert.text)}</span>'
            )
        self.alerts_label.setText("&nbsp;&nbsp;".join(pieces))
        self.alerts_label.setVisible(bool(pieces))

    def _owner_clicked(self) -> None:
        if self.header is not None:
            self.owner_clicked.emit(self.header.owner.client_id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

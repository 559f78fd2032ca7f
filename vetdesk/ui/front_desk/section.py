"""A titled section of the client card that collapses and remembers that across openings."""

from __future__ import annotations

from vetdesk.ui.qt import QSettings, Qt, QToolButton, QVBoxLayout, QWidget

SETTINGS_PREFIX = "clientCard/collapsed/"


class CollapsibleSection(QWidget):
    def __init__(self, key: str, title: str, content: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title = title
        self.content = content
        self.toggle = QToolButton()
        self.toggle.setObjectName(f"section_{key}")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.setStyleSheet("QToolButton { font-weight: bold; border: none; }")
        collapsed = bool(QSettings().value(SETTINGS_PREFIX + key, False, type=bool))
        self.toggle.setChecked(not collapsed)
        self.toggle.toggled.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(content)
        self.set_count(None)
        self._apply()

    @property
    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_count(self, count: int | None) -> None:
        text = self.title if count is None else f"{self.title} ({count})"
        self.toggle.setText(text)
        self.toggle.setAccessibleName(text)

    def _toggled(self, expanded: bool) -> None:
        QSettings().setValue(SETTINGS_PREFIX + self.key, not expanded)
        self._apply()

    def _apply(self) -> None:
        expanded = self.toggle.isChecked()
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.content.setVisible(expanded)

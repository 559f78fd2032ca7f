"""A form whose fields show their own error message right under them (UI.md: validation in
the field as the user types, the message next to the field)."""

from __future__ import annotations

from vetdesk.ui.qt import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget


class ValidatedForm(QWidget):
    """Rows of label + field + (hidden until needed) error message, keyed by field name.

    Field names are the keys services use in ``ValidationError.field_errors`` and in
    ``validate_*`` results, so a service's answer lands next to the right field.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}

    def add_field(self, name: str, label: str, field: QWidget, hint: str = "") -> QWidget:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setProperty("role", "hint")
            hint_label.setWordWrap(True)
            column.addWidget(hint_label)
        error = QLabel()
        error.setProperty("role", "fieldError")
        error.setWordWrap(True)
        error.setVisible(False)
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(field)
        self._layout.addRow(caption, holder)
        self.fields[name] = field
        self.error_labels[name] = error
        return field

    def show_errors(self, problems: dict[str, str], only: set[str] | None = None) -> None:
        """Show each problem under its field and clear the others.

        ``only`` limits which fields are touched, so a field the user has not reached yet is not
        scolded for being empty.
        """
        changed = False
        for name, label in self.error_labels.items():
            message = "" if only is not None and name not in only else problems.get(name, "")
            if message != label.text() or bool(message) == label.isHidden():
                changed = True
            label.setText(message)
            label.setVisible(bool(message))
        if changed:
            self._fit_window()

    def _fit_window(self) -> None:
        # A dialog does not grow by itself for wrapped text (Qt ignores height-for-width in a
        # window's minimum size), so messages would be cut off and fields squashed. Grow only:
        # adjustSize() here once shrank the client form from 620×720 to 493×390 (issue 8).
        window = self.window()
        if isinstance(window, QDialog) and window.isVisible():
            grow_to_fit(window)

    def error_text(self, name: str) -> str:
        label = self.error_labels[name]
        return "" if label.isHidden() else label.text()


# Room kept for the window's title bar and frame, which availableGeometry() does not count.
FRAME_ALLOWANCE = 40


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Open ``window`` at ``width`` × ``height``, but no larger than the screen it opens on:
    a 1366 × 768 laptop leaves about 728 pixels under the taskbar, and a taller dialog puts its
    Send/Cancel buttons below the screen's edge."""
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width = min(width, room.width())
        height = min(height, room.height() - FRAME_ALLOWANCE)
    window.resize(width, height)


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for its content at its present width, never smaller and
    never taller than the screen it is on."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = layout.totalMinimumSize().height()
    if layout.hasHeightForWidth():
        needed = max(needed, layout.totalHeightForWidth(width))
    screen = window.screen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().height())
    if needed > window.height():
        window.resize(width, needed)

"""Search the drug catalogue as you type (name, substance or varenummer, folded as the front
desk's search); Enter or a double click picks a product. Shared by the prescription form and
the medicine-given form."""

from __future__ import annotations

from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.catalogue import search_drugs
from vetdesk.services.pharmacy.types import DrugInfo
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import (
    QEvent,
    QKeyEvent,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QObject,
    Qt,
    QTimer,
    Signal,
)

_DRUG_ROLE = Qt.ItemDataRole.UserRole + 1


class DrugSearch(QObject):
    """The search field and its result list (the form lays them out); ``picked`` carries the
    chosen product."""

    picked = Signal(object)  # DrugInfo

    def __init__(self, ops: Operations, ctx: ServiceContext, actor: Actor,
                 owner: QObject) -> None:
        super().__init__(owner)
        self.ops, self.ctx, self.actor, self.owner = ops, ctx, actor, owner
        self.field = QLineEdit()
        self.field.setObjectName("drugSearch")
        self.field.setPlaceholderText(self.tr("Product name, active substance or varenummer"))
        self.field.setAccessibleName(self.tr("Search the drug catalogue"))
        self.results = QListWidget()
        self.results.setMaximumHeight(110)
        self.results.setAccessibleName(self.tr("Products found; Enter adds one"))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self._run)
        self.field.textChanged.connect(lambda _t: self.timer.start())
        self.field.returnPressed.connect(self._pick_first)
        self.results.itemActivated.connect(self._pick)
        # Enter is handled here and swallowed: otherwise the key goes on to the form, whose
        # default button (Issue, Record) would be pressed before the dosage is typed.
        self.field.installEventFilter(self)
        self.results.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)):
            if watched is self.field:
                self._pick_first()
                return True
            if watched is self.results:
                item = self.results.currentItem()
                if item is not None:
                    self._pick(item)
                return True
        return super().eventFilter(watched, event)

    def _run(self) -> None:
        text, ctx, actor = self.field.text(), self.ctx, self.actor
        if not text.strip():
            self.results.clear()
            return
        self.ops.run(lambda: search_drugs(ctx, actor, text), success=self._show,
                     parent=self.owner)

    def _show(self, found: list[DrugInfo]) -> None:
        self.results.clear()
        for drug in found:
            label = f"{drug.name} ({drug.active_substances}) – {drug.form} {drug.strength}"
            if drug.product_number:
                label += f" – {drug.product_number}"
            if drug.sample:
                label += " " + self.tr("[sample data]")
            item = QListWidgetItem(label)
            item.setData(_DRUG_ROLE, drug)
            self.results.addItem(item)
        if not found:
            self.results.addItem(self.tr("No product matches; try the substance or the "
                                         "varenummer."))

    def _pick_first(self) -> None:
        item = self.results.item(0)
        if item is not None:
            self._pick(item)

    def _pick(self, item: QListWidgetItem) -> None:
        drug = item.data(_DRUG_ROLE)
        if not isinstance(drug, DrugInfo):
            return
        self.field.clear()
        self.results.clear()
        self.picked.emit(drug)

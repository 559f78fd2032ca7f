"""Settings → Reminders: the clinic's recall rules, and the SMS texts with a live count of
characters, GSM-7 or UCS-2 and parts (issue 11)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vetdesk.domain.codes import RecallRuleKind, Species
from vetdesk.domain.sms_text import sms_length
from vetdesk.services.messaging.recall_rules import (
    RuleInput,
    RuleView,
    list_rules,
    retire_rule,
    save_rule,
)
from vetdesk.services.messaging.templates import KINDS, LANGUAGES, template_key
from vetdesk.services.settings.store import (
    SettingValue,
    change_setting,
    read_settings,
    unset_setting,
)
from vetdesk.ui.front_desk.formats import species_label
from vetdesk.ui.ops import describe_failure
from vetdesk.ui.pages.registry import PageContext
from vetdesk.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QShowEvent,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from vetdesk.ui.widgets.error_banner import ErrorBanner


class RemindersSettings(QWidget):
    help_topic = "settings"

    def __init__(self, page: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.loaded = False
        self.rules: list[RuleView] = []
        self.settings: dict[str, str] = {}
        self._build()
        self._lay_out()
        self._connect()
        self._kind_changed()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.rules_heading = QLabel(self.tr("Recall rules"))
        self.rules_heading.setProperty("role", "heading")
        self.rules_hint = QLabel(self.tr(
            "A vaccination signed without a next date is recalled after the rule's months; it "
            "completes the open recalls of the same vaccine group."))
        self.rules_hint.setProperty("role", "hint")
        self.rules_hint.setWordWrap(True)
        self.banner = ErrorBanner()
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("recallRules")
        self.table.setHorizontalHeaderLabels([
            self.tr("Rule"), self.tr("Product"), self.tr("Species"), self.tr("Vaccine group"),
            self.tr("Interval")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("ruleKind")
        for kind in RecallRuleKind:
            self.kind_box.addItem(self.kind_label(kind.value), kind.value)
        self.interval_spin = QSpinBox()
        self.interval_spin.setObjectName("ruleInterval")
        self.interval_spin.setRange(1, 168)
        self.product_edit = QLineEdit()
        self.product_edit.setObjectName("ruleProduct")
        self.product_edit.setPlaceholderText(self.tr("e.g. Nobivac DHPPi"))
        self.species_box = QComboBox()
        self.species_box.setObjectName("ruleSpecies")
        self.species_box.addItem(self.tr("Every species"), None)
        for species in Species:
            self.species_box.addItem(species_label(species.value), species.value)
        self.group_edit = QLineEdit()
        self.group_edit.setObjectName("ruleGroup")
        self.group_edit.setPlaceholderText(self.tr("e.g. DHPPi"))
        self.save_rule_button = QPushButton(self.tr("&Save rule"))
        self.save_rule_button.setObjectName("saveRule")
        self.retire_button = QPushButton(self.tr("&Retire rule"))
        self.retire_button.setObjectName("retireRule")
        self.status_label = QLabel()
        self.status_label.setProperty("role", "hint")
        self.status_label.setWordWrap(True)

        self.texts_heading = QLabel(self.tr("SMS texts"))
        self.texts_heading.setProperty("role", "heading")
        self.template_box = QComboBox()
        self.template_box.setObjectName("smsTemplate")
        for language in LANGUAGES:
            for text_kind in KINDS:
                self.template_box.addItem(self.template_label(text_kind, language),
                                          template_key(text_kind, "sms", language))
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("smsText")
        self.text_edit.setMaximumHeight(90)
        self.count_label = QLabel()
        self.count_label.setObjectName("smsCount")
        self.placeholders_label = QLabel(self.tr(
            "Placeholders: {client} {animal} {what} {date} {time} {vet} {clinic} "
            "{clinic_phone}"))
        self.placeholders_label.setProperty("role", "hint")
        self.placeholders_label.setWordWrap(True)
        self.save_text_button = QPushButton(self.tr("Save &text"))
        self.save_text_button.setObjectName("saveSmsText")

    def _lay_out(self) -> None:
        form = QFormLayout()
        for caption, field in ((self.tr("&Kind"), self.kind_box),
                               (self.tr("&Interval"), self.interval_spin),
                               (self.tr("&Product"), self.product_edit),
                               (self.tr("Sp&ecies"), self.species_box),
                               (self.tr("Vaccine &group"), self.group_edit)):
            label = QLabel(caption)
            label.setBuddy(field)  # Alt+letter goes to the field
            form.addRow(label, field)
        rule_buttons = QHBoxLayout()
        rule_buttons.addWidget(self.status_label, 1)
        rule_buttons.addWidget(self.retire_button)
        rule_buttons.addWidget(self.save_rule_button)
        text_buttons = QHBoxLayout()
        text_buttons.addWidget(self.count_label, 1)
        text_buttons.addWidget(self.save_text_button)
        column = QVBoxLayout(self)
        column.addWidget(self.rules_heading)
        column.addWidget(self.rules_hint)
        column.addWidget(self.banner)
        column.addWidget(self.table)
        column.addLayout(form)
        column.addLayout(rule_buttons)
        column.addSpacing(12)
        column.addWidget(self.texts_heading)
        column.addWidget(self.template_box)
        column.addWidget(self.text_edit)
        column.addWidget(self.placeholders_label)
        column.addLayout(text_buttons)
        column.addStretch(1)

    def _connect(self) -> None:
        self.kind_box.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.save_rule_button.clicked.connect(self.save_rule)
        self.retire_button.clicked.connect(self.retire_rule)
        self.table.currentCellChanged.connect(lambda *_a: self._rule_chosen())
        self.template_box.currentIndexChanged.connect(lambda _i: self._show_template())
        self.text_edit.textChanged.connect(self._count)
        self.save_text_button.clicked.connect(self.save_text)

    # -- labels -------------------------------------------------------------------------------

    def kind_label(self, kind: str) -> str:
        return {"vaccination": self.tr("Vaccination"), "checkup": self.tr("Annual check-up"),
                "postop": self.tr("Control after an operation"),
                "appointment": self.tr("Appointment reminder")}.get(kind, kind)

    def unit_label(self, unit: str, count: int) -> str:
        # One text for one and one for more, so English reads right without a translator.
        if count == 1:
            text = {"months": self.tr("1 month"), "days": self.tr("1 day"),
                    "hours": self.tr("1 hour before")}.get(unit, "1")
        else:
            text = {"months": self.tr("{n} months"), "days": self.tr("{n} days"),
                    "hours": self.tr("{n} hours before")}.get(unit, "{n}")
        return text.format(n=count)

    def template_label(self, kind: str, language: str) -> str:
        what = {"recall": self.tr("Recall"), "recall_second": self.tr("Second reminder"),
                "appointment_reminder": self.tr("Appointment reminder"),
                "appointment_confirmation": self.tr("Appointment confirmation"),
                "appointment_moved": self.tr("Appointment moved"),
                "appointment_cancelled": self.tr("Appointment cancelled")}[kind]
        name = self.tr("bokmål") if language == "nb" else self.tr("English")
        return f"{what} ({name})"

    # -- loading ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        ctx, actor = self.page.ctx, self.page.actor
        self._run(lambda: (list_rules(ctx, actor), read_settings(ctx, actor)), self._show)

    def _run(self, work: Callable[[], Any], success: Callable[[Any], None]) -> None:
        self.page.ops.run(work, success=success, failure=self._failed, parent=self)

    def _show(self, loaded: tuple[list[RuleView], list[SettingValue]]) -> None:
        self.loaded = True
        self.rules = [rule for rule in loaded[0] if rule.active]
        self.settings = {s.key: s.value or "" for s in loaded[1]}
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            cells = (self.kind_label(rule.kind), rule.product or "",
                     species_label(rule.species) if rule.species else self.tr("Every species"),
                     rule.vaccine_group or "", self.unit_label(rule.unit, rule.interval))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.retire_button.setEnabled(False)
        self._show_template()

    def _failed(self, error: BaseException) -> bool:
        self.banner.show_failure(describe_failure(error))
        return True

    # -- rules --------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        kind = RecallRuleKind(self.kind_box.currentData())
        vaccination = kind is RecallRuleKind.VACCINATION
        for widget in (self.product_edit, self.group_edit, self.species_box):
            widget.setEnabled(vaccination)
        unit = {"vaccination": "months", "checkup": "months", "postop": "days",
                "appointment": "hours"}[kind.value]
        self.interval_spin.setSuffix(" " + {"months": self.tr("months"), "days": self.tr("days"),
                                            "hours": self.tr("hours")}[unit])

    def _rule_chosen(self) -> None:
        row = self.table.currentRow()
        rule = self.rules[row] if 0 <= row < len(self.rules) else None
        self.retire_button.setEnabled(rule is not None)
        if rule is None:
            return
        self.kind_box.setCurrentIndex(self.kind_box.findData(rule.kind))
        self.interval_spin.setValue(rule.interval)
        self.product_edit.setText(rule.product or "")
        self.species_box.setCurrentIndex(max(0, self.species_box.findData(rule.species)))
        self.group_edit.setText(rule.vaccine_group or "")

    def current_rule(self) -> RuleInput:
        kind = RecallRuleKind(self.kind_box.currentData())
        vaccination = kind is RecallRuleKind.VACCINATION
        return RuleInput(
            kind=kind, interval=self.interval_spin.value(),
            product=self.product_edit.text() if vaccination else None,
            species=self.species_box.currentData() if vaccination else None,
            vaccine_group=self.group_edit.text() if vaccination else None)

    def save_rule(self) -> None:
        ctx, actor, rule = self.page.ctx, self.page.actor, self.current_rule()
        self._run(lambda: save_rule(ctx, actor, rule), self._rule_saved)

    def _rule_saved(self, rule: RuleView) -> None:
        self.banner.dismiss()
        self.status_label.setText(self.tr("Rule saved: {rule}.").format(
            rule=self.kind_label(rule.kind)))
        self.reload()

    def retire_rule(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rules):
            return
        ctx, actor, rule_id = self.page.ctx, self.page.actor, self.rules[row].id
        self._run(lambda: retire_rule(ctx, actor, rule_id), lambda _none: self._retired())

    def _retired(self) -> None:
        self.status_label.setText(self.tr("The rule is no longer used."))
        self.reload()

    # -- SMS texts ----------------------------------------------------------------------------

    def _show_template(self) -> None:
        self.text_edit.setPlainText(self.settings.get(self.template_box.currentData(), ""))
        self._count()

    def _count(self) -> None:
        length = sms_length(self.text_edit.toPlainText())
        self.count_label.setText(self.tr("{characters} characters · {encoding} · {parts} SMS")
                                 .format(characters=length.characters,
                                         encoding=length.encoding, parts=length.parts))

    def save_text(self) -> None:
        ctx, actor = self.page.ctx, self.page.actor
        key, text = self.template_box.currentData(), self.text_edit.toPlainText()
        if not text.strip():
            # An emptied text means "back to the program's own text", as `settings unset`.
            self._run(lambda: unset_setting(ctx, actor, key), self._text_reset)
            return
        self._run(lambda: change_setting(ctx, actor, key, text), self._text_saved)

    def _text_saved(self, saved: SettingValue) -> None:
        self.banner.dismiss()
        self.settings[saved.key] = saved.value or ""
        self.count_label.setText(self.count_label.text() + " · " + self.tr("saved"))

    def _text_reset(self, saved: SettingValue) -> None:
        self.banner.dismiss()
        self.settings[saved.key] = saved.value or ""
        if self.template_box.currentData() != saved.key:
            return  # another text is shown now; this one shows its standard text when chosen
        self._show_template()
        restored = self.tr("default text restored")
        self.count_label.setText(self.count_label.text() + " · " + restored)

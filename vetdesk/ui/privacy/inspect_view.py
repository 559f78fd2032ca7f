"""Everything held about one client, grouped: each group's purpose, legal basis and deletable
date, the records themselves in words, and who opened the client's data and when.

The words come from the service (inspect_records.py, translated there); this view lays them
out: a group line, its purpose, basis and retention word-wrapped under it, then one line per
record (when, what, the record), a message's text and other long values as lines beneath.
Selecting any line shows it in full in the details box underneath.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from vetdesk.domain.privacy_classification import Group
from vetdesk.services.privacy.inspect import InspectGroup, Inspection
from vetdesk.services.privacy.inspect_records import Record
from vetdesk.ui.front_desk.formats import date_text, moment_text
from vetdesk.ui.qt import (
    QFont,
    QHeaderView,
    QLabel,
    QSplitter,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

WHEN, WHAT, RECORD = range(3)
# The full text of a line, shown in the details box when it is selected.
FULL_TEXT = Qt.ItemDataRole.UserRole + 1


class InspectView(QWidget):
    def __init__(self, found: Inspection, zone: ZoneInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyInspect")
        self.zone = zone
        self.client_no = found.client_no
        self.title = self.tr("Data held: {name} ({client_no})").format(
            name=found.name, client_no=found.client_no)
        heading = QLabel(self.title)
        heading.setProperty("role", "heading")
        intro = QLabel(self.tr(
            "Everything the clinic holds about this client, with why it is kept, the legal "
            "basis, and the day it may be deleted. Select a line to read it in full. This look "
            "is recorded in the audit log."))
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.groups = QTreeWidget()
        self.groups.setObjectName("inspectGroups")
        self.groups.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Record")])
        self.groups.setWordWrap(True)
        self.groups.setUniformRowHeights(False)
        log_group = None
        for group in found.groups:
            if group.group is Group.ACCESS_LOG:
                log_group = group  # listed on its own below
            else:
                self._add_group(group)
        self.groups.expandAll()
        header = self.groups.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QLabel()
        self.details.setObjectName("inspectDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setMinimumHeight(48)
        self.groups.currentItemChanged.connect(self._show_details)
        log_heading = QLabel(self.tr("Who opened the data"))
        log_heading.setProperty("role", "heading")
        self.log_about = QLabel("\n".join(self._about(log_group)) if log_group else "")
        self.log_about.setObjectName("inspectLogAbout")
        self.log_about.setWordWrap(True)
        self.log_about.setProperty("role", "hint")
        self.log = QTreeWidget()
        self.log.setObjectName("inspectLog")
        self.log.setRootIsDecorated(False)
        self.log.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        for event in reversed(found.access_log):
            when = moment_text(event.occurred_at, zone)
            self.log.addTopLevelItem(QTreeWidgetItem([when, event.username, event.what]))
        self.log.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.log.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.groups, 1)
        top_layout.addWidget(self.details)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(log_heading)
        bottom_layout.addWidget(self.log_about)
        bottom_layout.addWidget(self.log, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        if (first := self.groups.topLevelItem(0)) is not None:
            self.groups.setCurrentItem(first)

    def _add_group(self, group: InspectGroup) -> None:
        count = len(group.records)
        line = self.tr("{group} ({count})").format(group=group.label, count=count)
        item = QTreeWidgetItem([line, "", ""])
        bold = QFont(item.font(WHEN))
        bold.setBold(True)
        item.setFont(WHEN, bold)
        about = self._about(group)
        item.setData(WHEN, FULL_TEXT, "\n".join([line, *about]))
        item.setToolTip(WHEN, "\n".join(about))
        self.groups.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
        for text in about:
            child = QTreeWidgetItem(item, [text, "", ""])
            child.setData(WHEN, FULL_TEXT, text)
            child.setToolTip(WHEN, text)
            child.setFirstColumnSpanned(True)
        if not group.records:
            QTreeWidgetItem(item, ["", "", self.tr("Nothing held")])
        for record in group.records:
            self._add_record(item, record)

    def _about(self, group: InspectGroup) -> list[str]:
        until = (date_text(group.deletable_on) if group.deletable_on
                 else "; ".join(group.retention))
        # One line per purpose and basis: joined, they ran past the window's edge.
        return [*(self.tr("Purpose: {0}").format(p) for p in group.purposes),
                *(self.tr("Legal basis: {0}").format(b) for b in group.bases),
                self.tr("May be deleted: {0}").format(until)]

    def _add_record(self, parent: QTreeWidgetItem, record: Record) -> None:
        item = QTreeWidgetItem(parent, [self._when(record.when), record.kind, record.text])
        full = "\n".join([f"{self._when(record.when)} {record.kind}".strip(), record.text,
                          *record.details])
        for column in (WHEN, WHAT, RECORD):
            item.setData(column, FULL_TEXT, full)
        item.setToolTip(RECORD, full)
        for line in record.details:
            detail = QTreeWidgetItem(item, ["", "", line])
            detail.setData(RECORD, FULL_TEXT, full)
            detail.setToolTip(RECORD, line)

    def _when(self, when: dt.datetime | dt.date | None) -> str:
        if isinstance(when, dt.datetime):
            return moment_text(when, self.zone)
        return date_text(when)

    def _show_details(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            self.details.clear()
            return
        text = current.data(WHEN, FULL_TEXT) or current.data(RECORD, FULL_TEXT) or ""
        self.details.setText(str(text))

"""Everything held about one client, grouped: purpose, legal basis and deletable date per group,
the tables and row counts inside it, and who opened the client's data and when."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from vetdesk.services.privacy.inspect import Inspection
from vetdesk.ui.front_desk.formats import date_text, moment_text
from vetdesk.ui.qt import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget


class InspectView(QWidget):
    def __init__(self, found: Inspection, zone: ZoneInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyInspect")
        self.title = self.tr("Data held: {name} ({client_no})").format(
            name=found.name, client_no=found.client_no)
        heading = QLabel(self.title)
        heading.setProperty("role", "heading")
        intro = QLabel(self.tr(
            "Everything the clinic holds about this client, with why it is kept, the legal "
            "basis, and the day it may be deleted. This look is recorded in the audit log."))
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        self.groups = QTreeWidget()
        self.groups.setObjectName("inspectGroups")
        self.groups.setHeaderLabels([self.tr("Data"), self.tr("Records"),
                                     self.tr("May be deleted")])
        self.groups.setAlternatingRowColors(True)
        for group in found.groups:
            until = (date_text(group.deletable_on) if group.deletable_on
                     else "; ".join(group.retention))
            item = QTreeWidgetItem([group.label, str(group.count), until])
            item.setToolTip(2, until)
            lines = [self.tr("Purpose: {0}").format(p) for p in group.purposes]
            lines += [self.tr("Legal basis: {0}").format(b) for b in group.bases]
            for line in lines:
                QTreeWidgetItem(item, [line, "", ""]).setToolTip(0, line)
            for table in group.tables:
                QTreeWidgetItem(item, [self.tr("Table {0}").format(table.table),
                                       str(len(table.rows)), ""])
            self.groups.addTopLevelItem(item)
        self.groups.expandAll()
        header = self.groups.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        log_heading = QLabel(self.tr("Who opened the data"))
        log_heading.setProperty("role", "heading")
        self.log = QTreeWidget()
        self.log.setObjectName("inspectLog")
        self.log.setRootIsDecorated(False)
        self.log.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"),
                                  self.tr("Record")])
        for event in reversed(found.access_log):
            when = moment_text(event.occurred_at, zone)
            self.log.addTopLevelItem(QTreeWidgetItem(
                [when, event.username, event.action, event.entity_type or ""]))
        self.log.setColumnWidth(0, 150)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.groups, 3)
        layout.addWidget(log_heading)
        layout.addWidget(self.log, 1)

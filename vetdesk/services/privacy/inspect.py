"""Inspect: everything held about one client, grouped, each group with its purpose, legal basis
and the date it may be deleted, and who opened the client's data and when (the audit log).

Four round trips to the server whatever the record's size: the audited view, the client's id,
the whole holding in one statement (holdings.py), and the names of the staff and recipients it
mentions in one more; the records are then put in words (inspect_records.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import Client
from vetdesk.domain import privacy_rules as rules
from vetdesk.domain.privacy_classification import (
    POLICIES,
    Group,
    Retention,
    client_tables,
)
from vetdesk.errors import NotFound
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.privacy.holdings import Holding, read_holding, while_owned
from vetdesk.services.privacy.inspect_records import (
    Names,
    Record,
    access_text,
    names_from,
    names_statement,
    records_of,
)

PURGE_RULES: dict[Retention, Callable[[dt.date], dt.date]] = {
    Retention.JOURNAL: rules.journal_purge_on,
    Retention.ACCOUNTS: rules.accounts_purge_on,
    Retention.MESSAGES: rules.message_purge_on,
    Retention.REQUESTS: rules.request_purge_on,
}


@dataclass(frozen=True)
class TableRows:
    table: str
    rows: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class InspectGroup:
    group: Group
    label: str
    purposes: tuple[str, ...]
    bases: tuple[str, ...]
    retention: tuple[str, ...]
    # The day the last of the group's rows may be deleted (None: on erasure, or no dated rows).
    deletable_on: dt.date | None
    tables: tuple[TableRows, ...]
    # The rows in words, for the screen (the tables keep them as stored, for the export).
    records: tuple[Record, ...] = ()

    @property
    def count(self) -> int:
        return sum(len(t.rows) for t in self.tables)


@dataclass(frozen=True)
class AccessEntry:
    occurred_at: dt.datetime
    username: str
    action: str
    entity_type: str | None
    # The action in words: "Access (privacy)", "Opened – journal entry".
    what: str = ""


@dataclass(frozen=True)
class Inspection:
    client_id: int
    client_no: int
    name: str
    groups: tuple[InspectGroup, ...]
    access_log: tuple[AccessEntry, ...]
    disclosures: tuple[AccessEntry, ...]
    holding: Holding


def inspect_client(ctx: ServiceContext, actor: Actor, client_no: int) -> Inspection:
    require(actor, Permission.MANAGE_PRIVACY)
    with ctx.db.reading() as session:
        client_id = client_id_for(session, client_no)
    # Logged before it is read: nobody sees a client's whole record unrecorded.
    audit.record_view_now(ctx, actor, entity_type="privacy_inspect", entity_id=client_no,
                          client_id=client_id)
    with ctx.db.reading() as session:
        holding = while_owned(read_holding(session, client_id), ctx.zone)
        wanted = names_statement(holding)
        names = names_from(session.execute(wanted) if wanted is not None else ())
    return inspection_of(holding, client_no, names)


def client_id_for(session: Session, client_no: int) -> int:
    found = session.execute(
        select(Client.id).where(Client.client_no == client_no)).scalar_one_or_none()
    if found is None:
        raise NotFound(_("There is no client number {client_no}; check the number.").format(
            client_no=client_no))
    return int(found)


def inspection_of(holding: Holding, client_no: int, names: Names | None = None
                  ) -> Inspection:
    names = names if names is not None else Names({}, {})
    me = next((r for r in holding.rows("clients") if r["id"] == holding.client_id), {})
    groups = []
    for group in Group:
        tables = [n for n in client_tables() if POLICIES[n].group is group]
        if not tables:
            continue
        policies = [POLICIES[n] for n in tables]
        groups.append(InspectGroup(
            group=group, label=_(group.label),
            purposes=_unique(_(p.purpose) for p in policies),
            bases=_unique(_(p.basis.label) for p in policies),
            retention=_unique(_(p.retention.label) for p in policies),
            deletable_on=_deletable_on(holding, tables),
            tables=tuple(TableRows(n, holding.rows(n)) for n in tables),
            records=records_of(group, holding, names)))
    events = sorted(holding.rows("audit_events"), key=lambda r: int(r["id"]))
    log = tuple(AccessEntry(as_moment(e["occurred_at"]), str(e["username"]),
                            str(e["action"]), e.get("entity_type"),
                            access_text(str(e["action"]), e.get("entity_type")))
                for e in events)
    return Inspection(
        client_id=holding.client_id, client_no=client_no,
        name=f"{me.get('first_name', '')} {me.get('last_name', '')}".strip(),
        groups=tuple(groups), access_log=log,
        disclosures=tuple(e for e in log if e.action.startswith("disclosure.")),
        holding=holding)


def _deletable_on(holding: Holding, names: list[str]) -> dt.date | None:
    dates = []
    for name in names:
        policy = POLICIES[name]
        purge = PURGE_RULES.get(policy.retention)
        if purge is None or policy.dated_by is None:
            continue
        for row in holding.rows(name):
            anchors = [a for a in (as_date(row.get(c)) for c in policy.dated_by) if a is not None]
            if anchors:
                dates.append(purge(max(anchors)))
    return max(dates) if dates else None


def as_date(value: Any) -> dt.date | None:
    """A date or time from the JSON of either engine ("2026-11-22 07:55:00", "…T…+00:00")."""
    if value is None or value == "":
        return None
    return dt.date.fromisoformat(str(value)[:10])


def as_moment(value: Any) -> dt.datetime:
    """A stored moment from the JSON of either engine, as an aware UTC datetime."""
    moment = dt.datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def _unique(items: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))

"""The client card: everything the front desk shows about one owner, in four statements.

Statements: the audit "view" (coalesced per user and record; one statement on PostgreSQL, two
on SQLite), (1) the client with phones and alerts and each animal with chip and alerts, (2) the
history feed (client_card_feed). The count stays the same whatever the size of ten years of
history, and both reads are written once and compiled once.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Connection, Date, Row, TextualSelect, text
from sqlalchemy.dialects import sqlite

from vetdesk.db import raw_rows
from vetdesk.db.base import UTCDateTime
from vetdesk.domain.alert_view import AlertView
from vetdesk.domain.animal_rules import CHIP_KINDS
from vetdesk.domain.chips import ChipError, read_chip
from vetdesk.domain.codes import AlertSeverity, ClientStatus
from vetdesk.domain.phones import display_phone
from vetdesk.errors import NotFound
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.client_card_feed import FeedRow, load_feed
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import clinic_today
from vetdesk.services.permissions import Actor, Permission, require


@dataclass(frozen=True)
class PhoneView:
    e164: str
    display: str
    kind: str


@dataclass(frozen=True)
class AnimalSummary:
    animal_id: int
    name: str
    species: str
    breed: str | None
    sex: str
    neutered: bool
    birth_date: dt.date | None
    birth_date_estimated: bool
    # Whole years and months old (at death for a deceased animal); None without a birth date.
    age: tuple[int, int] | None
    colour: str | None
    microchip: str | None
    chip_origin: str | None
    insurance_company: str | None
    insurance_policy: str | None
    deceased_on: dt.date | None
    notes: str | None
    version: int
    alerts: tuple[AlertView, ...]


@dataclass(frozen=True)
class AppointmentView:
    appointment_id: int
    starts_at: dt.datetime
    ends_at: dt.datetime
    animal_id: int | None
    appointment_type: str
    reason: str | None
    with_whom: str
    status: str


@dataclass(frozen=True)
class RecallView:
    reminder_id: int
    animal_id: int | None
    title: str
    kind: str
    due_on: dt.date


@dataclass(frozen=True)
class MessageView:
    message_id: str
    queued_at: dt.datetime
    last_status_at: dt.datetime | None
    channel: str
    text: str
    recipient: str
    status: str


@dataclass(frozen=True)
class PurchaseView:
    invoice_id: int
    invoice_no: str
    issued_at: dt.datetime
    total_ore: int
    status: str


@dataclass(frozen=True)
class ConsentView:
    purpose: str
    channel: str
    granted: bool
    method: str
    recorded_at: dt.datetime
    note: str | None


@dataclass(frozen=True)
class ClientCard:
    client_id: int
    client_no: int
    first_name: str
    last_name: str
    address: str | None
    postal_code: str | None
    city: str | None
    email: str | None
    birth_date: dt.date | None
    org_number: str | None
    notes: str | None
    status: ClientStatus
    version: int
    phones: tuple[PhoneView, ...]
    alerts: tuple[AlertView, ...]
    animals: tuple[AnimalSummary, ...]
    upcoming: tuple[AppointmentView, ...]
    recalls: tuple[RecallView, ...]
    messages: tuple[MessageView, ...]
    purchases: tuple[PurchaseView, ...]
    # The newest decision per (purpose, channel), and every decision newest first.
    consents: tuple[ConsentView, ...]
    consent_history: tuple[ConsentView, ...]
    # The latest appointment that took place (done, arrived or in progress), if any.
    last_visit: AppointmentView | None = None
    # Processing restricted at the client's request (GDPR art. 18): show it, send nothing.
    restricted: bool = False
    # The language the clinic writes to the client in (ClientLanguage's code).
    language: str = "nb"

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def mandatory_alerts(self) -> tuple[AlertView, ...]:
        """Shown in a pop-up once per opening; the user must acknowledge them."""
        own = [a for a in self.alerts if a.mandatory]
        return tuple(own + [a for animal in self.animals for a in animal.alerts if a.mandatory])


def age_on(birth: dt.date | None, day: dt.date) -> tuple[int, int] | None:
    if birth is None or birth > day:
        return None
    months = (day.year - birth.year) * 12 + day.month - birth.month - (day.day < birth.day)
    return months // 12, months % 12


def open_client_card(ctx: ServiceContext, actor: Actor, client_id: int) -> ClientCard:
    """The client card, after logging the view (repeated views within a few minutes are one
    event). The view is logged first, in its own statement, so a card is never shown without
    its viewing on record; the reads that follow are two statements (three round trips in all
    over a distant link)."""
    require(actor, Permission.VIEW_CLIENTS)
    audit.record_view_now(ctx, actor, entity_type="client", entity_id=client_id,
                          client_id=client_id)
    with ctx.db.quick_read() as conn:
        return read_client_card(conn, ctx, client_id)


# The owner with phones and alerts, and each animal with its first chip and its alerts: one
# row per animal (one for an owner without animals), the small lists as JSON arrays. Written
# once per engine and compiled once (SQLAlchemy caches a text() statement's compilation), so an
# opening costs what the statement costs, not the building of it.
def _json_list(dialect: str, cols: str, source: str, order: str) -> str:
    """A JSON array of arrays (``cols`` of each row of ``source``, in ``order``)."""
    if dialect == "postgresql":
        return f"(SELECT json_agg(json_build_array({cols}) ORDER BY {order}) FROM {source})"
    names = [f"j{i}" for i, _ in enumerate(cols.split(","))]
    aliased = ", ".join(f"{col.strip()} AS {name}" for col, name in zip(cols.split(","), names,
                                                                         strict=True))
    return (f"(SELECT json_group_array(json_array({', '.join(names)})) FROM "
            f"(SELECT {aliased} FROM {source} ORDER BY {order}))")


def _card_sql(dialect: str) -> TextualSelect:
    phones = _json_list(dialect, "p.e164, p.kind", "client_phones p WHERE p.client_id = c.id",
                        "p.position, p.id")
    alerts = _json_list(dialect, "x.id, x.text, x.severity",
                        "client_alerts x WHERE x.client_id = c.id AND x.active", "x.id")
    animal_alerts = _json_list(dialect, "x.id, x.text, x.severity",
                               "animal_alerts x WHERE x.animal_id = a.id AND x.active", "x.id")
    chip_kinds = ", ".join(f"'{kind}'" for kind in CHIP_KINDS)
    return text(f"""
SELECT c.id, c.client_no, c.first_name, c.last_name, c.address, c.postal_code, c.city, c.email,
       c.birth_date, c.org_number, c.notes, c.status, c.version, c.erased_at, c.merged_into_id,
       c.restricted_at, c.language,
       {phones} AS phones, {alerts} AS alerts,
       a.id AS animal_id, a.name, a.species, a.breed, a.sex, a.neutered, a.birth_date AS born,
       a.birth_date_estimated, a.colour, a.insurance_company, a.insurance_policy,
       a.deceased_on, a.notes AS animal_notes, a.version AS animal_version,
       (SELECT i.value FROM identities i WHERE i.animal_id = a.id AND i.kind IN ({chip_kinds})
        ORDER BY i.id LIMIT 1) AS chip,
       {animal_alerts} AS animal_alerts
FROM clients c LEFT JOIN animals a ON a.owner_id = c.id
WHERE c.id = :client_id
ORDER BY a.deceased_on IS NOT NULL, a.name, a.id
""").columns(birth_date=Date(), erased_at=UTCDateTime(), restricted_at=UTCDateTime(),
             neutered=Boolean(), born=Date(),
             birth_date_estimated=Boolean(), deceased_on=Date())


_CARD_SQL = {dialect: _card_sql(dialect) for dialect in ("sqlite", "postgresql")}


@cache
def _card_sqlite() -> Any:
    return raw_rows.compile_for_sqlite(_CARD_SQL["sqlite"], sqlite.dialect())


def _day(stored: dt.date | str | None) -> dt.date | None:
    """A date column: a date from PostgreSQL, ISO text from SQLite's plain values."""
    return dt.date.fromisoformat(stored) if isinstance(stored, str) else stored


def read_client_card(conn: Connection, ctx: ServiceContext, client_id: int) -> ClientCard:
    """The card's reads (two statements), for a caller that has checked the permission and
    logged the view. Nothing in them is ORM, so they take a connection (``quick_read``):
    a Session would only add time."""
    today = clinic_today(ctx)
    rows: Any = (
        # SQLite: the driver's plain values, the few dates converted below (issue 9).
        raw_rows.run(conn, _card_sqlite(), {"client_id": client_id})
        if conn.dialect.name == "sqlite"
        else conn.execute(_CARD_SQL[conn.dialect.name], {"client_id": client_id}).all()
    )
    if not rows or rows[0].merged_into_id is not None:
        raise NotFound(_("This client no longer exists (erased or merged); search again."))
    feed = load_feed(conn, client_id, ctx.clock.now())
    animals = tuple(_animal(row, today) for row in rows if row.animal_id is not None)
    return _card(rows[0], animals, feed)


def _json(stored: Any) -> list[Any]:
    """A JSON array from the statement (text on SQLite, parsed already on PostgreSQL)."""
    if stored is None:
        return []
    return json.loads(stored) if isinstance(stored, str) else list(stored)


def _animal(row: Row[Any], today: dt.date) -> AnimalSummary:
    born, deceased_on = _day(row.born), _day(row.deceased_on)
    chip = row.chip
    origin = None
    if chip is not None:
        try:
            origin = read_chip(chip).origin
        except ChipError:
            origin = None
    alerts = tuple(
        AlertView(alert_id, text_, AlertSeverity(severity), row.animal_id, row.name)
        for alert_id, text_, severity in _json(row.animal_alerts)
    )
    return AnimalSummary(
        animal_id=row.animal_id, name=row.name, species=row.species, breed=row.breed,
        sex=row.sex, neutered=bool(row.neutered), birth_date=born,
        birth_date_estimated=bool(row.birth_date_estimated),
        age=age_on(born, deceased_on or today), colour=row.colour,
        microchip=chip, chip_origin=origin, insurance_company=row.insurance_company,
        insurance_policy=row.insurance_policy, deceased_on=deceased_on,
        notes=row.animal_notes, version=row.animal_version, alerts=alerts,
    )


def _card(client: Row[Any], animals: tuple[AnimalSummary, ...], feed: list[FeedRow]
          ) -> ClientCard:
    by_kind: dict[str, list[FeedRow]] = {}
    for row in feed:
        by_kind.setdefault(row.kind, []).append(row)
    history = tuple(
        ConsentView(r.t1 or "", r.t2 or "", bool(r.flag), r.t3 or "", _at(r.at), r.status)
        for r in sorted(by_kind.get("consent", []), key=lambda r: (_at(r.at), int(r.ref)),
                        reverse=True)
    )
    current: dict[tuple[str, str], ConsentView] = {}
    for consent in history:
        current.setdefault((consent.purpose, consent.channel), consent)
    status = ClientStatus(client.status)
    if client.erased_at is not None:
        status = ClientStatus.ERASED
    return ClientCard(
        client_id=client.id, client_no=client.client_no, first_name=client.first_name,
        last_name=client.last_name, address=client.address, postal_code=client.postal_code,
        city=client.city, email=client.email, birth_date=_day(client.birth_date),
        org_number=client.org_number, notes=client.notes, status=status,
        version=client.version, restricted=client.restricted_at is not None,
        language=client.language,
        phones=tuple(PhoneView(e164, display_phone(e164), kind)
                     for e164, kind in _json(client.phones)),
        alerts=tuple(AlertView(alert_id, text_, AlertSeverity(severity), None, None)
                     for alert_id, text_, severity in _json(client.alerts)),
        animals=animals,
        upcoming=tuple(
            AppointmentView(int(r.ref), _at(r.at), _at(r.at2), r.animal_id, r.t1 or "", r.t2,
                            r.t3 or "", r.status or "")
            for r in sorted(by_kind.get("appointment", []), key=lambda r: _at(r.at))
        ),
        recalls=tuple(
            RecallView(int(r.ref), r.animal_id, r.t1 or "", r.t2 or "", r.day or dt.date.min)
            for r in sorted(by_kind.get("recall", []), key=lambda r: r.day or dt.date.min)
        ),
        messages=tuple(
            MessageView(r.ref, _at(r.at), r.at2, r.t1 or "", r.t2 or "", r.t3 or "",
                        r.status or "")
            for r in sorted(by_kind.get("message", []), key=lambda r: _at(r.at), reverse=True)
        ),
        purchases=tuple(
            PurchaseView(int(r.ref), r.t1 or "", _at(r.at), r.amount or 0, r.status or "")
            for r in sorted(by_kind.get("purchase", []), key=lambda r: _at(r.at), reverse=True)
        ),
        consents=tuple(current.values()),
        consent_history=history,
        last_visit=next((
            AppointmentView(int(r.ref), _at(r.at), _at(r.at2), r.animal_id, r.t1 or "", r.t2,
                            r.t3 or "", r.status or "")
            for r in by_kind.get("visit", [])), None),
    )


def _at(moment: dt.datetime | None) -> dt.datetime:
    return moment if moment is not None else dt.datetime.min.replace(tzinfo=dt.UTC)

"""The client card: everything the front desk shows about one owner, in four queries.

Queries: (1) the client with phones and alerts, (2) the animals with chips and alerts, (3) the
history feed (client_card_feed), plus the audit "view" (coalesced per user and record). The
count stays the same whatever the size of ten years of history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from vetdesk.db.models import Animal, Client
from vetdesk.domain.animal_rules import CHIP_KINDS
from vetdesk.domain.chips import ChipError, read_chip
from vetdesk.domain.codes import AlertSeverity, ClientStatus
from vetdesk.domain.phones import display_phone
from vetdesk.errors import NotFound
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.alert_view import AlertView
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
    its viewing on record; the reads that follow cost one round trip each (four in all over a
    distant link)."""
    require(actor, Permission.VIEW_CLIENTS)
    audit.record_view_now(ctx, actor, entity_type="client", entity_id=client_id,
                          client_id=client_id)
    with ctx.db.reading() as session:
        return _load(session, ctx, client_id)


def _load(session: Session, ctx: ServiceContext, client_id: int) -> ClientCard:
    today = clinic_today(ctx)
    client = session.execute(
        select(Client).where(Client.id == client_id)
        .options(joinedload(Client.phones), joinedload(Client.alerts))
    ).unique().scalar_one_or_none()
    if client is None or client.merged_into_id is not None:
        raise NotFound(_("This client no longer exists (erased or merged); search again."))
    animals = session.execute(
        select(Animal).where(Animal.owner_id == client_id)
        .options(joinedload(Animal.identities), joinedload(Animal.alerts))
        .order_by(Animal.deceased_on.is_not(None), Animal.name, Animal.id)
    ).unique().scalars().all()
    feed = load_feed(session, client_id, ctx.clock.now())
    summaries = tuple(_animal(animal, today) for animal in animals)
    return _card(client, summaries, feed)


def _animal(animal: Animal, today: dt.date) -> AnimalSummary:
    chips = sorted((i for i in animal.identities if i.kind in CHIP_KINDS), key=lambda i: i.id)
    chip = chips[0].value if chips else None
    origin = None
    if chip is not None:
        try:
            origin = read_chip(chip).origin
        except ChipError:
            origin = None
    alerts = tuple(
        AlertView(a.id, a.text, AlertSeverity(a.severity), animal.id, animal.name)
        for a in sorted(animal.alerts, key=lambda a: a.id) if a.active
    )
    return AnimalSummary(
        animal_id=animal.id, name=animal.name, species=animal.species, breed=animal.breed,
        sex=animal.sex, neutered=animal.neutered, birth_date=animal.birth_date,
        birth_date_estimated=animal.birth_date_estimated,
        age=age_on(animal.birth_date, animal.deceased_on or today), colour=animal.colour,
        microchip=chip, chip_origin=origin, insurance_company=animal.insurance_company,
        insurance_policy=animal.insurance_policy, deceased_on=animal.deceased_on,
        notes=animal.notes, version=animal.version, alerts=alerts,
    )


def _card(client: Client, animals: tuple[AnimalSummary, ...], feed: list[FeedRow]) -> ClientCard:
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
        city=client.city, email=client.email, birth_date=client.birth_date,
        org_number=client.org_number, notes=client.notes, status=status,
        version=client.version,
        phones=tuple(PhoneView(p.e164, display_phone(p.e164), p.kind)
                     for p in sorted(client.phones, key=lambda p: (p.position, p.id))),
        alerts=tuple(AlertView(a.id, a.text, AlertSeverity(a.severity), None, None)
                     for a in sorted(client.alerts, key=lambda a: a.id) if a.active),
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

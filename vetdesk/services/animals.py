"""Registering and editing animals, their chips and alerts, and moving them to a new owner."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import CursorResult, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from vetdesk.db.models import Animal, Client, Identity, Ownership, Reminder
from vetdesk.domain.animal_rules import (
    ANIMAL_SEARCH_KEY_MAX,
    CHIP_KINDS,
    AnimalInput,
    CleanAnimal,
    check_animal,
    check_chip,
    clean_animal,
)
from vetdesk.domain.changes import Changes
from vetdesk.domain.codes import AuditAction, ReminderKind, ReminderStatus
from vetdesk.domain.field_report import FieldReport, ReportBuilder
from vetdesk.domain.text import search_key
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.alerts import AlertInput, animal_alert
from vetdesk.services.conflicts import after_lost_race, check_version
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import clinic_today
from vetdesk.services.permissions import Actor, Permission, require


@dataclass(frozen=True)
class AnimalRef:
    """Enough to show and open another animal (for "chip already on ..." links)."""

    animal_id: int
    name: str
    owner_id: int
    owner_name: str
    client_no: int


@dataclass(frozen=True)
class ChipCheck:
    value: str | None
    origin: str | None
    foreign: bool
    warning: str | None
    error: str | None
    taken_by: AnimalRef | None


@dataclass(frozen=True)
class AnimalSaved:
    animal_id: int
    owner_id: int
    version: int
    # The owner before a move: that client's record changed too.
    previous_owner_id: int | None = None

    @property
    def changes(self) -> Changes:
        """An animal shows on its owner's card (and on the previous owner's after a move)."""
        return Changes.of_clients(self.owner_id, self.previous_owner_id)


@dataclass(frozen=True)
class OwnershipPeriod:
    client_id: int
    client_no: int
    owner_name: str
    started_on: dt.date
    ended_on: dt.date | None


def animal_search_key(name: str) -> str:
    return search_key(name, limit=ANIMAL_SEARCH_KEY_MAX)


def check_animal_form(ctx: ServiceContext, data: AnimalInput) -> FieldReport:
    """Field problems without the database (call :func:`check_microchip` for the chip)."""
    return check_animal(data, clinic_today(ctx))


def check_microchip(
    ctx: ServiceContext, actor: Actor, text: str, *, animal_id: int | None = None
) -> ChipCheck:
    """The chip field as typed: syntax, country or maker, and whether another animal has it."""
    require(actor, Permission.VIEW_CLIENTS)
    error, reading = check_chip(text)
    if reading is None:
        return ChipCheck(None, None, False, None, error, None)
    with ctx.db.reading() as session:
        taken = _chip_owner(session, reading.value, animal_id)
    return ChipCheck(
        reading.value, reading.origin, reading.foreign, reading.warning,
        _taken_message(taken) if taken else None, taken,
    )


def _taken_message(taken: AnimalRef) -> str:
    return _(
        "This chip is already registered on {name} (owner {owner}, client {client_no}); "
        "open that animal instead, or check the number."
    ).format(name=taken.name, owner=taken.owner_name, client_no=taken.client_no)


def _chip_owner(session: Session, value: str, animal_id: int | None) -> AnimalRef | None:
    row = session.execute(
        select(Animal.id, Animal.name, Client.id, Client.first_name, Client.last_name,
               Client.client_no)
        .join(Identity, Identity.animal_id == Animal.id)
        .join(Client, Client.id == Animal.owner_id)
        .where(Identity.value == value)
    ).first()
    if row is None or row[0] == animal_id:
        return None
    return AnimalRef(row[0], row[1], row[2], f"{row[3]} {row[4]}".strip(), row[5])


def _validated(ctx: ServiceContext, session: Session, data: AnimalInput,
               animal_id: int | None) -> CleanAnimal:
    report = check_animal_form(ctx, data)
    clean = clean_animal(data, clinic_today(ctx)) if report.ok else None
    if clean is not None and clean.chip is not None:
        taken = _chip_owner(session, clean.chip.value, animal_id)
        if taken is not None:
            extra = ReportBuilder(errors={"microchip": _taken_message(taken)}).build()
            report = report.merged(extra)
    if not report.ok or clean is None:
        raise _refused(report)
    return clean


def _refused(report: FieldReport) -> ValidationError:
    return ValidationError(
        _("Some details need fixing before the animal can be saved: ")
        + "; ".join(report.errors.values()),
        dict(report.errors),
    )


def _lost_chip_race(ctx: ServiceContext, data: AnimalInput, animal_id: int | None
                    ) -> ValidationError | None:
    """Another desk saved the same chip between this save's check and its commit (on
    PostgreSQL both checks can pass; SQLite lets one writer at a time): the unique constraint
    refuses, and the user gets the sentence the check would have given, on both engines."""
    _error, reading = check_chip(data.microchip)
    if reading is not None:
        with ctx.db.reading() as session:
            taken = _chip_owner(session, reading.value, animal_id)
        if taken is not None:
            return _refused(ReportBuilder(errors={"microchip": _taken_message(taken)}).build())
    return None


def _apply(animal: Animal, clean: CleanAnimal) -> None:
    animal.name = clean.name
    animal.species = clean.species.value
    animal.breed = clean.breed
    animal.sex = clean.sex.value
    animal.neutered = clean.neutered
    animal.birth_date = clean.birth_date
    animal.birth_date_estimated = clean.birth_date_estimated
    animal.colour = clean.colour
    animal.insurance_company = clean.insurance_company
    animal.insurance_policy = clean.insurance_policy
    animal.deceased_on = clean.deceased_on
    animal.notes = clean.notes
    animal.search_key = animal_search_key(clean.name)


def register_animal(
    ctx: ServiceContext, actor: Actor, owner_id: int, data: AnimalInput, *,
    alerts: Sequence[AlertInput] = (), request_id: uuid.UUID | None = None,
) -> AnimalSaved:
    """Add an animal to its owner. ``request_id``, made by the form when it opens and sent
    with every attempt, makes a retry after a lost connection return the animal the first
    attempt saved instead of a second one (see :func:`~vetdesk.services.clients.register_client`).
    """
    require(actor, Permission.EDIT_CLIENTS)
    try:
        return _register_animal(ctx, actor, owner_id, data, alerts, request_id)
    except IntegrityError as exc:
        if request_id is not None and (first := registered_animal(ctx, request_id)):
            return first  # the first attempt committed while this retry was under way
        if (refused := _lost_chip_race(ctx, data, None)) is None:
            raise
        raise refused from exc


def registered_animal(ctx: ServiceContext, request_id: uuid.UUID) -> AnimalSaved | None:
    """The animal an earlier attempt with this ``request_id`` registered, if any."""
    with ctx.db.reading() as session:
        return _registered_by(session, request_id)


def _registered_by(session: Session, request_id: uuid.UUID) -> AnimalSaved | None:
    row = session.execute(
        select(Animal.id, Animal.owner_id, Animal.version)
        .where(Animal.request_id == request_id)
    ).first()
    return AnimalSaved(row[0], row[1], row[2]) if row is not None else None


def _register_animal(
    ctx: ServiceContext, actor: Actor, owner_id: int, data: AnimalInput,
    alerts: Sequence[AlertInput], request_id: uuid.UUID | None,
) -> AnimalSaved:
    now = ctx.clock.now()
    # With a request id a retry finds the first attempt, so the action may be run again.
    with ctx.db.transaction(idempotent=request_id is not None) as session:
        if request_id is not None and (first := _registered_by(session, request_id)):
            return first  # before the chip check, which would find the chip on it
        owner = session.get(Client, owner_id)
        if owner is None or owner.erased_at is not None or owner.merged_into_id is not None:
            raise NotFound(_("The owner no longer exists (erased or merged); search again."))
        clean = _validated(ctx, session, data, None)
        animal = Animal(owner_id=owner_id, created_at=now, updated_at=now,
                        updated_by_id=actor.user_id, request_id=request_id)
        _apply(animal, clean)
        session.add(animal)
        session.flush()
        if clean.chip is not None:
            session.add(Identity(animal_id=animal.id, kind=clean.chip.kind.value,
                                 value=clean.chip.value, recorded_at=now))
        session.add(Ownership(animal_id=animal.id, client_id=owner_id,
                              started_on=clinic_today(ctx), recorded_at=now,
                              recorded_by_id=actor.user_id))
        for alert in alerts:
            session.add(animal_alert(ctx, actor, animal.id, alert))
        audit.record(session, ctx, actor, AuditAction.CREATE, entity_type="animal",
                     entity_id=animal.id, client_id=owner_id, animal_id=animal.id)
        return AnimalSaved(animal.id, owner_id, animal.version)


def update_animal(
    ctx: ServiceContext, actor: Actor, animal_id: int, data: AnimalInput, *, expected_version: int
) -> AnimalSaved:
    """Save the edited animal; refused with "changed by NAME at TIME" when stale."""
    require(actor, Permission.EDIT_CLIENTS)
    with animal_write_refusals(ctx, animal_id, data), ctx.db.transaction() as session:
        return edit_animal(session, ctx, actor, animal_id, data,
                           expected_version=expected_version)


@contextmanager
def animal_write_refusals(ctx: ServiceContext, animal_id: int, data: AnimalInput
                          ) -> Iterator[None]:
    """Around a whole transaction that edits an animal: losing the race to another desk's
    commit (the version, or the same chip) is told the way the checks would have told it."""
    try:
        yield
    except StaleDataError as exc:
        raise after_lost_race(ctx, Animal, animal_id, data.name) from exc
    except IntegrityError as exc:
        if (refused := _lost_chip_race(ctx, data, animal_id)) is None:
            raise
        raise refused from exc


def edit_animal(
    session: Session, ctx: ServiceContext, actor: Actor, animal_id: int, data: AnimalInput, *,
    expected_version: int,
) -> AnimalSaved:
    """The edit as a step of the caller's transaction (the caller checked the permission)."""
    animal = session.execute(
        select(Animal).where(Animal.id == animal_id).options(selectinload(Animal.identities))
    ).scalar_one_or_none()
    if animal is None:
        raise NotFound(_("This animal no longer exists; search again."))
    check_version(session, animal, expected_version, animal.name)
    clean = _validated(ctx, session, data, animal_id)
    _apply(animal, clean)
    chip_change = _replace_chip(session, ctx, animal, clean)
    animal.updated_at = ctx.clock.now()
    animal.updated_by_id = actor.user_id
    flag_modified(animal, "updated_at")  # the chip may be all that changed
    session.flush()
    audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="animal",
                 entity_id=animal.id, client_id=animal.owner_id, animal_id=animal.id,
                 details=chip_change)
    return AnimalSaved(animal.id, animal.owner_id, animal.version)


def _replace_chip(session: Session, ctx: ServiceContext, animal: Animal,
                  clean: CleanAnimal) -> dict[str, str | None]:
    """Put the form's chip on the animal; returns the change for the audit log, where the old
    number stays on record (a register such as DyreID may still hold it)."""
    chips = [i for i in animal.identities if i.kind in CHIP_KINDS]
    before = chips[0].value if chips else None
    wanted = clean.chip
    after = wanted.value if wanted is not None else None
    if before == after:
        return {}
    if wanted is None:
        for chip in chips:
            session.delete(chip)
    elif chips:
        chips[0].value = wanted.value
        chips[0].kind = wanted.kind.value
    else:
        session.add(Identity(animal_id=animal.id, kind=wanted.kind.value, value=wanted.value,
                             recorded_at=ctx.clock.now()))
    return {"chip_from": before, "chip_to": after}


def move_animal(
    ctx: ServiceContext, actor: Actor, animal_id: int, new_owner_id: int, *,
    expected_version: int, on: dt.date | None = None,
) -> AnimalSaved:
    """Give the animal a new owner; the old ownership ends that day, its history stays."""
    require(actor, Permission.EDIT_CLIENTS)
    day = on or clinic_today(ctx)
    now = ctx.clock.now()
    try:
        with ctx.db.transaction() as session:
            animal = session.get(Animal, animal_id)
            owner = session.get(Client, new_owner_id)
            if animal is None:
                raise NotFound(_("This animal no longer exists; search again."))
            if owner is None or owner.erased_at is not None or owner.merged_into_id is not None:
                raise NotFound(_("The new owner no longer exists; search again."))
            check_version(session, animal, expected_version, animal.name)
            if animal.owner_id == new_owner_id:
                raise ValidationError(_("{owner} already owns {animal}.").format(
                    owner=owner.full_name, animal=animal.name),
                                      {"owner": _("Choose a different owner.")})
            old_owner = animal.owner_id
            end_current_ownership(session, animal_id, old_owner, day)
            session.add(Ownership(animal_id=animal_id, client_id=new_owner_id, started_on=day,
                                  recorded_at=now, recorded_by_id=actor.user_id))
            animal.owner_id = new_owner_id
            animal.updated_at = now
            animal.updated_by_id = actor.user_id
            # The animal's open recalls (vaccination, check-up) now concern the new owner; what
            # was already sent or done stays in the old owner's history.
            moved_rows: CursorResult[Any] = session.execute(  # type: ignore[assignment]
                update(Reminder)
                .where(Reminder.animal_id == animal_id,
                       Reminder.status == ReminderStatus.DUE.value,
                       Reminder.kind != ReminderKind.APPOINTMENT.value)
                .values(client_id=new_owner_id)
            )
            recalls_moved = moved_rows.rowcount
            session.flush()
            audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="animal",
                         entity_id=animal_id, client_id=new_owner_id, animal_id=animal_id,
                         details={"owner_from": old_owner, "owner_to": new_owner_id,
                                  "on": day.isoformat(), "recalls_moved": recalls_moved})
            return AnimalSaved(animal_id, new_owner_id, animal.version, old_owner)
    except StaleDataError as exc:
        raise after_lost_race(ctx, Animal, animal_id, _("The animal")) from exc


def end_current_ownership(session: Session, animal_id: int, client_id: int, day: dt.date) -> None:
    current = session.execute(
        select(Ownership).where(Ownership.animal_id == animal_id,
                                Ownership.client_id == client_id, Ownership.ended_on.is_(None))
    ).scalars().all()
    for row in current:
        row.ended_on = max(day, row.started_on)


def ownership_history(ctx: ServiceContext, actor: Actor, animal_id: int
                      ) -> tuple[OwnershipPeriod, ...]:
    require(actor, Permission.VIEW_CLIENTS)
    with ctx.db.reading() as session:
        rows = session.execute(
            select(Ownership.client_id, Client.client_no, Client.first_name, Client.last_name,
                   Ownership.started_on, Ownership.ended_on)
            .join(Client, Client.id == Ownership.client_id)
            .where(Ownership.animal_id == animal_id)
            .order_by(Ownership.started_on, Ownership.id)
        ).all()
    return tuple(
        OwnershipPeriod(r[0], r[1], f"{r[2]} {r[3]}".strip(), r[4], r[5]) for r in rows
    )

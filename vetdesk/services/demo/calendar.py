"""Resources (each vet and two rooms) and appointments on a slot grid, so none overlap.

Past visits of the last weeks are booked where their day still has a free slot (done); a few
bookings were no-shows; upcoming bookings fill the next weeks, today included.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import Resource, User
from vetdesk.domain.opening_hours import DEFAULT_BREAK, DEFAULT_OPEN, public_holiday
from vetdesk.services.demo.journal import Visit
from vetdesk.services.demo.random_tools import oslo_moment
from vetdesk.services.demo.state import AnimalInfo, DemoState

SLOT_MINUTES = 20
SLOTS_PER_DAY = 24  # 08:00-16:00, Oslo time
# The default lunch break (vetdesk/domain/opening_hours.py, 11:30-12:00) is never booked.
BREAK_SLOTS = frozenset({10, 11})
PAST_DAYS = 60
FUTURE_DAYS = 42
_TYPES = {"consultation": "Konsultasjon", "procedure": "Operasjon", "vaccination": "Vaksinasjon"}
_UPCOMING_REASONS = (
    ("Vaksinasjon", "Årlig vaksine"), ("Konsultasjon", "Halter"),
    ("Kontroll", "Kontroll etter behandling"), ("Konsultasjon", "Kløe og rødt øre"),
    ("Tannbehandling", "Tannrens"), ("Kontroll", "Blodprøvekontroll"),
    ("Konsultasjon", "Nedsatt matlyst"), ("Operasjon", "Kastrering"),
)


@dataclass(frozen=True)
class Booking:
    appointment_id: int
    client_id: int
    animal_id: int
    animal_name: str
    starts_at: dt.datetime
    status: str
    created_at: dt.datetime


class Calendar:
    def __init__(self, state: DemoState, vets: list[tuple[int, int]], rooms: list[int]) -> None:
        self._state = state
        self._vets = vets  # (user id, resource id)
        self._rooms = rooms
        self._used: dict[tuple[dt.date, int], set[int]] = {}
        self.upcoming: list[Booking] = []

    @classmethod
    def create(cls, state: DemoState, session: Session) -> Calendar:
        writer = state.writer
        names = dict(session.execute(select(User.id, User.full_name)).all())
        have = dict(session.execute(
            select(Resource.user_id, Resource.id).where(Resource.user_id.is_not(None))
        ).all())
        vets: list[tuple[int, int]] = []
        for user_id in state.staff.vets:
            resource_id = have.get(user_id)
            if resource_id is None:
                resource_id = writer.next_id("resources")
                writer.add("resources", {
                    "id": resource_id, "kind": "veterinarian", "name": names[user_id],
                    "user_id": user_id, "location": None, "active": True,
                    "sort_order": len(vets),
                })
            vets.append((user_id, resource_id))
        rooms = []
        for number in (1, 2):
            room_id = writer.next_id("resources")
            writer.add("resources", {
                "id": room_id, "kind": "room", "name": f"Behandlingsrom {number}",
                "user_id": None, "location": "1. etasje", "active": True,
                "sort_order": 10 + number,
            })
            rooms.append(room_id)
        _opening_hours(state, [resource for _, resource in vets])
        writer.flush()
        return cls(state, vets, rooms)

    def book_past_visits(self, animal: AnimalInfo, visits: list[Visit]) -> None:
        since = self._state.today - dt.timedelta(days=PAST_DAYS)
        for visit in visits:
            day = visit.event_time.date()
            if visit.kind in _TYPES and since <= day < self._state.today:
                vet = next((i for i, (user, _) in enumerate(self._vets)
                            if user == visit.author_id), None)
                self._book(animal, day, _TYPES[visit.kind], None, vet=vet, past_status="done")
        if self._state.rng.chance(0.02) and animal.deceased_on is None:
            day = self._state.rng.date_between(since, self._state.today - dt.timedelta(days=1))
            if day.weekday() < 5:
                self._book(animal, day, "Konsultasjon", "Uteble", vet=None,
                           past_status="no_show")

    def book_upcoming(self, animal: AnimalInfo) -> None:
        rng, today = self._state.rng, self._state.today
        if animal.deceased_on is not None or not rng.chance(0.08):
            return
        if len(self.upcoming) < 3 or (rng.chance(0.3) and self._share_booked(today) < 0.7):
            # The front desk's day list is never empty in the demo, and never quite full:
            # the calendar shows free slots to book today.
            day = today
        else:
            day = today + dt.timedelta(days=rng.randint(1, FUTURE_DAYS))
            if day.weekday() >= 5:
                day += dt.timedelta(days=7 - day.weekday())
        kind, reason = rng.pick(_UPCOMING_REASONS)
        self._book(animal, day, kind, reason, vet=None, past_status="done")

    def _share_booked(self, day: dt.date) -> float:
        bookable = len(self._vets) * (SLOTS_PER_DAY - len(BREAK_SLOTS))
        taken = sum(len(self._used.get((day, index), ())) for index in range(len(self._vets)))
        return taken / bookable if bookable else 1.0

    def _book(
        self, animal: AnimalInfo, day: dt.date, kind: str, reason: str | None, *,
        vet: int | None, past_status: str,
    ) -> None:
        state = self._state
        rng, writer, now = state.rng, state.writer, state.now
        order = [vet] if vet is not None else rng.sample(range(len(self._vets)), len(self._vets))
        for index in order:
            used = self._used.setdefault((day, index), set())
            free = [slot for slot in range(SLOTS_PER_DAY)
                    if slot not in used and slot not in BREAK_SLOTS]
            if not free:
                continue
            slot = rng.pick(free)
            used.add(slot)
            minutes = 8 * 60 + slot * SLOT_MINUTES
            starts = oslo_moment(day, minutes // 60, minutes % 60)
            ends = starts + dt.timedelta(minutes=SLOT_MINUTES)
            status = past_status if ends <= now else self._future_status(starts, ends)
            owner = animal.owner_on(day)
            created = max(starts - dt.timedelta(days=rng.randint(1, 30)), owner.created_at)
            created = min(created, now)
            appointment_id = writer.next_id("appointments")
            writer.add("appointments", {
                "id": appointment_id, "client_id": owner.id, "animal_id": animal.id,
                "resource_id": self._vets[index][1],
                "room_id": self._rooms[index] if index < len(self._rooms) else None,
                "starts_at": starts, "ends_at": ends, "appointment_type": kind,
                "reason": reason, "status": status, "version": 1, "created_at": created,
                "created_by_id": state.staff.receptionist, "updated_at": created,
                "updated_by_id": state.staff.receptionist, "request_id": None,
                "cancel_reason": None,
                "arrived_at": (starts - dt.timedelta(minutes=rng.randint(2, 12))
                               if status in ("arrived", "in_progress", "done") else None),
            })
            if starts > now:
                self.upcoming.append(Booking(appointment_id, owner.id, animal.id, animal.name,
                                             starts, status, created))
            return

    def _future_status(self, starts: dt.datetime, ends: dt.datetime) -> str:
        now = self._state.now
        if starts <= now < ends:
            return "in_progress"
        if starts - now <= dt.timedelta(minutes=SLOT_MINUTES):
            return "arrived"
        return "confirmed" if self._state.rng.chance(0.6) else "booked"


def _opening_hours(state: DemoState, vet_resources: list[int]) -> None:
    """Every vet works the clinic's default week written out, with the lunch break; the last
    vet works late on Thursdays; the clinic opens the next public holiday
    for emergencies (10:00-14:00), so each rule of issue 11 shows in the calendar."""
    writer = state.writer
    for position, resource_id in enumerate(vet_resources):
        late = position == len(vet_resources) - 1 and position > 0
        for weekday in range(5):
            opens = DEFAULT_OPEN[0]
            closes = dt.time(19, 0) if late and weekday == 3 else DEFAULT_OPEN[1]
            for kind, (starts, ends) in (("open", (opens, closes)), ("break", DEFAULT_BREAK)):
                writer.add("resource_hours", {
                    "id": writer.next_id("resource_hours"), "resource_id": resource_id,
                    "weekday": weekday, "kind": kind, "starts": starts, "ends": ends,
                })
    day = state.today
    while public_holiday(day) is None:
        day += dt.timedelta(days=1)
    writer.add("holiday_openings", {
        "id": writer.next_id("holiday_openings"), "day": day, "resource_id": None,
        "starts": dt.time(10, 0), "ends": dt.time(14, 0),
    })

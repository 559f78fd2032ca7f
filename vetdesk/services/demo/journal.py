"""Ten years of signed journal history per animal, scaled by how long the clinic has known it.

Entries are signed versions chained per animal exactly as the journal service writes them
(vetdesk.domain.integrity), so ``vetdesk verify`` accepts the demo. A few entries are corrected
or voided later, which adds a second version at the tip of the chain.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from vetdesk.domain.integrity import GENESIS_HASH, chained_hash, journal_version_content
from vetdesk.services.demo import clinical_text as txt
from vetdesk.services.demo.animals import AnimalPlan
from vetdesk.services.demo.random_tools import DemoRandom, add_years
from vetdesk.services.demo.state import DemoState

_DAY = dt.timedelta(days=1)
MAX_ENTRIES_PER_ANIMAL = 80


@dataclass(frozen=True)
class Visit:
    """A signed entry, as the rest of the generator (bills, recalls, bookings) sees it."""

    entry_id: uuid.UUID
    kind: str
    event_time: dt.datetime
    signed_at: dt.datetime
    author_id: int
    case: txt.Case | None = None
    next_due: dt.date | None = None
    vaccine: str | None = None
    procedure: str | None = None  # an operation's name: its post-operative control recall


def write_history(
    state: DemoState, plan: AnimalPlan, *, vaccinated_days_ago: int | None = None
) -> list[Visit]:
    """Plan, write and chain one animal's journal; returns its entries in time order."""
    rng = state.rng
    events = _plan_events(state, plan, vaccinated_days_ago)
    preferred = rng.pick(state.staff.vets)
    visits: list[Visit] = []
    versions: list[dict[str, Any]] = []
    entries: dict[uuid.UUID, dict[str, Any]] = {}
    for kind, day in events:
        event_time = rng.working_moment(day)
        if event_time >= state.now - dt.timedelta(hours=6):
            continue
        author = preferred if rng.chance(0.7) else rng.pick(state.staff.vets)
        if kind in {"phone", "note"} and rng.chance(0.3):
            author = state.staff.nurse
        visit, content = _content(rng, plan, kind, day, event_time, author)
        weight, temperature = _vitals(rng, plan, visit, event_time)
        requested = event_time
        if visit.kind == "phone" and rng.chance(0.6):
            # The owner rang, left a message and was called back: help was asked for before
            # it was given (FOR-2006-02-20-229 § 4 keeps both times).
            requested = event_time - dt.timedelta(minutes=rng.randint(10, 240))
        started = event_time + dt.timedelta(minutes=rng.randint(2, 20))
        signed = started + dt.timedelta(minutes=rng.randint(4, 90), seconds=rng.randint(0, 59))
        auto_locked = rng.chance(0.01) and started + dt.timedelta(hours=25) < state.now
        if auto_locked:
            signed = started + dt.timedelta(hours=24, minutes=rng.randint(1, 50))
        entry = {"id": visit.entry_id, "animal_id": plan.info.id, "author_id": author,
                 "kind": visit.kind, "started_at": started, "signed_at": signed,
                 "signed_by_id": author, "auto_locked": auto_locked}
        entries[visit.entry_id] = entry
        first = _version(rng, entry, 1, "sign", event_time, content, weight, temperature, signed,
                         help_requested_at=requested)
        versions.append(first)
        later = _maybe_amend(state, first, visit.kind)
        if later is not None:
            versions.append(later)
        visits.append(Visit(visit.entry_id, visit.kind, event_time, signed, author, visit.case,
                            visit.next_due, visit.vaccine, visit.procedure))
    _chain(versions)
    state.writer.extend("journal_entries", entries.values())
    state.writer.extend("journal_versions", versions)
    return visits


def _plan_events(
    state: DemoState, plan: AnimalPlan, vaccinated_days_ago: int | None
) -> list[tuple[str, dt.date]]:
    rng = state.rng
    start = plan.info.registered_at.date()
    end = min(plan.info.deceased_on or state.today, state.today)
    years = max((end - start).days / 365.25, 0.05)
    age_mid = ((start - plan.birth_date).days + (end - start).days / 2) / 365.25
    events: list[tuple[str, dt.date]] = [("consultation", start)]
    if plan.vaccinated:
        day = start + dt.timedelta(days=rng.randint(0, 20))
        if vaccinated_days_ago is not None:
            # Step back from the fixed last date so that date is exactly the latest one.
            day = state.today - dt.timedelta(days=vaccinated_days_ago)
            while day - dt.timedelta(days=365) >= start:
                day -= dt.timedelta(days=365)
        while day < end:
            if rng.chance(0.88) or vaccinated_days_ago is not None:
                events.append(("vaccination", day))
            jitter = 0 if vaccinated_days_ago is not None else rng.randint(-15, 25)
            day = add_years(day, 1) + dt.timedelta(days=jitter)
    rates = {"consultation": 0.55 + min(age_mid, 12) * 0.07, "phone": 0.25, "lab_result": 0.12,
             "note": 0.1}
    if plan.info.species == "cattle":
        rates = {"consultation": 3.0, "phone": 1.0, "lab_result": 0.3, "note": 0.3}
    if age_mid > 8:
        rates["lab_result"] += 0.25
    for kind, rate in rates.items():
        for _ in range(int(rate * years + rng.random())):
            events.append((kind, rng.date_between(start, end)))
    events.sort(key=lambda event: event[1])
    events = events[-MAX_ENTRIES_PER_ANIMAL:]
    if plan.info.deceased_on is not None and rng.chance(0.6):
        events.append(("euthanasia", plan.info.deceased_on))
    return events


def _content(
    rng: DemoRandom, plan: AnimalPlan, kind: str, day: dt.date, event_time: dt.datetime,
    author: int,
) -> tuple[Visit, dict[str, Any]]:
    entry_id = rng.uuid()
    species = plan.info.species
    if kind == "vaccination":
        product, disease = rng.pick(txt.VACCINES[species])
        next_due = add_years(day, 1)
        site = "subkutant i nakken" if species != "horse" else "intramuskulært i halsen"
        content: dict[str, Any] = {
            "product": product,
            "batch": f"{rng.choice('ABCDEFGHKLMN')}{rng.randint(100, 999)}{rng.choice('AB')}"
                     f"{rng.randint(1, 9):02d}",
            "next_due_on": next_due.isoformat(),
            "notes": f"Mot {disease}, gitt {site}. Klinisk undersøkt før vaksinasjon, "
                     "ingen anmerkninger.",
        }
        return Visit(entry_id, kind, event_time, event_time, author, None, next_due,
                     product), content
    if kind == "phone":
        summary, advice = rng.pick(txt.PHONE_CALLS)
        return Visit(entry_id, kind, event_time, event_time, author), {
            "caller": "Eier", "summary": summary, "advice": advice}
    if kind == "lab_result":
        return Visit(entry_id, kind, event_time, event_time, author), txt.lab_content(rng)
    if kind == "note":
        return Visit(entry_id, kind, event_time, event_time, author), {
            "text": rng.pick(txt.NOTES)}
    if kind == "euthanasia":
        return Visit(entry_id, "procedure", event_time, event_time, author), {
            "procedure": "Avlivning", "anaesthesia": "Sedasjon, deretter pentobarbital i.v.",
            "description": rng.pick(txt.EUTHANASIA), "aftercare": "Kremering via Rosenkrantz."}
    case = txt.pick_case(rng, species)
    content = (txt.procedure_content(rng, case) if case.procedure
               else txt.consultation_content(rng, case))
    return Visit(entry_id, "procedure" if case.procedure else "consultation", event_time,
                 event_time, author, case,
                 procedure=content["procedure"] if case.procedure else None), content


def _vitals(
    rng: DemoRandom, plan: AnimalPlan, visit: Visit, when: dt.datetime
) -> tuple[Decimal | None, Decimal | None]:
    if visit.kind not in {"consultation", "vaccination", "procedure"} or plan.group_size:
        return None, None
    age = max((when.date() - plan.birth_date).days / 365.25, 0.05)
    growth = min(0.2 + 0.8 * age, 1.0)
    kg = plan.adult_kg * growth + plan.kg_per_year * max(age - 2, 0)
    kg *= rng.uniform(0.98, 1.02)
    decimals = 0 if kg >= 100 else (1 if kg >= 10 else 2)
    weight = Decimal(f"{max(kg, 0.1):.{decimals}f}")
    if visit.kind == "vaccination":
        return weight, None
    profile = plan.profile
    temperature = rng.uniform(profile.temp_low, profile.temp_high)
    if visit.case is not None and visit.case.fever and rng.chance(0.7):
        temperature = profile.temp_high + rng.uniform(0.6, 1.6)
    return weight, Decimal(f"{temperature:.1f}")


def _version(
    rng: DemoRandom, entry: dict[str, Any], number: int, action: str, event_time: dt.datetime,
    content: dict[str, Any], weight: Decimal | None, temperature: Decimal | None,
    created_at: dt.datetime, *, help_requested_at: dt.datetime, reason: str | None = None,
    requested_by: str = "clinic",
) -> dict[str, Any]:
    return {
        "id": rng.uuid(), "entry_id": entry["id"], "animal_id": entry["animal_id"],
        "version_no": number, "action": action, "event_time": event_time,
        "help_requested_at": help_requested_at, "content": content,
        "weight_kg": weight, "temperature_c": temperature,
        "confidential": entry["kind"] == "note" and rng.chance(0.05),
        "reason": reason, "requested_by": requested_by, "author_id": entry["author_id"],
        "created_at": created_at, "_entry": entry,
    }


def _maybe_amend(state: DemoState, first: dict[str, Any], kind: str) -> dict[str, Any] | None:
    """A later correction (about 2 % of visits) or void (about 0.3 %) of a signed entry."""
    rng = state.rng
    roll = rng.random()
    when = first["created_at"] + dt.timedelta(days=rng.randint(1, 5), minutes=rng.randint(0, 600))
    if when >= state.now:
        return None
    entry = first["_entry"]
    if roll < 0.02 and kind in {"consultation", "procedure"}:
        reason, requester = rng.pick(txt.CORRECTIONS)
        return _version(rng, entry, 2, "correct", first["event_time"],
                        txt.corrected(first["content"]), first["weight_kg"],
                        first["temperature_c"], when, help_requested_at=first["help_requested_at"],
                        reason=reason, requested_by=requester)
    if roll > 0.997 and kind in {"consultation", "phone", "note"}:
        return _version(rng, entry, 2, "void", first["event_time"], first["content"],
                        first["weight_kg"], first["temperature_c"], when,
                        help_requested_at=first["help_requested_at"], reason=txt.VOID_REASON)
    return None


def _chain(versions: list[dict[str, Any]]) -> None:
    """Number the animal's versions in the order they were written and link their hashes."""
    versions.sort(key=lambda version: (version["created_at"], version["version_no"]))
    prev = GENESIS_HASH
    for seq, version in enumerate(versions, start=1):
        entry = version.pop("_entry")
        version["chain_seq"] = seq
        version["prev_hash"] = prev
        prev = version["hash"] = chained_hash(prev, journal_version_content(version, entry))

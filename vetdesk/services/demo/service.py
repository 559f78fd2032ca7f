"""``load_demo``: fill a database that has no clients yet with a generated clinic."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from vetdesk.db.models import Client, User
from vetdesk.domain.codes import AuditAction
from vetdesk.domain.integrity import version_anchor
from vetdesk.errors import AuthenticationFailed, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.clinic import ensure_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.demo import extras, recalls
from vetdesk.services.demo.animals import add_animal_alert, choose_species, make_animal
from vetdesk.services.demo.calendar import Calendar
from vetdesk.services.demo.care import Ledger, follow_up
from vetdesk.services.demo.journal import write_history
from vetdesk.services.demo.people import SCENARIO_CLIENTS, NamePools, make_client
from vetdesk.services.demo.random_tools import DemoRandom
from vetdesk.services.demo.staff import DEMO_PASSWORD, DEMO_USERS, add_staff
from vetdesk.services.demo.state import AnimalInfo, ClientInfo, DemoState
from vetdesk.services.demo.writer import BulkWriter
from vetdesk.services.permissions import Actor, Permission, require

MIN_CLIENTS = 10
MAX_CLIENTS = 200_000
_BATCH_CLIENTS = 500
Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class DemoSummary:
    counts: dict[str, int]  # rows written per table
    staff_usernames: tuple[str, ...]  # the demo's accounts (all share the demo password)
    created_usernames: tuple[str, ...]  # those that did not exist before
    demo_password: str
    seconds: float
    seed: int


def load_demo(
    ctx: ServiceContext,
    actor: Actor | None,
    *,
    clients: int = 2000,
    seed: int = 1,
    progress: Progress | None = None,
) -> DemoSummary:
    """Generate a realistic Norwegian clinic, the same one for the same seed and clock.

    Refused when the database already holds a client. The first load of an empty database
    needs no actor; once users exist it needs someone allowed to load the demo.
    """
    started = time.perf_counter()
    report = progress or (lambda _stage, _fraction: None)
    if not MIN_CLIENTS <= clients <= MAX_CLIENTS:
        raise ValidationError(
            _("Choose between {low} and {high} demo clients.").format(
                low=MIN_CLIENTS, high=f"{MAX_CLIENTS:,}".replace(",", " ")),
            {"clients": _("Out of range.")},
        )
    with ctx.db.reading() as session:
        _check_allowed(session, actor, staff_session=ctx.db.signs_in_as_staff)
    ensure_clinic(ctx, extras.CLINIC)
    with ctx.db.transaction() as session:
        _check_allowed(session, actor, staff_session=ctx.db.signs_in_as_staff)
        writer = BulkWriter(session)
        staff, created = add_staff(session, writer, ctx.clock.now())
        state = DemoState(rng=DemoRandom(seed), now=ctx.clock.now(), writer=writer, staff=staff)
        extras.add_registers(state)
        recalls.clinic_rules(state)
        calendar = Calendar.create(state, session)
        ledger = Ledger()
        pools = NamePools.build(seed)
        all_clients: list[ClientInfo] = []
        all_animals: list[AnimalInfo] = []
        report_every = max(1, clients // 20)
        for index in range(clients):
            client, animals = _client_with_animals(state, pools, calendar, ledger, all_clients,
                                                   index)
            all_clients.append(client)
            all_animals.extend(animals)
            done = index + 1
            if done % _BATCH_CLIENTS == 0 or done == clients:
                _anchor_histories(session, ctx, actor, writer)
                writer.flush()
            if done % report_every == 0 or done == clients:
                report("clients and journals", done / clients * 0.85)
        by_id = {client.id: client for client in all_clients}
        for booking in calendar.upcoming:
            recalls.for_booking(state, booking, by_id[booking.client_id])
        report("invoices", 0.9)
        ledger.write(state)
        extras.add_drafts(state, all_animals, max(4, clients // 400))
        # Not from the people the scenarios name: they start the day as ordinary clients
        # (Kari's booking is confirmed by SMS at 08:10, her request is recorded at 15:00).
        restricted = extras.add_privacy_requests(state, all_clients[len(SCENARIO_CLIENTS):],
                                                 max(5, clients // 1000))
        _anchor_histories(session, ctx, actor, writer)
        writer.finish()
        if restricted:  # the clients are written now: the restriction banner has someone
            session.execute(update(Client).where(Client.id.in_(restricted))
                            .values(restricted_at=state.now))
        counts = dict(sorted(writer.counts.items()))
        audit.record(
            session, ctx, actor, AuditAction.IMPORT, entity_type="demo", username="demo",
            details={"seed": seed, "clients": clients, "rows": counts,
                     "staff_created": created},
        )
        report("done", 1.0)
    return DemoSummary(
        counts=counts, staff_usernames=tuple(user.username for user in DEMO_USERS),
        created_usernames=tuple(created), demo_password=DEMO_PASSWORD,
        seconds=time.perf_counter() - started, seed=seed,
    )


def _anchor_histories(
    session: Session, ctx: ServiceContext, actor: Actor | None, writer: BulkWriter
) -> None:
    """One audit event per animal carrying its generated versions' hashes, as signing does for
    each version, so ``vetdesk verify`` finds every demo version anchored in the audit log.
    Written before the versions are flushed, in the same transaction."""
    by_animal: dict[int, dict[uuid.UUID, str]] = {}
    for version in writer.pending_rows("journal_versions"):
        by_animal.setdefault(version["animal_id"], {})[version["id"]] = version["hash"]
    for animal_id, versions in by_animal.items():
        audit.record(
            session, ctx, actor, AuditAction.IMPORT, entity_type="journal", entity_id=animal_id,
            animal_id=animal_id, details=version_anchor(versions),
            username="demo" if actor is None else None,
        )


def _check_allowed(session: Session, actor: Actor | None, *, staff_session: bool) -> None:
    has_client = session.execute(select(Client.id).limit(1)).first() is not None
    if has_client:
        raise ValidationError(_(
            "This database already holds clients; load the demo clinic into a new, empty "
            "database instead."
        ))
    on_server = session.get_bind().dialect.name == "postgresql"
    if staff_session:
        # The demo writes journals in its vets' names, which the server only lets its owner
        # do (vetdesk/db/security/stamping.py).
        raise ValidationError(_(
            "On a PostgreSQL server the demo clinic is loaded by the database's owner: run "
            "“vetdesk --database postgresql+psycopg://OWNER@HOST/DATABASE demo” without --user."
        ))
    users = session.execute(select(func.count()).select_from(User)).scalar_one()
    if users and actor is None and not on_server:
        raise AuthenticationFailed(_(
            "This database already has users: sign in (--user NAME) as an administrator to "
            "load the demo clinic."
        ))
    if actor is not None:
        require(actor, Permission.LOAD_DEMO)


def _client_with_animals(
    state: DemoState, pools: NamePools, calendar: Calendar, ledger: Ledger,
    earlier: list[ClientInfo], index: int,
) -> tuple[ClientInfo, list[AnimalInfo]]:
    rng = state.rng
    fixed = SCENARIO_CLIENTS[index] if index < len(SCENARIO_CLIENTS) else None
    farm = fixed is None and rng.chance(0.04)
    horse_owner = fixed is None and not farm and rng.chance(0.03)
    client = make_client(state, pools, fixed=fixed, farm=farm)
    animals: list[AnimalInfo] = []
    if fixed is not None and fixed.first_name == "Kari":
        # Bamse (SCENARIOS.md): ten years of history, 4 kg heavier, vaccine due next month.
        plan = make_animal(state, client, "dog", name="Bamse", breed_name="Labrador retriever",
                           age_days=11 * 365 + 40, alive=True)
        plan.adult_kg, plan.kg_per_year, plan.vaccinated = 30.0, 0.45, True
        add_animal_alert(state, plan.info.id, "Biter ved munnkurv", "mandatory",
                         plan.info.registered_at)
        plans = [(plan, 335), (make_animal(state, client, "cat", name="Pusur"), None)]
    else:
        species = choose_species(rng, farm=farm, horse_owner=horse_owner)
        plans = []
        for kind in species:
            previous = rng.pick(earlier[-200:]) if earlier and rng.chance(0.03) else None
            plans.append((make_animal(state, client, kind, previous_owner=previous), None))
    for plan, vaccinated_days_ago in plans:
        visits = write_history(state, plan, vaccinated_days_ago=vaccinated_days_ago)
        follow_up(state, ledger, plan.info, visits)
        calendar.book_past_visits(plan.info, visits)
        calendar.book_upcoming(plan.info)
        recalls.for_animal(state, plan, visits)
        animals.append(plan.info)
    recalls.marketing(state, client)
    return client, animals

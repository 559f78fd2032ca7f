"""The demo clinic: deterministic, realistic, valid, and accepted by ``vetdesk verify``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import phonenumbers
import pytest
from sqlalchemy import func, select
from stdnum.no import orgnr

from tests.conftest import START, TEST_PASSWORD, make_user
from tests.support import databases
from vetdesk.clock import FixedClock
from vetdesk.db.database import Database
from vetdesk.db.models import (
    Animal,
    AnimalAlert,
    Appointment,
    AuditEvent,
    Base,
    Client,
    ClientPhone,
    Consent,
    Identity,
    JournalEntry,
    JournalVersion,
    Message,
    PrivacyRequest,
    Reminder,
    User,
)
from vetdesk.db.opening import open_database
from vetdesk.domain.codes import Role
from vetdesk.errors import AuthenticationFailed, PermissionDenied, ValidationError
from vetdesk.services import auth
from vetdesk.services.context import ServiceContext
from vetdesk.services.demo import DEMO_PASSWORD, DEMO_USERS, load_demo
from vetdesk.services.permissions import Actor
from vetdesk.services.staff import accounts
from vetdesk.services.verify import verify_all

CLIENTS = 30
# Tables the demo leaves empty on purpose: attachments need files, and no prescription was
# cancelled yet in the demo's history.
EMPTY_ON_PURPOSE = {
    "journal_attachments", "journal_draft_attachments", "prescription_cancellations",
    "alembic_version", "signin_throttle",
    "postal_codes",  # Posten's register, imported with `vetdesk postcodes import`
    "privacy_erasures",  # written only when the manager erases a client (issue 10)
    "chain_purges",  # written only when the manager runs the retention purge (issue 10)
    "medicine_given_voids",  # no medicine given was recorded by mistake in the demo's history
}


@pytest.fixture
def other_ctx(
    request: pytest.FixtureRequest, engine_name: str, tmp_path: Path
) -> Iterator[ServiceContext]:
    """A second empty database on the same engine, to load the demo again."""
    if engine_name == "sqlite":
        urls: Iterator[str] = iter(
            [databases.sqlite_copy(request.getfixturevalue("sqlite_template"), tmp_path)]
        )
    else:
        urls = databases.pg_copy(request.getfixturevalue("pg_template"))
    url = next(urls)
    db = open_database(url, now=START)
    yield ServiceContext(db=db, clock=FixedClock(START), workstation="test-desk-2")
    db.dispose()
    for _ in urls:  # runs the generator's clean-up (drops the PostgreSQL copy)
        pass


def _names_and_chips(db: Database) -> tuple[list[tuple[str, str, str | None]], list[str]]:
    with db.reading() as session:
        names = session.execute(
            select(Client.first_name, Client.last_name, Client.email).order_by(Client.client_no)
        ).all()
        chips = session.execute(select(Identity.value).order_by(Identity.id)).scalars().all()
    return list(names), list(chips)


def test_demo_is_the_same_for_the_same_seed(ctx: ServiceContext, other_ctx: ServiceContext) -> None:
    load_demo(ctx, None, clients=CLIENTS, seed=7)
    load_demo(other_ctx, None, clients=CLIENTS, seed=7)
    first, second = _names_and_chips(ctx.db), _names_and_chips(other_ctx.db)
    assert first == second
    assert len(first[0]) == CLIENTS


def test_another_seed_gives_another_clinic(ctx: ServiceContext, other_ctx: ServiceContext) -> None:
    load_demo(ctx, None, clients=CLIENTS, seed=1)
    load_demo(other_ctx, None, clients=CLIENTS, seed=2)
    assert _names_and_chips(ctx.db)[1] != _names_and_chips(other_ctx.db)[1]


def test_verify_accepts_the_demo_journal_and_audit_chains(ctx: ServiceContext) -> None:
    summary = load_demo(ctx, None, clients=CLIENTS)
    report = verify_all(ctx, _sign_in_demo_user(ctx, "leder"))
    assert report.ok, str(report.first_break)
    assert report.journal_versions == summary.counts["journal_versions"] > CLIENTS
    with ctx.db.reading() as session:
        actions = session.execute(select(JournalVersion.action).distinct()).scalars().all()
    assert {"sign", "correct"} <= set(actions)


def test_every_journal_entry_has_the_fields_of_its_kind(ctx: ServiceContext) -> None:
    """The chart, printout and history read content by the kind's fields (journal/kinds.py)."""
    from vetdesk.domain.codes import JournalKind
    from vetdesk.services.journal.kinds import KIND_FIELDS

    load_demo(ctx, None, clients=CLIENTS)
    with ctx.db.reading() as session:
        rows = session.execute(
            select(JournalEntry.kind, JournalVersion.content).join(
                JournalVersion, JournalVersion.entry_id == JournalEntry.id
            )
        ).all()
    kinds_seen = set()
    for kind, content in rows:
        fields = KIND_FIELDS[JournalKind(kind)]
        kinds_seen.add(kind)
        assert set(content) <= {f.name for f in fields}, (kind, sorted(content))
        assert all(isinstance(value, str) for value in content.values()), (kind, content)
        for field in fields:
            if field.required:
                assert content.get(field.name, "").strip(), (kind, field.name)
    assert {"consultation", "vaccination", "procedure", "lab_result", "phone"} <= kinds_seen


def test_some_phone_consultations_were_asked_for_before_they_were_given(
    ctx: ServiceContext,
) -> None:
    """The journal's third time (issue 8): owners who rang and were called back later."""
    load_demo(ctx, None, clients=CLIENTS)
    with ctx.db.reading() as session:
        rows = session.execute(
            select(JournalEntry.kind, JournalVersion.help_requested_at, JournalVersion.event_time)
            .join(JournalVersion, JournalVersion.entry_id == JournalEntry.id)
        ).all()
    earlier = [kind for kind, asked, given in rows if asked < given]
    assert earlier and set(earlier) == {"phone"}
    assert all(asked <= given for _kind, asked, given in rows)


def test_every_table_that_should_have_rows_has_rows(ctx: ServiceContext) -> None:
    summary = load_demo(ctx, None, clients=CLIENTS)
    with ctx.db.reading() as session:
        for table in Base.metadata.sorted_tables:
            if table.name in EMPTY_ON_PURPOSE:
                continue
            rows = session.execute(select(func.count()).select_from(table)).scalar_one()
            assert rows > 0, f"{table.name} is empty"
            # calendar_marker is moved on by a trigger, not written by the demo.
            if table.name not in {"clinic", "audit_events", "calendar_marker"}:
                assert summary.counts[table.name] == rows, table.name


def test_day_list_and_messages_look_like_a_working_clinic(ctx: ServiceContext) -> None:
    load_demo(ctx, None, clients=CLIENTS)
    today_start = START.replace(hour=0, minute=0)
    with ctx.db.reading() as session:
        today = session.execute(
            select(Appointment.status).where(
                Appointment.starts_at >= today_start,
                Appointment.starts_at < today_start + dt.timedelta(days=1),
            )
        ).scalars().all()
        past = session.execute(
            select(Appointment.status).where(Appointment.ends_at <= START)
        ).scalars().all()
        messages = session.execute(select(Message.channel, Message.purpose, Message.status)).all()
    assert set(today) & {"booked", "confirmed", "arrived", "in_progress"}
    assert set(past) <= {"done", "no_show", "cancelled"} and "done" in past
    assert {channel for channel, _, _ in messages} >= {"sms", "email"}
    assert {purpose for _, purpose, _ in messages} == {"service", "marketing"}
    assert {status for _, _, status in messages} >= {"delivered"}


def test_one_audit_event_summarises_the_load(ctx: ServiceContext) -> None:
    load_demo(ctx, None, clients=CLIENTS)
    with ctx.db.reading() as session:
        events = session.execute(
            select(AuditEvent.action, AuditEvent.entity_type, AuditEvent.details)
            .order_by(AuditEvent.id)
        ).all()
    # One event sums up the load; before it, one per animal carries its journal versions'
    # hashes (ids and hashes only), which anchors the generated journals in the audit chain.
    assert [(action, kind) for action, kind, _ in events][-1] == ("import", "demo")
    assert events[-1].details["rows"]["clients"] == CLIENTS
    anchors = events[:-1]
    # (On PostgreSQL the owner's user function also logs each demo account it creates.)
    anchors = [e for e in anchors if (e.action, e.entity_type) != ("create", "user")]
    assert {(action, kind) for action, kind, _ in anchors} == {("import", "journal")}
    anchored = [version for _, _, details in anchors for version in details["version_hashes"]]
    assert len(anchored) == len(set(anchored)) == events[-1].details["rows"]["journal_versions"]
    assert all(details.keys() == {"version_hashes"} for _, _, details in anchors)


def test_refuses_a_database_that_has_clients(ctx: ServiceContext) -> None:
    load_demo(ctx, None, clients=CLIENTS)
    manager = _sign_in_demo_user(ctx, "leder")
    with pytest.raises(ValidationError, match="already holds clients"):
        load_demo(ctx, manager, clients=CLIENTS)
    with ctx.db.reading() as session:
        assert session.execute(select(func.count()).select_from(Client)).scalar_one() == CLIENTS


def test_needs_a_permitted_user_once_users_exist(
    ctx: ServiceContext, receptionist: Actor, vet: Actor, engine_name: str
) -> None:
    if engine_name == "sqlite":  # on PostgreSQL the owner's connection is the trusted loader
        with pytest.raises(AuthenticationFailed):
            load_demo(ctx, None, clients=CLIENTS)
    with pytest.raises(PermissionDenied):
        load_demo(ctx, receptionist, clients=CLIENTS)
    # A manager may not either: the demo adds an administrator with a published password.
    with pytest.raises(PermissionDenied):
        load_demo(ctx, make_user(ctx, "mona", Role.MANAGER), clients=CLIENTS)
    admin = _make_admin(ctx)
    summary = load_demo(ctx, admin, clients=CLIENTS)
    # "lie" and "admin" existed already and were left alone; the others were added.
    assert "lie" not in summary.created_usernames
    assert "admin" not in summary.created_usernames
    assert set(summary.created_usernames) == {"resepsjon", "berg", "sykepleier", "leder"}
    with ctx.db.reading() as session:
        lie = session.execute(
            select(User.id, User.full_name).where(User.username == "lie")
        ).one()
    assert tuple(lie) == (vet.user_id, "Ingrid Lie")


def test_demo_staff_can_sign_in_with_the_demo_password(ctx: ServiceContext) -> None:
    summary = load_demo(ctx, None, clients=CLIENTS)
    assert summary.demo_password == DEMO_PASSWORD
    for person in DEMO_USERS:
        actor = auth.sign_in(ctx, person.username, DEMO_PASSWORD)
        assert actor.role is person.role
    vets = [p for p in DEMO_USERS if p.role is Role.VETERINARIAN]
    assert all(re.fullmatch(r"\d{7}", p.hpr_number or "") for p in vets)


def test_new_rows_after_the_demo_get_fresh_ids(ctx: ServiceContext) -> None:
    """The demo chooses ids itself; later inserts must not collide (PostgreSQL sequences)."""
    load_demo(ctx, None, clients=CLIENTS)
    with ctx.db.transaction() as session:
        user = accounts.create_user(session, ctx, None, username="ny", full_name="Ny Bruker",
                                role=Role.NURSE, password=TEST_PASSWORD)
        max_id = session.execute(select(func.max(User.id))).scalar_one()
    assert user.id == max_id


def test_scenario_people_are_there(ctx: ServiceContext) -> None:
    load_demo(ctx, None, clients=CLIENTS)
    with ctx.db.reading() as session:
        kari = session.execute(
            select(Client).where(Client.first_name == "Kari", Client.last_name == "Ødegård")
        ).scalar_one()
        assert kari.search_key == "kari odegard"
        assert kari.language == "nb"  # the column came with migration 0016 (issue 10)
        bamse = session.execute(
            select(Animal).where(Animal.owner_id == kari.id, Animal.name == "Bamse")
        ).scalar_one()
        assert bamse.species == "dog" and bamse.deceased_on is None
        alerts = session.execute(
            select(AnimalAlert.text, AnimalAlert.severity).where(AnimalAlert.animal_id == bamse.id)
        ).all()
        assert ("Biter ved munnkurv", "mandatory") in alerts
        first_version = session.execute(
            select(func.min(JournalVersion.event_time)).where(JournalVersion.animal_id == bamse.id)
        ).scalar_one()
        assert first_version <= START - dt.timedelta(days=int(9.5 * 365))
        due = session.execute(
            select(Reminder.due_on).where(Reminder.animal_id == bamse.id,
                                          Reminder.kind == "vaccination", Reminder.status == "due")
        ).scalars().all()
        assert [(d.year, d.month) for d in due] == [(2026, 12)]
        marketing = session.execute(
            select(Consent.granted).where(Consent.client_id == kari.id,
                                          Consent.purpose == "marketing")
        ).scalars().all()
        assert marketing == [False]
        ase = session.execute(
            select(Client).where(Client.last_name == "Strøm-Hansen", Client.first_name == "Åse")
        ).scalar_one()
        assert ase.address == "Fjellveien 22B"
        # They start the day as ordinary clients: Kari's booking confirmation goes out at 08:10
        # and her request is recorded at 15:00 (a restricted Kari got no SMS at all).
        assert (kari.restricted_at, ase.restricted_at) == (None, None)
        asked = session.execute(select(PrivacyRequest.id).where(
            PrivacyRequest.client_id.in_((kari.id, ase.id)))).scalars().all()
        assert asked == []


def test_chips_are_valid_and_unique(ctx: ServiceContext) -> None:
    load_demo(ctx, None, clients=120, seed=3)
    with ctx.db.reading() as session:
        rows = session.execute(select(Identity.kind, Identity.value)).all()
    values = [value for _, value in rows]
    assert len(values) == len(set(values))
    iso = [value for kind, value in rows if kind == "iso_chip"]
    assert iso and all(re.fullmatch(r"\d{15}", value) for value in iso)
    for value in iso:
        prefix = int(value[:3])
        assert prefix in {578, 250, 276} or 900 <= prefix <= 999, value
    assert sum(value.startswith("578") for value in iso) > len(iso) * 0.7
    fdx = [value for kind, value in rows if kind == "fdx_a_chip"]
    assert all(re.fullmatch(r"[0-9A-F]{10}", value) for value in fdx)


def test_contact_details_are_valid_and_safe(ctx: ServiceContext) -> None:
    load_demo(ctx, None, clients=120, seed=3)
    with ctx.db.reading() as session:
        clients = session.execute(
            select(Client.first_name, Client.last_name, Client.email, Client.postal_code,
                   Client.org_number)
        ).all()
        phones = session.execute(select(ClientPhone.e164, ClientPhone.digits)).all()
    emails = [client.email for client in clients if client.email]
    assert emails
    for email in emails:
        assert email.rsplit("@", 1)[1] in {"example.com", "example.net", "example.org"}, email
    for e164, digits in phones:
        assert e164 == f"+47{digits}" and len(digits) == 8
        assert phonenumbers.is_valid_number(phonenumbers.parse(e164)), e164
    assert all(re.fullmatch(r"\d{4}", client.postal_code or "") for client in clients)
    org_numbers = [client.org_number for client in clients if client.org_number]
    assert org_numbers and all(orgnr.is_valid(number) for number in org_numbers)
    letters = "".join(client.first_name + client.last_name for client in clients)
    assert set("æøå") & set(letters.lower())
    assert any("-" in client.last_name for client in clients)


def test_refuses_an_unreasonable_size(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError):
        load_demo(ctx, None, clients=0)


def _make_admin(ctx: ServiceContext) -> Actor:
    with ctx.db.transaction() as session:
        user = accounts.create_user(session, ctx, None, username="admin", full_name="Ada Admin",
                                role=Role.ADMINISTRATOR, password=TEST_PASSWORD)
        return auth.actor_for(user)


def _sign_in_demo_user(ctx: ServiceContext, username: str) -> Actor:
    return auth.sign_in(ctx, username, DEMO_PASSWORD)


def test_a_client_who_asked_for_restriction_is_restricted(ctx: ServiceContext) -> None:
    load_demo(ctx, None, clients=CLIENTS)
    with ctx.db.reading() as session:
        restricted = set(session.execute(select(Client.id).where(
            Client.restricted_at.is_not(None))).scalars())
        asked = set(session.execute(select(PrivacyRequest.client_id).where(
            PrivacyRequest.kind == "restriction", PrivacyRequest.status == "done")).scalars())
    assert restricted and restricted == asked


def test_operations_have_their_post_operative_controls(ctx: ServiceContext) -> None:
    """Signing an operation makes a "postop" recall 14 days on (journal/recalls.py); the demo
    had none, so the Reminders page's "Controls after an operation" showed nothing."""
    from vetdesk.services.messaging.due import DueFilter, due_recalls

    # 150 clients: enough operations in the last weeks for some controls to be still open.
    load_demo(ctx, None, clients=150)
    with ctx.db.reading() as session:
        controls = session.execute(
            select(Reminder.title, Reminder.due_on, Reminder.status, JournalEntry.kind,
                   JournalVersion.content, JournalVersion.event_time)
            .join(JournalEntry, JournalEntry.id == Reminder.journal_entry_id)
            .join(JournalVersion, JournalVersion.entry_id == JournalEntry.id)
            # The signed version: signing made the recall, a later correction does not.
            .where(Reminder.kind == "postop", JournalVersion.action == "sign")).all()
    assert controls
    for title, due_on, status, kind, content, event_time in controls:
        assert kind == "procedure" and content["procedure"] != "Avlivning"
        assert title == f"Post-operative check: {content['procedure']}"
        local_day = event_time.astimezone(ZoneInfo("Europe/Oslo")).date()
        assert due_on == local_day + dt.timedelta(days=14)
        assert status in {"due", "done", "cancelled"}
    assert {status for *_rest, status, _k, _c, _e in controls} >= {"due", "done"}
    # What the Reminders page lists under "Controls after an operation" (its default period
    # starts a month back).
    listed = due_recalls(ctx, _sign_in_demo_user(ctx, "leder"), DueFilter(
        start=START.date() - dt.timedelta(days=31), end=START.date() + dt.timedelta(days=60),
        kind="postop"))
    assert listed and {row.kind for row in listed} == {"postop"}

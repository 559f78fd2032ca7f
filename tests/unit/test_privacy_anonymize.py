"""The anonymised copy: none of the original names, phones, e-mails or chips; the same person
gets the same pseudonym everywhere; values stay valid in form; clinical content is kept."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD, FixedClock, make_user
from tests.support.journal_data import add_patient, consultation
from tests.support.pharmacy import form_for, load_sample, one_item
from tests.support.privacy_data import Person, add_people
from vetdesk.db.models import (
    AuditEvent,
    Client,
    ClientPhone,
    Identity,
    JournalVersion,
    Message,
    Prescription,
    User,
)
from vetdesk.db.opening import open_database
from vetdesk.domain.codes import Role
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.services.auth import actor_for
from vetdesk.services.context import ServiceContext
from vetdesk.services.demo import load_demo
from vetdesk.services.journal import save_draft, sign_draft
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.issuing import issue_prescription
from vetdesk.services.privacy.anonymize import anonymized_copy
from vetdesk.services.staff.accounts import (
    add_user,
    change_role,
    deactivate_user,
    reset_password,
    update_profile,
)
from vetdesk.services.verify import verify_all


@pytest.fixture
def people(ctx: ServiceContext, vet: Actor) -> tuple[Person, Person]:
    return add_people(ctx, vet)


def test_the_copy_holds_no_original_identifier(ctx: ServiceContext, manager: Actor,
                                               people: tuple[Person, Person],
                                               tmp_path: Path) -> None:
    out = tmp_path / "support.sqlite"
    report = anonymized_copy(ctx, manager, out)
    # The written cells (names, notes, messages; not keys or hashes) of two clients' records.
    assert report.values_checked > 60 and report.rows > 50
    copy = open_database(f"sqlite:///{out}", now=dt.datetime.now(dt.UTC))
    try:
        with copy.reading() as session:
            clients = session.execute(select(Client.id, Client.first_name, Client.last_name,
                                             Client.email)).all()
            phones = session.execute(select(ClientPhone.client_id, ClientPhone.e164,
                                            ClientPhone.digits)).all()
            chips = session.execute(select(Identity.value)).scalars().all()
            sms = session.execute(select(Message.recipient)).scalars().all()
            contents = session.execute(select(JournalVersion.content)).scalars().all()
        text = repr((clients, phones, chips, sms))
        for person in people:
            for value in (person.first + " " + person.last, person.last, person.phone_digits,
                          person.email, *person.chips):
                assert value not in text, value
        # Valid in form, and the same person's phone is the same everywhere.
        for _client, e164, digits in phones:
            assert re.fullmatch(r"\+474\d{7}", e164) and e164 == "+47" + digits
        assert all(re.fullmatch(r"578\d{12}", chip) for chip in chips)
        assert all(re.fullmatch(r"[\w.]+@example\.com", c.email) for c in clients)
        assert set(sms) <= {e164 for _c, e164, _d in phones}
        # Kari's old merged-away record has the same e-mail as hers: so has the copy.
        emails = [c.email for c in clients]
        assert len(set(emails)) == 2 and len(emails) == 4
        assert {"anamnesis": "Kontroll nr. 0. Spiser godt.", "findings": "Normale funn, "
                "hjerte og lunger ua.", "diagnosis": "Frisk 0"} in contents
    finally:
        copy.dispose()


def test_an_existing_file_and_a_wrong_role(ctx: ServiceContext, manager: Actor,
                                           receptionist: Actor, tmp_path: Path) -> None:
    out = tmp_path / "there.sqlite"
    out.write_bytes(b"")
    with pytest.raises(ValidationError):
        anonymized_copy(ctx, manager, out)
    with pytest.raises(PermissionDenied):
        anonymized_copy(ctx, receptionist, tmp_path / "new.sqlite")


def test_an_owner_named_in_a_note_is_redacted_and_the_rest_kept(
    ctx: ServiceContext, manager: Actor, vet: Actor, clock: FixedClock,
    people: tuple[Person, Person], tmp_path: Path,
) -> None:
    kari = people[0]
    form = consultation(kari.animal_ids[0], clock.now() - dt.timedelta(hours=1),
                        anamnesis=f"Eier {kari.first} {kari.last} ringte, tlf "
                                  f"{kari.phone_digits}. Halter.")
    save_draft(ctx, vet, form)
    sign_draft(ctx, vet, form.id)
    out = tmp_path / "support.sqlite"
    anonymized_copy(ctx, manager, out)  # its own scan passes: nothing original is left
    copy = open_database(f"sqlite:///{out}", now=dt.datetime.now(dt.UTC))
    try:
        with copy.reading() as session:
            contents = session.execute(select(JournalVersion.content)).scalars().all()
    finally:
        copy.dispose()
    assert {"anamnesis": "Eier [anonymisert] ringte, tlf [anonymisert]. Halter.",
            "findings": "Øm over kneet."} in contents


def test_the_copy_is_resealed_and_verifies(ctx: ServiceContext, manager: Actor, vet: Actor,
                                           clock: FixedClock, tmp_path: Path) -> None:
    """Names redacted from a journal note and a prescription, usernames replaced: the copy's
    chains are recomputed over what it holds, and its last event says it is a re-sealed copy."""
    drugs = load_sample(ctx)
    dog = add_patient(ctx, owner_first="Solveig", owner_last="Brekkestø")
    named = consultation(dog.animal_id, clock.now() - dt.timedelta(hours=2),
                         anamnesis="Eier Solveig Brekkestø ringte.")
    later = consultation(dog.animal_id, clock.now() - dt.timedelta(hours=1))
    for form in (named, later):
        save_draft(ctx, vet, form)
        sign_draft(ctx, vet, form.id)
    issue_prescription(ctx, vet, form_for(dog.animal_id, one_item(drugs["084512"]),
                                          notes="Solveig Brekkestø henter selv."))
    assert verify_all(ctx, manager).ok
    with ctx.db.reading() as session:
        original_hashes = set(session.execute(select(JournalVersion.hash)).scalars())
        original_prescription = session.execute(select(Prescription.hash)).scalar_one()
    out = tmp_path / "support.sqlite"
    anonymized_copy(ctx, manager, out)

    copy = open_database(f"sqlite:///{out}", now=dt.datetime.now(dt.UTC))
    try:
        copy_ctx = ServiceContext(db=copy, clock=clock)
        with copy.reading() as session:
            notes = session.execute(select(Prescription.notes, Prescription.hash)).one()
            hashes = set(session.execute(select(JournalVersion.hash)).scalars())
            last = session.execute(select(
                AuditEvent.action, AuditEvent.entity_type, AuditEvent.username,
                AuditEvent.details).order_by(AuditEvent.id.desc()).limit(1)).one()
            username = session.execute(select(User.username).where(
                User.id == manager.user_id)).scalar_one()
        # The copy's values really differ, so its hashes had to be recomputed.
        assert notes[0] == "[anonymisert] henter selv." and notes[1] != original_prescription
        assert len(hashes - original_hashes) >= 2
        assert (last.action, last.entity_type, last.username) == (
            "setup", "anonymised_copy", username)
        assert last.details["resealed"] is True and username != manager.username
        report = verify_all(copy_ctx, dataclasses.replace(manager, username=username))
        assert report.ok, report.first_break
        assert report.resealed_copy_at == clock.now()
    finally:
        copy.dispose()
    # The clinic's own log records that the copy was made; it is no re-sealed copy itself.
    mine = verify_all(ctx, manager)
    assert mine.ok and mine.resealed_copy_at is None
    with ctx.db.reading() as session:
        made = session.execute(select(AuditEvent.action).where(
            AuditEvent.entity_type == "anonymised_copy")).scalars().all()
    assert made == ["export"]


def _copied_audit(out: Path) -> tuple[list[dict[str, object]], dict[int, str]]:
    """The copy's audit rows (every column) and its usernames by user id."""
    copy = open_database(f"sqlite:///{out}", now=dt.datetime.now(dt.UTC))
    try:
        with copy.reading() as session:
            rows = [dict(row._mapping) for row in session.execute(
                select(*AuditEvent.__table__.columns).order_by(AuditEvent.id))]
            users = {u.id: u.username for u in session.execute(select(User.id, User.username))}
    finally:
        copy.dispose()
    return rows, users


def test_staff_usernames_in_audit_details_get_their_pseudonyms(
    ctx: ServiceContext, manager: Actor, clock: FixedClock, tmp_path: Path
) -> None:
    """A user added, moved to another role, edited, given a new password and deactivated:
    the audit rows of that name the account (details too) hold only its pseudonym."""
    chief = make_user(ctx, "hovedsjef", Role.ADMINISTRATOR, full_name="Hedda Sjef")
    tor = add_user(ctx, chief, username="tor.hansen", full_name="Tor Hansen", role=Role.NURSE,
                   password=TEST_PASSWORD)
    change_role(ctx, chief, tor.id, Role.VETERINARIAN, hpr_number="7654321")
    update_profile(ctx, chief, tor.id, full_name="Tor Hansen", hpr_number="7654321",
                   email="tor@example.org")
    reset_password(ctx, chief, tor.id, "another horse battery")
    deactivate_user(ctx, chief, tor.id)
    out = tmp_path / "support.sqlite"
    anonymized_copy(ctx, manager, out)

    rows, users = _copied_audit(out)
    text = json.dumps(rows, default=str, ensure_ascii=False)
    for original in ("hovedsjef", "tor.hansen", "mona"):
        assert original not in text, original
    # The same pseudonym as the account itself has in the copy.
    added = [r for r in rows if r["action"] == "create" and r["entity_type"] == "user"
             and r["entity_id"] == str(tor.id)]
    assert [r["details"] for r in added] == [{"username": users[tor.id], "role": "nurse"}]
    changes = [r["details"] for r in rows if r["action"] == "change"
               and r["entity_type"] == "user" and r["entity_id"] == str(tor.id)]
    assert changes == [{"role": "veterinarian", "previous_role": "nurse"},
                       {"fields": "full_name,hpr_number,email"}, {"password": "reset"},
                       {"active": "no"}]
    copy = open_database(f"sqlite:///{out}", now=dt.datetime.now(dt.UTC))
    try:
        report = verify_all(ServiceContext(db=copy, clock=clock),
                            dataclasses.replace(manager, username=users[manager.user_id]))
    finally:
        copy.dispose()
    assert report.ok, report.first_break


def test_the_demo_accounts_named_in_its_import_event_get_their_pseudonyms(
    ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    load_demo(ctx, None, clients=10)
    with ctx.db.reading() as session:
        ids = {u.username: u.id for u in session.execute(select(User.username, User.id))}
        leder = actor_for(session.execute(select(User).where(User.username == "leder"))
                          .scalar_one())
    out = tmp_path / "support.sqlite"
    anonymized_copy(ctx, leder, out)

    rows, users = _copied_audit(out)
    demo = ("resepsjon", "lie", "berg", "sykepleier", "leder", "admin")
    [imported] = [r["details"] for r in rows if r["entity_type"] == "demo"]
    assert isinstance(imported, dict)
    assert imported["staff_created"] == [users[ids[name]] for name in demo]
    named = [r["details"].get("username") for r in rows if isinstance(r["details"], dict)]
    assert not set(demo) & {*imported["staff_created"], *named}
    assert not set(demo) & {r["username"] for r in rows}
    copy = open_database(f"sqlite:///{out}", now=dt.datetime.now(dt.UTC))
    try:
        report = verify_all(ServiceContext(db=copy, clock=clock),
                            dataclasses.replace(leder, username=users[leder.user_id]))
    finally:
        copy.dispose()
    assert report.ok, report.first_break

"""The recipients register (issue 12): added, edited and deactivated by those who keep it (the
vets who refer, the manager, the administrator); a stale edit names who changed it and when; a
deactivated recipient is no longer offered and its old referrals stay readable."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid

import psycopg
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD, make_user
from tests.support.journal_data import Patient, add_patient
from tests.support.staff import raw_connection, signed_in
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.clock import FixedClock
from vetdesk.db.models import AuditEvent, ExternalParty
from vetdesk.domain.codes import ReferralKind, Role
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.conflicts import RecordChangedError
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.referrals.letter import referral_letter
from vetdesk.services.referrals.parties import (
    add_party,
    edit_party,
    list_parties,
    set_party_active,
)
from vetdesk.services.referrals.sending import list_referrals, send_referral
from vetdesk.services.referrals.types import PartyInput, ReferralInput

BERGEN = PartyInput("Dyresykehuset Bergen", speciality="Ortopedi",
                    address="Fjøsangerveien 1, 5054 Bergen", phone="55 12 34 56",
                    email="post@dyresykehus.no")


def test_a_vet_adds_and_edits_a_recipient_and_the_audit_log_names_the_fields(
    ctx: ServiceContext, vet: Actor
) -> None:
    added = add_party(ctx, vet, BERGEN)
    assert (added.phone, added.version, added.active) == ("+4755123456", 1, True)
    edited = edit_party(ctx, vet, added.id, PartyInput(
        "Dyresykehuset Bergen", speciality="Ortopedi og nevrologi",
        address="Fjøsangerveien 1, 5054 Bergen", phone="55 12 34 57",
        email="post@dyresykehus.no"), expected_version=1)
    assert (edited.speciality, edited.phone, edited.version) == (
        "Ortopedi og nevrologi", "+4755123457", 2)
    with ctx.db.reading() as session:
        details = session.execute(select(AuditEvent.details).where(
            AuditEvent.entity_type == "external_party", AuditEvent.action == "change")
        ).scalar_one()
        row = session.get(ExternalParty, added.id)
        assert row is not None
        assert (row.updated_by_id, row.updated_at) == (vet.user_id, ctx.clock.now())
    assert details == {"fields": ["phone", "speciality"]}


def test_a_stale_edit_names_who_changed_it_and_when(ctx: ServiceContext, vet: Actor,
                                                     manager: Actor) -> None:
    added = add_party(ctx, manager, BERGEN)
    later = ServiceContext(db=ctx.db, clock=FixedClock(dt.datetime(2026, 11, 23, 13, 5,
                                                                   tzinfo=dt.UTC)),
                           workstation="desk-2", sleep=ctx.sleep)
    edit_party(later, manager, added.id, PartyInput("Dyresykehuset Bergen AS"),
               expected_version=1)
    with pytest.raises(RecordChangedError) as caught:
        edit_party(ctx, vet, added.id, PartyInput("Dyresykehuset i Bergen"), expected_version=1)
    assert caught.value.message == (
        "Dyresykehuset Bergen AS was changed by Mona Manager at 23.11.2026 14:05 while you "
        "were editing; your changes are kept in the form: reload to see theirs, then save "
        "again.")
    with pytest.raises(RecordChangedError, match="Mona Manager"):
        set_party_active(ctx, vet, added.id, False, expected_version=1)
    assert [p.name for p in list_parties(ctx, vet)] == ["Dyresykehuset Bergen AS"]


def test_bad_input_says_what_to_fix_field_by_field(ctx: ServiceContext, vet: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        add_party(ctx, vet, PartyInput(" ", phone="12 34", email="post@", address="x" * 301))
    assert caught.value.field_errors == {
        "name": "Enter the recipient's name.",
        "address": "Shorten this to 300 characters.",
        "phone": "A Norwegian phone number has 8 digits; this one has 4.",
        "email": caught.value.field_errors["email"]}
    assert caught.value.field_errors["email"]  # the e-mail rule's own sentence
    assert list_parties(ctx, vet) == []


def test_a_deactivated_recipient_is_not_offered_and_old_referrals_stay_readable(
    ctx: ServiceContext, vet: Actor, clinic: None
) -> None:
    dog: Patient = add_patient(ctx)
    lab = add_party(ctx, vet, PartyInput("Vetlab Norge", is_laboratory=True))
    sent = send_referral(ctx, vet, ReferralInput(
        id=uuid.uuid4(), animal_id=dog.animal_id, recipient_id=lab.id, kind=ReferralKind.LAB,
        reason="Anemi?", owner_consented=True, samples="EDTA-blod", question="Hematologi"))
    off = set_party_active(ctx, vet, lab.id, False, expected_version=1)
    assert (off.active, off.version) == (False, 2)
    assert list_parties(ctx, vet) == []
    assert [(p.name, p.active) for p in list_parties(ctx, vet, include_inactive=True)] == [
        ("Vetlab Norge", False)]
    assert [r.recipient for r in list_referrals(ctx, vet, dog.animal_id)] == ["Vetlab Norge"]
    letter = referral_letter(ctx, vet, sent.id)
    assert "Vetlab Norge" in PdfReader(io.BytesIO(letter)).pages[0].extract_text()
    with pytest.raises(ValidationError) as refused:
        send_referral(ctx, vet, ReferralInput(
            id=uuid.uuid4(), animal_id=dog.animal_id, recipient_id=lab.id,
            kind=ReferralKind.LAB, reason="Anemi?", owner_consented=True,
            samples="EDTA-blod", question="Hematologi"))
    # It said "Choose a recipient from the register." about the one that was chosen.
    assert refused.value.message == (
        "Vetlab Norge is deactivated in the register; choose another recipient, or bring it "
        "back under Settings → Referral recipients.")
    assert refused.value.field_errors == {"recipient_id": "Deactivated."}
    on = set_party_active(ctx, vet, lab.id, True, expected_version=2)
    assert (on.active, on.version) == (True, 3)


@pytest.mark.parametrize("role", [Role.NURSE, Role.RECEPTIONIST])
def test_a_nurse_or_receptionist_may_not_keep_the_register(
    ctx: ServiceContext, vet: Actor, role: Role
) -> None:
    other = make_user(ctx, "sofie", role, full_name="Sofie Hansen")
    added = add_party(ctx, vet, BERGEN)
    with pytest.raises(PermissionDenied):
        add_party(ctx, other, PartyInput("Ny klinikk"))
    with pytest.raises(PermissionDenied):
        edit_party(ctx, other, added.id, PartyInput("Ny klinikk"), expected_version=1)
    with pytest.raises(PermissionDenied):
        set_party_active(ctx, other, added.id, False, expected_version=1)
    assert [p.name for p in list_parties(ctx, other)] == ["Dyresykehuset Bergen"]


@pytest.mark.pg_only
def test_the_vet_keeps_the_register_as_their_own_role(ctx: ServiceContext, vet: Actor) -> None:
    with signed_in(ctx, vet) as room:
        added = add_party(room, vet, BERGEN)
        edit_party(room, vet, added.id, PartyInput("Dyresykehuset Bergen AS"),
                   expected_version=1)
        set_party_active(room, vet, added.id, False, expected_version=2)
    with ctx.db.reading() as session:
        row = session.get(ExternalParty, added.id)
        assert row is not None
        # Stamped by the database from the session's role.
        assert (row.name, row.active, row.updated_by_id) == (
            "Dyresykehuset Bergen AS", False, vet.user_id)


@pytest.mark.pg_only
@pytest.mark.parametrize("role", [Role.NURSE, Role.RECEPTIONIST])
def test_the_server_refuses_a_nurse_or_receptionist_changing_the_register(
    ctx: ServiceContext, vet: Actor, role: Role, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the program's check removed, the grant still refuses."""
    from vetdesk.services import permissions

    added = add_party(ctx, vet, BERGEN)
    other = make_user(ctx, "sofie", role, full_name="Sofie Hansen")
    monkeypatch.setattr(permissions.Actor, "can", lambda self, permission: True)
    with signed_in(ctx, other) as desk:
        with pytest.raises(PermissionDenied, match="database refused"):
            edit_party(desk, other, added.id, PartyInput("Kapret klinikk"), expected_version=1)
        with pytest.raises(PermissionDenied, match="database refused"):
            add_party(desk, other, PartyInput("Falsk klinikk"))
    with raw_connection(ctx, "sofie") as conn, pytest.raises(
            psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE external_parties SET active = false")
    assert [p.name for p in list_parties(ctx, vet)] == ["Dyresykehuset Bergen"]


def _run(db_url: str, user: str, *argv: str, lang: str = "C") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(out=out, err=err, stdin=io.StringIO(""),
                         credentials=MemoryCredentialStore(),
                         environ={"VETDESK_PASSWORD": TEST_PASSWORD, "LANG": lang})
    code = main(["--database", db_url, "--user", user, *argv], env=env)
    return code, out.getvalue(), err.getvalue()


def test_from_the_command_line(ctx: ServiceContext, vet: Actor, db_url: str) -> None:
    code, said, _ = _run(db_url, "lie", "referrals", "add-recipient", "--name",
                         "Dyresykehuset Bergen", "--speciality", "Ortopedi", "--phone",
                         "55 12 34 56")
    assert code == 0
    [added] = list_parties(ctx, vet)
    assert said == f"Added recipient {added.id}: Dyresykehuset Bergen.\n"
    code, said, _ = _run(db_url, "lie", "referrals", "edit-recipient", str(added.id),
                         "--email", "post@dyresykehus.no")
    assert (code, said) == (0, f"Saved recipient {added.id}: Dyresykehuset Bergen.\n")
    [edited] = list_parties(ctx, vet)
    assert (edited.email, edited.speciality, edited.phone) == (
        "post@dyresykehus.no", "Ortopedi", "+4755123456")
    code, _, err = _run(db_url, "lie", "referrals", "edit-recipient", str(added.id),
                        "--name", "Gammelt navn", "--version", "1")
    # The command line has no form to keep the typing in, nor anything to reload: it says
    # what to run instead (a new-user walk found the screen's words here).
    assert code == 2 and err.startswith(
        "vetdesk: Dyresykehuset Bergen was changed by Ingrid Lie at ")
    assert err.endswith("; nothing was saved. Run “vetdesk referrals parties --json” to see "
                        "its current details and version, then run the command again.\n")
    code, _, err = _run(db_url, "lie", "referrals", "edit-recipient", str(added.id),
                        "--name", "Gammelt navn", "--version", "1", lang="nb_NO.UTF-8")
    assert code == 2 and err.startswith(
        "vetdesk: Dyresykehuset Bergen ble endret av Ingrid Lie ")
    assert err.endswith("; ingenting ble lagret. Kjør «vetdesk referrals parties --json» for å "
                        "se gjeldende opplysninger og versjon, og kjør så kommandoen på nytt.\n")
    assert "skjema" not in err and "last inn" not in err
    assert _run(db_url, "lie", "referrals", "deactivate-recipient", str(added.id))[0] == 0
    code, said, _ = _run(db_url, "lie", "referrals", "parties", "--all", "--json")
    assert [(p["name"], p["active"], p["version"]) for p in json.loads(said)] == [
        ("Dyresykehuset Bergen", False, 3)]
    assert _run(db_url, "lie", "referrals", "parties")[1] == ""
    make_user(ctx, "sofie", Role.NURSE, full_name="Sofie Hansen")
    code, _, err = _run(db_url, "sofie", "referrals", "activate-recipient", str(added.id))
    assert code == 2 and "may not keep the register of referral recipients" in err
    code, _, err = _run(db_url, "lie", "referrals", "activate-recipient", "99")
    assert (code, err) == (2, "vetdesk: There is no recipient number 99 in the register; "
                              "“vetdesk referrals parties --all” lists them.\n")
    code, _, err = _run(db_url, "lie", "referrals", "edit-recipient", "99", "--name", "X",
                        lang="nb_NO.UTF-8")
    assert (code, err) == (2, "vetdesk: Det finnes ingen mottaker nummer 99 i registeret; "
                              "«vetdesk referrals parties --all» viser dem.\n")


def test_a_name_already_in_the_register_is_not_added_twice(ctx: ServiceContext,
                                                           vet: Actor) -> None:
    first = add_party(ctx, vet, BERGEN)
    # A retry after a lost connection (or a second click) finds the first one.
    assert add_party(ctx, vet, BERGEN) == first
    with pytest.raises(ValidationError) as caught:
        add_party(ctx, vet, PartyInput("DYRESYKEHUSET  bergen", phone="55 99 99 99"))
    assert caught.value.field_errors == {"name": (
        "Dyresykehuset Bergen is already in the register; choose it, or edit it in "
        "Settings → Referral recipients.")}
    set_party_active(ctx, vet, first.id, False, expected_version=1)
    with pytest.raises(ValidationError, match="in the register but deactivated; activate it "
                                              "again in Settings"):
        add_party(ctx, vet, BERGEN)
    assert len(list_parties(ctx, vet, include_inactive=True)) == 1

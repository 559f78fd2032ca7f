"""Inspect: everything about one client, grouped, with purpose, basis and deletable date; the
access log; nothing of another client; a fixed number of statements whatever the size."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.support.privacy_data import Person, add_people
from tests.support.staff import signed_in
from tests.support.statements import count_statements
from vetdesk.db.models import Animal, ExternalParty, JournalVersion, Ownership
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.domain.codes import AuditAction
from vetdesk.domain.privacy_classification import Group
from vetdesk.errors import NotFound, PermissionDenied
from vetdesk.i18n import language
from vetdesk.services import audit
from vetdesk.services.clients import update_client
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal.corrections import correct_entry
from vetdesk.services.journal.history import entry_detail
from vetdesk.services.journal.types import Correction
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.inspect import Inspection, inspect_client


@pytest.fixture
def people(ctx: ServiceContext, vet: Actor) -> tuple[Person, Person]:
    return add_people(ctx, vet)


def _group(found: Inspection, group: Group) -> dict[str, int]:
    chosen = next(g for g in found.groups if g.group is group)
    return {t.table: len(t.rows) for t in chosen.tables}


def test_everything_about_kari_grouped(ctx: ServiceContext, manager: Actor,
                                       people: tuple[Person, Person]) -> None:
    kari, _per = people
    found = inspect_client(ctx, manager, kari.client_no)
    assert found.name == "Kari Østmo"
    # Her own record and the duplicate merged into it.
    assert _group(found, Group.IDENTITY) == {"clients": 2, "client_phones": 2,
                                             "client_alerts": 1}
    assert _group(found, Group.CONSENTS) == {"consents": 2}
    assert _group(found, Group.ANIMALS) == {"animals": 2, "ownerships": 2, "identities": 2,
                                            "animal_alerts": 0}
    journal = _group(found, Group.JOURNAL)
    assert (journal["journal_entries"], journal["journal_versions"]) == (6, 6)
    assert _group(found, Group.PURCHASES) == {"invoices": 1, "invoice_lines": 1}
    assert _group(found, Group.MESSAGES) == {"messages": 1}
    assert _group(found, Group.REFERRALS) == {"referrals": 1, "referral_items": 0}


def test_each_group_says_why_and_until_when(ctx: ServiceContext, manager: Actor,
                                            people: tuple[Person, Person]) -> None:
    found = inspect_client(ctx, manager, people[0].client_no)
    groups = {g.group: g for g in found.groups}
    # Journal: the last entry is 398 days before 22.11.2026 (seed_history, 3 a day apart),
    # signed 20 minutes later: 20.10.2025 + 10 years.
    assert groups[Group.JOURNAL].deletable_on == dt.date(2035, 10, 20)
    # The invoice of 12.11.2026: five years after the end of 2026.
    assert groups[Group.PURCHASES].deletable_on == dt.date(2032, 1, 1)
    assert groups[Group.IDENTITY].deletable_on is None  # kept while she is a client
    assert "Contract with the client (GDPR art. 6(1)(b))" in groups[Group.IDENTITY].bases
    assert groups[Group.JOURNAL].purposes == ("Keep the journal of the animal's treatment",)


def test_nothing_of_another_client(ctx: ServiceContext, manager: Actor,
                                   people: tuple[Person, Person]) -> None:
    kari, per = people
    text = repr(inspect_client(ctx, manager, kari.client_no).holding)
    for value in per.identifying() + per.chips + ("Fido",):
        assert value not in text, value
    for value in kari.identifying() + kari.chips:
        assert value in text, value


def test_who_opened_her_data_is_shown(ctx: ServiceContext, manager: Actor,
                                      people: tuple[Person, Person]) -> None:
    inspect_client(ctx, manager, people[0].client_no)
    found = inspect_client(ctx, manager, people[0].client_no)
    assert [(e.username, e.action, e.entity_type) for e in found.access_log] == [
        ("mona", "view", "privacy_inspect")]  # the second look within 5 minutes is the same
    assert found.disclosures == ()


def test_a_few_statements_whatever_the_size(ctx: ServiceContext, manager: Actor,
                                            vet: Actor, engine_name: str) -> None:
    kari, _per = add_people(ctx, vet, entries_per_animal=40)
    with count_statements(ctx.db.engine) as log:
        inspect_client(ctx, manager, kari.client_no)
    # The client's id, the audited view (one statement on PostgreSQL; the tip read and the
    # insert on SQLite), and the whole holding in one.
    # and the names of the staff and recipients it mentions in one more.
    assert len(log.queries) <= (4 if engine_name == "postgresql" else 6), log.queries


def test_unknown_number_and_wrong_role(ctx: ServiceContext, manager: Actor,
                                       receptionist: Actor) -> None:
    with pytest.raises(NotFound) as unknown:
        inspect_client(ctx, manager, 999)
    assert unknown.value.message == "There is no client number 999; check the number."
    with pytest.raises(PermissionDenied):
        inspect_client(ctx, receptionist, 999)


def _records(found: Inspection, group: Group) -> list[tuple[str, str, tuple[str, ...]]]:
    chosen = next(g for g in found.groups if g.group is group)
    return [(r.kind, r.text, r.details) for r in chosen.records]


def test_the_records_in_words(ctx: ServiceContext, manager: Actor,
                              people: tuple[Person, Person]) -> None:
    kari, per = people
    found = inspect_client(ctx, manager, kari.client_no)
    assert _records(found, Group.IDENTITY)[:3] == [
        ("Client record", "Kari Østmo; client number 100; Fjellveien 22B 0150 Oslo; "
         "kari.ostmo@example.no; born 04.03.1980; language: Norwegian (bokmål)",
         ("Note: Kari ringer helst om morgenen",)),
        ("Merged duplicate record", "Kari Østmo (gammel); client number 101; Fjellveien 22B; "
         "kari.ostmo@example.no; language: Norwegian (bokmål)", ()),
        ("Phone", "912 34 567; mobile", ())]
    assert _records(found, Group.CONSENTS) == [
        ("Consent", "agreed to appointment and recall messages by SMS; on a form; "
         "recorded by Ingrid Lie", ()),
        ("Consent", "declined to marketing by e-mail; by phone; recorded by Ingrid Lie", ())]
    assert _records(found, Group.ANIMALS) == [
        ("Animal", "Bamse; dog; male; born 14.05.2016; microchip 578093000111111; "
         "owned 01.06.2016–", ()),
        ("Animal", "Pusur; dog; male; born 14.05.2016; microchip 578093000222222; "
         "owned 01.06.2016–", ())]
    journal = _records(found, Group.JOURNAL)
    assert len(journal) == 6
    assert ("Note", "Bamse; Notat 1: eier ringte.; Ingrid Lie; signed", ()) in journal
    assert _records(found, Group.APPOINTMENTS) == [
        ("Appointment", "Bamse; Halter; Behandlingsrom 1; done", ()),
        ("Recall", "Bamse; Vaksine; vaccination; due", ())]
    assert _records(found, Group.MESSAGES) == [
        ("Message", "SMS; to 912 34 567; delivered; appointment and recall messages",
         ("Hei Kari! Bamse skal vaksineres.",))]
    assert _records(found, Group.PRESCRIPTIONS) == [
        ("Prescription", "Bamse; Metacam 1,5 mg/ml 1 x 32 ml 0,1 mg/kg daglig; "
         "prescribed by Ingrid Lie", ())]
    assert _records(found, Group.REFERRALS) == [
        ("Referral", "to Dyrelaboratoriet AS; Bamse; Blodprøve; sent; by Ingrid Lie", ())]
    assert _records(found, Group.PURCHASES) == [
        ("Invoice", "invoice 100; kr 750,00; paid", ("Konsultasjon kr 750,00",))]
    assert _records(found, Group.PRIVACY) == [
        ("Privacy request", "Access; Open; due 02.12.2026", ("Vil se journalen",))]
    # Nothing of Per's in the words either.
    words = repr([g.records for g in found.groups])
    for value in per.identifying() + per.chips + ("Fido", "Storgata"):
        assert value not in words, value


def test_the_access_log_in_words(ctx: ServiceContext, manager: Actor,
                                 people: tuple[Person, Person]) -> None:
    with language("nb"):
        found = inspect_client(ctx, manager, people[0].client_no)
        assert [e.what for e in found.access_log] == ["Innsyn (personvern)"]
        consents = next(g for g in found.groups if g.group is Group.CONSENTS)
        assert consents.label == "Samtykker"
        assert [r.kind for r in consents.records] == ["Samtykke", "Samtykke"]
        assert consents.records[1].text == (
            "takket nei til markedsføring på e-post; på telefon; registrert av Ingrid Lie")


def test_former_animals_and_the_history_of_changes(
    ctx: ServiceContext, manager: Actor, vet: Actor, people: tuple[Person, Person]
) -> None:
    kari, per = people
    # Pusur went to Per on 01.11.2026; Kari changed her e-mail address.
    with ctx.db.transaction() as session:
        pusur = session.get(Animal, kari.animal_ids[1])
        assert pusur is not None
        pusur.owner_id = per.client_id
        ownership = session.execute(select(Ownership).where(
            Ownership.animal_id == pusur.id)).scalar_one()
        ownership.ended_on = dt.date(2026, 11, 1)
        session.add(Ownership(animal_id=pusur.id, client_id=per.client_id,
                              started_on=dt.date(2026, 11, 1), recorded_at=ctx.clock.now()))
    update_client(ctx, vet, kari.client_id, ClientInput(
        first_name="Kari", last_name="Østmo", address="Fjellveien 22B", postal_code="0150",
        city="Oslo", phones=(PhoneInput("912 34 567"),), email="kari@ny.no",
        birth_date=dt.date(1980, 3, 4), notes="Kari ringer helst om morgenen"),
        expected_version=1)
    found = inspect_client(ctx, manager, kari.client_no)
    assert [r[:2] for r in _records(found, Group.ANIMALS)] == [
        ("Animal", "Bamse; dog; male; born 14.05.2016; microchip 578093000111111; "
         "owned 01.06.2016–"),
        ("Former animal", "Pusur; dog; male; born 14.05.2016; microchip 578093000222222; "
         "owned 01.06.2016–01.11.2026")]
    assert ("Change", "Changed – client record; e-mail; by lie", ()) in _records(
        found, Group.IDENTITY)
    # Per sees Pusur as his, from the day he took it over, and not Kari's time with it.
    theirs = _records(inspect_client(ctx, manager, per.client_no), Group.ANIMALS)
    assert ("Animal", "Pusur; dog; male; born 14.05.2016; microchip 578093000222222; "
            "owned 01.11.2026–", ()) in theirs


def test_a_disclosure_the_audit_log_records(ctx: ServiceContext, manager: Actor, vet: Actor,
                                            people: tuple[Person, Person]) -> None:
    kari, per = people
    with ctx.db.transaction() as session:
        lab = session.execute(select(ExternalParty.id).where(
            ExternalParty.name == "Dyrelaboratoriet AS")).scalar_one()
        # Samples of Bamse's sent to the lab, known to the audit log only.
        audit.record(session, ctx, vet, AuditAction.DISCLOSURE_LAB, entity_type="referral",
                     entity_id="0f" * 16, client_id=kari.client_id,
                     animal_id=kari.animal_ids[0], details={"recipient_id": lab})
        audit.record(session, ctx, vet, AuditAction.DISCLOSURE_LAB, entity_type="referral",
                     entity_id="0e" * 16, client_id=per.client_id,
                     animal_id=per.animal_ids[0], details={"recipient_id": lab})
    found = inspect_client(ctx, manager, kari.client_no)
    # Both at the test clock's moment: the referral first, as listed.
    assert [r[:2] for r in _records(found, Group.REFERRALS)] == [
        ("Referral", "to Dyrelaboratoriet AS; Bamse; Blodprøve; sent; by Ingrid Lie"),
        ("Disclosure", "Sent to a laboratory – referral; to Dyrelaboratoriet AS; by lie")]
    assert [e.what for e in found.access_log] == [
        "Sent to a laboratory – referral", "Access (privacy)"]


@pytest.mark.pg_only
def test_the_manager_signed_in_reads_the_names(ctx: ServiceContext, manager: Actor,
                                               people: tuple[Person, Person]) -> None:
    # As her own database role: the staff, recipient and room names come through the grants.
    with signed_in(ctx, manager) as desk:
        found = inspect_client(desk, manager, people[0].client_no)
    assert _records(found, Group.REFERRALS) == [
        ("Referral", "to Dyrelaboratoriet AS; Bamse; Blodprøve; sent; by Ingrid Lie", ())]
    assert _records(found, Group.APPOINTMENTS)[0] == (
        "Appointment", "Bamse; Halter; Behandlingsrom 1; done", ())


def test_medicine_given_in_words(ctx: ServiceContext, manager: Actor, vet: Actor,
                                 people: tuple[Person, Person]) -> None:
    """Medicine a vet gave without a prescription is one of the client's records (issue 12)."""
    import uuid
    from decimal import Decimal

    from tests.support.pharmacy import load_sample
    from vetdesk.services.pharmacy.giving import record_given
    from vetdesk.services.pharmacy.types import GivenInput

    kari, _per = people
    drugs = load_sample(ctx)
    record_given(ctx, vet, GivenInput(id=uuid.uuid4(), animal_id=kari.animal_ids[0],
                                      drug_id=drugs["084512"], amount=Decimal("4.5")))
    found = inspect_client(ctx, manager, kari.client_no)
    assert ("Medicine given", "Bamse; Metacam vet.; 4,5 ml; given by Ingrid Lie", ()) in (
        _records(found, Group.PRESCRIPTIONS))


def test_a_correction_written_today_keeps_the_journal_ten_years_from_today(
    ctx: ServiceContext, manager: Actor, vet: Actor, people: tuple[Person, Person]
) -> None:
    """The purge counts from the last entry made, the later of the event and when a version
    was written (chain_purge.journals_due): the date the client is told is the same. Kari's
    last visit was 20.10.2025; a correction of it written on 22.11.2026 keeps her journal
    until 22.11.2036."""
    kari = people[0]
    with ctx.db.reading() as session:
        entry_id, version_no, event_time = session.execute(
            select(JournalVersion.entry_id, JournalVersion.version_no,
                   JournalVersion.event_time)
            .where(JournalVersion.animal_id.in_(kari.animal_ids))
            .order_by(JournalVersion.event_time.desc()).limit(1)).one()
    current = entry_detail(ctx, vet, entry_id).current
    correct_entry(ctx, vet, Correction(entry_id, version_no, event_time,
                                       {**current.content, "findings": "Rettet"}, "Skrivefeil"),
                  accept_warnings=True)
    groups = {g.group: g for g in inspect_client(ctx, manager, kari.client_no).groups}
    assert groups[Group.JOURNAL].deletable_on == dt.date(2036, 11, 22)

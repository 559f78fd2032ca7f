"""Who may do what, checked in every service: each guarded call, once per role (issue 7).

For every service function that checks a permission, and every role:

- a role that lacks the permission is refused with ``PermissionDenied`` and the database is
  unchanged, row for row;
- a role that has it gets through and the call succeeds on valid input;
- and, because every role may look up and edit clients, a role stripped of exactly that
  permission (say "a receptionist who may not look up clients") is refused too. That also shows
  the check is for the right permission, not merely for some other one the role lacks.

The records each call needs are set up for the actor under test (a draft to sign is written in
the actor's own name), so the permission is the only reason left to refuse: delete a
``require()`` and the refusal test goes red. ``test_every_guarded_service_is_in_the_matrix``
fails when a service gains a check that no case here exercises.

A new service adds one line to ``CASES``.
"""

from __future__ import annotations

import ast
import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

import vetdesk.services
from tests.conftest import TEST_PASSWORD, make_user
from tests.support import privacy_world as privacy
from tests.support.calendar import oslo
from tests.support.calendar import request as calendar_request
from tests.support.journal_data import add_patient, consultation
from tests.support.permission_world import PDF_BYTES, World, changed_tables, database_snapshot
from tests.support.pharmacy import form_for, load_sample, one_item
from vetdesk.db.models import Appointment, Clinic, Resource
from vetdesk.domain.animal_rules import AnimalInput
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.domain.codes import (
    AlertSeverity,
    AppointmentStatus,
    Channel,
    ConsentPurpose,
    RecallRuleKind,
    ReferralKind,
    ResourceKind,
    Role,
)
from vetdesk.domain.opening_hours import HoursRow
from vetdesk.errors import PermissionDenied
from vetdesk.services import permissions
from vetdesk.services.addresses.postcodes import import_postcodes, town_for_postcode
from vetdesk.services.alerts import (
    AlertInput,
    add_animal_alert,
    add_client_alert,
    deactivate_animal_alert,
    deactivate_client_alert,
)
from vetdesk.services.animals import (
    check_microchip,
    move_animal,
    ownership_history,
    register_animal,
    update_animal,
)
from vetdesk.services.client_card import open_client_card
from vetdesk.services.clients import (
    ConsentChoice,
    record_consents,
    register_client,
    update_client,
)
from vetdesk.services.clinic import ClinicDetails, update_clinic_details
from vetdesk.services.context import ServiceContext
from vetdesk.services.demo import load_demo
from vetdesk.services.duplicates import find_duplicates
from vetdesk.services.front_desk_saving import (
    register_unless_duplicate,
    save_animal_edits,
    save_client_edits,
)
from vetdesk.services.front_desk_views import (
    animal_details,
    client_brief,
    search_with_alerts,
    todays_appointments,
)
from vetdesk.services.importing import import_animals, import_clients
from vetdesk.services.integrity import verify_all
from vetdesk.services.journal import (
    AccessRequest,
    Correction,
    add_draft_attachment,
    animal_journal,
    attachment_file,
    chart_header,
    check_draft,
    correct_entry,
    discard_draft,
    entry_detail,
    get_draft,
    my_day,
    my_drafts,
    owner_journal_export,
    print_journal,
    record_access_request,
    remove_draft_attachment,
    save_draft,
    save_draft_with_files,
    sign_draft,
    timeline_page,
    void_entry,
    weight_trend,
)
from vetdesk.services.journal.unsigned import unsigned_drafts
from vetdesk.services.merging import merge_clients
from vetdesk.services.messaging.appointments import (
    queue_appointment_reminders,
    queue_confirmation,
)
from vetdesk.services.messaging.delivery import (
    DeliveryReport,
    InboundSms,
    record_delivery,
    record_inbound,
)
from vetdesk.services.messaging.due import DueFilter, due_page, due_recalls
from vetdesk.services.messaging.letters import print_letters
from vetdesk.services.messaging.polling import poll_delivery
from vetdesk.services.messaging.queueing import queue_reminders
from vetdesk.services.messaging.recall_rules import RuleInput, retire_rule, save_rule
from vetdesk.services.messaging.secrets import MessagingSecrets
from vetdesk.services.messaging.sending import send_queued
from vetdesk.services.messaging.status import outbox_status, review_message
from vetdesk.services.permissions import Actor, Permission
from vetdesk.services.pharmacy.cancelling import cancel_prescription
from vetdesk.services.pharmacy.catalogue import (
    get_drug,
    import_drugs,
    sample_catalogue_bytes,
    search_drugs,
)
from vetdesk.services.pharmacy.giving import list_given, record_given, void_given
from vetdesk.services.pharmacy.issuing import issue_prescription
from vetdesk.services.pharmacy.printing import print_prescription
from vetdesk.services.pharmacy.reading import list_prescriptions, prescription_detail
from vetdesk.services.pharmacy.rules_settings import set_prescription_rules
from vetdesk.services.pharmacy.types import GivenInput, PrescriptionInput
from vetdesk.services.pharmacy.vetreg import due_entries, export_due, mark_reported
from vetdesk.services.privacy import anonymize as privacy_anonymize
from vetdesk.services.privacy import consents as privacy_consents
from vetdesk.services.privacy import correction as privacy_correction
from vetdesk.services.privacy import erasure as privacy_erasure
from vetdesk.services.privacy import export as privacy_export
from vetdesk.services.privacy import inspect as privacy_inspect
from vetdesk.services.privacy import records as privacy_records
from vetdesk.services.privacy import requests as privacy_requests
from vetdesk.services.privacy import restriction as privacy_restriction
from vetdesk.services.privacy import retention as privacy_retention
from vetdesk.services.referrals.attachments import attachable_files
from vetdesk.services.referrals.letter import referral_letter
from vetdesk.services.referrals.parties import (
    add_party,
    edit_party,
    list_parties,
    set_party_active,
)
from vetdesk.services.referrals.sending import (
    accept_referral,
    attach_report,
    list_referrals,
    send_referral,
)
from vetdesk.services.referrals.types import PartyInput, ReferralInput
from vetdesk.services.scheduling.booking import book_appointment
from vetdesk.services.scheduling.calendar_view import calendar_marker, calendar_period
from vetdesk.services.scheduling.changes import move_appointment, set_status
from vetdesk.services.scheduling.free_slots import next_free_slot
from vetdesk.services.scheduling.hours import (
    close_holiday,
    holiday_openings,
    resource_weeks,
    set_days,
)
from vetdesk.services.scheduling.resources import (
    add_resource,
    list_resources,
    open_holiday,
    room_resource,
    set_hours,
    vet_resource,
)
from vetdesk.services.search import search
from vetdesk.services.settings.store import change_setting, unset_setting
from vetdesk.services.staff.accounts import (
    add_user,
    change_role,
    deactivate_user,
    list_users,
    reactivate_user,
    reset_password,
    update_profile,
)

P = Permission
ROLES = (Role.RECEPTIONIST, Role.NURSE, Role.VETERINARIAN, Role.MANAGER, Role.ADMINISTRATOR)

# The permission table as the clinic knows it, written out rather than read from the program.
# Columns follow ROLES. "A receptionist may not read journals" is the `_` in the first column
# of VIEW_JOURNAL; "an administrator writes no clinical records" the two `_` at the bottom right.
X, _ = True, False
TABLE: dict[Permission, tuple[bool, bool, bool, bool, bool]] = {
    #                        recep. nurse  vet    manager admin
    P.VIEW_CLIENTS:         (X,     X,     X,     X,      X),
    P.EDIT_CLIENTS:         (X,     X,     X,     X,      X),
    P.BOOK_APPOINTMENTS:    (X,     X,     X,     X,      X),
    P.SEND_REMINDERS:       (X,     X,     X,     X,      X),
    P.MERGE_CLIENTS:        (_,     _,     _,     X,      X),
    P.IMPORT_CLIENTS:       (_,     _,     _,     X,      X),
    P.VIEW_JOURNAL:         (_,     X,     X,     X,      X),
    P.PRINT_JOURNAL:        (_,     X,     X,     X,      X),
    P.WRITE_JOURNAL:        (_,     X,     X,     _,      _),
    P.SIGN_JOURNAL:         (_,     X,     X,     _,      _),
    P.PRESCRIBE:            (_,     _,     X,     _,      _),
    P.GIVE_MEDICINE:        (_,     _,     X,     _,      _),
    P.REPORT_MEDICINE:      (_,     _,     X,     X,      _),
    P.REFER:                (_,     _,     X,     _,      _),
    P.MANAGE_RECIPIENTS:    (_,     _,     X,     X,      X),
    P.MANAGE_PRIVACY:       (_,     _,     _,     X,      X),
    P.VIEW_AUDIT_LOG:       (_,     _,     _,     X,      X),
    P.MANAGE_SETTINGS:      (_,     _,     _,     X,      X),
    P.EDIT_RECALL_RULES:    (_,     _,     X,     X,      X),
    P.VERIFY_INTEGRITY:     (_,     _,     _,     X,      X),
    P.MANAGE_USERS:         (_,     _,     _,     _,      X),
    P.LOAD_DEMO:            (_,     _,     _,     _,      X),
}


def may(role: Role, permission: Permission) -> bool:
    return TABLE[permission][ROLES.index(role)]


def test_the_role_permission_table_is_as_written() -> None:
    assert set(TABLE) == set(Permission), "a new permission needs a row in TABLE"
    written = {role: frozenset(p for p in Permission if may(role, p)) for role in ROLES}
    assert set(permissions.ROLE_PERMISSIONS) == set(ROLES)
    for role in ROLES:
        actual = permissions.ROLE_PERMISSIONS[role]
        assert actual == written[role], (
            f"{role}: the program also grants {sorted(actual - written[role])}, "
            f"but not {sorted(written[role] - actual)}"
        )


def test_a_few_facts_in_words() -> None:
    """The table above, spot-checked in the words the issue uses."""
    receptionist = Actor(1, "kari", "Kari", Role.RECEPTIONIST)
    manager = Actor(2, "mona", "Mona", Role.MANAGER)
    admin = Actor(3, "admin", "Ada", Role.ADMINISTRATOR)
    assert not receptionist.can(P.VIEW_JOURNAL)  # a receptionist may not read journals
    assert not manager.can(P.WRITE_JOURNAL)  # a manager writes no journal entries
    assert not admin.can(P.SIGN_JOURNAL)  # nor does the administrator, in anyone's name
    assert not manager.can(P.MANAGE_USERS)  # only the administrator manages accounts
    # The manager reports medicine to VetReg (the clinic's duty) but never prescribes, nor
    # records medicine given.
    assert manager.can(P.REPORT_MEDICINE)
    assert not manager.can(P.PRESCRIBE) and not manager.can(P.GIVE_MEDICINE)


# -- the cases -------------------------------------------------------------------------------

Prepare = Callable[[World, Actor], Callable[[], Any]]


@dataclass(frozen=True)
class Case:
    """``service`` called by ``prepare``'s thunk; allowed to anyone holding one of ``needs``."""

    service: Callable[..., Any]
    needs: tuple[Permission, ...]
    prepare: Prepare
    # Functions holding the check when it is not in ``service`` itself.
    checked_in: tuple[str, ...] = ()
    # What a successful call returns, where returning at all could hide a partial failure.
    succeeded: Callable[[Any], bool] = lambda _result: True

    @property
    def name(self) -> str:
        return self.service.__name__

    def allows(self, role: Role) -> bool:
        return any(may(role, p) for p in self.needs)


def _client(w: World, a: Actor, run: Callable[..., Any]) -> Callable[[], Any]:
    kari = w.client()
    return partial(run, w.ctx, a, kari.client_id)


def _client_then(w: World, a: Actor, run: Callable[..., Any],
                 *args: Any) -> Callable[[], Any]:
    """``run`` once Kari Ødegård (912 34 567) is registered; by default it looks her up."""
    w.client()
    return partial(run, w.ctx, a, *(args or ("Ødegård",)))


def _animal(w: World, a: Actor, run: Callable[..., Any]) -> Callable[[], Any]:
    bamse = w.animal(w.client().client_id)
    return partial(run, w.ctx, a, bamse.animal_id)


def _merge(w: World, a: Actor) -> Callable[[], Any]:
    kari, again = w.client(), w.client("Kari", "Ødegaard", phone="912 34 568")
    return partial(merge_clients, w.ctx, a, keep_id=kari.client_id, remove_id=again.client_id,
                   keep_version=kari.version, remove_version=again.version)


def _update_animal(w: World, a: Actor) -> Callable[[], Any]:
    bamse = w.animal(w.client().client_id)
    return partial(update_animal, w.ctx, a, bamse.animal_id,
                   AnimalInput(name="Bamse", species="dog", colour="gul"),
                   expected_version=bamse.version)


def _save_animal_edits(w: World, a: Actor) -> Callable[[], Any]:
    bamse = w.animal(w.client().client_id)
    return partial(save_animal_edits, w.ctx, a, bamse.animal_id,
                   AnimalInput(name="Bamse", species="dog", colour="gul"),
                   expected_version=bamse.version, new_alert=AlertInput("Biter"))


def _move_animal(w: World, a: Actor) -> Callable[[], Any]:
    bamse = w.animal(w.client().client_id)
    per = w.client("Per", "Olsen", phone="22 12 34 56")
    return partial(move_animal, w.ctx, a, bamse.animal_id, per.client_id,
                   expected_version=bamse.version)


def _update_client(w: World, a: Actor) -> Callable[[], Any]:
    kari = w.client()
    return partial(update_client, w.ctx, a, kari.client_id,
                   ClientInput("Kari", "Ødegård", city="Bergen"), expected_version=kari.version)


def _save_client_edits(w: World, a: Actor) -> Callable[[], Any]:
    kari = w.client()
    return partial(save_client_edits, w.ctx, a, kari.client_id,
                   ClientInput("Kari", "Ødegård", city="Bergen"), expected_version=kari.version,
                   new_alert=AlertInput("Foretrekker SMS"))


def _deactivate_client_alert(w: World, a: Actor) -> Callable[[], Any]:
    kari = w.client()
    alert = add_client_alert(w.ctx, w.helper, kari.client_id, AlertInput("Foretrekker SMS"))
    return partial(deactivate_client_alert, w.ctx, a, alert)


def _deactivate_animal_alert(w: World, a: Actor) -> Callable[[], Any]:
    bamse = w.animal(w.client().client_id)
    alert = add_animal_alert(w.ctx, w.helper, bamse.animal_id,
                             AlertInput("Biter ved munnkurv", AlertSeverity.MANDATORY))
    return partial(deactivate_animal_alert, w.ctx, a, alert)


def _import_clients(w: World, a: Actor) -> Callable[[], Any]:
    path = w.file("clients.csv", "client_no;first_name;last_name;address;postal_code;city;phone;"
                                 "email;birth_date;reminder_consent;marketing_consent\n"
                                 "501;Per;Olsen;;1234;Lillestrøm;912 34 567;;;ja;nei\n")
    return partial(import_clients, w.ctx, a, path)


def _import_animals(w: World, a: Actor) -> Callable[[], Any]:
    kari = w.client()
    path = w.file("animals.csv", "client_no,name,species,breed,sex,birth_date,microchip,"
                                 "deceased_date\n"
                                 f"{kari.client_no},Pusur,katt,,hun,01.06.2020,,\n")
    return partial(import_animals, w.ctx, a, path)


# Journal: the patient is inserted directly; entries are the helper vet's, drafts the actor's.

def _patient(w: World, a: Actor, run: Callable[..., Any]) -> Callable[[], Any]:
    return partial(run, w.ctx, a, w.patient().animal_id)


def _entry(w: World, a: Actor, run: Callable[..., Any]) -> Callable[[], Any]:
    return partial(run, w.ctx, a, w.signed_entry(w.patient().animal_id))


def _own_draft(w: World, a: Actor, run: Callable[..., Any]) -> Callable[[], Any]:
    return partial(run, w.ctx, a, w.draft(a, w.patient().animal_id))


def _save_draft(w: World, a: Actor) -> Callable[[], Any]:
    when = w.ctx.clock.now() - dt.timedelta(hours=1)
    return partial(save_draft, w.ctx, a, consultation(w.patient().animal_id, when))


def _sign_draft(w: World, a: Actor) -> Callable[[], Any]:
    return partial(sign_draft, w.ctx, a, w.draft(a, w.patient().animal_id),
                   accept_warnings=True)


def _add_draft_attachment(w: World, a: Actor) -> Callable[[], Any]:
    draft = w.draft(a, w.patient().animal_id)
    return partial(add_draft_attachment, w.ctx, a, draft, "lab.pdf", PDF_BYTES)


def _save_draft_with_files(w: World, a: Actor) -> Callable[[], Any]:
    form = consultation(w.patient().animal_id, w.ctx.clock.now())
    return partial(save_draft_with_files, w.ctx, a, form, [("lab.pdf", PDF_BYTES)])


def _remove_draft_attachment(w: World, a: Actor) -> Callable[[], Any]:
    draft = w.draft(a, w.patient().animal_id)
    return partial(remove_draft_attachment, w.ctx, a, w.draft_attachment(draft))


def _attachment_file(w: World, a: Actor) -> Callable[[], Any]:
    # A signed entry's file: an unsigned draft's files are its author's alone.
    draft = w.draft(w.helper, w.patient().animal_id)
    file_id = add_draft_attachment(w.ctx, w.helper, draft, "lab.pdf", PDF_BYTES).id
    sign_draft(w.ctx, w.helper, draft, accept_warnings=True)
    return partial(attachment_file, w.ctx, a, file_id)


def _correct_entry(w: World, a: Actor) -> Callable[[], Any]:
    entry = w.signed_entry(w.patient().animal_id)
    return partial(correct_entry, w.ctx, a, Correction(
        entry_id=entry, expected_version_no=1,
        event_time=w.ctx.clock.now() - dt.timedelta(days=1),
        content={"anamnesis": "Kontroll. Spiser godt.", "findings": "Normale funn."},
        reason="Feil i funn",
    ), accept_warnings=True)


def _void_entry(w: World, a: Actor) -> Callable[[], Any]:
    entry = w.signed_entry(w.patient().animal_id)
    return partial(void_entry, w.ctx, a, entry, reason="Skrevet på feil dyr",
                   expected_version_no=1)


def _owner_export(w: World, a: Actor) -> Callable[[], Any]:
    patient = w.patient()
    w.signed_entry(patient.animal_id)
    return partial(owner_journal_export, w.ctx, a, patient.client_id)


def _access_request(w: World, a: Actor) -> Callable[[], Any]:
    return partial(record_access_request, w.ctx, a, AccessRequest(
        animal_id=w.patient().animal_id, request_type="access",
        received_on=w.ctx.clock.now().date(), request="Eier ber om kopi av journalen.",
        decision="granted",
    ))


# Users, settings, demo.

def _add_user(w: World, a: Actor) -> Callable[[], Any]:
    return partial(add_user, w.ctx, a, username="nyansatt", full_name="Nora Nyansatt",
                   role=Role.RECEPTIONIST, password=TEST_PASSWORD)


def _colleague(w: World, a: Actor, run: Callable[..., Any]) -> Callable[[], Any]:
    """``run`` on a receptionist's account (never the actor's own: nobody may change their own
    role or deactivate themselves)."""
    tora = make_user(w.ctx, "tora", Role.RECEPTIONIST, full_name="Tora Resepsjon")
    return partial(run, w.ctx, a, tora.user_id)


def _reactivate_user(w: World, a: Actor) -> Callable[[], Any]:
    tora = make_user(w.ctx, "tora", Role.RECEPTIONIST, full_name="Tora Resepsjon")
    deactivate_user(w.ctx, w.staff(Role.ADMINISTRATOR), tora.user_id)
    return partial(reactivate_user, w.ctx, a, tora.user_id)


def _clinic_details(w: World, a: Actor) -> Callable[[], Any]:
    return partial(update_clinic_details, w.ctx, a, ClinicDetails(
        name="Dyreklinikken Ødegård AS", postal_code="0150", city="Oslo"))


def _review_message(w: World, a: Actor) -> Callable[[], Any]:
    """An uncertain e-mail (its sender stopped during the hand-over) to decide on."""
    from tests.support.outbox import email, messages, queue
    from vetdesk.services.messaging import outbox

    queue(w.ctx, email("reminder:1:1", "kari@example.no"))
    message_id = messages(w.ctx)["reminder:1:1"].id
    outbox.claim(w.ctx, message_id, "stopped", "<x@fjellstad.no>")
    outbox.mark_uncertain(w.ctx, message_id, "stopped", "The sender stopped.")
    return partial(review_message, w.ctx, a, message_id, was_sent=True)


def _due(w: World, a: Actor, run: Callable[..., Any]) -> Callable[[], Any]:
    """Kari's Bamse due for his vaccination in December (SMS allowed)."""
    from tests.support.recalls import owner_with_recall

    owner_with_recall(w.ctx, w.helper, "Kari", "Ødegård", "Bamse", dt.date(2026, 12, 10),
                      phone="912 34 567")
    return partial(run, w.ctx, a, DueFilter(dt.date(2026, 12, 1), dt.date(2026, 12, 31)))


def _confirmation(w: World, a: Actor) -> Callable[[], Any]:
    """Kari's booking for Bamse tomorrow, to confirm by SMS."""
    from tests.support.recalls import owner_with_recall

    kari = owner_with_recall(w.ctx, w.helper, "Kari", "Ødegård", "Bamse",
                             dt.date(2027, 5, 1), phone="912 34 567")
    starts = w.ctx.clock.now() + dt.timedelta(days=1)
    with w.ctx.db.transaction() as session:
        vet = Resource(kind="veterinarian", name="Dr. Lie", active=True)
        session.add(vet)
        session.flush()
        booking = Appointment(
            client_id=kari.client_id, animal_id=kari.animal_id, resource_id=vet.id,
            starts_at=starts, ends_at=starts + dt.timedelta(minutes=30),
            appointment_type="consultation", status="booked", created_at=starts,
            updated_at=starts)
        session.add(booking)
        session.flush()
        booking_id = booking.id
    return partial(queue_confirmation, w.ctx, a, booking_id)


def _retire_rule(w: World, a: Actor) -> Callable[[], Any]:
    rule = save_rule(w.ctx, w.helper, RuleInput(RecallRuleKind.CHECKUP, 12))
    return partial(retire_rule, w.ctx, a, rule.id)


def _unset_setting(w: World, a: Actor) -> Callable[[], Any]:
    """A value the clinic set, so that unsetting it has a row to remove."""
    change_setting(w.ctx, w.staff(Role.MANAGER), "sms.status_url",
                   "https://sms.example.no/status/$id")
    return partial(unset_setting, w.ctx, a, "sms.status_url")


def _load_demo(w: World, a: Actor) -> Callable[[], Any]:
    return partial(load_demo, w.ctx, a, clients=10)


def _ctx_only(run: Callable[..., Any], *args: Any, **kwargs: Any) -> Prepare:
    return lambda w, a: partial(run, w.ctx, a, *args, **kwargs)


def _with(shape: Callable[..., Callable[[], Any]], run: Callable[..., Any],
          *args: Any) -> Prepare:
    return lambda w, a: shape(w, a, run, *args)


def _prescription_form(w: World) -> PrescriptionInput:
    drugs = load_sample(w.ctx)
    return form_for(w.patient().animal_id, one_item(drugs["084512"]))


def _issued(w: World, a: Actor, run: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    """A prescription the helper vet issued; the clinic lets vets cancel each other's, so
    only the permission can refuse."""
    issued = issue_prescription(w.ctx, w.helper, _prescription_form(w))
    with w.ctx.db.transaction() as session:
        session.execute(update(Clinic).values(cancel_others_prescriptions=True))
    return partial(run, w.ctx, a, issued.id, *args)


def _party(w: World) -> int:
    party = add_party(w.ctx, w.staff(Role.ADMINISTRATOR), PartyInput(
        "Vetlab Norge", is_laboratory=True))
    return party.id


def _referral_form(w: World) -> ReferralInput:
    return ReferralInput(id=uuid.uuid4(), animal_id=w.patient().animal_id,
                         recipient_id=_party(w), kind=ReferralKind.LAB, reason="Anemi?",
                         owner_consented=True, samples="EDTA-blod", question="Hematologi")


def _sent(w: World, a: Actor, run: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    sent = send_referral(w.ctx, w.helper, _referral_form(w))
    return partial(run, w.ctx, a, sent.id, *args)


def _export_due(w: World, a: Actor) -> Callable[[], Any]:
    drugs = load_sample(w.ctx)
    cow = add_patient(w.ctx, species="cattle", name="Dagros")
    issue_prescription(w.ctx, w.helper, form_for(cow.animal_id, one_item(
        drugs["016683"], pack_size="100 ml", warnings="Fullfør.", withdrawal_period="0",
        amount=Decimal("45"), amount_unit="ml"), production_category="milk",
        producer_number="0301123456", administered_by="vet"))
    return partial(export_due, w.ctx, a, "vetreg.csv")


def _given_form(w: World) -> GivenInput:
    drugs = load_sample(w.ctx)
    cow = add_patient(w.ctx, species="cattle", name="Dagros")
    return GivenInput(id=uuid.uuid4(), animal_id=cow.animal_id, drug_id=drugs["016683"],
                      amount=Decimal("45"), withdrawal_period="Slakt: 6 døgn, melk: 6 døgn")


def _given(w: World, a: Actor, run: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    """Medicine the helper vet gave; the clinic lets vets cancel each other's, so only the
    permission can refuse a void."""
    given = record_given(w.ctx, w.helper, _given_form(w))
    with w.ctx.db.transaction() as session:
        session.execute(update(Clinic).values(cancel_others_prescriptions=True))
    return partial(run, w.ctx, a, given.id, *args)


def _catalogue(w: World, a: Actor, run: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    drugs = load_sample(w.ctx)
    return partial(run, w.ctx, a, *(args or (drugs["084512"],)))


KARI = ClientInput("Kari", "Ødegård", phones=(PhoneInput("91234567"),))
SMS_REMINDERS = (ConsentChoice(ConsentPurpose.SERVICE, Channel.SMS, granted=True),)

CASES: list[Case] = [
    # Front desk: every role may do these, so only the stripped role is refused.
    Case(search, (P.VIEW_CLIENTS,), _with(_client_then, search),
         succeeded=lambda found: len(found.hits) == 1),
    Case(search_with_alerts, (P.VIEW_CLIENTS,), _with(_client_then, search_with_alerts),
         succeeded=lambda screen: len(screen.results.hits) == 1),
    Case(find_duplicates, (P.VIEW_CLIENTS,),
         _with(_client_then, find_duplicates, KARI), succeeded=lambda found: len(found) == 1),
    Case(open_client_card, (P.VIEW_CLIENTS,), _with(_client, open_client_card)),
    Case(client_brief, (P.VIEW_CLIENTS,), _with(_client, client_brief)),
    Case(animal_details, (P.VIEW_CLIENTS,), _with(_animal, animal_details)),
    Case(ownership_history, (P.VIEW_CLIENTS,), _with(_animal, ownership_history)),
    Case(check_microchip, (P.VIEW_CLIENTS,), _ctx_only(check_microchip, "250269604123456")),
    Case(todays_appointments, (P.VIEW_CLIENTS,), _ctx_only(todays_appointments)),
    Case(register_client, (P.EDIT_CLIENTS,), _ctx_only(register_client, KARI)),
    Case(register_unless_duplicate, (P.EDIT_CLIENTS,),
         _ctx_only(register_unless_duplicate, KARI, anyway=True),
         succeeded=lambda outcome: outcome.saved is not None),
    Case(update_client, (P.EDIT_CLIENTS,), _update_client),
    Case(save_client_edits, (P.EDIT_CLIENTS,), _save_client_edits),
    Case(record_consents, (P.EDIT_CLIENTS,),
         lambda w, a: partial(record_consents, w.ctx, a, w.client().client_id, SMS_REMINDERS)),
    Case(register_animal, (P.EDIT_CLIENTS,),
         lambda w, a: partial(register_animal, w.ctx, a, w.client().client_id,
                              AnimalInput(name="Pusur", species="cat"))),
    Case(update_animal, (P.EDIT_CLIENTS,), _update_animal),
    Case(save_animal_edits, (P.EDIT_CLIENTS,), _save_animal_edits),
    Case(move_animal, (P.EDIT_CLIENTS,), _move_animal),
    Case(add_client_alert, (P.EDIT_CLIENTS,),
         lambda w, a: partial(add_client_alert, w.ctx, a, w.client().client_id,
                              AlertInput("Foretrekker SMS"))),
    Case(add_animal_alert, (P.EDIT_CLIENTS,),
         lambda w, a: partial(add_animal_alert, w.ctx, a,
                              w.animal(w.client().client_id).animal_id,
                              AlertInput("Biter ved munnkurv", AlertSeverity.MANDATORY))),
    Case(deactivate_client_alert, (P.EDIT_CLIENTS,), _deactivate_client_alert),
    Case(deactivate_animal_alert, (P.EDIT_CLIENTS,), _deactivate_animal_alert),
    # Back office.
    Case(merge_clients, (P.MERGE_CLIENTS,), _merge),
    Case(import_clients, (P.IMPORT_CLIENTS,), _import_clients,
         succeeded=lambda report: report.created == 1 and not report.errors),
    Case(import_animals, (P.IMPORT_CLIENTS,), _import_animals,
         succeeded=lambda report: report.created == 1 and not report.errors),
    Case(update_clinic_details, (P.MANAGE_SETTINGS,), _clinic_details),
    Case(list_users, (P.MANAGE_USERS,), _ctx_only(list_users)),
    Case(add_user, (P.MANAGE_USERS,), _add_user),
    Case(change_role, (P.MANAGE_USERS,),
         lambda w, a: partial(_colleague(w, a, change_role), Role.NURSE)),
    Case(update_profile, (P.MANAGE_USERS,),
         lambda w, a: partial(_colleague(w, a, update_profile), full_name="Tora Haugen",
                              hpr_number=None, email="tora@example.no")),
    Case(deactivate_user, (P.MANAGE_USERS,), _with(_colleague, deactivate_user),
         checked_in=("vetdesk.services.staff.accounts._set_active",)),
    Case(reactivate_user, (P.MANAGE_USERS,), _reactivate_user,
         checked_in=("vetdesk.services.staff.accounts._set_active",)),
    Case(reset_password, (P.MANAGE_USERS,),
         lambda w, a: partial(_colleague(w, a, reset_password), "nytt og langt passord")),
    Case(verify_all, (P.VERIFY_INTEGRITY,),
         lambda w, a: (w.signed_entry(w.patient().animal_id), partial(verify_all, w.ctx, a))[1],
         succeeded=lambda report: report.ok and report.journal_versions == 1),
    Case(load_demo, (P.LOAD_DEMO,), _load_demo,
         checked_in=("vetdesk.services.demo.service._check_allowed",)),
    # Reading the journal.
    Case(chart_header, (P.VIEW_JOURNAL,), _with(_patient, chart_header)),
    Case(weight_trend, (P.VIEW_JOURNAL,), _with(_patient, weight_trend)),
    Case(timeline_page, (P.VIEW_JOURNAL,), _with(_patient, timeline_page)),
    Case(my_day, (P.VIEW_JOURNAL,), _ctx_only(my_day)),
    Case(entry_detail, (P.VIEW_JOURNAL,), _with(_entry, entry_detail)),
    Case(animal_journal, (P.VIEW_JOURNAL,), _with(_patient, animal_journal)),
    Case(attachment_file, (P.VIEW_JOURNAL,), _attachment_file),
    Case(get_draft, (P.VIEW_JOURNAL,), _with(_own_draft, get_draft)),
    Case(check_draft, (P.VIEW_JOURNAL,), _with(_own_draft, check_draft)),
    Case(print_journal, (P.PRINT_JOURNAL,), _with(_patient, print_journal)),
    Case(owner_journal_export, (P.MANAGE_PRIVACY,), _owner_export),
    # Writing and signing it.
    Case(save_draft, (P.WRITE_JOURNAL,), _save_draft),
    Case(my_drafts, (P.WRITE_JOURNAL,), _ctx_only(my_drafts)),
    Case(town_for_postcode, (P.VIEW_CLIENTS,), _ctx_only(town_for_postcode, "0150")),
    Case(import_postcodes, (P.MANAGE_SETTINGS,),
         _ctx_only(import_postcodes, b"0150\tOSLO\t0301\tOSLO\tG\n")),
    Case(unsigned_drafts, (P.WRITE_JOURNAL,), _ctx_only(unsigned_drafts)),
    # Settings and the outbox (issue 11).
    Case(change_setting, (P.MANAGE_SETTINGS,),
         _ctx_only(change_setting, "smtp.host", "smtp.example.no")),
    Case(unset_setting, (P.MANAGE_SETTINGS,), _unset_setting,
         succeeded=lambda unset: unset.value is None),
    Case(send_queued, (P.SEND_REMINDERS,), _ctx_only(send_queued, {})),
    Case(poll_delivery, (P.SEND_REMINDERS,), _ctx_only(
        poll_delivery, MessagingSecrets(environ={}))),
    Case(outbox_status, (P.SEND_REMINDERS,), _ctx_only(outbox_status)),
    Case(due_recalls, (P.SEND_REMINDERS,), _with(_due, due_recalls),
         succeeded=lambda rows: [r.animal_name for r in rows] == ["Bamse"]),
    Case(due_page, (P.SEND_REMINDERS,), _with(_due, due_page),
         succeeded=lambda page: [r.animal_name for r in page.rows] == ["Bamse"]),
    Case(queue_reminders, (P.SEND_REMINDERS,), _with(_due, queue_reminders),
         succeeded=lambda result: result.by_channel == {"sms": 1}),
    Case(record_delivery, (P.SEND_REMINDERS,), _ctx_only(
        record_delivery, DeliveryReport("+4791234567", "DELIVRD", "gw-1", "ref-1"))),
    Case(record_inbound, (P.SEND_REMINDERS,),
         _ctx_only(record_inbound, InboundSms("+4791234567", "STOP"))),
    Case(print_letters, (P.SEND_REMINDERS,), _ctx_only(print_letters)),
    Case(queue_appointment_reminders, (P.SEND_REMINDERS,),
         _ctx_only(queue_appointment_reminders)),
    Case(queue_confirmation, (P.SEND_REMINDERS,), _confirmation,
         succeeded=lambda channel: channel == "sms"),
    Case(save_rule, (P.EDIT_RECALL_RULES,),
         _ctx_only(save_rule, RuleInput(RecallRuleKind.CHECKUP, 12))),
    Case(retire_rule, (P.EDIT_RECALL_RULES,), _retire_rule),
    Case(review_message, (P.SEND_REMINDERS,), _review_message,
         succeeded=lambda state: state == "sent"),
    Case(discard_draft, (P.WRITE_JOURNAL,), _with(_own_draft, discard_draft)),
    Case(add_draft_attachment, (P.WRITE_JOURNAL,), _add_draft_attachment),
    Case(save_draft_with_files, (P.WRITE_JOURNAL,), _save_draft_with_files),
    Case(remove_draft_attachment, (P.WRITE_JOURNAL,), _remove_draft_attachment),
    Case(sign_draft, (P.SIGN_JOURNAL,), _sign_draft),
    Case(correct_entry, (P.SIGN_JOURNAL,), _correct_entry),
    Case(void_entry, (P.SIGN_JOURNAL,), _void_entry),
    Case(record_access_request, (P.SIGN_JOURNAL, P.MANAGE_PRIVACY), _access_request),
    # The privacy panel (issue 10).
    Case(privacy_requests.register_request, (P.MANAGE_PRIVACY,), privacy.register),
    Case(privacy_requests.request_register, (P.MANAGE_PRIVACY,), privacy.register_list),
    Case(privacy_requests.get_request, (P.MANAGE_PRIVACY,), privacy.get),
    Case(privacy_requests.extend_request, (P.MANAGE_PRIVACY,), privacy.extend),
    Case(privacy_requests.complete_request, (P.MANAGE_PRIVACY,), privacy.complete),
    Case(privacy_requests.refuse_request, (P.MANAGE_PRIVACY,), privacy.refuse),
    # The drug catalogue and prescriptions (issue 12).
    Case(search_drugs, (P.VIEW_CLIENTS,), _with(_catalogue, search_drugs, "metacam"),
         succeeded=lambda found: len(found) == 2),
    Case(get_drug, (P.VIEW_CLIENTS,), _with(_catalogue, get_drug)),
    Case(import_drugs, (P.MANAGE_SETTINGS,),
         _ctx_only(import_drugs, sample_catalogue_bytes())),
    Case(issue_prescription, (P.PRESCRIBE,),
         lambda w, a: partial(issue_prescription, w.ctx, a, _prescription_form(w))),
    Case(cancel_prescription, (P.PRESCRIBE,), _with(_issued, cancel_prescription, "Feil dyr")),
    Case(list_prescriptions, (P.VIEW_JOURNAL,), _with(_patient, list_prescriptions)),
    Case(prescription_detail, (P.VIEW_JOURNAL,), _with(_issued, prescription_detail)),
    Case(print_prescription, (P.PRINT_JOURNAL,), _with(_issued, print_prescription),
         succeeded=lambda pdf: pdf.startswith(b"%PDF")),
    # Referrals and lab requests (issue 12).
    Case(list_parties, (P.VIEW_CLIENTS,), _ctx_only(list_parties)),
    Case(add_party, (P.MANAGE_RECIPIENTS,),
         _ctx_only(add_party, PartyInput("Øyeklinikken"))),
    Case(edit_party, (P.MANAGE_RECIPIENTS,), lambda w, a: partial(
        edit_party, w.ctx, a, _party(w), PartyInput("Vetlab Norge AS", is_laboratory=True),
        expected_version=1)),
    Case(set_party_active, (P.MANAGE_RECIPIENTS,), lambda w, a: partial(
        set_party_active, w.ctx, a, _party(w), False, expected_version=1)),
    Case(send_referral, (P.REFER,),
         lambda w, a: partial(send_referral, w.ctx, a, _referral_form(w))),
    Case(accept_referral, (P.REFER,), _with(_sent, accept_referral)),
    Case(attach_report, (P.REFER,), _with(_sent, attach_report, "Hb 14,2 g/dl"),
         checked_in=()),
    Case(list_referrals, (P.VIEW_JOURNAL,), _with(_patient, list_referrals)),
    Case(attachable_files, (P.VIEW_JOURNAL,), _with(_patient, attachable_files)),
    Case(referral_letter, (P.PRINT_JOURNAL,), _with(_sent, referral_letter),
         succeeded=lambda pdf: pdf.startswith(b"%PDF")),
    Case(record_given, (P.GIVE_MEDICINE,),
         lambda w, a: partial(record_given, w.ctx, a, _given_form(w))),
    Case(void_given, (P.GIVE_MEDICINE,), _with(_given, void_given, "Feil dyr")),
    Case(list_given, (P.VIEW_JOURNAL,), _with(_patient, list_given)),
    Case(due_entries, (P.REPORT_MEDICINE,), _ctx_only(due_entries)),
    Case(mark_reported, (P.REPORT_MEDICINE,), _ctx_only(mark_reported, [])),
    Case(export_due, (P.REPORT_MEDICINE,), _export_due,
         succeeded=lambda result: result[1] == 1),
    Case(set_prescription_rules, (P.MANAGE_SETTINGS,),
         _ctx_only(set_prescription_rules, hpr_required=True),
         succeeded=lambda rules: rules.hpr_required),
    Case(privacy_inspect.inspect_client, (P.MANAGE_PRIVACY,), privacy.inspect),
    Case(privacy_export.export_client, (P.MANAGE_PRIVACY,), privacy.export),
    Case(privacy_erasure.erasure_plan, (P.MANAGE_PRIVACY,), privacy.plan),
    Case(privacy_erasure.erase_client, (P.MANAGE_PRIVACY,), privacy.erase),
    Case(privacy_erasure.replay_erasures, (P.MANAGE_PRIVACY,), privacy.replay),
    Case(privacy_restriction.restrict_client, (P.MANAGE_PRIVACY,), privacy.restrict,
         checked_in=("vetdesk.services.privacy.restriction._set",)),
    Case(privacy_restriction.lift_restriction, (P.MANAGE_PRIVACY,), privacy.lift),
    Case(privacy_anonymize.anonymized_copy, (P.MANAGE_PRIVACY,), privacy.anonymize),
    Case(privacy_records.record_of_processing, (P.MANAGE_PRIVACY,), privacy.record),
    Case(privacy_records.privacy_notice, (P.MANAGE_PRIVACY,), privacy.notice),
    Case(privacy_consents.consent_confirmation, (P.VIEW_CLIENTS,), privacy.consent_letter),
    Case(privacy_retention.retention_due, (P.MANAGE_PRIVACY,), privacy.retention_list),
    # Correcting contact data also edits the client, but only the privacy role may do it
    # this way (the client is told); purging past retention is the manager's alone.
    Case(privacy_correction.correct_client, (P.MANAGE_PRIVACY,), privacy.correct),
    Case(privacy_retention.purge_retention, (P.MANAGE_PRIVACY,), privacy.purge),
]


# The calendar (issue 11).
def _column(w: World) -> int:
    with w.ctx.db.transaction() as session:
        column = Resource(kind="veterinarian", name="Ingrid Lie", user_id=w.helper.user_id,
                          active=True, sort_order=0)
        session.add(column)
        session.flush()
        return column.id


def _room(w: World) -> int:
    with w.ctx.db.transaction() as session:
        room = Resource(kind="room", name="Operasjonsstue 1", active=True, sort_order=0)
        session.add(room)
        session.flush()
        return room.id


def _booking(w: World) -> tuple[int, int]:
    column = _column(w)
    kari = w.client()
    bamse = w.animal(kari.client_id)
    booked = book_appointment(w.ctx, w.helper, calendar_request(
        kari.client_id, bamse.animal_id, column, oslo(2026, 11, 23, 10)))
    return column, booked.appointment_id


def _book(w: World, a: Actor) -> Callable[[], Any]:
    column, kari = _column(w), w.client()
    bamse = w.animal(kari.client_id)
    return partial(book_appointment, w.ctx, a, calendar_request(
        kari.client_id, bamse.animal_id, column, oslo(2026, 11, 23, 10)))


CASES += [
    Case(book_appointment, (P.BOOK_APPOINTMENTS,), _book),
    # The notice to the client is queued only for whoever may send messages (issue 11).
    Case(move_appointment, (P.BOOK_APPOINTMENTS,), lambda w, a: partial(
        move_appointment, w.ctx, a, _booking(w)[1], 1, starts_at=oslo(2026, 11, 23, 13),
        ends_at=oslo(2026, 11, 23, 13, 30)),
         checked_in=("vetdesk.services.messaging.appointment_notices.queue_change_notice",
                     # PostgreSQL's path decides the notice before its one write (issue 9).
                     "vetdesk.services.scheduling.changes._move_on_server",
                     "vetdesk.services.scheduling.change_on_server.plan_notice")),
    Case(set_status, (P.BOOK_APPOINTMENTS,), lambda w, a: partial(
        set_status, w.ctx, a, _booking(w)[1], 1, AppointmentStatus.ARRIVED),
         checked_in=("vetdesk.services.scheduling.changes._status_locally",
                     "vetdesk.services.scheduling.changes._status_on_server")),
    Case(calendar_period, (P.VIEW_CLIENTS,), _ctx_only(calendar_period, dt.date(2026, 11, 23))),
    Case(calendar_marker, (P.VIEW_CLIENTS,), _ctx_only(calendar_marker)),
    Case(next_free_slot, (P.VIEW_CLIENTS,), lambda w, a: (_column(w), partial(
        next_free_slot, w.ctx, a, 30, first_day=dt.date(2026, 11, 23),
        last_day=dt.date(2026, 11, 27)))[1]),
    Case(list_resources, (P.VIEW_CLIENTS,), _ctx_only(list_resources)),
    Case(vet_resource, (P.VIEW_CLIENTS,), lambda w, a: (_column(w), partial(
        vet_resource, w.ctx, a, w.helper.username))[1]),
    Case(room_resource, (P.VIEW_CLIENTS,), lambda w, a: (_room(w), partial(
        room_resource, w.ctx, a, "Operasjonsstue 1"))[1]),
    Case(add_resource, (P.MANAGE_SETTINGS,), _ctx_only(add_resource, ResourceKind.ROOM, "Rom 3")),
    Case(set_hours, (P.MANAGE_SETTINGS,), lambda w, a: partial(
        set_hours, w.ctx, a, _column(w), [HoursRow(0, "open", dt.time(9), dt.time(15))])),
    Case(open_holiday, (P.MANAGE_SETTINGS,), _ctx_only(
        open_holiday, dt.date(2026, 12, 26), dt.time(10), dt.time(14))),
    Case(resource_weeks, (P.VIEW_CLIENTS,), _ctx_only(resource_weeks)),
    Case(set_days, (P.MANAGE_SETTINGS,), lambda w, a: partial(
        set_days, w.ctx, a, _column(w), (5,), [HoursRow(5, "open", dt.time(9), dt.time(13))])),
    Case(holiday_openings, (P.VIEW_CLIENTS,), _ctx_only(
        holiday_openings, dt.date(2026, 12, 1), dt.date(2026, 12, 31))),
    Case(close_holiday, (P.MANAGE_SETTINGS,), _ctx_only(close_holiday, dt.date(2026, 12, 26))),
]


# -- who calls --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Caller:
    """A real role, or one stripped of ``without`` (a role the program does not have)."""

    role: Role
    without: tuple[Permission, ...] = ()

    @property
    def id(self) -> str:
        return "-without-".join([self.role.value, *self.without]) if self.without else self.role


def _stripped(case: Case) -> Caller:
    """The first role that may make the call, minus exactly what the call needs."""
    role = next(r for r in ROLES if case.allows(r))
    return Caller(role, case.needs)


REFUSED = [(case, caller) for case in CASES for caller in (
    *(Caller(role) for role in ROLES if not case.allows(role)), _stripped(case))]
ALLOWED = [(case, Caller(role)) for case in CASES for role in ROLES if case.allows(role)]


def _ids(pairs: list[tuple[Case, Caller]]) -> list[str]:
    return [f"{case.name}-{caller.id}" for case, caller in pairs]


_ROLE_FIXTURES = {Role.RECEPTIONIST: "receptionist", Role.VETERINARIAN: "vet",
                  Role.MANAGER: "manager", Role.ADMINISTRATOR: "admin"}


@pytest.fixture
def world(request: pytest.FixtureRequest, ctx: ServiceContext, clinic: None, vet: Actor,
          tmp_path: Path) -> World:
    def staff(role: Role) -> Actor:
        if role in _ROLE_FIXTURES:
            actor: Actor = request.getfixturevalue(_ROLE_FIXTURES[role])
            return actor
        return make_user(ctx, "nina", role, full_name="Nina Sykepleier")

    return World(ctx, vet, tmp_path, staff)


@pytest.mark.parametrize(("case", "caller"), REFUSED, ids=_ids(REFUSED))
def test_refused_without_the_permission(
    world: World, monkeypatch: pytest.MonkeyPatch,
    case: Case, caller: Caller,
) -> None:
    actor = world.staff(caller.role)
    call = case.prepare(world, actor)
    if caller.without:
        held = {p for p in Permission if may(caller.role, p)}
        monkeypatch.setitem(permissions.ROLE_PERMISSIONS, caller.role,
                            frozenset(held - set(caller.without)))
    before = database_snapshot(world.ctx)
    with pytest.raises(PermissionDenied) as refused:
        call()
    # The program's own wording for a missing permission, not another refusal (such as "only
    # the author may change this draft") that would hide a missing check.
    assert " may not " in str(refused.value)
    assert actor.full_name in str(refused.value)
    assert changed_tables(before, database_snapshot(world.ctx)) == []


@pytest.mark.parametrize(("case", "caller"), ALLOWED, ids=_ids(ALLOWED))
def test_allowed_with_the_permission(world: World, case: Case, caller: Caller) -> None:
    result = case.prepare(world, world.staff(caller.role))()
    assert case.succeeded(result), result


# -- nothing guarded is left out --------------------------------------------------------------

def _guarded_functions() -> set[str]:
    """``module.function`` of every function in the services that checks a permission."""
    root = Path(vetdesk.services.__file__).parent
    found: set[str] = set()
    for path in sorted(root.rglob("*.py")):
        if path.name == "permissions.py":
            continue
        module = ".".join(("vetdesk", *path.relative_to(root.parent).with_suffix("").parts))
        module = module.removesuffix(".__init__")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
                _is_check(call) for call in ast.walk(node)
            ):
                found.add(f"{module}.{node.name}")
    return found


def _is_check(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    if isinstance(func, ast.Name) and func.id == "require":
        return True
    return isinstance(func, ast.Attribute) and func.attr in {"can", "require"}


def test_every_guarded_service_is_in_the_matrix() -> None:
    covered = {f"{c.service.__module__}.{c.service.__qualname__}" for c in CASES}
    covered |= {name for c in CASES for name in c.checked_in}
    guarded = _guarded_functions()
    assert len(guarded) >= 40
    assert sorted(guarded - covered) == [], "add a line to CASES for each of these"


"""Every column of every table, classified in one place (issue 10, "Completeness, proven").

Each table has a :class:`TablePolicy`: how its rows belong to a client (``link``), what an
erasure does to them, which group of the access export and the inspect view they appear in, and
their purpose, legal basis and retention. Each column has a :class:`DataClass` and, where it is
personal, how the anonymised copy replaces it and what an erasure does with it.

Inspect, export, erasure, the anonymised copy, the README of an export and the record of
processing are all generated from ``POLICIES``. tests/unit/test_privacy_classification.py walks
the migrated schema and fails on any table or column missing here, so a new table cannot slip
past the privacy panel: when you add one, add a ``TablePolicy`` entry below and a class for
every column.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from vetdesk.i18n import N_


class DataClass(StrEnum):
    PERSONAL = "personal"  # identifies or describes a person (client or staff)
    CLINICAL = "clinical"  # about the animal's health; kept by the journal rules
    ACCOUNTING = "accounting"  # bookkeeping; kept by the accounting rules
    OPERATIONAL = "operational"  # keys, codes, times and counters that run the program
    SECURITY = "security"  # credentials, hashes and logs that protect the rest


class Basis(StrEnum):
    """The legal basis of processing (GDPR art. 6(1) and the Norwegian rule behind it)."""

    CONTRACT = "contract"
    JOURNAL_LAW = "journal_law"
    PRESCRIPTION_LAW = "prescription_law"
    ACCOUNTING_LAW = "accounting_law"
    CONSENT = "consent"
    PRIVACY_LAW = "privacy_law"
    LEGITIMATE_INTEREST = "legitimate_interest"
    EMPLOYMENT = "employment"
    NOT_PERSONAL = "not_personal"

    @property
    def label(self) -> str:
        return _BASIS_LABELS[self]


_BASIS_LABELS = {
    Basis.CONTRACT: N_("Contract with the client (GDPR art. 6(1)(b))"),
    Basis.JOURNAL_LAW: N_(
        "Legal obligation: journal regulation for animal health personnel (GDPR art. 6(1)(c))"),
    Basis.PRESCRIPTION_LAW: N_(
        "Legal obligation: veterinary prescription rules (GDPR art. 6(1)(c))"),
    Basis.ACCOUNTING_LAW: N_("Legal obligation: the Bookkeeping Act § 13 (GDPR art. 6(1)(c))"),
    Basis.CONSENT: N_("Consent (GDPR art. 6(1)(a); Marketing Control Act § 15)"),
    Basis.PRIVACY_LAW: N_(
        "Legal obligation: answering and documenting privacy requests (GDPR art. 5(2), 12)"),
    Basis.LEGITIMATE_INTEREST: N_(
        "Legitimate interest: security and access control (GDPR art. 6(1)(f), 32)"),
    Basis.EMPLOYMENT: N_("Employment relationship with the staff member (GDPR art. 6(1)(b))"),
    Basis.NOT_PERSONAL: N_("No personal data"),
}


class Retention(StrEnum):
    """How long rows are kept; the erasure and the retention sweep compute dates from it."""

    CLIENT = "client"
    JOURNAL = "journal"
    ACCOUNTS = "accounts"
    MESSAGES = "messages"
    AUDIT = "audit"
    REQUESTS = "requests"
    STAFF = "staff"
    SESSION = "session"
    REFERENCE = "reference"

    @property
    def label(self) -> str:
        return _RETENTION_LABELS[self]


_RETENTION_LABELS = {
    Retention.CLIENT: N_("While the client relationship lasts; deleted on erasure"),
    Retention.JOURNAL: N_(
        "At least 10 years after the last journal entry, and while the animal may be alive"),
    Retention.ACCOUNTS: N_("5 years after the end of the financial year"),
    Retention.MESSAGES: N_("12 months after sending"),
    Retention.AUDIT: N_("The clinic's configured period for the audit log"),
    Retention.REQUESTS: N_("3 years after the request was answered"),
    Retention.STAFF: N_("While the staff member works at the clinic"),
    Retention.SESSION: N_("Until the next successful sign-in"),
    Retention.REFERENCE: N_("As long as the clinic uses it (no personal data)"),
}


class Erasure(StrEnum):
    """What erasing a client does to the table's rows that belong to them."""

    DELETE = "delete"  # deleted at once
    PSEUDONYMISE = "pseudonymise"  # kept by law; personal columns replaced, purge date set
    KEEP = "keep"  # kept by law as it is: holds ids only, no personal value of the client
    NOT_CLIENT = "not_client"  # holds no client's data (reference data, staff, settings)


class Anon(StrEnum):
    """How the anonymised copy replaces a personal value (same person, same pseudonym)."""

    KEEP = "keep"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    FULL_NAME = "full_name"
    ANIMAL_NAME = "animal_name"
    ADDRESS = "address"
    EMAIL = "email"
    PHONE_E164 = "phone_e164"
    PHONE_DIGITS = "phone_digits"
    CHIP = "chip"
    ORG_NUMBER = "org_number"
    BIRTH_DATE = "birth_date"
    SEARCH_KEY = "search_key"  # recomputed from the replaced names
    USERNAME = "username"
    TEXT = "text"  # free text: replaced by a neutral placeholder
    NULL = "null"  # emptied


class OnErase(StrEnum):
    """What an erasure does to one column of a row kept by law (``Erasure.PSEUDONYMISE``)."""

    KEEP = "keep"
    PSEUDONYM = "pseudonym"  # the client's pseudonym takes the place of the name
    CLEAR = "clear"  # emptied (NULL, or '' where the column may not be NULL)


class Group(StrEnum):
    """The groups of the inspect view and the access export (one CSV each)."""

    IDENTITY = "identity"
    CONSENTS = "consents"
    ANIMALS = "animals"
    JOURNAL = "journal"
    APPOINTMENTS = "appointments"
    MESSAGES = "messages"
    PRESCRIPTIONS = "prescriptions"
    REFERRALS = "referrals"
    PURCHASES = "purchases"
    PRIVACY = "privacy"
    ACCESS_LOG = "access_log"
    NONE = "none"

    @property
    def label(self) -> str:
        return _GROUP_LABELS[self]


_GROUP_LABELS = {
    Group.IDENTITY: N_("Identity and contact"),
    Group.CONSENTS: N_("Consents"),
    Group.ANIMALS: N_("Animals"),
    Group.JOURNAL: N_("Journals"),
    Group.APPOINTMENTS: N_("Appointments and recalls"),
    Group.MESSAGES: N_("Messages"),
    Group.PRESCRIPTIONS: N_("Prescriptions"),
    Group.REFERRALS: N_("Referrals and other disclosures"),
    Group.PURCHASES: N_("Purchases"),
    Group.PRIVACY: N_("Privacy requests"),
    Group.ACCESS_LOG: N_("Who opened the data"),
    Group.NONE: N_("Not about clients"),
}


@dataclass(frozen=True)
class Column:
    data_class: DataClass
    anon: Anon = Anon.KEEP
    on_erase: OnErase = OnErase.KEEP


@dataclass(frozen=True)
class Link:
    """Rows belong to a client through ``column``, which holds an id of ``parent``."""

    column: str
    parent: str


@dataclass(frozen=True)
class TablePolicy:
    group: Group
    purpose: str
    basis: Basis
    retention: Retention
    erasure: Erasure
    # None for the clients table itself and for tables that hold no client's data.
    link: Link | None
    columns: Mapping[str, Column] = field(default_factory=dict)
    # The columns that date a row for its retention, the later counting (None: kept as long
    # as its parent).
    dated_by: tuple[str, ...] | None = None

    @property
    def about_clients(self) -> bool:
        return self.erasure is not Erasure.NOT_CLIENT


# Short constructors: the table below stays readable at one column a line.
def _op() -> Column:
    return Column(DataClass.OPERATIONAL)


def _cl() -> Column:
    return Column(DataClass.CLINICAL)


def _acc() -> Column:
    return Column(DataClass.ACCOUNTING)


def _sec(anon: Anon = Anon.KEEP) -> Column:
    return Column(DataClass.SECURITY, anon)


def _pers(anon: Anon, on_erase: OnErase = OnErase.CLEAR) -> Column:
    return Column(DataClass.PERSONAL, anon, on_erase)


def _cols(**columns: Column) -> dict[str, Column]:
    return columns


def _ops(*names: str) -> dict[str, Column]:
    return {name: _op() for name in names}


_CLIENT = Link("client_id", "clients")
_ANIMAL = Link("animal_id", "animals")

POLICIES: dict[str, TablePolicy] = {
    # -- the client ---------------------------------------------------------------------------
    "clients": TablePolicy(
        Group.IDENTITY, N_("Identify the client, contact them and send invoices"),
        Basis.CONTRACT, Retention.CLIENT, Erasure.PSEUDONYMISE, None,
        {**_ops("id", "client_no", "status", "version", "created_at", "updated_at",
                "updated_by_id", "merged_into_id", "erased_at", "restricted_at", "request_id"),
         **_cols(first_name=_pers(Anon.FIRST_NAME, OnErase.PSEUDONYM),
                 last_name=_pers(Anon.LAST_NAME, OnErase.PSEUDONYM),
                 address=_pers(Anon.ADDRESS), postal_code=_pers(Anon.KEEP),
                 city=_pers(Anon.KEEP), email=_pers(Anon.EMAIL),
                 birth_date=_pers(Anon.BIRTH_DATE), org_number=_pers(Anon.ORG_NUMBER),
                 notes=_pers(Anon.TEXT), search_key=_pers(Anon.SEARCH_KEY, OnErase.PSEUDONYM),
                 # A code choosing the texts' language: identifies nobody, kept on erasure.
                 language=_op())},
        dated_by=("updated_at",)),
    "client_phones": TablePolicy(
        Group.IDENTITY, N_("Reach the client by phone and find them by number"),
        Basis.CONTRACT, Retention.CLIENT, Erasure.DELETE, _CLIENT,
        {**_ops("id", "client_id", "kind", "position"),
         **_cols(e164=_pers(Anon.PHONE_E164), digits=_pers(Anon.PHONE_DIGITS))}),
    "client_alerts": TablePolicy(
        Group.IDENTITY, N_("Warn staff about something they must know about the client"),
        Basis.CONTRACT, Retention.CLIENT, Erasure.DELETE, _CLIENT,
        {**_ops("id", "client_id", "severity", "active", "created_at", "created_by_id"),
         **_cols(text=_pers(Anon.TEXT))}),
    "consents": TablePolicy(
        Group.CONSENTS, N_("Know which messages the client has agreed to receive"),
        Basis.CONSENT, Retention.CLIENT, Erasure.DELETE, _CLIENT,
        {**_ops("id", "client_id", "purpose", "channel", "granted", "method", "recorded_at",
                "recorded_by_id"),
         **_cols(note=_pers(Anon.TEXT))}),
    # -- animals ------------------------------------------------------------------------------
    "animals": TablePolicy(
        Group.ANIMALS, N_("Identify the patient the journal is about"),
        Basis.JOURNAL_LAW, Retention.JOURNAL, Erasure.PSEUDONYMISE, Link("owner_id", "clients"),
        {**_ops("id", "owner_id", "version", "created_at", "updated_at", "updated_by_id",
                "request_id", "search_key"),
         **_cols(name=Column(DataClass.CLINICAL, Anon.ANIMAL_NAME),
                 species=_cl(), breed=_cl(), sex=_cl(), neutered=_cl(), birth_date=_cl(),
                 birth_date_estimated=_cl(), colour=_cl(), deceased_on=_cl(), is_group=_cl(),
                 group_size=_cl(),
                 insurance_company=_pers(Anon.KEEP, OnErase.KEEP),
                 insurance_policy=_pers(Anon.NULL), notes=_pers(Anon.TEXT))}),
    "ownerships": TablePolicy(
        Group.ANIMALS, N_("Record who owned the animal when (the journal names the owner)"),
        Basis.JOURNAL_LAW, Retention.JOURNAL, Erasure.KEEP, _CLIENT,
        _ops("id", "animal_id", "client_id", "started_on", "ended_on", "recorded_at",
             "recorded_by_id")),
    "identities": TablePolicy(
        Group.ANIMALS, N_("Identify the animal by microchip, tattoo or passport"),
        Basis.JOURNAL_LAW, Retention.JOURNAL, Erasure.KEEP, _ANIMAL,
        {**_ops("id", "animal_id", "kind", "registered_in_dyreid_on", "recorded_at"),
         **_cols(value=Column(DataClass.CLINICAL, Anon.CHIP))}),
    "animal_alerts": TablePolicy(
        Group.ANIMALS, N_("Warn staff about the animal (allergy, aggression)"),
        Basis.JOURNAL_LAW, Retention.JOURNAL, Erasure.KEEP, _ANIMAL,
        {**_ops("id", "animal_id", "severity", "active", "created_at", "created_by_id"),
         **_cols(text=_cl())}),
    # -- the journal --------------------------------------------------------------------------
    "journal_drafts": TablePolicy(
        Group.JOURNAL, N_("Keep the journal of the animal's treatment"),
        Basis.JOURNAL_LAW, Retention.JOURNAL, Erasure.KEEP, _ANIMAL,
        {**_ops("id", "animal_id", "author_id", "kind", "started_at", "saved_at"),
         **_cols(event_time=_cl(), help_requested_at=_cl(), content=_cl(), weight_kg=_cl(),
                 temperature_c=_cl(), confidential=_cl())}),
    "journal_draft_attachments": TablePolicy(
        Group.JOURNAL, N_("Keep the journal of the animal's treatment"),
        Basis.JOURNAL_LAW, Retention.JOURNAL, Erasure.KEEP, Link("draft_id", "journal_drafts"),
        {**_ops("id", "draft_id", "media_type", "size_bytes", "sha256", "added_at"),
         **_cols(filename=_cl(), data=_cl())}),
    "journal_entries": TablePolicy(
        Group.JOURNAL, N_("Keep the journal of the animal's treatment"),
        Basis.JOURNAL_LAW, Retention.JOURNAL, Erasure.KEEP, _ANIMAL,
        _ops("id", "animal_id", "author_id", "kind", "started_at", "signed_at", "signed_by_id",
             "auto_locked"), dated_by=("signed_at",)),
    "journal_versions": TablePolicy(
        Group.JOURNAL, N_("Keep the journal of the animal's treatment"),
        Basis.JOURNAL_LAW, Retention.JOURNAL, Erasure.KEEP, _ANIMAL,
        {**_ops("id", "entry_id", "animal_id", "version_no", "action", "requested_by",
                "author_id", "created_at", "chain_seq"),
         **_cols(event_time=_cl(), help_requested_at=_cl(), content=_cl(), weight_kg=_cl(),
                 temperature_c=_cl(), confidential=_cl(), reason=_cl(), prev_hash=_sec(),
                 hash=_sec())},
        # The last entry *made* (FOR-2006-02-20-229 § 6): the later of the event and when the
        # version was written, as the purge counts (services/privacy/chain_purge.py).
        dated_by=("event_time", "created_at")),
    "journal_attachments": TablePolicy(
        Group.JOURNAL, N_("Keep the journal of the animal's treatment"),
        Basis.JOURNAL_LAW, Retention.JOURNAL, Erasure.KEEP, Link("entry_id", "journal_entries"),
        {**_ops("id", "entry_id", "media_type", "size_bytes", "added_at", "added_by_id"),
         **_cols(filename=_cl(), data=_cl(), sha256=_sec())}),
    # -- appointments, recalls and messages -----------------------------------------------------
    "appointments": TablePolicy(
        Group.APPOINTMENTS, N_("Book the client's visits"),
        Basis.CONTRACT, Retention.CLIENT, Erasure.DELETE, _CLIENT,
        {**_ops("id", "client_id", "animal_id", "resource_id", "room_id", "starts_at",
                "ends_at", "appointment_type", "status", "version", "created_at",
                "created_by_id", "updated_at", "updated_by_id", "request_id", "arrived_at"),
         **_cols(reason=_pers(Anon.TEXT), cancel_reason=_pers(Anon.TEXT))}),
    "reminders": TablePolicy(
        Group.APPOINTMENTS, N_("Remind the client of vaccinations, check-ups and visits"),
        Basis.CONTRACT, Retention.CLIENT, Erasure.DELETE, _CLIENT,
        {**_ops("id", "animal_id", "client_id", "appointment_id", "journal_entry_id", "kind",
                "due_on", "status", "created_at", "completed_at"),
         **_cols(title=_op())}),
    "messages": TablePolicy(
        Group.MESSAGES, N_("Send the client the messages they agreed to, and prove delivery"),
        Basis.CONTRACT, Retention.MESSAGES, Erasure.DELETE, _CLIENT,
        {**_ops("id", "idempotency_key", "client_id", "reminder_id", "appointment_id",
                "channel", "purpose", "status", "provider_id", "failure_reason", "attempts",
                "queued_at", "sent_at", "delivered_at", "failed_at", "reviewed_at",
                "reviewed_by_id", "created_by_id", "claimed_at", "claim_token",
                "uncertain_at", "reference", "next_attempt_at", "stage"),
         **_cols(recipient=_pers(Anon.EMAIL), subject=_pers(Anon.TEXT),
                 body=_pers(Anon.TEXT), calendar=_pers(Anon.TEXT))},
        dated_by=("queued_at",)),
    # -- prescriptions and referrals ----------------------------------------------------------
    "prescriptions": TablePolicy(
        Group.PRESCRIPTIONS, N_("Prescribe medicines as the prescription rules require"),
        Basis.PRESCRIPTION_LAW, Retention.JOURNAL, Erasure.KEEP, _CLIENT,
        {**_ops("id", "animal_id", "client_id", "prescriber_id", "journal_entry_id",
                "issued_at", "expires_on"),
         **_cols(cascade_statement=_cl(), notes=_cl(), art107_statement=_cl(),
                 hash=_sec(), production_category=_cl(), producer_number=_cl(),
                 administered_by=_cl())},
        dated_by=("issued_at",)),
    "prescription_items": TablePolicy(
        Group.PRESCRIPTIONS, N_("Prescribe medicines as the prescription rules require"),
        Basis.PRESCRIPTION_LAW, Retention.JOURNAL, Erasure.KEEP,
        Link("prescription_id", "prescriptions"),
        {**_ops("id", "prescription_id", "drug_id"),
         **_cols(product_name=_cl(), active_substances=_cl(), form=_cl(), strength=_cl(),
                 quantity=_cl(), dosage=_cl(), duration_days=_cl(), withdrawal_period=_cl(),
                 warnings=_cl(), product_number=_cl(), packs=_cl(), pack_size=_cl(),
                 antimicrobial=_cl(), vaccine=_cl(), amount=_cl(), amount_unit=_cl())}),
    "medicine_reports": TablePolicy(
        Group.PRESCRIPTIONS, N_("Report medicine use for food-producing animals (VetReg)"),
        Basis.PRESCRIPTION_LAW, Retention.JOURNAL, Erasure.KEEP,
        Link("prescription_item_id", "prescription_items"),
        _ops("id", "prescription_item_id", "reported_at", "reported_by_id", "export_name")),
    "medicine_given": TablePolicy(
        Group.PRESCRIPTIONS, N_("Record medicine given and report it (VetReg)"),
        Basis.JOURNAL_LAW, Retention.JOURNAL, Erasure.KEEP, _CLIENT,
        {**_ops("id", "animal_id", "client_id", "given_by_id", "given_at", "recorded_at",
                "journal_entry_id", "drug_id"),
         **_cols(product_name=_cl(), active_substances=_cl(), form=_cl(), strength=_cl(),
                 product_number=_cl(), antimicrobial=_cl(), amount=_cl(), amount_unit=_cl(),
                 withdrawal_period=_cl(), production_category=_cl(), producer_number=_cl(),
                 notes=_cl())},
        dated_by=("given_at",)),
    "medicine_given_voids": TablePolicy(
        Group.PRESCRIPTIONS, N_("Record medicine given and report it (VetReg)"),
        Basis.JOURNAL_LAW, Retention.JOURNAL, Erasure.KEEP,
        Link("medicine_given_id", "medicine_given"),
        {**_ops("id", "medicine_given_id", "voided_at", "voided_by_id"),
         **_cols(reason=_cl())}),
    "medicine_given_reports": TablePolicy(
        Group.PRESCRIPTIONS, N_("Report medicine use for food-producing animals (VetReg)"),
        Basis.PRESCRIPTION_LAW, Retention.JOURNAL, Erasure.KEEP,
        Link("medicine_given_id", "medicine_given"),
        _ops("id", "medicine_given_id", "reported_at", "reported_by_id", "export_name")),
    "prescription_cancellations": TablePolicy(
        Group.PRESCRIPTIONS, N_("Prescribe medicines as the prescription rules require"),
        Basis.PRESCRIPTION_LAW, Retention.JOURNAL, Erasure.KEEP,
        Link("prescription_id", "prescriptions"),
        {**_ops("id", "prescription_id", "status", "cancelled_at", "cancelled_by_id"),
         **_cols(reason=_cl())}),
    "referrals": TablePolicy(
        Group.REFERRALS, N_("Refer the animal to specialists and laboratories"),
        Basis.JOURNAL_LAW, Retention.JOURNAL, Erasure.KEEP, _CLIENT,
        {**_ops("id", "animal_id", "client_id", "recipient_id", "referred_by_id",
                "owner_consented", "status", "created_at", "sent_at", "kind", "urgency",
                "accepted_at", "answered_at", "report_entry_id"),
         **_cols(reason=_cl(), clinical_summary=_cl(), samples=_cl(), question=_cl())},
        dated_by=("created_at",)),
    "referral_items": TablePolicy(
        Group.REFERRALS, N_("Refer the animal to specialists and laboratories"),
        Basis.JOURNAL_LAW, Retention.JOURNAL, Erasure.KEEP, Link("referral_id", "referrals"),
        {**_ops("id", "referral_id", "journal_entry_id", "attachment_id"),
         **_cols(note=_cl())}),
    # -- purchases ----------------------------------------------------------------------------
    "invoices": TablePolicy(
        Group.PURCHASES, N_("Invoice the client and keep the accounts"),
        Basis.ACCOUNTING_LAW, Retention.ACCOUNTS, Erasure.KEEP, _CLIENT,
        {**_ops("id", "client_id", "status", "created_by_id"),
         **_cols(invoice_no=_acc(), issued_at=_acc(), total_ore=_acc(), vat_ore=_acc(),
                 paid_at=_acc())}, dated_by=("issued_at",)),
    "invoice_lines": TablePolicy(
        Group.PURCHASES, N_("Invoice the client and keep the accounts"),
        Basis.ACCOUNTING_LAW, Retention.ACCOUNTS, Erasure.KEEP, Link("invoice_id", "invoices"),
        {**_ops("id", "invoice_id", "animal_id"),
         **_cols(description=_acc(), quantity=_acc(), unit_price_ore=_acc(),
                 vat_rate_percent=_acc(), amount_ore=_acc())}),
    # -- privacy and the audit log ------------------------------------------------------------
    "privacy_requests": TablePolicy(
        Group.PRIVACY, N_("Answer the client's privacy requests and show that we did"),
        Basis.PRIVACY_LAW, Retention.REQUESTS, Erasure.PSEUDONYMISE, _CLIENT,
        {**_ops("id", "client_id", "kind", "received_on", "due_on", "status",
                "registered_by_id", "handled_by_id", "completed_at", "request_id",
                "extended_due_on", "extension_told_on", "produced_ref"),
         **_cols(subject_name=_pers(Anon.FULL_NAME, OnErase.PSEUDONYM),
                 channel=_op(), description=_pers(Anon.TEXT), outcome=_pers(Anon.TEXT),
                 extension_reason=_pers(Anon.TEXT), refusal_reason=_pers(Anon.TEXT))},
        dated_by=("completed_at",)),
    "privacy_erasures": TablePolicy(
        Group.PRIVACY, N_("Prove each erasure and apply it again after a restore"),
        Basis.PRIVACY_LAW, Retention.REQUESTS, Erasure.KEEP, Link("client_ref", "clients"),
        {**_ops("id", "client_ref", "pseudonym", "erased_at", "erased_by_id",
                "privacy_request_id", "purge_on", "counts"),
         **_cols(identity_sha256=_sec(), plan_sha256=_sec(), receipt_sha256=_sec())}),
    "audit_events": TablePolicy(
        Group.ACCESS_LOG, N_("Log who viewed, changed, printed, exported or erased what"),
        Basis.LEGITIMATE_INTEREST, Retention.AUDIT, Erasure.KEEP, _CLIENT,
        {**_ops("id", "occurred_at", "user_id", "action", "entity_type", "entity_id",
                "client_id", "animal_id", "details", "workstation"),
         **_cols(username=_sec(Anon.USERNAME), prev_hash=_sec(), hash=_sec())},
        dated_by=("occurred_at",)),
    # -- not about clients --------------------------------------------------------------------
    # Where the retention purge cut a hash chain: ids, counts and hashes, nothing personal.
    "chain_purges": TablePolicy(
        Group.NONE, N_("Prove what the retention purge deleted, so the chains still verify"),
        Basis.LEGITIMATE_INTEREST, Retention.AUDIT, Erasure.NOT_CLIENT, None,
        {**_ops("id", "chain", "animal_id", "first_seq", "last_seq", "rows", "counts", "rule",
                "cutoff", "purged_at", "purged_by_id", "audit_event_id"),
         **_cols(last_hash=_sec())}),
    "clinic": TablePolicy(
        Group.NONE, N_("The clinic's own details and settings"),
        Basis.NOT_PERSONAL, Retention.REFERENCE, Erasure.NOT_CLIENT, None,
        _ops("id", "name", "org_number", "address", "postal_code", "city", "phone", "email",
             "timezone", "locale", "journal_lock_hours", "idle_lock_minutes", "created_at",
             "prescription_hpr_required", "cancel_others_prescriptions")),
    "users": TablePolicy(
        Group.NONE, N_("Sign staff in and name who did what"),
        Basis.EMPLOYMENT, Retention.STAFF, Erasure.NOT_CLIENT, None,
        {**_ops("id", "role", "active", "last_signin_at", "created_at"),
         **_cols(username=_sec(Anon.USERNAME), full_name=_pers(Anon.FULL_NAME),
                 hpr_number=_pers(Anon.KEEP), email=_pers(Anon.EMAIL),
                 phone=_pers(Anon.PHONE_E164), password_hash=_sec(Anon.NULL),
                 login_role=_sec(Anon.NULL), failed_signins=_sec(),
                 last_failed_signin_at=_sec())}),
    "signin_throttle": TablePolicy(
        Group.NONE, N_("Slow down password guessing"),
        Basis.LEGITIMATE_INTEREST, Retention.SESSION, Erasure.NOT_CLIENT, None,
        {**_cols(username=_sec(Anon.USERNAME)),
         **_ops("failures", "not_before", "locked_until")}),
    "resources": TablePolicy(
        Group.NONE, N_("The vets, rooms and equipment appointments are booked on"),
        # A vet's resource carries the vet's name.
        Basis.EMPLOYMENT, Retention.REFERENCE, Erasure.NOT_CLIENT, None,
        {**_ops("id", "kind", "user_id", "location", "active", "sort_order"),
         **_cols(name=_pers(Anon.FULL_NAME))}),
    "resource_hours": TablePolicy(
        Group.NONE, N_("When the vets, rooms and equipment can be booked"),
        Basis.NOT_PERSONAL, Retention.REFERENCE, Erasure.NOT_CLIENT, None,
        _ops("id", "resource_id", "weekday", "kind", "starts", "ends")),
    "holiday_openings": TablePolicy(
        Group.NONE, N_("When the vets, rooms and equipment can be booked"),
        Basis.NOT_PERSONAL, Retention.REFERENCE, Erasure.NOT_CLIENT, None,
        _ops("id", "day", "resource_id", "starts", "ends")),
    "calendar_marker": TablePolicy(
        Group.NONE, N_("Tell the desks that the calendar changed"),
        Basis.NOT_PERSONAL, Retention.REFERENCE, Erasure.NOT_CLIENT, None,
        _ops("id", "change_no")),
    "drugs": TablePolicy(
        Group.NONE, N_("The drug catalogue"),
        Basis.NOT_PERSONAL, Retention.REFERENCE, Erasure.NOT_CLIENT, None,
        _ops("id", "name", "active_substances", "form", "strength", "pack_size",
             "product_number", "atc_code", "antibiotic", "vaccine", "target_species",
             "withdrawal_days", "source", "search_key", "active")),
    "external_parties": TablePolicy(
        Group.NONE, N_("The specialists and laboratories the clinic refers to"),
        Basis.NOT_PERSONAL, Retention.REFERENCE, Erasure.NOT_CLIENT, None,
        _ops("id", "name", "speciality", "is_laboratory", "address", "phone", "email",
             "active", "version", "updated_at", "updated_by_id")),
    "clinic_settings": TablePolicy(
        Group.NONE, N_("The clinic's own details and settings"),
        Basis.NOT_PERSONAL, Retention.REFERENCE, Erasure.NOT_CLIENT, None,
        _ops("key", "value", "updated_at", "updated_by_id")),
    "recall_rules": TablePolicy(
        Group.NONE, N_("The clinic's rules for recalls and reminders"),
        Basis.NOT_PERSONAL, Retention.REFERENCE, Erasure.NOT_CLIENT, None,
        _ops("id", "kind", "product", "product_key", "species", "vaccine_group", "months",
             "days", "hours", "active", "updated_at", "updated_by_id")),
    "postal_codes": TablePolicy(
        Group.NONE, N_("Posten's register of postal codes"),
        Basis.NOT_PERSONAL, Retention.REFERENCE, Erasure.NOT_CLIENT, None,
        _ops("postal_code", "town", "municipality")),
}

# Alembic's own bookkeeping: no data about anyone.
IGNORED_TABLES = frozenset({"alembic_version"})

# Keys of an audit event's details that name staff by username: the account added
# (services/staff/accounts.py, and the server's vetdesk_create_user) and the demo's accounts
# (services/demo/service.py). The anonymised copy gives them the pseudonyms it gives
# ``users.username``. A writer that puts a username in other details adds its key here.
AUDIT_DETAIL_USERNAMES = frozenset({"username", "staff_created"})

POLICY_FILE = "vetdesk/domain/privacy_classification.py"


def policy(table: str) -> TablePolicy:
    return POLICIES[table]


def personal_columns(table: str) -> list[str]:
    return [name for name, column in POLICIES[table].columns.items()
            if column.data_class is DataClass.PERSONAL]


def client_tables() -> list[str]:
    """Tables that hold rows about clients, parents before children (erasure order reversed)."""
    ordered: list[str] = ["clients"]
    pending = [name for name, p in POLICIES.items() if p.about_clients and name != "clients"]
    while pending:
        ready = [name for name in pending
                 if (link := POLICIES[name].link) is not None and link.parent in ordered]
        if not ready:
            raise AssertionError(f"tables whose link leads nowhere: {sorted(pending)}")
        ordered.extend(ready)
        pending = [name for name in pending if name not in ready]
    return ordered

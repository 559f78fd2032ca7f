"""Every table, importable from one place (Alembic's autogenerate needs them all loaded)."""

from vetdesk.db.base import Base
from vetdesk.db.models.animals import Animal, AnimalAlert, Identity, Ownership
from vetdesk.db.models.audit import AuditEvent, ChainPurge, PrivacyErasure, PrivacyRequest
from vetdesk.db.models.clients import Client, ClientAlert, ClientPhone, Consent
from vetdesk.db.models.clinic import Clinic, SigninThrottle, User
from vetdesk.db.models.journal import (
    JournalAttachment,
    JournalDraft,
    JournalDraftAttachment,
    JournalEntry,
    JournalVersion,
)
from vetdesk.db.models.messaging import Message, RecallRule, Reminder
from vetdesk.db.models.pharmacy import (
    Drug,
    MedicineAdministration,
    MedicineAdministrationReport,
    MedicineAdministrationVoid,
    MedicineReport,
    Prescription,
    PrescriptionCancellation,
    PrescriptionItem,
)
from vetdesk.db.models.postcodes import PostalCode
from vetdesk.db.models.referrals import ExternalParty, Referral, ReferralItem
from vetdesk.db.models.sales import Invoice, InvoiceLine
from vetdesk.db.models.scheduling import (
    Appointment,
    CalendarMarker,
    HolidayOpening,
    Resource,
    ResourceHours,
)
from vetdesk.db.models.settings import ClinicSetting

__all__ = [
    "Animal",
    "AnimalAlert",
    "Appointment",
    "AuditEvent",
    "Base",
    "CalendarMarker",
    "ChainPurge",
    "Client",
    "ClientAlert",
    "ClientPhone",
    "Clinic",
    "ClinicSetting",
    "Consent",
    "Drug",
    "ExternalParty",
    "HolidayOpening",
    "Identity",
    "Invoice",
    "InvoiceLine",
    "JournalAttachment",
    "JournalDraft",
    "JournalDraftAttachment",
    "JournalEntry",
    "JournalVersion",
    "MedicineAdministration",
    "MedicineAdministrationReport",
    "MedicineAdministrationVoid",
    "MedicineReport",
    "Message",
    "Ownership",
    "PostalCode",
    "Prescription",
    "PrescriptionCancellation",
    "PrescriptionItem",
    "PrivacyErasure",
    "PrivacyRequest",
    "RecallRule",
    "Referral",
    "ReferralItem",
    "Reminder",
    "Resource",
    "ResourceHours",
    "SigninThrottle",
    "User",
]

"""Code lists stored in the database as short strings (checked by CHECK constraints)."""

from __future__ import annotations

from enum import StrEnum

from vetdesk.i18n import N_, _


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    NURSE = "nurse"
    VETERINARIAN = "veterinarian"
    MANAGER = "manager"
    ADMINISTRATOR = "administrator"

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    Role.RECEPTIONIST: N_("Receptionist"),
    Role.NURSE: N_("Nurse"),
    Role.VETERINARIAN: N_("Veterinarian"),
    Role.MANAGER: N_("Practice manager"),
    Role.ADMINISTRATOR: N_("Administrator"),
}


class ClientStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    ERASED = "erased"


class ClientLanguage(StrEnum):
    """The language the clinic writes to the client in: messages, letters, notices and the
    access export (issue 10). Bokmål unless the client asks for another."""

    BOKMAL = "nb"
    ENGLISH = "en"

    @property
    def label(self) -> str:
        return _CLIENT_LANGUAGE_LABELS[self]


_CLIENT_LANGUAGE_LABELS = {
    ClientLanguage.BOKMAL: N_("Norwegian (bokmål)"),
    ClientLanguage.ENGLISH: N_("English"),
}


def client_language(code: object) -> ClientLanguage:
    """A stored or typed language code as the enumeration; bokmål for anything unknown, so a
    message is never held back for want of a language."""
    try:
        return ClientLanguage(str(code))
    except ValueError:
        return ClientLanguage.BOKMAL


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    HOME = "home"
    WORK = "work"


class Species(StrEnum):
    DOG = "dog"
    CAT = "cat"
    RABBIT = "rabbit"
    HORSE = "horse"
    CATTLE = "cattle"
    SHEEP = "sheep"
    GOAT = "goat"
    PIG = "pig"
    POULTRY = "poultry"
    GUINEA_PIG = "guinea_pig"
    FERRET = "ferret"
    BIRD = "bird"
    REPTILE = "reptile"
    OTHER = "other"


# The species as sentences and the command line name them; translated where they are shown.
SPECIES_NAMES = {
    Species.DOG: N_("dog"),
    Species.CAT: N_("cat"),
    Species.RABBIT: N_("rabbit"),
    Species.HORSE: N_("horse"),
    Species.CATTLE: N_("cattle"),
    Species.SHEEP: N_("sheep"),
    Species.GOAT: N_("goat"),
    Species.PIG: N_("pig"),
    Species.POULTRY: N_("poultry"),
    Species.GUINEA_PIG: N_("guinea pig"),
    Species.FERRET: N_("ferret"),
    Species.BIRD: N_("bird"),
    Species.REPTILE: N_("reptile"),
    Species.OTHER: N_("other"),
}


def species_name(code: str) -> str:
    """The species' name in the current language (an unknown code as it is stored)."""
    try:
        return _(SPECIES_NAMES[Species(code)])
    except ValueError:
        return code


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


class IdentityKind(StrEnum):
    ISO_CHIP = "iso_chip"  # ISO 11784/11785, 15 digits
    FDX_A_CHIP = "fdx_a_chip"  # older 10-character chips, accepted with a warning
    TATTOO = "tattoo"
    PASSPORT = "passport"
    EAR_TAG = "ear_tag"


class AlertSeverity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    MANDATORY = "mandatory"  # pops up once per opening and must be acknowledged


class JournalKind(StrEnum):
    CONSULTATION = "consultation"
    PHONE = "phone"
    VACCINATION = "vaccination"
    PROCEDURE = "procedure"
    LAB_RESULT = "lab_result"
    NOTE = "note"
    ACCESS_REQUEST = "access_request"  # an owner's request for access/correction, journaled


class VersionAction(StrEnum):
    SIGN = "sign"
    CORRECT = "correct"
    VOID = "void"


class Requester(StrEnum):
    CLINIC = "clinic"
    OWNER = "owner"


class ResourceKind(StrEnum):
    VETERINARIAN = "veterinarian"
    NURSE = "nurse"
    ROOM = "room"
    EQUIPMENT = "equipment"


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    CONFIRMED = "confirmed"
    ARRIVED = "arrived"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class ReminderKind(StrEnum):
    VACCINATION = "vaccination"
    CHECKUP = "checkup"
    POSTOP = "postop"  # the control after an operation (migration 0014)
    APPOINTMENT = "appointment"


class ReminderStatus(StrEnum):
    DUE = "due"
    SENT = "sent"
    DONE = "done"
    CANCELLED = "cancelled"


class Channel(StrEnum):
    SMS = "sms"
    EMAIL = "email"
    LETTER = "letter"


class RecallRuleKind(StrEnum):
    """What a clinic's recall rule sets (issue 11)."""

    VACCINATION = "vaccination"  # next dose after N months, by product and species
    CHECKUP = "checkup"  # the annual health check
    POSTOP = "postop"  # a control N days after an operation
    APPOINTMENT = "appointment"  # a reminder N hours before a booked appointment


class ConsentPurpose(StrEnum):
    SERVICE = "service"  # appointment and recall messages
    MARKETING = "marketing"


class ConsentMethod(StrEnum):
    PHONE = "phone"
    FORM = "form"
    EMAIL = "email"
    SMS_REPLY = "sms_reply"
    IN_PERSON = "in_person"
    IMPORT = "import"


class MessageStatus(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
    FAILURE_REVIEWED = "failure_reviewed"
    # Queued but never handed over, and no longer true: the appointment moved again or was
    # cancelled before it went (services/messaging/appointment_notices.py).
    WITHDRAWN = "withdrawn"


# Put in a withdrawn message's idempotency key (followed by its id), which sets the key free
# for the message that replaces it: by services/messaging/withdrawal.py, the sender's claim
# (outbox.py) and the server's change function (db/security/appointment_changes.py).
WITHDRAWN_MARK = "~withdrawn~"


class PrescriptionStatus(StrEnum):
    ISSUED = "issued"
    CANCELLED = "cancelled"


class ReferralStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ANSWERED = "answered"  # the report or result came back (attached to the journal)


class ReferralKind(StrEnum):
    REFERRAL = "referral"  # to a specialist or an animal hospital
    LAB = "lab"  # samples or images to a laboratory


class Urgency(StrEnum):
    ROUTINE = "routine"
    SOON = "soon"
    URGENT = "urgent"


class InvoiceStatus(StrEnum):
    OPEN = "open"
    PAID = "paid"
    CREDITED = "credited"


class PrivacyRequestKind(StrEnum):
    """The data subject's rights (GDPR art. 13-21), one request each."""

    INFORMATION = "information"
    ACCESS = "access"
    CORRECTION = "correction"
    RESTRICTION = "restriction"
    # Objection to marketing (markedsføringsloven § 15, GDPR art. 21(2)).
    OBJECTION = "objection"
    ERASURE = "erasure"
    # A machine-readable export (art. 20); called "export" before migration 0012.
    PORTABILITY = "portability"

    @property
    def label(self) -> str:
        return _PRIVACY_KIND_LABELS[self]


_PRIVACY_KIND_LABELS = {
    PrivacyRequestKind.INFORMATION: N_("Information"),
    PrivacyRequestKind.ACCESS: N_("Access"),
    PrivacyRequestKind.CORRECTION: N_("Correction"),
    PrivacyRequestKind.RESTRICTION: N_("Restriction"),
    PrivacyRequestKind.OBJECTION: N_("Objection to marketing"),
    PrivacyRequestKind.ERASURE: N_("Erasure"),
    PrivacyRequestKind.PORTABILITY: N_("Portability"),
}


class PrivacyRequestStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        return _PRIVACY_STATUS_LABELS[self]


_PRIVACY_STATUS_LABELS = {
    PrivacyRequestStatus.OPEN: N_("Open"),
    PrivacyRequestStatus.DONE: N_("Done"),
    PrivacyRequestStatus.REJECTED: N_("Refused"),
}


class AuditAction(StrEnum):
    SIGN_IN = "sign_in"
    SIGN_OUT = "sign_out"
    SIGN_IN_FAILED = "sign_in_failed"
    LOCK = "lock"
    UNLOCK = "unlock"
    CREATE = "create"
    CHANGE = "change"
    VIEW = "view"
    PRINT = "print"
    EXPORT = "export"
    ERASE = "erase"
    MERGE = "merge"
    IMPORT = "import"
    SETUP = "setup"
    # Personal data shared with a third party (issue 12); the privacy panel lists every
    # action starting "disclosure." as a disclosure.
    DISCLOSURE_REFERRAL = "disclosure.referral"
    DISCLOSURE_LAB = "disclosure.lab"


def values(enum: type[StrEnum]) -> list[str]:
    return [member.value for member in enum]

"""The practice's own details and settings, and the first-start set-up."""

from __future__ import annotations

from dataclasses import dataclass, replace
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from vetdesk.db.models import Clinic
from vetdesk.domain.client_rules import check_email
from vetdesk.domain.codes import AuditAction, Role
from vetdesk.domain.phones import PhoneError, parse_phone
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.auth import actor_for
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.staff.accounts import create_user
from vetdesk.services.staff.sign_in_screen import sign_in_screen_facts

MIN_IDLE_LOCK_MINUTES = 1
MAX_IDLE_LOCK_MINUTES = 120


@dataclass(frozen=True)
class ClinicDetails:
    name: str
    org_number: str | None = None
    address: str | None = None
    postal_code: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    timezone: str = "Europe/Oslo"
    journal_lock_hours: int = 24
    idle_lock_minutes: int = 10


@dataclass(frozen=True)
class FirstAdministrator:
    username: str
    full_name: str
    password: str


def validate_clinic(details: ClinicDetails) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not details.name.strip():
        problems["name"] = _("Enter the clinic's name.")
    from stdnum.no import orgnr  # when a number is checked: stdnum imports pydoc (issue 9)

    if details.org_number and not orgnr.is_valid(details.org_number):
        problems["org_number"] = _("The organisation number is not valid (9 digits, check digit).")
    if details.postal_code and not (
        len(details.postal_code) == 4 and details.postal_code.isdigit()
    ):
        problems["postal_code"] = _("A Norwegian postal code has 4 digits.")
    # Printed on letters and sent in every SMS: the same rules as a client's phone, so
    # "6380 123" is refused here rather than printed.
    if details.phone and details.phone.strip():
        try:
            parse_phone(details.phone)
        except PhoneError as exc:
            problems["phone"] = str(exc)
    # Printed on every PDF: "post@dyreklinikk" was accepted at set-up (issue 8).
    email_error, _normalised = check_email(details.email or "")
    if email_error:
        problems["email"] = email_error
    if not MIN_IDLE_LOCK_MINUTES <= details.idle_lock_minutes <= MAX_IDLE_LOCK_MINUTES:
        problems["idle_lock_minutes"] = (
            _("Lock after {low} to {high} minutes of inactivity.").format(
                low=MIN_IDLE_LOCK_MINUTES, high=MAX_IDLE_LOCK_MINUTES)
        )
    if not 1 <= details.journal_lock_hours <= 24 * 7:
        problems["journal_lock_hours"] = _("Drafts lock after 1 to 168 hours.")
    if not _known_zone(details.timezone):
        # Every time the program shows, and "today", follow this setting (local_time.py).
        problems["timezone"] = _("Unknown time zone; write it the way Europe/Oslo is written.")
    return problems


def clinic_phone(text: str | None) -> str | None:
    """The clinic's phone as it is stored: E.164 (+4763801234) when it is a valid number,
    None when blank, and otherwise the text as typed (validate_clinic says what is wrong)."""
    if not text or not text.strip():
        return None
    try:
        return parse_phone(text).e164
    except PhoneError:
        return text.strip()


def _normalised(details: ClinicDetails) -> ClinicDetails:
    return replace(details, phone=clinic_phone(details.phone))


def _known_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ValueError, ZoneInfoNotFoundError):
        return False
    return True


def needs_setup(ctx: ServiceContext) -> bool:
    """True on an empty database: no clinic yet, or no one who can sign in."""
    return sign_in_screen_facts(ctx).needs_setup


def set_up_clinic(ctx: ServiceContext, details: ClinicDetails, admin: FirstAdministrator) -> Actor:
    """Create the clinic and its first administrator in one step; returns that administrator."""
    problems = validate_clinic(details)
    if problems:
        raise ValidationError(" ".join(problems.values()), problems)
    details = _normalised(details)
    with ctx.db.transaction() as session:
        if session.execute(select(Clinic.id).limit(1)).first() is not None:
            raise ValidationError(_("This database has already been set up."))
        clinic = _new_clinic(details, ctx)
        session.add(clinic)
        user = create_user(
            session,
            ctx,
            None,
            username=admin.username,
            full_name=admin.full_name,
            role=Role.ADMINISTRATOR,
            password=admin.password,
        )
        actor = actor_for(user)
        audit.record(
            session,
            ctx,
            actor,
            AuditAction.SETUP,
            entity_type="clinic",
            details={"name": details.name},
        )
        return actor


def ensure_clinic(ctx: ServiceContext, details: ClinicDetails) -> None:
    """Create the clinic row if it does not exist yet (command-line set-up and demo)."""
    with ctx.db.transaction() as session:
        if session.execute(select(Clinic.id).limit(1)).first() is None:
            session.add(_new_clinic(details, ctx))


def _new_clinic(details: ClinicDetails, ctx: ServiceContext) -> Clinic:
    details = _normalised(details)
    return Clinic(
        name=details.name.strip(),
        org_number=details.org_number,
        address=details.address,
        postal_code=details.postal_code,
        city=details.city,
        phone=details.phone,
        email=details.email,
        timezone=details.timezone,
        journal_lock_hours=details.journal_lock_hours,
        idle_lock_minutes=details.idle_lock_minutes,
        created_at=ctx.clock.now(),
    )


def clinic_details(ctx: ServiceContext) -> ClinicDetails:
    with ctx.db.reading() as session:
        clinic = session.execute(select(Clinic).limit(1)).scalar_one_or_none()
        if clinic is None:
            raise NotFound(_("This database has not been set up yet; start VetDesk to set it up."))
        return ClinicDetails(
            name=clinic.name,
            org_number=clinic.org_number,
            address=clinic.address,
            postal_code=clinic.postal_code,
            city=clinic.city,
            phone=clinic.phone,
            email=clinic.email,
            timezone=clinic.timezone,
            journal_lock_hours=clinic.journal_lock_hours,
            idle_lock_minutes=clinic.idle_lock_minutes,
        )


def update_clinic_details(ctx: ServiceContext, actor: Actor, details: ClinicDetails) -> None:
    require(actor, Permission.MANAGE_SETTINGS)
    problems = validate_clinic(details)
    if problems:
        raise ValidationError(" ".join(problems.values()), problems)
    details = _normalised(details)
    before = clinic_details(ctx)
    with ctx.db.transaction() as session:
        clinic = session.execute(select(Clinic).limit(1)).scalar_one()
        changed = {
            name: value for name, value in vars(details).items() if getattr(before, name) != value
        }
        for name, value in changed.items():
            setattr(clinic, name, value)
        if changed:
            audit.record(
                session,
                ctx,
                actor,
                AuditAction.CHANGE,
                entity_type="clinic",
                details={"fields": sorted(changed)},
            )

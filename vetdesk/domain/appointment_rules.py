"""Rules for an appointment's fields and its status flow (issue 11). Pure, no I/O.

booked → confirmed → arrived → in progress → done; no-show and cancelled (with a reason) from
any status before the visit started. The words people see are one table in the UI
(vetdesk/ui/front_desk/formats.py ``appointment_status_label``) and one for the core's
sentences (``STATUS_WORDS`` here), so the list, the calendar and My day say the same.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vetdesk.domain.codes import AppointmentStatus
from vetdesk.domain.text import clean_line, clean_multiline
from vetdesk.errors import ValidationError
from vetdesk.i18n import N_, _

S = AppointmentStatus
MAX_TYPE_LENGTH = 40
MAX_REASON_LENGTH = 500
MAX_MINUTES = 12 * 60
# Statuses whose appointment no longer holds its slot (migration 0009's constraint).
FREE_AGAIN = frozenset({S.CANCELLED, S.NO_SHOW})

NEXT_STATUSES: dict[AppointmentStatus, frozenset[AppointmentStatus]] = {
    S.BOOKED: frozenset({S.CONFIRMED, S.ARRIVED, S.NO_SHOW, S.CANCELLED}),
    S.CONFIRMED: frozenset({S.BOOKED, S.ARRIVED, S.NO_SHOW, S.CANCELLED}),
    S.ARRIVED: frozenset({S.IN_PROGRESS, S.DONE, S.CONFIRMED, S.CANCELLED}),
    S.IN_PROGRESS: frozenset({S.DONE, S.ARRIVED}),
    S.DONE: frozenset({S.IN_PROGRESS}),
    S.NO_SHOW: frozenset({S.BOOKED, S.ARRIVED}),
    S.CANCELLED: frozenset(),
}

STATUS_WORDS: dict[AppointmentStatus, str] = {
    S.BOOKED: N_("booked"),
    S.CONFIRMED: N_("confirmed"),
    S.ARRIVED: N_("arrived"),
    S.IN_PROGRESS: N_("in progress"),
    S.DONE: N_("done"),
    S.NO_SHOW: N_("no-show"),
    S.CANCELLED: N_("cancelled"),
}

# Appointment types the calendar colours; others are allowed and drawn in a neutral colour.
KNOWN_TYPES = ("Konsultasjon", "Vaksinasjon", "Kontroll", "Operasjon", "Tannbehandling",
               "Akutt")


@dataclass(frozen=True)
class CleanBooking:
    starts_at: dt.datetime
    ends_at: dt.datetime
    appointment_type: str
    reason: str | None


def clean_booking(starts_at: dt.datetime, ends_at: dt.datetime, appointment_type: str,
                  reason: str | None) -> CleanBooking:
    """The fields as stored, or a ValidationError naming what to fix."""
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise ValueError("appointment times must be timezone-aware")
    if ends_at <= starts_at:
        raise ValidationError(_("The appointment must end after it starts; give a later end "
                                "or a positive length."), {"ends_at": _("Ends before it starts.")})
    if ends_at - starts_at > dt.timedelta(minutes=MAX_MINUTES):
        raise ValidationError(_("An appointment can last at most 12 hours; shorten it."),
                              {"ends_at": _("Longer than 12 hours.")})
    kind = clean_line(appointment_type)
    if not kind:
        raise ValidationError(_("Choose the type of appointment."),
                              {"appointment_type": _("Required.")})
    if len(kind) > MAX_TYPE_LENGTH:
        raise ValidationError(
            _("The appointment type can be at most {n} characters.").format(n=MAX_TYPE_LENGTH),
            {"appointment_type": _("Too long.")})
    text = clean_multiline(reason or "").strip() or None
    if text is not None and len(text) > MAX_REASON_LENGTH:
        raise ValidationError(
            _("The reason can be at most {n} characters.").format(n=MAX_REASON_LENGTH),
            {"reason": _("Too long.")})
    return CleanBooking(starts_at.astimezone(dt.UTC), ends_at.astimezone(dt.UTC), kind, text)


def check_transition(current: AppointmentStatus, wanted: AppointmentStatus) -> None:
    if wanted == current:
        return
    if wanted not in NEXT_STATUSES[current]:
        raise ValidationError(_(
            "An appointment that is {current} cannot be set to {wanted}."
        ).format(current=_(STATUS_WORDS[current]), wanted=_(STATUS_WORDS[wanted])))


def parse_status(text: str) -> AppointmentStatus:
    """A status from its code (``in_progress``) or its English or bokmål word."""
    wanted = text.strip().lower().replace("-", "_").replace(" ", "_")
    for status in AppointmentStatus:
        words = {status.value, STATUS_WORDS[status].replace("-", "_").replace(" ", "_"),
                 _(STATUS_WORDS[status]).lower().replace("-", "_").replace(" ", "_")}
        if wanted in words:
            return status
    choices = ", ".join(s.value for s in AppointmentStatus)
    raise ValidationError(_("Unknown status \"{status}\"; use one of: {choices}.").format(
        status=text, choices=choices))

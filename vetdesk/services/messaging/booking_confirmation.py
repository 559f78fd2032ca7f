"""The confirmation a booking queues, in the booking's own transaction (issue 11).

A booking is one user action, so the appointment, its audit row and its confirmation are
written together or not at all. On PostgreSQL the booking costs two round trips (one read,
one call), and the confirmation must not add any:

1. What the message needs (the client's name and reach, the animal, the vet's location,
   the clinic, the clinic's settings) rides along in the booking's one read, as extra rows
   of its UNION (``confirmation_parts``).
2. The message is rendered before the appointment has an id, with ``ID_PLACEHOLDER`` where
   the id goes (the idempotency key ``appointment:N:confirm`` and the .ics UID); the
   booking's write replaces it: in the server function on PostgreSQL
   (vetdesk/db/security/booking.py), in Python on SQLite.

The key is the appointment's, so a retried booking (same request id, same appointment)
never queues a second confirmation, nor does a later ``queue_confirmation``. The consent
rules are eligibility.py's, applied to the same columns ``reach`` reads.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from datetime import tzinfo
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Integer, case, cast, null, or_, select

from vetdesk.db.models import Client, Clinic, ClinicSetting, Resource
from vetdesk.db.security.booking import ENTITY_ID_PLACEHOLDER
from vetdesk.domain.codes import ConsentPurpose
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.appointments import (
    AppointmentFacts,
    ClinicFacts,
    appointment_draft,
    best_by_message,
)
from vetdesk.services.messaging.eligibility import reach_columns, reach_of
from vetdesk.services.messaging.outbox import MessageDraft
from vetdesk.services.scheduling.booking_check import fact_row
from vetdesk.services.settings.registry import setting_keys

ID_PLACEHOLDER = ENTITY_ID_PLACEHOLDER
SWITCH = "appointments.confirm_bookings"
KIND = "appointment_confirmation"


def confirmation_parts(client_id: int, resource_id: int) -> list[Any]:
    """Selects in the booking read's row shape (what, text, number, starts, ends, kind)."""
    columns = {column.name: column.element for column in reach_columns(ConsentPurpose.SERVICE)}
    gone = case((or_(Client.erased_at.is_not(None), Client.merged_into_id.is_not(None),
                     Client.restricted_at.is_not(None)), 1), else_=0)

    def of_client(what: str, text: Any, number: Any, kind: Any) -> Any:
        return (select(*fact_row(what, text, number, null(), null()), kind.label("kind"))
                .where(Client.id == client_id))

    return [
        of_client("reach_a", Client.email, gone, Client.status),
        of_client("reach_b", Client.address, null(), Client.postal_code),
        of_client("reach_c", Client.city, null(), columns["mobile"]),
        of_client("reach_d", Client.first_name, cast(columns["said_sms"], Integer), null()),
        of_client("reach_e", Client.language, cast(columns["said_email"], Integer), null()),
        select(*fact_row("location", Resource.location, null(), null(), null()),
               null().label("kind")).where(Resource.id == resource_id),
        select(*fact_row("clinic", Clinic.name, Clinic.id, null(), null()),
               Clinic.phone.label("kind")),
        select(*fact_row("clinic_email", Clinic.email, Clinic.id, null(), null()),
               null().label("kind")),
        select(*fact_row("setting", ClinicSetting.value, null(), null(), null()),
               ClinicSetting.key.label("kind")),
    ]


def confirmation_draft(ctx: ServiceContext, rows: tuple[Any, ...], *, client_id: int,
                       starts_at: dt.datetime, ends_at: dt.datetime, zone: tzinfo
                       ) -> MessageDraft | None:
    """The booking's confirmation with the id still a placeholder; None where the clinic has
    switched confirmations off or the client may not or cannot get one by SMS or e-mail."""
    if settings_of(rows).get(SWITCH, "1") == "0":
        return None
    return drafted(ctx, rows, KIND, appointment_id=ID_PLACEHOLDER, client_id=client_id,
                   starts_at=starts_at, ends_at=ends_at, zone=zone)


def settings_of(rows: tuple[Any, ...]) -> dict[str, str]:
    """The clinic's effective settings from the read's ``setting`` rows and the defaults."""
    settings = {name: key.default for name, key in setting_keys().items()
                if key.default is not None}
    settings.update({row.kind: row.text for row in rows if row.what == "setting"})
    return settings


def drafted(ctx: ServiceContext, rows: tuple[Any, ...], kind: str, *,
            appointment_id: int | str, client_id: int, starts_at: dt.datetime,
            ends_at: dt.datetime, zone: tzinfo, version: int = 0) -> MessageDraft | None:
    """The message of ``kind`` about one appointment, from the rows of one read
    (``confirmation_parts`` with the resource and the animal): a booking's confirmation, or
    the notice of a move or a cancellation (services/scheduling/change_on_server.py). None
    where the client may not or cannot get one by SMS or e-mail."""
    by = {row.what: row for row in rows if row.what != "setting"}
    if "reach_a" not in by or "clinic" not in by:
        return None
    a, b, c, d, e = (by[f"reach_{x}"] for x in "abcde")
    found = reach_of(SimpleNamespace(
        reach_client_id=client_id, reach_email=a.text, reach_address=b.text,
        reach_postal_code=b.kind, reach_city=c.text, reach_status=a.kind,
        # Erased, merged away and restricted all mean "nothing at all": one flag carries them.
        reach_erased_at=None, reach_merged_into_id=None,
        reach_restricted_at=True if a.number else None,
        mobile=c.kind, said_sms=_said(d.number), said_email=_said(e.number),
    ), ConsentPurpose.SERVICE)
    best = best_by_message(found)
    if best is None:
        return None
    clinic = ClinicFacts(by["clinic"].text, by["clinic"].kind or "",
                         by["clinic_email"].text if "clinic_email" in by else None)
    animal = by.get("animal")
    facts = AppointmentFacts(
        appointment_id, client_id, starts_at, ends_at, d.text or "",
        (animal.text or "") if animal is not None else "", by["resource"].text,
        by["location"].text if "location" in by else None, language=e.text or "nb")
    return appointment_draft(ctx, settings_of(rows), zone, clinic, facts, best, kind,
                             version=version)


def with_id(draft: MessageDraft, appointment_id: int) -> MessageDraft:
    """The draft with the new appointment's id put in (SQLite; the server does it on
    PostgreSQL)."""
    number = str(appointment_id)
    return dataclasses.replace(
        draft, idempotency_key=draft.idempotency_key.replace(ID_PLACEHOLDER, number),
        calendar=(draft.calendar.replace(ID_PLACEHOLDER, number)
                  if draft.calendar is not None else None),
        appointment_id=appointment_id)


def _said(value: int | None) -> bool | None:
    return None if value is None else bool(value)

"""An appointment as an iCalendar invitation (the ``icalendar`` library), attached to the
confirmation e-mail so the client's calendar offers to add it, and to the e-mails saying it
moved (the same entry, a later sequence) or was cancelled (removed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Invitation:
    uid: str  # stable per appointment, so a changed time updates the same calendar entry
    starts_at: dt.datetime  # aware
    ends_at: dt.datetime
    summary: str
    location: str
    organiser_email: str | None
    description: str = ""
    # Raised with every change, so the client's calendar takes the newest (RFC 5546); a
    # cancellation removes the entry.
    sequence: int = 0
    cancelled: bool = False


def invitation_ics(invitation: Invitation, now: dt.datetime) -> str:
    from icalendar import Calendar, Event, vCalAddress

    calendar = Calendar()
    calendar.add("prodid", "-//VetDesk//NO")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if invitation.cancelled else "REQUEST")
    event = Event()
    event.add("uid", invitation.uid)
    event.add("sequence", invitation.sequence)
    if invitation.cancelled:
        event.add("status", "CANCELLED")
    event.add("dtstamp", now.astimezone(dt.UTC))
    event.add("dtstart", invitation.starts_at.astimezone(dt.UTC))
    event.add("dtend", invitation.ends_at.astimezone(dt.UTC))
    event.add("summary", invitation.summary)
    if invitation.location:
        event.add("location", invitation.location)
    if invitation.description:
        event.add("description", invitation.description)
    if invitation.organiser_email:
        event.add("organizer", vCalAddress(f"mailto:{invitation.organiser_email}"))
    calendar.add_component(event)
    text: str = calendar.to_ical().decode("utf-8")
    return text

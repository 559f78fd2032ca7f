"""An appointment as an iCalendar invitation (the ``icalendar`` library), attached to the
confirmation e-mail so the client's calendar offers to add it."""

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


def invitation_ics(invitation: Invitation, now: dt.datetime) -> str:
    from icalendar import Calendar, Event, vCalAddress

    calendar = Calendar()
    calendar.add("prodid", "-//VetDesk//NO")
    calendar.add("version", "2.0")
    calendar.add("method", "REQUEST")
    event = Event()
    event.add("uid", invitation.uid)
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

"""The inspect view's records in words: each row of a client's holding as one readable line.

A practice manager answering an access request must see the data itself, not table names and
counts: a phone number, a consent with who recorded it when and how, an animal with its chip and
the years it was owned, a journal entry's first line, a message's text. The rows come from the
holding (one statement); staff and recipients' names from one more (``names_statement``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Select, literal, select, union_all

from vetdesk.db.models import ExternalParty, Resource, User
from vetdesk.domain.codes import (
    JournalKind,
    PrivacyRequestKind,
    PrivacyRequestStatus,
    client_language,
    species_name,
)
from vetdesk.domain.phones import display_phone
from vetdesk.domain.privacy_classification import Group
from vetdesk.i18n import N_, _, ngettext
from vetdesk.services.journal.kinds import KIND_LABELS, readable_content, summary_line
from vetdesk.services.privacy.holdings import Holding
from vetdesk.services.referrals.attachments import size_label, type_label
from vetdesk.services.scheduling.occupancy import resource_label


@dataclass(frozen=True)
class Record:
    """One thing held, in words: what it is, when, and what it says."""

    kind: str
    # A stored moment (UTC, shown in the clinic's zone) or a calendar day; None if undated.
    when: dt.datetime | dt.date | None
    text: str
    # Longer text shown under the line (a message's body, a request's description).
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class Names:
    """Staff members' and outside parties' names by id (read in one statement)."""

    staff: Mapping[int, str]
    parties: Mapping[int, str]
    # Vets and rooms as the calendar names them in sentences ("Dr. Lie", "Behandlingsrom 1").
    resources: Mapping[int, str] = field(default_factory=dict)

    def resource(self, resource_id: Any) -> str:
        if resource_id is None:
            return ""
        return self.resources.get(int(resource_id), "")

    def person(self, user_id: Any) -> str:
        if user_id is None:
            return ""
        return self.staff.get(int(user_id), _("staff member {id}").format(id=user_id))

    def party(self, party_id: Any) -> str:
        if party_id is None:
            return ""
        return self.parties.get(int(party_id), _("recipient {id}").format(id=party_id))


_STAFF_COLUMNS = ("updated_by_id", "recorded_by_id", "created_by_id", "author_id",
                  "signed_by_id", "prescriber_id", "referred_by_id", "registered_by_id",
                  "handled_by_id", "reviewed_by_id", "cancelled_by_id", "erased_by_id",
                  "given_by_id")


def names_statement(holding: Holding) -> Select[Any] | None:
    """The names of every staff member and recipient the holding mentions, or None if none."""
    staff: set[int] = set()
    for rows in holding.tables.values():
        for row in rows:
            staff.update(int(row[c]) for c in _STAFF_COLUMNS if row.get(c) is not None)
    parties = {int(r["recipient_id"]) for r in holding.rows("referrals")
               if r.get("recipient_id") is not None}
    parties.update(int(d["recipient_id"]) for d in map(_details, holding.rows("audit_events"))
                   if isinstance(d.get("recipient_id"), int))
    parts = []
    if staff:
        parts.append(select(literal("u").label("k"), User.id, User.full_name)
                     .where(User.id.in_(sorted(staff))))
    if parties:
        parts.append(select(literal("p").label("k"), ExternalParty.id, ExternalParty.name)
                     .where(ExternalParty.id.in_(sorted(parties))))
    resources = {int(r[c]) for r in holding.rows("appointments")
                 for c in ("resource_id", "room_id") if r.get(c) is not None}
    if resources:
        parts.append(select(literal("r").label("k"), Resource.id,
                            Resource.kind + literal(":") + Resource.name)
                     .where(Resource.id.in_(sorted(resources))))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else union_all(*parts)  # type: ignore[return-value]


def names_from(rows: Any) -> Names:
    found: dict[str, dict[int, str]] = {"u": {}, "p": {}, "r": {}}
    for kind, key, name in rows:
        if kind == "r":
            resource_kind, _colon, name = str(name).partition(":")
            name = resource_label(resource_kind, name)
        found[str(kind)][int(key)] = str(name)
    return Names(found["u"], found["p"], found["r"])


def records_of(group: Group, holding: Holding, names: Names) -> tuple[Record, ...]:
    build = _BUILDERS.get(group)
    return tuple(build(holding, names)) if build is not None else ()


# -- values from either engine's JSON ---------------------------------------------------------

def moment(value: Any) -> dt.datetime | None:
    if value is None or value == "":
        return None
    found = dt.datetime.fromisoformat(str(value))
    return found.replace(tzinfo=dt.UTC) if found.tzinfo is None else found.astimezone(dt.UTC)


def day(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    return dt.date.fromisoformat(str(value)[:10])


def day_text(value: Any) -> str:
    found = day(value)
    return found.strftime("%d.%m.%Y") if found is not None else ""


def kroner(ore: Any) -> str:
    """kr 1 234,50 (UI.md), as the front desk writes amounts."""
    amount = int(ore or 0)
    sign = "-" if amount < 0 else ""
    whole, cents = divmod(abs(amount), 100)
    return f"kr {sign}{whole:,}".replace(",", "\u202f") + f",{cents:02d}"


def _truthy(value: Any) -> bool:
    return value in (True, 1, "1", "true", "t")


def _word(labels: Mapping[str, str], code: Any) -> str:
    """A stored code in words (a code unknown to this version as it is stored)."""
    if code is None:
        return ""
    label = labels.get(str(code))
    return _(label) if label is not None else str(code)


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def _phone(stored: Any) -> str:
    """A stored number as staff write it (912 34 567); an e-mail address as it is."""
    text = str(stored or "")
    return display_phone(text) if text.startswith("+") else text


def _first_line(text: Any, limit: int = 160) -> str:
    line = str(text or "").strip().splitlines()[0] if str(text or "").strip() else ""
    return line if len(line) <= limit else line[:limit - 1] + "…"


# -- code lists in words ----------------------------------------------------------------------

_PHONE_KINDS = {"mobile": N_("mobile"), "home": N_("home"), "work": N_("work")}
_CHANNELS = {"sms": N_("SMS"), "email": N_("e-mail"), "letter": N_("letter")}
_CONSENT_PURPOSES = {"service": N_("appointment and recall messages"),
                     "marketing": N_("marketing")}
_CONSENT_METHODS = {"phone": N_("by phone"), "form": N_("on a form"), "email": N_("by e-mail"),
                    "sms_reply": N_("by SMS reply"), "in_person": N_("in person"),
                    "import": N_("imported from the old system")}
_SEX = {"male": N_("male"), "female": N_("female"), "unknown": N_("sex unknown")}
_IDENTITY_KINDS = {"iso_chip": N_("microchip"), "tattoo": N_("tattoo"),
                   "passport": N_("passport")}
_APPOINTMENT_STATUS = {"booked": N_("booked"), "confirmed": N_("confirmed"),
                       "arrived": N_("arrived"), "in_progress": N_("in progress"),
                       "done": N_("done"), "no_show": N_("did not come"),
                       "cancelled": N_("cancelled")}
_REMINDER_KINDS = {"vaccination": N_("vaccination"), "checkup": N_("check-up"),
                   "postop": N_("control after an operation"),
                   "appointment": N_("appointment")}
_REMINDER_STATUS = {"due": N_("due"), "sent": N_("sent"), "done": N_("done"),
                    "cancelled": N_("cancelled")}
_MESSAGE_STATUS = {"queued": N_("waiting to be sent"), "sent": N_("sent"),
                   "delivered": N_("delivered"), "failed": N_("failed"),
                   "failure_reviewed": N_("failed (reviewed)"),
                   "withdrawn": N_("withdrawn before it was sent")}
_REFERRAL_STATUS = {"draft": N_("draft"), "sent": N_("sent"), "answered": N_("answered")}
_INVOICE_STATUS = {"open": N_("unpaid"), "paid": N_("paid"), "credited": N_("credited")}
_VERSION_ACTIONS = {"sign": N_("signed"), "correct": N_("corrected"), "void": N_("voided")}


_FIELDS = {"first_name": N_("first name"), "last_name": N_("last name"),
           "address": N_("address"), "postal_code": N_("postal code"), "city": N_("town"),
           "email": N_("e-mail"), "birth_date": N_("date of birth"),
           "org_number": N_("organisation number"), "notes": N_("notes"),
           "phones": N_("phone numbers"), "status": N_("status"), "language": N_("language")}

# What a staff member did, and to what, as the audit log's action and entity name them.
_ACTIONS = {"view": N_("Opened"), "create": N_("Created"), "change": N_("Changed"),
            "print": N_("Printed"), "export": N_("Exported"), "erase": N_("Erased"),
            "merge": N_("Merged"), "import": N_("Imported"),
            "disclosure.referral": N_("Sent to a specialist"),
            "disclosure.lab": N_("Sent to a laboratory")}
_ENTITIES = {"client": N_("client record"), "animal": N_("animal"), "journal": N_("journal"),
             "journal_entry": N_("journal entry"), "journal_draft": N_("journal draft"),
             "journal_attachment": N_("journal attachment"), "appointment": N_("appointment"),
             "consent": N_("consents"), "consent_letter": N_("consent letter"),
             "message": N_("message"), "messages": N_("messages"), "letters": N_("letters"),
             "prescription": N_("prescription"), "referral": N_("referral"),
             "medicine_given": N_("medicine given"),
             "privacy_request": N_("privacy request"),
             "privacy_correction": N_("correction (privacy)"),
             "client_import": N_("client import"), "animal_import": N_("animal import")}
# Some pairs have a name of their own.
_ACCESS_NAMES = {("view", "privacy_inspect"): N_("Access (privacy)"),
                 ("export", "privacy_export"): N_("Access export (privacy)"),
                 ("view", "privacy_export"): N_("Access export (privacy)")}


def access_text(action: str, entity_type: str | None) -> str:
    """An audit event in words: "Opened – journal entry", "Access (privacy)"."""
    special = _ACCESS_NAMES.get((action, entity_type or ""))
    if special is not None:
        return _(special)
    did = _word(_ACTIONS, action)
    if not entity_type:
        return did
    what = _(_ENTITIES[entity_type]) if entity_type in _ENTITIES else _("other record")
    return f"{did} – {what}"


# -- the groups ---------------------------------------------------------------------------------

def _identity(h: Holding, n: Names) -> list[Record]:
    out = []
    for row in h.rows("clients"):
        merged = row.get("merged_into_id") is not None
        kind = _("Merged duplicate record") if merged else _("Client record")
        address = " ".join(str(row.get(k) or "") for k in ("address", "postal_code", "city"))
        out.append(Record(kind, moment(row.get("updated_at")), _join(
            f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip(),
            _("client number {no}").format(no=row.get("client_no")),
            " ".join(address.split()), str(row.get("email") or ""),
            _("born {day}").format(day=day_text(row.get("birth_date")))
            if row.get("birth_date") else "",
            _("org. no. {no}").format(no=row["org_number"]) if row.get("org_number") else "",
            _("language: {language}").format(
                language=_(client_language(row.get("language")).label))),
            tuple(p for p in [_("Note: {text}").format(text=row["notes"])] if row.get("notes"))))
    for row in h.rows("client_phones"):
        out.append(Record(_("Phone"), None, _join(
            _phone(row.get("e164")), _word(_PHONE_KINDS, row.get("kind")))))
    for row in h.rows("client_alerts"):
        out.append(Record(_("Alert"), moment(row.get("created_at")), _join(
            str(row.get("text") or ""),
            "" if _truthy(row.get("active")) else _("no longer shown"))))
    # The history of changes: the audit log keeps which fields changed, never the values.
    for event in h.rows("audit_events"):
        if event.get("entity_type") not in ("client", "privacy_correction") or event.get(
                "action") not in ("create", "change", "merge", "erase"):
            continue
        named = _details(event).get("fields")
        fields = [_word(_FIELDS, f) for f in (named if isinstance(named, list) else [])]
        out.append(Record(_("Change"), moment(event.get("occurred_at")), _join(
            access_text(str(event.get("action")), event.get("entity_type")),
            ", ".join(fields), _("by {who}").format(who=event.get("username") or ""))))
    return out


def _consents(h: Holding, n: Names) -> list[Record]:
    out = []
    for row in sorted(h.rows("consents"), key=lambda r: str(r.get("recorded_at"))):
        said = _("agreed") if _truthy(row.get("granted")) else _("declined")
        out.append(Record(_("Consent"), moment(row.get("recorded_at")), _join(
            _("{said} to {purpose} by {channel}").format(
                said=said, purpose=_word(_CONSENT_PURPOSES, row.get("purpose")),
                channel=_word(_CHANNELS, row.get("channel"))),
            _word(_CONSENT_METHODS, row.get("method")),
            _("recorded by {who}").format(who=n.person(row.get("recorded_by_id")))
            if row.get("recorded_by_id") is not None else "",
            str(row.get("note") or ""))))
    return out


def _animals(h: Holding, n: Names) -> list[Record]:
    out = []
    chips: dict[Any, list[str]] = {}
    for row in h.rows("identities"):
        chips.setdefault(row.get("animal_id"), []).append(
            f"{_word(_IDENTITY_KINDS, row.get('kind'))} {row.get('value')}")
    owned: dict[Any, list[str]] = {}
    for row in h.rows("ownerships"):
        owned.setdefault(row.get("animal_id"), []).append(
            _("owned {start}–{end}").format(start=day_text(row.get("started_on")),
                                            end=day_text(row.get("ended_on"))))
    client_ids = {r.get("id") for r in h.rows("clients")}
    alerts: dict[Any, list[str]] = {}
    for row in h.rows("animal_alerts"):
        alerts.setdefault(row.get("animal_id"), []).append(
            _("Alert: {text}").format(text=row.get("text") or ""))
    for row in h.rows("animals"):
        current = row.get("owner_id") in client_ids
        kind = _("Animal") if current else _("Former animal")
        # Undated: the birth date is in the words, and "When" beside it read as a visit.
        out.append(Record(kind, None, _join(
            str(row.get("name") or ""),
            species_name(str(row.get("species"))) if row.get("species") else "",
            str(row.get("breed") or ""), _word(_SEX, row.get("sex")),
            _("born {day}").format(day=day_text(row.get("birth_date")))
            if row.get("birth_date") else "",
            _("died {day}").format(day=day_text(row.get("deceased_on")))
            if row.get("deceased_on") else "",
            *chips.get(row.get("id"), []), *owned.get(row.get("id"), [])),
            tuple(alerts.get(row.get("id"), []))))
    return out


def _journal(h: Holding, n: Names) -> list[Record]:
    animals = {r.get("id"): str(r.get("name") or "") for r in h.rows("animals")}
    latest: dict[Any, dict[str, Any]] = {}
    for version in h.rows("journal_versions"):
        entry = version.get("entry_id")
        if entry not in latest or int(version["version_no"]) > int(latest[entry]["version_no"]):
            latest[entry] = version
    attachments: dict[Any, int] = {}
    for row in h.rows("journal_attachments"):
        attachments[row.get("entry_id")] = attachments.get(row.get("entry_id"), 0) + 1
    out = []
    for entry in h.rows("journal_entries"):
        version = latest.get(entry.get("id"), {})
        kind = str(entry.get("kind"))
        content = version.get("content") or {}
        if isinstance(content, str):
            content = json.loads(content)
        try:
            label = _(KIND_LABELS[JournalKind(kind)])
            first = summary_line(JournalKind(kind), readable_content(content))
        except (ValueError, KeyError):
            label, first = kind, ""
        action = _word(_VERSION_ACTIONS, version.get("action"))
        files = attachments.get(entry.get("id"), 0)
        extra = (ngettext("{count} attached file", "{count} attached files", files).format(
            count=files)
                 if attachments.get(entry.get("id")) else "")
        out.append(Record(label, moment(version.get("event_time") or entry.get("started_at")),
                          _join(animals.get(entry.get("animal_id"), ""), first,
                                n.person(entry.get("author_id")), action, extra)))
    for draft in h.rows("journal_drafts"):
        out.append(Record(_("Unsigned draft"), moment(draft.get("event_time")), _join(
            animals.get(draft.get("animal_id"), ""), n.person(draft.get("author_id")))))
    return sorted(out, key=_by_time)


def _appointments(h: Holding, n: Names) -> list[Record]:
    animals = {r.get("id"): str(r.get("name") or "") for r in h.rows("animals")}
    out = []
    for row in h.rows("appointments"):
        out.append(Record(_("Appointment"), moment(row.get("starts_at")), _join(
            animals.get(row.get("animal_id"), ""), str(row.get("reason") or ""),
            n.resource(row.get("resource_id")),
            # A booking in a room's own column holds that room: named once.
            n.resource(row.get("room_id"))
            if row.get("room_id") != row.get("resource_id") else "",
            _word(_APPOINTMENT_STATUS, row.get("status")),
            _("cancelled because: {reason}").format(reason=row["cancel_reason"])
            if row.get("cancel_reason") else "")))
    for row in h.rows("reminders"):
        out.append(Record(_("Recall"), day(row.get("due_on")), _join(
            animals.get(row.get("animal_id"), ""), str(row.get("title") or ""),
            _word(_REMINDER_KINDS, row.get("kind")), _word(_REMINDER_STATUS, row.get("status")))))
    return sorted(out, key=_by_time)


def _messages(h: Holding, n: Names) -> list[Record]:
    out = []
    for row in h.rows("messages"):
        body = [str(row["subject"])] if row.get("subject") else []
        body += [line for line in str(row.get("body") or "").splitlines() if line.strip()]
        out.append(Record(_("Message"), moment(row.get("queued_at")), _join(
            _word(_CHANNELS, row.get("channel")),
            _("to {recipient}").format(recipient=_phone(row.get("recipient"))),
            _word(_MESSAGE_STATUS, row.get("status")),
            _word(_CONSENT_PURPOSES, row.get("purpose"))), tuple(body)))
    return sorted(out, key=_by_time)


def _prescriptions(h: Holding, n: Names) -> list[Record]:
    animals = {r.get("id"): str(r.get("name") or "") for r in h.rows("animals")}
    items: dict[Any, list[str]] = {}
    for row in h.rows("prescription_items"):
        items.setdefault(row.get("prescription_id"), []).append(" ".join(str(p) for p in (
            row.get("product_name"), row.get("strength"), row.get("quantity"),
            row.get("dosage")) if p))
    cancelled = {r.get("prescription_id") for r in h.rows("prescription_cancellations")}
    out = []
    for row in h.rows("prescriptions"):
        out.append(Record(_("Prescription"), moment(row.get("issued_at")), _join(
            animals.get(row.get("animal_id"), ""), *items.get(row.get("id"), []),
            _("prescribed by {who}").format(who=n.person(row.get("prescriber_id"))),
            _("cancelled") if row.get("id") in cancelled else "")))
    voided = {r.get("medicine_given_id") for r in h.rows("medicine_given_voids")}
    for row in h.rows("medicine_given"):
        out.append(Record(_("Medicine given"), moment(row.get("given_at")), _join(
            animals.get(row.get("animal_id"), ""), str(row.get("product_name") or ""),
            f"{_amount(row.get('amount'))} {row.get('amount_unit')}",
            _("given by {who}").format(who=n.person(row.get("given_by_id"))),
            _("voided") if row.get("id") in voided else "")))
    return sorted(out, key=_by_time)


def _amount(value: Any) -> str:
    """45 or 4,5 as the clinic writes it, whether the engine's JSON gave 45, 45.0 or "45.00"."""
    try:
        amount = Decimal(str(value)).normalize()
    except InvalidOperation:
        return str(value)
    return format(amount, "f").replace(".", ",")


def _referrals(h: Holding, n: Names) -> list[Record]:
    animals = {r.get("id"): str(r.get("name") or "") for r in h.rows("animals")}
    files = {_plain_id(r.get("id")): r for r in h.rows("journal_attachments")}
    sent: dict[Any, int] = {}
    enclosed: dict[Any, list[str]] = {}
    for item in h.rows("referral_items"):
        if item.get("journal_entry_id") is not None:
            sent[item.get("referral_id")] = sent.get(item.get("referral_id"), 0) + 1
        if item.get("attachment_id") is not None:
            enclosed.setdefault(item.get("referral_id"), []).append(
                _file_sent(files.get(_plain_id(item.get("attachment_id")))))
    out = []
    for row in h.rows("referrals"):
        kind = _("Lab request") if row.get("kind") == "lab" else _("Referral")
        count = sent.get(row.get("id"), 0)
        attached = enclosed.get(row.get("id"), [])
        out.append(Record(kind, moment(row.get("sent_at") or row.get("created_at")), _join(
            _("to {recipient}").format(recipient=n.party(row.get("recipient_id"))),
            animals.get(row.get("animal_id"), ""), str(row.get("reason") or ""),
            ngettext("{count} journal entry sent", "{count} journal entries sent",
                     count).format(count=count) if count else "",
            ngettext("{count} file sent", "{count} files sent", len(attached)).format(
                count=len(attached)) if attached else "",
            _word(_REFERRAL_STATUS, row.get("status")),
            _("by {who}").format(who=n.person(row.get("referred_by_id")))), tuple(attached)))
    # Any other disclosure the audit log records, of a record not listed above.
    listed = {_plain_id(r.get("id")) for r in h.rows("referrals")}
    for event in h.rows("audit_events"):
        action = str(event.get("action"))
        if not action.startswith("disclosure.") or _plain_id(event.get("entity_id")) in listed:
            continue
        details = _details(event)
        out.append(Record(_("Disclosure"), moment(event.get("occurred_at")), _join(
            access_text(action, event.get("entity_type")),
            _("to {recipient}").format(recipient=n.party(details["recipient_id"]))
            if isinstance(details.get("recipient_id"), int) else "",
            _("by {who}").format(who=event.get("username") or ""))))
    return sorted(out, key=_by_time)


def _file_sent(row: Mapping[str, Any] | None) -> str:
    """One enclosed file as the letter lists it: its name, type and size."""
    if row is None:
        return _("File sent (no longer held)")
    return _("File sent: {name} ({type}, {size})").format(
        name=row.get("filename") or "", type=type_label(str(row.get("media_type") or "")),
        size=size_label(int(row.get("size_bytes") or 0)))


def _plain_id(value: Any) -> str:
    """An id as both engines' JSON write it (a UUID with or without its dashes)."""
    return str(value or "").replace("-", "").lower()


def _details(event: Mapping[str, Any]) -> dict[str, Any]:
    details = event.get("details") or {}
    if isinstance(details, str):
        details = json.loads(details)
    return details if isinstance(details, dict) else {}


def _purchases(h: Holding, n: Names) -> list[Record]:
    lines: dict[Any, list[str]] = {}
    for row in h.rows("invoice_lines"):
        lines.setdefault(row.get("invoice_id"), []).append(
            f"{row.get('description') or ''} {kroner(row.get('amount_ore'))}".strip())
    out = []
    for row in h.rows("invoices"):
        out.append(Record(_("Invoice"), moment(row.get("issued_at")), _join(
            _("invoice {no}").format(no=row.get("invoice_no")), kroner(row.get("total_ore")),
            _word(_INVOICE_STATUS, row.get("status"))), tuple(lines.get(row.get("id"), []))))
    return sorted(out, key=_by_time)


def _privacy(h: Holding, n: Names) -> list[Record]:
    out = []
    for row in h.rows("privacy_requests"):
        try:
            kind = _(PrivacyRequestKind(str(row.get("kind"))).label)
        except ValueError:
            kind = str(row.get("kind"))
        try:
            status = _(PrivacyRequestStatus(str(row.get("status"))).label)
        except ValueError:
            status = str(row.get("status"))
        out.append(Record(_("Privacy request"), day(row.get("received_on")), _join(
            kind, status, _("due {day}").format(
                day=day_text(row.get("extended_due_on") or row.get("due_on")))),
            tuple(str(row[k]) for k in ("description", "outcome") if row.get(k))))
    for row in h.rows("privacy_erasures"):
        out.append(Record(_("Erasure"), moment(row.get("erased_at")),
                          _("by {who}").format(who=n.person(row.get("erased_by_id")))))
    return out


def _access_log(h: Holding, n: Names) -> list[Record]:
    events = sorted(h.rows("audit_events"), key=lambda r: int(r["id"]))
    return [Record(access_text(str(e.get("action")), e.get("entity_type")),
                   moment(e.get("occurred_at")), str(e.get("username") or "")) for e in events]


def _by_time(record: Record) -> str:
    when = record.when
    if when is None:
        return ""
    return when.isoformat() if isinstance(when, dt.datetime) else f"{when.isoformat()}T00:00"


_BUILDERS: dict[Group, Callable[[Holding, Names], list[Record]]] = {
    Group.IDENTITY: _identity,
    Group.CONSENTS: _consents,
    Group.ANIMALS: _animals,
    Group.JOURNAL: _journal,
    Group.APPOINTMENTS: _appointments,
    Group.MESSAGES: _messages,
    Group.PRESCRIPTIONS: _prescriptions,
    Group.REFERRALS: _referrals,
    Group.PURCHASES: _purchases,
    Group.PRIVACY: _privacy,
    Group.ACCESS_LOG: _access_log,
}

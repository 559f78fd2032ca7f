"""Registering and editing owners: details, phones, consents and alerts."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from vetdesk.db.models import Client, ClientPhone, Consent
from vetdesk.domain.changes import Changes
from vetdesk.domain.client_rules import (
    CLIENT_SEARCH_KEY_MAX,
    CleanClient,
    ClientInput,
    check_client,
    check_client_no,
    clean_client,
)
from vetdesk.domain.codes import AuditAction, Channel, ConsentMethod, ConsentPurpose
from vetdesk.domain.field_report import FieldReport
from vetdesk.domain.text import search_key
from vetdesk.errors import ConflictError, NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.alerts import AlertInput, client_alert
from vetdesk.services.conflicts import after_lost_race, check_version
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import clinic_today
from vetdesk.services.messaging.withdrawal import (
    withdraw_client_waiting,
    withdraw_to_old_addresses,
)
from vetdesk.services.permissions import Actor, Permission, require


@dataclass(frozen=True)
class ConsentChoice:
    purpose: ConsentPurpose
    channel: Channel
    granted: bool
    method: ConsentMethod = ConsentMethod.FORM
    note: str | None = None


@dataclass(frozen=True)
class ClientSaved:
    client_id: int
    client_no: int
    # Give this back with the next save; a different value means someone else saved meanwhile.
    version: int

    @property
    def changes(self) -> Changes:
        return Changes.of_clients(self.client_id)


def client_search_key(first_name: str | None, last_name: str | None) -> str:
    """What the search box matches a client's name against (the demo writer uses it too)."""
    return search_key(first_name, last_name, limit=CLIENT_SEARCH_KEY_MAX)


def check_client_form(ctx: ServiceContext, data: ClientInput) -> FieldReport:
    """Field-by-field problems, for showing as the user types (no database access)."""
    return check_client(data, clinic_today(ctx))


def _validated(ctx: ServiceContext, data: ClientInput) -> CleanClient:
    report = check_client_form(ctx, data)
    if not report.ok:
        raise ValidationError(
            _("Some details need fixing before the client can be saved: ")
            + "; ".join(report.errors.values()),
            dict(report.errors),
        )
    return clean_client(data)


def register_client(
    ctx: ServiceContext,
    actor: Actor,
    data: ClientInput,
    *,
    consents: Sequence[ConsentChoice] = (),
    alerts: Sequence[AlertInput] = (),
    client_no: int | None = None,
    request_id: uuid.UUID | None = None,
) -> ClientSaved:
    """Add a new owner. Check :func:`vetdesk.services.duplicates.find_duplicates` first.

    ``request_id`` is made by the form when it opens and sent with every attempt: when an
    earlier attempt did reach the database (its COMMIT went through, but the connection was
    lost before the answer came back), that client is returned instead of a second one.
    """
    require(actor, Permission.EDIT_CLIENTS)
    if client_no is not None and (error := check_client_no(client_no)):
        raise ValidationError(error, {"client_no": error})
    clean = _validated(ctx, data)
    # Generated numbers are drawn under a lock (next_client_no), so they do not collide; an
    # importer writing its own numbers at the same moment still can, and then the next number
    # is taken rather than bothering the user.
    for _attempt in range(3 if client_no is None else 1):
        try:
            return _insert_client(ctx, actor, clean, consents, alerts, client_no, request_id)
        except IntegrityError as exc:
            if request_id is not None and (first := registered_client(ctx, request_id)):
                return first  # the first attempt committed while this retry was under way
            if client_no is not None:
                raise ValidationError(
                    _("Client number {number} is already in use; choose another.").format(
                        number=client_no),
                    {"client_no": _("Already in use.")},
                ) from exc
    raise ConflictError(
        _("Another workstation registered a client at the same moment; save again.")
    )


def registered_client(ctx: ServiceContext, request_id: uuid.UUID) -> ClientSaved | None:
    """The client an earlier attempt with this ``request_id`` registered, if any."""
    with ctx.db.reading() as session:
        return _registered_by(session, request_id)


def _registered_by(session: Session, request_id: uuid.UUID) -> ClientSaved | None:
    row = session.execute(
        select(Client.id, Client.client_no, Client.version)
        .where(Client.request_id == request_id)
    ).first()
    return ClientSaved(row[0], row[1], row[2]) if row is not None else None


def _insert_client(
    ctx: ServiceContext, actor: Actor, clean: CleanClient, consents: Sequence[ConsentChoice],
    alerts: Sequence[AlertInput], client_no: int | None, request_id: uuid.UUID | None,
) -> ClientSaved:
    now = ctx.clock.now()
    # With a request id a retry finds the first attempt, so the action may be run again.
    with ctx.db.transaction(idempotent=request_id is not None) as session:
        if request_id is not None and (first := _registered_by(session, request_id)):
            return first
        number = client_no if client_no is not None else next_client_no(session)
        client = Client(client_no=number, created_at=now, updated_at=now,
                        updated_by_id=actor.user_id, request_id=request_id)
        apply_details(client, clean)
        session.add(client)
        session.flush()
        _replace_phones(session, client, clean, loaded=False)
        _append_consents(session, ctx, actor, client.id, consents)
        for alert in alerts:
            session.add(client_alert(ctx, actor, client.id, alert))
        audit.record(session, ctx, actor, AuditAction.CREATE, entity_type="client",
                     entity_id=client.id, client_id=client.id, details={"client_no": number})
        return ClientSaved(client.id, number, client.version)


# Any constant shared by every VetDesk process on the database (one database per practice).
CLIENT_NO_LOCK = 0x7665_7464_636E  # "vetdcn"


def next_client_no(session: Session) -> int:
    """One above the highest client number, drawn under a lock held until this transaction
    ends, so desks registering at the same moment each get their own number (issue 8: with
    a bare max + 1, 71 of 120 saves from eight desks were refused).

    SQLite's write transaction (BEGIN IMMEDIATE) already is that lock; PostgreSQL takes a
    transaction-scoped advisory lock, and in READ COMMITTED the max is read after the lock is
    granted, so it sees the number the previous holder committed. Not a sequence: the importer
    and the demo write their own numbers, which a sequence would not follow, and staff roles
    may not move a sequence (setval needs UPDATE on it).
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CLIENT_NO_LOCK})
    highest = session.execute(select(func.max(Client.client_no))).scalar_one_or_none()
    return (highest or 0) + 1


def apply_details(client: Client, clean: CleanClient) -> None:
    client.first_name = clean.first_name
    client.last_name = clean.last_name
    client.address = clean.address
    client.postal_code = clean.postal_code
    client.city = clean.city
    client.email = clean.email
    client.birth_date = clean.birth_date
    client.org_number = clean.org_number
    client.notes = clean.notes
    client.language = clean.language
    client.search_key = client_search_key(clean.first_name, clean.last_name)


def _replace_phones(session: Session, client: Client, clean: CleanClient, *, loaded: bool) -> None:
    if loaded:
        client.phones.clear()
        session.flush()
    for position, phone in enumerate(clean.phones):
        session.add(ClientPhone(client_id=client.id, e164=phone.e164, digits=phone.digits,
                                kind=phone.kind.value, position=position))


def update_client(
    ctx: ServiceContext, actor: Actor, client_id: int, data: ClientInput, *, expected_version: int
) -> ClientSaved:
    """Save the edited details; refused with "changed by NAME at TIME" when stale."""
    require(actor, Permission.EDIT_CLIENTS)
    clean = _validated(ctx, data)
    with client_write_refusals(ctx, client_id, data), ctx.db.transaction() as session:
        return edit_client(session, ctx, actor, client_id, clean,
                           expected_version=expected_version)


def validated_client(ctx: ServiceContext, data: ClientInput) -> CleanClient:
    """The form's details cleaned, or the ValidationError that says what to fix."""
    return _validated(ctx, data)


@contextmanager
def client_write_refusals(ctx: ServiceContext, client_id: int, data: ClientInput
                          ) -> Iterator[None]:
    """Around a whole transaction that edits a client: a version check that passed but lost
    the race to another desk's commit is told as "changed by NAME at TIME"."""
    try:
        yield
    except StaleDataError as exc:
        what = f"{data.first_name} {data.last_name}".strip()
        raise after_lost_race(ctx, Client, client_id, what) from exc


def edit_client(
    session: Session, ctx: ServiceContext, actor: Actor, client_id: int, clean: CleanClient, *,
    expected_version: int,
) -> ClientSaved:
    """The edit as a step of the caller's transaction (the caller checked the permission)."""
    client = session.execute(
        select(Client).where(Client.id == client_id).options(selectinload(Client.phones))
    ).scalar_one_or_none()
    if client is None or client.erased_at is not None or client.merged_into_id is not None:
        raise NotFound(_("This client no longer exists (erased or merged); search again."))
    what = f"{clean.first_name} {clean.last_name}".strip()
    check_version(session, client, expected_version, client.full_name or what)
    before = _snapshot(client)
    apply_details(client, clean)
    old_phones = [(p.e164, p.kind) for p in client.phones]
    new_phones = [(p.e164, p.kind.value) for p in clean.phones]
    if old_phones != new_phones:
        _replace_phones(session, client, clean, loaded=True)
    changed = sorted(k for k, v in _snapshot(client).items() if before[k] != v)
    if old_phones != new_phones:
        changed.append("phones")
    client.updated_at = ctx.clock.now()
    client.updated_by_id = actor.user_id
    # Phones live in their own table; the client row is still written so its version
    # moves on and another desk's stale form is refused.
    flag_modified(client, "updated_at")
    session.flush()
    if "email" in changed or "phones" in changed:
        # What waits in the outbox for the old number or address does not go there.
        withdraw_to_old_addresses(session, [client.id])
    audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="client",
                 entity_id=client.id, client_id=client.id, details={"fields": changed})
    return ClientSaved(client.id, client.client_no, client.version)


def _snapshot(client: Client) -> dict[str, object]:
    names = ("first_name", "last_name", "address", "postal_code", "city", "email",
             "birth_date", "org_number", "notes", "language")
    return {name: getattr(client, name) for name in names}


def record_consents(
    ctx: ServiceContext, actor: Actor, client_id: int, choices: Sequence[ConsentChoice]
) -> int:
    """Append the decisions that change the current state; returns how many were recorded."""
    require(actor, Permission.EDIT_CLIENTS)
    with ctx.db.transaction() as session:
        return consents_step(session, ctx, actor, client_id, choices)


def consents_step(
    session: Session, ctx: ServiceContext, actor: Actor, client_id: int,
    choices: Sequence[ConsentChoice],
) -> int:
    """:func:`record_consents` as a step of the caller's transaction."""
    client = session.get(Client, client_id)
    if client is None or client.erased_at is not None or client.merged_into_id is not None:
        raise NotFound(_("This client no longer exists (erased or merged); search again."))
    added = _append_consents(session, ctx, actor, client_id, choices)
    if added:
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="consent",
                     entity_id=client_id, client_id=client_id, details={"consents": added})
    return len(added)


def current_consents(session: Session, client_id: int) -> dict[tuple[str, str], bool]:
    rows = session.execute(
        select(Consent.purpose, Consent.channel, Consent.granted)
        .where(Consent.client_id == client_id)
        .order_by(Consent.recorded_at, Consent.id)
    ).all()
    return {(purpose, channel): granted for purpose, channel, granted in rows}


def _append_consents(
    session: Session, ctx: ServiceContext, actor: Actor, client_id: int,
    choices: Sequence[ConsentChoice],
) -> list[str]:
    state = current_consents(session, client_id) if choices else {}
    added: list[str] = []
    for choice in choices:
        key = (choice.purpose.value, choice.channel.value)
        if state.get(key) is choice.granted:
            continue
        state[key] = choice.granted
        session.add(Consent(
            client_id=client_id, purpose=choice.purpose.value, channel=choice.channel.value,
            granted=choice.granted, method=choice.method.value, recorded_at=ctx.clock.now(),
            recorded_by_id=actor.user_id, note=choice.note,
        ))
        added.append(f"{key[0]}/{key[1]}={'yes' if choice.granted else 'no'}")
        if not choice.granted:
            # Refused from now on: also what was queued before and still waits.
            withdraw_client_waiting(session, client_id,
                                    refused=(choice.purpose, choice.channel))
    return added

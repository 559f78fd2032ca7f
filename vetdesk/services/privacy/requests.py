"""The register of privacy requests: received, due, extended, answered or refused.

Each request gets its due date from the rule in vetdesk/domain/privacy_rules.py (the earlier of
30 days and one calendar month); an extension of up to two more months needs a reason and the
day the person was told, which must be within the first month. A refusal states its reason and
the right to complain to Datatilsynet. Managers and administrators only; on PostgreSQL the
grants on ``privacy_requests`` say the same (vetdesk/db/security/grants.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from vetdesk.db.models import Client, PrivacyRequest, User
from vetdesk.domain import privacy_rules as rules
from vetdesk.domain.codes import AuditAction, PrivacyRequestKind, PrivacyRequestStatus
from vetdesk.domain.text import clean_line, clean_multiline
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import clinic_today
from vetdesk.services.permissions import Actor, Permission, require

MAX_NAME = 200
MAX_TEXT = 4000
MAX_PRODUCED = 300
ENTITY = "privacy_request"


@dataclass(frozen=True)
class RequestInput:
    """What the form (or ``vetdesk privacy request``) sends; ``request_id`` is made when the
    form opens, so a retry after a lost connection finds the first save."""

    kind: PrivacyRequestKind | None
    received_on: dt.date
    request_id: uuid.UUID
    client_no: int | None = None
    subject_name: str = ""
    channel: str = ""
    description: str = ""


@dataclass(frozen=True)
class RequestRow:
    id: int
    kind: PrivacyRequestKind
    client_id: int | None
    client_no: int | None
    subject_name: str
    received_on: dt.date
    # The date that counts now: the extended one when there is one.
    due_on: dt.date
    first_due_on: dt.date
    extended: bool
    extension_reason: str | None
    extension_told_on: dt.date | None
    status: PrivacyRequestStatus
    handler: str | None
    outcome: str | None
    refusal_reason: str | None
    produced_ref: str | None
    description: str | None
    channel: str | None
    days_left: int
    overdue: bool
    nearly_due: bool


@dataclass(frozen=True)
class Register:
    rows: tuple[RequestRow, ...]
    open_count: int
    nearly_due_count: int
    overdue_count: int
    today: dt.date


# -- reading -------------------------------------------------------------------------------------

def request_register(ctx: ServiceContext, actor: Actor, *, open_only: bool = False) -> Register:
    """Every request, open ones first by due date; the panel's front counts them."""
    require(actor, Permission.MANAGE_PRIVACY)
    audit.record_view_now(ctx, actor, entity_type="privacy_register", entity_id="all")
    today = clinic_today(ctx)
    with ctx.db.reading() as session:
        rows = [_row(r, today) for r in _query(session, None, open_only)]
    rows.sort(key=lambda r: (r.status is not PrivacyRequestStatus.OPEN, r.due_on, r.id))
    open_rows = [r for r in rows if r.status is PrivacyRequestStatus.OPEN]
    return Register(tuple(rows), len(open_rows), sum(r.nearly_due for r in open_rows),
                    sum(r.overdue for r in open_rows), today)


def get_request(ctx: ServiceContext, actor: Actor, request_no: int) -> RequestRow:
    require(actor, Permission.MANAGE_PRIVACY)
    with ctx.db.reading() as session:
        return _row(_one(session, request_no), clinic_today(ctx))


# -- writing -------------------------------------------------------------------------------------

def register_request(ctx: ServiceContext, actor: Actor, given: RequestInput) -> RequestRow:
    """Record a request; its due date follows from the day it was received."""
    require(actor, Permission.MANAGE_PRIVACY)
    today = clinic_today(ctx)
    kind = _checked_kind(given.kind)
    if given.received_on > today:
        raise ValidationError(
            _("The request cannot be received in the future; check the date."),
            {"received_on": _("Enter today or an earlier day.")})
    name = clean_line(given.subject_name)
    description = _text(given.description, "description")
    channel = clean_line(given.channel)[:40] or None
    with ctx.db.transaction(idempotent=True) as session:
        existing = session.execute(
            select(PrivacyRequest.id).where(PrivacyRequest.request_id == given.request_id)
        ).scalar_one_or_none()
        if existing is not None:
            return _row(_one(session, existing), today)
        client = _client_by_number(session, given.client_no)
        if not name and client is not None:
            name = client.full_name
        if not name:
            raise ValidationError(
                _("Say who the request is from: a client number or the person's name."),
                {"subject_name": _("Enter a name or a client number.")})
        if len(name) > MAX_NAME:
            raise ValidationError(_("The name is too long (at most {n} characters).").format(
                n=MAX_NAME), {"subject_name": _("Shorten the name.")})
        row = PrivacyRequest(
            client_id=client.id if client else None, subject_name=name, kind=kind.value,
            received_on=given.received_on, due_on=rules.due_date(given.received_on),
            channel=channel, status=PrivacyRequestStatus.OPEN.value,
            registered_by_id=actor.user_id, handled_by_id=actor.user_id,
            request_id=given.request_id, description=description)
        session.add(row)
        session.flush()
        audit.record(session, ctx, actor, AuditAction.CREATE, entity_type=ENTITY,
                     entity_id=row.id, client_id=row.client_id, details={"kind": kind.value})
        return _row(_one(session, row.id), today)


def extend_request(ctx: ServiceContext, actor: Actor, request_no: int, *,
                   new_due_on: dt.date, reason: str, told_on: dt.date) -> RequestRow:
    """Art. 12(3): up to two more months, the person told why within the first month."""
    require(actor, Permission.MANAGE_PRIVACY)
    today = clinic_today(ctx)
    why = _text(reason, "reason")
    if not why:
        raise ValidationError(_("Write why the answer needs more time."),
                              {"reason": _("Enter the reason the person was given.")})
    with ctx.db.transaction() as session:
        row = _open(session, request_no)
        if not (row.received_on <= told_on <= row.due_on) or told_on > today:
            raise ValidationError(
                _("The person must be told of an extension within the first month, between "
                  "{received} and {due}.").format(received=_day(row.received_on),
                                                  due=_day(row.due_on)),
                {"told_on": _("Enter the day the person was told.")})
        latest = rules.latest_extended_due(row.received_on)
        if not (row.due_on < new_due_on <= latest):
            raise ValidationError(
                _("An extension may move the due date to at most {latest} (two more "
                  "months).").format(latest=_day(latest)),
                {"new_due_on": _("Enter a day after {due} and no later than {latest}.").format(
                    due=_day(row.due_on), latest=_day(latest))})
        row.extended_due_on, row.extension_reason, row.extension_told_on = (
            new_due_on, why, told_on)
        row.handled_by_id = actor.user_id
        _changed(session, ctx, actor, row, ["extended_due_on", "extension_reason",
                                             "extension_told_on"])
        return _row(_one(session, row.id), today)


def complete_request(ctx: ServiceContext, actor: Actor, request_no: int, *, outcome: str,
                     produced_ref: str | None = None) -> RequestRow:
    """The request is answered: what was done, and a link to what was produced."""
    require(actor, Permission.MANAGE_PRIVACY)
    text = _text(outcome, "outcome")
    if not text:
        raise ValidationError(_("Write what was done for the request."),
                              {"outcome": _("Enter the outcome.")})
    with ctx.db.transaction() as session:
        row = _open(session, request_no)
        row.status, row.outcome = PrivacyRequestStatus.DONE.value, text
        row.produced_ref = (produced_ref or "").strip()[:MAX_PRODUCED] or row.produced_ref
        row.completed_at, row.handled_by_id = ctx.clock.now(), actor.user_id
        _changed(session, ctx, actor, row, ["status", "outcome", "produced_ref"])
        return _row(_one(session, row.id), clinic_today(ctx))


def refuse_request(ctx: ServiceContext, actor: Actor, request_no: int, *,
                   reason: str) -> RequestRow:
    """A refusal gives its reason; the answer tells of the right to complain to Datatilsynet
    (:func:`refusal_statement`)."""
    require(actor, Permission.MANAGE_PRIVACY)
    why = _text(reason, "reason")
    if not why:
        raise ValidationError(_("A refusal must give its reason."),
                              {"reason": _("Enter the reason for refusing.")})
    with ctx.db.transaction() as session:
        row = _open(session, request_no)
        row.status, row.refusal_reason = PrivacyRequestStatus.REJECTED.value, why
        row.outcome = refusal_statement(why)
        row.completed_at, row.handled_by_id = ctx.clock.now(), actor.user_id
        _changed(session, ctx, actor, row, ["status", "refusal_reason", "outcome"])
        return _row(_one(session, row.id), clinic_today(ctx))


def record_produced(session: Session, ctx: ServiceContext, actor: Actor, request_no: int,
                    produced_ref: str) -> None:
    """Link an export or an erasure receipt to its request (inside that action's unit)."""
    row = _one(session, request_no)
    row.produced_ref, row.handled_by_id = produced_ref[:MAX_PRODUCED], actor.user_id
    _changed(session, ctx, actor, row, ["produced_ref"])


def refusal_statement(reason: str) -> str:
    return _("The request is refused: {reason} You may complain to Datatilsynet, the "
             "Norwegian Data Protection Authority (www.datatilsynet.no).").format(
        reason=reason.rstrip(".") + ".")


# -- steps ---------------------------------------------------------------------------------------

def _checked_kind(kind: PrivacyRequestKind | str | None) -> PrivacyRequestKind:
    try:
        return PrivacyRequestKind(kind) if kind else _no_kind()
    except ValueError:
        return _no_kind()


def _no_kind() -> PrivacyRequestKind:
    raise ValidationError(
        _("Choose what the person asks for: information, access, correction, restriction, "
          "objection to marketing, erasure or portability."),
        {"kind": _("Choose the kind of request.")})


def _text(value: str, field: str) -> str | None:
    text = clean_multiline(value or "").strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(_("The text is too long (at most {n} characters).").format(
            n=MAX_TEXT), {field: _("Shorten the text.")})
    return text or None


def _client_by_number(session: Session, client_no: int | None) -> Client | None:
    if client_no is None:
        return None
    client = session.execute(
        select(Client).where(Client.client_no == client_no)).scalar_one_or_none()
    if client is None:
        raise NotFound(_("There is no client number {client_no}; check the number.").format(
            client_no=client_no))
    return client


def _one(session: Session, request_no: int) -> PrivacyRequest:
    row = session.get(PrivacyRequest, request_no)
    if row is None:
        raise NotFound(_("There is no privacy request number {number}.").format(
            number=request_no))
    return row


def _open(session: Session, request_no: int) -> PrivacyRequest:
    row = _one(session, request_no)
    if row.status != PrivacyRequestStatus.OPEN.value:
        raise ValidationError(_("Request {number} is already closed; register a new one if "
                                "the person asks again.").format(number=request_no))
    return row


def _changed(session: Session, ctx: ServiceContext, actor: Actor, row: PrivacyRequest,
             fields: list[str]) -> None:
    session.flush()
    # Field names only: the reason and outcome are the person's matters, not the log's.
    audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type=ENTITY,
                 entity_id=row.id, client_id=row.client_id, details={"fields": fields})


def _day(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _query(session: Session, request_no: int | None,
           open_only: bool) -> list[tuple[PrivacyRequest, int | None, str | None]]:
    handler = aliased(User)
    stmt = (select(PrivacyRequest, Client.client_no, handler.full_name)
            .outerjoin(Client, Client.id == PrivacyRequest.client_id)
            .outerjoin(handler, handler.id == PrivacyRequest.handled_by_id))
    if request_no is not None:
        stmt = stmt.where(PrivacyRequest.id == request_no)
    if open_only:
        stmt = stmt.where(PrivacyRequest.status == PrivacyRequestStatus.OPEN.value)
    return [(r[0], r[1], r[2]) for r in session.execute(stmt)]


def _row(found: PrivacyRequest | tuple[PrivacyRequest, int | None, str | None],
         today: dt.date) -> RequestRow:
    if isinstance(found, PrivacyRequest):
        session = Session.object_session(found)
        assert session is not None
        found = _query(session, found.id, False)[0]
    row, client_no, handler = found
    due = rules.effective_due(row.due_on, row.extended_due_on)
    is_open = row.status == PrivacyRequestStatus.OPEN.value
    return RequestRow(
        id=row.id, kind=PrivacyRequestKind(row.kind), client_id=row.client_id,
        client_no=client_no, subject_name=row.subject_name, received_on=row.received_on,
        due_on=due, first_due_on=row.due_on, extended=row.extended_due_on is not None,
        extension_reason=row.extension_reason, extension_told_on=row.extension_told_on,
        status=PrivacyRequestStatus(row.status), handler=handler, outcome=row.outcome,
        refusal_reason=row.refusal_reason, produced_ref=row.produced_ref,
        description=row.description, channel=row.channel,
        days_left=rules.days_left(due, today),
        overdue=is_open and rules.is_overdue(due, today),
        nearly_due=is_open and rules.is_nearly_due(due, today))

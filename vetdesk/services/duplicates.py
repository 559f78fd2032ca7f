"""Possible duplicates of a client being registered: shown before saving, never blocking."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from sqlalchemy import ColumnElement, false, func, or_, select

from vetdesk.db.models import Client, ClientPhone
from vetdesk.domain.client_rules import ClientInput, check_email
from vetdesk.domain.phones import PhoneError, display_phone, parse_phone
from vetdesk.domain.text import fold
from vetdesk.i18n import _
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require

# Folded full names at least this similar count as "similar" (Kari/Karin, Hansen/Hanssen).
NAME_SIMILARITY = 0.8
MAX_CANDIDATES = 20


@dataclass(frozen=True)
class DuplicateCandidate:
    client_id: int
    client_no: int
    name: str
    address: str | None
    postal_code: str | None
    city: str | None
    # "same phone 912 34 567", "same e-mail", "similar name at the same address"
    reasons: tuple[str, ...]


def similar_names(a: str, b: str) -> bool:
    left, right = fold(a), fold(b)
    if not left or not right:
        return False
    return left == right or SequenceMatcher(None, left, right).ratio() >= NAME_SIMILARITY


def address_key(address: str) -> str:
    """"Fjellveien 22B" and "fjellveien 22 b" are the same door."""
    return fold(address).replace(" ", "")


def find_duplicates(
    ctx: ServiceContext, actor: Actor, data: ClientInput, *, exclude_client_id: int | None = None
) -> tuple[DuplicateCandidate, ...]:
    """Existing clients with the same phone, the same e-mail, or a similar name at the same
    address (one query)."""
    require(actor, Permission.VIEW_CLIENTS)
    digits: dict[str, str] = {}
    for phone in data.phones:
        try:
            parsed = parse_phone(phone.number)
        except PhoneError:
            continue
        digits[parsed.digits] = parsed.e164
    _error, email = check_email(data.email)
    address = address_key(data.address)
    conditions: list[ColumnElement[bool]] = [false()]
    if digits:
        conditions.append(Client.id.in_(
            select(ClientPhone.client_id).where(ClientPhone.digits.in_(list(digits)))
        ))
    if email:
        conditions.append(func.lower(Client.email) == email.lower())
    if address and data.postal_code.strip():
        conditions.append(Client.postal_code == data.postal_code.strip())
    if len(conditions) == 1:
        return ()
    statement = (
        select(Client, func.min(ClientPhone.digits).filter(
            ClientPhone.digits.in_(list(digits) or [""])))
        .outerjoin(ClientPhone, ClientPhone.client_id == Client.id)
        .where(or_(*conditions), Client.merged_into_id.is_(None), Client.erased_at.is_(None))
        .group_by(Client.id)
        .order_by(Client.client_no)
        .limit(200)
    )
    if exclude_client_id is not None:
        statement = statement.where(Client.id != exclude_client_id)
    typed_name = f"{data.first_name} {data.last_name}"
    found: list[DuplicateCandidate] = []
    with ctx.db.reading() as session:
        for client, shared_digits in session.execute(statement).all():
            reasons = []
            if shared_digits:
                reasons.append(_("same phone {phone}").format(
                    phone=display_phone(digits[shared_digits])))
            if email and client.email and client.email.lower() == email.lower():
                reasons.append(_("same e-mail"))
            if (
                address and address_key(client.address or "") == address
                and similar_names(typed_name, client.full_name)
            ):
                reasons.append(_("similar name at the same address"))
            if reasons:
                found.append(DuplicateCandidate(
                    client.id, client.client_no, client.full_name, client.address,
                    client.postal_code, client.city, tuple(reasons),
                ))
    return tuple(found[:MAX_CANDIDATES])

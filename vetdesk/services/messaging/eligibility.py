"""Who may be sent what, and how: the one place the consent rules are applied (issue 11).

- Nothing at all to a client who is erased, merged away or whose processing is restricted
  (GDPR art. 18, ``clients.restricted_at``, set by the privacy work).
- Service messages (appointments, recalls) on every channel the client has not refused.
- Marketing only on a channel the client has said yes to (markedsføringsloven § 15).
- A channel needs its address: a mobile number for SMS, an e-mail address for e-mail, a
  postal address for a letter. Letters carry service messages only, and only where neither
  SMS nor e-mail may be used.

The order of the list is the order to try: SMS, e-mail, letter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import Client, ClientPhone, Consent
from vetdesk.domain.codes import Channel, ClientStatus, ConsentPurpose, PhoneKind


@dataclass(frozen=True)
class Reach:
    """A client's channels for one purpose, best first, each with its address."""

    client_id: int
    channels: tuple[tuple[Channel, str], ...]

    @property
    def best(self) -> tuple[Channel, str] | None:
        return self.channels[0] if self.channels else None


def reach_columns(purpose: ConsentPurpose) -> list[Any]:
    """What the rules need of a client, as columns to add to any query that joins ``Client``:
    the first mobile number and the newest consent decision per channel come as correlated
    subqueries (by index), so a list of thousands of clients needs no second statement."""
    def newest(channel: Channel) -> Any:
        return (select(Consent.granted)
                .where(Consent.client_id == Client.id, Consent.purpose == purpose.value,
                       Consent.channel == channel.value)
                .order_by(Consent.recorded_at.desc(), Consent.id.desc()).limit(1)
                .scalar_subquery().label(f"said_{channel.value}"))
    mobile = (select(ClientPhone.e164)
              .where(ClientPhone.client_id == Client.id,
                     ClientPhone.kind == PhoneKind.MOBILE.value)
              .order_by(ClientPhone.position, ClientPhone.id).limit(1)
              .scalar_subquery().label("mobile"))
    return [Client.id.label("reach_client_id"), Client.email.label("reach_email"),
            Client.address.label("reach_address"), Client.postal_code.label("reach_postal_code"),
            Client.city.label("reach_city"), Client.status.label("reach_status"),
            Client.erased_at.label("reach_erased_at"),
            Client.merged_into_id.label("reach_merged_into_id"),
            Client.restricted_at.label("reach_restricted_at"),
            mobile, newest(Channel.SMS), newest(Channel.EMAIL)]


def reach_of(row: Any, purpose: ConsentPurpose) -> Reach:
    """A client's reach from a row that holds ``reach_columns(purpose)``."""
    return Reach(row.reach_client_id, tuple(_channels(row, purpose)))


def reach(session: Session, client_ids: Iterable[int], purpose: ConsentPurpose
          ) -> dict[int, Reach]:
    """Every given client's reach for ``purpose``, in one statement whatever their number."""
    ids = sorted(set(client_ids))
    if not ids:
        return {}
    rows = session.execute(select(*reach_columns(purpose)).where(Client.id.in_(ids))).all()
    return {row.reach_client_id: reach_of(row, purpose) for row in rows}


def _channels(row: Any, purpose: ConsentPurpose) -> list[tuple[Channel, str]]:
    """The rules themselves (see the module's docstring), on one client's facts."""
    if (row.reach_erased_at is not None or row.reach_merged_into_id is not None
            or row.reach_restricted_at is not None
            or row.reach_status == ClientStatus.ERASED.value):
        return []

    def allowed(said: bool | None) -> bool:
        if purpose is ConsentPurpose.MARKETING:
            return said is True
        return said is not False

    found: list[tuple[Channel, str]] = []
    if row.mobile and allowed(row.said_sms):
        found.append((Channel.SMS, row.mobile))
    if row.reach_email and allowed(row.said_email):
        found.append((Channel.EMAIL, row.reach_email))
    if not found and purpose is ConsentPurpose.SERVICE and row.reach_address:
        town = " ".join(part for part in (row.reach_postal_code, row.reach_city) if part)
        found.append((Channel.LETTER, f"{row.reach_address}\n{town}".strip()))
    return found

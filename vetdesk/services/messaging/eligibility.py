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

from sqlalchemy import Select, select
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


def reach(session: Session, client_ids: Iterable[int] | Select[Any], purpose: ConsentPurpose
          ) -> dict[int, Reach]:
    """Every given client's reach for ``purpose``, in three statements whatever their number.
    ``client_ids`` may be a SELECT of ids (the due list passes its own, so thousands of ids
    never travel as parameters)."""
    ids: Any
    if isinstance(client_ids, Select):
        ids = client_ids
    else:
        ids = sorted(set(client_ids))
        if not ids:
            return {}
    clients = session.execute(
        select(Client.id, Client.email, Client.address, Client.postal_code, Client.city,
               Client.status, Client.erased_at, Client.merged_into_id, Client.restricted_at)
        .where(Client.id.in_(ids))).all()
    mobiles: dict[int, str] = {}
    for client_id, e164 in session.execute(
        select(ClientPhone.client_id, ClientPhone.e164)
        .where(ClientPhone.client_id.in_(ids), ClientPhone.kind == PhoneKind.MOBILE.value)
        .order_by(ClientPhone.client_id, ClientPhone.position.desc())
    ):
        mobiles[client_id] = e164  # the first position wins: it comes last
    decisions: dict[tuple[int, str, str], bool] = {}
    for client_id, row_purpose, channel, granted in session.execute(
        select(Consent.client_id, Consent.purpose, Consent.channel, Consent.granted)
        .where(Consent.client_id.in_(ids))
        .order_by(Consent.client_id, Consent.recorded_at, Consent.id)
    ):
        decisions[(client_id, row_purpose, channel)] = granted  # the newest decision wins
    result: dict[int, Reach] = {}
    for row in clients:
        result[row.id] = Reach(row.id, tuple(_channels(row, mobiles.get(row.id), decisions,
                                                       purpose)))
    return result


def _channels(row: Any, mobile: str | None,
              decisions: dict[tuple[int, str, str], bool],
              purpose: ConsentPurpose) -> list[tuple[Channel, str]]:
    if (row.erased_at is not None or row.merged_into_id is not None
            or row.restricted_at is not None or row.status == ClientStatus.ERASED.value):
        return []

    def allowed(channel: Channel) -> bool:
        said = decisions.get((row.id, purpose.value, channel.value))
        if purpose is ConsentPurpose.MARKETING:
            return said is True
        return said is not False

    found: list[tuple[Channel, str]] = []
    if mobile and allowed(Channel.SMS):
        found.append((Channel.SMS, mobile))
    if row.email and allowed(Channel.EMAIL):
        found.append((Channel.EMAIL, row.email))
    if not found and purpose is ConsentPurpose.SERVICE and row.address:
        town = " ".join(part for part in (row.postal_code, row.city) if part)
        found.append((Channel.LETTER, f"{row.address}\n{town}".strip()))
    return found

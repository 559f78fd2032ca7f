"""What the generator's parts share while one demo clinic is built."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from vetdesk.services.demo.random_tools import DemoRandom, oslo_date
from vetdesk.services.demo.writer import BulkWriter


@dataclass(frozen=True)
class Staff:
    """User ids of the people the demo writes in the name of."""

    vets: tuple[int, ...]
    nurse: int
    receptionist: int
    manager: int


@dataclass
class ClientInfo:
    """What later parts need to know about a generated client (kept for the whole run)."""

    id: int
    first_name: str
    last_name: str
    address: str
    created_at: dt.datetime
    mobile: str | None  # E.164
    email: str | None
    sms_service: bool
    email_service: bool
    marketing_sms_since: dt.datetime | None = None
    marketing_email_since: dt.datetime | None = None


@dataclass
class AnimalInfo:
    id: int
    name: str
    species: str
    owner: ClientInfo
    registered_at: dt.datetime
    deceased_on: dt.date | None
    # (owner, from) pairs in time order, for prescriptions and invoices written in the past.
    owners: list[tuple[ClientInfo, dt.date]] = field(default_factory=list)

    def owner_on(self, day: dt.date) -> ClientInfo:
        current = self.owners[0][0] if self.owners else self.owner
        for owner, since in self.owners:
            if since <= day:
                current = owner
        return current


@dataclass
class DemoState:
    rng: DemoRandom
    now: dt.datetime
    writer: BulkWriter
    staff: Staff
    drug_ids: dict[str, int] = field(default_factory=dict)
    parties_by_speciality: dict[str, int] = field(default_factory=dict)
    used_chips: set[str] = field(default_factory=set)
    used_phones: set[str] = field(default_factory=set)
    next_client_no: int = 10001

    @property
    def today(self) -> dt.date:
        return oslo_date(self.now)

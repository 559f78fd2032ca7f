"""The demo clinic's own staff accounts, added beside any users the database already has."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from vetdesk.db.models import User
from vetdesk.domain.codes import Role
from vetdesk.errors import ValidationError
from vetdesk.i18n import _
from vetdesk.security.passwords import hash_password
from vetdesk.security.scram import scram_verifier
from vetdesk.services.demo.state import Staff
from vetdesk.services.demo.writer import BulkWriter

# Printed by ``vetdesk demo`` and documented in the package docstring; demo databases only.
DEMO_PASSWORD = "demo-passord"


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    role: Role
    hpr_number: str | None = None


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("resepsjon", "Sigrid Haugland", Role.RECEPTIONIST),
    DemoUser("lie", "Ingrid Lie", Role.VETERINARIAN, "1234567"),
    DemoUser("berg", "Martin Berg", Role.VETERINARIAN, "7654321"),
    DemoUser("sykepleier", "Tone Aasheim", Role.NURSE),
    DemoUser("leder", "Marit Sørli", Role.MANAGER),
    DemoUser("admin", "Jon Åsen", Role.ADMINISTRATOR),
)


def add_staff(session: Session, writer: BulkWriter, now: dt.datetime) -> tuple[Staff, list[str]]:
    """Create the demo accounts whose usernames are free; returns who to write as, and who was
    created. The password is hashed once: argon2 is slow on purpose, six times would be felt."""
    existing = {
        row.username: (row.id, row.role)
        for row in session.execute(select(User.id, User.username, User.role))
    }
    on_server = session.get_bind().dialect.name == "postgresql"
    # PostgreSQL: each account is a login role made by the owner's function, which only
    # ever sees the SCRAM verifier (vetdesk/db/security/functions.py).
    secret = scram_verifier(DEMO_PASSWORD) if on_server else hash_password(DEMO_PASSWORD)
    created: list[str] = []
    for person in DEMO_USERS:
        if person.username in existing:
            continue
        if on_server:
            user_id = session.execute(
                text("SELECT vetdesk_create_user(:u, :n, :r, :h, :e, :v, 'demo')"),
                {"u": person.username, "n": person.full_name, "r": person.role.value,
                 "h": person.hpr_number, "e": f"{person.username}@example.org", "v": secret},
            ).scalar_one()
            existing[person.username] = (user_id, person.role.value)
            created.append(person.username)
            writer.counts["users"] += 1
            continue
        user_id = writer.next_id("users")
        writer.add("users", {
            "id": user_id, "username": person.username, "full_name": person.full_name,
            "role": person.role.value, "hpr_number": person.hpr_number,
            "email": f"{person.username}@example.org", "phone": None,
            "password_hash": secret, "active": True, "failed_signins": 0,
            "last_failed_signin_at": None, "last_signin_at": None, "created_at": now,
            "login_role": None,
        })
        existing[person.username] = (user_id, person.role.value)
        created.append(person.username)
    writer.flush()
    return _staff(session, existing), created


def _staff(session: Session, accounts: dict[str, tuple[int, str]]) -> Staff:
    def by_role(role: Role, preferred: tuple[str, ...]) -> list[int]:
        chosen = [accounts[name][0] for name in preferred
                  if name in accounts and accounts[name][1] == role.value]
        if chosen:
            return chosen
        return sorted(user_id for user_id, user_role in accounts.values()
                      if user_role == role.value)

    vets = by_role(Role.VETERINARIAN, ("lie", "berg"))
    if not vets:
        raise ValidationError(_(
            "The demo needs a veterinarian to write its journals, and the usernames “lie” and "
            "“berg” are taken by other roles; load the demo into an empty database instead."
        ))
    nurses = by_role(Role.NURSE, ("sykepleier",)) or vets
    receptionists = by_role(Role.RECEPTIONIST, ("resepsjon",)) or nurses
    managers = by_role(Role.MANAGER, ("leder",)) or by_role(Role.ADMINISTRATOR, ("admin",))
    session.flush()
    return Staff(vets=tuple(vets[:2]), nurse=nurses[0], receptionist=receptionists[0],
                 manager=(managers or vets)[0])

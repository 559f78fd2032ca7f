"""Postal code → town, so the town fills itself in (issue 8). From Posten's public register
when it was imported (``vetdesk postcodes import FILE``), otherwise learnt from the clinic's own
clients: the town most of them with that postal code have."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, insert, select

from vetdesk.db.models import Client, PostalCode
from vetdesk.domain.text import ascii_digits
from vetdesk.errors import ValidationError
from vetdesk.i18n import _
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require

# Small words Posten writes in capitals like the rest ("MO I RANA", "SANDE I VESTFOLD").
_LOWER_WORDS = frozenset({"i", "på", "og", "ved", "under", "over"})


@dataclass(frozen=True)
class PostalCodeRow:
    postal_code: str
    town: str
    municipality: str | None


@dataclass(frozen=True)
class PostcodeImport:
    imported: int
    skipped_lines: int


def town_for_postcode(ctx: ServiceContext, actor: Actor, postal_code: str) -> str | None:
    """The town for a Norwegian postal code, or None when neither Posten's register nor the
    clinic's clients know it."""
    require(actor, Permission.VIEW_CLIENTS)
    code = ascii_digits(postal_code.strip())
    if len(code) != 4 or not code.isdigit():
        return None
    with ctx.db.reading() as session:
        registered = session.execute(
            select(PostalCode.town).where(PostalCode.postal_code == code)
        ).scalar()
        if registered:
            return str(registered)
        count = func.count()
        town = session.execute(
            select(Client.city)
            .where(Client.postal_code == code, Client.city.is_not(None), Client.city != "",
                   Client.merged_into_id.is_(None))
            .group_by(Client.city)
            .order_by(count.desc(), Client.city)
            .limit(1)
        ).scalar()
    return str(town) if town else None


def town_name(text: str) -> str:
    """"BÆRUMS VERK" → "Bærums Verk", "MO I RANA" → "Mo i Rana"."""
    words = text.strip().lower().split()
    return " ".join(
        word if index and word in _LOWER_WORDS
        else "-".join(part.capitalize() for part in word.split("-"))
        for index, word in enumerate(words)
    )


def read_register(data: bytes) -> tuple[list[PostalCodeRow], int]:
    """Posten's register: tab-separated lines of postal code, town, municipality number,
    municipality and category, in UTF-8 or (older files) Windows-1252. A heading or any line
    that does not start with four digits is skipped and counted."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    rows: dict[str, PostalCodeRow] = {}
    skipped = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = [part.strip() for part in line.split("\t")]
        code = ascii_digits(parts[0]) if parts else ""
        if len(parts) < 2 or len(code) != 4 or not code.isdigit() or not parts[1]:
            skipped += 1
            continue
        municipality = town_name(parts[3]) if len(parts) > 3 and parts[3] else None
        rows[code] = PostalCodeRow(code, town_name(parts[1])[:100],
                                   municipality[:100] if municipality else None)
    return list(rows.values()), skipped


def import_postcodes(ctx: ServiceContext, actor: Actor, data: bytes) -> PostcodeImport:
    """Replace the register with ``data`` in one transaction (a newer file replaces an older)."""
    require(actor, Permission.MANAGE_SETTINGS)
    rows, skipped = read_register(data)
    if not rows:
        raise ValidationError(_(
            "No postal codes found: expected Posten's register, one postal code, tab and "
            "town per line."))
    with ctx.db.transaction() as session:
        session.execute(delete(PostalCode))
        session.execute(insert(PostalCode), [
            {"postal_code": r.postal_code, "town": r.town, "municipality": r.municipality}
            for r in rows
        ])
    return PostcodeImport(imported=len(rows), skipped_lines=skipped)

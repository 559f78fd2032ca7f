"""The drug catalogue: search as the front desk searches (folded), one product, and import.

The real source is the national catalogue (FEST); until a FEST reader exists, a CSV in the
documented columns (catalogue_file.py) is imported, and a small sample catalogue with made-up
varenummer ships for trying the program (``vetdesk drugs import --sample``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from vetdesk.db.models import Drug
from vetdesk.domain.codes import AuditAction
from vetdesk.domain.text import fold, search_key
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _, ngettext
from vetdesk.resources import resource_path
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.pharmacy.catalogue_file import DrugRow, read_catalogue
from vetdesk.services.pharmacy.types import DrugImport, DrugInfo

SEARCH_LIMIT = 30
SAMPLE = "sample"
IMPORTED = "import"
_KEY_LIMIT = 700


class CatalogueFileRefused(ValidationError):
    """The file has faults; ``problems`` lists each, "Line N: ..."; nothing was stored."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__(ngettext(
            "The catalogue was not imported: {count} problem in the file; correct it and "
            "import it again.",
            "The catalogue was not imported: {count} problems in the file; correct them and "
            "import it again.", len(problems)).format(count=len(problems)))
        self.problems = tuple(problems)


def drug_search_key(name: str, substances: str, number: str | None, atc: str | None) -> str:
    return search_key(name, substances, number, atc, limit=_KEY_LIMIT)


def search_drugs(ctx: ServiceContext, actor: Actor, text: str, *,
                 include_inactive: bool = False, limit: int = SEARCH_LIMIT) -> list[DrugInfo]:
    """Products whose name, substance, varenummer or ATC code hold every word typed
    ("metac", "meloksikam", "084512"); the exact varenummer first, then names that start
    with what was typed, then the rest by name."""
    require(actor, Permission.VIEW_CLIENTS)
    words = fold(text).split()
    if not words:
        return []
    conditions = [Drug.search_key.like(f"%{word}%") for word in words]
    if not include_inactive:
        conditions.append(Drug.active.is_(True))
    with ctx.db.reading() as session:
        rows = session.execute(
            select(Drug).where(and_(*conditions)).order_by(Drug.name).limit(200)
        ).scalars().all()
        found = [drug_info(row) for row in rows]
    query = fold(text)

    def rank(info: DrugInfo) -> tuple[int, str, str]:
        order = 0 if info.product_number == text.strip() else (
            1 if fold(info.name).startswith(query) else 2)
        return (order, fold(info.name), info.product_number or "")

    return sorted(found, key=rank)[:limit]


def get_drug(ctx: ServiceContext, actor: Actor, drug_id: int) -> DrugInfo:
    require(actor, Permission.VIEW_CLIENTS)
    with ctx.db.reading() as session:
        row = session.get(Drug, drug_id)
        if row is None:
            raise NotFound(_("That product is not in the catalogue; search for it again."))
        return drug_info(row)


def drug_info(row: Drug) -> DrugInfo:
    return DrugInfo(
        id=row.id, name=row.name, active_substances=row.active_substances, form=row.form,
        strength=row.strength, pack_sizes=split_packs(row.pack_size),
        product_number=row.product_number, atc_code=row.atc_code,
        antimicrobial=bool(row.antibiotic), vaccine=bool(row.vaccine),
        target_species=tuple(s for s in (row.target_species or "").split(",") if s),
        withdrawal_days=_days(row.withdrawal_days), sample=row.source == SAMPLE,
        active=bool(row.active),
    )


def split_packs(stored: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in stored.split(";") if p.strip())


def _days(stored: Any) -> dict[str, dict[str, int]]:
    if not isinstance(stored, dict):
        return {}
    return {str(species): {str(k): int(v) for k, v in produce.items() if isinstance(v, int)}
            for species, produce in stored.items() if isinstance(produce, dict)}


def import_drugs(ctx: ServiceContext, actor: Actor, data: bytes, *,
                 source: str = IMPORTED) -> DrugImport:
    """Add or update (by varenummer) every product of the file, in one transaction; a file
    with any fault is refused whole, with every fault listed by line."""
    require(actor, Permission.MANAGE_SETTINGS)
    parsed = read_catalogue(data)
    if parsed.problems:
        raise CatalogueFileRefused(parsed.problems)
    with ctx.db.transaction() as session:
        result = store_rows(session, parsed.rows, source=source)
        audit.record(session, ctx, actor, AuditAction.IMPORT, entity_type="drugs",
                     details={"added": result.added, "updated": result.updated,
                              "source": source})
    return result


def import_sample_catalogue(ctx: ServiceContext, actor: Actor) -> DrugImport:
    """The shipped sample catalogue (made-up varenummer, marked as sample data)."""
    return import_drugs(ctx, actor, sample_catalogue_bytes(), source=SAMPLE)


def sample_catalogue_bytes() -> bytes:
    return resource_path("drugs", "sample_catalogue.csv").read_bytes()


def store_rows(session: Session, rows: Iterable[DrugRow], *, source: str) -> DrugImport:
    wanted = {row.product_number: row for row in rows}
    existing = {
        drug.product_number: drug for drug in session.execute(
            select(Drug).where(Drug.product_number.in_(list(wanted)))
        ).scalars()
    } if wanted else {}
    added = 0
    for number, row in wanted.items():
        drug = existing.get(number)
        if drug is None:
            drug = Drug(product_number=number)
            session.add(drug)
            added += 1
        drug.name = row.name
        drug.active_substances = row.active_substances
        drug.form = row.form
        drug.strength = row.strength
        drug.pack_size = "; ".join(row.pack_sizes)[:100]
        drug.atc_code = row.atc_code
        drug.antibiotic = row.antimicrobial
        drug.vaccine = row.vaccine
        drug.target_species = ",".join(row.target_species) or None
        drug.withdrawal_days = row.withdrawal_days or None
        drug.source = source
        drug.search_key = drug_search_key(row.name, row.active_substances, number,
                                          row.atc_code)
        drug.active = True
    session.flush()
    return DrugImport(added=added, updated=len(wanted) - added)

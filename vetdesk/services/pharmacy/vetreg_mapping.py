"""The export file for the animal health portal's journal-system hub, in ONE place.

The portal's official field list is not public (DOMAIN.md): the columns below are VetDesk's
reading of the known data (FOR-2009-07-03-971) and MUST be checked with the portal
(Dyrehelseportalen / Animalia) before production. Change the names and order here only.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from vetdesk.services.pharmacy.types import VetRegEntry

COLUMNS: tuple[str, ...] = (
    "journal_reference", "date_of_use", "species", "production_category", "producer_number",
    "animal_identity", "individual_or_herd", "product_name", "varenummer", "amount",
    "amount_unit", "administered_by", "withdrawal_period", "veterinarian_hpr",
)


def export_rows(entries: Sequence[VetRegEntry]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for e in entries:
        writer.writerow((
            e.reference, e.used_on.isoformat(), e.species,
            e.production_category or "", e.producer_number or "", e.animal_identity,
            "individual" if e.individual else "herd", e.product_name, e.varenummer or "",
            "" if e.amount is None else format(e.amount, "f"), e.amount_unit or "",
            e.administered_by or "", e.withdrawal_period or "", e.vet_hpr or "",
        ))
    return out.getvalue().encode("utf-8")

"""Prescription tests' helpers: the sample catalogue loaded, and a form for one product."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from vetdesk.db.models import Drug
from vetdesk.resources import resource_path
from vetdesk.services.context import ServiceContext
from vetdesk.services.pharmacy.catalogue import store_rows
from vetdesk.services.pharmacy.catalogue_file import read_catalogue
from vetdesk.services.pharmacy.types import ItemInput, PrescriptionInput


def load_sample(ctx: ServiceContext) -> dict[str, int]:
    """The shipped sample catalogue, stored directly; varenummer → drug id."""
    rows = read_catalogue(resource_path("drugs", "sample_catalogue.csv").read_bytes()).rows
    with ctx.db.transaction() as session:
        store_rows(session, rows, source="sample")
        return {str(n): int(i) for n, i in session.execute(select(Drug.product_number, Drug.id))}


def one_item(drug_id: int | None, **changes: object) -> ItemInput:
    values: dict[str, object] = {"drug_id": drug_id, "packs": 1, "pack_size": "32 ml",
                                 "dosage": "0,1 mg/kg én gang daglig med fôret",
                                 "duration_days": 7}
    values.update(changes)
    return ItemInput(**values)  # type: ignore[arg-type]


def form_for(animal_id: int, *items: ItemInput, **changes: object) -> PrescriptionInput:
    return PrescriptionInput(id=uuid.uuid4(), animal_id=animal_id, items=items,
                             **changes)  # type: ignore[arg-type]

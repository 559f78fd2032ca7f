"""What keeps a prescription from being issued, field by field, in one sentence each.

Keys name the form's fields: ``items`` for the list, ``items.N.field`` for a line
(``drug``, ``quantity``, ``dosage``, ``duration_days``, ``withdrawal_period``, ``warnings``),
``valid_days``, ``cascade_statement``, ``art107_statement``, ``notes`` and ``hpr`` (the
vet's profile). Pure: the issuing service passes what it read.
"""

from __future__ import annotations

from collections.abc import Mapping

from vetdesk.domain import prescription_rules as rules
from vetdesk.domain import vetreg
from vetdesk.domain.codes import Species, species_name
from vetdesk.i18n import _
from vetdesk.services.pharmacy.types import DrugInfo, ItemInput, PrescriptionInput


def check_prescription(
    form: PrescriptionInput,
    drugs: Mapping[int, DrugInfo],
    *,
    species: Species,
    hpr_number: str | None,
    hpr_required: bool,
) -> dict[str, str]:
    problems: dict[str, str] = {}
    if hpr_required and not (hpr_number or "").strip():
        problems["hpr"] = _(
            "Your user profile has no HPR number, and the clinic requires one on "
            "prescriptions; ask the administrator to add it.")
    if not form.items:
        problems["items"] = _("Add at least one product.")
    elif len(form.items) > rules.MAX_ITEMS:
        problems["items"] = _("A prescription holds at most {count} products.").format(
            count=rules.MAX_ITEMS)
    for index, item in enumerate(form.items):
        for name, message in _item_problems(item, drugs, species).items():
            problems[f"items.{index}.{name}"] = message
    if form.valid_days is not None and not 1 <= form.valid_days <= rules.MAX_VALID_DAYS:
        problems["valid_days"] = _("The validity is 1 to {days} days (one year at most).").format(
            days=rules.MAX_VALID_DAYS)
    problems.update(_reporting_problems(form, species))
    for name, value in (("cascade_statement", form.cascade_statement),
                        ("art107_statement", form.art107_statement), ("notes", form.notes)):
        if len(value) > rules.STATEMENT_MAX:
            problems[name] = _("Shorten this to {limit} characters.").format(
                limit=rules.STATEMENT_MAX)
    return problems


def _item_problems(item: ItemInput, drugs: Mapping[int, DrugInfo], species: Species
                   ) -> dict[str, str]:
    problems: dict[str, str] = {}
    drug = drugs.get(item.drug_id) if item.drug_id is not None else None
    if item.drug_id is None:
        problems["drug"] = _("Choose a product from the catalogue.")
    elif drug is None:
        problems["drug"] = _("That product is not in the catalogue; search for it again.")
    elif not drug.active:
        problems["drug"] = _("{name} is no longer in the catalogue (withdrawn); choose "
                             "another product.").format(name=drug.name)
    elif not drug.vaccine and not drug.active_substances.strip():
        problems["drug"] = _("{name} has no active substance in the catalogue; only vaccines "
                             "may go without.").format(name=drug.name)
    if item.packs is not None:
        if not 1 <= item.packs <= rules.MAX_PACKS:
            problems["quantity"] = _("The number of packs must be 1 to {most}.").format(
                most=rules.MAX_PACKS)
        elif not item.pack_size.strip():
            problems["quantity"] = _("Choose the pack size.")
    elif not item.quantity.strip() or _is_zero(item.quantity):
        problems["quantity"] = _("Write the quantity, or the number and size of packs.")
    if len(item.quantity) > rules.QUANTITY_MAX or len(item.pack_size) > 100:
        problems["quantity"] = _("Shorten the quantity to {limit} characters.").format(
            limit=rules.QUANTITY_MAX)
    if not item.dosage.strip():
        problems["dosage"] = _("Write the dosage (how much, how often, how it is given).")
    elif len(item.dosage) > rules.DOSAGE_MAX:
        problems["dosage"] = _("Shorten the dosage to {limit} characters.").format(
            limit=rules.DOSAGE_MAX)
    if item.duration_days is not None and not 1 <= item.duration_days <= rules.MAX_DURATION_DAYS:
        problems["duration_days"] = _("The duration is 1 to {days} days.").format(
            days=rules.MAX_DURATION_DAYS)
    if rules.needs_withdrawal(species) and not item.withdrawal_period.strip():
        problems["withdrawal_period"] = _(
            "This animal is food-producing ({species}): write the withdrawal period, even "
            "when it is 0 days.").format(species=species_name(species.value))
    elif len(item.withdrawal_period) > rules.WITHDRAWAL_MAX:
        problems["withdrawal_period"] = _("Shorten the withdrawal period to {limit} "
                                          "characters.").format(limit=rules.WITHDRAWAL_MAX)
    if drug is not None and drug.antimicrobial and not item.warnings.strip():
        problems["warnings"] = _("An antimicrobial needs a warning on prudent use; the form "
                                 "fills in the standard text.")
    elif len(item.warnings) > rules.WARNINGS_MAX:
        problems["warnings"] = _("Shorten the warnings to {limit} characters.").format(
            limit=rules.WARNINGS_MAX)
    return problems


def _reporting_problems(form: PrescriptionInput, species: Species) -> dict[str, str]:
    """VetReg's data, optional on the form (the worklist shows what is missing), but what
    is given must be valid."""
    problems: dict[str, str] = {}
    categories = vetreg.CATEGORIES.get(species, ())
    if form.production_category and form.production_category not in categories:
        problems["production_category"] = _("Choose a production category for this species: "
                                            "{choices}.").format(choices=", ".join(categories)
                                                                 or "—")
    if form.administered_by and form.administered_by not in vetreg.ADMINISTERED_BY:
        problems["administered_by"] = _("Say who gives the medicine: the vet or the keeper.")
    if len(form.producer_number) > 20:
        problems["producer_number"] = _("The producer number has at most 20 characters.")
    for index, item in enumerate(form.items):
        if item.amount is not None and not 0 < item.amount < 100_000:
            problems[f"items.{index}.amount"] = _("The amount must be more than 0.")
        if item.amount is not None and item.amount_unit not in vetreg.UNITS:
            problems[f"items.{index}.amount"] = _("Give the amount in ml or g.")
    return problems


def _is_zero(text: str) -> bool:
    digits = "".join(ch for ch in text if ch.isdigit())
    return bool(digits) and int(digits) == 0 and not any(ch.isalpha() for ch in text)


def first_problem(problems: Mapping[str, str]) -> str:
    """The sentence the banner shows: the first problem, and how many more."""
    first = next(iter(problems.values()))
    if len(problems) == 1:
        return first
    return _("{first} ({count} more fields need attention.)").format(
        first=first, count=len(problems) - 1)

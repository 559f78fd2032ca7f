"""What keeps a prescription from being issued, field by field, in one sentence each.

Keys name the form's fields: ``items`` for the list, ``items.N.field`` for a line
(``drug``, ``quantity``, ``dosage``, ``duration_days``, ``withdrawal_period``, ``warnings``),
``valid_days``, ``cascade_statement``, ``art107_statement``, ``notes`` and ``hpr`` (the
vet's profile). Pure: the issuing service passes what it read. The checks of a product, a
withdrawal period, the producer and an amount are shared with medicine given without a
prescription (giving_rules.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from vetdesk.domain import prescription_rules as rules
from vetdesk.domain import vetreg
from vetdesk.domain.codes import Species, species_name
from vetdesk.i18n import _, ngettext
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
    wrong_drug = drug_problem(item.drug_id, drugs)
    if wrong_drug:
        problems["drug"] = wrong_drug
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
    wrong_withdrawal = withdrawal_problem(item.withdrawal_period, species)
    if wrong_withdrawal:
        problems["withdrawal_period"] = wrong_withdrawal
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
    problems = producer_problems(form.production_category, form.producer_number, species)
    if form.administered_by and form.administered_by not in vetreg.ADMINISTERED_BY:
        problems["administered_by"] = _("Say who gives the medicine: the vet or the keeper.")
    for index, item in enumerate(form.items):
        wrong_amount = amount_problem(item.amount, item.amount_unit)
        if wrong_amount:
            problems[f"items.{index}.amount"] = wrong_amount
    return problems


# -- the checks a prescription and medicine given share ------------------------------------

def drug_problem(drug_id: int | None, drugs: Mapping[int, DrugInfo]) -> str | None:
    """A product must be in the catalogue, active, and name its substances (vaccines
    excepted)."""
    drug = drugs.get(drug_id) if drug_id is not None else None
    if drug_id is None:
        return _("Choose a product from the catalogue.")
    if drug is None:
        return _("That product is not in the catalogue; search for it again.")
    if not drug.active:
        return _("{name} is no longer in the catalogue (withdrawn); choose another "
                 "product.").format(name=drug.name)
    if not drug.vaccine and not drug.active_substances.strip():
        return _("{name} has no active substance in the catalogue; only vaccines may go "
                 "without.").format(name=drug.name)
    return None


def withdrawal_problem(text: str, species: Species) -> str | None:
    """Required for food-producing animals and horses, even when it is 0 days."""
    if rules.needs_withdrawal(species) and not text.strip():
        return _("This animal is food-producing ({species}): write the withdrawal period, "
                 "even when it is 0 days.").format(species=species_name(species.value))
    if len(text) > rules.WITHDRAWAL_MAX:
        return _("Shorten the withdrawal period to {limit} characters.").format(
            limit=rules.WITHDRAWAL_MAX)
    return None


def producer_problems(category: str, producer_number: str, species: Species
                      ) -> dict[str, str]:
    """VetReg's production category and producer number: optional, valid when given."""
    problems: dict[str, str] = {}
    categories = vetreg.CATEGORIES.get(species, ())
    if category and category not in categories:
        problems["production_category"] = _("Choose a production category for this species: "
                                            "{choices}.").format(choices=", ".join(categories)
                                                                 or "—")
    if len(producer_number) > 20:
        problems["producer_number"] = _("The producer number has at most 20 characters.")
    return problems


def amount_problem(amount: Decimal | None, unit: str) -> str | None:
    """The amount reported to VetReg, in ml or g (None: not given)."""
    if amount is not None and (not amount.is_finite() or not 0 < amount < 100_000):
        return _("The amount must be more than 0.")
    if amount is not None and unit not in vetreg.UNITS:
        return _("Give the amount in ml or g.")
    return None


def _is_zero(text: str) -> bool:
    digits = "".join(ch for ch in text if ch.isdigit())
    return bool(digits) and int(digits) == 0 and not any(ch.isalpha() for ch in text)


def first_problem(problems: Mapping[str, str]) -> str:
    """The sentence the banner shows: the first problem, and how many more."""
    first = next(iter(problems.values()))
    if len(problems) == 1:
        return first
    more = len(problems) - 1
    return ngettext("{first} ({count} more field needs attention.)",
                    "{first} ({count} more fields need attention.)", more).format(
        first=first, count=more)

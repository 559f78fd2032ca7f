"""What keeps medicine given from being recorded, field by field, in one sentence each.

Keys name the form's fields: ``drug``, ``amount``, ``given_at``, ``withdrawal_period``,
``production_category``, ``producer_number`` and ``notes``. The product, withdrawal, producer
and amount checks are the prescription's own (validation.py). Pure: the service passes what
it read and the time the form names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from vetdesk.domain import prescription_rules as rules
from vetdesk.domain.codes import Species
from vetdesk.i18n import _
from vetdesk.services.pharmacy.types import DrugInfo, GivenInput
from vetdesk.services.pharmacy.validation import (
    amount_problem,
    drug_problem,
    producer_problems,
    withdrawal_problem,
)

# A workstation's clock may run a little ahead of the server's.
FUTURE_SLACK = dt.timedelta(minutes=5)
# As far back as the VetReg worklist looks (vetreg.LOOK_BACK_DAYS): older use recorded here
# would never be reported from it.
OLDEST = dt.timedelta(days=90)


def check_given(form: GivenInput, drugs: Mapping[int, DrugInfo], *, species: Species,
                given_at: dt.datetime | None, now: dt.datetime) -> dict[str, str]:
    """``given_at`` is the form's time in UTC, None when the clock never showed it (the
    caller has put that sentence under ``given_at`` already)."""
    problems: dict[str, str] = {}
    for name, message in (("drug", drug_problem(form.drug_id, drugs)),
                          ("withdrawal_period",
                           withdrawal_problem(form.withdrawal_period, species))):
        if message:
            problems[name] = message
    if form.amount is None:
        problems["amount"] = _("Write the amount given, in ml or g.")
    else:
        wrong = amount_problem(form.amount, form.amount_unit)
        if wrong:
            problems["amount"] = wrong
    if given_at is not None and given_at > now + FUTURE_SLACK:
        problems["given_at"] = _("The time it was given is in the future; check the date and "
                                 "time.")
    elif given_at is not None and given_at < now - OLDEST:
        problems["given_at"] = _("The time it was given is more than 90 days ago; check the "
                                 "date.")
    problems.update(producer_problems(form.production_category, form.producer_number, species))
    if len(form.notes) > rules.STATEMENT_MAX:
        problems["notes"] = _("Shorten this to {limit} characters.").format(
            limit=rules.STATEMENT_MAX)
    return problems

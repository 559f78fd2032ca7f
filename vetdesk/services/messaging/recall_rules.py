"""The clinic's recall rules: vaccinations by product and species, the annual check-up, the
control after an operation, and the reminder before an appointment (issue 11).

A signed vaccination uses them (services/journal/recalls.py): the next recall falls due the
rule's months later, and it completes the animal's open recalls of the same vaccine group.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import RecallRule
from vetdesk.domain.codes import AuditAction, RecallRuleKind, Species
from vetdesk.domain.text import clean_line, fold
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import N_, _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require

# What each kind of rule counts in, and the range a clinic may choose.
_RANGES: dict[RecallRuleKind, tuple[str, int, int]] = {
    RecallRuleKind.VACCINATION: ("months", 1, 120),
    RecallRuleKind.CHECKUP: ("months", 1, 60),
    RecallRuleKind.POSTOP: ("days", 1, 365),
    RecallRuleKind.APPOINTMENT: ("hours", 1, 168),
}
UNIT_NAMES = {"months": N_("months"), "days": N_("days"), "hours": N_("hours")}


@dataclass(frozen=True)
class RuleInput:
    kind: RecallRuleKind
    interval: int  # months, days or hours, as the kind counts (see ``unit_of``)
    product: str | None = None
    species: str | None = None  # None: every species
    vaccine_group: str | None = None


@dataclass(frozen=True)
class RuleView:
    id: int
    kind: str
    product: str | None
    species: str | None
    vaccine_group: str | None
    interval: int
    unit: str  # months, days, hours
    active: bool


def unit_of(kind: RecallRuleKind) -> str:
    return _RANGES[kind][0]


def _view(rule: RecallRule) -> RuleView:
    unit = unit_of(RecallRuleKind(rule.kind))
    return RuleView(rule.id, rule.kind, rule.product, rule.species or None, rule.vaccine_group,
                    int(getattr(rule, unit) or 0), unit, rule.active)


def list_rules(ctx: ServiceContext, actor: Actor) -> list[RuleView]:
    """Every rule, active first (anyone signed in may read them: the sender uses them)."""
    del actor
    with ctx.db.reading() as session:
        rules = session.execute(select(RecallRule).order_by(
            RecallRule.active.desc(), RecallRule.kind, RecallRule.species,
            RecallRule.product_key)).scalars().all()
        return [_view(rule) for rule in rules]


def _checked(rule: RuleInput) -> tuple[str | None, str, str, str | None]:
    problems: dict[str, str] = {}
    unit, low, high = _RANGES[rule.kind]
    if not low <= rule.interval <= high:
        problems["interval"] = _("Choose from {low} to {high} {unit}.").format(
            low=low, high=high, unit=_(UNIT_NAMES[unit]))
    product = clean_line(rule.product or "")[:200] or None
    if rule.kind is RecallRuleKind.VACCINATION and not product:
        problems["product"] = _("A vaccination rule needs the product, like Nobivac DHPPi.")
    species = (rule.species or "").strip()
    if species and species not in {s.value for s in Species}:
        problems["species"] = _("Unknown species “{species}”.").format(species=species)
    group = clean_line(rule.vaccine_group or "")[:100] or None
    if problems:
        raise ValidationError(" ".join(problems.values()), problems)
    return product, fold(product) if product else "", species, group


def save_rule(ctx: ServiceContext, actor: Actor, rule: RuleInput) -> RuleView:
    """Add the rule, or change the one for the same kind, product and species."""
    require(actor, Permission.EDIT_RECALL_RULES)
    product, product_key, species, group = _checked(rule)
    unit = unit_of(rule.kind)
    with ctx.db.transaction() as session:
        row = session.execute(select(RecallRule).where(
            RecallRule.kind == rule.kind.value, RecallRule.product_key == product_key,
            RecallRule.species == species)).scalar_one_or_none()
        if row is None:
            row = RecallRule(kind=rule.kind.value, product_key=product_key, species=species)
            session.add(row)
        row.product, row.vaccine_group, row.active = product, group, True
        row.months = row.days = row.hours = None
        setattr(row, unit, rule.interval)
        row.updated_at, row.updated_by_id = ctx.clock.now(), actor.user_id
        session.flush()
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="recall_rule",
                     entity_id=row.id, details={"fields": ["kind", unit]})
        return _view(row)


def retire_rule(ctx: ServiceContext, actor: Actor, rule_id: int) -> None:
    """Stop using a rule (kept, inactive, so what it did can still be explained)."""
    require(actor, Permission.EDIT_RECALL_RULES)
    with ctx.db.transaction() as session:
        row = session.get(RecallRule, rule_id)
        if row is None:
            raise NotFound(_("There is no recall rule {id}.").format(id=rule_id))
        row.active, row.updated_at, row.updated_by_id = False, ctx.clock.now(), actor.user_id
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="recall_rule",
                     entity_id=rule_id, details={"fields": ["active"]})


def kind_interval(session: Session, kind: RecallRuleKind) -> int | None:
    """The general rule's interval for a kind without products (check-up, post-op, appointment)."""
    unit = unit_of(kind)
    value = session.execute(select(getattr(RecallRule, unit)).where(
        RecallRule.kind == kind.value, RecallRule.active.is_(True),
        RecallRule.product_key == "", RecallRule.species == "")).scalar()
    return int(value) if value is not None else None


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later; the month's last day where it is shorter (31.01 → 28.02)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")

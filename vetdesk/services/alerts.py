"""Alerts on clients and animals ("bites when muzzled", "allergic to penicillin").

One rule for both: an alert needs a text, is added with the record or later, and is switched
off rather than deleted, so what staff were warned about stays on record.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from vetdesk.db.models import Animal, AnimalAlert, Client, ClientAlert
from vetdesk.domain.codes import AlertSeverity, AuditAction
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require

MAX_ALERT_LENGTH = 500


@dataclass(frozen=True)
class AlertInput:
    text: str
    severity: AlertSeverity = AlertSeverity.WARNING


def _checked_text(alert: AlertInput) -> str:
    text = alert.text.strip()
    if not text:
        raise ValidationError(_("Write what the alert should say."), {"alert": _("Enter a text.")})
    return text[:MAX_ALERT_LENGTH]


def client_alert(ctx: ServiceContext, actor: Actor, client_id: int, alert: AlertInput
                 ) -> ClientAlert:
    """A new alert row for a client (added to a session by the caller)."""
    return ClientAlert(client_id=client_id, text=_checked_text(alert),
                       severity=alert.severity.value, active=True, created_at=ctx.clock.now(),
                       created_by_id=actor.user_id)


def animal_alert(ctx: ServiceContext, actor: Actor, animal_id: int, alert: AlertInput
                 ) -> AnimalAlert:
    """A new alert row for an animal (added to a session by the caller)."""
    return AnimalAlert(animal_id=animal_id, text=_checked_text(alert),
                       severity=alert.severity.value, active=True, created_at=ctx.clock.now(),
                       created_by_id=actor.user_id)


def add_client_alert(ctx: ServiceContext, actor: Actor, client_id: int, alert: AlertInput) -> int:
    require(actor, Permission.EDIT_CLIENTS)
    with ctx.db.transaction() as session:
        return client_alert_added(session, ctx, actor, client_id, alert)


def add_animal_alert(ctx: ServiceContext, actor: Actor, animal_id: int, alert: AlertInput) -> int:
    require(actor, Permission.EDIT_CLIENTS)
    with ctx.db.transaction() as session:
        return animal_alert_added(session, ctx, actor, animal_id, alert)


def deactivate_client_alert(ctx: ServiceContext, actor: Actor, alert_id: int) -> None:
    require(actor, Permission.EDIT_CLIENTS)
    with ctx.db.transaction() as session:
        client_alert_switched_off(session, ctx, actor, alert_id)


def deactivate_animal_alert(ctx: ServiceContext, actor: Actor, alert_id: int) -> None:
    require(actor, Permission.EDIT_CLIENTS)
    with ctx.db.transaction() as session:
        animal_alert_switched_off(session, ctx, actor, alert_id)


# The same four as steps of the caller's transaction (the caller checked the permission), so
# a form's Save can add and switch off alerts in the transaction that saves its details.

def client_alert_added(session: Session, ctx: ServiceContext, actor: Actor, client_id: int,
                       alert: AlertInput) -> int:
    if session.get(Client, client_id) is None:
        raise NotFound(_("This client no longer exists; search again."))
    row = client_alert(ctx, actor, client_id, alert)
    return _added(session, ctx, actor, row, "client_alert", client_id, None)


def animal_alert_added(session: Session, ctx: ServiceContext, actor: Actor, animal_id: int,
                       alert: AlertInput) -> int:
    animal = session.get(Animal, animal_id)
    if animal is None:
        raise NotFound(_("This animal no longer exists; search again."))
    row = animal_alert(ctx, actor, animal_id, alert)
    return _added(session, ctx, actor, row, "animal_alert", animal.owner_id, animal_id)


def client_alert_switched_off(session: Session, ctx: ServiceContext, actor: Actor,
                              alert_id: int, *, client_id: int | None = None) -> None:
    """``client_id``, when given, is the client whose form asked: an alert of another
    client is not switched off from it."""
    row = session.get(ClientAlert, alert_id)
    if row is None or (client_id is not None and row.client_id != client_id):
        raise NotFound(_("This alert no longer exists."))
    _switched_off(session, ctx, actor, row, "client_alert", row.client_id, None)


def animal_alert_switched_off(session: Session, ctx: ServiceContext, actor: Actor,
                              alert_id: int, *, animal_id: int | None = None) -> None:
    row = session.get(AnimalAlert, alert_id)
    animal = session.get(Animal, row.animal_id) if row is not None else None
    if row is None or animal is None or (animal_id is not None and animal.id != animal_id):
        raise NotFound(_("This alert no longer exists."))
    _switched_off(session, ctx, actor, row, "animal_alert", animal.owner_id, animal.id)


def _added(session: Session, ctx: ServiceContext, actor: Actor, row: ClientAlert | AnimalAlert,
           entity_type: str, client_id: int, animal_id: int | None) -> int:
    session.add(row)
    session.flush()
    audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type=entity_type,
                 entity_id=row.id, client_id=client_id, animal_id=animal_id,
                 details={"added": True, "severity": row.severity})
    return row.id


def _switched_off(session: Session, ctx: ServiceContext, actor: Actor,
                  row: ClientAlert | AnimalAlert, entity_type: str, client_id: int,
                  animal_id: int | None) -> None:
    row.active = False
    audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type=entity_type,
                 entity_id=row.id, client_id=client_id, animal_id=animal_id,
                 details={"active": False})

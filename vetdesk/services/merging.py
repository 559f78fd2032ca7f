"""Merging two records of the same person: everything of one moves to the other."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from vetdesk.db.models import (
    Animal,
    Appointment,
    Client,
    ClientAlert,
    ClientPhone,
    Consent,
    Invoice,
    Message,
    Ownership,
    Reminder,
)
from vetdesk.domain.changes import Changes
from vetdesk.domain.codes import AuditAction, ClientStatus
from vetdesk.errors import NotFound, ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.conflicts import check_version
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require

# Rows that simply change hands: (model, its client column). Journals follow the animals.
_MOVED = (
    (Animal, Animal.owner_id),
    (Ownership, Ownership.client_id),
    (Appointment, Appointment.client_id),
    (Reminder, Reminder.client_id),
    (Message, Message.client_id),
    (Invoice, Invoice.client_id),
    (Consent, Consent.client_id),
    (ClientAlert, ClientAlert.client_id),
)


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    removed_id: int
    moved: dict[str, int]

    @property
    def changes(self) -> Changes:
        return Changes.of_clients(self.kept_id, self.removed_id)


def merge_clients(
    ctx: ServiceContext, actor: Actor, *, keep_id: int, remove_id: int,
    keep_version: int, remove_version: int,
) -> MergeResult:
    """Move everything of ``remove_id`` to ``keep_id`` in one transaction (manager/admin)."""
    require(actor, Permission.MERGE_CLIENTS)
    if keep_id == remove_id:
        raise ValidationError(_("Choose two different clients to merge."),
                              {"remove": _("Same client.")})
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        keep = session.get(Client, keep_id)
        remove = session.get(Client, remove_id)
        for client in (keep, remove):
            if client is None or client.erased_at is not None or client.merged_into_id is not None:
                raise NotFound(_("One of the clients no longer exists (erased or merged)."))
        assert keep is not None
        assert remove is not None
        check_version(session, keep, keep_version, keep.full_name)
        check_version(session, remove, remove_version, remove.full_name)
        moved: dict[str, int] = {}
        for model, column in _MOVED:
            result = session.execute(
                update(model).where(column == remove_id).values({column.key: keep_id})
                .execution_options(synchronize_session=False)
            )
            moved[model.__tablename__] = int(result.rowcount)  # type: ignore[attr-defined]
        moved["client_phones"] = _move_phones(session, keep_id, remove_id)
        for field in ("address", "postal_code", "city", "email", "birth_date", "org_number"):
            if getattr(keep, field) is None and getattr(remove, field) is not None:
                setattr(keep, field, getattr(remove, field))
        if remove.notes:
            keep.notes = f"{keep.notes}\n{remove.notes}" if keep.notes else remove.notes
        remove.merged_into_id = keep_id
        remove.status = ClientStatus.INACTIVE.value
        for client in (keep, remove):
            client.updated_at = now
            client.updated_by_id = actor.user_id
        session.flush()
        audit.record(session, ctx, actor, AuditAction.MERGE, entity_type="client",
                     entity_id=keep_id, client_id=keep_id,
                     details={"merged": remove_id, "merged_client_no": remove.client_no,
                              "moved": moved})
        return MergeResult(keep_id, remove_id, moved)


def _move_phones(session: Session, keep_id: int, remove_id: int) -> int:
    have = set(session.execute(
        select(ClientPhone.digits).where(ClientPhone.client_id == keep_id)).scalars())
    start = session.execute(
        select(func.coalesce(func.max(ClientPhone.position), -1))
        .where(ClientPhone.client_id == keep_id)).scalar_one()
    phones = session.execute(
        select(ClientPhone).where(ClientPhone.client_id == remove_id)
        .order_by(ClientPhone.position)).scalars().all()
    moved = 0
    for phone in phones:
        if phone.digits in have:
            session.delete(phone)
            continue
        start += 1
        phone.client_id = keep_id
        phone.position = start
        moved += 1
    return moved

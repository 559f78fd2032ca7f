"""What the client and animal forms' Save does, as one call and one transaction each: register
unless a duplicate turns up, and save an edit with its consent and alert changes.

Each Save composes session-taking steps under one ``transaction()`` (one user action, one
transaction): chaining the self-committing services left the details saved when a later step,
such as a blank new alert, was refused (issue 8)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from vetdesk.domain.animal_rules import AnimalInput
from vetdesk.domain.changes import Changes
from vetdesk.domain.client_rules import ClientInput
from vetdesk.services.alerts import (
    AlertInput,
    animal_alert_added,
    animal_alert_switched_off,
    client_alert_added,
    client_alert_switched_off,
)
from vetdesk.services.animals import AnimalSaved, animal_write_refusals, edit_animal
from vetdesk.services.clients import (
    ClientSaved,
    ConsentChoice,
    client_write_refusals,
    consents_step,
    edit_client,
    register_client,
    registered_client,
    validated_client,
)
from vetdesk.services.context import ServiceContext
from vetdesk.services.duplicates import DuplicateCandidate, find_duplicates
from vetdesk.services.permissions import Actor, Permission, require


@dataclass(frozen=True)
class RegisterOutcome:
    """Either the saved client, or the possible duplicates to show before saving."""

    saved: ClientSaved | None
    duplicates: tuple[DuplicateCandidate, ...] = ()

    @property
    def changes(self) -> Changes:
        return self.saved.changes if self.saved is not None else Changes()


def register_unless_duplicate(
    ctx: ServiceContext, actor: Actor, data: ClientInput, *,
    consents: Sequence[ConsentChoice] = (), alerts: Sequence[AlertInput] = (),
    anyway: bool = False, request_id: uuid.UUID | None = None,
) -> RegisterOutcome:
    """Check for duplicates right before saving (the form's live check may be a keystroke
    behind); save only when there are none or the user chose "save anyway".

    ``request_id`` is the form's (see :func:`register_client`); a retry whose first attempt
    did save gets that client back, not the client it saved offered as its own duplicate.
    """
    if request_id is not None and (first := registered_client(ctx, request_id)) is not None:
        return RegisterOutcome(first)
    if not anyway:
        duplicates = find_duplicates(ctx, actor, data)
        if duplicates:
            return RegisterOutcome(None, duplicates)
    saved = register_client(ctx, actor, data, consents=consents, alerts=alerts,
                            request_id=request_id)
    return RegisterOutcome(saved)


def save_client_edits(
    ctx: ServiceContext, actor: Actor, client_id: int, data: ClientInput, *,
    expected_version: int, consents: Sequence[ConsentChoice] = (),
    new_alert: AlertInput | None = None, removed_alerts: Sequence[int] = (),
) -> ClientSaved:
    """The client form's Save: details, consents and alerts in one transaction, so a step
    that is refused (a stale form, a blank alert) leaves nothing of the Save written."""
    require(actor, Permission.EDIT_CLIENTS)
    clean = validated_client(ctx, data)
    with client_write_refusals(ctx, client_id, data), ctx.db.transaction() as session:
        saved = edit_client(session, ctx, actor, client_id, clean,
                            expected_version=expected_version)
        if consents:
            consents_step(session, ctx, actor, client_id, consents)
        if new_alert is not None:
            client_alert_added(session, ctx, actor, client_id, new_alert)
        for alert_id in removed_alerts:
            client_alert_switched_off(session, ctx, actor, alert_id, client_id=client_id)
        return saved


def save_animal_edits(
    ctx: ServiceContext, actor: Actor, animal_id: int, data: AnimalInput, *,
    expected_version: int, new_alert: AlertInput | None = None,
    removed_alerts: Sequence[int] = (),
) -> AnimalSaved:
    """The animal form's Save for an existing animal: details, chip and alerts in one
    transaction."""
    require(actor, Permission.EDIT_CLIENTS)
    with animal_write_refusals(ctx, animal_id, data), ctx.db.transaction() as session:
        saved = edit_animal(session, ctx, actor, animal_id, data,
                            expected_version=expected_version)
        if new_alert is not None:
            animal_alert_added(session, ctx, actor, animal_id, new_alert)
        for alert_id in removed_alerts:
            animal_alert_switched_off(session, ctx, actor, alert_id, animal_id=animal_id)
        return saved

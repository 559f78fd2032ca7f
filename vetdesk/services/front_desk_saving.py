"""What the client form's Save does, as one call each: register unless a duplicate turns up,
and save an edit with its consent and alert changes."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from vetdesk.domain.client_rules import ClientInput
from vetdesk.services.alerts import AlertInput, add_client_alert, deactivate_client_alert
from vetdesk.services.clients import (
    ClientSaved,
    ConsentChoice,
    record_consents,
    register_client,
    registered_client,
    update_client,
)
from vetdesk.services.context import ServiceContext
from vetdesk.services.duplicates import DuplicateCandidate, find_duplicates
from vetdesk.services.permissions import Actor


@dataclass(frozen=True)
class RegisterOutcome:
    """Either the saved client, or the possible duplicates to show before saving."""

    saved: ClientSaved | None
    duplicates: tuple[DuplicateCandidate, ...] = ()


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
    """The details first (a stale form is refused before anything else is written), then the
    consents and alerts that changed."""
    saved = update_client(ctx, actor, client_id, data, expected_version=expected_version)
    if consents:
        record_consents(ctx, actor, client_id, consents)
    if new_alert is not None:
        add_client_alert(ctx, actor, client_id, new_alert)
    for alert_id in removed_alerts:
        deactivate_client_alert(ctx, actor, alert_id)
    return saved

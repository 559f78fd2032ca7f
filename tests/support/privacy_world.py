"""Privacy-panel calls set up for the permission matrix (tests/unit/test_permission_matrix.py):
each request is registered by a manager colleague, so the actor's permission is the only
reason left to refuse the call."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from tests.support.permission_world import World
from vetdesk.domain.codes import PrivacyRequestKind, Role
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy import anonymize as anonymize_module
from vetdesk.services.privacy import (
    consents,
    correction,
    erasure,
    records,
    requests,
    restriction,
    retention,
)
from vetdesk.services.privacy.export import export_client
from vetdesk.services.privacy.inspect import inspect_client


def _input(name: str = "Per Hansen") -> requests.RequestInput:
    return requests.RequestInput(kind=PrivacyRequestKind.ACCESS, received_on=dt.date(2026, 11, 2),
                                 request_id=uuid.uuid4(), subject_name=name)


def _registered(w: World) -> int:
    return requests.register_request(w.ctx, w.staff(Role.MANAGER), _input()).id


def register(w: World, a: Actor) -> Callable[[], Any]:
    return partial(requests.register_request, w.ctx, a, _input("Kari Ødegård"))


def register_list(w: World, a: Actor) -> Callable[[], Any]:
    _registered(w)
    return partial(requests.request_register, w.ctx, a)


def get(w: World, a: Actor) -> Callable[[], Any]:
    return partial(requests.get_request, w.ctx, a, _registered(w))


def extend(w: World, a: Actor) -> Callable[[], Any]:
    return partial(requests.extend_request, w.ctx, a, _registered(w),
                   new_due_on=dt.date(2027, 1, 2), reason="Mye å gå gjennom.",
                   told_on=dt.date(2026, 11, 20))


def complete(w: World, a: Actor) -> Callable[[], Any]:
    return partial(requests.complete_request, w.ctx, a, _registered(w), outcome="Innsyn gitt.")


def refuse(w: World, a: Actor) -> Callable[[], Any]:
    return partial(requests.refuse_request, w.ctx, a, _registered(w), reason="Ikke kunde her.")


def inspect(w: World, a: Actor) -> Callable[[], Any]:
    return partial(inspect_client, w.ctx, a, w.client().client_no)


def export(w: World, a: Actor) -> Callable[[], Any]:
    return partial(export_client, w.ctx, a, w.client().client_no)


def plan(w: World, a: Actor) -> Callable[[], Any]:
    return partial(erasure.erasure_plan, w.ctx, a, w.client().client_no)


def erase(w: World, a: Actor) -> Callable[[], Any]:
    return partial(erasure.erase_client, w.ctx, a, w.client().client_no)


def replay(w: World, a: Actor) -> Callable[[], Any]:
    return partial(erasure.replay_erasures, w.ctx, a, [])


def restrict(w: World, a: Actor) -> Callable[[], Any]:
    return partial(restriction.restrict_client, w.ctx, a, w.client().client_no)


def lift(w: World, a: Actor) -> Callable[[], Any]:
    return partial(restriction.lift_restriction, w.ctx, a, w.client().client_no)


def anonymize(w: World, a: Actor) -> Callable[[], Any]:
    w.client()
    return partial(anonymize_module.anonymized_copy, w.ctx, a, w.tmp_path / "copy.sqlite")


def record(w: World, a: Actor) -> Callable[[], Any]:
    return partial(records.record_of_processing, w.ctx, a)


def notice(w: World, a: Actor) -> Callable[[], Any]:
    return partial(records.privacy_notice, w.ctx, a)


def consent_letter(w: World, a: Actor) -> Callable[[], Any]:
    return partial(consents.consent_confirmation, w.ctx, a, w.client().client_no)


def retention_list(w: World, a: Actor) -> Callable[[], Any]:
    return partial(retention.retention_due, w.ctx, a)


def correct(w: World, a: Actor) -> Callable[[], Any]:
    return partial(correction.correct_client, w.ctx, a, w.client().client_no, "email",
                   "kari.ny@example.no", request_id=uuid.uuid4())


def purge(w: World, a: Actor) -> Callable[[], Any]:
    return partial(retention.purge_retention, w.ctx, a)

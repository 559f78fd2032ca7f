"""Reading and changing the clinic's settings (``vetdesk settings get/set/unset``, the Settings
page).

Reading needs no permission beyond being signed in: the sender of reminders reads the SMTP
settings, and none of them is personal data or a secret. Changing needs the settings
permission (practice manager, administrator); on PostgreSQL the grant says the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import ClinicSetting
from vetdesk.domain.codes import AuditAction
from vetdesk.domain.text import has_invisible
from vetdesk.errors import ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.settings.keys import MAX_VALUE_LENGTH, SettingKey, problem
from vetdesk.services.settings.registry import combinations, setting_keys


@dataclass(frozen=True)
class SettingValue:
    key: str
    value: str | None  # None: not set and no default
    is_default: bool
    description: str  # untranslated (N_) text


def known_key(name: str) -> SettingKey:
    key = setting_keys().get(name.strip().lower())
    if key is None and name.strip().lower().startswith(("hours.", "opening_hours.")):
        # Opening hours are per vet or room, not one key each (issue 11).
        raise ValidationError(_(
            "Opening hours are set per vet or room with `vetdesk calendar set-hours`, like "
            "`vetdesk calendar set-hours lie mandag \"08:00-16:00, pause 11:30-12:00\"`."))
    if key is None:
        raise ValidationError(_(
            "There is no setting “{key}”; `vetdesk settings list` shows them all."
        ).format(key=name))
    return key


def stored_settings(session: Session) -> dict[str, str]:
    """What the clinic has set, without defaults."""
    rows = session.execute(select(ClinicSetting.key, ClinicSetting.value)).all()
    return {row.key: row.value for row in rows}


def effective_settings(session: Session) -> dict[str, str]:
    """Every known key with a value: what is set, else the default."""
    stored = stored_settings(session)
    values = {name: key.default for name, key in setting_keys().items() if key.default is not None}
    values.update(stored)
    return values


def read_settings(ctx: ServiceContext, actor: Actor) -> list[SettingValue]:
    """Every known setting, in the registry's order."""
    del actor  # any signed-in person may read them
    with ctx.db.reading() as session:
        stored = stored_settings(session)
    return [
        SettingValue(name, stored.get(name, key.default), name not in stored, key.description)
        for name, key in setting_keys().items()
    ]


def read_setting(ctx: ServiceContext, actor: Actor, name: str) -> SettingValue:
    key = known_key(name)
    return next(s for s in read_settings(ctx, actor) if s.key == key.name)


def change_setting(ctx: ServiceContext, actor: Actor, name: str, text: str) -> SettingValue:
    """Check ``text`` for the key and store it (one transaction, audited by key only)."""
    require(actor, Permission.MANAGE_SETTINGS)
    key = known_key(name)
    if len(text) > MAX_VALUE_LENGTH or has_invisible(text):
        raise problem(key.name, _("{key} takes at most {count} visible characters.").format(
            key=key.name, count=MAX_VALUE_LENGTH))
    value = key.parse(text)
    with ctx.db.transaction() as session:
        after = effective_settings(session) | {key.name: value}
        _check_combinations(after)
        row = session.get(ClinicSetting, key.name)
        if row is None:
            session.add(ClinicSetting(key=key.name, value=value, updated_at=ctx.clock.now(),
                                      updated_by_id=actor.user_id))
        elif row.value != value:
            row.value, row.updated_at, row.updated_by_id = value, ctx.clock.now(), actor.user_id
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="setting",
                     entity_id=key.name, details={"fields": [key.name]})
    return SettingValue(key.name, value, False, key.description)


def unset_setting(ctx: ServiceContext, actor: Actor, name: str) -> SettingValue:
    """Remove the clinic's own value: the key is back at its default, or not set at all for
    an optional key without one (``sms.status_url``). One transaction, audited like a change."""
    require(actor, Permission.MANAGE_SETTINGS)
    key = known_key(name)
    if key.required and key.default is None:
        raise problem(key.name, _(
            "{key} has no default and VetDesk needs a value, so it cannot be unset; change it "
            "with `vetdesk settings set {key} VALUE`.").format(key=key.name))
    with ctx.db.transaction() as session:
        after = effective_settings(session)
        after.pop(key.name, None)
        if key.default is not None:
            after[key.name] = key.default
        _check_combinations(after)
        row = session.get(ClinicSetting, key.name)
        if row is not None:
            session.delete(row)
        audit.record(session, ctx, actor, AuditAction.CHANGE, entity_type="setting",
                     entity_id=key.name, details={"fields": [key.name], "unset": True})
    return SettingValue(key.name, key.default, True, key.description)


def _check_combinations(values: Mapping[str, str]) -> None:
    for check in combinations():
        found = check(values)
        if found is not None:
            name, message = found
            raise problem(name, message)

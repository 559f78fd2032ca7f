"""Every setting the program knows, gathered from the capabilities that declare them.

To add keys (opening hours, say): declare a tuple of ``SettingKey`` in the capability's own
module and add it to ``_GROUPS`` (and any cross-key check to ``_COMBINATIONS``).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from vetdesk.services.messaging import setting_keys as messaging
from vetdesk.services.messaging.templates import template_keys
from vetdesk.services.privacy.setting_keys import RETENTION_KEYS
from vetdesk.services.settings.keys import Combination, SettingKey

_GROUPS: tuple[tuple[SettingKey, ...], ...] = (
    messaging.SMTP_KEYS,
    messaging.SMS_KEYS,
    messaging.REMINDER_KEYS,
    template_keys(),
    RETENTION_KEYS,
)
_COMBINATIONS: tuple[Combination, ...] = messaging.COMBINATIONS


def setting_keys() -> Mapping[str, SettingKey]:
    """Name → key, in the order the groups list them (read-only)."""
    return MappingProxyType({key.name: key for group in _GROUPS for key in group})


def combinations() -> tuple[Combination, ...]:
    return _COMBINATIONS

"""The clinic's settings for the retention sweep (issue 10)."""

from __future__ import annotations

from vetdesk.domain import privacy_rules as rules
from vetdesk.i18n import N_
from vetdesk.services.settings.keys import SettingKey, whole_number

AUDIT_YEARS = "privacy.audit_years"
# The server function refuses a cut-off younger than the minimum too
# (vetdesk/db/security/retention.py).
DEFAULT_AUDIT_YEARS = rules.DEFAULT_AUDIT_YEARS
MIN_AUDIT_YEARS = rules.MIN_AUDIT_YEARS

RETENTION_KEYS: tuple[SettingKey, ...] = (
    SettingKey(AUDIT_YEARS, N_("how many years the audit log is kept before the retention "
                               "purge deletes its oldest entries"),
               whole_number(AUDIT_YEARS, MIN_AUDIT_YEARS, rules.MAX_AUDIT_YEARS),
               default=str(DEFAULT_AUDIT_YEARS)),
)

"""Where the SMTP password and the SMS gateway's token come from: an environment variable,
else the operating system's keyring; never the database or a settings file (issue 11)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from vetdesk.errors import CredentialStoreUnavailable
from vetdesk.security.credentials import CredentialStore

SMTP_PASSWORD_VARIABLE = "VETDESK_SMTP_PASSWORD"
SMS_TOKEN_VARIABLE = "VETDESK_SMS_TOKEN"


def smtp_account(username: str, host: str) -> str:
    return f"smtp:{username}@{host}"


def sms_account(url: str) -> str:
    return f"sms:{url}"


@dataclass(frozen=True)
class MessagingSecrets:
    environ: Mapping[str, str]
    store: CredentialStore | None = None

    def smtp_password(self, username: str, host: str) -> str | None:
        return self._find(SMTP_PASSWORD_VARIABLE, smtp_account(username, host))

    def sms_token(self, url: str) -> str | None:
        return self._find(SMS_TOKEN_VARIABLE, sms_account(url))

    def _find(self, variable: str, account: str) -> str | None:
        if self.environ.get(variable):
            return self.environ[variable]
        if self.store is None:
            return None
        try:
            return self.store.get_password(account)
        except CredentialStoreUnavailable:
            return None

"""E-mail over SMTP (smtplib): implicit TLS, STARTTLS, or plain to a server on this computer.

One connection serves many messages. MAIL FROM and RCPT TO are refused or accepted before
anything is handed over, so a failure there surely sent nothing (``NotSent``); once DATA has
begun, only the server's own refusal is certain, and a broken connection is ``MaybeSent``.
"""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formataddr, formatdate

from vetdesk.i18n import _
from vetdesk.messaging.network_words import why_unreachable
from vetdesk.messaging.outgoing import MaybeSent, NotSent, OutgoingMessage


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    security: str  # tls, starttls or none
    sender: str
    sender_name: str = ""
    username: str = ""
    password: str | None = None
    timeout: float = 30.0


def build_email(config: SmtpConfig, message: OutgoingMessage, *, now: float | None = None
                ) -> EmailMessage:
    email = EmailMessage()
    email["From"] = formataddr((config.sender_name, config.sender)) if config.sender_name \
        else config.sender
    email["To"] = message.recipient
    email["Subject"] = message.subject or ""
    email["Date"] = formatdate(now, localtime=False)
    email["Message-ID"] = message.reference
    email.set_content(message.body)
    if message.calendar:
        # An invitation the client's calendar offers to add (method REQUEST).
        email.add_attachment(message.calendar.encode("utf-8"), maintype="text",
                             subtype="calendar", filename="time.ics",
                             params={"method": "REQUEST", "charset": "utf-8"})
    return email


class SmtpTransport:
    def __init__(self, config: SmtpConfig, ssl_context: ssl.SSLContext | None = None) -> None:
        self._config = config
        self._context = ssl_context
        self._smtp: smtplib.SMTP | None = None

    def send(self, message: OutgoingMessage) -> str:
        email = build_email(self._config, message)
        smtp = self._connected()
        try:
            self._envelope(smtp, message.recipient)
        except smtplib.SMTPServerDisconnected:
            # The server closed an idle connection between two messages: once more, fresh.
            self.close()
            smtp = self._connected()
            self._envelope(smtp, message.recipient)
        try:
            # CRLF line ends, as SMTP requires: smtplib leaves bytes as they are.
            code, reply = smtp.data(email.as_bytes(policy=SMTP_POLICY))
        except smtplib.SMTPDataError as exc:
            self._reset(smtp)
            raise NotSent(_server_said(exc.smtp_code, exc.smtp_error),
                          permanent=exc.smtp_code >= 500) from exc
        except (smtplib.SMTPException, OSError) as exc:
            self.close()
            raise MaybeSent(_("The connection to the e-mail server broke while the message "
                              "was being handed over ({error}).").format(
                                  error=why_unreachable(exc))) from exc
        if code != 250:
            # smtplib hands back the server's answer to the message itself without raising:
            # a refusal here ("500 Line too long", "552 Too much mail data") is not a send.
            self._reset(smtp)
            raise NotSent(_server_said(code, reply), permanent=code >= 500)
        # Many servers say "250 2.0.0 Ok: queued as 4F2A1": keep that as the provider's id.
        return reply.decode("utf-8", "replace").strip()[:100] or message.reference

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                smtp.close()

    def _envelope(self, smtp: smtplib.SMTP, recipient: str) -> None:
        for code, reply in _steps(smtp, self._config.sender, recipient):
            if code not in (250, 251):
                self._reset(smtp)
                raise NotSent(_server_said(code, reply), permanent=code >= 500)

    def _reset(self, smtp: smtplib.SMTP) -> None:
        try:
            smtp.rset()
        except (smtplib.SMTPException, OSError):
            self.close()

    def _connected(self) -> smtplib.SMTP:
        if self._smtp is not None:
            return self._smtp
        config = self._config
        context = self._context or ssl.create_default_context()
        try:
            if config.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(config.host, config.port,
                                                      timeout=config.timeout, context=context)
            else:
                smtp = smtplib.SMTP(config.host, config.port, timeout=config.timeout)
                if config.security == "starttls":
                    smtp.starttls(context=context)
            if config.username:
                if config.password is None:
                    smtp.close()
                    raise NotSent(_("No password for the e-mail server: set "
                                    "VETDESK_SMTP_PASSWORD or store it in the keyring."),
                                  unreachable=True)
                smtp.login(config.username, config.password)
            smtp.ehlo_or_helo_if_needed()  # MAIL FROM is refused before a greeting
        except smtplib.SMTPAuthenticationError as exc:
            raise NotSent(_("The e-mail server refused the user name or password "
                            "({code}).").format(code=exc.smtp_code), unreachable=True) from exc
        except smtplib.SMTPNotSupportedError as exc:
            # Reached, but it offers no STARTTLS: a setting to change, not the network.
            raise NotSent(_("The e-mail server {host}:{port} does not offer an encrypted "
                            "connection (STARTTLS); if it takes TLS from the start, set "
                            "smtp.security to tls, or ask the e-mail provider. The messages "
                            "stay queued.").format(host=config.host, port=config.port),
                          unreachable=True) from exc
        except (smtplib.SMTPException, OSError) as exc:
            raise NotSent(_("The e-mail server {host}:{port} cannot be reached ({error}); "
                            "the messages stay queued and are tried again later.").format(
                                host=config.host, port=config.port,
                                error=why_unreachable(exc)),
                          unreachable=True) from exc
        self._smtp = smtp
        return smtp


def _steps(smtp: smtplib.SMTP, sender: str, recipient: str) -> Iterator[tuple[int, bytes]]:
    """MAIL FROM, then RCPT TO (only if the first was accepted: the caller stops there)."""
    yield smtp.mail(sender)
    yield smtp.rcpt(recipient)


def _server_said(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return _("The e-mail server refused the message: {code} {reply}").format(
        code=code, reply=" ".join(text.split())[:200])

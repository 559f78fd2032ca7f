"""The adapters the clinic's settings describe, ready for ``send_queued``."""

from __future__ import annotations

import ssl
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select

from vetdesk.db.models import Clinic
from vetdesk.domain.codes import Channel
from vetdesk.i18n import _
from vetdesk.messaging.email_smtp import SmtpConfig, SmtpTransport
from vetdesk.messaging.sms_gateway import SmsConfig, SmsGatewayTransport
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.secrets import MessagingSecrets
from vetdesk.services.messaging.sending import (
    SendReport,
    TransportOpener,
    email_reference,
    send_queued,
)
from vetdesk.services.permissions import Actor
from vetdesk.services.settings.store import effective_settings


@dataclass
class Channels:
    transports: dict[str, TransportOpener] = field(default_factory=dict)
    references: dict[str, Callable[[uuid.UUID], str]] = field(default_factory=dict)
    not_configured: dict[str, str] = field(default_factory=dict)


def smtp_config(settings: Mapping[str, str], clinic_name: str,
                secrets: MessagingSecrets) -> SmtpConfig | None:
    host, sender = settings.get("smtp.host"), settings.get("smtp.sender")
    if not host or not sender:
        return None
    security = settings.get("smtp.security", "starttls")
    port = int(settings.get("smtp.port") or (465 if security == "tls" else 587))
    username = settings.get("smtp.username", "")
    return SmtpConfig(
        host=host, port=port, security=security, sender=sender, sender_name=clinic_name,
        username=username,
        password=secrets.smtp_password(username, host) if username else None,
        timeout=float(settings.get("smtp.timeout", "30")),
    )


def configured_channels(ctx: ServiceContext, secrets: MessagingSecrets,
                        ssl_context: ssl.SSLContext | None = None) -> Channels:
    with ctx.db.reading() as session:
        settings = effective_settings(session)
        clinic_name = session.execute(select(Clinic.name).limit(1)).scalar() or ""
    channels = Channels()
    config = smtp_config(settings, clinic_name, secrets)
    if config is None:
        channels.not_configured[Channel.EMAIL.value] = _(
            "E-mail is not set up: set smtp.host and smtp.sender (vetdesk settings set).")
    else:
        smtp = config
        channels.transports[Channel.EMAIL.value] = lambda: SmtpTransport(smtp, ssl_context)
        channels.references[Channel.EMAIL.value] = email_reference(config.sender)
    sms = sms_config(settings, secrets)
    if sms is None:
        channels.not_configured[Channel.SMS.value] = _(
            "SMS is not set up: set sms.url (vetdesk settings set).")
    else:
        gateway = sms
        channels.transports[Channel.SMS.value] = lambda: SmsGatewayTransport(gateway)
    return channels


def sms_config(settings: Mapping[str, str], secrets: MessagingSecrets) -> SmsConfig | None:
    url = settings.get("sms.url")
    if not url:
        return None
    return SmsConfig(
        url=url, body=settings["sms.body"], sender=settings["sms.sender"],
        auth=settings["sms.auth"], username=settings.get("sms.username", ""),
        token=secrets.sms_token(url), timeout=float(settings["sms.timeout"]))


def send_outbox(ctx: ServiceContext, actor: Actor, secrets: MessagingSecrets, *,
                ssl_context: ssl.SSLContext | None = None, limit: int | None = None,
                should_stop: Callable[[], bool] | None = None,
                progress: Callable[[int, int], None] | None = None) -> SendReport:
    """Send what is queued over every channel the settings set up."""
    channels = configured_channels(ctx, secrets, ssl_context)
    return send_queued(ctx, actor, channels.transports, references=channels.references,
                       not_configured=channels.not_configured, limit=limit,
                       should_stop=should_stop, progress=progress)

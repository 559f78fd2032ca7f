"""A real SMTP server on this computer (aiosmtpd) that remembers exactly what arrived."""

from __future__ import annotations

import email
import email.policy
import socket
import ssl
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass(frozen=True)
class Arrival:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes

    @property
    def message(self) -> Message:
        return email.message_from_bytes(self.raw, policy=email.policy.default)


@dataclass
class Inbox:
    arrivals: list[Arrival] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Called (in the server's thread) after each arrival is recorded, before the reply.
    after_arrival: Callable[[int], None] | None = None
    # Replies to give instead of accepting: (recipient → "550 5.1.1 No such user").
    refuse: dict[str, str] = field(default_factory=dict)
    # Answers to the message itself (after DATA), by recipient: "552 5.3.4 Message too big".
    refuse_data: dict[str, str] = field(default_factory=dict)

    def recipients(self) -> list[str]:
        with self.lock:
            return [to for a in self.arrivals for to in a.rcpt_tos]


class _Handler:
    def __init__(self, inbox: Inbox) -> None:
        self.inbox = inbox

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          rcpt_options: list[str]) -> str:
        if address in self.inbox.refuse:
            return self.inbox.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        for address in envelope.rcpt_tos:
            if address in self.inbox.refuse_data:
                return self.inbox.refuse_data[address]
        with self.inbox.lock:
            self.inbox.arrivals.append(Arrival(envelope.mail_from, tuple(envelope.rcpt_tos),
                                               bytes(envelope.original_content)))
            count = len(self.inbox.arrivals)
        if self.inbox.after_arrival is not None:
            self.inbox.after_arrival(count)
        return f"250 2.0.0 Ok: queued as Q{count:05d}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """(certificate, key) for 127.0.0.1, made with openssl."""
    cert, key = directory / "smtp-cert.pem", directory / "smtp-key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True)
    return cert, key


class MailServer:
    """``with MailServer() as server:`` plain SMTP; with ``tls=(cert, key)`` STARTTLS is
    required and, with ``login=(user, password)``, so is AUTH LOGIN/PLAIN."""

    def __init__(self, *, tls: tuple[Path, Path] | None = None,
                 login: tuple[str, str] | None = None) -> None:
        self.inbox = Inbox()
        self.port = free_port()
        kwargs: dict[str, Any] = {}
        if tls is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(tls[0]), str(tls[1]))
            kwargs.update(tls_context=context, require_starttls=True)
        if login is not None:
            def authenticate(server: Any, session: Any, envelope: Any, mechanism: str,
                             data: Any) -> AuthResult:
                ok = (isinstance(data, LoginPassword)
                      and (data.login.decode(), data.password.decode()) == login)
                return AuthResult(success=ok, handled=False)
            kwargs.update(authenticator=authenticate, auth_required=True,
                          auth_require_tls=tls is not None)
        self._controller = Controller(_Handler(self.inbox), hostname="127.0.0.1",
                                      port=self.port, **kwargs)

    def __enter__(self) -> MailServer:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()

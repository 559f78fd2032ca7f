"""Adapters that hand messages to the outside world: SMTP e-mail and an HTTP SMS gateway.

No Qt and no database here: an adapter gets an ``OutgoingMessage`` and either returns the
provider's id, or raises ``NotSent`` (surely nothing went out) or ``MaybeSent`` (the message
may have gone out: never resend blindly).
"""

"""The consent rules at the write, for the server functions that queue a message the program
rendered from its read a round trip before: a booking's confirmation (booking.py), the
notice of a move or a cancellation (appointment_changes.py).

The rules are services/messaging/eligibility.py's, for service messages (the db layer does
not import services): the client is not restricted (GDPR art. 18), erased or merged away,
the newest service consent for the message's channel is not a refusal, and the recipient is
still the client's current mobile number or e-mail address. With the clinic's switch for the
kind of message, that is everything the program's read decided on; whatever changed since
(another desk, the privacy officer, the client on the phone) is seen here, and the message
is not queued rather than sent against a restriction or a refusal made a moment before.
"""

from __future__ import annotations

from vetdesk.domain.codes import Channel, ClientStatus, ConsentPurpose, PhoneKind


def may_still_go(message: str, client_id: str, switch: str) -> str:
    """A PL/pgSQL condition: true when ``message`` (a json expression with ``channel`` and
    ``recipient``) may still go to the client ``client_id`` and the clinic has not switched
    ``switch`` off. Reads clinic_settings, clients, consents and client_phones: put it
    where a message is known to exist, so that a caller who sends none needs no grants on
    them (PostgreSQL checks every table of a statement, run or not)."""
    return f"""(NOT EXISTS (
                SELECT 1 FROM clinic_settings s
                WHERE s.key = '{switch}' AND s.value = '0')
            AND EXISTS (
                SELECT 1 FROM clients c
                WHERE c.id = {client_id} AND c.erased_at IS NULL AND c.merged_into_id IS NULL
                  AND c.restricted_at IS NULL AND c.status <> '{ClientStatus.ERASED.value}'
                  AND (SELECT k.granted FROM consents k
                       WHERE k.client_id = c.id AND k.purpose = '{ConsentPurpose.SERVICE.value}'
                         AND k.channel = {message}->>'channel'
                       ORDER BY k.recorded_at DESC, k.id DESC LIMIT 1) IS DISTINCT FROM false
                  AND {message}->>'recipient' = CASE {message}->>'channel'
                      WHEN '{Channel.SMS.value}' THEN (
                          SELECT p.e164 FROM client_phones p
                          WHERE p.client_id = c.id AND p.kind = '{PhoneKind.MOBILE.value}'
                          ORDER BY p.position, p.id LIMIT 1)
                      WHEN '{Channel.EMAIL.value}' THEN c.email END))"""

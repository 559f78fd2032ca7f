"""Whether a message rendered from an earlier read may still go, checked in the transaction
that queues it (SQLite's booking; on PostgreSQL the server functions do the same,
vetdesk/db/security/message_recheck.py).

The rules are eligibility.py's for service messages, on what the database holds now: the
client may still be reached on the message's channel at the message's address (not
restricted, erased or merged away, the channel not refused, the mobile number or e-mail
address unchanged), and the clinic has not switched this kind of message off.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vetdesk.db.models import ClinicSetting
from vetdesk.domain.codes import ConsentPurpose
from vetdesk.services.messaging.eligibility import reach
from vetdesk.services.messaging.outbox import MessageDraft


def may_still_go(session: Session, draft: MessageDraft, switch: str) -> bool:
    """True when ``draft`` may still be queued: ``switch`` is not "0" and the client's
    reach for service messages still holds the draft's channel with its recipient."""
    if draft.client_id is None:
        return False
    if session.execute(select(ClinicSetting.value).where(
            ClinicSetting.key == switch)).scalar_one_or_none() == "0":
        return False
    found = reach(session, [draft.client_id], ConsentPurpose.SERVICE).get(draft.client_id)
    return found is not None and (draft.channel, draft.recipient) in found.channels

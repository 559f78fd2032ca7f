"""A child process that types a journal draft, saving after every word, until it is killed.

Run as ``python -m tests.support.journal_typist URL USER_ID ANIMAL_ID DRAFT_ID``. It goes in
step with the parent so the test knows exactly where it stands, whatever the machine's load:
for each word it waits for a line on stdin (end of input: stop), prints "saving N", saves,
and prints "saved N" once the save has committed. The parent kills it after a "saving N", so
the kill lands while that save is under way (or just before it starts).
"""

from __future__ import annotations

import datetime as dt
import sys
import uuid

from vetdesk.db.opening import open_database
from vetdesk.domain.codes import JournalKind, Role
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import DraftInput, save_draft
from vetdesk.services.permissions import Actor

WORDS = [
    "Bamse", "halter", "på", "høyre", "bakben", "etter", "tur", "i", "skogen", "i", "går", "kveld",
]
# The owner rang this long before the consultation: the time help was asked for must survive
# the crash with the text (issue 8).
ASKED_BEFORE = dt.timedelta(minutes=40)


def typed_text(words: int) -> str:
    return " ".join(WORDS[i % len(WORDS)] for i in range(words))


def main(argv: list[str]) -> None:
    url, user_id, animal_id, draft_id = argv
    db = open_database(url, now=dt.datetime.now(dt.UTC))
    ctx = ServiceContext(db=db, workstation="typist")
    actor = Actor(int(user_id), "lie", "Ingrid Lie", Role.VETERINARIAN)
    started = dt.datetime.now(dt.UTC).replace(microsecond=0)
    words = 0
    while sys.stdin.readline():
        words += 1
        print(f"saving {words}", flush=True)
        save_draft(ctx, actor, DraftInput(
            id=uuid.UUID(draft_id), animal_id=int(animal_id), kind=JournalKind.CONSULTATION,
            event_time=started, content={"anamnesis": typed_text(words)},
            help_requested_at=started - ASKED_BEFORE,
        ))
        print(f"saved {words}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])

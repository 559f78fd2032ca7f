"""A child process that types a journal draft, saving after every word, until it is killed.

Run as ``python -m tests.support.journal_typist URL USER_ID ANIMAL_ID DRAFT_ID``; prints
"saved N" after each committed save so the parent knows how far it got.
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


def typed_text(words: int) -> str:
    return " ".join(WORDS[i % len(WORDS)] for i in range(words))


def main(argv: list[str]) -> None:
    url, user_id, animal_id, draft_id = argv
    db = open_database(url, now=dt.datetime.now(dt.UTC))
    ctx = ServiceContext(db=db, workstation="typist")
    actor = Actor(int(user_id), "lie", "Ingrid Lie", Role.VETERINARIAN)
    started = dt.datetime.now(dt.UTC)
    words = 0
    while True:
        words += 1
        save_draft(ctx, actor, DraftInput(
            id=uuid.UUID(draft_id), animal_id=int(animal_id), kind=JournalKind.CONSULTATION,
            event_time=started, content={"anamnesis": typed_text(words)},
        ))
        print(f"saved {words}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])

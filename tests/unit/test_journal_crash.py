"""A process killed while a draft is being typed leaves the draft readable on restart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

from tests.support.journal_data import add_patient
from tests.support.journal_typist import typed_text
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import get_draft
from vetdesk.services.permissions import Actor

ROOT = Path(__file__).resolve().parents[2]


def test_a_killed_typist_loses_at_most_the_last_save(
    ctx: ServiceContext, vet: Actor, clinic: None, db_url: str
) -> None:
    patient = add_patient(ctx)
    draft_id = uuid.uuid4()
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.support.journal_typist", db_url, str(vet.user_id),
         str(patient.animal_id), str(draft_id)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    last_reported = 0
    try:
        assert child.stdout is not None
        for line in child.stdout:
            last_reported = int(line.split()[1])
            if last_reported >= 25:
                # Mid-typing: the next save is probably under way as the power goes.
                os.kill(child.pid, signal.SIGKILL)
                break
    finally:
        child.kill()
        _, errors = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, errors
    ctx.db.dispose()
    draft = get_draft(ctx, vet, draft_id)
    text = draft.content["anamnesis"]
    # Everything reported as saved is there; at most one more save made it before the kill.
    assert text in (typed_text(last_reported), typed_text(last_reported + 1))

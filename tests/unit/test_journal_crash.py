"""A process killed while a draft is being typed leaves the draft readable on restart.

The typist child goes in step with the test (tests/support/journal_typist.py): the test reads
its unbuffered output with a timeout, so it knows exactly which save was under way at the
kill, however slow the machine, and never hangs on a child that died or stopped.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import IO

from tests.support.journal_data import add_patient
from tests.support.journal_typist import ASKED_BEFORE, typed_text
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import get_draft
from vetdesk.services.permissions import Actor

ROOT = Path(__file__).resolve().parents[2]
# Far longer than a save takes on a loaded machine; only a broken child gets near it.
LINE_TIMEOUT = 60.0
KILL_AFTER = 25


def _line(child: subprocess.Popen[bytes], errors: IO[bytes]) -> str:
    """The child's next output line, read straight from the pipe (no buffering to run ahead
    of), or a failure naming what it wrote to stderr."""
    assert child.stdout is not None
    fd = child.stdout.fileno()
    deadline = time.monotonic() + LINE_TIMEOUT
    got = b""
    while not got.endswith(b"\n"):
        left = deadline - time.monotonic()
        ready, _, _ = select.select([fd], [], [], max(left, 0))
        chunk = os.read(fd, 1) if ready else b""
        if not chunk:
            errors.seek(0)
            raise AssertionError(
                f"typist gave no line ({'ended' if ready else 'timed out'}): "
                f"{errors.read().decode(errors='replace')}")
        got += chunk
    return got.decode().strip()


def _step(child: subprocess.Popen[bytes]) -> None:
    assert child.stdin is not None
    child.stdin.write(b"go\n")
    child.stdin.flush()


def test_a_killed_typist_loses_at_most_the_save_under_way(
    ctx: ServiceContext, vet: Actor, clinic: None, db_url: str
) -> None:
    patient = add_patient(ctx)
    draft_id = uuid.uuid4()
    # stderr to a file: a pipe nobody reads could fill and stall the child.
    with tempfile.TemporaryFile() as errors:
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.support.journal_typist", db_url, str(vet.user_id),
             str(patient.animal_id), str(draft_id)],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors, bufsize=0,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        try:
            for words in range(1, KILL_AFTER + 1):
                _step(child)
                assert _line(child, errors) == f"saving {words}"
                assert _line(child, errors) == f"saved {words}"
            _step(child)
            assert _line(child, errors) == f"saving {KILL_AFTER + 1}"
            # The power goes while save 26 is under way.
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=LINE_TIMEOUT)
        finally:
            child.kill()
            child.wait(timeout=LINE_TIMEOUT)
            for pipe in (child.stdin, child.stdout):
                if pipe is not None:
                    pipe.close()
        assert child.returncode == -signal.SIGKILL
    ctx.db.dispose()
    draft = get_draft(ctx, vet, draft_id)
    # Every save reported as committed is there; the one under way may or may not be.
    assert draft.content["anamnesis"] in (typed_text(KILL_AFTER), typed_text(KILL_AFTER + 1))
    # The time help was asked for survived with the text.
    assert draft.help_requested_at == draft.event_time - ASKED_BEFORE

"""What every service call is given: the database and the injected surroundings."""

from __future__ import annotations

import platform
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from vetdesk.clock import Clock, SystemClock
from vetdesk.db.database import Database


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    clock: Clock = field(default_factory=SystemClock)
    # Recorded in the audit log so "who" includes "from which computer".
    workstation: str = field(default_factory=platform.node)
    # Waiting is injected so tests of the sign-in delay do not really wait.
    sleep: Callable[[float], None] = time.sleep

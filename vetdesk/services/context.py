"""What every service call is given: the database and the injected surroundings."""

from __future__ import annotations

import platform
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from vetdesk.clock import Clock, SystemClock
from vetdesk.db.database import Database

# The clinic's zone until the composition root has read its setting (local_time.py); also a
# new clinic's setting, so a test's context and a fresh clinic agree.
DEFAULT_ZONE = ZoneInfo("Europe/Oslo")


class ClinicZone:
    """The clinic's time zone setting as this program run has learnt it.

    Made by the composition root with the context and handed down inside it; the root fills
    it in once the database can be read (after sign-in on a server, where the command line
    has already handed the context to the command), so it is one shared object rather than a
    field of the frozen context.
    """

    def __init__(self, zone: ZoneInfo = DEFAULT_ZONE) -> None:
        self.zone = zone


@dataclass(frozen=True)
class ServiceContext:
    db: Database
    clock: Clock = field(default_factory=SystemClock)
    # Recorded in the audit log so "who" includes "from which computer".
    workstation: str = field(default_factory=platform.node)
    # Waiting is injected so tests of the sign-in delay do not really wait.
    sleep: Callable[[float], None] = time.sleep
    # The clinic's time zone setting, learnt at start-up (local_time.learn_clinic_zone):
    # "today", day boundaries and times in messages and on screen follow it.
    clinic_zone: ClinicZone = field(default_factory=ClinicZone)

    @property
    def zone(self) -> ZoneInfo:
        return self.clinic_zone.zone

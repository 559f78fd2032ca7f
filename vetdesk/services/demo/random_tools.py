"""The demo's one source of chance: a seeded ``random.Random`` plus the helpers every part needs.

Everything the generator draws comes from here, in a fixed order, so one seed gives one clinic.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Sequence
from typing import TypeVar
from zoneinfo import ZoneInfo

T = TypeVar("T")
OSLO = ZoneInfo("Europe/Oslo")


class DemoRandom(random.Random):
    """``random.Random`` with the few extra draws the demo keeps needing."""

    def randint(self, a: int, b: int) -> int:
        # random.Random.randint goes through randrange's checks and rejection sampling, about
        # four times slower; the demo draws millions of small integers, and exactness of the
        # distribution at the 1e-16 level does not matter here.
        return a + int(self.random() * (b - a + 1))

    def uuid(self) -> uuid.UUID:
        # Client-generated ids (DESIGN.md) drawn from the seed keep the demo reproducible.
        return uuid.UUID(int=self.getrandbits(128), version=4)

    def chance(self, probability: float) -> bool:
        return self.random() < probability

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.random() * len(items))]

    def date_between(self, first: dt.date, last: dt.date) -> dt.date:
        span = (last - first).days
        return first + dt.timedelta(days=self.randint(0, max(span, 0)))

    def working_moment(
        self, day: dt.date, *, first_hour: int = 8, last_hour: int = 16
    ) -> dt.datetime:
        """A moment on a weekday during opening hours (Oslo time), returned in UTC."""
        while day.weekday() >= 5:
            day -= dt.timedelta(days=1)
        minutes = self.randint(first_hour * 60, last_hour * 60 - 1)
        local = dt.datetime(
            day.year, day.month, day.day, minutes // 60, minutes % 60, self.randint(0, 59),
            self.randint(0, 999_999), tzinfo=OSLO,
        )
        return local.astimezone(dt.UTC)


def oslo_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone(OSLO).date()


def oslo_moment(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=OSLO).astimezone(dt.UTC)


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)

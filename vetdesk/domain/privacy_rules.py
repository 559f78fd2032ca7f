"""When a privacy request must be answered (GDPR art. 12(3); DOMAIN.md "Privacy").

The clinic's notice promises 30 days and the law allows one calendar month: the due date is the
earlier of the two. A request received 31 January is due 28 February (one month, clamped to the
month's last day), one received 15 March is due 14 April (30 days). The controller may extend
by up to two more months if it tells the person why within the first month.
"""

from __future__ import annotations

import calendar
import datetime as dt

PROMISED_DAYS = 30
MAX_EXTENSION_MONTHS = 2
# A request this close to its due date is "nearly due" on the panel's front.
NEARLY_DUE_DAYS = 7


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date(received_on: dt.date) -> dt.date:
    """The earlier of 30 days and one calendar month after the request was received."""
    return min(received_on + dt.timedelta(days=PROMISED_DAYS), add_months(received_on, 1))


def latest_extended_due(received_on: dt.date) -> dt.date:
    """The furthest an extension may move the due date: two more months on top of it."""
    return add_months(due_date(received_on), MAX_EXTENSION_MONTHS)


def effective_due(due_on: dt.date, extended_due_on: dt.date | None) -> dt.date:
    return extended_due_on or due_on


def days_left(due_on: dt.date, today: dt.date) -> int:
    """Negative when overdue."""
    return (due_on - today).days


def is_overdue(due_on: dt.date, today: dt.date) -> bool:
    return today > due_on


def is_nearly_due(due_on: dt.date, today: dt.date) -> bool:
    return 0 <= days_left(due_on, today) <= NEARLY_DUE_DAYS


# -- retention (DOMAIN.md: journal 10 years, accounts 5 years after the financial year) --------

JOURNAL_YEARS = 10
ACCOUNTS_YEARS = 5
MESSAGE_MONTHS = 12
REQUEST_YEARS = 3
# The audit log's period is the clinic's setting (privacy.audit_years); never shorter than
# this, which leaves enough to investigate a breach with.
DEFAULT_AUDIT_YEARS = 10
MIN_AUDIT_YEARS = 2
MAX_AUDIT_YEARS = 100


def journal_purge_on(last_entry: dt.date) -> dt.date:
    """At least ten years after the last entry (FOR-2006-02-20-229 § 6)."""
    return add_months(last_entry, 12 * JOURNAL_YEARS)


def accounts_purge_on(issued: dt.date) -> dt.date:
    """Five years after the end of the financial year (calendar year) of the document."""
    return dt.date(issued.year + ACCOUNTS_YEARS, 12, 31) + dt.timedelta(days=1)


def message_purge_on(sent: dt.date) -> dt.date:
    return add_months(sent, MESSAGE_MONTHS)


def request_purge_on(answered: dt.date) -> dt.date:
    return add_months(answered, 12 * REQUEST_YEARS)


# How long an animal of each species may be assumed alive (years), for the clinic setting "as
# long as the animal may be assumed alive" after the journal's ten years (DOMAIN.md). Generous on
# purpose: keeping a journal too long is the smaller harm.
LIFE_EXPECTANCY_YEARS = {
    "dog": 20, "cat": 25, "rabbit": 15, "horse": 40, "cattle": 25, "sheep": 20, "goat": 20,
    "pig": 20, "poultry": 15, "guinea_pig": 10, "ferret": 12, "bird": 80, "reptile": 100,
    "other": 100,
}


def presumed_dead(species: str, birth_date: dt.date | None, deceased_on: dt.date | None,
                  today: dt.date) -> bool:
    """Dead when recorded so, or older than the species lives; unknown age: never presumed."""
    if deceased_on is not None:
        return True
    if birth_date is None:
        return False
    years = LIFE_EXPECTANCY_YEARS.get(species, 100)
    return add_months(birth_date, 12 * years) <= today

"""Editing opening hours, breaks and holiday openings (issue 11): the rules as a manager types
them, the service on both engines, `vetdesk calendar ...`, and on PostgreSQL the grants."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from tests.conftest import TEST_PASSWORD
from tests.support.calendar import oslo, vet_column
from tests.support.staff import signed_in
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.domain.hours_text import format_day, parse_day, parse_time, weekdays
from vetdesk.domain.opening_hours import HoursRow
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.i18n import language
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.scheduling.free_slots import next_free_slot
from vetdesk.services.scheduling.hours import (
    close_holiday,
    holiday_openings,
    resource_weeks,
    set_days,
)
from vetdesk.services.scheduling.resources import open_holiday, set_hours

T = dt.time
BOXING_DAY = dt.date(2026, 12, 26)


# -- the rules, as typed ----------------------------------------------------------------------

def test_a_day_is_read_as_a_manager_writes_it() -> None:
    assert parse_day(0, "08:00-16:00, pause 11:30-12:00") == (
        HoursRow(0, "open", T(8), T(16)), HoursRow(0, "break", T(11, 30), T(12)))
    assert parse_day(2, "8.00–15.30") == (HoursRow(2, "open", T(8), T(15, 30)),)
    assert parse_day(5, "stengt") == ()
    assert parse_time("8") == T(8) and parse_time("07.45") == T(7, 45)
    assert parse_day(1, "０８:００\u00a0-\u200b16:00") == (HoursRow(1, "open", T(8), T(16)),)
    assert weekdays("mandag-fredag") == (0, 1, 2, 3, 4) and weekdays("Lør") == (5,)
    assert format_day(parse_day(0, "8-16, pause 11.30-12"), closed="stengt",
                      pause="pause") == "08:00-16:00, pause 11:30-12:00"


@pytest.mark.parametrize(("typed", "said"), [
    ("16:00-08:00", "16:00-08:00 ends before it starts; the end must be after the start."),
    ("08:00-16:00, pause 15:30-16:30",
     "The break 15:30-16:30 must lie inside the opening hours."),
    ("8:75-16:00", "“8:75” is not a time of day; write it like 08:00 or 8.00."),
    ("08:00", "“08:00” needs a start and an end, like 08:00-16:00."),
    ("8-9, " * 60, "A day's hours take at most 200 characters, like 08:00-16:00, pause "
                   "11:30-12:00."),
])
def test_a_bad_day_is_one_sentence(typed: str, said: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_day(0, typed)
    assert str(refused.value) == said


def test_the_bad_day_in_bokmal() -> None:
    with language("nb"), pytest.raises(ValidationError) as refused:
        parse_day(0, "08:00-16:00, pause 07:00-07:30")
    assert str(refused.value) == "Pausen 07:00-07:30 må ligge innenfor åpningstiden."
    with language("nb"), pytest.raises(ValidationError) as refused:
        parse_day(0, "16-8")
    assert str(refused.value) == "16:00-08:00 slutter før den begynner; slutten må være etter " \
                                 "starten."


# -- the service, both engines ----------------------------------------------------------------

def test_changing_two_days_writes_out_the_rest_of_the_default_week(
    ctx: ServiceContext, admin: Actor, vet: Actor, manager: Actor, receptionist: Actor,
) -> None:
    column = vet_column(ctx, admin, vet)
    (before,) = resource_weeks(ctx, receptionist)
    assert before.is_default and before.day(5) == ()
    set_days(ctx, manager, column, (0, 1), parse_day(0, "07:00-15:00, pause 11:00-11:30"))
    (after,) = resource_weeks(ctx, receptionist)
    assert not after.is_default
    assert after.day(1) == (HoursRow(1, "open", T(7), T(15)),
                            HoursRow(1, "break", T(11), T(11, 30)))
    assert after.day(2) == (HoursRow(2, "open", T(8), T(16)),
                            HoursRow(2, "break", T(11, 30), T(12)))
    # The calendar follows: Monday 07:00 is free now, the new break is not.
    slot = next_free_slot(ctx, receptionist, 30, first_day=dt.date(2026, 11, 23),
                          last_day=dt.date(2026, 11, 23))
    assert slot.starts_at == oslo(2026, 11, 23, 7)


def test_the_service_refuses_a_break_outside_the_hours(
    ctx: ServiceContext, admin: Actor, vet: Actor, manager: Actor, receptionist: Actor,
) -> None:
    column = vet_column(ctx, admin, vet)
    outside = [HoursRow(0, "open", T(8), T(12)), HoursRow(0, "break", T(12), T(12, 30))]
    with pytest.raises(ValidationError, match="must lie inside the opening hours"):
        set_hours(ctx, manager, column, outside)
    with pytest.raises(ValidationError, match="must lie inside the opening hours"):
        set_days(ctx, manager, column, (0,), outside)
    with pytest.raises(PermissionDenied):
        set_days(ctx, receptionist, column, (0,), parse_day(0, "9-15"))
    assert resource_weeks(ctx, receptionist)[0].is_default


def test_a_holiday_opened_twice_keeps_the_last_hours_and_closes_again(
    ctx: ServiceContext, manager: Actor, receptionist: Actor,
) -> None:
    open_holiday(ctx, manager, BOXING_DAY, T(10), T(14))
    open_holiday(ctx, manager, BOXING_DAY, T(11), T(13))
    opened = holiday_openings(ctx, receptionist, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert [(o.day, o.holiday, o.resource_id, o.starts, o.ends) for o in opened] == [
        (BOXING_DAY, "Andre juledag", None, T(11), T(13))]
    with pytest.raises(PermissionDenied):
        close_holiday(ctx, receptionist, BOXING_DAY)
    assert close_holiday(ctx, manager, BOXING_DAY) is True
    assert close_holiday(ctx, manager, BOXING_DAY) is False
    assert holiday_openings(ctx, receptionist, BOXING_DAY, BOXING_DAY) == ()


# -- the command ------------------------------------------------------------------------------

def _run(db_url: str, user: str, *argv: str, lang: str = "en") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(out=out, err=err, stdin=io.StringIO(""),
                         credentials=MemoryCredentialStore(),
                         environ={"VETDESK_PASSWORD": TEST_PASSWORD,
                                  "LANG": "nb_NO.UTF-8" if lang == "nb" else "C"})
    code = main(["--database", db_url, "--user", user, "calendar", *argv], env=env)
    return code, out.getvalue(), err.getvalue()


def test_the_manager_sets_hours_and_opens_a_holiday_from_the_command_line(
    ctx: ServiceContext, admin: Actor, vet: Actor, manager: Actor, receptionist: Actor,
    db_url: str,
) -> None:
    vet_column(ctx, admin, vet)
    code, said, err = _run(db_url, "mona", "set-hours", "lie", "lørdag",
                           "9.00-13.00, pause 11-11.15", lang="nb")
    assert code == 0, err
    assert said == "Ingrid Lie, lørdag: 09:00-13:00, pause 11:00-11:15\n"
    code, said, _ = _run(db_url, "kari", "hours", "lie", lang="nb")
    assert said.splitlines() == [
        "Ingrid Lie (lie)",
        *[f"  {day:<9} 08:00-16:00, pause 11:30-12:00"
          for day in ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag")],
        "  Lørdag    09:00-13:00, pause 11:00-11:15",
        "  Søndag    stengt"]
    code, said, _ = _run(db_url, "mona", "open-holiday", "26.12.2026", "10-14", "--resource",
                         "lie")
    assert code == 0 and said == "26.12.2026 is open 10:00-14:00.\n"
    code, said, _ = _run(db_url, "kari", "holidays", "--year", "2026")
    assert "26.12.2026  Andre juledag          Ingrid Lie 10:00-14:00" in said
    assert "25.12.2026  Første juledag         closed" in said


def test_bad_hours_on_the_command_line_are_one_sentence_and_change_nothing(
    ctx: ServiceContext, admin: Actor, vet: Actor, manager: Actor, receptionist: Actor,
    db_url: str,
) -> None:
    vet_column(ctx, admin, vet)
    code, _, err = _run(db_url, "mona", "set-hours", "lie", "mandag", "08:00-16:00, pause "
                        "16:00-16:30", lang="nb")
    assert code == 2
    assert "Pausen 16:00-16:30 må ligge innenfor åpningstiden." in err
    assert "Traceback" not in err
    code, _, err = _run(db_url, "kari", "set-hours", "lie", "mandag", "9-15")
    assert code != 0 and "Traceback" not in err
    code, _, err = _run(db_url, "mona", "set-hours", "nobody", "mandag", "9-15")
    assert "no vet, room or equipment called “nobody”" in err
    assert resource_weeks(ctx, receptionist)[0].is_default


# -- PostgreSQL: the manager's own login role may, the receptionist's may not -----------------

@pytest.mark.pg_only
def test_as_real_roles_the_manager_edits_hours_and_holidays(
    ctx: ServiceContext, admin: Actor, vet: Actor, manager: Actor, receptionist: Actor,
) -> None:
    column = vet_column(ctx, admin, vet)
    with signed_in(ctx, manager) as desk:
        set_days(desk, manager, column, (5,), parse_day(5, "09:00-13:00"))
        open_holiday(desk, manager, BOXING_DAY, T(10), T(14), resource_id=column)
        assert close_holiday(desk, manager, BOXING_DAY, resource_id=column)
        open_holiday(desk, manager, BOXING_DAY, T(10), T(12))
    with signed_in(ctx, receptionist) as desk:
        (week,) = resource_weeks(desk, receptionist)
        assert week.day(5) == (HoursRow(5, "open", T(9), T(13)),)
        assert [o.resource_id for o in holiday_openings(desk, receptionist, BOXING_DAY,
                                                        BOXING_DAY)] == [None]


def test_settings_set_for_opening_hours_points_to_the_calendar_command(
    manager: Actor, db_url: str,
) -> None:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(out=out, err=err, stdin=io.StringIO(""),
                         credentials=MemoryCredentialStore(),
                         environ={"VETDESK_PASSWORD": TEST_PASSWORD, "LANG": "nb_NO.UTF-8"})
    code = main(["--database", db_url, "--user", "mona", "settings", "set", "hours.lie.monday",
                 "08:00-16:00"], env=env)
    assert code == 2
    assert "Åpningstider settes per veterinær eller rom med `vetdesk calendar set-hours`" in \
        err.getvalue()

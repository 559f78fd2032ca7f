"""The clinic's own time zone setting decides "today" and the times in messages (issue 8:
three module constants said Europe/Oslo whatever the clinic had chosen).

The clinic here is in Auckland. At 12:30 UTC on 22 November 2026 it is 13:30 on the 22nd in
Oslo but already 01:30 on the 23rd in Auckland (UTC+13 in its summer).
"""

from __future__ import annotations

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from tests.conftest import TEST_PASSWORD, make_user
from tests.support.front_desk import add_client
from tests.support.journal_data import add_patient, consultation, write_and_sign
from vetdesk.cli.environment import CliEnvironment
from vetdesk.clock import FixedClock
from vetdesk.domain.client_rules import ClientInput
from vetdesk.domain.codes import Role
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.clients import check_client_form, update_client
from vetdesk.services.clinic import ClinicDetails, ensure_clinic, validate_clinic
from vetdesk.services.conflicts import RecordChangedError
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import PrintOptions, chart_header, print_journal
from vetdesk.services.local_time import clinic_day_bounds, clinic_today, learn_clinic_zone
from vetdesk.services.permissions import Actor

AUCKLAND = ZoneInfo("Pacific/Auckland")
NOON_IN_OSLO = dt.datetime(2026, 11, 22, 12, 30, tzinfo=dt.UTC)


@pytest.fixture
def auckland(ctx: ServiceContext, clock: FixedClock) -> ServiceContext:
    """A clinic set up in Auckland, and the context start-up hands down for it."""
    clock.advance(NOON_IN_OSLO - clock.now())
    ensure_clinic(ctx, ClinicDetails(name="Auckland Vets", timezone="Pacific/Auckland"))
    assert learn_clinic_zone(ctx) == AUCKLAND
    return ctx


@pytest.fixture
def desk(auckland: ServiceContext) -> Actor:
    return make_user(auckland, "kari", Role.RECEPTIONIST, full_name="Kari Resepsjon")


def test_start_up_hands_down_the_clinics_zone(auckland: ServiceContext) -> None:
    assert auckland.zone == AUCKLAND
    assert clinic_today(auckland) == dt.date(2026, 11, 23)
    assert clinic_day_bounds(auckland, dt.date(2026, 11, 23)) == (
        dt.datetime(2026, 11, 22, 11, 0, tzinfo=dt.UTC),
        dt.datetime(2026, 11, 23, 11, 0, tzinfo=dt.UTC),
    )


def test_a_database_not_yet_set_up_speaks_oslo_time(ctx: ServiceContext) -> None:
    assert learn_clinic_zone(ctx) == ZoneInfo("Europe/Oslo")


def test_a_birth_date_of_the_clinics_today_is_not_in_the_future(
    auckland: ServiceContext,
) -> None:
    born_today = ClientInput(first_name="Kari", last_name="Ødegård",
                             birth_date=dt.date(2026, 11, 23))
    assert "birth_date" not in check_client_form(auckland, born_today).errors


def test_a_stale_save_names_the_time_on_the_clinics_clock(
    auckland: ServiceContext, desk: Actor
) -> None:
    kari = add_client(auckland, desk, "Kari", "Ødegård")
    update_client(auckland, desk, kari.client_id,
                  ClientInput(first_name="Kari", last_name="Ødegård", city="Oslo"),
                  expected_version=kari.version)
    with pytest.raises(RecordChangedError, match=r"at 23\.11\.2026 01:30 "):
        update_client(auckland, desk, kari.client_id,
                      ClientInput(first_name="Kari", last_name="Ødegård", city="Bergen"),
                      expected_version=kari.version)


def _cli(db_url: str, username: str | None = None) -> CliEnvironment:
    return CliEnvironment(database_url=db_url, username=username, out=io.StringIO(),
                          err=io.StringIO(), stdin=io.StringIO(""),
                          credentials=MemoryCredentialStore(),
                          environ={"VETDESK_PASSWORD": TEST_PASSWORD})


def test_the_command_line_reads_the_clinics_zone(db_url: str, auckland: ServiceContext) -> None:
    env = _cli(db_url)
    try:
        assert env.context().zone == AUCKLAND
    finally:
        env.close()


def test_a_command_signed_in_as_staff_learns_the_zone_at_sign_in(
    db_url: str, auckland: ServiceContext, desk: Actor
) -> None:
    """On a server the person's own role opens the database, so nothing can be read before
    the sign-in; the context the command took first learns the zone then."""
    env = _cli(db_url, "kari")
    try:
        ctx = env.context()
        env.actor()
        assert ctx.zone == AUCKLAND
    finally:
        env.close()


def test_an_unknown_zone_is_refused_at_set_up() -> None:
    problems = validate_clinic(ClinicDetails(name="Vets", timezone="Europe/Olso"))
    assert problems == {"timezone": "Unknown time zone; write it the way Europe/Oslo is written."}


def test_the_journal_printout_and_chart_header_speak_the_clinics_zone(
    auckland: ServiceContext,
) -> None:
    """The journal services take the zone start-up handed down (ctx.zone): an entry at
    12:00 UTC is printed at 01:00 on 23 November in Auckland, and the chart's "today" (the
    age) is Auckland's day."""
    vet = make_user(auckland, "lie", Role.VETERINARIAN, full_name="Ingrid Lie",
                    hpr_number="1234567")
    patient = add_patient(auckland, birth_date=dt.date(2020, 11, 23))
    write_and_sign(auckland, vet, consultation(
        patient.animal_id, dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)))
    pdf = print_journal(auckland, vet, patient.animal_id, PrintOptions())
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "23.11.2026 01:00" in text
    assert chart_header(auckland, vet, patient.animal_id).age.years == 6  # Oslo: still 5

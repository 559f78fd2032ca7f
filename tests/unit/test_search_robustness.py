"""Any text in the search box gives results or none, never an error; the workstation role
can search and use the front desk on PostgreSQL (pg_trgm, indexes) without extra rights."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import START
from tests.support import databases
from tests.support.front_desk import add_animal, add_client
from vetdesk.clock import FixedClock
from vetdesk.db import guards
from vetdesk.db.opening import open_database
from vetdesk.domain.search_query import parse_query
from vetdesk.services.client_card import open_client_card
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.search import search

NASTY = st.one_of(
    st.text(max_size=60),
    st.text(alphabet="%_\\'\"; -–—()[]*?.+^$|{}@/0123456789æøåÆØÅ😀\x00\t\n", max_size=40),
    st.sampled_from(["' OR 1=1 --", "'; DROP TABLE clients; --", "%%%", "\\\\", "_" * 30,
                     "x" * 10_000, "ø" * 5_000, "0" * 300, "+47" + "9" * 100]),
)


@given(typed=NASTY)
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_text_searches_without_error(
    ctx: ServiceContext, receptionist: Actor, typed: str
) -> None:
    results = search(ctx, receptionist, typed)
    assert results.shown <= 50
    assert results.more >= 0


@given(typed=st.text(max_size=300))
def test_query_parsing_never_fails_and_stays_bounded(typed: str) -> None:
    query = parse_query(typed)
    assert len(query.text) <= 200
    assert all(word.isalnum() and word.isascii() for word in query.words)


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_workstation_role_can_use_the_front_desk(
    ctx: ServiceContext, receptionist: Actor, db_url: str
) -> None:
    saved = add_client(ctx, receptionist, "Kari", "Ødegård", phone="91234567")
    add_animal(ctx, receptionist, saved.client_id, "Bamse", chip="578093000123456")
    role = f"vetdesk_ws_{uuid.uuid4().hex[:8]}"
    with ctx.db.engine.begin() as conn:
        guards.grant_app_role(conn, role, password="ws-secret-123")
    try:
        url = db_url.replace("postgres@", f"{role}:ws-secret-123@", 1)
        db = open_database(url, now=START)
        try:
            workstation = ServiceContext(db=db, clock=FixedClock(START + dt.timedelta(hours=1)),
                                         workstation="ws")
            for typed in ("odeg", "4567", "123456", "578093000123456", "bams"):
                assert [o.client_id for o in search(workstation, receptionist, typed).owners] \
                    == [saved.client_id]
            card = open_client_card(workstation, receptionist, saved.client_id)
            assert card.animals[0].microchip == "578093000123456"
        finally:
            db.dispose()
    finally:
        databases.drop_pg_role(role, db_url)

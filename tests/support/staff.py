"""Working as a real staff member on PostgreSQL: connected as that person's own login role,
with the password the server checks, as the program does after sign-in."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import psycopg
from sqlalchemy.engine import make_url

from vetdesk.clock import Clock
from vetdesk.db.opening import open_database
from vetdesk.db.security.naming import login_role
from vetdesk.services import auth
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor

STAFF_PASSWORD = "correct horse battery"  # tests.conftest.TEST_PASSWORD


@contextmanager
def signed_in(ctx: ServiceContext, actor: Actor, *, clock: Clock | None = None,
              password: str = STAFF_PASSWORD) -> Iterator[ServiceContext]:
    """A second workstation where ``actor`` signed in: every call runs as their login role."""
    url = ctx.db.target.url.set(username=None, password=None)
    db = open_database(url.render_as_string(hide_password=False), now=ctx.clock.now(),
                       staff_sign_in=True)
    try:
        desk = ServiceContext(db=db, clock=clock or ctx.clock, workstation="staff-desk",
                              sleep=ctx.sleep)
        assert auth.sign_in(desk, actor.username, password) == actor
        yield desk
    finally:
        db.dispose()


def role_of(ctx: ServiceContext, username: str) -> str:
    return login_role(ctx.db.target.url.database or "", username)


def raw_connection(ctx: ServiceContext, username: str,
                   password: str = STAFF_PASSWORD) -> psycopg.Connection:
    """What an attacker holding one person's password has: psql as that role, no program."""
    url = make_url(ctx.db.target.url.render_as_string(hide_password=False))
    return psycopg.connect(
        host=url.host or "127.0.0.1", port=url.port or 5432, dbname=url.database,
        user=role_of(ctx, username), password=password, autocommit=True, connect_timeout=10,
    )

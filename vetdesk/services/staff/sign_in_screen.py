"""What the program shows before anyone signs in, read without the ORM.

The sign-in dialog (or the first start's set-up form) is on screen while SQLAlchemy's ORM and
the models load in the background: about half a second of CPU that the person typing their
password never waits for (issue 9). So these two facts are read with two plain statements on
a Core connection; ``tests/unit/test_start_path.py`` checks that the ORM, the models,
alembic and reportlab are not loaded when the dialog appears.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from sqlalchemy import text

from vetdesk.services.context import ServiceContext

# The table names of db/models/clinic.py (Clinic, User), which this module must not import.
_FACTS = text(
    "SELECT (SELECT name FROM clinic ORDER BY id LIMIT 1) AS clinic_name, "
    "EXISTS (SELECT 1 FROM users) AS has_users"
)

# What the main window's first screen reads with: SQLAlchemy's ORM and the models above all
# (about 0.7 s of CPU). No Qt among them, so they load on a worker thread while the sign-in
# dialog waits for the person typing, or beside the password check (issue 9). Only a matter
# of speed: whatever is missing loads when the main window is built.
DATA_LAYER_MODULES = (
    "sqlalchemy.orm",
    "vetdesk.db.models",
    "vetdesk.services.auth",
    "vetdesk.services.clinic",
    "vetdesk.services.local_time",
    "vetdesk.services.integrity",
    "vetdesk.services.search",
    "vetdesk.services.front_desk_views",
)


@dataclass(frozen=True)
class SignInScreenFacts:
    needs_setup: bool  # no clinic yet, or no one who can sign in: the set-up form comes first
    clinic_name: str  # the heading of the sign-in dialog ("" while set-up is needed)


def sign_in_screen_facts(ctx: ServiceContext) -> SignInScreenFacts:
    """Whether the database still needs setting up, and the clinic's name for sign-in."""
    with ctx.db.quick_read() as conn:
        row = conn.execute(_FACTS).one()
    if row.clinic_name is None or not row.has_users:
        return SignInScreenFacts(needs_setup=True, clinic_name="")
    return SignInScreenFacts(needs_setup=False, clinic_name=str(row.clinic_name))


def preload_data_layer() -> None:
    """Import :data:`DATA_LAYER_MODULES` (on a worker thread: none of them touches Qt), and
    configure the mappers, which SQLAlchemy would otherwise do at the first query."""
    for name in DATA_LAYER_MODULES:
        importlib.import_module(name)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()

"""The main window works on the clinic's time zone setting, read after sign-in and handed
down in its context (issue 8), not on a constant."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from tests.conftest import make_user
from tests.support.launching import close_launcher, sign_in_through
from vetdesk.domain.codes import Role
from vetdesk.services.clinic import ClinicDetails, ensure_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.ui.startup import AppLauncher


def test_the_signed_in_window_speaks_the_clinics_zone(
    qtbot: QtBot, db_url: str, ctx: ServiceContext
) -> None:
    ensure_clinic(ctx, ClinicDetails(name="Auckland Vets", timezone="Pacific/Auckland"))
    make_user(ctx, "kari", Role.RECEPTIONIST, full_name="Kari Resepsjon")
    launcher = AppLauncher(db_url, clock=ctx.clock)
    try:
        window = sign_in_through(qtbot, launcher, "kari")
        assert window.ctx.zone == ZoneInfo("Pacific/Auckland")
        assert launcher.ctx is not None and launcher.ctx.zone == ZoneInfo("Pacific/Auckland")
    finally:
        close_launcher(launcher)

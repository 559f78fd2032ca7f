"""Posten's postal code register: read in either encoding, imported by the command line, and
used before what the clinic's own clients say (issue 8: the postal code did not fill in the
town)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD
from tests.support.front_desk import add_client
from tests.unit.test_cli import Run
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.services.addresses.postcodes import import_postcodes, read_register, town_for_postcode
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor

# Posten's columns: postal code, town, municipality number, municipality, category.
REGISTER = ("Postnummer\tPoststed\tKommunenummer\tKommunenavn\tKategori\r\n"
            "0150\tOSLO\t0301\tOSLO\tG\r\n"
            "1353\tBÆRUMS VERK\t3024\tBÆRUM\tG\r\n"
            "8622\tMO I RANA\t1833\tRANA\tB\r\n")


def test_the_register_is_read_in_utf8_and_in_windows_1252() -> None:
    for encoding in ("utf-8", "cp1252"):
        rows, skipped = read_register(REGISTER.encode(encoding))
        assert skipped == 1  # the heading
        assert [(r.postal_code, r.town, r.municipality) for r in rows] == [
            ("0150", "Oslo", "Oslo"), ("1353", "Bærums Verk", "Bærum"),
            ("8622", "Mo i Rana", "Rana")]


def test_the_register_comes_before_the_clients_and_replaces_an_older_one(
    ctx: ServiceContext, admin: Actor, receptionist: Actor
) -> None:
    add_client(ctx, receptionist, "Kari", "Hansen", postal_code="1353", city="Bærum")
    assert town_for_postcode(ctx, receptionist, "1353") == "Bærum"  # learnt from a client
    assert import_postcodes(ctx, admin, REGISTER.encode()).imported == 3
    assert town_for_postcode(ctx, receptionist, "1353") == "Bærums Verk"
    assert town_for_postcode(ctx, receptionist, "8622") == "Mo i Rana"
    import_postcodes(ctx, admin, b"0150\tOSLO\t0301\tOSLO\tG\n")
    assert town_for_postcode(ctx, receptionist, "8622") is None
    with pytest.raises(ValidationError):
        import_postcodes(ctx, admin, b"nothing here\n")
    with pytest.raises(PermissionDenied):
        import_postcodes(ctx, receptionist, REGISTER.encode())


def test_postcodes_import_on_the_command_line(
    db_url: str, ctx: ServiceContext, admin: Actor, receptionist: Actor, tmp_path: Path
) -> None:
    register = tmp_path / "Postnummerregister-ansi.txt"
    register.write_bytes(REGISTER.encode("cp1252"))
    run = Run(db_url)
    code, out, err = run("--user", admin.username, "postcodes", "import", str(register),
                         password=TEST_PASSWORD)
    assert (code, err) == (0, "")
    assert out == ("3 postal codes imported from Postnummerregister-ansi.txt.\n"
                   "1 line was not a postal code and was skipped (a heading, for one).\n")
    assert town_for_postcode(ctx, receptionist, "0150") == "Oslo"

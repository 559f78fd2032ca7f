"""The drug catalogue: folded search, and an import that lists every fault by line."""

from __future__ import annotations

import pytest

from tests.conftest import make_user
from vetdesk.domain.codes import Role
from vetdesk.errors import PermissionDenied
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.catalogue import (
    CatalogueFileRefused,
    import_drugs,
    import_sample_catalogue,
    search_drugs,
)

HEADER = ("varenummer;name;active_substances;form;strength;pack_sizes;atc_code;target_species;"
          "antimicrobial;vaccine;withdrawal\n")


def test_the_sample_catalogue_is_marked_and_found_by_name_substance_and_number(
    ctx: ServiceContext, admin: Actor, vet: Actor
) -> None:
    result = import_sample_catalogue(ctx, admin)
    assert (result.added, result.updated) == (35, 0)
    assert [d.product_number for d in search_drugs(ctx, vet, "METAC")] == ["084512", "084530"]
    assert {d.name for d in search_drugs(ctx, vet, "meloksikam")} == {"Metacam vet."}
    [found] = search_drugs(ctx, vet, "146621")
    assert found.name == "Synulox vet." and found.antimicrobial and found.sample
    # Every word must match; case and accents are folded as at the front desk.
    assert [d.name for d in search_drugs(ctx, vet, "mikonazol polymyksin")] == ["Surolan vet."]
    [penovet] = search_drugs(ctx, vet, "016683")
    assert penovet.withdrawal_days == {"cattle": {"meat": 6, "milk": 6}, "horse": {"meat": 6}}
    assert penovet.target_species == ("cattle", "horse")
    again = import_sample_catalogue(ctx, admin)
    assert (again.added, again.updated) == (0, 35)


def test_every_fault_of_every_line_is_reported_and_nothing_stored(
    ctx: ServiceContext, admin: Actor, vet: Actor
) -> None:
    data = (HEADER
            + "12345;Feil vet.;;tablett;5 mg;10 stk;QX;hund;kanskje;nei;\n"
            + "123456;God vet.;karprofen;tablett;5 mg;10 stk;QM01AE91;hund;nei;nei;"
              "storfe: kjøtt=x\n"
            + "123456;Dobbel vet.;karprofen;tablett;5 mg;10 stk;;hund;nei;nei;\n").encode()
    with pytest.raises(CatalogueFileRefused) as caught:
        import_drugs(ctx, admin, data)
    assert caught.value.problems == (
        "Line 2: the varenummer “12345” is not 6 digits.",
        "Line 2: antimicrobial is “kanskje”; write yes or no.",
        "Line 2: the active substance is missing (only a vaccine may go without).",
        "Line 2: “QX” is not an ATC code (such as QM01AC06).",
        "Line 3: the withdrawal “kjøtt=x” is not produce=days (such as meat=6).",
        "Line 4: varenummer 123456 is also on line 3.",
    )
    assert "3 problem" not in caught.value.message and "6 problem" in caught.value.message
    assert search_drugs(ctx, vet, "vet") == []


def test_only_the_settings_permission_imports(ctx: ServiceContext, vet: Actor) -> None:
    with pytest.raises(PermissionDenied):
        import_sample_catalogue(ctx, vet)
    manager = make_user(ctx, "mgr", Role.MANAGER)
    assert import_sample_catalogue(ctx, manager).added == 35

"""The clinic's own phone number follows the rules a client's phone does: Settings → Klinikk
stored "+4763801234" or "6380 123" as typed, unchecked, and showed it back that way."""

from __future__ import annotations

import dataclasses

import pytest

from vetdesk.errors import ValidationError
from vetdesk.services.clinic import (
    ClinicDetails,
    clinic_details,
    update_clinic_details,
    validate_clinic,
)
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor


def _with_phone(ctx: ServiceContext, phone: str | None) -> ClinicDetails:
    return dataclasses.replace(clinic_details(ctx), phone=phone)


def test_a_typed_number_is_stored_in_one_form(ctx: ServiceContext, admin: Actor) -> None:
    update_clinic_details(ctx, admin, _with_phone(ctx, "63 80 12 34"))
    assert clinic_details(ctx).phone == "+4763801234"
    update_clinic_details(ctx, admin, _with_phone(ctx, "0047 912 34 567"))
    assert clinic_details(ctx).phone == "+4791234567"
    update_clinic_details(ctx, admin, _with_phone(ctx, "  "))
    assert clinic_details(ctx).phone is None


@pytest.mark.parametrize(("typed", "said"), [
    ("6380 123", "A Norwegian phone number has 8 digits; this one has 7."),
    ("63 80 12 34 ring oss", "A phone number may only contain digits, spaces and a leading +."),
])
def test_a_bad_number_is_refused_in_one_sentence(
    ctx: ServiceContext, admin: Actor, typed: str, said: str
) -> None:
    assert validate_clinic(_with_phone(ctx, typed)) == {"phone": said}
    with pytest.raises(ValidationError) as refused:
        update_clinic_details(ctx, admin, _with_phone(ctx, typed))
    assert str(refused.value) == said
    assert clinic_details(ctx).phone is None

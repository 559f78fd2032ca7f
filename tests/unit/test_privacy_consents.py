"""The consent confirmation letter: the decision per purpose and channel now, and every change."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.support.privacy_data import Person, add_people
from vetdesk.errors import NotFound
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.privacy.consents import consent_confirmation


@pytest.fixture
def people(ctx: ServiceContext, vet: Actor) -> tuple[Person, Person]:
    return add_people(ctx, vet)


def test_the_letter_in_bokmal(ctx: ServiceContext, receptionist: Actor,
                              people: tuple[Person, Person]) -> None:
    pdf = consent_confirmation(ctx, receptionist, people[0].client_no)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Dine samtykker" in text and "Kari Østmo" in text
    assert "Påminnelser om timer og innkallinger, SMS ja" in text
    assert "Datatilsynet" in text


def test_unknown_client(ctx: ServiceContext, receptionist: Actor) -> None:
    with pytest.raises(NotFound):
        consent_confirmation(ctx, receptionist, 4711)

"""Filling the edit forms from what the client card already loaded (no extra query)."""

from __future__ import annotations

from vetdesk.domain.animal_rules import AnimalInput
from vetdesk.domain.client_rules import ClientInput, PhoneInput
from vetdesk.domain.codes import PhoneKind
from vetdesk.services.client_card import AnimalSummary, ClientCard


def client_form(card: ClientCard) -> ClientInput:
    """The client's details as the edit form shows them; save with ``card.version``."""
    return ClientInput(
        first_name=card.first_name, last_name=card.last_name, address=card.address or "",
        postal_code=card.postal_code or "", city=card.city or "",
        phones=tuple(PhoneInput(p.display, PhoneKind(p.kind)) for p in card.phones),
        email=card.email or "", birth_date=card.birth_date, org_number=card.org_number or "",
        notes=card.notes or "", language=card.language,
    )


def animal_form(animal: AnimalSummary) -> AnimalInput:
    """The animal's details as the edit form shows them; save with ``animal.version``."""
    return AnimalInput(
        name=animal.name, species=animal.species, breed=animal.breed or "", sex=animal.sex,
        neutered=animal.neutered, birth_date=animal.birth_date, colour=animal.colour or "",
        microchip=animal.microchip or "", insurance_company=animal.insurance_company or "",
        insurance_policy=animal.insurance_policy or "", deceased_on=animal.deceased_on,
        notes=animal.notes or "",
    )

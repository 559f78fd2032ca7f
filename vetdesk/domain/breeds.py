"""Common breeds per species, offered as suggestions; any other breed may be typed."""

from __future__ import annotations

from vetdesk.domain.codes import Species

BREEDS: dict[Species, tuple[str, ...]] = {
    Species.DOG: (
        "Blandingshund", "Border collie", "Cavalier king charles spaniel", "Chihuahua",
        "Dachshund", "Fransk bulldog", "Golden retriever", "Gordonsetter", "Elghund, grå",
        "Engelsk setter", "Labrador retriever", "Norsk buhund", "Papillon", "Puddel",
        "Schäferhund", "Shetland sheepdog", "Siberian husky", "Whippet", "Yorkshire terrier",
    ),
    Species.CAT: (
        "Huskatt", "Britisk korthår", "Maine coon", "Norsk skogkatt", "Perser", "Ragdoll",
        "Sibirkatt", "Siameser", "Bengal", "Sphynx",
    ),
    Species.RABBIT: ("Dvergvedder", "Løvehode", "Hermelin", "Rex", "Blanding"),
    Species.HORSE: (
        "Fjordhest", "Dølahest", "Nordlandshest/lyngshest", "Kaldblodstraver",
        "Varmblodstraver", "Islandshest", "Shetlandsponni", "Varmblod ridehest",
    ),
    Species.CATTLE: ("Norsk rødt fe (NRF)", "Holstein", "Jersey", "Hereford", "Angus",
                     "Charolais", "Limousin"),
    Species.SHEEP: ("Norsk kvit sau", "Spælsau", "Pelssau", "Rygja", "Texel"),
    Species.GOAT: ("Norsk melkegeit", "Boergeit"),
    Species.PIG: ("Norsk landsvin", "Duroc", "Yorkshire"),
}


def breeds_for(species: Species | str) -> tuple[str, ...]:
    try:
        return BREEDS.get(Species(species), ())
    except ValueError:
        return ()

"""Word lists for the demo clinic: places, streets, animals, breeds, colours, insurers, alerts.

Postal codes are real Norwegian codes with their towns; most clients live near the clinic.
"""

from __future__ import annotations

from dataclasses import dataclass

# (postal code, town); the first group is the clinic's own district (Romerike), drawn most often.
NEARBY_PLACES: tuple[tuple[str, str], ...] = (
    ("2000", "Lillestrøm"), ("2004", "Lillestrøm"), ("2007", "Kjeller"), ("2008", "Fjerdingby"),
    ("2010", "Strømmen"), ("2013", "Skjetten"), ("2016", "Frogner"), ("2019", "Skedsmokorset"),
    ("2020", "Skedsmokorset"), ("2022", "Gjerdrum"), ("2030", "Nannestad"), ("2040", "Kløfta"),
    ("2050", "Jessheim"), ("2054", "Mogreina"), ("2055", "Nordkisa"), ("2066", "Jessheim"),
    ("2070", "Råholt"), ("2080", "Eidsvoll"), ("2150", "Årnes"), ("1470", "Lørenskog"),
    ("1475", "Finstadjordet"), ("1480", "Slattum"), ("1900", "Fetsund"), ("1920", "Sørumsand"),
    ("1930", "Aurskog"), ("1940", "Bjørkelangen"), ("1960", "Løken"), ("2100", "Skarnes"),
)
DISTANT_PLACES: tuple[tuple[str, str], ...] = (
    ("0150", "Oslo"), ("0361", "Oslo"), ("0467", "Oslo"), ("0575", "Oslo"), ("0661", "Oslo"),
    ("0774", "Oslo"), ("0871", "Oslo"), ("0982", "Oslo"), ("1151", "Oslo"), ("1337", "Sandvika"),
    ("1410", "Kolbotn"), ("1440", "Drøbak"), ("1530", "Moss"), ("1607", "Fredrikstad"),
    ("2315", "Hamar"), ("2609", "Lillehammer"), ("2819", "Gjøvik"), ("3015", "Drammen"),
    ("3117", "Tønsberg"), ("3717", "Skien"), ("4010", "Stavanger"), ("4610", "Kristiansand S"),
    ("5003", "Bergen"), ("6003", "Ålesund"), ("7010", "Trondheim"), ("7374", "Røros"),
    ("8006", "Bodø"), ("9008", "Tromsø"),
)

STREETS: tuple[str, ...] = (
    "Storgata", "Kirkeveien", "Skolegata", "Fjellveien", "Bjørkeveien", "Granveien",
    "Furuveien", "Ringveien", "Parkveien", "Solbakken", "Åsveien", "Kongens gate",
    "Dronningens gate", "Sjøgata", "Strandveien", "Møllevegen", "Bekkeveien", "Løkkeveien",
    "Tunveien", "Lindeallé", "Rognveien", "Eikelundveien", "Nordbyveien", "Stasjonsveien",
    "Jernbanegata", "Brugata", "Tærudgata", "Gamle Trondheimsvei", "Sørliveien", "Øvre Eiker vei",
    "Ekebergveien", "Hagaløkkveien", "Kjellerholen", "Fetveien", "Nittedalsgata", "Åkerveien",
    "Bærveien", "Blåbærstien", "Tyttebærveien", "Gråtassveien", "Smørblomstveien", "Kløverveien",
)
FARM_NAMES: tuple[str, ...] = (
    "Nordre Bjørnstad", "Søndre Haug", "Østre Rud", "Vestre Berg", "Øvre Skjønhaug",
    "Nedre Tveter", "Kjus gård", "Frogner gård", "Hvam gård", "Sørum gård", "Åsen gård",
    "Lunde gård", "Bråten gård", "Mørk gård", "Sætre gård",
)
EMAIL_DOMAINS: tuple[str, ...] = ("example.com", "example.net", "example.org")
# Norwegian mobile ranges that phonenumbers accepts as valid (4x and 9x).
MOBILE_PREFIXES: tuple[str, ...] = ("40", "41", "45", "46", "47", "48", "90", "91", "92", "93",
                                    "94", "95", "96", "97", "98", "99")
LANDLINE_PREFIXES: tuple[str, ...] = ("63", "64", "22", "23", "67")

EXTRA_FIRST_NAMES: tuple[str, ...] = (
    "Åse", "Øystein", "Bjørn", "Sæmund", "Sølvi", "Kjærsti", "Torbjørn", "Åsmund", "Ørjan",
    "Signe-Lill", "Håvard", "Ståle", "Gøril", "Mette-Marit", "Jon-Erik", "Bård", "Åsne", "Jørgen",
)
EXTRA_LAST_NAMES: tuple[str, ...] = (
    "Ødegård", "Strøm", "Bråthen", "Sæther", "Kjærnes", "Ørbeck", "Åsheim", "Bøe", "Næss",
    "Grønli", "Hågensen", "Løvås", "Sørlie", "Brænden", "Myhrvold", "Aune", "Østby", "Haugerud",
)

INSURERS: tuple[str, ...] = (
    "Agria Dyreforsikring", "Gjensidige", "If Skadeforsikring", "Tryg Forsikring", "Fremtind",
    "Storebrand", "SpareBank 1 Forsikring",
)


@dataclass(frozen=True)
class Breed:
    name: str
    min_kg: float
    max_kg: float


@dataclass(frozen=True)
class SpeciesProfile:
    species: str
    names: tuple[str, ...]
    breeds: tuple[Breed, ...]
    colours: tuple[str, ...]
    # Expected life in years (old animals die in the demo) and normal body temperature range.
    lifespan: int
    temp_low: float
    temp_high: float
    insured_share: float


DOG = SpeciesProfile(
    "dog",
    ("Bamse", "Luna", "Tassen", "Bella", "Max", "Molly", "Rocky", "Milo", "Nala", "Leo", "Frøya",
     "Tyra", "Balder", "Loke", "Tinka", "Kira", "Jeppe", "Buster", "Passopp", "Trofast", "Ronja",
     "Mira", "Ludo", "Bjørn", "Charlie", "Lady", "Zorro", "Tiril", "Ask", "Embla", "Sámi",
     "Tøffen"),
    (Breed("Labrador retriever", 27, 36), Breed("Golden retriever", 25, 34),
     Breed("Norsk elghund grå", 20, 25), Breed("Border collie", 14, 22), Breed("Schäfer", 28, 40),
     Breed("Fransk bulldog", 9, 14), Breed("Cavalier King Charles spaniel", 6, 9),
     Breed("Dachshund", 7, 12), Breed("Shetland sheepdog", 6, 11),
     Breed("Australsk gjeterhund", 18, 29), Breed("Gordon setter", 20, 30),
     Breed("Engelsk setter", 20, 30), Breed("Chihuahua", 1.5, 3), Breed("Bichon frisé", 4, 7),
     Breed("Siberian husky", 16, 27), Breed("Dvergschnauzer", 5, 9), Breed("Norsk buhund", 12, 18),
     Breed("Jack Russell terrier", 5, 8), Breed("Berner sennenhund", 35, 50),
     Breed("Blanding", 8, 30)),
    ("svart", "gul", "brun", "hvit", "svart/hvit", "trefarget", "grå", "rød", "blå merle",
     "sobel", "brindle"),
    13, 37.8, 39.1, 0.55,
)
CAT = SpeciesProfile(
    "cat",
    ("Pusur", "Mons", "Nusse", "Pusi", "Simba", "Tiger", "Felix", "Misty", "Kosen", "Findus",
     "Sotis", "Snøhvit", "Garfield", "Mjau", "Lille My", "Tussi", "Pelle", "Frida", "Oliver",
     "Mango", "Påsan", "Ærlig", "Gråpus", "Luna", "Milo"),
    (Breed("Huskatt", 3.2, 5.8), Breed("Norsk skogkatt", 4.0, 7.5), Breed("Maine coon", 5.0, 8.5),
     Breed("Ragdoll", 4.0, 7.0), Breed("Britisk korthår", 4.0, 7.0), Breed("Bengal", 3.5, 6.5),
     Breed("Sibirkatt", 4.0, 7.5), Breed("Hellig birma", 3.5, 6.0), Breed("Perser", 3.2, 5.5)),
    ("svart", "grå", "rødbrun tabby", "brun tabby", "svart/hvit", "skilpadde", "hvit",
     "seal point", "blå", "rød"),
    16, 38.0, 39.2, 0.35,
)
RABBIT = SpeciesProfile(
    "rabbit",
    ("Trampe", "Snøball", "Hoppetussa", "Stampe", "Pjokken", "Dusty", "Lilly", "Kosemor",
     "Gulrot", "Nøtti"),
    (Breed("Dvergvedder", 1.5, 2.5), Breed("Løvehode", 1.2, 1.8), Breed("Hermelin", 1.0, 1.4),
     Breed("Rex", 2.5, 4.0), Breed("Blanding", 1.5, 3.0)),
    ("hvit", "grå", "brun", "svart", "hvit/brun", "agouti"),
    9, 38.5, 40.0, 0.05,
)
HORSE = SpeciesProfile(
    "horse",
    ("Blakken", "Stjerna", "Lyn", "Prinsesse", "Storm", "Svarten", "Brunetta", "Tindra", "Odin",
     "Flamme", "Vesla", "Rimfakse", "Sleipner", "Dagny"),
    (Breed("Dølahest", 500, 650), Breed("Fjordhest", 400, 500), Breed("Nordlandshest", 300, 400),
     Breed("Norsk kaldblodstraver", 480, 600), Breed("Varmblodstraver", 430, 520),
     Breed("Islandshest", 330, 400), Breed("Shetlandsponni", 150, 220),
     Breed("Norsk varmblod", 500, 650)),
    ("brun", "fux", "svart", "skimmel", "blakk", "rødblakk", "gråblakk", "borket"),
    25, 37.2, 38.2, 0.6,
)
CATTLE = SpeciesProfile(
    "cattle",
    ("Melkekyr, fjøs 1", "Melkekyr, fjøs 2", "Ungdyr", "Kjøttfe", "Kviger", "Ammekyr"),
    (Breed("Norsk rødt fe (NRF)", 550, 650), Breed("Hereford", 550, 750),
     Breed("Aberdeen Angus", 500, 700), Breed("Charolais", 700, 900), Breed("Jersey", 350, 450)),
    ("rød/hvit", "rød", "svart", "brun"),
    12, 38.0, 39.0, 0.0,
)
PROFILES: dict[str, SpeciesProfile] = {p.species: p for p in (DOG, CAT, RABBIT, HORSE, CATTLE)}

ANIMAL_ALERTS: tuple[tuple[str, str], ...] = (
    ("Allergisk mot penicillin", "mandatory"),
    ("Redd for håndtering – bruk munnkurv", "warning"),
    ("Diabetiker – sjekk insulinplan", "info"),
    ("MDR1-mutasjon: unngå ivermektin og loperamid", "mandatory"),
    ("Stresset ved venting – ta inn direkte", "info"),
    ("Reagerte på sedasjon sist (bradykardi)", "warning"),
)
CLIENT_ALERTS: tuple[tuple[str, str], ...] = (
    ("Utestående faktura – krev betaling ved oppmøte", "warning"),
    ("Hørselshemmet – send SMS heller enn å ringe", "info"),
    ("Ønsker kun kontakt på e-post", "info"),
    ("Truende oppførsel ved forrige besøk – to ansatte til stede", "mandatory"),
    ("Tolk ønskes (polsk)", "info"),
)

"""Norwegian clinical text for the demo journal, varied per species and kind of entry.

Each case is a small template whose blanks (side, duration, leg) are filled by chance, so ten
years of history read like a real chart rather than one sentence repeated.
"""

from __future__ import annotations

from dataclasses import dataclass

from vetdesk.services.demo.random_tools import DemoRandom

SIDES = ("høyre", "venstre")
DURATIONS = ("siden i går", "i to dager", "i tre dager", "i omtrent en uke", "siden i helgen")


@dataclass(frozen=True)
class Case:
    species: frozenset[str]
    anamnesis: str
    findings: str
    diagnosis: str
    treatment: str
    plan: str
    fever: bool = False
    drug: str | None = None  # key in the drug catalogue, prescribed with this case
    referral: str | None = None  # speciality the case may be referred to
    procedure: bool = False


_PETS = frozenset({"dog", "cat", "rabbit"})
_DOG = frozenset({"dog"})
_CAT = frozenset({"cat"})
_DOG_CAT = frozenset({"dog", "cat"})

CASES: tuple[Case, ...] = (
    Case(_DOG, "Halter på {side} bakbein {duration}. Spiser og drikker normalt.",
         "Smerte ved fleksjon av {side} kne, lett hevelse medialt. Positiv skuffeskuff-test.",
         "Mistanke om korsbåndskade, {side} kne",
         "Meloksikam 0,1 mg/kg p.o. én gang daglig i 7 dager.",
         "Båndtvang og korte lufteturer i 3 uker. Henvises til ortoped ved manglende bedring.",
         drug="metacam_oral", referral="Ortopedi"),
    Case(_DOG_CAT, "Klør seg i {side} øre og rister på hodet {duration}.",
         "Rødt, fortykket ytre øregang {side} side med brunt sekret. Trommehinne intakt.",
         "Otitis externa, {side} øre", "Øret renset. Surolan øredråper 5 dråper 2 ganger daglig.",
         "Kontroll om 14 dager.", drug="surolan"),
    Case(_DOG_CAT, "Oppkast og diaré {duration}. Har spist gress og noe fra søpla.",
         "Lett dehydrert, ømhet ved palpasjon av abdomen. Ingen fremmedlegeme palperes.",
         "Akutt gastroenteritt", "Maropitant 1 mg/kg s.c. Skånekost i 3 dager.",
         "Ring ved blod i avføring eller ved forverring.", fever=True, drug="cerenia"),
    Case(_DOG, "Kløe over hele kroppen, verst på poter og i armhuler {duration}.",
         "Erytem og slikkeeksem interdigitalt, sekundær pyodermi i lysken.",
         "Atopisk dermatitt med sekundær pyodermi",
         "Oklacitinib 0,4–0,6 mg/kg 2 ganger daglig i 14 dager, deretter én gang daglig.",
         "Kontroll om 4 uker; vurdere eliminasjonsdiett.", drug="apoquel"),
    Case(_DOG_CAT, "Dårlig ånde, tygger forsiktig.",
         "Betydelig tannstein, gingivitt grad 2. Løs premolar {side} overkjeve.",
         "Periodontitt", "Tannrens og ekstraksjon av 1 tann i narkose. Hjemmestell instruert.",
         "Kontroll av tannkjøtt om 10 dager.", procedure=True),
    Case(_CAT, "Går ofte på kassen, små mengder urin, noe blod {duration}.",
         "Liten, smertefull blære. Ingen obstruksjon. Urinstix: blod +++, pH 7,0.",
         "Idiopatisk cystitt (FIC)", "Robenakoksib 1 mg/kg i 3 dager. Mer vann i kosten.",
         "Kontroll og ny urinprøve om 10 dager.", drug="onsior"),
    Case(_CAT, "Nyser og har rennende øyne {duration}, spiser dårlig.",
         "Serøst nese- og øyeflod, lett feber, munnsår på tungen.", "Kattesnue",
         "Støttebehandling, fuktig fôr varmet opp.", "Ring hvis den slutter å spise.",
         fever=True),
    Case(_CAT, "Eldre katt som drikker mye og har gått ned i vekt.",
         "Nedsatt hold, små nyrer ved palpasjon. Blodtrykk 165 mmHg.",
         "Kronisk nyresykdom, IRIS stadium 2", "Nyrediett. Telmisartan 2 mg/kg daglig.",
         "Blodprøvekontroll om 3 måneder.", drug="semintra"),
    Case(_DOG, "Hoster etter aktivitet, mindre utholdende {duration}.",
         "Systolisk bilyd grad 4/6 over mitralis. Lungelyd normale.",
         "Myksomatøs mitralklaffsykdom, stadium B2",
         "Pimobendan 0,25 mg/kg 2 ganger daglig.",
         "Ultralyd av hjertet; henvises til kardiolog.", drug="vetmedin", referral="Kardiologi"),
    Case(frozenset({"rabbit"}), "Spiser mindre, sikler {duration}.",
         "Skarpe kanter på kinntenner {side} side med sår i kinnslimhinnen.",
         "Tannfeilstilling (malokklusjon)", "Kinntenner slipt i sedasjon.",
         "Mer høy i kosten. Kontroll om 6 uker.", procedure=True),
    Case(_PETS, "Årlig helsekontroll. Ingen anmerkninger fra eier.",
         "Normalt allmenntilstand, god hold. Hjerte og lunger u.a. Tenner fine.",
         "Frisk", "Ingen behandling.", "Ny kontroll om ett år."),
    Case(_DOG_CAT, "Kastrering etter avtale. Fastende fra i går kveld.",
         "Frisk ved preanestetisk undersøkelse.", "Kastrering",
         "Kastrert i generell anestesi uten komplikasjoner. Smertestillende gitt.",
         "Skjerm eller body i 10 dager. Kontroll ved behov.", procedure=True, drug="metacam_oral"),
    Case(frozenset({"horse"}), "Halter på {side} framben {duration}, varm hov.",
         "Halthet grad 3/5, positiv hovtang over sålen, økt digital puls.",
         "Hovabscess, {side} framben", "Abscess åpnet og drenert. Hovbandasje.",
         "Bytt bandasje daglig i 5 dager.", drug="finadyne"),
    Case(frozenset({"horse"}), "Urolig, skraper og ser seg mot flanken siden i morges.",
         "Puls 52, nedsatt tarmlyd, ingen reflux. Rektalt: luft i tykktarm.",
         "Krampekolikk", "Fluniksin 1,1 mg/kg i.v. Skritting, fôr holdes tilbake i 12 timer.",
         "Ring straks ved ny uro; vurder innleggelse på klinikk.", drug="finadyne",
         referral="Hestekirurgi"),
    Case(frozenset({"horse"}), "Årlig tannkontroll og helsesjekk.",
         "Skarpe emaljekanter på kinntenner, ellers u.a.", "Tannraspsbehov",
         "Tenner raspet i sedasjon.", "Ny kontroll om ett år.", procedure=True),
    Case(frozenset({"cattle"}), "Bonden melder om {count} kyr med hard jur og flokket melk.",
         "Akutt klinisk mastitt i {side} bakkjertel hos de undersøkte, lett feber.",
         "Klinisk mastitt", "Benzylpenicillinprokain i.m. i 4 dager. Melkeprøver sendt.",
         "Tilbakeholdelsestid gitt skriftlig. Ny vurdering om 4 dager.", fever=True,
         drug="penovet"),
    Case(frozenset({"cattle"}), "{count} kyr nylig kalvet, svake og ligger.",
         "Kalde ører, nedsatt vomaktivitet, klinisk hypokalsemi.", "Melkefeber (hypokalsemi)",
         "Kalsiumglukonat i.v. langsomt.", "Tilsyn i morgen tidlig.", drug="calciject"),
    Case(frozenset({"cattle"}), "Besetningsbesøk: fruktbarhetskontroll.",
         "Drektighetsundersøkt {count} dyr; de fleste drektige.", "Besetningskontroll",
         "Ingen behandling.", "Neste besøk om 6 uker."),
)

VACCINES: dict[str, tuple[tuple[str, str], ...]] = {
    # (product, disease) per species; dogs alternate core and leptospirosis/kennel cough.
    "dog": (("Nobivac DHPPi", "valpesyke, parvovirus, hepatitt, parainfluensa"),
            ("Nobivac L4", "leptospirose"), ("Nobivac KC", "kennelhoste")),
    "cat": (("Purevax RCP", "kattepest, kattesnue"),
            ("Nobivac Tricat Trio", "kattepest, kattesnue")),
    "rabbit": (("Nobivac Myxo-RHD PLUS", "myksomatose, RHD1 og RHD2"),),
    "horse": (("Equilis Prequenza Te", "hesteinfluensa, stivkrampe"),
              ("ProteqFlu-Te", "hesteinfluensa, stivkrampe")),
}

PHONE_CALLS: tuple[tuple[str, str], ...] = (
    ("Eier spør om dyret kan få paracet for smerter.",
     "Frarådet paracetamol (giftig for katt, risikabelt for hund). Bestilt time i morgen."),
    ("Eier melder at dyret er bedre etter behandlingen.",
     "Fortsett kuren som planlagt. Kontroll ikke nødvendig."),
    ("Eier lurer på fôrmengde etter kastrering.", "Anbefalt 10–15 % mindre fôr, veie månedlig."),
    ("Dyret har spist sjokolade for ca. 1 time siden, omtrent 50 g melkesjokolade.",
     "Beregnet dose under toksisk grense. Observer hjemme, ring ved skjelving eller uro."),
    ("Eier melder om ny oppkast i natt.", "Skånekost i ett døgn; time hvis det ikke går over."),
    ("Spørsmål om vaksinasjon før utenlandsreise.",
     "Informert om rabiesvaksine og ormekur før innreise til Norge. Time bestilt."),
)
NOTES: tuple[str, ...] = (
    "Forsikringsskjema utfylt og sendt til forsikringsselskapet.",
    "Mottatt journal fra tidligere klinikk; lagt inn som vedlegg.",
    "Eier ønsker påminnelse på SMS, ikke e-post.",
    "Resept fornyet etter telefonsamtale; ingen endring i dosering.",
    "Prøvesvar formidlet til eier på telefon.",
    "Eier informert om pris for tannbehandling; tenker på det.",
)
LAB_PANELS: tuple[tuple[str, str, float, float, int], ...] = (
    # (test, unit, reference low, reference high, decimals)
    ("ALT", "U/L", 10, 100, 0), ("ALP", "U/L", 20, 150, 0), ("Kreatinin", "µmol/L", 40, 130, 0),
    ("Urea", "mmol/L", 2.5, 9.6, 1), ("Glukose", "mmol/L", 4.1, 7.9, 1),
    ("Total T4", "nmol/L", 13, 51, 0), ("Hematokrit", "%", 37, 55, 0),
    ("Leukocytter", "10^9/L", 5.5, 16.9, 1), ("SDMA", "µg/dL", 0, 14, 0),
)
LABORATORIES = ("Klinikkens eget laboratorium", "Vetlab Norge", "IDEXX Laboratories")
EUTHANASIA = (
    "Avlivning etter samtale med eier; alderdom og nedsatt livskvalitet.",
    "Avlivning etter eiers ønske; uhelbredelig sykdom.",
)
CORRECTIONS: tuple[tuple[str, str], ...] = (
    ("Feil side notert (venstre/høyre).", "clinic"),
    ("Skrivefeil i dosering rettet.", "clinic"),
    ("Eier ba om retting av opplysninger i anamnesen.", "owner"),
)
VOID_REASON = "Skrevet på feil dyr; journalnotatet gjelder et annet dyr i samme husstand."


def pick_case(rng: DemoRandom, species: str) -> Case:
    while True:
        case = rng.pick(CASES)
        if species in case.species:
            return case


def consultation_content(rng: DemoRandom, case: Case) -> dict[str, str]:
    blanks = {
        "side": rng.pick(SIDES), "duration": rng.pick(DURATIONS), "count": str(rng.randint(2, 6)),
    }
    return {
        "anamnesis": case.anamnesis.format(**blanks),
        "findings": case.findings.format(**blanks),
        "diagnosis": case.diagnosis.format(**blanks),
        "treatment": case.treatment.format(**blanks),
        "plan": case.plan.format(**blanks),
    }


def procedure_content(rng: DemoRandom, case: Case) -> dict[str, str]:
    """A surgery or procedure in the fields the journal has for one (journal/kinds.py)."""
    text = consultation_content(rng, case)
    treatment = text["treatment"].lower()
    if "narkose" in treatment or "anestesi" in treatment:
        anaesthesia = "Generell anestesi (propofol/isofluran), overvåket puls og SpO2."
    elif "sedasjon" in treatment:
        anaesthesia = "Sedasjon (medetomidin/butorfanol), reversert med atipamezol."
    else:
        anaesthesia = ""
    content = {
        "procedure": text["diagnosis"],
        "anaesthesia": anaesthesia,
        "description": f"{text['anamnesis']} {text['findings']} {text['treatment']}",
        "complications": "Ingen.",
        "aftercare": text["plan"],
    }
    return {name: value for name, value in content.items() if value}


def lab_content(rng: DemoRandom) -> dict[str, str]:
    """A lab result as readable text, one line per test, flagged H/L outside the range."""
    lines = []
    flagged = []
    for test, unit, low, high, decimals in rng.sample(LAB_PANELS, rng.randint(3, 6)):
        value = rng.uniform(low * 0.8, high * 1.25)
        shown = f"{value:.{decimals}f}".replace(".", ",")
        reference = f"{low:g}–{high:g}".replace(".", ",")
        flag = "H" if value > high else ("L" if value < low else "")
        if flag:
            flagged.append(test)
        lines.append(f"{test}: {shown} {unit} (ref. {reference}){' ' + flag if flag else ''}")
    interpretation = ("Avvik: " + ", ".join(flagged) + ". Vurderes ved kontroll.") if flagged \
        else "Alle verdier innenfor referanseområdet."
    return {"test": "Hematologi og biokjemi (serum og EDTA-blod)",
            "laboratory": rng.pick(LABORATORIES), "result": "\n".join(lines),
            "interpretation": interpretation}


def corrected(content: dict[str, object]) -> dict[str, object]:
    """The corrected text: swap the side where one is named, otherwise add a precision."""
    changed = dict(content)
    for key, value in content.items():
        if isinstance(value, str) and ("venstre" in value or "høyre" in value):
            changed[key] = value.replace("venstre", "\0").replace("høyre", "venstre") \
                .replace("\0", "høyre")
            return changed
    first = next(iter(content))
    changed[first] = f"{content[first]} (presisert etter samtale med eier)"
    return changed

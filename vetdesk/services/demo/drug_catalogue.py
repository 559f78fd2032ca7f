"""A catalogue of about thirty veterinary products, as a Norwegian clinic would keep it.

Names, substances and ATC codes follow the real products; the varenummer are made up.
Withdrawal days are given only for products used on food-producing species (None: not
authorised for them), and 0 is a real value that must still be printed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Product:
    key: str
    name: str
    substances: str
    form: str
    strength: str
    pack_size: str
    varenummer: str
    atc: str
    antibiotic: bool
    meat_days: int | None
    milk_days: int | None
    dosage: str
    days: int | None
    price_ore: int


P = Product
CATALOGUE: tuple[Product, ...] = (
    P("metacam_oral", "Metacam vet.", "meloksikam", "mikstur, suspensjon", "1,5 mg/ml", "32 ml",
      "084512", "QM01AC06", False, None, None, "0,1 mg/kg én gang daglig med fôret", 7, 28900),
    P("metacam_inj", "Metacam vet.", "meloksikam", "injeksjonsvæske", "20 mg/ml", "50 ml",
      "084530", "QM01AC06", False, 15, 5, "0,5 mg/kg s.c. én gang", 1, 61200),
    P("rimadyl", "Rimadyl vet.", "karprofen", "tyggetablett", "50 mg", "14 stk", "091735",
      "QM01AE91", False, None, None, "4 mg/kg daglig fordelt på 1–2 doser", 10, 24500),
    P("previcox", "Previcox", "firokoksib", "tyggetablett", "227 mg", "10 stk", "052218",
      "QM01AH90", False, None, None, "5 mg/kg én gang daglig", 10, 39800),
    P("onsior", "Onsior vet.", "robenakoksib", "tablett", "6 mg", "6 stk", "029914", "QM01AH91",
      False, None, None, "1 tablett daglig i 3–6 dager", 6, 17900),
    P("librela", "Librela", "bedinvetmab", "injeksjonsvæske", "10 mg", "1 hetteglass",
      "410233", "QN02BG91", False, None, None, "0,5–1 mg/kg s.c. én gang i måneden", 30, 69500),
    P("synulox", "Synulox vet.", "amoksicillin, klavulansyre", "tablett", "250 mg", "10 stk",
      "146621", "QJ01CR02", True, None, None, "12,5 mg/kg 2 ganger daglig", 7, 31200),
    P("clavaseptin", "Clavaseptin vet.", "amoksicillin, klavulansyre", "tablett", "250 mg",
      "10 stk", "482279", "QJ01CR02", True, None, None, "12,5 mg/kg 2 ganger daglig", 7, 29800),
    P("penovet", "Penovet vet.", "benzylpenicillinprokain", "injeksjonsvæske", "300 mg/ml",
      "100 ml", "016683", "QJ01CE09", True, 6, 6, "20 mg/kg i.m. én gang daglig", 4, 34900),
    P("ethacilin", "Ethacilin vet.", "benzylpenicillinprokain", "injeksjonsvæske", "300 mg/ml",
      "250 ml", "016701", "QJ01CE09", True, 6, 4, "20 mg/kg i.m. én gang daglig", 4, 62400),
    P("baytril", "Baytril vet.", "enrofloksacin", "tablett", "50 mg", "10 stk", "027441",
      "QJ01MA90", True, None, None, "5 mg/kg én gang daglig", 10, 33400),
    P("ronaxan", "Ronaxan vet.", "doksysyklin", "tablett", "100 mg", "10 stk", "038820",
      "QJ01AA02", True, None, None, "10 mg/kg én gang daglig med fôret", 21, 27600),
    P("clindabactin", "Clindabactin vet.", "klindamycin", "tyggetablett", "220 mg", "14 stk",
      "177102", "QJ01FF01", True, None, None, "11 mg/kg 2 ganger daglig", 10, 35900),
    P("apoquel", "Apoquel", "oklacitinib", "tablett", "16 mg", "20 stk", "093427", "QD11AH90",
      False, None, None, "0,4–0,6 mg/kg 2 ganger daglig i 14 dager", 28, 74900),
    P("cytopoint", "Cytopoint", "lokivetmab", "injeksjonsvæske", "20 mg", "1 hetteglass",
      "575318", "QD11AH91", False, None, None, "1 mg/kg s.c.", 30, 82000),
    P("surolan", "Surolan vet.", "mikonazolnitrat, polymyksin B, prednisolonacetat",
      "øredråper, suspensjon", "23 mg/ml + 0,53 mg/ml + 5 mg/ml", "15 ml", "059840", "QS02CA01",
      True, None, None, "5 dråper i øret 2 ganger daglig", 14, 21900),
    P("easotic", "Easotic", "hydrokortisonaceponat, mikonazol, gentamicin",
      "øredråper, suspensjon", "1,11 mg/ml + 15,1 mg/ml + 1,5 mg/ml", "10 ml", "186345",
      "QS02CA03", True, None, None, "1 dose i øret én gang daglig", 5, 26700),
    P("prednisolon", "Prednisolon Alternova", "prednisolon", "tablett", "5 mg", "20 stk",
      "412265", "QH02AB06", False, None, None, "0,5–1 mg/kg daglig, nedtrappes", 14, 9800),
    P("vetmedin", "Vetmedin vet.", "pimobendan", "tyggetablett", "5 mg", "50 stk", "018754",
      "QC01CE90", False, None, None, "0,25 mg/kg 2 ganger daglig, 1 time før fôring", 90, 72400),
    P("fortekor", "Fortekor vet.", "benazeprilhydroklorid", "tablett", "5 mg", "14 stk",
      "044201", "QC09AA07", False, None, None, "0,25–0,5 mg/kg én gang daglig", 30, 22800),
    P("semintra", "Semintra", "telmisartan", "mikstur, oppløsning", "4 mg/ml", "30 ml",
      "092284", "QC09CA07", False, None, None, "2 mg/kg én gang daglig", 30, 42100),
    P("vetoryl", "Vetoryl", "trilostan", "kapsel, hard", "30 mg", "30 stk", "011463",
      "QH02CA01", False, None, None, "2 mg/kg én gang daglig med fôret", 30, 89600),
    P("caninsulin", "Caninsulin vet.", "insulin (svin)", "injeksjonsvæske, suspensjon",
      "40 IE/ml", "10 ml", "057219", "QA10AC03", False, None, None,
      "Individuell dose s.c. 2 ganger daglig", 30, 38900),
    P("cerenia", "Cerenia", "maropitantsitrat", "tablett", "16 mg", "4 stk", "025678",
      "QA04AD90", False, None, None, "2 mg/kg én gang daglig", 4, 18600),
    P("drontal", "Drontal Comp Forte vet.", "prazikvantel, pyrantelembonat, febantel",
      "tablett", "175 mg + 504 mg + 525 mg", "2 stk", "033118", "QP52AA51", False, None, None,
      "1 tablett per 35 kg kroppsvekt som engangsdose", 1, 16400),
    P("milbemax", "Milbemax vet.", "milbemycinoksim, prazikvantel", "tablett",
      "12,5 mg + 125 mg", "2 stk", "018247", "QP54AB51", False, None, None,
      "1 tablett per 5–25 kg som engangsdose", 1, 17200),
    P("bravecto", "Bravecto", "fluralaner", "tyggetablett", "500 mg", "1 stk", "113487",
      "QP53BE02", False, None, None, "1 tablett hver 12. uke", 84, 45900),
    P("equest", "Equest", "moksidektin", "oral gel", "18,92 mg/g", "11,8 g", "004987",
      "QP54AB02", False, 32, None, "0,4 mg/kg oralt som engangsdose", 1, 24900),
    P("finadyne", "Finadyne vet.", "fluniksinmeglumin", "injeksjonsvæske", "50 mg/ml",
      "100 ml", "051342", "QM01AG90", False, 5, 1, "1,1 mg/kg i.v. én gang daglig", 3, 48700),
    P("dexadreson", "Dexadreson vet.", "deksametasonnatriumfosfat", "injeksjonsvæske",
      "2 mg/ml", "50 ml", "047785", "QH02AB02", False, 8, 3, "0,06 mg/kg i.m. som engangsdose",
      1, 31100),
    P("calciject", "Calciject 40 CM", "kalsiumglukonat, magnesiumklorid", "infusjonsvæske",
      "400 ml", "1 flaske", "069533", "QA12AA20", False, 0, 0, "400 ml langsomt i.v.", 1, 15900),
    P("mastiplan", "Mastiplan LC", "cefapirin, prednisolon", "intramammær suspensjon",
      "300 mg + 20 mg", "20 injektorer", "105569", "QJ51RD01", True, 4, 5,
      "1 injektor i affisert kjertel 2 ganger med 12 timers mellomrom", 1, 59300),
)
BY_KEY: dict[str, Product] = {product.key: product for product in CATALOGUE}
FOOD_PRODUCTS: tuple[Product, ...] = tuple(p for p in CATALOGUE if p.meat_days is not None)
PET_PRODUCTS: tuple[Product, ...] = tuple(p for p in CATALOGUE if p.meat_days is None)


def withdrawal_text(product: Product, species: str) -> str | None:
    """The withdrawal statement a food-producing animal's prescription must carry, even 0."""
    if species not in {"cattle", "horse"}:
        return None
    if product.meat_days is None:
        return "Ikke godkjent til matproduserende dyr: 6 måneders tilbakeholdelse for slakt " \
            "(kaskade)." if species == "horse" else None
    text = f"Slakt: {product.meat_days} døgn."
    if species == "cattle" and product.milk_days is not None:
        text += f" Melk: {product.milk_days} døgn."
    return text

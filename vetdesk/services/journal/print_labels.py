"""Words printed on the journal printout, in Norwegian bokmål (default) and English.

The PDF goes to owners, insurers and other clinics, mostly in Norway; the program's screens are
translated with Qt, but a document has to be in one language chosen when printing.
"""

from __future__ import annotations

import datetime as dt

from vetdesk.domain.codes import JournalKind, Sex, Species
from vetdesk.i18n import translations
from vetdesk.services.journal.kinds import KIND_LABELS, field_label, fields_of

Language = str

WORDS: dict[Language, dict[str, str]] = {
    "nb": {
        "title": "Journal for {name}",
        "period": "Periode: {start} – {end}",
        "all_time": "hele journalen",
        "owner": "Eier",
        "animal": "Dyr",
        "client_no": "Kundenr. {no}",
        "born": "Født {date}",
        "chip": "Chip {chip}",
        "deceased": "Død {date}",
        "neutered": "kastrert",
        # A female is spayed (sterilisert), as the chart says (ui/chart/formatting.py).
        "spayed": "sterilisert",
        "help_requested": "Anmodet om hjelp {when}",
        "signed": "Signert {when} av {who}",
        "auto_locked": "Låst automatisk {when} i navnet til {who}",
        "corrected": "RETTET — gjeldende versjon {no}",
        "voided": "ANNULLERT {when} av {who}: {reason}",
        "confidential": "KONFIDENSIELT",
        "correction_note": "Versjon {no}, {when}, {who} — årsak: {reason}{asked}",
        "void_note": "Annullert {when}, {who} — årsak: {reason}{asked}",
        "asked_by_owner": " (på eiers forespørsel)",
        "measurements": "Målinger",
        "weight": "Vekt {value} kg",
        "temperature": "Temperatur {value} °C",
        "attachment": "Vedlegg: {name} ({size}, SHA-256 {sha})",
        "page": "Side {page} av {pages}",
        "footer": "Journalutskrift · {animal} · skrevet ut {when} av {who}",
        "empty": "Ingen journalnotater i perioden.",
        "removed": "fjernet tekst",
        "added": "tilføyd tekst",
        "legend": "Rettinger:",
        "org": "Org.nr. {no}",
        "tel": "Tlf. {phone}",
    },
    "en": {
        "title": "Journal for {name}",
        "period": "Period: {start} – {end}",
        "all_time": "the whole journal",
        "owner": "Owner",
        "animal": "Animal",
        "client_no": "Client no. {no}",
        "born": "Born {date}",
        "chip": "Chip {chip}",
        "deceased": "Died {date}",
        "neutered": "neutered",
        "spayed": "spayed",
        "help_requested": "Help asked for {when}",
        "signed": "Signed {when} by {who}",
        "auto_locked": "Locked automatically {when} in the name of {who}",
        "corrected": "CORRECTED — current version {no}",
        "voided": "VOIDED {when} by {who}: {reason}",
        "confidential": "CONFIDENTIAL",
        "correction_note": "Version {no}, {when}, {who} — reason: {reason}{asked}",
        "void_note": "Voided {when}, {who} — reason: {reason}{asked}",
        "asked_by_owner": " (at the owner's request)",
        "measurements": "Measurements",
        "weight": "Weight {value} kg",
        "temperature": "Temperature {value} °C",
        "attachment": "Attachment: {name} ({size}, SHA-256 {sha})",
        "page": "Page {page} of {pages}",
        "footer": "Journal printout · {animal} · printed {when} by {who}",
        "empty": "No journal entries in this period.",
        "removed": "removed text",
        "added": "added text",
        "legend": "Corrections:",
        "org": "Org. no. {no}",
        "tel": "Phone {phone}",
    },
}

_FIELDS_NB = {
    "anamnesis": "Anamnese", "findings": "Funn", "diagnosis": "Diagnose",
    "treatment": "Behandling", "plan": "Plan", "caller": "Innringer", "summary": "Samtale",
    "advice": "Råd gitt", "product": "Vaksine", "batch": "Batchnr.", "next_due_on": "Neste dose",
    "notes": "Merknader", "procedure": "Inngrep", "anaesthesia": "Anestesi",
    "description": "Beskrivelse", "complications": "Komplikasjoner", "aftercare": "Etterbehandling",
    "test": "Analyse", "laboratory": "Laboratorium", "result": "Resultat",
    "interpretation": "Tolkning", "text": "Notat", "request_type": "Krav",
    "received_on": "Mottatt", "request": "Hva ble bedt om", "decision": "Avgjørelse",
    "decision_reason": "Begrunnelse", "event_time": "Tidspunkt",
    "help_requested_at": "Anmodet om hjelp", "weight_kg": "Vekt (kg)",
    "temperature_c": "Temperatur (°C)", "confidential": "Konfidensielt",
}
_SPECIES_NB = {
    Species.DOG: "hund", Species.CAT: "katt", Species.RABBIT: "kanin", Species.HORSE: "hest",
    Species.CATTLE: "storfe", Species.SHEEP: "sau", Species.GOAT: "geit", Species.PIG: "gris",
    Species.POULTRY: "fjørfe", Species.GUINEA_PIG: "marsvin", Species.FERRET: "ilder",
    Species.BIRD: "fugl", Species.REPTILE: "reptil", Species.OTHER: "annet",
}
_SEX_NB = {Sex.MALE: "hann", Sex.FEMALE: "hunn", Sex.UNKNOWN: "ukjent kjønn"}
_VALUES_NB = {
    "access": "innsyn", "correction": "retting", "pending": "under behandling",
    "granted": "innvilget", "partly_granted": "delvis innvilget", "refused": "avslått",
}


def words(language: Language) -> dict[str, str]:
    return WORDS.get(language, WORDS["nb"])


def kind_label(kind: JournalKind, language: Language) -> str:
    """From the core's catalogue, as the chart on screen shows it (one source)."""
    english = KIND_LABELS[kind]
    if language == "en":
        return english
    return translations("nb").get(english, english)


def field_name(kind: JournalKind, name: str, language: Language) -> str:
    if language == "en":
        return field_label(kind, name)
    return _FIELDS_NB.get(name, field_label(kind, name))


def field_value(kind: JournalKind, name: str, value: str, language: Language) -> str:
    if language != "en" and name in {"request_type", "decision"}:
        return _VALUES_NB.get(value, value)
    if any(spec.name == name and spec.is_date for spec in fields_of(kind)):
        try:
            return dt.date.fromisoformat(value).strftime("%d.%m.%Y")
        except ValueError:
            return value
    return value


def species_label(species: Species, language: Language) -> str:
    return species.value.replace("_", " ") if language == "en" else _SPECIES_NB[species]


def sex_label(sex: Sex, language: Language) -> str:
    return sex.value if language == "en" else _SEX_NB[sex]


def change_label(kind: JournalKind, name: str, english: str, language: Language) -> str:
    """The label of a changed field or measurement in a correction note."""
    return english if language == "en" else _FIELDS_NB.get(name, field_label(kind, name))

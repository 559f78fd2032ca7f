"""Message texts in bokmål and English, with placeholders, each overridable in the settings
(``vetdesk settings set template.recall.sms.nb "…"``).

Placeholders: {client} (the client's first name), {animal}, {what} (vaccination, health
check…), {date} (dd.mm.yyyy), {time} (24-hour), {vet}, {clinic}, {clinic_phone}. The texts are
content, not program text: a clinic writing English reminders keeps bokmål menus.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

from vetdesk.i18n import N_, _
from vetdesk.services.settings.keys import Parser, SettingKey, problem

PLACEHOLDERS = ("client", "animal", "what", "date", "time", "vet", "clinic", "clinic_phone")
KINDS = ("recall", "recall_second", "appointment_reminder", "appointment_confirmation",
         "appointment_moved", "appointment_cancelled")
PARTS = ("sms", "email_subject", "email_body")
LANGUAGES = ("nb", "en")

_NB = {
    "recall": (
        "Hei {client}! {animal} skal ha {what} innen {date}. Ring {clinic_phone} for time. "
        "Hilsen {clinic}",
        "{animal}: {what} innen {date}",
        "Hei {client}!\n\n{animal} skal ha {what} innen {date}. Ring oss på {clinic_phone} "
        "for å bestille time.\n\nVennlig hilsen\n{clinic}"),
    "recall_second": (
        "Påminnelse: {animal} skulle hatt {what} innen {date}. Ring {clinic_phone} for time. "
        "Hilsen {clinic}",
        "Påminnelse: {what} for {animal}",
        "Hei {client}!\n\nVi minner om at {animal} skulle hatt {what} innen {date}. Ring oss "
        "på {clinic_phone} for å bestille time.\n\nVennlig hilsen\n{clinic}"),
    "appointment_reminder": (
        "Påminnelse: {animal} har time hos {vet} {date} kl. {time}. Avbestill på "
        "{clinic_phone}. Hilsen {clinic}",
        "Påminnelse om time {date} kl. {time}",
        "Hei {client}!\n\n{animal} har time hos {vet} {date} kl. {time}. Kan du ikke komme, "
        "ring oss på {clinic_phone}.\n\nVennlig hilsen\n{clinic}"),
    "appointment_confirmation": (
        "Bekreftelse: {animal} har time hos {vet} {date} kl. {time}. Hilsen {clinic}, "
        "tlf. {clinic_phone}",
        "Timebekreftelse {date} kl. {time}",
        "Hei {client}!\n\n{animal} har time hos {vet} {date} kl. {time}. Timen ligger ved "
        "som kalenderinvitasjon.\n\nVennlig hilsen\n{clinic}, tlf. {clinic_phone}"),
    # {date}, {time} and {vet} are the new ones.
    "appointment_moved": (
        "Ny tid: {animal} har nå time hos {vet} {date} kl. {time}. Passer det ikke, ring "
        "{clinic_phone}. Hilsen {clinic}",
        "Timen er flyttet til {date} kl. {time}",
        "Hei {client}!\n\nTimen til {animal} er flyttet. Ny tid: {date} kl. {time} hos {vet}. "
        "Passer det ikke, ring oss på {clinic_phone}.\n\nVennlig hilsen\n{clinic}"),
    "appointment_cancelled": (
        "Timen til {animal} hos {vet} {date} kl. {time} er avlyst. Ring {clinic_phone} for ny "
        "time. Hilsen {clinic}",
        "Timen {date} kl. {time} er avlyst",
        "Hei {client}!\n\nTimen til {animal} hos {vet} {date} kl. {time} er avlyst. Ring oss "
        "på {clinic_phone} for å bestille en ny time.\n\nVennlig hilsen\n{clinic}"),
}
_EN = {
    "recall": (
        "Hi {client}! {animal} is due for {what} by {date}. Call {clinic_phone} to book. "
        "{clinic}",
        "{animal}: {what} due by {date}",
        "Hi {client},\n\n{animal} is due for {what} by {date}. Call us on {clinic_phone} to "
        "book a visit.\n\nKind regards\n{clinic}"),
    "recall_second": (
        "Reminder: {animal} was due for {what} by {date}. Call {clinic_phone} to book. "
        "{clinic}",
        "Reminder: {what} for {animal}",
        "Hi {client},\n\nA reminder that {animal} was due for {what} by {date}. Call us on "
        "{clinic_phone} to book a visit.\n\nKind regards\n{clinic}"),
    "appointment_reminder": (
        "Reminder: {animal} sees {vet} on {date} at {time}. To cancel call {clinic_phone}. "
        "{clinic}",
        "Reminder: appointment on {date} at {time}",
        "Hi {client},\n\n{animal} sees {vet} on {date} at {time}. If you cannot come, call "
        "us on {clinic_phone}.\n\nKind regards\n{clinic}"),
    "appointment_confirmation": (
        "Confirmed: {animal} sees {vet} on {date} at {time}. {clinic}, tel. {clinic_phone}",
        "Appointment confirmed: {date} at {time}",
        "Hi {client},\n\n{animal} sees {vet} on {date} at {time}. The appointment is "
        "attached as a calendar invitation.\n\nKind regards\n{clinic}, tel. {clinic_phone}"),
    "appointment_moved": (
        "New time: {animal} now sees {vet} on {date} at {time}. If it does not suit you, call "
        "{clinic_phone}. {clinic}",
        "Appointment moved to {date} at {time}",
        "Hi {client},\n\n{animal}'s appointment has moved. New time: {date} at {time} with "
        "{vet}. If it does not suit you, call us on {clinic_phone}.\n\nKind regards\n"
        "{clinic}"),
    "appointment_cancelled": (
        "{animal}'s appointment with {vet} on {date} at {time} is cancelled. Call "
        "{clinic_phone} to book a new one. {clinic}",
        "Appointment on {date} at {time} cancelled",
        "Hi {client},\n\n{animal}'s appointment with {vet} on {date} at {time} is cancelled. "
        "Call us on {clinic_phone} to book a new one.\n\nKind regards\n{clinic}"),
}
DEFAULTS: dict[str, dict[str, tuple[str, str, str]]] = {"nb": _NB, "en": _EN}
# What is due, as the texts name it.
WHAT = {
    "nb": {"vaccination": "vaksinasjon", "checkup": "helsekontroll",
           "appointment": "time", "postop": "kontroll etter operasjonen"},
    "en": {"vaccination": "vaccination", "checkup": "a health check",
           "appointment": "an appointment", "postop": "a check after the operation"},
}


def template_key(kind: str, part: str, language: str) -> str:
    return f"template.{kind}.{part}.{language}"


def _template_parser(key: str) -> Parser:
    def parse(text: str) -> str:
        value = text.strip()
        try:
            names = {name for _lit, name, _spec, _conv in string.Formatter().parse(value)
                     if name is not None}
        except ValueError:
            names = {"{"}
        unknown = sorted(names - set(PLACEHOLDERS))
        if unknown or not value:
            raise problem(key, _(
                "{key} may use only these placeholders: {names}.").format(
                    key=key, names=", ".join("{" + p + "}" for p in PLACEHOLDERS)))
        return value
    return parse


def template_keys() -> tuple[SettingKey, ...]:
    keys: list[SettingKey] = []
    for language, kinds in DEFAULTS.items():
        for kind, texts in kinds.items():
            for part, default in zip(PARTS, texts, strict=True):
                key = template_key(kind, part, language)
                keys.append(SettingKey(key, N_("a message text (placeholders in braces)"),
                                       _template_parser(key), default=default))
    return tuple(keys)


@dataclass(frozen=True)
class Rendered:
    sms: str
    subject: str
    body: str


def render(settings: Mapping[str, str], kind: str, language: str,
           values: Mapping[str, str]) -> Rendered:
    """The texts of ``kind`` with ``values`` filled in (a missing value stays empty)."""
    language = language if language in DEFAULTS else "nb"
    filled = {name: values.get(name, "") for name in PLACEHOLDERS}
    texts = [settings.get(template_key(kind, part, language), default)
             for part, default in zip(PARTS, DEFAULTS[language][kind], strict=True)]
    sms, subject, body = (text.format(**filled) for text in texts)
    return Rendered(sms=sms, subject=subject, body=body)

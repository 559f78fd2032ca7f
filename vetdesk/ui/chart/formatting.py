"""How the chart writes times, numbers and code-list values (Norwegian formats, clinic zone)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from vetdesk.domain.codes import JournalKind, Sex, Species
from vetdesk.i18n import translations
from vetdesk.services.journal.kinds import KIND_LABELS, fields_of
from vetdesk.services.journal.kinds import field_label as english_field_label
from vetdesk.ui.front_desk.formats import appointment_status_label
from vetdesk.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

if TYPE_CHECKING:
    # The journal's screen types are many dataclasses: the sign-in notice that uses this
    # module does not need them (issue 9).
    from vetdesk.services.journal.types import AgeSpan


def tr(text: str) -> str:
    """Translate a chart string. pyside6-lupdate files a bare ``tr("...")`` call under the
    empty context (as for the front desk), so the lookup uses that context too."""
    return QCoreApplication.translate("", text)


# Times are stored in UTC and shown in ``zone`` (UI.md): the clinic's time zone setting,
# which the chart has from its ServiceContext (``ctx.zone``), handed down from start-up.

def local(moment: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    return moment.astimezone(zone)


def date_time_text(moment: dt.datetime | None, zone: ZoneInfo) -> str:
    return "" if moment is None else local(moment, zone).strftime("%d.%m.%Y %H:%M")


def time_text(moment: dt.datetime, zone: ZoneInfo) -> str:
    return local(moment, zone).strftime("%H:%M")


def asked_text(event_time: dt.datetime, requested: dt.datetime, zone: ZoneInfo) -> str:
    """When help was asked for, said briefly beside the event time: nothing when it is the
    event time, the clock time on the same day, else the date too."""
    if requested == event_time:
        return ""
    same_day = local(requested, zone).date() == local(event_time, zone).date()
    when = time_text(requested, zone) if same_day else date_time_text(requested, zone)
    return tr("help asked for {when}").format(when=when)


def date_text(day: dt.date | None) -> str:
    return "" if day is None else day.strftime("%d.%m.%Y")


def decimal_text(value: Decimal | None, places: int = 1) -> str:
    """31.4 → "31,4" (Norwegian decimal comma), trailing zeros beyond ``places`` dropped."""
    if value is None:
        return ""
    text = format(value.quantize(Decimal(1).scaleb(-places)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def parse_decimal(text: str) -> Decimal | None:
    """"31,4" or "31.4" → Decimal; empty → None; anything else raises ValueError."""
    cleaned = text.strip().replace(" ", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ValueError(cleaned) from exc
    if not value.is_finite():
        raise ValueError(cleaned)
    return value


# The service names fields in English; these lines let lupdate see the names so the lookups
# below find them (tests/gui/test_translations.py checks the lists stay complete). Kind names
# are not here: screen and printout both take them from the core's catalogue (kind_label).
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("journal_field", "Anamnesis"),
    QT_TRANSLATE_NOOP("journal_field", "Findings"),
    QT_TRANSLATE_NOOP("journal_field", "Diagnosis"),
    QT_TRANSLATE_NOOP("journal_field", "Treatment"),
    QT_TRANSLATE_NOOP("journal_field", "Plan"),
    QT_TRANSLATE_NOOP("journal_field", "Caller"),
    QT_TRANSLATE_NOOP("journal_field", "Conversation"),
    QT_TRANSLATE_NOOP("journal_field", "Advice given"),
    QT_TRANSLATE_NOOP("journal_field", "Vaccine"),
    QT_TRANSLATE_NOOP("journal_field", "Batch number"),
    QT_TRANSLATE_NOOP("journal_field", "Next due"),
    QT_TRANSLATE_NOOP("journal_field", "Notes"),
    QT_TRANSLATE_NOOP("journal_field", "Procedure"),
    QT_TRANSLATE_NOOP("journal_field", "Anaesthesia"),
    QT_TRANSLATE_NOOP("journal_field", "Description"),
    QT_TRANSLATE_NOOP("journal_field", "Complications"),
    QT_TRANSLATE_NOOP("journal_field", "Aftercare"),
    QT_TRANSLATE_NOOP("journal_field", "Test"),
    QT_TRANSLATE_NOOP("journal_field", "Laboratory"),
    QT_TRANSLATE_NOOP("journal_field", "Result"),
    QT_TRANSLATE_NOOP("journal_field", "Interpretation"),
    QT_TRANSLATE_NOOP("journal_field", "Note"),
    QT_TRANSLATE_NOOP("journal_field", "Request"),
    QT_TRANSLATE_NOOP("journal_field", "Received"),
    QT_TRANSLATE_NOOP("journal_field", "What was asked"),
    QT_TRANSLATE_NOOP("journal_field", "Decision"),
    QT_TRANSLATE_NOOP("journal_field", "Reason for the decision"),
)


CHOICE_NAMES = (
    QT_TRANSLATE_NOOP("journal_choice", "Access"),
    QT_TRANSLATE_NOOP("journal_choice", "Correction"),
    QT_TRANSLATE_NOOP("journal_choice", "Pending"),
    QT_TRANSLATE_NOOP("journal_choice", "Granted"),
    QT_TRANSLATE_NOOP("journal_choice", "Partly granted"),
    QT_TRANSLATE_NOOP("journal_choice", "Refused"),
)


def choice_label(choice: str) -> str:
    """"partly_granted" → "Delvis innvilget" (the stored value stays English)."""
    return QCoreApplication.translate("journal_choice", choice.replace("_", " ").capitalize())


def shown_value(kind: JournalKind, name: str, value: str) -> str:
    """A stored choice ("partly_granted") as the reader says it; any other value unchanged."""
    for spec in fields_of(kind):
        if spec.name == name and spec.choices and value in spec.choices:
            return choice_label(value)
    return value


def kind_label(kind: JournalKind) -> str:
    """The kind's name as the printout has it: one source, services_nb.po (issue 8: the
    screen said "Operasjon eller inngrep", the paper "Operasjon/inngrep")."""
    english = KIND_LABELS[kind]
    if QLocale().language() in (QLocale.Language.NorwegianBokmal,
                                QLocale.Language.NorwegianNynorsk):
        return translations("nb").get(english, english)
    return english


def field_label(kind: JournalKind, name: str) -> str:
    return QCoreApplication.translate("journal_field", english_field_label(kind, name))


def species_label(species: Species) -> str:
    labels = {
        Species.DOG: tr("Dog"), Species.CAT: tr("Cat"), Species.RABBIT: tr("Rabbit"),
        Species.HORSE: tr("Horse"), Species.CATTLE: tr("Cattle"), Species.SHEEP: tr("Sheep"),
        Species.GOAT: tr("Goat"), Species.PIG: tr("Pig"), Species.POULTRY: tr("Poultry"),
        Species.GUINEA_PIG: tr("Guinea pig"), Species.FERRET: tr("Ferret"),
        Species.BIRD: tr("Bird"), Species.REPTILE: tr("Reptile"), Species.OTHER: tr("Other"),
    }
    return labels[species]


def sex_label(sex: Sex, neutered: bool) -> str:
    if sex is Sex.MALE:
        return tr("male, neutered") if neutered else tr("male")
    if sex is Sex.FEMALE:
        return tr("female, spayed") if neutered else tr("female")
    return tr("sex unknown")


def age_text(age: AgeSpan | None) -> str:
    if age is None:
        return tr("age unknown")
    if age.years >= 2:
        text = tr("{years} years").format(years=age.years)
    elif age.years == 1:
        text = tr("1 year {months} mo.").format(months=age.months)
    else:
        text = tr("{months} months").format(months=age.months)
    return tr("about {age}").format(age=text) if age.estimated else text


def status_label(status: str) -> str:
    """The same words as today's list and the calendar: one table (issue 11)."""
    return appointment_status_label(status)

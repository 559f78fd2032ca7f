"""The fields each kind of journal entry has, which are required, and how they are shown.

Content is stored as a JSON object of strings (dates as ISO text), so what is hashed is exactly
what is read back. Labels are English; the chart screen translates them by field name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from vetdesk.domain.codes import JournalKind


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    required: bool = False
    multiline: bool = True
    is_date: bool = False
    choices: tuple[str, ...] = ()
    max_length: int = 20_000


def _text(name: str, label: str, *, required: bool = False) -> FieldSpec:
    return FieldSpec(name, label, required=required)


def _line(name: str, label: str, *, required: bool = False, max_length: int = 200) -> FieldSpec:
    return FieldSpec(name, label, required=required, multiline=False, max_length=max_length)


ACCESS_DECISIONS: tuple[str, ...] = ("pending", "granted", "partly_granted", "refused")
ACCESS_REQUEST_TYPES: tuple[str, ...] = ("access", "correction")

KIND_FIELDS: dict[JournalKind, tuple[FieldSpec, ...]] = {
    JournalKind.CONSULTATION: (
        _text("anamnesis", "Anamnesis", required=True),
        _text("findings", "Findings", required=True),
        _text("diagnosis", "Diagnosis"),
        _text("treatment", "Treatment"),
        _text("plan", "Plan"),
    ),
    JournalKind.PHONE: (
        _line("caller", "Caller"),
        _text("summary", "Conversation", required=True),
        _text("advice", "Advice given"),
    ),
    JournalKind.VACCINATION: (
        _line("product", "Vaccine", required=True),
        _line("batch", "Batch number", required=True, max_length=60),
        FieldSpec("next_due_on", "Next due", multiline=False, is_date=True, max_length=10),
        _text("notes", "Notes"),
    ),
    JournalKind.PROCEDURE: (
        _line("procedure", "Procedure", required=True),
        _text("anaesthesia", "Anaesthesia"),
        _text("description", "Description", required=True),
        _text("complications", "Complications"),
        _text("aftercare", "Aftercare"),
    ),
    JournalKind.LAB_RESULT: (
        _line("test", "Test", required=True),
        _line("laboratory", "Laboratory"),
        _text("result", "Result", required=True),
        _text("interpretation", "Interpretation"),
    ),
    JournalKind.NOTE: (_text("text", "Note", required=True),),
    JournalKind.ACCESS_REQUEST: (
        FieldSpec("request_type", "Request", required=True, multiline=False,
                  choices=ACCESS_REQUEST_TYPES, max_length=20),
        FieldSpec("received_on", "Received", required=True, multiline=False, is_date=True,
                  max_length=10),
        _text("request", "What was asked", required=True),
        FieldSpec("decision", "Decision", required=True, multiline=False,
                  choices=ACCESS_DECISIONS, max_length=20),
        _text("decision_reason", "Reason for the decision"),
    ),
}

KIND_LABELS: dict[JournalKind, str] = {
    JournalKind.CONSULTATION: "Consultation",
    JournalKind.PHONE: "Phone consultation",
    JournalKind.VACCINATION: "Vaccination",
    JournalKind.PROCEDURE: "Surgery or procedure",
    JournalKind.LAB_RESULT: "Lab result",
    JournalKind.NOTE: "Note",
    JournalKind.ACCESS_REQUEST: "Owner's request for access or correction",
}


def readable_content(stored: Mapping[str, object]) -> dict[str, str]:
    """Stored content as text fields, whatever JSON it holds.

    Entries written by VetDesk hold strings only, but a journal imported from another system may
    hold numbers, lists or objects; they are rendered as readable text here, where content
    leaves the database, so the chart, history and printout never fail on them.
    """
    return {str(name): value if isinstance(value, str) else _as_text(value)
            for name, value in stored.items()}


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "\n".join(_as_text(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key}: {_as_text(item)}" for key, item in value.items())
    return str(value)


def fields_of(kind: JournalKind) -> tuple[FieldSpec, ...]:
    return KIND_FIELDS[kind]


def field_label(kind: JournalKind, name: str) -> str:
    for spec in KIND_FIELDS[kind]:
        if spec.name == name:
            return spec.label
    return name.replace("_", " ").capitalize()


def summary_line(kind: JournalKind, content: dict[str, str], limit: int = 160) -> str:
    """One line for the timeline: the most telling field first (diagnosis, product, test...)."""
    preferred = {
        JournalKind.CONSULTATION: ("diagnosis", "findings", "anamnesis"),
        JournalKind.PHONE: ("summary",),
        JournalKind.VACCINATION: ("product",),
        JournalKind.PROCEDURE: ("procedure",),
        JournalKind.LAB_RESULT: ("test",),
        JournalKind.NOTE: ("text",),
        JournalKind.ACCESS_REQUEST: ("request_type", "request"),
    }[kind]
    for name in preferred:
        value = " ".join(content.get(name, "").split())
        if value:
            return value if len(value) <= limit else value[: limit - 1] + "…"
    return ""

"""The clinical journal: drafts, signing, corrections, the chart, printouts (issue 4).

Drafts (``journal_drafts``) are edited freely by their author; signing turns one into an
insert-only entry with version 1, and every correction or void adds a hash-chained version.
Import the use cases from here; the submodules are one job each.

How the chart screen uses it (every call returns frozen dataclasses from ``types``):

- open a chart: ``chart_header`` (audited view) and ``timeline_page`` (first page: the
  animal's drafts first, then signed entries newest first; ``next_cursor`` loads older pages;
  ``TimelineFilter`` narrows by kind and folded text; one SQL statement per page);
- "my day": ``my_day``; the vet's unsigned drafts at start: ``my_drafts``;
- writing: a client-made ``uuid4`` per form, ``save_draft`` on every debounce tick,
  ``check_draft`` for live field errors and warnings, ``sign_draft`` (raises
  ``ValidationError.field_errors`` for what to fix, ``ImplausibleValues.warnings`` to confirm
  with ``accept_warnings=True``); files with ``add_draft_attachment`` / ``attachment_file``;
- history: ``entry_detail`` (every version with ``changes`` as word-level ``DiffSpan``s),
  ``correct_entry`` / ``void_entry`` with the version the vet was looking at;
- ``print_journal`` -> PDF bytes; ``lock_stale_drafts`` at program start.
"""

# The package's names are loaded from their submodule when first used (PEP 562): the sign-in
# notice needs one submodule, and importing all of them (the printout's reportlab-free
# content classes, signing, corrections, disclosure...) cost the start-up ~0.1 s (issue 9).

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vetdesk.services.journal.autolock import lock_stale_drafts
    from vetdesk.services.journal.chart import chart_header, my_day, weight_trend
    from vetdesk.services.journal.corrections import correct_entry, void_entry
    from vetdesk.services.journal.diff import word_diff
    from vetdesk.services.journal.disclosure import (
        AccessRequest,
        entries_for_referral,
        journal_for_access_export,
        owner_journal_export,
        record_access_request,
    )
    from vetdesk.services.journal.drafts import (
        add_draft_attachment,
        check_draft,
        discard_draft,
        get_draft,
        my_drafts,
        remove_draft_attachment,
        save_draft,
        save_draft_with_files,
    )
    from vetdesk.services.journal.files import attachment_file
    from vetdesk.services.journal.history import animal_journal, entry_detail
    from vetdesk.services.journal.kinds import KIND_FIELDS, KIND_LABELS, FieldSpec, fields_of
    from vetdesk.services.journal.printing import PrintOptions, print_journal
    from vetdesk.services.journal.signing import sign_draft
    from vetdesk.services.journal.timeline import timeline_page
    from vetdesk.services.journal.types import (
        AgeSpan,
        AlertInfo,
        AnimalJournal,
        AttachmentFile,
        AttachmentInfo,
        AutolockReport,
        ChartHeader,
        Correction,
        DayPatient,
        DiffSpan,
        DraftCheck,
        DraftInput,
        DraftSnapshot,
        EntryDetail,
        FieldDiff,
        NewVersion,
        OwnerInfo,
        SaveResult,
        SignResult,
        TimelineCursor,
        TimelineFilter,
        TimelineItem,
        TimelinePage,
        VersionView,
        WeightPoint,
    )
    from vetdesk.services.journal.validation import ImplausibleValues

_SUBMODULE_OF: dict[str, str] = {
    "lock_stale_drafts": "vetdesk.services.journal.autolock",
    "chart_header": "vetdesk.services.journal.chart",
    "my_day": "vetdesk.services.journal.chart",
    "weight_trend": "vetdesk.services.journal.chart",
    "correct_entry": "vetdesk.services.journal.corrections",
    "void_entry": "vetdesk.services.journal.corrections",
    "word_diff": "vetdesk.services.journal.diff",
    "AccessRequest": "vetdesk.services.journal.disclosure",
    "entries_for_referral": "vetdesk.services.journal.disclosure",
    "journal_for_access_export": "vetdesk.services.journal.disclosure",
    "owner_journal_export": "vetdesk.services.journal.disclosure",
    "record_access_request": "vetdesk.services.journal.disclosure",
    "add_draft_attachment": "vetdesk.services.journal.drafts",
    "check_draft": "vetdesk.services.journal.drafts",
    "discard_draft": "vetdesk.services.journal.drafts",
    "get_draft": "vetdesk.services.journal.drafts",
    "my_drafts": "vetdesk.services.journal.drafts",
    "remove_draft_attachment": "vetdesk.services.journal.drafts",
    "save_draft": "vetdesk.services.journal.drafts",
    "save_draft_with_files": "vetdesk.services.journal.drafts",
    "attachment_file": "vetdesk.services.journal.files",
    "entry_detail": "vetdesk.services.journal.history",
    "animal_journal": "vetdesk.services.journal.history",
    "FieldSpec": "vetdesk.services.journal.kinds",
    "KIND_FIELDS": "vetdesk.services.journal.kinds",
    "KIND_LABELS": "vetdesk.services.journal.kinds",
    "fields_of": "vetdesk.services.journal.kinds",
    "PrintOptions": "vetdesk.services.journal.printing",
    "print_journal": "vetdesk.services.journal.printing",
    "sign_draft": "vetdesk.services.journal.signing",
    "timeline_page": "vetdesk.services.journal.timeline",
    "AgeSpan": "vetdesk.services.journal.types",
    "AlertInfo": "vetdesk.services.journal.types",
    "AnimalJournal": "vetdesk.services.journal.types",
    "AttachmentFile": "vetdesk.services.journal.types",
    "AttachmentInfo": "vetdesk.services.journal.types",
    "AutolockReport": "vetdesk.services.journal.types",
    "ChartHeader": "vetdesk.services.journal.types",
    "Correction": "vetdesk.services.journal.types",
    "DayPatient": "vetdesk.services.journal.types",
    "DiffSpan": "vetdesk.services.journal.types",
    "DraftCheck": "vetdesk.services.journal.types",
    "DraftInput": "vetdesk.services.journal.types",
    "DraftSnapshot": "vetdesk.services.journal.types",
    "EntryDetail": "vetdesk.services.journal.types",
    "FieldDiff": "vetdesk.services.journal.types",
    "NewVersion": "vetdesk.services.journal.types",
    "OwnerInfo": "vetdesk.services.journal.types",
    "SaveResult": "vetdesk.services.journal.types",
    "SignResult": "vetdesk.services.journal.types",
    "TimelineCursor": "vetdesk.services.journal.types",
    "TimelineFilter": "vetdesk.services.journal.types",
    "TimelineItem": "vetdesk.services.journal.types",
    "TimelinePage": "vetdesk.services.journal.types",
    "VersionView": "vetdesk.services.journal.types",
    "WeightPoint": "vetdesk.services.journal.types",
    "ImplausibleValues": "vetdesk.services.journal.validation",
}


def __getattr__(name: str) -> Any:
    module = _SUBMODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "KIND_FIELDS",
    "KIND_LABELS",
    "AccessRequest",
    "AgeSpan",
    "AlertInfo",
    "AnimalJournal",
    "AttachmentFile",
    "AttachmentInfo",
    "AutolockReport",
    "ChartHeader",
    "Correction",
    "DayPatient",
    "DiffSpan",
    "DraftCheck",
    "DraftInput",
    "DraftSnapshot",
    "EntryDetail",
    "FieldDiff",
    "FieldSpec",
    "ImplausibleValues",
    "NewVersion",
    "OwnerInfo",
    "PrintOptions",
    "SaveResult",
    "SignResult",
    "TimelineCursor",
    "TimelineFilter",
    "TimelineItem",
    "TimelinePage",
    "VersionView",
    "WeightPoint",
    "add_draft_attachment",
    "animal_journal",
    "attachment_file",
    "chart_header",
    "check_draft",
    "correct_entry",
    "discard_draft",
    "entries_for_referral",
    "entry_detail",
    "fields_of",
    "get_draft",
    "journal_for_access_export",
    "lock_stale_drafts",
    "my_day",
    "my_drafts",
    "owner_journal_export",
    "print_journal",
    "record_access_request",
    "remove_draft_attachment",
    "save_draft",
    "save_draft_with_files",
    "sign_draft",
    "timeline_page",
    "void_entry",
    "weight_trend",
    "word_diff",
]

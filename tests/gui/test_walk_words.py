"""Words found wrong walking the clinic's day in the running program: a box for a paperclip
the bundled font lacks, a save dialog calling a prescription a journal, and a cancel question
whose "OK" and "Avbryt" both read as cancelling the appointment."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from vetdesk.domain.codes import JournalKind
from vetdesk.services.journal.types import TimelineItem
from vetdesk.ui.chart import print_dialog
from vetdesk.ui.chart.timeline_delegate import status_marks
from vetdesk.ui.pages.calendar_page import cancel_reason_dialog
from vetdesk.ui.qt import QApplication, QFontMetrics, QWidget


def _item(attachments: int) -> TimelineItem:
    moment = dt.datetime(2026, 11, 30, 11, 0, tzinfo=dt.UTC)
    return TimelineItem(
        entry_id=uuid.uuid4(), animal_id=1, kind=JournalKind.NOTE, event_time=moment,
        help_requested_at=moment, author_id=1, author_name="Ingrid Lie", is_draft=False,
        editable=False, signed_at=moment, auto_locked=False, version_no=1, corrected=True,
        voided=False, confidential=False, summary="Sendt med henvisningen",
        content={"text": "Sendt med henvisningen"}, weight_kg=None, temperature_c=None,
        attachment_count=attachments)


def test_every_timeline_mark_is_drawn_by_the_bundled_font(qapp: QApplication) -> None:
    metrics = QFontMetrics(qapp.font())
    marks = " · ".join(status_marks(_item(2)))
    missing = [c for c in marks if not metrics.inFontUcs4(ord(c))]
    assert missing == []
    assert "2" in marks


def test_the_attachment_mark_in_bokmal(bokmal: None) -> None:
    assert status_marks(_item(1))[-1] == "1 vedlegg"


@pytest.fixture
def titles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []

    def chooser(_parent: object, title: str, *_rest: object) -> str:
        seen.append(title)
        return ""

    monkeypatch.setattr(print_dialog, "choose_save_path", chooser)
    return seen


def test_the_pdf_save_dialog_names_no_journal(bokmal: None, qapp: QApplication,
                                              titles: list[str]) -> None:
    """The same chooser saves prescriptions and referral letters."""
    print_dialog.choose_pdf_path(QWidget(), "resept-Bamse.pdf")
    assert titles == ["Lagre som PDF"]


def test_the_cancel_question_s_buttons_say_what_they_do(bokmal: None,
                                                       qapp: QApplication) -> None:
    parent = QWidget()
    dialog = cancel_reason_dialog(parent)
    assert dialog.windowTitle() == "Avlys timen"
    assert dialog.labelText() == "Hvorfor avlyses den?"
    assert (dialog.okButtonText(), dialog.cancelButtonText()) == ("Avlys timen", "Behold timen")

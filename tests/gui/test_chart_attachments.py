"""The draft's "Add file…": the draft and every chosen file are saved in one call (one user
action, one transaction), and a refused file leaves none of them attached (issue 8)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.support.journal_data import Patient, add_patient, consultation
from vetdesk.db.models import JournalDraftAttachment
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import get_draft
from vetdesk.services.permissions import Actor
from vetdesk.ui.chart.attachments_panel import AttachmentPanel
from vetdesk.ui.ops import FailureReport, Operations

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF"


@pytest.fixture
def patient(ctx: ServiceContext, clinic: None) -> Patient:
    return add_patient(ctx)


def _files(folder: Path, **contents: bytes) -> list[str]:
    paths = []
    for name, data in contents.items():
        path = folder / name.replace("_", ".")
        path.write_bytes(data)
        paths.append(str(path))
    return paths


def test_adding_files_lists_them_and_saves_them_on_the_draft(
    qtbot: QtBot, tmp_path: Path, ctx: ServiceContext, db_ops: Operations, vet: Actor,
    patient: Patient,
) -> None:
    form = consultation(patient.animal_id, ctx.clock.now())
    chosen = _files(tmp_path, rontgen_png=PNG, lab_pdf=PDF)
    panel = AttachmentPanel(db_ops, ctx, vet, form=lambda: form,
                            choose=lambda _parent: chosen, infos=[])
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.added, timeout=10_000):
        panel.add_button.click()
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == [
        "rontgen.png (1 kB)", "lab.pdf (1 kB)"]
    assert [a.filename for a in get_draft(ctx, vet, form.id).attachments] == [
        "rontgen.png", "lab.pdf"]


def test_a_refused_file_among_several_attaches_none(
    qtbot: QtBot, tmp_path: Path, ctx: ServiceContext, db_ops: Operations, vet: Actor,
    patient: Patient,
) -> None:
    form = consultation(patient.animal_id, ctx.clock.now())
    chosen = _files(tmp_path, rontgen_png=PNG, lab_pdf=PDF, virus_pdf=b"MZ\x90\x00 not a pdf")
    panel = AttachmentPanel(db_ops, ctx, vet, form=lambda: form,
                            choose=lambda _parent: chosen, infos=[])
    qtbot.addWidget(panel)
    with qtbot.waitSignal(db_ops.failed, timeout=10_000) as failed:
        panel.add_button.click()
    report = failed.args[0]
    assert isinstance(report, FailureReport) and "not a PDF or an image" in report.message
    assert panel.attachments == []
    with ctx.db.reading() as session:
        stored = session.execute(select(func.count()).select_from(JournalDraftAttachment))
        assert stored.scalar_one() == 0

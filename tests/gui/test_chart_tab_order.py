"""Tab through the chart editor in reading order: temperature, the content fields, confidential."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.support.chart_screens import open_chart
from tests.support.journal_data import add_patient
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import Qt, QWidget


def _next_tab_stop(widget: QWidget) -> QWidget:
    """The widget Tab moves to from ``widget`` (what QWidget.focusNextChild would pick)."""
    current = widget.nextInFocusChain()
    while not (current.focusPolicy() & Qt.FocusPolicy.TabFocus) or not current.isVisible() \
            or not current.isEnabled():
        current = current.nextInFocusChain()
    return current


def test_tab_goes_from_temperature_through_the_content_to_confidential(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, vet: Actor, clinic: None,
) -> None:
    patient = add_patient(ctx)
    tab = open_chart(qtbot, ctx, db_ops, vet, patient.animal_id)
    tab.new_entry()
    editor = tab.editor
    assert editor is not None and editor.fields is not None
    content = list(editor.fields.fields.values())
    assert len(content) > 1
    walked = [_next_tab_stop(editor.temperature.edit)]
    while walked[-1] is not editor.confidential and len(walked) <= len(content):
        walked.append(_next_tab_stop(walked[-1]))
    assert walked == [*content, editor.confidential]

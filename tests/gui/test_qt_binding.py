"""Guards against Qt binding defects that would crash VetDesk after hours of use."""

from __future__ import annotations

import sys

from vetdesk.ui.qt import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


def test_emitting_a_signal_does_not_steal_a_reference_to_true() -> None:
    # PySide6 6.12.0 drops one reference to True on every Signal.emit(); after a few thousand
    # emits the interpreter aborts ("bool_dealloc"). Pin a release without the defect.
    emitter = _Emitter()
    emitter.changed.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.changed.emit(1)
    # A little slack: the interpreter itself may take or drop a reference meanwhile.
    assert before - sys.getrefcount(True) < 10, (
        "this PySide6 release loses a reference to True on each emit(); use another release"
    )

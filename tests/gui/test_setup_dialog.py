"""First-start set-up: creates the clinic and its administrator, optionally the demo clinic."""

from __future__ import annotations

import threading
from typing import Any

from pytestqt.qtbot import QtBot

from tests.gui.conftest import audit_actions
from vetdesk.services import auth, clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.ui.ops import Operations
from vetdesk.ui.qt import QProgressDialog, QPushButton
from vetdesk.ui.setup_dialog import SetupDialog

PASSWORD = "a long enough password"


def _fill(qtbot: QtBot, dialog: SetupDialog, **overrides: str) -> None:
    values = {
        "name": "Dyreklinikken Ødegård", "postal_code": "0150", "city": "Oslo",
        "username": "ada", "full_name": "Åse Strøm-Hansen", "password": PASSWORD,
        "password_repeat": PASSWORD,
    }
    values.update(overrides)
    for name, value in values.items():
        qtbot.keyClicks(dialog.edits[name], value)


def test_set_up_creates_the_clinic_and_the_administrator(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations
) -> None:
    assert clinic.needs_setup(ctx)
    dialog = SetupDialog(ctx, db_ops, demo_load=None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.create_button.isEnabled()
    _fill(qtbot, dialog)
    assert dialog.create_button.isEnabled()
    with qtbot.waitSignal(dialog.set_up, timeout=10_000) as blocker:
        dialog.create_button.click()
    actor = blocker.args[0]
    assert actor.username == "ada"
    assert actor.role.value == "administrator"
    assert not clinic.needs_setup(ctx)
    assert clinic.clinic_details(ctx).name == "Dyreklinikken Ødegård"
    assert auth.sign_in(ctx, "ada", PASSWORD).user_id == actor.user_id
    assert "setup" in audit_actions(ctx)


def test_fields_complain_as_the_user_types(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations
) -> None:
    dialog = SetupDialog(ctx, db_ops, demo_load=None)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, postal_code="15", password_repeat="something else entirely")
    assert dialog.clinic_form.error_text("postal_code") == "A Norwegian postal code has 4 digits."
    assert dialog.admin_form.error_text("password_repeat") == "The two passwords are not the same."
    assert dialog.clinic_form.error_text("org_number") == ""  # not touched, optional
    assert not dialog.create_button.isEnabled()
    assert dialog.create_button.toolTip() == "Fill in the marked fields to continue."
    assert clinic.needs_setup(ctx)


def test_demo_checkbox_is_off_when_the_service_is_missing(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations, monkeypatch: Any
) -> None:
    monkeypatch.setattr("vetdesk.ui.setup_dialog.demo_service", lambda: None)
    dialog = SetupDialog(ctx, db_ops)
    qtbot.addWidget(dialog)
    assert not dialog.demo_check.isEnabled()
    assert "not part of this installation" in dialog.demo_hint.text()


class FakeDemo:
    """Stands in for vetdesk.services.demo.load_demo with the same call signature."""

    def __init__(self, steps: int = 3, wait: threading.Event | None = None) -> None:
        self.calls: list[dict[str, Any]] = []
        self.steps = steps
        self.wait = wait
        self.thread: threading.Thread | None = None

    def __call__(self, ctx: ServiceContext, actor: Actor, *, clients: int, seed: int,
                 progress: Any) -> None:
        self.thread = threading.current_thread()
        self.calls.append({"actor": actor.username, "clients": clients, "seed": seed})
        for step in range(self.steps):
            progress(f"step {step}", step / self.steps)
            if self.wait is not None:
                self.wait.wait(0.01)
        progress("done", 1.0)


def test_demo_clinic_is_loaded_through_ops_with_progress(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations
) -> None:
    demo = FakeDemo()
    dialog = SetupDialog(ctx, db_ops, demo_load=demo)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog)
    dialog.demo_check.setChecked(True)
    with qtbot.waitSignal(dialog.set_up, timeout=10_000):
        dialog.create_button.click()
    assert demo.calls == [{"actor": "ada", "clients": 2000, "seed": 1}]
    assert demo.thread is not threading.main_thread()


def test_cancelling_the_demo_keeps_the_clinic_and_goes_on(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations
) -> None:
    demo = FakeDemo(steps=100_000, wait=threading.Event())
    dialog = SetupDialog(ctx, db_ops, demo_load=demo)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog)
    dialog.demo_check.setChecked(True)
    dialog.create_button.click()
    qtbot.waitUntil(lambda: bool(demo.calls), timeout=10_000)
    progress = dialog.findChild(QProgressDialog)
    assert progress is not None
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel")
    with qtbot.waitSignal(dialog.set_up, timeout=10_000):
        cancel.click()
    assert len(demo.calls) == 1
    assert "not loaded" in dialog.banner.message_label.text()
    assert not clinic.needs_setup(ctx)


def test_the_real_demo_service_loads_from_the_dialog(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations
) -> None:
    dialog = SetupDialog(ctx, db_ops, demo_clients=10)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.demo_check.isEnabled()
    _fill(qtbot, dialog)
    dialog.demo_check.setChecked(True)
    with qtbot.waitSignal(dialog.set_up, timeout=120_000):
        dialog.create_button.click()
    assert dialog.banner.isHidden()
    assert clinic.clinic_details(ctx).name == "Dyreklinikken Ødegård"
    assert audit_actions(ctx)[-1] == "import"
    assert auth.sign_in(ctx, "ada", PASSWORD).username == "ada"


def test_a_clinic_email_without_a_domain_is_refused_at_set_up(
    qtbot: QtBot, ctx: ServiceContext, db_ops: Operations
) -> None:
    """Issue 8: "post@dyreklinikk" was accepted and then printed on every PDF."""
    dialog = SetupDialog(ctx, db_ops, demo_load=None)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, email="post@dyreklinikk")
    assert dialog.clinic_form.error_text("email")
    assert not dialog.create_button.isEnabled()
    dialog.edits["email"].clear()
    qtbot.keyClicks(dialog.edits["email"], "post@dyreklinikk.no")
    assert dialog.clinic_form.error_text("email") == ""
    assert dialog.create_button.isEnabled()

"""Start-up imports only what the first screen needs, and ``vetdesk --self-test`` (issue 9).

The import checks run in a fresh interpreter: in this one, other tests have imported everything.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSWORD, make_user
from tests.support import databases
from vetdesk.clock import SystemClock
from vetdesk.db.migrate import head_revision, head_revision_from_files
from vetdesk.db.opening import open_database
from vetdesk.domain.codes import Role
from vetdesk.services.clinic import ClinicDetails, ensure_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = ("alembic", "reportlab", "faker", "babel", "keyring", "email_validator", "stdnum",
                "vetdesk.cli.db_command", "vetdesk.cli.user_command",
                "vetdesk.cli.verify_command", "vetdesk.cli.demo_command",
                "vetdesk.cli.journal_command", "vetdesk.cli.search_command",
                "vetdesk.cli.import_command", "vetdesk.ui.chart.chart_tab",
                "vetdesk.ui.pages.calendar_page", "vetdesk.ui.pages.reminders",
                "vetdesk.ui.pages.privacy", "vetdesk.ui.pages.settings_page",
                "vetdesk.ui.front_desk.client_card_view", "vetdesk.ui.front_desk.client_form",
                "vetdesk.ui.front_desk.animal_form",
                # The sign-in notice needs one journal module, not the package's others; the
                # first screen neither the card's reads nor the set-up form; a Norwegian
                # number is shown and searched without the phonenumbers library.
                "phonenumbers", "vetdesk.services.journal.types",
                "vetdesk.services.journal.records", "vetdesk.services.journal.printing",
                "vetdesk.services.client_card", "vetdesk.ui.setup_dialog",
                # The SMS gateway's delivery reports are first asked for a minute after the
                # window opens, on the poller's worker; the chart's formats only when the
                # sign-in finds unsigned drafts.
                "httpx", "vetdesk.services.messaging.polling", "vetdesk.ui.chart.formatting")


PRINT_LOADED = (
    "import json\n"
    f"print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in {NOT_AT_START!r} "
    f"or m in {NOT_AT_START!r})))"
)


def _environment(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("VETDESK_")}
    env.update(LC_ALL="C.UTF-8", LANG="C.UTF-8", **extra)
    return env


def _python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=_environment(**env),
                          capture_output=True, text=True, timeout=300, check=False)


def _loaded_after(statements: str, **env: str) -> list[str]:
    """The modules of NOT_AT_START that ``statements`` imported, in a fresh interpreter."""
    done = _python(f"import sys\n{statements}\n{PRINT_LOADED}", **env)
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.fixture
def clinic_file(sqlite_template: Path, tmp_path: Path) -> str:
    """A clinic's SQLite file with one administrator (password TEST_PASSWORD)."""
    url = databases.sqlite_copy(sqlite_template, tmp_path)
    db = open_database(url, now=SystemClock().now())
    try:
        ctx = ServiceContext(db=db, clock=SystemClock())
        ensure_clinic(ctx, ClinicDetails(name="Dyreklinikken Ødegård"))
        make_user(ctx, "ada", Role.ADMINISTRATOR, full_name="Ada Administrator")
    finally:
        db.dispose()
    return url


def test_the_migration_files_name_the_same_head_as_alembic() -> None:
    assert head_revision_from_files() == head_revision()


def test_opening_a_current_database_does_not_import_alembic(clinic_file: str) -> None:
    loaded = _loaded_after(
        "import datetime as dt\nfrom vetdesk.db.opening import open_database\n"
        f"open_database({clinic_file!r}, now=dt.datetime.now(dt.UTC)).dispose()"
    )
    assert loaded == []


def test_starting_the_program_imports_no_command_module() -> None:
    assert _loaded_after("from vetdesk.cli import build_parser\nbuild_parser([])") == []
    assert _loaded_after("from vetdesk.cli import build_parser\n"
                         "build_parser(['--user', 'db', 'search', 'x'])") == [
        "vetdesk.cli.search_command"]


def test_self_test_on_a_clinic_file_imports_only_the_start_path_and_changes_nothing(
    clinic_file: str,
) -> None:
    path = Path(clinic_file.removeprefix("sqlite:///"))
    before = _clients_and_revision(path)
    code = ("import sys\nfrom vetdesk.cli import main\n"
            f"code = main(['--database', {clinic_file!r}, '--user', 'ada', '--self-test'])\n"
            f"{PRINT_LOADED}\nsys.exit(code)")
    done = _python(code, VETDESK_PASSWORD=TEST_PASSWORD)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    # The main window was built and a search ran, on the program's own start path.
    assert any(line.strip().startswith("main window") for line in lines)
    assert any(line.strip().startswith("search for") for line in lines)
    assert "Self-test passed." in lines
    assert lines[-1] == "[]"  # nothing the first screen does not use
    assert _clients_and_revision(path) == before
    assert not (path.parent / "backups").exists()
    assert list(path.parent.glob(path.name + "-open-*")) == []  # a clean shutdown


def test_self_test_signs_in_as_the_user_on_either_engine(db_url: str, admin: Actor) -> None:
    """On PostgreSQL the program connects as the person's own role at sign-in, and so does
    the self-test: the password is the server's to check."""
    done = _python("import sys\nfrom vetdesk.cli import main\n"
                   f"sys.exit(main(['--database', {db_url!r}, '--user', 'admin', "
                   "'--self-test']))", VETDESK_PASSWORD=TEST_PASSWORD)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "signed in as admin" in done.stdout
    assert done.stdout.splitlines()[-1] == "Self-test passed."
    wrong = _python("import sys\nfrom vetdesk.cli import main\n"
                    f"sys.exit(main(['--database', {db_url!r}, '--user', 'admin', "
                    "'--self-test']))", VETDESK_PASSWORD="not the password")
    assert wrong.returncode == 2
    assert "Self-test passed." not in wrong.stdout


def test_self_test_on_a_temporary_database_passes_every_step() -> None:
    done = subprocess.run([sys.executable, "-m", "vetdesk", "--self-test"], cwd=ROOT,
                          env=_environment(), capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    steps = [line.strip().split("  ")[0] for line in done.stdout.splitlines()[1:-1]]
    assert steps[:5] == ["Qt application (offscreen)", "temporary database created and migrated",
                         "clinic set up", "signed in", "main window"]
    assert "search" in steps and "journal rendered to PDF" in steps
    assert done.stdout.splitlines()[-1] == "Self-test passed."
    assert "propagateSizeHints" not in done.stderr  # the offscreen platform's note, hidden


def test_self_test_of_a_mistyped_file_creates_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "klinikk.sqlite"
    done = _python(
        "import sys\nfrom vetdesk.cli import main\n"
        f"sys.exit(main(['--database', 'sqlite:///{typo}', '--user', 'ada', '--self-test']))",
        VETDESK_PASSWORD="x",
    )
    assert done.returncode == 2
    assert "There is no VetDesk database at" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_self_test_of_a_given_database_needs_the_user(tmp_path: Path) -> None:
    done = _python("import sys\nfrom vetdesk.cli import main\n"
                   f"sys.exit(main(['--database', 'sqlite:///{tmp_path}/a.sqlite', "
                   "'--self-test']))")
    assert done.returncode == 2
    assert "--user NAME --self-test" in done.stderr


def _clients_and_revision(path: Path) -> tuple[int, str]:
    conn = sqlite3.connect(path)
    try:
        clients = conn.execute("SELECT count(*) FROM clients").fetchone()[0]
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    return int(clients), str(revision)


def test_the_opening_window_is_painted_before_the_database_code_loads(
    clinic_file: str,
) -> None:
    """`vetdesk` shows "Opening database…" first: SQLAlchemy, the models and the password
    hasher load after it is on screen."""
    code = ("import os, sys\n"
            "from vetdesk.ui import opening_window\n"
            "def shown(self):\n"
            "    heavy = sorted({'sqlalchemy', 'argon2', 'vetdesk.db.models'} & set(sys.modules))\n"
            "    print('loaded when shown:', heavy, flush=True)\n"
            "    os._exit(0)\n"
            "opening_window.OpeningWindow.show = shown\n"
            "from vetdesk.cli import main\n"
            f"main(['--database', {clinic_file!r}])\n")
    done = _python(code, QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "loaded when shown: []"


# Not loaded when the sign-in dialog appears: what only the signed-in program uses. The ORM
# and the models alone are about 0.7 s of CPU (issue 9); they load while the person types.
NOT_AT_SIGN_IN = ("sqlalchemy.orm", "vetdesk.db.models", "vetdesk.services.auth", "argon2",
                  "vetdesk.ui.main_window", "vetdesk.ui.front_desk", "vetdesk.ui.chart",
                  "alembic", "reportlab", "faker", "phonenumbers")


def test_the_sign_in_dialog_is_shown_before_the_orm_and_the_main_window_load(
    db_url: str, admin: Actor
) -> None:
    """The dialog is on screen with only the database's core loaded (reading the clinic's
    name without the ORM); the rest loads behind it, from the event loop, after this look."""
    code = ("import json, sys\n"
            "from vetdesk.ui import startup\n"
            "show_sign_in = startup.AppLauncher.show_sign_in\n"
            "def shown(self):\n"
            "    show_sign_in(self)\n"
            f"    heavy = sorted(m for m in sys.modules if m.startswith({NOT_AT_SIGN_IN!r}))\n"
            "    print(json.dumps([self.signin_dialog.isVisible(), heavy]), flush=True)\n"
            "    self.quit(0)\n"
            "startup.AppLauncher.show_sign_in = shown\n"
            "from vetdesk.cli import main\n"
            f"sys.exit(main(['--database', {db_url!r}]))\n")
    done = _python(code, QT_QPA_PLATFORM="offscreen")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == [True, []]

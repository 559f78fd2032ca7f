"""PySide6 reads the whole source of every module imported after it: make that a byte scan.

Importing PySide6 replaces ``builtins.__import__`` with its own hook, for the opt-in
``from __feature__ import snake_case`` syntax. After each new module is imported, the hook
asks whether that module's source mentions "PySide6" (``_mod_uses_pyside`` in its
``shibokensupport/feature.py``), and answers it with ``inspect.getsource``: the file is read,
its encoding detected, split into lines and kept in ``linecache`` for the rest of the process.
VetDesk imports some 450 modules after Qt (SQLAlchemy's ORM, the models and the screens), and
that scan cost about 80 ms of CPU at every start, a tenth of the start-up's CPU, and kept
every module's source in memory (issue 9; measured in ``tests/bench/bench_startup.py``).

The question does not need ``inspect``: this module answers it the same way, by looking for
the same word in the file's bytes. A source file in UTF-8 or any encoding that keeps ASCII
as ASCII (which PEP 263 requires of a source without a BOM, and every file VetDesk and its
dependencies ship) contains the bytes ``PySide6`` exactly when its text contains the word.
Anything that is not a plain ``.py`` file (built-in, extension and bytecode-only modules)
still goes to PySide6's own function. VetDesk itself never uses ``__feature__``, so the
answer only decides whether PySide6 ignores a module when switching features, as before.

If a later PySide6 drops or renames the function, nothing is replaced and the import works
as PySide6 intends; ``tests/unit/test_qt_import_scan.py`` then fails, so the change is seen.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

# Where PySide6 6.x keeps the hook's helper (the same module under three names).
FEATURE_MODULE = "shibokensupport.feature"
_UPSTREAM = "_mod_uses_pyside"
_MARK = "vetdesk_byte_scan"


def _byte_scan(upstream: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    setattr(mod_uses_pyside, _MARK, True)
    return mod_uses_pyside


def install() -> bool:
    """Replace PySide6's source scan; True if it is (now or already) the byte scan. Called
    once PySide6 is imported (``vetdesk.ui.qt``); later calls change nothing."""
    feature: Any = sys.modules.get(FEATURE_MODULE)
    upstream = getattr(feature, _UPSTREAM, None)
    if upstream is None:
        return False
    if getattr(upstream, _MARK, False):
        return True
    setattr(feature, _UPSTREAM, _byte_scan(upstream))
    return True

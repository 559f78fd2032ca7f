"""An anonymised copy of the database for support and testing (issue 10).

Every table is copied into a new SQLite file, row by row in batches, with each personal value
replaced as its column's ``Anon`` rule in classification.py says. The same original value gets
the same replacement everywhere (a salted hash picks it; the salt lives only in this run), and
replacements stay valid in form: phones are Norwegian mobile numbers, chips 15 digits starting
578, e-mails and organisation numbers look right. Clinical content is kept. The copy ends with a
scan proving none of the original names, phones, e-mails or chips remain in any text column.
The audit log's hash chain does not verify in the copy: its usernames were replaced.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, String, Text, insert, select, text

from vetdesk.db.base import Base
from vetdesk.db.opening import open_database
from vetdesk.domain.privacy_classification import (
    IGNORED_TABLES,
    POLICIES,
    Anon,
    Basis,
    DataClass,
)
from vetdesk.domain.text import search_key
from vetdesk.errors import ValidationError
from vetdesk.i18n import _
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require

BATCH = 2_000
_FIRST = ("Aud", "Berit", "Dag", "Eirik", "Frode", "Gunn", "Hege", "Idun", "Jostein", "Kjellaug",
          "Leiv", "Marit", "Njål", "Oddny", "Pål", "Ragna", "Sindre", "Tordis", "Ulf", "Vigdis")
_LAST = ("Aasgard", "Bjørnstad", "Dahle", "Eide", "Fossum", "Grønli", "Haugen", "Isaksen",
         "Jevne", "Kvamme", "Lunde", "Myhre", "Nygård", "Opsahl", "Rønning", "Skaug", "Tangen",
         "Ulset", "Vik", "Øien")
_PETS = ("Frøya", "Luna", "Milo", "Nala", "Rocky", "Sisi", "Tussi", "Bella", "Max", "Kira")
# Tables no staff role reads (password data); the copy leaves them empty.
_SKIPPED = frozenset({"signin_throttle"})


@dataclass(frozen=True)
class CopyReport:
    rows: int
    values_checked: int
    path: Path


class _Replacer:
    """Consistent replacements for one run."""

    def __init__(self, avoid: set[str]) -> None:
        self._salt = secrets.token_bytes(16)
        self._seen: dict[tuple[Anon, str], Any] = {}
        self._first = [n for n in _FIRST if n.casefold() not in avoid]
        self._last = [n for n in _LAST if n.casefold() not in avoid]

    def _n(self, value: str) -> int:
        return int.from_bytes(hashlib.sha256(self._salt + value.encode()).digest()[:8], "big")

    def __call__(self, kind: Anon, value: Any) -> Any:
        if value is None or kind is Anon.KEEP:
            return value
        key = (kind, str(value))
        if key not in self._seen:
            self._seen[key] = self._make(kind, value)
        return self._seen[key]

    def _make(self, kind: Anon, value: Any) -> Any:
        n, raw = self._n(str(value)), str(value)
        makers: dict[Anon, Callable[[], Any]] = {
            Anon.FIRST_NAME: lambda: self._first[n % len(self._first)],
            Anon.LAST_NAME: lambda: f"{self._last[n % len(self._last)]} {n % 997}",
            Anon.FULL_NAME: lambda: (f"{self._first[n % len(self._first)]} "
                                     f"{self._last[(n // 7) % len(self._last)]} {n % 997}"),
            Anon.ANIMAL_NAME: lambda: f"{_PETS[n % len(_PETS)]} {n % 97}",
            Anon.ADDRESS: lambda: f"Testveien {n % 300 + 1}",
            Anon.EMAIL: lambda: (self.phone_e164(raw) if raw.startswith("+")
                                 else f"kunde{n % 10**8}@example.com"),
            Anon.PHONE_E164: lambda: self.phone_e164(raw),
            Anon.PHONE_DIGITS: lambda: self.phone_digits(raw),
            Anon.CHIP: lambda: f"578099{n % 10**9:09d}",
            Anon.ORG_NUMBER: lambda: _org_number(n),
            Anon.BIRTH_DATE: lambda: dt.date(value.year, 1, 1) + dt.timedelta(days=n % 365),
            Anon.USERNAME: lambda: f"bruker{n % 10**6}",
            Anon.TEXT: lambda: "[anonymisert]",
            Anon.NULL: lambda: None,
        }
        return makers[kind]()

    def phone_digits(self, digits: str) -> str:
        national = digits[-8:]
        return "4" + f"{self._n('tel' + national) % 10**7:07d}"

    def phone_e164(self, e164: str) -> str:
        return "+47" + self.phone_digits(e164)


def _org_number(n: int) -> str:
    """Nine digits with a valid mod-11 check digit (brreg's weights)."""
    for attempt in range(20):
        base = f"9{(n + attempt) % 10**7:07d}"
        total = sum(int(d) * w for d, w in zip(base, (3, 2, 7, 6, 5, 4, 3, 2), strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return base + str(check)
    return "974760673"


def anonymized_copy(ctx: ServiceContext, actor: Actor, out: Path,
                    progress: Callable[[str], None] | None = None) -> CopyReport:
    """Write the copy to ``out`` (a new SQLite file) and prove no original identifier is in it."""
    require(actor, Permission.MANAGE_PRIVACY)
    if out.exists():
        raise ValidationError(_("{path} already exists; choose a new file name.").format(
            path=out))
    originals = _identifiers(ctx)
    replace = _Replacer({v.casefold() for v in originals})
    target = open_database(f"sqlite:///{out}", now=ctx.clock.now())
    rows = 0
    try:
        with target.transaction() as dest, ctx.db.reading() as source:
            dest.execute(text("PRAGMA defer_foreign_keys = ON"))
            allowed = _granted_columns(source)
            for table in Base.metadata.sorted_tables:
                if table.name in IGNORED_TABLES or table.name in _SKIPPED:
                    continue
                if progress:
                    progress(table.name)
                dest.execute(table.delete())  # the new file's own first rows (none expected)
                readable = [c for c in table.columns if _readable(table.name, c.name)
                            and (allowed is None or (table.name, c.name) in allowed)]
                if not readable:
                    continue
                result = source.execute(select(*readable)).yield_per(BATCH)
                for chunk in result.partitions(BATCH):
                    batch = [_anonymised(table.name, dict(r._mapping), replace) for r in chunk]
                    dest.execute(insert(table), batch)
                    rows += len(batch)
        checked = _scan(target, originals)
    except BaseException:
        target.dispose()
        out.unlink(missing_ok=True)  # never leave a copy that failed its proof behind
        raise
    target.dispose()
    return CopyReport(rows, checked, out)


def _granted_columns(session: Any) -> set[tuple[str, str]] | None:
    """On PostgreSQL, the columns the signed-in role may read (None: SQLite, all of them).

    Columns a role may not read (password data) are written empty in the copy."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    rows = session.execute(text(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'public' AND has_column_privilege("
        "format('%I.%I', table_schema, table_name), column_name, 'SELECT')"))
    return {(r[0], r[1]) for r in rows}


def _readable(table: str, column: str) -> bool:
    rule = POLICIES[table].columns[column]
    # Password data: never read (no staff role may), written empty.
    return not (rule.data_class is DataClass.SECURITY and rule.anon is Anon.NULL)


def _anonymised(table: str, row: dict[str, Any], replace: _Replacer) -> dict[str, Any]:
    out = dict(row)
    for name, rule in POLICIES[table].columns.items():
        if rule.anon is Anon.SEARCH_KEY or name not in out:
            continue
        out[name] = replace(rule.anon, row.get(name))
    for name, rule in POLICIES[table].columns.items():
        if rule.anon is Anon.SEARCH_KEY:
            out[name] = search_key(*(out.get(c) for c in ("first_name", "last_name", "name")
                                     if c in out))
        elif name not in row:
            out[name] = 0 if name == "failed_signins" else None
    if table == "animals":
        out["search_key"] = search_key(out.get("name"))
    return out


def _identifiers(ctx: ServiceContext) -> list[str]:
    """The original values the scan must not find: names, phones, e-mails, chips."""
    found: set[str] = set()
    wanted = {
        "clients": ("first_name", "last_name", "email"),
        "client_phones": ("e164", "digits"),
        "identities": ("value",),
        "users": ("full_name", "email"),
    }
    with ctx.db.reading() as session:
        for table_name, columns in wanted.items():
            table = Base.metadata.tables[table_name]
            for row in session.execute(select(*(table.c[c] for c in columns))):
                found.update(str(v) for v in row if v)
        clients = Base.metadata.tables["clients"]
        for first, last in session.execute(select(clients.c.first_name, clients.c.last_name)):
            found.add(f"{first} {last}")
    # Very short values ("Bo") would match inside ordinary words; names that short are rare.
    return sorted(v for v in found if len(v) >= 4)


def _scan(target: Any, originals: Iterable[str]) -> int:
    values = [v.casefold() for v in originals]
    checked = 0
    with target.reading() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text | JSON)]
            # The clinic's own details and reference data are no one's personal data (a clinic
            # may well share its name with one of its clients).
            if (table.name in IGNORED_TABLES or not columns
                    or POLICIES[table.name].basis is Basis.NOT_PERSONAL):
                continue
            for row in session.execute(select(*columns)):
                for value in row:
                    if value is None:
                        continue
                    checked += 1
                    cell = str(value).casefold()
                    if any(v in cell for v in values):
                        raise AssertionError(
                            f"an original identifier survived in {table.name}")
    return checked

"""An anonymised copy of the database for support and testing (issue 10).

Every table is copied into a new SQLite file, row by row in batches, with each personal value
replaced as its column's ``Anon`` rule in classification.py says. The same original value gets
the same replacement everywhere (a salted hash picks it; the salt lives only in this run), and
replacements stay valid in form: phones are Norwegian mobile numbers, chips 15 digits starting
578, e-mails and organisation numbers look right. Clinical content is kept. The copy ends with a
scan proving none of the original names, phones, e-mails or chips remain in any text column.
Its hash chains are re-sealed over the replaced values (reseal.py), so ``vetdesk verify`` holds
on the copy; its last audit event says so: the copy proves nothing about the original.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, String, Text, insert, select, text

from vetdesk.db.base import Base
from vetdesk.db.opening import open_database
from vetdesk.domain.codes import AuditAction, Role
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
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.privacy.reseal import RESEALED_COPY, Resealer, copy_order, source_query
from vetdesk.services.staff import accounts

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
        self.pattern = _alternatives(avoid)
        self._salt = secrets.token_bytes(16)
        self._seen: dict[tuple[Anon, str], Any] = {}
        # Made-up numbers come from a hash, so two originals may draw the same one (chips are
        # unique) or draw a real client's number: both are refused and the next one drawn.
        self._avoid = avoid
        self._lengths = sorted({len(v) for v in avoid})
        # A made-up name must not hold a real one either ("Fossum" holds a client "Foss"), nor
        # be so short that first and last together spell a real client ("Dag" + "Vik"); a
        # large clinic has most common names, hence the plain fallbacks.
        self._first = [n for n in _FIRST
                       if len(n) >= 4 and not self._holds_original(n)] or ["Fornavn"]
        self._last = [n for n in _LAST
                      if len(n) >= 4 and not self._holds_original(n)] or ["Etternavn"]
        self._taken: set[str] = set()
        self._phones: dict[str, str] = {}

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
                                 else self._fresh(lambda k: f"kunde{k % 10**8}@example.com",
                                                  n)),
            Anon.PHONE_E164: lambda: self.phone_e164(raw),
            Anon.PHONE_DIGITS: lambda: self.phone_digits(raw),
            Anon.CHIP: lambda: self._fresh(lambda k: f"578099{k % 10**9:09d}", n),
            Anon.ORG_NUMBER: lambda: self._fresh(_org_number, n),
            Anon.BIRTH_DATE: lambda: dt.date(value.year, 1, 1) + dt.timedelta(days=n % 365),
            Anon.USERNAME: lambda: f"bruker{n % 10**6}",
            Anon.TEXT: lambda: "[anonymisert]",
            Anon.NULL: lambda: None,
        }
        return makers[kind]()

    def phone_digits(self, digits: str) -> str:
        national = digits[-8:]
        if national not in self._phones:
            # Checked as it is also shown, after +47: "+4746142455" holds "47461424".
            self._phones[national] = self._fresh(
                lambda k: "4" + f"{k % 10**7:07d}", self._n("tel" + national), shown="+47")
        return self._phones[national]

    def redact(self, value: Any) -> Any:
        """Kept text (a journal's notes, a message's text) with any original identifier in it
        replaced: a vet may well have written "eier Kari Hansen ringte"."""
        if self.pattern is None:
            return value
        if isinstance(value, str):
            return self.pattern.sub("[anonymisert]", value)
        if isinstance(value, dict):
            return {key: self.redact(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.redact(item) for item in value]
        return value

    def _fresh(self, make: Callable[[int], str], n: int, shown: str = "") -> str:
        """The first of make(n), make(n + 1), ... not yet given out and holding no original
        (also after ``shown``, a prefix it is shown with)."""
        for k in range(n, n + 10_000):
            candidate = make(k)
            if candidate not in self._taken and not self._holds_original(shown + candidate):
                self._taken.add(candidate)
                return candidate
        raise ValidationError(_("The anonymised copy ran out of made-up numbers; try again."))

    def _holds_original(self, candidate: str) -> bool:
        folded = candidate.casefold()
        return any(folded[i:i + size] in self._avoid
                   for size in self._lengths if size <= len(folded)
                   for i in range(len(folded) - size + 1))

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


@dataclass(frozen=True)
class SupportAccount:
    """An administrator to add to the copy, so support can sign in to it (nobody else can:
    password data is never copied)."""

    username: str
    password: str

    def problems(self) -> dict[str, str]:
        return accounts.validate_new_user(self.username, SUPPORT_NAME,
                                          Role.ADMINISTRATOR.value, self.password, None)


SUPPORT_NAME = "Support"


def anonymized_copy(ctx: ServiceContext, actor: Actor, out: Path,
                    progress: Callable[[str], None] | None = None, *,
                    support: SupportAccount | None = None) -> CopyReport:
    """Write the copy to ``out`` (a new SQLite file) and prove no original identifier is in it."""
    require(actor, Permission.MANAGE_PRIVACY)
    if out.exists():
        raise ValidationError(_("{path} already exists; choose a new file name.").format(
            path=out))
    if support is not None and (problems := support.problems()):
        # Before the copy, which takes minutes for a large clinic.
        raise ValidationError(" ".join(problems.values()), problems)
    originals = _identifiers(ctx)
    replace = _Replacer({v.casefold() for v in originals})
    target = open_database(f"sqlite:///{out}", now=ctx.clock.now())
    rows = 0
    try:
        with target.transaction() as dest, ctx.db.reading() as source:
            dest.execute(text("PRAGMA defer_foreign_keys = ON"))
            allowed = _granted_columns(source)
            reseal = Resealer(source)
            for table in copy_order(Base.metadata.sorted_tables):
                if table.name in IGNORED_TABLES or table.name in _SKIPPED:
                    continue
                if progress:
                    progress(table.name)
                dest.execute(table.delete())  # the new file's own first rows (none expected)
                readable = [c for c in table.columns if _readable(table.name, c.name)
                            and (allowed is None or (table.name, c.name) in allowed)]
                if not readable:
                    continue
                result = source.execute(source_query(table, readable)).yield_per(BATCH)
                for chunk in result.partitions(BATCH):
                    batch = []
                    for r in chunk:
                        original = r._mapping
                        copied = _anonymised(table.name, dict(original), replace)
                        reseal.row(table.name, original, copied)
                        batch.append(copied)
                    dest.execute(insert(table), batch)
                    rows += len(batch)
            maker = _note_resealed(dest, ctx, actor, replace, reseal)
            if support is not None:
                accounts.create_user(
                    dest, dataclasses.replace(ctx, db=target), maker,
                    username=support.username, full_name=SUPPORT_NAME,
                    role=Role.ADMINISTRATOR, password=support.password)
        checked = _scan(target, originals)
    except BaseException:
        target.dispose()
        out.unlink(missing_ok=True)  # never leave a copy that failed its proof behind
        raise
    target.dispose()
    with ctx.db.transaction() as session:
        audit.record(session, ctx, actor, AuditAction.EXPORT, entity_type=RESEALED_COPY,
                     details={"rows": rows, "values_checked": checked})
    return CopyReport(rows, checked, out)


def _note_resealed(dest: Any, ctx: ServiceContext, actor: Actor, replace: _Replacer,
                   reseal: Resealer) -> Actor:
    """End the copy's audit chain with the event saying it is a re-sealed copy (who made it
    under their pseudonym, when), so its chains are never taken for the original's proof.
    The maker as the copy knows them."""
    maker = dataclasses.replace(actor, username=replace(Anon.USERNAME, actor.username))
    audit.record(dest, ctx, maker, AuditAction.SETUP, entity_type=RESEALED_COPY,
                 details={"resealed": True, "audit_events": reseal.audit_rows})
    return maker


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
        if rule.anon is Anon.KEEP and rule.data_class in _WRITTEN:
            out[name] = replace.redact(row.get(name))
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
    """Count the cells read; refuse the copy if any personal or clinical text still holds an
    original identifier. Keys, hashes and codes (operational, security) are not text anyone
    wrote: a hash may hold eight digits that happen to be someone's phone."""
    pattern = _alternatives(originals)
    checked = 0
    with target.reading() as session:
        for table in Base.metadata.sorted_tables:
            if (table.name in IGNORED_TABLES
                    or POLICIES[table.name].basis is Basis.NOT_PERSONAL):
                continue
            columns = [c for c in table.columns if isinstance(c.type, String | Text | JSON)
                       and POLICIES[table.name].columns[c.name].data_class in _WRITTEN]
            if not columns:
                continue
            for row in session.execute(select(*columns)):
                for value in row:
                    if value is None:
                        continue
                    checked += 1
                    if pattern is not None and pattern.search(str(value)):
                        raise ValidationError(_(
                            "The anonymised copy still held an original name, phone, e-mail "
                            "or chip (in {table}), so it was deleted; send this message to "
                            "support.").format(table=table.name))
    return checked


_WRITTEN = frozenset({DataClass.PERSONAL, DataClass.CLINICAL, DataClass.ACCOUNTING})


def _alternatives(values: Iterable[str]) -> re.Pattern[str] | None:
    """One regular expression matching any of ``values``, built as a trie so the search runs
    in the regex engine once per cell instead of once per value (20,000 clients give about
    60,000 values)."""
    trie: dict[str, Any] = {}
    for value in values:
        node = trie
        value = value.lower()
        for char in value:
            node = node.setdefault(char, {})
        node[""] = {}
    if not trie:
        return None

    def pattern(node: dict[str, Any]) -> str:
        if "" in node and len(node) == 1:
            return ""
        branches = [re.escape(char) + pattern(child)
                    for char, child in sorted(node.items()) if char]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # A value that ends here is matched even when a longer one goes on.
        return f"(?:{body})?" if "" in node else body

    return re.compile(pattern(trie), re.IGNORECASE)

"""An anonymised copy of the database for support and testing (issue 10).

Every table is copied into a new SQLite file, row by row in batches, with each personal value
replaced as its column's ``Anon`` rule in classification.py says. The same original value gets
the same replacement everywhere (a salted hash picks it; the salt lives only in this run), and
replacements stay valid in form: phones are Norwegian mobile numbers, chips 15 digits starting
578, e-mails and organisation numbers look right. Clinical content is kept. The copy ends with a
scan proving none of the original names, phones, e-mails or chips remain in any text column.
Staff usernames get the same pseudonym in ``users``, in the audit log's ``username`` and in the
audit details that name an account (a user added, the demo's accounts).
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

from sqlalchemy import JSON, String, Table, Text, select, text
from sqlalchemy.orm import Session

from vetdesk.db.base import Base
from vetdesk.db.opening import open_database
from vetdesk.domain.codes import AuditAction, Role
from vetdesk.domain.privacy_classification import (
    AUDIT_DETAIL_USERNAMES,
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
from vetdesk.services.privacy.reseal import (
    CHAINED,
    RESEALED_COPY,
    Resealer,
    copy_order,
    source_query,
)
from vetdesk.services.staff import accounts

BATCH = 2_000
_REDACTED = "[anonymisert]"
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

    def __init__(self, avoid: set[str], pattern: re.Pattern[str] | None) -> None:
        # Matches the originals in lower-cased text (_alternatives).
        self.pattern = pattern
        self._any_case: re.Pattern[str] | None = None
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
            return self._redact_text(value, self.pattern)
        if isinstance(value, dict):
            return {key: self.redact(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.redact(item) for item in value]
        return value

    def _redact_text(self, value: str, pattern: re.Pattern[str]) -> str:
        # Searched lower-cased: several times faster than a case-blind pattern of 100,000
        # names. Most text holds none, and is returned as it is.
        low = value.lower()
        if pattern.search(low) is None:
            return value
        if len(low) != len(value):  # a letter whose lower case is longer ("İ"): case-blind
            if self._any_case is None:
                self._any_case = re.compile(pattern.pattern, re.IGNORECASE)
            return self._any_case.sub(_REDACTED, value)
        parts, end = [], 0
        for found in pattern.finditer(low):
            parts += [value[end:found.start()], _REDACTED]
            end = found.end()
        parts.append(value[end:])
        return "".join(parts)

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
    pattern = _alternatives(originals)  # built once: 100,000 names take seconds to compile
    replace = _Replacer({v.casefold() for v in originals}, pattern)
    target = open_database(f"sqlite:///{out}", now=ctx.clock.now())
    rows = 0
    try:
        # One snapshot for every table: a copy taken while the clinic works must not hold a
        # journal version without its audit event, or a row without its parent.
        with target.transaction() as dest, ctx.db.reading(consistent=True) as source:
            dest.execute(text("PRAGMA defer_foreign_keys = ON"))
            # A large page cache for this one connection: every row also goes into the
            # tables' indexes, which SQLite's default 2 MB cache keeps re-reading.
            dest.execute(text("PRAGMA cache_size = -262144"))
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
                plan = _Plan.of(table, {c.name for c in readable})
                chained = table.name in CHAINED
                if not chained and source.get_bind().dialect.name == "sqlite":
                    rows += _copy_stored(source, dest, table, readable, plan, replace)
                    continue
                write = _writer(dest, table)
                result = source.execute(source_query(table, readable)).yield_per(BATCH)
                for chunk in result.partitions(BATCH):
                    batch = []
                    for r in chunk:
                        original = r._mapping
                        copied = plan.apply(dict(original), replace)
                        if chained:
                            reseal.row(table.name, original, copied)
                        batch.append(copied)
                    write(batch)
                    rows += len(batch)
            maker = _note_resealed(dest, ctx, actor, replace, reseal)
            if support is not None:
                accounts.create_user(
                    dest, dataclasses.replace(ctx, db=target), maker,
                    username=support.username, full_name=SUPPORT_NAME,
                    role=Role.ADMINISTRATOR, password=support.password)
        checked = _scan(target, pattern)
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


def _writer(dest: Session, table: Table) -> Callable[[list[dict[str, Any]]], None]:
    """Rows into the copy by SQLite's own executemany, each column's conversion (times, ids,
    JSON) looked up once per table: SQLAlchemy's per-row parameter handling took a fifth of
    the copy of a large clinic. Every column is given (the plan fills the unread ones)."""
    conn = dest.connection()
    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    columns = [(c.name, c.type.dialect_impl(dialect).bind_processor(dialect))
               for c in table.columns]
    statement = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n, _p in columns)}) "
                 f"VALUES ({', '.join('?' for _c in columns)})")

    def write(rows: list[dict[str, Any]]) -> None:
        conn.exec_driver_sql(statement, [
            tuple(row[name] if convert is None else convert(row[name])
                  for name, convert in columns) for row in rows])

    return write


def _copy_stored(source: Session, dest: Session, table: Table, readable: list[Any],
                 plan: _Plan, replace: _Replacer) -> int:
    """SQLite to SQLite: the rows as stored, only the columns the plan changes turned into
    Python values and back (JSON, dates); ids, times and codes go across untouched, neither
    parsed nor written again (most of a large clinic's 1.5 million rows). The chained tables
    are not copied here: their hashes are computed over Python values."""
    reading, writing = source.connection(), dest.connection()
    dialect = writing.dialect
    quote = dialect.identifier_preparer.quote
    touched = {*plan.redacted, *(name for name, _kind in plan.replaced), *plan.named_by,
               *plan.naming_staff}
    load = {c.name: c.type.dialect_impl(dialect).result_processor(dialect, None)
            for c in readable if c.name in touched}
    names = [c.name for c in readable]
    written = [c.name for c in table.columns]
    dump = {c.name: c.type.dialect_impl(dialect).bind_processor(dialect)
            for c in table.columns if c.name in touched or c.name in plan.search_keys}
    select_sql = f"SELECT {', '.join(quote(n) for n in names)} FROM {quote(table.name)}"
    insert_sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in written)}) "
                  f"VALUES ({', '.join('?' for _n in written)})")
    copied = 0
    result = reading.exec_driver_sql(select_sql)
    while chunk := result.fetchmany(BATCH):
        batch = []
        for stored in chunk:
            row = dict(zip(names, stored, strict=True))
            for name, convert in load.items():
                if convert is not None and row[name] is not None:
                    row[name] = convert(row[name])
            plan.apply(row, replace)
            for name, convert in dump.items():
                if convert is not None:
                    row[name] = convert(row[name])
            batch.append(tuple(row[name] for name in written))
        writing.exec_driver_sql(insert_sql, batch)
        copied += len(batch)
    return copied


@dataclass(frozen=True)
class _Plan:
    """What the copy does to one table's rows, worked out once per table from the column
    classification: most columns (ids, codes, times) are copied as they are and never looked
    at again (a 20,000-client clinic has 1.5 million rows)."""

    redacted: tuple[str, ...]  # kept written text: identifiers in it replaced
    replaced: tuple[tuple[str, Anon], ...]  # personal values: a made-up one in their place
    search_keys: tuple[str, ...]  # rebuilt from the made-up names
    named_by: tuple[str, ...]  # the columns a search key is built from
    unread: tuple[tuple[str, Any], ...]  # not read (password data): written empty
    # JSON details naming staff by username (AUDIT_DETAIL_USERNAMES): pseudonymised.
    naming_staff: tuple[str, ...] = ()

    @classmethod
    def of(cls, table: Table, read: set[str]) -> _Plan:
        redacted, replaced, keys, unread = [], [], [], []
        for name, rule in POLICIES[table.name].columns.items():
            if rule.anon is Anon.SEARCH_KEY:
                keys.append(name)
            elif name not in read:
                unread.append((name, 0 if name == "failed_signins" else None))
            elif rule.anon is Anon.KEEP:
                # Only text can hold a name; numbers, times and flags are copied.
                if rule.data_class in _WRITTEN and isinstance(table.c[name].type,
                                                              String | Text | JSON):
                    redacted.append(name)
            else:
                replaced.append((name, rule.anon))
        if table.name == "animals":
            keys.append("search_key")
        # An animal's key is its name; a client's their first and last name.
        named_by = ("name",) if table.name == "animals" else tuple(
            c for c in ("first_name", "last_name", "name") if c in read)
        naming_staff = ("details",) if table.name == "audit_events" and "details" in read else ()
        return cls(tuple(redacted), tuple(replaced), tuple(dict.fromkeys(keys)), named_by,
                   tuple(unread), naming_staff)

    def apply(self, row: dict[str, Any], replace: _Replacer) -> dict[str, Any]:
        for name in self.redacted:
            value = row[name]
            if value is not None:
                row[name] = replace.redact(value)
        for name, kind in self.replaced:
            value = row[name]
            if value is not None:
                row[name] = replace(kind, value)
        if self.search_keys:
            key = search_key(*(row.get(c) for c in self.named_by))
            for name in self.search_keys:
                row[name] = key
        for name, empty in self.unread:
            row[name] = empty
        for name in self.naming_staff:
            row[name] = _staff_pseudonyms(row[name], replace)
        return row


def _staff_pseudonyms(details: Any, replace: _Replacer) -> Any:
    """An audit event's details with each staff username in it replaced by that person's
    pseudonym: "user added: tor.hansen" must not tell who bruker123456 is."""
    if not isinstance(details, dict) or AUDIT_DETAIL_USERNAMES.isdisjoint(details):
        return details
    named = dict(details)
    for key in AUDIT_DETAIL_USERNAMES.intersection(details):
        value = details[key]
        if isinstance(value, str):
            named[key] = replace(Anon.USERNAME, value)
        elif isinstance(value, list):  # the demo's accounts
            named[key] = [replace(Anon.USERNAME, v) if isinstance(v, str) else v
                          for v in value]
    return named


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


def _scan(target: Any, pattern: re.Pattern[str] | None) -> int:
    """Count the cells read; refuse the copy if any personal or clinical text still holds an
    original identifier. Keys, hashes and codes (operational, security) are not text anyone
    wrote: a hash may hold eight digits that happen to be someone's phone."""
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
                    if pattern is not None and pattern.search(str(value).lower()):
                        raise ValidationError(_(
                            "The anonymised copy still held an original name, phone, e-mail "
                            "or chip (in {table}), so it was deleted; send this message to "
                            "support.").format(table=table.name))
    return checked


_WRITTEN = frozenset({DataClass.PERSONAL, DataClass.CLINICAL, DataClass.ACCOUNTING})


def _alternatives(values: Iterable[str]) -> re.Pattern[str] | None:
    """One regular expression matching any of ``values`` in lower-cased text, built as a trie
    so the search runs in the regex engine once per cell instead of once per value (20,000
    clients give about 100,000 values). Case-sensitive on purpose: lower-casing the text and
    searching is several times faster than a case-blind search."""
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

    return re.compile(pattern(trie))

"""Erasure: delete what may go, pseudonymise what the law keeps, record it, and replay it.

The plan and the erasure are generated from the column classification: tables marked
``Erasure.DELETE`` lose the client's rows, ``PSEUDONYMISE`` tables keep their rows with every
personal column emptied or replaced by the client's pseudonym, ``KEEP`` tables hold ids only and
stay as they are (journals 10 years, accounts 5 years after the financial year). Refused while
an invoice is unpaid. One transaction; a receipt PDF says what was done; ``privacy_erasures``
records it with a pseudonymous id and hashes only, and the same entry, written to a log file
outside the database, lets ``vetdesk privacy replay`` erase the client again after an older
backup is restored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.orm import Session

from vetdesk.config import data_dir
from vetdesk.db.base import Base
from vetdesk.db.models import Client, Invoice, PrivacyErasure
from vetdesk.documents.privacy_pdf import PlainDocument, Section, render_plain
from vetdesk.domain.codes import AuditAction, ClientStatus, InvoiceStatus
from vetdesk.domain.privacy_classification import (
    POLICIES,
    Erasure,
    OnErase,
    client_tables,
)
from vetdesk.domain.privacy_table_labels import table_label
from vetdesk.errors import ValidationError
from vetdesk.i18n import _
from vetdesk.services import audit
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import shown_moment
from vetdesk.services.permissions import Actor, Permission, require
from vetdesk.services.privacy import requests
from vetdesk.services.privacy.holdings import Holding, read_holding, table_of
from vetdesk.services.privacy.inspect import client_id_for, inspection_of


@dataclass(frozen=True)
class PlanLine:
    table: str
    rows: int
    action: Erasure
    rule: str
    purge_on: dt.date | None


@dataclass(frozen=True)
class ErasurePlan:
    client_no: int
    name: str
    lines: tuple[PlanLine, ...]
    # Why it may not be done now (None: it may).
    refusal: str | None

    @property
    def deleted(self) -> tuple[PlanLine, ...]:
        return tuple(line for line in self.lines if line.action is Erasure.DELETE and line.rows)

    @property
    def kept(self) -> tuple[PlanLine, ...]:
        return tuple(line for line in self.lines
                     if line.action is not Erasure.DELETE and line.rows)


@dataclass(frozen=True)
class LogEntry:
    """What survives an erasure: a pseudonymous id and hashes (one JSON line in the log)."""

    client_ref: int
    pseudonym: str
    identity_sha256: str
    plan_sha256: str
    erased_at: str

    def line(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def parse(cls, line: str) -> LogEntry:
        return cls(**json.loads(line))


@dataclass(frozen=True)
class ErasureResult:
    plan: ErasurePlan
    pseudonym: str
    receipt_pdf: bytes
    log_entry: LogEntry


# -- plan ----------------------------------------------------------------------------------------

def erasure_plan(ctx: ServiceContext, actor: Actor, client_no: int) -> ErasurePlan:
    """What erasing the client would delete and keep, under which rule and until when."""
    require(actor, Permission.MANAGE_PRIVACY)
    with ctx.db.reading() as session:
        client_id = client_id_for(session, client_no)
        _refuse_if_erased(session, client_id, client_no, ctx)
        holding = read_holding(session, client_id)
        return _plan(session, holding, client_no)


def _plan(session: Session, holding: Holding, client_no: int) -> ErasurePlan:
    found = inspection_of(holding, client_no)
    purge = {t.table: g.deletable_on for g in found.groups for t in g.tables}
    lines = tuple(
        PlanLine(name, len(holding.rows(name)), POLICIES[name].erasure,
                 _(POLICIES[name].retention.label), purge.get(name))
        for name in client_tables())
    return ErasurePlan(client_no, found.name, lines, _refusal(session, holding, client_no))


def _refusal(session: Session, holding: Holding, client_no: int) -> str | None:
    ids = [row["id"] for row in holding.rows("clients")]
    unpaid = session.execute(select(Invoice.invoice_no).where(
        Invoice.client_id.in_(ids), Invoice.status == InvoiceStatus.OPEN.value)
        .order_by(Invoice.invoice_no)).scalars().all()
    if unpaid:
        return _("Client {client_no} has unpaid invoices ({numbers}); erase them after they "
                 "are paid or credited.").format(
            client_no=client_no, numbers=", ".join(str(n) for n in unpaid))
    return None


def _refuse_if_erased(session: Session, client_id: int, client_no: int,
                      ctx: ServiceContext) -> None:
    erased_at = session.execute(
        select(Client.erased_at).where(Client.id == client_id)).scalar_one()
    if erased_at is not None:
        raise ValidationError(_("Client {client_no} was already erased on {when}.").format(
            client_no=client_no, when=shown_moment(erased_at, ctx.zone)[:10]))


# -- erase ---------------------------------------------------------------------------------------

def erase_client(ctx: ServiceContext, actor: Actor, client_no: int, *,
                 request_no: int | None = None) -> ErasureResult:
    """Erase in one transaction; refused (nothing changed) while an invoice is unpaid."""
    require(actor, Permission.MANAGE_PRIVACY)
    now = ctx.clock.now()
    with ctx.db.transaction() as session:
        client_id = client_id_for(session, client_no)
        _refuse_if_erased(session, client_id, client_no, ctx)
        holding = read_holding(session, client_id)
        plan = _plan(session, holding, client_no)
        if plan.refusal:
            raise ValidationError(plan.refusal)
        pseudonym = make_pseudonym(client_id, now)
        entry = LogEntry(client_id, pseudonym, identity_hash(holding), _plan_hash(plan),
                         now.isoformat())
        receipt = _erase_in_session(session, ctx, actor, holding, plan, entry, request_no)
    return ErasureResult(plan, pseudonym, receipt, entry)


def _erase_in_session(session: Session, ctx: ServiceContext, actor: Actor, holding: Holding,
                      plan: ErasurePlan, entry: LogEntry, request_no: int | None) -> bytes:
    now = dt.datetime.fromisoformat(entry.erased_at)
    for name in _children_first():
        policy = POLICIES[name]
        ids = [row["id"] for row in holding.rows(name)]
        if not ids:
            continue
        table = table_of(name)
        if policy.erasure is Erasure.DELETE:
            session.execute(delete(table).where(table.c.id.in_(ids)))
        elif policy.erasure is Erasure.PSEUDONYMISE:
            session.execute(update(table).where(table.c.id.in_(ids))
                            .values(**_replacements(table, name, entry.pseudonym)))
    clients = table_of("clients")
    session.execute(update(clients).where(clients.c.id.in_(
        [row["id"] for row in holding.rows("clients")])).values(
        status=ClientStatus.ERASED.value, erased_at=now))
    receipt = receipt_pdf(plan, entry.pseudonym, shown_moment(now, ctx.zone))
    purge = [line.purge_on for line in plan.kept if line.purge_on]
    counts = {"deleted": {line.table: line.rows for line in plan.deleted},
              "kept": {line.table: line.rows for line in plan.kept}}
    session.add(PrivacyErasure(
        client_ref=entry.client_ref, pseudonym=entry.pseudonym,
        identity_sha256=entry.identity_sha256, plan_sha256=entry.plan_sha256,
        receipt_sha256=hashlib.sha256(receipt).hexdigest(), erased_at=now,
        erased_by_id=actor.user_id, privacy_request_id=request_no,
        purge_on=max(purge) if purge else None, counts=counts))
    session.flush()
    audit.record(session, ctx, actor, AuditAction.ERASE, entity_type="client",
                 entity_id=entry.client_ref, client_id=entry.client_ref,
                 details={"pseudonym": entry.pseudonym, **counts})
    if request_no is not None:
        requests.record_produced(session, ctx, actor, request_no,
                                 f"erasure {entry.pseudonym}")
    return receipt


def _children_first() -> list[str]:
    """The client's tables in foreign-key order, children first (a message before the
    appointment it reminded of)."""
    mine = set(client_tables())
    return [t.name for t in reversed(Base.metadata.sorted_tables) if t.name in mine]


def _replacements(table: Table, name: str, pseudonym: str) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column_name, column in POLICIES[name].columns.items():
        if column.on_erase is OnErase.KEEP or column.data_class.value != "personal":
            continue
        if column.on_erase is OnErase.PSEUDONYM:
            # The first name goes; the pseudonym stands where the surname was.
            values[column_name] = "" if column_name == "first_name" else (
                pseudonym.lower() if column_name == "search_key" else pseudonym)
        else:
            values[column_name] = None if table.c[column_name].nullable else ""
    return values


def make_pseudonym(client_id: int, when: dt.datetime) -> str:
    digest = hashlib.sha256(f"{client_id}:{when.isoformat()}".encode()).hexdigest()
    return f"SLETTET-{digest[:8].upper()}"


def identity_hash(holding: Holding) -> str:
    """A hash over the client's identifying values, so a replay can check it is erasing the
    same person (the values themselves are not kept)."""
    me = next(r for r in holding.rows("clients") if r["id"] == holding.client_id)
    parts = [str(me.get(k) or "") for k in ("first_name", "last_name", "email", "address")]
    parts += sorted(str(p["e164"]) for p in holding.rows("client_phones")
                    if p["client_id"] == holding.client_id)
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _plan_hash(plan: ErasurePlan) -> str:
    shape = [[line.table, line.rows, line.action.value] for line in plan.lines]
    return hashlib.sha256(json.dumps(shape).encode()).hexdigest()


def kept_text(line: PlanLine) -> str:
    """How long a kept line stays: its date when the rule gives one, else the rule alone."""
    if line.purge_on is None:
        return _("{rows} kept: {rule}").format(rows=line.rows, rule=line.rule)
    return _("{rows} kept until {day}: {rule}").format(
        rows=line.rows, day=line.purge_on.strftime("%d.%m.%Y"), rule=line.rule)


def receipt_pdf(plan: ErasurePlan, pseudonym: str, when: str) -> bytes:
    # The client reads this: what was deleted and kept in words, not the tables' names.
    deleted = [(table_label(line.table), _("{rows} deleted").format(rows=line.rows))
               for line in plan.deleted]
    kept = [(table_label(line.table), kept_text(line)) for line in plan.kept]
    return render_plain(PlainDocument(
        title=_("Receipt for erasure"),
        subtitle=_("Client {client_no}, erased {when}").format(client_no=plan.client_no,
                                                               when=when),
        intro=_("The client's personal data was deleted. What the law requires the clinic to "
                "keep is kept with the client's name replaced by the pseudonym {pseudonym}, "
                "and is deleted when its period ends.").format(pseudonym=pseudonym),
        sections=[Section(_("Deleted"), deleted), Section(_("Kept by law"), kept)],
        footer=_("You may complain to Datatilsynet (www.datatilsynet.no).")))


# -- the log outside the database -----------------------------------------------------------------

def default_log_path() -> Path:
    """The erasure log beside the workstation's other files (the data folder)."""
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "erasures.log"


def append_to_log(path: Path, entry: LogEntry) -> None:
    """One JSON line per erasure; keep a copy with the backups, apart from the database."""
    with path.open("a", encoding="utf-8") as out:
        out.write(entry.line() + "\n")


def read_log(path: Path) -> list[LogEntry]:
    return [LogEntry.parse(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


# -- replay after a restore ----------------------------------------------------------------------

@dataclass(frozen=True)
class ReplayResult:
    erased_again: tuple[str, ...]
    already: int
    skipped: tuple[str, ...]


def replay_erasures(ctx: ServiceContext, actor: Actor, entries: list[LogEntry]) -> ReplayResult:
    """Apply logged erasures again (after an older backup was restored), each in its own
    transaction; a client whose identity no longer matches the log is left alone."""
    require(actor, Permission.MANAGE_PRIVACY)
    again, skipped, already = [], [], 0
    for entry in entries:
        with ctx.db.transaction() as session:
            row = session.get(Client, entry.client_ref)
            if row is None or row.erased_at is not None:
                already += 1
                continue
            holding = read_holding(session, entry.client_ref)
            if identity_hash(holding) != entry.identity_sha256:
                skipped.append(entry.pseudonym)
                continue
            plan = _plan(session, holding, row.client_no)
            _erase_in_session(session, ctx, actor, holding, plan, entry, None)
            again.append(entry.pseudonym)
    return ReplayResult(tuple(again), already, tuple(skipped))

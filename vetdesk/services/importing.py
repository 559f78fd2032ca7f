"""Importing clients and animals from another system's CSV export.

Each file is one transaction: rows with errors are left out and listed with their line number
and reason, the valid rows go in together. Client numbers from the file are kept, so running
the same file again updates those clients instead of adding them twice; an animal is matched
on its chip, or else on its owner and name.

The file is streamed (issue 9): read, checked and written in batches of rows inside that one
transaction, so memory does not grow with the file (a 50 MB export took 3.7 GB when it was
read whole). What stays for the whole file is small: the client numbers seen (a number twice
in one file is refused), the new animals' chips and names, and the errors to report. A file
that turns out unreadable further down (a line that is not UTF-8, a quotation mark never
closed) still refuses the whole file: the transaction is rolled back, nothing is imported, and
the sentence names the line, as when the file was read whole first.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from vetdesk.db.models import Animal, Client, ClientPhone, Consent, Identity, Ownership
from vetdesk.domain import import_rows as rows_
from vetdesk.domain.animal_rules import AnimalInput, check_animal, clean_animal
from vetdesk.domain.client_rules import ClientInput, PhoneInput, check_client, clean_client
from vetdesk.domain.codes import (
    AuditAction,
    Channel,
    ClientLanguage,
    ConsentMethod,
    ConsentPurpose,
    Sex,
    Species,
)
from vetdesk.domain.field_report import join_sentences
from vetdesk.domain.file_errors import os_error_reason
from vetdesk.domain.text import clean_line, fold
from vetdesk.errors import ValidationError
from vetdesk.i18n import _, ngettext
from vetdesk.services import audit
from vetdesk.services.animals import animal_search_key
from vetdesk.services.clients import apply_details, client_search_key, current_consents
from vetdesk.services.context import ServiceContext
from vetdesk.services.local_time import clinic_today
from vetdesk.services.messaging.withdrawal import (
    withdraw_client_waiting,
    withdraw_to_old_addresses,
)
from vetdesk.services.permissions import Actor, Permission, require

_CONSENT_COLUMNS = (("reminder_consent", ConsentPurpose.SERVICE),
                    ("marketing_consent", ConsentPurpose.MARKETING))
_CHANNELS = (Channel.SMS, Channel.EMAIL)
_T = TypeVar("_T")
# Rows read, checked and written together: large enough that a batch's statements are few,
# small enough that its objects take a few megabytes.
BATCH_ROWS = 1_000
_IN_CHUNK = 900  # values in one IN (...) list, under SQLite's old limit of 999 parameters


@dataclass(frozen=True)
class RowError:
    line: int
    # Every problem of the line, as sentences on one line.
    reason: str


@dataclass(frozen=True)
class ImportReport:
    file: str
    rows: int
    created: int
    updated: int
    unchanged: int
    errors: tuple[RowError, ...] = field(default=())
    # Imported, but worth a look (no first name; columns of the file that were not read).
    warnings: tuple[RowError, ...] = field(default=())


@dataclass(frozen=True)
class _ClientRow:
    line: int
    client_no: int
    data: ClientInput
    consents: dict[ConsentPurpose, bool]
    # The file gave the client's language (else a new client gets bokmål, an existing one
    # keeps theirs).
    language_given: bool = False


@contextmanager
def _file_rows(path: Path, columns: tuple[str, ...], optional: tuple[str, ...] = ()
               ) -> Iterator[rows_.CsvStream]:
    """The file open, its header checked, its rows read as they are asked for. Whatever
    stops the reading, at the header or further down, is a :class:`ValidationError` naming
    the file (and the line)."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    with handle:
        try:
            table = rows_.stream_table(rows_.decode_lines(handle), columns, optional)
        except OSError as exc:
            raise _cannot_read(path, exc) from exc
        except rows_.ImportFileError as exc:
            raise ValidationError(f"{path.name}: {exc}") from exc
        yield rows_.CsvStream(_reported(path, table.rows), table.ignored_columns)


def _reported(path: Path, rows: Iterator[rows_.CsvRow]) -> Iterator[rows_.CsvRow]:
    try:
        yield from rows
    except OSError as exc:
        raise _cannot_read(path, exc) from exc
    except rows_.ImportFileError as exc:
        raise ValidationError(f"{path.name}: {exc}") from exc


def _cannot_read(path: Path, exc: OSError) -> ValidationError:
    return ValidationError(_("Cannot read {path}: {problem}.").format(
        path=path, problem=os_error_reason(exc)))


def _batches(rows: Iterable[_T], size: int) -> Iterator[list[_T]]:
    source = iter(rows)
    while batch := list(itertools.islice(source, size)):
        yield batch


def _parsed(problems: list[str], parse: Callable[[str], _T], text: str) -> _T | None:
    """One value, its problem added to the row's list instead of ending the row's checks:
    a row reports all its faults at once, not one per import run."""
    try:
        return parse(text)
    except ValueError as exc:
        problems.append(str(exc))
        return None


def _row_error(line: int, *problems: str) -> RowError:
    return RowError(line, join_sentences(problems))


def _well_formed(rows: Iterable[rows_.CsvRow], errors: list[RowError]
                 ) -> Iterator[rows_.CsvRow]:
    """The rows whose values stand under the right columns; every other row goes to `errors`
    with its own problems only, as the checks of values under the wrong columns would only add
    noise. (A generator, so the errors keep the file's order with those of the rows' checks.)"""
    for row in rows:
        if row.problems:
            errors.append(_row_error(row.line, *row.problems))
        else:
            yield row


def _ignored_columns(table: rows_.CsvStream) -> list[RowError]:
    if not table.ignored_columns:
        return []
    ignored = table.ignored_columns
    return [RowError(1, ngettext("The column {columns} is not imported.",
                                 "The columns {columns} are not imported.", len(ignored)).format(
        columns=", ".join(ignored)))]


def _parse_clients(rows: Iterable[rows_.CsvRow], today: dt.date, seen: dict[int, int]
                   ) -> tuple[list[_ClientRow], list[RowError], list[RowError]]:
    """The rows' checks; ``seen`` (client number -> its line) is the whole file's so far."""
    good: list[_ClientRow] = []
    errors: list[RowError] = []
    warnings: list[RowError] = []
    for row in _well_formed(rows, errors):
        v = row.values
        problems: list[str] = []
        number = _parsed(problems, rows_.parse_client_no, v["client_no"])
        birth = _parsed(problems, rows_.parse_date, v["birth_date"])
        language = _parsed(problems, rows_.parse_language, v.get("language", ""))
        consents = {}
        for column, purpose in _CONSENT_COLUMNS:
            answer = _parsed(problems, rows_.parse_yes_no, v[column])
            if answer is not None:
                consents[purpose] = answer
        if number is not None and number in seen:
            problems.append(_("client number {number} is already on line {line}").format(
                number=number, line=seen[number]))
        phones = tuple(PhoneInput(p.strip()) for p in v["phone"].split("/") if p.strip())
        data = ClientInput(first_name=v["first_name"], last_name=v["last_name"],
                           address=v["address"], postal_code=v["postal_code"], city=v["city"],
                           phones=phones, email=v["email"], birth_date=birth,
                           language=(language or ClientLanguage.BOKMAL).value)
        problems.extend(check_client(data, today).errors.values())
        if problems or number is None:
            errors.append(_row_error(row.line, *problems))
            continue
        if not clean_line(data.first_name):
            # Allowed (a farm or a company), as in the client form; said, in case a column
            # was left empty by mistake.
            warnings.append(RowError(row.line, _(
                "Imported without a first name (right for a farm or a company).")))
        seen[number] = row.line
        good.append(_ClientRow(row.line, number, data, consents, language is not None))
    return good, errors, warnings


@dataclass
class _ClientTally:
    """What the whole file has come to so far, batch by batch."""

    rows: int = 0
    created: array[int] = field(default_factory=lambda: array("q"))  # client numbers
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    seen: dict[int, int] = field(default_factory=dict)  # client number -> line


def import_clients(ctx: ServiceContext, actor: Actor, path: Path, *,
                   batch_rows: int = BATCH_ROWS) -> ImportReport:
    require(actor, Permission.IMPORT_CLIENTS)
    today = clinic_today(ctx)
    now = ctx.clock.now()
    tally = _ClientTally()
    with (_file_rows(path, rows_.CLIENT_COLUMNS, rows_.CLIENT_OPTIONAL_COLUMNS) as table,
          ctx.db.transaction() as session):
        for batch in _batches(table.rows, batch_rows):
            _import_client_batch(session, actor, batch, today, now, tally)
            # Written, and out of the session: memory stays that of one batch.
            session.flush()
            session.expunge_all()
        audit.record(session, ctx, actor, AuditAction.IMPORT, entity_type="client_import",
                     entity_id=path.name[:64],
                     details={"file": path.name, "created": sorted(tally.created),
                              "updated": tally.updated, "errors": len(tally.errors)})
    return ImportReport(path.name, tally.rows, len(tally.created), tally.updated,
                        tally.unchanged, tuple(sorted(tally.errors, key=lambda e: e.line)),
                        tuple(_ignored_columns(table) + tally.warnings))


def _import_client_batch(session: Session, actor: Actor, batch: list[rows_.CsvRow],
                         today: dt.date, now: dt.datetime, tally: _ClientTally) -> None:
    parsed, errors, warnings = _parse_clients(batch, today, tally.seen)
    tally.rows += len(batch)
    tally.errors.extend(errors)
    tally.warnings.extend(warnings)
    existing = _existing_clients(session, [r.client_no for r in parsed])
    parsed = _refuse_retired(parsed, existing, tally.errors, session)
    new_rows = [r for r in parsed if r.client_no not in existing]
    created_ids = _insert_clients(session, actor, new_rows, now)
    updated: list[int] = []
    for row in parsed:
        if row.client_no in existing:
            if _update_client(session, actor, existing[row.client_no], row, now):
                tally.updated += 1
                updated.append(existing[row.client_no].id)
            else:
                tally.unchanged += 1
    ids = {**created_ids, **{n: c.id for n, c in existing.items()}}
    _consents(session, actor, parsed, ids, now, fresh=set(created_ids))
    session.flush()
    # As the client form does: what waits in the outbox for an old mobile number or e-mail
    # address does not go there.
    withdraw_to_old_addresses(session, updated)
    tally.created.extend(created_ids)


def _refuse_retired(rows: list[_ClientRow], existing: dict[int, Client], errors: list[RowError],
                    session: Session) -> list[_ClientRow]:
    """Rows for a merged or erased client are refused: writing to those records would hide
    the change (and a withdrawn consent) from the client the clinic actually sees."""
    kept: list[_ClientRow] = []
    for row in rows:
        client = existing.get(row.client_no)
        if client is not None and client.merged_into_id is not None:
            kept_no = session.execute(
                select(Client.client_no).where(Client.id == client.merged_into_id)
            ).scalar_one()
            errors.append(_row_error(row.line, _(
                "client number {number} was merged into {kept}; use that number"
            ).format(number=row.client_no, kept=kept_no)))
            existing.pop(row.client_no)
        elif client is not None and client.erased_at is not None:
            errors.append(_row_error(row.line, _(
                "client number {number} was erased and cannot be imported again"
            ).format(number=row.client_no)))
            existing.pop(row.client_no)
        else:
            kept.append(row)
    return kept


def _existing_clients(session: Session, numbers: list[int]) -> dict[int, Client]:
    found: dict[int, Client] = {}
    for start in range(0, len(numbers), _IN_CHUNK):
        chunk = numbers[start:start + _IN_CHUNK]
        for client in session.execute(select(Client).where(Client.client_no.in_(chunk))).scalars():
            found[client.client_no] = client
    return found


def _insert_clients(session: Session, actor: Actor, rows: list[_ClientRow], now: dt.datetime
                    ) -> dict[int, int]:
    if not rows:
        return {}
    cleaned = [(row, clean_client(row.data)) for row in rows]
    values = [{
        "client_no": row.client_no, "first_name": c.first_name, "last_name": c.last_name,
        "address": c.address, "postal_code": c.postal_code, "city": c.city, "email": c.email,
        "birth_date": c.birth_date, "org_number": None, "notes": None, "status": "active",
        "language": c.language,
        "search_key": client_search_key(c.first_name, c.last_name), "version": 1,
        "created_at": now, "updated_at": now, "updated_by_id": actor.user_id,
    } for row, c in cleaned]
    result = session.execute(
        insert(Client).returning(Client.client_no, Client.id, sort_by_parameter_order=True),
        values,
    )
    ids = {int(number): int(client_id) for number, client_id in result.all()}
    phones = [{"client_id": ids[row.client_no], "e164": p.e164, "digits": p.digits,
               "kind": p.kind.value, "position": position}
              for row, c in cleaned for position, p in enumerate(c.phones)]
    if phones:
        session.execute(insert(ClientPhone), phones)
    return ids


def _update_client(session: Session, actor: Actor, client: Client, row: _ClientRow,
                   now: dt.datetime) -> bool:
    clean = clean_client(row.data)
    if not row.language_given:
        clean = dataclasses.replace(clean, language=client.language)
    before = (client.first_name, client.last_name, client.address, client.postal_code,
              client.city, client.email, client.birth_date, client.language)
    after = (clean.first_name, clean.last_name, clean.address, clean.postal_code, clean.city,
             clean.email, clean.birth_date, clean.language)
    phones = session.execute(
        select(ClientPhone.e164).where(ClientPhone.client_id == client.id)
        .order_by(ClientPhone.position)
    ).scalars().all()
    new_phones = [p.e164 for p in clean.phones]
    if before == after and list(phones) == new_phones:
        return False
    # The clinic's own notes, org number and alerts are not in the file: keep them.
    kept = (client.org_number, client.notes)
    apply_details(client, clean)
    client.org_number, client.notes = kept
    if list(phones) != new_phones:
        session.execute(delete(ClientPhone).where(ClientPhone.client_id == client.id))
        for position, p in enumerate(clean.phones):
            session.add(ClientPhone(client_id=client.id, e164=p.e164, digits=p.digits,
                                    kind=p.kind.value, position=position))
    client.updated_at = now
    client.updated_by_id = actor.user_id
    return True


def _consents(session: Session, actor: Actor, rows: list[_ClientRow], ids: dict[int, int],
              now: dt.datetime, *, fresh: set[int]) -> None:
    values = []
    for row in rows:
        if not row.consents:
            continue
        client_id = ids[row.client_no]
        state = {} if row.client_no in fresh else current_consents(session, client_id)
        for purpose, granted in row.consents.items():
            for channel in _CHANNELS:
                if state.get((purpose.value, channel.value)) is granted:
                    continue
                values.append({
                    "client_id": client_id, "purpose": purpose.value, "channel": channel.value,
                    "granted": granted, "method": ConsentMethod.IMPORT.value,
                    "recorded_at": now, "recorded_by_id": actor.user_id, "note": None,
                })
                if not granted and row.client_no not in fresh:
                    # Refused from now on: also what was queued before and still waits.
                    withdraw_client_waiting(session, client_id, refused=(purpose, channel))
    if values:
        session.execute(insert(Consent), values)


@dataclass
class _AnimalTally:
    """What the whole file has come to so far, batch by batch."""

    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    # Chips and names of animals added by earlier lines of this file -> that line.
    new_chips: dict[str, int] = field(default_factory=dict)
    new_names: dict[tuple[int, str], int] = field(default_factory=dict)
    # Animals already in the database that an earlier line matched (and updated).
    touched: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class _AnimalRow:
    line: int
    owner_id: int
    values: dict[str, object]
    chip: str | None
    chip_kind: str | None
    key: tuple[int, str]  # owner and folded name


def import_animals(ctx: ServiceContext, actor: Actor, path: Path, *,
                   batch_rows: int = BATCH_ROWS) -> ImportReport:
    require(actor, Permission.IMPORT_CLIENTS)
    today = clinic_today(ctx)
    now = ctx.clock.now()
    tally = _AnimalTally()
    with _file_rows(path, rows_.ANIMAL_COLUMNS) as table, ctx.db.transaction() as session:
        for batch in _batches(table.rows, batch_rows):
            _import_animal_batch(session, actor, batch, today, now, tally)
            session.flush()
            session.expunge_all()
        audit.record(session, ctx, actor, AuditAction.IMPORT, entity_type="animal_import",
                     entity_id=path.name[:64],
                     details={"file": path.name, "created": tally.created,
                              "updated": tally.updated, "errors": len(tally.errors)})
    return ImportReport(path.name, tally.rows, tally.created, tally.updated, tally.unchanged,
                        tuple(sorted(tally.errors, key=lambda e: e.line)),
                        tuple(_ignored_columns(table)))


def _import_animal_batch(session: Session, actor: Actor, batch: list[rows_.CsvRow],
                         today: dt.date, now: dt.datetime, tally: _AnimalTally) -> None:
    tally.rows += len(batch)
    owners = _owners(session, batch)
    checked = _check_animal_rows(batch, owners, today, tally.errors)
    chips = _chips_in_use(session, [row.chip for row in checked if row.chip])
    by_owner_name = _animals_by_owner_name(session, {row.owner_id for row in checked})
    new_animals: list[tuple[dict[str, object], str | None, str | None]] = []
    touched: dict[int, dict[str, object]] = {}
    for row in checked:
        chip, key = row.chip, row.key
        if chip in tally.new_chips or key in tally.new_names:
            earlier = tally.new_chips.get(chip or "", tally.new_names.get(key))
            tally.errors.append(_row_error(
                row.line, _("the same animal or chip is on line {line}").format(line=earlier)))
            continue
        match = by_owner_name.get(key)
        if chip is not None and chip in chips:
            chip_animal, chip_owner = chips[chip]
            if chip_owner != row.owner_id or (match is not None and match != chip_animal):
                tally.errors.append(_row_error(
                    row.line, _("chip {chip} is already on another animal").format(chip=chip)))
                continue
            match = chip_animal
        if match is not None:
            if match in tally.touched:
                tally.errors.append(_row_error(
                    row.line, _("the same animal is on an earlier line")))
                continue
            tally.touched.add(match)
            touched[match] = row.values
            continue
        if chip:
            tally.new_chips[chip] = row.line
        tally.new_names[key] = row.line
        new_animals.append((row.values, chip, row.chip_kind))
    tally.created += _insert_animals(session, actor, new_animals, now, today)
    loaded = _animals_by_id(session, list(touched))
    for animal_id, values in touched.items():
        animal = loaded[animal_id]
        if all(getattr(animal, k) == val for k, val in values.items() if k != "owner_id"):
            tally.unchanged += 1
            continue
        for k, val in values.items():
            if k != "owner_id":
                setattr(animal, k, val)
        animal.updated_at = now
        animal.updated_by_id = actor.user_id
        tally.updated += 1


def _check_animal_rows(batch: list[rows_.CsvRow], owners: dict[int, int], today: dt.date,
                       errors: list[RowError]) -> list[_AnimalRow]:
    """Each row's own checks (every fault at once); the rows that pass, cleaned."""
    checked: list[_AnimalRow] = []
    for row in _well_formed(batch, errors):
        v = row.values
        problems: list[str] = []
        number = _parsed(problems, rows_.parse_client_no, v["client_no"])
        species = _parsed(problems, rows_.parse_species, v["species"])
        sex = _parsed(problems, rows_.parse_sex, v["sex"])
        birth = _parsed(problems, rows_.parse_date, v["birth_date"])
        deceased = _parsed(problems, rows_.parse_date, v["deceased_date"])
        owner_id = owners.get(number) if number is not None else None
        if number is not None and owner_id is None:
            problems.append(_("no client has number {number}").format(number=number))
        data = AnimalInput(name=v["name"], species=(species or Species.OTHER).value,
                           breed=v["breed"], sex=(sex or Sex.UNKNOWN).value,
                           birth_date=birth, microchip=v["microchip"],
                           deceased_on=deceased)
        problems.extend(check_animal(data, today).errors.values())
        if problems or owner_id is None:
            errors.append(_row_error(row.line, *problems))
            continue
        clean = clean_animal(data, today)
        values: dict[str, object] = {
            "owner_id": owner_id, "name": clean.name, "species": clean.species.value,
            "breed": clean.breed, "sex": clean.sex.value, "birth_date": clean.birth_date,
            "deceased_on": clean.deceased_on, "search_key": animal_search_key(clean.name),
        }
        checked.append(_AnimalRow(
            row.line, owner_id, values, clean.chip.value if clean.chip else None,
            clean.chip.kind.value if clean.chip else None, (owner_id, fold(clean.name))))
    return checked


def _owners(session: Session, batch: list[rows_.CsvRow]) -> dict[int, int]:
    """Client number -> id for the numbers in the batch (merged clients left out)."""
    numbers = set()
    for row in batch:
        try:
            numbers.add(rows_.parse_client_no(row.values["client_no"]))
        except ValueError:
            continue  # reported with the row's other faults
    found: dict[int, int] = {}
    for chunk in _chunks(sorted(numbers)):
        found.update((number, client_id) for number, client_id in session.execute(
            select(Client.client_no, Client.id)
            .where(Client.merged_into_id.is_(None), Client.client_no.in_(chunk))))
    return found


def _chips_in_use(session: Session, chips: list[str]) -> dict[str, tuple[int, int]]:
    """Chip -> (its animal, that animal's owner), for the chips in the batch."""
    found: dict[str, tuple[int, int]] = {}
    for chunk in _chunks(sorted(set(chips))):
        for value, animal_id, owner_id in session.execute(
            select(Identity.value, Identity.animal_id, Animal.owner_id)
            .join(Animal, Animal.id == Identity.animal_id)
            .where(Identity.value.in_(chunk))
        ):
            found[value] = (animal_id, owner_id)
    return found


def _animals_by_owner_name(session: Session, owner_ids: set[int]) -> dict[tuple[int, str], int]:
    """(owner, folded name) -> animal, for the batch's owners' animals."""
    found: dict[tuple[int, str], int] = {}
    for chunk in _chunks(sorted(owner_ids)):
        for animal_id, owner_id, name in session.execute(
            select(Animal.id, Animal.owner_id, Animal.name)
            .where(Animal.owner_id.in_(chunk)).order_by(Animal.id)
        ):
            found[(owner_id, fold(name))] = animal_id
    return found


def _chunks(values: list[_T]) -> Iterator[list[_T]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start:start + _IN_CHUNK]


def _animals_by_id(session: Session, ids: list[int]) -> dict[int, Animal]:
    found: dict[int, Animal] = {}
    for chunk in _chunks(ids):
        found.update((a.id, a) for a in session.execute(
            select(Animal).where(Animal.id.in_(chunk))).scalars())
    return found


def _insert_animals(
    session: Session, actor: Actor, animals: list[tuple[dict[str, object], str | None, str | None]],
    now: dt.datetime, today: dt.date,
) -> int:
    if not animals:
        return 0
    values = [{**v, "neutered": False, "birth_date_estimated": False, "is_group": False,
               "version": 1, "created_at": now, "updated_at": now,
               "updated_by_id": actor.user_id} for v, _chip, _kind in animals]
    ids = session.execute(
        insert(Animal).returning(Animal.id, sort_by_parameter_order=True), values
    ).scalars().all()
    identities = [{"animal_id": animal_id, "kind": kind, "value": chip, "recorded_at": now}
                  for animal_id, (_v, chip, kind) in zip(ids, animals, strict=True) if chip]
    if identities:
        session.execute(insert(Identity), identities)
    session.execute(insert(Ownership), [
        {"animal_id": animal_id, "client_id": v["owner_id"], "started_on": today,
         "recorded_at": now, "recorded_by_id": actor.user_id}
        for animal_id, (v, _chip, _kind) in zip(ids, animals, strict=True)
    ])
    return len(ids)

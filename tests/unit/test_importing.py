"""Importing CSV exports: BOM, delimiters, date and yes/no formats, errors by line, re-runs."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from vetdesk.db.models import Animal, AuditEvent, Client, Consent, Identity
from vetdesk.domain.codes import Channel, ConsentPurpose
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.services.client_card import open_client_card
from vetdesk.services.context import ServiceContext
from vetdesk.services.importing import ImportReport, import_animals, import_clients
from vetdesk.services.permissions import Actor
from vetdesk.services.search import search

CLIENTS = (
    "client_no;first_name;last_name;address;postal_code;city;phone;email;birth_date;"
    "reminder_consent;marketing_consent\n"
    "101;Kari;Ødegård;Fjellveien 22B;0150;Oslo;912 34 567;kari@example.no;03.04.1980;ja;nei\n"
    "102;Per;Olsen;;1234;Lillestrøm;+47 22123456;;1975-12-01;1;0\n"
    "103;Ola;Nordmann;;12;Oslo;;;;yes;no\n"
    "104;Anne;Berg;;;;;not-an-email;;;\n"
    "105;Lise;Dahl;;;;;;31.02.1990;;\n"
    "106;Åse;Strøm-Hansen;;;;98765432;;;maybe;\n"
    "101;Kari;Again;;;;;;;;\n"
)
ANIMALS = (
    "client_no,name,species,breed,sex,birth_date,microchip,deceased_date\n"
    "101,Bamse,hund,Gordonsetter,han,2016-03-01,250269604123456,\n"
    "101,Pus,katt,,hun,01.06.2010,,12.01.2024\n"
    "102,Dolly,sheep,Spælsau,female,,,\n"
    "999,Ghost,dog,,,,,\n"
    "102,Drake,dragon,,,,,\n"
    "102,Copy,dog,,,,250269604123456,\n"
)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    clients = tmp_path / "clients.csv"
    clients.write_bytes(b"\xef\xbb\xbf" + CLIENTS.encode("utf-8"))
    animals = tmp_path / "animals.csv"
    animals.write_text(ANIMALS, encoding="utf-8")
    return clients, animals


def test_import_lists_bad_rows_and_imports_the_rest(
    ctx: ServiceContext, manager: Actor, files: tuple[Path, Path]
) -> None:
    clients, animals = files
    report = import_clients(ctx, manager, clients)
    assert (report.rows, report.created, report.updated) == (7, 2, 0)
    reasons = {e.line: e.reason for e in report.errors}
    assert set(reasons) == {4, 5, 6, 7, 8}
    assert "postal code" in reasons[4]
    assert "e-mail" in reasons[5]
    assert "31.02.1990" in reasons[6]
    assert "maybe" in reasons[7]
    assert "line 2" in reasons[8]
    kari = search(ctx, manager, "odegard").owners[0]
    assert (kari.client_no, kari.phone) == (101, "912 34 567")
    card = open_client_card(ctx, manager, kari.client_id)
    assert {(c.purpose, c.channel, c.granted) for c in card.consents} == {
        ("service", "sms", True), ("service", "email", True),
        ("marketing", "sms", False), ("marketing", "email", False),
    }
    assert card.birth_date is not None
    assert card.birth_date.isoformat() == "1980-04-03"

    animal_report = import_animals(ctx, manager, animals)
    assert animal_report.created == 3
    lines = {e.line: e.reason for e in animal_report.errors}
    assert set(lines) == {5, 6, 7}
    assert "999" in lines[5]
    assert "dragon" in lines[6]
    assert "chip" in lines[7]
    card = open_client_card(ctx, manager, kari.client_id)
    assert [(a.name, a.species, a.microchip) for a in card.animals] == [
        ("Bamse", "dog", "250269604123456"), ("Pus", "cat", None)]
    assert card.animals[1].deceased_on is not None


def test_rerunning_the_same_files_adds_nothing(
    ctx: ServiceContext, manager: Actor, files: tuple[Path, Path]
) -> None:
    clients, animals = files
    import_clients(ctx, manager, clients)
    import_animals(ctx, manager, animals)
    again = import_clients(ctx, manager, clients)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    animals_again = import_animals(ctx, manager, animals)
    assert (animals_again.created, animals_again.unchanged) == (0, 3)
    with ctx.db.reading() as session:
        counts = [session.execute(select(func.count()).select_from(m)).scalar_one()
                  for m in (Client, Animal, Identity, Consent)]
        imports = session.execute(
            select(func.count()).where(AuditEvent.action == "import")).scalar_one()
    assert counts == [2, 3, 1, 8]
    assert imports == 4


def test_changed_row_updates_the_client(
    ctx: ServiceContext, manager: Actor, files: tuple[Path, Path], tmp_path: Path
) -> None:
    clients, _ = files
    import_clients(ctx, manager, clients)
    changed = tmp_path / "changed.csv"
    changed.write_text(CLIENTS.replace("Fjellveien 22B", "Storgata 1"), encoding="utf-8")
    report = import_clients(ctx, manager, changed)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    assert search(ctx, manager, "odegard").owners[0].address == "Storgata 1"


def test_wrong_header_and_encoding_are_refused(
    ctx: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("nummer,navn\n1,Kari\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="lacks the column"):
        import_clients(ctx, manager, bad)
    latin = tmp_path / "latin.csv"
    latin.write_bytes(CLIENTS.encode("latin-1"))
    with pytest.raises(ValidationError, match="not UTF-8"):
        import_clients(ctx, manager, latin)


def test_import_needs_permission(
    ctx: ServiceContext, receptionist: Actor, files: tuple[Path, Path]
) -> None:
    with pytest.raises(PermissionDenied):
        import_clients(ctx, receptionist, files[0])


def test_rows_for_a_merged_client_are_refused_not_written_to_the_hidden_record(
    ctx: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    from vetdesk.errors import NotFound
    from vetdesk.services.clients import ConsentChoice, record_consents
    from vetdesk.services.merging import merge_clients

    first = tmp_path / "first.csv"
    first.write_text(CLIENTS.split("103;")[0], encoding="utf-8")  # header, 101 and 102
    import_clients(ctx, manager, first)
    with ctx.db.reading() as session:
        rows = session.execute(select(Client.client_no, Client.id, Client.version)).all()
    ids = {row.client_no: row.id for row in rows}
    versions = {row.id: row.version for row in rows}
    merge_clients(ctx, manager, keep_id=ids[101], remove_id=ids[102],
                  keep_version=versions[ids[101]], remove_version=versions[ids[102]])
    again = tmp_path / "again.csv"
    again.write_text(CLIENTS.splitlines()[0] + "\n102;Per;Olsen;Ny vei 1;;;;;;ja;nei\n",
                     encoding="utf-8")
    report = import_clients(ctx, manager, again)
    assert [(e.line, e.reason) for e in report.errors] == [
        (2, "Client number 102 was merged into 101; use that number.")]
    assert report.updated == 0
    with ctx.db.reading() as session:
        hidden = session.get(Client, ids[102])
        assert hidden is not None
        assert hidden.address is None
        consents_on_hidden = session.execute(
            select(func.count()).select_from(Consent).where(Consent.client_id == ids[102])
        ).scalar_one()
    before = consents_on_hidden
    with pytest.raises(NotFound, match="erased or merged"):
        record_consents(ctx, manager, ids[102],
                        [ConsentChoice(ConsentPurpose.MARKETING, Channel.SMS, False)])
    with ctx.db.reading() as session:
        assert session.execute(
            select(func.count()).select_from(Consent).where(Consent.client_id == ids[102])
        ).scalar_one() == before


HEADER = CLIENTS.splitlines()[0]


def _import(ctx: ServiceContext, manager: Actor, tmp_path: Path, body: str,
            *, encoding: str = "utf-8") -> ImportReport:
    path = tmp_path / "clients.csv"
    path.write_bytes((HEADER + "\n" + body).encode(encoding))
    return import_clients(ctx, manager, path)


def test_every_fault_of_a_row_is_reported_as_sentences(
    ctx: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    report = _import(ctx, manager, tmp_path,
                     "²;Kari;;;12;;;;31.02.1990;maybe;\n")
    assert [(e.line, e.reason) for e in report.errors] == [(2, (
        "“²” is not a client number (1 to 9 digits). "
        "“31.02.1990” is not a date (use YYYY-MM-DD or DD.MM.YYYY). "
        "“maybe” is not yes/no (use yes, no, ja, nei, 1 or 0). "
        "Enter the last name (or the farm's or company's name). "
        "A Norwegian postal code has 4 digits."))]
    assert report.created == 0


def test_a_row_with_more_fields_than_the_header_is_refused_not_shifted(
    ctx: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    # An address with the delimiter in it, unquoted: every later value is one column off.
    report = _import(ctx, manager, tmp_path,
                     "201;Kari;Ødegård;Fjellveien 22; B;0150;Oslo;;;;;\n"
                     "202;Per;Olsen;;0150;Oslo;;;;;\n"
                     "203;Ola;Nordmann;;0150;Oslo;;;\n")
    assert [(e.line, e.reason) for e in report.errors] == [
        (2, "This line has 12 fields where the header has 11; put a value that contains "
            "“;” in quotation marks."),
        (4, "This line has 9 fields where the header has 11; put a value that contains "
            "“;” in quotation marks."),
    ]
    assert report.created == 1


def test_unread_columns_and_a_missing_first_name_are_reported(
    ctx: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "clients.csv"
    path.write_text(HEADER + ";mobile2\n301;;Haugen gård;;;;;;;;;4798765432\n",
                    encoding="utf-8")
    report = import_clients(ctx, manager, path)
    assert (report.created, report.errors) == (1, ())
    assert [(w.line, w.reason) for w in report.warnings] == [
        (1, "The column mobile2 is not imported."),
        (2, "Imported without a first name (right for a farm or a company)."),
    ]


def test_values_longer_than_their_columns_are_row_errors_on_both_engines(
    ctx: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    # Once a raw DataError on PostgreSQL that failed the whole file with exit 70 and printed
    # the row's personal data; SQLite stored it.
    report = _import(ctx, manager, tmp_path,
                     f"401;Kari;Ødegård;{'x' * 201};0150;{'y' * 101};;;;;\n"
                     "402;Per;Olsen;;0150;Oslo;;;;;\n")
    assert [(e.line, e.reason) for e in report.errors] == [(2, (
        "Address can have at most 200 characters. Town can have at most 100 characters."))]
    assert report.created == 1


def test_digits_of_another_script_are_read_in_the_import(
    ctx: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    report = _import(ctx, manager, tmp_path, "５０１;Kari;Ødegård;;０１５０;Oslo;;;;;\n")
    assert (report.created, report.errors) == (1, ())
    with ctx.db.reading() as session:
        assert session.execute(select(Client.client_no, Client.postal_code)).one() == (
            501, "0150")
    animals = tmp_path / "animals.csv"
    animals.write_text(ANIMALS.splitlines()[0] + "\n"
                       "٥٠١,Bamse,hund,,han,,５７８０００００００００１２５,\n"
                       "501,Pus,katt,,hun,,578000000000125,\n", encoding="utf-8")
    animal_report = import_animals(ctx, manager, animals)
    assert animal_report.created == 1
    assert [(e.line, e.reason) for e in animal_report.errors] == [
        (3, "The same animal or chip is on line 2.")]


def test_a_latin_1_file_is_reported_by_its_line(
    ctx: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError) as caught:
        _import(ctx, manager, tmp_path, "501;Per;Olsen;;;;;;;;\n502;Kari;Ødegård;;;;;;;;\n",
                encoding="latin-1")
    assert caught.value.message == (
        "clients.csv: Line 3 is not UTF-8 text (the file was probably saved as Latin-1 or "
        "Windows-1252); export it again as UTF-8.")


def test_a_field_too_long_for_the_csv_reader_refuses_the_file_plainly(
    ctx: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    # 131,072 characters is the csv module's limit; an unclosed quote reaches it too.
    with pytest.raises(ValidationError) as caught:
        _import(ctx, manager, tmp_path,
                "601;Per;Olsen;;;;;;;;\n" + f'602;Kari;"{"x" * 140_000}";;;;;;;;\n')
    assert caught.value.message == (
        "clients.csv: The file cannot be read from line 3 on: a value there is too long or a "
        "quotation mark is never closed; correct the file and import it again.")
    with ctx.db.reading() as session:
        assert session.execute(select(func.count()).select_from(Client)).scalar_one() == 0


# -- streamed in batches (issue 9) ------------------------------------------------------------


def _client_statements(ctx: ServiceContext) -> list[str]:
    """From now on, what the engine sends about clients, in order: "lookup" for a batch's
    search for its client numbers, "insert" for writing new clients (one or more statements
    a batch, as the driver sends them)."""
    seen: list[str] = []

    def before(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO CLIENTS "):
            seen.append("insert")
        elif "clients.client_no IN (" in statement:
            seen.append("lookup")

    event.listen(ctx.db.engine, "before_cursor_execute", before)
    return seen


def test_the_file_is_written_batch_by_batch_and_a_late_unreadable_line_refuses_it_all(
    ctx: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    """Seven good rows in batches of two: three batches are written before line 9 (not
    UTF-8) is even read. The file is one transaction, so that line still refuses the whole
    file: nothing is imported and the sentence names the line."""
    good = "".join(f"{number};Kari;Hansen{number};;;;;;;;\n" for number in range(201, 208))
    path = tmp_path / "clients.csv"
    path.write_bytes((HEADER + "\n" + good).encode() + "208;Åse;Ås;;;;;;;;\n".encode("latin-1"))
    statements = _client_statements(ctx)
    with pytest.raises(ValidationError) as caught:
        import_clients(ctx, manager, path, batch_rows=2)
    assert caught.value.message == (
        "clients.csv: Line 9 is not UTF-8 text (the file was probably saved as Latin-1 or "
        "Windows-1252); export it again as UTF-8.")
    # Rows 2-3, 4-5 and 6-7, each batch looked up and written as it was read.
    assert [kind for kind, _ in itertools.groupby(statements)] == ["lookup", "insert"] * 3
    with ctx.db.reading() as session:
        assert session.execute(select(func.count()).select_from(Client)).scalar_one() == 0
        assert session.execute(
            select(func.count()).where(AuditEvent.action == "import")).scalar_one() == 0


def test_a_bad_row_late_in_the_file_is_listed_and_the_rest_go_in(
    ctx: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    """A row's own faults never stop the file, whichever batch it is in; a client number
    seen in an earlier batch is still caught."""
    body = ("301;Kari;Ødegård;;;;;;;;\n"
            "302;Per;Olsen;;;;;;;;\n"
            "303;Ola;Nordmann;;;;;;;;\n"
            "304;Anne;Berg;;;;;;;;\n"
            "305;Lise;Dahl;;12;;;;;;\n"
            "302;Per;Again;;;;;;;;\n")
    path = tmp_path / "clients.csv"
    path.write_text(HEADER + "\n" + body, encoding="utf-8")
    report = import_clients(ctx, manager, path, batch_rows=2)
    assert (report.rows, report.created, report.updated) == (6, 4, 0)
    assert [(e.line, e.reason) for e in report.errors] == [
        (6, "A Norwegian postal code has 4 digits."),
        (7, "Client number 302 is already on line 3."),
    ]
    with ctx.db.reading() as session:
        assert session.execute(select(Client.client_no).order_by(Client.client_no)
                               ).scalars().all() == [301, 302, 303, 304]


def test_animals_across_batches_are_matched_as_in_one(
    ctx: ServiceContext, manager: Actor, files: tuple[Path, Path], tmp_path: Path
) -> None:
    """The chips and names of animals added by earlier batches, and the animals they
    matched, are remembered for the whole file."""
    import_clients(ctx, manager, files[0])
    animals = tmp_path / "animals.csv"
    animals.write_text(ANIMALS.splitlines()[0] + "\n"
                       "101,Bamse,hund,,han,,250269604123456,\n"
                       "102,Dolly,sau,,hun,,,\n"
                       "102,Molly,dog,,,,250269604123456,\n"
                       "102,dolly,sau,,,,,\n", encoding="utf-8")
    report = import_animals(ctx, manager, animals, batch_rows=1)
    assert report.created == 2
    assert [(e.line, e.reason) for e in report.errors] == [
        (4, "The same animal or chip is on line 2."),
        (5, "The same animal or chip is on line 3."),
    ]
    again = tmp_path / "again.csv"
    again.write_text(ANIMALS.splitlines()[0] + "\n"
                     "101,Bamse,hund,Gordonsetter,han,,250269604123456,\n"
                     "101,BAMSE,hund,,han,,,\n", encoding="utf-8")
    report = import_animals(ctx, manager, again, batch_rows=1)
    assert (report.created, report.updated) == (0, 1)
    assert [(e.line, e.reason) for e in report.errors] == [
        (3, "The same animal is on an earlier line.")]


def test_old_mac_line_endings_keep_their_line_numbers(
    ctx: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "clients.csv"
    path.write_bytes((HEADER + "\r401;Kari;Ødegård;;;;;;;;\r\n402;Per;Olsen;;12;;;;;;\r"
                      "403;Ola;Nordmann;;;;;;;;").encode("utf-8"))
    report = import_clients(ctx, manager, path)
    assert report.created == 2
    assert [(e.line, e.reason) for e in report.errors] == [
        (3, "A Norwegian postal code has 4 digits.")]


def test_the_reader_hands_out_rows_before_it_reads_the_rest() -> None:
    """The rows come one at a time from the lines as they are read: a line that cannot be
    read is met only when the reading gets there, after the rows before it were handed out."""
    from vetdesk.domain import import_rows

    def lines() -> Iterator[bytes]:
        yield (HEADER + "\n").encode()
        yield "501;Kari;Ødegård;;;;;;;;\n".encode()
        yield b"502;Per;Olsen;;;;;;;;\r\n"
        yield "503;Åse;Ås;;;;;;;;\n".encode("latin-1")
        raise AssertionError("read past the line that stopped it")

    table = import_rows.stream_table(import_rows.decode_lines(lines()),
                                     import_rows.CLIENT_COLUMNS)
    first = next(table.rows)
    second = next(table.rows)
    assert [(row.line, row.values["last_name"]) for row in (first, second)] == [
        (2, "Ødegård"), (3, "Olsen")]
    with pytest.raises(import_rows.ImportFileError, match="Line 4 is not UTF-8"):
        next(table.rows)

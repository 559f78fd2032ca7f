"""The due list and the queue of reminders (issue 11, SCENARIOS 17:30): consent obeyed per
channel, first and second reminders, the desk's call list, and nothing queued twice."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import update

from tests.conftest import TEST_PASSWORD
from tests.support.outbox import messages
from tests.support.recalls import owner_with_recall
from tests.unit.test_cli import Run
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.clock import FixedClock
from vetdesk.db.models import Client, Clinic, Reminder
from vetdesk.domain.codes import Channel, ConsentPurpose
from vetdesk.domain.sms_text import sms_length
from vetdesk.errors import ValidationError
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.clients import ConsentChoice, record_consents
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging.due import DueFilter, due_page, due_recalls
from vetdesk.services.messaging.eligibility import reach
from vetdesk.services.messaging.queueing import queue_reminders
from vetdesk.services.permissions import Actor
from vetdesk.services.settings.store import change_setting

DEC = DueFilter(dt.date(2026, 12, 1), dt.date(2026, 12, 31))


@pytest.fixture
def clinic_phone(ctx: ServiceContext, clinic: None) -> None:
    with ctx.db.transaction() as session:
        from vetdesk.db.models import Clinic

        session.query(Clinic).update({"phone": "63 80 12 34"})


def test_sms_length_counts_gsm7_and_ucs2_parts() -> None:
    assert (sms_length("Hei Kari! Bamse skal vaksineres.").encoding,
            sms_length("Hei Kari! Bamse skal vaksineres.").parts) == ("GSM-7", 1)
    assert sms_length("Bærum Ødegård Åse").encoding == "GSM-7"  # æøå are in GSM 03.38
    assert sms_length("a" * 160).parts == 1
    assert sms_length("a" * 161).parts == 2
    assert sms_length("€" * 80).units == 160  # the extension table takes two septets
    assert sms_length("€" * 81).parts == 2
    smile = sms_length("Takk 😊")
    assert (smile.encoding, smile.units, smile.parts) == ("UCS-2", 7, 1)
    assert sms_length("ő" * 71).parts == 2
    assert sms_length("").parts == 0


def test_consent_is_obeyed_in_one_place(ctx: ServiceContext, receptionist: Actor) -> None:
    due = dt.date(2026, 12, 10)
    sms = owner_with_recall(ctx, receptionist, "Kari", "Ødegård", "Bamse", due,
                            phone="912 34 567", email="kari@example.no")
    email = owner_with_recall(ctx, receptionist, "Per", "Olsen", "Pusur", due,
                              phone="913 34 567", email="per@example.no",
                              refuses=(Channel.SMS,))
    letter = owner_with_recall(ctx, receptionist, "Åse", "Strøm", "Tassen", due,
                               address="Fjellveien 22B")
    refused = owner_with_recall(ctx, receptionist, "Ola", "Nordmann", "Rex", due,
                                phone="914 34 567", refuses=(Channel.SMS,))
    restricted = owner_with_recall(ctx, receptionist, "Liv", "Berg", "Mons", due,
                                   phone="915 34 567")
    with ctx.db.transaction() as session:
        session.get(Client, restricted.client_id).restricted_at = ctx.clock.now()
    with ctx.db.reading() as session:
        service = reach(session, [sms.client_id, email.client_id, letter.client_id,
                                  refused.client_id, restricted.client_id],
                        ConsentPurpose.SERVICE)
        marketing = reach(session, [sms.client_id], ConsentPurpose.MARKETING)
    assert service[sms.client_id].best == (Channel.SMS, "+4791234567")
    assert service[email.client_id].best == (Channel.EMAIL, "per@example.no")
    assert service[letter.client_id].best == (Channel.LETTER, "Fjellveien 22B\n0150 Oslo")
    assert service[refused.client_id].channels == ()
    assert service[restricted.client_id].channels == ()
    assert marketing[sms.client_id].channels == ()  # marketing needs a yes
    record_consents(ctx, receptionist, sms.client_id,
                    [ConsentChoice(ConsentPurpose.MARKETING, Channel.EMAIL, granted=True)])
    with ctx.db.reading() as session:
        marketing = reach(session, [sms.client_id], ConsentPurpose.MARKETING)
    assert marketing[sms.client_id].channels == ((Channel.EMAIL, "kari@example.no"),)


def test_the_month_is_queued_per_channel_once(
    ctx: ServiceContext, clock: FixedClock, receptionist: Actor, clinic_phone: None
) -> None:
    kari = owner_with_recall(ctx, receptionist, "Kari", "Ødegård", "Bamse",
                             dt.date(2026, 12, 10), phone="912 34 567")
    per = owner_with_recall(ctx, receptionist, "Per", "Olsen", "Pusur", dt.date(2026, 12, 20),
                            email="per@example.no", species="cat", kind="checkup",
                            title="Årlig helsekontroll")
    owner_with_recall(ctx, receptionist, "Åse", "Strøm", "Tassen", dt.date(2026, 12, 24),
                      address="Fjellveien 22B")
    owner_with_recall(ctx, receptionist, "Ola", "Nordmann", "Rex", dt.date(2026, 12, 5),
                      phone="914 34 567", refuses=(Channel.SMS,))
    owner_with_recall(ctx, receptionist, "Liv", "Berg", "Mons", dt.date(2027, 1, 5),
                      phone="915 34 567")  # outside the period

    rows = due_recalls(ctx, receptionist, DEC)
    assert [(r.animal_name, r.step, r.channel) for r in rows] == [
        ("Rex", "first", None), ("Bamse", "first", "sms"), ("Pusur", "first", "email"),
        ("Tassen", "first", "letter")]
    assert [r.animal_name for r in due_recalls(ctx, receptionist, DueFilter(
        DEC.start, DEC.end, species="cat"))] == ["Pusur"]
    assert [r.animal_name for r in due_recalls(ctx, receptionist, DueFilter(
        DEC.start, DEC.end, channel="letter"))] == ["Tassen"]

    result = queue_reminders(ctx, receptionist, DEC)
    assert (result.by_channel, result.not_reachable, result.already_queued) == (
        {"sms": 1, "email": 1, "letter": 1}, 1, 0)
    again = queue_reminders(ctx, receptionist, DEC)
    assert (again.by_channel, again.already_queued) == ({}, 0)  # now waiting: nothing due
    stored = messages(ctx)
    sms = stored[f"reminder:{kari.reminder_id}:1"]
    assert (sms.channel, sms.recipient, sms.subject, sms.stage) == (
        "sms", "+4791234567", None, 1)
    assert sms.body == ("Hei Kari! Bamse skal ha vaksinasjon innen 10.12.2026. Ring "
                        "63 80 12 34 for time. Hilsen Dyreklinikken Ødegård")
    mail = stored[f"reminder:{per.reminder_id}:1"]
    assert mail.subject == "Pusur: helsekontroll innen 20.12.2026"
    with ctx.db.reading() as session:
        assert session.get(Reminder, kari.reminder_id).status == "sent"

    # Fourteen days later without a booking: the second reminder; thirty more: a call.
    clock.advance(dt.timedelta(days=14))
    assert {r.animal_name: r.step for r in due_recalls(ctx, receptionist, DEC)} == {
        "Rex": "first", "Bamse": "second", "Pusur": "second", "Tassen": "second"}
    second = queue_reminders(ctx, receptionist, DEC)
    assert second.by_channel == {"sms": 1, "email": 1, "letter": 1}
    assert messages(ctx)[f"reminder:{kari.reminder_id}:2"].body.startswith(
        "Påminnelse: Bamse skulle hatt vaksinasjon innen 10.12.2026.")
    clock.advance(dt.timedelta(days=30))
    assert queue_reminders(ctx, receptionist, DEC).to_call == 3


def test_english_reminders_and_a_clinic_own_text(
    ctx: ServiceContext, receptionist: Actor, manager: Actor, clinic_phone: None
) -> None:
    kari = owner_with_recall(ctx, receptionist, "Kari", "Ødegård", "Bamse",
                             dt.date(2026, 12, 10), phone="912 34 567")
    per = owner_with_recall(ctx, receptionist, "Per", "Hansen", "Fido",
                            dt.date(2026, 12, 11), phone="934 56 789")
    # Each client's reminder is in their own language: Kari asked for English.
    with ctx.db.transaction() as session:
        session.execute(update(Client).where(Client.id == kari.client_id)
                        .values(language="en"))
    change_setting(ctx, manager, "template.recall.sms.en",
                   "{animal} needs {what} by {date}. {clinic_phone}")
    with pytest.raises(ValidationError) as refused:
        change_setting(ctx, manager, "template.recall.sms.en", "{animal} {owner}")
    assert refused.value.message.startswith(
        "template.recall.sms.en may use only these placeholders: {client}, {animal}")
    queue_reminders(ctx, receptionist, DEC)
    assert messages(ctx)[f"reminder:{kari.reminder_id}:1"].body == (
        "Bamse needs vaccination by 10.12.2026. 63 80 12 34")
    assert messages(ctx)[f"reminder:{per.reminder_id}:1"].body == (
        "Hei Per! Fido skal ha vaksinasjon innen 11.12.2026. Ring 63 80 12 34 for time. "
        "Hilsen Dyreklinikken Ødegård")


def test_a_backwards_or_endless_period_is_refused(ctx: ServiceContext,
                                                 receptionist: Actor) -> None:
    with pytest.raises(ValidationError) as refused:
        due_recalls(ctx, receptionist, DueFilter(dt.date(2026, 12, 31), dt.date(2026, 12, 1)))
    assert refused.value.message == "The period ends before it starts; swap the dates."
    with pytest.raises(ValidationError):
        queue_reminders(ctx, receptionist, DueFilter(dt.date(2026, 1, 1), dt.date(2027, 6, 1)))


def test_reminders_on_the_command_line(db_url: str, ctx: ServiceContext,
                                       receptionist: Actor) -> None:
    owner_with_recall(ctx, receptionist, "Kari", "Ødegård", "Bamse", dt.date(2026, 12, 10),
                      phone="912 34 567")
    owner_with_recall(ctx, receptionist, "Åse", "Strøm", "Tassen", dt.date(2026, 12, 24),
                      address="Fjellveien 22B")
    run = Run(db_url)
    code, out, err = run("--user", "kari", "reminders", "due", "--from", "2026-12-01",
                         "--to", "31.12.2026", "--json", password=TEST_PASSWORD)
    assert (code, err) == (0, "")
    assert [(r["animal"], r["step"], r["channel"], r["due_on"]) for r in json.loads(out)] == [
        ("Bamse", "first", "sms", "2026-12-10"), ("Tassen", "first", "letter", "2026-12-24")]
    code, out, err = run("--user", "kari", "reminders", "queue", "--from", "2026-12-01",
                         "--to", "2026-12-31", password=TEST_PASSWORD)
    assert (code, err) == (0, "")
    assert out == ("sms: 1\nemail: 0\nletter: 1\n0 could not be reached (no consent or no "
                   "address), 0 were queued before, 0 should be called.\n")
    code, _out, err = run("--user", "kari", "reminders", "due", "--from", "31.12.2026",
                          "--to", "2026-12-01", password=TEST_PASSWORD)
    assert (code, err) == (2, "vetdesk: The period ends before it starts; swap the dates.\n")


def test_letters_for_clients_without_sms_or_email(
    db_url: str, ctx: ServiceContext, receptionist: Actor, clinic_phone: None, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    owner_with_recall(ctx, receptionist, "Åse", "Strøm-Hansen", "Tassen",
                      dt.date(2026, 12, 24), address="Fjellveien 22B")
    owner_with_recall(ctx, receptionist, "Bjørn", "Ås", "Pus", dt.date(2026, 12, 12),
                      address="Storgata 1")
    owner_with_recall(ctx, receptionist, "Kari", "Ødegård", "Bamse", dt.date(2026, 12, 10),
                      phone="912 34 567")
    assert queue_reminders(ctx, receptionist, DEC).by_channel == {"letter": 2, "sms": 1}
    run = Run(db_url)
    output = tmp_path / "brev.pdf"
    code, out, err = run("--user", "kari", "reminders", "letters", "--output", str(output),
                         password=TEST_PASSWORD)
    assert (code, out, err) == (0, f"2 letters written to {output}.\n", "")
    pages = [page.extract_text() for page in PdfReader(output).pages]
    assert len(pages) == 2
    # By surname, Å last as in the Norwegian alphabet.
    assert "Åse Strøm-Hansen\nFjellveien 22B\n0150 Oslo" in pages[0]
    assert "Tassen: vaksinasjon innen 24.12.2026" in pages[0]
    assert "Ring oss på 63 80 12 34" in pages[0]
    assert "Bjørn Ås\nStorgata 1\n0150 Oslo" in pages[1]
    letters = [m for m in messages(ctx).values() if m.channel == "letter"]
    assert {(m.status, m.provider_id) for m in letters} == {("sent", "printed")}
    code, out, _err = run("--user", "kari", "reminders", "letters", "--output", str(output),
                          password=TEST_PASSWORD)
    assert out == f"0 letters written to {output}.\n"


def test_a_post_operative_control_is_its_own_kind(
    ctx: ServiceContext, receptionist: Actor, clinic_phone: None
) -> None:
    """Issue 11: stored as a check-up before migration 0014; now listed and filtered apart,
    and its text says what it is."""
    operated = owner_with_recall(ctx, receptionist, "Kari", "Ødegård", "Bamse",
                                 dt.date(2026, 12, 7), phone="912 34 567", kind="postop",
                                 title="Post-operative check: Kastrasjon")
    owner_with_recall(ctx, receptionist, "Per", "Olsen", "Pusur", dt.date(2026, 12, 20),
                      phone="913 34 567", kind="checkup", title="Årlig helsekontroll")
    assert [(r.animal_name, r.kind) for r in due_recalls(ctx, receptionist, DEC)] == [
        ("Bamse", "postop"), ("Pusur", "checkup")]
    assert [r.animal_name for r in due_recalls(ctx, receptionist, DueFilter(
        DEC.start, DEC.end, kind="postop"))] == ["Bamse"]
    assert [r.animal_name for r in due_recalls(ctx, receptionist, DueFilter(
        DEC.start, DEC.end, kind="checkup"))] == ["Pusur"]
    queue_reminders(ctx, receptionist, DueFilter(DEC.start, DEC.end, kind="postop"))
    assert messages(ctx)[f"reminder:{operated.reminder_id}:1"].body == (
        "Hei Kari! Bamse skal ha kontroll etter operasjonen innen 07.12.2026. Ring "
        "63 80 12 34 for time. Hilsen Dyreklinikken Ødegård")


def test_the_list_comes_in_pages_that_add_up_to_the_whole(
    ctx: ServiceContext, clock: FixedClock, receptionist: Actor
) -> None:
    """Keyset pages (due date, client's name, recall id): ties on the day and the name are
    broken by the id, a filter that leaves a page short reads on, and the total is the
    period's."""
    day = dt.date(2026, 12, 10)
    for first, animal, due, phone in (
            ("Kari", "Bamse", day, "912 34 567"), ("Kari", "Rex", day, None),
            ("Anne", "Pusur", day, "913 34 567"), ("Kari", "Tassen", day, "914 34 567"),
            ("Berit", "Mons", dt.date(2026, 12, 2), None),
            ("Ola", "Fido", dt.date(2026, 12, 31), "915 34 567")):
        owner_with_recall(ctx, receptionist, first, "Hansen", animal, due, phone=phone)
    owner_with_recall(ctx, receptionist, "Åse", "Strøm", "Utenfor", dt.date(2027, 1, 1),
                      phone="916 34 567")
    whole = ["Mons", "Pusur", "Bamse", "Rex", "Tassen", "Fido"]
    assert [r.animal_name for r in due_recalls(ctx, receptionist, DEC)] == whole

    seen, after, pages = [], None, 0
    while True:
        page = due_page(ctx, receptionist, DEC, after, size=2)
        assert page.total == 6
        seen += [r.animal_name for r in page.rows]
        pages += 1
        after = page.next_cursor
        if after is None:
            break
    assert (seen, pages) == (whole, 3)

    by_sms = DueFilter(DEC.start, DEC.end, channel="sms")
    first = due_page(ctx, receptionist, by_sms, size=2)
    assert [r.animal_name for r in first.rows] == ["Pusur", "Bamse"]
    assert first.next_cursor is not None
    rest = due_page(ctx, receptionist, by_sms, first.next_cursor, size=2)
    assert [r.animal_name for r in rest.rows] == ["Tassen", "Fido"]
    cats = due_page(ctx, receptionist, DueFilter(DEC.start, DEC.end, species="cat"))
    assert (cats.total, cats.rows, cats.next_cursor) == (0, (), None)


def test_a_clinic_number_stored_as_plus_47_is_written_as_people_read_it(
    ctx: ServiceContext, receptionist: Actor, clinic: None
) -> None:
    with ctx.db.transaction() as session:
        session.execute(update(Clinic).values(phone="+4763801234"))
    per = owner_with_recall(ctx, receptionist, "Per", "Hansen", "Fido", dt.date(2026, 12, 11),
                            phone="934 56 789")
    queue_reminders(ctx, receptionist, DEC)
    assert messages(ctx)[f"reminder:{per.reminder_id}:1"].body == (
        "Hei Per! Fido skal ha vaksinasjon innen 11.12.2026. Ring 63 80 12 34 for time. "
        "Hilsen Dyreklinikken Ødegård")


def test_titles_signing_stored_in_english_are_shown_in_the_reader_s_language(
    db_url: str, ctx: ServiceContext, receptionist: Actor
) -> None:
    # Signing an operation or a vaccination stores "Post-operative check: X" and
    # "Vaccination: X" (the recall machinery finds them by those words); a bokmål listing
    # printed them as stored. A title someone wrote in bokmål is left as it is.
    owner_with_recall(ctx, receptionist, "Kari", "Ødegård", "Bamse", dt.date(2026, 12, 7),
                      phone="912 34 567", kind="postop", title="Post-operative check: Tannrens")
    owner_with_recall(ctx, receptionist, "Per", "Olsen", "Pusur", dt.date(2026, 12, 8),
                      phone="913 34 567", title="Vaccination: Purevax RCP")
    owner_with_recall(ctx, receptionist, "Åse", "Ås", "Tassen", dt.date(2026, 12, 9),
                      phone="914 34 567", kind="checkup", title="Årlig helsekontroll")

    def listed(lang: str) -> list[str]:
        out = io.StringIO()
        env = CliEnvironment(out=out, err=io.StringIO(), stdin=io.StringIO(""),
                             credentials=MemoryCredentialStore(),
                             environ={"VETDESK_PASSWORD": TEST_PASSWORD, "LANG": lang})
        code = main(["--database", db_url, "--user", "kari", "reminders", "due",
                     "--from", "2026-12-01", "--to", "2026-12-31"], env=env)
        assert code == 0
        titles = ("Tannrens", "Purevax RCP", "Årlig helsekontroll")
        return [next(part for part in line.split("  ") if part.endswith(titles))
                for line in out.getvalue().splitlines()]

    assert listed("nb_NO.UTF-8") == [
        "Kontroll etter operasjon: Tannrens", "Vaksinasjon: Purevax RCP", "Årlig helsekontroll"]
    assert listed("en_GB.UTF-8") == [
        "Post-operative check: Tannrens", "Vaccination: Purevax RCP", "Årlig helsekontroll"]

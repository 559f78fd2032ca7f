"""``vetdesk appointments book|move|list|status`` (issue 11)."""

from __future__ import annotations

import io
import json

from tests.conftest import TEST_PASSWORD
from tests.support.calendar import kari_with_bamse, vet_column
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.db.models import Appointment
from vetdesk.domain.codes import ResourceKind
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.scheduling.resources import add_resource


def _run(db_url: str, *argv: str, language: str = "en") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(out=out, err=err, stdin=io.StringIO(""),
                         credentials=MemoryCredentialStore(),
                         environ={"VETDESK_PASSWORD": TEST_PASSWORD,
                                  "LANG": "nb_NO.UTF-8" if language == "nb" else "C"})
    code = main(["--database", db_url, "--user", "kari", "appointments", *argv], env=env)
    return code, out.getvalue(), err.getvalue()


BOOK = ("book", "--client", "1", "--animal", "bamse", "--vet", "lie", "--at",
        "2027-01-04 10:00", "--minutes", "30", "--reason", "Halter")


def test_book_list_and_check_in(ctx: ServiceContext, admin: Actor, vet: Actor,
                                receptionist: Actor, db_url: str) -> None:
    vet_column(ctx, admin, vet)
    kari_with_bamse(ctx, receptionist)
    code, said, err = _run(db_url, *BOOK)
    assert code == 0, err
    assert "Booked: 04.01.2027 10:00-10:30 with Dr. Lie (appointment 1)." in said
    assert "The confirmation is queued as an SMS." in said
    code, _, err = _run(db_url, *BOOK)
    assert code == 2
    assert "Dr. Lie is already booked 10:00–10:30 (Kari Ødegård)" in err
    assert "Traceback" not in err
    code, said, _ = _run(db_url, "list", "--date", "2027-01-04", "--json")
    listed = json.loads(said)
    assert [(a["id"], a["starts_at"], a["animal"], a["status"]) for a in listed] == [
        (1, "2027-01-04T10:00:00+01:00", "Bamse", "booked")]
    code, said, _ = _run(db_url, "status", "1", "arrived")
    assert code == 0 and "Appointment 1 is now arrived." in said
    code, said, _ = _run(db_url, "list", "--date", "04.01.2027")
    assert "10:00-10:30  Ingrid Lie  Bamse (Kari Ødegård)  Konsultasjon  arrived" in said


def test_bad_input_is_one_sentence(ctx: ServiceContext, admin: Actor, vet: Actor,
                                   receptionist: Actor, db_url: str) -> None:
    vet_column(ctx, admin, vet)
    kari_with_bamse(ctx, receptionist)
    cases = (
        (("book", "--client", "1", "--animal", "Bamse", "--vet", "nobody", "--at",
          "2027-01-04 10:00"), "no vet with the username \"nobody\""),
        ((*BOOK[:-4], "--minutes", "-15"), "must end after it starts"),
        ((*BOOK[:-6], "--at", "4.1.2027 kl 10"), "YYYY-MM-DD HH:MM"),
        ((*BOOK[:-6], "--at", "2027-01-04 19:00"), "Confirm to book it anyway"),
        # The clocks in Oslo jump from 02:00 to 03:00 on 28.03.2027.
        ((*BOOK[:-6], "--at", "2027-03-28 02:30"), "28.03.2027 02:30 never happened"),
        (("status", "99", "arrived"), "no appointment number 99"),
        (("status", "1", "sleeping"), "Unknown status \"sleeping\""),
    )
    for argv, words in cases:
        code, _, err = _run(db_url, *argv)
        assert code == 2 and words in err, (argv, err)
        assert "Traceback" not in err


def test_the_words_are_bokmal(ctx: ServiceContext, admin: Actor, vet: Actor,
                              receptionist: Actor, db_url: str) -> None:
    vet_column(ctx, admin, vet)
    kari_with_bamse(ctx, receptionist)
    _run(db_url, *BOOK)
    code, _, err = _run(db_url, *BOOK, language="nb")
    assert code == 2
    assert "Dr. Lie er allerede booket 10:00–10:30 (Kari Ødegård)" in err


def test_book_with_a_room_and_move(ctx: ServiceContext, admin: Actor, vet: Actor,
                                   receptionist: Actor, db_url: str) -> None:
    vet_column(ctx, admin, vet)
    add_resource(ctx, admin, ResourceKind.ROOM, "Operasjonsstue 1")
    kari_with_bamse(ctx, receptionist)
    code, _, err = _run(db_url, *BOOK, "--room", "operasjonsstue 1")
    assert code == 0, err
    code, said, err = _run(db_url, "move", "1", "--at", "2027-01-04 13:00")
    assert code == 0, err
    assert "Appointment 1 is now 04.01.2027 13:00-13:30." in said
    assert "The client is told by SMS." in said
    code, said, err = _run(db_url, "move", "1", "--at", "2027-01-04 13:15", "--minutes", "45",
                           "--no-room")
    assert code == 0 and "04.01.2027 13:15-14:00" in said, err
    with ctx.db.reading() as session:
        row = session.get(Appointment, 1)
        assert row is not None and row.room_id is None
    code, _, err = _run(db_url, "move", "1", "--at", "2027-01-04 11:00", "--room", "Rom 9")
    assert code == 2 and "no room or equipment called “Rom 9”" in err
    code, _, err = _run(db_url, "move", "1", "--at", "2027-01-04 11:00", "--minutes", "0")
    assert code == 2 and "from 1 to 1440" in err
    code, said, err = _run(db_url, "status", "1", "cancelled", "--reason", "Eier ringte",
                           language="nb")
    assert code == 0, err
    assert "Kunden får beskjed på SMS." in said


def test_a_refusal_is_said_once(ctx: ServiceContext, admin: Actor, vet: Actor,
                                receptionist: Actor, db_url: str) -> None:
    """A new-user walk: cancelling without a reason printed the headline and then the form's
    mark for the field ("Må fylles ut."), the same refusal twice."""
    vet_column(ctx, admin, vet)
    kari_with_bamse(ctx, receptionist)
    assert _run(db_url, *BOOK)[0] == 0
    code, _, err = _run(db_url, "status", "1", "cancelled", language="nb")
    assert (code, err) == (2, "vetdesk: Oppgi en grunn for avbestillingen.\n")
    code, _, err = _run(db_url, "status", "1", "cancelled")
    assert (code, err) == (2, "vetdesk: Give a reason for the cancellation.\n")



def test_a_missing_appointment_names_the_command_that_lists_them(
        ctx: ServiceContext, admin: Actor, vet: Actor, receptionist: Actor,
        db_url: str) -> None:
    """Not the screen's "reload the calendar": a terminal has no calendar to reload."""
    vet_column(ctx, admin, vet)
    kari_with_bamse(ctx, receptionist)
    code, _, err = _run(db_url, "status", "99", "arrived")
    assert (code, err) == (2, "vetdesk: There is no appointment number 99; “vetdesk "
                              "appointments list --date DAY” shows the numbers of a day.\n")
    code, _, err = _run(db_url, "move", "99", "--at", "2027-01-04 13:00", language="nb")
    assert (code, err) == (2, "vetdesk: Det finnes ingen time med nummer 99; «vetdesk "
                              "appointments list --date DAG» viser numrene for en dag.\n")

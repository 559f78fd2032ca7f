"""``vetdesk journal show`` and ``write``: an animal's entries with the regulation's three times,
as text and as JSON (issue 8, FOR-2006-02-20-229 § 4)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import uuid

from sqlalchemy import select, update

from tests.conftest import TEST_PASSWORD
from tests.support.journal_data import add_patient, consultation, write_and_sign
from vetdesk.cli import main
from vetdesk.cli.environment import CliEnvironment
from vetdesk.db.models import AuditEvent, Clinic
from vetdesk.security.credentials import MemoryCredentialStore
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import (
    Correction,
    correct_entry,
    entry_detail,
    my_drafts,
    timeline_page,
)
from vetdesk.services.permissions import Actor

UTC = dt.UTC
ASKED = dt.datetime(2026, 11, 20, 5, 20, tzinfo=UTC)  # 06:20 in Oslo
GIVEN = dt.datetime(2026, 11, 20, 6, 55, tzinfo=UTC)  # 07:55 in Oslo


def _run(db_url: str, *argv: str, environ: dict[str, str] | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    env = CliEnvironment(
        out=out, err=err, stdin=io.StringIO(""), credentials=MemoryCredentialStore(),
        environ={"VETDESK_PASSWORD": TEST_PASSWORD, **(environ or {})},
    )
    code = main(["--database", db_url, "--user", "lie", *argv], env=env)
    return code, out.getvalue(), err.getvalue()


def test_show_lists_the_three_times_as_text_and_json(
    ctx: ServiceContext, vet: Actor, clinic: None, db_url: str
) -> None:
    patient = add_patient(ctx, chip="578077000012345")
    entry = write_and_sign(ctx, vet, dataclasses.replace(
        consultation(patient.animal_id, GIVEN), help_requested_at=ASKED))
    current = entry_detail(ctx, vet, entry).current
    correct_entry(ctx, vet, Correction(
        entry, 1, GIVEN, {**current.content, "findings": "Øm over høyre kne."}, "Feil side",
        weight_kg=current.weight_kg, temperature_c=current.temperature_c,
    ), accept_warnings=True)

    code, said, err = _run(db_url, "journal", "show", "--chip", "578077000012345")
    assert (code, err) == (0, "")
    assert said.splitlines()[:2] == [
        "20.11.2026 07:55  Consultation  Ingrid Lie  (corrected)",
        "  help asked for 20.11.2026 06:20 · given 20.11.2026 07:55 · written 22.11.2026 08:55",
    ]
    assert "  Findings: Øm over høyre kne." in said.splitlines()

    code, said, _err = _run(db_url, "journal", "show", str(patient.animal_id), "--json")
    assert code == 0
    shown = json.loads(said)
    assert shown["animal_name"] == "Bamse"
    [only] = shown["entries"]
    assert (only["help_requested_at"], only["event_time"], only["written_at"]) == (
        "2026-11-20T05:20:00+00:00", "2026-11-20T06:55:00+00:00", "2026-11-22T07:55:00+00:00")
    assert [(v["version_no"], v["help_requested_at"]) for v in only["versions"]] == [
        (1, "2026-11-20T05:20:00+00:00"), (2, "2026-11-20T05:20:00+00:00")]
    assert only["content"]["findings"] == "Øm over høyre kne."
    assert (only["weight_kg"], only["temperature_c"]) == ("31.4", "38.6")
    # Reading the journal is a view of personal data: logged (ids only).
    with ctx.db.reading() as session:
        views = session.execute(select(AuditEvent.entity_type, AuditEvent.animal_id).where(
            AuditEvent.action == "view", AuditEvent.entity_type == "journal")).all()
    assert [tuple(v) for v in views] == [("journal", patient.animal_id)]


def test_show_speaks_bokmal(ctx: ServiceContext, vet: Actor, clinic: None, db_url: str) -> None:
    patient = add_patient(ctx)
    write_and_sign(ctx, vet, dataclasses.replace(
        consultation(patient.animal_id, GIVEN), help_requested_at=ASKED))
    code, said, _err = _run(db_url, "journal", "show", str(patient.animal_id),
                            environ={"LANG": "nb_NO.UTF-8"})
    assert code == 0
    assert said.splitlines()[:2] == [
        "20.11.2026 07:55  Konsultasjon  Ingrid Lie",
        "  hjelp anmodet 20.11.2026 06:20 · gitt 20.11.2026 07:55 · skrevet 22.11.2026 08:55",
    ]
    assert "  Anamnese: Halter på venstre bakben." in said.splitlines()


def test_show_says_when_there_is_nothing(
    ctx: ServiceContext, vet: Actor, clinic: None, db_url: str
) -> None:
    patient = add_patient(ctx)
    code, said, _err = _run(db_url, "journal", "show", str(patient.animal_id))
    assert (code, said) == (0, "Bamse has no signed journal entries.\n")


def test_write_a_phone_consultation_returned_later_and_sign_it(
    ctx: ServiceContext, vet: Actor, clinic: None, db_url: str
) -> None:
    patient = add_patient(ctx, chip="578077000012345")
    entry = uuid.uuid4()
    argv = ("journal", "write", "--chip", "578077000012345", "--kind", "phone",
            "--field", "caller=Kari Ødegård", "--field", "summary=Halter siden i går.",
            "--field", "advice=Hvile, time i morgen.", "--when", "20.11.2026 07:55",
            "--asked", "20.11.2026 06:20", "--id", entry.hex)
    code, said, err = _run(db_url, *argv)
    assert (code, err) == (0, "")
    assert said.splitlines()[0] == (
        f"Saved draft {entry.hex}; sign it in the chart or again with --sign --id {entry.hex}.")
    # The same id again (a retry) updates the same draft, and signs it.
    code, said, err = _run(db_url, *argv, "--sign", "--json")
    assert (code, err) == (0, "")
    result = json.loads(said)
    written = result.pop("written_at")  # the command runs on the real clock
    assert result == {
        "entry_id": entry.hex, "signed": True, "help_requested_at": "2026-11-20T05:20:00+00:00",
        "event_time": "2026-11-20T06:55:00+00:00"}
    detail = entry_detail(ctx, vet, entry)
    assert written == detail.signed_at.isoformat()
    current = detail.current
    assert (current.help_requested_at, current.event_time) == (ASKED, GIVEN)
    assert current.content["caller"] == "Kari Ødegård"
    assert [i.entry_id for i in timeline_page(ctx, vet, patient.animal_id).items] == [entry]


def test_write_refuses_help_asked_for_after_it_was_given_in_one_sentence(
    ctx: ServiceContext, vet: Actor, clinic: None, db_url: str
) -> None:
    patient = add_patient(ctx)
    code, said, err = _run(
        db_url, "journal", "write", str(patient.animal_id), "--kind", "note",
        "--field", "text=Eier ringte.", "--when", "20.11.2026 07:55",
        "--asked", "20.11.2026 08:10", "--sign", environ={"LANG": "nb_NO.UTF-8"})
    assert (code, said) == (2, "")
    # The draft is kept, and the person is told its id: the corrected command with --id signs
    # it instead of starting a second draft beside it.
    [draft] = my_drafts(ctx, vet)
    assert err.splitlines() == [
        f"vetdesk: Utkast {draft.id.hex} er lagret, men ikke signert; rett det som står under, "
        f"og kjør kommandoen på nytt med --id {draft.id.hex}.",
        "vetdesk: Notatet kan ikke signeres ennå: Det kan ikke ha blitt anmodet om hjelp etter "
        "at hjelpen ble gitt; skriv inn et tidspunkt før eller samtidig med hendelsen."]
    code, _said, err = _run(
        db_url, "journal", "write", str(patient.animal_id), "--kind", "note",
        "--field", "text=Eier ringte.", "--when", "20.11.2026 07:55",
        "--asked", "20.11.2026 07:10", "--sign", "--id", draft.id.hex)
    assert (code, err) == (0, "")
    assert my_drafts(ctx, vet) == ()
    assert [i.entry_id for i in timeline_page(ctx, vet, patient.animal_id).items] == [draft.id]
    code, _said, err = _run(db_url, "journal", "write", str(patient.animal_id), "--kind", "note",
                            "--field", "tekst", "--sign")
    assert code == 2 and "NAME=TEXT" in err


def test_write_refuses_a_time_the_clock_skipped(
    ctx: ServiceContext, vet: Actor, clinic: None, db_url: str
) -> None:
    """02:30 on 29.03.2026 never happened in Oslo (summer time began at 02:00): said, not
    quietly saved as 03:30."""
    patient = add_patient(ctx)
    code, said, err = _run(db_url, "journal", "write", str(patient.animal_id), "--kind", "note",
                           "--field", "text=Eier ringte.", "--when", "29.03.2026 02:30")
    assert (code, said) == (2, "")
    assert err == ("vetdesk: 29.03.2026 02:30 never happened in the clinic's time: the clocks "
                   "skip that hour when summer time starts; check the time.\n")
    assert my_drafts(ctx, vet) == ()


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_show_into_a_pipe_closed_early_is_not_reported_as_a_bug(
    ctx: ServiceContext, vet: Actor, clinic: None, db_url: str
) -> None:
    """``vetdesk journal show ... | head``: head stops reading, which is no fault of VetDesk."""
    patient = add_patient(ctx)
    write_and_sign(ctx, vet, consultation(patient.animal_id, GIVEN))
    err = io.StringIO()
    env = CliEnvironment(
        out=_ClosedPipe(), err=err, stdin=io.StringIO(""), credentials=MemoryCredentialStore(),
        environ={"VETDESK_PASSWORD": TEST_PASSWORD},
    )
    code = main(["--database", db_url, "--user", "lie", "journal", "show",
                 str(patient.animal_id)], env=env)
    assert (code, err.getvalue()) == (141, "")


def test_show_speaks_the_clinics_time_zone(
    ctx: ServiceContext, vet: Actor, clinic: None, db_url: str
) -> None:
    """The times follow the clinic's zone setting, as the command line learns it (ctx.zone):
    06:55 UTC is 19:55 in Auckland (UTC+13 in its summer)."""
    patient = add_patient(ctx)
    write_and_sign(ctx, vet, dataclasses.replace(
        consultation(patient.animal_id, GIVEN), help_requested_at=ASKED))
    with ctx.db.transaction() as session:
        session.execute(update(Clinic).values(timezone="Pacific/Auckland"))
    code, said, _err = _run(db_url, "journal", "show", str(patient.animal_id))
    assert code == 0
    assert said.splitlines()[1].startswith(
        "  help asked for 20.11.2026 18:20 · given 20.11.2026 19:55 · written 22.11.2026 ")


def test_write_with_a_field_the_kind_lacks_names_the_fields_it_has(
    ctx: ServiceContext, vet: Actor, clinic: None, db_url: str
) -> None:
    patient = add_patient(ctx)
    code, said, err = _run(db_url, "journal", "write", str(patient.animal_id), "--kind", "phone",
                           "--field", "notat=Eier ringte.", environ={"LANG": "nb_NO.UTF-8"})
    assert (code, said) == (2, "")
    assert err.splitlines() == [
        "vetdesk: Noen felt kan ikke lagres; rett dem.",
        "  Et notat av typen telefonkonsultasjon har ikke feltet «notat»; feltene er caller, "
        "summary, advice."]

"""The clinic's registers and the odds and ends of a working day: drug catalogue, external
parties, unsigned drafts and privacy requests."""

from __future__ import annotations

import datetime as dt

from vetdesk.domain.privacy_rules import due_date
from vetdesk.services.clinic import ClinicDetails
from vetdesk.services.demo import clinical_text as txt
from vetdesk.services.demo.drug_catalogue import CATALOGUE
from vetdesk.services.demo.state import AnimalInfo, ClientInfo, DemoState
from vetdesk.services.pharmacy.catalogue import SAMPLE, drug_search_key, sample_catalogue_bytes
from vetdesk.services.pharmacy.catalogue_file import read_catalogue

CLINIC = ClinicDetails(
    name="Dyreklinikken Fjellstad", org_number="923609016", address="Fetveien 12",
    postal_code="2000", city="Lillestrøm", phone="+4763801234", email="post@fjellstad.example.com",
)
# (name, speciality, laboratory, address, phone digits, e-mail)
PARTIES: tuple[tuple[str, str | None, bool, str, str, str], ...] = (
    ("Dyresykehuset Bekkestua, ortopedisk avdeling", "Ortopedi", False,
     "Gamle Ringeriksvei 5, 1357 Bekkestua", "67123400", "ortopedi@dyresykehus.example.com"),
    ("Hjertespesialist Dr. Nina Ås", "Kardiologi", False, "Sognsveien 70, 0855 Oslo",
     "22334455", "nina.aas@hjerte.example.net"),
    ("Hesteklinikken Øvrevoll", "Hestekirurgi", False, "Vollsveien 3, 1366 Lysaker",
     "67556677", "post@hesteklinikken.example.org"),
    ("Øyeklinikken for dyr", "Oftalmologi", False, "Strandveien 50, 1366 Lysaker",
     "67889900", "post@oyeklinikken.example.com"),
    ("Smådyrklinikken, Veterinærhøgskolen (NMBU)", "Indremedisin", False,
     "Universitetstunet 3, 1433 Ås", "67232000", "smadyr@nmbu.example.org"),
    ("Vetlab Norge", None, True, "Postboks 12, 2001 Lillestrøm", "63112233",
     "prover@vetlab.example.com"),
    ("IDEXX Laboratories", None, True, "Postboks 40, 1301 Sandvika", "67001122",
     "kunde@idexx.example.net"),
)


def add_registers(state: DemoState) -> None:
    writer = state.writer
    # The shipped sample catalogue (made-up varenummer), marked as sample data.
    keys = {product.varenummer: product.key for product in CATALOGUE}
    for row in read_catalogue(sample_catalogue_bytes()).rows:
        drug_id = writer.next_id("drugs")
        if row.product_number in keys:
            state.drug_ids[keys[row.product_number]] = drug_id
        writer.add("drugs", {
            "id": drug_id, "name": row.name, "active_substances": row.active_substances,
            "form": row.form, "strength": row.strength, "pack_size": "; ".join(row.pack_sizes),
            "product_number": row.product_number, "atc_code": row.atc_code,
            "antibiotic": row.antimicrobial, "vaccine": row.vaccine,
            "target_species": ",".join(row.target_species) or None,
            "withdrawal_days": row.withdrawal_days or None, "source": SAMPLE,
            "search_key": drug_search_key(row.name, row.active_substances,
                                          row.product_number, row.atc_code),
            "active": True,
        })
    for name, speciality, laboratory, address, phone, email in PARTIES:
        party_id = writer.next_id("external_parties")
        if speciality is not None:
            state.parties_by_speciality[speciality] = party_id
        writer.add("external_parties", {
            "id": party_id, "name": name, "speciality": speciality,
            "is_laboratory": laboratory, "address": address, "phone": f"+47{phone}",
            "email": email, "active": True,
            # Migration 0015: never edited yet.
            "version": 1, "updated_at": None, "updated_by_id": None,
        })
    writer.flush()


def add_drafts(state: DemoState, animals: list[AnimalInfo], count: int) -> None:
    """Consultations being written now: unsigned, younger than the 24-hour lock period."""
    rng, writer, now = state.rng, state.writer, state.now
    living = [animal for animal in animals if animal.deceased_on is None]
    for animal in rng.sample(living, min(count, len(living))):
        case = txt.pick_case(rng, animal.species)
        content = txt.consultation_content(rng, case)
        content["plan"] = ""  # the vet has not got that far
        started = now - dt.timedelta(hours=rng.randint(1, 20), minutes=rng.randint(0, 59))
        writer.add("journal_drafts", {
            "id": rng.uuid(), "animal_id": animal.id, "author_id": rng.pick(state.staff.vets),
            "kind": "consultation", "event_time": started, "help_requested_at": None,
            "content": content,
            "weight_kg": None, "temperature_c": None, "confidential": False,
            "started_at": started, "saved_at": started + dt.timedelta(minutes=rng.randint(1, 40)),
        })


def add_privacy_requests(state: DemoState, clients: list[ClientInfo], count: int
                         ) -> list[int]:
    """The requests; returns the clients whose answered restriction request restricts them
    (written once the clients are: the demo then shows the restriction banner)."""
    rng, writer, now, today = state.rng, state.writer, state.now, state.today
    kinds = ("access", "portability", "correction", "erasure", "restriction")
    restricted: list[int] = []
    for index, client in enumerate(rng.sample(clients, min(count, len(clients)))):
        kind = kinds[index % len(kinds)]
        received = today - dt.timedelta(days=rng.randint(1, 400))
        received = max(received, client.created_at.date())
        done = (today - received).days > 20 or rng.chance(0.3)
        if kind == "erasure":
            # Still being handled: the client's data is all there until the manager erases it.
            received, done = max(today - dt.timedelta(days=rng.randint(1, 15)),
                                 client.created_at.date()), False
        # Restriction is done at once (a mark on the client): the demo shows its banner.
        done = done or kind == "restriction"
        completed = None
        if done:
            completed = min(
                now, dt.datetime.combine(received, dt.time(12), dt.UTC)
                + dt.timedelta(days=rng.randint(2, 25)))
        writer.add("privacy_requests", {
            "id": writer.next_id("privacy_requests"), "client_id": client.id,
            "subject_name": f"{client.first_name} {client.last_name}", "kind": kind,
            "received_on": received, "due_on": due_date(received),
            "channel": rng.choice(("e-post", "brev", "skranke")),
            "status": "done" if done else "open", "registered_by_id": state.staff.manager,
            "handled_by_id": state.staff.manager if done else None, "completed_at": completed,
            "outcome": _OUTCOMES.get(kind) if done else None,
            "request_id": None, "description": None, "extended_due_on": None,
            "extension_reason": None, "extension_told_on": None, "refusal_reason": None,
            "produced_ref": None,
        })
        if kind == "restriction" and done:
            restricted.append(client.id)
    return restricted


_OUTCOMES = {
    "access": "Innsyn gitt: utskrift av kundekort, journaler og logg sendt per post.",
    "portability": "Maskinlesbar eksport (JSON og CSV) sendt kryptert på e-post.",
    "correction": "Adresse og telefonnummer rettet.",
    "restriction": "Behandling begrenset mens klagen vurderes.",
}

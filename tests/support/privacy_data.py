"""Two clients with a bit of everything, for inspect, export and erasure tests.

Kari Østmo (A) has two animals with journals, a chip each, consents, an alert, an appointment,
a recall, a message, a paid invoice, a prescription, a referral, a privacy request, and a client
record merged into hers (her old duplicate, "Kari Odegaard"). Per Hansen (B) has his own of the
same kinds. Rows are inserted directly: the services that write them are tested elsewhere.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from tests.support.journal_data import seed_history
from vetdesk.db.models import (
    Animal,
    Appointment,
    Client,
    ClientAlert,
    ClientPhone,
    Consent,
    ExternalParty,
    Identity,
    Invoice,
    InvoiceLine,
    Message,
    Ownership,
    Prescription,
    PrescriptionItem,
    PrivacyRequest,
    Referral,
    Reminder,
    Resource,
)
from vetdesk.domain.privacy_rules import due_date
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor


@dataclass(frozen=True)
class Person:
    client_id: int
    client_no: int
    animal_ids: tuple[int, ...]
    first: str
    last: str
    folded_last: str
    phone_digits: str
    email: str
    address: str
    chips: tuple[str, ...]

    def identifying(self) -> tuple[str, ...]:
        """Values that must vanish on erasure (the address's street and number)."""
        return (self.first, self.last, self.folded_last, self.phone_digits, self.email,
                self.address)


KARI = {"first": "Kari", "last": "Østmo", "folded_last": "ostmo", "phone_digits": "91234567",
            "email": "kari.ostmo@example.no", "address": "Fjellveien 22B",
            "chips": ("578093000111111", "578093000222222")}
PER = {"first": "Per", "last": "Hansen", "folded_last": "hansen", "phone_digits": "48765432",
           "email": "per.hansen@example.no", "address": "Storgata 9",
           "chips": ("578093000333333",)}


def add_people(ctx: ServiceContext, vet: Actor, *, entries_per_animal: int = 3
               ) -> tuple[Person, Person]:
    with ctx.db.transaction() as session:
        resource = Resource(kind="room", name="Behandlingsrom 1", active=True)
        lab = ExternalParty(name="Dyrelaboratoriet AS", is_laboratory=True, active=True)
        session.add_all([resource, lab])
        session.flush()
        resource_id, lab_id = resource.id, lab.id
    people = []
    for number, (values, animal_names) in enumerate(
        [(KARI, ("Bamse", "Pusur")), (PER, ("Fido",))], start=1
    ):
        people.append(_person(ctx, vet, number * 100, values, animal_names, resource_id,
                              lab_id, entries_per_animal))
    return people[0], people[1]


def _person(ctx: ServiceContext, vet: Actor, client_no: int, v: dict[str, object],
            animal_names: tuple[str, ...], resource_id: int, lab_id: int,
            entries: int) -> Person:
    now = ctx.clock.now()
    first, last = str(v["first"]), str(v["last"])
    digits, email, address = str(v["phone_digits"]), str(v["email"]), str(v["address"])
    chips = tuple(v["chips"])  # type: ignore[call-overload]
    with ctx.db.transaction() as session:
        client = Client(client_no=client_no, first_name=first, last_name=last,
                        address=address, postal_code="0150", city="Oslo", email=email,
                        birth_date=dt.date(1980, 3, 4), notes=f"{first} ringer helst om morgenen",
                        search_key=f"{first.lower()} {v['folded_last']}",
                        created_at=now, updated_at=now)
        session.add(client)
        session.flush()
        old = Client(client_no=client_no + 1, first_name=first, last_name=f"{last} (gammel)",
                     address=address, email=email, search_key=str(v["folded_last"]),
                     created_at=now, updated_at=now, merged_into_id=client.id, status="inactive")
        session.add(old)
        session.flush()
        session.add_all([
            ClientPhone(client_id=client.id, e164=f"+47{digits}", digits=digits),
            ClientPhone(client_id=old.id, e164=f"+47{digits}", digits=digits),
            Consent(client_id=client.id, purpose="service", channel="sms", granted=True,
                    method="form", recorded_at=now, recorded_by_id=vet.user_id),
            Consent(client_id=old.id, purpose="marketing", channel="email", granted=False,
                    method="phone", recorded_at=now, recorded_by_id=vet.user_id),
            ClientAlert(client_id=client.id, text=f"{first} vil ha SMS", severity="info",
                        created_at=now),
        ])
        animal_ids = []
        for index, name in enumerate(animal_names):
            animal = Animal(owner_id=client.id, name=name, species="dog", sex="male",
                            birth_date=dt.date(2016, 5, 14), created_at=now, updated_at=now,
                            search_key=name.lower())
            session.add(animal)
            session.flush()
            animal_ids.append(animal.id)
            session.add(Ownership(animal_id=animal.id, client_id=client.id,
                                  started_on=dt.date(2016, 6, 1), recorded_at=now))
            if index < len(chips):
                session.add(Identity(animal_id=animal.id, kind="iso_chip", value=chips[index],
                                     recorded_at=now))
        start = now - dt.timedelta(days=10, hours=client_no // 100)  # one booking an hour
        appointment = Appointment(
            client_id=client.id, animal_id=animal_ids[0], resource_id=resource_id,
            starts_at=start, ends_at=start + dt.timedelta(minutes=30),
            appointment_type="consultation", reason="Halter", status="done",
            created_at=now, updated_at=now)
        session.add(appointment)
        session.flush()
        reminder = Reminder(animal_id=animal_ids[0], client_id=client.id, kind="vaccination",
                            title="Vaksine", due_on=dt.date(2027, 5, 1), created_at=now)
        session.add(reminder)
        session.flush()
        session.add(Message(
            id=uuid.uuid4(), idempotency_key=f"msg-{client_no}", client_id=client.id,
            reminder_id=reminder.id, channel="sms", purpose="service", recipient=f"+47{digits}",
            body=f"Hei {first}! Bamse skal vaksineres.", status="delivered",
            queued_at=now, attempts=1))
        invoice = Invoice(invoice_no=client_no, client_id=client.id, issued_at=start,
                          total_ore=75000, vat_ore=15000, status="paid", paid_at=now)
        session.add(invoice)
        session.flush()
        session.add(InvoiceLine(invoice_id=invoice.id, animal_id=animal_ids[0],
                                description="Konsultasjon", quantity=1, unit_price_ore=60000,
                                vat_rate_percent=25, amount_ore=75000))
        prescription = Prescription(id=uuid.uuid4(), animal_id=animal_ids[0],
                                    client_id=client.id, prescriber_id=vet.user_id,
                                    issued_at=start)
        session.add(prescription)
        session.flush()
        session.add(PrescriptionItem(
            prescription_id=prescription.id, product_name="Metacam", active_substances=
            "meloksikam", form="mikstur", strength="1,5 mg/ml", quantity="1 x 32 ml",
            dosage="0,1 mg/kg daglig"))
        session.add(Referral(id=uuid.uuid4(), animal_id=animal_ids[0], client_id=client.id,
                             recipient_id=lab_id, referred_by_id=vet.user_id,
                             reason="Blodprøve", status="sent", created_at=now, sent_at=now))
        session.add(PrivacyRequest(
            client_id=client.id, subject_name=f"{first} {last}", kind="access",
            received_on=dt.date(2026, 11, 2), due_on=due_date(dt.date(2026, 11, 2)),
            status="open", registered_by_id=vet.user_id, description="Vil se journalen"))
        client_id = client.id
    for animal_id in animal_ids:
        seed_history(ctx.db, animal_id, vet.user_id, entries,
                     start=now - dt.timedelta(days=400))
    return Person(client_id, client_no, tuple(animal_ids), first, last,
                  str(v["folded_last"]), digits, email, address, chips)

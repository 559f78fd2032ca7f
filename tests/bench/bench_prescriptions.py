"""Prescription benchmarks: ``.venv/bin/python -m tests.bench.bench_prescriptions [--engines
sqlite,postgresql] [--runs N]``.

Issuing (prescription, items, journal note, audit event in one transaction) on each engine and
through the 25 ms delay proxy, where the round trips are counted; the prescription PDF.
Targets (issue 12): PDF <= 300 ms; issuing <= 2 round trips through the proxy; a referral
letter with 50 journal entries (and five files from disk) <= 1 s.
"""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from collections.abc import Callable
from typing import Any

from tests.bench.measure import Figure, measure
from tests.bench.suite import bench_user, fresh_database, keep, links, opened, run_suite
from tests.support.journal_data import add_patient, seed_history
from tests.support.pharmacy import load_sample, one_item
from vetdesk.clock import SystemClock
from vetdesk.db.opening import open_database
from vetdesk.domain.codes import ReferralKind, Role
from vetdesk.services.clinic import ClinicDetails, ensure_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.pharmacy.issuing import issue_prescription
from vetdesk.services.pharmacy.printing import print_prescription
from vetdesk.services.pharmacy.types import PrescriptionInput
from vetdesk.services.referrals.letter import referral_letter
from vetdesk.services.referrals.parties import add_party
from vetdesk.services.referrals.sending import send_referral
from vetdesk.services.referrals.types import FileToSend, PartyInput, ReferralInput


def populate(url: str) -> tuple[int, Actor, int]:
    db = open_database(url, now=dt.datetime.now(dt.UTC))
    try:
        ctx = ServiceContext(db=db)
        ensure_clinic(ctx, ClinicDetails(name="Dyreklinikken Ødegård", city="Oslo"))
        actor = bench_user(ctx, "lie", "Ingrid Lie", Role.VETERINARIAN)
        drugs = load_sample(ctx)
        return add_patient(ctx, species="cattle", name="Dagros").animal_id, actor, drugs["016683"]
    finally:
        db.dispose()


SCAN = b"%PDF-1.4\n% scan\n" + b"0" * 200_000 + b"\n%%EOF"


def _referral_with_entries(ctx: ServiceContext, actor: Actor, animal: int, count: int
                           ) -> uuid.UUID:
    now = dt.datetime.now(dt.UTC)
    animal = add_patient(ctx, name="Bamse").animal_id  # a fresh chain for the seeded history
    ids = seed_history(ctx.db, animal, actor.user_id, count,
                       start=now - dt.timedelta(days=count + 1))
    admin = make_admin(ctx)
    party = add_party(ctx, admin, PartyInput("Dyresykehuset, ortopedisk avdeling"))
    sent = send_referral(ctx, actor, ReferralInput(
        id=uuid.uuid4(), animal_id=animal, recipient_id=party.id, kind=ReferralKind.REFERRAL,
        reason="Halthet", owner_consented=True, clinical_summary="Se vedlagte notater.",
        entry_ids=tuple(ids), include_confidential=True,
        # Five scans from disk, stored in the journal and listed in the letter.
        files=tuple(FileToSend(f"røntgen {n}.pdf", SCAN + bytes([n])) for n in range(5))))
    return sent.id


def make_admin(ctx: ServiceContext) -> Actor:
    return bench_user(ctx, f"adm{uuid.uuid4().hex[:6]}", "Ada Admin", Role.ADMINISTRATOR)


def run_engine(engine: str, runs: int, figures: list[Figure]) -> None:
    with fresh_database(engine) as url:
        animal, actor, drug = populate(url)
        with links(engine, url) as found:
            for link in found:
                with opened(link) as db:
                    ctx = ServiceContext(db=db, clock=SystemClock())
                    forms = [PrescriptionInput(
                        id=uuid.uuid4(), animal_id=animal, items=(one_item(
                            drug, pack_size="100 ml", withdrawal_period="Slakt: 6 døgn",
                            warnings="Fullfør kuren."),)) for _ in range(runs)]
                    issue: list[Callable[[], Any]] = [
                        lambda f=f, c=ctx: issue_prescription(c, actor, f) for f in forms]
                    label = f"{engine}-1 cow"
                    keep(figures, measure(
                        "issue prescription", label, link.name, db.engine, issue, runs=runs,
                        warmup=0, proxy=link.proxy, target="<=2 RTs (proxy)"))
                    if link.proxy is None:
                        letter = _referral_with_entries(ctx, actor, animal, 50)
                        keep(figures, measure(
                            "referral letter 50", label, link.name, db.engine,
                            [lambda c=ctx, r=letter: referral_letter(c, actor, r)],
                            runs=max(3, runs // 4), warmup=1, target="<=1000 ms"))
                        first = forms[0].id
                        keep(figures, measure(
                            "prescription PDF", label, link.name, db.engine,
                            [lambda c=ctx, p=first: print_prescription(c, actor, p)],
                            runs=runs, warmup=2, target="<=300 ms"))


def main(argv: list[str] | None = None) -> int:
    run_suite("python -m tests.bench.bench_prescriptions", run_engine, runs=20,
              extra={"bench": "prescriptions"}, folder="prescriptions", argv=argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())

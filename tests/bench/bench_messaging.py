"""Messaging benchmarks: ``.venv/bin/python -m tests.bench.bench_messaging [--clients N]
[--sends N]``.

- 1,000 reminders through a real local SMTP server (aiosmtpd), claimed and recorded one by one
  as in the program: target <= 30 s (issue 11).
- The due list for a month over a chain-sized database on PostgreSQL (300,000 clients, each
  with an animal, a phone, a recall, two older recalls done and a reminder message): target
  <= 1 s. The rows are made with generate_series straight in SQL, once: the database
  ``vetdesk_bench_duelist_<N>`` is kept between runs (about 3 minutes to build on the 2-core
  machine) and brought to the newest schema before each. The list is read through the service
  as the Reminders page reads it: the first page with the period's total (``due_page``), timed
  interleaved with its floor (its own statements sent raw on a driver connection), with the
  process's CPU time beside it; the whole list (the command line's ``reminders due``) is timed
  too, for information.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time

from sqlalchemy import text

from tests.bench import floors
from tests.bench.measure import HEADER, Figure, measure
from tests.bench.suite import fresh_database, passwords_ok
from tests.support import databases
from tests.support.mail_server import MailServer
from vetdesk.db.database import Database
from vetdesk.db.engine import create_database_engine, parse_target
from vetdesk.db.opening import open_database, upgrade_schema
from vetdesk.domain.codes import Channel, ConsentPurpose, Role
from vetdesk.services import auth
from vetdesk.services.clinic import ClinicDetails, ensure_clinic
from vetdesk.services.context import ServiceContext
from vetdesk.services.messaging import outbox
from vetdesk.services.messaging.channels import send_outbox
from vetdesk.services.messaging.due import DueFilter, due_page, due_recalls
from vetdesk.services.messaging.outbox import MessageDraft
from vetdesk.services.messaging.secrets import MessagingSecrets
from vetdesk.services.permissions import Actor
from vetdesk.services.settings.store import change_setting
from vetdesk.services.staff import accounts


def _staff(ctx: ServiceContext) -> tuple[Actor, Actor]:
    ensure_clinic(ctx, ClinicDetails(name="Dyreklinikken Ødegård", city="Oslo",
                                     phone="63 80 12 34"))
    made = []
    for username, role in (("kari", Role.RECEPTIONIST), ("mona", Role.MANAGER)):
        with ctx.db.transaction() as session:
            user = accounts.create_user(session, ctx, None, username=username,
                                        full_name=username.title(), role=role,
                                        password=passwords_ok())
            made.append(auth.actor_for(user))
    return made[0], made[1]


def bench_smtp(engine: str, sends: int) -> float:
    with fresh_database(engine) as url:
        db = open_database(url, now=dt.datetime.now(dt.UTC))
        try:
            ctx = ServiceContext(db=db)
            desk, manager = _staff(ctx)
            with MailServer() as server:
                for key, value in (("smtp.host", "127.0.0.1"), ("smtp.port", str(server.port)),
                                   ("smtp.security", "none"),
                                   ("smtp.sender", "post@fjellstad.no")):
                    change_setting(ctx, manager, key, value)
                with db.transaction() as session:
                    outbox.queue(session, ctx, desk.user_id, [MessageDraft(
                        f"reminder:{n}:1", None, Channel.EMAIL, ConsentPurpose.SERVICE,
                        f"client{n}@example.no", "Vaksinasjon av Bamse",
                        "Hei! Bamse skal vaksineres innen 24.12.2026. Hilsen Dyreklinikken "
                        "Ødegård") for n in range(sends)])
                started = time.perf_counter()
                report = send_outbox(ctx, desk, MessagingSecrets(environ={}))
                seconds = time.perf_counter() - started
                assert report.sent == sends, report
                assert len(server.inbox.arrivals) == sends
            return seconds
        finally:
            db.dispose()


_FILL = """
INSERT INTO clients (id, client_no, first_name, last_name, status, search_key, version,
                     created_at, updated_at)
SELECT g, g, 'Kari' || g, 'Hansen', 'active', 'kari hansen', 1, now(), now()
FROM generate_series(1, :n) g;
INSERT INTO client_phones (id, client_id, e164, digits, kind, position)
SELECT g, g, '+479' || lpad(g::text, 7, '0'), '9' || lpad(g::text, 7, '0'), 'mobile', 0
FROM generate_series(1, :n) g;
INSERT INTO animals (id, owner_id, name, species, sex, neutered, birth_date_estimated,
                     is_group, search_key, version, created_at, updated_at)
SELECT g, g, 'Bamse', CASE WHEN g % 3 = 0 THEN 'cat' ELSE 'dog' END, 'unknown', false, false,
       false, 'bamse', 1, now(), now()
FROM generate_series(1, :n) g;
INSERT INTO reminders (id, animal_id, client_id, kind, title, due_on, status, created_at)
SELECT g, g, g, 'vaccination', 'Vaksinasjon: Nobivac DHPPi',
       DATE '2026-12-01' + ((g::bigint * 7919) % 365)::int, 'due', now()
FROM generate_series(1, :n) g;
INSERT INTO reminders (id, animal_id, client_id, kind, title, due_on, status, created_at,
                       completed_at)
SELECT :n + g, (g % :n) + 1, (g % :n) + 1, 'vaccination', 'Vaksinasjon: Nobivac DHPPi',
       DATE '2024-12-01' + ((g::bigint * 7919) % 700)::int, 'done', now(), now()
FROM generate_series(1, 2 * :n) g;
INSERT INTO messages (id, idempotency_key, client_id, reminder_id, channel, purpose,
                      recipient, body, status, attempts, queued_at, sent_at, stage)
SELECT md5(g::text), 'reminder' || chr(58) || (:n + g) || chr(58) || '1', (g % :n) + 1,
       :n + g, 'sms', 'service', '+4790000000', 'Hei! Bamse skal vaksineres.', 'delivered',
       1, now(), now(), 1
FROM generate_series(1, :n) g;
"""


MONTH = DueFilter(dt.date(2027, 3, 1), dt.date(2027, 3, 31))


def due_database(clients: int) -> str:
    """The URL of the cached due-list database with ``clients`` clients, built if missing or
    incomplete, at the newest schema."""
    name = f"vetdesk_bench_duelist_{clients}"
    url = databases.pg_url(name)
    with databases.pg_admin() as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                              (name,)).fetchone() is not None
    if exists:
        target = parse_target(url)
        db = Database(create_database_engine(target), target)
        try:
            upgrade_schema(db, now=dt.datetime.now(dt.UTC))
            with db.engine.connect() as conn:
                complete = conn.execute(text("SELECT count(*) FROM messages")).scalar_one()
        finally:
            db.dispose()
        if complete == clients:  # the fill's last statement made one message per client
            return url
        databases.drop_pg_database(name)
    databases.create_pg_database(name)
    target = parse_target(url)
    db = Database(create_database_engine(target), target)
    try:
        upgrade_schema(db, now=dt.datetime.now(dt.UTC))
        _staff(ServiceContext(db=db))
        print(f"filling {clients:,} clients (once; kept as {name})…", flush=True)
        started = time.perf_counter()
        with db.engine.begin() as conn:
            for statement in _FILL.split(";"):
                if statement.strip():
                    conn.execute(text(statement), {"n": clients})
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
        print(f"filled in {time.perf_counter() - started:.0f} s", flush=True)
    finally:
        db.dispose()
    return url


def _desk(ctx: ServiceContext) -> Actor:
    from sqlalchemy import select

    from vetdesk.db.models import User

    with ctx.db.reading() as session:
        return auth.actor_for(session.execute(
            select(User).where(User.username == "kari")).scalar_one())


def bench_due_list(clients: int, runs: int) -> tuple[Figure, dict[str, object]]:
    """The first page of a month's due list (p50/p95 against its raw statements), with the
    CPU time it took here, and the whole list's time for information."""
    url = due_database(clients)
    db = open_database(url, now=dt.datetime.now(dt.UTC))
    raw = floors.RawConnection(db.engine)
    try:
        ctx = ServiceContext(db=db)
        desk = _desk(ctx)

        cpu: list[float] = []  # this process's CPU time per page (the load elsewhere aside)

        def first_page() -> object:
            started = time.process_time()
            page = due_page(ctx, desk, MONTH)
            cpu.append((time.process_time() - started) * 1000)
            return page

        page = due_page(ctx, desk, MONTH)
        figure = measure(
            "due list, first page", f"duelist-{clients // 1000}k", "loopback", db.engine,
            [first_page], runs=runs, warmup=3, target="p95<=1000",
            floors=[floors.replay(raw, db.engine, first_page)], floor="its statements raw")
        started = time.perf_counter()
        whole = len(due_recalls(ctx, desk, MONTH))
        extra: dict[str, object] = {"rows_on_page": len(page.rows), "total_in_month": page.total,
                 "cpu_ms_p50": round(statistics.median(cpu), 1),
                 "whole_list_rows": whole,
                 "whole_list_s": round(time.perf_counter() - started, 2)}
        return figure, extra
    finally:
        raw.close()
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sends", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--only", choices=("smtp", "due"), default=None)
    args = parser.parse_args(argv)
    if args.only in (None, "smtp"):
        for engine in ("sqlite", "postgresql"):
            seconds = bench_smtp(engine, args.sends)
            print(f"{args.sends} reminders through local SMTP, {engine}: {seconds:.1f} s "
                  f"({args.sends / seconds:.0f}/s; target <= 30 s)", flush=True)
    if args.only in (None, "due"):
        print(HEADER, flush=True)
        figure, extra = bench_due_list(args.clients, args.runs)
        print(figure.row(), flush=True)
        print(f"  {extra}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The trust model on PostgreSQL, tried as an attacker who holds one person's password.

Each staff member connects as their own login role; the grants come from the permission
table, authorship is stamped by the database and drafts are private to their author. These
tests use real roles and real password checks (`.ci/pg-setup` makes the server ask staff for
scram-sha-256 passwords and delay wrong ones).
"""

from __future__ import annotations

import time
import uuid
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select, text

from tests.conftest import TEST_PASSWORD, make_user
from tests.support import databases
from tests.support.journal_data import add_patient, consultation, write_and_sign
from tests.support.staff import raw_connection, role_of, signed_in
from vetdesk.db.guards import APPEND_ONLY_TABLES
from vetdesk.db.models import AuditEvent, JournalDraft, User
from vetdesk.db.security.grants import role_privileges
from vetdesk.db.security.naming import STAFF_ROLE, group_role
from vetdesk.domain.codes import AuditAction, Requester, Role
from vetdesk.errors import (
    AccountDeactivated,
    AuthenticationFailed,
    ConnectionLost,
    PermissionDenied,
)
from vetdesk.services import audit
from vetdesk.services.client_card import open_client_card
from vetdesk.services.context import ServiceContext
from vetdesk.services.journal import chart, save_draft, sign_draft
from vetdesk.services.permissions import Actor
from vetdesk.services.search import search
from vetdesk.services.staff import accounts

pytestmark = pytest.mark.pg_only

Denied = psycopg.errors.InsufficientPrivilege


def _database(ctx: ServiceContext) -> str:
    return ctx.db.target.url.database or ""


# -- roles and connections -----------------------------------------------------------------


def test_each_person_is_a_login_role_in_exactly_their_group(
    ctx: ServiceContext, vet: Actor, receptionist: Actor
) -> None:
    db = _database(ctx)
    with databases.pg_admin() as conn:
        rows = conn.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s ORDER BY 1",
            (f"{db}_lie",),
        ).fetchall()
        login = conn.execute(
            "SELECT rolcanlogin, rolsuper, rolcreaterole, rolbypassrls FROM pg_roles "
            "WHERE rolname = %s", (f"{db}_lie",)).fetchone()
    assert [r[0] for r in rows] == sorted([f"{db}_veterinarian", STAFF_ROLE])
    assert login == (True, False, False, False)


def test_nobody_else_may_even_connect(ctx: ServiceContext) -> None:
    with databases.pg_admin() as conn:
        public_connect = conn.execute(
            "SELECT has_database_privilege('public', %s, 'CONNECT')", (_database(ctx),)
        ).fetchone()
    assert public_connect == (False,)


def test_another_practice_on_the_same_server_cannot_connect(
    ctx: ServiceContext, pg_template: str
) -> None:
    other = f"{pg_template.split('_tmpl_')[0]}_other_{uuid.uuid4().hex[:6]}"
    databases.create_pg_database(other, pg_template)
    try:
        with databases.pg_admin() as conn:
            conn.execute(f'CREATE ROLE "{other}_intruder" LOGIN PASSWORD \'{TEST_PASSWORD}\' '
                         f'IN ROLE "{other}_administrator", {STAFF_ROLE}')
        url = ctx.db.target.url
        with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
            psycopg.connect(host=url.host, port=url.port, dbname=_database(ctx),
                            user=f"{other}_intruder", password=TEST_PASSWORD)
    finally:
        databases.drop_pg_database(other)


def test_a_wrong_password_costs_the_servers_delay_even_without_the_program(
    ctx: ServiceContext, vet: Actor
) -> None:
    started = time.monotonic()
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        raw_connection(ctx, "lie", "not the password")
    refused_after = time.monotonic() - started
    started = time.monotonic()
    raw_connection(ctx, "lie").close()
    accepted_after = time.monotonic() - started
    # auth_delay.milliseconds = 500 (.ci/pg-setup). The backend's sleep can end early when a
    # signal reaches it on a loaded machine (seen: 0.41 s), so the floor has slack; without
    # auth_delay a refusal takes about as long as an acceptance (~0.05 s here).
    assert refused_after >= 0.3
    assert refused_after - accepted_after >= 0.2
    log = Path("/var/log/postgresql").glob("postgresql-*-main.log")
    text_ = "".join(path.read_text(errors="replace")[-200_000:] for path in log)
    assert f'password authentication failed for user "{role_of(ctx, "lie")}"' in text_


def test_signing_in_connects_as_the_person(ctx: ServiceContext, vet: Actor) -> None:
    with signed_in(ctx, vet) as desk:
        assert desk.db.login_role == role_of(ctx, "lie")
        with desk.db.reading() as session:
            assert session.execute(text("SELECT session_user")).scalar() == role_of(ctx, "lie")
            signed = session.execute(
                select(User.last_signin_at).where(User.id == vet.user_id)).scalar()
    assert signed is not None
    with pytest.raises(AuthenticationFailed, match="username or password is wrong"), \
            signed_in(ctx, vet, password="not the password"):
        pass


# -- the database enforces the permission table --------------------------------------------


def test_every_group_holds_exactly_the_grants_its_permissions_need(ctx: ServiceContext) -> None:
    db = _database(ctx)
    with psycopg.connect(databases.pg_url(db).replace("+psycopg", ""), autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'users'")]
        for role in Role:
            expected = role_privileges(role)
            for table in tables:
                for privilege in ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE"):
                    held = conn.execute("SELECT has_table_privilege(%s, %s, %s)",
                                        (group_role(db, role), table, privilege)).fetchone()
                    want = privilege in expected.get(table, frozenset())
                    assert held == (want,), (role, table, privilege)


# Written down, not computed: (role that has it, role that lacks it, table, privilege).
PERMISSION_GRANTS = [
    ("view_journal", Role.VETERINARIAN, Role.RECEPTIONIST, "journal_versions", "SELECT"),
    ("view_journal", Role.NURSE, Role.RECEPTIONIST, "journal_attachments", "SELECT"),
    ("write_journal", Role.NURSE, Role.MANAGER, "journal_drafts", "INSERT"),
    ("sign_journal", Role.VETERINARIAN, Role.ADMINISTRATOR, "journal_versions", "INSERT"),
    ("prescribe", Role.VETERINARIAN, Role.NURSE, "prescriptions", "INSERT"),
    ("prescribe", Role.VETERINARIAN, Role.MANAGER, "prescriptions", "INSERT"),
    ("report_medicine", Role.MANAGER, Role.NURSE, "medicine_reports", "INSERT"),
    ("report_medicine", Role.MANAGER, Role.RECEPTIONIST, "medicine_given_reports", "INSERT"),
    ("give_medicine", Role.VETERINARIAN, Role.MANAGER, "medicine_given", "INSERT"),
    ("give_medicine", Role.VETERINARIAN, Role.NURSE, "medicine_given_voids", "INSERT"),
    ("report_medicine", Role.VETERINARIAN, Role.ADMINISTRATOR, "medicine_reports", "INSERT"),
    ("refer", Role.VETERINARIAN, Role.NURSE, "referrals", "INSERT"),
    ("manage_recipients", Role.VETERINARIAN, Role.NURSE, "external_parties", "UPDATE"),
    ("manage_recipients", Role.MANAGER, Role.RECEPTIONIST, "external_parties", "INSERT"),
    ("manage_privacy", Role.MANAGER, Role.VETERINARIAN, "privacy_requests", "UPDATE"),
    ("view_audit_log", Role.MANAGER, Role.RECEPTIONIST, "audit_events", "SELECT"),
    ("manage_settings", Role.MANAGER, Role.RECEPTIONIST, "clinic", "UPDATE"),
    ("merge_clients", Role.MANAGER, Role.RECEPTIONIST, "invoices", "UPDATE"),
    ("edit_clients", Role.RECEPTIONIST, None, "clients", "UPDATE"),
    ("book_appointments", Role.RECEPTIONIST, None, "appointments", "INSERT"),
    ("view_clients", Role.RECEPTIONIST, None, "postal_codes", "SELECT"),  # the town lookup
    ("manage_settings", Role.MANAGER, Role.RECEPTIONIST, "postal_codes", "INSERT"),
    ("manage_settings", Role.MANAGER, Role.RECEPTIONIST, "clinic_settings", "INSERT"),
    ("manage_settings", Role.ADMINISTRATOR, Role.VETERINARIAN, "clinic_settings", "UPDATE"),
    ("manage_settings", Role.MANAGER, Role.NURSE, "clinic_settings", "DELETE"),  # unset
    ("send_reminders", Role.RECEPTIONIST, None, "clinic_settings", "SELECT"),  # SMTP host
    ("send_reminders", Role.RECEPTIONIST, None, "messages", "UPDATE"),  # the claim
    ("edit_recall_rules", Role.VETERINARIAN, Role.RECEPTIONIST, "recall_rules", "UPDATE"),
    ("edit_recall_rules", Role.MANAGER, Role.NURSE, "recall_rules", "INSERT"),
]


@pytest.mark.parametrize(("permission", "has", "lacks", "table", "privilege"), PERMISSION_GRANTS)
def test_a_permission_is_a_grant(
    ctx: ServiceContext, permission: str, has: Role, lacks: Role | None, table: str,
    privilege: str,
) -> None:
    db = _database(ctx)
    with psycopg.connect(databases.pg_url(db).replace("+psycopg", ""), autocommit=True) as conn:
        held = {
            role: conn.execute("SELECT has_table_privilege(%s, %s, %s)",
                               (group_role(db, role), table, privilege)).fetchone()[0]
            for role in Role
        }
    assert held[has], f"{has} should hold {privilege} on {table} ({permission})"
    if lacks is not None:
        assert not held[lacks], f"{lacks} must not hold {privilege} on {table} ({permission})"


def test_only_administrators_may_call_the_user_functions(ctx: ServiceContext) -> None:
    db = _database(ctx)
    with psycopg.connect(databases.pg_url(db).replace("+psycopg", ""), autocommit=True) as conn:
        allowed = {
            role: conn.execute(
                "SELECT has_function_privilege(%s, 'vetdesk_create_user(text, text, text, text, "
                "text, text, text)', 'EXECUTE')", (group_role(db, role),)).fetchone()[0]
            for role in Role
        }
    assert allowed == {Role.RECEPTIONIST: False, Role.NURSE: False, Role.VETERINARIAN: False,
                       Role.MANAGER: False, Role.ADMINISTRATOR: True}


# -- the attacks of issue 7, each refused ----------------------------------------------------


def test_no_staff_role_reads_or_changes_password_data_or_users(
    ctx: ServiceContext, admin: Actor, receptionist: Actor
) -> None:
    for username in ("kari", "admin"):
        with raw_connection(ctx, username) as conn:
            for statement in (
                "SELECT password_hash FROM users",
                "SELECT failed_signins FROM users",
                "SELECT rolpassword FROM pg_authid",
                "UPDATE users SET role = 'administrator' WHERE username = 'kari'",
                "UPDATE users SET password_hash = 'x'",
                "INSERT INTO users (username, full_name, role, active, failed_signins, "
                "created_at) VALUES ('x', 'X', 'administrator', true, 0, now())",
                "DELETE FROM users",
                f"ALTER ROLE \"{role_of(ctx, username)}\" CREATEROLE",
                f"GRANT \"{_database(ctx)}_administrator\" TO \"{role_of(ctx, 'kari')}\"",
            ):
                with pytest.raises((Denied, psycopg.errors.InsufficientPrivilege)):
                    conn.execute(statement)
            # What everyone may see of colleagues: names and roles.
            assert conn.execute("SELECT count(*) FROM users").fetchone() == (2,)


def test_a_receptionist_cannot_read_journals_or_write_clinical_records(
    ctx: ServiceContext, vet: Actor, receptionist: Actor
) -> None:
    patient = add_patient(ctx)
    write_and_sign(ctx, vet, consultation(patient.animal_id, ctx.clock.now()))
    with raw_connection(ctx, "kari") as conn:
        for statement in (
            "SELECT content FROM journal_versions",
            "SELECT data FROM journal_attachments",
            "SELECT content FROM journal_drafts",
            "SELECT * FROM prescriptions",
            "INSERT INTO journal_versions (id) VALUES (gen_random_uuid())",
            "INSERT INTO prescriptions (id) VALUES (gen_random_uuid())",
            "SELECT * FROM audit_events",
        ):
            with pytest.raises(Denied):
                conn.execute(statement)


def test_no_staff_role_changes_an_append_only_table_or_switches_a_guard_off(
    ctx: ServiceContext, vet: Actor, admin: Actor, manager: Actor
) -> None:
    patient = add_patient(ctx)
    write_and_sign(ctx, vet, consultation(patient.animal_id, ctx.clock.now()))
    for username in ("lie", "admin", "mona"):
        with raw_connection(ctx, username) as conn:
            for table in APPEND_ONLY_TABLES:
                for statement in (f"UPDATE {table} SET id = id", f"DELETE FROM {table}",
                                  f"TRUNCATE {table}",
                                  f"ALTER TABLE {table} DISABLE TRIGGER ALL"):
                    with pytest.raises(Denied):
                        conn.execute(statement)
            with pytest.raises(Denied):
                conn.execute("INSERT INTO audit_events (id) VALUES (999999)")
            with pytest.raises(Denied):
                conn.execute("SET session_replication_role = replica")


def test_a_correction_in_another_vets_name_is_refused(
    ctx: ServiceContext, vet: Actor, clinic: None
) -> None:
    """The forged insert of issue 7: a chain-valid version with another vet as author."""
    berg = make_user(ctx, "berg", Role.VETERINARIAN, full_name="Per Berg", hpr_number="7654321")
    patient = add_patient(ctx)
    entry = write_and_sign(ctx, vet, consultation(patient.animal_id, ctx.clock.now()))
    with raw_connection(ctx, "berg") as conn:
        row = conn.execute(
            "SELECT animal_id, version_no, event_time, chain_seq, hash FROM journal_versions "
            "WHERE entry_id = %s", (entry.hex,)).fetchone()
        assert row is not None
        with pytest.raises(Denied, match="in another user's name"):
            conn.execute(
                "INSERT INTO journal_versions (id, entry_id, animal_id, version_no, action, "
                "event_time, content, confidential, reason, requested_by, author_id, "
                "created_at, chain_seq, prev_hash, hash) VALUES (%s, %s, %s, 2, 'correct', %s, "
                "'{}', false, 'x', 'clinic', %s, now(), %s, %s, %s)",
                (uuid.uuid4().hex, entry.hex, row[0], row[2], vet.user_id, row[3] + 1, row[4],
                 "0" * 64))
    del berg


def test_the_audit_log_names_the_session_not_what_the_program_says(
    ctx: ServiceContext, vet: Actor, admin: Actor, manager: Actor
) -> None:
    with signed_in(ctx, vet) as desk, desk.db.transaction() as session:
        # A tampered program claims to be the administrator.
        audit.record(session, desk, admin, AuditAction.PRINT, entity_type="animal", entity_id=1)
    with ctx.db.reading() as session:
        last = session.execute(
            select(AuditEvent.user_id, AuditEvent.username, AuditEvent.action)
            .order_by(AuditEvent.id.desc()).limit(1)).one()
    assert tuple(last) == (vet.user_id, "lie", "print")
    from vetdesk.services.integrity.verify import verify_all

    assert verify_all(ctx, manager).ok  # the server's splice hashes like the program


def test_drafts_are_private_to_their_author(ctx: ServiceContext, vet: Actor, clinic: None) -> None:
    berg = make_user(ctx, "berg", Role.VETERINARIAN, full_name="Per Berg", hpr_number="7654321")
    patient = add_patient(ctx)
    form = consultation(patient.animal_id, ctx.clock.now())
    with signed_in(ctx, vet) as desk:
        save_draft(desk, vet, form)
    with raw_connection(ctx, "berg") as conn:
        assert conn.execute("SELECT count(*) FROM journal_drafts").fetchone() == (0,)
        assert conn.execute(
            "UPDATE journal_drafts SET content = '{}' WHERE id = %s", (form.id.hex,)
        ).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO journal_drafts (id, animal_id, author_id, kind, event_time, "
                "content, confidential, started_at, saved_at) VALUES (%s, %s, %s, "
                "'note', now(), '{}', false, now(), now())",
                (uuid.uuid4().hex, patient.animal_id, vet.user_id))
    with ctx.db.reading() as session:
        assert session.get(JournalDraft, form.id) is not None
    del berg


# -- the day's work as real roles ------------------------------------------------------------


def test_the_front_desk_and_the_journal_work_as_real_roles(
    ctx: ServiceContext, vet: Actor, receptionist: Actor, manager: Actor
) -> None:
    from tests.support.front_desk import add_animal, add_client

    with signed_in(ctx, receptionist) as desk:
        saved = add_client(desk, receptionist, "Kari", "Ødegård", phone="91234567")
        add_animal(desk, receptionist, saved.client_id, "Bamse", chip="578093000123456")
        for typed in ("odeg", "4567", "578093000123456", "bams"):
            assert [o.client_id for o in search(desk, receptionist, typed).owners] == [
                saved.client_id]
        card = open_client_card(desk, receptionist, saved.client_id)
        animal_id = card.animals[0].animal_id
    with signed_in(ctx, vet) as room:
        form = consultation(animal_id, ctx.clock.now())
        save_draft(room, vet, form)
        result = sign_draft(room, vet, form.id)
    assert result.version_no == 1
    from vetdesk.services.integrity.verify import verify_all

    with signed_in(ctx, manager) as office:
        assert verify_all(office, manager).ok


def test_a_service_check_and_the_grant_each_refuse(
    ctx: ServiceContext, vet: Actor, receptionist: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both layers hold on their own: with the program's check removed, the grant refuses."""
    from vetdesk.services import permissions

    patient = add_patient(ctx)
    write_and_sign(ctx, vet, consultation(patient.animal_id, ctx.clock.now()))
    with signed_in(ctx, receptionist) as desk:
        with pytest.raises(PermissionDenied):
            chart.chart_header(desk, receptionist, patient.animal_id)
        monkeypatch.setattr(permissions.Actor, "can", lambda self, permission: True)
        with pytest.raises(PermissionDenied, match="database refused"):
            chart.chart_header(desk, receptionist, patient.animal_id)


# -- user administration ----------------------------------------------------------------------


def test_deactivating_ends_open_sessions_at_once(
    ctx: ServiceContext, admin: Actor, vet: Actor
) -> None:
    with raw_connection(ctx, "lie") as open_session, signed_in(ctx, vet) as desk:
        accounts.deactivate_user(ctx, admin, vet.user_id)
        with pytest.raises(psycopg.OperationalError):
            open_session.execute("SELECT 1")
        # The program's own connection: one sentence, first that it was cut, then why.
        with pytest.raises(ConnectionLost, match="connection to the database server was lost"):
            chart.my_day(desk, vet)
        with pytest.raises(AccountDeactivated, match="deactivated"):
            chart.my_day(desk, vet)
    with pytest.raises(AccountDeactivated, match="deactivated"), signed_in(ctx, vet):
        pass
    accounts.reactivate_user(ctx, admin, vet.user_id)
    with signed_in(ctx, vet):
        pass


def test_a_role_change_moves_the_person_to_exactly_one_other_group(
    ctx: ServiceContext, admin: Actor, receptionist: Actor
) -> None:
    db = _database(ctx)
    with signed_in(ctx, admin) as office:
        changed = accounts.change_role(office, admin, receptionist.user_id, Role.NURSE)
    assert changed.role is Role.NURSE
    with databases.pg_admin() as conn:
        groups = [r[0] for r in conn.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s ORDER BY 1",
            (f"{db}_kari",))]
    assert groups == sorted([f"{db}_nurse", STAFF_ROLE])
    with raw_connection(ctx, "kari") as conn:
        conn.execute("SELECT count(*) FROM journal_versions")  # a nurse reads journals


def test_a_password_reaches_the_server_only_as_a_scram_verifier(
    ctx: ServiceContext, admin: Actor, vet: Actor
) -> None:
    sent: list[str] = []
    with signed_in(ctx, admin) as office:
        from sqlalchemy import event

        @event.listens_for(office.db.engine, "before_cursor_execute")
        def _record(_c: object, _cur: object, statement: str, params: object, *_: object) -> None:
            sent.append(f"{statement} {params!r}")

        accounts.reset_password(office, admin, vet.user_id, "brand new secret")
    assert sent and not any("brand new secret" in s for s in sent)
    assert any("SCRAM-SHA-256$4096:" in s for s in sent)
    with databases.pg_admin() as conn:
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s",
                              (role_of(ctx, "lie"),)).fetchone()
    assert stored is not None and stored[0].startswith("SCRAM-SHA-256$4096:")
    with signed_in(ctx, vet, password="brand new secret"):
        pass


def test_the_user_functions_check_the_caller_even_if_a_grant_slipped(
    ctx: ServiceContext, manager: Actor, vet: Actor
) -> None:
    """Defence in depth: were EXECUTE granted by mistake, the function itself still refuses."""
    db = _database(ctx)
    grant = (f"EXECUTE ON FUNCTION vetdesk_set_active(integer, boolean, text) "
             f'TO "{group_role(db, Role.MANAGER)}"')
    with psycopg.connect(databases.pg_url(db).replace("+psycopg", ""), autocommit=True) as owner:
        owner.execute(f"GRANT {grant}")
        try:
            with raw_connection(ctx, "mona") as conn, pytest.raises(
                    Denied, match="may not manage user accounts"):
                conn.execute("SELECT vetdesk_set_active(%s, false, 'x')", (vet.user_id,))
        finally:
            owner.execute(f"REVOKE {grant.replace(' TO ', ' FROM ')}")


def test_every_staff_member_may_check_the_workstation_tip_but_read_no_more_of_the_log(
    ctx: ServiceContext, receptionist: Actor
) -> None:
    with raw_connection(ctx, "kari") as conn:
        conn.execute("SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1")
        for column in ("username", "details", "client_id"):
            with pytest.raises(Denied):
                conn.execute(f"SELECT {column} FROM audit_events")


def test_a_non_administrator_is_refused_by_the_server_too(
    ctx: ServiceContext, manager: Actor, vet: Actor
) -> None:
    with raw_connection(ctx, "mona") as conn:
        with pytest.raises(Denied):
            conn.execute("SELECT vetdesk_set_active(%s, false, 'x')", (vet.user_id,))
        with pytest.raises(Denied):
            conn.execute("SELECT vetdesk_create_user('evil', 'Evil', 'administrator', NULL, "
                         "NULL, 'SCRAM-SHA-256$4096:x', 'x')")


# -- faults: one sentence each, nothing changed ------------------------------------------------


def test_a_person_whose_role_is_missing_on_the_server_gets_the_plain_refusal(
    ctx: ServiceContext, vet: Actor
) -> None:
    with databases.pg_admin() as conn:
        conn.execute(f'DROP ROLE "{role_of(ctx, "lie")}"')
    with pytest.raises(AuthenticationFailed, match="username or password is wrong"), \
            signed_in(ctx, vet):
        pass


def test_an_owner_who_may_not_create_roles_is_told_what_to_do(pg_template: str) -> None:
    import io

    from vetdesk.cli import main
    from vetdesk.cli.environment import CliEnvironment
    from vetdesk.security.credentials import MemoryCredentialStore

    suffix = uuid.uuid4().hex[:6]
    owner, name = f"vetdesk_plainowner_{suffix}", f"{pg_template.split('_tmpl_')[0]}_own_{suffix}"
    with databases.pg_admin() as conn:
        conn.execute(f'CREATE ROLE "{owner}" LOGIN NOCREATEROLE')
        conn.execute(f'CREATE DATABASE "{name}" OWNER "{owner}"')
    try:
        out, err = io.StringIO(), io.StringIO()
        env = CliEnvironment(out=out, err=err, stdin=io.StringIO(""),
                             credentials=MemoryCredentialStore(), environ={})
        code = main(["--database", databases.pg_url(name, user=owner), "db", "upgrade"], env=env)
        assert code == 2, err.getvalue()
        assert "may not set up the staff roles" in err.getvalue()
        assert "CREATEROLE" in err.getvalue()
        assert "Traceback" not in err.getvalue()
    finally:
        databases.drop_pg_database(name)
        with databases.pg_admin() as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{owner}"')


# -- the journal's one-call writes (issue 9) run with the caller's own rights -----------------


def test_the_sign_function_does_not_sign_another_vets_draft(
    ctx: ServiceContext, vet: Actor, clinic: None
) -> None:
    """A program tampered to call the sign function on Lie's draft, connected as Berg."""
    from sqlalchemy.exc import DBAPIError

    from vetdesk.services.journal import server_writes
    from vetdesk.services.journal.signing import _first_version

    berg = make_user(ctx, "berg", Role.VETERINARIAN, full_name="Per Berg", hpr_number="7654321")
    patient = add_patient(ctx)
    form = consultation(patient.animal_id, ctx.clock.now())
    with signed_in(ctx, vet) as desk:
        save_draft(desk, vet, form)
    with ctx.db.reading() as session:
        found = server_writes.draft_to_sign(session, form.id)
    assert found is not None
    for claimed in (vet, berg):
        with signed_in(ctx, berg) as desk, pytest.raises(DBAPIError) as refused:
            server_writes.sign(desk, claimed, found, _first_version(found.draft),
                               ctx.clock.now())
        assert server_writes.sqlstate(refused.value) == "VD001"  # no such draft, for Berg
    with ctx.db.reading() as session:
        assert session.get(JournalDraft, form.id) is not None


def test_the_version_function_refuses_a_correction_in_another_vets_name(
    ctx: ServiceContext, vet: Actor, receptionist: Actor, clinic: None
) -> None:
    from vetdesk.services.journal import server_writes
    from vetdesk.services.journal.corrections import _void_fields

    berg = make_user(ctx, "berg", Role.VETERINARIAN, full_name="Per Berg", hpr_number="7654321")
    patient = add_patient(ctx)
    entry = write_and_sign(ctx, vet, consultation(patient.animal_id, ctx.clock.now()))
    with ctx.db.reading() as session:
        found = server_writes.entry_to_change(session, entry)
    assert found is not None
    in_lies_name = _void_fields(vet, found.current, "Feil dyr", Requester.CLINIC)
    with signed_in(ctx, berg) as desk, pytest.raises(PermissionDenied, match="refused"):
        server_writes.add_version(desk, berg, found, in_lies_name, ctx.clock.now())
    # The front desk may not add a version even in its own name.
    own_name = _void_fields(receptionist, found.current, "Feil dyr", Requester.CLINIC)
    with signed_in(ctx, receptionist) as desk, pytest.raises(PermissionDenied, match="refused"):
        server_writes.add_version(desk, receptionist, found, own_name, ctx.clock.now())
    with ctx.db.reading() as session:
        assert session.execute(text(
            "SELECT count(*) FROM journal_versions WHERE entry_id = :e"), {"e": entry.hex}
        ).scalar() == 1
    del berg


def test_the_save_function_does_not_overwrite_another_vets_draft(
    ctx: ServiceContext, vet: Actor, clinic: None
) -> None:
    from sqlalchemy.exc import DBAPIError

    from vetdesk.services.journal import server_writes
    from vetdesk.services.journal.drafts import _clean

    berg = make_user(ctx, "berg", Role.VETERINARIAN, full_name="Per Berg", hpr_number="7654321")
    patient = add_patient(ctx)
    form = consultation(patient.animal_id, ctx.clock.now())
    with signed_in(ctx, vet) as desk:
        save_draft(desk, vet, form)
    overwrite = _clean(replace(form, content={"anamnesis": "overskrevet"}))
    with signed_in(ctx, berg) as desk:
        for claimed in (berg, vet):
            with pytest.raises((DBAPIError, PermissionDenied)):
                server_writes.save_draft(desk, claimed, overwrite, ctx.clock.now())
    with ctx.db.reading() as session:
        draft = session.get(JournalDraft, form.id)
        assert draft is not None and draft.content == form.content

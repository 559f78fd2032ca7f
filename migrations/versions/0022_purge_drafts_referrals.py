"""The retention purge also deletes a purged animal's journal drafts and referrals

Revision ID: 0022
Revises: 0021
Create Date: 2026-11-30

PostgreSQL only: the server's purge function (vetdesk/db/security/retention.py) now deletes a
purged animal's unsigned journal drafts (with their files) and its referrals and lab requests
(with their items), and counts both in two more result columns. The function itself is the
program's: ``vetdesk db upgrade`` creates it after the migrations with its grants
(vetdesk/db/security/apply.py: execute for the manager's group only, nothing for PUBLIC) and
its settings (SECURITY DEFINER, search_path), as for every version before. But CREATE OR
REPLACE cannot change a function's result columns, so the previous version is dropped here
(same arguments) and apply.py creates the new one right after, with the same grants.

The downgrade puts the previous version back as it was: the body below (frozen, as the program
generated it before this change), SECURITY DEFINER with the same search_path, execute revoked
from PUBLIC and granted to the manager's group.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0022"
down_revision: str | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SIGNATURE = ("vetdesk_retention_purge(timestamptz, timestamptz, timestamptz, timestamptz, "
              "integer[], text)")

# The species' life expectancy as the previous version had it.
_LIFESPAN = (
    "CASE facts.species "
    "WHEN 'bird' THEN 80 "
    "WHEN 'cat' THEN 25 "
    "WHEN 'cattle' THEN 25 "
    "WHEN 'dog' THEN 20 "
    "WHEN 'ferret' THEN 12 "
    "WHEN 'goat' THEN 20 "
    "WHEN 'guinea_pig' THEN 10 "
    "WHEN 'horse' THEN 40 "
    "WHEN 'other' THEN 100 "
    "WHEN 'pig' THEN 20 "
    "WHEN 'poultry' THEN 15 "
    "WHEN 'rabbit' THEN 15 "
    "WHEN 'reptile' THEN 100 "
    "WHEN 'sheep' THEN 20 ELSE 100 END"
)

# Frozen here: the function as the program created it before this migration.
_PREVIOUS_PURGE = """
CREATE OR REPLACE FUNCTION vetdesk_retention_purge(
    p_messages_before timestamptz,
    p_invoices_before timestamptz,
    p_requests_before timestamptz,
    p_audit_before timestamptz,
    p_animals integer[],
    p_workstation text,
    OUT messages integer,
    OUT invoices integer,
    OUT invoice_lines integer,
    OUT privacy_requests integer,
    OUT journal_chains integer,
    OUT journal_versions integer,
    OUT journal_entries integer,
    OUT journal_attachments integer,
    OUT prescriptions integer,
    OUT audit_events integer
)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    actor record;
    purged_animal integer;
    entry_ids text[];
    lifespan integer;
    facts record;
    last_event timestamptz;
    tip record;
    n integer;
    counts jsonb;
    cuts jsonb := '[]';
    purged_chains jsonb := '{}';
    cut_first bigint;
    cut_last bigint;
    cut_hash text;
    newest bigint;
    young bigint;
    tips jsonb := '{}';
    carried jsonb := '{}';
    details jsonb;
    event_id bigint;
    cut jsonb;
BEGIN
    SELECT * INTO actor FROM vetdesk_acting_user();
    IF NOT actor.maintenance AND actor.role IS DISTINCT FROM 'manager' THEN
        RAISE EXCEPTION '% may not purge data past its retention', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_messages_before > now() - interval '12 months' + interval '1 day'
       OR p_invoices_before > make_timestamptz(
           extract(year FROM now())::integer - 5, 1, 1, 0, 0, 0, 'UTC')
           + interval '1 day'
       OR p_requests_before > now() - interval '3 years' + interval '1 day'
       OR p_audit_before > now() - interval '2 years' + interval '1 day'
    THEN
        RAISE EXCEPTION 'a retention cut-off is younger than its rule'
            USING ERRCODE = 'check_violation';
    END IF;
    DELETE FROM messages m WHERE m.queued_at < p_messages_before;
    GET DIAGNOSTICS messages = ROW_COUNT;
    DELETE FROM invoice_lines l USING invoices i
    WHERE l.invoice_id = i.id AND i.issued_at < p_invoices_before;
    GET DIAGNOSTICS invoice_lines = ROW_COUNT;
    DELETE FROM invoices i WHERE i.issued_at < p_invoices_before;
    GET DIAGNOSTICS invoices = ROW_COUNT;
    -- A request an erasure answered stays with the erasure log that names it.
    DELETE FROM privacy_requests r
    WHERE r.completed_at < p_requests_before
      AND NOT EXISTS (SELECT 1 FROM privacy_erasures e WHERE e.privacy_request_id = r.id);
    GET DIAGNOSTICS privacy_requests = ROW_COUNT;

    -- The append-only guard lets DELETE through for the owner while this is set (0013).
    PERFORM set_config('vetdesk.retention_purge', 'on', true);
    journal_chains := 0; journal_versions := 0; journal_entries := 0;
    journal_attachments := 0; prescriptions := 0; audit_events := 0;
    FOREACH purged_animal IN ARRAY coalesce(p_animals, '{}'::integer[]) LOOP
        -- No version is added to the chain while it goes (the journal writers' lock).
        PERFORM pg_advisory_xact_lock(1447316017, purged_animal);
        SELECT a.species, a.birth_date, a.deceased_on INTO facts
        FROM animals a WHERE a.id = purged_animal;
        lifespan := """ + _LIFESPAN + """;
        SELECT max(v.event_time) INTO last_event
        FROM journal_versions v WHERE v.animal_id = purged_animal;
        IF last_event IS NULL
           OR last_event > now() - interval '10 years' + interval '1 day'
           OR NOT (facts.deceased_on IS NOT NULL OR (
               facts.birth_date IS NOT NULL
               AND facts.birth_date + make_interval(years => lifespan) <= current_date + 1))
        THEN
            RAISE EXCEPTION 'the journal of animal % is not past its retention', purged_animal
                USING ERRCODE = 'check_violation';
        END IF;
        SELECT v.chain_seq, v.hash, count(*) OVER () AS versions INTO tip
        FROM journal_versions v WHERE v.animal_id = purged_animal
        ORDER BY v.chain_seq DESC LIMIT 1;
        entry_ids := ARRAY(SELECT e.id FROM journal_entries e
                           WHERE e.animal_id = purged_animal);
        -- Recalls and referrals are not the journal's: only their links to it go.
        UPDATE reminders r SET journal_entry_id = NULL WHERE r.journal_entry_id = ANY(entry_ids);
        UPDATE referrals r SET report_entry_id = NULL WHERE r.report_entry_id = ANY(entry_ids);
        DELETE FROM referral_items ri
        WHERE ri.journal_entry_id = ANY(entry_ids)
           OR ri.attachment_id IN (SELECT f.id FROM journal_attachments f
                                   WHERE f.entry_id = ANY(entry_ids));
        GET DIAGNOSTICS n = ROW_COUNT;
        counts := jsonb_build_object('referral_items', n);
        DELETE FROM medicine_reports mr WHERE mr.prescription_item_id IN (
            SELECT i.id FROM prescription_items i JOIN prescriptions p ON p.id = i.prescription_id
            WHERE p.animal_id = purged_animal OR p.journal_entry_id = ANY(entry_ids));
        GET DIAGNOSTICS n = ROW_COUNT;
        counts := counts || jsonb_build_object('medicine_reports', n);
        DELETE FROM prescription_cancellations c WHERE c.prescription_id IN (
            SELECT p.id FROM prescriptions p
            WHERE p.animal_id = purged_animal OR p.journal_entry_id = ANY(entry_ids));
        GET DIAGNOSTICS n = ROW_COUNT;
        counts := counts || jsonb_build_object('prescription_cancellations', n);
        DELETE FROM prescription_items i WHERE i.prescription_id IN (
            SELECT p.id FROM prescriptions p
            WHERE p.animal_id = purged_animal OR p.journal_entry_id = ANY(entry_ids));
        GET DIAGNOSTICS n = ROW_COUNT;
        counts := counts || jsonb_build_object('prescription_items', n);
        DELETE FROM prescriptions p
        WHERE p.animal_id = purged_animal OR p.journal_entry_id = ANY(entry_ids);
        GET DIAGNOSTICS n = ROW_COUNT;
        counts := counts || jsonb_build_object('prescriptions', n);
        prescriptions := prescriptions + n;
        -- Medicine given in the clinic (issue 12) is the journal's too: its note is an entry.
        DELETE FROM medicine_given_reports r WHERE r.medicine_given_id IN (
            SELECT g.id FROM medicine_given g
            WHERE g.animal_id = purged_animal OR g.journal_entry_id = ANY(entry_ids));
        GET DIAGNOSTICS n = ROW_COUNT;
        counts := counts || jsonb_build_object('medicine_given_reports', n);
        DELETE FROM medicine_given_voids x WHERE x.medicine_given_id IN (
            SELECT g.id FROM medicine_given g
            WHERE g.animal_id = purged_animal OR g.journal_entry_id = ANY(entry_ids));
        GET DIAGNOSTICS n = ROW_COUNT;
        counts := counts || jsonb_build_object('medicine_given_voids', n);
        DELETE FROM medicine_given g
        WHERE g.animal_id = purged_animal OR g.journal_entry_id = ANY(entry_ids);
        GET DIAGNOSTICS n = ROW_COUNT;
        counts := counts || jsonb_build_object('medicine_given', n);
        DELETE FROM journal_versions v WHERE v.animal_id = purged_animal;
        GET DIAGNOSTICS n = ROW_COUNT;
        counts := counts || jsonb_build_object('journal_versions', n);
        journal_versions := journal_versions + n;
        DELETE FROM journal_attachments f WHERE f.entry_id = ANY(entry_ids);
        GET DIAGNOSTICS n = ROW_COUNT;
        counts := counts || jsonb_build_object('journal_attachments', n);
        journal_attachments := journal_attachments + n;
        DELETE FROM journal_entries e WHERE e.id = ANY(entry_ids);
        GET DIAGNOSTICS n = ROW_COUNT;
        counts := counts || jsonb_build_object('journal_entries', n);
        journal_entries := journal_entries + n;
        journal_chains := journal_chains + 1;
        purged_chains := purged_chains || jsonb_build_object(purged_animal::text, tip.hash);
        cuts := cuts || jsonb_build_array(jsonb_build_object(
            'chain', 'journal', 'animal_id', purged_animal, 'first_seq', 1,
            'last_seq', tip.chain_seq, 'rows', tip.versions, 'last_hash', tip.hash,
            'counts', counts, 'rule', 'journal',
            'cutoff', now() - interval '10 years'));
    END LOOP;

    -- The oldest audit rows, as a run: cut at the first younger row; the newest row stays
    -- so the purge's own row links to it. No row is appended meanwhile (the chain's lock).
    PERFORM pg_advisory_xact_lock(6216467512852433665);
    SELECT min(a.id), max(a.id) INTO cut_first, newest FROM audit_events a;
    SELECT min(a.id) INTO young FROM audit_events a WHERE a.occurred_at >= p_audit_before;
    cut_last := least(newest - 1, coalesce(young - 1, newest));
    IF cut_first IS NOT NULL AND cut_last >= cut_first THEN
        SELECT a.hash INTO cut_hash FROM audit_events a WHERE a.id = cut_last;
        -- What the deleted rows anchored and is kept: per journal chain its newest anchored
        -- version (with the hash the log recorded), and each prescription.
        WITH named AS (
            SELECT e.key AS version_hex, e.value AS digest, a.id AS audit_id
            FROM audit_events a, json_each_text(CASE WHEN json_typeof(a.details -> 'version_hashes') = 'object' THEN a.details -> 'version_hashes' END) e
            WHERE a.id <= cut_last
            UNION ALL
            SELECT split_part(t.value, ':', 1), split_part(t.value, ':', 2), a.id
            FROM audit_events a, json_each_text(CASE WHEN json_typeof(a.details -> 'chain_tips') = 'object' THEN a.details -> 'chain_tips' END) t
            WHERE a.id <= cut_last AND a.entity_type = 'retention_purge'
        ), latest AS (
            SELECT DISTINCT ON (version_hex) version_hex, digest
            FROM named ORDER BY version_hex, audit_id DESC
        ), kept AS (
            SELECT DISTINCT ON (v.animal_id) v.animal_id, l.version_hex, l.digest
            FROM latest l JOIN journal_versions v ON v.id = l.version_hex
            ORDER BY v.animal_id, v.chain_seq DESC
        )
        SELECT coalesce(jsonb_object_agg(k.animal_id::text, k.version_hex || ':' || k.digest),
                        '{}')
        INTO tips FROM kept k;
        WITH named AS (
            SELECT a.entity_id AS rx_hex, a.details ->> 'prescription_hash' AS digest,
                   a.id AS audit_id
            FROM audit_events a
            WHERE a.id <= cut_last AND a.entity_type = 'prescription' AND a.action = 'create'
              AND a.entity_id IS NOT NULL
              AND json_typeof(a.details -> 'prescription_hash') = 'string'
            UNION ALL
            SELECT c.key, split_part(c.value, ':', 2), a.id
            FROM audit_events a, json_each_text(CASE WHEN json_typeof(a.details -> 'prescription_hashes') = 'object' THEN a.details -> 'prescription_hashes' END) c
            WHERE a.id <= cut_last AND a.entity_type = 'retention_purge'
        ), latest AS (
            SELECT DISTINCT ON (rx_hex) rx_hex, digest
            FROM named ORDER BY rx_hex, audit_id DESC
        )
        SELECT coalesce(jsonb_object_agg(l.rx_hex, p.animal_id::text || ':' || l.digest),
                        '{}')
        INTO carried FROM latest l JOIN prescriptions p ON p.id = l.rx_hex;
        DELETE FROM audit_events a WHERE a.id <= cut_last;
        GET DIAGNOSTICS audit_events = ROW_COUNT;
        cuts := cuts || jsonb_build_array(jsonb_build_object(
            'chain', 'audit', 'animal_id', NULL, 'first_seq', cut_first, 'last_seq', cut_last,
            'rows', audit_events, 'last_hash', cut_hash,
            'counts', jsonb_build_object(
                'chain_tips', (SELECT count(*) FROM jsonb_object_keys(tips)),
                'prescription_hashes', (SELECT count(*) FROM jsonb_object_keys(carried))),
            'rule', 'audit', 'cutoff', p_audit_before));
    END IF;
    PERFORM set_config('vetdesk.retention_purge', 'off', true);

    -- Counts, ids and hashes only, as the program writes them on SQLite.
    details := jsonb_build_object(
        'messages', messages::text, 'invoices', invoices::text,
        'invoice_lines', invoice_lines::text, 'privacy_requests', privacy_requests::text,
        'journal_chains', journal_chains::text, 'journal_versions', journal_versions::text,
        'journal_entries', journal_entries::text,
        'journal_attachments', journal_attachments::text,
        'prescriptions', prescriptions::text, 'audit_events', audit_events::text,
        'purged_journals', purged_chains, 'chain_tips', tips,
        'prescription_hashes', carried);
    IF audit_events > 0 THEN
        details := details || jsonb_build_object(
            'audit_last', cut_last::text, 'audit_last_hash', cut_hash,
            'audit_rows', audit_events::text);
    END IF;
    event_id := vetdesk_audit_server_event(
        'erase', 'retention_purge', NULL, details, p_workstation);
    FOR cut IN SELECT value FROM jsonb_array_elements(cuts) LOOP
        INSERT INTO chain_purges (chain, animal_id, first_seq, last_seq, rows, last_hash,
                                  counts, rule, cutoff, purged_at, purged_by_id,
                                  audit_event_id)
        VALUES (cut ->> 'chain', (cut ->> 'animal_id')::integer,
                (cut ->> 'first_seq')::bigint, (cut ->> 'last_seq')::bigint,
                (cut ->> 'rows')::integer, cut ->> 'last_hash', (cut -> 'counts')::json,
                cut ->> 'rule', (cut ->> 'cutoff')::timestamptz, clock_timestamp(),
                actor.user_id, event_id);
    END LOOP;
END
$$
"""

# The manager's group of this database (vetdesk/db/security/naming.py, group_role), when the
# roles were set up.
_GRANT_TO_MANAGERS = f"""
DO $$
DECLARE
    managers text := lower(current_database() || '_manager');
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = managers) THEN
        EXECUTE format('GRANT EXECUTE ON FUNCTION {_SIGNATURE} TO %I', managers);
    END IF;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {_SIGNATURE}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    conn = op.get_bind()
    conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {_SIGNATURE}")
    # Straight to the driver, as apply.py sends it: no parameters, so % is literal.
    conn.exec_driver_sql(_PREVIOUS_PURGE.replace("%", "%%"))
    conn.exec_driver_sql(f"REVOKE ALL ON FUNCTION {_SIGNATURE} FROM PUBLIC")
    conn.exec_driver_sql(_GRANT_TO_MANAGERS.replace("%", "%%"))

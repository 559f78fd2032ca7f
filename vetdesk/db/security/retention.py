"""The retention purge (issue 10): one owner-defined function, callable by the practice
manager's group only, that deletes what is past its retention and writes its own audit row.

SECURITY DEFINER so no staff role needs DELETE on the tables it purges (none has it: the
guards stay in force for everyone else). The program sends the cut-offs and the animals it
listed; the server refuses any cut-off younger than the rule (with a day's slack for the
clinic's time zone) and any animal whose journal is not past its retention (an entry in the
last ten years, or not presumed dead), so a caller cannot use the function to delete recent
data.

The append-only, hash-chained tables are purged here too (issue 10), the way the program does
on SQLite (vetdesk/services/privacy/chain_purge.py): an animal's whole journal chain with its
files, prescriptions, medicine given, unsigned drafts and referrals, and the oldest audit
rows, the first kept row anchored on the last deleted one. The append-only guard lets these
DELETEs through only while the function's transaction-local flag is set and it runs as the
owner (migration 0019). Each cut goes into ``chain_purges`` and into the function's own audit
row, which also carries forward what the deleted audit rows anchored (domain/integrity.py,
the purge keys), so ``vetdesk verify`` still proves everything that is kept.

The audit rows it deletes are verified by the program first (the hash's canonical form is
the program's): walked in a read before the purge's transaction, then, under the locks the
function takes again (:data:`TAKE_PURGE_LOCKS`), walked again only if the cut has moved
(services/privacy/retention.py). ``vetdesk db upgrade`` creates the function after the
migrations (apply.py); migration 0022 dropped the version before drafts and referrals were
counted, as its result columns changed, and its downgrade puts that version back.
"""

from __future__ import annotations

from vetdesk.db.security.journal_writes import CHAIN_LOCK_CLASS
from vetdesk.domain import privacy_rules as rules
from vetdesk.domain.integrity import (
    ANCHORED_VERSIONS_KEY,
    AUDIT_LAST_HASH_KEY,
    AUDIT_LAST_KEY,
    AUDIT_ROWS_KEY,
    CHAIN_TIPS_KEY,
    PRESCRIPTION_ANCHOR_KEY,
    PRESCRIPTION_HASHES_KEY,
    PURGE_ENTITY,
    PURGED_JOURNALS_KEY,
)
from vetdesk.domain.permissions import ROLE_PERMISSIONS, Permission

# Serialises writers of the audit chain (functions.AUDIT_CHAIN_LOCK_KEY; not imported, as
# functions.py imports this module).
_AUDIT_CHAIN_LOCK_KEY = 0x5645_5444_4553_4B01

# The species' life expectancy as the program has it (domain/privacy_rules.py).
_LIFESPAN = ("CASE facts.species " + " ".join(
    f"WHEN '{species}' THEN {years}" for species, years
    in sorted(rules.LIFE_EXPECTANCY_YEARS.items())) + " ELSE 100 END")


def _json_map(source: str, key: str) -> str:
    """The object at ``key`` of ``source`` (json), or nothing when it is not an object."""
    return (f"json_each_text(CASE WHEN json_typeof({source} -> '{key}') = 'object' "
            f"THEN {source} -> '{key}' END)")


RETENTION_PURGE = f"""
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
    OUT audit_events integer,
    OUT journal_drafts integer,
    OUT referrals integer
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
    purged_chains jsonb := '{{}}';
    cut_first bigint;
    cut_last bigint;
    cut_hash text;
    newest bigint;
    young bigint;
    tips jsonb := '{{}}';
    carried jsonb := '{{}}';
    details jsonb;
    event_id bigint;
    cut jsonb;
BEGIN
    SELECT * INTO actor FROM vetdesk_acting_user();
    IF NOT actor.maintenance AND actor.role IS DISTINCT FROM 'manager' THEN
        RAISE EXCEPTION '% may not purge data past its retention', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_messages_before > now() - interval '{rules.MESSAGE_MONTHS} months' + interval '1 day'
       OR p_invoices_before > make_timestamptz(
           extract(year FROM now())::integer - {rules.ACCOUNTS_YEARS}, 1, 1, 0, 0, 0, 'UTC')
           + interval '1 day'
       OR p_requests_before > now() - interval '{rules.REQUEST_YEARS} years' + interval '1 day'
       OR p_audit_before > now() - interval '{rules.MIN_AUDIT_YEARS} years' + interval '1 day'
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
    journal_drafts := 0; referrals := 0;
    FOREACH purged_animal IN ARRAY coalesce(p_animals, '{{}}'::integer[]) LOOP
        -- No version is added to the chain while it goes (the journal writers' lock).
        PERFORM pg_advisory_xact_lock({CHAIN_LOCK_CLASS}, purged_animal);
        SELECT a.species, a.birth_date, a.deceased_on INTO facts
        FROM animals a WHERE a.id = purged_animal;
        lifespan := {_LIFESPAN};
        -- The last entry made: each version counts from the later of the event and when it
        -- was written, and a draft saved or a referral made counts too: the journal is in use
        -- (services/privacy/chain_purge.py, journals_due).
        SELECT greatest(max(v.event_time), max(v.created_at),
                        (SELECT max(d.saved_at) FROM journal_drafts d
                         WHERE d.animal_id = purged_animal),
                        (SELECT max(r.created_at) FROM referrals r
                         WHERE r.animal_id = purged_animal)) INTO last_event
        FROM journal_versions v WHERE v.animal_id = purged_animal;
        IF last_event IS NULL
           OR last_event > now() - interval '{rules.JOURNAL_YEARS} years' + interval '1 day'
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
        -- Recalls and other animals' referrals are not the journal's: only their links to
        -- it go. The animal's own referrals and lab requests go whole (their reason, summary
        -- and question are clinical text); the disclosures they recorded stay in the log.
        UPDATE reminders r SET journal_entry_id = NULL WHERE r.journal_entry_id = ANY(entry_ids);
        UPDATE referrals r SET report_entry_id = NULL WHERE r.report_entry_id = ANY(entry_ids);
        DELETE FROM referral_items ri
        WHERE ri.journal_entry_id = ANY(entry_ids)
           OR ri.attachment_id IN (SELECT f.id FROM journal_attachments f
                                   WHERE f.entry_id = ANY(entry_ids))
           OR ri.referral_id IN (SELECT r.id FROM referrals r
                                 WHERE r.animal_id = purged_animal);
        GET DIAGNOSTICS n = ROW_COUNT;
        counts := jsonb_build_object('referral_items', n);
        DELETE FROM referrals r WHERE r.animal_id = purged_animal;
        GET DIAGNOSTICS n = ROW_COUNT;
        counts := counts || jsonb_build_object('referrals', n);
        referrals := referrals + n;
        -- Unsigned drafts (kept across a crash) are the journal's text not yet signed.
        DELETE FROM journal_draft_attachments da WHERE da.draft_id IN (
            SELECT d.id FROM journal_drafts d WHERE d.animal_id = purged_animal);
        DELETE FROM journal_drafts d WHERE d.animal_id = purged_animal;
        GET DIAGNOSTICS n = ROW_COUNT;
        counts := counts || jsonb_build_object('journal_drafts', n);
        journal_drafts := journal_drafts + n;
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
            'cutoff', now() - interval '{rules.JOURNAL_YEARS} years'));
    END LOOP;

    -- The oldest audit rows, as a run: cut at the first younger row; the newest row stays
    -- so the purge's own row links to it. No row is appended meanwhile (the chain's lock).
    PERFORM pg_advisory_xact_lock({_AUDIT_CHAIN_LOCK_KEY});
    SELECT min(a.id), max(a.id) INTO cut_first, newest FROM audit_events a;
    SELECT min(a.id) INTO young FROM audit_events a WHERE a.occurred_at >= p_audit_before;
    cut_last := least(newest - 1, coalesce(young - 1, newest));
    IF cut_first IS NOT NULL AND cut_last >= cut_first THEN
        SELECT a.hash INTO cut_hash FROM audit_events a WHERE a.id = cut_last;
        -- What the deleted rows anchored and is kept: per journal chain its newest anchored
        -- version (with the hash the log recorded), and each prescription.
        WITH named AS (
            SELECT e.key AS version_hex, e.value AS digest, a.id AS audit_id
            FROM audit_events a, {_json_map("a.details", ANCHORED_VERSIONS_KEY)} e
            WHERE a.id <= cut_last
            UNION ALL
            SELECT split_part(t.value, ':', 1), split_part(t.value, ':', 2), a.id
            FROM audit_events a, {_json_map("a.details", CHAIN_TIPS_KEY)} t
            WHERE a.id <= cut_last AND a.entity_type = '{PURGE_ENTITY}'
        ), latest AS (
            SELECT DISTINCT ON (version_hex) version_hex, digest
            FROM named ORDER BY version_hex, audit_id DESC
        ), kept AS (
            SELECT DISTINCT ON (v.animal_id) v.animal_id, l.version_hex, l.digest
            FROM latest l JOIN journal_versions v ON v.id = l.version_hex
            ORDER BY v.animal_id, v.chain_seq DESC
        )
        SELECT coalesce(jsonb_object_agg(k.animal_id::text, k.version_hex || ':' || k.digest),
                        '{{}}')
        INTO tips FROM kept k;
        WITH named AS (
            SELECT a.entity_id AS rx_hex, a.details ->> '{PRESCRIPTION_ANCHOR_KEY}' AS digest,
                   a.id AS audit_id
            FROM audit_events a
            WHERE a.id <= cut_last AND a.entity_type = 'prescription' AND a.action = 'create'
              AND a.entity_id IS NOT NULL
              AND json_typeof(a.details -> '{PRESCRIPTION_ANCHOR_KEY}') = 'string'
            UNION ALL
            SELECT c.key, split_part(c.value, ':', 2), a.id
            FROM audit_events a, {_json_map("a.details", PRESCRIPTION_HASHES_KEY)} c
            WHERE a.id <= cut_last AND a.entity_type = '{PURGE_ENTITY}'
        ), latest AS (
            SELECT DISTINCT ON (rx_hex) rx_hex, digest
            FROM named ORDER BY rx_hex, audit_id DESC
        )
        SELECT coalesce(jsonb_object_agg(l.rx_hex, p.animal_id::text || ':' || l.digest),
                        '{{}}')
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
        'journal_drafts', journal_drafts::text, 'referrals', referrals::text,
        '{PURGED_JOURNALS_KEY}', purged_chains, '{CHAIN_TIPS_KEY}', tips,
        '{PRESCRIPTION_HASHES_KEY}', carried);
    IF audit_events > 0 THEN
        details := details || jsonb_build_object(
            '{AUDIT_LAST_KEY}', cut_last::text, '{AUDIT_LAST_HASH_KEY}', cut_hash,
            '{AUDIT_ROWS_KEY}', audit_events::text);
    END IF;
    event_id := vetdesk_audit_server_event(
        'erase', '{PURGE_ENTITY}', NULL, details, p_workstation);
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

# A draft is visible to its author alone (row-level security, apply.py), but whoever handles
# privacy deciding what the purge may take must know that an animal has drafts, how many and
# when the last was saved: nothing of their text. The owner's function reads past the policy,
# for the roles that hold the permission (the list; the purge itself is the manager's).
_PRIVACY_ROLES = ", ".join(sorted(
    f"'{role.value}'" for role, held in ROLE_PERMISSIONS.items()
    if Permission.MANAGE_PRIVACY in held))
JOURNAL_DRAFTS_BY_ANIMAL = f"""
CREATE OR REPLACE FUNCTION vetdesk_journal_drafts_by_animal()
RETURNS TABLE (animal_id integer, drafts integer, last_saved timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    actor record;
BEGIN
    SELECT * INTO actor FROM vetdesk_acting_user();
    IF NOT actor.maintenance AND actor.role NOT IN ({_PRIVACY_ROLES}) THEN
        RAISE EXCEPTION '% may not count the journal drafts', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY SELECT d.animal_id, count(*)::integer, max(d.saved_at)
        FROM journal_drafts d GROUP BY d.animal_id;
END
$$
"""

# The locks the function takes, in its order: the program takes them before it checks the
# audit rows the function will delete (services/privacy/retention.py).
TAKE_PURGE_LOCKS = (
    f"SELECT count(pg_advisory_xact_lock({CHAIN_LOCK_CLASS}, a)) "
    "FROM unnest(CAST(:animals AS integer[])) AS a",
    f"SELECT pg_advisory_xact_lock({_AUDIT_CHAIN_LOCK_KEY})",
)

SIGNATURES: dict[str, str] = {
    "vetdesk_retention_purge(timestamptz, timestamptz, timestamptz, timestamptz, integer[], "
    "text)": "manager",
    "vetdesk_journal_drafts_by_animal()": "staff",
}
FUNCTIONS: tuple[str, ...] = (RETENTION_PURGE, JOURNAL_DRAFTS_BY_ANIMAL)
# Replaced by the signature above (issue 10: journals and the audit log purged too).
DROPPED = ("DROP FUNCTION IF EXISTS vetdesk_retention_purge(timestamptz, timestamptz, "
           "timestamptz, text)",)

"""Issuing a prescription in one statement on PostgreSQL (issue 12): the prescription, its
items, the signed journal note with the medicines and the audit row with both hashes, so
issuing costs one round trip for the write after one read.

SECURITY INVOKER on purpose, as the journal's writes (journal_writes.py): the function runs as
the staff member's own role, so the grants on ``prescriptions`` and ``journal_entries`` decide
who may issue (a nurse or receptionist is refused), and the stamping triggers refuse a
prescription or a note in another vet's name.

The program checks the form, renders the items and the prescription's hash (it depends on
nothing the server alone knows) and the journal note's canonical text in two pieces around
its chain position; the note is appended through ``vetdesk_journal_chain_append`` at the tip
of the animal's chain, and ``@@hash@@`` in the audit details stands for the note's version
hash (ids and hashes only there, never typed text).

A retry after a lost connection sends the same prescription id: the first attempt is found
and nothing is written (``issued`` false, with the prescriber of the first).
"""

from __future__ import annotations

from vetdesk.db.security.journal_writes import HASH_PLACEHOLDER

ISSUE_PRESCRIPTION = f"""
CREATE OR REPLACE FUNCTION vetdesk_issue_prescription(
    p_id text, p_animal_id integer, p_client_id integer, p_prescriber_id integer,
    p_issued_at timestamptz, p_expires_on date, p_cascade_statement text,
    p_art107_statement text, p_notes text, p_production_category text,
    p_producer_number text, p_administered_by text, p_hash text, p_items json,
    p_entry_id text, p_version_id text, p_content json, p_hash_head text, p_hash_tail text,
    p_occurred_at timestamptz, p_username text, p_details text, p_workstation text,
    p_content_head text, p_workstation_json text,
    OUT issued boolean, OUT first_prescriber_id integer
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
    note_seq integer;
    note_hash text;
    failed text;
BEGIN
    SELECT p.prescriber_id INTO first_prescriber_id FROM prescriptions p WHERE p.id = p_id;
    IF FOUND THEN
        issued := false;
        RETURN;
    END IF;
    BEGIN
        INSERT INTO journal_entries (
            id, animal_id, author_id, kind, started_at, signed_at, signed_by_id, auto_locked
        ) VALUES (
            p_entry_id, p_animal_id, p_prescriber_id, 'note', p_issued_at, p_issued_at,
            p_prescriber_id, false
        );
        SELECT c.new_seq, c.new_hash INTO note_seq, note_hash FROM vetdesk_journal_chain_append(
            p_version_id, p_entry_id, p_animal_id, 1, 'sign', p_issued_at, p_issued_at,
            p_content, NULL, NULL, false, NULL, 'clinic', p_prescriber_id, p_issued_at,
            p_hash_head, p_hash_tail) c;
        INSERT INTO prescriptions (
            id, animal_id, client_id, prescriber_id, journal_entry_id, issued_at,
            cascade_statement, notes, art107_statement, expires_on, hash, production_category,
            producer_number, administered_by
        ) VALUES (
            p_id, p_animal_id, p_client_id, p_prescriber_id, p_entry_id, p_issued_at,
            p_cascade_statement, p_notes, p_art107_statement, p_expires_on, p_hash,
            p_production_category, p_producer_number, p_administered_by
        );
        -- In the form's order, as the table-by-table path numbers them.
        INSERT INTO prescription_items (
            prescription_id, drug_id, product_name, active_substances, form, strength, quantity,
            dosage, duration_days, withdrawal_period, warnings, product_number, packs, pack_size,
            antimicrobial, vaccine, amount, amount_unit
        )
        SELECT p_id, (i.item->>'drug_id')::integer, i.item->>'product_name',
               i.item->>'active_substances', i.item->>'form', i.item->>'strength',
               i.item->>'quantity', i.item->>'dosage', (i.item->>'duration_days')::integer,
               i.item->>'withdrawal_period', i.item->>'warnings', i.item->>'product_number',
               (i.item->>'packs')::integer, i.item->>'pack_size',
               (i.item->>'antimicrobial')::boolean, (i.item->>'vaccine')::boolean,
               (i.item->>'amount')::numeric, i.item->>'amount_unit'
        FROM json_array_elements(p_items) WITH ORDINALITY AS i(item, n)
        ORDER BY i.n;
        PERFORM vetdesk_audit_append(
            p_occurred_at, p_prescriber_id, p_username, 'create', 'prescription', p_id,
            p_client_id, p_animal_id, replace(p_details, '{HASH_PLACEHOLDER}', note_hash)::json,
            p_workstation, replace(p_content_head, '{HASH_PLACEHOLDER}', note_hash),
            p_workstation_json, NULL);
    EXCEPTION WHEN unique_violation THEN
        -- A first attempt with this id committed while this one waited: nothing of this
        -- one is kept, and the first is named.
        GET STACKED DIAGNOSTICS failed = CONSTRAINT_NAME;
        IF failed IS DISTINCT FROM 'pk_prescriptions' THEN
            RAISE;
        END IF;
        SELECT p.prescriber_id INTO first_prescriber_id FROM prescriptions p WHERE p.id = p_id;
        issued := false;
        RETURN;
    END;
    issued := true;
    first_prescriber_id := p_prescriber_id;
END
$$
"""

SIGNATURES: dict[str, str] = {
    "vetdesk_issue_prescription(text, integer, integer, integer, timestamptz, date, text, "
    "text, text, text, text, text, text, json, text, text, json, text, text, timestamptz, "
    "text, text, text, text, text)": "staff",
}

FUNCTIONS: tuple[str, ...] = (ISSUE_PRESCRIPTION,)

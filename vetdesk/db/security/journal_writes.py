"""The journal's writes as one statement each on PostgreSQL (issue 9): save a draft, sign it,
correct or void an entry, each with its audit row, in one round trip to the server.

SECURITY INVOKER on purpose, as booking (booking.py): the functions run as the staff member's
own role, so every guard of the table-by-table path still holds unchanged: the grants decide
who may save, sign and correct, row-level security hides other people's drafts (signing one
finds no draft), and the stamping triggers refuse authorship in another person's name. The
functions add checks of their own on top (the draft's author, its revision).

The program renders the canonical content (vetdesk/domain/integrity.py) and validates what it
sends; the server adds what only it knows at the chain's tip:

- a version's hash is SHA-256 over the previous hash, a newline and the canonical text,
  which the program sends in two pieces around the value of ``chain_seq``
  (``journal_version_content_parts``);
- the audit row names the new version's place and hash: ``"@@seq@@"`` and ``@@hash@@`` stand
  for them in the audit details (ids and hashes only, never typed text, so nothing a person
  wrote can look like a placeholder), and ``"@@client@@"`` for the animal's owner when a new
  draft is audited.

Errors the program turns into its own sentences have their own SQLSTATE (class "VD").
"""

from __future__ import annotations

SEQ_PLACEHOLDER = "@@seq@@"
HASH_PLACEHOLDER = "@@hash@@"
CLIENT_PLACEHOLDER = "@@client@@"

DRAFT_GONE = "VD001"
VERSION_TAKEN = "VD002"
CHAIN_BUSY = "VD003"
DRAFT_CHANGED = "VD004"
DRAFT_MOVED = "VD005"
ALREADY_SIGNED = "VD006"
NO_ANIMAL = "VD007"

# Writers of one animal's chain queue on this (class, animal id) lock; the unique key on
# (animal_id, chain_seq) still decides against a writer of the table-by-table path.
CHAIN_LOCK_CLASS = 0x5644_4A31
_CHAIN_ATTEMPTS = 8

CHAIN_APPEND = f"""
CREATE OR REPLACE FUNCTION vetdesk_journal_chain_append(
    p_id text, p_entry_id text, p_animal_id integer, p_version_no integer, p_action text,
    p_event_time timestamptz, p_help_requested_at timestamptz, p_content json,
    p_weight_kg numeric, p_temperature_c numeric, p_confidential boolean, p_reason text,
    p_requested_by text, p_author_id integer, p_created_at timestamptz,
    p_hash_head text, p_hash_tail text,
    OUT new_seq integer, OUT new_hash text
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
    tip_seq integer;
    tip_hash text;
    failed text;
BEGIN
    PERFORM pg_advisory_xact_lock({CHAIN_LOCK_CLASS}, p_animal_id);
    FOR attempt IN 1..{_CHAIN_ATTEMPTS} LOOP
        -- Each statement takes a fresh snapshot: this sees what the lock's last holder wrote.
        SELECT v.chain_seq, v.hash INTO tip_seq, tip_hash FROM journal_versions v
        WHERE v.animal_id = p_animal_id ORDER BY v.chain_seq DESC LIMIT 1;
        IF NOT FOUND THEN
            tip_seq := 0;
            tip_hash := repeat('0', 64);
        END IF;
        new_seq := tip_seq + 1;
        new_hash := encode(sha256(convert_to(
            tip_hash || E'\\n' || p_hash_head || new_seq::text || p_hash_tail, 'UTF8')), 'hex');
        BEGIN
            INSERT INTO journal_versions (
                id, entry_id, animal_id, version_no, action, event_time, help_requested_at,
                content, weight_kg, temperature_c, confidential, reason, requested_by,
                author_id, created_at, chain_seq, prev_hash, hash
            ) VALUES (
                p_id, p_entry_id, p_animal_id, p_version_no, p_action, p_event_time,
                p_help_requested_at, p_content, p_weight_kg, p_temperature_c, p_confidential,
                p_reason, p_requested_by, p_author_id, p_created_at, new_seq, tip_hash,
                new_hash
            );
            RETURN;
        EXCEPTION WHEN unique_violation THEN
            GET STACKED DIAGNOSTICS failed = CONSTRAINT_NAME;
            IF failed = 'uq_journal_versions_entry_version' THEN
                RAISE EXCEPTION 'version % of entry % exists', p_version_no, p_entry_id
                    USING ERRCODE = '{VERSION_TAKEN}';
            END IF;
            IF failed IS DISTINCT FROM 'uq_journal_versions_animal_seq' THEN
                RAISE;
            END IF;
        END;
    END LOOP;
    RAISE EXCEPTION 'the chain of animal % is busy', p_animal_id USING ERRCODE = '{CHAIN_BUSY}';
END
$$
"""

# The audit event of a new version: the program's rendering with the version's place and
# hash put in.
VERSION_AUDIT = f"""
CREATE OR REPLACE FUNCTION vetdesk_journal_version_audit(
    p_seq integer, p_hash text, p_occurred_at timestamptz, p_user_id integer,
    p_username text, p_action text, p_entity_id text, p_client_id integer,
    p_animal_id integer, p_details text, p_workstation text, p_content_head text,
    p_workstation_json text
) RETURNS bigint
LANGUAGE sql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
    SELECT vetdesk_audit_append(
        p_occurred_at, p_user_id, p_username, p_action, 'journal_entry', p_entity_id,
        p_client_id, p_animal_id,
        replace(replace(p_details, '"{SEQ_PLACEHOLDER}"', p_seq::text),
                '{HASH_PLACEHOLDER}', p_hash)::json,
        p_workstation,
        replace(replace(p_content_head, '"{SEQ_PLACEHOLDER}"', p_seq::text),
                '{HASH_PLACEHOLDER}', p_hash),
        p_workstation_json, NULL)
$$
"""

_VERSION_PARAMS = """
    p_version_id text, p_event_time timestamptz, p_help_requested_at timestamptz,
    p_content json, p_weight_kg numeric, p_temperature_c numeric, p_confidential boolean,
    p_hash_head text, p_hash_tail text,
    p_occurred_at timestamptz, p_username text, p_details text, p_workstation text,
    p_content_head text, p_workstation_json text,"""

SIGN_DRAFT = f"""
CREATE OR REPLACE FUNCTION vetdesk_sign_draft(
    p_draft_id text, p_saved_at timestamptz, p_attachment_hashes text[], p_animal_id integer,
    p_client_id integer, p_author_id integer, p_kind text, p_started_at timestamptz,
    p_signed_at timestamptz,{_VERSION_PARAMS}
    OUT new_seq integer, OUT new_hash text
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
    draft journal_drafts;
    files text[];
BEGIN
    -- Row-level security shows a staff member only their own drafts: another person's is
    -- "gone" here, as it is to every other statement they send.
    SELECT * INTO draft FROM journal_drafts WHERE id = p_draft_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no draft %', p_draft_id USING ERRCODE = '{DRAFT_GONE}';
    END IF;
    IF draft.author_id IS DISTINCT FROM p_author_id THEN
        RAISE EXCEPTION 'only the author signs a draft' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT coalesce(array_agg(a.sha256 ORDER BY a.sha256 COLLATE "C"), '{{}}') INTO files
    FROM journal_draft_attachments a WHERE a.draft_id = p_draft_id;
    -- What the program checked and hashed is what the draft still holds.
    IF draft.saved_at IS DISTINCT FROM p_saved_at OR draft.animal_id <> p_animal_id
       OR draft.kind <> p_kind OR draft.started_at <> p_started_at
       OR files <> p_attachment_hashes THEN
        RAISE EXCEPTION 'draft % changed', p_draft_id USING ERRCODE = '{DRAFT_CHANGED}';
    END IF;
    INSERT INTO journal_entries (
        id, animal_id, author_id, kind, started_at, signed_at, signed_by_id, auto_locked
    ) VALUES (
        p_draft_id, p_animal_id, p_author_id, p_kind, p_started_at, p_signed_at, p_author_id,
        false
    );
    INSERT INTO journal_attachments (
        id, entry_id, filename, media_type, size_bytes, sha256, data, added_at, added_by_id
    )
    SELECT a.id, p_draft_id, a.filename, a.media_type, a.size_bytes, a.sha256, a.data,
           a.added_at, p_author_id
    FROM journal_draft_attachments a WHERE a.draft_id = p_draft_id;
    DELETE FROM journal_draft_attachments WHERE draft_id = p_draft_id;
    DELETE FROM journal_drafts WHERE id = p_draft_id;
    SELECT c.new_seq, c.new_hash INTO new_seq, new_hash FROM vetdesk_journal_chain_append(
        p_version_id, p_draft_id, p_animal_id, 1, 'sign', p_event_time, p_help_requested_at,
        p_content, p_weight_kg, p_temperature_c, p_confidential, NULL, 'clinic',
        p_author_id, p_signed_at, p_hash_head, p_hash_tail) c;
    PERFORM vetdesk_journal_version_audit(
        new_seq, new_hash, p_occurred_at, p_author_id, p_username, 'create',
        p_draft_id, p_client_id, p_animal_id, p_details,
        p_workstation, p_content_head, p_workstation_json);
END
$$
"""

# A correction or a void: the next version of a signed entry. A version added meanwhile
# (by anyone) takes the number first and this one is refused (VERSION_TAKEN).
ADD_VERSION = f"""
CREATE OR REPLACE FUNCTION vetdesk_add_journal_version(
    p_entry_id text, p_animal_id integer, p_client_id integer, p_version_no integer,
    p_action text, p_reason text, p_requested_by text, p_author_id integer,
    p_created_at timestamptz,{_VERSION_PARAMS}
    OUT new_seq integer, OUT new_hash text
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
BEGIN
    SELECT c.new_seq, c.new_hash INTO new_seq, new_hash FROM vetdesk_journal_chain_append(
        p_version_id, p_entry_id, p_animal_id, p_version_no, p_action, p_event_time,
        p_help_requested_at, p_content, p_weight_kg, p_temperature_c, p_confidential,
        p_reason, p_requested_by, p_author_id, p_created_at, p_hash_head, p_hash_tail) c;
    PERFORM vetdesk_journal_version_audit(
        new_seq, new_hash, p_occurred_at, p_author_id, p_username, 'change',
        p_entry_id, p_client_id, p_animal_id, p_details,
        p_workstation, p_content_head, p_workstation_json);
END
$$
"""

# The autosave: an update of one's own draft, or the first save with its audit row.
SAVE_DRAFT = f"""
CREATE OR REPLACE FUNCTION vetdesk_save_draft(
    p_id text, p_animal_id integer, p_author_id integer, p_kind text,
    p_event_time timestamptz, p_help_requested_at timestamptz, p_content json,
    p_weight_kg numeric, p_temperature_c numeric, p_confidential boolean, p_now timestamptz,
    p_username text, p_details json, p_workstation text, p_content_head text,
    p_workstation_json text,
    OUT created boolean
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
    on_animal integer;
    owner_of integer;
BEGIN
    UPDATE journal_drafts SET kind = p_kind, event_time = p_event_time,
        help_requested_at = p_help_requested_at, content = p_content,
        weight_kg = p_weight_kg, temperature_c = p_temperature_c,
        confidential = p_confidential, saved_at = p_now
    WHERE id = p_id AND author_id = p_author_id
    RETURNING animal_id INTO on_animal;
    IF FOUND THEN
        IF on_animal <> p_animal_id THEN
            RAISE EXCEPTION 'draft % is on another animal', p_id
                USING ERRCODE = '{DRAFT_MOVED}';
        END IF;
        created := false;
        RETURN;
    END IF;
    IF EXISTS (SELECT 1 FROM journal_entries e WHERE e.id = p_id) THEN
        RAISE EXCEPTION 'entry % is signed', p_id USING ERRCODE = '{ALREADY_SIGNED}';
    END IF;
    SELECT a.owner_id INTO owner_of FROM animals a WHERE a.id = p_animal_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no animal %', p_animal_id USING ERRCODE = '{NO_ANIMAL}';
    END IF;
    -- Another person's draft with this id is hidden from a staff role: its primary key
    -- refuses the insert (unique_violation).
    INSERT INTO journal_drafts (
        id, animal_id, author_id, kind, event_time, help_requested_at, content, weight_kg,
        temperature_c, confidential, started_at, saved_at
    ) VALUES (
        p_id, p_animal_id, p_author_id, p_kind, p_event_time, p_help_requested_at, p_content,
        p_weight_kg, p_temperature_c, p_confidential, p_now, p_now
    );
    PERFORM vetdesk_audit_append(
        p_now, p_author_id, p_username, 'create', 'journal_draft', p_id,
        owner_of, p_animal_id, p_details, p_workstation,
        replace(p_content_head, '"{CLIENT_PLACEHOLDER}"', coalesce(owner_of::text, 'null')),
        p_workstation_json, NULL);
    created := true;
END
$$
"""

_VERSION_TYPES = (
    "text, timestamptz, timestamptz, json, numeric, numeric, boolean, text, text, "
    "timestamptz, text, text, text, text, text"
)

SIGNATURES: dict[str, str] = {
    "vetdesk_journal_chain_append(text, text, integer, integer, text, timestamptz, "
    "timestamptz, json, numeric, numeric, boolean, text, text, integer, timestamptz, text, "
    "text)": "staff",
    "vetdesk_journal_version_audit(integer, text, timestamptz, integer, text, text, text, "
    "integer, integer, text, text, text, text)": "staff",
    "vetdesk_sign_draft(text, timestamptz, text[], integer, integer, integer, text, "
    f"timestamptz, timestamptz, {_VERSION_TYPES})": "staff",
    "vetdesk_add_journal_version(text, integer, integer, integer, text, text, text, integer, "
    f"timestamptz, {_VERSION_TYPES})": "staff",
    "vetdesk_save_draft(text, integer, integer, text, timestamptz, timestamptz, json, "
    "numeric, numeric, boolean, timestamptz, text, json, text, text, text)": "staff",
}

FUNCTIONS: tuple[str, ...] = (CHAIN_APPEND, VERSION_AUDIT, SIGN_DRAFT, ADD_VERSION, SAVE_DRAFT)

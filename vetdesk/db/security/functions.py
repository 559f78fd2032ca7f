"""The owner's functions: who is acting, the audit append, and user administration.

All are SECURITY DEFINER with a pinned search_path, so staff roles need no privilege on
``users`` or ``audit_events`` to use them, and no CREATEROLE to administer users. Inside such
a function ``current_user`` is the owner; the person acting is ``session_user``, the login
role the connection was opened with.
"""

from __future__ import annotations

from vetdesk.db.security import (
    appointment_changes,
    booking,
    journal_writes,
    prescribing,
    retention,
)
from vetdesk.db.security.naming import MAX_ROLE_NAME_LENGTH, STAFF_ROLE

# Serialises writers of the audit chain (the same key as migration 0003).
AUDIT_CHAIN_LOCK_KEY = 0x5645_5444_4553_4B01

ACTING_USER = """
CREATE OR REPLACE FUNCTION vetdesk_acting_user(
    OUT user_id integer, OUT username text, OUT role text, OUT maintenance boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    is_active boolean;
BEGIN
    SELECT u.id, u.username, u.role, u.active INTO user_id, username, role, is_active
    FROM users u WHERE u.login_role = session_user;
    IF FOUND THEN
        IF NOT is_active THEN
            RAISE EXCEPTION 'the account of % is deactivated', session_user
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        maintenance := false;
        RETURN;
    END IF;
    IF session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database
                       WHERE datname = current_database())
       OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
        maintenance := true;
        RETURN;
    END IF;
    RAISE EXCEPTION 'the role % is not a VetDesk user of this database', session_user
        USING ERRCODE = 'insufficient_privilege';
END
$$
"""

SESSION_USER_ID = """
CREATE OR REPLACE FUNCTION vetdesk_session_user_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT id FROM users WHERE login_role = session_user AND active
$$
"""

# The content the program renders (vetdesk/domain/integrity.py) is sorted JSON; the user's
# two keys sort between "occurred_at" and "workstation", so the program sends the text up to
# and including occurred_at, and the server splices in the acting user it trusts.
AUDIT_APPEND = f"""
CREATE OR REPLACE FUNCTION vetdesk_audit_append(
    p_occurred_at timestamptz,
    p_user_id integer,
    p_username text,
    p_action text,
    p_entity_type text,
    p_entity_id text,
    p_client_id integer,
    p_animal_id integer,
    p_details json,
    p_workstation text,
    p_content_head text,
    p_workstation_json text,
    p_coalesce_since timestamptz
) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    actor record;
    uid integer;
    uname text;
    tip_id bigint;
    tip_hash text;
    content text;
BEGIN
    SELECT * INTO actor FROM vetdesk_acting_user();
    IF actor.maintenance THEN
        uid := p_user_id;
        uname := p_username;
    ELSE
        uid := actor.user_id;
        uname := actor.username;
    END IF;
    IF p_coalesce_since IS NOT NULL AND EXISTS (
        SELECT 1 FROM audit_events
        WHERE user_id = uid AND action = p_action AND entity_type = p_entity_type
          AND entity_id = p_entity_id AND occurred_at >= p_coalesce_since
    ) THEN
        RETURN NULL;
    END IF;
    content := p_content_head || ',"user_id":' || coalesce(uid::text, 'null')
        || ',"username":' || to_json(uname)::text
        || ',"workstation":' || p_workstation_json || '}}';
    -- Held to the end of the transaction; the statements below see what the previous holder
    -- committed (each statement in a function takes a fresh snapshot).
    PERFORM pg_advisory_xact_lock({AUDIT_CHAIN_LOCK_KEY});
    SELECT id, hash INTO tip_id, tip_hash FROM audit_events ORDER BY id DESC LIMIT 1;
    IF tip_id IS NULL THEN
        tip_id := 0;
        tip_hash := repeat('0', 64);
    END IF;
    INSERT INTO audit_events (
        id, occurred_at, user_id, username, action, entity_type, entity_id, client_id,
        animal_id, details, workstation, prev_hash, hash
    ) VALUES (
        tip_id + 1, p_occurred_at, uid, uname, p_action, p_entity_type,
        p_entity_id, p_client_id, p_animal_id, p_details, p_workstation, tip_hash,
        encode(sha256(convert_to(tip_hash || E'\\n' || content, 'UTF8')), 'hex')
    );
    RETURN tip_id + 1;
END
$$
"""

# An event the server itself writes (user administration), rendered in the same canonical
# form as the program's (vetdesk/domain/integrity.py): sorted keys, no spaces, UTC times with
# microseconds. Details hold text values, or maps of text values (one level).
AUDIT_SERVER_EVENT = """
CREATE OR REPLACE FUNCTION vetdesk_audit_server_event(
    p_action text, p_entity_type text, p_entity_id text, p_details jsonb, p_workstation text
) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    occurred timestamptz := clock_timestamp();
    details_text text;
    head text;
BEGIN
    -- One level of nesting: a map of text values (the retention purge's anchors) is
    -- rendered sorted and without spaces too, as the program's canonical form has it.
    SELECT '{' || coalesce(string_agg(to_json(key)::text || ':' || CASE
            WHEN jsonb_typeof(value) = 'object' THEN (
                SELECT '{' || coalesce(string_agg(to_json(k)::text || ':' || to_json(v)::text,
                                                  ',' ORDER BY k COLLATE "C"), '') || '}'
                FROM jsonb_each_text(value) AS inner_map(k, v))
            ELSE value::text END, ',' ORDER BY key COLLATE "C"), '') || '}'
    INTO details_text FROM jsonb_each(p_details);
    head := '{"action":' || to_json(p_action)::text
        || ',"animal_id":null,"client_id":null,"details":' || details_text
        || ',"entity_id":' || coalesce(to_json(p_entity_id)::text, 'null')
        || ',"entity_type":' || coalesce(to_json(p_entity_type)::text, 'null')
        || ',"occurred_at":"'
        || to_char(occurred AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '"';
    RETURN vetdesk_audit_append(
        occurred, NULL, session_user::text, p_action, p_entity_type, p_entity_id, NULL, NULL,
        p_details::json, p_workstation, head, coalesce(to_json(p_workstation)::text, 'null'),
        NULL);
END
$$
"""

REQUIRE_ADMINISTRATOR = """
CREATE OR REPLACE FUNCTION vetdesk_require_administrator() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    actor record;
BEGIN
    SELECT * INTO actor FROM vetdesk_acting_user();
    IF actor.maintenance THEN
        RETURN NULL;
    END IF;
    IF actor.role <> 'administrator' THEN
        RAISE EXCEPTION '% may not manage user accounts', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN actor.user_id;
END
$$
"""

# Small checks the user functions share (callable by the owner's functions only).
TARGET_USER = """
CREATE OR REPLACE FUNCTION vetdesk_target_user(p_user_id integer) RETURNS users
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    target users;
BEGIN
    SELECT * INTO target FROM users WHERE id = p_user_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', p_user_id USING ERRCODE = 'no_data_found';
    END IF;
    RETURN target;
END
$$
"""

KEEP_AN_ADMINISTRATOR = """
CREATE OR REPLACE FUNCTION vetdesk_keep_an_administrator(p_user_id integer) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM users WHERE role = 'administrator' AND active AND id <> p_user_id
    ) THEN
        RAISE EXCEPTION 'the clinic keeps at least one active administrator'
            USING ERRCODE = 'check_violation';
    END IF;
END
$$
"""

REQUIRE_VERIFIER = """
CREATE OR REPLACE FUNCTION vetdesk_require_verifier(p_verifier text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = public, pg_temp AS $$
BEGIN
    IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a password must be sent as a SCRAM verifier'
            USING ERRCODE = 'invalid_password';
    END IF;
END
$$
"""

CREATE_USER = f"""
CREATE OR REPLACE FUNCTION vetdesk_create_user(
    p_username text, p_full_name text, p_role text, p_hpr_number text, p_email text,
    p_verifier text, p_workstation text
) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    login text := lower(current_database() || '_' || p_username);
    grp text := lower(current_database() || '_' || p_role);
    new_id integer;
BEGIN
    PERFORM vetdesk_require_administrator();
    IF length(login) > {MAX_ROLE_NAME_LENGTH} THEN
        RAISE EXCEPTION 'role name % is too long', login USING ERRCODE = 'name_too_long';
    END IF;
    PERFORM vetdesk_require_verifier(p_verifier);
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS '
                   'PASSWORD %L', login, p_verifier);
    EXECUTE format('GRANT %I, %I TO %I', grp, '{STAFF_ROLE}', login);
    INSERT INTO users (username, full_name, role, hpr_number, email, password_hash, login_role,
                       active, failed_signins, created_at)
    VALUES (p_username, p_full_name, p_role, p_hpr_number, p_email, NULL, login, true, 0,
            clock_timestamp())
    RETURNING id INTO new_id;
    PERFORM vetdesk_audit_server_event('create', 'user', new_id::text,
        jsonb_build_object('username', p_username, 'role', p_role), p_workstation);
    RETURN new_id;
END
$$
"""

CHANGE_ROLE = """
CREATE OR REPLACE FUNCTION vetdesk_change_role(
    p_user_id integer, p_role text, p_hpr_number text, p_workstation text
) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    caller integer := vetdesk_require_administrator();
    target users := vetdesk_target_user(p_user_id);
BEGIN
    IF caller = p_user_id THEN
        RAISE EXCEPTION 'nobody changes their own role' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF target.role = 'administrator' AND p_role <> 'administrator' THEN
        PERFORM vetdesk_keep_an_administrator(p_user_id);
    END IF;
    -- Exactly one group at a time: out of the old one, into the new one.
    EXECUTE format('REVOKE %I FROM %I',
                   lower(current_database() || '_' || target.role), target.login_role);
    EXECUTE format('GRANT %I TO %I',
                   lower(current_database() || '_' || p_role), target.login_role);
    UPDATE users SET role = p_role, hpr_number = coalesce(p_hpr_number, hpr_number)
    WHERE id = p_user_id;
    PERFORM vetdesk_audit_server_event('change', 'user', p_user_id::text,
        jsonb_build_object('role', p_role, 'previous_role', target.role), p_workstation);
END
$$
"""

SET_ACTIVE = """
CREATE OR REPLACE FUNCTION vetdesk_set_active(
    p_user_id integer, p_active boolean, p_workstation text
) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    caller integer := vetdesk_require_administrator();
    target users := vetdesk_target_user(p_user_id);
BEGIN
    IF caller = p_user_id AND NOT p_active THEN
        RAISE EXCEPTION 'nobody deactivates themselves' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT p_active AND target.role = 'administrator' THEN
        PERFORM vetdesk_keep_an_administrator(p_user_id);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', target.login_role,
                   CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE users SET active = p_active WHERE id = p_user_id;
    IF NOT p_active THEN
        -- At once: the person's open sessions end now, not at their next sign-in.
        PERFORM pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE usename = target.login_role AND pid <> pg_backend_pid();
    END IF;
    PERFORM vetdesk_audit_server_event('change', 'user', p_user_id::text,
        jsonb_build_object('active', CASE WHEN p_active THEN 'yes' ELSE 'no' END),
        p_workstation);
END
$$
"""

SET_PASSWORD = """
CREATE OR REPLACE FUNCTION vetdesk_set_password(
    p_user_id integer, p_verifier text, p_workstation text
) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    caller integer := vetdesk_require_administrator();
    target users := vetdesk_target_user(p_user_id);
BEGIN
    PERFORM vetdesk_require_verifier(p_verifier);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', target.login_role, p_verifier);
    PERFORM vetdesk_audit_server_event('change', 'user', p_user_id::text,
        jsonb_build_object('password', 'reset'), p_workstation);
END
$$
"""

UPDATE_PROFILE = """
CREATE OR REPLACE FUNCTION vetdesk_update_profile(
    p_user_id integer, p_full_name text, p_hpr_number text, p_email text, p_workstation text
) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM vetdesk_require_administrator();
    UPDATE users SET full_name = p_full_name, hpr_number = p_hpr_number, email = p_email
    WHERE id = p_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no user %', p_user_id USING ERRCODE = 'no_data_found';
    END IF;
    PERFORM vetdesk_audit_server_event('change', 'user', p_user_id::text,
        jsonb_build_object('fields', 'full_name,hpr_number,email'), p_workstation);
END
$$
"""

# Staff sessions note their own sign-in (the argument is ignored); a maintenance session
# (the owner checking a person's password) names the person.
SIGNED_IN = """
CREATE OR REPLACE FUNCTION vetdesk_signed_in(p_user_id integer) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    actor record;
    uid integer;
BEGIN
    SELECT * INTO actor FROM vetdesk_acting_user();
    UPDATE users SET last_signin_at = clock_timestamp()
    WHERE id = CASE WHEN actor.maintenance THEN p_user_id ELSE actor.user_id END AND active
    RETURNING id INTO uid;
    RETURN uid;
END
$$
"""

# name(argument types) → who may call it beyond the owner: "staff" or "administrator".
SIGNATURES: dict[str, str] = {
    "vetdesk_acting_user()": "staff",
    "vetdesk_session_user_id()": "staff",
    "vetdesk_audit_append(timestamptz, integer, text, text, text, text, integer, integer, "
    "json, text, text, text, timestamptz)": "staff",
    "vetdesk_audit_server_event(text, text, text, jsonb, text)": "owner",
    "vetdesk_require_administrator()": "administrator",
    "vetdesk_target_user(integer)": "owner",
    "vetdesk_keep_an_administrator(integer)": "owner",
    "vetdesk_require_verifier(text)": "owner",
    "vetdesk_create_user(text, text, text, text, text, text, text)": "administrator",
    "vetdesk_change_role(integer, text, text, text)": "administrator",
    "vetdesk_set_active(integer, boolean, text)": "administrator",
    "vetdesk_set_password(integer, text, text)": "administrator",
    "vetdesk_update_profile(integer, text, text, text, text)": "administrator",
    "vetdesk_signed_in(integer)": "staff",
    **booking.SIGNATURES,
    **appointment_changes.SIGNATURES,
    **journal_writes.SIGNATURES,
    **prescribing.SIGNATURES,
    **retention.SIGNATURES,
}

ALL_FUNCTIONS: tuple[str, ...] = (
    ACTING_USER, SESSION_USER_ID, AUDIT_APPEND, AUDIT_SERVER_EVENT, REQUIRE_ADMINISTRATOR,
    TARGET_USER, KEEP_AN_ADMINISTRATOR, REQUIRE_VERIFIER,
    CREATE_USER, CHANGE_ROLE, SET_ACTIVE, SET_PASSWORD, UPDATE_PROFILE, SIGNED_IN,
    *booking.FUNCTIONS,
    *appointment_changes.FUNCTIONS,
    *journal_writes.FUNCTIONS,
    *prescribing.FUNCTIONS,
    *retention.FUNCTIONS,
)

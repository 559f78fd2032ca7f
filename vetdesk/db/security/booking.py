"""The booking function: the program's request, the insert and its audit row in one
statement, so booking costs one round trip to a distant server for the write (issue 11).

SECURITY INVOKER on purpose: it runs as the staff member's own role, so the grants on
``appointments`` decide whether the person may book, the stamping trigger names them as the
creator, and the exclusion constraint ``no_double_booking`` (migration 0009) refuses a taken
slot (SQLSTATE 23P01), whichever desk commits first.

A retry after a lost connection sends the same ``request_id``: the first attempt's
appointment is returned (``booked`` false) instead of a second booking.

The program renders the audit row's canonical content (vetdesk/services/audit.py) before it
knows the new appointment's id; ``"@@id@@"`` stands for it and is replaced here.

``p_message`` is the booking's confirmation (services/messaging/booking_confirmation.py),
rendered by the program with the same placeholder in its idempotency key and .ics, or NULL
(confirmations off, no consent, no address, or the person may not queue messages). It is
queued in the same statement, so the booking and its confirmation stand or fall together;
ON CONFLICT on the key keeps it to one.

The confirmation was rendered from the program's read, a round trip before this call: the
consent rules and the clinic's switch are checked again here (message_recheck.py), and a
confirmation the client may no longer get is not queued; the booking itself is made all the
same. The audit row has two renderings, ``p_details``/``p_content_head`` without the
confirmation's channel and ``p_confirmed_details``/``p_confirmed_head`` with it, and names
the channel only when the confirmation was really queued (``confirmation``, NULL if not).
"""

from __future__ import annotations

from vetdesk.db.security.message_recheck import may_still_go

ENTITY_ID_PLACEHOLDER = "@@id@@"

# services/messaging/booking_confirmation.py's SWITCH (the db layer does not import services).
CONFIRM_SWITCH = "appointments.confirm_bookings"

BOOK_APPOINTMENT = f"""
CREATE OR REPLACE FUNCTION vetdesk_book_appointment(
    p_request_id text,
    p_client_id integer,
    p_animal_id integer,
    p_resource_id integer,
    p_room_id integer,
    p_starts timestamptz,
    p_ends timestamptz,
    p_type text,
    p_reason text,
    p_now timestamptz,
    p_user_id integer,
    p_username text,
    p_details json,
    p_workstation text,
    p_content_head text,
    p_workstation_json text,
    p_message json,
    p_confirmed_details json,
    p_confirmed_head text,
    OUT appointment_id integer,
    OUT booked boolean,
    OUT confirmation text
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
    chosen json := p_message;
BEGIN
    SELECT a.id INTO appointment_id FROM appointments a WHERE a.request_id = p_request_id;
    IF FOUND THEN
        booked := false;
        RETURN;
    END IF;
    INSERT INTO appointments (
        client_id, animal_id, resource_id, room_id, starts_at, ends_at, appointment_type,
        reason, status, version, created_at, created_by_id, updated_at, updated_by_id,
        request_id
    ) VALUES (
        p_client_id, p_animal_id, p_resource_id, p_room_id, p_starts, p_ends, p_type,
        p_reason, 'booked', 1, p_now, p_user_id, p_now, p_user_id, p_request_id
    ) RETURNING id INTO appointment_id;
    -- The confirmation was rendered from the program's read, a round trip ago: it goes only
    -- if the client may still get it now (not restricted, erased or merged, the channel not
    -- refused, the address still theirs) and the clinic has not switched confirmations off.
    -- Nested: the tables are read (and the caller's grants on them needed) only for one.
    IF chosen IS NOT NULL THEN
        IF NOT {may_still_go('chosen', 'p_client_id', CONFIRM_SWITCH)} THEN
            chosen := NULL;
        END IF;
    END IF;
    IF chosen IS NOT NULL THEN
        INSERT INTO messages (
            id, idempotency_key, client_id, appointment_id, channel, purpose, recipient,
            subject, body, status, attempts, queued_at, created_by_id, calendar
        ) VALUES (
            chosen->>'id',
            replace(chosen->>'idempotency_key', '{ENTITY_ID_PLACEHOLDER}', appointment_id::text),
            p_client_id, appointment_id, chosen->>'channel', chosen->>'purpose',
            chosen->>'recipient', chosen->>'subject', chosen->>'body', 'queued', 0,
            p_now, p_user_id,
            replace(chosen->>'calendar', '{ENTITY_ID_PLACEHOLDER}', appointment_id::text)
        ) ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING channel INTO confirmation;
    END IF;
    PERFORM vetdesk_audit_append(
        p_now, p_user_id, p_username, 'create', 'appointment', appointment_id::text,
        p_client_id, p_animal_id,
        CASE WHEN confirmation IS NULL THEN p_details ELSE p_confirmed_details END,
        p_workstation,
        replace(CASE WHEN confirmation IS NULL THEN p_content_head ELSE p_confirmed_head END,
                '"{ENTITY_ID_PLACEHOLDER}"', to_json(appointment_id::text)::text),
        p_workstation_json, NULL);
    booked := true;
END
$$
"""

# The version before the confirmation joined the booking (one argument fewer).
DROP_BEFORE_CONFIRMATION = (
    "DROP FUNCTION IF EXISTS vetdesk_book_appointment(text, integer, integer, integer, "
    "integer, timestamptz, timestamptz, text, text, timestamptz, integer, text, json, text, "
    "text, text)"
)

SIGNATURES: dict[str, str] = {
    "vetdesk_book_appointment(text, integer, integer, integer, integer, timestamptz, "
    "timestamptz, text, text, timestamptz, integer, text, json, text, text, text, json, json, "
    "text)": "staff",
}

FUNCTIONS: tuple[str, ...] = (DROP_BEFORE_CONFIRMATION, BOOK_APPOINTMENT)

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
"""

from __future__ import annotations

ENTITY_ID_PLACEHOLDER = "@@id@@"

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
    OUT appointment_id integer,
    OUT booked boolean
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
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
    PERFORM vetdesk_audit_append(
        p_now, p_user_id, p_username, 'create', 'appointment', appointment_id::text,
        p_client_id, p_animal_id, p_details, p_workstation,
        replace(p_content_head, '"{ENTITY_ID_PLACEHOLDER}"', to_json(appointment_id::text)::text),
        p_workstation_json, NULL);
    IF p_message IS NOT NULL THEN
        INSERT INTO messages (
            id, idempotency_key, client_id, appointment_id, channel, purpose, recipient,
            subject, body, status, attempts, queued_at, created_by_id, calendar
        ) VALUES (
            p_message->>'id',
            replace(p_message->>'idempotency_key', '{ENTITY_ID_PLACEHOLDER}', appointment_id::text),
            p_client_id, appointment_id, p_message->>'channel', p_message->>'purpose',
            p_message->>'recipient', p_message->>'subject', p_message->>'body', 'queued', 0,
            p_now, p_user_id,
            replace(p_message->>'calendar', '{ENTITY_ID_PLACEHOLDER}', appointment_id::text)
        ) ON CONFLICT (idempotency_key) DO NOTHING;
    END IF;
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
    "timestamptz, text, text, timestamptz, integer, text, json, text, text, text, json)":
    "staff",
}

FUNCTIONS: tuple[str, ...] = (DROP_BEFORE_CONFIRMATION, BOOK_APPOINTMENT)

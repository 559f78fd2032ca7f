"""Changing a booked appointment in one statement (issue 9): a check-in, a status change, a
cancellation or a move, with the client's notice and the audit row, so that the receptionist's
most frequent action costs one round trip to a distant server for the write (the program's
read before it is the other).

SECURITY INVOKER on purpose, as booking (booking.py): the function runs as the staff
member's own role, so the grants on ``appointments`` and ``messages`` decide what the person
may do, the stamping trigger names them as the one who changed it, and the exclusion
constraints (migrations 0009 and 0014) refuse a taken slot or room (SQLSTATE 23P01).

The program read the appointment and checked everything the screen needs a sentence for
(the version the screen loaded, the status flow, the opening hours); the update holds only
while the appointment still has the version it read. When another desk changed it in
between, nothing is written and ``APPOINTMENT_CHANGED`` is raised, so the program reads who
did and says "changed by NAME at TIME".

The notice (services/messaging/appointment_notices.py) is rendered by the program:
``p_withdraw`` withdraws this appointment's messages no sender has taken yet (their keys set
free), then ``p_notice`` is queued, or ``p_instead`` when a waiting confirmation was among
those withdrawn (a move before the confirmation went sends the confirmation with the new
time). The audit row has two renderings, with and without the channel of a notice that was
really queued (ON CONFLICT on the key may find it queued before).

What the notice was rendered from may change between the read and the call: the consent
rules (services/messaging/eligibility.py) and the clinic's switch are checked again at the
write (message_recheck.py), and a notice the client may no longer get is not queued (nothing
is sent rather than something against a restriction or a refusal made a moment before).
"""

from __future__ import annotations

from vetdesk.db.security.message_recheck import may_still_go
from vetdesk.domain.codes import WITHDRAWN_MARK

APPOINTMENT_CHANGED = "VD020"

# services/messaging/appointment_notices.py's SWITCH (the db layer does not import services).
NOTIFY_SWITCH = "appointments.notify_changes"

CHANGE_APPOINTMENT = f"""
CREATE OR REPLACE FUNCTION vetdesk_change_appointment(
    p_id integer,
    p_version integer,
    p_status text,
    p_starts timestamptz,
    p_ends timestamptz,
    p_resource_id integer,
    p_room_id integer,
    p_arrived_at timestamptz,
    p_cancel_reason text,
    p_now timestamptz,
    p_user_id integer,
    p_username text,
    p_client_id integer,
    p_animal_id integer,
    p_withdraw boolean,
    p_notice json,
    p_instead json,
    p_details json,
    p_content_head text,
    p_noticed_details json,
    p_noticed_head text,
    p_workstation text,
    p_workstation_json text,
    OUT new_version integer,
    OUT notice text
)
LANGUAGE plpgsql VOLATILE SECURITY INVOKER SET search_path = public, pg_temp AS $$
DECLARE
    confirm_withdrawn boolean := false;
    chosen json;
BEGIN
    UPDATE appointments SET
        status = p_status, starts_at = p_starts, ends_at = p_ends,
        resource_id = p_resource_id, room_id = p_room_id,
        arrived_at = coalesce(arrived_at, p_arrived_at),
        cancel_reason = coalesce(p_cancel_reason, cancel_reason),
        version = version + 1, updated_at = p_now, updated_by_id = p_user_id
    WHERE id = p_id AND version = p_version
    RETURNING version INTO new_version;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'appointment % no longer has version %', p_id, p_version
            USING ERRCODE = '{APPOINTMENT_CHANGED}';
    END IF;
    IF p_withdraw THEN
        WITH withdrawn AS (
            UPDATE messages SET
                status = 'withdrawn', next_attempt_at = NULL,
                idempotency_key = idempotency_key || '{WITHDRAWN_MARK}' || id::text
            WHERE appointment_id = p_id AND status = 'queued' AND claimed_at IS NULL
              AND uncertain_at IS NULL
            RETURNING idempotency_key
        )
        SELECT coalesce(bool_or(
            split_part(idempotency_key, '{WITHDRAWN_MARK}', 1) LIKE '%:confirm'), false)
        INTO confirm_withdrawn FROM withdrawn;
    END IF;
    chosen := CASE WHEN confirm_withdrawn AND p_instead IS NOT NULL THEN p_instead
                   ELSE p_notice END;
    -- The notice was rendered from the program's read, a round trip ago: it goes only if
    -- the client may still get it now (not restricted, erased or merged, the channel not
    -- refused, the address still theirs) and the clinic has not switched notices off since.
    -- Nested: the tables are read (and the caller's grants on them needed) only for a notice.
    IF chosen IS NOT NULL THEN
        IF NOT {may_still_go('chosen', 'p_client_id', NOTIFY_SWITCH)} THEN
            chosen := NULL;
        END IF;
    END IF;
    IF chosen IS NOT NULL THEN
        INSERT INTO messages (
            id, idempotency_key, client_id, appointment_id, channel, purpose, recipient,
            subject, body, status, attempts, queued_at, created_by_id, calendar
        ) VALUES (
            chosen->>'id', chosen->>'idempotency_key', p_client_id, p_id,
            chosen->>'channel', chosen->>'purpose', chosen->>'recipient', chosen->>'subject',
            chosen->>'body', 'queued', 0, p_now, p_user_id, chosen->>'calendar'
        ) ON CONFLICT (idempotency_key) DO NOTHING
        RETURNING channel INTO notice;
    END IF;
    PERFORM vetdesk_audit_append(
        p_now, p_user_id, p_username, 'change', 'appointment', p_id::text, p_client_id,
        p_animal_id, CASE WHEN notice IS NULL THEN p_details ELSE p_noticed_details END,
        p_workstation, CASE WHEN notice IS NULL THEN p_content_head ELSE p_noticed_head END,
        p_workstation_json, NULL);
END
$$
"""

SIGNATURES: dict[str, str] = {
    "vetdesk_change_appointment(integer, integer, text, timestamptz, timestamptz, integer, "
    "integer, timestamptz, text, timestamptz, integer, text, integer, integer, boolean, json, "
    "json, json, text, json, text, text, text)": "staff",
}

FUNCTIONS: tuple[str, ...] = (CHANGE_APPOINTMENT,)

"""The retention purge (issue 10): one owner-defined function, callable by the practice
manager's group only, that deletes what is past its retention and writes its own audit row.

SECURITY DEFINER so no staff role needs DELETE on ``messages``, ``invoices``,
``invoice_lines`` or ``privacy_requests`` (none has it: the guards stay in force for everyone
else). The program sends the cut-offs it listed; the server refuses any cut-off younger than
the rule (with a day's slack for the clinic's time zone), so a caller cannot use the function
to delete recent data. The append-only, hash-chained tables (journals, audit log) are not
purged here.
"""

from __future__ import annotations

from vetdesk.domain import privacy_rules as rules

RETENTION_PURGE = f"""
CREATE OR REPLACE FUNCTION vetdesk_retention_purge(
    p_messages_before timestamptz,
    p_invoices_before timestamptz,
    p_requests_before timestamptz,
    p_workstation text,
    OUT messages integer,
    OUT invoices integer,
    OUT invoice_lines integer,
    OUT privacy_requests integer
)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    actor record;
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
    PERFORM vetdesk_audit_server_event(
        'erase', 'retention_purge', NULL, jsonb_build_object(
            'messages', messages::text, 'invoices', invoices::text,
            'invoice_lines', invoice_lines::text, 'privacy_requests', privacy_requests::text),
        p_workstation);
END
$$
"""

SIGNATURES: dict[str, str] = {
    "vetdesk_retention_purge(timestamptz, timestamptz, timestamptz, text)": "manager",
}
FUNCTIONS: tuple[str, ...] = (RETENTION_PURGE,)

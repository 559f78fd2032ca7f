"""What each table that holds a client's data is called where people read it: the erasure's
plan and its receipt, which the client gets. A table's name (``client_phones``) is the
program's word, not the clinic's; tests/unit/test_privacy_table_labels.py checks every table
an erasure can list has one here."""

from __future__ import annotations

from vetdesk.i18n import N_, _

TABLE_LABELS: dict[str, str] = {
    "clients": N_("Client record"),
    "client_phones": N_("Phone numbers"),
    "client_alerts": N_("Alerts about the client"),
    "consents": N_("Consents"),
    "animals": N_("Animals"),
    "ownerships": N_("Ownerships"),
    "identities": N_("Microchips and other identities"),
    "animal_alerts": N_("Alerts about the animals"),
    "journal_drafts": N_("Unsigned journal drafts"),
    "journal_draft_attachments": N_("Files attached to drafts"),
    "journal_entries": N_("Journal entries"),
    "journal_versions": N_("Journal versions"),
    "journal_attachments": N_("Files attached to the journal"),
    "appointments": N_("Appointments"),
    "reminders": N_("Recalls and reminders"),
    "messages": N_("Messages"),
    "prescriptions": N_("Prescriptions"),
    "prescription_items": N_("Prescribed products"),
    "prescription_cancellations": N_("Cancelled prescriptions"),
    "medicine_reports": N_("Medicine reports (VetReg)"),
    "medicine_given": N_("Medicine given"),
    "medicine_given_voids": N_("Voided medicine given"),
    "medicine_given_reports": N_("Medicine given, reported to VetReg"),
    "referrals": N_("Referrals and lab requests"),
    "referral_items": N_("Journal entries sent with referrals"),
    "invoices": N_("Invoices"),
    "invoice_lines": N_("Invoice lines"),
    "privacy_requests": N_("Privacy requests"),
    "privacy_erasures": N_("Earlier erasures"),
    "audit_events": N_("Access log"),
}


def table_label(table: str) -> str:
    """The table's name in the current language (its own name if it has none yet)."""
    return _(TABLE_LABELS[table]) if table in TABLE_LABELS else table

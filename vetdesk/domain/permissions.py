"""Who may do what: the one permission table.

The services check it (vetdesk/services/permissions.py) and, on PostgreSQL, the grants of each
staff group role are generated from it (vetdesk/db/security/grants.py), so the program and the
database cannot disagree about who may do what.
"""

from __future__ import annotations

from enum import StrEnum

from vetdesk.domain.codes import Role
from vetdesk.i18n import N_


class Permission(StrEnum):
    VIEW_CLIENTS = "view_clients"
    EDIT_CLIENTS = "edit_clients"
    MERGE_CLIENTS = "merge_clients"
    IMPORT_CLIENTS = "import_clients"
    VIEW_JOURNAL = "view_journal"
    WRITE_JOURNAL = "write_journal"
    SIGN_JOURNAL = "sign_journal"
    PRINT_JOURNAL = "print_journal"
    BOOK_APPOINTMENTS = "book_appointments"
    SEND_REMINDERS = "send_reminders"
    EDIT_RECALL_RULES = "edit_recall_rules"
    PRESCRIBE = "prescribe"
    # Recording medicine a vet gave in the clinic or on a farm visit, without a prescription.
    GIVE_MEDICINE = "give_medicine"
    # The VetReg worklist: view, export, mark reported. The clinic's administrative duty
    # (FOR-2009-07-03-971), so the practice manager holds it as well as the vets.
    REPORT_MEDICINE = "report_medicine"
    REFER = "refer"
    MANAGE_RECIPIENTS = "manage_recipients"
    MANAGE_PRIVACY = "manage_privacy"
    VIEW_AUDIT_LOG = "view_audit_log"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    LOAD_DEMO = "load_demo"
    VERIFY_INTEGRITY = "verify_integrity"


_P = Permission
_FRONT_DESK = {_P.VIEW_CLIENTS, _P.EDIT_CLIENTS, _P.BOOK_APPOINTMENTS, _P.SEND_REMINDERS}
_CLINICAL = _FRONT_DESK | {_P.VIEW_JOURNAL, _P.WRITE_JOURNAL, _P.SIGN_JOURNAL, _P.PRINT_JOURNAL}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTIONIST: frozenset(_FRONT_DESK),
    Role.NURSE: frozenset(_CLINICAL),
    # A vet who refers keeps the register of recipients too: the specialist is added from
    # the referral dialog without waiting for the manager (issue 12).
    Role.VETERINARIAN: frozenset(_CLINICAL | {_P.PRESCRIBE, _P.GIVE_MEDICINE, _P.REFER,
                                              _P.MANAGE_RECIPIENTS,
                                              _P.REPORT_MEDICINE, _P.EDIT_RECALL_RULES}),
    Role.MANAGER: frozenset(
        _FRONT_DESK
        | {
            _P.MERGE_CLIENTS,
            _P.IMPORT_CLIENTS,
            _P.VIEW_JOURNAL,
            _P.PRINT_JOURNAL,
            _P.MANAGE_PRIVACY,
            _P.VIEW_AUDIT_LOG,
            _P.MANAGE_SETTINGS,
            _P.MANAGE_RECIPIENTS,
            _P.EDIT_RECALL_RULES,
            _P.VERIFY_INTEGRITY,
            # Views, exports and marks VetReg entries; never prescribes or records medicine.
            _P.REPORT_MEDICINE,
        }
    ),
    # The administrator runs the system but writes no clinical records in anyone's name.
    # Only the administrator loads the demo: it creates staff accounts with a published
    # password, which is managing users. Reporting medicine to the authority is the clinic's
    # statement (its vets' and its manager's), not the system's: the administrator does not.
    Role.ADMINISTRATOR: frozenset(
        set(Permission) - {_P.WRITE_JOURNAL, _P.SIGN_JOURNAL, _P.PRESCRIBE, _P.GIVE_MEDICINE,
                           _P.REFER, _P.REPORT_MEDICINE}
    ),
}


DESCRIPTIONS: dict[Permission, str] = {
    _P.VIEW_CLIENTS: N_("look up clients"),
    _P.EDIT_CLIENTS: N_("register or change clients and animals"),
    _P.MERGE_CLIENTS: N_("merge clients"),
    _P.IMPORT_CLIENTS: N_("import clients from another system"),
    _P.VIEW_JOURNAL: N_("read journals"),
    _P.WRITE_JOURNAL: N_("write journal entries"),
    _P.SIGN_JOURNAL: N_("sign journal entries"),
    _P.PRINT_JOURNAL: N_("print journals"),
    _P.BOOK_APPOINTMENTS: N_("book appointments"),
    _P.SEND_REMINDERS: N_("send reminders"),
    _P.EDIT_RECALL_RULES: N_("change the recall rules"),
    _P.PRESCRIBE: N_("issue prescriptions"),
    _P.GIVE_MEDICINE: N_("record medicine given to an animal"),
    _P.REPORT_MEDICINE: N_("report medicine use to VetReg"),
    _P.REFER: N_("refer patients"),
    _P.MANAGE_RECIPIENTS: N_("keep the register of referral recipients"),
    _P.MANAGE_PRIVACY: N_("handle privacy requests"),
    _P.VIEW_AUDIT_LOG: N_("read the audit log"),
    _P.MANAGE_USERS: N_("manage user accounts"),
    _P.MANAGE_SETTINGS: N_("change the clinic's settings"),
    _P.LOAD_DEMO: N_("load the demo clinic"),
    _P.VERIFY_INTEGRITY: N_("verify the database"),
}


def permissions_of(role: Role) -> frozenset[Permission]:
    return ROLE_PERMISSIONS[role]

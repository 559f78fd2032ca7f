"""Names of the PostgreSQL roles of one practice's database.

Roles are cluster-wide and one server hosts many practices, so every name carries the
database's name: ``<database>_<username>`` for a person, ``<database>_<role>`` for the group
that holds a VetDesk role's grants. ``vetdesk_staff`` is shared and holds no rights: it only
lets one pg_hba.conf line require a password of every staff login.
"""

from __future__ import annotations

from vetdesk.domain.codes import Role

STAFF_ROLE = "vetdesk_staff"
MAX_ROLE_NAME_LENGTH = 63  # PostgreSQL's identifier limit (NAMEDATALEN - 1)
# Usernames that would collide with a group role of the same database.
RESERVED_USERNAMES = frozenset(role.value for role in Role)


def group_role(database: str, role: Role) -> str:
    return f"{database}_{role.value}".lower()


def login_role(database: str, username: str) -> str:
    return f"{database}_{username}".lower()


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'

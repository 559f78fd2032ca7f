"""Who is acting, and the check every guarded service makes before it touches anything.

The permission table itself is in vetdesk/domain/permissions.py; on PostgreSQL the database
enforces the same table through each staff group role's grants.
"""

from __future__ import annotations

from dataclasses import dataclass

from vetdesk.domain.codes import Role
from vetdesk.domain.permissions import DESCRIPTIONS, ROLE_PERMISSIONS, Permission
from vetdesk.errors import PermissionDenied
from vetdesk.i18n import _

__all__ = ["ROLE_PERMISSIONS", "Actor", "Permission", "require"]


@dataclass(frozen=True)
class Actor:
    """The signed-in person on whose behalf a service acts."""

    user_id: int
    username: str
    full_name: str
    role: Role
    hpr_number: str | None = None

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(_(
            "{name} ({role}) may not {action}; ask a colleague whose role allows it."
        ).format(name=actor.full_name, role=_(actor.role.label).lower(),
                 action=_(DESCRIPTIONS[permission])))




def roles_that_may(permission: Permission) -> str:
    """The roles holding ``permission``, in words ("practice manager or administrator"), for a
    screen that says whom to ask."""
    names = [_(role.label).lower() for role in Role if permission in ROLE_PERMISSIONS[role]]
    if len(names) <= 1:
        return "".join(names)
    return _("{first} or {last}").format(first=", ".join(names[:-1]), last=names[-1])

"""What the user screen says before the service would refuse: the same rules, shown early.

The service enforces every one of them (vetdesk.services.staff.accounts); these only disable a
button with the reason in its tooltip, or mark a field as the user types.
"""

from __future__ import annotations

from vetdesk.domain.codes import Role
from vetdesk.services.permissions import Actor
from vetdesk.services.staff import accounts
from vetdesk.services.staff.accounts import UserSummary
from vetdesk.ui.qt import QCoreApplication


def is_last_active_administrator(user: UserSummary, users: list[UserSummary]) -> bool:
    admins = [u for u in users if u.active and u.role == Role.ADMINISTRATOR]
    return user.active and user.role == Role.ADMINISTRATOR and len(admins) <= 1


def role_change_refusal(actor: Actor, user: UserSummary, users: list[UserSummary]) -> str | None:
    if user.id == actor.user_id:
        return QCoreApplication.translate(
            "users", "Nobody changes their own role: ask another administrator.")
    if is_last_active_administrator(user, users):
        return _last_administrator(user)
    return None


def deactivation_refusal(actor: Actor, user: UserSummary, users: list[UserSummary]
                         ) -> str | None:
    if user.id == actor.user_id:
        return QCoreApplication.translate(
            "users", "Nobody deactivates their own account: ask another administrator.")
    if is_last_active_administrator(user, users):
        return _last_administrator(user)
    return None


def _last_administrator(user: UserSummary) -> str:
    return QCoreApplication.translate(
        "users", "{0} is the only active administrator: make someone else an administrator "
                 "first.").format(user.full_name)


def profile_problems(role: Role, full_name: str, hpr_number: str | None,
                     email: str) -> dict[str, str]:
    """Field → what to fix for a name, HPR number and e-mail, by the service's own rules."""
    return accounts.validate_profile(full_name, role.value, hpr_number, email)

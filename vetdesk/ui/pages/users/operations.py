"""The user screen's service calls, each a small factory returning the work for ``ops.run``.

The factory reads the page's context and actor on the GUI thread and captures plain values,
so the returned function is safe to run on the worker (see vetdesk/ui/ops.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vetdesk.domain.codes import Role
from vetdesk.services.staff import accounts
from vetdesk.services.staff.accounts import UserSummary
from vetdesk.ui.pages.registry import PageContext


@dataclass(frozen=True)
class NewUser:
    """What the add dialog read from its fields."""

    username: str
    full_name: str
    role: Role
    password: str
    hpr_number: str | None
    email: str | None


@dataclass(frozen=True)
class Profile:
    """What the edit dialog read from its fields."""

    full_name: str
    hpr_number: str | None
    email: str | None


def load_users(page: PageContext) -> Callable[[], list[UserSummary]]:
    ctx, actor = page.ctx, page.actor
    return lambda: accounts.list_users(ctx, actor)


def add_user(page: PageContext, new: NewUser) -> Callable[[], UserSummary]:
    ctx, actor = page.ctx, page.actor
    return lambda: accounts.add_user(
        ctx, actor, username=new.username, full_name=new.full_name, role=new.role,
        password=new.password, hpr_number=new.hpr_number, email=new.email)


def update_profile(page: PageContext, user_id: int, profile: Profile
                   ) -> Callable[[], UserSummary]:
    ctx, actor = page.ctx, page.actor
    return lambda: accounts.update_profile(
        ctx, actor, user_id, full_name=profile.full_name, hpr_number=profile.hpr_number,
        email=profile.email)


def change_role(page: PageContext, user_id: int, role: Role, hpr_number: str | None
                ) -> Callable[[], UserSummary]:
    ctx, actor = page.ctx, page.actor
    return lambda: accounts.change_role(ctx, actor, user_id, role, hpr_number=hpr_number)


def deactivate(page: PageContext, user_id: int) -> Callable[[], UserSummary]:
    ctx, actor = page.ctx, page.actor
    return lambda: accounts.deactivate_user(ctx, actor, user_id)


def reactivate(page: PageContext, user_id: int) -> Callable[[], UserSummary]:
    ctx, actor = page.ctx, page.actor
    return lambda: accounts.reactivate_user(ctx, actor, user_id)


def reset_password(page: PageContext, user_id: int, password: str) -> Callable[[], None]:
    ctx, actor = page.ctx, page.actor
    return lambda: accounts.reset_password(ctx, actor, user_id, password)

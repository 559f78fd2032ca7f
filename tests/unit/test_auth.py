"""Sign-in, the growing delay after failures, user creation and the permission table."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD, RecordingSleep, make_user
from vetdesk.clock import FixedClock
from vetdesk.db.models import AuditEvent, User
from vetdesk.domain.codes import Role
from vetdesk.errors import (
    AccountDeactivated,
    AccountLocked,
    AuthenticationFailed,
    PermissionDenied,
    ValidationError,
)
from vetdesk.services import auth
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import ROLE_PERMISSIONS, Actor, Permission, require
from vetdesk.services.staff import accounts


def _actions(ctx: ServiceContext) -> list[tuple[str, str]]:
    with ctx.db.reading() as session:
        rows = session.execute(
            select(AuditEvent.action, AuditEvent.username).order_by(AuditEvent.id)
        ).all()
        return [(row.action, row.username) for row in rows]


def test_sign_in_returns_the_actor_and_is_logged(ctx: ServiceContext, vet: Actor) -> None:
    actor = auth.sign_in(ctx, "  LIE ", TEST_PASSWORD)
    assert actor == vet
    assert _actions(ctx)[-1] == ("sign_in", "lie")


def test_wrong_password_and_unknown_user_get_the_same_answer(
    ctx: ServiceContext, vet: Actor
) -> None:
    for username, password in (("lie", "not the password"), ("nobody", TEST_PASSWORD)):
        with pytest.raises(AuthenticationFailed, match="username or password is wrong"):
            auth.sign_in(ctx, username, password)


@pytest.mark.sqlite_only
def test_failed_sign_ins_are_logged_and_slowed_down_in_the_file(
    ctx: ServiceContext, vet: Actor, engine_name: str
) -> None:
    sleep = ctx.sleep
    assert isinstance(sleep, RecordingSleep)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed, match="username or password is wrong"):
            auth.sign_in(ctx, "lie", "not the password")
    assert sleep.calls == [1.0, 2.0, 4.0, 8.0]
    assert _actions(ctx)[-4:] == [("sign_in_failed", "lie")] * 4
    # a success resets the count
    auth.sign_in(ctx, "lie", TEST_PASSWORD)
    with pytest.raises(AuthenticationFailed):
        auth.sign_in(ctx, "lie", "wrong again")
    assert sleep.calls[-1] == 1.0


@pytest.mark.sqlite_only
def test_a_guess_before_the_delay_is_over_is_refused_unchecked(
    ctx: ServiceContext, vet: Actor, clock: FixedClock, engine_name: str
) -> None:
    """The delay is held in the database: another process guessing in parallel (here: the
    same clock, no wait in between) is refused without its password being checked."""
    with pytest.raises(AuthenticationFailed, match="username or password is wrong"):
        auth.sign_in(ctx, "lie", "guess 1")
    clock.advance(dt.timedelta(seconds=-1))  # as if the sleep had not happened
    with pytest.raises(AuthenticationFailed, match="Wait 1 seconds"):
        auth.sign_in(ctx, "lie", TEST_PASSWORD)  # even the right password is not tried
    assert _actions(ctx)[-1] == ("sign_in_failed", "lie")


@pytest.mark.sqlite_only
def test_unknown_usernames_are_throttled_like_known_ones(
    ctx: ServiceContext, vet: Actor, engine_name: str
) -> None:
    sleep = ctx.sleep
    assert isinstance(sleep, RecordingSleep)
    for username in ("lie", "nobody"):
        for _ in range(3):
            with pytest.raises(AuthenticationFailed, match="username or password is wrong"):
                auth.sign_in(ctx, username, "not the password")
    assert sleep.calls == [1.0, 2.0, 4.0, 1.0, 2.0, 4.0]


@pytest.mark.sqlite_only
def test_repeated_failures_lock_the_username_until_a_new_password(
    ctx: ServiceContext, admin: Actor, vet: Actor, engine_name: str
) -> None:
    for _ in range(auth.LOCK_AFTER_FAILURES):
        with pytest.raises(AuthenticationFailed):
            auth.sign_in(ctx, "lie", "not the password")
    with pytest.raises(AccountLocked, match="locked for 15 more minutes"):
        auth.sign_in(ctx, "lie", TEST_PASSWORD)
    accounts.reset_password(ctx, admin, vet.user_id, "a fresh password")
    assert auth.sign_in(ctx, "lie", "a fresh password") == vet


def test_inactive_user_cannot_sign_in(ctx: ServiceContext, admin: Actor, vet: Actor) -> None:
    accounts.deactivate_user(ctx, admin, vet.user_id)
    # The same sentence on both engines, and only to someone who knew the password.
    with pytest.raises(AccountDeactivated, match="This account is deactivated"):
        auth.sign_in(ctx, "lie", TEST_PASSWORD)
    with pytest.raises(AuthenticationFailed, match="username or password is wrong"):
        auth.sign_in(ctx, "lie", "not the password")


def test_an_address_that_is_not_an_email_is_refused_for_staff_too(
    ctx: ServiceContext, admin: Actor, vet: Actor
) -> None:
    with pytest.raises(ValidationError) as caught:
        accounts.update_profile(ctx, admin, vet.user_id, full_name="Ingrid Lie",
                                hpr_number="1234567", email="post@dyreklinikk")
    assert set(caught.value.field_errors) == {"email"}
    with pytest.raises(ValidationError) as caught:
        accounts.add_user(ctx, admin, username="berg", full_name="Per Berg", role="nurse",
                          password=TEST_PASSWORD, email="berg at klinikk")
    assert set(caught.value.field_errors) == {"email"}


def test_delay_is_capped() -> None:
    assert auth.signin_delay(0) == 0
    assert auth.signin_delay(1) == 1
    assert auth.signin_delay(20) == auth.MAX_SIGNIN_DELAY_SECONDS


def test_first_user_needs_no_actor_but_must_be_administrator(
    ctx: ServiceContext, clinic: None
) -> None:
    with pytest.raises(ValidationError, match="must be an administrator"):
        accounts.add_user(
            ctx,
            None,
            username="lie",
            full_name="Ingrid Lie",
            role="veterinarian",
            password=TEST_PASSWORD,
            hpr_number="1234567",
        )
    first = accounts.add_user(
        ctx,
        None,
        username="boss",
        full_name="Bjørn Sjef",
        role="administrator",
        password=TEST_PASSWORD,
    )
    assert first.role is Role.ADMINISTRATOR
    with pytest.raises(AuthenticationFailed, match="sign in as an administrator"):
        accounts.add_user(
            ctx, None, username="other", full_name="Other", role="nurse", password=TEST_PASSWORD
        )


def test_only_administrators_add_users(
    ctx: ServiceContext, admin: Actor, receptionist: Actor
) -> None:
    with pytest.raises(PermissionDenied, match="may not manage user accounts"):
        accounts.add_user(
            ctx, receptionist, username="x1", full_name="X", role="nurse", password=TEST_PASSWORD
        )
    added = accounts.add_user(
        ctx,
        admin,
        username="berg",
        full_name="Per Berg",
        role="veterinarian",
        password=TEST_PASSWORD,
        hpr_number="7654321",
    )
    assert added.hpr_number == "7654321"
    assert {u.username for u in accounts.list_users(ctx, admin)} == {"admin", "kari", "berg"}


def test_new_user_problems_are_reported_per_field(ctx: ServiceContext, admin: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        accounts.add_user(
            ctx, admin, username="A B", full_name=" ", role="veterinarian", password="short"
        )
    assert set(caught.value.field_errors) == {"username", "full_name", "password", "hpr_number"}
    with pytest.raises(ValidationError, match="taken"):
        make_user(ctx, "admin", Role.NURSE)


@pytest.mark.sqlite_only
def test_passwords_are_argon2id(ctx: ServiceContext, vet: Actor, engine_name: str) -> None:
    with ctx.db.reading() as session:
        stored = session.execute(select(User.password_hash).where(User.id == vet.user_id)).scalar()
    assert stored is not None and stored.startswith("$argon2id$")
    assert TEST_PASSWORD not in stored


def test_permission_table() -> None:
    def can(role: Role, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[role]

    assert not can(Role.RECEPTIONIST, Permission.SIGN_JOURNAL)
    assert not can(Role.RECEPTIONIST, Permission.MANAGE_PRIVACY)
    assert can(Role.MANAGER, Permission.MANAGE_PRIVACY)
    assert can(Role.ADMINISTRATOR, Permission.MANAGE_PRIVACY)
    assert can(Role.VETERINARIAN, Permission.PRESCRIBE)
    assert not can(Role.NURSE, Permission.PRESCRIBE)
    assert not can(Role.ADMINISTRATOR, Permission.SIGN_JOURNAL)
    nurse = Actor(1, "n", "Nina Nurse", Role.NURSE)
    with pytest.raises(PermissionDenied, match=r"Nina Nurse \(nurse\) may not issue prescriptions"):
        require(nurse, Permission.PRESCRIBE)


def test_unlocking_is_logged_as_an_unlock(ctx: ServiceContext, vet: Actor) -> None:
    auth.lock(ctx, vet, idle_minutes=10)
    with pytest.raises(AuthenticationFailed):
        auth.unlock(ctx, vet, "not it")
    assert auth.unlock(ctx, vet, TEST_PASSWORD) == vet
    assert [action for action, _ in _actions(ctx)[-3:]] == ["lock", "sign_in_failed", "unlock"]

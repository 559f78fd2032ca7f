"""The clinic's settings: each key checked, stored in the database, changed only by the
practice manager or the administrator (issue 11)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.conftest import TEST_PASSWORD
from tests.unit.test_cli import Run
from vetdesk.db.models import AuditEvent, ClinicSetting
from vetdesk.errors import PermissionDenied, ValidationError
from vetdesk.services.context import ServiceContext
from vetdesk.services.permissions import Actor
from vetdesk.services.settings import registry
from vetdesk.services.settings.keys import SettingKey, plain_text
from vetdesk.services.settings.store import (
    change_setting,
    read_setting,
    read_settings,
    unset_setting,
)


def test_a_setting_is_checked_normalised_and_stored(ctx: ServiceContext, manager: Actor,
                                                    receptionist: Actor) -> None:
    assert read_setting(ctx, receptionist, "smtp.security").value == "starttls"  # default
    assert read_setting(ctx, receptionist, "smtp.security").is_default
    change_setting(ctx, manager, "smtp.host", " SMTP.Dyreklinikk.no ")
    change_setting(ctx, manager, "SMTP.PORT", "0587")
    change_setting(ctx, manager, "smtp.sender", "post@dyreklinikk.no")
    assert read_setting(ctx, receptionist, "smtp.host").value == "smtp.dyreklinikk.no"
    assert read_setting(ctx, receptionist, "smtp.port").value == "587"
    with ctx.db.reading() as session:
        stored = {s.key: s.value for s in session.query(ClinicSetting)}
    assert stored == {"smtp.host": "smtp.dyreklinikk.no", "smtp.port": "587",
                      "smtp.sender": "post@dyreklinikk.no"}
    assert [s.key for s in read_settings(ctx, receptionist)][:3] == [
        "smtp.host", "smtp.port", "smtp.security"]


@pytest.mark.parametrize(("key", "value", "sentence"), [
    ("smtp.port", "70000", "smtp.port takes a whole number from 1 to 65535."),
    ("smtp.port", "tjuefem", "smtp.port takes a whole number from 1 to 65535."),
    ("smtp.security", "ssl", "smtp.security is one of: tls, starttls, none."),
    ("smtp.host", "smtp server", "smtp.host takes a server's name or address, like "
                                 "smtp.example.no or 127.0.0.1."),
    ("smtp.sender", "post@", "Something must come after the @ sign, like example.no in "
                             "kari@example.no."),
    ("sms.url", "ftp://sms.example.no", "sms.url takes the gateway's address, like "
                                        "https://sms.example.no/send."),
    ("sms.url", "http://sms.example.no/send", "sms.url must use https (plain http only on "
                                              "this computer, for tests)."),
    ("sms.body", '{"to": "$to"}', "sms.body must contain $to and $text."),
    ("sms.sender", "Dyreklinikken Fjellstad", "sms.sender takes up to 11 letters and digits "
                                              "(like Dyreklinikk) or a phone number."),
    ("smtp.pasword", "x", "There is no setting “smtp.pasword”; `vetdesk settings list` shows "
                          "them all."),
])
def test_a_wrong_value_gets_one_sentence_and_changes_nothing(
    ctx: ServiceContext, manager: Actor, key: str, value: str, sentence: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        change_setting(ctx, manager, key, value)
    assert refused.value.message == sentence
    with ctx.db.reading() as session:
        assert session.query(ClinicSetting).count() == 0


def test_smtp_without_encryption_only_to_this_computer(ctx: ServiceContext,
                                                       manager: Actor) -> None:
    change_setting(ctx, manager, "smtp.host", "127.0.0.1")
    change_setting(ctx, manager, "smtp.security", "none")  # a local relay: allowed
    with pytest.raises(ValidationError) as refused:
        change_setting(ctx, manager, "smtp.host", "smtp.dyreklinikk.no")
    assert refused.value.message == (
        "smtp.security none sends in clear and is accepted only for a server on this computer "
        "(localhost); choose tls or starttls for smtp.dyreklinikk.no.")
    change_setting(ctx, manager, "smtp.security", "tls")
    change_setting(ctx, manager, "smtp.host", "smtp.dyreklinikk.no")
    with pytest.raises(ValidationError):
        change_setting(ctx, manager, "smtp.security", "none")
    assert read_setting(ctx, manager, "smtp.security").value == "tls"


def test_only_the_manager_and_the_administrator_change_settings(
    ctx: ServiceContext, manager: Actor, admin: Actor, receptionist: Actor, vet: Actor
) -> None:
    for refused in (receptionist, vet):
        with pytest.raises(PermissionDenied):
            change_setting(ctx, refused, "smtp.host", "smtp.example.no")
    change_setting(ctx, manager, "smtp.host", "smtp.example.no")
    change_setting(ctx, admin, "smtp.host", "smtp2.example.no")
    assert read_setting(ctx, vet, "smtp.host").value == "smtp2.example.no"


def test_settings_on_the_command_line(db_url: str, manager: Actor, receptionist: Actor) -> None:
    run = Run(db_url)
    code, out, err = run("--user", "mona", "settings", "set", "smtp.host", "smtp.example.no",
                         password=TEST_PASSWORD)
    assert (code, out, err) == (0, "smtp.host = smtp.example.no\n", "")
    code, out, err = run("--user", "kari", "settings", "get", "smtp.host",
                         password=TEST_PASSWORD)
    assert (code, out, err) == (0, "smtp.example.no\n", "")
    code, out, err = run("--user", "kari", "settings", "get", "smtp.port",
                         password=TEST_PASSWORD)
    assert (code, out, err) == (0, "\n", "")  # not set, no default
    code, out, err = run("--user", "kari", "settings", "set", "smtp.port", "587",
                         password=TEST_PASSWORD)
    assert code == 2
    assert err.startswith("vetdesk: Kari Resepsjon (receptionist) may not change the clinic's "
                          "settings")
    code, out, err = run("--user", "mona", "settings", "set", "smtp.port", "x",
                         password=TEST_PASSWORD)
    assert (code, out, err) == (2, "", "vetdesk: smtp.port takes a whole number from 1 to "
                                       "65535.\n")
    code, out, _err = run("--user", "kari", "settings", "list", password=TEST_PASSWORD)
    assert code == 0
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines()}
    assert lines["smtp.host"] == ["smtp.example.no"]
    assert lines["smtp.security"] == ["starttls", "(default)"]
    assert lines["smtp.port"] == ["-"]
    # An e-mail text stays on its line, its line ends shown.
    assert lines["template.recall.email_body.en"][:3] == ["Hi", "{client},\\n\\n{animal}", "is"]


STATUS_URL = "https://sms.example.no/status/$id"


def _stored(ctx: ServiceContext) -> dict[str, str]:
    with ctx.db.reading() as session:
        return {s.key: s.value for s in session.query(ClinicSetting)}


def test_unset_goes_back_to_the_default_or_to_not_set(ctx: ServiceContext, manager: Actor,
                                                      receptionist: Actor) -> None:
    change_setting(ctx, manager, "sms.status_url", STATUS_URL)
    change_setting(ctx, manager, "smtp.security", "tls")
    assert _stored(ctx) == {"sms.status_url": STATUS_URL, "smtp.security": "tls"}

    # An optional key without a default: not set at all, as before it was set.
    unset = unset_setting(ctx, manager, " SMS.Status_URL ")
    assert (unset.key, unset.value, unset.is_default) == ("sms.status_url", None, True)
    after = read_setting(ctx, receptionist, "sms.status_url")
    assert (after.value, after.is_default) == (None, True)
    # A key with a default: back to it.
    assert unset_setting(ctx, manager, "smtp.security").value == "starttls"
    assert read_setting(ctx, receptionist, "smtp.security").value == "starttls"
    assert _stored(ctx) == {}
    # Unsetting what is not set changes nothing, and says so the same way.
    assert unset_setting(ctx, manager, "sms.status_url").value is None

    with ctx.db.reading() as session:
        logged = session.execute(
            select(AuditEvent.action, AuditEvent.entity_id, AuditEvent.username,
                   AuditEvent.details)
            .where(AuditEvent.entity_type == "setting").order_by(AuditEvent.id)).all()
    assert [tuple(row) for row in logged] == [
        ("change", "sms.status_url", "mona", {"fields": ["sms.status_url"]}),
        ("change", "smtp.security", "mona", {"fields": ["smtp.security"]}),
        ("change", "sms.status_url", "mona", {"fields": ["sms.status_url"], "unset": True}),
        ("change", "smtp.security", "mona", {"fields": ["smtp.security"], "unset": True}),
        ("change", "sms.status_url", "mona", {"fields": ["sms.status_url"], "unset": True}),
    ]


def test_only_the_manager_and_the_administrator_unset_settings(
    ctx: ServiceContext, manager: Actor, admin: Actor, receptionist: Actor, vet: Actor
) -> None:
    change_setting(ctx, manager, "sms.status_url", STATUS_URL)
    for refused in (receptionist, vet):
        with pytest.raises(PermissionDenied):
            unset_setting(ctx, refused, "sms.status_url")
    assert _stored(ctx) == {"sms.status_url": STATUS_URL}
    unset_setting(ctx, admin, "sms.status_url")
    assert _stored(ctx) == {}


def test_a_required_key_without_a_default_is_never_unset(
    ctx: ServiceContext, manager: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No key the program ships is required yet; a capability that adds one gets this refusal.
    needed = SettingKey("clinic.register_id", "the clinic's id in a register",
                        plain_text("clinic.register_id", 20), required=True)
    monkeypatch.setattr(registry, "_GROUPS", (*registry._GROUPS, (needed,)))
    change_setting(ctx, manager, "clinic.register_id", "NO-1234")
    with pytest.raises(ValidationError) as refused:
        unset_setting(ctx, manager, "clinic.register_id")
    assert refused.value.message == (
        "clinic.register_id has no default and VetDesk needs a value, so it cannot be unset; "
        "change it with `vetdesk settings set clinic.register_id VALUE`.")
    assert _stored(ctx) == {"clinic.register_id": "NO-1234"}
    with pytest.raises(ValidationError) as unknown:
        unset_setting(ctx, manager, "sms.staus_url")
    assert unknown.value.message == (
        "There is no setting “sms.staus_url”; `vetdesk settings list` shows them all.")


def test_unset_on_the_command_line(db_url: str, manager: Actor, receptionist: Actor) -> None:
    run = Run(db_url)
    for key, value in (("sms.status_url", STATUS_URL), ("sms.sender", "Fjellstad")):
        assert run("--user", "mona", "settings", "set", key, value,
                   password=TEST_PASSWORD)[0] == 0
    code, out, err = run("--user", "kari", "settings", "unset", "sms.status_url",
                         password=TEST_PASSWORD)
    assert code == 2
    assert err.startswith("vetdesk: Kari Resepsjon (receptionist) may not change the clinic's "
                          "settings")
    code, out, err = run("--user", "mona", "settings", "unset", "sms.status_url",
                         password=TEST_PASSWORD)
    assert (code, out, err) == (0, "sms.status_url is not set.\n", "")
    code, out, err = run("--user", "mona", "settings", "unset", "sms.sender",
                         password=TEST_PASSWORD)
    assert (code, out, err) == (0, "sms.sender = VetDesk  (default)\n", "")
    code, out, _err = run("--user", "kari", "settings", "list", password=TEST_PASSWORD)
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines()}
    assert lines["sms.status_url"] == ["-"]
    assert lines["sms.sender"] == ["VetDesk", "(default)"]

"""Every column of every table is classified, and every table about clients is handled.

The schema is read from the migrated database (not from the models), on both engines, so a
table another change adds without deciding its class fails here with the exact place to fix.
"""

from __future__ import annotations

from sqlalchemy import inspect

from vetdesk.domain.privacy_classification import (
    IGNORED_TABLES,
    POLICIES,
    POLICY_FILE,
    DataClass,
    Erasure,
    Group,
    OnErase,
    client_tables,
)
from vetdesk.services.context import ServiceContext


def _schema(ctx: ServiceContext) -> dict[str, list[str]]:
    inspector = inspect(ctx.db.engine)
    return {table: [c["name"] for c in inspector.get_columns(table)]
            for table in inspector.get_table_names() if table not in IGNORED_TABLES}


def _foreign_keys(ctx: ServiceContext) -> dict[str, list[tuple[str, str]]]:
    inspector = inspect(ctx.db.engine)
    return {table: [(fk["constrained_columns"][0], fk["referred_table"])
                    for fk in inspector.get_foreign_keys(table)]
            for table in inspector.get_table_names() if table not in IGNORED_TABLES}


def test_every_table_has_a_decided_class(ctx: ServiceContext) -> None:
    missing = {table: columns for table, columns in _schema(ctx).items()
               if table not in POLICIES}
    assert not missing, "\n".join(
        f"Table {table!r} has no privacy classification: add POLICIES[{table!r}] = "
        f"TablePolicy(group, purpose, basis, retention, erasure, link, columns) in "
        f"{POLICY_FILE}, with a Column for each of: {', '.join(columns)}."
        for table, columns in missing.items())


def test_every_column_is_classified_and_nothing_stale(ctx: ServiceContext) -> None:
    problems = []
    for table, columns in _schema(ctx).items():
        policy = POLICIES.get(table)
        if policy is None:
            continue  # reported by the test above
        unclassified = [c for c in columns if c not in policy.columns]
        stale = [c for c in policy.columns if c not in columns]
        if unclassified:
            problems.append(
                f"{table}: columns {unclassified} are not classified: add them to "
                f"POLICIES[{table!r}].columns in {POLICY_FILE} (personal, clinical, "
                f"accounting, operational or security)")
        if stale:
            problems.append(f"{table}: {POLICY_FILE} classifies {stale}, which the table "
                            "does not have: remove them")
    assert not problems, "\n".join(problems)
    assert set(POLICIES) == set(_schema(ctx)), "POLICIES names tables the schema lacks"


def test_a_table_pointing_at_client_data_is_itself_about_clients(ctx: ServiceContext) -> None:
    """A foreign key into a client's rows makes a table part of the client's data: it must
    say how export and erasure reach it (a ``link``), not claim it holds no client's data."""
    problems = []
    for table, keys in _foreign_keys(ctx).items():
        policy = POLICIES.get(table)
        for column, parent in keys:
            parent_policy = POLICIES.get(parent)
            if policy is None or parent_policy is None or not parent_policy.about_clients:
                continue
            if not policy.about_clients:
                problems.append(
                    f"{table}.{column} refers to {parent}, which holds client data, but "
                    f"POLICIES[{table!r}] says Erasure.NOT_CLIENT: give it a Link and an "
                    f"erasure decision in {POLICY_FILE}")
    assert not problems, "\n".join(problems)


def test_every_client_table_is_reached_from_the_client(ctx: ServiceContext) -> None:
    schema = _schema(ctx)
    about = {name for name, p in POLICIES.items() if p.about_clients}
    # Export, inspect, erasure and the anonymised copy all walk this one order.
    assert set(client_tables()) == about
    for name in about - {"clients"}:
        link = POLICIES[name].link
        assert link is not None, f"{name} is about clients but has no Link in {POLICY_FILE}"
        assert link.column in schema[name], f"{name}: link column {link.column} is missing"
        assert POLICIES[link.parent].about_clients, f"{name} links to {link.parent}"
        assert POLICIES[name].group is not Group.NONE, f"{name} needs an export group"


def test_reference_tables_hold_nobody_s_data() -> None:
    for name, policy in POLICIES.items():
        if policy.erasure is Erasure.NOT_CLIENT:
            assert policy.group is Group.NONE and policy.link is None, name


def test_rows_kept_by_law_lose_every_personal_value_or_hold_none() -> None:
    """A table kept as it is (``Erasure.KEEP``) may hold no personal column of the client;
    a pseudonymised one clears or pseudonymises each (insurance company names are kept)."""
    for name, policy in POLICIES.items():
        personal = [c for c, col in policy.columns.items()
                    if col.data_class is DataClass.PERSONAL]
        if policy.erasure is Erasure.KEEP:
            assert personal == [], f"{name} is kept as it is but holds {personal}"
        if policy.erasure is Erasure.PSEUDONYMISE:
            kept = [c for c in personal if policy.columns[c].on_erase is OnErase.KEEP]
            assert kept in ([], ["insurance_company"]), f"{name} keeps {kept}"


def test_the_classification_in_words() -> None:
    """A few decisions written down as the issue states them."""
    assert POLICIES["clients"].columns["email"].data_class is DataClass.PERSONAL
    assert POLICIES["journal_versions"].columns["content"].data_class is DataClass.CLINICAL
    assert POLICIES["invoices"].columns["total_ore"].data_class is DataClass.ACCOUNTING
    assert POLICIES["users"].columns["password_hash"].data_class is DataClass.SECURITY
    assert POLICIES["messages"].erasure is Erasure.DELETE
    assert POLICIES["consents"].erasure is Erasure.DELETE
    assert POLICIES["journal_entries"].erasure is Erasure.KEEP
    assert POLICIES["invoices"].erasure is Erasure.KEEP
    assert POLICIES["clients"].erasure is Erasure.PSEUDONYMISE

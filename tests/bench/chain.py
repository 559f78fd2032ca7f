"""The hosted chain (300,000 clients) for the search benchmark on PostgreSQL.

The demo generator makes at most 200,000 clients and ten years of history for each, which
takes long; the search box only reads owners, phones, animals and chips. So the chain is the
20,000-client demo clinic with those four tables copied 15 times over, each copy with new ids,
client numbers, phone numbers, chip numbers and e-mail addresses (names repeat, which makes
name searches harder, not easier).
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from vetdesk.db.models import Base

# column -> SQL for the copy (":k" is the copy number); other columns are copied as they are.
_OVERRIDES: dict[str, dict[str, str]] = {
    "clients": {
        "id": "id + :k * :c", "client_no": "client_no + :k * :n",
        "email": "CASE WHEN email IS NULL THEN NULL ELSE :k || '.' || email END",
        "merged_into_id": "NULL", "updated_by_id": "NULL",
    },
    "client_phones": {
        "id": "id + :k * :p", "client_id": "client_id + :k * :c",
        "digits": "substr(digits, 1, 1) || lpad(((substr(digits, 2)::bigint + :k * 104729)"
                  " % 10000000)::text, 7, '0')",
        "e164": "'+47' || substr(digits, 1, 1) || lpad(((substr(digits, 2)::bigint + :k * 104729)"
                " % 10000000)::text, 7, '0')",
    },
    "animals": {
        "id": "id + :k * :a", "owner_id": "owner_id + :k * :c", "updated_by_id": "NULL",
    },
    "identities": {
        "id": "id + :k * :i", "animal_id": "animal_id + :k * :a",
        "value": "CASE WHEN value ~ '^[0-9]{15}$' THEN substr(value, 1, 3) || "
                 "lpad(((substr(value, 4)::bigint + :k * 1000003) % 1000000000000)::text, 12, '0')"
                 " ELSE value || '-' || :k END",
    },
}
_WHERE = {
    "clients": "merged_into_id IS NULL",
    "client_phones": "length(digits) = 8 AND digits ~ '^[0-9]+$'",
    "animals": "TRUE",
    "identities": "TRUE",
}


def replicate(conn: Connection, copies: int) -> None:
    """Add ``copies`` copies of the owners, phones, animals and chips (PostgreSQL)."""
    sizes = {
        name: conn.execute(text(f"SELECT COALESCE(MAX(id), 0) FROM {table}")).scalar_one()
        for name, table in (("c", "clients"), ("p", "client_phones"), ("a", "animals"),
                            ("i", "identities"))
    }
    sizes["n"] = conn.execute(text("SELECT MAX(client_no) FROM clients")).scalar_one()
    for k in range(1, copies + 1):
        for table, overrides in _OVERRIDES.items():
            columns = [c.name for c in Base.metadata.tables[table].columns]
            # psycopg sends small numbers as smallint, whose products overflow: widen them.
            values = [re.sub(r":([kcpain])\b", r"CAST(:\1 AS BIGINT)", overrides.get(c, c))
                      for c in columns]
            conn.execute(
                text(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} "
                     f"FROM {table} WHERE id <= :limit AND {_WHERE[table]}"),
                {"k": k, "limit": sizes[{"clients": "c", "client_phones": "p", "animals": "a",
                                         "identities": "i"}[table]], **sizes},
            )
    for table in _OVERRIDES:
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
        ))

"""The one SQL statement behind the search box, built for the engine at hand.

Every branch (client number, phone, e-mail, chip, client name, animal name) is a small indexed
lookup capped at ``BRANCH_CAP`` rows; the branches are unioned, de-duplicated keeping the best
rank, ranked, cut to the page size and joined to what a result row shows, all in one
statement, so a search is one round trip to a distant server.

Name words come from :func:`vetdesk.domain.text.fold` and are therefore ``[a-z0-9]`` only; they
are still passed as parameters, never pasted into the SQL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vetdesk.domain.search_query import SearchQuery

# Rows per branch: enough to rank sensibly and count "more", small enough to stay fast.
BRANCH_CAP = 500
RANK_EXACT = 0
RANK_PREFIX = 1
RANK_SUBSTRING = 2

# PostgreSQL-only trigram indexes created by migration 0002 (SQLite scans these small columns
# instead). Listed here so the schema drift test knows they are intentional.
POSTGRESQL_SEARCH_INDEXES: frozenset[str] = frozenset(
    {
        "ix_trgm_clients_search_key",
        "ix_trgm_clients_email",
        "ix_trgm_animals_search_key",
        "ix_trgm_client_phones_digits",
        "ix_trgm_identities_value",
    }
)


@dataclass
class _Builder:
    postgres: bool
    params: dict[str, Any] = field(default_factory=dict)
    branches: list[str] = field(default_factory=list)

    def param(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def branch(self, select_sql: str, rank: int) -> None:
        self.branches.append(
            f"SELECT * FROM ({select_sql.replace('{rank}', str(rank))} LIMIT {BRANCH_CAP}) "
            f"AS b{len(self.branches)}"
        )

    def word_prefix(self, column: str, word: str) -> str:
        if self.postgres:
            # pg_trgm turns "(^| )od" into the trigram " od", so this uses the GIN index.
            return f"{column} ~ {self.param('(^| )' + word)}"
        return f"instr(' ' || {column}, {self.param(' ' + word)}) > 0"

    def contains(self, column: str, word: str) -> str:
        if self.postgres:
            return f"{column} LIKE {self.param('%' + _escape_like(word) + '%')}"
        return f"instr({column}, {self.param(word)}) > 0"


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _name_branches(b: _Builder, query: SearchQuery, table: str, id_cols: str) -> None:
    words = query.words
    if not words:
        return
    extra = " AND merged_into_id IS NULL" if table == "clients" else ""
    prefix = " AND ".join(b.word_prefix("search_key", w) for w in words)
    b.branch(f"SELECT {id_cols}, {{rank}} AS rank FROM {table} WHERE {prefix}{extra}", RANK_PREFIX)
    if any(len(w) >= 3 for w in words):
        # Short words stay word prefixes: "od" in the middle of a word is noise.
        inner = " AND ".join(
            b.contains("search_key", w) if len(w) >= 3 else b.word_prefix("search_key", w)
            for w in words
        )
        b.branch(
            f"SELECT {id_cols}, {{rank}} AS rank FROM {table} WHERE {inner}{extra}",
            RANK_SUBSTRING,
        )


def build_search(query: SearchQuery, *, postgres: bool, limit: int) -> tuple[str, dict[str, Any]]:
    b = _Builder(postgres)
    client_cols = "id AS client_id, CAST(NULL AS INTEGER) AS animal_id"
    animal_cols = "owner_id AS client_id, id AS animal_id"
    if query.client_no is not None:
        b.branch(
            f"SELECT {client_cols}, {{rank}} AS rank FROM clients "
            f"WHERE client_no = {b.param(query.client_no)}",
            RANK_EXACT,
        )
    if query.phone_digits:
        phone_cols = "client_id, CAST(NULL AS INTEGER) AS animal_id"
        b.branch(
            f"SELECT {phone_cols}, {{rank}} AS rank FROM client_phones "
            f"WHERE digits = {b.param(query.phone_digits)}",
            RANK_EXACT,
        )
        b.branch(
            f"SELECT {phone_cols}, {{rank}} AS rank FROM client_phones "
            f"WHERE {b.contains('digits', query.phone_digits)}",
            RANK_SUBSTRING,
        )
    if query.email:
        b.branch(
            f"SELECT {client_cols}, {{rank}} AS rank FROM clients "
            f"WHERE lower(email) = {b.param(query.email)}",
            RANK_EXACT,
        )
        if "@" in query.email:
            condition = b.contains("lower(email)", query.email)
        elif postgres:
            condition = f"lower(email) LIKE {b.param(_escape_like(query.email) + '%')}"
        else:
            condition = (
                f"substr(lower(email), 1, {len(query.email)}) = {b.param(query.email)}"
            )
        b.branch(
            f"SELECT {client_cols}, {{rank}} AS rank FROM clients WHERE {condition}",
            RANK_SUBSTRING,
        )
    chip_cols = "a.owner_id AS client_id, a.id AS animal_id"
    chip_from = "identities i JOIN animals a ON a.id = i.animal_id"
    if query.chip_exact:
        b.branch(
            f"SELECT {chip_cols}, {{rank}} AS rank FROM {chip_from} "
            f"WHERE i.value = {b.param(query.chip_exact)}",
            RANK_EXACT,
        )
    if query.chip_suffix:
        b.branch(
            f"SELECT {chip_cols}, {{rank}} AS rank FROM {chip_from} "
            f"WHERE i.value LIKE {b.param('%' + query.chip_suffix)}",
            RANK_SUBSTRING,
        )
    _name_branches(b, query, "clients", client_cols)
    _name_branches(b, query, "animals", animal_cols)
    if not b.branches:
        return "", {}
    matches = " UNION ALL ".join(b.branches)
    chip_kinds = "('iso_chip', 'fdx_a_chip')"
    sql = f"""
WITH m AS ({matches}),
best AS (SELECT client_id, animal_id, MIN(rank) AS rank FROM m GROUP BY client_id, animal_id),
total AS (SELECT COUNT(*) AS n FROM best),
top AS (
  SELECT best.client_id, best.animal_id, best.rank,
         c.last_name AS s1, c.first_name AS s2
  FROM best JOIN clients c ON c.id = best.client_id
  ORDER BY best.rank, c.last_name, c.first_name, best.client_id, best.animal_id
  LIMIT {b.param(limit)}
),
-- An animal hit shows that animal; a client hit shows all the client's animals. Two joins
-- unioned rather than one OR-join, so each side uses its index.
r AS (
  SELECT top.client_id, top.animal_id AS matched_animal_id, top.rank, top.s1, top.s2,
         top.animal_id
  FROM top WHERE top.animal_id IS NOT NULL
  UNION ALL
  SELECT top.client_id, CAST(NULL AS INTEGER), top.rank, top.s1, top.s2, a.id
  FROM top LEFT JOIN animals a ON a.owner_id = top.client_id
  WHERE top.animal_id IS NULL
)
SELECT r.rank, r.client_id, r.matched_animal_id, total.n,
       c.client_no, c.first_name, c.last_name, c.address, c.postal_code, c.city, c.email,
       c.status, c.erased_at,
       (SELECT p.e164 FROM client_phones p WHERE p.client_id = c.id
        ORDER BY p.position, p.id LIMIT 1) AS phone,
       a.id AS animal_id, a.name AS animal_name, a.species, a.breed, a.birth_date,
       a.deceased_on,
       (SELECT i.value FROM identities i WHERE i.animal_id = a.id AND i.kind IN {chip_kinds}
        ORDER BY i.id LIMIT 1) AS chip
FROM r CROSS JOIN total
JOIN clients c ON c.id = r.client_id
LEFT JOIN animals a ON a.id = r.animal_id
ORDER BY r.rank, r.s1, r.s2, r.client_id, r.matched_animal_id, a.name, a.id
"""
    return sql, b.params

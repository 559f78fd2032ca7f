"""The one SQL statement behind the search box, built for the engine at hand.

Every branch (client number, phone, e-mail, chip, client name, animal name) is a small indexed
lookup capped at ``BRANCH_CAP`` rows; the branches are unioned, de-duplicated keeping the best
rank, ranked, cut to the page size and joined to what a result row shows, all in one
statement, so a search is one round trip to a distant server.

Name words come from :func:`vetdesk.domain.text.fold` and are therefore ``[a-z0-9]`` only; they
are still passed as parameters, never pasted into the SQL.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from vetdesk.domain.search_query import SearchQuery

# Rows per branch: enough to rank sensibly and count "more", small enough to stay fast.
BRANCH_CAP = 200
RANK_EXACT = 0
RANK_PREFIX = 1
RANK_SUBSTRING = 2
# Appointments that took place: the latest one is the client's last visit.
VISIT_STATUSES = ("done", "arrived", "in_progress")

# PostgreSQL-only trigram indexes created by migration 0002 (SQLite scans these small columns
# instead). Listed here so the schema drift test knows they are intentional.


@dataclass
class _Builder:
    postgres: bool
    params: dict[str, Any] = field(default_factory=dict)
    branches: list[str] = field(default_factory=list)
    ctes: list[str] = field(default_factory=list)
    # Branch name -> what to select it from (its CTE on PostgreSQL, its subquery on SQLite).
    sources: dict[str, str] = field(default_factory=dict)

    def param(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def branch(self, select_sql: str, rank: int, *, unless_full: tuple[str, ...] = (),
               full: int = BRANCH_CAP, trigram: bool = False) -> str:
        """Add a branch capped at ``BRANCH_CAP`` rows; its name. With ``unless_full`` the branch
        is skipped when those (stronger) branches already found ``full`` rows: its rows could
        not reach the page, and "more" is shown as "200+" either way."""
        sql = select_sql.replace("{rank}", str(rank))
        name = f"b{len(self.branches)}"
        stronger = " UNION ALL ".join(f"SELECT 1 FROM {self.sources[n]} AS s{n}"
                                      for n in unless_full)
        room = f"(SELECT COUNT(*) FROM ({stronger} LIMIT {full}) AS f{name}) < {full}"
        if self.postgres:
            # Each branch is a materialised CTE, so it keeps the plan of the index it was
            # written for and is read only as far as the cap. An index branch carries its
            # LIMIT inside (a btree range scan that stops at the cap); a trigram branch is
            # planned without it, or PostgreSQL gambles on a sequential scan finding 200 rows
            # early (a whole-table read for a rare name), and is cut when read.
            inner = sql if trigram else f"{sql} LIMIT {BRANCH_CAP}"
            self.ctes.append(f"{name} AS MATERIALIZED ({inner})")
            self.sources[name] = f"(SELECT * FROM {name} LIMIT {BRANCH_CAP})"
            # Uncorrelated: a one-time filter, so a skipped branch is not read at all.
            skip = f" WHERE {room}" if unless_full else ""
            self.branches.append(f"SELECT * FROM {self.sources[name]} AS l{name}{skip}")
            return name
        # SQLite allows LIMIT in a UNION member only inside a subquery. It would test a WHERE
        # like the one above on every row of a scan; a LIMIT of 0 it tests before starting.
        cap = f"CASE WHEN {room} THEN {BRANCH_CAP} ELSE 0 END" if unless_full else BRANCH_CAP
        self.sources[name] = f"({sql} LIMIT {cap})"
        self.branches.append(f"SELECT * FROM {self.sources[name]} AS l{name}")
        return name

    def starts_with(self, column: str, start: str) -> str:
        """``column`` begins with ``start``, as a range an ordinary (SQLite, binary collation)
        or ``text_pattern_ops`` (PostgreSQL) btree answers whatever the server's collation,
        and also in a prepared statement's generic plan (which ``LIKE :p`` would not be)."""
        low, high = self.param(start), self.param(start + "\U0010ffff")
        if self.postgres:
            return f"({column} ~>=~ {low} AND {column} ~<~ {high})"
        return f"({column} >= {low} AND {column} < {high})"

    def word_prefix(self, column: str, word: str) -> str:
        if self.postgres:
            # pg_trgm turns "(^| )od" into the trigram " od", so this uses the GIN index.
            return f"{column} ~ {self.param('(^| )' + word)}"
        return (f"({column} LIKE {self.param(word + '%')} "
                f"OR instr({column}, {self.param(' ' + word)}) > 0)")

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
    prefix = " AND ".join(b.word_prefix("search_key", w) for w in words)
    substring = (
        " AND ".join(
            b.contains("search_key", w) if len(w) >= 3 else b.word_prefix("search_key", w)
            for w in words
        )
        if any(len(w) >= 3 for w in words) else None  # short words stay word prefixes
    )
    if b.postgres:
        # A name that starts with the first word is a btree range scan that stops at the cap;
        # only when that does not fill the cap are the trigram indexes read (word starts
        # anywhere, then substrings), each capped in its own branch.
        rest = [b.word_prefix("search_key", w) for w in words[1:]]
        starts = " AND ".join([b.starts_with("search_key", words[0]), *rest])
        first = b.branch(f"SELECT {id_cols}, {{rank}} AS rank FROM {table} WHERE {starts}",
                         RANK_PREFIX)
        second = b.branch(f"SELECT {id_cols}, {{rank}} AS rank FROM {table} WHERE {prefix}",
                          RANK_PREFIX, unless_full=(first,), trigram=True)
        if substring is not None:
            b.branch(f"SELECT {id_cols}, {{rank}} AS rank FROM {table} WHERE {substring}",
                     RANK_SUBSTRING, unless_full=(first, second), trigram=True)
        return
    if substring is None:
        b.branch(f"SELECT {id_cols}, {{rank}} AS rank FROM {table} WHERE {prefix}", RANK_PREFIX)
        return
    # SQLite scans the (id, search_key) index once and ranks as it goes: one scan, not two.
    b.branch(
        f"SELECT {id_cols}, CASE WHEN {prefix} THEN {RANK_PREFIX} ELSE {RANK_SUBSTRING} END "
        f"AS rank FROM {table} WHERE {substring} ORDER BY rank",
        RANK_SUBSTRING,
    )


def build_search(query: SearchQuery, *, postgres: bool, limit: int,
                 today: tuple[dt.datetime, dt.datetime] | None = None,
                 ) -> tuple[str, dict[str, Any]]:
    """``today`` (the clinic's day, as UTC bounds) ranks equal matches by activity: an
    appointment today first, then the latest visit (issue 8: Kari Ødegård was 12th for
    "odeg" because equal matches went by first name). Its bounds are bound as the
    parameters ``today_start`` and ``today_end``, which the caller types."""
    b = _Builder(postgres)
    # Branches give the client for owner hits and the animal for animal hits; the owner of an
    # animal is looked up once afterwards (so SQLite can answer from the name index alone).
    # Every branch gives the owner, the animal (for animal hits) and a sort key, so ranking
    # needs no join: the joins happen only for the page of hits shown.
    client_cols = "id AS client_id, CAST(NULL AS INTEGER) AS animal_id, search_key AS sk"
    animal_cols = "owner_id AS client_id, id AS animal_id, search_key AS sk"
    if query.client_no is not None:
        b.branch(
            f"SELECT {client_cols}, {{rank}} AS rank FROM clients "
            f"WHERE client_no = {b.param(query.client_no)}",
            RANK_EXACT,
        )
    chip_cols = "a.owner_id AS client_id, a.id AS animal_id, a.search_key AS sk"
    chip_from = "identities i JOIN animals a ON a.id = i.animal_id"
    # Exact number matches, each an index lookup. A part of a number is looked for only when
    # no phone or chip has the whole of it: a chip or phone number found is what was meant,
    # and the search then reads no more than it returns.
    exact_numbers: list[str] = []
    if query.chip_exact:
        exact_numbers.append(b.branch(
            f"SELECT {chip_cols}, {{rank}} AS rank FROM {chip_from} "
            f"WHERE i.value = {b.param(query.chip_exact)}",
            RANK_EXACT,
        ))
    if query.phone_digits:
        phone_cols = "client_id, CAST(NULL AS INTEGER) AS animal_id, '' AS sk"
        exact_numbers.append(b.branch(
            f"SELECT {phone_cols}, {{rank}} AS rank FROM client_phones "
            f"WHERE digits = {b.param(query.phone_digits)}",
            RANK_EXACT,
        ))
        b.branch(
            f"SELECT {phone_cols}, {{rank}} AS rank FROM client_phones "
            f"WHERE {b.contains('digits', query.phone_digits)}",
            RANK_SUBSTRING, unless_full=tuple(exact_numbers), full=1, trigram=True,
        )
    if query.chip_suffix:
        if postgres:
            # Digit trigrams are common to most chips; a reversed-value btree finds suffixes.
            suffix = f"reverse(i.value) LIKE {b.param(query.chip_suffix[::-1] + '%')}"
        else:
            suffix = f"i.value LIKE {b.param('%' + query.chip_suffix)}"
        b.branch(f"SELECT {chip_cols}, {{rank}} AS rank FROM {chip_from} WHERE {suffix}",
                 RANK_SUBSTRING, unless_full=tuple(exact_numbers), full=1)
    if query.email:
        # lower(email) has an expression index on both engines (migration 0008).
        exact = b.branch(
            f"SELECT {client_cols}, {{rank}} AS rank FROM clients "
            f"WHERE lower(email) = {b.param(query.email)}",
            RANK_EXACT,
        )
        # "@example.no" asks for a domain (a substring); anything else is the start of an
        # address, a range of the same index. A whole address that exists needs neither.
        domain = query.email.startswith("@")
        if domain:
            condition = b.contains("lower(email)", query.email)
        else:
            condition = b.starts_with("lower(email)", query.email)
        b.branch(
            f"SELECT {client_cols}, {{rank}} AS rank FROM clients WHERE {condition}",
            RANK_SUBSTRING, unless_full=(exact,), full=1, trigram=domain,
        )
    _name_branches(b, query, "clients", client_cols)
    _name_branches(b, query, "animals", animal_cols)
    if not b.branches:
        return "", {}
    matches = " UNION ALL ".join(b.branches)
    if today is None:
        activity = "1 AS today, CAST(NULL AS INTEGER) AS visited"
    else:
        b.params["today_start"], b.params["today_end"] = today
        visit_statuses = ", ".join(f"'{status}'" for status in VISIT_STATUSES)
        activity = (
            # A scalar subquery with LIMIT, not EXISTS: PostgreSQL would hash EXISTS into one
            # scan of every appointment; this is one index probe per hit.
            "CASE WHEN (SELECT 1 FROM appointments ap WHERE ap.client_id = best.client_id"
            " AND ap.starts_at >= :today_start AND ap.starts_at < :today_end"
            " AND ap.status NOT IN ('cancelled', 'no_show') LIMIT 1) IS NOT NULL"
            " THEN 0 ELSE 1 END AS today, "
            "(SELECT MAX(ap.starts_at) FROM appointments ap WHERE ap.client_id = best.client_id"
            f" AND ap.starts_at < :today_start AND ap.status IN ({visit_statuses})) AS visited"
        )
    chip_kinds = "('iso_chip', 'fdx_a_chip')"
    ctes = "".join(f"{cte},\n" for cte in b.ctes)
    sql = f"""
WITH {ctes}m AS ({matches}),
best AS (
  SELECT client_id, animal_id, MIN(rank) AS rank, MIN(sk) AS sk FROM m
  GROUP BY client_id, animal_id
),
total AS (SELECT COUNT(*) AS n FROM best),
active AS (
  SELECT best.*, {activity} FROM best
),
top AS (
  SELECT client_id, animal_id, rank, sk, today, visited FROM active
  -- NULLS LAST rather than "(visited IS NULL), visited DESC": PostgreSQL would run the
  -- last-visit subquery once for each of the two sort keys.
  ORDER BY rank, today, visited DESC NULLS LAST, sk, client_id, animal_id
  LIMIT {b.param(limit)}
),
-- An animal hit shows that animal; a client hit shows all the client's animals. Two joins
-- unioned rather than one OR-join, so each side uses its index.
r AS (
  SELECT top.client_id, top.animal_id AS matched_animal_id, top.rank, top.sk, top.today,
         top.visited, top.animal_id
  FROM top WHERE top.animal_id IS NOT NULL
  UNION ALL
  SELECT top.client_id, CAST(NULL AS INTEGER), top.rank, top.sk, top.today, top.visited, a.id
  FROM top LEFT JOIN animals a ON a.owner_id = top.client_id
  WHERE top.animal_id IS NULL
)
SELECT r.rank, r.client_id, r.matched_animal_id, total.n,
       c.client_no, c.first_name, c.last_name, c.address, c.postal_code, c.city, c.email,
       c.status, c.erased_at,
       -- Restriction of processing (GDPR art. 18) shows on the hit: one flag, same statement.
       CASE WHEN c.restricted_at IS NULL THEN 0 ELSE 1 END AS restricted,
       (SELECT p.e164 FROM client_phones p WHERE p.client_id = c.id
        ORDER BY p.position, p.id LIMIT 1) AS phone,
       a.id AS animal_id, a.name AS animal_name, a.species, a.breed, a.birth_date,
       a.deceased_on,
       (SELECT i.value FROM identities i WHERE i.animal_id = a.id AND i.kind IN {chip_kinds}
        ORDER BY i.id LIMIT 1) AS chip,
       {_alerts_json("client_alerts", "client_id", "c.id", postgres)} AS client_alerts,
       {_alerts_json("animal_alerts", "animal_id", "a.id", postgres)} AS animal_alerts
FROM r CROSS JOIN total
-- LEFT JOIN (every hit has its client): with a plain join SQLite builds a Bloom filter by
-- reading every client first (8 ms of a 2 ms chip search at 20,000 clients).
LEFT JOIN clients c ON c.id = r.client_id
LEFT JOIN animals a ON a.id = r.animal_id
-- A merged client's record stays for the audit trail but is never offered.
WHERE c.merged_into_id IS NULL
ORDER BY r.rank, r.today, r.visited DESC NULLS LAST, r.sk, r.client_id,
         r.matched_animal_id, a.name, a.id
"""
    return sql, b.params


def _alerts_json(table: str, key: str, owner: str, postgres: bool) -> str:
    """The active warning and mandatory alerts as a JSON array of [severity, text], mandatory
    first: in the search statement itself, so "bites when muzzled" shows on the hit without a
    second round trip."""
    where = (f"x.{key} = {owner} AND x.active AND x.severity IN ('warning', 'mandatory')")
    if postgres:
        return (f"(SELECT json_agg(json_build_array(x.severity, x.text) "
                f"ORDER BY x.severity <> 'mandatory', x.id) FROM {table} x WHERE {where})")
    return (f"(SELECT json_group_array(json_array(y.severity, y.text)) FROM "
            f"(SELECT x.severity, x.text FROM {table} x WHERE {where} "
            f"ORDER BY x.severity <> 'mandatory', x.id) y)")

"""Hash chains that make tampering visible (DESIGN.md, "tampering is detected").

Each row's hash is SHA-256 over the previous row's hash and a canonical JSON rendering of the
row's own content. Changing any field, or removing or reordering rows, breaks the chain from
that row on; rows removed from the very end leave a shorter valid chain, which is why
`vetdesk verify` prints the tip to be written down and checked later (--expect). Journal
chains have no tip of their own to write down: each version's hash is carried into the audit
chain (ANCHORED_VERSIONS_KEY), so the one audit tip anchors them as well.

The canonical form is part of the data format: change it only with a migration that re-renders
nothing (old rows must still verify).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

GENESIS_HASH = "0" * 64


def _canonical_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in hashed content")
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, Decimal):
        # Normalise so 4.50 and 4.5 hash alike whatever the column scale returns.
        normal = value.normalize()
        return format(normal, "f")
    if isinstance(value, Mapping):
        return {str(k): _canonical_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical_value(v) for v in value]
    return value


def canonical_json(content: Mapping[str, Any]) -> str:
    return json.dumps(
        _canonical_value(content), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )


def _stored_scalar(value: Any) -> Any:
    """json's ``default`` for canonical_json_of_stored: what JSON cannot write itself."""
    if isinstance(value, dt.datetime | dt.date | uuid.UUID | Decimal):
        return _canonical_value(value)
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"{type(value).__name__} in hashed content")


def canonical_json_of_stored(content: Mapping[str, Any]) -> str:
    """The same text as :func:`canonical_json`, written by json's C encoder in one call
    (several times faster: the anonymised copy re-hashes whole chains).

    Only for content read back from the database, whose JSON keys are all text: json sorts
    a mapping's keys before it turns them into text, so ``{10: …, 2: …}`` would come out in
    another order than canonical_json's. The golden vectors check both agree."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=_stored_scalar)


def chained_hash(prev_hash: str, content: Mapping[str, Any]) -> str:
    return chained_hash_of_text(prev_hash, canonical_json(content))


def chained_hash_of_text(prev_hash: str, canonical: str) -> str:
    """SHA-256 over the previous hash, a newline and the canonical JSON text. PostgreSQL's
    vetdesk_audit_append (vetdesk/db/security/functions.py) computes exactly this in SQL."""
    digest = hashlib.sha256()
    digest.update(prev_hash.encode("ascii"))
    digest.update(b"\n")
    digest.update(canonical.encode("utf-8"))
    return digest.hexdigest()


# The fields of each chained table that the hash covers, in one place for writers and verify.
# The audit row's id is not hashed: the chain links already fix the order, verify checks that
# ids run without gaps, and leaving it out lets PostgreSQL append a row in one statement
# (migration 0003) with content the program rendered before the id was known.
AUDIT_HASHED_FIELDS: tuple[str, ...] = (
    "occurred_at",
    "user_id",
    "username",
    "action",
    "entity_type",
    "entity_id",
    "client_id",
    "animal_id",
    "details",
    "workstation",
)

JOURNAL_VERSION_HASHED_FIELDS: tuple[str, ...] = (
    "id",
    "entry_id",
    "animal_id",
    "version_no",
    "action",
    "event_time",
    "content",
    "weight_kg",
    "temperature_c",
    "confidential",
    "reason",
    "requested_by",
    "author_id",
    "created_at",
    "chain_seq",
)


def hashed_content(row: Mapping[str, Any], fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: row[name] for name in fields}


# The signed entry's own immutable facts are hashed into each of its versions, so a changed
# author or signing time is caught as well as changed text.
JOURNAL_ENTRY_HASHED_FIELDS: tuple[str, ...] = (
    "kind",
    "author_id",
    "started_at",
    "signed_at",
    "signed_by_id",
    "auto_locked",
)


def journal_version_content(
    version: Mapping[str, Any],
    entry: Mapping[str, Any],
    attachment_hashes: Iterable[str] = (),
) -> dict[str, Any]:
    """What a journal version's hash covers: its own fields, its entry's facts and the SHA-256
    of each file attached to the entry, so a file swapped together with its stored SHA-256 is
    caught (issue 7).

    ``help_requested_at`` is present only when it differs from the event time (see
    HELP_REQUESTED_KEY). The ``attachments`` key is only present when the entry has files.
    Every version written before files were hashed and had none (most of them) keeps its hash,
    so no stored chain had to be re-rendered; only versions of entries that already had files
    stop verifying, which the release notes say. Files belong to the entry and are fixed at
    signing (no service adds one later), so every version of an entry hashes the same sorted
    list.
    """
    content = hashed_content(version, JOURNAL_VERSION_HASHED_FIELDS)
    content["entry"] = hashed_content(entry, JOURNAL_ENTRY_HASHED_FIELDS)
    if (requested := help_requested_at_to_hash(version)) is not None:
        content[HELP_REQUESTED_KEY] = requested
    hashes = sorted(attachment_hashes)
    if hashes:
        content["attachments"] = hashes
    return content


def journal_version_content_parts(
    version: Mapping[str, Any],
    entry: Mapping[str, Any],
    attachment_hashes: Iterable[str] = (),
) -> tuple[str, str]:
    """The canonical text of :func:`journal_version_content` in two pieces around the value
    of ``chain_seq``, for PostgreSQL's journal functions (vetdesk/db/security/journal_writes.py),
    which learn the chain position only at the tip: ``head + str(seq) + tail`` is the text.

    ``version["chain_seq"]`` is ignored. The keys sorting before ``chain_seq`` hold ids,
    names of actions, numbers and file hashes only, never typed text, so the first
    ``"chain_seq":`` is the version's own.
    """
    text = canonical_json(journal_version_content({**version, "chain_seq": 0}, entry,
                                                  attachment_hashes))
    key = ',"chain_seq":'
    at = text.index(key + "0,") + len(key)
    return text[:at], text[at + 1:]


# When help was asked for (FOR-2006-02-20-229 § 4, issue 8) came after the canonical form was
# fixed. It is hashed under this key only when it differs from the event time: every version
# written before it existed was given its event time (migration 0007) and keeps its hash, and
# a version whose two times differ hashes both. Changing either time changes the canonical
# form whichever way it goes (apart, together, or moved together), so nothing escapes the hash.
HELP_REQUESTED_KEY = "help_requested_at"


def help_requested_at_to_hash(version: Mapping[str, Any]) -> dt.datetime | None:
    """The time help was asked for if the hash must name it, else None (it equals the event
    time, or the row predates the field)."""
    requested = version.get(HELP_REQUESTED_KEY)
    if requested is None or requested == version["event_time"]:
        return None
    if not isinstance(requested, dt.datetime):
        raise ValueError("help_requested_at must be a datetime")
    return requested


# The key in an audit event's details that carries journal versions' hashes, {version id
# (hex): hash}. Every version's own event names it, so the single audit tip, written down
# outside the database, anchors every journal chain too: a journal version removed, or a chain
# recomputed after an edit, no longer matches what the audit log recorded (issue 7).
ANCHORED_VERSIONS_KEY = "version_hashes"


# The entity type of the audit event that ends an anonymised copy whose chains were re-sealed
# over its pseudonymised values (services/privacy/reseal.py), and of the original's event
# recording that a copy was made. Verify names a re-sealed copy as such: its chains prove the
# copy whole, nothing about the original.
RESEALED_COPY = "anonymised_copy"


def version_anchor(versions: Mapping[uuid.UUID, str]) -> dict[str, dict[str, str]]:
    """The audit details that anchor ``versions`` (id to hash): ids and hashes only, never
    content, so the audit log stays free of personal data."""
    return {ANCHORED_VERSIONS_KEY: {version_id.hex: digest for version_id, digest
                                    in versions.items()}}


# -- the retention purge (issue 10) ---------------------------------------------------------
# The purge's own audit row says where it cut and carries forward what the audit rows it
# deleted had anchored, so the audit tip still anchors every journal version and prescription
# that is kept. Ids, numbers and hashes only (flat text values inside each map, so the
# server's rendering of the row is the program's canonical form).
PURGE_ENTITY = "retention_purge"
# {animal id: "version hex:hash"}: that version and, through its chain, every earlier one.
CHAIN_TIPS_KEY = "chain_tips"
# The key of a prescription's issuing event that carries its hash (issue 12).
PRESCRIPTION_ANCHOR_KEY = "prescription_hash"
# {prescription hex: "animal id:hash"}: kept prescriptions whose issuing event was deleted.
PRESCRIPTION_HASHES_KEY = "prescription_hashes"
# {animal id: hash of the deleted chain's last version}: journal chains deleted whole.
PURGED_JOURNALS_KEY = "purged_journals"
# The audit rows deleted: the last one's id and hash (the first kept row links to it), and
# how many.
AUDIT_LAST_KEY = "audit_last"
AUDIT_LAST_HASH_KEY = "audit_last_hash"
AUDIT_ROWS_KEY = "audit_rows"

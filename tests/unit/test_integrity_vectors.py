"""Golden vectors: fixed rows and the hashes every stored chain depends on, written out.

The canonical form is part of the data format. If one of these fails, a change to the hashing
(a field added, a date or number rendered differently, a key renamed) would make every
existing database fail ``vetdesk verify``: change the code back, not the literals.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from vetdesk.domain.integrity import (
    AUDIT_HASHED_FIELDS,
    GENESIS_HASH,
    canonical_json,
    canonical_json_of_stored,
    chained_hash,
    hashed_content,
    journal_version_content,
    version_anchor,
)

VERSION_ID = uuid.UUID("0a8e2c4f-6b1d-4e3a-9c7b-5d3f1e2a4c6b")
ENTRY_ID = uuid.UUID("5f0c3a4e-9b2d-4c1e-8a7f-6b5d4c3b2a19")
PREVIOUS = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
# SHA-256 of the empty file and of the text "5" (any two fixed values do).
FILES = ["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
         "5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef"]

AUDIT_ROW: dict[str, Any] = {
    "occurred_at": dt.datetime(2026, 11, 22, 7, 55, 1, 250000, tzinfo=dt.UTC),
    "user_id": 3,
    "username": "lie",
    "action": "create",
    "entity_type": "journal_entry",
    "entity_id": ENTRY_ID.hex,
    "client_id": 1001,
    "animal_id": 7,
    "details": {"version": 1, "kind": "consultation", "chain_seq": 1,
                **version_anchor({VERSION_ID: "ab" * 32})},
    "workstation": "resepsjon-1",
}

VERSION: dict[str, Any] = {
    "id": VERSION_ID,
    "entry_id": ENTRY_ID,
    "animal_id": 7,
    "version_no": 2,
    "action": "correct",
    # Oslo winter time: the hash renders it in UTC.
    "event_time": dt.datetime(2026, 11, 22, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))),
    "content": {"anamnesis": "Halter på høyre bakben.", "findings": "Øm over kneet."},
    "weight_kg": Decimal("31.400"),  # as Numeric(8, 3) returns it: hashed as 31.4
    "temperature_c": Decimal("38.6"),
    "confidential": False,
    "reason": "Feil side",
    "requested_by": "owner",
    "author_id": 3,
    "created_at": dt.datetime(2026, 11, 23, 9, 0, 0, 5, tzinfo=dt.UTC),
    "chain_seq": 4,
}

ENTRY: dict[str, Any] = {
    "kind": "consultation",
    "author_id": 3,
    "started_at": dt.datetime(2026, 11, 22, 7, 40, tzinfo=dt.UTC),
    "signed_at": dt.datetime(2026, 11, 22, 7, 55, 1, 250000, tzinfo=dt.UTC),
    "signed_by_id": 3,
    "auto_locked": False,
}


def test_an_audit_row_renders_and_hashes_as_it_always_has() -> None:
    content = hashed_content(AUDIT_ROW, AUDIT_HASHED_FIELDS)
    assert canonical_json(content) == (
        '{"action":"create","animal_id":7,"client_id":1001,"details":{"chain_seq":1,'
        '"kind":"consultation","version":1,"version_hashes":{"0a8e2c4f6b1d4e3a9c7b5d3f1e2a4c6b":'
        '"abababababababababababababababababababababababababababababababab"}},'
        '"entity_id":"5f0c3a4e9b2d4c1e8a7f6b5d4c3b2a19","entity_type":"journal_entry",'
        '"occurred_at":"2026-11-22T07:55:01.250000Z","user_id":3,"username":"lie",'
        '"workstation":"resepsjon-1"}'
    )
    assert chained_hash(GENESIS_HASH, content) == (
        "73993c845d54898300c5988cb5e003f2274fba28977c970eec40919a3c1fcefd"
    )


def test_a_journal_version_with_files_renders_and_hashes_as_it_always_has() -> None:
    content = journal_version_content(VERSION, ENTRY, FILES)
    assert canonical_json(content) == (
        '{"action":"correct","animal_id":7,"attachments":['
        '"5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef",'
        '"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],"author_id":3,'
        '"chain_seq":4,"confidential":false,"content":{"anamnesis":"Halter på høyre bakben.",'
        '"findings":"Øm over kneet."},"created_at":"2026-11-23T09:00:00.000005Z","entry":{'
        '"author_id":3,"auto_locked":false,"kind":"consultation",'
        '"signed_at":"2026-11-22T07:55:01.250000Z","signed_by_id":3,'
        '"started_at":"2026-11-22T07:40:00.000000Z"},'
        '"entry_id":"5f0c3a4e9b2d4c1e8a7f6b5d4c3b2a19","event_time":"2026-11-22T07:30:00.000000Z",'
        '"id":"0a8e2c4f6b1d4e3a9c7b5d3f1e2a4c6b","reason":"Feil side","requested_by":"owner",'
        '"temperature_c":"38.6","version_no":2,"weight_kg":"31.4"}'
    )
    assert chained_hash(PREVIOUS, content) == (
        "020dae2e1b3af027a60dad1fa1a957900d0b0be2ff0c98e0b811c8f1ed53dcca"
    )
    # The files' order in the database does not matter: they are hashed sorted.
    assert chained_hash(PREVIOUS, journal_version_content(VERSION, ENTRY, FILES[::-1])) == (
        "020dae2e1b3af027a60dad1fa1a957900d0b0be2ff0c98e0b811c8f1ed53dcca"
    )


def test_a_journal_version_without_files_keeps_the_hash_it_had_before_files_were_hashed() -> None:
    content = journal_version_content(VERSION, ENTRY)
    assert "attachments" not in canonical_json(content)
    assert chained_hash(PREVIOUS, content) == (
        "2c6b38a6588be853990c007bf92c86d30bca05e0ab4a86370c328fecfa07e54f"
    )


def test_a_version_whose_help_was_asked_for_at_the_event_keeps_its_old_hash() -> None:
    """Migration 0007 gave every older version its event time as the time help was asked for;
    the canonical form leaves the field out then, so no stored chain changes (issue 8)."""
    same = {**VERSION, "help_requested_at": dt.datetime(2026, 11, 22, 7, 30, tzinfo=dt.UTC)}
    assert "help_requested_at" not in canonical_json(journal_version_content(same, ENTRY))
    assert chained_hash(PREVIOUS, journal_version_content(same, ENTRY)) == (
        "2c6b38a6588be853990c007bf92c86d30bca05e0ab4a86370c328fecfa07e54f"
    )


def test_a_version_whose_help_was_asked_for_earlier_hashes_that_time() -> None:
    earlier = {**VERSION, "help_requested_at": dt.datetime(
        2026, 11, 22, 7, 5, tzinfo=dt.timezone(dt.timedelta(hours=1)))}
    content = journal_version_content(earlier, ENTRY)
    assert canonical_json(content) == (
        '{"action":"correct","animal_id":7,"author_id":3,"chain_seq":4,"confidential":false,'
        '"content":{"anamnesis":"Halter på høyre bakben.","findings":"Øm over kneet."},'
        '"created_at":"2026-11-23T09:00:00.000005Z","entry":{"author_id":3,"auto_locked":false,'
        '"kind":"consultation","signed_at":"2026-11-22T07:55:01.250000Z","signed_by_id":3,'
        '"started_at":"2026-11-22T07:40:00.000000Z"},'
        '"entry_id":"5f0c3a4e9b2d4c1e8a7f6b5d4c3b2a19","event_time":"2026-11-22T07:30:00.000000Z",'
        '"help_requested_at":"2026-11-22T06:05:00.000000Z","id":"0a8e2c4f6b1d4e3a9c7b5d3f1e2a4c6b",'
        '"reason":"Feil side","requested_by":"owner","temperature_c":"38.6","version_no":2,'
        '"weight_kg":"31.4"}'
    )
    assert chained_hash(PREVIOUS, content) == (
        "7ef45744011dee0079e0979bf260fbc79f1fb73c4a80b6c9e204e31269997cfd"
    )


def test_the_fast_rendering_of_stored_content_is_the_same_text() -> None:
    """canonical_json_of_stored (the anonymised copy's re-sealing) must write exactly what
    canonical_json writes: the copy's chains are verified with the latter."""
    audit = hashed_content(AUDIT_ROW, AUDIT_HASHED_FIELDS)
    version = journal_version_content({**VERSION, "help_requested_at": VERSION["event_time"]
                                       - dt.timedelta(minutes=5)}, ENTRY, FILES)
    nested = {"b": [1, 2.5, None, True, {"z": Decimal("4.50"), "a": dt.date(2026, 1, 31)}],
              "a": "Ødegård \"sitat\" \\ \n", "c": (ENTRY_ID, "x")}
    for content in (audit, version, nested):
        assert canonical_json_of_stored(content) == canonical_json(content)
    assert canonical_json_of_stored(nested) == (
        '{"a":"Ødegård \\"sitat\\" \\\\ \\n","b":[1,2.5,null,true,{"a":"2026-01-31",'
        '"z":"4.5"}],"c":["5f0c3a4e9b2d4c1e8a7f6b5d4c3b2a19","x"]}')

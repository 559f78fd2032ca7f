from __future__ import annotations

import pytest

from vetdesk.domain.text import fold, search_key


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Ødegård", "odegard"),
        ("ØDEGÅRD", "odegard"),
        ("odegard", "odegard"),
        ("Oedegaard", "odegard"),
        ("Åse", "ase"),
        ("aase", "ase"),
        ("Bækkelund", "baekkelund"),
        ("Strøm-Hansen", "strom hansen"),
        ("  José  ", "jose"),
    ],
)
def test_fold_matches_how_people_type(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def test_search_key_joins_parts_and_skips_empty() -> None:
    assert search_key("Kari", None, "Ødegård", "") == "kari odegard"

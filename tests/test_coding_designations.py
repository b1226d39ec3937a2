"""A party designated a terrorist organization by a state is denounced by it (111); a party
recognized as a state or as the holder of power is granted recognition (054)."""

from __future__ import annotations

import pytest

from coded import coded as _coded
from eventwire.resources import Resources


@pytest.mark.parametrize(("text", "expected"), [
    # designating a group a terrorist organization names it a wrongdoer
    ("The Egyptian court designated the Muslim Brotherhood a terrorist group.", [("EGYJUD", "111", "EGYREB")]),
    # designating a place for a purpose is no event
    ("The Kenyan government designated Lamu as a special economic zone.", []),
])
def test_designated_terrorist(resources: Resources, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(resources, text) == expected


def test_recognized_as_state(resources: Resources) -> None:
    assert _coded(resources, "Venezuela recognized the Kosovo government as a sovereign state on Monday.") == [
        ("VEN", "054", "XKXGOV")]

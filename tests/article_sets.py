"""Checks shared by the tests of the article gold sets (held-out and development)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

COUNTS = re.compile(r"(\d+) stories\b.*?, (\d+) sentences: (\d+) carry at least one event, (\d+) carry none;\s+"
                    r"(\d+) events")


def readme_counts(readme: Path, records: list[dict[str, Any]]) -> tuple[list[int], list[int]]:
    """Return the counts a set's README states and those of its records (stories, sentences,
    sentences with and without events, events), for the caller to compare."""
    found = COUNTS.search(readme.read_text(encoding="utf-8"))
    assert found, f"{readme} lost its counts line"
    sentences = sum(len(r["sentences"]) for r in records)
    busy = sum(len({tuple(e["sentence"]) for e in r["events"]}) for r in records)
    events = sum(len(r["events"]) for r in records)
    return [int(g) for g in found.groups()], [len(records), sentences, busy, sentences - busy, events]

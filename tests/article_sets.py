"""Checks shared by the tests of the article gold sets (held-out and development)."""

from __future__ import annotations

import importlib.util
import json
import re
from itertools import pairwise
from pathlib import Path
from types import ModuleType
from typing import Any

import pycountry

from eventwire.ontology.codebook import load_codebook

CLASSES = {"IGO", "NGO", "IMG"}  # the gold sets' actor classes besides ISO3 country codes
USER_ASSIGNED = {"XKX"}  # Kosovo: the user-assigned code the actor table uses; ISO 3166 has none
COUNTS = re.compile(r"(\d+) stories\b.*?, (\d+) sentences: (\d+) carry at least one event, (\d+) carry none;\s+"
                    r"(\d+) events")


def json_lines(path: Path) -> list[dict[str, Any]]:
    """Return the records of a JSON Lines set file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def load_script(path: Path) -> ModuleType:
    """Import a set's builder script by its path (its folder name is no importable package)."""
    spec = importlib.util.spec_from_file_location(f"set_script_{path.parent.name}_{path.stem}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def readme_counts(readme: Path, records: list[dict[str, Any]]) -> tuple[list[int], list[int]]:
    """Return the counts a set's README states and those of its records (stories, sentences,
    sentences with and without events, events), for the caller to compare."""
    found = COUNTS.search(readme.read_text(encoding="utf-8"))
    assert found, f"{readme} lost its counts line"
    sentences = sum(len(r["sentences"]) for r in records)
    busy = sum(len({tuple(e["sentence"]) for e in r["events"]}) for r in records)
    events = sum(len(r["events"]) for r in records)
    return [int(g) for g in found.groups()], [len(records), sentences, busy, sentences - busy, events]


def check_tiling(records: list[dict[str, Any]]) -> None:
    """Assert that each story's sentences tile its text and that each event's sentence is one of
    them, with its text at its offsets."""
    for r in records:
        spans = [tuple(s) for s in r["sentences"]]
        assert spans[0][0] == 0 and spans[-1][1] == len(r["text"].rstrip()), r["id"]
        assert all(a[1] <= b[0] for a, b in pairwise(spans)), r["id"]
        assert all(not r["text"][a[1]:b[0]].strip() for a, b in pairwise(spans)), r["id"]
        for e in r["events"]:
            assert tuple(e["sentence"]) in spans, (r["id"], e["sentence_text"])
            assert r["text"][e["sentence"][0]:e["sentence"][1]] == e["sentence_text"]


def check_codes(records: list[dict[str, Any]], *, places: bool = True) -> None:
    """Assert that every event's CAMEO code is known with its PLOVER type, and that its actors
    and (for sets that give places) its place's country are ISO codes (or Kosovo's user-assigned
    XKX) or the gold classes."""
    codebook = load_codebook()
    for r in records:
        for e in r["events"]:
            code = codebook[e["cameo"]]
            assert e["plover"] == (str(code.plover) if code.plover else None), (r["id"], e["cameo"])
            for actor in e["source"] + e["target"]:
                assert actor in CLASSES | USER_ASSIGNED or pycountry.countries.get(alpha_3=actor), (r["id"], actor)
            place = e["place"] if places else None
            assert place is None or place["country"] in USER_ASSIGNED or \
                pycountry.countries.get(alpha_3=place["country"]), (r["id"], place)

"""Office holders of 2019-2025 in the built-in people list: cabinet members, defence and interior
ministers, heads of government and of international bodies name their state or body by name alone,
while in office; and each single-holder office the list covers has one holder a day."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import pairwise

import pytest

from eventwire.actors.dictionary import EntryKind, load_dictionary
from eventwire.evaluate import actor_class
from eventwire.pipeline import code
from eventwire.resources import Resources

# Offices held by one person at a time, by the (country, office) of the entries' ids
# (`person.<country>.<name>.<office>.<year>`).
SINGLE = [("USA", office) for office in (
    "treasury", "ag", "dhs", "defense", "interior", "agriculture", "commerce", "labor", "hhs", "hud",
    "transportation", "energy", "education", "va", "dni", "cia", "ustr", "epa", "chief", "jcs")] + [
    ("GBR", "home"), ("GBR", "defence"), ("FRA", "interior"), ("FRA", "defence"), ("DEU", "interior"),
    ("DEU", "defence"), ("JPN", "defence"), ("KOR", "defence"), ("KOR", "pm"), ("AUS", "defence"),
    ("CAN", "defence"), ("TUR", "defence"), ("TUR", "interior"), ("IRN", "defence"), ("UKR", "defence"),
    ("UKR", "interior"), ("IRN", "interior"), ("PAK", "interior"), ("PAK", "defence"), ("SOM", "pm"),
    ("HTI", "pm"), ("HTI", "council"), ("CHN", "defence"),
    ("IGO", "ocha"), ("IGO", "wfp"), ("IGO", "unicef"), ("IGO", "icc"), ("IGO", "wb")]


def test_single_holder_offices_do_not_overlap() -> None:
    offices: dict[tuple[str, str], list[tuple[date, date, str]]] = defaultdict(list)
    for entry in load_dictionary().of_kind(EntryKind.PERSON):
        parts = entry.id.split(".")
        if len(parts) == 5 and (parts[1], parts[3]) in SINGLE and entry.valid_from is not None:
            offices[parts[1], parts[3]].append((entry.valid_from, entry.valid_until or date.max, entry.name))
    assert set(offices) == set(SINGLE)
    for office, terms in offices.items():
        terms.sort()
        for (_, end, name), (start, _, following) in pairwise(terms):
            assert end <= start or name == following, (office, name, following)


@pytest.mark.parametrize(("text", "day", "source", "target"), [
    ("Alejandro Mayorkas criticized Mexico on Tuesday.", date(2023, 5, 2), "USA", "MEX"),
    ("Kristi Noem criticized Venezuela on Friday.", date(2025, 4, 4), "USA", "VEN"),
    ("Nancy Faeser criticized Poland on Monday.", date(2023, 9, 4), "DEU", "POL"),
    ("Yasukazu Hamada met Australian officials in Tokyo.", date(2023, 2, 7), "JPN", "AUS"),
    ("Ariel Henry met Kenyan President William Ruto in Nairobi.", date(2023, 9, 21), "HTI", "KEN"),
    ("Cindy McCain criticized Sudan on Thursday.", date(2024, 6, 6), "IGO", "SDN"),
    ("Hulusi Akar criticized Greece on Wednesday.", date(2022, 6, 1), "TUR", "GRC"),
    ("Mohsin Naqvi accused India of backing militants.", date(2025, 5, 8), "PAK", "IND"),
])
def test_office_holders_name_their_state(resources: Resources, text: str, day: date, source: str,
                                         target: str) -> None:
    sides = [(actor_class(e.source), actor_class(e.target)) for e in code(text, published=day, resources=resources)]
    assert (source, target) in sides, sides

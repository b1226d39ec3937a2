"""The actor phrase index (eventwire.actors.phrases): it finds what spaCy's PhraseMatcher finds,
in the same order, and is read from the start-up cache."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from eventwire.actors import ActorDictionary
from eventwire.actors.dictionary import Entry, EntryKind
from eventwire.actors.phrases import PhraseIndex

# Many entries share one phrase: spaCy reports them in the order of its hash map, not in the
# order they were added, and coding takes the first usable entry of a hit.
SHARED = 40
TEXTS = (
    "The Red River Alliance met the red river council near Red River Town.",
    "Officials of the Port Authority and port authority staff spoke; the Authority declined.",
    "A Red River delegation and the Port of Amar met in Amar on Monday.",
    "Red",
)


def _entry(entry_id: str, *phrases: str) -> Entry:
    return Entry(id=entry_id, kind=EntryKind.GROUP, phrases=phrases, code="XYZ", country=None, sectors=(),
                 name=phrases[0])


def _dictionary() -> ActorDictionary:
    entries = [_entry(f"shared{n:02d}", "Red River", "port authority") for n in range(SHARED)]
    entries += [_entry("alliance", "Red River Alliance"), _entry("town", "Red River Town", "Red River"),
                _entry("port", "Port of Amar", "Port Authority"), _entry("amar", "Amar"),
                _entry("council", "red river council"), _entry("lone", "Red")]
    return ActorDictionary({e.id: e for e in entries})


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


def _spacy_matches(dictionary: ActorDictionary, nlp: Language, doc: Doc) -> list[tuple[str, int, int]]:
    """Return what spaCy's PhraseMatcher finds, built as the actor matcher once built it."""
    exact, lower = PhraseMatcher(nlp.vocab, attr="ORTH"), PhraseMatcher(nlp.vocab, attr="LOWER")
    for entry in dictionary.entries.values():
        if capitalised := [nlp.make_doc(p) for p in entry.phrases if not p.islower()]:
            exact.add(entry.id, capitalised)
        if lowercase := [nlp.make_doc(p) for p in entry.phrases if p.islower()]:
            lower.add(entry.id, lowercase)
    return [(nlp.vocab.strings[k], s, e) for matcher in (exact, lower) for k, s, e in matcher(doc)]


def _index_matches(index: PhraseIndex, doc: Doc) -> list[tuple[str, int, int]]:
    return [(i, s, e) for table in (index.exact, index.lower) for s, e, ids in table.find(doc) for i in ids]


@pytest.mark.parametrize("text", TEXTS)
def test_phrases_find_what_spacy_finds_in_its_order(nlp: Language, text: str) -> None:
    dictionary = _dictionary()
    doc = nlp.make_doc(text)
    found = _index_matches(PhraseIndex.build(dictionary, nlp.make_doc), doc)
    assert found == _spacy_matches(dictionary, nlp, doc)
    assert found  # every text names something


def test_phrases_shared_phrase_keeps_spacy_order_not_insertion_order(nlp: Language) -> None:
    dictionary = _dictionary()
    doc = nlp.make_doc("Red River")
    ids = [i for i, s, e in _index_matches(PhraseIndex.build(dictionary, nlp.make_doc), doc) if (s, e) == (0, 2)]
    assert sorted(ids) == sorted([*(f"shared{n:02d}" for n in range(SHARED)), "town"])
    assert ids != sorted(ids)  # the hash map's order: what the test above holds the index to


def test_phrases_load_builds_once_then_reads_the_cache(nlp: Language, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    dictionary = _dictionary()
    expected = PhraseIndex.build(dictionary, nlp.make_doc)
    assert PhraseIndex.load(dictionary, nlp, cache=tmp_path) == expected
    assert len(list(tmp_path.glob("phrases-*.json"))) == 1

    def no_build(*args: object) -> PhraseIndex:
        raise AssertionError("built again instead of read from the cache")

    monkeypatch.setattr(PhraseIndex, "build", no_build)
    assert PhraseIndex.load(dictionary, nlp, cache=tmp_path) == expected


def test_phrases_cache_entry_changes_with_the_phrases(nlp: Language, tmp_path: Path) -> None:
    dictionary = _dictionary()
    PhraseIndex.load(dictionary, nlp, cache=tmp_path)
    changed = ActorDictionary({**dictionary.entries, "amar": _entry("amar", "Amar", "Amar City")})
    index = PhraseIndex.load(changed, nlp, cache=tmp_path)
    assert len(list(tmp_path.glob("phrases-*.json"))) == 2
    doc = nlp.make_doc("in Amar City")
    assert ("amar", 1, 3) in _index_matches(index, doc)

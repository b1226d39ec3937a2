"""The scan of an article for context names and anaphors (eventwire.actors.context): the few
words looked for are found by their string ids, at exactly the tokens a scan of every token finds."""

from __future__ import annotations

from itertools import pairwise

import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from eventwire.actors.context import Anaphor, anaphor_hits, load_anaphors, owned_roles, owned_roles_before, positions
from eventwire.actors.dictionary import Entry, EntryKind

VOCAB = spacy.blank("en").vocab
TOKENS = st.lists(st.sampled_from(["the", "The", "bloc", "Bloc", "North", "north", "said", "ECOWAS", "."]),
                  max_size=30)


@given(TOKENS, st.sets(st.sampled_from(["bloc", "North", "group", "the"])))
def test_context_scan_positions_are_the_tokens_a_full_scan_finds(words: list[str], wanted: set[str]) -> None:
    doc = Doc(VOCAB, words=words)
    assert positions(doc, LOWER, wanted) == [t.i for t in doc if t.lower_ in wanted]
    assert positions(doc, ORTH, wanted) == [t.i for t in doc if t.text in wanted]


def test_context_scan_looks_up_words_without_adding_them_to_the_vocabulary() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["The", "bloc", "met"])
    size = len(doc.vocab.strings)
    assert positions(doc, LOWER, {"bloc", "junta"}) == [1]
    assert len(doc.vocab.strings) == size


def _entry(entry_id: str, kind: EntryKind, country: str | None) -> Entry:
    return Entry(id=entry_id, kind=kind, phrases=(entry_id,), code=country or "GOV", country=country,
                 sectors=() if country else ("GOV",), name=entry_id)


PERU = _entry("PER", EntryKind.COUNTRY, "PER")
CHILEAN = _entry("CHL.demonym", EntryKind.DEMONYM, "CHL")
MINISTRY = _entry("role.foreignministry", EntryKind.ROLE, None)
ARMY = _entry("role.army", EntryKind.ROLE, None)


def test_context_scan_owned_roles_by_possessive_or_adjective() -> None:
    doc = Doc(VOCAB, words=["Peru", "'s", "foreign", "ministry", "met", "the", "Chilean", "army", "."])
    spans = [(0, 1, (PERU,)), (2, 4, (MINISTRY,)), (6, 7, (CHILEAN,)), (7, 8, (ARMY,))]
    assert owned_roles(doc, spans) == {"ministry": PERU, "army": CHILEAN}


def test_context_scan_owned_roles_need_the_country_right_before() -> None:
    doc = Doc(VOCAB, words=["Peru", "said", "the", "ministry", "met", "."])
    assert owned_roles(doc, [(0, 1, (PERU,)), (3, 4, (MINISTRY,))]) == {}


def test_context_scan_owned_roles_keep_the_last_country() -> None:
    doc = Doc(VOCAB, words=["Peru", "'s", "army", "and", "the", "Chilean", "army", "."])
    spans = [(0, 1, (PERU,)), (2, 3, (ARMY,)), (5, 6, (CHILEAN,)), (6, 7, (ARMY,))]
    assert owned_roles(doc, spans) == {"army": CHILEAN}


@given(st.lists(st.sampled_from([0, 1, 2, 3, 4]), max_size=6))
def test_context_scan_owned_roles_before_each_sentence_are_those_of_its_earlier_spans(cuts: list[int]) -> None:
    # one text split into sentences at any of its spans
    doc = Doc(VOCAB, words=["Peru", "'s", "army", "and", "the", "Chilean", "army", "met", "Peru", "'s", "ministry",
                            "."])
    spans = [(0, 1, (PERU,)), (2, 3, (ARMY,)), (5, 6, (CHILEAN,)), (6, 7, (ARMY,)), (8, 9, (PERU,)),
             (10, 11, (MINISTRY,))]
    bounds = [0, *sorted(cuts), len(spans)]
    sentences = [spans[a:b] for a, b in pairwise(bounds)]
    found = owned_roles_before(doc, sentences)
    assert found == [owned_roles(doc, [s for part in sentences[:k] for s in part]) for k in range(len(sentences))]


JORDAN = _entry("JOR", EntryKind.COUNTRY, "JOR")
AMMAN = _entry("JOR.capital", EntryKind.CAPITAL, "JOR")
NORWEGIAN = _entry("NOR.demonym", EntryKind.DEMONYM, "NOR")
GENEVA_BODY = _entry("IGO.body", EntryKind.IGO, None)
KINGDOM = Anaphor(noun="kingdom", kinds=frozenset({"country", "demonym", "capital"}), reach=1000,
                  countries=frozenset({"JOR", "NOR"}))


def test_context_scan_form_of_state_refers_to_the_state_named_most_often() -> None:
    # Jordan twice, Norway once and last: the kingdom is Jordan's, each time the noun is used
    words = ["Jordan", "met", "Amman", "envoys", "after", "Norwegian", "aid", "to", "the", "kingdom", "and",
             "the", "kingdom", "."]
    spans = [(0, 1, (JORDAN,)), (2, 3, (AMMAN,)), (5, 6, (NORWEGIAN,))]
    found = anaphor_hits(Doc(VOCAB, words=words), spans, [KINGDOM])
    assert [(start, entries[0].country) for start, _end, entries in found] == [(9, "JOR"), (12, "JOR")]


def test_context_scan_form_of_state_needs_a_state_of_that_form() -> None:
    doc = Doc(VOCAB, words=["Peru", "and", "the", "body", "thanked", "the", "kingdom", "."])
    assert anaphor_hits(doc, [(0, 1, (PERU,)), (3, 4, (GENEVA_BODY,))], [KINGDOM]) == []


def test_context_scan_built_in_forms_of_state_name_kingdoms_only() -> None:
    kingdom = next(a for a in load_anaphors() if a.noun == "kingdom")
    assert {"JOR", "SAU", "GBR"} <= kingdom.countries and "PER" not in kingdom.countries
    assert all(not a.countries for a in load_anaphors() if a.noun in {"bloc", "group", "rebels"})

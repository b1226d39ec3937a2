"""An object's words read once per verb (eventwire.coding.object_words) fit exactly the object
specs that reading the object's tokens for each spec fits."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from eventwire.coding.match import _object_matches
from eventwire.coding.object_words import ObjectWords, head_words
from eventwire.coding.patterns import NATIONALS, PERSONS, ObjectSpec
from parse_support import parsed

# "sent six Americans and the regional bloc ECOWAS two armored trucks"
SENTENCE = """
sent send VERB VBD ROOT 0
six six NUM CD nummod 2
Americans American PROPN NNPS dobj 0
and and CCONJ CC cc 2
the the DET DT det 7
regional regional ADJ JJ amod 6
bloc bloc NOUN NN compound 7
ECOWAS ECOWAS PROPN NNP conj 2
two two NUM CD nummod 10
armored armored ADJ JJ amod 10
trucks truck NOUN NNS dobj 0
"""
WORDS = ["american", "americans", "bloc", "regional", "truck", "trucks", "armored", "two", "six", "ecowas",
         "the", NATIONALS]


@pytest.fixture(scope="module")
def doc() -> Doc:
    return parsed(SENTENCE)


def test_object_words_read_a_names_common_noun_and_its_modifiers(doc: Doc) -> None:
    words = ObjectWords.of(doc[7])
    assert words.heads is None and not words.plural_name
    assert [forms for forms, _ in words.nouns] == [("ecowas", "ecowas"), ("bloc", "bloc")]
    assert words.fits(ObjectSpec(head="bloc", modifiers=("regional",)))
    assert not words.fits(ObjectSpec(head="bloc", modifiers=("armored",)))
    assert ObjectWords.of(doc[2]).fits(ObjectSpec(head=NATIONALS))
    assert head_words(doc[10]) == frozenset({"truck", "trucks"})


@settings(deadline=None)
@given(st.sampled_from([2, 7, 10, 6]), st.sampled_from(WORDS), st.lists(st.sampled_from(WORDS), max_size=2))
def test_object_words_fit_the_specs_a_reading_of_the_tokens_fits(doc: Doc, obj: int, head: str,
                                                                 modifiers: list[str]) -> None:
    spec = ObjectSpec(head=head, modifiers=tuple(modifiers))
    token = doc[obj]
    assert ObjectWords.of(token).fits(spec) == _object_matches(token, spec, head_words(token))


@settings(deadline=None)
@given(st.sampled_from([2, 7, 10, 6]), st.sampled_from(WORDS), st.lists(st.sampled_from(WORDS), max_size=2))
def test_object_words_fit_no_spec_headed_outside_their_forms(doc: Doc, obj: int, head: str,
                                                            modifiers: list[str]) -> None:
    # verb matching tries only the specs headed by one of its objects' forms (or @nationals)
    words = ObjectWords.of(doc[obj])
    if words.fits(ObjectSpec(head=head, modifiers=tuple(modifiers))):
        assert head in words.forms or head == NATIONALS


def test_object_words_forms_are_every_noun_they_fit_by(doc: Doc) -> None:
    assert ObjectWords.of(doc[7]).forms == frozenset({"ecowas", "bloc"})
    assert ObjectWords.of(doc[10]).forms == frozenset({"truck", "trucks"})


# "held them and summoned Consul Ivo Marsh of Saint-Laurent"
TITLES = """
held hold VERB VBD ROOT 0
them they PRON PRP dobj 0
and and CCONJ CC cc 0
summoned summon VERB VBD conj 0
Consul Consul PROPN NNP compound 6
Ivo Ivo PROPN NNP compound 6
Marsh Marsh PROPN NNP dobj 3
of of ADP IN prep 6
Saint Saint PROPN NNP compound 10
- - PUNCT HYPH punct 10
Laurent Laurent PROPN NNP pobj 7
"""


def test_object_words_read_a_personal_pronoun_as_persons_and_a_title_before_a_name() -> None:
    doc = parsed(TITLES)
    them, marsh, laurent = (ObjectWords.of(doc[i]) for i in (1, 6, 10))
    assert them.fits(ObjectSpec(head=PERSONS)) and not marsh.fits(ObjectSpec(head=PERSONS))
    # a capitalised title is a noun the name is given with; a word hyphened to the name is not
    assert marsh.fits(ObjectSpec(head="consul"))
    assert not laurent.fits(ObjectSpec(head="saint"))
    for token in (doc[1], doc[6], doc[10]):
        for head in ("consul", "saint", PERSONS):
            spec = ObjectSpec(head=head)
            assert ObjectWords.of(token).fits(spec) == _object_matches(token, spec, head_words(token))

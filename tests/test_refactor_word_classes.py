"""Word classes that the coder once kept as constants beside the code, now read from the lexicon
(data/lexicon.tsv), on hand-built parses: changing the lexicon changes the decision."""

from __future__ import annotations

from dataclasses import replace
from importlib import resources

import pytest
import spacy
from spacy.tokens import Doc

from eventwire.actors.dictionary import Entry, EntryKind
from eventwire.actors.matcher import Hit
from eventwire.actors.mentions import SentenceHits
from eventwire.actors.resolve import is_pronoun, resolve_phrase
from eventwire.coding.article import heading_end
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.match import match_verb
from eventwire.coding.patterns import index_patterns, parse_patterns
from eventwire.gazetteer import Gazetteer
from eventwire.nlp import Segmenter, Sentence
from eventwire.ontology import load_codebook
from eventwire.ontology.conventions import Scene, load_conventions, parse_conventions
from eventwire.place_cues import OBJECT
from eventwire.places import Candidate, EventSpot, cue_rank, find_place, own_candidates
from parse_support import parsed

# "She warned them ."
SHE_WARNED = """
She she PRON PRP nsubj 1
warned warn VERB VBD ROOT 1
them they PRON PRP dobj 1
. . PUNCT . punct 1
"""

# "Gunners fired shells at Ruritania ."
FIRED_AT = """
Gunners gunner NOUN NNS nsubj 1
fired fire VERB VBD ROOT 1
shells shell NOUN NNS dobj 1
at at ADP IN prep 1
Ruritania Ruritania PROPN NNP pobj 3
. . PUNCT . punct 1
"""

# "Police charged him with fraud in Tessoumba ."
CHARGED_WITH = """
Police police NOUN NNS nsubj 1
charged charge VERB VBD ROOT 1
him he PRON PRP dobj 1
with with ADP IN prep 1
fraud fraud NOUN NN pobj 3
in in ADP IN prep 4
Tessoumba Tessoumba PROPN NNP pobj 5
. . PUNCT . punct 1
"""


def _candidate(doc: Doc, i: int, cue: str) -> Candidate:
    token = doc[i]
    return (token.text, token.idx, token.idx + len(token), cue)


def _spot(doc: Doc, action: int, sides: tuple[int, ...] = ()) -> EventSpot:
    verb = doc[action]
    spans = tuple((doc[i].idx, doc[i].idx + len(doc[i])) for i in sides)
    return EventSpot(countries=frozenset(), action=(verb.idx, verb.idx + len(verb)), sides=spans)


def test_word_classes_a_country_aimed_at_that_is_a_side_is_no_place(built_in_lexicon: Lexicon) -> None:
    doc = parsed(FIRED_AT)
    candidate = _candidate(doc, 4, "at")
    spot = _spot(doc, 1, sides=(4,))
    assert list(own_candidates(doc, [candidate], spot, built_in_lexicon, frozenset({4}))) == []
    not_aiming = replace(built_in_lexicon, aiming_preposition=frozenset({"toward"}))
    assert list(own_candidates(doc, [candidate], spot, not_aiming, frozenset({4}))) == [candidate]


def test_word_classes_a_place_inside_a_charge_is_the_charges(built_in_lexicon: Lexicon) -> None:
    doc = parsed(CHARGED_WITH)
    candidate = _candidate(doc, 6, "in")
    spot = _spot(doc, 1)
    assert list(own_candidates(doc, [candidate], spot, built_in_lexicon)) == [candidate]
    charging_with = replace(built_in_lexicon, charge_preposition=frozenset({"with"}))
    assert list(own_candidates(doc, [candidate], spot, charging_with)) == []


def test_word_classes_a_pronoun_needing_an_antecedent_is_a_person_group_or_main_clause_one(
        built_in_lexicon: Lexicon) -> None:
    doc = parsed(SHE_WARNED)
    assert built_in_lexicon.antecedent_pronoun == frozenset({"he", "she", "they", "it", "we", "i"})
    assert is_pronoun(doc[0], built_in_lexicon)
    assert not is_pronoun(doc[2], built_in_lexicon)  # "them": an object pronoun, not in the three kinds
    no_she = replace(built_in_lexicon, person_pronoun=frozenset({"he"}), main_clause_pronoun=frozenset({"he"}))
    assert not is_pronoun(doc[0], no_she)


# "Rebels against Elbonia from Ruritania marched"
REBELS_FROM = """
Rebels rebel NOUN NNS nsubj 5
against against ADP IN prep 0
Elbonia Elbonia PROPN NNP pobj 1
from from ADP IN prep 0
Ruritania Ruritania PROPN NNP pobj 3
marched march VERB VBD ROOT 5
"""
RURITANIA = Entry(id="c.1", kind=EntryKind.COUNTRY, phrases=("Ruritania",), code="RUR", country="RUR", sectors=(),
                  name="Ruritania")
REBELS = Entry(id="r.1", kind=EntryKind.ROLE, phrases=("rebels",), code="REB", country=None, sectors=("REB",),
               name="rebels")


def test_word_classes_a_phrase_after_a_named_head_may_say_whose_it_is(built_in_lexicon: Lexicon) -> None:
    doc = parsed(REBELS_FROM)
    elbonia = replace(RURITANIA, id="c.2", phrases=("Elbonia",), code="ELB", country="ELB", name="Elbonia")
    hits = [Hit(start=0, end=1, entries=(REBELS,)), Hit(start=2, end=3, entries=(elbonia,)),
            Hit(start=4, end=5, entries=(RURITANIA,))]

    def codes(words: Lexicon) -> list[str]:
        return [m.actor.code for m in resolve_phrase(doc[0], SentenceHits.build(doc, hits, 0, None, lexicon=words))]

    assert codes(built_in_lexicon) == ["RURREB"]  # whence they come, not whom they fight
    assert codes(replace(built_in_lexicon, attachment_preposition=frozenset({"against"}))) == ["ELBREB"]


def test_word_classes_the_splitter_opens_a_sentence_after_a_glued_sub_headline(built_in_lexicon: Lexicon) -> None:
    text = "Ferry Service Resumes Despite the storm, boats left the harbour."

    def firsts(openers: frozenset[str]) -> list[str]:
        _, sentences = Segmenter(spacy.blank("en"), headline_openers=openers)(text)
        return [s.text.split()[0] for s in sentences]

    assert firsts(built_in_lexicon.splitting_headline_opener) == ["Ferry", "Despite"]
    assert firsts(built_in_lexicon.headline_opener) == ["Ferry"]  # the later trim's list has no "Despite"
    assert firsts(replace(built_in_lexicon, split_headline_opener=frozenset({"since"})).splitting_headline_opener) == [
        "Ferry"]


def test_word_classes_the_trim_drops_a_sub_headline_before_a_determiner(built_in_lexicon: Lexicon) -> None:
    doc = spacy.blank("en")("Harbour talks ahead The envoy will visit the port.")
    sentence = Sentence(index=0, paragraph=0, start=0, end=len(doc), start_char=0, end_char=len(doc.text),
                        text=doc.text)
    assert heading_end(doc, sentence, [], built_in_lexicon) == 3
    assert heading_end(doc, sentence, [], replace(built_in_lexicon, headline_opener=frozenset({"a"}))) == 0
    after_ahead = replace(built_in_lexicon, name_preceding_word=built_in_lexicon.name_preceding_word | {"ahead"})
    assert heading_end(doc, sentence, [], after_ahead) == 0


def _conventions_text() -> str:
    return (resources.files("eventwire") / "data" / "conventions.tsv").read_text(encoding="utf-8")


def _without_cell(text: str, code: str, column: str) -> str:
    """Return the conventions table with one `yes` cell emptied."""
    lines = text.split("\n")
    header = next(line for line in lines if line.startswith("code\t")).split("\t")
    at = header.index(column)
    for n, line in enumerate(lines):
        cells = line.split("\t")
        if cells[0] == code and not line.startswith("#"):
            assert cells[at] == "yes"
            cells[at] = ""
            lines[n] = "\t".join(cells)
    return "\n".join(lines)


@pytest.mark.parametrize(("code", "column", "kept"), [
    ("0231", "said", Scene(voiced=True)),  # an appeal is said, not done (and voiced through statements)
    ("112", "judging", Scene(said=True)),  # an accusation judges others' deeds
    ("1431", "forceful", Scene(street=True)),  # a protest is a material conflict
    ("173", "street", Scene(forceful=True)),  # an arrest is an act of the street
    ("161", "decided", Scene(forceful=True)),  # a cut in relations is decided, at no place
    ("114", "lodged", Scene(said=True, judging=True)),  # a formal protest is lodged at its maker's seat
])
def test_word_classes_what_places_read_of_a_code_is_a_conventions_column(code: str, column: str,
                                                                           kept: Scene) -> None:
    codebook = load_codebook()
    text = _conventions_text()
    built_in = parse_conventions(text, "conventions.tsv", codebook).scene_of(code)
    assert built_in == replace(kept, **{column: True})
    changed = parse_conventions(_without_cell(text, code[:3] if column == "lodged" else code[:2], column),
                                "conventions.tsv", codebook)
    assert changed.scene_of(code) == kept


# "Ruritania condemned the town of Tessoumba ."
CONDEMNED_TOWN = """
Ruritania Ruritania PROPN NNP nsubj 1
condemned condemn VERB VBD ROOT 1
the the DET DT det 3
town town NOUN NN dobj 1
of of ADP IN prep 3
Tessoumba Tessoumba PROPN NNP pobj 4
. . PUNCT . punct 1
"""


def test_word_classes_a_place_named_as_what_is_spoken_of_is_not_where_it_was_said(
        built_in_lexicon: Lexicon) -> None:
    doc = parsed(CONDEMNED_TOWN)
    candidate = _candidate(doc, 5, OBJECT)
    said = replace(_spot(doc, 1), scene=load_conventions(load_codebook()).scene_of("122"))
    assert list(own_candidates(doc, [candidate], said, built_in_lexicon)) == []
    assert list(own_candidates(doc, [candidate], replace(said, scene=Scene()), built_in_lexicon)) == [candidate]


# "Troops launched relief operations ."
LAUNCHED_RELIEF = """
Troops troop NOUN NNS nsubj 1
launched launch VERB VBD ROOT 1
relief relief NOUN NN compound 3
operations operation NOUN NNS dobj 1
. . PUNCT . punct 1
"""
LAUNCH_PATTERN = "id\tcameo\tverb\tobject\ttarget\nlaunch.operations\t190\tlaunch\toperations\t\n"


def test_word_classes_a_force_pattern_with_a_civil_sense_is_a_conventions_column(built_in_lexicon: Lexicon) -> None:
    codebook = load_codebook()
    found = index_patterns(parse_patterns(LAUNCH_PATTERN, "p.tsv", codebook))
    verb = parsed(LAUNCHED_RELIEF)[1]
    built_in = load_conventions(codebook)
    assert built_in.civil_sense("190") and not built_in.civil_sense("140")
    assert match_verb(verb, found, built_in_lexicon, built_in)[0] is None  # relief operations: no assault
    no_civil = replace(built_in, civil={})
    matched = match_verb(verb, found, built_in_lexicon, no_civil)[0]
    assert matched is not None and matched.pattern.cameo == "190"
    text = _without_cell(_conventions_text(), "19", "civil_sense")
    assert not parse_conventions(text, "conventions.tsv", codebook).civil_sense("190")


def test_word_classes_a_candidates_cue_ranks_it_by_the_lexicons_prepositions(built_in_lexicon: Lexicon) -> None:
    assert [cue_rank(c, built_in_lexicon) for c in ("near", "where", "into", "", OBJECT, "on", "from")] == [
        0, 0, 1, 2, 2, 3, None]
    assert cue_rank("near", replace(built_in_lexicon, scene_preposition=frozenset({"in"}))) is None
    assert cue_rank("into", replace(built_in_lexicon, goal_preposition=frozenset({"to"}))) is None
    assert cue_rank("from", replace(built_in_lexicon, scene_preposition=frozenset({"from"}))) == 0


def test_word_classes_a_place_name_starts_with_no_stop_word_or_preposition(built_in_lexicon: Lexicon) -> None:
    stop = built_in_lexicon.place_name_stop
    assert {"monday", "the", "near", "into", "from"} <= stop
    assert "from" not in replace(built_in_lexicon, other_preposition=frozenset({"via"})).place_name_stop
    assert "monday" not in replace(built_in_lexicon, name_stop_word=frozenset({"the"})).place_name_stop


def test_word_classes_a_scene_preposition_makes_a_name_the_place(built_in_lexicon: Lexicon) -> None:
    gazetteer = Gazetteer.load()
    text = "Ministers met outside Nairobi."
    candidate = ("Nairobi", 22, 29, "outside")
    found = find_place(text, 0, [candidate], gazetteer, lexicon=built_in_lexicon)
    assert found is not None and found.country == "KEN"
    not_outside = replace(built_in_lexicon, scene_preposition=frozenset({"in"}))
    assert find_place(text, 0, [candidate], gazetteer, lexicon=not_outside) is None

"""The data and stages around the coder: the lexicon file, rendering decisions, antecedents,
place candidates read off a parse, sentence dates, the filter's drops, and explain's legend."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.actors.dictionary import EntryKind
from eventwire.coding.article import Memory
from eventwire.coding.decisions import Kind, Role, Stage, describe
from eventwire.coding.events import FOLDED, REPEATED, SAME_ACT, UNPLACED, keep_events
from eventwire.coding.lexicon import BUILTIN, build, load_lexicon, parse_rows
from eventwire.coding.sides import Side
from eventwire.errors import DictionaryError
from eventwire.model import Actor, EventDate, EventMention, Mention, Span
from eventwire.nlp import Sentence
from eventwire.places import attribution, place_candidates
from eventwire.story_dates import sentence_dates
from parse_support import parsed


@pytest.mark.parametrize(("line", "problem"), [
    ("colour\tred", "unknown kind 'colour'"),
    ("negation\t", "empty word"),
    ("negation\tnot\nnegation\tNot", "duplicate word 'not' of kind 'negation'"),
    ("negation\tnot at all", "kind 'negation' takes single words"),
])
def test_lexicon_bad_line_names_file_and_line(line: str, problem: str) -> None:
    text = "# words\nkind\tword\n" + line + "\n"
    with pytest.raises(DictionaryError, match=rf"lex.tsv:\d: {problem}"):
        parse_rows(text, "lex.tsv")


def test_lexicon_every_kind_needs_words() -> None:
    words = parse_rows((Path(__file__).parents[1] / "src/eventwire/data/lexicon.tsv").read_text(encoding="utf-8"),
                       BUILTIN)
    del words["negation"]
    with pytest.raises(DictionaryError, match="no words of kind 'negation'"):
        build(words, BUILTIN)


def test_lexicon_user_file_replaces_a_kind(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("kind\tword\nspeech_verb\tsay\nspeech_verb\tmutter\nsource_cue_before\tas told to\n",
                    encoding="utf-8")
    builtin, mine = load_lexicon(), load_lexicon([path])
    assert mine.speech_verb == frozenset({"say", "mutter"}) and "announce" in builtin.speech_verb
    assert mine.source_cue_before == (("as", "told", "to"),)
    assert mine.target_preposition == builtin.target_preposition  # kinds it does not name stay
    assert builtin.target_preposition[:3] == ("to", "with", "against")  # file order is kept
    assert builtin.hypothetical_mark == builtin.condition_mark | {"whether"}


def test_lexicon_unreadable_user_file_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(DictionaryError, match=r"missing.tsv:0: cannot read"):
        load_lexicon([tmp_path / "missing.tsv"])


@pytest.mark.parametrize(("role", "text"), [
    (Role(kind=Kind.SUBJECT), "subject"),
    (Role(kind=Kind.SUBJECT_OF, via="met"), "subject of 'met'"),
    (Role(kind=Kind.PASSIVE_WITHOUT_AGENT), "passive without agent"),
    (Role(kind=Kind.STATE), "passive without agent: the state where it happened"),
    (Role(kind=Kind.PREP, preposition="to"), "prep 'to'"),
    (Role(kind=Kind.PASSIVE_SUBJECT_PREP, preposition="for"), "prep 'for' of the passive subject"),
    (Role(kind=Kind.OBJECT_AGENT, preposition="by"), "prep 'by' of the object"),
    (Role(kind=Kind.NOUN_PREP, preposition="of", via="defiance"), "prep 'of' of 'defiance'"),
    (Role(kind=Kind.NOUN_AUTHOR, via="attack"), "author of 'attack'"),
    (Role(kind=Kind.PRONOUN_EARLIER, pronoun="he", via="Peskov"), "pronoun 'he' → earlier 'Peskov'"),
    (Role(kind=Kind.PRONOUN_MAIN_CLAUSE, pronoun="they"), "pronoun 'they' → main clause subject"),
    (Role(kind=Kind.PRONOUN_SPEAKER, pronoun="it", inner=Role(kind=Kind.PASSIVE_AGENT)),
     "pronoun 'it' → speaker (passive agent)"),
    (Role(kind=Kind.NOT_FOUND), "no target found"),
])
def test_decisions_render_as_before(role: Role, text: str) -> None:
    assert describe(role) == text


def _mention(code: str, country: str | None, kind: str, text: str, person: str | None = None) -> Mention:
    return Mention(actor=Actor(code=code, country=country, sectors=("GOV",) if kind == EntryKind.ROLE else ()),
                   text=text, start=0, end=len(text), entry=text, kind=kind, person=person)


def test_memory_pronouns_take_the_last_person_or_group() -> None:
    doc = parsed("""
    he he PRON PRP nsubj 0
    they they PRON PRP nsubj 0
    it it PRON PRP nsubj 0
    """)
    lexicon = load_lexicon()
    minister = Side(mentions=(_mention("GOV", None, EntryKind.ROLE, "the minister"),), how=Role(kind=Kind.SUBJECT))
    country = Side(mentions=(_mention("PER", "PER", EntryKind.COUNTRY, "Peru"),), how=Role(kind=Kind.SUBJECT))
    empty = Memory()
    memory = empty.remember(minister).remember(country)
    assert empty.antecedent(doc[0], lexicon) is None and memory.person is minister and empty.person is None
    assert [memory.antecedent(t, lexicon).mentions[0].text for t in doc] == ["the minister", "Peru", "Peru"]
    assert describe(memory.antecedent(doc[0], lexicon).how) == "pronoun 'he' → earlier 'the minister'"


def test_places_candidates_read_off_the_parse() -> None:
    doc = parsed("""
    Rebels rebel NOUN NNS nsubj 1
    attacked attack VERB VBD ROOT 1
    the the DET DT det 3
    city city NOUN NN dobj 1
    of of ADP IN prep 3
    Goma Goma PROPN NNP pobj 4
    , , PUNCT , punct 1
    officials official NOUN NNS nsubj 10
    in in ADP IN prep 7
    Kinshasa Kinshasa PROPN NNP pobj 8
    said say VERB VBD parataxis 1
    """)
    lexicon = load_lexicon()
    reporters = attribution(doc, lexicon)
    assert reporters == {7, 8, 9}  # "officials in Kinshasa said": where the news came from
    # "Goma" names the city attacked, the attack's object through a place noun: where it happened.
    assert place_candidates(doc, set(), lexicon) == [("Goma", 28, 32, "object"), ("Kinshasa", 48, 56, "in")]
    assert place_candidates(doc, reporters, lexicon) == [("Goma", 28, 32, "object")]


def _sentence(index: int, paragraph: int, text: str) -> Sentence:
    return Sentence(index=index, paragraph=paragraph, start=index, end=index + 1, start_char=0, end_char=len(text),
                    text=text)


def test_dates_carry_within_a_paragraph_only() -> None:
    published = date(2024, 3, 15)
    sentences = [_sentence(0, 0, "On Tuesday the talks began."), _sentence(1, 0, "They ended without a deal."),
                 _sentence(2, 1, "Then Chad joined."), _sentence(3, 1, "Peru spoke on March 2.")]
    found = sentence_dates(sentences, {1: False, 2: False, 3: False}, published, lexicon=load_lexicon())
    assert (found[1].how, found[1].date) == ("paragraph", date(2024, 3, 12))  # from the unparsed sentence 0
    assert (found[2].how, found[2].date) == ("published", published)  # a new paragraph carries nothing
    assert (found[3].how, found[3].date) == ("sentence", date(2024, 3, 2))


def _event(code: str, source: Mention | None, target: Mention | None, start: int = 0) -> EventMention:
    return EventMention(article_id="a", sentence=0, sentence_text="s", source=source, target=target,
                        action=Span(text="hit", start=start, end=start + 3), cameo=code, cameo_name="", plover=None,
                        plover_mode=(), plover_context=(), quad_class=4, goldstein=-10.0,
                        date=EventDate(date=None, precision=None, text=None, how="none"), place=None, rule=f"r{code}")


def test_filter_drops_unplaced_and_repeated_events_with_reasons() -> None:
    peru, chad = _mention("PER", "PER", EntryKind.COUNTRY, "Peru"), _mention("TCD", "TCD", EntryKind.COUNTRY, "Chad")
    police = _mention("COP", None, EntryKind.ROLE, "police")
    kept, drops = keep_events([_event("190", peru, chad), _event("193", peru, chad, 5), _event("190", police, None),
                               _event("193", peru, chad, 9)])
    assert [e.cameo for e in kept] == ["193"]
    assert [(d.stage, d.rule, d.span.start, d.reason) for d in drops] == [
        (Stage.MERGE, "r190", 0, REPEATED), (Stage.PLACE, "r190", 0, UNPLACED), (Stage.MERGE, "r193", 9, REPEATED)]


def _organ(code: str, country: str, sector: str) -> Mention:
    return Mention(actor=Actor(code=code, country=country, sectors=(sector,)), text=code, start=0, end=3,
                   entry=code, kind=EntryKind.ROLE)


def test_filter_codes_one_act_of_one_states_organs_once() -> None:
    police, army = _organ("KENCOP", "KEN", "COP"), _organ("KENMIL", "KEN", "MIL")
    rebels, somalia = _organ("KENREB", "KEN", "REB"), _mention("SOM", "SOM", EntryKind.COUNTRY, "Somalia")
    kept, drops = keep_events([_event("190", police, somalia), _event("190", army, somalia),
                               _event("190", rebels, somalia), _event("190", army, somalia, 7)])
    # the army's part of the police's act is one act of Kenya; rebels are a party of their own (in
    # the same record), and the army's act told by other words (another span) is an act of its own
    assert [(e.source.actor.code if e.source else None, e.action.start) for e in kept] == [
        ("KENCOP", 0), ("KENMIL", 7)]
    assert kept[0].also_sources == (rebels,)
    assert [(d.stage, d.reason) for d in drops] == [(Stage.MERGE, f"KENMIL 190 SOM: {SAME_ACT}"),
                                                    (Stage.MERGE, f"KENREB 190 SOM: {FOLDED}")]

"""What one sentence of an article lends the others: dates carried only to a sentence going on
with the same event, reporting chains only to the sentences they govern, places only where an
event happens (never a destination, a water body, an organization, an acronym, a month, an
appeal's addressee, or a place named in another relative clause)."""

from __future__ import annotations

from datetime import date

import pytest

from coded import keeping_undirected
from eventwire.coding.lexicon import Lexicon, load_lexicon
from eventwire.dates import continues_previous, resolve_date
from eventwire.gazetteer import Gazetteer
from eventwire.nlp import Segmenter, Sentence, load_nlp
from eventwire.pipeline import code
from eventwire.places import find_place, place_candidates
from eventwire.resources import Resources
from eventwire.story_dates import sentence_dates
from parse_support import parsed

WED = date(2023, 11, 15)  # a Wednesday


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def _sentences(*texts: str, paragraph: int = 0) -> list[Sentence]:
    return [Sentence(index=i, paragraph=paragraph, start=i, end=i + 1, start_char=0, end_char=len(t), text=t)
            for i, t in enumerate(texts)]


def test_article_context_one_line_article_does_not_carry_an_old_date(lexicon: Lexicon) -> None:
    # One paragraph (a JSONL text without line breaks): the date six sentences back dates nothing.
    sentences = _sentences(
        "Floods hit the valley in May 2019.", "Farmers lost their crops.", "Prices of grain rose.",
        "The regional council met twice.", "Aid arrived slowly.", "Many families moved to the capital.",
        "Market traders appealed to the governor for help.")
    found = sentence_dates(sentences, {1: False, 6: False}, WED, lexicon=lexicon)
    assert (found[6].how, found[6].date) == ("published", WED)
    assert (found[1].how, found[1].date) == ("published", WED)  # a new subject: another event


@pytest.mark.parametrize("follower", [
    "He said the crossing would stay shut.",
    "Later, the minister left the city.",
    "The visit ended with a joint statement.",
])
def test_article_context_a_continuing_sentence_takes_the_date(lexicon: Lexicon, follower: str) -> None:
    sentences = _sentences("The envoy arrived in Lima on Monday.", follower)
    found = sentence_dates(sentences, {1: False}, WED, lexicon=lexicon)
    assert (found[1].how, found[1].date) == ("paragraph", date(2023, 11, 13))


def test_article_context_during_the_visit_takes_the_visit_date(lexicon: Lexicon) -> None:
    first = _sentences("Ministers from Chile flew to Quito on Monday.", "The visit was covered by the press.")
    later = [Sentence(index=2, paragraph=1, start=2, end=3, start_char=0, end_char=40,
                      text="During the visit, the hosts gave a dinner for the guests.")]
    found = sentence_dates([*first, *later], {2: False}, WED, lexicon=lexicon)
    assert (found[2].how, found[2].date) == ("paragraph", date(2023, 11, 13))


def test_article_context_during_an_unnamed_event_takes_nothing(lexicon: Lexicon) -> None:
    sentences = _sentences("Ministers from Chile flew to Quito on Monday.", "Trade grew.",
                           "During the summit, leaders signed a pact.")
    found = sentence_dates(sentences, {2: False}, WED, lexicon=lexicon)
    assert found[2].how == "published"


@pytest.mark.parametrize(("text", "expected"), [
    ("He said on Friday that Tuesday's attack was planned abroad.", date(2023, 11, 10)),
    ("Tuesday's attack killed four guards, officials said on Friday.", date(2023, 11, 10)),
    ("Tuesday's attack killed four guards.", date(2023, 11, 14)),
])
def test_article_context_statement_dated_when_said(text: str, expected: date) -> None:
    found = resolve_date(text, WED)
    assert found is not None and found.date == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The two leaders are due to meet on Tuesday.", date(2023, 11, 21)),
    ("The vote is scheduled for Friday.", date(2023, 11, 17)),
    ("The parliament plans to vote on Thursday.", date(2023, 11, 16)),
    ("The parliament voted on Thursday.", date(2023, 11, 9)),
])
def test_article_context_weekday_follows_tense_of_its_clause(text: str, expected: date) -> None:
    found = resolve_date(text, WED)
    assert found is not None and found.date == expected


def test_article_context_past_statement_about_future_meeting() -> None:
    found = resolve_date("The spokesman said on Monday that the ministers will meet soon.", WED, future=True)
    assert found is not None and found.date == date(2023, 11, 13)


@pytest.mark.parametrize(("text", "expected"), [
    ("It said the talks would go on.", True),
    ("The talks ended late.", True),
    ("Then the delegates went home.", True),
    ("Chad closed its border.", False),
    ("The ministry said little.", False),
    ("", False),
])
def test_article_context_continues_previous(lexicon: Lexicon, text: str, expected: bool) -> None:
    assert continues_previous(text, lexicon) is expected


def _smuggled() -> str:
    return """
    Fuel fuel NOUN NN nsubjpass 2
    was be AUX VBD auxpass 2
    smuggled smuggle VERB VBN ROOT 2
    to to ADP IN prep 2
    Syria Syria PROPN NNP pobj 3
    """


def test_article_context_destination_is_no_place(lexicon: Lexicon) -> None:
    assert place_candidates(parsed(_smuggled()), set(), lexicon) == []


def test_article_context_travel_destination_is_the_place(lexicon: Lexicon) -> None:
    doc = parsed("""
    The the DET DT det 1
    envoy envoy NOUN NN nsubj 2
    traveled travel VERB VBD ROOT 2
    to to ADP IN prep 2
    Lima Lima PROPN NNP pobj 3
    """)
    assert place_candidates(doc, set(), lexicon) == [("Lima", 22, 26, "to")]


def test_article_context_sea_is_no_country(lexicon: Lexicon) -> None:
    doc = parsed("""
    Ships ship NOUN NNS nsubj 1
    collided collide VERB VBD ROOT 1
    in in ADP IN prep 1
    the the DET DT det 6
    South South PROPN NNP compound 6
    China China PROPN NNP compound 6
    Sea Sea PROPN NNP pobj 2
    """)
    assert place_candidates(doc, set(), lexicon) == []


def test_article_context_gulf_of_is_no_country(lexicon: Lexicon) -> None:
    doc = parsed("""
    Pirates pirate NOUN NNS nsubj 1
    struck strike VERB VBD ROOT 1
    in in ADP IN prep 1
    the the DET DT det 4
    Gulf Gulf PROPN NNP pobj 2
    of of ADP IN prep 4
    Aden Aden PROPN NNP pobj 5
    """)
    assert place_candidates(doc, set(), lexicon) == []


def test_article_context_organization_is_no_town(lexicon: Lexicon) -> None:
    doc = parsed("""
    He he PRON PRP nsubj 1
    spoke speak VERB VBD ROOT 1
    at at ADP IN prep 1
    the the DET DT det 5
    Brookings Brookings PROPN NNP compound 5
    Institution Institution PROPN NNP pobj 2
    """)
    assert place_candidates(doc, set(), lexicon) == []


def test_article_context_month_is_no_town(lexicon: Lexicon) -> None:
    # "March" is also a town in England: in a date phrase it names a month.
    doc = parsed("""
    Kenya Kenya PROPN NNP nsubj 1
    expelled expel VERB VBD ROOT 1
    the the DET DT det 3
    envoy envoy NOUN NN dobj 1
    in in ADP IN prep 1
    March March PROPN NNP pobj 4
    """)
    assert place_candidates(doc, set(), lexicon) == []


def test_article_context_month_gives_no_place_nor_country(resources: Resources) -> None:
    resources = keeping_undirected(resources)
    events = code("Kenya expelled the diplomat who had insulted the president in March.", published=WED,
                  resources=resources)
    assert events and all(e.place is None for e in events)
    assert all(e.target is None or e.target.actor.country != "GBR" for e in events)


def test_article_context_addressee_of_an_appeal_is_no_place(resources: Resources) -> None:
    events = code("Kenya called on Uganda to release the detained journalists.", published=WED, resources=resources)
    assert [(e.cameo[:2], e.place) for e in events] == [("02", None)]


@pytest.mark.parametrize("text", [
    "The Ghanaian foreign minister, who was in Paris last week, condemned Togo's decision.",
    "Uganda, which hosted the summit in Kampala, criticized Kenya's absence.",
])
def test_article_context_place_in_a_relative_clause_places_only_its_clause(resources: Resources, text: str) -> None:
    events = code(text, published=WED, resources=resources)
    assert [(e.cameo, e.place) for e in events] == [("111", None)]


def test_article_context_place_in_a_reported_statement_is_not_the_speakers(resources: Resources) -> None:
    resources = keeping_undirected(resources)
    events = code("The Ghanaian cabinet turned down the report on Friday, saying it rests on a flawed reading "
                  "of the count in Ghana.", published=WED, resources=resources)
    assert events and all(e.place is None for e in events)


def test_article_context_place_of_the_events_own_clause_stays(resources: Resources) -> None:
    events = code("Kenyan police arrested twelve protesters in Nairobi.", published=WED, resources=resources)
    assert [e.place.name for e in events if e.place] == ["Nairobi"]


@pytest.mark.parametrize("text", [
    "The United States gives military support to Chinese rivals in Asia.",  # "Asia" is also a Philippine town
    "Jihadist groups attacked army posts in West Africa.",  # GeoNames calls Mahdia, Tunisia, "Africa"
])
def test_article_context_continent_is_no_place(resources: Resources, text: str) -> None:
    assert all(e.place is None for e in code(text, published=WED, resources=resources))


def test_article_context_country_named_after_a_continent_stays_a_place(resources: Resources) -> None:
    events = code("Kenyan police arrested twelve protesters in South Africa.", published=WED, resources=resources)
    assert [e.place.country for e in events if e.place] == ["ZAF"]


def test_article_context_acronym_is_no_town() -> None:
    gazetteer = Gazetteer.load()
    assert gazetteer.lookup("US") is not None and gazetteer.lookup("US").country == "USA"  # type: ignore[union-attr]
    assert gazetteer.lookup("Un") is not None  # a town of that name
    assert gazetteer.lookup("UN") is None  # the acronym of an organization is no town
    assert gazetteer.lookup("UDA") is None


@pytest.fixture(scope="module")
def segmenter() -> Segmenter:
    return Segmenter(load_nlp(), headline_openers=load_lexicon().splitting_headline_opener)


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops left the port on Monday. Ceasefire Talks Stall The envoy said the talks would resume.",
     ["Troops left the port on Monday.", "Ceasefire Talks Stall", "The envoy said the talks would resume."]),
    ("Border deal signed It was signed in Lima.", ["Border deal signed", "It was signed in Lima."]),
    ("She wrote for The Guardian newspaper.", ["She wrote for The Guardian newspaper."]),
    ("In Lima The Guardian reported it.", ["In Lima The Guardian reported it."]),
    ("Fans of The Beatles met.", ["Fans of The Beatles met."]),
])
def test_article_context_sub_headline_is_its_own_sentence(segmenter: Segmenter, text: str,
                                                          expected: list[str]) -> None:
    _doc, sentences = segmenter(text)
    assert [s.text for s in sentences] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister spoke briefly. “We will not give in,” he said.",
     ["The minister spoke briefly.", "“We will not give in,” he said."]),
    # a straight quote mark opens a quotation when a space stands before it and a word after it
    ('The minister spoke briefly. "We will not give in," he said. "Never." Then he left.',
     ["The minister spoke briefly.", '"We will not give in," he said.', '"Never."', "Then he left."]),
    # and closes one when it follows the sentence's last word
    ('The talks failed." The envoy left.', ['The talks failed."', "The envoy left."]),
])
def test_article_context_opening_quote_starts_the_next_sentence(segmenter: Segmenter, text: str,
                                                                 expected: list[str]) -> None:
    _doc, sentences = segmenter(text)
    assert [s.text for s in sentences] == expected


VISIT = (
    "A Russian delegation led by Alexander Kozlov arrived in Pyongyang on Tuesday for talks, Reuters reported.\n"
    "North Korean authorities organized a banquet at a Pyongyang hotel to honor the Russian delegation.\n"
)


def test_article_context_reporter_of_one_sentence_reports_only_it(fixture_resources: Resources) -> None:
    events = {e.rule: e for e in code(VISIT, published=WED, resources=fixture_resources)}
    assert events["visit.arrive"].reported_by == ("Reuters",)
    assert events["host.reception"].reported_by == ()


def test_article_context_dateline_agency_reports_the_whole_article(fixture_resources: Resources) -> None:
    text = "PYONGYANG (Reuters) — " + VISIT.replace(", Reuters reported", "")
    events = code(text, published=WED, resources=fixture_resources)
    assert len(events) == 2 and all(e.reported_by == ("Reuters",) for e in events)


def test_article_context_water_body_names_no_country(resources: Resources) -> None:
    resources = keeping_undirected(resources)
    events = code("Philippine vessels clashed with a coast guard ship in the South China Sea on Monday.",
                  published=WED, resources=resources)
    assert events
    for event in events:
        assert event.place is None
        assert all(m is None or m.actor.country != "CHN" for m in (event.source, event.target))


@pytest.mark.parametrize("name", ["the South China Sea", "the Sea of Japan", "the Taiwan Strait"])
def test_article_context_matcher_skips_places_inside_water_names(resources: Resources, name: str) -> None:
    doc, _sentences = resources.segmenter(f"Ships from Peru sailed across {name} on Monday.")
    assert [doc[h.start:h.end].text for h in resources.matcher(doc)] == ["Peru"]


def test_article_context_destination_of_a_deportation_is_no_place(resources: Resources) -> None:
    events = code("Malaysian police deported forty people to Myanmar on Monday.", published=WED, resources=resources)
    assert events and all(e.place is None for e in events)


def test_article_context_landmark_alias_is_no_city() -> None:
    gazetteer = Gazetteer.load()
    assert gazetteer.lookup("White House") is None  # a translated alternate name of Casablanca
    assert gazetteer.lookup("Mexico City") is not None


def test_article_context_place_in_the_actors_country_ranks_first() -> None:
    gazetteer = Gazetteer.load()
    text = "Troops from Chad fought in Paris and in Moundou."
    candidates = [(name, text.index(name), text.index(name) + len(name), "in") for name in ("Paris", "Moundou")]
    first = find_place(text, 0, candidates, gazetteer, lexicon=load_lexicon())
    preferred = find_place(text, 0, candidates, gazetteer, frozenset({"TCD"}), lexicon=load_lexicon())
    assert first is not None and first.name == "Paris"
    assert preferred is not None and preferred.name == "Moundou"


def test_article_context_country_beside_a_border_is_no_place(lexicon: Lexicon) -> None:
    doc = parsed("""
    Rebels rebel NOUN NNS nsubj 1
    attacked attack VERB VBD ROOT 1
    villages village NOUN NNS dobj 1
    near near ADP IN prep 1
    the the DET DT det 6
    Chad Chad PROPN NNP compound 6
    border border NOUN NN pobj 3
    """)
    assert place_candidates(doc, set(), lexicon) == []


@pytest.mark.parametrize(("text", "cameo", "expected"), [
    # The date phrase on the event's own verb, not the one on the clause about it or on a noun.
    ("The Chilean president said on Friday that Peruvian troops attacked the border post on Tuesday.", "190",
     date(2023, 11, 14)),
    ("Tuesday's attack on the border post was condemned by Kenya on Friday.", "111", date(2023, 11, 10)),
    ("Kenya condemned Tuesday's attack on its border post.", "111", WED),  # when said, not the attack's day
    ("Before the election this month, the Japanese prime minister visited Taiwan in August.", "042",
     date(2023, 8, 1)),
    # A relative clause's date phrase dates the earlier event it tells, not the sentence's event.
    ("Ugandan police released the opposition leader, who was arrested in early May.", "0841", WED),
    ("Ghana condemned the attack on its embassy, which Togolese protesters carried out on Monday.", "111", WED),
    # A participle's phrase is no relative clause: the statement issued in July is the agreement's date.
    ("In a joint statement published after talks in July, Kenya and Uganda agreed to build a new railway.", "030",
     date(2023, 7, 1)),
])
def test_article_context_date_phrase_of_the_events_verb(resources: Resources, text: str, cameo: str,
                                                        expected: date) -> None:
    resources = keeping_undirected(resources)
    events = [e for e in code(text, published=WED, resources=resources) if e.cameo == cameo]
    assert events and all(e.date.date == expected for e in events)


@pytest.mark.parametrize(("text", "expected"), [
    # background the story does not date has no date: the past perfect, or a long-running matter
    ("The Kenyan deputy president had complained of being left out by the president.", None),
    ("Opposition parties have persistently accused the Kenyan army of rigging the vote.", None),
    # news of the day takes the publication date; a dated past perfect keeps its date
    ("Kenyan police arrested twelve protesters.", WED),
    ("Kenyan police had arrested twelve protesters on Monday.", date(2023, 11, 13)),
])
def test_article_context_undated_background_has_no_date(resources: Resources, text: str,
                                                         expected: date | None) -> None:
    events = code(text, published=WED, resources=resources)
    assert events and all(e.date.date == expected for e in events), [(e.cameo, e.date) for e in events]


def test_article_context_long_run_of_continuing_sentences(lexicon: Lexicon) -> None:
    # Thousands of sentences each going on with the one before: walked without recursion.
    sentences = _sentences("The envoy arrived on Monday.", *["He spoke again."] * 5000)
    found = sentence_dates(sentences, dict.fromkeys(range(1, 5001, 7), False), WED, lexicon=lexicon)
    assert {d.date for d in found.values()} == {date(2023, 11, 13)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Prices rose again. Money worries for farmers More than 2,000 growers left the valley.",
     ["Prices rose again.", "Money worries for farmers", "More than 2,000 growers left the valley."]),
    ("Exports fell. Trade slump deepens Between 2019 and 2022 sales halved.",
     ["Exports fell.", "Trade slump deepens", "Between 2019 and 2022 sales halved."]),
    ("Talks resumed. Border reopened In a statement the ministry said trucks could cross.",
     ["Talks resumed.", "Border reopened", "In a statement the ministry said trucks could cross."]),
    # a capitalised opener after a name or inside a title-case run stays inside the sentence
    ("Fans of In Bloom met.", ["Fans of In Bloom met."]),
    ("Delegates At Large voted.", ["Delegates At Large voted."]),
])
def test_article_context_sub_headline_before_an_opening_word(segmenter: Segmenter, text: str,
                                                             expected: list[str]) -> None:
    _doc, sentences = segmenter(text)
    assert [s.text for s in sentences] == expected


@pytest.mark.parametrize("first", [
    "Kenya condemned Tuesday's attack on its border post.",
    "Ghana mourned Monday's victims.",
])
def test_article_context_a_nouns_date_is_not_carried(lexicon: Lexicon, first: str) -> None:
    # "Tuesday's attack" dates the attack, not the condemnation nor what the next sentence tells
    sentences = _sentences(first, "It accused Somalia of sheltering the attackers.")
    found = sentence_dates(sentences, {0: False, 1: False}, WED, lexicon=lexicon)
    assert (found[1].how, found[1].date) == ("published", WED)


@pytest.mark.parametrize(("follower", "expected"), [
    ("A day later, troops retook the town.", date(2023, 11, 14)),
    ("Two days earlier, the army had withdrawn.", date(2023, 11, 11)),
    ("The next day, Chad closed the border.", date(2023, 11, 14)),
    ("A day earlier, Chad had closed the border.", date(2023, 11, 12)),
    # a day before another named event is no day before the sentence's
    ("Chad closed the border the day before the vote.", WED),
])
def test_article_context_days_from_the_sentence_before(lexicon: Lexicon, follower: str, expected: date) -> None:
    sentences = _sentences("Rebels seized the town on Monday.", follower)
    found = sentence_dates(sentences, {1: False}, WED, lexicon=lexicon)
    assert found[1].date == expected


def test_article_context_days_from_an_undated_sentence_are_the_publication_date(lexicon: Lexicon) -> None:
    sentences = _sentences("Rebels seized the town.", "A day later, troops retook it.")
    found = sentence_dates(sentences, {1: False}, WED, lexicon=lexicon)
    assert (found[1].how, found[1].date) == ("published", WED)


@pytest.mark.parametrize("text", [
    "Kenya's foreign minister is to arrive in Mogadishu on Friday.",
    "Ethiopian and Somali officials are going to resume talks on Friday.",
])
def test_article_context_scheduled_act_is_future_not_done(resources: Resources, text: str) -> None:
    # "is to arrive on Friday" has not happened: an intention, dated when told, not by the Friday to come
    events = code(text, published=WED, resources=resources)
    assert events and all(e.modality.value == "future" and e.date.date == WED for e in events)


def test_article_context_date_from_before_passes_over_the_sentences_own_phrase(lexicon: Lexicon) -> None:
    sentences = _sentences("The envoy arrived in Lima on Monday.",
                           "He met the leaders who had signed the accord in 2019.", "Rebels seized a town in May.")
    own = sentence_dates(sentences, {1: False, 2: False}, WED, lexicon=lexicon)
    before = sentence_dates(sentences, {1: False, 2: False}, WED, lexicon=lexicon, from_before=True)
    assert (own[1].date, own[2].date) == (date(2019, 1, 1), date(2023, 5, 1))
    assert (before[1].how, before[1].date) == ("paragraph", date(2023, 11, 13))
    assert (before[2].how, before[2].date) == ("published", WED)  # a new subject: nothing carried


@pytest.mark.parametrize(("text", "source"), [
    ("Talks ahead The EU's foreign policy chief said Serbia must respect Bosnia's borders.",
     "The EU's foreign policy chief"),
    ("New rules, old fears The Kenyan government banned protests in Nairobi.", "The Kenyan government"),
])
def test_article_context_glued_sub_headline_is_no_part_of_the_sentence(resources: Resources, text: str,
                                                                        source: str) -> None:
    events = code(text, published=WED, resources=resources)
    assert events and all(e.source is not None and e.source.text == source for e in events)
    assert all(not e.sentence_text.startswith(text.split(maxsplit=1)[0]) for e in events)


@pytest.mark.parametrize("text", [
    "Security chiefs of The Gambia and Senegal met in Dakar on Monday.",
    "Serbian officials met Croatian envoys in The Hague on Monday.",
    "Kenya told The Associated Press on Monday that it would send troops.",
])
def test_article_context_the_inside_a_name_is_no_sub_headline(resources: Resources, text: str) -> None:
    resources = keeping_undirected(resources)
    events = code(text, published=WED, resources=resources)
    assert events and all(e.sentence_text == text for e in events)

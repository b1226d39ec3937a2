"""When an event of a whole article happened: an intention is dated when it was expressed, not
by the day it names for what is to come; a deadline dates nothing; "the weekend" is its Saturday."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date

import pytest

from coded import coded_dates, keeping_undirected
from eventwire.article_phrases import ArticlePhrases
from eventwire.coding.lexicon import load_lexicon
from eventwire.dates import CalendarReader, Phrase, date_phrases, dating_phrases, resolve_date
from eventwire.nlp import Sentence
from eventwire.pipeline import code
from eventwire.resources import Resources
from eventwire.story_dates import sentence_dates

WED = date(2023, 11, 15)  # a Wednesday


def _dates(text: str, resources: Resources) -> list[tuple[str, date | None]]:
    return coded_dates(resources, text, WED)


@pytest.mark.parametrize(("text", "expected"), [
    # an intention is a statement: dated when said, else when published
    ("Officials said on Monday that Somalia will host talks with Ethiopia on Friday.", date(2023, 11, 13)),
    ("Somalia will host talks with Ethiopia on Friday, officials said on Monday.", date(2023, 11, 13)),
    ("Ghana said Tuesday it would send troops to Niger next month.", date(2023, 11, 14)),
    ("Ghana said it would send troops to Niger next month.", WED),
    ("Sudan's army and the RSF are going to resume talks in Jeddah on Saturday.", WED),
    # a period reaching past publication ("this year") is when the plan is to be carried out
    ("Uganda will hand over four more suspects to Kenya this year, the minister said.", WED),
    # a date after publication dates no act the story reports: the proposal was made by then
    ("Mali proposed that its president meet Senegal's leader next month in Dakar.", WED),
])
def test_article_dates_intention_is_dated_when_expressed(resources: Resources, text: str, expected: date) -> None:
    found = _dates(text, resources)
    assert found and all(when == expected for _code, when in found)


def test_article_dates_deadline_dates_no_event(resources: Resources) -> None:
    # a time limit given to act is an ultimatum (139), dated the day it was given, not the deadline
    assert _dates("Mali's junta gave French diplomats until Sunday to leave the country.", resources) == [
        ("139", WED)]


@pytest.mark.parametrize(("text", "deadline"), [
    ("The junta gave them until Sunday to leave.", True),
    ("The army must withdraw by March.", True),
    ("Troops must go by Nov. 30, 2023.", True),
    ("The vote was delayed until next Tuesday.", True),
    ("They were attacked by militants on Sunday.", False),
    ("The deal was signed by Kenya on Sunday.", False),
    ("The clashes began in March.", False),
])
def test_article_dates_deadline_phrases(text: str, deadline: bool) -> None:
    phrases = date_phrases(text, WED)
    assert len(phrases) == 1 and phrases[0].deadline is deadline
    assert len(dating_phrases(phrases, WED, unrealized=False)) == (0 if deadline else 1)


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Over the weekend, Chinese ships blocked a supply mission.", WED, date(2023, 11, 11)),
    ("Protests spread last weekend.", WED, date(2023, 11, 11)),
    ("Protests spread during the weekend.", date(2023, 11, 13), date(2023, 11, 11)),  # a Monday
    ("Protests spread over the weekend.", date(2023, 11, 12), date(2023, 11, 11)),  # a Sunday
    ("Leaders will meet this weekend.", WED, date(2023, 11, 18)),
    ("Leaders will meet next weekend.", date(2023, 11, 18), date(2023, 11, 25)),  # a Saturday
])
def test_article_dates_weekend_is_its_saturday(text: str, published: date, expected: date) -> None:
    found = resolve_date(text, published, future="will" in text)
    assert found is not None and found.date == expected


def test_article_dates_weekend_dates_the_event(resources: Resources) -> None:
    found = _dates("Over the weekend, Chinese ships blocked a Philippine supply mission.", resources)
    assert found and all(when == date(2023, 11, 11) for _code, when in found)


@pytest.mark.parametrize("text", [
    "In past border disputes, Kenya has accused Somalia of harboring militants.",
    "In the past, Ghana has threatened to close its border with Togo.",
    "During previous border clashes, Chadian troops attacked Sudanese army posts.",
])
def test_article_dates_act_of_times_gone_by_is_undated(resources: Resources, text: str) -> None:
    found = _dates(text, resources)
    assert found and all(when is None for _code, when in found)


def test_article_dates_act_of_the_day_keeps_the_publication_date(resources: Resources) -> None:
    found = _dates("In a statement, Ghana threatened to close its border with Togo.", resources)
    assert found and all(when == WED for _code, when in found)


@pytest.mark.parametrize(("text", "cameo", "expected"), [
    # a clause of another time dates its own event, not the one it hangs from; a perfect reaching
    # back to it is a long run, undated
    ("The U.N. mediator has paid three visits to the Afghan capital since he was appointed in 2021.", "042", None),
    ("Kenya recalled its ambassador on Monday because Somalia had expelled him in May.", "161", date(2023, 11, 13)),
    ("Kenya recalled its ambassador because Somalia had expelled him in May.", "161", WED),
])
def test_article_dates_clause_of_another_time_dates_only_its_own_event(resources: Resources, text: str, cameo: str,
                                                                       expected: date | None) -> None:
    found = [when for code_, when in _dates(text, resources) if code_ == cameo]
    assert found == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # "would" tells the future as seen from when it was said: the coming Saturday
    ("Peru said it would hold naval drills on Saturday.", date(2023, 11, 18)),
    ("Officials said that the envoy would arrive on Monday.", date(2023, 11, 20)),
    # a phrase on the saying itself stays in the past
    ("Peru said on Monday that it would hold naval drills.", date(2023, 11, 13)),
])
def test_article_dates_would_points_ahead(text: str, expected: date) -> None:
    phrases = date_phrases(text, WED)
    assert [p.date.date for p in phrases] == [expected]


def test_article_dates_intention_with_a_coming_weekday_is_dated_when_told(resources: Resources) -> None:
    resources = keeping_undirected(resources)
    found = _dates("Peru said it would hold naval drills on Saturday.", resources)
    assert found and all(when == WED for _code, when in found)


def test_article_dates_phrase_of_a_relative_clause_leaves_the_carried_date(resources: Resources) -> None:
    # "last year" dates the seizure; the appeal goes on with the sentence before it
    text = ("Colombia's president condemned the bombing on Monday. "
            "He urged the rebels to free the hostages they seized last year.")
    found = _dates(text, resources)
    assert [when for code, when in found if code.startswith("02")] == [date(2023, 11, 13)]


@pytest.mark.parametrize("text", [
    "The U.N. envoy has made several trips to Kabul since he took office in 2022.",
    "Ethiopian police have detained 40 Kenyan traders since the protests began.",
])
def test_article_dates_perfect_since_a_past_start_is_undated_background(resources: Resources, text: str) -> None:
    found = _dates(text, resources)
    assert found and all(when is None for _code, when in found)


def test_article_dates_perfect_without_since_is_the_days_news(resources: Resources) -> None:
    assert _dates("Ethiopian police have detained 40 Kenyan traders.", resources) == [("173", WED)]


def test_article_dates_phrases_of_a_sentence_are_read_once_per_tense() -> None:
    texts = ["The minister flew to Accra on Monday.", "She met the president there.",
             "Talks will resume on December 4, aides said on Tuesday.", "No date here."]
    sentences = [Sentence(index=i, paragraph=0, start=i, end=i + 1, start_char=0, end_char=len(t), text=t)
                 for i, t in enumerate(texts)]
    reads: Counter[tuple[str, bool]] = Counter()

    def counted(text: str, published: date | None, *, future: bool = False,
                read: CalendarReader | None = None) -> list[Phrase]:
        reads[text, future] += 1
        return date_phrases(text, published, future=future, read=read)

    memo = ArticlePhrases.of(WED, reader=counted)
    coded, lexicon = {1: False, 2: True}, load_lexicon()
    own = sentence_dates(sentences, coded, WED, lexicon=lexicon, phrases=memo)
    around = sentence_dates(sentences, coded, WED, lexicon=lexicon, phrases=memo, from_before=True)
    for i, future in [*coded.items(), (0, False), (2, False), (2, True)]:
        assert memo.phrases(sentences[i], future=future) == tuple(date_phrases(texts[i], WED, future=future))
    assert set(reads.values()) == {1}  # each (sentence, tense) asked for several times, read once
    assert own == sentence_dates(sentences, coded, WED, lexicon=lexicon)
    assert around == sentence_dates(sentences, coded, WED, lexicon=lexicon, from_before=True)


@pytest.mark.parametrize(("text", "expected"), [
    # past the lead, the present perfect outside a reported statement is background the story does not date
    ("Kenyan police arrested twelve protesters in Nairobi on Monday. "
     "Uganda has denied any part in the unrest.", [("173", date(2023, 11, 13)), ("016", None)]),
    # in the lead it is the day's news; reported, it keeps the date of the report
    ("Uganda has denied any part in the unrest.", [("016", WED)]),
    ("Kenyan police arrested twelve protesters in Nairobi on Monday. "
     "Officials said Uganda has denied any part in the unrest.", [("173", date(2023, 11, 13)), ("016", WED)]),
])
def test_article_dates_present_perfect_past_the_lead_is_undated(resources: Resources, text: str,
                                                                expected: list[tuple[str, date | None]]) -> None:
    found = _dates(text, resources)
    assert [(code, when) for code, when in found if code in {c for c, _ in expected}] == expected, found


@pytest.mark.parametrize(("text", "expected"), [
    # past the lead, a stance told in the simple present is held, not an act of a day
    ("Kenyan police arrested twelve protesters in Nairobi on Monday. "
     "Uganda denies that it armed the crowd.", [("173", date(2023, 11, 13)), ("016", None)]),
    ("Kenyan police arrested twelve protesters in Nairobi on Monday. "
     "Britain has said it supports the Kenyan inquiry.", [("173", date(2023, 11, 13)), ("051", None)]),
    # reported in the past, it is the stance of the day it was told
    ("Kenyan police arrested twelve protesters in Nairobi on Monday. "
     "Officials said Uganda denies that it armed the crowd.", [("173", date(2023, 11, 13)), ("016", WED)]),
    # reported in the past by any verb of a clause, it is the stance of that day too
    ("Kenyan police arrested twelve protesters in Nairobi on Monday. "
     "A British official reaffirmed that London urges Kenya to free them.", [("173", date(2023, 11, 13)),
                                                                            ("0253", WED)]),
    # a speech verb in the simple present reports words of the story's own day, no stance held
    ("Kenyan police arrested twelve protesters in Nairobi on Monday. "
     "Kenyan prosecutors say Ugandan agents paid the rioters.", [("173", date(2023, 11, 13)), ("1121", WED)]),
])
def test_article_dates_simple_present_stance_past_the_lead_is_undated(
        resources: Resources, text: str, expected: list[tuple[str, date | None]]) -> None:
    found = _dates(text, resources)
    assert [(code, when) for code, when in found if code in {c for c, _ in expected}] == expected, found


def test_article_dates_phrase_on_a_conjoined_verb_dates_the_first(resources: Resources) -> None:
    # "over the weekend" hangs on "burned"; the killing shares its subject and its time, not the report's day
    text = "Gunmen killed six Kenyan farmers and burned their homes over the weekend, police said on Tuesday."
    found = _dates(text, resources)
    assert found and all(when == date(2023, 11, 11) for _code, when in found), found


LEAD = "Kenyan troops shelled al-Shabab camps in southern Somalia on Tuesday, the army said. "


@pytest.mark.parametrize(("text", "expected"), [
    # the lead's attack told again in detail, undated, is the lead's Tuesday
    (LEAD + "Residents said the shelling lasted hours. A Kenyan army spokesman said Kenyan jets had bombed two camps.",
     {"194": date(2023, 11, 14), "195": date(2023, 11, 14)}),
    # another kind of act, or another actor, is not the lead's event: a reaction told in the past
    # and undated is of the news day the lead gives, as a later deed is
    (LEAD + "Residents said the shelling lasted hours. Somalia's president condemned the shelling.",
     {"194": date(2023, 11, 14), "111": date(2023, 11, 14)}),
    # only the lead's date is carried: a later sentence's date may be background
    ("Kenya's president met Uganda's president in Nairobi. Kenyan troops shelled al-Shabab camps in "
     "southern Somalia on Monday. Kenyan jets bombed two camps near the border.",
     {"040": WED, "194": date(2023, 11, 13), "195": WED}),
])
def test_article_dates_lead_event_told_again_takes_the_leads_date(resources: Resources, text: str,
                                                                 expected: dict[str, date]) -> None:
    assert dict(_dates(text, resources)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a demonstrative takes the date of the sentence that named the event
    ("Teachers protested in Accra in March against the new language law. The minister met union leaders. "
     "Ghanaian police dispersed those protests with tear gas.", date(2023, 3, 1)),
    # ... or, when none names it, of the sentence before it in the same paragraph
    ("The dispute began in 2019, when teachers took to the streets in Accra against the new language law. "
     "Ghanaian police broke up those protests, arresting hundreds of teachers.", date(2019, 1, 1)),
    # the nearest sentence naming it lends its date, or none ("protesters" names no protest)
    ("Farmers protested in Lima in August. Peruvian police dispersed the protesters. "
     "Police broke up these protests with water cannon.", date(2023, 8, 1)),
    ("Farmers protested in Lima in August. Farmers protested in Cusco. "
     "Peruvian police broke up these protests with water cannon.", WED),
])
def test_article_dates_demonstrative_event_takes_the_date_of_its_telling(resources: Resources, text: str,
                                                                         expected: date) -> None:
    found = [when for code_, when in _dates(text, resources) if code_.startswith("17")]
    assert found[-1:] == [expected], _dates(text, resources)  # the last sentence's


def test_article_dates_clause_of_the_same_time_dates_the_act_it_hangs_from(resources: Resources) -> None:
    # "in May" hangs on "evicted", in a "when" clause of "used force": it dates the force, not the ruling's Monday
    text = ("On Monday a court in Lima ruled that Peruvian police had used excessive force when they evicted "
            "farmers from a ranch near Cusco in May.")
    found = _dates(text, resources)
    assert found and all(when == date(2023, 5, 1) for _code, when in found), found


def test_article_dates_same_time_marks_come_from_the_lexicon(resources: Resources) -> None:
    # the lexicon kind `same_time_mark` names the marks: without "as" among them, the "as"
    # clause's date no longer dates the act it hangs from
    text = ("On Friday a tribunal in Quito found that Ecuadorian soldiers had used too much force as they "
            "cleared a camp of miners near Tena in March.")
    assert "as" in resources.lexicon.same_time_mark
    assert {when for _code, when in _dates(text, resources)} == {date(2023, 3, 1)}
    without = replace(resources, lexicon=replace(resources.lexicon, same_time_mark=frozenset({"while"})))
    assert date(2023, 3, 1) not in {when for _code, when in _dates(text, without)}


def test_article_dates_present_perfect_clause_is_not_dated_by_its_past_partner(resources: Resources) -> None:
    # "In 2019" dates the shooting; the mediation, told in the present perfect, is not of 2019: with
    # "since" it is a span reaching to now ("has since mediated", as "has mediated since then"), undated,
    # and without it the day's news
    text = ("In 2019, Kenyan soldiers shot dead a Somali herder near the border, and the African Union "
            "has since mediated between the two countries.")
    found = _dates(text, resources)
    assert [when for code_, when in found if code_ == "193"] == [date(2019, 1, 1)], found
    assert {when for code_, when in found if code_ == "045"} == {None}, found
    found = _dates(text.replace("has since mediated", "has mediated"), resources)
    assert {when for code_, when in found if code_ == "045"} == {WED}, found


@pytest.mark.parametrize(("text", "cameo"), [
    # a present perfect with a "since" of its own tells a span reaching to now: the year dates none of it
    ("The African Union has mediated between Ethiopia and Eritrea since 2019.", "045"),
    ("Germany, which has been training Malian commandos since 2020, said on Monday it would send advisers.", "062"),
])
def test_article_dates_perfect_with_its_own_since_phrase_is_undated(resources: Resources, text: str,
                                                                      cameo: str) -> None:
    found = _dates(text, resources)
    assert [when for code_, when in found if code_ == cameo] == [None], found


def test_article_dates_past_act_beside_a_since_span_keeps_its_date(resources: Resources) -> None:
    # the year dates the shooting, told in the past; the mediation since 2000 is undated
    text = ("In 2012, Kenyan soldiers shot dead a Somali herder near the border, and the African Union "
            "has mediated between the two countries since 2000.")
    found = dict(_dates(text, resources))
    assert found.get("193") == date(2012, 1, 1) and found.get("045") is None, found


@pytest.mark.parametrize(("text", "cameo", "expected"), [
    # "N months later" moves the sentence before's date by the span ...
    ("Ghana's army arrested three Togolese soldiers near the border in March. "
     "Ghana released the soldiers a month later.", "0841", date(2023, 4, 1)),
    ("Kenyan police arrested a Somali journalist in Nairobi on November 2. "
     "Kenya deported the journalist to Mogadishu a week later.", "174", date(2023, 11, 6)),
    # ... and keeps a date coarser than the span as it is: months after a year are still that year
    ("In 2018, Somali pirates seized a Kenyan fishing boat off Kismayo. Kenya freed the crew three months later.",
     "0841", date(2018, 1, 1)),
])
def test_article_dates_span_later_counts_from_the_sentence_before(resources: Resources, text: str, cameo: str,
                                                                  expected: date) -> None:
    resources = keeping_undirected(resources)
    assert [when for code_, when in _dates(text, resources) if code_ == cameo] == [expected]


@pytest.mark.parametrize(("text", "cameo", "expected"), [
    # the doers of the act before, named by the act's word, go on with it
    ("Gunmen kidnapped two Nigerian aid workers near Maiduguri on Sunday. "
     "The kidnappers freed one of the workers after Nigeria's army surrounded the village.", "0841",
     date(2023, 11, 12)),
    # a noun of doers of another act does not (and a month names no news day the act would take)
    ("Gunmen kidnapped two Nigerian aid workers near Maiduguri in October. "
     "The protesters freed one of the workers after Nigeria's army surrounded the village.", "0841", WED),
])
def test_article_dates_doers_of_the_act_before_go_on_with_it(resources: Resources, text: str, cameo: str,
                                                             expected: date) -> None:
    assert [when for code_, when in _dates(text, resources) if code_ == cameo] == [expected], _dates(text, resources)


@pytest.mark.parametrize(("text", "expected"), [
    # "also" marks more of an act told before: it takes that act's date
    ("Kenyans protested in Nairobi. Kenya's High Court on November 7 ordered the police to free the journalists. "
     "Teachers marched in Mombasa. Kenya's High Court also ordered the police to free the students.",
     [date(2023, 11, 7), date(2023, 11, 7)]),
    # without "also", a later act of the same kind is the day's news
    ("Kenyans protested in Nairobi. Kenya's High Court on November 7 ordered the police to free the journalists. "
     "Teachers marched in Mombasa. Kenya's High Court ordered the police to free the students.",
     [date(2023, 11, 7), WED]),
])
def test_article_dates_also_act_takes_the_date_of_the_act_told_before(resources: Resources, text: str,
                                                                     expected: list[date]) -> None:
    found = _dates(text, resources)
    assert [when for code_, when in found if code_ == "0841"] == expected, found


@pytest.mark.parametrize(("text", "expected"), [
    # acts the lead's news day leads to, told later in the past and undated, are of that day
    ("Riot police cleared a sit-in outside the Ugandan parliament on Monday. Later in the week the "
     "speaker spoke to reporters.\n\nUgandan officers detained nine student leaders, a police statement said.",
     {"173": date(2023, 11, 13)}),
    # so is a thing said, a reaction told with the news of its day
    ("Riot police cleared a sit-in outside the Ugandan parliament on Monday. Later in the week the "
     "speaker spoke to reporters.\n\nUganda's opposition condemned the raid, a party statement said.",
     {"111": date(2023, 11, 13)}),
    # told in the present they are dated when published
    ("Riot police cleared a sit-in outside the Ugandan parliament on Monday. Later in the week the "
     "speaker spoke to reporters.\n\nUgandan officers are detaining student leaders, a lawyer says.",
     {"173": WED}),
    # a lead dated weeks before publication names no news day
    ("Riot police cleared a sit-in outside the Ugandan parliament on Oct. 2. Later in the week the "
     "speaker spoke to reporters.\n\nUgandan officers detained nine student leaders, a police statement said.",
     {"173": WED}),
])
def test_article_dates_later_past_act_takes_the_leads_news_day(resources: Resources, text: str,
                                                              expected: dict[str, date]) -> None:
    found = dict(_dates(text, resources))
    assert {c: found.get(c) for c in expected} == expected, found


@pytest.mark.parametrize(("text", "expected"), [
    # an act told as done "by" a day was done that day
    ("By Sunday night, tribal elders had persuaded Libyan militia leaders to withdraw their men.",
     date(2023, 11, 12)),
    # a limit set for another act dates nothing; nor does one for what is still to come
    ("Kenya ordered two Somali diplomats to leave by Friday.", WED),
    ("Somalia's envoy is to visit Nairobi by Friday, Kenya said.", WED),
])
def test_article_dates_done_by_a_day_is_dated_that_day(resources: Resources, text: str, expected: date) -> None:
    found = _dates(text, resources)
    assert found and all(when == expected for _code, when in found), found


@pytest.mark.parametrize(("text", "cameo", "expected"), [
    # the start of a span told of a noun ("roads shut since 2015") is no time of the act
    ("Kenya and Ethiopia agreed to reopen three markets shut since 2015.", "03", WED),
    # the clause of the span's start ("since March, when ...") is of that time
    ("The raid was the worst since March, when rebels ambushed a Kenyan patrol.", "19", date(2023, 3, 1)),
])
def test_article_dates_since_phrase_dates_only_its_own_verb(resources: Resources, text: str, cameo: str,
                                                            expected: date) -> None:
    found = _dates(text, resources)
    assert [when for code_, when in found if code_.startswith(cameo)] == [expected], found


def test_article_dates_undated_later_deed_takes_the_day_of_the_sentence_before(resources: Resources) -> None:
    # the day named just before, in the same paragraph, is the deed's news day, not the lead's
    text = ("NAIROBI, Kenya — Kenyan lawmakers passed a fuel tax on Tuesday. On Monday riot police fired "
            "tear gas at traders in a Nairobi market. Traders threw stones at the officers.")
    found = _dates(text, resources)
    assert [when for code_, when in found if code_.startswith("14")] == [date(2023, 11, 13)], found


@pytest.mark.parametrize(("text", "expected"), [
    # a long-running act over a span reaching to publication: the month or year the span lies in
    ("Farmers in Kenya have blocked highways for the past five weeks to protest against new taxes.",
     date(2023, 1, 1)),
    ("Kenyan police have deported 300 Somali traders over the last ten days.", date(2023, 11, 1)),
])
def test_article_dates_span_to_publication_dates_the_act(resources: Resources, text: str, expected: date) -> None:
    found = _dates(text, resources)
    assert found and all(when == expected for _code, when in found)


def test_article_dates_sentence_set_in_a_decade_is_background(resources: Resources) -> None:
    text = ("Kenya closed its border with Somalia on Monday. "
            "Kenya blamed the raids on a militia formed in the late 1980s.")
    found = [(e.cameo, e.date.date) for e in code(text, published=WED, resources=resources)
             if "1980s" in e.sentence_text]
    assert found and all(when is None for _code, when in found)
    lead = _dates("Kenya blamed the raids on Tuesday on a militia formed in the late 1980s.", resources)
    assert lead and all(when == date(2023, 11, 14) for _code, when in lead)


@pytest.mark.parametrize(("text", "expected"), [
    ("Guinea on Monday freed six Liberian traders its police had seized in March.",
     [("0841", date(2023, 11, 13)), ("173", date(2023, 3, 1))]),
    ("Ghana on Friday released four Togolese fishermen its coast guard had seized in January.",
     [("0841", date(2023, 11, 10)), ("173", date(2023, 1, 1))]),
])
def test_article_dates_act_of_a_relative_clause_is_dated_by_its_verb(resources: Resources, text: str,
                                                                     expected: list[tuple[str, date]]) -> None:
    # the seizure's span starts with the noun it tells of ("traders its police had seized")
    assert _dates(text, resources) == expected

"""Dates of a story's background and of clauses joined in one sentence: a narration of the past goes
on at the time it opened with, a time opening a later clause is that clause's alone, and a
participle telling what a statement says is told in the tense of the verb that issued it."""

from __future__ import annotations

from datetime import date

from eventwire.model import EventMention
from eventwire.pipeline import code
from eventwire.resources import Resources


def _by_sentence(text: str, published: date, resources: Resources) -> dict[str, list[EventMention]]:
    found: dict[str, list[EventMention]] = {}
    for event in code(text, published=published, resources=resources):
        found.setdefault(event.sentence_text.split()[0], []).append(event)
    return found


def test_background_dates_a_narration_of_the_past_goes_on_at_its_time(resources: Resources) -> None:
    text = ("WINDHOEK, NAMIBIA — Namibia recalled its ambassador from Angola on Tuesday after a raid on a farm.\n\n"
            "In 1998, Zambian troops entered Malawi to put down an army revolt. Dozens of Malawian soldiers "
            "died in clashes with the Zambian troops, and Zambian forces shelled the barracks in Zomba.\n\n"
            "Police arrested three Zambian traders near the border.")
    found = _by_sentence(text, date(2004, 6, 17), resources)
    assert found["Dozens"] and all(e.date.date == date(1998, 1, 1) for e in found["Dozens"])
    # a sentence of another paragraph is of the story's news again, and no town of the past places it
    assert [(e.date.date, e.place) for e in found["Police"]] == [(date(2004, 6, 15), None)]


def test_background_dates_a_time_opening_a_later_clause_is_that_clauses_alone(resources: Resources) -> None:
    found = _by_sentence("Kenya briefly halted imports of Ugandan sugar, and in 2006 it expelled two Ugandan "
                         "diplomats.", date(2016, 11, 24), resources)["Kenya"]
    assert {e.cameo: e.date.date for e in found} == {"163": date(2016, 11, 24), "161": date(2006, 1, 1)}


def test_background_dates_a_time_of_a_clause_of_another_tense_is_its_own(resources: Resources) -> None:
    text = ("ABUJA, NIGERIA — Nigeria closed its border with Benin on Tuesday.\n\n"
            "Its ministers have threatened to cut off power supplies to Benin, and the customs chiefs gathered "
            "in Lagos last week to draw up the rules.")
    threats = [e for e in code(text, published=date(2023, 8, 16), resources=resources) if e.cameo.startswith("13")]
    assert threats and all(e.date.date is None for e in threats)  # not the meeting's "last week"


def test_background_dates_a_statement_issued_is_told_in_the_past(resources: Resources) -> None:
    text = ("LIMA, PERU — The court in The Hague on Monday set the sea border between Peru and Chile.\n\n"
            "Argentina's embassy released a statement congratulating Peru and Chile on the verdict.")
    found = _by_sentence(text, date(2014, 1, 28), resources)["Argentina's"]
    assert found and all(e.date.date == date(2014, 1, 27) for e in found)  # the news day, as a reaction to it


def test_background_dates_an_intention_told_in_the_past_is_of_the_news_day(resources: Resources) -> None:
    text = ("GABORONE, BOTSWANA — Botswana's president met Zambia's leader in Kasane on Friday to discuss the "
            "shooting of two fishermen.\n\n"
            "The two presidents agreed to open a common inquiry and to talk again within days, a spokesman said.")
    found = _by_sentence(text, date(2020, 11, 7), resources)["The"]
    assert found and all(e.date.date == date(2020, 11, 6) for e in found)  # agreed on the news day, not published


def test_background_dates_an_act_told_as_done_again_and_again_is_undated(resources: Resources) -> None:
    text = ("ACCRA, GHANA — Ghana closed its border with Togo on Monday.\n\n"
            "Foreign Minister Kwame Mensah told reporters in Accra that Ghana had asked Togo many times to hand "
            "over the smugglers.\n\n"
            "Ghana often accused Togo of sheltering the gang.")
    found = _by_sentence(text, date(2019, 3, 6), resources)
    assert [e.date.date for e in found["Ghana"]] == [date(2019, 3, 4), None]  # the closing; the frequent charge
    assert found["Foreign"] and all(e.date.date is None for e in found["Foreign"])


def test_background_dates_a_gerund_of_means_is_told_in_its_verbs_tense(resources: Resources) -> None:
    # "has irritated ... by training": a standing matter, as "has trained" would be; "have cooled, with
    # Kampala blaming": as standing as the clause it hangs from
    text = ("KAMPALA, UGANDA — Uganda closed its border with Kenya on Tuesday. Uganda has irritated Kenyan "
            "officials for months by training South Sudanese troops. Relations have cooled sharply, with Kampala "
            "blaming Nairobi for the border closures.")
    found = _by_sentence(text, date(2018, 3, 28), resources)
    means = [e for e in found["Uganda"] if "irritated" in e.sentence_text]
    assert means and all(e.date.date is None for e in means)
    assert found["Relations"] and all(e.date.date is None for e in found["Relations"])


def test_background_dates_a_stance_of_a_relative_clause_is_undated(resources: Resources) -> None:
    text = ("CARACAS, VENEZUELA — Venezuela expelled two Colombian diplomats on Tuesday. The exiled general, "
            "whom Brazil supports, praised the expulsions.")
    found = {e.action.text.split()[0]: e.date.date for e in _by_sentence(text, date(2020, 11, 25), resources)["The"]}
    assert found["supports"] is None and found["praised"] == date(2020, 11, 24)


def test_background_dates_a_bare_infinitive_is_no_present_stance(resources: Resources) -> None:
    text = ("NAIROBI, KENYA — Kenya accused Uganda on Wednesday of seizing a lake island. Norway said it stood "
            "ready to help the two governments settle the quarrel.")
    found = _by_sentence(text, date(2011, 11, 24), resources)["Norway"]
    assert found and all(e.date.date is not None for e in found)


def test_background_dates_an_act_named_by_a_noun_alone_is_undated(resources: Resources) -> None:
    # an act the story names in passing, by a noun no phrase dates, is of no day it gives
    text = ("NAIROBI, KENYA — Kenya recalled its ambassador from Uganda on Tuesday.\n\n"
            "Kenyan lawmakers have long resented Kampala's purchase of Russian fighter jets.")
    found = _by_sentence(text, date(2021, 6, 10), resources)
    assert [(e.cameo, e.date.date) for e in found["Kenyan"]] == [("062", None)]
    assert [e.date.date for e in found["Kenya"]] == [date(2021, 6, 8)]


def test_background_dates_a_season_without_its_year_is_the_latest_one(resources: Resources) -> None:
    # "in the spring" is this year's spring, not the year the sentence before it names
    text = ("ACCRA, GHANA — Ghana recalled its ambassador from Togo on Tuesday.\n\n"
            "Relations have soured since the Togolese leader took office in 2015 vowing to redraw the frontier. "
            "Togo closed the Aflao crossing to Ghanaian traders in the spring, citing an outbreak of cholera.")
    found = _by_sentence(text, date(2021, 6, 10), resources)
    assert [(e.cameo, e.date.date) for e in found["Togo"]] == [("191", date(2021, 1, 1))]

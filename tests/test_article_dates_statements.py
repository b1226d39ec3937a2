"""When a statement of a whole article was made: words quoted or added in the next sentence belong
to the statement before them and give it their day; an act a quotation tells in the present perfect
is the speaker's side's record over time, dated by no day."""

from __future__ import annotations

from datetime import date

import pytest

from coded import coded_dates
from eventwire.resources import Resources

WED = date(2023, 11, 15)  # a Wednesday


def test_article_dates_quoted_words_go_on_with_the_statement_before(resources: Resources) -> None:
    # the quotation is the statement the sentence before reported: said that day, and so is the
    # appeal the next sentence adds to it
    text = ("Ghana's cabinet met on Monday and rejected the verdict of the regional court. "
            "\"Ghana will never hand over the island,\" the cabinet's communique said. "
            "It urged Togo to respect the old border treaty.")
    found = coded_dates(resources, text, WED)
    assert [when for code, when in found if code.startswith("02")] == [date(2023, 11, 13)]


@pytest.mark.parametrize(("text", "expected"), [
    # words the next sentence adds to a thing said were given with it, on the day that one names
    ("Kenyan police arrested twelve protesters in Nairobi on Monday. The British foreign ministry urged Kenya "
     "to free them. \"Peaceful protest is a right,\" a ministry spokesman added in a statement on Tuesday.",
     {"173": date(2023, 11, 13), "0253": date(2023, 11, 14)}),
    # a day the added words only mention, or a sentence that adds nothing, dates no earlier statement
    ("Kenyan police arrested twelve protesters in Nairobi on Monday. The British foreign ministry urged Kenya "
     "to free them. \"Monday's arrests were a mistake,\" a ministry spokesman added.",
     {"173": date(2023, 11, 13), "0253": date(2023, 11, 13)}),
    ("Kenyan police arrested twelve protesters in Nairobi on Monday. The British foreign ministry urged Kenya "
     "to free them. A ministry spokesman spoke to reporters in London on Tuesday.",
     {"173": date(2023, 11, 13), "0253": date(2023, 11, 13)}),
    # a quotation the next sentence gives to the same speaker by a pronoun is of the same statement
    ("Gunmen burned a police post near Mandera on Monday. Somalia's president condemned the raid and "
     "accused Kenya of arming the gunmen. \"They cross back over the border every time,\" he said in a radio "
     "address on Tuesday.",
     {"111": date(2023, 11, 14), "112": date(2023, 11, 14)}),
    # or by the name the sentence before gives the speaker; another speaker's words lend no day
    ("Gunmen burned a police post near Mandera on Monday. Somalia's interior minister, Ahmed Nur, accused Kenya "
     "of arming the gunmen. \"They cross back over the border every time,\" Nur said in a radio address on "
     "Tuesday.", {"112": date(2023, 11, 14)}),
    ("Gunmen burned a police post near Mandera on Monday. Somalia's interior minister, Ahmed Nur, accused Kenya "
     "of arming the gunmen. \"They cross back over the border every time,\" Farah said in a radio address on "
     "Tuesday.", {"112": date(2023, 11, 13)}),
    # a quotation that names no day of its own lends none
    ("Gunmen burned a police post near Mandera on Monday. Somalia's president condemned the raid and "
     "accused Kenya of arming the gunmen. \"They cross back over the border every time,\" he said.",
     {"111": date(2023, 11, 13), "112": date(2023, 11, 13)}),
])
def test_article_dates_words_the_next_sentence_adds_date_the_statement(resources: Resources, text: str,
                                                                       expected: dict[str, date]) -> None:
    found = dict(coded_dates(resources, text, WED))
    assert {code: found.get(code) for code in expected} == expected, found


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation told in the present perfect tells what the speaker's side has done over time: the
    # day it was said (the statement's before it) dates no act in it
    ("Kenyan police arrested twelve protesters in Nairobi on Monday. A British embassy spokesman urged Kenya to "
     "free them on Tuesday. \"Britain has trained Kenyan police officers for years and has funded their academy.\"",
     {"0253": date(2023, 11, 14), "062": None}),
    # told in the past, the quoted act is of the day the quotation was said
    ("Kenyan police arrested twelve protesters in Nairobi on Monday. A British embassy spokesman urged Kenya to "
     "free them on Tuesday. \"Britain trained those officers and funded their academy.\"",
     {"0253": date(2023, 11, 14), "062": date(2023, 11, 14)}),
])
def test_article_dates_present_perfect_in_a_quotation_is_undated(resources: Resources, text: str,
                                                                  expected: dict[str, date | None]) -> None:
    found = dict(coded_dates(resources, text, WED))
    assert {code: found.get(code, "missing") for code in expected} == expected, found

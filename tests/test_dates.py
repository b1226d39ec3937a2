"""Tests of eventwire.dates: date phrases in sentences, resolved against publication dates."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.dates import names_decade, period_end, published_date, resolve_date
from eventwire.errors import InputError
from eventwire.model import DatePrecision, EventDate
from eventwire.user_dates import parse_user_date

WED = date(2023, 11, 15)  # a Wednesday
DAY, WEEK, MONTH, YEAR = (DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH,
                          DatePrecision.YEAR)


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        (date(2023, 11, 15), "Kozlov arrived in Pyongyang on Tuesday.", date(2023, 11, 14)),
        (date(2023, 11, 15), "The talks ended on Wednesday.", date(2023, 11, 15)),
        (date(2023, 11, 15), "Troops crossed the border on Thursday.", date(2023, 11, 9)),
        (date(2023, 11, 15), "Protests began on Monday night.", date(2023, 11, 13)),
        (date(2023, 11, 15), "Friday's attack killed three.", date(2023, 11, 10)),
        (date(2023, 11, 13), "Officials met Sunday in Seoul.", date(2023, 11, 12)),
        (date(2023, 11, 13), "Officials met on Monday in Seoul.", date(2023, 11, 13)),
        (date(2023, 11, 19), "The vote was held Saturday.", date(2023, 11, 18)),
        (date(2023, 11, 15), "The envoy left last Wednesday.", date(2023, 11, 8)),
        (date(2023, 11, 15), "The envoy left last Tuesday.", date(2023, 11, 14)),
        (date(2024, 1, 1), "The strike came on Sunday.", date(2023, 12, 31)),
    ],
)
def test_dates_weekday_is_most_recent_on_or_before_publication(
    published: date, sentence: str, expected: date
) -> None:
    found = resolve_date(sentence, published)
    assert found is not None
    assert (found.date, found.precision, found.how) == (expected, DAY, "sentence")


@pytest.mark.parametrize(
    ("published", "sentence", "expected"),
    [
        (date(2023, 11, 15), "Putin will visit on Friday.", date(2023, 11, 17)),
        (date(2023, 11, 15), "The summit will open Wednesday.", date(2023, 11, 15)),
        (date(2023, 11, 15), "Ministers will meet on Tuesday.", date(2023, 11, 21)),
        (date(2023, 12, 29), "He will travel on Monday.", date(2024, 1, 1)),
        (date(2023, 11, 15), "They will meet next Wednesday.", date(2023, 11, 22)),
        (date(2023, 11, 15), "Talks will resume on January 10.", date(2024, 1, 10)),
    ],
)
def test_dates_future_tense_looks_forward(published: date, sentence: str, expected: date) -> None:
    found = resolve_date(sentence, published, future=True)
    assert found is not None
    assert found.date == expected


@pytest.mark.parametrize(
    ("published", "sentence", "expected", "text"),
    [
        (WED, "The attack of November 14 killed five.", date(2023, 11, 14), "November 14"),
        (WED, "Talks collapsed on December 3.", date(2022, 12, 3), "on December 3"),
        (WED, "Talks resumed on November 16.", date(2023, 11, 16), "on November 16"),
        (WED, "The accord was signed on 14 November 2023.", date(2023, 11, 14),
         "on 14 November 2023"),
        (WED, "It began on Nov. 2, 2021, in Kabul.", date(2021, 11, 2), "on Nov. 2, 2021"),
        (WED, "Fighting resumed on the 3rd of October.", date(2023, 10, 3), "3rd of October"),
        (date(2024, 1, 2), "Rebels attacked on December 30.", date(2023, 12, 30),
         "on December 30"),
        (date(2023, 3, 1), "The deal of February 29 collapsed.", date(2020, 2, 29),
         "February 29"),
        (WED, "The report dated 2023-11-10 said so.", date(2023, 11, 10), "2023-11-10"),
    ],
)
def test_dates_month_day_resolves_to_most_recent(
    published: date, sentence: str, expected: date, text: str
) -> None:
    assert resolve_date(sentence, published) == EventDate(
        date=expected, precision=DAY, text=text, how="sentence"
    )


@pytest.mark.parametrize(
    ("sentence", "expected", "precision", "text"),
    [
        ("Both sides met last week.", date(2023, 11, 6), WEEK, "last week"),
        ("Both sides met earlier this week.", date(2023, 11, 13), WEEK, "earlier this week"),
        ("Both sides met this week.", date(2023, 11, 13), WEEK, "this week"),
        ("Police detained him yesterday.", date(2023, 11, 14), DAY, "yesterday"),
        ("Police detained him today.", date(2023, 11, 15), DAY, "today"),
        ("Shelling continued last night.", date(2023, 11, 14), DAY, "last night"),
        ("The law passed earlier this month.", date(2023, 11, 1), MONTH, "earlier this month"),
        ("The law passed last month.", date(2023, 10, 1), MONTH, "last month"),
        ("The law passed in March.", date(2023, 3, 1), MONTH, "in March"),
        ("The law passed in December.", date(2022, 12, 1), MONTH, "in December"),
        ("The law passed in mid-March.", date(2023, 3, 1), MONTH, "in mid-March"),
        ("Elections were held in May.", date(2023, 5, 1), MONTH, "in May"),
        ("The talks of March 2019 failed.", date(2019, 3, 1), MONTH, "March 2019"),
        # "in" before a month and its year: the stated year, not the last such month
        ("The envoys first met in June 2018.", date(2018, 6, 1), MONTH, "June 2018"),
        ("The envoys first met in early June, 2018.", date(2018, 6, 1), MONTH, "June, 2018"),
        ("Sanctions were imposed in 2019.", date(2019, 1, 1), YEAR, "in 2019"),
        # a part of a year named by the year dates that year
        ("The mill closed at the end of 2016.", date(2016, 1, 1), YEAR, "at the end of 2016"),
        ("Talks resumed in the autumn of 2015.", date(2015, 1, 1), YEAR, "in the autumn of 2015"),
        ("The pipeline was to be finished by the close of 2021.", date(2021, 1, 1), YEAR, "by the close of 2021"),
        ("Sanctions were imposed last year.", date(2022, 1, 1), YEAR, "last year"),
        ("Sanctions were imposed two weeks ago.", date(2023, 10, 30), WEEK, "two weeks ago"),
        ("Sanctions were imposed 3 days ago.", date(2023, 11, 12), DAY, "3 days ago"),
        # years ago count back from publication: the month that many years back, not the calendar year
        ("The two states cut ties a year ago.", date(2022, 11, 1), MONTH, "a year ago"),
        ("The border post was built three years ago.", date(2020, 11, 1), MONTH, "three years ago"),
    ],
)
def test_dates_relative_phrases(
    sentence: str, expected: date, precision: DatePrecision, text: str
) -> None:
    assert resolve_date(sentence, WED) == EventDate(
        date=expected, precision=precision, text=text, how="sentence"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia and North Korea signed an agreement.",
        "Britain may impose new sanctions.",
        "Protesters March on the capital.",
        "Thousands joined the March on Washington.",
        "The second round of talks failed.",
        "Delegates opened the 10th session of the assembly.",
        "The army deployed 2019 troops.",
        "Output stayed at 2019 levels.",
        "Theresa May said the talks would continue.",
        "He told the Sunday Times that the talks would continue.",
        "The ceasefire holds for now.",
        "",
    ],
)
def test_dates_no_date_in_sentence(sentence: str) -> None:
    assert resolve_date(sentence, WED) is None


def test_dates_most_precise_phrase_wins() -> None:
    found = resolve_date("In 2019 the envoy, who arrived on Tuesday, spoke.", WED)
    assert found is not None
    assert (found.date, found.text) == (date(2023, 11, 14), "on Tuesday")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The accord was signed on 14 November 2023.", date(2023, 11, 14)),
        ("Sanctions were imposed in 2019.", date(2019, 1, 1)),
        ("Kozlov arrived on Tuesday.", None),
        ("The law passed last month.", None),
    ],
)
def test_dates_without_publication_only_absolute(sentence: str, expected: date | None) -> None:
    found = resolve_date(sentence, None)
    assert (found.date if found else None) == expected


def test_dates_text_is_exact_phrase() -> None:
    sentence = "Officials said ON TUESDAY that talks, held Nov. 14, failed."
    found = resolve_date(sentence, WED)
    assert found is not None and found.text is not None
    assert found.text in sentence


def test_dates_published_fallback() -> None:
    assert published_date(WED) == EventDate(date=WED, precision=DAY, text=None, how="published")
    assert published_date(None) == EventDate(date=None, precision=None, text=None, how="none")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-11-15", date(2023, 11, 15)),
        (" 2023-11-15 ", date(2023, 11, 15)),
        ("15 November 2023", date(2023, 11, 15)),
        ("Nov 15, 2023", date(2023, 11, 15)),
    ],
)
def test_dates_parse_user_date(value: str, expected: date) -> None:
    assert parse_user_date(value) == expected


@pytest.mark.parametrize(
    "value", ["", "banana", "2023-02-30", "03/04/2023", "yesterday", "November 2023", "2023"]
)
def test_dates_parse_user_date_rejects(value: str) -> None:
    with pytest.raises(InputError) as error:
        parse_user_date(value)
    message = str(error.value)
    assert repr(value) in message
    assert "YYYY-MM-DD" in message
    assert "\n" not in message


@pytest.mark.parametrize(
    "text",
    [
        "The mayor spoke on Tuesday morning and again within June, after a blast, Monday night.",
        "Deliveries resumed early 2021, then mid-March, and on 4 of October 2022 the depot reopened.",
        "Envoys met over the weekend, two weeks ago, and will return next month or this past weekend.",
        "The 2019-04-07 filing, XMarch 5 and Sept. 30, 2020 were cited; the ceasefire of late August held.",
        "Since 1998 the town has voted in November; an inquiry opened a year ago, not yesterday or tonight.",
        "On Friday's session the board, throughout 2005 and during later 2006, met the Thursday after.",
        "Nothing here names a day: the council simply adopted the text with forty votes.",
        "The plant shut at the end of 2016, reopened in the spring of 2018 and was sold at the turn of 2020.",
    ],
)
def test_date_lead_finds_the_same_phrases_as_the_alternatives_alone(text: str) -> None:
    """The lead checked before the date pattern only skips positions where no phrase starts: the
    pattern with it finds the same phrases, groups and spans as its alternatives alone."""
    import re

    from eventwire import dates

    plain = re.compile(dates._DATE_ALTERNATIVES)
    found = [(m.span(), m.lastgroup, m.groupdict()) for m in dates._DATE_RE.finditer(text)]
    assert found == [(m.span(), m.lastgroup, m.groupdict()) for m in plain.finditer(text)]
    assert found or "Nothing" in text


@pytest.mark.parametrize(("day", "precision", "end"), [
    (date(2023, 1, 1), DatePrecision.YEAR, date(2023, 12, 31)),
    (date(2023, 12, 1), DatePrecision.MONTH, date(2023, 12, 31)),
    (date(2024, 2, 1), DatePrecision.MONTH, date(2024, 2, 29)),
    (date(2023, 11, 13), DatePrecision.WEEK, date(2023, 11, 19)),
    (date(2023, 11, 15), DatePrecision.DAY, date(2023, 11, 15)),
])
def test_dates_period_end_is_the_last_day_a_date_names(day: date, precision: DatePrecision, end: date) -> None:
    assert period_end(day, precision) == end


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a span reaching to publication is dated by the month it lies in, else its year
    ("Traders have shut their stalls over the last ten days.", date(2022, 6, 20), (date(2022, 6, 1), "month")),
    ("Farmers have blocked the highway for the past five weeks.", date(2022, 6, 20), (date(2022, 1, 1), "year")),
    ("Guards have turned back 400 migrants in the past two months.", date(2022, 6, 20), (date(2022, 1, 1), "year")),
    # one reaching back into another year names no date
    ("Guards have turned back 400 migrants in the past three weeks.", date(2022, 1, 10), None),
])
def test_dates_span_to_publication(text: str, published: date, expected: tuple[date, str] | None) -> None:
    found = resolve_date(text, published)
    assert (found.date, str(found.precision)) == expected if expected else found is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Both armies fought over the valley in the 1970s.", True),
    ("Rebels were armed by the junta during the late 1990s.", True),
    ("The crisis sent wages back to the 1990s.", False),
    ("The army has held the valley since 1990.", False),
])
def test_dates_names_decade(text: str, expected: bool) -> None:
    assert names_decade(text) is expected


@pytest.mark.parametrize(("published", "sentence", "expected"), [
    (date(2021, 6, 10), "The border post was shut in the spring.", date(2021, 1, 1)),
    (date(2021, 6, 10), "The talks broke down last summer.", date(2020, 1, 1)),
    (date(2021, 2, 3), "Fighting flared during the autumn.", date(2020, 1, 1)),
    (date(2021, 10, 3), "Grain exports resumed in the fall.", date(2021, 1, 1)),
])
def test_dates_season_is_the_year_it_opened_in(published: date, sentence: str, expected: date) -> None:
    found = resolve_date(sentence, published)
    assert found is not None and (found.date, found.precision) == (expected, DatePrecision.YEAR)


def test_dates_season_of_a_named_year_is_that_year() -> None:
    found = resolve_date("The border post was shut in the spring of 2019.", date(2021, 6, 10))
    assert found is not None and found.date == date(2019, 1, 1)

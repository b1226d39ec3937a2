"""Dates at the calendar's edges: ignored in sentences, refused as publication dates (for
that article only), never a crash in date resolution, dedup, reading or the store."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.dates import published_date, resolve_date
from eventwire.dedup import dedup
from eventwire.errors import InputError
from eventwire.ingest import ReadOptions, Skipped
from eventwire.model import Article, DatePrecision, EventDate
from eventwire.resources import Resources
from eventwire.store import Store
from eventwire.user_dates import parse_user_date
from ingest_samples import ENGLISH, read_all
from synthetic import LineCoder
from test_dedup import mention
from web_support import coder

EDGE_TEXTS = [
    ("On 9999-12-31 Russian troops attacked Ukrainian forces.", dt.date(2024, 5, 1), None),
    ("Russian troops will attack Ukrainian forces tomorrow.", dt.date(9999, 12, 31), None),
    ("Russian troops attacked Ukrainian forces yesterday.", dt.date(1, 1, 1), None),
    ("Russian troops attacked Ukrainian forces last week.", dt.date(1, 1, 3), None),
    ("On 0001-01-01 Russian troops attacked Ukrainian forces.", None, None),
    ("On 2024-03-05 Russian troops attacked Ukrainian forces.", dt.date(1, 1, 1),
     dt.date(2024, 3, 5)),
    ("Russian troops attacked Ukrainian forces yesterday.", dt.date(2200, 12, 31),
     dt.date(2200, 12, 30)),
]


@pytest.mark.parametrize(("text", "published", "expected"), EDGE_TEXTS)
def test_hostile_dates_dates_outside_the_range_are_ignored(
        text: str, published: dt.date | None, expected: dt.date | None) -> None:
    found = resolve_date(text, published)
    assert (found.date if found else None) == expected


@pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(1799, 12, 31), dt.date(9999, 12, 31)])
def test_hostile_dates_publication_outside_the_range_dates_nothing(day: dt.date) -> None:
    assert published_date(day).date is None and published_date(day).how == "none"
    assert published_date(dt.date(1800, 1, 1)).date == dt.date(1800, 1, 1)


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "1799-12-31", "2201-01-01"])
def test_hostile_dates_user_date_outside_the_range_is_an_input_error(value: str) -> None:
    with pytest.raises(InputError, match=f"the date {value} is outside the range"):
        parse_user_date(value)


def test_hostile_dates_dedup_copes_with_the_first_day_of_the_calendar() -> None:
    first = dataclasses.replace(mention(exact=False), date=EventDate(
        date=dt.date.min, precision=DatePrecision.DAY, text=None, how="published"))
    assert [e.date for e in dedup([first])] == [dt.date.min]


def edge_articles() -> list[Article]:
    return [Article(id="good-1", text="Russian troops attacked Ukrainian forces on Monday.",
                    published=dt.date(2024, 5, 1)),
            Article(id="bad-1", text="Russian troops attacked Ukrainian forces yesterday.",
                    published=dt.date(1, 1, 1), origin="edges.jsonl:2"),
            Article(id="odd-text", text="On 9999-12-31 Russian troops attacked Ukrainian "
                    "forces.", published=dt.date(2024, 5, 2)),
            Article(id="bad-2", text="Russian troops will attack Ukrainian forces tomorrow.",
                    published=dt.date(9999, 12, 31)),
            Article(id="good-2", text="Ukrainian forces attacked Russian troops on Tuesday.",
                    published=dt.date(2024, 5, 3))]


def test_hostile_dates_store_refuses_only_the_articles_dated_outside_the_range(
        tmp_path: Path, web_resources: Resources) -> None:
    with Store.open(tmp_path / "edges.duckdb") as db:
        done = db.ingest(edge_articles(), coder=coder(web_resources))  # type: ignore[arg-type]
        stored = {r[0] for r in db.con.execute("SELECT id FROM articles").fetchall()}
        dates = {r[0] for r in db.con.execute("SELECT date FROM mentions").fetchall()}
    assert stored == {"good-1", "odd-text", "good-2"}
    assert [str(s) for s in done.skipped] == [
        "edges.jsonl:2: published: the date 0001-01-01 is outside the range eventwire accepts "
        "(1800-01-01 to 2200-12-31)",
        "article bad-2: published: the date 9999-12-31 is outside the range eventwire accepts "
        "(1800-01-01 to 2200-12-31)"]
    assert dates and all(dt.date(2024, 4, 1) <= d <= dt.date(2024, 5, 31) for d in dates)


def test_hostile_dates_store_dates_a_coder_date_outside_the_range_by_publication(
        tmp_path: Path) -> None:
    lines = ["RUSGOV UKRGOV 190 0001-01-01 UKR", "RUSMIL UKRMIL 190 9999-12-31 UKR",
             "RUSGOV UKRCVL 190 2024-03-01 UKR"]
    with Store.open(tmp_path / "coder.duckdb") as db:
        done = db.ingest([Article(id="edges", text="\n".join(lines),
                                  published=dt.date(2024, 3, 4))], coder=LineCoder())
        dates = db.con.execute("SELECT date, date_how FROM mentions ORDER BY date").fetchall()
    assert done.coded == 1 and not done.skipped
    assert dates == [(dt.date(2024, 3, 1), "sentence"), (dt.date(2024, 3, 4), "published"),
                     (dt.date(2024, 3, 4), "published")]


def test_hostile_dates_reading_skips_only_the_articles_published_outside_the_range(
        tmp_path: Path) -> None:
    lines = [{"id": "a", "text": ENGLISH, "published": "2024-05-01"},
             {"id": "b", "text": ENGLISH, "published": "0001-01-01"},
             {"id": "c", "text": ENGLISH, "published": "9999-12-31"},
             {"id": "d", "text": ENGLISH, "published": "2200-12-31"}]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    text = tmp_path / "one.txt"
    text.write_text(ENGLISH, encoding="utf-8")
    items = read_all([str(batch)])
    assert [i.id for i in items if isinstance(i, Article)] == ["a", "d"]
    assert [str(i) for i in items if isinstance(i, Skipped)] == [
        f"{batch}:{n}: published: the date {day} is outside the range eventwire accepts "
        "(1800-01-01 to 2200-12-31)" for n, day in ((2, "0001-01-01"), (3, "9999-12-31"))]
    (skipped,) = read_all([str(text)], ReadOptions(published=dt.date(1, 1, 1)))
    assert isinstance(skipped, Skipped) and str(skipped).startswith(f"{text}: published: ")

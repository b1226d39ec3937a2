"""Whole-article scoring (`eventwire eval` on article files): matching by sentence span and dyad,
dyad+root scores, date and place accuracy, events on sentences without gold events."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conftest import FIXTURES
from eventwire.cli import main
from eventwire.errors import InputError
from eventwire.evaluate_articles import (
    GoldArticle,
    evaluate_articles,
    is_article_file,
    iter_article_errors,
    load_articles,
    score_article,
    summarize_articles,
)
from eventwire.model import Actor, EventDate, EventMention, Mention, Place, Span
from eventwire.resources import Resources

ARTICLES = FIXTURES / "articles-gold.jsonl"


@pytest.fixture(scope="module")
def stories() -> dict[str, GoldArticle]:
    return {a.id: a for a in load_articles(ARTICLES)}


def actor(code: str | None) -> Mention | None:
    if code is None:
        return None
    return Mention(actor=Actor(code=code, country=code), text=code, start=0, end=len(code), entry=code)


def emitted(article: GoldArticle, verb: str, source: str | None, target: str | None, cameo: str, *,
            when: str | None = None, place: tuple[str, str | None, int] | None = None) -> EventMention:
    """Build an event as the coder would emit it, its action being `verb` where it first occurs."""
    start = article.text.index(verb)
    where = None if place is None else Place(name=place[0], country=place[1], geonameid=place[2], lat=0.0, lon=0.0)
    return EventMention(
        article_id=article.id, sentence=0, sentence_text="", source=actor(source), target=actor(target),
        action=Span(text=verb, start=start, end=start + len(verb)), cameo=cameo, cameo_name="", plover=None,
        plover_mode=(), plover_context=(), quad_class=1, goldstein=0.0, place=where,
        date=EventDate(date=date.fromisoformat(when) if when else None, precision=None, text=None, how="none"))


def test_evaluate_articles_fixture_loads_whole_stories(stories: dict[str, GoldArticle]) -> None:
    assert sorted(stories) == ["fx-aid", "fx-harbor", "fx-quiet", "fx-shoal"]
    harbor = stories["fx-harbor"]
    assert len(harbor.sentences) == 3 and len(harbor.events) == 2
    start, end = harbor.events[1].sentence
    assert harbor.text[start:end].startswith("Ethiopia's foreign minister")
    assert harbor.events[0].place is not None and harbor.events[0].place.name == "Mombasa"
    assert stories["fx-quiet"].events == ()


def test_evaluate_articles_format_detected(tmp_path: Path) -> None:
    assert is_article_file(ARTICLES)
    assert not is_article_file(FIXTURES / "heldout.jsonl")
    record = json.loads(ARTICLES.read_text(encoding="utf-8").splitlines()[0])
    del record["sentences"]
    path = tmp_path / "no-sentence-list.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert is_article_file(path) and load_articles(path)[0].sentences == ()


def test_evaluate_articles_perfect_events_score_one(stories: dict[str, GoldArticle]) -> None:
    harbor = stories["fx-harbor"]
    events = [emitted(harbor, "arrested", "KEN", "KEN", "1731", when="2024-05-06", place=("Mombasa", "KEN", 1)),
              emitted(harbor, "arrived", "ETH", "KEN", "042", when="2024-05-07", place=("nairobi", "KEN", 2))]
    report = summarize_articles([score_article(harbor, events)])
    assert (report.typed.precision, report.typed.recall) == (1.0, 1.0)
    assert (report.dates.right, report.dates.checked) == (2, 2)
    assert (report.places.right, report.places.checked) == (2, 2)
    assert report.on_empty == 0


def test_evaluate_articles_event_in_another_sentence_does_not_match(stories: dict[str, GoldArticle]) -> None:
    harbor = stories["fx-harbor"]
    # the right dyad and code, but on the rain sentence, which carries no gold event
    result = score_article(harbor, [emitted(harbor, "delayed", "KEN", "KEN", "173")])
    assert result.dyad_matched == 0 and result.typed_pairs == ()
    assert result.on_empty == 1


def test_evaluate_articles_root_decides_typed_match(stories: dict[str, GoldArticle]) -> None:
    shoal = stories["fx-shoal"]
    result = score_article(shoal, [emitted(shoal, "accused", "PHL", "CHN", "121"),
                                   emitted(shoal, "rejected", "CHN", "PHL", "016")])
    assert result.dyad_matched == 2
    assert [shoal.events[g].event.cameo for g, _ in result.typed_pairs] == ["016"]


def test_evaluate_articles_wrong_dyad_does_not_match(stories: dict[str, GoldArticle]) -> None:
    shoal = stories["fx-shoal"]
    result = score_article(shoal, [emitted(shoal, "accused", "CHN", "PHL", "112")])
    assert result.dyad_matched == 0 and result.on_empty == 0


def test_evaluate_articles_one_gold_event_matches_one_emitted(stories: dict[str, GoldArticle]) -> None:
    aid = stories["fx-aid"]
    twice = [emitted(aid, "pledged", "DEU", "UKR", "033"), emitted(aid, "aid", "DEU", "UKR", "033")]
    report = summarize_articles([score_article(aid, twice)])
    assert (report.typed.matched, report.typed.emitted, report.typed.precision) == (1, 2, 0.5)


@pytest.mark.parametrize(("when", "right"), [("2024-09-19", True), ("2024-09-20", False), (None, False)])
def test_evaluate_articles_date_accuracy(stories: dict[str, GoldArticle], when: str | None, right: bool) -> None:
    aid = stories["fx-aid"]
    result = score_article(aid, [emitted(aid, "pledged", "DEU", "UKR", "033", when=when, place=None)])
    assert (result.dates.right, result.dates.checked) == (int(right), 1)


def test_evaluate_articles_partial_gold_date_accepts_days_within(stories: dict[str, GoldArticle]) -> None:
    aid = stories["fx-aid"]
    gold = aid.events[0]
    month = GoldArticle(id=aid.id, text=aid.text, title=None, url=None, published=aid.published,
                        sentences=aid.sentences, events=(type(gold)(sentence=gold.sentence, event=gold.event,
                                                                    date="2024-09", place=None),))
    inside = score_article(month, [emitted(aid, "pledged", "DEU", "UKR", "033", when="2024-09-02")])
    outside = score_article(month, [emitted(aid, "pledged", "DEU", "UKR", "033", when="2024-10-02")])
    assert (inside.dates.right, outside.dates.right) == (1, 0)


@pytest.mark.parametrize(("place", "right"), [
    (("Mombasa", "KEN", 7), True),
    (("Mombasa Island", "KEN", 7), False),
    (("Mombasah", "KEN", 7), True),
    (("Mómbasa", "KEN", 7), True),  # the same name, its accents aside
    (("Mombasa", "TZA", 7), False),
    (None, False),
])
def test_evaluate_articles_place_accuracy(stories: dict[str, GoldArticle],
                                          place: tuple[str, str, int] | None, right: bool) -> None:
    harbor = stories["fx-harbor"]
    result = score_article(harbor, [emitted(harbor, "arrested", "KEN", "KEN", "173", place=place)])
    assert (result.places.right, result.places.checked) == (int(right), 1)


def test_evaluate_articles_place_null_in_both_is_right(stories: dict[str, GoldArticle]) -> None:
    aid = stories["fx-aid"]
    right = score_article(aid, [emitted(aid, "pledged", "DEU", "UKR", "033")])
    wrong = score_article(aid, [emitted(aid, "pledged", "DEU", "UKR", "033", place=("Ukraine", "UKR", 3))])
    assert (right.places.right, wrong.places.right) == (1, 0)


def test_evaluate_articles_place_geonameid_decides_over_spelling(tmp_path: Path) -> None:
    record = json.loads(ARTICLES.read_text(encoding="utf-8").splitlines()[0])
    record["events"][0]["place"]["geonameid"] = 186301
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    harbor = load_articles(path)[0]
    result = score_article(harbor, [emitted(harbor, "arrested", "KEN", "KEN", "173", place=("Mvita", "KEN", 186301))])
    assert result.places.right == 1


def test_evaluate_articles_quiet_story_counts_every_event_as_on_empty(stories: dict[str, GoldArticle]) -> None:
    quiet = stories["fx-quiet"]
    report = summarize_articles([score_article(quiet, [emitted(quiet, "opened", "DEU", None, "010")])])
    assert report.on_empty == 1 and report.typed.emitted == 1 and report.typed.gold == 0


@pytest.mark.parametrize(("edit", "problem"), [
    (lambda r: r["events"][0].update(sentence=[0, 100000]), "offsets inside the text"),
    (lambda r: r["events"][0].update(date="May 6"), "'date' must be"),
    (lambda r: r["events"][0].update(place="Mombasa"), "'place' must be"),
    (lambda r: r["events"][0].pop("cameo"), "'cameo'"),
])
def test_evaluate_articles_bad_gold_line_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  edit: object, problem: str) -> None:
    record = json.loads(ARTICLES.read_text(encoding="utf-8").splitlines()[0])
    edit(record)  # type: ignore[operator]
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        load_articles(path)
    assert main(["eval", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and f"{path}:1:" in err and problem in err


def test_evaluate_articles_end_to_end(resources: Resources) -> None:
    report = evaluate_articles(load_articles(ARTICLES), resources)
    assert len(report.articles) == 4 and report.typed.gold == 6
    assert report.typed.emitted == sum(len(r.events) for r in report.articles) > 0
    assert report.dates.checked == report.places.checked == report.typed.matched
    assert report.typed.recall >= 0.5, f"dyad+root recall {report.typed.recall:.3f}"
    quiet = next(r for r in report.articles if r.article.id == "fx-quiet")
    assert quiet.on_empty == len(quiet.events)


def test_evaluate_articles_cli_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--articles", "--json", str(ARTICLES)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["articles"] == 4 and shown["dyad_root"]["gold"] == 6
    assert set(shown) >= {"date_accuracy", "place_accuracy", "events_on_empty_sentences"}


def test_evaluate_articles_errors_list_missed_and_extra(stories: dict[str, GoldArticle]) -> None:
    harbor = stories["fx-harbor"]
    report = summarize_articles([score_article(harbor, [emitted(harbor, "arrested", "KEN", "KEN", "173"),
                                                        emitted(harbor, "delayed", "KEN", None, "010")])])
    lines = list(iter_article_errors(report))
    assert len(lines) == 4
    assert lines[0].startswith("fx-harbor missed: ['ETH']→['KEN'] 042") and "Ethiopia's foreign minister" in lines[0]
    assert lines[1].startswith("fx-harbor extra: KEN→None 010") and "Rain delayed" in lines[1]
    assert "date None" in lines[2] and "place None, gold Mombasa, KEN" in lines[3]  # the arrest has neither


def test_evaluate_articles_errors_list_wrong_dates_and_places(stories: dict[str, GoldArticle]) -> None:
    harbor = stories["fx-harbor"]
    events = [emitted(harbor, "arrested", "KEN", "KEN", "173", when="2024-04-29", place=("Mombasa", "KEN", 1)),
              emitted(harbor, "arrived", "ETH", "KEN", "042", when="2024-05-07", place=("Addis Ababa", "ETH", 3))]
    lines = list(iter_article_errors(summarize_articles([score_article(harbor, events)])))
    assert len(lines) == 2
    assert lines[0].startswith("fx-harbor 173 [") and "date 2024-04-29" in lines[0] and "gold 2024-05-06" in lines[0]
    assert "place Addis Ababa, ETH, gold Nairobi, KEN" in lines[1] and "Ethiopia's foreign minister" in lines[1]


def test_evaluate_articles_pairs_each_event_with_the_gold_event_of_its_own_code(tmp_path: Path) -> None:
    # two acts of one sentence, one dyad and one root: the scorer must not pair the summons with
    # the gold accusation (and so judge each one's place by the other's)
    text = "The ministry in Oslo called in the Danish envoy on Monday and blamed Copenhagen for the leak."
    gold = [{"sentence": [0, len(text)], "sentence_text": text, "source": ["NOR"], "target": ["DNK"],
             "cameo": cameo, "plover": None, "date": "2024-03-04", "place": place}
            for cameo, place in (("114", {"name": "Oslo", "country": "NOR"}), ("112", None))]
    record = {"id": "fx-two", "url": None, "title": None, "published": "2024-03-05", "text": text,
              "sentences": [[0, len(text)]], "events": gold}
    path = tmp_path / "two.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    story = load_articles(path)[0]
    events = [emitted(story, "called in", "NOR", "DNK", "114", when="2024-03-04", place=("Oslo", "NOR", 3143244)),
              emitted(story, "blamed", "NOR", "DNK", "112", when="2024-03-04")]
    result = score_article(story, events)
    assert sorted((story.events[g].event.cameo, events[s].cameo) for g, s in result.typed_pairs) == [
        ("112", "112"), ("114", "114")]
    assert (result.places.right, result.places.checked) == (2, 2)

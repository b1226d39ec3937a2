"""The coding pipeline end to end, with the tests' own small dictionary and patterns."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.model import Article, EventMention, Modality
from eventwire.pipeline import code, code_articles
from eventwire.resources import Resources

PUBLISHED = date(2023, 11, 15)  # a Wednesday

ARTICLE = (
    "A Russian delegation led by Alexander Kozlov arrived in Pyongyang on Tuesday for talks.\n"
    "The trip was reported by Reuters, citing KCNA.\n"
    "North Korean authorities organized a banquet at a Pyongyang hotel to honor the Russian delegation.\n"
    "The Russian minister expressed optimism about the future of the partnership.\n"
    "On November 13, the presidential press secretary, Dmitry Peskov, answered questions from reporters. "
    "He said that the reports were baseless.\n"
)


def _by_rule(events: list[EventMention]) -> dict[str, EventMention]:
    return {e.rule: e for e in events}


@pytest.fixture(scope="module")
def article_events(fixture_resources: Resources) -> list[EventMention]:
    return code(ARTICLE, published=PUBLISHED, resources=fixture_resources)


def test_pipeline_codes_visit_with_date_place_and_chain(article_events: list[EventMention]) -> None:
    visit = _by_rule(article_events)["visit.arrive"]
    assert visit.source is not None and visit.source.actor.code == "RUSGOV"
    assert visit.target is not None and visit.target.actor.country == "PRK"
    assert visit.cameo == "042" and visit.plover == "CONSULT" and visit.plover_mode == ("visit",)
    assert visit.date.date == date(2023, 11, 14) and visit.date.text and "Tuesday" in visit.date.text
    assert visit.place is not None and visit.place.name == "Pyongyang" and visit.place.country == "PRK"
    assert visit.reported_by == ("Reuters", "Korean Central News Agency")


def test_pipeline_host_targets_the_honoured_party(article_events: list[EventMention]) -> None:
    host = _by_rule(article_events)["host.reception"]
    assert host.source is not None and host.source.actor.code == "PRKGOV"
    assert host.target is not None and host.target.actor.code == "RUSGOV"
    assert host.cameo == "043"


def test_pipeline_statement_and_denial(article_events: list[EventMention]) -> None:
    events = _by_rule(article_events)
    assert events["comment.optimistic"].source is not None
    assert events["comment.optimistic"].source.actor.code == "RUSGOV"
    deny = events["deny.unfounded"]
    assert deny.source is not None and deny.source.actor.code == "RUSGOV"
    assert deny.target is None and deny.cameo == "016"
    assert deny.speaker == "Dmitry Peskov"
    assert deny.date.date == date(2023, 11, 13) and deny.date.how == "paragraph"


def test_pipeline_emits_nothing_else(article_events: list[EventMention]) -> None:
    assert sorted(e.rule for e in article_events) == [
        "comment.optimistic", "deny.unfounded", "host.reception", "visit.arrive"]


def test_pipeline_offsets_point_at_the_text(article_events: list[EventMention]) -> None:
    for event in article_events:
        assert ARTICLE[event.action.start:event.action.end] == event.action.text
        for side in (event.source, event.target):
            if side is not None:
                assert ARTICLE[side.start:side.end] == side.text
        assert event.sentence_text in ARTICLE


def test_pipeline_entries_explain_the_actors(article_events: list[EventMention]) -> None:
    visit = _by_rule(article_events)["visit.arrive"]
    assert visit.source is not None
    assert "RUS.demonym" in visit.source.entries and "role.delegation" in visit.source.entries


@pytest.mark.parametrize(("text", "rule", "cameo", "source", "target", "negated", "modality"), [
    ("Russian troops did not attack North Korea.", "attack.attack", "190", "RUS", "PRK", True,
     Modality.ASSERTED),
    ("Russia will attack North Korea.", "attack.attack+intent", "1384", "RUS", "PRK", False, Modality.FUTURE),
    ("North Korea was attacked by Russia.", "attack.attack", "190", "RUS", "PRK", False, Modality.ASSERTED),
    ("Russia said it would attack China if talks failed.", "attack.attack+intent", "1384", "RUS", "CHN", False,
     Modality.HYPOTHETICAL),
    ("Jordan threatened to impose sanctions on Britain.", "threaten.sanctions", "1312", "JOR", "GBR", False,
     Modality.ASSERTED),
    ("Police arrested protesters in Moscow.", "arrest.arrest", "173", "RUSCOP", "RUSCVL", False,
     Modality.ASSERTED),
    ("Jordan is going to visit Britain.", "visit.visit+intent", "036", "JOR", "GBR", False, Modality.FUTURE),
    ("Jordan did not visit Britain.", "visit.visit+refusal", "125", "JOR", "GBR", False, Modality.ASSERTED),
])
def test_pipeline_attributes(fixture_resources: Resources, text: str, rule: str, cameo: str, source: str,
                             target: str, negated: bool, modality: Modality) -> None:
    events = code(text, published=PUBLISHED, resources=replace(fixture_resources, keep_negated=True))
    assert [(e.rule, e.cameo) for e in events] == [(rule, cameo)]
    event = events[0]
    assert event.source is not None and event.source.actor.code.startswith(source)
    assert event.target is not None and event.target.actor.code.startswith(target)
    assert (event.negated, event.modality) == (negated, modality)


def test_pipeline_coordinated_subjects_of_a_mutual_act_give_one_event(fixture_resources: Resources) -> None:
    events = code("Jordan and Britain agreed on Monday.", published=PUBLISHED, resources=fixture_resources)
    assert [(e.source.actor.code if e.source else None, e.target.actor.code if e.target else None)
            for e in events] == [("JOR", "GBR")]


def test_pipeline_drops_events_inside_accusations(fixture_resources: Resources) -> None:
    text = "Peskov rejected accusations that Russia and China assist North Korea."
    assert [e for e in code(text, published=PUBLISHED, resources=fixture_resources) if e.cameo == "070"] == []


def test_pipeline_never_emits_a_fallback_code(fixture_resources: Resources) -> None:
    assert code("Russia said many things about North Korea.", resources=fixture_resources) == []


def test_pipeline_office_holders_resolve_only_in_office(fixture_resources: Resources) -> None:
    text = "Alexander Kozlov visited North Korea."
    during = code(text, published=date(2023, 1, 10), resources=fixture_resources)
    after = code(text, published=date(2025, 1, 10), resources=fixture_resources)
    assert [e.source.actor.code for e in during if e.source] == ["RUSGOV"]
    # Out of office he is no office holder, but still of his country (`actors.former`).
    assert [(e.source.actor.code, e.source.entry.startswith("former:")) for e in after if e.source] == [("RUS", True)]


def test_pipeline_code_articles_streams_in_order(fixture_resources: Resources) -> None:
    articles = [Article(id=f"a{i}", text=t, published=PUBLISHED)
                for i, t in enumerate(["Russia attacked China.", "Nothing here.", "Jordan visited Britain."])]
    coded = list(code_articles(articles, fixture_resources, batch_size=2))
    assert [c.article.id for c in coded] == ["a0", "a1", "a2"]
    assert [len(c.mentions) for c in coded] == [1, 0, 1]


def test_pipeline_prefilter_loses_nothing_here(fixture_resources: Resources) -> None:
    article = Article(id="x", text=ARTICLE, published=PUBLISHED)
    fast = next(code_articles([article], fixture_resources)).mentions
    full = next(code_articles([article], fixture_resources, parse_all=True)).mentions
    assert [e.to_record() for e in fast] == [e.to_record() for e in full]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([
    "Russia attacked China.", "The Kremlin", " said ", "North Korea", " visited ", "Jordan", "\n",
    "Reuters reported.", " not ", "Moscow", ", citing KCNA", ".", "é", "  ", "He", "they",
]), max_size=12))
def test_pipeline_offsets_hold_on_any_text(fixture_resources: Resources, parts: list[str]) -> None:
    text = "".join(parts)
    for event in code(text, published=PUBLISHED, resources=fixture_resources):
        assert text[event.action.start:event.action.end] == event.action.text
        for side in (event.source, event.target):
            if side is not None:
                assert text[side.start:side.end] == side.text

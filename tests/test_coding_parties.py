"""One event per act of several parties (eventwire.coding.events): the other named parties of the
same act go to `also_sources` / `also_targets`; `pairs` keeps one event per pair (sentences written
for these tests)."""

from __future__ import annotations

import csv
import io
import json
from argparse import ArgumentParser
from dataclasses import replace
from pathlib import Path

import pytest

from coded import PUBLISHED
from coded import actor_code as _code
from eventwire.cli import main
from eventwire.cli.options import add_resource_options, resource_settings
from eventwire.coding.decisions import Stage
from eventwire.coding.events import FOLDED, MUTUAL_SUFFIX, keep_events
from eventwire.evaluate import GoldCase, GoldEvent, score_case
from eventwire.explain import explain
from eventwire.model import EventDate, EventMention, Mention, Span
from eventwire.parallel import Settings
from eventwire.party_pairs import pair_views
from eventwire.pipeline import code
from eventwire.resources import Resources
from synthetic import actor

TEXT = "Laos, Cambodia and Vietnam protested to Thailand over the dam."
ACTION = Span(text="protested", start=27, end=36)


def _mention(code: str) -> Mention:
    """Return a named party of TEXT (or a made-up span for codes it does not name)."""
    start = TEXT.find(code[:4]) if code[:4] in TEXT else 100 + len(code)
    found = actor(code, code, start)
    assert found is not None
    return found


def _event(source: str, target: str | None, *, cameo: str = "130", action: Span = ACTION,
           rule: str = "protest.protest") -> EventMention:
    return EventMention(
        article_id="a", sentence=0, sentence_text=TEXT, source=_mention(source),
        target=_mention(target) if target else None, action=action, cameo=cameo, cameo_name="",
        plover=None, plover_mode=(), plover_context=(), quad_class=3, goldstein=-4.0,
        date=EventDate(date=None, precision=None, text=None, how="none"), place=None, rule=rule)


def _codes(mentions: tuple[Mention, ...]) -> list[str | None]:
    return [_code(m) for m in mentions]


def test_parties_three_sources_of_one_act_are_one_event() -> None:
    kept, drops = keep_events([_event("LAO", "THA"), _event("KHM", "THA"), _event("VNM", "THA")])
    [event] = kept
    assert (_code(event.source), _code(event.target)) == ("LAO", "THA")
    assert _codes(event.also_sources) == ["KHM", "VNM"] and event.also_targets == ()
    assert event.id == _event("LAO", "THA").id  # the id names the primary pair only
    assert [(d.stage, d.reason.endswith(FOLDED)) for d in drops] == [(Stage.MERGE, True)] * 2


def test_parties_several_sources_and_targets_are_one_event() -> None:
    pairs = [_event(s, t) for s in ("LAO", "KHM") for t in ("THA", "MMR")]
    [event] = keep_events(pairs)[0]
    assert (_codes(event.also_sources), _codes(event.also_targets)) == (["KHM"], ["MMR"])


def test_parties_mutual_act_of_four_names_every_other_party_on_both_sides() -> None:
    four = ("LAO", "KHM", "VNM", "THA")
    mutual = "consult.hold_talks" + MUTUAL_SUFFIX
    pairs = [_event(a, b, cameo="040", rule=mutual) for n, a in enumerate(four) for b in four[n + 1:]]
    [event] = keep_events(pairs)[0]
    assert (_code(event.source), _code(event.target)) == ("LAO", "KHM")
    assert _codes(event.also_sources) == _codes(event.also_targets) == ["VNM", "THA"]


@pytest.mark.parametrize("other", [
    _event("KHM", "THA", cameo="112"),  # another code
    _event("KHM", "THA", action=Span(text="protested", start=60, end=69)),  # another act
    replace(_event("KHM", "THA"), negated=True),  # told as not done
    _event("KHM", "MMR"),  # no party in common
])
def test_parties_other_acts_are_not_folded(other: EventMention) -> None:
    kept, _ = keep_events([_event("LAO", "THA"), other], keep_negated=True)
    assert len(kept) == 2 and all(not e.also_sources and not e.also_targets for e in kept)


def test_parties_each_party_once() -> None:
    # a second agent of a party already named adds no party
    kept, _ = keep_events([_event("LAO", "THA"), _event("KHM", "THA"), _event("KHMGOV", "THA")])
    assert _codes(kept[0].also_sources) == ["KHM"]


def test_parties_pairs_keep_one_event_per_pair() -> None:
    kept, drops = keep_events([_event("LAO", "THA"), _event("KHM", "THA")], pairs=True)
    assert [_code(e.source) for e in kept] == ["LAO", "KHM"] and not drops


def test_parties_record_lists_the_other_parties() -> None:
    event = keep_events([_event("LAO", "THA"), _event("KHM", "THA")])[0][0]
    record = json.loads(event.to_json())
    assert [m["code"] for m in record["also_sources"]] == ["KHM"] and record["also_targets"] == []
    assert json.loads(_event("LAO", "THA").to_json())["also_sources"] == []


THREE_ON_ONE = "Norway, Sweden and Finland condemned the missile launch by North Korea on Monday."


def test_parties_coder_codes_three_states_acting_on_a_fourth_once(resources: Resources) -> None:
    [event] = code(THREE_ON_ONE, published=PUBLISHED, resources=resources)
    assert (_code(event.source), event.cameo, _code(event.target)) == ("NOR", "111", "PRK")
    assert _codes(event.also_sources) == ["SWE", "FIN"] and event.also_targets == ()


def test_parties_coder_codes_a_mutual_act_of_four_once(resources: Resources) -> None:
    text = "Kenya, Uganda, Tanzania and Rwanda held talks on regional trade in Arusha on Friday."
    [event] = code(text, published=PUBLISHED, resources=resources)
    assert (_code(event.source), _code(event.target)) == ("KEN", "UGA")
    assert _codes(event.also_sources) == _codes(event.also_targets) == ["TZA", "RWA"]
    assert len(code(text, published=PUBLISHED, resources=replace(resources, pairs=True))) == 6


def test_parties_coder_keeps_two_acts_of_one_sentence_apart(resources: Resources) -> None:
    text = "Peru and Chile signed a trade deal with Bolivia, and Ecuador signed a security pact with Bolivia."
    events = code(text, published=PUBLISHED, resources=resources)
    assert [(_code(e.source), e.cameo, _code(e.target), _codes(e.also_sources)) for e in events] == [
        ("PER", "057", "BOL", ["CHL"]), ("ECU", "057", "BOL", [])]


def test_parties_pairs_restore_one_event_per_pair(resources: Resources) -> None:
    events = code(THREE_ON_ONE, published=PUBLISHED, resources=replace(resources, pairs=True))
    assert [(_code(e.source), _code(e.target)) for e in events] == [("NOR", "PRK"), ("SWE", "PRK"), ("FIN", "PRK")]
    assert all(not e.also_sources for e in events)


def test_parties_explain_shows_the_folded_pairs(resources: Resources) -> None:
    [sentence] = explain(THREE_ON_ONE, resources, published=PUBLISHED)
    folded = [d.reason for d in sentence.drops if d.reason.endswith(FOLDED)]
    assert folded == [f"SWE 111 PRK: {FOLDED}", f"FIN 111 PRK: {FOLDED}"]


def test_parties_pairs_option_reaches_the_settings_and_their_digest() -> None:
    parser = ArgumentParser(prog="eventwire test")
    add_resource_options(parser)
    assert not resource_settings(parser.parse_args([])).pairs
    chosen = resource_settings(parser.parse_args(["--pairs"]))
    assert chosen.pairs and chosen.digest() != Settings().digest()
    assert not Settings().pairs


def _gold(*pairs: tuple[set[str], set[str]]) -> GoldCase:
    return GoldCase(id="case", text=TEXT, published=None, events=tuple(
        GoldEvent(source=frozenset(s), target=frozenset(t), plover=None, cameo="13") for s, t in pairs))


def test_parties_score_a_record_once_per_gold_event_it_names() -> None:
    [record] = keep_events([_event("LAO", "THA"), _event("KHM", "THA")])[0]
    per_pair = score_case(_gold(({"LAO"}, {"THA"}), ({"KHM"}, {"THA"})), [record])
    assert (per_pair.dyad_matched, per_pair.typed_matched, per_pair.credited) == (2, 2, (1, 1))
    per_act = score_case(_gold(({"LAO", "KHM"}, {"THA"})), [record])
    assert (per_act.dyad_matched, per_act.credited) == (1, (0, 0))


def test_parties_pairs_of_one_phrase_keep_the_primary_pair() -> None:
    # "Troops from Laos and Cambodia" may give both parties one span: the primary pair stays
    laos, cambodia = _mention("LAO"), replace(_mention("KHM"), start=0, end=5)
    record = replace(_event("LAO", "KHM"), source=replace(laos, start=0, end=5), target=cambodia,
                     also_sources=(_mention("VNM"),), also_targets=(_mention("VNM"),))
    assert [(_code(v.source), _code(v.target)) for v in pair_views(record)] == [
        ("LAO", "KHM"), ("LAO", "VNM"), ("VNM", "KHM")]


FIXTURES = Path(__file__).parent / "fixtures"


def test_parties_cli_code_lists_them_and_pairs_restore_pairs(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "visit.txt"
    path.write_text("Russia, China and Britain visited North Korea on Monday.\n", encoding="utf-8")
    argv = ["code", str(path), "--format", "csv", "--published", "2023-11-15", "--dictionary",
            str(FIXTURES / "actors.tsv"), "--patterns", str(FIXTURES / "verbs.tsv")]

    def rows(extra: list[str]) -> list[tuple[str, str, str, str]]:
        assert main([*argv, *extra]) == 0
        found = csv.DictReader(io.StringIO(capsys.readouterr().out))
        return [(r["source"], r["target"], r["also_sources"], r["also_targets"]) for r in found]

    assert rows([]) == [("RUS", "PRK", "CHN;GBR", "")]
    assert rows(["--pairs"]) == [("RUS", "PRK", "", ""), ("CHN", "PRK", "", ""), ("GBR", "PRK", "", "")]

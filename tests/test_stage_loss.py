"""bench/stage_loss.py: every gold event of an article set counts at exactly one stage, the first
that loses it (articles of the tests' own writing)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from eventwire.evaluate_articles import load_articles
from eventwire.resources import Resources

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "stage_loss.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("stage_loss", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _article(ident: str, sentences: list[str], events: list[tuple[int, list[str], list[str], str]]) -> dict[str, Any]:
    text = " ".join(sentences)
    spans = []
    for s in sentences:
        start = text.index(s)
        spans.append([start, start + len(s)])
    return {"id": ident, "published": "2024-05-02", "text": text, "sentences": spans,
            "events": [{"sentence": spans[i], "source": src, "target": tgt, "cameo": cameo, "plover": None,
                        "date": None, "place": None} for i, src, tgt, cameo in events]}


ARTICLES = [
    _article("a1", ["France accused Germany of spying on its diplomats in Paris.",
                    "The quarrel dragged on through the summer."],
             [(0, ["FRA"], ["DEU"], "112"), (1, ["BRA"], ["ARG"], "111")]),
    _article("a2", ["Japan sharply criticized the plan on Tuesday.",
                    "Kenya and Uganda signed a trade agreement in Nairobi."],
             [(0, ["JPN"], ["KOR"], "111"), (1, ["KEN"], ["UGA"], "057")]),
]


def test_stages_add_up_and_a_missing_actor_counts_at_stage_two(tmp_path: Path, resources: Resources) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    script = _script()
    counts = script.count_stages(load_articles(path), resources)
    assert sum(counts.values()) == 4
    assert set(counts) <= set(script.STAGES)
    # "The quarrel dragged on through the summer." names neither Brazil nor any other actor.
    assert counts["source actor not found"] == 1
    # Japan is named, South Korea is not.
    assert counts["target actor not found"] == 1
    assert counts["matched"] >= 1


def test_stage_of_each_event_in_order(tmp_path: Path, resources: Resources) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps(ARTICLES[0]) + "\n", encoding="utf-8")
    script = _script()
    counts = script.count_stages(load_articles(path), resources)
    assert counts == {"matched": 1, "source actor not found": 1}


def test_table_lists_every_stage_and_the_total() -> None:
    script = _script()
    from collections import Counter
    lines = script.table(Counter({"matched": 3, "parsed, no event emitted": 1})).splitlines()
    assert len(lines) == len(script.STAGES) + 2
    assert lines[-1].split()[-1] == "4"
    assert "75.0%" in lines[len(script.STAGES)]


def test_bad_file_gives_one_line_and_exit_two(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("{not json\n", encoding="utf-8")
    assert _script().main([str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(path) in err


def test_a_role_named_without_a_country_counts_as_found(tmp_path: Path, resources: Resources) -> None:
    # "police" has no country in the dictionary: the conventions may place it, so the event is
    # lost later than the actor stage whatever the coder does with it.
    article = _article("a3", ["Police detained dozens of protesters outside the ministry."],
                       [(0, ["NGA"], ["NGA"], "173")])
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps(article) + "\n", encoding="utf-8")
    counts = _script().count_stages(load_articles(path), resources)
    assert sum(counts.values()) == 1
    assert counts["source actor not found"] == 0 and counts["target actor not found"] == 0


def test_list_names_each_lost_event_with_its_stage(tmp_path: Path, resources: Resources) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps(ARTICLES[0]) + "\n", encoding="utf-8")
    script = _script()
    lines = script.lost_lines(script.event_stages(load_articles(path), resources))
    assert lines == ["a1 [source actor not found] ['BRA']→['ARG'] 111: The quarrel dragged on through the summer."]


def test_silent_causes_count_each_parsed_sentence_without_events(tmp_path: Path, resources: Resources) -> None:
    # an act one state expects of another is parsed and dropped as expected, not done
    article = _article("a3", ["Chile expects Peru to launch a missile next week."], [(0, ["PER"], ["CHL"], "150")])
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps(article) + "\n", encoding="utf-8")
    script = _script()
    articles = load_articles(path)
    assert script.count_stages(articles, resources) == {"parsed, no event emitted": 1}
    # (the base layer may also record a verb whose imported patterns did not match: "expected+match")
    causes = script.silent_causes(script.event_stages(articles, resources))
    assert list(causes.values()) == [1] and "expected" in next(iter(causes)).split("+")

"""bench/type_confusions.py: a gold event whose dyad the coder got counts as confused only when no
emitted event of its dyad has its type (sets of the tests' own writing)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from eventwire.resources import Resources

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "type_confusions.py"
TEXT = "France accused Germany of spying on its diplomats in Paris."


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("type_confusions", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _sentences(tmp_path: Path, plover: str) -> Path:
    path = tmp_path / f"{plover}.jsonl"
    record = {"id": "s1", "text": TEXT, "published": "2024-05-02",
              "events": [{"source": ["FRA"], "target": ["DEU"], "plover": plover, "cameo": None}]}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def _articles(tmp_path: Path, cameo: str) -> Path:
    path = tmp_path / f"articles-{cameo}.jsonl"
    record = {"id": "a1", "published": "2024-05-02", "text": TEXT, "sentences": [[0, len(TEXT)]],
              "events": [{"sentence": [0, len(TEXT)], "source": ["FRA"], "target": ["DEU"], "cameo": cameo,
                          "plover": None, "date": None, "place": None}]}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def test_a_right_type_is_no_confusion_and_a_wrong_one_is(resources: Resources, tmp_path: Path) -> None:
    script = _script()
    right = script.sentence_pairs(_sentences(tmp_path, "ACCUSE"), resources)
    wrong = script.sentence_pairs(_sentences(tmp_path, "THREATEN"), resources)
    assert [(p.gold_type, p.emitted_type) for p in right] == [("ACCUSE", "ACCUSE")]
    assert not script.confusions(right)
    assert script.confusions(wrong) == {("THREATEN", "ACCUSE"): 1}


def test_article_sets_are_typed_by_cameo_root(resources: Resources, tmp_path: Path) -> None:
    script = _script()
    assert script.confusions(script.article_pairs(_articles(tmp_path, "112"), resources)) == {}
    assert script.confusions(script.article_pairs(_articles(tmp_path, "130"), resources)) == {("13", "11"): 1}


def test_a_confusion_is_counted_once_per_set_it_occurs_in(resources: Resources, tmp_path: Path) -> None:
    script = _script()
    wrong = script.sentence_pairs(_sentences(tmp_path, "THREATEN"), resources)
    right = script.sentence_pairs(_sentences(tmp_path, "ACCUSE"), resources)
    spread = script.set_spread({"a": wrong, "b": wrong + wrong, "c": right})
    assert spread == {("THREATEN", "ACCUSE"): 2}
    assert [p.gold_code for p in wrong] == [""]  # the gold gave no CAMEO code

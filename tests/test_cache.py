"""The start-up cache (eventwire.cache) and the gazetteer read from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.cache import CACHE_ENV, cache_folder, cached, cached_arrays, source_key
from eventwire.gazetteer import Gazetteer


class Builds:
    """A build function that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value, self.calls = value, 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_cache_builds_once_then_reads(tmp_path: Path) -> None:
    build = Builds({"a": [1, 2.5, None, True]})
    assert cached("thing", "k1", build, folder=tmp_path) == {"a": [1, 2.5, None, True]}
    assert cached("thing", "k1", build, folder=tmp_path) == {"a": [1, 2.5, None, True]}
    assert build.calls == 1
    cached("thing", "k2", build, folder=tmp_path)
    assert build.calls == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["thing-k1.json", "thing-k2.json"]


def test_cache_rebuilds_an_unreadable_entry(tmp_path: Path) -> None:
    (tmp_path / "thing-k1.json").write_text('{"cut short', encoding="utf-8")
    build = Builds([1, 2])
    assert cached("thing", "k1", build, folder=tmp_path) == [1, 2]
    assert build.calls == 1
    assert cached("thing", "k1", build, folder=tmp_path) == [1, 2] and build.calls == 1


def test_cache_rebuilds_an_entry_of_the_wrong_shape(tmp_path: Path) -> None:
    (tmp_path / "thing-k1.json").write_text('{"a": 1}', encoding="utf-8")
    build = Builds([1, 2])
    assert cached("thing", "k1", build, folder=tmp_path, valid=lambda v: isinstance(v, list)) == [1, 2]
    assert build.calls == 1


def test_cache_that_cannot_be_written_still_returns_the_value(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    build = Builds([3])
    assert cached("thing", "k1", build, folder=blocked / "cache") == [3]
    assert cached("thing", "k1", build, folder=blocked / "cache") == [3]
    assert build.calls == 2


def test_cache_folder_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "mine"))
    assert cache_folder() == tmp_path / "mine"
    monkeypatch.delenv(CACHE_ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder() == tmp_path / "xdg" / "eventwire"


def test_cache_key_changes_with_the_sources(tmp_path: Path) -> None:
    source = tmp_path / "module.py"
    source.write_text("A = 1\n", encoding="utf-8")
    before = source_key([source], ["spacy"])
    source.write_text("A = 2\n", encoding="utf-8")
    assert source_key([source], ["spacy"]) != before
    assert source_key([source], ["spacy", "duckdb"]) != source_key([source], ["spacy"])


def test_cache_gazetteer_read_back_answers_as_the_built_one(tmp_path: Path) -> None:
    built = Gazetteer.build()
    first = Gazetteer.load(cache=tmp_path)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("gazetteer-")]
    again = Gazetteer.load(cache=tmp_path)
    assert len(built) == len(first) == len(again) > 100_000
    names = ["Pyongyang", "Washington", "Hyderabad", "Lebanon", "Florida", "New York", "the Gambia", "Gaza"]
    for name in names:
        for prefer in (frozenset(), frozenset({"PAK", "USA"})):
            assert built.lookup(name, prefer) == first.lookup(name, prefer) == again.lookup(name, prefer)
            assert built.lookup(name, prefer, major_only=True) == again.lookup(name, prefer, major_only=True)
    assert all(built.lookup(key) == again.lookup(key) for key in list(built._index)[::50])
    for entry in tmp_path.glob("gazetteer-*.json"):
        entry.write_text("[]", encoding="utf-8")
    assert Gazetteer.load(cache=tmp_path).lookup("Pyongyang") == built.lookup("Pyongyang")


@pytest.mark.parametrize("base_layer", [False, True])
def test_cache_dictionary_read_back_equals_the_parsed_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            base_layer: bool) -> None:
    from eventwire.actors import dictionary

    parsed = dictionary._merge(dictionary.builtin_files(), dictionary.base_files() if base_layer else [])
    assert dictionary.load_dictionary(base_layer=base_layer, cache=tmp_path).entries == parsed

    def no_parse(*args: object) -> None:
        raise AssertionError("parsed again instead of read from the cache")

    monkeypatch.setattr(dictionary, "parse_dictionary", no_parse)
    read = dictionary.load_dictionary(base_layer=base_layer, cache=tmp_path).entries
    assert read == parsed and list(read) == list(parsed)
    assert len(list(tmp_path.glob("dictionary-*.json"))) == 1


def test_arrays_are_built_once_then_read_as_stored(tmp_path: Path) -> None:
    import numpy as np

    build = Builds({"weights": np.arange(6, dtype=np.float16).reshape(2, 3), "labels": np.array(["en", "fr"])})
    first = cached_arrays("model", "k1", build, folder=tmp_path)  # type: ignore[arg-type]
    again = cached_arrays("model", "k1", build, folder=tmp_path)  # type: ignore[arg-type]
    assert build.calls == 1
    assert sorted(again) == ["labels", "weights"]
    assert again["weights"].dtype == np.float16 and again["weights"].tolist() == first["weights"].tolist()
    assert again["labels"].tolist() == ["en", "fr"]


def test_arrays_missing_their_list_of_names_are_built_again(tmp_path: Path) -> None:
    import numpy as np

    build = Builds({"a": np.zeros(3)})
    cached_arrays("model", "k1", build, folder=tmp_path)  # type: ignore[arg-type]
    (tmp_path / "model-k1" / "names.json").unlink()  # a folder cut short is never read
    cached_arrays("model", "k1", build, folder=tmp_path)  # type: ignore[arg-type]
    assert build.calls == 2
    assert cached_arrays("model", "k1", build, folder=tmp_path)["a"].tolist() == [0.0] * 3  # type: ignore[arg-type]
    assert build.calls == 2  # and replaced by a whole one

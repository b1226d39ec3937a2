"""Coding settings: what every command that codes passes to its workers, and the shard digest."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors.dictionary import is_base
from eventwire.cli.options import Parser, add_resource_options, resource_settings
from eventwire.parallel import Settings
from eventwire.resources import Resources


def test_settings_digest_changes_with_every_choice_that_changes_coding(tmp_path: Path) -> None:
    words = tmp_path / "words.tsv"
    words.write_text("kind\tword\ntravel_verb\tjourney\n", encoding="utf-8")
    plain = Settings()
    variants = [Settings(lexicon=(words,)), Settings(base_layer=False), Settings(backoff=False),
                Settings(parse_all=True), Settings(builtin=False)]
    digests = {plain.digest(), *(v.digest() for v in variants)}
    assert len(digests) == 1 + len(variants)
    before = Settings(lexicon=(words,)).digest()
    words.write_text("kind\tword\ntravel_verb\ttrek\n", encoding="utf-8")
    assert Settings(lexicon=(words,)).digest() != before  # the file's content, not its name


def test_resource_options_become_settings_with_absolute_paths(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    words = tmp_path / "words.tsv"
    words.write_text("kind\tword\n", encoding="utf-8")
    parser = Parser(prog="eventwire test")
    add_resource_options(parser)
    monkeypatch.chdir(tmp_path)
    args = parser.parse_args(["--lexicon", "words.tsv", "--base-layer", "--no-backoff"])
    settings = resource_settings(args, parse_all=True)
    assert settings.lexicon == (words.resolve(),)
    assert (settings.base_layer, settings.backoff, settings.parse_all) == (True, False, True)


def test_base_layer_is_on_unless_left_out() -> None:
    parser = Parser(prog="eventwire test")
    add_resource_options(parser)
    chosen = [resource_settings(parser.parse_args(args)).base_layer
              for args in ([], ["--base-layer"], ["--no-base-layer"])]
    assert chosen == [True, True, False]
    assert Settings().base_layer


def test_base_layer_is_loaded_by_default_with_the_built_in_data(resources: Resources,
                                                                 fixture_resources: Resources) -> None:
    assert any(is_base(e) for e in resources.dictionary.entries.values())
    assert any(p.imported for p in resources.patterns.by_id.values())
    # without the built-in data (users who bring complete dictionaries) the base layer is left out too
    assert not any(is_base(e) for e in fixture_resources.dictionary.entries.values())
    assert not any(p.imported for p in fixture_resources.patterns.by_id.values())

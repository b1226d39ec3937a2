"""More of what a user may type at the store's commands, through the real command line: an
output path DuckDB cannot write (named as the user named it, not as a temporary file), and a
date range given the wrong way round (one line, not a silent empty answer)."""

from __future__ import annotations

from pathlib import Path

import pytest

import test_hostile_inputs as hostile


@pytest.fixture(scope="module")
def commands_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return hostile.store_of_one_article(tmp_path_factory.mktemp("commands"))


@pytest.mark.parametrize("fmt", ["csv", "parquet", "gdelt-events"])
def test_hostile_commands_export_to_a_path_no_one_may_write_names_it(commands_store: Path, fmt: str) -> None:
    # /proc takes no new files, not even from root: a write refused whoever runs the tests.
    line = hostile.one_error(hostile.cli("export", "--db", str(commands_store), "--format", fmt,
                                         "--output", "/proc/version"), "/proc/version: cannot write it (")
    assert "Traceback" not in line and "{" not in line


@pytest.mark.parametrize("argv", [["query"], ["export", "--format", "jsonl"], ["series", "--dyad", "RUS:PRK"],
                                  ["quad"], ["actors"], ["network"]])
def test_hostile_commands_since_after_until_is_one_line(commands_store: Path, argv: list[str]) -> None:
    done = hostile.cli(*argv, "--db", str(commands_store), "--since", "2024-03-01", "--until", "2023-03-01")
    hostile.one_error(done, "since 2024-03-01 is after until 2023-03-01")


def test_hostile_commands_one_day_range_is_fine(commands_store: Path) -> None:
    done = hostile.cli("query", "--db", str(commands_store), "--since", "2023-11-14", "--until", "2023-11-14",
                       "--format", "jsonl")
    assert done.returncode == 0 and '"RUSGOV"' in done.stdout, done.stderr

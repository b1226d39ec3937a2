"""The command line under absurd flag values, a full disk, foreign --db files and missing inputs:
one `eventwire: error:` line and a non-zero status, never a traceback, nothing stored lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

import eventwire
from eventwire.cli import main
from eventwire.store import writer
from synthetic import LineCoder

ARTICLE = "RUSGOV PRKGOV 042 2023-11-14 PRK the minister arrived\n"
OTHER = "USAGOV RUSGOV 112 - - the envoy accused\n"


def main_lines(argv: list[str]) -> int:
    """Run the command line with the synthetic line coder (no spaCy)."""
    return main(argv, coder=LineCoder())


def lines_ingest(*args: str) -> list[str]:
    """An `eventwire ingest` with the synthetic line coder (no spaCy)."""
    return ["ingest", *args, "--published", "2023-11-15", "--quiet"]


@pytest.fixture(scope="module")
def place(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A folder of two articles, a store of them, and files that are not stores (left as is)."""
    tmp_path = tmp_path_factory.mktemp("place")
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(ARTICLE)
    (news / "b.txt").write_text(OTHER)
    db = tmp_path / "events.duckdb"
    assert main_lines(lines_ingest(str(news), "--db", str(db))) == 0
    (tmp_path / "articles.jsonl").write_text('{"id": "x", "text": "Moscow spoke."}\n')
    foreign = duckdb.connect(str(tmp_path / "other.duckdb"))
    foreign.execute("CREATE TABLE t (a INTEGER)")
    foreign.close()
    (tmp_path / "shards").mkdir()
    return {"news": str(news), "db": str(db), "dir": str(tmp_path / "shards"),
            "gone": str(tmp_path / "missing" / "out.csv"), "jsonl": str(tmp_path / "articles.jsonl"),
            "other": str(tmp_path / "other.duckdb"), "fresh": str(tmp_path / "fresh.duckdb")}


# Each case: the command line, with {name} filled from `place`.
ABSURD = [
    "query --db {db} --limit 99999999999999999999", "query --db {db} --limit -1",
    "query --db {db} --limit 0", "query --db {db} --limit abc", "query --db {db} --limit 1.5",
    "query --db {db} --since 9999-99-99", "query --db {dir}", "query --db {jsonl}",
    "query --db {other}", "actors --db {db} --top -5", "actors --db {db} --top 0",
    "actors --db {db} --top 1e9", "actors --db {db} --top 99999999999999999999",
    "network --db {db} --min-events -3", "network --db {db} --min-events 0",
    "network --db {db} --output {gone}", "network --db {db} --output {dir}",
    "export --db {db} --format csv --output {gone}", "export --db {db} --format csv --output {dir}",
    "export --db {db} --format csv --limit -2", "series --db {db} --dyad RUS:PRK --limit -1",
    "quad --db {db} --limit 0", "code {news} --timeout 1e308", "code {news} --timeout inf",
    "code {news} --timeout nan", "code {news} --timeout -1", "code {news} --timeout 0",
    "code {news} --timeout abc", "code {news} --max-bytes -1", "code {news} --max-bytes 1e99",
    "code {news} --retries -1", "code {news} --retries 1000000",
    "code {news} --published 9999-12-31", "code {news} --published 0001-01-01",
    "code {news} --published someday", "code {news} --output {dir}", "code {news} --output {gone}",
    "code {news} --dictionary {gone}", "code {news} --patterns {dir}", "code {news} --language 123",
    "explain Moscow --published 9999-12-31", "explain Moscow --published 0001-01-01",
    "ingest {news} --db {fresh} --batch-size 0", "ingest {news} --db {fresh} --batch-size -1",
    "ingest {news} --db {fresh} --batch-size 1e3", "ingest {news} --db {fresh} --workers 0",
    "ingest {news} --db {fresh} --workers -2",
    "ingest {news} --db {fresh} --workers 99999999999999999999", "ingest {news} --db {dir}",
    "ingest {news} --db {jsonl}", "ingest {news} --db {other}",
    "ingest {news} --db {fresh} --published 9999-12-31",
    "watch {news} --db {fresh} --interval 0", "watch {news} --db {fresh} --interval -1",
    "watch {news} --db {fresh} --interval inf", "watch {news} --db {fresh} --interval nan",
    "watch {news} --db {fresh} --interval 1e308", "watch {news} --db {fresh} --settle -1",
    "watch {news} --db {fresh} --settle nan", "watch {news} --db {fresh} --batch-size 0",
    "watch - --db {fresh}", "watch {news} --db {jsonl} --once",
    "batch {news} --out {jsonl}", "batch {news} --out {gone}/deeper",
    "batch {news} --out {dir} --shard-size 0", "batch {news} --out {dir} --local-workers 0",
    "batch {news} --out {dir} --local-workers -1", "batch {news} --out {dir} --published 0001-01-01",
    "load {dir} --db {fresh}", "load {gone} --db {fresh}", "load {dir} --db {dir}",
    "serve --port -1", "serve --port 70000", "serve --port abc", "serve --db {dir}",
    "serve --db {jsonl}", "eval {gone}", "eval {dir}", "code {news} --format xml",
]


@pytest.mark.parametrize("line", ABSURD)
def test_hostile_cli_absurd_value_is_one_error_line(line: str, place: dict[str, str],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    argv = [word.format(**place) for word in line.split()]
    capsys.readouterr()
    status = main(argv)
    err = capsys.readouterr().err
    lines = [x for x in err.splitlines() if x.strip()]
    assert status != 0, err
    assert "Traceback" not in err
    assert len(lines) == 1 and lines[0].startswith("eventwire: error: "), err


def test_hostile_cli_foreign_db_is_refused_and_left_as_it_was(
        place: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    before = Path(place["jsonl"]).read_bytes()
    assert main_lines(lines_ingest(place["news"], "--db", place["jsonl"])) == 2
    assert f"{place['jsonl']} is not an eventwire store" in capsys.readouterr().err
    assert Path(place["jsonl"]).read_bytes() == before
    assert main_lines(lines_ingest(place["news"], "--db", place["other"])) == 2
    assert "a DuckDB database but not an eventwire store" in capsys.readouterr().err
    with duckdb.connect(place["other"], read_only=True) as con:
        tables = con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    assert tables == [("t",)]


class _FullDisk:
    """A connection whose commit fails as DuckDB's does on a full disk: the transaction is gone."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)

    def commit(self) -> None:
        self._con.rollback()
        raise duckdb.IOException('Could not write file "events.duckdb.wal": No space left on device')


def test_hostile_cli_full_disk_names_the_cause_and_keeps_the_store(
        place: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    with eventwire.open(place["db"], read_only=True) as store:
        before = store.counts()
    real = writer.write_batch
    monkeypatch.setattr(writer, "write_batch", lambda con, batch, now: real(_FullDisk(con),
                                                                              batch, now))
    more = tmp_path / "more"
    more.mkdir()
    (more / "c.txt").write_text("CHNGOV RUSGOV 036 - - the premier met\n")
    capsys.readouterr()
    assert main_lines(lines_ingest(str(more), "--db", place["db"])) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("eventwire: error: ")
    assert "No space left on device" in err[0] and "rollback" not in err[0]
    with eventwire.open(place["db"], read_only=True) as store:
        assert store.counts() == before


@pytest.mark.parametrize("line", [
    "export --db {db} --format csv --output /dev/full",
    "export --db {db} --format parquet --output /dev/full",
    "export --db {db} --format gdelt-events --output /dev/full",
    "network --db {db} --format graphml --output /dev/full",
    "network --db {db} --format csv --output /dev/full"])
def test_hostile_cli_writing_to_a_full_device_names_the_file_and_the_cause(
        line: str, place: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    # /dev/full answers every write with ENOSPC: a real full disk, without mounting one.
    capsys.readouterr()
    assert main([word.format(**place) for word in line.split()]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("eventwire: error: "), err
    assert "/dev/full" in err[0] and "No space left on device" in err[0]
    assert "{" not in err[0]

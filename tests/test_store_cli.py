"""The store's command line: ingest, export, query, series, quad, actors, network."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import eventwire
from eventwire.cli import main
from eventwire.export import gdelt
from synthetic import LineCoder

ARTICLE_A = "RUSGOV PRKGOV 042 2023-11-14 PRK arrived\nPRKGOV RUSGOV 043 - PRK hosted\n"
ARTICLE_B = "RUSGOV PRKGOV 042 - PRK the delegation arrived\nUSAGOV RUSGOV 112 - - accused\n"


def ingest(folder: Path, db: Path) -> int:
    """Run `eventwire ingest` with the synthetic line coder."""
    return main(["ingest", str(folder), "--db", str(db), "--published", "2023-11-15",
                 "--quiet"], coder=LineCoder())


@pytest.fixture
def news(tmp_path: Path) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text(ARTICLE_A)
    (tmp_path / "news" / "b.txt").write_text(ARTICLE_B)
    (tmp_path / "news" / "c.txt").write_bytes(b"\xff\xfe not text")
    return tmp_path / "news"


@pytest.fixture
def db(news: Path, tmp_path: Path) -> Path:
    path = tmp_path / "events.duckdb"
    assert ingest(news, path) == 1  # c.txt is skipped
    return path


def test_store_cli_ingest_summarises_and_is_idempotent(news: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "fresh.duckdb"
    assert ingest(news, db) == 1
    err = capsys.readouterr().err
    assert "read 2 articles: 2 coded, 0 already stored, 1 skipped" in err
    assert "stored 4 event mentions, 3 new events" in err
    assert f"skipped {news / 'c.txt'}: not valid UTF-16 (byte 10)" in err  # its BOM says UTF-16
    assert ingest(news, db) == 1
    assert "0 coded, 2 already stored" in capsys.readouterr().err
    with eventwire.open(db, read_only=True) as store:
        assert store.counts() == {"articles": 2, "mentions": 4, "events": 3}


def test_store_cli_query_formats(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["query", "--db", str(db), "--dyad", "RUS:PRK", "--format", "jsonl"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (row["cameo"], row["num_mentions"], row["date"]) == ("042", 2, "2023-11-14")
    assert main(["query", "--db", str(db), "--format", "csv", "--actor", "USA"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[0].startswith("id,")
    assert main(["query", "--db", str(db)]) == 0
    piped = capsys.readouterr()
    assert "3 events" in piped.err
    header, *rows = piped.out.splitlines()
    assert header.split("\t")[:3] == ["date", "source", "cameo"] and len(rows) == 3


def test_store_cli_export_writes_files(db: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "events.tsv"
    assert main(["export", "--db", str(db), "--format", "gdelt-events", "--output", str(out)]) == 0
    frame = pd.read_csv(out, sep="\t", header=None, names=list(gdelt.EVENT_COLUMNS),
                        dtype={"EventCode": str})
    assert frame.shape == (3, 61) and "042" in set(frame.EventCode)
    capsys.readouterr()
    assert main(["export", "--db", str(db), "--format", "plover", "--plover", "consult"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_store_cli_analytics(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["series", "--db", str(db), "--dyad", "RUS:PRK", "--freq", "day",
                 "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "period,RUS->PRK,PRK->RUS", "2023-11-14,1,0", "2023-11-15,0,1"]
    assert main(["quad", "--db", str(db), "--by", "source", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {r["country"]: r["total"] for r in rows} == {"RUS": 1, "PRK": 1, "USA": 1}
    assert main(["actors", "--db", str(db), "--top", "1", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("RUSGOV,")
    out = tmp_path / "net.graphml"
    assert main(["network", "--db", str(db), "--format", "graphml", "--output", str(out)]) == 0
    assert out.read_text().count("<edge ") == 3


@pytest.mark.parametrize("argv", [
    ["export", "--format", "xls"], ["query", "--since", "last week"], ["query", "--cameo", "999"],
    ["query", "--actor", "R2D2"], ["series", "--dyad", "RUS:PRK", "--freq", "hourly"],
    ["network", "--format", "dot"], ["query", "--plover", "HUG"]])
def test_store_cli_bad_input_is_one_clear_line(db: Path, argv: list[str],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main([*argv, "--db", str(db)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("eventwire: error: ")


def test_store_cli_missing_store_and_missing_input(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "no event store" in capsys.readouterr().err
    assert main(["ingest", "nothere.txt", "--db", str(tmp_path / "x.duckdb")],
                coder=LineCoder()) == 1
    assert "skipped nothere.txt: no such file" in capsys.readouterr().err


def test_store_cli_names_the_lock_of_a_concurrent_writer(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, eventwire\ns = eventwire.open(sys.argv[1])\n"
         "print('ready', flush=True)\nsys.stdin.read()", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        capsys.readouterr()
        assert main(["query", "--db", str(db)]) == 2
        err = capsys.readouterr().err
        assert f"is locked by another eventwire process (PID {holder.pid})" in err
        assert "Traceback" not in err
    finally:
        holder.communicate("")


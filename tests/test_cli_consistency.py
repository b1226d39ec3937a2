"""One command line: the same exit-status rule for every command that reads, progress on a
terminal only, worker counts capped at the cores, tables that are not cut when piped, plurals."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from rich.console import Console

import eventwire
from eventwire.cli import main
from eventwire.cli import progress as progress_module
from eventwire.cli.options import workers
from eventwire.cli.progress import Meter
from eventwire.parallel import default_workers
from synthetic import LineCoder

ONE = "RUSGOV PRKGOV 042 2023-11-14 PRK the minister arrived\n"
TWO = "USAGOV RUSGOV 112 - - the envoy accused\nCHNGOV RUSGOV 036 - - the premier met\n"


def main_lines(argv: list[str]) -> int:
    """Run the command line with the synthetic line coder (no spaCy)."""
    return main(argv, coder=LineCoder())


def lines_ingest(*args: str) -> list[str]:
    """An `eventwire ingest` with the synthetic line coder (no spaCy)."""
    return ["ingest", *args, "--quiet"]


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "one.txt").write_text(ONE)
    (folder / "two.txt").write_text(TWO)
    return folder


def test_cli_consistency_ingest_skips_a_missing_input_and_stores_the_rest(
        news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, gone = tmp_path / "s.duckdb", tmp_path / "gone.jsonl"
    assert main_lines(lines_ingest(str(gone), str(news), "--db", str(db), "--published",
                             "2023-11-15")) == 1
    assert f"eventwire: skipped {gone}: no such file or folder" in capsys.readouterr().err
    with eventwire.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 2
    assert main_lines(lines_ingest(str(news), "--db", str(db), "--published", "2023-11-15")) == 0


def test_cli_consistency_code_goes_on_past_a_missing_path(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The Chinese foreign minister met his Vietnamese counterpart in Hanoi on "
                    "Friday.\n", encoding="utf-8")
    gone = tmp_path / "gone.txt"
    assert main(["code", str(gone), str(good), "--format", "csv", "--published",
                 "2024-03-01"]) == 1
    out, err = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["source"], r["cameo"]) for r in rows] == [("CHNGOV", "040")]
    assert f"skipped {gone}: no such file or folder" in err
    assert "1 article read, 1 coded, 1 skipped, 1 event" in err


def test_cli_consistency_watch_once_skips_a_missing_source(news: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    code = ("import sys; sys.path.insert(0, sys.argv.pop(1)); from synthetic import LineCoder; "
            "from eventwire.cli import main; sys.exit(main(sys.argv[1:], coder=LineCoder()))")
    done = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent), "watch",
                           str(tmp_path / "gone"), str(news),
                           "--db", str(db), "--once", "--settle", "0",
                           "--published", "2023-11-15"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    assert f"skipped {tmp_path / 'gone'}: no such file or folder" in done.stderr
    with eventwire.open(db, read_only=True) as store:
        assert store.counts()["articles"] == 2


def _shard(store_db: Path, out: Path, shard_id: str) -> None:
    """Write a finished shard holding everything a store holds (as `eventwire batch` would)."""
    for table in ("articles", "mentions", "done"):
        (out / table).mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(store_db), read_only=True) as con:
        for table in ("articles", "mentions"):
            con.execute(f"COPY (SELECT * FROM {table}) TO '{out / table / shard_id}.parquet' "
                        "(FORMAT parquet)")
    (out / "done" / f"{shard_id}.json").write_text("{}")


def test_cli_consistency_load_skips_an_unreadable_shard(news: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "source.duckdb"
    assert main_lines(lines_ingest(str(news), "--db", str(source), "--published", "2023-11-15")) == 0
    out = tmp_path / "shards"
    _shard(source, out, "aaaa")
    _shard(source, out, "bbbb")
    (out / "mentions" / "aaaa.parquet").write_bytes(b"not parquet at all")
    capsys.readouterr()
    db = tmp_path / "loaded.duckdb"
    assert main(["load", str(out), "--db", str(db), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "eventwire: skipped shard aaaa: " in err and "Traceback" not in err
    with eventwire.open(db, read_only=True) as store, eventwire.open(source,
                                                                     read_only=True) as first:
        assert store.counts() == first.counts()


def test_cli_consistency_workers_capped_at_the_cores_unless_forced(
        capsys: pytest.CaptureFixture[str]) -> None:
    cores = default_workers()
    assert workers(cores + 5, force=False) == cores
    assert (f"--workers {cores + 5} is more than the {cores} cores here: starting {cores} "
            "(add --force-workers") in capsys.readouterr().err
    assert workers(cores + 5, force=True) == cores + 5
    assert workers(None, force=False) == cores
    assert workers(1, force=False) == 1
    assert capsys.readouterr().err == ""


def test_cli_consistency_ingest_says_it_caps_workers(news: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main_lines(lines_ingest(str(news), "--db", str(tmp_path / "s.duckdb"), "--workers", "1000",
                             "--published", "2023-11-15")) == 0
    assert "--workers 1000 is more than the" in capsys.readouterr().err


def test_cli_consistency_meter_shows_counts_rate_and_eta_on_a_terminal() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=160)
    with Meter("coding", quiet=False, console=console) as meter:
        for _ in meter.doing(meter.reading(range(3))):
            pass
        meter.bar.refresh()
    drawn = screen.getvalue()
    assert "3/3" in drawn and "articles/s" in drawn and "ETA" in drawn
    piped = io.StringIO()
    with Meter("coding", quiet=False, console=Console(file=piped)) as meter:
        assert list(meter.doing(meter.reading(range(3)))) == [0, 1, 2]
    assert piped.getvalue() == "" and not meter.shown


def test_cli_consistency_ingest_progress_moves_per_article(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(5):
        (folder / f"{n}.txt").write_text(f"RUSGOV PRKGOV 042 - PRK visit {n}\n")
    seen: list[int] = []
    monkeypatch.setattr(progress_module.Meter, "_show", lambda self: seen.append(self.done))
    assert main_lines(["ingest", str(folder), "--db", str(tmp_path / "s.duckdb"),
                 "--batch-size", "512", "--published", "2023-11-15"]) == 0
    assert sorted(set(seen)) == [0, 1, 2, 3, 4, 5]


def test_cli_consistency_summaries_say_one_article_and_one_event(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "one.txt").write_text(ONE)
    db = tmp_path / "s.duckdb"
    assert main_lines(lines_ingest(str(tmp_path / "one.txt"), "--db", str(db))) == 0
    err = capsys.readouterr().err
    assert "read 1 article: 1 coded" in err
    assert "stored 1 event mention, 1 new event" in err
    assert f"{db}: 1 article, 1 mention, 1 event" in err
    assert main(["query", "--db", str(db)]) == 0
    assert "eventwire: 1 event\n" in capsys.readouterr().err


def test_cli_consistency_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"eventwire {version('eventwire')}"


def test_cli_consistency_counts_files_that_are_not_articles(
        news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (news / "notes.md").write_text("# not news")
    (news / "sub").mkdir()
    (news / "sub" / "logo.png").write_bytes(b"\x89PNG")
    (news / ".hidden.doc").write_text("ignored like every hidden file")
    assert main_lines(lines_ingest(str(news), "--db", str(tmp_path / "s.duckdb"), "--published",
                             "2023-11-15")) == 0
    assert "skipped 2 files in folders that are not articles" in capsys.readouterr().err


def test_cli_consistency_warns_once_that_text_files_have_no_date(
        news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main_lines(lines_ingest(str(news), "--db", str(tmp_path / "a.duckdb"))) == 0
    err = capsys.readouterr().err
    assert err.count("warning: text files carry no publication date") == 1
    assert main_lines(lines_ingest(str(news), "--db", str(tmp_path / "b.duckdb"), "--published",
                             "2023-11-15")) == 0
    assert "warning" not in capsys.readouterr().err


@pytest.fixture
def db(news: Path, tmp_path: Path) -> Path:
    path = tmp_path / "s.duckdb"
    assert main_lines(lines_ingest(str(news), "--db", str(path), "--published", "2023-11-15")) == 0
    return path


def test_cli_consistency_quad_honours_limit(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["quad", "--db", str(db), "--by", "source", "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 4  # header and RUS, USA, CHN
    assert main(["quad", "--db", str(db), "--by", "source", "--format", "csv", "--limit",
                 "1"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_cli_consistency_piped_query_is_tab_separated_and_whole(
        db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with eventwire.open(db, read_only=True) as store:
        ids = set(store.events(arrow=True).column("id").to_pylist())
    capsys.readouterr()
    assert main(["query", "--db", str(db)]) == 0
    header, *rows = capsys.readouterr().out.splitlines()
    assert header == "\t".join(["date", "source", "cameo", "target", "plover", "place_country",
                                "num_mentions", "num_articles", "id"])
    assert {r.split("\t")[-1] for r in rows} == ids
    assert not any("…" in r for r in rows)

"""Every command a user runs, fed hostile inputs through the real command line in a subprocess:
each ends with a clear `eventwire:` line naming the input and the problem, a non-zero status, no
traceback, and nothing already stored lost. Coding commands run with the synthetic line coder
(tests/synthetic.py) so that no spaCy model loads."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from eventwire.guard import failed
from eventwire.model import Article
from eventwire.resources import Resources
from eventwire.store import Store

TESTS = Path(__file__).parent
LAUNCH = ("import sys; sys.path.insert(0, sys.argv.pop(1)); from synthetic import LineCoder; "
          "from eventwire.cli import main; sys.exit(main(sys.argv[1:], coder=LineCoder()))")
ARTICLE = "RUSGOV PRKGOV 042 2023-11-14 PRK the minister arrived\n"


def cli(*argv: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run `eventwire ARGV...` in a subprocess (with the synthetic line coder)."""
    done = subprocess.run([sys.executable, "-c", LAUNCH, str(TESTS), *argv], input=stdin,
                          capture_output=True, timeout=timeout, check=False, env=_env())
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(errors="replace"),
                                       done.stderr.decode(errors="replace"))


def _env() -> dict[str, str]:
    source = str(Path(__import__("eventwire").__file__).parent.parent)
    return {**os.environ, "PYTHONPATH": os.pathsep.join([source, os.environ.get("PYTHONPATH", "")])}


def one_error(done: subprocess.CompletedProcess[str], *named: str) -> str:
    """Assert the run failed with one `eventwire: error:` line naming `named`; return it."""
    lines = [x for x in done.stderr.splitlines() if x.strip()]
    assert done.returncode != 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert len(lines) == 1 and lines[0].startswith("eventwire: error: "), done.stderr
    assert all(name in lines[0] for name in named), lines[0]
    return lines[0]


def skips(done: subprocess.CompletedProcess[str]) -> list[str]:
    """Return the `skipped` lines of a run that went on past bad inputs."""
    assert "Traceback" not in done.stderr, done.stderr
    return [x.strip() for x in done.stderr.splitlines() if x.strip().startswith("skipped ")]


def ingest(db: Path, *paths: str | Path, extra: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    return cli("ingest", *map(str, paths), "--db", str(db), "--published", "2023-11-15", "--quiet",
               "--workers", "1", *extra)


def store_of_one_article(folder: Path) -> Path:
    """Ingest ARTICLE into a new store in `folder` and return the store's path."""
    (folder / "a.txt").write_text(ARTICLE)
    db = folder / "events.duckdb"
    assert ingest(db, folder / "a.txt").returncode == 0
    return db


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of one article."""
    return store_of_one_article(tmp_path_factory.mktemp("stored"))


def _counts(db: Path) -> dict[str, int]:
    with Store.open(db, read_only=True) as store:
        return store.counts()


# Each case: a file name, its bytes, and what the skip line must say of it.
BAD_ARTICLES = [
    ("bytes.txt", bytes(range(256)) * 8, "binary data"),
    ("bytes.jsonl", b"\x00\x9f\xff" * 300, "binary data"),
    ("latin1.txt", "Le ministre fran\xe7ais a rencontr\xe9 Lavrov.".encode("latin-1"), "not valid UTF-8"),
    ("empty.txt", b"", "empty file"),
    ("page.html", b"", "no article text"),
    ("feed.rss", b"<?xml version='1.0'?><rss><channel><item><title>x</title><descr", "has no text"),
    ("junk.rss", bytes(range(256)) * 4, "not an RSS or Atom"),
    ("archive.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x",
     "malformed record headers"),
    ("table.csv", b"title,date\nA,2023-11-14\n", "no column 'text'"),
]


@pytest.mark.parametrize(("name", "body", "why"), BAD_ARTICLES, ids=[case[0] for case in BAD_ARTICLES])
def test_hostile_inputs_bad_file_is_one_skip_line_and_the_rest_is_stored(
        tmp_path: Path, name: str, body: bytes, why: str) -> None:
    (tmp_path / name).write_bytes(body)
    (tmp_path / "good.txt").write_text(ARTICLE)
    db = tmp_path / "events.duckdb"
    done = ingest(db, tmp_path / name, tmp_path / "good.txt")
    assert done.returncode == 1, done.stderr
    (line,) = skips(done)
    assert str(tmp_path / name) in line and why in line and "NoneType" not in line, line
    assert _counts(db)["articles"] == 1


def test_hostile_inputs_bad_jsonl_line_among_good_ones_is_skipped_by_number(tmp_path: Path) -> None:
    good = [json.dumps({"id": f"n{i}", "text": ARTICLE}) for i in range(3)]
    (tmp_path / "news.jsonl").write_text("\n".join([good[0], '{"id": "cut", "te', good[1], "[1, 2]", good[2]]) + "\n")
    done = ingest(tmp_path / "events.duckdb", tmp_path / "news.jsonl")
    assert done.returncode == 1
    assert [line.split(": ", 1)[0] for line in skips(done)] == [
        f"skipped {tmp_path / 'news.jsonl'}:2", f"skipped {tmp_path / 'news.jsonl'}:4"]
    assert _counts(tmp_path / "events.duckdb")["articles"] == 3


def test_hostile_inputs_empty_folder_is_reported_not_silently_read(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "notes.bin").write_bytes(b"\x00")
    done = ingest(tmp_path / "events.duckdb", tmp_path / "empty", tmp_path / "junk")
    assert done.returncode == 1
    assert [line for line in done.stderr.splitlines() if "holds no article files" in line] == [
        f"eventwire: skipped {tmp_path / 'empty'}: the folder holds no article files (by file name suffix)",
        f"eventwire: skipped {tmp_path / 'junk'}: the folder holds no article files (by file name suffix)"]


def test_hostile_inputs_watched_empty_folder_is_no_error(tmp_path: Path) -> None:
    # a folder being watched may fill later: an empty one is a normal first cycle
    (tmp_path / "inbox").mkdir()
    done = cli("watch", str(tmp_path / "inbox"), "--db", str(tmp_path / "events.duckdb"), "--once")
    assert done.returncode == 0, done.stderr
    assert "holds no article files" not in done.stderr


def test_hostile_inputs_text_too_long_for_the_parser_is_one_plain_skip(resources: Resources) -> None:
    article = Article(id="long", text="word " * 250_000, origin="long.txt")
    with pytest.raises(ValueError) as caught:
        resources.nlp.make_doc(article.text)  # the parser's own length check
    problem = str(failed(article, caught.value))
    assert "too long to code (1,250,000 characters" in problem and "E088" not in problem, problem


@pytest.mark.parametrize(("argv", "named"), [
    (["explain", ""], "the text is empty"),
    (["explain", "   "], "the text is empty"),
    (["batch", "{good}", "--out", "{tmp}/shards", "--scheduler", "nonsense"], "'nonsense'"),
    (["batch", "{good}", "--out", "{tmp}/shards", "--scheduler", "tcp://host:99999"], "tcp://host:99999"),
    (["dictionaries", "import", "{tmp}/missing-verbs.txt", "--from", "petrarch", "--out", "{tmp}/out"],
     "missing-verbs.txt: no such file"),
    (["dictionaries", "import", "{tmp}", "--from", "petrarch", "--out", "{tmp}/out"], "is a folder"),
    (["dictionaries", "import", "{verbs}", "--from", "petrarch", "--out", "{good}"], "is a file, not a folder"),
    (["load", "{good}", "--db", "{tmp}/events.duckdb"], "good.txt: is a file; name the --out folder"),
])
def test_hostile_inputs_bad_argument_is_one_error_line(tmp_path: Path, argv: list[str], named: str) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE)
    (tmp_path / "CAMEO.verbs.txt").write_text("--- MEET [040]\nMEET\n")
    fill = {"tmp": str(tmp_path), "good": str(tmp_path / "good.txt"), "verbs": str(tmp_path / "CAMEO.verbs.txt")}
    one_error(cli(*(word.format(**fill) for word in argv)), named)


def test_hostile_inputs_dictionary_file_with_nothing_to_convert_fails(tmp_path: Path) -> None:
    verbs = tmp_path / "CAMEO.verbs.txt"
    verbs.write_text("MEET\n- * MEET [0xx]\n+ VERB [040\n")
    done = cli("dictionaries", "import", str(verbs), "--from", "petrarch", "--out", str(tmp_path / "out"),
               "--quiet")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1] == ("eventwire: error: no entry could be converted; "
                                                    "nothing written")
    assert not list((tmp_path / "out").glob("*.tsv"))


@pytest.mark.parametrize("body", [b"", b"not a database at all\n", bytes(range(256)) * 64],
                         ids=["empty", "text", "binary"])
@pytest.mark.parametrize("command", ["ingest", "query", "export", "watch", "serve"])
def test_hostile_inputs_store_that_is_not_a_store_is_refused_and_kept(tmp_path: Path, body: bytes,
                                                                      command: str) -> None:
    db = tmp_path / "events.duckdb"
    db.write_bytes(body)
    (tmp_path / "a.txt").write_text(ARTICLE)
    argv = {"ingest": ["ingest", str(tmp_path / "a.txt"), "--published", "2023-11-15"],
            "query": ["query"], "export": ["export", "--format", "csv"],
            "watch": ["watch", str(tmp_path / "a.txt"), "--once"], "serve": ["serve", "--port", "0"]}[command]
    one_error(cli(*argv, "--db", str(db)), str(db), "not an eventwire store")
    assert db.read_bytes() == body


def _hold_port() -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    return sock


def test_hostile_inputs_serve_on_a_taken_port_says_so_in_one_line(stored: Path) -> None:
    with _hold_port() as taken:
        port = str(taken.getsockname()[1])
        line = one_error(cli("serve", "--db", str(stored), "--port", port), f"127.0.0.1:{port}")
    assert "in use" in line and "--port" in line


def test_hostile_inputs_serve_on_an_address_that_is_not_here_says_so(stored: Path) -> None:
    one_error(cli("serve", "--db", str(stored), "--host", "no-such-host.invalid"),
              "cannot listen on no-such-host.invalid:8000")


LOCKER = "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(60)"


@pytest.mark.parametrize("argv", [["ingest", "{a}", "--published", "2023-11-15"], ["query"],
                                  ["export", "--format", "jsonl"], ["serve", "--port", "0"]])
def test_hostile_inputs_locked_store_is_one_line_and_kept(stored: Path, tmp_path: Path, argv: list[str]) -> None:
    (tmp_path / "a.txt").write_text("CHNGOV RUSGOV 036 - - the premier met\n")
    before = _counts(stored)
    with subprocess.Popen([sys.executable, "-c", LOCKER, str(stored)], stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            done = cli(*(word.format(a=tmp_path / "a.txt") for word in argv), "--db", str(stored))
        finally:
            holder.kill()
    one_error(done, str(stored), "locked")
    assert _counts(stored) == before


def test_hostile_inputs_ctrl_c_in_ingest_stops_cleanly_and_a_rerun_resumes(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"story{i}", "text": f"RUSGOV PRKGOV 042 2023-11-{1 + i % 28:02d} PRK visit {i}"})
             for i in range(400)]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n")
    db = tmp_path / "events.duckdb"
    argv = [sys.executable, "-c", LAUNCH, str(TESTS), "ingest", str(tmp_path / "news.jsonl"), "--db", str(db),
            "--published", "2023-11-15", "--batch-size", "1", "--workers", "1", "--quiet"]
    # One article a transaction: the run is still storing when Ctrl-C arrives.
    with subprocess.Popen(argv, stderr=subprocess.PIPE, env=_env()) as proc:
        assert proc.stderr is not None
        time.sleep(8)
        proc.send_signal(signal.SIGINT)
        err = proc.stderr.read().decode()
        status = proc.wait(timeout=60)
    assert status == 130 and "Traceback" not in err, err
    assert err.strip().splitlines()[-1].startswith("eventwire: interrupted (what was stored before is kept")
    assert 0 < _counts(db)["articles"] < 400  # what was committed before the interrupt is kept
    done = ingest(db, tmp_path / "news.jsonl")
    assert done.returncode == 0, done.stderr
    assert _counts(db)["articles"] == 400
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(DISTINCT id), count(*) FROM articles").fetchone() == (400, 400)

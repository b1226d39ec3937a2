"""Hostile inputs: each is one line naming it, the good articles around it are kept, memory stays low.

Reader probes run in a child process that reports its peak resident memory (`ru_maxrss`); the
inputs are small on disk but inflate, or claim, gigabytes.
"""

from __future__ import annotations

import itertools
import json
import os
import queue
import subprocess
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import duckdb
import pytest

from eventwire.cli import main
from eventwire.guard import code_each, code_guarded
from eventwire.ingest import ReadOptions, Skipped, read_sources
from eventwire.model import Article
from eventwire.parallel import Settings, serve
from eventwire.store import Store
from ingest_samples import page, warc_bytes
from synthetic import Coded, LineCoder

MAX_RSS_MB = 600
MIB = 1 << 20
EVENT = "RUSGOV PRKGOV 042 2024-03-01 PRK The minister arrived in the capital"
# Linux keeps ru_maxrss across exec, so a child of this (large) test process would report
# the test's own size: the probe is started from a bare launcher instead, which reports the
# probe's peak as seen by `RUSAGE_CHILDREN`.
PROBE = """
import json, sys
from eventwire.ingest import ReadOptions, Skipped, read_sources
items = [(type(i).__name__, str(i) if isinstance(i, Skipped) else i.origin)
         for i in read_sources(sys.argv[1:], ReadOptions(languages=(), fetch_links=False))]
print(json.dumps(items))
"""
LAUNCHER = """
import json, resource, subprocess, sys
done = subprocess.run([sys.executable, "-c", *sys.argv[1:]], capture_output=True, text=True)
sys.stderr.write(done.stderr)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
print(json.dumps({"items": json.loads(done.stdout or "[]"), "rss_mb": peak}))
sys.exit(done.returncode)
"""


def _probe(*paths: Path) -> tuple[list[str], list[str], int]:
    """Read the paths in a child process; return skipped lines, article origins, peak RSS in MB."""
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", LAUNCHER, PROBE, *map(str, paths)],
                          capture_output=True, text=True, timeout=300, env=env, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    skipped = [text for kind, text in report["items"] if kind == "Skipped"]
    articles = [text for kind, text in report["items"] if kind == "Article"]
    return skipped, articles, int(report["rss_mb"])


def _gzip_of(parts: Iterable[bytes]) -> bytes:
    """Compress a stream of parts as one gzip member without holding them all."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    return b"".join(packer.compress(p) for p in parts) + packer.flush()


def _newlines(mib: int) -> Iterator[bytes]:
    block = b"\n" * MIB
    return (block for _ in range(mib))


def _record(n: int) -> bytes:
    return json.dumps({"id": f"good-{n}", "text": f"{EVENT} number {n}."}).encode() + b"\n"


def test_hostile_gzip_bomb_of_newlines_streams_in_bounded_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.jsonl.gz"
    bomb.write_bytes(_gzip_of(itertools.chain([_record(1)], _newlines(900), [_record(2)])))
    assert bomb.stat().st_size < 2 * MIB
    skipped, articles, rss = _probe(bomb)
    assert skipped == []
    assert articles == [f"{bomb}:1", f"{bomb}:{900 * MIB + 2}"]
    assert rss <= MAX_RSS_MB


def test_hostile_jsonl_line_of_a_gigabyte_is_one_line_skipped(tmp_path: Path) -> None:
    bomb = tmp_path / "long.jsonl.gz"
    letters = (b"a" * MIB for _ in range(1000))
    bomb.write_bytes(_gzip_of(itertools.chain([_record(1), b'{"text": "'], letters,
                                              [b'"}\n', _record(3)])))
    skipped, articles, rss = _probe(bomb)
    assert skipped == [f"{bomb}:2: record too large (more than 5,000,000 bytes)"]
    assert articles == [f"{bomb}:1", f"{bomb}:3"]
    assert rss <= MAX_RSS_MB


def _warc_bomb(body: Iterable[bytes]) -> bytes:
    good = [("https://a.example/1", "200 OK", page().encode(), "text/html")]
    return warc_bytes(good, gzip=True) + _gzip_of(body) + warc_bytes(good, gzip=True)


def _long_header() -> Iterable[bytes]:
    yield b"WARC/1.0\r\nWARC-Type: response\r\nX-Pad: "
    yield from (b"a" * MIB for _ in range(600))


def _blank_lines() -> Iterable[bytes]:
    return (b"\r\n" * (MIB // 2) for _ in range(600))


@pytest.mark.parametrize(("name", "body", "why"), [
    ("long-header", _long_header, "a header line longer than 1,048,576 bytes); resuming at the "
     "next record"),
    ("blank-lines", _blank_lines, "(no WARC-Type header)"),
])
def test_hostile_warc_gz_bomb_is_refused_and_the_next_record_read(
        tmp_path: Path, name: str, body: Callable[[], Iterable[bytes]], why: str) -> None:
    bomb = tmp_path / f"{name}.warc.gz"
    bomb.write_bytes(_warc_bomb(body()))
    assert bomb.stat().st_size < 4 * MIB
    skipped, articles, rss = _probe(bomb)
    assert len(skipped) == 1 and skipped[0].startswith(f"{bomb}: broken WARC record at byte ")
    assert skipped[0].endswith(why)
    assert len(articles) == 2
    assert rss <= MAX_RSS_MB


def _special_files(folder: Path) -> dict[str, str]:
    """Make hostile non-files named like inputs; return each name's expected problem."""
    sparse = folder / "sparse.txt"
    with sparse.open("wb") as handle:
        handle.truncate(3 << 30)
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "loop.jsonl").symlink_to(folder / "loop.jsonl")
    (folder / "empty.warc").write_bytes(b"")
    return {"sparse.txt": "too large (more than 5,000,000 bytes; the limit is 5,000,000)",
            "pipe.txt": "a named pipe (FIFO), not a regular file; not read",
            "zero.txt": "a character device, not a regular file; not read",
            "loop.jsonl": "symlink loop (the link leads back to itself); not read",
            "empty.warc": "empty archive (no WARC records)"}


def test_hostile_special_files_are_one_line_each_without_hanging(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    expected = _special_files(folder)
    (folder / "good.jsonl").write_bytes(_record(1))
    skipped, articles, rss = _probe(folder, *(folder / name for name in sorted(expected)))
    lines = {line.split(": ", 1)[0]: line.split(": ", 1)[1] for line in skipped}
    assert lines == {str(folder / name): problem for name, problem in expected.items()}
    assert len(skipped) == 2 * len(expected)  # each once from the folder, once by name
    assert articles == [f"{folder / 'good.jsonl'}:1"]
    assert rss <= MAX_RSS_MB


BAD_RECORDS = {
    2: ('{"id": ' + "9" * 5000 + ', "text": "x"}', "malformed JSON (Exceeds the limit"),
    3: ("[" * 100_000, "malformed JSON (nested too deeply)"),
    4: ('{"id": "' + "i" * 300 + '", "text": "x"}', "'id' is 300 characters long"),
    5: ('{"id": [1], "text": "x"}', "'id' must be a string or an integer, not list"),
}


def _bad_jsonl(path: Path) -> None:
    lines = [_record(1000).decode().strip(), *(BAD_RECORDS[n][0] for n in sorted(BAD_RECORDS)),
             '{"id": "lone", "text": "' + EVENT + ' \\ud800 today."}']
    path.write_text("\n".join(lines) + "\n")


def test_hostile_jsonl_records_are_skipped_by_line_or_repaired(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    _bad_jsonl(path)
    items = list(read_sources([str(path)], ReadOptions(languages=())))
    problems = {i.line: i.problem for i in items if isinstance(i, Skipped)}
    assert set(problems) == set(BAD_RECORDS)
    assert all(problems[n].startswith(BAD_RECORDS[n][1]) for n in BAD_RECORDS)
    repaired = [i for i in items if isinstance(i, Article) and i.id == "lone"]
    assert repaired and "\ufffd" in repaired[0].text
    repaired[0].text.encode("utf-8")  # no lone surrogate is left to break a tokenizer


def _good_jsonl(path: Path, first: int, count: int) -> None:
    path.write_bytes(b"".join(_record(n) for n in range(first, first + count)))


def test_hostile_ingest_keeps_every_good_article_of_the_run(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    _good_jsonl(tmp_path / "good20.jsonl", 0, 20)
    _bad_jsonl(tmp_path / "bad.jsonl")
    _good_jsonl(tmp_path / "good300.jsonl", 20, 300)
    (tmp_path / "dup.jsonl").write_bytes(_record(7))
    db = tmp_path / "events.duckdb"
    main(["ingest", *(str(tmp_path / n) for n in ("good20.jsonl", "bad.jsonl", "good300.jsonl",
                                                  "dup.jsonl")),
          "--db", str(db), "--quiet"], coder=LineCoder())
    err = capsys.readouterr().err
    for line in BAD_RECORDS:
        assert f"skipped {tmp_path / 'bad.jsonl'}:{line}: {BAD_RECORDS[line][1]}" in err
    assert (f"skipped {tmp_path / 'dup.jsonl'}:1: duplicate id 'good-7' in the input "
            f"(first read at {tmp_path / 'good20.jsonl'}:8)") in err
    with duckdb.connect(str(db), read_only=True) as con:
        ids = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
    assert {f"good-{n}" for n in range(320)} | {"good-1000", "lone"} == ids


def _fails_on(word: str) -> Callable[[list[Article]], list[Coded]]:
    coder = LineCoder()

    def code(batch: list[Article]) -> list[Coded]:
        if any(word in a.text for a in batch):
            raise UnicodeEncodeError("utf-8", word, 0, 1, "surrogates not allowed")
        return list(coder.code_articles(batch))

    return code


def _article(n: int, extra: str = "") -> Article:
    text = f"{EVENT} {extra}".strip()
    return Article(id=f"a{n}", text=text, origin=f"in.jsonl:{n}")


def test_hostile_a_failing_batch_is_coded_again_article_by_article() -> None:
    batch = [_article(1), _article(2, "POISON"), _article(3)]
    results = code_each(batch, _fails_on("POISON"))
    assert [type(r).__name__ for r in results] == ["Coded", "Skipped", "Coded"]
    assert str(results[1]).startswith("in.jsonl:2: could not be coded (UnicodeEncodeError: ")


def test_hostile_ingest_stores_the_batch_around_an_article_the_coder_fails_on(
        tmp_path: Path) -> None:
    articles = [_article(n, "POISON" if n == 5 else "") for n in range(1, 41)]

    class Guarded:
        def code_articles(self, items: Iterable[Article]) -> Iterable[Coded | Skipped]:
            return code_guarded(items, _fails_on("POISON"), batch_size=16)

    with Store.open(tmp_path / "events.duckdb") as store:
        summary = store.ingest(articles, coder=Guarded(), batch_size=8)
        assert store.counts()["articles"] == 39
    (failure,) = summary.skipped
    assert str(failure).startswith("in.jsonl:5: could not be coded (UnicodeEncodeError: ")


def test_hostile_csv_field_over_the_csv_module_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    long_text = EVENT + " " + "word " * 40_000  # 200,000 characters: over csv's 131,072
    path.write_text(f"id,text\nlong,\"{long_text}\"\nafter,\"{EVENT}\"\n")
    items = list(read_sources([str(path)], ReadOptions(languages=())))
    assert [(type(i).__name__, getattr(i, "id", None)) for i in items] == [
        ("Article", "long"), ("Article", "after")]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_hostile_utf16_text_with_a_bom_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.txt"
    bom = b"\xfe\xff" if encoding == "utf-16-be" else b""
    path.write_bytes(bom + EVENT.encode(encoding))
    (item,) = read_sources([str(path)], ReadOptions(languages=()))
    assert isinstance(item, Article) and item.text == EVENT


def test_hostile_utf16_csv_with_a_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_bytes(f"id,text\nw1,{EVENT}\nw2,Ça va\n".encode("utf-16"))
    items = list(read_sources([str(path)], ReadOptions(languages=())))
    assert [(getattr(i, "id", None), getattr(i, "text", None)) for i in items] == [
        ("w1", EVENT), ("w2", "Ça va")]


READING = ("code", "ingest", "watch", "batch")


@pytest.mark.parametrize("command", READING)
def test_hostile_every_reading_command_offers_the_same_reading_options(
        command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    text = capsys.readouterr().out
    for option in ("--published", "--text-column", "--date-column", "--id-column",
                   "--language", "--any-language", "--no-fetch-links", "--fast-html",
                   "--timeout", "--max-bytes", "--retries"):
        assert option in text, f"{command} lacks {option}"


def test_hostile_worker_codes_around_an_article_the_tokenizer_rejects() -> None:
    sentence = ("Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in "
                "Beijing on Monday.")
    batch = [Article(id="w1", text=sentence, origin="w.jsonl:1"),
             Article(id="w2", text=sentence + " \ud800", origin="w.jsonl:2"),  # not via a reader
             Article(id="w3", text=sentence, origin="w.jsonl:3")]
    inbox: queue.Queue[object] = queue.Queue()
    outbox: queue.Queue[tuple[int, list[object], object]] = queue.Queue()
    inbox.put((0, batch))
    inbox.put(None)
    serve(Settings(), inbox, outbox)
    seq, results, error = outbox.get_nowait()
    assert (seq, error) == (0, None)
    assert [type(r).__name__ for r in results] == ["Coded", "Skipped", "Coded"]
    assert str(results[1]).startswith("w.jsonl:2: could not be coded (UnicodeEncodeError: ")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_jsonl_in_utf16_with_a_byte_order_mark_is_read_as_text(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.jsonl"
    text = '{"id": "a", "text": "Ghana\'s envoy met Togo\'s minister in Lomé."}\n{"id": "b", "text": "x"}\n'
    bom = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff"}.get(encoding, "")
    path.write_bytes((bom + text).encode(encoding))
    items = list(read_sources([str(path)], ReadOptions(languages=())))
    assert [(i.id, i.text[-5:]) for i in items if isinstance(i, Article)] == [("a", "Lomé."), ("b", "x")]


def test_jsonl_in_utf16_cut_inside_a_character_is_one_clear_skip(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_bytes('{"id": "a", "text": "x"}\n'.encode("utf-16") + "\ud800".encode("utf-16-le", "surrogatepass"))
    skipped = [i for i in read_sources([str(path)], ReadOptions(languages=())) if isinstance(i, Skipped)]
    assert [s.problem for s in skipped] == ["not valid UTF-16 (unexpected end of data)"]

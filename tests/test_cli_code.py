"""`eventwire code`, `explain` and `eval` as a user runs them, bad input included."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventwire.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
DICT = ["--dictionary", str(FIXTURES / "actors.tsv"), "--patterns", str(FIXTURES / "verbs.tsv")]
VISIT = "A Russian delegation arrived in Pyongyang on Tuesday.\n"


def test_cli_code_jsonl_record_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "visit.txt"
    path.write_text(VISIT, encoding="utf-8")
    assert main(["code", str(path), "--published", "2023-11-15", "--format", "jsonl", *DICT]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    visits = [r for r in records if r["cameo"] == "042"]
    assert visits, records
    record = visits[0]
    for key in ("article_id", "sentence", "sentence_text", "source", "target", "cameo", "cameo_name",
                "plover", "plover_mode", "plover_context", "quad_class", "goldstein", "date",
                "date_precision", "date_text", "place", "negated", "modality", "speaker",
                "reported_by", "rule", "confidence"):
        assert key in record
    assert record["source"]["code"] == "RUSGOV" and record["date"] == "2023-11-14"
    assert set(record["source"]) >= {"code", "country", "sectors", "name", "text", "start", "end", "entry"}
    assert record["place"]["name"] == "Pyongyang" and record["place"]["geonameid"] > 0


def test_cli_code_bad_lines_are_reported_and_the_rest_coded(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "ok1", "text": VISIT, "published": "2023-11-15"}),
        "{not json",
        json.dumps({"id": "bad-date", "text": VISIT, "published": "yesterday"}),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "ok2", "text": "Russia attacked China.", "published": "2023-11-15"}),
    ]) + "\n", encoding="utf-8")
    assert main(["code", str(path), "--format", "csv", *DICT]) == 1
    captured = capsys.readouterr()
    rows = list(csv.DictReader(io.StringIO(captured.out)))
    assert {r["article_id"] for r in rows} == {"ok1", "ok2"}
    assert f"{path}:2: malformed JSON" in captured.err
    assert f"{path}:3: 'published' is not a YYYY-MM-DD date" in captured.err
    assert f"{path}:4: missing or empty 'text'" in captured.err
    assert "2 articles read, 2 coded, 3 skipped" in captured.err


@pytest.mark.parametrize(("content", "problem"), [
    (b"\x00\x01\x02binary\x00", "binary data"),
    (b"caf\xe9 au lait", "not valid UTF-8"),
    (b"   \n", "empty file"),
])
def test_cli_code_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes,
                            problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(VISIT, encoding="utf-8")
    assert main(["code", str(path), str(good), "--format", "jsonl", *DICT]) == 1
    captured = capsys.readouterr()
    assert f"skipped {path}: {problem}" in captured.err
    assert '"cameo": "042"' in captured.out


def test_cli_code_bad_published_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(VISIT, encoding="utf-8")
    assert main(["code", str(path), "--published", "someday", *DICT]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "someday" in err[0]


def test_cli_code_unknown_format_and_missing_file(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["code", "x.txt", "--format", "xml"]) == 2
    assert capsys.readouterr().err.startswith("eventwire: error: code: argument --format")
    assert main(["code", str(tmp_path / "missing.txt"), *DICT]) == 1
    assert f"skipped {tmp_path / 'missing.txt'}: no such file or folder" in capsys.readouterr().err


def test_cli_code_bad_dictionary_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "mine.tsv"
    bad.write_text("id\tkind\tphrases\tcode\tcountry\tsectors\tname\tfrom\tuntil\nX\tcountry\tX\t\tXX\t\tX\t\t\n")
    text = tmp_path / "a.txt"
    text.write_text(VISIT, encoding="utf-8")
    assert main(["code", str(text), "--dictionary", str(bad)]) == 2
    assert f"{bad}:2: bad country code" in capsys.readouterr().err


def test_cli_code_reads_stdin_and_prints_a_table() -> None:
    result = subprocess.run([sys.executable, "-m", "eventwire", "code", "-", "--published", "2023-11-15", *DICT],
                            input=VISIT, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "RUSGOV" in result.stdout and "042" in result.stdout and "Pyongyang" in result.stdout


def test_cli_explain_shows_entries_rules_and_drops(capsys: pytest.CaptureFixture[str]) -> None:
    text = "Dmitry Peskov said that Russia did not attack North Korea. Somebody visited Jordan."
    assert main(["explain", text, "--published", "2023-11-15", *DICT]) == 0
    out = capsys.readouterr().out
    assert "person.RUS.peskov" in out and "(rule attack.attack, stage negated)" in out
    assert "dropped" in out and "no source actor" in out


def test_cli_explain_keep_negated_shows_the_negated_act_as_an_event(capsys: pytest.CaptureFixture[str]) -> None:
    text = "Dmitry Peskov said that Russia did not attack North Korea."
    assert main(["explain", text, "--published", "2023-11-15", "--keep-negated", *DICT]) == 0
    out = capsys.readouterr().out
    assert "rule attack.attack" in out and "negated True" in out and "stage negated" not in out


def test_cli_eval_scores_a_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(c) for c in [
        {"id": "1", "text": "Russia attacked China.", "published": None,
         "events": [{"source": ["RUS"], "target": ["CHN"], "plover": "ASSAULT", "cameo": None}]},
        {"id": "2", "text": "Jordan and Britain agreed.", "published": None,
         "events": [{"source": ["GBR", "JOR"], "target": [], "plover": "AGREE", "cameo": None}]},
        {"id": "3", "text": "China visited Jordan.", "published": None,
         "events": [{"source": ["CHN"], "target": ["JOR"], "plover": "AGREE", "cameo": None}]},
        {"id": "4", "text": "The weather was fine.", "published": None, "events": []},
    ]) + "\n", encoding="utf-8")
    assert main(["eval", str(gold), "--json", *DICT]) == 0
    scores = json.loads(capsys.readouterr().out)
    # emitted: RUS→CHN 190, JOR→GBR 030 (a mutual act, once), CHN→JOR 042 = 3; dyad matches 3, typed 2.
    assert scores["dyad"] == {"gold": 3, "emitted": 3, "matched": 3, "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert scores["dyad_type"]["matched"] == 2
    assert scores["per_type"]["CONSULT"]["emitted"] == 1


def test_cli_eval_bad_gold_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "1", "text": "x", "events": []}\n{oops\n', encoding="utf-8")
    assert main(["eval", str(gold), *DICT]) == 2
    assert f"{gold}:2: malformed JSON" in capsys.readouterr().err


def test_cli_code_reads_jsonl_files_larger_than_one_article_limit(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    from eventwire.ingest.common import MAX_ARTICLE_BYTES

    filler = "Background sentence without any actor in it. " * 2000
    count = MAX_ARTICLE_BYTES // len(filler) + 2
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps({"id": f"a{i}", "text": filler + VISIT}) + "\n")
    assert path.stat().st_size > MAX_ARTICLE_BYTES
    assert main(["code", str(path), "--format", "csv", "--published", "2023-11-15", *DICT]) == 0
    assert f"{count} articles read, {count} coded, 0 skipped" in capsys.readouterr().err


TRIP = "Kenyan President William Ruto traveled to Kampala on Monday to meet Ugandan officials.\n"


def _places(argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[str | None]:
    assert main(argv) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return [(r["place"] or {}).get("name") for r in records if r["cameo"] == "042"]


def test_cli_lexicon_file_replaces_the_words_of_the_kinds_it_names(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "trip.txt"
    text.write_text(TRIP, encoding="utf-8")
    argv = ["code", str(text), "--published", "2024-05-02", "--format", "jsonl"]
    assert _places(argv, capsys) == ["Kampala"]  # the destination of a journey is where it happens
    words = tmp_path / "words.tsv"
    words.write_text("kind\tword\ntravel_verb\tjourney\n", encoding="utf-8")
    assert _places([*argv, "--lexicon", str(words)], capsys) == [None]  # "travel" is no longer one


def test_cli_bad_lexicon_file_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    words = tmp_path / "words.tsv"
    words.write_text("kind\tword\ntravel_verbs\tjourney\n", encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text(TRIP, encoding="utf-8")
    assert main(["code", str(text), "--lexicon", str(words)]) == 2
    assert f"{words}:2: unknown kind 'travel_verbs'" in capsys.readouterr().err

"""Text in UTF-16 without a byte-order mark (as some editors and spreadsheet exports write it) is
read like UTF-8 text, in every reader and through the command line; binary data with NUL bytes
is still refused as binary."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

import test_hostile_inputs as hostile
from eventwire.ingest import ReadOptions, Skipped, read_sources
from eventwire.model import Article
from eventwire.store import Store
from eventwire.text_encoding import utf16_codec

# The synthetic line coder's format: source, target, code, date, place, words.
LINE = "KENGOV UGAGOV 036 2023-05-09 KEN the delegates from Nairobi crossed to Kampala at dawn"
PROSE = ("The harbour authority in Mombasa said on Friday that two cargo ships had been held "
         "back by fog, and that the quay would open again once the pilots could see the buoys.")


def _bodies(text: str) -> dict[str, str]:
    """Return a file body per reader (extension), each holding `text` once or twice."""
    return {
        ".txt": text,
        ".jsonl": "".join(json.dumps({"id": f"w{n}", "text": t}) + "\n"
                          for n, t in enumerate((text, "Caf\u00e9 " + text))),
        ".csv": f'id,text\nw1,"{text}"\n',
        ".html": f"<html><body><article><p>{text}</p><p>{text}</p></article></body></html>",
    }


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".csv", ".html"])
def test_hostile_encodings_utf16_without_a_bom_is_read_as_text(tmp_path: Path, encoding: str,
                                                               suffix: str) -> None:
    path = tmp_path / f"wide{suffix}"
    path.write_bytes(_bodies(PROSE)[suffix].encode(encoding))
    items = list(read_sources([str(path)], ReadOptions(languages=(), fetch_links=False)))
    assert not [str(i) for i in items if isinstance(i, Skipped)]
    assert all(isinstance(i, Article) and PROSE in i.text for i in items) and items


@pytest.mark.parametrize("body", [
    struct.pack("<3000H", *range(3000)),           # little-endian numbers: NULs, but controls
    bytes([0, 7, 0, 1, 0, 2, 0, 3] * 600),         # a NUL on every even offset, controls between
    bytes(range(256)) * 16,                        # NULs scattered over both offsets
])
def test_hostile_encodings_binary_with_nul_bytes_is_still_binary(tmp_path: Path, body: bytes) -> None:
    path = tmp_path / "data.txt"
    path.write_bytes(body)
    (item,) = read_sources([str(path)], ReadOptions(languages=()))
    assert isinstance(item, Skipped) and item.problem == "binary data, not text"


def test_hostile_encodings_codec_is_told_by_the_side_the_nuls_fall_on() -> None:
    assert utf16_codec("Accra".encode("utf-16-le")) == "utf-16-le"
    assert utf16_codec("Accra".encode("utf-16-be")) == "utf-16-be"
    assert utf16_codec("Accra".encode("utf-16")) == "utf-16"
    assert utf16_codec(b"Accra") is None


def test_hostile_encodings_cli_stores_a_utf16_file_without_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes((LINE + "\n").encode("utf-16-le"))
    db = tmp_path / "events.duckdb"
    done = hostile.ingest(db, path)
    assert done.returncode == 0 and not hostile.skips(done), done.stderr
    with Store.open(db, read_only=True) as store:
        assert store.counts()["events"] == 1

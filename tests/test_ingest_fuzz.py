"""Arbitrary and damaged bytes never crash a reader: they yield articles or one-line errors."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.errors import InputError
from eventwire.ingest import READERS, ReadContext, ReadOptions, Skipped, read_sources
from eventwire.ingest.common import Source
from eventwire.ingest.compression import gunzip
from eventwire.model import Article
from ingest_samples import ENGLISH, atom, identifier, page, rss, warc_bytes

SAMPLES = {
    ".txt": ENGLISH.encode(),
    ".jsonl": json.dumps({"text": ENGLISH, "published": "2024-11-14"}).encode() + b"\n",
    ".html": page().encode(),
    ".rss": rss([{"title": "t", "guid": "g", "description": f"<p>{ENGLISH}</p>"}]).encode(),
    ".atom": atom([{"id": "urn:1", "title": "T", "link": "https://x.example/1",
                    "updated": "2024-11-12T10:00:00Z", "content": ENGLISH}]).encode(),
    ".warc": warc_bytes([("https://x.example/a", "200 OK", page().encode(), "text/html")] * 2,
                        gzip=True),
    ".csv": f'id,text\n1,"{ENGLISH}"\n'.encode(),
}
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@st.composite
def damaged(draw: st.DrawFn, sample: bytes) -> bytes:
    """Return the sample truncated, with bytes overwritten, or with a slice repeated."""
    data = bytearray(sample)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        how = draw(st.sampled_from(["cut", "overwrite", "insert", "repeat"]))
        if how == "cut":
            del data[at:]
        elif how == "overwrite":
            data[at:at + 4] = draw(st.binary(min_size=1, max_size=4))
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            data[at:at] = data[at:at + draw(st.integers(1, 64))]
    return bytes(data)


def _check(items: list[Article | Skipped]) -> None:
    for item in items:
        assert isinstance(item, Article | Skipped)
        if isinstance(item, Skipped):
            assert item.problem and "\n" not in item.problem
        else:
            assert item.text.strip() and item.id


@pytest.mark.parametrize("suffix", sorted(SAMPLES))
@FUZZ
@given(data=st.data())
def test_ingest_fuzz_readers_on_damaged_samples(suffix: str, data: st.DataObject) -> None:
    raw = data.draw(st.one_of(damaged(SAMPLES[suffix]), st.binary(max_size=512)))
    _check(list(READERS[suffix](Source(origin=f"fuzz{suffix}", data=raw))))


@pytest.mark.parametrize("suffix", sorted(SAMPLES))
@FUZZ
@given(data=st.data())
def test_ingest_fuzz_gzipped_files_through_read_sources(tmp_path: Path, suffix: str,
                                                        data: st.DataObject) -> None:
    sample = SAMPLES[suffix] if suffix == ".warc" else gzip.compress(SAMPLES[suffix])
    path = tmp_path / f"fuzz{suffix}.gz"
    path.write_bytes(data.draw(damaged(sample)))
    options = ReadOptions(fetch_links=False)
    with ReadContext(options, identifier=identifier()) as context:
        _check(list(read_sources([str(path)], options, context=context)))


@FUZZ
@given(raw=st.one_of(st.binary(max_size=256), damaged(gzip.compress(ENGLISH.encode()))))
def test_ingest_fuzz_gunzip_returns_bytes_or_a_clear_error(raw: bytes) -> None:
    try:
        assert isinstance(gunzip(raw, "fuzz.gz"), bytes)
    except InputError as exc:
        assert str(exc).startswith("fuzz.gz: ") and "\n" not in str(exc)


@FUZZ
@given(text=st.text(max_size=300))
def test_ingest_fuzz_language_check_never_fails(text: str) -> None:
    from eventwire.ingest.language import check

    result = check(Article(id="x", text=text, origin="o"), identifier(), ("en",))
    assert isinstance(result, Article | Skipped)

"""The article sets of the project's own writing: bench/heldout-own-articles and
bench/heldout-own-articles2 to bench/heldout-own-articles14 (held out until their first scores,
development sets since), bench/heldout-own-articles15, bench/heldout-own-articles16,
bench/heldout-own-articles17, bench/heldout-own-articles18, bench/heldout-own-articles19,
bench/heldout-own-articles20 and bench/heldout-own-articles21 (held-out sets before it) and
bench/heldout-own-articles22 (the held-out set): each pinned by its hash and checked for consistency
without ever running the coder on it (see their READMEs)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from article_sets import check_codes, check_tiling, json_lines, load_script, readme_counts
from conftest import SHARED
from eventwire.evaluate_articles import load_articles

ROOT = Path(__file__).resolve().parents[1]
BUILD = load_script(ROOT / "bench" / "article_set.py")
NEEDS_ONTOLOGY = pytest.mark.skipif(not (SHARED / "ontology" / "cameo.tsv").is_file(),
                                    reason="../shared/ontology is not beside this checkout")


@dataclass(frozen=True, slots=True, kw_only=True)
class OwnSet:
    folder: str
    sha256: str
    stories: int
    prefix: str  # every story id starts with it
    first_year: int  # stories are published from this year to 2025
    long_stories: int = 0  # stories of 31-45 sentences; the others have 12-30
    max_per_type: int | None = None  # most events of one PLOVER type (CAMEO root when none), if capped

    @property
    def path(self) -> Path:
        return ROOT / "bench" / self.folder

    @property
    def articles(self) -> Path:
        return self.path / "articles.jsonl"


SETS = [
    OwnSet(folder="heldout-own-articles", sha256="5ee467e84805621c5b0e392eb653ca2719c3c9135e082f50dfadfab39ef8f2f3",
           stories=10, prefix="own-", first_year=2005),
    OwnSet(folder="heldout-own-articles2", sha256="1adcc781bd0a572cd814138d7b7379ceb8e24bc821f4a08ceaf9b541c37c9c84",
           stories=12, prefix="own2-", first_year=2000),
    OwnSet(folder="heldout-own-articles3", sha256="ec68c75a8d2cac27546567fadb65b84ba640b0d25458117dde073e40e8bcb738",
           stories=12, prefix="own3-", first_year=2000, long_stories=2),
    OwnSet(folder="heldout-own-articles4", sha256="e7794893664d000610d005315aea2a4b5be43865566d8f2e01e8b5af0b60e79d",
           stories=12, prefix="own4-", first_year=2000, long_stories=2),
    OwnSet(folder="heldout-own-articles5", sha256="ad4a721dffd5a99c9ac017365683c87fbe7a7b61377ca737ff7019e42be67206",
           stories=12, prefix="own5-", first_year=2000, long_stories=2),
    OwnSet(folder="heldout-own-articles6", sha256="71b4a23a02a3ca6ad9a3c480a712fded9e89041f1a530fc53085f9336f36d952",
           stories=12, prefix="own6-", first_year=2000, long_stories=2),
    OwnSet(folder="heldout-own-articles7", sha256="d59311385c8f99fc7c48429289373f835c7f91910e8d8d43e7c63338a55d920b",
           stories=12, prefix="own7-", first_year=2000, long_stories=2),
    OwnSet(folder="heldout-own-articles8", sha256="b7f0b32754b4adc304f0c3b0fdfad735823183dc11d0d6cd096c4a55dc08066d",
           stories=12, prefix="own8-", first_year=1995, long_stories=2),
    OwnSet(folder="heldout-own-articles9", sha256="7b878236f248275ee3a3a43d8610aa687c58a6cb9ecf2e186f07fd3100382371",
           stories=12, prefix="own9-", first_year=1990, long_stories=2),
    OwnSet(folder="heldout-own-articles10", sha256="c9bd5b6a49cc29470f7b5c982437d92e052146f0f2e12e97d9d52f55cb6a4387",
           stories=12, prefix="own10-", first_year=1990, long_stories=2, max_per_type=20),
    OwnSet(folder="heldout-own-articles11", sha256="b4aea1c35d32edd27d218d2318d88f727d4311f8b2d8084cdfb2eb3bd911b0a7",
           stories=12, prefix="own11-", first_year=1990, long_stories=2, max_per_type=20),
    OwnSet(folder="heldout-own-articles12", sha256="e04655148ea8c2d1dfa2e11269d9c49c9befe9ebaf0a65da8e5ec68beb44496b",
           stories=12, prefix="own12-", first_year=1990, long_stories=2, max_per_type=20),
    OwnSet(folder="heldout-own-articles13", sha256="72805d9bf76e270ceecc3b622f6adb884cec063f7679a41a94428d594fe7de21",
           stories=12, prefix="own13-", first_year=1990, long_stories=2, max_per_type=20),
    OwnSet(folder="heldout-own-articles14", sha256="b5ea90785f03aefa3f18b3e285a8ee7414c9f37f718add6db19ebdda9a579361",
           stories=12, prefix="own14-", first_year=1990, long_stories=2, max_per_type=20),
    OwnSet(folder="heldout-own-articles15", sha256="9615052affa096fd0041dc2dc874244d9c7d46de05f95c70bd6e77be7e0a5dde",
           stories=12, prefix="own15-", first_year=1990, long_stories=2, max_per_type=20),
    OwnSet(folder="heldout-own-articles16", sha256="c19dc54e0fb80e1f9221fc6476f0bafe0c66a76405acb4cead86b0dfb9e157cb",
           stories=12, prefix="own16-", first_year=1995, long_stories=2, max_per_type=20),
    OwnSet(folder="heldout-own-articles17", sha256="d775ae6270e780330d9104b865ab2a399dc86a484153d4c7bb64b46b4bf3913b",
           stories=12, prefix="own17-", first_year=1998, long_stories=2, max_per_type=20),
    OwnSet(folder="heldout-own-articles18", sha256="0089328a56db910c64233761691723e0b0655c45a69d3059cc04ebe84964d693",
           stories=12, prefix="own18-", first_year=1998, long_stories=2, max_per_type=20),
    OwnSet(folder="heldout-own-articles19", sha256="0dfc07e02e83bbe10bd996736809dd571a94e8ae129c04fda927f8631b539d9c",
           stories=12, prefix="own19-", first_year=1998, long_stories=2, max_per_type=20),
    OwnSet(folder="heldout-own-articles20", sha256="bd0b5c756dbf5dc1f23f51be96a6c1f0d6e7bbad8721e7c7e2fc222cb4ddab78",
           stories=12, prefix="own20-", first_year=1995, long_stories=2, max_per_type=20),
    OwnSet(folder="heldout-own-articles21", sha256="57c49f4c2a847a88ce49ae912172641e0d70b9d4da07272f56687278775061c7",
           stories=12, prefix="own21-", first_year=2006, long_stories=2, max_per_type=20),
    OwnSet(folder="heldout-own-articles22", sha256="218d30eb8e191ae81d84cbb728f3743e71de37a1f519d2f545648504c29bc403",
           stories=12, prefix="own22-", first_year=2006, long_stories=2, max_per_type=20),
]


@pytest.fixture(params=SETS, ids=[s.folder for s in SETS])
def own(request: pytest.FixtureRequest) -> OwnSet:
    return request.param  # type: ignore[no-any-return]


def _records(own: OwnSet) -> list[dict[str, Any]]:
    return json_lines(own.articles)


def test_own_articles_file_is_the_pinned_one(own: OwnSet) -> None:
    # An edit to a set must be deliberate: change its hash in the same commit and say why.
    assert hashlib.sha256(own.articles.read_bytes()).hexdigest() == own.sha256


def test_own_articles_hold_every_story_once(own: OwnSet) -> None:
    records, articles = _records(own), load_articles(own.articles)
    stories = [json.loads(line) for line in (own.path / "stories.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(articles) == len(records) == len(stories) == own.stories
    assert tuple(r["line"] for r in records) == tuple(range(1, own.stories + 1))
    assert [(r["id"], r["title"], r["published"], r["text"]) for r in records] == \
        [(s["id"], s["title"], s["published"], s["text"]) for s in stories]
    assert len({a.id for a in articles}) == len(articles)
    assert all(a.url is None and a.id.startswith(own.prefix) for a in articles)


def test_own_articles_stories_have_the_written_shape(own: OwnSet) -> None:
    # 12-30 sentences a story (up to 45 for the long ones), half of them one paragraph, two with few events.
    records = _records(own)
    assert all(12 <= len(r["sentences"]) <= 45 for r in records)
    assert sum(len(r["sentences"]) > 30 for r in records) == own.long_stories
    assert all(date(own.first_year, 1, 1) <= date.fromisoformat(r["published"]) <= date(2025, 12, 31)
               for r in records)
    assert sum("\n" not in r["text"] for r in records) == len(records) // 2
    assert sum(len(r["events"]) <= 2 for r in records) == 2


@pytest.mark.parametrize("later", SETS[1:], ids=[s.folder for s in SETS[1:]])
def test_own_articles_sentences_are_not_taken_from_other_sets(later: OwnSet) -> None:
    # Own writing: no sentence of a later set appears word for word in an earlier one or the fixtures.
    others = [s.path / "stories.jsonl" for s in SETS[:SETS.index(later)]]
    others += sorted((ROOT / "tests" / "fixtures").glob("*.jsonl"))
    text = "\n".join(p.read_text(encoding="utf-8") for p in others)
    sentences = [r["text"][s:e] for r in _records(later) for s, e in r["sentences"]]
    assert [s for s in sentences if len(s) > 40 and s in text] == []


def test_own_articles_sentences_tile_the_text(own: OwnSet) -> None:
    check_tiling(_records(own))


def test_own_articles_codes_are_known(own: OwnSet) -> None:
    records = _records(own)
    check_codes(records)
    assert all(e["source"] for r in records for e in r["events"])


@NEEDS_ONTOLOGY
def test_own_articles_rebuild_from_their_annotations(own: OwnSet) -> None:
    assert BUILD.render_own(own.path) == own.articles.read_text(encoding="utf-8")


@NEEDS_ONTOLOGY
def test_own_articles_build_refuses_a_story_outside_its_lines(own: OwnSet, tmp_path: Path) -> None:
    annotations = tmp_path / "annotations.txt"
    annotations.write_text(f"{own.stories + 1}\n1 | KEN | - | 010 | - | - | x\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="outside this set's lines 1, 2, 3"):
        BUILD.builder().render(annotations, BUILD.own_lines(own.path), own.path / "stories.jsonl")


CAPPED = [s for s in SETS if s.max_per_type is not None]


@pytest.mark.parametrize("own", CAPPED, ids=[s.folder for s in CAPPED])
def test_own_articles_spread_their_events_over_types(own: OwnSet) -> None:
    # A capped set keeps any one kind of event from dominating its score.
    assert own.max_per_type is not None
    types = Counter(e["plover"] or f"CAMEO {e['cameo'][:2]}" for r in _records(own) for e in r["events"])
    assert max(types.values()) <= own.max_per_type, types.most_common(3)


def test_own_articles_readme_counts_match_the_file(own: OwnSet) -> None:
    stated, counted = readme_counts(own.path / "README.md", _records(own))
    assert stated == counted

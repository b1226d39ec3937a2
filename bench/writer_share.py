"""Measure the parent's share of a parallel ingest: the store writer and the pickling of results.

usage: python bench/writer_share.py [--corpus bench/out/corpus-300.jsonl] [--copies 5] [--batch-size 512]
                                    [--no-base-layer]

Codes the corpus once in this process (timed: the coding cost of one core; with the imported
layer, as `ingest` does by default), then feeds the coded
articles, unchanged, to the store writer (`Store.ingest` with a coder that hands back the
pre-coded results, as `eventwire load` does), `--batch-size` articles to a transaction:
`--copies` times into one new store, each copy
under new article ids, so the store grows as it would over a long ingest and the event
deduplication has more to compare. Also times the pickling round trip of every coded article
(what the parent unpickles from the workers in `ingest --workers N`). Printed: seconds per
1,000 articles (wall and process CPU time, the latter being less affected by other load on the
machine) for coding, for each copy written, and for pickling, and the writer's time as a share
of the coding time. With N workers coding in parallel the parent keeps up while
writer + unpickling per article stays below coding per article / N. Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from eventwire.model import Article
from eventwire.pipeline import Coded, code_articles
from eventwire.resources import Resources
from eventwire.store import Store


def read_corpus(path: Path) -> list[Article]:
    """Return the articles of a JSON Lines corpus."""
    articles = []
    for line in path.open(encoding="utf-8"):
        if line.strip():
            record = json.loads(line)
            published = date.fromisoformat(record["published"][:10]) if record.get("published") else None
            articles.append(Article(id=record.get("id") or Article.make_id(record["text"]), text=record["text"],
                                    published=published, title=record.get("title")))
    return articles


def renamed(coded: list[Coded], copy: int) -> list[Coded]:
    """Return the coded articles under new ids (copy 0 keeps the originals)."""
    if copy == 0:
        return coded
    out = []
    for item in coded:
        new_id = f"{item.article.id}-{copy}"
        mentions = tuple(dataclasses.replace(m, article_id=new_id) for m in item.mentions)
        out.append(Coded(article=dataclasses.replace(item.article, id=new_id), mentions=mentions))
    return out


@dataclasses.dataclass(frozen=True)
class PreCoded:
    """A coder that hands back articles coded beforehand (the store's `Coder` protocol), as the
    parent receives them from its workers."""

    by_id: dict[str, Coded]

    def code_articles(self, articles: Iterable[Article]) -> Iterator[Coded]:
        """Return each article's pre-coded result, in input order."""
        return (self.by_id[a.id] for a in articles)


def write(store: Store, coded: list[Coded], batch_size: int) -> tuple[float, float]:
    """Store pre-coded articles, `batch_size` to a transaction; return the wall and CPU seconds
    the writer took."""
    started, cpu = time.perf_counter(), time.process_time()
    store.ingest([c.article for c in coded], coder=PreCoded({c.article.id: c for c in coded}),
                 batch_size=batch_size)
    return time.perf_counter() - started, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="bench/out/corpus-300.jsonl")
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--batch-size", type=int, default=512,
                        help="articles per transaction (512: what `ingest` uses with several workers)")
    parser.add_argument("--no-base-layer", action="store_true", help="code with the own data alone")
    args = parser.parse_args()
    articles = read_corpus(Path(args.corpus))
    resources = Resources.load(base_layer=not args.no_base_layer)
    started, cpu = time.perf_counter(), time.process_time()
    coded = list(code_articles(articles, resources))
    coding = (time.perf_counter() - started) * 1000 / len(articles)
    coding_cpu = (time.process_time() - cpu) * 1000 / len(articles)
    print(f"coding (one process): {coding:.2f} s per 1,000 articles, CPU {coding_cpu:.2f} s "
          f"({len(articles)} articles, {sum(len(c.mentions) for c in coded)} mentions)")
    started = time.perf_counter()
    restored = pickle.loads(pickle.dumps(coded, protocol=pickle.HIGHEST_PROTOCOL))
    pickling = (time.perf_counter() - started) * 1000 / len(articles)
    assert restored == coded
    print(f"pickling round trip: {pickling:.3f} s per 1,000 articles ({100 * pickling / coding:.2f}% of coding)")
    with tempfile.TemporaryDirectory(prefix="writer-share-") as tmp:
        store = Store.open(Path(tmp) / "store.duckdb")
        try:
            for copy in range(args.copies):
                wall, cpu_s = (x * 1000 / len(articles) for x in write(store, renamed(coded, copy), args.batch_size))
                print(f"writer, copy {copy + 1} (store holds {copy * len(articles)} articles before): "
                      f"{wall:.2f} s per 1,000 articles ({100 * wall / coding:.1f}% of coding), "
                      f"CPU {cpu_s:.2f} s ({100 * cpu_s / coding_cpu:.1f}% of coding CPU)")
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

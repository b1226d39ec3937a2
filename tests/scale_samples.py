"""A small deterministic corpus for the parallel and Dask tests (tests/test_parallel.py,
tests/test_batch.py), coded with the tests' own dictionary and patterns (tests/fixtures/)."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from eventwire.parallel import Settings
from eventwire.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
SETTINGS = Settings(dictionaries=(FIXTURES / "actors.tsv",), patterns=(FIXTURES / "verbs.tsv",),
                    builtin=False)

EVENTFUL = (
    "A Russian delegation led by Alexander Kozlov arrived in Pyongyang on {day} for talks.",
    "North Korean authorities organized a banquet at a Pyongyang hotel to honor the Russian "
    "delegation.",
    "The Russian minister expressed optimism about the future of the partnership.",
    "Jordan and Britain agreed to hold joint exercises on {day}.",
    "Police arrested {n} protesters outside the Russian embassy in Pyongyang on {day}.",
    "China threatened to impose sanctions on North Korea.",
    "Dmitry Peskov said the reports were baseless.",
    "Russian forces attacked positions near the border on {day}, Reuters reported, citing KCNA.",
    "The United Nations will assist North Korea with food aid.",
)
BACKGROUND = (
    "Markets were calm on {day} and trading volumes were light.",
    "The weather in the region was mild, with temperatures of {n} degrees.",
    "Officials said {n} new schools would open next year.",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def article(rng: random.Random, i: int) -> dict[str, str]:
    """Return one JSON Lines record of a news-like article."""
    sentences = [rng.choice(EVENTFUL if rng.random() < 0.5 else BACKGROUND)
                 for _ in range(rng.randint(4, 9))]
    text = " ".join(s.format(day=rng.choice(DAYS), n=rng.randint(2, 90)) for s in sentences)
    published = date(2023, 11, 13) + timedelta(days=rng.randrange(6))
    return {"id": f"scale-{i:04d}", "title": f"Report {i}", "text": text,
            "published": published.isoformat(), "publisher": rng.choice(("Reuters", "AFP"))}


def write_corpus(folder: Path, files: int, per_file: int, seed: int = 5) -> list[Path]:
    """Write `files` JSON Lines files of `per_file` articles each; return their paths."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for f in range(files):
        path = folder / f"news-{f}.jsonl"
        records = [article(rng, f * per_file + i) for i in range(per_file)]
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        paths.append(path)
    return paths


def snapshot(db: Path) -> dict[str, Any]:
    """Return every row of a store, leaving out ingest wall-clock times."""
    with Store.open(db, read_only=True) as s:
        return {
            "articles": s.arrow("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY id"),
            "mentions": s.arrow("SELECT * FROM mentions ORDER BY id").to_pylist(),
            "events": s.arrow("SELECT * FROM events ORDER BY id").to_pylist(),
        }

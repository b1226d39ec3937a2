"""Diff the coder's JSONL output between two source trees, file by file.

usage: python bench/diff_outputs.py --before /path/to/other/src --after src [--reuse-before]
       [--articles 500] [--no-base-layer]

Codes the development gold files of the repository (tests/fixtures/heldout*.jsonl,
../shared/gold/plover-gsr.public.jsonl, reduced to articles: id, text, published; the held-out
sets bench/heldout3-5, bench/heldout-voa* and bench/heldout-own-articles are never coded here), the development VOA
stories (bench/dev-voa/articles.jsonl) and the benchmark corpus (make_corpus.py --articles N)
with `eventwire code --format jsonl` (with the imported layer, the default; `--no-base-layer`: the
project's own data alone), once with each
source tree first on PYTHONPATH, and prints per file how many records were
added, removed and changed (records are keyed by article, sentence, action, source, target and
code; "changed" counts records whose key is kept but whose other fields differ). Outputs are kept
under bench/out/diff/ so that `--reuse-before` can skip the run of the unchanging tree.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OUT = ROOT / "bench" / "out" / "diff"
Record = dict[str, Any]


def inputs(articles: int) -> list[Path]:
    """Return the article files to code, writing the reduced gold files and the corpus."""
    OUT.mkdir(parents=True, exist_ok=True)
    gold = [*sorted((ROOT / "tests" / "fixtures").glob("heldout*.jsonl")), SHARED / "gold" / "plover-gsr.public.jsonl",
            ROOT / "bench" / "dev-voa" / "articles.jsonl"]
    files = []
    for path in gold:
        target = OUT / f"in-{path.parent.name if path.stem == 'articles' else path.stem}.jsonl"
        with path.open(encoding="utf-8") as src, target.open("w", encoding="utf-8") as dst:
            for line in src:
                if line.strip():
                    case = json.loads(line)
                    keep = {"id": case["id"], "text": case["text"], "published": case.get("published")}
                    dst.write(json.dumps(keep) + "\n")
        files.append(target)
    corpus = OUT / f"in-corpus-{articles}.jsonl"
    if not corpus.exists():
        with corpus.open("w", encoding="utf-8") as handle:
            subprocess.run([sys.executable, str(SHARED / "bench" / "make_corpus.py"), "--articles", str(articles)],
                           stdout=handle, check=True)
    files.append(corpus)
    return files


def run(tree: Path, source: Path, out: Path, *, own_only: bool) -> None:
    """Code one file with the given source tree."""
    env = {**os.environ, "PYTHONPATH": str(tree.resolve())}
    cmd = [sys.executable, "-m", "eventwire", "code", "--format", "jsonl", "--any-language",
           "--output", str(out), str(source), *(["--no-base-layer"] if own_only else [])]
    subprocess.run(cmd, env=env, check=True, cwd=ROOT)


def _key(record: Record) -> str:
    parts = (record.get("article_id"), record.get("sentence"), json.dumps(record.get("action"), sort_keys=True),
             json.dumps(record.get("source"), sort_keys=True), json.dumps(record.get("target"), sort_keys=True),
             record.get("cameo"))
    return json.dumps(parts)


def _load(path: Path) -> Counter[str]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return Counter(json.dumps(r, sort_keys=True) for r in lines)


def compare(before: Path, after: Path) -> dict[str, int]:
    """Count records only before (removed), only after (added), and changed (same key)."""
    old, new = _load(before), _load(after)
    gone, came = old - new, new - old
    gone_keys = Counter(_key(json.loads(r)) for r in gone.elements())
    came_keys = Counter(_key(json.loads(r)) for r in came.elements())
    changed = sum((gone_keys & came_keys).values())
    return {"records": sum(old.values()), "added": sum(came.values()) - changed,
            "removed": sum(gone.values()) - changed, "changed": changed}


def main() -> None:
    """Run both trees over every file and print the diff counts."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--before", type=Path, required=True)
    ap.add_argument("--after", type=Path, required=True)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--reuse-before", action="store_true", help="keep the before outputs of an earlier run")
    ap.add_argument("--no-base-layer", action="store_true", help="code with the own data alone")
    args = ap.parse_args()
    total = 0
    for source in inputs(args.articles):
        name = source.stem.removeprefix("in-") + ("-own" if args.no_base_layer else "")
        before, after = OUT / f"before-{name}.jsonl", OUT / f"after-{name}.jsonl"
        if not (args.reuse_before and before.exists()):
            run(args.before, source, before, own_only=args.no_base_layer)
        run(args.after, source, after, own_only=args.no_base_layer)
        counts = compare(before, after)
        total += counts["added"] + counts["removed"] + counts["changed"]
        print(f"{name}: {counts['records']} records before; added {counts['added']}, "
              f"removed {counts['removed']}, changed {counts['changed']}", flush=True)
    print(f"total differences: {total}")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()

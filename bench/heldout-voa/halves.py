"""Write the two halves of sentences.jsonl: the studied stories and the unread ones.

Run from the repository root: `python bench/heldout-voa/halves.py OUTDIR`. It writes
`OUTDIR/voa-study.jsonl` (the 12 stories whose errors are read during development) and
`OUTDIR/voa-check.jsonl` (the other 12, scored in aggregate only). The partition was fixed by
splitting the 24 stories into two halves of nearly equal events before any error was read
(`SENTENCES.md`, "Development halves").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STUDY_LINES = frozenset({22, 24, 25, 29, 33, 36, 37, 39, 41, 42, 43, 44})


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python bench/heldout-voa/halves.py OUTDIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    lines = (HERE / "sentences.jsonl").read_text(encoding="utf-8").splitlines()
    study = [line for line in lines if json.loads(line)["line"] in STUDY_LINES]
    check = [line for line in lines if json.loads(line)["line"] not in STUDY_LINES]
    for name, rows in (("voa-study", study), ("voa-check", check)):
        (out / f"{name}.jsonl").write_text("".join(row + "\n" for row in rows), encoding="utf-8")
        print(f"{out / name}.jsonl: {len(rows)} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

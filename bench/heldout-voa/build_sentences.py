"""Build sentences.jsonl, the sentence held-out set, from the hand annotations in sentences.txt.

Run from the repository root: `python bench/heldout-voa/build_sentences.py [--show N]`. Like build.py
it uses no eventwire code (the set must never pass through the coder); it splits each story with
build.py's rule, so a sentence is named by its story line and its number in `build.py --show N`.

sentences.txt: `== N` starts story N (its line in voa_stories.jsonl, 21-44 only); then a sentence
number alone picks a sentence without events, and `sentence | source | target | cameo | date | place
| note` gives one event of a picked sentence (several lines for several events).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "sentences.txt"
OUT = HERE / "sentences.jsonl"
LINES = range(21, 45)


def articles_builder() -> ModuleType:
    """Load build.py (the article set's builder) for its sentence split and cell readers."""
    spec = importlib.util.spec_from_file_location("voa_build", HERE / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fail(lineno: int, problem: str) -> None:
    sys.exit(f"{ANNOTATIONS}:{lineno}: {problem}")


def parse() -> dict[int, dict[int, list[list[str]]]]:
    """Return {story line: {sentence number: [event cells]}} in file order."""
    out: dict[int, dict[int, list[list[str]]]] = {}
    story = 0
    for lineno, raw in enumerate(ANNOTATIONS.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("=="):
            story = int(line[2:])
            if story not in LINES or story in out:
                fail(lineno, f"story {story} is outside lines 21-44 or given twice")
            out[story] = {}
            continue
        cells = [c.strip() for c in line.split("|")]
        if not story or not cells[0].isdigit() or len(cells) not in (1, 6, 7):
            fail(lineno, "expected '== N', a sentence number, or 'sentence | source | target | cameo | date | place'")
        picked = out[story].setdefault(int(cells[0]), [])
        if len(cells) > 1:
            picked.append(cells[1:] + [""] * (7 - len(cells)))
    return out


def gold_event(build: ModuleType, cells: list[str], plover: dict[str, str | None], where: str) -> dict[str, object]:
    src, tgt, cameo, when, place, note = cells
    if cameo not in plover or not build.codes(src):
        sys.exit(f"{where}: unknown CAMEO code {cameo} or no source")
    event: dict[str, object] = {"source": build.codes(src), "target": build.codes(tgt), "plover": plover[cameo],
                                "cameo": cameo, "date": None if when in ("", "-") else when,
                                "place": build.place(place)}
    if note:
        event["note"] = note
    return event


def render() -> str:
    """Return sentences.jsonl's content: one gold case a line, in annotation order."""
    build = articles_builder()
    stories, plover = build.load_stories(), build.crosswalk()
    rows = []
    for n, picked in parse().items():
        story = stories[n - 1]
        text = str(story["text"])
        spans = build.sentences(text)
        for k, events in picked.items():
            if not 0 < k <= len(spans):
                sys.exit(f"story {n}: no sentence {k}")
            s, e = spans[k - 1]
            rows.append({"id": f"voa-{story['id']}-s{k:02d}", "text": text[s:e],
                         "published": str(story["published"])[:10],
                         "events": [gold_event(build, c, plover, f"story {n} sentence {k}") for c in events],
                         "story": f"voa-{story['id']}", "line": n, "sentence": k, "url": story["url"]})
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--show":
        articles_builder().show(int(sys.argv[2]))
    else:
        content = render()
        OUT.write_text(content, encoding="utf-8")
        print(f"{content.count(chr(10))} sentences -> {OUT}")

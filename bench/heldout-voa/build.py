"""Build articles.jsonl from the hand annotations in annotations.txt and the VOA stories.

Run from the repository root: `python bench/heldout-voa/build.py [--show N]`. It uses no eventwire
code (the set must never pass through the coder): sentences are split by the rule below, and each
annotation line names its story and sentence by number. `--show N` prints story N's sentences
numbered, for annotating. Other article sets (bench/dev-voa/build.py) call `build` with their own
annotation file, output and story lines, and may give their own stories file (bench/heldout-own-articles:
records of `id`, `title`, `published` and `text`, which keep their own id and carry no url).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STORIES = HERE.parents[1].parent / "shared" / "news" / "voa" / "voa_stories.jsonl"
ANNOTATIONS = HERE / "annotations.txt"
OUT = HERE / "articles.jsonl"
LINES = tuple(range(1, 21))  # the article partition of voa_stories.jsonl (see README.md)
ABBREVIATIONS = ("U.S.", "U.N.", "U.K.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sen.",
                 "Rep.", "St.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "No.", "Gov.")
BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")


def sentences(text: str) -> list[tuple[int, int]]:
    """Split a story into [start, end) sentence spans: after . ! ? (and a closing quote) followed
    by space and a capital, unless the period ends a listed abbreviation."""
    spans, start = [], 0
    for m in BOUNDARY.finditer(text):
        cut = m.start()
        head = text[start:cut]
        quote = text[cut] in "\"”’)"
        if any(head.endswith(a) for a in ABBREVIATIONS):
            continue
        end = cut + 1 if quote else cut
        spans.append((start, end))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s]


def load_stories(stories: Path = STORIES) -> list[dict[str, object]]:
    return [json.loads(line) for line in stories.read_text(encoding="utf-8").splitlines() if line.strip()]


def crosswalk() -> dict[str, str | None]:
    rows = (HERE.parents[1].parent / "shared" / "ontology" / "cameo.tsv").read_text(encoding="utf-8")
    table: dict[str, str | None] = {}
    for line in rows.splitlines():
        cells = line.split("\t")
        if line.startswith("#") or cells[0] == "code":
            continue
        table[cells[0]] = cells[6] or None
    return table


def codes(cell: str) -> list[str]:
    return [] if cell in ("", "-") else cell.split("/")


def place(cell: str) -> dict[str, object] | None:
    """Read `Name;Other name, ISO3` (other names optional)."""
    if cell in ("", "-"):
        return None
    names, country = cell.rsplit(",", 1)
    name, *also = [n.strip() for n in names.split(";")]
    found: dict[str, object] = {"name": name, "country": country.strip()}
    if also:
        found["also"] = also
    return found


def parse_annotations(annotations: Path = ANNOTATIONS,
                      lines: tuple[int, ...] = LINES) -> dict[int, list[tuple[int, list[str]]]]:
    """Read `N` (story line, alone: annotated, maybe without events) and event lines
    `sentence | source | target | cameo | date | place | note`; a story outside `lines` is refused."""
    out: dict[int, list[tuple[int, list[str]]]] = {}
    story = 0
    for lineno, raw in enumerate(annotations.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.isdigit():
            story = int(line)
            if story not in lines:
                sys.exit(f"{annotations}:{lineno}: story line {story} is outside this set's lines "
                         f"{', '.join(map(str, lines))}")
            out[story] = []
            continue
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 6 or not story:
            sys.exit(f"{annotations}:{lineno}: expected 'sentence | source | target | cameo | date | place'")
        out[story].append((int(cells[0]), cells[1:] + [""] * (7 - len(cells))))
    return out


def head(story: dict[str, object], n: int) -> dict[str, object]:
    """Return a record's fields before its text: a VOA story's (with a url) keep its url and time,
    a story of the project's own writing its own id."""
    if "url" not in story:
        return {"id": story["id"], "line": n, "title": story["title"], "published": story["published"]}
    return {"id": f"voa-{story['id']}", "line": n, "url": story["url"], "title": story["title"],
            "published": str(story["published"])[:10], "published_at": story["published"]}


def render(annotations: Path = ANNOTATIONS, lines: tuple[int, ...] = LINES, stories: Path = STORIES) -> str:
    """Return articles.jsonl's content, built from the annotations and the stories."""
    told, plover = load_stories(stories), crosswalk()
    records = []
    for n, events in parse_annotations(annotations, lines).items():
        story = told[n - 1]
        text = str(story["text"])
        spans = sentences(text)
        record = head(story, n) | {
            "text": text, "sentences": [list(s) for s in spans],
            "events": [event(text, spans, k, cells, plover=plover, n=n) for k, cells in events]}
        records.append(record)
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def event(text: str, spans: list[tuple[int, int]], k: int, cells: list[str], *, plover: dict[str, str | None],
          n: int) -> dict[str, object]:
    """Return one event record from its annotation cells."""
    src, tgt, cameo, when, where, note = cells[:6]
    if cameo not in plover or not 0 < k <= len(spans):
        sys.exit(f"story {n} sentence {k}: unknown CAMEO code {cameo} or sentence number")
    s, e = spans[k - 1]
    found: dict[str, object] = {"sentence": [s, e], "sentence_text": text[s:e], "source": codes(src),
                                "target": codes(tgt), "cameo": cameo, "plover": plover[cameo],
                                "date": None if when in ("", "-") else when, "place": place(where)}
    if note:
        found["note"] = note
    return found


def build(annotations: Path = ANNOTATIONS, out: Path = OUT, lines: tuple[int, ...] = LINES,
          stories: Path = STORIES) -> None:
    content = render(annotations, lines, stories)
    out.write_text(content, encoding="utf-8")
    print(f"{content.count(chr(10))} stories -> {out}")


def show(n: int, stories: Path = STORIES) -> None:
    story = load_stories(stories)[n - 1]
    text = str(story["text"])
    print(story["title"], story["published"])
    for k, (s, e) in enumerate(sentences(text), start=1):
        print(f"[{k}] {text[s:e]}")


def main(argv: list[str], annotations: Path = ANNOTATIONS, out: Path = OUT, lines: tuple[int, ...] = LINES,
         stories: Path = STORIES) -> None:
    """`--show N` prints story N's numbered sentences (one of `lines`); no argument builds `out`."""
    if len(argv) == 3 and argv[1] == "--show":
        if int(argv[2]) not in lines:
            sys.exit(f"story {argv[2]} is not in this set ({', '.join(map(str, lines))})")
        show(int(argv[2]), stories)
    else:
        build(annotations, out, lines, stories)


if __name__ == "__main__":
    main(sys.argv)

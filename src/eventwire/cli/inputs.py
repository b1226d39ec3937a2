"""What the commands that read say about their inputs before reading them.

One rule for every such command: an input that is missing is reported and left out, the rest is
read, and the command then exits with status 1. Files in a folder that are not articles are
counted and reported; a text file read without `--published` gets one warning that its events
will have no date unless the text gives one.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.ingest import format_of
from eventwire.ingest.common import is_url

NOT_ARTICLE = "not an article"


def say(text: str) -> None:
    """Print a line for the user on standard error."""
    print(text, file=sys.stderr)


def plural(n: int, word: str, many: str | None = None) -> str:
    """Return `1 article`, `2 articles`, `1,000 articles`."""
    return f"{n:,} {word if n == 1 else many or word + 's'}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Inputs:
    """The inputs left to read, and how many named inputs were missing."""

    names: tuple[str, ...]
    missing: int


def check_inputs(names: Sequence[str], *, dated: bool, stdin_format: str = ".txt",
                 empty_folders: bool = False) -> Inputs:
    """Report missing inputs, folders without articles (unless `empty_folders`: a watched folder
    may fill later) and the files of folders that are not articles; keep the rest."""
    kept: list[str] = []
    missing = 0
    formats: Counter[str] = Counter()
    for name in names:
        if name == "-" or is_url(name):
            formats[stdin_format if name == "-" else "url"] += 1
            kept.append(name)
        elif not os.path.lexists(name):  # a broken link is the reader's to report
            say(f"eventwire: skipped {name}: no such file or folder")
            missing += 1
        else:
            found = _formats(Path(name))
            formats.update(found)
            kept.append(name)
            if not empty_folders and Path(name).is_dir() and set(found) <= {NOT_ARTICLE}:
                say(f"eventwire: skipped {name}: the folder holds no article files (by file name suffix)")
                missing += 1
    if formats[NOT_ARTICLE]:
        n = formats[NOT_ARTICLE]
        say(f"eventwire: skipped {plural(n, 'file')} in folders that "
            f"{'is not an article' if n == 1 else 'are not articles'} (by file name suffix)")
    if formats[".txt"] and not dated:
        say("eventwire: warning: text files carry no publication date, so events their text "
            "does not date have an empty date (give --published YYYY-MM-DD)")
    return Inputs(names=tuple(kept), missing=missing)


def _formats(path: Path) -> Counter[str]:
    if not path.is_dir():
        return Counter([format_of(path.name) or "named"])
    found: Counter[str] = Counter()
    for child in path.rglob("*"):
        hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
        if not hidden and child.is_file():
            found[format_of(child.name) or NOT_ARTICLE] += 1
    return found

"""Read legacy TABARI/PETRARCH dictionary files: lines, phrases, codes, dates and problems."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eventwire.errors import InputError

# Words that stay lower case when a name is written in title case.
FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "de", "del", "da", "du", "des", "la", "le", "el",
                            "al", "bin", "ibn", "van", "von", "der", "on", "in", "to", "at"})
_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass(frozen=True, slots=True, kw_only=True)
class Line:
    """One meaningful line of a source file, comments stripped."""

    origin: str
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """A source line that could not be converted (or only in part)."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


def strip_comment(text: str) -> str:
    """Return a line without its `#` comment and trailing blanks."""
    return text.split("#", 1)[0].rstrip()


def read_lines(path: Path, problems: list[Problem]) -> list[Line]:
    """Return the non-empty, non-comment lines of a file; undecodable lines become problems."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    lines: list[Line] = []
    for lineno, text in enumerate(raw.decode("utf-8", errors="replace").splitlines(), start=1):
        origin = f"{path.name}:{lineno}"
        if "\ufffd" in text:
            problems.append(Problem(origin=origin, message="bytes that are not UTF-8; line skipped"))
            continue
        body = strip_comment(text)
        if body.strip() and not body.lstrip().startswith("<"):
            lines.append(Line(origin=origin, text=body))
    return lines


def words(phrase: str) -> list[str]:
    """Split a phrase written with `_` or blanks between words."""
    return phrase.replace("_", " ").split()


def title_word(word: str) -> str:
    """Write one upper-case dictionary word as it appears in news text."""
    low = word.lower()
    if low in FUNCTION_WORDS:
        return low
    if "." in word or (word.isalpha() and not any(v in low for v in "aeiouy")):
        return word.upper()
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def name_phrases(phrase: str) -> list[str]:
    """Write a proper name in the cases news text uses ("UNITED_NATIONS_" -> "United Nations");
    a short single word is kept in capitals too, as acronyms are written ("NATO", "ANSF"). A
    leading article is written both ways, as at the start of a sentence and inside one, and the
    name after it is written as if alone ("THE_AU" -> "The AU", "the AU", ...)."""
    parts = words(phrase)
    if len(parts) > 1 and parts[0].lower() == "the":
        return unique(f"{article} {name}" for name in name_phrases(" ".join(parts[1:])) for article in ("The", "the"))
    written = " ".join(title_word(w) for w in parts)
    written = written[:1].upper() + written[1:]
    if len(parts) == 1 and len(parts[0]) <= 5 and parts[0].isalpha():
        return unique([written, parts[0].upper()])
    return [written]


def codes_in(text: str) -> list[str]:
    """Return the contents of every `[...]` in a line."""
    return [m.group(1).strip() for m in _CODE.finditer(text)]


def parse_date(text: str) -> date:
    """Read YYMMDD (00-30 -> 20YY, else 19YY) or YYYYMMDD; raise ValueError when it is no date."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(text)
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy <= 30 else 1900 + yy}{text[2:]}"
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def plurals(word: str) -> list[str]:
    """Return the regular plural of a noun the way the legacy dictionaries form it."""
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return [word[:-1] + "ies"]
    if word.endswith(("ss", "sh", "ch", "x")):
        return [word + "es"]
    return [word + "s"]


def unique(items: Iterable[str]) -> list[str]:
    """Return items without repeats, first occurrence kept."""
    return list(dict.fromkeys(items))

"""Convert TABARI/PETRARCH actor files (names, synonyms, date-bounded codes) to actor TSV rows.

A record is a primary phrase line, `+` synonym lines, and tab-indented `[CODE dates]` lines
(`>YYMMDD` after, `<YYMMDD` before, `YYMMDD-YYMMDD` between; no dates: the default code). Each
dated code becomes one entry valid for its dates; the default code fills the gaps between them.
A coded compound (`THE_SHIRE [FRO/BIL/SAM]`: a name for several actors at once) becomes one entry
per member code, each with the id `<record id>/<member code>` (`COMPOUND_MARK`), so that the coder
can tell the members of one compound apart from other entries of the same phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from eventwire.actors.dictionary import SECTORS, state_codes
from eventwire.dictionaries.source import Line, Problem, codes_in, name_phrases, parse_date, unique

COMPOUND_MARK = "/"  # separates the member codes of a coded compound, and a member's code in its id
ORG_PREFIXES = {"IGO": "igo", "NGO": "ngo", "IMG": "group", "MNC": "group", "UAF": "group", "INT": "group"}
MULTINATIONAL = "MNC"  # a company's code: MNC, then the country it is based in, if known
_VALID_CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")
_PHRASE = re.compile(r"^[A-Z0-9 _.'&-]+$")
Row = dict[str, str]


@dataclass(frozen=True, slots=True, kw_only=True)
class Bounded:
    """One code with the dates it holds (None: open)."""

    code: str
    start: date | None = None
    end: date | None = None


@dataclass(slots=True)
class _Record:
    origin: str
    phrases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str]] = field(default_factory=list)


def _phrase(text: str) -> str:
    return text.split("[", 1)[0].split(";", 1)[0].strip().upper()


def _records(lines: list[Line]) -> list[_Record]:
    records: list[_Record] = []
    for line in lines:
        text = line.text
        if text[:1] in " \t" or text.startswith("["):
            if records:
                records[-1].codes += [(c, line.origin) for c in codes_in(text)]
            continue
        if text.startswith("+") and records:
            records[-1].phrases.append(_phrase(text[1:]))
        else:
            records.append(_Record(origin=line.origin, phrases=[_phrase(text.lstrip("+"))]))
        records[-1].codes += [(c, line.origin) for c in codes_in(text)]
    return records


def parse_bounded(text: str) -> Bounded:
    """Read `CODE`, `CODE >D`, `CODE <D` or `CODE D-D`; raise ValueError on anything else."""
    parts = text.split()
    if not parts:
        raise ValueError("empty code")
    code, rest = parts[0].upper(), "".join(parts[1:])
    if not all(_VALID_CODE.match(member) for member in code.split(COMPOUND_MARK)):
        raise ValueError(f"code {parts[0]!r} is not an actor code (or codes joined by {COMPOUND_MARK})")
    if not rest:
        return Bounded(code=code)
    if rest.startswith(">"):
        return Bounded(code=code, start=parse_date(rest[1:]))
    if rest.startswith("<"):
        return Bounded(code=code, end=parse_date(rest[1:]))
    first, sep, last = rest.partition("-")
    if not sep:
        raise ValueError(f"bad date restriction {rest!r}")
    return Bounded(code=code, start=parse_date(first), end=parse_date(last))


def gaps(dated: list[Bounded]) -> list[tuple[date | None, date | None]]:
    """Return the stretches of time no dated code covers."""
    spans = sorted(((b.start or date.min), (b.end or date.max)) for b in dated)
    out: list[tuple[date | None, date | None]] = []
    cursor: date | None = None
    for start, end in spans:
        if start > (cursor or date.min) and start != date.min:
            out.append((cursor, start - timedelta(days=1)))
        if end == date.max:
            return out
        nxt = end + timedelta(days=1)
        cursor = nxt if cursor is None or nxt > cursor else cursor
    out.append((cursor, None))
    return out


def _kind(code: str, dated: bool) -> tuple[str, str, tuple[str, ...]]:
    prefix = code[:3]
    chunks = tuple(code[i:i + 3] for i in range(3, len(code), 3))
    sectors = tuple(c for c in chunks if c in SECTORS)
    if prefix in ORG_PREFIXES:
        return ORG_PREFIXES[prefix], _home(prefix, chunks), ((prefix,) if prefix in SECTORS else ()) + sectors
    if len(code) == 3:
        return "country", prefix, ()
    return ("person" if dated else "group"), prefix, sectors


def _home(prefix: str, chunks: tuple[str, ...]) -> str:
    """Return the country a multinational company's code names after `MNC` (CAMEO's actor codebook:
    `MNCUSA` is a corporation based in the United States), the country it belongs to; an
    organisation's code names none."""
    return chunks[0] if prefix == MULTINATIONAL and chunks and chunks[0] in state_codes() else ""


def _bounded(record: _Record, problems: list[Problem]) -> tuple[list[Bounded], Bounded | None]:
    dated: list[Bounded] = []
    default: Bounded | None = None
    for text, origin in record.codes:
        try:
            bounded = parse_bounded(text)
        except ValueError as exc:
            problems.append(Problem(origin=origin, message=f"cannot read code [{text}]: {exc}; code skipped"))
            continue
        if bounded.start is None and bounded.end is None:
            if default is not None and default.code != bounded.code:
                problems.append(Problem(origin=origin, message=f"second undated code {bounded.code} "
                                        f"(first: {default.code}); skipped"))
            default = default or bounded
        else:
            dated.append(bounded)
    return dated, default


def _phrases(record: _Record, problems: list[Problem]) -> list[str]:
    kept = []
    for phrase in record.phrases:
        if _PHRASE.match(phrase) and phrase.strip(" _"):
            kept += name_phrases(phrase)
        else:
            problems.append(Problem(origin=record.origin, message=f"phrase {phrase!r} has characters "
                                    "a name cannot have; phrase skipped"))
    return unique(kept)


def _row(entry_id: str, bounded: Bounded, phrases: list[str], origin: str, dated: bool) -> Row:
    kind, country, sectors = _kind(bounded.code, dated)
    return {"id": entry_id, "kind": kind, "phrases": "|".join(phrases), "code": bounded.code,
            "country": country, "sectors": " ".join(sectors), "name": phrases[0],
            "from": bounded.start.isoformat() if bounded.start else "",
            "until": bounded.end.isoformat() if bounded.end else "", "origin": origin}


def convert_actors(lines: list[Line], slug: str, problems: list[Problem]) -> list[Row]:
    """Convert the records of one actor file to actor dictionary rows."""
    rows: list[Row] = []
    for record in _records(lines):
        dated, default = _bounded(record, problems)
        phrases = _phrases(record, problems)
        if not phrases:
            continue
        if not dated and default is None:
            problems.append(Problem(origin=record.origin, message="no usable code; entry skipped"))
            continue
        spans = [(b, True) for b in dated]
        if default is not None:
            fills = gaps(dated) if dated else [(None, None)]
            spans += [(Bounded(code=default.code, start=s, end=e), bool(dated)) for s, e in fills]
        base = f"{slug}.{record.origin.rsplit(':', 1)[1]}"
        for n, (bounded, is_dated) in enumerate(spans):
            entry_id = base if len(spans) == 1 else f"{base}.{n + 1}"
            rows += [_row(member_id, member, phrases, record.origin, is_dated)
                     for member_id, member in compound_members(entry_id, bounded)]
    return rows


def compound_members(entry_id: str, bounded: Bounded) -> list[tuple[str, Bounded]]:
    """Return the entry ids and codes a code stands for: itself, or each member of a compound."""
    members = bounded.code.split(COMPOUND_MARK)
    if len(members) == 1:
        return [(entry_id, bounded)]
    return [(f"{entry_id}{COMPOUND_MARK}{m}", replace(bounded, code=m)) for m in members]

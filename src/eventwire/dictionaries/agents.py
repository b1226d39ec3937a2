"""Convert TABARI/PETRARCH agent files (role nouns with sector codes) and discard lists to TSV rows.

Agent line: `PHRASE {PLURAL} [~CODE]`; `{}` means no plural, no braces a regular plural;
`~CODE` adds the code after the actor's, `CODE~` before it. `!SET! = A, B` defines a
substitution set whose members replace `!SET!` in later phrases (no plural then).
"""

from __future__ import annotations

import re

from eventwire.actors.dictionary import PREFIX_MARK, SECTORS
from eventwire.dictionaries.source import Line, Problem, plurals, unique, words

_AGENT = re.compile(r"^(?P<phrase>[^{\[]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[(?P<code>[^\]}]*)[\]}]")
_SUBSTITUTION = re.compile(r"^!(?P<name>[A-Z]+)!\s*=\s*(?P<members>.+)$")
_MARKER = re.compile(r"!([A-Z]+)!")
Row = dict[str, str]


def _lower(phrase: str) -> str:
    return " ".join(words(phrase)).lower()


def _forms(phrase: str, plural: str | None, sets: dict[str, list[str]]) -> list[str] | None:
    marker = _MARKER.search(phrase)
    if marker:
        members = sets.get(marker.group(1))
        if members is None:
            return None
        return [_lower(phrase.replace(marker.group(0), m)) for m in members]
    singular = _lower(phrase)
    if plural is not None:
        return unique([singular, *([_lower(plural)] if plural.strip() else [])])
    head = singular.split()
    return unique([singular, " ".join(head[:-1] + plurals(head[-1]))])


def _sectors(code: str, origin: str, problems: list[Problem]) -> tuple[tuple[str, ...], str] | None:
    """Return the sectors eventwire knows in an agent code, and the code itself when it says more
    (unknown parts) or goes before the actor's (`NGO~`, kept with its mark)."""
    before = code.strip().endswith(PREFIX_MARK) and not code.strip().startswith(PREFIX_MARK)
    bare = code.strip().strip(PREFIX_MARK).upper()
    if not re.fullmatch(r"(?:[A-Z0-9]{3})+", bare):
        problems.append(Problem(origin=origin, message=f"code [{code}] is not a run of 3-letter parts; skipped"))
        return None
    chunks = [bare[i:i + 3] for i in range(0, len(bare), 3)]
    known = tuple(c for c in chunks if c in SECTORS)
    unknown = [c for c in chunks if c not in SECTORS]
    if unknown:
        problems.append(Problem(origin=origin, message=f"code [{code}]: part(s) {' '.join(unknown)} are no sector "
                                "eventwire knows; kept in the role's code only"))
    if before:
        return known, bare + PREFIX_MARK
    return known, (bare if unknown else "")


def convert_agents(lines: list[Line], slug: str, problems: list[Problem]) -> list[Row]:
    """Convert one agent file to role rows of the actor dictionary."""
    sets: dict[str, list[str]] = {}
    rows: list[Row] = []
    for line in lines:
        text = line.text.strip()
        sub = _SUBSTITUTION.match(text)
        if sub:
            sets[sub.group("name")] = [m.strip() for m in sub.group("members").split(",") if m.strip()]
            continue
        match = _AGENT.match(text)
        if match is None:
            problems.append(Problem(origin=line.origin, message="not an agent line (PHRASE {PLURAL} [~CODE]); skipped"))
            continue
        forms = _forms(match.group("phrase").strip(), match.group("plural"), sets)
        if forms is None:
            problems.append(Problem(origin=line.origin, message="substitution set used before it is defined; skipped"))
            continue
        found = _sectors(match.group("code"), line.origin, problems)
        if found is not None:
            sectors, role_code = found
            rows.append({"id": f"{slug}.{line.origin.rsplit(':', 1)[1]}", "kind": "role", "phrases": "|".join(forms),
                         "code": role_code, "country": "", "sectors": " ".join(sectors), "name": forms[0],
                         "from": "", "until": "", "origin": line.origin})
    return rows


def convert_discards(lines: list[Line], slug: str, problems: list[Problem]) -> list[Row]:
    """Convert a discard list: `+PHRASE` discards a story, `PHRASE` a sentence."""
    rows: list[Row] = []
    for line in lines:
        text = line.text.strip()
        story = text.startswith("+")
        phrase = _lower(text.lstrip("+"))
        if not phrase:
            problems.append(Problem(origin=line.origin, message="empty discard phrase; skipped"))
            continue
        rows.append({"id": f"{slug}.{line.origin.rsplit(':', 1)[1]}", "phrase": phrase,
                     "scope": "story" if story else "sentence", "origin": line.origin})
    return rows

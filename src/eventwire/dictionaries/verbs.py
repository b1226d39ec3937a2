"""Convert a TABARI/PETRARCH verb dictionary to eventwire verb patterns.

The file holds synsets (`&NAME` then `+member` lines) and verb blocks: `--- NAME [CODE] ---`,
the block's verbs (`VERB {FORMS} [CODE]`, `+VERB_PARTICLE` compounds, `WORD_+VERB` compounds whose
words stand before the verb: the words every row of the verb needs right before it), then pattern lines
`- * OBJECT (PREP NOUN) [CODE]` where `*` is the verb, `{A B}` a noun phrase headed by its last
word, `( )` a prepositional phrase, `+` the target, `$` the source, `^` any words. Each pattern
becomes one eventwire pattern per group of the block's verbs; synsets are expanded in place.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from eventwire.coding.cues import inflections
from eventwire.coding.patterns import BACKOFF_SUFFIX
from eventwire.dictionaries.patterns import SOURCE_AFTER, Converted, convert_pattern, preverb_cell
from eventwire.dictionaries.source import Line, Problem, unique, words
from eventwire.ontology import Codebook

_BLOCK = re.compile(r"^---+\s*(?P<name>.*?)\s*(?:\[(?P<code>[^\]]*)\])?\s*---*\s*$")
_VERB = re.compile(r"^(?P<verb>[^\s{\[]+)\s*(?:\{(?P<forms>[^}]*)\})?\s*(?:\[(?P<code>[^\]]*)\])?\s*$")
_PATTERN_CODE = re.compile(r"\[(?P<code>[^\]]*)\]\s*$")
Row = dict[str, str]


@dataclass(frozen=True, slots=True, kw_only=True)
class Verb:
    """One verb of a block."""

    lemma: str
    particle: str | None
    code: Codes | None
    forms: tuple[str, ...]
    origin: str
    before: str = ""  # the `before` cell of a compound's words before the verb (`WIRE_+TAP`: `wire_`)


@dataclass(slots=True)
class _Block:
    name: str
    code: str | None
    origin: str
    verb_lines: list[Line] = field(default_factory=list)
    pattern_lines: list[Line] = field(default_factory=list)


@dataclass(slots=True)
class VerbTables:
    """The rows an import of verb files produces."""

    patterns: list[Row] = field(default_factory=list)
    defaults: list[Row] = field(default_factory=list)
    synsets: list[Row] = field(default_factory=list)
    forms: list[Row] = field(default_factory=list)


@dataclass(frozen=True, slots=True, kw_only=True)
class Codes:
    """A `[CODE:REVERSE]` cell: what the source does to the target, and what the target does back
    (empty when the cell names no reverse code); `[:REVERSE]` alone is `turned`: only the target's
    act back, coded as `code` with source and target changing places."""

    code: str
    reverse: str = ""
    turned: bool = False


def read_code(text: str | None, origin: str, codebook: Codebook, problems: list[Problem]) -> Codes | None:
    """Return the event codes of `[CODE]` / `[CODE:REVERSE]`, or None for the null code `---`."""
    if text is None:
        return None
    code, _, reverse = (part.strip() for part in text.strip().partition(":"))
    if not code or code.strip("-") == "":
        if reverse.strip("-") and reverse in codebook:
            return Codes(code=reverse, turned=True)
        if reverse.strip("-"):
            problems.append(Problem(origin=origin, message=f"reverse-direction code {reverse} is not in eventwire's "
                                    "CAMEO codebook; skipped"))
        return None
    if code not in codebook:
        problems.append(Problem(origin=origin, message=f"code {code} is not in eventwire's CAMEO codebook; skipped"))
        return None
    if reverse.strip("-") and reverse not in codebook:
        problems.append(Problem(origin=origin, message=f"reverse-direction code {reverse} is not in eventwire's "
                                f"CAMEO codebook; kept {code} only"))
        reverse = ""
    return Codes(code=code, reverse=reverse if reverse.strip("-") else "")


def _sections(lines: list[Line], synsets: dict[str, list[str]], tables: VerbTables,
              problems: list[Problem]) -> list[_Block]:
    blocks: list[_Block] = []
    synset: str | None = None
    for line in lines:
        text = line.text.strip()
        if text.startswith("&"):
            synset = text[1:].split()[0].rstrip("_").upper()
            synsets[synset] = []
            tables.synsets.append({"id": synset.lower(), "phrases": "", "origin": line.origin})
        elif text.startswith("+") and synset is not None:
            synsets[synset].append(" ".join(words(text[1:])).lower() if "&" not in text else text[1:].strip())
        elif (block := _BLOCK.match(text)) and text.startswith("---"):
            synset = None
            blocks.append(_Block(name=block.group("name"), code=block.group("code"), origin=line.origin))
        elif text.startswith("~"):
            problems.append(Problem(origin=line.origin, message="transformation rules (~) are not supported; skipped"))
        elif not blocks:
            problems.append(Problem(origin=line.origin, message="line outside any verb block; skipped"))
        else:
            synset = None
            target = blocks[-1].pattern_lines if text.startswith("-") else blocks[-1].verb_lines
            target.append(line)
    return blocks


def _verb(line: Line, code: Codes | None, problems: list[Problem]) -> Verb | None:
    match = _VERB.match(line.text.strip())
    if match is None:
        problems.append(Problem(origin=line.origin, message="not a verb line (VERB {FORMS} [CODE]); skipped"))
        return None
    text = match.group("verb")
    forms = tuple(_form_word(f) for f in (match.group("forms") or "").split())
    pre, _plus, rest = text[1:].rpartition("+") if "+" in text[1:] else ("", "", text.lstrip("+"))
    if pre and (text.startswith("+") or not pre.endswith("_")):
        problems.append(Problem(origin=line.origin,
                                message=f"compound {text!r}: its words before the verb must end in _+; skipped"))
        return None
    parts = [w.lower() for w in words(rest)]
    if len(parts) > 2:
        problems.append(Problem(origin=line.origin,
                                message=f"compound {text!r} has more than one word after the verb; skipped"))
        return None
    return Verb(lemma=parts[0], particle=parts[1] if len(parts) > 1 else None, code=code, forms=forms,
                origin=line.origin, before=preverb_cell(text[0] + pre, {}) if pre else "")


def _form_word(form: str) -> str:
    """Return the verb word of a listed form (`+BROKE_DOWN`: broke; `WIRE_+TAPPED`: tapped)."""
    return words(form.rpartition("+")[2] or form)[0].lower() if words(form) else ""


def _verbs(block: _Block, codebook: Codebook, problems: list[Problem]) -> list[Verb]:
    default = read_code(block.code, block.origin, codebook, problems)
    verbs: list[Verb] = []
    for line in block.verb_lines:
        own = _VERB.match(line.text.strip())
        code = read_code(own.group("code"), line.origin, codebook, problems) if own and own.group("code") else default
        verb = _verb(line, code, problems)
        if verb is not None:
            verbs.append(verb)
    # A block may list a verb's inflected forms as verbs of their own ("LOSE", "LOSING", "LOST").
    plain = {v.lemma for v in verbs if v.particle is None}
    return [v for v in verbs if v.particle is not None
            or not any(v.lemma in inflections(o) and v.lemma != o for o in plain)]


def verb_groups(verbs: list[Verb], particle: str | None) -> list[tuple[str, str, list[Verb]]]:
    """Return the verb cells a pattern needs: the block's verbs grouped by their particle and the
    words a compound puts before them, each with those words' `before` cell."""
    groups: dict[tuple[str | None, str], list[Verb]] = {}
    for verb in verbs:
        groups.setdefault((verb.particle, verb.before), []).append(verb)
    cells = []
    for (own, before), members in groups.items():
        if own is not None and particle is not None and own != particle:
            continue
        lemmas = "|".join(unique(v.lemma for v in members))
        used = own or particle
        cells.append((f"{lemmas} {used}" if used else lemmas, before, members))
    return cells


def join_before(pattern: str, verb: str) -> str:
    """Return a pattern's `before` cell with a compound verb's own words before the verb added:
    after each alternative, right after it when the alternative touches the verb."""
    if not verb or not pattern:
        return pattern or verb
    return "|".join(f"{alt}{verb}" if alt.endswith("_") else f"{alt} {verb}" for alt in pattern.split("|"))


def _pattern_rows(block: _Block, verbs: list[Verb], ctx: tuple[str, Codebook, dict[str, list[str]]],
                  problems: list[Problem]) -> list[Row]:
    slug, codebook, synsets = ctx
    rows: list[Row] = []
    for line in block.pattern_lines:
        body = line.text.strip()[1:].strip()
        code_match = _PATTERN_CODE.search(body)
        if code_match is None:
            problems.append(Problem(origin=line.origin, message="pattern without a [CODE]; skipped"))
            continue
        code = read_code(code_match.group("code"), line.origin, codebook, problems)
        if code is None:
            if not code_match.group("code").strip(":-"):
                problems.append(Problem(origin=line.origin,
                                        message="null-code pattern (blocks coding) not supported; skipped"))
            continue
        try:
            converted = convert_pattern(body[:code_match.start()], synsets)
        except ValueError as exc:
            problems.append(Problem(origin=line.origin, message=f"{exc}; skipped"))
            continue
        rows += _rows_for(converted, verbs, code, (f"{slug}.{line.origin.rsplit(':', 1)[1]}", line.origin))
    return rows


def _rows_for(converted: Converted, verbs: list[Verb], code: Codes, where: tuple[str, str]) -> list[Row]:
    base, origin = where
    cells = verb_groups(verbs, converted.particle)
    return [{"id": base if len(cells) == 1 else f"{base}.{n + 1}", "cameo": code.code, "verb": cell,
             "object": converted.object, "target": turn(converted.target, code), "reverse": code.reverse,
             "origin": origin,
             "before": join_before(converted.before, before)}
            for n, (cell, before, _members) in enumerate(cells)]


def turn(target: str, code: Codes) -> str:
    """Return a target cell with `source-after` added for a turned code (taken off when the pattern
    already runs the other way round: the two turns cancel)."""
    if not code.turned:
        return target
    cells = [t for t in target.split(",") if t]
    return ",".join([t for t in cells if t != SOURCE_AFTER] if SOURCE_AFTER in cells else [*cells, SOURCE_AFTER])


def _default_rows(verbs: list[Verb], slug: str) -> list[Row]:
    rows: list[Row] = []
    keyed: dict[tuple[str | None, str, Codes], list[Verb]] = {}
    for verb in verbs:
        if verb.code is not None:
            keyed.setdefault((verb.particle, verb.before, verb.code), []).append(verb)
    for (particle, before, code), members in keyed.items():
        lemmas = "|".join(unique(v.lemma for v in members))
        rows.append({"id": f"{slug}.{members[0].origin.rsplit(':', 1)[1]}{BACKOFF_SUFFIX}", "cameo": code.code,
                     "verb": f"{lemmas} {particle}" if particle else lemmas, "object": "", "target": turn("", code),
                     "reverse": code.reverse, "origin": members[0].origin, "before": before})
    return rows


def convert_verbs(lines: list[Line], slug: str, codebook: Codebook, problems: list[Problem]) -> VerbTables:
    """Convert one verb dictionary file."""
    tables = VerbTables()
    synsets: dict[str, list[str]] = {}
    for block in _sections(lines, synsets, tables, problems):
        verbs = _verbs(block, codebook, problems)
        if not verbs:
            problems.append(Problem(origin=block.origin, message=f"block {block.name!r} has no usable verb; "
                                    f"its {len(block.pattern_lines)} pattern(s) skipped"))
            continue
        tables.patterns += _pattern_rows(block, verbs, (slug, codebook, synsets), problems)
        tables.defaults += _default_rows(verbs, slug)
        tables.forms += [{"lemma": v.lemma, "forms": "|".join(f for f in v.forms if f),
                          "origin": v.origin} for v in verbs if v.forms]
    for row in tables.synsets:
        row["phrases"] = "|".join(expand_synset(row["id"].upper(), synsets))
    return tables


def expand_synset(name: str, synsets: dict[str, list[str]], depth: int = 0) -> list[str]:
    """Return a synset's member phrases, nested synsets expanded."""
    members: list[str] = []
    for member in synsets.get(name, []):
        if member.startswith("&") and depth < 5:
            members += expand_synset(member[1:].rstrip("_").upper(), synsets, depth + 1)
        elif not member.startswith("&"):
            members.append(member)
    return unique(members)


def product_phrases(parts: list[list[str]], limit: int) -> list[str]:
    """Return every phrase made by picking one alternative per part; ValueError past `limit`."""
    total = 1
    for part in parts:
        total *= max(1, len(part))
    if total > limit:
        raise ValueError(f"synsets expand to {total} phrases (limit {limit})")
    return [" ".join(p) for p in itertools.product(*parts)]

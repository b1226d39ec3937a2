"""Switch off or re-code imported patterns and verb defaults of the base layer by data.

The PETRARCH2/Phoenix dictionaries give every verb of a synonym block the block's default code
when none of its patterns matches (a back-off), and a few of their patterns code what CAMEO's
codebook does not: verbs of motion back off to a meeting (040), verbs of preparing and planning to
an intent to cooperate (030). `data/base_overrides.tsv` lists, by imported pattern id or by verb,
the patterns to switch off (`none`) or to code otherwise; a user's file replaces or adds rows.
The override is applied once when the patterns are loaded, through an index of the back-offs by
verb, and stays on the pattern (`off`, `recoded`) so that `explain` can say why.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path

from eventwire import tsv
from eventwire.coding.patterns import BACKOFF_SUFFIX, Step, VerbPattern, is_backoff
from eventwire.errors import DictionaryError
from eventwire.ontology import Codebook

FILE = "data/base_overrides.tsv"
COLUMNS = ("kind", "key", "code", "why")
KINDS = ("pattern", "verb")
OFF = "none"


@dataclass(frozen=True, slots=True, kw_only=True)
class Override:
    """One row: an imported pattern id (`pattern`) or a verb whose default code (`verb`, with its
    particle if any: `go away`) is switched off (`code` empty) or replaced by `code`."""

    kind: str
    key: str
    code: str
    why: str
    where: str  # file:line

    def reason(self) -> str:
        """Say what the override does and why, for `explain` and the drops."""
        done = "switched off" if not self.code else f"re-coded {self.code}"
        return f"imported pattern {done} by {self.where}: {self.why}"


def parse_overrides(text: str, path: str, codebook: Codebook) -> dict[tuple[str, str], Override]:
    """Parse an override file, keyed by (kind, key); fail with `path:line: problem`."""
    found: dict[tuple[str, str], Override] = {}
    for lineno, row in tsv.rows(text, path, COLUMNS):
        kind, key, code, why = (row[c].strip() for c in COLUMNS)
        if kind not in KINDS:
            raise DictionaryError(path, lineno, f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
        if not key or not why:
            raise DictionaryError(path, lineno, "a key and the reason (why) must be given")
        if code != OFF and code not in codebook:
            raise DictionaryError(path, lineno, f"code must be {OFF!r} or a CAMEO code, not {code!r}")
        key = " ".join(key.lower().split()) if kind == "verb" else key
        if (kind, key) in found:
            raise DictionaryError(path, lineno, f"{kind} {key!r} is listed twice")
        found[(kind, key)] = Override(kind=kind, key=key, code="" if code == OFF else code, why=why,
                                      where=f"{path}:{lineno}")
    return found


def load_overrides(codebook: Codebook, extra: Sequence[Path] = ()) -> tuple[Override, ...]:
    """Read the built-in overrides, then user files (a row of the same kind and key replaces one)."""
    text = resources.files("eventwire").joinpath(FILE).read_text(encoding="utf-8")
    found = parse_overrides(text, f"eventwire/{FILE}", codebook)
    for path in extra:
        found.update(parse_overrides(tsv.read_user_file(path), str(path), codebook))
    return tuple(found.values())


def _applied(pattern: VerbPattern, override: Override) -> VerbPattern:
    if not override.code:
        return replace(pattern, off=override.reason())
    return replace(pattern, cameo=override.code, reverse="", recoded=override.reason())


def _verb_key(step: Step, lemma: str) -> str:
    return f"{lemma} {step.particle}" if step.particle else lemma


def _split(pattern: VerbPattern, lemma: str, override: Override) -> list[VerbPattern]:
    """Split a back-off of several verbs: the others keep it, `lemma` gets the override."""
    first, rest = pattern.chain[0], pattern.chain[1:]
    others = first.lemmas - {lemma}
    stem = pattern.id[: -len(BACKOFF_SUFFIX)]
    own = replace(pattern, id=f"{stem}.{lemma.replace(' ', '_')}{BACKOFF_SUFFIX}",
                  chain=(replace(first, lemmas=frozenset({lemma})), *rest))
    kept = [replace(pattern, chain=(replace(first, lemmas=others), *rest))] if others else []
    return [*kept, _applied(own, override)]


def apply_overrides(base: dict[str, VerbPattern], overrides: Sequence[Override], *,
                    backoff: bool = True) -> dict[str, VerbPattern]:
    """Return the base layer with the overrides applied; fail with the row's `file:line` when it
    names a pattern or a verb default the layer does not have (back-offs left out excepted)."""
    result = dict(base)
    by_verb: dict[str, list[str]] = defaultdict(list)
    for pattern in base.values():
        if is_backoff(pattern.id):
            for lemma in pattern.chain[0].lemmas:
                by_verb[_verb_key(pattern.chain[0], lemma)].append(pattern.id)
    for override in overrides:
        if override.kind == "pattern":
            if override.key not in result:
                if not backoff and is_backoff(override.key):
                    continue
                raise _missing(override, "no imported pattern has this id")
            result[override.key] = _applied(result[override.key], override)
            continue
        if not by_verb.get(override.key):
            if not backoff:
                continue
            raise _missing(override, "no imported verb default names this verb")
        lemma = override.key.split()[0]
        for pid in by_verb[override.key]:
            split = _split(result.pop(pid), lemma, override)
            result.update({p.id: p for p in split})
    return result


def _missing(override: Override, problem: str) -> DictionaryError:
    path, line = override.where.rsplit(":", 1)
    return DictionaryError(path, int(line), f"{override.kind} {override.key!r}: {problem}")

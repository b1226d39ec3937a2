"""Load the verb patterns that map predicates (with objects, particles, complements) to CAMEO codes.

A pattern line: `id cameo verb object target`.
- `verb`: lemma alternatives separated by `|`; a particle follows a space (`break off`);
  `>` chains an open complement (`threaten>attack|bomb`: threaten, with an xcomp attack or bomb).
  `*` as a chained verb takes any verb as the open complement (`call>*`: called on X to do anything).
  `@owner` (data/verbs/nouns.tsv) stands for no verb: the object is an event noun told on its own,
  done by its owner, nationality adjective or "by" agent ("Peru's expulsion of the envoy", "a
  Peruvian offensive against the rebels"); its `target` column names the prepositions of its target
  (`coding.noun_events.owned_acts`).
- `object`: the head lemma(s) the direct object of the last verb must have (`|` alternatives;
  a multiword alternative like `hunger strike` also needs the earlier words among the object's
  modifiers; `@nationals` stands for people named by their nationality, "six Americans", `@persons`
  for people told by a personal pronoun, "seized them");
  `ccomp:ADJ|ADJ` instead requires a clausal complement whose predicate adjective is one of them
  ("said the accusations were unfounded"); empty means any or none.
  An alternative may carry a prepositional phrase in parentheses: `complaint (with court,tribunal)`
  needs the object "complaint" with a "with" phrase (on the object or the verb) whose head is one of
  the comma-separated nouns; `(for aid)` alone needs the verb's "for" phrase headed by "aid";
  `(in)` any "in" phrase (imported dictionaries use these); `- (to)` a "to" phrase on a verb that
  takes no direct object and is not passive ("flew to Lima", not "flew troops to Lima").
- `target`: where to look for the target first: `dobj`, `dative`, `prep:to|with`, `none`;
  empty means the generic search (see `eventwire.coding.coder`).
- `reverse` (optional, with `origin`): a second code for what the target does to the source in
  the same event (a visit is also a hosting: `032` with reverse `033`); empty for none.
- `before` (optional, after `origin`): words that must precede the verb in its clause, in order
  (`|` alternatives): a space allows any words between two, `_` joins words that stand next to each
  other, and a trailing `_` puts the last word right before the verb (`indicated should`,
  `did_n't ever`, `not_`). Imported dictionaries use it for their words before the verb; a file of
  the project's own that needs it leaves `origin` empty (only a filled `origin` marks an imported row).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from eventwire import tsv
from eventwire.errors import CodeError, DictionaryError
from eventwire.ontology import Codebook, gdelt_quad_class

COLUMNS = ("id", "cameo", "verb", "object", "target")
# Imported files (eventwire/data/petrarch/) add the reverse code and the source file:line of each row.
OPTIONAL = ("reverse", "origin", "before")
BASE_FOLDER = "petrarch"
# Ids of back-off patterns (a verb's default code, used when none of its patterns matched) end so.
BACKOFF_SUFFIX = ".backoff"
# A chained verb that stands for any verb of the open complement ("call>*").
ANY_VERB = "*"
# An object that stands for people named by nationality, a plural proper noun ("seized 60 Americans").
NATIONALS = "@nationals"
# The verb of an event noun that its owner does, told with no verb ("Chile's recall of its envoy").
OWNER = "@owner"
# An object that stands for people told by a personal pronoun ("seized them").
PERSONS = "@persons"
# Objects that stand for a class of words rather than a word a sentence must hold.
CLASS_OBJECTS = frozenset({NATIONALS, PERSONS})
# The noun of an object alternative that asks for no direct object: `- (to)` ("flew to Lima").
NO_OBJECT = "-"
_OBJECT = re.compile(r"^(?P<noun>[^()]*?)\s*(?:\((?P<prep>[^\s(),]+)\s*(?P<pobj>[^()]*)\))?$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Step:
    """One verb of a chain: lemma alternatives and an optional particle."""

    lemmas: frozenset[str]
    particle: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ObjectSpec:
    """A required object: head lemma with the modifier lemmas that must precede it."""

    head: str
    modifiers: tuple[str, ...] = ()
    attached: PrepSpec | None = None
    bare: bool = False  # the verb has no direct object and is not passive (`- (to)`)


@dataclass(frozen=True, slots=True, kw_only=True)
class PrepSpec:
    """A prepositional phrase an object needs: its preposition and the heads allowed (any if none)."""

    prep: str
    objects: tuple[ObjectSpec, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class PreVerb:
    """Words that must precede the verb: runs of adjacent words, in order, any words between runs;
    `touching` when the last run stands right before the verb."""

    runs: tuple[tuple[str, ...], ...]
    touching: bool = False

    @property
    def size(self) -> int:
        """Return how many words the alternative names."""
        return sum(len(run) for run in self.runs)


@dataclass(frozen=True, slots=True, kw_only=True)
class VerbPattern:
    """One coding rule."""

    id: str
    cameo: str
    chain: tuple[Step, ...]
    objects: tuple[ObjectSpec, ...] = ()
    ccomp: frozenset[str] = frozenset()
    target: tuple[str, ...] = ()
    reverse: str = ""
    origin: str = ""
    imported: bool = False  # from an imported dictionary (its rows fill the `origin` column)
    before: tuple[PreVerb, ...] = ()
    off: str = ""  # why an override (`data/base_overrides.tsv`) switched the imported pattern off
    recoded: str = ""  # why an override gave the imported pattern another code

    @property
    def specificity(self) -> int:
        """Return how many constraints the pattern has (more specific patterns win)."""
        particles = sum(1 for s in self.chain if s.particle)
        attached = 1 if any(s.attached for s in self.objects) else 0
        before = 2 if self.before else 0
        return 2 * len(self.chain) + particles + (2 if self.objects or self.ccomp else 0) + attached + before


@dataclass(frozen=True, slots=True)
class Needs:
    """Words a sentence must hold for a pattern to match, besides its verb: one of `objects` (an
    object's head, or the preposition of a bare prepositional phrase; None when the pattern needs
    no object), and every word of one of the sets in `before` (none when it needs no words
    before the verb). Matching compares these with the sentence's words and lemmas whichever way
    it finds an object (at its head, inside it, after the verb)."""

    objects: frozenset[str] | None
    before: tuple[frozenset[str], ...] = ()

    @classmethod
    def of(cls, pattern: VerbPattern) -> Needs:
        """Collect the words a pattern needs."""
        objects = frozenset(s.head or (s.attached.prep if s.attached is not None else "")
                            for s in pattern.objects) if pattern.objects else None
        if objects is not None and not objects.isdisjoint(CLASS_OBJECTS):
            objects = None  # a nationality or a pronoun is no word a sentence must hold
        return cls(objects, tuple(frozenset(w for run in alt.runs for w in run) for alt in pattern.before))

    def met(self, words: frozenset[str]) -> bool:
        """Tell whether a sentence with these words (lowercase forms and lemmas) holds them."""
        return ((self.objects is None or not self.objects.isdisjoint(words))
                and (not self.before or any(b <= words for b in self.before)))


@dataclass(frozen=True, slots=True)
class NeedIndex:
    """One lemma's patterns (their places in its `by_lemma` tuple) by the object words they need,
    so that a sentence's words pick the few worth testing: `always` holds those that need no
    object word (or whose words are worked out when matching)."""

    always: tuple[int, ...]
    by_word: dict[str, tuple[int, ...]]
    # the needs `places` does not answer for: words before the verb, or a pattern with no needs kept
    checked: dict[int, Needs] = field(default_factory=dict)

    @classmethod
    def of(cls, patterns: Sequence[VerbPattern], needs: dict[str, Needs]) -> NeedIndex:
        """Index a lemma's patterns by the object words in their `needs`."""
        always: list[int] = []
        by_word: dict[str, list[int]] = defaultdict(list)
        checked: dict[int, Needs] = {}
        for place, pattern in enumerate(patterns):
            need = needs.get(pattern.id)
            if need is None or need.before:
                checked[place] = need or Needs.of(pattern)
            if need is None or need.objects is None:
                always.append(place)
            else:
                for word in need.objects:
                    by_word[word].append(place)
        return cls(tuple(always), {word: tuple(places) for word, places in by_word.items()}, checked)

    def places(self, words: frozenset[str]) -> list[int]:
        """Return, in order, the places of the patterns that may match a sentence with these words."""
        index = self.by_word
        found = index.keys() & words  # the smaller side walked
        if not found:
            return list(self.always)  # in order already
        return sorted(set(self.always).union(*(index[w] for w in found)))

    def met(self, words: frozenset[str]) -> list[int]:
        """Return, in order, the places of the patterns whose needs a sentence with these words meets
        (`Needs.met`): one found by a word holds an object word it needs, so only the rest is tested."""
        checked = self.checked
        return [p for p in self.places(words) if p not in checked or checked[p].met(words)]


@dataclass(frozen=True, slots=True)
class PatternSet:
    """Patterns indexed by the lemma of their first verb, and by id, with the words each needs
    (and, per lemma, its patterns by those words)."""

    by_lemma: dict[str, tuple[VerbPattern, ...]]
    by_id: dict[str, VerbPattern] = field(default_factory=dict)
    needs: dict[str, Needs] = field(default_factory=dict)
    need_index: dict[str, NeedIndex] = field(default_factory=dict)
    # the head words of the event nouns' rows (`OWNER`), read once here for every sentence
    owner_heads: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        heads = frozenset(s.head for p in self.by_lemma.get(OWNER, ()) for s in p.objects)
        object.__setattr__(self, "owner_heads", heads)

    def __len__(self) -> int:
        return len({p.id for ps in self.by_lemma.values() for p in ps})


def is_base(pattern: VerbPattern) -> bool:
    """Tell whether a pattern comes from the imported base layer."""
    return pattern.origin.startswith(f"eventwire/data/{BASE_FOLDER}/")


def pattern_id(rule: str) -> str:
    """Return the id of the pattern an event's rule id names, without `+intent`-style suffixes."""
    return rule.split("+", 1)[0]


# The rule id suffix of an act an event noun tells with no verb (`OWNER`).
OWNED_SUFFIX = "+owned"


def told_by_noun(rule: str) -> bool:
    """Tell whether a rule id names an act an event noun tells with no verb (`OWNER`): with no
    target named or implied, such a record is no event between parties."""
    return OWNED_SUFFIX[1:] in rule.split("+")[1:]


def is_backoff(rule: str) -> bool:
    """Tell whether a rule id (with any `+intent`-style suffix) names a back-off pattern."""
    return pattern_id(rule).endswith(BACKOFF_SUFFIX)


STATEMENT = "010"
MATERIAL_CONFLICT = 4
SPEECH = "a verb whose default code is a bare statement (010) reports speech: its back-off is not coded"
CONFLICT = "a back-off to material conflict is not coded: only a pattern vouches for force"


def uncoded_backoff(pattern: VerbPattern) -> str | None:
    """Return why every event of an imported back-off is dropped, if it is: a back-off to a bare
    statement (010) reports speech; a base-layer back-off to material conflict is a guess that
    only a pattern may vouch for; an override switched the pattern (back-off or not) off. Such a
    verb alone is also no reason to parse a sentence."""
    if pattern.off:
        return pattern.off
    if not (pattern.imported and is_backoff(pattern.id)):
        return None
    if pattern.cameo == STATEMENT:
        return SPEECH
    try:
        conflict = gdelt_quad_class(pattern.cameo[:2]) == MATERIAL_CONFLICT
    except (CodeError, ValueError):
        return None  # a legacy code outside CAMEO's twenty roots
    return CONFLICT if conflict and is_base(pattern) else None


def _step(text: str) -> Step:
    words = text.split() or [""]
    lemmas = frozenset(w.strip().lower() for w in words[0].split("|") if w.strip())
    return Step(lemmas=lemmas, particle=words[1].lower() if len(words) > 1 else None)


def _objects(cell: str) -> tuple[tuple[ObjectSpec, ...], frozenset[str]]:
    if cell.startswith("ccomp:"):
        return (), frozenset(w.strip().lower() for w in cell[6:].split("|") if w.strip())
    return tuple(_object_spec(a.strip().lower()) for a in cell.split("|") if a.strip()), frozenset()


def _noun(text: str) -> ObjectSpec:
    words = text.split()
    return ObjectSpec(head=words[-1], modifiers=tuple(words[:-1]))


def _object_spec(alt: str) -> ObjectSpec:
    match = _OBJECT.match(alt)
    if match is None or not (match["noun"] or match["prep"]):
        raise ValueError(f"bad object {alt!r}")
    if not match["prep"]:
        return _noun(alt)
    attached = PrepSpec(prep=match["prep"], objects=tuple(_noun(a) for a in match["pobj"].split(",") if a.strip()))
    if not match["noun"] or match["noun"] == NO_OBJECT:
        return ObjectSpec(head="", attached=attached, bare=match["noun"] == NO_OBJECT)
    return ObjectSpec(head=_noun(match["noun"]).head, modifiers=_noun(match["noun"]).modifiers, attached=attached)


def _before(cell: str) -> tuple[PreVerb, ...]:
    alternatives = []
    for alt in (a.strip().lower() for a in cell.split("|") if a.strip()):
        runs = tuple(tuple(w for w in run.split("_") if w) for run in alt.split())
        alternatives.append(PreVerb(runs=tuple(r for r in runs if r), touching=alt.endswith("_")))
    return tuple(a for a in alternatives if a.runs)


def _pattern(row: dict[str, str], where: tuple[str, int], codebook: Codebook) -> VerbPattern:
    path, lineno = where
    for column in ("cameo", "reverse"):
        if row.get(column) and row[column] not in codebook:
            raise DictionaryError(path, lineno, f"unknown CAMEO code {row[column]!r}")
    if not row["cameo"]:
        raise DictionaryError(path, lineno, "empty CAMEO code")
    if not row["verb"].strip():
        raise DictionaryError(path, lineno, "empty verb")
    chain = tuple(_step(part) for part in row["verb"].split(">"))
    if any(not s.lemmas for s in chain):
        raise DictionaryError(path, lineno, f"bad verb chain {row['verb']!r}")
    try:
        objects, ccomp = _objects(row["object"].strip())
    except ValueError as exc:
        raise DictionaryError(path, lineno, str(exc)) from None
    target = tuple(t.strip() for t in row["target"].split(",") if t.strip())
    return VerbPattern(id=row["id"], cameo=row["cameo"], chain=chain, objects=objects, ccomp=ccomp,
                       target=target, reverse=row.get("reverse", ""), origin=f"{path}:{lineno}",
                       imported=bool(row.get("origin")), before=_before(row.get("before", "")))


def pattern_from_row(row: dict[str, str], where: tuple[str, int], codebook: Codebook) -> VerbPattern:
    """Build one pattern from a row of cells; fail with `path:line: problem` when it is invalid."""
    return _pattern(row, where, codebook)


def parse_patterns(text: str, path: str, codebook: Codebook) -> list[VerbPattern]:
    """Parse a pattern file; fail with `path:line: problem` on a malformed line."""
    patterns: list[VerbPattern] = []
    ids: set[str] = set()
    for lineno, row in tsv.rows(text, path, COLUMNS, pad=True, optional=OPTIONAL):
        pattern = _pattern(row, (path, lineno), codebook)
        if pattern.id in ids:
            raise DictionaryError(path, lineno, f"duplicate pattern id {pattern.id!r}")
        ids.add(pattern.id)
        patterns.append(pattern)
    return patterns


def index_patterns(patterns: list[VerbPattern]) -> PatternSet:
    """Index patterns by first-verb lemma, most specific first (file order breaks ties)."""
    by_lemma: dict[str, list[VerbPattern]] = defaultdict(list)
    ids = Counter(p.id for p in patterns)  # an id given twice (by hand) has its words worked out when matching
    for pattern in patterns:
        for lemma in pattern.chain[0].lemmas:
            by_lemma[lemma].append(pattern)
    ordered = {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in by_lemma.items()}
    needs = {p.id: Needs.of(p) for p in patterns if ids[p.id] == 1}
    return PatternSet(ordered, {p.id: p for p in patterns}, needs,
                      {k: NeedIndex.of(v, needs) for k, v in ordered.items()})


def _read_folder(folder_name: str, names: Sequence[str] | None, codebook: Codebook) -> dict[str, VerbPattern]:
    """Read the built-in pattern files of a package folder (all `*.tsv`, or the names given)."""
    merged: dict[str, VerbPattern] = {}
    folder = resources.files("eventwire") / "data" / folder_name
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".tsv")), key=lambda f: f.name)
    for ref in (f for f in files if names is None or f.name in names):
        name = f"eventwire/data/{folder_name}/{ref.name}"
        for pattern in parse_patterns(ref.read_text(encoding="utf-8"), name, codebook):
            if pattern.id in merged:
                line = int(pattern.origin.rsplit(":", 1)[1])
                raise DictionaryError(name, line, f"duplicate pattern id {pattern.id!r}")
            merged[pattern.id] = pattern
    return merged


def base_pattern_files(*, backoff: bool = True) -> tuple[str, ...]:
    """Return the files of the imported base layer: its patterns, and its verb defaults (back-off)."""
    return ("verbs.tsv", "verb_defaults.tsv") if backoff else ("verbs.tsv",)


def load_patterns(codebook: Codebook, extra: list[Path] | None = None, *, builtin: bool = True,
                  base_layer: bool = False, backoff: bool = True, overrides: Sequence[Path] = ()) -> PatternSet:
    """Load the built-in verb patterns (`data/verbs/*.tsv`), then user files (same id replaces).

    `base_layer` adds the imported PETRARCH patterns (`data/petrarch/`) under the project's own:
    own and user patterns come first, so they win ties; `backoff=False` leaves out the verb
    defaults of that layer. The layer's patterns and defaults are switched off or re-coded as
    `data/base_overrides.tsv` and the user's `overrides` files say (`coding/overrides.py`).
    """
    from eventwire.coding.overrides import apply_overrides, load_overrides  # it builds on this module

    merged = _read_folder("verbs", None, codebook) if builtin else {}
    base = _read_folder(BASE_FOLDER, base_pattern_files(backoff=backoff), codebook) if base_layer else {}
    if base:
        base = apply_overrides(base, load_overrides(codebook, overrides), backoff=backoff)
    users: dict[str, VerbPattern] = {}
    for path in extra or []:
        users.update({p.id: p for p in parse_patterns(tsv.read_user_file(path), str(path), codebook)})
    # User patterns come first, so they win ties with built-in ones, and the base layer comes last.
    own = [p for k, p in merged.items() if k not in users]
    under = [p for k, p in base.items() if k not in users and k not in merged]
    return index_patterns(list(users.values()) + own + under)

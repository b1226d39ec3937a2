"""Surface forms of pattern verbs: the cheap test that decides which sentences get parsed."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from eventwire.coding.patterns import (
    ANY_VERB,
    CLASS_OBJECTS,
    OWNER,
    STATEMENT,
    ObjectSpec,
    PatternSet,
    PreVerb,
    VerbPattern,
    is_base,
    uncoded_backoff,
)

# Irregular past and participle forms of verbs that coding patterns use.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "be": ("is", "are", "was", "were", "been", "being", "am"), "begin": ("began", "begun"),
    "break": ("broke", "broken"), "bring": ("brought",), "build": ("built",), "buy": ("bought",),
    "catch": ("caught",), "come": ("came",), "cut": ("cut",), "deal": ("dealt",), "do": ("did", "done"),
    "draw": ("drew", "drawn"), "drive": ("drove", "driven"), "fight": ("fought",), "find": ("found",),
    "fly": ("flew", "flown"), "forbid": ("forbade", "forbidden"), "forgive": ("forgave", "forgiven"),
    "freeze": ("froze", "frozen"), "give": ("gave", "given"), "go": ("went", "gone"),
    "have": ("had", "has"), "hear": ("heard",), "hit": ("hit",), "hold": ("held",), "keep": ("kept",),
    "lay": ("laid",), "lead": ("led",), "leave": ("left",), "lend": ("lent",), "let": ("let",),
    "lose": ("lost",), "make": ("made",), "meet": ("met",), "overrun": ("overran",),
    "overthrow": ("overthrew", "overthrown"), "pay": ("paid",), "put": ("put",), "quit": ("quit",),
    "rebuild": ("rebuilt",), "ride": ("rode", "ridden"), "rise": ("rose", "risen"), "run": ("ran",),
    "say": ("said",), "see": ("saw", "seen"), "seek": ("sought",), "sell": ("sold",), "send": ("sent",),
    "set": ("set",), "shake": ("shook", "shaken"), "shoot": ("shot",), "shut": ("shut",),
    "slay": ("slew", "slain"), "speak": ("spoke", "spoken"), "spend": ("spent",), "split": ("split",),
    "spread": ("spread",), "stand": ("stood",), "steal": ("stole", "stolen"), "stick": ("stuck",),
    "strike": ("struck", "stricken"), "swear": ("swore", "sworn"), "take": ("took", "taken"),
    "teach": ("taught",), "tear": ("tore", "torn"), "tell": ("told",), "think": ("thought",),
    "throw": ("threw", "thrown"), "undertake": ("undertook", "undertaken"), "uphold": ("upheld",),
    "wage": ("waged",), "wake": ("woke", "woken"), "wear": ("wore", "worn"), "win": ("won",),
    "withdraw": ("withdrew", "withdrawn"), "withhold": ("withheld",), "write": ("wrote", "written"),
    "beat": ("beat", "beaten"), "bear": ("bore", "borne"), "bind": ("bound",), "feed": ("fed",),
    "flee": ("fled",), "hang": ("hung", "hanged"), "hide": ("hid", "hidden"), "mislead": ("misled",),
    "oversee": ("oversaw", "overseen"), "shed": ("shed",), "sink": ("sank", "sunk"), "sit": ("sat",),
    "sweep": ("swept",), "understand": ("understood",), "upset": ("upset",), "weep": ("wept",),
    "abide": ("abode",), "arise": ("arose", "arisen"), "become": ("became",), "bend": ("bent",),
    "blow": ("blew", "blown"), "burn": ("burnt",), "choose": ("chose", "chosen"), "dig": ("dug",),
    "dive": ("dove",), "fall": ("fell", "fallen"), "feel": ("felt",), "fling": ("flung",),
    "foresee": ("foresaw", "foreseen"), "forsake": ("forsook", "forsaken"), "foretell": ("foretold",),
    "forswear": ("forswore", "forsworn"), "get": ("got", "gotten"), "grow": ("grew", "grown"),
    "know": ("knew", "known"), "leap": ("leapt",), "learn": ("learnt",), "light": ("lit",),
    "mean": ("meant",), "overcome": ("overcame",), "overtake": ("overtook", "overtaken"),
    "retake": ("retook", "retaken"), "retell": ("retold",), "ring": ("rang", "rung"), "speed": ("sped",),
    "spell": ("spelt",), "spill": ("spilt",), "spring": ("sprang", "sprung"), "strive": ("strove", "striven"),
    "swell": ("swollen",), "tread": ("trod", "trodden"), "undo": ("undid", "undone"),
    "underwrite": ("underwrote", "underwritten"), "unwind": ("unwound",), "wind": ("wound",),
    "withstand": ("withstood",),
}
VOWELS = "aeiou"
PAIR = 2  # actors an imported pattern needs: a source and a target
_VOWEL_RUN = re.compile(f"[{VOWELS}]+")  # a lemma's syllables, counted for `surface_lemma`


def _double_final(lemma: str) -> bool:
    return (len(lemma) >= 3 and lemma[-1] not in VOWELS + "wxy" and lemma[-2] in VOWELS
            and lemma[-3] not in VOWELS)


def inflections(lemma: str) -> set[str]:
    """Return the likely surface forms of a verb lemma (over-generating is harmless here)."""
    forms = {lemma, *IRREGULAR.get(lemma, ())}
    if lemma.endswith("ie"):
        forms |= {lemma + "s", lemma + "d", lemma[:-2] + "ying"}  # "tie": tying
    elif lemma.endswith(("ee", "ye", "oe")):
        forms |= {lemma + "s", lemma + "d", lemma + "ing"}  # "free": freeing, "flee": fleeing
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"}
    if _double_final(lemma):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def surface_lemma(form: str, lemma: str) -> str:
    """Return the lemma the surface form shows. A one-syllable verb ending in a short vowel and a
    consonant doubles it before -ed and -ing ("rap": rapped, rapping), so an undoubled form
    ("raped", "raping") is of the verb with a silent e ("rape"), whichever lemma the parser gave."""
    if form in (lemma + "ed", lemma + "ing") and _double_final(lemma) and len(_VOWEL_RUN.findall(lemma)) == 1:
        return lemma + "e"
    return lemma


def stems(form: str) -> list[str]:
    """Return the lemmas a regular verb form may come from ("cordoned": cordon, cordone)."""
    return [s for s in dict.fromkeys(raw_stems(form)) if form in inflections(s)]


def misread_lemma(form: str, lemma: str, patterns: PatternSet) -> list[VerbPattern]:
    """Return the own one-verb patterns of the verb a regular form comes from when the parser gave
    it another lemma that has patterns too ("staged" read as "stag"): both readings are tried. (A
    chain's first verb is a wrapper, "hopes to sign", which the wrappers already read by its stems.)"""
    if not any(s != lemma and s in patterns.by_lemma for s in raw_stems(form)):
        return []
    return [p for stem in stems(form) if stem != lemma for p in patterns.by_lemma.get(stem, ())
            if not p.imported and len(p.chain) == 1]


def raw_stems(form: str) -> list[str]:
    """Return the bases a form may have by stripping a regular ending, unchecked."""
    found = []
    for suffix in ("ing", "ed", "es", "s", "d"):
        if form.endswith(suffix) and len(form) > len(suffix) + 2:
            base = form[:-len(suffix)]
            found += [base, base + "e"] + ([base[:-1]] if base[-1] == base[-2] else [])
    return found


def noun_forms(lemma: str) -> set[str]:
    """Return the singular and likely plural forms of a noun lemma."""
    forms = {lemma, lemma + "s", lemma + "es"}
    if lemma.endswith("y"):
        forms.add(lemma[:-1] + "ies")
    return forms


def _index(patterns: PatternSet, keep: Callable[[VerbPattern], bool]) -> dict[str, frozenset[str] | None]:
    """Map each surface form of the kept patterns' first verbs to the words they need."""
    needs: dict[str, set[str] | None] = {}
    required: dict[int, frozenset[str] | None] = {}  # by pattern object: one is listed under each of its lemmas
    for lemma, group in patterns.by_lemma.items():
        # the union of the words the lemma's kept patterns need (None: one needs none), then
        # merged into each of its forms once rather than once per pattern
        kept = [p for p in group if keep(p) and not never_coded(p)]
        if not kept or lemma == OWNER:  # an event noun told alone has no verb
            continue
        union: set[str] | None = set()
        for pattern in kept:
            if id(pattern) not in required:
                required[id(pattern)] = _required_words(pattern)
            extra = required[id(pattern)]
            if extra is None:
                union = None
            elif union is not None:
                union.update(extra)
        for form in inflections(lemma):
            known = needs.setdefault(form, set())
            if known is None or union is None:
                needs[form] = None
            else:
                known.update(union)
    return {form: None if words is None else frozenset(words) for form, words in needs.items()}


def _noun_index(patterns: PatternSet) -> dict[str, frozenset[str] | None]:
    """Map the forms of the event nouns told with no verb (`OWNER`) to the words they need: the
    objects, or the preposition, of the phrase their row asks of them."""
    needs: dict[str, frozenset[str] | None] = {}
    for spec in (s for p in patterns.by_lemma.get(OWNER, ()) for s in p.objects if s.head):
        words = frozenset(_cue_words(replace(spec, head=""))) if spec.attached is not None else None
        for form in noun_forms(spec.head):
            needs[form] = _either(needs.get(form, frozenset()), words)
    return needs


def _either(known: frozenset[str] | None, words: frozenset[str] | None) -> frozenset[str] | None:
    """Return the words a form's cue needs when two readings may start there: any of either's
    (None, no word needed, when one of them needs none)."""
    return None if known is None or words is None else known | words


def _triggers(needs: dict[str, frozenset[str] | None], words: set[str]) -> bool:
    for word in words:
        if word in needs:
            extra = needs[word]
            if extra is None or not extra.isdisjoint(words):
                return True
    return False


@dataclass(frozen=True, slots=True)
class CueIndex:
    """Which words make a sentence worth parsing: a pattern's first verb, and its object or
    complement word, its chain's second verb or its particle when the pattern requires one.

    Each surface form maps to None when some pattern of its verb needs no other word, else to
    the union of the words its patterns need: a sentence with the form triggers when it holds
    one of them. One lookup per word and one set test per verb form found, however many
    patterns share the verb. `needs` indexes the project's own patterns; `pair_needs` the
    imported ones, whose events are coded only with both a source and a target (see
    eventwire.coding.imported), so that a sentence they alone trigger needs two actors."""

    needs: dict[str, frozenset[str] | None]
    pair_needs: dict[str, frozenset[str] | None] = field(default_factory=dict)

    @classmethod
    def build(cls, patterns: PatternSet) -> CueIndex:
        """Index every pattern by the surface forms of its first verb, and an event noun told with
        no verb by its own forms, as one that needs two actors (its author and its target)."""
        pair = _index(patterns, lambda p: p.imported)
        for form, words in _noun_index(patterns).items():
            pair[form] = _either(pair.get(form, frozenset()), words)
        return cls(_index(patterns, lambda p: not p.imported), pair)

    def triggered(self, words: set[str]) -> bool:
        """Tell whether some pattern could match a sentence with these lowercase words."""
        return self.actors_needed(words) is not None

    def actors_needed(self, words: set[str]) -> int | None:
        """Return how many actors a sentence with these lowercase words needs to be worth
        parsing: one when an own pattern could match, two when only imported ones could
        (a source and a target), None when no pattern could."""
        if _triggers(self.needs, words):
            return 1
        return PAIR if _triggers(self.pair_needs, words) else None


def never_coded(pattern: VerbPattern) -> bool:
    """Tell whether every event of a pattern is dropped: an imported back-off `uncoded_backoff`
    drops, or a base-layer pattern coding a bare statement (010), whose events
    `eventwire.coding.imported` drops as reports of speech. Its words are no reason to parse a
    sentence."""
    return uncoded_backoff(pattern) is not None or (is_base(pattern) and pattern.cameo == STATEMENT)


def _required_words(pattern: VerbPattern) -> frozenset[str] | None:
    """Return words one of which a sentence must hold for the pattern to match, or None if none
    is needed beyond its first verb: its complement or object words, else a form of its chain's
    second verb ("refuse>recognize"), else its particle ("give in"); matching needs each of them."""
    if pattern.ccomp:  # a complement's predicate: an adjective, or a verb in any of its forms
        return frozenset(f for word in pattern.ccomp for f in inflections(word))
    if pattern.objects:
        if any(spec.head in CLASS_OBJECTS for spec in pattern.objects):
            return None  # people named by nationality or persons need no listed word
        return frozenset(f for spec in pattern.objects for f in _cue_words(spec))
    if len(pattern.chain) > 1 and ANY_VERB not in pattern.chain[1].lemmas:
        return frozenset(f for lemma in pattern.chain[1].lemmas for f in inflections(lemma))
    if pattern.chain[0].particle is not None:
        return frozenset({pattern.chain[0].particle})
    return _preverb_words(pattern.before)


# Words before a verb that a parser's lemma may give to other surface forms than a word's own
# inflections ("n't" read as "not", "us" as "we", "'s" as "be"): no cue on their own.
SHORT_WORD = 3
# Nouns whose plural is no regular ending (a before word is matched by form or lemma).
IRREGULAR_PLURALS: dict[str, tuple[str, ...]] = {
    "man": ("men",), "woman": ("women",), "child": ("children",), "person": ("people",),
    "policeman": ("policemen",), "gunman": ("gunmen",), "spokesman": ("spokesmen",),
}


def _preverb_words(before: tuple[PreVerb, ...]) -> frozenset[str] | None:
    """Return words one of which a sentence must hold for a pattern's words before its verb
    ("critics said") to match, or None if it needs none: every word of one alternative must
    stand there (as its form or its lemma), so the forms of each alternative's longest word do."""
    if not before:
        return None
    words: set[str] = set()
    for alternative in before:
        key = max((w for run in alternative.runs for w in run), key=len)
        if len(key) <= SHORT_WORD or not key.replace("-", "").isalpha():
            return None
        words |= inflections(key) | noun_forms(key) | set(IRREGULAR_PLURALS.get(key, ()))
    return frozenset(words)


def _cue_words(spec: ObjectSpec) -> set[str]:
    """Return the words one of which a sentence needs for an object spec to match."""
    if spec.head:
        return noun_forms(spec.head)
    if spec.attached is not None and spec.attached.objects:
        return {f for o in spec.attached.objects for f in noun_forms(o.head)}
    return {spec.attached.prep} if spec.attached is not None else set()

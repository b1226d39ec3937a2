"""Turn one PETRARCH pattern (`* {FINANCIAL AID} (FROM +)`) into eventwire's object and target cells.

Supported: an optional particle after the verb, at most one object noun phrase and at most one
prepositional phrase, the target as the direct object (`* +`) or inside the prepositional phrase
(`(WITH +)`; `(WITH %)`, a compound there, is read the same: each of its actors is a target),
`$` before the verb (the subject, as eventwire assumes), `%` before it (a compound
subject whose actors act on each other: target `each-other`), `^` as any words; a
preposition closing the pattern (`* MEMOS FROM`) is a phrase with any object (`(from)`).
Words before the verb (`INDICATED SHOULD *`, `MOST_CERTAINLY_&NEGATIVE *`, `NOT_*`) become the
`before` cell: the words that must precede the verb in order, `_` joining words that must stand
next to each other (and a trailing `_` one that stands next to the verb), a space allowing any
words between. Anything else (a target before the verb, the source after it, two prepositional
phrases, a compound `%` after the verb outside a phrase) raises ValueError naming what is not supported.
A pattern whose target opens it before the verb and whose source follows the verb
(`+ * (FROM $)`, `+ * MONEY $`: "Ruritania received money from Graustark") is read the other way
round, `$` as the target (or, after an object noun, the first actor after it), and marked
`source-after` in its target cell: the coder's subject is its target, and what it finds as the
target is its source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

PARTICLES = frozenset({"up", "down", "off", "out", "back", "away", "over", "aside", "forward", "through", "on"})
PREPOSITIONS = frozenset({"to", "toward", "towards", "into", "with", "of", "from", "against", "in", "on", "for",
                          "at", "by", "about", "over", "between", "among", "after", "before", "under", "near",
                          "across", "around", "along", "within", "without", "upon", "despite", "beyond"})
MARKERS = frozenset({"+", "$", "^", "%"})
EACH_OTHER = "each-other"  # the target cell of a compound subject's mutual act
SOURCE_AFTER = "source-after"  # in a target cell: the subject is the target, the actor after the verb the source
NEXT_TO_NOUN = "a target next to an object noun is not supported"
EXPANSION_LIMIT = 400
_TOKEN = re.compile(r"[(){}]|[^\s(){}]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Converted:
    """A pattern in eventwire's terms."""

    particle: str | None
    object: str
    target: str
    before: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class _Phrase:
    """A prepositional phrase: the preposition and its object words (or one marker, or none)."""

    prep: str
    words: tuple[str, ...]


def _split_word(token: str, synsets: dict[str, list[str]]) -> list[str]:
    """Split `NEW_&TIETYPES_RELATIONS` into words, keeping the longest known synset name whole."""
    if "&" not in token:
        return [w for w in token.split("_") if w] if token not in MARKERS else [token]
    before, _, after = token.partition("&")
    parts = after.split("_")
    for n in range(len(parts), 0, -1):
        name = "_".join(parts[:n]).upper()
        if name in synsets:
            return [w for w in before.split("_") if w] + ["&" + name] + _split_word("_".join(parts[n:]), synsets)
    raise ValueError(f"unknown synset &{after}")


def tokens(text: str, synsets: dict[str, list[str]]) -> list[str]:
    """Return the tokens of a pattern body."""
    out: list[str] = []
    for token in _TOKEN.findall(text):
        out += [token] if token in "(){}" else _split_word(token, synsets)
    return out


def _group(toks: list[str], start: int, close: str) -> tuple[list[str], int]:
    end = start
    while end < len(toks) and toks[end] != close:
        if toks[end] == "(" or (close == "}" and toks[end] == "{"):
            raise ValueError("nested brackets")
        end += 1
    if end >= len(toks):
        raise ValueError(f"unclosed bracket (missing {close!r})")
    return [t for t in toks[start:end] if t not in "{}"], end + 1


def _elements(post: list[str]) -> tuple[list[str], list[_Phrase], list[str]]:
    """Split what follows the verb into bare words, prepositional phrases, and markers."""
    nouns: list[str] = []
    phrases: list[_Phrase] = []
    markers: list[str] = []
    i = 0
    while i < len(post):
        tok = post[i]
        if tok == "(":
            inner, i = _group(post, i + 1, ")")
            if not inner or inner[0] in MARKERS or inner[0].startswith("&"):
                raise ValueError("a prepositional phrase must start with its preposition")
            phrases.append(_Phrase(prep=inner[0].lower(), words=tuple(inner[1:])))
            continue
        if tok == "{":
            inner, i = _group(post, i + 1, "}")
            if phrases:
                raise ValueError("an object after a prepositional phrase is not supported")
            nouns += inner
            continue
        closing = i == len(post) - 1 and tok.lower() in PREPOSITIONS and not phrases
        if closing and (i > 0 or tok.lower() not in PARTICLES):
            # `* MEMOS FROM`, `* FOR`: a preposition closing the pattern asks for a phrase it opens
            # (alone after the verb, a word that is also a particle is the particle: `* ON`).
            phrases.append(_Phrase(prep=tok.lower(), words=()))
            i += 1
            continue
        if tok.lower() in PREPOSITIONS - PARTICLES and not phrases and i < len(post) - 1:
            # `* FOR VIOLENCE`, `* AT ^ +`: a bare preposition opens a phrase up to the next bracket.
            end = next((j for j in range(i + 1, len(post)) if post[j] in "({"), len(post))
            inner = post[i + 1:end]
            skipped = len(inner) - len([w for w in inner if w != "^"])
            if inner[:skipped] == ["^"] * skipped and skipped and len(inner) > skipped + 1 \
                    and inner[skipped].lower() in PREPOSITIONS:
                i += 1 + skipped  # `AT ^ WITH +`: a phrase of any words before the target's phrase
                continue
            phrases.append(_Phrase(prep=tok.lower(), words=tuple(w for w in inner if w != "^" or "+" not in inner)))
            i = end
            continue
        if tok in MARKERS:
            markers.append(tok)
        elif phrases:
            raise ValueError("words after a prepositional phrase are not supported")
        else:
            nouns.append(tok)
        i += 1
    return nouns, phrases, markers


def _alternatives(words: list[str], synsets: dict[str, list[str]]) -> list[str]:
    from eventwire.dictionaries.verbs import expand_synset, product_phrases

    parts = [expand_synset(w[1:], synsets) if w.startswith("&") else [w.lower()] for w in words]
    if any(not p for p in parts):
        raise ValueError("an empty synset")
    return product_phrases(parts, EXPANSION_LIMIT)


def _prepositions(word: str, synsets: dict[str, list[str]]) -> list[str]:
    """Return the members of a synset made only of prepositions (none for anything else)."""
    from eventwire.dictionaries.verbs import expand_synset

    members = expand_synset(word[1:], synsets) if word.startswith("&") else []
    return members if members and all(m in PREPOSITIONS for m in members) else []


def _check_markers(markers: list[str], nouns: list[str]) -> str:
    if "$" in markers or "%" in markers:
        raise ValueError("the source or a compound (% or $) after the verb is not supported")
    if "+" in markers:
        if nouns:
            raise ValueError(NEXT_TO_NOUN)
        return "dobj"
    return ""


def _phrase_cell(phrase: _Phrase, synsets: dict[str, list[str]]) -> str:
    if list(phrase.words) in ([], ["^"]):
        return f"({phrase.prep})"
    if any(w in MARKERS for w in phrase.words):
        raise ValueError(f"markers inside ({phrase.prep} ...) other than a lone + are not supported")
    return f"({phrase.prep} {','.join(_alternatives(list(phrase.words), synsets))})"


def _group_alternatives(group: str, synsets: dict[str, list[str]]) -> list[str]:
    """Return the `_`-joined word runs one pre-verb group stands for (its synsets expanded)."""
    from eventwire.dictionaries.verbs import expand_synset, product_phrases

    parts = [[p.replace(" ", "_") for p in expand_synset(w[1:], synsets)] if w.startswith("&") else [w.lower()]
             for w in _split_word(group, synsets)]
    if any(not p for p in parts):
        raise ValueError("an empty synset")
    return [p.replace(" ", "_") for p in product_phrases(parts, EXPANSION_LIMIT)]


def preverb_cell(pre: str, synsets: dict[str, list[str]]) -> str:
    """Return the `before` cell of the words a pattern puts before its verb ("" for none)."""
    from eventwire.dictionaries.verbs import product_phrases

    if "+" in pre:
        raise ValueError("a target (+) before the verb is not supported")
    if any(b in pre for b in "(){}"):
        raise ValueError("brackets before the verb are not supported")
    touching = pre.rstrip().endswith("_") and not pre.endswith(" ")
    groups = [g.strip("_") for g in pre.split() if g.strip("_") not in {"$", "%", "^", ""}]
    if any(m in g for g in groups for m in "$%^"):
        raise ValueError("a marker joined to words before the verb is not supported")
    if not groups:
        return ""
    alternatives = product_phrases([_group_alternatives(g, synsets) for g in groups], EXPANSION_LIMIT)
    return "|".join(a + ("_" if touching else "") for a in alternatives)


def convert_pattern(text: str, synsets: dict[str, list[str]]) -> Converted:
    """Convert a pattern body (without its leading `-` and its code)."""
    pre, star, post = text.partition("*")
    if star and pre.split()[:1] == ["+"] and "$" in post and "+" not in pre.strip()[1:] + post and "$" not in pre:
        return _source_after(pre.strip()[1:], post, synsets)
    return _convert(text, synsets)


def _source_after(pre: str, post: str, synsets: dict[str, list[str]]) -> Converted:
    """Convert `+ ... * ... $` as `... * ... +` read the other way round."""
    try:
        plain = _convert(f"{pre} *{post.replace('$', '+')}", synsets)
    except ValueError as exc:
        if str(exc) != NEXT_TO_NOUN:
            raise
        plain = _convert(f"{pre} *{post.replace('$', '')}", synsets)  # `* MONEY $`: the first actor after
    return replace(plain, target=",".join(t for t in (plain.target, SOURCE_AFTER) if t))


def _convert(text: str, synsets: dict[str, list[str]]) -> Converted:
    toks = tokens(text, synsets)
    if toks.count("*") != 1:
        raise ValueError("a pattern needs exactly one * (the verb)")
    star = toks.index("*")
    before = preverb_cell(text.split("*", 1)[0], synsets)
    nouns, phrases, markers = _elements(toks[star + 1:])
    target = _check_markers(markers, nouns)
    if not target and "%" in text.split("*", 1)[0].split():
        target = EACH_OTHER  # `% *`: the actors of a compound subject act on each other
    particle = None
    if nouns and nouns[0].lower() in PARTICLES and (len(nouns) > 1 or phrases or not markers):
        particle, nouns = nouns[0].lower(), nouns[1:]
    if len(nouns) > 1 and not phrases and _prepositions(nouns[0], synsets):
        # `* &PREPOSITIONS RESOLUTION`: a set of prepositions opening the words is a phrase.
        words = ",".join(_alternatives(nouns[1:], synsets))
        cells = [f"({p} {words})" for p in _prepositions(nouns[0], synsets)]
        return Converted(particle=particle, object="|".join(cells), target=target, before=before)
    if any(w.lower() in PREPOSITIONS for w in nouns):
        raise ValueError("a preposition outside parentheses is not supported")
    if len(phrases) > 1:
        raise ValueError("more than one prepositional phrase is not supported")
    heads = _alternatives(nouns, synsets) if nouns else []
    if phrases and phrases[0].words in (("+",), ("%",)):  # the target's phrase must be there (`* (WITH +)`)
        cell = f"({phrases[0].prep})"
        objects = [f"{h} {cell}" for h in heads] if heads else [cell]
        return Converted(particle=particle, object="|".join(objects), target=f"prep:{phrases[0].prep}", before=before)
    if phrases:
        cell = _phrase_cell(phrases[0], synsets)
        objects = [f"{h} {cell}" for h in heads] if heads else [cell]
        return Converted(particle=particle, object="|".join(objects), target=target, before=before)
    return Converted(particle=particle, object="|".join(heads), target=target, before=before)

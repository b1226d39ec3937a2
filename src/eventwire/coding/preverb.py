"""Match the words a pattern puts before its verb ("indicated it should act", "did not ever clash").

The words are looked for among the tokens left of the verb that belong to its clause: the verb's
own dependents (subject, auxiliaries, adverbs, negation) without the clauses inside them, the
verbs it hangs from ("said", "indicated", "was seen to") and their direct dependents. Runs of
adjacent words must stand next to each other; any words may come between runs. The match is
found from the verb backwards, taking each run's nearest occurrence.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.coding.patterns import PreVerb
from eventwire.doc_words import words_of
from eventwire.parse_view import lower_lemmas_of, view_of

# Clauses of their own inside a verb's dependents ("Norway, which won the cup, ..."): not its words.
CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis", "conj"})


def own_words(token: Token) -> list[Token]:
    """Return a token and its dependents, leaving out clauses of their own beneath it."""
    doc = token.doc
    return [doc[i] for i in own_indices(token)]


def own_indices(token: Token) -> list[int]:
    """Return the indices of `own_words(token)`, in the order of a walk down the tree (each word
    before its dependents, these left to right), read off the sentence's parse view rather than a
    Token per child."""
    view = view_of(token.doc)
    children, deps = view.children, view.deps
    found, stack = [], [token.i]
    while stack:
        i = stack.pop()
        found.append(i)
        stack.extend(c for c in reversed(children[i]) if deps[c] not in CLAUSES)
    return found


def clause_window(verb: Token) -> set[int]:
    """Return the indices of the tokens left of a verb that belong to its clause."""
    window = set(own_indices(verb))
    for ancestor in verb.ancestors:
        window.add(ancestor.i)
        window.update(c.i for c in ancestor.children)
    return {i for i in window if i < verb.i}


def _run_at(words: tuple[tuple[str, ...], tuple[str, ...]], end: int, run: tuple[str, ...], window: set[int]) -> bool:
    """Tell whether a run of words ends at doc position `end` (inclusive), all in the window, each
    word the token's lowercase form or lemma (`words`: the Doc's forms and lowercase lemmas)."""
    start = end - len(run) + 1
    if start < 0:
        return False
    lower, lemmas = words
    return all(i in window and (w == lower[i] or w == lemmas[i])
               for i, w in zip(range(start, end + 1), run, strict=True))


def preverb_words(verb: Token, alternatives: tuple[PreVerb, ...], window: set[int] | None = None) -> int | None:
    """Return how many words the best-matching alternative names (None when none matches);
    `window` is the verb's `clause_window`, when already worked out."""
    window = clause_window(verb) if window is None else window
    if not window:
        return None
    # the Doc's tables (no Token per word), and the window's positions from the verb backwards:
    # a run can only end inside the window, so no other position is tried
    words = (words_of(verb.doc).lower, lower_lemmas_of(verb.doc))
    ends = sorted(window, reverse=True)
    best: int | None = None
    for alt in alternatives:
        if _matches(words, verb.i, alt, window, ends) and (best is None or alt.size > best):
            best = alt.size
    return best


def _matches(words: tuple[tuple[str, ...], tuple[str, ...]], verb_i: int, alt: PreVerb, window: set[int],
             ends: list[int]) -> bool:
    limit = verb_i - 1  # the last position the next run (going backwards) may end at
    for n, run in enumerate(reversed(alt.runs)):
        if n == 0 and alt.touching:
            if not _run_at(words, limit, run, window):
                return False
            limit -= len(run)
            continue
        first = len(run) - 1  # the earliest position a run of its length may end at
        end = next((e for e in ends if first <= e <= limit and _run_at(words, e, run, window)), None)
        if end is None:
            return False
        limit = end - len(run)
    return True

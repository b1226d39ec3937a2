"""What an act asked, urged, demanded, promised or refused becomes: the specific code of the act
its clause names, or the plain code of asking when what is asked is that an act not be done.

CAMEO codes an appeal, a demand, an intention and a refusal by what is asked, promised or
refused: an appeal for a release is 0253, a demand for a ceasefire 1056, a refusal to meet 125.
A pattern whose verb only says that something was asked ("urged Lima to ...", "demanded that ...")
or refused ("refused to ...") codes the plain code of its root (020, 100, 030, 120); the act its
clause names, when a pattern knows it, tells the specific code (data/conventions.tsv: `appeal`,
`demand`, `intent`, `refusal`). The inverse: a pattern that names the act asked for ("urged ...
to free") codes an appeal or demand for that act; asked not to be done ("urged ... not to free"),
it is the plain appeal or demand of its root again (`as_asked`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from eventwire import attributes
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.match import Predicate, VerbMatches, holds, said_clauses
from eventwire.coding.patterns import is_backoff
from eventwire.coding.predicates import content_clauses, depth
from eventwire.ontology.conventions import Conventions, TargetSearch
from eventwire.parse_labels import PREDICATE_POS

# The rule-id suffix of a predicate recoded by the act its clause names.
ASKED_SUFFIX = "+asked-act"
# The plain codes of asking (an appeal, a demand), and the clauses that say what is asked.
ASKING = frozenset({"020", "100"})
ASKED_DEPS = frozenset({"xcomp", "ccomp", "pcomp"})


def _specific(conventions: Conventions, code: str) -> Callable[[str], str | None] | None:
    """Return how the plain code `code` turns specific by the code of the act it names: appeals
    (020) and demands (100) by what is asked, intentions (030) by what is promised, rejections
    (120) by what is refused; None for any other code."""
    return {"020": conventions.appealed, "100": conventions.demanded,
            "030": conventions.intended, "120": conventions.refused}.get(code)


def _clause_verbs(predicate: Predicate, lexicon: Lexicon, conventions: Conventions) -> Iterator[Token]:
    """Yield the verbs of a predicate's content clauses, in order ("demanded that the army
    withdraw and free the prisoners": withdraw, then free). What is asked is a complement
    clause ("urged Lima to ...", "demanded that ...", "called for X to ..."), never a participle or
    a condition beside it; what is promised or refused is the verb's own open complement
    ("refused to meet"), not a clause the parser hung from it ("a charge Sudan rejected")."""
    asked = predicate.pattern.cameo in ASKING
    # a chained pattern ("call>*": "called on Sanaa to let ...") names the asked act itself
    clauses = [predicate.last] if len(predicate.tokens) > 1 else [
        c for c in content_clauses(predicate, lexicon, conventions)
        if c.dep_ == "xcomp" or (asked and c.dep_ in ASKED_DEPS)]
    # the clause's own verb and its conjuncts: a verb deeper down is another's act ("urged Sanaa to
    # let the tankers dock": what is asked is letting them, not their docking)
    verbs = {t.i: t for c in clauses for t in (c, *c.conjuncts) if t.pos_ in PREDICATE_POS}
    yield from sorted(verbs.values(), key=lambda t: (depth(t), t.i))


def by_asked_act(predicate: Predicate, matches: VerbMatches, conventions: Conventions) -> Predicate:
    """Return a plain appeal, demand, intention or rejection recoded by the first act of its
    clauses that has a specific code of that kind, else the predicate unchanged. An act asked
    not to be done ("urged Lima not to free ...") is no act asked: it is passed over; a refusal's
    clause is negated by the refusal itself, so only its own negation counts there (`matches`:
    the pattern each verb of the sentence matches)."""
    lexicon = matches.lexicon
    specific = _specific(conventions, predicate.pattern.cameo)
    if specific is None:
        return predicate
    refusal = predicate.pattern.cameo == "120"
    for verb in _clause_verbs(predicate, lexicon, conventions):
        if (attributes.negated((verb,), lexicon) and not refusal) or any(c.dep_ == "neg" for c in verb.children):
            continue
        found, _tried = matches.of(verb)
        if found is None or is_backoff(found.pattern.id):
            continue
        code = specific(found.pattern.cameo)
        if code is not None and code != predicate.pattern.cameo:
            recoded = replace(predicate.pattern, id=f"{predicate.pattern.id}{ASKED_SUFFIX}", cameo=code)
            return replace(predicate, pattern=recoded)
    return predicate


def said_not_so(predicate: Predicate, lexicon: Lexicon) -> bool:
    """Tell whether what a pattern of speech needs said (its `ccomp:` words) is said not to be so:
    every said clause holding one of its words is negated ("said he did not blame Canberra", "said
    Lima was not responsible", "said the talks were not illegal"), which tells no charge, no
    criticism and no comment of that kind. Asking that something not be done is still asking
    ("must not annex": `as_asked`), so the plain codes of asking never come here."""
    words = predicate.pattern.ccomp
    if not words:
        return False
    clauses = [c for c in said_clauses(predicate.last, words) if holds(c, words)]
    return bool(clauses) and all(attributes.negated((c,), lexicon) for c in clauses)


def as_asked(predicate: Predicate, lexicon: Lexicon, conventions: Conventions) -> tuple[Predicate, bool]:
    """Return a predicate as coded and whether it is told as not done. Asking another actor not
    to act ("urged Lima not to expel the envoy", "demanded that Quito not sign") is still asking:
    only the asking verb's own negation denies the appeal or demand, and what it asks for is no
    longer the act its pattern names, so it is the plain appeal or demand of its root (020, 100).
    Any other pattern of speech is told as not done when what it needs said is said not to be so
    (`said_not_so`)."""
    code = predicate.pattern.cameo
    negated = attributes.negated(predicate.tokens, lexicon) or (code not in ASKING and said_not_so(predicate, lexicon))
    if not negated or len(predicate.tokens) < 2 \
            or conventions.target_search(code) != TargetSearch.REQUEST \
            or attributes.negated(predicate.tokens[:1], lexicon):
        return predicate, negated
    plain = replace(predicate.pattern, id=f"{predicate.pattern.id}+refrain", cameo=f"{code[:2]}0")
    return replace(predicate, pattern=plain), False

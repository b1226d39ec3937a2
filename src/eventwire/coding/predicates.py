"""Choose the predicates of a parsed sentence: every verb matched once (`match.VerbMatches`),
outermost first; the verbs a matched predicate takes in (its open complement, its content
clauses) are no predicates of their own, an imported pattern gives way to the project's own
inside its clauses and a bare pledge to the act it pledges, and a verb's back-off code stands
only where no matched predicate covers it."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from eventwire.coding.clause_parts import is_condition, taken_in
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.match import DOBJ_DEPS, Predicate, VerbMatches
from eventwire.coding.patterns import ANY_VERB, is_backoff, is_base
from eventwire.ontology.conventions import Conventions
from eventwire.parse_labels import PREDICATE_POS, PREP_DEPS, SUBJECT_DEPS
from eventwire.parse_view import child_indices, children_by, view_of

XCOMP_DEPS, ADVCL_DEPS, PCOMP_DEPS = frozenset({"xcomp"}), frozenset({"advcl"}), frozenset({"pcomp"})
CONTENT_DEPS = frozenset({"ccomp", "xcomp"})


def content_clauses(predicate: Predicate, lexicon: Lexicon, conventions: Conventions) -> list[Token]:
    """Return the complement clauses that belong to a matched predicate rather than standing alone."""
    clauses = [c for v in predicate.tokens for c in children_by(v, XCOMP_DEPS)]
    # "opened fire to disperse protesters, killing one": purpose and participle clauses without a
    # subject of their own describe the same event, not new ones.
    # An accusation made along the way ("..., accusing it of failing") is an act of its own; what
    # protesters demand is the protest's purpose.
    # what is asked beside a verb of speech, or by a protest, is what they say or want, no act of its own
    spoken = (predicate.head.lemma_.lower() in lexicon.speech_verb
              or conventions.scene_of(predicate.pattern.cameo).street)
    clauses += [c for v in predicate.tokens for c in children_by(v, ADVCL_DEPS)
                if not child_indices(c, SUBJECT_DEPS)
                and not (c.lemma_ in lexicon.separate_act and c.tag_ == "VBG")
                and (spoken or not _appeal(c, lexicon))]
    # "would reimpose sanctions unless Caracas allowed ...": a condition is part of the event it
    # conditions (the threat), not an event of its own.
    clauses += [c for v in predicate.tokens for c in v.children if is_condition(c, lexicon)]
    if conventions.content_clause(predicate.pattern.cameo):
        # Speech and intentions: their clausal complements are what was said ("demanded that X
        # withdraw"), not separate events.
        for verb in predicate.tokens:
            clauses += children_by(verb, CONTENT_DEPS)
            clauses += [g for c in children_by(verb, PREP_DEPS) for g in children_by(c, PCOMP_DEPS)]
    return clauses


def _appeal(clause: Token, lexicon: Lexicon) -> bool:
    """Tell whether a clause with no subject of its own is an appeal made along the way, an act of
    its own beside a deed it hangs from: a participle or purpose infinitive of a verb of appeal
    that names whom it asks and what ("flew to Moscow to urge Russia to ...", "..., calling on
    Kyiv to ..."). Beside a verb of speech or a protest it is what they say or want."""
    return clause.lemma_.lower() in lexicon.appeal_verb and any(
        c.dep_ in XCOMP_DEPS or (c.dep_ == "prep" and c.lower_ == "on") for c in clause.children)


def depth(token: Token) -> int:
    """Return the distance of a token from its sentence root."""
    heads = view_of(token.doc).heads
    i, n = token.i, 0
    while heads[i] != i:
        i, n = heads[i], n + 1
    return n


def find_predicates(tokens: list[Token], matches: VerbMatches,
                    conventions: Conventions) -> tuple[list[Predicate], list[tuple[Token, str]]]:
    """Match every verb, outermost first; verbs inside a matched open complement are consumed."""
    lexicon = matches.lexicon
    found: list[Predicate] = []
    misses: list[tuple[Token, str]] = []
    consumed: set[int] = set()
    backoffs: list[Predicate] = []
    for verb in sorted((t for t in tokens if t.pos_ in PREDICATE_POS), key=depth):
        if verb.i in consumed:
            continue
        predicate, tried = matches.of(verb)
        if predicate is None or is_backoff(predicate.pattern.id):
            if tried:
                misses.append((verb, f"'{verb.lemma_}' has patterns but none matched its objects/complements"))
            backoffs += [predicate] if predicate is not None else []
            continue
        if _yields_to_own(predicate, matches, conventions) or _yields_to_inner(predicate, matches):
            continue
        found.append(predicate)
        consumed.update(t.i for t in predicate.tokens)
        consumed.update(t.i for c in content_clauses(predicate, lexicon, conventions) for t in taken_in(c, lexicon))
    return found + _backoffs(backoffs, found, consumed, lexicon), misses


def _backoffs(candidates: list[Predicate], found: list[Predicate], consumed: set[int],
              lexicon: Lexicon) -> list[Predicate]:
    """Return the back-off predicates (a verb's default code) that stand alone: not inside a matched
    predicate's clauses, with no matched predicate beneath them, not speech verbs reporting what was said
    (what is said is coded; "warned of a war" says no clause and is coded), nor verbs giving a figure."""
    heads = {p.head.i for p in found}
    return [p for p in candidates if p.head.i not in consumed and not _reports(p.head, lexicon)
            and not any(t.i in heads for t in p.head.subtree)
            and not any(o.lemma_.lower() in lexicon.figure_noun for o in children_by(p.head, DOBJ_DEPS))]


def _reports(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a speech verb reports what was said (a clause, or no complement at all)."""
    if verb.lemma_.lower() not in lexicon.speech_verb:
        return False
    return not any(c.dep_ in {"prep", "dobj", "dative"} for c in verb.children) or any(
        c.dep_ in {"ccomp", "xcomp", "parataxis"} for c in verb.children)


def _yields_to_own(predicate: Predicate, matches: VerbMatches, conventions: Conventions) -> bool:
    """Tell whether an imported (base layer) predicate gives way to the project's own patterns:
    a verb in the clauses it would take in ("dispatched inspectors to monitor ...") that an own
    pattern matches is coded instead."""
    if not is_base(predicate.pattern):
        return False
    clauses = content_clauses(predicate, matches.lexicon, conventions)
    inner = (t for c in clauses for t in c.subtree if t.pos_ in PREDICATE_POS)
    return _matched_within(inner, matches, own_only=True)


def _yields_to_inner(predicate: Predicate, matches: VerbMatches) -> bool:
    """Tell whether a bare pledge or agreement ("agreed", "promised", with no object of its own)
    gives way to the act it takes as its complement, when a pattern knows that act ("agreed to set
    up an inquiry" is coded as the inquiry, under the pledge's modality), as a wrapper does. A
    pledge chained to any act ("offered to ...", "was ready to ...") gives way so only to an act
    one of the project's own patterns knows: an imported one's act is named by the pledge's code."""
    pattern = predicate.pattern
    if pattern.objects or not pattern.cameo.startswith("03"):
        return False
    if len(predicate.tokens) == 1:
        inner = (t for c in predicate.head.children if c.dep_ == "xcomp" for t in c.subtree if t.pos_ in PREDICATE_POS)
        return _matched_within(inner, matches, own_only=False)
    if ANY_VERB not in pattern.chain[-1].lemmas:
        return False
    return _matched_within((t for t in predicate.last.subtree if t.pos_ in PREDICATE_POS), matches, own_only=True)


def _matched_within(verbs: Iterator[Token], matches: VerbMatches, *, own_only: bool) -> bool:
    """Tell whether a pattern that is no back-off (and, with `own_only`, one of the project's own)
    matches one of the verbs inside a predicate's clauses."""
    for verb in verbs:
        found, _tried = matches.of(verb)
        if found is not None and not is_backoff(found.pattern.id) and not (own_only and is_base(found.pattern)):
            return True
    return False

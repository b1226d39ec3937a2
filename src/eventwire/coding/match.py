"""Match verb patterns at the verbs of a parsed sentence: the most specific pattern a verb's
chain, particles, objects and complement clauses fit (`match_verb`), found once per verb
(`VerbMatches`); which matches stand as the sentence's predicates is `coding.predicates`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Token

from eventwire.coding.clause_parts import binds_no_party, opens_question
from eventwire.coding.cues import misread_lemma, stems, surface_lemma
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.object_words import VerbObjects, class_fits, head_words, name_nouns
from eventwire.coding.patterns import (
    ANY_VERB,
    CLASS_OBJECTS,
    Needs,
    ObjectSpec,
    PatternSet,
    PrepSpec,
    Step,
    VerbPattern,
    is_backoff,
    is_base,
)
from eventwire.coding.preverb import clause_window, own_indices, preverb_words
from eventwire.coding.verb_objects import cached_objects
from eventwire.dates import date_phrases
from eventwire.doc_words import words_of
from eventwire.ontology.conventions import Conventions
from eventwire.parse_labels import ATTACHED_DEPS, NOUN_MODIFIER_DEPS, OWN_SUBJECT_DEPS, POBJ_DEPS, PRENOMINAL_DEPS
from eventwire.parse_view import child_indices, children_by, lemmas_of, lower_lemmas_of, view_of

PARTICLE_DEPS = frozenset({"prt", "advmod", "prep"})
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj"})
# the day date phrases are read from where only whether words are a date matters
_ANY_DAY = date(2000, 1, 3)
# a chain also goes through a predicate adjective its pattern names ("was ready to meet")
CHAIN_DEPS = (COMPLEMENT_DEPS - {"conj"}) | {"acomp"}
SUBORDINATOR_DEPS = frozenset({"mark", "advmod"})
DOBJ_DEPS = frozenset({"dobj"})
CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
CLAUSE_WORD_DEPS = frozenset({"acomp", "attr", "oprd", "aux", "prep", "xcomp"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Predicate:
    """A pattern matched at a verb: the chain of verb tokens and the object that satisfied it."""

    pattern: VerbPattern
    tokens: tuple[Token, ...]
    obj: Token | None
    specificity: int = 0

    @property
    def head(self) -> Token:
        """Return the first verb of the chain (where the subject attaches)."""
        return self.tokens[0]

    @property
    def last(self) -> Token:
        """Return the last verb of the chain (where the object attaches)."""
        return self.tokens[-1]


def _has_particle(token: Token, particle: str | None, adverbs: frozenset[str]) -> bool:
    """Tell whether a verb carries a particle ("force out", "take in"); a preposition with an
    object of its own after the verb's direct object is no particle ("took part in the fighting")."""
    if particle is None:
        return True
    stray = particle in adverbs and bool(child_indices(token, DOBJ_DEPS))
    return any(c.lower_ == particle and not (stray and c.dep_ == "prep" and child_indices(c, POBJ_DEPS))
               for c in children_by(token, PARTICLE_DEPS))


def _subordinate(clause: Token, lexicon: Lexicon) -> bool:
    """Tell whether an adverbial clause opens with a subordinator ("when its ministers meet",
    "after the talks ended"): it tells the time or cause of the verb above, not its content; a
    "for X to do" clause ("pushed for Spain to back the plan") is the content. A clause opened by
    "if" or "whether" is a question or a condition ("asked Uganda whether it had freed the traders"),
    never the act asked for either."""
    if opens_question(clause, lexicon):
        return True
    return clause.dep_ == "advcl" and any(
        (c.dep_ == "mark" and c.lower_ not in lexicon.irrealis_for) or (c.dep_ == "advmod" and c.tag_ == "WRB")
        for c in children_by(clause, SUBORDINATOR_DEPS))


def _next_in_chain(token: Token, step: Step, lexicon: Lexicon) -> Token | None:
    for child in children_by(token, CHAIN_DEPS):
        named = child.lemma_.lower() in step.lemmas or (ANY_VERB in step.lemmas and _open_complement(token, child))
        if (named and not _subordinate(child, lexicon)
                and _has_particle(child, step.particle, lexicon.adverb_particle)
                and not _reported(token, child, lexicon)):
            return child
    return None


def _open_complement(verb: Token, clause: Token) -> bool:
    """Tell whether a clause is a verb's open complement: its `xcomp`, or an infinitive with no mark
    of its own that the parser hung as an adverbial clause from a verb with no direct object when a
    date came between them ("offered on Monday to let the planes land")."""
    if clause.dep_ == "xcomp":
        return True
    if (clause.dep_ != "advcl" or child_indices(verb, DOBJ_DEPS)
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            or any(c.dep_ == "mark" for c in clause.children)):
        return False
    between = verb.doc[verb.i + 1:clause.left_edge.i].text
    return bool(between) and _only_a_date(between)


def _only_a_date(text: str) -> bool:
    """Tell whether words are one date phrase and nothing else ("on Monday", "last week"); any day
    serves as the one it would be read from, since only whether the words are a date matters."""
    phrases = date_phrases(text, _ANY_DAY)
    return len(phrases) == 1 and phrases[0].start == 0 and phrases[0].end == len(text)


def _reported(verb: Token, clause: Token, lexicon: Lexicon) -> bool:
    """Tell whether the clause of a verb that both reports and directs reports what will or would
    happen ("told journalists the army would stay") instead of naming what it orders
    ("told the envoy to leave")."""
    lemma = verb.lemma_.lower()
    if clause.dep_ != "ccomp" or lemma not in lexicon.directive_verb or lemma not in lexicon.speech_verb:
        return False
    return any(c.dep_ == "aux" and c.lower_ in lexicon.future_aux | lexicon.hypothetical_aux for c in clause.children)


def _object_matches(obj: Token, spec: ObjectSpec, heads: frozenset[str] | None) -> bool:
    """Tell whether an object fits a spec, by its head or by the common noun a name is given
    with ("the regional bloc ECOWAS", "ECOWAS, the regional bloc"); a class object by its class
    (`object_words.class_fits`). `heads` are the object's `head_words`, read once for all specs."""
    if spec.head in CLASS_OBJECTS:
        return class_fits(obj, spec.head) and not spec.modifiers
    if heads is not None and spec.head not in heads:
        return False
    for noun in name_nouns(obj):
        if noun.lemma_.lower() != spec.head and noun.lower_ != spec.head:
            continue
        kids = list(noun.children)
        modifiers = {c.lemma_.lower() for c in kids} | {c.lower_ for c in kids}
        if all(m in modifiers for m in spec.modifiers):
            return True
    return False


def noun_fits(noun: Token, spec: ObjectSpec) -> bool:
    """Tell whether a noun fits an object spec on its own, with the prepositional phrase the spec
    asks of it: an event noun told with no verb (`patterns.OWNER`)."""
    return _object_matches(noun, spec, None) and (spec.attached is None or bool(_prep_objects(noun, spec.attached)))


def _prep_objects(word: Token, spec: PrepSpec) -> list[Token]:
    """Return the objects of a word's prepositional phrase that fit a spec (the preposition itself
    when any object will do and it has none)."""
    preps = [c for c in children_by(word, ATTACHED_DEPS) if c.lower_ == spec.prep]
    pobjs = [g for c in preps for g in children_by(c, POBJ_DEPS)]
    if not spec.objects:
        return pobjs or preps
    keyed = ((p, head_words(p)) for p in pobjs)
    return [p for p, heads in keyed if any(_object_matches(p, s, heads) for s in spec.objects)]


def _pairs(verb: Token, specs: tuple[ObjectSpec, ...], memo: dict[int, list[Token]],
           lexicon: Lexicon, read: dict[int, VerbObjects] | None = None,
           *, imported: bool = False) -> list[tuple[Token, ObjectSpec]]:
    """Return (object, spec) for every object of a verb that fits one of the specs (`read`: each
    verb's objects' words, kept while one verb's patterns are tried; `imported`: an imported
    pattern's, whose spec that names no preposition no object of a phrase of place fits, see
    `place_preposition`)."""
    keyed = read.get(verb.i) if read is not None else None
    if keyed is None:
        keyed = VerbObjects.of(cached_objects(verb, memo, lexicon))
        if read is not None:
            read[verb.i] = keyed
    # only a spec headed by one of the objects' words (or `@nationals`) can fit one of them
    headed = [s for s in specs if s.head and s.head in keyed.forms]
    pairs = [(w.token, s) for w in keyed.words for s in headed if w.fits(s)
             and (s.attached is None or bool(_prep_objects(w.token, s.attached) or _prep_objects(verb, s.attached)))
             and not (imported and s.attached is None and _placed(w.token, verb, lexicon))]
    return pairs + [(p, s) for s in specs if not s.head and s.attached is not None
                    and not (s.bare and _takes_object(verb)) for p in _prep_objects(verb, s.attached)]


def place_preposition(word: str, lexicon: Lexicon) -> bool:
    """Tell whether a preposition tells where an act went or happened ("fled to the camps", "gathered
    outside a navy base"): an imported pattern's object word that names no preposition is what
    the verb acts on, so the object of one of these is no such word ("in", a phrase of the form
    the act takes, is left out: "in a war of words")."""
    return ((word in lexicon.goal_preposition or word in lexicon.scene_preposition)
            and word not in lexicon.manner_preposition)


def _placed(token: Token, verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a noun is the object of a verb's phrase of place ("fled to the camps",
    `place_preposition`); a phrase on the verb's object stays its own ("crossings at the border")."""
    prep = token.head
    return (token.dep_ in POBJ_DEPS and prep.dep_ == "prep" and prep.head.i == verb.i
            and place_preposition(prep.lower_, lexicon))


def _takes_object(verb: Token) -> bool:
    """Tell whether a verb has a direct object or is passive: something is done to or carried by
    it ("flew troops to the border", "were flown to the capital"), so it is no bare movement."""
    return any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in verb.children)


def said_clauses(verb: Token, words: frozenset[str] = frozenset(), deps: frozenset[str] = CLAUSE_DEPS) -> list[Token]:
    """Return the clauses a verb says (`deps`: its complement clauses) and, among the clauses
    with a subject of their own coordinated with them, those holding one of a pattern's `words`:
    "said that the border stays open and that the move was unacceptable" says the move was
    unacceptable; "said Moscow backed Belgrade and blamed the West" says one clause of two verbs,
    each an act of its own."""
    said = children_by(verb, deps)
    more = [j for k in said for j in k.conjuncts if children_by(j, OWN_SUBJECT_DEPS) and holds(j, words)]
    return [*said, *more]


def holds(clause: Token, words: frozenset[str]) -> bool:
    """Tell whether a clause's predicate, or a word that completes it, is one of `words`."""
    return any(p.lemma_.lower() in words or p.lower_ in words
               for p in (clause, *children_by(clause, CLAUSE_WORD_DEPS)))


def _ccomp_matches(verb: Token, words: frozenset[str], lexicon: Lexicon) -> bool:
    return any(holds(clause, words) and not binds_no_party(clause, words, lexicon)
               for clause in said_clauses(verb, words))


def _civil(pattern: VerbPattern, verb: Token, lexicon: Lexicon, memo: dict[int, list[Token]]) -> bool:
    """Tell whether a pattern of force (conventions `civil_sense`: CAMEO 15, 17-20) meets a civil
    sense: its verb's objects are modified by a civil word ("relief operations", "search and rescue
    operations"), or, for a posture or a fight (15, 19), are civil ("put its hospitals on alert")."""
    root = pattern.cameo[:2]
    objects = cached_objects(verb, memo, lexicon)
    civil = lexicon.civil_word
    words = [m for o in objects for c in children_by(o, NOUN_MODIFIER_DEPS) for m in (c, *c.conjuncts)]
    words += [o for o in objects if o.dep_ == "dobj"] if root in {"15", "19"} else []
    return any(w.lemma_.lower() in civil or w.lower_ in civil for w in words)


def _other_sense(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a verb's direct object gives it a sense none of its synonym block's acts has
    (lexicon `other_sense_object`): a price asked ("charged the truckers a toll": no accusation),
    a pledge kept ("honor its commitments": no praise), also as the second of two objects that the
    parser took for a noun of measure ("charging fishermen a levy"). A back-off, a guess from the
    block, is then no event; the verb's own patterns still match."""
    double = any(c.dep_ in {"dobj", "dative"} for c in verb.children)
    return any((c.dep_ == "dobj" or (double and c.dep_ == "npadvmod" and c.pos_ == "NOUN"))
               and c.lemma_.lower() in lexicon.other_sense_object for c in verb.children)


def _in_sense(tried: list[VerbPattern], verb: Token, lexicon: Lexicon) -> list[VerbPattern]:
    """Return the patterns to try on a verb, without the imported back-offs where its object gives
    it another sense (`_other_sense`)."""
    if not _other_sense(verb, lexicon) or not any(p.imported and is_backoff(p.id) for p in tried):
        return tried
    return [p for p in tried if not (p.imported and is_backoff(p.id))]


def _match(pattern: VerbPattern, verb: Token, lexicon: Lexicon, memo: dict[int, list[Token]],
           read: dict[int, VerbObjects] | None = None) -> Predicate | None:
    if not _has_particle(verb, pattern.chain[0].particle, lexicon.adverb_particle):
        return None
    tokens = [verb]
    for step in pattern.chain[1:]:
        nxt = _next_in_chain(tokens[-1], step, lexicon)
        if nxt is None:
            return None
        tokens.append(nxt)
    if pattern.ccomp and not _ccomp_matches(tokens[-1], pattern.ccomp, lexicon):
        return None
    obj, detail = None, 0
    if pattern.objects:
        pairs = _pairs(tokens[-1], pattern.objects, memo, lexicon, read, imported=pattern.imported)
        if not pairs:
            return None
        obj, spec = max(pairs, key=lambda pair: len(pair[1].modifiers))
        detail = len(spec.modifiers)
    return Predicate(pattern=pattern, tokens=tuple(tokens), obj=obj, specificity=pattern.specificity + detail)


@dataclass(frozen=True, slots=True, kw_only=True)
class Nearby:
    """What an imported pattern's object words may also be, worked out once per verb: the words
    inside its common-noun objects, and the words after it in its own clause."""

    inside: tuple[tuple[Token, frozenset[str]], ...]
    after: tuple[tuple[str, str], ...]  # (lowercase form, lemma) of each word after the verb

    @classmethod
    def of(cls, verb: Token, memo: dict[int, list[Token]], lexicon: Lexicon) -> Nearby:
        """Collect a verb's nearby words (its objects from `memo`, shared with `_match`)."""
        doc, lower, lemmas = verb.doc, words_of(verb.doc).lower, lemmas_of(verb.doc)
        # a name's title is no object word: only common nouns (their inner words read off the
        # Doc's parse view and word tables, not a Token each)
        view, lowered = view_of(doc), lower_lemmas_of(doc)
        inside = tuple((o, frozenset(w for c in view.children[o.i] if view.deps[c] in PRENOMINAL_DEPS
                                     for w in (lowered[c], lower[c])))
                       for o in cached_objects(verb, memo, lexicon)
                       if o.pos_ == "NOUN" and not _placed(o, verb, lexicon))
        # a passive verb's agent ("executions carried out by troops") is who acted, and a phrase of
        # where the act went or happened ("fled to the camps") is no object: no object words
        aside = {t.i for c in verb.children
                 if c.dep_ == "agent" or (c.dep_ == "prep" and place_preposition(c.lower_, lexicon))
                 for t in c.subtree}
        after = tuple((lower[i], lemmas[i].lower()) for i in sorted(own_indices(verb))
                      if i > verb.i and i not in aside and not _named(doc[i]))
        return cls(inside=inside, after=after)


def _inside_object(pattern: VerbPattern, verb: Token, nearby: Nearby, lexicon: Lexicon,
                   memo: dict[int, list[Token]]) -> Predicate | None:
    """Match an imported pattern whose object word stands inside the object phrase rather than at
    its head ("fired two artillery shells" for an object `artillery`), as legacy dictionaries
    mean their object words; it ranks below a match at the head."""
    if len(pattern.chain) > 1:
        return None
    for obj, words in nearby.inside:
        if any(s.head in words and s.attached is None and all(m in words for m in s.modifiers)
               for s in pattern.objects):
            bare = _match(replace(pattern, objects=()), verb, lexicon, memo)
            return None if bare is None else replace(bare, pattern=pattern, obj=obj,
                                                     specificity=pattern.specificity - 1)
    return None


def _named(token: Token) -> bool:
    """Tell whether a word belongs to a name, a proper noun ("the Second World War") or a name's
    title ("his rival Elias Hrawi"): legacy coders read the words after a verb with the names in
    the sentence already set aside as actors, so no word of a name is a word of the act."""
    return token.pos_ == "PROPN" or _title(token)


def _title(token: Token) -> bool:
    """Tell whether a word is a title of a name ("his rival Elias Hrawi"), no word of the act."""
    return token.dep_ in {"compound", "amod", "appos", "nmod"} and token.head.pos_ == "PROPN"


def _words_after(pattern: VerbPattern, verb: Token, nearby: Nearby, lexicon: Lexicon,
                 memo: dict[int, list[Token]]) -> Predicate | None:
    """Match an imported pattern whose object words are no object of the verb but stand after it,
    in order, among the words of its own clause ("act now", "spoke positively"), as legacy
    dictionaries read words after the verb; it ranks below an object match."""
    if len(pattern.chain) > 1:
        return None
    for spec in (s for s in pattern.objects if s.head and s.attached is None):
        wanted, seen = [*spec.modifiers, spec.head], False
        for words in nearby.after:
            if wanted and wanted[0] in words:
                wanted, seen = wanted[1:], True
        if not wanted and seen:
            bare = _match(replace(pattern, objects=()), verb, lexicon, memo)
            return None if bare is None else replace(bare, pattern=pattern, obj=None,
                                                     specificity=pattern.specificity - 2)
    return None


def _sentence_words(verb: Token) -> frozenset[str]:
    """Return the lowercase forms and lemmas of the words of a verb's parsed sentence, off the
    Doc's word table and lemma table (each distinct word decoded once, tables other stages read too)."""
    doc = verb.doc
    return frozenset(words_of(doc).lower).union(lower_lemmas_of(doc))


def _candidates(tried: list[VerbPattern], lemma: str, patterns: PatternSet,
                present: frozenset[str] | None) -> list[VerbPattern]:
    """Return, in order, the patterns tried whose needed words a sentence with the `present` words
    holds (all when `present` is None): through the lemma's index of patterns by needed word
    when they are the lemma's patterns, else one by one."""
    if present is None:
        return tried
    index = patterns.need_index.get(lemma)
    if index is not None and len(tried) == len(patterns.by_lemma[lemma]):
        return [tried[place] for place in index.met(present)]
    needs = patterns.needs
    return [p for p in tried if (needs.get(p.id) or Needs.of(p)).met(present)]


def match_verb(verb: Token, patterns: PatternSet, lexicon: Lexicon, conventions: Conventions, *,
               sentence_words: frozenset[str] | None = None) -> tuple[Predicate | None, list[VerbPattern]]:
    """Return the most specific pattern matching a verb (a multiword object and the words needed
    before the verb count their words;
    earlier patterns win ties; the imported base layer only when no own pattern matches; no pattern
    of force whose objects are civil, see `_civil`), and the patterns that were tried
    (`sentence_words`: the sentence's words, when already read)."""
    lemma = surface_lemma(verb.lower_, verb.lemma_.lower())
    tried = list(patterns.by_lemma.get(lemma, ()))
    if verb.lower_ != lemma:  # legacy dictionaries list some verbs by a form ("risen"),
        # more specific than the lemma: tried first, they win ties
        tried = [p for p in patterns.by_lemma.get(verb.lower_, ()) if p.imported] + tried
    if not tried:  # a verb the parser lemmatized wrongly ("cordoned" as "cordone", "fined" as "fin"):
        # the patterns of the verbs its form may come from, the own ones as `misread_lemma` tries them
        tried = [p for stem in stems(verb.lower_) for p in patterns.by_lemma.get(stem, ())
                 if p.imported or len(p.chain) == 1]
    elif verb.lower_ != lemma:
        tried += misread_lemma(verb.lower_, lemma, patterns)
    best: Predicate | None = None
    best_rank = (False, -1)
    memo: dict[int, list[Token]] = {}  # a verb's objects, the same for every pattern tried
    read: dict[int, VerbObjects] = {}  # and their words
    nearby: Nearby | None = None
    window: set[int] | None = None
    civil: dict[bool, bool] = {}  # `_civil` for a posture or fight (15, 19) and for other force, read once per verb
    present = (sentence_words or _sentence_words(verb)) if len(tried) > 1 else None
    # a pattern needing a word the sentence lacks cannot match: not tried in full
    for pattern in _candidates(_in_sense(tried, verb, lexicon), lemma, patterns, present):
        if conventions.civil_sense(pattern.cameo):
            posture = pattern.cameo[:2] in {"15", "19"}
            found_civil = civil.get(posture)
            if found_civil is None:
                found_civil = civil[posture] = _civil(pattern, verb, lexicon, memo)
            if found_civil:
                continue
        found = _match(pattern, verb, lexicon, memo, read)
        if found is None and pattern.imported and pattern.objects:
            nearby = nearby or Nearby.of(verb, memo, lexicon)
            found = (_inside_object(pattern, verb, nearby, lexicon, memo)
                     or _words_after(pattern, verb, nearby, lexicon, memo))
        if found is not None and pattern.before:
            window = clause_window(verb) if window is None else window
            words = preverb_words(verb, pattern.before, window)  # words the pattern needs before the verb
            found = None if words is None else replace(found, specificity=found.specificity + words)
        rank = (not is_base(pattern), found.specificity) if found is not None else best_rank
        if found is not None and (best is None or rank > best_rank):
            best, best_rank = found, rank
    return best, tried


class VerbMatches:
    """The pattern each verb of one parsed sentence matches (`match_verb`), found once: the
    predicates, the patterns that give way to others and the act an appeal names are all read
    off the same verbs of a sentence. Made for one sentence and dropped with it."""

    __slots__ = ("_found", "_words", "conventions", "lexicon", "patterns")

    def __init__(self, patterns: PatternSet, lexicon: Lexicon, conventions: Conventions) -> None:
        self.patterns, self.lexicon, self.conventions = patterns, lexicon, conventions
        self._words: frozenset[str] | None = None  # the sentence's words, read once
        self._found: dict[int, tuple[Predicate | None, list[VerbPattern]]] = {}

    def of(self, verb: Token) -> tuple[Predicate | None, list[VerbPattern]]:
        """Return `match_verb`'s answer for a verb of the sentence."""
        found = self._found.get(verb.i)
        if found is None:
            self._words = self._words or _sentence_words(verb)
            found = self._found[verb.i] = match_verb(verb, self.patterns, self.lexicon, self.conventions,
                                                          sentence_words=self._words)
        return found

"""Find the source and target actors of a matched predicate from the dependency parse.

Source: the predicate's subject; in the passive, the `by` agent. A verb without a subject of its
own takes it from the verb it depends on (coordinated verbs, open complements, purpose clauses);
object-control verbs ("urged Iran to withdraw") pass their object instead. A pronoun subject
inside a speech verb's complement refers to the speaker ("Hungary said it will ..."); other
pronouns take the antecedent the caller keeps from earlier sentences.

Target: slots named by the pattern first; otherwise the direct object, the indirect object, then
prepositional objects in the order of TARGET_PREPS (of the verbs and of the object noun), then
the same inside open complements ("promised to continue aid to Mozambique"), then the subject of
a complement clause ("demanded that the US cancel ..."), then the object of a purpose clause
("to honor the delegation"). Locative prepositions (in, at) give a
target only when it names a country, not a capital or seat, unless the pattern asks for them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from eventwire.actors.dictionary import EntryKind
from eventwire.actors.resolve import SentenceHits, is_pronoun, resolve_phrase
from eventwire.coding.match import Predicate, is_condition
from eventwire.model import Mention
from eventwire.nlp import SPEECH_VERBS

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
OBJECT_CONTROL = frozenset({"urge", "ask", "order", "force", "allow", "persuade", "call", "press",
                            "encourage", "invite", "tell", "compel", "help", "require", "instruct"})
TARGET_PREPS = ("to", "with", "against", "on", "for", "toward", "towards", "into", "over", "from",
                "at", "outside", "along", "in", "between", "about", "of", "by")
LOCATIVE = frozenset({"in", "at"})
TOPIC_PREPS = ("on", "about", "over", "regarding", "concerning", "of")
RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06"})
REQUEST_ROOTS = frozenset({"02", "10"})
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# "after severing ties", "by firing rockets": prepositions whose clause shares the main subject.
SAME_SUBJECT_PREPS = frozenset({"after", "before", "since", "upon", "while", "by", "without", "despite"})
MAX_ACTORS = 4
PASSIVE_WITHOUT_AGENT = "passive without agent"
# Passive forms whose subject acts: "were engaged in", "was involved in".
STATIVE_PASSIVES = frozenset({"engage", "involve"})

Resolver = Callable[[Token], list[Mention]]


@dataclass(frozen=True, slots=True, kw_only=True)
class Side:
    """The actors found for one side of an event and how they were found."""

    mentions: tuple[Mention, ...]
    how: str
    token: Token | None = None


def _children(token: Token, deps: Iterable[str]) -> list[Token]:
    wanted = frozenset(deps)
    return [c for c in token.children if c.dep_ in wanted]


def _with_conjuncts(token: Token) -> list[Token]:
    """Return a phrase head and its conjuncts, also when the parser took a list ("Mali, Burkina Faso
    and Niger") for an apposition followed by a conjunct."""
    items = [token, *token.conjuncts]
    items += [t for c in token.children if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)
              for t in (c, *c.conjuncts)]
    return list(dict.fromkeys(items))[:MAX_ACTORS]


def _conjunct_mentions(token: Token, resolve: Resolver) -> list[Mention]:
    """Resolve a phrase and its conjuncts; an actor named only by its role takes the country of
    the first conjunct that has one ("Laurent Fabius and a group of deputies")."""
    mentions = [m for t in _with_conjuncts(token) for m in resolve(t)]
    anchor = next((m for m in mentions if m.actor.country), None)
    if anchor is None or anchor.actor.country is None:
        return mentions
    country = anchor.actor.country
    return [m if m.actor.placed
            else replace(m, actor=replace(m.actor, code=country + m.actor.code, country=country),
                         entries=(*m.entries, f"conjunct:{anchor.entry}"))
            for m in mentions]


def subject_token(verb: Token) -> tuple[Token | None, str]:
    """Return the token standing for the subject of a verb, and how it was found."""
    current, via = verb, ""
    for _ in range(6):
        subjects = _children(current, SUBJECT_DEPS)
        if subjects:
            return subjects[0], "subject" if current.i == verb.i else f"subject of '{current.text}'"
        # "was shot and wounded by a gunman": coordinated passives share the agent.
        agents = [g for v in [current, *_children(current, {"conj"})] for a in _children(v, {"agent"})
                  for g in a.children if g.dep_ == "pobj"]
        if agents:
            return agents[0], "passive agent"
        found = _passive_subject(current, via) or _clause_subject(current)
        if found is not None:
            return found
        if current.dep_ in {"xcomp", "advcl"} and current.head.lemma_ in OBJECT_CONTROL and current.tag_ != "VBG":
            objects = _children(current.head, {"dobj"})
            if objects:
                return objects[0], f"object of '{current.head.text}'"
        if (current.dep_ == "pcomp" and current.head.lower_ in SAME_SUBJECT_PREPS
                and current.head.head.pos_ in {"VERB", "AUX"}):
            # "established ties with China after severing its ties with Taiwan"
            current, via = current.head.head, "pcomp"
            continue
        if current.dep_ not in {"conj", "xcomp", "advcl", "acl", "acomp"} or current.head.i == current.i:
            return None, "no subject"
        current, via = current.head, current.dep_
    return None, "no subject"


def _passive_subject(verb: Token, via: str) -> tuple[Token | None, str] | None:
    """Return what a passive verb gives as subject, or None if the verb is not passive."""
    passive = _children(verb, {"nsubjpass"})
    if not passive:
        return None
    if via == "xcomp" or verb.lemma_ in STATIVE_PASSIVES:
        # "Iraq was forced to withdraw": the passive subject does what the complement says;
        # "forces were engaged in ethnic cleansing": the passive subject is the agent.
        return passive[0], f"passive subject of '{verb.text}'"
    # "after a state of siege was declared": a passive without agent names no source.
    return None, PASSIVE_WITHOUT_AGENT


def _clause_subject(verb: Token) -> tuple[Token | None, str] | None:
    """Return the subject a dependent clause takes from outside, or None to keep climbing."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.i != verb.head.i:
        # "King Hassan was quoted as saying": the subject of the verb the "as" phrase hangs from.
        quoted = _children(verb.head.head, {"nsubjpass", "nsubj"})
        return (quoted[0], f"subject of '{verb.head.head.text}'") if quoted else (None, "no subject")
    if (verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and _children(verb, {"dobj"})
            and verb.head.dep_ in {"nsubj", "nsubjpass", "ROOT"}):
        # "Israeli air strikes killed 20 people, officials said", parsed as a past participle
        # modifying the subject: a past participle with a direct object is a finite verb.
        return verb.head, "noun the verb was parsed to modify"
    if verb.dep_ == "relcl":
        relative = _children(verb, {"nsubj"}) or [c for c in verb.children if c.tag_ in {"WDT", "WP"}]
        if not _children(verb, {"nsubjpass"}) and (relative or not list(verb.lefts)):
            return verb.head, "relative clause"
        return None, "no subject"
    return None


def speech_verb(verb: Token) -> Token | None:
    """Return the speech verb whose complement holds this verb, if any."""
    current = verb
    for _ in range(6):
        if current.dep_ in {"ccomp", "parataxis"} and current.head.lemma_ in SPEECH_VERBS:
            return current.head
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def find_source(predicate: Predicate, resolve: Resolver, antecedent: Callable[[Token], Side | None]) -> Side:
    """Return the source side of a predicate."""
    token, how = subject_token(predicate.head)
    if token is None:
        return Side(mentions=(), how=how)
    if is_pronoun(token):
        speaker = speech_verb(predicate.head)
        if speaker is not None:
            outer = find_source(Predicate(pattern=predicate.pattern, tokens=(speaker,), obj=None), resolve, antecedent)
            if outer.mentions:
                return Side(mentions=outer.mentions, how=f"pronoun '{token.text}' → speaker ({outer.how})", token=token)
        main = _main_clause_subject(predicate.head, resolve)
        if main is not None and token.lower_ in {"he", "she", "they", "it"}:
            return Side(mentions=main.mentions, how=f"pronoun '{token.text}' → {main.how}", token=token)
        found = antecedent(token)
        return found if found is not None else Side(mentions=(), how=f"pronoun '{token.text}' without antecedent")
    mentions = _conjunct_mentions(token, resolve)
    return Side(mentions=tuple(mentions[:MAX_ACTORS]), how=how, token=token)


def _main_clause_subject(verb: Token, resolve: Resolver) -> Side | None:
    """Return the subject of the clause a subordinate clause hangs from ("... when they blew up")."""
    if verb.dep_ not in {"advcl", "conj", "ccomp"} or verb.head.i == verb.i:
        return None
    subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS and not is_pronoun(c)]
    mentions = [m for t in subjects[:1] for c in _with_conjuncts(t) for m in resolve(c)]
    return Side(mentions=tuple(mentions), how="main clause subject", token=subjects[0]) if mentions else None


def _prep_objects(token: Token, preps: Iterable[str]) -> list[tuple[str, Token]]:
    wanted = tuple(preps)
    # "kidnapped up to 16 advisers": the preposition may hang from a particle.
    heads = [token, *(c for c in token.children if c.dep_ == "prt")]
    pairs = [(c.lower_, g) for h in heads for c in h.children if c.dep_ in {"prep", "dative", "agent"}
             for g in c.children if g.dep_ == "pobj"]
    return sorted((p for p in pairs if p[0] in wanted), key=lambda p: wanted.index(p[0]))


def _open_complements(verbs: list[Token], depth: int = 3) -> list[Token]:
    found: list[Token] = []
    frontier = verbs
    for _ in range(depth):
        frontier = [c for v in frontier for c in v.children
                    if c.dep_ in {"xcomp", "conj"} and c.pos_ in {"VERB", "AUX"}]
        found += [c for c in frontier if c not in found and c not in verbs]
    return found


def _slot(slot: str, verbs: list[Token], obj: Token | None) -> list[tuple[str, Token]]:
    if slot == "dobj":
        return [("dobj", o) for v in reversed(verbs) for o in _children(v, {"dobj"})]
    if slot == "dative":
        return [("dative", o) for v in verbs for o in _children(v, {"dative", "iobj"}) if o.pos_ != "ADP"]
    if slot == "author":
        # "rejected a proposal by Hamas", "condemned Russia's annexation": whose the object is.
        nouns = [o for v in verbs for o in _children(v, {"dobj"})] + ([obj] if obj is not None else [])
        return ([("owner of the object", c) for n in nouns for c in _children(n, {"poss"})]
                + [(f"prep '{p}' of the object", o) for n in nouns for p, o in _prep_objects(n, ("by",))])
    if slot.startswith("prep:"):
        preps = slot[5:].split("|")
        objects = [o for v in verbs for o in _children(v, {"dobj"})]
        holders = verbs + ([obj] if obj is not None else []) + objects
        return [(f"prep '{p}'", o) for h in holders for p, o in _prep_objects(h, preps)]
    if slot == "ccomp":
        # "demanded that ...", and "insisted on its demands that ...": the clause of the object noun.
        clauses = [c for v in verbs for c in v.children if c.dep_ in {"ccomp", "parataxis"}]
        clauses += [c for c in (obj.children if obj is not None else ()) if c.dep_ in {"acl", "ccomp"}]
        return [("subject of the complement clause", s) for c in clauses
                for s in _children(c, SUBJECT_DEPS | {"nsubjpass"})]
    if slot == "condition":
        clauses = [c for v in verbs for c in v.children if is_condition(c)]
        return [("subject of the condition", s) for c in clauses for s in _children(c, SUBJECT_DEPS)]
    if slot == "purpose":
        clauses = [c for v in verbs for c in v.children if c.dep_ in {"advcl", "xcomp"}]
        return [("purpose clause", o) for c in clauses for o in _children(c, {"dobj"})]
    return []


def _candidates(predicate: Predicate, slots: tuple[str, ...]) -> list[tuple[str, Token]]:
    verbs = list(predicate.tokens)
    found = [c for slot in slots for c in _slot(slot, verbs, predicate.obj)]
    inner = _open_complements(verbs)
    if predicate.pattern.cameo.startswith("13"):
        # "threatened to X unless Baghdad accepted": a threat is aimed at whoever must comply.
        found = _slot("condition", verbs + inner, None) + found
    if predicate.pattern.cameo[:2] in REQUEST_ROOTS and len(verbs) > 1 and not predicate.pattern.target:
        # "urged the Arab League to back Mogadishu", "demanded that Myanmar's army release the
        # fishermen": whoever is asked to act, before what the act is about.
        asked = [("object of the request", o) for o in _children(verbs[0], {"dobj"})]
        asked += [("subject of the requested act", s) for v in verbs[1:] for s in _children(v, SUBJECT_DEPS)]
        found = asked + found
    found += [c for slot in DEFAULT_SLOTS for c in _slot(slot, inner, None)]
    return (found + _slot("ccomp", verbs, predicate.obj) + _slot("purpose", verbs, None)
            + _opposed(verbs, predicate.obj))


# "in defiance of Chinese authorities", "in protest against the ban", "to its border with
# Belarus": nouns whose own prepositional object is what the act is aimed at.
OPPOSING_NOUNS = frozenset({"defiance", "protest", "opposition", "retaliation", "response", "reaction",
                            "solidarity", "war", "campaign", "offensive", "struggle", "fight", "anger",
                            "border", "frontier", "boundary"})


def _opposed(verbs: list[Token], obj: Token | None) -> list[tuple[str, Token]]:
    """Return objects one preposition deeper: "mobilized reservists for a war against Iraq",
    "blocked streets in defiance of Chinese authorities"."""
    holders = verbs + ([obj] if obj is not None else [])
    outer = [o for h in holders for _p, o in _prep_objects(h, TARGET_PREPS)]
    found: list[tuple[str, Token]] = []
    for noun in outer:
        preps = ("against", "of", "to", "at", "with") if noun.lemma_.lower() in OPPOSING_NOUNS else ("against",)
        found += [(f"prep '{p}' of '{noun.text}'", o) for p, o in _prep_objects(noun, preps)]
        # "respond to any provocation by Guyana", "in response to Russia's attack": its author.
        found += [(f"author of '{noun.text}'", o) for o in _children(noun, {"poss"})]
        found += [(f"prep 'by' of '{noun.text}'", o) for _p, o in _prep_objects(noun, ("by",))]
    return found


DEFAULT_SLOTS = ("dobj", "dative", "author", "prep:" + "|".join(TARGET_PREPS))


def _locative_ok(where: str, mentions: list[Mention], explicit: bool) -> bool:
    if explicit or not any(f"'{p}'" in where for p in LOCATIVE):
        return True
    return all(m.kind == EntryKind.COUNTRY for m in mentions)


def find_target(predicate: Predicate, resolve: Resolver, source: Side) -> Side:
    """Return the target side of a predicate."""
    slots = predicate.pattern.target or DEFAULT_SLOTS
    if "none" in slots:
        return Side(mentions=(), how="pattern has no target")
    head = predicate.head
    passive = _children(head, {"nsubjpass"}) or (_children(head.head, {"nsubjpass"}) if head.dep_ == "conj" else [])
    # "a camp for Congolese refugees was attacked": what the passive subject belongs to.
    attached = [(f"prep '{p}' of the passive subject", o) for t in passive
                for p, o in _prep_objects(t, ("for", "of", "in"))]
    candidates = [("passive subject", t) for t in passive] + attached + _candidates(predicate, slots)
    taken = {t.i for t in source.token.subtree} if source.token is not None else set()
    if predicate.head.i in taken:  # a verb parsed inside its subject's phrase
        taken -= {t.i for t in predicate.head.subtree}
    # "Israel and Lebanon renewed negotiations on an Israeli pullback": when several countries act
    # together, what their talks or agreement are about is not their counterpart; each other is.
    mutual = predicate.pattern.cameo[:2] in RECIPROCAL_ROOTS and len({m.actor.code for m in source.mentions}) > 1
    countries = {m.actor.country for m in source.mentions if m.actor.country}
    matched = {predicate.obj.i, *(c.i for c in predicate.obj.conjuncts)} if predicate.obj is not None else set()
    fallback: Side | None = None
    for where, found in candidates:
        # "..., accusing it of failing": "it" is the object of the clause the participle hangs from.
        token = (_participle_antecedent(predicate.head) or found
                 if found.pos_ == "PRON" and found.lower_ in {"it", "them"} else found)
        if token.i in taken or token.pos_ == "PRON":
            continue
        if mutual and any(f"'{p}'" in where for p in TOPIC_PREPS + tuple(LOCATIVE)):
            continue
        mentions = _conjunct_mentions(token, resolve)
        if not mentions or not _locative_ok(where, mentions, bool(predicate.pattern.target)):
            continue
        if where.startswith(("author of", "prep 'by' of")) and any(m.actor.country in countries for m in mentions):
            continue  # "apologised for killings by German troops": the source's own deed
        side = Side(mentions=tuple(mentions[:MAX_ACTORS]), how=where, token=token)
        if any(m.actor.placed for m in mentions):
            return side
        if where == "dobj" and predicate.pattern.cameo[:2] in FORCE_ROOTS and token.i not in matched:
            # "police arrested twelve protesters outside the Chinese embassy": whom force is used
            # on (not the weapon the pattern matched) is the target, given a country later.
            return side
        fallback = fallback or side
    return fallback or Side(mentions=(), how="no target found")


def _participle_antecedent(verb: Token) -> Token | None:
    """Return the object of the verb a subjectless participle clause hangs from."""
    if verb.dep_ != "advcl" or _children(verb, SUBJECT_DEPS):
        return None
    objects = _children(verb.head, {"dobj"})
    return objects[0] if objects else None


def make_resolver(sentence: SentenceHits) -> Resolver:
    """Return a function resolving noun-phrase heads of this sentence to mentions."""
    return lambda token: resolve_phrase(token, sentence)

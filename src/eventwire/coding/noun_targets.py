"""Find target candidates through nouns: the prepositional phrases of a verb's object ("the release of
the sailors by Iran"), participles describing it ("a tanker bound for Japan"), phrases one preposition
deeper ("in defiance of the Peruvian government"), the gathering an act is for ("for talks with the
rebels") or that a participle says was hosted, and the clause a sentential relative is about
(", which Moscow denied"); and the tests that a noun names its actors only as the place of a
gathering or inside a charge."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from eventwire.actors.dictionary import EntryKind
from eventwire.coding.decisions import Candidate, Kind, Role
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.roles import SUBJECT_DEPS
from eventwire.coding.sides import Resolver, children, conjunct_mentions
from eventwire.coding.verb_objects import gapped_object
from eventwire.doc_words import words_of
from eventwire.model import Mention
from eventwire.parse_labels import ATTACHED_DEPS, RELATIVE_TAGS
from eventwire.parse_view import view_of


def prep_objects(token: Token, preps: Sequence[str]) -> list[tuple[str, Token]]:
    """Return (preposition, object) for the objects of a word's prepositions among `preps`, in the
    order of `preps`; read off the parse view and the word table, so that only the objects
    returned are made Tokens."""
    # "kidnapped up to 16 advisers", "pulled out of the town": the preposition may hang from a
    # particle, or from a particle right after the verb parsed as a preposition with no object.
    doc = token.doc
    view, lower = view_of(doc), words_of(doc).lower
    kids, deps = view.children, view.deps
    heads = [token.i, *(c for c in kids[token.i] if deps[c] == "prt" or (
        deps[c] == "prep" and c == token.i + 1 and not any(deps[g] == "pobj" for g in kids[c])))]
    pairs = [(lower[c], g) for h in heads for c in kids[h] if deps[c] in ATTACHED_DEPS
             for g in kids[c] if deps[g] == "pobj"]
    # "pull its troops out of Chad": a two-word preposition is told by its first word, parsed with
    # no object of its own
    pairs += [(lower[c], g) for c in kids[token.i] if deps[c] in {"prep", "prt"}
              and not any(deps[o] == "pobj" for o in kids[c])
              for d in kids[c] if deps[d] == "prep" for g in kids[d] if deps[g] == "pobj"]
    return sorted(((p, doc[g]) for p, g in pairs if p in preps), key=lambda p: preps.index(p[0]))


def candidates_of(kind: Kind, tokens: Iterable[Token]) -> list[Candidate]:
    return [Candidate(role=Role(kind=kind), token=t) for t in tokens]


def by_preposition(kind: Kind, pairs: Iterable[tuple[str, Token]], via: str = "") -> list[Candidate]:
    return [Candidate(role=Role(kind=kind, preposition=p, via=via), token=t) for p, t in pairs]


def object_agents(verb: Token, obj: Token, lexicon: Lexicon) -> list[Candidate]:
    """Return who did the act an object names ("welcomed the release of the sailors by Iran"), also
    when the parser hung the agent on an active verb that has the object."""
    holders = [obj] if children(verb, {"auxpass", "nsubjpass"}) or verb.dep_ == "acl" else [obj, verb]
    return by_preposition(Kind.OBJECT_AGENT, (po for h in holders for po in prep_objects(h, lexicon.agent_preposition)))


def gathering(token: Token, lexicon: Lexicon) -> bool:
    """Tell whether a noun names a gathering ("talks", "a summit"; lexicon `venue_noun`)."""
    return bool({token.lemma_.lower(), token.lower_} & lexicon.venue_noun)


def meeting_party(verbs: list[Token], lexicon: Lexicon) -> list[Candidate]:
    """Return whom a gathering the act is for is held with ("sent a delegation to Addis Ababa for
    talks with Somalia": Somalia, not Ethiopia)."""
    meetings = [g for v in verbs for c in children(v, {"prep"}) if c.lower_ == "for"
                for g in children(c, {"pobj"}) if gathering(g, lexicon)]
    return [c for m in meetings for c in by_preposition(Kind.NOUN_PREP, prep_objects(m, ("with",)), m.text)]


# The clauses whose subject is the one of the clause above ("agreed to hand", "left, ending its rule").
CONTROLLED_DEPS = frozenset({"xcomp", "advcl"})


def hosted_parties(verb: Token) -> list[Candidate]:
    """Return who takes part in talks a participle says were hosted or mediated ("Chad and the rebels
    signed a truce after talks mediated by Qatar", "the two sides held talks hosted by Turkey"): the
    subject of the clause the talks belong to, as object or through prepositions."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return []
    node = verb.head
    for _ in range(6):
        if node.pos_ in {"VERB", "AUX"}:
            subjects = children(node, SUBJECT_DEPS)
            if subjects or node.dep_ not in CONTROLLED_DEPS:
                return [Candidate(role=Role(kind=Kind.MAIN_CLAUSE_SUBJECT, via=node.text), token=s) for s in subjects]
            node = node.head  # "agreed to hand back power under a deal brokered by Ghana": who agreed
            continue
        holder = node.head.head if node.dep_ == "pobj" else node.head if node.dep_ == "dobj" else None
        if holder is None or holder.i == node.i:
            return []
        node = holder
    return []


def described_objects(verbs: list[Token], obj: Token | None, lexicon: Lexicon) -> list[Candidate]:
    """Return the actors a participle describes an object by ("seized a tanker bound for Japan",
    "attacked ships linked to Israel"): whose the object is."""
    # with the clauses that tell the act's purpose ("threatened to expand raids on ships bound for ...")
    verbs = verbs + [c for v in verbs for c in v.children if c.dep_ == "advcl" and not children(c, SUBJECT_DEPS)]
    nouns = [o for v in verbs for o in children(v, {"dobj"})] + ([obj] if obj is not None else [])
    # not a noun the act happens in ("condemned, in a statement faxed from London, ...")
    nouns += [o for v in verbs for p, o in prep_objects(v, lexicon.target_preposition)
              if p not in lexicon.locative_preposition]
    nouns += [o for n in list(nouns) for _p, o in prep_objects(n, lexicon.target_preposition)]
    participles = [c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ in {"VBN", "VBG"}]
    return [Candidate(role=Role(kind=Kind.NOUN_PREP, preposition=p, via=c.text), token=o)
            for c in participles for p, o in prep_objects(c, lexicon.target_preposition)]


def clause_antecedent(verb: Token) -> list[Candidate]:
    """Return the subject of the clause a sentential relative is about ("the experts accused Moscow,
    which Moscow denied": what is denied is the experts' act, aimed at them; "sent jets near the
    island, in what Taipei called an attempt to intimidate": China's act)."""
    pronoun = "what" if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else "which"
    clause = verb.head.head if pronoun == "what" else verb.head
    if (pronoun == "which" and verb.dep_ not in {"relcl", "advcl"}) or clause.pos_ not in {"VERB", "AUX"}:
        return []
    if not any(c.dep_ == "dobj" and c.lower_ == pronoun and c.tag_ in RELATIVE_TAGS for c in verb.children):
        return []
    return [Candidate(role=Role(kind=Kind.CLAUSE_AUTHOR, via=clause.text), token=s)
            for s in children(clause, SUBJECT_DEPS)]


def opposed(verbs: list[Token], obj: Token | None, lexicon: Lexicon) -> list[Candidate]:
    """Return objects one preposition deeper: "called up troops for a war against the rebels",
    "marched in defiance of the Peruvian government", also through the direct object ("reinforced its
    posts along the frontier with Laos")."""
    holders = verbs + ([obj] if obj is not None else []) + [o for v in verbs for o in children(v, {"dobj"})]
    outer = [o for h in holders for _p, o in prep_objects(h, lexicon.target_preposition)]
    found: list[Candidate] = []
    for noun in outer:
        preps = (lexicon.opposing_preposition if noun.lemma_.lower() in lexicon.opposing_noun
                 else lexicon.opposed_preposition)
        found += by_preposition(Kind.NOUN_PREP, prep_objects(noun, preps), noun.text)
        # "will answer any provocation by Chad", "in response to Russia's attack": its author.
        found += [Candidate(role=Role(kind=Kind.NOUN_AUTHOR, via=noun.text), token=o) for o in children(noun, {"poss"})]
        found += by_preposition(Kind.NOUN_AGENT, prep_objects(noun, lexicon.agent_preposition), noun.text)
    return found


def in_a_charge(token: Token, mentions: list[Mention], resolve: Resolver) -> bool:
    """Tell whether a phrase names its actors only inside a clause of one of its prepositions ("accused
    the opposition party of plotting with Uganda"): whom the charge names is a bystander, not the
    accused."""
    clauses = [c for p in children(token, {"prep"}) for c in children(p, {"pcomp"}) if c.pos_ in {"VERB", "AUX"}]
    named = {m.entry for c in clauses for t in c.subtree for m in resolve(t)}
    return bool(clauses) and all(m.entry in named for m in mentions)


def happens_in(token: Token, mentions: list[Mention], resolve: Resolver, lexicon: Lexicon, *,
                mutual: bool) -> bool:
    """Tell whether a phrase names its actors only as the place of a gathering it tells of ("held
    three hours of talks in Singapore", "ended a second day of talks in Reykjavik"): that place is held
    to the rule of a locative preposition on the verb, and is never the counterpart of co-actors;
    where a recipient or a struck site is ("supplies to hospitals in Khartoum") is not such a place."""
    entries = {m.entry for m in mentions}
    for prep in token.subtree:
        if (prep.dep_ != "prep" or prep.lower_ not in lexicon.locative_preposition or prep.i < token.i
                or not gathering(prep.head, lexicon)):
            continue
        inner = {m.entry for g in children(prep, {"pobj"}) for m in conjunct_mentions(g, resolve)}
        if entries <= inner:
            return mutual or not locative_ok(Role(kind=Kind.PREP, preposition=prep.lower_), mentions, False, lexicon)
    return False


def locative_ok(role: Role, mentions: list[Mention], explicit: bool, lexicon: Lexicon) -> bool:
    if explicit or role.preposition not in lexicon.locative_preposition:
        return True
    return all(m.kind == EntryKind.COUNTRY for m in mentions)


def judged_deed(verb: Token, lexicon: Lexicon) -> list[Candidate]:
    """Return who did the deed that a noun set beside a clause sums up, when a relative clause judges
    the noun ("Chile expelled the envoy, a move Lima condemned"; "accused Togo of arming rebels, a
    charge Lome denies"): the subject of that clause."""
    noun = next(iter(gapped_object(verb)), None)
    if noun is None or noun.lemma_.lower() not in lexicon.act_noun | lexicon.claim_noun:
        return []
    set_off = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
    if noun.dep_ not in {"appos", "npadvmod"} and not (noun.dep_ == "dobj" and set_off):
        return []
    clause = _summed_clause(noun)
    if clause is None:
        return []
    return [Candidate(role=Role(kind=Kind.CLAUSE_AUTHOR, via=clause.text), token=s)
            for s in _own_subjects(clause)]


def _summed_clause(noun: Token) -> Token | None:
    """Return the clause a noun set beside it sums up: the nearest verb above the noun with a
    subject of its own, wherever the parser hung the noun ("accused Togo of arming rebels, killing
    two, a charge ...", the noun taken for the participle's object; "... the crash that killed the
    president, an accusation ...", a relative clause's "that" being no subject of the deed summed up)."""
    clause = noun.head
    while clause.i != clause.head.i and not (clause.pos_ in {"VERB", "AUX"} and _own_subjects(clause)):
        clause = clause.head
    return clause if clause.pos_ in {"VERB", "AUX"} and clause.i != noun.i and _own_subjects(clause) else None


def _own_subjects(verb: Token) -> list[Token]:
    """Return a verb's subjects, leaving out a relative pronoun ("that", "which")."""
    return [s for s in children(verb, SUBJECT_DEPS) if s.tag_ not in RELATIVE_TAGS]


def named_among(obj: Token, lexicon: Lexicon) -> list[Candidate]:
    """Return the people an object names some of ("seized 12 people, among them four Italians and a
    Dutch engineer"): the phrase "among them" heads or follows, also when the parser hung it on the
    verb, up to the next comma."""
    after = obj.doc[obj.i + 1:obj.sent.end]
    marks = [p for p in after[:3] if p.lower_ in lexicon.inclusion_preposition
             and any(g.pos_ == "PRON" for g in children(p, {"pobj"}))]
    if not marks:
        return []
    mark = marks[0]
    named = mark.head if mark.head.i > mark.i else next(
        (t for t in obj.doc[mark.i + 1:obj.sent.end] if t.pos_ in {"NOUN", "PROPN"} and t.head.i != mark.i), None)
    if named is None or named.i == obj.i:
        return []
    return [Candidate(role=Role(kind=Kind.NOUN_PREP, preposition=mark.lower_, via=obj.text), token=named)]

"""Choose the target of a matched predicate: the slots the pattern names, else a generic search
over the parse; and co-actors' counterparts. The implied target of an event that names none is
in `implied_targets`.

Generic search: the passive subject (or the noun a passive participle describes: "a meeting
requested by Norway"), the direct object, the indirect object, the owner or `by` agent of the object,
prepositional objects in the order of the lexicon's `target_preposition` (of the verbs and of the
object noun), then the same inside open complements ("promised to continue aid to Mozambique"),
then the subject of a complement clause ("insisted that Chile release ..."), the object of a
purpose clause ("to honor the delegation") and objects one preposition deeper ("in defiance of
the Peruvian government"), the noun a relative clause is about ("the refugees whom Somalia expelled"),
the author of a clause a relative is about (", which Moscow denied"), and whose an object is by
a participle describing it ("a tanker bound for Japan"). "The country" is the last country named
before it; an object pronoun of a participle is the object of the clause it hangs from.
Locative prepositions (in, at) give a target only when it names a country,
not a capital or seat, unless the pattern asks for them; so does a place named inside the object as
where a gathering was held ("held three hours of talks in Nairobi"), and co-actors' counterpart it
never is, nor is who hosted their meeting. A judged act's `by` agent comes before whom the act was
done to; an actor named only inside the charge of an object ("accused the party of plotting with
Uganda") is a bystander; a withdrawal is aimed at where the forces leave (conventions `departure`).
Whom a participle of speech addresses ("..., telling a newspaper that") is the audience, no target;
whom the gathering an act is for is held with ("flew to Nairobi for talks with the rebels") comes
before where it goes.
The source's own state is no target unless the code is one a state does to its own people.
Code-keyed searches (requests, force, threats through conditions, withdrawals) and mutual acts are
columns of data/conventions.tsv. The searches through nouns are in `noun_targets`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import chain

from spacy.tokens import Token

from eventwire.actors.context import named_earlier
from eventwire.actors.dictionary import EntryKind
from eventwire.actors.mentions import SentenceHits
from eventwire.actors.resolve import resolve_phrase
from eventwire.attributes import addressee
from eventwire.coding.clause_parts import is_condition
from eventwire.coding.decisions import AUTHORSHIP, Candidate, Kind, Role
from eventwire.coding.foreign_parties import foreign_party
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.match import Predicate, said_clauses
from eventwire.coding.noun_targets import (
    by_preposition,
    candidates_of,
    clause_antecedent,
    described_objects,
    happens_in,
    hosted_parties,
    in_a_charge,
    judged_deed,
    locative_ok,
    meeting_party,
    named_among,
    object_agents,
    opposed,
    prep_objects,
)
from eventwire.coding.roles import SUBJECT_DEPS, relative_owner, speech_verb
from eventwire.coding.sides import MAX_ACTORS, Resolver, Side, children, conjunct_mentions
from eventwire.coding.verb_objects import gapped_object
from eventwire.model import Mention
from eventwire.ontology.conventions import Conventions, Mutual, TargetSearch


def _open_complements(verbs: list[Token], depth: int = 3) -> list[Token]:
    found: list[Token] = []
    frontier = verbs
    for _ in range(depth):
        frontier = [c for v in frontier for c in v.children
                    if c.dep_ in {"xcomp", "conj"} and c.pos_ in {"VERB", "AUX"}]
        found += [c for c in frontier if c not in found and c not in verbs]
    return found


def _slot(slot: str, verbs: list[Token], obj: Token | None, lexicon: Lexicon,
          words: frozenset[str] = frozenset()) -> list[Candidate]:
    if slot == "dobj":
        # "the refugees whom Somalia expelled": the noun a relative clause is about is its object;
        # "welcomed the release of the fishermen by Pyongyang": who did the act judged comes before
        # whom it was done to.
        return [c for v in reversed(verbs) for o in [*children(v, {"dobj"}), *gapped_object(v)]
                for c in [*object_agents(v, o, lexicon), *named_among(o, lexicon), *candidates_of(Kind.DOBJ, [o])]]
    if slot == "dative":
        datives = (o for v in verbs for o in children(v, {"dative", "iobj"}) if o.pos_ != "ADP")
        return candidates_of(Kind.DATIVE, datives)
    if slot == "author":
        # "rejected a proposal by Hamas", "condemned Russia's annexation": whose the object is.
        nouns = [o for v in verbs for o in [*children(v, {"dobj"}), *gapped_object(v)]]
        nouns += [obj] if obj is not None else []
        return (candidates_of(Kind.OBJECT_OWNER, (c for n in nouns for c in children(n, {"poss"})))
                + by_preposition(Kind.OBJECT_AGENT,
                           (po for n in nouns for po in prep_objects(n, lexicon.agent_preposition))))
    if slot.startswith("prep:"):
        preps = tuple(slot[5:].split("|"))
        objects = [o for v in verbs for o in children(v, {"dobj"})]
        holders = verbs + ([obj] if obj is not None else []) + objects
        # "signed a deal with Peru on fishing quotas": the preposition's rank decides, whether
        # it hangs from the verb or from its object.
        found = sorted((po for h in holders for po in prep_objects(h, preps)), key=lambda po: preps.index(po[0]))
        return by_preposition(Kind.PREP, found)
    if slot == "ccomp":
        # "asked that ...", and "pressed its request that ...": the clause of the object noun.
        clauses = [c for v in verbs for c in said_clauses(v, words)]
        clauses += [c for c in (obj.children if obj is not None else ()) if c.dep_ in {"acl", "ccomp"}]
        subjects = [s for c in clauses for s in children(c, SUBJECT_DEPS | {"nsubjpass"})]
        # "said he was hopeful that a deal with Peru would be signed": whom the deal the clause (or
        # the clause of its adjective) tells of is with
        told = [t for c in clauses for a in children(c, {"acomp"}) for t in children(a, {"ccomp"})]
        partners = by_preposition(Kind.NOUN_PREP, (po for c in told for s in children(c, SUBJECT_DEPS | {"nsubjpass"})
                                                   for po in prep_objects(s, ("with",))))
        return candidates_of(Kind.CLAUSE_SUBJECT, subjects) + partners + _own_clause_objects(clauses, lexicon)
    if slot == "condition":
        clauses = [c for v in verbs for c in v.children if is_condition(c, lexicon)]
        return candidates_of(Kind.CONDITION_SUBJECT, (s for c in clauses for s in children(c, SUBJECT_DEPS)))
    if slot == "purpose":
        # "rejected the plan, telling a newspaper that ...": whom a participle of speech addresses
        # is the audience, not the target of the act.
        clauses = [c for v in verbs for c in v.children if c.dep_ in {"advcl", "xcomp"}
                   and not (c.tag_ == "VBG" and c.lemma_ in lexicon.speech_verb)]
        # "handed in its application to join the bloc": what the object noun's infinitive aims at (appeals).
        clauses += [c for c in (obj.children if obj is not None else ()) if c.dep_ == "acl"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        return candidates_of(Kind.PURPOSE_OBJECT, (o for c in clauses for o in children(c, {"dobj"})))
    return []


def _own_clause_objects(clauses: list[Token], lexicon: Lexicon) -> list[Candidate]:
    """Return the objects of a clause whose subject is the source's own ("denied that its troops shelled
    Laos", "said it would strike the rebels"): what the source says about its own act is aimed at
    whom that act is."""
    own = [c for c in clauses if any(_self_reference(s, lexicon) for s in children(c, SUBJECT_DEPS))]
    return [c for slot in ("dobj", "prep:" + "|".join(lexicon.target_preposition))
            for c in _slot(slot, own, None, lexicon)]


def _own_clauses(verbs: list[Token], lexicon: Lexicon) -> list[Token]:
    """Return the clauses the verbs say whose subject is the source's own ("warned that they would
    act unless Damascus ..."): a threat told as what the threatener will do keeps its condition
    in that clause."""
    return [c for v in verbs for c in said_clauses(v)
            if any(_self_reference(s, lexicon) for s in children(c, SUBJECT_DEPS))]


def _self_reference(token: Token, lexicon: Lexicon) -> bool:
    """Tell whether a subject is a pronoun or a phrase owned by one ("its forces")."""
    return token.pos_ == "PRON" or any(c.dep_ == "poss" and c.lower_ in lexicon.possessive_pronoun
                                       for c in token.children)


def default_slots(lexicon: Lexicon) -> tuple[str, ...]:
    """Return the slots searched when a pattern names none."""
    return ("dobj", "dative", "author", "prep:" + "|".join(lexicon.target_preposition))


def _candidates(predicate: Predicate, slots: tuple[str, ...], lexicon: Lexicon,
                search: TargetSearch | None) -> Iterator[Candidate]:
    """Yield a predicate's candidate targets in the order they are tried, each group read off the
    parse only when the groups before it are used up: the search stops at the first target that
    places an actor, mostly among the first groups."""
    verbs = list(predicate.tokens)
    inner = _open_complements(verbs)
    if search == TargetSearch.DEPARTURE:
        # "the general pulled his battalion from Kosovo": where forces leave, before the forces.
        yield from _slot("prep:" + "|".join(lexicon.departure_preposition), verbs, predicate.obj, lexicon)
    # "flew to Nairobi for talks with the rebels": whom the trip's meeting is with, before where it
    # goes; unless the pattern codes the host's side too (a visit made is hosted where it goes).
    if not predicate.pattern.reverse:
        yield from meeting_party(verbs, lexicon)
    if search == TargetSearch.PARTIES:
        yield from hosted_parties(predicate.head)
    if search == TargetSearch.REQUEST and len(verbs) > 1 and not predicate.pattern.target:
        # "urged the Arab League to back Mogadishu", "called on Togo to free the traders",
        # "demanded that Myanmar's army release the fishermen": whoever is asked to act, before
        # what the act is about.
        asked = addressee(verbs[0]) if verbs[0].lemma_ in lexicon.appeal_verb else None
        yield from candidates_of(Kind.REQUEST_OBJECT, [asked] if asked is not None else children(verbs[0], {"dobj"}))
        yield from candidates_of(Kind.REQUESTED_SUBJECT, (s for v in verbs[1:] for s in children(v, SUBJECT_DEPS)))
    if search == TargetSearch.CONDITION:
        # "threatened to X unless Baghdad accepted": a threat is aimed at whoever must comply.
        yield from _slot("condition", verbs + inner + _own_clauses(verbs, lexicon), None, lexicon)
    for slot in slots:
        yield from _slot(slot, verbs, predicate.obj, lexicon, predicate.pattern.ccomp)
    for slot in default_slots(lexicon):
        yield from _slot(slot, inner, None, lexicon)
    yield from _slot("ccomp", verbs, predicate.obj, lexicon, predicate.pattern.ccomp)
    # an appeal's object noun may say in its infinitive whom it asks ("an application to join the
    # WTO"); another act's noun names a further act there ("its effort to isolate China")
    appeal = predicate.pattern.cameo.startswith("02")
    yield from _slot("purpose", verbs, predicate.obj if appeal else None, lexicon)
    yield from opposed(verbs, predicate.obj, lexicon)
    yield from clause_antecedent(predicate.head)
    yield from judged_deed(predicate.head, lexicon)
    yield from described_objects(verbs + inner, predicate.obj, lexicon)


def _passive_candidates(head: Token, lexicon: Lexicon) -> list[Candidate]:
    passive = (children(head, {"nsubjpass"}) or (children(head.head, {"nsubjpass"}) if head.dep_ == "conj" else [])
               or _shared_subject(head))
    if head.dep_ == "acl" and head.tag_ == "VBN" and head.head.pos_ in {"NOUN", "PROPN"}:
        passive = [head.head]  # "a session of the Council requested by Britain": what is requested
    # "a school for Syrian children was shelled": what the passive subject belongs to.
    attached = by_preposition(Kind.PASSIVE_SUBJECT_PREP,
                        (po for t in passive for po in prep_objects(t, lexicon.passive_subject_preposition)))
    return candidates_of(Kind.PASSIVE_SUBJECT, passive) + attached


def _shared_subject(head: Token) -> list[Token]:
    """Return the subject a passive verb shares with the active verb it is coordinated with
    ("arrived in Beijing and was welcomed by the president"): whom the passive act is done to."""
    if head.dep_ != "conj" or not children(head, {"auxpass"}) or children(head, SUBJECT_DEPS):
        return []
    return children(head.head, {"nsubj"})


def _taken(predicate: Predicate, source: Side) -> set[int]:
    taken = {t.i for t in source.token.subtree} if source.token is not None else set()
    if predicate.head.i in taken:  # a verb parsed inside its subject's phrase
        taken -= {t.i for t in predicate.head.subtree}
    return taken


def find_target(predicate: Predicate, resolve: Resolver, source: Side, lexicon: Lexicon,
                conventions: Conventions) -> Side:
    """Return the target side of a predicate."""
    slots = predicate.pattern.target or default_slots(lexicon)
    if "none" in slots:
        return Side(mentions=(), how=Role(kind=Kind.NO_TARGET_SLOT))
    code = predicate.pattern.cameo
    search = conventions.target_search(code)
    tried = chain(_passive_candidates(predicate.head, lexicon), _candidates(predicate, slots, lexicon, search))
    candidates = list(tried) if len(source.mentions) > 1 else tried  # co-actors' reciprocal reads them all
    taken = _taken(predicate, source)
    reciprocal = _reciprocal_side(candidates, source)
    if reciprocal is not None:
        return reciprocal
    # "Peru and Chile resumed talks on a Chilean fishing quota": when several countries act
    # together, what their talks or agreement are about is not their counterpart; each other is.
    together = len({m.actor.code for m in source.mentions}) > 1
    mutual = together and conventions.mutual_act(code) is not None
    counterparts = together and conventions.mutual_act(code) == Mutual.COUNTERPARTS
    aside = lexicon.topic_preposition | lexicon.locative_preposition
    countries = {m.actor.country for m in source.mentions if m.actor.country}
    matched = {predicate.obj.i, *(c.i for c in predicate.obj.conjuncts)} if predicate.obj is not None else set()
    fallback: Side | None = None
    for candidate in candidates:
        role, found = candidate.role, candidate.token
        # "..., accusing it of failing", "expelled the envoy, accusing him of ...", "telephoned the
        # envoy and asked him to ...": the pronoun is the object of the clause the participle or the
        # subjectless coordinated verb hangs from, before any reporter of the act.
        pronoun = found.pos_ == "PRON" and found.lower_ in lexicon.object_pronoun | lexicon.person_object_pronoun
        antecedent = next((a for v in dict.fromkeys((predicate.head, found.head)) if pronoun
                           and (a := _participle_antecedent(v, resolve, lexicon)) is not None), None)
        if antecedent is None and found.pos_ == "PRON" and found.lower_ in lexicon.person_object_pronoun:
            reporter = _reporter(predicate.head, found, resolve, lexicon)
            if reporter is not None:
                return reporter
        token = (antecedent or _other_clause_subject(found, taken, resolve, lexicon) or found) if pronoun else found
        if token.i in taken or token.pos_ == "PRON":
            continue
        if (counterparts and role.preposition in aside) or (
                mutual and role.kind == Kind.NOUN_PREP and role.preposition in lexicon.agent_preposition):
            continue  # what co-actors' talks are about, or who hosted them, is not their counterpart
        mentions = conjunct_mentions(token, resolve) or _named_country(token, resolve, countries, lexicon)
        # "summoned the ambassador": an envoy a state acts on is another's, not one it sends
        by_state = not predicate.pattern.reverse and any(is_state(m) for m in source.mentions)
        mentions = foreign_party(token, mentions, resolve, lexicon, by_state=by_state)
        if not mentions or _only_a_place(role, token, mentions, resolve, lexicon,
                                         explicit=bool(predicate.pattern.target), mutual=mutual):
            continue
        if (_self_reference(token, lexicon) and not conventions.own_target(code)
                and all(m.actor.country in countries or not m.actor.placed for m in mentions)):
            # "denied that its forces fired", "promised to bring its soldiers home": the source's own
            # agents, placed or named by their role alone, are not its target
            continue
        if _the_source_itself(role, mentions, source, conventions.own_target(code)):
            continue
        side = Side(mentions=tuple(mentions[:MAX_ACTORS]), how=role, token=token)
        # "police arrested twelve protesters outside the Chinese embassy": whom force is used on (not
        # the weapon the pattern matched) is the target, given a country later.
        if any(m.actor.placed for m in mentions) or (
                role.kind == Kind.DOBJ and search == TargetSearch.FORCE and token.i not in matched):
            return side
        fallback = fallback or side
    return fallback or Side(mentions=(), how=Role(kind=Kind.NOT_FOUND))


# English reciprocal pronouns, as (determiner, head): what co-actors do to "each other" or "one another".
RECIPROCALS = frozenset({("each", "other"), ("one", "another")})


def _reciprocal_side(candidates: Iterable[Candidate], source: Side) -> Side | None:
    """Return the co-actors as the target when an object is a reciprocal pronoun or owned by one
    ("Ethiopian and Eritrean troops shelled each other's positions", "expelled one another's
    diplomats"): each is the other's target (`counterparts`)."""
    if len(source.mentions) < 2:
        return None
    for candidate in candidates:
        for word in (candidate.token, *children(candidate.token, {"poss"})):
            if word.i > 0 and (word.doc[word.i - 1].lower_, word.lower_) in RECIPROCALS:
                return Side(mentions=source.mentions, how=Role(kind=Kind.RECIPROCAL), token=candidate.token)
    return None


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
# Kinds of mentions that name a state itself, not a person or a body that can be "him" or "her".
STATE_KINDS = frozenset({"country", "capital", "metonym"})


def is_state(mention: Mention) -> bool:
    """Tell whether a mention names a state: a country alone, or its government's sectors."""
    sectors = set(mention.actor.sectors)
    return (mention.kind in STATE_KINDS and not sectors) or (bool(sectors) and sectors <= STATE_SECTORS)


def same_state(source: Mention, target: Mention) -> bool:
    """Tell whether a target is the source's own state ("the government ... disappointed by the
    country", "the United States ... its leaders"): both the state of one country, on one side as
    the country alone or with the same sectors on both; a source that took its country from the
    target ("Yoruba leaders ... forgive the Nigerian president") is not told apart from it."""
    a, b = source.actor, target.actor
    if a.country is None or a.country != b.country or not (is_state(source) and is_state(target)):
        return False
    if any(e.startswith("domestic:") for e in source.entries):
        return False
    return not a.sectors or not b.sectors or set(a.sectors) == set(b.sectors)


def _the_source_itself(role: Role, mentions: list[Mention], source: Side, own_target: bool) -> bool:
    """Tell whether a target candidate is the source itself: the author of the object named by the
    source's country ("apologised for killings by German troops": its own deed), or, for a code
    that is not one a state does to its own people, its own state ("lifted the American embargo
    against Cuba"), so that the search goes on."""
    countries = {m.actor.country for m in source.mentions if m.actor.country}
    if role.kind in AUTHORSHIP and any(m.actor.country in countries for m in mentions):
        return True
    return not own_target and all(_own_state(source, m) for m in mentions)


def _own_state(source: Side, mention: Mention) -> bool:
    """Tell whether a target candidate is the source's own state, a country's adjective alone
    ("the American embargo", "Russian troops" for Russia) included."""
    if mention.kind == EntryKind.DEMONYM and not mention.actor.sectors:
        mention = replace(mention, kind=EntryKind.COUNTRY.value)
    return any(same_state(s, mention) or _same_body(s, mention) for s in source.mentions)


def _same_body(source: Mention, target: Mention) -> bool:
    """Tell whether a target names the very international body the source is or speaks for ("EU
    leaders invited Serbia to join the bloc": the bloc is no one they act on); an unnamed one
    ("IGO" alone) may be any other."""
    a, b = source.actor, target.actor
    if a.country is not None or b.country is not None or not (a.placed and b.placed):
        return False
    short, long = sorted((a.code, b.code), key=len)
    return len(short) > len("IGO") and long.startswith(short)


def _reporter(verb: Token, pronoun: Token, resolve: Resolver, lexicon: Lexicon) -> Side | None:
    """Return the person who reports an act done to "him", "her" or "me" ("the envoy said Myanmar
    had barred him"): the named subject of the speech verb whose complement holds the act."""
    speech = speech_verb(verb, lexicon)
    subjects = children(speech, SUBJECT_DEPS) if speech is not None else []
    if speech is None or not subjects or subjects[0].pos_ == "PRON":
        return None
    mentions = [m for m in conjunct_mentions(subjects[0], resolve) if m.kind not in STATE_KINDS]
    if not mentions:
        return None
    role = Role(kind=Kind.PRONOUN_SPEAKER, pronoun=pronoun.text, inner=Role(kind=Kind.SUBJECT_OF, via=speech.text))
    return Side(mentions=tuple(mentions[:MAX_ACTORS]), how=role, token=subjects[0])


def _only_a_place(role: Role, token: Token, mentions: list[Mention], resolve: Resolver, lexicon: Lexicon, *,
                  explicit: bool, mutual: bool) -> bool:
    """Tell whether a candidate names its actors only as where the act happens."""
    if not locative_ok(role, mentions, explicit, lexicon):
        return True
    return not explicit and (happens_in(token, mentions, resolve, lexicon, mutual=mutual)
                             or in_a_charge(token, mentions, resolve))


def _named_country(token: Token, resolve: Resolver, countries: set[str], lexicon: Lexicon) -> list[Mention]:
    """Return the country "the country" or "the nation" refers to: the last one the sentence named
    before it, other than the source's ("imposed sanctions on Niger and suspended the country")."""
    if token.lemma_.lower() not in lexicon.country_noun or not any(
            c.dep_ == "det" and c.lower_ in lexicon.definite_determiner for c in token.children):
        return []
    for earlier in reversed(token.doc[token.sent.start:token.i]):
        named = [m for m in resolve(earlier) if m.kind == EntryKind.COUNTRY and m.actor.country not in countries]
        if named:
            return named[:1]
    return []


def _participle_antecedent(verb: Token, resolve: Resolver, lexicon: Lexicon) -> Token | None:
    """Return what an object pronoun of a subjectless participle or coordinated clause refers to:
    the object of the verb the clause hangs from, an actor named in it or its prepositions first
    ("fired missiles at Israel, accusing it of ...": Israel)."""
    if verb.dep_ not in {"advcl", "conj"} or children(verb, SUBJECT_DEPS):
        return None
    objects = children(verb.head, {"dobj"})
    named = [o for o in objects if resolve(o)]
    # "closed its border with Kosovo and accused it of ...": the actor the object is told with
    for preposition, pobj in [p for h in (verb.head, *objects) for p in prep_objects(h, lexicon.target_preposition)]:
        mentions = resolve(pobj)
        if mentions and locative_ok(Role(kind=Kind.PREP, preposition=preposition), mentions, False, lexicon):
            named.append(pobj)
    return next(iter(named + objects), None)


def _other_clause_subject(pronoun: Token, taken: set[int], resolve: Resolver, lexicon: Lexicon) -> Token | None:
    """Return what "it" or "them" refers to through the clauses its own hangs from: the nearest subject
    of one of them that names an actor other than the source and agrees in number ("bombers flew near
    Japan, and Japan scrambled jets to shadow them"; "the jets downed a helicopter after its gunners
    fired at them"), else the nearest such object named before it; "him" or "her" names a person,
    never a clause's state or force."""
    if pronoun.lower_ not in lexicon.object_pronoun:
        return None
    plural = "Plur" in pronoun.morph.get("Number", None)
    clause = next((a for a in pronoun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    clauses: list[Token] = []
    while clause is not None and clause.dep_ in {"advcl", "conj", "xcomp", "ccomp"} and clause.head.i != clause.i:
        clause = clause.head
        clauses.append(clause)
    subjects = [s for c in clauses for s in children(c, SUBJECT_DEPS)
                if s.i not in taken and s.pos_ != "PRON" and s.i < pronoun.i]  # no speaker named after it
    # then the objects named before it of clauses the source is not the subject of ("a court fined six
    # sailors, a week after police seized them": the sailors)
    objects = [o for c in clauses if not any(s.i in taken for s in children(c, SUBJECT_DEPS))
               for o in children(c, {"dobj"}) if o.i < pronoun.i and o.i not in taken]
    return next((n for n in subjects + objects if plural_phrase(n) == plural and resolve(n)), None)


def plural_phrase(noun: Token) -> bool:
    """Tell whether a noun phrase is plural: a plural noun, or coordinated nouns."""
    return noun.tag_ in {"NNS", "NNPS"} or bool(children(noun, {"conj"}))


def counterparts(source: Side, target: Side, src: Mention, code: str,
                 conventions: Conventions) -> list[Mention | None]:
    """Return the targets of one source actor: the ones found (for countries acting together, only
    those of another country), else, for a mutual act ("Jordan and Britain agreed"), its co-actors,
    else none."""
    countries = {m.actor.country for m in source.mentions if m.actor.country}
    # Countries acting together whose found "target" is one of themselves ("Argentina and Chile
    # signed ... in Santiago") are each other's counterparts.
    joint = len(countries) > 1
    mutual = conventions.mutual_act(code) is not None
    # "The two governments agreed to pull troops back": troops named by role alone are not a
    # third party, each co-actor's own are meant.
    named: list[Mention | None] = [m for m in target.mentions if not (
        joint and (m.actor.country in countries or (mutual and not m.actor.placed)))]
    if target.how.kind == Kind.RECIPROCAL:  # "shelled each other's positions": each the other's
        return [m for m in source.mentions if m.actor.code != src.actor.code] or [None]
    others: list[Mention | None] = [m for m in source.mentions if mutual and m.actor.code != src.actor.code]
    return named or others or [None]


def make_resolver(sentence: SentenceHits) -> Resolver:
    """Return a function resolving noun-phrase heads of this sentence to mentions (a role owned by
    "whose" is the owner's: `relative_owner`); each head is resolved once (the coder asks again for
    the same heads), and each caller gets its own list."""
    found: dict[int, list[Mention]] = {}

    def resolve(token: Token) -> list[Mention]:
        if token.doc is not sentence.doc:
            return resolve_phrase(token, sentence)
        if token.i not in found:
            mentions = resolve_phrase(token, sentence) or named_earlier(token, sentence.named, sentence.offset)
            found[token.i] = relative_owner(token, mentions, resolve)
        return list(found[token.i])

    return resolve

"""Find the source of a matched predicate from the dependency parse.

Source: the predicate's subject; in the passive, the `by` agent. A verb without a subject of its
own takes it from the verb it depends on (coordinated verbs, open complements, purpose clauses);
object-control verbs ("urged Iran to withdraw") pass their object instead. A pronoun subject
inside a speech verb's complement refers to the speaker ("Hungary said it will ..."); other
pronouns take the antecedent the caller keeps from earlier sentences; a possessive pronoun on a
subject ("Kenya said its troops ...") gives a role its owner's country. An appeal or statement the
parser joined to the last verb of what is said, whose subject names no actor ("said the rains ruined
crops and urged Togo to help"), is the speaker's. The target is found in
`eventwire.coding.targets`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from eventwire.actors.resolve import is_pronoun
from eventwire.coding.decisions import Kind, Role
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.match import Predicate
from eventwire.coding.owners import located_only, unplaced
from eventwire.coding.sides import MAX_ACTORS, Antecedent, Resolver, Side, children, conjunct_mentions, with_conjuncts
from eventwire.model import Actor, Mention
from eventwire.parse_view import object_participle_verb, view_of

SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
# clauses embedded in another: complements, relative and noun-modifying clauses
EMBEDDED_DEPS = frozenset({"ccomp", "xcomp", "acl", "relcl"})
# The marks that open or close a direct quotation.
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})


def subject_token(verb: Token, lexicon: Lexicon) -> tuple[Token | None, Role]:
    """Return the token standing for the subject of a verb, and how it was found."""
    current, via = verb, ""
    for _ in range(6):
        subjects = [s for s in _unlabelled(children(current, SUBJECT_DEPS)) if not _misread_subject(current, s)]
        if subjects and not _passive_participle(current):
            return subjects[0], (Role(kind=Kind.SUBJECT) if current.i == verb.i
                                 else Role(kind=Kind.SUBJECT_OF, via=current.text))
        # "was shot and wounded by a gunman": coordinated passives share the agent.
        # Only a "by" phrase names the doer, whatever label the parser gave another preposition.
        agents = [g for v in [current, *children(current, {"conj"})] for a in children(v, {"agent"})
                  if a.lower_ in lexicon.agent_preposition for g in a.children if g.dep_ == "pobj"]
        if agents:
            return agents[0], Role(kind=Kind.PASSIVE_AGENT)
        found = _passive_subject(current, via, lexicon) or _clause_subject(current, lexicon)
        if found is not None and found[0] is None and (above := _clause_above(verb, current)) is not None:
            # "insisted the bridge would be reopened, accusing Kosovo ...": the participle tells of the clause above
            current, via = above, "advcl"
            continue
        if found is not None:
            return found
        if (current.dep_ in {"xcomp", "advcl"} and current.head.lemma_ in lexicon.object_control
                and current.tag_ != "VBG"):
            objects = children(current.head, {"dobj"})
            if objects:
                return objects[0], Role(kind=Kind.CONTROLLER_OBJECT, via=current.head.text)
        if _issued_text(current, lexicon):
            # "issued a statement backing Abu Dhabi": the text's author does what it says
            current, via = current.head.head, "acl"
            continue
        if _infinitive_on_controlled(current, lexicon):
            # "prompting the bloc to threaten force", the infinitive hung from the object it tells of
            return current.head, Role(kind=Kind.CONTROLLER_OBJECT, via=current.head.head.text)
        if (current.dep_ == "pcomp" and current.head.lower_ in lexicon.same_subject_preposition
                and current.head.head.pos_ in {"VERB", "AUX"}):
            # "established ties with China after severing its ties with Taiwan"
            current, via = current.head.head, "pcomp"
            continue
        if current.dep_ not in {"conj", "xcomp", "advcl", "acl", "acomp"} or current.head.i == current.i:
            return None, Role(kind=Kind.NO_SUBJECT)
        current, via = current.head, current.dep_
    return None, Role(kind=Kind.NO_SUBJECT)


def _passive_participle(verb: Token) -> bool:
    """Tell whether a verb is a past participle with a "by" phrase and no auxiliary ("a survey,
    published on Monday by the OECD"): a passive, whose agent does the act whatever noun the parser
    made its subject; that noun is what the act is done to."""
    return verb.tag_ == "VBN" and bool(children(verb, {"agent"})) and not children(verb, {"aux", "auxpass"})


def _clause_above(verb: Token, head: Token) -> Token | None:
    """Return the verb of the clause above, when a present participle set off by a comma
    (a supplementive clause) was hung from an embedded clause naming no doer, a passive with no
    agent inside a complement or a noun phrase: such a participle tells what the doer of the
    clause above did along the way, not what the embedded clause's subject did (Quirk et al. 1985
    on the implied subject of supplementive clauses)."""
    if not (verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.i == head.i and verb.left_edge.i > 0
            and verb.doc[verb.left_edge.i - 1].text == "," and _embedded(head)):
        return None
    above = head.head
    while above.pos_ not in {"VERB", "AUX"} and above.head.i != above.i:
        above = above.head
    return above if above.pos_ in {"VERB", "AUX"} and above.i != head.i else None


def _embedded(verb: Token) -> bool:
    """Tell whether a verb heads a clause embedded in another: a complement, a relative or
    noun-modifying clause, or an infinitive ("its plea for the port to be reopened ...")."""
    return verb.dep_ in EMBEDDED_DEPS or (verb.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _misread_subject(verb: Token, subject: Token) -> bool:
    """Tell whether a name is the subject the parser gave a present participle that hangs from a
    clause with no auxiliary and no mark of its own ("wrote to his counterpart, Wang Yi, on Monday
    asking him to ..."): such a participle shares the clause's subject, and the name before it is
    the apposition or object it follows. An absolute phrase has a subject of its own ("..., both
    saying they ...", "with Peru saying ..."), but one named by a pronoun, a quantifier or a noun
    after "with"."""
    return (verb.tag_ == "VBG" and verb.dep_ == "advcl" and subject.pos_ == "PROPN" and subject.i < verb.i
            and not children(verb, {"aux", "auxpass", "mark"}))


def _issued_text(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a present participle describes a statement its author puts out (lexicon
    `issuing_verb`: "issued a statement backing Abu Dhabi", "released a note warning traders"):
    the participle hangs from the verb's direct object, and the verb's subject is its own."""
    issuer = object_participle_verb(verb)
    return issuer is not None and issuer.lemma_ in lexicon.issuing_verb


def _infinitive_on_controlled(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether an infinitive was parsed as hanging from the object of a verb whose object
    does what its complement says (lexicon `object_control`): the object is its subject."""
    return (verb.dep_ in {"acl", "advcl", "relcl"} and verb.head.dep_ == "dobj"
            and verb.head.head.lemma_ in lexicon.object_control
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _unlabelled(subjects: list[Token]) -> list[Token]:
    """Return the subjects without a speaker's label ("VOA: Russia's president visited China",
    an interview's turn), when another subject is left."""
    kept = [s for s in subjects if not (s.i + 1 < len(s.doc) and s.doc[s.i + 1].text == ":")]
    return kept or subjects


def fell_in_clash(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a verb of harm tells its subject's fall in a clash with another side: its "in"
    phrase names a clash (lexicon `clash_word`) that has, or whose verb has, a "with" phrase."""
    if verb.lemma_ not in lexicon.casualty_verb:
        return False
    clashes = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
               for c in p.children if c.dep_ == "pobj" and c.lemma_.lower() in lexicon.clash_word]
    return any(p.dep_ == "prep" and p.lower_ == "with" for c in clashes for p in (*c.children, *verb.children))


def _passive_subject(verb: Token, via: str, lexicon: Lexicon) -> tuple[Token | None, Role] | None:
    """Return what a passive verb gives as subject, or None if the verb is not passive."""
    passive = children(verb, {"nsubjpass"})
    if not passive:
        return None
    if via == "xcomp" or verb.lemma_ in lexicon.stative_passive or fell_in_clash(verb, lexicon):
        # "Iraq was forced to withdraw": the passive subject does what the complement says;
        # "militias were engaged in looting": the passive subject is the agent;
        # "two gendarmes died in a skirmish with smugglers": the passive subject fought it.
        return passive[0], Role(kind=Kind.PASSIVE_SUBJECT_OF, via=verb.text)
    # "after a state of siege was declared": a passive without agent names no source.
    return None, Role(kind=Kind.PASSIVE_WITHOUT_AGENT)


def _clause_subject(verb: Token, lexicon: Lexicon) -> tuple[Token | None, Role] | None:
    """Return the subject a dependent clause takes from outside, or None to keep climbing."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.i != verb.head.i:
        # "King Hassan was quoted as saying": the subject of the verb the "as" phrase hangs from.
        quoted = children(verb.head.head, {"nsubjpass", "nsubj"})
        return ((quoted[0], Role(kind=Kind.SUBJECT_OF, via=verb.head.head.text)) if quoted
                else (None, Role(kind=Kind.NO_SUBJECT)))
    if (verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"}
            and (any(_takes_object(v) for v in (verb, *verb.conjuncts)) or _intends(verb, lexicon))
            and verb.head.dep_ in {"nsubj", "nsubjpass", "ROOT"}):
        # "Israeli air strikes killed 20 people, officials said", parsed as a past participle
        # modifying the subject: a past participle with a direct object is a finite verb, and so
        # are those coordinated with it ("a submarine torpedoed and sank the cruiser") and one of
        # promising or refusing with an infinitive ("the ruler, General X, promised to hand over
        # power, radio reported"): such verbs have no passive taking one.
        return verb.head, Role(kind=Kind.MODIFIED_NOUN)
    if verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and (root := _noun_root(verb, lexicon)) is not None:
        return root, Role(kind=Kind.MODIFIED_NOUN)
    if (named := _predicate_noun_subject(verb)) is not None:
        # "Chile was the only member to abstain on the motion": the copula's subject does it
        return named, Role(kind=Kind.SUBJECT_OF, via=verb.head.head.text)
    if verb.dep_ == "relcl":
        relative = children(verb, {"nsubj"}) or [c for c in verb.children if c.tag_ in {"WDT", "WP"}]
        if not children(verb, {"nsubjpass"}) and (relative or not list(verb.lefts)):
            return verb.head, Role(kind=Kind.RELATIVE_CLAUSE)
        return None, Role(kind=Kind.NO_SUBJECT)
    return None


# Copulas whose predicate noun an infinitive may describe ("was the only country to veto it").
_COPULAS = frozenset({"be", "become", "remain"})


def _predicate_noun_subject(verb: Token) -> Token | None:
    """Return the subject of "be", "become" or "remain" whose predicate noun an infinitive describes ("Chile
    was the first state to expel the envoys"): who the noun says does the act; None for any other verb."""
    noun = verb.head
    if (verb.dep_ not in {"relcl", "acl"} or noun.dep_ != "attr" or noun.head.lemma_ not in _COPULAS
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return None
    subjects = children(noun.head, {"nsubj"})
    return subjects[0] if subjects else None


def _noun_root(verb: Token, lexicon: Lexicon) -> Token | None:
    """Return the noun a sentence was parsed to be when its finite verb, after a comma, was taken
    for a participle of a noun in the subject's apposition or relative clause ("Senegal, a member
    of the West African bloc, called for restraint", "Qatar, whose emir knows both leaders,
    offered to mediate"), or a verb of words (saying, asking, demanding, promising, refusing, claiming)
    right after the noun, for a participle of the noun itself, in a sentence that opens with an
    article and ends with a full stop ("The rights chief called on Friday for an inquiry."; a headline
    drops both, and a caption names people a deed was done to: "The ten soldiers killed in the
    ambush."): a sentence of news has a verb, so a noun at its root is the subject the verb lost, and
    the verb is its predicate."""
    root = verb
    while root.head.i != root.i:
        root = root.head
    if root.pos_ not in {"NOUN", "PROPN"} or root.i >= verb.i or verb.i == 0:
        return None
    doc = verb.doc
    if doc[verb.i - 1].text == ",":
        return root
    whole = doc[root.left_edge.i].dep_ == "det" and doc[root.right_edge.i].text in {".", "!"}
    return root if verb.i == root.i + 1 and whole and verb.lemma_ in lexicon.verb_of_words else None


def _intends(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a verb of intending or refusing (lexicon `intent_verb`, `refusal_verb`) takes an
    infinitive of its own ("vowed to fight")."""
    return verb.lemma_ in lexicon.intent_verb | lexicon.refusal_verb and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


def _takes_object(verb: Token) -> bool:
    """Tell whether a verb has a direct object, also one the parser hangs from its particle
    ("patrols sealed off the harbour", with "harbour" the object of "off"): a passive participle
    takes none, so such a verb is active."""
    return bool(children(verb, {"dobj"})) or any(children(p, {"pobj", "dobj"}) for p in children(verb, {"prt"}))


def speech_verb(verb: Token, lexicon: Lexicon) -> Token | None:
    """Return the speech verb whose complement holds this verb, if any."""
    view = view_of(verb.doc)
    heads, deps, at = view.heads, view.deps, verb.i
    for _ in range(6):
        if deps[at] in {"ccomp", "parataxis"} and verb.doc[heads[at]].lemma_ in lexicon.speech_verb:
            return verb.doc[heads[at]]
        if heads[at] == at:
            return None
        at = heads[at]
    return None


def find_source(predicate: Predicate, resolve: Resolver, antecedent: Antecedent, lexicon: Lexicon) -> Side:
    """Return the source side of a predicate."""
    token, how = subject_token(predicate.head, lexicon)
    if token is not None and (speaker := _speaker_of_said_conjunct(predicate.head, token, lexicon)) is not None \
            and not is_pronoun(token, lexicon) and not conjunct_mentions(token, resolve):
        token, how = speaker
    if token is None or token.lemma_.lower() in lexicon.hazard_noun:
        # "Peru's floods killed 40": a storm or an epidemic is no party acting, whoever's country it strikes
        return Side(mentions=(), how=how)
    if is_pronoun(token, lexicon):
        return _pronoun_side(token, predicate, resolve, antecedent, lexicon)
    mentions = conjunct_mentions(token, resolve)
    # "France said its troops in Mali ...": whose the troops are, not where they are
    owned = [unplaced(m) for m in mentions] if located_only(token, mentions, resolve, lexicon) else mentions
    owner = _possessor(token, owned, predicate, (resolve, antecedent), lexicon)
    if owner is not None and owner.mentions:
        mentions, how = _owned(token, owned, owner, how, lexicon)
    return Side(mentions=tuple(mentions[:MAX_ACTORS]), how=how, token=token)


def _speaker_of_said_conjunct(verb: Token, subject: Token, lexicon: Lexicon) -> tuple[Token, Role] | None:
    """Return the speaker's subject for a verb of speaking or appealing that the parser joined to
    the last verb of a speech verb's complement ("the minister said the islands lose millions to
    poachers and called on Colombo to ..."): when that verb's subject names no actor, the appeal
    is the speaker's second act, coordinated with the speech verb, not a deed of the things
    spoken of; None when the verb is no such conjunct or the speech verb has no subject."""
    head = verb.head
    if (verb.dep_ != "conj" or (verb.lemma_ not in lexicon.appeal_verb and verb.lemma_ not in lexicon.speech_verb)
            or subject.head.i != head.i or head.dep_ != "ccomp" or head.head.lemma_ not in lexicon.speech_verb):
        return None
    subjects = children(head.head, {"nsubj"})
    return (subjects[0], Role(kind=Kind.SUBJECT_OF, via=head.head.text)) if subjects else None


def _pronoun_side(token: Token, predicate: Predicate, resolve: Resolver, antecedent: Antecedent,
                  lexicon: Lexicon) -> Side:
    """Return whom a pronoun subject refers to: inside what a speaker says, the speaker (but a
    quotation opened by "they", "he" or "it" tells of others: '"They came at night," a villager
    said'); in a subordinate clause, the main clause's subject; else an actor of earlier sentences."""
    speaker = speech_verb(predicate.head, lexicon)
    if speaker is not None and _quoted_other(token, speaker, lexicon):
        found = antecedent(token)
        return found if found is not None else Side(mentions=(), how=Role(kind=Kind.PRONOUN_UNRESOLVED,
                                                                          pronoun=token.text))
    earlier = _earlier_clause_subject(token, predicate.head, speaker, resolve, lexicon)
    if earlier is not None:
        return earlier
    if speaker is not None:
        outer = find_source(Predicate(pattern=predicate.pattern, tokens=(speaker,), obj=None), resolve,
                            antecedent, lexicon)
        if outer.mentions:
            role = Role(kind=Kind.PRONOUN_SPEAKER, pronoun=token.text, inner=outer.how)
            return Side(mentions=outer.mentions, how=role, token=token)
    quoting = _quoting_verb(predicate.head) if speaker is None else None
    if quoting is not None and token.lower_ in lexicon.first_person_pronoun:
        # '"I will not go back," fretted a farmer': the one who says it, whatever the verb
        outer = find_source(Predicate(pattern=predicate.pattern, tokens=(quoting,), obj=None), resolve,
                            antecedent, lexicon)
        if outer.token is not None and not is_pronoun(outer.token, lexicon):
            role = Role(kind=Kind.PRONOUN_SPEAKER, pronoun=token.text, inner=outer.how)
            return Side(mentions=outer.mentions, how=role, token=token)
    main = _main_clause_subject(predicate.head, resolve, lexicon)
    if main is not None and (token.lower_ in lexicon.main_clause_pronoun or token.dep_ == "poss"):
        return Side(mentions=main.mentions, how=Role(kind=Kind.PRONOUN_MAIN_CLAUSE, pronoun=token.text),
                    token=token)
    found = antecedent(token)
    return found if found is not None else Side(mentions=(), how=Role(kind=Kind.PRONOUN_UNRESOLVED,
                                                                      pronoun=token.text))


def _quoting_verb(verb: Token) -> Token | None:
    """Return the verb a direct quotation holding this verb is told with ('"We are not ready,"
    fretted a farmer'), whatever its meaning: the verb its quoted clause hangs from. None if there is none."""
    current = verb
    for _ in range(6):
        head = current.head
        if head.i == current.i:
            return None
        start = current.left_edge.i
        quoted = current.doc[start].text in QUOTE_MARKS or (start > 0 and current.doc[start - 1].text in QUOTE_MARKS)
        if current.dep_ in {"ccomp", "parataxis"} and quoted:
            return head
        current = head
    return None


def _earlier_clause_subject(pronoun: Token, verb: Token, speaker: Token | None, resolve: Resolver,
                            lexicon: Lexicon) -> Side | None:
    """Return the subject of the clause a pronoun's clause is coordinated with, when that clause
    comes first and the speaker is named only after the pronoun ("Turkey accused X of ..., and it
    recalled its envoy, the agency said": Turkey): a pronoun refers back to a party already named,
    not to a speaker the sentence names later."""
    if pronoun.lower_ not in lexicon.main_clause_pronoun or pronoun.dep_ not in SUBJECT_DEPS:
        return None
    if speaker is not None and speaker.i < pronoun.i:
        return None
    if speaker is not None and any(c.dep_ in SUBJECT_DEPS and c.i < pronoun.i for c in speaker.children):
        return None
    clauses = [verb.head] if verb.dep_ == "conj" else []
    if verb.dep_ in {"ccomp", "conj"}:
        clauses += [c for c in verb.head.children
                    if c.dep_ in {"ccomp", "conj"} and c.i < verb.i and c.pos_ in {"VERB", "AUX"}]
    if verb.dep_ == "ccomp" and verb.head.dep_ == "conj":
        clauses.append(verb.head.head)  # "X accused Y ..., and it withdrew ..., the radio said", the
        # speech verb parsed as coordinated with the first clause and the second hung from it
    for clause in sorted(clauses, key=lambda t: -t.i):
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i]
        joined = any(c.dep_ == "cc" and c.i < pronoun.i for c in (*clause.children, *verb.children))
        if not joined or not subjects or is_pronoun(subjects[0], lexicon):
            continue
        mentions = [m for c in with_conjuncts(subjects[0]) for m in resolve(c)]
        if mentions:
            return Side(mentions=tuple(mentions[:MAX_ACTORS]),
                        how=Role(kind=Kind.PRONOUN_MAIN_CLAUSE, pronoun=pronoun.text), token=pronoun)
        return None
    return None


def _quoted_other(pronoun: Token, speech: Token, lexicon: Lexicon) -> bool:
    """Tell whether a pronoun of the third person (none of the lexicon's `first_person_pronoun`)
    opens a direct quotation ('"They came at night," a villager said'): it starts its sentence or
    follows a quotation mark, and an odd number of quotation marks stands between it and the verb
    of speech."""
    low, high = sorted((pronoun.i, speech.i))
    marks = sum(t.text in QUOTE_MARKS for t in pronoun.doc[low + 1:high])
    opens = pronoun.i == 0 or pronoun.doc[pronoun.i - 1].text in QUOTE_MARKS
    return pronoun.lower_ not in lexicon.first_person_pronoun and opens and marks % 2 == 1


def _possessive(token: Token, lexicon: Lexicon) -> Token | None:
    """Return the possessive pronoun a subject is owned by ("its troops": "its"), if any."""
    return next((c for c in token.children if c.dep_ == "poss" and c.lower_ in lexicon.possessive_pronoun), None)


def _possessor(token: Token, mentions: list[Mention], predicate: Predicate,
               resolvers: tuple[Resolver, Antecedent], lexicon: Lexicon) -> Side | None:
    """Return whom a possessive pronoun of a subject refers to ("Kenya said its troops ...": Kenya),
    when the subject names no actor placed in the world."""
    if any(m.actor.placed for m in mentions):
        return None
    owner = _possessive(token, lexicon)
    return None if owner is None else _pronoun_side(owner, predicate, *resolvers, lexicon)


def _owned(token: Token, mentions: list[Mention], owner: Side, how: Role,
           lexicon: Lexicon) -> tuple[list[Mention], Role]:
    """Return a subject's actors as its owner's: a role takes the owner's country ("its troops"),
    or each owner's country when a plural pronoun refers to parties of several ("Chile and Peru ...
    their armies": Chile's and Peru's), or is the owner when that is an international body with
    none ("NATO said ... Its commander met ..."), and an office or body or its people no dictionary
    names are the owner ("his office", "its volunteers"); a word for a country (lexicon
    `country_noun`) is the owner's state ("the envoy said his country would ...")."""
    pronoun = _possessive(token, lexicon)
    shared = pronoun is not None and pronoun.lower_ in lexicon.shared_possessive
    owned = _as_owners(mentions, owner.mentions, each=shared) if mentions else None
    if owned is not None:
        return owned, how
    possessor = Role(kind=Kind.POSSESSOR, pronoun=token.text, inner=owner.how)
    if not mentions and token.lemma_.lower() in lexicon.country_noun and (states := _states_of(owner.mentions)):
        return states, possessor
    if not mentions and token.lemma_.lower() in lexicon.organization_word | lexicon.member_noun:
        return list(owner.mentions), possessor
    return mentions, how


def _states_of(owners: Sequence[Mention]) -> list[Mention]:
    """Return the state of each country the owners are of, in order, as the owners' mentions."""
    return [replace(m, actor=Actor(code=country, country=country, name=country),
                    entries=(*m.entries, f"owner-state:{country}"), kind="country", person=None)
            for country, m in _first_of_each_country(owners).items()]


def _first_of_each_country(owners: Sequence[Mention]) -> dict[str, Mention]:
    """Return the first owner of each country the owners are of, by country, in the owners' order."""
    firsts: dict[str, Mention] = {}
    for m in owners:
        if m.actor.country:
            firsts.setdefault(m.actor.country, m)
    return firsts


def _main_clause_subject(verb: Token, resolve: Resolver, lexicon: Lexicon) -> Side | None:
    """Return the subject of the clause a subordinate clause hangs from ("... when they blew up")."""
    if verb.dep_ not in {"advcl", "conj", "ccomp"} or verb.head.i == verb.i:
        return None
    subjects = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS and not is_pronoun(c, lexicon)]
    mentions = [m for t in subjects[:1] for c in with_conjuncts(t) for m in resolve(c)]
    return (Side(mentions=tuple(mentions), how=Role(kind=Kind.MAIN_CLAUSE_SUBJECT), token=subjects[0])
            if mentions else None)


# The possessive relative pronoun: it refers to the noun its relative clause is about.
RELATIVE_POSSESSIVE = "whose"


def relative_owner(head: Token, found: list[Mention], resolve: Resolver) -> list[Mention]:
    """Give the roles of a phrase owned by "whose" ("Chile, whose president accused Bolivia",
    "Germany, whose ambassador Riyadh expelled") the country of the noun the relative clause is
    about, or make them that noun's body when it is an international one with none; a role named
    alone is no one's until its owner is known. Return the mentions as found when the phrase has
    no such owner or names an actor placed in the world itself."""
    if not found or any(m.actor.placed for m in found):
        return found
    if not any(c.dep_ == "poss" and c.lower_ == RELATIVE_POSSESSIVE for c in head.children):
        return found
    clause = head
    for _ in range(4):
        if clause.dep_ == "relcl" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "relcl":
        return found
    owned = _as_owners(found, resolve(clause.head))
    return found if owned is None else owned


def _as_owners(mentions: list[Mention], owners: Sequence[Mention], *, each: bool = False) -> list[Mention] | None:
    """Return roles as their owner's: placed in the country of the first owner with one (with
    `each`, once in the country of every owner, in order), else as the first owner placed in the
    world with none (an international body); None when no owner is placed."""
    if each and len(firsts := _first_of_each_country(owners)) > 1:
        return [m.placed_in(country, f"owner:{a.entry}") for country, a in firsts.items()
                for m in mentions][:MAX_ACTORS]
    anchor = next((m for m in owners if m.actor.country), None)
    if anchor is not None and anchor.actor.country is not None:
        return [m.placed_in(anchor.actor.country, f"owner:{anchor.entry}") for m in mentions]
    body = next((m for m in owners if m.actor.placed), None)
    if body is not None:
        return [replace(m, actor=body.actor, entries=(*m.entries, f"owner:{body.entry}")) for m in mentions]
    return None

"""Readings of a matched predicate that change what it codes: a possibility others speak of, a
warning about things or judging others' conduct, commentary, a description or need rather than a
deed, a step in court, a war or tourists as subject, the cause of a reported feeling, the author of
an earlier act."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire import attributes
from eventwire.actors.dictionary import EntryKind
from eventwire.coding.clause_parts import is_condition
from eventwire.coding.decisions import Kind, Role
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.match import DOBJ_DEPS, Predicate, said_clauses
from eventwire.coding.sides import Antecedent, Side, conjunct_mentions
from eventwire.coding.verb_objects import naming_complement, objects_of
from eventwire.doc_words import words_of
from eventwire.model import Mention, Modality
from eventwire.parse_labels import POBJ_DEPS, PREP_DEPS, SUBJECT_DEPS
from eventwire.parse_view import children_by

NSUBJ_DEPS = frozenset({"nsubj"})
CCOMP_DEPS, PASSIVE_SUBJECT_DEPS = frozenset({"ccomp"}), frozenset({"nsubjpass"})

Resolver = Callable[[Token], list[Mention]]


def warning_about_things(predicate: Predicate, resolve: Resolver, lexicon: Lexicon) -> bool:
    """Tell whether a threat, a demand, an appeal or a blame is only a speaker's remark on what
    something, not an actor, would, must or should do or caused ("warned that the new law would
    divide society", "said the talks must go on", "said the results should not be called good news",
    "said the drought was responsible for the shortages"): a remark, not an act
    aimed at anyone. Blame a speaker lays on itself ("said it was responsible for the attack") is
    no accusation either."""
    blame = predicate.pattern.cameo.startswith("11")
    if not predicate.pattern.cameo.startswith(("13", "10", "11", "02")) or predicate.pattern.objects \
            or predicate.last.lemma_ not in lexicon.speech_verb:
        return False
    clauses = said_clauses(predicate.last, predicate.pattern.ccomp, CCOMP_DEPS)
    subjects = [g for c in clauses for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all((blame and g.pos_ == "PRON") or (g.pos_ != "PRON" and not resolve(g))
                                  for g in subjects)



def judged_conduct(predicate: Predicate, resolve: Resolver, source: Side, lexicon: Lexicon) -> Side | None:
    """Return whose conduct a warning only judges ("warned that the cooperation between Russia and
    North Korea is dangerous"): the actors of a present-tense copular complement's subject, other
    than the source's own. Such a warning is criticism of them, not a threat."""
    verb = predicate.last
    if not predicate.pattern.cameo.startswith("13") or verb.lemma_ not in lexicon.speech_verb:
        return None
    countries = {m.actor.country for m in source.mentions}
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"):
        if any(c.dep_ == "aux" for c in clause.children) or clause.tag_ not in {"VBZ", "VBP"}:
            continue  # "would be", "will be": a forecast
        if not any(c.dep_ in {"acomp", "attr"} for c in clause.children):
            continue
        for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}):
            mentions = _others_within(subject, resolve, countries)
            if mentions:
                return Side(mentions=mentions, how=Role(kind=Kind.CLAUSE_SUBJECT), token=subject)
    return None


def party_in_clause(predicate: Predicate, resolve: Resolver, source: Side) -> Side | None:
    """Return whom a statement or an accusation told through a clause is aimed at when no slot
    named a target: the actors inside the phrase of the clause's subject, other than the source's
    own ("alleged that women under Taliban rule are persecuted", "said its talks with the World
    Bank were progressing well")."""
    if not predicate.pattern.cameo.startswith(("11", "01")):
        return None
    countries = {m.actor.country for m in source.mentions}
    clauses = [c for v in predicate.tokens for c in said_clauses(v, predicate.pattern.ccomp, CCOMP_DEPS)]
    for subject in (s for c in clauses for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}):
        mentions = _others_within(subject, resolve, countries)
        if mentions:
            return Side(mentions=mentions, how=Role(kind=Kind.CLAUSE_SUBJECT), token=subject)
    return None


def offered_on_request(predicate: Predicate, resolve: Resolver, source: Side, lexicon: Lexicon) -> Side | None:
    """Return whom a cooperative act is offered to when no slot named a target but a condition
    names a party that must ask for it or accept it ("said it stood ready to send engineers if
    Kigali requested them"): the subject of that condition, other than the source's own."""
    root = predicate.pattern.cameo[:2]
    if not (root.isdigit() and 3 <= int(root) <= 9):
        return None
    verbs, current = [*predicate.tokens], predicate.head
    while current.dep_ in {"xcomp", "acomp", "conj"} and current.head.i != current.i and len(verbs) < 8:
        current = current.head
        verbs.append(current)
    countries = {m.actor.country for m in source.mentions}
    for clause in (c for v in verbs for c in v.children if is_condition(c, lexicon)
                   and c.lemma_ in lexicon.consent_verb):
        for subject in children_by(clause, NSUBJ_DEPS):
            mentions = tuple(m for m in resolve(subject) if m.actor.placed and m.actor.country not in countries)
            if mentions:
                return Side(mentions=mentions, how=Role(kind=Kind.CONDITION_SUBJECT), token=subject)
    return None


def _others_within(token: Token, resolve: Resolver, countries: set[str | None]) -> tuple[Mention, ...]:
    """Return the actors a phrase names (`_subtree_mentions`) that are placed in the world, but for
    those of the `countries` (the source's)."""
    return tuple(m for m in _subtree_mentions(token, resolve) if m.actor.placed and m.actor.country not in countries)


def _subtree_mentions(token: Token, resolve: Resolver) -> list[Mention]:
    """Return the actors a noun phrase names ("cooperation between Chile and Peru")."""
    found: dict[str | None, Mention] = {}  # one mention per country: "Somali troops" is Somalia once
    for t in token.subtree:
        for m in resolve(t):
            found.setdefault(m.actor.country, m)
    return list(found.values())


def warning_of_things(predicate: Predicate, resolve: Resolver, lexicon: Lexicon) -> bool:
    """Tell whether a threat is only a warning of a danger, addressed to no one ("the UN warned of
    famine in Gaza", "warned against travel to the border"): no actor as its object, and what it
    warns of is neither an actor nor a reprisal ("warned of a crushing response" stays a threat)."""
    verb = predicate.last
    if not predicate.pattern.cameo.startswith("13") or verb.lemma_ not in lexicon.speech_verb:
        return False
    if any(c.dep_ in {"dobj", "dative", "ccomp"} for c in verb.children):
        return False
    topics = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in lexicon.warning_preposition
              for g in c.children if g.dep_ in {"pobj", "pcomp"}]
    return bool(topics) and not any(resolve(g) or g.lemma_.lower() in lexicon.reprisal_noun for g in topics)


def commentary(predicate: Predicate, resolve: Resolver, lexicon: Lexicon,
               named: frozenset[str] = frozenset()) -> Token | None:
    """Return the commentator whose view an act is told in ("analysts say Russia is pressuring
    Kazakhstan", "experts believe Iran supplied drones", "according to analysts, Beijing rejected
    the plan"): someone named by a commentator noun whom no actor stands for. None if the act is
    told by a party, by no one, or is the commentator's own. `named`: surnames of commentators the
    article introduced earlier ("Jane Roe, an analyst at ..." makes a later "Roe said" commentary)."""
    current = predicate.head
    for _ in range(6):
        head = current.head
        if head.i == current.i:
            break
        if current.dep_ in {"ccomp", "parataxis"} and head.lemma_ in lexicon.speech_verb | lexicon.opinion_verb:
            found = _commentator(children_by(head, NSUBJ_DEPS), resolve, lexicon, named)
            if found is not None:
                return found
        current = head
    according = [g for t in (predicate.head, *predicate.head.ancestors) for c in children_by(t, PREP_DEPS)
                 if c.lower_ in lexicon.attribution_preposition
                 for p in (c, *c.children) for g in children_by(p, POBJ_DEPS)]
    return _commentator(according, resolve, lexicon, named)


def _commentator(tokens: list[Token], resolve: Resolver, lexicon: Lexicon,
                 named: frozenset[str] = frozenset()) -> Token | None:
    """Return the first token naming a commentator ("analysts", "political analyst Jane Doe") whom
    no party stands for (`_no_party`)."""
    for token in tokens:
        nouns = [token, *(c for c in token.children if c.dep_ in {"compound", "appos"})]
        commenting = any(n.lemma_.lower() in lexicon.commentator_noun for n in nouns) or (
            token.pos_ == "PROPN" and token.text in named)
        if commenting and all(_no_party(m) for m in resolve(token)):
            return token
    return None


_SCHOLARS = frozenset({"EDU"})  # the sector of schools, universities and their teachers and researchers


def _no_party(mention: Mention) -> bool:
    """Tell whether the actor a commentator is read as makes them no party to what they comment
    on: a scholar of some country ("a researcher at a university": EDU), a capital that only
    tells where their institute sits ("a hydrologist at a Lima institute" is not Peru's government),
    or a people's name with no office ("a North Korean expert" is no organ of North Korea)."""
    sectors = mention.actor.sectors
    if mention.kind == EntryKind.CAPITAL or (mention.kind == EntryKind.DEMONYM and not sectors):
        return True
    return bool(sectors) and set(sectors) <= _SCHOLARS


def no_party_acts(predicate: Predicate, source: Side, lexicon: Lexicon) -> str | None:
    """Say why the source found is no party acting, or return None: an ongoing war as the subject
    ("Russia's war in Ukraine has displaced millions": the war's toll), private travelers on a
    visit ("Chinese tourists visited Thailand": no diplomatic visit), or the electorate, whose
    decision at the polls ("voters rejected the accord") is a ballot's result, no party's deed."""
    token = source.token
    if token is None:
        return None
    lemma = token.lemma_.lower()
    if lemma in lexicon.null_quantifier or any(c.dep_ == "det" and c.lower_ in lexicon.null_quantifier
                                               for c in token.children):
        return "a subject that names no one ('no government'): no party acts"
    if lemma in lexicon.conflict_noun:
        return "the toll of an ongoing war, not a deed of a party"
    if predicate.pattern.cameo.startswith("04") and lemma in lexicon.private_traveler:
        return "a visit of private travelers, not a diplomatic visit"
    if lemma in lexicon.electorate:
        return "the electorate deciding at the polls, not a deed of a party"
    return None


def backing_of_a_side(predicate: Predicate, resolve: Resolver) -> bool:
    """Tell whether support is told only as a participle describing the actor of another act
    ("troops backed by French helicopters retook the town", "soldiers, supported by warplanes,
    attacked"): whoever backs them takes part in that act; the backing is no endorsement."""
    verb = predicate.head
    if not predicate.pattern.cameo.startswith("05") or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    noun = verb.head
    return noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"} and bool(resolve(noun))


def others_possibility(predicate: Predicate, resolvers: tuple[Resolver, Antecedent], source: Side,
                       lexicon: Lexicon) -> bool:
    """Tell whether an act is only possible ("could", "might", "if ...") and told by someone other
    than the actor's own side ("analysts say China might blockade Taiwan"): no event of the actor.
    What an actor says it could or would do on a condition is its own threat or offer. A speaker
    told as "he" or "she" is whoever that refers to in earlier sentences ("He added that Moscow
    could cut the gas", after a Moldovan minister spoke): a named actor's possibility is its own
    only when the pronoun refers to its side."""
    resolve, antecedent = resolvers
    if attributes.modality(predicate.head, lexicon) != Modality.HYPOTHETICAL:
        return False
    token = attributes.speaker_token(predicate.head, lexicon)
    if token is None:
        return True
    if source.token is not None and token.i == source.token.i:
        return False
    own = {m.actor.country for m in source.mentions if m.actor.country}
    if token.pos_ == "PRON":
        if token.lower_ not in lexicon.person_pronoun or source.token is None or source.token.pos_ == "PRON":
            return False
        earlier = antecedent(token)
        mentions = earlier.mentions if earlier is not None else ()
        return bool(mentions) and not any(m.actor.country in own for m in mentions)
    return not any(m.actor.country in own for m in resolve(token))



def not_a_deed(predicate: Predicate, lexicon: Lexicon) -> str | None:
    """Say why a matched act is told as no deed, or return None: a description of what usually
    happens ("the militants mainly target police convoys": a generic adverb on a present-tense
    verb), a general circumstance ("they flee when attacked": a time clause without a subject of its
    own), a need or purpose ("it is vital for Somalia to negotiate"), a fixed phrase ("as opposed
    to"), an act its subject wants to undergo ("hopes to be freed"), a name given ("what he called a
    good meeting"), a step in court ("has until Friday to appeal the ruling"), one half of a
    proportion ("the more X presses Y, the more ...")."""
    chain = attributes.clause_chain(predicate.head)
    top = chain[-1]
    finite = [t for t in (top, *(c for c in top.children if c.dep_ in {"aux", "auxpass"}))
              if t.tag_ in {"VBZ", "VBP"}]
    if finite and any(c.dep_ == "advmod" and c.lower_ in lexicon.generic_adverb for t in chain for c in t.children):
        return "a description of what usually happens, not an event"
    if any(_inverted_condition(t, lexicon) for t in (predicate.head, *predicate.head.ancestors)):
        return "a condition told by inversion ('were Beijing to fire'), not an event"
    if _proportion_half(predicate.head):
        return "one half of a proportion ('the more ..., the more ...'), a general relation, not an event"
    for t in chain:
        marks = {c.lower_: c.dep_ for c in t.children if c.dep_ in {"mark", "advmod"}}  # "when" parses as either
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
        if t.dep_ == "advcl" and marks.keys() & lexicon.generic_when and not own_subject:
            return "a general circumstance ('when' without a subject), not an event"
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        if infinitive and any(marks.get(m) == "mark" for m in lexicon.irrealis_for):
            return "a need or purpose ('for ... to'), not an event"
        if t.tag_ == "VBN" and not own_subject and any(marks.get(m) == "mark" for m in lexicon.comparison_mark):
            return "a fixed 'as ...' phrase ('as opposed to'), not an event"
        if t.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in t.children) \
                and (t.head.lemma_ in lexicon.intent_verb or t.head.lower_ in lexicon.intent_adjective):
            return "an act its subject wants or is ready to undergo ('ready to be sent home'), no one's intent"
    if attributes.concurred_view(predicate.head, lexicon):
        return "a view held in common ('agreed that' a thing is so), not an agreement to act"
    if _office_taken(predicate):
        return "an office taken up ('took over as interim president'), not ground seized"
    return _not_a_request(predicate, lexicon)


def _proportion_half(verb: Token) -> bool:
    """Tell whether a verb's clause opens with "the" and a comparative that another such pair
    answers in the sentence ("the more Quito courts Beijing, the less aid it gets"): two trends told
    as rising together, no act done."""
    doc, sent = verb.doc, verb.sent
    lower = words_of(doc).lower  # only a "the" makes a Token of the word after it
    opens = [i for i in range(sent.start, sent.end - 1) if lower[i] == "the" and doc[i + 1].tag_ in {"JJR", "RBR"}]
    before = [i for i in opens if i < verb.i]
    if len(opens) < 2 or not before:
        return False
    between = verb.doc[before[-1] + 2:verb.i]
    return not any(t.pos_ == "VERB" or t.is_punct for t in between)


def _office_taken(predicate: Predicate) -> bool:
    """Tell whether a taking of control (CAMEO 192) is told with no object and an "as" phrase
    ("took over as interim president"): what the actor took up is an office, not ground. A word
    before the verb read as its object ("said that he had taken over") is no object taken."""
    verb = predicate.head
    return (predicate.pattern.cameo == "192"
            and not any(c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and c.i > verb.i) for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children))


def ceased_by(predicate: Predicate, lexicon: Lexicon) -> Token | None:
    """Return the verb of ceasing an act is the gerund of ("stopped shelling the port", "ceased
    supplying arms", "must quit harassing its neighbour"; lexicon `ceasing_verb`), or None: the act
    is told as ending, not as done (data/conventions.tsv, `ceased`). A pattern that names the
    ceasing itself ("urged Baku to stop firing") keeps it; an infinitive of purpose ("stopped in
    Rome to meet the Pope") is done."""
    verb = predicate.head
    if len(predicate.tokens) > 1 or verb.tag_ != "VBG" or verb.dep_ not in {"xcomp", "dobj"}:
        return None
    return verb.head if verb.head.lemma_ in lexicon.ceasing_verb else None


def _inverted_condition(clause: Token, lexicon: Lexicon) -> bool:
    """Tell whether an adverbial clause is a condition told by inversion: it opens with "were",
    "had" or "should" before its subject ("Were Beijing to fire ...", "Had Russia attacked ...")."""
    if clause.dep_ not in {"advcl", "ccomp"}:
        return False
    first = min(clause.subtree, key=lambda t: t.i)
    opens = first.lower_ in lexicon.inverted_condition and clause.i in {first.i, first.head.i}
    return opens and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > first.i for c in clause.children)


def _not_a_request(predicate: Predicate, lexicon: Lexicon) -> str | None:
    """Say why a verb asks, fights or talks with no one: it names a thing ("what he called a
    productive meeting"), convenes one ("called elections"), is a step in court ("to appeal the
    ruling"), fights for a cause with no opponent ("fighting for our children"), talks of a topic
    with no partner ("we are talking about a crisis") or, asking nothing in the passive, tells a
    feeling ("was encouraged by it")."""
    last = predicate.last
    lemma = last.lemma_.lower()
    phrases = children_by(last, PREP_DEPS)
    preps = {c.lower_ for c in phrases}
    # a partner's phrase may hang from a phrase of means ("spoke by telephone with Putin")
    nested = {g.lower_ for c in phrases for o in children_by(c, POBJ_DEPS) for g in children_by(o, PREP_DEPS)}
    subjects = children_by(predicate.head, SUBJECT_DEPS)
    partner = (bool((preps | nested) & lexicon.opponent_preposition)
               or any(c.dep_ in {"dobj", "dative"} for c in last.children)
               or any(c.dep_ in {"conj", "nummod"} for s in subjects for c in s.children))  # "Xi and Biden spoke"
    if predicate.pattern.cameo.startswith("19") and preps & lexicon.advocacy_preposition and not partner:
        return "fighting for a cause, with no opponent: no combat"
    if predicate.pattern.cameo.startswith("04") and lemma in lexicon.topic_talk_verb and last.pos_ == "VERB" \
            and preps & lexicon.topic_preposition and not partner:  # "talks on the war" (a noun) are a meeting
        return "talking of a topic, with no partner: no consultation"
    # what is named is the act itself when the pattern is a naming ("called the claims baseless"), not an appeal
    appeal = predicate.pattern.cameo.startswith("02")
    named = predicate.obj is not None and naming_complement(predicate.obj) and not appeal
    if lemma in lexicon.naming_verb and any(c.dep_ == "oprd" for c in last.children) and not named:
        return "a verb naming a thing ('called it a success'), not an appeal"
    if not appeal:
        return None
    if _feeling(last, preps):
        return "a passive appeal verb asking for nothing ('was encouraged by the decision') tells a feeling"
    head = predicate.head  # "asked the bloc to call a meeting" asks
    if head.lemma_.lower() in lexicon.convene_verb \
            and any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.convened_noun for c in head.children):
        return "calling a meeting or an election convenes it ('called elections'), not an appeal"
    if lemma in lexicon.court_step_verb and _court_step(last, lexicon):
        return "appealing a decision is a step in court, not a request to an actor"
    return _court_plea_or_press_query(last, lexicon)


def _court_step(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether an appeal verb is told as a step in court: it takes a direct object ("to appeal
    the ruling"), or asks no one for anything, bare or against a decision ("said they would appeal",
    "appealed against the sentence"; not "appealed to Kenya", "appealed for calm", "appealed on Monday")."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return True
    if any(c.dep_ in {"dative", "xcomp", "ccomp"} for c in verb.children):
        return False
    return all(p.lower_ in lexicon.court_step_preposition for p in children_by(verb, PREP_DEPS))


def _court_plea_or_press_query(verb: Token, lexicon: Lexicon) -> str | None:
    """Say why an appeal verb asks no actor for anything: a defendant's plea ("pleaded guilty",
    lexicon `plea_word`), or reporters' request for comment ("an email requesting comment", "asked
    for a response", lexicon `press_query_noun`)."""
    if any(c.dep_ == "acomp" and c.lower_ in lexicon.plea_word for c in verb.children):
        return "a plea in court answers a charge, no request to an actor"
    asked = children_by(verb, DOBJ_DEPS) + [
        o for p in children_by(verb, PREP_DEPS) if p.lower_ == "for" for o in children_by(p, POBJ_DEPS)]
    if any(o.lemma_.lower() in lexicon.press_query_noun for o in asked):
        return "asking for comment is a press inquiry, no request between actors"
    return None


def _feeling(verb: Token, preps: set[str]) -> bool:
    """Tell whether an appeal verb told in the passive asks for no act, no thing and of no one
    ("was encouraged by their readiness"): a feeling, not an appeal ("was urged to leave",
    "was asked for help" ask something)."""
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    asked = any(c.dep_ in {"xcomp", "ccomp", "dobj", "dative"} for c in verb.children) or "for" in preps
    return passive and not asked


def cause_of_feeling(predicate: Predicate, resolve: Resolver, source: Side,
                      lexicon: Lexicon) -> Side | None:
    """Return who caused a feeling a speaker reports ("said it was disappointed by Hungary's
    vote"): the actor of the feeling's "by", "with", "over" or "at" phrase, not the source's own."""
    if not predicate.pattern.ccomp:
        return None
    clauses = [c for c in predicate.last.children if c.dep_ in {"ccomp", "parataxis"}]
    feelings = [p for c in clauses for p in (c, *c.children) if p.lemma_.lower() in predicate.pattern.ccomp
                or p.lower_ in predicate.pattern.ccomp]
    causes = [g for f in feelings for c in f.children if c.dep_ in {"prep", "agent"}
              and c.lower_ in lexicon.cause_preposition for g in c.children if g.dep_ == "pobj"]
    countries = {m.actor.country for m in source.mentions}
    for cause in causes:
        mentions = tuple(m for m in conjunct_mentions(cause, resolve) if m.actor.country not in countries)
        if mentions:
            return Side(mentions=mentions, how=Role(kind=Kind.NOUN_PREP, preposition=cause.head.lower_,
                                                    via=cause.head.head.text), token=cause)
    return None



def answered_act(predicate: Predicate, resolve: Callable[[Token], list[Mention]], antecedent: Antecedent,
                 source: Side, lexicon: Lexicon) -> Side | None:
    """Return the author of the act an event answers "in response" without saying to what: the
    subject of the clause it is coordinated with ("China launched drills, and Taiwan put its forces
    on alert in response"), else the actor an earlier sentence told acting."""
    nouns = [g for v in predicate.tokens for c in v.children if c.dep_ == "prep" and c.lower_ == "in"
             for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in lexicon.response_noun
             and not any(p.dep_ == "prep" for p in g.children)]
    if not nouns:
        return None
    head = predicate.head
    while head.dep_ in {"ccomp", "xcomp"} and head.head.i != head.i:  # "..., and Taipei said it had ..."
        head = head.head
    subjects = [s for s in head.head.children if s.dep_ == "nsubj"] if head.dep_ == "conj" else []
    mentions: tuple[Mention, ...] = tuple(conjunct_mentions(subjects[0], resolve)) if subjects else ()
    if not mentions:
        earlier = antecedent(nouns[0])
        mentions = earlier.mentions if earlier is not None else ()
    countries = {m.actor.country for m in source.mentions}
    answered = tuple(m for m in mentions if m.actor.country not in countries)
    return Side(mentions=answered, how=Role(kind=Kind.EARLIER_ACT, pronoun=nouns[0].text, via=answered[0].text)) \
        if answered else None


def earlier_act(predicate: Predicate, antecedent: Antecedent, source: Side, lexicon: Lexicon) -> Side | None:
    """Return the author of an act an earlier sentence told, when this event is aimed at it by a
    definite noun alone ("China moved troops to the border. Manila condemned the move.")."""
    nouns = [o for o in objects_of(predicate.last, lexicon) if o.lemma_.lower() in lexicon.act_noun
             and any(c.dep_ == "det" and c.lower_ in lexicon.definite_determiner for c in o.children)
             and not any(c.dep_ in {"poss", "prep", "compound", "amod"} for c in o.children)]
    earlier = antecedent(nouns[0]) if nouns else None
    if earlier is None:
        return None
    countries = {m.actor.country for m in source.mentions}
    mentions = tuple(m for m in earlier.mentions if m.actor.country not in countries)
    if not mentions:
        return None
    return Side(mentions=mentions, how=Role(kind=Kind.EARLIER_ACT, pronoun=nouns[0].text, via=mentions[0].text))


def passive_pronoun(predicate: Predicate, antecedent: Antecedent, source: Side, lexicon: Lexicon) -> Side | None:
    """Return whom the pronoun subject of a passive act refers to, from earlier sentences ("The
    premier spoke on Monday. He was criticized by Dutch and Belgian envoys"): the act is done to
    the pronoun's antecedent, other than the source's own country. Only in a main clause: a pronoun
    of a clause inside the sentence ("urged civilians to return where they will be protected") may
    refer to a noun before it in the same sentence."""
    head = predicate.head
    main = head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")
    pronouns = [s for s in children_by(head, PASSIVE_SUBJECT_DEPS)
                if main and s.lower_ in lexicon.person_pronoun | lexicon.group_pronoun]
    earlier = antecedent(pronouns[0]) if pronouns else None
    if earlier is None:
        return None
    countries = {m.actor.country for m in source.mentions}
    mentions = tuple(m for m in earlier.mentions if m.actor.country not in countries)
    return Side(mentions=mentions, how=earlier.how, token=pronouns[0]) if mentions else None


def answered_circumstance(predicate: Predicate, resolve: Resolver, source: Side, lexicon: Lexicon) -> Side | None:
    """Return whom a show of force or a mobilization naming no target answers: the parties, other
    than the source's own, of the act or state of things its "after", "following" or "amid" clause
    or phrase tells ("mobilised after Azerbaijani troops shelled villages", "put its navy on alert
    amid Turkey's survey of the waters"). A posture is aimed at the party it answers (CAMEO 15)."""
    if not predicate.pattern.cameo.startswith("15"):
        return None
    countries = {m.actor.country for m in source.mentions}
    for verb in predicate.tokens:
        for child in verb.children:
            marks = [child] if child.dep_ == "prep" else [
                m for m in child.children if m.dep_ in {"mark", "advmod"}] if child.dep_ == "advcl" else []
            mark = next((m for m in marks if m.lower_ in lexicon.answered_mark), None)
            if mark is None:
                continue
            mentions = _others_within(child, resolve, countries)
            if mentions:
                return Side(mentions=mentions, how=Role(kind=Kind.ANSWERED, preposition=mark.lower_), token=child)
    return None

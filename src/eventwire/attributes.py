"""Event attributes read off the parse: negation, modality, the speaker, and claims to drop."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.coding.clause_parts import opens_question
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.roles import speech_verb, subject_token
from eventwire.dates import is_year
from eventwire.model import Modality
from eventwire.parse_labels import QUESTION_TAGS

# the tags of a finite verb told as fact, in the past or the present (no modal, no subjunctive)
_FACT_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def clause_chain(token: Token) -> list[Token]:
    """Return a verb and the verbs above it in its clause (through xcomp, conj and aux); a conjunct
    with a subject or an auxiliary of its own ("will not expel the envoy but has lodged a protest")
    is a clause of its own, with its own negation and tense. The "to" of an infinitive is no
    auxiliary of its own: "vowed to open an inquiry and to meet the families" vows both."""
    chain, current = [token], token
    while current.dep_ in {"xcomp", "conj", "aux"} and current.head.i != current.i:
        if current.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"}
                                          or (c.dep_ == "aux" and c.tag_ != "TO") for c in current.children):
            break
        current = current.head
        chain.append(current)
    return chain


def negated(verbs: tuple[Token, ...], lexicon: Lexicon) -> bool:
    """Tell whether any verb of the chain (or the verb it hangs from) is negated, is the
    complement of a refusal ("refused to deploy") that is not itself part of the chain, follows
    "without", or has a negated object ("sent no aid")."""
    tokens = {t for v in verbs for t in clause_chain(v)}
    # "is not ready to talk", "was not able to attack": the copula an adjective of intent or ability
    # hangs from carries the negation of its complement
    tokens |= {t.head for t in tokens if t.dep_ == "acomp" and any(c.dep_ == "xcomp" for c in t.children)}
    refused = any(t.dep_ == "xcomp" and t.head.lemma_ in lexicon.refusal_verb and t.head not in verbs for t in tokens)
    # "ended the talks without reaching an agreement"
    refused = refused or any(t.dep_ == "pcomp" and t.head.lower_ in lexicon.negating_preposition for t in tokens)
    # "sent no aid", "neither Peru nor Chile signed": a negated object or subject negates the act
    refused = refused or any(c.dep_ in {"det", "neg", "preconj"} and c.lower_ in lexicon.negation for v in verbs
                             for o in v.children if o.dep_ in {"dobj", "nsubjpass", "nsubj"} for c in o.children)
    return refused or any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in lexicon.negation)
                          for t in tokens for c in t.children)


def undone_so_far(verbs: tuple[Token, ...], lexicon: Lexicon) -> bool:
    """Tell whether a negated act is told as not done up to a time, in the past perfect ("the
    delegations had not met"), in the perfect over a span up to now ("the two leaders have not met
    since 2009") or as not yet done ("has not yet decided"): a state of things in a narrative, or a
    step still pending, no decision of its actor. A refusal is a decision, told
    with a verb of refusing ("refused to meet"), the future or a will ("will not negotiate", "would
    not cooperate"), a present policy ("does not recognize", "has not recognized") or a past act
    declined ("did not sign the accord"), and CAMEO codes it as a rejection."""
    head = verbs[0]
    chain = clause_chain(head)
    if any(t.dep_ == "xcomp" and t.head.lemma_ in lexicon.refusal_verb for t in chain):
        return False
    if modality(head, lexicon) != Modality.ASSERTED:
        return False
    children = [c for t in chain for c in t.children]
    past_perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in children)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
    return (past_perfect or (perfect and any(_time_span(c, lexicon) for c in children))
            or any(c.dep_ == "advmod" and c.lower_ in lexicon.pending_adverb for c in children))


def _time_span(token: Token, lexicon: Lexicon) -> bool:
    """Tell whether a verb's dependent sets a span of time running up to now (lexicon
    `span_preposition` with a year or a unit or name of time, `span_unit`: "since 2009", "for over a
    year", "in months", "since March"; or a clause opened by one: "since the war ended"). A perfect
    negated over such a span ("have not met since 2009") tells how long an act has been missing, a
    state of things, not a refusal."""
    if token.lower_ not in lexicon.span_preposition:
        return False
    if token.dep_ == "mark":
        return True
    return token.dep_ == "prep" and any(g.dep_ == "pobj" and (g.like_num or g.lemma_.lower() in lexicon.span_unit)
                                        for g in token.children)


def _with_means(verb: Token) -> list[Token]:
    """Return a verb's clause chain, continued through a "by ...ing" phrase of means to the verb it
    serves ("may anger Seoul by snubbing it": the snub is as uncertain as the anger)."""
    chain = clause_chain(verb)
    top = chain[-1]
    if top.dep_ == "pcomp" and top.head.lower_ == "by" and top.head.head.i != top.head.i:
        chain += clause_chain(top.head.head)
    return chain


def modality(verb: Token, lexicon: Lexicon) -> Modality:
    """Return how firmly the text asserts the event at this verb."""
    chain = _with_means(verb)
    auxes = {c.lower_ for t in chain for c in t.children if c.dep_ in {"aux", "auxpass"}}
    if _conditional(verb, lexicon.hypothetical_mark) or _open_question(verb, lexicon):
        return Modality.HYPOTHETICAL
    if auxes & lexicon.future_aux or any(t.dep_ == "xcomp" and t.head.lower_ in lexicon.future_going for t in chain):
        return Modality.FUTURE
    if auxes & lexicon.reported_future_aux and _says_of_itself(verb, lexicon):
        return Modality.INTENT
    if auxes & lexicon.hypothetical_aux:
        return Modality.HYPOTHETICAL
    if any(t.dep_ == "xcomp" and (_word_in(t.head, lexicon.intent_verb) or t.head.lower_ in lexicon.intent_adjective)
           for t in chain):
        return Modality.INTENT
    outer = speech_verb(verb, lexicon)
    if outer is not None and outer.lemma_ in lexicon.claim_verb:
        return Modality.CLAIM
    return Modality.ASSERTED


def continued(verb: Token, lexicon: Lexicon) -> Token | None:
    """Return the verb that tells an act as one already under way that its actor will, would or
    means to keep up ("the navy will continue to patrol the lake", "would keep patrolling"): a
    routine announced to go on is neither news of the day nor a new intention. None if there is none."""
    if modality(verb, lexicon) == Modality.ASSERTED:
        return None
    for token in clause_chain(verb):
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in lexicon.continuation_verb:
            return token.head
    return None


def scheduled(verb: Token, lexicon: Lexicon) -> Token | None:
    """Return the word that tells an act as scheduled or expected by others, not done nor
    announced by its actor ("the president is expected to visit Beni", "ministers are due to meet"):
    a schedule word over the verb's clause, passive or after "be"; None if there is none."""
    for token in clause_chain(verb):
        head = token.head
        if token.dep_ != "xcomp" or head.lower_ not in lexicon.schedule_word:
            continue
        passive = any(c.dep_ == "auxpass" for c in head.children)
        after_be = head.dep_ in {"acomp", "xcomp"} and head.head.lemma_ == "be"
        if passive or after_be:
            return head
    return None


def foretold(verb: Token, lexicon: Lexicon) -> Token | None:
    """Return the auxiliary that tells a verb's act in the plain future ("will fly to Nairobi on
    Friday", "said she would travel to Lima"): "will" or "would" on the verb's own clause, not a
    complement of another verb ("is ready to visit", "agreed to visit") nor a condition ("would
    visit if ..."). None if there is none."""
    chain = clause_chain(verb)
    marks = lexicon.hypothetical_mark
    conditions = (c for t in chain for c in t.children if c.dep_ == "advcl")
    if any(t.dep_ == "xcomp" for t in chain) or _conditional(verb, marks) \
            or any(m.dep_ == "mark" and m.lower_ in marks for c in conditions for m in c.children):
        return None
    future = lexicon.future_aux | lexicon.reported_future_aux
    return next((c for t in chain for c in t.children if c.dep_ == "aux" and c.lower_ in future), None)


def recalled_history(verb: Token, lexicon: Lexicon) -> Token | None:
    """Return the span of time that sets a verb's act decades before the story, as history a
    feature or an anniversary recalls ("Sixty years ago, the garrison mutinied ...", "forty
    years after the troops pulled out, ..."): a span of ten years or more before "ago" on the
    verb's clause, or on the verb itself under "after"; None if there is none. A recent span ("two
    years ago") dates an act, history or not."""
    chain = clause_chain(verb)
    spans = [s for t in chain for a in t.children if a.dep_ == "advmod" and a.lower_ == "ago"
             for s in a.children if s.dep_ == "npadvmod"]
    if any(m.dep_ == "mark" and m.lower_ == "after" for m in verb.children):
        spans += [s for s in verb.children if s.dep_ == "npadvmod"]
    return next((s for s in spans if _long_span(s, lexicon)), None)


def onset_of_state(verb: Token, lexicon: Lexicon) -> Token | None:
    """Return the mark of the time clause, dated by a year, that a verb's act is told in as the
    point a state of things has lasted from ("tens of thousands have fled since the junta took
    power in 2021", "ties have soured since he took office in 2019 promising reforms"): background
    of the story, not its news. A clause with no year ("since the talks collapsed last month") may
    tell the story's own news. The act's clause is that time clause, or hangs from it through
    infinitives, conjuncts and adverbial clauses of its own; None if there is none."""
    current = verb
    while True:
        mark = next((c for c in current.children if c.dep_ == "mark" and c.lower_ in lexicon.onset_mark), None)
        if current.dep_ == "advcl" and mark is not None:
            return mark if any(is_year(t.text) for t in current.subtree) else None
        if current.dep_ not in {"xcomp", "conj", "advcl", "aux"} or current.head.i == current.i:
            return None
        current = current.head


def _long_span(span: Token, lexicon: Lexicon) -> bool:
    """Tell whether a span of time is ten years or more: decades or centuries, or a count of
    years of two digits or a number word of ten or more (lexicon `history_span`, `tens_number`)."""
    unit = span.lower_
    if unit in lexicon.history_span:
        return True
    if unit not in {"year", "years"}:
        return False
    counts = [c.lower_.replace(",", "") for c in span.children if c.dep_ == "nummod"]
    return any((c.isdigit() and int(c) >= 10) or bool(set(c.split("-")) & lexicon.tens_number) for c in counts)


def concurred_view(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a verb of concurring takes a clause of fact as its only complement ("the judges
    agreed that the map showed a line", "concurred that the figures were alarming"): a view held in
    common, no agreement to act. A clause of an act to come, told with a modal or in the subjunctive
    ("agreed that a joint team would visit", "agreed that the envoys meet again"), or a party agreed
    with ("agreed with Togo that ..."), makes it an agreement."""
    if verb.lemma_ not in lexicon.concurring_verb \
            or any(c.dep_ in {"dobj", "prep", "xcomp", "dative"} for c in verb.children):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    finite = next((c for c in clause.children if c.dep_ in {"aux", "auxpass"}), clause)
    return finite.tag_ in _FACT_TAGS


def simple_present(verb: Token) -> bool:
    """Tell whether a verb's clause is told in the simple present with no auxiliary ("foreigners
    visit the clinics"), or in its passive ("the roads are guarded by soldiers", "the town is
    surrounded by hills"), in a sentence that ends as one: a headline's present ("Senegal restores
    internet") tells news."""
    top = clause_chain(verb)[-1]
    auxiliaries = [c for c in top.children if c.dep_ in {"aux", "auxpass"}]
    if top.tag_ == "VBN":  # the passive: a present "is" or "are" its only auxiliary
        if len(auxiliaries) != 1 or auxiliaries[0].dep_ != "auxpass" or auxiliaries[0].tag_ not in {"VBZ", "VBP"}:
            return False
    elif top.tag_ not in {"VBZ", "VBP"} or top.lemma_ in {"be", "have"} or auxiliaries:
        return False
    return any(t.text in {".", "?", "!"} for t in top.doc[-2:])


def _word_in(token: Token, lemmas: frozenset[str]) -> bool:
    """Tell whether a verb is one of `lemmas`, also where the lemmatizer slipped on an inflected
    form ("hopes" read as a form of "hop")."""
    word = token.lower_
    return token.lemma_ in lemmas or any(word.endswith(end) and word[:-len(end)] in lemmas for end in ("s", "d"))


def _says_of_itself(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a verb is in what a speaker says of its own future ("Brazil said it would
    lodge a protest"), on no condition: the reported clause's subject is a pronoun or the
    speaker's own words."""
    outer = speech_verb(verb, lexicon)
    conditions = [c for c in verb.children if c.dep_ == "advcl"
                  and any(m.lower_ in lexicon.condition_mark for m in c.children if m.dep_ == "mark")]
    if outer is None or conditions:  # "would attack if talks failed" stays a hypothesis
        return False
    inner, _ = subject_token(verb, lexicon)
    speaker, _ = subject_token(outer, lexicon)
    if inner is None or speaker is None or inner.i == speaker.i:
        return False
    return inner.pos_ == "PRON" or inner.lower_ == speaker.lower_


def directed(verb: Token, lexicon: Lexicon) -> Token | None:
    """Return the passive verb that orders or asks the act of this verb of its subject ("the troops
    had been ordered to respond", "were asked to leave"): an act not yet done. None if there is none."""
    for token in clause_chain(verb):
        head = token.head
        if token.dep_ == "xcomp" and head.lemma_ in lexicon.directive_verb \
                and any(c.dep_ == "auxpass" for c in head.children):
            return head
    return None


def awaited(verb: Token, lexicon: Lexicon) -> Token | None:
    """Return the mark of a condition still awaited that holds this verb: a time clause ("until",
    "once") under a clause of what would or will (not) happen ("talks would not resume until the
    rebels freed the hostages": no release yet, nor one announced); None if there is none."""
    top = clause_chain(verb)[-1]
    if top.dep_ != "advcl":
        return None
    marks = [c for c in top.children if c.dep_ in {"mark", "advmod"} and c.lower_ in lexicon.awaited_mark]
    modal = lexicon.future_aux | lexicon.hypothetical_aux
    if marks and any(c.dep_ == "aux" and c.lower_ in modal for t in clause_chain(top.head) for c in t.children):
        return marks[0]
    return None


def _conditional(verb: Token, marks: frozenset[str]) -> bool:
    """Tell whether a verb lies in a condition ("if talks fail") or an open question ("questioned
    whether Kigali is seeking access"): a clause of what may not be so."""
    current = verb
    for _ in range(8):
        if current.dep_ in {"advcl", "ccomp"} and any(c.lower_ in marks for c in current.children if c.dep_ == "mark"):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _open_question(verb: Token, lexicon: Lexicon) -> bool:
    """Tell whether a verb lies in a question, direct or told as a sentence's subject ("How Kenya will
    respond is unclear", "To what extent Japan will help was not made clear"): a clause of the sentence's
    top or its subject that opens with a question word or "whether" before its subject. Relative and adverbial
    clauses ("the town where troops fought", "when troops arrived") and reported ones ("explained how
    troops attacked") tell what happened."""
    for clause in (verb, *verb.ancestors):
        if clause.dep_ not in {"ROOT", "csubj", "csubjpass"}:
            continue
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            continue
        first = next(t for t in clause.subtree if not t.is_punct)
        if any(_asks(c, lexicon) for c in clause.children if c.i < subject.i and c.left_edge.i == first.i):
            return True
    return False


def _asks(word: Token, lexicon: Lexicon) -> bool:
    """Tell whether a word before a clause's subject opens a question: "whether", a question word
    ("how", "what"), or a phrase of one ("to what extent", "in which way")."""
    if word.dep_ == "mark":
        return word.lower_ in lexicon.question_mark
    if word.dep_ in {"advmod", "dobj"}:
        return word.tag_ in QUESTION_TAGS
    objects = [g for g in word.children if g.dep_ in {"pobj", "pcomp"}] if word.dep_ == "prep" else []
    return any(g.tag_ in QUESTION_TAGS or any(d.dep_ == "det" and d.tag_ in QUESTION_TAGS for d in g.children)
               for g in objects)


def quoted_order(verb: Token, lexicon: Lexicon) -> Token | None:
    """Return the speech verb that reports this verb as an order opening a quotation ('"Free the
    crew and leave our waters," Manila told Beijing'): a bare verb with no subject, and no auxiliary
    but the "do" of a prohibition ("Do not cross the line"), right after the opening quote (or a
    conjunct of one). "Let us ..." proposes, it orders nothing (`hortative_pronoun`). None if it is no such order."""
    first = verb.head if verb.dep_ == "conj" and verb.head.i != verb.i else verb
    if verb.tag_ != "VB" or first.tag_ != "VB" or first.i == 0 or first.doc[first.i - 1].tag_ != "``":
        return None
    for token in {verb, first}:
        if any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "expl"}
               or (c.dep_ == "aux" and c.lemma_ != "do") for c in token.children):
            return None
    if any(c.lower_ in lexicon.hortative_pronoun for c in first.children):
        return None
    if first.dep_ in {"ccomp", "advcl", "parataxis"} and first.head.lemma_ in lexicon.speech_verb:
        return first.head
    if first.dep_ == "ROOT":
        return next((c for c in first.children if c.dep_ in {"parataxis", "ccomp"} and c.lemma_ in lexicon.speech_verb),
                    None)
    return None


def addressee(verb: Token) -> Token | None:
    """Return whom an appeal verb addresses: its object ("urged Iraq"), else the object of its
    "on", "upon" or "to" ("called on Iraq", "appealed to Iraq", "looked to Iraq to act")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"}
                for g in c.children if g.dep_ == "pobj"]
    return objects[0] if objects else None


def wrapper(verb: Token, lexicon: Lexicon) -> Token | None:
    """Return the verb whose complement holds this verb as an act of another actor: expected
    ("officials expect the North to test a missile") or asked for ("called on Iraq to expel")."""
    current = verb
    for _ in range(4):
        head = current.head
        if current.dep_ in {"ccomp", "xcomp"} and head.lemma_ in lexicon.expectation_verb:
            own = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}]
            own += [c for c in head.children if c.dep_ == "dobj" and current.dep_ == "xcomp"]
            return head if own else None
        if current.dep_ in {"xcomp", "advcl"} and head.lemma_ in lexicon.appeal_verb and addressee(head) is not None:
            # "asked the envoy if he accepted the terms": a question, no act asked for
            return None if opens_question(current, lexicon) else head
        if current.dep_ not in {"conj", "xcomp"} or head.i == current.i:
            return None
        current = head
    return None


def claim_noun(verb: Token, lexicon: Lexicon) -> Token | None:
    """Return the noun (accusation, allegation ...) whose clause holds this verb, if any."""
    current = verb
    for _ in range(8):
        head = current.head
        if current.dep_ in {"acl", "ccomp"} and head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.claim_noun:
            return current.head
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def speaker_token(verb: Token, lexicon: Lexicon) -> Token | None:
    """Return the subject of the speech verb that reports this event (or of the verb itself)."""
    outer = verb if verb.lemma_ in lexicon.speech_verb else speech_verb(verb, lexicon)
    if outer is None:
        return None
    token, _how = subject_token(outer, lexicon)
    return token

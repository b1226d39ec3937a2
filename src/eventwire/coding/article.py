"""Code the parsed sentences of an article in order, carrying antecedents across sentences, and
choose the sentences worth parsing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import partial

from spacy.tokens import Doc, Token

from eventwire.actors.context import owned_roles_before
from eventwire.actors.dictionary import PLACES, Entry, EntryKind
from eventwire.actors.matcher import Hit
from eventwire.actors.mentions import SentenceHits
from eventwire.actors.names import commentator_names
from eventwire.actors.pairs import pair_of_countries, sentence_countries
from eventwire.actors.periods import date_period
from eventwire.article_phrases import ArticlePhrases
from eventwire.coding.coder import Knowledge, RawEvent, SentenceCoding, code_sentence
from eventwire.coding.cues import PAIR, CueIndex, noun_forms
from eventwire.coding.decisions import Kind, Role
from eventwire.coding.imported import screen_imported
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.replies import Claim, answer_claims, claims_of
from eventwire.coding.sides import Side
from eventwire.doc_words import words_of
from eventwire.gazetteer import Gazetteer
from eventwire.model import Article, Mention, Place
from eventwire.nlp import Sentence, capitalized
from eventwire.provenance import inner_hyphen


@dataclass(frozen=True, slots=True, kw_only=True)
class Prepared:
    """An article tokenized and split, with its dictionary hits and the sentences to parse."""

    article: Article
    doc: Doc
    sentences: tuple[Sentence, ...]
    hits: tuple[tuple[Hit, ...], ...]
    selected: tuple[int, ...]
    credit: tuple[str, ...] = ()  # news organizations credited in the dateline
    country: str | None = None  # the country the article is about (see `article_country`)
    filed: Place | None = None  # the place the dateline names (see `dateline_place`)


def dateline_place(doc: Doc, start: int, end: int, gazetteer: Gazetteer, lexicon: Lexicon) -> tuple[Place | None, int]:
    """Return the place a dateline names and the token just past the dateline: the one found
    before (`end`, "KINSHASA, Congo (AP) —"), or a place name alone in capitals before a dash
    ("BLANTYRE —"); no place and `end` when the article opens with none."""
    words: list[Token] = []
    for token in doc[start:min(len(doc), start + 8)]:
        capitals = token.is_upper and (token.is_alpha or token.text.replace(".", "").replace("'", "").isalpha())
        if not (capitals or (words and inner_hyphen(token))):
            break
        words.append(token)
    after = start + len(words)
    alone = end == start and words and after < len(doc) and doc[after].text in lexicon.dateline_dash
    if not words or not (end > start or alone):
        return None, end
    name = "".join(w.text_with_ws for w in words).strip().title()
    country = _dateline_country(doc, after, end, gazetteer)
    place = (country is not None and gazetteer.lookup(name, within=country.country)) or gazetteer.lookup(name)
    if alone:
        return (place, after + 1) if place is not None else (None, end)
    return place, end


def _dateline_country(doc: Doc, at: int, end: int, gazetteer: Gazetteer) -> Place | None:
    """Return the country a dateline names after its town and a comma ("VICTORIA, SEYCHELLES —"),
    in which the town is looked up ("Victoria" of the Seychelles, not the one of Hong Kong)."""
    if at >= end or doc[at].text != ",":
        return None
    words = [t for t in doc[at + 1:end] if t.is_alpha and t.is_upper]
    if not words or words[0].i != at + 1:
        return None
    place = gazetteer.lookup(doc[at + 1:words[-1].i + 1].text.title(), major_only=True)
    return place if place is not None and place.country and gazetteer.is_country(place) else None


_MAX_HEADING = 6


def heading_end(doc: Doc, sentence: Sentence, hits: Sequence[Hit], lexicon: Lexicon) -> int:
    """Return the token where a sentence starts after a sub-headline glued to it ("Talks ahead The
    envoy will visit ...": "The"), or the sentence's start when it has none. A sub-headline is a
    few words with no punctuation but commas ("Definition, limits"), opening with a capital; the
    sentence after it opens with a capitalized `headline_opener` ("The", "A", "He" ...) that starts
    no name the dictionary knows ("The Gambia") and follows no word after which it would be part of
    a name (`name_preceding_word`: "in The Hague", "told The Associated Press")."""
    table = words_of(doc)
    end = min(sentence.end, sentence.start + _MAX_HEADING + 1)
    if end - sentence.start < 3 or not table.is_title[sentence.start]:
        return sentence.start
    named = {h.start for h in hits}
    texts, lower = table.text, table.lower
    openers = capitalized(lexicon.headline_opener)
    for i in range(sentence.start + 1, end):
        if not (table.is_alpha[i] or texts[i] in {"'s", "’s", ","}):
            return sentence.start
        if texts[i] in openers and i not in named and lower[i - 1] not in lexicon.name_preceding_word:
            return i if i + 1 < sentence.end else sentence.start
    return sentence.start


def place_countries(hits: Sequence[Hit]) -> set[str]:
    """Return the countries the places among the hits name."""
    return {e.country for h in hits for e in h.entries if e.kind in PLACES and e.country}


def located_hits(doc: Doc, hits: Sequence[Hit], lexicon: Lexicon) -> tuple[Hit, ...]:
    """Return the hits of a sentence but those named right after (or after "the") a preposition
    of a direction (lexicon `directed_preposition`: "deported to Myanmar", "the border with Sudan")
    or a word of a people's origin (`ethnic_word`: "ethnic Turks"): no sign of what the article is
    about."""
    lower = words_of(doc).lower
    directing = lexicon.directed_preposition | lexicon.ethnic_word

    def directed(hit: Hit) -> bool:
        before = list(lower[max(0, hit.start - 2):hit.start])
        if before[-1:] == ["the"]:
            before = before[:-1]
        return bool(before) and before[-1] in directing

    return tuple(h for h in hits if not directed(h))


def whole_names(doc: Doc, hits: Sequence[Hit]) -> tuple[Hit, ...]:
    """Return the hits but those that are the end of a longer name in capitals the dictionary does
    not know ("SUDAN" of "JUBA, SOUTH SUDAN —"): such a hit names another country than the name."""
    table = words_of(doc)
    upper, alpha = table.is_upper, table.is_alpha

    def cut(hit: Hit) -> bool:
        before = hit.start - 1
        return (hit.start > 0 and upper[before] and alpha[before] and upper[hit.start]
                and not any(h.start <= before < h.end for h in hits))

    return tuple(h for h in hits if not cut(h))


def article_country(dateline: Sequence[Hit], sentences: Sequence[Sequence[Hit]],
                    filed: Place | None = None, headline: AbstractSet[str] = frozenset()) -> str | None:
    """Return the country an article is about: the one its dateline names ("NAIROBI, Kenya —",
    or the country of the place it names, `filed`: "NAIROBI —"), else the one country its
    headline names (`headline`: "Smuggler admits gun sales before Toronto court": where the story happens, however
    often another country is named in the text), else the one named in more of its sentences
    than any other, in two at least, else the one country its lead names when no other is named
    more often (in an article of two sentences or more); else none, so that an actor named only
    by its role ("riot police", "authorities") is not placed by guess."""
    named = place_countries(dateline) or ({filed.country} if filed is not None and filed.country else set())
    if len(named) == 1:
        return named.pop()
    if len(headline) == 1:
        return next(iter(headline))
    counts = Counter(c for hits in sentences for c in place_countries(hits)).most_common()
    if not counts:
        return None
    if counts[0][1] >= 2 and (len(counts) == 1 or counts[1][1] < counts[0][1]):
        return counts[0][0]
    lead = next((found for hits in sentences if (found := place_countries(hits))), set())
    most = {c for c, n in counts if n == counts[0][1]}
    return lead.pop() if len(sentences) > 1 and len(lead) == 1 and lead <= most else None


@dataclass(frozen=True, slots=True, kw_only=True)
class CodedSentence:
    """A parsed sentence and what coding it produced."""

    sentence: Sentence
    doc: Doc
    coding: SentenceCoding


@dataclass(frozen=True, slots=True, kw_only=True)
class Memory:
    """What earlier sentences of an article leave for later ones: the last person or office and
    the last other actor named as a main subject, the author of the last act coded, and the
    speaker of the latest sentence when it told no act (who said what "that account" refers to)."""

    person: Side | None = None
    other: Side | None = None
    author: Side | None = None
    speaker: Side | None = None  # the main subject of the latest sentence, when no act was told since
    # the actors of people a main subject named by a word no dictionary knows, by that word
    names: Mapping[str, tuple[Mention, ...]] = field(default_factory=dict)

    def antecedent(self, pronoun: Token, lexicon: Lexicon) -> Side | None:
        """Return the side a pronoun of a later sentence refers to, if any; an act named again
        ("condemned the launch") refers to the author of the last act told, who need not be the
        sentence's main subject ("North Korea fired a missile, South Korea's military said")."""
        side: Side | None
        spoken = pronoun.pos_ == "NOUN" and pronoun.lemma_.lower() in lexicon.spoken_noun
        if spoken and self.speaker is not None and any(m.actor.country for m in self.speaker.mentions):
            side = self.speaker  # "Lima's envoy said ... . Chile rejected that account.": the envoy's
        elif pronoun.pos_ == "NOUN" and self.author is not None:
            side = self.author
        elif pronoun.lower_ in lexicon.person_pronoun:
            side = self.person
        elif pronoun.lower_ in lexicon.group_pronoun:
            side = self.other or self.person
        else:
            side = self.other
        if side is None:
            return None
        how = Role(kind=Kind.PRONOUN_EARLIER, pronoun=pronoun.text, via=side.mentions[0].text)
        return Side(mentions=side.mentions, how=how)

    def remember(self, subject: Side | None, events: Sequence[RawEvent] = ()) -> Memory:
        """Return the memory after a sentence whose main subject is `subject` (a capital alone,
        "Ankara", stands for a government, not for a person or an office) and which told `events`."""
        if events:
            last = events[-1].source
            author = Side(mentions=(last,), how=Role(kind=Kind.ANTECEDENT, via=last.text))
            return replace(self.remember(subject), author=author, speaker=None)
        if subject is None:
            return self
        person, other = self.person, self.other
        if subject.named_person or any(m.person or m.kind == EntryKind.ROLE
                                       or ("GOV" in m.actor.sectors and len(m.entries) > 1) for m in subject.mentions):
            person = subject
        if any(m.kind != EntryKind.PERSON for m in subject.mentions):
            other = subject
        names = self.names
        if subject.name is not None and all(m.actor.country for m in subject.mentions):
            names = {**names, subject.name: subject.mentions}
        return Memory(person=person, other=other, author=self.author, speaker=subject, names=names)


@dataclass(frozen=True, slots=True, kw_only=True)
class Earlier:
    """What an article's sentences name, read once for all its sentences: the countries each
    sentence names, and before each sentence the country each office or body was last named
    with (`owned_roles`)."""

    countries: tuple[dict[str, Entry], ...]
    owned: tuple[dict[str, Entry], ...]

    @classmethod
    def of(cls, prepared: Prepared) -> Earlier:
        """Read an article's hits once."""
        spans = [[(h.start, h.end, h.entries) for h in hits] for hits in prepared.hits]
        return cls(countries=tuple(sentence_countries(hits) for hits in prepared.hits),
                   owned=tuple(owned_roles_before(prepared.doc, spans)))


def sentence_hits(prepared: Prepared, index: int, doc: Doc, phrases: ArticlePhrases,
                  earlier: Earlier, *, lexicon: Lexicon,
                  named: Mapping[str, tuple[Mention, ...]] | None = None) -> SentenceHits:
    """Return a parsed sentence's hits re-indexed to its own Doc (`phrases`: the article's date
    phrases, for the period its actors must hold office in; `earlier`: what the article's
    sentences name, read once for all of them; `lexicon`: the word classes its phrases are read with)."""
    sentence = prepared.sentences[index]
    shifted = [Hit(start=h.start - sentence.start, end=h.end - sentence.start, entries=h.entries)
               for h in prepared.hits[index]]
    when, until = date_period(phrases.date(sentence), prepared.article.published)
    return SentenceHits.build(doc, shifted, sentence.start_char, when, lexicon=lexicon, until=until,
                              pair=pair_of_countries(earlier.countries[:index]), owned=earlier.owned[index],
                              named=named)


def code_sentences(prepared: Prepared, parses: dict[int, Doc], knowledge: Knowledge, *,
                   phrases: ArticlePhrases | None = None) -> tuple[CodedSentence, ...]:
    """Code the parsed sentences in order; a pronoun takes its antecedent from earlier ones, and a
    reply naming no target answers the claims they told (`replies`; `phrases`: the article's date
    phrases, read here when not given)."""
    memo = phrases or ArticlePhrases.of(prepared.article.published)
    memory = Memory()
    commentators = commentator_names(prepared.doc, knowledge.lexicon.commentator_noun)
    earlier = Earlier.of(prepared)
    claims: list[Claim] = []
    out = []
    for sentence in prepared.sentences:
        doc = parses.get(sentence.index)
        if doc is None:  # who spoke there is unknown: the speaker before is not the latest
            memory = memory if memory.speaker is None else replace(memory, speaker=None)
            continue
        hits = sentence_hits(prepared, sentence.index, doc, memo, earlier, lexicon=knowledge.lexicon,
                             named=memory.names)
        coding = code_sentence(hits, knowledge, partial(memory.antecedent, lexicon=knowledge.lexicon), commentators)
        coding = screen_imported(coding, knowledge.patterns, hits)
        coding = replace(coding, events=answer_claims(coding.events, claims, sentence, knowledge.conventions))
        claims += claims_of(coding, sentence, doc, knowledge.lexicon)
        memory = memory.remember(coding.subject, coding.events)
        out.append(CodedSentence(sentence=sentence, doc=doc, coding=coding))
    return tuple(out)


def select_sentences(doc: Doc, sentences: Sequence[Sentence], hits: Sequence[Sequence[Hit]],
                     cues: CueIndex, lexicon: Lexicon) -> tuple[int, ...]:
    """Return the sentences worth parsing: a pattern's cue words and the actors its events
    need (one for the project's own patterns, two for imported ones alone; a leading pronoun
    counts as one, "the two countries" as two), plus the sentences before one that opens with a
    pronoun (its antecedent)."""
    chosen: set[int] = set()
    lower = words_of(doc).lower
    plurals = frozenset({f for noun in lexicon.pair_noun for f in noun_forms(noun)} - lexicon.pair_noun)
    for s in sentences:
        words = lower[s.start:s.end]
        needed = cues.actors_needed(set(words))
        if needed is None:
            continue
        leading_pronoun = any(w in lexicon.leading_pronoun for w in words[:3])
        if len(hits[s.index]) + leading_pronoun + PAIR * _refers_to_pair(list(words), plurals) < needed:
            continue
        chosen.add(s.index)
        if leading_pronoun:
            chosen.update(i for i in range(max(0, s.index - 2), s.index) if hits[i])
    return tuple(sorted(chosen))


def _refers_to_pair(words: list[str], plurals: frozenset[str]) -> bool:
    """Tell whether lowercase words refer to two countries named before ("the two countries",
    "both sides": `plurals`, those of the lexicon's `pair_noun`), which the dictionary matches as
    no actor."""
    return any(word in plurals and (words[i - 1] == "both" or words[max(i - 2, 0):i] == ["the", "two"])
               for i, word in enumerate(words) if i)

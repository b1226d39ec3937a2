"""The composition of the stages: read → segment (datelines) → actors → select → parse (+ repairs)
→ code sentences → dates → places → provenance → conventions → filter.

Each stage is a function over frozen records; the coding and filtering stages return their drops
(`Drop(stage, reason, span, rule)`) with their results, so `eventwire explain` shows the real run.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from itertools import islice

from spacy.tokens import Doc

from eventwire.actors.dictionary import EntryKind
from eventwire.actors.matcher import Hit
from eventwire.actors.names import placed_names
from eventwire.article_phrases import ArticlePhrases
from eventwire.coding.article import (
    CodedSentence,
    Prepared,
    article_country,
    code_sentences,
    dateline_place,
    heading_end,
    located_hits,
    place_countries,
    select_sentences,
    whole_names,
)
from eventwire.coding.decisions import Drop
from eventwire.coding.events import UNREALIZED, Setting, apply_conventions, drop_internal, drop_undirected, keep_events
from eventwire.coding.imported import drop_targetless
from eventwire.coding.lexicon import Lexicon
from eventwire.coding.protest import on_protest
from eventwire.date_attachment import (
    action_verb,
    attached_date,
    ongoing_since,
    told_by_noun,
    told_in_past,
    undated_background,
)
from eventwire.date_spans import counted_clause_span, moved_by
from eventwire.dateline_places import filed_away, filed_scene, filed_there
from eventwire.dates import dating_phrases, done_by_phrases, names_decade, published_date
from eventwire.doc_words import capitalised_runs, span_text, words_of
from eventwire.event_places import (
    SentencePlaces,
    article_countries,
    carry_incident,
    carry_places,
    locate_events,
)
from eventwire.model import Article, Coded, EventDate, EventMention, Modality, Place
from eventwire.nlp import Sentence, parse, sentence_doc, trim_start
from eventwire.ontology.conventions import Conventions
from eventwire.place_gatherings import gathering_town, names_clash
from eventwire.place_references import carry_named_kinds, named_kinds
from eventwire.places import EventSpot
from eventwire.provenance import article_chains, dateline_credit, dateline_end
from eventwire.resources import Resources
from eventwire.speaker_town import carry_speaker_town, speaker_town
from eventwire.story_dates import (
    added_day,
    background_day,
    latest_news_day,
    news_day,
    of_the_news,
    opens_quote,
    retold_day,
    same_event_dates,
    scene_day,
    sentence_dates,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class SentenceRun:
    """A parsed sentence with the events kept from it and every candidate event dropped."""

    sentence: Sentence
    doc: Doc
    events: tuple[EventMention, ...]
    drops: tuple[Drop, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ArticleRun:
    """The run of each parsed sentence of an article (what `explain` shows)."""

    article: Article
    sentences: tuple[SentenceRun, ...]

    @property
    def coded(self) -> Coded:
        """Return the article with the events kept from all its sentences."""
        return Coded(article=self.article, mentions=tuple(e for r in self.sentences for e in r.events))


def prepare(article: Article, resources: Resources, *, parse_all: bool = False) -> Prepared:
    """Segment an article (setting its dateline aside), match actors and select what to parse."""
    doc, sentences = resources.segmenter(article.text)                                  # segment
    all_hits = resources.matcher(doc)                                                   # actors
    # A dateline ("KINSHASA, Congo (AP) —") names where and by whom the story was filed, not actors.
    dateline = dateline_end(doc, sentences[0], resources.lexicon) if sentences else 0
    filed, dateline = (dateline_place(doc, sentences[0].start, dateline, resources.gazetteer, resources.lexicon)
                       if sentences else (None, 0))
    if sentences:
        sentences[0] = trim_start(sentences[0], doc, dateline)
    # glued sub-headlines
    sentences = [trim_start(s, doc, heading_end(doc, s, all_hits, resources.lexicon)) for s in sentences]
    hits = sentence_hits_of(all_hits, sentences, dateline)
    country = article_country(whole_names(doc, [h for h in all_hits if h.end <= dateline]),
                              [located_hits(doc, h, resources.lexicon) for h in hits], filed,
                              headline_countries(article.title, resources))
    # "federal prosecutor Jane Roe ... Roe said": the prosecutor of the country the story is about
    hits = tuple(placed_names(h, country) for h in hits)
    selected = (tuple(s.index for s in sentences) if parse_all                          # select
                else select_sentences(doc, sentences, hits, resources.cues, resources.lexicon))
    return Prepared(article=article, doc=doc, sentences=tuple(sentences), hits=hits, selected=selected,
                    credit=dateline_credit(all_hits, dateline), country=country, filed=filed)


def headline_countries(title: str | None, resources: Resources) -> frozenset[str]:
    """Return the countries an article's headline names as where the story happens: those of its
    dictionary hits (`located_hits`: not "deported to Myanmar") and, in a headline written in
    sentence case, where a capital marks a name, those of the place names the gazetteer knows
    that stand after a preposition of place or before an office ("smuggler admits gun sales before Toronto court",
    "strike in Lyon"); none when it has no headline."""
    if not title:
        return frozenset()
    doc, _sentences = resources.segmenter(title)
    hits = resources.matcher(doc)
    countries = place_countries(located_hits(doc, hits, resources.lexicon))
    words = [t for t in doc if t.is_alpha]
    if sum(t.is_title for t in words) * 2 >= len(words):
        return frozenset(countries)
    offices = {h.start for h in hits if any(e.kind == EntryKind.ROLE for e in h.entries)}
    lexicon, table = resources.lexicon, words_of(doc)
    for start, end in capitalised_runs(table, 1):  # a run of capitalised words after the first: a name
        if end in offices or table.lower[start - 1] in lexicon.locative_preposition:
            place = resources.gazetteer.lookup(doc[start:end].text)
            if place is not None and place.country:
                countries.add(place.country)
    return frozenset(countries)


def sentence_hits_of(hits: Sequence[Hit], sentences: Sequence[Sentence], dateline: int) -> tuple[tuple[Hit, ...], ...]:
    """Return each sentence's hits (those starting in it, after the dateline), found by bisection
    in the matcher's hits, which come in start order."""
    starts = [h.start for h in hits]
    return tuple(tuple(hits[bisect_left(starts, max(s.start, dateline)):bisect_left(starts, s.end)])
                 for s in sentences)


def parse_selected(prepared: Sequence[Prepared], resources: Resources) -> list[dict[int, Doc]]:
    """Parse the selected sentences of a batch of articles together, mending known parser slips."""
    docs = (sentence_doc(p.doc, p.sentences[i]) for p in prepared for i in p.selected)
    parsed = parse(resources.nlp, docs, speech_verbs=resources.lexicon.speech_verb, batch_size=256)
    return [{i: next(parsed) for i in p.selected} for p in prepared]


def run_article(prepared: Prepared, parses: dict[int, Doc], resources: Resources) -> ArticleRun:
    """Code the parsed sentences of an article and attach dates, places and reporting chains."""
    phrases = ArticlePhrases.of(prepared.article.published)  # each sentence's date phrases, read once
    coded = code_sentences(prepared, parses, resources.knowledge, phrases=phrases)     # code sentences
    future = {c.sentence.index: any(e.modality == Modality.FUTURE for e in c.coding.events) for c in coded}
    when = sentence_dates(prepared.sentences, future, prepared.article.published,
                          lexicon=resources.lexicon, phrases=phrases)                    # dates
    around = sentence_dates(prepared.sentences, future, prepared.article.published, lexicon=resources.lexicon,
                            from_before=True, phrases=phrases)
    lead = news_day(prepared.sentences, prepared.article.published, phrases)
    known = article_countries(prepared.hits, prepared.filed)
    unshared = [[h for h in hits if not resources.gazetteer.shares(span_text(prepared.doc, h.start, h.end))]
                for hits in prepared.hits]  # "Congo" tells not which Congo: the other names do
    evidence = article_countries(unshared, prepared.filed)
    spots = [_spots(c, resources.conventions) for c in coded]
    where = carry_places([_places(c, e, prepared, resources, (known, evidence))
                          for c, e in zip(coded, spots, strict=True)])                   # places
    where = carry_named_kinds(where, [named_kinds(c.doc, c.sentence, prepared.hits[c.sentence.index], e,
                                                  gazetteer=resources.gazetteer, lexicon=resources.lexicon,
                                                  home=prepared.country) for c, e in zip(coded, spots, strict=True)])
    where = carry_speaker_town(where, spots, lambda k: speaker_town(
        coded[k].doc, coded[k].sentence, prepared.hits[coded[k].sentence.index], gazetteer=resources.gazetteer,
        lexicon=resources.lexicon), [c.sentence for c in coded], resources.lexicon, article=prepared.sentences)
    chains = article_chains(prepared.doc, prepared.sentences, prepared.hits, prepared.credit,
                            resources.lexicon)                                           # provenance
    dated = [_event_dates(c, prepared, (when[c.sentence.index], around[c.sentence.index]), resources.lexicon,
                          phrases=phrases, conventions=resources.conventions,
                          lead=latest_news_day(prepared.sentences, c.sentence.index, prepared.article.published,
                                               phrases, lead),
                          scene=scene_day(prepared.sentences, c.sentence.index, prepared.article.published, phrases),
                          added=added_day(prepared.sentences, c.sentence.index, prepared.article.published, phrases),
                          background=background_day(prepared.sentences, c.sentence.index,
                                                    prepared.article.published, phrases))
             for c in coded]
    lead_places = next((w for c, w in zip(coded, where, strict=True) if c.sentence.index == 0), None)
    scene = None if filed_away(lead_places, prepared.filed) else prepared.filed
    gatherings = [_gathering_before(prepared, parses, c.sentence.index, resources, known)
                  if any(p is None and s.forceful for p, s in zip(w.places, e, strict=True)) else None
                  for c, w, e in zip(coded, where, spots, strict=True)]  # only for an unplaced act of force
    where = [filed_scene(w, e, d, scene, prepared.article.published)
             for w, e, d in zip(carry_incident(where, spots, dated, [c.sentence for c in coded], gatherings),
                                spots, dated, strict=True)]
    runs = tuple(_finish(c, Setting(sentence=c.sentence, when=when[c.sentence.index], places=w.places,
                                    chain=chains[c.sentence.index], region=w.region, country=prepared.country),
                         d, prepared.article, resources)
                 for c, w, d in zip(coded, where, dated, strict=True))
    carried = same_event_dates([r.events for r in runs])                               # events told again
    return ArticleRun(article=prepared.article,
                      sentences=tuple(replace(r, events=e) for r, e in zip(runs, carried, strict=True)))


def _gathering_before(prepared: Prepared, parses: dict[int, Doc], index: int, resources: Resources,
                      known: frozenset[str]) -> Place | None:
    """Return the town the sentence before the one at `index` tells a crowd gathering or
    protesting in, or an armed clash in (`gathering_town`), parsing it when it was not selected
    for coding."""
    if index == 0:
        return None
    sentence = prepared.sentences[index - 1]
    lexicon = resources.lexicon
    words = words_of(prepared.doc).lower[sentence.start:sentence.end]
    if not (set(words) & lexicon.protest_word or names_clash(words, lexicon)):
        return None
    doc = parses.get(index - 1) or next(parse(resources.nlp, [sentence_doc(prepared.doc, sentence)],
                                              speech_verbs=lexicon.speech_verb, batch_size=1))
    return gathering_town(doc, sentence, resources.gazetteer, lexicon, known=known,
                          home=prepared.country)


def _places(coded: CodedSentence, spots: Sequence[EventSpot], prepared: Prepared, resources: Resources,
            known: tuple[frozenset[str], frozenset[str]]) -> SentencePlaces:
    """Place a sentence's events (`spots`, see `_spots`; `known`: the countries the article names,
    and those it names otherwise than by a short name several countries share)."""
    found = locate_events(coded.doc, coded.sentence, prepared.hits[coded.sentence.index], spots,
                          gazetteer=resources.gazetteer, lexicon=resources.lexicon,
                          known=known[0], article=known[1], country=prepared.country)
    return filed_there(found, spots, prepared.filed) if coded.sentence.index == 0 else found


def _spots(coded: CodedSentence, conventions: Conventions) -> list[EventSpot]:
    """Return what the places stage reads of each event of a coded sentence."""
    offset = coded.sentence.start_char
    return [EventSpot(countries=frozenset(m.actor.country for m in (e.source, e.target) if m and m.actor.country),
                      action=(e.action.start - offset, e.action.end - offset),
                      happened=e.modality in {Modality.ASSERTED, Modality.CLAIM} and not e.negated,
                      sides=tuple((m.start - offset, m.end - offset) for m in (e.source, e.target) if m),
                      sourced=e.source is not None,
                      scene=conventions.scene_of(e.cameo), source=e.source.actor.country if e.source else None)
            for e in coded.coding.events]


def _event_dates(coded: CodedSentence, prepared: Prepared, known: tuple[EventDate, EventDate],
                 lexicon: Lexicon, *, phrases: ArticlePhrases, conventions: Conventions,
                 lead: EventDate | None = None, scene: EventDate | None = None,
                 added: EventDate | None = None, background: EventDate | None = None) -> tuple[EventDate, ...]:
    """Date each event by the date phrase that modifies its action, else by the sentence's date
    (`known`: its own or carried one, and the one its context gives when its own phrases date
    other acts); background the story does not date has none, and a later deed, statement or
    intention told in the past ("agreed to meet") that nothing dates takes the day the lead gives
    the story's news, or the news-week day the sentence before it names (`lead`, see
    `latest_news_day`): a story tells the reactions of its news day ("Tripoli denied that its
    troops had fought") with it when filed a day or two
    after it (`_reaction_day`; later, the reaction may be of any day between), while one told in
    the present ("Tripoli denies ...") is of the day it was filed. Without such a day, a thing said
    takes a day of the news week the sentence before it names (`scene`, see `scene_day`), and a thing
    said that the next sentence adds words to takes the day that one gives (`added`, see `added_day`).
    An undated deed told in the past right after a sentence of the story's background takes the
    date of that past (`background`, see `background_day`)."""
    sentence, published = coded.sentence, prepared.article.published
    when, around = known
    said = frozenset(e.action.start - sentence.start_char for e in coded.coding.events
                     if conventions.scene_of(e.cameo).said)  # reactions in words date an "after" clause's act
    dates = []
    for event in coded.coding.events:
        found_phrases = phrases.phrases(sentence, future=event.modality == Modality.FUTURE)
        action = event.action.start - sentence.start_char
        end = event.action.end - sentence.start_char
        told = told_in_past(coded.doc, action, end)  # "agreed to meet": the intention told in the past
        past = event.modality not in UNREALIZED and told
        usable = dating_phrases(found_phrases, published, unrealized=event.modality in UNREALIZED)
        verb = action_verb(coded.doc, action, end) if end > action else action
        attached = attached_date(coded.doc, usable, verb, lexicon, said=said) or (
            attached_date(coded.doc, done_by_phrases(found_phrases, published), verb, lexicon,
                          near_only=True) if past else None)
        found = (attached or around) if found_phrases else when
        if (not found_phrases and found.how == "paragraph" and conventions.scene_of(event.cameo).said
                and not of_the_news(found, published)):
            # what is said now of a deed told before it: said the story's news day, not the deed's
            found = replace(lead, how="lead") if lead is not None else published_date(published)
        if published is not None and found.date is not None and found.date > published:
            found = published_date(published)  # "proposed that they meet next month": proposed by publication
        quoted = found.how == "paragraph" and opens_quote(sentence.text)  # dated as said, not the act it tells
        if ((found.how == "published" or quoted) and undated_background(coded.doc, action, lexicon, end=end,
                                                                        lead=sentence.index == 0)) or ongoing_since(
                coded.doc, action, end) or (found.how != "sentence" and sentence.index > 0
                                            and names_decade(sentence.text)) or (  # background of a decade
                found.how == "published" and told_by_noun(coded.doc, action, end)):  # an act named in passing
            found = EventDate(date=None, precision=None, text=None, how="none")
        elif found.how == "published" and background is not None and past and not conventions.scene_of(
                event.cameo).said:
            found = background  # a deed told on in the narration of the past the sentence before opens
        elif (found.how == "published" and lead is not None and sentence.index > 0 and told
              and (not conventions.scene_of(event.cameo).said or _reaction_day(lead, published))):
            retold = None if conventions.scene_of(event.cameo).said or scene is not None else retold_day(
                prepared.sentences, sentence.index, event.action.text, lead, published=published,
                phrases=phrases, lexicon=lexicon)  # the incident told again, of its own earlier day
            found = retold or replace(lead, how="lead")  # a later act or reaction of the story's news day
        elif (found.how == "published" and scene is not None and past
              and conventions.scene_of(event.cameo).said):
            found = replace(scene, how="paragraph")  # said in the scene the sentence before dates
        if added is not None and found.how in {"published", "lead"} and conventions.scene_of(event.cameo).said:
            found = replace(added, how="added")  # '..., an aide added by email on Monday'
        if attached is None and (span := counted_clause_span(coded.doc, verb, lexicon)) is not None:
            found = moved_by(found, *span)  # "came a day after the bloc pledged aid": the pledge's day
        dates.append(found)
    return tuple(dates)


_REACTION_DAYS = 2  # how many days after the news day a story's undated reactions are still of it


def _reaction_day(lead: EventDate, published: date | None) -> bool:
    """Tell whether the news day is at most `_REACTION_DAYS` before publication."""
    return published is not None and lead.date is not None and (published - lead.date).days <= _REACTION_DAYS


def _finish(coded: CodedSentence, setting: Setting, dates: tuple[EventDate, ...], article: Article,
            resources: Resources) -> SentenceRun:
    events = [apply_conventions(raw, place, replace(setting, when=when), article, codebook=resources.codebook,
                                conventions=resources.conventions,
                                protest=partial(on_protest, doc=coded.doc, offset=coded.sentence.start_char,
                                                lexicon=resources.lexicon))
              for raw, place, when in zip(coded.coding.events, setting.places, dates, strict=True)]  # conventions
    events, targetless = drop_targetless(events, resources.patterns)
    events, internal = drop_internal(events, resources.conventions)
    events, undirected = (events, ()) if resources.keep_undirected else drop_undirected(events, resources.conventions)
    kept, dropped = keep_events(events, keep_negated=resources.keep_negated, pairs=resources.pairs)  # filter
    return SentenceRun(sentence=coded.sentence, doc=coded.doc, events=kept,
                       drops=coded.coding.drops + targetless + internal + undirected + dropped)


def code_articles(articles: Iterable[Article], resources: Resources | None = None, *,
                  batch_size: int = 32, parse_all: bool = False) -> Iterator[Coded]:
    """Code articles in batches (read lazily), yielding each article's events in input order.

    Sentences are parsed in batches across articles; pass `resources` (loaded once with
    `Resources.load()`) when calling this more than once, since loading takes seconds.
    """
    resources = resources or Resources.load()
    source = iter(articles)                                                             # read
    while batch := list(islice(source, batch_size)):
        prepared = [prepare(a, resources, parse_all=parse_all) for a in batch]
        for item, parses in zip(prepared, parse_selected(prepared, resources), strict=True):  # parse
            yield run_article(item, parses, resources).coded


def code(text: str, *, published: date | None = None, resources: Resources | None = None,
         article_id: str | None = None) -> list[EventMention]:
    """Code one text and return its event mentions (pass `resources` when coding many texts)."""
    resources = resources or Resources.load()
    article = Article(id=article_id or Article.make_id(text), text=text, published=published)
    return list(next(code_articles([article], resources)).mentions)

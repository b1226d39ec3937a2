"""Dates across an article's sentences: a sentence's own date phrase, else the date of the sentence
it goes on from in the same paragraph, of the event it happens "during", or days from the sentence
before it ("a day later"); else the publication date (see `eventwire.dates` for one sentence's
date phrases)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING

from eventwire.article_phrases import ArticlePhrases
from eventwire.dates import best_date, continues_previous, count_of, period_end, published_date
from eventwire.model import DatePrecision, EventDate, EventMention

if TYPE_CHECKING:
    from eventwire.coding.lexicon import Lexicon
    from eventwire.nlp import Sentence

_WORD_RE = re.compile(r"[a-z]+")


def sentence_dates(sentences: Sequence[Sentence], coded: Mapping[int, bool], published: date | None, *,
                   lexicon: Lexicon, from_before: bool = False,
                   phrases: ArticlePhrases | None = None) -> dict[int, EventDate]:
    """Return the date of each coded sentence (`coded` maps its index to whether it tells of the
    future): its own date; else, when it goes on with the sentence before it in the same
    paragraph (it opens with a pronoun, "Later", "The visit" ...), that sentence's date; else, when
    it happens "during the visit", the date of the last sentence naming the visit; else the
    publication date. A date phrase never reaches a later sentence of another event, and a noun's
    ("Tuesday's attack") reaches none: it dates the attack, not what the sentence tells of it.
    With `from_before`, a sentence's own date phrases are passed over: the date is the one it takes
    from the sentences before it, for events its phrases do not date ("He urged the rebels to free
    the hostages they seized last year": the year dates the seizure). `phrases`: the article's
    date phrases, read here when not given."""
    memo = phrases or ArticlePhrases.of(published)
    chains: dict[int, tuple[EventDate | None, int]] = {}

    def own_date(i: int) -> EventDate | None:
        return memo.date(sentences[i], future=coded.get(i, False))

    def carried(i: int) -> EventDate | None:
        found = memo.phrases(sentences[i], future=coded.get(i, False))
        return best_date([p for p in found if not (p.possessive or p.deadline)])

    def chained(i: int) -> tuple[EventDate | None, int]:
        """Return the date the first sentence of i's run of continuing sentences lends the others,
        and its index (walked back without recursion and remembered, so that long articles cost
        linear time)."""
        path, j = [], i
        while j not in chains:
            path.append(j)
            if own_date(j) is not None or not _goes_on(sentences, j, lexicon):
                break
            j -= 1
        result = chains.get(j) or (carried(j) if own_date(j) is not None else None, j)
        chains.update(dict.fromkeys(path, result))
        return result

    out: dict[int, EventDate] = {}
    for i in sorted(coded):
        if from_before and own_date(i) is not None:
            found, head = chained(i - 1) if _goes_on(sentences, i, lexicon) else (None, i)
        else:
            found, head = chained(i)
            if head == i and (mine := own_date(i)) is not None:
                out[i] = mine
                continue
        context = found or _during_date(sentences, head, chained, lexicon) or _days_from_before(sentences, i, chained)
        out[i] = replace(context, how="paragraph") if context else published_date(published)
    return out


# How long before its publication a lead's date may be and still be the story's news day.
_NEWS_DAYS = 7


def news_day(sentences: Sequence[Sentence], published: date | None, phrases: ArticlePhrases) -> EventDate | None:
    """Return the day the story's lead dates its news ("Troops stormed the port on Sunday ..."), when
    its own date phrase names a day of the week before publication: the day the later undated
    acts of the story told in the past happened ("Protesters threw stones at officers"), where
    the publication date is only the day it was filed."""
    if not sentences or published is None:
        return None
    return _news_date(phrases.date(sentences[0]), published)


def _news_date(found: EventDate | None, published: date) -> EventDate | None:
    """Return a date when it names a day in the week before publication, else None."""
    if found is None or found.date is None or found.precision != DatePrecision.DAY:
        return None
    return found if 0 <= (published - found.date).days <= _NEWS_DAYS else None


def of_the_news(found: EventDate, published: date | None) -> bool:
    """Tell whether a date may be the story's news: a day of the week before publication
    (`_NEWS_DAYS`), or the month or year it was published in; not a day weeks back ("on July
    20" in a story of mid-August) nor an earlier month."""
    if published is None or found.date is None or found.precision is None or found.date > published:
        return False
    if found.precision == DatePrecision.MONTH:
        return (found.date.year, found.date.month) == (published.year, published.month)
    if found.precision == DatePrecision.YEAR:
        return found.date.year == published.year
    return (published - found.date).days <= _NEWS_DAYS


def latest_news_day(sentences: Sequence[Sentence], i: int, published: date | None, phrases: ArticlePhrases,
                    lead: EventDate | None) -> EventDate | None:
    """Return the news day an undated later deed of sentence `i` takes in a story whose lead gives
    one (`lead`, see `news_day`): the day the sentence right before it in the same paragraph
    names, when that is a day of the story's news week ("Riot squads broke up a sit-in on
    Monday. Officers said stones hurt 11 of them."), else the lead's. A story whose lead names
    no news day lends none: a later sentence's date may be background."""
    return None if lead is None else scene_day(sentences, i, published, phrases) or lead


def scene_day(sentences: Sequence[Sentence], i: int, published: date | None,
              phrases: ArticlePhrases) -> EventDate | None:
    """Return the day of the story's news week the sentence right before sentence `i` in the same
    paragraph names, if any: the day of a thing said that its own sentence does not date, told
    after a deed of that day as part of the same scene ("The envoys met in Geneva on Monday. The
    Malian delegate blamed Algiers for the delay.") rather than the day the story was filed."""
    if i == 0 or published is None or sentences[i - 1].paragraph != sentences[i].paragraph:
        return None
    return _news_date(phrases.date(sentences[i - 1]), published)


_PAST_DAYS = 31  # how long before publication a period must end for the story to tell it as background


def background_day(sentences: Sequence[Sentence], i: int, published: date | None,
                   phrases: ArticlePhrases) -> EventDate | None:
    """Return the date of the past the sentence right before sentence `i` in the same paragraph is
    told in, when all of it lies more than a month before publication (`_PAST_DAYS`: "In 2015,
    troops entered the capital to crush a mutiny. Dozens of soldiers died in the fighting."): a
    story tells its background as a narration, whose undated deeds told in the past are of the
    time it opened with; last month's acts may still be the news that led to the story."""
    if i == 0 or published is None or sentences[i - 1].paragraph != sentences[i].paragraph:
        return None
    found = phrases.date(sentences[i - 1])
    if found is None or found.date is None or found.precision is None or (
            published - period_end(found.date, found.precision)).days <= _PAST_DAYS:
        return None
    return replace(found, how="paragraph")


_ADDED = re.compile(r"\badd(?:s|ed)\b")


def added_day(sentences: Sequence[Sentence], i: int, published: date | None,
              phrases: ArticlePhrases) -> EventDate | None:
    """Return the day the sentence right after sentence `i` gives the words it adds ("The ministry
    said it backs the inquiry. 'Those responsible must answer for it,' the minister added in a
    statement on Tuesday."): words added were given with those before them, so an undated thing
    said in sentence `i` takes that day, when it is a day of the story's news week."""
    if published is None or i + 1 >= len(sentences) or not (
            _ADDED.search(sentences[i + 1].text) or _quoted_by_same_speaker(sentences, i)):
        return None
    found = best_date([p for p in phrases.phrases(sentences[i + 1]) if not (p.possessive or p.deadline)])
    return _news_date(found, published)


# '"...," he said', '"..." Hoxha told reporters': a quotation's speaker named again by a pronoun or a name
_SAME_SPEAKER = re.compile(r"[\"\u201d]\s*,?\s*(?:he|she|they|(?P<name>[A-Z][\w'-]+))\s+(?:said|told|wrote|declared)\b")


def _quoted_by_same_speaker(sentences: Sequence[Sentence], i: int) -> bool:
    """Tell whether the sentence after sentence `i`, in the same paragraph, opens with a quotation
    that a pronoun, or a name the sentence before names, gives to the speaker before ("The premier
    condemned the raid. 'These are criminals,' he said in an address on Monday."): the words of the
    same statement, whose day it gives."""
    after = sentences[i + 1]
    found = _SAME_SPEAKER.search(after.text)
    return (after.paragraph == sentences[i].paragraph and opens_quote(after.text) and found is not None
            and (found.group("name") is None or re.search(rf"\b{re.escape(found.group('name'))}\b",
                                                          sentences[i].text) is not None))


def retold_day(sentences: Sequence[Sentence], i: int, act: str, lead: EventDate | None, *,
               published: date | None, phrases: ArticlePhrases, lexicon: Lexicon) -> EventDate | None:
    """Return the day an earlier sentence gives the incident a later undated deed tells again by a
    word of the same family (`incident_family`: "Guards shot two smugglers late on Sunday. ...
    Relatives said the men were unarmed when the guards opened fire."): the day of the nearest
    earlier sentence naming it, when that is a day of the story's news week before the lead's
    news day (`lead`); the lead dates the story's news, not the incident that led to it."""
    if lead is None or lead.date is None or published is None:
        return None
    told = next((p for p in map(_family_word, lexicon.incident_family) if p.search(act.lower())), None)
    if told is None:
        return None
    for j in range(i - 1, -1, -1):
        if told.search(sentences[j].text.lower()):
            found = _news_date(phrases.date(sentences[j]), published)
            if found is not None and found.date is not None:
                return replace(found, how="earlier-event") if found.date < lead.date else None
    return None


def _family_word(family: Sequence[str]) -> re.Pattern[str]:
    """Return a pattern finding any word of a family in its inflected forms ("fired", "detained")."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, family))})(?:s|e?d|ing)?\b")


_DAYS_FROM_BEFORE = re.compile(
    r"(?i)\b(?:(?P<count>a|one|two|three|four|five|six|\d)\s+(?P<unit>day|week|month|year)s?\s+(?P<way>later|earlier)"
    r"|the\s+(?P<word>next|following|previous)\s+day|the\s+day\s+(?P<side>before|after)(?!\s+(?:the|a|an|his|her|its|their)\b))\b")
_UNIT_PRECISION = MappingProxyType({"day": DatePrecision.DAY, "week": DatePrecision.WEEK,
                                    "month": DatePrecision.MONTH, "year": DatePrecision.YEAR})
_FINENESS = (DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH, DatePrecision.YEAR)


def _days_from_before(sentences: Sequence[Sentence], i: int,
                      chained: Callable[[int], tuple[EventDate | None, int]]) -> EventDate | None:
    """Return the date a sentence gives by time from the sentence before it in the same paragraph
    ("A day later, ...", "the next day", "two months later"): that one's date moved by the span,
    or, when that one is dated coarser than the span ("In 2019 ... two months later"), its date
    as it is. Days count only from a date to the day."""
    match = _DAYS_FROM_BEFORE.search(sentences[i].text)
    if match is None or i == 0 or sentences[i - 1].paragraph != sentences[i].paragraph:
        return None
    before = chained(i - 1)[0]
    unit = _UNIT_PRECISION[(match.group("unit") or "day").lower()]
    if before is None or before.date is None or before.precision is None or (
            unit == DatePrecision.DAY and before.precision != DatePrecision.DAY):
        return None
    count = match.group("count")
    steps = count_of(count) if count else 1
    back = (match.group("way") or "").lower() == "earlier" or match.group("word") == "previous" or (
        (match.group("side") or "").lower() == "before")
    if _FINENESS.index(before.precision) > _FINENESS.index(unit):
        return replace(before, how="paragraph")
    day, precision = _moved(before.date, unit, -steps if back else steps)
    return EventDate(date=day, precision=precision, text=match.group(0), how="paragraph")


def _moved(day: date, unit: DatePrecision, steps: int) -> tuple[date, DatePrecision]:
    """Return a day moved by some days, weeks, months or years, at the precision of the unit."""
    if unit == DatePrecision.DAY:
        return day + timedelta(days=steps), unit
    if unit == DatePrecision.WEEK:
        moved = day + timedelta(weeks=steps)
        return moved - timedelta(days=moved.weekday()), unit
    if unit == DatePrecision.MONTH:
        years, month = divmod(day.month - 1 + steps, 12)
        return date(day.year + years, month + 1, 1), unit
    return date(day.year + steps, 1, 1), unit


def _goes_on(sentences: Sequence[Sentence], i: int, lexicon: Lexicon) -> bool:
    """Tell whether sentence i goes on with the sentence before it in the same paragraph: it opens
    as going on ("He ...", "Later, ..."), names the doers of the act before by the act's own
    word ("Rebels attacked ... The attackers ...") or quotes the words of the statement before."""
    if i == 0 or sentences[i - 1].paragraph != sentences[i].paragraph:
        return False
    text = sentences[i].text
    return (continues_previous(text, lexicon) or _doers_named_again(sentences[i - 1].text, text)
            or opens_quote(text))


_QUOTE_MARKS = frozenset('"\u201c')


def opens_quote(text: str) -> bool:
    """Tell whether a sentence opens with a direct quotation: the words of a statement the sentence
    before it reported ("The cabinet rejected the ruling. 'We will not accept it,' its statement
    said."), said when that one was."""
    return text[:1] in _QUOTE_MARKS


# "The attackers", "The kidnappers": a noun of the doers of an act, at a sentence's start.
_DOERS = re.compile(r"(?:The|the)\s+(?P<stem>[a-z]{3,}?)e?rs\b")


def _doers_named_again(before: str, text: str) -> bool:
    """Tell whether a sentence opens with the doers of an act the sentence before it tells by
    the same word ("Gunmen kidnapped ... The kidnappers ...", "... protested ... The protesters")."""
    match = _DOERS.match(text)
    if match is None:
        return False
    stem = match.group("stem")
    return re.search(rf"\b{re.escape(stem)}\w*(?:ed|ing)\b", before.lower()) is not None


def _during_date(sentences: Sequence[Sentence], i: int,
                 chained: Callable[[int], tuple[EventDate | None, int]], lexicon: Lexicon) -> EventDate | None:
    """Return the date of the event sentence i happens "during", or refers back to with a
    demonstrative ("those protests", "that meeting"): the date of the last sentence before i
    naming it. A demonstrative points at the nearest such sentence only (undated, it lends none),
    else, when no sentence names the event, at the sentence before it in the same paragraph."""
    found = _referred_noun(_WORD_RE.findall(sentences[i].text.lower()), lexicon)
    if found is None:
        return None
    noun, nearest = found
    for j in range(i - 1, -1, -1):
        if _names_event(sentences[j].text.lower(), noun) and ((when := chained(j)[0]) is not None or nearest):
            return when
    # "Students took to the streets in 2016. Police broke up those protests": told in other words
    named_before = nearest and i > 0 and sentences[i - 1].paragraph == sentences[i].paragraph
    return chained(i - 1)[0] if named_before else None


_DEMONSTRATIVE = MappingProxyType({"this": False, "that": False, "these": True, "those": True})  # plural?


def _referred_noun(words: Sequence[str], lexicon: Lexicon) -> tuple[str, bool] | None:
    """Return the event noun of a "during the visit" or of a demonstrative's "those protests" in
    the sentence, if any, with whether it came by a demonstrative."""
    for n in range(1, len(words)):
        found = _event_noun(words[n], lexicon)
        if found is None:
            continue
        noun, plural = found
        if _DEMONSTRATIVE.get(words[n - 1]) == plural:
            return noun, True
        if n > 1 and words[n - 2:n] == ["during", "the"]:
            return noun, False
    return None


def _event_noun(word: str, lexicon: Lexicon) -> tuple[str, bool] | None:
    """Return the event noun a word is and whether it is plural ("protests"), if it is one."""
    if word in lexicon.event_noun:
        return word, word.endswith("s") and not word.endswith("ss")  # "talks", "clashes" are listed
    single = word[:-1] if word.endswith("s") else ""
    return (single, True) if single in lexicon.event_noun else None


def _names_event(text: str, noun: str) -> bool:
    """Tell whether a sentence names an event by its noun or the verb of the same stem."""
    stem = noun[:-1] if noun.endswith("s") and len(noun) > 5 else noun
    return re.search(rf"\b{re.escape(stem)}(?:e?s|e?d|ing)?\b", text) is not None  # not "protesters"


def same_event_dates(sentences: Sequence[Sequence[EventMention]]) -> list[tuple[EventMention, ...]]:
    """Return each sentence's events with an earlier date carried to the same act told again:
    an event its own sentence does not date (dated when published) takes the date a date phrase
    gave the lead's event of the same source country and CAMEO root ("Kenyan troops shelled the
    camps on Tuesday. ... Kenyan jets had bombed four camps, the army said": the Tuesday's attack,
    told in detail), or, when "also" marks it as more of an act told before ("The court also
    ordered ..."), the date the last such event was given. Else only the lead's: later dated
    events are as often background as the news."""
    lead: dict[tuple[str, str], EventDate] = {}
    latest: dict[tuple[str, str], EventDate] = {}
    out = []
    for events in sentences:
        told = []
        for event in events:
            key = _event_key(event)
            earlier = (latest if _also(event) else lead).get(key) if key is not None else None
            if earlier is not None and event.date.how in {"published", "lead"}:
                told.append(replace(event, date=replace(earlier, how="earlier-event")))
                continue
            if key is not None and event.date.how == "sentence" and event.date.date:
                latest[key] = event.date
                if event.sentence == 0:
                    lead[key] = event.date
            told.append(event)
        out.append(tuple(told))
    return out


def _also(event: EventMention) -> bool:
    """Tell whether "also" comes before an event's action in its sentence ("The court also ordered
    the police to free them")."""
    text = event.sentence_text
    at = text.find(event.action.text)
    return at > 0 and _ALSO.search(text, 0, at) is not None


_ALSO = re.compile(r"\balso\b")


def _event_key(event: EventMention) -> tuple[str, str] | None:
    """Return what tells an event apart from another told again: its source's country and CAMEO root."""
    if event.source is None:
        return None
    actor = event.source.actor
    return (actor.country or actor.code), event.cameo[:2]

"""Turn records into table rows and back, losslessly."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from eventwire.dedup import Member, group_key, is_exact, record_pairs
from eventwire.model import (
    Actor,
    Article,
    DatePrecision,
    Event,
    EventDate,
    EventMention,
    Mention,
    Modality,
    Place,
    PlacePrecision,
    Span,
)
from eventwire.store.schema import MENTIONS, names

Row = Mapping[str, Any]
EMPTY_MENTION: dict[str, Any] = dict.fromkeys(names(MENTIONS))

# Actor type codes as GDELT uses them; any other 3-letter chunk of an actor code is a group.
SECTOR_CODES = frozenset((
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "PTY", "SPY", "MED", "BUS", "EDU", "REL",
    "CVL", "REF", "LAB", "AGR", "ELI", "JRN", "HLH", "NGO", "IGO", "UAF", "SEP", "IMG", "INS",
    "MNC", "CRM", "DEV", "ENV", "MOD", "RAD", "HRI"))


def gdelt_id(event_id: str) -> int:
    """Return the integer id GDELT-style tools expect, derived from the event id (60 bits)."""
    return int(event_id[:15], 16)


@lru_cache(maxsize=65536)
def known_group(code: str | None, country: str | None) -> str | None:
    """Return the first 3-letter chunk of an actor code that is neither country nor sector."""
    if not code:
        return None
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    return next((c for c in chunks if c != country and c not in SECTOR_CODES), None)


def article_row(article: Article, num_mentions: int, now: dt.datetime) -> dict[str, Any]:
    """Return the `articles` row of an article."""
    return {"id": article.id, "title": article.title, "text": article.text,
            "published": article.published, "url": article.url, "publisher": article.publisher,
            "author": article.author,
            "language": article.language, "origin": article.origin,
            "num_mentions": num_mentions, "ingested_at": now}


def _actor_row(prefix: str, m: Mention | None) -> dict[str, Any]:
    if m is None:
        return {}
    return {f"{prefix}_code": m.actor.code, f"{prefix}_country": m.actor.country,
            f"{prefix}_sectors": list(m.actor.sectors), f"{prefix}_name": m.actor.name,
            f"{prefix}_text": m.text, f"{prefix}_start": m.start, f"{prefix}_end": m.end,
            f"{prefix}_entry": m.entry, f"{prefix}_entries": list(m.entries),
            f"{prefix}_person": m.person, f"{prefix}_confidence": m.confidence}


def _parties_json(mentions: tuple[Mention, ...]) -> str:
    return json.dumps([{"code": m.actor.code, "country": m.actor.country, "sectors": list(m.actor.sectors),
                        "name": m.actor.name, "text": m.text, "start": m.start, "end": m.end, "entry": m.entry,
                        "entries": list(m.entries), "kind": m.kind, "person": m.person,
                        "confidence": m.confidence} for m in mentions], ensure_ascii=False)


def _parties(text: str | None) -> tuple[Mention, ...]:
    """Return the mentions a JSON party column holds (none in rows stored before it existed)."""
    return tuple(Mention(actor=Actor(code=r["code"], country=r["country"], sectors=tuple(r["sectors"]),
                                     name=r["name"]),
                         text=r["text"], start=r["start"], end=r["end"], entry=r["entry"],
                         entries=tuple(r["entries"]), kind=r["kind"], person=r["person"],
                         confidence=r["confidence"])
                 for r in json.loads(text or "[]"))


def _place_row(p: Place | None) -> dict[str, Any]:
    if p is None:
        return {}
    return {"place_name": p.name, "place_geonameid": p.geonameid, "place_lat": p.lat,
            "place_lon": p.lon, "place_country": p.country, "place_admin1": p.admin1,
            "place_precision": str(p.precision) if p.precision else None, "place_text": p.text,
            "place_start": p.start, "place_end": p.end}


def mention_row(m: EventMention, article: Article) -> dict[str, Any]:
    """Return the `mentions` row of an event mention of `article` (event id not yet known)."""
    member = Member.of(m, article.published)
    return EMPTY_MENTION | {
        "id": m.id, "article_id": m.article_id, "sentence": m.sentence,
        "sentence_text": m.sentence_text, **_actor_row("source", m.source),
        **_actor_row("target", m.target), "action_text": m.action.text,
        "action_start": m.action.start, "action_end": m.action.end, "cameo": m.cameo,
        "cameo_name": m.cameo_name, "plover": m.plover, "plover_mode": list(m.plover_mode),
        "plover_context": list(m.plover_context), "quad_class": m.quad_class,
        "goldstein": m.goldstein, "date": m.date.date,
        "date_precision": str(m.date.precision) if m.date.precision else None,
        "date_text": m.date.text, "date_how": m.date.how, **_place_row(m.place),
        "negated": m.negated, "modality": str(m.modality), "speaker": m.speaker,
        "reported_by": list(m.reported_by), "rule": m.rule, "confidence": m.confidence,
        "publisher": m.publisher or article.publisher, "url": m.url or article.url,
        "published": article.published, "exact": is_exact(m), "group_key": group_key(member),
        "event_id": None, "also_sources": _parties_json(m.also_sources),
        "also_targets": _parties_json(m.also_targets),
    }


def pair_rows(m: EventMention, published: dt.date | None) -> list[dict[str, Any]]:
    """Return the `mention_pairs` rows of a record: its pairs past the primary one (none for a
    record of one source and one target), events not yet known."""
    found = []
    for n, (source, target) in enumerate(record_pairs(m)[1:], start=1):
        member = Member.of(m, published, pair=n, parties=(source, target))
        found.append({"mention_id": m.id, "pair": n, **_party_row("source", source),
                      **_party_row("target", target), "group_key": group_key(member), "event_id": None})
    return found


def _party_row(prefix: str, m: Mention | None) -> dict[str, Any]:
    if m is None:
        return dict.fromkeys(f"{prefix}_{c}" for c in ("code", "name", "country", "sectors", "start", "end"))
    return {f"{prefix}_code": m.actor.code, f"{prefix}_name": m.actor.name,
            f"{prefix}_country": m.actor.country, f"{prefix}_sectors": list(m.actor.sectors),
            f"{prefix}_start": m.start, f"{prefix}_end": m.end}


def _actor(prefix: str, r: Row) -> Mention | None:
    if r[f"{prefix}_code"] is None:
        return None
    who = Actor(code=r[f"{prefix}_code"], country=r[f"{prefix}_country"],
                sectors=tuple(r[f"{prefix}_sectors"] or ()), name=r[f"{prefix}_name"])
    return Mention(actor=who, text=r[f"{prefix}_text"], start=r[f"{prefix}_start"],
                   end=r[f"{prefix}_end"], entry=r[f"{prefix}_entry"],
                   entries=tuple(r[f"{prefix}_entries"] or ()), person=r[f"{prefix}_person"],
                   confidence=r[f"{prefix}_confidence"])


def place_from_row(r: Row) -> Place | None:
    """Return the place of a mention or event row, if any."""
    if r.get("place_geonameid") is None:
        return None
    return Place(name=r["place_name"], geonameid=r["place_geonameid"], lat=r["place_lat"],
                 lon=r["place_lon"], country=r["place_country"], admin1=r["place_admin1"],
                 text=r.get("place_text"), start=r.get("place_start"), end=r.get("place_end"),
                 precision=PlacePrecision(precision) if (precision := r.get("place_precision")) else None)


def mention_from_row(r: Row) -> EventMention:
    """Return the event mention a `mentions` row holds."""
    precision = r["date_precision"]
    return EventMention(
        article_id=r["article_id"], sentence=r["sentence"], sentence_text=r["sentence_text"],
        source=_actor("source", r), target=_actor("target", r),
        action=Span(text=r["action_text"], start=r["action_start"], end=r["action_end"]),
        cameo=r["cameo"], cameo_name=r["cameo_name"], plover=r["plover"],
        plover_mode=tuple(r["plover_mode"] or ()), plover_context=tuple(r["plover_context"] or ()),
        quad_class=r["quad_class"], goldstein=r["goldstein"],
        date=EventDate(date=r["date"], precision=DatePrecision(precision) if precision else None,
                       text=r["date_text"], how=r["date_how"]),
        place=place_from_row(r), negated=r["negated"], modality=Modality(r["modality"]),
        speaker=r["speaker"], reported_by=tuple(r["reported_by"] or ()), rule=r["rule"],
        confidence=r["confidence"], publisher=r["publisher"], url=r["url"],
        also_sources=_parties(r.get("also_sources")), also_targets=_parties(r.get("also_targets")))


MEMBER_COLUMNS = (
    "id", "article_id", "sentence", "source_code", "source_name", "source_country",
    "source_sectors", "target_code", "target_name", "target_country", "target_sectors", "cameo",
    "cameo_name", "quad_class", "goldstein", "plover", "plover_mode", "plover_context", "date",
    "exact", "place_name", "place_geonameid", "place_lat", "place_lon", "place_country",
    "place_admin1", "place_precision", "publisher", "published", "url", "negated")


def member_from_row(r: Row) -> Member:
    """Return the dedup view of a `mentions` row holding at least `MEMBER_COLUMNS`."""
    return Member(
        id=r["id"], article_id=r["article_id"], sentence=r["sentence"], source=r["source_code"],
        source_name=r["source_name"], source_country=r["source_country"],
        source_sectors=tuple(r["source_sectors"] or ()), target=r["target_code"],
        target_name=r["target_name"], target_country=r["target_country"],
        target_sectors=tuple(r["target_sectors"] or ()), cameo=r["cameo"],
        cameo_name=r["cameo_name"], quad_class=r["quad_class"], goldstein=r["goldstein"],
        plover=r["plover"], plover_mode=tuple(r["plover_mode"] or ()),
        plover_context=tuple(r["plover_context"] or ()), date=r["date"], exact=r["exact"],
        place=place_from_row(r), publisher=r["publisher"], published=r["published"],
        url=r["url"], negated=r["negated"], pair=r.get("pair") or 0)


def _event_place_row(p: Place | None) -> dict[str, Any]:
    span = ("place_text", "place_start", "place_end")
    return {k: v for k, v in _place_row(p).items() if k not in span}


def event_row(e: Event, key: str) -> dict[str, Any]:
    """Return the `events` row of an event whose dedup group key is `key`."""
    p = e.place
    return {
        "id": e.id, "gdelt_id": gdelt_id(e.id), "group_key": key, "date": e.date,
        "date_exact": e.date_exact, "source": e.source, "source_name": e.source_name,
        "source_country": e.source_country, "source_sectors": list(e.source_sectors),
        "source_group": known_group(e.source, e.source_country), "target": e.target,
        "target_name": e.target_name, "target_country": e.target_country,
        "target_sectors": list(e.target_sectors),
        "target_group": known_group(e.target, e.target_country), "cameo": e.cameo,
        "cameo_name": e.cameo_name, "base_code": e.base_code, "root_code": e.root_code,
        "quad_class": e.quad_class, "goldstein": e.goldstein, "plover": e.plover,
        "plover_mode": list(e.plover_mode), "plover_context": list(e.plover_context),
        "plover_score": e.plover_score, **_event_place_row(p),
        "first_seen": e.first_seen, "num_mentions": e.num_mentions,
        "num_sources": e.num_sources, "num_articles": e.num_articles, "is_root": e.is_root,
        "first_article": e.first_article, "first_sentence": e.first_sentence,
        "source_url": e.source_url, "publisher": e.publisher,
    }


def event_from_row(r: Row, mention_ids: tuple[str, ...],
                   mentions: tuple[EventMention, ...] = ()) -> Event:
    """Return the event an `events` row holds, with its members."""
    fields = {k: r[k] for k in (
        "id", "first_seen", "date", "date_exact", "source", "source_name", "source_country",
        "target", "target_name", "target_country", "cameo", "cameo_name", "base_code",
        "root_code", "quad_class", "goldstein", "plover", "plover_score", "num_mentions",
        "num_sources", "num_articles", "is_root", "first_article", "first_sentence",
        "source_url", "publisher")}
    return Event(**fields, source_sectors=tuple(r["source_sectors"] or ()),
                 target_sectors=tuple(r["target_sectors"] or ()),
                 plover_mode=tuple(r["plover_mode"] or ()),
                 plover_context=tuple(r["plover_context"] or ()), place=place_from_row(r),
                 mention_ids=mention_ids, mentions=mentions)

"""Shape records for the API and pages: evidence highlights, event and mention JSON, safe links."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit

from eventwire.dedup import record_pairs
from eventwire.model import Event, EventMention

ROLES = ("source", "action", "target", "place")


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    """A piece of a sentence, highlighted as one role or plain (`role` None)."""

    text: str
    role: str | None = None


def safe_url(url: str | None) -> str | None:
    """Return the URL if it is an absolute http(s) link (else None: it is shown as text)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def sentence_start(m: EventMention, article_text: str | None) -> int | None:
    """Return where a mention's sentence starts in its article, if it can be found."""
    if not article_text:
        return None
    at = article_text.rfind(m.sentence_text, 0, m.action.start + len(m.sentence_text))
    if at < 0 or at + len(m.sentence_text) < m.action.end:
        return None
    return at


def role_spans(m: EventMention) -> list[tuple[int, int, str]]:
    """Return the article offsets of source, action, target and place, in that order."""
    spans = [(m.action.start, m.action.end, "action")]
    for who, role in ((m.source, "source"), (m.target, "target")):
        if who is not None:
            spans.append((who.start, who.end, role))
    if m.place is not None and m.place.start is not None and m.place.end is not None:
        spans.append((m.place.start, m.place.end, "place"))
    return sorted(spans, key=lambda s: (s[0], -s[1]))


def evidence(m: EventMention, article_text: str | None) -> list[Segment]:
    """Split a mention's sentence into plain and highlighted segments (no overlaps)."""
    text = m.sentence_text
    base = sentence_start(m, article_text)
    if base is None:
        at = text.find(m.action.text) if m.action.text else -1
        if at < 0:
            return [Segment(text=text)]
        spans = [(at, at + len(m.action.text), "action")]
    else:
        spans = [(s - base, e - base, r) for s, e, r in role_spans(m)]
    segments, pos = [], 0
    for start, end, role in spans:
        if start < pos or end > len(text) or start >= end:
            continue
        if start > pos:
            segments.append(Segment(text=text[pos:start]))
        segments.append(Segment(text=text[start:end], role=role))
        pos = end
    if pos < len(text):
        segments.append(Segment(text=text[pos:]))
    return segments


def jsonable(value: Any) -> Any:
    """Return a value with dates as ISO strings, recursively."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):  # DuckDB sums of integers are HUGEINT
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def article_card(row: dict[str, Any] | None) -> dict[str, Any] | None:
    """Return what the API shows of a mention's article (no text)."""
    if row is None:
        return None
    return {"id": row["id"], "title": row["title"], "published": row["published"],
            "publisher": row["publisher"], "url": row["url"], "link": safe_url(row["url"])}


def mention_view(m: EventMention, article: dict[str, Any] | None, pair: int = 0) -> dict[str, Any]:
    """Return a mention record with its highlighted evidence and its article; `pair` is which of
    the record's pairs of parties (`eventwire.dedup.record_pairs`) the evidence highlights."""
    text = article["text"] if article else None
    source, target = record_pairs(m)[pair]
    shown = m if pair == 0 else replace(m, source=source, target=target)
    return {**m.to_record(), "pair": pair,
            "evidence": [{"text": s.text, "role": s.role} for s in evidence(shown, text)],
            "article": article_card(article)}


def pair_in(m: EventMention, e: Event) -> int:
    """Return which of a member's pairs of parties joins it to the event: the one of its codes."""
    codes = [(s.actor.code if s else None, t.actor.code if t else None) for s, t in record_pairs(m)]
    return codes.index((e.source, e.target)) if (e.source, e.target) in codes else 0


def event_view(e: Event, articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Return an event with every mention and its evidence, JSON-ready."""
    fields = {k: getattr(e, k) for k in (
        "id", "date", "date_exact", "first_seen", "source", "source_name", "source_country",
        "target", "target_name", "target_country", "cameo", "cameo_name", "base_code",
        "root_code", "quad_class", "goldstein", "plover", "plover_score", "num_mentions",
        "num_sources", "num_articles", "is_root", "first_article", "first_sentence",
        "source_url", "publisher")}
    fields |= {"source_sectors": list(e.source_sectors), "target_sectors": list(e.target_sectors),
               "plover_mode": list(e.plover_mode), "plover_context": list(e.plover_context),
               "place": e.place.to_record() if e.place else None,
               "mentions": [mention_view(m, articles.get(m.article_id), pair_in(m, e))
                            for m in e.mentions]}
    result: dict[str, Any] = jsonable(fields)
    return result


def iso_numeric(alpha3: str | None) -> str | None:
    """Return the ISO 3166 numeric code of a country (the ids of the map's outlines)."""
    import pycountry

    found = pycountry.countries.get(alpha_3=alpha3) if alpha3 else None
    return str(found.numeric) if found is not None else None


def map_view(found: dict[str, Any]) -> dict[str, Any]:
    """Return map points and country counts, each country with its ISO numeric code."""
    countries = [{**c, "numeric": iso_numeric(c["country"])} for c in found["countries"]]
    result: dict[str, Any] = jsonable({"points": found["points"], "countries": countries})
    return result

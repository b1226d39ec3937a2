"""PLOVER JSONL: one event a line, with the fields of the PLOVER manual's event record.

Required: `id`, `date`, `actor` (list of actor codes), `event` (the PLOVER type); optional
`recipient`, `mode`, `context`, `event_loc`, `text_info`, `cite_info`, `coder`, `coded_date`.
Events with no PLOVER type (CAMEO 01 statements and 02 appeals) or no date are left out and
counted. eventwire's own fields (CAMEO code, Goldstein/PLOVER score, counts, member mention
ids) go under `eventwire`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eventwire.export.common import Written, events_where, limit
from eventwire.store import Filters, Store
from eventwire.store.filters import where

CODER = "eventwire"

_QUERY = """
WITH firsts AS (
    SELECT em.event_id, min_by(m.action_start, m.id) AS action_start,
           min_by(m.action_end, m.id) AS action_end, min_by(m.sentence_text, m.id) AS sentence
    FROM event_mentions em JOIN mentions m ON m.id = em.mention_id JOIN events e ON em.event_id = e.id
    WHERE m.article_id = e.first_article AND m.sentence = e.first_sentence
    GROUP BY em.event_id),
ids AS (SELECT event_id, list(mention_id ORDER BY mention_id) AS mention_ids FROM event_mentions
        GROUP BY event_id)
SELECT e.*, f.action_start, f.action_end, f.sentence, i.mention_ids,
       CAST(a.ingested_at AS DATE) AS coded_date
FROM events e LEFT JOIN firsts f ON f.event_id = e.id LEFT JOIN ids i ON i.event_id = e.id
LEFT JOIN articles a ON a.id = e.first_article
WHERE {cond} AND e.plover IS NOT NULL ORDER BY e.date, e.id{limit}
"""


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def record(r: dict[str, Any]) -> dict[str, Any]:
    """Return the PLOVER record of an event row (joined with its first mention)."""
    loc = None if r["place_geonameid"] is None else {
        "geonameid": r["place_geonameid"], "place_name": r["place_name"], "lat": r["place_lat"],
        "lon": r["place_lon"], "country_code": r["place_country"], "admin1_code": r["place_admin1"]}
    return {
        "id": r["id"], "date": _iso(r["date"]),
        "actor": [r["source"]] if r["source"] else [],
        "recipient": [r["target"]] if r["target"] else [],
        "event": r["plover"], "mode": list(r["plover_mode"] or []),
        "context": list(r["plover_context"] or []), "event_loc": loc,
        "text_info": {"sequence": r["first_sentence"], "start": r["action_start"],
                      "end": r["action_end"], "sentence": r["sentence"]},
        "cite_info": {"url": r["source_url"], "publication": r["publisher"],
                      "pub_date": _iso(r["first_seen"]), "story_id": r["first_article"]},
        "coder": CODER, "coded_date": _iso(r["coded_date"]),
        "eventwire": {"cameo": r["cameo"], "quad_class": r["quad_class"],
                      "goldstein": r["goldstein"], "plover_score": r["plover_score"],
                      "num_mentions": r["num_mentions"], "num_sources": r["num_sources"],
                      "num_articles": r["num_articles"], "mentions": list(r["mention_ids"] or [])},
    }


def write(store: Store, filters: Filters, out: Path) -> Written:
    """Write the events as PLOVER JSONL."""
    cond, params = events_where(filters, dated=True)
    table = store.arrow(_QUERY.format(cond=cond, limit=limit(filters)), params)
    with out.open("w", encoding="utf-8") as fh:
        for batch in table.to_batches():
            for r in batch.to_pylist():
                fh.write(json.dumps(record(r), ensure_ascii=False) + "\n")
    any_cond, any_params = where(filters)
    matched = store.con.execute(f"SELECT count(*) FROM events e WHERE {any_cond}",
                                any_params).fetchall()[0][0]
    left = int(matched) - table.num_rows if filters.limit is None else 0
    return Written(rows=table.num_rows, left_out=left, why_left_out="no PLOVER type or no date")

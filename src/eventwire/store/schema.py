"""The store's tables, their Arrow schemas, and the schema version with its migrations.

`articles` holds one row per article ever stored: the row is written in the same transaction
as the article's mentions and the events they change, so its presence means "done".
`mentions` holds every coded event mention with the id of its event (NULL when negated), and
the other parties of its act (`also_sources`, `also_targets`) as JSON lists of actor mentions;
`events` holds one row per dedup cluster (see `eventwire.dedup`). A mention's `event_id` is the
event of its primary pair (`source`, `target`); a record of an act of several parties stands for
more pairs (`eventwire.dedup.record_pairs`), each a `mention_pairs` row (`pair` 1, 2 ...) with its
parties, dedup key and event. The view `event_mentions` lists every (event, mention, pair) link:
an event's members, whichever of their pairs they join it by. Codes are VARCHAR: CAMEO codes
keep their leading zeros.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import duckdb
import pyarrow as pa

SCHEMA_VERSION = 5

_ACTOR = ("code VARCHAR", "country VARCHAR", "sectors VARCHAR[]", "name VARCHAR", "text VARCHAR",
          "start INTEGER", "end INTEGER", "entry VARCHAR", "entries VARCHAR[]", "person VARCHAR",
          "confidence DOUBLE")

ARTICLES = ("id VARCHAR PRIMARY KEY", "title VARCHAR", "text VARCHAR", "published DATE",
            "url VARCHAR", "publisher VARCHAR", "author VARCHAR", "language VARCHAR",
            "origin VARCHAR",
            "num_mentions INTEGER", "ingested_at TIMESTAMP")

MENTIONS = (
    "id VARCHAR", "article_id VARCHAR", "sentence INTEGER", "sentence_text VARCHAR",
    *(f"source_{c}" for c in _ACTOR), *(f"target_{c}" for c in _ACTOR),
    "action_text VARCHAR", "action_start INTEGER", "action_end INTEGER",
    "cameo VARCHAR", "cameo_name VARCHAR", "plover VARCHAR", "plover_mode VARCHAR[]",
    "plover_context VARCHAR[]", "quad_class TINYINT", "goldstein DOUBLE",
    "date DATE", "date_precision VARCHAR", "date_text VARCHAR", "date_how VARCHAR",
    "place_name VARCHAR", "place_geonameid BIGINT", "place_lat DOUBLE", "place_lon DOUBLE",
    "place_country VARCHAR", "place_admin1 VARCHAR", "place_precision VARCHAR", "place_text VARCHAR",
    "place_start INTEGER", "place_end INTEGER",
    "negated BOOLEAN", "modality VARCHAR", "speaker VARCHAR", "reported_by VARCHAR[]",
    "rule VARCHAR", "confidence DOUBLE", "publisher VARCHAR", "url VARCHAR",
    "published DATE", "exact BOOLEAN", "group_key VARCHAR", "event_id VARCHAR",
    "also_sources VARCHAR", "also_targets VARCHAR",
)
# Columns holding a JSON list of actor mentions (the other parties of one act): NULL or "[]" when none.
JSON_COLUMNS = frozenset({"also_sources", "also_targets"})

EVENTS = (
    "id VARCHAR", "gdelt_id BIGINT", "group_key VARCHAR", "date DATE", "date_exact BOOLEAN",
    "source VARCHAR", "source_name VARCHAR", "source_country VARCHAR", "source_sectors VARCHAR[]",
    "source_group VARCHAR",
    "target VARCHAR", "target_name VARCHAR", "target_country VARCHAR", "target_sectors VARCHAR[]",
    "target_group VARCHAR",
    "cameo VARCHAR", "cameo_name VARCHAR", "base_code VARCHAR", "root_code VARCHAR",
    "quad_class TINYINT", "goldstein DOUBLE", "plover VARCHAR", "plover_mode VARCHAR[]",
    "plover_context VARCHAR[]", "plover_score DOUBLE",
    "place_name VARCHAR", "place_geonameid BIGINT", "place_lat DOUBLE", "place_lon DOUBLE",
    "place_country VARCHAR", "place_admin1 VARCHAR", "place_precision VARCHAR",
    "first_seen DATE", "num_mentions INTEGER", "num_sources INTEGER", "num_articles INTEGER",
    "is_root BOOLEAN", "first_article VARCHAR", "first_sentence INTEGER", "source_url VARCHAR",
    "publisher VARCHAR",
)

_PARTY = ("code VARCHAR", "name VARCHAR", "country VARCHAR", "sectors VARCHAR[]", "start INTEGER",
          "end INTEGER")
# The pairs past the first of a record naming several parties; `pair` numbers them from 1.
MENTION_PAIRS = ("mention_id VARCHAR", "pair INTEGER", *(f"source_{c}" for c in _PARTY),
                 *(f"target_{c}" for c in _PARTY), "group_key VARCHAR", "event_id VARCHAR")
_LINK = "event_id, {id} AS mention_id, {pair} AS pair, " + ", ".join(
    f"{side}_{c}" for side in ("source", "target") for c in ("code", "start", "end"))
EVENT_MENTIONS = ("CREATE OR REPLACE VIEW event_mentions AS "
                  f"SELECT {_LINK.format(id='id', pair='0')} FROM mentions WHERE event_id IS NOT NULL "
                  f"UNION ALL SELECT {_LINK.format(id='mention_id', pair='pair')} FROM mention_pairs "
                  "WHERE event_id IS NOT NULL")

_ARROW = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
          "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(), "DATE": pa.date32(), "TINYINT": pa.int8(),
          "VARCHAR[]": pa.list_(pa.string()), "TIMESTAMP": pa.timestamp("us")}


def names(columns: Sequence[str]) -> tuple[str, ...]:
    """Return the column names of a table definition."""
    return tuple(c.split()[0] for c in columns)


def arrow_schema(columns: Sequence[str]) -> pa.Schema:
    """Return the Arrow schema of a table definition."""
    return pa.schema([(c.split()[0], _ARROW[c.split()[1]]) for c in columns])


def _create(table: str, columns: Sequence[str], *, if_new: bool = False) -> str:
    quoted = ", ".join(f'"{c.split()[0]}" {" ".join(c.split()[1:])}' for c in columns)
    return f"CREATE TABLE {'IF NOT EXISTS ' if if_new else ''}{table} ({quoted})"


@dataclass(frozen=True, slots=True, kw_only=True)
class Migration:
    """The statements that take a store from version `to - 1` to version `to`."""

    to: int
    statements: tuple[str, ...]
    then: Callable[[duckdb.DuckDBPyConnection], None] | None = None  # work SQL alone cannot do


def _add_pairs(con: duckdb.DuckDBPyConnection) -> None:
    from eventwire.store.writer import add_pairs  # the writer imports this module

    add_pairs(con)


# `EventMention.id` in SQL: the parts joined by U+001F, NULL as "", SHA-1, 16 hex digits.
_ID_PARTS = ("article_id", "sentence", "action_start", "action_end", "cameo", "source_code",
             "source_start", "source_end", "target_code", "target_start", "target_end")
MENTION_ID_SQL = ("substr(sha1(concat_ws(chr(31), "
                  + ", ".join(f"coalesce(CAST({c} AS VARCHAR), '')" for c in _ID_PARTS)
                  + ")), 1, 16)")

MIGRATIONS: tuple[Migration, ...] = (
    Migration(to=1, statements=(
        "CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        _create("articles", ARTICLES),
        _create("mentions", MENTIONS),
        _create("events", EVENTS),
        _create("mention_pairs", MENTION_PAIRS),
        EVENT_MENTIONS,
    )),
    # Mention ids name the source and target codes and spans: the ids of version 1 could
    # collide for the two directions of a joint act.
    Migration(to=2, statements=(f"UPDATE mentions SET id = {MENTION_ID_SQL}",)),
    # A place's precision (city, division, country, approximate, water); NULL where it was not recorded.
    Migration(to=3, statements=tuple(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS place_precision VARCHAR"
                                     for table in ("mentions", "events"))),
    # The other named parties of one act (a JSON list of mentions each); NULL, read as none, before.
    Migration(to=4, statements=tuple(f"ALTER TABLE mentions ADD COLUMN IF NOT EXISTS {column} VARCHAR"
                                     for column in ("also_sources", "also_targets"))),
    # A record of several parties joins the event of each pair it stands for: stored records
    # gain their pairs past the first, and the events of those pairs are computed.
    Migration(to=5, statements=(_create("mention_pairs", MENTION_PAIRS, if_new=True), EVENT_MENTIONS),
              then=_add_pairs),
)

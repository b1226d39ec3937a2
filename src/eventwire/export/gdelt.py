"""GDELT 2.0 Events (61 columns) and Mentions (16 columns): tab-separated, no header.

Column order and meaning follow the GDELT 2.0 Event Database and Mentions codebooks. Codes are
written as text (CAMEO codes keep their leading zeros); geographic country codes are FIPS 10-4
(`eventwire/data/fips.tsv`), actor country codes are CAMEO/ISO alpha-3 as in GDELT.
eventwire computes no tone: AvgTone and MentionDocTone are empty. DATEADDED is the day the
event was first reported (`first_seen`, else its date) at 00:00:00, so two builds of the same
corpus export the same file. GLOBALEVENTID is the first 60 bits of the event id.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.export.common import Written, clean, register_lookups, select, write_dated_tsv, yyyymmdd
from eventwire.store import Filters, Store

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

EVENT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO), "DATEADDED", "SOURCEURL",
)

MENTION_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
    "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
    "MentionDocTranslationInfo", "Extras",
)

DATEADDED = "CAST(strftime(coalesce(e.first_seen, e.date), '%Y%m%d') || '000000' AS BIGINT)"


def _actor(n: int, side: str) -> list[tuple[str, str]]:
    p = f"e.{side}"
    values = (f"{p}", f"upper({clean(f'coalesce(n{n}.name, {p})')})", f"{p}_country", f"{p}_group", "NULL",
              "NULL", "NULL", f"{p}_sectors[1]", f"{p}_sectors[2]", f"{p}_sectors[3]")
    return [(f"Actor{n}{c}", v) for c, v in zip(_ACTOR, values, strict=True)]


def _no_geo(prefix: str) -> list[tuple[str, str]]:
    return [(f"{prefix}_{c}", "0" if c == "Type" else "NULL") for c in _GEO]


def _action_geo() -> list[tuple[str, str]]:
    # GDELT's geographic types: 1 a country, 2 a US state, 3 a US city, 4 a city elsewhere, 5 a
    # division elsewhere; a place of unrecorded precision or approximate point counts as a city.
    us = "e.place_country = 'USA'"
    kind = ("CASE WHEN e.place_geonameid IS NULL THEN 0 WHEN e.place_precision = 'country' THEN 1 "
            f"WHEN e.place_precision = 'division' THEN (CASE WHEN {us} THEN 2 ELSE 5 END) "
            f"WHEN {us} THEN 3 ELSE 4 END")
    full = clean("concat_ws(', ', e.place_name, c.name)")
    values = (kind, f"CASE WHEN e.place_geonameid IS NOT NULL THEN {full} END", "f.fips",
              "f.fips || regexp_replace(e.place_admin1, '^[^.]*[.]', '')", "NULL", "e.place_lat", "e.place_lon",
              "CAST(e.place_geonameid AS VARCHAR)")
    return [(f"ActionGeo_{c}", v) for c, v in zip(_GEO, values, strict=True)]


def event_select() -> str:
    """Return the SELECT list of the 61 GDELT event columns over events `e`."""
    columns = [
        ("GLOBALEVENTID", "e.gdelt_id"), ("SQLDATE", yyyymmdd("e.date")),
        ("MonthYear", "CAST(strftime(e.date, '%Y%m') AS INTEGER)"), ("Year", "year(e.date)"),
        ("FractionDate", "printf('%.4f', year(e.date) + dayofyear(e.date) / 365.0)"),
        *_actor(1, "source"), *_actor(2, "target"),
        ("IsRootEvent", "CAST(e.is_root AS INTEGER)"), ("EventCode", "e.cameo"),
        ("EventBaseCode", "e.base_code"), ("EventRootCode", "e.root_code"),
        ("QuadClass", "e.quad_class"), ("GoldsteinScale", "e.goldstein"),
        ("NumMentions", "e.num_mentions"), ("NumSources", "e.num_sources"),
        ("NumArticles", "e.num_articles"), ("AvgTone", "NULL"),
        *_no_geo("Actor1Geo"), *_no_geo("Actor2Geo"), *_action_geo(),
        ("DATEADDED", DATEADDED),
        ("SOURCEURL", clean("coalesce(e.source_url, e.publisher, e.first_article)")),
    ]
    return select(columns, EVENT_COLUMNS)


def write_events(store: Store, filters: Filters, out: Path) -> Written:
    """Write the events as GDELT 2.0 Events rows."""
    register_lookups(store)
    query = (f"SELECT {event_select()} FROM events e "
             "LEFT JOIN ew_fips f ON f.iso3 = e.place_country "
             "LEFT JOIN ew_countries c ON c.iso3 = e.place_country "
             "LEFT JOIN ew_actor_names n1 ON n1.code = e.source "
             "LEFT JOIN ew_actor_names n2 ON n2.code = e.target")
    return write_dated_tsv(store, filters, out, query, header=False)


def mention_select() -> str:
    """Return the SELECT list of the 16 GDELT mention columns over mentions `m` of events `e`,
    linked by `em` (`event_mentions`: the actor offsets are those of the pair the event is of)."""
    columns = [
        ("GLOBALEVENTID", "e.gdelt_id"), ("EventTimeDate", DATEADDED),
        ("MentionTimeDate",
         "CAST(strftime(coalesce(m.published, m.date, e.date), '%Y%m%d') || '000000' AS BIGINT)"),
        ("MentionType", "1"), ("MentionSourceName", clean("coalesce(m.publisher, '')")),
        ("MentionIdentifier", clean("coalesce(m.url, m.article_id)")),
        ("SentenceID", "m.sentence + 1"), ("Actor1CharOffset", "coalesce(em.source_start, -1)"),
        ("Actor2CharOffset", "coalesce(em.target_start, -1)"),
        ("ActionCharOffset", "m.action_start"), ("InRawText", "1"),
        ("Confidence", "CAST(round(m.confidence * 100) AS INTEGER)"),
        ("MentionDocLen", "length(a.text)"), ("MentionDocTone", "NULL"),
        ("MentionDocTranslationInfo", "NULL"), ("Extras", "NULL"),
    ]
    return select(columns, MENTION_COLUMNS)


def write_mentions(store: Store, filters: Filters, out: Path) -> Written:
    """Write the mentions of the events as GDELT 2.0 Mentions rows."""
    query = (f"SELECT {mention_select()} FROM event_mentions em JOIN mentions m ON m.id = em.mention_id "
             "JOIN events e ON em.event_id = e.id JOIN articles a ON a.id = m.article_id")
    return write_dated_tsv(store, filters, out, query, header=False, order="e.date, e.id, m.id")

"""ICEWS coded event data: 20 tab-separated columns with ICEWS's header.

One row per deduplicated event (ICEWS itself has one row per story, hence its duplicates). The
Story ID and Sentence Number are those of the first report; ids are integers as ICEWS tools
expect (Event ID = GLOBALEVENTID; Story ID = 60 bits of the md5 of the article id). Countries
are written by name, sectors by their names joined with commas.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.export.common import SECTOR_NAMES, Written, clean, register_lookups, select, sql_map, write_dated_tsv
from eventwire.store import Filters, Store

COLUMNS: tuple[str, ...] = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)


def _sectors(side: str) -> str:
    names = sql_map(SECTOR_NAMES)
    return (f"array_to_string(list_transform(e.{side}_sectors, "
            f"lambda s: coalesce({names}[s], s)), ',')")


def _select() -> str:
    columns = [
        ("Event ID", "e.gdelt_id"), ("Event Date", "strftime(e.date, '%Y-%m-%d')"),
        ("Source Name", clean("coalesce(sn.name, e.source)")),
        ("Source Sectors", _sectors("source")), ("Source Country", "sc.name"),
        ("Event Text", clean("e.cameo_name")), ("CAMEO Code", "e.cameo"),
        ("Intensity", "e.goldstein"), ("Target Name", clean("coalesce(tn.name, e.target)")),
        ("Target Sectors", _sectors("target")), ("Target Country", "tc.name"),
        ("Story ID", "('0x' || left(md5(e.first_article), 15))::BIGINT"),
        ("Sentence Number", "e.first_sentence + 1"), ("Publisher", clean("e.publisher")),
        ("City", clean("e.place_name")), ("District", "NULL"), ("Province", "NULL"),
        ("Country", "pc.name"), ("Latitude", "e.place_lat"), ("Longitude", "e.place_lon"),
    ]
    return select(columns, COLUMNS)


def write(store: Store, filters: Filters, out: Path) -> Written:
    """Write the events as ICEWS rows with a header."""
    register_lookups(store)
    query = (f"SELECT {_select()} FROM events e "
             "LEFT JOIN ew_countries sc ON sc.iso3 = e.source_country "
             "LEFT JOIN ew_countries tc ON tc.iso3 = e.target_country "
             "LEFT JOIN ew_countries pc ON pc.iso3 = e.place_country "
             "LEFT JOIN ew_actor_names sn ON sn.code = e.source "
             "LEFT JOIN ew_actor_names tn ON tn.code = e.target")
    return write_dated_tsv(store, filters, out, query, header=True)

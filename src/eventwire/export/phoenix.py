"""Phoenix event data: the 26 tab-separated columns of the Cline Center's Phoenix files.

PentaClass is Phoenix's quad class (`eventwire.ontology.PHOENIX_QUAD`: 0 for statements and
appeals, 16 in verbal conflict), not GDELT's. Actor entity is the country (or group), role
the first sector, attribute the others. CountryCode is ISO alpha-3.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.export.common import Written, clean, select, write_dated_tsv, yyyymmdd
from eventwire.ontology import PHOENIX_QUAD
from eventwire.store import Filters, Store

COLUMNS: tuple[str, ...] = (
    "EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity",
    "SourceActorRole", "SourceActorAttribute", "TargetActorFull", "TargetActorEntity",
    "TargetActorRole", "TargetActorAttribute", "EventCode", "EventRootCode", "PentaClass",
    "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName", "StateName", "CountryCode",
    "SentenceID", "URLs", "NewsSources",
)


def _actor(side: str, label: str) -> list[tuple[str, str]]:
    p = f"e.{side}"
    return [(f"{label}ActorFull", p), (f"{label}ActorEntity", f"coalesce({p}_country, {p}_group)"),
            (f"{label}ActorRole", f"{p}_sectors[1]"),
            (f"{label}ActorAttribute", f"nullif(array_to_string({p}_sectors[2:], ';'), '')")]


def _select() -> str:
    penta = "MAP {" + ", ".join(f"'{k}': {v}" for k, v in PHOENIX_QUAD.items()) + "}"
    columns = [
        ("EventID", "e.gdelt_id"), ("Date", yyyymmdd("e.date")), ("Year", "year(e.date)"),
        ("Month", "month(e.date)"), ("Day", "day(e.date)"),
        *_actor("source", "Source"), *_actor("target", "Target"),
        ("EventCode", "e.cameo"), ("EventRootCode", "e.root_code"),
        ("PentaClass", f"{penta}[e.root_code]"), ("GoldsteinScore", "e.goldstein"),
        ("Issues", "NULL"), ("Lat", "e.place_lat"), ("Lon", "e.place_lon"),
        ("LocationName", clean("e.place_name")), ("StateName", "e.place_admin1"),
        ("CountryCode", "e.place_country"),
        ("SentenceID", "e.first_article || '_' || (e.first_sentence + 1)"),
        ("URLs", clean("e.source_url")), ("NewsSources", clean("e.publisher")),
    ]
    return select(columns, COLUMNS)


def write(store: Store, filters: Filters, out: Path) -> Written:
    """Write the events as Phoenix rows with a header."""
    return write_dated_tsv(store, filters, out, f"SELECT {_select()} FROM events e", header=True)

"""Exports in the formats users already load: one module per format.

    gdelt-events, gdelt-mentions   eventwire.export.gdelt
    icews                          eventwire.export.icews
    phoenix                        eventwire.export.phoenix
    plover                         eventwire.export.plover
    parquet, csv, jsonl            eventwire.export.tables (events, mentions or articles)
    gexf, graphml, csv (networks)  eventwire.export.network
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from eventwire.errors import InputError
from eventwire.export import gdelt, icews, phoenix, plover, tables
from eventwire.export.common import Written
from eventwire.store import Filters, Store

Writer = Callable[[Store, Filters, Path], Written]

WRITERS: dict[str, Writer] = {
    "gdelt-events": gdelt.write_events,
    "gdelt-mentions": gdelt.write_mentions,
    "icews": icews.write,
    "phoenix": phoenix.write,
    "plover": plover.write,
}
FORMATS = (*WRITERS, *tables.OPTIONS)

__all__ = ["FORMATS", "WRITERS", "Written", "export"]


def export(store: Store, fmt: str, output: Path | None, filters: Filters | None = None,
           *, table: str = "events") -> Written:
    """Write the store's events in a format to `output` (standard output if None)."""
    filters = filters or Filters()
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    if output is None and fmt == "parquet":
        raise InputError("parquet is binary: give --output FILE")
    if output is not None:
        return _write(store, fmt, output, filters, table)
    with tempfile.TemporaryDirectory(prefix="eventwire-") as tmp:
        path = Path(tmp) / f"export.{fmt}"
        written = _write(store, fmt, path, filters, table)
        with path.open("rb") as fh:
            shutil.copyfileobj(fh, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    return written


def _write(store: Store, fmt: str, out: Path, filters: Filters, table: str) -> Written:
    if fmt in tables.OPTIONS:
        return tables.write(store, filters, out, fmt, table)
    if table != "events":
        raise InputError(f"--table applies to parquet, csv and jsonl, not to {fmt}")
    return WRITERS[fmt](store, filters, out)

"""warcio's reader held within limits: bounded header lines, blank runs and inflated bytes.

warcio reads header lines with no length limit, skips blank lines between records one by one,
and inflates gzip members as they come; a small hostile archive could make it hold gigabytes
or loop for hours. `bounded_records` gives warcio a reader that raises `InputError` instead.
"""

from __future__ import annotations

from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader

from eventwire.errors import InputError
from eventwire.ingest.streams import MAX_INFLATED_BYTES

MAX_LINE_BYTES = 1 << 20
MAX_BLANK_LINES = 10_000


class _BoundedReader(DecompressingBufferedReader):  # type: ignore[misc]
    """A warcio reader that counts what it inflates since `reset()` and bounds its lines."""

    def __init__(self, stream: IO[bytes], *, limit: int, block_size: int) -> None:
        super().__init__(stream, block_size=block_size)
        self.limit = limit
        self.inflated = 0
        self.blanks = 0

    def reset(self) -> None:
        self.inflated = 0
        self.blanks = 0

    def _process_read(self, data: bytes) -> None:
        super()._process_read(data)
        if self.decompressor is not None and self.buff is not None:
            self.inflated += self.buff_size
            if self.inflated > self.limit:
                raise InputError(f"a record inflates to more than {self.limit:,} bytes")

    def readline(self, length: int | None = None) -> bytes:
        line: bytes = super().readline(MAX_LINE_BYTES + 1 if length is None else length)
        if length is None and len(line) > MAX_LINE_BYTES:
            raise InputError(f"a header line longer than {MAX_LINE_BYTES:,} bytes")
        self.blanks = self.blanks + 1 if line and not line.strip() else 0
        if self.blanks > MAX_BLANK_LINES:
            raise InputError(f"more than {MAX_BLANK_LINES:,} blank lines in a row")
        return line


def bounded_records(stream: IO[bytes], limit: int = MAX_INFLATED_BYTES) -> Any:
    """Return a warcio `ArchiveIterator` over the stream whose reader keeps to the limits."""
    records = ArchiveIterator(stream)
    # The iterator has read nothing yet: its reader can still be swapped for a bounded one.
    records.reader = _BoundedReader(records.fh, limit=limit, block_size=records.reader.block_size)
    return records

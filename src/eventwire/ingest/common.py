"""Records and helpers shared by the readers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwire.errors import InputError

MAX_ARTICLE_BYTES = 5_000_000


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Raw bytes of one input and where they came from."""

    origin: str
    data: bytes
    published: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Skipped:
    """An input (or one record of it) that could not be read, and why."""

    origin: str
    problem: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.origin}:{self.line}" if self.line is not None else self.origin
        return f"{where}: {self.problem}"


def decode_text(data: bytes, origin: str) -> str:
    """Decode UTF-8 text, refusing binary data, raising `InputError` with a clear reason."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"{origin}: too large ({len(data):,} bytes; the limit is {MAX_ARTICLE_BYTES:,})")
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin}: binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin}: not valid UTF-8 (byte {exc.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")

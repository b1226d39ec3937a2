"""Gzip-compressed inputs: recognised by their magic bytes, inflated with a size limit."""

from __future__ import annotations

import io
import zlib

from eventwire.ingest.streams import GZIP_MAGIC, MAX_INFLATED_BYTES, inflating, read_capped

__all__ = ["GZIP_MAGIC", "MAX_INFLATED_BYTES", "gunzip", "gzip_head", "is_gzip"]


def is_gzip(data: bytes) -> bool:
    """Return whether the data starts like a gzip stream."""
    return data[:2] == GZIP_MAGIC


def gzip_head(data: bytes, size: int = 4096) -> bytes:
    """Return up to `size` inflated bytes from the start of gzip data (empty if unreadable)."""
    try:
        return zlib.decompressobj(wbits=31).decompress(data[: 1 << 16], size)
    except zlib.error:
        return b""


def gunzip(data: bytes, origin: str, limit: int = MAX_INFLATED_BYTES) -> bytes:
    """Inflate every gzip member; raise `InputError` if truncated, corrupt or too big."""
    return read_capped(inflating(io.BytesIO(data), origin, limit), limit, origin)

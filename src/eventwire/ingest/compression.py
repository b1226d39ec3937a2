"""Gzip-compressed inputs: recognised by their magic bytes, inflated with a size limit."""

from __future__ import annotations

import zlib

from eventwire.errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
MAX_INFLATED_BYTES = 1 << 30
_CHUNK = 1 << 20


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
    out = bytearray()
    rest = data
    while rest:
        inflater = zlib.decompressobj(wbits=31)
        try:
            _inflate_member(inflater, rest, out, limit)
        except zlib.error as exc:
            raise InputError(f"{origin}: corrupt gzip data ({exc})") from None
        if len(out) > limit:
            raise InputError(f"{origin}: inflates to more than {limit:,} bytes; not read")
        if not inflater.eof:
            raise InputError(f"{origin}: truncated gzip data (the file ends inside the stream)")
        rest = inflater.unused_data.lstrip(b"\x00")
        if rest and not is_gzip(rest):
            raise InputError(f"{origin}: trailing garbage after the gzip data")
    return bytes(out)


def _inflate_member(inflater: zlib._Decompress, data: bytes, out: bytearray, limit: int) -> None:
    chunk = inflater.decompress(data, _CHUNK)
    while chunk:
        out += chunk
        if len(out) > limit:
            return
        chunk = inflater.decompress(inflater.unconsumed_tail, _CHUNK)

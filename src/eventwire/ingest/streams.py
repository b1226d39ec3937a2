"""Input streams: regular files opened safely, gzip inflated as it is read, sizes capped on the way.

Readers never hold more of an input than their caps allow: whole-document formats (text,
HTML, feeds) read at most their limit plus one byte, line formats (JSON Lines, CSV) read one
bounded line at a time, and inflated bytes are counted as they come, so a small gzip bomb is
refused after `MAX_INFLATED_BYTES` without being held.
"""

from __future__ import annotations

import codecs
import errno
import io
import itertools
import os
import re
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from eventwire.errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
MAX_INFLATED_BYTES = 1 << 30
CHUNK = 1 << 16

_CONTENT = re.compile(rb"\S[^\n]*")  # a line's text from its first non-blank byte
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def os_problem(exc: OSError) -> str:
    """Return what an operating-system error says about a path, in words."""
    if exc.errno == errno.ELOOP:
        return "symlink loop (the link leads back to itself); not read"
    return exc.strerror or str(exc)


def open_file(path: Path) -> IO[bytes]:
    """Open a regular file for reading; raise `InputError` for devices, pipes, loops and the like.

    The file is opened without blocking first, so a named pipe with no writer cannot hang the run.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise InputError(f"{path}: {os_problem(exc)}") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
            raise InputError(f"{path}: {kind}, not a regular file; not read")
        os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


class _Utf8From(io.RawIOBase):
    """A stream of UTF-8 bytes decoded as it is read from a stream in another encoding.

    Line readers work on UTF-8; a UTF-16 file (with its byte-order mark) is read through this.
    Text that the encoding cannot decode, a truncated end included, raises `InputError`.
    """

    def __init__(self, stream: IO[bytes], encoding: str, origin: str) -> None:
        super().__init__()
        self._stream, self._origin, self._encoding = stream, origin, encoding
        self._decoder = codecs.getincrementaldecoder(encoding)()
        self._pending, self._done = b"", False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._pending and not self._done:
            raw = self._stream.read(CHUNK)
            self._done = not raw
            try:
                self._pending = self._decoder.decode(raw, final=self._done).encode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(f"{self._origin}: not valid {self._encoding.upper()} "
                                 f"({exc.reason})") from None
        size = min(len(buffer), len(self._pending))
        buffer[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size


def utf8_from(stream: IO[bytes], encoding: str, origin: str) -> IO[bytes]:
    """Return a buffered stream of the UTF-8 text of `stream`, decoded from `encoding`."""
    return io.BufferedReader(_Utf8From(stream, encoding, origin), CHUNK)


def read_capped(stream: IO[bytes], limit: int, origin: str) -> bytes:
    """Read a whole stream of at most `limit` bytes; raise `InputError` without reading more."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{origin}: too large (more than {limit:,} bytes; the limit is {limit:,})")
    return data


def peek(stream: IO[bytes], size: int = 2) -> bytes:
    """Return the first bytes of a buffered stream without consuming them."""
    if isinstance(stream, io.BufferedReader):
        return stream.peek(size)[:size]
    position = stream.tell()
    head = stream.read(size)
    stream.seek(position)
    return head


def bounded_lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield (line number, line) for each line, or (line number, None) for one over `limit` bytes.

    An overlong line is read through in chunks and dropped, so no more than `limit` bytes of
    one line are ever held.
    """
    for number in itertools.count(1):
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield number, line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(CHUNK)
        yield number, None


def content_lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield (line number, text) for each line that is not blank, None for one over `limit`.

    The text starts at the line's first non-blank byte. Blank lines are passed over in C,
    chunk by chunk, so a gigabyte of newlines takes a second, not an hour.
    """
    number, carried, line, overlong = 1, False, b"", False
    while chunk := stream.read(CHUNK):
        pos = 0
        if carried:  # the line the previous chunk ended inside
            end = chunk.find(b"\n")
            overlong = overlong or len(line) + (end + 1 if end >= 0 else len(chunk)) > limit
            line = b"" if overlong else line + chunk[: end + 1 if end >= 0 else len(chunk)]
            if end < 0:
                continue
            yield number, None if overlong else line
            number, pos, carried, line, overlong = number + 1, end + 1, False, b"", False
        for match in _CONTENT.finditer(chunk, pos):
            number += chunk.count(b"\n", pos, match.start())
            pos = match.end() + 1
            if match.end() == len(chunk):
                carried, line = True, match.group()
                overlong = len(line) > limit
                break
            text = chunk[match.start():pos]
            yield number, text if len(text) <= limit else None
            number += 1
        if not carried:
            number += chunk.count(b"\n", pos)
    if carried:
        yield number, None if overlong else line


class GunzipStream(io.RawIOBase):
    """Inflate gzip data (every member) as it is read, refusing more than `limit` bytes."""

    def __init__(self, raw: IO[bytes], origin: str, limit: int = MAX_INFLATED_BYTES) -> None:
        super().__init__()
        self._raw, self._origin, self._limit = raw, origin, limit
        self._inflater = zlib.decompressobj(wbits=31)
        self._input = b""
        self._total = 0
        self._ended = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        data = self._inflate(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def _inflate(self, size: int) -> bytes:
        while not self._ended:
            if self._inflater.eof:
                self._next_member()
                continue
            data = self._inflater.unconsumed_tail or self._input or self._raw.read(CHUNK)
            self._input = b""
            if not data:
                raise InputError(f"{self._origin}: truncated gzip data (the file ends inside "
                                 "the stream)")
            try:
                chunk = self._inflater.decompress(data, size)
            except zlib.error as exc:
                raise InputError(f"{self._origin}: corrupt gzip data ({exc})") from None
            if chunk:
                self._total += len(chunk)
                if self._total > self._limit:
                    raise InputError(f"{self._origin}: inflates to more than "
                                     f"{self._limit:,} bytes; not read past that")
                return chunk
        return b""

    def _next_member(self) -> None:
        rest = self._inflater.unused_data.lstrip(b"\x00")  # zeros may pad gzip members
        while len(rest) < len(GZIP_MAGIC):
            more = self._raw.read(CHUNK)
            if not more:
                break
            rest = (rest + more).lstrip(b"\x00")
        if not rest:
            self._ended = True
            return
        if not rest.startswith(GZIP_MAGIC):
            raise InputError(f"{self._origin}: trailing garbage after the gzip data")
        self._inflater = zlib.decompressobj(wbits=31)
        self._input = rest


def inflating(stream: IO[bytes], origin: str, limit: int = MAX_INFLATED_BYTES) -> IO[bytes]:
    """Return a buffered stream of the inflated data of a gzip stream."""
    return io.BufferedReader(GunzipStream(stream, origin, limit), CHUNK)

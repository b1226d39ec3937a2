"""Read the project's TSV data files: `#` comment lines, one header line, then rows."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from eventwire.errors import DictionaryError
from eventwire.text_encoding import utf16_codec


def rows(text: str, path: str, columns: Sequence[str], *, pad: bool = False,
         optional: Sequence[str] = ()) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) for each data line; fail with `path:line: problem`.

    With `pad`, a line with fewer cells than columns (trailing empty cells trimmed by an editor)
    is padded with empty cells. `optional` columns may follow the required ones in the header
    (imported files add `origin`), in their order, any leading part of them; rows then carry them too.
    """
    header_seen = False
    wanted = tuple(columns)
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not header_seen:
            if tuple(cells) not in {wanted + tuple(optional[:n]) for n in range(len(optional) + 1)}:
                raise DictionaryError(path, lineno, f"header must be: {' '.join(columns)} (tab-separated)")
            columns, header_seen = tuple(cells), True
            continue
        if pad and len(cells) < len(columns):
            cells += [""] * (len(columns) - len(cells))
        if len(cells) != len(columns):
            raise DictionaryError(path, lineno, f"expected {len(columns)} tab-separated cells, got {len(cells)}")
        yield lineno, dict(zip(columns, cells, strict=True))
    if not header_seen:
        raise DictionaryError(path, 1, "no header line")


def read_user_file(path: Path) -> str:
    """Return the text of a data file a user gives (`--dictionary`, `--patterns`): UTF-8, with a
    byte-order mark or not, or UTF-16; fail with `path:line: problem` naming what is wrong."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DictionaryError(str(path), 0, f"cannot read: {exc.strerror or exc}") from None
    codec = utf16_codec(data[:8192])
    if codec is None and b"\x00" in data[:8192]:
        raise DictionaryError(str(path), 1, "binary data, not a tab-separated text file")
    try:
        return data.decode(codec or "utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise DictionaryError(str(path), line, f"not valid {exc.encoding.upper()} (byte {exc.start}); "
                              "save the file as UTF-8") from None

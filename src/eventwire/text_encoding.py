"""Tell the encoding of a text file a user gives: UTF-8, or UTF-16 with or without its mark."""

from __future__ import annotations

import codecs
import unicodedata

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def utf16_codec(head: bytes) -> str | None:
    """Return the codec of a UTF-16 text that begins with `head`, or None if it is not one.

    A byte-order mark names it. Without one (as some editors and exporters write it), text
    mostly in the Latin script gives itself away: every character below U+0100 has a NUL high
    byte, so NULs fill the odd offsets (little-endian) or the even ones (big-endian) and hardly
    any the others. Binary data has NULs too, but scattered, or it decodes to control characters.
    """
    if head.startswith(_UTF16_BOMS):
        return "utf-16"
    sample = head[:len(head) // 2 * 2]
    pairs = len(sample) // 2
    if not pairs or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for codec, wide, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if 2 * wide >= pairs and 20 * other <= wide and _reads_as_text(sample, codec):
            return codec
    return None


def _reads_as_text(sample: bytes, codec: str) -> bool:
    """Tell whether bytes decode to characters of which at most one in a hundred is a control
    character other than a line or tab, or is no character (a cut surrogate pair at the end is)."""
    text = sample.decode(codec, errors="replace")
    odd = sum(1 for c in text if c == "\ufffd" or (c not in "\t\n\r\f"
                                                   and unicodedata.category(c) == "Cc"))
    return 100 * odd <= len(text)


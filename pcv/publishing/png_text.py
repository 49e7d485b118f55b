"""Read a PNG's size and text chunks, and add a UTF-8 text chunk (iTXt), with the standard library."""

from __future__ import annotations

import struct
import zlib
from typing import Iterator

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chunks(png: bytes) -> Iterator[tuple[bytes, bytes]]:
    """Each chunk of `png` as (type, data)."""
    if not png.startswith(SIGNATURE):
        raise ValueError("not a PNG file")
    at = len(SIGNATURE)
    while at < len(png):
        (length,) = struct.unpack(">I", png[at:at + 4])
        yield png[at + 4:at + 8], png[at + 8:at + 8 + length]
        at += 12 + length


def size(png: bytes) -> tuple[int, int]:
    """(width, height) in pixels."""
    kind, data = next(chunks(png))
    if kind != b"IHDR":
        raise ValueError("PNG file without a header chunk")
    return struct.unpack(">II", data[:8])


def texts(png: bytes) -> dict[str, str]:
    """The uncompressed iTXt chunks of `png`, keyword -> text."""
    found = {}
    for kind, data in chunks(png):
        if kind == b"iTXt":
            keyword, rest = data.split(b"\0", 1)
            compressed = rest[0]
            _language, _translated, text = rest[2:].split(b"\0", 2)
            if not compressed:
                found[keyword.decode("latin-1")] = text.decode("utf-8")
    return found


def with_text(png: bytes, keyword: str, text: str) -> bytes:
    """`png` with an iTXt chunk `keyword` = `text` just before its end."""
    # keyword, NUL, not compressed, method 0, no language tag, no translated keyword, text
    data = keyword.encode("latin-1") + b"\0" + b"\0\0" + b"\0" + b"\0" + text.encode("utf-8")
    chunk = struct.pack(">I", len(data)) + b"iTXt" + data + struct.pack(">I", zlib.crc32(b"iTXt" + data))
    end = png.rindex(b"IEND") - 4
    return png[:end] + chunk + png[end:]

"""Photos as cameras, phones and damaged transfers save them, drawn with Pillow for the tests of the photo gate
(pcv/checks/docs_files.py) and of publishing (pcv/publishing/photos.py)."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image

# An EXIF block (big-endian) with an orientation (6: turn a quarter) and tag 0x0150 stored as text where Pillow expects
# a number: every viewer shows the photo; Pillow fails to write the EXIF back once turned (red team 15 F5).
BAD_EXIF = bytes.fromhex("4578696600004d4d002a0000000800020150000200000006000000260112000300000001000600000000008868656c6c6f00")


def _saved(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def truncated_jpeg(path: Path, size: tuple[int, int] = (1600, 1200)) -> None:
    """A sound JPEG's first half: its header whole, its pixels cut short (an interrupted upload or copy)."""
    buffer = io.BytesIO()
    Image.effect_noise(size, 40).convert("RGB").save(buffer, "JPEG", quality=90)
    _saved(path, buffer.getvalue()[:len(buffer.getvalue()) // 2])


def with_bad_exif_tag(path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (138, 21, 56)).save(buffer, "JPEG", exif=BAD_EXIF)
    _saved(path, buffer.getvalue())


def broken_chunk_png(path: Path) -> None:
    """A PNG whose pixels are split in two IDAT chunks, the second's name damaged (one byte: a disk or transfer
    error): its header reads, its pixels do not."""
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), (20, 120, 60)).save(buffer, "PNG")
    data = buffer.getvalue()
    start = data.index(b"IDAT") - 4
    length, = struct.unpack(">I", data[start:start + 4])
    pixels = data[start + 8:start + 8 + length]

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    _saved(path, data[:start] + chunk(b"IDAT", pixels[:length // 2]) + chunk(b"1:bt", pixels[length // 2:])
           + data[start + 12 + length:])


def mpo_jpeg(path: Path, size: tuple[int, int] = (1200, 800)) -> None:
    """A JPEG with a second, smaller picture after it (MPF), as cameras save a preview and phones an HDR gain map."""
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, (138, 21, 56)).save(path, "MPO", save_all=True,
                                               append_images=[Image.new("RGB", (size[0] // 4, size[1] // 4), "white")])

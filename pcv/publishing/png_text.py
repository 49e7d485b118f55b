"""A PNG's size and text (the share images carry the text they show: tests/test_seo.py compares it with the
data), read and written with Pillow's PNG plugin (`PngInfo`)."""

from __future__ import annotations

from io import BytesIO

from PIL import Image
from PIL.PngImagePlugin import PngInfo


def size(png: bytes) -> tuple[int, int]:
    """(width, height) in pixels."""
    with Image.open(BytesIO(png)) as image:
        return image.size


def texts(png: bytes) -> dict[str, str]:
    """The text chunks of `png`, keyword -> text."""
    with Image.open(BytesIO(png)) as image:
        image.load()
        return dict(image.text)


def png_with_text(image: Image.Image, keyword: str, text: str) -> bytes:
    """`image` as a PNG with a UTF-8 text chunk (iTXt) `keyword` = `text`, encoded once."""
    info = PngInfo()
    info.add_itxt(keyword, text)
    out = BytesIO()
    image.save(out, "PNG", pnginfo=info)
    return out.getvalue()

"""A photo's pixels as every published file shows them (pcv/publishing/photos.py): turned upright by its EXIF
orientation, 16-bit greys scaled to 8 bits, colours in sRGB, nothing kept under fully transparent pixels."""

from __future__ import annotations

import io

from PIL import Image, ImageCms, ImageOps


def upright_size(opened: Image.Image) -> tuple[int, int]:
    """`opened`'s width and height once turned upright (an EXIF orientation of 5 to 8 turns it a quarter, as
    `ImageOps.exif_transpose` does), read from its header."""
    width, height = opened.size
    return (height, width) if opened.getexif().get(0x0112) in (5, 6, 7, 8) else (width, height)


def upright_in_srgb(opened: Image.Image) -> Image.Image:
    """The pixels of `opened` turned upright (EXIF orientation) and into sRGB, as every published file shows them:
    the original republished and its WebP sizes alike; nothing kept under its fully transparent pixels."""
    profile = opened.info.get("icc_profile")
    upright = in_eight_bits(ImageOps.exif_transpose(opened).copy())
    return without_hidden_colours(in_srgb(upright, profile) if profile else upright)


def in_eight_bits(photo: Image.Image) -> Image.Image:
    """A 16-bit grey photo (what scanners and some editors save: Pillow's modes « I;16 », « I ») as 8-bit grey, each
    value scaled: Pillow's own conversion clips every value above 255 to white. Its transparent grey (PNG's tRNS),
    if any, becomes an alpha channel."""
    if not photo.mode.startswith("I"):
        return photo
    values = photo.convert("I")
    grey = values.point(lambda value: value * (1 / 257)).convert("L")
    key = photo.info.get("transparency")
    if not isinstance(key, int):
        return grey
    # One lookup in a table of every 16-bit value, in Pillow's C: linear in the pixels (a Python list over a
    # 40-megapixel scan took minutes and gigabytes).
    grey.putalpha(values.point([0 if value == key else 255 for value in range(65536)], "L"))
    return grey


def without_hidden_colours(photo: Image.Image) -> Image.Image:
    """`photo` with the colours under its fully transparent pixels set to transparent black: an area « erased »
    to transparency keeps its colours in many editors' files, and dropping the transparency would show it."""
    if photo.mode not in ("RGBA", "LA", "PA") and "transparency" not in photo.info:
        return photo
    rgba = photo.convert("RGBA")
    rgba.info.pop("transparency", None)
    hidden = rgba.getchannel("A").point(lambda alpha: 255 if alpha == 0 else 0)
    rgba.paste((0, 0, 0, 0), mask=hidden)
    return rgba


def in_srgb(photo: Image.Image, profile: bytes) -> Image.Image:
    """`photo`'s pixels converted from its colour `profile` to sRGB; as they are if the profile cannot be read."""
    try:
        mode = "RGBA" if photo.mode in ("RGBA", "LA", "PA") else "RGB"
        return ImageCms.profileToProfile(photo, ImageCms.ImageCmsProfile(io.BytesIO(profile)),
                                         ImageCms.createProfile("sRGB"), outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return photo

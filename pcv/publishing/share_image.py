"""Draw a language's share image from the programme's data at build time: a 1200×630 PNG.

The image shows the label, the headline and the period (`pcv.publishing.share`)
in white on the site's colour, with the site's mark, and keeps the same text in
a PNG text chunk ("Description"). Made by the build, it cannot drift from the
data: no stored image, no command to run after a change. The letters are DejaVu
Sans (Debian's fonts-dejavu-core), found where the system keeps its fonts.
"""

from __future__ import annotations

import functools
import io

from PIL import Image, ImageDraw, ImageFont

from pcv.publishing.png_text import with_text
from pcv.publishing.share import HEIGHT, WIDTH, ShareCard

TEXT_KEY = "Description"
BACKGROUND, INK = "#8a1538", "#ffffff"
MARGIN_X, MARGIN_Y = 88, 72
FONTS = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}


class MissingFont(Exception):
    """The system has no DejaVu Sans; the message says what to install."""


@functools.cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(FONTS[bold], size)
    except OSError:
        raise MissingFont(f"la police {FONTS[bold]}, qui dessine les images de partage, est introuvable. "
                          "Installez-la : apt-get install fonts-dejavu-core.") from None


def _lines(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """`text` cut into lines at most `width` pixels wide, at spaces."""
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=font) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _fitted(draw: ImageDraw.ImageDraw, text: str, sizes: range, most: int, width: int,
            bold: bool = False) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest of `sizes` at which `text` fits in `most` lines; at the smallest, its first `most` lines,
    the last ending in « … » (a programme's long name or headline never runs off the image)."""
    for size in sizes:
        font = _font(size, bold)
        lines = _lines(draw, text, font, width)
        if len(lines) <= most:
            return font, lines
    last = lines[most - 1]
    while draw.textlength(f"{last}…", font=font) > width and " " in last:
        last = last.rsplit(" ", 1)[0]
    return font, [*lines[:most - 1], f"{last.rstrip(',;:')}…"]


def _mark(draw: ImageDraw.ImageDraw, x: int, y: int, size: int) -> None:
    """The site's mark (overrides/assets/images/logo.svg): a circle over a cross, in white."""
    unit = size / 24
    stroke = max(2, round(2 * unit))
    draw.ellipse((x + 7 * unit, y + 3 * unit, x + 17 * unit, y + 13 * unit), outline=INK, width=stroke)
    draw.line((x + 12 * unit, y + 13 * unit, x + 12 * unit, y + 22 * unit), fill=INK, width=stroke)
    draw.line((x + 8 * unit, y + 18 * unit, x + 16 * unit, y + 18 * unit), fill=INK, width=stroke)


@functools.lru_cache(maxsize=4)
def share_image(card: ShareCard) -> bytes:
    """The PNG of `card`, its text (`card.alt`) in a text chunk."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    width = WIDTH - 2 * MARGIN_X
    _mark(draw, MARGIN_X, MARGIN_Y - 8, 56)
    label_font, label = _fitted(draw, card.label, range(30, 19, -2), 1, width - 76)
    draw.text((MARGIN_X + 76, MARGIN_Y + 20), label[0], font=label_font, fill=INK, anchor="lm")
    font, lines = _fitted(draw, card.headline, range(70, 30, -4), 4, width - 24, bold=True)
    line_height = round(font.size * 1.12)
    top = (HEIGHT - line_height * len(lines)) // 2 + 10
    for number, line in enumerate(lines):
        draw.text((MARGIN_X, top + number * line_height), line, font=font, fill=INK)
    rule = HEIGHT - MARGIN_Y - 64
    draw.rectangle((MARGIN_X, rule, WIDTH - MARGIN_X, rule + 3), fill=INK)
    draw.text((MARGIN_X, rule + 24), card.period, font=_font(34, bold=True), fill=INK)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return with_text(out.getvalue(), TEXT_KEY, card.alt)

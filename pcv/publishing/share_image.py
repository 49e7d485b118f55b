"""Draw a language's share image from the programme's data at build time: a 1200×630 PNG.

The image shows the label, the headline and the period (`pcv.publishing.share`)
in white on the brand's colour, with its mark (data/programme.yaml, pcv/theme/brand.py), and keeps the same text in
a PNG text chunk ("Description"). Each text is drawn whole, at the largest
size it fits (`layout`), or the build stops with a French message: a headline
too long, a word too wide, a sign DejaVu cannot draw (an emoji) are never cut
or shown as an empty box. Made by the build, it cannot drift from the
data: no stored image, no command to run after a change. The letters are DejaVu
Sans (Debian's fonts-dejavu-core), found where the system keeps its fonts.
"""

from __future__ import annotations

import functools
import re

from PIL import Image, ImageDraw, ImageFont

from pcv.publishing.png_text import png_with_text
from pcv.publishing.share import HEIGHT, WIDTH, ShareCard
from pcv.theme.brand import mark_strokes

TEXT_KEY = "Description"
INK = "#ffffff"  # on the brand's colour
MARGIN_X, MARGIN_Y = 88, 72
FONTS = {False: "DejaVuSans.ttf", True: "DejaVuSans-Bold.ttf"}
LINE_SPACING = 1.12
LABEL_INDENT, LABEL_SIZES, LABEL_HEIGHT = 76, range(30, 19, -2), 64  # beside the mark: two lines at most
HEADLINE_SIZES, HEADLINE_HEIGHT = range(70, 29, -4), 320  # between the label and the period's rule
NO_GLYPH = "\U0010fffd"  # a private-use sign no font has: DejaVu draws its empty box


class MissingFont(Exception):
    """The system has no DejaVu Sans; the message says what to install."""


@functools.cache
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(FONTS[bold], size)
    except OSError:
        raise MissingFont(f"la police {FONTS[bold]}, qui dessine les images de partage, est introuvable. "
                          "Installez-la : apt-get install fonts-dejavu-core.") from None


class UnfitText(Exception):
    """A text of the card (`field`: "label", "headline", "period") cannot be drawn whole; the message says why."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


# Signs a line never ends with (an opening quote) or starts with (a closing one, French high punctuation): each
# is bound to its word by a no-break space, as French typography binds them on the pages.
_OPENING, _CLOSING = ("«", "“", "‹"), ("»", "”", "›", ":", ";", "!", "?")


def _words(text: str) -> list[str]:
    """`text`'s words, cut at its breaking spaces (not at a no-break one), each quote or high sign bound to its word."""
    words: list[str] = []
    for word in re.split(r"[ \t\r\n]+", text.strip()):
        if words and (word in _CLOSING or words[-1] in _OPENING):
            words[-1] = f"{words[-1]}\u00a0{word}"
        elif word:
            words.append(word)
    return words


def _lines(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str] | None:
    """`text` cut into lines at most `width` pixels wide, at spaces; None if one word alone is wider."""
    lines: list[str] = []
    for word in _words(text):
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and draw.textlength(candidate, font=font) <= width:
            lines[-1] = candidate
        elif draw.textlength(word, font=font) > width:
            return None
        else:
            lines.append(word)
    return lines


_STACKED = re.compile(r".[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{3,}", re.DOTALL)


def _fitted(field: str, text: str, sizes: range, bold: bool, width: int, height: int, what: str
            ) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest of `sizes` at which all of `text` fits in `width` × `height` pixels, and its lines; else
    `UnfitText` (never a text cut short)."""
    if stacked := _STACKED.search(text):  # drawn above the line's box: over the text above it, off the image
        raise UnfitText(field, f"{what} empile {len(stacked.group()) - 1} accents sur la lettre « {stacked.group()[0]} » "
                        f"(à « {text[max(0, stacked.start() - 12):stacked.start() + 1]}… ») : ils seraient dessinés "
                        "au-dessus de la ligne, sur le texte voisin ou hors de l'image. Gardez au plus deux accents "
                        "par lettre")
    missing = sorted({c for c in text if not c.isspace() and not _has_glyph(c)})
    if missing:
        raise UnfitText(field, f"{what} contient {', '.join(f'« {c} »' for c in missing)}, que la police de l'image de "
                        "partage (DejaVu Sans) ne sait pas dessiner : il y serait un carré vide. Retirez ce signe "
                        "(émoji, symbole) ou remplacez-le par un mot")
    draw = ImageDraw.Draw(Image.new("1", (1, 1)))
    for size in sizes:
        font = _font(size, bold)
        lines = _lines(draw, text, font, width)
        if lines is not None and len(lines) * round(size * LINE_SPACING) <= height:
            return font, lines
    raise UnfitText(field, f"{what} est trop long pour l'image de partage ({len(text)} signes{_longest(text)}) : il ne tient "
                    f"pas entier, même écrit en petit. Raccourcissez-le")


def _longest(text: str) -> str:
    word = max(text.split() or [""], key=len)
    return f", dont le mot « {word[:30]}{'…' if len(word) > 30 else ''} »" if len(word) > 20 else ""


def _has_glyph(char: str) -> bool:
    """DejaVu Sans draws `char` with a sign of its own, not the empty box it draws for a sign it lacks."""
    return _drawn(char) != _drawn(NO_GLYPH)


@functools.cache
def _drawn(char: str) -> bytes:
    image = Image.new("L", (80, 80))
    ImageDraw.Draw(image).text((10, 10), char, font=_font(40), fill=255)
    return image.tobytes()


def layout(card: ShareCard) -> tuple[tuple[ImageFont.FreeTypeFont, list[str]], tuple[ImageFont.FreeTypeFont, list[str]]]:
    """The label's and the headline's font and lines on the image, or `UnfitText`."""
    label = _fitted("label", card.label, LABEL_SIZES, False, WIDTH - 2 * MARGIN_X - LABEL_INDENT, LABEL_HEIGHT,
                    f"le nom affiché au-dessus du titre (« {card.label[:40]} »)")
    headline = _fitted("headline", card.headline, HEADLINE_SIZES, True, WIDTH - 2 * MARGIN_X - 24, HEADLINE_HEIGHT,
                       f"le titre principal (« {card.headline[:40]} »)")
    _fitted("period", card.period, range(34, 35), True, WIDTH - 2 * MARGIN_X, 60, f"la période « {card.period} »")
    if not card.brand.mark:  # the acronym's initial is the mark
        _fitted("initial", card.initial, range(34, 35), True, 56, 56, f"le sigle (son initiale « {card.initial} »)")
    return label, headline


def _mark(draw: ImageDraw.ImageDraw, card: ShareCard, x: int, y: int, size: int) -> None:
    """The brand's mark (pcv/theme/brand.py) in white; without one, the acronym's initial on a white square."""
    unit = size / 24
    if card.brand.mark:
        for line in mark_strokes(card.brand.mark):
            draw.line([(x + px * unit, y + py * unit) for px, py in line], fill=INK, width=max(2, round(2 * unit)),
                      joint="curve")
    else:
        draw.rounded_rectangle((x, y, x + size, y + size), radius=round(4 * unit), fill=INK)
        draw.text((x + size / 2, y + size / 2), card.initial, font=_font(round(size * .6), bold=True),
                  fill=card.brand.colour, anchor="mm")


@functools.lru_cache(maxsize=4)
def share_image(card: ShareCard) -> bytes:
    """The PNG of `card`, its text (`card.alt`) in a text chunk; `UnfitText` if a text cannot be drawn whole."""
    image = Image.new("RGB", (WIDTH, HEIGHT), card.brand.colour)
    draw = ImageDraw.Draw(image)
    (label_font, label_lines), (font, lines) = layout(card)
    _mark(draw, card, MARGIN_X, MARGIN_Y - 8, 56)
    label_height = round(label_font.size * LINE_SPACING)
    for number, line in enumerate(label_lines):
        middle = MARGIN_Y + 20 + (number - (len(label_lines) - 1) / 2) * label_height
        draw.text((MARGIN_X + LABEL_INDENT, middle), line, font=label_font, fill=INK, anchor="lm")
    line_height = round(font.size * LINE_SPACING)
    top = (HEIGHT - line_height * len(lines)) // 2 + 10
    for number, line in enumerate(lines):
        draw.text((MARGIN_X, top + number * line_height), line, font=font, fill=INK)
    rule = HEIGHT - MARGIN_Y - 64
    draw.rectangle((MARGIN_X, rule, WIDTH - MARGIN_X, rule + 3), fill=INK)
    draw.text((MARGIN_X, rule + 24), card.period, font=_font(34, bold=True), fill=INK)
    # One encoding, with its text (it was saved optimised, then opened and saved again with the text, unoptimised:
    # the same file, made at a third of the cost).
    return png_with_text(image, TEXT_KEY, card.alt)

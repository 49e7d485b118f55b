"""The programme's brand, from `brand:` in data/programme.yaml: its colour and its mark.

The colour paints the header, the buttons, the links and the share images (the
stylesheet's `--pcv-accent`, and a darker shade for the phone menu); the mark,
one of the engine's icons (pcv/theme/icons.py), is drawn in white on the colour
in the favicon and before the name on the share images. Without a mark, each
language's share image carries the acronym's initial in its language, and the
favicon, one for the site, the first language's (Programme.initial says why).
A programme without `brand:` gets the engine's colour.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from html import escape

from svg.path import Move, parse_path

from pcv.data.colours import channels
from pcv.data.models import Brand
from pcv.theme.icons import ICONS

DARKER = 0.68  # the phone menu's shade of the colour
_DECLARATION = re.compile(r"(--pcv-accent(-dark)?:\s*)#[0-9a-fA-F]{6}")


def darker(colour: str) -> str:
    return "#" + "".join(f"{round(channel * DARKER):02x}" for channel in channels(colour))


def branded_css(site_css: str, brand: Brand) -> str:
    """site.css with its accent colours (`--pcv-accent`, `--pcv-accent-dark`) those of the brand."""
    shades = {None: brand.colour, "-dark": darker(brand.colour)}
    css, count = _DECLARATION.subn(lambda m: m.group(1) + shades[m.group(2)], site_css)
    if count != 2:
        raise ValueError("site.css must declare --pcv-accent and --pcv-accent-dark once each, as #rrggbb")
    return css


def favicon_svg(brand: Brand, initial: str) -> str:
    """The favicon: a rounded square of the colour, the mark (or `initial`) in white."""
    if brand.mark:
        inside = (f'<g transform="translate(2.4 2.4) scale(.8)" fill="none" stroke="#fff" stroke-width="2.2" '
                  f'stroke-linecap="round" stroke-linejoin="round">{ICONS[brand.mark]}</g>')
    else:
        inside = (f'<text x="12" y="17" font-family="DejaVu Sans, sans-serif" font-size="15" font-weight="700" '
                  f'text-anchor="middle" fill="#fff">{escape(initial)}</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><rect width="24" height="24" rx="4" '
            f'fill="{brand.colour}"/>{inside}</svg>')


def mark_strokes(mark: str, steps: int = 16) -> Iterator[list[tuple[float, float]]]:
    """The mark's strokes in its 24×24 box, as polylines (for Pillow): each subpath of its paths, each circle."""
    for cx, cy, r in re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"', ICONS[mark]):
        yield [(float(cx) + float(r) * math.cos(i * math.pi / 24), float(cy) + float(r) * math.sin(i * math.pi / 24))
               for i in range(49)]
    for d in re.findall(r' d="([^"]+)"', ICONS[mark]):
        line: list[tuple[float, float]] = []
        for segment in parse_path(d):
            if isinstance(segment, Move):
                if len(line) > 1:
                    yield line
                line = [(segment.start.real, segment.start.imag)]
                continue
            points = [segment.point(i / steps) for i in range(1, steps + 1)]
            line += [(point.real, point.imag) for point in points]
        if len(line) > 1:
            yield line


"""Whether white text reads on a colour of the data (the brand's), by WCAG's contrast ratio. Pure module."""

from __future__ import annotations

WHITE, SURFACE = "#ffffff", "#f7f3f0"  # the page, and the bands' background (site.css's --pcv-surface)
MIN_CONTRAST = 4.5  # WCAG AA for text: white on the colour, the colour's links on white and on the bands


def channels(colour: str) -> tuple[int, int, int]:
    """The red, green and blue of "#rrggbb", 0 to 255."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def contrast(colour: str, other: str = WHITE) -> float:
    """The WCAG contrast ratio of two colours "#rrggbb" (1 to 21)."""
    def luminance(value: str) -> float:
        linear = [(c / 255 / 12.92) if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4
                  for c in channels(value)]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    light, dark = sorted((luminance(colour), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def too_light(colour: str) -> float | None:
    """The colour's lowest contrast with white and the bands' background, if under MIN_CONTRAST."""
    lowest = min(contrast(colour, WHITE), contrast(colour, SURFACE))
    return lowest if lowest < MIN_CONTRAST else None

"""The theme icons the engine ships: a programme picks one per theme (`icon:` in data/programme.yaml).

Each is the inside of a 24×24 SVG drawn with strokes in the text's colour;
`schemas/programme.schema.json` lists the same names (tests/test_programmes.py
checks both agree).
"""

from __future__ import annotations

from markupsafe import Markup

ICONS = {
    "growth": '<path d="M3 21h18M6 21v-5M11 21v-9M16 21v-4"/><path d="M15 13c0-4.4 2.9-7.5 6-8 .4 4.6-2.4 7.8-6 8zM15 13c1-1.6 2.4-3 4-4"/>',
    "leaf": '<path d="M4.5 19.5C4 11 9.5 4.5 20 4c.4 10.4-6 16-15.5 15.5z"/><path d="M4.5 19.5 14 10M9.6 14.4V10M9.6 14.4h4.2"/>',
    "people": '<circle cx="8" cy="7.5" r="3"/><circle cx="16.5" cy="9" r="2.5"/><path d="M2.5 20c.3-3.7 2.5-6.5 5.5-6.5s5.2 2.8 5.5 6.5M13.5 14.2c.9-.8 1.9-1.2 3-1.2 2.6 0 4.4 2.4 4.8 6"/>',
    "water": '<path d="M12 3c3.5 4.4 6 7.9 6 11a6 6 0 0 1-12 0c0-3.1 2.5-6.6 6-11z"/><path d="M9 15a3 3 0 0 0 3 3"/>',
    "book": '<path d="M3 5.5C6 4.5 9 4.7 12 6.5c3-1.8 6-2 9-1V19c-3-1-6-.8-9 1-3-1.8-6-2-9-1z"/><path d="M12 6.5V20"/>',
    "venus": '<circle cx="12" cy="8" r="5"/><path d="M12 13v9M8 18h8"/>',
    "health": '<path d="M12 20s-7.5-4.6-7.5-10A4.2 4.2 0 0 1 12 7.6 4.2 4.2 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10z"/><path d="M9 12h6M12 9v6"/>',
}
_SVG = ('<svg class="pcv-icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false" '
        'fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">{}</svg>')


def icon_svg(name: str | None) -> Markup:
    """The inline SVG of icon `name` (decorative: the theme's title says it), or nothing."""
    return Markup(_SVG.format(ICONS[name])) if name in ICONS else Markup("")

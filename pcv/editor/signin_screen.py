"""The editor's name, drawn from the programme's data: the page's title and the sign-in screen's picture
(Decap shows `logo_url` above « Se connecter »), « Éditeur du site » over the programme's name in its colour."""

from __future__ import annotations

from html import escape

from pcv.data.models import SiteData

TITLE = "Éditeur du site"
WIDTH = 600
LINE_CHARACTERS = 38  # how many characters of the name fit one line at the full size


def editor_title(data: SiteData | None, locale: str) -> str:
    """« Éditeur du site – <programme> » (plain text), or « Éditeur du site » while data/ has problems."""
    return f"{TITLE} – {data.programme.name.in_(locale)}" if data is not None else TITLE


def signin_svg(data: SiteData | None, locale: str) -> str:
    """The sign-in screen's picture: the editor's name in the programme's colour, the programme's name under it,
    smaller the longer it is so that it stays whole."""
    colour = data.programme.brand.colour if data is not None else "#1f2328"
    name = data.programme.name.in_(locale) if data is not None else ""
    size = min(28, 28 * LINE_CHARACTERS // max(len(name), 1))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} 160" width="{WIDTH}" height="160" '
            f'role="img">\n  <title>{escape(editor_title(data, locale))}</title>\n'
            f'  <text x="300" y="70" text-anchor="middle" font-family="system-ui, sans-serif" font-size="40" '
            f'font-weight="700" fill="{escape(colour)}">{TITLE}</text>\n'
            f'  <text x="300" y="125" text-anchor="middle" font-family="system-ui, sans-serif" font-size="{size}" '
            f'fill="#1f2328">{escape(name)}</text>\n</svg>\n')

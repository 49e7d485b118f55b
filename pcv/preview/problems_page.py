"""The page the preview shows in place of the site while the build has problems."""

from __future__ import annotations

from html import escape

from pcv.data.models import Brand
from pcv.problems import Problem, visible

ACCENT = Brand().colour  # the engine's own colour: the programme's brand may be what cannot be read
STYLE = f"""body{{margin:0;font:1rem/1.5 system-ui,sans-serif;color:#1f2328;background:#fff}}
main{{max-width:48rem;margin:2rem auto;padding:0 1rem}}h1{{font-size:1.5rem;color:{ACCENT}}}
ol{{padding-left:1.5rem}}li{{margin:.8rem 0;padding:.6rem .8rem;border-left:4px solid {ACCENT};background:#f6f2ef}}
.where{{display:block;font-weight:700;font-family:ui-monospace,monospace}}p.note{{color:#555}}"""


def problems_page(problems: list[Problem], notes: list[str] = ()) -> str:
    """A French page listing `problems` (file, line, what to do), then `notes` (other messages of the build)."""
    count = len(problems) + len(notes)
    items = "".join(f'<li><span class="where">{escape(p.where)}</span>{escape(visible(p.message))}</li>' for p in problems)
    items += "".join(f"<li>{escape(visible(note))}</li>" for note in notes)
    return (
        '<!doctype html>\n<html lang="fr"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>Aperçu arrêté : {count} problème{'s' * (count > 1)} à corriger</title>"
        f"<style>{STYLE}</style></head><body><main>"
        f"<h1>L’aperçu est arrêté : {count} problème{'s' * (count > 1)} à corriger</h1>"
        "<p>Le site n’a pas pu être construit avec vos derniers changements. Corrigez chaque point "
        "ci-dessous dans le fichier et à la ligne indiqués, puis enregistrez : cette page se recharge "
        "toute seule et le site revient dès qu’il n’y a plus de problème.</p>"
        f"<ol>{items}</ol>"
        '<p class="note">Rien n’est publié tant que ces problèmes restent. La fenêtre où tourne '
        "« make editor » (ou « make serve ») affiche les mêmes messages.</p>"
        "</main></body></html>\n"
    )


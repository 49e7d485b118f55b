"""Material's configuration of its script in each page (`<script id="__config">`), edited in place."""

from __future__ import annotations

import html
import json
import re
from typing import Any, Callable

from jinja2.utils import htmlsafe_json_dumps

_CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL)


def with_app_config(output: str, change: Callable[[dict[str, Any]], None]) -> str:
    """`output` with its script configuration as `change` leaves it (base, translations…)."""

    def edit(match: re.Match[str]) -> str:
        app = json.loads(match.group(2))
        change(app)
        return match.group(1) + str(htmlsafe_json_dumps(app, sort_keys=True)) + match.group(3)

    return _CONFIG_SCRIPT.sub(edit, output, count=1)


def plain_translations(app: dict[str, Any]) -> None:
    """Material's texts in `app` as plain text: its script shows them as text, where the HTML codes the site's
    texts (« theme.<key> » of data/strings.yaml) are written with would show (« l&#39;instant »)."""
    translations = app.get("translations", {})
    for key, text in translations.items():
        translations[key] = html.unescape(text) if isinstance(text, str) else text

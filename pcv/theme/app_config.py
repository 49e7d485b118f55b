"""Material's configuration of its script in each page (`<script id="__config">`), edited in place."""

from __future__ import annotations

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

"""Every page carries a Content-Security-Policy that lets its own inline scripts and styles run, by their hash,
and nothing else but what the site itself serves (pcv/safety/csp.py): a script that got past every check
still cannot run."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from pcv.inspection.pages import elements

INLINE = re.compile(r"<(script|style)\b([^>]*)>(.*?)</\1\s*>", re.DOTALL)


def directives(policy: str) -> dict[str, list[str]]:
    return {name: values for name, *values in (part.split() for part in policy.split(";") if part.strip())}


def pages(site: Path) -> list[Path]:
    return [p for p in sorted(site.rglob("*.html")) if not p.relative_to(site).as_posix().startswith("admin/")]


def test_each_page_has_one_policy_first_in_its_head(built_site: Path) -> None:
    for page in pages(built_site):
        html = page.read_text(encoding="utf-8")
        policies = [attrs for tag, attrs, _ in elements(html) if tag == "meta" and "http-equiv" in attrs]
        assert [p["http-equiv"] for p in policies] == ["Content-Security-Policy"], page
        head = html.index("<head>") + len("<head>")
        assert html[head:].startswith('<meta http-equiv="Content-Security-Policy"'), page


def test_the_policy_allows_exactly_the_pages_own_inline_code_and_the_site(built_site: Path) -> None:
    for page in pages(built_site):
        html = page.read_text(encoding="utf-8")
        policy = next(attrs["content"] for tag, attrs, _ in elements(html) if attrs.get("http-equiv"))
        found = directives(policy)
        assert found["default-src"] == ["'self'"] and found["object-src"] == ["'none'"]
        assert not [v for values in found.values() for v in values if "unsafe" in v or v in ("*", "https:", "http:")]
        expected: dict[str, set[str]] = {"script": set(), "style": set()}
        for tag, attributes, content in INLINE.findall(html):
            if tag == "script" and " src=" in attributes:
                continue
            expected[tag].add(f"'sha256-{base64.b64encode(hashlib.sha256(content.encode()).digest()).decode()}'")
        assert set(found["script-src"]) == {"'self'"} | expected["script"], page
        assert set(found["style-src"]) == {"'self'"} | expected["style"], page

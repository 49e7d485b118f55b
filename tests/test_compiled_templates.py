"""Templates compiled once per process are compiled again when their text or the environment's settings change."""

from __future__ import annotations

from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader

from pcv.safety.own_code import OPEN, OwnCode
from pcv.theme.compiled_templates import CompiledTemplates

pytestmark = pytest.mark.engine_only  # reads no live content (tests/live_reads.py)


def environment(folder: Path, cache: CompiledTemplates, *extensions) -> Environment:
    env = Environment(loader=FileSystemLoader(str(folder)), auto_reload=False, extensions=extensions)
    env.bytecode_cache = cache
    return env


def test_an_edited_template_is_compiled_again(tmp_path: Path) -> None:
    cache = CompiledTemplates()
    page = tmp_path / "page.html"
    page.write_text("<p>{{ 1 + 1 }}</p>", encoding="utf-8")
    assert environment(tmp_path, cache).get_template("page.html").render() == "<p>2</p>"
    page.write_text("<p>{{ 2 + 2 }}</p>", encoding="utf-8")  # same name, same file, even the same time
    assert environment(tmp_path, cache).get_template("page.html").render() == "<p>4</p>"


def test_the_same_text_is_compiled_once_per_settings(tmp_path: Path) -> None:
    cache = CompiledTemplates()
    (tmp_path / "page.html").write_text("<script>go()</script>", encoding="utf-8")
    plain = environment(tmp_path, cache).get_template("page.html").render()
    marked = environment(tmp_path, cache, OwnCode).get_template("page.html").render()
    assert plain == "<script>go()</script>" and marked.startswith(OPEN)  # not the code compiled without OwnCode
    compiled = len(cache._code)
    environment(tmp_path, cache, OwnCode).get_template("page.html")  # another language's environment
    assert len(cache._code) == compiled == 2

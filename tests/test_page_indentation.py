"""The templates' indentation leaves the pages (pcv/build/html_steps.py, without_indentation): the home's HTML must
arrive in the first round trip (14,600 bytes), and the spaces that start its lines were 400 bytes of it, gzip."""

from __future__ import annotations

import pytest

from pcv.build.html_steps import without_indentation
from pcv.inspection.builds import FIXTURES

pytestmark = pytest.mark.engine_only


def test_spaces_that_start_a_line_go_but_what_keeps_its_spaces_is_kept_as_written() -> None:
    kept = ["<pre>\n  code\n    more</pre>", "<textarea name=x>\n  typed\n</textarea>",
            "<script>\n  var a = `\n  b`\n</script>", '<style>\n  a { color: red }\n</style>', "<PRE class=a>\n\t x</PRE>"]
    html = "<body>\n  <p>\n    Texte\n  </p>\n" + "\n  ".join(kept) + "\n\t<div>\n</div>\n</body>"
    out = without_indentation(None, html, None)
    for part in kept:
        assert part in out
    assert "\n  <p>" not in out and "\n<p>\nTexte\n</p>\n" in out and "\n<div>" in out
    assert out.replace("\n", "") == html.replace("\n  <", "\n<").replace("\n    T", "\nT").replace("\n\t<", "\n<").replace("\n", "")


def test_the_built_home_has_no_indentation_left_outside_what_keeps_it(programme_site) -> None:
    site = programme_site(FIXTURES / "programme-fictif")
    html = (site / "index.html").read_text(encoding="utf-8")
    assert without_indentation(None, html, None) == html

"""Each template compiled once per build process, not once per language and rebuild: Jinja's bytecode cache,
in memory, keyed by the template's text and the settings of the environment that change its code.

MkDocs makes a new Jinja environment for each language of each build, and Jinja compiles every template again
for each (a third of a `make serve` rebuild). The key is what the code is made from, never a file's time: a
template edited is new text, compiled again; the same text under the same settings gives the same code.
"""

from __future__ import annotations

from collections import OrderedDict

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket

SIZE = 512  # templates kept (the site and Material use about 90)


class CompiledTemplates(BytecodeCache):
    """The code of each template by (name, file, settings, text)."""

    def __init__(self) -> None:
        self._code: OrderedDict[tuple[str, str], object] = OrderedDict()

    def get_bucket(self, environment: Environment, name: str, filename: str | None, source: str) -> Bucket:
        bucket = Bucket(environment, repr((name, filename, _settings(environment, name))),
                        self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._code.get((bucket.key, bucket.checksum))
        if code is not None:
            self._code.move_to_end((bucket.key, bucket.checksum))
            bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[(bucket.key, bucket.checksum)] = bucket.code
        while len(self._code) > SIZE:
            self._code.popitem(last=False)


def _settings(env: Environment, name: str) -> tuple:
    """What Jinja compiles a template's code from, besides its text: the extensions (ours marks the templates'
    own scripts), the syntax, autoescaping, and the options of the code generator."""
    autoescape = env.autoescape(name) if callable(env.autoescape) else env.autoescape
    return (tuple(sorted(env.extensions)), autoescape, env.finalize is not None, env.is_async, env.optimized,
            env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string,
            env.comment_start_string, env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix,
            env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
            env.code_generator_class, env.context_class, getattr(env, "newstyle_gettext", None))


COMPILED = CompiledTemplates()  # for the whole process: its keys are what the code is made from

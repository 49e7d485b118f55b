"""Check the environment first: PCV_SITE_URL and PCV_REPO_URL, before anything uses them.

A bad value stops the build with a French message naming the variable
(pcv/safety/environment.py); a good one replaces mkdocs.yml's `site_url` or
`repo_url`. Runs before every other `on_config` (static-i18n's included).

Events: `on_config`.
"""

from __future__ import annotations

import os

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from pcv.safety.environment import EnvironmentProblem, settings_from


@event_priority(100)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        settings = settings_from(os.environ)
    except EnvironmentProblem as exc:
        raise PluginError(str(exc)) from None
    if settings.site_url:
        config.site_url = settings.site_url
    if settings.repo_url:
        config.repo_url = settings.repo_url
    return config

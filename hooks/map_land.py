"""Publish the land of each map the pages draw as an image file of its own.

Event: `on_env`, after hooks/data.py has given the templates `pcv`: each of
its map frames (`pcv.map_frames()`) adds its land image
(`pcv.map_view.MapFrame.land_image`) to the files the site publishes, at
`MapFrame.land_file`, which overrides/partials/map.html loads lazily under
the programme's countries. The same land (the overview, in both languages)
is one file.

Events: `on_env`.
"""

from __future__ import annotations

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    for frame in env.globals["pcv"].map_frames():
        if not files.get_file_from_path(frame.land_file):
            files.append(File.generated(config, frame.land_file, content=frame.land_image))
    return env

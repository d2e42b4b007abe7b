"""Hook: readers download the edition's stylesheets as one file.

Each concern keeps its own stylesheet in docs/stylesheets/ (the look, the figures,
accessibility, print), listed in `extra_css`; a first view would cost a request per file.
The build serves their concatenation instead, in the listed order, under a name that carries
a hash of its content, so that a host may cache it for good (README, "Publishing").
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from edition.assets import bundle

_sources: list[str] = []
_bundle: tuple[str, str] | None = None  # (path in the site, content)


def on_config(config: MkDocsConfig) -> None:
    global _sources, _bundle
    _sources = [str(path) for path in config.extra_css]
    texts = [(path, (Path(config.docs_dir) / path).read_text(encoding="utf-8")) for path in _sources]
    _bundle = bundle(texts, directory="stylesheets", stem="edition")
    config.extra_css = [_bundle[0]]


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path in _sources:
        if source := files.get_file_from_path(path):
            files.remove(source)
    path, content = _bundle
    files.append(File.generated(config, path, content=content))
    return files

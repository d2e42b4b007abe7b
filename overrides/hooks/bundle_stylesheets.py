"""Hook: readers download the edition's stylesheets as one file.

Each concern keeps its own stylesheet in docs/stylesheets/ (the look, the figures,
accessibility, print), listed in `extra_css`; a first view would cost a request per file.
The build serves their concatenation instead, in the listed order, under a name that carries
a hash of its content, so that a host may cache it for good (README, "Publishing").
At its end come the dark palette's rules for a page that follows a dark system before
Material's script has chosen its palette (edition/palette.py): the first paint, and a page
read with JavaScript off, are in the edition's dark colours.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from edition.assets import bundle
from edition.palette import dark_until_chosen

_sources: list[str] = []
_bundle: tuple[str, str] | None = None  # (path in the site, content)


def on_config(config: MkDocsConfig) -> None:
    global _sources, _bundle
    _sources = [str(path) for path in config.extra_css]
    texts = [(path, (Path(config.docs_dir) / path).read_text(encoding="utf-8")) for path in _sources]
    dark = dark_until_chosen(_material_palette(config), *(text for _, text in texts))
    texts.append(("dark palette before Material's script has run (edition/palette.py)", dark))
    _bundle = bundle(texts, directory="stylesheets", stem="edition")
    config.extra_css = [_bundle[0]]


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for path in _sources:
        if source := files.get_file_from_path(path):
            files.remove(source)
    path, content = _bundle
    files.append(File.generated(config, path, content=content))
    return files


def _material_palette(config: MkDocsConfig) -> str:
    """Material's own palette stylesheet, as the theme ships it."""
    for directory in config.theme.dirs:
        for path in sorted(Path(directory).glob("assets/stylesheets/palette.*.min.css")):
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError("Material's assets/stylesheets/palette.*.min.css is not in the theme's folders")

"""Hook: read the source text, the glossary and every page's front matter into the model.

Any page that names an unknown concept, source part or glossary term stops the build with
a message naming the file and the fix (see edition/model.py for the front-matter keys).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.utils.meta import get_data

from edition import build
from edition.glossary import load_glossary
from edition.model import ModelError, read_model
from edition.source import load_source


def on_config(config: MkDocsConfig) -> None:
    edition = config.extra["edition"]
    config_dir = Path(config.config_file_path).parent
    build.start(
        build.Build(
            source=load_source(Path(config.docs_dir) / edition["source"]),
            glossary=load_glossary(config_dir / edition["glossary"]),
            text_src_uri=edition["text_page"],
            glossary_src_uri=edition["glossary_page"],
        )
    )


def on_files(files: Files, config: MkDocsConfig) -> None:
    current = build.current
    pages = [(f.src_uri, get_data(f.content_string)[1]) for f in files.documentation_pages()]
    for required in (current.text_src_uri, current.glossary_src_uri):
        if not files.get_file_from_path(required):
            raise PluginError(f"mkdocs.yml: extra.edition names {required}, which is not in docs/.")
    current.front_matter = dict(pages)
    try:
        current.model = read_model(
            pages,
            current.source,
            {t.term for t in current.glossary},
            docs_dir=Path(config.docs_dir).name,
        )
    except ModelError as error:
        raise PluginError(str(error)) from None


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> None:
    current = build.current
    front_matter = current.front_matter
    current.reading_order = [
        (
            page.file.src_uri,
            front_matter[page.file.src_uri].get("title") or page.title,
            front_matter[page.file.src_uri].get("summary", ""),
        )
        for page in nav.pages
    ]
    in_nav = {src_uri for src_uri, _, _ in current.reading_order}
    outside_nav = [e.src_uri for e in current.model.entries.values() if e.src_uri not in in_nav]
    if outside_nav:
        raise PluginError(
            "Pages of the model are not in the navigation: "
            + ", ".join(f"docs/{src_uri}" for src_uri in outside_nav)
            + ". Add each to 'nav:' in mkdocs.yml, where it falls in the reading order."
        )
    # Lists of pages ("Discussed in", the page map) follow the reading order.
    current.model = current.model.in_order([src_uri for src_uri, _, _ in current.reading_order])

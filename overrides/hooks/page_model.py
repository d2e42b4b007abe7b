"""Hook: read the source text, the glossary, the notes and every page's front matter into the model.

Any page that names an unknown concept, source part or glossary term stops the build with
a message naming the file and the fix (see edition/model.py for the front-matter keys); so
do invalid front matter, a malformed glossary line, a note on words the text does not have,
a page that is named but gone, and a changed word of the text.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation

from edition import build
from edition.front_matter import FrontMatterError, read_front_matter
from edition.glossary import GlossaryError, load_glossary
from edition.model import ModelError, read_model
from edition.notes import NotesError, load_notes
from edition.problems import report
from edition.references import gone_pages, nav_paths
from edition.source import load_source, lock_problem


def on_config(config: MkDocsConfig) -> None:
    edition = config.extra["edition"]
    config_dir = Path(config.config_file_path).parent
    source_path = Path(config.docs_dir) / edition["source"]
    source_label = f"{Path(config.docs_dir).name}/{edition['source']}"
    if problem := lock_problem(source_path.read_bytes(), edition.get("source_sha256"), source_label):
        raise PluginError(problem)
    source = load_source(source_path)
    try:
        glossary = load_glossary(config_dir / edition["glossary"], edition["glossary"])
        notes = load_notes(config_dir / edition["notes"], source, edition["notes"])
    except (GlossaryError, NotesError) as error:
        raise PluginError(str(error)) from None
    build.start(
        build.Build(
            source=source,
            glossary=glossary,
            notes=notes,
            text_src_uri=edition["text_page"],
            glossary_src_uri=edition["glossary_page"],
        )
    )


def _front_matter(files: Files, docs_dir: str) -> dict:
    """Every page's front matter by src_uri; every page with invalid front matter is named."""
    found, problems = {}, []
    for f in files.documentation_pages():
        try:
            found[f.src_uri] = read_front_matter(f.content_string, f"{docs_dir}/{f.src_uri}")
        except FrontMatterError as error:
            problems.append(str(error))
    if problems:
        raise PluginError(report("Front matter needs fixing", problems))
    return found


def on_files(files: Files, config: MkDocsConfig) -> None:
    current = build.current
    docs_dir = Path(config.docs_dir).name
    for required in (current.text_src_uri, current.glossary_src_uri):
        if not files.get_file_from_path(required):
            raise PluginError(f"mkdocs.yml: extra.edition names {required}, which is not in docs/.")
    front_matter = _front_matter(files, docs_dir)
    current.front_matter = front_matter
    texts = {f.src_uri: f.content_string for f in files.documentation_pages()}
    gone = gone_pages(texts, front_matter, nav_paths(config.nav), docs_dir)
    pages = [(uri, gone.without_them(fm.meta)) for uri, fm in front_matter.items()]
    problems = list(gone.problems)
    try:
        current.model = read_model(pages, current.source, {t.term for t in current.glossary}, docs_dir=docs_dir)
    except ModelError as error:
        problems += error.problems
    if problems:
        raise PluginError(report(ModelError.heading, problems))


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> None:
    current = build.current
    meta = {src_uri: fm.meta for src_uri, fm in current.front_matter.items()}
    current.reading_order = [
        (
            page.file.src_uri,
            meta[page.file.src_uri].get("title") or page.title,
            meta[page.file.src_uri].get("summary", ""),
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

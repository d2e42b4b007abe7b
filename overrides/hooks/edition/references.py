"""Pages that are named but are not there: read from what editors write (links in the
Markdown, ``related:`` in front matter, ``nav:`` in mkdocs.yml), before anything is built.

A deleted or renamed page is named in many places, which MkDocs would report in rounds
(first the model's ``related:``, then the navigation, then each dead link as a warning).
Here each missing page is reported once, with every place that names it.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections import defaultdict
from dataclasses import dataclass

from .front_matter import FrontMatter

_LINK = re.compile(r"\]\(\s*<?(?P<target>[^)\s>#]+\.md)(?:#[^)\s>]*)?>?(?:\s+\"[^\"]*\")?\s*\)")


def nav_paths(nav: list | None) -> list[str]:
    """Every page of a ``nav:`` setting, in reading order (paths relative to docs/)."""
    paths = []
    for item in nav or []:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        paths += nav_paths(value) if isinstance(value, list) else [value]
    return paths


def page_name(path: str) -> str:
    """The concept a page's file is named after: ``layers/classes.md`` -> ``classes``."""
    return posixpath.splitext(posixpath.basename(path))[0]


def markdown_links(markdown: str) -> list[tuple[int, str]]:
    """(line, target) of each inline link to a Markdown page: ``[text](../text.md#s3)``."""
    return [
        (markdown.count("\n", 0, match.start()) + 1, match["target"])
        for match in _LINK.finditer(markdown)
        if "://" not in match["target"]
    ]


def missing_pages(
    pages: dict[str, str],
    related: dict[str, tuple[int, list[str]]],
    concepts: set[str],
    nav: list[str],
    docs_dir: str = "docs",
) -> dict[str, list[str]]:
    """``{missing page: places naming it}``, from the pages' text by src_uri, their
    ``related:`` (line, names), the concepts there are, and the nav's paths.

    A ``related:`` name that no page has is tied to a missing page of the same name
    (scripts/new_page.py names each page after its concept); other unknown names are left
    to the model, which suggests the nearest.
    """
    places: dict[str, list[str]] = defaultdict(list)
    for src_uri, markdown in pages.items():
        for line, target in markdown_links(markdown):
            path = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), target))
            if path not in pages:
                places[path].append(f"{docs_dir}/{src_uri}:{line} (link '{target}')")
    for path in nav:
        if path.endswith(".md") and "://" not in path and path not in pages:
            places[path].append(f"mkdocs.yml (nav: {path})")
    by_name = {page_name(path): path for path in places}
    for src_uri, (line, names) in related.items():
        for name in names:
            if name not in concepts and name in by_name:
                places[by_name[name]].append(f"{docs_dir}/{src_uri}:{line} (related: {name})")
    return dict(places)


def missing_page_problems(places: dict[str, list[str]], pages: list[str], docs_dir: str = "docs") -> list[str]:
    """One problem per missing page, naming every place. A page named in one place only is
    more likely a typing error than a deleted page: the nearest name among ``pages`` is
    suggested."""
    problems = []
    for path, where in sorted(places.items()):
        close = difflib.get_close_matches(path, pages, n=1, cutoff=0.9) if len(where) == 1 else []
        hint = f" Did you mean {docs_dir}/{close[0]}?" if close else ""
        problems.append(
            f"{docs_dir}/{path} does not exist (deleted or renamed?), but {len(where)} "
            f"place{'s' if len(where) > 1 else ''} name{'' if len(where) > 1 else 's'} it: "
            + "; ".join(where)
            + f".{hint} Restore the page, or change or remove each of these."
        )
    return problems


def related_names(value) -> list[str]:
    """``related:`` as written: a list of names, or one name."""
    return [str(name) for name in (value if isinstance(value, list) else [value] if value else [])]


@dataclass(frozen=True)
class GonePages:
    problems: list[str]  # one per missing page, naming every place
    names: set[str]  # the concepts those pages had, by their file names

    def without_them(self, meta: dict) -> dict:
        """Front matter whose ``related:`` no longer names the pages that are gone, so that
        the model does not report them a second time with a wrong "Did you mean"."""
        if "related" not in meta:
            return meta
        return {**meta, "related": [n for n in related_names(meta["related"]) if n not in self.names]}


def gone_pages(texts: dict[str, str], front_matter: dict[str, FrontMatter], nav: list[str], docs_dir: str = "docs") -> GonePages:
    """The pages that are named but not there, from every page's text and front matter."""
    concepts = {str(fm.meta["concept"]) for fm in front_matter.values() if "concept" in fm.meta}
    related = {uri: (fm.lines.get("related", 0), related_names(fm.meta.get("related"))) for uri, fm in front_matter.items()}
    places = missing_pages(texts, related, concepts, nav, docs_dir)
    return GonePages(missing_page_problems(places, list(texts), docs_dir), {page_name(p) for p in places} - concepts)

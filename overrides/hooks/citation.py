"""Hook: every page's citations, its citation files and its metadata for reference managers.

- the strings of "Cite this page" and of the places of the full text come from
  includes/citations/rendered.json (citeproc-js, `make citations`); the build stops,
  naming that command, when they were rendered from other facts (edition/citation.py);
- every page gets its CSL-JSON, BibTeX and RIS files in ``citations/``;
- templates get ``page_citation`` (partials/cite-this-page.html, partials/citation-metadata.html).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from edition import build
from edition.citation import (
    FORMS,
    ORIGINAL_KEY,
    PLACEHOLDER_BASE,
    CitedPage,
    Edition,
    RenderedCitations,
    StaleCitations,
    all_items,
    bibtex,
    carries_text,
    json_ld,
    page_path,
    places,
    ris,
    with_address,
)

FOLDER = "citations"  # in the built site: citations/<key>.json, .bib, .ris


@dataclass
class PageCitation:
    item: dict  # CSL-JSON, with the edition's address
    forms: list[tuple]  # (Form, string)
    original: list[tuple]  # the same for the original publication, on pages carrying the text
    files: dict[str, str] = field(default_factory=dict)  # media type -> site path
    places: list[dict] = field(default_factory=list)  # the full text's places, for the page's script
    json_ld: str = ""


_by_src_uri: dict[str, PageCitation] = {}


def _forms(rendered: RenderedCitations, key: str, site_url: str) -> list[tuple]:
    strings = rendered.strings(key, site_url)
    return [(form, strings[form.key]) for form in FORMS]


def on_env(env, config: MkDocsConfig, files: Files):
    current = build.current
    edition = Edition.from_config(config, current.source.title)
    pages = [f.page for f in files.documentation_pages() if f.page is not None]
    cited = [CitedPage(page_path(p.file.src_uri), p.title, carries_text(p.file.content_string)) for p in pages]
    text_path = page_path(current.text_src_uri)
    items = all_items(edition, cited, text_path, current.source, PLACEHOLDER_BASE)
    rendered = RenderedCitations()
    try:
        rendered.check(items)
    except StaleCitations as error:
        raise PluginError(str(error)) from None

    site_url = config.site_url
    by_key = {item["id"]: item for item in items}
    _by_src_uri.clear()
    for page, cited_page, item in zip(pages, cited, items):
        key = item["id"]
        citation = PageCitation(
            item=with_address(item, site_url),
            forms=_forms(rendered, key, site_url),
            original=_forms(rendered, ORIGINAL_KEY, site_url) if cited_page.carries_text else [],
            files={
                kind: f"{FOLDER}/{key}.{extension}"
                for kind, extension in (
                    ("application/vnd.citationstyles.csl+json", "json"),
                    ("application/x-bibtex", "bib"),
                    ("application/x-research-info-systems", "ris"),
                )
            },
        )
        citation.json_ld = json_ld(citation.item, edition, site_url)
        if cited_page.path == text_path:
            citation.places = [
                {
                    "anchor": place.anchor,
                    "label": place.label,
                    "url": with_address(by_key[f"{key}-{place.anchor}"], site_url)["URL"],
                    "forms": rendered.strings(f"{key}-{place.anchor}", site_url),
                }
                for place in places(current.source)
            ]
        _by_src_uri[page.file.src_uri] = citation
    return env


def on_page_context(context, page: Page, config: MkDocsConfig, nav):
    context["page_citation"] = _by_src_uri.get(page.file.src_uri)
    context["citation_forms"] = FORMS
    return context


def on_post_build(config: MkDocsConfig) -> None:
    folder = Path(config.site_dir) / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for citation in _by_src_uri.values():
        key = citation.item["id"]
        (folder / f"{key}.json").write_text(
            json.dumps([citation.item], ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        (folder / f"{key}.bib").write_text(bibtex(citation.item), encoding="utf-8")
        (folder / f"{key}.ris").write_text(ris(citation.item), encoding="utf-8")

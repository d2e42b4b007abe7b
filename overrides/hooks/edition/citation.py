"""How to cite this edition: one set of facts per page, as CSL-JSON, BibTeX and RIS.

Each page is one CSL-JSON item: its title, the edition as its container, the edition's
date, its address and the language. The entry names no author and none is made up. The
pages that reproduce the entry's text also carry, as a note, the address the entry was
first published at (its title is theirs already, and CSL has no field for an original
address); that publication is an item of its own as well. On the full-text page every paragraph, thesis and sentence
is an item too: the full text at the address of that place (``#p2``, ``#thesis-2``,
``#s23``).

The styled strings (APA, Chicago, MLA) are not formatted here: citeproc-js renders them
from these items (``scripts/citations.mjs``, run by ``make citations``) into
``includes/citations/rendered.json``, with every address written under
``PLACEHOLDER_BASE``; the build puts the edition's address in its place (``RenderedCitations``).
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .source import SourceText
from .urls import slug

# Addresses in the rendered strings start with this, and the build swaps in the edition's
# address. Every style used prints the URL verbatim, which RenderedCitations checks.
PLACEHOLDER_BASE = "https://site-url.invalid/"
# Pages that reproduce the entry's text (the full text, the whole document) say so with one
# of these shortcodes.
TEXT_SHORTCODES = ("<!-- edition:full-text -->", "<!-- edition:whole-document -->")
RENDER_COMMAND = "make citations"
# Written by `make citations`, next to the styles it was rendered with.
RENDERED_NAME = "includes/citations/rendered.json"  # from the project's root
RENDERED_PATH = Path(__file__).resolve().parents[3] / RENDERED_NAME
ORIGINAL_KEY = "relationship-original"


@dataclass(frozen=True)
class Form:
    key: str
    label: str
    style: str  # the CSL style's id, as in includes/citations/<style>.csl
    kind: str  # "bibliography" (an entry of a reference list) or "citation" (a note)
    copies: str  # what its copy button copies, as the button is named: "Copy the APA citation"


FORMS = (
    Form("apa", "APA (7th edition), reference list", "apa", "bibliography", "the APA citation"),
    Form("chicago-note", "Chicago (18th edition), note", "chicago-notes-bibliography", "citation",
         "the Chicago note"),
    Form("chicago-bibliography", "Chicago (18th edition), bibliography", "chicago-notes-bibliography",
         "bibliography", "the Chicago bibliography entry"),
    Form("mla", "MLA (9th edition), works cited", "modern-language-association", "bibliography",
         "the MLA citation"),
)


@dataclass(frozen=True)
class Edition:
    title: str  # the edition's title (site_name), the container of every page
    date: datetime.date
    language: str  # as the pages declare it: "en"
    entry_title: str  # the entry's own title, from the source text
    published_at: str  # where the entry was first published

    @classmethod
    def from_config(cls, config, entry_title: str) -> Edition:
        """The edition's facts from mkdocs.yml, as the build (MkDocsConfig) or a script (its
        YAML, read as a dict) has it."""
        facts = config["extra"]["edition"]
        return cls(
            title=config["site_name"],
            date=facts["date"],
            language=config["theme"]["language"],
            entry_title=entry_title,
            published_at=facts["published_at"],
        )


@dataclass(frozen=True)
class CitedPage:
    path: str  # the page's address under the edition's: "", "layers/masses/"
    title: str
    carries_text: bool  # it reproduces the entry's text


@dataclass(frozen=True)
class Place:
    anchor: str  # "p2", "thesis-2", "s23"
    label: str  # how the edition writes it: "¶ 2", "¶ 1, (2)", "s. 23"


def page_path(src_uri: str) -> str:
    """The page's address under the edition's, with directory URLs: ``layers/masses/``.

    Citations name the published site's addresses, also in the offline edition, whose
    own file names would mean nothing to a reader of the citation."""
    path = src_uri.removesuffix(".md")
    path = "" if path in ("index", "") else path.removesuffix("/index") + "/"
    return path


def carries_text(markdown: str) -> bool:
    return any(shortcode in markdown for shortcode in TEXT_SHORTCODES)


def citation_key(path: str, date: datetime.date) -> str:
    """A stable key from the page's path: ``relationship-2026-layers-masses``."""
    return f"relationship-{date.year}-{slug(path) or 'overview'}"


def places(source: SourceText) -> list[Place]:
    """Every citable place of the full text, in the edition's notation."""
    paragraphs = [Place(f"p{n}", f"¶ {n}") for n in source.paragraph_numbers]
    paragraph_of_thesis = {s.thesis: s.paragraph for s in source.sentences if s.thesis is not None}
    theses = [Place(f"thesis-{n}", f"¶ {p}, ({n})") for n, p in paragraph_of_thesis.items()]
    sentences = [Place(s.anchor, f"s. {s.number}") for s in source.sentences]
    return paragraphs + theses + sentences


def page_item(edition: Edition, page: CitedPage, base: str) -> dict:
    """The page as a CSL-JSON item, its address under ``base``."""
    item = {
        "id": citation_key(page.path, edition.date),
        "type": "webpage",
        "title": page.title,
        "container-title": edition.title,
        "issued": {"date-parts": [[edition.date.year, edition.date.month, edition.date.day]]},
        "URL": base + page.path,
        "language": edition.language,
    }
    if page.carries_text:
        item["note"] = f"Originally published at {edition.published_at}"
    return item


def place_item(page_item_: dict, place: Place) -> dict:
    """A place in the full text: the full-text page at the place's address."""
    return {**page_item_, "id": f"{page_item_['id']}-{place.anchor}", "URL": f"{page_item_['URL']}#{place.anchor}"}


def original_item(edition: Edition) -> dict:
    """The entry as first published. Its date and publisher are unknown, so it has none."""
    return {
        "id": ORIGINAL_KEY,
        "type": "webpage",
        "title": edition.entry_title,
        "URL": edition.published_at,
        "language": edition.language,
    }


def all_items(edition: Edition, pages: list[CitedPage], text_path: str, source: SourceText, base: str) -> list[dict]:
    """Every item the edition cites: its pages, the places of its full text, the original."""
    items = [page_item(edition, page, base) for page in pages]
    text = next(item for page, item in zip(pages, items) if page.path == text_path)
    items += [place_item(text, place) for place in places(source)]
    return items + [original_item(edition)]


# BibTeX: @misc with year and month (no `date`, which would say the same twice), so that
# both BibTeX styles and biblatex read it; the title in braces keeps its capitals as written.
_BIBTEX_SPECIAL = re.compile(r"([&%$#_{}])")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _bibtex_text(text: str) -> str:
    return _BIBTEX_SPECIAL.sub(r"\\\1", text)


def bibtex(item: dict) -> str:
    year, month, *_ = item["issued"]["date-parts"][0]
    fields = [
        ("title", f"{{{_bibtex_text(item['title'])}}}"),
        ("howpublished", _bibtex_text(item["container-title"])),
        ("year", str(year)),
        ("month", None),
        ("url", item["URL"]),
        ("language", "english" if item["language"] == "en" else item["language"]),
    ]
    if "note" in item:
        fields.append(("note", _bibtex_text(item["note"])))
    lines = [
        f"  month = {_MONTHS[month - 1]}," if value is None else f"  {name} = {{{value}}},"
        for name, value in fields
    ]
    return f"@misc{{{item['id']},\n" + "\n".join(lines) + "\n}\n"


def ris(item: dict) -> str:
    """RIS, as Zotero, EndNote and Mendeley read it: ELEC is a web page, T2 its site."""
    year, month, day = item["issued"]["date-parts"][0]
    tags = [
        ("TY", "ELEC"),
        ("TI", item["title"]),
        ("T2", item["container-title"]),
        ("PY", str(year)),
        ("DA", f"{year}/{month:02d}/{day:02d}"),
        ("UR", item["URL"]),
        ("LA", item["language"]),
        *([("N1", item["note"])] if "note" in item else []),
        ("ID", item["id"]),
        ("ER", ""),
    ]
    return "".join(f"{tag}  - {value}".rstrip() + "\n" for tag, value in tags)


class StaleCitations(Exception):
    """The rendered strings were made from other facts than the build's."""


class RenderedCitations:
    """The strings citeproc-js rendered (``make citations``), checked against the build's items."""

    def __init__(self, path: Path = RENDERED_PATH):
        self.path = path
        self.name = RENDERED_NAME if path == RENDERED_PATH else path.as_posix()
        data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {"items": [], "rendered": {}}
        self.items = {item["id"]: item for item in data["items"]}
        self.rendered = data["rendered"]

    def check(self, items: list[dict]) -> None:
        """Raise StaleCitations naming what changed since the strings were rendered."""
        expected = {item["id"]: item for item in items}
        changes = [
            f"{key}: {_change(self.items.get(key), expected.get(key))}"
            for key in sorted(expected.keys() | self.items.keys())
            if self.items.get(key) != expected.get(key)
        ]
        if changes:
            raise StaleCitations(
                f"{self.name} was rendered from other citation facts than this build's "
                f"({'; '.join(changes[:5])}{'; …' if len(changes) > 5 else ''}). Run `{RENDER_COMMAND}` "
                "to render them again with citeproc-js, and commit the file."
            )
        for key, strings in self.rendered.items():
            url = self.items[key]["URL"]
            for form in FORMS:
                if url.startswith(PLACEHOLDER_BASE) and url not in strings[form.key]:
                    raise StaleCitations(
                        f"{self.name}: the {form.style} style does not print {key}'s "
                        "address as given, so the edition's address cannot be put in its place."
                    )

    def strings(self, key: str, site_url: str) -> dict[str, str]:
        """The rendered strings of an item by form key, with the edition's address in them."""
        return {form: text.replace(PLACEHOLDER_BASE, site_url) for form, text in self.rendered[key].items()}


def how_to_cite(
    source: SourceText, text_path: str, date: datetime.date, site_url: str, rendered: RenderedCitations
) -> tuple[list[tuple[str, str, str]], str, list[tuple[str, str, str]]]:
    """What How to cite shows: (what, notation, address) for the full text and one place of
    each kind, then the last sentence in every style (a stale file leaves the strings empty;
    the build then stops with RenderedCitations.check's message)."""
    url = site_url + text_path
    by_anchor = {place.anchor: place for place in places(source)}
    sentence = by_anchor[source.sentences[-1].anchor]
    examples = [("A paragraph", "p2"), ("A thesis", "thesis-2"), ("A sentence", sentence.anchor)]
    rows = [("The full text", "", url)] + [
        (what, by_anchor[anchor].label, f"{url}#{anchor}") for what, anchor in examples
    ]
    key = f"{citation_key(text_path, date)}-{sentence.anchor}"
    strings = rendered.strings(key, site_url) if key in rendered.rendered else {}
    styled = [(form.label, form.style, strings.get(form.key, "")) for form in FORMS]
    return rows, f"Sentence {sentence.label}", styled


def _change(old: dict | None, new: dict | None) -> str:
    """What differs between the item rendered and the item built: "new", "removed" or its fields."""
    if old is None or new is None:
        return "new" if old is None else "removed"
    return ", ".join(sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name)))


def with_address(item: dict, site_url: str) -> dict:
    """An item as published: the placeholder in its address replaced by the edition's."""
    return {**item, "URL": item["URL"].replace(PLACEHOLDER_BASE, site_url, 1)}


def json_ld(item: dict, edition: Edition, site_url: str) -> str:
    """schema.org for search engines: the page, part of the edition; the text, based on the original."""
    data = {
        "@context": "https://schema.org",
        "@type": "WebPage",
        "name": item["title"],
        "url": item["URL"],
        "datePublished": edition.date.isoformat(),
        "inLanguage": item["language"],
        "isPartOf": {"@type": "WebSite", "name": edition.title, "url": site_url},
    }
    if "note" in item:  # the pages that reproduce the text (page_item)
        data["isBasedOn"] = {
            "@type": "CreativeWork",
            "name": edition.entry_title,
            "url": edition.published_at,
            "inLanguage": item["language"],
        }
    # "<" escaped so that no string can close the <script> element it sits in.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")

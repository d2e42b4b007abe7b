"""How to cite a page of this edition: APA, Chicago and BibTeX, from one set of facts.

The source names no author, and none is made up: as APA and Chicago direct for works
without an author, each citation begins with the title. The date is the edition's date,
the address the page's canonical URL.
"""

from __future__ import annotations

import datetime
import re

NO_AUTHOR_NOTE = "The entry names no author; the citations begin with the title."


def _bibtex_escape(text: str) -> str:
    return re.sub(r"([&%$#_{}])", r"\\\1", text)


def citation_key(url: str, date: datetime.date) -> str:
    """A stable BibTeX key from the page's path: ``relationship-2026-layers-masses``."""
    path = re.sub(r"^[a-z]+://[^/]+/", "", url)
    slug = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "overview"
    return f"relationship-{date.year}-{slug}"


def cite_page(title: str, url: str, site_name: str, date: datetime.date) -> dict[str, str]:
    """The citations of one page, by style name, ready to copy."""
    month = date.strftime("%B")
    return {
        "APA": f"{title}. ({date.year}, {month} {date.day}). In {site_name} (reading edition). {url}",
        "Chicago": f"“{title}.” In {site_name}, reading edition, {month} {date.day}, {date.year}. {url}.",
        "BibTeX": (
            f"@misc{{{citation_key(url, date)},\n"
            f"  title = {{{_bibtex_escape(title)}}},\n"
            f"  howpublished = {{{_bibtex_escape(site_name)}, reading edition}},\n"
            f"  year = {{{date.year}}},\n"
            f"  month = {date.strftime('%b').lower()},\n"
            f"  date = {{{date.isoformat()}}},\n"
            f"  url = {{{url}}},\n"
            f"  note = {{No author named}},\n"
            f"}}"
        ),
    }

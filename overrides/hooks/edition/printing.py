"""What a printed page needs that a screen does not: where each link leads.

On paper a link is only underlined words. ``annotate_links`` gives a link the words print
CSS shows after it (``docs/stylesheets/print.css``), but only where the reader could not
otherwise tell where it leads:

- a link to another page of the site gets ``data-title``, that page's title;
- a link to another origin gets ``data-url``, its address.

No note for a link whose words already say as much: the title or the address (compared
after folding typography: curly and straight quotes, dashes, case, white space), or a
place in the text ("s. 12", "¶ 1, (2), s. 11–15") on a link to the full text. Nor for a
link to a place on the same page, nor for a link inside another link.
"""

from __future__ import annotations

import re
import unicodedata

from .html import Element, set_attributes
from .source import is_locator, normalise_space
from .urls import site_path

_TYPOGRAPHY = str.maketrans({"‘": "'", "’": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"',
                             "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-"})


def folded(words: str) -> str:
    """Words as a reader compares them: typography, case and white space set aside."""
    return normalise_space(unicodedata.normalize("NFKC", words).translate(_TYPOGRAPHY)).casefold()


def print_note(link: Element, page_url: str, titles: dict[str, str], text_url: str) -> dict[str, str] | None:
    """The attribute that gives ``link`` its printed note, or None when it needs none."""
    href = link.attributes.get("href")
    if link.tag != "a" or not href or any(parent.tag == "a" for parent in link.ancestors):
        return None
    site = site_path(href, page_url)
    if site is None:
        attribute, label = "data-url", href
    elif site[0] != page_url and site[0] in titles:
        if site[0] == text_url and is_locator(link.text):
            return None
        attribute, label = "data-title", titles[site[0]]
    else:
        return None
    if folded(link.text) in (folded(label), folded(label.removeprefix("mailto:"))):
        return None
    return {attribute: label}


def annotate_links(html: str, page_url: str, titles: dict[str, str], text_url: str) -> str:
    """``titles`` maps the URL of every page of the site to its title; ``text_url`` is the
    full text's."""
    return set_attributes(html, lambda element: print_note(element, page_url, titles, text_url))


def css_string(text: str) -> str:
    """Text as a quoted CSS string, for ``content:`` in an ``@page`` margin box."""
    escaped = re.sub(r'[\\"]', lambda m: "\\" + m.group(0), str(text))
    escaped = re.sub(r"[\n\r\f<>]", lambda m: f"\\{ord(m.group(0)):x} ", escaped)
    return f'"{escaped}"'

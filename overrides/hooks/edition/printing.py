"""What a printed page needs that a screen does not: where each link leads.

On paper a link is only underlined words. ``annotate_links`` gives each link in a page's
HTML the words print CSS shows after it (``docs/stylesheets/print.css``):

- a link to another page of the site gets ``data-title``, that page's title;
- a link to another origin gets ``data-url``, its address.

Links whose words already say as much (the title, the address) get nothing, and nor do
links to a place on the same page.
"""

from __future__ import annotations

import re
from html import escape, unescape

from .assemble import site_path
from .coverage import visible_text

_LINK = re.compile(r'<a\b(?P<attributes>[^>]*?)\shref="(?P<href>[^"]*)"(?P<rest>[^>]*)>(?P<words>.*?)</a>', re.S)


def _same(words: str, label: str) -> bool:
    return visible_text(words).casefold().strip() == label.casefold().strip()


def annotate_links(html: str, page_url: str, titles: dict[str, str]) -> str:
    """``titles`` maps the URL of every page of the site to its title."""

    def annotate(match: re.Match) -> str:
        href, words = match["href"], match["words"]
        site = site_path(href, page_url)
        if site is None:
            # The href is already escaped as an attribute; it is copied as it stands.
            attribute, label, value = "data-url", unescape(href), href
        elif site[0] != page_url and site[0] in titles:
            attribute, label = "data-title", titles[site[0]]
            value = escape(label)
        else:
            return match.group(0)
        if _same(words, label) or _same(words, label.removeprefix("mailto:")):
            return match.group(0)
        return f'<a{match["attributes"]} href="{href}"{match["rest"]} {attribute}="{value}">{words}</a>'


    return _LINK.sub(annotate, html)


def css_string(text: str) -> str:
    """Text as a quoted CSS string, for ``content:`` in an ``@page`` margin box."""
    escaped = re.sub(r'[\\"]', lambda m: "\\" + m.group(0), str(text))
    escaped = re.sub(r"[\n\r\f<>]", lambda m: f"\\{ord(m.group(0)):x} ", escaped)
    return f'"{escaped}"'

"""What a page tells search engines and link previews about itself.

A page's ``summary:`` front matter is its meta description: Material writes
``page.meta.description`` into ``<meta name="description">`` and the Open Graph partial
(``partials/open-graph.html``) repeats it. MkDocs' templates do not escape what they
print, so the description is made plain, escaped text here.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")  # [text](url) -> text
_EMPHASIS = re.compile(r"(\*{1,2}|_{1,2}|`)(\S(?:.*?\S)?)\1")  # *a*, **a**, _a_, `a` -> a


def plain_text(markdown: str) -> str:
    """The words of a one-line Markdown summary, without link targets or emphasis marks."""
    text = _LINK.sub(r"\1", markdown)
    text = _EMPHASIS.sub(r"\2", text)
    return " ".join(text.split())


def description(meta: dict) -> Markup | None:
    """The meta description a page's front matter gives: its own ``description:`` if it has
    one, else its ``summary:``; None when it has neither (Material then uses the site's)."""
    text = meta.get("description") or meta.get("summary")
    return escape(plain_text(str(text))) if text else None

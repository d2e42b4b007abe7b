"""Addresses inside the site, and the slugs that make anchors: one place for both.

Pages are known by their source file (``layers/masses.md``) in generated Markdown, and by
their site-relative URL as MkDocs gives it (``""`` for the home page, ``layers/masses/``)
in rendered HTML; a link is resolved against the URL of the page it is on.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import urljoin, urlsplit

_BASE = "http://edition.invalid/"


def slug(words: str) -> str:
    """Lower-case letters and digits joined by hyphens: ``Dictatorship of leaders`` ->
    ``dictatorship-of-leaders``; also an anchor or a part of one."""
    return re.sub(r"[^a-z0-9]+", "-", words.lower()).strip("-")


def page_anchor(url: str) -> str:
    """The anchor of a page's section in the whole document: ``layers/masses/`` -> ``page-layers-masses``."""
    return "page-" + (slug(url) or "home")


def site_path(href: str, page_url: str) -> tuple[str, str] | None:
    """(page URL, fragment) of a link on the page at ``page_url``; None for another origin.

    ``#s3`` on ``text/`` is ``("text/", "s3")``; ``../classes/`` on ``layers/masses/`` is
    ``("layers/classes/", "")``.
    """
    target = urlsplit(urljoin(_BASE + page_url, href))
    if f"{target.scheme}://{target.netloc}/" != _BASE:
        return None
    return target.path.removeprefix("/"), target.fragment


def relative_link(from_src_uri: str, to_src_uri: str) -> str:
    """A Markdown link between two pages' source files (``layers/masses.md`` -> ``../text.md``),
    which MkDocs resolves and checks like any link an editor writes."""
    return posixpath.relpath(to_src_uri, posixpath.dirname(from_src_uri) or ".")


def relative_url(path: str, from_url: str) -> str:
    """``path`` relative to the page at ``from_url``, keeping a directory's trailing slash.

    Both are site-relative, with directory URLs (``layers/masses/``) or without them, as in
    the offline edition (``layers/masses.html``, whose links start from ``layers/``).
    """
    folder = from_url if from_url.endswith("/") else posixpath.dirname(from_url)
    relative = posixpath.relpath(path or ".", folder or ".")
    return relative + "/" if path.endswith("/") or not path else relative

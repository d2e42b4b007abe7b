"""Static assets the build derives from the project's own files."""

from __future__ import annotations

import hashlib
import re

_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_SPACE = re.compile(r"\s+")
_SPACE_AROUND_PUNCTUATION = re.compile(r"\s*([{};])\s*")


def minify_css(css: str) -> str:
    """The stylesheet without comments and with white space collapsed.

    Spaces next to ":" and "," are kept: "a :is(b)" and "a:is(b)" select different things.
    """
    css = _SPACE.sub(" ", _COMMENT.sub("", css))
    return _SPACE_AROUND_PUNCTUATION.sub(r"\1", css).strip()


def bundle(sources: list[tuple[str, str]], *, directory: str, stem: str) -> tuple[str, str]:
    """One minified stylesheet from (path, text) pairs, in order, each after a comment naming
    its file.

    Returns the bundle's path, ``directory/stem.<hash>.css``, and its text; the hash changes
    exactly when the text does.
    """
    text = "".join(f"/* {path} */\n{minify_css(source)}\n" for path, source in sources)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return f"{directory}/{stem}.{digest}.css", text


_HASH_IN_NAME = re.compile(r"\.[0-9a-f]{8}\.")


def renamed_for_content(name: str, text: str) -> str:
    """A hashed file name (``main.57a0d79d.min.css``) with the hash of new content, so that a
    host may keep caching every name for good."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    renamed, count = _HASH_IN_NAME.subn(f".{digest}.", name, count=1)
    if not count:
        raise ValueError(f"{name} carries no 8-digit content hash to replace")
    return renamed


def relinked(html: str, renames: dict[str, str]) -> str:
    """A page that links to each renamed file by its new name."""
    for old, new in renames.items():
        html = html.replace(f"/{old}\"", f"/{new}\"")
    return html


def linked_as_one(html: str, names: list[str], into: str) -> str:
    """A page that links, where it linked the stylesheet ``names[0]``, to ``into`` (in the same
    folder), and no more to the other ``names``."""
    first, *others = names
    html = relinked(html, {first: into})
    for name in others:
        html = re.sub(rf'[ \t]*<link rel="stylesheet" href="[^"]*\b{re.escape(name)}">\n?', "", html)
    return html

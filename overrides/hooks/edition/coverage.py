"""Is every sentence of the source on the site? Checked on the rendered HTML."""

from __future__ import annotations

import re
from html import unescape

from .source import Sentence, SourceText, normalise_space

_TAG = re.compile(r"<[^>]+>")


def visible_text(html: str) -> str:
    """The text of an HTML fragment with tags removed and white space normalised."""
    return normalise_space(unescape(_TAG.sub("", html)))


def missing_sentences(source: SourceText, html: str) -> list[Sentence]:
    text = visible_text(html)
    return [s for s in source.sentences if normalise_space(s.text) not in text]

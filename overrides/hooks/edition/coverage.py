"""Is every sentence of the source on the site? Checked on the rendered HTML."""

from __future__ import annotations

from .html import text
from .source import Sentence, SourceText, normalise_space


def visible_text(html: str) -> str:
    """The text of an HTML fragment without its tags, white space normalised."""
    return normalise_space(text(html))


def missing_sentences(source: SourceText, html: str) -> list[Sentence]:
    words = visible_text(html)
    return [s for s in source.sentences if normalise_space(s.text) not in words]

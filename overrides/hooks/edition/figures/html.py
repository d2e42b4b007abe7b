"""A figure on a page: its caption, and the HTML around the SVG."""

from __future__ import annotations

from html import escape

from ..source import SourceText, sentence_numbers
from ..typography import keep_places_together


def caption_html(caption: dict, source: SourceText, text_href: str) -> str:
    """A caption from ``extra.edition.diagram.captions``: its ``text``, with ``{cites}``
    standing for a link to the sentences ``cites`` names (``s20-s21``)."""
    words = escape(str(caption["text"]))
    if "cites" in caption:
        sentences = source.resolve(str(caption["cites"]))
        place = f'<a href="{escape(text_href)}#{sentences[0].anchor}">{sentence_numbers(sentences)}</a>'
        words = words.replace("{cites}", place)
    # Drawn into the page after its HTML passed through hooks/typography.py.
    return keep_places_together(words)


def figure_html(svg: str, alternative: str, caption: str, *, small: bool = False) -> str:
    """A figure with its caption and its text alternative.

    Large figures show the alternative in a ``<details>`` anyone may open; the small one,
    a repeat of the large figure on each layer page, keeps it for screen readers only.
    Figures stay out of the search index: their words are the names of pages, and the same
    figure on every layer page would answer every query about a layer.
    """
    if small:
        text = f'<div class="edition-visually-hidden">{alternative}</div>'
    else:
        text = f"<details><summary>The figure as text</summary>{alternative}</details>"
    size = "small" if small else "large"
    return (
        f'<figure class="edition-figure edition-figure--{size}" data-search-exclude="figure">{svg}'
        f"<figcaption>{caption}{text}</figcaption></figure>"
    )

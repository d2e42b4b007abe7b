"""Slots: places in a page that are filled once every page is rendered.

A shortcode (``<!-- edition:diagram -->``) or a hook writes ``slot(name)`` into a page's
Markdown; it renders as an empty ``<div data-edition-slot="NAME"></div>``, which the
after-render pipeline (edition/pipeline.py) replaces with what NAME's filler returns. A slot
whose name no filler knows stops the build there, naming the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

from .html import elements, splice

ATTRIBUTE = "data-edition-slot"


def slot(name: str) -> str:
    """The Markdown of an empty slot: a block of its own."""
    return f'\n<div {ATTRIBUTE}="{name}"></div>\n'


@dataclass(frozen=True)
class Slot:
    name: str
    span: tuple[int, int]  # where the slot's <div></div> is in the page's HTML


def slots(html: str) -> list[Slot]:
    if ATTRIBUTE not in html:  # most pages: no need to parse them
        return []
    return [Slot(e.attributes[ATTRIBUTE] or "", e.span) for e in elements(html) if ATTRIBUTE in e.attributes]


def fill(html: str, fillers: Mapping[str, Callable[[], str]]) -> str:
    """The page with each slot named in ``fillers`` replaced by what its filler returns."""
    return splice(html, [(s.span, fillers[s.name]()) for s in slots(html) if s.name in fillers])

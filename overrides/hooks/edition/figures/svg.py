"""SVG markup: numbers, lines of text, arrows and the figure's root element.

No colour is written here: every shape carries a class, and
``docs/stylesheets/diagram.css`` paints it with the palette's variables, so the figures
follow the light and dark palettes on screen and print in ink.

Links inside the SVG use xlink:href, not href: Material's instant previews rewrite every
[href] of a fetched page by assigning to ``element.href``, which is read-only on SVG links,
and the preview of any page holding such a figure then fails silently. Each also has an
id, which makes it an address in the figure too; without href or id, Lighthouse's "Links
are crawlable" takes such an <a> for a placeholder.
"""

from __future__ import annotations

from html import escape

from .geometry import Box, Label, line_height

XLINK = "http://www.w3.org/1999/xlink"


def number(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


def text(label: Label, css_class: str) -> str:
    """A ``<text>`` with one ``<tspan>`` a line. Each line but the last ends with a space,
    so that the text read out (its accessible name, a copy) keeps the words apart."""
    step = line_height(label.size)
    last = len(label.lines) - 1
    spans = "".join(
        f'<tspan x="{number(label.x)}" y="{number(label.y + step * index + label.size)}">'
        f'{escape(line)}{" " if index < last else ""}</tspan>'
        for index, line in enumerate(label.lines)
    )
    anchor = f' text-anchor="{label.anchor}"' if label.anchor != "start" else ""
    return f'<text class="{css_class}"{anchor} font-size="{number(label.size)}">{spans}</text>'


def rect(box: Box, radius: float = 0, css_class: str = "") -> str:
    css = f' class="{css_class}"' if css_class else ""
    corner = f' rx="{number(radius)}"' if radius else ""
    return (
        f'<rect{css} x="{number(box.x)}" y="{number(box.y)}" width="{number(box.width)}" '
        f'height="{number(box.height)}"{corner}/>'
    )


def link(element_id: str, href: str, css_class: str, body: str, current: bool = False) -> str:
    """A link named by the words it shows (no aria-label that could say something else)."""
    state = ' aria-current="page"' if current else ""
    return f'<a id="{element_id}" class="{css_class}" xlink:href="{escape(href)}"{state}>{body}</a>'


def vertical_arrow(x: float, y_from: float, y_to: float, direction: str, figure_id: str) -> str:
    return (
        f'<line class="edition-arrow edition-arrow--{direction}" x1="{number(x)}" '
        f'y1="{number(y_from)}" x2="{number(x)}" y2="{number(y_to)}" '
        f'marker-end="url(#{figure_id}-{direction})"/>'
    )


def markers(figure_id: str, directions: tuple[str, ...]) -> str:
    return "<defs>" + "".join(
        f'<marker id="{figure_id}-{d}" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto-start-reverse"><path class="edition-arrowhead '
        f'edition-arrowhead--{d}" d="M0,0 L10,5 L0,10 z"/></marker>'
        for d in directions
    ) + "</defs>"


def figure_svg(figure_id: str, width: float, height: float, title: str, description: str, body: str) -> str:
    return (
        f'<svg class="edition-figure__svg" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="{XLINK}" '
        f'width="{number(width)}" height="{number(height)}" '
        f'viewBox="0 0 {number(width)} {number(height)}" role="group" '
        f'aria-labelledby="{figure_id}-title" aria-describedby="{figure_id}-desc">'
        f'<title id="{figure_id}-title">{escape(title)}</title>'
        f'<desc id="{figure_id}-desc">{escape(description)}</desc>'
        f"{body}</svg>"
    )

"""Sizes, boxes and lines of text: the arithmetic both figures are laid out with.

Text is measured by estimate (``text_width``), on the wide side, so that the boxes the
layouts keep apart cover the text a browser really draws; ``tests/test_diagram.py``
checks the real boxes in Chromium.
"""

from __future__ import annotations

from dataclasses import dataclass

# Sizes in SVG user units; a figure scales to the width of the page.
WIDTH = 360
MARGIN = 8
LABEL_SIZE = 16
WORDS_SIZE = 14
LINE_HEIGHT = 1.3  # in em
# Width of the average glyph of a sans-serif system font, rounded up: "the political party"
# measures about 0.5 em a character in Liberation Sans, Roboto or Helvetica.
CHAR_WIDTH = 0.6  # in em


class LayoutError(ValueError):
    """The data does not fit the figure; ``words`` are the words that do not fit."""

    def __init__(self, message: str, words: str):
        super().__init__(message)
        self.words = words


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: Box) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )

    def contains(self, other: Box) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        )


@dataclass(frozen=True)
class Label:
    """Lines of text; ``x`` is where they start, their middle or their end (``anchor``)."""

    lines: tuple[str, ...]
    x: float
    y: float  # top of the first line
    size: float
    anchor: str = "start"  # or "middle", "end", as SVG's text-anchor

    @property
    def box(self) -> Box:
        width = max(text_width(line, self.size) for line in self.lines)
        left = self.x - {"start": 0, "middle": width / 2, "end": width}[self.anchor]
        return Box(left, self.y, width, len(self.lines) * line_height(self.size))


def text_width(text: str, size: float) -> float:
    return round(len(text) * size * CHAR_WIDTH, 1)


def line_height(size: float) -> float:
    return size * LINE_HEIGHT


def wrap(text: str, size: float, width: float) -> tuple[str, ...]:
    """Greedy line breaks at spaces, and only there, so that no line is wider than ``width``."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            if text_width(word, size) > width:
                raise LayoutError(f"the word '{word}' of '{text}' is wider than the figure; shorten it.", text)
            lines.append(word)
    return tuple(lines)

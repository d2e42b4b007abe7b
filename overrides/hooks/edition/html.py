"""Reading and rewriting rendered HTML: elements, their text, ids and references to ids.

Built on the standard library's ``html.parser``, which tolerates whatever Markdown, its
extensions and our figures write (inline SVG included). Rewriting must not disturb what it
does not change: a page is spliced, not serialised anew, and only the start tags that change
are written again, each from the parser's own reading of it (names as written, values
double-quoted). So the text, comments, entities and every other tag keep their bytes.
A tree library would write the whole page anew: BeautifulSoup (only a test dependency
here) lower-cases SVG's ``viewBox`` and rewrites entities and empty tags; lxml or html5lib
would be a new dependency of the build for the same loss.

References to ids come in these kinds, all handled here:

- a URL, possibly only a fragment: ``href``, ``src``, and ``xlink:href`` in SVG;
- a list of ids: ``aria-labelledby``, ``aria-describedby``, ``aria-controls``, ``for``;
- ``url(#id)`` in any attribute, ``style`` included (SVG's ``marker-end``, ``fill``, ...).
"""

from __future__ import annotations

import html.parser
import re
from dataclasses import dataclass, field
from html import escape
from typing import Callable, Mapping

URL_ATTRIBUTES = ("href", "src", "xlink:href")
ID_LIST_ATTRIBUTES = ("aria-labelledby", "aria-describedby", "aria-controls", "for")
# The CSS function inside an attribute value, not markup: url(#id), url('#id'), url("#id").
_URL_FUNCTION = re.compile(r"""url\(\s*(['"]?)#([^'")\s]+)\1\s*\)""")
# Elements that never have an end tag (the HTML standard's void elements).
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


@dataclass(eq=False)
class Element:
    """One element: its tag, attributes (names in lower case) and where it is in the source."""

    tag: str
    attributes: dict[str, str | None]
    start_tag: tuple[int, int]  # offsets of ``<tag ...>`` in the source
    end_tag: tuple[int, int] | None = None  # of ``</tag>``; None when the element has none
    ancestors: tuple[Element, ...] = ()
    _text: list[str] = field(default_factory=list, repr=False)

    @property
    def text(self) -> str:
        """The character data inside the element, entities decoded."""
        return "".join(self._text)

    @property
    def span(self) -> tuple[int, int]:
        """From the start of its start tag to the end of its end tag (or start tag)."""
        return self.start_tag[0], (self.end_tag or self.start_tag)[1]


class _Reader(html.parser.HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.elements: list[Element] = []
        self.open: list[Element] = []
        self.text: list[str] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs, closed=False):
        start = self._offset()
        element = Element(tag, dict(attrs), (start, start + len(self.get_starttag_text())), None, tuple(self.open))
        self.elements.append(element)
        if not closed and tag not in _VOID:
            self.open.append(element)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs, closed=True)

    def handle_endtag(self, tag):
        start = self._offset()
        end = self.source.index(">", start) + 1
        for depth in range(len(self.open) - 1, -1, -1):
            if self.open[depth].tag == tag:
                self.open[depth].end_tag = (start, end)
                del self.open[depth:]
                return

    def handle_data(self, data):
        self.text.append(data)
        for element in self.open:
            element._text.append(data)


def _read(source: str) -> _Reader:
    reader = _Reader(source)
    reader.feed(source)
    reader.close()
    return reader


def elements(source: str) -> list[Element]:
    """Every element of an HTML fragment, in document order."""
    return _read(source).elements


def text(source: str) -> str:
    """The character data of an HTML fragment, without its tags, entities decoded."""
    return "".join(_read(source).text)


def splice(source: str, edits: list[tuple[tuple[int, int], str]]) -> str:
    """``source`` with each (span, replacement) applied; spans must not overlap."""
    parts, position = [], 0
    for (start, end), replacement in sorted(edits, key=lambda edit: edit[0]):
        if start < position:
            raise ValueError(f"overlapping edits at offset {start}")
        parts += [source[position:start], replacement]
        position = end
    return "".join(parts) + source[position:]


def _quoted(value: str) -> str:
    """An attribute value in double quotes; single quotes stay as they are (``url('#a')``)."""
    return '"' + escape(value, quote=False).replace('"', "&quot;") + '"'


def _as_written(raw: str) -> tuple[str, list[tuple[str, str | None]]]:
    """A start tag's name and its attributes (name, value with its quotes), as written.

    Read with the very patterns ``html.parser`` reads start tags with, so that the names and
    their order are the ones the parser reported, but with their case kept (SVG's ``viewBox``).
    """
    name = html.parser.tagfind_tolerant.match(raw, 1)
    position, attributes = name.end(), []
    while (match := html.parser.attrfind_tolerant.match(raw, position)) and match.end() > position:
        attributes.append((match[1], match[3]))
        position = match.end()
    return name[1], attributes


def start_tag(source: str, element: Element, changes: Mapping[str, str | None]) -> str:
    """The element's start tag written again with ``changes`` (attribute -> new value; None
    removes it; a new name is added at the end). Other attributes keep their values as written."""
    raw = source[element.start_tag[0] : element.start_tag[1]]
    tag, attributes = _as_written(raw)
    written = []
    for name, value in attributes:
        key = name.lower()
        if key not in changes:
            written.append(f" {name}" + ("" if value is None else f"={value}"))
        elif changes[key] is not None:
            written.append(f" {name}={_quoted(changes[key])}")
    present = {name.lower() for name, _ in attributes}
    written += [f" {key}={_quoted(value)}" for key, value in changes.items() if key not in present and value is not None]
    return f"<{tag}{''.join(written)}{'/>' if raw.endswith('/>') else '>'}"


def set_attributes(source: str, change: Callable[[Element], Mapping[str, str | None] | None]) -> str:
    """``source`` with each element's start tag changed as ``change`` says (None: unchanged)."""
    edits = []
    for element in elements(source):
        if changes := change(element):
            edits.append((element.start_tag, start_tag(source, element, changes)))
    return splice(source, edits)


# --- Ids and the references to them --------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    tag: str
    attribute: str
    target: str  # a URL as written ("../text/#s3", "#x"); "#id" for references to an id


def ids(source: str) -> list[str]:
    return [e.attributes["id"] for e in elements(source) if e.attributes.get("id")]


def _references_of(element: Element) -> list[Reference]:
    found = []
    for attribute, value in element.attributes.items():
        if value is None:
            continue
        if attribute in URL_ATTRIBUTES:
            found.append(Reference(element.tag, attribute, value))
        elif attribute in ID_LIST_ATTRIBUTES:
            found += [Reference(element.tag, attribute, f"#{token}") for token in value.split()]
        found += [Reference(element.tag, attribute, f"#{m[2]}") for m in _URL_FUNCTION.finditer(value)]
    return found


def references(source: str) -> list[Reference]:
    """Every reference to an id or an address in an HTML fragment, in document order."""
    return [reference for element in elements(source) for reference in _references_of(element)]


def rewrite_references(source: str, *, id: Callable[[str], str], url: Callable[[str], str]) -> str:
    """Every id renamed by ``id``, every reference to an id by the same function, and every
    URL attribute rewritten by ``url`` (which also gets fragment-only URLs such as ``#x``)."""

    def change(element: Element) -> dict[str, str]:
        changes = {}
        for attribute, value in element.attributes.items():
            if value is None:
                continue
            new = value
            if attribute == "id":
                new = id(value)
            elif attribute in URL_ATTRIBUTES:
                new = url(value)
            elif attribute in ID_LIST_ATTRIBUTES:
                new = " ".join(id(token) for token in value.split())
            new = _URL_FUNCTION.sub(lambda m: f"url({m[1]}#{id(m[2])}{m[1]})", new)
            if new != value:
                changes[attribute] = new
        return changes

    return set_attributes(source, change)

"""What the hooks of one build share: the source, the glossary, the model and the links.

MkDocs calls each hook module separately; they meet here. ``start`` is called once per
build (``mkdocs serve`` rebuilds from scratch on every change).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .glossary import GlossaryTerm
from .model import Model
from .notes import Note
from .source import SourceText


@dataclass
class Build:
    source: SourceText
    glossary: list[GlossaryTerm]
    text_src_uri: str
    glossary_src_uri: str
    notes: list[Note] = field(default_factory=list)  # on the text's odd readings
    model: Model = field(default_factory=lambda: Model({}))
    links: dict[str, set[str]] = field(default_factory=dict)  # page URL -> linked page URLs
    referenced_by: dict[str, list[str]] = field(default_factory=dict)  # the inverse
    reading_order: list[tuple[str, str, str]] = field(default_factory=list)  # uri, title, summary
    front_matter: dict[str, dict] = field(default_factory=dict)  # by src_uri


current: Build | None = None


def start(build: Build) -> Build:
    global current
    current = build
    return build

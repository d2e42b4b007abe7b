"""What the hooks of one build share: the source, the glossary and the model.

MkDocs calls each hook module separately; they meet here. ``start`` is called once per
build (``mkdocs serve`` rebuilds from scratch on every change). What needs every page
rendered (links, "Referenced by", figures, the whole document) is the after-render
pipeline's, kept in ``after_render`` once it has run (edition/pipeline.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .front_matter import FrontMatter
from .glossary import GlossaryTerm
from .model import Model
from .notes import Note
from .source import SourceText

if TYPE_CHECKING:
    from .pipeline import AfterRender


@dataclass
class Build:
    source: SourceText
    glossary: list[GlossaryTerm]
    text_src_uri: str
    glossary_src_uri: str
    notes: list[Note] = field(default_factory=list)  # on the text's odd readings
    model: Model = field(default_factory=lambda: Model({}))
    reading_order: list[tuple[str, str, str]] = field(default_factory=list)  # uri, title, summary
    front_matter: dict[str, FrontMatter] = field(default_factory=dict)  # by src_uri, with its lines
    after_render: AfterRender | None = None  # set once, by the pipeline's run


current: Build | None = None


def start(build: Build) -> Build:
    global current
    current = build
    return build

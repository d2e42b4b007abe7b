"""Glossary terms, read from the abbreviations file that pymdownx.snippets appends to
every page (Material then shows each definition as a tooltip wherever the term occurs).

The file is the one place a term is defined: ``*[term]: definition`` per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .source import Sentence, SourceText

_ABBREVIATION = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<definition>.+?)\s*$")


@dataclass(frozen=True)
class GlossaryTerm:
    term: str
    definition: str

    def sentences_using(self, source: SourceText) -> list[Sentence]:
        """Sentences where the term occurs as whole words, in any letter case."""
        pattern = re.compile(rf"(?<![\w-]){re.escape(self.term)}(?![\w-])", re.IGNORECASE)
        return [s for s in source.sentences if pattern.search(" ".join(s.text.split()))]


def parse_glossary(text: str) -> list[GlossaryTerm]:
    terms = []
    for line in text.splitlines():
        if match := _ABBREVIATION.match(line):
            terms.append(GlossaryTerm(match["term"], match["definition"]))
    return sorted(terms, key=lambda t: t.term.lower())


def load_glossary(path: str | Path) -> list[GlossaryTerm]:
    return parse_glossary(Path(path).read_text(encoding="utf-8"))

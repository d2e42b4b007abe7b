"""Glossary terms, read from the abbreviations file that pymdownx.snippets appends to
every page (Material then shows each definition as a tooltip wherever the term occurs).

The file is the one place a term is defined: ``*[term]: definition`` per line. Any other
line would be appended to every page as text, or drop a term without a word, so it stops
the build with the file and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import html
from .problems import Problems
from .source import Sentence, SourceText

_ABBREVIATION = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<definition>.+?)\s*$")


class GlossaryError(Problems):
    """Lines of the glossary file that define no term; the message names each line."""

    heading = "The glossary has problems"


@dataclass(frozen=True)
class GlossaryTerm:
    term: str
    definition: str
    line: int = field(default=0, compare=False)  # in the glossary file

    def sentences_using(self, source: SourceText) -> list[Sentence]:
        """Sentences where the term occurs as whole words, in any letter case."""
        pattern = re.compile(rf"(?<![\w-]){re.escape(self.term)}(?![\w-])", re.IGNORECASE)
        return [s for s in source.sentences if pattern.search(" ".join(s.text.split()))]


def parse_glossary(text: str, where: str = "includes/abbreviations.md") -> list[GlossaryTerm]:
    """The terms of the glossary file's text, sorted; raises GlossaryError on a line that is
    neither blank nor ``*[term]: definition``, and on a term defined twice."""
    terms: dict[str, GlossaryTerm] = {}
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _ABBREVIATION.match(line)
        if not match:
            problems.append(
                f"{where}:{number}: '{line[:60]}' is not a glossary line: write "
                "'*[term]: definition', with the colon after the closing bracket."
            )
        elif match["term"] in terms:
            problems.append(
                f"{where}:{number}: '{match['term']}' is defined already on line "
                f"{terms[match['term']].line}; keep one definition."
            )
        else:
            terms[match["term"]] = GlossaryTerm(match["term"], match["definition"], number)
    if problems:
        raise GlossaryError(problems)
    return sorted(terms.values(), key=lambda t: t.term.lower())


def load_glossary(path: str | Path, where: str = "includes/abbreviations.md") -> list[GlossaryTerm]:
    return parse_glossary(Path(path).read_text(encoding="utf-8"), where)


# Elements that hold running text: a term's first occurrence in each is a stop of its own.
_BLOCKS = frozenset("p li dt dd td th h1 h2 h3 h4 h5 h6 figcaption blockquote summary".split())


def focusable_terms(page_html: str) -> str:
    """The first occurrence of each term in a block becomes a stop for the keyboard (and for
    a tap), where Material shows its definition on focus as it does on hover; repeats in
    the same block are left out, so that reading by keyboard stays quick, and so are terms
    inside a link, which is a stop of its own."""
    seen: set[tuple[int, str]] = set()

    def stop(element: html.Element) -> dict[str, str] | None:
        if element.tag != "abbr" or "title" not in element.attributes:
            return None
        if any(a.tag == "a" for a in element.ancestors):
            return None
        block = next((a for a in reversed(element.ancestors) if a.tag in _BLOCKS), None)
        key = (id(block), " ".join(element.text.lower().split()))
        if key in seen:
            return None
        seen.add(key)
        return {"tabindex": "0"}

    return html.set_attributes(page_html, stop)

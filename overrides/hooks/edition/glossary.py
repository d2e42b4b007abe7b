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


def slug(term: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-")


# The start of a block of running text, a link's start or end, or a glossary term (as the
# abbr extension writes it).
_BLOCK_LINK_OR_TERM = re.compile(
    r"(?P<block><(?:p|li|dt|dd|td|th|h[1-6]|figcaption|blockquote|summary)\b[^>]*>)"
    r"|(?P<link><a\b[^>]*>)|(?P<end></a>)"
    r"|<abbr title=\"[^\"]*\">(?P<term>[^<]*)</abbr>"
)


def focusable_terms(html: str) -> str:
    """The first occurrence of each term in a block becomes a stop for the keyboard (and for
    a tap), where Material shows its definition on focus as it does on hover; repeats in
    the same block are left out, so that reading by keyboard stays quick, and so are terms
    inside a link, which is a stop of its own."""
    seen: set[str] = set()
    in_link = False

    def visit(match: re.Match) -> str:
        nonlocal in_link
        if match["block"]:
            seen.clear()
        elif match["link"] or match["end"]:
            in_link = bool(match["link"])
        elif not in_link and (key := " ".join(match["term"].lower().split())) not in seen:
            seen.add(key)
            return match.group(0).replace("<abbr ", '<abbr tabindex="0" ', 1)
        return match.group(0)

    return _BLOCK_LINK_OR_TERM.sub(visit, html)

"""The source text, cut into citable parts.

The words of the source file are never changed. This module only finds where its
paragraphs, numbered theses and sentences begin, and names each with a stable anchor:

- ``p1``, ``p2``: the body paragraphs (after the title and the one-line description);
- ``thesis-1`` .. ``thesis-3``: the numbered theses "(1)" .. "(3)" inside paragraph 1;
- ``s1`` .. ``sN``: the sentences, counted through the whole body, so that a reader can
  cite "s. 12" as one cites a verse.

A *reference* names a run of sentences: ``s8``, ``s8-s10``, ``thesis-2`` or ``p2``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

# A sentence ends at ".", "?" or "!" (optionally followed by a closing quotation mark) when
# the next one starts with a capital, an opening quotation mark or a thesis number; a thesis
# number "(N)" also starts a sentence after a colon ("... the Russian experience: (1) In").
_SENTENCE_BREAK = re.compile(
    r"(?:(?<=[.?!])|(?<=[.?!]”))\s+(?=[A-Z“(])"
    r"|\s+(?=\(\d\)\s)"
)
_THESIS_START = re.compile(r"^\((\d)\)\s")
_REFERENCE = re.compile(r"^(?:s(\d+)(?:-s(\d+))?|thesis-(\d+)|p(\d+))$")


class UnknownReference(ValueError):
    """A reference that names no part of the source text."""


@dataclass(frozen=True)
class Sentence:
    number: int
    paragraph: int
    thesis: int | None
    text: str

    @property
    def anchor(self) -> str:
        return f"s{self.number}"


@dataclass(frozen=True)
class SourceText:
    title: str
    description: str
    sentences: tuple[Sentence, ...]

    @property
    def paragraph_numbers(self) -> list[int]:
        return sorted({s.paragraph for s in self.sentences})

    @property
    def thesis_numbers(self) -> list[int]:
        return sorted({s.thesis for s in self.sentences if s.thesis is not None})

    def resolve(self, reference: str) -> tuple[Sentence, ...]:
        """The sentences a reference names, in order; raises UnknownReference."""
        match = _REFERENCE.match(reference.strip())
        if not match:
            raise UnknownReference(
                f"'{reference}' is not a reference: write s8, s8-s10, thesis-2 or p2"
            )
        first, last, thesis, paragraph = match.groups()
        if thesis:
            found = tuple(s for s in self.sentences if s.thesis == int(thesis))
        elif paragraph:
            found = tuple(s for s in self.sentences if s.paragraph == int(paragraph))
        else:
            low, high = int(first), int(last or first)
            found = tuple(s for s in self.sentences if low <= s.number <= high)
            if high < low or len(found) != high - low + 1:
                found = ()
        if not found:
            raise UnknownReference(f"'{reference}' names no part of the text: {self.extent()}")
        return found

    def extent(self) -> str:
        """What references there are, for error messages."""
        parts = [f"sentences s1-s{len(self.sentences)}"]
        if self.thesis_numbers:
            parts.append(f"theses thesis-1-thesis-{max(self.thesis_numbers)}")
        parts.append(f"paragraphs p1-p{max(self.paragraph_numbers)}")
        return "it has " + ", ".join(parts)


def split_sentences(paragraph: str) -> list[str]:
    return [part for part in _SENTENCE_BREAK.split(paragraph.strip()) if part]


def parse_source(text: str) -> SourceText:
    """Title, description and numbered sentences of the source file's text."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    title, description, *paragraphs = blocks
    sentences: list[Sentence] = []
    for paragraph_number, paragraph in enumerate(paragraphs, start=1):
        thesis = None
        for text_of_sentence in split_sentences(paragraph):
            if start := _THESIS_START.match(text_of_sentence):
                thesis = int(start.group(1))
            sentences.append(
                Sentence(len(sentences) + 1, paragraph_number, thesis, text_of_sentence)
            )
    return SourceText(title, description, tuple(sentences))


def load_source(path: str | Path) -> SourceText:
    return parse_source(Path(path).read_text(encoding="utf-8"))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def lock_problem(data: bytes, recorded: str | None, where: str) -> str | None:
    """Why the text's file does not match the checksum the project records, or None.

    The words of the text are never edited, so a changed file is a mistake unless an editor
    accepts it on purpose, with the command named here.
    """
    actual = sha256(data)
    if recorded == actual:
        return None
    how = (
        "If the change is deliberate (a better copy of the received text), record it with "
        "`.venv/bin/python -m scripts.text_checksum --accept` and say why in the commit; "
        f"otherwise restore the file (`git checkout -- {where}`)."
    )
    if not recorded:
        return f"mkdocs.yml: extra.edition.source_sha256 is missing; it locks {where}. {how}"
    return (
        f"{where} has changed: its SHA-256 is {actual}, but mkdocs.yml "
        f"(extra.edition.source_sha256) records {recorded}. The words of the text are never "
        f"edited. {how}"
    )


def normalise_space(text: str) -> str:
    """Collapse every run of white space (no-break spaces included) to one space."""
    return " ".join(text.split())


# The words of a citation of a place in the text: what describe() writes ("¶ 1, (2), s. 11–15"),
# or a sentence or run alone ("s. 12", "s. 20–21").
# A run may carry a word joiner after its dash (edition/typography.py keeps it on one line).
_LOCATOR = re.compile(r"(?:¶ \d+, )?(?:\(\d+\), )?s\. \d+(?:–\u2060?\d+)?")


def is_locator(words: str) -> bool:
    """Do these words cite a place in the text, as describe() or an editor writes it?"""
    return _LOCATOR.fullmatch(normalise_space(words)) is not None


def sentence_numbers(sentences: tuple[Sentence, ...]) -> str:
    """"s. 11" or "s. 11–15"."""
    first, last = sentences[0], sentences[-1]
    return f"s. {first.number}" if first == last else f"s. {first.number}–{last.number}"


def describe(sentences: tuple[Sentence, ...]) -> str:
    """How a run of sentences is cited: "¶ 1, (2), s. 11–15"."""
    first, last = sentences[0], sentences[-1]
    place = f"¶ {first.paragraph}"
    if first.thesis is not None and first.thesis == last.thesis:
        place += f", ({first.thesis})"
    return f"{place}, {sentence_numbers(sentences)}"

"""Words in quotation marks in editorial prose must be the entry's words.

A reader who sees words in quotation marks on a page of this edition takes them for the
entry's and may cite them as such. So every run of text in quotation marks in what an editor
writes (page bodies, summaries, glossary definitions, notes, captions) must be found in the
source, after white space and quotation-mark styles are folded, unless it is marked as
something else (CONTRIBUTING.md, "Quotation marks"):

- ``<cite>…</cite>``: the title of a cited work;
- ``<span class="label">…</span>``: a label of this site or of the reader's browser
  (a heading, a button);
- ``<span class="conjecture">…</span>``: a reading the edition proposes, not the entry's.

The words of the text set by the build (sentences, the entry's title and description) are
verbatim already and are not read here; code is not prose.

Quoted words may leave out a part with an ellipsis ("…" or "..."): each piece must be in the
text, in order. A full stop or comma just inside the closing mark may be the editor's.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser

from .source import SourceText, normalise_space

# Elements whose quotation marks mean something other than "the entry says".
MARKED_TAGS = {"cite"}
MARKED_CLASSES = {"label", "conjecture", "other-text"}
# A citation rendered by a CSL processor: its quotation marks enclose titles, as its style says.
MARKED_ATTRIBUTES = {"data-csl-style"}
# The source's own words, set by the build (render.py), and what is not prose.
VERBATIM_CLASSES = {"sentence", "entry-description"}
NOT_PROSE_TAGS = {"code", "pre", "kbd", "script", "style", "svg", "template"}
# Quotation marks do not run across these: each is a block of its own.
BLOCK_TAGS = {
    "p", "li", "ul", "ol", "dl", "dt", "dd", "td", "th", "tr", "table", "h1", "h2", "h3",
    "h4", "h5", "h6", "figcaption", "figure", "blockquote", "div", "section", "article",
    "nav", "details", "summary", "br", "hr",
}
VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "wbr", "source", "area", "col"}

_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")
_EDITORS_STOP = ".,;:"


def fold(text: str) -> str:
    """Text as it is compared: one space for any white space, straight quotation marks."""
    return normalise_space(text).translate(_FOLD)


@dataclass(frozen=True)
class Quotation:
    words: str  # between the marks, white space folded
    line: int | None  # in the markup fed, where known
    closed: bool = True


@dataclass(frozen=True)
class Problem:
    where: str  # the file, and the key or element when there is no line
    line: int | None
    words: str
    closest: str  # the nearest passage of the source, with its place ("s. 12")
    closed: bool = True

    def __str__(self) -> str:
        place = f"{self.where}:{self.line}" if self.line else self.where
        if not self.closed:
            return (
                f"{place}: a quotation mark opened before “{self.words[:60]}” is not closed; "
                "close it where the entry's words end."
            )
        return (
            f"{place}: “{self.words}” is in quotation marks but is not the entry's words. "
            f"Closest in the text: {self.closest}. Quote the text exactly, or mark the words "
            'as a title (<cite>), a label of the site (<span class="label">) or a conjecture '
            '(<span class="conjecture">): CONTRIBUTING.md, "Quotation marks".'
        )


class _ProseReader(HTMLParser):
    """The editorial prose of a piece of HTML, cut into blocks, without the marked and
    verbatim parts; each character keeps the line it came from."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, list[int]]] = []
        self._text: list[str] = []
        self._lines: list[int] = []
        self._open: list[tuple[str, bool]] = []  # (tag, skipped)

    def _skipping(self) -> bool:
        return any(skipped for _, skipped in self._open)

    def _end_block(self) -> None:
        if self._text:
            self.blocks.append(("".join(self._text), self._lines))
        self._text, self._lines = [], []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self._end_block()
        if tag in VOID_TAGS:
            return
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        skipped = (
            tag in MARKED_TAGS or tag in NOT_PROSE_TAGS
            or bool(classes & (MARKED_CLASSES | VERBATIM_CLASSES))
            or bool(MARKED_ATTRIBUTES & attributes.keys())
        )
        self._open.append((tag, skipped))

    def handle_endtag(self, tag):
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index][0] == tag:
                del self._open[index:]
                break
        if tag in BLOCK_TAGS:
            self._end_block()

    def handle_data(self, data):
        if self._skipping():
            return
        line = self.getpos()[0]
        for character in data:
            self._text.append(character)
            self._lines.append(line)
            line += character == "\n"

    def close(self):
        super().close()
        self._end_block()


def _opens_single(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (text[i] == "‘" or before.isspace() or before in "([“\"—–-") and not after.isspace()


def _closes_single(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()


def quoted_runs(text: str) -> list[tuple[int, str, bool]]:
    """(offset of the opening mark, words, closed) for each run in quotation marks.

    Double marks (“…”, "…") and single ones (‘…’, '…') are paired; an apostrophe inside a
    word (Lenin’s) or after one (leaders’) is not a mark. A run inside another is read on
    its own and as part of the outer one.
    """
    runs = []
    stack: list[tuple[str, int]] = []  # (kind, offset)

    def close(kind: str, end: int) -> bool:
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0] == kind:
                start = stack[depth][1]
                runs.append((start, text[start + 1:end], True))
                del stack[depth:]
                return True
        return False

    for i, character in enumerate(text):
        if character == "“":
            stack.append(("double", i))
        elif character == "”":
            close("double", i)
        elif character == '"':
            if not close("double", i):
                stack.append(("double", i))
        elif character in "‘’'":
            if any(kind == "single" for kind, _ in stack) and _closes_single(text, i):
                close("single", i)
            elif character != "’" and _opens_single(text, i):
                stack.append(("single", i))
    runs += [(start, text[start + 1:], False) for kind, start in stack if kind == "double"]
    return sorted(runs)


def quotations(markup: str) -> list[Quotation]:
    """Every run in quotation marks in the editorial prose of HTML (or of plain text)."""
    reader = _ProseReader()
    reader.feed(markup)
    reader.close()
    found = []
    for text, lines in reader.blocks:
        for start, words, closed in quoted_runs(text):
            if words := normalise_space(words):
                found.append(Quotation(words, lines[start], closed))
    return found


def _passages(source: SourceText) -> list[tuple[str, str]]:
    """(place, words) of the parts of the source a quotation may come from."""
    return [
        ("the title", normalise_space(source.title)),
        ("the description", normalise_space(source.description)),
        *((f"s. {s.number}", normalise_space(s.text)) for s in source.sentences),
    ]


def _found_in(words: str, text: str) -> bool:
    """Are the words in the text, each piece around an ellipsis in order?"""
    position = 0
    for piece in _ELLIPSIS.split(words):
        if not piece:
            continue
        position = text.find(piece, position)
        if position < 0:
            return False
        position += len(piece)
    return True


def is_the_entrys(words: str, source: SourceText) -> bool:
    """Are the words the entry's? The first letter may change case to fit the sentence."""
    text = fold(" ".join(passage for _, passage in _passages(source)))
    folded = fold(words)
    candidates = {folded, folded.rstrip(_EDITORS_STOP).rstrip()}
    candidates |= {c[:1].swapcase() + c[1:] for c in candidates}
    return any(_found_in(c, text) for c in candidates if c.strip(" .…"))


def _bare_words(text: str) -> list[str]:
    """Words to compare, without case or the punctuation around them."""
    return [word.strip(_EDITORS_STOP + "!?\"'()…") for word in fold(text).lower().split()]


def closest_passage(words: str, source: SourceText) -> str:
    """The run of the source's words most like ``words``, as “…” (s. N): the run with most
    of the quoted words, in order, then the one closest in letters."""
    quoted = fold(words)
    quoted_tokens = _bare_words(quoted)
    length = len(quoted_tokens)
    candidates: dict[str, tuple[str, int]] = {}  # run -> (place, words of the quotation in it)
    for place, passage in _passages(source):
        tokens = passage.split()
        for size in range(max(1, length - 1), length + 4):
            for start in range(max(1, len(tokens) - size + 1)):
                run = tokens[start:start + size]
                matcher = difflib.SequenceMatcher(None, quoted_tokens, _bare_words(" ".join(run)))
                shared = sum(block.size for block in matcher.get_matching_blocks())
                candidates.setdefault(" ".join(run), (place, shared))
    most = max(shared for _, shared in candidates.values())
    best = max(
        (run for run, (_, shared) in candidates.items() if shared == most),
        key=lambda run: difflib.SequenceMatcher(None, quoted, fold(run)).ratio(),
    )
    return f"“{best}” ({candidates[best][0]})"


def quotation_problems(
    markup: str, source: SourceText, where: str, line: int | None = None
) -> list[Problem]:
    """What in ``markup`` (a page's HTML, or one string of data) is in quotation marks and
    is not the entry's words; empty when everything is. ``line`` is the line of a string
    of data in its file; for HTML, the line within it is not an editor's line, and is left
    to ``line_in``."""
    problems = []
    for quotation in quotations(markup):
        if quotation.closed and is_the_entrys(quotation.words, source):
            continue
        problems.append(
            Problem(where, line, quotation.words, closest_passage(quotation.words, source), quotation.closed)
        )
    return problems


def line_in(markdown: str, words: str) -> int | None:
    """The line of a Markdown file where quoted words begin, when the file has them as
    written (generated text has no line of its own)."""
    tokens = re.findall(r"\w+", words)[:4]
    if not tokens:
        return None
    match = re.search(r"\W+".join(re.escape(t) for t in tokens), markdown)
    return markdown.count("\n", 0, match.start()) + 1 if match else None


def located(problems: list[Problem], written: str) -> list[Problem]:
    """Problems found in what was made of a file, with the line of the file that has the
    quoted words (none for generated words)."""
    return [replace(p, line=line_in(written, p.words)) for p in problems]

"""The page model: what each page of the edition is, read from its front matter.

A page joins the model with these front-matter keys:

``concept``  the short name other pages use for it in ``related`` (``masses``, ``party``);
``kind``     ``layer``, ``relation`` or ``reference``;
``summary``  one editorial sentence, shown at the top of the page and in lists of pages;
``related``  the concepts a reader should go to next;
``quotes``   the parts of the source the page draws on (``s8``, ``s8-s10``, ``thesis-2``, ``p2``);
``layer``    on layer pages, the layer's place from the outside in (1 = the masses);
``term``     optionally, the glossary term the page explains;
``questions`` one to three questions the page answers, for study (required on layer and
             relation pages); shown under the summary and indexed with the page.

``read_model`` checks every reference and reports every problem at once, each naming the
file and the fix, so that an editor never meets a half-built site.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from .problems import Problems
from .source import Sentence, SourceText, UnknownReference

KINDS = ("layer", "relation", "reference")
# Kinds whose pages are the edition's commentary proper: each must be reachable from the
# others and, together, they must quote every sentence of the source.
COMMENTARY_KINDS = ("layer", "relation")
MAX_QUESTIONS = 3


class ModelError(Problems):
    """One or more pages do not fit the model; the message lists each problem."""

    heading = "The page model has problems"


@dataclass
class Entry:
    src_uri: str
    title: str
    concept: str
    kind: str
    summary: str
    related: list[str] = field(default_factory=list)
    quotes: list[tuple[Sentence, ...]] = field(default_factory=list)
    layer: int | None = None
    term: str | None = None
    questions: list[str] = field(default_factory=list)

    @property
    def quoted_sentences(self) -> set[int]:
        return {s.number for run in self.quotes for s in run}


@dataclass
class Model:
    entries: dict[str, Entry]  # by concept

    def __post_init__(self) -> None:
        # Every hook asks for every page's entry: a lookup, not a scan of all entries.
        self._by_src_uri = {e.src_uri: e for e in self.entries.values()}

    def by_src_uri(self, src_uri: str) -> Entry | None:
        return self._by_src_uri.get(src_uri)

    def in_order(self, src_uris: list[str]) -> Model:
        """The same model, its entries in the order of ``src_uris`` (the reading order)."""
        position = {src_uri: index for index, src_uri in enumerate(src_uris)}
        return Model(dict(sorted(self.entries.items(), key=lambda item: position[item[1].src_uri])))

    def layers(self) -> list[Entry]:
        return sorted((e for e in self.entries.values() if e.layer), key=lambda e: e.layer)

    def pages_quoting(self, sentences: tuple[Sentence, ...]) -> list[Entry]:
        numbers = {s.number for s in sentences}
        return [e for e in self.entries.values() if e.quoted_sentences & numbers]

    def unquoted_sentences(self, source: SourceText) -> list[Sentence]:
        quoted = set().union(
            *(e.quoted_sentences for e in self.entries.values() if e.kind in COMMENTARY_KINDS)
        )
        return [s for s in source.sentences if s.number not in quoted]


def _suggest(word: str, known) -> str:
    close = difflib.get_close_matches(str(word), list(known), n=1)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    return f"{hint} Known: {', '.join(sorted(known))}."


def _as_list(value) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _question_problems(where: str, kind: str, questions) -> list[str]:
    """What is wrong with a page's ``questions:``, each problem with its fix."""
    if questions is None:
        if kind not in COMMENTARY_KINDS:
            return []
        return [
            f"{where}: front matter needs 'questions:', 1 to {MAX_QUESTIONS} questions that "
            f"the page answers (every {kind} page has them)."
        ]
    if not isinstance(questions, list) or not 1 <= len(questions) <= MAX_QUESTIONS:
        return [
            f"{where}: questions: give a list of 1 to {MAX_QUESTIONS} questions, "
            "one per line starting with '- '."
        ]
    return [
        f"{where}: questions: '{question}' is not a question: end it with '?'."
        for question in questions
        if not isinstance(question, str) or not question.strip().endswith("?")
    ]


def read_model(
    pages: list[tuple[str, dict]],
    source: SourceText,
    glossary_terms: set[str],
    docs_dir: str = "docs",
) -> Model:
    """Build the model from (src_uri, front matter) pairs; raise ModelError on any problem.

    Pages without ``concept`` are not part of the model (the home page, the full text...).
    """
    problems: list[str] = []
    entries: dict[str, Entry] = {}
    for src_uri, meta in pages:
        if "concept" not in meta:
            continue
        where = f"{docs_dir}/{src_uri}"
        concept = str(meta["concept"])
        if concept in entries:
            problems.append(
                f"{where}: concept '{concept}' is already the concept of "
                f"{docs_dir}/{entries[concept].src_uri}; give this page another name."
            )
            continue
        for key in ("title", "kind", "summary"):
            if not meta.get(key):
                problems.append(f"{where}: front matter needs '{key}:'.")
        kind = meta.get("kind", "")
        if kind and kind not in KINDS:
            problems.append(f"{where}: kind '{kind}' is unknown; use one of {', '.join(KINDS)}.")
        quotes = []
        for reference in _as_list(meta.get("quotes")):
            try:
                quotes.append(source.resolve(str(reference)))
            except UnknownReference as error:
                problems.append(f"{where}: quotes: {error}.")
        term = meta.get("term")
        if term and term not in glossary_terms:
            problems.append(
                f"{where}: term '{term}' is not in the glossary (includes/abbreviations.md)."
                + _suggest(term, glossary_terms)
            )
        problems += _question_problems(where, kind, meta.get("questions"))
        entries[concept] = Entry(
            src_uri=src_uri,
            title=str(meta.get("title", "")),
            concept=concept,
            kind=kind,
            summary=str(meta.get("summary", "")),
            related=[str(r) for r in _as_list(meta.get("related"))],
            quotes=quotes,
            layer=meta.get("layer"),
            term=term,
            questions=[str(q).strip() for q in _as_list(meta.get("questions"))],
        )
    for entry in entries.values():
        for name in entry.related:
            if name not in entries:
                problems.append(
                    f"{docs_dir}/{entry.src_uri}: related: no page has concept '{name}'."
                    + _suggest(name, entries)
                )
    if problems:
        raise ModelError(problems)
    return Model(entries)

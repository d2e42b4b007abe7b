"""Markdown written at build time: the full text, quotations and the glossary.

Everything here returns Markdown, not HTML, so that MkDocs resolves and validates each
link and anchor exactly as it does for what an editor writes by hand.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from itertools import groupby

from .glossary import GlossaryTerm
from .model import Entry, Model
from .notes import Note
from .source import Sentence, SourceText, describe
from .urls import relative_link, slug

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(text: str) -> str:
    """Text of the source as Markdown that renders to exactly these characters."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;"))


def sentence_markdown(sentence: Sentence, *, numbered: bool) -> str:
    """One sentence in a span that carries its anchor; numbered like a verse in the full text."""
    number = (
        f'<a class="sentence-number" href="#{sentence.anchor}" '
        f'aria-label="Sentence {sentence.number}">{sentence.number}</a>&nbsp;'
        if numbered
        else ""
    )
    anchor = f' id="{sentence.anchor}"' if numbered else ""
    return f'<span class="sentence"{anchor}>{number}{escape(sentence.text)}</span>'


def _part_key(sentence: Sentence) -> tuple[int, int | None]:
    return (sentence.paragraph, sentence.thesis)


def _part_heading(paragraph: int, thesis: int | None) -> str:
    if thesis is None:
        return f"## Paragraph {paragraph} {{ #p{paragraph} .source-part }}"
    return f"### Thesis ({thesis}) {{ #thesis-{thesis} .source-part }}"


def _discussed_in(pages: list[Entry], from_src_uri: str) -> str:
    if not pages:
        return ""
    links = ", ".join(f"[{p.title}]({relative_link(from_src_uri, p.src_uri)})" for p in pages)
    return f"Discussed in: {links}\n{{ .discussed-in }}\n"


def title_markdown(source: SourceText) -> str:
    """The entry's own title and one-line description, verbatim.

    The title's words stay out of the search index's page title, which falls back to the
    page's own (``title:`` in front matter): the entry's title names all four layers and
    would otherwise outrank the page about each of them.
    """
    return (
        f'# <span data-search-exclude="title">{escape(source.title)}</span>\n\n'
        f'<p class="entry-description">{escape(source.description)}</p>\n'
    )


def note_markers(notes: Sequence[Note]) -> str:
    """The markers of a sentence's notes, set after the sentence and outside its span, so
    that the sentence's words run on unbroken (the coverage check reads them as one run).
    They stay out of the search index, which would otherwise glue the number to the last
    word of the sentence."""
    return "".join(
        f'<sup class="note-ref" id="{note.anchor}-ref" data-search-exclude>'
        f'<a href="#{note.anchor}" aria-label="Editorial note {note.number}">{note.number}</a></sup>'
        for note in notes
    )


def notes_markdown(notes: Sequence[Note], from_src_uri: str, text_src_uri: str) -> str:
    """The editorial notes, numbered, each with its place in the text, the words it is
    about, what is odd there and, as a conjecture, what they probably mean.

    They stay out of the search index, as quotations do: a note repeats the words of its
    sentence and would otherwise come before the sentence itself."""
    to_text = relative_link(from_src_uri, text_src_uri) if from_src_uri != text_src_uri else ""
    items = []
    for note in notes:
        reading = f' <span class="conjecture">{note.reading}</span>' if note.reading else ""
        items.append(
            f'<li id="{note.anchor}" markdown="span">'
            f"[s. {note.sentence.number}]({to_text}#{note.sentence.anchor}), "
            f"“{escape(note.words)}”: {note.note}{reading}</li>"
        )
    return '<ol class="editorial-notes" data-search-exclude markdown>\n' + "\n".join(items) + "\n</ol>\n"


def full_text_markdown(
    source: SourceText, model: Model, text_src_uri: str, notes: Sequence[Note] = ()
) -> str:
    """The body of the source, verbatim, one part (paragraph opening or thesis) at a time,
    then the editorial notes on it.

    Paragraph 1 runs its introduction and three theses together in the source; each part
    starts on its own line here under an editorial heading, which the edition notes.
    """
    blocks = []
    for (paragraph, thesis), part in groupby(source.sentences, key=_part_key):
        part = tuple(part)
        sentences = " ".join(
            sentence_markdown(s, numbered=True) + note_markers([n for n in notes if n.sentence == s])
            for s in part
        )
        blocks.append(
            f"{_part_heading(paragraph, thesis)}\n\n"
            f'<p class="source-text" markdown>{sentences}</p>\n\n'
            + _discussed_in(model.pages_quoting(part), text_src_uri)
        )
    if notes:
        blocks.append(
            '## Notes on the text { #notes .editorial data-search-exclude="notes" }\n\n'
            + notes_markdown(notes, text_src_uri, text_src_uri)
        )
    return "\n".join(blocks)


def quotations_markdown(entry: Entry, text_src_uri: str) -> str:
    """The parts of the source an entry draws on, each linking to its place in the full text."""
    to_text = relative_link(entry.src_uri, text_src_uri)
    quotations = []
    for run in entry.quotes:
        body = " ".join(sentence_markdown(s, numbered=False) for s in run)
        quotations.append(
            '<figure class="quotation" markdown>\n\n'
            f"> {body}\n\n"
            f'<figcaption markdown="span">[{describe(run)}]({to_text}#{run[0].anchor})</figcaption>\n'
            "</figure>\n"
        )
    return "\n".join(quotations)


def study_questions_markdown(entry: Entry) -> str:
    """The questions for study the page answers, in a box of their own, numbered."""
    if not entry.questions:
        return ""
    items = "".join(f"    {number}. {question}\n" for number, question in enumerate(entry.questions, 1))
    return f'!!! question "Questions for study (editorial)"\n\n{items}\n'


def entry_head_markdown(entry: Entry, text_src_uri: str) -> str:
    """What every model page opens with: the editorial summary and the questions for study,
    then the quoted text.

    The questions come before the first heading, so that search indexes them with the page
    itself rather than as a section of it: a question typed into the search box then leads
    to the page that answers it (Material ranks a page above its sections).
    The quotations stay out of the search index: each sentence is indexed once, in its
    thesis or paragraph of the full text, and not again on every page that quotes it.
    """
    summary = (
        f'!!! abstract "In brief (editorial summary)"\n\n    {entry.summary}\n\n'
        + study_questions_markdown(entry)
    )
    if not entry.quotes:
        return summary
    return (
        summary
        + '## From the text { #from-the-text data-search-exclude="quotations" }\n\n'
        + quotations_markdown(entry, text_src_uri)
        + "\n"
        + "## Commentary { #commentary .editorial }\n\n"
    )


def glossary_markdown(
    terms: list[GlossaryTerm],
    source: SourceText,
    model: Model,
    glossary_src_uri: str,
    text_src_uri: str,
) -> str:
    """One section per term: its definition, where the text uses it, and its page if any."""
    pages_by_term = {e.term: e for e in model.entries.values() if e.term}
    sections = []
    for term in terms:
        lines = [f"## {term.term} {{ #{slug(term.term)} }}\n", term.definition + "\n"]
        uses = term.sentences_using(source)
        if uses:
            links = ", ".join(
                f"[s. {s.number}]({relative_link(glossary_src_uri, text_src_uri)}#{s.anchor})"
                for s in uses
            )
            lines.append(f"In the text: {links}\n{{ .term-uses }}\n")
        if entry := pages_by_term.get(term.term):
            lines.append(f"See [{entry.title}]({relative_link(glossary_src_uri, entry.src_uri)}).\n")
        sections.append("\n".join(lines))
    return "\n".join(sections)


def page_map_markdown(pages: list[tuple[str, str, str]], from_src_uri: str) -> str:
    """Every page in reading order, one line each: (src_uri, title, summary) triples."""
    return "\n".join(
        f"- [{title}]({relative_link(from_src_uri, src_uri)}): {summary}"
        for src_uri, title, summary in pages
        if src_uri != from_src_uri
    ) + "\n"


def citations_markdown(rows: list[tuple[str, str, str]], example: str, styled: list[tuple[str, str, str]]) -> str:
    """The forms of citation on How to cite: (what, notation, address) rows, then one
    place (``example``) in each style as (label, CSL style id, string) triples."""
    table = "| What | Notation | Address |\n| --- | --- | --- |\n" + "".join(
        f"| {what} | {notation or '—'} | <{url}> |\n" for what, notation, url in rows
    )
    styles = "".join(
        f'<p class="citation-example"><strong>{label}</strong><br>\n'
        f'<span data-csl-style="{style}">{html.escape(text)}</span></p>\n'
        for label, style, text in styled
    )
    return f"{table}\n{example} in each style, as the full-text page gives it:\n\n{styles}"

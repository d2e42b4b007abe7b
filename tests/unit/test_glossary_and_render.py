import pytest

from edition.coverage import missing_sentences
from edition.glossary import GlossaryError, GlossaryTerm, focusable_terms, parse_glossary
from edition.model import read_model
from edition.notes import parse_notes
from edition.render import entry_head_markdown, escape, full_text_markdown, notes_markdown, quotations_markdown
from edition.source import parse_source
from edition.urls import slug

SOURCE = parse_source("T\n\nD\n\nThe masses move. A supra-class party. (1) Masses-like words.\n")


def test_glossary_lines_become_sorted_terms_with_their_lines():
    terms = parse_glossary("*[vanguard]: The front.\n\n*[Masses]: Many people (s. 1).\n")
    assert terms == [GlossaryTerm("Masses", "Many people (s. 1)."), GlossaryTerm("vanguard", "The front.")]
    assert [t.line for t in terms] == [3, 1]


def test_a_malformed_or_repeated_glossary_line_is_named_with_its_file_and_line():
    with pytest.raises(GlossaryError) as error:
        parse_glossary("*[vanguard]: The front.\n*[masses] Many people.\nnot a term\n*[vanguard]: Again.\n", "g.md")
    assert error.value.problems == [
        "g.md:2: '*[masses] Many people.' is not a glossary line: write '*[term]: definition', "
        "with the colon after the closing bracket.",
        "g.md:3: 'not a term' is not a glossary line: write '*[term]: definition', "
        "with the colon after the closing bracket.",
        "g.md:4: 'vanguard' is defined already on line 1; keep one definition.",
    ]


def test_a_term_is_found_as_whole_words_in_any_case():
    assert [s.number for s in GlossaryTerm("masses", "").sentences_using(SOURCE)] == [1]
    assert [s.number for s in GlossaryTerm("supra-class", "").sentences_using(SOURCE)] == [2]
    assert slug("dictatorship of leaders") == "dictatorship-of-leaders"


def test_escape_keeps_markdown_from_changing_the_words():
    assert escape("a *b* [c] <d> & e_f") == r"a \*b\* \[c\] \<d\> &amp; e\_f"


def test_full_text_and_quotations_link_to_anchors():
    model = read_model(
        [("layers/a.md", {"concept": "a", "title": "A", "kind": "layer", "summary": "S.", "quotes": ["s2-s3"],
                          "questions": ["Q?"]})],
        SOURCE,
        set(),
    )
    text = full_text_markdown(SOURCE, model, "text.md")
    assert "## Paragraph 1 { #p1 .source-part }" in text
    assert "### Thesis (1) { #thesis-1 .source-part }" in text
    assert 'id="s3"' in text and "Discussed in: [A](layers/a.md)" in text
    quotes = quotations_markdown(model.entries["a"], "text.md")
    assert "[¶ 1, s. 2–3](../text.md#s2)" in quotes


NOTES = parse_notes(
    "- {id: two, sentence: s2, words: supra-class, note: Odd.}\n"
    "- {id: one, sentence: s1, words: masses move, note: Also odd., reading: Probably \"x\".}\n",
    SOURCE,
)


def test_note_markers_follow_their_sentence_and_leave_its_words_whole():
    model = read_model([], SOURCE, set())
    text = full_text_markdown(SOURCE, model, "text.md", NOTES)
    marker = '<sup class="note-ref" id="note-one-ref" data-search-exclude><a href="#note-one"'
    assert "The masses move.</span>" + marker in text
    assert "## Notes on the text { #notes" in text
    html = text.replace("\\", "")  # the escapes Markdown would take away
    assert missing_sentences(SOURCE, html) == []


def test_notes_link_to_their_sentence_from_any_page_and_mark_the_reading():
    on_text = notes_markdown(NOTES, "text.md", "text.md")
    assert '<li id="note-one" markdown="span">[s. 1](#s1), “masses move”: Also odd. ' in on_text
    assert '<span class="conjecture">Probably "x".</span>' in on_text
    assert "[s. 2](../text.md#s2), “supra-class”: Odd.</li>" in notes_markdown(NOTES, "about/x.md", "text.md")


def test_the_first_term_of_each_block_outside_links_becomes_a_keyboard_stop():
    term = '<abbr title="Def.">{}</abbr>'
    html = (
        f"<p>{term.format('masses')} and {term.format('Masses')}, {term.format('class')}</p>"
        f"<li><a href=\"x\">{term.format('masses')}</a>: the {term.format('masses')}</li>"
    )
    assert focusable_terms(html) == (
        '<p><abbr title="Def." tabindex="0">masses</abbr> and <abbr title="Def.">Masses</abbr>, '
        '<abbr title="Def." tabindex="0">class</abbr></p>'
        '<li><a href="x"><abbr title="Def.">masses</abbr></a>: the <abbr title="Def." tabindex="0">masses</abbr></li>'
    )

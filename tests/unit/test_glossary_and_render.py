from edition.glossary import GlossaryTerm, parse_glossary, slug
from edition.model import read_model
from edition.render import (
    entry_head_markdown,
    escape,
    full_text_markdown,
    quotations_markdown,
    relative_link,
)
from edition.source import parse_source

SOURCE = parse_source("T\n\nD\n\nThe masses move. A supra-class party. (1) Masses-like words.\n")


def test_glossary_lines_become_sorted_terms():
    terms = parse_glossary("*[vanguard]: The front.\nnot a term\n*[Masses]: Many people (s. 1).\n")
    assert terms == [GlossaryTerm("Masses", "Many people (s. 1)."), GlossaryTerm("vanguard", "The front.")]


def test_a_term_is_found_as_whole_words_in_any_case():
    assert [s.number for s in GlossaryTerm("masses", "").sentences_using(SOURCE)] == [1]
    assert [s.number for s in GlossaryTerm("supra-class", "").sentences_using(SOURCE)] == [2]
    assert slug("dictatorship of leaders") == "dictatorship-of-leaders"


def test_escape_keeps_markdown_from_changing_the_words():
    assert escape("a *b* [c] <d> & e_f") == r"a \*b\* \[c\] \<d\> &amp; e\_f"


def test_relative_links_between_pages():
    assert relative_link("layers/masses.md", "text.md") == "../text.md"
    assert relative_link("index.md", "layers/masses.md") == "layers/masses.md"


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


def test_questions_for_study_come_in_a_box_after_the_summary():
    model = read_model(
        [("layers/a.md", {"concept": "a", "title": "A", "kind": "layer", "summary": "S.",
                          "quotes": ["s1"], "questions": ["Why one?", "How two?"]})],
        SOURCE,
        set(),
    )
    head = entry_head_markdown(model.entries["a"], "text.md")
    box = '!!! question "Questions for study (editorial)"\n\n    1. Why one?\n    2. How two?\n'
    assert head.index("In brief") < head.index(box) < head.index("## From the text")

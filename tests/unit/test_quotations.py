"""edition/quotations.py: words in quotation marks in editorial prose are the entry's."""

from __future__ import annotations

import pytest

from edition.quotations import closest_passage, is_the_entrys, line_in, quotation_problems, quoted_runs
from edition.source import parse_source

SOURCE = parse_source(
    "The Title\n\nA description.\n\n"
    "Lenin answered: “Such a formulation proves that this Party’s ideology was hopelessly "
    "confused”. The class represents and obeys the broader masses. The leaders collective.\n"
)


def words(markup: str) -> list[str]:
    return [p.words for p in quotation_problems(markup, SOURCE, "docs/x.md")]


@pytest.mark.parametrize(
    "quoted",
    [
        "represents and obeys",  # verbatim
        "represents   and\nobeys",  # white space folded
        "this Party's ideology",  # a straight apostrophe for the text's curly one
        "the class represents",  # the first letter fits the editor's sentence
        "represents and obeys the broader masses.",  # a full stop inside the closing mark
        "Such a formulation … hopelessly confused",  # a part left out
    ],
)
def test_the_entrys_words_pass_however_they_are_quoted(quoted):
    assert is_the_entrys(quoted, SOURCE)


@pytest.mark.parametrize(
    "quoted", ["represents and serves", "obeys and represents", "the leaders’ collective", "hopelessly … Such"]
)
def test_other_words_do_not(quoted):
    assert not is_the_entrys(quoted, SOURCE)


def test_quoted_runs_pair_double_and_single_marks_and_skip_apostrophes():
    text = "Lenin’s “a ‘b’ c”, the leaders’ word 'd' and \"e\" and “f"
    assert [(words, closed) for _, words, closed in quoted_runs(text)] == [
        ("a ‘b’ c", True), ("b", True), ("d", True), ("e", True), ("f", False),
    ]


def test_every_kind_of_editorial_prose_is_read_and_the_texts_own_spans_are_not():
    html = (
        '<p>It says “represents and rules”.</p>'
        '<p><span class="sentence">The “Title” of it.</span> and “not here</p>'
        '<ul><li>“hopelessly muddled”</li></ul><figcaption>the “Related” list</figcaption>'
    )
    assert words(html) == ["represents and rules", "not here", "hopelessly muddled", "Related"]


def test_marked_titles_labels_conjectures_and_code_are_not_the_entrys_words():
    html = (
        '<p><cite>"Left-Wing" Communism</cite>, the <span class="label">"Cite this page"</span> box, '
        '<span class="conjecture">probably "the leaders’ collective"</span>, <code>"x"</code>, '
        '<span data-csl-style="apa">“The full text.” (2026)</span>, '
        'the translation\'s <span class="other-text">"hopelessly muddled thinking"</span>.</p>'
    )
    assert words(html) == []


def test_a_problem_names_the_file_line_words_and_closest_passage():
    [problem] = quotation_problems('Leaders are "the broader leaders".', SOURCE, "includes/g.md", line=4)
    assert str(problem).startswith(
        "includes/g.md:4: “the broader leaders” is in quotation marks but is not the entry's words. "
        "Closest in the text: “the broader masses.” (s. 2)."
    )
    assert "CONTRIBUTING.md" in str(problem)


def test_an_unclosed_mark_is_a_problem_of_its_own():
    [problem] = quotation_problems("<p>It says “represents and obeys</p><p>”.</p>", SOURCE, "docs/x.md")
    assert not problem.closed
    assert "a quotation mark opened before “represents and obeys” is not closed" in str(problem)


def test_the_closest_passage_has_most_of_the_quoted_words():
    assert closest_passage("Party ideology was confused", SOURCE) == (
        "“Party’s ideology was hopelessly confused”.” (s. 1)"
    )


def test_a_quotation_is_found_on_its_line_of_the_markdown_when_written_there():
    markdown = "---\ntitle: X\n---\n\nOne line.\nIt says \"represents and\nrules\" here.\n"
    assert line_in(markdown, "represents and rules") == 6
    assert line_in(markdown, "generated words") is None

"""edition/sharing.py: a page's meta description from its front matter."""

from __future__ import annotations

from edition.sharing import description, plain_text


def test_the_summary_is_the_description():
    assert description({"summary": "The outermost layer."}) == "The outermost layer."


def test_a_description_of_its_own_wins_over_the_summary():
    assert description({"summary": "Long.", "description": "Short."}) == "Short."


def test_a_page_without_either_leaves_the_site_description_in_place():
    assert description({"title": "Overview"}) is None


def test_quotation_marks_cannot_end_the_html_attribute():
    text = description({"summary": 'The question "party or class?" and <b>'})
    assert '"' not in str(text) and "<" not in str(text)
    assert str(text) == "The question &#34;party or class?&#34; and &lt;b&gt;"


def test_markdown_in_a_summary_becomes_plain_words():
    assert plain_text("See [the *masses*](layers/masses.md) and `s8`,\n  **twice**.") == (
        "See the masses and s8, twice."
    )

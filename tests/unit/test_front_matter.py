"""edition/front_matter.py: invalid front matter is named with its page and line."""

from __future__ import annotations

import pytest

from edition.front_matter import FrontMatterError, read_front_matter


def test_front_matter_is_read_with_the_line_of_each_key():
    found = read_front_matter("---\ntitle: A\nsummary: B\n---\nText.\n", "docs/a.md")
    assert found.meta == {"title": "A", "summary": "B"}
    assert found.lines == {"title": 2, "summary": 3}


def test_a_page_without_front_matter_has_none():
    assert read_front_matter("# Title\n\n---\n", "docs/a.md").meta == {}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "---\ntitle: A\nrelated: [masses, classes\nquotes: [s1]\n---\n",
            "docs/a.md:3: the front matter is not valid YAML: expected ',' or ']', but got ':' "
            "(noticed on line 4) (a list is written [a, b, c], with its closing ']').",
        ),
        (
            "---\ntitle: A\nsummary: Thesis (2): not antagonistic.\n---\n",
            "docs/a.md:3: the front matter is not valid YAML: mapping values are not allowed here "
            "(a value that holds a colon followed by a space must be in quotation marks: "
            'summary: "Thesis (2): ...").',
        ),
        ("---\ntitle: A\n\nText.\n", "docs/a.md:1: the front matter opened with '---' is not closed"),
        ("---\n- a\n- b\n---\n", "docs/a.md:2: the front matter must be 'key: value' lines"),
    ],
)
def test_invalid_front_matter_names_the_page_the_line_and_the_fix(text, message):
    with pytest.raises(FrontMatterError) as error:
        read_front_matter(text, "docs/a.md")
    assert str(error.value).startswith(message)

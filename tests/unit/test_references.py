"""edition/references.py: a page that is gone is reported once, with every place naming it."""

from __future__ import annotations

from edition.front_matter import read_front_matter
from edition.references import gone_pages, markdown_links, missing_page_problems, missing_pages, nav_paths
from scripts.mkdocs_config import parse_config

CONFIG = """\
nav:
  - Overview: index.md
  - The layers:
      - layers/masses.md  # the outermost
      - layers/classes.md
  - Elsewhere: https://example.org/
"""


def test_nav_paths_follow_the_reading_order():
    assert nav_paths(parse_config(CONFIG)["nav"]) == [
        "index.md", "layers/masses.md", "layers/classes.md", "https://example.org/",
    ]


def test_links_to_pages_are_found_with_their_lines():
    markdown = "See [a](a.md) and\n[b](../b.md#s3 \"B\"), [c](https://x.org/c.md), [d](d.txt), [e](#s1).\n"
    assert markdown_links(markdown) == [(1, "a.md"), (2, "../b.md")]


def test_a_deleted_page_is_one_problem_naming_every_link_nav_entry_and_related_name():
    pages = {
        "index.md": "[Classes](layers/classes.md)\n",
        "layers/masses.md": "---\nrelated: [classes]\n---\n\nSee [classes](classes.md), [text](../index.md).\n",
    }
    places = missing_pages(
        pages,
        {"layers/masses.md": (2, ["classes", "clases"])},
        concepts={"masses"},
        nav=nav_paths(parse_config(CONFIG)["nav"]),
    )
    assert places == {
        "layers/classes.md": [
            "docs/index.md:1 (link 'layers/classes.md')",
            "docs/layers/masses.md:5 (link 'classes.md')",
            "mkdocs.yml (nav: layers/classes.md)",
            "docs/layers/masses.md:2 (related: classes)",
        ]
    }
    [problem] = missing_page_problems(places, list(pages))
    assert problem.startswith("docs/layers/classes.md does not exist (deleted or renamed?), but 4 places name it:")
    assert problem.endswith("(related: classes). Restore the page, or change or remove each of these.")


def test_a_mistyped_link_gets_the_nearest_page_suggested():
    [problem] = missing_page_problems({"layers/clases.md": ["docs/index.md:3 (link 'layers/clases.md')"]},
                                      ["index.md", "layers/classes.md"])
    assert "but 1 place names it: docs/index.md:3 (link 'layers/clases.md'). Did you mean docs/layers/classes.md?" in problem


def test_the_model_is_read_without_the_names_of_pages_that_are_gone():
    front_matter = {
        "a.md": read_front_matter("---\nconcept: a\nrelated: [gone, a, typo]\n---\n[x](gone.md)\n", "docs/a.md"),
        "b.md": read_front_matter("---\nrelated: gone\n---\n", "docs/b.md"),
    }
    gone = gone_pages({"a.md": "---\nconcept: a\nrelated: [gone, a, typo]\n---\n[x](gone.md)\n", "b.md": ""},
                      front_matter, nav=["a.md", "gone.md"])
    assert gone.names == {"gone"}
    [problem] = gone.problems
    assert "docs/gone.md does not exist" in problem and "docs/b.md:2 (related: gone)" in problem
    assert gone.without_them(front_matter["a.md"].meta)["related"] == ["a", "typo"]
    assert gone.without_them({"title": "T"}) == {"title": "T"}

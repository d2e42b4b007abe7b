"""scripts/new_page.py: scaffold a concept page and add it to the nav."""

from __future__ import annotations

import re
import shlex

import pytest
from bs4 import BeautifulSoup
from mkdocs.utils.meta import get_data

from scripts import citations
from scripts.mkdocs_config import parse_config
from scripts.new_page import (
    ScaffoldError,
    front_matter,
    insert_into_nav,
    last_page_of_kind,
    main,
    page_path,
    page_text,
)
from tests.site import ROOT, build, copy_project

CONFIG = """\
site_name: Test
nav:
  - Overview: index.md
  - The relations:
      - relations/inseparable.md  # thesis (1)
      - relations/vanguard.md
  # references
  - Lenin's formulation: lenin.md
  - Glossary: glossary.md
theme:
  name: material
"""


def test_each_kind_has_its_folder():
    assert page_path("layer", "workers") == "layers/workers.md"
    assert page_path("relation", "workers") == "relations/workers.md"
    assert page_path("reference", "workers") == "workers.md"


@pytest.mark.parametrize("concept", ["Workers", "two words", "x/y", "-x"])
def test_a_concept_name_must_be_a_hyphenated_lower_case_slug(concept):
    with pytest.raises(ScaffoldError, match="lower-case words joined by hyphens"):
        page_path("relation", concept)


def test_the_page_reads_back_as_the_front_matter_it_was_given():
    meta = front_matter("A: title", "x", "layer", 'Says "so".', ["masses"], ["s1-s2"], layer=5,
                        questions=["Why: so?"])
    body, read_back = get_data(page_text(meta))
    assert read_back == meta
    assert list(read_back) == ["title", "concept", "kind", "layer", "summary", "related", "quotes", "questions"]
    assert "Write the" in body


def unused_concept(project, name: str) -> str:
    """``name``, or ``name-2``, ... when a page of the project has it already: the README's
    example adds ``workers``, and an editor who follows it must still see these tests pass."""
    taken = {md.stem for md in (project / "docs").rglob("*.md")}
    return next(c for c in [name, *(f"{name}-{n}" for n in range(2, 100))] if c not in taken)


def readme_example() -> list[str]:
    """The arguments of the ``scripts.new_page`` command in README.md, "Adding a page"."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"^\.venv/bin/python -m scripts\.new_page (.*?[^\\])$", readme, re.M | re.S)
    return shlex.split(command.group(1).replace("\\\n", " "))


def test_the_new_page_follows_the_last_page_of_its_kind():
    paths = ["index.md", "relations/a.md", "lenin.md", "relations/b.md"]
    kinds = {"relations/a.md": "relation", "relations/b.md": "relation", "lenin.md": "reference"}
    assert last_page_of_kind(paths, kinds, "relation") == "relations/b.md"
    with pytest.raises(ScaffoldError, match="--after"):
        last_page_of_kind(paths, kinds, "layer")


def test_one_line_is_added_in_the_form_and_depth_of_its_neighbour():
    in_section = insert_into_nav(CONFIG, "relations/vanguard.md", "relations/x.md", "X")
    assert in_section == CONFIG.replace(
        "      - relations/vanguard.md\n",
        "      - relations/vanguard.md\n      - relations/x.md\n",
    )
    top_level = insert_into_nav(CONFIG, "lenin.md", "x.md", "Workers: a note")
    assert "  - Lenin's formulation: lenin.md\n  - 'Workers: a note': x.md\n" in top_level
    assert parse_config(top_level)["nav"][3] == {"Workers: a note": "x.md"}
    assert "# thesis (1)" in top_level and "# references" in top_level


def test_a_nav_entry_that_is_not_there_is_reported():
    with pytest.raises(ScaffoldError, match="no nav entry for missing.md"):
        insert_into_nav(CONFIG, "missing.md", "x.md", "X")


def test_the_command_refuses_a_page_the_model_rejects_and_writes_nothing(tmp_path, capsys):
    project = copy_project(tmp_path)
    concept = unused_concept(project, "workers")
    before = (project / "mkdocs.yml").read_text()
    code = main(["relation", concept, "--title", "Workers", "--summary", "S.",
                 "--related", "clases", "--quotes", "s99", "--project", str(project)])
    assert code == 1
    error = capsys.readouterr().err
    assert f"docs/relations/{concept}.md: related: no page has concept 'clases'. Did you mean 'classes'?" in error
    assert "quotes: 's99' names no part of the text" in error
    assert f"docs/relations/{concept}.md: front matter needs 'questions:'" in error
    assert not (project / f"docs/relations/{concept}.md").exists()
    assert (project / "mkdocs.yml").read_text() == before


def test_the_command_refuses_a_summary_that_misquotes_the_text(tmp_path, capsys):
    project = copy_project(tmp_path)
    concept = unused_concept(project, "workers")
    code = main(["relation", concept, "--title", "W", "--summary", 'Leaders "rule the masses".',
                 "--related", "masses", "--quotes", "s7", "--questions", "Q?", "--project", str(project)])
    assert code == 1
    error = capsys.readouterr().err
    assert "--summary: “rule the masses” is in quotation marks but is not the entry's words" in error
    assert not (project / f"docs/relations/{concept}.md").exists()


def test_the_command_refuses_a_concept_that_exists(tmp_path, capsys):
    project = copy_project(tmp_path)
    assert main(["layer", "masses", "--title", "M", "--summary", "S.", "--project", str(project)]) == 1
    assert "docs/layers/masses.md exists already" in capsys.readouterr().err


def test_the_readme_example_scaffolds_a_page_that_builds_strictly_and_appears_in_the_nav(tmp_path):
    project = copy_project(tmp_path / "project")
    kind, concept, *options = readme_example()
    summary = options[options.index("--summary") + 1]
    concept = unused_concept(project, concept)  # the example's own name, unless a page has it
    assert main([kind, concept, *options, "--project", str(project)]) == 0
    assert citations.main(["--project", str(project)]) == 0  # the new page's citation
    result = build(project, tmp_path / "site", "http://127.0.0.1:8000/")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / f"site/relations/{concept}/index.html").read_text()
    assert summary in page
    # the questions for study, as read (a glossary term in them is marked up)
    assert options[options.index("--questions") + 1] in BeautifulSoup(page, "html.parser").get_text()
    assert 'href="../vanguard/"' in page  # the previous page in the nav

"""What an editor sees when they break something: the build fails and names the file and fix.

Each test copies the project into a temporary directory, breaks one thing, and builds.
"""

from __future__ import annotations

import re

import pytest

from tests.site import build, copy_project


def broken_build(tmp_path, path: str, old: str, new: str) -> str:
    project = copy_project(tmp_path / "project")
    file = project / path
    text = file.read_text(encoding="utf-8")
    assert old in text, f"the test's premise changed: {old!r} is not in {path}"
    file.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = build(project, tmp_path / "site", "http://127.0.0.1:8000/")
    assert result.returncode != 0, "the broken project built without error"
    return result.stdout + result.stderr


def test_an_unknown_related_concept_names_the_file_and_suggests_the_name(tmp_path):
    output = broken_build(
        tmp_path, "docs/layers/party.md", "related: [classes,", "related: [clases,"
    )
    assert "docs/layers/party.md: related: no page has concept 'clases'" in output
    assert "Did you mean 'classes'?" in output


def test_an_unknown_source_reference_names_the_file_and_the_valid_forms(tmp_path):
    output = broken_build(tmp_path, "docs/layers/masses.md", "quotes: [s1,", "quotes: [s99,")
    assert "docs/layers/masses.md: quotes: 's99' names no part of the text" in output
    assert "sentences s1-s23" in output


def test_an_unknown_glossary_term_names_the_glossary_file(tmp_path):
    output = broken_build(tmp_path, "docs/relations/vanguard.md", "term: vanguard", "term: vanguards")
    assert "docs/relations/vanguard.md: term 'vanguards' is not in the glossary" in output
    assert "includes/abbreviations.md" in output


def test_a_sentence_quoted_nowhere_else_stops_the_build(tmp_path):
    output = broken_build(tmp_path, "docs/relations/vanguard.md", "quotes: [s23]", "quotes: [s22]")
    assert "s23 is quoted by no layer or relation page" in output
    assert "add 's23' to the 'quotes:'" in output


def test_a_full_text_page_without_the_text_stops_the_build(tmp_path):
    output = broken_build(tmp_path, "docs/text.md", "<!-- edition:full-text -->", "")
    assert re.search(r"s1 is missing from docs/text\.md", output)


def test_an_unknown_shortcode_names_the_known_ones(tmp_path):
    output = broken_build(tmp_path, "docs/text.md", "<!-- edition:full-text -->", "<!-- edition:fulltext -->")
    assert "docs/text.md: unknown shortcode '<!-- edition:fulltext -->'" in output


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("[classes](classes.md)", "[classes](clases.md)", "contains a link 'clases.md'"),
        ("(../text.md#s7)", "(../text.md#s77)", "does not contain an anchor '#s77'"),
    ],
)
def test_a_dead_link_or_anchor_fails_the_strict_build(tmp_path, old, new, message):
    output = broken_build(tmp_path, "docs/layers/masses.md", old, new)
    assert message in output
    assert "docs/layers/masses.md" in output or "layers/masses.md" in output


def test_a_page_left_out_of_the_navigation_is_named(tmp_path):
    output = broken_build(tmp_path, "mkdocs.yml", "      - layers/leaders.md\n", "")
    assert "Pages of the model are not in the navigation: docs/layers/leaders.md" in output
    assert "Traceback" not in output


def test_a_changed_title_stops_the_build_until_the_citations_are_rendered_again(tmp_path):
    output = broken_build(tmp_path, "docs/layers/masses.md", "title: The masses", "title: The many")
    assert "includes/citations/rendered.json was rendered from other citation facts" in output
    assert "relationship-2026-layers-masses: title" in output
    assert "Run `make citations`" in output
    assert "Traceback" not in output

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


def test_a_relation_page_without_questions_for_study_names_the_file(tmp_path):
    output = broken_build(
        tmp_path, "docs/relations/process.md", "questions:\n", "unasked:\n"
    )
    assert "docs/relations/process.md: front matter needs 'questions:'" in output


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


def test_a_slot_no_step_fills_names_the_page_and_the_known_slots(tmp_path):
    output = broken_build(tmp_path, "docs/about.md", "\n## ", '\n<div data-edition-slot="map"></div>\n\n## ')
    assert "docs/about.md: no filler for the slot 'map'. Known: layers, layers-small, concept-map, whole-document." in output


def test_a_second_whole_document_is_refused(tmp_path):
    output = broken_build(tmp_path, "docs/about.md", "\n## ", "\n<!-- edition:whole-document -->\n\n## ")
    assert "'<!-- edition:whole-document -->' appears more than once (docs/print.md, docs/about.md); keep one." in output


def test_a_mistyped_link_names_the_line_and_the_page_meant(tmp_path):
    output = broken_build(tmp_path, "docs/layers/masses.md", "[classes](classes.md)", "[classes](clases.md)")
    assert (
        "docs/layers/clases.md does not exist (deleted or renamed?), but 1 place names it: "
        "docs/layers/masses.md:20 (link 'clases.md'). Did you mean docs/layers/classes.md?"
    ) in output


def test_a_dead_anchor_fails_the_strict_build(tmp_path):
    output = broken_build(tmp_path, "docs/layers/masses.md", "(../text.md#s7)", "(../text.md#s77)")
    assert "does not contain an anchor '#s77'" in output
    assert "layers/masses.md" in output


def test_a_page_left_out_of_the_navigation_is_named(tmp_path):
    output = broken_build(tmp_path, "mkdocs.yml", "      - layers/leaders.md\n", "")
    assert "Pages of the model are not in the navigation: docs/layers/leaders.md" in output
    assert "Traceback" not in output


def test_words_in_quotation_marks_in_a_summary_must_be_the_entrys(tmp_path):
    output = broken_build(
        tmp_path, "docs/layers/masses.md", "summary: The outermost layer.",
        'summary: The outermost layer, "the driving force of history".',
    )
    assert (
        "docs/layers/masses.md:9: “the driving force of history” is in quotation marks but is "
        "not the entry's words. Closest in the text:"
    ) in output
    assert "Traceback" not in output


def test_words_in_quotation_marks_in_commentary_are_named_with_their_line(tmp_path):
    output = broken_build(
        tmp_path, "docs/relations/vanguard.md", '"will deserve to be the vanguard', '"will surely be the vanguard'
    )
    assert "docs/relations/vanguard.md:15: “will surely be the vanguard and be the leading core only if”" in output
    assert "Closest in the text: “will deserve to be the vanguard and be the leading core only if” (s. 23)" in output


def test_a_changed_word_of_the_text_stops_the_build_and_says_how_to_accept_it(tmp_path):
    output = broken_build(tmp_path, "docs/source/relationship.txt", "All this is elementary.", "All this is elemental.")
    assert "docs/source/relationship.txt has changed: its SHA-256 is" in output
    assert "python -m scripts.text_checksum --accept" in output


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("related: [classes, process, vanguard]", "related: [classes, process, vanguard",
         "docs/layers/masses.md:10: the front matter is not valid YAML: expected ',' or ']'"),
        ("summary: The outermost layer. The masses", "summary: The outermost layer: the masses",
         "docs/layers/masses.md:9: the front matter is not valid YAML: mapping values are not allowed here"),
    ],
)
def test_invalid_front_matter_names_the_page_and_line_and_blames_no_other(tmp_path, old, new, message):
    output = broken_build(tmp_path, "docs/layers/masses.md", old, new)
    assert message in output
    assert "Did you mean" not in output


def test_a_malformed_glossary_line_names_the_file_and_line(tmp_path):
    output = broken_build(tmp_path, "includes/abbreviations.md", "*[vanguard]:", "*[vanguard]")
    assert "includes/abbreviations.md:8: '*[vanguard] What the proletarian party" in output
    assert "write '*[term]: definition', with the colon after the closing bracket" in output


def test_a_note_on_words_the_sentence_does_not_have_is_named(tmp_path):
    output = broken_build(tmp_path, "includes/notes.yml", "words: directed led by", "words: directed and led by")
    assert "includes/notes.yml:" in output
    assert "words 'directed and led by' are not in s3; copy them from the sentence exactly" in output


def test_a_deleted_page_is_reported_once_with_every_place_that_names_it(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs/layers/classes.md").unlink()
    result = build(project, tmp_path / "site", "http://127.0.0.1:8000/")
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "docs/layers/classes.md does not exist (deleted or renamed?)" in output
    for place in [
        "docs/layers/masses.md:20 (link 'classes.md')",
        "docs/layers/masses.md:10 (related: classes)",
        "docs/layers/party.md:10 (related: classes)",
        "docs/relations/inseparable.md:6 (related: classes)",
        "mkdocs.yml (nav: layers/classes.md)",
    ]:
        assert place in output
    assert output.count("does not exist") == 1
    assert "no page has concept 'classes'" not in output and "WARNING" not in output


def test_words_in_quotation_marks_in_mkdocs_yml_are_named_with_their_line(tmp_path):
    output = broken_build(
        tmp_path, "mkdocs.yml", "site_description: A major question", 'site_description: The "decisive" question'
    )
    assert "mkdocs.yml:2: “decisive” is in quotation marks but is not the entry's words" in output


def test_a_label_too_long_for_its_layer_names_the_key_without_a_traceback(tmp_path):
    long = "the leadership and the class, the leaders and the masses"
    output = broken_build(tmp_path, "mkdocs.yml", "leaders: the leadership", f"leaders: {long}")
    assert f"mkdocs.yml: extra.edition.diagram.labels.leaders: the label '{long}' is too long" in output
    assert "Traceback" not in output


def test_a_page_title_too_wide_for_the_concept_map_names_the_page_and_the_word(tmp_path):
    word = "Massesofthepeopleinthewholecountryandbeyond"
    output = broken_build(tmp_path, "docs/layers/masses.md", "title: The masses", f"title: The {word}")
    assert f"docs/map.md: the figure 'concept-map' cannot be drawn: the word '{word}'" in output
    assert "Traceback" not in output


def test_a_changed_title_stops_the_build_until_the_citations_are_rendered_again(tmp_path):
    output = broken_build(tmp_path, "docs/layers/masses.md", "title: The masses", "title: The many")
    assert "includes/citations/rendered.json was rendered from other citation facts" in output
    assert "relationship-2026-layers-masses: title" in output
    assert "Run `make citations`" in output
    assert "Traceback" not in output

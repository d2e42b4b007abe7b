"""edition/notes.py and includes/notes.yml: the notes on the text's odd readings."""

from __future__ import annotations

from pathlib import Path

import pytest

from edition.notes import NotesError, load_notes, parse_notes
from edition.quotations import quotation_problems
from edition.source import load_source, parse_source

ROOT = Path(__file__).resolve().parents[2]
TEXT = load_source(ROOT / "docs/source/relationship.txt")
SOURCE = parse_source("T\n\nD\n\nThe masses move. A supra-class party and does not exist.\n")


def test_notes_are_numbered_in_the_order_of_the_text_not_of_the_file():
    notes = parse_notes(
        "- {id: late, sentence: s2, words: does not exist, note: B.}\n"
        "- {id: early, sentence: s2, words: supra-class, note: A.}\n"
        "- {id: first, sentence: s1, words: masses, note: C., reading: R.}\n",
        SOURCE,
    )
    assert [(n.number, n.id, n.sentence.anchor) for n in notes] == [(1, "first", "s1"), (2, "early", "s2"), (3, "late", "s2")]
    assert notes[0].anchor == "note-first" and notes[0].reading == "R." and notes[0].line == 3


def test_every_problem_of_the_notes_is_named_with_its_line():
    with pytest.raises(NotesError) as error:
        parse_notes(
            "- {id: a, sentence: s1, words: masses moves, note: X.}\n"
            "- {id: a, sentence: s9, words: x, note: Y.}\n"
            "- {id: B c, sentence: s1, words: masses, note: '', colour: red}\n",
            SOURCE,
            "n.yml",
        )
    assert error.value.problems == [
        "n.yml:1: words 'masses moves' are not in s1; copy them from the sentence exactly.",
        "n.yml:2: sentence 's9' is not a sentence of the text: write s1 to s2.",
        "n.yml:2: id 'a' is the id of the note on line 1 too; ids are unique.",
        "n.yml:3: needs 'note:'.",
        "n.yml:3: 'colour' is not a key of a note; use id, sentence, words, note, reading.",
        "n.yml:3: id 'B c': use lower-case words joined by hyphens.",
    ]


def test_invalid_yaml_names_the_line():
    with pytest.raises(NotesError, match=r"n.yml:2: not valid YAML"):
        parse_notes("- id: a\n  words: the Russian experience: x\n", SOURCE, "n.yml")


NOTES = load_notes(ROOT / "includes/notes.yml", TEXT)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("s3", "directed led by"),
        ("s3", "a more or less stable groups"),
        ("s3", "political parties are usually directed"),  # the quotation mark never closed
        ("s4", "All this is elementary"),  # Lenin's words, or the entry's?
        ("s5", "the Russian experience:"),  # one source sentence cut into s5 and s6
        ("s9", "has class character"),
        ("s10", "and does not exist in reality"),
        ("s12", "the organizers, and leaders of any class"),
        ("s13", "raised the questions"),  # the opposition's questions, quoted without marks
        ("s13", "this dictatorship: the"),  # the no-break space
        ("s15", "Such a formulation proves that this Party’s ideology was hopelessly confused"),
        ("s16", "the leaders collective"),
        ("s17", "appointed, self-appointed and natural"),
        ("s21", "both represents and as well as subordinate to"),
        ("s21", "representing the vast majority of people, relying on the vast majority of people, and serves"),
    ],
)
def test_the_edition_notes_each_known_odd_reading(sentence, words):
    assert any(n.sentence.anchor == sentence and n.words == words for n in NOTES)


def test_the_notes_on_lenins_words_say_the_english_is_the_entrys_and_point_to_the_chapter():
    by_id = {n.id: n for n in NOTES}
    for note_id in ("lenin-quotation", "lenins-answer"):
        assert "entry's" in by_id[note_id].note and "(lenin.md)" in by_id[note_id].note
    assert "Collected Works" in by_id["lenins-answer"].note


def test_the_notes_quote_only_the_entrys_words():
    problems = [p for n in NOTES for p in quotation_problems(n.note, TEXT, "includes/notes.yml", n.line)]
    assert problems == []

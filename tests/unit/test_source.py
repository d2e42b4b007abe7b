import pytest

from edition.source import UnknownReference, describe, lock_problem, parse_source, sha256, split_sentences

TEXT = """Title

A description.

Intro one. Intro two: (1) First thesis. Still first? (2) Second “quoted”. End of it.

Last paragraph here. “Quoted start” ends.
"""


def test_sentences_break_after_stops_and_before_thesis_numbers():
    assert split_sentences("One. Two? “Three”. (4) Four: (5) Five") == [
        "One.", "Two?", "“Three”.", "(4) Four:", "(5) Five",
    ]


def test_a_colon_before_a_capital_does_not_end_a_sentence():
    assert split_sentences("They asked: Who is it? Nobody.") == ["They asked: Who is it?", "Nobody."]


def test_parse_numbers_sentences_through_the_body_and_tracks_theses():
    source = parse_source(TEXT)
    assert source.title == "Title" and source.description == "A description."
    assert [(s.number, s.paragraph, s.thesis) for s in source.sentences] == [
        (1, 1, None), (2, 1, None), (3, 1, 1), (4, 1, 1), (5, 1, 2), (6, 1, 2), (7, 2, None), (8, 2, None),
    ]


@pytest.mark.parametrize(
    ("reference", "numbers"),
    [("s3", [3]), ("s3-s5", [3, 4, 5]), ("thesis-2", [5, 6]), ("p2", [7, 8])],
)
def test_references_name_runs_of_sentences(reference, numbers):
    assert [s.number for s in parse_source(TEXT).resolve(reference)] == numbers


@pytest.mark.parametrize("reference", ["s0", "s9", "s5-s3", "s3-s9", "thesis-4", "p3", "S1", "s1,s2", "1"])
def test_unknown_references_are_refused_with_the_valid_forms(reference):
    with pytest.raises(UnknownReference, match="s8, s8-s10|names no part"):
        parse_source(TEXT).resolve(reference)


def test_describe_cites_paragraph_thesis_and_sentences():
    source = parse_source(TEXT)
    assert describe(source.resolve("thesis-2")) == "¶ 1, (2), s. 5–6"
    assert describe(source.resolve("s2-s3")) == "¶ 1, s. 2–3"
    assert describe(source.resolve("s7")) == "¶ 2, s. 7"


def test_the_text_is_locked_by_its_checksum():
    data = "Title\n\nWords.\n".encode()
    assert lock_problem(data, sha256(data), "docs/source/t.txt") is None
    changed = lock_problem(data.replace(b"Words", b"Word"), sha256(data), "docs/source/t.txt")
    assert changed.startswith("docs/source/t.txt has changed: its SHA-256 is ")
    assert f"records {sha256(data)}" in changed
    assert "python -m scripts.text_checksum --accept" in changed
    assert "git checkout -- docs/source/t.txt" in changed
    assert "source_sha256 is missing" in lock_problem(data, None, "docs/source/t.txt")

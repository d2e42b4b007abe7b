import pytest

from edition.model import ModelError, read_model
from edition.source import parse_source

SOURCE = parse_source("T\n\nD\n\nOne. Two. Three.\n")


def page(concept, **meta):
    return {"concept": concept, "title": concept.title(), "kind": "layer", "summary": "S.",
            "questions": ["Q?"], **meta}


def test_a_consistent_model_reads_related_quotes_and_terms():
    model = read_model(
        [("a.md", page("a", related=["b"], quotes=["s1-s2"], term="x")), ("b.md", page("b", quotes="s3")),
         ("index.md", {"title": "Home"})],
        SOURCE,
        {"x"},
    )
    assert list(model.entries) == ["a", "b"]
    assert model.entries["a"].quoted_sentences == {1, 2}
    assert model.unquoted_sentences(SOURCE) == []
    assert [e.concept for e in model.pages_quoting(SOURCE.resolve("s3"))] == ["b"]


def test_every_problem_is_reported_at_once_with_file_and_fix():
    with pytest.raises(ModelError) as error:
        read_model(
            [
                ("a.md", page("a", related=["bb"], quotes=["s9"], term="y")),
                ("b.md", page("b", kind="chapter", summary="")),
                ("c.md", page("a")),
            ],
            SOURCE,
            {"x"},
        )
    problems = error.value.problems
    assert "docs/a.md: related: no page has concept 'bb'. Did you mean 'b'? Known: a, b." in problems
    assert any(p.startswith("docs/a.md: quotes: 's9' names no part") for p in problems)
    assert any(p.startswith("docs/a.md: term 'y' is not in the glossary") for p in problems)
    assert "docs/b.md: front matter needs 'summary:'." in problems
    assert any(p.startswith("docs/b.md: kind 'chapter' is unknown") for p in problems)
    assert any(p.startswith("docs/c.md: concept 'a' is already the concept of docs/a.md") for p in problems)
    assert len(problems) == 6


def test_unquoted_sentences_count_only_layer_and_relation_pages():
    model = read_model([("r.md", page("r", kind="reference", quotes=["s1-s3"]))], SOURCE, set())
    assert [s.anchor for s in model.unquoted_sentences(SOURCE)] == ["s1", "s2", "s3"]


def test_the_model_finds_entries_by_file_and_follows_a_reading_order():
    model = read_model([("a.md", page("a")), ("b.md", page("b"))], SOURCE, set())
    assert model.by_src_uri("b.md").concept == "b" and model.by_src_uri("x.md") is None
    ordered = model.in_order(["b.md", "a.md"])
    assert list(ordered.entries) == ["b", "a"]
    assert ordered.by_src_uri("a.md") is model.entries["a"]


def test_layer_and_relation_pages_need_one_to_three_questions():
    with pytest.raises(ModelError) as error:
        read_model(
            [
                ("a.md", {**page("a"), "questions": None}),
                ("b.md", page("b", kind="relation", questions=["One?", "Two?", "Three?", "Four?"])),
                ("c.md", page("c", questions="Why?")),
                ("d.md", page("d", questions=["Why?", "A statement."])),
                ("r.md", {**page("r", kind="reference"), "questions": None}),
            ],
            SOURCE,
            set(),
        )
    assert error.value.problems == [
        "docs/a.md: front matter needs 'questions:', 1 to 3 questions that the page answers "
        "(every layer page has them).",
        "docs/b.md: questions: give a list of 1 to 3 questions, one per line starting with '- '.",
        "docs/c.md: questions: give a list of 1 to 3 questions, one per line starting with '- '.",
        "docs/d.md: questions: 'A statement.' is not a question: end it with '?'.",
    ]


def test_questions_are_read_in_order():
    model = read_model([("a.md", page("a", questions=["Why? ", "How?"]))], SOURCE, set())
    assert model.entries["a"].questions == ["Why?", "How?"]

"""edition/vocabulary.py: the words of the search index, for "Did you mean"."""

from __future__ import annotations

import json

from edition.vocabulary import index_words, vocabulary_script

INDEX = {
    "config": {"separator": r"[\s\-]+|\b(?:[Ww]hat)\b"},
    "docs": [
        {"location": "a/", "title": "The masses", "text": "<p>What the <em>masses</em>, 1920.</p>"},
        {"location": "a/#x", "title": "Supra-class", "text": "“Left-Wing” masses&rsquo; &amp; leaders”."},
    ],
}


def test_words_are_cut_as_the_search_index_cuts_them():
    words = index_words(INDEX)
    assert words["masses"] == 3  # title, text (inside markup), and before the apostrophe
    assert words["supra"] == words["class"] == words["left"] == words["wing"] == 1
    assert words["leaders"] == 1  # the closing quotation mark and full stop are trimmed
    assert "what" not in words  # a separator, as in the index
    assert "1920" not in words and "" not in words and "&" not in words


def test_the_script_defines_the_separator_and_the_words_most_frequent_first():
    script = vocabulary_script(INDEX)
    assert script.startswith("var __vocabulary = ") and script.endswith(";\n")
    data = json.loads(script.removeprefix("var __vocabulary = ").removesuffix(";\n"))
    assert data["separator"] == INDEX["config"]["separator"]
    assert data["words"][0] == ["masses", 3]
    counts = [count for _, count in data["words"]]
    assert counts == sorted(counts, reverse=True)

"""The site's own words, counted in its search index: what "Did you mean" suggests from
(overrides/assets/javascripts/did-you-mean.js).

Words are cut as Material's search cuts them: markup is a boundary, the index's
``separator`` splits, lunr's trimmer strips punctuation from both ends, case is ignored.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter

_MARKUP = re.compile(r"<[^>]+>")
# lunr's trimmer: what it strips from the ends of a word before indexing it
_PUNCTUATION_AT_ENDS = re.compile(r"^\W+|\W+$")


def index_words(index: dict) -> Counter:
    """How often each word occurs in the titles and texts of a Material search index."""
    separator = re.compile(index["config"]["separator"])
    words: Counter = Counter()
    for doc in index["docs"]:
        for field in (doc["title"], doc["text"]):
            for token in separator.split(html.unescape(_MARKUP.sub(" ", field))):
                word = _PUNCTUATION_AT_ENDS.sub("", token).lower()
                if word and not word.isdigit():
                    words[word] += 1
    return words


def vocabulary_script(index: dict) -> str:
    """A script that defines ``__vocabulary``: the index's separator and its words with their
    counts, the most frequent first. A script, not JSON: a page opened from the file system
    may load a script, but not fetch a file."""
    words = sorted(index_words(index).items(), key=lambda item: (-item[1], item[0]))
    data = {"separator": index["config"]["separator"], "words": words}
    return f"var __vocabulary = {json.dumps(data, ensure_ascii=False, separators=(',', ':'))};\n"

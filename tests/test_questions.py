"""Questions for study: each layer and relation page shows the questions it answers (its
front matter's ``questions:``) in a box marked editorial, under the summary; search indexes
them with the page itself; the whole document prints them."""

from __future__ import annotations

import json

import pytest

from edition.source import normalise_space
from tests.site import commentary_pages

COMMENTARY = commentary_pages()


def _asked(meta: dict) -> list[str]:
    """The page's questions as the page shows them: smarty turns apostrophes typographic."""
    return [question.replace("'", "’") for question in meta["questions"]]


@pytest.mark.parametrize("url", sorted(COMMENTARY))
def test_each_commentary_page_shows_its_questions_marked_editorial(site, url):
    asked = _asked(COMMENTARY[url])
    assert 1 <= len(asked) <= 3
    soup = site.html(url)
    box = soup.select_one("article .admonition.question")
    assert box is not None, f"{url} shows no questions for study"
    assert box.select_one(".admonition-title").get_text() == "Questions for study (editorial)"
    assert [normalise_space(li.get_text()) for li in box.select("ol > li")] == asked
    # under the summary, above the quotations and the commentary
    assert box.find_previous_sibling(class_="admonition") == soup.select_one("article .admonition.abstract")
    assert box.find_next("h2")["id"] == "from-the-text"


def test_the_questions_are_indexed_with_the_page_itself(site):
    docs = json.loads((site.root / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    texts = {doc["location"]: normalise_space(doc["text"]) for doc in docs}
    for url, meta in COMMENTARY.items():
        for question in _asked(meta):
            assert question in texts[url], (url, question)


def test_the_whole_document_prints_every_page_s_questions(site):
    printed = [normalise_space(li.get_text()) for li in site.html("print/").select(".admonition.question li")]
    assert sorted(printed) == sorted(question for meta in COMMENTARY.values() for question in _asked(meta))

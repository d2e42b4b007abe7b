"""The after-render pipeline over a small made-up edition: its order, its slots, its checks."""

from __future__ import annotations

import pytest

from edition import html
from edition.build import Build
from edition.model import read_model
from edition.pipeline import STEPS, AfterRender, AfterRenderError, RenderedPage, run
from edition.slots import slot
from edition.source import parse_source

SOURCE = parse_source("T\n\nD\n\nThe masses move. The leaders lead.\n")
WORDS = {
    "labels": {"masses": "The masses", "leaders": "The leaders"}, "inward": "lead", "outward": "move", "beyond": "move",
    "captions": {"layers": {"text": "The layers ({cites}).", "cites": "s2"}, "concept-map": {"text": "The map."}},
}
TEXT = '<p><span id="s1">The masses move.</span> <span id="s2">The leaders lead.</span></p>'


def layer(concept: str, number: int) -> dict:
    return {"concept": concept, "title": f"The {concept}", "kind": "layer", "layer": number, "summary": "S.",
            "quotes": [f"s{number}"], "questions": ["Q?"]}


def state(pages: dict[str, str]) -> AfterRender:
    """An edition of the given pages (src_uri -> rendered HTML), two of them layers."""
    model = read_model(
        [("layers/masses.md", layer("masses", 1)), ("layers/leaders.md", layer("leaders", 2))], SOURCE, set()
    )
    build = Build(SOURCE, [], "text.md", "glossary.md", model=model)
    rendered = [
        RenderedPage(src_uri, "" if src_uri == "index.md" else src_uri.removesuffix(".md") + "/",
                     src_uri.removesuffix(".md").rsplit("/")[-1].title(), content)
        for src_uri, content in pages.items()
    ]
    return AfterRender(build, rendered, WORDS)


def quoted(number: int) -> str:
    return f'<blockquote>{SOURCE.sentences[number - 1].text}</blockquote>'


EDITION = {
    "index.md": slot("layers"),
    "text.md": TEXT,
    "layers/masses.md": slot("layers-small") + quoted(1) + '<p><a href="../leaders/">the leaders</a></p>',
    "layers/leaders.md": slot("layers-small") + quoted(2),
    "print.md": "<h1>All</h1>" + slot("whole-document"),
}


def test_the_steps_run_in_the_stated_order():
    assert [step.__name__ for step in STEPS] == [
        "check_slots", "collect_links", "list_referenced_by", "fill_figures", "check_coverage", "check_quotations",
        "annotate_for_print", "assemble_whole_document",
    ]


def test_links_are_collected_before_figures_so_figures_add_no_reference():
    done = run(state(EDITION))
    assert done.referenced_by == {"layers/leaders/": ["layers/masses/"]}


def test_the_whole_document_is_assembled_last_with_every_figure_drawn_and_resolving():
    done = run(state(EDITION))
    document = done.page("print.md").html
    assert document.count("<svg") == 3  # the overview's, and each layer page's
    assert "data-edition-slot" not in document
    ids = set(html.ids(document))
    assert len(html.ids(document)) == len(ids)
    for reference in html.references(document):
        assert reference.target.startswith("#") and reference.target[1:] in ids, reference
    assert 'data-title="Leaders"' in document  # the link notes are set before assembly


def test_an_unknown_slot_stops_the_build_naming_the_page():
    with pytest.raises(AfterRenderError, match=r"docs/about.md: no filler for the slot 'map'\. Known: layers, "):
        run(state({**EDITION, "about.md": slot("map")}))


def test_a_second_whole_document_stops_the_build():
    with pytest.raises(AfterRenderError, match="appears more than once"):
        run(state({**EDITION, "about.md": slot("whole-document")}))


def test_a_sentence_missing_from_the_full_text_stops_the_build():
    with pytest.raises(AfterRenderError, match="s2 is missing from docs/text.md"):
        run(state({**EDITION, "text.md": TEXT.replace("The leaders lead.", "")}))


def test_words_in_quotation_marks_that_are_not_the_texts_stop_the_build_naming_the_line():
    edition = state({**EDITION, "layers/masses.md": EDITION["layers/masses.md"] + "<p>They “move mountains”.</p>"})
    edition.pages[2].markdown = "---\ntitle: The masses\n---\n\nThey “move mountains”.\n"
    with pytest.raises(AfterRenderError, match=r"docs/layers/masses.md:5: “move mountains”"):
        run(edition)

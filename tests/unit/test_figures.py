"""The figures package, without a build: layout, output and the check of its configuration."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

import pytest

from edition.figures import caption_html, problems
from edition.figures.concept_map import CELL, DOT, Node, by_kind, map_layout, map_links, map_svg
from edition.figures.geometry import Box, Label, LayoutError, wrap
from edition.figures.layers import Layer, Wording, layers_layout, layers_svg, layers_text_alternative
from edition.figures.svg import text
from edition.source import load_source
from tests.site import ROOT

XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
SVG = "{http://www.w3.org/2000/svg}"
WORDING = Wording(
    "forms the core and plays a leading role", "represents and obeys", "serves the vast majority of people"
)
LABELS = ["the masses", "the class", "the political party", "the leadership", "the core", "a sixth"]


def layers(count: int) -> list[Layer]:
    return [Layer(f"c{n}", LABELS[n], f"Title {n}", f"../c{n}/") for n in range(count)]


def no_two_overlap(boxes: list[Box]) -> bool:
    return not any(a.overlaps(b) for a, b in itertools.combinations(boxes, 2))


def words(element: ET.Element) -> str:
    """The text of an element as a browser reads it out: its characters, spaces collapsed."""
    return " ".join("".join(element.itertext()).split())


@pytest.mark.parametrize("count", range(1, 7))
def test_layers_nest_and_their_words_neither_overlap_nor_leave_the_figure(count):
    layout = layers_layout(LABELS[:count], WORDING)
    figure = Box(0, 0, layout.width, layout.height)
    for outer, inner in zip(layout.layers, layout.layers[1:]):
        assert outer.contains(inner) and inner.y > outer.y and inner.bottom < outer.bottom
    for depth, (box, label) in enumerate(zip(layout.layers, layout.labels)):
        assert box.contains(label.box)
        assert not any(label.box.overlaps(inner) for inner in layout.layers[depth + 1 :])
    texts = layout.text_boxes()
    arrows = [a.box for a in layout.arrows] + [a.box for a, _ in layout.legend]
    assert all(figure.contains(box) for box in texts + arrows + list(layout.layers))
    assert no_two_overlap(texts + arrows)


def test_a_label_too_long_for_its_layer_is_an_error_naming_it():
    long = "the leadership of the leadership of the"
    with pytest.raises(LayoutError, match="the leadership of the leadership") as raised:
        layers_layout(["the masses"] * 5 + [long], WORDING)
    assert raised.value.words == long


def test_wrap_breaks_only_between_words_and_keeps_each_line_within_the_width():
    lines = wrap(WORDING.inward, 14, 150)
    assert " ".join(lines) == WORDING.inward and len(lines) > 1
    assert all(len(line) * 14 * 0.6 <= 150 for line in lines)
    with pytest.raises(LayoutError, match="'supra-class-political-estates'"):
        wrap("the supra-class-political-estates", 14, 150)


def test_lines_of_a_text_read_as_the_words_with_spaces_between_them():
    element = ET.fromstring(
        f'<svg xmlns="http://www.w3.org/2000/svg">{text(Label(("plays a leading", "role"), 0, 0, 14), "x")}</svg>'
    )
    assert "".join(element.itertext()) == "plays a leading role"


def test_the_layers_svg_is_deterministic_its_links_named_by_their_words_and_the_current_marked():
    svg = layers_svg(layers(4), WORDING, current="c2")
    assert svg == layers_svg(layers(4), WORDING, current="c2")
    root = ET.fromstring(svg)
    assert root.find(f"{SVG}title").text == "The four layers"
    links = root.findall(f"{SVG}a")
    assert [a.get(XLINK_HREF) for a in links] == ["../c0/", "../c1/", "../c2/", "../c3/"]
    assert [words(a) for a in links] == LABELS[:4]
    assert not [a for a in links if a.get("aria-label")]
    assert [a.get("aria-current") for a in links] == [None, None, "page", None]
    assert "aria-current" not in layers_svg(layers(4), WORDING)
    legend = [words(t) for t in root.iter(f"{SVG}text")]
    assert WORDING.inward in legend and WORDING.beyond in legend


def test_the_text_alternative_lists_the_layers_in_order_and_the_words_of_both_directions():
    html = layers_text_alternative(layers(4), WORDING, current="c0")
    positions = [html.index(f"Title {n}") for n in range(4)]
    assert positions == sorted(positions)
    assert all(words in html for words in (WORDING.inward, WORDING.outward, WORDING.beyond))
    assert html.count('aria-current="page"') == 1


def nodes(count: int) -> list[Node]:
    kinds = ["layer"] * 4 + ["relation"] * 5 + ["reference"] * 3
    titles = ["Short", "(3) How leaders are chosen and what they do", "A process of layers"]
    return [Node(f"p{n}/", titles[n % 3], f"../p{n}/", kinds[n % len(kinds)]) for n in range(count)]


def every_link(count: int) -> dict[str, set[str]]:
    return {f"p{a}/": {f"p{b}/" for b in range(count) if b != a} for a in range(count)}


@pytest.mark.parametrize("count", [1, 2, 5, 12])
def test_map_names_apart_inside_the_figure_and_every_link_a_dot_of_its_own(count):
    graph = by_kind(nodes(count))
    layout = map_layout(graph)
    figure = Box(0, 0, layout.width, layout.height)
    assert no_two_overlap(list(layout.boxes) + [label.box for label in (*layout.headings, *layout.row_numbers)])
    assert no_two_overlap(list(layout.boxes) + [layout.grid])
    assert all(box.contains(label.box) for box, label in zip(layout.boxes, layout.labels))
    assert all(figure.contains(box) for box in [*layout.boxes, *layout.text_boxes(), layout.grid])
    dots = [layout.dot(s, t) for s, t in map_links(graph, every_link(count))]
    assert len(dots) == count * (count - 1)
    for (x1, y1), (x2, y2) in itertools.combinations(dots, 2):
        assert abs(x1 - x2) >= CELL or abs(y1 - y2) > 2 * DOT
    for (x, y) in dots:
        assert figure.contains(Box(x - DOT, y - DOT, 2 * DOT, 2 * DOT))


def test_map_links_leave_out_pages_outside_the_model_and_links_to_the_page_itself():
    graph = nodes(3)
    links = {"p0/": {"p1/", "text/", "p0/"}, "p1/": {"p0/", "p2/"}, "glossary/": {"p2/"}}
    assert map_links(graph, links) == [(0, 1), (1, 0), (1, 2)]


def test_the_map_svg_is_deterministic_and_each_page_holds_the_highlights_of_its_own_links():
    graph = nodes(5)
    edges = map_links(graph, {"p0/": {"p1/", "p2/"}, "p3/": {"p0/"}})
    svg = map_svg(graph, edges)
    assert svg == map_svg(graph, edges)
    root = ET.fromstring(svg)
    assert [a.get(XLINK_HREF) for a in root.iter(f"{SVG}a")] == [n.href for n in graph]
    assert [words(a) for a in root.iter(f"{SVG}a")] == [n.title for n in graph]
    assert len(root.findall(f".//{SVG}circle[@class='edition-map__dot']")) == 3
    groups = root.findall(f"{SVG}g[@class='edition-map__page']")
    lit = [len(g.findall(f".//{SVG}circle[@class='edition-map__lit']")) for g in groups]
    assert lit == [3, 1, 1, 1, 0]


SOURCE = load_source(ROOT / "docs/source/relationship.txt")
CONFIG = {
    "labels": {"masses": "the masses", "party": "the political party"},
    "inward": WORDING.inward,
    "outward": WORDING.outward,
    "beyond": WORDING.beyond,
    "captions": {"layers": {"text": "From the text ({cites}).", "cites": "s20-s21"}, "concept-map": {"text": "Links."}},
}


def check(config: dict) -> list[str]:
    return problems(config, ["masses", "party"], SOURCE, "docs/source/relationship.txt")


def test_words_of_the_text_pass_the_check():
    assert check(CONFIG) == []


def test_words_not_in_the_text_and_missing_labels_are_each_reported_with_the_fix():
    config = {**CONFIG, "outward": "represents and serves", "labels": {"masses": "the masses", "cadres": "x"}}
    found = check(config)
    assert any("outward: 'represents and serves' is not in the text" in p for p in found)
    assert any("no label for the layer 'party'" in p for p in found)
    assert any("'cadres' is not the concept of a layer page" in p for p in found)
    assert all(p.startswith("mkdocs.yml: extra.edition.diagram") for p in found)


def test_a_label_that_does_not_fit_its_layer_is_reported_under_its_key():
    long = "the leadership and the class, the leaders and the masses"
    [problem] = check({**CONFIG, "labels": {**CONFIG["labels"], "party": long}})
    assert problem.startswith(f"mkdocs.yml: extra.edition.diagram.labels.party: the label '{long}' is too long")


def test_captions_are_required_and_their_references_checked():
    found = check({**CONFIG, "captions": {"layers": {"text": "No link here.", "cites": "s99"}}})
    assert any(p.startswith("mkdocs.yml: extra.edition.diagram.captions.concept-map.text: missing") for p in found)
    assert any("captions.layers: write '{cites}'" in p for p in found)
    assert any("captions.layers.cites: 's99' names no part of the text" in p for p in found)


def test_a_caption_links_the_sentences_it_cites():
    html = caption_html(CONFIG["captions"]["layers"], SOURCE, "../text/")
    assert html == "From the text (<a href=\"../text/#s20\">s.\u00a020–\u206021</a>)."

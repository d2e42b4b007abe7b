"""The figure generator, without a build: layout, output and the check of its words."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

import pytest

from edition.diagram import (
    Box,
    Edge,
    Layer,
    LayoutError,
    Node,
    Wording,
    by_kind,
    layers_layout,
    layers_svg,
    layers_text_alternative,
    map_edges,
    map_layout,
    map_svg,
    wording_problems,
    wrap,
)
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
    with pytest.raises(LayoutError, match="the leadership of the leadership"):
        layers_layout(["the masses"] * 5 + ["the leadership of the leadership of the"], WORDING)


def test_wrap_keeps_every_word_and_each_line_within_the_width():
    lines = wrap(WORDING.inward, 14, 150)
    assert " ".join(lines) == WORDING.inward and len(lines) > 1
    assert all(len(line) * 14 * 0.6 <= 150 for line in lines)


def test_the_layers_svg_is_well_formed_deterministic_and_marks_the_current_layer():
    svg = layers_svg(layers(4), WORDING, current="c2")
    assert svg == layers_svg(layers(4), WORDING, current="c2")
    root = ET.fromstring(svg)
    assert root.find(f"{SVG}title").text == "The four layers"
    links = root.findall(f"{SVG}a")
    assert [a.get(XLINK_HREF) for a in links] == ["../c0/", "../c1/", "../c2/", "../c3/"]
    assert [a.get("aria-current") for a in links] == [None, None, "page", None]
    assert "aria-current" not in layers_svg(layers(4), WORDING)


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
def test_map_nodes_and_headings_neither_overlap_nor_leave_the_figure(count):
    graph = by_kind(nodes(count))
    layout = map_layout(graph, map_edges(graph, every_link(count)))
    figure = Box(0, 0, layout.width, layout.height)
    assert no_two_overlap(list(layout.boxes) + [h.box for h in layout.headings])
    assert all(box.contains(label.box) for box, label in zip(layout.boxes, layout.labels))
    assert all(figure.contains(box) for box in [*layout.boxes, *layout.text_boxes()])
    for _, start, end, bend in layout.edges:
        assert max(start[0], end[0]) + bend * 0.75 < layout.width


def test_map_edges_keep_one_edge_a_pair_and_leave_out_pages_outside_the_model():
    graph = nodes(3)
    links = {"p0/": {"p1/", "text/", "p0/"}, "p1/": {"p0/", "p2/"}, "glossary/": {"p2/"}}
    assert map_edges(graph, links) == [Edge(0, 1, both=True), Edge(1, 2, both=False)]


def test_the_map_svg_is_deterministic_with_one_link_per_node():
    graph = nodes(5)
    edges = map_edges(graph, every_link(5))
    svg = map_svg(graph, edges)
    assert svg == map_svg(graph, edges)
    root = ET.fromstring(svg)
    assert [a.get(XLINK_HREF) for a in root.iter(f"{SVG}a")] == [n.href for n in graph]
    assert len(list(root.iter(f"{SVG}path"))) == len(edges) + 1  # and the arrowhead


SOURCE = load_source(ROOT / "docs/source/relationship.txt")
CONFIG = {
    "labels": {"masses": "the masses", "party": "the political party"},
    "inward": WORDING.inward,
    "outward": WORDING.outward,
    "beyond": WORDING.beyond,
}


def test_words_of_the_text_pass_the_check():
    assert wording_problems(CONFIG, ["masses", "party"], SOURCE, "docs/source/relationship.txt") == []


def test_words_not_in_the_text_and_missing_labels_are_each_reported_with_the_fix():
    config = {**CONFIG, "outward": "represents and serves", "labels": {"masses": "the masses", "cadres": "x"}}
    problems = wording_problems(config, ["masses", "party"], SOURCE, "docs/source/relationship.txt")
    assert any("outward: 'represents and serves' is not in the text" in p for p in problems)
    assert any("no label for the layer 'party'" in p for p in problems)
    assert any("'cadres' is not the concept of a layer page" in p for p in problems)
    assert all(p.startswith("mkdocs.yml: extra.edition.diagram") for p in problems)

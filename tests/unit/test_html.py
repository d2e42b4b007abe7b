"""The HTML module: elements, text, ids and every kind of reference, read and rewritten."""

from __future__ import annotations

import pytest

from edition import html

FIGURE = (
    '<figure id="f"><svg xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" '
    'aria-labelledby="t d" role="group"><title id="t">T</title><desc id="d">D</desc>'
    "<defs><marker id='m' refX=8 markerWidth=\"7\"><path d=\"M0,0 L10,5\"/></marker></defs>"
    '<line marker-end="url(#m)" style="stroke: red; fill: url(\'#m\')"/>'
    '<a xlink:href="../classes/#top"><text>C</text></a><use href="#m"/></svg>'
    '<figcaption aria-describedby="d">A &amp; B <a href="../../text/#s3">s. 3</a></figcaption></figure>'
    '<label for="box">L</label><input id="box"><button aria-controls="f">x</button>'
)


def test_elements_know_their_tags_attributes_text_place_and_ancestors():
    elements = html.elements(FIGURE)
    assert [e.tag for e in elements][:4] == ["figure", "svg", "title", "desc"]
    figure, svg = elements[0], elements[1]
    assert svg.attributes["viewbox"] == "0 0 10 10"
    assert FIGURE[slice(*figure.span)].startswith("<figure") and FIGURE[slice(*figure.span)].endswith("</figure>")
    caption = next(e for e in elements if e.tag == "figcaption")
    assert caption.text == "A & B s. 3"
    link = next(e for e in elements if e.attributes.get("href") == "../../text/#s3")
    assert [a.tag for a in link.ancestors] == ["figure", "figcaption"]
    assert html.text("<p>a <b>b</b> &lt;c&gt;</p>") == "a b <c>"


def test_ids_and_every_kind_of_reference_are_listed():
    assert html.ids(FIGURE) == ["f", "t", "d", "m", "box"]
    found = {(r.attribute, r.target) for r in html.references(FIGURE)}
    assert found == {
        ("aria-labelledby", "#t"),
        ("aria-labelledby", "#d"),
        ("marker-end", "#m"),
        ("style", "#m"),
        ("xlink:href", "../classes/#top"),
        ("href", "#m"),
        ("aria-describedby", "#d"),
        ("href", "../../text/#s3"),
        ("for", "#box"),
        ("aria-controls", "#f"),
    }


def test_rewriting_renames_ids_and_their_references_together_and_leaves_the_rest_alone():
    out = html.rewrite_references(FIGURE, id=lambda i: f"p--{i}", url=lambda u: u.replace("../", "up/"))
    assert html.ids(out) == ["p--f", "p--t", "p--d", "p--m", "p--box"]
    targets = {r.target for r in html.references(out)}
    assert {"#p--t", "#p--d", "#p--m", "#p--box", "#p--f"} <= targets
    assert "up/classes/#top" in targets and "up/up/text/#s3" in targets
    assert '<svg xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" aria-labelledby="p--t p--d" role="group">' in out
    assert "<marker id=\"p--m\" refX=8 markerWidth=\"7\">" in out  # case and quoting kept
    assert 'style="stroke: red; fill: url(\'#p--m\')"' in out
    assert "<title id=\"p--t\">T</title>" in out and "A &amp; B" in out
    assert '<line marker-end="url(#p--m)" style' in out and out.count("/>") == FIGURE.count("/>")


def test_what_needs_no_change_keeps_its_bytes():
    source = "<p class=x data-a='1'>text &nbsp; <!-- c --><br></p>\n<svg viewBox=\"0 0 1 1\"></svg>"
    assert html.rewrite_references(source, id=str.upper, url=str.upper) == source
    assert html.set_attributes(source, lambda e: None) == source


def test_attributes_are_added_changed_and_removed_with_values_escaped():
    out = html.set_attributes('<a href="x" class="c">w</a>', lambda e: {"class": None, "data-title": 'A "B" & C'})
    assert out == '<a href="x" data-title="A &quot;B&quot; &amp; C">w</a>'


def test_overlapping_edits_are_refused():
    with pytest.raises(ValueError, match="overlapping"):
        html.splice("abcdef", [((0, 3), "x"), ((2, 4), "y")])

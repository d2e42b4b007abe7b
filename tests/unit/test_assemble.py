"""The whole document and the print annotations of links, without a build."""

from __future__ import annotations

import re

import pytest

from edition.assemble import DocumentPage, assemble, demote_headings, rewrite_page, without_title_heading
from edition.printing import annotate_links, css_string, folded
from edition.urls import page_anchor

ANCHORS = {"": "page-home", "text/": "page-text", "layers/masses/": "page-layers-masses"}


def test_each_page_has_its_own_anchor():
    assert page_anchor("layers/masses/") == "page-layers-masses"
    assert page_anchor("") == "page-home"
    assert len({page_anchor(u) for u in ["a-b/", "a/b/", "a/"]}) == 2  # a-b/ and a/b/ meet


def test_a_pages_anchors_are_prefixed_and_its_links_point_inside_the_document():
    html = (
        '<h2 id="commentary">C</h2><label for="x">L</label>'
        '<a href="../../text/#s3">s. 3</a> <a href="../classes/">not in the document</a> '
        '<a href="#commentary">here</a> <a href="../../">home</a> '
        '<a href="../../source/relationship.txt">file</a> <a href="https://example.org/a#b">out</a>'
    )
    out = rewrite_page(html, "layers/masses/", "print/", ANCHORS)
    assert out.startswith('<h2 id="page-layers-masses--commentary">C</h2>')
    assert 'id="page-layers-masses--commentary"' in out
    assert 'for="page-layers-masses--x"' in out
    assert 'href="#page-text--s3"' in out
    assert 'href="#page-layers-masses--commentary"' in out
    assert 'href="#page-home"' in out
    assert 'href="../layers/classes/"' in out  # a site page outside the document: still reachable
    assert 'href="../source/relationship.txt"' in out
    assert 'href="https://example.org/a#b"' in out


def test_a_figures_ids_arrowheads_labels_and_links_move_with_its_page():
    figure = (
        '<svg viewBox="0 0 10 10" aria-labelledby="layers-title" aria-describedby="layers-desc">'
        '<title id="layers-title">T</title><desc id="layers-desc">D</desc>'
        '<defs><marker id="layers-inward" refX="8"><path d="M0,0"/></marker></defs>'
        '<a id="layers-masses" xlink:href="../masses/"><rect/></a>'
        '<line marker-end="url(#layers-inward)"/></svg>'
    )
    out = rewrite_page(figure, "layers/masses/", "print/", ANCHORS)
    assert '<svg viewBox="0 0 10 10" aria-labelledby="page-layers-masses--layers-title" ' in out
    assert 'aria-describedby="page-layers-masses--layers-desc"' in out
    assert '<marker id="page-layers-masses--layers-inward" refX="8">' in out
    assert 'marker-end="url(#page-layers-masses--layers-inward)"' in out
    assert 'xlink:href="#page-layers-masses"' in out  # the layer's own page, inside the document


def test_headings_go_one_level_down_and_h6_stays():
    assert demote_headings("<h1 id='a'>A</h1><h2>B</h2><h6>F</h6>") == "<h2 id='a'>A</h2><h3>B</h3><h6>F</h6>"


def test_a_heading_that_repeats_the_title_is_dropped_and_another_is_kept():
    repeated = '<h1 id="glossary">Glossary<a class="headerlink" href="#glossary">¶</a></h1><p>x</p>'
    assert without_title_heading(repeated, "Glossary") == "<p>x</p>"
    assert without_title_heading("<h1>Entry</h1>", "Overview") == "<h1>Entry</h1>"


def test_the_document_has_contents_each_page_once_and_no_anchor_twice():
    pages = [
        DocumentPage("", "Overview", '<h1 id="t">Entry</h1><h2 id="map">Map</h2><a href="text/#s1">1</a>'),
        DocumentPage("text/", "The full text", '<h1 id="t">Entry</h1><span id="s1">One.</span>'),
        DocumentPage("layers/masses/", "The masses", '<h2 id="map">Map</h2><a href="../../">o</a>'),
    ]
    html = assemble(pages, "print/")
    ids = re.findall(r'\sid="([^"]*)"', html)
    assert len(ids) == len(set(ids))
    for target in re.findall(r'href="#([^"]*)"', html):
        assert target in ids, target
    assert re.findall(r"<h1[^>]*>([^<]*)</h1>", html) == []  # the document's title is the only h1
    assert re.findall(r"<h2[^>]*>([^<]*)</h2>", html) == ["Contents", "Overview", "The full text", "The masses"]
    levels = [int(level) for level in re.findall(r"<h(\d)", html.split("</nav>")[1])]
    assert levels == [2, 3, 4, 2, 3, 2, 3]  # under each page title, its own headings
    contents = html.split("</nav>")[0]
    assert [m for m in re.findall(r'href="#([^"]*)"', contents)] == list(ANCHORS.values())
    assert html.count("One.") == 1


TITLES = {
    "layers/masses/": "The masses",
    "layers/classes/": "Classes",
    "text/": "The full text",
    "lenin/": "Lenin's formulation",
    "relations/vanguard/": "The vanguard",
}


@pytest.mark.parametrize(
    "link, note",
    [
        ('<a href="../classes/">the class</a>', 'data-title="Classes"'),
        ('<a href="../classes/">Classes</a>', None),  # the words already say it
        ("<a href=\"../../lenin/\">Lenin’s  <em>Formulation</em></a>", None),  # after folding typography
        ('<a href="../../text/#s1">s. 1</a>', None),  # a place in the text says where it is
        ('<a href="../../text/#s7">¶ 1, (1), s. 7–9</a>', None),
        ('<a href="../../text/#p2">the second paragraph</a>', 'data-title="The full text"'),
        ('<a href="../../relations/vanguard/">s. 3</a>', 'data-title="The vanguard"'),  # not the text
        ('<a href="#here">here</a>', None),
        ('<a href="https://example.org/x?a=1&amp;b=2">Lenin</a>', 'data-url="https://example.org/x?a=1&amp;b=2"'),
        ('<a href="http://a.example/">http://a.example/</a>', None),
    ],
)
def test_a_link_gets_a_print_note_only_where_its_words_do_not_say_where_it_leads(link, note):
    out = annotate_links(link, "layers/masses/", TITLES, "text/")
    assert out == (link if note is None else link.replace(">", f" {note}>", 1))


def test_typography_case_and_white_space_are_folded_before_comparing():
    assert folded("“Left–Wing”  Communism") == folded('"left-wing" communism')


def test_no_note_for_a_link_inside_another_link():
    out = annotate_links('<a href="../x/"><a href="../y/">words</a></a>', "a/", {"x/": "X", "y/": "Y"}, "t/")
    assert out.count("data-title") == 1


def test_css_strings_escape_quotes_backslashes_and_markup():
    assert css_string('Lenin\'s "Left-Wing"') == '"Lenin\'s \\"Left-Wing\\""'
    assert css_string("a\\b</style>") == '"a\\\\b\\3c /style\\3e "'

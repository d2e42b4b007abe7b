"""The built site, read as files: the strict build, the text, the model, links and origins."""

from __future__ import annotations

import copy
import json
import re
from urllib.parse import urljoin, urlsplit

import pytest

from edition.assets import minify_css
from edition.assemble import page_anchor
from edition.notes import load_notes
from edition.quotations import quotation_problems
from edition.source import load_source, normalise_space
from scripts.mkdocs_config import load_config
from tests.site import ROOT, commentary_pages

SOURCE = load_source(ROOT / "docs/source/relationship.txt")
SHARED_SOURCE = ROOT.parent / "shared/source/000_e0881b1f017ad008.txt"
COMMENTARY = commentary_pages()


def text_of(soup) -> str:
    article = soup.select_one("article")
    return normalise_space(article.get_text())


def test_the_build_is_strict_and_quiet(site):
    assert "WARNING" not in site.output
    assert "end of life" not in site.output


@pytest.mark.skipif(not SHARED_SOURCE.exists(), reason="the received source file is not next to this clone")
def test_the_project_keeps_the_received_text_byte_for_byte():
    assert (ROOT / "docs/source/relationship.txt").read_bytes() == SHARED_SOURCE.read_bytes()


def test_the_source_is_cut_into_23_sentences_and_three_theses():
    assert len(SOURCE.sentences) == 23
    assert SOURCE.thesis_numbers == [1, 2, 3]
    assert SOURCE.paragraph_numbers == [1, 2]


def test_every_sentence_is_verbatim_on_the_full_text_page(site):
    text = text_of(site.html("text/"))
    for part in (SOURCE.title, SOURCE.description, *(s.text for s in SOURCE.sentences)):
        assert normalise_space(part) in text


def test_the_full_text_page_keeps_the_order_of_the_sentences(site):
    text = text_of(site.html("text/"))
    positions = [text.index(normalise_space(s.text)) for s in SOURCE.sentences]
    assert positions == sorted(positions)


def test_every_sentence_is_quoted_on_some_layer_or_relation_page(site):
    commentary = " ".join(text_of(site.html(url)) for url in COMMENTARY)
    missing = [s.anchor for s in SOURCE.sentences if normalise_space(s.text) not in commentary]
    assert missing == []


def test_every_quotation_mark_on_the_site_encloses_the_entrys_words(site):
    """What the build checks page by page, read again on the pages as published: figures,
    lists of pages and the whole document included."""
    problems = []
    for url in site.pages():
        if article := site.html(url).select_one("article"):
            problems += [str(p) for p in quotation_problems(str(article), SOURCE, url or "index")]
    assert problems == []


def test_each_note_is_marked_after_its_sentence_and_listed_on_the_about_page_and_in_print(site):
    notes = load_notes(ROOT / "includes/notes.yml", SOURCE)
    text, about, whole = site.html("text/"), site.html("about/"), site.html("print/")
    assert len(text.select("ol.editorial-notes > li")) == len(about.select("ol.editorial-notes > li")) == len(notes)
    for note in notes:
        marker = text.find(id=f"{note.anchor}-ref")
        assert marker.find_previous_sibling("span")["id"] == note.sentence.anchor
        assert marker.a["href"] == f"#{note.anchor}" and marker.get_text() == str(note.number)
        for page in (text, about):
            item = page.find(id=note.anchor)
            assert len(item.find_previous_siblings("li")) == note.number - 1
            assert normalise_space(note.words) in normalise_space(item.get_text())
        assert whole.find(id=f"{page_anchor('text/')}--{note.anchor}-ref") is not None


def test_the_full_text_has_an_anchor_and_a_marker_for_every_part(site):
    soup = site.html("text/")
    for anchor in ["p1", "p2", "thesis-1", "thesis-2", "thesis-3"]:
        heading = soup.find(id=anchor)
        assert heading is not None and heading.name in ("h2", "h3"), anchor
    for sentence in SOURCE.sentences:
        span = soup.find(id=sentence.anchor)
        marker = span.select_one("a.sentence-number")
        assert marker["href"] == f"#{sentence.anchor}"
        assert marker.get_text() == str(sentence.number)


def test_each_part_of_the_full_text_links_to_the_pages_that_discuss_it(site):
    soup = site.html("text/")
    lists = soup.select("p.discussed-in")
    assert len(lists) == 5  # paragraph 1's opening, three theses, paragraph 2
    for discussed in lists:
        targets = {urljoin("text/", a["href"]) for a in discussed.select("a")}
        assert targets and targets <= set(COMMENTARY) | {"lenin/"}


def test_every_quotation_links_to_its_anchor_in_the_full_text(site):
    text_page = site.html("text/")
    for url in COMMENTARY:
        soup = site.html(url)
        quotations = soup.select("figure.quotation")
        assert quotations, f"{url} quotes nothing"
        for quotation in quotations:
            link = quotation.select_one("figcaption a")
            target = urlsplit(urljoin(url, link["href"]))
            assert target.path == "/text/" or target.path == "text/"
            first_sentence = text_page.find(id=target.fragment)
            quoted = normalise_space(quotation.blockquote.get_text())
            assert quoted.startswith(normalise_space(first_sentence.get_text()).split(" ", 1)[1][:40])


def test_editorial_matter_is_marked_apart_from_the_quotations(site):
    for url in COMMENTARY:
        soup = site.html(url)
        summary = soup.select_one(".admonition.abstract .admonition-title")
        assert "editorial" in summary.get_text()
        commentary = soup.find(id="commentary")
        assert commentary is not None
        # quotations come before the commentary, and none inside it
        assert not commentary.find_all_next("figure", class_="quotation")


def _internal_links(soup, url) -> set[str]:
    links = set()
    for a in soup.select("article a[href]"):
        target = urlsplit(urljoin("http://site/" + url, a["href"]))
        if target.netloc == "site" and target.path.lstrip("/") != url:
            links.add(target.path.lstrip("/"))
    return links


def _inline_links(soup, url) -> set[str]:
    """Links in the page's own prose, not in generated lists, quotations or figures."""
    soup = copy.copy(soup)  # the parsed page is shared
    for generated in soup.select("nav.cross-references, figure.quotation, figure.edition-figure"):
        generated.decompose()
    return _internal_links(soup, url)


@pytest.mark.parametrize("url", sorted(COMMENTARY))
def test_commentary_pages_link_to_two_others_and_are_referenced(site, url):
    soup = site.html(url)
    others = set(COMMENTARY) | {"lenin/"}
    assert len(_inline_links(site.html(url), url) & others) >= 2
    related = soup.find(id="related").find_next("ul").select("a")
    assert len(related) >= 2
    referenced_by = soup.find(id="referenced-by").find_next("ul").select("a")
    assert referenced_by


def test_referenced_by_lists_exactly_the_pages_whose_prose_links_here(site):
    sources = [*COMMENTARY, "lenin/"]
    prose_links = {url: _inline_links(site.html(url), url) for url in sources}
    for url in COMMENTARY:
        soup = site.html(url)
        listed = {urljoin("http://site/" + url, a["href"]).removeprefix("http://site/")
                  for a in soup.find(id="referenced-by").find_next("ul").select("a")}
        expected = {source for source, links in prose_links.items() if url in links}
        assert listed == expected, url


def test_glossary_terms_show_their_definition_as_a_tooltip_on_every_page(site):
    glossary = site.html("glossary/")
    terms = {h.get("id") for h in glossary.select("article h2[id]")}
    assert {"masses", "vanguard", "supra-class", "dictatorship-of-leaders"} <= terms
    for url in [*COMMENTARY, "text/"]:
        abbreviations = site.html(url).select("article abbr[title]")
        assert abbreviations, url
        assert all(len(a["title"]) > 20 for a in abbreviations)
    vanguard = site.html("relations/vanguard/").find("abbr", string="vanguard")
    assert vanguard["title"].startswith("What the proletarian party deserves to be")


def test_tooltips_and_previews_are_switched_on(site):
    config = json.loads(site.html("").select_one("script#__config").string)
    assert {"content.tooltips", "navigation.instant.preview"} <= set(config["features"])
    assert site.html("layers/masses/").select("article a[data-preview]")


EXTERNAL = re.compile(r"^(?:[a-z]+:)?//", re.IGNORECASE)


def test_no_script_style_or_image_comes_from_another_origin(site):
    for url in site.pages():
        soup = site.html(url)
        for tag, attribute in (("script", "src"), ("link", "href"), ("img", "src")):
            for element in soup.find_all(tag):
                value = element.get(attribute, "")
                if tag == "link" and "stylesheet" not in element.get("rel", []) and "preload" not in element.get("rel", []) and "icon" not in element.get("rel", []):
                    continue  # canonical URLs and sitemaps are addresses, not loads
                assert not EXTERNAL.match(value) or value.startswith(site.url), (url, tag, value)


def test_previous_and_next_links_follow_the_reading_order(site):
    footer = site.html("layers/masses/").select_one("nav.md-footer__inner")
    labels = [a.get("aria-label", "") for a in footer.select("a")]
    assert any("Previous" in label and "The full text" in label for label in labels)
    assert any("Next" in label and "Classes" in label for label in labels)


def test_the_search_index_holds_the_text(site):
    index = json.loads((site.root / "search/search_index.json").read_text())
    text = normalise_space(" ".join(doc["text"] for doc in index["docs"]))
    text = re.sub(r"<[^>]+>", "", text)
    assert normalise_space(SOURCE.sentences[20].text) in normalise_space(text)


def test_readers_get_the_stylesheets_as_one_file_holding_each_of_them(site):
    links = [link["href"] for link in site.html("layers/masses/").select("link[rel=stylesheet]")]
    assert len(links) == 1
    bundle = (site.root / "layers/masses" / links[0]).resolve().read_text()
    assert ".md-header{" in bundle, "Material's main.css is not in it"
    assert "[data-md-color-scheme=slate]{" in bundle, "Material's palette.css is not in it"
    for path in load_config(ROOT / "mkdocs.yml")["extra_css"]:
        assert f"/* {path} */" in bundle
        assert minify_css((ROOT / "docs" / path).read_text())[:200] in bundle


def texts_matching(site, pattern: re.Pattern) -> list[tuple[str, str]]:
    """Each page's text runs in which ``pattern`` is found: the page and the run's start."""
    return [(url, text.strip()[:60]) for url in site.pages() for text in site.html(url).find_all(string=pattern)]


def test_no_place_in_the_text_can_break_between_its_mark_and_its_number(site):
    """"s. 12", "¶ 2", "thesis (2)" split at a line's end read as a stray letter and number."""
    assert texts_matching(site, re.compile(r"(?<![\w.])(s\.|¶|thesis) \(?\d")) == []
    assert "s.\u00a07" in site.html("glossary/").get_text()  # the check sees the places at all


def test_no_run_of_sentences_can_break_after_its_dash(site):
    """"s. 20–" at a line's end and "21)" on the next: the figure caption at 360 px did."""
    assert texts_matching(site, re.compile(r"(?<![\w.])s\.\s\d+–\d")) == []
    assert "s.\u00a020–\u206021" in site.html("").get_text()  # the home figure's caption


def test_each_glossary_term_is_one_stop_for_the_keyboard_per_block(site):
    """The first occurrence of a term in a paragraph (list item, cell...) takes focus, where
    Material shows its definition; repeats in the same block do not, to keep Tab quick."""
    stops = 0
    for url in site.pages():
        for block in site.html(url).select("article :is(p, li, td, th, dd, figcaption, h1, h2, h3)"):
            terms = [a for a in block.find_all("abbr", recursive=False) if a.get("title")]
            focusable = [a.get_text().lower() for a in terms if a.get("tabindex") == "0"]
            assert sorted(set(focusable)) == sorted({a.get_text().lower() for a in terms}), (url, block.get_text()[:60])
            assert len(focusable) == len(set(focusable)), (url, block.get_text()[:60])
            stops += len(focusable)
    assert stops > 100

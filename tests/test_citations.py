"""Citations on the built site: the strings are citeproc-js's, the files parse, the metadata
says what reference managers need, and a sentence is cited from where it stands."""

from __future__ import annotations

import io
import json
import re
import warnings

import bibtexparser
import pybtex.database
import pybtex.errors
import pytest
import rispy

from edition.citation import FORMS, PLACEHOLDER_BASE, places
from edition.source import load_source
from scripts import citations
from tests.site import ROOT, accessible_names, switch_scheme
from tests.test_accessibility import axe_violations

SOURCE = load_source(ROOT / "docs/source/relationship.txt")
ORIGINAL = "http://www.marxdic.com/article/745"
FILE_TYPES = {
    "application/vnd.citationstyles.csl+json": ".json",
    "application/x-bibtex": ".bib",
    "application/x-research-info-systems": ".ris",
}


def citation_files(site, url: str) -> dict[str, str]:
    """The page's citation files, by media type, as its <head> links them (site paths)."""
    soup = site.html(url)
    links = soup.head.find_all("link", rel="alternate", type=list(FILE_TYPES))
    depth = url.count("/")
    return {link["type"]: link["href"].removeprefix("../" * depth) for link in links}


def item_of(site, url: str) -> dict:
    (item,) = json.loads((site.root / citation_files(site, url)["application/vnd.citationstyles.csl+json"]).read_text())
    return item


@pytest.fixture(scope="module")
def rendered_again(site) -> dict[str, dict[str, str]]:
    """citeproc-js's strings for every page's CSL-JSON file and every place of the full text."""
    items = [item_of(site, url) for url in site.pages()]
    text = next(item for item in items if item["URL"] == site.url + "text/")
    items += [{**text, "id": f"{text['id']}-{p.anchor}", "URL": f"{text['URL']}#{p.anchor}"} for p in places(SOURCE)]
    return citations.render(items)


def test_the_rendered_file_is_what_citeproc_js_renders_from_the_pages_facts():
    data = json.loads(citations.RENDERED.read_text(encoding="utf-8"))
    items = citations.items()
    assert data["items"] == items, "run `make citations`"
    assert data["rendered"] == citations.render(items)


def test_every_pages_strings_are_citeproc_js_renderings_of_its_csl_json(site, rendered_again):
    for url in site.pages():
        item = item_of(site, url)
        assert item["URL"] == site.url + url and "author" not in item
        box = site.html(url).select_one(".cite-this-page")
        for form in FORMS:
            code = box.select_one(f"#cite-{form.key} code")
            assert code["data-csl-style"] == form.style, (url, form.key)
            assert code.get_text() == rendered_again[item["id"]][form.key], (url, form.key)


def test_the_pages_with_the_text_cite_the_original_publication(site):
    for url in ("text/", "print/"):
        item = item_of(site, url)
        assert ORIGINAL in item["note"]
        box = site.html(url).select_one(".cite-this-page")
        assert ORIGINAL in box.select_one("#cite-original-apa code").get_text()
    assert "note" not in item_of(site, "layers/masses/")
    # The original's title is the page's: no style repeats it as "originally published as".
    assert "riginally published as" not in site.html("text/").select_one(".cite-this-page").get_text()


def test_every_place_of_the_full_text_has_its_citeproc_js_strings(site, rendered_again):
    key = item_of(site, "text/")["id"]
    data = json.loads(site.html("text/").find("template", id="cite-place-template")["data-places"])
    assert [p["anchor"] for p in data] == [p.anchor for p in places(SOURCE)]
    for place in data:
        assert place["url"] == f"{site.url}text/#{place['anchor']}"
        assert place["forms"] == rendered_again[f"{key}-{place['anchor']}"]


def test_every_bibtex_file_parses_strictly_with_pybtex_and_with_bibtexparser(site):
    pybtex.errors.set_strict_mode(True)
    for url in site.pages():
        item = item_of(site, url)
        text = (site.root / citation_files(site, url)["application/x-bibtex"]).read_text(encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            entry = pybtex.database.parse_string(text, "bibtex").entries[item["id"]]
        assert entry.fields["url"] == item["URL"] and entry.fields["year"] == "2026"
        assert "date" not in entry.fields and "author" not in entry.fields
        library = bibtexparser.parse_string(text)
        assert not library.failed_blocks and [e.key for e in library.entries] == [item["id"]]


def test_every_ris_file_reads_back_with_the_pages_facts(site):
    for url in site.pages():
        item = item_of(site, url)
        (record,) = rispy.load(io.StringIO((site.root / citation_files(site, url)["application/x-research-info-systems"]).read_text(encoding="utf-8")))
        assert record["type_of_reference"] == "ELEC"
        assert (record["title"], record["secondary_title"]) == (item["title"], item["container-title"])
        assert record["urls"] == [item["URL"]] and record["date"] == "2026/11/26"


def test_every_page_links_its_files_and_offers_them_in_cite_this_page(site):
    for url in site.pages():
        files = citation_files(site, url)
        assert set(files) == set(FILE_TYPES), url
        offered = {a["type"] for a in site.html(url).select(".cite-this-page__files a[download]")}
        assert offered == set(FILE_TYPES), url
        for media_type, path in files.items():
            assert path.endswith(FILE_TYPES[media_type]) and (site.root / path).is_file(), (url, path)


def meta(soup, name: str) -> str | None:
    tag = soup.find("meta", attrs={"name": name})
    return tag["content"] if tag else None


def test_every_page_carries_highwire_dublin_core_and_json_ld(site):
    for url in site.pages():
        soup, item = site.html(url), item_of(site, url)
        assert meta(soup, "citation_title") == meta(soup, "DC.title") == item["title"]
        assert meta(soup, "citation_publication_date") == "2026/11/26" and meta(soup, "DC.date") == "2026-11-26"
        assert meta(soup, "citation_public_url") == meta(soup, "DC.identifier") == site.url + url
        assert meta(soup, "citation_language") == meta(soup, "DC.language") == "en"
        # Zotero saves a web page: DC.type says so, and no citation_journal_title says otherwise.
        assert meta(soup, "DC.type") == "webpage" and meta(soup, "citation_journal_title") is None
        assert meta(soup, "DCTERMS.isPartOf") == item["container-title"]
        data = json.loads(soup.find("script", type="application/ld+json").string)
        assert (data["@type"], data["name"], data["url"]) == ("WebPage", item["title"], site.url + url)
        assert data["isPartOf"] == {"@type": "WebSite", "name": item["container-title"], "url": site.url}
        assert data["datePublished"] == "2026-11-26"
        assert ("isBasedOn" in data) == (url in ("text/", "print/")), url
    based_on = json.loads(site.html("text/").find("script", type="application/ld+json").string)["isBasedOn"]
    assert based_on["url"] == ORIGINAL and based_on["name"] == SOURCE.title


def test_how_to_cite_shows_each_form_in_one_notation_and_credits_the_original(site):
    article = site.html("cite/").select_one("article")
    text = " ".join(article.get_text(" ").split())
    for notation, anchor in (("¶ 2", "p2"), ("¶ 1, (2)", "thesis-2"), ("s. 23", "s23")):
        assert f"{notation} {site.url}text/#{anchor}" in text, notation
    assert ORIGINAL in text
    styled = {span["data-csl-style"] for span in article.select(".citation-example [data-csl-style]")}
    assert styled == {form.style for form in FORMS}
    assert PLACEHOLDER_BASE not in text


@pytest.mark.browser
def test_a_sentence_number_opens_its_citation_from_the_keyboard(browser, site):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    tab = context.new_page()
    tab.goto(site.url + "text/")
    number = tab.get_by_role("link", name="Sentence 12", exact=True)
    number.focus()
    tab.keyboard.press("Enter")
    dialog = tab.get_by_role("dialog", name="Cite s. 12")
    dialog.wait_for()
    assert tab.evaluate("location.hash") == "#s12"
    assert dialog.locator("[data-cite-place-text]").inner_text() == f"s. 12, {site.url}text/#s12"
    chicago = dialog.locator("code[data-cite-form='chicago-note']")
    assert chicago.get_attribute("data-csl-style") == "chicago-notes-bibliography"
    assert chicago.inner_text().endswith(f"{site.url}text/#s12.")
    copy = dialog.locator("code[data-cite-form='chicago-note'] + button")
    copy.focus()
    tab.keyboard.press("Enter")
    tab.wait_for_function("navigator.clipboard.readText().then(t => t.length > 0)")
    assert tab.evaluate("navigator.clipboard.readText()") == chicago.inner_text()
    assert axe_violations(tab) == []
    tab.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    assert tab.evaluate("document.activeElement.getAttribute('aria-label')") == "Sentence 12"
    context.close()


@pytest.mark.browser
def test_the_citation_dialog_passes_axe_in_the_dark_palette_on_a_phone(browser, site):
    context = browser.new_context(viewport={"width": 360, "height": 780}, color_scheme="dark")
    tab = context.new_page()
    tab.goto(site.url + "text/")
    switch_scheme(tab, "dark")  # until Material's bundle has run, the page is in its own dark rules
    tab.get_by_role("link", name="Sentence 12", exact=True).click()
    tab.get_by_role("dialog", name="Cite s. 12").wait_for()
    assert axe_violations(tab) == []
    assert accessible_names(tab, "[data-cite-place] [data-cite-copy]") == [
        "Copy the notation", *(f"Copy {form.copies}" for form in FORMS)]
    # Hovered, a button is filled with the accent: its label must stay readable on it.
    tab.get_by_role("button", name="Copy the APA citation").hover()
    assert axe_violations(tab) == []
    context.close()

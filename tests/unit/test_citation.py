"""Citation facts, BibTeX, RIS and the rendered strings' checks, without a build."""

from __future__ import annotations

import datetime
import io
import json
import warnings

import bibtexparser
import pybtex.database
import pybtex.errors
import pytest
import rispy

from edition.citation import (
    PLACEHOLDER_BASE,
    CitedPage,
    Edition,
    RenderedCitations,
    StaleCitations,
    all_items,
    bibtex,
    carries_text,
    citation_key,
    json_ld,
    page_path,
    places,
    ris,
    with_address,
)
from edition.source import parse_source

SOURCE = parse_source(
    "The title\n\nA description.\n\nFirst sentence. It says: (1) One thing. More. (2) Another.\n\nLast one."
)
EDITION = Edition("The edition", datetime.date(2026, 11, 26), "en", "The title", "http://example.net/article/1")
PAGES = [
    CitedPage("", "Overview", False),
    CitedPage("text/", "The full text", True),
    CitedPage("layers/masses/", "50% & {more}", False),
]
ITEMS = all_items(EDITION, PAGES, "text/", SOURCE, PLACEHOLDER_BASE)
BY_ID = {item["id"]: item for item in ITEMS}


def test_page_paths_and_keys_follow_the_published_addresses():
    assert [page_path(u) for u in ("index.md", "text.md", "layers/masses.md", "a/index.md")] == ["", "text/", "layers/masses/", "a/"]
    assert citation_key("", EDITION.date) == "relationship-2026-overview"
    assert citation_key("layers/masses/", EDITION.date) == "relationship-2026-layers-masses"
    assert carries_text("x\n<!-- edition:full-text -->\n") and not carries_text("<!-- edition:title -->")


def test_a_page_item_has_the_facts_and_no_author():
    item = BY_ID["relationship-2026-layers-masses"]
    assert item == {
        "id": "relationship-2026-layers-masses",
        "type": "webpage",
        "title": "50% & {more}",
        "container-title": "The edition",
        "issued": {"date-parts": [[2026, 11, 26]]},
        "URL": PLACEHOLDER_BASE + "layers/masses/",
        "language": "en",
    }


def test_pages_carrying_the_text_name_the_original_publication():
    text = BY_ID["relationship-2026-text"]
    assert "original-title" not in text  # the same title: the styles would print it twice
    assert text["note"] == "Originally published at http://example.net/article/1"
    original = BY_ID["relationship-original"]
    assert original["URL"] == "http://example.net/article/1" and "issued" not in original


def test_every_place_of_the_text_is_an_item_at_its_address_in_the_editions_notation():
    assert [(p.anchor, p.label) for p in places(SOURCE)] == [
        ("p1", "¶ 1"), ("p2", "¶ 2"), ("thesis-1", "¶ 1, (1)"), ("thesis-2", "¶ 1, (2)"),
        ("s1", "s. 1"), ("s2", "s. 2"), ("s3", "s. 3"), ("s4", "s. 4"), ("s5", "s. 5"), ("s6", "s. 6"),
    ]
    place = BY_ID["relationship-2026-text-thesis-2"]
    assert place["URL"] == PLACEHOLDER_BASE + "text/#thesis-2" and place["title"] == "The full text"


def test_bibtex_parses_strictly_with_both_parsers_and_never_mixes_date_with_year():
    text = bibtex(with_address(BY_ID["relationship-2026-layers-masses"], "https://e.org/"))
    pybtex.errors.set_strict_mode(True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        entry = pybtex.database.parse_string(text, "bibtex").entries["relationship-2026-layers-masses"]
    assert entry.type == "misc"
    assert entry.fields["title"] == "{50\\% \\& \\{more\\}}"
    assert (entry.fields["year"], entry.fields["month"]) == ("2026", "November")
    assert "date" not in entry.fields and "author" not in entry.fields
    assert entry.fields["url"] == "https://e.org/layers/masses/"
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks and len(library.entries) == 1


def test_ris_reads_back_as_a_web_page_with_its_site():
    (record,) = rispy.load(io.StringIO(ris(with_address(BY_ID["relationship-2026-text"], "https://e.org/"))))
    assert record["type_of_reference"] == "ELEC"
    assert (record["title"], record["secondary_title"]) == ("The full text", "The edition")
    assert record["date"] == "2026/11/26" and record["urls"] == ["https://e.org/text/"]
    assert record["notes"] == ["Originally published at http://example.net/article/1"]


def test_json_ld_puts_the_page_in_the_edition_and_cannot_close_its_script():
    data = json.loads(json_ld(with_address(BY_ID["relationship-2026-text"], "https://e.org/"), EDITION, "https://e.org/"))
    assert data["isPartOf"] == {"@type": "WebSite", "name": "The edition", "url": "https://e.org/"}
    assert data["isBasedOn"]["url"] == "http://example.net/article/1"
    assert "</" not in json_ld({**ITEMS[0], "title": "</script>"}, EDITION, "https://e.org/")


def rendered_file(tmp_path, items, strings):
    path = tmp_path / "rendered.json"
    path.write_text(json.dumps({"items": items, "rendered": strings}), encoding="utf-8")
    return RenderedCitations(path)


def test_strings_rendered_from_other_facts_stop_the_build_naming_the_command(tmp_path):
    item = BY_ID["relationship-2026-layers-masses"]
    strings = {item["id"]: {f: f"“50% & {{more}}.” {item['URL']}." for f in ("apa", "chicago-note", "chicago-bibliography", "mla")}}
    rendered = rendered_file(tmp_path, [item], strings)
    rendered.check([item])
    assert rendered.strings(item["id"], "https://e.org/")["mla"] == "“50% & {more}.” https://e.org/layers/masses/."
    with pytest.raises(StaleCitations, match=r"relationship-2026-layers-masses: title.*Run `make citations`"):
        rendered.check([{**item, "title": "The masses"}])
    with pytest.raises(StaleCitations, match="relationship-2026-overview: new"):
        rendered.check([item, ITEMS[0]])


def test_a_style_that_does_not_print_the_address_verbatim_is_refused(tmp_path):
    item = BY_ID["relationship-2026-layers-masses"]
    strings = {item["id"]: {f: "no address" for f in ("apa", "chicago-note", "chicago-bibliography", "mla")}}
    with pytest.raises(StaleCitations, match="does not print"):
        rendered_file(tmp_path, [item], strings).check([item])

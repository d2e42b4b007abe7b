"""Addresses inside the site and slugs, without a build."""

import pytest

from edition.urls import relative_link, relative_url, site_path, slug


def test_markdown_links_between_source_files():
    assert relative_link("layers/masses.md", "text.md") == "../text.md"
    assert relative_link("index.md", "layers/masses.md") == "layers/masses.md"


@pytest.mark.parametrize(
    "path, from_url, expected",
    [
        ("layers/classes/", "layers/masses/", "../classes/"),
        ("", "layers/masses/", "../../"),
        ("layers/masses/", "", "layers/masses/"),
        ("print/", "print/", "./"),
        ("source/relationship.txt", "print/", "../source/relationship.txt"),
        # Without directory URLs (the offline edition), a page is a file in its folder.
        ("layers/party.html", "index.html", "layers/party.html"),
        ("layers/party.html", "layers/masses.html", "party.html"),
        ("index.html", "layers/masses.html", "../index.html"),
    ],
)
def test_a_link_from_one_page_to_another(path, from_url, expected):
    assert relative_url(path, from_url) == expected


def test_a_link_is_resolved_against_its_page_and_other_origins_are_none():
    assert site_path("../../text/#s3", "layers/masses/") == ("text/", "s3")
    assert site_path("#here", "text/") == ("text/", "here")
    assert site_path("party.html", "layers/masses.html") == ("layers/party.html", "")
    assert site_path("https://example.org/a", "text/") is None


def test_a_slug_is_lower_case_words_joined_by_hyphens():
    assert slug("Dictatorship of  Leaders!") == "dictatorship-of-leaders"

from edition.links import linked_page_urls, referenced_by


def test_links_resolve_relative_to_the_page_and_skip_self_and_other_origins():
    html = """
      <a href="../classes/">c</a> <a href="../../relations/process/#x">p</a>
      <a href="#here">self</a> <a href="./">self too</a> <a href="https://example.org/">out</a>
      <a>no href</a>"""
    assert linked_page_urls(html, "layers/masses/") == {"layers/classes/", "relations/process/"}


def test_links_from_the_home_page():
    assert linked_page_urls('<a href="text/#s1">t</a>', "") == {"text/"}


def test_referenced_by_inverts_links_and_ignores_self_links():
    links = {"a/": {"b/", "c/"}, "b/": {"c/", "b/"}, "c/": set()}
    assert referenced_by(links) == {"b/": ["a/"], "c/": ["a/", "b/"]}

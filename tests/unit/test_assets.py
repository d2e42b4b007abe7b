import pytest

from edition.assets import bundle, relinked, renamed_for_content


def test_a_bundle_keeps_order_names_each_file_and_hashes_its_content():
    path, text = bundle([("stylesheets/a.css", "a{}\n"), ("stylesheets/b.css", "b{}")], directory="stylesheets", stem="edition")
    assert text.index("/* stylesheets/a.css */") < text.index("a{}") < text.index("/* stylesheets/b.css */") < text.index("b{}")
    assert path.startswith("stylesheets/edition.") and path.endswith(".css")
    same, _ = bundle([("stylesheets/a.css", "a{}\n"), ("stylesheets/b.css", "b{}")], directory="stylesheets", stem="edition")
    changed, _ = bundle([("stylesheets/a.css", "a{color:red}"), ("stylesheets/b.css", "b{}")], directory="stylesheets", stem="edition")
    assert same == path != changed


def test_minifying_drops_comments_and_spaces_but_keeps_descendant_combinators():
    from edition.assets import minify_css

    css = "/* why */\n.a  :is(.b,\n .c) {\n  color: red;  /* note */\n}\n@media print {\n  .d { x: y }\n}\n"
    assert minify_css(css) == ".a :is(.b, .c){color: red;}@media print{.d{x: y}}"

def test_a_hashed_name_gets_the_hash_of_its_new_content():
    name = renamed_for_content("main.57a0d79d.min.css", "a{}")
    assert name.startswith("main.") and name.endswith(".min.css") and name != "main.57a0d79d.min.css"
    assert renamed_for_content("main.57a0d79d.min.css", "a{}") == name != renamed_for_content("main.57a0d79d.min.css", "b{}")
    with pytest.raises(ValueError, match="no 8-digit content hash"):
        renamed_for_content("main.min.css", "a{}")


def test_pages_at_any_depth_link_to_the_new_name_and_nothing_else_changes():
    html = '<link href="../../assets/stylesheets/main.57a0d79d.min.css"><p>main.57a0d79d.min.css</p>'
    assert relinked(html, {"main.57a0d79d.min.css": "main.0123abcd.min.css"}) == (
        '<link href="../../assets/stylesheets/main.0123abcd.min.css"><p>main.57a0d79d.min.css</p>'
    )

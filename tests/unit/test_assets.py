import pytest

from edition.assets import bundle, linked_as_one, relinked, renamed_for_content


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


def test_three_stylesheets_become_one_where_the_first_was_linked():
    html = (
        '<head>\n  <link rel="stylesheet" href="../assets/stylesheets/main.57a0d79d.min.css">\n'
        '  <link rel="stylesheet" href="../assets/stylesheets/palette.11111111.min.css">\n'
        '  <link rel="stylesheet" href="../stylesheets/edition.22222222.css">\n  <title>palette.11111111.min.css</title>'
    )
    names = ["main.57a0d79d.min.css", "palette.11111111.min.css", "edition.22222222.css"]
    assert linked_as_one(html, names, "main.0123abcd.min.css") == (
        '<head>\n  <link rel="stylesheet" href="../assets/stylesheets/main.0123abcd.min.css">\n'
        '  <title>palette.11111111.min.css</title>'
    )

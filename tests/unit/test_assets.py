from edition.assets import bundle


def test_a_bundle_keeps_order_names_each_file_and_hashes_its_content():
    path, text = bundle([("stylesheets/a.css", "a{}\n"), ("stylesheets/b.css", "b{}")], directory="stylesheets", stem="edition")
    assert text.index("/* stylesheets/a.css */") < text.index("a{}") < text.index("/* stylesheets/b.css */") < text.index("b{}")
    assert path.startswith("stylesheets/edition.") and path.endswith(".css")
    same, _ = bundle([("stylesheets/a.css", "a{}\n"), ("stylesheets/b.css", "b{}")], directory="stylesheets", stem="edition")
    changed, _ = bundle([("stylesheets/a.css", "a{color:red}"), ("stylesheets/b.css", "b{}")], directory="stylesheets", stem="edition")
    assert same == path != changed

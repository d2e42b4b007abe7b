from edition.assets import bundle


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

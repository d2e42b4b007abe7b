from edition.palette import UNCHOSEN, dark_until_chosen


def test_only_the_dark_schemes_rules_are_kept_rewritten_for_a_palette_not_chosen_yet():
    material = (
        "@media screen{[data-md-color-scheme=slate]{color-scheme:dark;--md-hue:225deg}"
        "[data-md-color-scheme=slate] img[src$=\"#only-light\"],.other{display:none}}"
        "[data-md-color-scheme=default]{--a:1}"
        "[data-md-color-primary=lime]:not([data-md-color-scheme=slate]){--md-typeset-a-color:#8b990a}"
    )
    edition = '[data-md-color-scheme="slate"] {\n  --md-typeset-a-color: #ff9e94;\n}'
    css = dark_until_chosen(material, edition)
    assert css == (
        "@media screen and (prefers-color-scheme: dark){"
        f"{UNCHOSEN}{{color-scheme:dark;--md-hue:225deg}}"
        f'{UNCHOSEN} img[src$="#only-light"]{{display:none}}'
        f"{UNCHOSEN}{{--md-typeset-a-color: #ff9e94;}}"
        "}"
    )


def test_no_dark_rules_no_stylesheet():
    assert dark_until_chosen("a{color:red}") == ""


def test_a_comment_before_a_dark_rule_stays_out_of_its_selector():
    css = '/* Dark: a comma, here, and a colon */\n[data-md-color-scheme="slate"]{--a:1}'
    assert dark_until_chosen(css) == (
        "@media screen and (prefers-color-scheme: dark){"
        "[data-md-color-scheme=default]:not([data-md-color-media]){--a:1}}"
    )

"""Places in the text are joined with a no-break space; other words are left alone."""

from edition.typography import keep_places_together


def test_places_in_the_text_are_joined_and_nothing_else():
    html = '<p title="as in (s. 8)">See s. 7–8, ¶ 2 and thesis (2); the classes. 2 parts, s.7.</p>'
    assert keep_places_together(html) == (
        '<p title="as in (s.\u00a08)">See s.\u00a07–8, ¶\u00a02 and thesis\u00a0(2); the classes. 2 parts, s.7.</p>'
    )

"""Places in the text are joined with a no-break space; other words are left alone."""

from edition.source import is_locator
from edition.typography import keep_places_together


def test_places_in_the_text_are_joined_and_nothing_else():
    html = '<p title="as in (s. 8)">See s. 7–8, ¶ 2 and thesis (2); the classes. 2 parts, s.7.</p>'
    assert keep_places_together(html) == (
        '<p title="as in (s.\u00a08)">See s.\u00a07–\u20608, ¶\u00a02 and thesis\u00a0(2); the classes. 2 parts, s.7.</p>'
    )


def test_a_run_of_sentences_is_joined_after_its_dash_and_still_reads_as_a_place():
    joined = keep_places_together("(s. 20–21)")
    assert joined == "(s.\u00a020–\u206021)"
    assert is_locator(joined.strip("()"))

"""Typography of the rendered pages: a place in the text is never split across two lines.

"s. 12", "¶ 2" and "thesis (2)" are read as one unit; broken after "s." on a narrow screen
they read as a stray letter and a stray number. Editors write them with a plain space (in
the pages, the glossary, the front matter) and the edition writes them too; each is joined
here, once, with a no-break space, in the HTML of every page. A run of sentences, "s. 20–21",
would still break after its dash: a word joiner after the dash keeps it whole.
"""

from __future__ import annotations

import re

NO_BREAK_SPACE = "\u00a0"
WORD_JOINER = "\u2060"  # invisible; no line break on either side
# "s. 12", "¶ 2", "thesis (2)": a mark, one space, a number (or a thesis number in brackets).
# The mark stands alone: "classes. 2" ends a sentence and stays as it is.
_PLACE = re.compile(r"(?<![\w.])(s\.|¶|thesis) (?=\(?\d)")


# "s. 20–21" once its space is joined: the dash between the two numbers.
_RUN = re.compile(r"(?<![\w.])(s\.\u00a0\d+–)(?=\d)")


def keep_places_together(html: str) -> str:
    html = _PLACE.sub(lambda match: match.group(1) + NO_BREAK_SPACE, html)
    return _RUN.sub(lambda match: match.group(1) + WORD_JOINER, html)

"""The dark palette for a page whose palette no script has chosen yet.

Material writes the first entry of `theme.palette` (the "follow the system" toggle) into
<body> as `data-md-color-scheme="default"`, and only its bundle, once it has run, asks the
system for light or dark and sets the scheme and `data-md-color-media`. Until then (and
always with JavaScript off) a reader whose system is dark got the light scheme. The rules
below give that body the dark scheme's rules when the system is dark; once Material has
chosen, `data-md-color-media` is set and they no longer match.
"""

from __future__ import annotations

import re

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")  # innermost rules: `@media screen{` stays outside
_COMMENT = re.compile(r"/\*.*?\*/", re.S)  # a comma in a comment would split a selector
_DARK = re.compile(r"""\[data-md-color-scheme=(?:slate|"slate")\]""")
_NOT_DARK = re.compile(r":not\(" + _DARK.pattern + r"\)")
_TOP_LEVEL_COMMA = re.compile(r",(?![^()]*\))")
UNCHOSEN = "[data-md-color-scheme=default]:not([data-md-color-media])"


def dark_until_chosen(*stylesheets: str) -> str:
    """The rules of the dark scheme (`slate`) in these stylesheets, in order, rewritten for a
    body whose palette follows the system and has not been chosen by a script yet, inside
    `@media screen and (prefers-color-scheme: dark)`. Selectors that exclude the dark scheme
    (`:not([data-md-color-scheme=slate])`) are left out: they are about the light one."""
    rules = []
    for css in stylesheets:
        for selectors, declarations in _RULE.findall(_COMMENT.sub("", css)):
            dark = [
                _DARK.sub(UNCHOSEN, selector.strip())
                for selector in _TOP_LEVEL_COMMA.split(selectors)
                if _DARK.search(_NOT_DARK.sub("", selector))
            ]
            if dark:
                rules.append(f"{','.join(dark)}{{{declarations.strip()}}}")
    return "@media screen and (prefers-color-scheme: dark){" + "".join(rules) + "}" if rules else ""

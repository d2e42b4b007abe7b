"""A page's YAML front matter, read so that a mistake in it stops the build.

MkDocs reads front matter too, but when the YAML is invalid it says nothing and publishes
the front matter as the page's first paragraph; the page then drops out of the model and
other pages are blamed for naming it. This reads it first and names the page and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

# The same block MkDocs takes for front matter (mkdocs.utils.meta.YAML_RE).
_BLOCK = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
_HINTS = {
    "mapping values are not allowed here": (
        "a value that holds a colon followed by a space must be in quotation marks: "
        'summary: "Thesis (2): ..."'
    ),
    "expected ',' or ']'": "a list is written [a, b, c], with its closing ']'",
    "expected ',' or '}'": "a mapping is written {a: 1}, with its closing '}'",
}


class FrontMatterError(ValueError):
    """Front matter that is not valid YAML keys and values; the message names file and line."""


@dataclass(frozen=True)
class FrontMatter:
    meta: dict
    lines: dict[str, int]  # the file's line of each top-level key


def _hint(problem: str) -> str:
    return next((f" ({hint})" for start, hint in _HINTS.items() if problem.startswith(start)), "")


def _yaml_problem(error: yaml.YAMLError, where: str) -> str:
    """The YAML error as an editor can act on it. A bracket left open is noticed only lines
    later; the line that opened it is the one to fix."""
    problem = getattr(error, "problem", None) or str(error)
    mark = getattr(error, "problem_mark", None)
    context, opened = getattr(error, "context", None) or "", getattr(error, "context_mark", None)
    if "flow" in context and opened:
        problem += f" (noticed on line {mark.line + 2})"
        mark = opened
    line = f":{mark.line + 2}" if mark else ""  # + the '---' line, and lines count from 1
    return f"{where}{line}: the front matter is not valid YAML: {problem}{_hint(problem)}."


def read_front_matter(text: str, where: str) -> FrontMatter:
    """The front matter of a Markdown file's text, or an empty one; raises FrontMatterError."""
    match = _BLOCK.match(text)
    if not match:
        if re.match(r"^-{3}[ \t]*\n", text):
            raise FrontMatterError(
                f"{where}:1: the front matter opened with '---' is not closed: end it with a "
                "line of '---' before the page's text."
            )
        return FrontMatter({}, {})
    block = match.group(1)
    try:
        node = yaml.compose(block, Loader=yaml.SafeLoader)
        meta = yaml.safe_load(block)
    except yaml.YAMLError as error:
        raise FrontMatterError(_yaml_problem(error, where)) from None
    if meta is None:
        return FrontMatter({}, {})
    if not isinstance(meta, dict):
        raise FrontMatterError(
            f"{where}:2: the front matter must be 'key: value' lines, such as 'title: The masses'."
        )
    lines = {key.value: key.start_mark.line + 2 for key, _ in node.value}
    return FrontMatter(meta, lines)

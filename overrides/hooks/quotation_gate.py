"""Hook: words in quotation marks in editorial prose must be the entry's (edition/quotations.py).

Checked where an editor wrote them, so that the message names the file and the line:
- the glossary's definitions, the notes, mkdocs.yml's description and copyright, when the
  build starts;
- every page's ``summary:``, once the pages are read;
- every page's rendered body (commentary, generated lists, figures) in the after-render
  pipeline (edition/pipeline.py, ``check_quotations``).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from edition import build
from edition.problems import report
from edition.quotations import Problem, located, quotation_problems


def _stop_on(problems: list[Problem]) -> None:
    if problems:
        raise PluginError(report("Words in quotation marks are not the entry's", problems))


def on_config(config: MkDocsConfig) -> None:
    current, edition = build.current, config.extra["edition"]
    problems = []
    for term in current.glossary:
        problems += quotation_problems(term.definition, current.source, edition["glossary"], term.line)
    for note in current.notes:
        problems += quotation_problems(note.note, current.source, edition["notes"], note.line)
    config_text = Path(config.config_file_path).read_text(encoding="utf-8")
    for key in ("site_description", "copyright"):
        problems += located(quotation_problems(config[key] or "", current.source, "mkdocs.yml"), config_text)
    _stop_on(problems)


def on_files(files: Files, config: MkDocsConfig) -> None:
    docs_dir = Path(config.docs_dir).name
    problems = []
    # Read by page_model.py, which runs first, with the line of each key.
    for src_uri, front_matter in build.current.front_matter.items():
        if summary := front_matter.meta.get("summary"):
            where = f"{docs_dir}/{src_uri}"
            problems += quotation_problems(str(summary), build.current.source, where, front_matter.lines["summary"])
    _stop_on(problems)

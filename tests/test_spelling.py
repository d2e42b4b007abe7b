"""Spelling of the editorial Markdown, with codespell. The verbatim text of the entry
(docs/source/) is left out: it keeps its own spelling."""

from __future__ import annotations

import subprocess
import sys

from tests.site import ROOT

WORDS = ROOT / "tests" / "spelling-words.txt"  # correct words codespell takes for typos


def codespell(*paths) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "codespell_lib", "--ignore-words", str(WORDS), *map(str, paths)],
        capture_output=True, text=True,
    )


def editorial_files() -> list:
    files = [p for p in (ROOT / "docs").rglob("*.md") if "source" not in p.relative_to(ROOT / "docs").parts]
    return [*files, *(ROOT / "includes").rglob("*.md"), ROOT / "README.md"]


def test_the_editorial_markdown_has_no_known_misspelling():
    result = codespell(*editorial_files())
    assert result.returncode == 0, (
        "codespell found misspellings (fix them, or add a correct word to tests/spelling-words.txt):\n"
        + result.stdout
    )


def test_the_check_finds_a_misspelling(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("The layers are not seperate.\n")
    assert "seperate ==> separate" in codespell(page).stdout

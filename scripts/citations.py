"""Render the edition's citations with citeproc-js into includes/citations/rendered.json.

    python -m scripts.citations        # what `make citations` runs

The build needs only Python: it reads the strings from that file and stops, naming this
command, when the pages' citation facts (titles, date, addresses) are no longer the ones
the strings were rendered from. This script gathers the same facts from the pages' front
matter and mkdocs.yml (edition/citation.py makes the items), renders them with the
official APA, Chicago and MLA styles in includes/citations/ (scripts/citations.mjs, Node
and npm's `citeproc`, installed by `npm ci`), and writes the file.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

from mkdocs.utils.meta import get_data

from scripts.mkdocs_config import load_config

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "overrides/hooks"))
from edition.citation import (  # noqa: E402  (the hooks' package, see above)
    FORMS,
    PLACEHOLDER_BASE,
    RENDERED_PATH,
    CitedPage,
    Edition,
    all_items,
    carries_text,
    page_path,
)
from edition.source import load_source  # noqa: E402

RENDERED = RENDERED_PATH
STYLES = RENDERED.parent  # the .csl files and the locale, beside the rendered strings
RENDERER = ROOT / "scripts/citations.mjs"


def cited_pages(docs: Path) -> list[CitedPage]:
    pages = []
    for markdown_file in sorted(docs.rglob("*.md")):
        markdown, meta = get_data(markdown_file.read_text(encoding="utf-8"))
        src_uri = markdown_file.relative_to(docs).as_posix()
        if "title" not in meta:
            sys.exit(f"docs/{src_uri}: front matter needs 'title:'; its citation is made from it.")
        pages.append(CitedPage(page_path(src_uri), meta["title"], carries_text(markdown)))
    return pages


def items(root: Path = ROOT) -> list[dict]:
    """Every item of the edition, its addresses under PLACEHOLDER_BASE, as the build makes them."""
    config = load_config(root / "mkdocs.yml")
    docs = root / config.get("docs_dir", "docs")
    text_path = page_path(config["extra"]["edition"]["text_page"])
    source = load_source(docs / config["extra"]["edition"]["source"])
    return all_items(Edition.from_config(config, source.title), cited_pages(docs), text_path, source, PLACEHOLDER_BASE)


def render(items_: list[dict], styles: Path = STYLES) -> dict[str, dict[str, str]]:
    """Each item's strings by form key, as citeproc-js renders them."""
    request = {"styles": str(styles), "forms": [asdict(form) for form in FORMS], "items": items_}
    result = subprocess.run(
        ["node", str(RENDERER)], input=json.dumps(request), capture_output=True, text=True, cwd=ROOT
    )
    if result.returncode:
        sys.exit(f"citations: citeproc-js failed (is `npm ci` done?):\n{result.stderr}")
    return json.loads(result.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--project", type=Path, default=ROOT, help=argparse.SUPPRESS)
    project = parser.parse_args(argv).project
    rendered_path = project / RENDERED.relative_to(ROOT)
    all_ = items(project)
    data = {
        "about": "Written by `make citations` (scripts/citations.py); do not edit.",
        "items": all_,
        "rendered": render(all_, rendered_path.parent),
    }
    rendered_path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(all_)} items rendered into {rendered_path.relative_to(project)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

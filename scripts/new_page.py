"""Scaffold a concept page with valid front matter and add it to the navigation.

    python -m scripts.new_page relation worker-peasant \\
        --title "Workers and peasants" \\
        --summary "One editorial sentence saying what the page is about." \\
        --related masses classes --quotes s7 s8-s10 \\
        --questions "Which classes does the text name?"

writes docs/relations/worker-peasant.md (layer pages go to docs/layers/, reference pages
to docs/) and adds it to ``nav`` in mkdocs.yml right after the last page of the same kind,
or after the page named by ``--after``. The front matter is checked against the page model
(edition/model.py) first, so a page this command writes always builds.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "overrides/hooks"))

from edition.front_matter import FrontMatterError, read_front_matter  # noqa: E402  (the hooks' package, see above)
from edition.glossary import GlossaryError, load_glossary  # noqa: E402
from edition.model import KINDS, ModelError, read_model  # noqa: E402
from edition.quotations import quotation_problems  # noqa: E402
from edition.references import nav_paths  # noqa: E402
from edition.source import load_source  # noqa: E402

from scripts.mkdocs_config import load_config  # noqa: E402

FOLDERS = {"layer": "layers/", "relation": "relations/", "reference": ""}
BODY = """
<!-- The summary and the quoted passages are put above this by the build. Write the
commentary here: say what the text says, cite sentences as [s. 8](../text.md#s8), and link
to at least two other pages of the edition. -->
"""


class ScaffoldError(Exception):
    """A page that cannot be scaffolded as asked; the message says why and what to do."""


def page_path(kind: str, concept: str) -> str:
    """Where a page of this kind lives, relative to docs/."""
    if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", concept):
        raise ScaffoldError(
            f"concept '{concept}': use lower-case words joined by hyphens, like 'leaders-chosen'."
        )
    return f"{FOLDERS[kind]}{concept}.md"


def front_matter(
    title: str,
    concept: str,
    kind: str,
    summary: str,
    related: list[str],
    quotes: list[str],
    layer: int | None = None,
    questions: list[str] | None = None,
) -> dict:
    """The page's front matter, with the keys in the order the existing pages use."""
    meta = {"title": title, "concept": concept, "kind": kind}
    if layer is not None:
        meta["layer"] = layer
    meta |= {"summary": summary, "related": related, "quotes": quotes}
    if questions:
        meta["questions"] = questions
    return meta


def page_text(meta: dict) -> str:
    head = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=None)
    return f"---\n{head}---\n{BODY}"


def last_page_of_kind(paths: list[str], kinds: dict[str, str], kind: str) -> str:
    same_kind = [p for p in paths if kinds.get(p) == kind]
    if not same_kind:
        raise ScaffoldError(
            f"no page of kind '{kind}' is in the nav yet: say where the page goes with "
            f"--after PAGE.md (one of: {', '.join(paths)})."
        )
    return same_kind[-1]


def insert_into_nav(config_text: str, after: str, path: str, title: str) -> str:
    """mkdocs.yml's text with ``path`` added to the nav on the line after the entry for
    ``after``, at the same depth and in the same form (``- path`` or ``- Title: path``).
    Only that one line is added, so comments and layout stay as the editor wrote them."""
    entry = re.compile(rf"^(?P<indent>\s*)- (?:(?P<title>.+?):\s+)?{re.escape(after)}\s*$", re.M)
    match = entry.search(config_text)
    if not match:
        raise ScaffoldError(f"mkdocs.yml: no nav entry for {after}; add the page to nav by hand.")
    if match.group("title"):
        line = yaml.safe_dump([{title: path}], width=10_000, allow_unicode=True).strip()
    else:
        line = f"- {path}"
    at = match.end()
    return f"{config_text[:at]}\n{match.group('indent')}{line}{config_text[at:]}"


def check_against_model(project: Path, config: dict, path: str, meta: dict) -> None:
    """Read the whole model with the new page in it; raise ScaffoldError on any problem."""
    edition = config["extra"]["edition"]
    docs = project / config.get("docs_dir", "docs")
    source = load_source(docs / edition["source"])
    try:
        pages = []
        for md in sorted(docs.rglob("*.md")):
            uri = md.relative_to(docs).as_posix()
            pages.append((uri, read_front_matter(md.read_text(encoding="utf-8"), f"docs/{uri}").meta))
        terms = {t.term for t in load_glossary(project / edition["glossary"])}
        read_model([*pages, (path, meta)], source, terms)
    except (FrontMatterError, GlossaryError, ModelError) as error:
        raise ScaffoldError(str(error)) from None
    if problems := quotation_problems(meta["summary"], source, "--summary"):
        raise ScaffoldError("\n".join(str(p) for p in problems))


def scaffold(project: Path, kind: str, concept: str, *, title: str, summary: str,
             related: list[str], quotes: list[str], layer: int | None = None,
             questions: list[str] | None = None, after: str | None = None) -> Path:
    """Write the page and add it to the nav; return the page's file."""
    config_file = project / "mkdocs.yml"
    config = load_config(config_file)
    docs = project / config.get("docs_dir", "docs")
    path = page_path(kind, concept)
    if (docs / path).exists():
        raise ScaffoldError(f"docs/{path} exists already; choose another concept name.")
    meta = front_matter(title, concept, kind, summary, related, quotes, layer, questions)
    check_against_model(project, config, path, meta)
    paths = nav_paths(config["nav"])
    kinds = {p: read_front_matter((docs / p).read_text(encoding="utf-8"), p).meta.get("kind") for p in paths}
    after = after or last_page_of_kind(paths, kinds, kind)
    config_text = insert_into_nav(config_file.read_text(encoding="utf-8"), after, path, title)
    (docs / path).parent.mkdir(parents=True, exist_ok=True)
    (docs / path).write_text(page_text(meta), encoding="utf-8")
    config_file.write_text(config_text, encoding="utf-8")
    return docs / path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("concept", help="short name other pages use in 'related:'")
    parser.add_argument("--title", required=True)
    parser.add_argument("--summary", required=True, help="one editorial sentence")
    parser.add_argument("--related", nargs="*", default=[], help="concepts to read next")
    parser.add_argument("--quotes", nargs="*", default=[], help="s8, s8-s10, thesis-2, p2")
    parser.add_argument("--questions", nargs="*", default=[],
                        help="one to three questions the page answers (layer and relation pages)")
    parser.add_argument("--layer", type=int, help="layer pages: place from the outside in")
    parser.add_argument("--after", help="the nav entry to follow, e.g. lenin.md")
    parser.add_argument("--project", type=Path, default=PROJECT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        page = scaffold(
            args.project, args.kind, args.concept, title=args.title, summary=args.summary,
            related=args.related, quotes=args.quotes, layer=args.layer,
            questions=args.questions, after=args.after,
        )
    except ScaffoldError as error:
        print(f"new_page: {error}", file=sys.stderr)
        return 1
    print(f"Wrote {page.relative_to(args.project)} and added it to nav in mkdocs.yml.")
    print("Next: write the commentary, link it from a related page, run `make citations` (the new")
    print("page's citation) and then `make check`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

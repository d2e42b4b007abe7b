"""Hook: readers get only the rules of Material's stylesheets that the site uses, in one
stylesheet with the edition's.

Material's `main.css` is 137 KB (23 KB gzip) and its `palette.css` 12 KB, most of it rules
for features and colours this site never shows, and every page waits for both before its
first paint. After the build, PurgeCSS (npm, configured in purgecss.config.js) keeps the
rules whose selectors the built pages or Material's bundle name, less those of the features
the configuration blocks, and the custom properties that what is left reads (`main.css`
10 KB gzip). What is left of both, and the edition's stylesheet after them, are served as
one file, with a name that carries the hash of its content, and every page links to it
alone. The screenshot test (tests/test_screenshots.py) compares pages with and
without this step.

Skipped under `mkdocs serve`, so that a save rebuilds in a moment, and when
`extra.purge_css` is false.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from edition.assets import linked_as_one, renamed_for_content

ROOT = Path(__file__).parents[2]  # the project's: hooks/ is in overrides/
PURGECSS = ROOT / "node_modules" / "purgecss" / "bin" / "purgecss.js"
# Material's. The edition's own stylesheet holds only rules it uses (0.3 KB gzip would go).
STYLESHEETS = ("assets/stylesheets/main.*.min.css", "assets/stylesheets/palette.*.min.css")
SCRIPTS = ("assets/javascripts/bundle.*.min.js",)

_command = "build"


def on_startup(command: str, dirty: bool) -> None:
    global _command
    _command = command


def on_post_build(config: MkDocsConfig) -> None:
    if _command == "serve" or not config.extra.get("purge_css", True):
        return
    if not PURGECSS.is_file():
        raise PluginError(f"{PURGECSS.relative_to(ROOT)} is missing: run `make build` (it runs `npm ci`), "
                          "or build without it: PURGE_CSS=false make build.")
    site = Path(config.site_dir)
    sheets = [path for pattern in STYLESHEETS for path in sorted(site.glob(pattern))]
    _serve_as_one(site, sheets, _purged(site, sheets), [site / path for path in config.extra_css])


def _purged(site: Path, sheets: list[Path]) -> list[str]:
    """What PurgeCSS leaves of each of Material's stylesheets."""
    content = [str(site / "**" / "*.html"), *(str(path) for p in SCRIPTS for path in sorted(site.glob(p)))]
    with tempfile.TemporaryDirectory() as output:
        result = subprocess.run(
            ["node", str(PURGECSS), "--config", str(ROOT / "purgecss.config.js"),
             "--css", *map(str, sheets), "--content", *content, "--output", output],
            capture_output=True, text=True,
        )
        if result.returncode:
            raise PluginError(f"PurgeCSS failed on {', '.join(s.name for s in sheets)}:\n{result.stderr}")
        return [(Path(output) / sheet.name).read_text(encoding="utf-8") for sheet in sheets]


def _serve_as_one(site: Path, sheets: list[Path], purged: list[str], edition: list[Path]) -> None:
    """One stylesheet for the first view, which waits for every stylesheet before it paints:
    Material's two, purged, and the edition's, in the order the pages link them (one request,
    and one gzip stream, instead of three), named for its content in the folder of the first."""
    text = "\n".join([*purged, *(path.read_text(encoding="utf-8") for path in edition)])
    merged = renamed_for_content(sheets[0].name, text)
    for path in [*sheets, *edition]:
        path.unlink()
        path.with_name(path.name + ".map").unlink(missing_ok=True)  # maps Material's whole file
    for folder in {path.parent for path in edition}:
        if not any(folder.iterdir()):
            folder.rmdir()
    (sheets[0].parent / merged).write_text(text, encoding="utf-8")
    names = [path.name for path in [*sheets, *edition]]
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        if (linked := linked_as_one(html, names, merged)) != html:
            page.write_text(linked, encoding="utf-8")

"""The edition as PDF, printed by headless Chromium from a built site.

    python -m scripts.pdf [--site-dir build/site] [--out build/pdf] [--format A4] [--pages]

Builds the site (``mkdocs build --strict``; SITE_URL, required as for any build for
readers, sets the addresses printed in the footers and citations), serves it on 127.0.0.1 and prints the whole document (the page ``print/``) to
``build/pdf/relationship-<date>.pdf``, with the entry's title as the PDF's title and one
bookmark per heading. With ``--pages``, every page is printed too, into ``build/pdf/pages/``.
Uses Debian's Chromium (scripts/ensure-chromium), never a downloaded one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from scripts.chromium import launch
from scripts.local_site import build, serve
from scripts.mkdocs_config import load_config

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT_URL = "print/"
PAPER_FORMATS = ("A4", "Letter")


def print_pdf(page, url: str, path: Path, paper: str = "A4") -> Path:
    """Print the page at ``url`` (a Playwright page does the loading) to ``path``.

    ``outline`` makes bookmarks from the headings and ``tagged`` keeps the structure that
    screen readers and the outline rely on. The margins come from print.css (@page).
    """
    if page.url != url:  # the same page in another paper size needs no second load
        page.goto(url, wait_until="load")
    page.emulate_media(media="print")
    path.parent.mkdir(parents=True, exist_ok=True)
    page.pdf(path=path, format=paper, outline=True, tagged=True)
    return path


def set_title(path: Path, title: str) -> None:
    """Make ``title`` the PDF's title, the one viewers show instead of the file name."""
    writer = PdfWriter(clone_from=PdfReader(path))
    writer.add_metadata({"/Title": title})
    writer.create_viewer_preferences().display_doctitle = True
    writer.write(path)


def page_file_name(url_path: str) -> str:
    """``layers/masses/`` -> ``layers-masses.pdf``; the home page is ``overview.pdf``."""
    return (url_path.strip("/").replace("/", "-") or "overview") + ".pdf"


def built_pages(site_dir: Path) -> list[str]:
    """Site-relative URLs of the built pages, the 404 page left out."""
    return sorted(
        "" if index.parent == site_dir else index.parent.relative_to(site_dir).as_posix() + "/"
        for index in site_dir.rglob("index.html")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site-dir", type=Path, default=ROOT / "build/site")
    parser.add_argument("--out", type=Path, default=ROOT / "build/pdf")
    parser.add_argument("--format", choices=PAPER_FORMATS, default="A4")
    parser.add_argument("--pages", action="store_true", help="print every page as well")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    result = build(ROOT, args.site_dir)
    if result.returncode:
        sys.exit(f"pdf: the build failed; run `make build` to see why.\n{result.stderr}")
    config = load_config(ROOT / "mkdocs.yml")
    date = str(config["extra"]["edition"]["date"])
    title = f"{config['site_name']} (reading edition, {date})"  # the PDF's title
    with serve(args.site_dir) as server, sync_playwright() as playwright:
        url = server.url
        browser = launch(playwright)
        page = browser.new_page()
        document = print_pdf(page, url + DOCUMENT_URL, args.out / f"relationship-{date}.pdf", args.format)
        set_title(document, title)
        print(document.relative_to(ROOT) if document.is_relative_to(ROOT) else document)
        if args.pages:
            pages = [url_path for url_path in built_pages(args.site_dir) if url_path != DOCUMENT_URL]
            for url_path in pages:
                print_pdf(page, url + url_path, args.out / "pages" / page_file_name(url_path), args.format)
            print(f"{len(pages)} pages in {args.out / 'pages'}")
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

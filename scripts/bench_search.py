#!/usr/bin/env python3
"""Search speed and index size, over the query table of tests/search_queries.py.

Builds the site (strict), serves it on 127.0.0.1 and types every query into the real search
box in Debian's Chromium. For each query it times the last keystroke: from its key-down to
the animation frame that paints the results for the whole query; and a first query, typed
into a page just opened (its network idle), from the first key-down to painted results,
which includes loading the search worker and index if the page has not loaded them yet.
Prints a Markdown table for README.md ("Search").

    .venv/bin/python scripts/bench_search.py [--rounds 5]

A benchmark, not a test: the figures depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.chromium import launch  # noqa: E402
from tests.search_queries import QUERIES, SEARCH_BOX, WATCH_SEARCH_WORKER, wait_for_results  # noqa: E402
from scripts.local_site import build, free_port, serve  # noqa: E402


def index_size(site_dir: Path) -> dict[str, int]:
    """Bytes of the search index as served, and gzipped as a web server would send it."""
    data = (site_dir / "search/search_index.json").read_bytes()
    return {
        "entries": len(json.loads(data)["docs"]),
        "bytes": len(data),
        "gzip": len(gzip.compress(data, compresslevel=6)),
    }


def last_keystroke_ms(page, url: str, typed: str) -> float:
    """Milliseconds from the last key-down to the frame that paints the whole query's results."""
    page.goto(url)
    box = page.locator(SEARCH_BOX)
    box.click()
    box.press_sequentially(typed[:-1])
    wait_for_results(page)
    box.press_sequentially(typed[-1])
    wait_for_results(page)
    return page.evaluate("window.__search.paintedAt - window.__search.keyAt")


def first_query_ms(page, url: str, typed: str) -> float:
    """Milliseconds from the first key-down in a page just opened to its painted results."""
    page.goto(url, wait_until="networkidle")
    page.locator(SEARCH_BOX).click()
    page.locator(SEARCH_BOX).press_sequentially(typed)
    wait_for_results(page)
    return page.evaluate("window.__search.paintedAt - window.__search.firstKeyAt")


def measure(rounds: int) -> tuple[dict[str, list[float]], dict[str, int]]:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site_dir = Path(tmp) / "site"
        port = free_port()
        result = build(ROOT, site_dir, f"http://127.0.0.1:{port}/")
        if result.returncode:
            sys.exit(f"mkdocs build --strict failed:\n{result.stderr}")
        server = serve(site_dir, port)
        timings: dict[str, list[float]] = {q.typed: [] for q in QUERIES}
        first: list[float] = []
        try:
            with sync_playwright() as playwright:
                browser = launch(playwright)
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                context.add_init_script(WATCH_SEARCH_WORKER)
                page = context.new_page()
                for _ in range(rounds):
                    for query in QUERIES:
                        timings[query.typed].append(last_keystroke_ms(page, server.url + "about/", query.typed))
                        first.append(first_query_ms(page, server.url + "about/", query.typed))
                browser.close()
        finally:
            server.stop()
        return timings, first, index_size(site_dir)


def report(timings: dict[str, list[float]], first: list[float], size: dict[str, int], rounds: int) -> str:
    every = [t for runs in timings.values() for t in runs]
    per_query = {typed: statistics.median(runs) for typed, runs in timings.items()}
    slowest = max(per_query, key=per_query.get)
    rows = [
        "| measure | value |",
        "| --- | --- |",
        f"| queries (rounds) | {len(timings)} ({rounds}) |",
        f"| last keystroke to painted results, median | {statistics.median(every):.0f} ms |",
        f"| last keystroke to painted results, worst | {max(every):.0f} ms |",
        f"| slowest query (its median) | `{slowest}` ({per_query[slowest]:.0f} ms) |",
        f"| first query in a page just opened, first key to painted results, median | {statistics.median(first):.0f} ms |",
        f"| the same, worst | {max(first):.0f} ms |",
        f"| search index entries | {size['entries']} |",
        f"| search index size | {size['bytes']:,} bytes ({size['gzip']:,} gzip) |",
    ]
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5, help="times each query is typed (default 5)")
    args = parser.parse_args()
    timings, first, size = measure(args.rounds)
    print(report(timings, first, size, args.rounds))


if __name__ == "__main__":
    main()

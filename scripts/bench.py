#!/usr/bin/env python3
"""Speed and size of this site beside stock Material for MkDocs, built from the same Markdown.

    make bench      # Markdown table to stdout, JSON to build/bench.json
    .venv/bin/python scripts/bench.py --runs 1 --pages "" layers/party/ --no-scale   # a quick look

Stock is a temporary project with the same docs/ and nav and nothing else (`theme: material`):
the edition's shortcodes stay HTML comments there and its hooks do not run, so stock pages
carry less text (no quotations, no cross-reference lists). Build times therefore include
everything the edition adds; bytes compare the same pages as each site renders them.

Both sites are served from 127.0.0.1 by a threaded server that gzips text, as a web server
would, and each is built with the address it is served at (instant navigation follows only
links that its sitemap names). Measured: build time (median of BUILD_RUNS; this site keeps its
compiled templates in .cache/, so it is measured with that cache and with the cache emptied
before each build), the first view of every page (bytes on the wire and requests until the
network is idle, fresh browser), the next page reached with a click (instant navigation
here; stock has none, so it is a page load with a warm cache), Lighthouse's mobile preset
(the median of --runs runs of each page, both sites), and build time at 10, 100 and 1,000
synthetic concept pages (each a first build, without the cache).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts.chromium import CHROMIUM, CHROMIUM_ARGS, launch  # noqa: E402
from scripts.local_site import build, copy_project, free_port, serve  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
OUTPUT = ROOT / "build" / "bench.json"
BUILD_RUNS = 5
SCALES = (10, 100, 1000)
HOME, CONCEPT = "", "layers/party/"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
LIGHTHOUSE_RUNS = 3
TARGETS = {"first_view_kb": 60, "first_view_requests": 6, "next_page_requests": 1, "build_ratio": 1.2,
           "lighthouse": 100}


# -- the two projects --------------------------------------------------------------------------

def stock_config(config_text: str) -> str:
    """Stock Material's mkdocs.yml for the same pages: the site name, the nav, the theme."""
    name = re.search(r"^site_name: .*$", config_text, re.M).group(0)
    nav = re.search(r"^nav:\n(?:(?:  .*)?\n)+", config_text, re.M).group(0)
    return f"{name}\n{nav}\ntheme: material\n"


def make_stock(destination: Path) -> Path:
    shutil.copytree(ROOT / "docs", destination / "docs")
    (destination / "mkdocs.yml").write_text(stock_config((ROOT / "mkdocs.yml").read_text()))
    return destination


def synthetic_page(number: int, count: int) -> str:
    """A valid relation page: it quotes the text, relates to a real concept and to the next one."""
    return (
        f"---\ntitle: Synthetic concept {number}\nconcept: synthetic-{number}\nkind: relation\n"
        f"summary: A generated page for the benchmark.\n"
        f"related: [vanguard, synthetic-{(number + 1) % count}]\nquotes: [s{number % 23 + 1}]\n---\n\n"
        f"Generated commentary that links to [the party](../layers/party.md) and to "
        f"[s. {number % 23 + 1}](../text.md#s{number % 23 + 1}).\n"
    )


def add_synthetic_pages(project: Path, count: int) -> None:
    folder = project / "docs" / "synthetic"
    folder.mkdir()
    for number in range(count):
        (folder / f"c{number}.md").write_text(synthetic_page(number, count))
    entries = "".join(f"      - synthetic/c{n}.md\n" for n in range(count))
    config = project / "mkdocs.yml"
    text = config.read_text()
    config.write_text(text.replace("  - Lenin's formulation:", f"  - Synthetic:\n{entries}  - Lenin's formulation:", 1))


# -- building ----------------------------------------------------------------------------------

def build_seconds(project: Path, site_dir: Path, strict: bool, cold: bool = False,
                  url: str = "http://127.0.0.1:8000/") -> float:
    """One build's wall time; `cold` first empties the edition's template cache (.cache/)."""
    if cold:
        shutil.rmtree(project / ".cache", ignore_errors=True)
    start = time.perf_counter()
    result = build(project, site_dir, url, strict=strict)
    seconds = time.perf_counter() - start
    if result.returncode:
        sys.exit(f"bench: the build of {project} failed:\n{result.stderr[-3000:]}")
    return seconds


def median_build(project: Path, site_dir: Path, strict: bool, url: str, cold: bool = False) -> float:
    return statistics.median(build_seconds(project, site_dir, strict, cold, url) for _ in range(BUILD_RUNS))


# -- the browser -------------------------------------------------------------------------------

def transfer(requests: list) -> dict:
    """Bytes on the wire (headers and encoded bodies) and the number of requests."""
    total = 0
    for request in requests:
        try:
            sizes = request.sizes()
            total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        except Exception:  # a request that failed (stock's Google Fonts, offline) sent nothing
            pass
    return {"kb": round(total / 1024, 1), "requests": len(requests)}


def first_view(browser, url: str) -> tuple[dict, object]:
    """A page in a fresh browser, until the network is idle: what it cost, and the open tab."""
    context = browser.new_context()
    requests: list = []
    context.on("requestfinished", lambda request: requests.append(request))
    context.on("requestfailed", lambda request: requests.append(request))
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    return transfer(requests), (page, requests)


def views(browser, url: str, pages: list[str]) -> dict:
    """The first view of every page in a fresh browser; then, from the home page, the next page."""
    result = {"first_view": {}}
    for path in pages:
        cost, (page, requests) = first_view(browser, url + path)
        result["first_view"][path or "/"] = cost
        if path == HOME:
            requests.clear()
            # A click on a plain link: Material's instant navigation takes it over where it is on.
            with page.expect_event("requestfinished", lambda request: request.url == url + CONCEPT):
                page.evaluate("""path => {
                  const link = Object.assign(document.createElement("a"), {href: path, textContent: "next"});
                  document.querySelector("article").append(link);
                  link.click();
                }""", CONCEPT)
            page.wait_for_load_state("networkidle")
            page.wait_for_timeout(1000)  # instant navigation loads nothing more after the page: see that
            result["next_page"] = transfer(requests)
        page.context.close()
    return result


def lighthouse(url: str, runs: int) -> dict:
    """Lighthouse's mobile preset: each category's median over `runs` runs."""
    scores = [lighthouse_run(url) for _ in range(runs)]
    failed = next((score for score in scores if "error" in score), None)
    return failed or {c: statistics.median(score[c] for score in scores) for c in CATEGORIES}


def lighthouse_run(url: str) -> dict:
    flags = " ".join(CHROMIUM_ARGS)
    result = subprocess.run(
        ["node", str(LIGHTHOUSE), url, "--output=json", "--output-path=stdout", "--quiet",
         f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={flags}"],
        env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True, timeout=300,
    )
    if result.returncode:
        return {"error": result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "failed"}
    report = json.loads(result.stdout)
    return {c: round(report["categories"][c]["score"] * 100) for c in CATEGORIES}


# -- the report --------------------------------------------------------------------------------

def machine() -> dict:
    model = next((line.split(":", 1)[1].strip() for line in
                  subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines()
                  if line.startswith("Model name")), platform.processor())
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"cpus": os.cpu_count(), "cpu": model, "ram_gb": round(memory, 1),
            "load_average_1min": round(os.getloadavg()[0], 2), "python": platform.python_version()}


def shortfall(value: float, target: float, higher_is_better: bool = False) -> str:
    """'met' or how far from the target, e.g. '+12.3 vs 60'."""
    if (value >= target) if higher_is_better else (value <= target):
        return "met"
    return f"{value - target:+.2f} vs {target}" if isinstance(value, float) else f"{value - target:+d} vs {target}"


def ratio(ours, stock) -> str:
    return f"{ours / stock:.2f}" if isinstance(ours, (int, float)) and isinstance(stock, (int, float)) and stock else ""


def worst(first_views: dict, key: str) -> tuple[float, str]:
    page = max(first_views, key=lambda p: first_views[p][key])
    return first_views[page][key], page


def table(data: dict, pages: list[str]) -> str:
    ours, stock = data["edition"], data["stock"]
    rows = [
        ("Build, median of %d (s)" % BUILD_RUNS, ours["build_s"], stock["build_s"],
         shortfall(data["build_ratio"], TARGETS["build_ratio"]) + f" (≤ {TARGETS['build_ratio']}× stock)"),
        ("Build with an empty template cache, median of %d (s)" % BUILD_RUNS, ours["build_cold_s"],
         stock["build_cold_s"], shortfall(data["build_cold_ratio"], TARGETS["build_ratio"])),
    ]
    for unit, key in (("KB gzip", "kb"), ("requests", "requests")):
        target = TARGETS[f"first_view_{key}"]
        for page in [HOME, CONCEPT]:
            mine, theirs = ours["first_view"][page or "/"][key], stock["first_view"][page or "/"][key]
            rows.append((f"First view, {page or 'home'} ({unit})", mine, theirs, shortfall(mine, target)))
        (mine, page), (theirs, _) = worst(ours["first_view"], key), worst(stock["first_view"], key)
        rows.append((f"First view, worst of {len(ours['first_view'])} pages ({unit}): {page}", mine, theirs,
                     shortfall(mine, target)))
    rows.append(("Next page by a click (KB)", ours["next_page"]["kb"], stock["next_page"]["kb"],
                 "instant navigation here; a page load with a warm cache in stock"))
    rows.append(("Next page by a click (requests)", ours["next_page"]["requests"], stock["next_page"]["requests"],
                 shortfall(ours["next_page"]["requests"], TARGETS["next_page_requests"])))
    for page in [p for p in (HOME, CONCEPT) if p in pages]:
        for category in CATEGORIES:
            mine = ours["lighthouse"][page or "/"].get(category, "n/a")
            theirs = stock["lighthouse"][page or "/"].get(category, "n/a")
            rows.append((f"Lighthouse {category}, {page or 'home'}", mine, theirs,
                         shortfall(mine, TARGETS["lighthouse"], True) if isinstance(mine, (int, float)) else "n/a"))
    for category in CATEGORIES:
        (mine, page), (theirs, _) = (min(((s.get(category, 0), p) for p, s in site["lighthouse"].items()))
                                     for site in (ours, stock))
        rows.append((f"Lighthouse {category}, lowest of {len(pages)} pages: {page}", mine, theirs,
                     shortfall(mine, TARGETS["lighthouse"], True)))
    previous = (0, ours["build_s"], stock["build_s"])
    for count, seconds in data["scale"].items():
        added = int(count) - previous[0]
        per_page = [(seconds[site] - before) / added for site, before in zip(("edition", "stock"), previous[1:])]
        rows.append((f"Build with {count} synthetic pages (s)", seconds["edition"], seconds["stock"],
                     f"per added page: {per_page[0]:.3f} s here, {per_page[1]:.3f} s stock"))
        previous = (int(count), seconds["edition"], seconds["stock"])
    lines = ["| measure | this site | stock Material | ratio | target |", "| --- | --- | --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} | {ratio(b, c)} | {d} |" for a, b, c, d in rows]
    return "\n".join(lines)


def site_pages(site_dir: Path) -> list[str]:
    pages = sorted(p.parent.relative_to(site_dir).as_posix() for p in site_dir.rglob("index.html"))
    return [("" if p == "." else p + "/") for p in pages]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=LIGHTHOUSE_RUNS, help="Lighthouse runs a page (median)")
    parser.add_argument("--pages", nargs="*", help="site-relative pages for Lighthouse (default: all)")
    parser.add_argument("--no-scale", action="store_true", help="skip the builds with synthetic pages")
    args = parser.parse_args()
    if not LIGHTHOUSE.is_file():
        sys.exit("bench: Lighthouse is missing; run `make bench` (it runs `npm ci`).")
    from playwright.sync_api import sync_playwright

    data = {"machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M"), "lighthouse_runs": args.runs}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        stock_project = make_stock(tmp / "stock")
        sites = {"edition": (ROOT, tmp / "edition-site", True), "stock": (stock_project, tmp / "stock-site", False)}
        ports = {name: free_port() for name in sites}
        for name, (project, site_dir, strict) in sites.items():
            url = f"http://127.0.0.1:{ports[name]}/"
            data[name] = {"build_cold_s": round(median_build(project, site_dir, strict, url, cold=True), 3),
                          "build_s": round(median_build(project, site_dir, strict, url), 3)}
        data["build_ratio"] = round(data["edition"]["build_s"] / data["stock"]["build_s"], 2)
        data["build_cold_ratio"] = round(data["edition"]["build_cold_s"] / data["stock"]["build_cold_s"], 2)

        pages = site_pages(sites["edition"][1])
        lighthouse_pages = pages if args.pages is None else args.pages
        with sync_playwright() as playwright:
            browser = launch(playwright)
            servers = {name: serve(site_dir, ports[name], compress=True) for name, (_, site_dir, _) in sites.items()}
            for name, server in servers.items():
                data[name] |= views(browser, server.url, site_pages(sites[name][1]))
            browser.close()
            for name, server in servers.items():
                data[name]["lighthouse"] = {page or "/": lighthouse(server.url + page, args.runs)
                                            for page in lighthouse_pages}
                server.stop()

        data["scale"] = {}
        for count in () if args.no_scale else SCALES:
            edition = copy_project(tmp / f"edition-{count}")
            stock = make_stock(tmp / f"stock-{count}")
            for project in (edition, stock):
                add_synthetic_pages(project, count)
            data["scale"][str(count)] = {
                "edition": round(build_seconds(edition, tmp / f"edition-{count}-site", True), 2),
                "stock": round(build_seconds(stock, tmp / f"stock-{count}-site", False), 2),
            }

    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(json.dumps(data, indent=2) + "\n")
    print(table(data, lighthouse_pages))
    print(f"\nMachine: {data['machine']}\nLighthouse: median of {args.runs} run(s) a page"
          f"\nJSON: {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Speed and size of this site beside stock Material for MkDocs, built from the same Markdown.

    make bench      # Markdown table to stdout, JSON to build/bench.json

Stock is a temporary project with the same docs/ and nav and nothing else (`theme: material`):
the edition's shortcodes stay HTML comments there and its hooks do not run, so stock pages
carry less text (no quotations, no cross-reference lists). Build times therefore include
everything the edition adds; bytes compare the same pages as each site renders them.

Both sites are served from 127.0.0.1 by a threaded server that gzips text, as a web server
would. Measured: build time (median of BUILD_RUNS; this site keeps its compiled templates
in .cache/, so it is measured with that cache and with the cache emptied before each build),
first view of the home page and of a concept page (bytes on the wire and requests, fresh
browser), the next page reached with a click (instant navigation here; stock has none, so it
is a page load with a warm cache), Lighthouse (mobile) for every page of this site and for
stock's home and concept page, and build time at 10, 100 and 1,000 synthetic concept pages
(each a first build, without the cache).
"""

from __future__ import annotations

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
from scripts.local_site import build, copy_project, serve  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
OUTPUT = ROOT / "build" / "bench.json"
BUILD_RUNS = 5
SCALES = (10, 100, 1000)
HOME, CONCEPT = "", "layers/party/"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"first_view_kb": 80, "first_view_requests": 8, "build_ratio": 1.2, "lighthouse": 100}


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

def build_seconds(project: Path, site_dir: Path, strict: bool, cold: bool = False) -> float:
    """One build's wall time; `cold` first empties the edition's template cache (.cache/)."""
    if cold:
        shutil.rmtree(project / ".cache", ignore_errors=True)
    start = time.perf_counter()
    result = build(project, site_dir, "http://127.0.0.1:8000/", strict=strict)
    seconds = time.perf_counter() - start
    if result.returncode:
        sys.exit(f"bench: the build of {project} failed:\n{result.stderr[-3000:]}")
    return seconds


def median_build(project: Path, site_dir: Path, strict: bool, cold: bool = False, runs: int = BUILD_RUNS) -> float:
    return statistics.median(build_seconds(project, site_dir, strict, cold) for _ in range(runs))


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


def views(browser, url: str) -> dict:
    """First view of the home and concept pages in a fresh browser; then the next page."""
    result = {}
    for name, path in (("home", HOME), ("concept", CONCEPT)):
        context = browser.new_context()
        requests: list = []
        context.on("requestfinished", lambda request: requests.append(request))
        context.on("requestfailed", lambda request: requests.append(request))
        page = context.new_page()
        page.goto(url + path, wait_until="networkidle")
        result[f"first_view_{name}"] = transfer(requests)
        if name == "home":
            requests.clear()
            # A click on a plain link: Material's instant navigation takes it over where it is on.
            page.evaluate("""path => {
              const link = Object.assign(document.createElement("a"), {href: path, textContent: "next"});
              document.querySelector("article").append(link);
              link.click();
            }""", CONCEPT)
            page.wait_for_url("**/" + CONCEPT)
            page.wait_for_load_state("networkidle")
            result["next_page"] = transfer(requests)
        context.close()
    return result


def lighthouse(url: str) -> dict:
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
    """'met' or how far from the target, e.g. '+12.3 over 80'."""
    if (value >= target) if higher_is_better else (value <= target):
        return "met"
    return f"{value - target:+.2f} vs {target}" if isinstance(value, float) else f"{value - target:+d} vs {target}"


def table(data: dict) -> str:
    ours, stock = data["edition"], data["stock"]
    rows = [
        ("Build, median of %d (s)" % BUILD_RUNS, ours["build_s"], stock["build_s"],
         f"ratio {data['build_ratio']}: " + shortfall(data["build_ratio"], TARGETS["build_ratio"])),
        ("Build with an empty template cache, median of %d (s)" % BUILD_RUNS, ours["build_cold_s"],
         stock["build_cold_s"],
         f"ratio {data['build_cold_ratio']}: " + shortfall(data["build_cold_ratio"], TARGETS["build_ratio"])),
    ]
    for view in ("first_view_home", "first_view_concept"):
        rows.append((f"{view.replace('_', ' ')} (KB)", ours[view]["kb"], stock[view]["kb"],
                     shortfall(ours[view]["kb"], TARGETS["first_view_kb"])))
        rows.append((f"{view.replace('_', ' ')} (requests)", ours[view]["requests"], stock[view]["requests"],
                     shortfall(ours[view]["requests"], TARGETS["first_view_requests"])))
    rows.append(("next page (KB / requests)", f"{ours['next_page']['kb']} / {ours['next_page']['requests']}",
                 f"{stock['next_page']['kb']} / {stock['next_page']['requests']}", "instant navigation here; page load in stock"))
    for page in (HOME, CONCEPT):
        for category in CATEGORIES:
            mine = ours["lighthouse"].get(page or "/", {}).get(category, "n/a")
            theirs = stock["lighthouse"].get(page or "/", {}).get(category, "n/a")
            rows.append((f"Lighthouse {category}, {page or 'home'}", mine, theirs,
                         shortfall(mine, 100, True) if isinstance(mine, int) else "n/a"))
    below = {p: s for p, s in ours["lighthouse"].items() if any(v != 100 for v in s.values())}
    rows.append(("Lighthouse: pages of this site below 100", len(below), "", ", ".join(below) or "none"))
    previous = (0, ours["build_s"], stock["build_s"])
    for count, seconds in data["scale"].items():
        added = int(count) - previous[0]
        per_page = [(seconds[site] - before) / added for site, before in zip(("edition", "stock"), previous[1:])]
        rows.append((f"Build with {count} synthetic pages (s)", seconds["edition"], seconds["stock"],
                     f"per added page: {per_page[0]:.3f} s here, {per_page[1]:.3f} s stock"))
        previous = (int(count), seconds["edition"], seconds["stock"])
    lines = ["| measure | this site | stock Material | target |", "| --- | --- | --- | --- |"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(lines)


def main() -> int:
    if not LIGHTHOUSE.is_file():
        sys.exit("bench: Lighthouse is missing; run `make bench` (it runs `npm ci`).")
    from playwright.sync_api import sync_playwright

    data = {"machine": machine(), "date": time.strftime("%Y-%m-%d %H:%M")}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        stock_project = make_stock(tmp / "stock")
        sites = {"edition": (ROOT, tmp / "edition-site", True), "stock": (stock_project, tmp / "stock-site", False)}
        for name, (project, site_dir, strict) in sites.items():
            data[name] = {"build_cold_s": round(median_build(project, site_dir, strict, cold=True), 3),
                          "build_s": round(median_build(project, site_dir, strict), 3)}
        data["build_ratio"] = round(data["edition"]["build_s"] / data["stock"]["build_s"], 2)
        data["build_cold_ratio"] = round(data["edition"]["build_cold_s"] / data["stock"]["build_cold_s"], 2)

        with sync_playwright() as playwright:
            browser = launch(playwright)
            servers = {name: serve(site_dir, compress=True) for name, (_, site_dir, _) in sites.items()}
            for name, server in servers.items():
                data[name] |= views(browser, server.url)
            for name, (_, site_dir, _) in sites.items():
                url = servers[name].url
                pages = sorted(p.parent.relative_to(site_dir).as_posix() for p in site_dir.rglob("index.html"))
                pages = [("" if p == "." else p + "/") for p in pages]
                if name == "stock":
                    pages = [HOME, CONCEPT]
                data[name]["lighthouse"] = {page or "/": lighthouse(url + page) for page in pages}
                servers[name].stop()
            browser.close()

        data["scale"] = {}
        for count in SCALES:
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
    print(table(data))
    print(f"\nMachine: {data['machine']}\nJSON: {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

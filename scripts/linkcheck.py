#!/usr/bin/env python3
"""Check the external links of the built site (internal ones are checked by the strict build).

Builds the site into a temporary directory, collects every link to another origin, and asks
each once. A link is broken only when its server answers with an error; a host that cannot be
reached (no network, no DNS) is reported as not checked, and does not fail the run.

    make linkcheck        # exit 1 only when a server answered with an error
"""

from __future__ import annotations

import sys
import tempfile
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from scripts.local_site import build  # noqa: E402

LOCAL_URL = "http://127.0.0.1:8000/"
TIMEOUT = 10


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def external_links(html: str, own_origin: str) -> set[str]:
    """The http(s) links of a page that leave its own origin, without fragments."""
    parser = _Links()
    parser.feed(html)
    own = urlsplit(own_origin).netloc
    return {
        urldefrag(href).url
        for href in parser.hrefs
        if urlsplit(href).scheme in ("http", "https") and urlsplit(href).netloc != own
    }


def check(url: str) -> tuple[str, str]:
    """("ok" | "broken" | "unreachable", detail) for one URL."""
    request = urllib.request.Request(url, method="GET", headers={"User-Agent": "linkcheck"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return "ok", str(response.status)
    except urllib.error.HTTPError as error:
        return "broken", f"HTTP {error.code}"
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        return "unreachable", str(getattr(error, "reason", error))


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        site_dir = Path(tmp)
        result = build(ROOT, site_dir, LOCAL_URL)
        if result.returncode:
            sys.exit(f"linkcheck: the build failed; run `make build` to see why.\n{result.stderr}")
        pages: dict[str, list[str]] = {}
        for page in sorted(site_dir.rglob("*.html")):
            for url in external_links(page.read_text(encoding="utf-8"), LOCAL_URL):
                pages.setdefault(url, []).append(page.relative_to(site_dir).as_posix())
    results = {url: check(url) for url in sorted(pages)}
    for url, (status, detail) in results.items():
        print(f"{status:12} {url}  ({detail}; on {', '.join(pages[url][:3])})")
    counts = {status: sum(1 for s, _ in results.values() if s == status) for status in ("ok", "broken", "unreachable")}
    if counts["unreachable"] == len(results) and results:
        print(f"\nNo network: none of the {len(results)} external links could be reached; nothing was checked.")
        return 0
    print(f"\n{counts['ok']} ok, {counts['broken']} broken, {counts['unreachable']} not checked (host unreachable).")
    return 1 if counts["broken"] else 0


if __name__ == "__main__":
    sys.exit(main())

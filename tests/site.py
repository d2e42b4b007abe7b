"""Helpers shared by the tests: build the site, serve it, read its pages."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(
    project: Path, site_dir: Path, site_url: str, config_file: str = "mkdocs.yml"
) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` of a project, as an editor runs it; never raises."""
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [*MKDOCS, "build", "--strict", "-f", config_file, "--site-dir", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )


def copy_project(destination: Path) -> Path:
    """A copy of the project's sources, to break on purpose."""
    for name in ("docs", "overrides", "includes", "mkdocs.yml"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, destination / name)
    return destination


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extra_headers: dict[str, str] = {}

    def end_headers(self):
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, *args):
        pass


@dataclass
class Server:
    url: str
    root: Path
    httpd: http.server.ThreadingHTTPServer

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def serve(root: Path, port: int, headers: dict[str, str] | None = None) -> Server:
    """Serve a built site from 127.0.0.1, sending ``headers`` with every response."""
    handler_class = type("Handler", (_QuietHandler,), {"extra_headers": dict(headers or {})})
    handler = functools.partial(handler_class, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return Server(f"http://127.0.0.1:{port}/", root, httpd)


@dataclass
class BuiltSite:
    root: Path
    url: str
    output: str  # what the build printed

    def html(self, url_path: str) -> BeautifulSoup:
        """The parsed page at a site-relative URL such as ``layers/masses/``."""
        path = self.root / url_path / "index.html" if not url_path.endswith(".html") else self.root / url_path
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")

    def pages(self) -> list[str]:
        """Site-relative URLs of every page built from Markdown ("" is the home page)."""
        urls = []
        for index in sorted(self.root.rglob("index.html")):
            relative = index.parent.relative_to(self.root).as_posix()
            urls.append("" if relative == "." else relative + "/")
        return urls


def front_matter(markdown_file: Path) -> dict:
    """The YAML front matter of a page in docs/."""
    text = markdown_file.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}
    return yaml.safe_load(text.split("---\n", 2)[1]) or {}


def commentary_pages() -> dict[str, dict]:
    """Layer and relation pages, by site URL (``layers/masses/``), with their front matter."""
    pages = {}
    for markdown_file in sorted((ROOT / "docs").rglob("*.md")):
        meta = front_matter(markdown_file)
        if meta.get("kind") in ("layer", "relation"):
            url = markdown_file.relative_to(ROOT / "docs").with_suffix("").as_posix() + "/"
            pages[url] = meta
    return pages


def requests_elsewhere(requests: list[str], site_url: str) -> list[str]:
    """The requests that left the site's own origin (data: and blob: URLs stay in the page)."""
    origin = urlsplit(site_url).netloc
    return [
        url for url in requests
        if urlsplit(url).scheme in ("http", "https", "ws", "wss") and urlsplit(url).netloc != origin
    ]

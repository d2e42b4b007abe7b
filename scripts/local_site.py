"""The site built and served on this machine, as the tests and the scripts (pdf, bench,
linkcheck) use it: one place for how a build is run and how a built site is served."""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import os
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]
# What a web server would compress; "/" is a directory's index.html.
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", "/")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build(
    project: Path, site_dir: Path, site_url: str | None = None, config_file: str = "mkdocs.yml",
    strict: bool = True, environment: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` of a project, as an editor runs it; never raises. Without a
    ``site_url``, SITE_URL is left as it is (mkdocs.yml has the default). ``strict=False`` is
    for stock Material's project in the benchmark, which is not this edition's to keep clean.
    ``environment`` adds variables that mkdocs.yml reads (``PURGE_CSS``)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **({"SITE_URL": site_url} if site_url else {}),
           **(environment or {})}
    return subprocess.run(
        [*MKDOCS, "build", *(["--strict"] if strict else []), "-f", config_file, "--site-dir", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )


def copy_project(destination: Path) -> Path:
    """A copy of the project's sources (no cache, no built site), to build or break. npm's
    packages, which the build runs (PurgeCSS), are linked, not copied."""
    for name in ("docs", "overrides", "includes", "mkdocs.yml", "purgecss.config.js"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, destination / name)
    if (ROOT / "node_modules").is_dir():
        (destination / "node_modules").symlink_to(ROOT / "node_modules")
    return destination


class _Handler(http.server.SimpleHTTPRequestHandler):
    extra_headers: dict[str, str] = {}
    compress = False

    def log_message(self, *args):
        pass

    def end_headers(self):
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def send_head(self):
        """Text gzipped when the client accepts it, as nginx's gzip_static would send it."""
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.compress and wants_gzip and path.is_file() and str(path).endswith(COMPRESSIBLE)):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)


@dataclass
class Server:
    url: str
    root: Path
    httpd: http.server.ThreadingHTTPServer

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def serve(root: Path, port: int = 0, headers: dict[str, str] | None = None, compress: bool = False) -> Server:
    """Serve a built site from 127.0.0.1 (a free port unless given), sending ``headers`` with
    every response and, with ``compress``, text gzipped."""
    handler_class = type("Handler", (_Handler,), {"extra_headers": dict(headers or {}), "compress": compress})
    handler = functools.partial(handler_class, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return Server(f"http://127.0.0.1:{httpd.server_address[1]}/", root, httpd)

"""Two builds of the same sources give the same files, byte for byte, the sitemap's dates
aside (they are the day of the build); the second build, which reads the compiled templates
that the first left in .cache/ (overrides/hooks/template_cache.py), included."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

from tests.site import build, copy_project

_LASTMOD = re.compile(rb"<lastmod>[^<]*</lastmod>")


def comparable(path: Path) -> bytes:
    """A built file's bytes, with the sitemap's build dates (and the gzip copy's header,
    which holds the same date) taken out."""
    data = path.read_bytes()
    if path.name == "sitemap.xml.gz":
        data = gzip.decompress(data)
    if path.name.startswith("sitemap.xml"):
        data = _LASTMOD.sub(b"<lastmod/>", data)
    return data


def files_of(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): comparable(p) for p in sorted(root.rglob("*")) if p.is_file()}


def test_two_builds_give_identical_files(tmp_path, monkeypatch):
    project = copy_project(tmp_path / "project")
    sites = []
    # Different hash seeds: any output that follows the order of a Python set shows up here.
    for seed in ("1", "2"):
        monkeypatch.setenv("PYTHONHASHSEED", seed)
        site_dir = tmp_path / f"build-{seed}"
        result = build(project, site_dir, "https://example.org/edition/")
        assert result.returncode == 0, result.stderr
        sites.append(files_of(site_dir))
        assert any((project / ".cache" / "jinja").iterdir()), "the first build cached no template"
    first, second = sites
    assert first.keys() == second.keys()
    assert len(first) > 50  # the whole site, not an empty folder
    differing = [name for name in first if first[name] != second[name]]
    assert differing == []


def test_the_comparison_sees_a_changed_byte_but_not_a_sitemap_date(tmp_path):
    (tmp_path / "sitemap.xml").write_bytes(b"<url><lastmod>2026-11-26</lastmod></url>")
    (tmp_path / "sitemap.xml.gz").write_bytes(gzip.compress(b"<lastmod>2026-11-27</lastmod>", mtime=5))
    (tmp_path / "page.html").write_bytes(b"<p>one</p>")
    assert comparable(tmp_path / "sitemap.xml") == b"<url><lastmod/></url>"
    assert comparable(tmp_path / "sitemap.xml.gz") == b"<lastmod/>"
    assert comparable(tmp_path / "page.html") == b"<p>one</p>"


def test_an_edited_template_is_used_by_the_next_build_despite_the_cache(tmp_path):
    project = copy_project(tmp_path / "project")
    assert build(project, tmp_path / "before", "https://example.org/").returncode == 0
    main = project / "overrides" / "main.html"
    main.write_text(main.read_text().replace("{% block content %}", "{% block content %}<p>EDITED</p>", 1))
    assert build(project, tmp_path / "after", "https://example.org/").returncode == 0
    assert "<p>EDITED</p>" not in (tmp_path / "before" / "index.html").read_text()
    assert "<p>EDITED</p>" in (tmp_path / "after" / "index.html").read_text()

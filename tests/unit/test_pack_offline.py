"""scripts/pack_offline.py: the offline zip's name and contents."""

from __future__ import annotations

import datetime
import zipfile

import pytest

from scripts.mkdocs_config import parse_config
from scripts.pack_offline import edition_name_and_date, main, pack

DATE = datetime.date(2026, 11, 26)


def small_site(root):
    (root / "layers").mkdir(parents=True)
    (root / "index.html").write_text("<h1>Home</h1>")
    (root / "layers/masses.html").write_text("<h1>The masses</h1>")
    return root


def test_the_name_joins_the_slug_and_the_edition_date():
    config = parse_config("extra:\n  edition:\n    date: 2026-11-26\n    slug: layers\n")
    assert edition_name_and_date(config) == ("layers-2026-11-26", DATE)


def test_mkdocs_own_tags_do_not_stop_the_reading_of_the_config():
    config = parse_config("site_url: !ENV [SITE_URL, 'http://x/']\nextra: {a: 1}\n")
    assert config["extra"] == {"a": 1}


def test_a_config_without_a_slug_names_the_key_to_add():
    with pytest.raises(SystemExit, match="extra.edition needs slug"):
        edition_name_and_date(parse_config("extra:\n  edition:\n    date: 2026-11-26\n"))


def test_the_zip_holds_one_folder_with_every_file(tmp_path):
    site = small_site(tmp_path / "site")
    archive = pack(site, tmp_path / "out/e.zip", "e-2026-11-26", DATE)
    with zipfile.ZipFile(archive) as packed:
        assert packed.namelist() == ["e-2026-11-26/index.html", "e-2026-11-26/layers/masses.html"]
        assert packed.read("e-2026-11-26/index.html") == b"<h1>Home</h1>"
        assert packed.getinfo("e-2026-11-26/index.html").date_time == (2026, 11, 26, 0, 0, 0)


def test_packing_twice_gives_the_same_bytes(tmp_path):
    site = small_site(tmp_path / "site")
    first = pack(site, tmp_path / "1.zip", "e", DATE).read_bytes()
    (site / "index.html").touch()  # a newer mtime must not show in the zip
    assert pack(site, tmp_path / "2.zip", "e", DATE).read_bytes() == first


def test_the_command_refuses_a_folder_that_is_not_a_build(tmp_path):
    with pytest.raises(SystemExit, match="make offline"):
        main([str(tmp_path), str(tmp_path)])

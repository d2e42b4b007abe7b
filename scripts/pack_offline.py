"""Pack the offline edition (built by ``make offline``) into one zip named after the edition.

    python -m scripts.pack_offline build/offline build

writes ``build/<slug>-<date>.zip`` (``extra.edition.slug`` and ``.date`` in mkdocs.yml)
holding one folder of the same name. Entries are sorted and carry the edition's date, so
that the same build gives the same zip, byte for byte.
"""

from __future__ import annotations

import argparse
import datetime
import sys
import zipfile
from pathlib import Path

from scripts.mkdocs_config import load_config


def edition_name_and_date(config: dict) -> tuple[str, datetime.date]:
    """``<slug>-<date>`` and the date, from ``extra.edition`` in mkdocs.yml."""
    edition = config.get("extra", {}).get("edition", {})
    missing = [key for key in ("slug", "date") if not edition.get(key)]
    if missing:
        raise SystemExit(
            f"mkdocs.yml: extra.edition needs {' and '.join(missing)} to name the offline zip."
        )
    date = datetime.date.fromisoformat(str(edition["date"]))
    return f"{edition['slug']}-{date.isoformat()}", date


def pack(site_dir: Path, archive: Path, folder: str, date: datetime.date) -> Path:
    """Zip every file under site_dir into archive, inside one top-level folder."""
    stamp = date.timetuple()[:6]
    archive.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as packed:
        for path in sorted(p for p in Path(site_dir).rglob("*") if p.is_file()):
            entry = zipfile.ZipInfo(f"{folder}/{path.relative_to(site_dir).as_posix()}", stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            packed.writestr(entry, path.read_bytes())
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", type=Path, help="the offline build, e.g. build/offline")
    parser.add_argument("into", type=Path, help="the folder for the zip, e.g. build")
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    args = parser.parse_args(argv)
    if not (args.site_dir / "index.html").is_file():
        raise SystemExit(f"{args.site_dir}: no index.html; run `make offline` to build it first.")
    name, date = edition_name_and_date(load_config(args.config))
    archive = pack(args.site_dir, args.into / f"{name}.zip", name, date)
    print(archive)
    return 0


if __name__ == "__main__":
    sys.exit(main())

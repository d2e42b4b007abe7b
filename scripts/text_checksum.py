"""The checksum that locks the text: print it, or record a deliberate change of the text.

    python -m scripts.text_checksum            # the text's SHA-256 and the one recorded
    python -m scripts.text_checksum --accept   # record the text's SHA-256 in mkdocs.yml

The build stops when docs/source/relationship.txt no longer has the SHA-256 recorded in
mkdocs.yml (``extra.edition.source_sha256``). The words of the text are never edited; use
``--accept`` only for a deliberate change (a better copy of the received text), and say why
in the commit message.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "overrides/hooks"))

from edition.source import sha256  # noqa: E402  (the hooks' package, see above)

from scripts.mkdocs_config import load_config, parse_config  # noqa: E402

_RECORDED = re.compile(r"^(?P<lead>\s+source_sha256:\s*)(?P<value>[0-9a-fA-F]*)(?P<rest>.*)$", re.M)


def record(config_text: str, checksum: str) -> str:
    """mkdocs.yml's text with ``source_sha256`` set to ``checksum``; only that line changes,
    so comments and layout stay as the editor wrote them."""
    changed, count = _RECORDED.subn(lambda m: f"{m['lead']}{checksum}{m['rest']}", config_text, count=1)
    if count != 1 or parse_config(changed)["extra"]["edition"].get("source_sha256") != checksum:
        raise ValueError(
            "mkdocs.yml has no 'source_sha256:' line under extra.edition; add one after 'source:'."
        )
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--accept", action="store_true", help="record the text's checksum in mkdocs.yml")
    parser.add_argument("--project", type=Path, default=PROJECT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    config_file = args.project / "mkdocs.yml"
    edition = load_config(config_file)["extra"]["edition"]
    text = args.project / "docs" / edition["source"]
    actual, recorded = sha256(text.read_bytes()), edition.get("source_sha256")
    print(f"SHA-256 of {text.relative_to(args.project)}: {actual}")
    print(f"recorded in mkdocs.yml: {recorded}")
    if not args.accept:
        return 0 if actual == recorded else 1
    try:
        config_file.write_text(record(config_file.read_text(encoding="utf-8"), actual), encoding="utf-8")
    except ValueError as error:
        print(f"text_checksum: {error}", file=sys.stderr)
        return 1
    print("Recorded in mkdocs.yml (extra.edition.source_sha256). Say in the commit why the text changed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

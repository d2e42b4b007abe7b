"""scripts/text_checksum.py: print the text's checksum, or record a deliberate change."""

from __future__ import annotations

import pytest

from edition.source import sha256
from scripts.mkdocs_config import load_config
from scripts.text_checksum import main, record
from tests.site import copy_project

CONFIG = """\
extra:
  edition:
    source: source/t.txt # verbatim
    # the lock
    source_sha256: 0123abc # keep
"""


def test_recording_changes_only_the_checksum_line():
    assert record(CONFIG, "ffff") == CONFIG.replace("0123abc", "ffff")


def test_recording_without_a_checksum_line_says_where_to_add_it():
    with pytest.raises(ValueError, match="no 'source_sha256:' line"):
        record("extra:\n  edition:\n    source: t.txt\n", "ffff")


def test_a_changed_text_is_reported_and_then_accepted(tmp_path, capsys):
    project = copy_project(tmp_path)
    text = project / "docs/source/relationship.txt"
    text.write_text(text.read_text(encoding="utf-8").replace("elementary", "elemental"), encoding="utf-8")
    assert main(["--project", str(project)]) == 1
    assert main(["--project", str(project), "--accept"]) == 0
    assert load_config(project / "mkdocs.yml")["extra"]["edition"]["source_sha256"] == sha256(text.read_bytes())
    assert main(["--project", str(project)]) == 0
    assert "Say in the commit why the text changed" in capsys.readouterr().out

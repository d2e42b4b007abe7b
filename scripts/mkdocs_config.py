"""mkdocs.yml, read as plain data by the editor's scripts (without running MkDocs)."""

from __future__ import annotations

from pathlib import Path

import yaml


class _Loader(yaml.SafeLoader):
    """A safe loader that reads MkDocs' own tags (``!ENV``, ``!relative``) as plain values."""


def _plain_value(loader: yaml.SafeLoader, tag_suffix: str, node: yaml.Node):
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node)
    return loader.construct_scalar(node)


_Loader.add_multi_constructor("!", _plain_value)


def parse_config(text: str) -> dict:
    return yaml.load(text, Loader=_Loader) or {}


def load_config(path: Path) -> dict:
    return parse_config(Path(path).read_text(encoding="utf-8"))

"""The check of ``extra.edition.diagram`` in mkdocs.yml, before any page is drawn: its words
are the text's, each layer has a label that fits it, each figure has a caption. Every
problem names its key, so that the build stops with a message, not a traceback."""

from __future__ import annotations

from .geometry import LayoutError
from .layers import Wording, layers_layout
from ..source import SourceText, UnknownReference, normalise_space

WHERE = "mkdocs.yml: extra.edition.diagram"
DIRECTIONS = ("inward", "outward", "beyond")
FIGURES = ("layers", "concept-map")  # each needs captions.<name>.text


def wording(diagram: dict) -> Wording:
    return Wording(*(str(diagram[key]) for key in DIRECTIONS))


def problems(diagram: dict, layer_concepts: list[str], source: SourceText, source_path: str) -> list[str]:
    """What in ``extra.edition.diagram`` is missing, not words of the text, or does not fit."""
    found = _wording_problems(diagram, layer_concepts, source, source_path)
    found += _caption_problems(diagram.get("captions") or {}, source)
    if not found:
        found += _layout_problems(diagram, layer_concepts)
    return found


def _wording_problems(diagram: dict, layer_concepts: list[str], source: SourceText, source_path: str) -> list[str]:
    text = normalise_space(" ".join(s.text for s in source.sentences)).lower()
    found = []
    labels = diagram.get("labels") or {}
    for concept in layer_concepts:
        if concept not in labels:
            found.append(f"{WHERE}.labels: no label for the layer '{concept}'; add '{concept}: <words of the text>'.")
    for concept in labels:
        if concept not in layer_concepts:
            found.append(
                f"{WHERE}.labels: '{concept}' is not the concept of a layer page. Layers: {', '.join(layer_concepts)}."
            )
    phrases = [(f"labels.{c}", labels[c]) for c in labels]
    for key in DIRECTIONS:
        if not diagram.get(key):
            found.append(f"{WHERE}.{key}: missing; give the words of the text for this direction.")
        else:
            phrases.append((key, diagram[key]))
    for key, words in phrases:
        if normalise_space(str(words)).lower() not in text:
            found.append(f"{WHERE}.{key}: '{words}' is not in the text; use words exactly as {source_path} has them.")
    return found


def _caption_problems(captions: dict, source: SourceText) -> list[str]:
    found = []
    for name in FIGURES:
        caption = captions.get(name) or {}
        key = f"{WHERE}.captions.{name}"
        if not caption.get("text"):
            found.append(f"{key}.text: missing; write the caption shown under the figure.")
            continue
        if ("{cites}" in str(caption["text"])) != ("cites" in caption):
            found.append(f"{key}: write '{{cites}}' in 'text' where the link to the text goes, and 'cites: s20-s21'.")
        if "cites" in caption:
            try:
                source.resolve(str(caption["cites"]))
            except UnknownReference as error:
                found.append(f"{key}.cites: {error}")
    return found


def _layout_problems(diagram: dict, layer_concepts: list[str]) -> list[str]:
    """The figure of the layers laid out once with these words; what does not fit, by key."""
    labels = diagram["labels"]
    try:
        layers_layout([str(labels[c]) for c in layer_concepts], wording(diagram))
    except LayoutError as error:
        keys = [f"labels.{c}" for c in layer_concepts if str(labels[c]) == error.words]
        keys += [key for key in DIRECTIONS if str(diagram[key]) == error.words]
        return [f"{WHERE}.{keys[0] if keys else 'labels'}: {error}"]
    return []

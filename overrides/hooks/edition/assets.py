"""Static assets the build derives from the project's own files."""

from __future__ import annotations

import hashlib


def bundle(sources: list[tuple[str, str]], *, directory: str, stem: str) -> tuple[str, str]:
    """One stylesheet from (path, text) pairs, in order, each under a comment naming its file.

    Returns the bundle's path, ``directory/stem.<hash>.css``, and its text; the hash changes
    exactly when the text does.
    """
    text = "".join(f"/* {path} */\n{source.rstrip()}\n\n" for path, source in sources)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return f"{directory}/{stem}.{digest}.css", text

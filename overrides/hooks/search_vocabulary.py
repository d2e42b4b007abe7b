"""Hook: write search/vocabulary.js, the words of the search index with their counts, next
to the index itself. The search box loads it for "Did you mean" only when the reader
searches (overrides/partials/did-you-mean.html); see edition/vocabulary.py.
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

from edition.vocabulary import vocabulary_script


# After Material's search plugin has written the index (priority 0).
@event_priority(-50)
def on_post_build(config: MkDocsConfig) -> None:
    search = Path(config.site_dir) / "search"
    index = json.loads((search / "search_index.json").read_text(encoding="utf-8"))
    (search / "vocabulary.js").write_text(vocabulary_script(index), encoding="utf-8")

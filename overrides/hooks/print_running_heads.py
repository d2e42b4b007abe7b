"""Hook: templates get the ``css_string`` filter, for the running heads of printed pages
(partials/print-running-heads.html).

The rest of what paper needs is after-render work (edition/pipeline.py): the notes saying
where links lead (edition/printing.py) and the whole document (edition/assemble.py).
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from edition.printing import css_string


def on_env(env, config: MkDocsConfig, files: Files):
    env.filters["css_string"] = css_string
    return env

"""Hook: the theme's templates are compiled once, not on every build.

MkDocs makes a new Jinja environment for each build, and compiling Material's templates
is about a third of a build of this site: each rebuild of `make serve` paid for it again.
Jinja keeps the compiled templates in .cache/jinja/, keyed by each template's source, so
an edited template is compiled afresh. The cache changes no byte of the built site.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig


def on_env(env: Environment, config: MkDocsConfig, files) -> Environment:
    cache = Path(config.config_file_path).parent / ".cache" / "jinja"
    cache.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(cache))
    return env

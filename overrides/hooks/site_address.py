"""Hook: a build for publication names the edition's own address, or stops.

Canonical links, the sitemap, every citation and citation file, and the running heads of
printed pages name the edition's address (``site_url``, from SITE_URL). A build without
one would print a wrong address into all of them, so it stops and says how to give it.
``mkdocs serve`` sets the local address by itself.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

EXAMPLE = "https://example.org/relationship/"


def on_config(config: MkDocsConfig) -> None:
    if not config.site_url:
        raise PluginError(
            "The edition's address is not set. Set SITE_URL to the address the site is "
            f"published at, for example: SITE_URL={EXAMPLE} make build. Canonical links, the "
            "sitemap, citations and printed pages name it. (`make serve` previews the site at "
            "its local address without it.)"
        )

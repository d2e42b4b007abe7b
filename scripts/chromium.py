"""Debian's Chromium as every test and script here starts it (scripts/ensure-chromium
installs it; Playwright's own browser download is never used).

The flags keep a headless Chromium from reaching for Google's services, which fail at once
on a machine without a network and would otherwise show up among a page's requests.
"""

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def launch(playwright):
    """A Chromium browser for a Playwright session."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

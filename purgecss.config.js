// PurgeCSS (npm `purgecss`, pinned in package-lock.json) keeps only the rules of Material's
// stylesheets whose selectors the built pages or Material's bundle name. The stylesheets and
// the content are given by overrides/hooks/purge_css.py; here is what it cannot see.
const NOT_NAMES = ["rtl", "img", "hr", "video"];

module.exports = {
  // Material's bundle names the classes of every feature it has, so their rules survive the
  // purge although this site turns them on nowhere (mkdocs.yml: theme.features,
  // markdown_extensions, plugins). A blocked rule goes even where a page names its class:
  // turning one of these features on means taking its line out (tests/test_screenshots.py
  // fails while a page names a blocked class).
  blocklist: [
    /^md-annotation/, // code annotations: no content.code.annotate, no `.annotate` list
    /^tabbed-/, // content tabs: no pymdownx.tabbed
    /^highlight/, "hll", // syntax highlighting: no pymdownx.highlight; code blocks are citations
    "mermaid", // diagrams: no pymdownx.superfences; the figures are SVG drawn at build time
    "keys", // keyboard keys: no pymdownx.keys (<kbd> is written by hand)
    /^footnote/, // footnotes: no footnotes extension; editorial notes are the edition's own
    "inline", "end", // inline admonitions: no admonition is `inline`
    "note", "success", "example", // admonition types no page uses (the default look is note's)
    /^md-source/, // repository facts: no repo_url
    /^md-version/, // version selector: no extra.version
    /^md-tags?(-|_|$)/, // tags: no tags plugin
    /^md-status/, // page status: no page has `status:` in its front matter
    /^md-progress/, // progress bar: no navigation.instant.progress
  ],
  // Custom properties that no rule left reads go (the icons of the admonition types, features
  // and palettes above, most of them data-URI SVGs); the purge sees each stylesheet apart.
  variables: true,
  safelist: {
    // Set in main.css, read in palette.css (the dark scheme's colours) and the edition's
    // stylesheet: without it the dark palette lost its background.
    variables: ["--md-hue"],
  },
  // @keyframes of the blocked features (consent, repository facts, annotations) go too.
  keyframes: true,
  extractors: [
    {
      // Words of Material's bundle that name no element it makes: "rtl" (it reads `dir` to
      // place tooltips; the pages are left to right, <body dir="ltr">, so the [dir=rtl] rules
      // go), "img" (regular-expression flags), "hr" (a function's name), "video" (it pauses a
      // page's videos, and a page with one names it). A page still keeps the rules it names.
      extensions: ["js"],
      extractor: (content) => (content.match(/[A-Za-z0-9_-]+/g) || []).filter((word) => !NOT_NAMES.includes(word)),
    },
  ],
};

// PurgeCSS (npm `purgecss`, pinned in package-lock.json) keeps only the rules of Material's
// stylesheets whose selectors the built pages or Material's bundle name. The stylesheets and
// the content are given by overrides/hooks/purge_css.py; here is what it cannot see.
module.exports = {
  // Not `variables: true`: it dropped custom properties that one stylesheet sets and another
  // uses (Material's --md-hue), and the dark palette lost its background (the screenshot test).
  safelist: {
    // Classes Material's bundle assembles from parts at run time (repository facts, tags);
    // every other class it adds is written whole in the bundle, which is read as content.
    standard: [/^md-source__fact--/, /^md-tag--/],
  },
};

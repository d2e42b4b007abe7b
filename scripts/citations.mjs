// Renders CSL-JSON items with citeproc-js, the CSL processor inside Zotero.
//
//   node scripts/citations.mjs < request.json > rendered.json
//
// The request is {"styles": "<folder of .csl files and locales-en-US.xml>", "forms":
// [{"key", "style", "kind"}], "items": [CSL-JSON items]}; the answer maps each item's id to
// {form key: plain-text string}. A "bibliography" form is the item's entry in a reference
// list, a "citation" form its first citation (a note, in a note style). Each item is
// rendered alone, as the first and only item cited. Called by scripts/citations.py
// (`make citations`) and by the tests, which compare the site's strings with its answer.
import fs from "node:fs";
import path from "node:path";
import CSL from "citeproc";

const request = JSON.parse(fs.readFileSync(0, "utf8"));
const byId = Object.fromEntries(request.items.map((item) => [item.id, item]));
const read = (name) => fs.readFileSync(path.join(request.styles, name), "utf8");

function engine(style) {
  const system = {
    retrieveLocale: (language) => read(`locales-${language}.xml`),
    retrieveItem: (id) => byId[id],
  };
  const processor = new CSL.Engine(system, read(`${style}.csl`), "en-US", true);
  processor.setOutputFormat("text");
  return processor;
}

const engines = {};
function render(style, kind, id) {
  const processor = (engines[style] ??= engine(style));
  processor.updateItems([id]);
  if (kind === "citation") {
    // A preview, with no citation before it: always the first, full note (no "ibid.").
    return processor.previewCitationCluster({ citationItems: [{ id }], properties: { noteIndex: 1 } }, [], [], "text");
  }
  const [, entries] = processor.makeBibliography();
  return entries.join("").trim();
}

const rendered = {};
for (const item of request.items) {
  rendered[item.id] = Object.fromEntries(
    request.forms.map((form) => [form.key, render(form.style, form.kind, item.id)]),
  );
}
process.stdout.write(JSON.stringify(rendered, null, 1) + "\n");

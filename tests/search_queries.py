"""The search query table, and how a reader runs a query through the real search box.

One definition shared by ``tests/test_search.py`` (is the right result first?) and
``scripts/bench_search.py`` (how fast does it appear?).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Query:
    typed: str  # exactly what the reader types into the search box
    page: str  # site-relative URL of the page whose result must come first
    section: str | None  # anchor of the section that must come first; None: the page itself
    marked: str  # a word that must be highlighted where the result lands (lower case)
    habit: str  # the reader's habit this query stands for
    # A misspelling finds nothing as typed: the query "Did you mean" must offer first, which
    # the test accepts with Enter before it looks at the results.
    meant: str | None = None


# What a reader means, and so what must come first:
# - a concept's name: the concept's own page (a layer or relation page);
# - a glossary term of two words, or a hyphenated one: its definition in the glossary;
# - words that only the text uses: the paragraph or thesis of the full text that holds them.
QUERIES: tuple[Query, ...] = (
    # Hyphenated terms, typed as printed and without the hyphen.
    Query("supra-class", "glossary/", "supra-class", "supra", "hyphenated"),
    Query("Left-Wing", "lenin/", None, "left", "hyphenated"),
    Query("Left Wing", "lenin/", None, "wing", "hyphenated"),
    Query("self-appointed", "text/", "thesis-3", "appointed", "hyphenated"),
    # Quoted phrases: every word must occur, stop words included.
    Query('"dictatorship of leaders"', "glossary/", "dictatorship-of-leaders", "dictatorship", "quoted"),
    Query('"dictatorship of the proletarian class"', "text/", "thesis-2", "proletarian", "quoted"),
    Query('"one master and one gang"', "text/", "thesis-3", "gang", "quoted"),
    Query('"practical test"', "relations/leaders-chosen/", None, "practical", "quoted"),
    # Plurals and inflections: a word finds its longer forms.
    Query("class", "layers/classes/", None, "class", "inflection"),
    Query("classes", "layers/classes/", None, "classes", "inflection"),
    Query("elect", "layers/leaders/", None, "elect", "inflection"),
    Query("elected", "layers/leaders/", None, "elected", "inflection"),
    Query("leader", "layers/leaders/", None, "leader", "inflection"),
    Query("leaders", "layers/leaders/", None, "leaders", "inflection"),
    Query("lead collectively", "relations/leaders-chosen/", None, "lead", "inflection"),
    Query("leading core", "glossary/", "leading-core", "leading", "inflection"),
    # Glossary terms and concept names.
    Query("class struggle", "glossary/", "class-struggle", "struggle", "glossary"),
    Query("collective leadership", "glossary/", "collective-leadership", "collective", "glossary"),
    Query("vanguard", "relations/vanguard/", None, "vanguard", "glossary"),
    Query("political party", "layers/party/", None, "political", "glossary"),
    Query("masses", "layers/masses/", None, "masses", "glossary"),
    # What a reader remembers of the argument.
    Query("not antagonistic", "relations/not-antagonistic/", None, "antagonistic", "concept"),
    Query("progressive layers", "relations/process/", None, "progressive", "concept"),
    Query("economic status", "layers/classes/", None, "economic", "concept"),
    Query("Lenin", "lenin/", None, "lenin", "concept"),
    Query("Communist Party of Germany", "text/", "thesis-2", "germany", "text"),
    Query("Russian experience", "text/", "p1", "russian", "text"),
    # Misspelt as students type: a letter missing, swapped, doubled or wrong.
    Query("inseperable", "relations/inseparable/", None, "inseparable", "misspelling", "inseparable"),
    Query("inseprable", "relations/inseparable/", None, "inseparable", "misspelling", "inseparable"),
    Query("burgeois", "layers/classes/", None, "bourgeois", "misspelling", "bourgeois"),
    Query("antagonsitic", "relations/not-antagonistic/", None, "antagonistic", "misspelling", "antagonistic"),
    Query("vangaurd", "relations/vanguard/", None, "vanguard", "misspelling", "vanguard"),
    Query("vanguardd", "relations/vanguard/", None, "vanguard", "misspelling", "vanguard"),
    Query("Lennin", "lenin/", None, "lenin", "misspelling", "Lenin"),
    Query("massses", "layers/masses/", None, "masses", "misspelling", "masses"),
    # One letter from both "class" and "classes": the more frequent word is offered first.
    Query("clases", "layers/classes/", None, "class", "misspelling", "class"),
    Query("politcal party", "layers/party/", None, "political", "misspelling", "political party"),
    Query("colective leadership", "glossary/", "collective-leadership", "collective", "misspelling",
          "collective leadership"),
    Query("econmic status", "layers/classes/", None, "economic", "misspelling", "economic status"),
    Query("progresive layers", "relations/process/", None, "progressive", "misspelling", "progressive layers"),
    Query("Russain experience", "text/", "p1", "russian", "misspelling", "Russian experience"),
    Query('"dictatorshp of leaders"', "glossary/", "dictatorship-of-leaders", "dictatorship", "misspelling",
          '"dictatorship of leaders"'),
    # Questions, in the reader's words rather than the pages': the page that answers them first.
    Query("what is the vanguard", "relations/vanguard/", None, "vanguard", "question"),
    Query("who are the leaders?", "layers/leaders/", None, "leaders", "question"),
    Query("why are the masses split into classes", "layers/masses/", None, "split", "question"),
    Query("what sets a class apart", "layers/classes/", None, "class", "question"),
    Query("where do political parties come from", "relations/inseparable/", None, "parties", "question"),
    Query("is there a supra-class party?", "layers/party/", None, "supra", "question"),
    Query("to whom are the leaders subordinate", "layers/leaders/", None, "subordinate", "question"),
    Query("why are masses, classes and parties inseparable", "relations/inseparable/", None, "inseparable",
          "question"),
    Query("what was the question of the German opposition", "relations/not-antagonistic/", None, "german",
          "question"),
    Query("how are the leaders selected", "relations/leaders-chosen/", None, "selected", "question"),
    Query("what is the role of the leaders", "relations/leaders-chosen/", None, "role", "question"),
    Query("what do the four layers form", "relations/process/", None, "form", "question"),
    Query("when does the party deserve to be the vanguard", "relations/vanguard/", None, "deserve", "question"),
    Query("why are they not antagonistic", "relations/not-antagonistic/", None, "antagonistic", "question"),
)

# A query no page answers: Material must say so.
NO_MATCH = "Trotsky"
NO_MATCH_MESSAGE = "No matching documents"

# Counts the search worker's queries and results, and times the last keystroke and the frame
# that paints the results; Material's message types are SETUP 0, READY 1, QUERY 2, RESULT 3.
WATCH_SEARCH_WORKER = """
(() => {
  const watch = window.__search = { ready: false, sent: 0, received: 0, firstKeyAt: 0, keyAt: 0, paintedAt: 0 };
  addEventListener("keydown", () => { watch.keyAt = performance.now(); watch.firstKeyAt ||= watch.keyAt; }, true);
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      // Registered before Material's own listener: results are rendered right after this.
      this.addEventListener("message", event => {
        if (event.data && event.data.type === 1) watch.ready = true;
        if (event.data && event.data.type === 3) {
          watch.received += 1;
          requestAnimationFrame(() => { watch.paintedAt = performance.now(); });
        }
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === 2) watch.sent += 1;
      return super.postMessage(message, ...rest);
    }
  };
})();
"""

SEARCH_BOX = "input.md-search__input"
RESULT_LIST = "ol.md-search-result__list"
RESULT_META = ".md-search-result__meta"
# "Did you mean …?" (overrides/assets/javascripts/did-you-mean.js): the line, there once the
# vocabulary is loaded, and one button per suggestion.
SUGGESTION_NOTE = ".search-suggestion"
SUGGESTIONS = f"{SUGGESTION_NOTE} button"

# The result Enter opens: in the first group, the link with the highest score (Material's rule).
BEST_RESULT = """
() => {
  const links = [...document.querySelectorAll("ol.md-search-result__list > li:first-child a[href]")];
  if (!links.length) return null;
  const score = a => parseFloat(a.firstElementChild.getAttribute("data-md-score"));
  const best = links.reduce((a, b) => (score(b) > score(a) ? b : a));
  return { index: links.indexOf(best), href: best.href, title: best.querySelector("h1, h2").textContent };
}
"""


def wait_for_results(page) -> None:
    """Until the worker has answered every query the box sent and the answer is painted."""
    page.wait_for_function(
        "() => { const w = window.__search; return w.sent > 0 && w.sent === w.received"
        " && w.paintedAt >= w.keyAt; }"
    )


def wait_until_ready(page) -> None:
    """Until the search worker has loaded the index: Material binds its keys by then."""
    page.wait_for_function("() => window.__search.ready")


def type_query(page, text: str) -> None:
    """Type into the open search box key by key, as a reader does (``fill()`` sends no keys)."""
    page.locator(SEARCH_BOX).press_sequentially(text)
    wait_for_results(page)


def best_result(page) -> dict | None:
    return page.evaluate(BEST_RESULT)


# Material closes search 125 ms after every navigation (bundle.ts: "Always close drawer and
# search on navigation"), and instant navigation changes the address as soon as the link is
# clicked, before the next page arrives. A test that opens search once the address has changed
# can see it closed under its fingers; it waits for this instead. The timer is set after
# Material's, with the same delay, so it fires after Material's; document$ replays the old
# page on subscription, and its next value is the new page, injected.
ARM_NAVIGATION_WATCH = """
() => {
  const watch = window.__navigation = { closed: false, injected: false };
  const navigation = window.location$.subscribe(() => {
    navigation.unsubscribe();
    setTimeout(() => { watch.closed = true; }, 125);
    let replayed = false;
    const documents = window.document$.subscribe(() => {
      if (!replayed) { replayed = true; return; }
      watch.injected = true;
      documents.unsubscribe();
    });
  });
}
"""


def follow_to_another_page(page, link) -> None:
    """Click a link to another page of the site, and return when Material has put that page in
    place and closed search after the navigation, so that search may be opened again."""
    page.evaluate(ARM_NAVIGATION_WATCH)
    link.click()
    page.wait_for_function("() => window.__navigation.closed && window.__navigation.injected")


def let_material_see_the_focus_change(page) -> None:
    """Material reads focus changes through a 1 ms debounce, and Chromium runs input events
    before timers: a key sent right after Escape reached the page before Material had seen the
    blur, so it saw the box focused all along and never opened search again. A timer set now,
    with a longer delay, fires after Material's."""
    page.evaluate("() => new Promise(resolve => setTimeout(resolve, 10))")


def best_result_link(page):
    best = best_result(page)
    return page.locator(f"{RESULT_LIST} > li:first-child a[href]").nth(best["index"])

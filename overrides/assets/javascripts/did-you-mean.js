/*
 * "Did you mean …?" under the search box.
 *
 * Material's search finds a word as typed (as the start of a word): one wrong letter and it
 * finds nothing. When a word of the query is no word of the site, this offers the query with
 * that word replaced by the nearest words of the site's own vocabulary (search/vocabulary.js,
 * written at build time by overrides/hooks/search_vocabulary.py), accepted with a click or
 * with Enter: the word goes into the search box and Material searches again.
 *
 * overrides/partials/did-you-mean.html loads this file the first time the reader puts the
 * focus in the search box; this file then loads the vocabulary. Neither comes with the page.
 */
(() => {
  const BOX = "[data-md-component=search-query]"
  const RESULT = "[data-md-component=search-result]"
  const SHOWN = 3 // suggestions at most
  // lunr's trimmer: what it strips from the ends of a word before indexing it
  const PUNCTUATION_AT_ENDS = /^\W+|\W+$/g

  let vocabulary // { separator: RegExp, words: Map(word → count), most frequent first }

  /** Edits from a to b (insertions, deletions, substitutions and swaps of two neighbouring
   *  letters: optimal string alignment), or Infinity when more than `limit`. */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return Infinity
    const d = [[...Array(b.length + 1).keys()]]
    for (let i = 1; i <= a.length; i++) {
      d[i] = [i]
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
      }
      if (Math.min(...d[i]) > limit) return Infinity // no later row can come back under it
    }
    return d[a.length][b.length] <= limit ? d[a.length][b.length] : Infinity
  }

  /** Material searches every typed word as the start of a word. */
  function isFound(word) {
    for (const known of vocabulary.words.keys()) if (known.startsWith(word)) return true
    return false
  }

  /** The words of the site nearest to `word`: within one edit for words of up to four
   *  letters, two for longer ones; of those, the nearest; of those, the most frequent first. */
  function nearest(word) {
    let found = [], best = word.length <= 4 ? 1 : 2
    for (const known of vocabulary.words.keys()) {
      const edits = distance(word, known, best)
      if (edits < best) [found, best] = [[], edits]
      if (edits === best) found.push(known)
    }
    return found
  }

  /** Each word of the query, where it stands, as Material's search cuts it. */
  function* words(query) {
    const separator = new RegExp(vocabulary.separator, "g")
    let start = 0
    for (const match of [...query.matchAll(separator), { index: query.length, 0: "" }]) {
      const token = query.slice(start, match.index)
      const word = token.replace(PUNCTUATION_AT_ENDS, "")
      const at = start + token.indexOf(word) // after the punctuation trimmed from its start
      if (word) yield { word, start: at, end: at + word.length }
      start = match.index + match[0].length
    }
  }

  /** The word as the reader would have written it: capitalised if they capitalised it. */
  function asTyped(word, typed) {
    return typed[0] === typed[0].toUpperCase() && typed[0] !== typed[0].toLowerCase()
      ? word[0].toUpperCase() + word.slice(1)
      : word
  }

  /** The query with every word the site lacks replaced: first with the nearest word each,
   *  then with the second, the third (keeping the nearest where there is no other). */
  function suggestions(query) {
    const wrong = [...words(query)]
      .filter(({ word }) => !isFound(word.toLowerCase()))
      .map(typed => ({ ...typed, near: nearest(typed.word.toLowerCase()) }))
      .filter(({ near }) => near.length)
    if (!wrong.length) return []
    const offered = new Set()
    for (let n = 0; n < SHOWN; n++) {
      let text = query
      for (const { word, start, end, near } of [...wrong].reverse())
        text = text.slice(0, start) + asTyped(near[Math.min(n, near.length - 1)], word) + text.slice(end)
      offered.add(text)
    }
    return [...offered]
  }

  /** The line under Material's result count, made once: a status region, so
   *  that a screen reader announces a new suggestion. Buttons, not links: Material's keys
   *  move through the results' links, and a click on a link closes search. */
  function note() {
    const result = document.querySelector(RESULT)
    let note = result.querySelector(".search-suggestion")
    if (!note) {
      note = document.createElement("p")
      note.className = "search-suggestion"
      note.setAttribute("role", "status")
      result.firstElementChild.after(note)
    }
    return note
  }

  function show(queries) {
    const parts = queries.flatMap((query, n) => {
      const button = document.createElement("button")
      button.type = "button"
      button.textContent = query
      return n ? [", ", button] : [button]
    })
    note().replaceChildren(...(parts.length ? ["Did you mean ", ...parts, "? ", hint()] : []))
  }

  function hint() {
    const key = document.createElement("kbd")
    key.textContent = "Enter"
    const hint = document.createElement("span")
    hint.append("(", key, " for the first)")
    return hint
  }

  function update() {
    const box = document.querySelector(BOX)
    if (vocabulary && box) show(box.value.trim() ? suggestions(box.value) : [])
  }

  /** Put the query in the box and let Material search it: Material reads the box on keyup. */
  function accept(query) {
    const box = document.querySelector(BOX)
    box.value = query
    box.focus()
    box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }))
  }

  document.addEventListener("keyup", event => {
    if (event.target.matches?.(BOX)) update()
  })
  document.addEventListener("reset", () => show([]))
  document.addEventListener("click", event => {
    const button = event.target.closest?.(".search-suggestion button")
    if (button) accept(button.textContent)
  })
  // Captured before Material's own handler, which would otherwise open the first result.
  document.addEventListener("keydown", event => {
    const first = document.querySelector(".search-suggestion button")
    if (event.key === "Enter" && event.target.matches?.(BOX) && first) {
      event.preventDefault()
      event.stopPropagation()
      accept(first.textContent)
    }
  }, true)

  const script = document.createElement("script")
  script.src = new URL("../../search/vocabulary.js", document.currentScript.src).href
  script.addEventListener("load", () => {
    vocabulary = { separator: __vocabulary.separator, words: new Map(__vocabulary.words) }
    update()
  })
  document.head.append(script)
})()

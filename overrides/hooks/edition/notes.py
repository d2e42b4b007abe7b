"""Editorial notes on the text's odd readings, read from one data file (includes/notes.yml).

Each note names a sentence and the exact words it concerns, says what is odd there and,
where it helps, what the words probably mean. The full text shows a numbered marker after
the sentence and the notes at its foot; the About page lists the same notes (render.py).
The build checks that each note's words are in its sentence, so a note can never speak of
words the text does not have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from .problems import Problems
from .source import Sentence, SourceText, normalise_space

REQUIRED_KEYS = ("id", "sentence", "words", "note")
KEYS = (*REQUIRED_KEYS, "reading")


class NotesError(Problems):
    """Notes that do not fit the text; the message names the file, line and fix of each."""

    heading = "The notes on the text have problems"


@dataclass(frozen=True)
class Note:
    id: str  # part of its anchor, stable: note-directed-led-by
    sentence: Sentence
    words: str  # words of the sentence, as the text has them
    note: str  # editorial Markdown: what is odd
    reading: str = ""  # editorial Markdown: what the words probably mean (a conjecture)
    number: int = 0  # its place among the notes, in the order of the text
    line: int = 0  # in the notes file

    @property
    def anchor(self) -> str:
        return f"note-{self.id}"


def _problems_of(entry: dict, source: SourceText) -> list[str]:
    problems = [f"needs '{key}:'" for key in REQUIRED_KEYS if not entry.get(key)]
    problems += [f"'{key}' is not a key of a note; use {', '.join(KEYS)}" for key in entry if key not in KEYS]
    if entry.get("id") and not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", str(entry["id"])):
        problems.append(f"id '{entry['id']}': use lower-case words joined by hyphens")
    anchor = str(entry.get("sentence", ""))
    sentence = next((s for s in source.sentences if s.anchor == anchor), None)
    if entry.get("sentence") and sentence is None:
        problems.append(f"sentence '{anchor}' is not a sentence of the text: write s1 to s{len(source.sentences)}")
    elif sentence and entry.get("words") and normalise_space(str(entry["words"])) not in normalise_space(sentence.text):
        problems.append(
            f"words '{entry['words']}' are not in {anchor}; copy them from the sentence exactly"
        )
    return problems


def parse_notes(text: str, source: SourceText, where: str = "includes/notes.yml") -> list[Note]:
    """The notes of the file's text, numbered in the order of the text; raises NotesError."""
    try:
        document = yaml.compose(text, Loader=yaml.SafeLoader)
        entries = yaml.safe_load(text) or []
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise NotesError([f"{where}{line}: not valid YAML: {getattr(error, 'problem', error)}"]) from None
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise NotesError([f"{where}: write a list of notes, each '- id: ...' with sentence, words and note"])
    problems, notes, lines = [], [], {}
    for entry, node in zip(entries, document.value):
        line = node.start_mark.line + 1
        found = _problems_of(entry, source)
        note_id = str(entry.get("id", ""))
        if note_id in lines:
            found.append(f"id '{note_id}' is the id of the note on line {lines[note_id]} too; ids are unique")
        lines.setdefault(note_id, line)
        problems += [f"{where}:{line}: {problem}." for problem in found]
        if not found:
            sentence = next(s for s in source.sentences if s.anchor == entry["sentence"])
            notes.append(
                Note(note_id, sentence, str(entry["words"]), str(entry["note"]).strip(),
                     str(entry.get("reading") or "").strip(), line=line)
            )
    if problems:
        raise NotesError(problems)
    in_order = sorted(
        notes,
        key=lambda n: (n.sentence.number, normalise_space(n.sentence.text).index(normalise_space(n.words))),
    )
    return [replace(note, number=number) for number, note in enumerate(in_order, start=1)]


def load_notes(path: str | Path, source: SourceText, where: str = "includes/notes.yml") -> list[Note]:
    return parse_notes(Path(path).read_text(encoding="utf-8"), source, where)

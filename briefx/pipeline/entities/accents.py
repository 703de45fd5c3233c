"""A person's name that the text writes without its diacritics takes them (session 33).

English Wikipedia titles keep a person's diacritics ("Goran Ivanišević", "Joško Gvardiol") where
wire copy writes plain ASCII. ``models/name_accents.jsonl`` (scripts/derive_name_accents.py, from
faker's and mimesis' person-name lists) maps a plain given or family name to its one accented
spelling, only where no list has the plain spelling as a name of its own ("Jose", "Novak",
"Martin", "Muller", "Perez" stay as written). One dictionary lookup per word of a name, each
distinct name looked at once; the text's own spellings are read only when a word has a row.
"""

from __future__ import annotations

import re

from briefx.normalize.names import fold_letters, name_accents
from briefx.pipeline.coref import Ent

# A word with a letter outside ASCII: the text's own accented spellings. Tried only at a word's
# start and lazily up to its first such letter, so a long run of word characters is read once
# (``\w*[^\x00-\x7f]`` from every position read a 20,000-digit run for 47 s).
NON_ASCII_WORD = re.compile(r"(?<!\w)\w*?[^\W\x00-\x7f]\w*")
NAME_WORD = re.compile(r"[A-Za-z]+")

PARTS = ("given", "family")


def person_accents(text: str, ents: list[Ent], parts: tuple[str, ...] = PARTS) -> None:
    """Give each PERSON whose name is plain ASCII the accented spelling of its words that
    ``names.name_accents`` knows ("Goran Ivanisevic" -> "Goran Ivanišević"), mentions and
    speakers alike (they read the entity's name). A word the document also writes with some
    accent of its own is left as written (the document's spelling is evidence; ``coref.spellings``
    already gave its accented mentions' spelling to the plain ones). A word takes a given name's
    row where it opens a name of two words or more, a family name's elsewhere; ``parts`` picks
    which of the two are restored. The mention's text and span stay."""
    table = name_accents()
    written: set[str] | None = None  # the folded spellings of the text's accented words
    done: dict[str, str] = {}
    for e in ents:
        if e.type != "PERSON" or not e.name.isascii() or "notable" in e.tags:
            continue  # (a title of models/notable_people.jsonl is whole: session 40)
        name = done.get(e.name)
        if name is None:
            name = e.name
            words = list(NAME_WORD.finditer(e.name))
            family = False  # a family name of this name took its marks
            for i, m in reversed(list(enumerate(words))):
                row = table.get(m.group())
                # a given name opens a name of two words or more, a family name follows it or
                # stands alone ("el-Sisi" takes no given name's accents); a given name takes its
                # marks only beside a family name that took its own: given names travel
                # between languages ("Stefka" is Bulgarian as well as a Slovak "Štefka")
                part = "given" if i == 0 and len(words) > 1 else "family"
                if row is None or part not in row[1] or part not in parts:
                    continue
                if part == "given" and not (family or "family" not in parts):
                    continue
                if written is None:
                    written = {fold_letters(w) for w in NON_ASCII_WORD.findall(text)}
                if m.group() in written:
                    continue
                name = name[: m.start()] + row[0] + name[m.end() :]
                family = True
            done[e.name] = name
        e.name = name

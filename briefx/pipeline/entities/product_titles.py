"""Products by their article titles: a family's designations (session 41, issue 13 entity names).

Copy writes a product by a variant's designation ("737-800", "787-9", "A350-1000", "F-16 Block
70", "Sentinel-2C", "PSLV-C59"), by a model without its maker ("the Corolla") or by a short
name that other things share ("Vega", "Cluster"); English Wikipedia titles most variants by
their family ("Boeing 737 Next Generation", "Boeing 787 Dreamliner", "Airbus A350", "General
Dynamics F-16 Fighting Falcon", "Sentinel-2", "Polar Satellite Launch Vehicle"), models by
maker and model ("Toyota Corolla"), and shared names with a bracket ("Vega (rocket)", "Cluster
(spacecraft)"). The table is ``models/product_titles.jsonl`` (``scripts/write_product_titles.py``).

A designation is looked up as written, without a maker that opens it ("Boeing 737-800") and
without a plural "s" after its number ("F-16s"). How much the document must show depends on
its form:
- a code of letters and digits or of capitals ("A350-1000", "F-35A", "Sentinel-2C", "PSLV")
  names its family where NER typed it a PRODUCT, or its maker is named, or a word of its kind
  is in the sentence ("F-16s" typed a body beside "air force"; "climbers on K2" stays);
- a number ("737-800", "787-9", "208B") needs its maker written before it or named in the
  document, or a word of its kind in the sentence ("airline", "jets", "fleet");
- a word ("Corolla", "Vega", "Cluster", "Rafale") needs a noun of its kind right after it ("a
  Vega rocket", "the Cluster science satellites"), or its maker written before it, or, for a
  mention NER typed (not a person: "Webb"), its maker named in the document ("Nissan ... the
  Leaf"); a name of several words ("Vulcan Centaur", "Europa Clipper") counts as a code
  unless it is a place ("Santa Fe").
A mention whose type another rule read off its form (fixed) yields only to a noun of the
product's kind right after it ("The first Ariane 5 rocket", read as an edition) or its maker.
A product's name written short after its numbered version takes the version's title ("the
Switch" after "the Switch 2" -> "Nintendo Switch 2"). A designation NER left untagged or cut ("its last 737-800", "F-16 Block" of "F-16 Block 70")
is tagged where the same holds (a code too needs a word of its kind or its maker). A row with
``years`` holds only where the document's year lies in them ("Galileo": the Jupiter probe in
1996, the navigation system in 2024). Where two rows fit, the one whose maker the document
names wins; else none. A mention another rule named (its name is not its text) is left alone.
Return the spans titled, whose numbers are no figures.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from briefx.normalize.names import lookup_alias, place_pop
from briefx.pipeline._util import longest_first
from briefx.pipeline.coref import Ent
from briefx.pipeline.coref.ent import TITLED
from briefx.pipeline.entities.forms import words_of
from briefx.resources import read_jsonl

__all__ = ["TITLED", "product_titles"]

Row = dict[str, Any]
NUMBER = re.compile(r"\{n\}")
BLOCK = re.compile(r" Block \d+\Z")  # "Falcon 9 Block 5": the family's name without its block
CAPS = re.compile(r"[A-Z]{3,}\Z")  # "PSLV", "HIMARS"
WIDEST = 4  # words in the longest form
DIGIT = re.compile(r"\d")
OLDER = re.compile(r"\b(?:older|original|old|previous|earlier|first) \Z", re.IGNORECASE)
AFTER = re.compile(r"[- ]([\w-]+)(?: ([\w-]+))?")  # the two words after a name


@cache
def _table() -> tuple[
    dict[str, list[tuple[Row, bool]]], list[tuple[re.Pattern[str], Row]], dict[str, Any]
]:
    """The rows by form (``True`` where the maker is written in the key: "Boeing 737-800"), the
    numbered forms' patterns, the kinds' words."""
    forms: dict[str, list[tuple[Row, bool]]] = {}
    patterns: list[tuple[re.Pattern[str], Row]] = []
    kinds: dict[str, Any] = {}
    for r in read_jsonl("product_titles.jsonl"):
        if "kinds" in r:
            kinds = r["kinds"]
            continue
        for form in r["forms"]:
            keys = [(form, False)] + [(f"{m} {form}", True) for m in r["maker"]]
            for key, made in keys:
                if "{n}" in key:
                    body = NUMBER.sub(r"(\\d{1,3})", re.escape(key).replace(r"\{n\}", "{n}"))
                    patterns.append((re.compile(body), {**r, "made": made}))
                else:
                    forms.setdefault(key, []).append((r, made))
    return forms, patterns, kinds


@cache
def _openers() -> tuple[frozenset[str], tuple[str, ...]]:
    """The first words of the table's forms (with a maker and without), and the fixed
    beginnings of its numbered forms ("PSLV-C", "Shenzhou-"): a run whose first word is none of
    them names nothing (so a document's words are passed at the cost of a set lookup)."""
    forms, patterns, _ = _table()
    firsts = frozenset(key.split(" ")[0] for key in forms)
    heads = {p.pattern.split("(", 1)[0].replace("\\", "").split(" ")[0] for p, _ in patterns}
    return firsts, tuple(sorted(heads))


def _lookup(word: str) -> list[tuple[Row, bool, str]]:
    """The rows a designation names: (row, maker written, title)."""
    forms, patterns, _ = _table()
    keys = [word]
    if BLOCK.search(word):
        keys.append(BLOCK.sub("", word))
    if len(word) > 2 and word.endswith("s") and word[-2].isdigit():
        keys.append(word[:-1])  # "F-16s", "A350s"
    for key in keys:
        if key in forms:
            return [(r, made, r["title"]) for r, made in forms[key]]
    if not DIGIT.search(word):
        return []  # every numbered form has a number
    for pattern, r in patterns:
        if mt := pattern.fullmatch(word):
            return [(r, bool(r["made"]), str(r["title"]).replace("{n}", mt.group(1)))]
    return []


def _form(word: str) -> str:
    """ "plain" (a word: "Corolla"), "number" ("737-800") or "code" ("A350-1000", "PSLV",
    "Europa Clipper")."""
    core = word.split(" ")[-1] if " " in word and word.split(" ")[-1][:1].isdigit() else word
    if any(c.isdigit() for c in word):
        return "number" if core[:1].isdigit() and word[:1].isdigit() else "code"
    if " " in word and not (place_pop(word) > 0 or lookup_alias(word)):
        return "code"  # a name of several words: "Vulcan Centaur"; not a town, "Santa Fe"
    return "code" if CAPS.match(word) else "plain"


def _near(text: str, end: int, kind: str) -> bool:
    """A noun of the kind within the two words after ``end`` ("Vega rocket", "Cluster science
    satellites")."""
    nouns = _table()[2].get(kind, {}).get("near", ())
    after = AFTER.match(text, end)
    return after is not None and any(w in nouns for w in after.groups() if w)


@cache
def _kind_words(kind: str) -> re.Pattern[str]:
    """One pattern of the words of a sentence that speaks of the kind (read once per kind)."""
    words = _table()[2].get(kind, {}).get("sentence", ()) or ["(?!)"]
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def _in_sentence(text: str, start: int, end: int, kind: str) -> bool:
    """A word of the kind in the sentence round ``start``-``end``."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(x for x in (text.find(". ", end), text.find("\n", end), len(text)) if x >= 0)
    return _kind_words(kind).search(text, left, right) is not None


def _choose(text: str, start: int, end: int, year: int | None, named: _Makers, typ: str) -> str:
    """The title of the one row the designation at ``start``-``end`` names where the document
    shows what the form needs (see the module docstring); "" for none."""
    word = text[start:end]
    product = typ == "PRODUCT"
    # a word typed a body, place or event in a document that names the maker ("Microsoft ...
    # Copilot", "Nissan ... the Leaf"); not a person ("Webb"), nor a word NER left untagged
    owned = product or typ not in ("PERSON", "")
    found = []
    for r, made, title in _lookup(word):
        if year is not None and "years" in r and not r["years"][0] <= year <= r["years"][1]:
            continue
        form = _form(word.split(" ", 1)[1] if made else word)
        maker = made or any(m in named for m in r["maker"])
        ok = (
            made
            or (form == "code" and (product or maker or _in_sentence(text, start, end, r["kind"])))
            or (form == "number" and (maker or _in_sentence(text, start, end, r["kind"])))
            or (form == "plain" and (_near(text, end, r["kind"]) or (owned and maker)))
        )
        if ok:
            found.append((maker, title))
    titles = {t for _, t in found}
    if len(titles) > 1:
        titles = {t for m, t in found if m}
    return titles.pop() if len(titles) == 1 else ""


@cache
def _maker_pattern() -> re.Pattern[str]:
    """One pattern of every maker's name, longest first (read once)."""
    makers = {m for r in read_jsonl("product_titles.jsonl") for m in r.get("maker", ())}
    alts = "|".join(re.escape(m) for m in longest_first(makers))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


class _Makers:
    """The makers the document writes, found on first use (most documents name no product)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: set[str] | None = None

    def __contains__(self, maker: object) -> bool:
        if self.found is None:
            self.found = {mt.group() for mt in _maker_pattern().finditer(self.text)}
        return maker in self.found


def product_titles(
    text: str, ents: list[Ent], year: int | None, scan: bool = True
) -> list[tuple[int, int]]:
    """Name the document's product designations by their families' titles, tagging those NER
    left out (see the module docstring); return the spans titled."""
    named = _Makers(text)
    freed: list[tuple[int, int]] = []
    for e in ents:
        word = text[e.start : e.end]
        if e.name != word or e.titles:
            continue
        title = _choose(text, e.start, e.end, year, named, e.type)
        # a type another rule read off the form yields only to a noun of the product's kind
        # right after it ("The first Ariane 5 rocket", read as an event's edition) or to its
        # maker, written or named in the document
        if title and e.fixed and e.type != "PRODUCT":
            rows = [(r, made) for r, made, t in _lookup(word) if t == title]
            if not any(
                made or _near(text, e.end, r["kind"]) or any(m in named for m in r["maker"])
                for r, made in rows
            ):
                continue
        if title:
            e.type, e.name, e.fixed = "PRODUCT", title, True
            e.tags.add(TITLED)  # the family rules of families.py leave it alone
            freed.append((e.start, e.end))
    if scan:  # (the late pass names the mentions later rules typed; the words were scanned)
        freed += _untagged(text, ents, year, named)
    _versions(text, ents)
    return freed


def _versions(text: str, ents: list[Ent]) -> None:
    """A product's name written short after its numbered version ("the Switch" after "Switch
    2", titled "Nintendo Switch 2") is that version, where one titled product's text opens with
    it and the short name is no table form of its own ("X" -> "X 2"); not after "older",
    "original", "previous" ("the older Switch")."""
    titled = [
        (text[e.start : e.end], e.name)
        for e in ents
        if TITLED in e.tags and " " in text[e.start : e.end] and e.type == "PRODUCT"
    ]
    if not titled:
        return
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "PRODUCT" or e.name != word or TITLED in e.tags or _lookup(word):
            continue
        if OLDER.search(text, max(0, e.start - 20), e.start):
            continue  # "the older Switch": the version before
        names = {
            t for w, t in titled if w.startswith(word + " ") and w[len(word) + 1 :][:1].isdigit()
        }
        if len(names) == 1:
            e.name = names.pop()


# a word's start (after white space and an opening quote or bracket), and the word
# (capitalised or a number: the forms start so, "bZ4X" aside, which NER tags)
WORD = re.compile(r"(?<!\S)[(\"“‘'\[]*([A-Z0-9]\S*)")
REACH = 80  # characters of text a designation of four words may take


def _first_word(word: str) -> str:
    """A word without its closing punctuation and possessive, as ``forms.words_of`` cuts it."""
    word = word.rstrip(".,;:)\"”’'!?]")
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _untagged(
    text: str, ents: list[Ent], year: int | None, named: _Makers
) -> list[tuple[int, int]]:
    """Tag the designations NER missed or cut: a run of up to four words that the table knows,
    no mention sticking out of it; the mentions inside it give way. Only the words that open a
    form of the table are looked at further (a set lookup per word)."""
    firsts, heads = _openers()
    freed: list[tuple[int, int]] = []
    added = False
    last = 0
    for wm in WORD.finditer(text):
        s0 = wm.start(1)
        first = wm.group(1)
        if s0 < last:
            continue
        if not (first in firsts or first.startswith(heads)):
            first = _first_word(first)
            if not (first in firsts or first[:-1] in firsts):
                continue
        units = [(a + s0, b + s0, w) for a, b, w in words_of(text[s0 : s0 + REACH])][:WIDEST]
        hit = None
        for k in range(len(units), 0, -1):
            run = units[:k]
            if any(run[j + 1][0] != run[j][1] + 1 for j in range(k - 1)):
                continue  # only single spaces inside a designation
            end = run[-1][1]
            word = text[s0:end]
            if _lookup(word):
                hit = (end, word)
                break
        if hit is None:
            continue
        end, word = hit
        inside = [e for e in ents if e.start < end and s0 < e.end]
        if any(e.start < s0 or e.end > end for e in inside) or any(
            (e.start, e.end) == (s0, end) for e in inside
        ):
            continue
        title = _choose(text, s0, end, year, named, "")
        if not title or (_form(word) == "code" and not _evidence(text, s0, end, word, named)):
            continue
        if inside and not all(e.type == "PRODUCT" for e in inside):  # "Boeing" stays an ORG
            continue
        for e in inside:
            ents.remove(e)
        ents.append(Ent(s0, end, "PRODUCT", title, fixed=True, tags={TITLED}))
        freed.append((s0, end))
        added = True
        last = end
    if added:
        ents.sort(key=lambda e: e.start)
    return freed


def _evidence(text: str, start: int, end: int, word: str, named: _Makers) -> bool:
    """An untagged code needs its maker named or a word of its kind in the sentence."""
    for r, made, _ in _lookup(word):
        if made or any(m in named for m in r["maker"]) or _in_sentence(text, start, end, r["kind"]):
            return True
    return False

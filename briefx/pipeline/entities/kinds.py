"""Types read off the kind of name (session 16, issue 13 types): natural places and laws.

- A natural place: a name after "the" that WordNet knows only as a named sea, gulf, river,
  range, peninsula, plain or desert (``models/natural_places.jsonl``, derived by
  ``scripts/derive_natural_places.py``) is a LOC, whatever NER said ("the Tigris" typed an
  organisation, "the Adriatic" or "the Peloponnese" a nationality, "the Iberian Peninsula" cut
  to "Iberian"), and the name coordinated after it too ("the Tigris and Euphrates"). The name
  must be the whole capitalised run ("the Thames Water" names no river), and no plural noun
  may follow it ("the Baltic states" are countries named after the sea).
- A body of the sky: a name WordNet knows under celestial body, constellation, galaxy, star
  cluster, nebula, comet, asteroid or natural satellite (``models/sky_bodies.jsonl``, derived by
  ``scripts/derive_sky_bodies.py``: "Saturn", "the Moon", "Sagittarius", "the Andromeda
  Galaxy", "Pluto") is a LOC, as OntoNotes tags astronomical objects, where the text uses it
  of the sky: a word of the sky (``sky_word`` in ``models/entity_forms.jsonl``: "orbit",
  "telescope", "eclipse", "astronomers"; in lower case, as "Sky News" and "Samsung Galaxy"
  are names) or another body stands in its sentence or the one before or after it; for a name
  WordNet gives no other sense ("Betelgeuse", "Deimos"), anywhere in the text; a name that ends
  in such a word ("the Andromeda Galaxy", "the Crab Nebula"), or a body's name and a kind of
  body (``sky_kind``: "the Orion Nebula", "the Virgo Cluster"), needs nothing more. "Sun" and "Moon"
  (their lower-case words name bodies too) only after a lower-case "the"; "Mercury", "Titan"
  (their lower-case words name other things) never first in a sentence; a constellation's
  name with another sense ("Sagittarius", "Gemini", "Orion") only after a word of place
  (``sky_in``: "in", "near", "towards"). Left as they are: a
  name inside a longer one ("Venus Williams", "Saturn V", "Mars Inc.", "Phoenix Mercury"), one
  that speaks, is told or comes before a product's noun anywhere in the text ("The Sun
  reported", "Mars said", "told the Sun", "the Orion capsule", "Saturn cars": all its
  mentions), a titled
  person, and a town the gazetteer knows that NER typed a place ("Phoenix").
- A member of a religious group: a word WordNet names only as one (``models/religious_groups.
  jsonl``, derived by ``scripts/derive_religious_groups.py``: "Sunni", "Shiite", "Christians",
  "Hindu", "Protestant") is a NORP named by its singular, where NER missed it or typed it a
  body, place or person; not inside a longer capitalised name ("Southern Baptist Convention",
  "Christian Democrats", "Catholic University").
- A law cited by its part: "Article 5 of the North Atlantic Treaty", "Section 232 of the Trade
  Expansion Act of 1962" name the law alone (ANNOTATION.md: section numbers are citations), so
  the part and "of the" leave the span; two laws NER joined ("the X Act and the Y Regulation")
  are two.
- A product by its designation in mixed case: a word that opens in lower case and goes on in
  capitals ("iPhone", "iOS", "iPad") with a version number after it ("iPhone 16", "iOS 26",
  "iPad Pro 13") is a PRODUCT, the number inside the span and no figure (ANNOTATION.md: no
  numbers inside designations); without a number the word may name a firm ("eBay") and stays.
- A law by its head: a capitalised name after "the" that ends in a law head (``law_head`` in
  ``models/entity_words.jsonl``: Act, Treaty, Directive, Regulation, Protocol, Agreement ...),
  or "Treaty of/on" and a capitalised name ("the Treaty of Lisbon", "the Treaty on European
  Union"), is one LAW; the names inside it ("Rome", "European Union", "AI") give way. Not a
  name with a body's head word in it (``org_head``: "the Office for Nuclear Regulation").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from briefx.normalize.names import (
    entity_words,
    form_words,
    lookup_company,
    natural_title,
    world_places,
)
from briefx.pipeline.coref import Ent
from briefx.pipeline.coref.countries import sentence_span
from briefx.pipeline.entities.commons import TELL, speaks
from briefx.pipeline.entities.forms import product_nouns
from briefx.resources import read_jsonl, table_index

__all__ = [
    "camel_products",
    "law_heads",
    "law_parts",
    "moons",
    "natural_places",
    "religious_groups",
    "sky_bodies",
    "volcanoes",
]

# a capitalised word of a name: a letter word, a word in capitals, with an inner hyphen or
# apostrophe ("Shatt al-Arab" is read by its own table entry, see _natural_matches)
_WORD = r"[A-Z][\w'’-]*"
# the words that may link a name's capitalised words ("Treaty of Rome", "Food and Drug Act")
_LINK = r"(?:of|on|and|for|the|de|del|al)"


@cache
def _natural_names() -> frozenset[str]:
    """WordNet's natural places and the hand table of features and regions WordNet lacks
    (``models/named_features.jsonl``, session 45)."""
    return frozenset(table_index("natural_places.jsonl", "name")) | frozenset(_feature_titles())


@cache
def _feature_titles() -> dict[str, str]:
    """Name -> English Wikipedia title of ``models/named_features.jsonl`` (session 45)."""
    return {r["name"]: r["title"] for r in read_jsonl("named_features.jsonl")}


# "the" (or a coordinating "and" after a natural place) before a natural place's name, and
# "The" that opens a sentence ("The Severn burst its banks"), also after a dateline's dash
_NATURAL_LEAD = re.compile(r"\b(the|and) |(?:^|(?<=[.!?] )|(?<=\n)|(?<=-- )|(?<=[—–] ))The ")
# what may not follow the name: more of a word, a capitalised word (the name is the whole run),
# a plural noun (it names things after the place: "the Baltic states"), but not an auxiliary
# verb that ends like one ("the Oder was rising", "the Tigris has dried")
_NATURAL_AFTER = re.compile(r"[\w'’-]| [A-Z]| (?!(?:was|is|has|does)\b)[a-z]+s\b")


@cache
def _natural_by_start() -> dict[str, tuple[str, ...]]:
    """The natural places' names by their first two characters, longest first. (One regular
    expression of all 949 names took about 70 ms to compile in every process; a lookup in
    these short lists finds the same names.)"""
    by: dict[str, list[str]] = {}
    for name in sorted(_natural_names(), key=len, reverse=True):
        by.setdefault(name[:2], []).append(name)
    return {k: tuple(v) for k, v in by.items()}


# a plural kind word of natural places after the name ("the Lofoten islands"), which names the
# place itself: the word stays outside the span (ANNOTATION.md, "the Hudson river")
_PLURAL_AFTER = re.compile(r" ([a-z]+s)\b(?![\w'’-])")


def _kind_after(text: str, end: int) -> bool:
    """A plural kind word of natural places (``natural_after``: "islands", "mountains") follows
    ``end`` (session 45)."""
    mt = _PLURAL_AFTER.match(text, end)
    return mt is not None and mt.group(1) in form_words("natural_after")


def _natural_matches(text: str) -> list[tuple[str, int, int]]:
    """(lead word, start, end) of each natural place's name after "the" or "and", left to
    right, the longest name that fits at a place, none overlapping."""
    out: list[tuple[str, int, int]] = []
    last = -1
    for lead in _NATURAL_LEAD.finditer(text):
        if lead.start() < last:
            continue
        at = lead.end()
        for name in _natural_by_start().get(text[at : at + 2], ()):
            end = at + len(name)
            if text.startswith(name, at) and (
                not _NATURAL_AFTER.match(text, end) or _kind_after(text, end)
            ):
                out.append((lead.group(1) or "the", at, end))
                last = end
                break
    return out


def _covering(ents: list[Ent], start: int, end: int) -> list[Ent]:
    return [x for x in ents if x.start < end and start < x.end]


def _put(ents: list[Ent], start: int, end: int, typ: str, name: str) -> bool:
    """Make text[start:end] one fixed mention of ``typ``; mentions inside it give way, a mention
    that runs past it keeps it untouched (returns False)."""
    over = _covering(ents, start, end)
    if any(x.start < start or x.end > end for x in over):
        return False
    same = next((x for x in over if x.start == start and x.end == end), None)
    if same is not None:
        if same.type != typ:
            same.type = typ
            same.name = name
        same.fixed = True
        return True
    ents[:] = [x for x in ents if x not in over]
    ents.append(Ent(start, end, typ, name, fixed=True))
    ents.sort(key=lambda x: x.start)
    return True


def natural_places(text: str, ents: list[Ent]) -> None:
    """Type natural places named after "the" LOC (in place; see the module docstring)."""
    last_end = -1
    for lead, start, end in _natural_matches(text):
        if lead == "and" and start - len("and ") - last_end > 1:
            continue  # "and X" only right after a natural place this rule read
        name = text[start:end]
        title = _feature_titles().get(name) or natural_title(name) or name
        if _put(ents, start, end, "LOC", title):
            last_end = end
            for x in _covering(ents, start, end):  # NER's own LOC keeps its span, takes the title
                if x.start == start and x.end == end and x.name == name:
                    x.name = title


# A volcano and a river by what the text says they do (session 45) ----------------------------

# a name (one to three capitalised words) before "erupted": an apposition between them ("X, off
# the coast of Y, erupted"), adverbs and auxiliaries ("last", "has", "again")
_ERUPTED = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})(?:, [^,.;:\n]{1,60},)?"
    r"((?: (?:last|first|has|had|have|again|also|briefly|then|previously|began|started|is|was|"
    r"continued|continues))*) (?:erupted|erupts|erupting)\b"
)
# "the X, which runs through ...", "the X, a river that flows into ...": a river's clause
_RIVER_CLAUSE = re.compile(
    r"(?<![\w-])[Tt]he ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?:which|that|a river (?:which|that)) "
    r"(?:runs|flows|rises|drains|winds|meanders|ran|flowed)\b"
)


@cache
def _volcano_words() -> re.Pattern[str]:
    """The words of volcanoes (``volcano_word`` in ``models/entity_forms.jsonl``)."""
    words = sorted(form_words("volcano_word"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


def volcanoes(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Type LOC a name that erupts and a river named by its clause (in place): the subject of
    "erupted" where "last" or "first" says it erupts from time to time ("Villarrica last erupted
    in 2015") or a word of volcanoes (``volcano_word``: "volcano", "lava", "ash", "magma")
    stands in its sentence ("Stromboli, off the coast of Sicily, erupted, sending ash ...");
    "the X, which runs through ..." a river (a body runs things, never "which runs through").
    A name NER missed is added; one another rule fixed, a titled person, a name of several
    words NER typed a person and an English word ("Violence erupted") stay as they are; a
    ground or a city erupting in joy has no volcano word ("Anfield erupted").
    """
    if "erupt" in text:  # (a scan of the capitals only where a text has the verb)
        _erupted(text, ents, english)
    if ", which " in text or ", that " in text or ", a river " in text:
        for mt in _RIVER_CLAUSE.finditer(text):
            start, end = mt.span(1)
            name = mt.group(1)
            if name.lower() not in english or name in _natural_names() or river_title(name):
                _type_loc(ents, start, end, river_title(name) or name)


def _erupted(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """The volcanoes of ``volcanoes``: a name that erupts, a natural place in its sentence."""
    for mt in _ERUPTED.finditer(text):
        start, end = mt.span(1)
        name = mt.group(1)
        if name not in _natural_names() and (
            name.lower() in english or name.split()[0].lower() in english
        ):
            continue  # "Violence erupted", "Fighting erupted" (a natural place's name may be a
            # word of the English list too: "Vesuvius")
        lo, hi = sentence_span(text, start, mt.end())
        told = " last" in mt.group(2) or " first" in mt.group(2)
        if not told and not _volcano_words().search(text, lo, hi):
            continue
        _type_loc(ents, start, end, name)
    # a natural place of WordNet's table that no other sense shares, in a sentence of volcanoes
    # ("Stromboli last erupted in July, and Vesuvius has been quiet since 1944")
    shared = table_index("shared_natural_places.jsonl", "name")
    for e in list(ents):
        name = text[e.start : e.end]
        if (
            e.type == "LOC"
            or e.fixed
            or e.titles
            or name not in _natural_names()
            or shared.get(name)
        ):
            continue
        lo, hi = sentence_span(text, e.start, e.end)
        if _volcano_words().search(text, lo, hi) or "erupt" in text[lo:hi]:
            _type_loc(ents, e.start, e.end, name)


_MOON_OF = re.compile(r"\bmoons? of (?:the planet )?[A-Z]")


def moons(text: str, ents: list[Ent]) -> None:
    """Type LOC a one-word name NER read as a nationality or a body in a sentence that names a
    planet's moons ("images of Titan, the largest moon of Saturn, and of Enceladus": "Enceladus"
    read as a plural demonym), in place (session 45). Not a name in capitals (an agency's
    acronym), a listed company, a titled person, nor one another rule fixed."""
    if "moon" not in text:
        return
    for mt in _MOON_OF.finditer(text):
        lo, hi = sentence_span(text, mt.start(), mt.end())
        for e in list(ents):
            name = text[e.start : e.end]
            if not (lo <= e.start and e.end <= hi) or e.type not in ("NORP", "ORG"):
                continue
            if " " in name or name.isupper() or e.fixed or e.titles or lookup_company(name):
                continue
            _type_loc(ents, e.start, e.end, name)


def river_title(name: str) -> str | None:
    """English Wikipedia's title of a river of ``models/feature_titles.jsonl`` ("Inn" -> "Inn
    (river)"), plain or not: the caller has the text's word that it is the river."""
    rows = table_index("feature_titles.jsonl", "name").get(name, ())
    return next((str(r["title"]) for r in rows if r.get("kind") == "river"), None)


def _type_loc(ents: list[Ent], start: int, end: int, name: str) -> None:
    """Make text[start:end] a fixed LOC unless another rule fixed it a place, a facility, an
    event, a product or a person, or it names a titled or full-named person (a name read as a
    plural demonym, "Vesuvius" -> "Vesuviu", gives way)."""
    over = _covering(ents, start, end)
    if any(
        (x.fixed and x.type not in ("NORP", "ORG"))
        or x.titles
        or (x.type == "PERSON" and " " in x.name)
        for x in over
    ):
        return
    same = next((x for x in over if x.start == start and x.end == end), None)
    title = _feature_titles().get(name) or natural_title(name) or name
    _put(ents, start, end, "LOC", same.name if same is not None and same.type == "LOC" else title)


# A body of the sky -------------------------------------------------------------------------


@cache
def _sky_by_start() -> dict[str, tuple[tuple[str, bool, str, bool], ...]]:
    """The bodies' (name, sure, lower, constellation) by their first two characters, longest
    first (a lookup at each capital, as ``_natural_by_start``: one regular expression of every
    name scanned a text about three times slower)."""
    by: dict[str, list[tuple[str, bool, str, bool]]] = {}
    rows = sorted(read_jsonl("sky_bodies.jsonl"), key=lambda r: len(r["name"]), reverse=True)
    for r in rows:
        row = (r["name"], bool(r["sure"]), r["lower"], r["root"] == "constellation")
        by.setdefault(r["name"][:2], []).append(row)
    return {k: tuple(v) for k, v in by.items()}


@cache
def _sky_words() -> re.Pattern[str]:
    """The words of the sky (``sky_word``), as one pattern: found in one pass of the text."""
    words = sorted(form_words("sky_word"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.IGNORECASE)


# a capital that opens a word; the name must be the whole capitalised run and may take a
# possessive ("Saturn's rings"), never more of a word ("Mars-based", "Saturnalia") or a name
# word or number after it ("Saturn V", "Mars Inc.", "Venus Williams")
_SKY_OPEN = re.compile(r"(?<![\w'’-])[A-Z]")
_SKY_AFTER = re.compile(r"[\w-]|['’](?![sS]\b)\w| [A-Z0-9]")
# the two words right before the name, with no punctuation between ("told the", "Phoenix")
_SKY_PREV = re.compile(r"(?:([\w'’-]+) )?([\w'’-]+) $")
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_SKY_KIND = re.compile(r" ([A-Z][a-z]+)\b")
_NAME_NEXT = re.compile(r" [A-Z]")
# a sentence's end: the window of evidence is a sentence and the ones either side of it
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _sky_matches(text: str) -> list[tuple[int, int, bool, str, bool]]:
    """(start, end, sure, lower, constellation) of each body's name in the text, left to
    right."""
    out: list[tuple[int, int, bool, str, bool]] = []
    by = _sky_by_start()
    kinds = form_words("sky_kind")
    for mt in _SKY_OPEN.finditer(text):
        at = mt.start()
        if out and at < out[-1][1]:
            continue
        for name, sure, lower, star_sign in by.get(text[at : at + 2], ()):
            end = at + len(name)
            if not text.startswith(name, at):
                continue
            kind = _SKY_KIND.match(text, end)
            if kind and kind.group(1).lower() in kinds:
                end = kind.end()  # "the Orion Nebula": the kind ends the name
            if not _SKY_AFTER.match(text, end):
                out.append((at, end, sure, lower, star_sign))
                break
    return out


def _sentence_first(text: str, start: int) -> bool:
    """The word at ``start`` opens a sentence, a line or the text."""
    before = text[max(0, start - 3) : start].rstrip(" \"“‘'")
    return not before or before[-1] in ".!?\n:—–-"


def _sky_word_starts(text: str) -> list[int]:
    """Where a word of the sky stands: in lower case, or capitalised only where it opens a
    sentence and no name word follows ("Astronomers said"; "Sky News", "Samsung Galaxy",
    "Lunar New Year" are names)."""
    return [
        m.start()
        for m in _sky_words().finditer(text)
        if m.group().islower()
        or (_sentence_first(text, m.start()) and not _NAME_NEXT.match(text, m.end()))
    ]


def _within(at: list[int], lo: int, hi: int) -> bool:
    """A position of the sorted ``at`` lies in [lo, hi) (a bisection, not a scan: a long text
    of astronomy holds many names and many words of the sky)."""
    k = bisect_left(at, lo)
    return k < len(at) and at[k] < hi


def _other_body(
    text: str,
    found: list[tuple[int, int, bool, str, bool]],
    starts: list[int],
    lo: int,
    hi: int,
    name: str,
) -> bool:
    """Another body's name than ``name`` stands in [lo, hi)."""
    for k in range(bisect_left(starts, lo), len(found)):
        s, e = found[k][0], found[k][1]
        if s >= hi:
            return False
        if text[s:e] != name:
            return True
    return False


def sky_bodies(text: str, ents: list[Ent]) -> None:
    """Type the bodies of the sky LOC where the text uses them of the sky (in place; see the
    module docstring)."""
    found = _sky_matches(text)
    if not found:
        return
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    sky_at = _sky_word_starts(text)
    sky_words = form_words("sky_word") | form_words("sky_kind")
    places = form_words("sky_in")
    products = product_nouns()
    nexts, prevs = {}, {}
    for start, end, *_ in found:
        mt = _NEXT_WORD.match(text, end)
        nexts[start] = mt.group(1) if mt else ""
        prevs[start] = _SKY_PREV.search(text, max(0, start - 40), start)
    # a name the text gives a product's noun anywhere ("the Orion capsule", "the Vega rocket",
    # "Saturn cars") names that product, or a firm, in all its mentions; one that speaks or is
    # told anywhere ("The Sun reported", "Mars said", "told the Sun") names a body of people
    others = set()
    for start, end, *_ in found:
        prev = prevs[start]
        told = prev is not None and prev.group(2) == "the" and (prev.group(1) or "").lower() in TELL
        if nexts[start] in products or told or speaks(text, Ent(start, end, "ORG", "")):
            others.add(text[start:end])
    starts = [m[0] for m in found]
    # the mention at each body's span (a body's ``_put`` drops only mentions over its own span,
    # and the bodies do not overlap: the lookup stays true for the later ones)
    at_span: dict[tuple[int, int], Ent] = {}
    for x in ents:
        at_span.setdefault((x.start, x.end), x)
    for start, end, sure, lower, star_sign in found:
        name = text[start:end]
        if name in others:
            continue
        # the evidence: a sure name (WordNet gives it no other sense) anywhere in a text with
        # a word of the sky or another body; another name within a sentence of one
        if sure:
            lo, hi = 0, len(text)
        else:
            k = bisect_right(ends, start)
            lo = ends[k - 2] if k >= 2 else 0  # the last sentence's start
            hi = ends[k + 1] if k + 1 < len(ends) else len(text)  # the next sentence's end
        head, _, kind = name.rpartition(" ")
        own = bool(head) and kind.lower() in sky_words  # "Andromeda Galaxy", "Orion Nebula"
        if not (own or _within(sky_at, lo, hi) or _other_body(text, found, starts, lo, hi, name)):
            continue
        prev = prevs[start]
        word = prev.group(2) if prev else ""
        if lower == "sky" and word != "the":
            continue  # "the Moon", never "Moon" or "The Sun" (a paper's name)
        if lower == "other" and _sentence_first(text, start):
            continue  # "Mercury rose 3%": the metal
        if star_sign and not (sure or own) and word.lower() not in places:
            continue  # "a comet in Sagittarius"; "Gemini would answer", "Orion carried"
        capital = prev is not None and word[:1].isupper() and word != "The"
        if capital and prev is not None and not _sentence_first(text, prev.start(2)):
            continue  # inside a longer name: "Phoenix Mercury", "Ford Orion"
        same = at_span.get((start, end))
        if same is not None and (same.titles or (same.fixed and same.type == "LOC")):
            continue  # a titled person; a place another rule read
        if same is not None and same.type == "GPE" and world_places().get(name):
            continue  # a town the gazetteer knows, typed a place: "Phoenix", "Vega"
        # No shield from the later vote by descriptors ("Antares, the red giant" may turn ORG):
        # shielding turned a blind brief's spacecraft named like a body from PRODUCT to ORG.
        _put(ents, start, end, "LOC", name)


@cache
def law_heads() -> frozenset[str]:
    """The last words of laws' names, capitalised ("Act", "Treaty", "Directive")."""
    return frozenset(w.capitalize() for w in entity_words("law_head"))


YEAR = r"(?:1[6-9]|20)\d\d\b"  # a law's year after its name ("Act of 1962", "Act 2025")

# a part of a law cited before it: "Article 5 of the", "Section 232(b) of the"
_PART = re.compile(
    r"(?:Article|Articles|Section|Sections|Chapter|Clause|Paragraph|Part|Title|Rule)"
    r" [\dIVXLC][\w.()]*(?: and [\dIVXLC][\w.()]*)? of (?:the )?"
)


@cache
def _law_pattern() -> re.Pattern[str]:
    heads = "|".join(sorted(law_heads(), key=len, reverse=True))
    assert heads, "models/entity_words.jsonl holds no law_head"
    # bounded runs: at most eight more words, two links between two words (linear work on a
    # text of capitalised words and "the" repeated, tests/test_linear_work)
    name = rf"{_WORD}(?: (?:{_LINK} ){{0,2}}{_WORD}){{0,8}}?"
    treaty = rf"{_WORD}(?: (?:(?:of|on) (?:the )?)?{_WORD}){{0,8}}"
    return re.compile(
        # "the Treaty of Lisbon", "the Treaty on European Union"
        rf"(?<=\b[Tt]he )(Treaty (?:of|on) (?:the )?{treaty})"
        # "the Digital Services Act", "the Trade Expansion Act of 1962", "the AI Act 2024"
        rf"|(?<=\b[Tt]he )({name} (?:{heads}))(?![\w'’-])(?! [A-Z])((?: of|,)? {YEAR})?"
    )


def law_parts(text: str, ents: list[Ent]) -> list[tuple[int, int]]:
    """Cut a cited part off a law, split two joined laws, and find laws by their head (in
    place; see the module docstring); return the spans of the years inside the laws found (part
    of a name, no date: ANNOTATION.md)."""
    freed = []
    heads = law_heads()
    for e in list(ents):
        if e.type not in ("LAW", "ORG"):
            continue
        mt = _PART.match(text, e.start, e.end)
        if mt and mt.end() < e.end and e.type == "LAW":
            e.start = mt.end()
            e.name = text[e.start : e.end]
        joined = text.find(" and the ", e.start, e.end)
        if joined > 0 and text[e.start : joined].split()[-1] in heads:
            rest = joined + len(" and the ")
            if text[rest : e.end].split()[-1] in heads:
                second = Ent(rest, e.end, "LAW", text[rest : e.end], fixed=True)
                e.end, e.name, e.type, e.fixed = joined, text[e.start : joined], "LAW", True
                ents.append(second)
                ents.sort(key=lambda x: x.start)
    bodies = form_words("org_head")  # "Office", "Agency", "Commission": a body's head word
    for mt in _law_pattern().finditer(text):
        g = 1 if mt.group(1) else 2
        start, end = mt.start(g), mt.end(3) if mt.group(3) else mt.end(g)
        words = text[start:end].split()
        if words[0] in ("The", "A", "An") or any(w.lower() in bodies for w in words):
            continue  # "the Office for Nuclear Regulation": a body named after what it does
        if _put(ents, start, end, "LAW", text[start:end]) and mt.group(3):
            freed.append((end - 4, end))
    return freed


# "iPhone 16", "iOS 26", "iPad Air 11": a mixed-case word opening in lower case, capitalised
# words, then a version number (a whole number or a decimal, not a year's four digits)
_CAMEL = re.compile(
    r"\b([a-z]{1,2}[A-Z][A-Za-z]+(?: [A-Z][a-z]+){0,3}) (\d{1,3}(?:\.\d)?)(?!\d)(?![.,]\d)"
)


def camel_products(text: str, ents: list[Ent]) -> list[tuple[int, int]]:
    """Type "iPhone 16"-style designations PRODUCT; return the number spans they take."""
    freed = []
    for mt in _CAMEL.finditer(text):
        start, end = mt.start(), mt.end()
        if _put(ents, start, end, "PRODUCT", text[start:end]):
            freed.append((mt.start(2), mt.end(2)))
    return freed


@cache
def _religious_pattern() -> re.Pattern[str]:
    words = sorted(table_index("religious_groups.jsonl", "word"), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    # the word or its plural, alone: no capitalised word right before or after it
    return re.compile(rf"(?<![\w'’-])({alt})(s?)(?![\w'’-])(?! [A-Z])")


# the capitalised word before a name, which makes it part of a longer name ("Southern Baptist"),
# unless it is a possessive or an article ("Iraq's Sunni", "The Anglican")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w.-]*(?<!['’]s)(?<!\bThe)(?<!\bAn)(?<!\bA) \Z")


def religious_groups(text: str, ents: list[Ent]) -> None:
    """Type members of religious groups NORP (in place; see the module docstring)."""
    for mt in _religious_pattern().finditer(text):
        start, end = mt.start(), mt.end()
        if _NAME_BEFORE.search(text, max(0, start - 40), start):
            continue
        over = _covering(ents, start, end)
        if over and not (
            len(over) == 1
            and (over[0].start, over[0].end) == (start, end)
            and over[0].type in ("ORG", "GPE", "LOC", "PERSON")
        ):
            continue  # NER's NORP, or a longer name the word is part of
        _put(ents, start, end, "NORP", mt.group(1))

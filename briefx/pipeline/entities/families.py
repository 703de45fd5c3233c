"""Canonical names of products, events and laws read off their family (session 11, issue 13),
after the product rules of ``products.by_product`` and before the document-level linking of
``coref.link_names`` (which gives every later mention the name found here).

The minor types are mostly found but named by their surface ("Model Y", "Leopard 2A7",
"COP30"), where the canonical name (the English Wikipedia title) is the family's. Each rule
reads a kind of name and its context, never a name; the word lists are
``models/product_forms.jsonl`` (``car_noun``, ``variant_noun``) and
``models/event_editions.jsonl``. In order:

1. Split designations: a PRODUCT that NER cut after a capitalised word ("Long" + "March 5B")
   takes that word back where nothing else claims it.
1b. Product designations by their article titles (session 41, ``entities.product_titles``,
   ``models/product_titles.jsonl``): "737-800" -> "Boeing 737 Next Generation", "Sentinel-2C"
   -> "Sentinel-2", "the Corolla" in a Toyota text -> "Toyota Corolla", "Vega" before
   "rocket" -> "Vega (rocket)"; a designation NER missed is tagged. The rules 2 and 3 leave a
   mention so titled alone ("Long March 3B" has an article of its own).
2. Car models by their maker: a PRODUCT before a car's noun ("239,000 Model Y cars", "its Clio
   hatchback") whose maker the sentence names before it, a company with nothing but words
   between ("Tesla recalled ...", "Renault cut the price of its ..."), is named "Maker Model",
   as Wikipedia titles car models; not where the company buys or sells another's cars ("bought
   ... from", "ordered").
3. Variants under their family: a designation whose last letter after a digit names a variant
   ("Long March 5B", "Leopard 2A7", "M1A2 Abrams", "T-90M"), before a rocket's, satellite's or
   armoured vehicle's noun, is named by its family ("Long March 5", "Leopard 2", "M1 Abrams",
   "T-90"); a trailing "Block N" likewise ("Falcon 9 Block 5"). "X" is kept: it names a family
   ("Boeing 777X").
4. Editions: a numbered summit ("COP30", "COP 29") is named by its year's title, and a periodic
   event named without its year ("the Winter Olympics") by the edition nearest the reference
   date, or by the year written before it ("the 2028 Olympics"), or by its host ("the Paris
   Olympics" -> "2024 Summer Olympics", "the Atlanta Games").
   Recurring events of the table's "series" rows (session 40: grand tours, tennis and golf
   majors, Grands Prix, football, rugby and cricket championships, marathons, games, song
   contests, film festivals; ``series_editions``): the edition held at or within three months of the
   reference date where the document reports it ("the Tour de France" in a July 1996 stage
   report -> "1996 Tour de France"), the year or month written at the name deciding ("the 1994
   World Cup", "won the Australian Open in January"), the series' title where the text speaks
   of the event in general ("has won the Tour five times") or no edition is near; a short form
   NER left untagged after it ("the Tour", "the Games") takes its name.
   Storms by their article titles (session 41, ``entities.storms``,
   ``models/storm_titles.jsonl``), before the editions: "Tropical Cyclone Alfred" -> "Cyclone
   Alfred", "Hurricane Erin" in 2025 -> "Hurricane Erin (2025)", a Philippine local name ->
   the storm's title. A recurring event's own name of several words NER missed, split or typed
   a place is an EVENT first ("the Tour of Spain"; ``untagged_series``). A group's yearly
   summit by its number ("the G7 summit" in June 2025 -> "51st G7 summit"; ``summits``, the
   "summit" rows). A title held names the series ("the former Wimbledon champion").
5. Amendments: "the First Amendment" in a text about the United States is the amendment to its
   constitution ("First Amendment to the United States Constitution").
6. Airports by one word: a one-word name that no table knows as a town of 15,000, a company, a
   country or an alias, in a sentence of air travel (``airport_cue``: "passengers", "runway",
   "flights"), after "from", "at", "into", "via" or "out of", before a verb of airport traffic
   (``airport_verb``: "handled", "reopened") or before "said ... its runway", is an airport, a
   FAC named "X Airport" ("Heathrow handled 84 million passengers", "routes from Stansted"); an
   airline's name ("Ryanair said it would add routes") has none of these places, and a name
   NER typed a place stays one unless the gazetteer knows it as a village ("Heathrow"), not
   where the gazetteer has no such name at all ("flying from Frankfurt": "Frankfurt am Main").
   Two distinctive words of airports (``models/airports.jsonl``) joined in one list are
   airports without a word of air travel (session 35: "Gatwick and Stansted reported record
   numbers", "Malpensa, Linate and Bergamo"): a list holds names of one kind.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from functools import cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from briefx.normalize.names import (
    US_CODE,
    aliases,
    is_title_word,
    lookup_alias,
    lookup_company,
    lookup_person,
    place_kinds,
    place_pop,
    us_states,
)
from briefx.normalize.numbers import parse_ordinal
from briefx.pipeline._util import reference_date, text_of
from briefx.pipeline.coref import Covered, Ent
from briefx.pipeline.entities.forms import english_months, form_words
from briefx.pipeline.entities.product_titles import TITLED, product_titles
from briefx.pipeline.entities.products import product_words
from briefx.pipeline.entities.storms import storm_titles
from briefx.resources import read_jsonl, table_index

NEXT_WORD = re.compile(r"(?:['’]s)? ([A-Za-z]+)\b")
SENTENCE_END = re.compile(r"[.!?]\s|\n")
WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) \Z")
VARIANT = re.compile(r"(?<=\d)[A-WYZ]\d?\Z")  # "5B", "2A7", "T-90M"; not "777X"
BLOCK = re.compile(r" Block \d+\Z")
NOT_MAKER_BETWEEN = re.compile(r"\b(?:from|by|bought|buy|buys|ordered|orders|rented|leased)\b")


def family_names(doc: Doc, ents: list[Ent]) -> list[tuple[int, int]]:
    """Run the family rules over the document's mentions (in place); return the spans of years
    taken into an event's name, which are then no dates."""
    text = text_of(doc)
    ents.sort(key=lambda e: e.start)
    sentences = _Sentences(text)
    split_designations(text, ents)
    ref = reference_date(doc)
    freed = product_titles(text, ents, ref.year if ref else None)  # "737-800" (s41)
    maker_models(text, ents, sentences)
    variant_families(text, ents)
    storm_titles(text, ents, ref)  # "Tropical Cyclone Alfred" -> "Cyclone Alfred" (s41)
    freed += editions(text, ents, ref.year if ref else None)
    untagged_series(text, ents)  # "the Tour of Spain" NER missed (s41)
    freed += series_editions(text, ents, ref, sentences)
    freed += summits(text, ents, ref)  # "the G7 summit" -> "51st G7 summit" (s41)
    amendments(text, ents)
    airports(text, ents, sentences)
    ents.sort(key=lambda e: e.start)
    return freed


def late_editions(doc: Doc, ents: list[Ent]) -> list[tuple[int, int]]:
    """The recurring events' editions again once the document's types are voted: a name NER
    typed a body or a place that the vote made an EVENT ("the opening match of the Six
    Nations") is named as ``series_editions`` names it; return the spans of years taken in."""
    if not any(e.type == "EVENT" for e in ents):
        return []
    text = text_of(doc)
    ents.sort(key=lambda e: e.start)
    return series_editions(text, ents, reference_date(doc), _Sentences(text))


def late_titles(doc: Doc, ents: list[Ent]) -> list[tuple[int, int]]:
    """Products and storms by their article titles again once the document's types are voted
    and its names linked: a mention a later rule made a PRODUCT or an EVENT ("Proba-3" typed by
    its form) is named as ``product_titles`` and ``storm_titles`` name it (session 41); return
    the spans titled."""
    text = text_of(doc)
    ref = reference_date(doc)
    ents.sort(key=lambda e: e.start)
    freed = product_titles(text, ents, ref.year if ref else None, scan=False)
    storm_titles(text, ents, ref)
    return freed


def _next_word(text: str, end: int) -> str:
    mt = NEXT_WORD.match(text, end)
    return mt.group(1).lower() if mt else ""


class _Sentences:
    """Where the text's sentences start (found once; looked up by bisection, so that a rule
    asking per mention stays linear on long documents)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [mt.end() for mt in SENTENCE_END.finditer(text)]

    def start(self, pos: int) -> int:
        """The offset where the sentence holding ``pos`` starts."""
        return self.starts[bisect_right(self.starts, pos) - 1]

    def of(self, pos: int) -> str:
        """The sentence holding ``pos``."""
        i = bisect_right(self.starts, pos)
        end = self.starts[i] if i < len(self.starts) else len(self.text)
        return self.text[self.starts[i - 1] : end]


# 1. split designations -------------------------------------------------------------------------


def split_designations(text: str, ents: list[Ent]) -> None:
    """Take back the word NER cut off a designation ("A Long March 5B rocket" read as "March
    5B"): a PRODUCT of several words with a digit takes the capitalised word before it, where
    that word opens no sentence and is no function word, company, place, person, month or
    title."""
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "PRODUCT" or " " not in word or not any(c.isdigit() for c in word):
            continue
        mt = WORD_BEFORE.search(text, max(0, e.start - 30), e.start)
        if not mt:
            continue
        first = mt.group(1)
        k = mt.start() - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        if k < 0 or text[k] in '.!?\n:"“':
            continue  # a sentence's first word
        if (
            first.lower() in STOP_WORDS  # "An Ariane 6 rocket"
            or is_title_word(first)
            or first.lower() in english_months()
            or lookup_company(first)
            or lookup_alias(first)
            or lookup_person(first)
            or place_kinds().get(first)
            or any(x.start <= mt.start() < x.end for x in ents)
        ):
            continue
        if e.name == word:
            e.name = text[mt.start() : e.end]
        e.start = mt.start()


# 2. car models by their maker ------------------------------------------------------------------


def _maker(text: str, ents: list[Ent], e: Ent, sentences: _Sentences) -> Ent | None:
    """The company the sentence names last before ``e``, with no other name between them."""
    s = sentences.start(e.start)
    before = [x for x in ents if s <= x.start and x.end <= e.start]
    if not before:
        return None
    m = before[-1]
    if m.type != "ORG" or m.titles or NOT_MAKER_BETWEEN.search(text, m.end, e.start):
        return None
    word = text[m.start : m.end]
    low = word.split()[-1].lower()
    if low in form_words("org_head") or low in form_words("body_word"):
        return None  # "the Transport Agency said ...": a body, no maker
    return m


def maker_models(text: str, ents: list[Ent], sentences: _Sentences) -> None:
    nouns = product_words("car_noun")
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "PRODUCT" or e.name != word or _next_word(text, e.end) not in nouns:
            continue
        if TITLED in e.tags:
            continue  # the table's title ("Long March 3B" has an article of its own)
        m = _maker(text, ents, e, sentences)
        if m is None:
            continue
        maker = text[m.start : m.end]
        if not word.startswith(maker):
            e.name = f"{maker} {word}"


# 3. variants under their family ----------------------------------------------------------------


def _family(word: str) -> str:
    """The family's name of a variant's designation ("Long March 5B" -> "Long March 5", "M1A2
    Abrams" -> "M1 Abrams"), or the word itself."""
    parts = BLOCK.sub("", word).split(" ")
    for i, w in enumerate(parts):
        mt = VARIANT.search(w)
        # a lone "5B" is no family's name; "T-90M", "M1A2" and "Leopard 2A7" are
        if mt and (len(parts) > 1 or any(c.isalpha() for c in w[: mt.start()])):
            parts[i] = w[: mt.start()]
            break
    return " ".join(parts)


def variant_families(text: str, ents: list[Ent]) -> None:
    nouns = product_words("variant_noun")
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "PRODUCT" or e.name != word or _next_word(text, e.end) not in nouns:
            continue
        if TITLED in e.tags:
            continue  # the table's title ("Long March 3B" has an article of its own)
        e.name = _family(word)


# 4. editions -----------------------------------------------------------------------------------


@cache
def _editions() -> tuple[dict[str, Any], ...]:
    return read_jsonl("event_editions.jsonl")


YEAR_BEFORE = re.compile(r"(?<![\w-])((?:19|20)\d\d) \Z")


def _nearest(since: int, every: int, year: int) -> int:
    """The edition nearest ``year`` (the later one on a tie)."""
    if year <= since:
        return since
    back = since + (year - since) // every * every
    return back if year - back < back + every - year else back + every


def _numbered_year(row: dict[str, Any], n: int) -> int:
    """The year of edition ``n`` of a yearly event that skipped the years ``row["skipped"]``."""
    year = row["first"] + n - 1
    for skipped in sorted(row.get("skipped", ())):
        if skipped <= year:
            year += 1
    return year


def editions(text: str, ents: list[Ent], year: int | None) -> list[tuple[int, int]]:
    freed: list[tuple[int, int]] = []
    rows = _editions()
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "EVENT" or e.name != word:
            continue
        for row in rows:
            if row["kind"] == "numbered":
                mt = re.fullmatch(rf"{row['word']} ?(\d{{1,3}})", word)
                if mt and int(mt.group(1)) > 0:
                    e.name = row["title"].format(year=_numbered_year(row, int(mt.group(1))))
                    break
                continue
            if row["kind"] != "periodic":
                continue
            inner = re.fullmatch(r"(?:((?:19|20)\d\d) )?(.+)", word)
            if not inner or inner.group(2) not in row["names"]:
                continue
            if inner.group(1):  # NER took the year in: "2028 Olympics"
                given, span = inner.group(1), (e.start, e.start + 4)
            else:
                mt = YEAR_BEFORE.search(text, max(0, e.start - 6), e.start)
                given, span = (mt.group(1), mt.span(1)) if mt else ("", (0, 0))
            if given:
                if (int(given) - row["since"]) % row["every"] == 0:
                    e.start = min(e.start, span[0])  # "the 2028 Olympics": the year's edition
                    freed.append(span)
                    e.name = row["title"].format(year=given)
            elif year is not None:
                e.name = row["title"].format(year=_nearest(row["since"], row["every"], year))
            break
        else:
            hosted = _hosted(word, year)
            if hosted:
                e.name = hosted
    return freed


def _hosted(word: str, year: int | None) -> str:
    """The title of the Games a host names ("Paris Olympics" -> "2024 Summer Olympics",
    "Milan Cortina Winter Olympics" -> "2026 Winter Olympics"), or ""."""
    rows = _editions()
    names = {n for r in rows if r["kind"] == "periodic" for n in r["names"]}
    found = []
    for r in rows:
        if r["kind"] != "host" or not word.startswith(r["place"] + " "):
            continue
        rest = word[len(r["place"]) + 1 :]
        rest = "Olympic Games" if rest == "Games" else rest  # "the Atlanta Games"
        season = "Winter" if "Winter" in rest else "Summer" if "Summer" in rest else ""
        if rest in names and season in ("", r["games"]):
            family = "Paralympics" if "Paralymp" in rest else "Olympics"
            found.append((r["year"], f"{r['year']} {r['games']} {family}"))
    if not found:
        return ""
    ref = year if year is not None else max(y for y, _ in found)
    return min(found, key=lambda f: (abs(f[0] - ref), -f[0]))[1]


# 4a. summits by their number ---------------------------------------------------------------------

SUMMIT_WORD = re.compile(r" [Ss]ummit(?![\w-])")
SUMMIT_YEAR = re.compile(r"((?:19|20)\d\d) \Z")


@cache
def _summit_rows() -> tuple[tuple[re.Pattern[str], dict[str, Any]], ...]:
    """The "summit" rows, each with the pattern of its names before "summit"."""
    out = []
    for r in _editions():
        if r["kind"] == "summit":
            names = "|".join(re.escape(n) for n in sorted(r["names"], key=len, reverse=True))
            out.append((re.compile(rf"(?<![\w-])(?:{names})(?= [Ss]ummit(?![\w-]))"), r))
    return tuple(out)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def summits(text: str, ents: list[Ent], ref: dt.date | None) -> list[tuple[int, int]]:
    """A group's yearly summit by its number (session 41): "the G7 summit" in a text of June
    2025 -> EVENT "G7 summit", named "51st G7 summit"; the year written before it ("the 2024
    G7 summit", taken into the span) or "next/last year's" decides, else the reference date's;
    a summit spoken of in general ("every G7 summit", "a G7 summit") is left alone, as is one
    in a text with no date. The mentions inside the span ("G7" typed a place) give way. Return
    the spans of years taken in."""
    freed: list[tuple[int, int]] = []
    rows = _summit_rows()
    if not rows or " summit" not in text.lower():
        return freed
    for pattern, r in rows:
        for mt in pattern.finditer(text):
            start, end = mt.start(), SUMMIT_WORD.match(text, mt.end())
            if end is None:
                continue
            before = text[max(0, start - 20) : start]
            year, span = None, (0, 0)
            if y := SUMMIT_YEAR.search(before):
                year, span = int(y.group(1)), (start - 5, start - 1)
            elif (own := YEARS_OWN.search(before)) and ref is not None:
                year = ref.year + {"last": -1, "this": 0, "next": 1}[own.group(1).lower()]
            elif GENERAL_BEFORE.search(before) or ref is None:
                continue
            else:
                year = ref.year
            if year < r["first"]:
                continue
            title = str(r["title"])
            for since, until, other in r.get("eras", ()):
                if since <= year <= until:
                    title = str(other)
            s0 = span[0] if span[1] else start
            e0 = end.end()
            inside = [e for e in ents if e.start < e0 and s0 < e.end]
            if any(e.start < s0 or e.end > e0 for e in inside):
                continue
            for e in inside:
                ents.remove(e)
            name = title.format(ordinal=_ordinal(year - r["first"] + 1))
            ents.append(Ent(s0, e0, "EVENT", name, fixed=True))
            if span[1]:
                freed.append(span)
    ents.sort(key=lambda e: e.start)
    return freed


# 4b. editions of recurring events ------------------------------------------------------------

# a year written right after the name ("Wimbledon 1996", "the World Cup in 2030")
YEAR_AFTER = re.compile(r" (?:in )?((?:19|20)\d\d)(?![\d-])")
# "last year's Tour de France": the edition a year from the reference date's
YEARS_OWN = re.compile(r"\b(last|this|next) year['’]s \Z", re.IGNORECASE)
# the event spoken of as a series: "the first World Cup", "every Tour", "a World Cup"
GENERAL_BEFORE = re.compile(
    r"(?:\b(?:first|next|previous|every|each|future|several|many|two|three|four|five|six|seven"
    r"|eight|nine|ten)|(?<![\w'’])an?) \Z",
    re.IGNORECASE,
)
# a title held, the series' ("the former Wimbledon champion", "defending Tour de France winner";
# session 41): the winner of some edition, not the one the text reports
TITLE_HELD = re.compile(r"\b(?:former|ex-|reigning|defending)\s?\Z", re.IGNORECASE)
HOLDER_AFTER = re.compile(r" (?:champions?|winners?|titleholders?)\b")
# ... or in a sentence that counts or spans its editions ("has won the Tour five times")
GENERAL_SENTENCE = re.compile(
    r"\b(?:times|twice|\w+-time|since (?:its|the first)|every (?:year|two years|four years)"
    r"|each year|all-time)\b",
    re.IGNORECASE,
)
# a month written right after the name: "won the Australian Open in January"
MONTH_AFTER = re.compile(r" (?:in|this|last|next) ([A-Z][a-z]+)\b")
MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
PROSE_YEAR = re.compile(r"(?<![\w-])((?:19|20)\d\d)(?![\w-])")


@cache
def _series() -> tuple[dict[str, Any], ...]:
    return tuple(r for r in _editions() if r["kind"] == "series")


@cache
def _cue(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a row's cue words: lower-case words in any case, others as written."""
    lower = "|".join(re.escape(w) for w in words if w.islower())
    other = "|".join(re.escape(w) for w in words if not w.islower())
    parts = [f"(?i:{lower})" if lower else "", other]
    return re.compile(r"(?<![\w-])(?:" + "|".join(p for p in parts if p) + r")(?![\w-])")


SUFFIX_PLACE = re.compile(r"(?:[A-Z][\w'’.-]+ ){1,3}\Z")


def _series_rows(
    core: str, text: str, year: str, cued: dict[tuple[str, ...], bool]
) -> list[dict[str, Any]]:
    """The series a name written without its edition may be: those whose names hold it (or, for
    a row with a ``suffix``, a name of one to three capitalised words and that suffix), whose
    ``cue`` words the document writes one of (unless the name is the series' own title) and no
    ``not_cue`` word; where several remain or none is cued, those of which the written ``year``
    titles an edition ("the 2026 World Cup": the football one); none where several remain (a
    "World Cup" in a text of both football and rugby). ``cued`` keeps, per document, whether
    it writes a list of cue words (each list searched once)."""

    def writes(words: list[str]) -> bool:
        key = tuple(words)
        if key not in cued:
            cued[key] = bool(_cue(key).search(text))
        return cued[key]

    named, found = [], []
    for r in _series():
        if "suffix" in r:
            head = core[: -len(r["suffix"])]
            if not core.endswith(" " + r["suffix"]) or not SUFFIX_PLACE.fullmatch(head):
                continue
        elif core not in r["names"]:
            continue
        if "not_cue" in r and writes(r["not_cue"]):
            continue
        named.append(r)
        own = core in (r.get("title"), str(r.get("title", "")).removeprefix("The "))
        if "cue" not in r or own or writes(r["cue"]):
            found.append(r)
    if len(found) != 1 and year:
        found = [r for r in (found or named) if _edition_of_year(r, int(year))]
    return found if len(found) == 1 else []


def _month(stamp: str) -> int:
    """ "2025-12" -> a month count (year * 12 + month - 1)."""
    y, m = stamp.split("-")
    return int(y) * 12 + int(m) - 1


def _edition_of_year(r: dict[str, Any], year: int) -> bool:
    """True where ``year`` titles an edition of the series ``r``."""
    if "held" in r and str(year) in r["held"]:
        return True
    if "months" not in r or r.get("season"):
        return False
    since, every = r["since"], r.get("every", 1)
    return (
        since <= year <= r.get("until", 9999)
        and (year - since) % every == 0
        and year not in r.get("skipped", ())
        and str(year) not in r.get("held", {})
    )


NEAR = 3  # months before or after an edition in which a text reports it (a preview, a result)


def _edition_at(r: dict[str, Any], ref: dt.date) -> str:
    """The edition title's year (or season) of the series ``r`` held at or within ``NEAR``
    months of ``ref``, or ""."""
    at = ref.year * 12 + ref.month - 1
    for year, span in r.get("held", {}).items():
        first, last = span.split("/")
        if _month(first) - NEAR <= at <= _month(last) + NEAR:
            return year
    if r.get("season"):  # a season from August to May: any date but June's names one
        start = ref.year if ref.month >= 7 else ref.year - 1
        if ref.month == 6 or not r["since"] <= start <= r.get("until", 9999):
            return ""
        return f"{start}–{(start + 1) % 100:02d}"
    if (
        "months" in r
        and _edition_of_year(r, ref.year)
        and min(r["months"]) - NEAR <= ref.month <= max(r["months"]) + NEAR
    ):
        return str(ref.year)
    return ""


def _month_near(ref: dt.date, month: int) -> dt.date:
    """The middle of the month ``month`` nearest ``ref`` ("in January" written in June is this
    year's January; in December, next year's)."""
    year = ref.year - (month - ref.month > 6) + (ref.month - month > 6)
    return dt.date(year, month, 15)


def _title(r: dict[str, Any], core: str, edition: str) -> str:
    if r.get("season"):
        return str(r["edition"]).format(season=edition)
    return str(r["edition"]).format(year=edition, name=core)


@cache
def _own_names() -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The names of several words that one "series" row alone gives and that need no cue
    ("Tour of Spain", "Copa America", "Commonwealth Games"; not "World Cup", shared by three
    series, nor "Open Championship", which needs golf's words), as one pattern, and their
    first words."""
    count: dict[str, int] = {}
    for r in _series():
        for n in r.get("names", ()):
            count[n] = count.get(n, 0) + 1
    names = [
        n
        for r in _series()
        if "cue" not in r and "not_cue" not in r
        for n in r.get("names", ())
        if " " in n and count[n] == 1
    ]
    if not names:
        return None, frozenset()
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # not inside a longer name: no capitalised word right after ("Tour de France Femmes", "the
    # Asian Games Federation"; the word before is read by ``untagged_series``); tried only
    # where one of the names' first words stands, not at every character of a long text
    firsts = frozenset(n.split(" ")[0] for n in names)
    return re.compile(rf"(?<![\w'’-])(?:{alts})(?![\w'’-])(?! [A-Z])"), firsts


CAPITAL_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")


# a capitalised word right before a name, not a possessive nor "The": the name goes on to the
# left ("ICC Women's World Cup", "Lyon Film Festival")
WORD_OPENS = re.compile(r"(?<![\w'’-])(?!The )[A-Z][\w-]*(?<!['’]s) \Z")


def untagged_series(text: str, ents: list[Ent]) -> None:
    """A series' own name of several words NER left untagged, split or typed otherwise ("the
    Tour of Spain", "Spain" typed a place inside it; "Copa America" a LOC) is an EVENT, named
    next by ``series_editions`` (session 41); the mentions inside it give way, none may stick
    out of it; one a form rule typed (fixed) keeps its type."""
    pattern, firsts = _own_names()
    if pattern is None:
        return
    added = False
    for word in CAPITAL_RUN.finditer(text):
        if word.group() not in firsts:
            continue
        mt = pattern.match(text, word.start())
        if mt is None:
            continue
        s0, e0 = mt.span()
        if WORD_OPENS.search(text, max(0, s0 - 30), s0):
            continue
        inside = [e for e in ents if e.start < e0 and s0 < e.end]
        if any(e.start < s0 or e.end > e0 for e in inside):
            continue
        same = [e for e in inside if (e.start, e.end) == (s0, e0)]
        if same:  # NER's span, typed a place or a body ("Copa America" a LOC): the event
            if not same[0].fixed and same[0].name == mt.group():
                same[0].type, same[0].fixed = "EVENT", True
            continue
        for e in inside:
            ents.remove(e)
        ents.append(Ent(s0, e0, "EVENT", mt.group(), fixed=True))
        added = True
    if added:
        ents.sort(key=lambda e: e.start)


def series_editions(
    text: str, ents: list[Ent], ref: dt.date | None, sentences: _Sentences
) -> list[tuple[int, int]]:
    """Name a recurring event written without its edition (the "series" rows of
    ``models/event_editions.jsonl``): by the year written before or after it ("the 1994 World
    Cup", "Wimbledon 1996") or "last/next year's"; by the series' title where the text speaks of
    the event in general ("has won the Tour de France five times", "the first World Cup") or
    its sentence writes another year (the edition is unsure); else by the edition held at or
    within three months of the reference date (a stage report, a result, a preview), and by the
    series' title where none is. Return the spans of years taken into a name."""
    freed: list[tuple[int, int]] = []
    cued: dict[tuple[str, ...], bool] = {}
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "EVENT" or e.name != word:
            continue
        inner = re.fullmatch(r"(?:((?:19|20)\d\d) )?(.+)", word)
        core = inner.group(2) if inner else word
        before = text[max(0, e.start - 20) : e.start]
        given, span = "", (0, 0)
        if inner and inner.group(1):  # NER took the year in: "2002 World Cup"
            given, span = inner.group(1), (e.start, e.start + 4)
        elif mt := YEAR_BEFORE.search(before):
            at = e.start - len(before) + mt.start(1)
            given, span = mt.group(1), (at, at + 4)
        elif mt := YEAR_AFTER.match(text, e.end):
            given = mt.group(1)
        elif (own := YEARS_OWN.search(before)) and ref is not None:
            shift = {"last": -1, "this": 0, "next": 1}[own.group(1).lower()]
            given = str(ref.year + shift)
        rows = _series_rows(core, text, given, cued)
        if not rows:
            continue
        r = rows[0]
        title = str(r.get("title", core))
        if given:
            if _edition_of_year(r, int(given)):
                e.name = _title(r, core, given)
                if span[1]:
                    e.start = min(e.start, span[0])
                    freed.append(span)
            continue
        edition = _edition_at(r, ref) if ref is not None else ""
        month = MONTH_AFTER.match(text, e.end)
        if ref is not None and month and month.group(1).lower() in MONTHS:
            edition = _edition_at(r, _month_near(ref, MONTHS[month.group(1).lower()]))
        sentence = sentences.of(e.start)
        years = set(PROSE_YEAR.findall(sentence))
        held = TITLE_HELD.search(before) and HOLDER_AFTER.match(text, e.end)
        if (
            edition
            and not held
            and not GENERAL_BEFORE.search(before)
            and not GENERAL_SENTENCE.search(sentence)
            and years <= {edition[:4]}
        ):
            e.name = _title(r, core, edition)
        else:
            e.name = title
    short_forms(text, ents, sentences)
    return freed


# a short form after its article or "this": "the Tour", "this Tour", "the Games"
SHORT = re.compile(r"\b(?:the|this|The|This) ([A-Z][a-z]+)\b(?![\w'’-])")


@cache
def _short_rows() -> tuple[tuple[frozenset[str], re.Pattern[str], str], ...]:
    """The rows with short forms ("short": "Tour", "Games"): the forms, a pattern of the names
    the row gives (its series' title or any edition's), and the series' title ("" for none)."""
    out = []
    for r in _editions():
        if not r.get("short"):
            continue
        pattern = str(r.get("edition", r.get("title", "")))
        names = (
            re.escape(pattern).replace(r"\{year\}", r"\d{4}").replace(r"\{season\}", r"\d{4}–\d\d")
        )
        if r["kind"] == "series":
            names = f"{names}|{re.escape(r['title'])}"
        series = str(r["title"]) if r["kind"] == "series" else ""
        out.append((frozenset(r["short"]), re.compile(names), series))
    return tuple(out)


def short_forms(text: str, ents: list[Ent], sentences: _Sentences) -> None:
    """A short form NER left untagged ("the Tour", "the Games") after a mention named by a row
    with that short form takes the name of the last such mention before it, or the series'
    title where its sentence speaks of the event in general ("has won the Tour twice")."""
    rows = _short_rows()
    if not rows:
        return
    named: list[tuple[int, frozenset[str], str, str]] = []
    for e in ents:
        if e.type != "EVENT":
            continue
        for forms, names, series in rows:
            if names.fullmatch(e.name):
                named.append((e.end, forms, e.name, series))
    if not named:
        return
    covered = Covered(len(text), ents)
    last: dict[str, tuple[str, str]] = {}  # a short form -> the last full mention's names
    i = 0
    for mt in SHORT.finditer(text, named[0][0]):
        while i < len(named) and named[i][0] <= mt.start(1):
            last.update(dict.fromkeys(named[i][1], named[i][2:]))
            i += 1
        word = mt.group(1)
        if word not in last or covered.hit(mt.start(1), mt.end(1)):
            continue
        name, series = last[word]
        if GENERAL_SENTENCE.search(sentences.of(mt.start(1))):
            if not series:
                continue
            name = series
        ents.append(Ent(mt.start(1), mt.end(1), "EVENT", name, fixed=True, link=False))
        covered.add(mt.start(1), mt.end(1))
    ents.sort(key=lambda e: e.start)


# 5. amendments ---------------------------------------------------------------------------------

AMENDMENT = re.compile(r"([A-Z][a-z]+(?:-[a-z]+)?) Amendment\Z")


def _us_text(text: str, ents: list[Ent]) -> bool:
    """A text about the United States (its name or a state's), unless it names another
    country's constitution."""
    states = us_states()
    us = aliases()[US_CODE][0]  # the alias table's name of the country ("United States")
    return any(us in e.name or (e.type == "GPE" and e.name in states) for e in ents) and not (
        re.search(rf"\bConstitution of (?!the {re.escape(us)})", text)
    )


def amendments(text: str, ents: list[Ent]) -> None:
    us: bool | None = None
    for e in ents:
        word = text[e.start : e.end]
        mt = AMENDMENT.fullmatch(word)
        if e.type != "LAW" or e.name != word or not mt or parse_ordinal(mt.group(1)) is None:
            continue
        if us is None:
            us = _us_text(text, ents)
        if us:
            e.name = f"{word} to the United States Constitution"


# 6. airports by one word -----------------------------------------------------------------------

AIRPORT_BEFORE = re.compile(r"\b(?:[Ff]rom|at|into|via|out of) \Z")
# before an airport's distinctive word (models/airports.jsonl) also: "to", "for" ("bound for
# Stansted") and what joins it to another airport ("at Heathrow and Gatwick", "Malpensa or")
KNOWN_BEFORE = re.compile(r"(?:\b(?:to|for|and|or)|,) \Z")
AIRPORT_AFTER = re.compile(r" ([a-z]+)\b")
OWN_PART = re.compile(r" said\b[^.;\n]{0,40}?\bits (?:[a-z]+ )?(?:runway|terminal)s?\b")
TOWN = 15_000
# a name's neighbour in a list: "Gatwick and Stansted", "Malpensa, Linate and Bergamo"
LISTED_AFTER = re.compile(r"(?:,? and|,? or|,) ([A-Z][a-z]+(?:['’][A-Z][a-z]+)?)\b")
LISTED_BEFORE = re.compile(r"\b([A-Z][a-z]+(?:['’][A-Z][a-z]+)?)(?:,? and|,? or|,) \Z")


@cache
def airport_words() -> frozenset[str]:
    """The distinctive words of airports' names ("Heathrow", "Malpensa"; models/airports.jsonl,
    derived from the PyPI package airportsdata by scripts/derive_airports.py)."""
    return frozenset(str(r["word"]) for r in read_jsonl("airports.jsonl"))


def air_travel(sentence: str) -> bool:
    """True where a sentence speaks of air travel: one of its words is an ``airport_cue``
    ("flights", "passengers", "runway")."""
    cues = form_words("airport_cue")
    return any(c in cues for c in re.findall(r"[a-z]+", sentence.lower()))


def airports(text: str, ents: list[Ent], sentences: _Sentences) -> None:
    verbs = form_words("airport_verb")
    found: set[str] = set()
    for e in ents:
        word = text[e.start : e.end]
        if (
            e.type not in ("ORG", "GPE", "PERSON", "LOC")
            or e.titles
            or " " in word
            or not word[:1].isupper()
            or word.isupper()
            or e.name != word
        ):
            continue
        known = word in airport_words()
        listed = known and _listed_airport(text, e.start, e.end)
        if not listed and not air_travel(sentences.of(e.start)):
            continue
        after = AIRPORT_AFTER.match(text, e.end)
        if not (
            listed
            or AIRPORT_BEFORE.search(text, max(0, e.start - 8), e.start)
            or (known and KNOWN_BEFORE.search(text, max(0, e.start - 5), e.start))
            or (after and after.group(1) in verbs)
            or OWN_PART.match(text, e.end)
        ):
            continue
        pop = place_pop(word)
        if e.type == "GPE" and pop < 0 and not known:
            continue  # a place NER knows and the gazetteer names otherwise ("Frankfurt")
        if (
            pop >= TOWN
            or lookup_company(word)
            or lookup_alias(word)
            or place_kinds().get(word)
            or lookup_person(word)
            or word in table_index("natural_places.jsonl", "name")
        ):
            continue  # (a natural place: "flights from Catania halted as ash from Etna fell")
        e.type, e.fixed, e.name = "FAC", True, f"{word} Airport"
        found.add(word)
    untagged_airports(text, ents, sentences)
    # one airport is tagged alike throughout the document ("... from Heathrow to Riyadh")
    for e in ents:
        word = text[e.start : e.end]
        if word in found and e.type in ("ORG", "GPE", "PERSON", "LOC") and not e.titles:
            e.type, e.fixed, e.name = "FAC", True, f"{word} Airport"


def _listed_airport(text: str, start: int, end: int) -> bool:
    """The word at ``start``-``end`` stands in a list beside another airport's distinctive word
    ("Gatwick and Stansted", "Malpensa, Linate")."""
    words = airport_words()
    after = LISTED_AFTER.match(text, end)
    before = LISTED_BEFORE.search(text, max(0, start - 30), start)
    return bool((after and after.group(1) in words) or (before and before.group(1) in words))


CAPITAL_WORD = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+(?![\w'’-])")


def untagged_airports(text: str, ents: list[Ent], sentences: _Sentences) -> None:
    """A known airport's word NER left untagged, after a preposition of air travel in a sentence
    of air travel ("Passengers bound for Stansted were diverted"), is the airport (session 17;
    the same tests as for a word NER typed, but only for models/airports.jsonl's words)."""
    words = airport_words()
    covered = Covered(len(text), ents)
    for mt in CAPITAL_WORD.finditer(text):
        word = mt.group()
        if word not in words or covered.hit(mt.start(), mt.end()):
            continue
        listed = _listed_airport(text, mt.start(), mt.end())
        if not listed and not (
            AIRPORT_BEFORE.search(text, max(0, mt.start() - 8), mt.start())
            or KNOWN_BEFORE.search(text, max(0, mt.start() - 5), mt.start())
        ):
            continue
        if not listed and not air_travel(sentences.of(mt.start())):
            continue
        if place_pop(word) >= TOWN or lookup_company(word) or lookup_person(word):
            continue
        ents.append(Ent(mt.start(), mt.end(), "FAC", f"{word} Airport", fixed=True))
        covered.add(mt.start(), mt.end())
    ents.sort(key=lambda e: e.start)


__all__ = ["family_names", "late_editions", "late_titles"]

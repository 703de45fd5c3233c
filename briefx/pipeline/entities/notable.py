"""Well-known people by their English Wikipedia titles (session 40, people40, issue 13 names).

Wire copy writes a well-known person's name without the letters English drops ("Goran
Ivanisevic", "Jose Maria Olazabal") and, in sports results and reports, by the surname alone
("Tendulkar", "Hingis", "Pogacar") where the document never writes the full name. The gold
names them by their English Wikipedia titles ("Goran Ivanišević", "Sachin Tendulkar").
``models/notable_people.jsonl`` (``scripts/derive_notable_people.py``; titles CC BY-SA 4.0,
written by hand) holds some 1,500 sportspeople of 1990-2000 and 2019-2026 and politicians of
1996 and 2024-2026, each with the plain spelling, the surname copy writes alone, the field
(a sport, or politics) and the active years.

``notable_people`` (run after the document-level linking and the sports rules, before
``context.lone_names`` and ``accents.person_accents``):
- a PERSON (or a name of two words or more that NER typed ORG, GPE or NORP and no sports rule
  made a side) whose whole name folds to one person's plain name takes that person's title
  ("Arantxa Sanchez Vicario" -> "Arantxa Sánchez Vicario"), unless the document writes a word
  of it with accents of its own (its spelling wins; ``coref.spellings`` already gave it);
- a lone surname (a name of one surname, its full name nowhere in the document, or the
  surname would already carry it: ``coref.people.surnames``) takes the one person of that
  surname whose field is a sport the copy is about (its words, ``SPORT_WORDS`` of the table:
  the sports with at least half as many distinct words as the most written one) or, for a
  politician, whose office a word of the sentence names ("Prime Minister Tusk"), and whose
  active years hold the document's date. No guess where two people fit, where the document
  names another person of that surname in full, without a date, or outside such context. A
  surname NER typed ORG, GPE or NORP becomes a PERSON only so, and not a side, a club, a
  country or a firm the tables know ("Ferrari", "Williams" stay teams).
- (session 40, people40b) a short form a row lists (``short``: "King Charles", "Pope Leo",
  "MBS"), the rank written before the name counting ("King" + "Charles"), takes the row's title
  ("Charles III") where the row is active in the document's year and a word of the sentence
  names the row's role (the office, royalty or business words of the table; the rank is one);
  a rank and a name NER left untagged become that person, the rank outside the span. Lone
  surnames of royalty and business rows need their role words as politicians need office
  words; a lone surname NER typed PRODUCT is read as one typed ORG. A sport's weak words
  ("league", "scored") count only where the copy names no other sport ("rugby league").
- (session 41, people41) a whole name is looked up by its written spelling first ("George W.
  Bush", which the naming step shortens) and by its name; a disambiguated title ("Mark James
  (golfer)", "David Levy (Israeli politician)") or a "Jr." the text leaves out counts only where
  the row is active in the document's year and its field is the copy's; where two rows fit
  one name, the one of the copy's field ("Carlos Sainz" the father in Dakar copy, "Carlos Sainz
  Jr." in Formula One copy). An initial and a surname ("M. Schumacher") take the one tabled
  person of that surname and initial so placed. A tabled whole name NER cut ("To Lam" read as
  "Lam") becomes one PERSON mention, a rank left outside; a result's side that is a tabled
  player of the copy's sport is that player; a lone surname the linking gave to one of two
  people of that surname the document names goes to the other where only the other is tabled,
  active and of the copy's field; a lone surname of a tabled full name made whole here is it.
- (session 46, people46) a whole tabled name NER typed LOC is read as ORG, GPE and NORP ones
  are ("Adrian Severin"); the table's chess words hold a drawn game's results line ("Polgar
  (Hungary) 1/2 Adams (England) 1/2"), so chess results' sides that are tabled players are they.
Every mention of the same name takes the same title (they share ``Ent.name``); the mentions
keep their text and span. Tagged "notable": ``person_accents`` leaves a title alone.
"""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from briefx.normalize.cues import given_genders
from briefx.normalize.names import (
    courtesy_before,
    fold_letters,
    gazetteer,
    is_title_word,
    lookup_alias,
    lookup_company,
    place_pop,
    surname,
)
from briefx.pipeline._util import longest_first
from briefx.pipeline.coref import Ent
from briefx.pipeline.coref.countries import sentence_span
from briefx.pipeline.coref.ent import Covered
from briefx.pipeline.entities.accents import NON_ASCII_WORD
from briefx.resources import read_jsonl

_KEY_GAPS = re.compile(r"[\s.\-‐]+")
# letters fold_letters keeps that copy writes plain ("Solskjaer", "Knauss"): as the table's
# plain spellings (scripts/derive_notable_people.py PLAIN), in lower case
_PLAIN = str.maketrans({"æ": "ae", "ø": "o", "ß": "ss", "ð": "d", "þ": "th"})
# tags of a side or a team the sports rules made: a club, not its namesake
_SIDE_TAGS = frozenset({"team", "side", "club_title", "county_team", "franchise_team"})
# a capitalised word of letters (not one in capitals: a heading's); and the capitalised word
# right after or before it that makes it part of a longer name
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:[A-Z][a-z]+)?(?![\w-])")
_NEXT_NAME = re.compile(r" [A-Z][a-z]")
_PREV_NAME = re.compile(r"[A-Z][a-z]+ $")
MIN_CUES = 2
WEAK_ALONE = 3  # a sport's weak words that name it without a word of its own
BIG_TOWN = 100_000  # (as context.lone_names: a town's name as often a surname below it)
ORG_LIKE = frozenset({"ORG", "GPE", "NORP"})
# types NER gives a lone surname besides PERSON ("Olazabal" typed PRODUCT)
LONE_TYPES = ORG_LIKE | {"PRODUCT"}
# types NER gives a whole tabled name besides PERSON ("Adrian Severin" typed LOC; session 46)
WHOLE_TYPES = ORG_LIKE | {"LOC"}
# a title's disambiguation ("Mark James (golfer)"), and a generational suffix ("Carlos Sainz Jr.")
_QUALIFIER = re.compile(r" \([^()]*\)$")
_GENERATIONAL = re.compile(r" (?:Jr\.|Sr\.|II|III|IV)$")


@lru_cache(maxsize=16384)
def name_key(name: str) -> str:
    """The folded form names are compared by: no accents, lower case, dots and hyphens as
    spaces ("Marie-Jose Perec" -> "marie jose perec")."""
    return " ".join(_KEY_GAPS.split(fold_letters(name).casefold().translate(_PLAIN))).strip()


@cache
def _rows() -> tuple[dict[str, Any], ...]:
    return tuple(r for r in read_table() if "name" in r)


def read_table() -> tuple[dict[str, Any], ...]:
    """The rows of models/notable_people.jsonl (read once, through the cached reader)."""
    return read_jsonl("notable_people.jsonl")


@cache
def full_rows() -> dict[str, tuple[dict[str, Any], ...]]:
    """Folded full name -> the rows of the people of that plain name (or other spelling)."""
    found: dict[str, list[dict[str, Any]]] = {}
    for r in _rows():
        for plain in (r["plain"], *r.get("also", ())):
            rows = found.setdefault(name_key(plain), [])
            if r not in rows:
                rows.append(r)
    return {k: tuple(v) for k, v in found.items()}


def full_names() -> dict[str, tuple[str, ...]]:
    """Folded full name -> the titles of the people of that plain name."""
    return {k: tuple(dict.fromkeys(str(r["name"]) for r in v)) for k, v in full_rows().items()}


@cache
def surnames() -> dict[str, tuple[dict[str, Any], ...]]:
    """Folded surname -> the rows of the people copy names so alone ("ivanisevic"; German
    umlauts also as "ue": "zuelle")."""
    found: dict[str, list[dict[str, Any]]] = {}
    for r in _rows():
        if "surname" not in r:
            continue
        key = name_key(r["surname"])
        keys = {key}
        if name_key(r["plain"]).endswith(key):  # the surname of each other plain spelling
            size = len(key.split())
            keys.update(" ".join(name_key(also).split()[-size:]) for also in r.get("also", ()))
        for k in keys:
            found.setdefault(k, []).append(r)
    return {k: tuple(v) for k, v in found.items()}


def _word(w: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])")


@cache
def _sport_cues() -> tuple[tuple[str, tuple[tuple[re.Pattern[str], int], ...]], ...]:
    """(sport, the patterns of its words and layouts, each with its weight), per sport row of
    the table: a word counts once, a result's layout ("6-3 6-4") as much as two words."""
    out = []
    for r in read_table():
        if "sport" not in r:
            continue
        words = sorted(r["words"], key=len, reverse=True)
        pats = [(_word(w), 1) for w in words]
        pats += [(re.compile(p), MIN_CUES) for p in r.get("patterns", ())]
        out.append((str(r["sport"]), tuple(pats)))
    return tuple(out)


@cache
def _weak_cues() -> tuple[tuple[str, tuple[re.Pattern[str], ...], re.Pattern[str] | None], ...]:
    """(sport, its weak words, the names of the other sports), per sport row with weak words:
    words other sports' copy writes too ("league", "scored"), which count only beside a word of
    the sport's own and where the copy names no other sport ("rugby league", a try "scored")."""
    rows = [r for r in read_table() if "sport" in r]
    out = []
    for r in rows:
        if not r.get("weak"):
            continue
        names = [n for o in rows if o is not r for n in o.get("names", (o["sport"],))]
        other = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        others = re.compile(rf"(?<![\w-])(?:{other})(?![\w-])") if other else None
        out.append((str(r["sport"]), tuple(_word(w) for w in r["weak"]), others))
    return tuple(out)


@cache
def _offices() -> dict[str, re.Pattern[str]]:
    """Field that is no sport (politics, royalty, business) -> the words of a sentence that
    name that field's role ("prime minister", "king", "chief executive")."""
    out = {}
    for r in read_table():
        if "office" not in r:
            continue
        alts = "|".join(re.escape(w) for w in sorted(r["office"], key=len, reverse=True))
        out[str(r.get("field", "politics"))] = re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")
    return out


def _role_named(field: str, sentence: str) -> bool:
    """A word of ``sentence`` (lower case) names the role of a person of ``field``."""
    pat = _offices().get(field)
    return pat is not None and pat.search(sentence) is not None


def copy_sports(text: str) -> frozenset[str]:
    """The sports the copy is about: those with two distinct words of theirs in ``text`` (or
    a result's layout) at least, and at least half as many as the most written sport (one word is a
    mention in passing: a heatwave brief that names the Tour de France)."""
    low = text.lower()
    found = {sport: sum(w for p, w in pats if p.search(low)) for sport, pats in _sport_cues()}
    for sport, weak, others in _weak_cues():
        # weak words count where no other sport is named, beside a word of the sport's own
        # ("striker") or three of them together ("scored", "league", "goal"; not "the Arab
        # League's goal")
        if others is None or not others.search(low):
            n = sum(1 for p in weak if p.search(low))
            if found[sport] or n >= WEAK_ALONE:
                found[sport] += n
    counts = {sport: n for sport, n in found.items() if n >= MIN_CUES}
    if not counts:
        return frozenset()
    top = max(counts.values())
    return frozenset(s for s, n in counts.items() if 2 * n >= top)


def _sentence(text: str, start: int, end: int) -> str:
    lo, hi = sentence_span(text, start, end)
    return text[lo:hi]


def _own_accents(text: str, name: str, title: str) -> bool:
    """The document writes a word of ``name`` with accents other than the title's."""
    written = {fold_letters(w): w for w in NON_ASCII_WORD.findall(text)}
    if not written:
        return False
    titled = set(title.split())
    return any(w in written and written[w] not in titled for w in name.split())


class _Copy:
    """What the passes read of one document: its text, its year, and (read once, on first
    use) the sports its copy is about."""

    def __init__(self, text: str, year: int | None) -> None:
        self.text, self.year = text, year
        self._sports: frozenset[str] | None = None

    @property
    def sports(self) -> frozenset[str]:
        if self._sports is None:
            self._sports = copy_sports(self.text)
        return self._sports

    def fits(self, row: dict[str, Any], group: list[Ent]) -> bool:
        """The row's field is a sport of the copy, or a role a word of a mention's sentence
        names (an office, a rank, a post)."""
        field = str(row["field"])
        if field in self.sports:
            return True
        if field not in _offices():
            return False
        return any(_role_named(field, _sentence(self.text, e.start, e.end).lower()) for e in group)

    def active(self, row: dict[str, Any]) -> bool:
        return self.year is not None and row["from"] <= self.year <= row["to"]


def notable_people(
    text: str, ents: list[Ent], year: int | None, english: frozenset[str] = frozenset()
) -> None:
    """Title the document's well-known people (see the module docstring). ``year`` is the
    document's (its reference date's), or None; ``english``: English words in lower case (a
    surname NER left untagged is tagged only where it is none)."""
    copy = _Copy(text, year)
    _cut_names(copy, ents)
    _styled_names(copy, ents)
    groups: dict[str, list[Ent]] = {}
    for e in ents:
        if "notable" in e.tags or (e.tags & _SIDE_TAGS and not _played(e)):
            continue
        if e.type != "PERSON" and not (e.type in WHOLE_TYPES and " " in e.name):
            continue
        groups.setdefault(e.name, []).append(e)
    for name, group in groups.items():
        title = _whole_title(copy, name, group)
        if title and any(e.tags & _SIDE_TAGS for e in group):
            # a side the sports rules read off a result ("X beat Simon Parke"): a person only
            # where the row's sport is the copy's (session 41)
            row = by_title().get(title)
            if row is None or str(row["field"]) not in copy.sports:
                title = None
        own = title and (not name.isascii() or _own_accents(text, name, _base(title)))
        if title and own and name != _base(title):
            title = None  # the document's own spelling wins
        if title and group[0].type != "PERSON" and (lookup_company(name) or name in gazetteer()):
            title = None
        if title:
            for e in group:
                e.name, e.type = title, "PERSON"
                e.tags.add("notable")
    if year is not None:
        _short_forms(text, ents, year)
        _initialled(copy, ents)
        _shared_surnames(copy, ents)
    _lone_surnames(copy, ents, english)


# a run of capitalised words, with the particles names hold ("Luiz Inacio Lula da Silva", "Abu
# Mohammed al-Jolani"); a name of the table is looked for inside it
_RUN = re.compile(
    r"(?<![\w'’-])[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|(?:da|de|del|der|di|dos|du|van|von|bin|ibn|"
    r"al|el|la|le)(?= [A-Z])|(?:al|el)-[A-Z][\w'’-]*))+"
)
MAX_RUN = 6


def _cut_names(copy: _Copy, ents: list[Ent]) -> None:
    """A tabled person's whole name (two words or more, as the row spells it) that NER cut or
    split ("To Lam" read as "Lam", "Pham Minh Chinh" as "Pham Minh", "Mahamat Idriss Deby" as
    the place "Deby") is one PERSON mention over the whole name, where every mention inside
    it lies within it and one does at least (session 41). Later mentions named as a piece was
    ("Lam") follow."""
    table = full_rows()
    renamed: dict[str, str] = {}
    for m in _RUN.finditer(copy.text):
        words = list(re.finditer(r"\S+", m.group()))[:MAX_RUN]
        found = None
        for size in range(len(words), 1, -1):
            for i in range(len(words) - size + 1):
                if is_title_word(words[i].group()):
                    continue  # a rank the title keeps stays outside the span ("Pope Leo XIV")
                s, e = m.start() + words[i].start(), m.start() + words[i + size - 1].end()
                rows = table.get(name_key(copy.text[s:e]), ())
                titles = {
                    str(r["name"])
                    for r in rows
                    if "(" not in str(r["name"]) or (copy.active(r) and r["field"] in copy.sports)
                }
                if len(titles) == 1:
                    found = (s, e, titles.pop())
                    break
            if found:
                break
        if found is None:
            continue
        s, e, title = found
        inside = [x for x in ents if x.start < e and s < x.end]
        if not inside or any(x.start < s or x.end > e for x in inside):
            continue
        if any(x.start == s and x.end == e for x in inside):
            continue  # NER has the whole name: the whole-name pass titles it
        for x in inside:
            if x.type == "PERSON" and " " not in x.name:
                renamed[x.name] = title
            ents.remove(x)
        new = Ent(s, e, "PERSON", title, fixed=True)
        new.tags.add("notable")
        bisect.insort(ents, new, key=lambda x: x.start)
    for x in ents:
        if x.type == "PERSON" and x.name in renamed and "notable" not in x.tags:
            x.name = renamed[x.name]
            x.tags.add("notable")


# " of " and a place right after a person's name: a royal or religious style ("Abdullah II" +
# " of " + "Jordan")
_STYLE_GAP = re.compile(r" of (?:the )?")


def _styled_names(copy: _Copy, ents: list[Ent]) -> None:
    """A person's name the text styles "of" a place it names next ("King Abdullah II of
    Jordan", "Queen Beatrix of the Netherlands") takes the title of the one tabled person so
    styled, active in the document's year ("Abdullah II of Jordan"); every mention of that
    name follows. The two mentions keep their spans: the place stays a place, and the name
    the style gives it no surname (``names.surname``)."""
    if copy.year is None:
        return
    table = full_rows()
    renamed: dict[str, str] = {}
    for person, place in pairwise(ents):
        if person.type != "PERSON" or place.type not in ("GPE", "LOC") or "notable" in person.tags:
            continue
        if not _STYLE_GAP.fullmatch(copy.text[person.end : place.start]):
            continue
        key = name_key(copy.text[person.start : place.end].replace(" the ", " "))
        rows = [r for r in table.get(key, ()) if copy.active(r)]
        if not rows:
            key = name_key(copy.text[person.start : place.end])
            rows = [r for r in table.get(key, ()) if copy.active(r)]
        titles = {str(r["name"]) for r in rows}
        if len(titles) == 1:
            renamed[person.name] = titles.pop()
    for e in ents:
        if e.type == "PERSON" and e.name in renamed and "notable" not in e.tags:
            e.name = renamed[e.name]
            e.tags.add("notable")


@cache
def by_title() -> dict[str, dict[str, Any]]:
    """Title -> its row."""
    return {str(r["name"]): r for r in _rows()}


def _shared_surnames(copy: _Copy, ents: list[Ent]) -> None:
    """A lone surname the document's linking gave to one of two people it names in full with
    that surname (the one named last before it: ``linking._latest_before``) is the other where
    only the other is a tabled person active in the document's year whose field is the copy's
    ("Max Verstappen ... Jos Verstappen, his father, said ... Verstappen said" in a 2025
    Formula One report). The table chooses only between the document's own names, and not
    where the document tells them apart by a courtesy title ("Mrs Dole" beside "Bob Dole" and
    "Elizabeth Dole", a man and a woman; ``linking._SharedSurnames``, session 43)."""
    full: dict[str, set[str]] = {}
    mentions: dict[str, list[Ent]] = {}
    for e in ents:
        if e.type != "PERSON":
            continue
        mentions.setdefault(e.name, []).append(e)
        written = name_key(copy.text[e.start : e.end]).split()
        if len(written) >= 2:
            full.setdefault(surname(written), set()).add(e.name)
    for key, names in full.items():
        if len(names) < 2:
            continue
        fitting = [
            n
            for n in names
            if (row := by_title().get(n)) is not None
            and any("notable" in e.tags for e in mentions[n])
            and copy.active(row)
            and copy.fits(row, mentions[n])
        ]
        if len(fitting) != 1:
            continue
        genders = {given_genders().get(n.split()[0]) for n in names}
        if (
            None not in genders
            and len(genders) == len(names)
            and any(
                courtesy_before(copy.text, e.start)
                for n in names
                for e in mentions[n]
                if name_key(copy.text[e.start : e.end]) == key
            )
        ):
            continue
        for n in names - {fitting[0]}:
            for e in mentions[n]:
                if name_key(copy.text[e.start : e.end]) == key:
                    e.name = fitting[0]
                    e.tags.add("notable")


def _played(e: Ent) -> bool:
    """A side of a result whose name may be a player's: read off a match ("side", "team"), no
    club, county or franchise a table gives, a name of two words or more."""
    return " " in e.name and not e.tags & (_SIDE_TAGS - {"side", "team"})


def _base(title: str) -> str:
    """A title without its disambiguation ("Mark James (golfer)" -> "Mark James")."""
    return _QUALIFIER.sub("", title)


def _whole_title(copy: _Copy, name: str, group: list[Ent]) -> str | None:
    """The title of the one tabled person a name of the document (all its mentions:
    ``group``) names whole: its written spelling or its name folds to the row's plain
    spelling (any year), or shortens the name of a row active in the document's year
    (``_shortened``). A row that says more than the written name (a disambiguated title, "Mark
    James (golfer)"; a "Jr." the text leaves out) counts only where its field is the copy's
    (its sport, or a role a sentence names) and it is active in the document's year; where
    several people fit, the one whose field is the copy's, else none."""
    table = full_rows()
    written = [name_key(copy.text[e.start : e.end]) for e in group]
    keys = list(dict.fromkeys([*(k for k in written if " " in k), name_key(name)]))
    exact = next((table[k] for k in keys if k in table), ())
    shortened: tuple[dict[str, Any], ...] = ()
    if group[0].type == "PERSON" and copy.year is not None:
        seen = {id(r) for r in exact}
        shortened = tuple(r for k in keys for r in _shortened(k, copy.year) if id(r) not in seen)
    candidates: dict[str, dict[str, Any]] = {}
    for r, whole in [(r, True) for r in exact] + [(r, False) for r in shortened]:
        title = str(r["name"])
        said_more = "(" in title or (not whole and _GENERATIONAL.search(title) is not None)
        if said_more and not (copy.active(r) and copy.fits(r, group)):
            continue
        if "(" in title and " " not in name_key(name):
            continue  # a one-word name: a lone surname's rules (``_lone_surnames``)
        candidates.setdefault(title, r)
    if len(candidates) > 1:
        candidates = {t: r for t, r in candidates.items() if copy.fits(r, group)}
    return next(iter(candidates)) if len(candidates) == 1 else None


@cache
def short_forms() -> dict[str, tuple[dict[str, Any], ...]]:
    """Folded short form -> the rows of the people copy names so beside their role ("king
    charles" -> Charles III, "pope leo" -> Pope Leo XIV, "mbs" -> Mohammed bin Salman)."""
    found: dict[str, list[dict[str, Any]]] = {}
    for r in _rows():
        for form in r.get("short", ()):
            found.setdefault(name_key(form), []).append(r)
    return {k: tuple(v) for k, v in found.items()}


@cache
def _ranked_forms() -> re.Pattern[str] | None:
    """The pattern of the short forms that begin with a rank ("King Charles", "Pope Leo"): a
    first word that is a role word of the row's field."""
    forms: list[str] = []
    for r in _rows():
        pat = _offices().get(str(r["field"]))
        for form in r.get("short", ()):
            first = form.split()[0]
            if " " in form and pat is not None and pat.fullmatch(first.lower()):
                forms.append(form)
    if not forms:
        return None
    alts = "|".join(re.escape(f) for f in longest_first(set(forms)))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


_RANK_BEFORE = re.compile(r"((?:[A-Z][a-z]+ ){1,2})$")


def _short_titles(text: str, start: int, end: int, key: str, year: int) -> set[str]:
    """The titles of the people a name at [start, end) (folded ``key``) names by a short form,
    alone or with the rank written before it ("King" + "Charles"): active in ``year``, and a
    word of the sentence names their role (the rank counts)."""
    table = short_forms()
    keys = [key]
    before = _RANK_BEFORE.search(text, max(0, start - 30), start)
    if before:
        words = before.group(1).split()
        keys += [name_key(" ".join([*words[i:], key])) for i in range(len(words))]
    rows = [r for k in keys for r in table.get(k, ()) if r["from"] <= year <= r["to"]]
    if not rows:
        return set()
    sentence = _sentence(text, start, end).lower()
    return {str(r["name"]) for r in rows if _role_named(str(r["field"]), sentence)}


def _short_forms(text: str, ents: list[Ent], year: int) -> None:
    """Name the people the document names by a row's short form (``short_forms``): a PERSON
    (or a name NER typed ORG, GPE or NORP, no firm or place the tables know) whose name, with
    the rank written before it, is a short form of one person active in ``year`` whose role a
    word of the sentence names; every mention of that name follows. A rank and a name NER left
    untagged ("King Charles") becomes that person, the rank outside the span."""
    chosen: dict[str, set[str]] = {}
    for e in ents:
        if "notable" in e.tags or e.tags & _SIDE_TAGS:
            continue
        if e.type != "PERSON" and not (e.type in ORG_LIKE and _may_be_person(e.name)):
            continue
        titles = _short_titles(text, e.start, e.end, name_key(e.name), year)
        if titles:
            chosen.setdefault(e.name, set()).update(titles)
    for e in ents:
        titles = chosen.get(e.name, set())
        if len(titles) == 1 and "notable" not in e.tags:
            e.name, e.type = next(iter(titles)), "PERSON"
            e.tags.add("notable")
    pattern = _ranked_forms()
    if pattern is None:
        return
    covered: Covered | None = None
    for m in pattern.finditer(text):
        rank = len(m.group().split()[0]) + 1
        start, end = m.start() + rank, m.end()
        if covered is None:
            covered = Covered(len(text), ents)
        if covered.hit(m.start(), end) or _NEXT_NAME.match(text, end):
            continue
        titles = _short_titles(text, start, end, name_key(text[start:end]), year)
        if len(titles) != 1:
            continue
        new = Ent(start, end, "PERSON", next(iter(titles)), fixed=True)
        new.tags.add("notable")
        bisect.insort(ents, new, key=lambda x: x.start)
        covered.add(start, end)


@cache
def _given_surnames() -> dict[tuple[str, str], tuple[dict[str, Any], ...]]:
    """(folded first word, folded surname) -> the rows of a name copy shortens to those two:
    a middle name left out ("Andrea Antonelli" of "Andrea Kimi Antonelli"), a double surname
    cut to its first word ("Arantxa Sanchez" of "Arantxa Sánchez Vicario")."""
    found: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in _rows():
        if "surname" not in r:
            continue
        first, surname = name_key(r["plain"]).split()[0], name_key(r["surname"])
        keys = {(first, surname), (first, surname.split()[0])}
        for k in keys:
            if k[0] != k[1]:
                found.setdefault(k, []).append(r)
    return {k: tuple(v) for k, v in found.items()}


def _shortened(key: str, year: int) -> tuple[dict[str, Any], ...]:
    """The rows of the people active in ``year`` whose name a PERSON's folded name ``key``
    of two words shortens (``_given_surnames``)."""
    words = key.split()
    if len(words) != 2:
        return ()
    rows = _given_surnames().get((words[0], words[1]), ())
    return tuple(r for r in rows if r["from"] <= year <= r["to"])


# an initial or two and a surname, as results and scorecards write a name ("M. Schumacher",
# "J. Crawley", "C. C. Wei"; session 41)
_INITIALLED = re.compile(r"((?:[A-Z]\. ?){1,3})([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")


def _initialled(copy: _Copy, ents: list[Ent]) -> None:
    """Name the people the document names by an initial and a surname ("M. Schumacher"), where
    the document writes no full name of that surname and initial (``coref.people`` links those):
    the one tabled person of that surname whose given names start with those initials, active in
    the document's year, whose sport the copy is about or whose role a sentence names. The
    initial tells two people of one surname apart ("M. Schumacher", "R. Schumacher"). Every
    mention of the name follows (a later "Schumacher" that the document linked to it)."""
    groups: dict[str, list[Ent]] = {}
    for e in ents:
        if e.type != "PERSON" or "notable" in e.tags or e.tags & _SIDE_TAGS:
            continue
        groups.setdefault(e.name, []).append(e)
    full = [
        name_key(e.name).split()
        for e in ents
        if e.type == "PERSON" and " " in e.name and not _INITIALLED.fullmatch(e.name)
    ]
    table = surnames()
    for name, group in groups.items():
        m = _INITIALLED.fullmatch(name)
        if m is None:
            continue
        initials = [c.lower() for c in m.group(1) if c.isalpha()]
        key = name_key(m.group(2))
        size = len(key.split())
        if any(w[-size:] == key.split() and w[0][0] == initials[0] for w in full if len(w) > size):
            continue  # the document's own full name (the linking's to give)
        titles = set()
        for r in table.get(key, ()):
            given = name_key(str(r["plain"])).split()[:-size]
            if len(given) < len(initials) or any(
                g[0] != i for g, i in zip(given, initials, strict=False)
            ):
                continue
            if copy.active(r) and copy.fits(r, group):
                titles.add(str(r["name"]))
        if len(titles) == 1:
            title = titles.pop()
            for e in group:
                e.name = title
                e.tags.add("notable")


def _lone_surnames(copy: _Copy, ents: list[Ent], english: frozenset[str]) -> None:
    text, year = copy.text, copy.year
    if year is None:
        return
    table = surnames()
    lone = [
        e
        for e in ents
        if (e.type == "PERSON" or e.type in LONE_TYPES)
        and not e.tags & _SIDE_TAGS
        and "notable" not in e.tags
        and name_key(e.name) in table
        and name_key(text[e.start : e.end]) == name_key(e.name)
    ]
    # surnames of the document's full names: another person of that surname (or the same one,
    # whom the surname rules would have linked); not a lone surname of two words itself ("Del
    # Piero": session 41)
    alone = {id(e) for e in lone}
    written: dict[str, set[str]] = {}
    for e in ents:
        if e.type == "PERSON" and " " in e.name.strip() and id(e) not in alone:
            written.setdefault(surname(name_key(_base(e.name)).split()), set()).add(e.name)
    titled = {e.name for e in ents if "notable" in e.tags}
    # the document's own full names, by key: a tabled person it writes in full is the one its
    # lone surname means, whatever the context says ("Lula" of "Luiz Inácio Lula da Silva",
    # whose surname the table gives and whose name ends otherwise; session 43)
    whole = {
        name_key(_base(e.name))
        for e in ents
        if e.type == "PERSON" and " " in e.name.strip() and id(e) not in alone
    }

    def own(key: str) -> set[str]:
        """The one tabled full name of that surname the document writes (a name this step made
        whole after the linking ran: "Novak" cut from "Novak Djokovic", "Iga Świątek" read as
        an ORG): the surname is that person (session 41); else none."""
        names = written.get(key.split()[-1], set())
        return names if len(names) == 1 and names <= titled else set()

    chosen: dict[str, set[str]] = {}
    for e in lone:
        key = name_key(e.name)
        if key.split()[-1] in written:
            chosen.setdefault(e.name, set()).update(own(key))
            continue
        found = chosen.setdefault(e.name, set())
        named = {
            str(r["name"])
            for r in table[key]
            if name_key(_base(str(r["name"]))) in whole or name_key(str(r.get("plain"))) in whole
        }
        if len(named) == 1:
            found.update(named)
            continue
        if e.type != "PERSON" and not _may_be_person(e.name):
            continue
        fits = _fits(text, e.start, e.end, table[key], year, copy.sports)
        if len(fits) == 1:
            found.update(fits)
    for e in lone:
        titles = chosen.get(e.name, set())
        if len(titles) == 1:  # one name, one person: the mentions no context decided follow
            title = next(iter(titles))
            e.name, e.type = title, "PERSON"
            e.tags.add("notable")
    # a surname NER left untagged ("Tendulkar made 110", a sentence's first word) is the
    # person too, where the same context names one; not an English word ("Rose", "Hill"),
    # not a word of a longer name ("Tendulkar Road")
    covered: Covered | None = None
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        key = name_key(word)
        if key not in table or (key in written and not own(key)) or word.lower() in english:
            continue
        if place_pop(word) >= BIG_TOWN:
            continue  # "Milan", untagged: the city as often as the rider
        if covered is None:
            covered = Covered(len(text), ents)
        if covered.hit(m.start(), m.end()) or _in_longer_name(text, m.start(), m.end()):
            continue
        titles = (
            chosen.get(word)
            or own(key)
            or _fits(text, m.start(), m.end(), table[key], year, copy.sports)
        )
        if len(titles) != 1:
            continue
        new = Ent(m.start(), m.end(), "PERSON", next(iter(titles)), fixed=True)
        new.tags.add("notable")
        bisect.insort(ents, new, key=lambda x: x.start)
        covered.add(m.start(), m.end())


def _may_be_person(name: str) -> bool:
    """A surname NER typed ORG, GPE or NORP may be a person's: capitalised, and no firm, body
    or place the tables know ("Milan" the city, not the rider Jonathan Milan)."""
    return (
        name[:1].isupper()
        and not lookup_company(name)
        and not lookup_alias(name)
        and name not in gazetteer()
        and place_pop(name) < 0
    )


def _fits(
    text: str,
    start: int,
    end: int,
    people: tuple[dict[str, Any], ...],
    year: int,
    sports: frozenset[str],
) -> set[str]:
    """The titles of ``people`` a surname at [start, end) may name: active in ``year``, of a
    sport of the copy, or politicians beside an office word of the sentence."""
    active = [r for r in people if r["from"] <= year <= r["to"]]
    fits = [r for r in active if r["field"] in sports]
    others = [r for r in active if r["field"] in _offices()]
    if not fits and others:
        sentence = _sentence(text, start, end).lower()
        fits = [r for r in others if _role_named(r["field"], sentence)]
    return {str(r["name"]) for r in fits}


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """The word at [start, end) is part of a longer capitalised name or hyphenated word."""
    if start and text[start - 1] in "-'’":
        return True
    if text[end : end + 1] in ("-", "'", "’") and text[end + 1 : end + 2].isalpha():
        return True
    if _NEXT_NAME.match(text, end):
        return True
    before = _PREV_NAME.search(text, max(0, start - 30), start)
    return before is not None

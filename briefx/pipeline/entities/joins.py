"""Organisation spans (session 17, issue 13: ORG spans and recall in ordinary news prose).

- Two names joined into one span: the small model runs an organisation's span across a word
  that joins two names. The span is two where each side is a name on its own:
  - "X and Y": a side is a name on its own where the tables know it (listed companies,
    aliases), the text names it alone elsewhere, it ends with a legal form, it is a partners'
    name with "&" ("Mahindra & Mahindra"), an acronym, or it has two words or more and ends with
    a body's or a firm's head word ("World Health Organization", "Tata Motors"); the other side
    may then be any capitalised name that is no run of English words ("Livent", "Africa CDC").
    A side that is a name of the weak kind only splits off a side the tables or the text know
    ("Institut Pasteur and Sanofi"). Names with "and" inside stay whole: a head word at the
    end governs both sides where the first is no name on its own ("Perth and Kinross Council",
    "Food and Drug Administration", "Guy's and St Thomas' NHS Foundation Trust"), two surnames
    stay a firm ("Marks and Spencer", "Slaughter and May"), "&" never splits.
  - "X of Place": a firm with its legal form, a listed company, or a one-word name that is no
    English word, before "of" and a place the gazetteer knows ("Sundaram Weaving Ltd of
    Chennai", "AstraZeneca of Cambridge", "Statnett of Norway"); a body's head word or any
    English word before "of" keeps the name whole ("Bank of England", "Reserve Bank of India",
    "University of Toronto"), and so does a possessive ("Lloyd's of London").
  - "X to Y", "X from Y": a place the gazetteer knows on one side ("flights to Marrakesh from
    Stansted"); the other side, one word, is an airport (FAC) in a route ("to X from Y") or a
    sentence of air travel (``airport_cue``), else an ORG.
  - Lower-case English words before the name leave it ("its lending arm Mercado Pago").
- Two places that name one body: a place NER tagged alone, "and", and a body NER tagged whose
  name is a place and a body's head word ("Perth" + "Kinross Council", "Dumfries" + "Galloway
  Council", "Brighton" + "Hove City Council") are one ORG, the council of both places; not
  where the second name opens with an English word ("Leeds and Rail Authority"), ends with a
  firm's word ("Leeds and Vardo Shipping"), nor where the first is no place.
- A body named by one compound word of a language that compounds (German, Dutch, Swedish,
  Danish) that ends with a body's head word of that language (``org_heads``: "-amt",
  "-agentur", "-behörde", "-gericht", "-ministerium") is an ORG where NER typed it a place, a
  person or a group ("Bundeskartellamt", "Bundesnetzagentur"); not an English word, a place the
  tables or gazetteer know, or a head that is an English word ("-union", "-party").
- A listed company NER cut or typed by a piece: a name of two words or more that the company
  table lists (``models/companies.jsonl``) and that NER tagged only in part ("Martin" a place
  in "Lockheed Martin", "Rio" of "Rio Tinto") or not at all is that company, an ORG; not where
  a capitalised word joins it to a longer name, not where NER's span runs past it or is the
  name itself ("Ralph Lauren" a person stays), and a name of English words only where NER
  tagged a piece of it ("National Healthcare" untagged stays).
- A body named in another language: a capitalised head word of a body or a firm in a main
  European language (``models/org_heads.jsonl``, from the FreeDict dictionaries: "Banco",
  "Comisión", "Autorité", "Institut", "Bank") and the capitalised words after it, linked by the
  languages' small words ("do", "de la", "del"), is one ORG ("Banco do Brasil", "Banco Central
  do Brasil", "Comisión Nacional del Mercado de Valores", "Bank Indonesia"); one lower-case word
  may end it after such a link ("Autorité de la concurrence"). The place or name inside it is no
  entity alone ("Brasil", "Indonesia"). A head word that is also English ("Bank", "Union")
  needs a place or a word no English dictionary has right after it ("Bank Mandiri"; not
  "Bank Holiday", "Union Pacific"); a name NER tagged across the run's edge is left as it is.
- A utility or operator named by a place and its business (session 18, ``business_names``):
  "Thames Water", "Welsh Water", "Sydney Trains" (``entity_forms`` kind ``utility_word``) are
  ORGs over NER's pieces (a place, a nationality, a word read as a surname), and a name typed a
  person that ends with such a word is an ORG. Session 36 (``_place_trades``): a place or
  nationality NER tagged and one or two capitalised words ending with a trade's word (the
  ``utility_word`` and ``sector_word`` words, the plurals of ``fac_heads``: "Nepal Telecom",
  "Malaysia Airports", "Sri Lanka Telecom") is one ORG over NER's pieces, and a country and a
  commodity typed a person ("Sri Lanka Tea exports") is the country.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from briefx.normalize.names import (
    companies,
    compound_heads,
    entity_words,
    fac_heads,
    form_words,
    is_title_word,
    lookup_alias,
    lookup_company,
    org_heads,
    place_kinds,
    without_legal_form,
)
from briefx.pipeline._util import shortest_first
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.families import air_travel
from briefx.pipeline.entities.forms import legal_forms
from briefx.pipeline.entities.places import gazetteer_kind
from briefx.resources import table_index

__all__ = [
    "business_names",
    "compound_bodies",
    "foreign_bodies",
    "joined_names",
    "listed_over_pieces",
    "paired_places",
]

_AND = re.compile(r" and ")
_OF_PLACE = re.compile(r"(.+) of ((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,2})")
_TO_FROM = re.compile(r"(.+?) (to|from) (.+)")
_LEAD_LOWER = re.compile(r"((?:[a-z]+ )+)(?=[A-Z])")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
# session 35 (firmtypes22): two names that merge are two firms ("Liberty Global and Vodafone
# Ziggo merged", "X and Y agreed to merge their units"): the verb right after the joined span,
# intransitive (not "Marks and Spencer merged its food arms")
_MERGED = re.compile(
    r" (?:(?:have|had|will|would|agreed to|have agreed to|plan to|are to|said they would|said "
    r"they will) )?(?:merge|merged)(?= their\b| in\b| on\b| last\b| to create\b| to form\b|"
    r" earlier\b|[.,;])"
)
# words that may link a name's capitalised words ("Bank of Japan", "Banco do Brasil")
_LINKS = {"of", "for", "the", "de", "do", "da", "dos", "das", "del", "di", "du", "des", "la", "le"}


@cache
def _heads() -> frozenset[str]:
    """Head words of bodies and firms: a name of two words or more that ends with one is a name
    on its own ("World Health Organization", "Tata Motors", "Piedmont Mining")."""
    return (
        form_words("org_head")
        | form_words("body_word")
        | form_words("of_place_head")
        | form_words("sector_word")
        | entity_words("company_tail")
    )


def _place(name: str, english: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(canonical name, type) of a place the tables or the gazetteer know, else None; an English
    word only where the tables know it as a country or state ("Holiday, Florida" is no cue)."""
    alias = lookup_alias(name)
    if alias and alias[1] in ("GPE", "LOC"):
        return alias
    if place_kinds().get(name) in ("country", "us_state"):
        return name, "GPE"
    if name.lower() not in english and gazetteer_kind(name):
        return name, "GPE"
    return None


@cache
def _legal_words() -> frozenset[str]:
    """The legal forms without their stops ("ltd", "plc", "gmbh")."""
    return frozenset(f.rstrip(".") for f in legal_forms())


def _legal(side: str) -> bool:
    words = side.split()
    return len(words) > 1 and words[-1].lower().rstrip(".,") in _legal_words()


def _known(side: str, alone: set[str], english: frozenset[str] = frozenset()) -> bool:
    """A name the tables or the text know on its own (not by its form); an English plural noun
    only where the text names it alone ("Partners" of "Becker and Partners", "Sons")."""
    alias = lookup_alias(side)
    low = side.lower()
    if " " not in side and low.endswith("s") and low[:-1] in english and side not in alone:
        return False
    return bool(
        lookup_company(side)
        or (alias and alias[1] == "ORG")
        or side in alone
        or " & " in side
        or _ACRONYM.fullmatch(side)
    )


def _headed(side: str) -> bool:
    words = side.split()
    return len(words) > 1 and words[-1].lower() in _heads()


def _capitalised(side: str) -> bool:
    """One to four capitalised words (a name of any words: "Liberty Global")."""
    words = side.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _named(side: str, english: frozenset[str]) -> bool:
    """A capitalised name that is no run of English words ("Livent", "Africa CDC")."""
    words = side.split()
    if not words or not all(w[:1].isupper() or w in _LINKS for w in words):
        return False
    return any(
        _ACRONYM.fullmatch(w) or (w[:1].isupper() and w.lower() not in english) for w in words
    )


def _ent(start: int, end: int, text: str, typ: str) -> Ent:
    word = text[start:end]
    if typ != "ORG":
        place = _place(word)
        return Ent(start, end, typ, place[0] if place else word, fixed=bool(place), tags={"joined"})
    return Ent(start, end, "ORG", lookup_company(word) or without_legal_form(word), tags={"joined"})


def _air_travel(text: str, at: int) -> bool:
    """True where the sentence before ``at`` speaks of air travel (``airport_cue``: "flights",
    "passengers", "routes"): the name that is no place after "to"/"from" is an airport."""
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    return air_travel(text[start:at])


def _split_and(word: str, alone: set[str], english: frozenset[str], merged: bool = False) -> int:
    """The offset of " and " where ``word`` is two names joined by it, else -1; ``merged``: the
    span merges ("X and Y merged"), so each side that is a name is a firm of its own."""
    hits = list(_AND.finditer(word))
    if len(hits) != 1 or lookup_company(word) or lookup_alias(word):
        return -1
    left, right = word[: hits[0].start()], word[hits[0].end() :]
    if not right[:1].isupper() or not left[:1].isupper():
        return -1
    if merged and _capitalised(left) and _capitalised(right):
        return hits[0].start()  # two parties merge: "Liberty Global and Vodafone Ziggo merged"
    if " of " in left and not _known(right, alone, english):
        return -1  # "Department of Health and Social Care": one body
    strong_left = _known(left, alone, english) or _legal(left) or _headed(left)
    if strong_left and (_known(right, alone, english) or _legal(right) or _named(right, english)):
        return hits[0].start()
    if _named(left, english) and _known(right, alone, english):
        return hits[0].start()
    return -1


def _split_of(word: str, english: frozenset[str]) -> tuple[int, int] | None:
    """(end of the firm, start of the place) where ``word`` is "Firm of Place", else None."""
    mt = _OF_PLACE.fullmatch(word)
    if not mt or lookup_company(word) or lookup_alias(word):
        return None
    left, right = mt.group(1), mt.group(2)
    if _place(right) is None or " of " in left:
        return None
    last = left.split()[-1]
    if last.endswith(("'s", "’s", "'", "’")) or last.lower() in _heads():
        return None  # "Lloyd's of London", "Reserve Bank of India"
    if not (
        _legal(left) or lookup_company(left) or (" " not in left and last.lower() not in english)
    ):
        return None
    return len(left), mt.start(2)


def joined_names(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Split organisation spans that join two names, and cut lower-case words before a name
    (in place; see the module docstring)."""
    alone = {text[e.start : e.end] for e in ents if e.type == "ORG"}
    for e in list(ents):
        if e.type != "ORG" or e.titles:
            continue
        word = text[e.start : e.end]
        lead = _LEAD_LOWER.match(word)
        if lead and all(w in english for w in lead.group(1).split()):
            e.start += lead.end()
            e.name = lookup_company(text[e.start : e.end]) or text[e.start : e.end]
            word = text[e.start : e.end]
        at = _split_and(word, alone - {word}, english, bool(_MERGED.match(text, e.end)))
        if at >= 0:
            end = e.end
            ents.remove(e)
            ents.append(_ent(e.start, e.start + at, text, "ORG"))
            ents.append(_ent(e.start + at + 5, end, text, "ORG"))
            continue
        cut = _split_of(word, english)
        if cut is not None:
            ents.remove(e)
            ents.append(_ent(e.start, e.start + cut[0], text, "ORG"))
            ents.append(_ent(e.start + cut[1], e.end, text, "GPE"))
            continue
        mt = _TO_FROM.fullmatch(word)
        if mt and mt.group(3)[:1].isupper():
            left, right = mt.group(1), mt.group(3)
            left_place, right_place = _place(left), _place(right)
            route = mt.group(2) == "from" and text[max(0, e.start - 3) : e.start] == "to "
            one_word = " " not in (right if left_place else left)
            other = "FAC" if one_word and (route or _air_travel(text, e.start)) else "ORG"
            if left_place or right_place:
                ents.remove(e)
                ents.append(
                    _ent(e.start, e.start + len(left), text, "GPE" if left_place else other)
                )
                ents.append(
                    _ent(e.start + mt.start(3), e.end, text, "GPE" if right_place else other)
                )
    ents.sort(key=lambda e: e.start)


# the small words that link a name's words in the main European languages ("Banco do Brasil",
# "Banco de la Nación Argentina", "Comisión Nacional del Mercado de Valores")
_FOREIGN_LINKS = (
    r"(?:de la|de las|de los|de l'|do|da|dos|das|de|del|della|delle|di|du|des|la|le|les|y|e|für|"
    r"der|van|voor|för|och|og)"
)
_CAP = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_WORD_START = re.compile(rf"(?<![\w'’.-]){_CAP}")
_PREV = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’.-]*) $")
_FOREIGN = re.compile(
    rf"({_CAP})((?: (?:{_FOREIGN_LINKS} )?{_CAP})*)"
    rf"(?: ({_FOREIGN_LINKS}) ([a-zà-öø-ÿ]{{4,}}))?(?![\w'’-])"
)


def foreign_bodies(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Bodies named by a head word of another language (in place; see the module docstring)."""
    heads = org_heads()
    for word_mt in _WORD_START.finditer(text):
        low = word_mt.group(0).lower()
        mt = _FOREIGN.match(text, word_mt.start()) if low in heads else None
        if mt is None or not (mt.group(2) or mt.group(4)):
            continue
        start = mt.start()
        prev = _PREV.search(text, max(0, start - 40), start)
        if (
            prev
            and prev.end() == start
            and prev.group(1).lower() not in ("the", "a", "an")
            and not prev.group(1).endswith(("'s", "’s", "."))
        ):
            continue  # inside a longer capitalised run
        tail = mt.group(2).split()
        names = [w for w in tail if w[:1].isupper()]
        first = names[0] if names else ""
        if low in english and not (
            first and (_place(first, english) or first.lower() not in english)
        ):
            continue  # "Bank Holiday", "Union Pacific": English words after an English head
        end = mt.end() if (mt.group(4) and low not in english) else mt.start(2) + len(mt.group(2))
        inside = [e for e in ents if e.start < end and start < e.end]
        if any(e.start < start or e.end > end for e in inside):
            continue  # NER tagged across the run's edge
        if any(e.start == start and e.end == end for e in inside):
            continue
        for e in inside:
            ents.remove(e)
        word = text[start:end]
        alias = lookup_alias(word)
        name = lookup_company(word) or (alias[0] if alias and alias[1] == "ORG" else word)
        ents.append(Ent(start, end, "ORG", name, fixed=True, tags={"foreign_body"}))
    ents.sort(key=lambda e: e.start)


# a listed name of capitalised words joined by one "&" ("Marks & Spencer", "Legal & General")
_AMPERSAND_NAME = re.compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)? & [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?"
)


@cache
def _listed_by_first() -> dict[str, tuple[str, ...]]:
    """First word -> the company table's names of two words or more, longest first."""
    out: dict[str, list[str]] = {}
    for alias in companies():
        words = alias.split()
        if len(words) > 1 and alias[:1].isupper() and all(w[:1].isupper() for w in words):
            out.setdefault(words[0], []).append(alias)
        elif _AMPERSAND_NAME.fullmatch(alias):
            # "Marks & Spencer" written out, "Marks and Spencer": the whole conjunction is the
            # firm (session 33); the "&" form itself is left to NER as before
            out.setdefault(words[0], []).append(alias.replace(" & ", " and "))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def listed_over_pieces(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Listed companies of two words or more that NER tagged only in part or not at all (in
    place; see the module docstring)."""
    table = _listed_by_first()
    for word_mt in _WORD_START.finditer(text):
        aliases = table.get(word_mt.group(0))
        start = word_mt.start()
        prev = _PREV.search(text, max(0, start - 40), start) if aliases else None
        if not aliases or (prev and prev.group(1).lower() not in ("the", "a", "an")):
            continue  # not a listed first word, or inside a longer capitalised run
        for alias in aliases:
            end = start + len(alias)
            if not text.startswith(alias, start) or re.match(r"[\w'’&-]| [A-Z]", text[end:]):
                continue
            inside = [e for e in ents if e.start < end and start < e.end]
            if any(e.start < start or e.end > end for e in inside):
                break  # NER's span runs past the name
            if any(e.start == start and e.end == end for e in inside):
                break
            if not inside and all(w.lower() in english for w in alias.split()):
                break  # English words NER left alone ("National Healthcare", "General Mills")
            for e in inside:
                ents.remove(e)
            name = lookup_company(alias) or lookup_company(alias.replace(" and ", " & ")) or alias
            ents.append(Ent(start, end, "ORG", name, fixed=True, tags={"listed"}))
            break
    ents.sort(key=lambda e: e.start)


def paired_places(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A body named after two places NER read as a place and a body (in place; see the module
    docstring)."""
    ents.sort(key=lambda e: e.start)
    for a, b in zip(list(ents), list(ents)[1:], strict=False):
        if a.type not in ("GPE", "LOC") or b.type != "ORG" or a.titles or b.titles:
            continue
        if not _AND.fullmatch(text, a.end, b.start):
            continue
        words = text[b.start : b.end].split()
        if len(words) < 2 or words[-1].lower() not in form_words("org_head"):
            continue  # a body's head word ("Council", "Authority"), not a firm's
        first = words[0]
        if not (_place(text[a.start : a.end]) and (_place(first) or first.lower() not in english)):
            continue
        if a not in ents or b not in ents:
            continue
        ents.remove(a)
        ents.remove(b)
        word = text[a.start : b.end]
        ents.append(Ent(a.start, b.end, "ORG", word, fixed=True, tags={"joined"}))
    ents.sort(key=lambda e: e.start)


def compound_bodies(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Bodies named by one compound word NER typed another kind (in place; see the module
    docstring)."""
    heads = sorted(
        (h for h in compound_heads() if len(h) >= 3 and h not in english),
        key=len,
        reverse=True,
    )
    for e in ents:
        word = text[e.start : e.end]
        if e.type not in ("GPE", "LOC", "PERSON", "NORP") or e.titles:
            continue
        if not word.isalpha() or not word[:1].isupper() or word.lower() in english:
            continue
        low = word.lower()
        if not any(low.endswith(h) and len(low) >= len(h) + 4 for h in heads):
            continue
        if _place(word) or lookup_alias(word):
            continue
        e.type, e.fixed = "ORG", True


_NAME_BEFORE = re.compile(r"(?<![\w'’.&-])([A-Z][\w'’-]+) \Z")


def business_names(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Utilities and operators named by a place or name and their line of business ("Thames
    Water", "Welsh Water", "Sydney Trains"; ``entity_forms`` kind ``utility_word``, with the
    ``sector_word`` heads): a name of two or three words typed a person that ends with one is an
    ORG (no person is named "Welsh Water"); a capitalised word NER left untagged before such a
    word tagged alone is part of the name ("Thames" + "Water" read as a person's surname). Not a
    stop word, a title word or a name's part that another mention holds. Session 18."""
    utility = form_words("utility_word")
    heads = utility | form_words("sector_word")
    for e in list(ents):
        words = text[e.start : e.end].split()
        if e.titles or not words or words[-1].lower() not in heads:
            continue
        if not words[-1][:1].isupper():
            continue
        if len(words) == 1:
            if e.type not in ("PERSON", "ORG") or words[0].lower() not in utility:
                continue
            mt = _NAME_BEFORE.search(text, max(0, e.start - 30), e.start)
            first = mt.group(1) if mt else ""
            if not mt or first.lower() in STOP_WORDS or is_title_word(first):
                continue
            if any(x is not e and x.start < e.start and x.end > mt.start(1) for x in ents):
                continue
            e.start = mt.start(1)
            e.type, e.name, e.fixed, e.link = "ORG", text[e.start : e.end], True, False
        elif len(words) <= 3 and e.type == "PERSON" and words[-1].lower() in utility:
            e.type, e.fixed = "ORG", True
    runs = [mt for mt in _utility_run().finditer(text)]
    # a name written inside a sentence is one where a sentence opens with it too
    inner = {mt.group(1) for mt in runs if not _sentence_start(text, mt.start(1))}
    for mt in runs:
        s, end = mt.span(1)
        inside = [x for x in ents if x.start < end and s < x.end]
        if any(x.start < s or x.end > end or x.type not in _PLACE_LIKE for x in inside):
            continue  # a mention runs past the name, or one that is no place's holds a part
        first = mt.group(1).split()[0]
        if first.lower() in STOP_WORDS or is_title_word(first):
            continue
        if _sentence_start(text, s) and first.lower() in english and mt.group(1) not in inner:
            continue  # "Drinking Water rules": a sentence's first English word
        for x in inside:
            ents.remove(x)
        ents.append(Ent(s, end, "ORG", mt.group(1), fixed=True, link=False))
    _place_trades(text, ents, english)
    ents.sort(key=lambda e: e.start)


# one or two capitalised words right after a place's mention that end a name (none follows)
_WORDS_AFTER = re.compile(r" ((?:[A-Z][\w'’-]+ )?([A-Z][\w'’-]+))(?![\w'’&.-])(?! [A-Z])")


def _place_trades(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Firms and state bodies named by a place or nationality and their trade (session 36):
    "Nepal Telecom", "Malaysia Airports", "Sri Lanka Telecom", "Philippine Airlines", "Ghana
    Mines". A country, subdivision or town NER tagged (a GPE, or an ORG the tables know as a
    place) or a nationality (NORP), then one or two capitalised words of which the last is a
    trade's (``_trade_words``) and ends the name, is one ORG over all, whether NER left the words
    untagged or tagged them alone; a mention over the whole name typed a person or a place
    ("Ghana Airways" a PERSON) is an ORG where its words before the trade word are a place the
    tables or the gazetteer know and open with no given name ("Amos Rail" stays). A person's
    mention that is a country and one English word of no trade ("Sri Lanka Tea exports", "Ghana
    Cocoa prices": a commodity) is the country alone. Not a place inside a longer capitalised
    name ("Bank Negara Malaysia"), a weekday after the place ("Malaysia Thursday": no trade
    word), nor a trade word another capitalised word follows (NER's longer name stands:
    "Tanzania Ports Authority")."""
    trades = _trade_words()
    given = table_index("given_names.jsonl", "name")
    gone: set[int] = set()  # ids of the trade words joined to their place (no list scan)
    for e in list(ents):
        if e.titles or id(e) in gone:
            continue
        head, _, last = text[e.start : e.end].rpartition(" ")
        trade = last.lower() in trades
        if head and last[:1].isupper() and (e.type == "PERSON" or (e.type == "GPE" and trade)):
            if head.split()[0] in given or not _place(head, english):
                continue  # "Amos Rail", "Jordan Brown": a person
            if trade:
                e.type, e.name, e.fixed, e.link = "ORG", text[e.start : e.end], True, False
            elif last.lower() in english and _country(head):
                e.end, e.type, e.name, e.fixed = e.start + len(head), "GPE", head, False
            continue
        if e.type not in ("GPE", "NORP", "ORG") or _capital_before(text, e.start):
            continue
        if e.type == "ORG" and not _country(text[e.start : e.end]):
            continue
        mt = _WORDS_AFTER.match(text, e.end)
        if not mt or mt.group(2).lower() not in trades:
            continue
        if mt.group(1).split()[0].lower() in STOP_WORDS:
            continue  # "Kenya The Airways"
        s, end = mt.span(1)
        inside = [x for x in ents if x is not e and x.start < end and s < x.end]
        if any(x.start < s or x.end > end for x in inside):
            continue  # a mention runs past the trade word: NER's longer name stands
        for x in inside:
            ents.remove(x)
            gone.add(id(x))
        e.end, e.type, e.fixed, e.link = end, "ORG", True, False
        e.name = text[e.start : e.end]


def _country(name: str) -> bool:
    """Whether the tables know ``name`` as a country ("Sri Lanka", "Ghana")."""
    alias = lookup_alias(name)
    return place_kinds().get(name) == "country" or bool(alias and alias[1] == "GPE")


def _capital_before(text: str, s: int) -> bool:
    """Whether a capitalised word or a joining mark stands right before ``s`` ("Negara" of "Bank
    Negara Malaysia", "Air-")."""
    mt = _NAME_BEFORE.search(text, max(0, s - 30), s)
    return bool(mt) or (s > 0 and text[s - 1] in "-&'’")


@cache
def _trade_words() -> frozenset[str]:
    """The words of a trade that end a firm's or body's name after its place, lower case: the
    utilities' and the sectors' words of ``entity_forms.jsonl`` (``utility_word``, ``sector_word``:
    "power", "telecom", "airlines", "petroleum", "breweries") and the plurals of the facility
    heads (``fac_heads``, WordNet-derived: "airports", "harbours", "refineries", "mines": the
    body that runs a country's airports). The plural is our own rule for the table's regular
    nouns (a library inflector would be a new dependency for one suffix)."""
    plurals = {w[:-1] + "ies" if w.endswith("y") else w + "s" for w in fac_heads() if w.isalpha()}
    return form_words("utility_word") | form_words("sector_word") | frozenset(plurals)


_PLACE_LIKE = frozenset({"GPE", "LOC", "NORP"})  # "Thames", "Welsh", "Yorkshire" of the name


@cache
def _utility_run() -> re.Pattern[str]:
    """One or two capitalised words and a utility word, not inside a longer capitalised run
    (built once from the table)."""
    words = "|".join(shortest_first(w.title() for w in form_words("utility_word")))
    return re.compile(
        rf"(?<![\w'’.&-])(?<![A-Z][\w'’-] )((?:[A-Z][\w'’-]+ ){{1,2}}(?:{words}))(?![\w'’&-])(?! [A-Z])"
    )


def _sentence_start(text: str, s: int) -> bool:
    k = s - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in '.!?\n:"“'

"""Products, laws and waterways read off the words around a name (session 10, issue 13), after the context
rules of ``context.by_context`` and before the document-level linking of ``coref.link_names``.

Each rule reads a kind of context or form, never a name; the word lists are
``models/product_forms.jsonl`` (``product_more``, ``sold_of``, ``sold_for``, ``owned_mod``,
``not_product_after``, ``count_noun``, ``law_end``) with ``entity_forms.jsonl`` (``product_noun``,
``craft_noun``) and ``entity_words.jsonl`` (``law_head``). In order:

1. Classes: "the Virginia-class submarine", "Hobart-class destroyers": a capitalised name
   joined to a lower-case "-class" before a vessel's or product's noun is one PRODUCT, the class
   named with its noun ("Virginia-class submarine"), over a place or person NER found in it.
2. A company's product: a name right after a company's possessive ("Nvidia's Rubin", "Eli
   Lilly's Kisunla", "Apple's next M6 processor") that no table knows as a company, place or
   person, is a PRODUCT, unless the word after it makes it a part of the company or a speaker
   ("Alphabet's Waymo unit", "Google's DeepMind said"), or it is a full person's name.
3. A name before a product noun ("24 Starlink satellites", "the Orion capsule", "its Falcon
   sensor"), after a number, a determiner or a possessive, is a PRODUCT where neither the
   document nor the company table shows it to be a company (makers stay: "30 Embraer jets")
   and no table knows it as a place.
4. Things sold: a one-word name after "sales of", "prescriptions of", "the price of" (kind
   ``sold_of``), before "sales" or "prescriptions" (kind ``sold_after``, session 11: "Keytruda
   sales rose") or right after a verb of approval or recall ("approved Zepbound", kind
   ``approve_verb``) that is no company, place or person is a PRODUCT ("sales of Wegovy"); a
   share move after "sales of X" ("sales of X rose 40%") is the sales', not a firm's.
4c. Products by the grammar of commerce (session 35, products22): the names of a list after a
   cue of commerce are one PRODUCT each (``cued_lists``): after a noun of sales and "of" or of
   orders and "for" ("sales of the Corolla", "orders for the Gripen", "sales of the F-150 and
   the Mustang"; kinds ``sold_of``, ``sold_for``), after a verb of launching, recalling or
   making ("recalled the Civic and the Accord"; ``launch_verb``, ``make_verb``), and after an
   owner's possessive where NER read the pair as one organisation ("Novo Nordisk's Wegovy and
   Ozempic", its owner then the maker, an ORG); companies with "and" or "&" the tables know
   stay. A company's name before a model's after an article, a number or a possessive is one
   PRODUCT ("the Toyota Corolla", "80,000 Volkswagen Polo models"; ``maker_runs``). A name
   before "units" after a count ("54 million iPhone units"; kind ``count_noun``) is a product,
   and a name NER typed a nationality that no table knows as one may be a product too.
5. Laws and bills: a capitalised run that ends with a law's head word or "Bill", with plural
   possessives ("Renters'") and a jurisdiction in brackets ("(Scotland)") inside it and a year
   after it, is one LAW ("the Renters' Rights Act 2025", "the Assisted Dying for Terminally Ill
   Adults (Scotland) Bill"); the year is no date (its span is returned).
6. Waterways: a name after a noun of boats or their traffic, or of a dam or bridge, and "on
   the" ("barges on the Rhine", "traffic on the Danube", "the Kariba Dam on the Zambezi", kind
   ``water_user``) is a river, lake or sea (LOC).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc

from briefx.normalize.figures import currencies
from briefx.normalize.names import (
    body_words,
    company_tails,
    entity_words,
    fac_heads,
    is_title_word,
    lookup_alias,
    lookup_company,
    lookup_person,
    org_heads,
    place_kinds,
    place_pop,
)
from briefx.normalize.numbers import scale_words
from briefx.pipeline._util import longest_first, text_of
from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.forms import (
    STOCK_MOVE,
    body_led,
    company_words,
    english_months,
    form_words,
    legal_forms,
    product_nouns,
)
from briefx.resources import read_jsonl, table_index

NEXT_WORD = re.compile(r" ([a-z][a-z-]*)\b")
TOWN = 15_000  # a name the gazetteer knows as a town this large is no product of its own
BIG_TOWN = 100_000  # after an owner ("its Falcon sensor") only a large town's name stays one


class _Mentions:
    """The document's mentions kept sorted by start, for overlap look-ups by bisection (each
    rule looks up the mentions at a match, not all of them: linear work on long documents)."""

    def __init__(self, ents: list[Ent]) -> None:
        ents.sort(key=lambda e: e.start)
        self.ents = ents
        self.starts = [e.start for e in ents]
        self.longest = max((e.end - e.start for e in ents), default=0)

    def hits(self, start: int, end: int) -> list[Ent]:
        i = bisect_left(self.starts, start - self.longest)
        j = bisect_left(self.starts, end)
        return [x for x in self.ents[i:j] if x.start < end and start < x.end]

    def put(self, new: Ent) -> None:
        """Add ``new``, dropping the mentions it overlaps."""
        for x in self.hits(new.start, new.end):
            i = bisect_left(self.starts, x.start)
            while self.ents[i] is not x:
                i += 1
            del self.ents[i]
            del self.starts[i]
        i = bisect_right(self.starts, new.start)
        self.ents.insert(i, new)
        self.starts.insert(i, new.start)
        self.longest = max(self.longest, new.end - new.start)


class _Taken:
    """Figure and date spans sorted by start, for overlap look-ups by bisection."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def hits(self, start: int, end: int) -> list[tuple[int, int]]:
        i = bisect_left(self.starts, start - self.longest)
        j = bisect_left(self.starts, end)
        return [(a, b) for a, b in self.spans[i:j] if a < end and start < b]


@cache
def product_words(kind: str) -> frozenset[str]:
    """Return the words of one kind from models/product_forms.jsonl (lower case)."""
    return frozenset(r["word"] for r in read_jsonl("product_forms.jsonl") if r["kind"] == kind)


@cache
def all_product_nouns() -> frozenset[str]:
    """``product_noun`` and ``product_more`` with regular plurals ("processors", "batteries")."""
    out = set(product_nouns()) | set(product_words("product_more"))
    for w in product_words("product_more"):
        out.add(w[:-1] + "ies" if w.endswith("y") else w + ("es" if w.endswith("s") else "s"))
    return frozenset(out)


@cache
def not_product_heads() -> frozenset[str]:
    """Last words that make a name a body's, a firm's, a law's, an event's or a place's:
    "launched the Green Fund", "unveiled the Clean Air Act", "opened the Northern Rail Line"
    (read by the launch evidence of ``evidence.py`` and the cued lists below)."""
    kinds = ("org_head", "body_word", "institution_word", "group_head", "loc_head", "event_word",
             "event_tail", "gathering_head", "fac_after", "road_word")  # fmt: skip
    return (
        frozenset(org_heads())
        | body_words()
        | company_tails()
        | fac_heads()
        | frozenset().union(*(form_words(k) for k in kinds))
        | entity_words("law_head")
    )


def by_product(
    doc: Doc, ents: list[Ent], english: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Run the product and law rules over the document's mentions (in place); return the spans
    of years inside laws' names, which are then no dates."""
    text = text_of(doc)
    m = _Mentions(ents)
    class_names(text, m)
    companies = company_words(text, ents)
    firms = companies | _speakers(text, ents)
    spans = [(f.start, f.end) for f in (getattr(doc._, "briefx_figures", None) or [])]
    spans += [(d.start, d.end) for d in (getattr(doc._, "briefx_dates", None) or [])]
    taken = _Taken(spans)
    freed = owned_products(text, m, companies, firms, taken)
    noun_products(text, m, firms, english)
    sold_products(text, ents, firms)
    cued_lists(text, m, companies, english)
    maker_runs(text, m, companies, english)
    freed += numbered_products(text, m, firms, taken)
    freed += number_models(text, m, taken)
    joined_products(text, m, firms, english)
    freed += law_runs(text, m)
    waterways(text, m)
    makers(text, ents)  # "Novo Nordisk's Wegovy pill": the maker is a company
    ents.sort(key=lambda e: e.start)
    return freed


# a possessive, a product's name of one to three words, and a lower-case noun (its plural too)
MAKER_AFTER = re.compile(r"['’]s? ((?:[A-Z0-9][\w.-]*)(?: [A-Z0-9][\w.-]*){0,2}) ([a-z]+)\b")


def makers(text: str, ents: list[Ent]) -> None:
    """A person's name before "'s", a product NER or a rule tagged and a noun of a thing that
    companies make (``product_forms`` kind ``maker_noun``: "pill", "vaccine", "processor") is
    the maker, an ORG ("Novo Nordisk's Wegovy pill", "Eli Lilly's Zepbound injections"), with
    every mention of the name (linked later). Not a titled person, nor one whose product is no
    tagged PRODUCT ("Anna Berg's iPhone was stolen"). Session 12."""
    nouns = product_words("maker_noun")
    products = {(x.start, x.end) for x in ents if x.type == "PRODUCT"}
    for e in ents:
        if e.type != "PERSON" or e.titles:
            continue
        mt = MAKER_AFTER.match(text, e.end)
        if not mt:
            continue
        noun = mt.group(2)
        if noun not in nouns and noun.removesuffix("s") not in nouns:
            continue
        if mt.span(1) not in products:
            continue
        e.type, e.fixed = "ORG", True


def _place(word: str) -> bool:
    """A country, state, alias or a town of 15,000 people that the tables know."""
    return bool(place_kinds().get(word) or lookup_alias(word)) or place_pop(word) >= TOWN


SPEAKS = re.compile(r"(?:['’]s\b| (?:said|says|told|announced|sold|won|launched|recalled)\b)")


def _speakers(text: str, ents: list[Ent]) -> frozenset[str]:
    """Names that act as companies somewhere in the document: an owner with a possessive ("X's")
    or the subject of a reporting verb ("X said")."""
    out = set()
    for e in ents:
        if e.type in ("ORG", "PERSON", "GPE") and SPEAKS.match(text, e.end):
            out.add(text[e.start : e.end])
    return frozenset(out)


def _may_be_product(text: str, e: Ent, firms: frozenset[str], places: bool = True) -> bool:
    """A mention that a product rule may retype: no title, not typed by its form already, one to
    three words, no company, place or person the tables or the document know."""
    word = text[e.start : e.end]
    if e.titles or e.fixed or e.type not in ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP"):
        return False
    if e.type == "NORP" and (word in demonym_words() or word.endswith("s")):
        return False  # "Danish", "Sunnis": a people; "Paxlovid" typed NORP is a name (s35)
    words = word.split()
    if not 1 <= len(words) <= 3 or not word[:1].isalnum():
        return False
    if e.type == "PERSON" and len(words) > 1:
        return False  # "Apple's Tim Cook": a person's full name
    if word in firms or lookup_company(word) or lookup_person(word):
        return False
    if places and _place(word):
        return False
    low = words[-1].lower().rstrip(".")
    return not (
        low in legal_forms()
        or low in entity_words("company_tail")
        or low in form_words("org_head")
        or low in form_words("body_word")
    )


# 1. classes ----------------------------------------------------------------------------------

CLASS = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’]*[ -])?[A-Z][\w'’]*)-class\b(?= ([a-z]+)\b)")


def class_names(text: str, m: _Mentions) -> None:
    nouns = all_product_nouns() | form_words("craft_noun")
    for mt in CLASS.finditer(text):
        noun = mt.group(2)
        if noun not in nouns and noun.rstrip("s") not in nouns:
            continue  # "a world-class player", "First-class mail": no vessel's or product's noun
        s, end = mt.start(1), mt.end()
        lead = re.match(r"(?:The|A|An|In|On|At|For|By) ", text[s:end])
        if lead:
            s += lead.end()  # "The Virginia-class submarine": the article opens the sentence
        single = noun[:-1] if noun.endswith("s") and noun[:-1] in nouns else noun
        name = f"{text[s:end]} {single}"
        m.put(Ent(s, end, "PRODUCT", name, fixed=True))


# 2. a company's product ------------------------------------------------------------------------

OWNER_END = re.compile(r"['’]s? (?:([a-z-]+) )?")
POSSESSIVE_AT = re.compile(r"['’]s\b")
OWNED = re.compile(r"['’]s? (?:([a-z-]+) )?\Z")


MODEL_RUN = re.compile(r"(?:[A-Za-z][\w.-]*[ ]?)+")
MODEL_WORD = re.compile(r"[A-Za-z]*[A-Z][\w.-]*|\d+[A-Za-z]{0,3}")


def _owned_model(text: str, start: int) -> int:
    """The end of a model's name that NER missed, right at ``start`` after a company's
    possessive: one to four words, each capitalised or a number, one with a digit, the first
    with a capital letter ("M6", "Snapdragon 8 Elite", "iOS 26"); 0 where there is none."""
    end, words, k = start, 0, start
    while words < 4:
        mt = MODEL_WORD.match(text, k)
        if not mt or (
            mt.end() < len(text) and (text[mt.end()].isalnum() or text[mt.end()] in "'’")
        ):
            break
        word = mt.group(0).rstrip(".")
        if words == 0 and not any(c.isupper() for c in word):
            return 0
        end, words = k + len(word), words + 1
        if text[end : end + 1] != " ":
            break
        k = end + 1
    run = text[start:end]
    if not words or not any(c.isdigit() for c in run) or re.fullmatch(r"[\d ]+", run):
        return 0
    return end


def owned_products(
    text: str, m: _Mentions, companies: frozenset[str], firms: frozenset[str], taken: _Taken
) -> list[tuple[int, int]]:
    """Retype names after a company's possessive, add models NER missed there; return the spans
    of figures that are part of a model's name."""
    freed: list[tuple[int, int]] = []
    order = list(m.ents)
    mods = product_words("owned_mod")
    stop = product_words("not_product_after")
    for a in order:
        if a.type != "ORG" or a.titles or text[a.end : a.end + 1] not in ("'", "’"):
            continue
        owner = text[a.start : a.end]
        if not (owner in companies or lookup_company(owner)):
            continue  # "Harlow College's Kennet School": no company's product
        mt = OWNER_END.match(text, a.end)
        if not mt or (mt.group(1) and mt.group(1) not in mods):
            continue
        s = mt.end()
        end = _owned_model(text, s)
        if not end or m.hits(s, end):
            continue
        first = text.find(" ", s, end)
        first = end if first < 0 else first
        if taken.hits(s, first):
            continue  # "Tesla's Q3 deliveries": a date or a figure
        # "iOS 26": a number after the model's first word is part of its name, no figure
        freed.extend(taken.hits(s, end))
        m.put(Ent(s, end, "PRODUCT", text[s:end], fixed=True, tags={"owned"}))
    for a, b in pairwise(order):
        if a.type != "ORG" or a.titles:
            continue
        owner = text[a.start : a.end]
        if not (owner in companies or lookup_company(owner)):
            continue  # "Harlow College's Kennet School": no company's product
        mt = OWNED.search(text, a.end, b.start)
        if not mt or mt.start() != a.end or (mt.group(1) and mt.group(1) not in mods):
            continue  # OWNED opens with the possessive's apostrophe
        # "Eisai's rival Leqembi": the descriptor that made the name look like a firm's is
        # the owner's word here
        own = firms - {text[b.start : b.end]} if mt.group(1) else firms
        if not _may_be_product(text, b, own):
            continue
        nxt = NEXT_WORD.match(text, b.end)
        if nxt and nxt.group(1) in stop:
            continue
        if POSSESSIVE_AT.match(text, b.end):
            continue  # "Alphabet's Waymo's": an owner itself
        b.type, b.fixed = "PRODUCT", True
        b.tags.add("owned")
    return freed


# 3. a name before a product noun -----------------------------------------------------------------

# a determiner, a possessive or a number before the name, with at most one lower-case modifier
# between ("a driverless 8R tractor", "its foldable Mavic drones"; session 13)
BEFORE_PRODUCT = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|new|more|older|first|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozen|\d[\d,.]*)|['’]s?)(?: [a-z][a-z-]+)? \Z"
)


POSSESSIVE = re.compile(r"(?:\b(?:its|their|his|her|our)|['’]s?) (?:[a-z-]+ )?\Z")
NAME_BEFORE_NOUN = re.compile(r"(?<![\w'’.-])([A-Z][\w-]*[a-z][\w-]*)(?= ([a-z]+)\b)")


def noun_products(
    text: str, m: _Mentions, firms: frozenset[str], english: frozenset[str] = frozenset()
) -> None:
    nouns = all_product_nouns()
    counted = product_words("count_noun")
    for e in m.ents:
        nxt = NEXT_WORD.match(text, e.end)
        if nxt and nxt.group(1) in counted:
            # "54 million iPhone units": a count before the name, no owner ("X's Waymo units")
            if BEFORE_PRODUCT.search(text, max(0, e.start - 20), e.start) and not (
                POSSESSIVE.search(text, max(0, e.start - 30), e.start)
            ) and _may_be_product(text, e, firms):  # fmt: skip
                e.type, e.fixed = "PRODUCT", True
            continue
        if not nxt or nxt.group(1) not in nouns:
            continue
        word = text[e.start : e.end]
        if (
            e.fixed and e.type == "ORG" and not e.titles and " " not in word
            and word.lower() in english and nxt.group(1).endswith("s")
            and not (word in firms or lookup_company(word))
        ):  # fmt: skip
            e.type = "PRODUCT"  # "and Tomahawk missiles": as forms.word_products reads it
            continue
        if not BEFORE_PRODUCT.search(text, max(0, e.start - 20), e.start):
            # "attacks on Linux servers": a place no table knows, before a product noun
            if (
                e.type in ("GPE", "LOC") and not e.fixed and " " not in word
                and place_pop(word) < 0 and _may_be_product(text, e, firms)
            ):  # fmt: skip
                e.type, e.fixed = "PRODUCT", True
            continue
        owned = POSSESSIVE.search(text, max(0, e.start - 30), e.start) is not None
        if e.fixed and not e.titles and e.type in ("LOC", "FAC") and owned:
            # "its Panther Lake laptop chips": a head word's type yields to an owner and a
            # product noun
            if not (word in firms or lookup_company(word) or _place(word)):
                e.type = "PRODUCT"
            continue
        if not _may_be_product(text, e, firms, places=False):
            continue
        if place_kinds().get(word) or lookup_alias(word):
            continue  # "the Texas cars": a country, a state
        if not owned and place_pop(word) >= BIG_TOWN:
            continue  # "the Detroit cars"; after an owner ("its Falcon sensor") a product
        e.type, e.fixed = "PRODUCT", True
    # "the Orion capsule", "18 Qianfan satellites": a capitalised word NER left untagged
    for mt in NAME_BEFORE_NOUN.finditer(text):
        s, end = mt.span(1)
        word = mt.group(1)
        if mt.group(2) not in nouns or m.hits(s, end):
            continue
        before = BEFORE_PRODUCT.search(text, max(0, s - 20), s)
        if not before:
            continue
        if word.lower() in english and _sentence_start(text, before.start()):
            continue  # "The Electric cars": a sentence's first words
        if word in firms or lookup_company(word) or lookup_person(word):
            continue
        if place_kinds().get(word) or lookup_alias(word) or place_pop(word) >= BIG_TOWN:
            continue
        if is_title_word(word) or word.lower() in english_months() or word in demonym_words():
            continue
        m.put(Ent(s, end, "PRODUCT", word, fixed=True))


def _sentence_start(text: str, s: int) -> bool:
    k = s - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in '.!?\n:"“'


@cache
def demonym_words() -> frozenset[str]:
    """Demonyms and nationality adjectives the tables know ("German", "Chinese")."""
    return frozenset(w for w, t in place_kinds().items() if t == "demonym")


# 4. things sold --------------------------------------------------------------------------------

SOLD_OF = re.compile(r"\b([A-Za-z]+) of (?:the )?\Z")


APPROVED = re.compile(r"\b([a-z]+) \Z")


def sold_products(text: str, ents: list[Ent], firms: frozenset[str]) -> None:
    sold = product_words("sold_of")
    sold_after = product_words("sold_after")
    approved = product_words("approve_verb")
    surnames = {
        text[x.start : x.end].split()[-1]
        for x in ents
        if x.type == "PERSON" and " " in text[x.start : x.end]
    }
    given = table_index("given_names.jsonl", "name")
    for e in ents:
        word = text[e.start : e.end]
        if " " in word:
            continue
        mt = SOLD_OF.search(text, max(0, e.start - 30), e.start)
        sold_of = bool(mt and mt.group(1).lower() in sold)
        # "sales of X rose 40%": the move is the sales', no share price that makes X a firm
        own = firms - {word} if sold_of and STOCK_MOVE.match(text, e.end) else firms
        if not _may_be_product(text, e, own):
            continue
        after = NEXT_WORD.match(text, e.end)
        if sold_of or (after and after.group(1) in sold_after):
            e.type, e.fixed = "PRODUCT", True  # "sales of Wegovy", "Keytruda sales rose"
            continue
        # "regulators approved Zepbound for ...": a name no table knows after a verb of
        # approval or recall, not a person the text names
        mt = APPROVED.search(text, max(0, e.start - 20), e.start)
        if mt and mt.group(1) in approved and word not in surnames and word not in given:
            e.type, e.fixed = "PRODUCT", True


# 4b. numbered products and products joined to products ------------------------------------------

NUMBERED = re.compile(r"(?<![\w'’.-])([A-Z][A-Za-z]+) (\d{1,3})\b(?![.,]\d|%|-)")
VERB_BEFORE = re.compile(r"\b([a-z]+) (?:(?:the|its|a|an|their|new) )?\Z")


def numbered_products(
    text: str, m: _Mentions, firms: frozenset[str], taken: _Taken
) -> list[tuple[int, int]]:
    """A capitalised word and a number ("Windows 10", "Pixel 10") after a verb of using, selling
    or launching (kind ``product_verb``: "ran Windows 10", "selling the Pixel 10"), or whose word
    opens a product the document names ("Windows 11" beside "Windows 10"), is a PRODUCT, its
    number no figure; return the number spans."""
    verbs = product_words("product_verb")
    freed: list[tuple[int, int]] = []
    for _ in range(2):  # the second pass reads the stems the first found ("Windows 11")
        stems = {text[e.start : e.end].split()[0] for e in m.ents if e.type == "PRODUCT"}
        _numbered(text, m, firms, taken, verbs, stems, freed)
    return freed


def _numbered(
    text: str,
    m: _Mentions,
    firms: frozenset[str],
    taken: _Taken,
    verbs: frozenset[str],
    stems: set[str],
    freed: list[tuple[int, int]],
) -> None:
    for mt in NUMBERED.finditer(text):
        s, end = mt.span()
        word = mt.group(1)
        hit = m.hits(s, end)
        if any(
            x.start < s or x.end > end or x.type not in ("ORG", "GPE", "PERSON", "LOC") for x in hit
        ):
            continue
        if word in firms or lookup_company(word) or is_title_word(word):
            continue
        if word.lower() in english_months() or word.lower() in product_words("not_model_word"):
            continue  # "Phase 2", "Section 7": a part or a stage, no product
        before = VERB_BEFORE.search(text, max(0, s - 30), s)
        verb = bool(before and before.group(1) in verbs)
        if not (word in stems or verb):
            continue
        if _place(word) and not verb:
            continue  # "flew a Falcon 9": a verb of use outweighs a place's name (Falcón)
        if any((x.start, x.end, x.type) == (s, end, "PRODUCT") for x in hit):
            continue
        m.put(Ent(s, end, "PRODUCT", text[s:end], fixed=True))
        freed.extend(taken.hits(mt.start(2), end))


NUMBER_MODEL = re.compile(
    r"(?<![\w.,$€£%-])(\d{3})(-\d{1,3})?(?: ([A-Z]{2,4})(?: (\d{1,2}))?)?(?![\w%.,-]| ?%)"
)


def number_models(text: str, m: _Mentions, taken: _Taken) -> list[tuple[int, int]]:
    """An aircraft's model number ("737-800 jets", "the 737 MAX 10"): three digits that are no
    round number, with a variant's number after a hyphen or a variant's name in capitals, before
    a product noun or (with the name in capitals) anywhere, is a PRODUCT; a range ("320-350
    jets") or a bare count is none. Return the figure spans it takes."""
    crafts = form_words("craft_noun")
    nouns = all_product_nouns() | crafts | {w + "s" for w in crafts}
    codes = currencies().codes
    freed: list[tuple[int, int]] = []
    for mt in NUMBER_MODEL.finditer(text):
        if not (mt.group(2) or mt.group(3)) or int(mt.group(1)) % 10 == 0:
            continue
        if mt.group(3) and (mt.group(3) in codes or mt.group(3).lower() in scale_words()):
            continue
        s, end = mt.span()
        nxt = NEXT_WORD.match(text, end)
        if not (mt.group(3) or (nxt and nxt.group(1) in nouns)):
            continue
        if any(x.start < s or x.end > end for x in m.hits(s, end)):
            continue
        m.put(Ent(s, end, "PRODUCT", text[s:end], fixed=True))
        freed.extend(taken.hits(s, end))
    return freed


JOINED = re.compile(r"^(?: and | or |, )([A-Z][a-z][\w-]*)\b(?![\w'’-])")


def joined_products(
    text: str, m: _Mentions, firms: frozenset[str], english: frozenset[str]
) -> None:
    """A one-word name joined by "and", "or" or a comma to a PRODUCT after it ("Eliquis and
    Jardiance") that NER left untagged or typed a place or organisation no table knows is a
    PRODUCT too."""
    for p in [e for e in m.ents if e.type == "PRODUCT"]:
        mt = JOINED.match(text[p.end : p.end + 40])
        if not mt:
            continue
        s, end = p.end + mt.start(1), p.end + mt.end(1)
        word = mt.group(1)
        if word.lower() in english or word in firms or lookup_company(word) or _place(word):
            continue
        if lookup_person(word) or word in demonym_words() or is_title_word(word):
            continue
        hit = m.hits(s, end)
        if not hit:
            m.put(Ent(s, end, "PRODUCT", word, fixed=True))
        elif len(hit) == 1 and (hit[0].start, hit[0].end) == (s, end):
            x = hit[0]
            if not x.fixed and not x.titles and x.type in ("ORG", "GPE", "LOC"):
                x.type, x.fixed = "PRODUCT", True


# 4c. lists of products after a cue of commerce, and a maker's name before a model's (s35) --------

# a product's name: a capitalised word and up to two more, capitalised or a model's number
# ("Corolla", "Galaxy Z Fold7", "Model Y", "MacBook Air")
ITEM = r"[A-Z][\w-]*(?:\.\d+)?(?: (?:[A-Z][\w-]*|\d+[A-Za-z]?)){0,2}"
# the joints of a list, each item with or without its article
# no item ends inside a number ("sales of EUR 4.83 billion": no item "EUR 4")
LIST = re.compile(
    rf"(?:the )?({ITEM})((?:(?:,| and| or|, and) (?:the )?{ITEM})*)(?![\w'’-]|[.,]\d)"
)
NEXT_ITEM = re.compile(rf"(?:,| and| or|, and) (?:(the) )?({ITEM})")
# a cue before the list: "sales of", "orders for", "recalled", "Novo Nordisk's"
CUE_WORD = re.compile(r"\b([A-Za-z-]+) (?:(of|for) )?\Z")
LIST_TYPES = ("ORG", "PERSON", "GPE", "LOC", "FAC", "NORP", "LAW")


def _items(text: str, s: int) -> list[tuple[int, int, bool]]:
    """The names of a list that opens at ``s`` (after an optional "the"), each with its span and
    whether an article stands before it."""
    mt = LIST.match(text, s)
    if not mt:
        return []
    out = [(mt.start(1), mt.end(1), text.startswith("the ", s))]
    k = mt.end(1)
    while (nx := NEXT_ITEM.match(text, k)) and nx.end() <= mt.end():
        out.append((nx.start(2), nx.end(2), nx.group(1) is not None))
        k = nx.end()
    return out


def _sold(mt: re.Match[str]) -> bool:
    """A noun of sales before "of" ("sales of") or of orders before "for" ("orders for")."""
    kind = "sold_of" if mt.group(2) == "of" else "sold_for"
    return mt.group(1).lower() in product_words(kind)


def _cue(text: str, s: int, companies: frozenset[str], m: _Mentions) -> str:
    """The kind of commerce cue right before ``s``: "sold" (a noun of sales or trade and its
    "of"/"for": "sales of", "orders for"), "verb" (a verb of launching, recalling or making:
    "recalled"), "owner" (a company's possessive: "Pfizer's"), or ""."""
    before = text[max(0, s - 40) : s]
    mt = CUE_WORD.search(before)
    if mt and mt.group(2):
        service = mt.group(1).lower() in product_words("service_of")
        return "sold" if _sold(mt) and not service else ""  # "users of Facebook": services
    if mt and (
        mt.group(1) in product_words("launch_verb") or mt.group(1) in product_words("make_verb")
    ):
        return "verb"
    if before.endswith(("'s ", "’s ")):
        for x in m.hits(s - 4, s - 3):
            owner = text[x.start : x.end]
            if x.type in ("ORG", "PERSON") and (owner in companies or lookup_company(owner)):
                return "owner"
            if x.type in ("ORG", "PERSON") and not x.titles:
                return "named"  # a name's possessive: products only where NER joined a pair
    return ""


def _product_name(text: str, s: int, end: int, the: bool, companies: frozenset[str],
                  english: frozenset[str], owned: bool = False) -> bool:  # fmt: skip
    """A list's item may be a product's name: no company, person, country, state or alias the
    tables or the document know, nor a town unless "the" stands before it (a town takes no
    article: "sales of the Mustang"), no title, month or demonym, no body's, firm's, law's or
    place's last word; a lone English word only after "the" ("sales of the Golf") or an
    owner's possessive ("Honda's Civic and Accord")."""
    word = text[s:end]
    words = word.split()
    if word in companies or lookup_company(word) or lookup_person(word):
        return False
    if place_kinds().get(word) or lookup_alias(word) or (not the and place_pop(word) >= TOWN):
        return False
    if is_title_word(words[0]) or words[0].lower() in english_months() or word in demonym_words():
        return False
    if words[0] in currencies().codes or currencies().letters(words[0]):
        return False  # "sales of EUR 435 million": an amount, no product
    if words[-1].lower() in not_product_heads() or words[-1].lower() in legal_forms():
        return False
    if the or owned or len(words) > 1 or any(c.isdigit() for c in word):
        return True
    return word.lower() not in english


def cued_lists(text: str, m: _Mentions, companies: frozenset[str], english: frozenset[str]) -> None:
    """Names after a cue of commerce are PRODUCTs, one each where two or more are joined by
    "and", "or" or commas: "sales of the Corolla", "orders for the Gripen", "demand for the
    MacBook Air" (``product_forms`` kinds ``sold_of`` and ``sold_for``), "recalled the Civic and
    the Accord" (``launch_verb``, ``make_verb``), "Novo Nordisk's Wegovy and Ozempic" (a
    company's possessive, where NER read the pair as one ORG). An item is retyped where a
    mention of a type a name of commerce is often mistaken for covers it exactly, or the list as
    one mention is split; NER's silence adds an item only where it holds no English word alone."""
    starts = [
        mt.end() for mt in re.finditer(r"(?:\b(?:of|for|[a-z]+ed|makes|builds)|['’]s) ", text)
    ]
    for s in starts:
        items = _items(text, s)
        if not items:
            continue
        kind = _cue(text, s, companies, m)
        if not kind or (kind in ("owner", "named") and len(items) < 2):
            continue  # one name after an owner: owned_products reads it
        whole = m.hits(items[0][0], items[-1][1])
        joined = [x for x in whole if x.start <= items[0][0] and x.end >= items[-1][1]]
        if kind == "named" and not (joined and joined[0].type == "ORG"):
            continue  # "Anna Berg's Rex and Bella": no pair NER read as one organisation
        nxt = NEXT_WORD.match(text, items[-1][1])
        if (
            kind in ("owner", "named")
            and nxt
            and nxt.group(1) in product_words("not_product_after")
        ):
            continue  # "Samsung's Gumi and Suwon plants": the company's parts
        owner = None
        if kind == "named":
            kind = "owner"  # "Novo Nordisk's Wegovy and Ozempic", the maker typed a person
            owner = next((x for x in m.hits(s - 4, s - 3) if x.type == "PERSON"), None)
        if len(items) > 1 and joined:
            x = joined[0]
            name = text[x.start : x.end]
            if x.titles or x.type not in LIST_TYPES or lookup_company(name) or name in companies:
                continue  # "Procter & Gamble", "Marks and Spencer": one company
            if (x.start, x.end) != (items[0][0], items[-1][1]):
                continue
        for a, b, the in items:
            if any(
                (x.start, x.end, x.type) == (a, b, "PRODUCT") for x in m.hits(a, b)
            ):  # fmt: skip
                for x in m.hits(a, b):
                    x.fixed = True  # "the Civic and the Accord": no law's name over them
                continue
            if re.match(r" [A-Z0-9]", text[b : b + 2]):
                continue  # "the Model Y Long Range": a longer name than a list's item
            if not _product_name(text, a, b, the, companies, english, kind == "owner"):
                continue
            if kind == "verb" and not the and len(items) == 1 and " " not in text[a:b]:
                continue  # "approved Zepbound": sold_products reads a verb's bare object
            if kind == "verb" and text[a:b].lower() in english:
                continue  # "unveiled the Budget": a verb's object that is an English word
            hit = [x for x in m.hits(a, b) if not (len(items) > 1 and x in joined)]
            if not hit:
                m.put(Ent(a, b, "PRODUCT", text[a:b], fixed=True))
                continue
            x = hit[0]
            if len(hit) > 1 or (x.start, x.end) != (a, b) or x.titles or x.type not in LIST_TYPES:
                continue
            if x.fixed and x.type == "ORG":
                continue  # "users of Facebook and Instagram": a form rule's organisations
            if x.type == "PERSON" and (" " in text[a:b] or kind == "owner"):
                continue  # "Apple's Tim Cook and Jeff Williams", "Pfizer's Bourla and Boshoff"
            if x.type == "NORP" and text[a:b] in demonym_words():
                continue
            if x.name != text[a:b] or (x.type in ("GPE", "LOC") and " " in x.name):
                continue  # "the Times" named "The Times" by a table; "the Middle East": a region
            x.type, x.fixed, x.name = "PRODUCT", True, text[a:b]
        if owner is not None and any(
            x.type == "PRODUCT" for x in m.hits(items[0][0], items[-1][1])
        ):  # fmt: skip
            owner.type, owner.fixed = "ORG", True  # the maker of the pair it owns


MAKER_MODEL = re.compile(rf" ({ITEM})(?![\w'’-])")


def maker_runs(text: str, m: _Mentions, companies: frozenset[str], english: frozenset[str]) -> None:
    """A company's name right before a model's, after an article, a number or a possessive, is
    one PRODUCT: "the Toyota Corolla", "80,000 Volkswagen Polo models", "the Nissan Qashqai".
    The company is one the tables or the document know; the model's words are no company's,
    body's or place's last word, no person's name; a model that is a lone English word ("the
    Ford Explorer") needs a product's noun after it or a cue of commerce before it."""
    nouns = all_product_nouns()
    for x in list(m.ents):
        maker = text[x.start : x.end]
        if x.type != "ORG" or x.titles or not (maker in companies or lookup_company(maker)):
            continue
        mt = MAKER_MODEL.match(text, x.end)
        if not mt or not BEFORE_PRODUCT.search(text, max(0, x.start - 20), x.start):
            continue
        s, end = mt.span(1)
        model = mt.group(1)
        run = text[x.start : end]
        if lookup_company(run) or run in companies or model in companies or lookup_company(model):
            continue  # "the Samsung Biologics": a company of its own
        if any(
            w.lower() in not_product_heads() or w.lower() in legal_forms() for w in model.split()
        ):
            continue  # "the Ford Foundation", "the Toyota Motor"
        first = model.split()[0]
        if lookup_person(model) or is_title_word(first) or place_kinds().get(first):
            continue
        if lookup_alias(first) or place_pop(first) >= BIG_TOWN:
            continue  # "the Samsung Seoul office"; a small town's name is a model's ("Polo")
        if any(y is not x and (y.start < s or y.end > end) for y in m.hits(s, end)):
            continue
        if model.lower() in english:
            nxt = NEXT_WORD.match(text, end)
            k = x.start - 4 if text[x.start - 4 : x.start] == "the " else x.start
            cue = CUE_WORD.search(text, max(0, k - 40), k)
            sold = cue is not None and (
                _sold(cue) if cue.group(2) else cue.group(1) in product_words("product_verb")
            )
            if not ((nxt and nxt.group(1) in nouns) or sold):
                continue  # "Then the Ford Explorer opened": an English word alone
        m.put(Ent(x.start, end, "PRODUCT", run, fixed=True))


# 5. laws and bills ---------------------------------------------------------------------------------

# a word of a law's name, or a bracket inside it: "(Scotland)", "(Use and Access)" (session 11)
LAW_NAME_WORD = (
    r"(?:[A-Z][\w-]*(?:s['’]|['’]s)?|\([A-Z][\w-]*(?: (?:[A-Z][\w-]*|and|of|for|the))*\))"
)
LAW_LINK = r"(?:of|on|for|and|the|to|in|with|from|against|de)"


@cache
def _law_run() -> re.Pattern[str]:
    heads = set(entity_words("law_head")) | set(product_words("law_end"))
    alt = "|".join(longest_first(w.title() for w in heads))
    return re.compile(
        rf"(?<![\w'’-])((?:{LAW_NAME_WORD} (?:{LAW_LINK} )*){{1,10}}(?:{alt}))\b"
        rf"(?:(?: of|,)? ((?:1[6-9]|20)\d\d)\b)?"
    )


def law_runs(text: str, m: _Mentions) -> list[tuple[int, int]]:
    freed = []
    for mt in _law_run().finditer(text):
        s, end = mt.span(1)
        words = mt.group(1).split()
        while words and words[0] in ("The", "A", "An"):
            s += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or words[0].lower() in ("of", "on", "for", "and", "the"):
            continue
        if is_title_word(words[0].strip("()")) or "(" in words[0]:
            continue
        if len(words) == 2 and words[0] in table_index("given_names.jsonl", "name"):
            continue  # "Jane Bill": a person
        if body_led(" ".join(words)) and not mt.group(2):
            continue  # "Office for Nuclear Regulation": a body named by its remit (session 12)
        if mt.group(2):
            end = mt.end()
        inside = m.hits(s, end)
        if any(x.start < s or text[end : x.end].strip(".,;:") for x in inside):
            continue  # a mention that sticks out: another name's words (not a full stop)
        if any(x.type == "LAW" and x.start == s and x.end == end for x in inside):
            continue
        if any(x.type == "PRODUCT" and x.fixed for x in inside):
            continue  # "recalled the Civic and the Accord": a product the cued lists found
        if _sentence_start(text, s) and any(
            x.type == "LAW" and x.start > s and text[s : x.start].endswith(" the ") for x in inside
        ):
            continue  # "Money from the Inflation Reduction Act pays": the sentence's first words
        if not inside and not mt.group(2) and "(" not in mt.group(1):
            continue  # nothing NER saw and no year: context.laws reads "the X Act" after "the"
        new = Ent(s, end, "LAW", text[s:end], fixed=True)
        m.put(new)
        if mt.group(2):
            freed.append(mt.span(2))
    return freed


# 6. waterways ----------------------------------------------------------------------------------

WATER = re.compile(
    r"\b([A-Za-z]+) (?:on|along|up|down) the ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)\b(?![\w'’-])"
)


AFTER_WATER = frozenset(
    {"at", "in", "to", "from", "near", "below", "above", "was", "were", "is", "are", "and",
     "for", "after", "until", "by", "has", "had", "have", "fell", "rose"}
)  # fmt: skip


def waterways(text: str, m: _Mentions) -> None:
    """A name after a noun of boats or their traffic and "on the" ("barges on the Rhine",
    "traffic on the Danube", kind ``water_user``) is a river, lake or sea (LOC), where no table
    knows it as a country, state or company and no lower-case noun follows it ("the Rhine
    ports" names ports)."""
    users = product_words("water_user")
    for mt in WATER.finditer(text):
        if mt.group(1).lower() not in users:
            continue
        s, end = mt.span(2)
        word = mt.group(2)
        if place_kinds().get(word) or lookup_alias(word) or lookup_company(word):
            continue
        nxt = NEXT_WORD.match(text, end)
        if nxt and not (nxt.group(1) in AFTER_WATER or nxt.group(1).endswith("ed")):
            continue  # "the Rhine ports": a name before a noun names the noun's thing
        hit = m.hits(s, end)
        if any(x.titles or x.type in ("LOC", "PRODUCT", "EVENT", "LAW") for x in hit):
            continue
        m.put(Ent(s, end, "LOC", word, fixed=True))

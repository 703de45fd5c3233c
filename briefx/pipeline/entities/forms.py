"""Entity spans and types read off the form of a name, after NER and the repairs in entities.py.

Each rule is general (a kind of name, never a name): it reads the words of the text and the
tables in ``models/`` (``entity_forms.jsonl``, ``legal_forms.jsonl``, ``world_places.jsonl``).
``refine(doc, ents, words)`` runs them in this order over the document's mentions:

1. Bullets: a list marker ("•", "*", "-") is never inside a span.
2. Capital lines: a speaker label in a transcript ("MS LINDQVIST:") is that person; a label that
   names no person ("QUESTION:", "THE CHAIR:") holds no entity; time zones ("CDT") are none.
3. Legal forms: a capitalised run ending with a company's legal form ("Granite Peak
   Constructors LLC", "Fjordvind AS") is one ORG, whatever NER made of it.
4. Lists: the items of a bulleted list are one kind of thing: where most items start with a
   name of one type, an item that starts with a capitalised run is a name of that type.
5. "The": a newspaper's title keeps its "The" ("The Economist"); so does a name written with a
   capital "The" inside a sentence ("shares in The Boeing Company").
6. Laws keep their year ("Clean Harbors Act of 1981", "Water Industry Act 1991").
7. Storms: "Hurricane Zelda", "Post-Tropical Storm Idris" are one EVENT ("Storm Shadow missiles",
   a product's kind noun after it, a PRODUCT).
8. Designations: a word with a model number ("Lumen-B2", "T-72B3", "ND-5X"), a name with a
   number ("Talon 7", "Atlas V"), or a designation with a name after it ("AL-9 Pelican") is a
   PRODUCT where it stands before a product noun, beside a named product, or NER tagged it.
   Session 8: a company's name before a model number or a designation is one branded PRODUCT
   ("Boeing 747-8", "Boeing 737 MAX 10", "the Airbus A321neo to ..."); product nouns count in
   the plural ("Pixel 9 phones").
9. Facilities and natural places by their last word ("Vandenberg Space Force Base" FAC,
   "Space Launch Complex 46" FAC with its number, "Kaziranga National Park" LOC). Session 8:
   a body's head word makes an ORG ("Port of Rotterdam Authority"), so does a company's line
   of business ("Wizz Air", ``sector_word``); a venue word that opens a name makes a FAC
   ("Circuit Gilles Villeneuve").
   Session 9: a natural feature's generic term that opens the name ("Cerro Torre", "Salar de
   Uyuni", "Mont Ventoux", "Sierra de Gredos") or stands before "of" ("Strait of Hormuz", "Gulf
   of Aden") makes a LOC, and so does a landform's last word ("Heron Island", "Rogers Pass"),
   unless a body's or a company's word is in the name ("Sierra Club", "Sierra Nevada
   Corporation"), the name has a number or is written in capitals, or the gazetteer knows the
   town ("Walvis Bay"); a square's word opens or ends a FAC ("Plaza de Mayo", "Tahrir Square").
   Two mentions side by side that together are a country, territory or town are one GPE
   ("French" + "Guiana", ``joined_places``).
10. Titles: an ORG span that ends in title words before a title head ("CDMI Executive" of
    "CDMI Executive Director") loses them.
11. Common words at a sentence start ("Forecasters", "Drought", "Summary") are no PERSON or
    ORG: one word that English knows in lower case (the model's WordNet lemma index), that the
    document never writes capitalised inside a sentence and no table knows; nor a GPE or LOC
    where the word is a common noun no place table knows ("Athletes from Kenya").
12. Places: a name the world gazetteer knows (cities, first-level subdivisions) that NER typed
    ORG, NORP, LOC or FAC is a GPE ("Bergen", "North Darfur"), as is a PERSON that names a
    town (15,000 people) and no person the document or the people table gives, no given name,
    after a word of place ("in", "into", "near", "at", "neighbouring"), or of a country the
    document names (100,000 people: "Estonian ... Tallinn"), or a city of 500,000; unknown
    capitalised runs in "(City)" or after "in" that the gazetteer knows are added. A place
    after "the" that is no country, state or alias is a river or region, a LOC ("the St.
    Lawrence", "the Donbas region"), unless it modifies a noun ("the Fergana cotton harvest").
    The document's own evidence wins over the gazetteer (session 7): a name typed ORG that the
    document shows to be a company (``company_words``: a listed company, "shares of X", "X,
    which", "carmaker X", "X's chief executive", "X gained 0.8%") stays ORG unless it follows
    "in", "into" or "near"; a bare one-word PRODUCT that names a town (no determiner or brand
    before it, no product noun after it: "to guard Daugavpils") is the town.
13. "Government of X" is the GPE X (the government of the day is not tagged).
17. Organisations by context: a descriptor noun right before a name ("software maker X",
    "newspaper X"; ``entity_forms.jsonl`` kind ``org_descriptor``), "X, which", "shares in X",
    "X shares rose" make an ORG of a name typed a person or an unknown place, unless the name
    opens with a given name.
18. A name typed a place that opens with a given name, that no gazetteer knows and that has no
    town or place head word after the given name, is a person ("a cross from Dale Moravec").
    Session 12: so is a name typed an organisation of two or three words opening with a given
    name that no table or company context knows and no word of which is a head word or
    English ("Ngozi Okafor"); "law firm X" makes X an ORG also where X opens with a given name.
19. Head words and coordination (session 6): companies coordinated at a legal form are split
    and a sentence-initial descriptor ("Rival X Motors Ltd") cut off; roads by their code
    ("I-80", "A9" among road words, "Route 9") are FAC; a natural place's or subdivision's word
    that leads ("River Wye", "County Kerry") and a metropolitan region ("Greater Manchester")
    type the name; public bodies keep "for (the) ...", an organisation's acronym before them and
    coordinated first words, and a body named with its country last is one ORG; names joined
    to an ORG by "and"/"or"/a comma are ORGs; a run ending with a newspaper's word is one ORG;
    a person after a lower-case "the", or ending with a lone capital letter, is no person; a
    name opening with a numbered product is that product, a stem of a company or product the
    document names is that company or product.
    Session 7: a road code written "the A27" is a road also where its paragraph speaks of
    roads or the document's other roads have its letter, never after a possessive or a brand
    ("its A350", "Airbus A350"); "US 1" / "SR 9" need road words in the paragraph, not the
    sentence; a name with a four-digit model number before a product noun ("Ram 1500
    pickups") is a PRODUCT.

Each rule leaves a mention alone where the document itself says otherwise (a longer name the
document gives, a title before a person); linking of short forms is in ``entity_links.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import pairwise

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from briefx.normalize.cues import demonym_countries
from briefx.normalize.figures import currencies, place_country
from briefx.normalize.names import (
    body_words,
    companies,
    entity_words,
    fac_heads,
    firm_short_forms,
    form_words,
    is_title_word,
    lookup_alias,
    lookup_company,
    lookup_person,
    not_entity_word,
    org_heads,
    person_styles,
    place_kinds,
    place_pop,
    singular_norp,
    title_words,
    world_places,
    written_form_dropped,
)
from briefx.normalize.numbers import scale_words
from briefx.normalize.scores import score_starts
from briefx.pipeline._util import text_of
from briefx.pipeline.coref import Covered, Ent
from briefx.pipeline.entities.commons import listed_partner
from briefx.pipeline.entities.people import styled_people
from briefx.resources import read_jsonl, table_index

BULLETS = "•*-–—·▪◦‣"
ARTICLE_WORDS = frozenset({"A", "An", "The", "a", "an", "the"})
BULLET_LINE = re.compile(r"(?m)^[ \t]*[•*\-–—·▪◦‣]+[ \t]+")
UPPER = "A-ZÀ-ÖØ-Þ"  # capital letters of the Latin alphabets
SPEAKER = re.compile(rf"(?m)^([{UPPER}][{UPPER}.'’ -]{{1,40}}?)(?:\s*\([^)\n]*\))?:")
DESIGNATION = re.compile(
    r"^(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Z])[A-Z][A-Za-z]*(?:-?[A-Za-z0-9]+)*$"
)
YEAR = re.compile(r"^(1[6-9]|20)\d\d$")
ROMAN = re.compile(r"^[IVX]{1,4}$")
SENTENCE_END = ".!?:\n"


def body_led(name: str) -> bool:
    """True where a name opens with a body's head word and "of"/"for" ("Office for Nuclear
    Regulation", "Commission for Energy Regulation", "Ministry of Trade and Industry"): a body
    named by its remit, an ORG whatever its last word says (a law word, a facility's word)."""
    words = name.split()
    return (
        len(words) > 2
        and words[0][:1].isupper()
        and words[0].lower() in form_words("org_head")
        and words[1] in ("of", "for")
    )


# a legal form of initials with full stops ("a.s.", "s.r.o.", "N.V."), the last stop optional
DOTTED_FORM = re.compile(r"[a-z]{1,2}(?:\.[a-z]{1,2})+\.?")


@cache
def legal_forms() -> frozenset[str]:
    """Return company legal forms ("llc", "gmbh", "plc") from models/legal_forms.jsonl."""
    return frozenset(r["form"] for r in read_jsonl("legal_forms.jsonl"))


def is_legal_form(t: Token) -> bool:
    """True for a legal-form word as written after a company name ("LLC", "GmbH", "plc")."""
    low = t.lower_
    if DOTTED_FORM.fullmatch(low) and low + "." in legal_forms():
        return True  # "a.s" + ".": the tokenizer split the form's last full stop off
    if low not in legal_forms() and low.rstrip(".") not in legal_forms():
        return False
    if t.is_lower:  # "as", "co", "et" in lower case are English; "plc", "llc" are not
        if DOTTED_FORM.fullmatch(low):  # "a.s.", "s.r.o.": no English word
            return True
        return len(low.rstrip(".")) >= 3 and low.rstrip(".") in {"plc", "llc", "llp", "gmbh", "ltd"}
    return not t.is_title or len(low.rstrip(".")) >= 2


def sentence_start(doc: Doc, i: int) -> bool:
    """True where token i opens a sentence, a line, a heading or a list item."""
    j = i - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    if j < 0:
        return True
    prev = doc[j]
    if "\n" in prev.text or "\n" in text_of(doc)[prev.idx + len(prev) : doc[i].idx]:
        return True
    if prev.text in ("“", '"', "‘", "'", "(") and j > 0:
        return sentence_start(doc, j)
    return prev.text[-1:] in SENTENCE_END or all(c in BULLETS for c in prev.text)


def _span_tokens(doc: Doc, e: Ent) -> list[Token]:
    span = doc.char_span(e.start, e.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _overlapping(ents: list[Ent], start: int, end: int) -> list[Ent]:
    return [e for e in ents if e.start < end and start < e.end]


def _put(ents: list[Ent], new: Ent, only_inside: bool = True) -> bool:
    """Add ``new``, dropping the mentions inside it; refuse where one sticks out of it."""
    hit = _overlapping(ents, new.start, new.end)
    if only_inside and any(e.start < new.start or e.end > new.end for e in hit):
        return False
    if hit:  # the same test as _overlapping: list.remove compared mentions field by field
        ents[:] = [e for e in ents if not (e.start < new.end and new.start < e.end)]
    ents.append(new)
    return True


# 1. bullets ----------------------------------------------------------------------------------


def strip_bullets(text: str, ents: list[Ent]) -> None:
    for e in ents:
        s = e.start
        while s < e.end and (text[s] in BULLETS or text[s].isspace()):
            s += 1
        if s != e.start and s < e.end:
            cut = text[e.start : s]
            e.start = s
            e.name = e.name.removeprefix(cut)


# 2. capital lines ----------------------------------------------------------------------------


def speaker_labels(doc: Doc, text: str, ents: list[Ent]) -> None:
    """ "MS LINDQVIST:" -> PERSON "Lindqvist" (named by the linker); "QUESTION:" -> nothing."""
    honorific = form_words("honorific")
    for mt in SPEAKER.finditer(text):
        label = mt.group(1).strip()
        words = label.replace(".", " ").split()
        start = mt.start(1)
        end = start + len(mt.group(1).rstrip())
        for e in _overlapping(ents, start, end):
            ents.remove(e)
        if len(words) >= 2 and words[0].lower() in honorific and words[-1].isupper():
            sur = words[-1]
            s = text.rindex(sur, start, end)
            name = sur[:1] + sur[1:].lower()
            ents.append(Ent(s, s + len(sur), "PERSON", name, fixed=True, tags={"label"}))
    zones = form_words("time_zone")
    ents[:] = [e for e in ents if text[e.start : e.end].lower() not in zones]


# 3. legal forms -------------------------------------------------------------------------------


def _capital_run_before(doc: Doc, k: int, limit: int = 6) -> int:
    """Return the first token of the run of capitalised words ending before token k."""
    j = k
    while j > 0 and k - j < limit:
        t = doc[j - 1]
        if "\n" in t.text or t.is_space:
            break
        if t.text in ("&",) or (t.lower_ == "and" and j - 2 >= 0 and doc[j - 2].is_title):
            # "Lear Corporation and Magna International Inc.": two companies, not one
            if j - 2 >= 0 and is_legal_form(doc[j - 2]) and not is_legal_form(doc[j]):
                break
            j -= 1
            continue
        if not (t.is_title or t.is_upper or (t.text[:1].isupper() and t.is_alpha)):
            break
        if all(c in BULLETS for c in t.text):
            break
        j -= 1
    while j < k and (doc[j].lower_ in ("and", "&") or all(c in BULLETS for c in doc[j].text)):
        j += 1
    if j < k and doc[j].lower_ == "the" and sentence_start(doc, j) and not _item_start(doc, j):
        j += 1
    # "Rival Honda Motor Co": a descriptor noun that opens the sentence is no part of the name
    if j + 1 < k and doc[j].lower_ in form_words("org_descriptor") and sentence_start(doc, j):
        j += 1
    return j


def _item_start(doc: Doc, i: int) -> bool:
    """True where token i opens a bulleted list item."""
    j = i - 1
    while j >= 0 and doc[j].is_space and "\n" not in doc[j].text:
        j -= 1
    return j >= 0 and all(c in BULLETS for c in doc[j].text)


def split_companies(doc: Doc, text: str, ents: list[Ent]) -> None:
    """Cut a span that coordinates companies at a legal form ("PepsiCo Inc. and Keurig Dr
    Pepper Inc" is two) and drop a descriptor noun that opens a sentence before a company
    ("Rival Honda Motor Co"); the legal-form rule then tags each company."""
    descriptors = form_words("org_descriptor")
    for e in list(ents):
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or len(span) < 2:
            continue
        toks = list(span)
        if (
            toks[0].lower_ in descriptors
            and toks[1].text[:1].isupper()
            and sentence_start(doc, toks[0].i)
        ):
            e.start = toks[1].idx
            e.name = (
                e.name[len(toks[0].text) :].strip() if e.name.startswith(toks[0].text) else e.name
            )
            toks = toks[1:]
        for k in range(1, len(toks) - 1):
            if toks[k].lower_ in ("and", "&") and is_legal_form(toks[k - 1]):
                if is_legal_form(toks[k + 1]) or not toks[k + 1].text[:1].isupper():
                    continue
                first_end = toks[k - 1].idx + len(toks[k - 1])
                first = text[e.start : first_end]
                ents.append(
                    Ent(e.start, first_end, "ORG", lookup_company(first) or first, fixed=True)
                )
                e.start = toks[k + 1].idx
                e.name = text[e.start : e.end]
                e.type = "ORG"
                break


def _split_form(doc: Doc, i: int) -> int:
    """Return the end character of a legal form the tokenizer split at its slash ("A/S",
    "S/A", "K/S") that starts at token i, or -1; a sentence's full stop after it is left out."""
    if i + 2 >= len(doc) or doc[i + 1].text != "/" or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return -1
    last = doc[i + 2]
    form = (doc[i].text + "/" + last.text).lower()
    if form in legal_forms():
        return last.idx + len(last)
    if form.rstrip(".") in legal_forms():
        return last.idx + len(last.text.rstrip("."))
    return -1


def legal_form_names(doc: Doc, ents: list[Ent]) -> None:
    for t in doc:
        split_end = _split_form(doc, t.i) if t.i > 0 else -1
        if t.i == 0 or not (is_legal_form(t) or split_end > 0):
            continue
        prev = doc[t.i - 1]
        if not (prev.is_title or prev.is_upper) or prev.is_punct:
            continue
        if t.is_upper and prev.is_upper and t.lower_ in STOP_WORDS:
            continue  # a headline in capitals: "PARMA GO TOP AS ..." ("as", not the form "AS")
        j = _capital_run_before(doc, t.i)
        if j >= t.i:
            continue
        start, end = doc[j].idx, split_end if split_end > 0 else t.idx + len(t)
        low, stem = t.lower_, t.text.rstrip(".")
        if (
            t.text.endswith(".")
            and low.rstrip(".") in legal_forms()
            and not (stem[:1].isupper() and stem[1:].islower())  # "Ltd.", "Inc.": abbreviations
            and not DOTTED_FORM.fullmatch(low)  # "N.V.", "a.s."
        ):
            end -= 1  # "Brenner-Kohl GmbH.", "CVS Group plc.": the sentence's full stop
        elif (
            DOTTED_FORM.fullmatch(low)
            and low + "." in legal_forms()
            and t.i + 1 < len(doc)
            and doc[t.i + 1].text == "."
            and not t.whitespace_
        ):
            end += 1  # "Ostrava Tooling a.s" + ".": the form's own full stop
        # The name NER found right before the form is the company's name, wherever the run of
        # capitals starts ("Marlow-Quince plc": the run stops at the hyphen; "Digital Group
        # and Ashbury & Lyle plc": it runs into the list item before)
        near = _overlapping(ents, start, end)  # one scan, as _put makes (no genexpr per form)
        held = [x for x in near if x.start <= prev.idx < x.end]
        if held:
            cut_into = [x for x in near if x is not held[0] and x.start < start < x.end]
            start = held[0].start if cut_into else min(start, held[0].start)
        for x in _overlapping(ents, start, end):  # "Carlsberg A/S." -> the stop is no part
            if x.start >= start and x.end > end and not text_of(doc)[end : x.end].strip(".,;:"):
                x.end = end
        name = text_of(doc)[start:end]
        # a listed company by its title ("Toyota Motor Corp" -> "Toyota"; "Shell plc" and
        # "NNPC Limited" keep the form their titles carry, session 41); any other firm without
        # the form the text writes ("Norske tog AS" -> "Norske tog")
        name = written_form_dropped(name, lookup_company(name) or name)
        _put(ents, Ent(start, end, "ORG", name, fixed=True, tags={"legal"}))


# 4. lists --------------------------------------------------------------------------------------


def list_items(doc: Doc, text: str, ents: list[Ent]) -> None:
    """Bulleted items are one kind of thing: name the capitalised head of every item."""
    items: list[tuple[int, int]] = []  # char span of each item's head
    for mt in BULLET_LINE.finditer(text):
        line_end = text.find("\n", mt.end())
        line_end = len(text) if line_end < 0 else line_end
        head = re.match(r"[^,(;:–—\n]*", text[mt.end() : line_end])
        assert head is not None
        h = head.group(0)
        h = re.split(r" - | with | of | in | at | for | based ", h)[0].rstrip()
        items.append((mt.end(), mt.end() + len(h)))
    if len(items) < 2:
        return
    heads = []
    for s, e in items:
        span = doc.char_span(s, e, alignment_mode="contract")
        words = [t for t in span] if span is not None else []
        ok = (
            bool(words)
            and len(words) <= 7
            and all(
                t.is_title or t.is_upper or t.lower_ in ("and", "&", "of") or is_legal_form(t)
                for t in words
            )
        )
        ok = ok and words[0].text[:1].isupper()
        # a name, not a clause: no stop word but a leading "The" and inner "and", "of"
        ok = ok and not any(
            t.lower_ in STOP_WORDS
            and t.lower_ not in ("and", "of")
            and not (k == 0 and t.lower_ == "the")
            for k, t in enumerate(words)
        )
        heads.append((s, e, ok))
    types = set()
    for s, _, ok in heads:
        hit = [x for x in ents if x.start == s or (x.start == s + 4 and text[s : s + 4] == "The ")]
        if ok and hit:
            types.add(hit[0].type)
    if len(types) != 1 or sum(ok for _, _, ok in heads) * 2 <= len(heads):
        return
    kind = types.pop()
    if kind not in ("ORG", "PRODUCT"):
        return
    for s, e, ok in heads:
        if ok:
            name = text[s:e]
            if kind == "ORG":  # a listed title, else the item without its legal form
                name = written_form_dropped(name, lookup_company(name) or name)
            old = _overlapping(ents, s, e)
            if any(x.fixed and (x.start, x.end) != (s, e) for x in old):
                continue
            _put(ents, Ent(s, e, kind, name, fixed=True, tags={"item"}), only_inside=False)


# 5. "The" --------------------------------------------------------------------------------------


# a publication's last word that names nothing else ("Nordic Shipping Journal"); the other
# publication words ("Star", "Post", "Sun") make a name only after "the"
MASTHEADS = frozenset(
    {"journal", "gazette", "herald", "tribune", "chronicle", "inquirer", "telegraph"}
    | {"examiner", "weekly", "ledger", "bulletin", "times"}
)


def publications(doc: Doc, text: str, ents: list[Ent]) -> None:
    """A capitalised run ending with a newspaper's or journal's word (``entity_forms.jsonl``
    kind ``publication``) is one ORG, whatever NER made of its words ("the Baltic Timber
    Gazette": not GPE "Baltic" + PERSON "Timber Gazette")."""
    pubs = form_words("publication")
    for t in doc:
        if t.i == 0 or t.lower_ not in pubs or not t.is_title:
            continue
        j = _capital_run_before(doc, t.i)
        if j >= t.i or doc[j].lower_ == "the":
            continue
        before = doc[j - 1].lower_ if j > 0 else ""
        if t.lower_ not in MASTHEADS and before != "the":
            continue
        start, end = doc[j].idx, t.idx + len(t)
        if any(c.isdigit() for c in text[start:end]):
            continue  # "VR-220 Courier": a product's name
        inside = _overlapping(ents, start, end)
        if any(x.start < start or x.end > end for x in inside):
            continue
        if any(x.type in ("ORG", "LAW", "EVENT", "FAC") and x.fixed for x in inside):
            continue
        _put(ents, Ent(start, end, "ORG", text[start:end], fixed=True))


def the_names(doc: Doc, text: str, ents: list[Ent]) -> None:
    pubs = form_words("publication")
    for e in ents:
        if e.type not in ("ORG", "FAC", "PRODUCT", "LAW", "EVENT") or e.start < 4:
            continue
        if text[e.start - 4 : e.start] != "The ":
            continue
        toks = doc.char_span(e.start - 4, e.start - 1)
        if toks is None:
            continue
        i = toks[0].i
        last = text[e.start : e.end].split()[-1].lower()
        if last in pubs or not sentence_start(doc, i):
            e.start -= 4
            if not e.name.startswith("The "):
                e.name = "The " + e.name


# 6. laws with their year -----------------------------------------------------------------------


def law_years(doc: Doc, text: str, ents: list[Ent]) -> list[tuple[int, int]]:
    """Extend a LAW over "of 1981" / " 1991"; return the year spans it took."""
    law_words = {"act", "law", "code", "bill", "statute", "ordinance", "amendment"}
    taken = []
    for e in ents:
        if (
            e.type not in ("LAW", "ORG")
            or text[e.start : e.end].split()[-1].lower() not in law_words
        ):
            continue
        if e.type == "ORG" and len(text[e.start : e.end].split()) < 2:
            continue
        mt = re.match(r"(?: of|,)? ((?:1[6-9]|20)\d\d)\b", text[e.end :])
        if mt:
            taken.append((e.end + mt.start(1), e.end + mt.end(1)))
            e.end += mt.end()
            e.name = text[e.start : e.end]
            e.type = "LAW"
            e.fixed = True
        elif e.type == "ORG":
            e.type, e.fixed = "LAW", True
    return taken


# 7. storms -------------------------------------------------------------------------------------


def storms(doc: Doc, text: str, ents: list[Ent]) -> None:
    heads, mods = form_words("event_head"), form_words("event_mod")
    prefixes = form_words("event_prefix")  # "Post-Tropical Storm X", "Ex-Tropical Cyclone X"
    for t in doc:
        if t.lower_ not in heads or not t.is_title or t.i + 1 >= len(doc):
            continue
        nxt = doc[t.i + 1]
        if not (nxt.is_title and nxt.is_alpha) or is_title_word(nxt.text):
            continue
        j = t.i
        # the class words are capitalised ("Severe Tropical Storm X"; "a very Storm X" is none)
        while j > 0 and (
            (doc[j - 1].lower_ in mods and doc[j - 1].is_title) or doc[j - 1].text == "-"
        ):
            j -= 1
        while j < t.i and doc[j].text == "-":
            j += 1
        if j > 1 and doc[j - 1].text == "-" and doc[j - 2].lower_ in prefixes:
            j -= 2
        # a hyphened name the tokenizer split: "Typhoon Kong-rey", "Super Typhoon Man-yi"
        while (
            nxt.i + 2 < len(doc)
            and doc[nxt.i + 1].text == "-"
            and not nxt.whitespace_
            and not doc[nxt.i + 1].whitespace_
            and doc[nxt.i + 2].is_alpha
            and doc[nxt.i + 2].is_lower
        ):
            nxt = doc[nxt.i + 2]
        start, end = doc[j].idx, nxt.idx + len(nxt)
        if any(x.start < start and x.type != "EVENT" for x in _overlapping(ents, start, end)):
            continue  # "National Hurricane Center": the word is inside another name
        if nxt.i + 1 < len(doc) and doc[nxt.i + 1].is_title and doc[nxt.i + 1].is_alpha:
            continue  # "Hurricane Research Division": a longer name
        # "Storm Shadow missiles": a product's kind noun after the name makes it a weapon's or a
        # craft's, no storm (session 23)
        kind = "EVENT"
        if nxt.i + 1 < len(doc) and doc[nxt.i + 1].lower_ in product_nouns():
            kind = "PRODUCT"
        _put(ents, Ent(start, end, kind, text[start:end], fixed=True), only_inside=False)


# 8. designations -------------------------------------------------------------------------------


def _designation(w: str) -> bool:
    """True for a word with a model number: "T-72B3", "Lumen-B2", "ND-5X", "M777" (not "21st",
    "FY2019", "Q3", "COVID-19")."""
    if not DESIGNATION.match(w) or YEAR.match(w):
        return False
    if re.fullmatch(r"(FY|Q|H|CY|W|G)\d+", w) or lookup_alias(w):
        return False
    if not_entity_word(w):
        return False  # "COVID-19"
    return any(c.isalpha() for c in w) and any(c.isdigit() for c in w)


def words_of(text: str) -> list[tuple[int, int, str]]:
    """Split text at white space; strip quotes, brackets and a trailing possessive or stop."""
    out = []
    for mt in re.finditer(r"\S+", text):
        s, e = mt.start(), mt.end()
        while s < e and text[s] in "(\"“‘'[":
            s += 1
        while e > s and text[e - 1] in ".,;:)\"”’'!?]":
            e -= 1
        if text[s:e].endswith(("'s", "’s")):
            e -= 2
        if s < e:
            out.append((s, e, text[s:e]))
    return out


@cache
def product_nouns() -> frozenset[str]:
    """The ``product_noun`` words with their regular plurals ("phone" -> "phones", "bus" ->
    "buses", "ferry" -> "ferries"): the table lists some plurals, not all."""
    out = set(form_words("product_noun"))
    for w in list(out):
        out.add(w[:-1] + "ies" if w.endswith("y") else w + ("es" if w.endswith("s") else "s"))
    return frozenset(out)


MODEL_NUMBER = re.compile(r"\d{2,4}(?:-\d{1,4})?[A-Za-z]{0,3}")
MODEL_SUFFIX = re.compile(r"[A-Z]{1,4}|\d{1,2}")


def _brand_model(
    units: list[tuple[int, int, str]], i: int, text: str, firms: frozenset[str]
) -> int:
    """The end index (exclusive) of a company's model designation that starts at unit i, a
    company's name before a model number ("Boeing 747-8", "Boeing 737 MAX 10"); 0 where there
    is none. Not an amount ("fined Apple 410 million euros"), a year or a percentage."""
    w = units[i][2]
    n = len(units)
    if i + 1 >= n or not (w in firms or lookup_company(w)) or text[units[i][1]] != " ":
        return 0
    nxt = units[i + 1][2]
    if not MODEL_NUMBER.fullmatch(nxt) or YEAR.match(nxt) or units[i + 1][0] != units[i][1] + 1:
        return 0
    after = units[i + 2][2].lower() if i + 2 < n else ""
    if after in scale_words() or after in ("percent", "per", "cent", "points", "pence"):
        return 0
    j = i + 2
    while j < n and units[j][0] == units[j - 1][1] + 1 and MODEL_SUFFIX.fullmatch(units[j][2]):
        if text[units[j - 1][1]] != " ":
            break
        j += 1  # "737" + "MAX" + "10"
    return j


def designations(
    doc: Doc, text: str, ents: list[Ent], english: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Tag model designations as PRODUCT (EVENT before "mission"); return the number spans
    that are part of a name ("7" of "Talon 7"), for the figures stage to let go."""
    nouns, events = product_nouns(), form_words("event_noun")
    firms = company_words(text, ents)
    skip = {"phase", "section", "article", "chapter", "title", "stage", "level", "tier", "grade"}
    units = words_of(text)
    letters = road_letters(text)
    cells = score_starts(text)
    numbers: list[tuple[int, int]] = []
    n = len(units)
    i = 0
    while i < n:
        s, e, w = units[i]
        nxt = units[i + 1][2] if i + 1 < n else ""
        joined = i + 1 < n and units[i + 1][0] == e + 1
        j = None
        branded = _brand_model(units, i, text, firms) if w[:1].isupper() and w.isalpha() else 0
        if branded and any(u[0] in cells for u in units[i + 1 : branded]):
            branded = 0  # a results line's cell (normalize.scores), no model
        if branded:
            new = Ent(s, units[branded - 1][1], "PRODUCT", text[s : units[branded - 1][1]])
            new.fixed = True
            new.tags.add("branded")
            if _put(ents, new, only_inside=False):
                numbers.extend(u[:2] for u in units[i + 1 : branded] if u[2][:1].isdigit())
            i = branded
            continue
        if _designation(w):
            j = i + 1
            # "AL-9 Pelican", "VR-220 Courier": a name right after the designation
            # "K2 Black Panther": two such words (session 9)
            while (
                j < n
                and j <= i + 2
                and units[j][0] == units[j - 1][1] + 1
                and units[j][2][:1].isupper()
                and units[j][2].isalpha()
                and not is_title_word(units[j][2])
                and units[j][2].lower() not in nouns
            ):
                j += 1
        elif (
            w[:1].isupper() and w.isalpha() and joined and w.lower() not in skip
            and w.lower() not in STOP_WORDS  # "About 140 vessels": a hedge, no name
            and (
                re.fullmatch(r"\d{1,3}", nxt)
                or ROMAN.match(nxt)
                # "Leopard 2A8 tanks": a number with a variant's letters (session 9)
                or re.fullmatch(r"\d{1,2}[A-Z]{1,2}\d{0,2}", nxt)
                # "Ram 1500 pickups": a four-digit model number before a product noun
                or (
                    re.fullmatch(r"\d{4}", nxt) is not None
                    and not YEAR.match(nxt)
                    and i + 2 < n
                    and units[i + 2][2].lower() in nouns
                )
            )
            and not is_title_word(w)
            and text[e : units[i + 1][0]] == " "
            and w not in currencies().codes  # "EUR 800 per vehicle": an amount, no name
        ):  # fmt: skip
            j = i + 2
        if j is None or any(u[0] in cells for u in units[i + 1 : j]):
            i += 1  # "Seats: UDC 36, BDP 4": a results line's cells (normalize.scores), no model
            continue
        start, end = s, units[j - 1][1]
        # "Aoba HV-4": a name NER joined to the designation before it
        for x in _overlapping(ents, s, e):
            if (
                x.start < s
                and x.type in ("PERSON", "PRODUCT", "ORG")
                and x.end >= e
                and text[x.start : s].strip() not in ARTICLE_WORDS  # "An Ariane 6" (session 9)
            ):
                start = x.start
        # "the Airbus A321neo to ...": a company's name right before a designation is its brand
        brand = (
            start == s
            and _designation(w)
            and i > 0
            and units[i - 1][1] + 1 == s
            and (units[i - 1][2] in firms or bool(lookup_company(units[i - 1][2])))
        )
        if brand:
            start = units[i - 1][0]
        after = units[j][2].lower() if j < n else ""
        after2 = units[j + 1][2].lower() if j + 1 < n else ""
        ner = _overlapping(ents, start, end)
        if j == i + 1 and after not in nouns and after2 not in nouns and _road(text, s, w, letters):
            _put(ents, Ent(s, e, "FAC", road_name(w), fixed=True), only_inside=False)
            i = j
            continue
        strong = (
            brand or after in nouns or after2 in nouns or after in events
            or any(x.type in ("PRODUCT", "EVENT") for x in ner)
        )  # fmt: skip
        typ = "EVENT" if after in events or any(x.type == "EVENT" for x in ner) else "PRODUCT"
        numbered_name = not _designation(w)
        if any(x.type in ("GPE", "LOC", "LAW", "FAC") for x in ner) and not strong:
            i += 1
            continue
        if numbered_name and not strong:
            longer = any(x.end > end or x.start < start for x in ner)  # "Vela 3 Max"
            if longer or not _model_family(text, w, english):
                i += 1
                continue
        if not strong and not any(x.type in ("PRODUCT", "PERSON", "ORG") for x in ner):
            prev = units[i - 1][2].lower() if i > 0 else ""
            if prev not in ("the", "its", "a", "an", "their", "his", "her", "our", "new"):
                i += 1
                continue
        new = Ent(start, end, typ, text[start:end], fixed=True)
        if brand:
            new.tags.add("branded")  # "Airbus" alone stays the maker (coref.short_forms)
        if _put(ents, new, only_inside=False) and numbered_name:
            numbers.append(units[j - 1][:2])
        i = j
    return numbers


def _model_family(text: str, word: str, english: frozenset[str]) -> bool:
    """True where the document writes ``word`` with a number at least twice and never alone:
    a family of models or versions ("the last Ariane 5 flew ... Ariane 6 lifted off", "Windows
    10 ... Windows 11"), not a person ("Sinner 6-4" is a results cell, read before this), nor an
    index's ("the KSX 250 index"), an English word ("Unit 3", "Reactor 2") or a title. Session
    24."""
    if word.lower() in english or is_title_word(word):
        return False
    if re.search(rf"(?<![\w'’-]){re.escape(word)} \d[\d,.]* [Ii]ndex\b", text):
        return False  # "the KSX 250 index ... the KSX 100": an index's family, no models
    numbered = len(re.findall(rf"(?<![\w'’-]){re.escape(word)} \d{{1,3}}(?![\d,.:%-]\d)\b", text))
    alone = len(re.findall(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-]| \d)", text))
    return numbered >= 2 and alone == 0


def word_products(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A one-word name typed an organisation or a person that is an English word, before a
    product noun in the plural ("Patriot missiles", "Javelin missiles", "Tiger helicopters")
    names a model, a PRODUCT (session 9): makers and brands before their products stay ORG
    where the document or the company table shows them to be companies ("Boeing jets",
    "Apple phones"), and a name that is no English word ("Saab jets") is left alone."""
    nouns = product_nouns()
    firms = company_words(text, ents)
    for e in ents:
        word = text[e.start : e.end]
        if e.type not in ("ORG", "PERSON") or e.fixed or e.titles or " " in word:
            continue
        if not word.istitle():
            continue
        if word.lower() not in english or word in firms or word in listed_first_words():
            continue
        mt = re.match(r" ([a-z]+)\b", text[e.end : e.end + 30])
        if mt and mt.group(1) in nouns and mt.group(1).endswith("s"):
            e.type, e.fixed = "PRODUCT", True


# 8b. roads -------------------------------------------------------------------------------------
ROAD_CODE = re.compile(r"^([A-Z]{1,2})-?(\d{1,4})$")
ROAD_NUMBER = re.compile(
    r"\b(Interstate|Highway|Route|State Route|U\.S\.|US|SR) (\d{1,4})\b(?![.,]\d|%| ?[-–])"
)


def _sentence(text: str, s: int) -> str:
    """Return the sentence (or line) around character s, roughly: from the last stop or line
    break before it to the next one."""
    a = max(text.rfind(". ", 0, s), text.rfind("\n", 0, s)) + 1
    ends = [i for i in (text.find(". ", s), text.find("\n", s)) if i >= 0]
    return text[a : min(ends) if ends else len(text)]


def _road(text: str, s: int, w: str, letters: frozenset[str] = frozenset()) -> bool:
    """True for a code that is a road: an Interstate ("I-25"), or a letter-and-number code
    ("A9", "M62") in a sentence about roads (``road_word``); or, written "the A27" with no
    capitalised brand before it, one in a paragraph about roads ("off the M62. A bridge ...")
    or of a letter that the document's other roads have ("the A14 ... avoid the A27")."""
    mt = ROAD_CODE.match(w)
    if not mt:
        return False
    if mt.group(1).lower() in {r["word"] for r in road_prefixes()} and "-" in w:
        return True
    before = re.search(r"(\S+) $", text[max(0, s - 30) : s])
    if before and (before.group(1).lower() in POSSESSIVES or before.group(1)[:1].isupper()):
        return False  # "its A350", "Airbus A350": a model, not a road
    words = set(re.findall(r"[a-z]+", _sentence(text, s).lower()))
    if words & form_words("road_word"):
        return True
    if text[max(0, s - 4) : s] not in ("the ", "The "):
        return False
    if mt.group(1) in letters:
        return True
    return bool(set(re.findall(r"[a-z]+", _paragraph(text, s).lower())) & form_words("road_word"))


POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "a", "an"})


def _paragraph(text: str, s: int) -> str:
    """Return the line around character s (at most 500 characters either side)."""
    a = max(text.rfind("\n", max(0, s - 500), s) + 1, s - 500, 0)
    b = text.find("\n", s, s + 500)
    return text[a : b if b >= 0 else min(len(text), s + 500)]


def road_letters(text: str) -> frozenset[str]:
    """The letters of the codes that are roads by their sentence ("A14" -> "A")."""
    return frozenset(
        mt.group(1)
        for s, _, w in words_of(text)
        if (mt := ROAD_CODE.match(w)) and _road(text, s, w)
    )


@cache
def road_prefixes() -> tuple[dict[str, str], ...]:
    """Return the road-code letters of models/entity_forms.jsonl with their title pattern."""
    return tuple(r for r in read_jsonl("entity_forms.jsonl") if r["kind"] == "road_prefix")


def road_name(w: str) -> str:
    """Return a road's title: "I-25" -> "Interstate 25"; other codes as written."""
    mt = ROAD_CODE.match(w)
    if mt:
        for r in road_prefixes():
            if r["word"] == mt.group(1).lower():
                return str(r["name"]).format(mt.group(2))
    return w


def numbered_roads(text: str, ents: list[Ent]) -> list[tuple[int, int]]:
    """Tag "Route 66", "Highway 401", "Interstate 25" and, in a sentence about roads,
    "U.S. 287" / "SR 99" as FAC; return the number spans (no figures)."""
    numbers = []
    for mt in ROAD_NUMBER.finditer(text):
        kind = mt.group(1)
        if kind in ("U.S.", "US", "SR"):
            words = set(re.findall(r"[a-z]+", _paragraph(text, mt.start()).lower()))
            if not words & form_words("road_word"):
                continue
        name = f"U.S. Route {mt.group(2)}" if kind in ("U.S.", "US") else mt.group(0)
        if _put(ents, Ent(mt.start(), mt.end(), "FAC", name, fixed=True), only_inside=False):
            numbers.append(mt.span(2))
    return numbers


# 9. facilities and natural places --------------------------------------------------------------


BOTH_HEADS = frozenset({"centre", "center", "office", "club", "union"})


# lower-case particles of family names ("Pieter van Dam", "Ana da Ponte", "Kurt von Mill")
SURNAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "del", "du", "ter"})


def _particle_name(e: Ent, words: list[str]) -> bool:
    """True for a PERSON span that opens with a given name and has a family name's particle
    before its last word: "Pieter van Dam" is a person whose surname is a facility word, no dam
    (session 24)."""
    return (
        e.type == "PERSON"
        and len(words) >= 3
        and words[-2] in SURNAME_PARTICLES
        and bool(table_index("given_names.jsonl", "name").get(words[0]))
    )


# a Romance particle after a natural place's kind noun: "Plateau de Beille", "Col du Galibier"
NATURAL_PARTICLES = frozenset({"de", "du", "des", "del", "della", "delle", "di", "da", "do", "dos"})


@cache
def natural_leads() -> frozenset[str]:
    """Kind nouns with a natural place's sense in WordNet (``natural_leads.jsonl``, session 27,
    types14: "col", "plateau", "glacier"), less given names ("Dale") and the head words of
    bodies ("bank"): they open a natural place's name before a Romance particle."""
    given = table_index("given_names.jsonl", "name")
    bodies = form_words("org_head") | form_words("body_word")
    return frozenset(
        w
        for r in read_jsonl("natural_leads.jsonl")
        if not given.get((w := str(r["word"])).capitalize()) and w not in bodies
    )


def natural_lead(words: list[str]) -> bool:
    """A natural place's kind noun, capitalised, then a Romance particle and a name: "Plateau de
    Beille", "Glacier de la Meije" (session 27, types14)."""
    return (
        len(words) >= 3
        and words[0].istitle()
        and words[0].lower() in natural_leads()
        and words[1] in NATURAL_PARTICLES
        and words[-1][:1].isupper()
    )


@cache
def natural_kinds() -> frozenset[str]:
    """Kind nouns of natural places WordNet gives no other sense (``natural_kinds.jsonl``,
    session 27: "atoll", "massif", "moraine"), less the words that are also given names or
    family names ("Ben", "Berg": "Anna Berg")."""
    people = table_index("person_nouns.jsonl", "word")
    given = table_index("given_names.jsonl", "name")
    return frozenset(
        w
        for r in read_jsonl("natural_kinds.jsonl")
        if not people.get(w := str(r["word"])) and not given.get(w.capitalize())
    )


def by_head_word(doc: Doc, text: str, ents: list[Ent]) -> None:
    fac = fac_heads()
    loc = form_words("loc_head")
    event = form_words("event_tail")
    lead, gpe = form_words("loc_lead"), entity_words("gpe_head")
    loc_of, event_of = form_words("loc_of"), form_words("event_of")
    venue_lead = entity_words("venue_word") | form_words("fac_lead")
    org_last_words = form_words("org_head") | form_words("body_word") | form_words("sector_word")
    company_word = entity_words("company_tail") | legal_forms()
    water = loc - form_words("loc_head_town")  # "Coos Bay", "Beverly Hills": towns
    for e in ents:
        words = text[e.start : e.end].split()
        if len(words) < 2 or e.type in ("NORP", "LAW", "EVENT"):
            continue
        last = words[-1].lower()
        first = words[0].lower()
        name = text[e.start : e.end]
        # a race named "Tour de/of X" ("Tour de France", "Tour of Britain"; session 9)
        if first in event_of and words[1] in ("de", "of", "du") and words[0].istitle():
            e.type, e.fixed = "EVENT", True
            continue
        # a named military operation, "Operation Sindoor" (OntoNotes EVENT; session 11)
        if (
            first in form_words("event_lead")
            and words[0].istitle()
            and len(words) <= 4
            and all(w[:1].isupper() for w in words[1:])
            and not _body_noun_after(text, e.end)  # "the Operation Support unit"
        ):
            e.type, e.fixed = "EVENT", True
            continue
        # a body's head word ends it: "Port of Rotterdam Authority", "Welsh Rugby Union" (ORG,
        # session 8); not the heads that also end facilities' names ("Space Center", "Oval
        # Office")
        if (
            e.type in ("LOC", "GPE", "FAC", "PRODUCT")
            and words[-1][:1].isupper()
            and last in (form_words("org_head") | form_words("body_word")) - BOTH_HEADS
        ):
            e.type, e.fixed = "ORG", True
            continue
        # a company's line of business ends it: "Wizz Air", "Ostberg Capital" (session 8)
        if (
            e.type in ("PERSON", "LOC", "GPE", "PRODUCT")
            and not e.titles
            and words[-1][:1].isupper()
            and last in form_words("sector_word")
            and place_pop(name) < 0
            and not lookup_alias(name)
        ):
            e.type, e.fixed = "ORG", True
            continue
        known = place_pop(name) >= 0 or lookup_alias(name) or lookup_company(name)
        # a body's or a company's last word wins over a lead word: "Sierra Club", "Cape
        # Shipping" (session 9)
        org_last = last in org_last_words or any(
            w[:1].isupper() and w.lower().strip(",") in company_word for w in words
        )
        # the head word leads: "River Tay", "Lake Kivu" (LOC); "County Donegal" (GPE);
        # "Circuit Gilles Villeneuve", "Stade Velodrome" (FAC, session 8); "Plaza San Martín",
        # "Place de la Concorde" (FAC, session 9)
        if (
            words[0][:1].isupper()
            and not known
            and not org_last
            and first in venue_lead
            and words[1] not in ("of", "for")  # "Court of Appeal", "Place of Safety"
            and e.type in ("ORG", "PERSON", "GPE", "LOC", "PRODUCT")
        ):
            e.type, e.fixed = "FAC", True
            continue
        if words[0][:1].isupper() and not known and last not in fac and not org_last:
            # "Cerro Armazones", "Salar de Uyuni", "Mont Ventoux" (session 9), "Lake Kivu";
            # "Strait of Hormuz", "Cape of Good Hope" (a feature word before "of")
            of_lead = first in loc_of and len(words) > 2 and words[1] == "of"
            if (
                (first in lead or of_lead or natural_lead(words))
                and not name.isupper()  # "CAPE CANAVERAL, Fla.": a dateline
                and not any(c.isdigit() for c in name)  # "Sierra 3500": a model
                and e.type in ("ORG", "FAC", "PERSON", "GPE", "PRODUCT")
            ):
                e.type, e.fixed = "LOC", True
                continue
            if (
                first in gpe
                and e.type in ("ORG", "FAC", "PERSON", "LOC", "PRODUCT")
                and last not in form_words("org_head")
            ):
                e.type, e.fixed = "GPE", True
                continue
        # "Greater Manchester", "Metro Vancouver": a metropolitan region of a known place
        if (
            first in form_words("region_lead")
            and e.type in ("ORG", "FAC", "PERSON", "LOC", "NORP")
            and place_pop(" ".join(words[1:])) >= 100_000
        ):
            e.type, e.fixed = "GPE", True
            continue
        # "Pampanga River" typed a place: a river, unless the gazetteer knows the name
        if e.type == "GPE" and last in water and words[-1][:1].isupper() and not known:
            e.type, e.fixed = "LOC", True
            continue
        if last in event and words[-1][:1].isupper():
            e.type, e.fixed = "EVENT", True  # "Arnold Palmer Invitational", "Davis Cup"
            continue
        # "Guiana Space Centre", "Javits Convention Center": a place's kind before a head that
        # ends bodies' names too (session 11)
        if (
            last in BOTH_HEADS
            and words[-2].lower() in form_words("centre_fac")
            and words[-2][:1].isupper()
            and e.type in ("ORG", "PERSON", "GPE", "LOC")
        ):
            e.type, e.fixed = "FAC", True
            continue
        if e.type == "GPE":
            continue
        if last in fac and e.type != "FAC" and not body_led(name) and not _particle_name(e, words):
            e.type, e.fixed = "FAC", True  # (not "Office of Rail and Road": a body, session 18)
        elif (
            last in loc
            and e.type in ("ORG", "FAC", "PERSON", "GPE")
            and (last in water or not known)
        ):
            e.type, e.fixed = "LOC", True
        elif (
            last in natural_kinds()
            and e.type in ("ORG", "FAC")
            and words[-1][:1].isupper()
            and not known
        ):
            e.type, e.fixed = "LOC", True  # "the Marrow Atoll", "the Sella Massif" (session 27)
        # "Space Launch Complex 46": the number after a facility head is in the name
        if last in fac:
            mt = re.match(r" (\d{1,3}[A-Z]?)\b", text[e.end :])
            if mt:
                e.end += mt.end()
                e.name = text[e.start : e.end]
    # NER often stops before the head: "Space Launch" + "Complex 46"
    for e in list(ents):
        if e.type not in ("ORG", "FAC", "PERSON"):
            continue
        mt = re.match(r" ([A-Z][a-z]+)(?: (\d{1,3}[A-Z]?))?\b", text[e.end :])
        if mt and mt.group(1).lower() in fac:
            new_end = e.end + mt.end()
            if not _overlapping([x for x in ents if x is not e], e.end, new_end):
                e.end = new_end
                e.name = text[e.start : e.end]
                e.type, e.fixed = "FAC", True


def _body_noun_after(text: str, end: int) -> bool:
    """A lower-case noun of a body or unit right after a name ("X unit", "X team")."""
    mt = re.match(r" ([a-z]+)\b", text[end : end + 30])
    return bool(mt and mt.group(1) in form_words("org_descriptor") | form_words("body_after"))


# 10. title words after an organisation -----------------------------------------------------------


def cut_titles(doc: Doc, text: str, ents: list[Ent]) -> None:
    heads, _ = title_words()
    for e in ents:
        if e.type != "ORG":
            continue
        toks = _span_tokens(doc, e)
        if len(toks) < 2 or toks[-1].i + 1 >= len(doc) or doc[toks[-1].i + 1].lower_ not in heads:
            continue
        k = len(toks)
        while k > 1 and is_title_word(toks[k - 1].text):
            k -= 1
        if k < len(toks):
            e.end = toks[k - 1].idx + len(toks[k - 1])
            e.name = text[e.start : e.end]


# 11. common words at a sentence start ---------------------------------------------------------


def common_words(doc: Doc, text: str, ents: list[Ent], english: frozenset[str]) -> None:
    if not english:
        return
    inside = {t.text for t in doc if t.text[:1].isupper() and not sentence_start(doc, t.i)}
    keep = []
    for e in ents:
        word = text[e.start : e.end]
        tok = doc.char_span(e.start, e.end)
        if (
            (
                e.type in ("PERSON", "ORG", "NORP")
                # "Athletes from Kenya": a common noun typed a place that no table knows (not
                # "Europe", "Alps": proper nouns; with no tagger, a plural of an English noun)
                or (
                    e.type in ("GPE", "LOC")
                    and tok is not None
                    and place_pop(word) < 0
                    and not place_kinds().get(word)
                    and (
                        tok[0].pos_ == "NOUN"
                        if tok[0].pos_
                        else word.endswith("s") and word.lower()[:-1] in english
                    )
                )
            )
            and tok is not None
            and len(tok) == 1
            and word.istitle()
            and not e.fixed
            and not e.titles
            and sentence_start(doc, tok[0].i)
            and (word.lower() in english or tok[0].lemma_.lower() in english)
            and word not in inside
            and not lookup_alias(word)
            # "Siemens fell 2.1 percent", "Tesla said" (listed as "Tesla, Inc.", session 19):
            # NER's organisation that the company table lists
            and not (e.type == "ORG" and lookup_company(word))
            # "Ford and Toyota recalled": NER's organisation joined to a listed one (session 33)
            and not (e.type == "ORG" and listed_partner(text, e, ents))
        ):
            continue
        keep.append(e)
    ents[:] = keep


# 12. places -----------------------------------------------------------------------------------

# the words that name an opponent right before it (a match's "v" and "versus" written out)
OPPONENT_BEFORE = frozenset({"against", "v", "vs", "vs.", "versus"})


def _org_alias(word: str, name: str) -> bool:
    """``name`` is the organisation that ``models/organisations.jsonl`` gives the written
    ``word`` as a short form ("Xinhua" -> "Xinhua News Agency"; session 45)."""
    rows = table_index("organisations.jsonl", "alias").get(word, ())
    return any(r.get("type") == "ORG" and r["name"] == name for r in rows)


def places(
    doc: Doc,
    text: str,
    ents: list[Ent],
    person_words: set[str],
    english: frozenset[str] = frozenset(),
    blocked: Iterable[tuple[int, int]] = (),
) -> None:
    kinds = place_kinds()
    # the document's own evidence first: the opening words of a longer name it gives
    # ("Meridian" of "Meridian Orbital Systems") are that name, not a town of the gazetteer
    openers: set[str] = set()
    for x in ents:
        w = text[x.start : x.end].split()
        if x.type in ("ORG", "PRODUCT", "FAC", "PERSON") and len(w) >= 2:
            w = w[1:] if w[0] == "The" else w
            openers.update(" ".join(w[:k]) for k in range(1, len(w)))
    # a person the document names: the words of its full names (other than the name itself)
    # and of names with a title
    named: dict[str, set[str]] = {}
    for x in ents:
        full = text[x.start : x.end]
        if x.type == "PERSON" and (x.titles or " " in full):
            for part in full.split():
                named.setdefault(part, set()).add("" if x.titles else full)
    countries: frozenset[str] | None = None
    firms = company_words(text, ents)
    for e in ents:
        word = text[e.start : e.end]
        if e.fixed or e.titles or kinds.get(word) == "demonym":
            continue
        person = named.get(word, set()) - {word} if e.type == "PERSON" else word in person_words
        if person:
            continue
        if word in openers and e.type != "GPE":
            continue
        pop = place_pop(word)
        if pop < 0:
            continue
        toks = doc.char_span(e.start, e.end, alignment_mode="expand")
        prev = doc[toks[0].i - 1].lower_ if toks is not None and toks[0].i > 0 else ""
        if prev == "the" and " " in word:
            continue  # "the White House": a town's name with "the" before it names no town
        if (
            e.type == "ORG"
            and (word in firms or word in listed_first_words())
            and prev not in ("in", "into", "near")
        ):
            # "Shares of Hitachi", "Toyota, which ...": the company, not its town; a name NER
            # typed ORG that opens a listed company's name ("Albemarle" of "Albemarle
            # Corporation", session 9): the table agrees with the document, not the gazetteer
            continue
        if e.type == "ORG" and e.name in {t for _, t in firm_short_forms().get(word, ())}:
            continue  # "Alaska halted all flights", "cuts at Stanford": titled by its sector (s42)
        if e.type == "ORG" and prev not in ("in", "into", "near") and _org_alias(word, e.name):
            continue  # "Xinhua news agency said": the table's body, not the county (s45)
        nxt = doc[toks[-1].i + 1] if toks is not None and toks[-1].i + 1 < len(doc) else None
        if (
            e.type == "ORG"
            and prev in OPPONENT_BEFORE
            and not (nxt is not None and nxt.pos_ == "NOUN")
        ):
            # "the final against Sevilla", "sent off against Burnley", "Leeds v Hull": NER's
            # organisation after the word that names an opponent is a side, not its town
            # (session 32, sides20; "sanctions against Moscow" NER types a place, untouched; a
            # noun after the name makes it a modifier, "a vaccine against Lyme disease")
            continue
        if e.type == "PRODUCT" and " " not in word and _town_not_product(doc, toks, pop):
            e.type = "GPE"  # "to guard Daugavpils": no product takes a town's name bare
            continue
        if e.type in ("ORG", "NORP", "LOC", "FAC") and (
            pop >= 1000 or prev in ("in", "at", "from")
        ):
            if e.type == "LOC" and pop < 10**6 and " " not in word:
                continue
            e.type = "GPE"
        elif e.type == "PERSON" and _person_place(word, pop, english):
            if countries is None:
                countries = named_countries(ents)
            if pop >= PERSON_CITY or prev in PLACE_WORDS or _in_countries(word, countries):
                e.type = "GPE"
    # "Newfoundland" + "and" + "Labrador": one subdivision
    ents.sort(key=lambda x: x.start)
    for a, b in zip(list(ents), list(ents[1:]), strict=False):
        both = text[a.start : b.end]
        if (
            a.type == b.type == "GPE"
            and text[a.end : b.start] == " and "
            and place_pop(both) > 0
            and a in ents
            and b in ents
        ):
            ents.remove(b)
            a.end, a.name = b.end, both
    # add names NER missed: "(Toulouse)", "in Tawila", "Portland and Bend"
    covered = Covered(len(text), ents)
    for lo, hi in blocked:
        covered.add(lo, hi)
    place_ends = {x.end for x in ents if x.type == "GPE"}
    n = len(doc)
    for t in doc:
        if not (t.is_title and t.is_alpha) or covered.hit(t.idx, t.idx + len(t)):
            continue
        prev = doc[t.i - 1].text if t.i > 0 else ""
        after_place = prev in ("and", ",", "or") and (
            doc[t.i - 1].idx - (prev != ",") in place_ends
        )
        if not (prev in ("(", "in", "In", "at", "from", "near") or after_place):
            continue
        if t.text in person_words or t.text in openers or t.lower_ in english_months():
            continue
        for k in (3, 2, 1):
            if t.i + k > n:
                continue
            span = doc[t.i : t.i + k]
            name = span.text
            if span.end < n and doc[span.end].is_title and doc[span.end].is_alpha:
                continue  # "(Sofia Ek, ...)": part of a longer name
            metro = (  # "in Greater Manchester": a metropolitan region of a city (session 8)
                k > 1
                and span[0].lower_ in form_words("region_lead")
                and place_pop(span[1:].text) >= 100_000
            )
            if (place_pop(name) >= 15000 or metro) and not covered.hit(
                span.start_char, span.end_char
            ):
                ents.append(Ent(span.start_char, span.end_char, "GPE", name, tags={"gazetteer"}))
                covered.add(span.start_char, span.end_char)
                break


@cache
def country_names() -> frozenset[str]:
    """CLDR's English names of countries and territories (``country_codes.jsonl``)."""
    return frozenset(r["name"] for r in read_jsonl("country_codes.jsonl"))


JOINABLE = frozenset({"NORP", "ORG", "GPE", "LOC", "PERSON", "FAC"})


def joined_places(text: str, ents: list[Ent]) -> None:
    """Two mentions side by side that together are a country or territory of the tables
    ("French" + "Guiana", "South" + "Sudan") or a town of 15,000 that neither is alone
    ("Nova" + "Kakhovka", where one part alone is no place) are that one GPE (session 9): NER cuts such names at an adjective."""
    ents.sort(key=lambda x: x.start)
    out: list[Ent] = []
    for e in ents:
        a = out[-1] if out else None
        if (
            a is not None
            and text[a.end : e.start] == " "
            and a.type in JOINABLE
            and e.type in JOINABLE
            and not a.titles
            and not e.titles
        ):
            both = text[a.start : e.end]
            if (
                both in country_names()
                or place_kinds().get(both) == "country"
                or (
                    place_pop(both) >= TOWN
                    and min(place_pop(text[a.start : a.end]), place_pop(text[e.start : e.end])) < 0
                )
            ):
                a.end, a.type, a.name, a.fixed = e.end, "GPE", both, True
                continue
        out.append(e)
    ents[:] = out


@cache
def listed_first_words() -> frozenset[str]:
    """The first words of the company table's names, capitalised as written."""
    return frozenset(alias.split()[0] for alias in companies() if alias[:1].isupper())


PLACE_WORDS = ("in", "into", "near", "at", "neighbouring", "neighboring")  # "staff in Woking"


def _town_not_product(doc: Doc, toks: object, pop: int) -> bool:
    """True where a one-word PRODUCT is the gazetteer's town (15,000 people): nothing before it
    that a product takes (a determiner, a possessive, a capitalised brand) and no product noun
    after it ("the Tacoma", "its Leaf", "Toyota Tacoma", "Tacoma pickups" stay products)."""
    if pop < TOWN or not isinstance(toks, Span) or any(c.isdigit() for c in toks.text):
        return False
    prev = doc[toks.start - 1] if toks.start > 0 else None
    nxt = doc[toks.end] if toks.end < len(doc) else None
    if prev is not None and (
        prev.lower_ in PRODUCT_BEFORE or (prev.is_title and not sentence_start(doc, prev.i))
    ):
        return False
    return not (nxt is not None and nxt.lower_ in product_nouns())


PRODUCT_BEFORE = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "your", "my", "this", "that", "new"}
)
PERSON_CITY = 500_000  # a lone name this large is the city, not a surname ("Lincoln" is not)
COUNTRY_TOWN = 100_000  # a town of a country the document names ("Estonian ... Tallinn")


def _person_place(word: str, pop: int, english: frozenset[str]) -> bool:
    """True where a name NER typed a person may be the gazetteer's place of that name: the
    document gives no person of that name (checked by the caller), no well-known person has it
    as a surname, it is no given name, and the place is a town (a village's name is often a
    surname: "a goal from Kane")."""
    if pop < TOWN or lookup_person(word):
        return False
    first = word.split()[0]
    given = table_index("given_names.jsonl", "name").get(first)
    return not (given and first.lower() not in english)


def named_countries(ents: list[Ent]) -> frozenset[str]:
    """The countries (ISO 3166 codes) the document names, by name or demonym ("Estonian")."""
    kinds = place_kinds()
    demonyms = demonym_countries()
    found = set()
    for x in ents:
        name = demonyms.get(x.name) if x.type == "NORP" else x.name
        if x.type in ("GPE", "NORP") and name and kinds.get(name) == "country":
            code = place_country(name)
            if code:
                found.add(code)
    return frozenset(found)


def _in_countries(word: str, countries: frozenset[str]) -> bool:
    """True where the gazetteer gives a town of that name in one of ``countries``."""
    return any(
        r["kind"] == "city" and r["country"] in countries and int(str(r["pop"])) >= COUNTRY_TOWN
        for r in world_places().get(word, ())
    )


def article_places(doc: Doc, text: str, ents: list[Ent]) -> None:
    """A place name after "the" that is no country, state or alias is a river or a region, a
    LOC ("the St. Lawrence", "the Cagayan and ...", "the Donbas region"): towns and provinces
    take no article. Not where the name is a modifier of a noun after it ("the Louisiana
    coast", "the India captain"), nor where the gazetteer's place stands before "region" or a
    natural place's word ("the Donetsk region": the province)."""
    kinds = place_kinds()
    heads = form_words("loc_head") | {"region"}
    for e in ents:
        if e.type != "GPE" or e.fixed or text[max(0, e.start - 4) : e.start] not in ARTICLES:
            continue
        word = text[e.start : e.end]
        if kinds.get(word) or kinds.get(e.name) or kinds.get("The " + word) or lookup_alias(word):
            continue  # "the Netherlands", "the Gambia"
        if any(
            r["kind"] == "city" and int(str(r["pop"])) >= COUNTRY_TOWN
            for r in world_places().get(word, ())
        ):
            continue  # a large town: "the Bronx"
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        nxt = doc[span.end] if span is not None and span.end < len(doc) else None
        if nxt is not None and nxt.is_lower and nxt.is_alpha:
            if nxt.lower_ in heads:
                if place_pop(word) >= 0:
                    continue
            elif nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or not (nxt.pos_ or nxt.is_stop):
                continue  # a modifier (with no tagger: any word but a function word)
        e.type = "LOC"


ARTICLES = ("the ", "The ")


@cache
def english_months() -> frozenset[str]:
    """Month and weekday names (never a place when NER missed them): "March", "Monday"."""
    import calendar

    return frozenset(w.lower() for w in [*calendar.month_name[1:], *calendar.day_name] if w)


# 14. names after a title that NER missed -------------------------------------------------------


def _titleish(word: str) -> bool:
    return is_title_word(word) or word.lower().rstrip(".") in form_words("honorific")


def titled_names(
    doc: Doc, text: str, ents: list[Ent], english: frozenset[str] = frozenset()
) -> None:
    """ "Hon. Élise Marchand", "Minister Marchand": capitalised words after a title head are a
    PERSON where NER tagged nothing there, unless they are common English words before a
    lower-case word ("Premier League matches": the title word is part of another name); "the
    mediator, Anders Holm" gives "Holm" its first name back."""
    heads, _ = title_words()
    n = len(doc)
    for t in doc:
        head = t.lower_ in heads or t.lower_.rstrip(".") in form_words("honorific")
        if not head or not t.text[:1].isupper() or t.i + 1 >= n:
            continue
        j = t.i + 1
        if doc[j].text == "." and j + 1 < n:
            j += 1
        k = j
        while k < n and k - j < 3 and doc[k].is_title and doc[k].is_alpha:
            if _titleish(doc[k].text) or doc[k].lower_ in STOP_WORDS:
                break
            k += 1
        if k == j or (k < n and _titleish(doc[k].text)):
            continue  # "Chief Cabinet Secretary": a word between title words is the title's
        s, e = doc[j].idx, doc[k - 1].idx + len(doc[k - 1])
        if _overlapping(ents, s, e):
            continue
        if (
            english
            and all(doc[x].lower_ in english for x in range(j, k))
            and k < n
            and doc[k].is_lower
            and doc[k].is_alpha
        ):
            continue  # "Premier League matches", "Governor General rules"
        ents.append(Ent(s, e, "PERSON", text[s:e], titles=(t.text,), tags={"titled"}))
    for x in ents:
        if x.type != "PERSON" or " " in text[x.start : x.end]:
            continue
        span = doc.char_span(x.start, x.end)
        if span is None or span.start == 0:
            continue
        prev = doc[span.start - 1]
        if (
            prev.is_title
            and prev.is_alpha
            and not _titleish(prev.text)
            and prev.lower_ not in STOP_WORDS
            and prev.lower_ not in person_styles("style")  # "Empress Eugenie" (session 28)
            and not sentence_start(doc, prev.i)
            and not _overlapping(ents, prev.idx, prev.idx + len(prev))
        ):
            x.start = prev.idx
            x.name = text[x.start : x.end]


# 13. Government of X ----------------------------------------------------------------------------


def government_of(text: str, ents: list[Ent]) -> None:
    for e in list(ents):
        mt = re.fullmatch(r"(?:the )?Government of (?:the )?(.+)", text[e.start : e.end])
        if mt:
            country = mt.group(1)
            alias = lookup_alias(country)
            if alias and alias[1] == "GPE":
                s = e.start + mt.start(1)
                ents.remove(e)
                ents.append(Ent(s, e.end, "GPE", alias[0], fixed=True))


# 15. a name whose "'s" is no possessive ----------------------------------------------------------


def possessive_names(doc: Doc, text: str, ents: list[Ent]) -> None:
    """ "Standard & Poor's cut ...", "a downgrade by Moody's.": where the "'s" after a name is
    followed by a verb or ends the clause, it owns nothing and is part of the name (a business
    named in the possessive form), provided the text never writes the name without it."""
    tagged = doc.has_annotation("TAG")
    for e in ents:
        mark = text[e.end : e.end + 2]
        if mark not in ("'s", "’s") or (e.end + 2 < len(text) and text[e.end + 2].isalnum()):
            continue
        if e.type not in ("ORG", "GPE", "PERSON", "FAC", "NORP") or e.fixed:
            continue
        word = text[e.start : e.end]
        if e.type == "PERSON" and " " in word and "&" not in word:
            continue  # "Ann Roe's." is Ann Roe's (a person's name has no "'s")
        bare = re.compile(rf"(?<![\w&]){re.escape(word)}(?!['’]s\b|\w)")
        if bare.search(text):
            continue  # the text writes the name without "'s": the "'s" is a possessive
        after = doc.char_span(e.end + 2, len(text.rstrip()), alignment_mode="expand")
        nxt = after[0] if after is not None and len(after) else None
        ends = nxt is None or nxt.text in (".", ",", ";", ":", ")")
        verb = nxt is not None and tagged and nxt.tag_ in ("VBD", "VBZ", "VBP", "MD")
        if not (ends or verb):
            continue
        e.end += 2
        name = text[e.start : e.end]
        e.name = e.name + mark if e.name == word else e.name
        e.type = "GPE" if place_pop(name) >= 0 else "ORG"
        e.fixed = True


# 16. a place before a party or group word ---------------------------------------------------------


def place_and_group(text: str, ents: list[Ent]) -> None:
    """ "a Louisiana Republican", "two Ohio Democrats": the state (or country) is a GPE and the
    party member a NORP, where NER made one mention of both."""
    kinds = place_kinds()
    groups = form_words("party_member")
    for e in list(ents):
        words = text[e.start : e.end].split()
        if len(words) < 2 or len(words) > 4 or e.type not in ("NORP", "ORG", "GPE", "PERSON"):
            continue
        if words[-1].lower() not in groups or not words[-1].istitle():
            continue
        place = " ".join(words[:-1])
        alias = lookup_alias(place)
        if kinds.get(place) not in ("country", "us_state") and not (alias and alias[1] == "GPE"):
            continue
        cut = e.start + len(place)
        group = words[-1]
        ents.remove(e)
        ents.append(Ent(e.start, cut, "GPE", alias[0] if alias else place, fixed=True))
        g = text.index(group, cut)
        ents.append(Ent(g, e.end, "NORP", singular_norp(group), fixed=True))


# 17. an organisation by its context ----------------------------------------------------------

TOWN = 15_000  # a word of a person's name may be a village's name, not a town's
# "X shares rose", not the verb "X shares the view"
DETERMINER = r"(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|no)"
ORG_AFTER = re.compile(
    rf",\s+which\b|(?:['’]s)?\s+(?:shares|stock)\b(?!\s+{DETERMINER}\b)", re.IGNORECASE
)
ORG_BEFORE = re.compile(r"\b(?:[Ss]hares|[Ss]take|[Ii]nvestors?)\s+(?:in|of)\s+(?:the\s+)?\Z")
WORD_BEFORE = re.compile(r"([A-Za-z-]+)\s+\Z")


STOCK_MOVE = re.compile(
    r"\s+(?:rose|fell|gained|lost|slipped|jumped|climbed|dropped|slid|surged|tumbled|"
    r"added|shed|edged (?:up|down|higher|lower))\s+(?:about |nearly |almost |more than )?"
    r"[\d.,]+\s?(?:%|percent|per cent)"
)
FIRM_POSSESSIVE = re.compile(
    r"['’]s\s+(?:chief|shares|stock|profit|profits|revenue|revenues|sales|earnings|board|"
    r"shareholders|chairman|chairwoman|ceo|cfo|finance chief|results|market value|plant|"
    r"plants|factory|factories|headquarters|subsidiary|brand|models?)\b",
    re.IGNORECASE,
)


def company_words(text: str, ents: list[Ent]) -> frozenset[str]:
    """The names the document shows to be companies, which a town's name in the gazetteer does
    not overrule: a listed company (``companies.jsonl``) or a name with a company's context at
    one of its mentions: a descriptor before it ("carmaker X"), "X, which", "shares of X", "X
    shares", a legal form after it, "X's chief executive / profit / plant", a share move with
    a percentage ("X gained 0.8%")."""
    descriptors = form_words("org_descriptor")
    found = set()
    for e in ents:
        word = text[e.start : e.end]
        if e.type not in ("ORG", "GPE", "PERSON") or word in found:
            continue
        before = WORD_BEFORE.search(text, max(0, e.start - 40), e.start)
        if (
            lookup_company(word)
            or (before and before.group(1).lower() in descriptors)
            or ORG_AFTER.match(text, e.end)
            or ORG_BEFORE.search(text, max(0, e.start - 30), e.start)
            or FIRM_POSSESSIVE.match(text, e.end)
            or STOCK_MOVE.match(text, e.end)
        ):
            found.add(word)
    return frozenset(found)


# a kind noun and a descriptor before a name, with no determiner or possessive before them
# ("Law firm X", "at audit firm X", "by investment bank X"): an apposition that names a firm,
# also one named after its founders ("Clifford Chance"); "the firm Ana Ruiz founded" keeps
# its person (session 12)
COMPOUND_DESCRIPTOR = re.compile(
    r"(?:^|(?<=[.!?:;\n(])\s*|\b(?!(?:the|a|an|his|her|its|their|our|my|your|this|that)\b)"
    r"[a-z]+\s+)([A-Za-z][a-z-]+) ([a-z-]+)\s+\Z"
)


def _compound_descriptor(text: str, start: int) -> bool:
    """True where "<kind noun> <descriptor>" stands right before ``start``, no determiner
    before them ("Law firm Clifford Chance", "at audit firm Ernst & Young")."""
    mt = COMPOUND_DESCRIPTOR.search(text, max(0, start - 60), start)
    return bool(
        mt
        and mt.group(2) in form_words("firm_noun")
        and mt.group(1).lower() not in STOP_WORDS
        and mt.group(1).lower() not in ARTICLE_WORDS
    )


def org_context(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A name a person's or a place's that its context says is an organisation: a descriptor
    noun right before it (``entity_forms.jsonl`` kind ``org_descriptor``: "software maker X",
    "newspaper X"), "X, which ...", "shares in X", "X shares". Not where the name opens with a
    given name ("rival Maria Ostrova") or is a known place; every mention of the name follows
    (the type vote of coref.link_names counts a fixed mention more)."""
    given = table_index("given_names.jsonl", "name")
    descriptors = form_words("org_descriptor")
    for e in ents:
        if e.type not in ("PERSON", "GPE") or e.fixed:
            continue
        word = text[e.start : e.end]
        first = word.split()[0]
        if (
            first in given
            and first.lower() not in english
            and not (e.type == "PERSON" and not e.titles and _compound_descriptor(text, e.start))
        ):
            continue
        if e.type == "GPE" and (place_pop(word) >= 0 or lookup_alias(word)):
            continue
        before = WORD_BEFORE.search(text, max(0, e.start - 40), e.start)  # a window: linear
        if (
            (before and before.group(1).lower() in descriptors)
            or ORG_AFTER.match(text, e.end)
            or ORG_BEFORE.search(text, max(0, e.start - 30), e.start)
        ):
            e.type, e.fixed = "ORG", True


COORDINATION = re.compile(r"^(?:,? and |,? or |, |/| & )$")


FRONTED = re.compile(
    r"(?:^|[.!?:;\n]\s*)(?:In|At|On|From|Across|Outside|Inside|Near|Beyond|Throughout) \Z"
)


def _town_partner(text: str, other: Ent) -> bool:
    """True where the ORG a place is joined to is itself a town of 15,000 people that no listed
    company bears: NER read a town a body, and the place beside it is no body either."""
    word = text[other.start : other.end]
    return place_pop(word) >= 15_000 and not lookup_company(word) and not other.fixed


def _known_place(word: str) -> bool:
    """A town the gazetteer holds, or a name a natural place's head word ends ("Kelso Reef")."""
    last = word.split()[-1].lower()
    return place_pop(word) > 0 or (
        " " in word and (last in form_words("loc_head") or last in natural_kinds())
    )


def claimed_body(text: str, other: Ent, form: bool = True) -> bool:
    """True where more than the model's label makes ``other`` a body (session 28, types16): its
    type was read off its form (unless ``form`` is False), a listed company or "&" names it, or
    a word of its name only a body's or a firm's name holds (a legal form, "Group", "Council",
    "Airlines", "Bank")."""
    word = text[other.start : other.end]
    if (form and other.fixed) or "&" in word or lookup_company(word) or lookup_company(other.name):
        return True
    return body_named(f"{word} {other.name}")


def body_named(name: str) -> bool:
    """True where a word of ``name`` (or its singular) is one only a body's or a firm's name
    holds (``body_name_words``: "Council", "Airlines", "Group", "Initiative", "plc")."""
    words = {w.lower().strip(",") for w in name.split()}  # "F.C." as the tables write it
    words |= {w.strip(".") for w in words}
    words |= {w[:-1] for w in words if w.endswith("s")}  # "Airlines", "Holdings"
    return bool(words & body_name_words())


@cache
def body_name_words() -> frozenset[str]:
    """The words only a body's or a firm's name holds: ``entity_forms`` kinds of bodies' heads,
    firms' nouns and tails and sectors, the name words of ``body_kinds.jsonl`` ("F.C.",
    "Railway"), the European heads of ``org_heads.jsonl`` ("Banco"), ``entity_words`` company
    tails and programmes, and the legal forms."""
    kinds = ("body_word", "firm_noun", "firm_tail", "org_descriptor", "kind_org", "sector_word")
    forms = {str(r["form"]).rstrip(".").lower() for r in read_jsonl("legal_forms.jsonl")}
    return frozenset().union(
        *(form_words(k) for k in kinds),  # "Energy", "Airlines"
        body_words(),
        org_heads(),
        entity_words("company_tail"),
        entity_words("programme"),
        forms,
    )


def coordinated_orgs(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Names coordinated with an organisation are organisations ("competes with Sonos and
    Bose", "Apple, Foxconn and Pegatron"): a mention typed a person or a place that is
    joined by "and", "or" or a comma to an ORG, unless it opens with a given name, is the
    surname of a person the text names, or is a country, an alias or a large place (100,000
    people), nor a place joined to a town of 15,000 that NER typed a body (session 24: "between
    Tawila and El Fasher"), nor a town of the gazetteer or a natural place by its head word joined
    to a name that only the model's label makes a body (``claimed_body``; session 28). (WordNet
    knows many firms' names in lower case: "bose", so English is no guard.)"""
    given = table_index("given_names.jsonl", "name")
    surnames = {
        text[x.start : x.end].split()[-1]
        for x in ents
        if x.type == "PERSON" and " " in text[x.start : x.end]
    }
    order = sorted(ents, key=lambda x: x.start)
    # "Brask Aero Inc., Hawthorne, Calif.": a town before its state is the company's seat
    seats = {
        id(a)
        for a, b in pairwise(order)
        if text[a.end : b.start] == ", "
        and (lookup_alias(text[b.start : b.end]) or place_pop(text[b.start : b.end]) >= 10**6)
    }
    changed = True
    while changed:
        changed = False
        for a, b in pairwise(order):
            if not COORDINATION.match(text[a.end : b.start]):
                continue
            if text[a.end : b.start].strip() == "," and FRONTED.search(
                text, max(0, a.start - 20), a.start
            ):
                continue  # "In Europe, BYD cut prices": a fronted phrase, no list (session 10)
            for e, other in ((a, b), (b, a)):
                if other.type != "ORG" or e.type not in ("PERSON", "GPE", "LOC", "PRODUCT"):
                    continue
                if e.type in ("GPE", "LOC") and (
                    _town_partner(text, other)
                    or (_known_place(text[e.start : e.end]) and not claimed_body(text, other))
                ):
                    # "the road between Tawila and El Fasher": two towns (s24); a town of the
                    # gazetteer or a natural place by its head word stays a place beside a name
                    # that only the model's label makes a body (session 28, types16)
                    continue
                if e.fixed or (e.type == "PRODUCT" and any(c.isdigit() for c in e.name)):
                    continue  # "the Boeing 737 and Airbus": a model stays a product
                if id(e) in seats:
                    continue
                word = text[e.start : e.end]
                first = word.split()[0]
                if (first in given and " " in word) or word in surnames:
                    continue
                if lookup_alias(word) or place_pop(word) >= 100_000 or place_kinds().get(word):
                    continue
                e.type, e.fixed, changed = "ORG", True, True


def article_names(doc: Doc, text: str, ents: list[Ent]) -> None:
    """A name right after a lower-case "the" is no person ("the Dee", "a smart speaker, the
    Solstice,"), unless a noun follows it ("the Obama administration") or a title goes with
    it: it takes the type of a name it is coordinated with ("the River Tay and the Dee"),
    else, as the apposition of a lower-case noun or with a model number, it is a PRODUCT."""
    order = sorted(ents, key=lambda x: x.start)
    for k, e in enumerate(order):
        if e.type != "PERSON" or e.fixed or e.titles or e.start < 4:
            continue
        if text[e.start - 4 : e.start] != "the ":
            continue
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None:
            continue
        nxt = doc[span.end] if span.end < len(doc) else None
        if (
            nxt is not None
            and nxt.is_alpha
            and (nxt.pos_ in ("NOUN", "PROPN", "") and nxt.is_lower)
        ):
            continue  # "the Obama administration": a name as a modifier
        partners = [
            x
            for x in (order[k - 1] if k else None, order[k + 1] if k + 1 < len(order) else None)
            if x is not None
            and x.type not in ("PERSON", "")
            and re.fullmatch(r",? (?:and|or) (?:the )?|, (?:the )?", _between(text, x, e))
        ]
        if partners:
            e.type, e.fixed = partners[0].type, True
            continue
        before = text[max(0, e.start - 40) : e.start - 4]
        if re.search(r"\b[a-z]+, $", before) or any(c.isdigit() for c in text[e.start : e.end]):
            e.type, e.fixed = "PRODUCT", True


LETTER_MODEL = re.compile(r" [A-HJ-UWYZ]$")  # not I, V, X: regnal numbers ("Henry V")


def letter_models(text: str, ents: list[Ent]) -> None:
    """A name typed a person that ends with a lone capital letter is a model ("Vega C",
    "Orion B"): people's initials take a full stop, and a regnal number or "Malcolm X" uses
    I, V or X."""
    for e in ents:
        if e.type == "PERSON" and not e.titles and LETTER_MODEL.search(text[e.start : e.end]):
            e.type, e.fixed = "PRODUCT", True


def _between(text: str, a: Ent, b: Ent) -> str:
    """The text between two mentions in either order."""
    return text[a.end : b.start] if a.end <= b.start else text[b.end : a.start]


# 18. a place that is a person's name ----------------------------------------------------------


def given_name_places(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A name NER typed a place that opens with a given name (``given_names.jsonl``, no English
    word) and that the gazetteer does not know, with no town or place head word after the
    given name, is a person ("a cross from Dale Moravec")."""
    given = table_index("given_names.jsonl", "name")
    heads = form_words("loc_head") | fac_heads()
    for e in ents:
        if e.type not in ("GPE", "LOC") or e.fixed:
            continue
        words = text[e.start : e.end].split()
        if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
            continue
        if words[0] not in given or words[0].lower() in english or lookup_alias(" ".join(words)):
            continue
        if place_pop(" ".join(words)) >= 0 or words[-1].lower() in heads:
            continue
        if any(place_pop(w) >= TOWN for w in words[1:]):
            continue
        e.type, e.fixed = "PERSON", True


def given_name_orgs(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A name NER typed an organisation that is two or three capitalised words opening with a
    given name (``given_names.jsonl``, no English word) is a person ("Ngozi Okafor said", "a
    call with Erling Vatne"), unless a table knows it (a listed company: "Charles Schwab", "Ralph
    Lauren"; an alias, a place), the document shows a company (``company_words``: a descriptor,
    shares, a legal form, "X's chief executive") or names its first word a company ("Kia
    Sportage" after "Kia"), or a word of the name says a body, a
    company, a place or an event (``org_head``, ``body_word``, ``sector_word``,
    ``company_tail``, facility and natural heads, ``event_tail``), or a later word is English
    ("Hugo Boss", "Morgan Motor"). Session 12 (issue 13: PERSON read as ORG)."""
    given = table_index("given_names.jsonl", "name")
    heads = (
        form_words("org_head")
        | form_words("body_word")
        | form_words("sector_word")
        | form_words("event_tail")
        | form_words("institution_word")
        | form_words("loc_head")
        | fac_heads()
        | entity_words("company_tail")
        | legal_forms()
    )
    firms: frozenset[str] | None = None
    orgs = {text[x.start : x.end] for x in ents if x.type == "ORG"}
    for e in ents:
        if e.type != "ORG" or e.fixed or e.titles:
            continue
        word = text[e.start : e.end]
        words = word.split()
        if not 2 <= len(words) <= 3 or word.isupper():
            continue
        if not all(re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?", w) for w in words):
            continue
        if words[0] not in given or any(w.lower() in english for w in words[1:]):
            continue
        if words[0].lower() in english and not _listed_with_person(text, ents, e):
            continue  # "Grant Thornton", "Rose Hill": a given name that is an English word
        if any(w.lower() in heads for w in words):
            continue
        if lookup_company(word) or lookup_alias(word) or place_pop(word) >= 0:
            continue
        if lookup_company(words[0]) or words[0] in orgs:
            continue  # "Kia Sportage" after "Kia": a company's model, no person
        if firms is None:
            firms = company_words(text, ents)
        if word in firms or words[0] in firms:
            continue
        e.type = "PERSON"


def _listed_with_person(text: str, ents: list[Ent], e: Ent) -> bool:
    """True where a list joins ``e`` to a full name typed a person ("ahead of Amos Kipruto and
    Conner Mantz", "Rose Otieno, Jane Kamau and ..."): a list of people is a list of people."""
    for x in ents:
        if x is e or x.type != "PERSON" or " " not in text[x.start : x.end]:
            continue
        gap = text[x.end : e.start] if x.end <= e.start else text[e.end : x.start]
        if (x.end <= e.start or e.end <= x.start) and COORDINATION.match(gap):
            return True
    return False


# 19. names of public bodies --------------------------------------------------------------------


def _org_head(e: Ent, text: str) -> bool:
    """True for a body's name: its last word is a body's head ("Bankruptcy Court"), or its
    head comes before "of" or "for" ("Court of Appeals", "Agency for Asylum")."""
    words = text[e.start : e.end].split()
    heads = form_words("org_head")
    if words and words[-1].lower() in heads:
        return True
    return any(w.lower() in heads and n in ("of", "for") for w, n in pairwise(words))


CONTINUATION = re.compile(
    r" for (?:the )?(?:[A-Z][\w’'-]*)(?: (?:of|and|the|for|[A-Z][\w’'-]*))*(?=[^\w’'-]|$)"
)


def public_bodies(doc: Doc, text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """Give public bodies their whole name:

    - an organisation whose last word is a body's head continues with "for (the) ..."
      ("U.S. Bankruptcy Court for the District of Delaware", "Office for Budget Review");
    - an acronym of a known organisation right before one is part of it ("UN Office for ...");
    - "X and Y Committee": a capitalised ORG before "and" and a body is one name;
    - a country's abbreviation NER cut off a body's name of two words or more is part of it
      ("U.S." + "District Court for ..."; not an acronym's expansion, session 10);
    - a body named with its country last ("Environment and Climate Change Canada") is one ORG
      where NER typed the country an organisation or a nationality.
    """
    gone: set[int] = set()  # ids of mentions merged into a longer one (no list scans)
    for e in sorted(ents, key=lambda x: x.start):
        if id(e) in gone or e.type != "ORG" or not _org_head(e, text):
            continue
        mt = CONTINUATION.match(text, e.end)
        if mt:
            tail = mt.group(0)
            # stop before a trailing function word or lower-case word
            tail = re.sub(r"(?: (?:of|and|the|for))+$", "", tail)
            rest = re.sub(r"^ for (?:the )?", "", tail)
            # "thanked the Council for Kenya's help": a place or a possessive is no name's end
            if (
                rest
                and not re.search(r"['’]s?$", rest)
                and not lookup_alias(rest)
                and place_pop(rest) < 0
            ):
                new_end = e.end + len(tail)
                gone.update(id(x) for x in _overlapping(ents, e.end, new_end) if x is not e)
                e.name = _full_body_name(e.name) + tail
                e.end = new_end
                e.fixed = True
    by_start = sorted((x for x in ents if id(x) not in gone), key=lambda x: x.start)
    for a, b in pairwise(by_start):
        if id(a) in gone or b.type != "ORG" or not _org_head(b, text):
            continue
        gap = text[a.end : b.start]
        alias = lookup_alias(text[a.start : a.end])
        # "UN Population Fund": a known organisation's acronym before a body
        if gap == " " and a.type == "ORG" and alias and alias[1] == "ORG" and a.end - a.start <= 5:
            # a body named by its remit keeps the name the text gives it ("UN Office for the
            # Coordination of Humanitarian Affairs" -> "Office for the Coordination of ...",
            # its usual title); a bare body takes the organisation's name ("United Nations
            # Population Fund")
            if not re.search(r" (?:for|of|on) ", b.name) and not b.name.startswith(alias[0]):
                b.name = alias[0] + " " + b.name
            b.start = a.start
            b.fixed = True
            gone.add(id(a))
        # "U.S." + "District Court for the Southern District of New York": NER cut the
        # country's abbreviation off a body's name of two words or more (session 10)
        elif (
            gap == " "
            and a.type == "GPE"
            and a.end - a.start <= 5
            and alias
            and alias[1] == "GPE"
            and " " in text[b.start : b.end]
            and not b.titles
            and not text.startswith(" (", b.end)  # an acronym's expansion keeps its span
        ):
            # a state's name before a national body's short name is the state's body, as
            # written ("Ohio" + "Supreme Court": the Ohio Supreme Court, not the federal one)
            state = place_kinds().get(text[a.start : a.end], "").startswith("us_state")
            b.start = a.start
            written = text[a.start : b.end] if state else text[a.start : a.end] + " " + b.name
            b.name = _full_body_name(written)
            b.fixed = True
            gone.add(id(a))
        # "Monetary Policy and Financial Stability Committee"
        elif (
            gap == " and "
            and a.type == "ORG"
            and not _org_head(a, text)
            and not lookup_company(text[a.start : a.end])
            and not alias
            and all(w[:1].isupper() for w in text[a.start : a.end].split())
        ):
            b.start = a.start
            b.name = text[b.start : b.end]
            b.fixed = True
            gone.add(id(a))
    if gone:
        ents[:] = [x for x in ents if id(x) not in gone]
    # "Environment and Climate Change Canada", "Statistics Norway"
    not_nouns = english_months() | entity_words("direction")
    for mt in COUNTRY_LAST.finditer(text):
        alias = lookup_alias(mt.group(2))
        if not alias or alias[1] != "GPE" or place_kinds().get(alias[0]) != "country":
            continue
        at = [x for x in ents if x.start == mt.start(2) and x.end == mt.end(2)]
        lead = mt.group(1)
        while lead.split() and lead.split()[0].lower() in STOP_WORDS:  # "But", "The"
            lead = lead.split(" ", 1)[1] if " " in lead.strip() else ""
        words = [w for w in lead.split() if w not in ("and", "&")]
        if not words or lead.split()[0] in ("and", "&"):
            continue
        if not all(_english_noun(w, english) for w in words) or any(
            w.lower() in not_nouns or is_title_word(w) or place_pop(w) >= 100_000 for w in words
        ):
            continue
        # NER's own reading (the country typed an organisation), or nouns joined by "and"
        if not any(x.type in ("ORG", "NORP") for x in at) and not re.search(r" (and|&) ", lead):
            continue
        start = mt.end(2) - len(lead) - len(mt.group(2))
        end = mt.end(2)
        # "the United States and Canada": names of places or people are no body's words
        if any(x.type in ("GPE", "LOC", "PERSON") for x in _overlapping(ents, start, mt.start(2))):
            continue
        if any(lookup_alias(p.strip()) for p in re.split(r" (?:and|&) ", lead)):
            continue
        _put(ents, Ent(start, end, "ORG", text[start:end], fixed=True), only_inside=False)


# the capitalised words right before " of " and a place: "Law Society of", "Reserve Bank of"
BODY_BEFORE_OF = re.compile(r"((?:[A-Z][\w’'-]*\s)*[A-Z][\w’'-]*) of $")


def bodies_of_places(text: str, ents: list[Ent]) -> None:
    """A body titled "<Head> of <place>" that NER cut at "of" is one ORG: "Law Society" +
    "of" + "Kenya" -> "Law Society of Kenya"; also where NER tagged only the place ("Reserve
    Bank of New Zealand"). The words before "of" are capitalised, end with a body's head word
    (``org_head``, ``body_word``, ``of_place_head`` of models/entity_forms.jsonl), hold no
    title word and no name of another kind; a leading "The" stays out. Session 11."""
    heads = form_words("org_head") | form_words("body_word") | form_words("of_place_head")
    for g in sorted((x for x in ents if x.type == "GPE"), key=lambda x: x.start):
        mt = BODY_BEFORE_OF.search(text, max(0, g.start - 80), g.start)
        if mt is None or mt.end() != g.start or re.match(r" [A-Z]", text[g.end : g.end + 2]):
            continue
        words = mt.group(1).split()
        start = mt.start(1)
        while words and words[0].lower() in STOP_WORDS:  # "The", "But"
            start += len(words[0]) + 1
            words = words[1:]
        if not words or words[-1].lower() not in heads or any(is_title_word(w) for w in words):
            continue
        inside = _overlapping(ents, start, g.start)
        if any(x.type != "ORG" or x.start < start for x in inside):
            continue  # a person's or place's name, or a longer name, before "of"
        _put(ents, Ent(start, g.end, "ORG", text[start : g.end], fixed=True), only_inside=False)


def _english_noun(w: str, english: frozenset[str]) -> bool:
    """True for a word English knows in lower case, plurals too ("Fisheries", "Resources")."""
    low = w.lower()
    return (
        low in english
        or (low.endswith("s") and low[:-1] in english)
        or (low.endswith("ies") and low[:-3] + "y" in english)
    )


COUNTRY_LAST = re.compile(r"((?:[A-Z][a-z]+ (?:and |& )?)+)([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def _full_body_name(name: str) -> str:
    """Spell out a country abbreviation that opens a body's name ("U.S. District Court" ->
    "United States District Court"), as the name of the whole body reads."""
    first, _, rest = name.partition(" ")
    alias = lookup_alias(first)
    if rest and alias and alias[1] == "GPE":
        return alias[0] + " " + rest
    return name


# 20. a product's longer name ------------------------------------------------------------------


def name_stems(text: str, ents: list[Ent]) -> None:
    """The document's own names before the gazetteer: a mention typed a place or a person that
    is the opening of a company's name with its legal form ("Shares in Ostrander" after
    "Ostrander Wind GmbH") is that company; one that is the stem of a numbered product ("Lumen"
    beside "Lumen-B2") is that product. Not for countries, aliases, large places (100,000)."""
    companies: dict[str, str] = {}
    products: set[str] = set()
    for x in ents:
        words = text[x.start : x.end].split()
        if x.type == "ORG" and "legal" in x.tags and len(words) >= 2:
            for k in range(1, len(words) - 1 + (len(words) == 2)):
                companies.setdefault(" ".join(words[:k]), x.name)
        if x.type == "PRODUCT" and any(c.isdigit() for c in text[x.start : x.end]):
            stem = re.split(r"[- ]", text[x.start : x.end])[0]
            if stem and not any(c.isdigit() for c in stem):
                products.add(stem)
    if not companies and not products:
        return
    for e in ents:
        if e.type not in ("GPE", "LOC", "PERSON") or e.fixed or e.titles:
            continue
        word = text[e.start : e.end]
        if lookup_alias(word) or place_pop(word) >= 100_000:
            continue
        if word in companies:
            e.type, e.name, e.fixed = "ORG", companies[word], True
        elif word in products:
            e.type, e.fixed = "PRODUCT", True


def product_variants(text: str, ents: list[Ent]) -> None:
    """A name that opens with a product's designation is that product's variant ("Arc 5 Pro"
    after "Arc 5" PRODUCT), whatever NER typed it."""
    products = {text[e.start : e.end] for e in ents if e.type == "PRODUCT"}
    products = {p for p in products if any(c.isdigit() for c in p)}
    for e in ents:
        if e.type in ("ORG", "PERSON", "GPE", "LOC", "FAC"):
            name = text[e.start : e.end]
            if any(name.startswith((p + " ", p + "-")) for p in products):
                e.type, e.fixed = "PRODUCT", True


def refine(
    doc: Doc,
    ents: list[Ent],
    english: frozenset[str] = frozenset(),
    taken: Iterable[tuple[int, int]] = (),
) -> tuple[list[Ent], list[tuple[int, int]]]:
    """Run the form rules; return the mentions and the spans taken from figures and dates."""
    text = text_of(doc)
    ents = list(ents)
    blocked = list(taken)

    def is_taken(s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in blocked)

    strip_bullets(text, ents)
    place_and_group(text, ents)
    possessive_names(doc, text, ents)
    speaker_labels(doc, text, ents)
    government_of(text, ents)
    split_companies(doc, text, ents)
    legal_form_names(doc, ents)
    storms(doc, text, ents)
    freed = numbered_roads(text, ents)
    freed += designations(doc, text, ents, english)
    word_products(text, ents, english)
    product_variants(text, ents)
    name_stems(text, ents)
    list_items(doc, text, ents)
    publications(doc, text, ents)
    the_names(doc, text, ents)
    freed += law_years(doc, text, ents)
    by_head_word(doc, text, ents)
    public_bodies(doc, text, ents, english)
    bodies_of_places(text, ents)
    cut_titles(doc, text, ents)
    ents += styled_people(
        doc, text, ents, english
    )  # "Frenchman Hugo Gasquet" typed ORG (session 30)
    common_words(doc, text, ents, english)
    titled_names(doc, text, ents, english)
    org_context(text, ents, english)
    coordinated_orgs(text, ents, english)
    article_names(doc, text, ents)
    letter_models(text, ents)
    given_name_places(text, ents, english)
    given_name_orgs(text, ents, english)
    joined_places(text, ents)
    person_words = {w for e in ents if e.type == "PERSON" for w in text[e.start : e.end].split()}
    places(doc, text, ents, person_words, english, blocked)
    article_places(doc, text, ents)
    ents.sort(key=lambda e: e.start)
    return ents, freed

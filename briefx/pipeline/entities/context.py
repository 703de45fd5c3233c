"""Entity types read off the words around a name (session 7, issue 13), after the form rules
of ``forms.refine`` and before the document-level linking of ``coref.link_names``.

Each rule reads a kind of context, never a name; the word lists are ``entity_forms.jsonl``
kinds (``natural_after``, ``crossing_word``, ``event_word``, ``product_noun``) and
``entity_words.jsonl`` kind ``gpe_head``. In order:

1. Natural places: a name between "the" and a lower-case natural feature word ("the Lugenda
   river", "the Kivu lake"; "island" and "volcano" also without "the") is that feature, a LOC named "Lugenda River"; a one-word name
   after a word of crossing or following and "the" ("crossed the Oskil", "along the Tisza")
   that no table knows and that no noun follows is a river or a region (LOC).
2. Kind words after a name: a name before a lower-case subdivision word ("Ituri province",
   "Arad county", "Aichi prefecture") is a GPE named "Ituri Province" (ANNOTATION.md:
   administrative units are GPE; the lower-case word stays outside the span, the name is the
   canonical title); one before a lower-case facility word, after at most two modifiers ("the
   Simandou mine", "Escondida copper mine", "the Elizabeth line"), is a FAC (session 8), not
   where the name is a company or a known place that owns or locates it ("the Ford plant").
3. Events: a capitalised run that ends with an event word ("Dubai Airshow", "Royal Welsh Show",
   "Web Summit", "the Commonwealth Games", "the Goodwood Festival of Speed") is one EVENT, over
   the names NER found inside it; "Games" only after "the". Session 9: an event word with its
   year ("Expo 2025", the year no date) and a named fire after "the" ("the Dixie Fire") are
   one EVENT; a planet alone after a word of travel ("past Venus") is a LOC.
4. Branded products: a brand right before a product ("Toyota" + "Hilux", "Ford" + "F-150") is
   one PRODUCT; so is a name typed an organisation that opens with a company the document or
   the company table names and goes on with a model's name, after "the" or before a product
   noun ("the new Nissan Leaf", "Volvo EX30 cars").
5. Appositives: ", the copper mine", ", the lift maker", ", a town" after a name type it (FAC,
   ORG, GPE) where NER typed it otherwise.
5b. Listed companies NER missed whose name is one glued word ("Rolls-Royce", "H&M", "eBay")
   are read off the text, as written or in capitals (session 10).
5c. Bodies named by their head and remit after "the" ("the Department of Justice", "the
   Bureau of Labor Statistics") that NER missed are one ORG (session 10).
5d. An untagged name joined by "and" or a comma to an organisation is one ("led by Equinor
   and Aker BP"), session 10.
5e. Partners' surnames joined by commas and "&" are one firm ("Wachtell, Lipton, Rosen &
   Katz"); a name before a number and "index" is an index's, no entity ("the FTSE 250 index"),
   session 10.
6. Names that speak: an untagged capitalised word before a reporting verb ("EDF said") that no
   person or given name explains is an organisation.
7. Laws NER missed: "the AI Act", "the Digital Services Act" (a capitalised run ending with a
   law word after "the") are one LAW; so is a law cited by its number ("Regulation (EU)
   2025/1412", "Bill C-41", "Senate Bill 412", "Law 10/2014"), whose numbers are then no
   figure or date (session 10).
Session 12 (issue 13 types): a first-level subdivision before "coast" stays a GPE ("the Suffolk
coast"); a name ending with Conference, Forum or Congress is an EVENT where the text says it
takes place ("at the", "was postponed": ``gatherings``); a proper name and a unit letter or
digit in a paragraph about power generation is a station's unit, a FAC ("Hinkley Point C":
``plant_units``); a name, "and"/"&" and a partnership word is one firm ("Becker and
Partners": ``founder_firms``); a body named by its remit is no law ("the Office for Nuclear
Regulation").
8. Lone names (``lone_names``, run by the component after the linking and sports rules): a
   one-word name typed a person that no full name, title, table or given name supports is an
   organisation, or a place the gazetteer knows ("Ryanair said", "near Goma"); a one-word name
   typed a body whose every mention stands after a place's preposition and none speaks is a
   place (``lone_bodies``, session 18: "landfall near Cocodrie"). A town before words of power
   generation and a station word names the station ("the Pickering nuclear station", session
   18, in ``facilities``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from spacy.attrs import ORTH
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.strings import get_string_id
from spacy.tokens import Doc

from briefx.normalize.cues import cues
from briefx.normalize.names import (
    companies,
    entity_words,
    fac_heads,
    fold_letters,
    is_surname,
    is_title_word,
    lookup_alias,
    lookup_company,
    lookup_person,
    place_kinds,
    place_pop,
    world_places,
)
from briefx.pipeline._util import longest_first, shortest_first, text_of
from briefx.pipeline.coref import (
    NEXT_CAPITAL,
    Covered,
    Ent,
    country_code,
    document_country,
    titled_unit,
    unit_title,
    unit_worded,
)
from briefx.pipeline.coref.countries import places_country
from briefx.pipeline.entities.commons import headline, line_around
from briefx.pipeline.entities.evidence import STRONG as STRONG_CUE
from briefx.pipeline.entities.evidence import lone_evidence
from briefx.pipeline.entities.forms import (
    _english_noun,
    _overlapping,
    _put,
    body_led,
    company_words,
    english_months,
    form_words,
    legal_forms,
    listed_first_words,
    product_nouns,
)
from briefx.pipeline.entities.tickers import tickers
from briefx.resources import table_index

NAME_WORD = r"[A-Z][\w'’-]*"
# the next word, matched at an offset (``pattern.match(text, pos)``: no copy of the text's rest)
NEXT_LOWER = re.compile(r" ([a-z]+)\b")
NEXT_ON_IN = re.compile(r" (?:On|In)\b")
CONNECTORS = ("of", "de", "and", "the", "for")
STRONG = frozenset({"province", "prefecture", "oblast", "governorate", "voivodeship", "canton"})


def by_context(
    doc: Doc, ents: list[Ent], english: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Run the context rules over the document's mentions (in place); return the spans of
    names that hold a year, which is then no date."""
    text = text_of(doc)
    tickers(text, ents)  # "(KSTB.O)", "(NASDAQ: CRVN)": the symbol is no name
    natural_places(doc, ents, english)
    subdivisions(text, ents)
    coordinated_subdivisions(text, ents)  # "Swat and Shangla districts"
    units_of(text, ents)  # "the provinces of Malatya and Adiyaman" (session 41)
    facilities(doc, ents, english)
    events(text, ents, english)
    gatherings(text, ents)  # "at the Munich Security Conference": a meeting, no body
    plant_units(text, ents, english)  # "Hinkley Point C" in power copy: a station's unit
    freed = event_years(text, ents)  # a year inside an event's name is no date ("Expo 2025")
    sky_objects(text, ents)
    branded_products(text, ents)
    listed_companies(doc, ents, english)
    appositives(doc, ents, english)
    laws(text, ents)
    freed += cited_laws(text, ents)  # "Regulation (EU) 2025/1412": its numbers no figure
    bodies_of(text, ents)  # "the Department of Justice" that NER missed
    bodies_by_head(text, ents)  # "the Regional Meteorological Centre" that NER missed (s29)
    coordinated_names(doc, ents, english)  # "led by Equinor and Aker BP"
    partner_firms(text, ents)  # "Wachtell, Lipton, Rosen & Katz"
    founder_firms(text, ents, english)  # "Becker and Partners", "Hale & Sons"
    index_names(text, ents)  # "the FTSE 250 index": no entity
    speakers(doc, ents, english)
    acting_places(text, ents, english)
    bodies_after(text, ents)
    facility_runs(text, ents, english)
    bullet_names(text, ents, english)
    ents.sort(key=lambda e: e.start)
    return freed


# 1. natural places ---------------------------------------------------------------------------


def _known(word: str) -> bool:
    """A name a table gives a kind to: a country, state, alias or listed company."""
    return bool(place_kinds().get(word) or lookup_alias(word) or lookup_company(word))


def _subdivision(word: str) -> bool:
    """A first-level subdivision the gazetteer knows ("Suffolk", "Kerala"), or a state."""
    return place_kinds().get(word) == "us_state" or any(
        r["kind"] == "subdivision" for r in world_places().get(word, ())
    )


# "the Kestrel plain of wheat": a feature word before "of" and a lower-case word names a kind of
# thing, no feature (session 40)
OF_KIND = re.compile(r" of (?:the )?[a-z]")


def natural_places(doc: Doc, ents: list[Ent], english: frozenset[str]) -> None:
    text = text_of(doc)
    after = form_words("natural_after")
    bare = form_words("natural_after_bare")
    crossing = form_words("crossing_word")
    for e in ents:
        if e.fixed or e.titles or e.type in ("NORP", "LAW", "EVENT", "LOC"):
            continue
        word = text[e.start : e.end]
        if any(c.isdigit() for c in word) or not word[:1].isupper():
            continue
        before = text[max(0, e.start - 40) : e.start]
        mt = NEXT_LOWER.match(text, e.end)
        nxt = mt.group(1) if mt else ""
        # "off Tagulandang island", "near Merapi volcano": these words need no "the" (session 9)
        if nxt in bare and not _known(word):
            e.type, e.fixed = "LOC", True
            continue
        if not re.search(r"\bthe $", before):
            continue
        if nxt in form_words("area_part") and _subdivision(word):
            # "the Suffolk coast": the county's coast, the county a GPE (session 12)
            e.type, e.fixed = "GPE", True
            continue
        if nxt in after and not _known(word) and not (mt and OF_KIND.match(text, mt.end())):
            e.type, e.fixed = "LOC", True
            e.name = f"{e.name} {nxt.rstrip('s').title()}" if nxt in ("river", "rivers") else e.name
            continue
        prev = re.search(r"([a-z]+) the $", before)
        if (
            prev
            and prev.group(1) in crossing
            and word.count(" ") <= 1
            and not _known(word)
            and word.lower() not in english
            and not noun_after(doc, e.end, english)
        ):
            e.type, e.fixed = "LOC", True
    # a name NER missed there: "along the Tisza near ..."
    covered = Covered(len(text), ents)
    for mt in CROSSING.finditer(text):
        if mt.group(1).lower() not in crossing:
            continue
        s, end = mt.span(2)
        word = mt.group(2)
        if (
            covered.hit(s, end)
            or word.lower() in english
            or _known(word)
            or noun_after(doc, end, english)
        ):
            continue
        if word.lower() in english_months():
            continue
        ents.append(Ent(s, end, "LOC", word, fixed=True, tags={"crossing"}))
        covered.add(s, end)


CROSSING = re.compile(r"\b([a-z]+) the ([A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+)?)\b(?![\w'’-])")


def noun_after(doc: Doc, end: int, english: frozenset[str]) -> bool:
    """True where a noun follows the name that ends at ``end`` ("the Nile cruise"): the name
    modifies it (with no tagger: an English word that is no function word)."""
    span = doc.char_span(end, len(text_of(doc)), alignment_mode="expand")
    if span is None or not len(span):
        return False
    nxt = span[0]
    if not (nxt.is_alpha and nxt.is_lower):
        return False
    if nxt.pos_:
        return nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM")
    return not nxt.is_stop and _english_noun(nxt.text, english)


# 2. kind words after a name: subdivisions and facilities ------------------------------------


def _weak_unit(
    text: str, ents: list[Ent], e: Ent, unit: str, country: Callable[[], str] | None = None
) -> bool:
    """ "district" after a name typed a place (or a natural place, session 25: "of Solukhumbu
    district") that the gazetteer knows as no town ("Buner district"; not "the Shibuya
    district", a town's quarter, nor "Kozhikode district", named after its town), "region" after a first-level subdivision the gazetteer puts in the
    document's country ("the Volta region" in a text about Ghana; not "the Sahel region", also
    a province of Burkina Faso): session 13. Any unit word the tables title the name by, or
    one English Wikipedia titles the document's country's units of that word by, after a name
    typed a place ("the Kursk region", "Sunamganj district" in a story about Bangladesh,
    "Sylhet division"; ``coref.unit_worded``, session 41)."""
    word = text[e.start : e.end]
    if place_kinds().get(word) not in ("country", "us_state", "demonym"):
        home = country() if country is not None else _unit_country(text, ents)
        if e.type in ("GPE", "LOC") and unit_worded(word, unit, home):
            return True
        if titled_unit(word, unit, country_code(home) or "") is not None:
            return True  # a unit the tables know, whatever NER read ("the Kherson region")
    if unit == "district":  # a place NER read as a natural one too ("of Solukhumbu district"; s25)
        return e.type in ("GPE", "LOC") and place_pop(word) < 0
    if unit != "region":
        return False
    rows = [r for r in world_places().get(word, ()) if r["kind"] == "subdivision"]
    named = (country() if country is not None else document_country(text, ents)) if rows else None
    code = country_code(named) if named else None
    return any(r["country"] == code for r in rows)


def _named_bare(e: Ent, word: str) -> bool:
    """Whether a mention is still named by its written word (or that word with the gazetteer's
    accents, "Valparaiso" -> "Valparaíso"): no rule gave it a longer name."""
    return e.name == word or fold_letters(e.name) == fold_letters(word)


def _unit_country(text: str, ents: list[Ent]) -> str:
    """The country whose units' form titles a name before a unit word: the document's, or the
    one all the places it names lie in ("the province of Bergamo" beside "Brescia" and
    "Lombardy": Italy's "Province of Bergamo"; session 41)."""
    return document_country(text, ents) or places_country(ents) or ""


def subdivisions(text: str, ents: list[Ent]) -> None:
    """A name before a lower-case subdivision word is a GPE with the word in its name."""
    heads = entity_words("gpe_head")
    home: list[str] = []  # the document's country, read once where a rule needs it

    def country() -> str:
        if not home:
            home.append(_unit_country(text, ents))
        return home[0]

    for e in ents:
        if e.type in ("LAW", "EVENT", "PRODUCT") or e.titles:
            continue
        mt = NEXT_LOWER.match(text, e.end)
        if not mt or (
            mt.group(1) not in heads and not _weak_unit(text, ents, e, mt.group(1), country)
        ):
            continue
        if e.type == "NORP" and titled_unit(text[e.start : e.end], mt.group(1), "") is None:
            continue  # (a people's name: "Kurdish region"; "the Dagestan republic" is the unit)
        word = text[e.start : e.end]
        if not word[:1].isupper() or word.split()[-1].lower() in heads:
            continue
        if place_kinds().get(word) in ("country", "us_state"):
            continue  # "the Texas county" names no county
        if e.type == "ORG" and place_pop(word) < 0 and mt.group(1) not in STRONG:
            continue  # "the Labour borough of ...": an organisation before a weak word
        e.type, e.fixed = "GPE", True
        if _named_bare(e, word):
            e.name = unit_title(word, mt.group(1), country())
            e.tags.add("unit_word")


# the kinds of unit that a plural after coordinated names makes each name one of; "district" and
# "region" too, which after one name are weaker ("the Ginza district", "the Sahel region")
PLURAL_UNIT = re.compile(r" ([a-z]+)\b")
JOIN = frozenset({", ", " and ", ", and ", " or "})
SPLIT_AND = re.compile(r" and ")


@cache
def _plural_units() -> dict[str, str]:
    """Return plural -> singular of the subdivision words (``gpe_head``, "district", "region",
    "division", "regency")."""
    out = {}
    for w in entity_words("gpe_head") | {"district", "region", "division", "regency"}:
        plural = w[:-1] + "ies" if w.endswith("y") else w + ("es" if w.endswith("sh") else "s")
        out[plural] = w
    return out


def coordinated_subdivisions(text: str, ents: list[Ent]) -> None:
    """Names joined by "and" or commas before a lower-case plural subdivision word ("Garissa and
    Tana River counties", "Tigray and Amhara regions", "Swat, Buner and Shangla districts") are
    each a GPE titled with the word ("Garissa County", "Tigray Region"), as one name before the
    singular is (``subdivisions``); a span NER drew over the whole list is split at its "and"
    (session 13). Countries and U.S. states are left alone ("Ohio and Texas counties")."""
    units = _plural_units()
    country: str | None = None
    ents.sort(key=lambda e: e.start)
    k = 0
    while k < len(ents):
        e = ents[k]
        mt = PLURAL_UNIT.match(text, e.end)
        unit = units.get(mt.group(1)) if mt else None
        if unit is None or e.type in ("NORP", "LAW", "EVENT", "PRODUCT") or e.titles:
            k += 1
            continue
        chain = [e]
        j = k
        while j > 0 and text[ents[j - 1].end : ents[j].start] in JOIN:
            chain.insert(0, ents[j - 1])
            j -= 1
        if len(chain) == 1:
            word = text[e.start : e.end]
            parts = SPLIT_AND.split(word)
            if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
                k += 1
                continue
            cut = e.start + len(parts[0])
            second = Ent(cut + len(" and "), e.end, e.type, parts[1])
            e.end, e.name = cut, parts[0]
            ents.insert(k + 1, second)
            chain = [e, second]
        for x in chain:
            word = text[x.start : x.end]
            if not word[:1].isupper() or place_kinds().get(word) in ("country", "us_state"):
                continue
            if _named_bare(x, word):
                if country is None:
                    country = _unit_country(text, ents)
                x.name = unit_title(word, unit, country)
                x.tags.add("unit_word")
            x.type, x.fixed = "GPE", True
        k += 1


# the unit word before a name: "the province of Valencia", "the provinces of Malatya and
# Adiyaman", "the southern region of Tigray" (session 41); matched where the name starts
UNIT_OF = re.compile(r"\b([a-z]+) of \Z")
# a plural unit word right before a list of names: "counties Galway and Mayo" (Irish usage)
UNITS_BEFORE = re.compile(r"\b(counties|provinces|regions|districts|states) \Z")
# before the unit word: "the", or "the" and lower-case words ("the southern province of")
UNIT_LEAD = re.compile(r"\b[Tt]he(?: [a-z]+(?:-[a-z]+)?){0,2} \Z")
OF_UNITS = frozenset(
    {"province", "prefecture", "county", "oblast", "governorate", "canton", "voivodeship"}
    | {"district", "region", "state", "department", "division", "regency"}
)


def units_of(text: str, ents: list[Ent]) -> None:
    """A name after "<unit word> of" ("the province of Valencia", "the region of Tigray"), and
    each of the names joined after the word's plural ("the provinces of Malatya and Adiyaman",
    "counties Galway and Mayo"),
    is a GPE titled as the country titles its units of that word (``unit_title``: "Province of
    Valencia" in Spain, "Malatya Province" in Turkey, "Tigray Region"), as a name before the
    word is (``subdivisions``). Not a country or a U.S. state ("the state of Ohio": the state's
    name is its title), nor a name already given a longer one; a body or a person's name only
    where the gazetteer or the unit tables know the place (session 41)."""
    units = _plural_units()
    ents.sort(key=lambda e: e.start)
    country: str | None = None
    k = 0
    while k < len(ents):
        e = ents[k]
        mt = UNIT_OF.search(text, max(0, e.start - 40), e.start) or UNITS_BEFORE.search(
            text, max(0, e.start - 20), e.start
        )
        word = mt.group(1) if mt else ""
        unit = word if word in OF_UNITS else units.get(word)
        if mt is None or unit is None or unit not in OF_UNITS:
            k += 1
            continue
        if mt.re is UNIT_OF and not UNIT_LEAD.search(text, max(0, mt.start() - 20), mt.start()):
            k += 1  # (not "the Northern Rivers region of New South Wales": that region's name)
            continue
        chain = [e]
        if word != unit:  # a plural governs the names joined after it
            while k + len(chain) < len(ents):
                nxt = ents[k + len(chain)]
                if text[chain[-1].end : nxt.start] not in JOIN:
                    break
                chain.append(nxt)
            if len(chain) < 2:
                k += 1  # ("the northern districts of Marseille": parts of one city)
                continue
        elif (
            unit == "district"
            and mt.start() - 4 >= 0
            and text[mt.start() - 4 : mt.start()] != "the "
        ):
            k += 1  # ("the business district of Nairobi": a part of a city)
            continue
        for x in chain:
            name = text[x.start : x.end]
            if not _named_bare(x, name) or x.titles or not name[:1].isupper():
                continue
            if x.type not in ("GPE", "LOC", "ORG", "PERSON"):
                continue
            if place_kinds().get(name) in ("country", "us_state"):
                continue
            if country is None:
                country = _unit_country(text, ents)
            code = country_code(country) or ""
            if (
                x.type in ("ORG", "PERSON")
                and place_pop(name) < 0
                and titled_unit(name, unit, code) is None
            ):
                continue  # (a body's or a person's name the tables know as no place)
            x.name = unit_title(name, unit, country)
            x.type, x.fixed = "GPE", True
            x.tags.add("unit_word")
        k += len(chain)


@cache
def fac_words() -> frozenset[str]:
    """Facility head words (GeoNames class S in ``entity_forms.jsonl``, the older list of
    ``entity_words.jsonl``, and ``fac_after``: words written in lower case after a facility's
    name, "the Elizabeth line", "the Viking Link interconnector")."""
    return fac_heads() | form_words("fac_after")


# heads after which a company's name is the owner, not the facility ("the Ford plant")
OWNED = frozenset({"plant", "refinery", "depot", "terminal", "complex", "base", "pipeline"})
KIND_AFTER = re.compile(r"((?: [a-z]+){1,3})\b")


def _fac_head(doc: Doc, text: str, end: int, english: frozenset[str]) -> str:
    """The facility word that follows the name ending at ``end``, after at most two
    lower-case modifiers that are nouns or adjectives ("Escondida copper mine", "Hornsea wind
    farm"), else ""."""
    mt = KIND_AFTER.match(text, end)
    if not mt:
        return ""
    heads = fac_words()
    words = mt.group(1).split()
    for k, w in enumerate(words):
        if w in heads:
            mods = words[:k]
            if all(w2 not in STOP_WORDS and _noun_or_adj(doc, text, end, w2, english)
                   for w2 in mods):  # fmt: skip
                return w
            return ""
        if w in STOP_WORDS:
            return ""
    return ""


def _power_site(text: str, end: int, head: str) -> bool:
    """True where the words between a name and its facility word say power generation ("the
    Pickering nuclear station", "the Darlington power plant"; ``plant_cue``): a power station is
    named by its site, so a town's name there is the station's (session 18), where "the Tahara
    plant" is a carmaker's plant in the town."""
    mt = KIND_AFTER.match(text, end)
    words = mt.group(1).split() if mt else []
    words = words[: words.index(head) + 1] if head in words else []
    cues = form_words("plant_cue")
    return any(w in cues for w in words[:-1]) or any(f"{a} {b}" in cues for a, b in pairwise(words))


def _noun_or_adj(doc: Doc, text: str, end: int, word: str, english: frozenset[str]) -> bool:
    k = text.find(" " + word, end)
    span = doc.char_span(k + 1, k + 1 + len(word)) if k >= 0 else None
    if span is not None and span[0].pos_:
        return span[0].pos_ in ("NOUN", "ADJ", "PROPN")
    return _english_noun(word, english)


def facilities(doc: Doc, ents: list[Ent], english: frozenset[str]) -> None:
    """A name before a lower-case facility word (after at most two modifiers) is a FAC: "the
    Simandou mine", "the Elizabeth line", "Escondida copper mine"; the word stays outside the
    span (ANNOTATION.md, as "the Hudson river"). Not a company's name before a facility it
    owns ("the Ford plant"), nor a country, a place of the gazetteer or an alias ("the Tahara
    plant": the town) unless words of power generation stand before the facility word ("the
    Pickering nuclear station": a power station is named by its site; session 18), nor a person
    with a title; names NER missed there are added ("the
    Piccadilly line")."""
    text = text_of(doc)
    firms = company_words(text, ents)
    for e in ents:
        if e.fixed or e.titles or e.type not in ("PERSON", "ORG", "GPE", "LOC", "PRODUCT"):
            continue
        word = text[e.start : e.end]
        if not word[:1].isupper():
            continue
        head = _fac_head(doc, text, e.end, english)
        if not head:
            continue
        if _owner(word, firms, e.type == "PERSON") and not (
            _power_site(text, e.end, head) and word not in firms and not _known(word)
            and not lookup_company(word)
        ):  # fmt: skip
            continue
        # "the Ford plant": the owner; "its La Negra plant": the plant's own name (session 9)
        if (
            e.type == "ORG"
            and head in OWNED
            and not POSSESSIVE_BEFORE.search(text, max(0, e.start - 6), e.start)
        ):
            continue
        e.type, e.fixed = "FAC", True
        if head == "line" and e.name == word:
            e.name = f"{word} line"
    _listed_facilities(text, ents, firms)
    covered = Covered(len(text), ents)
    for mt in FAC_RUN.finditer(text):
        s, end = mt.span(1)
        word = mt.group(1)
        if covered.hit(s, end) or _owner(word, firms) or word.split()[0] in CONNECTORS:
            continue
        if any(w.lower() in english or is_title_word(w) for w in word.split()):
            continue  # "the Western line", "the Senate line"
        head = _fac_head(doc, text, end, english)
        if not head or head in OWNED:
            continue
        name = f"{word} line" if head == "line" else word
        ents.append(Ent(s, end, "FAC", name, fixed=True))
        covered.add(s, end)


LIST_GAP = re.compile(r",? and |, ")


def _plural_head(text: str, end: int) -> bool:
    """True where a plural facility word follows the name ending at ``end``, after at most two
    lower-case words ("mines", "copper mines", "container terminals")."""
    mt = KIND_AFTER.match(text, end)
    heads = fac_words()
    for w in mt.group(1).split() if mt else []:
        if w in STOP_WORDS:
            return False
        single = w[:-3] + "y" if w.endswith("ies") else w[:-1]
        if w.endswith("s") and (single in heads or w[:-2] in heads):
            return True
    return False


def _listed_facilities(text: str, ents: list[Ent], firms: frozenset[str]) -> None:
    """The names of a list before one plural facility word are FACs ("its Los Halcones and
    Punta Roja mines", "the A, B and C terminals"; session 26): the last name before the word
    and each name joined to it by a comma or "and", unless it owns or locates one (a firm, a
    place of the gazetteer) or carries a title."""
    order = sorted(ents, key=lambda x: x.start)
    for k in range(len(order) - 1, 0, -1):
        last = order[k]
        if not _plural_head(text, last.end):
            continue
        chain = [last]
        for a in reversed(order[:k]):
            if not LIST_GAP.fullmatch(text[a.end : chain[-1].start]):
                break
            chain.append(a)
        if len(chain) < 2:
            continue
        for x in chain:
            word = text[x.start : x.end]
            allowed = x.type in ("PERSON", "ORG", "GPE", "LOC", "PRODUCT", "FAC")
            if allowed and not x.titles and word[:1].isupper() and not _owner(word, firms):
                x.type, x.fixed = "FAC", True


POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their|his|her|our) \Z")
FAC_RUN = re.compile(rf"\b[Tt]he ((?:{NAME_WORD} ){{0,2}}{NAME_WORD})(?= [a-z])")


def _owner(word: str, firms: frozenset[str], person: bool = False) -> bool:
    """True for a name that owns or locates a facility rather than naming it: a company, a
    country, a state, an alias or a place of the gazetteer (for a name NER typed a person, only
    a city of a million: "the Elizabeth line" is no town's)."""
    if word in firms or lookup_company(word) or _known(word):
        return True
    last = word.rsplit(maxsplit=1)[-1].lower()
    if " " in word and any(
        last in form_words(k) for k in ("sector_word", "firm_tail", "group_head")
    ):
        return True  # "the Hudbay Minerals smelter": a firm by its name's last word (s26)
    return place_pop(word) >= (10**6 if person else 0)


# 3. events -----------------------------------------------------------------------------------


@cache
def _event_year() -> re.Pattern[str]:
    """An event word before a year ("Expo 2025", "Euro 2028") or, in capitals, before an
    edition's number ("COP30", "COP 29"; also before a comma or full stop that ends a clause,
    "the next summit, COP31, will", session 19; not "COP 29.5"); "the X Fire" (built once)."""
    heads = "|".join(longest_first(w.title() for w in form_words("event_year")))
    ups = "|".join(longest_first(w.upper() for w in form_words("event_year")))
    fires = "|".join(longest_first(w.title() for w in form_words("event_fire")))
    return re.compile(
        rf"(?<![\w'’-])(?:(?:{heads}|{ups}) (?:19|20)\d\d(?![\w-])|(?:{ups}) ?\d{{1,2}}(?![\w-]|[.,]\w)"
        rf"|(?<=\b[Tt]he )(?:{NAME_WORD} ){{1,2}}(?:{fires})\b(?! [A-Z]))"
    )


def event_years(text: str, ents: list[Ent]) -> list[tuple[int, int]]:
    """An event word with its year or edition is one EVENT, the number inside the span ("Expo 2025", "COP30",
    "Euro 2028", ANNOTATION.md: a date inside a name is no date); a named wildfire after "the"
    ("the Ridge Fire", as U.S. fire agencies name incidents; "Cal Fire said" has no "the") is
    an EVENT (session 9). Returns the spans that hold a year."""
    years = []
    for mt in _event_year().finditer(text):
        start, end = mt.span()
        new = Ent(start, end, "EVENT", mt.group(), fixed=True)
        if _put(ents, new, only_inside=True) and mt.group()[-1:].isdigit():
            years.append((start, end))
    return years


def sky_objects(text: str, ents: list[Ent]) -> None:
    """A planet or dwarf planet (``entity_forms.jsonl`` kind ``sky_object``) named alone after
    a word of travel or position ("past Venus", "beyond Neptune", "to Jupiter") is a LOC, as
    OntoNotes tags astronomical objects; a name that goes on ("Venus Williams", "Mars Inc.")
    or stands elsewhere ("Mars said") is left to the other rules (session 9)."""
    sky = form_words("sky_object")
    travel = form_words("sky_before")
    covered = Covered(len(text), ents)
    for mt in SKY_WORD.finditer(text):
        word = mt.group(2)
        if word.lower() not in sky or mt.group(1).lower() not in travel:
            continue
        s, e = mt.span(2)
        hit = [x for x in ents if x.start == s and x.end == e]
        if hit:
            if not hit[0].titles:
                hit[0].type, hit[0].fixed = "LOC", True
        elif not covered.hit(s, e):
            ents.append(Ent(s, e, "LOC", word, fixed=True))
            covered.add(s, e)


SKY_WORD = re.compile(r"\b([a-z]+) ([A-Z][a-z]+)\b(?! [A-Z])(?!['’-]\w)")


# an edition's year or ordinal before an event's name ("the 2026", "the 79th"; session 27)
EDITION_WORD = r"(?:(?:19|20)\d\d|\d{1,3}(?:st|nd|rd|th))"
EDITION_BEFORE = re.compile(r"(?:19|20)\d\d |(\d{1,3}(?:st|nd|rd|th)) ")


@cache
def _event_run() -> re.Pattern[str]:
    """A capitalised run ending with an event word or a sports event's last word ("Japanese
    Grand Prix", where NER took the demonym alone; session 11), built once from the tables."""
    words = form_words("event_word") | form_words("event_tail")
    heads = "|".join(longest_first(w.title() for w in words))
    return re.compile(
        rf"((?:{NAME_WORD} (?:(?:of|de|and|the|for) )?){{1,5}})({heads})\b"
        rf"((?: of(?: the)? {NAME_WORD})?)"
    )


def events(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A capitalised run ending with an event word is an EVENT (``_event_run``); "Games" only
    after "the", a lower-case word or an edition ("the 2026 Asian Games"; "Epic Games said" is
    a company). An edition's ordinal the model read into the name is cut off ("the 79th Cannes
    Film Festival" -> "Cannes Film Festival", as ANNOTATION.md leaves it); its year stays, as in
    English Wikipedia's titles of editions ("the 2027 Pan Pacific Games"; session 27)."""
    for mt in _event_run().finditer(text):
        start, end = mt.start(), mt.end()
        words = mt.group(1).split()
        while words and (words[0] in ("The", "A", "An") or is_title_word(words[0])):
            start += len(words[0]) + 1
            words = words[1:]
        # "Tickets for Glastonbury Festival": a sentence's first word before a connector
        if (
            len(words) > 2
            and words[1] in CONNECTORS
            and _sentence_start(text, start)
            and _english_noun(words[0], english)
        ):
            start += len(words[0]) + len(words[1]) + 2
            words = words[2:]
        if not words or words[0] in CONNECTORS:
            continue
        if start > 0 and text[start - 1] not in ' \n\t("“‘':
            continue
        head = mt.group(2)
        if head == "Games" and not re.search(
            rf"\b[Tt]he (?:[a-z]+ |{EDITION_WORD} )?$", text[max(0, start - 20) : start]
        ):
            continue  # "Epic Games said": a company; "the 2026 Asian Games" an event
        if NEXT_CAPITAL.match(text, end) and not NEXT_ON_IN.match(text, end):
            continue  # "Figures Show Prices Rising": a headline's verb, not a show
        if len(words) == 1 and words[0].lower() in english and _sentence_start(text, start):
            continue  # "Summary Show ..." at a line start: a heading's words
        # "the 79th Cannes Film Festival" read by NER with the edition's ordinal: the ordinal
        # is no part of the name; a year stays in it, as in English Wikipedia's titles of
        # editions ("the 2027 Pan Pacific Games", "the 2026 World Cup")
        for x in ents:
            if x.end == end and x.start < start and not x.titles:
                edition = EDITION_BEFORE.fullmatch(text, x.start, start)
                if edition and text[x.start].isdigit() and not edition.group(1):
                    start = x.start
        ents[:] = [
            x
            for x in ents
            if not (
                x.end == end and x.start < start and EDITION_BEFORE.fullmatch(text, x.start, start)
            )
        ]
        _put(ents, Ent(start, end, "EVENT", text[start:end], fixed=True), only_inside=True)


# "the", then a year, an ordinal or "annual" ("the 2026", "the 61st", "this year's")
EDITION = r"(?:(?:the|this year['’]s|last year['’]s|next year['’]s) )?(?:(?:\d{4}|\d+(?:st|nd|rd|th)|annual) )?"
WAS = r"(?:was |is |will be |has been |had been |were )?"


# a possessive determiner after the verb: its subject acts on what it owns (session 16)
OWN_OBJECT = re.compile(r" (?:its|their)\b")


def gatherings(text: str, ents: list[Ent]) -> None:
    """A name ending with a word that ends bodies' and meetings' names alike (``entity_forms``
    kind ``gathering_head``: Conference, Forum, Congress) is an EVENT where the text says it
    takes place: a cue before it ("at the", "attended", "on the sidelines of the", "the 2026")
    or a verb after it ("opens", "was postponed"); else it stays what NER made it ("lead the
    Western Conference", "the Indian National Congress said"). A verb with "its" or "their"
    after it is a body acting ("the World Economic Forum opened its annual meeting", session
    16)."""
    heads = form_words("gathering_head")
    before = "|".join(re.escape(w) for w in shortest_first(form_words("gathering_before")))
    after = "|".join(re.escape(w) for w in shortest_first(form_words("gathering_after")))
    cue_before = re.compile(rf"\b(?:{before}) {EDITION}\Z", re.IGNORECASE)
    year_before = re.compile(r"\b[Tt]he (?:\d{4}|\d+(?:st|nd|rd|th)) \Z")
    passive = "|".join(re.escape(w) for w in shortest_first(form_words("gathering_passive")))
    aux = WAS.removesuffix("?")  # "was held" is a meeting; "held on", "held talks" are a body
    cue_after = re.compile(rf",? (?:{WAS}(?:{after})|{aux}(?:{passive}))\b")
    for e in ents:
        words = text[e.start : e.end].split()
        if e.type not in ("ORG", "FAC") or len(words) < 2 or words[-1].lower() not in heads:
            continue
        if not all(w[:1].isupper() or w in CONNECTORS or w[:1].isdigit() for w in words):
            continue
        window = text[max(0, e.start - 40) : e.start]
        verb = cue_after.match(text, e.end)
        if verb and OWN_OBJECT.match(text, verb.end()):
            continue  # "the World Economic Forum opened its annual meeting": a body acting
        if cue_before.search(window) or year_before.search(window) or verb:
            e.type, e.fixed = "EVENT", True


UNIT_NAME = re.compile(r"^((?:[A-Z][\w'’-]+ ){1,3})([A-H]|[1-9])$")


def _paragraph_words(text: str, s: int) -> str:
    """The lower-case text of the paragraph around offset ``s`` (bounded: 600 characters)."""
    lo = text.rfind("\n", max(0, s - 600), s) + 1 or max(0, s - 600)
    hi = text.find("\n", s, s + 600)
    return text[lo : hi if hi >= 0 else min(len(text), s + 600)].lower()


def plant_units(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A proper name and a unit letter or digit ("Hinkley Point C", "Sizewell B", "Flamanville
    3") is a power station's unit, a FAC, where the paragraph speaks of power generation
    (``entity_forms`` kind ``plant_cue``: "reactor", "nuclear", "megawatts", "power station").
    Not where the name's first word is English ("Model 3", "Series B", "Phase 2"), nor a
    company or alias the tables know ("Airbus A": a brand before its model). Session 12."""
    cues = form_words("plant_cue")
    for e in ents:
        if e.type not in ("ORG", "PRODUCT", "PERSON", "GPE"):
            continue
        word = text[e.start : e.end]
        mt = UNIT_NAME.match(word)
        if not mt:
            continue
        stem = mt.group(1).strip()
        first = stem.split()[0]
        if first.lower() in english or _known(stem) or _known(first):
            continue
        para = _paragraph_words(text, e.start)
        if not any(re.search(rf"\b{re.escape(c)}\b", para) for c in cues):
            continue
        e.type, e.fixed = "FAC", True


def _sentence_start(text: str, s: int) -> bool:
    k = s - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in '.!?\n:"“'


# 4. branded products -------------------------------------------------------------------------


CRAFT_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?) (?:([a-z]+) )?([a-z]+) \Z")


def _org_word(w: str) -> bool:
    """True for a word that ends a company's or a body's name, not a model's: a legal form
    ("Corp.", "AG"), a company tail ("Motors", "Group") or a body's head ("Authority"), also
    a party's or a league's ("Movement", "Alliance": ``body_word``; session 11, "the Orange
    Democratic Movement" is no model of the listed Orange)."""
    low = w.lower()
    return (
        low in legal_forms()
        or low.rstrip(".") in legal_forms()
        or low in entity_words("company_tail")
        or low in form_words("org_head")
        or low in form_words("body_word")
    )


def branded_products(text: str, ents: list[Ent]) -> None:
    order = sorted(ents, key=lambda x: x.start)
    gone: set[int] = set()
    for a, b in pairwise(order):
        if id(a) in gone or text[a.end : b.start] != " " or b.type != "PRODUCT":
            continue
        word = text[a.start : a.end]
        if a.type not in ("ORG", "GPE") or a.titles or " " in word:
            continue
        if a.type == "GPE" and not lookup_company(word):
            continue  # "Paris" + a product: the place the product is named for stays
        b.start, b.name, b.fixed = a.start, text[a.start : b.end], True
        b.tags.add("branded")
        gone.add(id(a))
    if gone:
        ents[:] = [x for x in ents if id(x) not in gone]
    # "the Galaxy S24 smartphone": a model's capitalised name right before its designation
    covered = Covered(len(text), ents)
    for b in ents:
        word = text[b.start : b.end]
        if b.type != "PRODUCT" or not any(c.isdigit() for c in word) or " " in word:
            continue
        mt = re.search(r"(?<![\w'’-])([A-Z][a-z]+) $", text[max(0, b.start - 30) : b.start])
        if not mt or mt.group(1).lower() in STOP_WORDS or is_title_word(mt.group(1)):
            continue
        s = b.start - len(mt.group(0))
        if covered.hit(s, b.start) or _sentence_start(text, s):
            continue
        b.start, b.name = s, text[s : b.end]
        covered.add(s, b.end)
    # "the container ship Ever Alma", "the tanker Sea Lion": a vessel or craft named after its
    # kind noun (``craft_noun``); "carrier" only after another noun ("bulk carrier"), since
    # "carrier X" alone is an airline
    crafts = form_words("craft_noun")
    for e in ents:
        if e.fixed or e.titles or e.type not in ("ORG", "PERSON", "GPE", "FAC", "LOC"):
            continue
        mt = CRAFT_BEFORE.search(text, max(0, e.start - 30), e.start)
        if not mt or mt.group(2) not in crafts:
            continue
        if mt.group(2) == "carrier" and not mt.group(1):
            continue
        word = text[e.start : e.end]
        if lookup_company(word) or _known(word) or place_pop(word) >= 0:
            continue
        e.type, e.fixed = "PRODUCT", True
    nouns = product_nouns()
    firms = company_words(text, ents)
    for e in ents:
        if e.type != "ORG" or e.fixed:
            continue
        words = text[e.start : e.end].split()
        if not 2 <= len(words) <= 3 or lookup_company(" ".join(words)):
            continue
        brand, rest = words[0], words[1:]
        if not (brand in firms or lookup_company(brand)) or not all(
            w[:1].isupper() or w[:1].isdigit() for w in rest
        ):
            continue  # "the House of Representatives": no company's model
        if any(_org_word(w) for w in rest):
            continue
        before = text[max(0, e.start - 20) : e.start].lower()
        mt = NEXT_LOWER.match(text, e.end)
        if re.search(r"\b(?:the|a|an)(?: new| latest)? $", before) or (mt and mt.group(1) in nouns):
            e.type, e.fixed = "PRODUCT", True


# 5. lone names typed a person ------------------------------------------------------------------


def lone_names(text: str, ents: list[Ent], english: frozenset[str] = frozenset()) -> None:
    """A one-word name typed a person that nothing shows to be a person is no person (session
    8; read by its evidence since session 32): a lone word whose canonical name stayed one word
    (no full name in the document, none in the people table), with no title, no speaker-label
    or player tag and no given name (a given name only where it is a town of 100,000, "near
    Goma"). Every mention's words are read (``evidence.lone_evidence``): a person's cue at any
    mention ("Ramos scored twice", "X, 29,", "X said he", "X's late try", a pronoun after it)
    keeps the person; otherwise a body's cue ("X said in a statement that it ... its", "X
    shares", "the airline X", "McLaren lead Ferrari") or the form of an acronym in running text
    ("KVTR said") makes it a body (a person's cue weaker than the body's gives way: "the
    populist X"), and a place's preposition ("in" or "near" a place the gazetteer lacks, "In
    X,"), a place's cue or a town the gazetteer knows a place. With no
    such evidence a word that is no family name (``models/surnames.jsonl``) names a body
    ("Embraer said", "Renfe suspended trains"), while a family name keeps the model's label
    ("Pellegrini said the team were ready"), and is a place only as a city of 100,000 (a
    smaller town's name is as often a surname: "Ramos", "Dumont"; session 32: on blind briefs
    the retyping by default broke about as many surnames in sports copy and quotes as it fixed
    firms). One type for every mention of the name. Runs after the document-level linking
    (``coref.link_names``) and the sports rules, which give surnames their full names and
    scorecard names their players."""
    given = table_index("given_names.jsonl", "name")
    titled = {text[e.start : e.end] for e in ents if e.titles}
    groups: dict[str, list[Ent]] = {}
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "PERSON" or word in titled or e.tags & {"label", "player"} or " " in e.name:
            continue
        if " " in word or not word[:1].isupper() or "-" in word:
            continue  # "Inzamam-ul-Haq"
        if word.isupper() and not acronym_in_text(text, e.start, word):
            continue  # a name in capitals is a heading's or a label's
        if lookup_person(word):
            continue
        if word in given and word.lower() not in english and not place_pop(word) >= BIG_TOWN:
            continue  # a lone given name: part of a person's name NER cut ("Priya")
        groups.setdefault(e.name, []).append(e)
    for group in groups.values():
        evidence = lone_evidence(text, group, ents, english)
        if evidence["PERSON"] and evidence["PERSON"] >= evidence["ORG"]:
            continue  # "Okonkwo scored twice", "Varga, 52, said he would not resign"
        word = text[group[0].start : group[0].end]
        # a family name of the surnames table, whose document says nothing of it, stays the
        # person the model read, unless it is a city of 100,000 ("Ramos", "Dumont": towns too)
        surname = is_surname(word)  # "Ward", "Young" too: NER read the capital as a name's
        pop = place_pop(word)
        place = pop >= (BIG_TOWN if surname else 0) or _known(word)
        after_place_word = any(
            PLACE_BEFORE.search(text, max(0, e.start - 15), e.start)
            or (pop >= 0 and _towards(text, e, ents))
            or (text.startswith(",", e.end) and FRONT_IN.search(text, max(0, e.start - 5), e.start))
            for e in group
        )
        # a name in capitals in running text (``acronym_in_text``) is a body's by its form
        acronym = word.isupper()
        if (
            acronym
            or evidence["ORG"] >= STRONG_CUE
            or (evidence["ORG"] and not (place or after_place_word))
        ):
            new = "ORG"  # "Corvane said in a statement that it would cut ... its plant"
        elif (place or after_place_word or evidence["GPE"]) and not evidence["PERSON"]:
            new = "GPE"  # "Police in Wexley", "the mayor of Kessary", "reached Balakliia"
        elif not surname:
            new = "ORG"  # "Embraer said", "Renfe suspended trains": no person's name
        else:
            continue  # a surname with weak evidence ("Pellegrini said"): the label stays
        for e in group:
            e.type, e.fixed = new, True
            if new == "ORG":
                e.tags.add("lone")  # the type vote may read it a person again ("X's government")
            elif new == "GPE":
                e.tags.add("lone_place")  # (a subdivision's bare name: ``coref.lone_units``)


PLACE_BEFORE = re.compile(r"\b(?:in|into|near|neighbouring|neighboring) \Z")
# a town of the gazetteer after a preposition of place or motion, or after "and" that follows a
# place ("the gauge at Kaub", "fans from Salerno and Caserta", "the coastal towns of Baras and
# Bato"; session 32)
TOWARDS_BEFORE = re.compile(
    r"\b(?:at|from|to|outside|reached|reach|towards?|around|between|(?:towns|villages|cities) of) \Z"
)


def _towards(text: str, e: Ent, ents: list[Ent]) -> bool:
    """A mention stands after a preposition of place or motion, or after "and" right after a
    place ("from Salerno and Caserta")."""
    if TOWARDS_BEFORE.search(text, max(0, e.start - 16), e.start):
        return True
    return text[max(0, e.start - 5) : e.start] == " and " and any(
        x.type == "GPE" and x.end == e.start - 5 for x in ents
    )


# a sentence that opens "In X," (session 24): a place fronted ("In Sedavi, cars lay ...")
FRONT_IN = re.compile(r"(?:^|[.!?]\s)In \Z")
# a place's prepositions and verbs of reaching before a one-word name NER typed a body
TOWN_BEFORE = re.compile(
    r"\b(?:([a-z]+) in|into|near|outside|reached|reach|towards?|around|between) \Z"  # session 24: "spread towards X", "camps around X"
)
SPEAKS_AFTER = re.compile(r"(?:['’]s\b| ([a-z]+)\b)")


def lone_bodies(text: str, ents: list[Ent], english: frozenset[str] = frozenset()) -> None:
    """A one-word name NER typed an organisation, every mention of which stands after a place's
    preposition or a verb of reaching ("made landfall near Cocodrie", "sheltering in Sitaro",
    "a chip plant in Dholera", "convoys reached Balakliia") and none of which speaks, owns or
    acts ("X said", "X's"), is a place: a GPE (session 18, as ``lone_names`` reads a lone
    person). Not a name the company, alias or people tables know, an English word, an acronym,
    a name typed off its form, nor after a firm's stake ("invested in X", ``firm_stake``)."""
    verbs = cues()
    stake = form_words("firm_stake")
    groups: dict[str, list[Ent]] = {}
    for e in ents:
        groups.setdefault(e.name, []).append(e)
    for name, group in groups.items():
        if any(e.type != "ORG" or e.fixed or e.titles or e.tags for e in group):
            continue
        word = text[group[0].start : group[0].end]
        if " " in name or not word.isalpha() or not word[:1].isupper() or word.isupper():
            continue
        if word.lower() in english or lookup_company(word) or lookup_alias(word):
            continue
        if lookup_person(word):
            continue
        ok = True
        for e in group:
            mt = TOWN_BEFORE.search(text, max(0, e.start - 20), e.start)
            after = SPEAKS_AFTER.match(text, e.end)
            if not mt or (mt.group(1) and mt.group(1) in stake):
                ok = False
            elif after and (after.group(1) is None or after.group(1) in verbs):
                ok = False  # "Sitaro's", "Ostrander said"
        if ok:
            for e in group:
                e.type, e.fixed = "GPE", True


def acronym_in_text(text: str, start: int, word: str) -> bool:
    """True for a word of 3 to 6 capitals in a line of running text (a line with lower-case
    words), not in a heading or label written in capitals ("BNPB said", not "GILL 64")."""
    if not (word.isupper() and word.isalpha() and 3 <= len(word) <= 6):
        return False
    lo, hi = max(0, start - 200), min(len(text), start + 200)  # bounded: no quadratic work
    ls = text.rfind("\n", lo, start) + 1 or lo
    le = text.find("\n", start, hi)
    line = text[ls : le if le >= 0 else hi]
    return sum(c.islower() for c in line) > sum(c.isupper() for c in line)


BIG_TOWN = 100_000  # a given name that is also a town this large is the town ("near Goma")


# 6. listed companies NER missed ----------------------------------------------------------------


def listed_companies(doc: Doc, ents: list[Ent], english: frozenset[str]) -> None:
    """A capitalised word or two that the company table lists (``companies.jsonl``, listed
    companies of twenty stock indices) and that NER left untagged is that company, an ORG
    ("fined Apple", "Glencore said", "in Zurich Nestle gained"): not where a capitalised word
    joins it to a longer name, not inside a figure or date, and an English word ("Next",
    "Shell") only inside a sentence, never at its start (session 8). A mention NER typed a
    group, a person or a region whose whole text the table lists by that name ("Anglo
    American") is the company too."""
    text = text_of(doc)
    for e in ents:  # "Anglo American" typed a group, "Siemens" a person: the listed company
        word = text[e.start : e.end]
        if e.fixed or e.titles or e.type not in ("NORP", "PERSON", "LOC"):
            continue
        if (" " in word or word.lower() not in english) and lookup_company(word) == word:
            e.type = "ORG"
    covered = Covered(len(text), ents)
    for fact in [*(_facts(doc, "briefx_figures")), *(_facts(doc, "briefx_dates"))]:
        covered.add(fact.start, fact.end)
    n = len(doc)
    # only the tokens that are a listed name's first word, found by their ORTH ids in one pass
    # (no Token object for the others: the loop over every token cost ~2 ms a brief)
    firsts = _listed_first_ids()
    for i in [i for i, o in enumerate(doc.to_array(ORTH).tolist()) if o in firsts]:
        t = doc[i]
        if not t.is_alpha or covered.hit(t.idx, t.idx + len(t)):
            continue
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and (prev.is_title or prev.is_upper) and prev.is_alpha:
            continue  # inside a longer capitalised run
        for k in (2, 1):
            if i + k > n:
                continue
            span = doc[i : i + k]
            nxt = doc[i + k] if i + k < n else None
            if nxt is not None and nxt.is_alpha and (nxt.is_title or nxt.is_upper):
                continue
            if not all(x.is_alpha and (x.is_title or x.is_upper) for x in span):
                continue
            name = lookup_company(span.text)
            if not name or covered.hit(span.start_char, span.end_char):
                continue
            if (
                k == 1
                and (t.lower_ in english or t.lower_ in STOP_WORDS or english_months() & {t.lower_})
                and _sentence_start(text, t.idx)
            ):
                break  # "Shell shocked", "Next year": an English word opening a sentence
            if t.lower_ in english_months() or (t.text.isupper() and len(t) <= 3 and k == 1):
                break  # "May", an acronym the table has as a ticker-like short name
            ents.append(Ent(span.start_char, span.end_char, "ORG", name, tags={"listed"}))
            covered.add(span.start_char, span.end_char)
            break
    glued_companies(text, ents, covered)


@cache
def _listed_first_ids() -> frozenset[int]:
    """The ORTH ids (spaCy's string hashes) of ``listed_first_words``."""
    return frozenset(get_string_id(w) for w in listed_first_words())


# a word with no space that a listed company's name can be: joined by a hyphen or "&", with a
# digit, or with a capital inside ("Rolls-Royce", "H&M", "3M", "eBay"); the token rule above
# reads only alphabetic words
GLUED_WORD = re.compile(r"(?<![\w&'’.-])(\w+(?:[-&]\w+)+|\d+[A-Za-z]\w*|[a-z]+[A-Z]\w*)(?![\w&-])")


@cache
def _glued_companies() -> dict[str, tuple[str, str]]:
    """Lower-cased glued aliases of the company table -> (alias, canonical name)."""
    out = {}
    for alias, name in companies().items():
        if " " in alias or not alias:
            continue
        mixed = any(c.islower() for c in alias)  # "EBay" ("eBay"), not "ABB" (an acronym)
        if GLUED_WORD.fullmatch(alias) or (
            mixed and GLUED_WORD.fullmatch(alias[0].lower() + alias[1:])
        ):
            out[alias.lower()] = (alias, name)
    return out


def glued_companies(text: str, ents: list[Ent], covered: Covered) -> None:
    """A word with no space that the company table lists and NER left untagged is that company,
    an ORG: "Rolls-Royce chief executive", "• 3M said", "• eBay and Etsy". Written as the table
    writes it, in capitals ("ROLLS-ROYCE:"), or with a lower-case first letter where the table
    capitalises it ("eBay" for "EBay", pytickersymbols' spelling; the text's spelling is then
    the name). Not inside a longer capitalised run, a figure or a date. Session 10."""
    table = _glued_companies()
    for mt in GLUED_WORD.finditer(text):
        word = mt.group(1)
        hit = table.get(word.lower())
        if hit is None or covered.hit(mt.start(1), mt.end(1)):
            continue
        alias, name = hit
        lower_first = word[:1].islower() and word[1:] == alias[1:]
        if word != alias and not word.isupper() and not lower_first:
            continue
        if NEXT_CAPITAL.match(text, mt.end(1)):
            continue  # "Rolls-Royce Motor Cars": part of a longer name
        if lower_first and name == alias:
            name = word
        ents.append(Ent(mt.start(1), mt.end(1), "ORG", name, tags={"listed"}))
        covered.add(mt.start(1), mt.end(1))


def _clause_subject(doc: Doc, end: int) -> bool:
    """True where a finite verb follows the noun phrase that ends at ``end`` (its tag where
    the pipeline tags, else a reporting verb of ``statement_cues.jsonl``): the phrase opens a
    clause ("..., the airline said"), it is no appositive ("the lift maker based in ...")."""
    span = doc.char_span(end, len(text_of(doc)), alignment_mode="expand")
    if span is None or not len(span):
        return False
    nxt = span[0]
    if nxt.tag_:
        return nxt.tag_ in ("VBD", "VBZ", "VBP", "MD")  # a finite verb, not "based in"
    return nxt.lower_ in cues()


def _facts(doc: Doc, attr: str) -> list:  # type: ignore[type-arg]
    return list(getattr(doc._, attr, None) or []) if doc.has_extension(attr) else []


# 7. appositives ----------------------------------------------------------------------------------


APPOSITIVE = re.compile(r", (?:the|a|an)((?: [a-z-]+){1,3})\b")


def appositives(doc: Doc, ents: list[Ent], english: frozenset[str]) -> None:
    """A name followed by an appositive ", the <kind noun>" takes the kind's type (session 8):
    a facility word ("Escondida, the copper mine in Chile") FAC, an organisation's descriptor
    ("Kone, the lift maker") ORG, a town word ("Ineu, a town near ...") GPE, a natural
    feature ("the Mureș, the river that ...") LOC. At most two modifiers before the noun, none
    a function word; not a mention with a title, nor a known country, alias or listed
    company typed otherwise."""
    text = text_of(doc)
    kinds = (
        (fac_words() - form_words("org_head"), "FAC"),
        (form_words("org_descriptor"), "ORG"),
        (frozenset({"town", "city", "village", "port", "capital", "suburb"}), "GPE"),
        (form_words("natural_after"), "LOC"),
    )
    for e in ents:
        if e.titles or e.type in ("NORP", "LAW", "EVENT") or (e.fixed and e.type != "GPE"):
            continue
        mt = APPOSITIVE.match(text, e.end)
        if not mt:
            continue
        typ, noun_end = "", mt.end()
        for wm in re.finditer(r"[a-z-]+", mt.group(1)):  # the first kind noun, after modifiers
            w = wm.group(0)
            typ = next((t for words, t in kinds if w in words), "")
            noun_end = mt.start(1) + wm.end()
            if typ or w in STOP_WORDS:  # ("mine" is also a stop word)
                break
        word = text[e.start : e.end]
        if not typ or typ == e.type or (_known(word) and typ != "GPE"):
            continue
        if _clause_subject(doc, noun_end):
            continue  # "... at Munich Airport, the airline said": a new clause's subject
        if typ == "ORG" and e.type == "PERSON" and " " in word:
            continue  # "Ana Ruiz, the firm's founder": a person before a company word
        e.type, e.fixed = typ, True


# 8. laws NER missed --------------------------------------------------------------------------------


@cache
def _law_run() -> re.Pattern[str]:
    """A capitalised run after "the" ending with a law word, no year after (built once)."""
    heads = "|".join(longest_first(w.title() for w in entity_words("law_head")))
    return re.compile(
        rf"\b[Tt]he ((?:(?:{NAME_WORD}|[A-Z]{{2,}}) (?:(?:of|on|for|and|the) )?){{1,6}}"
        rf"(?:{heads}))\b(?! (?:of )?\d)"
    )


def laws(text: str, ents: list[Ent]) -> None:
    """A capitalised run after "the" that ends with a capitalised law word (``entity_words``
    kind ``law_head``: Act, Treaty, Directive, Regulation, Agreement, Protocol, ...) is one LAW
    over the names NER found inside it ("the AI Act", "the Digital Services Act", "the CHIPS
    Act"), session 8. Not where a year follows (``forms.law_years`` reads those with their
    year), nor a lone law word ("the Act")."""
    for mt in _law_run().finditer(text):
        s, end = mt.span(1)
        words = mt.group(1).split()
        if words[0] in CONNECTORS or is_title_word(words[0]):
            continue
        if body_led(mt.group(1)):  # "the Office for Nuclear Regulation": a body (session 12)
            continue
        if any(x.type == "LAW" and x.start <= s and end <= x.end for x in ents):
            continue
        _put(ents, Ent(s, end, "LAW", text[s:end], fixed=True), only_inside=True)


# 8d. untagged names coordinated with an organisation (session 10) ------------------------------

# a word ending a sentence ("Hynix." + " Shares") ends the name: no next word after a full
# stop that follows two letters (initials and "Co." go on: "J. Harlow", session 11)
CO_NAME = r"[A-Z][\w&'’.-]*(?:(?<![^\W\d_][^\W\d_]\.) [A-Z][\w&'’.-]*){0,2}"
# "Equinor and" + ORG; ORG + ", Foxconn and" / " and Pegatron"
CO_BEFORE = re.compile(rf"(?<![\w&'’.-])({CO_NAME})(?:,? and |, )\Z")
CO_AFTER = re.compile(rf"(?:,? and |, )({CO_NAME})(?![\w&'’-])")


def coordinated_names(doc: Doc, ents: list[Ent], english: frozenset[str]) -> None:
    """A capitalised name NER left untagged that is joined by "and" or a comma to an
    organisation is one too ("led by Equinor and Aker BP", "Apple, Foxconn and Pegatron"), as
    ``forms.coordinated_orgs`` retypes tagged ones. Not a word a sentence opens with that is
    English ("Officials and Deutsche Bank"), a stop word, a full name that opens with a given
    name, a place or alias the tables know, a line in capitals, or a figure's or date's words."""
    text = text_of(doc)
    given = table_index("given_names.jsonl", "name")
    covered = Covered(len(text), ents)
    for fact in [*(_facts(doc, "briefx_figures")), *(_facts(doc, "briefx_dates"))]:
        covered.add(fact.start, fact.end)

    def ok(s: int, name: str) -> bool:
        words = name.split()
        # the line around the name, looked at within a bounded window (no scan per name)
        lo = max(0, s - 200)
        line_s = text.rfind("\n", lo, s) + 1 or lo
        line_e = text.find("\n", s, s + 200)
        line = text[line_s : line_e if line_e >= 0 else min(len(text), s + 200)]
        if not any(c.islower() for c in line) or covered.hit(s, s + len(name)):
            return False
        if any(w.lower() in STOP_WORDS or is_title_word(w) for w in words):
            return False  # "the Canadian Coast Guard, Hon. Élise Marchand": a title
        if len(words) > 1 and words[0] in given:
            return False
        if lookup_alias(name) or place_pop(name) >= 0 or place_kinds().get(name):
            return False
        low = name.lower()
        return not (_sentence_start(text, s) and (low in english or low.rstrip("s") in english))

    todo = [x for x in ents if x.type == "ORG"]
    while todo:  # each new name is tried once more for the next in its list
        new_ones: list[Ent] = []
        for e in todo:
            mt = CO_AFTER.match(text, e.end)
            name = mt.group(1).rstrip(".") if mt else ""  # "and Quist.": the sentence's stop
            if mt and ok(mt.start(1), name):
                s = mt.start(1)
            else:
                mt = CO_BEFORE.search(text, max(0, e.start - 60), e.start)
                name = mt.group(1) if mt else ""
                if not (mt and ok(mt.start(1), name)):
                    continue
                if " and " not in mt.group(0) and _sentence_start(text, mt.start(1)):
                    continue  # "Separately, Water and Sanitation Kenya said": an opening word
                s = mt.start(1)
            new = Ent(s, s + len(name), "ORG", name, tags={"coordinated"})
            ents.append(new)
            covered.add(new.start, new.end)
            new_ones.append(new)
        todo = new_ones


# 8e. firms named by partners, index names (session 10) ------------------------------------------

# "Wachtell, Lipton, Rosen & Katz", "Skadden, Arps, Slate, Meagher & Flom": surnames joined by
# commas and a last "&", the way law and accounting firms are named
# (bounded repeats: a long line of names joined by commas stays linear)
PARTNERS = re.compile(
    r"(?<![\w&-])([A-Z][\w'’-]+(?:, [A-Z][\w'’-]+){1,6},? & [A-Z][\w'’-]+)(?![\w-])"
)
# "the FTSE 250 index", "the Nikkei 225 Index": a name, a number and "index"
INDEX_AFTER = re.compile(r"(?: \d[\d,.]*)? [Ii]ndex\b")
NUMBER_AFTER = re.compile(r" \d[\d,.]*\b")
# session 24: how market copy names an index without the word "index": "the broader Topix",
# a name with its number before a move in percent ("the FTSE 100 ended 0.4% lower"), a move to
# a level in points, a bare number with thousands and decimals ("Kospi fell 8.8% to 2,441.55")
INDEX_BEFORE = re.compile(r"\bbroader \Z")
MOVES = (
    r"(?:rose|fell|gained|lost|dropped|climbed|slipped|added|shed|closed|ended|finished|jumped"
    r"|tumbled|plunged|surged|advanced|eased|declined|slumped|rallied|edged)"
)
NUMBER_MOVE = re.compile(rf" \d{{2,4}} {MOVES}(?: by| up| down)? [\d.]+ ?(?:%|percent\b)")
MOVE_TO_LEVEL = re.compile(
    rf" {MOVES}\b(?:(?!\. )[^\n$€£¥]){{0,40}}? (?:to|at) \d{{1,3}}(?:,\d{{3}})+\.\d{{1,2}}(?![\d%])"
    r"(?! (?:pence|cents|yen|euros?|dollars?|pounds?|francs?|crowns?|kronor|rupees?|won|yuan)\b)"
)


def partner_firms(text: str, ents: list[Ent]) -> None:
    """Surnames joined by commas and "&" that NER read, at least in part, as an organisation
    are one firm ("Wachtell, Lipton, Rosen & Katz"), not where a part is a known place or
    alias ("Britain, France & Spain"), nor where every part is a given name ("Ana, Luis & Eva"):
    one partner's surname may be a given name too ("Rosen", "Milan")."""
    given = table_index("given_names.jsonl", "name")
    for mt in PARTNERS.finditer(text):
        s, end = mt.span(1)
        parts = re.split(r",? & |, ", mt.group(1))
        if any(lookup_alias(p) or place_pop(p) >= 0 for p in parts):
            continue
        if all(p in given for p in parts):
            continue
        inside = _overlapping(ents, s, end)
        if not any(x.type == "ORG" for x in inside) or any(x.type != "ORG" for x in inside):
            continue
        _put(ents, Ent(s, end, "ORG", mt.group(1), fixed=True), only_inside=True)


@cache
def _founder_firm() -> re.Pattern[str]:
    """A capitalised run, "and" or "&", and a partnership word (built once from the table)."""
    words = "|".join(shortest_first(w.title() for w in form_words("partner_word")))
    return re.compile(
        rf"(?<![\w&'’-])([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}}) (?:and|&) (?:{words})(?![\w'’-])"
    )


def founder_firms(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A name, "and" or "&" and a partnership word (``entity_forms`` kind ``partner_word``) is
    one firm named after its founders ("Becker and Partners", "Hale & Sons", "Okafor and
    Associates"), whatever NER made of its parts (a person, a place); not where the name is a
    known place or alias ("Britain and Partners"), nor a sentence's first English word
    ("Investors and Partners"). Session 12."""
    for mt in _founder_firm().finditer(text):
        s, end = mt.span()
        head = mt.group(1)
        first = head.split()[0]
        if lookup_alias(head) or place_kinds().get(head) or first in STOP_WORD_TITLES:
            continue
        low = first.lower()
        if (low in english or low.removesuffix("s") in english) and _sentence_start(text, s):
            continue  # "Investors and Partners met": a sentence's first word
        if any(
            x.type in ("ORG", "LAW", "EVENT", "FAC") and x.start < s
            for x in _overlapping(ents, s, end)
        ):
            continue  # a longer name that holds it
        _put(ents, Ent(s, end, "ORG", text[s:end], fixed=True), only_inside=False)


STOP_WORD_TITLES = frozenset(w.title() for w in STOP_WORDS)


def index_names(text: str, ents: list[Ent]) -> None:
    """A name before a number and "index" is a stock index's (ANNOTATION.md: indices are not
    tagged), and so is the same name before a number elsewhere in the document ("the FTSE 250
    index" ... "the FTSE 100"). Session 24: so is a name right before "index" ("The EGX30
    index rose"), after "broader" ("the broader Topix"), with a number before a move ("the FTSE
    100 ended") or moving to a level in points ("Kospi fell 8.8% to 2,441.55"; a price has its
    currency: "Tesla fell 3% to $241.05")."""
    names = {
        text[e.start : e.end]
        for e in ents
        if INDEX_AFTER.match(text, e.end)
        or INDEX_BEFORE.search(text, max(0, e.start - 8), e.start)
        or NUMBER_MOVE.match(text, e.end)
        or MOVE_TO_LEVEL.match(text, e.end)
    }
    if names:
        ents[:] = [
            e
            for e in ents
            if not (
                text[e.start : e.end] in names
                and (
                    NUMBER_AFTER.match(text, e.end)
                    or INDEX_AFTER.match(text, e.end)
                    or INDEX_BEFORE.search(text, max(0, e.start - 8), e.start)
                    or MOVE_TO_LEVEL.match(text, e.end)
                )
            )
        ]


# 8b. laws cited by their number (session 10) -------------------------------------------------

# The citation forms of numbered instruments, as their issuers write them (a grammar of forms,
# not a list of laws):
# - EU acts (EU Publications Office, Interinstitutional Style Guide, "Titles of acts"):
#   "Regulation (EU) 2024/1689", "Directive (EU) 2019/1937", "Council Regulation (EC) No
#   2157/2001", "Commission Implementing Decision (EU) 2021/914", and the pre-2015 order
#   "Directive 2014/65/EU";
# - bills by chamber and number: "Bill C-27" (Canada), "Senate Bill 412", "Assembly Bill 1290",
#   "House Bill 5" (U.S. states), "H.R. 3684" (U.S. Congress);
# - numbered statutes: "Law 10/2014", "Law No. 2023-451", "Decree-Law 18/2024", "Public Law
#   117-58", "Ordinance No. 12/2020".
CITED_LAW = re.compile(
    r"\b(?:"
    r"(?:(?:Council|Commission|Parliament)(?: (?:Implementing|Delegated))? )?"
    r"(?:Regulation|Directive|Decision)"
    r"(?: \((?:EU|EC|EEC|Euratom|CFSP)\)(?: No\.?)? \d{1,4}/\d{1,4}"
    r"| (?:No\.? )?\d{1,4}/\d{1,4}/(?:EU|EC|EEC|Euratom|CFSP))"
    r"|(?:(?:Senate|Assembly|House) )?Bill (?:No\. )?(?:[A-Z]{1,2}-)?\d{1,5}"
    r"|H\.R\. \d{1,5}"
    r"|(?:Public )?(?:Law|Decree|Decree-Law|Ordinance|Act) No\.? \d{1,5}(?:[/-]\d{1,4})?"
    r"|(?:Law|Decree|Decree-Law|Ordinance) \d{1,5}/\d{2,4}"
    r"|Public Law \d{2,3}-\d{1,4}"
    r")(?![\w/-])"
)


def cited_laws(text: str, ents: list[Ent]) -> list[tuple[int, int]]:
    """A law cited by its number ("Regulation (EU) 2025/1412", "Bill C-41", "Law 10/2014") is
    one LAW over what NER found inside it ("EU"); return the spans, whose numbers are then no
    date or figure (ANNOTATION.md: legal citations are not figures). Session 10."""
    spans = []
    for mt in CITED_LAW.finditer(text):
        s, end = mt.span()
        if [
            x
            for x in _overlapping(ents, s, end)
            if x.type == "LAW" and x.start <= s <= end <= x.end
        ]:
            spans.append((s, end))
            continue
        if _put(ents, Ent(s, end, "LAW", text[s:end], fixed=True), only_inside=True):
            spans.append((s, end))
    return spans


# 8c. bodies named "the Head of/for Remit" (session 10) ---------------------------------------


@cache
def _body_of() -> re.Pattern[str]:
    """'the Department of Justice', 'the Office for Budget Review', 'the Court of Appeal':
    "the", up to three capitalised words ending with a body's head (``entity_forms`` kind
    ``org_head``), "of" or "for", and a capitalised run (built once)."""
    heads = "|".join(longest_first(w.title() for w in form_words("org_head")))
    word = r"[A-Z][\w-]*"  # no apostrophe: a possessive ends the run
    return re.compile(
        rf"\b[Tt]he ((?:{word} ){{0,3}}(?:{heads}) (?:of|for) (?:the )?{word}"
        rf"(?: (?:of|and|the|for|{word})){{0,8}})"  # bounded: a long title-case line
    )


def bodies_of(text: str, ents: list[Ent]) -> None:
    """A body named by its head and remit after "the" ("the Department of Justice", "the
    Bureau of Labor Statistics", "the Ministry of Health of Kenya") is one ORG where NER found
    nothing or only places and organisations inside it; a trailing function word or a
    possessive's owner stays out. Not after a title ("the Secretary of State": no body's head),
    not where a person is inside, not over a longer mention."""
    pos = 0
    while mt := _body_of().search(text, pos):
        s = mt.start(1)
        run = mt.group(1).split(" and the ")[0]  # "... and the Office for ...": a second body
        run = re.sub(r"(?: (?:of|and|the|for))+$", "", run)
        end = pos = s + len(run)
        if text.startswith(("'", "’"), end):
            continue  # "the Office of the President's staff": the owner, not a body's name
        inside = _overlapping(ents, s, end)
        if any(x.type not in ("ORG", "GPE", "LOC", "NORP") or x.titles for x in inside):
            continue
        if any(x.start <= s and end <= x.end for x in inside):
            continue  # NER's span holds it already
        _put(ents, Ent(s, end, "ORG", text[s:end], fixed=True), only_inside=True)


@cache
def _body_by_head() -> re.Pattern[str]:
    """'the Regional Meteorological Centre', 'the National Grid Operator': "the", one to four
    capitalised words (each part of a hyphenated word too: not "Geneva-based") and a body's
    head (``entity_forms`` kind ``org_head``; not a programme's
    or a fund's, which name a body only where it acts), with no "of"/"for" or capitalised word
    after it (``_body_of`` reads those), built once."""
    words = form_words("org_head") - entity_words("programme")
    heads = "|".join(longest_first(w.title() for w in words))
    return re.compile(
        rf"\b[Tt]he ((?:[A-Z][a-z]\w*(?:-[A-Z]\w*)* ){{1,4}}(?:{heads}))"
        rf"(?![\w'’-])(?! (?:of|for) )(?! [A-Z])"
    )


def _in_body(x: Ent) -> bool:
    """A mention that may sit inside a body's name: an organisation, or a place that is no
    country ("the New York City Police Department"; "the United States Supreme Court" keeps the
    country apart, as ANNOTATION.md's "U.S. Defense Secretary")."""
    if x.type == "ORG":
        return True
    return x.type in ("GPE", "LOC") and not table_index("country_codes.jsonl", "name").get(x.name)


def bodies_by_head(text: str, ents: list[Ent]) -> None:
    """A capitalised run after "the" that ends in a body's head word ("the Regional
    Meteorological Centre said", "the National Grid Operator") is one ORG where NER found
    nothing, or only organisations and places that are no country inside it (session 29,
    orgprec16: the model
    leaves out such runs of common words). Not in a headline (title case says nothing), not
    over a country, a nationality, a person or a mention with a title (a country's body keeps
    its country apart: "the United States Supreme Court"), not inside a longer mention."""
    for mt in _body_by_head().finditer(text):
        s, end = mt.span(1)
        if headline(line_around(text, s)[1]):  # the run holds no line break
            continue
        inside = _overlapping(ents, s, end)
        if any(x.titles or not _in_body(x) for x in inside):
            continue  # a country's body keeps its place apart ("the United States Supreme Court")
        if any(x.start <= s and end <= x.end for x in inside):
            continue  # NER's span holds it already
        _put(ents, Ent(s, end, "ORG", text[s:end]), only_inside=True)  # later rules may retype


# 9. unknown names that speak -------------------------------------------------------------------


CLAUSE_START = re.compile(r"(?:^|[.!?:;]\s+|\n|, |\band )\Z")
SPEAKER_RUN = re.compile(r"(?<![\w'’.-])([A-ZÀ-ÖØ-Þ][^\W\d_]*(?:[&'’-][^\W\d_]+)*) ([a-z]+)\b")


@cache
def _body_run() -> re.Pattern[str]:
    """A name between "the" and a lower-case body word ("the Verdi union")."""
    words = "|".join(longest_first(form_words("body_after")))
    return re.compile(rf"\b[Tt]he ((?:{NAME_WORD} ){{0,2}}{NAME_WORD}) (?:{words})\b")


def bodies_after(text: str, ents: list[Ent]) -> None:
    """A name between "the" and a lower-case word for a body ("the Verdi union", "the Vox
    party", "the Wagner group"; ``entity_forms.jsonl`` kind ``body_after``) is an ORG; the word
    stays outside the span, as after a river or a mine (session 9). Not a demonym, a country
    or a city of 100,000 ("the German union", "the Kenya group"), nor a person with a title."""
    covered = Covered(len(text), ents)
    for mt in _body_run().finditer(text):
        s, end = mt.span(1)
        word = mt.group(1)
        if word.split()[0] in CONNECTORS or is_title_word(word.split()[0]):
            continue
        if place_kinds().get(word) or lookup_alias(word) or place_pop(word) >= BIG_TOWN:
            continue
        inside = [x for x in ents if x.start < end and s < x.end]
        if not inside and not covered.hit(s, end):
            ents.append(Ent(s, end, "ORG", word, fixed=True))
            covered.add(s, end)
        elif len(inside) == 1 and (inside[0].start, inside[0].end) == (s, end):
            x = inside[0]
            if not x.titles and not x.fixed and x.type in ("PERSON", "GPE", "LOC", "PRODUCT"):
                x.type, x.fixed = "ORG", True


FAC_NAME = r"(?:[A-Z][\w'’-]*|[A-Z]\.)"


@cache
def _facility_run() -> re.Pattern[str]:
    """A capitalised run ending with a facility's head word, or "Port of X" (built once)."""
    heads = fac_heads()
    alt = "|".join(longest_first(w.title() for w in heads))
    return re.compile(
        rf"(?<![\w'’.-])(?:(?:{FAC_NAME} (?:(?:of|de|del|di) )?){{1,3}}(?:{alt})"
        rf"|Port of {NAME_WORD})\b(?! [A-Z])(?!['’-]\w)"
    )


def facility_runs(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A capitalised run that ends with a facility's head word ("the Brenner Base Tunnel",
    "Sam Ratulangi International Airport", "Vera C. Rubin Observatory") or a port's name
    ("the Port of Rotterdam") that NER missed or cut is one FAC, over the mentions inside it
    (session 9). Not a run that opens with "The" or a title word at a sentence start, nor one
    that a longer name goes on ("Port of Rotterdam Authority")."""
    for mt in _facility_run().finditer(text):
        start, end = mt.span()
        words = mt.group().split()
        while words and (
            words[0] in ("The", "A", "An")
            # "Prince of Wales Bridge", "Duke of York Square": a title before "of" names (s19)
            or (is_title_word(words[0]) and not (len(words) > 2 and words[1] == "of"))
        ):
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or words[0] in CONNECTORS:
            continue
        if len(words) == 2 and words[0].lower() in english and _sentence_start(text, start):
            continue  # "Harbour Bridge ..." at a line start: a heading's words
        inside = [x for x in ents if x.start < end and start < x.end]
        if any(x.type in ("FAC", "EVENT", "LAW") or x.titles for x in inside):
            continue
        _put(ents, Ent(start, end, "FAC", text[start:end], fixed=True), only_inside=True)


BULLET_NAME = re.compile(
    r"(?m)^[ \t]*[•*·▪◦‣-][ \t]+([A-Z][A-Z&'’-]{2,}(?: [A-Z][A-Z&'’-]+){0,2}) ([a-z]+)\b"
)


def bullet_names(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A name in capitals that opens a bullet and acts ("• MAERSK resumed two services", "•
    ACME said") is an organisation, as in a digest of company news (session 9): not an English
    word, a known place or alias (then a GPE), nor a name already tagged."""
    verbs = cues()
    covered = Covered(len(text), ents)
    for mt in BULLET_NAME.finditer(text):
        s, end = mt.span(1)
        word, nxt = mt.group(1), mt.group(2)
        if covered.hit(s, end) or _english_noun(word, english):
            continue
        if not (nxt in verbs or (nxt.endswith("ed") and len(nxt) > 4)):
            continue
        title = word.title()
        typ = "GPE" if place_pop(title) >= 0 or _known(title) or _known(word) else "ORG"
        ents.append(Ent(s, end, typ, word, fixed=True))
        covered.add(s, end)


PLACE_PREP = re.compile(r"\b(?:[Tt]he|in|at|from|to|into|near|of|across|along|off) \Z")


def acting_places(text: str, ents: list[Ent], english: frozenset[str]) -> None:
    """A one-word name typed a place that no place table knows and that acts like a body is an
    organisation (session 9): before a reporting verb ("Ofcom said"), or, with no article or
    preposition of place before it, before a verb in the past tense ("Ofcom fined a firm").
    A river after "the" that rises or bursts its banks is left alone, as is any place the
    gazetteer, the aliases or the company table knows."""
    verbs = cues()
    for e in ents:
        word = text[e.start : e.end]
        if e.type not in ("GPE", "LOC") or e.fixed or e.titles or " " in word:
            continue
        if not word[:1].isupper() or word.isupper() or word.lower() in english:
            continue
        if place_pop(word) >= 0 or _known(word):
            continue
        mt = NEXT_LOWER.match(text, e.end)
        nxt = mt.group(1) if mt else ""
        past = nxt.endswith("ed") and (nxt[:-1] in english or nxt[:-2] in english)
        if nxt in verbs or (past and not PLACE_PREP.search(text, max(0, e.start - 10), e.start)):
            e.type, e.fixed = "ORG", True


def speakers(doc: Doc, ents: list[Ent], english: frozenset[str]) -> None:
    """A capitalised word NER left untagged that a reporting verb follows ("EDF said", "Sumar
    announced"), or at a clause's start a verb in the past tense ("Ørsted delayed", session 9),
    names someone who speaks or acts; with no full name of a person in the document (the
    linker gives surnames theirs) and no given name, it is an organisation (session 8). Not an
    English word, a stop word, a title word, a month or weekday, a word inside a longer
    capitalised run, nor one inside a figure or date."""
    text = text_of(doc)
    verbs = cues()
    covered = Covered(len(text), ents)
    for fact in [*(_facts(doc, "briefx_figures")), *(_facts(doc, "briefx_dates"))]:
        covered.add(fact.start, fact.end)
    given = table_index("given_names.jsonl", "name")
    surnames = {w for e in ents if e.type == "PERSON" for w in text[e.start : e.end].split()}
    for mt in SPEAKER_RUN.finditer(text):
        word, verb = mt.group(1), mt.group(2)
        s, end = mt.span(1)
        if covered.hit(s, end):
            continue
        # "Ørsted delayed work", "ScotRail cancelled services": a past-tense verb at the start
        # of a clause acts like a reporting verb (session 9)
        acted = (
            len(verb) > 4
            and verb.endswith("ed")
            and (verb[:-1] in english or verb[:-2] in english or verb[:-3] in english)
            and len(word) > 2
            and not any(c in word for c in "'’")  # "I’m delighted"
            and CLAUSE_START.search(text, max(0, s - 8), s) is not None
        )
        if verb not in verbs and not acted:
            continue
        low = word.lower()
        if low in STOP_WORDS or low in english_months():
            continue
        if _english_noun(word, english) and not acronym_in_text(text, s, word):
            continue  # WordNet lists "UNICEF"; an acronym in a line of running text is a name
        if is_title_word(word) or (word[1:].islower() and low in STOP_WORDS):
            continue
        if word in given or word in surnames or lookup_person(word):
            continue
        before = text[max(0, s - 30) : s]
        if re.search(r"[A-Z][\w'’-]* $", before):
            continue  # the last word of a longer capitalised run
        typ = "GPE" if place_pop(word) >= 0 or _known(word) else "ORG"
        name = lookup_company(word) or word
        ents.append(Ent(s, end, typ, name, tags={"speaker"}))
        covered.add(s, end)

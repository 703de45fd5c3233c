"""Who a pronoun, title or short form refers to: one small document-level mechanism.

``resolve(doc, start, end, entities)`` takes the tokens ``doc[start:end]`` that name a source
("he", "the Secretary", "the minister", "the Bank", "the company", "the Chilean Government") and
the entities already on the doc (``doc._.briefx_entities``), and returns the ``Referent`` they
stand for, or None. It looks only backwards from the words, at most ``WINDOW`` sentences:

- he / she (him, her): the latest PERSON named in subject position (by the parse where there
  is one: the mention, or the noun it is in apposition to, is a subject; else the mention
  starts its sentence or a verb follows it), else the latest PERSON;
- it: the latest ORG in subject position, else the latest ORG; "they", "we", "I" are not
  resolved ("they" is as often an unnamed group, "we" is the issuer: the author's voice);
- the <title word> ("the Secretary", "the minister", "the governor"): the latest PERSON whose
  titles hold that word, also abbreviated ("Gov."; entities give the titles next to a name),
  else the latest PERSON named without a title (within the window), else None;
- the <word of a name> ("the Bank", "the Commission"): the latest ORG whose canonical name
  holds the word; the <source noun> ("the company", "the agency"): the latest ORG;
- "the <demonym> Government" / "the Government of <country>": the country (by the demonym
  table), with its entity where the text names it; a bare "the Government" is None;
- a short form in capitals ("Lopez", "the Brigade", "Von der Leyen"): the latest PERSON, ORG
  or GPE whose longer canonical name ends with those words, anywhere before (a proper name
  is no pronoun: no sentence window).

Names (``link_names``, run by the entities component on its mentions): one place where short
forms get the full name the same document gives, tables only as a fallback, never over it:

1. Surnames: a lone capitalised word that is the last word of one person's full name anywhere in
   the document (headline included) is that PERSON, whatever NER called it; untagged later
   uses of the surname are tagged. So is a surname of several words ("Van der Berg") and an
   initial with a surname ("M. Okafor") that shortens exactly one full name. A surname written
   without the full name's diacritics counts ("Swiatek" of "Iga Świątek"), and a full name NER
   called an ORG or GPE is a person where it opens with a given name and its last word stands
   alone elsewhere ("Sandra Perković ... Perkovic said"). A full name's first word that is no
   given name (``models/given_names.jsonl``) is a family name written first ("Xi" of "Xi
   Jinping"); the first two or more words of one person's name of three or more are that
   person ("Pasang Dawa" of "Pasang Dawa Sherpa"). A title English Wikipedia keeps in the name
   stays in it ("Pope Leo XIV", the ``in_name`` titles; session 12).
2. Short forms of organisations, products and laws: a mention whose words open exactly one
   longer name in the document ("Meridian", "Columbia Bulk" -> "Columbia Bulk Terminals Inc.";
   "Talon" -> "Talon 7") is that entity, with the rest of the name where the text goes on;
   untagged later uses of a first word English does not know in lower case are tagged.
3. Acronyms without parentheses, before or after the full name: letters that spell exactly
   one organisation named in full, or its name without the place it ends with ("MPA" of
   "Maritime and Port Authority of Singapore", session 12).
4. Storm names: a lone name that ends one EVENT ("Odalys" after "Hurricane Odalys").
5. Head nouns: "the Board", "the Department", "the Office" (capitalised) is the latest
   organisation named before whose head noun it is (the last word, or the word before "of").
   Tails: the last two or more capitalised words of one longer name given before ("the Weather
   Service"), also of the part before its "of" ("the Port Authority" after "the Maritime and
   Port Authority of Singapore", session 12). Natural places: a name given once with its
   GeoNames kind word and elsewhere without ("the Atlantic" beside "the Atlantic Ocean",
   "Everest" beside "Mount Everest") is the longer name (session 12).
6. Places: a city followed by ", State" is "City, State" wherever it is named (a state followed
   by a state is not: "Ohio, Texas"); a word the alias table reads as a capital is the state
   where the text says so ("Spokane, Washington", "Washington state"); a city named without
   its state, in a text that names states, is "City, State" for the largest place of that name
   the gazetteer puts in one of them. A U.S. county, parish or borough named without its state
   is "County, State" for the one state the text names that has a county of that name
   (``models/us_counties.jsonl``; "Franklin County" in an Ohio text -> "Franklin County, Ohio").
   A dateline's city that shares its name with a state ("NEW YORK" -> "New York City") is that
   city where the body names it again without saying it means the state (session 12).
   Roads: a code of Great Britain's road numbering in a text about Britain is titled as
   English Wikipedia titles it ("M62" -> "M62 motorway", "A500" -> "A500 road").
7. Diacritics: a name the document writes once with diacritics and elsewhere plain is one name,
   spelled with them ("Cucuta" after "Cúcuta"); a person's full name written without the
   diacritics of a name in the people table takes them ("Viktor Orban" -> "Viktor Orbán").
8. Types: one type per name, the type read off a name's form first, else the majority.
0. (First of all) Publications: "the Washington Post" is "The Washington Post" where the last
   word is a masthead word whose papers keep "The" in their titles (``publications``).
   Then national bodies: a ministry or department with a generic title ("Ministry of Health")
   takes its country in brackets, as English Wikipedia titles them ("Ministry of Health
   (Kenya)"): the country the text gives it, else the one it names most, else its dateline's
   (``national_bodies``, session 13); "the Finance Ministry" is the "Ministry of Finance" first
   (``ministry_subject`` words).
9. (Session 13) Acronyms defined in brackets after a name whose initials they give in order,
   words left out ("... Machinists and Aerospace Workers (IAM)"), and acronyms of a law the text
   names in full ("DMA" after "Digital Markets Act", a LAW). Country titles: a body named by the
   part of its title before its country, which the text never writes out ("the Reserve Bank"
   in a text datelined Sydney), takes the title the tables give for the document's country
   (``country_titles``).
10. (Session 15) Acronyms defined in brackets are read loosely where one initial a word does not
   fit: a word in capitals gives all its letters ("UK Research and Innovation (UKRI)"), a
   capitalised word its first two or three ("European Chemicals Agency (ECHA)"); a shorter
   acronym that opens or ends one the text spelled out is that body ("NNPC" after "(NNPCL)").
   An acronym in mixed case in brackets is read by its letters ("Transport for London (TfL)",
   "(BoM)", "(Ofgem)"; ``linking.find_acronyms``).
   "the Energy Ministry" is the ministry of that subject the document writes out with a longer
   title ("Ministry of Energy and Green Transition"), the nearest before it. A surname after
   the Arabic article stands for its full name also without the article or with another form
   of it ("Sharaa", "Al-Sharaa" of "Ahmed al-Sharaa"; ``models/name_particles.jsonl``, from the
   ALA-LC Arabic romanisation table).
11. (Session 18) A body named with its title's words in another order is the title with "of"
   ("Ohio Supreme Court" beside "Supreme Court of Ohio", ``reordered_names``); a demonym and a
   head word NER tagged apart are one body ("European" + "Commission", ``demonym_heads``); a
   name with some words as their initials ("NS Power" of "Nova Scotia Power",
   ``initialled_forms``); a headline's name in capitals opens the body's full name
   ("BRANNOCK"); a first word of two nested names of one firm is the longer; untagged uses of
   a name's first two or three words, of its tail and of its acronym after it are tagged
   ("Severn Vale said", "Transit Police officers", "NPA managing director"), and a first word
   English knows before a possessive ("Caldera's chief"); the head noun of a name with "of"
   may be its last body word ("the Authority" of "Port of Rotterdam Authority"), and a head
   noun before a holder's title is the body ("Commission spokesperson"); a dateline's city in
   capitals takes the state or province the text names ("HALIFAX" -> "Halifax, Nova Scotia").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import cache
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc

from briefx.normalize.cues import demonym_countries
from briefx.normalize.names import (
    US_CODE,
    aliases,
    city_regions,
    companies,
    entity_words,
    form_words,
    is_title_word,
    lookup_alias,
    lookup_company,
    lookup_person,
    national_body,
    national_body_shorts,
    national_body_words,
    natural_title,
    place_kinds,
    place_pop,
    standalone_us_cities,
    title_case,
    title_words,
    us_counties,
    us_names,
    us_states,
    without_legal_form,
    world_places,
)
from briefx.pipeline._util import text_of
from briefx.pipeline.coref.ent import NEXT_CAPITAL, Covered, Ent, _words
from briefx.pipeline.coref.initials import acronyms, initialled_forms
from briefx.pipeline.coref.parts import TAIL_PLACE_POP, core_words, head_nouns, tail_forms
from briefx.pipeline.coref.people import surnames, titled_names
from briefx.pipeline.coref.referents import (
    PERSON_PRONOUNS,
    THING_PRONOUNS,
    earlier,
    resolve,
    short_form,
)
from briefx.pipeline.coref.short_names import short_forms, storm_names
from briefx.pipeline.coref.spellings import accents, table_spellings
from briefx.resources import read_jsonl, table_index

__all__ = [
    "NEXT_CAPITAL",
    "PERSON_PRONOUNS",
    "THING_PRONOUNS",
    "Covered",
    "Ent",
    "country_code",
    "document_country",
    "earlier",
    "link_names",
    "resolve",
    "short_form",
    "sole_country",
    "surnames",
    "unit_title",
]


# matched at an offset (``pattern.match(text, pos)``), so no copy of the text's rest per name
STATE_AFTER = re.compile(r" [Ss]tate\b")


def natural_titles(doc: Doc, text: str, ents: list[Ent]) -> None:
    """A natural place the document names once with its kind word and elsewhere without is one
    place, by the longer name: "the Atlantic" after (or before) "the Atlantic Ocean", "Everest"
    beside "Mount Everest", "the Thames" beside "the River Thames". The kind words are the
    GeoNames feature-class words of ``models/entity_forms.jsonl`` (``loc_head`` after the name,
    ``loc_lead`` before it). Where the document gives no longer name, a natural place named
    without the kind word English Wikipedia titles it with takes that title ("the Baltic" ->
    "Baltic Sea", ``models/natural_titles.jsonl``), unless it modifies a noun ("the Baltic
    states", "Pacific islands"). A place the gazetteer knows by the short name ("Victoria"
    beside "Lake Victoria"; TAIL_PLACE_POP people where NER called the short name a natural
    place) or a short name two long names share keeps its own name."""
    heads, leads = form_words("loc_head"), form_words("loc_lead")
    longs: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        words = _words(e.name)
        if e.type != "LOC" or len(words) < 2:
            continue
        if words[-1].lower() in heads:
            longs[" ".join(words[:-1])].add(e.name)
        if words[0].lower() in leads:
            longs[" ".join(words[1:])].add(e.name)
    for e in ents:
        word = text[e.start : e.end]
        if e.name != word or e.type not in ("LOC", "GPE", "ORG") or " " in word:
            continue
        if lookup_alias(word) or place_pop(word) >= (0 if e.type == "GPE" else TAIL_PLACE_POP):
            continue  # (a hamlet of the name does not make "the Atlantic" a town)
        names = longs.get(word)
        if names:  # the document's own evidence first, and only where it is one name
            if len(names) == 1:  # (NER calls a river an ORG: "the Tay" beside "River Tay")
                e.name, e.type = next(iter(names)), "LOC"
            continue
        title = natural_title(word) if e.type == "LOC" else None
        if title and not _modifies_noun(doc, e.end) and not NEXT_CAPITAL.match(text, e.end):
            e.name = title  # (a capital after it: a longer name NER cut, "Atlantic Post")


def _modifies_noun(doc: Doc, end: int) -> bool:
    """Whether the name right before ``end`` modifies a common noun ("the Baltic states")."""
    span = doc.char_span(end + 1, end + 2, alignment_mode="expand")
    if span is None or end >= len(doc.text) or doc.text[end] != " ":
        return False
    tok = span[0]
    return tok.is_lower and tok.pos_ == "NOUN"


@cache
def _state_names() -> dict[str, str]:
    """Return alias -> canonical name of U.S. states and Canadian provinces (built once;
    callers must not change the dict)."""
    out = {
        str(r["alias"]): str(r["name"])
        for r in read_jsonl("places.jsonl")
        if str(r["kind"]).startswith("us_state")
    }  # the state, also where the alias table means a city by the word ("Washington")
    provinces = city_regions("CA")
    out.update({p: p for p in provinces})
    out.update({a: v[0] for a, v in aliases().items() if v[0] in provinces})  # "N.S."
    return out


def places(text: str, ents: list[Ent]) -> None:
    states = _state_names()
    state_set = set(us_states()) | set(states.values())
    ents.sort(key=lambda e: e.start)
    city_names: dict[str, str] = {}
    for n, e in enumerate(ents[:-1]):
        nxt = ents[n + 1]
        word = text[e.start : e.end]
        st = states.get(text[nxt.start : nxt.end]) or (nxt.name if nxt.name in state_set else None)
        if (
            e.type == "GPE"
            and st
            and text[e.end : nxt.start].strip() == ","
            and e.name not in state_set
            and place_kinds().get(word) is None
            and e.name.title() not in standalone_us_cities()
            and word.title() not in standalone_us_cities()
        ):
            city = e.name if not word.isupper() else word.title()
            city_names[word] = f"{city}, {st}"
            nxt.name, nxt.type = st, "GPE"
        elif e.type == "GPE" and text[e.end : nxt.start].strip() == "," and nxt.type == "GPE":
            city = e.name if not word.isupper() else word.title()
            titled = _titled_abroad(city, nxt.name)
            if titled:  # "PERTH, Scotland" (and "Perth" after it) -> "Perth, Scotland"
                city_names[word] = city_names[city] = titled
    # A word the alias table reads as a city but that also names a state is the state where the
    # document uses it so: "Spokane, Washington", "Washington state", "the state of Washington".
    state_words = {text[x.start : x.end] for x in ents if x.name in state_set}
    for x in ents:
        word = text[x.start : x.end]
        st = states.get(word)
        if (
            st
            and x.name != st
            and (
                word in state_words
                or STATE_AFTER.match(text, x.end)
                or text[: x.start].endswith("state of ")
            )
        ):
            state_words.add(word)
    for x in ents:
        word = text[x.start : x.end]
        if word in state_words and states.get(word):
            x.name, x.type = states[word], "GPE"
    named_states = {e.name for e in ents if e.name in state_set}
    us_text = bool(named_states) or _about_us(text, ents)
    for e in ents:
        word = text[e.start : e.end]
        if word in city_names:
            e.name, e.type = city_names[word], "GPE"
            continue
        if word.isupper() and e.name == title_case(word):
            word = e.name  # a dateline in capitals: "HALIFAX" in a text about Nova Scotia
        state = _county_state(word, named_states, us_text) if e.name == word else None
        if state:  # "Franklin County" in a text about Ohio -> "Franklin County, Ohio"
            e.name, e.type, e.fixed = f"{word}, {state}", "GPE", True
            continue
        if e.type != "GPE" or e.name != word or e.name in state_set or place_kinds().get(word):
            continue
        if word in standalone_us_cities() or _unit_named(text, e.start):
            continue
        rows = world_places().get(word, ())
        pops = {
            str(r["region"]): int(str(r["pop"]))
            for r in rows
            if r.get("region") and r["region"] in named_states
        }
        if any(_standalone_abroad(r, rows) for r in rows if r.get("region") in pops):
            continue  # "Vancouver" in a text that names British Columbia
        if pops:  # the largest of the places of that name in the states the text names
            e.name = f"{word}, {max(pops, key=lambda k: pops[k])}"
        elif us_text and (state := _dominant_us_state(rows)):
            e.name = f"{word}, {state}"


def dateline_cities(text: str, ents: list[Ent]) -> None:
    """A place the dateline names as a city that shares its name with a state ("NEW YORK" ->
    "New York City", ``names.dateline_name``) is that city where the body names it again with
    the state's name ("Traders in New York", "(Reporting by ... in New York)"): one entity, one
    name, as the dateline reads it. Not where the text says it means the state ("New York
    state", "the state of New York", "New York Governor ...", "Albany, New York")."""
    cities: dict[str, str] = {}
    for e in ents:
        word = text[e.start : e.end]
        titled = " ".join(w[:1] + w[1:].lower() for w in word.split())
        if word.isupper() and len(word) > 3 and e.name.startswith(titled + " "):
            cities[titled] = e.name  # ("New York" -> "New York City"; not "Fla." -> "Florida")
    if not cities:
        return
    titles, _ = title_words()
    for e in ents:
        word = text[e.start : e.end]
        city = cities.get(word)
        if city is None or e.name != word or e.type != "GPE":
            continue
        after = re.match(r" ([A-Za-z]+)", text[e.end : e.end + 30])
        if STATE_AFTER.match(text, e.end) or text[: e.start].endswith(("state of ", ", ")):
            continue
        if after and after.group(1).lower() in titles:
            continue  # "New York Governor Kathy Hochul": the state's office
        e.name = city


def country_code(name: str) -> str | None:
    """The ISO 3166 code of a country (CLDR's English name, ``country_codes.jsonl``) or of the
    country a first-level subdivision the gazetteer knows lies in ("Scotland" -> "GB")."""
    rows = table_index("country_codes.jsonl", "name").get(name, ())
    if rows:
        return str(rows[0]["code"])
    subs = {str(r["country"]) for r in world_places().get(name, ()) if r["kind"] == "subdivision"}
    return next(iter(subs)) if len(subs) == 1 else None


def _titled_abroad(city: str, country: str) -> str | None:
    """English Wikipedia's title of a city outside the U.S. and Canada that the text ties to its
    country or nation ("Perth, Scotland"), where the gazetteer's largest place of that name lies
    in another country: "<city>, <country>" ("Perth, Scotland", "Hamilton, New Zealand"). None
    where the largest place of the name is that city ("Paris, France", "Cambridge, England"),
    the gazetteer has no city of the name in that country, or that city has STANDALONE_POP
    people or more."""
    code = country_code(country)
    rows = [r for r in world_places().get(city, ()) if r["kind"] == "city"]
    if code is None or code in ("US", "CA") or not rows:
        return None
    top = max(rows, key=lambda r: int(str(r["pop"])))
    own = [int(str(r["pop"])) for r in rows if r["country"] == code]
    if top["country"] == code or not own or max(own) >= STANDALONE_POP:
        return None  # (a city this large stands alone: "Valencia, Spain" is "Valencia")
    return f"{city}, {country}"


def _county_state(word: str, named_states: set[str], us_text: bool) -> str | None:
    """The state of a U.S. county named without it: the one state the text names that has a
    county of that name (models/us_counties.jsonl), else, in a text about the U.S. that names
    none of them, the only state with such a county. None where several fit or none."""
    states = us_counties().get(word)
    if not states:
        return None
    named = states & named_states
    if len(named) == 1:
        return next(iter(named))
    if not named and len(states) == 1 and us_text:
        return next(iter(states))
    return None


def _unit_named(text: str, start: int) -> bool:
    """Whether the name follows "<subdivision word> of" ("the Texas county of Hays", "the
    parish of Lafourche"): it names that unit, not the largest city of its name."""
    mt = re.search(r"\b([a-z]+) of $", text[max(0, start - 30) : start])
    return mt is not None and mt.group(1) in entity_words("gpe_head")


# a city outside the U.S. this large, the largest of its name, stands alone
STANDALONE_POP = 500_000


def _standalone_abroad(row: Mapping[str, Any], rows: Iterable[Mapping[str, Any]]) -> bool:
    """A city outside the U.S. that English Wikipedia titles without its province: the largest
    place of its name, with STANDALONE_POP people or more ("Vancouver", "Calgary"; "Kingston,
    Ontario" is not). U.S. cities follow the AP list of models/us_cities.jsonl instead."""
    if row["country"] == "US" or int(str(row["pop"])) < STANDALONE_POP:
        return False
    return all(int(str(r["pop"])) <= int(str(row["pop"])) for r in rows)


US_CITY_MARGIN = 3  # the U.S. place must have this many times the people of any other of its name
US_CITY_CAP = 1_000_000  # and fewer people than this
US_CITY_FLOOR = 10_000  # and at least this many


def _about_us(text: str, ents: list[Ent]) -> bool:
    """Whether the text is about the U.S.: it names the country, a demonym of it, a state (also
    inside a name: "the Colorado Department of Transportation") or a city AP lets stand alone."""
    us = us_names()
    cities = standalone_us_cities()
    for e in ents:
        if e.name in us or e.name in cities:
            return True
        if e.type == "ORG" and any(w in us for w in _words(e.name)):
            return True
    return False


def _dominant_us_state(rows: Iterable[Mapping[str, Any]]) -> str | None:
    """The state of a U.S. city named without it, in a text about the U.S., where the gazetteer's
    largest place of that name is in the U.S. and has US_CITY_MARGIN times the people of any
    other ("Fort Collins" -> Colorado, "Davenport" -> Iowa; "Vancouver" and "Perth" are not)."""
    cities = sorted((r for r in rows if r["kind"] == "city"), key=lambda r: -int(str(r["pop"])))
    if not cities:
        return None
    top = cities[0]
    pop = int(str(top["pop"]))
    if top["country"] != "US" or not top.get("region") or not US_CITY_FLOOR <= pop < US_CITY_CAP:
        return None  # (a borough of New York City: "Manhattan"; a hamlet: "Congress, Arizona")
    second = int(str(cities[1]["pop"])) if len(cities) > 1 else 0
    if int(str(top["pop"])) < US_CITY_MARGIN * second:
        return None
    return str(top["region"])


def publications(text: str, ents: list[Ent]) -> None:
    """A newspaper or magazine named after a lower-case "the" whose title keeps "The": "the
    Washington Post" -> "The Washington Post", "the Economist" -> "The Economist". The span
    leaves "the" out (ANNOTATION.md); the name is read off the last word (the ``masthead`` words
    of models/entity_words.jsonl). A table entry wins ("the Financial Times")."""
    mastheads = entity_words("masthead")
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "ORG" or e.name != word or text[max(0, e.start - 4) : e.start] != "the ":
            continue
        if word[:1].isupper() and word.split()[-1].lower() in mastheads and not lookup_alias(word):
            e.name = "The " + word


# The words of a national body's name that carry no subject of their own ("Ministry of Trade and
# Industry" has two subjects).
BODY_FILLERS = frozenset({"of", "for", "and", "the", "&"})
BODY_HEADS = ("Ministry", "Department")
MAX_BODY_SUBJECTS = 2  # more subjects make a title that no other country's body shares


@cache
def _country_names() -> frozenset[str]:
    """Return the canonical names of countries (models/places.jsonl, kind "country")."""
    kinds = place_kinds()
    return frozenset(v[0] for a, v in aliases().items() if kinds.get(a) == "country")


def _generic_body(name: str) -> bool:
    """A ministry or department whose title names only its subject, one or two words: "Ministry
    of Health", "Federal Ministry of Finance", "Ministry of Foreign Affairs", "Department of
    Agriculture" (many countries have one); not "Ministry of Economy, Trade and Industry", nor
    a name that holds a place ("Ministry of Health of Kenya") or already says its country; and
    a name many countries give a body of theirs (``shared_body``: "National Assembly")."""
    if name in entity_words("shared_body"):  # "National Assembly" (models/entity_words.jsonl)
        return True
    words = _words(name.replace(",", ""))
    if words[:2] == ["Federal", "Ministry"]:  # (Switzerland's "Federal Department of ...": own)
        words = words[1:]
    if len(words) < 3 or words[0] not in BODY_HEADS or words[1] != "of" or lookup_alias(name):
        return False  # ("Department for Transport": a British title of its own)
    subjects = [w for w in words[2:] if w.lower() not in BODY_FILLERS]
    return (
        0 < len(subjects) <= MAX_BODY_SUBJECTS
        and all(w.isalpha() and w[:1].isupper() and not lookup_alias(w) for w in subjects)
        and all(w.lower() in BODY_FILLERS or w[:1].isupper() for w in words[2:])
    )


def _country_of(ent: Ent | None, countries: frozenset[str]) -> str | None:
    if ent is None:
        return None
    if ent.name in countries:
        return ent.name
    country = demonym_countries().get(ent.name) if ent.type == "NORP" else None
    return country if country in countries else None


MINISTRY_AFTER = re.compile(r"([A-Z][a-z]+) Ministry")
# a ministry the text writes out: "Ministry of Energy and Green Transition", "Federal Ministry of
# Finance, Budget and National Planning" (the subject part in the group)
MINISTRY_OF = re.compile(r"(?:[A-Z][a-z]+ )?Ministry of (?:the )?([A-Z].*)")
DATELINE_END = re.compile(r"\s*(?:,|\(|-|–|—)")  # "NAIROBI, May 3", "ACCRA (Reuters) -"
DATELINE_REACH = 40  # characters from the text's start within which a dateline's city stands


@cache
def _ministry_subjects() -> dict[str, str]:
    """Return a ministry's subject word -> the subject of its usual title ("Foreign" ->
    "Foreign Affairs"; ``entity_words.jsonl`` kind ``ministry_subject``)."""
    return {
        str(r["word"]): str(r.get("name") or r["word"])
        for r in read_jsonl("entity_words.jsonl")
        if r["kind"] == "ministry_subject"
    }


def _ministry_order(text: str, ents: list[Ent]) -> None:
    """ "the Finance Ministry" is the "Ministry of Finance" (``ministry_subject`` words, with
    the noun of the usual title where the subject is an adjective: "Foreign Ministry" ->
    "Ministry of Foreign Affairs"), so that ``national_bodies`` titles it like the written-out
    form (session 13). Where the document writes out a ministry of that subject with a longer
    title ("the Ministry of Energy and Green Transition", "the Federal Ministry of Finance,
    Budget and National Planning"), it is that ministry, the nearest named before it (else the
    one named after it): the document's own title wins over the usual one (session 15)."""
    subjects = _ministry_subjects()
    written = [
        (e.start, e.name, mt.group(1))
        for e in ents
        if e.type == "ORG"
        and (mt := MINISTRY_OF.fullmatch(e.name))
        and e.name in text[e.start : e.end]
    ]
    fits: dict[str, list[tuple[int, str]]] = {}  # subject -> its written ministries, in order
    for e in ents:
        mt = MINISTRY_AFTER.fullmatch(e.name)
        if e.type == "ORG" and mt and mt.group(1) in subjects and e.name in text[e.start : e.end]:
            subject = subjects[mt.group(1)]
            if subject not in fits:
                fits[subject] = sorted(
                    (start, name) for start, name, rest in written if _subject_opens(subject, rest)
                )
            own = _written_ministry(fits[subject], e.start)
            e.name = own or f"Ministry of {subject}"


def _written_ministry(fits: list[tuple[int, str]], at: int) -> str | None:
    """The ministry of a subject the document writes out with a title of its own that opens with
    that subject ("Energy and Green Transition"; ``fits``, in text order): the nearest one
    before ``at``, else the one after it where only one is; None where the document writes
    none."""
    k = bisect.bisect_left(fits, (at, ""))
    if k:
        return fits[k - 1][1]
    names = {name for _, name in fits}
    return next(iter(names)) if len(names) == 1 else None


def _subject_opens(subject: str, rest: str) -> bool:
    return rest == subject or (
        rest.startswith(subject) and rest[len(subject) : len(subject) + 1] in (" ", ",")
    )


@cache
def _country_by_code() -> dict[str, str]:
    """Return ISO 3166 code -> the country's canonical name, for the countries the alias table
    names (``country_codes.jsonl`` read backwards)."""
    names = _country_names()
    out: dict[str, str] = {}
    for r in read_jsonl("country_codes.jsonl"):
        if r["name"] in names:
            out.setdefault(str(r["code"]), str(r["name"]))
    return out


def _dateline_country(text: str, ents: list[Ent]) -> str | None:
    """The country of the city a dateline opens the text with ("ACCRA, May 30 -" -> Ghana): the
    gazetteer's largest city of that name. None without a dateline."""
    first = min((e for e in ents if e.type == "GPE"), key=lambda e: e.start, default=None)
    if first is None or first.start > DATELINE_REACH or "\n" in text[: first.start].strip():
        return None
    if not DATELINE_END.match(text, first.end):
        return None
    word = text[first.start : first.end]
    if word.isupper():
        word = title_case(word)
    countries = _country_names()
    if word in countries:
        return word
    rows = [r for r in world_places().get(word, ()) if r["kind"] == "city"]
    if not rows:
        return None
    top = max(rows, key=lambda r: int(str(r["pop"])))
    return _country_by_code().get(str(top["country"]))


def document_country(text: str, ents: list[Ent]) -> str | None:
    """The country the document names most (first named on a tie), else its dateline's."""
    countries = _country_names()
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for e in ents:
        country = _country_of(e, countries)
        if country:
            counts[country] += 1
            first.setdefault(country, e.start)
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    return ranked[0] if ranked else _dateline_country(text, ents)


@cache
def _unit_titles() -> dict[tuple[str, str], str]:
    """Return (country code, subdivision word) -> English Wikipedia's title form where it is not
    "<Name> <Word>" (``entity_words.jsonl`` kind ``unit_title``)."""
    rows = read_jsonl("entity_words.jsonl")
    return {
        (str(r["country"]), str(r["word"])): str(r["form"])
        for r in rows
        if r["kind"] == "unit_title"
    }


def unit_title(name: str, unit: str, country: str | None) -> str:
    """The title of a subdivision named ``name`` of kind ``unit`` ("district") in a country (its
    canonical name): "Buner District", "Wayanad district" (India), "Batangas" (the
    Philippines), "Province of Jaén" (Spain)."""
    code = country_code(country) if country else None
    form = _unit_titles().get((code or "", unit), "{} " + unit.title())
    return form.format(name)


@cache
def _org_titles() -> frozenset[str]:
    """Return the canonical names of organisations the alias, organisation and company tables
    give."""
    titles = {name for name, kind in aliases().values() if kind == "ORG"}
    return frozenset(titles | set(companies().values()))


def subdivision_repeats(text: str, ents: list[Ent]) -> None:
    """A place named again without the subdivision word the document gave it once ("Garissa"
    after "Garissa and Tana River counties") is that subdivision ("Garissa County"), where the
    document gives the name one such title only (session 13)."""
    units = entity_words("gpe_head") | {"district", "region"}
    titled: dict[str, set[str]] = defaultdict(set)
    for x in ents:
        word = text[x.start : x.end]
        rest = x.name[len(word) + 1 :] if x.name.startswith(word + " ") else ""
        if x.type == "GPE" and rest.lower() in units:
            titled[word].add(x.name)
    if not titled:
        return
    for e in ents:
        word = text[e.start : e.end]
        names = titled.get(word)
        if e.type == "GPE" and e.name == word and names and len(names) == 1:
            e.name = next(iter(names))


def country_titles(text: str, ents: list[Ent]) -> None:
    """A body named by the part of its title before its country, which the document never
    writes out ("the Reserve Bank" in a text from Sydney), is the body the tables title "<name>
    of <country>" for the document's country ("Reserve Bank of Australia"), with every mention
    linked to it (session 13). Not where the document names the body in full (the linking
    before has given the mention that name) or names no country."""
    titles = _org_titles()
    country = None
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "ORG" or e.name != word or len(word.split()) < 2 or not word.istitle():
            continue
        if country is None:
            country = document_country(text, ents) or ""
        if not country:
            return
        for title in (f"{word} of {country}", f"{word} of the {country}"):
            if title in titles:
                old = e.name
                for x in ents:
                    if x.type == "ORG" and x.name == old:
                        x.name = title
                break


def sole_country(text: str, ents: list[Ent]) -> str | None:
    """The one country a document is about: the country it names most, its dateline's city
    counting as one mention more, where no other country is named at least half as often and
    no union of countries is named (``national_bodies.jsonl`` kind union: "Parliament" in a
    story about the European Union is its own). None where two countries compete or the text
    names none (session 17)."""
    countries = _country_names()
    unions = national_body_words("union")
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for e in ents:
        if e.name in unions:
            return None
        country = _country_of(e, countries)
        if country:
            counts[country] += 1
            first.setdefault(country, e.start)
    dateline = _dateline_country(text, ents)
    if dateline:
        counts[dateline] += 1
        first.setdefault(dateline, -1)
    ranked = sorted(counts, key=lambda c: (-counts[c], first[c]))
    if not ranked or (len(ranked) > 1 and 2 * counts[ranked[1]] >= counts[ranked[0]]):
        return None
    return ranked[0]


def _table_body(text: str, e: Ent) -> bool:
    """An organisation named by the whole of a short name the national bodies table reads
    ("Senate", "High Court", "Labour"), which no earlier rule has renamed."""
    word = text[e.start : e.end]
    return e.type == "ORG" and e.name == word and word in national_body_shorts()


def national_bodies(text: str, ents: list[Ent]) -> None:
    """A national body named without its country takes the title English Wikipedia gives that
    country's body.

    - A ministry or department with a generic title takes its country in brackets ("Ministry of
      Health (Kenya)", "Department of Agriculture (Philippines)"); the country is the one the
      text gives it ("Kenya's Ministry of Health", "the Ministry of Finance of Ghana", "the
      Dutch Ministry of Defence"), else the one the document names most (first named on a
      tie). No country, or the United States (whose departments the departments table names),
      leaves the name as it is.
    - Courts, chambers, electoral bodies and parties named by a short name ("the Supreme Court",
      "the Senate", "Parliament", "the National Assembly", "Labour") take the title
      ``models/national_bodies.jsonl`` gives for the country the text gives them ("Kenya's
      High Court" -> "High Court of Kenya"), else for the one country the document is about
      (``sole_country``): "Senate of Canada", "Senate of the Philippines", "Australian
      Senate", "Labour Party (UK)". Where two countries compete, or the table has no title for
      the country, the name stays as it is (session 17; the U.S. rows are also read by
      ``names.lookup_department`` before).
    """
    ents.sort(key=lambda e: e.start)
    _ministry_order(text, ents)
    countries = _country_names()
    us = aliases()[US_CODE][0]
    table = {n for n, e in enumerate(ents) if _table_body(text, e)}
    bodies = [
        n for n, e in enumerate(ents) if n in table or (e.type == "ORG" and _generic_body(e.name))
    ]
    if not bodies:
        return
    document = document_country(text, ents)
    sole = sole_country(text, ents) if table else None
    said: dict[int, str] = {}  # a body's country where the text gives it next to the body
    for n in bodies:
        e = ents[n]
        before = ents[n - 1] if n > 0 else None
        after = ents[n + 1] if n + 1 < len(ents) else None
        gap = text[before.end : e.start] if before else ""
        country = None
        if before is not None and (gap in ("'s ", "’s ") or (before.type == "NORP" and gap == " ")):
            country = _country_of(before, countries)
            if country is None and before.type == "GPE":
                said[n] = ""  # "Ontario's Ministry of Health": a province's or a state's
                continue
        if country is None and after is not None and text[e.end : after.start] == " of ":
            country = _country_of(after, countries)
        if country:
            said[n] = country
    by_name = {ents[n].name: c for n, c in reversed(said.items()) if c}  # the first said wins
    for n in bodies:
        e = ents[n]
        if n in table:
            country = said[n] if n in said else by_name.get(e.name) or sole
            title = national_body(e.name, country) if country else None
            if title or not _generic_body(e.name):  # ("National Assembly": also a shared body)
                e.name = title or e.name
                continue
        country = said[n] if n in said else by_name.get(e.name) or document
        if country and country != us:
            e.name = f"{e.name} ({country})"


BRITISH_ROAD = re.compile(r"([A-Z])(\d{1,4})")
GB = "GB"  # the gazetteer's code of the United Kingdom


@cache
def _road_titles() -> dict[str, str]:
    """Return a road code's letter -> the title pattern of Great Britain's roads of that letter
    (models/entity_forms.jsonl, kind road_title)."""
    rows = read_jsonl("entity_forms.jsonl")
    return {str(r["word"]).upper(): str(r["name"]) for r in rows if r["kind"] == "road_title"}


def _weight(row: Mapping[str, Any]) -> int:
    """A gazetteer row's people, a subdivision counting as 10^6 (as ``place_pop`` counts it)."""
    return 10**6 if row["kind"] == "subdivision" else int(str(row["pop"]))


def _in_britain(ents: list[Ent]) -> bool:
    """Whether the text names the United Kingdom or a place the gazetteer's largest of that name
    puts there ("Leeds", "Aberdeenshire", "Scotland")."""
    uk = aliases()["UK"][0]
    for e in ents:
        if e.type not in ("GPE", "LOC"):
            continue
        rows = world_places().get(e.name, ())
        top = max(rows, key=_weight, default=None)
        if e.name == uk or (top is not None and top["country"] == GB):
            return True
    return False


def road_titles(ents: list[Ent]) -> None:
    """A road named by its code in a text about Great Britain takes its title there: "M62" ->
    "M62 motorway", "A500" -> "A500 road" (the road_title patterns)."""
    titles = _road_titles()
    roads = [
        (e, mt)
        for e in ents
        if e.type == "FAC" and (mt := BRITISH_ROAD.fullmatch(e.name)) and mt.group(1) in titles
    ]
    if roads and _in_britain(ents):
        for e, mt in roads:
            e.name = titles[mt.group(1)].format(mt.group(2))


def types(ents: list[Ent]) -> None:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for e in ents:
        votes[e.name][e.type] += 10 if e.fixed else 1
    for e in ents:
        e.type = votes[e.name].most_common(1)[0][0]


COORDINATED = re.compile(r"(.+?) (?:and|&) (.+)")


def coordinated_firms(text: str, ents: list[Ent]) -> None:
    """Two firms NER ran into one organisation's span ("Brayford and Kestle Freight Group plc"
    after "Brayford Logistics Ltd" ... "Brayford said"): where the words before "and"/"&" are
    an organisation the text names alone elsewhere and the words after it a firm with its legal
    form or an organisation named alone too, the span is two, each named as written (the short
    form is linked later). A name the tables know whole stays ("Marks and Spencer"), and so do
    partners no mention names alone ("Slaughter and May"). Session 16."""
    alone = {text[e.start : e.end] for e in ents if e.type == "ORG"}
    for e in list(ents):
        word = text[e.start : e.end]
        mt = COORDINATED.fullmatch(word)
        if e.type != "ORG" or not mt or lookup_alias(word) or lookup_company(word):
            continue
        first, second = mt.group(1), mt.group(2)
        if first not in alone or not second[:1].isupper():
            continue
        if without_legal_form(second) == second and second not in alone:
            continue
        end = e.end
        e.end, e.name = e.start + len(first), first
        ents.append(Ent(e.start + mt.start(2), end, "ORG", without_legal_form(second)))


# the words a body's title joins its parts with, which a reordered form of it drops ("Supreme
# Court of Ohio" -> "Ohio Supreme Court", "Ministry of Agriculture" -> "Agriculture Ministry")
JOINING = frozenset({"of", "for", "the", "on", "and", "&"})


def _content_key(words: list[str]) -> tuple[str, ...] | None:
    """The capitalised words of a name, sorted: the same key for the same words in any order.
    None where a word is neither capitalised nor a joining word."""
    kept = [w for w in words if w.lower() not in JOINING]
    if len(kept) < 2 or not all(w[:1].isupper() for w in kept):
        return None
    return tuple(sorted(kept))


def reordered_names(text: str, ents: list[Ent]) -> None:
    """A body named with the words of its title in another order is that body, by the title
    the text gives with "of" or "for": "Ohio Supreme Court" beside "the Supreme Court of Ohio",
    "the Agriculture Ministry" beside "the Ministry of Agriculture" (session 18). The same
    capitalised words, each as often; the title anywhere in the document (a headline may come
    first); not where two titles of the document share the words."""
    titles: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for e in ents:
        words = _words(text[e.start : e.end])
        if e.type == "ORG" and any(w in ("of", "for") for w in words[1:-1]):
            key = _content_key(words)
            if key:
                titles[key].add(e.name)
    if not titles:
        return
    for e in ents:
        word = text[e.start : e.end]
        words = _words(word)
        if e.type != "ORG" or " " not in word or any(w in ("of", "for") for w in words):
            continue
        if e.name not in (word, without_legal_form(word)) and not e.fixed:
            continue  # named by the text already
        names = titles.get(_content_key(words) or ())
        if names and len(names) == 1:
            e.name = next(iter(names))
            e.tags.add("short")


def demonym_heads(text: str, ents: list[Ent]) -> None:
    """A demonym NER tagged alone right before a body's head word it tagged an organisation
    alone is one organisation named by both words: "European" + "Commission" (the small model
    after a dateline's dash), "British" + "Council" (session 18). Then "the Commission" later is
    that body (``head_nouns``). Not a national institution the tables title by its country
    ("the Kenyan" + "Parliament": ``national_bodies`` reads the demonym), nor a longer name."""
    heads = form_words("org_head")
    shorts = national_body_shorts()
    ents.sort(key=lambda e: e.start)
    gone: set[int] = set()
    for a, b in pairwise(ents):
        word = text[b.start : b.end]
        if (
            a.type == "NORP"
            and b.type == "ORG"
            and text[a.end : b.start] == " "
            and b.name == word
            and word.lower() in heads
            and word.istitle()
            and word not in shorts
            and id(a) not in gone
        ):
            b.start, b.name = a.start, text[a.start : b.end]
            gone.add(id(a))
    if gone:
        ents[:] = [e for e in ents if id(e) not in gone]


SAID = r" (?:said|says|added|announced|reported)(?: on [A-Z][a-z]+day)?(?: that)?"
SAID_ITS = re.compile(SAID + r" its\b")  # "Sibanye-Stillwater said its output"
SAID_IT = re.compile(SAID + r" it\b([^.;:!?\n]*)")  # "X said it had closed ... its mine"
SAID_HE = re.compile(SAID + r" (?:he|she|his|her)\b")  # "Whitfield said he would stay"
IT_ACTS = re.compile(
    r" (?:would|will|had|has|plans|planned|expects|expected|aims)\b(?! (?:be|been)\b)"
)
AND_ITS = re.compile(r"(?:,| and) its\b")  # "Kering and its brands"
WHO = re.compile(r",? who\b")
WHICH = re.compile(r",? which\b")
ITS = re.compile(r"\bits\b")
OF_BEFORE = re.compile(r"\b([A-Za-z]+) (?:of|at|in) \Z")  # "shares of X", "chairman of X"
OWNS_AFTER = re.compile(r"['’]s ([a-z]+)\b")  # "X's shareholders" ("X shares" may be a verb)
APPOSITION = re.compile(r", (?:the |a |an )?((?:[a-z]+-)?[a-z]+)(?: [a-z]+){0,3} (?:of|at) [A-Z]")
JOINED = re.compile(r",? and |,? or | & ")
INITIALS_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\. ?){1,3})\Z")  # "N. " of "N. Chandrasekaran"


def _evidence(text: str, e: Ent) -> tuple[int, int, int, int]:
    """The (organisation, plans, person, who) evidence one mention gives by the words around
    it; plans ("X said it would", a list with a firm) are weaker: a person's given name outweighs
    them; "X, who" keeps a person a person but makes no body one (a club is "who" too)."""
    org = plans = person = who = 0
    after = text[e.end : e.end + 200]
    if SAID_ITS.match(after) or AND_ITS.match(after) or WHICH.match(after):
        org += 1
    elif (mt := SAID_IT.match(after)) and ITS.search(mt.group(1)):
        org += 1  # "X said it had closed a shaft at its mine"
    elif mt and IT_ACTS.match(mt.group(1)):
        plans = 1  # "X said it would open a store": a firm's plans (89 of 91 in the dev sets)
    if SAID_HE.match(after):
        person += 1
    elif WHO.match(after):
        who = 1  # a person's, or a club's or a band's in British English
    if (mt := APPOSITION.match(after)) and is_title_word(mt.group(1)):
        person += 1  # "N. Chandrasekaran, chairman of Tata Sons"
    before = OF_BEFORE.search(text, max(0, e.start - 30), e.start)
    if before and is_title_word(before.group(1)):
        org += 1  # "chief executive of X"
    org += _holding(text, e)
    return org, plans, person, who


def _holding(text: str, e: Ent) -> int:
    """1 where the words around a mention name what only a firm has ("shares of X", "sales at
    X", "X's shareholders", "a stake in X"; ``entity_forms`` kinds ``firm_holding`` and
    ``firm_stake``), else 0."""
    holding = form_words("firm_holding")
    before = OF_BEFORE.search(text, max(0, e.start - 30), e.start)
    if before and before.group(1).lower() in holding and not before.group(0).endswith("in "):
        return 1
    if before and before.group(1).lower() in form_words("firm_stake"):
        return 1  # "shares in X", "a stake in X"
    mt = OWNS_AFTER.match(text, e.end)
    return int(bool(mt and mt.group(1) in holding))


def _firm_not_place(text: str, group: list[Ent], name: str) -> bool:
    """A name NER typed a place that is a firm: a firm's holding or "X said its" around a
    mention, and a name the company table lists or no place table knows ("shares in Rio
    Tinto", "Foxconn's shareholders"); never a country, a state or an alias of a place."""
    if place_kinds().get(name) or lookup_alias(name):
        return False
    if not lookup_company(name) and (place_pop(name) >= 0 or " " in name):
        return False
    return any(_holding(text, e) or SAID_ITS.match(text, e.end) for e in group)


def person_or_org(text: str, ents: list[Ent]) -> None:
    """One name, one type by the document's evidence, weighed over every mention of the name:
    what only a firm has ("shares of X", "sales at X", "chief executive of X", "X's
    shareholders", "X said its", "X said it had closed ... its mine", "X and its", "X, which")
    against what only a person has (a title, "X said he", a role in apposition ", chairman of
    Y", a surname named alone, the people table). Weaker: a firm's plans ("X said it would open
    a store": 89 of 91 such subjects in the dev sets are bodies) and a list with a firm ("A & B
    and X", a name the company table lists), which a given name that opens the name outweighs
    ("Victor Wembanyama", "Ralph Lauren"); "X, who"
    keeps a person but makes none (clubs are "who" in British copy). A name NER typed a person
    with a firm's evidence and none of a person's is an ORG ("Miu Miu", "Sibanye-Stillwater"); a
    name NER typed an organisation with a person's evidence and none of a firm's, whose words
    are names no table knows as a body, is a PERSON, with the initials NER left before it ("N."
    of "N. Chandrasekaran, chairman of Tata Sons"), and so is a surname NER typed a body of the
    one person the text names in full. A name NER typed a place with a firm's holding or "said
    its" around it, that the company table lists or no place table knows, is an ORG ("shares in
    Rio Tinto", "sales at Balenciaga"; ``_firm_not_place``). Types read off a form (``fixed``)
    stay. Session 18."""
    given = table_index("given_names.jsonl", "name")
    groups: dict[str, list[Ent]] = defaultdict(list)
    places: dict[str, list[Ent]] = defaultdict(list)
    for e in ents:
        if e.type in ("PERSON", "ORG") and not e.tags & {"label", "player"}:
            groups[e.name].append(e)
        elif e.type in ("GPE", "LOC") and not e.fixed and not e.titles:
            places[e.name].append(e)
    for name, group in places.items():
        if _firm_not_place(text, group, name):
            for e in group:
                e.type, e.fixed = "ORG", True
                e.name = lookup_company(name) or name
    order = sorted(ents, key=lambda x: x.start)
    beside_org: set[int] = set()  # "Sullivan & Cromwell and Baker McKenzie": a list of firms
    for a, b in pairwise(order):
        if JOINED.fullmatch(text[a.end : b.start]):
            beside_org.update(id(x) for x, y in ((a, b), (b, a)) if y.type == "ORG")
    surnames: dict[str, set[str]] = defaultdict(set)  # "Chandrasekaran" -> its full names
    first_full: dict[str, int] = {}  # where the text first names the person in full
    for e in ents:
        if e.type == "PERSON" and len(e.name.split()) > 1:
            surnames[e.name.split()[-1]].add(e.name)
            first_full[e.name] = min(first_full.get(e.name, e.start), e.start)
    for name, group in groups.items():
        kinds = {e.type for e in group}
        if len(kinds) != 1 or any(e.fixed for e in group):
            continue
        org = plans = person = who = 0
        for e in group:
            o, w, p, h = _evidence(text, e)
            org, plans, person = org + o, plans + w + (id(e) in beside_org), person + p
            who += h
        if kinds == {"PERSON"}:
            person += who
            person += sum(3 for e in group if e.titles)
            person += any(" " not in text[e.start : e.end] and " " in name for e in group)
            if lookup_person(name) or lookup_person(name.split()[-1]):
                person += 1
            named = " " in name and given.get(name.split()[0])  # "Giorgio Armani"
            if (plans or lookup_company(name)) and not named:
                org += 1  # a listed firm's name is weak evidence too ("Goldman Sachs")
            if org and not person:
                for e in group:
                    e.type, e.fixed = "ORG", True
            elif person and " " not in name:
                _initials(text, group, name)
        elif (
            not org
            and len(full := surnames.get(name, set())) == 1
            and _personal(name)
            and all(e.start > first_full[next(iter(full))] for e in group)
        ):
            for e in group:  # a surname NER typed a body, after the one person named in full
                e.type, e.name, e.fixed = "PERSON", next(iter(full)), True
        elif person and not org and _personal(name):
            for e in group:
                e.type, e.fixed = "PERSON", True
            _initials(text, group, name)


def _initials(text: str, group: list[Ent], name: str) -> None:
    """A person's surname NER tagged without the initials before it takes them ("N." of "N.
    Chandrasekaran"), and its other mentions the full name."""
    full_name = name
    for e in group:
        mt = INITIALS_BEFORE.search(text, max(0, e.start - 10), e.start)
        if mt and e.name == text[e.start : e.end]:
            e.start = mt.start(1)
            full_name = text[e.start : e.end]
    for e in group:  # the surname alone elsewhere is the same person
        e.name = full_name


def _personal(name: str) -> bool:
    """A name that may be a person's: one to three capitalised words no table knows as a body,
    a firm or a place, none of them a body's or a business's head word."""
    words = name.split()
    heads = form_words("org_head") | form_words("body_word") | form_words("sector_word")
    return (
        1 <= len(words) <= 3
        and all(w.isalpha() and w[:1].isupper() for w in words)
        and not any(w.lower() in heads for w in words)
        and not (lookup_alias(name) or lookup_company(name) or place_kinds().get(name))
        and place_pop(name) < 0
    )


def link_names(doc: Doc, ents: list[Ent], english: frozenset[str] = frozenset()) -> list[Ent]:
    """Link short forms to the document's full names and settle one type per entity."""
    text = text_of(doc)
    coordinated_firms(text, ents)
    demonym_heads(text, ents)
    publications(text, ents)
    reordered_names(text, ents)
    national_bodies(text, ents)
    surnames(doc, text, ents, english)
    titled_names(ents)
    storm_names(text, ents)
    acronyms(text, ents)
    initialled_forms(text, ents)
    short_forms(doc, text, ents, english)
    tail_forms(text, ents)  # (first: "the Board" after "the Cocoa Board" is the long name)
    head_nouns(doc, text, ents, english)
    core_words(text, ents)
    country_titles(text, ents)
    natural_titles(doc, text, ents)
    places(text, ents)
    subdivision_repeats(text, ents)
    dateline_cities(text, ents)
    road_titles(ents)
    table_spellings(ents)
    accents(ents)
    person_or_org(text, ents)
    types(ents)
    ents.sort(key=lambda e: e.start)
    return ents

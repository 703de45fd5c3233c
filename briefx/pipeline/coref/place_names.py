"""Places by the name the document and the gazetteer give them: cities with their state,
counties, subdivisions, natural places, datelines and British roads.

- ``natural_titles``: a name given once with its GeoNames kind word and elsewhere without ("the
  Atlantic" beside "the Atlantic Ocean", "Everest" beside "Mount Everest") is the longer name;
  with no longer name, English Wikipedia's title ("the Baltic" -> "Baltic Sea"; session 12);
  a state's or country's name after "the" beside its river ("the Colorado", session 20); a
  name written "<Kind> of <Name>" ("the Strait of Hormuz") is that place where named bare, also
  where NER read the bare name as a person no table knows (session 38).
- ``territory_titles``: a territory's short name beside its title ("Gaza" beside "the Gaza
  Strip", ``territory_head`` of ``models/entity_forms.jsonl``; session 20).
- ``state_titles``: a country's short name beside its formal title in the text ("Congo" beside
  "Democratic Republic of the Congo", session 20).
- ``places``: a city followed by ", State" is "City, State" wherever it is named (a state
  followed by a state is not: "Ohio, Texas"); a word the alias table reads as a capital is the
  state where the text says so ("Spokane, Washington", "Washington state"); a city named
  without its state, in a text that names states, is "City, State" for the largest place of
  that name the gazetteer puts in one of them. A U.S. county, parish or borough named without
  its state is "County, State" for the one state the text names that has a county of that name
  ("Franklin County" in an Ohio text -> "Franklin County, Ohio"); a dateline's city in capitals
  takes the state or province the text names ("HALIFAX" -> "Halifax, Nova Scotia", session 18);
  a Canadian city with a name no other place has stands alone ("Kelowna", session 20).
- ``subdivision_repeats``, ``unit_title``: a subdivision titled as English Wikipedia titles
  that country's ("Buner District", "Province of Jaén"), and named so again where the document
  drops the word ("Garissa" after "Garissa and Tana River counties", session 13); a unit the
  worded or unit tables title by name first ("the Kursk region" -> "Kursk Oblast", "Aurora
  province" -> "Aurora (province)"; ``models/worded_units.jsonl``, session 41).
- ``city_titles``: a city titled "<name> City" because a state, province or country bears the
  bare name, where the text says it means the city ("the city of Oaxaca" -> "Oaxaca City") or
  nothing else bears the name ("Davao" -> "Davao City"; ``models/city_titles.jsonl``, session
  41).
- ``bare_units``, ``written_units``: a first-level subdivision named without the unit word its
  title adds, in a story about its country ("Turkana" -> "Turkana County", session 22; Uganda,
  Egypt, Jamaica, Liberia and Guatemala, session 37; thirteen more countries, session 39), or
  beside the name written with it ("Zamfara" after "Zamfara State", session 37).
- ``state_towns``: a town of Australia, Canada, India, Pakistan or South Africa whose name other
  places bear, named bare in a story about its country, takes its subdivision as English
  Wikipedia titles it ("Bathurst" -> "Bathurst, New South Wales", session 39).
- ``dateline_cities``: a dateline's city that shares its name with a state ("NEW YORK" -> "New
  York City") is that city where the body names it again without saying it means the state
  (session 12); a country whose capital is "<country> City" named on the dateline, on a wire
  dateline's line ("KUWAIT 1996-08-28") or as the capital is that city (sessions 22, 37).
- ``road_titles``: a code of Great Britain's road numbering in a text about Britain is titled
  as English Wikipedia titles it ("M62" -> "M62 motorway", "A500" -> "A500 road").

Tables: ``models/places.jsonl`` (states, provinces, aliases), ``models/us_counties.jsonl``,
``models/us_cities.jsonl`` (the AP list of cities that stand alone), ``models/unit_titles.jsonl``,
``models/state_towns.jsonl``,
the gazetteer ``models/world_places.jsonl``, ``models/natural_titles.jsonl``, the ``loc_head``,
``loc_lead`` and ``road_title`` kinds of ``models/entity_forms.jsonl`` and the ``gpe_head`` and
``unit_title`` kinds of ``models/entity_words.jsonl``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc

from briefx.normalize.cues import body_kinds, demonym_countries
from briefx.normalize.names import (
    accented_place,
    aliases,
    capital_of_country,
    city_of_region,
    city_regions,
    entity_words,
    fold_letters,
    form_words,
    is_surname,
    lookup_alias,
    lookup_person,
    namesake_countries,
    natural_title,
    place_first_words,
    place_kinds,
    place_pop,
    row_pop,
    standalone_us_cities,
    title_case,
    title_words,
    us_counties,
    us_names,
    us_states,
    world_places,
)
from briefx.pipeline._util import reference_date, text_of
from briefx.pipeline.coref.acronym_titles import _defined
from briefx.pipeline.coref.countries import (
    DATELINE_END,
    DATELINE_REACH,
    HEADLINE_REACH,
    SENTENCE_END,
    _country_names,
    country_code,
    dateline_country_name,
    document_country,
    place_codes,
    place_country_code,
    places_country,
    sentence_bounds,
    sentence_country,
)
from briefx.pipeline.coref.ent import NEXT_CAPITAL, Ent, _words
from briefx.pipeline.coref.parts import TAIL_PLACE_POP
from briefx.resources import read_jsonl, table_index

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
    place) or a short name two long names share keeps its own name. A kind word before "of"
    ("Strait of Hormuz", "Gulf of Aden") gives the long name too, and a bare name NER read as a
    person takes it where no table knows the word as anyone's name (session 38: "Hormuz")."""
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
        elif len(words) > 2 and words[1] == "of" and words[0].lower() in heads | leads:
            longs[" ".join(words[2:])].add(e.name)  # "Strait of Hormuz", "Gulf of Aden"
    for e in ents:
        word = text[e.start : e.end]
        if e.name != word or e.type not in ("LOC", "GPE", "ORG", "PERSON") or " " in word:
            continue
        names = longs.get(word)
        if e.type == "PERSON" and not (names and len(names) == 1 and _no_person_name(word)):
            continue  # ("Hormuz" beside "the Strait of Hormuz": no one's name; session 38)
        if (
            lookup_alias(word) or place_pop(word) >= (0 if e.type == "GPE" else TAIL_PLACE_POP)
        ) and not (names and len(names) == 1 and _river_after_the(doc, text, e)):
            continue  # (a hamlet of the name does not make "the Atlantic" a town)
        if names:  # the document's own evidence first, and only where it is one name
            if len(names) == 1:  # (NER calls a river an ORG: "the Tay" beside "River Tay")
                e.name, e.type = next(iter(names)), "LOC"
            continue
        title = natural_title(word) if e.type == "LOC" else None
        if title and not _modifies_noun(doc, e.end) and not NEXT_CAPITAL.match(text, e.end):
            e.name = title  # (a capital after it: a longer name NER cut, "Atlantic Post")


def _no_person_name(word: str) -> bool:
    """Whether a one-word name NER read as a person is no one's name any table knows: no given
    name (``models/given_names.jsonl``), family name or well-known person ("Hormuz", not
    "Victoria" or "Etna")."""
    given = table_index("given_names.jsonl", "name")
    return word not in given and not is_surname(word) and lookup_person(word) is None


def _river_after_the(doc: Doc, text: str, e: Ent) -> bool:
    """Whether a state's or country's name stands after "the" with no noun or name after it, as
    a river, sea or range named by its short name does: "its share of the Colorado" beside
    "the Colorado River", "the Niger" beside "the Niger River" (session 20); not "the Colorado
    governor", "Colorado" alone."""
    return (
        text[max(0, e.start - 4) : e.start].lower() == "the "
        and not _modifies_noun(doc, e.end)
        and not NEXT_CAPITAL.match(text, e.end)
    )


def state_titles(text: str, ents: list[Ent]) -> None:
    """A country named by the last words of its formal title that the same document writes out
    is that country, by the alias table's name of the title: "Congo" beside "the Democratic
    Republic of the Congo", "Korea" beside "the Republic of Korea" (session 20). Where NER cut
    the title in two ("eastern Democratic Republic" + "Congo", a place or a natural place), the
    two mentions are one, the lower-case words before the title left out; a short name NER
    read as a natural place is the country too, but after "the" ("the Congo": the river). Only a title the alias table reads as a place,
    and one such title per short name ("Republic of the Congo" beside "Democratic Republic of
    the Congo": neither)."""
    ents.sort(key=lambda e: e.start)
    gone: set[int] = set()
    for a, b in pairwise(ents):
        if a.type != "GPE" or b.type not in ("GPE", "LOC") or id(a) in gone:
            continue
        mt = STATE_FORM_END.search(text[a.start : a.end])
        between = text[a.end : b.start]
        if mt is None or between not in (" of the ", " of "):
            continue
        title = mt.group(0) + between + text[b.start : b.end]
        alias = lookup_alias(title)
        if alias and alias[1] == "GPE" and alias[0] in _country_names():
            b.start, b.name, b.type, b.fixed = a.start + mt.start(), alias[0], "GPE", True
            gone.add(id(a))
    if gone:
        ents[:] = [e for e in ents if id(e) not in gone]
    titles: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        word = text[e.start : e.end]
        mt = STATE_FORM_TITLE.fullmatch(word)
        if e.type == "GPE" and mt and e.name in _country_names():
            titles[mt.group(1)].add(e.name)
    _take_titles(
        text,
        ents,
        titles,
        lambda e: e.type == "GPE" or (e.type == "LOC" and not _river_after_the_text(text, e)),
    )


# the text says it means the island of a country's first part: "the island of Trinidad"
ISLAND_BEFORE = re.compile(r"\b[Ii]sland of $")
ISLAND_AFTER = re.compile(r" [Ii]sland\b")
FORM_TYPES = ("GPE", "ORG", "LOC", "NORP")  # NER reads "UAE" a body, "PRC" a place


def country_forms(text: str, ents: list[Ent]) -> None:
    """A country named by a short form of a title English Wikipedia writes longer takes the
    title (``models/country_forms.jsonl``; session 43):
    - its initials in capitals, with or without dots ("UAE", "U.A.E." -> "United Arab
      Emirates", "DPRK" -> "North Korea"), whatever type NER gave them; not where the document
      spells the letters out itself ("... Authority (PNG)": the text's link wins, as for
      ``acronym_titles.table_acronyms``);
    - the first part of an "X and Y" title, typed a place ("Trinidad declared a state of
      emergency" -> "Trinidad and Tobago"); not where the document writes the second part alone
      ("Trinidad and Tobago ... on Tobago": the islands), says it means the island ("the island
      of Trinidad", "Trinidad island"), or is about a country where a city of the name, or one
      whose name it begins, lies ("Trinidad" in a Bolivian story, "Antigua" in a Guatemalan
      one);
    - the short name ISO 3166 and CLDR give it, which official releases write ("Türkiye" ->
      "Turkey", "Czechia" -> "Czech Republic", "Timor-Leste" -> "East Timor"; session 44)."""
    index = table_index("country_forms.jsonl", "form")
    found = []
    for e in ents:
        word = text[e.start : e.end]
        letters = word.replace(".", "")
        if e.name != word or e.type not in FORM_TYPES:
            continue
        row = _form_row(index, letters, "initials") if letters.isupper() else None
        if row is None and e.type == "GPE":
            row = _form_row(index, word, "first_part")
        if row is None:
            row = _form_row(index, word, "iso_name")
        if row is not None:
            found.append((e, word, row))
    if not found:
        return
    linked = {text[x.start : x.end] for x in ents if x.name != text[x.start : x.end]}
    codes: set[str] | None = None
    for e, word, row in found:
        name = str(row["name"])
        if word in linked or _defined(text, word):
            continue
        if row["kind"] == "first_part":
            second = name[len(word) + len(" and ") :].removeprefix("the ").split()[0]
            if (
                re.search(rf"(?<!and ){re.escape(second)}\b", text)
                or ISLAND_BEFORE.search(text, max(0, e.start - 10), e.start)
                or ISLAND_AFTER.match(text, e.end)
            ):
                continue
            if codes is None:
                codes = _document_codes(text, ents)
            near = sentence_country(text, ents, e, near_only=True, named="countries")
            rows = [*world_places().get(word, ())]
            if " " not in word:  # ("Antigua" of "Antigua Guatemala" in a Guatemalan story)
                rows += place_first_words().get(word, ())
            towns = {r["country"] for r in rows if r["kind"] == "city"}
            if towns & (codes | {near}):
                continue
        e.name, e.type, e.fixed = name, "GPE", True


def _form_row(index: Mapping[str, Any], form: str, kind: str) -> Mapping[str, Any] | None:
    """The row of ``country_forms.jsonl`` of that form and kind, or None."""
    return next((r for r in index.get(form, ()) if r["kind"] == kind), None)


def territory_titles(text: str, ents: list[Ent]) -> None:
    """A territory the document names once by its title ("the Gaza Strip") and elsewhere by
    the rest of it ("Gaza") is one place, by the title, also where the gazetteer knows a city of
    the short name: the news means the territory (session 20). The title's last word is a
    ``territory_head`` of ``models/entity_forms.jsonl``; not a short name that goes on with a
    capitalised word ("Gaza City"), nor one two titles share."""
    heads = form_words("territory_head")
    longs: dict[str, set[str]] = defaultdict(set)
    for e in ents:
        words = _words(e.name)
        if e.type in ("GPE", "LOC") and len(words) >= 2 and words[-1].lower() in heads:
            longs[" ".join(words[:-1])].add(e.name)
    if not longs:
        return
    _take_titles(
        text,
        ents,
        longs,
        lambda e: e.type in ("GPE", "LOC") and not NEXT_CAPITAL.match(text, e.end),
    )


def _take_titles(
    text: str, ents: list[Ent], titles: dict[str, set[str]], fits: Callable[[Ent], bool]
) -> None:
    """A mention kept as written whose words are the short form of exactly one title of
    ``titles`` (short form -> titles) and that ``fits`` becomes that GPE."""
    for e in ents:
        word = text[e.start : e.end]
        names = titles.get(word)
        if names and len(names) == 1 and e.name == word and fits(e):
            e.name, e.type = next(iter(names)), "GPE"


def _river_after_the_text(text: str, e: Ent) -> bool:
    """Whether a mention stands after "the" (a river: "the Congo")."""
    return text[max(0, e.start - 4) : e.start].lower() == "the "


# capitalised words that end a mention before "of (the) X": "Democratic Republic" of "eastern
# Democratic Republic"; a formal title written whole: "Republic of Korea" -> "Korea"
STATE_FORM_END = re.compile(r"(?:[A-Z][a-z’']+ )*[A-Z][a-z’']+$")
STATE_FORM_TITLE = re.compile(r"(?:[A-Z][a-z’']+ )+of (?:the )?([A-Z].*)")


def _modifies_noun(doc: Doc, end: int) -> bool:
    """Whether the name right before ``end`` modifies a common noun ("the Baltic states")."""
    span = doc.char_span(end + 1, end + 2, alignment_mode="expand")
    text = text_of(doc)
    if span is None or end >= len(text) or text[end] != " ":
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
    city_names: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for n, e in enumerate(ents[:-1]):
        nxt = ents[n + 1]
        word = text[e.start : e.end]
        st = states.get(text[nxt.start : nxt.end]) or (nxt.name if nxt.name in state_set else None)
        if (
            (e.type == "GPE" or (e.type == "LOC" and _city_in(word, st)))
            and st
            and text[e.end : nxt.start].strip() == ","
            and e.name not in state_set
            and place_kinds().get(word) is None
            and e.name.title() not in standalone_us_cities()
            and word.title() not in standalone_us_cities()
        ):
            city = e.name if not word.isupper() else word.title()
            e.type = "GPE"  # (NER's LOC "McLean" of "McLean, Virginia-based": the gazetteer's town)
            for key in {word, city}:  # ("SPRINGFIELD, Ill." names "Springfield" after it too)
                city_names[key].append((e.start, _with_region(city, st)))
            nxt.name, nxt.type = st, "GPE"
        elif e.type == "GPE" and text[e.end : nxt.start].strip() == "," and nxt.type == "GPE":
            city = e.name if not word.isupper() else word.title()
            titled = _titled_abroad(city, nxt.name) or _titled_in_state(city, nxt.name)
            if titled:  # "PERTH, Scotland" (and "Perth" after it) -> "Perth, Scotland"
                for key in {word, city}:
                    city_names[key].append((e.start, titled))
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
        if (
            word in state_words
            and states.get(word)
            and "sector_firm" not in x.tags
            and x.name != city_of_region(word)  # (the city its own words gave it: s43)
        ):
            x.name, x.type = states[word], "GPE"  # (not the airline "Alaska" of s42's sector rows)
    named_states = {e.name for e in ents if e.name in state_set} | _body_states(ents, states)
    us_text = bool(named_states) or _about_us(text, ents)
    home = _dateline_state(text, ents)
    named_counts = Counter(e.name for e in ents if e.name in state_set)
    top = named_counts.most_common(2)
    most = home or (top[0][0] if len(top) == 1 or (top and top[0][1] > top[1][1]) else None)
    namesakes: tuple[dict[str, str], str | None] | None = None  # (read once, when asked)
    for e in ents:
        word = text[e.start : e.end]
        county = e.name if e.name.startswith(word + " ") and e.name in us_counties() else None
        if word in city_names and county is None:
            e.name, e.type = _nearest_writing(text, city_names[word], e.start), "GPE"
            continue
        if word.isupper() and e.name == title_case(word):
            word = e.name  # a dateline in capitals: "HALIFAX" in a text about Nova Scotia
        if county is not None:  # "Valley and Boise counties" (session 24): the county's name
            word = county
        state = _county_state(word, named_states, us_text, most) if e.name == word else None
        if state:  # "Franklin County" in a text about Ohio -> "Franklin County, Ohio"
            e.name, e.type, e.fixed = f"{word}, {state}", "GPE", True
            continue
        if (
            us_text
            and most
            and e.type in ("GPE", "LOC", "ORG", "PERSON")
            and e.name == word
            and "," not in word
            and word[:1].isupper()
            and not word.isupper()
            and _settlement_named(text, e.start)
            and not world_places().get(word)
            and not place_kinds().get(word)
            and word not in state_set
        ):  # "near the town of Lowman" in a story about Idaho: a town no table knows
            e.name, e.type = f"{word}, {most}", "GPE"
            continue
        if e.type != "GPE" or e.name != word or e.name in state_set or place_kinds().get(word):
            continue
        if word in standalone_us_cities() or _unit_named(text, e.start):
            continue
        if word.endswith(" City") and city_of_region(word[: -len(" City")]) == word:
            continue  # "New York City": titled alone; not "Kansas City, Missouri" (session 22)
        rows = world_places().get(word, ())
        if (town := _region_town(text, ents, e, word)) is not None:
            e.name = town  # "Onagawa" beside Japan -> "Onagawa, Miyagi" (session 36)
            continue
        if namesakes is None:
            namesakes = _named_countries(text, ents)
        if (smaller := _smaller_namesake(e, rows, *namesakes)) is not None:
            e.name = smaller  # "Tripoli" in a story from Beirut -> "Tripoli, Lebanon" (s43)
            continue
        if (abroad := _town_abroad(text, ents, e, rows, state_set)) is not None:
            e.name = abroad  # the sentence's country, not a state the text names elsewhere
            continue
        pops = {
            str(r["region"]): int(str(r["pop"]))
            for r in rows
            if r.get("region") and r["region"] in named_states
        }
        if any(_standalone_abroad(r, rows) for r in rows if r.get("region") in pops):
            continue  # "Vancouver" in a text that names British Columbia
        if pops:  # the largest of the places of that name in the states the text names
            e.name = _with_region(word, max(pops, key=lambda k: pops[k]))
        elif us_text and (state := _dominant_us_state(rows) or _home_state(rows, home)):
            e.name = f"{word}, {state}"


def _city_in(word: str, state: str | None) -> bool:
    """Whether the gazetteer knows a U.S. city of that name in that state ("McLean", Virginia):
    a name NER read as a natural place is that town where the text writes "Town, State"."""
    return state is not None and any(
        r["kind"] == "city" and r["country"] == "US" and r.get("region") == state
        for r in world_places().get(word, ())
    )


def _settlement_named(text: str, start: int) -> bool:
    """Whether a name follows "<settlement word> of" ("the town of", "the village of",
    "residents of"; ``gpe_context`` words that are no subdivision's head): a town the
    gazetteer does not know, in a U.S. story, is a town of the state the story is about, as
    English Wikipedia titles it "Town, State" (session 26)."""
    mt = re.search(r"\b([a-z]+) of $", text[max(0, start - 30) : start])
    words = entity_words("gpe_context") - entity_words("gpe_head")
    return mt is not None and mt.group(1) in words


# the kinds of a public body's name word ("Department", "Authority", "Court"; body_kinds.jsonl)
PUBLIC_BODIES = frozenset({"ministry", "agency", "court"})


def _body_states(ents: list[Ent], states: Mapping[str, str]) -> set[str]:
    """The states a text names at the head of a state body's name: "Texas Department of
    Transportation", "Georgia Ports Authority", "Iowa Department of Natural Resources" name
    Texas, Georgia and Iowa as a GPE mention would, for the towns the text names bare (session
    23). A firm or a paper named after a state ("Texas Instruments", "Washington Post") has no
    word of a public body and names none."""
    kinds = body_kinds().names
    out = set()
    for e in ents:
        words = _words(e.name)
        if e.type != "ORG" or not any(kinds.get(w.lower()) in PUBLIC_BODIES for w in words):
            continue
        for k in (2, 1):  # "New Mexico Environment Department", "Ohio Department of Health"
            state = states.get(" ".join(words[:k])) if len(words) > k else None
            if state:
                out.add(state)
                break
    return out


def _dateline_state(text: str, ents: list[Ent]) -> str | None:
    """The state of a U.S. city the text's dateline names alone ("BOSTON, June 10 -" ->
    Massachusetts, also under a headline): the gazetteer's largest U.S. place of that name.
    None without one."""
    first = min(
        (e for e in ents if e.type == "GPE" and text[e.start : e.end].isupper()),
        key=lambda e: e.start,
        default=None,
    )
    if (
        first is None
        or first.start > HEADLINE_REACH
        or text[: first.start].count("\n") > 1
        or text[: first.start].strip(" ")[-1:] not in ("", "\n")
        or not DATELINE_END.match(text, first.end)
        or first.name not in standalone_us_cities()
    ):
        return None
    rows = [r for r in world_places().get(first.name, ()) if r["country"] == "US"]
    top = max(rows, key=lambda r: int(str(r["pop"])), default=None)
    return str(top["region"]) if top is not None and top.get("region") else None


def _home_state(rows: Iterable[Mapping[str, Any]], home: str | None) -> str | None:
    """The dateline's state for a town named without its state, where the gazetteer's largest
    U.S. place of the name lies in it and has US_CITY_FLOOR people or more ("Cambridge",
    "Worcester" in a story filed from Boston -> Massachusetts; session 22). Not a town of the
    state smaller than another U.S. place of the name ("Salem" filed from Boston is Oregon's),
    nor a name a city abroad of STANDALONE_POP people bears ("Athens" filed from Atlanta)."""
    if home is None or any(_standalone_abroad(r, rows) for r in rows):
        return None
    us = [r for r in rows if r["country"] == "US" and r["kind"] == "city"]
    top = max(us, key=lambda r: int(str(r["pop"])), default=None)
    if top is None or top.get("region") != home or int(str(top["pop"])) < US_CITY_FLOOR:
        return None
    return home


def _nearest_writing(text: str, writings: list[tuple[int, str]], start: int) -> str:
    """The name of a town the text writes with its state, for a mention at ``start``: a
    writing in the mention's own sentence, else the text's first writing (its dateline's or
    lead's town). Two towns of one name each keep their own: "Springfield, Ill." ... "a failure
    in Springfield, Missouri, where ..." ... "Springfield" (Illinois again; session 22)."""
    for pos, name in writings:
        lo, hi = min(pos, start), max(pos, start)
        if not SENTENCE_END.search(text, lo, hi):
            return name
    return writings[0][1]


def _with_region(city: str, region: str) -> str:
    """ "City, Region", as English Wikipedia titles U.S. and Canadian places; a Canadian city
    whose name the gazetteer gives no other place stands alone, as Wikipedia's Canadian
    convention titles places with unique names ("Kelowna", "West Kelowna"; "Vernon, British
    Columbia" beside Vernon in France; session 20), and so is a city outside the U.S. that
    ``_standalone_abroad`` titles alone, written with its province ("Ottawa, Ontario")."""
    rows = world_places().get(city, ())
    if len(rows) == 1 and rows[0]["country"] == "CA" and rows[0].get("region") == region:
        return city
    if any(_standalone_abroad(r, rows) for r in rows if r.get("region") == region):
        return city  # "OTTAWA, Ontario": a large city stands alone there too (session 24)
    return f"{city}, {region}"


# "in Guatemala, the capital", "Kuwait, the country's capital": the name the text gives the capital
CAPITAL_AFTER = re.compile(r", (?:the|its|the country's|the nation's) capital\b(?!')")
# a wire dateline's date in ISO form after the city ("LONDON 1996-08-31", the line's end)
WIRE_DATE = re.compile(r" \d{4}-\d\d-\d\d[ \t]*(?:\n|$)")


def _wire_dateline(text: str, e: Ent) -> bool:
    """Whether ``e`` is a wire dateline's place: a name in capitals opening one of the text's
    first lines (within HEADLINE_REACH) and followed by an ISO date that ends the line
    ("...\nKUWAIT 1996-08-28\n")."""
    return (
        e.start <= HEADLINE_REACH
        and (e.start == 0 or text[e.start - 1] == "\n")
        and text[e.start : e.end].isupper()
        and WIRE_DATE.match(text, e.end) is not None
    )


def _dateline_place(text: str, ents: list[Ent], e: Ent) -> bool:
    """Whether ``e`` is the dateline's place: the text's first place, in capitals near its
    start before a comma, a bracket or a dash ("OAXACA, Mexico, May 2 -"), or a wire
    dateline's line ("...\nKUWAIT 1996-08-28\n")."""
    if _wire_dateline(text, e):
        return True
    first = min((x for x in ents if x.type == "GPE"), key=lambda x: x.start, default=None)
    return (
        first is e
        and e.start <= DATELINE_REACH
        and "\n" not in text[: e.start].strip()
        and text[e.start : e.end].isupper()
        and DATELINE_END.match(text, e.end) is not None
    )


def dateline_cities(text: str, ents: list[Ent]) -> None:
    """A place the dateline names as a city that shares its name with a state ("NEW YORK" ->
    "New York City", ``names.dateline_name``) is that city where the body names it again with
    the state's name ("Traders in New York", "(Reporting by ... in New York)"): one entity, one
    name, as the dateline reads it. Not where the text says it means the state ("New York
    state", "the state of New York", "New York Governor ...", "Albany, New York").
    A dateline that names a country whose city "<country> City" the gazetteer has is that city
    ("KUWAIT, Feb 10 -" -> "Kuwait City", as Reuters datelines its capital; session 22), also
    a wire dateline's line under a headline ("...\nKUWAIT 1996-08-28\n") and a name the text
    calls the capital ("in Guatemala, the capital"; session 37); the country named in the body
    stays the country."""
    first = min((e for e in ents if e.type == "GPE"), key=lambda e: e.start, default=None)
    if (
        first is not None
        and first.start <= DATELINE_REACH
        and "\n" not in text[: first.start].strip()
        and text[first.start : first.end].isupper()
        and DATELINE_END.match(text, first.end)
        and (capital := capital_of_country(first.name))
    ):
        first.name = capital
    for e in ents:
        if (
            e.type == "GPE"
            and (CAPITAL_AFTER.match(text, e.end) or _wire_dateline(text, e))
            and (capital := capital_of_country(e.name))
        ):
            e.name = capital
    offices = entity_words("city_office")
    for e in ents:  # "New York Mayor Eric Adams": the city's office (session 22)
        after = re.match(r" ([A-Za-z]+)", text[e.end : e.end + 20])
        word = text[e.start : e.end]
        if (
            e.type == "GPE"
            and after
            and after.group(1).lower() in offices
            and e.name == word
            and (city := city_of_region(word))
        ):
            e.name = city
    cities: dict[str, str] = {}
    for e in ents:
        word = text[e.start : e.end]
        titled = " ".join(w[:1] + w[1:].lower() for w in word.split())
        if (
            word.isupper()
            and len(word) > 3
            and e.name.startswith(titled + " ")
            and e.name != capital_of_country(titled)  # ("Kuwait" in the body: the country)
        ):
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


def market_cities(text: str, ents: list[Ent]) -> None:
    """A place that shares its name with a state, named in a sentence about a market's trading
    ("Lilly shares rose 1.1% in New York", "cocoa futures in New York fell", "Friday's New York
    close"), is the city, where the exchanges trade ("New York" -> "New York City",
    ``names.city_of_region``; session 24): the ``market_word`` kind of
    ``models/entity_words.jsonl``, in the sentence or right after the name. Not where the text
    says it means the state ("New York state", "Albany, New York", "New York Governor ...")."""
    market = entity_words("market_word")
    titles, _ = title_words()
    for e in ents:
        word = text[e.start : e.end]
        if e.type != "GPE" or e.name != word or not (city := city_of_region(word)):
            continue
        if STATE_AFTER.match(text, e.end) or text[: e.start].endswith(("state of ", ", ")):
            continue
        if text[e.end : e.end + 1] == "," or text[e.end : e.end + 2] in ("'s", "’s"):
            continue  # ("New York, the state's ...", "New York's economy")
        after = re.match(r" ([A-Za-z]+)", text[e.end : e.end + 30])
        if after and after.group(1).lower() in titles:
            continue  # "New York Governor ...": the state's office
        lo = max(text.rfind(". ", 0, e.start), text.rfind("\n", 0, e.start)) + 1
        hi = min(k for k in (text.find(". ", e.end), text.find("\n", e.end), len(text)) if k >= 0)
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", text[lo:hi])}
        if words & market:
            e.name = city


# words around a name its state and its city "<name> City" share that give the city (s43): the
# city's mayor ("the mayor of New York", "New York's mayor"), a firm's base ("New York-based",
# "headquartered in New York"), the city's police ("Police in New York", "New York police")
MAYOR_BEFORE = re.compile(r"\b[Mm]ayor of $")
MAYOR_AFTER = re.compile(r"(?:'s|’s)? [Mm]ayor\b")
CITY_WORDS_BEFORE = re.compile(r"\b(?:[Mm]ayor of|(?:based|headquartered) in|[Pp]olice in) $")
CITY_WORDS_AFTER = re.compile(r"-based\b|(?:'s|’s)? (?:[Mm]ayor|police)\b")


def _mayor(text: str, e: Ent) -> bool:
    """Whether the words around a bare name give its mayor, the head of a city."""
    return bool(
        MAYOR_BEFORE.search(text, max(0, e.start - 10), e.start) or MAYOR_AFTER.match(text, e.end)
    )


def region_cities(text: str, ents: list[Ent]) -> None:
    """A place that shares its name with a state whose largest city is "<name> City"
    (``names.city_of_region``: "New York", "Oklahoma") is that city where the words around it
    name the city's mayor, police or a firm's base there ("Police in New York arrested ...",
    "the New York-based bank", "the mayor of New York"; session 43). Not where the text says it
    means the state ("New York state", "upstate New York", "Albany, New York", "New York
    Governor ...": the rules of ``market_cities``)."""
    titles, _ = title_words()
    bare = [
        (e, city)
        for e in ents
        if e.type == "GPE"
        and e.name == text[e.start : e.end]
        and (city := city_of_region(e.name))
        and not _state_said(text, e, titles)
    ]
    said = {
        e.name
        for e, _ in bare
        if CITY_WORDS_BEFORE.search(text, max(0, e.start - 20), e.start)
        or CITY_WORDS_AFTER.match(text, e.end)
    }
    for e, city in bare:  # (one place, one name: "Police in New York ... New York's subway")
        if e.name in said:
            e.name = city


def _state_said(text: str, e: Ent, titles: frozenset[str]) -> bool:
    """Whether the words around a name a state shares with a city say the state: "New York
    state", "the state of New York", "upstate New York", "Albany, New York", "New York
    Governor ...", "New York's governor"."""
    if STATE_AFTER.match(text, e.end) or text[: e.start].endswith(
        ("state of ", ", ", "upstate ", "Upstate ")
    ):
        return True
    after = re.match(r"(?:'s|’s)? ([A-Za-z]+)", text[e.end : e.end + 30])
    return bool(after and after.group(1).lower() in titles - {"mayor"})


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


# English Wikipedia titles a town alone where it is its name's primary topic. Approximated
# (session 34): the gazetteer's largest city of the name has PRIMARY_RATIO times the people of
# the next one, or no other city has the name. Measured on 58 names whose titles we know
# (eval/README.md, "Which town"): of 27 names Wikipedia disambiguates 25 are read right
# ("Kingston" 7.1, "Hamilton" 3.0, "Georgetown" 3.7, "Salem" 5.2, "Cordoba" 6.5; wrong:
# "Launceston", "Blenheim", whose namesakes the gazetteer's 15,000 floor leaves out), of 31
# primary topics only 20 ("Paris" 86, "Perth" 50, "Dublin" 18; missed: "Wellington" 6.1,
# "Birmingham" 5.9, "Athens" 5.2, "Valencia", "Cambridge"): fame is not population. So it is
# used one way only: a town it calls primary stays bare against a state named elsewhere; a
# town it calls not primary is not titled by it (the largest town of a name stays bare).
PRIMARY_RATIO = 10


def _primary_topic(rows: Iterable[Mapping[str, Any]]) -> bool:
    """Whether the largest city of these gazetteer rows (one name) is the name's primary topic
    by the PRIMARY_RATIO approximation; False without a city."""
    pops = sorted(
        (int(str(r["pop"])) for r in rows if r["kind"] == "city" and not r.get("alias_of")),
        reverse=True,
    )
    return bool(pops) and (len(pops) == 1 or pops[0] >= PRIMARY_RATIO * pops[1])


def _town_abroad(
    text: str, ents: list[Ent], e: Ent, rows: Iterable[Mapping[str, Any]], state_set: set[str]
) -> str | None:
    """English Wikipedia's title of a town named bare whose name several countries' towns bear,
    by the country the town's own sentence names (a country, a region of it, also at the head of
    a body's name: "Waikato Regional Council"): "Hamilton" beside Ontario -> "Hamilton,
    Ontario", "Launceston" beside Tasmania -> "Launceston, Tasmania"; elsewhere the bare name
    ("Hamilton" beside Waikato, never "Hamilton, Ohio" for a state named in another sentence).
    A town abroad that is its name's primary topic stays bare where the sentence names no U.S.
    state ("Paris police" in a text that names Texas elsewhere). None (the U.S. readings go on) where the sentence
    names the U.S., a state, or several countries with a town of the name."""
    cities = [r for r in rows if r["kind"] == "city" and not r.get("alias_of")]
    if len({r["country"] for r in cities}) < 2:
        return None
    codes, regions = _sentence_codes(text, ents, e)
    if regions & state_set - set(city_regions("CA")) or "US" in codes:
        return None
    word = e.name
    top = max(cities, key=lambda r: int(str(r["pop"])))
    if top["country"] != "US" and _primary_topic(cities):
        return word  # ("Perth", "Paris": the reader's town, whatever else the text names)
    hits = {r["country"] for r in cities} & codes
    if len(hits) != 1:
        return None
    code = next(iter(hits))
    if code == "CA":
        own = [r for r in cities if r["country"] == "CA" and r.get("region")]
        best = max(own, key=lambda r: int(str(r["pop"])), default=None)
        return _with_region(word, str(best["region"])) if best else word
    if code in STATE_TITLED and (
        state := next((x for x in regions if x in _subdivisions(code)), None)
    ):
        return _titled_in_state(word, state) or word  # ("Launceston" beside "Tasmania")
    # Elsewhere the town keeps its bare name: titling it "Town, Country" by the sentence's
    # country ("Hamilton, New Zealand") was measured in session 34 and lost more than it won on
    # the lead's blind sets (3 right -> wrong, 1 wrong -> right): where the gazetteer's largest
    # town of the name is elsewhere, the sentence's town can still be the name's primary topic
    # (fame is not population), or the gazetteer may lack its spelling.
    return word


NAMESAKE_FLOOR = 100_000  # the smaller namesake has at least this many people
NAMESAKE_RATIO = 2  # and the largest of the name this many times its people


def _named_countries(text: str, ents: list[Ent]) -> tuple[dict[str, str], str | None]:
    """The document's places with a country code (name -> code) and its dateline's country,
    which ``_smaller_namesake`` reads (once per document)."""
    names = {x.name: code for x in ents if x.type == "GPE" and (code := country_code(x.name))}
    return names, dateline_country_name(text, ents)


def _smaller_namesake(
    e: Ent, rows: Iterable[Mapping[str, Any]], names: dict[str, str], dateline: str | None
) -> str | None:
    """English Wikipedia's title "<city>, <country>" of a city named bare in a story about its
    country (one the document names as a place, or its dateline's; a demonym is too weak: "A
    ferry left Tripoli after Lebanese officials lifted a ban" stays bare, session 34) where a
    namesake abroad is the gazetteer's largest city of the name (session 43): "Tripoli" in a
    story from Beirut -> "Tripoli, Lebanon", "Hamilton" in a New Zealand one -> "Hamilton, New
    Zealand". Only where English Wikipedia titles that country's cities so
    (``models/namesake_countries.jsonl``), the city has NAMESAKE_FLOOR to STANDALONE_POP people, the largest namesake NAMESAKE_RATIO
    times as many (fame is not population: a namesake of about the same size may still be the
    primary topic, "Salamanca", "Valencia"), and the text names nothing of the largest one's
    country. None otherwise: the other readings go on."""
    cities = [r for r in rows if r["kind"] == "city" and not r.get("alias_of")]
    if len({r["country"] for r in cities}) < 2:
        return None
    top = max(cities, key=lambda r: int(str(r["pop"])))
    codes = {c for n, c in names.items() if place_kinds().get(n) == "country"}
    if dateline and (code := country_code(dateline)):
        codes.add(code)
    own = [r for r in cities if r["country"] in codes and r["country"] != top["country"]]
    if len(own) != 1 or own[0]["country"] not in namesake_countries():
        return None
    pop = int(str(own[0]["pop"]))
    if not NAMESAKE_FLOOR <= pop < STANDALONE_POP or int(str(top["pop"])) < NAMESAKE_RATIO * pop:
        return None
    if top["country"] in names.values():
        return None  # ("talks in Tripoli" in a story that names Libya)
    country = next(
        (
            n
            for n, c in names.items()
            if c == own[0]["country"] and place_kinds().get(n) == "country"
        ),
        None,
    ) or (dateline if dateline and country_code(dateline) == own[0]["country"] else None)
    return f"{e.name}, {country}" if country else None


@cache
def _subdivisions(code: str) -> frozenset[str]:
    """The names of the first-level subdivisions the gazetteer knows in a country (its rows by
    country: walking ``world_places`` by name would decode the whole gazetteer)."""
    rows = table_index("world_places.jsonl", "country").get(code, ())
    return frozenset(str(r["name"]) for r in rows if r["kind"] == "subdivision")


def _sentence_codes(text: str, ents: list[Ent], e: Ent) -> tuple[set[str], set[str]]:
    """The ISO codes of the countries and regions the other places of ``e``'s sentence name, and
    the names of those places (a town counts for none: "Cambridge" is no evidence of England
    for "Worcester"; a body's name counts by its first one or two words where they name
    a subdivision: "Waikato Regional Council", "Ontario Provincial Police")."""
    lo, hi = sentence_bounds(text, e)
    codes: set[str] = set()
    names: set[str] = set()
    for x in ents:
        if x is e or x.name == e.name or not (lo <= x.start and x.end <= hi):
            continue
        if x.type == "GPE":  # a country or a region; not a town (its country is a guess)
            code = country_code(x.name)
            if code:
                codes.add(code)
                names.add(x.name)
        elif x.type == "NORP" and (country := demonym_countries().get(x.name)):
            code = country_code(country)
            if code:
                codes.add(code)
        elif x.type == "ORG":
            words = _words(x.name)
            for k in (2, 1):
                head = " ".join(words[:k])
                if len(words) > k and any(
                    r["kind"] == "subdivision" for r in world_places().get(head, ())
                ):
                    code = country_code(head)
                    if code:
                        codes.add(code)
                        names.add(head)
                    break
    return codes, names


def _region_town(text: str, ents: list[Ent], e: Ent, word: str) -> str | None:
    """English Wikipedia's title of a Japanese or Philippine town or village the gazetteer's
    cities leave out, "Town, Prefecture" or "Town, Province" as those countries' naming
    conventions title every town and municipality (``models/region_towns.jsonl``, GeoNames
    cities1000; session 36): where the town's sentence or the dateline names the country or a
    region of it, the one region the table gives the town there, or of several the one the
    sentence names ("Panganiban" beside Catanduanes). "Onagawa" in "ONAGAWA, Japan -" ->
    "Onagawa, Miyagi", "Ōtsuchi, in Iwate Prefecture" -> "Ōtsuchi, Iwate". None where the text
    places the town in no such country, or the evidence leaves several regions."""
    rows = table_index("region_towns.jsonl", "name").get(fold_letters(word), ())
    if not rows:
        return None
    codes, names = _sentence_codes(text, ents, e)
    heads = entity_words("gpe_head")
    lo, hi = sentence_bounds(text, e)
    for x in ents:  # "Iwate Prefecture", "Catanduanes province": the region without its word
        words = _words(x.name)
        inside = lo <= x.start and x.end <= hi
        if x.type == "GPE" and inside and len(words) > 1 and words[-1].lower() in heads:
            names.add(" ".join(words[:-1]))
    codes |= {c for n in names if (c := country_code(n))}
    if (home := dateline_country_name(text, ents)) and (code := country_code(home)):
        codes.add(code)
    named = {fold_letters(n) for n in names}
    pick = [r for r in rows if fold_letters(str(r["region"])) in named] or [
        r for r in rows if r["country"] in codes
    ]
    regions = {str(r["region"]) for r in pick}
    return f"{word}, {next(iter(regions))}" if len(regions) == 1 else None


STATE_TITLED = frozenset({"AU"})  # countries whose towns English Wikipedia titles "Town, State"


def _titled_in_state(city: str, region: str) -> str | None:
    """English Wikipedia's title of an Australian town the text writes with its state
    ("Lismore, New South Wales" -> "Lismore, New South Wales", and "Lismore" after it; the
    Australian naming convention, WP:NCAUST; session 22), unless the town has STANDALONE_POP
    people ("Sydney", "Perth")."""
    subs = [r for r in world_places().get(region, ()) if r["kind"] == "subdivision"]
    if len(subs) != 1 or subs[0]["country"] not in STATE_TITLED:
        return None
    code = subs[0]["country"]
    rows = world_places().get(city, ())
    if any(r["kind"] == "subdivision" and r["country"] == code for r in rows):
        return None  # a list of states: "New South Wales, Victoria and Queensland" (session 24)
    if rows and not any(r["country"] == code for r in rows):
        return None  # a list of towns elsewhere: "Vancouver, Victoria and Calgary"
    pops = [int(str(r["pop"])) for r in rows if r["country"] == code]
    if max(pops, default=0) >= STANDALONE_POP:
        return None
    return f"{city}, {region}"


def _county_state(
    word: str, named_states: set[str], us_text: bool, home: str | None = None
) -> str | None:
    """The state of a U.S. county named without it: the one state the text names that has a
    county of that name (models/us_counties.jsonl), the dateline's or the one it names most
    where several named ones have one (session 24), else, in a text about the U.S. that names none of them, the only
    state with such a county. None where several fit or none."""
    states = us_counties().get(word)
    if not states:
        return None
    named = states & named_states
    if len(named) == 1:
        return next(iter(named))
    if home in named:
        return home
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
    inside a name: "the Colorado Department of Transportation") or a city AP lets stand alone.
    (towns23 also read a body's name that opens with a U.S. name, "United States Geological
    Survey"; it moved no blind or opened item and raised the peak memory of a 1 MB document by
    12%, so session 36's lead took it out.)"""
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
    Philippines), "Province of Jaén" (Spain). A unit the tables title by name comes first
    (session 41): ``models/worded_units.jsonl`` for the name written with one of its words ("the
    Kursk region" -> "Kursk Oblast", "Aurora province" -> "Aurora (province)"), then
    ``models/unit_titles.jsonl`` where the title carries the word ("Valparaiso region" ->
    "Valparaíso Region"); each the row of the document's country, or the one country that has a
    row for the name and the word (a story from Moscow may name no country). Else the
    country's form, with the gazetteer's accents ("Adiyaman province" -> "Adıyaman Province").
    A name the gazetteer gives one country's first-level subdivision is that country's ("the
    island province of Catanduanes" -> the Philippines' "Catanduanes", in a story that also
    names Japan); a story that names no country takes the country of the gazetteer's largest
    place of the name ("the province of Bergamo" -> Italy's "Province of Bergamo")."""
    own = {str(r["country"]) for r in world_places().get(name, ()) if r["kind"] == "subdivision"}
    code = (
        next(iter(own))
        if len(own) == 1
        else (country_code(country) if country else None) or place_country_code(name) or ""
    )
    titled = titled_unit(name, unit, code)
    if titled is not None:
        return titled
    form = _unit_titles().get((code, unit), "{} " + unit.title())
    return form.format(accented_place(name) if form != "{}" else name)


def titled_unit(name: str, unit: str, code: str) -> str | None:
    """The title of a unit the worded or unit tables give ``name`` with the word ``unit``: the
    row of the country ``code``, or else the one title all rows of the name agree on."""
    word = re.compile(rf"\b{re.escape(unit)}\b", re.IGNORECASE)
    for table, fits in (
        ("worded_units.jsonl", lambda r: unit in r["words"]),
        ("unit_titles.jsonl", lambda r: bool(word.search(str(r["title"])))),
    ):
        rows = [r for r in table_index(table, "name").get(name, ()) if fits(r)]
        own = [r for r in rows if r["country"] == code]
        titles = {str(r["title"]) for r in own or rows}
        if len(titles) == 1:
            return titles.pop()
    return None


def unit_worded(name: str, unit: str, country: str | None) -> bool:
    """Whether ``unit`` after (or before) ``name`` names a subdivision by the tables: a row of
    the worded or unit tables for the name and the word, or a form English Wikipedia titles the
    country's units of that word by (``entity_words.jsonl`` kind ``unit_title``): "the Kursk
    region", "Sunamganj district" in a story about Bangladesh (session 41)."""
    code = (country_code(country) if country else None) or ""
    return titled_unit(name, unit, code) is not None or (code, unit) in _unit_titles()


# the text's word that it means the town, not the unit of its name: "the city of Kharkiv",
# "Cusco city", "the town of Atyrau itself" (session 41)
CITY_BEFORE = re.compile(r"\b(?:city|town|port|capital) of $")
CITY_AFTER = re.compile(r" (?:city|town)\b")


def subdivision_repeats(text: str, ents: list[Ent]) -> None:
    """A place named again without the subdivision word the document gave it once ("Garissa"
    after "Garissa and Tana River counties") is that subdivision ("Garissa County"), where the
    document gives the name one such title only (session 13); also a title the unit tables give
    with the word ("Isabela" after "Isabela province" -> "Isabela (province)"; session 41).
    Not where the text says it means the town ("the city of Kharkiv" after "the Kharkiv
    region": the city), nor, for a title of the tables' or a country's form ("Province of
    Valencia", "Isabela (province)"), where a city of UNIT_CITY_POP people in the unit's
    country bears the name ("towns south of Valencia" beside "the province of Valencia", as
    ``written_units``; session 41)."""
    units = entity_words("gpe_head") | {"district", "region"}
    titled: dict[str, set[str]] = defaultdict(set)
    worded: set[str] = set()  # titles of another shape than "<name> <unit>" ("Province of X")
    for x in ents:
        word = text[x.start : x.end]
        rest = x.name[len(word) + 1 :] if x.name.startswith(word + " ") else ""
        if x.type == "GPE" and rest.lower() in units:
            titled[word].add(x.name)
        elif x.type == "GPE" and "unit_word" in x.tags and x.name != word:
            titled[word].add(x.name)
            worded.add(x.name)
    if not titled:
        return
    codes: set[str] | None = None
    for e in ents:
        word = text[e.start : e.end]
        names = titled.get(word)
        if e.type == "GPE" and e.name == word and names and len(names) == 1:
            if CITY_BEFORE.search(text, max(0, e.start - 12), e.start) or CITY_AFTER.match(
                text, e.end
            ):
                continue
            name = next(iter(names))
            if codes is None:
                codes = _document_codes(text, ents)
            if name in worded and _unit_city(word, name, codes):
                continue
            e.name = name


def _unit_city(word: str, title: str, codes: set[str]) -> bool:
    """Whether a city of UNIT_CITY_POP people bears ``word`` in the country of the unit titled
    ``title`` (the unit tables' country, or else the document's ``codes``)."""
    own = {
        str(r["country"])
        for table in ("unit_titles.jsonl", "worded_units.jsonl")
        for r in table_index(table, "title").get(title, ())
    }
    return any(
        r["kind"] == "city"
        and r["country"] in (own or codes)
        and int(str(r["pop"])) >= UNIT_CITY_POP
        for r in world_places().get(word, ())
    )


BRITISH_ROAD = re.compile(r"([A-Z])(\d{1,4})")
GB = "GB"  # the gazetteer's code of the United Kingdom
US_CODE = "US"  # the gazetteer's code of the United States


@cache
def _road_titles() -> dict[str, str]:
    """Return a road code's letter -> the title pattern of Great Britain's roads of that letter
    (models/entity_forms.jsonl, kind road_title)."""
    rows = read_jsonl("entity_forms.jsonl")
    return {str(r["word"]).upper(): str(r["name"]) for r in rows if r["kind"] == "road_title"}


def _in_britain(ents: list[Ent]) -> bool:
    """Whether the text names the United Kingdom or a place the gazetteer's largest of that name
    puts there ("Leeds", "Aberdeenshire", "Scotland")."""
    uk = aliases()["UK"][0]
    for e in ents:
        if e.type not in ("GPE", "LOC"):
            continue
        rows = world_places().get(e.name, ())
        top = max(rows, key=row_pop, default=None)
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


# the document's word that it means the subdivision: "the state of Mexico", "Sao Paulo state"
UNIT_BEFORE = re.compile(r"\b(?:state|province) of $")
UNIT_AFTER = re.compile(r" (?:state|province)\b")


def city_repeats(ents: list[Ent]) -> None:
    """A city the document names once with "City" and elsewhere without is the one city
    ("Davao" beside "Davao City", "Carson" beside "Carson City"; session 23): English Wikipedia
    titles such cities with the word. A name that is also a country's, a state's or a
    subdivision's ("Kansas" beside "Kansas City", "Mexico", "Quebec", "Cebu") or that the alias
    table knows keeps its own."""
    cities = {e.name for e in ents if e.type == "GPE" and e.name.endswith(" City")}
    if not cities:
        return
    for e in ents:
        full = f"{e.name} City"
        if e.type != "GPE" or full not in cities or place_kinds().get(e.name):
            continue
        rows = world_places().get(e.name, ())
        if lookup_alias(e.name) or any(r["kind"] != "city" for r in rows):
            continue
        e.name = full
        e.tags.add("city_repeat")


def city_titles(text: str, ents: list[Ent]) -> None:
    """A city English Wikipedia titles "<name> City" (or otherwise) because its state,
    province or country bears the bare name takes that title where the story is about its
    country (the country it names most, its dateline's, its sentence's, or the one all its
    places lie in) and the text says it means the city ("the city of Oaxaca", "Iloilo city"),
    or, for a name nothing else bears (``plain``), wherever it is named ("Davao" -> "Davao
    City", "Ho Chi Minh" -> "Ho Chi Minh City"); ``models/city_titles.jsonl`` (session 41).
    Not where the text names the unit ("Oaxaca state", "the province of Iloilo")."""
    index = table_index("city_titles.jsonl", "name")
    found = [
        e
        for e in ents
        if e.type == "GPE"
        and e.name in (text[e.start : e.end], title_case(text[e.start : e.end]))
        and index.get(e.name)
    ]
    if not found:
        return
    codes = _document_codes(text, ents) | {country_code(places_country(ents) or "") or ""}
    for e in found:
        if UNIT_BEFORE.search(text, max(0, e.start - 12), e.start) or UNIT_AFTER.match(text, e.end):
            continue
        near = sentence_country(text, ents, e, near_only=True, named="countries")
        allowed = {near} if near else codes
        rows = [r for r in index[e.name] if r["country"] in allowed]
        if not rows and not near and codes <= {""}:
            rows = list(index[e.name])  # (a story that names no country: the name's own)
        if len(rows) != 1:
            continue
        said = bool(
            CITY_BEFORE.search(text, max(0, e.start - 12), e.start)
            or CITY_AFTER.match(text, e.end)
            or _dateline_place(text, ents, e)  # ("OAXACA, Mexico, May 2 -": a city)
            or _mayor(text, e)  # ("the mayor of Iloilo"; session 43)
        )
        if said or rows[0]["plain"]:
            e.name = str(rows[0]["title"])


def city_repeat_titles(text: str, ents: list[Ent]) -> None:
    """After ``places``: a city ``city_repeats`` named "X City" takes the title the written "X
    City" got ("Carson" beside "Carson City, Nevada" -> "Carson City, Nevada")."""
    written = {text[e.start : e.end]: e.name for e in ents if e.type == "GPE"}
    for e in ents:
        if "city_repeat" in e.tags and e.type == "GPE":
            e.name = written.get(e.name, e.name)


def subdivision_titles(text: str, ents: list[Ent]) -> None:
    """A first-level subdivision named by a name another place also bears takes English
    Wikipedia's title where the document shows it means the subdivision
    (``models/subdivision_titles.jsonl``; session 22):
    - the text says so: "the state of Mexico" -> "State of Mexico", "Sao Paulo state";
    - a name that is also a country's: the text names a town of the U.S. state (a "Town,
      Georgia" writing, a city the gazetteer puts there: "ATLANTA" -> "Georgia (U.S. state)");
    - a name the alias table reads as a city that the text already reads as the state
      ("Washington state", "Spokane, Washington" -> "Washington (state)");
    - a name two countries' subdivisions share: the country of the places named in the same
      sentence, else the one the document names most ("Punjab" beside "Lahore" -> "Punjab,
      Pakistan", in an Indian story -> "Punjab, India").
    A country, a city or a subdivision the document gives no such word for keeps its name."""
    table = table_index("subdivision_titles.jsonl", "name")
    if not any(
        e.type == "GPE" and (e.name in table or text[e.start : e.end] in table) for e in ents
    ):
        return
    us_regions = {_us_region(x.name) for x in ents if x.type == "GPE"}
    for e in ents:
        rows = table.get(e.name, ())
        word = text[e.start : e.end]
        if not rows and e.type == "GPE" and (alias := lookup_alias(word)) and alias[0] == e.name:
            # the alias table's city ("Washington" -> "Washington, D.C."): listed with states only
            codes = {str(r["country"]) for r in table.get(word, ())}
            listed = _listed_with(text, ents, e, codes, table) if codes else None
            if listed:
                e.name = next(str(r["title"]) for r in table[word] if r["country"] == listed)
            continue
        if not rows or not (
            e.type == "GPE" or (e.type in ("LOC", "NORP") and text[e.start : e.end] == e.name)
        ):
            continue  # (NER reads "Punjab" as a group now and then: the place's name is the place)
        said = bool(
            UNIT_BEFORE.search(text, max(0, e.start - 12), e.start) or UNIT_AFTER.match(text, e.end)
        )
        also = str(rows[0]["also"])
        listed = _listed_with(text, ents, e, {str(r["country"]) for r in rows}, table)
        title: str | None
        if listed:  # "California, Oregon, Washington and Nevada": a list of states
            title = next(str(r["title"]) for r in rows if r["country"] == listed)
        elif also == "subdivision":
            code = sentence_country(text, ents, e, {str(r["country"]) for r in rows})
            title = next((str(r["title"]) for r in rows if r["country"] == code), None)
        elif said or (
            also == "country"
            and rows[0]["country"] == "US"
            and (e.name in us_regions or _us_reading(text, ents, e))
        ):
            title = str(rows[0]["title"])
        elif also == "city" and (alias := lookup_alias(e.name)) and alias[0] != e.name:
            title = str(rows[0]["title"])  # ("Washington" is the capital but for the state)
        elif also == "city" and len(rows) == 1 and _home_unit(text, ents, e, rows[0]):
            title = str(rows[0]["title"])  # ("Victoria" in a story about Australia; session 41)
        else:
            title = None
        if title:
            e.name, e.type = title, "GPE"


# a state that no longer exists, named as such ("the former Yugoslavia"): not the state of the day
FORMER_STATE = re.compile(r"(?i)\b(?:former|ex|old|socialist|pre-war|prewar)[\s-]+$")


def shared_country_titles(doc: Doc, text: str, ents: list[Ent]) -> None:
    """A country still named by a short name that English Wikipedia gives another article or
    another state takes the country's title (``models/country_titles.jsonl``; session 46):
    "Georgia" the country -> "Georgia (country)" (``subdivision_titles`` has already given the
    U.S. state its title where the document shows it means the state); a name whose state
    depends on the date, where the document's date (its reference date, else the dateline before
    the mention) falls in the row's period: "Yugoslavia" in 1996 copy -> "Federal Republic of
    Yugoslavia", "Congo" while the other Congo was Zaire -> "Republic of the Congo". Not a
    mention the linking has named otherwise ("Congo" beside "Democratic Republic of the
    Congo"), not one typed other than GPE (the river), not a state the text calls former ("the
    former Yugoslavia"), not a dated name in a text of no known date."""
    table = table_index("country_titles.jsonl", "name")
    for e in ents:
        if e.type != "GPE" or e.name not in table:
            continue
        for row in table[e.name]:
            if "from" in row:
                day = reference_date(doc, e.start)
                if day is None or not str(row["from"]) <= day.isoformat() < str(row["to"]):
                    continue
                if FORMER_STATE.search(text, max(0, e.start - 12), e.start):
                    continue
            e.name = str(row["title"])
            break


def _home_unit(text: str, ents: list[Ent], e: Ent, row: Mapping[str, Any]) -> bool:
    """Whether a subdivision whose name a city abroad bears is meant by the bare name: the
    story is about the subdivision's country (the country it names most, or its dateline's, or
    the one all the places it names lie in),
    its sentence names no other country, and no city of UNIT_CITY_POP people in that country
    bears the name ("Victoria" in a story about Australia is the state; "Washington" in one
    about the U.S. stays the capital's, "São Paulo" in one about Brazil the city's; session
    41)."""
    code = str(row["country"])
    if code not in _document_codes(text, ents) and country_code(places_country(ents) or "") != code:
        return False  # (the places it names all lie there: "Melbourne", "Ballarat")
    if sentence_country(text, ents, e, near_only=True, named="countries") not in (None, code):
        return False
    return not any(
        r["kind"] == "city" and r["country"] == code and int(str(r["pop"])) >= UNIT_CITY_POP
        for r in world_places().get(e.name, ())
    )


LIST_JOINS = (", ", " and ", ", and ", " or ", ", or ")


def _listed_with(
    text: str,
    ents: list[Ent],
    e: Ent,
    codes: set[str],
    table: Mapping[str, Any],
) -> str | None:
    """The country of the subdivisions a name is listed with, where its neighbour in a list of
    places ("California, Oregon, Washington, Nevada and Arizona", "New South Wales, Victoria
    and Queensland") is a first-level subdivision of one of ``codes`` whose name no large city
    bears (``world_places`` kind subdivision, towns under STANDALONE_POP, not in the table
    itself): a name listed with states is a state (session 24). None otherwise."""
    ordered = sorted((x for x in ents if x.type in ("GPE", "LOC")), key=lambda x: x.start)
    k = next((n for n, x in enumerate(ordered) if x is e), None)
    if k is None:
        return None
    near = []
    if k > 0 and text[ordered[k - 1].end : e.start] in LIST_JOINS:
        near.append(ordered[k - 1])
    if k + 1 < len(ordered) and text[e.end : ordered[k + 1].start] in LIST_JOINS:
        near.append(ordered[k + 1])
    for x in near:
        if x.name in table:
            continue
        rows = world_places().get(x.name, ())
        found = {str(r["country"]) for r in rows if r["kind"] == "subdivision"} & codes
        towns = [int(str(r["pop"])) for r in rows if r["kind"] == "city"]
        if len(found) == 1 and max(towns, default=0) < STANDALONE_POP:
            return next(iter(found))  # (not "New York", a city's name too)
    return None


def _us_reading(text: str, ents: list[Ent], e: Ent) -> bool:
    """Whether a name a U.S. state shares with a country means the state: the mention's own
    sentence places it in the U.S. ("plans in Kentucky, and Hyundai is expanding in Georgia";
    a dateline is no place of the sentence), or it names no other country's place and the text
    names another U.S. state and no place or demonym of the country ("Tbilisi", "Georgian";
    session 22)."""
    near, _ = place_codes(text, ents, e, datelines=False)
    if near:
        return set(near) == {US_CODE}
    own = country_code(e.name)  # the country's code ("GE")
    states = us_states()
    other_state = False
    for x in ents:
        if x.name == e.name:
            continue
        if x.type == "NORP" and country_code(demonym_countries().get(x.name) or "") == own:
            return False
        if x.type == "GPE" and own and place_country_code(x.name) == own:
            return False
        other_state = other_state or x.name in states or _us_region(x.name) in states
    return other_state


def _us_region(name: str) -> str | None:
    """The U.S. state of a place name: "Savannah, Georgia" -> Georgia; a bare city -> the state
    of the gazetteer's largest place of that name where that is a U.S. city ("Atlanta")."""
    if ", " in name:
        return name.rsplit(", ", 1)[1]
    rows = world_places().get(name, ())
    top = max(rows, key=row_pop, default=None)
    if top is None or top["country"] != "US" or top["kind"] != "city":
        return None
    return str(top.get("region") or "") or None


UNIT_CITY_POP = 50_000  # a city this large in the country: the bare name is the city's
# the office of a subdivision's head around a bare name: "the governor of Sokoto", "Sokoto's
# governor", "Kano Governor Abba Yusuf"
GOVERNOR_BEFORE = re.compile(r"\b[Gg]overnor of $")
GOVERNOR_AFTER = re.compile(r"(?:'s|’s)? [Gg]overnor\b")


def _governed(text: str, e: Ent) -> bool:
    """Whether the words around a bare name give its governor, the head of a subdivision
    ("the governor of Sokoto", "Sokoto's governor", "Kano Governor Abba Yusuf")."""
    return bool(
        GOVERNOR_BEFORE.search(text, max(0, e.start - 12), e.start)
        or GOVERNOR_AFTER.match(text, e.end)
    )


def written_units(text: str, ents: list[Ent]) -> None:
    """A name the document also writes with its unit word as English Wikipedia titles the
    subdivision ("Sokoto State", "Kisumu County", "County Kerry"; ``models/unit_titles.jsonl``)
    is that subdivision where it is named bare (session 37): "Zamfara" after "Zamfara State".
    Not where a city of UNIT_CITY_POP people in that country bears the name ("Kano State ...
    traders in Kano": the city), unless the bare name's own words give the subdivision's
    governor ("the governor of Kano", "Kano's governor")."""
    written = {text[e.start : e.end] for e in ents if e.type == "GPE"}
    if not written:
        return
    titles = table_index("unit_titles.jsonl", "title")
    rows = {str(r["name"]): r for w in written for r in titles.get(w, ())}
    if not rows:
        return
    for e in ents:
        row = rows.get(e.name)
        if row is None or e.type not in ("GPE", "LOC") or text[e.start : e.end] != e.name:
            continue
        cities = [
            int(str(r["pop"]))
            for r in world_places().get(e.name, ())
            if r["kind"] == "city" and r["country"] == row["country"]
        ]
        if _governed(text, e) or max(cities, default=0) < UNIT_CITY_POP:
            e.name, e.type = str(row["title"]), "GPE"


def bare_units(text: str, ents: list[Ent]) -> None:
    """A first-level subdivision named without the unit word English Wikipedia's title adds,
    in a story about its country (the country the document names most, or its dateline's),
    or about it in the mention's own sentence ("In Mozambique, ... in Cabo Delgado"), takes that
    title: "Ishikawa" in a story from Tokyo -> "Ishikawa Prefecture", "Turkana" in a Kenyan one
    -> "Turkana County" (``models/unit_titles.jsonl``; session 22). Not a name a city
    of UNIT_CITY_POP people in that country bears ("Kano", "Nampula": the city), nor one a
    capitalised word goes on from (a longer name) other than an office's title ("Ishikawa
    Governor ...", session 24), nor in a story about another country."""
    _bare_units(text, ents, ents)


def state_towns(text: str, ents: list[Ent]) -> None:
    """A town of Australia, Canada, India, Pakistan or South Africa named bare, in a story about
    its country (the country the document names most, or its dateline's, or the one its own
    sentence names; since session 46 also a story that names no country but the town's own
    state: "Lismore" beside "New South Wales"), takes the title English Wikipedia gives it because other places
    bear its name: "Bathurst" in an Australian story -> "Bathurst, New South Wales", "Hyderabad"
    in a Pakistani one -> "Hyderabad, Sindh" (``models/state_towns.jsonl``; session 39; since
    session 46 Australia's towns of under 15,000 people too). Not where
    the text writes the town with a qualifier ("Perth, Scotland": the text decides), nor where
    its sentence names another country, nor in a story about another country."""
    table = table_index("state_towns.jsonl", "name")
    found = [
        e
        for e in ents
        if e.type == "GPE"
        and e.name == text[e.start : e.end]
        and table.get(e.name)
        and not NEXT_CAPITAL.match(text, e.end)
        and not QUALIFIED.match(text, e.end)
    ]
    if not found:
        return
    codes = _document_codes(text, ents)
    # in a story that names no country, the states it names ("Victoria (state)" too): a town's
    # own state says its country
    states = (
        set()
        if codes
        else {x.name.split(" (")[0] for x in ents if x.type == "GPE" and x.name != x.name.lower()}
    )
    for e in found:
        near = sentence_country(text, ents, e, near_only=True, named="countries")
        row = next((r for r in table[e.name] if r["country"] in codes | {near}), None)
        if row is None and not codes:  # (a story that names no country: the town's own state)
            row = next(
                (r for r in table[e.name] if str(r["title"]).rsplit(", ", 1)[1] in states), None
            )
        if row is not None and near in (None, row["country"]):
            e.name = str(row["title"])


def _unit_countries(ents: list[Ent]) -> set[str]:
    """The countries of the subdivisions the document names with their unit word, as the unit
    tables title them ("the Amhara region" -> "Amhara Region", Ethiopia's): a sibling named
    bare is a unit of the same country ("In Tigray" -> "Tigray Region"; session 41)."""
    out: set[str] = set()
    for table in ("unit_titles.jsonl", "worded_units.jsonl"):
        titles = table_index(table, "title")
        for e in ents:
            if e.type == "GPE" and (rows := titles.get(e.name)):
                out |= {str(r["country"]) for r in rows}
    return out


def _document_codes(text: str, ents: list[Ent]) -> set[str]:
    """The ISO codes of the document's country and of its dateline's country (the countries
    whose tables ``_bare_units`` and ``state_towns`` read)."""
    return {
        code
        for country in (document_country(text, ents), dateline_country_name(text, ents))
        if country and (code := country_code(country))
    }


# a town the text qualifies itself: "Perth, Scotland", "Kingston, Jamaica"
QUALIFIED = re.compile(r",? +(?:[A-Z][a-z]|in [A-Z])")


def lone_units(text: str, ents: list[Ent]) -> None:
    """``bare_units`` for the one-word names ``entities.context.lone_names`` retyped from a
    person to a place after the linking ("rain fell in parts of Kerry" in an Irish story ->
    "County Kerry"; session 37): the model read them as people when ``bare_units`` ran."""
    lone = [e for e in ents if "lone_place" in e.tags]
    if lone:
        _bare_units(text, ents, lone)


NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _bare_units(text: str, ents: list[Ent], mentions: list[Ent]) -> None:
    """``bare_units`` over ``mentions``, the document's country read from all of ``ents``."""
    table = table_index("unit_titles.jsonl", "name")
    heads, _ = title_words()
    natural = form_words("loc_head")
    found = [
        e
        for e in mentions
        if e.type in ("GPE", "LOC")
        and e.name == text[e.start : e.end]
        and table.get(e.name)
        # ("the Bagmati river burst its banks": the river, not Bagmati Province; session 39)
        and not ((mt := NEXT_WORD.match(text, e.end)) is not None and mt.group(1) in natural)
        and (
            not NEXT_CAPITAL.match(text, e.end)
            # ("Miyagi Governor Yoshihiro Murai": the office's title is no longer name)
            or (
                (mt := re.match(r" ([A-Z][a-z]+)\b", text[e.end : e.end + 30])) is not None
                and mt.group(1).lower() in heads
            )
        )
    ]
    if not found:
        return
    codes = _document_codes(text, ents) | _unit_countries(ents)
    for e in found:
        # the country its sentence names: "In Mozambique, ... Niassa" (not "Kitui and Makueni")
        near = sentence_country(text, ents, e, near_only=True, named="countries")
        row = next((r for r in table[e.name] if r["country"] in codes | {near}), None)
        if row is None:
            # of the countries the sentence names, the one with a unit of the name ("Rebels in
            # Kachin seized a town near the border with China ... Myanmar"; session 39)
            own = {str(r["country"]) for r in table[e.name]}
            hit = sentence_country(text, ents, e, own, near_only=True, named="countries")
            row = next((r for r in table[e.name] if r["country"] == hit), None)
        if row is None:
            continue
        cities = [
            int(str(r["pop"]))
            for r in world_places().get(e.name, ())
            if r["kind"] == "city" and r["country"] == row["country"]
        ]
        if max(cities, default=0) < UNIT_CITY_POP or _governed(text, e):
            e.name, e.type = str(row["title"]), "GPE"  # ("the governor of Katsina"; s43)

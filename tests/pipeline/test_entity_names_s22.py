"""Names that are a part of the title, session 22 (issue 13 names, dev set 23n), on
``spacy.blank("en")`` through ``coref.link_names`` and through the whole pipeline:
- a town the text writes "Town, State" more than once with two states: a bare mention takes the
  writing in its own sentence, else the text's first ("SPRINGFIELD, Ill." ... "Springfield,
  Missouri, where ..." ... "Springfield" is Illinois; ``place_names._nearest_writing``);
- a dateline naming a country whose city "<country> City" the gazetteer has is that city
  ("KUWAIT, Feb 10 -" -> "Kuwait City"; ``names.capital_of_country``,
  ``place_names.dateline_cities``), the country named in the body staying the country;
- a U.S. town named without its state in a story filed from a U.S. city is in the dateline's
  state where the gazetteer's largest U.S. place of the name lies there ("Worcester" filed from
  Boston -> "Worcester, Massachusetts"; ``place_names._home_state``); an Australian
  town the text writes with its state is "Town, State" ("Lismore, New South Wales";
  ``place_names._titled_in_state``);
- a subdivision whose name another place bears takes its English Wikipedia title where the
  document shows it means the subdivision ("the state of Mexico", "Punjab" beside "Lahore",
  "Georgia" in a story filed from Atlanta; ``place_names.subdivision_titles``,
  ``models/subdivision_titles.jsonl``);
- a firm's registered name introduced by "based in", "headquartered in", "listed on" is the firm
  the short name before it named ("Norcrest ... Norcrest Pharmaceuticals Inc., based in
  Cambridge"; ``short_names.INTRODUCED``), as session 21's "..., which farms salmon";
- a national body named without its country where two countries compete takes the country its
  own sentence's places lie in, where that is the country the document names most or its
  dateline's ("The Supreme Court ordered Punjab and Haryana" in a story from Chandigarh that
  also names Pakistan; ``bodies.national_bodies``, ``countries.sentence_country``; a dateline
  under a one-line headline gives the story's country, ``countries.dateline_country_name``); rows of
  ``models/national_bodies.jsonl`` for "the Treasury" and "the Court of Appeal" in a British
  story and "the Environmental Protection Agency" in an American or Irish one;
- "<State> City" is titled alone, not "New York City, New York" (``place_names.places``);
- a first-level subdivision named without the unit word its title adds, in a story about its
  country, takes the title ("Ishikawa" -> "Ishikawa Prefecture"; ``place_names.bare_units``,
  ``models/unit_titles.jsonl`` from ``scripts/derive_unit_titles.py``);
- a place named like its state before a city's office is the city ("New York Mayor Eric
  Adams" -> "New York City"; ``place_names.dateline_cities``, ``city_office`` rows of
  ``models/entity_words.jsonl``), the state's offices staying the state's;
- a legal form of several words written in full is out of the name ("Lotus Mekong Logistics
  Joint Stock Company" -> "Lotus Mekong Logistics", so that "LML" spells it;
  ``names.without_legal_form``, ``legal_phrase`` rows of ``models/entity_forms.jsonl``);
- "U.S." before the title of an organisation the alias tables know is left out of the name, as
  English Wikipedia titles it ("U.S. Food and Drug Administration" -> "Food and Drug
  Administration"; ``names.canonical_org``).
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.normalize.names import canonical_org, capital_of_country, without_legal_form
from briefx.pipeline.coref.ent import Ent
from briefx.pipeline.coref.place_names import subdivision_titles
from briefx.records import Brief
from tests.pipeline.conftest import linked_marks

ENGLISH = frozenset({"said", "the", "on", "rose", "fell", "in", "where"})


def linked(text: str, marks: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(surface, type, name) after ``coref.link_names``; marks at their next occurrence."""
    return linked_marks(text, marks, ENGLISH)


def gpe(name: str) -> tuple[str, str, str]:
    return (name, "GPE", name)


def mentions(brief: Brief) -> list[tuple[str, str]]:
    """(mention text, entity name) in text order, over a whole brief."""
    pairs = [(m.start, m.text, e.name) for e in brief.entities for m in e.mentions]
    return [(t, n) for _, t, n in sorted(pairs)]


# place_names._nearest_writing: two towns of one name, each bare mention the nearer writing
TWO_TOWNS = [
    (("SPRINGFIELD, Ill. - Pipes burst in Springfield. A week ago Springfield, Missouri, had a "
      "break. Springfield will seek aid."),
     [gpe("SPRINGFIELD"), gpe("Ill."), gpe("Springfield"), gpe("Springfield"), gpe("Missouri"),
      gpe("Springfield")],
     ["Springfield, Illinois", "Illinois", "Springfield, Illinois", "Springfield, Missouri",
      "Missouri", "Springfield, Illinois"]),
    (("Portland, Oregon, cut bus routes. Drivers in Portland, Maine, struck too; Portland said "
      "talks failed. Portland will vote."),
     [gpe("Portland"), gpe("Oregon"), gpe("Portland"), gpe("Maine"), gpe("Portland"),
      gpe("Portland")],
     ["Portland, Oregon", "Oregon", "Portland, Maine", "Maine", "Portland, Maine",
      "Portland, Oregon"]),
    ("Columbus, Ohio, rose. Columbus, Georgia, fell. In Columbus the mayor said so.",
     [gpe("Columbus"), gpe("Ohio"), gpe("Columbus"), gpe("Georgia"), gpe("Columbus")],
     ["Columbus, Ohio", "Ohio", "Columbus, Georgia", "Georgia (U.S. state)", "Columbus, Ohio"]),
    # untouched: one writing names every bare mention, wherever it stands
    ("Floods hit Dayton. Dayton, Ohio, said on Monday that Dayton would rebuild.",
     [gpe("Dayton"), gpe("Dayton"), gpe("Ohio"), gpe("Dayton")],
     ["Dayton, Ohio", "Dayton, Ohio", "Ohio", "Dayton, Ohio"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), TWO_TOWNS)
def test_two_towns_of_one_name(
    text: str, marks: list[tuple[str, str, str]], expected: list[str]
) -> None:
    assert [name for _, _, name in linked(text, marks)] == expected


# names.capital_of_country: a country whose city "<country> City" the gazetteer has
CAPITALS = [
    ("Kuwait", "Kuwait City"),
    ("Panama", "Panama City"),
    ("Guatemala", "Guatemala City"),
    ("Mexico", "Mexico City"),
    # untouched: no such city, or no country
    ("Singapore", None),
    ("Ghana", None),
    ("New York", None),
    ("Quebec", None),
]


@pytest.mark.parametrize(("country", "city"), CAPITALS)
def test_capital_of_country(country: str, city: str | None) -> None:
    assert capital_of_country(country) == city


# place_names.dateline_cities: a country's name as a dateline is its capital "<country> City"
DATELINES = [
    ("KUWAIT, Feb 10 - Kuwait will build a metro.", [("KUWAIT", "GPE", "Kuwait"), gpe("Kuwait")],
     [("KUWAIT", "GPE", "Kuwait City"), ("Kuwait", "GPE", "Kuwait")]),
    ("PANAMA (Reuters) - Ships crossed Panama.", [("PANAMA", "GPE", "Panama"), gpe("Panama")],
     [("PANAMA", "GPE", "Panama City"), ("Panama", "GPE", "Panama")]),
    ("GUATEMALA, May 2 - Rain fell.", [("GUATEMALA", "GPE", "Guatemala")],
     [("GUATEMALA", "GPE", "Guatemala City")]),
    # untouched: a country in the body, a country without such a city, a dateline not first
    ("Kuwait, the emirate, said on Monday it would build a metro.", [gpe("Kuwait")],
     [("Kuwait", "GPE", "Kuwait")]),
    ("GHANA, May 2 - Rain fell.", [("GHANA", "GPE", "Ghana")], [("GHANA", "GPE", "Ghana")]),
    ("Talks ended.\nShips left KUWAIT, the port said.", [("KUWAIT", "GPE", "Kuwait")],
     [("KUWAIT", "GPE", "Kuwait")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), DATELINES)
def test_capital_datelines(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked(text, marks) == expected


# place_names._home_state: a U.S. town in a story filed from a U.S. city of its state
HOME_TOWNS = [
    ("BOSTON, June 10 - Norcrest, based in Cambridge, has a plant in Worcester.",
     [("BOSTON", "GPE", "Boston"), gpe("Cambridge"), gpe("Worcester")],
     ["Boston", "Cambridge, Massachusetts", "Worcester, Massachusetts"]),
    ("Norcrest to buy Bellway\nBOSTON, June 10 - Bellway has a plant in Worcester.",
     [("BOSTON", "GPE", "Boston"), gpe("Worcester")], ["Boston", "Worcester, Massachusetts"]),
    ("ATLANTA, April 15 - Drivers in Athens and Alpharetta waited.",
     [("ATLANTA", "GPE", "Atlanta"), gpe("Athens"), gpe("Alpharetta")],
     ["Atlanta", "Athens", "Alpharetta, Georgia"]),
    # untouched: the largest U.S. place of the name lies in another state, no dateline
    ("BOSTON, June 10 - Voters in Salem backed the plan.", [("BOSTON", "GPE", "Boston"), gpe("Salem")],
     ["Boston", "Salem"]),
    ("Norcrest, based in Cambridge, has a plant in Worcester.",
     [gpe("Cambridge"), gpe("Worcester")], ["Cambridge", "Worcester"]),
]  # fmt: skip


# place_names._titled_in_state: an Australian town written with its state
AUSTRALIAN_TOWNS = [
    ("The river peaked at Lismore, New South Wales, overnight. Crews left Lismore.",
     [gpe("Lismore"), gpe("New South Wales"), gpe("Lismore")],
     ["Lismore, New South Wales", "New South Wales", "Lismore, New South Wales"]),
    ("Mines near Kambalda, Western Australia, shut.",
     [gpe("Kambalda"), gpe("Western Australia")],
     ["Kambalda, Western Australia", "Western Australia"]),
    ("Floods hit Bundaberg, Queensland, on Monday.", [gpe("Bundaberg"), gpe("Queensland")],
     ["Bundaberg, Queensland", "Queensland"]),
    # untouched: a capital city, a town written with its country
    ("Fans in Sydney, New South Wales, cheered.", [gpe("Sydney"), gpe("New South Wales")],
     ["Sydney", "New South Wales"]),
    ("Floods hit Bundaberg, Australia, on Monday.", [gpe("Bundaberg"), gpe("Australia")],
     ["Bundaberg", "Australia"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), AUSTRALIAN_TOWNS)
def test_australian_towns(
    text: str, marks: list[tuple[str, str, str]], expected: list[str]
) -> None:
    assert [name for _, _, name in linked(text, marks)] == expected


@pytest.mark.parametrize(("text", "marks", "expected"), HOME_TOWNS)
def test_home_state(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert [name for _, _, name in linked(text, marks)] == expected


# place_names.subdivision_titles: the subdivision's title where the document means it
SUBDIVISIONS = [
    (("Fires in Punjab fell, and smoke covered New Delhi. Punjab's government in Lahore shut "
      "schools. Mann said Punjab paid for machines. India and Haryana agreed."),
     [gpe("Punjab"), gpe("New Delhi"), gpe("Punjab"), gpe("Lahore"), gpe("Punjab"),
      gpe("India"), gpe("Haryana")],
     ["Punjab, India", "New Delhi", "Punjab, Pakistan", "Lahore", "Punjab, India", "India",
      "Haryana"]),
    ("Cuts hit Mexico City and towns in the state of Mexico. Mexico's president spoke.",
     [gpe("Mexico City"), gpe("Mexico"), gpe("Mexico")],
     ["Mexico City", "State of Mexico", "Mexico"]),
    ("ATLANTA, April 15 - Georgia will spend $300 million on a berth.",
     [gpe("ATLANTA"), gpe("Georgia")], ["Atlanta", "Georgia (U.S. state)"]),
    ("Ships left Savannah, Georgia, on Monday. Georgia said the port was full.",
     [("Savannah", "GPE", "Savannah, Georgia"), gpe("Georgia"), gpe("Georgia")],
     ["Savannah, Georgia", "Georgia (U.S. state)", "Georgia (U.S. state)"]),
    ("Floods hit the Netherlands; Limburg and Maastricht were worst hit.",
     [gpe("Netherlands"), gpe("Limburg"), gpe("Maastricht")],
     ["Netherlands", "Limburg (Netherlands)", "Maastricht"]),
    ("DETROIT -- Toyota announced a plan in Kentucky, and Hyundai is expanding in Georgia.",
     [("DETROIT", "GPE", "Detroit"), gpe("Kentucky"), gpe("Georgia")],
     ["Detroit", "Kentucky", "Georgia (U.S. state)"]),
    ("DETROIT -- Ford cut prices in Spain. Hyundai shipped SUVs from its factory in Georgia.",
     [("DETROIT", "GPE", "Detroit"), gpe("Spain"), gpe("Georgia")],
     ["Detroit", "Spain", "Georgia (U.S. state)"]),
    # untouched: the country, the city, a name the document gives no country for
    ("DETROIT -- Ford sold cars in Georgia, where Georgian buyers like SUVs.",
     [("DETROIT", "GPE", "Detroit"), gpe("Georgia"), ("Georgian", "NORP", "Georgian")],
     ["Detroit", "Georgia", "Georgian"]),
    ("DETROIT -- Ford sold cars in Georgia and Armenia.",
     [("DETROIT", "GPE", "Detroit"), gpe("Georgia"), gpe("Armenia")],
     ["Detroit", "Georgia", "Armenia"]),
    ("TBILISI, May 2 - Georgia said Russia had moved troops.", [gpe("TBILISI"), gpe("Georgia"),
     gpe("Russia")], ["Tbilisi", "Georgia", "Russia"]),
    ("Mexico raised tariffs, Mexico City said.", [gpe("Mexico"), gpe("Mexico City")],
     ["Mexico", "Mexico City"]),
    ("Punjab fell silent.", [gpe("Punjab")], ["Punjab"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), SUBDIVISIONS)
def test_subdivision_titles(
    text: str, marks: list[tuple[str, str, str]], expected: list[str]
) -> None:
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    for e in ents:  # the entities stage's names of the datelines in capitals
        if text[e.start : e.end].isupper():
            e.name = e.name.title()
    subdivision_titles(text, ents)
    assert [e.name for e in ents] == expected


def org(name: str) -> tuple[str, str, str]:
    return (name, "ORG", name)


# short_names.INTRODUCED: a registered name introduced by a participle of place
INTRODUCED = [
    ("Norcrest agreed to buy Bellway. Norcrest Pharmaceuticals Inc., based in Cambridge, said so.",
     [org("Norcrest"), org("Bellway"), ("Norcrest Pharmaceuticals Inc.", "ORG",
      "Norcrest Pharmaceuticals")],
     ["Norcrest Pharmaceuticals", "Bellway", "Norcrest Pharmaceuticals"]),
    ("Talvik won the order. Talvik Marine AS, headquartered in Bergen, builds ferries.",
     [org("Talvik"), ("Talvik Marine AS", "ORG", "Talvik Marine")],
     ["Talvik Marine", "Talvik Marine"]),
    ("Orvane rose. Orvane Minerals Ltd, listed on the ASX, mines lithium.",
     [org("Orvane"), ("Orvane Minerals Ltd", "ORG", "Orvane Minerals"), org("ASX")],
     ["Orvane Minerals", "Orvane Minerals", "ASX"]),
    # untouched: no legal form written, or no apposition after it
    ("Norcrest rose. Norcrest Pharmaceuticals, based in Cambridge, said so.",
     [org("Norcrest"), org("Norcrest Pharmaceuticals")],
     ["Norcrest", "Norcrest Pharmaceuticals"]),
    ("Talvik rose. Talvik Marine AS said on Monday it was based in Bergen.",
     [org("Talvik"), ("Talvik Marine AS", "ORG", "Talvik Marine")], ["Talvik", "Talvik Marine"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), INTRODUCED)
def test_introduced_by_place(
    text: str, marks: list[tuple[str, str, str]], expected: list[str]
) -> None:
    assert [name for _, _, name in linked(text, marks)] == expected


# bodies.national_bodies: the body's own sentence where two countries compete
COMPETING = [
    (("CHANDIGARH, Nov 12 - The Supreme Court ordered Punjab and Haryana to act. Pakistan and "
      "India traded blame."),
     [("CHANDIGARH", "GPE", "Chandigarh"), org("Supreme Court"), gpe("Punjab"), gpe("Haryana"),
      gpe("Pakistan"), gpe("India")], "Supreme Court of India"),
    (("LAHORE, Nov 12 - The Supreme Court told officials in Lahore to shut schools. India and "
      "Pakistan traded blame."),
     [("LAHORE", "GPE", "Lahore"), org("Supreme Court"), gpe("Lahore"), gpe("India"),
      gpe("Pakistan")], "Supreme Court of Pakistan"),
    ("NAIROBI, May 3 - The High Court ordered Mombasa to pay. Kenya and Uganda signed a deal.",
     [("NAIROBI", "GPE", "Nairobi"), org("High Court"), gpe("Mombasa"), gpe("Kenya"),
      gpe("Uganda")], "High Court of Kenya"),
    # untouched: no place in the sentence, a sentence's place of neither the dateline's country
    # nor the country named most
    ("CHANDIGARH, Nov 12 - Smog thickened. The Supreme Court ruled. Pakistan and India argued.",
     [("CHANDIGARH", "GPE", "Chandigarh"), org("Supreme Court"), gpe("Pakistan"),
      gpe("India")], "Supreme Court"),
    ("Pakistan and India traded blame. The Supreme Court ordered Nepal to act.",
     [gpe("Pakistan"), gpe("India"), org("Supreme Court"), gpe("Nepal")], "Supreme Court"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "name"), COMPETING)
def test_body_of_the_sentence(text: str, marks: list[tuple[str, str, str]], name: str) -> None:
    got = {surface: n for surface, typ, n in linked(text, marks) if typ == "ORG"}
    assert got == {"Supreme Court" if "Supreme" in text else "High Court": name}


# national_bodies.jsonl rows of session 22: the body of the one country the story is about
TABLE_BODIES = [
    ("LONDON, Nov 20 - The Treasury said it would study the ruling. Britain's banks fell.",
     [("LONDON", "GPE", "London"), org("Treasury"), ("Britain", "GPE", "United Kingdom")],
     "Treasury", "HM Treasury"),
    ("LONDON, Nov 20 - The Court of Appeal upheld the fine. Britain's banks fell.",
     [("LONDON", "GPE", "London"), org("Court of Appeal"), ("Britain", "GPE", "United Kingdom")],
     "Court of Appeal", "Court of Appeal (England and Wales)"),
    (("The city will seek $25 million from the Environmental Protection Agency, U.S. officials "
      "said."), [org("Environmental Protection Agency"), ("U.S.", "GPE", "United States")],
     "Environmental Protection Agency", "United States Environmental Protection Agency"),
    ("DUBLIN, May 2 - The Environmental Protection Agency fined a farm in Ireland.",
     [("DUBLIN", "GPE", "Dublin"), org("Environmental Protection Agency"), gpe("Ireland")],
     "Environmental Protection Agency", "Environmental Protection Agency (Ireland)"),
    ("HANOI, Oct 14 - Exports rose 23%, the General Statistics Office said.",
     [("HANOI", "GPE", "Hanoi"), org("General Statistics Office")], "General Statistics Office",
     "General Statistics Office of Vietnam"),
    # untouched: a country the table has no row for, two countries competing
    ("WASHINGTON - The Treasury sold bonds, U.S. officials said.",
     [("WASHINGTON", "GPE", "Washington, D.C."), org("Treasury"), ("U.S.", "GPE", "United States")],
     "Treasury", "Treasury"),
    # a dateline under a headline gives the story's country (countries.dateline_country_name)
    ("Minister pledges aid\n\nLONDON, 22 July - The Treasury confirmed the sum.",
     [("LONDON", "GPE", "London"), org("Treasury")], "Treasury", "HM Treasury"),
    ("Nurses win pay rise\nLONDON, 22 July - The Treasury agreed.",
     [("LONDON", "GPE", "London"), org("Treasury")], "Treasury", "HM Treasury"),
    ("The Court of Appeal ruled. Britain and France traded blame.",
     [org("Court of Appeal"), ("Britain", "GPE", "United Kingdom"), gpe("France")],
     "Court of Appeal", "Court of Appeal"),
    # a dateline under two lines is no dateline ("Manchester" is no capital: no country); the
    # one place a text names being its country's capital places it (session 31: London)
    ("Minister pledges aid\nSecond line\nMANCHESTER, 22 July - The Treasury agreed.",
     [("MANCHESTER", "GPE", "Manchester"), org("Treasury")], "Treasury", "Treasury"),
    ("Minister pledges aid\nSecond line\nLONDON, 22 July - The Treasury agreed.",
     [("LONDON", "GPE", "London"), org("Treasury")], "Treasury", "HM Treasury"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "surface", "name"), TABLE_BODIES)
def test_table_bodies(
    text: str, marks: list[tuple[str, str, str]], surface: str, name: str
) -> None:
    got = {s: n for s, typ, n in linked(text, marks) if typ == "ORG"}
    assert got == {surface: name}


# place_names.places: "<State> City" is titled alone
STATE_CITIES = [
    ("Officials in New York City and Albany, New York, met.",
     [gpe("New York City"), gpe("Albany"), gpe("New York")],
     ["New York City", "Albany, New York", "New York"]),
    ("Oklahoma City grew. Tulsa, Oklahoma, shrank.",
     [gpe("Oklahoma City"), gpe("Tulsa"), gpe("Oklahoma")],
     ["Oklahoma City", "Tulsa, Oklahoma", "Oklahoma"]),
    # a "<State> City" that is not its state's largest city keeps its state (WP:USPLACE)
    ("Kansas City grew. Columbia, Missouri, shrank.",
     [gpe("Kansas City"), gpe("Columbia"), gpe("Missouri")],
     ["Kansas City, Missouri", "Columbia, Missouri", "Missouri"]),
    ("Iowa City grew. Ames, Iowa, shrank.",
     [gpe("Iowa City"), gpe("Ames"), gpe("Iowa")],
     ["Iowa City, Iowa", "Ames, Iowa", "Iowa"]),
    # untouched: a city named "City" after no state
    ("Jersey City grew. Newark, New Jersey, shrank.",
     [gpe("Jersey City"), gpe("Newark"), gpe("New Jersey")],
     ["Jersey City, New Jersey", "Newark, New Jersey", "New Jersey"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), STATE_CITIES)
def test_state_cities(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert [name for _, _, name in linked(text, marks)] == expected


# place_names.bare_units: a subdivision without its unit word in a story about its country
BARE_UNITS = [
    ("TOKYO, Jan 7 - Snow cut power in Ishikawa and Aichi.",
     [("TOKYO", "GPE", "Tokyo"), gpe("Ishikawa"), gpe("Aichi")],
     ["Tokyo", "Ishikawa Prefecture", "Aichi Prefecture"]),
    ("NAIROBI, May 3 - Drought hit Turkana, Kenya's driest county.",
     [("NAIROBI", "GPE", "Nairobi"), gpe("Turkana"), gpe("Kenya")],
     ["Nairobi", "Turkana County", "Kenya"]),
    ("Ghana's cocoa farms in Ashanti and Ahafo were flooded.",
     [gpe("Ghana"), gpe("Ashanti"), gpe("Ahafo")], ["Ghana", "Ashanti Region", "Ahafo Region"]),
    ("Fighting spread in Tigray and Amhara, Ethiopia said.",
     [gpe("Tigray"), gpe("Amhara"), gpe("Ethiopia")],
     ["Tigray Region", "Amhara Region", "Ethiopia"]),
    # untouched: a big city of the name, a longer name, a story about another country, Hokkaido
    ("LAGOS, May 3 - Nigeria's Kano and Lagos were flooded.",
     [("LAGOS", "GPE", "Lagos"), gpe("Nigeria"), gpe("Kano"), gpe("Lagos")],
     ["Lagos", "Nigeria", "Kano", "Lagos"]),
    ("TOKYO, Jan 7 - Aichi Steel said Japan's output fell.",
     [("TOKYO", "GPE", "Tokyo"), gpe("Aichi"), gpe("Japan")], ["Tokyo", "Aichi", "Japan"]),
    ("SEOUL, Jan 7 - Korea said Ishikawa bought chips.",
     [("SEOUL", "GPE", "Seoul"), gpe("Korea"), gpe("Ishikawa")], ["Seoul", "Korea", "Ishikawa"]),
    ("TOKYO, Jan 7 - Snow fell in Hokkaido.", [("TOKYO", "GPE", "Tokyo"), gpe("Hokkaido")],
     ["Tokyo", "Hokkaido"]),
    # the mention's own sentence names the country
    ("BUNIA -- Attacks hit Ituri. In Mozambique, deliveries resumed in Cabo Delgado and Niassa.",
     [("BUNIA", "GPE", "Bunia"), gpe("Ituri"), gpe("Mozambique"), gpe("Cabo Delgado"),
      gpe("Niassa")],
     # (session 39: the DR Congo's provinces have rows; the dateline's country takes Ituri)
     ["Bunia", "Ituri Province", "Mozambique", "Cabo Delgado Province", "Niassa Province"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), BARE_UNITS)
def test_bare_units(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert [name for _, _, name in linked(text, marks)] == expected


# place_names.dateline_cities: a city's office after a place named like its state
CITY_OFFICES = [
    ("New York Mayor Eric Adams said crime fell.", [gpe("New York")], ["New York City"]),
    ("Aid reached New York Councilmember Ana Ruiz on Monday.", [gpe("New York")],
     ["New York City"]),
    ("The New York councilman said the toll was fair.", [gpe("New York")], ["New York City"]),
    # untouched: the state's office, a place named unlike its state's city, no office
    ("New York Governor Kathy Hochul said so.", [gpe("New York")], ["New York"]),
    ("Texas Mayor Ann Lee spoke.", [gpe("Texas")], ["Texas"]),
    ("New York rose on Monday.", [gpe("New York")], ["New York"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), CITY_OFFICES)
def test_city_offices(text: str, marks: list[tuple[str, str, str]], expected: list[str]) -> None:
    assert [name for _, _, name in linked(text, marks)] == expected


# names.without_legal_form: a legal form of several words
LEGAL_PHRASES = [
    ("Lotus Mekong Logistics Joint Stock Company", "Lotus Mekong Logistics"),
    ("Kama Trucks Public Joint Stock Company", "Kama Trucks"),
    ("Orvane Holdings Limited Liability Company", "Orvane Holdings"),
    ("Severo Steel Joint-Stock Company", "Severo Steel"),
    # untouched: the form alone, the form inside a longer name, one word of it
    ("Joint Stock Company", "Joint Stock Company"),
    ("Joint Stock Company Act", "Joint Stock Company Act"),
    ("Hershey Company", "Hershey Company"),
]


@pytest.mark.parametrize(("name", "expected"), LEGAL_PHRASES)
def test_legal_phrases(name: str, expected: str) -> None:
    assert without_legal_form(name) == expected


# names.canonical_org: "U.S." before a known organisation's title
US_PREFIXED = [
    ("U.S. Food and Drug Administration", "Food and Drug Administration"),
    ("US Federal Reserve", "Federal Reserve"),
    ("U.S. Federal Aviation Administration", "Federal Aviation Administration"),
    ("U.S. Federal Bureau of Investigation", "Federal Bureau of Investigation"),
    # untouched: a title the tables do not know is spelled out
    ("U.S. Agency for International Development", "United States Agency for International Development"),
    ("U.S. Central Command", "United States Central Command"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), US_PREFIXED)
def test_us_prefixed(text: str, name: str) -> None:
    assert canonical_org(text) == name


# the whole pipeline: the same mechanisms in a news brief
PIPELINE = [
    (("SPRINGFIELD, Ill., Jan 14 - A water main broke in Springfield on Tuesday. A week ago "
      "crews in Springfield, Missouri, replaced pipe. Springfield will seek $25 million."),
     [("SPRINGFIELD", "Springfield, Illinois"), ("Springfield", "Springfield, Illinois"),
      ("Springfield", "Springfield, Missouri"), ("Springfield", "Springfield, Illinois")]),
    ("KUWAIT, Feb 10 - Kuwait will build its first metro line, the ministry said on Monday.",
     [("KUWAIT", "Kuwait City"), ("Kuwait", "Kuwait")]),
    (("ATLANTA, April 15 - The port of Savannah grew 8% in March. Governor Brian Kemp said "
      "Georgia would spend $300 million on a new berth."), [("Georgia", "Georgia (U.S. state)")]),
    (("CHANDIGARH, Nov 12 - Farm fires in Punjab fell by 70% this autumn. Across the border, "
      "schools in Lahore, in Pakistan's Punjab, shut for a week."),
     [("Punjab", "Punjab, India"), ("Punjab", "Punjab, Pakistan")]),
    (("HANOI, Oct 14 - Lotus Mekong Logistics Joint Stock Company, a freight firm, said orders "
      "fell 12%. LML's chairman said the central bank should cut rates."),
     [("Lotus Mekong Logistics Joint Stock Company", "Lotus Mekong Logistics"),
      ("LML", "Lotus Mekong Logistics")]),
    (("TOKYO, Jan 7 - Heavy snow cut power to 30,000 homes in Ishikawa on Tuesday, the utility "
      "said."), [("Ishikawa", "Ishikawa Prefecture")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PIPELINE)
def test_pipeline(run: Callable[..., Brief], text: str, expected: list[tuple[str, str]]) -> None:
    got = mentions(run(text, reference_date="2025-06-03"))
    assert [p for p in got if p[0] in {t for t, _ in expected}] == expected

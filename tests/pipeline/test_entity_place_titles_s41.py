"""Places by English Wikipedia's article titles, session 41 (issue 13 names, places41, dev set
41g), on ``spacy.blank("en")`` through the form, context and linking rules, on hand-made
mention lists, and through the whole pipeline:
- units named before or after a lower-case unit word take the tables' title
  (``coref.unit_title``): ``models/worded_units.jsonl`` for Russia's oblasts and krais,
  Ukraine's oblasts, the Philippine provinces English Wikipedia disambiguates and the Kivus
  ("the Kursk region" -> "Kursk Oblast", "Aurora province" -> "Aurora (province)"),
  ``unit_titles.jsonl`` ("Valparaiso region" -> "Valparaíso Region"), the country's form
  with the gazetteer's accents ("Adiyaman province" -> "Adıyaman Province"); a form of the
  document's country makes its word a unit word ("Sunamganj district" in Bangladesh);
- ``context.units_of``: "the province of Valencia", "the provinces of Malatya and Adiyaman";
- ``place_names.subdivision_repeats``: "the city of Kharkiv" stays the city, and so does a big
  city whose unit the text titles otherwise ("towns south of Valencia");
- ``place_names._bare_units``: a sibling written with its unit word gives a bare unit its
  country ("the Amhara region ... In Tigray" -> "Tigray Region");
- ``place_names.subdivision_titles``: more states titled with a qualifier ("Chihuahua state"
  -> "Chihuahua (state)", "Khartoum state"), "Victoria" in a story about Australia;
- ``place_names.city_titles``: "the city of Oaxaca" -> "Oaxaca City", "Davao" -> "Davao City";
- ``facilities.facility_titles``: "the Zaporizhzhia plant", "at Wembley", "at Silverstone";
- ``places.feature_titles``: "the Mekong River" -> "Mekong", "the Indus" -> "Indus River",
  "the Spratlys" -> "Spratly Islands".
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefx.pipeline.coref import Ent, unit_title
from briefx.pipeline.entities.facilities import facility_titles, match_venues
from briefx.pipeline.entities.places import feature_titles
from briefx.records import Brief
from briefx.resources import table_index
from tests.pipeline.conftest import linked_marks, refined

ENGLISH = frozenset(
    {"said", "the", "on", "in", "near", "with", "as", "and", "of", "was", "were", "hit", "city"}
)


def gpe(name: str) -> tuple[str, str, str]:
    return (name, "GPE", name)


def marked(text: str, marks: list[tuple[str, str, str]]) -> list[Ent]:
    """Mentions from (surface, type, name) marks, each at its next occurrence."""
    out, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        out.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    return out


# models/worded_units.jsonl
WORDED_ROWS = [
    ("Kursk", "RU", "Kursk Oblast"),
    ("Krasnodar", "RU", "Krasnodar Krai"),
    ("Primorye", "RU", "Primorsky Krai"),
    ("Dagestan", "RU", "Dagestan"),
    ("Yakutia", "RU", "Sakha Republic"),
    ("Kharkov", "UA", "Kharkiv Oblast"),
    ("Zaporizhzhia", "UA", "Zaporizhzhia Oblast"),
    ("Aurora", "PH", "Aurora (province)"),
    ("South Kivu", "CD", "South Kivu"),
    # left out: a name a krai and a republic share, a people's word
    ("Altai", "RU", None),
    ("Nenets", "RU", None),
    ("Cagayan", "PH", None),
]


@pytest.mark.parametrize(("name", "country", "title"), WORDED_ROWS)
def test_worded_rows(name: str, country: str, title: str | None) -> None:
    rows = [
        r
        for r in table_index("worded_units.jsonl", "name").get(name, ())
        if r["country"] == country
    ]
    assert [r["title"] for r in rows] == ([title] if title else [])


UNIT_TITLES = [
    ("Kursk", "region", "Russia", "Kursk Oblast"),
    ("Tyumen", "region", None, "Tyumen Oblast"),  # (no country named: the one row)
    ("Kharkiv", "province", "Ukraine", "Kharkiv Oblast"),
    ("Krasnodar", "territory", "Russia", "Krasnodar Krai"),
    ("Aurora", "province", "Philippines", "Aurora (province)"),
    ("Valparaiso", "region", "Chile", "Valparaíso Region"),
    ("Adiyaman", "province", "Turkey", "Adıyaman Province"),
    ("Bergamo", "province", None, "Province of Bergamo"),
    ("Sunamganj", "district", "Bangladesh", "Sunamganj District"),
    ("Sylhet", "division", "Bangladesh", "Sylhet Division"),
    ("Lower Austria", "province", "Austria", "Lower Austria"),
    ("Catanduanes", "province", "Japan", "Catanduanes"),  # (the gazetteer's one country)
    ("Kostanay", "oblast", "Kazakhstan", "Kostanay Region"),
    # untouched: the forms that were there
    ("Cagayan", "province", "Philippines", "Cagayan"),
    ("Wayanad", "district", "India", "Wayanad district"),
    ("Buner", "district", "Pakistan", "Buner District"),
    ("Jaén", "province", "Spain", "Province of Jaén"),
]


@pytest.mark.parametrize(("name", "unit", "country", "title"), UNIT_TITLES)
def test_unit_title(name: str, unit: str, country: str | None, title: str) -> None:
    assert unit_title(name, unit, country) == title


CONTEXT = [
    ("Drones struck the Kharkiv and Sumy regions, Ukraine said. In the city of Kharkiv, trams ran.",
     [("Kharkiv", "GPE"), ("Sumy", "GPE"), ("Ukraine", "GPE"), ("Kharkiv", "GPE")],
     ["Kharkiv Oblast", "Sumy Oblast", "Ukraine", "Kharkiv"]),
    ("Fires burned in the Krasnodar region and the Tyumen region, Russia said.",
     [("Krasnodar", "GPE"), ("Tyumen", "GPE"), ("Russia", "GPE")],
     ["Krasnodar Krai", "Tyumen Oblast", "Russia"]),
    ("Floods hit Bangladesh's Sylhet division, and rivers rose in Sunamganj district.",
     [("Bangladesh", "GPE"), ("Sylhet", "GPE"), ("Sunamganj", "GPE")],
     ["Bangladesh", "Sylhet Division", "Sunamganj District"]),
    ("Floods hit the Cusco region of Peru. Trains from the city of Cusco stopped.",
     [("Cusco", "GPE"), ("Peru", "GPE"), ("Cusco", "GPE")], ["Cusco Region", "Peru", "Cusco"]),
    ("An earthquake hit the provinces of Malatya and Adiyaman, Turkey said.",
     [("Malatya", "GPE"), ("Adiyaman", "GPE"), ("Turkey", "GPE")],
     ["Malatya Province", "Adıyaman Province", "Turkey"]),
    ("Floods in the province of Valencia killed 95 people, Spain said.",
     [("Valencia", "GPE"), ("Spain", "GPE")], ["Province of Valencia", "Spain"]),
    ("A typhoon hit Isabela province. Signal No. 4 was raised over northern Isabela.",
     [("Isabela", "GPE"), ("Isabela", "GPE")], ["Isabela (province)", "Isabela (province)"]),
    ("Clashes continued in the Amhara region. In Tigray, partners resumed aid.",
     [("Amhara", "GPE"), ("Tigray", "GPE")], ["Amhara Region", "Tigray Region"]),
    # untouched: a region's own name before "region of", parts of one city, a big city the
    # text titles otherwise, a town beside a unit, the unit written by the older shape
    ("She reported on the Northern Rivers region of New South Wales.",
     [("Northern Rivers", "LOC"), ("New South Wales", "GPE")],
     ["Northern Rivers", "New South Wales"]),
    ("The new line runs to the northern districts of Marseille.",
     [("Marseille", "GPE")], ["Marseille"]),
    ("Soldiers dug in towns south of Valencia. Most died in the province of Valencia, Spain said.",
     [("Valencia", "GPE"), ("Valencia", "GPE"), ("Spain", "GPE")],
     ["Valencia", "Province of Valencia", "Spain"]),
    ("Clashes continued in the Amhara region. In Mekelle, partners resumed aid.",
     [("Amhara", "GPE"), ("Mekelle", "GPE")], ["Amhara Region", "Mekelle"]),
    ("Floods hit Kenya's Garissa and Tana River counties. In Garissa, 300 homes were lost.",
     [("Kenya", "GPE"), ("Garissa", "GPE"), ("Tana River", "GPE"), ("Garissa", "GPE")],
     ["Kenya", "Garissa County", "Tana River County", "Garissa County"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "expected"), CONTEXT)
def test_units_by_their_word(text: str, spans: list[tuple[str, str]], expected: list[str]) -> None:
    got = refined(text, spans, ENGLISH)
    assert [n for s, _, n in got if s in {x for x, _ in spans}] == expected


def linked(text: str, marks: list[tuple[str, str, str]]) -> list[str]:
    return [name for _, _, name in linked_marks(text, marks, ENGLISH)]


LINKED = [
    # states titled with a qualifier: the text's word, or the story's country
    ("Troops were sent to Chihuahua state, Mexico said.",
     [gpe("Chihuahua"), gpe("Mexico")], ["Chihuahua (state)", "Mexico"]),
    ("Fighting spread in Khartoum state, Sudan's army said.",
     [gpe("Khartoum"), gpe("Sudan")], ["Khartoum (state)", "Sudan"]),
    ("Fire crews battled 30 blazes across Victoria, and crews from Melbourne and Ballarat helped.",
     [gpe("Victoria"), gpe("Melbourne"), gpe("Ballarat")],
     ["Victoria (state)", "Melbourne", "Ballarat"]),
    ("Drought hit Amazonas state, Brazil said.",
     [gpe("Amazonas"), gpe("Brazil")], ["Amazonas (Brazilian state)", "Brazil"]),
    # cities titled "X City": the text's word, or a name nothing else bears
    ("Protesters marched in the city of Oaxaca, Mexico's police said.",
     [gpe("Oaxaca"), gpe("Mexico")], ["Oaxaca City", "Mexico"]),
    ("Police in Davao arrested five men, the Philippines said.",
     [gpe("Davao"), gpe("Philippines")], ["Davao City", "Philippines"]),
    ("Vietnam said factories in Ho Chi Minh and Hanoi were busy.",
     [gpe("Vietnam"), gpe("Ho Chi Minh"), gpe("Hanoi")],
     ["Vietnam", "Ho Chi Minh City", "Hanoi"]),
    ("The Philippines said Iloilo city was worst hit.",
     [gpe("Philippines"), gpe("Iloilo")], ["Philippines", "Iloilo City"]),
    # untouched: a city the text names as such, a state named bare beside its big city, a
    # river, a province named bare, a Canadian Victoria, a unit the text names
    ("Mexico said troops patrolled Chihuahua and Ciudad Juárez.",
     [gpe("Mexico"), gpe("Chihuahua"), gpe("Ciudad Juárez")],
     ["Mexico", "Chihuahua", "Ciudad Juárez"]),
    ("Sudan's army said it shelled Khartoum.", [gpe("Sudan"), gpe("Khartoum")],
     ["Sudan", "Khartoum"]),
    ("Boats sailed up the White Nile, Sudan said.",
     [("White Nile", "LOC", "White Nile"), gpe("Sudan")], ["White Nile", "Sudan"]),
    ("Police in Victoria and Vancouver said, Canada's ministry added.",
     [gpe("Victoria"), gpe("Vancouver"), gpe("Canada")],
     ["Victoria, British Columbia", "Vancouver", "Canada"]),
    ("Flooding hit Cebu and Iloilo in the Philippines.",
     [gpe("Cebu"), gpe("Iloilo"), gpe("Philippines")], ["Cebu", "Iloilo", "Philippines"]),
    ("Roads were blocked across Oaxaca state, Mexico said.",
     [gpe("Oaxaca"), gpe("Mexico")], ["Oaxaca", "Mexico"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), LINKED)
def test_states_and_cities(
    text: str, marks: list[tuple[str, str, str]], expected: list[str]
) -> None:
    assert linked(text, marks) == expected


FACILITIES = [
    ("Ukraine will close the reactor at Chernobyl by 2000.", [("Chernobyl", "FAC", "Chernobyl")],
     [("FAC", "Chernobyl Nuclear Power Plant")]),
    ("The IAEA said the Zaporizhzhia plant lost power.",
     [("Zaporizhzhia", "GPE", "Zaporizhzhia")], [("FAC", "Zaporizhzhia Nuclear Power Plant")]),
    ("Water from the Fukushima Daiichi nuclear plant was released.",
     [("Fukushima Daiichi", "ORG", "Fukushima Daiichi")],
     [("FAC", "Fukushima Daiichi Nuclear Power Plant")]),
    ("Output fell at its Grasberg copper mine.", [("Grasberg", "GPE", "Grasberg")],
     [("FAC", "Grasberg mine")]),
    ("Hamilton won the British Grand Prix at Silverstone on Sunday.",
     [("Silverstone", "GPE", "Silverstone")], [("FAC", "Silverstone Circuit")]),
    # untouched: the region, the town, the disaster's place, a village far from any race
    ("Russia shelled the Zaporizhzhia region.", [("Zaporizhzhia", "GPE", "Zaporizhzhia")],
     [("GPE", "Zaporizhzhia")]),
    ("Homes in Wembley were flooded.", [("Wembley", "GPE", "Wembley")], [("GPE", "Wembley")]),
    ("Visitors toured the Chernobyl exclusion zone.", [("Chernobyl", "GPE", "Chernobyl")],
     [("GPE", "Chernobyl")]),
    ("A new school opened at Silverstone, the council said.",
     [("Silverstone", "GPE", "Silverstone")], [("GPE", "Silverstone")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), FACILITIES)
def test_facility_titles(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str]]
) -> None:
    ents = marked(text, marks)
    facility_titles(text, ents)
    assert [(e.type, e.name) for e in ents] == expected


VENUES = [
    ("England beat Poland 2-1 at Wembley on Wednesday.",
     [gpe("England"), gpe("Poland"), gpe("Wembley")], "Wembley Stadium"),
    ("Scotland host Wales at Murrayfield next.",
     [gpe("Scotland"), gpe("Wales"), gpe("Murrayfield")], "Murrayfield Stadium"),
    # untouched: no match in the clause
    ("Fans met friends at Wembley on Wednesday.", [gpe("Wembley")], "Wembley"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), VENUES)
def test_match_venues_by_title(text: str, marks: list[tuple[str, str, str]], expected: str) -> None:
    ents = marked(text, marks)
    match_venues(text, ents)
    facility_titles(text, ents)
    assert ents[-1].name == expected


FEATURES = [
    ("Water levels on the Mekong River fell.", [("Mekong River", "LOC", "Mekong River")],
     [("LOC", "Mekong")]),
    ("The Indus swelled at Sukkur.", [("Indus", "LOC", "Indus")], [("LOC", "Indus River")]),
    ("The Ural river rose near Atyrau.", [("Ural", "LOC", "Ural River")],
     [("LOC", "Ural (river)")]),
    ("The Amazon River fell to a record low.", [("Amazon River", "LOC", "Amazon River")],
     [("LOC", "Amazon River")]),
    ("Vessels clashed near the Spratlys.", [("Spratlys", "LOC", "Spratlys")],
     [("LOC", "Spratly Islands")]),
    ("The Chenab flooded 40 villages.", [("Chenab", "ORG", "Chenab")],
     [("LOC", "Chenab River")]),
    ("The Kelani river burst its banks.", [("Kelani", "ORG", "Kelani")],
     [("LOC", "Kelani River")]),
    ("The summit opens at the mouth of the Amazon.", [("Amazon", "LOC", "Amazon")],
     [("LOC", "Amazon River")]),
    ("Rain swelled the Severn on Monday.", [("Severn", "LOC", "Severn")],
     [("LOC", "River Severn")]),
    # untouched: a name a forest, a state, a country or a person bears, named bare
    ("Fires burned across the Amazon.", [("Amazon", "LOC", "Amazon")], [("LOC", "Amazon")]),
    ("Rain fell over the Colorado.", [("Colorado", "LOC", "Colorado")], [("LOC", "Colorado")]),
    ("Jordan said the talks would resume.", [("Jordan", "GPE", "Jordan")], [("GPE", "Jordan")]),
    ("Murray said he would play.", [("Murray", "PERSON", "Murray")], [("PERSON", "Murray")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), FEATURES)
def test_feature_titles(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str]]
) -> None:
    ents = marked(text, marks)
    feature_titles(text, ents)
    assert [(e.type, e.name) for e in ents] == expected


PIPELINE = [
    (("Russian drones struck energy facilities in the Kharkiv and Sumy regions overnight, "
      "Ukraine's air force said. In the city of Kharkiv itself, trams were running again."),
     [("Kharkiv", "Kharkiv Oblast"), ("Sumy", "Sumy Oblast"), ("Kharkiv", "Kharkiv")]),
    ("Floods in Bangladesh's Sylhet division left two million people stranded, officials said.",
     [("Sylhet", "Sylhet Division")]),
    ("The International Atomic Energy Agency said the Zaporizhzhia plant lost power.",
     [("Zaporizhzhia", "Zaporizhzhia Nuclear Power Plant")]),
    ("Water levels on the Mekong River fell to a record low, Laos said.", [("Mekong River", "Mekong")]),
    # untouched: a capital and a city
    ("Landslides killed 14 people in Nepal's Gorkha district, police said in Kathmandu.",
     [("Gorkha", "Gorkha District"), ("Kathmandu", "Kathmandu")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PIPELINE)
def test_pipeline(run: Callable[..., Brief], text: str, expected: list[tuple[str, str]]) -> None:
    brief = run(text, reference_date="2025-03-14")
    pairs = sorted((m.start, m.text, e.name) for e in brief.entities for m in e.mentions)
    got = [(t, n) for _, t, n in pairs if t in {x for x, _ in expected}]
    assert got == expected

"""Entity types, session 25 (issue 13, families read off the opened sets' errors): a name the
tables or its own head word make a body keeps a body's type in the one vote per name
(``entities.evidence.document_types``). On plain mention lists (no model). Invented texts; each
rule has three new cases of its family and cases that must stay untouched. The heads of a
bulleted digest share their kind (``entities.tables.bullet_heads``)."""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.context import subdivisions
from briefx.pipeline.entities.evidence import document_types
from briefx.pipeline.entities.tables import bullet_heads
from tests.pipeline.conftest import by_mention

Mark = tuple[str, str, str]  # (surface, type before the vote, name the linking gave)


def voted(text: str, marks: list[Mark]) -> list[tuple[str, str, str]]:
    """Run the vote over mentions at the marks' next occurrences: (surface, type, name)."""
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    document_types(text, ents)
    return [(text[e.start : e.end], e.type, e.name) for e in ents]


# A short name or title of the national bodies table, or a name a body's head word ends or
# opens before "of"/"for", is an ORG whatever small town or form the earlier rules read (the
# name stays the body's); untouched: a building the table names, a facility's head word
# ("Centre"), a city of 100,000, a country.
BODIES = [
    ("Lawmakers said Congress would vote on the bill.", [("Congress", "GPE", "Congress")],
     [("Congress", "ORG", "Congress")]),
    ("The levy, which Congress approved in May, starts in July.",
     [("Congress", "GPE", "United States Congress")],
     [("Congress", "ORG", "United States Congress")]),
    ("The Senate passed the budget on Friday.", [("Senate", "LOC", "Senate")],
     [("Senate", "ORG", "Senate")]),
    ("Its Committee for Veterinary Medicinal Products meets in June.",
     [("Committee for Veterinary Medicinal Products", "PRODUCT",
       "Committee for Veterinary Medicinal Products")],
     [("Committee for Veterinary Medicinal Products", "ORG",
       "Committee for Veterinary Medicinal Products")]),
    ("Advice from the Northern Fisheries Advisory Council was ignored.",
     [("Northern Fisheries Advisory Council", "LOC", "Northern Fisheries Advisory Council")],
     [("Northern Fisheries Advisory Council", "ORG", "Northern Fisheries Advisory Council")]),
    ("Grants from the Bureau of Coastal Resilience fell.",
     [("Bureau of Coastal Resilience", "GPE", "Bureau of Coastal Resilience")],
     [("Bureau of Coastal Resilience", "ORG", "Bureau of Coastal Resilience")]),
    # untouched
    ("Rioters stormed the Capitol in 2021.", [("Capitol", "FAC", "United States Capitol")],
     [("Capitol", "FAC", "United States Capitol")]),
    ("The rocket left the Kourou Space Centre at noon.",
     [("Kourou Space Centre", "GPE", "Kourou Space Centre")],
     [("Kourou Space Centre", "GPE", "Kourou Space Centre")]),
    ("Fans gathered in Soviet Union Square.", [("Soviet Union Square", "FAC",
      "Soviet Union Square")], [("Soviet Union Square", "FAC", "Soviet Union Square")]),
    ("The Soviet Union collapsed in 1991.", [("Soviet Union", "GPE", "Soviet Union")],
     [("Soviet Union", "GPE", "Soviet Union")]),
    ("Prices rose in Kenya.", [("Kenya", "GPE", "Kenya")], [("Kenya", "GPE", "Kenya")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), BODIES)
def test_bodies_by_name(text: str, marks: list[Mark], want: list[tuple[str, str, str]]) -> None:
    assert voted(text, marks) == want


# A name NER read as a body, a person or a small place that reopens with no object after it is a
# site ("the Uffizi would reopen on Wednesday"); untouched: a firm that reopens its store, a city.
REOPENS = [
    ("Officials said the Kelvingrove would reopen on Monday after the flood.",
     [("Kelvingrove", "ORG", "Kelvingrove")], [("Kelvingrove", "FAC", "Kelvingrove")]),
    ("Staff said Kelvin Hall reopened on Tuesday, two weeks after the theft.",
     [("Kelvin Hall", "PERSON", "Kelvin Hall")], [("Kelvin Hall", "FAC", "Kelvin Hall")]),
    ("Engineers said the Dunmore Viaduct will reopen next month.",
     [("Dunmore Viaduct", "GPE", "Dunmore Viaduct")], [("Dunmore Viaduct", "FAC", "Dunmore Viaduct")]),
    # untouched
    ("Harrowells said it would reopen its store in Leeds.", [("Harrowells", "ORG", "Harrowells"),
     ("Leeds", "GPE", "Leeds")], [("Harrowells", "ORG", "Harrowells"), ("Leeds", "GPE", "Leeds")]),
    ("Schools in Leeds will reopen on Monday, and Leeds will reopen its libraries.",
     [("Leeds", "GPE", "Leeds"), ("Leeds", "GPE", "Leeds")],
     [("Leeds", "GPE", "Leeds"), ("Leeds", "GPE", "Leeds")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), REOPENS)
def test_reopened_sites(text: str, marks: list[Mark], want: list[tuple[str, str, str]]) -> None:
    assert voted(text, marks) == want


# The kind of place said before "of" (an island, a town) or what happens off a coast gives a
# name the model read as a body or a person its place type; untouched: a city of 100,000 after
# "island of", a country.
KINDS_OF = [
    ("A ferry sank off the Greek island of Kythnos on Monday.", [("Kythnos", "ORG", "Kythnos")],
     [("Kythnos", "LOC", "Kythnos")]),
    ("Migrant boat capsizes off Linosa", [("Linosa", "ORG", "Linosa")],
     [("Linosa", "LOC", "Linosa")]),
    ("Tourists were stranded on the island of Vis.", [("Vis", "PERSON", "Vis")],
     [("Vis", "LOC", "Vis")]),
    ("Lava reached the fishing town of Hrauney.", [("Hrauney", "ORG", "Hrauney")],
     [("Hrauney", "GPE", "Hrauney")]),
    ("Shells hit the village of Ardonsk overnight.", [("Ardonsk", "PERSON", "Ardonsk")],
     [("Ardonsk", "GPE", "Ardonsk")]),
    ("The reactor stands in the town of Kashiwa Point.", [("Kashiwa Point", "FAC", "Kashiwa Point")],
     [("Kashiwa Point", "GPE", "Kashiwa Point")]),
    # untouched
    ("Flights to the island of Singapore resumed.", [("Singapore", "GPE", "Singapore")],
     [("Singapore", "GPE", "Singapore")]),
    ("Tourists flocked to the island of Cyprus.", [("Cyprus", "GPE", "Cyprus")],
     [("Cyprus", "GPE", "Cyprus")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), KINDS_OF)
def test_kinds_of_place(text: str, marks: list[Mark], want: list[tuple[str, str, str]]) -> None:
    assert voted(text, marks) == want


# A country named alone that a longer name's type reached is the country; untouched: the longer
# name itself, a country typed a body (a national side is the sports rules' matter).
COUNTRIES = [
    ("Vingegaard won the Tour de France stage; schools closed in France.",
     [("Tour de France", "EVENT", "Tour de France"), ("France", "EVENT", "Tour de France")],
     [("Tour de France", "EVENT", "Tour de France"), ("France", "GPE", "France")]),
    ("The Monaco Grand Prix starts on Sunday, and Monaco expects 200,000 fans.",
     [("Monaco Grand Prix", "EVENT", "Monaco Grand Prix"), ("Monaco", "EVENT", "Monaco Grand Prix")],
     [("Monaco Grand Prix", "EVENT", "Monaco Grand Prix"), ("Monaco", "GPE", "Monaco")]),
    ("The Kenya Pavilion opened, and Kenya sent 40 firms.",
     [("Kenya Pavilion", "FAC", "Kenya Pavilion"), ("Kenya", "FAC", "Kenya Pavilion")],
     [("Kenya Pavilion", "FAC", "Kenya Pavilion"), ("Kenya", "GPE", "Kenya")]),
    # untouched
    ("Rally Finland starts today; Finland beat Sweden 2-1.",
     [("Rally Finland", "EVENT", "Rally Finland"), ("Finland", "ORG", "Finland")],
     [("Rally Finland", "EVENT", "Rally Finland"), ("Finland", "ORG", "Finland")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), COUNTRIES)
def test_countries_alone(text: str, marks: list[Mark], want: list[tuple[str, str, str]]) -> None:
    assert voted(text, marks) == want


# A name read as a natural place or a person with a U.S. state after it, then a stop or "-based",
# is a town; untouched: a facility (an arsenal, a base), a state's senator, a firm.
STATES = [
    ("The Naval Surface Warfare Center, Indian Head, Maryland, is the contracting activity.",
     [("Indian Head", "PERSON", "Indian Head"), ("Maryland", "GPE", "Maryland")],
     [("Indian Head", "GPE", "Indian Head"), ("Maryland", "GPE", "Maryland")]),
    ("Shares of the Palm Beach, Florida-based lender fell.",
     [("Palm Beach", "LOC", "Palm Beach"), ("Florida", "GPE", "Florida")],
     [("Palm Beach", "GPE", "Palm Beach"), ("Florida", "GPE", "Florida")]),
    ("Work will be done in Eagle River, Alaska.",
     [("Eagle River", "LOC", "Eagle River"), ("Alaska", "GPE", "Alaska")],
     [("Eagle River", "GPE", "Eagle River"), ("Alaska", "GPE", "Alaska")]),
    # untouched
    ("Army Contracting Command, Redstone Arsenal, Alabama, is the contracting activity.",
     [("Redstone Arsenal", "FAC", "Redstone Arsenal"), ("Alabama", "GPE", "Alabama")],
     [("Redstone Arsenal", "FAC", "Redstone Arsenal"), ("Alabama", "GPE", "Alabama")]),
    ("Senator Dana Whitlow, Texas Republican, voted no.",
     [("Dana Whitlow", "PERSON", "Dana Whitlow"), ("Texas", "NORP", "Texas")],
     [("Dana Whitlow", "PERSON", "Dana Whitlow"), ("Texas", "NORP", "Texas")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), STATES)
def test_towns_with_a_state(text: str, marks: list[Mark], want: list[tuple[str, str, str]]) -> None:
    assert voted(text, marks) == want


# A kind noun heading an apposition before the name ("Its operator, X, said") or right before it
# ("the cocoa processor X") makes it that kind; untouched: a relation ("his rival, X,"), a title.
APPOSITIONS = [
    ("Its operator, Vatnsorka, said the pipe was at risk.", [("Vatnsorka", "PERSON", "Vatnsorka")],
     [("Vatnsorka", "ORG", "Vatnsorka")]),
    ("They sell gems through their joint venture, Namcor, which pays taxes.",
     [("Namcor", "GPE", "Namcor")], [("Namcor", "ORG", "Namcor")]),
    ("The painting went to the auction house, Dorotheum, in May.",
     [("Dorotheum", "GPE", "Dorotheum")], [("Dorotheum", "ORG", "Dorotheum")]),
    ("Belgian processor Willem Vandaele said bean costs rose.",
     [("Willem Vandaele", "PERSON", "Willem Vandaele")], [("Willem Vandaele", "ORG", "Willem Vandaele")]),
    ("Huang showed Project Lumen, a $3,000 desktop computer for researchers.",
     [("Project Lumen", "ORG", "Project Lumen")], [("Project Lumen", "PRODUCT", "Project Lumen")]),
    ("Nokia launched the Xenon 4, a €399 smartphone, on Monday.",
     [("Xenon 4", "ORG", "Xenon 4")], [("Xenon 4", "PRODUCT", "Xenon 4")]),
    ("It bought Graviton, a 2,000-tonne ship, in May.", [("Graviton", "ORG", "Graviton")],
     [("Graviton", "PRODUCT", "Graviton")]),
    # untouched
    ("He beat his rival, Tomas Berdych, in May.", [("Tomas Berdych", "PERSON", "Tomas Berdych")],
     [("Tomas Berdych", "PERSON", "Tomas Berdych")]),
    ("Its chairman, Ole Brandt, said so.", [("Ole Brandt", "PERSON", "Ole Brandt")],
     [("Ole Brandt", "PERSON", "Ole Brandt")]),
    ("-- The Harwell Company, Dayton, $9,993,000", [("Harwell Company", "ORG", "Harwell Company"),
     ("Dayton", "GPE", "Dayton")],
     [("Harwell Company", "ORG", "Harwell Company"), ("Dayton", "GPE", "Dayton")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), APPOSITIONS)
def test_kind_appositions(text: str, marks: list[Mark], want: list[tuple[str, str, str]]) -> None:
    assert voted(text, marks) == want


# Who speaks for a body right after its name makes a name read as a small town (or no town)
# the body; untouched: a city of 15,000 or more, a country.
SPEAKERS = [
    ("White House press secretary Dana Whitlow said the talks would resume.",
     [("White House", "GPE", "White House, Tennessee")], [("White House", "ORG", "White House")]),
    ("Elysee spokeswoman Maud Carrel said the decree was signed.",
     [("Elysee", "GPE", "Elysee")], [("Elysee", "ORG", "Elysee")]),
    ("Quirinale spokesman Paolo Venti said the president would meet them.",
     [("Quirinale", "LOC", "Quirinale")], [("Quirinale", "ORG", "Quirinale")]),
    # untouched
    ("Leeds spokesman Tom Hirst said bins would be collected.", [("Leeds", "GPE", "Leeds")],
     [("Leeds", "GPE", "Leeds")]),
    ("Kenya spokesman Isaac Mwaura said so.", [("Kenya", "GPE", "Kenya")],
     [("Kenya", "GPE", "Kenya")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), SPEAKERS)
def test_body_speakers(text: str, marks: list[Mark], want: list[tuple[str, str, str]]) -> None:
    assert [(w, t) for w, t, _ in voted(text, marks)] == [(w, t) for w, t, _ in want]


# A listed company by its whole name (the company table) is a body, where a given name or a
# product after its possessive misled the model; untouched: a person's own strong cue (a title,
# an age), a surname a firm shares.
LISTED = [
    ("Regulators approved Eli Lilly's Kisunla for adults.",
     [("Eli Lilly", "PERSON", "Eli Lilly and Company")], [("Eli Lilly", "ORG")]),
    ("Morgan Stanley said it would cut 2,000 jobs.", [("Morgan Stanley", "PERSON", "Morgan Stanley")],
     [("Morgan Stanley", "ORG")]),
    ("The drones would carry Lockheed Martin's missiles.",
     [("Lockheed Martin", "PRODUCT", "Lockheed Martin")], [("Lockheed Martin", "ORG")]),
    ("John Deere said tractor sales fell.", [("John Deere", "PERSON", "John Deere")],
     [("John Deere", "ORG")]),
    # untouched
    ("Founder Charles Schwab, 87, said he would retire.",
     [("Charles Schwab", "PERSON", "Charles Schwab")], [("Charles Schwab", "PERSON")]),
    ("Agriculture Secretary Brooke Rollins said so. Rollins said aid would follow.",
     [("Brooke Rollins", "PERSON", "Brooke Rollins"), ("Rollins", "PERSON", "Brooke Rollins")],
     [("Brooke Rollins", "PERSON"), ("Rollins", "PERSON")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), LISTED)
def test_listed_companies(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert [(w, t) for w, t, _ in voted(text, marks)] == want


def headed(text: str, marks: list[Mark]) -> list[tuple[str, str]]:
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    bullet_heads(text, ents)
    return [(text[e.start : e.end], e.type) for e in ents]


DIGEST_TOWNS = """Digest:
• Oslo: Equinor kept its forecast.
• Bergen: the port reopened.
• Stavdal: Nordvik Metals said output fell.
"""
DIGEST_FIRMS = """Main points:
• Vestas: cut 300 jobs.
• Nordex: raised its forecast.
• Kaltvind: orders doubled.
"""
DIGEST_SEAS = """Quotas:
• Baltic Sea: herring cut 20%.
• Kattegat and Baltic Sea: cod unchanged.
• Bay of Biscay: sole cut 10%.
"""
DIGEST_FEW = """Points:
• Oslo: Equinor kept its forecast.
• Stavdal: output fell.
"""
DIGEST_MIXED = """Points:
• Oslo: Equinor kept its forecast.
• Vestas: cut jobs.
• Nordex: raised its forecast.
• Kenya: rains eased.
"""
DIGEST_COUNTRY = """Points:
• Vestas: cut jobs.
• Nordex: raised its forecast.
• Kenya: rains eased.
• Siemens Energy: orders rose.
"""

# A name heading a bullet before its colon takes the kind most heads of its run have (places and
# natural places together, or bodies); a natural place beside it in its head gives its kind;
# untouched: two bullets only, no majority, a country among firms.
HEADS = [
    (DIGEST_TOWNS, [("Oslo", "GPE", "Oslo"), ("Equinor", "ORG", "Equinor"),
     ("Bergen", "GPE", "Bergen"), ("Stavdal", "ORG", "Stavdal"),
     ("Nordvik Metals", "ORG", "Nordvik Metals")],
     [("Oslo", "GPE"), ("Equinor", "ORG"), ("Bergen", "GPE"), ("Stavdal", "GPE"),
      ("Nordvik Metals", "ORG")]),
    (DIGEST_FIRMS, [("Vestas", "ORG", "Vestas"), ("Nordex", "ORG", "Nordex"),
     ("Kaltvind", "GPE", "Kaltvind")],
     [("Vestas", "ORG"), ("Nordex", "ORG"), ("Kaltvind", "ORG")]),
    (DIGEST_SEAS, [("Baltic Sea", "LOC", "Baltic Sea"), ("Kattegat", "PERSON", "Kattegat"),
     ("Baltic Sea", "LOC", "Baltic Sea"), ("Biscay", "GPE", "Biscay")],
     [("Baltic Sea", "LOC"), ("Kattegat", "LOC"), ("Baltic Sea", "LOC"), ("Biscay", "GPE")]),
    # untouched
    (DIGEST_FEW, [("Oslo", "GPE", "Oslo"), ("Stavdal", "ORG", "Stavdal")],
     [("Oslo", "GPE"), ("Stavdal", "ORG")]),
    (DIGEST_MIXED, [("Oslo", "GPE", "Oslo"), ("Vestas", "ORG", "Vestas"),
     ("Nordex", "ORG", "Nordex"), ("Kenya", "GPE", "Kenya")],
     [("Oslo", "GPE"), ("Vestas", "ORG"), ("Nordex", "ORG"), ("Kenya", "GPE")]),
    (DIGEST_COUNTRY, [("Vestas", "ORG", "Vestas"), ("Nordex", "ORG", "Nordex"),
     ("Kenya", "GPE", "Kenya"), ("Siemens Energy", "ORG", "Siemens Energy")],
     [("Vestas", "ORG"), ("Nordex", "ORG"), ("Kenya", "GPE"), ("Siemens Energy", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), HEADS)
def test_bullet_heads(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert headed(text, marks) == want


# A name NER read as a natural place before "district", that the gazetteer knows as no town, is
# the district; untouched: a town's quarter the gazetteer knows, a river.
DISTRICTS = [
    ("Kami, from the Khumbu region of Dolakhar district, climbed it.",
     [("Dolakhar", "LOC", "Dolakhar")], [("Dolakhar", "GPE")]),
    ("Floods hit Gorvani district on Monday.", [("Gorvani", "LOC", "Gorvani")],
     [("Gorvani", "GPE")]),
    ("Landslides buried homes in Tamsar district.", [("Tamsar", "LOC", "Tamsar")],
     [("Tamsar", "GPE")]),
    # untouched
    ("Shops in the Shibuya district closed.", [("Shibuya", "LOC", "Shibuya")],
     [("Shibuya", "LOC")]),
    ("The Ravi river district flooded.", [("Ravi", "LOC", "Ravi")], [("Ravi", "LOC")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), DISTRICTS)
def test_natural_places_before_district(
    text: str, marks: list[Mark], want: list[tuple[str, str]]
) -> None:
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    subdivisions(text, ents)
    assert [(text[e.start : e.end], e.type) for e in ents] == want


# Through the component: a nebula named by its kind word is a LOC (``entity_forms`` loc_head
# "nebula"); a phone named "Galaxy" is untouched by it.
COMPONENT = [
    ("The telescope's first images showed the Trifid Nebula and the Lagoon Nebula.",
     {"Trifid Nebula": "LOC", "Lagoon Nebula": "LOC"}),
    ("Astronomers said the Crab Nebula was brighter than expected.", {"Crab Nebula": "LOC"}),
    ("A mosaic of the Orion Nebula was released on Tuesday.", {"Orion Nebula": "LOC"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), COMPONENT)
def test_component(run, text: str, want: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2025-05-12")
    got = by_mention(brief, "type")
    assert {k: got.get(k) for k in want} == want

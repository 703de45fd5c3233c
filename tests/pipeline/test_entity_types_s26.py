"""Entity types, session 26 (issue 13, types by a name's FORM and its sentence's ROLE): a model
designation is a product (``entities.model_forms``) in the one vote per name
(``entities.evidence.document_types``). On plain mention lists (no model). Invented texts; each
rule has three new cases of its family and cases that must stay untouched."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.evidence import document_types
from briefx.pipeline.entities.model_forms import STRONG, WEAK, designation_weight, product_cue
from briefx.pipeline.entities.places import motion_words, reached_place, subdivision_types
from tests.pipeline.conftest import refined

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


FORMS = [
    ("Orion-4", STRONG), ("ZK-118", STRONG), ("Vega-C", STRONG), ("Lyra-3", STRONG),
    ("T12", WEAK), ("T12 Pro", WEAK), ("MVA-BN", WEAK), ("Skyscoop 600", WEAK),
    # no designation: a period, a group, a year, a disease, a league, a plain name, a road
    ("Q3", 0), ("G20", 0), ("Euro 2028", 0), ("COVID-19", 0), ("Ligue 1", 0), ("Avionord", 0),
    ("M25", 0), ("Mercedes-Benz", 0),
]  # fmt: skip


@pytest.mark.parametrize(("word", "weight"), FORMS)
def test_designation_weight(word: str, weight: int) -> None:
    assert designation_weight(word) == weight


CUES = [
    ("Regulators approved Novatrex's ", " for adults.", True),
    ("The lab will release ", " later this week.", True),
    ("It ordered 2 million doses of ", ", the agency said.", True),
    ("A ", " rocket lifted off.", True),
    ("They bought 24 ", " amphibious aircraft.", True),
    ("Avio, which makes the ", ", said", True),
    # untouched: a name as a speaker, after a place preposition
    ("On Tuesday ", " said it would", False),
    ("Talks in ", " ended.", False),
]


@pytest.mark.parametrize(("before", "after", "want"), CUES)
def test_product_cue(before: str, after: str, want: bool) -> None:
    assert product_cue(before, after) is want


# A designation NER or the unknown names read as a body, a site or an event is a product where
# the form is strong or a cue of its sentence backs it; untouched: a code whose text makes it a
# body ("X said it would ... its"), a code without a cue, a league with a number.
DESIGNATIONS = [
    ("Meridia Labs released Orion-4, its newest model, and said Orion-4 was free.",
     [("Meridia Labs", "ORG", "Meridia Labs"), ("Orion-4", "ORG", "Orion-4"),
      ("Orion-4", "ORG", "Orion-4")],
     [("Meridia Labs", "ORG", "Meridia Labs"), ("Orion-4", "PRODUCT", "Orion-4"),
      ("Orion-4", "PRODUCT", "Orion-4")]),
    ("A Lyra-3 rocket lifted off on Tuesday, the fourth Lyra-3 flight.",
     [("Lyra-3", "FAC", "Lyra-3"), ("Lyra-3", "FAC", "Lyra-3")],
     [("Lyra-3", "PRODUCT", "Lyra-3"), ("Lyra-3", "PRODUCT", "Lyra-3")]),
    ("The navy will buy 12 Kestrel 400 patrol drones this year.",
     [("Kestrel 400", "EVENT", "Kestrel 400")], [("Kestrel 400", "PRODUCT", "Kestrel 400")]),
    ("Prices of Solvane's K7 Max rose 4% in May.",
     [("Solvane", "ORG", "Solvane"), ("K7 Max", "ORG", "K7 Max")],
     [("Solvane", "ORG", "Solvane"), ("K7 Max", "PRODUCT", "K7 Max")]),
    # untouched
    ("Telco-9 said it would cut its prices by 5% from June.",
     [("Telco-9", "ORG", "Telco-9")], [("Telco-9", "ORG", "Telco-9")]),
    ("D66 won 12 seats in the vote.", [("D66", "ORG", "D66")], [("D66", "ORG", "D66")]),
    ("Fans of Ligue 1 watched the final.", [("Ligue 1", "ORG", "Ligue 1")],
     [("Ligue 1", "ORG", "Ligue 1")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), DESIGNATIONS)
def test_designations_by_form(
    text: str, marks: list[Mark], want: list[tuple[str, str, str]]
) -> None:
    assert voted(text, marks) == want


REACHED = [
    ("The peloton climbs to ", True),
    ("The convoy drove from Gulu to ", True),
    ("Firefighters said the blaze was moving toward ", True),
    ("Heavy rain closed the road to ", True),
    ("The operator said a hot-water pipe to ", True),
    # untouched: a place after an article, a firm a worker goes to, a cause, a share price
    ("The guests drove to the ", False),
    ("She will move to ", False),
    ("The delay could lead to ", False),
    ("Shares rose to ", False),
]


@pytest.mark.parametrize(("before", "want"), REACHED)
def test_reached_place(before: str, want: bool) -> None:
    assert reached_place(before) is want


# A name NER read as a body, a person, a product or an event is a place where it is reached ("the
# peloton climbs to X"); untouched: a side named after its town, a listed firm, a name that opens
# with a given name, a body by its head word.
PLACES_REACHED = [
    ("The peloton climbs to Peyrelade on Thursday.", [("Peyrelade", "ORG", "Peyrelade")],
     [("Peyrelade", "GPE", "Peyrelade")]),
    ("Crews said the fire was moving toward Kettle Falls.",
     [("Kettle Falls", "PERSON", "Kettle Falls")], [("Kettle Falls", "GPE", "Kettle Falls")]),
    ("The convoy drove from Gulu to Kitgum on Monday.", [("Gulu", "GPE", "Gulu"),
     ("Kitgum", "EVENT", "Kitgum")], [("Gulu", "GPE", "Gulu"), ("Kitgum", "GPE", "Kitgum")]),
    # untouched
    ("Aberdeen travel to Dundee on Wednesday.",
     [("Aberdeen", "ORG", "Aberdeen F.C."), ("Dundee", "ORG", "Dundee United F.C.")],
     [("Aberdeen", "ORG", "Aberdeen F.C."), ("Dundee", "ORG", "Dundee United F.C.")]),
    ("Orders were shipped to Tesco on Friday.", [("Tesco", "ORG", "Tesco")],
     [("Tesco", "ORG", "Tesco")]),
    ("Travellers to Marlow Regional Council complained.", [("Marlow Regional Council", "ORG", "Marlow Regional Council")],
     [("Marlow Regional Council", "ORG", "Marlow Regional Council")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), PLACES_REACHED)
def test_places_reached(text: str, marks: list[Mark], want: list[tuple[str, str, str]]) -> None:
    assert voted(text, marks) == want


def typed_places(text: str, marks: list[Mark]) -> list[tuple[str, str]]:
    """Run ``places.subdivision_types`` over mentions at the marks: (surface, type)."""
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    subdivision_types(text, ents)
    return [(text[e.start : e.end], e.type) for e in ents]


# A first-level subdivision of a country the document names is a GPE whatever its head word
# ("Cape") or its missing "Islands"; a region two or more subdivisions divide is a LOC.
# Untouched: a direction alone, a subdivision of a country the document does not name, a
# side, a country that a state's name holds ("Western Australia").
SUBDIVISIONS = [
    ("Jobs in South Africa rose in the Northern Cape.",
     [("South Africa", "GPE", "South Africa"), ("Northern Cape", "LOC", "Northern Cape")],
     [("South Africa", "GPE"), ("Northern Cape", "GPE")]),
    ("Scotland's islands: turnout in Shetland was 61%.",
     [("Scotland", "GPE", "Scotland"), ("Shetland", "LOC", "Shetland")],
     [("Scotland", "GPE"), ("Shetland", "GPE")]),
    ("In South Africa the Free State lost 9,000 jobs.",
     [("South Africa", "GPE", "South Africa"), ("Free State", "ORG", "Free State")],
     [("South Africa", "GPE"), ("Free State", "GPE")]),
    ("Fighting spread across Kordofan.", [("Kordofan", "ORG", "Kordofan")],
     [("Kordofan", "LOC")]),
    ("Smelters in Sulawesi got tax breaks.", [("Sulawesi", "GPE", "Sulawesi")],
     [("Sulawesi", "LOC")]),
    ("Aid reached Equatoria on Monday.", [("Equatoria", "PERSON", "Equatoria")],
     [("Equatoria", "LOC")]),
    # untouched
    ("In South Africa the North West lost jobs.",
     [("South Africa", "GPE", "South Africa"), ("North West", "LOC", "North West")],
     [("South Africa", "GPE"), ("North West", "LOC")]),
    ("Jobs rose in the Northern Cape.", [("Northern Cape", "LOC", "Northern Cape")],
     [("Northern Cape", "LOC")]),
    ("Rain fell across Western Australia.", [("Western Australia", "GPE", "Western Australia")],
     [("Western Australia", "GPE")]),
    ("House prices rose in Sussex.", [("Sussex", "GPE", "Sussex")], [("Sussex", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), SUBDIVISIONS)
def test_subdivision_types(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert typed_places(text, marks) == want


# A name's role in its sentence types it: a maker's noun before "of", a product noun or "brands"
# before "such as" (with the rest of the list), a kind noun before "called"/"known as", a flag
# before a vessel. Untouched: a maker's possessive inside the list ("vehicles such as Sakura
# Motors' Aoba"), "such as" after a body's noun, a firm that speaks.
ROLES = [
    ("Velatrix, maker of Lumo, raised prices.",
     [("Velatrix", "ORG", "Velatrix"), ("Lumo", "GPE", "Lumo")],
     [("Velatrix", "ORG", "Velatrix"), ("Lumo", "PRODUCT", "Lumo")]),
    ("It owns brands such as Krunchies, Dazzlers and Toffix.",
     [("Krunchies", "ORG", "Krunchies"), ("Dazzlers", "ORG", "Dazzlers"),
      ("Toffix", "ORG", "Toffix")],
     [("Krunchies", "PRODUCT", "Krunchies"), ("Dazzlers", "PRODUCT", "Dazzlers"),
      ("Toffix", "PRODUCT", "Toffix")]),
    ("The probe, called SPARK, will map the ice.", [("SPARK", "ORG", "SPARK")],
     [("SPARK", "PRODUCT", "SPARK")]),
    ("The storm, known locally as Agaton, hit Samar.",
     [("Agaton", "PERSON", "Agaton"), ("Samar", "GPE", "Samar")],
     [("Agaton", "EVENT", "Agaton"), ("Samar", "GPE", "Samar")]),
    ("The Liberian-flagged Ocean Pearl ran aground.", [("Ocean Pearl", "LOC", "Ocean Pearl")],
     [("Ocean Pearl", "PRODUCT", "Ocean Pearl")]),
    # untouched
    ("Sales were led by hybrid vehicles such as Sakura Motors' Aoba HV-4.",
     [("Sakura Motors", "ORG", "Sakura Motors"), ("Aoba HV-4", "PRODUCT", "Aoba HV-4")],
     [("Sakura Motors", "ORG", "Sakura Motors"), ("Aoba HV-4", "PRODUCT", "Aoba HV-4")]),
    ("Lenders such as Halden Bank and Orrin Capital cut rates.",
     [("Halden Bank", "ORG", "Halden Bank"), ("Orrin Capital", "ORG", "Orrin Capital")],
     [("Halden Bank", "ORG", "Halden Bank"), ("Orrin Capital", "ORG", "Orrin Capital")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), ROLES)
def test_roles(text: str, marks: list[Mark], want: list[tuple[str, str, str]]) -> None:
    assert voted(text, marks) == want


# The names of a list before one plural facility word are facilities; a firm by its name's last
# word ("Metals", "Minerals") before a facility word owns it. Untouched: a firm of a list, a
# town before a plural word of the gazetteer, a list before a singular word.
FACILITY_LISTS = [
    ("It will spend $2 billion at its Los Halcones and Punta Roja mines.",
     [("Los Halcones", "ORG"), ("Punta Roja", "ORG")],
     [("Los Halcones", "FAC"), ("Punta Roja", "FAC")]),
    ("Crews reopened the Quelby, Kestle and Varrow terminals on Monday.",
     [("Quelby", "PERSON"), ("Kestle", "ORG"), ("Varrow", "PRODUCT")],
     [("Quelby", "FAC"), ("Kestle", "FAC"), ("Varrow", "FAC")]),
    ("Smoke rose over the Arkon Metals smelter.", [("Arkon Metals", "ORG")],
     [("Arkon Metals", "ORG")]),
    ("Output fell at the Teniente Sur and Loma Alta copper mines.",
     [("Teniente Sur", "GPE"), ("Loma Alta", "ORG")],
     [("Teniente Sur", "FAC"), ("Loma Alta", "FAC")]),
    # untouched
    ("Glencore and Rio Tinto mines were idle.", [("Glencore", "ORG"), ("Rio Tinto", "ORG")],
     [("Glencore", "ORG"), ("Rio Tinto", "ORG")]),
    ("Talks between Orrin Mining and the union over its mines stalled.",
     [("Orrin Mining", "ORG")], [("Orrin Mining", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), FACILITY_LISTS)
def test_facility_lists(
    text: str, spans: list[tuple[str, str]], want: list[tuple[str, str]]
) -> None:
    assert [(s, t) for s, t, _ in refined(text, spans, frozenset())] == want


# Who watches at a venue makes it a facility; untouched: a town of 15,000, a side.
AUDIENCES = [
    ("A crowd of 41,200 watched at Kenmore Park.", [("Kenmore Park", "LOC", "Kenmore Park")],
     [("Kenmore Park", "FAC", "Kenmore Park")]),
    ("They won in front of 58,000 fans at Dalmarnock.", [("Dalmarnock", "ORG", "Dalmarnock")],
     [("Dalmarnock", "FAC", "Dalmarnock")]),
    ("More than 30,000 spectators at Tyneholm saw it.", [("Tyneholm", "GPE", "Tyneholm")],
     [("Tyneholm", "FAC", "Tyneholm")]),
    # untouched
    ("Fans at Leeds were angry.", [("Leeds", "GPE", "Leeds")], [("Leeds", "GPE", "Leeds")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), AUDIENCES)
def test_audiences(text: str, marks: list[Mark], want: list[tuple[str, str, str]]) -> None:
    assert voted(text, marks) == want


def test_place_reached_by_natural_head() -> None:
    text = "Snow closed the road to Kessel Pass on Tuesday."
    assert voted(text, [("Kessel Pass", "ORG", "Kessel Pass")]) == [
        ("Kessel Pass", "LOC", "Kessel Pass")
    ]


def test_subdivision_in_its_own_case() -> None:
    """The gazetteer writes "Kwazulu-Natal": a subdivision is found in title case too."""
    text = "Jobs in South Africa rose in KwaZulu-Natal."
    marks = [("South Africa", "GPE", "South Africa"), ("KwaZulu-Natal", "ORG", "KwaZulu-Natal")]
    assert typed_places(text, marks) == [("South Africa", "GPE"), ("KwaZulu-Natal", "GPE")]


# A site that speaks is its operator, and a name before a possessive is an owner, not the site
# where work is done. Untouched: a site where work is done, a site nothing speaks for.
SITES = [
    ("Kestrel Arena said the concert was cancelled.", [("Kestrel Arena", "FAC", "Kestrel Arena")],
     [("Kestrel Arena", "ORG", "Kestrel Arena")]),
    ("Port Talbot Steelworks announced 300 job cuts.",
     [("Port Talbot Steelworks", "FAC", "Port Talbot Steelworks")],
     [("Port Talbot Steelworks", "ORG", "Port Talbot Steelworks")]),
    ("Output at Varrow's Teniente Sur mine rose 4%.", [("Varrow", "ORG", "Varrow")],
     [("Varrow", "ORG", "Varrow")]),
    # untouched
    ("Output at Teniente Sur rose 4%.", [("Teniente Sur", "ORG", "Teniente Sur")],
     [("Teniente Sur", "FAC", "Teniente Sur")]),
    ("Fans queued outside Kestrel Arena.", [("Kestrel Arena", "FAC", "Kestrel Arena")],
     [("Kestrel Arena", "FAC", "Kestrel Arena")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), SITES)
def test_sites(text: str, marks: list[Mark], want: list[tuple[str, str, str]]) -> None:
    assert voted(text, marks) == want


def _alternation_reading(before: str) -> bool:
    """The reading before session 45, as one regular expression over every motion word: the
    reference ``reached_place`` must agree with."""
    alt = "|".join(sorted(motion_words(), key=len, reverse=True))
    return bool(
        re.search(
            rf"(?:\b(?:{alt})(?: (?:up|down|back|on|out|inland|onward|onwards|north|south|east"
            r"|west))?(?: from [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})? (?:to|into|toward|towards)"
            r"|\b(?:[Tt]oward|[Tt]owards)) \Z",
            before,
        )
    )


TAIL_WORDS = [
    "drove", "climbs", "road", "moved", "Drove", "re-route", "outrun", "the", "shares", "rose",
    "up", "on", "back", "north", "from", "Gulu", "New", "York", "de", "X-ray", "pipe", "2", "é",
    "walked", "marched", "headed", "towards", "toward", "Toward", "to", "into", ",", "'s",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(TAIL_WORDS), st.sampled_from([" ", " ", "-", "'", ""])),
        max_size=7,
    )
)
def test_reached_place_reads_as_the_alternation_did(pieces: list[tuple[str, str]]) -> None:
    """Words of motion, particles, "from" and names, joined by spaces, hyphens, apostrophes or
    nothing: the set lookup reads every tail as the one long alternation read it."""
    before = "".join(w + sep for w, sep in pieces).rstrip() + " "
    assert reached_place(before) is _alternation_reading(before)

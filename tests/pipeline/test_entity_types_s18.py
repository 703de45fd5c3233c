"""Entity types, session 18 (issue 13: types in ordinary news prose): one name, one type by the
document's evidence for a firm or a person (``coref.person_or_org``), utilities named by a place
and their business (``joins.business_names``), power stations named by their town
(``context.facilities``), a river beside the utility named after it and a canal beside the
body that runs it (``coref.short_forms``). On
plain mention lists (no model) and through the component. Invented texts; each rule has three
new cases of its family and cases that must stay untouched.

New cases go in the table of their rule; a known miss stays in its table as a strict xfail."""

from __future__ import annotations

import pytest

from briefx.pipeline.entities.context import lone_bodies
from briefx.pipeline.entities.facilities import match_venues
from briefx.pipeline.entities.joins import business_names
from tests.pipeline.conftest import by_mention, ents_of, linked_marks, refined

ENGLISH = frozenset(
    {"said", "rose", "fell", "drinking", "clean", "water", "officials", "nuclear", "power"}
)

# (text, marks (surface, type, name before linking), want (surface, type, name) after linking)
PERSON_OR_ORG = [
    # what only a firm has: "sales at X", "shares of X", "X said its", "X, which", "X and its"
    ("Sales at Varenne Castel fell 8% in May.",
     [("Varenne Castel", "PERSON", "Varenne Castel")],
     [("Varenne Castel", "ORG", "Varenne Castel")]),
    ("Okonkwo Adeyemi said its stores in Lagos would close.",
     [("Okonkwo Adeyemi", "PERSON", "Okonkwo Adeyemi"), ("Lagos", "GPE", "Lagos")],
     [("Okonkwo Adeyemi", "ORG", "Okonkwo Adeyemi"), ("Lagos", "GPE", "Lagos")]),
    ("Talbot Reyes, which owns two hotels, rose 4%.",
     [("Talbot Reyes", "PERSON", "Talbot Reyes")],
     [("Talbot Reyes", "ORG", "Talbot Reyes")]),
    ("Kessmann Lohr said it had closed a shaft at its Vaal mine.",
     [("Kessmann Lohr", "PERSON", "Kessmann Lohr")],
     [("Kessmann Lohr", "ORG", "Kessmann Lohr")]),
    ("Ardley Voss said it would open a store in Dubai.",
     [("Ardley Voss", "PERSON", "Ardley Voss"), ("Dubai", "GPE", "Dubai")],
     [("Ardley Voss", "ORG", "Ardley Voss"), ("Dubai", "GPE", "Dubai")]),
    # a list of firms: the name beside a firm is a firm
    ("Hale & Dorsey and Pemberton Quaile were legal advisers.",
     [("Hale & Dorsey", "ORG", "Hale & Dorsey"), ("Pemberton Quaile", "PERSON", "Pemberton Quaile")],
     [("Hale & Dorsey", "ORG", "Hale & Dorsey"), ("Pemberton Quaile", "ORG", "Pemberton Quaile")]),
    # a person's evidence: a role in apposition, "said he", a given name, a surname alone
    ("K. Raghavan, chairman of Suntara Foods, said sales rose. Raghavan said more.",
     [("Raghavan", "ORG", "Raghavan"), ("Suntara Foods", "ORG", "Suntara Foods"),
      ("Raghavan", "ORG", "Raghavan")],
     [("K. Raghavan", "PERSON", "K. Raghavan"), ("Suntara Foods", "ORG", "Suntara Foods"),
      ("Raghavan", "PERSON", "K. Raghavan")]),
    ("Olusegun Badejo, deputy head of Kintara Steel, said output fell.",
     [("Olusegun Badejo", "ORG", "Olusegun Badejo"), ("Kintara Steel", "ORG", "Kintara Steel")],
     [("Olusegun Badejo", "PERSON", "Olusegun Badejo"), ("Kintara Steel", "ORG", "Kintara Steel")]),
    # a surname NER typed a body after the person's full name
    ("Mira Castellane said sales rose. Castellane added more.",
     [("Mira Castellane", "PERSON", "Mira Castellane"), ("Castellane", "ORG", "Castellane")],
     [("Mira Castellane", "PERSON", "Mira Castellane"),
      ("Castellane", "PERSON", "Mira Castellane")]),
    # untouched: a person with a person's evidence, a verb "shares", an expletive "it"
    ("Arturo Benedetti said it would open a store in Rome.",
     [("Arturo Benedetti", "PERSON", "Arturo Benedetti"), ("Rome", "GPE", "Rome")],
     [("Arturo Benedetti", "PERSON", "Arturo Benedetti"), ("Rome", "GPE", "Rome")]),
    ("Dana Whitcombe said he would stay. Sales at Whitcombe rose.",
     [("Dana Whitcombe", "PERSON", "Dana Whitcombe"), ("Whitcombe", "PERSON", "Dana Whitcombe")],
     [("Dana Whitcombe", "PERSON", "Dana Whitcombe"), ("Whitcombe", "PERSON", "Dana Whitcombe")]),
    ("Officials met Ostrova. Ostrova shares the view.",
     [("Ostrova", "PERSON", "Ostrova"), ("Ostrova", "PERSON", "Ostrova")],
     [("Ostrova", "PERSON", "Ostrova"), ("Ostrova", "PERSON", "Ostrova")]),
    ("Halloran Price said it would be hard.",
     [("Halloran Price", "PERSON", "Halloran Price")],
     [("Halloran Price", "PERSON", "Halloran Price")]),
    ("Brightwell Holdings, chairman of the board, met Marlow.",
     [("Brightwell Holdings", "ORG", "Brightwell Holdings"), ("Marlow", "GPE", "Marlow")],
     [("Brightwell Holdings", "ORG", "Brightwell Holdings"), ("Marlow", "GPE", "Marlow")]),
]  # fmt: skip


FIRMS_TYPED_PLACES = [
    # a firm's holding around a name NER typed a place, listed or unknown to the place tables
    ("Shares in Rio Tinto slipped.", [("Rio Tinto", "GPE", "Rio Tinto")],
     [("Rio Tinto", "ORG", "Rio Tinto")]),
    ("Foxconn's shareholders approved the deal.", [("Foxconn", "GPE", "Foxconn")],
     [("Foxconn", "ORG", "Foxconn")]),
    ("Sales at Balenciaga fell 9%.", [("Balenciaga", "GPE", "Balenciaga")],
     [("Balenciaga", "ORG", "Balenciaga")]),
    # untouched: a country's market, a town's plants, a town's sales
    ("Sales in Germany fell.", [("Germany", "GPE", "Germany")], [("Germany", "GPE", "Germany")]),
    ("The group would close two plants in Ludwigshafen.",
     [("Ludwigshafen", "GPE", "Ludwigshafen")], [("Ludwigshafen", "GPE", "Ludwigshafen")]),
    ("Car sales in Kowloon rose.", [("Kowloon", "GPE", "Kowloon")],
     [("Kowloon", "GPE", "Kowloon")]),
]  # fmt: skip
PERSON_OR_ORG += FIRMS_TYPED_PLACES
# a listed firm's name NER typed a person (models/companies.jsonl), unless a given name opens it
PERSON_OR_ORG += [
    ("Goldman Sachs advised the buyer.", [("Goldman Sachs", "PERSON", "Goldman Sachs")],
     [("Goldman Sachs", "ORG", "Goldman Sachs")]),
    ("Rolls-Royce won the order.", [("Rolls-Royce", "PERSON", "Rolls-Royce")],
     [("Rolls-Royce", "ORG", "Rolls-Royce")]),
    ("Marks & Spencer cut prices.", [("Marks & Spencer", "PERSON", "Marks & Spencer")],
     [("Marks & Spencer", "ORG", "Marks & Spencer")]),
    ("Ralph Lauren waved to the crowd.", [("Ralph Lauren", "PERSON", "Ralph Lauren")],
     [("Ralph Lauren", "PERSON", "Ralph Lauren")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), PERSON_OR_ORG)
def test_person_or_org(
    text: str, marks: list[tuple[str, str, str]], want: list[tuple[str, str, str]]
) -> None:
    assert linked_marks(text, marks, ENGLISH) == want


# (text, NER's spans, want: (surface, type, name) of every mention after the rule)
BUSINESS = [
    # a place and a utility's word NER left untagged or cut: one ORG
    ("Ofwat fined Northumbrian Water on Monday.", [("Water", "PERSON")],
     [("Northumbrian Water", "ORG", "Northumbrian Water")]),
    ("Bills at Anglian Water rose.", [], [("Anglian Water", "ORG", "Anglian Water")]),
    ("Passengers said Sydney Trains cut services.", [("Sydney", "GPE")],
     [("Sydney Trains", "ORG", "Sydney Trains")]),
    ("Engineers at Welsh Water fixed the main.", [("Welsh", "NORP")],
     [("Welsh Water", "ORG", "Welsh Water")]),
    # a name typed a person that ends with a utility's word
    ("Regulators said Dorset Water had met its targets.", [("Dorset Water", "PERSON")],
     [("Dorset Water", "ORG", "Dorset Water")]),
    ("Customers of Harbour Gas complained.", [("Harbour Gas", "PERSON")],
     [("Harbour Gas", "ORG", "Harbour Gas")]),
    # untouched: a sentence's first English word, a longer name, a title word
    ("Drinking Water standards fell.", [], []),
    ("The Clean Water Act passed.", [("Clean Water Act", "LAW")],
     [("Clean Water Act", "LAW", "Clean Water Act")]),
    ("Minister Water spoke.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), BUSINESS)
def test_business_names(
    text: str, spans: list[tuple[str, str]], want: list[tuple[str, str, str]]
) -> None:
    ents = ents_of(text, spans)
    business_names(text, ents, ENGLISH)
    assert [(text[e.start : e.end], e.type, e.name) for e in ents] == want


# (text, NER's spans, the mention's want (surface, type)): a town before a power station's words
POWER_SITES = [
    ("Hydro One said its Pickering nuclear station would run.", [("Pickering", "GPE")],
     ("Pickering", "FAC")),
    ("Crews returned to the Darlington power station.", [("Darlington", "ORG")],
     ("Darlington", "FAC")),
    ("Output at the Heysham nuclear plant fell.", [("Heysham", "GPE")], ("Heysham", "FAC")),
    # untouched: a carmaker's plant in a town, a firm's plant
    ("Toyota said the Tahara plant would close.", [("Tahara", "GPE")], ("Tahara", "GPE")),
    ("Workers at the Ford plant voted.", [("Ford", "ORG")], ("Ford", "ORG")),
]  # fmt: skip


# structures of water control by their head word (entity_forms fac_head, session 18)
POWER_SITES += [
    ("Water was released from the Farakka Barrage on Monday.", [("Farakka Barrage", "ORG")],
     ("Farakka Barrage", "FAC")),
    ("The Bonnet Carré Spillway was opened.", [("Bonnet Carré Spillway", "ORG")],
     ("Bonnet Carré Spillway", "FAC")),
    ("Tourists crossed the Pontcysyllte Aqueduct.", [("Pontcysyllte Aqueduct", "LOC")],
     ("Pontcysyllte Aqueduct", "FAC")),
    ("Engineers closed the Thames Barrier twice.", [("Thames Barrier", "ORG")],
     ("Thames Barrier", "FAC")),
    # untouched: a reef is a natural place
    ("The Great Barrier Reef bleached again.", [("Great Barrier Reef", "LOC")],
     ("Great Barrier Reef", "LOC")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), POWER_SITES)
def test_power_sites(text: str, spans: list[tuple[str, str]], want: tuple[str, str]) -> None:
    got = refined(text, spans, ENGLISH)
    assert [(s, t) for s, t, _ in got if s == want[0]] == [want]


SHORT_PLACES = [
    # a river or place beside the utility named after it stays the place
    ("Thames Water said spills into the Thames fell.",
     [("Thames Water", "ORG", "Thames Water"), ("Thames", "LOC", "Thames")],
     [("Thames Water", "ORG", "Thames Water"), ("Thames", "LOC", "River Thames")]),
    ("Severn Energy said floods on the Severn cut output.",
     [("Severn Energy", "ORG", "Severn Energy"), ("Severn", "LOC", "Severn")],
     [("Severn Energy", "ORG", "Severn Energy"), ("Severn", "LOC", "Severn")]),
    ("Kerwin Power said Kerwin had grown.",
     [("Kerwin Power", "ORG", "Kerwin Power"), ("Kerwin", "GPE", "Kerwin")],
     [("Kerwin Power", "ORG", "Kerwin Power"), ("Kerwin", "GPE", "Kerwin")]),
    # untouched: a firm's first word alone is the firm
    ("Marlbrook Logistics said Marlbrook rose.",
     [("Marlbrook Logistics", "ORG", "Marlbrook Logistics"), ("Marlbrook", "ORG", "Marlbrook")],
     [("Marlbrook Logistics", "ORG", "Marlbrook Logistics"),
      ("Marlbrook", "ORG", "Marlbrook Logistics")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), SHORT_PLACES)
def test_places_beside_utilities(
    text: str, marks: list[tuple[str, str, str]], want: list[tuple[str, str, str]]
) -> None:
    assert linked_marks(text, marks, ENGLISH) == want


# (text, NER's spans, want (surface, type, name) of the second mention): a facility named by
# the first words of the body that runs it is the facility, not a short form of the body
FACILITY_BESIDE_BODY = [
    ("The Suez Canal Authority said traffic through the Suez Canal fell.",
     [("Suez Canal Authority", "ORG"), ("Suez Canal", "ORG")], ("Suez Canal", "FAC", "Suez Canal")),
    ("The Kiel Canal Board said the Kiel Canal would reopen.",
     [("Kiel Canal Board", "ORG"), ("Kiel Canal", "ORG")], ("Kiel Canal", "FAC", "Kiel Canal")),
    ("The Tappan Zee Bridge Authority said the Tappan Zee Bridge was shut.",
     [("Tappan Zee Bridge Authority", "ORG"), ("Tappan Zee Bridge", "ORG")],
     ("Tappan Zee Bridge", "FAC", "Tappan Zee Bridge")),
    # untouched: a body's short form that names no facility
    ("The Halden Water Authority said Halden Water would cut bills.",
     [("Halden Water Authority", "ORG"), ("Halden Water", "ORG")],
     ("Halden Water", "ORG", "Halden Water Authority")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), FACILITY_BESIDE_BODY)
def test_facility_beside_body(
    text: str, spans: list[tuple[str, str]], want: tuple[str, str, str]
) -> None:
    assert refined(text, spans, ENGLISH)[-1] == want


# (text, NER's spans, want {surface: type}): the ground of a match named without a head word
VENUES = [
    ("Arsenal beat Chelsea at the Emirates on Sunday.",
     [("Arsenal", "ORG"), ("Chelsea", "ORG"), ("Emirates", "LOC")], {"Emirates": "FAC"}),
    ("Scotland host Italy at Murrayfield on Sunday.",
     [("Scotland", "GPE"), ("Italy", "GPE"), ("Murrayfield", "ORG")], {"Murrayfield": "FAC"}),
    ("Inter were held 1-1 at San Siro by Torino.", [("Inter", "ORG"), ("San Siro", "ORG")],
     {"San Siro": "FAC"}),
    ("Swiatek beat Muchova 6-3 6-4 at Foro Italico on Friday.",
     [("Swiatek", "PERSON"), ("Muchova", "PERSON"), ("Foro Italico", "ORG")],
     {"Foro Italico": "FAC"}),
    # untouched: the other side's ground named by its club, a firm outside a match's clause
    ("Atalanta lost 2-1 at Fiorentina.", [("Atalanta", "ORG"), ("Fiorentina", "ORG")],
     {"Fiorentina": "ORG"}),
    ("Analysts at Barclays said Arsenal beat Chelsea.",
     [("Barclays", "ORG"), ("Arsenal", "ORG"), ("Chelsea", "ORG")], {"Barclays": "ORG"}),
    ("Dana Roe, an analyst at Corvane Research, said Samsung beat Apple.",
     [("Dana Roe", "PERSON"), ("Corvane Research", "ORG"), ("Samsung", "ORG"), ("Apple", "ORG")],
     {"Corvane Research": "ORG"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), VENUES)
def test_match_venues(text: str, spans: list[tuple[str, str]], want: dict[str, str]) -> None:
    ents = ents_of(text, spans)
    match_venues(text, ents)
    got = {text[e.start : e.end]: e.type for e in ents}
    assert {k: got[k] for k in want} == want


# (text, NER's spans, want [types]): a one-word body every mention of which is after a place's
# preposition or a verb of reaching, and never speaks, is a place
LONE_BODIES = [
    ("Hurricane Delphine made landfall near Cocodrie on Wednesday.", [("Cocodrie", "ORG")],
     ["GPE"]),
    ("Evacuees were sheltering in Sitaro.", [("Sitaro", "ORG")], ["GPE"]),
    ("Aid convoys reached Balakliia and crossed the river.", [("Balakliia", "ORG")], ["GPE"]),
    # untouched: a firm's stake, a body that speaks elsewhere, a listed firm
    ("Temasek invested in Ostrander last year.", [("Ostrander", "ORG")], ["ORG"]),
    ("Temasek is an investor in Ostrander.", [("Ostrander", "ORG")], ["ORG"]),
    ("Jobs in Kelbrook rose. Kelbrook said it would hire.",
     [("Kelbrook", "ORG"), ("Kelbrook", "ORG")], ["ORG", "ORG"]),
    ("Engineers in Google were told to return.", [("Google", "ORG")], ["ORG"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spans", "want"), LONE_BODIES)
def test_lone_bodies(text: str, spans: list[tuple[str, str]], want: list[str]) -> None:
    ents = ents_of(text, spans)
    lone_bodies(text, ents, ENGLISH)
    assert [e.type for e in ents] == want


COMPONENT = [
    (("LONDON, Aug 12 - Thames Water asked the regulator to raise bills, while Yorkshire Water "
      "filed a smaller request. Sewage spills into the Thames rose."),
     {"Thames Water": "ORG", "Yorkshire Water": "ORG", "Thames": "LOC"}),
    ("In Milan, Prada said sales at Miu Miu nearly doubled.", {"Miu Miu": "ORG"}),
    ("Hydro One said its Pickering nuclear station would run until 2026.",
     {"Pickering": "FAC"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), COMPONENT)
def test_component(run, text: str, want: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """The component: the rules over what the model read."""
    brief = run(text, reference_date="2025-05-12")
    got = by_mention(brief, "type")
    assert {k: got.get(k) for k in want} == want

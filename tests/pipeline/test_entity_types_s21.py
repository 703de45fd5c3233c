"""Entity types, session 21 (issue 13): cues the session-20 vote (``entities.evidence``) and the
sports rules (``entities.sports``) did not read. On plain mention lists (no model) and through the
component. Invented texts; each cue has three new cases of its family and cases that must stay
untouched."""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.evidence import document_types
from briefx.pipeline.entities.sports import teams
from tests.pipeline.conftest import by_mention

Mark = tuple[str, str, str]  # (surface, type the vote settled, name the linking gave)


def typed(text: str, marks: list[Mark]) -> list[tuple[str, str]]:
    """Run the vote over mentions at the marks' next occurrences: (surface, type) after it."""
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    document_types(text, ents)
    return [(text[e.start : e.end], e.type) for e in ents]


def same(marks: list[Mark]) -> list[tuple[str, str]]:
    return [(s, t) for s, t, _ in marks]


# A firm named after a person: what is owned or taken over ("the owner of X", "the takeover of
# X"; entity_forms kind firm_owned) and a brand's noun right after the name ("the X label", "X
# stores"; kind brand_noun) are no person's; a list after the cue is reached too.
EPONYMS = [
    ("Corvane Group, the owner of Ellis Marlow and Dunmore, said sales fell.",
     [("Corvane Group", "ORG", "Corvane Group"), ("Ellis Marlow", "PERSON", "Ellis Marlow"),
      ("Dunmore", "ORG", "Dunmore")],
     [("Corvane Group", "ORG"), ("Ellis Marlow", "ORG"), ("Dunmore", "ORG")]),
    ("The takeover of Henry Ashdown was approved. Henry Ashdown cut prices.",
     [("Henry Ashdown", "PERSON", "Henry Ashdown"), ("Henry Ashdown", "PERSON", "Henry Ashdown")],
     [("Henry Ashdown", "ORG"), ("Henry Ashdown", "ORG")]),
    ("The designer Nina Varga label will close four shops.",
     [("Nina Varga", "PERSON", "Nina Varga")], [("Nina Varga", "ORG")]),
    ("Sales at Oscar Bellamy stores rose 4%, and Oscar Bellamy said it would hire.",
     [("Oscar Bellamy", "PERSON", "Oscar Bellamy"), ("Oscar Bellamy", "PERSON", "Oscar Bellamy")],
     [("Oscar Bellamy", "ORG"), ("Oscar Bellamy", "ORG")]),
    ("Analysts expect the Clara Jensen brand to grow.", [("Clara Jensen", "PERSON", "Clara Jensen")],
     [("Clara Jensen", "ORG")]),
    # untouched: a person who owns, a firm's owner named, a person's own family or stores of a firm
    ("Ruth Calder, the owner of the bakery, said she would sell.",
     [("Ruth Calder", "PERSON", "Ruth Calder")], [("Ruth Calder", "PERSON")]),
    ("The owner of Ravelstone, Tom Hadley, 58, said he would stay.",
     [("Ravelstone", "ORG", "Ravelstone"), ("Tom Hadley", "PERSON", "Tom Hadley")],
     [("Ravelstone", "ORG"), ("Tom Hadley", "PERSON")]),
    ("Ian Moss said the stores would stay open.", [("Ian Moss", "PERSON", "Ian Moss")],
     [("Ian Moss", "PERSON")]),
]  # fmt: skip

# Facilities named without their head word: what is held, loaded or mined at them (entity_forms
# kind fac_work before "at"), for a name no town of 15,000 bears; and a river after "along the"
# for a name typed a body.
FACILITIES = [
    ("Containers were held at Brackwater as crane drivers walked out.",
     [("Brackwater", "GPE", "Brackwater")], [("Brackwater", "FAC")]),
    ("Copper output at Quenara rose 7%.", [("Quenara", "GPE", "Quenara")], [("Quenara", "FAC")]),
    ("Cargo piled up at Harwich after the strike.", [("Harwich", "GPE", "Harwich")],
     [("Harwich", "FAC")]),
    ("Tankers queued at Solmar, Devik and Port Ansel for a week.",
     [("Solmar", "ORG", "Solmar"), ("Devik", "GPE", "Devik"), ("Port Ansel", "GPE", "Port Ansel")],
     [("Solmar", "FAC"), ("Devik", "FAC"), ("Port Ansel", "FAC")]),
    ("Flash floods along the Varsk forced 8,000 people from their homes.",
     [("Varsk", "ORG", "Varsk")], [("Varsk", "LOC")]),
    ("Villages along the Hollin were evacuated.", [("Hollin", "PERSON", "Hollin")],
     [("Hollin", "LOC")]),
    ("Boats along the Tessel were moored.", [("Tessel", "ORG", "Tessel")], [("Tessel", "LOC")]),
    # an event's venue after "at" (context: the event typed EVENT)
    ("The Harlow Open at Kestrel Downs drew 40,000 fans.",
     [("Harlow Open", "EVENT", "Harlow Open"), ("Kestrel Downs", "ORG", "Kestrel Downs")],
     [("Harlow Open", "EVENT"), ("Kestrel Downs", "FAC")]),
    ("Tickets for the Varsity Cup final at Marlow Park sold out.",
     [("Varsity Cup", "EVENT", "Varsity Cup"), ("Marlow Park", "PERSON", "Marlow Park")],
     [("Varsity Cup", "EVENT"), ("Marlow Park", "FAC")]),
    ("The Tessel Marathon finished at Brandon Square on Sunday.",
     [("Tessel Marathon", "EVENT", "Tessel Marathon"), ("Brandon Square", "GPE", "Brandon Square")],
     [("Tessel Marathon", "EVENT"), ("Brandon Square", "FAC")]),
    ("The Harlow Open at Leeds drew 40,000 fans.",
     [("Harlow Open", "EVENT", "Harlow Open"), ("Leeds", "GPE", "Leeds")],
     [("Harlow Open", "EVENT"), ("Leeds", "GPE")]),
    # what happens off a coast or an island
    ("A magnitude 6.8 earthquake struck off Tavuna on Tuesday.", [("Tavuna", "ORG", "Tavuna")],
     [("Tavuna", "LOC")]),
    ("A ferry capsized off Malreo, killing 12.", [("Malreo", "PERSON", "Malreo")],
     [("Malreo", "LOC")]),
    ("The navy intercepted a tanker off Kessa Point.", [("Kessa Point", "ORG", "Kessa Point")],
     [("Kessa Point", "LOC")]),
    ("A trawler sank off Dover.", [("Dover", "GPE", "Dover")], [("Dover", "GPE")]),
    ("The firm paid off Korrin, its lender.", [("Korrin", "ORG", "Korrin")], [("Korrin", "ORG")]),
    # untouched: a big city after "at" (its port or plant is the city), a listed firm, a town
    # after "along the" ("along the Lisbon road" is no river), a place after "along"
    ("Production at Hamburg rose 3%.", [("Hamburg", "GPE", "Hamburg")], [("Hamburg", "GPE")]),
    ("Production at Dover fell.", [("Dover", "GPE", "Dover")], [("Dover", "GPE")]),
    ("Ships at Hamburg waited.", [("Hamburg", "GPE", "Hamburg")], [("Hamburg", "GPE")]),
    ("Production at Toyota fell in May.", [("Toyota", "ORG", "Toyota")], [("Toyota", "ORG")]),
    ("Cars queued along the Leeds ring road.", [("Leeds", "GPE", "Leeds")], [("Leeds", "GPE")]),
]  # fmt: skip


# A firm named after its town, and the town in one text: a mention with its own strong place cue
# ("prices in X", a town NER typed a body) is the place where other mentions say "firm" strongly.
TOWN_FIRMS = [
    (("Harrogate said its lending rose, and Harrogate's chief executive said rates would fall. "
      "Prices in Harrogate rose 3%."),
     [("Harrogate", "ORG", "Harrogate"), ("Harrogate", "ORG", "Harrogate"),
      ("Harrogate", "ORG", "Harrogate")],
     [("Harrogate", "ORG"), ("Harrogate", "ORG"), ("Harrogate", "GPE")]),
    (("Shares of Wakefield fell. Wakefield chief executive Jo Ward said house prices in Wakefield "
      "and Leeds were flat."),
     [("Wakefield", "ORG", "Wakefield"), ("Wakefield", "ORG", "Wakefield"),
      ("Jo Ward", "PERSON", "Jo Ward"), ("Wakefield", "ORG", "Wakefield"), ("Leeds", "GPE", "Leeds")],
     [("Wakefield", "ORG"), ("Wakefield", "ORG"), ("Jo Ward", "PERSON"), ("Wakefield", "GPE"),
      ("Leeds", "GPE")]),
    ("The lender Swindon said savings rose. Swindon said branches in Swindon would stay open.",
     [("Swindon", "ORG", "Swindon"), ("Swindon", "ORG", "Swindon"), ("Swindon", "ORG", "Swindon")],
     [("Swindon", "ORG"), ("Swindon", "ORG"), ("Swindon", "GPE")]),
    # untouched: no other mention says "firm" strongly (the vote decides the whole name), a
    # possessive after the town
    ("Swindon said it would hire. Jobs in Swindon rose.",
     [("Swindon", "ORG", "Swindon"), ("Swindon", "ORG", "Swindon")],
     [("Swindon", "GPE"), ("Swindon", "GPE")]),
    ("Shares of Wakefield fell, and staff in Wakefield's branches were told.",
     [("Wakefield", "ORG", "Wakefield"), ("Wakefield", "ORG", "Wakefield")],
     [("Wakefield", "ORG"), ("Wakefield", "ORG")]),
]  # fmt: skip


# A name typed a body right after "its" is the firm's product, unless a noun after it makes it a
# part, partner, holding or site of the firm (entity_forms kind firm_part, fac heads).
ITS_PRODUCTS = [
    ("Korrin said its Bexalta had lost patent protection in China.",
     [("Korrin", "ORG", "Korrin"), ("Bexalta", "ORG", "Bexalta")],
     [("Korrin", "ORG"), ("Bexalta", "PRODUCT")]),
    ("The carmaker said its Solano Cross would be built in Ohio.",
     [("Solano Cross", "ORG", "Solano Cross")], [("Solano Cross", "PRODUCT")]),
    (("Dalvik Lines said its Aster Express would call at two ports, and its Aster Express "
      "sailed on Monday."),
     [("Dalvik Lines", "ORG", "Dalvik Lines"), ("Aster Express", "ORG", "Aster Express"),
      ("Aster Express", "ORG", "Aster Express")],
     [("Dalvik Lines", "ORG"), ("Aster Express", "PRODUCT"), ("Aster Express", "PRODUCT")]),
    # what only a product does or has done to it ("runs on", "built into", "goes on sale",
    # "backed X for use")
    ("Korrin said Vantel would run on its own chips.", [("Vantel", "ORG", "Vantel")],
     [("Vantel", "PRODUCT")]),
    ("The assistant will be built into Orbis, the company said.", [("Orbis", "ORG", "Orbis")],
     [("Orbis", "PRODUCT")]),
    ("Regulators backed Dexolin for wider use on Monday.", [("Dexolin", "PERSON", "Dexolin")],
     [("Dexolin", "PRODUCT")]),
    ("The Tarvo 3 goes on sale in May.", [("Tarvo 3", "ORG", "Tarvo 3")], [("Tarvo 3", "PRODUCT")]),
    # untouched: a firm's plan, a person backed for a post, a firm that runs a plant
    ("Voters backed Ana Ruiz for mayor.", [("Ana Ruiz", "PERSON", "Ana Ruiz")],
     [("Ana Ruiz", "PERSON")]),
    ("Korrin runs the plant on coal.", [("Korrin", "ORG", "Korrin")], [("Korrin", "ORG")]),
    # untouched: a unit, a stake, a plant, a partner; an acronym after "its"
    ("Norbank said its Halden unit would be sold.", [("Halden", "ORG", "Halden")],
     [("Halden", "ORG")]),
    ("Vexa said its Tarro stake was worth $2 billion.", [("Tarro", "ORG", "Tarro")],
     [("Tarro", "ORG")]),
    ("Tarn said its Ostrava plant would close.", [("Ostrava", "GPE", "Ostrava")],
     [("Ostrava", "GPE")]),
    ("Marlo said its Quint partnership would end.", [("Quint", "ORG", "Quint")],
     [("Quint", "ORG")]),
    ("The bank said its CEO would stay.", [("CEO", "ORG", "CEO")], [("CEO", "ORG")]),
    # untouched: a possessive, a list or an object after the name (a part of the firm)
    ("Vexa said its Ben & Jerry's business would be spun off.",
     [("Ben & Jerry", "ORG", "Ben & Jerry")], [("Ben & Jerry", "ORG")]),
    ("Korrin said its Tarvo and Sella brands would merge.",
     [("Tarvo", "ORG", "Tarvo"), ("Sella", "ORG", "Sella")], [("Tarvo", "ORG"), ("Sella", "ORG")]),
    ("Norbank sold its Halden Bank to a rival in May.", [("Halden Bank", "ORG", "Halden Bank")],
     [("Halden Bank", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "marks", "want"), EPONYMS + FACILITIES + TOWN_FIRMS + ITS_PRODUCTS
)
def test_cues(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert typed(text, marks) == want


# A lone surname ``context.lone_names`` made a body (tag "lone"), or a person, with what a
# political leader has after its possessive (entity_forms kind leader_have) is a person; the
# possessive of a name NER read a body or a place is left alone.
LEADERS = [
    ("Ruzindana's government said the outbreak was contained.", "Ruzindana", "ORG", {"lone"},
     "PERSON"),
    ("Voskuijlen's allies welcomed the result, and Voskuijlen's coalition held.", "Voskuijlen",
     "ORG", {"lone"}, "PERSON"),
    ("Amadou Kessely's successor will be named in May.", "Amadou Kessely", "PERSON", set(),
     "PERSON"),
    ("Talvoran's regime denied the report.", "Talvoran", "ORG", {"lone"}, "PERSON"),
    ("Ruzindana said he would run again.", "Ruzindana", "ORG", {"lone"}, "PERSON"),
    ("Brevard scored twice in the second half.", "Brevard", "ORG", {"lone"}, "PERSON"),
    ("Okorafor resigned on Monday.", "Okorafor", "ORG", {"lone"}, "PERSON"),
    ("Halvex was elected to the board.", "Halvex", "ORG", {"lone"}, "PERSON"),
    # untouched: a body NER read, a region; a body NER read that speaks of someone
    ("Halvex scored a contract win.", "Halvex", "ORG", set(), "ORG"),
    ("Halvex said she had overseen new turbines.", "Halvex", "ORG", set(), "ORG"),
    ("Halvex's allies in the industry lobbied for the bill.", "Halvex", "ORG", set(), "ORG"),
    ("Tigrana's government said aid had arrived.", "Tigrana", "GPE", set(), "GPE"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "typ", "tags", "want"), LEADERS)
def test_leaders(text: str, surface: str, typ: str, tags: set[str], want: str) -> None:
    ents = []
    for _ in range(text.count(surface)):
        s = text.index(surface, ents[-1].end if ents else 0)
        ents.append(Ent(s, s + len(surface), typ, surface, fixed=bool(tags), tags=set(tags)))
    document_types(text, ents)
    assert {e.type for e in ents} == {want}


def sides(text: str, marks: list[Mark]) -> list[tuple[str, str]]:
    """Run the sports rules on a blank pipeline's Doc over mentions at the marks."""
    doc = spacy.blank("en")(text)
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    out = teams(doc, ents)
    return sorted((text[e.start : e.end], e.type) for e in out)


# In sports copy (a score elsewhere in the text), a match verb between two names with no score
# in the sentence ("Miami lost to Cleveland") makes both sides; a city before "fans" or
# "supporters" is its club (entity_forms kind team_fan); a country stays GPE, and a city after
# "in" stays the place.
MATCHES = [
    ("Denver beat Boston 118-110. Miami lost to Cleveland, and fans in Miami booed.",
     [("Denver", "GPE", "Denver"), ("Boston", "GPE", "Boston"), ("Miami", "GPE", "Miami"),
      ("Cleveland", "GPE", "Cleveland"), ("Miami", "GPE", "Miami")],
     [("Boston", "ORG"), ("Cleveland", "ORG"), ("Denver", "ORG"), ("Miami", "GPE"),
      ("Miami", "ORG")]),
    ("Lyon won 2-0 at home. Nantes beat Rennes, and Lille drew with Metz.",
     [("Lyon", "GPE", "Lyon"), ("Nantes", "GPE", "Nantes"), ("Rennes", "GPE", "Rennes"),
      ("Lille", "GPE", "Lille"), ("Metz", "GPE", "Metz")],
     [("Lille", "ORG"), ("Lyon", "ORG"), ("Metz", "ORG"), ("Nantes", "ORG"), ("Rennes", "ORG")]),
    ("Porto won 3-1. About 3,000 Braga fans travelled, and Braga supporters sang.",
     [("Porto", "GPE", "Porto"), ("Braga", "GPE", "Braga"), ("Braga", "GPE", "Braga")],
     [("Braga", "ORG"), ("Braga", "ORG"), ("Porto", "ORG")]),
    ("Hull won 2-0. Leicester fans were delayed on the M1.",
     [("Hull", "GPE", "Hull"), ("Leicester", "GPE", "Leicester")],
     [("Hull", "ORG"), ("Leicester", "ORG")]),
    # the opponent a club travels to, visits or welcomes; a record against a city
    ("Leeds won 2-0. Leeds travel to Coventry on Tuesday.",
     [("Leeds", "GPE", "Leeds"), ("Leeds", "GPE", "Leeds"), ("Coventry", "GPE", "Coventry")],
     [("Coventry", "ORG"), ("Leeds", "ORG"), ("Leeds", "ORG")]),
    ("Porto won 3-1 at home, and Porto visit Braga next week.",
     [("Porto", "GPE", "Porto"), ("Porto", "GPE", "Porto"), ("Braga", "GPE", "Braga")],
     [("Braga", "ORG"), ("Porto", "ORG"), ("Porto", "ORG")]),
    ("Lyon drew 1-1 with Lille. Lyon welcome Nantes on Sunday.",
     [("Lyon", "GPE", "Lyon"), ("Lille", "GPE", "Lille"), ("Lyon", "GPE", "Lyon"),
      ("Nantes", "GPE", "Nantes")],
     [("Lille", "ORG"), ("Lyon", "ORG"), ("Lyon", "ORG"), ("Nantes", "ORG")]),
    ("Hull won 2-0 on Saturday. Their record against Leicester is poor.",
     [("Hull", "GPE", "Hull"), ("Leicester", "GPE", "Leicester")],
     [("Hull", "ORG"), ("Leicester", "ORG")]),
    # untouched: a nation beats a nation; no score anywhere (no sports copy); a person's verb;
    # a nation travels to a city
    ("The court ruled 6-1. It sided with the builders against Cleveland.",
     [("Cleveland", "GPE", "Cleveland")], [("Cleveland", "GPE")]),
    ("Spain won 2-1, and Spain travel to Seville on Friday.",
     [("Spain", "GPE", "Spain"), ("Spain", "GPE", "Spain"), ("Seville", "GPE", "Seville")],
     [("Seville", "GPE"), ("Spain", "GPE"), ("Spain", "GPE")]),
    ("Spain won 2-1. Italy beat Norway in the other group.",
     [("Spain", "GPE", "Spain"), ("Italy", "GPE", "Italy"), ("Norway", "GPE", "Norway")],
     [("Italy", "GPE"), ("Norway", "GPE"), ("Spain", "GPE")]),
    ("Boston beat Denver to the new plant, officials said.",
     [("Boston", "GPE", "Boston"), ("Denver", "GPE", "Denver")],
     [("Boston", "GPE"), ("Denver", "GPE")]),
    ("Madrid won 2-1. The team will travel to Seville on Friday, and fans in Seville cheered.",
     [("Madrid", "GPE", "Madrid"), ("Seville", "GPE", "Seville"), ("Seville", "GPE", "Seville")],
     [("Madrid", "ORG"), ("Seville", "GPE"), ("Seville", "GPE")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), MATCHES)
def test_sides(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert sides(text, marks) == want


COMPONENT = [
    ("Kagame's government said the outbreak was contained.", {"Kagame": "PERSON"}),
    # a ceremony's or an arts festival's name by its last word (entity_forms event_word)
    ("Shortlist for the Harlow Awards: reporters from three papers were named.",
     {"Harlow Awards": "EVENT"}),
    ("The Brackley Festival Fringe will open in August with 900 shows.",
     {"Brackley Festival Fringe": "EVENT"}),
    ("The Marsh Awards will be handed out in May, organisers said.", {"Marsh Awards": "EVENT"}),
    ("Capri Holdings, the owner of Michael Kors and Versace, said Michael Kors cut prices.",
     {"Michael Kors": "ORG", "Capri Holdings": "ORG"}),
    (("Denver beat Boston 118-110 on Friday. Miami lost to Cleveland, and fans in Miami booed."),
     {"Cleveland": "ORG"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), COMPONENT)
def test_component(run, text: str, want: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """The component: the cues over what the model read."""
    brief = run(text, reference_date="2025-05-12")
    got = by_mention(brief, "type")
    assert {k: got.get(k) for k in want} == want

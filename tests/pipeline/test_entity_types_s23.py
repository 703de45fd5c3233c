"""Entity types, session 23 (issue 13): a hospital as the place people are taken to and as the body
that speaks, structures rebuilt, products by where they are made, how many use them and what is
put into them, an apposition's participle, firms named after people by their sales and shops
(``entities.evidence``), prisons by their prefix (``entities.structures``). On plain mention
lists (no model) and through the component. Invented texts; each cue has three new cases of its
family and cases that must stay untouched."""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.evidence import document_types
from briefx.pipeline.entities.forms import storms
from briefx.pipeline.entities.structures import prefixed_facilities

Mark = tuple[str, str, str]  # (surface, type, name)


def _ents(text: str, marks: list[Mark]) -> list[Ent]:
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    return ents


def typed(text: str, marks: list[Mark]) -> list[tuple[str, str]]:
    """Run the vote over mentions at the marks: (surface, type) after it, in text order."""
    ents = _ents(text, marks)
    document_types(text, ents)
    return [(text[e.start : e.end], e.type) for e in ents]


def _m(surface: str, typ: str, name: str = "") -> Mark:
    return (surface, typ, name or surface)


# A facility and the body that runs it: taken to / outside the hospital (FAC), the hospital that
# says (ORG); each mention with its own cue keeps it. Untouched: a city people are taken to, a
# hospital trust that speaks, a hospital typed a place with no cue.
HOSPITALS = [
    (("Six men were taken to the Ashby General Hospital. The Ashby General Hospital said two had "
     "died."), [_m("Ashby General Hospital", "ORG"), _m("Ashby General Hospital", "ORG")],
     [("Ashby General Hospital", "FAC"), ("Ashby General Hospital", "ORG")]),
    ("A boy was airlifted to Carrow Hill Hospital on Sunday.", [_m("Carrow Hill Hospital", "ORG")],
     [("Carrow Hill Hospital", "FAC")]),
    (("Victims were rushed to St Jude's Infirmary and the Wexley Infirmary, and Wexley Infirmary "
     "declared a major incident."),
     [_m("St Jude's Infirmary", "FAC"), _m("Wexley Infirmary", "ORG"),
      _m("Wexley Infirmary", "ORG")],
     [("St Jude's Infirmary", "FAC"), ("Wexley Infirmary", "FAC"), ("Wexley Infirmary", "ORG")]),
    ("Crowds gathered outside the Dunmore Hospital as the Dunmore Hospital said it was full.",
     [_m("Dunmore Hospital", "ORG"), _m("Dunmore Hospital", "ORG")],
     [("Dunmore Hospital", "FAC"), ("Dunmore Hospital", "ORG")]),
    # untouched
    ("The injured were flown to Leeds for treatment.", [_m("Leeds", "GPE")], [("Leeds", "GPE")]),
    ("Ashby Health Trust said it had discharged three.", [_m("Ashby Health Trust", "ORG")],
     [("Ashby Health Trust", "ORG")]),
    ("The Moor Hospital treated 40 people.", [_m("Moor Hospital", "ORG")],
     [("Moor Hospital", "ORG")]),
]  # fmt: skip

# Structures rebuilt or worked on; untouched: a city rebuilt, a firm that rebuilt something
STRUCTURES = [
    ("Fans will move to Hollin Park while Kestrel Lane is rebuilt.",
     [_m("Hollin Park", "GPE"), _m("Kestrel Lane", "GPE")],
     [("Hollin Park", "GPE"), ("Kestrel Lane", "FAC")]),
    ("Work on Marlow Bridge will start in May.", [_m("Marlow Bridge", "GPE")],
     [("Marlow Bridge", "FAC")]),
    ("The redevelopment of Brampton Yard was approved.", [_m("Brampton Yard", "ORG")],
     [("Brampton Yard", "FAC")]),
    ("Kharkiv will be rebuilt with European money.", [_m("Kharkiv", "GPE")], [("Kharkiv", "GPE")]),
    ("Orla Dunne said the stand had been rebuilt.", [_m("Orla Dunne", "PERSON")],
     [("Orla Dunne", "PERSON")]),
]  # fmt: skip

# Products: where they are made, how many use them, what is put into them, "its X had", a kind
# noun heading an apposition with a participle after it. Untouched: a body based somewhere, a
# firm with users of no kind, a firm a product is put into, a firm "said its X unit".
PRODUCTS = [
    ("The Kestrel and the Falcon are built in Slovakia.",
     [_m("Kestrel", "ORG"), _m("Falcon", "ORG")], [("Kestrel", "PRODUCT"), ("Falcon", "PRODUCT")]),
    ("The Orvo is made in Mexico.", [_m("Orvo", "ORG")], [("Orvo", "PRODUCT")]),
    ("Chatly now has 90 million monthly users.", [_m("Chatly", "ORG")], [("Chatly", "PRODUCT")]),
    ("Pennant had passed two billion daily active users.", [_m("Pennant", "GPE")],
     [("Pennant", "PRODUCT")]),
    ("Vantor has put Scribe into every copy of Opal.",
     [_m("Vantor", "ORG"), _m("Scribe", "ORG"), _m("Opal", "ORG")],
     [("Vantor", "ORG"), ("Scribe", "PRODUCT"), ("Opal", "ORG")]),
    ("Kaiyo said its Petrel had sold 500,000 units.", [_m("Kaiyo", "ORG"), _m("Petrel", "FAC")],
     [("Kaiyo", "ORG"), ("Petrel", "PRODUCT")]),
    ("Sales grew, while Lumeza, the diabetes drug built on the same molecule, slowed.",
     [_m("Lumeza", "ORG")], [("Lumeza", "PRODUCT")]),
    ("Dravo, the world's best-selling medicine, loses its patent in 2028.", [_m("Dravo", "ORG")],
     [("Dravo", "PRODUCT")]),
    # untouched
    ("Kestrel Holdings is based in Slovakia.", [_m("Kestrel Holdings", "ORG")],
     [("Kestrel Holdings", "ORG")]),
    ("Pennant Bank has 20 million customers.", [_m("Pennant Bank", "ORG")],
     [("Pennant Bank", "ORG")]),
    ("Vantor said its Halden unit had been sold.", [_m("Vantor", "ORG"), _m("Halden", "ORG")],
     [("Vantor", "ORG"), ("Halden", "ORG")]),
]  # fmt: skip

# Prisons by "the prison" heading an apposition; untouched: a town that is "the city where"
APPOSITIONS = [
    ("Inspectors visited Grayhurst, the prison where a man escaped.", [_m("Grayhurst", "GPE")],
     [("Grayhurst", "FAC")]),
    ("Fells Point, the stadium built in 1920, will close.", [_m("Fells Point", "GPE")],
     [("Fells Point", "FAC")]),
    ("Marcham, the airport used by budget airlines, reopened.", [_m("Marcham", "ORG")],
     [("Marcham", "FAC")]),
    ("Dorrin, the city where she was born, voted no.", [_m("Dorrin", "GPE")], [("Dorrin", "GPE")]),
    # who works at a name NER read as a place the gazetteer does not know; untouched: a town, a
    # name read as a body
    ("Staff at Grayhurst and Coldmere were assaulted.",
     [_m("Grayhurst", "GPE"), _m("Coldmere", "GPE")], [("Grayhurst", "FAC"), ("Coldmere", "FAC")]),
    ("Nurses at Fenmoor said beds ran out.", [_m("Fenmoor", "GPE")], [("Fenmoor", "FAC")]),
    ("Guards at Ashgrove went on strike.", [_m("Ashgrove", "GPE")], [("Ashgrove", "FAC")]),
    ("Staff at Leeds were told to stay home.", [_m("Leeds", "GPE")], [("Leeds", "GPE")]),
    ("Workers at Kestrel Foods walked out.", [_m("Kestrel Foods", "ORG")],
     [("Kestrel Foods", "ORG")]),
]  # fmt: skip

# Firms named after people: what the firm forecasts, what it says of its sales, the shop or store
# it closes or reopens (also after "said ... that it would"). Untouched: a person with a title who
# speaks of sales, a person who closed a deal, a person who forecast rain.
FIRMS = [
    ("Anna Lindqvist forecast slower sales growth for 2025.", [_m("Anna Lindqvist", "PERSON")],
     [("Anna Lindqvist", "ORG")]),
    ("Hollis Crane said like-for-like sales were flat.", [_m("Hollis Crane", "PERSON")],
     [("Hollis Crane", "ORG")]),
    ("Ivo Marsh said Christmas sales rose 4% and that it would reopen its store in Bath.",
     [_m("Ivo Marsh", "PERSON"), _m("Bath", "GPE")], [("Ivo Marsh", "ORG"), ("Bath", "GPE")]),
    ("Nell Orme closed its Bristol shop in May.", [_m("Nell Orme", "PERSON"), _m("Bristol", "GPE")],
     [("Nell Orme", "ORG"), ("Bristol", "GPE")]),
    # a town between "its" and a shop; untouched: a firm's own unit
    ("Ada Brook said it would close its Leeds store.",
     [_m("Ada Brook", "PERSON"), _m("Leeds", "ORG")], [("Ada Brook", "ORG"), ("Leeds", "GPE")]),
    ("Tesco shut its Bristol shops in May.", [_m("Tesco", "ORG"), _m("Bristol", "ORG")],
     [("Tesco", "ORG"), ("Bristol", "GPE")]),
    ("The chain reopened its Norwich branches.", [_m("Norwich", "ORG")], [("Norwich", "GPE")]),
    ("Lloyds sold its Halifax branches to a rival.", [_m("Lloyds", "ORG"), _m("Halifax", "ORG")],
     [("Lloyds", "ORG"), ("Halifax", "ORG")]),
    # untouched
    ("Chief executive Tom Hale said sales rose 3%.",
     [("Tom Hale", "PERSON", "Tom Hale")], [("Tom Hale", "PERSON")]),
    ("Lena Voss closed the deal in May.", [_m("Lena Voss", "PERSON")], [("Lena Voss", "PERSON")]),
    ("Ben Ode forecast rain for the weekend.", [_m("Ben Ode", "PERSON")], [("Ben Ode", "PERSON")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), HOSPITALS)
def test_hospitals(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert typed(text, marks) == want


@pytest.mark.parametrize(("text", "marks", "want"), STRUCTURES)
def test_structures(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert typed(text, marks) == want


@pytest.mark.parametrize(("text", "marks", "want"), PRODUCTS)
def test_products(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert typed(text, marks) == want


@pytest.mark.parametrize(("text", "marks", "want"), APPOSITIONS)
def test_appositions(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert typed(text, marks) == want


@pytest.mark.parametrize(("text", "marks", "want"), FIRMS)
def test_firms(text: str, marks: list[Mark], want: list[tuple[str, str]]) -> None:
    assert typed(text, marks) == want


# A prison by its prefix, whatever NER read or missed; untouched: a prefix no table lists, a
# longer name that holds it
PREFIXES = [
    ("Inmates at HMP Grayhurst rioted.", [], [("HMP Grayhurst", "FAC", "HM Prison Grayhurst")]),
    ("He was moved to HMP Dunmore Vale.", [_m("Dunmore Vale", "GPE")],
     [("HMP Dunmore Vale", "FAC", "HM Prison Dunmore Vale")]),
    ("HMYOI Ashcombe opened a wing.", [_m("HMYOI Ashcombe", "PERSON")],
     [("HMYOI Ashcombe", "FAC", "HM Young Offender Institution Ashcombe")]),
    ("ABC Ashcombe said no.", [_m("ABC Ashcombe", "ORG")], [("ABC Ashcombe", "ORG", "ABC Ashcombe")]),
    ("the HMP Grayhurst Review Board met.", [_m("HMP Grayhurst Review Board", "ORG")],
     [("HMP Grayhurst Review Board", "ORG", "HMP Grayhurst Review Board")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), PREFIXES)
def test_prefixed_facilities(text: str, marks: list[Mark], want: list[Mark]) -> None:
    ents = _ents(text, marks)
    prefixed_facilities(text, ents)
    assert [(text[e.start : e.end], e.type, e.name) for e in ents] == want


COMPONENT = [
    (("Nine people were taken to the Royal Ashby Hospital after the crash. The Royal Ashby "
     "Hospital said it was treating five of them."),
     {("Royal Ashby Hospital", "FAC"), ("Royal Ashby Hospital", "ORG")}),
    ("Inspectors found rats at HMP Grayhurst, the prison inspectorate said.",
     {("HMP Grayhurst", "FAC")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), COMPONENT)
def test_component(run, text: str, want: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    """The component: the rules over what the model read (every mention's text and type)."""
    brief = run(text, reference_date="2025-05-12")
    got = {(m.text, e.type) for e in brief.entities for m in e.mentions}
    assert want <= got


# A storm's form with a product's kind noun after it is a weapon's or a craft's; untouched: storms
STORMS = [
    ("Six Storm Shadow missiles hit the base.", [("Storm Shadow", "PRODUCT")]),
    ("Two Typhoon Vega fighters were scrambled.", [("Typhoon Vega", "PRODUCT")]),
    ("The army bought Cyclone Arrow launchers.", [("Cyclone Arrow", "PRODUCT")]),
    ("Storm Darragh hit Wales on Saturday.", [("Storm Darragh", "EVENT")]),
    ("Hurricane Milton victims were moved.", [("Hurricane Milton", "EVENT")]),
    ("Typhoon Gaemi flooded Manila.", [("Typhoon Gaemi", "EVENT")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), STORMS)
def test_storm_products(text: str, want: list[tuple[str, str]]) -> None:
    ents: list[Ent] = []
    storms(spacy.blank("en")(text), text, ents)
    assert [(text[e.start : e.end], e.type) for e in ents] == want

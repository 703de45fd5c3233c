"""Entity types by role, session 27 (issue 13, types13): each mention of a facility's or an
institution's name typed by its own role (``entities.facilities.mention_roles``: "X Hospital
said" an ORG, "taken to X Hospital" a FAC); an event's ordinal outside its name and "the 2026 X
Games" an event (``entities.context.events``); a product by its role and its maker by its
speech (``entities.evidence.cues``: "launched the X", "X said"). On plain mention lists (no
model). Invented texts; each rule has three new cases of its family and cases that must stay
untouched."""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.context import events
from briefx.pipeline.entities.evidence import cues
from briefx.pipeline.entities.facilities import mention_roles


def roles(text: str, marks: list[tuple[str, str]]) -> list[str]:
    """Type the mentions at the marks' next occurrences by their roles: their types."""
    ents, pos = [], 0
    for surface, typ in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    mention_roles(text, ents)
    return [e.type for e in ents]


ROLES = [
    # a facility's name: a place after a preposition; an airport or a stadium that speaks is
    # a FAC too, a person of it the body (session 35, test_entity_venues_s35.py)
    ("Flights from Marlow Airport were cancelled. Marlow Airport said services would resume.",
     [("Marlow Airport", "ORG"), ("Marlow Airport", "ORG")], ["FAC", "FAC"]),
    ("Fans queued at Brackley Stadium for hours, and a Brackley Stadium spokesman apologised.",
     [("Brackley Stadium", "ORG"), ("Brackley Stadium", "FAC")], ["FAC", "ORG"]),
    ("Trains to Wexley Central Station were halted, according to Wexley Central Station.",
     [("Wexley Central Station", "ORG"), ("Wexley Central Station", "ORG")], ["FAC", "ORG"]),
    # a body's building that speaks is the body
    ("Doctors treated six people, and Aireborough General Hospital said all were stable.",
     [("Aireborough General Hospital", "FAC")], ["ORG"]),
    ("The collection is insured, according to the Museum of Northern Glass.",
     [("Museum of Northern Glass", "FAC")], ["ORG"]),
    # a body's building: its people and its possessive make it the body
    ("Northgate Hospital's chief nurse said the ward would reopen.",
     [("Northgate Hospital", "FAC")], ["ORG"]),
    ("The Museum of Coastal History's curators said the map was a fake.",
     [("Museum of Coastal History", "FAC")], ["ORG"]),
    ("A Harwood University spokeswoman declined to comment.",
     [("Harwood University", "FAC")], ["ORG"]),
    # ... and a preposition of position, or of a way after a verb of motion, the place
    ("Protesters gathered outside the Museum of Coastal History on Sunday.",
     [("Museum of Coastal History", "ORG")], ["FAC"]),
    ("Two climbers were airlifted and flown to Kelmscott General Hospital.",
     [("Kelmscott General Hospital", "ORG")], ["FAC"]),
    ("Police walked from the station to Harwood University in silence.",
     [("Harwood University", "ORG")], ["FAC"]),
    ("Six ambulances arrived at Brookfield Hospital within minutes.",
     [("Brookfield Hospital", "ORG")], ["FAC"]),
]  # fmt: skip

UNTOUCHED = [
    # "at" a body's building, a person before the preposition, a gift "to": the body
    ("Nurses at Brookfield Hospital voted to strike.", [("Brookfield Hospital", "ORG")]),
    ("Researchers at Calloway University grew heart tissue.", [("Calloway University", "ORG")]),
    ("He gave $40 million to Alder Bay University in 2004.", [("Alder Bay University", "ORG")]),
    ("Students from Alder Bay University marched to the square.",
     [("Alder Bay University", "ORG")]),
    ("A professor at Marlow Hall's training school spoke.", [("Marlow Hall", "ORG")]),
    # a body's head word in the name, a name with no facility's head, a title
    ("Calder said it would appeal to the Court of Appeals for the Ninth Circuit.",
     [("Court of Appeals for the Ninth Circuit", "ORG")]),
    ("Flights from Norvik Air were cancelled.", [("Norvik Air", "ORG")]),
    ("Passengers waited at Corrin Airport.", [("Corrin Airport", "FAC")]),
    ("Kessick Airport said it handled 2.1 million passengers.", [("Kessick Airport", "FAC")]),
    ("The patients were taken to St Ebba's Hospital.", [("St Ebba's Hospital", "FAC")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), ROLES)
def test_mention_typed_by_role(text: str, marks: list[tuple[str, str]], want: list[str]) -> None:
    assert roles(text, marks) == want


@pytest.mark.parametrize(("text", "marks"), UNTOUCHED)
def test_mention_role_untouched(text: str, marks: list[tuple[str, str]]) -> None:
    assert roles(text, marks) == [t for _, t in marks]


def events_of(text: str, marks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    ents = []
    for surface, typ in marks:
        s = text.index(surface)
        ents.append(Ent(s, s + len(surface), typ, surface))
    events(text, ents, frozenset({"said", "the"}))
    return sorted((text[e.start : e.end], e.type) for e in ents)


EVENTS = [
    # an ordinal the model read into the name stays out of it; the name is an event
    ("The 79th Cannes Film Festival opened on Tuesday.", [("79th Cannes Film Festival", "ORG")],
     [("Cannes Film Festival", "EVENT")]),
    ("Crowds came to the 12th Lagos Jazz Festival.", [("12th Lagos Jazz Festival", "ORG")],
     [("Lagos Jazz Festival", "EVENT")]),
    ("Tickets for the 31st Baltic Book Festival sold out.", [("31st Baltic Book Festival", "ORG")],
     [("Baltic Book Festival", "EVENT")]),
    # a year stays in it, as in Wikipedia's titles of editions
    ("The 2027 Pan Pacific Games will be held in Auckland.",
     [("2027 Pan Pacific Games", "ORG")], [("2027 Pan Pacific Games", "EVENT")]),
    # "the 2026 X Games" with no span of the model
    ("The 2026 Asian Games closed on Sunday.", [], [("Asian Games", "EVENT")]),
    ("Athletes trained for the 2030 Island Games in June.", [], [("Island Games", "EVENT")]),
    # untouched: a company named Games
    ("Epic Games said on Monday it would appeal.", [("Epic Games", "ORG")],
     [("Epic Games", "ORG")]),
    ("Ridgeway Games hired 40 staff.", [("Ridgeway Games", "ORG")], [("Ridgeway Games", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), EVENTS)
def test_event_editions(
    text: str, marks: list[tuple[str, str]], want: list[tuple[str, str]]
) -> None:
    assert events_of(text, marks) == want


# a small English word list: the common words of the texts below (the pipeline's is WordNet's)
ENGLISH = frozenset({"initiative", "challenge", "slate", "tablet", "fund", "line", "act"})


def top(text: str, surface: str, typ: str, name: str | None = None, at: int = 0) -> str | None:
    s = text.index(surface, at)
    got = cues(text, Ent(s, s + len(surface), typ, name or surface), ENGLISH)
    return got.most_common(1)[0][0] if got else None


PRODUCTS = [
    # the object of a verb of launching or recalling a product
    ("Norvik Audio launched the Halo Buds 3 in Europe.", "Halo Buds 3", "FAC", "PRODUCT"),
    ("Dyson launched the Airstrait in Europe on Monday.", "Airstrait", "LOC", "PRODUCT"),
    ("Carden recalled 18,000 Strata over a fuel pump fault.", "Strata", "LOC", "PRODUCT"),
    ("Hesketh unveiled its Vero Slate 2 on Thursday.", "Vero Slate 2", "ORG", "PRODUCT"),
    ("Kessick launched the Orin Tablet in May.", "Orin Tablet", "ORG", "PRODUCT"),
    # a name typed a product that speaks is the maker
    ("Norvik Audio said sales had doubled.", "Norvik Audio", "PRODUCT", "ORG"),
    ("Kestrel Labs has announced a new chip.", "Kestrel Labs", "PRODUCT", "ORG"),
    ("The order was cut, Brannock Devices told investors.", "Brannock Devices", "PRODUCT", "ORG"),
]  # fmt: skip

NOT_PRODUCTS = [
    # a body, a fund, a law or a place launched; a person recalled; a company known
    ("The ministry launched the Green Growth Fund on Monday.", "Green Growth Fund", "ORG"),
    ("The council launched the Harbour Festival in May.", "Harbour Festival", "ORG"),
    ("Ottawa recalled ambassador Jane Roe on Friday.", "Jane Roe", "PERSON"),
    ("The firm launched the Clean Rivers Act campaign.", "Clean Rivers Act", "LAW"),
    ("Investors recalled Tesla's early losses.", "Tesla", "ORG"),
    ("Vantor launched the Kessick Rail Line.", "Kessick Rail Line", "FAC"),
    ("The ministry launched the Brightline Initiative in May.", "Brightline Initiative", "ORG"),
    ("Nestor launched the Harbour Challenge for start-ups.", "Harbour Challenge", "ORG"),
    # an English word last, no product's noun, no digit: left alone
    ("Hesketh unveiled its Vero Slate on Thursday.", "Vero Slate", "ORG"),
    ("The city launched the Harrow Road Tunnel scheme.", "Harrow Road Tunnel", "FAC"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "typ", "want"), PRODUCTS)
def test_product_and_maker_by_role(text: str, surface: str, typ: str, want: str) -> None:
    assert top(text, surface, typ) == want


@pytest.mark.parametrize(("text", "surface", "typ"), NOT_PRODUCTS)
def test_no_product_by_role(text: str, surface: str, typ: str) -> None:
    assert top(text, surface, typ) != "PRODUCT"


def test_short_form_of_a_maker_is_no_product() -> None:
    text = "Norvell Motors said it recalled 42,000 Norvell Aria cars."
    assert top(text, "Norvell", "ORG", "Norvell Motors", at=5) != "PRODUCT"
    assert top(text, "Norvell", "ORG", at=5) == "PRODUCT"  # no maker's name linked to it

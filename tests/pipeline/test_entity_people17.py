"""People typed as bodies (session 30, persons17, issue 13). Invented texts.

1. ``evidence.document_types``: a person the document names in full owns what follows the
   possessive of a word of that name ("Ferrell's coach" after "Scottie Ferrell"): that role is no
   evidence that the name is a body's (on plain mention lists, no model).
2. ``sports.people_sides``: where one side of a result with a score is a person by form, the
   other side, a body by no club table, town or country, is a person too.
3. ``evidence.SAID_ITS``: a body says where its things are after where it said it ("X said in
   a statement that its profit doubled").
4. ``evidence.cues``: a listed firm's possessive before a person's name is that firm's person
   ("Nissan's Makoto Uchida said"), no firm or product of it.
5. ``people.styled_people`` (through the pipeline): a style, title, role noun or demonym the model
   ran into a body's span before a person's name is cut off; the name is a PERSON, a demonym a
   NORP ("Frenchman Hugo Gasquet", "Taoiseach Ciaran Mullan", "Monegasque Leclair" after
   "Charles Leclair"); bodies that open with such a word stay whole.
"""

from __future__ import annotations

import pytest
import spacy

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.evidence import document_types
from briefx.pipeline.entities.people import styled_people
from briefx.pipeline.entities.sports import people_sides

Mark = tuple[str, str, str]  # (surface, type before the vote, name)


def voted(text: str, marks: list[Mark]) -> list[tuple[str, str]]:
    """Run the vote over mentions at the marks' next occurrences: (surface, type)."""
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    document_types(text, ents)
    return [(text[e.start : e.end], e.type) for e in ents]


def person(surface: str, name: str) -> Mark:
    return (surface, "PERSON", name)


OWN_ROLES = [
    # a one-word mention of a person named in full, a role or holding after its possessive
    (
        "Scottie Ferrell shot a 66. Ferrell's earnings top $20 million. Ferrell's coach smiled.",
        [
            person("Scottie Ferrell", "Scottie Ferrell"),
            person("Ferrell", "Scottie Ferrell"),
            person("Ferrell", "Scottie Ferrell"),
        ],
        ["PERSON", "PERSON", "PERSON"],
    ),
    (
        "Mark Barnaba, chairman of the miner, said Barnaba's board would meet on Friday.",
        [person("Mark Barnaba", "Mark Barnaba"), person("Barnaba", "Mark Barnaba")],
        ["PERSON", "PERSON"],
    ),
    (
        "Charles Leclair won in Monaco. Leclair's team principal praised the strategy.",
        [person("Charles Leclair", "Charles Leclair"), person("Leclair", "Charles Leclair")],
        ["PERSON", "PERSON"],
    ),
    (
        "Prosecutors said Dorin Vasquez hid assets. Vasquez's shares in the group were frozen.",
        [person("Dorin Vasquez", "Dorin Vasquez"), person("Vasquez", "Dorin Vasquez")],
        ["PERSON", "PERSON"],
    ),
    # a firm beside it in a list is no evidence for a word of a person's full name
    (
        "Volkswagen named Oliver Blumenthal. Under Blumenthal, Volkswagen will cut costs.",
        [
            ("Volkswagen", "ORG", "Volkswagen"),
            person("Oliver Blumenthal", "Oliver Blumenthal"),
            person("Blumenthal", "Oliver Blumenthal"),
            ("Volkswagen", "ORG", "Volkswagen"),
        ],
        ["ORG", "PERSON", "PERSON", "ORG"],
    ),
    (
        "Siemens hired Adaeze Okafor in May. With Okafor, Siemens expects growth.",
        [
            ("Siemens", "ORG", "Siemens"),
            person("Adaeze Okafor", "Adaeze Okafor"),
            person("Okafor", "Adaeze Okafor"),
            ("Siemens", "ORG", "Siemens"),
        ],
        ["ORG", "PERSON", "PERSON", "ORG"],
    ),
    # untouched: no full name in the document, the possessive role still says body
    (
        "Harwick's chief executive said Harwick's shares were cheap.",
        [person("Harwick", "Harwick"), person("Harwick", "Harwick")],
        ["ORG", "ORG"],
    ),
    # untouched: a role after the name with no possessive is a firm's ("Tellan shares"), and
    # the firm's evidence outweighs the person's name as before
    (
        "Orla Tellan joined in May. Tellan shares rose 4% and Tellan chief executive Ann Roe spoke.",
        [
            person("Orla Tellan", "Orla Tellan"),
            person("Tellan", "Orla Tellan"),
            person("Tellan", "Orla Tellan"),
        ],
        ["ORG", "ORG", "ORG"],
    ),
]


# a body named like a person says where "its" things are after where it said it ("in a
# statement", "in a filing"); a person's "his"/"her" leaves a person
SAID_ITS_CASES = [
    (
        "Raymond Jarvis said in a statement that its profit doubled.",
        [person("Raymond Jarvis", "Raymond Jarvis")],
        ["ORG"],
    ),
    (
        "Harlan Fiske said in a regulatory filing that its lenders agreed.",
        [person("Harlan Fiske", "Harlan Fiske")],
        ["ORG"],
    ),
    (
        "Davis Crane said on Monday in a statement its advisers were paid.",
        [person("Davis Crane", "Davis Crane")],
        ["ORG"],
    ),
    (
        "Pete Harlan said in a statement that his company would appeal.",
        [person("Pete Harlan", "Pete Harlan")],
        ["PERSON"],
    ),
]


# a listed firm's possessive before a person's name: the firm's person (a product's name holds
# an English word; a name's particle before the firm's name makes no firm's possessive)
FIRM_PEOPLE = [
    (
        "Nissan's Makoto Uchida said the plan was on track.",
        [("Nissan", "ORG", "Nissan"), ("Makoto Uchida", "ORG", "Makoto Uchida")],
        ["ORG", "PERSON"],
    ),
    (
        "Alphabet's Sundar Pichai said demand was strong.",
        [("Alphabet", "ORG", "Alphabet"), ("Sundar Pichai", "PRODUCT", "Sundar Pichai")],
        ["ORG", "PERSON"],
    ),
    (
        "Toyota's Koji Satoyama told reporters costs would rise.",
        [("Toyota", "ORG", "Toyota"), ("Koji Satoyama", "ORG", "Koji Satoyama")],
        ["ORG", "PERSON"],
    ),
    # a firm's possessive owns the name after it: no list partner of the name before it
    (
        "Jun Arakawa and Panasonic's Yuki Kusumi spoke.",
        [
            ("Jun Arakawa", "PERSON", "Jun Arakawa"),
            ("Panasonic", "ORG", "Panasonic"),
            ("Yuki Kusumi", "PERSON", "Yuki Kusumi"),
        ],
        ["PERSON", "ORG", "PERSON"],
    ),
    (
        "Tesla's Model Y sold well, Tesla said.",
        [("Tesla", "ORG", "Tesla"), ("Model Y", "PRODUCT", "Model Y"), ("Tesla", "ORG", "Tesla")],
        ["ORG", "PRODUCT", "ORG"],
    ),
    (
        "It was second only to Leonardo da Vinci's Salvator Mundi at auction.",
        [("Salvator Mundi", "ORG", "Salvator Mundi")],
        ["ORG"],
    ),
]


@pytest.mark.parametrize(("text", "marks", "want"), FIRM_PEOPLE)
def test_firm_people(text: str, marks: list[Mark], want: list[str]) -> None:
    english = frozenset({"model", "said", "sold", "well"})
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    document_types(text, ents, english)
    assert [e.type for e in ents] == want


@pytest.mark.parametrize(("text", "marks", "want"), SAID_ITS_CASES)
def test_said_its(text: str, marks: list[Mark], want: list[str]) -> None:
    assert [t for _, t in voted(text, marks)] == want


@pytest.mark.parametrize(("text", "marks", "want"), OWN_ROLES)
def test_own_roles(text: str, marks: list[Mark], want: list[str]) -> None:
    assert [t for _, t in voted(text, marks)] == want


def styled(text: str, marks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """styled_people over mentions at the marks' next occurrences: (surface, type), in order."""
    doc = spacy.blank("en")(text)
    ents, pos = [], 0
    for surface, typ in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    english = frozenset({"red", "cross", "eagle", "outfitters", "college", "calvary", "land"})
    ents += styled_people(doc, text, ents, english)
    return sorted((text[e.start : e.end], e.type) for e in ents)


STYLED = [
    # a demonym before a person typed a body: a NORP and a PERSON
    (
        "Frenchman Hugo Gasquet beat him.",
        [("Frenchman Hugo Gasquet", "ORG")],
        [("Frenchman", "NORP"), ("Hugo Gasquet", "PERSON")],
    ),
    (
        "It was Spaniard Pablo Carreno who won.",
        [("Spaniard Pablo Carreno", "PRODUCT")],
        [("Pablo Carreno", "PERSON"), ("Spaniard", "NORP")],
    ),
    # a demonym before one word of a full name the document gives
    (
        "Charles Leclair led. The Monegasque Leclair won.",
        [("Charles Leclair", "PERSON"), ("Monegasque Leclair", "ORG")],
        [("Charles Leclair", "PERSON"), ("Leclair", "PERSON"), ("Monegasque", "NORP")],
    ),
    # a title, or a role noun where it opens a sentence (or follows a dateline's dash)
    (
        "Taoiseach Ciaran Mullan said the budget would pass.",
        [("Taoiseach Ciaran Mullan", "ORG")],
        [("Ciaran Mullan", "PERSON")],
    ),
    (
        "LONDON, Sept 1 - Striker Dominic Calvary scored twice.",
        [("Striker Dominic Calvary", "PERSON")],
        [("Dominic Calvary", "PERSON")],
    ),
    (
        "Rain fell. Veteran Kieran Tiernan kept a clean sheet.",
        [("Veteran Kieran Tiernan", "ORG")],
        [("Kieran Tiernan", "PERSON")],
    ),
    # after a title or role a surname may be an English word; after a demonym alone not
    (
        "Rain fell. Striker Dominic Calvary scored twice.",
        [("Striker Dominic Calvary", "ORG")],
        [("Dominic Calvary", "PERSON")],
    ),
    (
        "Shares of American Dominic Eagle rose.",
        [("American Dominic Eagle", "ORG")],
        [("American Dominic Eagle", "ORG")],
    ),
    # untouched: a body's name ("American Red Cross": "Red" is a common word; "Eagle
    # Outfitters"), a role noun mid-sentence, one word no full name gives
    (
        "Aid came from the American Red Cross.",
        [("American Red Cross", "ORG")],
        [("American Red Cross", "ORG")],
    ),
    (
        "Shares of American Eagle Outfitters fell.",
        [("American Eagle Outfitters", "ORG")],
        [("American Eagle Outfitters", "ORG")],
    ),
    (
        "He met them and Veteran Kieran Tiernan.",
        [("Veteran Kieran Tiernan", "ORG")],
        [("Veteran Kieran Tiernan", "ORG")],
    ),
    (
        "The Monegasque Leclair won.",
        [("Monegasque Leclair", "ORG")],
        [("Monegasque Leclair", "ORG")],
    ),
]


@pytest.mark.parametrize(("text", "marks", "want"), STYLED)
def test_styled_people(
    text: str, marks: list[tuple[str, str]], want: list[tuple[str, str]]
) -> None:
    assert styled(text, marks) == sorted(want)


def sided(text: str, marks: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """sports.people_sides over mentions at the marks' next occurrences: (surface, type, name)."""
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    english = frozenset({"frenchman", "spaniard", "united", "city"})
    people_sides(text, ents, {}, english)
    return sorted((text[e.start : e.end], e.type, e.name) for e in ents)


SIDES = [
    # a full name typed PERSON on one side: the other side is a person too
    (
        "Casper Ruud beat Novak Djokovich 6-3 7-6.",
        [("Casper Ruud", "PERSON", "Casper Ruud"), ("Novak Djokovich", "ORG", "Novak Djokovich")],
        [
            ("Casper Ruud", "PERSON", "Casper Ruud"),
            ("Novak Djokovich", "PERSON", "Novak Djokovich"),
        ],
    ),
    (
        "Dmitar Volkan lost to Ilse Marchetti 6-4 6-2.",
        [("Dmitar Volkan", "ORG", "Dmitar Volkan"), ("Ilse Marchetti", "PERSON", "Ilse Marchetti")],
        [
            ("Dmitar Volkan", "PERSON", "Dmitar Volkan"),
            ("Ilse Marchetti", "PERSON", "Ilse Marchetti"),
        ],
    ),
    # a surname of a full name the document gives; the other side's other mentions too
    (
        "Tomas Vrbanek won. Vrbanek beat Kessing 6-2 6-1, and Kessing left.",
        [
            ("Tomas Vrbanek", "PERSON", "Tomas Vrbanek"),
            ("Vrbanek", "PERSON", "Tomas Vrbanek"),
            ("Kessing", "ORG", "Kessing"),
            ("Kessing", "ORG", "Kessing"),
        ],
        [
            ("Kessing", "PERSON", "Kessing"),
            ("Kessing", "PERSON", "Kessing"),
            ("Tomas Vrbanek", "PERSON", "Tomas Vrbanek"),
            ("Vrbanek", "PERSON", "Tomas Vrbanek"),
        ],
    ),
    # a demonym before the other side: a NORP, then the person
    (
        "Carlos Alcarez beat Frenchman Ugo Humbert 6-3 6-4 7-6.",
        [
            ("Carlos Alcarez", "PERSON", "Carlos Alcarez"),
            ("Frenchman Ugo Humbert", "ORG", "Frenchman Ugo Humbert"),
        ],
        [
            ("Carlos Alcarez", "PERSON", "Carlos Alcarez"),
            ("Frenchman", "NORP", "Frenchman"),
            ("Ugo Humbert", "PERSON", "Ugo Humbert"),
        ],
    ),
    # a one-word side may be an English word ("Courier"), and a side NER typed a place that
    # no gazetteer knows is no place
    (
        "Andre Agasso won. Agasso beat Courier 6-4 6-3.",
        [
            ("Andre Agasso", "PERSON", "Andre Agasso"),
            ("Agasso", "PERSON", "Andre Agasso"),
            ("Courier", "ORG", "Courier"),
        ],
        [
            ("Agasso", "PERSON", "Andre Agasso"),
            ("Andre Agasso", "PERSON", "Andre Agasso"),
            ("Courier", "PERSON", "Courier"),
        ],
    ),
    # an agate list: "bt" between sides with their countries; one result between people makes
    # the list's results all between people, sides NER missed included
    (
        (
            "Martina Hingas won.\nHingas (Switzerland) bt Selesi (U.S.) 6-2 6-1\n"
            "Graff (Germany) bt Novotna (Czech Republic) 7-5 6-4\n"
        ),
        [
            ("Martina Hingas", "PERSON", "Martina Hingas"),
            ("Hingas", "PERSON", "Martina Hingas"),
            ("Selesi", "GPE", "Selesi"),
            ("Novotna", "ORG", "Novotna"),
        ],
        [
            ("Graff", "PERSON", "Graff"),
            ("Hingas", "PERSON", "Martina Hingas"),
            ("Martina Hingas", "PERSON", "Martina Hingas"),
            ("Novotna", "PERSON", "Novotna"),
            ("Selesi", "PERSON", "Selesi"),
        ],
    ),
    (
        "Petra Kvitov won.\nKvitov d. Pavlenkova 6-3 6-4\n",
        [("Petra Kvitov", "PERSON", "Petra Kvitov"), ("Kvitov", "PERSON", "Petra Kvitov")],
        [
            ("Kvitov", "PERSON", "Petra Kvitov"),
            ("Pavlenkova", "PERSON", "Pavlenkova"),
            ("Petra Kvitov", "PERSON", "Petra Kvitov"),
        ],
    ),
    # an agate list with no person by form: its tennis sets make the sides players (session
    # 37, persons37, ``sports.SINGLE_COMBAT``; untouched before)
    (
        "Graff (Germany) bt Novotna (Czech Republic) 7-5 6-4\n",
        [("Novotna", "ORG", "Novotna")],
        [("Graff", "PERSON", "Graff"), ("Novotna", "PERSON", "Novotna")],
    ),
    # untouched: team sports (a club the tables know, a town, a country), no score, no person
    (
        "Erling Haland scored as Manchester United beat Fulham 2-1.",
        [
            ("Erling Haland", "PERSON", "Erling Haland"),
            ("Manchester United", "ORG", "Manchester United"),
            ("Fulham", "ORG", "Fulham"),
        ],
        [
            ("Erling Haland", "PERSON", "Erling Haland"),
            ("Fulham", "ORG", "Fulham"),
            ("Manchester United", "ORG", "Manchester United"),
        ],
    ),
    (
        "Jon Rahm beat Leeds 3-1.",
        [("Jon Rahm", "PERSON", "Jon Rahm"), ("Leeds", "ORG", "Leeds")],
        [("Jon Rahm", "PERSON", "Jon Rahm"), ("Leeds", "ORG", "Leeds")],
    ),
    (
        "Anna Holm beat Brazil 2-0.",
        [("Anna Holm", "PERSON", "Anna Holm"), ("Brazil", "ORG", "Brazil")],
        [("Anna Holm", "PERSON", "Anna Holm"), ("Brazil", "ORG", "Brazil")],
    ),
    (
        "Casper Ruud beat Novak Djokovich on Sunday.",
        [("Casper Ruud", "PERSON", "Casper Ruud"), ("Novak Djokovich", "ORG", "Novak Djokovich")],
        [("Casper Ruud", "PERSON", "Casper Ruud"), ("Novak Djokovich", "ORG", "Novak Djokovich")],
    ),
    (
        "Harlow Rovers beat Kessing Athletic 2-1.",
        [
            ("Harlow Rovers", "ORG", "Harlow Rovers"),
            ("Kessing Athletic", "ORG", "Kessing Athletic"),
        ],
        [
            ("Harlow Rovers", "ORG", "Harlow Rovers"),
            ("Kessing Athletic", "ORG", "Kessing Athletic"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "marks", "want"), SIDES)
def test_people_sides(
    text: str, marks: list[tuple[str, str, str]], want: list[tuple[str, str, str]]
) -> None:
    assert sided(text, marks) == sorted(want)

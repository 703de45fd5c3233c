"""A person or a body, session 37 (issue 13, persons37): one-word and short mentions typed
wrong. A result only two people can have (tennis sets, a bout won on points or by knockout)
makes its sides players whatever a club, company or town table says of their names
(``sports.SINGLE_COMBAT``, ``sports._combat_sides``, ``sports._duel_opponents``, agate results
in sets); a name typed a person that says "he"/"she" or has its age in apposition is no club of
the tables (``sports._speaks_as_person``); a firm's founder's surname with a firm's strong cue
before the text names the founder is the firm, and the founder stays a person
(``evidence.document_types``). On plain mention lists where the statistical model is not the
point, on the whole pipeline where it is; invented texts; each mechanism with three new cases
of its family and cases that must stay untouched."""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.commons import common_words
from briefx.pipeline.entities.evidence import cues, document_types
from briefx.pipeline.entities.sports import _single_combat, _speaks_as_person, people_sides

Mark = tuple[str, str]  # (surface, type)
ENGLISH = frozenset({"beat", "said", "the", "next", "plays", "will", "face", "stopped"})


def _ents(text: str, marks: list[Mark]) -> list[Ent]:
    ents, pos = [], 0
    for surface, typ in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    return ents


def _types(text: str, ents: list[Ent]) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.type) for e in sorted(ents, key=lambda e: e.start)]


COMBAT = [
    ("Preston beat Bolton 6-3 6-4 on Monday.", True),
    ("Walton bt Ford 6-2, 7-6(5)", True),
    ("Ferrari beat Morrison 7-6 (7-4) 3-6 6-1.", True),
    ("Derby beat Bradford on points over ten rounds.", True),
    ("Bradford stopped Derby by technical knockout in the fifth round.", True),
    ("Livingston won on a split decision.", True),
    ("Fleetwood beat Preston 3&2 in the final.", True),
    ("Suzuki beat Ford at the first extra hole.", True),
    ("Barclay won by two shots from Lincoln.", True),
    # untouched: one football score, volleyball sets, scores apart, standings on points
    ("Preston beat Bolton 2-1 at Deepdale.", False),
    ("Poland beat Italy 25-21 25-19 25-23.", False),
    ("Leeds beat Hull 6-3 and Derby drew 6-4 with Stoke.", False),
    ("Derby are level on points with Stoke.", False),
    ("Stoke stay third on points difference.", False),
    ("Sales rose 6-4 in the year to 7-5 in March.", False),
    ("Leeds won by two goals, and Ward & Co said 10 & 12 were sold.", False),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "want"), COMBAT)
def test_single_combat(sentence: str, want: bool) -> None:
    assert _single_combat(sentence) is want


SIDES = [
    # a club's or a town's name is a player's surname in tennis sets or a bout's result
    ("Preston beat Bolton 6-3 6-4 to reach the quarter-finals.",
     [("Preston", "ORG"), ("Bolton", "ORG")],
     [("Preston", "PERSON"), ("Bolton", "PERSON")]),
    ("Bradford stopped Derby by technical knockout in Sheffield.",
     [("Bradford", "GPE"), ("Derby", "GPE"), ("Sheffield", "GPE")],
     [("Bradford", "PERSON"), ("Derby", "PERSON"), ("Sheffield", "GPE")]),
    ("\u201cI was tired,\u201d she said after Hamilton beat her 6-4 7-5 in Eastbourne.",
     [("Hamilton", "ORG"), ("Eastbourne", "GPE")],
     [("Hamilton", "PERSON"), ("Eastbourne", "GPE")]),
    ("Hamilton (Britain) bt Suzuki (Japan) 7-5 6-2\n",
     [("Britain", "GPE"), ("Suzuki", "ORG"), ("Japan", "GPE")],
     [("Hamilton", "PERSON"), ("Britain", "GPE"), ("Suzuki", "PERSON"), ("Japan", "GPE")]),
    # the opponent of a person across a match verb, in a text of such results
    ("Norrie beat Draper 7-6(4) 6-3. Cameron Norrie plays Hamilton next.",
     [("Norrie", "PERSON"), ("Draper", "PERSON"), ("Cameron Norrie", "PERSON"),
      ("Hamilton", "ORG")],
     [("Norrie", "PERSON"), ("Draper", "PERSON"), ("Cameron Norrie", "PERSON"),
      ("Hamilton", "PERSON")]),
    ("Alex Preston beat Tom Bolton 6-3 6-4. Alex Preston will face Ferrari next.",
     [("Alex Preston", "PERSON"), ("Tom Bolton", "PERSON"), ("Alex Preston", "PERSON"),
      ("Ferrari", "ORG")],
     [("Alex Preston", "PERSON"), ("Tom Bolton", "PERSON"), ("Alex Preston", "PERSON"),
      ("Ferrari", "PERSON")]),
    # untouched: clubs with a football score, countries in sets, a town after "in", a club
    # across a match verb in a text with no result between people
    ("Preston beat Bolton 2-1 at Deepdale.",
     [("Preston", "ORG"), ("Bolton", "ORG"), ("Deepdale", "FAC")],
     [("Preston", "ORG"), ("Bolton", "ORG"), ("Deepdale", "FAC")]),
    ("Britain beat Spain 6-3 6-4 in the mixed doubles.",
     [("Britain", "GPE"), ("Spain", "GPE")],
     [("Britain", "GPE"), ("Spain", "GPE")]),
    ("Derby beat Bradford on points in Derby.",
     [("Derby", "GPE"), ("Bradford", "GPE"), ("Derby", "GPE")],
     [("Derby", "PERSON"), ("Bradford", "PERSON"), ("Derby", "GPE")]),
    ("Leeds beat Hull 2-1. Leeds will face Chelsea next.",
     [("Leeds", "ORG"), ("Hull", "ORG"), ("Leeds", "ORG"), ("Chelsea", "ORG")],
     [("Leeds", "ORG"), ("Hull", "ORG"), ("Leeds", "ORG"), ("Chelsea", "ORG")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), SIDES)
def test_people_sides_by_score(text: str, marks: list[Mark], want: list[Mark]) -> None:
    ents = _ents(text, marks)
    people_sides(text, ents, {}, ENGLISH)
    assert _types(text, ents) == want


def test_combat_side_takes_full_name() -> None:
    """A surname alone takes the full name the document gives its person."""
    text = "Dan Hamilton won. Hamilton beat Preston 6-3 6-4."
    ents = _ents(text, [("Dan Hamilton", "PERSON"), ("Hamilton", "ORG"), ("Preston", "ORG")])
    ents[0].name = "Dan Hamilton"
    people_sides(text, ents, {}, ENGLISH)
    assert [(e.type, e.name) for e in ents] == [
        ("PERSON", "Dan Hamilton"), ("PERSON", "Dan Hamilton"), ("PERSON", "Preston"),
    ]  # fmt: skip


SPEAKS = [
    ("Preston said he was fit.", True),
    ("Crawley said she wanted a rematch.", True),
    ("Preston, 23, will play on Monday.", True),
    # untouched: a club's statement, a quotation's attribution alone, a plain subject
    ("Preston said in a statement that the manager had left.", False),
    ("\u201cWe wish him well,\u201d Preston said.", False),
    ("Preston beat Bolton 2-1.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), SPEAKS)
def test_speaks_as_person(text: str, want: bool) -> None:
    s = text.index("Preston") if "Preston" in text else text.index("Crawley")
    assert _speaks_as_person(text, s, s + 7) is want


FOUNDERS = [
    # the surname with a firm's strong cue before the founder is named: the firm
    (("Dyson said in a statement that its profit rose, and the company's founder, James Dyson, "
      "said the move was about growth."),
     [("Dyson", "PERSON", "James Dyson"), ("James Dyson", "PERSON", "James Dyson")],
     [("Dyson", "ORG"), ("James Dyson", "PERSON")]),
    ("Shares of Ferrari rose 2%, and Piero Ferrari said demand was strong.",
     [("Ferrari", "PERSON", "Piero Ferrari"), ("Piero Ferrari", "PERSON", "Piero Ferrari")],
     [("Ferrari", "ORG"), ("Piero Ferrari", "PERSON")]),
    ("Mars said in a statement that its sales rose; Frank Mars founded it in Tacoma.",
     [("Mars", "PERSON", "Frank Mars"), ("Frank Mars", "PERSON", "Frank Mars")],
     [("Mars", "ORG"), ("Frank Mars", "PERSON")]),
    # and the firm's other mentions before the founder is named, with no person's cue
    (("Dyson to buy Halden Foods\n\nDyson said in a statement that its profit rose; James Dyson "
      "founded it."),
     [("Dyson", "PERSON", "James Dyson"), ("Halden Foods", "ORG", "Halden Foods"),
      ("Dyson", "PERSON", "James Dyson"), ("James Dyson", "PERSON", "James Dyson")],
     [("Dyson", "ORG"), ("Halden Foods", "ORG"), ("Dyson", "ORG"), ("James Dyson", "PERSON")]),
    # after the founder too, where the mention has no person's cue of its own; one that says
    # "he" stays the founder
    (("Hollis, the packaging maker, said it would close its plant in Derby; Edward Hollis "
      "founded it. Hollis employs 2,300 people. Later Hollis said he was sad."),
     [("Hollis", "PERSON", "Edward Hollis"), ("Edward Hollis", "PERSON", "Edward Hollis"),
      ("Hollis", "PERSON", "Edward Hollis"), ("Hollis", "PERSON", "Edward Hollis")],
     [("Hollis", "ORG"), ("Edward Hollis", "PERSON"), ("Hollis", "ORG"), ("Hollis", "PERSON")]),
    # untouched: the surname after the full name, with no firm's cue
    ("Mark Dell, chief executive of Halden Foods, said profits rose. Dell said demand held.",
     [("Mark Dell", "PERSON", "Mark Dell"), ("Halden Foods", "ORG", "Halden Foods"),
      ("Dell", "PERSON", "Mark Dell")],
     [("Mark Dell", "PERSON"), ("Halden Foods", "ORG"), ("Dell", "PERSON")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), FOUNDERS)
def test_founder_and_firm(text: str, marks: list[tuple[str, str, str]], want: list[Mark]) -> None:
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    document_types(text, ents, frozenset({"said", "rose", "shares", "the"}))
    assert _types(text, ents) == want


PIPELINE = [
    # the whole pipeline: tennis sets and a bout's result make players of clubs' and towns'
    # names; the clubs stay where a football score stands
    ("Preston beat Bolton 6-3 6-4 on Monday to reach the quarter-finals at Eastbourne.",
     {"Preston": "PERSON", "Bolton": "PERSON", "Eastbourne": "GPE"}),
    ("Bradford stopped Derby by technical knockout in the fifth round in Sheffield.",
     {"Bradford": "PERSON", "Derby": "PERSON", "Sheffield": "GPE"}),
    ("Fleetwood beat Preston 3&2 in the final of the match play in Girona.",
     {"Fleetwood": "PERSON", "Preston": "PERSON", "Girona": "GPE"}),
    (("Dyson said it would move its head office to Singapore, and the company's founder, James "
      "Dyson, said the move was about growth."),
     {"Dyson": "ORG", "James Dyson": "PERSON", "Singapore": "GPE"}),
    ("Preston beat Bolton 2-1 at Deepdale on Saturday.",
     {"Preston": "ORG", "Bolton": "ORG", "Deepdale": "FAC"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), PIPELINE)
def test_pipeline(run, text: str, want: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text)
    got = {m.text: e.type for e in brief.entities for m in e.mentions}
    assert {k: got.get(k) for k in want} == want


PARENT = [
    # a business's owner after the possessive: the name is a firm's (``firm_have`` "parent")
    ("Calvin Klein's parent company, PVH, said sales rose.", "Calvin Klein", True),
    ("Kate Spade's parent, Tapestry, reported higher sales.", "Kate Spade", True),
    ("Shares in Anya Roe's parent fell 3%.", "Anya Roe", True),
    # untouched: a person's parents, father, mother
    ("Tom Bolton's parents said he had been bullied.", "Tom Bolton", False),
    ("Tom Bolton's father said he had been bullied.", "Tom Bolton", False),
    ("Mia Okafor's mother told reporters she was proud.", "Mia Okafor", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "firm"), PARENT)
def test_parent_is_a_firms(text: str, name: str, firm: bool) -> None:
    s = text.index(name)
    got = cues(text, Ent(s, s + len(name), "PERSON", name))
    assert (got["ORG"] > 0) is firm


ADDRESS = [
    # a style of address only a person has, right before the name: a person's strong cue
    ("Mr Ford told workers he had spoken to the minister.", "Ford", "ORG", True),
    ("Mrs. Morrison told the inquiry she had warned the council.", "Morrison", "ORG", True),
    ("Ms Hilton said the hotel had been sold.", "Hilton", "GPE", True),
    # untouched: other titles before a body's word, a firm's name, a style inside a word
    ("General Motors said sales rose.", "Motors", "ORG", False),
    ("Dr Martens said sales fell.", "Martens", "ORG", False),
    ("Ford said sales rose.", "Ford", "ORG", False),
    ("Hamms Ford said sales rose.", "Ford", "ORG", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "typ", "person"), ADDRESS)
def test_address_style(text: str, name: str, typ: str, person: bool) -> None:
    s = text.index(name)
    got = cues(text, Ent(s, s + len(name), typ, name))
    assert (got["PERSON"] >= 5) is person


SPOKEN = [
    # the whole pipeline: the person after "Mr"/"Ms" is the one who speaks, whatever a table
    # says of the surname
    ("Mr Ford said the plant would stay open. Ford told workers he had spoken to the minister.",
     "Ford", ["Ford", "Ford"]),
    ("Ms Preston told the tribunal she had been dismissed unfairly.", "Preston", ["Preston"]),
    ("Mr. Dell said the loan had been mis-sold.", "Dell", ["Dell"]),
    # untouched: a firm's role word before its name
    ("Carmaker BYD said sales rose 9%.", "BYD", ["BYD"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "speakers"), SPOKEN)
def test_address_style_speaks(run, text: str, name: str, speakers: list[str]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text)
    ents = {e.id: e for e in brief.entities}
    got = [ents[s.speaker].name for s in brief.statements if s.speaker in ents]
    assert got == speakers
    assert all(e.type == ("ORG" if name == "BYD" else "PERSON") for e in brief.entities)


SURNAME_WORDS = [
    # a common word the text gives a person as surname names the firm too: kept
    ("Dell said it would cut jobs, and its founder, Michael Dell, said it had to.",
     [("Dell", "ORG", "Dell"), ("Michael Dell", "PERSON", "Michael Dell")], ["Dell", "Michael Dell"]),
    ("Mars said its sales rose, and Frank Mars founded it.",
     [("Mars", "ORG", "Mars"), ("Frank Mars", "PERSON", "Frank Mars")], ["Mars", "Frank Mars"]),
    ("Boots said it would close stores. Jesse Boots founded it.",
     [("Boots", "ORG", "Boots"), ("Jesse Boots", "PERSON", "Jesse Boots")],
     ["Boots", "Jesse Boots"]),
    # untouched: the common word with no person of that surname is dropped, as before
    ("Dell said it would cut jobs.", [("Dell", "ORG", "Dell")], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "kept"), SURNAME_WORDS)
def test_surname_is_no_common_word(
    text: str, marks: list[tuple[str, str, str]], kept: list[str]
) -> None:
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    english = frozenset({"dell", "mars", "boots", "said", "cut", "jobs"})
    assert [text[e.start : e.end] for e in common_words(text, ents, english)] == kept

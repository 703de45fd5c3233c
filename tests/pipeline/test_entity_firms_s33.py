"""Organisations whose names read like a person's or a place's, session 33 (issue 13, firms20):
a listed "A & B" written "A and B" (``joins.listed_over_pieces``); NER's organisation joined to
a listed firm kept through the common-word drops (``commons.listed_partner``); the words after a
name that only a listed firm has ("X shares fell", "X said profit would miss", "X posted a
loss"; ``evidence.cues``); a row of a list of movers (``tables.market_block``,
``tables.market_rows``). On plain mention lists where the statistical model is not the point,
on the whole pipeline where it is; invented texts; each mechanism with three new cases of its
family and cases that must stay untouched."""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.commons import listed_partner
from briefx.pipeline.entities.evidence import cues
from briefx.pipeline.entities.joins import listed_over_pieces
from briefx.pipeline.entities.tables import market_block, market_rows

ENGLISH = frozenset({"gold", "oil", "copper", "marks", "the", "and", "of", "ford", "brent"})

Mark = tuple[str, str]  # (surface, type)


def _ents(text: str, marks: list[Mark]) -> list[Ent]:
    ents, pos = [], 0
    for surface, typ in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, surface))
        pos = s + len(surface)
    return ents


def _types(text: str, ents: list[Ent]) -> list[Mark]:
    return [(text[e.start : e.end], e.type) for e in sorted(ents, key=lambda e: e.start)]


# a listed "A & B" written with "and": the whole conjunction is the firm
AND_NAMES = [
    ("Shares in Marks and Spencer fell 2 percent.", [("Marks", "GPE"), ("Spencer", "GPE")],
     [("Marks and Spencer", "ORG")]),
    ("Legal and General kept its dividend.", [("Legal", "ORG")], [("Legal and General", "ORG")]),
    ("Church and Dwight said quarterly profit beat forecasts.", [],
     [("Church and Dwight", "ORG")]),
    # untouched: two people ("Tom Marks and Spencer Jones"), a longer capitalised run after it,
    # the "&" form (left to NER), a name no "&" firm of the table has
    ("Tom Marks and Spencer Jones were charged.",
     [("Tom Marks", "PERSON"), ("Spencer Jones", "PERSON")],
     [("Tom Marks", "PERSON"), ("Spencer Jones", "PERSON")]),
    ("Marks and Spencer Jones met.", [("Marks", "PERSON"), ("Spencer Jones", "PERSON")],
     [("Marks", "PERSON"), ("Spencer Jones", "PERSON")]),
    ("Marks & Spencer fell.", [("Marks & Spencer", "ORG")], [("Marks & Spencer", "ORG")]),
    ("Smith and Jones fell.", [("Smith", "PERSON"), ("Jones", "PERSON")],
     [("Smith", "PERSON"), ("Jones", "PERSON")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), AND_NAMES)
def test_listed_and_names(text: str, marks: list[Mark], want: list[Mark]) -> None:
    ents = _ents(text, marks)
    listed_over_pieces(text, ents, ENGLISH)
    assert _types(text, ents) == want


def test_listed_and_name_takes_the_table_name() -> None:
    text = "Marks and Spencer said sales rose."
    ents: list[Ent] = []
    listed_over_pieces(text, ents, ENGLISH)
    assert [e.name for e in ents] == ["Marks & Spencer"]


# NER's organisation joined to a listed firm right after it
PARTNERS = [
    ("Ford and Toyota recalled 20,000 cars.", [("Ford", "ORG"), ("Toyota", "ORG")], True),
    ("Ford, Honda and Nissan cut output.", [("Ford", "ORG"), ("Honda", "ORG")], True),
    ("Kestrel & Toyota signed a deal.", [("Kestrel", "ORG"), ("Toyota", "ORG")], True),
    # untouched: the partner is no listed firm, a person, or comes first; a long gap
    ("Gold and Silver fell.", [("Gold", "ORG"), ("Silver", "ORG")], False),
    ("Ford and Toyota met.", [("Ford", "PERSON"), ("Toyota", "ORG")], False),
    ("Toyota and Ford recalled cars.", [("Toyota", "ORG"), ("Ford", "ORG")], False),
    ("Ford, which trails, and Toyota met.", [("Ford", "ORG"), ("Toyota", "ORG")], False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), PARTNERS)
def test_listed_partner(text: str, marks: list[Mark], want: bool) -> None:
    ents = _ents(text, marks)
    assert listed_partner(text, ents[0], ents) is want


# what only a listed firm has or does right after its name: a strong ORG cue
FIRM_CUES = [
    ("Dalton Mercer shares fell 5 percent after the warning.", "Dalton Mercer", "PERSON", True),
    ("Abbott Hale shares jumped on the news.", "Abbott Hale", "ORG", True),
    ("Carver Lyle stock closed lower on Friday.", "Carver Lyle", "PERSON", True),
    ("Kendal Ross said profit would miss forecasts.", "Kendal Ross", "PERSON", True),
    ("Lloyd Carrick posted a pre-tax loss of 14 million pounds.", "Lloyd Carrick", "PERSON", True),
    ("Walton Keane said full-year revenue would fall.", "Walton Keane", "PERSON", True),
    # untouched: "shares" a verb, a person's profit with no modal or verb after it, a titled
    # person, a city's shares (its market)
    ("Dalton Mercer shares the view of his party.", "Dalton Mercer", "PERSON", False),
    ("Johnson said profit at the bakery had doubled.", "Johnson", "PERSON", False),
    ("Tokyo shares fell 2 percent.", "Tokyo", "GPE", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "typ", "want"), FIRM_CUES)
def test_firm_cues(text: str, word: str, typ: str, want: bool) -> None:
    s = text.index(word)
    e = Ent(s, s + len(word), typ, word)
    assert (cues(text, e)["ORG"] >= 5) is want


def test_titled_person_keeps_no_share_cue() -> None:
    text = "Dalton Mercer shares fell 5 percent."
    e = Ent(0, 13, "PERSON", "Dalton Mercer", ("Chief Executive",))
    assert cues(text, e)["ORG"] == 0


# a row of a list of movers: the paragraph names the list and holds three rows' figures
BLOCKS = [
    ("Top gainers: Harvey Norman 4.2%, Wesfarmers 3.1%, JB Hi-Fi 2.9%.", "Harvey Norman", True),
    ("Biggest movers:\nCarver Lyle +6.2%\nBunzl -2.8%\nAshby Grant -4.1%\n", "Carver Lyle", True),
    ("Leading fallers\nHale Foods 312p, -3%\nKingfisher 240p, -2%\n", "Hale Foods", True),
    # untouched: a poll, a list of indices under "shares", a lone figure, another paragraph
    ("Latest poll: Harris 48%, Trump 46%, Stein 2%.", "Harris", False),
    ("Asian shares were mixed: Nikkei -1.2%, Hang Seng +0.4%, Kospi -0.8%.", "Nikkei", False),
    ("Top gainers were few. Harvey Norman 4.2% higher.", "Harvey Norman", False),
    ("Top gainers: A 1%, B 2%, C 3%.\n\nHarvey Norman 4.2% of the vote.", "Harvey Norman", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "want"), BLOCKS)
def test_market_block(text: str, word: str, want: bool) -> None:
    s = text.index(word)
    assert market_block(text, s, s + len(word)) is want


def test_row_cue_retypes_a_person_in_a_movers_list() -> None:
    text = "Top fallers: Harlow Benning 2.1%, Persimmon 1.9%, Halma 1.2%."
    e = Ent(13, 27, "PERSON", "Harlow Benning")
    assert cues(text, e)["ORG"] >= 5
    poll = "Latest poll: Harlow Benning 41%, Roe 38%, Doe 12%."
    assert cues(poll, Ent(13, 27, "PERSON", "Harlow Benning"))["ORG"] == 0


ROWS = [
    ("Top gainers: Harvey Norman 4.2%, Wesfarmers 3.1%, JB Hi-Fi 2.9%.",
     [("Harvey Norman", "PERSON")],
     [("Harvey Norman", "PERSON"), ("Wesfarmers", "ORG"), ("JB Hi-Fi", "ORG")]),
    ("Biggest movers:\nCarver Lyle +6.2%\nWhitbread +3.4%\nBunzl -2.8%\n", [("Whitbread", "ORG")],
     [("Carver Lyle", "ORG"), ("Whitbread", "ORG"), ("Bunzl", "ORG")]),
    ("Session fallers: Fenton Oakes -3.9%, Garland Reid -2.2%, Halma -1.1%.", [],
     [("Fenton Oakes", "ORG"), ("Garland Reid", "ORG"), ("Halma", "ORG")]),
    # untouched: commodities of English words, a poll, a list with no movers' word
    ("Commodity movers: Gold +1.2%, Oil -2.1%, Copper +0.8%.", [], []),
    ("Latest poll: Harris 48%, Trump 46%, Stein 2%.", [], []),
    ("Asian shares were mixed: Nikkei -1.2%, Hang Seng +0.4%, Kospi -0.8%.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), ROWS)
def test_market_rows(text: str, marks: list[Mark], want: list[Mark]) -> None:
    ents = _ents(text, marks)
    market_rows(text, ents, ENGLISH)
    assert _types(text, ents) == want


# the whole pipeline: the family's probes, and people and places that stay
PIPELINE = [
    (("Shares in Rolls-Royce rose 3 percent while Marks and Spencer fell, and Johnson Matthey "
      "said profit would miss forecasts."),
     {"Marks and Spencer": "ORG", "Johnson Matthey": "ORG"}),
    ("Top gainers: Harvey Norman 4.2%, Wesfarmers 3.1%, JB Hi-Fi 2.9%, Ramsay Health Care 1.8%.",
     {"Harvey Norman": "ORG", "Wesfarmers": "ORG", "JB Hi-Fi": "ORG"}),
    ("Ford and Toyota recalled 20,000 cars.", {"Ford": "ORG", "Toyota": "ORG"}),
    ("Dalton Mercer shares fell 5 percent after the insurer warned on results.",
     {"Dalton Mercer": "ORG"}),
    ("Lloyd Carrick posted a pre-tax loss of 14 million pounds and said it would close six depots.",
     {"Lloyd Carrick": "ORG"}),
    # untouched
    ("Harvey Norman, a retired teacher, opened a cafe in Perth last year.",
     {"Harvey Norman": "PERSON", "Perth": "GPE"}),
    ("Tornadoes hit Ford County and Spencer, Iowa, on Tuesday.",
     {"Ford County": "GPE", "Spencer": "GPE", "Iowa": "GPE"}),
    ("Tom Marks and Spencer Jones were arrested in Leeds.",
     {"Tom Marks": "PERSON", "Spencer Jones": "PERSON", "Leeds": "GPE"}),
    ("Stanley Forbes, the chief executive of Marlow Freight, said volumes rose 4 percent.",
     {"Stanley Forbes": "PERSON", "Marlow Freight": "ORG"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), PIPELINE)
def test_pipeline(nlp, text: str, want: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    got = {text[e.start : e.end]: e.type for e in doc._.briefx_entities}
    assert {k: got.get(k) for k in want} == want

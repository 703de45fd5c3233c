"""Session 44 (acro44): letters the document itself equates with a body's name though they do
not spell its English name. ``coref.initials``: letters in capitals bracketed right after an
organisation's name are its short form whatever their letters (the acronym of its native
name: "Statistics Sweden (SCB)", "Christian Democratic and Flemish (CD&V)", "(ÖVP)"), also over
a table's other body ("Alliance of Sahel States (AES)"), tagged where NER left them (and their
later mentions), the table's longer title where it shares a word with the written name
("Social Democrats (SPD)"), the title written before the bracket tagged where NER missed it;
``coref.headings``: a heading in capitals naming a body with its short form in brackets;
``entities.spans``: such a heading is no dateline; ``coref.acronym_titles``: a party's letters
bracketed after a person's name are no definition. Untouched: a person's party, a code after
several names, a news agency's credit, a currency, a place, a one-word name (a ticker), a
headline in capitals, a dateline."""

from __future__ import annotations

import re

import pytest

from briefx.pipeline.coref.acronym_titles import table_acronyms
from briefx.pipeline.coref.ent import Ent
from briefx.pipeline.coref.headings import capital_names
from briefx.pipeline.coref.initials import acronyms
from briefx.pipeline.entities.spans import DATELINE, _heading_body
from tests.pipeline.conftest import ents_of

NAMES = {"AES": "AES Corporation", "AFP": "Agence France-Presse", "BERLIN": "Berlin"}

EQUATED = [
    # the acronym of the native name, and its later bare mention
    (
        "Statistics Sweden (SCB) said jobless claims rose. SCB revised August.",
        [("Statistics Sweden", "ORG"), ("SCB", "ORG"), ("SCB", "ORG")],
        {"SCB": "Statistics Sweden"},
    ),
    (
        "The Federal Employment Agency (BA) said unemployment rose.",
        [("Federal Employment Agency", "ORG"), ("BA", "ORG")],
        {"BA": "Federal Employment Agency"},
    ),
    (
        "Christian Democratic and Flemish (CD&V) joined. CD&V leader Sammy Mahdi spoke.",
        [("Christian Democratic and Flemish", "ORG"), ("CD&V", "ORG"), ("CD&V", "ORG")],
        {"CD&V": "Christian Democratic and Flemish"},
    ),
    (
        "The Austrian People's Party (ÖVP) came second.",
        [("Austrian People's Party", "ORG"), ("ÖVP", "ORG")],
        {"ÖVP": "Austrian People's Party"},
    ),
    # the document over a table's other body
    (
        "The Alliance of Sahel States (AES) will issue passports.",
        [("Alliance of Sahel States", "ORG"), ("AES", "ORG")],
        {"AES": "Alliance of Sahel States"},
    ),
    # a name NER typed a place that no table knows as one
    (
        "Statistics Netherlands (CBS) said exports fell.",
        [("Statistics Netherlands", "GPE"), ("CBS", "ORG")],
        {"CBS": "Statistics Netherlands", "Statistics Netherlands": "Statistics Netherlands"},
    ),
    # the table's longer title of the same body, for the letters and the written name
    (
        "The Social Democrats (SPD) fell to 16 percent.",
        [("Social Democrats", "ORG"), ("SPD", "ORG")],
        {
            "SPD": "Social Democratic Party of Germany",
            "Social Democrats": "Social Democratic Party of Germany",
        },
    ),
    # untagged letters in the bracket and later
    (
        "the Reformist Movement (MR) and others. MR leader Georges-Louis Bouchez spoke.",
        [("Reformist Movement", "ORG")],
        {"MR": "Reformist Movement"},
    ),
    # the table's title written before the bracket, which NER cut to a place
    (
        "the far-right Alternative for Germany (AfD) doubled its share.",
        [("Germany", "GPE"), ("AfD", "ORG")],
        {"Alternative for Germany": "Alternative for Germany"},
    ),
]

STAY = [
    # a person's party
    ("Lawmaker Johann Wadephul (CDU) said.", [("Johann Wadephul", "PERSON"), ("CDU", "ORG")]),
    # a code after several names
    (
        "1. Team Visma (DEN) 2. Jonas Vingegaard (DEN)",
        [("Team Visma", "ORG"), ("DEN", "ORG"), ("Jonas Vingegaard", "PERSON"), ("DEN", "ORG")],
    ),
    # a news agency's credit
    (
        "Lufthansa Group (AFP) - Lufthansa cut flights.",
        [("Lufthansa Group", "ORG"), ("AFP", "ORG")],
    ),
    # a currency, a place
    ("Deutsche Bank (EUR) results.", [("Deutsche Bank", "ORG"), ("EUR", "ORG")]),
    ("The Bank of England (UK) held.", [("Bank of England", "ORG"), ("UK", "GPE")]),
    # a one-word name: a ticker
    ("Nvidia (NVDA) shares rose.", [("Nvidia", "ORG"), ("NVDA", "ORG")]),
    # a firm's initials the table gives another body, no initial shared
    ("Ford Motor (AFP) cut output.", [("Ford Motor", "ORG"), ("AFP", "ORG")]),
]


def _names(text: str, ents: list[Ent]) -> dict[str, str]:
    return {text[e.start : e.end]: e.name for e in ents}


@pytest.mark.parametrize(("text", "spans", "names"), EQUATED)
def test_equated_letters(text: str, spans: list[tuple[str, str]], names: dict[str, str]) -> None:
    ents = ents_of(text, spans, NAMES)
    acronyms(text, ents)
    got = _names(text, ents)
    for written, name in names.items():
        assert got.get(written) == name, (written, got)
        assert all(e.name == name for e in ents if text[e.start : e.end] == written)
    assert all(e.type == "ORG" for e in ents if e.name in names.values())


def test_later_untagged_letters_are_tagged() -> None:
    text = "the Reformist Movement (MR) and others. MR leader Georges-Louis Bouchez spoke."
    ents = ents_of(text, [("Reformist Movement", "ORG")])
    acronyms(text, ents)
    assert [text[e.start : e.end] for e in sorted(ents, key=lambda e: e.start)] == [
        "Reformist Movement",
        "MR",
        "MR",
    ]


@pytest.mark.parametrize(("text", "spans"), STAY)
def test_letters_that_stay(text: str, spans: list[tuple[str, str]]) -> None:
    ents = ents_of(text, spans, NAMES)
    before = [(e.start, e.end, e.type, e.name) for e in ents]
    acronyms(text, ents)
    assert [(e.start, e.end, e.type, e.name) for e in ents] == before


HEADINGS = [
    (
        "FINNISH INSTITUTE FOR HEALTH AND WELFARE (THL)\n\nHELSINKI - Cases rose, THL said.",
        [("FINNISH", "NORP"), ("THL", "ORG"), ("HELSINKI", "GPE"), ("THL", "ORG")],
        "FINNISH INSTITUTE FOR HEALTH AND WELFARE",
        "Finnish Institute for Health and Welfare",
    ),
    (
        "SAUDI ARABIAN OIL COMPANY (Aramco)\n\nDHAHRAN - Aramco reported profit.",
        [
            ("SAUDI ARABIAN OIL COMPANY", "GPE"),
            ("Aramco", "ORG"),
            ("DHAHRAN", "GPE"),
            ("Aramco", "ORG"),
        ],
        "SAUDI ARABIAN OIL COMPANY",
        "Saudi Aramco",
    ),
    (
        "From: HON HAI PRECISION INDUSTRY CO., LTD. (Foxconn)\n\nFoxconn reported profit.",
        [("HON HAI PRECISION INDUSTRY CO", "ORG"), ("LTD", "ORG"), ("Foxconn", "ORG")],
        "HON HAI PRECISION INDUSTRY CO., LTD.",
        "Foxconn",
    ),
]


@pytest.mark.parametrize(("text", "spans", "heading", "name"), HEADINGS)
def test_capital_headings(text: str, spans: list[tuple[str, str]], heading: str, name: str) -> None:
    names = {"Aramco": "Saudi Aramco", **NAMES}
    ents = capital_names(text, ents_of(text, spans, names))
    got = [(text[e.start : e.end], e.type, e.name) for e in ents]
    assert (heading, "ORG", name) in got
    short = re.search(r"\((\w+)\)", text).group(1)  # type: ignore[union-attr]
    assert all(n == name and t == "ORG" for w, t, n in got if w == short)


HEADINGS_STAY = [
    "WASHINGTON (Reuters)\n\nThe Fed held rates.",
    "CENTRAL BANK HOLDS RATES (UPDATE 1)\n\nThe bank held rates.",
    "NORWEGIAN INSTITUTE OF PUBLIC HEALTH\nFHI said flu rose.",
    "Statistics Sweden (SCB)\nSCB said.",
]


@pytest.mark.parametrize("text", HEADINGS_STAY)
def test_capital_headings_stay(text: str) -> None:
    ents = ents_of(text, [])
    assert capital_names(text, ents) == []


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("SAUDI ARABIAN OIL COMPANY (Aramco)\n\nDHAHRAN - profit", True),
        ("EAST JAPAN RAILWAY COMPANY (JR East)\nTOKYO - profit", True),
        ("PANAMA CITY (Reuters) - The canal reopened.", False),
        ("WASHINGTON (Reuters)\nThe Fed held rates.", False),
        ("ZURICH INSURANCE COMPANY (Reuters) - Profit rose.", False),
    ],
)
def test_heading_is_no_dateline(text: str, heading: bool) -> None:
    mt = DATELINE.search(text)
    assert mt is not None
    assert _heading_body(text, mt) is heading


def test_party_after_a_person_takes_the_table_title() -> None:
    text = "BERLIN, March 6 - Lawmaker Johann Wadephul (CDU) said the vote was close."
    ents = ents_of(text, [("BERLIN", "GPE"), ("Johann Wadephul", "PERSON"), ("CDU", "ORG")], NAMES)
    table_acronyms(text, ents)
    assert ents[2].name == "Christian Democratic Union of Germany"


def test_defined_letters_stay_with_the_text() -> None:
    text = "BERLIN, March 6 - The Andean Fisheries Council (CDU) met. CDU said."
    ents = ents_of(
        text,
        [("BERLIN", "GPE"), ("Andean Fisheries Council", "ORG"), ("CDU", "ORG"), ("CDU", "ORG")],
    )
    table_acronyms(text, ents)
    assert [e.name for e in ents[2:]] == ["CDU", "CDU"]  # (the text's bracket: not the table's)


PIPELINE = [
    (
        (
            "STOCKHOLM, Oct 28, 2025 - Sweden's unemployment rate rose to 9.2 percent, Statistics "
            "Sweden (SCB) said on Tuesday. SCB revised the August rate down."
        ),
        {"SCB": "Statistics Sweden"},
    ),
    (
        (
            "FINNISH INSTITUTE FOR HEALTH AND WELFARE (THL)\n\nHELSINKI, 3 October 2024 - Four "
            "measles cases have been confirmed in Finland this year, THL said on Thursday."
        ),
        {
            "FINNISH INSTITUTE FOR HEALTH AND WELFARE": "Finnish Institute for Health and Welfare",
            "THL": "Finnish Institute for Health and Welfare",
        },
    ),
    (
        (
            "FRANKFURT, March 6, 2025 (Reuters) - Shares of Rheinmetall (RHMG.DE) rose 6 percent as "
            "Berlin loosened its debt brake. "
            "Lawmaker Johann Wadephul (CDU) said the Bundestag would vote within two weeks."
        ),
        {"Rheinmetall": "Rheinmetall", "CDU": "Christian Democratic Union of Germany"},
    ),
]


@pytest.mark.parametrize(("text", "names"), PIPELINE)
def test_pipeline_s44(run, text: str, names: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    got = {m.text: e.name for e in run(text).entities for m in e.mentions}
    for written, name in names.items():
        assert got.get(written) == name, (written, got)

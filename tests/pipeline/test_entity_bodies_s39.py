"""Session 39 (legis39): a country's legislature, chambers, top courts and cabinet named bare
("Parliament", "Congress", "the Commons", "the Cabinet", "the Lower House") take the title
English Wikipedia gives that country's body (``models/national_bodies.jsonl`` rows of session
39); a short name NER typed a place and the document's vote retyped ORG takes it too
(``coref.bodies.retyped_bodies``). Untouched: a union's parliament, two countries with no
evidence which, the United States' Congress in an American text, a written full name, a
mention the vote left a place, a mention that was ORG at the linking."""

from __future__ import annotations

import pytest

from briefx.normalize.names import national_body
from briefx.pipeline.coref.bodies import national_bodies, retyped_bodies
from tests.pipeline.conftest import ents_of

NAMES = {"TOKYO": "Tokyo", "MADRID": "Madrid", "LONDON": "London", "Britain": "United Kingdom"}


@pytest.mark.parametrize(
    ("short", "country", "want"),
    [
        ("Cabinet", "Japan", "Cabinet of Japan"),
        ("Cabinet", "United Kingdom", "Cabinet of the United Kingdom"),
        ("Cabinet", "Spain", "Council of Ministers (Spain)"),
        ("Cabinet", "Germany", None),
        ("Congress", "Spain", "Congress of Deputies"),
        ("Congress", "India", "Indian National Congress"),
        ("Congress", "United States", "United States Congress"),
        ("Congress", "Kenya", None),
        ("Commons", "United Kingdom", "House of Commons of the United Kingdom"),
        ("Commons", "Canada", "House of Commons of Canada"),
        ("Lower House", "Japan", "House of Representatives (Japan)"),
        ("Upper House", "India", "Rajya Sabha"),
        ("Parliament", "Spain", "Cortes Generales"),
        ("Parliament", "Fiji", "Parliament of Fiji"),
        # the U.S. legislature is no parliament: "Parliament" in a U.S.-led text is another country's
        ("Parliament", "United States", None),
        ("Supreme Court", "China", "Supreme People's Court"),
        ("Supreme Court", "Italy", None),
        ("Duma", "Russia", "State Duma"),
    ],
)
def test_body_titles(short: str, country: str, want: str | None) -> None:
    assert national_body(short, country) == want


CASES = [
    (
        "TOKYO, June 19 - Japan's Cabinet approved the plan.",
        [("TOKYO", "GPE"), ("Japan", "GPE"), ("Cabinet", "ORG")],
        ["Cabinet of Japan"],
    ),
    (
        "MADRID, April 22 - Spain's Congress rejected the law. Spain's Cabinet will try again.",
        [
            ("MADRID", "GPE"),
            ("Spain", "GPE"),
            ("Congress", "ORG"),
            ("Spain", "GPE"),
            ("Cabinet", "ORG"),
        ],
        ["Congress of Deputies", "Council of Ministers (Spain)"],
    ),
    (
        "LONDON, Feb 4 - Britain's Commons passed the bill; the Lords will vote next.",
        [("LONDON", "GPE"), ("Britain", "GPE"), ("Commons", "ORG"), ("Lords", "ORG")],
        ["House of Commons of the United Kingdom", "House of Lords"],
    ),
    # untouched: two countries named alike, no evidence which
    (
        "Officials from Peru and Colombia met. Congress must approve any deal.",
        [("Peru", "GPE"), ("Colombia", "GPE"), ("Congress", "ORG")],
        ["Congress"],
    ),
    # untouched: a union's parliament
    (
        "The European Union's Parliament voted. Parliament backed the rules in Belgium.",
        [
            ("European Union", "ORG"),
            ("Parliament", "ORG"),
            ("Parliament", "ORG"),
            ("Belgium", "GPE"),
        ],
        ["Parliament", "Parliament"],
    ),
    # untouched: a name that holds its country
    (
        "Japan's Cabinet Office said growth slowed in Japan.",
        [("Japan", "GPE"), ("Cabinet Office", "ORG"), ("Japan", "GPE")],
        ["Cabinet Office"],
    ),
]


@pytest.mark.parametrize(("text", "spans", "want"), CASES)
def test_bodies_take_titles(text: str, spans: list[tuple[str, str]], want: list[str]) -> None:
    ents = ents_of(text, spans, NAMES)
    national_bodies(text, ents)
    assert [e.name for e in ents if e.type == "ORG" and e.name not in NAMES.values()][
        -len(want) :
    ] == want


RETYPED = [
    # "Congress" typed GPE at the linking, ORG after the vote: titled
    (
        "BRASILIA, Aug 5 - Brazil's Congress approved the bill.",
        "GPE",
        "ORG",
        "National Congress of Brazil",
    ),
    (
        "SUVA, March 10 - Fiji's Parliament passed the budget.",
        "PERSON",
        "ORG",
        "Parliament of Fiji",
    ),
    # untouched: the vote left it a place
    ("BRASILIA, Aug 5 - Brazil's Congress approved the bill.", "GPE", "GPE", "Congress"),
    # untouched: ORG at the linking already (``national_bodies`` had its turn)
    ("BRASILIA, Aug 5 - Brazil's Congress approved the bill.", "ORG", "ORG", "Congress"),
]


@pytest.mark.parametrize(("text", "was", "now", "want"), RETYPED)
def test_retyped_bodies(text: str, was: str, now: str, want: str) -> None:
    body = text.split("'s ")[1].split()[0]
    country = text.split(" - ")[1].split("'s")[0]
    ents = ents_of(text, [(country, "GPE"), (body, now)], NAMES)
    had = {id(ents[0]): "GPE", id(ents[1]): was}
    retyped_bodies(text, ents, had)
    assert ents[1].name == want
    assert ents[0].name == country

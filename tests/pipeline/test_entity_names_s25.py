"""Session 25 (names10): team names and types in sports copy, from the opened sets' errors.

Invented examples only; none is copied from an eval file."""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent

NHL = "National Hockey League"


def league(text: str, spans: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    from briefx.pipeline.entities.leagues import team_names

    ents, pos = [], 0
    for surface, typ, name in spans:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    return [(text[e.start : e.end], e.name) for e in team_names(text, ents)]


NHL_TEAMS = [
    # the NHL's teams by place, by common name, in capitals, with and without the accent
    (
        "NHL results: Calgary 4 EDMONTON 2. The Canucks won.",
        [("NHL", "ORG", NHL), ("Calgary", "ORG", "Calgary"), ("EDMONTON", "ORG", "EDMONTON"),
         ("Canucks", "ORG", "Canucks")],  # fmt: skip
        [("NHL", NHL), ("Calgary", "Calgary Flames"), ("EDMONTON", "Edmonton Oilers"),
         ("Canucks", "Vancouver Canucks")],  # fmt: skip
    ),
    (
        "National Hockey League: Montreal 3 Ottawa 1, the Maple Leafs idle.",
        [("National Hockey League", "ORG", NHL), ("Montreal", "ORG", "Montreal"),
         ("Ottawa", "ORG", "Ottawa"), ("Maple Leafs", "ORG", "Maple Leafs")],  # fmt: skip
        [("National Hockey League", NHL), ("Montreal", "Montreal Canadiens"),
         ("Ottawa", "Ottawa Senators"), ("Maple Leafs", "Toronto Maple Leafs")],  # fmt: skip
    ),
    (
        "NHL: Pittsburgh 2 Montréal 2 (OT).",
        [("NHL", "ORG", NHL), ("Pittsburgh", "ORG", "Pittsburgh"), ("Montréal", "ORG", "Montréal")],
        [("NHL", NHL), ("Pittsburgh", "Pittsburgh Penguins"), ("Montréal", "Montreal Canadiens")],
    ),
    # untouched: a place two NHL teams share, a place typed GPE, no league named
    (
        "NHL: New York 3 Calgary 2, in Calgary.",
        [("NHL", "ORG", NHL), ("New York", "ORG", "New York"), ("Calgary", "ORG", "Calgary"),
         ("Calgary", "GPE", "Calgary")],  # fmt: skip
        [("NHL", NHL), ("New York", "New York"), ("Calgary", "Calgary Flames"),
         ("Calgary", "Calgary")],  # fmt: skip
    ),
    (
        "Calgary 4 Edmonton 2.",
        [("Calgary", "ORG", "Calgary"), ("Edmonton", "ORG", "Edmonton")],
        [("Calgary", "Calgary"), ("Edmonton", "Edmonton")],
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), NHL_TEAMS)
def test_nhl_teams(
    text: str, spans: list[tuple[str, str, str]], expected: list[tuple[str, str]]
) -> None:
    assert league(text, spans) == expected

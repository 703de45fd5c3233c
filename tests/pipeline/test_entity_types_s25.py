"""Entity types, session 25 (issue 13, families read off the opened sets' errors): a name the
tables or its own head word make a body keeps a body's type in the one vote per name
(``entities.evidence.document_types``). On plain mention lists (no model). Invented texts; each
rule has three new cases of its family and cases that must stay untouched."""

from __future__ import annotations

import pytest

from briefx.pipeline.coref import Ent
from briefx.pipeline.entities.evidence import document_types

Mark = tuple[str, str, str]  # (surface, type before the vote, name the linking gave)


def voted(text: str, marks: list[Mark]) -> list[tuple[str, str, str]]:
    """Run the vote over mentions at the marks' next occurrences: (surface, type, name)."""
    ents, pos = [], 0
    for surface, typ, name in marks:
        s = text.index(surface, pos)
        ents.append(Ent(s, s + len(surface), typ, name))
        pos = s + len(surface)
    document_types(text, ents)
    return [(text[e.start : e.end], e.type, e.name) for e in ents]


# A short name or title of the national bodies table, or a name a body's head word ends or
# opens before "of"/"for", is an ORG whatever small town or form the earlier rules read (the
# name stays the body's); untouched: a building the table names, a facility's head word
# ("Centre"), a city of 100,000, a country.
BODIES = [
    ("Lawmakers said Congress would vote on the bill.", [("Congress", "GPE", "Congress")],
     [("Congress", "ORG", "Congress")]),
    ("The levy, which Congress approved in May, starts in July.",
     [("Congress", "GPE", "United States Congress")],
     [("Congress", "ORG", "United States Congress")]),
    ("The Senate passed the budget on Friday.", [("Senate", "LOC", "Senate")],
     [("Senate", "ORG", "Senate")]),
    ("Its Committee for Veterinary Medicinal Products meets in June.",
     [("Committee for Veterinary Medicinal Products", "PRODUCT",
       "Committee for Veterinary Medicinal Products")],
     [("Committee for Veterinary Medicinal Products", "ORG",
       "Committee for Veterinary Medicinal Products")]),
    ("Advice from the Northern Fisheries Advisory Council was ignored.",
     [("Northern Fisheries Advisory Council", "LOC", "Northern Fisheries Advisory Council")],
     [("Northern Fisheries Advisory Council", "ORG", "Northern Fisheries Advisory Council")]),
    ("Grants from the Bureau of Coastal Resilience fell.",
     [("Bureau of Coastal Resilience", "GPE", "Bureau of Coastal Resilience")],
     [("Bureau of Coastal Resilience", "ORG", "Bureau of Coastal Resilience")]),
    # untouched
    ("Rioters stormed the Capitol in 2021.", [("Capitol", "FAC", "United States Capitol")],
     [("Capitol", "FAC", "United States Capitol")]),
    ("The rocket left the Kourou Space Centre at noon.",
     [("Kourou Space Centre", "GPE", "Kourou Space Centre")],
     [("Kourou Space Centre", "GPE", "Kourou Space Centre")]),
    ("Fans gathered in Soviet Union Square.", [("Soviet Union Square", "FAC",
      "Soviet Union Square")], [("Soviet Union Square", "FAC", "Soviet Union Square")]),
    ("The Soviet Union collapsed in 1991.", [("Soviet Union", "GPE", "Soviet Union")],
     [("Soviet Union", "GPE", "Soviet Union")]),
    ("Prices rose in Kenya.", [("Kenya", "GPE", "Kenya")], [("Kenya", "GPE", "Kenya")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "want"), BODIES)
def test_bodies_by_name(text: str, marks: list[Mark], want: list[tuple[str, str, str]]) -> None:
    assert voted(text, marks) == want

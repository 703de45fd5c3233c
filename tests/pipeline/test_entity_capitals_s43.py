"""Session 43 (lead, issue 13 names): a name left in capitals (a heading, a label, a wire's
results line) whose letters the body writes in mixed case as mentions of one entity is that
entity, with its name and type (``short_names._same_letters``, run by ``capitals_as_body``).
Short words in capitals ("OF", "AC") kept such names out of the title-case match of session 20.
A name of plain words in capitals that the body never writes is title-cased
(``short_names._title_words``).
Through ``coref.link_names`` with hand-made marks; invented texts. Cases that stay: the body's
letters carry two names, the body never writes them, a name a rule already changed."""

from __future__ import annotations

import pytest

from tests.pipeline.conftest import linked_marks

ENGLISH = frozenset({"said", "the", "on", "rose", "fell", "kept", "its", "rate", "output"})

CHANGE = [
    ("BANK OF ZAMBIA HOLDS RATE\nThe Bank of Zambia kept its rate.",
     [("BANK OF ZAMBIA", "ORG", "BANK OF ZAMBIA"), ("Bank of Zambia", "ORG", "Bank of Zambia")],
     [("BANK OF ZAMBIA", "ORG", "Bank of Zambia"), ("Bank of Zambia", "ORG", "Bank of Zambia")]),
    # a legal form the capitals' name dropped
    ("KESTREL MINING LIMITED: RESULTS\nKestrel Mining said output rose.",
     [("KESTREL MINING LIMITED", "ORG", "KESTREL MINING"), ("Kestrel Mining", "ORG", "Kestrel Mining")],
     [("KESTREL MINING LIMITED", "ORG", "Kestrel Mining"), ("Kestrel Mining", "ORG", "Kestrel Mining")]),
    # the capitals' letters title-cased by an earlier rule: the body's name still wins
    ("WORLD CUP DRAW\nThe World Cup draw rose.",
     [("WORLD CUP", "EVENT", "World Cup"), ("World Cup", "EVENT", "FIFA World Cup")],
     [("WORLD CUP", "EVENT", "FIFA World Cup"), ("World Cup", "EVENT", "FIFA World Cup")]),
    # the body's type comes with its name
    ("PORT OF TAKORADI REOPENS\nShips docked at the Port of Takoradi on Monday.",
     [("PORT OF TAKORADI", "ORG", "PORT OF TAKORADI"), ("Port of Takoradi", "FAC", "Port of Takoradi")],
     [("PORT OF TAKORADI", "FAC", "Port of Takoradi"), ("Port of Takoradi", "FAC", "Port of Takoradi")]),
    # the body never writes them: title case, joining words in lower case
    ("OFFICE OF ROAD DATA\nTraffic rose in May.",
     [("OFFICE OF ROAD DATA", "ORG", "OFFICE OF ROAD DATA")],
     [("OFFICE OF ROAD DATA", "ORG", "Office of Road Data")]),
    ("BANCO DE LA PAMPA SCORES\nDeposits rose in May.",
     [("BANCO DE LA PAMPA", "ORG", "BANCO DE LA PAMPA")],
     [("BANCO DE LA PAMPA", "ORG", "Banco de la Pampa")]),
    ("GREAT LAKES WATER AUTHORITY\nRates rose in May.",
     [("GREAT LAKES WATER AUTHORITY", "ORG", "GREAT LAKES WATER AUTHORITY")],
     [("GREAT LAKES WATER AUTHORITY", "ORG", "Great Lakes Water Authority")]),
]  # fmt: skip

STAY = [
    # the body writes those letters for two entities
    ("GREY RIVER\nGrey River Power rose. Grey River said so. Rain fell on the Grey River.",
     [("GREY RIVER", "LOC", "GREY RIVER"), ("Grey River Power", "ORG", "Grey River Power"),
      ("Grey River", "ORG", "Grey River Power"), ("Grey River", "LOC", "Grey River")],
     [("GREY RIVER", "LOC", "GREY RIVER"), ("Grey River Power", "ORG", "Grey River Power"),
      ("Grey River", "ORG", "Grey River Power"), ("Grey River", "LOC", "Grey River")]),
    # the body never writes them: one word, a short word that may be an acronym, no vowel
    ("KESTREL RESULTS\nTraffic rose in May.",
     [("KESTREL", "ORG", "KESTREL")], [("KESTREL", "ORG", "KESTREL")]),
    ("AC ZAGORJE WIN\nThey rose in May.",
     [("AC ZAGORJE", "ORG", "AC ZAGORJE")], [("AC ZAGORJE", "ORG", "AC ZAGORJE")]),
    ("TSKB HOLDING REPORT\nProfit rose in May.",
     [("TSKB HOLDING", "ORG", "TSKB HOLDING")], [("TSKB HOLDING", "ORG", "TSKB HOLDING")]),
    # a name a table gave keeps its own letters
    ("MCLAREN HOLDINGS\nProfit rose in May.",
     [("MCLAREN HOLDINGS", "ORG", "McLaren Holdings")], [("MCLAREN HOLDINGS", "ORG", "McLaren Holdings")]),
    # a name a rule already changed keeps it
    ("RUSSIAN FLEET\nThe Russian navy sailed.",
     [("RUSSIAN", "NORP", "Russian"), ("Russian", "NORP", "Russian")],
     [("RUSSIAN", "NORP", "Russian"), ("Russian", "NORP", "Russian")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marks", "expected"), CHANGE + STAY)
def test_same_letters(
    text: str, marks: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]
) -> None:
    assert linked_marks(text, marks, ENGLISH) == expected

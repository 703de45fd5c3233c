"""briefx_statements, session 38 (speakers38): who speaks for "the two leaders" and after an
inverted cue with "of".

1. "The two leaders said", "Both ministers said": a plural title of two refers back to the last
   two people named, when both were named in one sentence; each makes the statement, as
   coordinated names do (``speakers.named_pair``, ``_Source.also``).
2. "..., said Jane Roe of Acme Bank." is the person, not the bank she works for (as "Jane Roe of
   Acme Bank said" already was): a preposition after a person's name after an inverted cue sets
   off the employer (``statements.PERSON_OF``).

Tested on ``spacy.blank("en")`` + a sentencizer + the component, with the entities given by hand
(``conftest.stated``). Each table holds at least three examples of the rule and cases that must
stay untouched.
"""

from __future__ import annotations

import pytest
import spacy

from tests.pipeline.conftest import stated

# name as written -> (type, canonical name); invented people and bodies of no table
NAMES: dict[str, tuple[str, str]] = {
    "Anna Lind": ("PERSON", "Anna Lind"),
    "Mark Olsen": ("PERSON", "Mark Olsen"),
    "Olsen": ("PERSON", "Mark Olsen"),
    "Jane Roe": ("PERSON", "Jane Roe"),
    "Paul Kerr": ("PERSON", "Paul Kerr"),
    "Acme Bank": ("ORG", "Acme Bank"),
    "Globex": ("ORG", "Globex"),
    "Ruritania": ("GPE", "Ruritania"),
}


def _speakers(nlp: spacy.language.Language, text: str, content: str) -> list[object]:
    doc = stated(nlp, text, NAMES)
    at = text.index(content)
    return sorted(str(s.speaker_name) for s in doc._.briefx_statements if s.start <= at < s.end)


PAIRS = [
    (
        (
            "President Anna Lind and Prime Minister Mark Olsen met on Tuesday. The two leaders said "
            "trade would double."
        ),
        "trade would double",
        ["Anna Lind", "Mark Olsen"],
    ),
    (
        (
            "Finance Minister Anna Lind met Finance Minister Mark Olsen in Ruritania. Both ministers said "
            "the talks went well."
        ),
        "the talks went well",
        ["Anna Lind", "Mark Olsen"],
    ),
    (
        (
            "President Anna Lind and President Mark Olsen signed the deal. It runs for five years. The "
            "two presidents said more deals would follow."
        ),
        "more deals would follow",
        ["Anna Lind", "Mark Olsen"],
    ),
    (
        (
            "Anna Lind and Mark Olsen met in Ruritania. Olsen said ties were strong. The two leaders "
            "said they would meet again."
        ),
        "they would meet again",
        ["Anna Lind", "Mark Olsen"],
    ),
    # untouched: the last two people named in two sentences, a third person between, one person,
    # no title noun
    (
        (
            "Anna Lind arrived on Monday. Mark Olsen arrived on Tuesday. The two leaders said trade "
            "would double."
        ),
        "trade would double",
        ["None"],
    ),
    (
        "Anna Lind and Mark Olsen met. Jane Roe joined them. The two leaders said trade would double.",
        "trade would double",
        ["None"],
    ),
    (
        "Anna Lind met bankers. The two leaders said trade would double.",
        "trade would double",
        ["None"],
    ),
    (
        "Anna Lind and Mark Olsen met. The two sides said trade would double.",
        "trade would double",
        ["None"],
    ),
]


@pytest.mark.parametrize(("text", "content", "expected"), PAIRS)
def test_two_leaders_each_speak(
    sentenced: spacy.language.Language, text: str, content: str, expected: list[str]
) -> None:
    assert _speakers(sentenced, text, content) == expected


INVERTED_OF = [
    ("Prices could fall further, said Jane Roe of Acme Bank.", "Prices could", ["Jane Roe"]),
    ("“Prices could fall,” said Jane Roe of Acme Bank.", "Prices could", ["Jane Roe"]),
    ("Demand will recover, said Paul Kerr at Globex.", "Demand will", ["Paul Kerr"]),
    ("Demand will recover, said Paul Kerr from Globex, in a note.", "Demand will", ["Paul Kerr"]),
    # untouched: a body's title before a person, a body alone, the person set off by a comma
    ("Demand will recover, said Acme Bank economist Paul Kerr.", "Demand will", ["Paul Kerr"]),
    ("Demand will recover, said Acme Bank.", "Demand will", ["Acme Bank"]),
    ("Demand will recover, said Paul Kerr, an economist at Globex.", "Demand will", ["Paul Kerr"]),
]


@pytest.mark.parametrize(("text", "content", "expected"), INVERTED_OF)
def test_inverted_person_of_body(
    sentenced: spacy.language.Language, text: str, content: str, expected: list[str]
) -> None:
    assert _speakers(sentenced, text, content) == expected

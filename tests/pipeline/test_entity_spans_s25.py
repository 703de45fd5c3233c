"""Span repair, session 25 (issue 13 spans), on ``spacy.blank("en")`` through ``spans.repair``
with hand-made NER spans:
- an opening bracket ends a name; what it holds is a mention of its own ("Party for Freedom
  (PVV" -> "Party for Freedom", "PVV");
- a legal form with its full stop followed by a capitalised word ends the sentence as well as
  the name, the stop the sentence's ("Hartwell Securities Inc. Fed" -> "Hartwell Securities
  Inc", "Fed");
- a hyphen between two countries or continents splits a span ("Asia-Europe" -> "Asia",
  "Europe"), and a name glued to a lower-case word by a hyphen is a name of its own ("China-based
  ByteDance" -> "China", "ByteDance"; ``missed_people`` no longer reads such a run as a person);
- a name that lies inside a date or a figure is none ("ROME, Nov 29 –", "the 825 MW reactor");
- a person's span that opens a sentence with a common English word no given name shares loses
  it ("Opener Saeed Anwar" -> "Saeed Anwar"), and a demonym before a name is a NORP of its own
  ("Croatian Goran Ivanisevic" -> "Croatian", "Goran Ivanisevic").
Invented texts; each rule has cases that must stay untouched.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Span

from briefx.pipeline.entities.spans import repair
from briefx.records import Brief

NLP = spacy.blank("en")
ENGLISH = frozenset(
    {"opener", "striker", "mark", "said", "scored", "goalkeeper", "based", "listed", "rose"}
)


def repaired(text: str, surface: str, label: str) -> list[tuple[str, str]]:
    doc = NLP(text)
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface), label=label)
    assert isinstance(span, Span)
    return [(m.text, m.label) for m in repair(doc, span, ENGLISH)]


CASES = [
    # brackets
    ("The vote went to the Civic Renewal Alliance (CRA) on Sunday.",
     "Civic Renewal Alliance (CRA", "ORG",
     [("Civic Renewal Alliance", "ORG"), ("CRA", "ORG")]),
    ("Staff of the Harbour Transit Board (HTB) met.", "Harbour Transit Board (HTB", "ORG",
     [("Harbour Transit Board", "ORG"), ("HTB", "ORG")]),
    ("Shares of Kelvan Mining [KLM] rose.", "Kelvan Mining [KLM", "ORG",
     [("Kelvan Mining", "ORG"), ("KLM", "ORG")]),
    # legal forms that end a sentence
    ("Rates held, said an economist at Norvale Capital Inc. Fed officials declined to comment.",
     "Norvale Capital Inc. Fed", "ORG", [("Norvale Capital Inc", "ORG"), ("Fed", "ORG")]),
    ("Output rose at Tarlow Steel Corp. Analysts expect more.", "Tarlow Steel Corp. Analysts",
     "ORG", [("Tarlow Steel Corp", "ORG"), ("Analysts", "ORG")]),
    ("Brenton Foods Ltd. Chairman Ian Roe quit.", "Brenton Foods Ltd. Chairman Ian Roe",
     "ORG", [("Brenton Foods Ltd", "ORG"), ("Ian Roe", "PERSON")]),
    # untouched: a legal form at the span's end, "Inc." before a lower-case word
    ("Harlow Systems Inc. said on Monday it would cut jobs.", "Harlow Systems Inc.", "ORG",
     [("Harlow Systems Inc.", "ORG")]),
    # a hyphen between two places or before a lower-case word
    ("Freight rates on the Asia-Europe route rose.", "Asia-Europe", "LOC",
     [("Asia", "LOC"), ("Europe", "LOC")]),
    ("Talks on a China-India border deal resumed.", "China-India", "GPE",
     [("China", "GPE"), ("India", "GPE")]),
    ("Shares of Japan-based Kurodane rose.", "Japan-based Kurodane", "ORG",
     [("Japan", "GPE"), ("Kurodane", "ORG")]),
    # untouched: a place the tables know whole, a region no table splits
    ("Voters in Guinea-Bissau queued.", "Guinea-Bissau", "GPE", [("Guinea-Bissau", "GPE")]),
    ("The Asia-Pacific region grew.", "Asia-Pacific", "LOC", [("Asia-Pacific", "LOC")]),
    # a common word or a demonym before a person's name
    ("Opener Ravi Kalhan scored 176 in the first innings.", "Opener Ravi Kalhan", "PERSON",
     [("Ravi Kalhan", "PERSON")]),
    ("Goalkeeper Tomas Verny saved twice.", "Goalkeeper Tomas Verny", "PERSON",
     [("Tomas Verny", "PERSON")]),
    ("Croatian Ivo Radic served 19 aces.", "Croatian Ivo Radic", "PERSON",
     [("Croatian", "NORP"), ("Ivo Radic", "PERSON")]),
    # untouched: a given name, a common word mid-sentence
    ("Mark Tennant said the deal was done.", "Mark Tennant", "PERSON",
     [("Mark Tennant", "PERSON")]),
    ("The club signed Striker Ola Berg on Monday.", "Striker Ola Berg", "PERSON",
     [("Striker Ola Berg", "PERSON")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "label", "expected"), CASES)
def test_repair_s25(text: str, surface: str, label: str, expected: list[tuple[str, str]]) -> None:
    assert repaired(text, surface, label) == expected


def test_missed_people_skips_modifiers() -> None:
    from briefx.pipeline.entities.spans import missed_people

    text = "The fund sold Paris-listed Vexaro and hired Maren Tolvik on Monday."
    doc = NLP(text)
    got = [m.text for m in missed_people(doc, [], ENGLISH | {"fund", "sold", "hired"}, [])]
    assert "Paris-listed Vexaro" not in got


MODEL_CASES = [
    ("ROME, Nov 29 – Trains ran a reduced service across Italy.", "Nov 29"),
    ("OSAKA, Dec 3 – The 825 MW boiling water reactor restarted after 13 years.", "825 MW"),
    ("LYON, Feb 11 – A 1,200 MW gas plant near Lyon closed.", "1,200 MW"),
]


@pytest.mark.parametrize(("text", "number"), MODEL_CASES)
def test_no_name_inside_numbers(run: Callable[..., Brief], text: str, number: str) -> None:
    brief = run(text)
    assert number not in {m.text for e in brief.entities for m in e.mentions}
    assert number in {text[f.start : f.end] for f in brief.figures} | {
        text[d.start : d.end] for d in brief.dates
    }

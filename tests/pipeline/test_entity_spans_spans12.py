"""A PERSON span's start, session 28 (issue 13 spans, spans12), on ``spacy.blank("en")``
through ``spans.repair`` with hand-made NER spans, then through the whole pipeline:
a style of address ("Ms" without its full stop, "Dame", "Excellency"), a title or office
("Taoiseach", "Rapporteur", "Empress"), a role noun ("Midfielder") or a demonym ("Welshman")
before a name is no part of a person's span (``spans.style_lead``, ``models/person_styles.jsonl``);
the title feeds the person's title. Names that begin with such a word keep it: a stage name of
one common word ("Lady Velvet"), a street or a college ("Dame Lane", "Shri Ram College"), a given
name ("Sultan Al Mansour"), a saint's title ("St Kilda"). Invented texts.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Span

from briefx.pipeline.entities.spans import repair
from briefx.records import Brief

NLP = spacy.blank("en")
# English words of the cases (the lemmatizer's index on the real pipeline)
ENGLISH = frozenset({"velvet", "lane", "street", "college", "said", "opened", "sugar"})


def repaired(text: str, surface: str, label: str) -> list[tuple[str, str, tuple[str, ...]]]:
    doc = NLP(text)
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface), label=label)
    assert isinstance(span, Span)
    return [(m.text, m.label, tuple(m.titles or ())) for m in repair(doc, span, ENGLISH)]


CASES = [
    # styles of address, British "Ms"/"Dr" without a full stop, mid-sentence
    ("The plan was presented by Ms Helen Ogundipe in Leeds.", "Ms Helen Ogundipe", "PERSON",
     [("Helen Ogundipe", "PERSON", ("Ms",))]),
    ("The panel heard from Dr Kwesi Boateng on Monday.", "Dr Kwesi Boateng", "PERSON",
     [("Kwesi Boateng", "PERSON", ("Dr",))]),
    ("The wing was opened by Dame Eleanor Whitcombe.", "Dame Eleanor Whitcombe", "ORG",
     [("Eleanor Whitcombe", "PERSON", ("Dame",))]),
    ("They were received by His Excellency Omar Haddadi.", "His Excellency Omar Haddadi",
     "PERSON", [("Omar Haddadi", "PERSON", ("His Excellency",))]),
    # offices and titles
    ("Taoiseach Declan Moran said the budget was fair.", "Taoiseach Declan Moran", "PERSON",
     [("Declan Moran", "PERSON", ("Taoiseach",))]),
    ("Rapporteur Ines Albrecht presented the report in Geneva.", "Rapporteur Ines Albrecht",
     "FAC", [("Ines Albrecht", "PERSON", ("Rapporteur",))]),
    ("A tiara of Empress Akiko was sold.", "Empress Akiko", "PERSON",
     [("Akiko", "PERSON", ("Empress",))]),
    # role nouns (a sport's role) and demonyms
    ("Midfielder Tiago Ferreira scored twice.", "Midfielder Tiago Ferreira", "PERSON",
     [("Tiago Ferreira", "PERSON", ("Midfielder",))]),
    ("Welshman Rhys Pritchard won the stage.", "Welshman Rhys Pritchard", "PERSON",
     [("Welshman", "NORP", ()), ("Rhys Pritchard", "PERSON", ())]),
    # untouched: a one-word rest English knows, a body's or a street's word, a given name, a
    # surname's particle next, a saint's title, a span NER typed ORG without a given name next
    ("Lady Velvet said she would tour.", "Lady Velvet", "PERSON", [("Lady Velvet", "PERSON", ())]),
    ("Traffic stopped on Dame Lane.", "Dame Lane", "FAC", [("Dame Lane", "FAC", ())]),
    ("Students of Shri Ram College said.", "Shri Ram College", "ORG",
     [("Shri Ram College", "ORG", ())]),
    ("Sultan Al Mansour opened the fair.", "Sultan Al Mansour", "PERSON",
     [("Sultan Al Mansour", "PERSON", ())]),
    ("Fans of St Kilda Rovers said.", "St Kilda Rovers", "ORG", [("St Kilda Rovers", "ORG", ())]),
    ("The club signed Midfielder Ola Lund.", "Midfielder Ola Lund", "PERSON",
     [("Midfielder Ola Lund", "PERSON", ())]),
    ("Hunter Blake said on Monday.", "Hunter Blake", "PERSON", [("Hunter Blake", "PERSON", ())]),
    ("Shares of Pharaoh Holdings fell.", "Pharaoh Holdings", "ORG",
     [("Pharaoh Holdings", "ORG", ())]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "label", "expected"), CASES)
def test_style_lead(text: str, surface: str, label: str, expected: list[tuple]) -> None:
    assert repaired(text, surface, label) == expected


PIPELINE = [
    ("The budget was presented on Monday by Ms Priya Raman in Leeds.", "Priya Raman", "Ms"),
    ("Midfielder Tiago Ferreira scored twice as the hosts won 3-1.", "Tiago Ferreira", ""),
    ("The new library was opened on Friday by Dame Eleanor Whitcombe.", "Eleanor Whitcombe", ""),
]


@pytest.mark.parametrize(("text", "written", "_title"), PIPELINE)
def test_style_lead_pipeline(
    run: Callable[..., Brief], text: str, written: str, _title: str
) -> None:
    brief = run(text)
    spans = [
        text[m.start : m.end] for e in brief.entities for m in e.mentions if e.type == "PERSON"
    ]
    assert spans == [written]


def test_lady_stage_name_stays(run: Callable[..., Brief]) -> None:
    text = "Lady Velvet will play two nights in Dublin in June, her promoter said."
    spans = [text[m.start : m.end] for e in brief_people(run(text)) for m in e.mentions]
    assert spans == ["Lady Velvet"]


def brief_people(brief: Brief) -> list:  # type: ignore[type-arg]
    return [e for e in brief.entities if e.type == "PERSON"]

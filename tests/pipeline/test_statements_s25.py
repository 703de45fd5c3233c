"""briefx_statements, session 25 (statements8): a second reported clause after ", but that" as
after ", and that"; a passive cue inside a content ("inflation, at 3%, was expected to ...") is
no attribution that ends it; the issuer of a document ("figures from X") speaks whatever type
the entities stage gave it; a gerund cue after "after"/"before" is the act of the clause's
subject where it states a result ("rose 2% after reporting a loss of $5 million").

Rules are tested on ``spacy.blank("en")`` + a sentencizer + the component with the entities given
by hand where the statistical model is not the point, and through the whole pipeline where the
tagger reads part of it. Each family holds at least three new examples of the rule and cases
that must stay untouched.
"""

from __future__ import annotations

import pytest
import spacy

from tests.pipeline.conftest import stated

NAMES: dict[str, tuple[str, str]] = {
    "Jane Roe": ("PERSON", "Jane Roe"),
    "John Doe": ("PERSON", "John Doe"),
    "Acme Bank": ("ORG", "Acme Bank"),
    "Globex": ("ORG", "Globex"),
    "Ministry of Health": ("ORG", "Ministry of Health"),
}


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _speakers(nlp: spacy.language.Language, text: str) -> list[tuple[object, str, str]]:
    doc = stated(nlp, text, NAMES)
    return [(s.speaker_name, s.cue, text[s.start : s.end]) for s in doc._.briefx_statements]


def _piped(run, text: str) -> list[tuple[object, str, str]]:  # type: ignore[no-untyped-def]
    brief = run(text)
    return [(s.speaker_name, s.cue, text[s.start : s.end]) for s in brief.statements]


# "X said A, but that B": like ", and that", the comma and "but that" open a second statement
# of the same cue and source; "but that" before its verb is a pronoun.
BUT_THAT = [
    (
        "Acme Bank said profit rose 5%, but that costs would weigh on margins.",
        [("Acme Bank", "say", "profit rose 5%"), ("Acme Bank", "say", "costs would weigh on margins")],
    ),
    (
        "Jane Roe said the bridge would reopen in June, but that tolls would rise.",
        [
            ("Jane Roe", "say", "the bridge would reopen in June"),
            ("Jane Roe", "say", "tolls would rise"),
        ],
    ),
    (
        "The Ministry of Health said that cases had fallen, but that clinics would stay shut.",
        [
            ("Ministry of Health", "say", "cases had fallen"),
            ("Ministry of Health", "say", "clinics would stay shut"),
        ],
    ),
    # untouched: "that" before its verb is a pronoun
    (
        "John Doe said prices rose 4% in May, but that was before the strike.",
        [("John Doe", "say", "prices rose 4% in May, but that was before the strike")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUT_THAT)
def test_but_that_clause(
    blank: spacy.language.Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _speakers(blank, text) == expected


# A cue after a form of "be" inside a content is a passive ("was expected to", "were forecast
# to"): no attribution set off by a comma, so the content goes on past the comma.
PASSIVE = [
    (
        "Jane Roe said inflation, at 3.3% in January, was expected to stay low.",
        ("Jane Roe", "say", "inflation, at 3.3% in January, was expected to stay low"),
    ),
    (
        "Acme Bank said exports, worth $4 billion last year, were forecast to rise 8%.",
        ("Acme Bank", "say", "exports, worth $4 billion last year, were forecast to rise 8%"),
    ),
    (
        "John Doe said the bridge, closed since March, is expected to reopen in June.",
        ("John Doe", "say", "the bridge, closed since March, is expected to reopen in June"),
    ),
    # untouched: an active attribution after the comma still ends the content
    ("Prices rose 4% in May, Jane Roe said.", ("Jane Roe", "say", "Prices rose 4% in May")),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE)
def test_passive_cue_is_no_attribution(run, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in _piped(run, text)


# "According to figures from X": the issuer speaks, also where the entities stage typed it as
# a person.
ISSUER = [
    (
        "According to figures from the Energy Saving Trust, 43,000 heat pumps were installed.",
        "Energy Saving Trust",
    ),
    (
        "According to data from the Office for National Statistics, 12,000 homes were sold.",
        "Office for National Statistics",
    ),
    (
        "According to estimates from the Kiel Institute, aid to farmers fell by 10% last year.",
        "Kiel Institute",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ISSUER)
def test_document_issuer_speaks(run, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    got = _piped(run, text)
    assert [s for s, cue, _ in got if cue == "according to"] == [speaker]


# "X fell 4% after announcing a loss of $200 million": a gerund cue after "after"/"before" is
# the act of the clause's subject where it states a result (a number) or a clause; a bare
# object is an act ("after reporting the cartel").
GERUND = [
    (
        "Globex shares rose 2% after reporting quarterly revenue of $3 billion.",
        [("Globex", "report", "quarterly revenue of $3 billion")],
    ),
    (
        "Acme Bank fell 4% on Tuesday after announcing a loss of $200 million.",
        [("Acme Bank", "announce", "a loss of $200 million")],
    ),
    (
        "Jane Roe resigned after announcing that the project would be delayed by a year.",
        [("Jane Roe", "announce", "the project would be delayed by a year")],
    ),
    # untouched: a bare object, and a gerund with no "after"/"before"
    ("Globex received immunity after reporting the cartel to regulators.", []),
    ("Acme Bank rose 3% after announcing the deal.", []),
    ("Announcing the deal, Acme Bank thanked its staff.", []),
]


@pytest.mark.parametrize(("text", "expected"), GERUND)
def test_gerund_after(run, text: str, expected: list[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _piped(run, text) == expected

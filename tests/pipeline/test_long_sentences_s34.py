"""Texts without sentence ends, session 34: the bounds that keep a cue, a pronoun, a month or a
name from reading all of such a text (each of them once made a 130 kB text take minutes). Each
bound is tested on its own, with cases that must stay as they were; none is timed (speed is
`benchmarks/`' business).
"""

from __future__ import annotations

import itertools

import pytest
import spacy
from spacy.language import Language

from briefx.facts import StatementFact
from briefx.pipeline.coref import parts
from briefx.pipeline.coref.referents import WINDOW_TOKENS, before_span
from briefx.pipeline.statements import SENTENCE_WINDOW, _Containers, _windows
from tests.pipeline.conftest import stated


def fact(start: int, end: int) -> StatementFact:
    return StatementFact(start, end, "say", False, "X", 0, 1, "X")


# _Containers.holds: whether a statement other than the one asked about holds an offset;
# (contents, offset, index of the statement asked about, expected)
HOLDS = [
    ([(10, 20)], 15, None, True),  # inside another's content
    ([(10, 20)], 20, None, False),  # the end is outside
    ([(10, 20)], 9, None, False),
    ([(10, 20)], 15, 0, False),  # its own content does not count
    ([(10, 40), (12, 20)], 15, 0, True),  # the other one holds it
    ([(10, 40), (12, 20)], 30, 0, False),  # only its own reaches this far
    ([(10, 40), (12, 50)], 45, 0, True),
    ([(30, 40), (10, 20)], 35, 1, True),  # given out of order
    ([], 5, None, False),
]


@pytest.mark.parametrize(("spans", "at", "own", "expected"), HOLDS)
def test_containers_hold(
    spans: list[tuple[int, int]], at: int, own: int | None, expected: bool
) -> None:
    facts = [fact(s, e) for s, e in spans]
    asked = facts[own] if own is not None else fact(-5, -4)
    naive = any(g is not asked and g.start <= at < g.end for g in facts)
    assert _Containers(facts).holds(at, asked) is expected is naive


@pytest.mark.parametrize(("n", "lengths"), [(5, [5]), (SENTENCE_WINDOW, [SENTENCE_WINDOW]),
                                            (SENTENCE_WINDOW + 1, [SENTENCE_WINDOW, 1]),
                                            (2 * SENTENCE_WINDOW + 7, [SENTENCE_WINDOW, SENTENCE_WINDOW, 7])])  # fmt: skip
def test_windows_cover_the_sentence(n: int, lengths: list[int]) -> None:
    doc = spacy.blank("en")(" ".join(["word"] * n))
    windows = _windows(doc[:])
    assert [len(w) for w in windows] == lengths
    assert windows[0].start == 0
    assert windows[-1].end == n
    assert all(a.end == b.start for a, b in itertools.pairwise(windows))


def test_statements_found_in_a_text_without_ends(sentenced: Language) -> None:
    # an endless "sentence" is read window by window: the first cue of each window gives a
    # statement whose content runs to the window's end (the outer source wins over the cues
    # inside it, as in one sentence), each with its subject
    text = "Anna Berg said the plan would cost 12 million and " * 150
    doc = stated(sentenced, text, {"Anna Berg": ("PERSON", "Anna Berg")})
    facts = doc._.briefx_statements
    windows = _windows(doc[:])
    assert len(windows) > 3
    assert len(facts) == len(windows)
    assert {f.speaker_name for f in facts} == {"Anna Berg"}
    ends = [w[-1].idx + len(w[-1]) for w in windows]
    assert all(f.end <= end for f, end in zip(facts, ends, strict=True))


# parts._tails: the tails that may stand for a name, two words or more, at most MAX_TAIL_WORDS
TAILS = [
    ("Maritime Port Authority", ["Port Authority"]),
    ("Federal Maritime Port Authority", ["Port Authority", "Maritime Port Authority"]),
    ("Bank of Canada", []),
    ("Monetary Authority", []),  # a tail must be shorter than the name
]


@pytest.mark.parametrize(("name", "tails"), TAILS)
def test_tails(name: str, tails: list[str]) -> None:
    assert parts._tails(name.split()) == tails


def test_tails_are_bounded() -> None:
    words = ["Social", "Democratic", "Party"] * 2000
    tails = parts._tails(words)
    assert len(tails) == parts.MAX_TAIL_WORDS - 1
    assert tails[0] == "Democratic Party"
    assert len(tails[-1].split()) == parts.MAX_TAIL_WORDS


def test_antecedents_bounded_without_sentence_ends() -> None:
    from briefx.facts import EntityFact

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    near = "Anna Berg arrived ."
    far = "Karl Berger spoke and " + "then " * (WINDOW_TOKENS + 10)
    doc = nlp(far + near + " She said")
    ents = [
        EntityFact(0, 11, "PERSON", "Karl Berger"),
        EntityFact(len(far), len(far) + 9, "PERSON", "Anna Berg"),
    ]
    at = len(doc) - 2  # "She"
    names = [e.name for e in before_span(doc, at, ents)]
    # "Karl Berger" lies more than WINDOW_TOKENS back in a sentence without end: out of reach;
    # "Anna Berg" is within reach
    assert names == ["Anna Berg"]
    short = nlp("Karl Berger spoke . Anna Berg arrived . She said")
    ents2 = [EntityFact(0, 11, "PERSON", "Karl Berger"), EntityFact(19, 28, "PERSON", "Anna Berg")]
    assert [e.name for e in before_span(short, len(short) - 2, ents2)] == [
        "Karl Berger",
        "Anna Berg",
    ]

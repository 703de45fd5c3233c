"""Counts of people the text leaves out (session 31, counts18, issue 14): a bare number that is
the subject of a passive of the criminal process ("Two were charged") or of a verb or "be" with
a place only people are taken to or kept in ("Eight were taken to hospital", "Two remain in
hospital"), or the object of a verb with such a place ("Paramedics took 3 to hospital"); and
rows under a header line whose other rows are a name and a number ("Seats won" over "Labour:
31", "Greens: 12"): a row whose one-word label read as its noun counts the header's noun; a
partitive's plural before a passive of a verb of reporting ("Three of the 40 suspects were
released") is no subject of an expectation.

``harm_subject`` first on hand-tagged Docs of ``spacy.blank("en")`` (the rule reads only parts
of speech, tags and lemmas, so the statistical model is not the point), then through the real
pipeline. Every sentence is invented for these tests (none comes from a gold set). Rows: (text,
[(span, kind, value, unit), ...]) for every figure in the text.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from briefx.facts import FigureFact
from briefx.pipeline.figures.counts import harm_subject, held_person

REF = "2026-11-20"
Row = tuple[str, str, float, str | None]
Tagged = list[tuple[str, str, str, str]]  # word, pos, tag, lemma


def _doc(tagged: Tagged) -> Doc:
    words = [w for w, _, _, _ in tagged]
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        pos=[p for _, p, _, _ in tagged],
        tags=[t for _, _, t, _ in tagged],
        lemmas=[lem for _, _, _, lem in tagged],
    )


N = ("Eight", "NUM", "CD", "eight")
WERE = ("were", "AUX", "VBD", "be")
DOT = (".", "PUNCT", ".", ".")

TAGGED: list[tuple[Tagged, str | None]] = [
    # a passive of the criminal process, a place people are taken to, "be" with a place
    ([N, WERE, ("charged", "VERB", "VBN", "charge"), DOT], "person"),
    ([N, WERE, ("jailed", "VERB", "VBN", "jail"), DOT], "person"),
    ([N, WERE, ("taken", "VERB", "VBN", "take"), ("to", "ADP", "IN", "to"),
      ("hospital", "NOUN", "NN", "hospital"), DOT], "person"),
    ([N, WERE, ("in", "ADP", "IN", "in"), ("police", "NOUN", "NN", "police"),
      ("custody", "NOUN", "NN", "custody"), DOT], "person"),
    ([N, ("remain", "VERB", "VBP", "remain"), ("in", "ADP", "IN", "in"),
      ("hospital", "NOUN", "NN", "hospital"), DOT], "person"),
    ([("Police", "NOUN", "NNS", "police"), ("took", "VERB", "VBD", "take"), N,
      ("to", "ADP", "IN", "to"), ("hospital", "NOUN", "NN", "hospital"), DOT], "person"),
    # untouched: an active verb of the criminal process (its object is no bare number), the
    # place as a modifier of another head, a place no person is kept in, a number that is the
    # object of a preposition, a passive of no such verb
    ([N, ("charged", "VERB", "VBD", "charge"), ("fees", "NOUN", "NNS", "fee"), DOT], None),
    ([("Shares", "NOUN", "NNS", "share"), ("rose", "VERB", "VBD", "rise"), N,
      ("in", "ADP", "IN", "in"), ("hospital", "NOUN", "NN", "hospital"),
      ("stocks", "NOUN", "NNS", "stock"), DOT], None),
    ([N, WERE, ("sent", "VERB", "VBN", "send"), ("to", "ADP", "IN", "to"),
      ("the", "DET", "DT", "the"), ("lab", "NOUN", "NN", "lab"), DOT], None),
    ([("Bus", "NOUN", "NN", "bus"), ("to", "ADP", "IN", "to"), N, ("in", "ADP", "IN", "in"),
      ("hospital", "NOUN", "NN", "hospital"), DOT], None),
    ([N, WERE, ("painted", "VERB", "VBN", "paint"), DOT], None),
]  # fmt: skip


@pytest.mark.parametrize(("tagged", "unit"), TAGGED)
def test_harm_subject_tagged(tagged: Tagged, unit: str | None) -> None:
    doc = _doc(tagged)
    i = next(n for n, t in enumerate(tagged) if t is N)
    start = doc[i].idx
    fact = FigureFact(start, start + len(doc[i]), "number", 8)
    (out,) = held_person(doc, harm_subject(doc, [fact]))
    assert (out.kind, out.unit) == (("count", unit) if unit else ("number", None))


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


PEOPLE: list[tuple[str, list[Row]]] = [
    ("Four were taken to hospital after the crash.", [("Four", "count", 4, "person")]),
    ("Two remain in hospital, police said.", [("Two", "count", 2, "person")]),
    ("Three are in hospital in a stable condition.", [("Three", "count", 3, "person")]),
    ("Six were taken into custody after the match.", [("Six", "count", 6, "person")]),
    ("Two were airlifted to hospital in Leeds.", [("Two", "count", 2, "person")]),
    ("A further 11 were being questioned by detectives.", [("11", "count", 11, "person")]),
    ("Twelve have been charged with public order offences.", [("Twelve", "count", 12, "person")]),
    ("Five were sentenced at the crown court.", [("Five", "count", 5, "person")]),
    ("Three were freed on bail.", [("Three", "count", 3, "person")]),
    ("Paramedics took 3 to a local hospital.", [("3", "count", 3, "person")]),
    ("Officers took 4 into custody after the match.", [("4", "count", 4, "person")]),
    # untouched: a noun after the number, a place as a modifier, a place nobody is kept in, a
    # partitive's own noun, the nouns of the verbs, a tally
    ("Shares of 4 hospital groups rose.", [("4", "count", 4, "group")]),
    ("The index fell 3 in hospital stocks trading.", [("3", "number", 3, None)]),
    ("The trust moved 3 to hospital wards in Leeds.", [("3", "number", 3, None)]),
    ("Of the 12 suspects, 5 were charged.", [("12", "count", 12, "suspect"), ("5", "count", 5, "suspect")]),
    ("One charge was dropped; one question remained.", [("One", "count", 1, "charge"), ("one", "count", 1, "question")]),
    ("The bill passed by 52 to 47 in the assembly.", [("52", "number", 52, None), ("47", "number", 47, None)]),
    # untouched: a count before names the noun, which wins over people
    ("Police held 12 suspects. Two were charged.", [("12", "count", 12, "suspect"), ("Two", "count", 2, "suspect")]),
    ("Police held 12 suspects. Two were charged and the other 10 were released.",
     [("12", "count", 12, "suspect"), ("Two", "count", 2, "suspect"), ("10", "count", 10, "suspect")]),
]  # fmt: skip


# A partitive's plural followed by a passive of a verb of reporting is no subject of an
# expectation ("fewer than the 135,000 economists had expected"): it counts its noun.
PASSIVE_REPORT: list[tuple[str, list[Row]]] = [
    ("Three of the 40 suspects were released.", [("Three", "count", 3, "suspect"), ("40", "count", 40, "suspect")]),
    ("Two of the 30 reports were published.", [("Two", "count", 2, "report"), ("30", "count", 30, "report")]),
    ("Five of the 60 prisoners were released.", [("Five", "count", 5, "prisoner"), ("60", "count", 60, "prisoner")]),
    # untouched: the active verb of an expectation, also in the progressive
    ("The figure was fewer than the 135,000 economists had expected.", [("135,000", "number", 135000, None)]),
    ("The total fell short of the 120,000 analysts were expecting.", [("120,000", "number", 120000, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PEOPLE + PASSIVE_REPORT)
def test_people_left_out(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected


# A header on a line of its own over rows of a name and a number: the rows are kinds of what
# the header counts, also a row whose label is a plural ("Greens", "Independents").
ROWS: list[tuple[str, list[Row]]] = [
    ("Seats won\nLabour: 31\nGreens: 12\nIndependents: 5",
     [("31", "count", 31, "seat"), ("12", "count", 12, "seat"), ("5", "count", 5, "seat")]),
    ("Council results\n\nSeats won\nConservatives: 40\nLiberals: 22\nLabour: 18",
     [("40", "count", 40, "seat"), ("22", "count", 22, "seat"), ("18", "count", 18, "seat")]),
    ("Seats won\n- Labour: 9\n- Socialists: 4",
     [("9", "count", 9, "seat"), ("4", "count", 4, "seat")]),
    # untouched: rows that all name their noun, a word for people, a noun after the number
    ("Vehicles seized\n- Cars: 14\n- Vans: 6", [("14", "count", 14, "car"), ("6", "count", 6, "van")]),
    ("Casualties by town\nRiverton: 12\nInjured: 40",
     [("12", "count", 12, "casualty"), ("40", "count", 40, "person")]),
    ("Seats won\nLabour: 31\nGreens: 12 councillors",
     [("31", "count", 31, "seat"), ("12", "count", 12, "councillor")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_rows_under_header(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected


# A header after another header's figure on the same line, past a full stop or a semicolon,
# counts the numbers after it up to the next sentence end (the nearest header wins).
RUN_ON: list[tuple[str, list[Row]]] = [
    ("Turnout: 54%. Seats: 120.", [("54%", "percent", 54, "%"), ("120", "count", 120, "seat")]),
    ("Votes cast: 3,400. Spoilt ballots: 45.", [("3,400", "count", 3400, "vote"), ("45", "count", 45, "ballot")]),
    ("Population: 4.2 million. Schools: 310. Hospitals: 12.",
     [("4.2 million", "count", 4200000, "person"), ("310", "count", 310, "school"), ("12", "count", 12, "hospital")]),
    # untouched: a header word that names no count, a sentence with a colon, a header at the
    # line start
    ("Note: 12 is the total. Score: 3.", [("12", "number", 12, None), ("3", "number", 3, None)]),
    ("Arrests: 40; charged: 12.", [("40", "count", 40, "arrest"), ("12", "count", 12, "arrest")]),
    ("Deaths: 19\nInjured: 212", [("19", "count", 19, "death"), ("212", "count", 212, "person")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RUN_ON)
def test_run_on_header(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected

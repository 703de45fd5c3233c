"""The dates stage on issue 14's session-12 families: the object of a verb of commitment read in
the present or perfect ("has promised a referendum in March"), "later/earlier that day", a date line with a label or byline at the top
of a text with no reference date, an adverb before "of" that is no name ("Ahead of Thursday's
meeting"), and a weekday in the possessive after a verb of calling off ("called off Friday's
strike").

Own examples, three or more per rule, written before the rule (none from a gold set); each
table names its rule and holds cases that must stay as they are. The normaliser is tested
alone; the metadata stage on ``spacy.blank("en")``; the rules that read the tagger's tags on the
full pipeline.
"""

from __future__ import annotations

import pytest

# -- the object of a verb of commitment: ahead of an act that is now ------------------------

COMMITMENTS = [
    ("He has promised a referendum on the constitution in March.", [("March", "2027-03")]),
    ("The president promises a vote on the treaty in February.", [("February", "2027-02")]),
    ("The minister has pledged new elections in January.", [("January", "2027-01")]),
    ("Unions have threatened a walkout on Friday.", [("Friday", "2026-11-06")]),
    # untouched: a past act (the object's month may be gone by), a verb that may report a deed
    ("The central bank signalled a cut in September.", [("September", "2026-09")]),
    ("The company has announced job cuts in March.", [("March", "2026-03")]),
    ("The union called a strike on Monday that shut schools.", [("Monday", "2026-11-02")]),
]


@pytest.mark.parametrize(("text", "expected"), COMMITMENTS)
def test_commitment_objects(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2026-11-03").dates] == expected


# -- "later that day", "earlier that day": the day named in this sentence or the one before --

THAT_DAY = [
    ("The bill cleared the Senate on Sept. 29. Earlier that day, protesters gathered.", [("Sept. 29", "2026-09-29"), ("Earlier that day", "2026-09-29")]),
    ("The bill cleared the Senate on Sept. 29. Later that day, the president signed it.", [("Sept. 29", "2026-09-29"), ("Later that day", "2026-09-29")]),
    ("The storm hit on Tuesday and later that day the river burst its banks.", [("Tuesday", "2026-10-13"), ("later that day", "2026-10-13")]),
    # untouched: no day named, only a month named, "that day" alone
    ("Later that day, the president signed it.", []),
    ("The bill cleared the Senate in September. Later that day, the president signed it.", [("September", "2026-09")]),
    ("The town has not forgotten that day.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), THAT_DAY)
def test_later_that_day(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2026-10-14").dates] == expected


# -- a date line at the top with a label, byline or time beside it --------------------------

HEAD_DATES = [
    ("By Jane Roe | 5 June 2026\nFloods hit the town on Sunday.", "2026-06-05"),
    ("Thursday 27 August 2026\nMinisters met on Tuesday.", "2026-08-27"),
    ("Last updated: 3 March 2026, 14:05 GMT\nMinisters met on Tuesday.", "2026-03-03"),
    (
        "Storm warning\nIssued 14 January 2026 by the weather office\nWinds may reach 100 km/h.",
        "2026-01-14",
    ),
    # untouched: a sentence of the story, a date further down, a wire dateline
    ("Floods hit the town on Sunday, 5 June 2026. Ministers met.", None),
    ("Floods\nA\nB\nC\nUpdated 5 June 2026 by staff\nMinisters met.", None),
    ("WASHINGTON, Feb. 13, 2025 - The Senate voted.", "2025-02-13"),
]


@pytest.mark.parametrize(("text", "published"), HEAD_DATES)
def test_head_date_lines(blank_doc, text: str, published: str | None) -> None:  # type: ignore[no-untyped-def]
    assert blank_doc(text)._.briefx_meta.published == published


def test_head_date_line_is_the_reference(run) -> None:  # type: ignore[no-untyped-def]
    """With no reference date given, a byline's date resolves the weekdays after it."""
    brief = run(
        "By Jane Roe | 5 June 2026\nFloods hit the town on Sunday. Two days later, the army arrived."
    )
    assert [(d.text, d.value) for d in brief.dates] == [
        ("5 June 2026", "2026-06-05"),
        ("Sunday", "2026-05-31"),
        ("Two days later", "2026-06-02"),
    ]


# -- an adverb or preposition before "of" opens no name ("Ahead of Thursday's meeting") ------

BEFORE_OF = [
    ("Ahead of Thursday's meeting, ministers met.", [("Thursday", "2026-03-12")]),
    ("Instead of Friday, the vote will be held on Monday.", [("Friday", "2026-03-13"), ("Monday", "2026-03-16")]),
    ("Because of Monday's storm, schools closed.", [("Monday", "2026-03-09")]),
    # untouched: names with "of" and a year
    ("The Civil Rights Act of 1964 was signed.", []),
    ("The Class of 2020 graduated online.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BEFORE_OF)
def test_adverb_before_of(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2026-03-11").dates] == expected


# -- a weekday's event called off was still ahead -------------------------------------------

CALLED_OFF = [
    ("The union said on Tuesday it had called off Friday's strike.", [("Tuesday", "2026-03-10"), ("Friday", "2026-03-13")]),
    ("Friday's strike was called off, the union said.", [("Friday", "2026-03-13")]),
    ("Organisers cancelled Sunday's match because of snow.", [("Sunday", "2026-03-15")]),
    ("Police postponed Saturday's march.", [("Saturday", "2026-03-14")]),
    # untouched: the event took place
    ("The union called Friday's strike a success.", [("Friday", "2026-03-06")]),
    ("Friday's strike shut schools.", [("Friday", "2026-03-06")]),
    ("Sunday's match was a draw.", [("Sunday", "2026-03-08")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CALLED_OFF)
def test_called_off(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2026-03-11").dates] == expected


# -- a month in a plan seen from a past perfect, more than half a year ahead: last year's ----

PERFECT_FAR = [
    ("Analysts polled by Reuters had expected a rise in December.", "2026-02-12", [("December", "2025-12")]),
    ("Economists had expected the central bank to cut rates in November.", "2026-02-12", [("November", "2025-11")]),
    ("The union had planned to strike in September.", "2026-02-12", [("September", "2025-09")]),
    # untouched: a month near the reference date, either side; a present perfect
    ("Analysts had expected the bank to cut rates in December.", "2026-10-12", [("December", "2026-12")]),
    ("Deliveries have slipped to week 34.", "2026-01-05", [("week 34", "2026-W34")]),
    ("The board has approved a rise from 1 July.", "2026-02-12", [("1 July", "2026-07-01")]),
    ("The board has approved a rise from 1 July.", "2026-10-12", [("1 July", "2026-07-01")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "expected"), PERFECT_FAR)
def test_perfect_far_month(run, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


# -- a plan given up ("originally set for December"): the month on the nearer side of today --

SUPERSEDED_PLANS = [
    ("Officials said the vote, originally set for December, would take place in February.", "2027-01-04", [("December", "2026-12"), ("February", "2027-02")]),
    ("The launch, initially scheduled for November, is now expected in March.", "2027-02-10", [("November", "2026-11"), ("March", "2027-03")]),
    ("The summit, originally planned for January, will now be held in March.", "2026-10-14", [("January", "2027-01"), ("March", "2027-03")]),
    # untouched: a month near today stays in the reference year; no adverb, the plan's future
    ("The launch, originally set for August, was postponed until December.", "2026-10-14", [("August", "2026-08"), ("December", "2026-12")]),
    ("The vote is set for February.", "2026-10-14", [("February", "2027-02")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "expected"), SUPERSEDED_PLANS)
def test_superseded_plans(run, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


# -- "the end of the month" in past narration: the month of the date named just before -------

PART_OF_THE_MONTH = [
    ("Fighting began on May 2. By the end of the month, 300 people had died.", [("May 2", "2026-05-02"), ("the end of the month", "2026-05")]),
    ("Sales rose in April. By the end of the month, stocks were low.", [("April", "2026-04"), ("the end of the month", "2026-04")]),
    ("The strike began on March 9, and by the middle of the month ports were shut.", [("March 9", "2026-03-09"), ("the middle of the month", "2026-03")]),
    # untouched: a clause about the future, no date named before, a year named before
    ("The plant closed on May 2 and will reopen by the end of the month.", [("May 2", "2026-05-02"), ("the end of the month", "2026-06")]),
    ("By the end of the month, 300 people had died.", [("the end of the month", "2026-06")]),
    ("Sales rose in 2025. By the end of the month, stocks were low.", [("2025", "2025"), ("the end of the month", "2026-06")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PART_OF_THE_MONTH)
def test_part_of_the_month(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert [(d.text, d.value) for d in run(text, reference_date="2026-06-18").dates] == expected

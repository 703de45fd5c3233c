"""The dates stage on issue 14's session-31 family: the year or week of a date the text gives
without one, where the clause's tense was misread (own examples, none from a gold set; written
before each rule).

Each table is one rule, with three or more new examples and cases that must stay as they are.
The tagger's reading of the clause is the point, so the tables run the real pipeline.
Reference date Tuesday 2025-03-04 unless a row gives its own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefx.normalize.dates import DateValue
from briefx.normalize.dates.compose import interval_of
from briefx.pipeline.dates import _DocDates
from briefx.resources import tense_words

REF = "2025-03-04"

# -- "set" (models/tense_cues.jsonl "schedule_with"): a verb of scheduling only before "for"/"to",
# with the date as its object, or with a target noun in its object; else an act done then

SET_ACT = [
    ("The relief fund was set up in May.", "May", "2024-05"),
    ("The agency set out its new rules in October.", "October", "2024-10"),
    ("The swimmer set a world record in August.", "August", "2024-08"),
    ("A commission set up in November will report soon.", "November", "2024-11"),
    ("The board set up a review panel on Monday.", "Monday", "2025-03-03"),
    ("Tariffs were set at 10% in December.", "December", "2024-12"),
    # untouched: the scheduling uses
    ("The election is set for May.", "May", "2025-05"),
    ("The judge set a retrial for Thursday.", "Thursday", "2025-03-06"),
    ("Lawmakers set June 30 as the date for the vote.", "June 30", "2025-06-30"),
    ("The regulator set a deadline of April 15 for replies.", "April 15", "2025-04-15"),
    ("Bus fares are set to rise in April.", "April", "2025-04"),
    ("The hearing, set for Friday, may be delayed.", "Friday", "2025-03-07"),
]


@pytest.mark.parametrize(("text", "span", "value"), SET_ACT)
def test_set_act_or_schedule(run, text: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == [(span, value)]


# -- a perfect participle ("Having closed ...") tells what was done before its clause: past

HAVING = [
    ("Having shut the smelter in October, the group now plans to sell it.", "October", "2024-10"),
    ("Having won the cup in June, the team is chasing the league.", "June", "2024-06"),
    ("Having raised $2 million in April, the start-up hired ten staff.", "April", "2024-04"),
    # untouched: a present participle of a plan, and a plain present perfect
    ("Hoping to open by September, the owners hired more builders.", "September", "2025-09"),
    ("Planning to list in May, the firm hired two banks.", "May", "2025-05"),
]


@pytest.mark.parametrize(("text", "span", "value"), HAVING)
def test_perfect_participle(run, text: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == [(span, value)]


# -- a bare infinitive after "let"/"make"/"help"/"see" and its object takes that verb's tense

CAUSER = [
    ("The central bank let the rupee weaken on Friday.", "Friday", "2025-02-28"),
    ("The storm made hundreds flee their homes on Sunday.", "Sunday", "2025-03-02"),
    ("Divers saw the barge sink on Thursday.", "Thursday", "2025-02-27"),
    ("The government let the permit expire in November.", "November", "2024-11"),
    # untouched: a future, and "let" after a plural subject (a present or a past)
    ("The court will let the hearing resume on Monday.", "Monday", "2025-03-10"),
    ("The new rules let banks lend more from April.", "April", "2025-04"),
]


@pytest.mark.parametrize(("text", "span", "value"), CAUSER)
def test_bare_infinitive_after_causer(run, text: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == [(span, value)]


# -- a quarter or season without a year that holds the reference date in a clause about the past

PERIOD = [
    ("Storms battered the coast in the spring.", REF, "the spring", "2024-03/2024-05"),
    ("Revenue fell 6% in the first quarter.", REF, "the first quarter", "2024-01/2024-03"),
    ("Tourism slumped in the summer.", "2025-07-08", "the summer", "2024-06/2024-08"),
    ("Ice closed the harbour during the winter.", "2025-12-09", "the winter", "2024-12/2025-02"),
    # untouched: a season well under way, a quarter over, a future, a forecast for the quarter
    ("Storms battered the coast in the spring.", "2025-05-20", "the spring", "2025-03/2025-05"),
    (
        "Revenue fell 6% in the second quarter.",
        "2025-07-08",
        "the second quarter",
        "2025-04/2025-06",
    ),
    ("Revenue will fall in the first quarter.", REF, "the first quarter", "2025-01/2025-03"),
    (
        "The airline cut its forecast for the third quarter.",
        "2025-07-08",
        "the third quarter",
        "2025-07/2025-09",
    ),
    (
        "The port handled record cargo in the fourth quarter.",
        "2025-12-22",
        "the fourth quarter",
        "2025-10/2025-12",
    ),
]


@pytest.mark.parametrize(("text", "ref", "span", "value"), PERIOD)
def test_period_begun_lately(run, text: str, ref: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == [(span, value)]


BEGUN = [  # (value, granularity, reference date, measured) -> last year's in a past clause
    ("2025-03/2025-05", "season", "2025-03-04", False, True),
    ("2025-03/2025-05", "season", "2025-05-04", False, False),
    ("2025-01/2025-03", "quarter", "2025-01-20", False, True),
    ("2025-01/2025-03", "quarter", "2025-03-04", False, False),
    ("2025-01/2025-03", "quarter", "2025-03-04", True, True),
    ("2025-01/2025-03", "quarter", "2025-04-02", True, False),  # over
    ("2025-03", "month", "2025-03-02", False, False),  # a month is never moved so
]


@pytest.mark.parametrize(("value", "grain", "ref", "measured", "moved"), BEGUN)
def test_begun_lately(value: str, grain: str, ref: str, measured: bool, moved: bool) -> None:
    iv = interval_of(value)
    assert iv is not None
    v = DateValue("range", value, grain, True, False)
    assert _DocDates._begun_lately(v, iv, dt.date.fromisoformat(ref), measured) is moved


# -- a chronology's line opened by a date and a dash: the side of today where it lies nearer

TIMELINE = [
    ("Oct. 3 - The airline files for bankruptcy.", "Oct. 3", "2024-10-03"),
    ("Nov. 20 - A court approves the sale.", "Nov. 20", "2024-11-20"),
    ("April 9 - Creditors vote on the plan.", "April 9", "2025-04-09"),
    # untouched: a date inside a sentence with a dash after it
    ("The hearing opens on Oct. 3 - the first of three.", "Oct. 3", "2025-10-03"),
]


@pytest.mark.parametrize(("text", "span", "value"), TIMELINE)
def test_timeline_line(run, text: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=REF).dates] == [(span, value)]


@pytest.mark.parametrize("kind", ["schedule_with", "target_noun", "bare_complement"])
def test_session_31_kinds_load(kind: str) -> None:
    assert tense_words(kind)


# -- a request: a base form after "please" or after a modal and "you" asks for what is to come
# (the lead's review: once "set" stopped scheduling, "Please set up a meeting on the 21st" fell
# back to the tagger's reading)

REQUEST = [
    ("2018-08-08", "Please set up a meeting on the 21st.", "the 21st", "2018-08-21"),
    ("2018-08-08", "Can you please book something for the 21st.", "the 21st", "2018-08-21"),
    ("2018-08-08", "Please cut the grass on Saturday.", "Saturday", "2018-08-11"),
    ("2018-08-08", "Could you put the call on the 21st?", "the 21st", "2018-08-21"),
    # untouched: a past after "please", and a statement about what was done
    ("2025-03-04", "Please note that the fund was set up in May.", "May", "2024-05"),
    ("2025-03-04", "The board set up a review panel on Monday.", "Monday", "2025-03-03"),
]


@pytest.mark.parametrize(("ref", "text", "span", "value"), REQUEST)
def test_request(run, ref: str, text: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == [(span, value)]

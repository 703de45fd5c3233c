"""The dates stage on issue 14's session-38 family: holidays of the world and durations the
composing grammar missed (own examples, none from a gold set; written before each rule).

Each table is one rule, with three or more new examples and cases that must stay as they are.
Which country a text is about comes from the NER's places, so the holiday tables run the real
pipeline, as does "X eve" (its year follows the clause's tense); the table lookup itself
(``holiday_row``) and the durations of the composing grammar need no model and are tested on
the normaliser and on ``spacy.blank("en")``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from briefx.normalize.dates import normalize_date
from briefx.normalize.dates.lexicon import holiday_row

# -- a holiday several countries date differently, in the text's country (world_holidays.jsonl).
# Untouched: the U.S. reading where the text names no other country, holidays.jsonl's names.

COUNTRY_HOLIDAY = [
    (
        "2026-08-30",
        "Schools in New Delhi and Kolkata closed on Independence Day.",
        [("Independence Day", "2026-08-15")],
    ),
    (
        "2026-10-10",
        "Markets in Beijing and Shanghai shut for National Day.",
        [("National Day", "2026-10-01")],
    ),
    (
        "2026-02-01",
        "Students in Mumbai sang at dawn on Republic Day.",
        [("Republic Day", "2026-01-26")],
    ),
    (
        "2026-07-09",
        "Fireworks in Denver lit the sky on Independence Day.",
        [("Independence Day", "2026-07-04")],
    ),
    ("2026-05-05", "Dockers in Sydney marched on Anzac Day.", [("Anzac Day", "2026-04-25")]),
    (
        "2026-12-27",
        "Shops in Leeds reopened the day after Boxing Day.",
        [("the day after Boxing Day", "2026-12-27")],
    ),
]


@pytest.mark.parametrize(("ref", "text", "expected"), COUNTRY_HOLIDAY)
def test_country_holiday(run, ref: str, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


# -- a name of the world table written in lower case or after "a"/"an": no holiday's name.
# Untouched: the capitalised name; holidays.jsonl's names in lower case.

WORLD_NAME_OFF = [
    ("2026-03-02", "Teachers in Rome called a national day of strikes.", []),
    ("2026-03-02", "The party in Moscow held a victory day rally for its founder.", []),
    ("2026-03-02", "Activists in Oslo held a constitution day of protest.", []),
    ("2026-06-02", "Fans in Moscow marked Victory Day.", [("Victory Day", "2026-05-09")]),
    ("2026-11-30", "Stores in Ohio were busy on thanksgiving.", [("thanksgiving", "2026-11-26")]),
]


@pytest.mark.parametrize(("ref", "text", "expected"), WORLD_NAME_OFF)
def test_world_name_off(run, ref: str, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


@pytest.mark.parametrize(
    ("name", "country", "value"),
    [
        ("independence day", "IN", "2026-08-15"),
        ("independence day", "BR", "2026-09-07"),
        ("independence day", None, "2026-07-04"),  # holidays.jsonl's row where none is known
        ("national day", "FR", "2026-07-14"),
        ("national day", None, None),  # no day most countries keep: no date
        ("labour day", "NZ", "2026-10-26"),
        ("labor day", "PH", "2026-05-01"),  # the day most countries keep, not the U.S. one
        ("labor day", "US", "2026-09-07"),
        ("good friday", "BG", "2026-04-10"),  # Orthodox
        ("eid al fitr", "BD", "2026-03-20"),  # the lunar table's dates win
        ("canada day", None, "2026-07-01"),
        ("german unity day", None, "2026-10-03"),
    ],
)
def test_holiday_row(name: str, country: str | None, value: str | None) -> None:
    from briefx.normalize.dates.resolve import holiday_date

    row = holiday_row(name, country)
    got = holiday_date(row, 2026) if row else None
    assert (got.isoformat() if got else None) == value


@pytest.mark.parametrize(
    ("text", "country", "value"),
    [
        ("Independence Day", "UA", "2026-08-24"),
        ("Republic Day", "TR", "2026-10-29"),
        ("Constitution Day", "NO", "2027-05-17"),  # the next one after 1 June 2026
        ("Constitution Day", None, None),
        ("Christmas Day", "RU", "2027-01-07"),  # the country's own: Orthodox
        ("Christmas Day", "GB", "2026-12-25"),
    ],
)
def test_normalize_country(text: str, country: str | None, value: str | None) -> None:
    v = normalize_date(text, dt.date(2026, 6, 1), prefer="future", country=country, fallback=False)
    assert (v.value if v else None) == value


# -- durations the composing grammar builds: the hyphenated "two-and-a-half-year". Untouched:
# "another", "a further", "in a row", "running" outside the length (as the gold has them), a
# rank with no run word, a count of events, and an ordinal run ("a fourth straight year": its
# rank, a figure; the blind sets' annotators tag no length there, session 38's lead review)

DURATIONS = [
    ("The index rose for a fifth straight session and a third straight week.", []),
    ("Sales fell for the ninth consecutive month.", []),
    ("Growth slowed for a second successive year.", []),
    ("He signed a three-and-a-half-year contract.", [("three-and-a-half-year", "P3Y6M")]),
    ("The mission was extended by another nine months.", [("nine months", "P9M")]),
    ("The rules stay for a further three years.", [("three years", "P3Y")]),
    ("Prices fell six weeks in a row.", [("six weeks", "P6W")]),
    ("Markets rose four days running.", [("four days", "P4D")]),
    ("It was the third month of the war.", []),
    ("They won three games in a row.", []),
]


@pytest.mark.parametrize(("text", "expected"), DURATIONS)
def test_durations(blank_doc, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    doc = blank_doc(text, reference_date="2026-06-10")
    got = [(text[d.start : d.end], d.value) for d in doc._.briefx_dates if d.kind == "duration"]
    assert got == expected


# -- "X eve" after a holiday's name: the day before. Untouched: a name of its own with "Eve"
# ("Christmas Eve", "New Year's Eve"), "eve" after no holiday.

EVE = [
    ("2026-12-10", "Markets rallied on Diwali eve.", [("Diwali eve", "2026-11-07")]),
    ("2026-12-10", "Roads will be busy on Thanksgiving eve.", [("Thanksgiving eve", "2027-11-24")]),
    ("2026-05-01", "Churches were full on Easter eve.", [("Easter eve", "2026-04-04")]),
    ("2026-12-28", "Bars were full on Christmas Eve.", [("Christmas Eve", "2026-12-24")]),
    ("2026-12-20", "Bars will be full on New Year's Eve.", [("New Year's Eve", "2026-12-31")]),
    ("2026-12-20", "She met Eve on the train.", []),
]


@pytest.mark.parametrize(("ref", "text", "expected"), EVE)
def test_holiday_eve(run, ref: str, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    # the real pipeline: the year of a holiday without one follows the clause's tense
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected

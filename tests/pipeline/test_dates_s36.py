"""The dates stage on issue 14's session-36 family: date words in another sense (own examples,
none from a gold set; written before each rule).

Each table is one rule, with three or more new examples and cases that must stay as they are.
The tagger's and the NER's reading is the point for most rules, so those tables run the real
pipeline; the noun reading of a season after "the" needs no model and is also tested on
``spacy.blank("en")`` with the dates stage.
"""

from __future__ import annotations

import pytest

# -- a season heading "the X in/of <noun>" with no date after it: a decline, a coil, no season.
# Untouched: "the X of <year>", a season in a place after a preposition of time, a season with a
# word of time before it.

SEASON_NOUN = [
    ("2026-10-07", "The fall in copper prices squeezed miners.", []),
    ("2026-10-07", "Voters welcomed the fall of the junta.", []),
    ("2026-04-20", "A broken spring in the lift caused the delay.", []),
    ("2026-09-09", "The fall in the jobless rate surprised the central bank.", []),
    ("2026-10-07", "Work began in the fall of 2019.", [("the fall of 2019", "2019-09/2019-11")]),
    (
        "2026-05-11",
        "Rain was heavy in the spring in the north.",
        [("the spring", "2026-03/2026-05")],
    ),
    (
        "2026-04-20",
        "The summer in Madrid was the hottest on record.",
        [("The summer", "2025-06/2025-08")],
    ),
    ("2026-01-12", "Farmers planted early last spring.", [("last spring", "2025-03/2025-05")]),
]


@pytest.mark.parametrize(("ref", "text", "expected"), SEASON_NOUN)
def test_season_noun(run, ref: str, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The fall of the regime was swift.", []),
        ("The fall in demand hit exporters.", []),
        ("The fall of 2019 was wet.", ["The fall of 2019"]),
    ],
)
def test_season_noun_blank(blank_doc, text: str, kept: list[str]) -> None:  # type: ignore[no-untyped-def]
    doc = blank_doc(text, reference_date="2026-10-07")
    assert [text[d.start : d.end] for d in doc._.briefx_dates] == kept


# -- a bare season in a verb's place (after a plural subject, a pronoun, a modal or "to", before
# a preposition or particle); a bare season named again after the text used the word so.

SEASON_VERB = [
    ("2026-06-15", "Rescuers spring into action within minutes.", []),
    ("2026-06-15", "Weeds spring up after the rains.", []),
    ("2026-06-15", "They spring from the same tradition.", []),
    ("2026-06-15", "Prices rose in spring, the agency said.", [("spring", "2026-03/2026-05")]),
    ("2026-06-15", "Tourists return in summer.", [("summer", "2026-06/2026-08")]),
]


@pytest.mark.parametrize(("ref", "text", "expected"), SEASON_VERB)
def test_season_verb(run, ref: str, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


SAME_SENSE = [
    ("2026-10-07", "The fall in wheat prices hurt growers. Exports shrank after the fall.", []),
    ("2026-10-07", "The fall of the dam flooded the valley. Villagers fled after the fall.", []),
    ("2026-06-15", "A fall in rents eased pressure. Landlords blamed the fall.", []),
    (
        "2026-05-12",
        "The fall in sales worried the board. Sales will recover in the fall.",
        [("the fall", "2026-09/2026-11")],
    ),
    ("2026-05-12", "Exports shrank after the fall.", [("the fall", "2025-09/2025-11")]),
]


@pytest.mark.parametrize(("ref", "text", "expected"), SAME_SENSE)
def test_season_same_sense(run, ref: str, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


# -- a capitalised season closing a name after a place or a people the NER found.

SEASON_NAME = [
    ("2026-03-03", "Scholars compare the protests to the Prague Spring.", []),
    ("2026-03-03", "Memories of the Beijing Spring faded.", []),
    ("2026-03-03", "The Damascus Spring ended in 2001.", [("2001", "2001")]),
    ("2026-03-03", "The collection launches in Spring 2027.", [("Spring 2027", "2027-03/2027-05")]),
    ("2026-03-03", "The show opens in Paris in Spring.", [("Spring", "2026-03/2026-05")]),
    (
        "2026-03-03",
        "Spring came early to the valley this year.",
        [("Spring", "2026-03/2026-05"), ("this year", "2026")],
    ),
]


@pytest.mark.parametrize(("ref", "text", "expected"), SEASON_NAME)
def test_season_name(run, ref: str, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


# -- a short weekday with no full stop that opens a sentence or follows a dateline's dash, before
# a preposition: the verb.

WEEKDAY_VERB = [
    ("2026-11-03", "Sat in the front row, the envoy took notes.", []),
    ("2026-11-03", "Wed in a small ceremony, the couple left for Rome.", []),
    (
        "2026-11-03",
        "ROME, Nov 2 - Sat beside the pope, the mayor spoke.",
        [("Nov 2", "2026-11-02")],
    ),
    ("2026-11-03", "The fair opens Sat 7 Nov, organisers said.", [("Sat 7 Nov", "2026-11-07")]),
    ("2026-11-03", "The vote is on Sun., Nov. 8 in Lyon.", [("Sun., Nov. 8", "2026-11-08")]),
]


@pytest.mark.parametrize(("ref", "text", "expected"), WEEKDAY_VERB)
def test_weekday_verb(run, ref: str, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


# -- "the Month", "the Year" capitalised after a title and "of"; a lower-case "august".

AWARDS = [
    ("2026-05-22", "She was voted Employee of the Month again.", []),
    ("2026-05-22", "His Goal of the Month was replayed.", []),
    ("2026-05-22", "The Song of the Year nominees were named.", []),
    ("2026-05-22", "An august body, the court rarely sits.", []),
    ("2026-05-22", "Sales rose earlier in the year.", [("earlier in the year", "2026")]),
    ("2026-05-22", "Rates were cut in August.", [("August", "2025-08")]),
]


@pytest.mark.parametrize(("ref", "text", "expected"), AWARDS)
def test_awards_and_adjectives(run, ref: str, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


# -- the clause tense stops at ", and" before a new clause's subject that holds the date: its
# verb comes after the date (a past narration's month is the most recent one).

JOINED = [
    (
        "2026-11-03",
        "The fall in oil prices hurt exports, and the fall of the government in May shocked markets.",
        [("May", "2026-05")],
    ),
    ("2026-11-03", "Costs rose, and the strike in June cut output.", [("June", "2026-06")]),
    ("2026-11-03", "Costs rose, and the vote in June will decide the plan.", [("June", "2027-06")]),
    (
        "2026-11-03",
        "Prices rose in August, and fell in September.",
        [("August", "2026-08"), ("September", "2026-09")],
    ),
]


@pytest.mark.parametrize(("ref", "text", "expected"), JOINED)
def test_joined_clause_tense(run, ref: str, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected


# -- a rate's "a day", "a year" after a vague amount or count ("hundreds of", "several times")
# or one unit of money ("a dollar a day"): no date (ANNOTATION.md: rate and frequency words).

RATES = [
    ("2026-11-03", "Pensioners live on less than a dollar a day.", []),
    ("2026-11-03", "Thousands of tourists a day visit the ruins.", []),
    ("2026-11-03", "Patients are checked several times a day.", []),
    ("2026-11-03", "The charity raises millions of pounds a year.", []),
    ("2026-11-03", "It took the panel a day to decide.", [("a day", "P1D")]),
    ("2026-11-03", "Most of the staff took a year off.", [("a year", "P1Y")]),
    ("2026-11-03", "Workers earn $5 a day.", []),
]


@pytest.mark.parametrize(("ref", "text", "expected"), RATES)
def test_rates_after_vague_amounts(
    run, ref: str, text: str, expected: list[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert [(d.text, d.value) for d in run(text, reference_date=ref).dates] == expected

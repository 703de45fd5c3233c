"""Dates of issue 14's session-24 families, read off the errors of the opened gold sets (own1 to
own10): how durations are written (a fortnight in weeks, a year and a half in years and months,
a quarter of a century), "the Friday after next", a particle "in" before "N units ago", a length
of time before an event, a yield's term, a bare "the 14th" that is a place in a row, and the year
or side of today that a participle, a postnominal "due", a baseline ("up from 14 in March") or
"from Monday" decides (own examples, none from a gold set).

Each table is one rule, with three or more new examples written before the rule and cases that
must stay as they are. Rules that read the tagger's tags run through the full pipeline; the
word rules are checked on the words alone (``spacy.blank``) too.
"""

from __future__ import annotations

import pytest

from tests.pipeline.conftest import date_pairs


def _pairs(run, text: str, ref: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(d.text, d.value) for d in run(text, reference_date=ref).dates]


# -- how a length of time is written: weeks, years and months ----------------------------------
# Reference date Wednesday 2025-06-04.

WRITTEN = [
    ("The canal was closed for a fortnight.", [("a fortnight", "P2W")]),
    ("Talks stalled for a year and a half.", [("a year and a half", "P1Y6M")]),
    ("The siege lasted two and a half years.", [("two and a half years", "P2Y6M")]),
    ("The mill ran for a quarter of a century.", [("a quarter of a century", "P25Y")]),
    ("The dynasty ruled for three quarters of a century.", [("three quarters of a century", "P75Y")]),
    # untouched: a count the text gives in months or days stays so
    ("The loan runs 18 months.", [("18 months", "P18M")]),
    ("The strike lasted 14 days.", [("14 days", "P14D")]),
    ("Rents fell for half a year.", [("half a year", "P6M")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WRITTEN)
def test_written_durations(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date="2025-06-04")) == expected


# -- "the Friday after next": that weekday in the week after next week ----------------------------
# Reference date Wednesday 2025-06-04 (ISO week 23): the week after next is week 25.

AFTER_NEXT = [
    ("The panel reports the Friday after next.", [("the Friday after next", "2025-06-20")]),
    ("Bids close the Thursday after next.", [("the Thursday after next", "2025-06-19")]),
    ("The court sits again the Monday after next.", [("the Monday after next", "2025-06-16")]),
    # untouched: "before last" and a bare "next Friday"
    ("The deal was signed the Wednesday before last.", [("the Wednesday before last", "2025-05-21")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AFTER_NEXT)
def test_weekday_after_next(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date="2025-06-04")) == expected


# -- "sworn in two weeks ago": "in" is the verb's particle, the count runs back -------------------
# Reference date Tuesday 2024-03-05.

PARTICLE_IN = [
    ("The new mayor was sworn in two weeks ago.", [("two weeks ago", "2024-W08")]),
    ("The rebels dug in three days ago.", [("three days ago", "2024-03-02")]),
    ("The price was locked in six months ago.", [("six months ago", "2023-09")]),
    # "over" as the verb's particle, no hedge
    ("He quit on 1 March; his deputy took over two days later.", [("1 March", "2024-03-01"), ("two days later", "2024-03-03")]),
    ("The rebels took over three weeks ago.", [("three weeks ago", "2024-W07")]),
    ("The new owners handed over two years ago.", [("two years ago", "2022")]),
    # untouched: "in two weeks" ahead; "over" as a hedge
    ("The mayor will be sworn in two weeks.", [("in two weeks", "2024-03-19")]),
    ("Prices rose over two years ago.", [("over two years ago", "2022")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTICLE_IN)
def test_particle_in_before_ago(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2024-03-05") == expected


# -- "closed for 18 months after the collapse": a length of time, the event undated -----------

LENGTH_BEFORE_EVENT = [
    ("The line was shut for 18 months after the derailment.", [("18 months", "P18M")]),
    ("The port stayed closed for two weeks after the storm.", [("two weeks", "P2W")]),
    ("Trading was halted for three days after the crash.", [("three days", "P3D")]),
    # untouched: a day after an undated event is no date
    ("Rescuers arrived the day after the explosion.", []),
]


@pytest.mark.parametrize(("text", "expected"), LENGTH_BEFORE_EVENT)
def test_length_before_event(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2025-09-15") == expected


# -- "the upcoming Friday": the article is kept, as in "the coming week" -------------------------

THE_UPCOMING = [
    ("The envoys talk again on the upcoming Friday.", [("the upcoming Friday", "2026-06-05")]),
    ("The count ends the coming Monday.", [("the coming Monday", "2026-06-08")]),
    ("Votes are due on the upcoming Sunday.", [("the upcoming Sunday", "2026-06-07")]),
    # untouched
    ("Talks resume in the coming week.", [("the coming week", "2026-W24")]),
]


@pytest.mark.parametrize(("text", "expected"), THE_UPCOMING)
def test_the_upcoming_weekday(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2026-06-03") == expected


# -- a hyphenated term before a yield, a high or a holiday is a duration --------------------------

TERMS = [
    ("Ten-year bund yields rose 4 basis points.", [("Ten-year", "P10Y")]),
    ("The gap between five-year and 20-year yields narrowed.", [("five-year", "P5Y"), ("20-year", "P20Y")]),
    ("Nickel hit a two-week high of $17,000.", [("two-week", "P2W")]),
    ("Shops reopened after the three-day holiday weekend.", [("three-day", "P3D")]),
    # untouched: a rate or change over the term; a holiday with no length
    ("The 12-month average rose to 3%.", []),
    ("Shops shut over the Easter holiday.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TERMS)
def test_terms(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2025-06-04") == expected


# -- a bare "the 14th" that is a place in a row, no day of the month ------------------------------

IN_ROW = [
    ("He scored in the 9th and 60th minutes.", [], [("9th", 9), ("60th", 60)]),
    ("The quake was the third this year and the 12th since 2020.", [("this year", "2025"), ("2020", "2020")], [("third", 3), ("12th", 12)]),
    ("She lost in the 11th and deciding game.", [], [("11th", 11)]),
    # untouched: a day after "on", "by", and two days joined
    ("The ballots are counted on the 14th.", [("the 14th", "2025-06-14")], []),
    ("Rent is due by the 5th.", [("the 5th", "2025-06-05")], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "dates", "figures"), IN_ROW)
def test_ordinal_in_row(run, text: str, dates: list, figures: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    brief = run(text, reference_date="2025-06-04")
    assert [(d.text, d.value) for d in brief.dates] == dates
    assert [(f.text, f.value) for f in brief.figures if f.kind == "ordinal"] == figures


# -- the side of today a participle, "due", a baseline or "from" decides ----------------------------

SIDE = [
    # a participle after its noun: the verb after the date tells the time
    ("Analysts said the monsoon arriving in July would lift output.", "2025-06-20", "July", "2025-07"),
    ("Officials said ministers travelling to Rome on June 24 were expected to sign.", "2025-06-05", "June 24", "2025-06-24"),
    ("The board named a squad for a tour starting on September 16.", "1996-08-26", "September 16", "1996-09-16"),
    # a postnominal "due": the nearer side of today
    ("The firm unveiled a tablet due in May.", "2025-01-07", "May", "2025-05"),
    ("He said the report, due in June, would not change.", "1998-05-14", "June", "1998-06"),
    ("The payment, due in March, was never made.", "2025-06-10", "March", "2025-03"),
    # a baseline: "up from ... in September"
    ("Inflation will peak at 3% next year, up from 1.7% in September.", "2024-11-07", "September", "2024-09"),
    ("Sales will reach $4 billion, down from $5 billion in October.", "2025-11-20", "October", "2025-10"),
    ("Unemployment should fall to 5%, from 6.1% in August.", "2025-10-02", "August", "2025-08"),
    # "from Monday" with no end: the nearer side
    ("The ministry declared three days of mourning from Monday.", "2025-03-30", "Monday", "2025-03-31"),
    ("The app will be blocked from Sunday, officials said.", "2025-01-17", "Sunday", "2025-01-19"),
    ("The curfew was lifted from Tuesday.", "2025-01-17", "Tuesday", "2025-01-14"),
    # untouched: a range from a day; a count from a day
    ("The hearing is slated for three weeks from Monday.", "2025-02-03", "three weeks from Monday", "2025-02-24"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "span", "value"), SIDE)
def test_side_of_today(run, text: str, ref: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert (span, value) in _pairs(run, text, ref)


# -- an event stopped or held late is gone by; one called off was still ahead ---------------------
# Reference date Wednesday 2025-04-09.

STOPPED = [
    ("Saturday's race in Monza was abandoned because of hail.", [("Saturday", "2025-04-05")]),
    ("Monday's vote in the senate was delayed by a walkout.", [("Monday", "2025-04-07")]),
    ("Sunday's final was abandoned after a pitch invasion.", [("Sunday", "2025-04-06")]),
    # untouched: called off, the event was still ahead
    ("Saturday's derby was called off because of the storm.", [("Saturday", "2025-04-12")]),
]


@pytest.mark.parametrize(("text", "expected"), STOPPED)
def test_stopped_event(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2025-04-09") == expected


# -- "up from 14 in March": a count, then the month -----------------------------------------------

COUNT_IN_MONTH = [
    ("Forty districts are affected, up from 14 in March.", [("March", "2025-03")]),
    ("The tally reached 30 in May.", [("May", "2025-05")]),
    ("Cases fell to 9 in April.", [("April", "2025-04")]),
    # untouched: a day and month
    ("The vote is on 14 March.", [("14 March", "2025-03-14")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNT_IN_MONTH)
def test_count_in_month(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date="2025-06-20")) == expected


# -- a fiscal year whose end the text names; the pronoun "us" names no country --------------------

FISCAL = [
    ("The port earned $2 billion in fiscal 2023, which ended on June 30.", "2024-02-01", ("fiscal 2023", "2022-07/2023-06")),
    ("Nike's sales rose in fiscal 2025, which ended in May.", "2025-07-01", ("fiscal 2025", "2024-06/2025-05")),
    ("The chipmaker's revenue rose in fiscal 2024, which ended Jan. 31.", "2024-03-01", ("fiscal 2024", "2023-02/2024-01")),
    ("Mumbai-based Infosys expects growth this fiscal year.", "2026-08-14", ("this fiscal year", "2026-04/2027-03")),
    ("Talk to us: we will buy back shares in this financial year.", "2025-05-20", ("this financial year", "2025-04/2026-03")),
    # untouched: a U.S. federal year with no end named
    ("The Pentagon spent more in fiscal 2024.", "2025-01-01", ("fiscal 2024", "2023-10-01/2024-09-30")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "pair"), FISCAL)
def test_fiscal_year_named(run, text: str, ref: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in _pairs(run, text, ref)


# -- "today" meaning nowadays: a generic present about a quantified class -------------------------

GENERIC_TODAY = [
    ("Today, most households in the region own a car.", []),
    ("Many farmers today rely on two harvests a year.", []),
    ("Today, more children attend school than ever.", []),
    # untouched: one thing on the day, a report on the day
    ("Today Europe is back in space.", [("Today", "2025-06-04")]),
    ("Today, many analysts expect a cut.", [("Today", "2025-06-04")]),
    ("Many workers walked out today.", [("today", "2025-06-04")]),
]


@pytest.mark.parametrize(("text", "expected"), GENERIC_TODAY)
def test_generic_today(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2025-06-04") == expected


# -- a weekday inside a name: a club's ("Sheffield Wednesday"), a capitalised part of the day ------
# Reference date Wednesday 2001-03-14.

WEEKDAY_NAMES = [
    ("Fulham 1 Sheffield Wednesday 3\nLeeds 0 Chelsea 2", []),
    ("The season ended. Sheffield Wednesday finished ninth.", []),
    ("Shares of Tuesday Morning Corp. fell 3 percent.", []),
    ("Ratings for Monday Night Football rose.", []),
    ("Staff at Friday Afternoon stores were told of the closure.", []),
    # untouched: a place after a preposition, a sentence opened by a stop word, a part of the day
    ("The minister spoke in London Tuesday.", [("Tuesday", "2001-03-13")]),
    ("Talks ended. On Tuesday the envoy left.", [("Tuesday", "2001-03-13")]),
    ("The talks resumed on Tuesday morning.", [("Tuesday", "2001-03-13")]),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_NAMES)
def test_weekday_names(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2001-03-14") == expected


# -- a verbless label of data over a table: "Results on Tuesday:" is a day gone by ----------------
# Reference date Wednesday 1996-08-28.

DATA_LABEL = [
    ("Results on Tuesday:\nHansa 0 Bochum 2", [("Tuesday", "1996-08-27")]),
    ("Scores from Sunday:\nLeeds 1 Hull 2", [("Sunday", "1996-08-25")]),
    ("Readings on Monday:\nLondon 21C", [("Monday", "1996-08-26")]),
    # untouched: fixtures ahead; a sentence with its own verb
    ("Fixtures on Saturday:\nLeeds v Hull", [("Saturday", "1996-08-31")]),
    ("Results on Tuesday will be posted online.", [("Tuesday", "1996-09-03")]),
]


@pytest.mark.parametrize(("text", "expected"), DATA_LABEL)
def test_data_label(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "1996-08-28") == expected


# -- a calendar month as a class: "a record for June", "sets June record" -------------------------

MONTH_RECORD = [
    ("Spain set a national record for June.", []),
    ("Portugal sets March record for rain.", []),
    ("The heat broke the records for August.", []),
    # untouched: a record set in a month
    ("Exports hit a record in June.", [("June", "2025-06")]),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_RECORD)
def test_month_record(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2025-07-01") == expected


# -- "the 52 weeks to 29 March": the days counted back from the day named -------------------------

WEEKS_TO = [
    ("For the 52 weeks to 29 March, profit rose 22%.", "2025-05-21", [("the 52 weeks to 29 March", "2024-03-31/2025-03-29")]),
    ("Sales rose in the 12 weeks to Jan. 5.", "2025-02-01", [("the 12 weeks to Jan. 5", "2024-10-14/2025-01-05")]),
    ("Sales rose 3% in the four weeks ended Oct. 4.", "2025-10-20", [("the four weeks ended Oct. 4", "2025-09-07/2025-10-04")]),
    # untouched: one week to a day is that week
    ("Prices rose in the week to July 4.", "2025-07-10", [("the week to July 4", "2025-W27")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "expected"), WEEKS_TO)
def test_weeks_to(run, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, ref) == expected


# -- "November of that year": the month in the year named before ----------------------------------

MONTH_OF_THAT_YEAR = [
    ("The regulator approved it in February 2020, and the governor agreed in November of that year.", "2024-10-29", [("February 2020", "2020-02"), ("November of that year", "2020-11")]),
    ("The mine opened in 2019. In March of that year, it flooded.", "2025-10-23", [("2019", "2019"), ("March of that year", "2019-03")]),
    ("The war began in 1914. In August of the same year, troops landed.", "2025-10-23", [("1914", "1914"), ("August of the same year", "1914-08")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "expected"), MONTH_OF_THAT_YEAR)
def test_month_of_that_year(run, text: str, ref: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, ref) == expected


# -- "from mid-May until the end of August": a range from a hyphenated hedge -----------------------

MID_RANGE = [
    ("The ferry runs from mid-May until the end of September.", [("mid-May until the end of September", "2026-05/2026-09")]),
    ("Crews will plant from mid-May to early July.", [("mid-May to early July", "2026-05/2026-07")]),
    ("The road is shut from mid-May through June.", [("mid-May through June", "2026-05/2026-06")]),
    # untouched: one hedged month; the modal
    ("Talks resume in mid-May.", [("mid-May", "2026-05")]),
    ("Prices may rise.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MID_RANGE)
def test_mid_range(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2026-03-01") == expected


# -- an apostrophe year names one gone by, or a near one ------------------------------------------

APOSTROPHE_YEAR = [
    ("The truce was signed in the summer of '45.", [("the summer of '45", "1945-06/1945-08")]),
    ("Rents peaked in spring '38.", [("spring '38", "1938-03/1938-05")]),
    ("The plant shut in March '51.", [("March '51", "1951-03")]),
    # untouched: a near year
    ("The games open in summer '28.", [("summer '28", "2028-06/2028-08")]),
    ("Sales peaked in March '09.", [("March '09", "2009-03")]),
]


@pytest.mark.parametrize(("text", "expected"), APOSTROPHE_YEAR)
def test_apostrophe_year(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2027-02-17") == expected


# -- "a century-old bridge": one century, the article outside the span ----------------------------

UNIT_OLD = [
    ("The century-old pier reopened.", [("century-old", "P100Y")]),
    ("A decade-old law was repealed.", [("decade-old", "P10Y")]),
    ("Engineers restored a century-old tunnel.", [("century-old", "P100Y")]),
    # untouched: a counted age
    ("The forty-year-old scheme closed.", [("forty-year-old", "P40Y")]),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_OLD)
def test_unit_old(blank_doc, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date_pairs(blank_doc(text, reference_date="2026-04-10")) == expected


# -- a plan made in the past ("voted to strike on Sept. 12"): the nearer side of today -------------

PAST_PLAN = [
    ("The union voted to strike on Sept. 12 and walked out the next week.", "1996-10-02", ("Sept. 12", "1996-09-12")),
    ("The firm planned to open the plant in June.", "2025-10-10", ("June", "2025-06")),
    ("The board voted to cut rates in December.", "2025-11-10", ("December", "2025-12")),
    # untouched: a plan in the present; an implicative verb's infinitive tells what happened
    ("The firm plans to open the plant in June.", "2025-10-10", ("June", "2026-06")),
    ("The firm declined to comment on Friday.", "2025-06-04", ("Friday", "2025-05-30")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "pair"), PAST_PLAN)
def test_past_plan(run, text: str, ref: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in _pairs(run, text, ref)


# -- a limit set in a past clause ("suspended services until Friday"): the nearer side -------------
# Reference date Thursday 2027-01-14.

PAST_LIMIT = [
    ("The operator suspended services west of Galway until Friday.", ("Friday", "2027-01-15")),
    ("Forecasters put the county on red alert through Saturday.", ("Saturday", "2027-01-16")),
    ("The strike lasted until Monday.", ("Monday", "2027-01-11")),
    # untouched: a limit ahead in a plan
    ("The strike is expected to end by Wednesday.", ("Wednesday", "2027-01-20")),
]


@pytest.mark.parametrize(("text", "pair"), PAST_LIMIT)
def test_past_limit(run, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in _pairs(run, text, "2027-01-14")


# -- the event a weekday's possessive names after "for" or an infinitive: the nearer side ---------
# Reference date Tuesday 2025-09-16.

EVENT_FOR = [
    ("Chopra qualified for Thursday's javelin final with 84.85m.", ("Thursday", "2025-09-18")),
    ("The party was on course on Tuesday to win Monday's election.", ("Monday", "2025-09-15")),
    ("She was praised for Sunday's performance.", ("Sunday", "2025-09-14")),
    ("Fans queued for Friday's concert.", ("Friday", "2025-09-19")),
]


@pytest.mark.parametrize(("text", "pair"), EVENT_FOR)
def test_event_for(run, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in _pairs(run, text, "2025-09-16")


# -- "after September's rains": the event a month's possessive names, on the nearer side -----------

AFTER_MONTHS_EVENT = [
    ("Traders expect heavy crop losses after September's floods.", "2025-10-01", ("September", "2025-09")),
    ("Investors expect calm after January's vote.", "2025-12-10", ("January", "2026-01")),
    ("Prices should ease after March's harvest.", "2025-04-20", ("March", "2025-03")),
    # untouched: a month after "after" with no possessive follows the tense
    ("Talks will resume after March.", "2025-04-20", ("March", "2026-03")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "pair"), AFTER_MONTHS_EVENT)
def test_after_months_event(run, text: str, ref: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in _pairs(run, text, ref)


# -- a deadline someone has or was given ("had until the end of April"): the nearer side ----------

HAVE_UNTIL = [
    ("Diplomats said Belgrade had until the end of April to open talks.", "1998-03-23", ("the end of April", "1998-04")),
    ("The firm was given until June to repay the loan.", "2025-02-10", ("June", "2025-06")),
    ("Officials said the club had until March to pay.", "2025-01-15", ("March", "2025-03")),
    # untouched: a state that lasted until a month gone by
    ("The bridge stayed shut until March.", "2025-06-15", ("March", "2025-03")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "pair"), HAVE_UNTIL)
def test_have_until(run, text: str, ref: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in _pairs(run, text, ref)


# -- a present "follows": what it comes after is gone by; "follow in January" is scheduled ---------

FOLLOWS = [
    ("The approval follows a 9-2 vote by outside experts on June 10.", "2024-07-03", ("June 10", "2024-06-10")),
    ("The recall follows a string of complaints in March.", "2024-07-03", ("March", "2024-03")),
    ("Further rules on spare parts follow in January.", "2024-12-03", ("January", "2025-01")),
    ("More cuts follow in February, the ministry said.", "2024-12-03", ("February", "2025-02")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ref", "pair"), FOLLOWS)
def test_follows_present(run, text: str, ref: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in _pairs(run, text, ref)


# -- a number before "a year" is a rate, no date ("then 10 a year") --------------------------------

NUMBER_A_YEAR = [
    ("The agency will launch six satellites in 2025 and then 12 a year.", [("2025", "2025")]),
    ("The plant makes 500 a day.", []),
    ("The yard delivers 3 per month.", []),
    # untouched: a duration with its count
    ("It runs seven days a week.", []),
    ("The drought lasted a year.", [("a year", "P1Y")]),
]


@pytest.mark.parametrize(("text", "expected"), NUMBER_A_YEAR)
def test_number_a_year(run, text: str, expected: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert _pairs(run, text, "2024-07-09") == expected

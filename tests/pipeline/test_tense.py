"""The tense of the clause directs bare weekdays and months without a year (own examples).

ANNOTATION.md: in a clause about the future, the next such day; about the past, the most
recent one. Reference date Thursday 2025-02-13; the tagger is the point, so the real pipeline.
"""

from __future__ import annotations

import pytest

TENSE = [
    # weekdays
    ("The council will vote on Monday.", "Monday", "2025-02-17"),
    ("The council voted on Monday.", "Monday", "2025-02-10"),
    ("The court is expected to rule on Tuesday.", "Tuesday", "2025-02-18"),
    ("Lawmakers must pass the bill by Friday.", "Friday", "2025-02-14"),
    ("The shop has been shut since Saturday.", "Saturday", "2025-02-08"),
    ("Delegates arrive in Geneva on Sunday.", "Sunday", "2025-02-16"),
    # months and days without a year
    ("The plant closed in November.", "November", "2024-11"),
    ("The plant will reopen in January.", "January", "2026-01"),
    ("The strike is set to start on Jan. 9.", "Jan. 9", "2026-01-09"),
    ("Police said the fire broke out on Dec. 2.", "Dec. 2", "2024-12-02"),
    # a present verb: a month keeps the reference year
    ("Inflation is 3% in January, the office says.", "January", "2025-01"),
    # an implicative verb in the past: its infinitive happened then, it is no plan
    ("The minister refused to resign on Monday.", "Monday", "2025-02-10"),
    ("The company declined to comment on Tuesday.", "Tuesday", "2025-02-11"),
    ("Rescuers managed to reach the village on Saturday.", "Saturday", "2025-02-08"),
    ("Rebels began to withdraw on Sunday.", "Sunday", "2025-02-09"),
    # a bare past participle (a reduced relative) tells of the past
    ("The summit, held on Dec. 5, ended without a deal.", "Dec. 5", "2024-12-05"),
    ("A referendum held in November approved the plan.", "November", "2024-11"),
    ("The bridge, opened in March, carries heavy traffic.", "March", "2024-03"),
    # a verb of putting off points to a later date, whatever its tense
    ("The trial was postponed until Nov. 3.", "Nov. 3", "2025-11-03"),
    ("The vote was delayed until Tuesday.", "Tuesday", "2025-02-18"),
    ("The court adjourned the case to Dec. 9.", "Dec. 9", "2025-12-09"),
    ("Officials deferred the decision until June.", "June", "2025-06"),
    # composed dates without a year follow the tense as well
    ("The ferry sank on the sixth of June.", "the sixth of June", "2024-06-06"),
    ("The talks ended on the twenty-third of March.", "the twenty-third of March", "2024-03-23"),
    ("The council will meet on the ninth of January.", "the ninth of January", "2026-01-09"),
    ("The quake struck at the end of November.", "the end of November", "2024-11"),
    # a non-finite verb (a participle opening a phrase) has no tense: the clause's finite
    # verb decides
    (
        "The agency, citing a surge in orders in December, raised its forecast.",
        "December",
        "2024-12",
    ),
    (
        "Following the collapse of talks in October, both sides returned to the table.",
        "October",
        "2024-10",
    ),
    ("Pointing to weak sales in November, the firm cut 300 jobs.", "November", "2024-11"),
    ("Citing a strike planned for March, the airline will cancel flights.", "March", "2025-03"),
    # a month used as a modifier, its article left out, follows the tense as well
    ("The October vote was close.", "October", "2024-10"),
    ("Results of the November election will be known soon.", "November", "2025-11"),
    ("The September jobs report showed a drop.", "September", "2024-09"),
    # "since" points back, whatever the tense
    ("Prices have risen since August.", "August", "2024-08"),
    ("The road has been closed since 3 March.", "3 March", "2024-03-03"),
    ("Output has grown steadily since the end of June.", "the end of June", "2024-06"),
]


@pytest.mark.parametrize(("text", "span", "value"), TENSE)
def test_tense_directs_the_date(run, text: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2025-02-13")
    assert [(d.text, d.value) for d in brief.dates] == [(span, value)]


NAMES = [
    "Tuesday Partners hired a new adviser.",
    "Analysts at Sunday.com cut their forecast.",
    "April Hughes, the council's treasurer, resigned.",
    "The March of Dimes raised funds.",
]


@pytest.mark.parametrize("text", NAMES)
def test_month_or_weekday_inside_a_name(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert run(text, reference_date="2025-02-13").dates == []


COMPOSED = [  # the composing grammar inside the dates stage: anchors from the text before
    ("Talks broke down on 3 February and resumed the following Monday.",
     [("3 February", "2025-02-03"), ("the following Monday", "2025-02-10")]),
    ("The mine flooded in June 2024 and reopened four months later.",
     [("June 2024", "2024-06"), ("four months later", "2024-10")]),
    ("Repairs will take between two and four weeks.", [("two", "P2W"), ("four weeks", "P4W")]),
    ("The levy applies from this October to May 2027.", [("this October to May 2027", "2025-10/2027-05")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COMPOSED)
def test_composed_in_the_stage(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2025-02-13")
    assert [(d.text, d.value) for d in brief.dates] == expected


# Narration (issue 14): the governing clause, read past the words that are not its verb.
# Reference date Thursday 2025-02-13, as above.
NARRATION = [
    # a base form joined by "and" takes the tense of the verb it is joined to
    ("The agency will close the office on Friday and reopen it on Tuesday.",
     [("Friday", "2025-02-14"), ("Tuesday", "2025-02-18")]),
    ("Crews would clear the road and repair the bridge before the spring.",
     [("the spring", "2025-03/2025-05")]),
    ("Officials said they would inspect the dam and publish a report in March.",
     [("March", "2025-03")]),
    # a participle inside a noun phrase is an adjective, not the clause's verb
    ("The city will rebuild the flooded homes before June.", [("June", "2025-06")]),
    ("Engineers plan to repair the damaged tracks by Monday.", [("Monday", "2025-02-17")]),
    ("The ministry will replace the stolen laptops in April.", [("April", "2025-04")]),
    # a present that the tagger reads as a base form, after its subject: scheduled
    ("Voters in the region go to the polls on Sunday.", [("Sunday", "2025-02-16")]),
    ("Members of the union meet on Monday.", [("Monday", "2025-02-17")]),
    ("Residents of the island go without power until Friday.", [("Friday", "2025-02-14")]),
    # ... also after an appositive that closes with a comma
    ("The rules, announced Monday, go into effect Friday.",
     [("Monday", "2025-02-10"), ("Friday", "2025-02-14")]),
    ("The new fares, approved in March, take effect in January.",
     [("March", "2024-03"), ("January", "2026-01")]),
    ("The talks, delayed twice, resume on Monday.", [("Monday", "2025-02-17")]),
    # a past perfect: a plan seen from the past, gone by (also through its infinitive)
    ("The airline had planned to resume flights on Monday.", [("Monday", "2025-02-10")]),
    ("The vote had been scheduled for Tuesday.", [("Tuesday", "2025-02-11")]),
    ("Investors had expected the bank to cut rates on Wednesday.", [("Wednesday", "2025-02-12")]),
    # a verb that sets its object ahead: "for"/"by"/"until" the coming day; "in" a month,
    # which the verb's tense does not place, keeps the reference year
    ("The union has called a strike for Monday.", [("Monday", "2025-02-17")]),
    ("The president has summoned his cabinet for Saturday.", [("Saturday", "2025-02-15")]),
    ("The court has ordered a recount by Friday.", [("Friday", "2025-02-14")]),
    ("The central bank signalled a rise in October.", [("October", "2025-10")]),
    ("The minister promised new elections in November.", [("November", "2025-11")]),
    # ... but a date right after the verb dates the act itself
    ("The company announced on Monday a plan to cut jobs.", [("Monday", "2025-02-10")]),
    ("The ministry signalled in December that it would act.", [("December", "2024-12")]),
    # a day of the month in a present clause is scheduled: the next one, as a weekday
    ("The new tax applies from Jan. 6.", [("Jan. 6", "2026-01-06")]),
    ("The festival opens on Feb. 2.", [("Feb. 2", "2026-02-02")]),
    ("Parliament reconvenes on Jan. 20.", [("Jan. 20", "2026-01-20")]),
    # an imperative (in a quotation or alone): what is asked is ahead
    ("“Come back on Monday,” the clerk told them.", [("Monday", "2025-02-17")]),
    ("“Send the papers by Friday,” she said.", [("Friday", "2025-02-14")]),
    ("Register before Sunday to vote.", [("Sunday", "2025-02-16")]),
    # a quarter that qualifies figures is the one they cover: a future report does not move it
    ("The firm will publish fourth-quarter results on March 3.",
     [("fourth-quarter", "2024-10/2024-12"), ("March 3", "2025-03-03")]),
    ("The bank is expected to report fourth-quarter profit next week.",
     [("fourth-quarter", "2024-10/2024-12"), ("next week", "2025-W08")]),
    ("The group will announce third-quarter sales on Monday.",
     [("third-quarter", "2024-07/2024-09"), ("Monday", "2025-02-17")]),
    # ... while a quarter the clause itself is about still follows the tense
    ("Sales will rise in the third quarter.", [("the third quarter", "2025-07/2025-09")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NARRATION)
def test_narration_clause(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2025-02-13")
    assert [(d.text, d.value) for d in brief.dates] == expected


HABITUAL = [  # a habitual adverb on the date's verb: every year's month, no date
    ("The fair is usually held in September.", []),
    ("The council traditionally meets in January to set the budget.", []),
    ("The board usually meets on Tuesday.", []),
    # kept: the adverb is on another clause's verb, or the date has a year, or is a duration
    ("The plant usually closed early, but on Friday it stayed open.", [("Friday", "2025-02-07")]),
    ("The fair, usually held in 2019 and 2021, was moved.", [("2019", "2019"), ("2021", "2021")]),
    ("Repairs usually take three weeks.", [("three weeks", "P3W")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HABITUAL)
def test_habitual_mentions(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2025-02-13")
    assert [(d.text, d.value) for d in brief.dates] == expected


THAT_YEAR = [  # "that year/month/week" alone: the period of the date named before
    ("The mill opened in 1974; that year it hired 200 workers.", [("1974", "1974"), ("that year", "1974")]),
    ("The bank cut rates on June 3, 2021, and that month the peso fell.",
     [("June 3, 2021", "2021-06-03"), ("that month", "2021-06")]),
    ("The dam burst on 4 May 2019. That week the army built a levee.",
     [("4 May 2019", "2019-05-04"), ("That week", "2019-W18")]),
    # no date named as fine as the unit, or "that" is no determiner: nothing
    ("The mine opened in 1974, and that month it hired 200 miners.", [("1974", "1974")]),
    ("He said that year-end bonuses would be cut.", [("year-end", "2025")]),
    ("The firm grew quickly that year.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), THAT_YEAR)
def test_that_year(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2025-02-13")
    assert [(d.text, d.value) for d in brief.dates] == expected


# "the day after <event>": the day next to an event dated in the same sentence or the one
# before; an event with no date near it gives no date (not the reference date's next day, nor
# that day a year back). Reference date Thursday 2025-02-13, as above.
EVENT_ANCHORED = [
    ("A fire broke out at the depot on 3 February. The day after the fire, the owners closed it.",
     [("3 February", "2025-02-03"), ("The day after the fire", "2025-02-04")]),
    ("The referendum was held on 9 February, and the day after the referendum the currency fell.",
     [("9 February", "2025-02-09"), ("the day after the referendum", "2025-02-10")]),
    ("Troops crossed the border on 1 February; on the day before the invasion, diplomats met.",
     [("1 February", "2025-02-01"), ("the day before the invasion", "2025-01-31")]),
    # untouched: no dated event near it, or a clause as its object
    ("Investigators questioned the driver the day after the crash.", []),
    ("The minister quit the day before the debate, aides said.", []),
    ("Rates rose the day after they met.", []),
    ("A storm hit the coast on 2 February. Power was cut. The day after the storm, schools shut.",
     [("2 February", "2025-02-02")]),
    # a bare "the day after" counts from the reference date, with no year moved by the tense
    ("The board met, and rates were cut the day after.", [("the day after", "2025-02-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EVENT_ANCHORED)
def test_day_after_an_event(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2025-02-13")
    assert [(d.text, d.value) for d in brief.dates] == expected


# "from a year earlier", "than a year ago" after a month, quarter or half named in the same
# sentence: that period a year before (eval/README.md); otherwise the year, as before.
YEAR_EARLIER = [
    ("Second-quarter revenue fell 6% from a year earlier.",
     [("Second-quarter", "2024-04/2024-06"), ("a year earlier", "2023-04/2023-06")]),
    ("Car sales in January rose 9% from a year earlier.",
     [("January", "2025-01"), ("a year earlier", "2024-01")]),
    ("Unemployment in December was lower than a year ago.",
     [("December", "2024-12"), ("a year ago", "2023-12")]),
    ("Output in the fourth quarter was up 2% on a year earlier.",
     [("the fourth quarter", "2024-10/2024-12"), ("a year earlier", "2023-10/2023-12")]),
    # untouched: no period named before, a year named, or no comparison with "ago"
    ("Three years earlier, the club had been relegated.", [("Three years earlier", "2022")]),
    ("The port reopened in 2021; two years earlier, it had flooded.",
     [("2021", "2021"), ("two years earlier", "2019")]),
    ("In January, he said he had moved a year ago.", [("January", "2025-01"), ("a year ago", "2024")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), YEAR_EARLIER)
def test_year_earlier_after_a_period(run, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="2025-02-13")
    assert [(d.text, d.value) for d in brief.dates] == expected

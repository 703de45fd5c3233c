"""Build the nineteenth held-out set: eval/own19-briefs-heldout.jsonl, own19-dates-heldout.jsonl and
own19-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 22 by a helper session that neither read nor ran briefx (no code, tests,
models, samples or venv; no NLP tool was run on the texts) and opened no ``*.jsonl`` file under
``eval/`` or ``shared/eval/`` other than the three it writes. Besides ``shared/eval/ANNOTATION.md``
(in full, with its "Statements" section), ``FORMAT.md`` and ``eval/README.md`` (its table and its
sections on sets 17 and 18) it read only ``build_own18_heldout.py`` (for the file format, markup
and checks; its structure and check functions are reused here), ``case_marks.py``,
``date_marks.py``, ``entity_marks.py`` and issue 14 (for the date and figure families). The texts
were written by hand for this set and annotated inline while writing, by ``ANNOTATION.md``; where
it is silent, the choice is listed below. The marked texts of the briefs and their statements are
in ``own19_heldout_briefs_a.py`` and ``own19_heldout_briefs_b.py`` (beside this script).

Briefs: the GENRE of the project's hidden test set, official press releases and public-domain
news. Ten official texts (a Department of Defense call readout, a State Department press
statement on humanitarian aid, a NASA launch release, a FEMA major disaster declaration, a
European Commission disbursement press release, a UK Government department's press release with
"From:" and "Published" lines and "-- " bullets, a national statistics office's CPI release with a
note to readers, a central bank's policy statement with fractional rates and a dissent, a UN
agency's humanitarian flash update with "•" bullets, a Department of Defense security-assistance
announcement with a bulleted weapons list), two Wikinews-style reports (an earthquake, a federal
election) and two Reuters-style sports reports (a capitalised "SOCCER - " / "TENNIS - " headline,
a dateline, clubs by their city, players with their countries, result lines). Real institutions,
places and office holders; the events are modelled on real 2024-2025 ones but details,
quotations and many figures are invented or approximate and must not be read as reporting.
Every brief states its own date: ``published`` = ``reference_date``. Statements by name,
surname, pronoun and title ("Secretary Hegseth", "He noted", "She added"); organisations that
name themselves in the third person ("the United States calls on", "the Committee judges", "the
Department of Defense ... announces"); unnamed sources ("Aid officials say", "According to the de
facto authorities", "Partners estimate", "analysts said", "Seismologists quoted by local media
said") not annotated.

Markup and checks as set 18 (``case_marks``): briefs ``[[span|TYPE]]`` / ``[[span|TYPE|name]]``,
``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``, ``[[span|D|value]]``; statements beside
each text as ``(speaker, cue, content, quote)``; date cases ``[span|value]``; figure cases
``[span|kind|value]`` / ``[span|kind|value|unit]``. Offsets computed and checked
(``text[start:end] == span``, order, no overlap, types and kinds, ISO 4217, ``%``/``pp``, unit
symbols, count nouns, ISO 8601, weekday spans on their weekday, ``published`` =
``reference_date`` with a date span of that value, unique ids and texts, ``score.py F F`` = 1.000
everywhere, statements and attribution included); 150-260 words per brief; statement checks as
set 18; ISO weeks of this/last/next-week cases and "week N", relative weekday cases recomputed,
"N days from today" recomputed. Quantity modifiers are marked inside the figure spans by hand;
the set 18 ``include_modifiers`` widening is run as a check and must widen nothing.

Run from the project root: ``python3 eval/build_own19_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: a treaty or agreement LAW ("Mutual Defense Treaty", "EDCA"); an exercise EVENT;
  weapon systems PRODUCT under their Wikipedia titles, also in plural ("High Mobility Artillery
  Rocket Systems" -> "M142 HIMARS"); a launch pad FAC; planets and moons LOC; U.S. counties listed
  before a lower-case "counties" GPE with the county's full title as name; a tribe's government
  ORG; "U.S." inside an agency's name one ORG span (set 18); "the Council", "the Facility",
  "the Committee" capitalised short forms ORG; "EU" ORG; a party by its members' plural ORG (set
  17) and a party's name as a modifier ORG; the headline's capitalised names tagged; a club by
  its city ORG, the dateline city GPE; "Reuters" ORG; an earthquake by place EVENT with its year a
  separate date; "the Biden Administration": "Biden" PERSON, "Administration" untagged; "the
  President", titles without holder, "the government" untagged.
- Statements: "reaffirm", "note", "judge", "prefer", "appeal for", "call on", "write", "report"
  cues; "According to X, clause" and "clause, according to X" content the clause; "is announcing"
  / "announces" with a noun object (the object is the content); a pronoun after the speaker
  ("He added that") speaks as that person; "agreed to meet" (a joint act), "voted unanimously",
  "decided to lower" (acts) no statements.
- Figures: "two goals down", "a two-goal lead" counts of "goal"; a score "4-3" and a vote "11 to
  1" two numbers each; set scores in tennis two numbers each; "155mm" quantity in mm; "all 100
  counties" the span "100" ("all" is no quantity modifier); the ordinal of "the 70th minute"
  tagged; "a 343-seat House" count "seat"; "-8.6%" and "+7.6%" percent with the sign; "50 basis
  points" 0.5 pp; a range "15 to 25 kilometers" two quantities; phone numbers, "No. 3", "39A",
  clock times, "Thousands", "minutes later" untagged.
- Dates: "the summer", "next spring" seasons of the year meant; "next year" the year; "Monday" in
  a release dated that Monday the day itself; "23-year-old" a duration (the hyphenated duration
  rule); "2025/26" a UK financial year April-March; "2024-2027" a span of years; "the coming
  months", "weeks away", "the last day of this administration" untagged.
- Date cases: see the comments at each case. Japan's fiscal year runs April-March. Negatives: an
  institution named like a weekday, a clock time, a habitual "every Monday", a "year-over-year"
  modifier, a vague "in the coming weeks".
- Figure cases: "5 feet 4 inches" 5.3333333333 ft; "7 pounds 8 ounces" 7.5 lb; "$14 and 75 cents"
  14.75 USD; Indian, space and dot digit groups; "KSh" KES; "₦" NGN; "2.7b euros", "£3mn",
  "USD 5M", "€1.2bn", "INR 1,200 crore"; "200-250 inspectors" two counts; "Fewer than 2%" and "At
  most 40" the modifier inside. Negatives: a section citation, a phone number, a vague "Hundreds
  of thousands", a "Phase 2" designation.
"""

from __future__ import annotations

import sys

from case_marks import build_brief
from heldout_build import add_statements, check_extra, include_modifiers, write_briefs, write_cases
from own19_heldout_briefs_a import BRIEFS_A
from own19_heldout_briefs_b import BRIEFS_B

TAG = "own19"
SOURCE_BRIEFS = (
    "own19: written and annotated by hand for briefx (held-out set 19, session 22) by a helper who "
    "neither read nor ran briefx; official press releases and public-domain news in the manner of "
    "U.S. departments, NASA, FEMA, the European Commission, UK Government, a statistics office, a "
    "central bank and a UN agency, Wikinews-style reports and Reuters-style sports copy; real "
    "institutions, places and office holders, events modelled on 2024-2025 news with invented or "
    "approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own19: short cases written and annotated by hand for briefx (held-out set 19, session 22) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

BRIEFS = BRIEFS_A + BRIEFS_B

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Labor Day 2025 is Monday 1 September; three days later is 4 September (future clause).
        ("2025-06-10", "FEMA will close the recovery centers in Asheville [three days after Labor Day|2025-09-04]."),
        # Wednesday 13 November 2024; next week's Wednesday is 20 November.
        ("2024-11-13", "The Secretary travels to Manila [the Wednesday of next week|2024-11-20]."),
        ("2025-03-19", "The Commission will publish its spring package on [the 4th of next month|2025-04-04]."),
        # Wednesday 31 July 2024: the next two Thursdays are 1 and 8 August.
        ("2024-07-31", "NASA will roll the rocket out to the pad [two Thursdays from now|2024-08-08]."),
        ("2025-01-15", "Applications for assistance close [a week before the deadline of 28 February|2025-02-21]."),
        # "week 14" takes the reference date's year.
        ("2026-02-02", "The statistics office moves to its new release calendar in [week 14|2026-W14]."),
        ("2024-10-07", "The Department said the review would be completed [ten days from today|2024-10-17]."),
    ],
    "range": [
        ("2025-02-11", "NATO defence ministers will meet in Brussels on [12-13 February|2025-02-12/2025-02-13]."),
        ("2024-05-14", "Federal aid covers damage caused [between April 26 and May 6|2024-04-26/2024-05-06]."),
        ("2025-09-01", "The UK Space Agency's funding round runs [from this October to March 2027|2025-10/2027-03]."),
        ("2024-06-20", "The incident period was set as [2024-05-19 through 2024-05-28|2024-05-19/2024-05-28]."),
        # Monday 24 March 2025, a future clause.
        ("2025-03-24", "EU ministers will hold informal talks in Warsaw [Wednesday to Friday|2025-03-26/2025-03-28]."),
        # Hedged years keep the year, the hedges inside the span (sets 14-18).
        ("2026-01-20", "Inflation stayed above target [from early 2022 to mid-2023|2022/2023]."),
        # A past clause: the range takes the reference date's year.
        ("2024-08-05", "The sample review board met [June 3-7|2024-06-03/2024-06-07] at Goddard."),
    ],
    "words": [
        ("2025-07-14", "The European Space Agency was founded in [nineteen seventy-five|1975]."),
        ("2024-02-26", "The Secretary signed the joint declaration on [the twenty-third of February|2024-02-23]."),
        ("2025-11-03", "The agency was established in [April of '79|1979-04]."),
        ("2026-04-06", "The agreement entered into force on [the first of March, two thousand twenty-six|2026-03-01]."),
        ("2024-10-28", "The Federal Reserve System was created in [nineteen thirteen|1913]."),
    ],
    "period": [
        ("2025-08-13", "Real GDP grew by 0.3% in [the second quarter of 2025|2025-04/2025-06]."),
        # The most recent completed quarter before 30 October 2024 is July-September.
        ("2024-10-30", "The services index rose in [the most recent quarter|2024-07/2024-09]."),
        ("2025-05-20", "The Commission adopted the plan in [April 2025|2025-04] and published it [later that month|2025-04]."),
        # Tuesday 5 March 2024 is in W10.
        ("2024-03-18", "The summit opened on [Tuesday 5 March|2024-03-05]; delegations had arrived [earlier that week|2024-W10]."),
        # The most recent March before 11 June 2025 is March 2025.
        ("2025-06-11", "Net migration fell sharply in [the 12 months to March|2024-04/2025-03]."),
        # Japan's fiscal year runs April-March.
        ("2024-05-08", "Japan's tax revenue is forecast to reach a record [this fiscal year|2024-04/2025-03]."),
        ("2025-02-03", "The ministry expects exports to recover in [the second half of the year|2025-07/2025-12]."),
        # U.S. federal fiscal year (ANNOTATION.md).
        ("2026-09-15", "USAID obligations for Sudan rose in [FY 2026|2025-10-01/2026-09-30]."),
    ],
    "weekday": [
        # Wednesday 15 January 2025: a past and a future clause.
        ("2025-01-15", "The Secretary met the Japanese defense minister on [Monday|2025-01-13]."),
        ("2025-01-15", "The Secretary will meet the Japanese defense minister on [Monday|2025-01-20]."),
        # Friday 7 June 2024: a scheduled event, future.
        ("2024-06-07", "FEMA teams arrive in Houston on [Tuesday|2024-06-11]."),
        # Monday 18 May 2026, a past clause.
        ("2026-05-18", "The storm made landfall near Tampa on [Saturday|2026-05-16]."),
        # Wednesday 25 September 2024.
        ("2024-09-25", "The launch window opens [this Friday|2024-09-27]."),
        ("2025-10-20", "The Council approved the package on [Thursday, October 9|2025-10-09]."),
        # Wednesday 5 March 2025.
        ("2025-03-05", "The minister visited the flooded districts [last Sunday|2025-03-02]."),
    ],
    "month-tense": [
        ("2025-03-12", "Exports of steel fell sharply in [December|2024-12]."),
        ("2025-03-12", "The new customs rules apply from [December|2025-12]."),
        # A future clause with a day already past this year: next year's.
        ("2024-08-21", "The Commission will present its budget proposal on [July 16|2025-07-16]."),
        ("2026-01-14", "NASA completed the heat-shield review on [November 20|2025-11-20]."),
        ("2025-09-30", "The ministry will publish the final figures in [February|2026-02]."),
    ],
    "duration": [
        ("2024-11-11", "The grants cover rent for [up to 18 months|P18M]."),
        ("2025-04-22", "The crew will stay aboard the station for [eight days|P8D]."),
        # Two durations, the unit of the first taken from the second (issue 14).
        ("2026-02-09", "Repairs to the bridge will take between [four|P4M] and [six months|P6M]."),
        ("2024-12-02", "The agreement was negotiated over [more than three years|P3Y]."),
        ("2025-06-16", "The ceasefire must hold for a [90-day|P90D] period."),
        ("2025-10-27", "Applicants must have lived in the county for [at least two years|P2Y]."),
    ],
    "holiday": [
        # Thanksgiving 2025 is Thursday 27 November.
        ("2025-11-20", "Federal offices close on [Thanksgiving Day|2025-11-27]."),
        # Boxing Day 2024 was 26 December (a past clause in January 2025).
        ("2025-01-06", "Government offices in Ottawa reopened [the day after Boxing Day|2024-12-27]."),
        # Memorial Day 2025 was Monday 26 May.
        ("2025-06-02", "The declaration took effect on [Memorial Day|2025-05-26]."),
        ("2024-12-05", "The payments will reach households before [Christmas Eve|2024-12-24]."),
    ],
    "week": [
        # Wednesday 14 May 2025 is in W20.
        ("2025-05-14", "The Commission adopts its decision [this week|2025-W20]."),
        # Monday 30 December 2024 is in W01 of 2025.
        ("2024-12-30", "The minister will visit Kyiv [next week|2025-W02]."),
        # Monday 2 March 2026 is in W10.
        ("2026-03-02", "Retail sales fell [last week|2026-W09]."),
    ],
    "season": [
        ("2025-01-08", "The rover will resume drilling in [the spring|2025-03/2025-05]."),
        ("2024-10-15", "Flooding in [summer 2024|2024-06/2024-08] displaced thousands of families."),
        ("2025-02-19", "Wildfire crews were deployed to Alberta in [autumn 2024|2024-09/2024-11]."),
    ],
    "negative": [
        ("2025-03-03", "Staff at Friday Harbor Laboratories reviewed the grant terms."),
        ("2024-07-22", "The briefing begins at 10:30 a.m. Eastern."),
        ("2025-05-05", "The agency publishes its flood outlook every Monday."),
        ("2024-11-19", "The year-over-year rise in shelter costs slowed."),
        ("2025-08-25", "Officials said more funding would arrive in the coming weeks."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("composition", 2): "next-week",
    ("composition", 4): "second-next",
    ("range", 5): "next",
    ("weekday", 1): "prev",
    ("weekday", 2): "next",
    ("weekday", 3): "next",
    ("weekday", 4): "prev",
    ("weekday", 5): "next",
    ("weekday", 7): "prev",
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "The grant will rebuild [four thousand two hundred and seven|count|4207|home] homes in the affected counties.",
        "The airlift carried [three and a half million|count|3500000|dose] doses of cholera vaccine.",
        "The President declared [twenty-one|count|21|county] counties eligible for individual assistance.",
        "The Commission selected [one hundred and twelve|count|112|project] projects for funding.",
        "The ministry will hire [sixteen hundred|count|1600|inspector] new building inspectors.",
    ],
    "fractions": [
        "The price index rose [2-1/2 percent|percent|2.5|%] over the year.",
        "Rainfall totals reached [7 1/2 inches|quantity|7.5|in] in Buncombe County.",
        "The unemployment rate edged up [¼ percentage point|percent|0.25|pp] in March.",
        "Debris covered [2¾ miles|quantity|2.75|mi] of the coastal highway.",
        "The central bank raised its key rate to [3½%|percent|3.5|%].",
    ],
    "grouping": [
        "The scheme reached [1,23,45,678|count|12345678|beneficiary] beneficiaries across India.",
        "The agency counted [70 000|count|70000|visitor] visitors at the launch site.",
        "Nonfarm payrolls changed by [+256,000|number|256000] in December.",
        "Statistics Netherlands counted [17.942.000|count|17942000|inhabitant] inhabitants.",
        "Net migration for the quarter was [-3,500|number|-3500], the ministry said.",
    ],
    "scale": [
        "The bank set aside [2.7b euros|money|2700000000|EUR] for the reconstruction fund.",
        "The ministry approved [£3mn|money|3000000|GBP] for flood defences in Cumbria.",
        "The Navy contract is worth [USD 5M|money|5000000|USD].",
        "The Commission mobilised [€1.2bn|money|1200000000|EUR] for the affected regions.",
        "The Centre released [INR 1,200 crore|money|12000000000|INR] for cyclone relief.",
    ],
    "currency": [
        "The ministry approved [forty million Malaysian ringgit|money|40000000|MYR] in flood aid.",
        "Each displaced household receives [500 Turkish lira|money|500|TRY] a month.",
        "Egypt received [EGP 42 billion|money|42000000000|EGP] in remittances.",
        "The National Treasury released [KSh 2.5 billion|money|2500000000|KES] to the affected counties.",
        "Each family will receive [₦50,000|money|50000|NGN] in emergency cash.",
        "Switzerland pledged [CHF 1.5 billion|money|1500000000|CHF] for reconstruction.",
    ],
    "two-unit": [
        "The average hourly wage rose to [$14 and 75 cents|money|14.75|USD].",
        "The levee was raised by [5 feet 4 inches|quantity|5.3333333333|ft].",
        "The newborn rescued from the rubble weighed [7 pounds 8 ounces|quantity|7.5|lb].",
    ],
    "units": [
        "The storm dropped [240 millimetres|quantity|240|mm] of rain on the valley.",
        "The spacecraft carries [2,750 kilograms|quantity|2750|kg] of propellant.",
        "Crews cleared [1,300 cubic metres|quantity|1300|m3] of debris from the river.",
        "Sustained winds reached [185 km/h|quantity|185|km/h] at landfall.",
        "The convoy delivered [420 metric tons|quantity|420|t] of wheat flour.",
    ],
    "comparator": [
        "FEMA has approved [more than $310 million|money|310000000|USD] in assistance.",
        "The fire burned [nearly 14,000 acres|quantity|14000|acre] of forest.",
        "[At most 40|count|40|inspector] inspectors will be deployed to the port.",
        "[Fewer than 2%|percent|2|%] of eligible households applied for the grant.",
    ],
    "range": [
        "The Commission expects growth of between [1.3%|percent|1.3|%] and [1.5%|percent|1.5|%] next year.",
        "The repair bill is estimated at [€3|money|3000000000|EUR] to [€4 billion|money|4000000000|EUR].",
        "Waves of [15|quantity|15|ft] to [20 feet|quantity|20|ft] are forecast along the coast.",
        "The agency will hire [200|count|200|inspector]-[250|count|250|inspector] inspectors this year.",
    ],
    "percent": [
        "Turnout was [68.7 percent|percent|68.7|%], the electoral commission said.",
        "The unemployment rate rose [0.3 percentage points|percent|0.3|pp] to [4.4%|percent|4.4|%].",
        "The declaration sets a [90-percent|percent|90|%] federal cost share.",
        "Monthly change in the index: [-0.4%|percent|-0.4|%].",
        "The bank cut its policy rate by [25 basis points|percent|0.25|pp].",
    ],
    "ordinal": [
        "This is the Secretary's [third|ordinal|3] trip to the region this year.",
        "The [21st|ordinal|21] replenishment of the fund opened in Rome.",
        "It was the [fourth|ordinal|4] consecutive monthly decline in housing starts.",
        "NASA's [twelfth|ordinal|12] cargo mission docked with the station.",
    ],
    "tally": [
        "The Senate voted [51|number|51]-[49|number|49] to confirm the nominee.",
        "The Council adopted the decision by [26|number|26] votes to [1|number|1].",
        "The committee split [7|number|7]-[5|number|5] on the motion.",
    ],
    "approximate": [
        "[Approximately 2,300|count|2300|household] households remain without power.",
        "[Some 1.2 million|count|1200000|person] people were displaced by the floods.",
    ],
    "negative": [
        "Section 403(a) of the Stafford Act authorizes emergency protective measures.",
        "Survivors can call 1-800-621-3362 for help with their applications.",
        "Hundreds of thousands of residents lost power after the storm.",
        "The Phase 2 contract covers the northern section of the line.",
    ],
}


def main() -> None:
    check_extra(BRIEFS, DATE_CASES, WEEKDAY_CHECKS)
    built, widened = [], 0
    for b in BRIEFS:
        case = build_brief(b[:5], SOURCE_BRIEFS)
        assert case["id"].startswith(f"{TAG}-ho-"), case["id"]
        assert case["published"] == case["reference_date"], case["id"]
        assert any(d["value"] == case["published"] for d in case["dates"]), case["id"]
        widened += include_modifiers(case)
        built.append(add_statements(case, b[5]))
    assert widened == 0, f"{widened} figure spans left a quantity modifier out"
    write_briefs(TAG, built)
    write_cases(TAG, DATE_CASES, FIGURE_CASES, SOURCE_CASES)


if __name__ == "__main__":
    main()
    sys.exit(0)

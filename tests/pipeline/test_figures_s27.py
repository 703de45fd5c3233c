"""Figures of issue 14's session-27 families (figs11): what a bare number counts when its noun
is not right after it. Cricket reports: a score after a possessive or an adjective ("whose 134",
"an unbeaten 72"), bowling figures after a possessive ("Perera's four for 28"), wickets taken
("AHMED TAKES FIVE"), and a report whose cricket words stand in two sentences read as cricket
throughout. A noun whose number is set by an estimate ("put the crowd at 12,000") and a toll
named by its event ("Flood toll climbs to 140": deaths).

Own invented examples (none from a gold set), written before each rule, with cases that must
stay as they are.
"""

from __future__ import annotations

import pytest


def _figs(run, text: str) -> list[tuple[str, object, str, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (f.text, f.value, f.kind, f.unit) for f in run(text, reference_date="2025-06-04").figures
    ]


# -- cricket: scores and wickets whose noun the report leaves out ----------------------------------

CRICKET = [
    (("CRICKET - SRI LANKA WIN BY SIX WICKETS.\nSri Lanka beat Kenya by six wickets in the second test on Sunday.\n"
      "Kenya had been dismissed for 212 before Perera's four for 28 bowled them out for 97 in their second innings."),
     [("212", 212, "count", "run"), ("four", 4, "count", "wicket"), ("28", 28, "count", "run"), ("97", 97, "count", "run")]),
    ("Bangladesh lost three wickets in the first session.\nTamim Iqbal, whose 134 anchored the innings, was out before tea.",
     [("134", 134, "count", "run")]),
    ("Imam batted through the final session for an unbeaten 72, with seven wickets in hand.",
     [("72", 72, "count", "run"), ("seven", 7, "count", "wicket")]),
    ("CRICKET - AHMED TAKES FIVE AS WEST INDIES COLLAPSE.\nWest Indies were all out for 143 in their first innings on Tuesday.",
     [("FIVE", 5, "count", "wicket"), ("143", 143, "count", "run")]),
    # untouched: a text with no cricket word; a number with its own noun in a cricket report
    ("Her 134 pages of notes were found, and she took four to the station.",
     [("134", 134, "count", "page")]),
    ("Pakistan lost by six wickets.\nThe side took four overs to settle, and fly to Toronto for a five-match series.",
     [("four", 4, "count", "over")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), CRICKET)
def test_cricket_scores(run, text: str, figures: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    found = _figs(run, text)
    for fig in figures:
        assert fig in found


def test_no_cricket_word_no_wickets(run) -> None:  # type: ignore[no-untyped-def]
    found = _figs(run, "Police took four to hospital after the match.")
    assert ("four", 4, "count", "wicket") not in found


# -- the object of a verb of estimating names what "at N" counts ------------------------------------

ESTIMATED = [
    ("Organisers put the crowd at about 12,000.", ("about 12,000", 12000, "count", "person")),
    ("Officials estimated the toll at 340 on Monday.", ("340", 340, "count", "death")),
    ("Analysts put job losses at 40,000 for the quarter.", ("40,000", 40000, "count", "job")),
    ("Officials pegged arrivals at 2.1 million last year.", ("2.1 million", 2100000, "count", "arrival")),
    # untouched: a price is no count; "at" after a verb that estimates nothing
    ("Analysts put the price at 412.", ("412", 412, "number", None)),
    ("The team arrived at 14 stadiums.", ("14", 14, "count", "stadium")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), ESTIMATED)
def test_estimated_object(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert figure in _figs(run, text)


# -- a toll counts deaths whatever event names it; a level passed ----------------------------------

TOLL = [
    ("Flood toll climbs to 140 in Nigeria", ("140", 140, "count", "death")),
    ("The virus toll rose to 300 on Sunday.", ("300", 300, "count", "death")),
    ("The quake's death toll passed 2,300 as rescuers dug through rubble.", ("2,300", 2300, "count", "death")),
    ("The toll from the storm passed 90 on Friday.", ("90", 90, "count", "death")),
    # untouched: a count's compound before a noun of change; a level noun
    ("Job growth averaged 126,000 a month.", ("126,000", 126000, "count", "job")),
    ("The index passed 5,000 for the first time.", ("5,000", 5000, "number", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), TOLL)
def test_toll(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert figure in _figs(run, text)


# -- a bare "$" is the text's own currency only where that is a dollar -------------------------------

PESO_SIGN = [
    ("MEXICO CITY, May 3 - Pemex said its debt stood at $97 billion at the end of March.",
     ("$97 billion", 97000000000, "money", "USD")),
    ("BUENOS AIRES - Argentina's central bank bought $120 million in the market on Tuesday.",
     ("$120 million", 120000000, "money", "USD")),
    ("SANTIAGO, Chile - The miner will invest $1.2 billion in a new smelter, the company said.",
     ("$1.2 billion", 1200000000, "money", "USD")),
    # untouched: the peso by its name, a rate against the dollar, a dollar country's "$"
    ("MEXICO CITY - The fine was 4,500 pesos.", ("4,500 pesos", 4500, "money", "MXN")),
    ("BOGOTA, Colombia - The peso weakened to 4,100 per dollar.", ("4,100", 4100, "money", "COP")),
    ("SYDNEY - The state will spend $40 million on roads.", ("$40 million", 40000000, "money", "AUD")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), PESO_SIGN)
def test_peso_sign(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert figure in _figs(run, text)


# -- a count's noun before a noun of change, capitalised by the sentence's start ---------------------

OPENING_COMPOUND = [
    ("Visitor numbers rose to 3.1 million last year.", ("3.1 million", 3100000, "count", "visitor")),
    ("Worker numbers rose to 900 at the plant.", ("900", 900, "count", "worker")),
    ("Voter numbers rose to 4.1 million before the poll.", ("4.1 million", 4100000, "count", "voter")),
    ("Buyer numbers fell to 3,100 in March.", ("3,100", 3100, "count", "buyer")),
    # untouched: a compound inside the sentence; a level noun after a name
    ("The port said container volumes rose to 9,400.", ("9,400", 9400, "count", "container")),
    ("Oil prices rose to 84 on Friday.", ("84", 84, "number", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), OPENING_COMPOUND)
def test_opening_compound(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert figure in _figs(run, text)


# -- a U.S. place makes a "$" U.S. dollars in its own clause only -------------------------------------

US_CLAUSE = [
    ("ADELAIDE - The state will spend $700 million on a new hospital, and wheat traded at $310 a tonne in Chicago.",
     [("$700 million", 700000000, "money", "AUD")]),
    ("SYDNEY - The miner will spend $300 million in Nevada, and its shares rose 2% to $44.10.",
     [("$300 million", 300000000, "money", "USD"), ("$44.10", 44.1, "money", "AUD")]),
    ("TORONTO - The province will spend $80 million on roads; the firm will build a $2 billion plant in Ohio.",
     [("$80 million", 80000000, "money", "CAD"), ("$2 billion", 2000000000, "money", "USD")]),
    # untouched: a U.S. place in the amount's clause; the home province named beside it
    ("TAIPEI - The chipmaker will build a $2 billion plant in Texas, it said.",
     [("$2 billion", 2000000000, "money", "USD")]),
    ("TORONTO - Ontario will spend $5 million on a bridge to Michigan.",
     [("$5 million", 5000000, "money", "CAD")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), US_CLAUSE)
def test_us_clause(run, text: str, figures: list) -> None:  # type: ignore[no-untyped-def, type-arg]
    found = _figs(run, text)
    for fig in figures:
        assert fig in found


# -- session 26's leftovers: "a dozen and a half", "$5MM", "99¢", "6 mos" -----------------------------

NUMBER_FORMS = [
    ("The baker sold a dozen and a half loaves.", ("a dozen and a half", 18, "count", "loaf")),
    ("A dozen and a half protesters were held.", ("A dozen and a half", 18, "count", "protester")),
    ("Police seized two dozen and a half rifles.", ("two dozen and a half", 30, "count", "rifle")),
    ("The startup raised $5MM from angels.", ("$5MM", 5000000, "money", "USD")),
    ("The fund raised $12MM last year.", ("$12MM", 12000000, "money", "USD")),
    ("The firm booked USD 3.5MM in fees.", ("USD 3.5MM", 3500000, "money", "USD")),
    ("The app costs 99¢ a month.", ("99¢", 0.99, "money", "USD")),
    ("Coffee costs 85¢ at the kiosk.", ("85¢", 0.85, "money", "USD")),
    ("A stamp rose to 73 ¢ this year.", ("73 ¢", 0.73, "money", "USD")),
    # untouched: millimetres, a half after a number, a scale with a half, the cedi's sign
    ("The rivet is 5mm wide.", ("5mm", 5, "quantity", "mm")),
    ("Rainfall reached 120mm on Sunday.", ("120mm", 120, "quantity", "mm")),
    ("The firm hired one and a half thousand workers.", ("one and a half thousand", 1500, "count", "worker")),
    ("GH¢500 buys a sack.", ("GH¢500", 500, "money", "GHS")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), NUMBER_FORMS)
def test_number_forms(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert figure in _figs(run, text)


MONTHS_ABBREVIATED = [
    "The lease runs 6 mos from signing.",
    "He served 14 mos in jail.",
    "The lease runs 6 mths from signing.",
]


@pytest.mark.parametrize("text", MONTHS_ABBREVIATED)
def test_months_abbreviated_no_count(run, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _figs(run, text) == []


def test_motors_still_counted(run) -> None:  # type: ignore[no-untyped-def]
    assert _figs(run, "The plant makes 40 motors.") == [("40", 40, "count", "motor")]


# -- dates: two weekdays of a named week ("Mon-Wed next week") ---------------------------------------


def _dates(run, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(d.text, d.value) for d in run(text, reference_date="2025-06-04").dates]


WEEKDAYS_OF_WEEK = [
    ("Talks run Mon-Wed next week.", ("Mon-Wed next week", "2025-06-09/2025-06-11")),
    ("Talks ran Tue-Thu last week.", ("Tue-Thu last week", "2025-05-27/2025-05-29")),
    ("Talks run Monday-Wednesday next week.", ("Monday-Wednesday next week", "2025-06-09/2025-06-11")),
    ("The poll ran between Monday and Thursday last week.", ("Monday and Thursday last week", "2025-05-26/2025-05-29")),
    # untouched: "to" with full names; two days named with "and"
    ("Talks run Monday to Wednesday next week.", ("Monday to Wednesday next week", "2025-06-09/2025-06-11")),
    ("They meet Monday and Thursday next week.", ("Thursday next week", "2025-06-12")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date"), WEEKDAYS_OF_WEEK)
def test_weekdays_of_week(run, text: str, date: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert date in _dates(run, text)


def test_short_weekday_alone_is_a_word(run) -> None:  # type: ignore[no-untyped-def]
    assert _dates(run, "The cat sat in the sun to the end.") == []


# -- a settlement of N people; a level after a change restated in percent ----------------------------

PEOPLE_OF_PLACE = [
    ("Flin Flon, a mining town of about 5,000, was evacuated.", ("about 5,000", 5000, "count", "person")),
    ("The island nation of 110,000 declared an emergency.", ("110,000", 110000, "count", "person")),
    ("The village of 800 was cut off by the floods.", ("800", 800, "count", "person")),
    # untouched: a noun after the number; a unit
    ("The district of 12 villages flooded.", ("12", 12, "count", "village")),
    ("The country of 45,000 square kilometres has few roads.", ("45,000 square kilometres", 45000, "quantity", "km2")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), PEOPLE_OF_PLACE)
def test_people_of_place(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert figure in _figs(run, text)


RESTATED_CHANGE = [
    ("The region grew by 1.2 million people, or 2%, to 61 million.", ("61 million", 61000000, "count", "person")),
    ("Enrolment fell by 3,100 pupils, or 4.2%, to 71,000.", ("71,000", 71000, "count", "pupil")),
    ("The fleet shrank by 14 ships, or 6%, to 210.", ("210", 210, "count", "ship")),
    # untouched: a count with its own noun after the percent
    ("The army lost 4,000 soldiers, or 5%, in the war, and 120 officers.", ("120", 120, "count", "officer")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), RESTATED_CHANGE)
def test_restated_change(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert figure in _figs(run, text)


# -- a modifier of several words glued by hyphens before the head noun -------------------------------

HYPHENED_MODIFIER = [
    ("The city opened two state-of-the-art hospitals.", ("two", 2, "count", "hospital")),
    ("The club signed five up-and-coming players.", ("five", 5, "count", "player")),
    ("The firm built 12 pick-and-pack warehouses.", ("12", 12, "count", "warehouse")),
    # untouched: a modifier of two words; a hyphenated plural noun; a unit between
    ("Crews added two truck-climbing lanes.", ("two", 2, "count", "lane")),
    ("They met two passers-by.", ("two", 2, "count", "passer-by")),
    ("It bought 18 more 155 mm M777 towed howitzers.", ("18", 18, "count", "howitzer")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), HYPHENED_MODIFIER)
def test_hyphened_modifier(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert figure in _figs(run, text)


# -- the rate an exchange rate is compared with is in its currency ----------------------------------

RATE_COMPARED = [
    ("The rupee weakened to 86.2 per dollar from 83.1 a year earlier.", ("83.1", 83.1, "money", "INR")),
    ("The lira slid to 38.4 per dollar, from 32.9 in March.", ("32.9", 32.9, "money", "TRY")),
    ("Kenya's shilling firmed to 129.3 per dollar against 131.0 a week ago.", ("131.0", 131, "money", "KES")),
    # untouched: a count after a new clause
    ("The rupee fell to 86.2 per dollar, and 40 firms closed.", ("40", 40, "count", "firm")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), RATE_COMPARED)
def test_rate_compared(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert figure in _figs(run, text)


# -- a multiple sets a bare amount against the one before it ------------------------------------------

MULTIPLE_OF = [
    ("Teachers will get ₹45,000 a month, double the current 22,500.", ("22,500", 22500, "money", "INR")),
    ("The fine rises to €5,000, twice the present 2,500.", ("2,500", 2500, "money", "EUR")),
    ("The levy rises to £900, triple the current 300.", ("300", 300, "money", "GBP")),
    ("Sales rose to €5,000 from the previous 4,000.", ("4,000", 4000, "money", "EUR")),
    # untouched: a count compared; a multiple with no number after it
    ("The club has 40,000 members, double the 20,000 it had.", ("20,000", 20000, "count", "member")),
    ("The fee rose to €90, double the cost of a licence.", ("€90", 90, "money", "EUR")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), MULTIPLE_OF)
def test_multiple_of(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert figure in _figs(run, text)


# -- people driven from their homes ------------------------------------------------------------------

FROM_HOMES = [
    ("Floods force 12,000 from homes in Assam", ("12,000", 12000, "count", "person")),
    ("Fires forced 3,000 from their homes on Sunday.", ("3,000", 3000, "count", "person")),
    ("The storm drove 5,000 out of their homes.", ("5,000", 5000, "count", "person")),
    # untouched: "home" as a modifier of another noun
    ("The firm sold 300 from home sales.", ("300", 300, "number", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), FROM_HOMES)
def test_from_homes(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert figure in _figs(run, text)


# -- a dateline's city of millions before a province of its name elsewhere ---------------------------

BIG_CITY_DATELINE = [
    ("SANTIAGO - The miner paid 1.8 billion pesos in fines.", ("1.8 billion pesos", 1800000000, "money", "CLP")),
    ("CORDOBA - The province paid 900 million pesos to its teachers.", ("900 million pesos", 900000000, "money", "ARS")),
    ("LA PAZ - The state firm lost Bs 1.2 billion last year.", ("Bs 1.2 billion", 1200000000, "money", "BOB")),
    # untouched: a state beside a smaller city of its name; the Dominican city by its full name
    ("VICTORIA - The state will spend $40 million on trains.", ("$40 million", 40000000, "money", "AUD")),
    ("SANTO DOMINGO - The fine was 5,000 pesos.", ("5,000 pesos", 5000, "money", "DOP")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure"), BIG_CITY_DATELINE)
def test_big_city_dateline(run, text: str, figure: tuple) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert figure in _figs(run, text)


def test_passed_plain_object_not_level(run) -> None:  # type: ignore[no-untyped-def]
    # "pass" is a verb of level only for a subject that names what it counts
    found = _figs(run, "Examiners passed 212 last year, of the 250 candidates.")
    assert ("212", 212, "count", "examiner") not in found

"""Figures of whole briefs read wrong with the right span (issue 14, session 8).

Table-driven through the real pipeline (the rules read the tagger's parts of speech), one table
per rule, each with cases that must stay as they are. Every sentence is invented for these
tests (none comes from a gold set). Rows: (text, [(span, kind, value, unit), ...]) for every
figure in the text.
"""

from __future__ import annotations

import pytest

REF = "2026-03-03"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


# The counted noun after coordinated modifiers or a maker's name and model is the plural head.
NOUN_AFTER_MODIFIERS = [
    ("The power will come from 14 wind and solar farms.", [("14", "count", 14, "farm")]),
    ("The firm runs 40 bus and tram depots.", [("40", "count", 40, "depot")]),
    ("Crews closed 12 road and rail crossings.", [("12", "count", 12, "crossing")]),
    ("The airline will buy 18 Airbus A321XLR jets.", [("18", "count", 18, "jet")]),
    ("The army ordered 60 Leopard 2A8 tanks.", [("60", "count", 60, "tank")]),
    # must stay: two heads joined ("staff and contractors"), a headline in Title Case
    ("The firm employs 300 staff and contractors.", [("300", "count", 300, "staff")]),
    ("The clinic treated 40 children and adults.", [("40", "count", 40, "child")]),
    ("Storm Leaves Three Dead In Texas", [("Three", "count", 3, "person")]),
]  # fmt: skip

# The subject's plural noun before a phrase, or "the number of" + a plural, names what a
# number after a verb of change or level counts.
SUBJECT_NOUNS = [
    ("Measles cases in Europe rose to 127,350 last year.",
     [("127,350", "count", 127350, "case")]),
    ("Arrivals at the airport fell to 412,000.", [("412,000", "count", 412000, "arrival")]),
    ("Deaths on the roads reached 1,695.", [("1,695", "count", 1695, "death")]),
    ("The number of people out of work fell by 310,000 to 6.8 million.",
     [("310,000", "count", 310000, "person"), ("6.8 million", "count", 6800000, "person")]),
    ("The number of flights cancelled reached 1,140.", [("1,140", "count", 1140, "flight")]),
    ("The number of migrants crossing the Channel rose to 36,800.",
     [("36,800", "count", 36800, "migrant")]),
    # must stay: a singular subject, an index level, no verb of change
    ("The index in Tokyo rose to 38,500.", [("38,500", "number", 38500, None)]),
    ("The number of the house is 221.", [("221", "number", 221, None)]),
]  # fmt: skip

# "N more" counts more of the last count in the sentence, past an amount of money between.
MORE_OF_THE_COUNT = [
    ("It will buy 18 jets worth $2.7 billion, with options on 12 more.",
     [("18", "count", 18, "jet"), ("$2.7 billion", "money", 2_700_000_000, "USD"),
      ("12", "count", 12, "jet")]),
    ("The city hired 40 nurses for $3 million and plans 25 more.",
     [("40", "count", 40, "nurse"), ("$3 million", "money", 3_000_000, "USD"),
      ("25", "count", 25, "nurse")]),
    ("Kenya got 200 buses, paid €9 million, and wants 150 more.",
     [("200", "count", 200, "bus"), ("€9 million", "money", 9_000_000, "EUR"),
      ("150", "count", 150, "bus")]),
    # must stay: "more than", no count before
    ("It paid $5 million and expects 3 more.",
     [("$5 million", "money", 5_000_000, "USD"), ("3", "number", 3, None)]),
]  # fmt: skip

# A level a change is measured from after ", down from" / ", up from" is in the same unit.
DOWN_FROM = [
    ("The crop fell to 1.8 million tonnes, down from 2.2 million a year earlier.",
     [("1.8 million tonnes", "quantity", 1_800_000, "t"),
      ("2.2 million", "quantity", 2_200_000, "t")]),
    ("Output rose to 4.1 million barrels, up from 3.9 million.",
     [("4.1 million barrels", "quantity", 4_100_000, "bbl"),
      ("3.9 million", "quantity", 3_900_000, "bbl")]),
    ("Profit was 412 mln euros, down from 455 mln.",
     [("412 mln euros", "money", 412_000_000, "EUR"), ("455 mln", "money", 455_000_000, "EUR")]),
    # must stay: a number with a noun of its own
    ("Sales hit $8 million, up from 30 stores.",
     [("$8 million", "money", 8_000_000, "USD"), ("30", "count", 30, "store")]),
]  # fmt: skip

# A model number "Name 737-800": the second end of the dash goes with the first (a name).
MODEL_NUMBERS = [
    ("It will replace 22 older Boeing 737-800 aircraft.", [("22", "count", 22, "aircraft")]),
    ("The fleet has 9 Airbus 330-300 jets.", [("9", "count", 9, "jet")]),
    ("Rescuers flew in two Mi-17 helicopters.", [("two", "count", 2, "helicopter")]),
    # must stay: a range of numbers, a tally
    ("Prices rose 5-10% and 20-30 people came.",
     [("5", "percent", 5, "%"), ("10%", "percent", 10, "%"), ("20", "count", 20, "person"),
      ("30", "count", 30, "person")]),
    ("The court ruled 5-4 on Monday.", [("5", "number", 5, None), ("4", "number", 4, None)]),
    ("The road is 4 mi long.", [("4 mi", "quantity", 4, "mi")]),
]  # fmt: skip

# An exchange rate: a number before "per dollar" is in the currency the sentence names.
EXCHANGE_RATES = [
    ("The real firmed 0.6% to 5.62 per dollar.",
     [("0.6%", "percent", 0.6, "%"), ("5.62", "money", 5.62, "BRL")]),
    ("The rupee closed at 83.42 to the dollar.", [("83.42", "money", 83.42, "INR")]),
    ("The lira slid to 34.5 against the dollar.", [("34.5", "money", 34.5, "TRY")]),
    ("Japan's yen weakened to 151.20 per U.S. dollar.", [("151.20", "money", 151.2, "JPY")]),
    ("The Egyptian pound was at 48.6 per dollar.", [("48.6", "money", 48.6, "EGP")]),
    ("Kenya's shilling weakened to 129.5 against the dollar.",
     [("129.5", "money", 129.5, "KES")]),
    ("NAIROBI, May 3 - The shilling weakened to 129.5 against the dollar.",
     [("129.5", "money", 129.5, "KES")]),
    # must stay: no currency named before, "real" as an adjective
    ("Real wages rose 2.1% while 40 per dollar was the cap.",
     [("2.1%", "percent", 2.1, "%"), ("40", "number", 40, None)]),
]  # fmt: skip

# A bare "$" in a text from a place whose currency is a dollar is that dollar, also where CLDR
# writes its symbol with letters ("HK$").
DATELINE_DOLLARS = [
    ("HONG KONG, Aug 12 - Shares rose 3.2% to $71.45.",
     [("3.2%", "percent", 3.2, "%"), ("$71.45", "money", 71.45, "HKD")]),
    ("SINGAPORE, Aug 12 - The fine was $4,000.", [("$4,000", "money", 4000, "SGD")]),
    ("TAIPEI, Aug 12 - The fare rose to $35.", [("$35", "money", 35, "TWD")]),
    # must stay: "US$", a non-dollar country
    ("HONG KONG, Aug 12 - It raised US$500 million.",
     [("US$500 million", "money", 500_000_000, "USD")]),
    ("CAPE TOWN, Feb 25 - Spending is $141 billion.",
     [("$141 billion", "money", 141_000_000_000, "USD")]),
]  # fmt: skip


# With no dateline, the one non-U.S. dollar country the text's places name gives "$" (and a
# Title Case dateline at the top counts as a dateline).
MENTIONED_COUNTRY = [
    ("The Government of Canada is investing $12.5 million in Ontario and Quebec.",
     [("$12.5 million", "money", 12_500_000, "CAD")]),
    ("Ottawa, Ontario - The government today announced $4 million for broadband.",
     [("$4 million", "money", 4_000_000, "CAD")]),
    ("New Zealand's government will spend $1.2 billion on hospitals in Auckland.",
     [("$1.2 billion", "money", 1_200_000_000, "NZD")]),
    ("South Africa's budget lifts spending to R2.59 trillion.",
     [("R2.59 trillion", "money", 2_590_000_000_000, "ZAR")]),
    # must stay: two countries, the U.S., no place at all
    ("Canada's Maple Bank will buy a U.S. lender for $13.6 billion.",
     [("$13.6 billion", "money", 13_600_000_000, "USD")]),
    ("The firm paid $5 million for a plant in Ohio.", [("$5 million", "money", 5_000_000, "USD")]),
    ("The firm paid $5 million for a plant.", [("$5 million", "money", 5_000_000, "USD")]),
    ("Washington - The Pentagon will spend $4 billion.",
     [("$4 billion", "money", 4_000_000_000, "USD")]),
]  # fmt: skip

# "a unit of a noun" right before its price is the unit the price is quoted for.
UNIT_OF_A_PRICE = [
    ("A pint costs £5.20 and a litre of diesel £1.45.",
     [("£5.20", "money", 5.2, "GBP"), ("£1.45", "money", 1.45, "GBP")]),
    ("Petrol was 190 rupees a litre and a kilo of rice costs 40 rupees.",
     [("190 rupees", "money", 190, "INR"), ("40 rupees", "money", 40, "INR")]),
    ("Bread is dear, and a pound of butter sells for $6.",
     [("$6", "money", 6, "USD")]),
    # must stay: a measure that a price does not follow at once
    ("He walked a mile to pay $3.",
     [("a mile", "quantity", 1, "mi"), ("$3", "money", 3, "USD")]),
]  # fmt: skip

# A decimal before a plural noun after "to"/"at" counts it, but index points after a level don't.
DECIMAL_LEVELS = [
    ("Infant mortality fell to 3.4 deaths per 1,000 live births.",
     [("3.4", "count", 3.4, "death"), ("1,000", "count", 1000, "birth")]),
    ("The fertility rate fell to 1.3 children per woman.", [("1.3", "count", 1.3, "child")]),
    ("Scoring rose to 2.8 goals a game.", [("2.8", "count", 2.8, "goal")]),
    # must stay: index points after a level
    ("The index rose to 412.5 points.", [("412.5", "number", 412.5, None)]),
    ("The index closed at 1,431.22 points.", [("1,431.22", "number", 1431.22, None)]),
]  # fmt: skip

# A singular head before a phrase is the subject: the plural in the phrase is not counted.
SINGULAR_SUBJECTS = [
    ("Attendance at the games averaged 41,650.", [("41,650", "number", 41650, None)]),
    ("Traffic on the bridges reached 98,000.", [("98,000", "number", 98000, None)]),
    ("Demand for the loans rose to 12,400.", [("12,400", "number", 12400, None)]),
    # must stay: a plural head
    ("Visitors to the islands rose to 2.1 million.",
     [("2.1 million", "count", 2_100_000, "visitor")]),
    ("Vaccines went to 2,000 children aged under 5.", [("2,000", "count", 2000, "child")]),
]  # fmt: skip

# A bare scaled amount a few words after money in one clause is in its currency; a glued "m"
# after money with a glued scale is million; digits after "N million and" with a word after them
# are a figure of their own.
SCALED_AMOUNTS = [
    ("Revenue is put at 43.1 trillion rupees, with 11.1 lakh crore for roads.",
     [("43.1 trillion rupees", "money", 43_100_000_000_000, "INR"),
      ("11.1 lakh crore", "money", 11_100_000_000_000, "INR")]),
    ("The bank lent $4 billion in loans and 1.5 billion in grants.",
     [("$4 billion", "money", 4_000_000_000, "USD"), ("1.5 billion", "money", 1_500_000_000, "USD")]),
    ("Profit was £3m, with revenue of 12.4m.",
     [("£3m", "money", 3_000_000, "GBP"), ("12.4m", "money", 12_400_000, "GBP")]),
    ("The firm paid $5 million and 40 staff left.",
     [("$5 million", "money", 5_000_000, "USD"), ("40", "count", 40, "staff")]),
    # must stay: a noun of its own, a length
    ("It raised €2 billion and 1.5 million new shares.",
     [("€2 billion", "money", 2_000_000_000, "EUR"), ("1.5 million", "count", 1_500_000, "share")]),
    ("The club paid £3m for a wall 12m high.",
     [("£3m", "money", 3_000_000, "GBP"), ("12m", "quantity", 12, "m")]),
    ("He swam 400m after a £2m deal.",
     [("400m", "quantity", 400, "m"), ("£2m", "money", 2_000_000, "GBP")]),
]  # fmt: skip

# Subjects that count what they name: unemployment (people), payrolls (jobs), the death toll
# (deaths), sales volumes (sales); a verb of harm names people before a count's noun is carried.
SUBJECTS_OF_COUNTS = [
    ("Unemployment fell by 23,000 to 1.2 million in March.",
     [("23,000", "count", 23000, "person"), ("1.2 million", "count", 1_200_000, "person")]),
    ("Employment rose by 41,000 in May.", [("41,000", "count", 41000, "person")]),
    ("Displacement in the province tops 600,000.", [("600,000", "count", 600000, "person")]),
    ("Nonfarm payrolls increased by 143,000 last month.", [("143,000", "count", 143000, "job")]),
    ("The death toll rose to 57, and 1,200 had been evacuated.",
     [("57", "count", 57, "death"), ("1,200", "count", 1200, "person")]),
    ("Floods destroyed 300 homes and 12 were injured.",
     [("300", "count", 300, "home"), ("12", "count", 12, "person")]),
    ("Applications for asylum dropped by a third to 28,000.",
     [("28,000", "count", 28000, "application")]),
    # a fronted partitive keeps its noun over a verb of harm
    ("Of the 40 passengers, 12 were hurt.",
     [("40", "count", 40, "passenger"), ("12", "count", 12, "passenger")]),
    ("Of its 120 branches, 30 will close.",
     [("120", "count", 120, "branch"), ("30", "count", 30, "branch")]),
    ("Of the 90 miners trapped, 71 were rescued.",
     [("90", "count", 90, "miner"), ("71", "count", 71, "miner")]),
    # the bare object of a verb of reporting counts what the text counted just before
    ("Cholera cases rose to 1,845. Kenya recorded 212, the ministry said.",
     [("1,845", "count", 1845, "case"), ("212", "count", 212, "case")]),
    ("Polio cases rose to 48 this year. Pakistan reported 31.",
     [("48", "count", 48, "case"), ("31", "count", 31, "case")]),
    ("The agency counted 412 new infections. Lagos registered 150, officials said.",
     [("412", "count", 412, "infection"), ("150", "count", 150, "infection")]),
    ("The ministry sold 400 cars. Later it reported 2,500 in gains.",
     [("400", "count", 400, "car"), ("2,500", "number", 2500, None)]),
    # must stay: a rate of unemployment, a noun after the number
    ("The unemployment rate rose to 4.3%, and 3 unemployment offices closed.",
     [("4.3%", "percent", 4.3, "%"), ("3", "count", 3, "office")]),
    ("The plant employs 52,000 staff, and construction 19,000.",
     [("52,000", "count", 52000, "staff"), ("19,000", "count", 19000, "staff")]),
]  # fmt: skip

# In a cricket report a bare score after "made", "scored", "all out for" counts runs, and
# "312 for six" counts wickets.
CRICKET = [
    ("Sri Lanka were bowled out for 187 after tea.", [("187", "count", 187, "run")]),
    ("Smith made 141 off 203 balls.",
     [("141", "count", 141, "run"), ("203", "count", 203, "ball")]),
    ("Pakistan were 45 for two after 12 overs.",
     [("45", "count", 45, "run"), ("two", "count", 2, "wicket"), ("12", "count", 12, "over")]),
    ("Kenya first innings 188 for four (Obuya 71 not out).",
     [("188", "count", 188, "run"), ("four", "count", 4, "wicket"), ("71", "count", 71, "run")]),
    ("India won by six wickets, chasing 265.",
     [("six", "count", 6, "wicket"), ("265", "count", 265, "run")]),
    # must stay: no cricket word in the sentence, a noun of its own
    ("Arsenal scored 3 in the second half.",
     [("3", "number", 3, None), ("second", "ordinal", 2, None)]),
    ("He paid 212 for the bat.", [("212", "number", 212, None)]),
]  # fmt: skip

# The level after a change ("rose 14% to 2.3 million") counts the subject of the verb of change.
LEVEL_AFTER_CHANGE = [
    ("Tourist arrivals rose 14% to 2.3 million last year.",
     [("14%", "percent", 14, "%"), ("2.3 million", "count", 2_300_000, "arrival")]),
    ("Bankruptcies jumped 11% from a year earlier to 9,840.",
     [("11%", "percent", 11, "%"), ("9,840", "count", 9840, "bankruptcy")]),
    ("Flu admissions doubled to 2,840 in the week.",
     [("2,840", "count", 2840, "admission")]),
    ("Passenger numbers rose 6% to 81.2 million.",
     [("6%", "percent", 6, "%"), ("81.2 million", "count", 81_200_000, "passenger")]),
    # must stay: a price or an index is no count, another verb between
    ("Gold prices rose 1% to 2,412.", [("1%", "percent", 1, "%"), ("2,412", "number", 2412, None)]),
    ("The index rose 2% to 3,845.", [("2%", "percent", 2, "%"), ("3,845", "number", 3845, None)]),
    ("Exports rose 4%, which took reserves to 9,100.",
     [("4%", "percent", 4, "%"), ("9,100", "number", 9100, None)]),
]  # fmt: skip

# People aboard, and an adjective of people before the noun it modifies.
PEOPLE_WORDS = [
    ("The jet crashed, killing all 157 aboard.", [("157", "count", 157, "person")]),
    ("The ferry sank with 300 aboard.", [("300", "count", 300, "person")]),
    ("The jet crashed with 242 on board.", [("242", "count", 242, "person")]),
    ("The ferry had 300 people on board.", [("300", "count", 300, "person")]),
    ("Rescuers found 23 missing fishermen.", [("23", "count", 23, "fisherman")]),
    ("Medics treated 14 injured miners.", [("14", "count", 14, "miner")]),
    # must stay: the adjective alone
    ("More than 300 injured were taken to hospital.",
     [("More than 300", "count", 300, "person")]),
]  # fmt: skip

# A currency code glued to a small whole number before a noun is a name ("the COP29 talks").
CODE_NAMES = [
    ("Leaders met at the COP29 talks in Baku.", []),
    ("The COP30 summit opens in Belem.", []),
    ("The COP28 deal set up a fund.", []),
    # must stay: a scale, a space
    ("The fund raised JPY300 billion and USD5m.",
     [("JPY300 billion", "money", 300_000_000_000, "JPY"), ("USD5m", "money", 5_000_000, "USD")]),
    ("It costs EUR 20.", [("EUR 20", "money", 20, "EUR")]),
    ("Farmers got ZAR450 per tonne.", [("ZAR450", "money", 450, "ZAR")]),
]  # fmt: skip

# "bpd" is barrels; a range runs upwards, so "200,000 to 7.8 million" takes no scale.
BARRELS = [
    ("Demand rose 200,000 bpd to 7.8 million bpd.",
     [("200,000 bpd", "quantity", 200_000, "bbl"), ("7.8 million bpd", "quantity", 7_800_000, "bbl")]),
    ("Output fell 150,000 b/d in May.", [("150,000 b/d", "quantity", 150_000, "bbl")]),
    ("Iraq pumps 4.3 million bpd.", [("4.3 million bpd", "quantity", 4_300_000, "bbl")]),
    # must stay: a range that runs upwards takes the scale
    ("Stocks rose 1.5 to 2 million tonnes.",
     [("1.5", "quantity", 1_500_000, "t"), ("2 million tonnes", "quantity", 2_000_000, "t")]),
    ("The budget is 3,000 to 4,000 million euros.",
     [("3,000", "money", 3_000_000_000, "EUR"),
      ("4,000 million euros", "money", 4_000_000_000, "EUR")]),
]  # fmt: skip


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    NOUN_AFTER_MODIFIERS
    + SUBJECT_NOUNS
    + MORE_OF_THE_COUNT
    + DOWN_FROM
    + MODEL_NUMBERS
    + EXCHANGE_RATES
    + DATELINE_DOLLARS
    + MENTIONED_COUNTRY
    + CRICKET
    + SUBJECTS_OF_COUNTS
    + SCALED_AMOUNTS
    + UNIT_OF_A_PRICE
    + DECIMAL_LEVELS
    + SINGULAR_SUBJECTS
    + LEVEL_AFTER_CHANGE
    + PEOPLE_WORDS
    + CODE_NAMES
    + BARRELS,
)
def test_brief_figures(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected

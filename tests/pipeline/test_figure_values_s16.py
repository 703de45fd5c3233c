"""Figure values of session 16 (issue 14): the field of a figure whose span is found.

Table-driven through the real pipeline (the rules read the tagger's parts of speech and the
dates stage's years), one table per rule, each with cases that must stay as they are. Every
sentence is invented for these tests (none comes from a gold set). Rows: (text, [(span, kind,
value, unit), ...]) for every figure in the text.
"""

from __future__ import annotations

import pytest

REF = "2025-11-20"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


# A bare amount that a word of comparison ("from", "against", "compared with") sets against the
# amount or measure before it in the same clause takes its currency or unit, also a few words on.
COMPARED_AMOUNTS = [
    ("Ridgeway Bank's profit rose to £2.4 billion in the first half from 1.9 billion a year earlier.",
     [("£2.4 billion", "money", 2400000000, "GBP"), ("1.9 billion", "money", 1900000000, "GBP")]),
    ("The miner reported revenue of A$8.1 billion, against 7.4 billion in 2024.",
     [("A$8.1 billion", "money", 8100000000, "AUD"), ("7.4 billion", "money", 7400000000, "AUD")]),
    ("Exports reached 41 million tonnes last season, compared with 37 million a year before.",
     [("41 million tonnes", "quantity", 41000000, "t"), ("37 million", "quantity", 37000000, "t")]),
    ("The utility lost 90 billion won in the year from a profit of 40 billion.",
     [("90 billion won", "money", 90000000000, "KRW"), ("40 billion", "money", 40000000000, "KRW")]),
    # must stay: a noun after the number, a year after "from", a clause break between
    ("The charity raised $5 million from 40 donors.",
     [("$5 million", "money", 5000000, "USD"), ("40", "count", 40, "donor")]),
    ("The fund paid out $2 million from 2019 to 2021.",
     [("$2 million", "money", 2000000, "USD")]),
    ("Revenue hit $3 billion, against a target of 2.8.",
     [("$3 billion", "money", 3000000000, "USD"), ("2.8", "number", 2.8, None)]),
    ("Brent rose to $73.15 a barrel, against 72.10 a day earlier.",
     [("$73.15", "money", 73.15, "USD"), ("72.10", "money", 72.1, "USD")]),
]  # fmt: skip

# A bare number that a word of comparison sets against a count of the same clause counts its
# noun (a change in percent between them skipped; the noun also named on the second; against a
# rate, the rate's numerator), and "N fewer" counts the last count's noun.
COMPARED_COUNTS = [
    ("The airline carried 4.1 million passengers in May, up 6% from 3.9 million.",
     [("4.1 million", "count", 4100000, "passenger"), ("6%", "percent", 6, "%"),
      ("3.9 million", "count", 3900000, "passenger")]),
    ("The hospital treated 820 patients in June, against 760 a year earlier.",
     [("820", "count", 820, "patient"), ("760", "count", 760, "patient")]),
    ("Enrolment rose to 18,200 this autumn from 17,600 students a year ago.",
     [("18,200", "count", 18200, "student"), ("17,600", "count", 17600, "student")]),
    ("Diabetes reached 9.3 cases per 1,000 adults, against 7.8 a decade ago.",
     [("9.3", "count", 9.3, "case"), ("1,000", "count", 1000, "adult"),
      ("7.8", "count", 7.8, "case")]),
    ("The school has 640 pupils, 35 fewer than last year.",
     [("640", "count", 640, "pupil"), ("35", "count", 35, "pupil")]),
    # must stay: a noun of its own, a year after "from", a noun after "fewer"
    ("The school has 640 pupils, against 12 teachers.",
     [("640", "count", 640, "pupil"), ("12", "count", 12, "teacher")]),
    ("The council built 300 homes, up 5% from 2019.",
     [("300", "count", 300, "home"), ("5%", "percent", 5, "%")]),
    ("Shops sold 12 fewer cars.",
     [("12", "count", 12, "car")]),
]  # fmt: skip

# "N in M" is a proportion only where M is no year the dates stage took: "7.8 in 2015" is a
# figure of that year.
YEAR_NOT_PROPORTION = [
    ("The rate was 7.8 in 2015.", [("7.8", "number", 7.8, None)]),
    ("Inflation was 2.4 in 2023 and 3.1 in 2024.",
     [("2.4", "number", 2.4, None), ("3.1", "number", 3.1, None)]),
    ("Diabetes reached 9.3 cases per 1,000 adults, against 7.8 in 2015.",
     [("9.3", "count", 9.3, "case"), ("1,000", "count", 1000, "adult"),
      ("7.8", "count", 7.8, "case")]),
    # must stay: proportions are no figures (ANNOTATION.md)
    ("Nearly 8 in 10 voters backed the plan.", []),
    ("One in 2,000 babies is affected.", []),
    ("1 in twenty-five adults has the gene.", []),
]  # fmt: skip

# A currency word other countries share ("pesos", "crowns") is the currency of the country its
# sentence names last before it, by a place or a nationality (never a symbol such as "$").
SENTENCE_COUNTRY_CURRENCY = [
    ("The Colombian unit earned 800 billion pesos, up 9%.",
     [("800 billion pesos", "money", 800000000000, "COP"), ("9%", "percent", 9, "%")]),
    ("The Chilean miner sold the stake for 900 billion pesos.",
     [("900 billion pesos", "money", 900000000000, "CLP")]),
    ("The Danish firm paid 12 million crowns for the yard.",
     [("12 million crowns", "money", 12000000, "DKK")]),
    # must stay: no country before the word, a symbol, a noun that is no currency
    ("Traders swapped 500 pesos for dollars in Texas.",
     [("500", "count", 500, "peso")]),
    ("A Mexican firm paid $40 million for the plant.",
     [("$40 million", "money", 40000000, "USD")]),
    ("The Swedish group cut 300 jobs in Norway and 120 in Denmark.",
     [("300", "count", 300, "job"), ("120", "count", 120, "job")]),
]  # fmt: skip

# A decimal before "per N" is a rate's numerator: after a verb of change or level it counts the
# plural subject's noun, as a whole number there does.
RATE_NUMERATORS = [
    ("Traffic deaths fell to 5.1 per 100,000 residents.",
     [("5.1", "count", 5.1, "death"), ("100,000", "count", 100000, "resident")]),
    ("Hospital admissions rose to 8.2 per 1,000 patients.",
     [("8.2", "count", 8.2, "admission"), ("1,000", "count", 1000, "patient")]),
    ("Complaints reached 3.5 per 10,000 passengers.",
     [("3.5", "count", 3.5, "complaint"), ("10,000", "count", 10000, "passenger")]),
    # must stay: a subject that is a level, a percentage
    ("Prices rose to 4.6 per 100,000 people.",
     [("4.6", "number", 4.6, None), ("100,000", "count", 100000, "person")]),
    ("Cases rose 2.5 per cent.", [("2.5 per cent", "percent", 2.5, "%")]),
]  # fmt: skip

# A bare "$" in a text from a dollar country other than the U.S. is the local dollar, unless its
# sentence names the United States (a U.S. place, "U.S.") and, past the dateline, nothing of
# the home country: then it prices something in the U.S., in U.S. dollars.
US_DOLLARS_ABROAD = [
    ("TAIPEI - Foxconn will build a $10 billion plant in Ohio, raising its U.S. spending to $14 billion.",
     [("$10 billion", "money", 10000000000, "USD"), ("$14 billion", "money", 14000000000, "USD")]),
    ("SYDNEY - BHP said it would spend $2 billion on copper mines in Arizona.",
     [("$2 billion", "money", 2000000000, "USD")]),
    ("SINGAPORE - Grab will spend $500 million on a Texas data centre.",
     [("$500 million", "money", 500000000, "USD")]),
    # must stay local: the home country named too, no U.S. place, only "American"
    ("OTTAWA - Canada will buy $2 billion of U.S. jets.",
     [("$2 billion", "money", 2000000000, "CAD")]),
    ("TORONTO - The Ontario government will spend $5 million on a bridge to Michigan.",
     [("$5 million", "money", 5000000, "CAD")]),
    ("OTTAWA - The province will spend $30 million on roads.",
     [("$30 million", "money", 30000000, "CAD")]),
    ("WELLINGTON - Fonterra sold $300 million of milk powder to American buyers.",
     [("$300 million", "money", 300000000, "NZD")]),
]  # fmt: skip

# A range of bare numbers with "degrees" after its last end, next to a temperature with its
# unit, is a range of temperature differences in that unit (the last end's span takes
# "degrees"), as one such number alone is.
DEGREE_RANGES = [
    ("Highs of 35C are expected, between 4 and 6 degrees above normal.",
     [("35C", "quantity", 35, "°C"), ("4", "quantity", 4, "°C"), ("6 degrees", "quantity", 6, "°C")]),
    ("Lows fell to minus 12C, 8 to 10 degrees below the seasonal average.",
     [("minus 12C", "quantity", -12, "°C"), ("8", "quantity", 8, "°C"),
      ("10 degrees", "quantity", 10, "°C")]),
    ("Readings of 95F were 3-5 degrees above the record.",
     [("95F", "quantity", 95, "°F"), ("3", "quantity", 3, "°F"), ("5 degrees", "quantity", 5, "°F")]),
    # must stay: no temperature in the text, a percentage range
    ("The ship turned 5-7 degrees to the north.",
     [("5", "count", 5, "degree"), ("7", "count", 7, "degree")]),
    ("Prices rose 5-7 percent.", [("5", "percent", 5, "%"), ("7 percent", "percent", 7, "%")]),
]  # fmt: skip

# "N points" right after a percentage in its clause, N below it, is a change of it in
# percentage points ("pp", the span taking "points"), as "N points to 4.1%" before one is.
POINTS_AFTER_PERCENT = [
    ("Approval of the president fell to 41%, down 3 points from May.",
     [("41%", "percent", 41, "%"), ("3 points", "percent", 3, "pp")]),
    ("Turnout was 61% in 2024, up 4 points.",
     [("61%", "percent", 61, "%"), ("4 points", "percent", 4, "pp")]),
    ("Labour is on 35%, 10 points ahead of the Conservatives.",
     [("35%", "percent", 35, "%"), ("10 points", "percent", 10, "pp")]),
    # must stay: index points larger than the percentage, a margin with no percentage
    ("The FTSE 100 rose 0.5%, or 40 points, to 8,312.",
     [("0.5%", "percent", 0.5, "%"), ("40", "count", 40, "point"), ("8,312", "count", 8312, "point")]),
    ("The team won by 3 points after trailing at half-time.", [("3", "count", 3, "point")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    POINTS_AFTER_PERCENT
    + DEGREE_RANGES
    + COMPARED_AMOUNTS
    + COMPARED_COUNTS
    + YEAR_NOT_PROPORTION
    + SENTENCE_COUNTRY_CURRENCY
    + RATE_NUMERATORS
    + US_DOLLARS_ABROAD,
)
def test_figure_values_s16(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected


# -- _currency_word_after: the cheap check before a country's currency is read ---------------
# (local_currency reads a country's CLDR locales; it is asked only where a currency word follows)

CURRENCY_WORD_AFTER = [
    ("It earned 2.4 billion pesos.", "2.4 billion", True),
    ("It paid 2,200 CFA francs.", "2,200", True),
    ("The Danish firm paid 12 million crowns.", "12 million", True),
    ("Fees rose to 40 rupees\nper visit.", "40", True),
    # untouched: no currency word right after the number
    ("The firm hired 40 people and more.", "40", False),
    ("Output rose 5 percent in May.", "5", False),
    ("Sales\n40\npesos", "40", False),  # a line break ends the look
]


@pytest.mark.parametrize(("text", "number", "expected"), CURRENCY_WORD_AFTER)
def test_currency_word_after(text: str, number: str, expected: bool) -> None:
    from briefx.pipeline.figures.currencies import _currency_word_after

    assert _currency_word_after(text, text.index(number) + len(number)) is expected

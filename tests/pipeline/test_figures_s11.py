"""Figures of weather, disaster, science and sport (issue 14, session 11).

Table-driven through the real pipeline (the rules read the tagger's parts of speech), one table
per rule, each with cases that must stay as they are. Every sentence is invented for these tests
(none comes from a gold set). Rows: (text, [(span, kind, value, unit), ...]) for every figure.
"""

from __future__ import annotations

import pytest

REF = "2026-03-03"
Row = tuple[str, str, float, str | None]


def _rows(brief):  # type: ignore[no-untyped-def]
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


# An ordinal of placing or rank after a verb or preposition is an ordinal figure: it stands for
# "Nth place", as OntoNotes tags it (the lead's decision; session 10's rule read it the other way).
PLACINGS = [
    ("The visitors finished second in the group.", [("second", "ordinal", 2, None)]),
    ("Norway came in third at the relay.", [("third", "ordinal", 3, None)]),
    ("The club are fourth in the standings.", [("fourth", "ordinal", 4, None)]),
    ("The university is ranked fifth nationally.", [("fifth", "ordinal", 5, None)]),
    ("The rider, who started 16th, climbed to seventh.",
     [("16th", "ordinal", 16, None), ("seventh", "ordinal", 7, None)]),
    ("Oslo ranks first of the nine cities surveyed.",
     [("first", "ordinal", 1, None), ("nine", "count", 9, "city")]),
    ("The party, which came second, gained seats.", [("second", "ordinal", 2, None)]),
    ("Mercedes are first, Ferrari second and Alpine third.",
     [("first", "ordinal", 1, None), ("second", "ordinal", 2, None),
      ("third", "ordinal", 3, None)]),
    # must stay: an ordinal before its noun, and "the first" standing for the first one
    ("It was her third title and the first was in 2019.",
     [("third", "ordinal", 3, None), ("first", "ordinal", 1, None)]),
]  # fmt: skip

# Discourse adverbs opening a clause, "first" for "for the first time" before a verb, "at
# first", and "second" as a time unit after a number are no figures.
NOT_PLACINGS = [
    ("First, we must rebuild the bridges, the mayor said.", []),
    ("First we must count the damage.", []),
    ("Second, the plan cuts fares.", []),
    ("“Third, we will hire nurses,” she said.", []),
    ("She first met the coach in a cafe.", []),
    ("The lake was first mapped by surveyors.", []),
    ("At first, the fire spread slowly.", []),
    ("He took a five-second penalty.", []),
    ("The team received a 10-second penalty.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLACINGS + NOT_PLACINGS)
def test_figures_s11(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected


# Units from pint (scripts/derive_units.py) and the hand table: pressure, force, and the
# newspaper forms of degrees ("degrees C", "ºC" with the ordinal indicator).
UNITS = [
    ("950 hPa", ("950 hPa", "quantity", 950, "hPa")),
    ("938 hectopascals", ("938 hectopascals", "quantity", 938, "hPa")),
    ("a 1,013-hectopascal high", ("1,013-hectopascal", "quantity", 1013, "hPa")),
    ("942 millibars", ("942 millibars", "quantity", 942, "mbar")),
    ("101 kPa", ("101 kPa", "quantity", 101, "kPa")),
    ("7,500 kilonewtons", ("7,500 kilonewtons", "quantity", 7500, "kN")),
    ("41 degrees C", ("41 degrees C", "quantity", 41, "°C")),
    ("-3 ºF", ("-3 ºF", "quantity", -3, "°F")),
    ("39 ºC", ("39 ºC", "quantity", 39, "°C")),
    # must stay: "3mn" a scale, knots, bars and an angle no unit
    ("3mn", ("3mn", "number", 3_000_000, None)),
    ("12 knots", ("12 knots", "quantity", 12, "kn")),
    ("45 degrees clockwise", ("45", "number", 45, None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), UNITS)
def test_units(text: str, expected: tuple[str, str, float, str | None]) -> None:
    from briefx.normalize.scan import scan

    got = [(text[f.start : f.end], f.kind, f.value, f.unit) for f in scan(text, None)]
    assert got == [expected]


@pytest.mark.parametrize("word", ["bars", "bar", "N", "Pa", "newtons"])
def test_prefixed_only_units(word: str) -> None:
    """Only the prefixed forms of bar, newton and pascal's symbol are units ("three bars")."""
    from briefx.normalize.units import match_unit

    assert match_unit(word) is None


# In a text with a temperature in its unit, a number with the unit left out is a temperature:
# before "degrees", governed by a temperature noun ("a high of 38"), or "minus 8".
TEMPERATURES = [
    ("Madrid hit 44C on Friday, seven degrees above the July average.",
     [("44C", "quantity", 44, "°C"), ("seven degrees", "quantity", 7, "°C")]),
    ("Denver fell to 12F. Forecasters expect a low of minus 4 on Sunday.",
     [("12F", "quantity", 12, "°F"), ("minus 4", "quantity", -4, "°F")]),
    ("It was 31C in Lyon, and highs of 35 are forecast for Paris.",
     [("31C", "quantity", 31, "°C"), ("35", "quantity", 35, "°C")]),
    ("Winnipeg recorded -30C, with wind chills of minus 41 degrees.",
     [("-30C", "quantity", -30, "°C"), ("minus 41 degrees", "quantity", -41, "°C")]),
    # must stay: no temperature in the text, an angle far from one, a market high
    ("Forecasters expect a high of 38 on Thursday.", [("38", "number", 38, None)]),
    ("The ferry turned 180 degrees. Crews waited. The sea was at 14C.",
     [("180", "count", 180, "degree"), ("14C", "quantity", 14, "°C")]),
    ("The index hit a high of 412 on Monday.", [("412", "number", 412, None)]),
]  # fmt: skip

# A list of amounts whose last item has the unit: the bare items take it.
LISTS = [
    ("Doses of 5, 10 and 15 mg were tested.",
     [("5", "quantity", 5, "mg"), ("10", "quantity", 10, "mg"), ("15 mg", "quantity", 15, "mg")]),
    ("Cores were drilled to 40, 60 or 80 metres.",
     [("40", "quantity", 40, "m"), ("60", "quantity", 60, "m"), ("80 metres", "quantity", 80, "m")]),
    ("Families have 2, 3 and 4 children.",
     [("2", "count", 2, "child"), ("3", "count", 3, "child"), ("4", "count", 4, "child")]),
    # must stay: two items (a number before "and" is no list), a scaled last item
    ("The quake was of magnitude 4.1 and 10 km deep.",
     [("4.1", "number", 4.1, None), ("10 km", "quantity", 10, "km")]),
    ("Output was 5, 10 and 15 million tonnes.",
     [("5", "number", 5, None), ("10", "number", 10, None),
      ("15 million tonnes", "quantity", 15_000_000, "t")]),
]  # fmt: skip

# A word of a lead or gap after a number ("63 clear of", "two ahead of") counts what the count
# before it counts (models/counted_nouns.jsonl role margin).
MARGINS = [
    ("Arsenal have 58 points, four clear of Liverpool.",
     [("58", "count", 58, "point"), ("four", "count", 4, "point")]),
    ("The Reds have 61 points and sit two ahead of City.",
     [("61", "count", 61, "point"), ("two", "count", 2, "point")]),
    ("Dundee have 19 points, three adrift of safety.",
     [("19", "count", 19, "point"), ("three", "count", 3, "point")]),
    # must stay: "clear" after no number, a count with its own noun
    ("The road is clear of snow after 12 inches fell.", [("12 inches", "quantity", 12, "in")]),
    ("They won 12 games and lost three clear chances.",
     [("12", "count", 12, "game"), ("three", "count", 3, "chance")]),
]  # fmt: skip

# The cells of a results line ("Seats: A 36, B 4") are counts, not model numbers of a product.
SEAT_LINES = [
    ("Seats: SWAPO 51, IPC 20, AR 6\n",
     [("51", "count", 51, "seat"), ("20", "count", 20, "seat"), ("6", "count", 6, "seat")]),
    ("WINDHOEK, Nov 30 - Results of the vote:\nSeats: UPD 36, BCF 4, KLM 9\n",
     [("36", "count", 36, "seat"), ("4", "count", 4, "seat"), ("9", "count", 9, "seat")]),
    ("Votes: Forum 41,200, Alliance 30,950\n",
     [("41,200", "count", 41_200, "vote"), ("30,950", "count", 30_950, "vote")]),
    # must stay: a designation alone
    ("The crew of Soyuz 22 landed.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TEMPERATURES + LISTS + MARGINS + SEAT_LINES)
def test_measures_s11(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected


# A score in halves (chess counts a draw as half a point) is a tally: two numbers, also after a
# player's name ("beat Ding 7.5-6.5"); a range runs upwards and stays one.
SCORES = [
    ("Carlsen beat Nepomniachtchi 7.5-3.5 to keep the title.",
     [("7.5", "number", 7.5, None), ("3.5", "number", 3.5, None)]),
    ("The Indian team beat Norway 2.5-1.5 in the sixth round.",
     [("2.5", "number", 2.5, None), ("1.5", "number", 1.5, None), ("sixth", "ordinal", 6, None)]),
    ("She won 6-4 and then 7.5-6.5 in the rapid match.",
     [("6", "number", 6, None), ("4", "number", 4, None), ("7.5", "number", 7.5, None),
      ("6.5", "number", 6.5, None)]),
    # must stay: an upward range of a measure
    ("Doses of 0.25-0.5 mg were tested.",
     [("0.25", "quantity", 0.25, "mg"), ("0.5 mg", "quantity", 0.5, "mg")]),
]  # fmt: skip

# "degrees" after a temperature noun, with no temperature written in its unit, takes the scale
# of the dateline's country (figure_words.jsonl fahrenheit_country); no dateline: left alone.
DATELINE_DEGREES = [
    ("MADRID, July 3 - Temperatures could hit 40 degrees on Friday.",
     [("40 degrees", "quantity", 40, "°C")]),
    ("PHOENIX, July 3 - The mercury reached 117 degrees on Friday.",
     [("117 degrees", "quantity", 117, "°F")]),
    ("ATHENS, July 3 - A high of 41 degrees is forecast.",
     [("41 degrees", "quantity", 41, "°C")]),
    # must stay: no dateline, no temperature noun
    ("Temperatures could hit 40 degrees on Friday.", [("40", "count", 40, "degree")]),
    ("LONDON, June 2 - The ferry turned 180 degrees.", [("180", "count", 180, "degree")]),
]  # fmt: skip

SPEEDS = [
    ("The wind blew at 90 km an hour.", [("90 km an hour", "quantity", 90, "km/h")]),
    ("Gusts reached 120 km per hour.", [("120 km per hour", "quantity", 120, "km/h")]),
    ("The train ran at 300 kilometres an hour.",
     [("300 kilometres an hour", "quantity", 300, "km/h")]),
    # must stay: a distance before a duration
    ("They walked 12 km in an hour.", [("12 km", "quantity", 12, "km")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SCORES + DATELINE_DEGREES + SPEEDS)
def test_scores_degrees_speeds(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected


# "magnitude-6.1": a magnitude's reading after a hyphen is a number, not a designation;
# "Signal No. 3" with "No" and "." apart is a designation as "No. 3" is.
MAGNITUDES_AND_SIGNALS = [
    ("A magnitude-6.1 quake struck at a depth of 33 km.",
     [("6.1", "number", 6.1, None), ("33 km", "quantity", 33, "km")]),
    ("The magnitude-7.4 earthquake was felt in the capital.", [("7.4", "number", 7.4, None)]),
    ("Two magnitude-5.2 aftershocks followed.",
     [("Two", "count", 2, "aftershock"), ("5.2", "number", 5.2, None)]),
    ("The storm strengthened and Signal No. 3 was raised.", []),
    ("Wind Signal No. 8 was hoisted at dawn.", []),
    ("Storm Signal No. 4 was raised in nine provinces.", [("nine", "count", 9, "province")]),
    # must stay: designations with a dash
    ("The F-35 and the Mi-17 flew over COVID-19 wards.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MAGNITUDES_AND_SIGNALS)
def test_magnitudes_and_signals(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected


# A bare degree sign and "N-degree" are degrees as "degrees" is, near a temperature or after a
# temperature noun.
DEGREE_SIGNS = [
    ("It was 31C in Lyon and 38.5° in Nimes.",
     [("31C", "quantity", 31, "°C"), ("38.5°", "quantity", 38.5, "°C")]),
    ("SEVILLE, Aug 1 - Highs of 45° are expected.", [("45°", "quantity", 45, "°C")]),
    ("Madrid hit 44C on Friday, a 46-degree day in Seville.",
     [("44C", "quantity", 44, "°C"), ("46-degree", "quantity", 46, "°C")]),
    # must stay: an angle with no temperature about
    ("LONDON, June 2 - The ferry made a 90-degree turn.", [("90", "count", 90, "degree")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DEGREE_SIGNS)
def test_degree_signs(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected


# A 24-hour clock time before "local time", "hours" or a time zone is no count (the dates stage
# reads it as no year since session 11, so the figures stage now meets it).
CLOCK_TIMES = [
    ("The ferry left at 0900 local time.", []),
    ("Talks resume at 1430 GMT.", []),
    ("A curfew starts at 2130 CET.", []),
    ("Troops moved in at 0600 hours.", []),
    # must stay: a count before its noun, and four digits that are no clock time
    ("Some 2100 troops arrived.", [("Some 2100", "count", 2100, "troop")]),
    ("The site employs 2460 people.", [("2460", "count", 2460, "person")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLOCK_TIMES)
def test_clock_times(run, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert _rows(run(text, reference_date=REF)) == expected

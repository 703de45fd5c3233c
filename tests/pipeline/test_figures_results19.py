"""The numbers of sports results copy (issue 14, session 32, results19): ``normalize.scores``
(golf scores to par, Australian rules goals.behinds, a competitor's tally with its noun),
``figures.minutes.race_time_starts`` (race times are no figures) and the scanner's sign at a
line start. Every line is invented for these tests (none comes from a gold set nor from the
dev set ``own-briefs-dev32r``). Tables: the pure functions first, then the whole pipeline for
what needs the model (names the NER runs over a number, the tagger's reading of "faults").
"""

from __future__ import annotations

import pytest

from briefx.normalize.scan import scan
from briefx.normalize.scores import score_starts, tally_nouns
from briefx.pipeline.figures.minutes import race_time_starts


def _at(text: str, starts: set[int] | dict[int, str]) -> list[str]:
    """The number at each start; a dot ends it where the digits after it start one too
    (an Australian rules score's goals and behinds, "9.8")."""
    out = []
    for s in sorted(starts):
        e = s + (text[s] in "-+")
        while e < len(text) and (
            text[e].isdigit()
            or (text[e] == "." and text[e + 1 : e + 2].isdigit() and e + 1 not in starts)
        ):
            e += 1
        out.append(text[s:e])
    return out


SCORES = [
    # golf: a signed score to par before the name, the rounds after it
    ("-12 Alan Reid (Scotland) 68 67 69", ["-12", "68", "67", "69"]),
    ("+3 Ben Curtis ( U.S. ) 74 72", ["+3", "74", "72"]),
    ("Leaders:\n-7 Jon Rahm (Spain) 65 70\n-5 Ian Poulter (England) 67 70", ["-7", "65", "70", "-5", "67", "70"]),
    # Australian rules: goals.behinds (total), the total adds up
    ("Carlton 9.8 (62) Melbourne 11.12 (78)", ["9", "8", "62", "11", "12", "78"]),
    ("Essendon 15.14 ( 104 ) to Geelong 14.9 ( 93 )", ["15", "14", "104", "14", "9", "93"]),
    ("Sydney 20.10 (130) beat Fitzroy 3.4 (22) at the SCG", ["20", "10", "130", "3", "4", "22"]),
    # CoNLL spacing inside a country's bracket
    ("Tomas Carbo ( Spain ) 6-2 , Jan Siemer ( Germany ) 3", ["6", "2", "3"]),
    # a cricket total with more after it
    ("Pakistan 245 for six in their 50 overs .", ["245"]),
    ("England 243 ( 49.2 overs )", ["243"]),
    ("Close : Kent 87 for two ; Essex 352 all out", ["87", "352"]),
    # stays: a total that does not add up, a version, a price, prose
    ("Version 12.10 (83) of the software", []),
    ("The index rose 2.5 (3.1) percent", []),
    ("-12 degrees was the low on Monday", []),
    ("Phase 1 and Phase 2 of the plan", []),
    ("Boeing 737 for five years was the plan", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "numbers"), SCORES)
def test_score_starts(text: str, numbers: list[str]) -> None:
    assert _at(text, score_starts(text)) == numbers


TALLIES = [
    ("1. Helen Marsh ( Britain ) Silver Lane 4 faults", {"4": "fault"}),
    ("Standings : Hill 79 points , Villeneuve 62 , Schumacher 35", {"79": "point", "62": "point", "35": "point"}),
    ("Ken Doherty ( Ireland ) 5 frames , Nigel Bond 3 frames", {"5": "frame", "3": "frame"}),
    ("Ronaldo 12 goals , Suker 9 goals", {"12": "goal", "9": "goal"}),
    # stays: no tally noun, a noun of another kind, prose, the noun after a name alone in prose
    ("Hill 79 , Villeneuve 62 , Schumacher 35", {}),
    ("The Phase 1 plan cost 5 points of growth", {}),
    ("Windows 95 users number 12 million", {}),
    ("He scored 12 goals last season", {}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "nouns"), TALLIES)
def test_tally_nouns(text: str, nouns: dict[str, str]) -> None:
    found = tally_nouns(text)
    assert dict(zip(_at(text, found), [found[s] for s in sorted(found)], strict=True)) == nouns


RACE_TIMES = [
    ("1. Obi Harper ( Trinidad ) 10.02 seconds\n2. Dan Mitchum ( U.S. ) 10.09\n3. Jon Ezinwa 10.11", ["10.09", "10.11"]),
    ("1. Derrick Adams (U.S.) 47.62 sec\n2. Sam Matete (Zambia) 48.05", ["48.05"]),
    ("1. Marco Ferri ( Italy ) 4:41:12\n2. Luis Pena ( Spain ) 4.12", ["4.12"]),
    # stays: measures, scores, a time alone, a block after a blank line
    ("1. Inga Babak ( Ukraine ) 2.01 metres\n2. Stefka Kos ( Bulgaria ) 1.98", []),
    ("Hill 79 points\nVilleneuve 62.5", []),
    ("1. Obi Harper 4:41:12\n\n2. The index closed at 10.09", []),
    ("The meeting starts at 10:30\nShares rose 2.15", ["2.15"]),
    # prose: a text that writes a time in hundredths of a second
    ("Johnson won in 19.85 seconds , ahead of Fredericks in 20.01 .", ["20.01"]),
    ("She won in 10.94 seconds .\nShe set the record of 10.49 in 1988 .", ["10.49"]),
    ("Gebre won in 27.45 secs , Tergat was second in 27.51 and Koech third in 27.60 .", ["27.51", "27.60"]),
    # stays: no time in seconds in the text, a price, a number with its noun
    ("Shares rose to 19.85 , then fell to 19.32 .", []),
    ("He ran 100 metres in 9.98 seconds and the fare was $10.50 .", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "times"), RACE_TIMES)
def test_race_time_starts(text: str, times: list[str]) -> None:
    assert _at(text, race_time_starts(text)) == times


SIGNS = [
    ("Leaders :\n-11 Colin Hart 68 67 70\n-9 Pedro Lanza 70 66 71", ["-11", "-9"]),
    ("-4 Tom Kite 70 70\n+2 Nick Faldo 73 71", ["-4", "+2"]),
    # stays: a dash between two numbers on one line is a range or a score
    ("temperatures of 70 -80 degrees", ["70", "80"]),
    ("won 5-3", ["5", "3"]),
]  # fmt: skip


CELLS = [
    # a standings row: numbers after numbers are cells, no thousands groups
    ("Philadelphia 45 24 13 282 208 103", ["45", "24", "13", "282", "208", "103"]),
    ("New Jersey 37 33 12 215 202 86", ["37", "33", "12", "215", "202", "86"]),
    ("Ajax 34 25 6 3 101 210 81", ["34", "25", "6", "3", "101", "210", "81"]),
    # stays: thousands groups after a word or a year
    ("a population of 1 414 021 100 people", ["1 414 021 100"]),
    ("In 2019 1 200 jobs went", ["2019", "1 200"]),
    ("Crowd : 45 000", ["45 000"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "numbers"), CELLS)
def test_row_cells(text: str, numbers: list[str]) -> None:
    assert [text[f.start : f.end] for f in scan(text)] == numbers


@pytest.mark.parametrize(("text", "signed"), SIGNS)
def test_sign_at_line_start(text: str, signed: list[str]) -> None:
    found = [text[f.start : f.end] for f in scan(text)]
    assert [w for w in found if w in signed or w.lstrip("-+") in signed][: len(signed)] == signed


def _figures(run, text: str) -> list[tuple[str, str, object, str | None]]:  # type: ignore[no-untyped-def]
    brief = run(text, reference_date="1996-08-18")
    return [(f.text, f.kind, f.value, f.unit) for f in brief.figures]


PIPELINE = [
    # golf leaderboard: signed score to par, rounds; a name after a number is no counted noun
    (
        ("GOLF - LEADING SCORES .\nLYTHAM 1996-08-17\nLeading scores :\n"
        "-12 Tiger Woods ( U.S. ) 68 67 69\n-9 Ernie Els ( South Africa ) 70 68 69"),
        [("-12", "number", -12, None), ("68", "number", 68, None), ("67", "number", 67, None),
         ("69", "number", 69, None), ("-9", "number", -9, None), ("70", "number", 70, None),
         ("68", "number", 68, None), ("69", "number", 69, None)],
    ),
    # Australian rules
    (
        ("AUSTRALIAN RULES - RESULTS .\nMELBOURNE 1996-08-17\n"
        "Collingwood 12.10 ( 82 ) Carlton 9.8 ( 62 )\nEssendon 15.14 ( 104 ) Geelong 14.9 ( 93 )"),
        [("12", "number", 12, None), ("10", "number", 10, None), ("82", "number", 82, None),
         ("9", "number", 9, None), ("8", "number", 8, None), ("62", "number", 62, None),
         ("15", "number", 15, None), ("14", "number", 14, None), ("104", "number", 104, None),
         ("14", "number", 14, None), ("9", "number", 9, None), ("93", "number", 93, None)],
    ),
    # show jumping faults
    (
        ("SHOW JUMPING - RESULTS .\nAACHEN 1996-08-17\n1. John Whitman ( Britain ) Milton 0 faults\n"
        "2. Lutz Berger ( Germany ) Ratina 4 faults"),
        [("0", "count", 0, "fault"), ("4", "count", 4, "fault")],
    ),
    # a standings list that names its noun first
    (
        "Drivers' standings : Hill 79 points , Villeneuve 62 , Schumacher 35",
        [("79", "count", 79, "point"), ("62", "count", 62, "point"), ("35", "count", 35, "point")],
    ),
    # cricket: a total with more after it, a second bowler whose surname reads as a noun
    (
        ("CRICKET - ONE-DAY INTERNATIONAL .\nLORDS 1996-08-17\nPakistan 245 for six in their 50 overs .\n"
        "England 243 ( Graham Thorpe 79 ; Wasim Akram 3-45 , Waqar Younis 2-38 )"),
        [("245", "count", 245, "run"), ("six", "count", 6, "wicket"), ("50", "count", 50, "over"),
         ("243", "count", 243, "run"), ("79", "count", 79, "run"), ("3", "count", 3, "wicket"),
         ("45", "count", 45, "run"), ("2", "count", 2, "wicket"), ("38", "count", 38, "run")],
    ),
    # race times are no figures; the event's distance is a quantity
    (
        ("ATHLETICS - RESULTS .\nOSLO 1996-08-16\nMen's 100 metres :\n"
        "1. Don Bailey ( Canada ) 9.91 seconds\n2. Frank Fredson ( Namibia ) 9.97\n3. Lin Christy ( Britain ) 10.05"),
        [("100 metres", "quantity", 100, "m")],
    ),
    # golf prose: one round's score after an article or a score to par is no count
    (
        "Norman shot a four-under 66 to move three shots behind Mayfair , who carded a 68 .",
        [("four", "number", 4, None), ("66", "number", 66, None), ("three", "count", 3, "shot"),
         ("68", "number", 68, None)],
    ),
    # a team's score after a bracket of details counts none of the bracket's nouns
    (
        "South Africa 32 ( 3 tries , 1 conversion ) New Zealand 25 ( 2 tries , 5 penalties )",
        [("32", "number", 32, None), ("3", "count", 3, "try"), ("1", "count", 1, "conversion"),
         ("25", "number", 25, None), ("2", "count", 2, "try"), ("5", "count", 5, "penalty")],
    ),
    # stays: times of day, a phone number, a date
    (
        "The club said tickets for the August 24 match go on sale at 9.30 a.m. ; call 0171-555-0123 .",
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), PIPELINE)
def test_pipeline(run, text: str, figures: list[tuple[str, str, object, str | None]]) -> None:  # type: ignore[no-untyped-def]
    assert _figures(run, text) == figures


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a score, then a count: no "3 in 10" proportion
        ("Baltimore won 5-3 in 10 innings on Friday .", [("5", "number"), ("3", "number"), ("10", "count")]),
        ("Hendry won 9-4 in 13 frames .", [("9", "number"), ("4", "number"), ("13", "count")]),
        # stays: a proportion
        ("Two in three voters backed the plan .", []),
    ],
)  # fmt: skip
def test_score_then_count(run, text: str, kinds: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(f[0], f[1]) for f in _figures(run, text)] == kinds

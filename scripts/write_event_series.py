"""Write the "series" rows of models/event_editions.jsonl: recurring events news names without
their edition ("the Tour de France", "Wimbledon", "the Champions League"), each with English
Wikipedia's title of the series and of one edition, and when its editions are held (session
40, editions40, issue 13).

Source: written by hand from the author's knowledge of English Wikipedia's article titles
(text under CC BY-SA 4.0) and of the events' published calendars; no network was used. Events
whose edition titles the author was unsure of are left out (film festivals titled by their
number, "NN Berlin International Film Festival"; UN General Assembly sessions; NATO, APEC,
ASEAN and G20 summits, whose titles name the host; the World Economic Forum's meeting).

A row: ``title`` the series' title; ``names`` the names copy writes ("Wimbledon", "Roland
Garros"); ``edition`` the edition's title, ``{year}`` its year or ``{season}`` its season
("2024–25", for a season from August to May); ``since`` (and ``until``) the first (last)
edition, ``every`` the years between editions, ``months`` the months it is held; or ``held``,
for an irregular event, each edition's title year with its first and last month held
("2023": "2024-01/2024-02": the 2023 Africa Cup of Nations was played in 2024); ``cue``, for a
name several series share ("World Cup"), words of which the document must write one;
``suffix``: any name ending so ("Belgian Grand Prix") is its own series, ``not_cue`` words
that make it another sport's ("MotoGP"); ``short`` the short forms copy writes after a full
name ("the Tour", "the Games").

Run from the project root: ``.venv/bin/python scripts/write_event_series.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "models" / "event_editions.jsonl"
HEADER = (
    '// kind "series" (session 40, written by scripts/write_event_series.py, do not edit by hand:\n'
    "// rerun it): recurring events news names without their edition, English Wikipedia's titles\n"
    '// (CC BY-SA 4.0) of the series ("title") and of one edition ("edition": "{year}" or\n'
    '// "{season}", \'2024–25\'), the names copy writes, when editions are held ("since", "every",\n'
    '// "months"; or "held": title year -> first/last month), "cue" words one of which the\n'
    "// document writes where several series share a name; from the author's knowledge, no network.\n"
)

FOOTBALL = [
    "football",
    "soccer",
    "FIFA",
    "UEFA",
    "goal",
    "goals",
    "striker",
    "midfielder",
    "goalkeeper",
    "penalties",
    "penalty",
]
RUGBY = ["rugby", "try", "tries", "All Blacks", "Springboks", "Wallabies", "fly-half", "scrum"]
CRICKET = ["cricket", "wickets", "wicket", "innings", "runs", "bowler", "batsman", "ICC", "overs"]
TENNIS = [
    "tennis",
    "seed",
    "Grand Slam",
    "sets",
    "tie-break",
    "tiebreak",
    "ATP",
    "WTA",
    "seeded",
    "singles",
    "doubles",
    "Centre Court",
    "All England Club",
]
GOLF = ["golf", "par", "birdie", "birdies", "bogey", "putt", "under-par", "over-par", "PGA"]
ATHLETICS = [
    "athletics",
    "metres",
    "hurdles",
    "relay",
    "marathon",
    "sprint",
    "sprinter",
    "javelin",
    "discus",
    "pole vault",
    "long jump",
    "high jump",
    "steeplechase",
    "decathlon",
]
MOTOR = [
    "Formula One",
    "F1",
    "Formula 1",
    "pole position",
    "lap",
    "laps",
    "grid",
    "pit",
    "driver",
    "drivers",
]
MOTO = [
    "MotoGP",
    "motorcycle",
    "500cc",
    "250cc",
    "125cc",
    "Superbike",
    "IndyCar",
    "rider",
    "riders",
]


def annual(title: str, names: list[str], edition: str, since: int, months: list[int], **kw) -> dict:
    return {"kind": "series", "title": title, "names": names, "edition": edition, "since": since,
            "every": 1, "months": months, **kw}  # fmt: skip


def held(title: str, names: list[str], edition: str, editions: dict[str, str], **kw) -> dict:
    return {
        "kind": "series",
        "title": title,
        "names": names,
        "edition": edition,
        "held": editions,
        **kw,
    }


ROWS = [
    # cycling: grand tours and classics
    annual(
        "Tour de France",
        ["Tour de France", "Tour"],
        "{year} Tour de France",
        1903,
        [7],
        skipped=list(range(1915, 1919)) + list(range(1940, 1947)),
        short=["Tour"],
    ),
    annual(
        "Giro d'Italia",
        ["Giro d'Italia", "Giro", "Tour of Italy"],
        "{year} Giro d'Italia",
        1909,
        [5, 6],
        short=["Giro"],
    ),
    annual(
        "Vuelta a España",
        ["Vuelta a España", "Vuelta a Espana", "Vuelta", "Tour of Spain"],
        "{year} Vuelta a España",
        1995,
        [9],
        short=["Vuelta"],
    ),
    annual("Paris–Roubaix", ["Paris-Roubaix", "Paris–Roubaix"], "{year} Paris–Roubaix", 1896, [4]),
    annual(
        "Milan–San Remo",
        ["Milan-San Remo", "Milan–San Remo", "Milan-Sanremo", "Milano-Sanremo"],
        "{year} Milan–San Remo",
        1907,
        [3],
    ),
    annual("Tour of Flanders", ["Tour of Flanders"], "{year} Tour of Flanders", 1913, [4]),
    annual(
        "Liège–Bastogne–Liège",
        ["Liège-Bastogne-Liège", "Liège–Bastogne–Liège", "Liege-Bastogne-Liege"],
        "{year} Liège–Bastogne–Liège",
        1892,
        [4],
    ),
    # tennis majors
    annual(
        "Wimbledon Championships",
        ["Wimbledon", "Wimbledon Championships"],
        "{year} Wimbledon Championships",
        1877,
        [6, 7],
        cue=TENNIS,
        skipped=[2020],
    ),
    annual(
        "French Open",
        ["French Open", "Roland Garros", "Roland-Garros"],
        "{year} French Open",
        1968,
        [5, 6],
    ),
    annual("Australian Open", ["Australian Open"], "{year} Australian Open", 1987, [1]),
    annual(
        "US Open (tennis)",
        ["US Open", "U.S. Open"],
        "{year} US Open (tennis)",
        1968,
        [8, 9],
        cue=TENNIS,
    ),
    # golf majors and the Ryder Cup
    annual(
        "U.S. Open (golf)", ["US Open", "U.S. Open"], "{year} U.S. Open (golf)", 1895, [6], cue=GOLF
    ),
    annual(
        "Masters Tournament",
        ["Masters", "Masters Tournament", "US Masters", "U.S. Masters"],
        "{year} Masters Tournament",
        1934,
        [4],
        cue=GOLF,
    ),
    annual(
        "The Open Championship",
        ["Open Championship", "British Open"],
        "{year} Open Championship",
        1946,
        [7],
        cue=GOLF,
    ),
    annual(
        "PGA Championship",
        ["PGA Championship", "US PGA Championship", "U.S. PGA Championship"],
        "{year} PGA Championship",
        1916,
        [5, 8],
        cue=GOLF,
    ),
    held(
        "Ryder Cup",
        ["Ryder Cup"],
        "{year} Ryder Cup",
        {
            str(y): f"{y}-09/{y}-09"
            for y in [
                1991,
                1993,
                1995,
                1997,
                1999,
                2002,
                2004,
                2006,
                2008,
                2010,
                2012,
                2014,
                2016,
                2018,
                2021,
                2023,
                2025,
                2027,
            ]
        },
    ),
    # Formula One: a "<place> Grand Prix" in motor-racing copy
    {
        "kind": "series",
        "suffix": "Grand Prix",
        "edition": "{year} {name}",
        "since": 1950,
        "every": 1,
        "months": list(range(3, 13)),
        "cue": MOTOR,
        "not_cue": MOTO,
    },
    # football
    {
        "kind": "series",
        "title": "FIFA World Cup",
        "names": ["World Cup", "FIFA World Cup"],
        "edition": "{year} FIFA World Cup",
        "since": 1930,
        "every": 4,
        "skipped": [1942, 1946],
        "months": [6, 7],
        "cue": FOOTBALL,
        "held": {"2022": "2022-11/2022-12"},
    },
    {
        "kind": "series",
        "title": "FIFA Women's World Cup",
        "names": ["Women's World Cup", "FIFA Women's World Cup"],
        "edition": "{year} FIFA Women's World Cup",
        "since": 1991,
        "every": 4,
        "months": [6, 7, 8],
    },
    held(
        "UEFA European Championship",
        [
            "European Championship",
            "European Championships",
            "Euro",
            "European Football Championship",
            "UEFA European Championship",
        ],
        "UEFA Euro {year}",
        {
            "1992": "1992-06/1992-06",
            "1996": "1996-06/1996-06",
            "2000": "2000-06/2000-07",
            "2004": "2004-06/2004-07",
            "2008": "2008-06/2008-06",
            "2012": "2012-06/2012-07",
            "2016": "2016-06/2016-07",
            "2020": "2021-06/2021-07",
            "2024": "2024-06/2024-07",
            "2028": "2028-06/2028-07",
        },
        cue=FOOTBALL,
    ),
    held(
        "Copa América",
        ["Copa América", "Copa America"],
        "{year} Copa América",
        {
            "1993": "1993-06/1993-07",
            "1995": "1995-07/1995-07",
            "1997": "1997-06/1997-06",
            "1999": "1999-06/1999-07",
            "2001": "2001-07/2001-07",
            "2004": "2004-07/2004-07",
            "2007": "2007-06/2007-07",
            "2011": "2011-07/2011-07",
            "2015": "2015-06/2015-07",
            "2019": "2019-06/2019-07",
            "2021": "2021-06/2021-07",
            "2024": "2024-06/2024-07",
        },
    ),
    held(
        "Africa Cup of Nations",
        [
            "Africa Cup of Nations",
            "African Cup of Nations",
            "AFCON",
            "Afcon",
            "Cup of Nations",
            "African Nations Cup",
        ],
        "{year} Africa Cup of Nations",
        {
            "1994": "1994-03/1994-04",
            "1996": "1996-01/1996-02",
            "1998": "1998-02/1998-02",
            "2000": "2000-01/2000-02",
            "2002": "2002-01/2002-02",
            "2004": "2004-01/2004-02",
            "2006": "2006-01/2006-02",
            "2008": "2008-01/2008-02",
            "2010": "2010-01/2010-01",
            "2012": "2012-01/2012-02",
            "2013": "2013-01/2013-02",
            "2015": "2015-01/2015-02",
            "2017": "2017-01/2017-02",
            "2019": "2019-06/2019-07",
            "2021": "2022-01/2022-02",
            "2023": "2024-01/2024-02",
            "2025": "2025-12/2026-01",
        },
    ),
    held(
        "AFC Asian Cup",
        ["Asian Cup", "AFC Asian Cup"],
        "{year} AFC Asian Cup",
        {
            "1996": "1996-12/1996-12",
            "2000": "2000-10/2000-10",
            "2004": "2004-07/2004-08",
            "2007": "2007-07/2007-07",
            "2011": "2011-01/2011-01",
            "2015": "2015-01/2015-01",
            "2019": "2019-01/2019-02",
            "2023": "2024-01/2024-02",
        },
    ),
    {
        "kind": "series",
        "title": "UEFA Champions League",
        "names": ["Champions League", "UEFA Champions League"],
        "edition": "{season} UEFA Champions League",
        "since": 1992,
        "season": True,
        "cue": FOOTBALL,
    },
    {
        "kind": "series",
        "title": "UEFA Europa League",
        "names": ["Europa League", "UEFA Europa League"],
        "edition": "{season} UEFA Europa League",
        "since": 2009,
        "season": True,
    },
    {
        "kind": "series",
        "title": "UEFA Cup",
        "names": ["UEFA Cup"],
        "edition": "{season} UEFA Cup",
        "since": 1971,
        "until": 2008,
        "season": True,
    },
    {
        "kind": "series",
        "title": "UEFA Cup Winners' Cup",
        "names": ["Cup Winners' Cup", "European Cup Winners' Cup"],
        "edition": "{season} UEFA Cup Winners' Cup",
        "since": 1960,
        "until": 1998,
        "season": True,
    },
    {
        "kind": "series",
        "title": "FA Cup",
        "names": ["FA Cup"],
        "edition": "{season} FA Cup",
        "since": 1871,
        "season": True,
    },
    held(
        "FIFA Club World Cup",
        ["Club World Cup", "FIFA Club World Cup"],
        "{year} FIFA Club World Cup",
        {"2025": "2025-06/2025-07"},
    ),
    # rugby and cricket
    held(
        "Rugby World Cup",
        ["Rugby World Cup", "World Cup"],
        "{year} Rugby World Cup",
        {
            "1987": "1987-05/1987-06",
            "1991": "1991-10/1991-11",
            "1995": "1995-05/1995-06",
            "1999": "1999-10/1999-11",
            "2003": "2003-10/2003-11",
            "2007": "2007-09/2007-10",
            "2011": "2011-09/2011-10",
            "2015": "2015-09/2015-10",
            "2019": "2019-09/2019-11",
            "2023": "2023-09/2023-10",
            "2027": "2027-10/2027-11",
        },
        cue=RUGBY,
    ),
    annual(
        "Six Nations Championship",
        ["Six Nations", "Six Nations Championship"],
        "{year} Six Nations Championship",
        2000,
        [2, 3],
    ),
    {
        "kind": "series",
        "title": "Five Nations Championship",
        "names": ["Five Nations", "Five Nations Championship"],
        "edition": "{year} Five Nations Championship",
        "since": 1910,
        "until": 1999,
        "every": 1,
        "months": [1, 2, 3],
    },
    held(
        "Women's Rugby World Cup",
        ["Women's Rugby World Cup"],
        "{year} Women's Rugby World Cup",
        {
            "2010": "2010-08/2010-09",
            "2014": "2014-08/2014-08",
            "2017": "2017-08/2017-08",
            "2021": "2022-10/2022-11",
            "2025": "2025-08/2025-09",
        },
    ),
    held(
        "Cricket World Cup",
        ["Cricket World Cup", "World Cup"],
        "{year} Cricket World Cup",
        {
            "1992": "1992-02/1992-03",
            "1996": "1996-02/1996-03",
            "1999": "1999-05/1999-06",
            "2003": "2003-02/2003-03",
            "2007": "2007-03/2007-04",
            "2011": "2011-02/2011-04",
            "2015": "2015-02/2015-03",
            "2019": "2019-05/2019-07",
            "2023": "2023-10/2023-11",
            "2027": "2027-10/2027-11",
        },
        cue=CRICKET,
    ),
    # athletics
    held(
        "World Athletics Championships",
        [
            "World Championships",
            "World Athletics Championships",
            "World Championships in Athletics",
        ],
        "{year} World Championships in Athletics",
        {
            str(y): f"{y}-08/{y}-08"
            for y in [
                1991,
                1993,
                1995,
                1997,
                1999,
                2001,
                2003,
                2005,
                2007,
                2009,
                2011,
                2013,
                2015,
                2017,
            ]
        },
        cue=ATHLETICS,
    ),
    annual("London Marathon", ["London Marathon"], "{year} London Marathon", 1981, [4]),
    annual("Boston Marathon", ["Boston Marathon"], "{year} Boston Marathon", 1897, [4]),
    annual(
        "New York City Marathon",
        ["New York City Marathon", "New York Marathon"],
        "{year} New York City Marathon",
        1970,
        [11],
    ),
    annual("Berlin Marathon", ["Berlin Marathon"], "{year} Berlin Marathon", 1974, [9]),
    annual("Chicago Marathon", ["Chicago Marathon"], "{year} Chicago Marathon", 1977, [10]),
    # multi-sport games
    held(
        "Commonwealth Games",
        ["Commonwealth Games"],
        "{year} Commonwealth Games",
        {
            "1994": "1994-08/1994-08",
            "1998": "1998-09/1998-09",
            "2002": "2002-07/2002-08",
            "2006": "2006-03/2006-03",
            "2010": "2010-10/2010-10",
            "2014": "2014-07/2014-08",
            "2018": "2018-04/2018-04",
            "2022": "2022-07/2022-08",
            "2026": "2026-07/2026-08",
        },
        short=["Games"],
    ),
    held(
        "Asian Games",
        ["Asian Games"],
        "{year} Asian Games",
        {
            "1994": "1994-10/1994-10",
            "1998": "1998-12/1998-12",
            "2002": "2002-09/2002-10",
            "2006": "2006-12/2006-12",
            "2010": "2010-11/2010-11",
            "2014": "2014-09/2014-10",
            "2018": "2018-08/2018-09",
            "2022": "2023-09/2023-10",
            "2026": "2026-09/2026-10",
        },
        short=["Games"],
    ),
    held(
        "Asian Winter Games",
        ["Asian Winter Games"],
        "{year} Asian Winter Games",
        {"2011": "2011-01/2011-02", "2017": "2017-02/2017-02", "2025": "2025-02/2025-02"},
    ),
    held(
        "Pan American Games",
        ["Pan American Games"],
        "{year} Pan American Games",
        {
            "1995": "1995-03/1995-03",
            "1999": "1999-07/1999-08",
            "2003": "2003-08/2003-08",
            "2007": "2007-07/2007-07",
            "2011": "2011-10/2011-10",
            "2015": "2015-07/2015-07",
            "2019": "2019-07/2019-08",
            "2023": "2023-10/2023-11",
        },
    ),
    # song contests and festivals
    annual(
        "Eurovision Song Contest",
        ["Eurovision Song Contest", "Eurovision"],
        "Eurovision Song Contest {year}",
        1956,
        [5],
        skipped=[2020],
    ),
    annual(
        "Cannes Film Festival",
        ["Cannes Film Festival", "Cannes film festival"],
        "{year} Cannes Film Festival",
        1946,
        [5],
    ),
    annual(
        "Sundance Film Festival",
        ["Sundance Film Festival"],
        "{year} Sundance Film Festival",
        1985,
        [1],
    ),
    annual(
        "Toronto International Film Festival",
        ["Toronto International Film Festival", "Toronto Film Festival"],
        "{year} Toronto International Film Festival",
        1976,
        [9],
    ),
]


def main() -> None:
    """Rewrite the file's series rows and their header comment; keep every other line."""
    out, skipping = [], False
    for line in OUT.read_text(encoding="utf-8").splitlines():
        if line.startswith('// kind "series"'):
            skipping = True  # the series header: dropped to its last comment line
        elif not (skipping and line.startswith("//")):
            skipping = False
        if not skipping and '"kind": "series"' not in line:
            out.append(line)
    text = "\n".join(out) + "\n" + HEADER
    text += "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS)
    OUT.write_text(text, encoding="utf-8")
    print(f"{len(ROWS)} series rows -> {OUT}")


if __name__ == "__main__":
    main()

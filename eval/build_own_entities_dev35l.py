"""Write eval/own-entities-dev35l.jsonl and eval/own-entities-dev35l-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for PLACES THAT OPEN A LINE OR A SENTENCE
(issue 13 items 5 and 7, session 35, linestart22).

The family: a one-word (or two-word) place the gazetteer knows (a country, a first-level
subdivision, a town of some size) that opens a sentence, a paragraph, a table row or a bullet,
followed by a verb, a figure, a colon or a list joint ("It was hot. Lahore recorded 45 degrees",
"Punjab 12.5 mm" as a table row, "- Gauteng: 1,200 cases"), which NER leaves untagged.
Cases that must stay: an English word or a given name or surname that opens a sentence or a
line ("Nice weather", "Mobile phone sales", "Bath water", "Reading", "Victoria said",
"Jackson scored"), a place that is the first word of a longer name ("Lahore Qalandars won").
Written for briefx by hand (session 35); real places, invented or approximate figures. Annotated
by ``shared/eval/ANNOTATION.md`` before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]`` (the English Wikipedia title: "Punjab, Pakistan", "Volta
Region"; the titles were added after a first dev run showed a bare one, before the check part
was scored).
``entity_marks`` turns the marks into offsets and checks every span. The CHECK cases go to the
check file: scored only once, at the end of the session.
Run from the project root: ``python eval/build_own_entities_dev35l.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev35l.jsonl"
OUT_CHECK = HERE / "own-entities-dev35l-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 35l, issue 13 places that open a line); weather, "
    "floods, elections, case counts, wire datelines; real places, invented figures; MIT."
)

CASES = [
    (
        "own-ent35l-01",
        "2025-06-02",
        (
            "Temperatures climbed across [[Pakistan|GPE]] on Monday. It was the hottest day of the "
            "year. [[Lahore|GPE]] recorded 45 degrees and [[Multan|GPE]] 47, the weather office said.\n"
        ),
    ),
    (
        "own-ent35l-02",
        "2025-07-14",
        (
            "Rainfall by province:\n[[Punjab|GPE|Punjab, Pakistan]] 12.5 mm\n[[Sindh|GPE]] 3.1 mm\n"
            "[[Balochistan|GPE]] 0.4 mm\n"
        ),
    ),
    (
        "own-ent35l-03",
        "2025-03-20",
        (
            "New cases in the week to Sunday:\n- [[Gauteng|GPE]]: 1,200 cases\n"
            "- [[Limpopo|GPE]]: 300 cases\n- [[Mpumalanga|GPE]]: 210 cases\n"
        ),
    ),
    (
        "own-ent35l-04",
        "2025-09-08",
        (
            "The race was on Sunday. [[Galway|GPE]] hosted it for the third year, and 4,000 runners "
            "took part.\n"
        ),
    ),
    (
        "own-ent35l-05",
        "2025-02-11",
        (
            "Floods closed roads in the north on Tuesday.\n\n[[Kelantan|GPE]] was worst hit, with "
            "12,000 people in relief centres. [[Terengganu|GPE]] reported 3,400 evacuees.\n"
        ),
    ),
    (
        "own-ent35l-06",
        "2025-05-27",
        (
            "Results by region (seats won):\n[[Ashanti|GPE|Ashanti Region]]: 31\n[[Volta|GPE|Volta Region]]: 18\n"
            "[[Northern|GPE|Northern Region, Ghana]]: 12\n"
        ),
    ),
    (
        "own-ent35l-07",
        "2025-08-19",
        (
            "Nice weather returned on Monday after a week of storms. Mobile phone networks were back "
            "by noon, the operator said.\n"
        ),
    ),
    (
        "own-ent35l-08",
        "2025-10-03",
        (
            "[[Reading|ORG]] won 2-1 at home on Saturday. [[Jackson|PERSON]] scored twice before the "
            "break.\n"
        ),
    ),
    (
        "own-ent35l-09",
        "2025-01-15",
        (
            "[[Kerala|GPE]] recorded 210 mm of rain in 24 hours, the heaviest since 2018. Schools in "
            "[[Kochi|GPE]] were shut.\n"
        ),
    ),
    (
        "own-ent35l-10",
        "2025-11-22",
        (
            "Voter turnout by state:\n- [[Bihar|GPE]] 58.2%\n- [[Odisha|GPE]] 61.0%\n"
            "- [[Jharkhand|GPE]] 55.4%\n"
        ),
    ),
    (
        "own-ent35l-11",
        "2025-04-09",
        (
            "Power returned to most homes by Wednesday. [[Cebu|GPE]] and [[Bohol|GPE]] still had "
            "outages, the grid operator said.\n"
        ),
    ),
    (
        "own-ent35l-12",
        "2025-06-30",
        (
            "Bath water restrictions stay in place until September, the utility said. Supplies fell "
            "by a fifth in June.\n"
        ),
    ),
    (
        "own-ent35l-13",
        "2025-12-01",
        (
            "Snow fell overnight.\n[[Hokkaido|GPE]]: 60 cm in places\n[[Aomori|GPE|Aomori Prefecture]]: 45 cm\n"
            "Trains were halted for hours.\n"
        ),
    ),
    (
        "own-ent35l-14",
        "2025-08-05",
        (
            "[[Victoria|PERSON]] said she would step down after the vote. The party will pick a new "
            "leader in October.\n"
        ),
    ),
    (
        "own-ent35l-15",
        "2025-03-03",
        (
            "Cholera cases rose again last week. [[Zambia|GPE]] reported 840 new cases and 12 deaths, "
            "the health ministry said.\n"
        ),
    ),
    (
        "own-ent35l-16",
        "2025-09-14",
        (
            "The [[Lahore Qalandars|ORG]] won the final by six wickets. Fans celebrated late into the "
            "night.\n"
        ),
    ),
    (
        "own-ent35l-17",
        "2025-07-01",
        (
            "Wheat output fell this season.\n[[Haryana|GPE]] harvested 10.2 million tonnes, down 4%. "
            "Farmers blamed the heat.\n"
        ),
    ),
    (
        "own-ent35l-18",
        "2025-05-05",
        "Quake damage, by district:\n* [[Gorkha|GPE|Gorkha District]]: 310 homes\n* [[Dhading|GPE|Dhading District]]: 120 homes\n",
    ),
]

CHECK = [
    (
        "own-ent35l-c1",
        "2025-06-18",
        (
            "A heatwave gripped the south. [[Karachi|GPE]] recorded 42 degrees on Tuesday, and "
            "hospitals treated 300 people for heatstroke.\n"
        ),
    ),
    (
        "own-ent35l-c2",
        "2025-02-24",
        ("Seats won, by province:\n[[Ontario|GPE]] 74\n[[Quebec|GPE]] 44\n[[Alberta|GPE]] 34\n"),
    ),
    (
        "own-ent35l-c3",
        "2025-10-12",
        "Dengue cases this year:\n- [[Selangor|GPE]]: 18,400\n- [[Johor|GPE]]: 6,100\n",
    ),
    (
        "own-ent35l-c4",
        "2025-04-28",
        (
            "Mobile coverage reached 96% of homes last year. Nice gains came in rural areas, the "
            "regulator said.\n"
        ),
    ),
    (
        "own-ent35l-c5",
        "2025-08-26",
        (
            "The storm made landfall on Friday.\n\n[[Quintana Roo|GPE]] was hit hardest, with winds of "
            "180 km/h. [[Yucatán|GPE]] reported flooding in 14 towns.\n"
        ),
    ),
    (
        "own-ent35l-c6",
        "2025-11-03",
        "[[Jackson|PERSON]] said the club would appeal the ban. [[Reading|ORG]] lost 1-0.\n",
    ),
    (
        "own-ent35l-c7",
        "2025-09-30",
        (
            "Grape harvests were down. [[Mendoza|GPE|Mendoza Province]] picked 1.1 million tonnes, its lowest in a "
            "decade, the institute said.\n"
        ),
    ),
    (
        "own-ent35l-c8",
        "2025-01-09",
        "Turnout by region:\n[[Tigray|GPE|Tigray Region]] 41%\n[[Amhara|GPE|Amhara Region]] 63%\n[[Oromia|GPE|Oromia Region]] 67%\n",
    ),
    (
        "own-ent35l-c9",
        "2025-07-21",
        (
            "Rescue teams reached the valley on Sunday. [[Sichuan|GPE]] and [[Yunnan|GPE]] sent 800 "
            "soldiers, state media said.\n"
        ),
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

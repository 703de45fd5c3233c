"""Write eval/own-entities-dev36o.jsonl and eval/own-entities-dev36o-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for BODIES AND FIRMS THAT OPEN A LINE
(issue 13 items 1 and 5, session 36, linestart23).

The family: a body's or a firm's name of several capitalised words that opens a paragraph, a
headline, an agenda line, a bullet or a table row ("Public Accounts Committee — report on ...",
"* Ridgeline Defense Technologies, Huntsville, Alabama, was awarded ...", "Supreme Court upholds
fuel levy"), which NER misses, cuts, or which the heading rules drop; and NORP words opening a
line. Cases that must stay: capitalised common words opening a line ("Summary", "Drought
conditions worsened", "Results by company:", "Levies rose", "Renewable Energy: 34%"), headings
and labels of fields ("Contact:", "Notes to editors").
Written for briefx by hand (session 36); invented bodies and firms (real places, real courts),
invented figures. Annotated by ``shared/eval/ANNOTATION.md`` before briefx was run on any of
them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. ``entity_marks`` turns the marks
into offsets and checks every span. The CHECK cases go to the check file: scored only once, at
the end of the session.
Run from the project root: ``python eval/build_own_entities_dev36o.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev36o.jsonl"
OUT_CHECK = HERE / "own-entities-dev36o-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 36o, issue 13 bodies and firms that open a line); "
    "releases, headlines, agendas, award lists, results tables; invented bodies and figures; MIT."
)

CASES = [
    (
        "own-ent36o-01",
        "2026-03-02",
        (
            "Signal failures hit the morning commute.\n\n[[Harbourline Rail|ORG]], which manages "
            "the track, said repairs would take three weeks.\n"
        ),
    ),
    (
        "own-ent36o-02",
        "2026-05-11",
        (
            "[[Supreme Court|ORG]] upholds fuel levy; drivers protest\n\nHauliers blocked two "
            "motorways on Monday after the ruling.\n"
        ),
    ),
    (
        "own-ent36o-03",
        "2026-11-03",
        (
            "Committee hearings this month:\n"
            "[[Transport and Infrastructure Committee|ORG]] — hearing on rail fares, 12 November\n"
            "[[Public Accounts Committee|ORG]] — report on road funding, 19 November\n"
            "[[Home Affairs Committee|ORG]] — evidence session on border checks, 26 November\n"
        ),
    ),
    (
        "own-ent36o-04",
        "2026-06-30",
        (
            "Contracts awarded this week:\n"
            "* [[Ridgeline Defense Technologies|ORG]], [[Huntsville|GPE|Huntsville, Alabama]], "
            "[[Alabama|GPE]], was awarded $12 million for radar spares.\n"
            "* [[Corvane Marine Systems|ORG]], [[Norfolk|GPE|Norfolk, Virginia]], "
            "[[Virginia|GPE]], was awarded $8.4 million for hull repairs.\n"
        ),
    ),
    (
        "own-ent36o-05",
        "2026-02-27",
        (
            "Results by company:\n[[Halvern Energy Holdings|ORG]]: profit up 8%\n"
            "[[Brightwell Foods Group|ORG]]: profit down 3%\n"
        ),
    ),
    (
        "own-ent36o-06",
        "2026-04-14",
        (
            "Summary\n\nDrought conditions worsened in the south in March. Levies rose on water "
            "use, and reservoirs stood at 41% of capacity.\n"
        ),
    ),
    (
        "own-ent36o-07",
        "2026-09-09",
        (
            "[[Marlow Valley Water Authority|ORG]] said on Tuesday that a hosepipe ban would stay "
            "in force until October.\n"
        ),
    ),
    (
        "own-ent36o-08",
        "2026-01-20",
        (
            "Grants announced today:\n- [[Eastbrook Community Foundation|ORG]]: £250,000\n"
            "- [[Calder Youth Trust|ORG]]: £120,000\n- [[Northmoor Arts Council|ORG]]: £90,000\n"
        ),
    ),
    (
        "own-ent36o-09",
        "2026-07-07",
        (
            "Generation mix last quarter:\nRenewable Energy: 34%\nNatural Gas: 38%\n"
            "Nuclear Power: 15%\n"
        ),
    ),
    (
        "own-ent36o-10",
        "2026-10-15",
        (
            "[[Court of Appeal|ORG]] clears way for airport expansion\n\nCampaigners said they "
            "would take the case further.\n"
        ),
    ),
    (
        "own-ent36o-11",
        "2026-08-18",
        (
            "Contact:\nPress office, 020 7946 0000\n\nNotes to editors\n"
            "[[Fernleigh Housing Association|ORG]] manages 12,000 homes in the north west.\n"
        ),
    ),
    (
        "own-ent36o-12",
        "2026-03-25",
        (
            "[[Ostrava Metals Group|ORG]] cut 600 jobs on Wednesday. Unions said the plant had "
            "been losing money for two years.\n"
        ),
    ),
    (
        "own-ent36o-13",
        "2026-12-01",
        (
            "Agenda for the week:\n"
            "[[Environmental Audit Committee|ORG]] — session on river pollution, 2 December\n"
            "[[Treasury Committee|ORG]] — hearing with the regulator, 3 December\n"
        ),
    ),
    (
        "own-ent36o-14",
        "2026-05-05",
        (
            "Winners of the export awards:\n"
            "• [[Pennant Robotics|ORG]], [[Leeds|GPE]], for its warehouse arms\n"
            "• [[Saltmarsh Therapeutics|ORG]], [[Dundee|GPE]], for a wound dressing\n"
        ),
    ),
    (
        "own-ent36o-15",
        "2026-06-16",
        (
            "Levies rose again in May.\n\nFuel prices climbed 4% over the month, the highest "
            "since 2024.\n"
        ),
    ),
    (
        "own-ent36o-16",
        "2026-09-28",
        ("[[Kestrel Airways|ORG]] said it would add 14 routes next summer. Its shares rose 2%.\n"),
    ),
    (
        "own-ent36o-17",
        "2026-02-03",
        (
            "[[Competition Tribunal|ORG]] fines cement makers\n\nThree producers were fined a "
            "total of $40 million for fixing prices.\n"
        ),
    ),
    (
        "own-ent36o-18",
        "2026-11-19",
        ("Key dates\nConsultation opens: 1 December\nConsultation closes: 28 February\n"),
    ),
    (
        "own-ent36o-19",
        "2026-04-29",
        (
            "Orders by supplier:\n[[Tavistock Aerospace|ORG]]: 42 engines\n"
            "[[Quillon Logistics|ORG]]: 18 trucks\n"
        ),
    ),
    (
        "own-ent36o-20",
        "2026-07-22",
        (
            "[[Greens|NORP|Green]] call for a tax on private jets\n\nThe party said the levy "
            "would raise £1 billion a year.\n"
        ),
    ),
    (
        "own-ent36o-21",
        "2026-10-06",
        (
            "Pay offers by employer:\n- [[Westgate Health Board|ORG]]: 3.5%\n"
            "- [[Riverside Ambulance Service|ORG]]: 4%\n"
        ),
    ),
]

CHECK = [
    (
        "own-ent36o-c1",
        "2026-03-09",
        (
            "Flooding closed the line on Sunday.\n\n[[Dunmore Valley Railways|ORG]], which runs "
            "the route, said buses would replace trains until Friday.\n"
        ),
    ),
    (
        "own-ent36o-c2",
        "2026-05-18",
        (
            "[[High Court|ORG]] blocks sale of river land\n\nThe council had agreed the sale in "
            "March.\n"
        ),
    ),
    (
        "own-ent36o-c3",
        "2026-11-10",
        (
            "This week in committee:\n"
            "[[Work and Pensions Committee|ORG]] — hearing on benefit delays, 11 November\n"
            "[[Health and Social Care Committee|ORG]] — report on waiting lists, 13 November\n"
        ),
    ),
    (
        "own-ent36o-c4",
        "2026-08-04",
        (
            "Awards:\n* [[Bramblecote Software|ORG]], [[Austin|GPE|Austin, Texas]], "
            "[[Texas|GPE]], was awarded $3.1 million for a records system.\n"
            "* [[Ironvale Shipping|ORG]], [[Mobile|GPE|Mobile, Alabama]], [[Alabama|GPE]], "
            "was awarded $5.6 million for barge hire.\n"
        ),
    ),
    (
        "own-ent36o-c5",
        "2026-02-12",
        (
            "Half-year results:\n[[Caldwell Mining Resources|ORG]]: revenue up 11%\n"
            "[[Orchard Lane Insurance|ORG]]: revenue down 2%\n"
        ),
    ),
    (
        "own-ent36o-c6",
        "2026-04-21",
        (
            "Overview\n\nHeavy rain fell across the region in April. Prices rose on fresh "
            "produce, and harvests were late.\n"
        ),
    ),
    (
        "own-ent36o-c7",
        "2026-09-15",
        (
            "[[Lowfield Drainage Board|ORG]] said on Monday that pumps had run day and night "
            "since the storm.\n"
        ),
    ),
    (
        "own-ent36o-c8",
        "2026-07-14",
        ("Output by source:\nWind Power: 29%\nCoal: 6%\nSolar Energy: 9%\n"),
    ),
    (
        "own-ent36o-c9",
        "2026-06-02",
        (
            "Funding round:\n- [[Highfold Heritage Trust|ORG]]: £75,000\n"
            "- [[Ashcombe Music Foundation|ORG]]: £60,000\n"
        ),
    ),
    (
        "own-ent36o-c10",
        "2026-10-27",
        (
            "[[Employment Tribunal|ORG]] backs drivers over holiday pay\n\nThe union said 2,000 "
            "members would benefit.\n"
        ),
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

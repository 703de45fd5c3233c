"""Write eval/own-entities-dev35v.jsonl and eval/own-entities-dev35v-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for the types of facilities and of the
bodies that run them (issue 13 item 6, session 35, venues22).

The convention (ANNOTATION.md "Entities", OntoNotes FAC/ORG; written down in eval/README.md's
venues22 section from the opened sets' gold):
- airports, ports, stadiums, arenas, plants, mines, bridges and dams are FAC in every role,
  also where the name is the subject of a verb ("X Airport cancelled 40 flights", "the Port
  of X handled 3% more containers", "X Airport said"); a person of it ("an X Airport
  spokesman", "the Port of X's chief executive") makes that mention the body, ORG; the body
  named as such ("X Port Authority", the operating company) is ORG;
- hospitals, universities and museums are the body where the mention acts (says, announces,
  employs, is quoted, people of it are named: ORG) and the place where it is one (taken to,
  broke into, visitors to, outside: FAC);
- a town named "Port X" is a GPE.
Written for briefx by hand (session 35); real countries and cities as context, invented
facilities, bodies, firms, people and figures. Annotated by ``shared/eval/ANNOTATION.md``
inline while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. The CHECK cases go to the check file: scored only once, at
the end of a session. Run from the project root: ``python eval/build_own_entities_dev35v.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev35v.jsonl"
OUT_CHECK = HERE / "own-entities-dev35v-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 35v, issue 13 item 6: facilities and the bodies "
    "that run them); airport, port, stadium, museum, hospital, plant, mine, bridge and dam "
    "news; real countries and cities, invented facilities, bodies, firms, people and figures; "
    "MIT."
)

CASES = [
    (
        "own-ent35v-01",
        "2026-03-02",
        "[[Varden Airport|FAC]] cancelled 38 flights on Monday after snow closed its only "
        "runway. [[Varden Airport|FAC]] said it expected to reopen by noon, and [[Nordwing|ORG]] "
        "moved its departures to [[Oslo|GPE]].\n",
    ),
    (
        "own-ent35v-02",
        "2026-05-14",
        "The [[Port of Kelmarsh|FAC]] handled a record 2.8 million containers in April. "
        "Ships waited two days outside the [[Port of Kelmarsh|FAC]], and the [[Kelmarsh Port "
        "Authority|ORG]] said a new berth would open in June.\n",
    ),
    (
        "own-ent35v-03",
        "2026-09-07",
        "[[Harrowgate Stadium|FAC]] was sold out for the derby on Saturday. "
        "[[Harrowgate Stadium|FAC]] will host the cup final in May, the league said.\n",
    ),
    (
        "own-ent35v-04",
        "2026-01-20",
        "Staff at the [[Museum of Coastal Life|ORG]] walked out over pay on Tuesday. The "
        "[[Museum of Coastal Life|ORG]] said it would stay open with volunteers.\n",
    ),
    (
        "own-ent35v-05",
        "2026-04-11",
        "Four people were taken to [[Saint Brannoc's Hospital|FAC]] after a gas leak in "
        "[[Truro|GPE]]. [[Saint Brannoc's Hospital|ORG]] said two had been discharged.\n",
    ),
    (
        "own-ent35v-06",
        "2026-06-03",
        "The [[Merrow Bridge|FAC]] was closed to lorries for a week after inspectors found "
        "cracks in a pier. [[Calder Highways|ORG]] said repairs would cost £4 million.\n",
    ),
    (
        "own-ent35v-07",
        "2026-11-18",
        "Output at the [[Tarrant Ridge|FAC]] copper mine fell 9% in the third quarter, its "
        "owner [[Ostrava Metals|ORG]] said on Wednesday.\n",
    ),
    (
        "own-ent35v-08",
        "2026-02-25",
        "[[Lindqvist Arena|FAC]] hosted 14,000 fans for the final. The [[Lindqvist Arena|FAC]] "
        "roof was closed because of rain.\n",
    ),
    (
        "own-ent35v-09",
        "2026-07-09",
        "[[Kestrel Valley University|ORG]] announced 300 job cuts on Thursday. Students marched "
        "from the city centre to [[Kestrel Valley University|FAC]] in protest.\n",
    ),
    (
        "own-ent35v-10",
        "2026-08-16",
        "Passenger numbers at [[Corran International Airport|FAC]] rose 6% in July, and "
        "[[Corran International Airport|FAC]] said it would add a second terminal by 2030.\n",
    ),
    (
        "own-ent35v-11",
        "2026-10-01",
        "The [[Port of Saltmere|FAC]] said volumes fell 4% in September as two shipping lines "
        "moved to [[Rotterdam|GPE]].\n",
    ),
    (
        "own-ent35v-12",
        "2026-03-27",
        "Thieves broke into the [[Greaves Gallery|FAC]] overnight and took a Dutch landscape. "
        "The [[Greaves Gallery|ORG]] said the painting was insured.\n",
    ),
    (
        "own-ent35v-13",
        "2026-05-30",
        "The [[Halden Dam|FAC]] released water for a third day, and [[Halden Hydro|ORG]] said "
        "the reservoir was 96% full.\n",
    ),
    (
        "own-ent35v-14",
        "2026-12-02",
        "A [[Pellworth Airport|ORG]] spokeswoman said the baggage system had failed twice. "
        "Queues at [[Pellworth Airport|FAC]] stretched outside the terminal.\n",
    ),
    (
        "own-ent35v-15",
        "2026-04-22",
        "[[Draycott Stadium|FAC]] will be rebuilt with 60,000 seats, [[Draycott Rovers|ORG]] "
        "said on Wednesday.\n",
    ),
    (
        "own-ent35v-16",
        "2026-09-19",
        "Doctors at [[Eastfield General Hospital|ORG]] warned of long waits. Ambulances queued "
        "outside [[Eastfield General Hospital|FAC]] for six hours on Friday.\n",
    ),
    (
        "own-ent35v-17",
        "2026-06-28",
        "The [[Ardmore Power Station|FAC]] will close in 2029, its operator [[Westgrid "
        "Energy|ORG]] said. The [[Ardmore Power Station|FAC]] employs 420 people.\n",
    ),
    (
        "own-ent35v-18",
        "2026-08-05",
        "Ferries left [[Port Elling|GPE]] on time on Wednesday, and the [[Port of "
        "Dunmore|FAC]] reopened after a strike.\n",
    ),
]

CHECK = [
    (
        "own-ent35v-c1",
        "2026-02-08",
        "[[Marrick Airport|FAC]] handled 11 million passengers last year. [[Marrick "
        "Airport|FAC]] said a new runway would open in 2028.\n",
    ),
    (
        "own-ent35v-c2",
        "2026-07-15",
        "The [[Port of Breyton|FAC]] said congestion eased in June. Cranes at the [[Port of "
        "Breyton|FAC]] were idle for a day during a strike.\n",
    ),
    (
        "own-ent35v-c3",
        "2026-10-24",
        "The [[Museum of River Trades|ORG]] said it would lend two boats to [[Glasgow|GPE]]. "
        "Visitors to the [[Museum of River Trades|FAC]] rose 8% last year.\n",
    ),
    (
        "own-ent35v-c4",
        "2026-03-11",
        "[[Ferrand Park Stadium|FAC]] hosted its last match before demolition on Sunday. The "
        "club will play at [[Ferrand Park Stadium|FAC]]'s replacement from 2028.\n",
    ),
    (
        "own-ent35v-c5",
        "2026-05-06",
        "Nurses at [[Holloway Cross Hospital|ORG]] voted to strike. Patients were moved from "
        "[[Holloway Cross Hospital|FAC]] to a clinic in [[Leeds|GPE]].\n",
    ),
    (
        "own-ent35v-c6",
        "2026-09-02",
        "The [[Kessel Bay Bridge|FAC]] reopened to traffic on Tuesday, [[Kessel Bay "
        "Council|ORG]] said.\n",
    ),
    (
        "own-ent35v-c7",
        "2026-11-09",
        "The [[Orrin Valley Arena|FAC]] sold out in four minutes, and [[Orrin Valley "
        "Arena|FAC]] added a second night.\n",
    ),
    (
        "own-ent35v-c8",
        "2026-04-30",
        "[[Brackwater University|ORG]] said it would close its music school. A lecturer at "
        "[[Brackwater University|ORG]] called the decision short-sighted.\n",
    ),
    (
        "own-ent35v-c9",
        "2026-12-14",
        "[[Lowmoor Airport|FAC]] closed for two hours after a drone sighting, and [[Lowmoor "
        "Airport|FAC]] said flights had resumed.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

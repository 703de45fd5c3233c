"""Write eval/own-entities-dev36t.jsonl and eval/own-entities-dev36t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for towns English Wikipedia titles
"Town, Region" (issue 13 item 7, session 36, towns23).

The families (ANNOTATION.md "Entities": the name is the English Wikipedia title):
- a U.S. town AP does not let stand alone, named bare in a text about the U.S. (WP:USPLACE:
  "City, State"): "Santa Monica" -> "Santa Monica, California";
- towns of Canada, Australia, the Philippines, Japan, Brazil, Italy and Portugal named bare
  in wire copy of their country, titled as the country's naming convention titles them:
  "Town, Province" where the convention or a shared name asks for it ("Onagawa, Miyagi",
  "Legazpi, Albay", "Santos, São Paulo", "Syracuse, Sicily", "Mora, Portugal"), bare where
  the convention titles the town alone ("Kamloops", "Bendigo", "Tacloban", "Campinas");
- near them, names that must stay: capitals and big cities named alone ("Paris" meaning
  France's, "Toronto", "Osaka", "Denver"), a town whose region the text does not settle.
Written for briefx by hand (session 36): real places, invented events and people. Annotated by
``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. Case n with n % 3 == 0 goes to the
check file: scored only once, at the end of the session. Run from the project root:
``python eval/build_own_entities_dev36t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev36t.jsonl"
OUT_CHECK = HERE / "own-entities-dev36t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 36t, issue 13 towns titled with their region); wire "
    "datelines, weather, disaster, police, port and business copy; real places, invented "
    "events; MIT."
)

TEXTS = [
    # 1
    "A magnitude 4.2 earthquake rattled [[Santa Monica|GPE|Santa Monica, California]] on "
    "Tuesday morning, the [[U.S. Geological Survey|ORG|United States Geological Survey]] "
    "said. No damage was reported.\n",
    # 2
    "[[FLAGSTAFF|GPE|Flagstaff, Arizona]], [[Ariz.|GPE|Arizona]] - A wildfire north of the "
    "city grew to 3,000 acres overnight, forcing the closure of a highway.\n",
    # 3
    "[[DENVER|GPE|Denver]] - Snow closed schools across the metro area on Wednesday, and "
    "flights at the airport were delayed by up to three hours.\n",
    # 4
    "Police in [[Boise|GPE|Boise, Idaho]] arrested two men after a break-in at a pharmacy, "
    "the [[U.S.|GPE|United States]] attorney's office said.\n",
    # 5
    "[[KAMLOOPS|GPE|Kamloops]], [[British Columbia|GPE]] - Evacuation orders were lifted for "
    "300 homes as crews contained a wildfire west of the city.\n",
    # 6
    "Flooding in [[London|GPE|London, Ontario]], [[Ontario|GPE]], forced the closure of two "
    "bridges over the [[Thames River|LOC|Thames River (Ontario)]] on Monday.\n",
    # 7
    "[[TORONTO|GPE|Toronto]] - Transit workers voted to accept a new contract on Sunday, "
    "ending the threat of a strike before the holidays.\n",
    # 8
    "A gold miner said it would reopen a shaft near [[Bendigo|GPE]], in [[Victoria|GPE|"
    "Victoria (state)]], after a two-year closure, adding 150 jobs.\n",
    # 9
    "[[LAUNCESTON|GPE|Launceston, Tasmania]], [[Tasmania|GPE]] - A storm cut power to 12,000 "
    "homes in the state's north on Thursday night.\n",
    # 10
    "Heavy rain flooded streets in [[Newcastle|GPE|Newcastle, New South Wales]], "
    "[[New South Wales|GPE]], and the coal port halted loading for a day.\n",
    # 11
    "[[SYDNEY|GPE|Sydney]] - The state government said it would spend A$400 million on new "
    "ferries for the harbour over five years.\n",
    # 12
    "[[LEGAZPI|GPE|Legazpi, Albay]], [[Philippines|GPE]] - Thousands of villagers were "
    "evacuated as ash rose from the [[Mayon|LOC|Mayon]] volcano on Friday.\n",
    # 13
    "A typhoon made landfall near [[Virac|GPE|Virac, Catanduanes]] in [[Catanduanes|GPE]] "
    "province, tearing roofs from homes, provincial officials said.\n",
    # 14
    "[[TACLOBAN|GPE|Tacloban]], [[Philippines|GPE]] - Fishermen were barred from going to sea "
    "as a storm approached the eastern coast.\n",
    # 15
    "[[ONAGAWA|GPE|Onagawa, Miyagi]], [[Japan|GPE]] - The nuclear plant's operator said on "
    "Tuesday it had finished safety work on the second reactor.\n",
    # 16
    "A tsunami advisory was issued for the coast near [[Ōtsuchi|GPE|Ōtsuchi, Iwate]], in "
    "[[Iwate Prefecture|GPE]], after a magnitude 6.1 quake offshore.\n",
    # 17
    "[[OSAKA|GPE|Osaka]] - Department store sales rose 4% in November as foreign visitors "
    "returned, an industry group said.\n",
    # 18
    "[[SANTOS|GPE|Santos, São Paulo]], [[Brazil|GPE]] - Soybean exports through the port "
    "rose 12% in October from a year earlier, the port authority said.\n",
    # 19
    "[[Mariana|GPE|Mariana, Minas Gerais]], in [[Minas Gerais|GPE]] state, marked ten years "
    "since the dam collapse with a march on Thursday.\n",
    # 20
    "[[CAMPINAS|GPE|Campinas]], [[Brazil|GPE]] - A chipmaker opened a design centre in the "
    "city, hiring 200 engineers.\n",
    # 21
    "[[SYRACUSE|GPE|Syracuse, Sicily]], [[Italy|GPE]] - Coast guard vessels brought 140 "
    "migrants ashore on Sunday after a rescue off the island.\n",
    # 22
    "Wine growers near [[Alba|GPE|Alba, Piedmont]], in [[Piedmont|GPE]], said the truffle "
    "harvest was the smallest in a decade after a dry summer.\n",
    # 23
    "[[ROME|GPE|Rome]] - The government approved a budget bill on Monday that trims the "
    "deficit to 2.8% of output next year.\n",
    # 24
    "[[MORA|GPE|Mora, Portugal]], [[Portugal|GPE]] - Firefighters brought a brush fire under "
    "control after it burned 900 hectares of cork oak.\n",
    # 25
    "A solar farm near [[Lagos|GPE|Lagos, Portugal]], in [[Portugal|GPE]]'s [[Algarve|LOC]], "
    "was approved by the environment agency on Wednesday.\n",
    # 26
    "[[LISBON|GPE|Lisbon]] - Consumer prices rose 2.1% in November from a year earlier, the "
    "statistics institute said.\n",
    # 27
    "[[PARIS|GPE|Paris]] - Rail workers walked out on Thursday, halting half of the "
    "high-speed trains between the capital and [[Lyon|GPE]].\n",
    # 28
    "The mayor of [[Springfield|GPE]] said the town would not raise property taxes next "
    "year, despite rising costs.\n",
    # 29
    "[[MONCTON|GPE|Moncton]], [[New Brunswick|GPE]] - A food processor said it would close a "
    "plant in the city and cut 180 jobs.\n",
    # 30
    "[[PASADENA|GPE|Pasadena, California]], [[Calif.|GPE|California]] - A rover team said on "
    "Friday it had lost contact with a test vehicle during a desert trial.\n",
]

DATES = ["2026-11-03", "2026-10-14", "2026-09-22", "2026-08-05", "2026-07-19"]
CASES = [
    (f"own-ent36t-{n:02d}", DATES[n % len(DATES)], t)
    for n, t in enumerate(TEXTS, 1)
    if n % 3 != 0
]
CHECK = [
    (f"own-ent36t-c{n:02d}", DATES[n % len(DATES)], t)
    for n, t in enumerate(TEXTS, 1)
    if n % 3 == 0
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

"""Write eval/own-entities-dev34w.jsonl and eval/own-entities-dev34w-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for towns that share their name with
other places (issue 13, session 34, towns21).

The families (ANNOTATION.md "Entities": the name is the English Wikipedia title):
- a shared town name written with its country, state or province right after it ("Kingston,
  Jamaica"), or bare where its sentence, its paragraph or its dateline names the country or a
  region of it ("Hamilton" beside "Waikato"): the title English Wikipedia gives that town
  ("Kingston, Jamaica", "Hamilton, New Zealand");
- the same, in a text that also names a U.S. state for another story: the state does not
  rename a town abroad;
- U.S. towns written with their state or under a dateline of the state ("SALEM, Ore."):
  "Town, State";
- near them, names that must stay: a town that is its name's primary topic ("Perth",
  "Wellington", "Paris"), a town whose name no other place bears, a name with no evidence.
Written for briefx by hand (session 34): real places, invented events and people. Annotated by
``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. Case n with n % 3 == 0 goes to the
check file: scored only once, at the end of the session. Run from the project root:
``python eval/build_own_entities_dev34w.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev34w.jsonl"
OUT_CHECK = HERE / "own-entities-dev34w-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 34w, issue 13 shared town names); weather, disaster, "
    "police, election, sport and business copy; real places, invented events; MIT."
)

TEXTS = [
    # 1
    "Flooding closed roads in [[Hamilton|GPE|Hamilton, New Zealand]] on Tuesday, "
    "[[Waikato Regional Council|ORG]] said. Crews in [[Texas|GPE]] were still clearing "
    "storm damage from last week.\n",
    # 2
    "Police in [[Kingston|GPE|Kingston, Jamaica]], [[Jamaica|GPE]], said two people died "
    "when a bus left the road. Separately, officials in [[Ohio|GPE]] reported a tornado.\n",
    # 3
    "In [[Georgetown|GPE|Georgetown, Guyana]], [[Guyana|GPE]]'s capital, heavy rain flooded "
    "the market district for a second day.\n",
    # 4
    "Officials in [[Perth|GPE]] warned of a heatwave, while the mayor of "
    "[[Springfield|GPE|Springfield, Illinois]], [[Illinois|GPE]], said the city had sent help "
    "to flooded towns.\n",
    # 5
    "[[SALEM|GPE|Salem, Oregon]], [[Ore.|GPE|Oregon]] - The state Senate passed a housing bill "
    "on Thursday after a long debate.\n",
    # 6
    "Voters in [[Victoria|GPE|Victoria, British Columbia]], [[British Columbia|GPE]], "
    "re-elected their mayor on Saturday, while turnout in [[Nanaimo|GPE]] fell.\n",
    # 7
    "A magnitude 5.1 earthquake shook [[Wellington|GPE]] on Monday. No damage was reported "
    "in [[Hamilton|GPE|Hamilton, New Zealand]] or [[Tauranga|GPE]], [[New Zealand|GPE]]'s "
    "emergency agency said.\n",
    # 8
    "Fire crews in [[Hamilton|GPE|Hamilton, Ontario]], [[Ontario|GPE]], fought a warehouse "
    "blaze overnight. In [[Michigan|GPE]], ice storms cut power to thousands.\n",
    # 9
    "[[Guyana|GPE]]'s election commission said counting in [[Georgetown|GPE|Georgetown, "
    "Guyana]] and [[Linden|GPE|Linden, Guyana]] would finish by Friday.\n",
    # 10
    "[[Jamaica|GPE]] beat [[Trinidad and Tobago|GPE]] 2-0 in [[Kingston|GPE|Kingston, "
    "Jamaica]] on Sunday. In [[Florida|GPE]], the hurricane season ended quietly.\n",
    # 11
    "Police in [[Salem|GPE|Salem, Tamil Nadu]], [[Tamil Nadu|GPE]], arrested three men over "
    "a bank robbery, while [[Chennai|GPE]] police searched for a fourth.\n",
    # 12
    "A bus strike in [[Perth|GPE|Perth, Scotland]], [[Scotland|GPE]], entered its third day. "
    "Drivers in [[Dundee|GPE]] joined the walkout on Wednesday.\n",
    # 13
    "[[Richmond|GPE|Richmond, British Columbia]], [[British Columbia|GPE]], council approved "
    "a new flood wall, and [[Vancouver|GPE]] said it would follow.\n",
    # 14
    "Snow closed schools in [[Kingston|GPE|Kingston, Ontario]] and [[Ottawa|GPE]] on "
    "Tuesday, [[Ontario|GPE]]'s education ministry said. Schools in [[Vermont|GPE]] stayed "
    "open.\n",
    # 15
    "[[PORTLAND|GPE|Portland, Oregon]], [[Ore.|GPE|Oregon]] - The city council voted to "
    "raise parking fees. Council members in [[Salem|GPE|Salem, Oregon]] are weighing a "
    "similar plan.\n",
    # 16
    "Storms battered [[Launceston|GPE|Launceston, Tasmania]] in [[Tasmania|GPE]] on "
    "Thursday, and flights from [[Hobart|GPE]] were cancelled.\n",
    # 17
    "A fire destroyed a school in [[Victoria|GPE|Victoria, Seychelles]], [[Seychelles|GPE]], "
    "police said. No one was hurt.\n",
    # 18
    "The [[Mombasa|GPE]] port handled record cargo in October, the [[Kenya Ports "
    "Authority|ORG]] said, while traffic through [[Kisumu|GPE]] fell.\n",
    # 19
    "[[Paris|GPE]] police closed three metro stations on Monday. In [[Texas|GPE]], "
    "[[Paris|GPE|Paris, Texas]] officials opened a shelter for storm victims.\n",
    # 20
    "Heavy rain flooded streets in [[Mandeville|GPE|Mandeville, Jamaica]] and "
    "[[Spanish Town|GPE]], [[Jamaica|GPE]]'s weather service said on Friday.\n",
    # 21
    "Flights were cancelled at [[Halifax|GPE|Halifax, Nova Scotia]], [[Nova Scotia|GPE]], "
    "as a storm moved north. In [[Maine|GPE]], roads were closed.\n",
    # 22
    "[[Newcastle|GPE|Newcastle, New South Wales]], [[New South Wales|GPE]], was placed "
    "under a flood warning on Sunday as the [[Hunter River|LOC]] rose.\n",
    # 23
    "Police in [[Windsor|GPE|Windsor, Ontario]], [[Ontario|GPE]], seized 40 kilograms of "
    "drugs at the border crossing from [[Detroit|GPE]].\n",
    # 24
    "[[Córdoba|GPE|Córdoba, Argentina]], [[Argentina|GPE]], elected a new mayor on Sunday. "
    "In [[Nevada|GPE]], county officials certified their results.\n",
    # 25
    "The carmaker will build a plant near [[Georgetown|GPE|Georgetown, Kentucky]], "
    "[[Kentucky|GPE]], and hire 800 workers, the governor said.\n",
    # 26
    "[[San José|GPE|San José, Costa Rica]], [[Costa Rica|GPE]] - Heavy rain caused landslides "
    "on two highways, the transport ministry said.\n",
    # 27
    "Hail damaged crops near [[Nelson|GPE|Nelson, New Zealand]] and "
    "[[Blenheim|GPE|Blenheim, New Zealand]] on the [[South Island|LOC]], [[New Zealand|GPE]]'s "
    "weather service said. In [[Oregon|GPE]], a wildfire was contained.\n",
    # 28
    "Two men were charged in [[Rochester|GPE|Rochester, Minnesota]], [[Minnesota|GPE]], "
    "over a fraud at a clinic, prosecutors said.\n",
    # 29
    "[[León|GPE|León, Guanajuato]], [[Mexico|GPE]], hosted the national athletics "
    "championships, with runners from [[Guadalajara|GPE]] winning four events.\n",
    # 30
    "A ferry from [[Tripoli|GPE|Tripoli, Lebanon]], [[Lebanon|GPE]], ran aground in a "
    "storm, [[Lebanese|NORP]] officials said. Ports in [[California|GPE]] were also closed "
    "by high winds.\n",
]

DATES = ["2026-11-03", "2026-10-14", "2026-09-22", "2026-08-05", "2026-07-19"]
CASES = [
    (f"own-ent34w-{n:02d}", DATES[n % len(DATES)], t)
    for n, t in enumerate(TEXTS, 1)
    if n % 3 != 0
]
CHECK = [
    (f"own-ent34w-c{n:02d}", DATES[n % len(DATES)], t)
    for n, t in enumerate(TEXTS, 1)
    if n % 3 == 0
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

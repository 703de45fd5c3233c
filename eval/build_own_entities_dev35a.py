"""Write eval/own-entities-dev35a.jsonl and eval/own-entities-dev35a-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for the bodies of the sky (issue 13
item 6, session 35, astro22).

The families (ANNOTATION.md "Entities"; OntoNotes tags named astronomical objects LOC; the name
is the English Wikipedia title):
- the Sun and the Moon written with a capital after "the", planets, dwarf planets, moons of
  planets, stars, constellations, galaxies and comets, in space, astronomy, eclipse, weather
  and science copy: LOC ("Moon", "Sun", "Saturn", "Andromeda Galaxy");
- near them, names that must stay: "The Sun" the newspaper that reports or says (ORG), "Mars"
  the confectioner (ORG), "Venus Williams" (PERSON), the Saturn rocket and car brand, mercury
  the metal (no entity), missions ("Apollo 11", EVENT), spacecraft (PRODUCT), and the lower-case
  "sun" and "moon" (no entity).
Written for briefx by hand (session 35): real bodies of the sky, invented events and people.
Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any
of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. Case n with n % 3 == 0 goes to
the check file: scored only once, at the end of the session. Run from the project root:
``python eval/build_own_entities_dev35a.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev35a.jsonl"
OUT_CHECK = HERE / "own-entities-dev35a-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 35a, issue 13 bodies of the sky); space, astronomy, "
    "eclipse, weather, science, business and sport copy; real bodies, invented events; MIT."
)

TEXTS = [
    # 1
    "[[NASA|ORG]] said the [[Moon|LOC]] would pass between [[Earth|LOC]] and the [[Sun|LOC]] "
    "on Saturday morning, giving viewers in [[Mexico|GPE]] a total eclipse.\n",
    # 2
    "Astronomers watched [[Saturn|LOC]]'s rings narrow to a thin line this week, a view that "
    "returns only every 15 years, the [[European Southern Observatory|ORG]] said.\n",
    # 3
    "A comet in [[Sagittarius|LOC]] brightened sharply on Monday and may be seen with "
    "binoculars low in the southern sky after dusk, amateur observers reported.\n",
    # 4
    "On clear nights this month the [[Andromeda Galaxy|LOC]] was visible to the naked eye "
    "from dark sites in [[Wales|GPE]], the [[Royal Astronomical Society|ORG]] said.\n",
    # 5
    "The probe passed [[Neptune|LOC]] in 1989. [[Pluto|LOC]] lies beyond it, in a belt of icy "
    "worlds that the spacecraft will never reach.\n",
    # 6
    "[[The Sun|ORG]] reported on Tuesday that the club had agreed a fee for the striker. "
    "[[Manchester United|ORG]] declined to comment.\n",
    # 7
    "Mercury rose 3% in [[Shanghai|GPE]] trading as smelters cut output, while copper slipped "
    "for a second session.\n",
    # 8
    "[[Mars|ORG]] said its chocolate sales rose 4% in the third quarter, helped by higher "
    "prices in [[Europe|LOC]].\n",
    # 9
    "Solar flares erupted from the [[Sun|LOC]] on Wednesday, and forecasters at [[NOAA|ORG|"
    "National Oceanic and Atmospheric Administration]] said auroras could be seen as far "
    "south as [[Colorado|GPE]].\n",
    # 10
    "The [[Perseverance|PRODUCT]] rover found fine-grained rock in a dry river delta on "
    "[[Mars|LOC]], [[NASA|ORG]] scientists said on Thursday.\n",
    # 11
    "The [[Europa Clipper|PRODUCT]] probe will study [[Europa|LOC]], a moon of "
    "[[Jupiter|LOC]] thought to hide an ocean beneath its ice.\n",
    # 12
    "[[Betelgeuse|LOC]], the red giant in [[Orion|LOC]], dimmed again in November, and "
    "astronomers said the star was shedding dust.\n",
    # 13
    "Stargazers in [[Chile|GPE]] photographed the [[Pleiades|LOC]] rising above the "
    "[[Andes|LOC]] as the sun set on Friday.\n",
    # 14
    "The [[Milky Way|LOC]] holds at least 100 billion stars, and a new survey mapped its "
    "central bar in more detail than before, researchers said.\n",
    # 15
    "[[Venus Williams|PERSON]] won her opening match in [[Auckland|GPE]] on Monday, beating "
    "a qualifier in straight sets.\n",
    # 16
    "Just after sunset, [[Venus|LOC]] and [[Jupiter|LOC]] will appear close together in the "
    "western sky, the [[Met Office|ORG]] said in its weekend forecast.\n",
    # 17
    "A partial eclipse of the [[Moon|LOC]] will be visible from [[India|GPE]] on Sunday night, "
    "when the moon rises in the east.\n",
    # 18
    "The [[Saturn V|PRODUCT]] rocket that carried [[Apollo 11|EVENT]] stood 111 metres tall, "
    "the museum in [[Houston|GPE]] said.\n",
    # 19
    "[[Sirius|LOC]], the brightest star in the night sky, is a double star, and the faint "
    "companion can be seen with a large telescope.\n",
    # 20
    "[[Ceres|LOC]], the largest body in the asteroid belt between [[Mars|LOC]] and "
    "[[Jupiter|LOC]], has salty water below its crust, scientists reported.\n",
    # 21
    "Clouds will clear by evening, and the [[Moon|LOC]] will be full on Thursday, so "
    "meteor watchers will have a bright sky, forecasters said.\n",
    # 22
    "Owners of old [[Saturn|ORG]] cars still meet every summer, although [[General Motors|ORG]] "
    "closed the brand in 2010.\n",
    # 23
    "[[Titan|LOC]], the largest moon of [[Saturn|LOC]], will be visited by the "
    "[[Dragonfly|PRODUCT]] drone later this decade, [[NASA|ORG]] said.\n",
    # 24
    "[[The Sun|ORG]] said the minister had resigned, but her office said the report was "
    "wrong and she would stay in post.\n",
    # 25
    "Viewed from [[Australia|GPE]], [[Mercury|LOC]] will cross the face of the [[Sun|LOC]] "
    "for about five hours, a transit that astronomers plan to film.\n",
    # 26
    "The [[Orion Nebula|LOC]] lies about 1,300 light years away, and the new images show "
    "young stars forming inside it.\n",
    # 27
    "[[Mars|ORG]] shares are not listed, but the confectioner said on Wednesday that it "
    "would cut 300 jobs in [[Slough|GPE]].\n",
    # 28
    "A landing near the south pole of the [[Moon|LOC]] is planned for next year, the "
    "[[Indian Space Research Organisation|ORG]] said.\n",
    # 29
    "[[Uranus|LOC]] and [[Neptune|LOC]] are ice giants, and a probe to either would take "
    "more than a decade to arrive, a panel of scientists said.\n",
    # 30
    "Under the midday sun, crowds in [[Seville|GPE]] queued for water as temperatures "
    "reached 44C, and the moon rose red through dust that night.\n",
]

DATES = ["2026-11-03", "2026-10-14", "2026-09-22", "2026-08-05", "2026-07-19"]
CASES = [
    (f"own-ent35a-{n:02d}", DATES[n % len(DATES)], t)
    for n, t in enumerate(TEXTS, 1)
    if n % 3 != 0
]
CHECK = [
    (f"own-ent35a-c{n:02d}", DATES[n % len(DATES)], t)
    for n, t in enumerate(TEXTS, 1)
    if n % 3 == 0
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

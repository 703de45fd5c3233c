"""Write eval/own-entities-dev14t.jsonl and eval/own-entities-dev14t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for ENTITY TYPES (issue 13, session 12).

Issue 13 asks for type accuracy >= 0.95 on unseen briefs. Pooled over the team's blind sets
(counts only, read from the lead's brief), the type errors on exact spans are the model's ORG
default for what it cannot place (PRODUCT, FAC, LOC, EVENT and PERSON read as ORG), PERSON and
ORG swapped both ways (firms named after their founders, people in company copy), GPE and ORG
swapped both ways (clubs named after their city, governments named by their capital) and GPE
and LOC swapped both ways. The briefs are of kinds rich in those families:
- firms named after people ("Goldman Sachs", "Marks & Spencer", "Slaughter and May", an
  invented "Pemberton Brothers", "X and Partners", a possessive business "Sainsbury's") beside
  their own people, whose first word is a given name;
- sports copy with clubs named after their city (ORG, by their Wikipedia title) and national
  sides named by their country (GPE, as the earlier sets read it), the same city as a place;
- shipping and energy copy with ports, terminals, plants, pipelines and canals (FAC), straits,
  seas, rivers and deserts (LOC), companies named after a river or a place (ORG);
- tech and aviation copy with product models (a designation with digits: PRODUCT);
- events by their head word (Summit, Conference, Show, Festival, Games, Typhoon, Congress).
Cases that must stay: a company named like a river or a place, a hospital named as the body
that treats patients (ORG, OntoNotes), a capital city meant as the place.
Written for briefx by hand (session 12, issue 13 types); real places, institutions, companies,
products and public figures, invented events, figures and quotations (invented firms where the
text says nothing a real firm did). Annotated by ``shared/eval/ANNOTATION.md`` and the readings
on ``eval/README.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. ``entity_marks`` turns the marks into
offsets and checks every span. The CHECK cases go to the check file: scored only once, at the
end of a session.
Run from the project root: ``python eval/build_own_entities_dev14t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev14t.jsonl"
OUT_CHECK = HERE / "own-entities-dev14t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 14t, issue 13 types); deal, sports, shipping, energy, "
    "mining, tech, aviation, storm and summit copy; real places, institutions, companies, "
    "products and public figures, invented events, figures and quotations; MIT."
)

CASES = [
    (
        "own-ent14t-01",
        "2026-05-12",
        "[[LONDON|GPE|London]], May 12 ([[Reuters|ORG]]) - [[Goldman Sachs|ORG]] and [[Morgan "
        "Stanley|ORG]] will advise [[Marks & Spencer|ORG]] on the sale of its stake in a "
        "food-delivery venture, the retailer said on Tuesday. Law firm [[Slaughter and "
        "May|ORG]] is acting for [[M&S|ORG|Marks & Spencer]], and [[Clifford Chance|ORG]] for "
        "the buyer, [[Pemberton Brothers|ORG]], a family-owned grocer from [[Leeds|GPE]]. Chief "
        "executive [[Stuart Machin|PERSON]] said the sale would let the company focus on its "
        "own stores. [[Hugo Pemberton|PERSON]], who runs [[Pemberton Brothers|ORG]] with his "
        "sister [[Clara Pemberton|PERSON]], said no jobs would go. Shares of [[Sainsbury's|ORG]] "
        "and [[Tesco|ORG]] slipped 1%.\n",
    ),
    (
        "own-ent14t-02",
        "2026-02-04",
        "[[FRANKFURT|GPE|Frankfurt]], Feb 4 - Audit firm [[Ernst & Young|ORG]] was fined "
        "€2 million by [[Germany|GPE]]'s audit regulator over its work for a payments company, "
        "the regulator said on Wednesday. [[Becker and Partners|ORG]], a [[Munich|GPE]] "
        "consultancy founded by [[Jonas Becker|PERSON]], will review the firm's controls. "
        "[[Deloitte|ORG]] and [[KPMG|ORG]] have faced similar reviews. [[Annika Vogt|PERSON]], "
        "a partner at [[Freshfields|ORG|Freshfields Bruckhaus Deringer]], said fines of this "
        "size were rare. [[Lutz Weber|PERSON]] of [[Deutsche Bank|ORG]] said clients wanted "
        "stronger checks.\n",
    ),
    (
        "own-ent14t-03",
        "2026-09-20",
        "[[LEEDS|GPE|Leeds]], [[England|GPE]], Sept 20 - [[Leeds|ORG|Leeds United F.C.]] beat "
        "[[Burnley|ORG|Burnley F.C.]] 2-1 at [[Elland Road|FAC]] on Saturday, with [[Joel "
        "Piroe|PERSON]] scoring both goals. [[Brighton|ORG|Brighton & Hove Albion F.C.]] drew "
        "0-0 with [[Everton|ORG|Everton F.C.]], while [[Newcastle|ORG|Newcastle United F.C.]] "
        "lost 3-1 at [[Fulham|ORG|Fulham F.C.]]. [[Leeds|ORG|Leeds United F.C.]] manager "
        "[[Daniel Farke|PERSON]] said the crowd had carried his side. [[England|GPE]] face "
        "[[Serbia|GPE]] at [[Wembley Stadium|FAC]] next month, and coach [[Thomas "
        "Tuchel|PERSON]] will name his squad on Thursday.\n",
    ),
    (
        "own-ent14t-04",
        "2026-04-02",
        "[[DENVER|GPE|Denver]], April 2 ([[AP|ORG|Associated Press]]) - [[Nikola "
        "Jokic|PERSON|Nikola Jokić]] had 31 points and 14 rebounds as [[Denver|ORG|Denver "
        "Nuggets]] beat [[Boston|ORG|Boston Celtics]] 118-109 on Wednesday night. [[Jayson "
        "Tatum|PERSON]] scored 27 for [[Boston|ORG|Boston Celtics]], who had won five in a row. "
        "The [[Nuggets|ORG|Denver Nuggets]] play [[Phoenix|ORG|Phoenix Suns]] on Friday at "
        "[[Ball Arena|FAC]]. Snow closed schools across [[Denver|GPE]] earlier in the day, and "
        "[[Colorado|GPE]] officials warned of icy roads on [[Interstate 70|FAC]].\n",
    ),
    (
        "own-ent14t-05",
        "2026-01-15",
        "[[SINGAPORE|GPE|Singapore]], Jan 15 ([[Reuters|ORG]]) - Container ships returned to "
        "the [[Red Sea|LOC]] this week as traffic through the [[Bab-el-Mandeb|LOC]] strait "
        "recovered, shipping data showed. [[Maersk|ORG]] said two of its vessels had passed "
        "the [[Suez Canal|FAC]] on Tuesday, and [[Hapag-Lloyd|ORG]] said it would end "
        "diversions around the [[Cape of Good Hope|LOC]] in March. The [[Suez Canal "
        "Authority|ORG]] said revenue had risen 20%. Congestion eased at the [[Port of "
        "Rotterdam|FAC]] and at [[Jebel Ali Port|FAC|Port of Jebel Ali]], while waiting times "
        "in the [[Strait of Malacca|LOC]] and at [[Tanjung Pelepas|FAC|Port of Tanjung "
        "Pelepas]] were unchanged.\n",
    ),
    (
        "own-ent14t-06",
        "2026-03-10",
        "[[LONDON|GPE|London]], March 10 - [[EDF|ORG]] said on Tuesday that the first reactor "
        "at [[Hinkley Point C|FAC]] would start in 2031, a year later than planned. The "
        "[[Office for Nuclear Regulation|ORG]] said it had approved the reactor's cooling "
        "system. Work at [[Sizewell C|FAC]] on the [[Suffolk|GPE]] coast is on schedule. "
        "[[Equinor|ORG]] said the [[Dogger Bank Wind Farm|FAC]] in the [[North Sea|LOC]] had "
        "sent its first power to the grid, and [[National Grid|ORG|National Grid plc]] said "
        "it would link the [[Grain LNG Terminal|FAC]] on the [[Thames Estuary|LOC]] to a new "
        "substation. [[Ofgem|ORG]] will rule on the costs in June.\n",
    ),
    (
        "own-ent14t-07",
        "2026-09-12",
        "[[HOUSTON|GPE|Houston]], Sept 12 - [[Hurricane Francine|EVENT]] shut the [[Calcasieu "
        "Pass LNG Terminal|FAC|Calcasieu Pass LNG]] and two refineries as it came ashore in "
        "[[Louisiana|GPE]] on Thursday. [[Venture Global|ORG]] said staff had left the site. "
        "[[Motiva|ORG|Motiva Enterprises]] kept its [[Port Arthur Refinery|FAC]] running, and "
        "the [[Colonial Pipeline|FAC]] was running at reduced rates. About 40% of oil output in "
        "the [[Gulf of Mexico|LOC]] was halted, the [[Bureau of Safety and Environmental "
        "Enforcement|ORG]] said. The [[Sabine River|LOC]] was expected to crest at [[Orange|GPE|"
        "Orange, Texas]] on Saturday.\n",
    ),
    (
        "own-ent14t-08",
        "2026-07-09",
        "[[SEOUL|GPE|Seoul]], July 9 - [[Samsung Electronics|ORG]] unveiled the [[Galaxy Z "
        "Fold8|PRODUCT|Samsung Galaxy Z Fold 8]] on Wednesday, powered by a [[Snapdragon 8 "
        "Elite|PRODUCT]] chip from [[Qualcomm|ORG]] rather than its own [[Exynos "
        "2600|PRODUCT]]. The phone will sell for $1,999. [[Apple|ORG]] is expected to show the "
        "[[iPhone 18|PRODUCT]] in September. [[Tarun Pathak|PERSON]], an analyst at "
        "[[Counterpoint Research|ORG]], said [[Samsung|ORG|Samsung Electronics]] had cut prices "
        "to win back buyers in [[India|GPE]]. [[TSMC|ORG]] makes chips for both companies.\n",
    ),
    (
        "own-ent14t-09",
        "2026-06-02",
        "[[TAIPEI|GPE|Taipei]], June 2 - [[Nvidia|ORG]] chief executive [[Jensen "
        "Huang|PERSON]] used his keynote at [[Computex|EVENT]] to show the [[Rubin "
        "CPX|PRODUCT|Nvidia Rubin CPX]] accelerator, which will ship next year. [[Lisa "
        "Su|PERSON]] of [[AMD|ORG]] said its [[MI400|PRODUCT|AMD Instinct MI400]] chips were "
        "already with customers. [[Foxconn|ORG]] said it would build servers for both at a new "
        "plant in [[Kaohsiung|GPE]]. [[Microsoft|ORG]] and [[Meta|ORG|Meta Platforms]] plan to "
        "spend more on data centres, said [[Ming-Chi Kuo|PERSON]], an analyst at [[TF "
        "International Securities|ORG]].\n",
    ),
    (
        "own-ent14t-10",
        "2026-07-20",
        "[[FARNBOROUGH|GPE|Farnborough]], [[England|GPE]], July 20 - [[Airbus|ORG]] won orders for 60 "
        "[[A350-1000|PRODUCT|Airbus A350]] jets on the first day of the [[Farnborough "
        "International Airshow|EVENT]], led by [[Riyadh Air|ORG]]. [[Boeing|ORG]] sold 30 "
        "[[787-9|PRODUCT|Boeing 787 Dreamliner]] jets to [[IndiGo|ORG]], and [[Embraer|ORG]] "
        "took orders for 25 [[E195-E2|PRODUCT|Embraer E-Jet E2 family]] aircraft. [[Guillaume "
        "Faury|PERSON]], chief executive of [[Airbus|ORG]], said supply problems with engines "
        "from [[Pratt & Whitney|ORG]] were easing. Traffic at [[Farnborough Airport|FAC]] was "
        "diverted to [[Heathrow|FAC|Heathrow Airport]] on Monday morning.\n",
    ),
    (
        "own-ent14t-11",
        "2026-09-24",
        "[[HONG KONG|GPE|Hong Kong]], Sept 24 - [[Typhoon Ragasa|EVENT]] crossed the [[Luzon "
        "Strait|LOC]] overnight and hit the [[Pearl River Delta|LOC]] on Wednesday. The "
        "[[Hong Kong Observatory|ORG]] raised its highest warning signal, and [[Cathay "
        "Pacific|ORG]] cancelled 500 flights at [[Hong Kong International Airport|FAC]]. The "
        "[[Asian Financial Forum|EVENT]] was postponed. In [[Guangdong|GPE]], authorities moved "
        "300,000 people from low-lying areas near the [[Pearl River|LOC]]. [[Queen Mary "
        "Hospital|ORG]] said it had treated 40 people.\n",
    ),
    (
        "own-ent14t-12",
        "2026-02-14",
        "[[MUNICH|GPE|Munich]], Feb 14 - [[Beijing|GPE]] will send its foreign minister to the "
        "[[Munich Security Conference|EVENT]] for the first time since 2023, the organisers said "
        "on Saturday. [[Kaja Kallas|PERSON]] of the [[European Union|ORG]] told the meeting at "
        "the [[Hotel Bayerischer Hof|FAC|Hotel Bayerischer Hof, Munich]] that [[Washington|GPE|"
        "Washington, D.C.]] and [[Brussels|GPE]] had to agree on sanctions. [[NATO|ORG]] "
        "officials pointed to the [[Suwalki Gap|LOC|Suwałki Gap]] between [[Poland|GPE]] and "
        "[[Lithuania|GPE]], and to ships in the [[Baltic Sea|LOC]]. [[Ursula von der "
        "Leyen|PERSON]] will speak at the [[G7 Summit|EVENT|52nd G7 summit]] in [[Evian-les-"
        "Bains|GPE]] in June.\n",
    ),
    (
        "own-ent14t-13",
        "2026-08-26",
        "[[ULAANBAATAR|GPE|Ulaanbaatar]], Aug 26 - [[Rio Tinto|ORG]] said output at its "
        "[[Oyu Tolgoi|FAC|Oyu Tolgoi mine]] copper mine in the [[Gobi Desert|LOC]] rose 40% in the first half. "
        "Chief executive [[Simon Trott|PERSON]] said the first iron ore from [[Simandou|FAC]] in "
        "[[Guinea|GPE]] would be shipped through [[Morebaya|FAC|Port of Morebaya]] by "
        "December. [[Fortescue|ORG]] founder [[Andrew Forrest|PERSON]] said iron ore from the "
        "[[Pilbara|LOC]] remained the cheapest. Water use by the mine was raised by herders "
        "along the [[Orkhon River|LOC]], and [[Mongolia|GPE]]'s [[Ministry of Environment|ORG|"
        "Ministry of Environment and Tourism (Mongolia)]] said it would review the permits.\n",
    ),
    (
        "own-ent14t-14",
        "2026-10-30",
        "[[DETROIT|GPE|Detroit]], Oct 30 - [[Bill Ford|PERSON]], executive chairman of "
        "[[Ford Motor Co.|ORG|Ford Motor Company]], said on Thursday that the carmaker would "
        "build its cheaper electric pickup in [[Louisville|GPE|Louisville, Kentucky]]. "
        "[[Mary Barra|PERSON]] of [[General Motors|ORG]] said the [[Chevrolet Equinox "
        "EV|PRODUCT]] was selling well. [[Michael Dell|PERSON]] told investors that "
        "[[Dell Technologies|ORG]] had doubled its sales of servers to carmakers, and "
        "[[Ralph Lauren Corp.|ORG|Ralph Lauren Corporation]] shares fell 3%. [[Warren "
        "Buffett|PERSON]]'s [[Berkshire Hathaway|ORG]] cut its stake in [[Wells Fargo|ORG]].\n",
    ),
]

CHECK = [
    (
        "own-ent14t-15",
        "2026-11-05",
        "[[MILAN|GPE|Milan]], Nov 5 - [[Inter Milan|ORG]] beat [[Napoli|ORG|SSC Napoli]] 2-0 at "
        "[[San Siro|FAC]] on Wednesday. [[Lautaro Martínez|PERSON]] scored twice for "
        "[[Inter|ORG|Inter Milan]]. [[Italy|GPE]] meet [[Norway|GPE]] in a [[World Cup|EVENT|FIFA World Cup]] qualifier "
        "later this month. [[Dolce & Gabbana|ORG]], the club's kit partner, said sales of "
        "replica shirts had doubled. Fans in [[Naples|GPE]] marched to the [[Stadio Diego "
        "Armando Maradona|FAC]] on Thursday.\n",
    ),
    (
        "own-ent14t-16",
        "2026-04-22",
        "[[OSLO|GPE|Oslo]], April 22 ([[Reuters|ORG]]) - [[Equinor|ORG]] restarted the "
        "[[Hammerfest LNG|FAC]] plant on Wednesday after a two-week outage. Gas from the "
        "[[Barents Sea|LOC]] field now flows again to the terminal at [[Melkøya|LOC]]. "
        "[[Gassco|ORG]] said flows through the [[Europipe II|FAC]] pipeline to [[Germany|GPE]] "
        "were normal. [[Anders Opedal|PERSON]] said repairs had cost 400 million crowns. "
        "Tankers queued at the [[Port of Zeebrugge|FAC]] and in the [[English Channel|LOC]].\n",
    ),
    (
        "own-ent14t-17",
        "2026-01-08",
        "[[LAS VEGAS|GPE|Las Vegas]], Jan 8 - [[Sony Honda Mobility|ORG]] showed the [[Afeela "
        "1|PRODUCT]] at [[CES|EVENT|Consumer Electronics Show]] on Thursday. [[LG "
        "Electronics|ORG]] showed a rollable [[OLED T|PRODUCT|LG Signature OLED T]] television, "
        "and [[Lenovo|ORG]] a [[ThinkPad X1 Carbon|PRODUCT]] with a 14-inch screen. [[Izumi "
        "Kawanishi|PERSON]], who heads [[Sony Honda Mobility|ORG]], said deliveries in "
        "[[California|GPE]] would start in June. The show ran at the [[Las Vegas Convention "
        "Center|FAC]].\n",
    ),
    (
        "own-ent14t-18",
        "2026-06-18",
        "[[GENEVA|GPE|Geneva]], June 18 - [[Procter & Gamble|ORG]] and [[Johnson & "
        "Johnson|ORG]] will fund a cholera vaccine drive in the [[Sahel|LOC]], the "
        "[[World Health Organization|ORG]] said. [[Tedros Adhanom Ghebreyesus|PERSON]] said "
        "doses would reach [[Chad|GPE]] and [[Niger|GPE]] by August, shipped through the "
        "[[Port of Lomé|FAC|Port of Lomé]]. [[Lake Chad|LOC]] communities would be first. "
        "[[Médecins Sans Frontières|ORG]] said the [[Niger River|LOC]] floods had spread the "
        "disease.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

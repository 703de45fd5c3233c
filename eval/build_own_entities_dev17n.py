"""Write eval/own-entities-dev17n.jsonl and eval/own-entities-dev17n-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for NAMES (issue 13, session 16).

The families, kinds of brief the earlier dev sets lack:
- company results with subsidiaries: firms written with a legal form ("Inc.", "Ltd", "plc",
  "S.A.", "AG", "Co.", "Corp.", "A/S", "ASA") and named again by a short form ("Siemens Energy
  AG" ... "Siemens Energy", "Ashcombe Brands plc" ... "Ashcombe"), possessives ("Calder's");
- court and regulatory news: courts and regulators named in full once and again by a capitalised
  head noun ("the Court", "the Commission", "the Authority", "the Agency", "the Tribunal"), the
  nearest earlier full name with that head;
- science and health agencies with their officials, titled people ("Dr.", "Sen.", "Gov.",
  "Rep.", "Judge", "Justice") with middle initials, "Jr."/"III", hyphenated and two-part
  surnames, named again by surname after a title ("Dr. Carrow");
- regional U.S. news with places written "City, State" in AP style ("Bend, Ore.", "Vancouver,
  Wash.", "Asheville, N.C.") and in full ("Kerrville, Texas"): the city takes its Wikipedia
  title "City, State" and the abbreviation the state's name;
- obituaries and profiles (birthplaces "Kumasi, Ghana", schools, employers);
- sports with clubs named in full and then by a short form ("the Celtics", "the Dodgers").
Cases that must stay: a lower-case head noun ("the court", "the agency"), "the Government", a
firm named once.
Written for briefx by hand (session 16, issue 13 names); real places, institutions, clubs and
public figures of 2024-2025, invented firms, people, figures and quotations. Annotated by
``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md`` before briefx was run on any
of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. Readings: a legal form is inside
the span and out of ``name`` (dev set 13o); a real firm takes its English Wikipedia title
("Vestas Wind Systems A/S" -> "Vestas"); a person's name leaves out middle initials and "III" and keeps "Jr.", as the
shared briefs set's titles do ("Lloyd J. Austin III" -> "Lloyd Austin", "Mark A. Milley" -> "Mark
Milley"), invented people too ("Helen M. Carrow" -> "Helen Carrow"); a
U.S. city takes "City, State" (earlier sets: "Austin, Texas"), a state abbreviation the state's
title ("Wash." -> "Washington (state)"); a U.S. federal court its Wikipedia title ("United
States District Court for the District of Oregon"). ``entity_marks`` turns the marks into
offsets and checks every span. The CHECK cases go to the check file: scored only once, at the
end of a session.
Run from the project root: ``python eval/build_own_entities_dev17n.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev17n.jsonl"
OUT_CHECK = HERE / "own-entities-dev17n-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 17n, issue 13 names); company results, courts and "
    "regulators, health agencies, U.S. regional news, obituaries and sports; real places, "
    "institutions, clubs and public figures, invented firms, people, figures and quotations; MIT."
)

SIE = "Siemens Energy"
ASH = "Ashcombe Brands"
CAL = "Calder Health"
FTC = "Federal Trade Commission"
NDCAL = "United States District Court for the Northern District of California"
NINTH = "United States Court of Appeals for the Ninth Circuit"
CMA = "Competition and Markets Authority"
CAT = "Competition Appeal Tribunal"
FDA = "Food and Drug Administration"
CDC = "Centers for Disease Control and Prevention"
DOR = "United States District Court for the District of Oregon"
ODOT = "Oregon Department of Transportation"
ACCC = "Australian Competition and Consumer Commission"
FCA = "Federal Court of Australia"
NWS = "National Weather Service"
TOY = "Toyota"
MLIT = "Ministry of Land, Infrastructure, Transport and Tourism"
WA = "Washington (state)"

CASES = [
    (
        "own-ent17n-01",
        "2025-02-26",
        "[[FRANKFURT|GPE|Frankfurt]], Feb 26 - [[Siemens Energy AG|ORG|Siemens Energy]] raised its "
        "outlook for the year on Wednesday after orders at its grid unit jumped 40%. "
        f"[[Siemens Energy|ORG]] said its wind subsidiary [[Siemens Gamesa Renewable Energy S.A.|ORG|"
        "Siemens Gamesa]] would still lose about €1 billion. Chief executive [[Christian Bruch|PERSON]] "
        "said the [[Siemens Gamesa|ORG]] turnaround was on track. "
        f"[[Siemens Energy|ORG|{SIE}]]'s shares rose 6% in [[Frankfurt|GPE]]. Rival [[GE Vernova "
        "Inc.|ORG|GE Vernova]] reported a jump in gas-turbine orders last month, and [[Vestas Wind "
        "Systems A/S|ORG|Vestas]] said it expected flat sales. [[Bruch|PERSON|Christian Bruch]] said "
        "[[Siemens AG|ORG|Siemens]], which still owns 17% of [[Siemens Energy|ORG]], had no plans to "
        "sell.\n",
    ),
    (
        "own-ent17n-02",
        "2025-03-06",
        f"[[LONDON|GPE|London]], March 6 - [[Ashcombe Brands plc|ORG|{ASH}]], the biscuit and snacks "
        "maker, said on Thursday annual profit fell 8% as cocoa costs rose. "
        f"[[Ashcombe|ORG|{ASH}]] said its [[Irish|NORP]] subsidiary, [[Ashcombe Foods Ireland Ltd|ORG|"
        "Ashcombe Foods Ireland]], would close a plant in [[Limerick|GPE]] with the loss of 140 jobs. "
        "Chief executive Dr. [[Helen M. Carrow|PERSON|Helen Carrow]] said the group would raise prices again in "
        "April. Dr. [[Carrow|PERSON|Helen Carrow]], who joined "
        f"[[Ashcombe|ORG|{ASH}]] from [[Unilever|ORG]] in 2021, said volumes had held up. "
        f"[[Ashcombe|ORG|{ASH}]]'s shares fell 4% in [[London|GPE]]. Analysts at [[Halden Kerr "
        "Securities Ltd|ORG|Halden Kerr Securities]] said [[Tesco plc|ORG|Tesco]] and [[J Sainsbury "
        "plc|ORG|Sainsbury's]] took a third of its sales. [[Halden Kerr|ORG|Halden Kerr Securities]] "
        "kept its buy rating.\n",
    ),
    (
        "own-ent17n-03",
        "2025-05-08",
        "[[SAN FRANCISCO|GPE|San Francisco]], May 8 - A federal judge on Thursday blocked "
        f"[[Calder Health Inc.|ORG|{CAL}]] from selling patient data, siding with the "
        f"[[Federal Trade Commission|ORG]]. Judge [[Maria T. Okafor|PERSON|Maria Okafor]] of the "
        f"[[U.S. District Court for the Northern District of California|ORG|{NDCAL}]] said the "
        f"[[Commission|ORG|{FTC}]] was likely to win at trial. [[Calder|ORG|{CAL}]], based in "
        "[[Sacramento|GPE|Sacramento, California]], [[Calif.|GPE|California]], said it would appeal "
        f"to the [[U.S. Court of Appeals for the Ninth Circuit|ORG|{NINTH}]]. The [[Court|ORG|"
        f"{NINTH}]] has twice sided with data brokers since 2023. [[Okafor|PERSON|Maria Okafor]] "
        f"wrote that [[Calder|ORG|{CAL}]]'s consent forms were unclear. [[FTC|ORG|{FTC}]] lawyer "
        "[[Daniel R. Whitcombe|PERSON|Daniel Whitcombe]] said the order protected millions of patients.\n",
    ),
    (
        "own-ent17n-04",
        "2025-04-10",
        f"[[LONDON|GPE|London]], April 10 - The [[Competition and Markets Authority|ORG]] "
        f"([[CMA|ORG|{CMA}]]) fined [[Brayford Logistics Ltd|ORG|Brayford Logistics]] £21 million "
        f"on Thursday for sharing prices with rivals. The [[Authority|ORG|{CMA}]] said "
        "[[Brayford|ORG|Brayford Logistics]] and [[Kestle Freight Group plc|ORG|Kestle Freight "
        f"Group]] swapped tender bids for four years. [[Kestle|ORG|Kestle Freight Group]] was not "
        "fined because it reported the cartel. [[Brayford|ORG|Brayford Logistics]] said it would "
        f"appeal to the [[Competition Appeal Tribunal|ORG]]; the [[Tribunal|ORG|{CAT}]] hears "
        f"such appeals within a year. [[CMA|ORG|{CMA}]] chief executive [[Sarah Cardell|PERSON]] "
        "said firms that cheat buyers would pay. The [[European Commission|ORG]] fined two "
        "[[German|NORP]] hauliers in a similar case last year, and the [[Commission|ORG|European "
        "Commission]] said it was sharing evidence with [[London|GPE]].\n",
    ),
    (
        "own-ent17n-05",
        "2025-06-19",
        f"[[WASHINGTON|GPE|Washington, D.C.]], June 19 - The [[Food and Drug Administration|ORG]] "
        "approved a second weekly shot for obesity on Thursday, made by [[Norland Therapeutics "
        "Inc.|ORG|Norland Therapeutics]] of [[Cambridge|GPE|Cambridge, Massachusetts]], "
        f"[[Mass.|GPE|Massachusetts]]. The [[Agency|ORG|{FDA}]] said the drug cut weight by a fifth "
        "in trials. Dr. [[Lena R. Hsu|PERSON|Lena Hsu]], who heads the [[Agency|ORG|"
        f"{FDA}]]'s drug centre, said supply would be watched. [[Hsu|PERSON|Lena Hsu]] said the "
        f"[[Centers for Disease Control and Prevention|ORG]] would track side effects, and the "
        f"[[CDC|ORG|{CDC}]] said it would publish data every quarter. Sen. [[Bill Cassidy|PERSON]] "
        "of [[Louisiana|GPE]] said the price must fall. [[Norland|ORG|Norland Therapeutics]] chief "
        "[[James A. Whitley III|PERSON|James Whitley]] said it would cost $899 a month. "
        "[[Whitley|PERSON|James Whitley]] said the agency's review took ten months.\n",
    ),
    (
        "own-ent17n-06",
        "2025-01-15",
        "[[PORTLAND|GPE|Portland, Oregon]], [[Ore.|GPE|Oregon]] ([[AP|ORG|Associated Press]]) - Ice "
        "storms cut power to 190,000 homes in [[Oregon|GPE]] and southwest [[Washington|GPE|"
        f"{WA}]] on Wednesday. In [[Bend|GPE|Bend, Oregon]], [[Ore.|GPE|Oregon]], schools closed "
        "for a third day, and in [[Vancouver|GPE|Vancouver, Washington]], [[Wash.|GPE|"
        f"{WA}]], a bridge was shut. Gov. [[Tina Kotek|PERSON]] declared an emergency. "
        f"[[Kotek|PERSON|Tina Kotek]] said the [[Oregon Department of Transportation|ORG]] had "
        f"200 plows out; the [[Department|ORG|{ODOT}]] asked drivers to stay home. "
        "[[Portland General Electric|ORG]] said crews from [[Boise|GPE|Boise, Idaho]], "
        "[[Idaho|GPE]], and [[Eugene|GPE|Eugene, Oregon]] were helping. The [[National Weather "
        f"Service|ORG]] in [[Portland|GPE|Portland, Oregon]] said more freezing rain was due.\n",
    ),
    (
        "own-ent17n-07",
        "2025-03-03",
        "[[ASHEVILLE|GPE|Asheville, North Carolina]], [[N.C.|GPE|North Carolina]] - "
        "[[Robert L. Haines Jr.|PERSON|Robert Haines Jr.]], who built a chain of hardware stores across the "
        "[[Appalachians|LOC|Appalachian Mountains]], died on Saturday at his home in "
        "[[Asheville|GPE|Asheville, North Carolina]]. He was 88. [[Haines|PERSON|Robert Haines "
        "Jr.]] was born in [[Macon|GPE|Macon, Georgia]], [[Ga.|GPE|Georgia (U.S. state)]], and "
        "studied at [[Emory University|ORG]]. He opened his first store in [[Knoxville|GPE|"
        "Knoxville, Tennessee]], [[Tenn.|GPE|Tennessee]], in 1962, and sold [[Haines Hardware "
        "Co.|ORG|Haines Hardware]] to [[Ace Hardware Corp.|ORG|Ace Hardware]] in 2004. Mr. "
        "[[Haines|PERSON|Robert Haines Jr.]] later gave $40 million to [[Western Carolina "
        "University|ORG]]. His daughter, [[Anne Haines-Whitfield|PERSON]], said he worked until "
        "he was 80. [[Haines-Whitfield|PERSON|Anne Haines-Whitfield]] runs the family "
        "foundation.\n",
    ),
    (
        "own-ent17n-08",
        "2025-06-18",
        "[[BOSTON|GPE|Boston]], June 18 - The [[Boston Celtics|ORG]] beat the [[Cleveland "
        "Cavaliers|ORG]] 112-104 on Tuesday to reach the conference final. [[Jayson Tatum|PERSON]] "
        "scored 34 points, and [[Jaylen Brown|PERSON]] added 22. The [[Celtics|ORG|Boston Celtics]] "
        "led by 18 at half time before the [[Cavaliers|ORG|Cleveland Cavaliers]] cut the gap to "
        "four. [[Tatum|PERSON|Jayson Tatum]] said the crowd at [[TD Garden|FAC]] carried them. "
        "[[Cleveland|ORG|Cleveland Cavaliers]] coach [[Kenny Atkinson|PERSON]] said his side "
        "missed too many free throws. In [[Los Angeles|GPE]], the [[Los Angeles Dodgers|ORG]] "
        "beat the [[San Diego Padres|ORG]] 5-2; [[Shohei Ohtani|PERSON]] hit his 25th home run, "
        "and the [[Dodgers|ORG|Los Angeles Dodgers]] lead the [[Padres|ORG|San Diego Padres]] by "
        "three games.\n",
    ),
    (
        "own-ent17n-09",
        "2025-02-05",
        f"[[TOKYO|GPE|Tokyo]], Feb 5 - [[Toyota Motor Corp.|ORG|{TOY}]] raised its profit forecast "
        "on Wednesday as a weak yen lifted overseas sales. [[Toyota|ORG|"
        f"{TOY}]] said its truck unit [[Hino Motors Ltd.|ORG|Hino Motors]] would merge with "
        "[[Mitsubishi Fuso Truck and Bus Corp.|ORG|Mitsubishi Fuso Truck and Bus Corporation]] by "
        "2026. [[Hino|ORG|Hino Motors]] admitted in 2022 to falsifying engine data. The "
        f"[[Ministry of Land, Infrastructure, Transport and Tourism|ORG]] said the [[Ministry|ORG|"
        f"{MLIT}]] would inspect both plants. [[Daihatsu Motor Co.|ORG|Daihatsu]], another "
        f"[[Toyota|ORG|{TOY}]] unit, resumed full output last year. Chief financial officer "
        "[[Yoichi Miyazaki|PERSON]] said [[Toyota|ORG|"
        f"{TOY}]] would keep its hybrid plans in [[Aichi Prefecture|GPE]]. "
        "[[Miyazaki|PERSON|Yoichi Miyazaki]] said sales in [[China|GPE]] fell 9%.\n",
    ),
    (
        "own-ent17n-10",
        "2025-08-21",
        f"[[SYDNEY|GPE|Sydney]], Aug 21 - The [[Australian Competition and Consumer Commission|ORG]] "
        f"([[ACCC|ORG|{ACCC}]]) won a case against [[Coastline Energy Pty Ltd|ORG|Coastline "
        f"Energy]] in the [[Federal Court of Australia|ORG]] on Thursday. Justice [[Helen Rofe|"
        f"PERSON]] found that [[Coastline|ORG|Coastline Energy]] misled customers about "
        f"discounts. The [[Court|ORG|{FCA}]] will set a penalty later; the [[Commission|ORG|{ACCC}]] "
        f"is seeking A$30 million. [[ACCC|ORG|{ACCC}]] chair [[Gina Cass-Gottlieb|PERSON]] said "
        f"energy retailers must be clear. [[Cass-Gottlieb|PERSON|Gina Cass-Gottlieb]] said the "
        "[[Commission|ORG|"
        f"{ACCC}]] had three more cases under way. [[Coastline|ORG|Coastline Energy]], based in "
        "[[Newcastle|GPE|Newcastle, New South Wales]], [[New South Wales|GPE]], said the court's "
        "ruling was disappointing.\n",
    ),
    (
        "own-ent17n-11",
        "2025-07-07",
        f"[[KERRVILLE|GPE|Kerrville, Texas]], [[Texas|GPE]] - The [[National Weather Service|ORG]] "
        "issued new flood warnings for [[Kerr County|GPE|Kerr County, Texas]] on Monday as rain "
        "fell again on the [[Guadalupe River|LOC]]. Gov. [[Greg Abbott|PERSON]] said 300 rescuers "
        "were searching near [[Hunt|GPE|Hunt, Texas]] and [[Comfort|GPE|Comfort, Texas]]. "
        "[[Abbott|PERSON|Greg Abbott]] said the [[Texas Division of Emergency Management|ORG]] had "
        f"sent boats from [[San Antonio|GPE]]. The [[Service|ORG|{NWS}]] said rivers could rise "
        "ten feet within hours. Sheriff [[Larry Leitha|PERSON]] said roads west of "
        "[[Kerrville|GPE|Kerrville, Texas]] were shut. Rep. [[Chip Roy|PERSON]] said "
        "[[Congress|ORG|United States Congress]] should speed up aid.\n",
    ),
]

CHECK = [
    (
        "own-ent17n-c1",
        "2025-05-14",
        "[[ZURICH|GPE|Zurich]], May 14 - [[Helvetia Pumpen AG|ORG|Helvetia Pumpen]] said first-"
        "quarter orders rose 12% on Wednesday, helped by its [[U.S.|GPE|United States]] unit "
        "[[Helvetia Flow Systems Inc.|ORG|Helvetia Flow Systems]]. [[Helvetia Pumpen|ORG]] chief "
        "executive Dr. [[Markus P. Brändli|PERSON|Markus Brändli]] said tariffs had cost 20 million francs. "
        "[[Brändli|PERSON|Markus Brändli]] said [[Helvetia|ORG|Helvetia Pumpen]] would build a "
        "plant in [[Greenville|GPE|Greenville, South Carolina]], [[S.C.|GPE|South Carolina]].\n",
    ),
    (
        "own-ent17n-c2",
        "2025-09-03",
        "[[LUXEMBOURG|GPE|Luxembourg]], Sept 3 - The [[Court of Justice of the European Union|ORG]] "
        "ruled on Wednesday that [[Meridia Telecom S.A.|ORG|Meridia Telecom]] broke [[EU|ORG|"
        "European Union]] roaming rules. The [[Court|ORG|Court of Justice of the European Union]] "
        "said the [[Belgian|NORP]] regulator had been right to fine [[Meridia|ORG|Meridia "
        "Telecom]]. [[Meridia|ORG|Meridia Telecom]] said it would pay.\n",
    ),
    (
        "own-ent17n-c3",
        "2025-02-10",
        "[[SPOKANE|GPE|Spokane, Washington]], [[Wash.|GPE|Washington (state)]] - Gov. [[Bob "
        "Ferguson|PERSON]] visited [[Spokane|GPE|Spokane, Washington]] on Monday after a blizzard. "
        "[[Ferguson|PERSON|Bob Ferguson]] said the [[Washington State Department of "
        "Transportation|ORG]] had cleared [[Interstate 90|FAC]]. Crews from [[Coeur d'Alene|GPE|"
        "Coeur d'Alene, Idaho]], [[Idaho|GPE]], helped.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

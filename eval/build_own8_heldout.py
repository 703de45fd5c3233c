"""Build the eighth held-out set: eval/own8-briefs-heldout.jsonl, own8-dates-heldout.jsonl and
own8-figures-heldout.jsonl (FORMAT.md).

Written fresh in session 9 by a helper session that neither read nor ran briefx (no code, tests,
models, samples, scripts or benchmarks) and opened no ``*heldout*`` file other than
``build_own7_heldout.py`` (for its mechanics and markup). Besides that builder it read only
``shared/eval/ANNOTATION.md``, ``FORMAT.md``, ``README.md``, ``eval/README.md`` and the first line
of each ``shared/eval/*-dev.jsonl`` (for the line format). The texts were written by hand for this
set and annotated inline while writing, by ``shared/eval/ANNOTATION.md`` and the readings in
``eval/README.md`` and the set 7 builder; where all are silent, the choice is listed below.

Briefs: 2024-2025 news of kinds that sets 6 and 7 did not have (an FDA medicine approval,
semiconductor export controls as a bulleted digest, an Australian housing-market release after a
rate cut, an Indian monsoon and kharif crop report with lakh and crore, a cyber attack on a
retailer, an earthquake, an art auction, a film festival with the box office, a telecoms merger
in a results-call transcript with speaker labels, a sovereign debt restructuring under an IMF
programme, an athletics championships with results in prose, a vehicle recall, a census release,
a research prize), about real institutions, companies, places and office holders. The events are
modelled on real ones but details, quotations and many figures are invented or approximate and
must not be read as reporting; invented people appear only in minor roles (an analyst, a
demographer). No ``statements`` key: statements are not scored for this set. One brief states
no date of its own (``own8-ho-06``, a dateline without a date): it has no ``published``, and its
``reference_date`` is the notional publication date.

Markup (as sets 6 and 7):
- briefs: ``[[span|TYPE]]`` / ``[[span|TYPE|canonical name]]`` (entity),
  ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]`` (figure), ``[[span|D|value]]`` (date);
- date cases: ``[span|value]``; figure cases: ``[span|kind|value]`` / ``[span|kind|value|unit]``.
The script computes the offsets, asserts ``text[start:end] == span`` for every item, order and
no overlap, known types/kinds, ISO 4217 codes (from a list of real codes), ``%``/``pp``, unit
symbols, count nouns, ISO 8601 date values (real days and months, ISO weeks, ``START/END`` with
start before end, durations), that a full-date value of a span naming a weekday falls on that
weekday (both ends for a weekday range), 150-260 words per brief, that a brief's ``published``
equals its ``reference_date`` and is the value of one of its date spans, unique ids (prefix
``own8-``) and texts, and that ``shared/eval/score.py F F`` gives 1.000 in every section of each
file (run with ``/work/main/.venv/bin/python`` when it exists).

Run from the project root: ``python3 eval/build_own8_heldout.py`` (rewrites the three files). The
mechanics (marks, offsets, checks, writing) are ``eval/case_marks.py``'s, shared by sets 6-8.

Choices where ANNOTATION.md, eval/README.md and the set 7 builder are silent (applied throughout):
- Titles of films and paintings ("It Was Just an Accident", "Lilo & Stitch", "Salvator Mundi")
  and names of awards ("Palme d'Or", "Grand Prix", "Abel Prize") are not tagged, like titles of
  publications: the schema has no WORK_OF_ART type. A festival or championships is EVENT
  ("Cannes Film Festival", "World Athletics Championships"); a named relief mission is EVENT
  ("Operation Brahma"), as missions are.
- Medicines by brand are PRODUCT ("Kisunla", "Leqembi"), as set 7 read vaccines; the generic
  name in brackets ("donanemab") is left untagged, like a disease name. Vehicle models are
  PRODUCT under the maker's Wikipedia title ("F-150" -> "Ford F-Series", "Bronco" -> "Ford
  Bronco"). "Medicare" is ORG (a named programme that acts like an organisation). Streets are
  FAC ("Madison Avenue"), as roads are; "the Breuer Building" and stadiums are FAC.
- "the South" (of the United States) is LOC "Southern United States"; "the District of Columbia"
  is GPE "Washington, D.C."; "Britain" is GPE "United Kingdom"; "North American" (of a box
  office) is NORP. "the House" is ORG "United States House of Representatives". "the State"
  (an Indian state) and "the Centre" stay untagged.
- Transcript labels ("MENON:", "DELLA VALLE:") tag the surname as PERSON with the full name from
  the participants line (README reading); "Three" (the operator) is ORG "Three UK".
- A count whose noun names the thing counted in the headline ("toll passes 1,700") restores
  "death"; "About 6.9 million Americans" is a count with the noun "American" (also a NORP
  entity; the lists are separate). "seven golds" -> "gold". A hyphenated count keeps the number
  only ("30-storey" -> 30 "storey"; "eight-film series" -> 8 "film").
- Earthquake magnitudes are `number`s ("7.7-magnitude" -> "7.7"); a vote "11-0" is two
  `number`s. Race times and times of day ("12:50 p.m.", "about 20 minutes", "12 minutes later")
  are untagged (sub-day). "about a third of clothing revenue" stays untagged (a fraction of a
  whole).
- "6.30 metres, or 20 feet 8 inches": the second measure is a figure of its own, 20.6666666667
  ft by the two-unit rule. Results lines give each mark with its unit ("6.00m").
- Pence are money in pounds ("4.0p" -> 0.04 GBP). "GH¢" is the Ghanaian cedi (GHS). A "$" in an
  Australian brief is AUD (dateline rule); "A$" is AUD anywhere. Basis points are "pp" divided by
  100 ("25 basis points" -> 0.25 pp, README reading).
- Lakh and crore apply to units as to money: "1,121 lakh hectares" -> 112100000 ha, "3,540 lakh
  tonnes" -> 354000000 t, "some 1.1 crore farmers" -> 11000000 "farmer"; "₹1.2 lakh crore" ->
  1.2e12 INR.
- Dates: "the 52 weeks to 29 March" (a retailer's year) is one span at day precision,
  "2024-03-31/2025-03-29"; "the year to March" is April-March at month precision; a UK
  company's "the current financial year" / "this financial year" is April-March (README
  reading). "Easter Sunday" and "Memorial Day" used as days are points. The Indian "2025-26"
  crop season is "2025/2026" (set 7 reading of a crop season); an Indian "FY26" is the
  April-March year "2025-04/2026-03". "the January-March quarter" is one span. "October-December" (a forecast season) is a month range. "the
  spring" in a future clause is next spring. "nearly five decades" is P50Y and "more than two
  decades" P20Y (the modifier inside, as for "more than 40 years"). "a year ago" after a sown
  area is a point at year precision (set 7). "the IMF programme's 2023-26 period" is
  "2023/2026" (a plain span of calendar years). "between July 1, 2023, and July 1, 2024" is one
  range with "between" outside. "full-year results" and "a month" after an amount are not dates
  (rate and modifier words).
- Date cases: "the Friday before last" is the Friday before last Friday; "a fortnight from
  Thursday" is the coming Thursday plus 14 days; "the second week of June" (a month that starts
  on a Monday) is the ISO week of its 8th-14th; "earlier this week" keeps the current ISO week
  and "the week after next" is the ISO week two ahead; "this coming Saturday" is the next one;
  "between six and eight weeks" is two durations (README); Black Friday is the day after U.S.
  Thanksgiving. Negatives: an ordinal day count, "the Good Friday Agreement" (a name), a sub-day
  duration, a habitual "every Monday", and a company named "August Storck".
- Figure cases: a bare phrase is a `number` (README); "₹3,25,000 crore", "4,56,789" (Indian
  grouping), "NOK 2 511 billion" and "12 500 cubic metres" (spaced groups) are one figure each;
  "12M" views is a count of 12000000; "120 zł" is PLN, "KSh" KES, "R450 million" in a South
  African sentence ZAR; "half a percentage point" is one figure, 0.5 pp; "3.4pc" is 3.4 %;
  "upwards of" and "no more than" are modifiers inside the span, as "up to" is.
"""

from __future__ import annotations

from case_marks import build_set

SOURCE_BRIEFS = (
    "own8: written and annotated by hand for briefx (held-out set 8, session 9) by a helper who "
    "neither read nor ran briefx; real institutions, companies, places and office holders, events "
    "modelled on 2024-2025 news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own8: short cases written and annotated by hand for briefx (held-out set 8, session 9) by a "
    "helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

# ---------------------------------------------------------------------------------------------
# Briefs: (id, family, reference_date, published, marked text)
# ---------------------------------------------------------------------------------------------
BRIEFS: list[tuple[str, str, str, str | None, str]] = [
    (
        "own8-ho-01", "medicine-approval", "2024-07-03", "2024-07-03",
        "[[FDA|ORG|Food and Drug Administration]] clears [[Lilly|ORG|Eli Lilly and Company]]'s "
        "Alzheimer's drug [[Kisunla|PRODUCT]] after advisers' backing\n\n"
        "[[WASHINGTON|GPE|Washington, D.C.]], [[July 3, 2024|D|2024-07-03]] — The "
        "[[U.S.|GPE|United States]] [[Food and Drug Administration|ORG]] has approved "
        "[[Eli Lilly|ORG|Eli Lilly and Company]]'s [[Kisunla|PRODUCT]] (donanemab) for adults with "
        "early Alzheimer's disease, the company said on [[Tuesday|D|2024-07-02]], making it the "
        "[[second|ordinal|2]] drug of its kind on the [[American|NORP]] market after "
        "[[Eisai|ORG]] and [[Biogen|ORG]]'s [[Leqembi|PRODUCT]].\n\n"
        "The decision follows an [[11|number|11]]-[[0|number|0]] vote by the agency's outside "
        "advisers on [[June 10|D|2024-06-10]] and a delay in [[March|D|2024-03]], when the "
        "[[FDA|ORG|Food and Drug Administration]] asked for the panel. In an [[18-month|D|P18M]] "
        "trial of [[1,736|count|1736|patient]] patients, the drug slowed decline by "
        "[[35%|percent|35|%]] against placebo. Brain swelling or bleeding was seen in "
        "[[24%|percent|24|%]] of those treated, and [[three|count|3|death]] deaths were linked to it.\n\n"
        "[[Lilly|ORG|Eli Lilly and Company]] will charge [[$32,000|money|32000|USD]] for a "
        "[[12-month|D|P12M]] course, [[about $5,500|money|5500|USD]] more than "
        "[[Leqembi|PRODUCT]], but patients can stop once scans show the plaques have cleared. "
        "[[Anne White|PERSON]], who heads the company's neuroscience unit, said the "
        "[[first|ordinal|1]] infusions would start within weeks.\n\n"
        "In [[Europe|LOC]], the [[European Medicines Agency|ORG]] "
        "([[EMA|ORG|European Medicines Agency]]) is still reviewing the medicine, and its "
        "[[Committee for Medicinal Products for Human Use|ORG]] is expected to give an opinion "
        "[[later this year|D|2024]]. [[Medicare|ORG]] will pay for patients enrolled in a registry.\n\n"
        "[[Lilly|ORG|Eli Lilly and Company]] shares rose [[1.2%|percent|1.2|%]] to "
        "[[$927.49|money|927.49|USD]] in [[New York|GPE|New York City]]. "
        "[[About 6.9 million|count|6900000|American]] [[Americans|NORP|American]] live with "
        "Alzheimer's, according to the [[Alzheimer's Association|ORG]], a number it expects to "
        "nearly double by [[2060|D|2060]].\n",
    ),
    (
        "own8-ho-02", "export-controls", "2024-12-03", "2024-12-03",
        "CHIPS AND TRADE DIGEST – [[Tuesday, 3 December 2024|D|2024-12-03]]\n\n"
        "• [[Washington|GPE|Washington, D.C.]]: The [[Commerce Department|ORG|United States Department of Commerce]]'s "
        "[[Bureau of Industry and Security|ORG]] ([[BIS|ORG|Bureau of Industry and Security]]) on "
        "[[Monday|D|2024-12-02]] added [[140|count|140|entity]] entities, most of them [[Chinese|NORP]] "
        "toolmakers such as [[Naura|ORG|Naura Technology Group]] and [[Piotech|ORG]], to its trade "
        "blacklist and curbed sales of high-bandwidth memory to [[China|GPE]]. Controls on "
        "[[24|count|24|type]] types of chipmaking equipment and [[three|count|3|type]] types of software "
        "apply from [[Dec. 31|D|2024-12-31]]. Commerce Secretary [[Gina Raimondo|PERSON]] called it "
        "the [[third|ordinal|3]] and strongest round since [[October 2022|D|2022-10]].\n"
        "• [[Beijing|GPE]]: [[China|GPE]]'s [[Ministry of Commerce|ORG|Ministry of Commerce of the People's Republic of China]] "
        "banned exports of gallium, germanium and antimony to the [[United States|GPE]] on "
        "[[Tuesday|D|2024-12-03]]. [[China|GPE]] produces [[about 98%|percent|98|%]] of the world's gallium.\n"
        "• [[Veldhoven|GPE]]: [[ASML|ORG|ASML Holding]] kept its forecast of [[€30 billion|money|30000000000|EUR]] "
        "to [[€35 billion|money|35000000000|EUR]] in sales for [[2025|D|2025]]; its shares rose "
        "[[3.9%|percent|3.9|%]] in [[Amsterdam|GPE]]. [[Dutch|NORP]] rules on servicing machines follow in "
        "[[January|D|2025-01]].\n"
        "• [[Tokyo|GPE]]: [[Tokyo Electron|ORG]] said [[China|GPE]] made up [[about 40%|percent|40|%]] of "
        "its sales in [[the six months to September|D|2024-04/2024-09]].\n"
        "• [[Seoul|GPE]]: [[SK Hynix|ORG]] and [[Samsung Electronics|ORG]] expect a limited hit. "
        "[[South Korea|GPE]]'s chip exports reached a record [[$12.5 billion|money|12500000000|USD]] in "
        "[[November|D|2024-11]], up [[30.8%|percent|30.8|%]] from [[a year earlier|D|2023-11]].\n"
        "• Next: the administration of President [[Joe Biden|PERSON]], who leaves office on "
        "[[Jan. 20|D|2025-01-20]], is weighing global caps on AI chips that [[Nvidia|ORG]] says could "
        "hit sales in [[more than 120|count|120|country]] countries. Industry groups have "
        "[[30 days|D|P30D]] to comment.\n",
    ),
    (
        "own8-ho-03", "housing", "2025-03-03", "2025-03-03",
        "Home values hit record as [[first|ordinal|1]] rate cut lifts buyers\n\n"
        "[[SYDNEY|GPE|Sydney]], [[3 March 2025|D|2025-03-03]] — [[Australian|NORP]] home values rose "
        "[[0.3 per cent|percent|0.3|%]] in [[February|D|2025-02]], ending [[three months|D|P3M]] of "
        "falls, after the [[Reserve Bank of Australia|ORG]] ([[RBA|ORG|Reserve Bank of Australia]]) cut "
        "its cash rate for the [[first|ordinal|1]] time in [[more than four years|D|P4Y]], property "
        "data firm [[CoreLogic|ORG]] said on [[Monday|D|2025-03-03]].\n\n"
        "The [[RBA|ORG|Reserve Bank of Australia]] lowered the rate by "
        "[[25 basis points|percent|0.25|pp]] to [[4.10 per cent|percent|4.1|%]] on "
        "[[18 February|D|2025-02-18]]. Governor [[Michele Bullock|PERSON]] warned that markets were "
        "wrong to count on [[three|count|3|cut]] more cuts [[this year|D|2025]].\n\n"
        "[[Melbourne|GPE]] values rose [[0.5 per cent|percent|0.5|%]] and [[Sydney|GPE]] "
        "[[0.3 per cent|percent|0.3|%]], while [[Perth|GPE]] slowed after [[two years|D|P2Y]] of "
        "double-digit gains. The national median dwelling value is [[A$811,000|money|811000|AUD]]; "
        "in [[Sydney|GPE]] it is [[almost $1.2 million|money|1200000|AUD]].\n\n"
        "A borrower with a [[$600,000|money|600000|AUD]] loan over [[30 years|D|P30Y]] saves "
        "[[about $90|money|90|AUD]] a month, the [[Commonwealth Bank|ORG|Commonwealth Bank of Australia]] "
        "said, after the [[four|count|4|bank]] major banks passed on the cut in full. Auction clearance "
        "rates reached [[71.4 per cent|percent|71.4|%]] in [[Sydney|GPE]] on [[Saturday|D|2025-03-01]].\n\n"
        "Treasurer [[Jim Chalmers|PERSON]] said the [[Albanese|PERSON|Anthony Albanese]] government's "
        "target of [[1.2 million|count|1200000|home]] new homes over [[five years|D|P5Y]] from "
        "[[July 2024|D|2024-07]] was within reach, though approvals are running at "
        "[[about 14,800|count|14800|dwelling]] a month. Opposition leader [[Peter Dutton|PERSON]] has "
        "promised to ban foreign investors from buying existing homes for [[two years|D|P2Y]]. "
        "A federal election must be held by [[17 May|D|2025-05-17]].\n",
    ),
    (
        "own8-ho-04", "monsoon-crops", "2025-10-01", "2025-10-01",
        "Monsoon ends [[8%|percent|8|%]] above normal; kharif sowing at record\n\n"
        "[[NEW DELHI|GPE|New Delhi]], [[October 1|D|2025-10-01]]: [[India|GPE]] received "
        "[[937.2 mm|quantity|937.2|mm]] of rain in the [[four-month|D|P4M]] south-west monsoon season "
        "that ended on [[Tuesday|D|2025-09-30]], [[108 per cent|percent|108|%]] of the long-period "
        "average of [[868.6 mm|quantity|868.6|mm]], the [[India Meteorological Department|ORG]] "
        "([[IMD|ORG|India Meteorological Department]]) said.\n\n"
        "[[IMD|ORG|India Meteorological Department]] Director General [[Mrutyunjay Mohapatra|PERSON]] said "
        "[[Punjab|GPE|Punjab, India]] and [[Himachal Pradesh|GPE]] had their worst floods since "
        "[[1988|D|1988]], while the north-east got [[20 per cent|percent|20|%]] less rain than normal. He "
        "expects above-normal rain in [[October-December|D|2025-10/2025-12]].\n\n"
        "Kharif crops were sown on [[1,121 lakh hectares|quantity|112100000|ha]], against "
        "[[1,105 lakh hectares|quantity|110500000|ha]] [[a year ago|D|2024]], the "
        "[[Ministry of Agriculture and Farmers Welfare|ORG]] said. Rice covered "
        "[[441 lakh hectares|quantity|44100000|ha]]. Agriculture Minister "
        "[[Shivraj Singh Chouhan|PERSON]] said foodgrain output could top "
        "[[3,540 lakh tonnes|quantity|354000000|t]] [[this year|D|2025]].\n\n"
        "The minimum support price of paddy rises by [[₹69|money|69|INR]] to "
        "[[₹2,369|money|2369|INR]] a quintal for [[the 2025-26 season|D|2025/2026]]. The "
        "[[Food Corporation of India|ORG]] bought rice worth [[₹1.2 lakh crore|money|1200000000000|INR]] "
        "from [[some 1.1 crore|count|11000000|farmer]] farmers [[last year|D|2024]].\n\n"
        "Storage in the [[161|count|161|reservoir]] reservoirs watched by the "
        "[[Central Water Commission|ORG]] stood at [[86 per cent|percent|86|%]] of capacity on "
        "[[Thursday|D|2025-09-25]]. In [[Maharashtra|GPE]], onion prices at [[Lasalgaon|GPE]], "
        "[[Asia|LOC]]'s biggest onion market, fell to [[₹1,100|money|1100|INR]] a quintal, and traders "
        "expect [[Rs 40,000 crore|money|400000000000|INR]] of crop losses in the State after "
        "[[September|D|2025-09]]'s rains.\n",
    ),
    (
        "own8-ho-05", "cyber-attack", "2025-05-21", "2025-05-21",
        "[[M&S|ORG|Marks & Spencer]] puts cost of cyber attack at [[£300m|money|300000000|GBP]]\n\n"
        "[[LONDON|GPE|London]], [[21 May 2025|D|2025-05-21]] — [[Marks & Spencer|ORG]] said on "
        "[[Wednesday|D|2025-05-21]] that the cyber attack that forced it to halt online orders on "
        "[[25 April|D|2025-04-25]] would cut operating profit by [[about £300m|money|300000000|GBP]] in "
        "[[the current financial year|D|2025-04/2026-03]], and that disruption would last until "
        "[[July|D|2025-07]].\n\n"
        "Chief executive [[Stuart Machin|PERSON]] said the hackers got in through an outside contractor on "
        "[[Easter Sunday|D|2025-04-20]] and took customers' names and addresses, but not card details. "
        "Insurance should cover [[up to £100m|money|100000000|GBP]]. The [[National Crime Agency|ORG]] "
        "is investigating a group known as [[Scattered Spider|ORG]], which is also suspected in attacks "
        "on the [[Co-op|ORG|Co-operative Group]] and [[Harrods|ORG]].\n\n"
        "For [[the 52 weeks to 29 March|D|2024-03-31/2025-03-29]], profit before tax rose "
        "[[22.2%|percent|22.2|%]] to [[£875.5m|money|875500000|GBP]] on sales of "
        "[[£13.9bn|money|13900000000|GBP]]. Food sales grew [[8.7%|percent|8.7|%]] and clothing and home "
        "[[3.9%|percent|3.9|%]]. The dividend rises to [[4.0p|money|0.04|GBP]] a share.\n\n"
        "Online sales, about a third of clothing revenue, have been suspended for "
        "[[26 days|D|P26D]]; stores stayed open, though some shelves were empty for [[a week|D|P1W]] "
        "as stock systems failed. [[M&S|ORG|Marks & Spencer]] also ran [[48|count|48|store]] stores in "
        "[[Ireland|GPE]] where click-and-collect was paused.\n\n"
        "The shares, which lost [[about £1bn|money|1000000000|GBP]] in value after the attack, rose "
        "[[3%|percent|3|%]]. The [[Information Commissioner's Office|ORG]] said it was making "
        "inquiries. [[Machin|PERSON|Stuart Machin]] said the retailer would speed up a "
        "[[two-year|D|P2Y]] technology upgrade.\n",
    ),
    (
        "own8-ho-06", "earthquake", "2025-03-30", None,
        "[[Myanmar|GPE]] quake toll passes [[1,700|count|1700|death]] as aid trickles in\n\n"
        "[[MANDALAY|GPE|Mandalay]], [[Myanmar|GPE]] — Rescuers dug through rubble with their hands in "
        "[[Mandalay|GPE]] on [[Sunday|D|2025-03-30]] after [[Friday|D|2025-03-28]]'s "
        "[[7.7|number|7.7]]-magnitude earthquake, as the military government said "
        "[[1,700|count|1700|person]] people had been killed, [[3,400|count|3400|person]] injured and "
        "[[about 300|count|300|person]] were missing.\n\n"
        "The quake struck at 12:50 p.m. [[16 km|quantity|16|km]] north-west of [[Sagaing|GPE]] at a "
        "depth of [[10 kilometres|quantity|10|km]], the [[United States Geological Survey|ORG]] said, and "
        "was followed 12 minutes later by a [[6.7|number|6.7]] aftershock. It was "
        "[[Myanmar|GPE]]'s strongest since [[1912|D|1912]]. A colonial-era bridge over the "
        "[[Irrawaddy|LOC|Irrawaddy River]] river collapsed.\n\n"
        "Junta leader [[Min Aung Hlaing|PERSON]] declared [[a week|D|P1W]] of national mourning from "
        "[[Monday|D|2025-03-31]]. The opposition [[National Unity Government|ORG]] announced a "
        "[[two-week|D|P2W]] pause in offensive operations.\n\n"
        "In [[Bangkok|GPE]], [[about 1,000 km|quantity|1000|km]] away, a [[30|count|30|storey]]-storey "
        "tower being built for the [[State Audit Office|ORG|State Audit Office of the Kingdom of Thailand]] "
        "collapsed, killing [[at least 18|count|18|person]] people. [[Thai|NORP]] Prime Minister "
        "[[Paetongtarn Shinawatra|PERSON]] declared the capital an emergency zone.\n\n"
        "[[China|GPE]] sent [[82|count|82|rescuer]] rescuers and pledged "
        "[[100 million yuan|money|100000000|CNY]] ([[$13.8 million|money|13800000|USD]]); "
        "[[India|GPE]] flew in [[15 tonnes|quantity|15|t]] of supplies under "
        "[[Operation Brahma|EVENT]]. The [[United Nations|ORG]] released [[$5 million|money|5000000|USD]] "
        "from its emergency fund, and the [[U.S.|GPE|United States]] pledged "
        "[[$2 million|money|2000000|USD]]. Aid groups said [[more than 10,000|count|10000|building]] "
        "buildings had fallen.\n",
    ),
    (
        "own8-ho-07", "art-auction", "2025-11-19", "2025-11-19",
        "[[Klimt|PERSON|Gustav Klimt]] portrait fetches [[$236.4m|money|236400000|USD]], [[second|ordinal|2]]-highest auction "
        "price ever\n\n"
        "[[NEW YORK|GPE|New York City]], [[Nov. 19, 2025|D|2025-11-19]] — A portrait by "
        "[[Gustav Klimt|PERSON]] sold for [[$236.4 million|money|236400000|USD]] with fees at "
        "[[Sotheby's|ORG]] on [[Tuesday|D|2025-11-18]], the highest price for a modern work at auction "
        "and [[second|ordinal|2]] only to [[Leonardo da Vinci|PERSON]]'s Salvator Mundi, which made "
        "[[$450.3 million|money|450300000|USD]] at [[Christie's|ORG]] in [[2017|D|2017]].\n\n"
        "The painting of [[Elisabeth Lederer|PERSON]], made between [[1914 and 1916|D|1914/1916]], came from the "
        "collection of [[Leonard Lauder|PERSON]], the cosmetics heir who died in [[June|D|2025-06]]. "
        "Bidding opened at [[$130 million|money|130000000|USD]] and lasted about 20 minutes among "
        "[[six|count|6|bidder]] bidders.\n\n"
        "It was the top lot of the [[first|ordinal|1]] sales at the auction house's new headquarters in "
        "the [[Breuer Building|FAC]] on [[Madison Avenue|FAC]]. The evening raised "
        "[[$706 million|money|706000000|USD]] from [[24|count|24|lot]] lots, [[two|count|2|landscape]] "
        "more [[Klimt|PERSON|Gustav Klimt]] landscapes fetching [[$86 million|money|86000000|USD]] and "
        "[[$68.3 million|money|68300000|USD]]. Chief executive [[Charles Stewart|PERSON]] said the "
        "market had \"turned a corner\".\n\n"
        "Global auction sales fell [[20%|percent|20|%]] in [[2024|D|2024]], according to "
        "[[Art Basel|ORG]] and [[UBS|ORG]], after [[two years|D|P2Y]] of decline. In [[London|GPE]], "
        "[[Christie's|ORG]] sold a [[Turner|PERSON|J. M. W. Turner]] seascape for "
        "[[£9.1 million|money|9100000|GBP]] in [[July|D|2025-07]].\n\n"
        "A [[Frida Kahlo|PERSON]] self-portrait is offered at [[Sotheby's|ORG]] on "
        "[[Thursday|D|2025-11-20]] with an estimate of [[$40|money|40000000|USD]]-"
        "[[$60 million|money|60000000|USD]], which would make it the most expensive work by a woman "
        "artist. The [[Metropolitan Museum of Art|ORG]] received [[about 80|count|80|work]] "
        "works from [[Lauder|PERSON|Leonard Lauder]] in [[2013|D|2013]].\n",
    ),
    (
        "own8-ho-08", "film", "2025-05-26", "2025-05-26",
        "[[Panahi|PERSON|Jafar Panahi]] takes Palme d'Or; Stitch rules holiday box office\n\n"
        "[[CANNES|GPE|Cannes]], [[France|GPE]], [[May 26|D|2025-05-26]] — [[Iranian|NORP]] director "
        "[[Jafar Panahi|PERSON]] won the Palme d'Or at the [[78th|ordinal|78]] "
        "[[Cannes Film Festival|EVENT]] on [[Saturday|D|2025-05-24]] for It Was Just an Accident, a "
        "revenge drama shot in secret in [[Iran|GPE]]. [[Panahi|PERSON|Jafar Panahi]], who was barred "
        "from leaving his country for [[more than a decade|D|P10Y]], received the award from jury "
        "president [[Juliette Binoche|PERSON]].\n\n"
        "The Grand Prix went to [[Norway|GPE]]'s [[Joachim Trier|PERSON]] for Sentimental Value, and "
        "[[Brazil|GPE]]'s [[Wagner Moura|PERSON]] was named best actor. The [[12-day|D|P12D]] festival "
        "opened on [[May 13|D|2025-05-13]]; [[about 40,000|count|40000|guest]] accredited guests "
        "attended. The film opens in [[French|NORP]] cinemas on [[1 October|D|2025-10-01]].\n\n"
        "At the [[North American|NORP]] box office, [[Disney|ORG|The Walt Disney Company]]'s live-action "
        "Lilo & Stitch took [[an estimated $183 million|money|183000000|USD]] over the "
        "[[four-day|D|P4D]] holiday weekend ending on [[Memorial Day|D|2025-05-26]], and "
        "[[$341.7 million|money|341700000|USD]] worldwide. [[Paramount|ORG|Paramount Pictures]]'s "
        "Mission: Impossible – The Final Reckoning, starring [[Tom Cruise|PERSON]], took "
        "[[second|ordinal|2]] place with [[$77 million|money|77000000|USD]], the best opening of the "
        "[[eight|count|8|film]]-film series.\n\n"
        "Takings across the top [[10|count|10|film]] films rose to [[$329 million|money|329000000|USD]], "
        "beating the record set in [[2013|D|2013]], according to [[Comscore|ORG]]. In [[Britain|GPE|United Kingdom]], "
        "Lilo & Stitch made [[£10.2m|money|10200000|GBP]], and in [[France|GPE]] the [[Centre national du cinéma|ORG|Centre national du cinéma et de l'image animée]] "
        "counted [[3.1 million|count|3100000|admission]] cinema admissions.\n",
    ),
    (
        "own8-ho-09", "telecoms-merger", "2025-05-20", "2025-05-20",
        "[[Vodafone|ORG|Vodafone Group]] full-year results call – transcript extract, "
        "[[20 May 2025|D|2025-05-20]]\n\n"
        "Participants: [[Margherita Della Valle|PERSON]], chief executive; [[Luka Mucic|PERSON]], chief "
        "financial officer; [[Priya Menon|PERSON]], analyst, [[Redburn|ORG]]\n\n"
        "[[MENON|PERSON|Priya Menon]]: When does the merger with [[Three|ORG|Three UK]] close, and what "
        "does it commit you to?\n\n"
        "[[DELLA VALLE|PERSON|Margherita Della Valle]]: We expect to complete by "
        "[[the end of this month|D|2025-05]], after the [[Competition and Markets Authority|ORG]] cleared "
        "the deal on [[5 December|D|2024-12-05]]. We will own [[51%|percent|51|%]] and "
        "[[CK Hutchison|ORG|CK Hutchison Holdings]] [[49%|percent|49|%]] of [[VodafoneThree|ORG]], "
        "which will have [[about 27 million|count|27000000|customer]] customers. We have committed to "
        "invest [[£11 billion|money|11000000000|GBP]] over [[10 years|D|P10Y]] and to reach "
        "[[99%|percent|99|%]] of the population with standalone 5G by [[2034|D|2034]].\n\n"
        "[[MUCIC|PERSON|Luka Mucic]]: For [[the year to March|D|2024-04/2025-03]], revenue rose "
        "[[2.2%|percent|2.2|%]] to [[€37.4 billion|money|37400000000|EUR]]. [[Germany|GPE]], our biggest "
        "market, fell [[5.3%|percent|5.3|%]] in [[the January-March quarter|D|2025-01/2025-03]]. We completed "
        "the sale of our [[Italian|NORP]] business to [[Swisscom|ORG]] for "
        "[[€8 billion|money|8000000000|EUR]] on [[31 December|D|2024-12-31]], and we will buy back "
        "[[up to €2 billion|money|2000000000|EUR]] of shares in [[this financial year|D|2025-04/2026-03]].\n\n"
        "[[MENON|PERSON|Priya Menon]]: And [[India|GPE]]?\n\n"
        "[[MUCIC|PERSON|Luka Mucic]]: The [[Indian|NORP]] government converted "
        "[[₹36,950 crore|money|369500000000|INR]] of dues in [[Vodafone Idea|ORG]] into equity in "
        "[[March|D|2025-03]], taking its stake to [[48.99%|percent|48.99|%]]. Ours is "
        "[[about 16%|percent|16|%]]; we have no plan to put in more money.\n\n"
        "[[DELLA VALLE|PERSON|Margherita Della Valle]]: It is the [[first|ordinal|1]] year of growth in "
        "[[Europe|LOC]] since [[2022|D|2022]], and [[Spain|GPE]] is behind us.\n",
    ),
    (
        "own8-ho-10", "sovereign-debt", "2024-10-10", "2024-10-10",
        "[[ACCRA|GPE|Accra]], [[Ghana|GPE]], [[October 10, 2024|D|2024-10-10]] — [[Ghana|GPE]] said on "
        "[[Wednesday|D|2024-10-09]] it had completed the exchange of [[about $13 billion|money|13000000000|USD]] "
        "of Eurobonds with a [[37%|percent|37|%]] haircut, bringing [[Africa|LOC]]'s "
        "[[second|ordinal|2]]-largest gold producer close to the end of a debt overhaul that began when it "
        "stopped paying most external creditors in [[December 2022|D|2022-12]].\n\n"
        "Finance Minister [[Mohammed Amin Adam|PERSON]] said holders received [[two|count|2|bond]] new "
        "bonds maturing between [[2029 and 2035|D|2029/2035]], saving [[$4.4 billion|money|4400000000|USD]] "
        "in debt service over the [[International Monetary Fund|ORG]] programme's [[2023-26|D|2023/2026]] "
        "period. Official creditors co-chaired by [[China|GPE]] and [[France|GPE]] agreed terms in "
        "[[January|D|2024-01]] on [[$5.1 billion|money|5100000000|USD]] of loans.\n\n"
        "The [[IMF|ORG|International Monetary Fund]] approved a [[$3 billion|money|3000000000|USD]], "
        "[[three-year|D|P3Y]] loan in [[May 2023|D|2023-05]]; its board is due to complete a "
        "[[third|ordinal|3]] review in [[December|D|2024-12]], unlocking "
        "[[about $360 million|money|360000000|USD]]. Domestic bondholders took losses on "
        "[[GH¢82 billion|money|82000000000|GHS]] of debt in [[2023|D|2023]].\n\n"
        "The cedi has weakened [[about 19 per cent|percent|19|%]] against the dollar [[this year|D|2024]] "
        "to [[GH¢16.3|money|16.3|GHS]]. Inflation fell to [[21.5 per cent|percent|21.5|%]] in "
        "[[September|D|2024-09]] from a peak of [[54.1 per cent|percent|54.1|%]], the "
        "[[Ghana Statistical Service|ORG]] said, and the [[Bank of Ghana|ORG]] has cut its policy rate by "
        "[[300 basis points|percent|3|pp]] since [[January|D|2024-01]].\n\n"
        "Voters choose a president on [[7 December|D|2024-12-07]]. Vice-President "
        "[[Mahamudu Bawumia|PERSON]] of the [[New Patriotic Party|ORG]] faces former president "
        "[[John Mahama|PERSON]] of the [[National Democratic Congress|ORG]], who has promised to "
        "renegotiate the [[IMF|ORG|International Monetary Fund]] deal. [[Zambia|GPE]] needed "
        "[[more than three years|D|P3Y]] to finish its own restructuring.\n",
    ),
    (
        "own8-ho-11", "athletics", "2025-09-16", "2025-09-16",
        "[[Duplantis|PERSON|Armand Duplantis]] raises pole vault record to [[6.30m|quantity|6.3|m]] in "
        "[[Tokyo|GPE]]\n\n"
        "[[TOKYO|GPE|Tokyo]], [[Sept 16|D|2025-09-16]] – [[Sweden|GPE]]'s [[Armand Duplantis|PERSON]] "
        "cleared [[6.30 metres|quantity|6.3|m]], or [[20 feet 8 inches|quantity|20.6666666667|ft]], at the "
        "[[World Athletics Championships|EVENT]] on [[Monday|D|2025-09-15]], breaking the world record "
        "for the [[14th|ordinal|14]] time and winning a [[third|ordinal|3]] straight world title in front "
        "of [[about 55,000|count|55000|spectator]] spectators at the [[Japan National Stadium|FAC]].\n\n"
        "He raised his own mark by [[one centimetre|quantity|1|cm]] at his [[third|ordinal|3]] attempt. "
        "Pole vault final: [[Duplantis|PERSON|Armand Duplantis]] ([[Sweden|GPE]]) "
        "[[6.30m|quantity|6.3|m]]; [[Emmanouil Karalis|PERSON]] ([[Greece|GPE]]) [[6.00m|quantity|6|m]]; "
        "[[Kurtis Marschall|PERSON]] ([[Australia|GPE]]) [[5.95m|quantity|5.95|m]].\n\n"
        "[[Duplantis|PERSON|Armand Duplantis]] collects [[$100,000|money|100000|USD]] from "
        "[[World Athletics|ORG]] for the record on top of [[$70,000|money|70000|USD]] for the gold.\n\n"
        "Elsewhere, [[Chase Jackson|PERSON]] of the [[United States|GPE]] retained the women's shot put "
        "title on [[Saturday|D|2025-09-13]] with [[20.21 metres|quantity|20.21|m]], and "
        "[[India|GPE]]'s [[Neeraj Chopra|PERSON]] qualified for [[Thursday|D|2025-09-18]]'s javelin "
        "final with [[84.85m|quantity|84.85|m]]. [[Kenya|GPE]]'s [[Beatrice Chebet|PERSON]] won a "
        "[[second|ordinal|2]] gold.\n\n"
        "The [[United States|GPE]] lead the medal table with [[seven|count|7|gold]] golds, ahead of "
        "[[Kenya|GPE]] with [[four|count|4|gold]]. The championships, [[Japan|GPE]]'s "
        "[[first|ordinal|1]] since [[Osaka|GPE]] in [[2007|D|2007]], run from "
        "[[13 to 21 September|D|2025-09-13/2025-09-21]]; organisers have sold "
        "[[more than 500,000|count|500000|ticket]] tickets.\n",
    ),
    (
        "own8-ho-12", "vehicle-recall", "2025-09-12", "2025-09-12",
        "[[DEARBORN|GPE|Dearborn, Michigan]], [[Mich.|GPE|Michigan]], [[Sept 12|D|2025-09-12]] "
        "([[Reuters|ORG]]) - [[Ford Motor Co|ORG|Ford Motor Company]] is recalling "
        "[[1,075,299|count|1075299|vehicle]] vehicles in the [[United States|GPE]] because a software "
        "fault can leave the rearview camera image blank, the "
        "[[National Highway Traffic Safety Administration|ORG]] ([[NHTSA|ORG|National Highway Traffic Safety Administration]]) "
        "said on [[Friday|D|2025-09-12]].\n\n"
        "The recall covers models including the [[F-150|PRODUCT|Ford F-Series]] and "
        "[[Ranger|PRODUCT|Ford Ranger]] pickups, the [[Bronco|PRODUCT|Ford Bronco]] and the "
        "[[Lincoln Navigator|PRODUCT]]. Dealers will update the software free of charge, and letters go "
        "to owners from [[Sept. 29|D|2025-09-29]]. [[Transport Canada|ORG]] said "
        "[[about 119,000|count|119000|vehicle]] vehicles in [[Canada|GPE]] were affected.\n\n"
        "It is [[Ford|ORG|Ford Motor Company]]'s [[109th|ordinal|109]] recall in the "
        "[[U.S.|GPE|United States]] [[this year|D|2025]], more than any automaker has issued in a single "
        "year. In [[July|D|2025-07]] it recalled [[about 850,000|count|850000|vehicle]] vehicles over "
        "fuel pumps.\n\n"
        "[[NHTSA|ORG|National Highway Traffic Safety Administration]] fined the company "
        "[[$165 million|money|165000000|USD]] in [[November 2024|D|2024-11]] for moving too slowly on "
        "a [[2020|D|2020]] camera recall, the [[second|ordinal|2]]-largest civil penalty the agency "
        "has imposed. Warranty costs reached [[$2.9 billion|money|2900000000|USD]] in "
        "[[the second quarter|D|2025-04/2025-06]], and chief executive [[Jim Farley|PERSON]] has "
        "hired [[more than 1,000|count|1000|engineer]] engineers to improve quality.\n\n"
        "[[Ford|ORG|Ford Motor Company]] shares fell [[0.8%|percent|0.8|%]] to "
        "[[$11.62|money|11.62|USD]] on [[Friday|D|2025-09-12]]. The company said it knew of no crashes "
        "or injuries linked to the fault, which affects screens of [[8 inches|quantity|8|in]] and "
        "[[12 inches|quantity|12|in]].\n",
    ),
    (
        "own8-ho-13", "census", "2024-12-19", "2024-12-19",
        "[[U.S.|GPE|United States]] population grows at fastest pace since [[2001|D|2001]] as "
        "immigration surges\n\n"
        "[[WASHINGTON|GPE|Washington, D.C.]], [[Dec. 19, 2024|D|2024-12-19]] — The "
        "[[U.S.|GPE|United States]] population grew by [[almost 3.3 million|count|3300000|person]] people, "
        "or [[0.98%|percent|0.98|%]], to [[340.1 million|count|340100000|person]] between "
        "[[July 1, 2023, and July 1, 2024|D|2023-07-01/2024-07-01]], the fastest rate in "
        "[[more than two decades|D|P20Y]], the [[Census Bureau|ORG|United States Census Bureau]] said "
        "on [[Thursday|D|2024-12-19]].\n\n"
        "Net international migration added [[2.8 million|count|2800000|person]] people, while births "
        "outnumbered deaths by [[519,000|count|519000|person]]. Without immigration, the population "
        "would have grown by [[0.2%|percent|0.2|%]], said [[Kristie Wilder|PERSON]], a demographer at "
        "the bureau.\n\n"
        "[[Texas|GPE]] added [[562,941|count|562941|person]] people and [[Florida|GPE]] "
        "[[467,347|count|467347|person]]; the [[District of Columbia|GPE|Washington, D.C.]] grew "
        "fastest, by [[2.2%|percent|2.2|%]]. Only [[Vermont|GPE]] and [[West Virginia|GPE]] lost "
        "residents. The [[South|LOC|Southern United States]] gained "
        "[[1.8 million|count|1800000|person]] people, and [[California|GPE]], which had shrunk for "
        "[[three years|D|P3Y]] in a row, grew [[0.6%|percent|0.6|%]].\n\n"
        "The census of [[April 1, 2020|D|2020-04-01]] counted [[331.4 million|count|331400000|person]] "
        "people. The estimates will shape how the [[435|count|435|seat]] seats in the "
        "[[House|ORG|United States House of Representatives]] are shared out after the "
        "[[2030|D|2030]] count, and analysts said [[California|GPE]] could lose "
        "[[four|count|4|seat]].\n\n"
        "President-elect [[Donald Trump|PERSON]], who takes office on [[Jan. 20|D|2025-01-20]], has "
        "promised mass deportations. The bureau will publish estimates for cities and counties in "
        "[[the spring|D|2025-03/2025-05]].\n",
    ),
    (
        "own8-ho-14", "research-prize", "2025-03-26", "2025-03-26",
        "Abel Prize goes to [[Japan|GPE]]'s [[Masaki Kashiwara|PERSON]]\n\n"
        "[[OSLO|GPE|Oslo]], [[26 March 2025|D|2025-03-26]] — The "
        "[[Norwegian Academy of Science and Letters|ORG]] awarded [[this year|D|2025]]'s Abel Prize to "
        "[[Masaki Kashiwara|PERSON]] of [[Kyoto University|ORG]]'s "
        "[[Research Institute for Mathematical Sciences|ORG]] ([[RIMS|ORG|Research Institute for Mathematical Sciences]]) "
        "on [[Wednesday|D|2025-03-26]], for his work on algebraic analysis and representation theory.\n\n"
        "He is the [[first|ordinal|1]] [[Japanese|NORP]] mathematician to win the prize, which carries "
        "[[7.5 million Norwegian kroner|money|7500000|NOK]] ([[about $720,000|money|720000|USD]]). "
        "[[Kashiwara|PERSON|Masaki Kashiwara]] developed the theory of D-modules with his teacher "
        "[[Mikio Sato|PERSON]] in [[the 1970s|D|1970/1979]] and has written "
        "[[more than 250|count|250|paper]] papers. He joined [[RIMS|ORG|Research Institute for Mathematical Sciences]] "
        "in [[1978|D|1978]] and has stayed for [[nearly five decades|D|P50Y]].\n\n"
        "Committee chair [[Helge Holden|PERSON]] said the laureate had \"changed the way we think about "
        "equations\". King [[Harald V|PERSON]] will present the prize in [[Oslo|GPE]] on "
        "[[20 May|D|2025-05-20]]. The award, named after the [[Norwegian|NORP]] mathematician "
        "[[Niels Henrik Abel|PERSON]], was first given in [[2003|D|2003]]; "
        "[[last year|D|2024]]'s went to [[France|GPE]]'s [[Michel Talagrand|PERSON]].\n\n"
        "In other prize news, the [[Breakthrough Prize Foundation|ORG]] will name its laureates on "
        "[[5 April|D|2025-04-05]] in [[Santa Monica|GPE|Santa Monica, California]], each receiving "
        "[[$3 million|money|3000000|USD]], and [[Kyoto University|ORG]] said it would add "
        "[[¥500 million|money|500000000|JPY]] to a fund for young mathematicians over "
        "[[five years|D|P5Y]].\n",
    ),
]
# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Easter 2026 = 5 April; future clause.
        ("2026-02-10", "The new tram timetable starts on [the Wednesday after Easter|2026-04-08]."),
        # Wednesday 5 November: next week's Tuesday is the 11th, the week after's the 18th.
        ("2025-11-05", "Postal ballots will be counted [the Tuesday after next|2025-11-18]."),
        # February 2025 starts on a Saturday: Fridays 7, 14, 21.
        ("2025-01-08", "Bids for the licence are due [the third Friday of February|2025-02-21]."),
        ("2024-09-02", "The minister promised a decision [ten days before the November 5 election|2024-10-26]."),
        # June 2026 starts on a Monday: its second week is 8-14 June, ISO week 24.
        ("2026-01-12", "Talks on the fishing quota resume in [the second week of June|2026-W24]."),
        # Monday 16 June 2025: the coming Thursday is the 19th, a fortnight later 3 July.
        ("2025-06-16", "The refinery will restart [a fortnight from Thursday|2025-07-03], its owner said."),
        # Tuesday 2 April 2024: last Friday 29 March, the one before it 22 March.
        ("2024-04-02", "The inquiry published its interim report [the Friday before last|2024-03-22]."),
    ],
    "range": [
        ("2025-03-10", "The book fair runs from [Tuesday 6 to Friday 9 May|2025-05-06/2025-05-09] in Turin."),
        ("2024-10-01", "Voting took place between [late August and mid-September|2024-08/2024-09]."),
        ("2025-07-01", "The excavation will run from [the 3rd of August to 17/08/2025|2025-08-03/2025-08-17]."),
        ("2026-04-01", "Council tax was frozen over [2019-21|2019/2021], the report said."),
        ("2025-02-01", "The smelter will be shut for relining from [July 2025 to March 2026|2025-07/2026-03]."),
        ("2024-12-02", "The bridge will be closed [Christmas Eve through New Year's Day|2024-12-24/2025-01-01]."),
        ("2025-09-29", "The survey covered [1 January to 30 June 2025|2025-01-01/2025-06-30]."),
    ],
    "words": [
        ("2025-05-02", "The abbey's charter dates from [eleven hundred and twelve|1112]."),
        ("2024-03-03", "The exchange first listed the company in [two thousand and nine|2009]."),
        ("2025-08-08", "The ceasefire lapses on [the thirtieth of September|2025-09-30]."),
        ("2026-01-05", "Turnout has not been this low since [the spring of '97|1997-03/1997-05]."),
        ("2025-04-04", "The stadium opened on [the fourth of July, nineteen seventy-six|1976-07-04]."),
    ],
    "period": [
        # A hedge on a period keeps the period's value (README): "end-June" is June.
        ("2025-05-20", "The chain expects to reopen all its stores by [end-June|2025-06]."),
        ("2024-11-14", "Deliveries slipped in [the second half of last year|2023-07/2023-12]."),
        ("2025-08-20", "Sales in [the first seven months of the year|2025-01/2025-07] were 4% higher."),
        ("2024-07-15", "The central bank will publish its review [later this month|2024-07]."),
        ("2026-03-10", "Tenants marched in [February|2026-02]; rents had been raised [earlier that month|2026-02]."),
        ("2025-10-07", "The government hopes to table the bill before [the close of the year|2025]."),
        # An Indian "FY26" is the April-March year ending in March 2026 (choice, see docstring).
        ("2025-02-12", "India's fiscal deficit target for [FY26|2025-04/2026-03] is 4.4% of GDP."),
        # A U.S. federal fiscal year (ANNOTATION.md).
        ("2024-01-15", "The Pentagon's budget request for [fiscal 2025|2024-10-01/2025-09-30] tops $850 billion."),
    ],
    "weekday": [
        ("2025-06-04", "The dockers' strike ended on [Monday|2025-06-02] after talks."),
        ("2025-06-04", "The constitutional court will rule on [Monday|2025-06-09]."),
        ("2024-02-22", "[Sunday|2024-02-25]'s run-off will decide the presidency."),
        ("2024-02-22", "[Last Thursday|2024-02-15]'s storm cut power to 40,000 homes."),
        # The reference date's own weekday in a report of the day (README reading).
        ("2025-12-12", "Shares closed 2% higher on [Friday|2025-12-12] after the bank's decision."),
        ("2026-03-04", "Inspectors are expected back [this coming Saturday|2026-03-07]."),
        ("2025-01-30", "She said on [Tuesday|2025-01-28] that the plant would reopen on [Sunday|2025-02-02]."),
    ],
    "month-tense": [
        ("2025-03-05", "Car registrations jumped 9% in [January|2025-01]."),
        ("2025-03-05", "The tariff review is due in [November|2025-11]."),
        ("2024-02-14", "Exports slumped in [December|2023-12], figures released [today|2024-02-14] showed."),
        ("2025-09-09", "Fresh elections are scheduled for [March 8|2026-03-08]."),
        ("2026-06-18", "The contract was signed on [June 25|2025-06-25] after months of talks."),
    ],
    "duration": [
        ("2025-05-06", "The car plant was idle for [nine months|P9M]."),
        ("2024-10-21", "The minister announced a [five-year|P5Y] freeze on tuition fees."),
        # "N days ago" is a point at day precision (README).
        ("2025-03-31", "The airport was closed [four days ago|2025-03-27] after a fire."),
        # "between six and eight weeks" is two durations (README).
        ("2026-07-01", "Repairs to the viaduct will take between [six|P6W] and [eight weeks|P8W]."),
        ("2024-05-09", "Nurses have gone without a pay rise for [over a decade|P10Y]."),
        ("2025-11-11", "The public consultation lasts [12 weeks|P12W]."),
    ],
    "holiday": [
        # Easter 2025 = 20 April.
        ("2025-03-01", "Ferries will run a Sunday timetable on [Good Friday|2025-04-18]."),
        ("2024-12-30", "Fireworks are banned in the city centre on [New Year's Eve|2024-12-31]."),
        # Thanksgiving 2025 = 27 November.
        ("2025-10-15", "The department store opens at 6 a.m. on [Black Friday|2025-11-28]."),
        ("2026-05-01", "Congress breaks for recess [a week before Independence Day|2026-06-27]."),
    ],
    "week": [
        ("2025-04-16", "Gold hit a record high [earlier this week|2025-W16]."),
        ("2025-04-16", "The vote on the budget was postponed to [the week after next|2025-W18]."),
        ("2026-01-20", "Deliveries of the new trains resume in [calendar week 9|2026-W09]."),
    ],
    "season": [
        ("2025-11-03", "Retail sales rose 3% in [the third quarter|2025-07/2025-09]."),
        ("2024-08-01", "The tunnel is due to open in [spring 2027|2027-03/2027-05]."),
        ("2025-07-20", "Heating bills will rise again [next winter|2025-12/2026-02], the regulator warned."),
    ],
    "negative": [
        ("2025-02-03", "The 28th day of the strike passed without talks."),
        ("2025-06-20", "The Good Friday Agreement remains the basis of power-sharing."),
        ("2025-01-14", "The power cut lasted six hours."),
        ("2026-02-02", "Patients can see a doctor every Monday at the village clinic."),
        ("2025-03-03", "August Storck, the German confectioner, raised its prices."),
    ],
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "[Thirty-six thousand four hundred|count|36400|runner] runners started the marathon.",
        "The trust will plant [one million two hundred thousand|count|1200000|tree] trees.",
        "The airline flew [eleven hundred|count|1100|passenger] passengers out of the war zone.",
        "The museum welcomed [a quarter of a million|count|250000|visitor] visitors in its opening month.",
        "The repairs cost [four hundred and twelve thousand pounds|money|412000|GBP].",
    ],
    "fractions": [
        "The river rose [3¾ feet|quantity|3.75|ft] overnight.",
        "The new bond pays a coupon of [4 1/8%|percent|4.125|%].",
        "The coastal path is [one and a third miles|quantity|1.3333333333|mi] long.",
        "The central bank raised rates by [half a percentage point|percent|0.5|pp].",
        "The recalled bolts are [⅝ inch|quantity|0.625|in] wide.",
    ],
    "grouping": [
        "The state budget for the year is [₹3,25,000 crore|money|3250000000000|INR].",
        "At its peak the river carried [12 500 cubic metres|quantity|12500|m3] of water a second.",
        "The sovereign wealth fund earned [NOK 2 511 billion|money|2511000000000|NOK] last year.",
        "The constituency has [4,56,789|count|456789|voter] registered voters.",
        "The club paid [£1,234,567.89|money|1234567.89|GBP] in agents' fees.",
    ],
    "scale": [
        "Nigeria's 2025 budget is [₦54.99trn|money|54990000000000|NGN].",
        "The infrastructure fund raised [$3.2bn|money|3200000000|USD].",
        "The Berlin start-up was valued at [€900m|money|900000000|EUR].",
        "The trailer passed [12M|count|12000000|view] views in a day.",
        "Each family was paid [Rs 15 lakh|money|1500000|INR] in compensation.",
    ],
    "currency": [
        "Kenya Power will spend [KSh 1.2 billion|money|1200000000|KES] on new meters.",
        "Eskom paid [R450 million|money|450000000|ZAR] for diesel in Johannesburg's winter.",
        "A monthly rail pass in Warsaw costs [120 zł|money|120|PLN].",
        "The chipmaker will invest [₩1.5 trillion|money|1500000000000|KRW] in a new fab.",
        "The Swedish utility borrowed [SEK 40 billion|money|40000000000|SEK].",
        "Each juror receives [3,000 Swiss francs|money|3000|CHF] a month.",
    ],
    "two-unit": [
        "The baby weighed [7 pounds 4 ounces|quantity|7.25|lb] at birth.",
        "A cinema ticket in the town costs [$12 and 50 cents|money|12.5|USD].",
        "The goalkeeper stands [5 feet 11 inches|quantity|5.9166666667|ft] tall.",
    ],
    "units": [
        "Temperatures in Seville hit [47.5°C|quantity|47.5|°C].",
        "The storm dumped [18 inches|quantity|18|in] of snow on Buffalo.",
        "The ferry burns [60 tonnes|quantity|60|t] of fuel a day.",
        "The new warehouse covers [400,000 sq ft|quantity|400000|ft2].",
        "The test train reached [320 km/h|quantity|320|km/h] on the new line.",
    ],
    "comparator": [
        "[More than 2,000|count|2000|flight] flights were cancelled across Europe.",
        "Bonuses are capped at [no more than £50,000|money|50000|GBP].",
        "[Fewer than 300|count|300|student] students enrolled this autumn.",
        "The contract is worth [upwards of $4 billion|money|4000000000|USD].",
        "Lorries weighing [over 40 tonnes|quantity|40|t] are banned from the bridge.",
    ],
    "range": [
        # A range is two figures; the first takes the scale and unit of the second (ANNOTATION.md).
        "The metro extension will cost [₹8,000|money|80000000000|INR] to [₹10,000 crore|money|100000000000|INR].",
        "The bank expects growth of [1.5|percent|1.5|%]-[2%|percent|2|%] next year.",
        "Waves of [6|quantity|6|m] to [8 metres|quantity|8|m] battered the coast.",
        "The mine employs between [800|count|800|worker] and [900|count|900|worker] workers.",
    ],
    "percent": [
        "Unemployment rose [0.2 percentage point|percent|0.2|pp] to [5.1 per cent|percent|5.1|%].",
        "The ten-year yield rose [12 basis points|percent|0.12|pp].",
        "Support for the treaty stood at [forty-one percent|percent|41|%].",
        "Shop prices rose [3.4pc|percent|3.4|%] in the year to May.",
        "GDP grew [0.7 per cent|percent|0.7|%] quarter on quarter.",
    ],
    "ordinal": [
        "It was the retailer's [fourth|ordinal|4] profit warning.",
        "The [22nd|ordinal|22] edition of the book fair opens in Lagos.",
        "He became the [101st|ordinal|101] climber to finish the route.",
    ],
    "tally": [
        "The Senate voted [51|number|51]-[49|number|49] to confirm her.",
        "India beat Australia [3|number|3]-[1|number|1] in the hockey series.",
        "The motion passed by [312|number|312] to [148|number|148].",
    ],
    "approximate": [
        "[About 1,200|count|1200|family] families were evacuated from the valley.",
        "The painting could fetch [an estimated £25m|money|25000000|GBP].",
    ],
    "negative": [
        "Two in five adults skip breakfast, the survey found.",
        "The Boeing 787-9 landed safely after the engine warning.",
        "Thousands of workers marched through the capital.",
        "Section 14(2) of the act applies to all landlords.",
    ],
}


if __name__ == "__main__":
    build_set(
        "own8",
        "own8-briefs-heldout",
        BRIEFS,
        DATE_CASES,
        FIGURE_CASES,
        source_briefs=SOURCE_BRIEFS,
        source_cases=SOURCE_CASES,
    )

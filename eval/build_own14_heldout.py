"""Build the fourteenth held-out set: eval/own14-briefs-heldout.jsonl, own14-dates-heldout.jsonl and
own14-figures-heldout.jsonl (FORMAT.md).

Written fresh in session 15 by a helper session that neither read nor ran briefx (no code, tests,
models, samples or venv; no NLP tool was run on the texts) and opened no ``*.jsonl`` file under
``eval/`` or ``shared/eval/`` other than the three it writes. Besides ``shared/eval/ANNOTATION.md``,
``FORMAT.md`` and ``eval/README.md`` (its table and its sections on sets 12 and 13) it read only
``build_own13_heldout.py`` (for the file format and its markup) with ``case_marks.py``,
``date_marks.py`` and ``entity_marks.py``, and issue 14 (for the date and figure families). The
texts were written by hand for this set and annotated inline while writing, by
``shared/eval/ANNOTATION.md`` and the readings of the set 12 and 13 builders that README quotes;
where all are silent, the choice is listed below.

Briefs: 2024-2025 news of kinds, topics, regions and formats that sets 1-13 did not have (a
Moroccan minister's drought statement with a numbered list of measures, a football transfer
round-up with a dashed club list, a U.S. Supreme Court argument docket with docket numbers, a
quarterly GDP bulletin from Statistics Indonesia with a sector table, a South African port
authority's notice to port users, a university press release with notes to editors, a Q&A with
Chile's mining minister, Ethiopian News Agency copy on the Renaissance dam, a research-paper
summary in labelled sections, a business figure's obituary, a food-safety recall notice in
labelled fields, a city council meeting summary, an OCHA humanitarian flash update on a cyclone in
Mozambique, an energy-markets weekly), about real institutions, companies, places and office
holders (one invented food firm, "Ballyvane Foods Ltd", in the recall notice, so that no real firm
is named in an invented recall). The events are modelled on real ones but details, quotations and
many figures are invented or approximate and must not be read as reporting. No ``statements``
key: statements are not scored for this set. Every brief states its own date: ``published`` =
``reference_date``.

Markup (as sets 6-13):
- briefs: ``[[span|TYPE]]`` / ``[[span|TYPE|canonical name]]`` (entity),
  ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]`` (figure), ``[[span|D|value]]`` (date);
- date cases: ``[span|value]``; figure cases: ``[span|kind|value]`` / ``[span|kind|value|unit]``.
The script computes the offsets and, through ``case_marks.build_set``, asserts
``text[start:end] == span`` for every item, order and no overlap, known types/kinds, ISO 4217
codes (the list in ``case_marks.py`` extended by five real codes the figure cases need: RWF, CRC,
BOB, CDF, GTQ), ``%``/``pp``, unit symbols, count nouns, ISO 8601 date values (real days and
months, ISO weeks, ``START/END`` with start before end, durations), that a full-date value of a
span naming a weekday falls on that weekday (both ends of a weekday range, in the order the span
names them), that a brief's ``published`` equals its ``reference_date`` and is the value of one
of its date spans, unique ids (prefix ``own14-``) and texts, and that ``shared/eval/score.py F F``
gives 1.000 in every section of each file (the shared scorer, run with ``python3``, not briefx).
This script adds: 150-230 words per brief (the brief's range; ``case_marks`` allows 150-260), and
that the ISO week value of every date case spanning "this week", "last week" or "next week" is
the one ``datetime`` computes from the reference date.

Run from the project root: ``python3 eval/build_own14_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md, eval/README.md and the set 12 and 13 builders are silent (applied
throughout):
- Ranges: "from X to Y" and "between X and Y" are one span "X to Y" / "X and Y", the preposition
  outside (set 13's "from April 19 to June 1"); "between 6 and 9 months" is two durations, "6"
  ("P6M", the unit taken from the second, as figures take their scale) and "9 months" (issue 14).
  "late 2022" and "early July" keep the modifier inside the span and the value of the year or
  month (ANNOTATION.md's "the early 1990s"; set 13's "from late 2019 through early 2023").
- Periods: "the most recent quarter" in May is the last complete quarter; "the close of the year"
  the year's last month; "this financial year" in a Tanzanian text and "the 2024/25 fiscal year"
  in an Ethiopian one July-June at month precision, "the" and "fiscal year" inside
  the span as for a quarter ("the 2024/25 fiscal year") (as set 13 read Kenya's); "2024/25" of
  Transnet (South Africa) April-March; "the previous quarter" after "the second quarter of 2025"
  is the first quarter of 2025; "later that month" / "earlier that week" anchored on a date the
  sentence gives; "Week 7" heading a weekly report and "week 38" ISO weeks (issue 14's "week 12").
- Weekdays: "the previous Friday" in a Friday report is the Friday before; "last Tuesday" on a
  Monday the Tuesday of the week before; "next Friday" on a Saturday the coming Friday; "this
  Sunday" on a Wednesday the coming Sunday; the reference date's own weekday in a report of the
  day is the reference date (README).
- Seasons follow ANNOTATION.md's northern-hemisphere months, so the season cases are set only in
  northern places; holidays by their country's fixed date (Jamhuri Day 12 December, Freedom Day 27
  April, Brazil's Independence Day 7 September; "two days after Easter" from Easter 2026,
  5 April). "Labour Day" in a Kenyan case is 1 May.
- Not dates: docket numbers, notice and bulletin numbers ("No. 31/24", "No. 61/08/Th. XXVIII"),
  "Category 1", batch codes, "Stage 4" restrictions, VHF channels and phone lines (designations);
  "a year of drought" after an ordinal ("a sixth consecutive year", the ordinal only); sub-day
  spans ("two hours" of argument, "around the clock"); "daily", "a year" and "a day" after an
  amount (rates); ages ("He was 86", "dies at 86", untagged as set 11's bare ages).
- Entities: a case caption is not used; parties are named in prose, firms with their legal form
  in the span and out of ``name`` ("TikTok Inc." -> "TikTok", "Ballyvane Foods Ltd" -> "Ballyvane
  Foods", README); "the Court" (Supreme Court of the United States), "the Ministry", "Council" and
  "the University" are capitalised short forms with the full name. Football clubs are ORG by their
  Wikipedia titles ("Lyon" -> "Olympique Lyonnais", "Ipswich" -> "Ipswich Town F.C."), a national
  side before a position ("the Germany midfielder") GPE. Journals are ORG like newspapers
  ("Nature" -> "Nature (journal)"); a supercomputer and a satellite PRODUCT ("ARCHER2",
  "CryoSat-2"), a car model PRODUCT ("Nano" -> "Tata Nano"); a hospital where someone died ORG
  (dev14t's hospital as a body); dams, wharves, terminals, feeder mains, treatment plants and a
  named computing facility FAC ("Grand Ethiopian Renaissance Dam", "GERD", "Maydon Wharf",
  "Durban Container Terminal", "Bearspaw South Feeder Main", "Advanced Computing Facility"); a
  named fund that acts like an organisation ORG ("Central Emergency Response Fund", "Housing
  Accelerator Fund"); a cyclone EVENT with "Tropical Cyclone" in the span, name "Cyclone Chido";
  a river named in its local form with a lower-case "river" ("the Abay river") LOC with its
  English title ("Blue Nile"); regions, provinces and counties with a lower-case generic word
  outside the span and the Wikipedia title as ``name`` ("Cabo Delgado province" -> "Cabo Delgado
  Province", "the Antofagasta region" -> "Antofagasta Region", "counties Cork" -> "County Cork").
  Index and hub names ("TTF", "Brent"), programme and report titles, the Listeria bacterium and
  listeriosis, "Stage 4" restrictions, "the Government", "Port Control", "the Harbour Master" and
  "Press Office" (offices) are untagged; a minister's full title naming the ministry ("The Minister
  of Agriculture, Maritime Fisheries, ...") is a title, untagged, and the later "the Ministry" is
  tagged with the ministry's name as the title gives it.
- Figures: "$" in a Chilean text is written "US$" (the peso also uses "$"), so USD; "$" in
  Indian, Mozambican, Ethiopian and Ugandan texts USD (none of them a dollar country), in Calgary
  CAD (ANNOTATION.md); "€58.21/MWh", "US$ ... a barrel" and "MAD 2 per kilogram" keep the rate
  outside; "5 billion USD" and "18 billion Birr" codes and names after the number; "₹1 lakh"
  100,000 INR; "a billion billion calculations" 10^18 of "calculation" with "more than" inside;
  "25 basis points" 0.25 pp; a sign in a table cell ("-2.03%") belongs to the number; "longer
  than 300 metres" tags only "300 metres" ("longer than" is the adjective's comparison, as set
  13 left "above" outside); "ranked 49th" and "second-largest" ordinals (set 13's placings); a
  council vote "14-1" two ``number`` figures; "About a quarter of a billion people" a count of
  250,000,000 "person" (an amount, not a fraction of a group).
- Date cases: see the comments at each case. Negatives: a company named like a month, an ordinal
  day count ("the 88th day"), a habitual "every Sunday", a sub-day "about forty seconds", and a
  vague "the long term".
- Figure cases: "4 thousand 2 hundred and 7" 4207; "two hundred point five megawatts" 200.5 MW;
  "three twentieths of an inch" 0.15 in; "5 feet 11 inches" 5.9166666667 ft (two units); "₹4,50,000
  crore" 4.5 x 10^12 INR; "R$ 1.250.000,50" (Brazilian dots and decimal comma); "70 000" and "2 345
  678" (spaced groups); "3mn tonnes" 3,000,000 t; "USD 5M"; "2.7b Rwandan francs" RWF; "GH₵ 25",
  "₡100", "bolivianos", "Congolese francs", "quetzales" by symbol and name. Negatives: a proportion
  "Nine in ten", a phone number, "Thousands" (vague), an aircraft model number.
"""

from __future__ import annotations

import datetime as dt
import re
import sys

import case_marks
from case_marks import build_set

# Five real ISO 4217 codes the figure cases need beyond the list in case_marks.py.
case_marks.ISO_4217.update({"RWF", "CRC", "BOB", "CDF", "GTQ"})

SOURCE_BRIEFS = (
    "own14: written and annotated by hand for briefx (held-out set 14, session 15) by a helper who "
    "neither read nor ran briefx; real institutions, companies, places and office holders (one "
    "invented food firm), events modelled on 2024-2025 news with invented or approximate details "
    "and quotations; MIT"
)
SOURCE_CASES = (
    "own14: short cases written and annotated by hand for briefx (held-out set 14, session 15) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

# ---------------------------------------------------------------------------------------------
# Briefs: (id, family, reference_date, published, marked text)
# ---------------------------------------------------------------------------------------------
MOROCCO = "Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests"
SCOTUS = "Supreme Court of the United States"
SQM = "Sociedad Química y Minera"
OCHA = "United Nations Office for the Coordination of Humanitarian Affairs"
INGD = "National Institute for Disaster Risk Management and Reduction"

BRIEFS: list[tuple[str, str, str, str | None, str]] = [
    (
        "own14-ho-01", "ministerial-statement-measures", "2024-03-14", "2024-03-14",
        "STATEMENT BY THE MINISTER OF AGRICULTURE ON DROUGHT RELIEF MEASURES\n\n"
        "[[RABAT|GPE|Rabat]], [[14 March 2024|D|2024-03-14]]\n\n"
        "The Minister of Agriculture, Maritime Fisheries, Rural Development, Water and Forests, "
        "[[Mohammed Sadiki|PERSON]], [[today|D|2024-03-14]] announced a programme to support "
        "farmers through a [[sixth|ordinal|6]] consecutive year of drought. Rainfall from "
        "[[September 2023 to February 2024|D|2023-09/2024-02]] was [[57%|percent|57|%]] below "
        "the long-term average, and the dams of the [[Souss-Massa|GPE]] region were "
        "[[15%|percent|15|%]] full.\n\n"
        "The programme comprises the following measures:\n\n"
        "1. A subsidy of [[MAD 10 billion|money|10000000000|MAD]] for barley and compound feed, "
        "sold to livestock breeders at [[MAD 2|money|2|MAD]] per kilogram until "
        "[[30 June|D|2024-06-30]].\n"
        "2. The rescheduling of the loans of [[45,000|count|45000|farmer]] small farmers at "
        "[[Crédit Agricole du Maroc|ORG]], with late-payment interest waived until "
        "[[31 December 2024|D|2024-12-31]].\n"
        "3. The distribution of [[250,000 tonnes|quantity|250000|t]] of subsidised barley seed to "
        "cooperatives in [[12|count|12|province]] provinces.\n"
        "4. Water supply by tanker truck to [[1,200|count|1200|village]] villages around "
        "[[Errachidia|GPE]], [[Tinghir|GPE]] and [[Zagora|GPE|Zagora, Morocco]].\n"
        "5. Faster work on the [[Casablanca|GPE]] desalination plant, planned as the largest in "
        "[[Africa|LOC]], with a capacity of [[300 million cubic metres|quantity|300000000|m3]] a "
        "year from [[2027|D|2027]].\n\n"
        "The measures will cost [[MAD 20 billion|money|20000000000|MAD]] [[this year|D|2024]], "
        "of which [[MAD 6 billion|money|6000000000|MAD]] is already committed in the budget. "
        f"[[Sadiki|PERSON|Mohammed Sadiki]] said the [[Ministry|ORG|{MOROCCO}]] would report to "
        "[[Parliament|ORG|Parliament of Morocco]] in [[June|D|2024-06]] and that the "
        "[[Moroccan|NORP]] cereal harvest was expected at "
        "[[about 2.5 million tonnes|quantity|2500000|t]].\n",
    ),
    (
        "own14-ho-02", "sports-transfer-roundup", "2025-06-20", "2025-06-20",
        "TRANSFER ROUND-UP: [[Wirtz|PERSON|Florian Wirtz]] joins [[Liverpool|ORG|Liverpool F.C.]] "
        "in [[British|NORP]] record deal\n"
        "[[Friday 20 June 2025|D|2025-06-20]]\n\n"
        "[[Liverpool|ORG|Liverpool F.C.]] completed the signing of [[Florian Wirtz|PERSON]] from "
        "[[Bayer Leverkusen|ORG|Bayer 04 Leverkusen]] on [[Friday|D|2025-06-20]] for "
        "[[£100m|money|100000000|GBP]], rising to [[£116m|money|116000000|GBP]] with add-ons, a "
        "[[British|NORP]] record. The [[Germany|GPE]] midfielder signed a "
        "[[five-year|D|P5Y]] contract.\n\n"
        "The [[Premier League|ORG]] window reopened on [[Monday|D|2025-06-16]] and closes on "
        "[[1 September|D|2025-09-01]]. An early window ran "
        "[[1-10 June|D|2025-06-01/2025-06-10]] so that clubs could register players for the "
        "[[Club World Cup|EVENT|2025 FIFA Club World Cup]] in the [[United States|GPE]].\n\n"
        "Other deals [[this week|D|2025-W25]]:\n"
        "- [[Manchester City|ORG|Manchester City F.C.]]: [[Rayan Cherki|PERSON]] from "
        "[[Lyon|ORG|Olympique Lyonnais]] for [[€36.5m|money|36500000|EUR]]; "
        "[[Tijjani Reijnders|PERSON]] from [[AC Milan|ORG]] for "
        "[[£46.5m|money|46500000|GBP]].\n"
        "- [[Chelsea|ORG|Chelsea F.C.]]: [[Liam Delap|PERSON]] from "
        "[[Ipswich|ORG|Ipswich Town F.C.]] on a [[six-year|D|P6Y]] deal, after activating a "
        "[[£30m|money|30000000|GBP]] release clause.\n"
        "- [[Real Madrid|ORG|Real Madrid CF]]: [[Trent Alexander-Arnold|PERSON]] from "
        "[[Liverpool|ORG|Liverpool F.C.]] for [[£10m|money|10000000|GBP]], paid so that he "
        "could play in the tournament.\n"
        "- [[Arsenal|ORG|Arsenal F.C.]]: talks with [[Real Sociedad|ORG]] over "
        "[[Martín Zubimendi|PERSON]] continue; his release clause is "
        "[[€60m|money|60000000|EUR]].\n"
        "- [[Brentford|ORG|Brentford F.C.]]: rejected a [[second|ordinal|2]] bid for "
        "[[Bryan Mbeumo|PERSON]] from [[Manchester United|ORG|Manchester United F.C.]], worth "
        "[[£55m|money|55000000|GBP]].\n\n"
        "[[Premier League|ORG]] clubs have spent [[more than £1bn|money|1000000000|GBP]] since "
        "[[1 June|D|2025-06-01]], according to [[Deloitte|ORG]], and [[three|count|3|club]] "
        "clubs have already broken their transfer records.\n",
    ),
    (
        "own14-ho-03", "court-docket-summary", "2025-01-06", "2025-01-06",
        "SUPREME COURT DOCKET: THE [[JANUARY|D|2025-01]] SITTING\n"
        "Summary of cases set for argument. Updated [[Monday, January 6, 2025|D|2025-01-06]].\n\n"
        f"The [[Supreme Court|ORG|{SCOTUS}]] returns from recess on [[Friday|D|2025-01-10]] with "
        "a special sitting, then hears [[nine|count|9|case]] cases over "
        "[[two weeks|D|P2W]].\n\n"
        "[[Jan. 10|D|2025-01-10]] -- No. 24-656. [[TikTok Inc.|ORG|TikTok]] and its "
        "[[Chinese|NORP]] parent [[ByteDance Ltd.|ORG|ByteDance]] ask the "
        f"[[Court|ORG|{SCOTUS}]] to block the "
        "[[Protecting Americans from Foreign Adversary Controlled Applications Act|LAW]], which "
        "bans the app in the [[United States|GPE]] from [[Jan. 19|D|2025-01-19]] unless it is "
        "sold. The app says it has [[170 million|count|170000000|user]] [[American|NORP]] "
        "users. Consolidated with No. 24-657, brought by [[eight|count|8|creator]] creators. "
        "Argument time: two hours.\n\n"
        "[[Jan. 13|D|2025-01-13]] -- No. 23-1002. Whether the lower mandatory minimums of the "
        "[[First Step Act|LAW]] apply when a sentence imposed before [[2018|D|2018]] is vacated "
        "and the defendant is resentenced.\n\n"
        "[[Jan. 15|D|2025-01-15]] -- No. 23-1122. The [[Free Speech Coalition|ORG]] challenges a "
        "[[2023|D|2023]] [[Texas|GPE]] law that requires age verification on adult websites. "
        "[[Texas|GPE]] Attorney General [[Ken Paxton|PERSON]] defends it; "
        "[[19|count|19|state]] other states have passed similar laws.\n\n"
        "Notes: Solicitor General [[Elizabeth Prelogar|PERSON]] will argue for the "
        "[[Justice Department|ORG|United States Department of Justice]] in the "
        "[[TikTok|ORG]] case; her term ends when [[Donald Trump|PERSON]] takes office on "
        "[[Jan. 20|D|2025-01-20]]. The [[Court|ORG|" + SCOTUS + "]] sits again on "
        "[[February 24|D|2025-02-24]]. Decisions in argued cases are expected in "
        "[[June|D|2025-06]].\n",
    ),
    (
        "own14-ho-04", "statistics-quarterly-bulletin-table", "2025-08-05", "2025-08-05",
        "[[BPS-Statistics Indonesia|ORG|Statistics Indonesia]]\n"
        "Official Statistics News No. 61/08/Th. XXVIII, [[5 August 2025|D|2025-08-05]]\n\n"
        "ECONOMIC GROWTH OF [[INDONESIA|GPE|Indonesia]], "
        "[[SECOND QUARTER 2025|D|2025-04/2025-06]]\n\n"
        "[[Indonesia|GPE]]'s economy grew [[5.12%|percent|5.12|%]] year on year in "
        "[[the second quarter of 2025|D|2025-04/2025-06]], up from [[4.87%|percent|4.87|%]] in "
        "[[the first quarter|D|2025-01/2025-03]]. Against "
        "[[the previous quarter|D|2025-01/2025-03]], output rose [[4.04%|percent|4.04|%]]. Gross "
        "domestic product at current prices reached "
        "[[IDR 5,947.0 trillion|money|5947000000000000|IDR]], and growth in "
        "[[the first half of 2025|D|2025-01/2025-06]] was [[4.99%|percent|4.99|%]].\n\n"
        "Growth by sector (year on year) and share of GDP:\n"
        "Manufacturing: [[5.68%|percent|5.68|%]]; share [[18.67%|percent|18.67|%]]\n"
        "Agriculture, forestry and fisheries: [[1.65%|percent|1.65|%]]; share "
        "[[13.83%|percent|13.83|%]]\n"
        "Wholesale and retail trade: [[5.37%|percent|5.37|%]]; share "
        "[[13.02%|percent|13.02|%]]\n"
        "Construction: [[4.98%|percent|4.98|%]]; share [[9.60%|percent|9.6|%]]\n"
        "Mining and quarrying: [[-2.03%|percent|-2.03|%]]; share [[8.52%|percent|8.52|%]]\n\n"
        "Household consumption, which makes up [[54.25%|percent|54.25|%]] of GDP, grew "
        "[[4.97%|percent|4.97|%]], helped by school holidays in [[June|D|2025-06]]. "
        "[[Java|LOC]] produced [[56.94%|percent|56.94|%]] of national output and "
        "[[Sumatra|LOC]] [[22.21%|percent|22.21|%]].\n\n"
        "[[BPS|ORG|Statistics Indonesia]] chief [[Amalia Adininggar Widyasanti|PERSON]] told "
        "reporters in [[Jakarta|GPE]] that exports rose [[10.67%|percent|10.67|%]] as shippers "
        "sent goods to the [[United States|GPE]] before [[U.S.|GPE|United States]] tariffs due "
        "on [[August 7|D|2025-08-07]]. [[Bank Indonesia|ORG]] cut its policy rate by "
        "[[25 basis points|percent|0.25|pp]] to [[5.25%|percent|5.25|%]] in "
        "[[July|D|2025-07]].\n",
    ),
    (
        "own14-ho-05", "port-notice", "2024-07-08", "2024-07-08",
        "[[TRANSNET NATIONAL PORTS AUTHORITY|ORG|Transnet National Ports Authority]]\n"
        "[[PORT OF DURBAN|FAC|Port of Durban]]\n"
        "NOTICE TO PORT USERS No. 31/24\n"
        "Date: [[8 July 2024|D|2024-07-08]]\n"
        "Subject: Maintenance dredging of the entrance channel\n\n"
        "Port users are advised that maintenance dredging of the entrance channel and of the "
        "[[Durban Container Terminal|FAC]] basin will take place from "
        "[[15 July to 30 August 2024|D|2024-07-15/2024-08-30]]. Work will continue around the "
        "clock.\n\n"
        "During this period:\n"
        "- The maximum permissible draught in the entrance channel is reduced from "
        "[[12.8 metres|quantity|12.8|m]] to [[12.2 metres|quantity|12.2|m]].\n"
        "- Vessels longer than [[300 metres|quantity|300|m]] will enter and leave only in "
        "daylight and with [[two|count|2|pilot]] pilots on board.\n"
        "- Transits are suspended when the wind exceeds [[35 knots|quantity|35|kn]] or the "
        "swell exceeds [[3 metres|quantity|3|m]].\n"
        "- The dredger will work in [[four|count|4|section]] sections of "
        "[[about 500 metres|quantity|500|m]] each.\n"
        "- Berths at [[Maydon Wharf|FAC]] are not affected.\n\n"
        "[[About 1.2 million cubic metres|quantity|1200000|m3]] of sediment will be removed and "
        "dumped at a licensed offshore site [[6 kilometres|quantity|6|km]] from the harbour "
        "mouth. Masters should expect delays of [[up to two days|D|P2D]] and should confirm "
        "arrival times with Port Control in advance.\n\n"
        "The work is part of the [[R1.4 billion|money|1400000000|ZAR]] maintenance programme of "
        "[[Transnet|ORG]] for [[2024/25|D|2024-04/2025-03]]. The "
        "[[South African Maritime Safety Authority|ORG]] has been informed.\n\n"
        "Enquiries: Port Control, [[Durban|GPE]], VHF channel 12.\n"
        "Issued by the Harbour Master, [[Port of Durban|FAC]].\n",
    ),
    (
        "own14-ho-06", "university-press-release", "2025-06-12", "2025-06-12",
        "PRESS RELEASE\n"
        "[[University of Edinburgh|ORG]] to host [[UK|GPE|United Kingdom]]'s new national "
        "supercomputer\n"
        "[[12 June 2025|D|2025-06-12]]\n\n"
        "The [[University of Edinburgh|ORG]] will host the [[UK|GPE|United Kingdom]]'s next "
        "national supercomputer after the Government committed "
        "[[up to £750 million|money|750000000|GBP]] to the project [[today|D|2025-06-12]].\n\n"
        "The machine, to be built at the [[University|ORG|University of Edinburgh]]'s "
        "[[Advanced Computing Facility|FAC]] south of [[Edinburgh|GPE]], will be able to perform "
        "[[more than a billion billion|count|1000000000000000000|calculation]] calculations a "
        "second. It will replace [[ARCHER2|PRODUCT]], which entered service in [[2021|D|2021]] "
        "and has supported [[more than 3,000|count|3000|researcher]] researchers. Work is "
        "expected to start in [[2026|D|2026]], with the system running in [[2027|D|2027]].\n\n"
        "Science Secretary [[Peter Kyle|PERSON]] said the investment would keep "
        "[[Britain|GPE|United Kingdom]] among the leading nations in artificial intelligence "
        "and climate modelling.\n\n"
        "Principal and Vice-Chancellor Sir [[Peter Mathieson|PERSON]] said: \"This is a proud day "
        "for [[Edinburgh|GPE]] and for [[Scotland|GPE]]. Our researchers have run national "
        "services for decades, and this machine will serve scientists across the country.\"\n\n"
        "[[EPCC|ORG]], the [[University|ORG|University of Edinburgh]]'s supercomputing centre, "
        "has run national services for [[more than 30 years|D|P30Y]].\n\n"
        "ENDS\n\n"
        "Notes to editors\n"
        "1. [[ARCHER2|PRODUCT]] is funded by [[UK Research and Innovation|ORG]] "
        "([[UKRI|ORG|UK Research and Innovation]]) and ranked [[49th|ordinal|49]] in the world "
        "when it opened.\n"
        "2. The [[University of Edinburgh|ORG]] was founded in [[1583|D|1583]] and has "
        "[[more than 50,000|count|50000|student]] students.\n"
        "3. For media enquiries contact the Press Office on 0131 650 2246.\n",
    ),
    (
        "own14-ho-07", "minister-qa", "2025-01-16", "2025-01-16",
        "Q&A: [[Chile|GPE]]'s mining minister on the lithium deal\n\n"
        "[[SANTIAGO|GPE|Santiago]], [[Jan 16, 2025|D|2025-01-16]] - [[Chile|GPE]]'s state copper "
        f"company [[Codelco|ORG]] and lithium producer [[SQM|ORG|{SQM}]] received the last "
        "regulatory approval for their partnership [[this week|D|2025-W03]]. Mining Minister "
        "[[Aurora Williams|PERSON]] spoke to reporters about the deal. Her answers have been "
        "edited for length.\n\n"
        "Q: What happens now?\n"
        f"A: [[SQM|ORG|{SQM}]] runs the operations in the [[Salar de Atacama|LOC]] until "
        "[[2030|D|2030]], and the state receives [[about 70%|percent|70|%]] of the operating "
        f"margin. From [[2031|D|2031]] [[Codelco|ORG]] takes control and the share rises to "
        "[[85%|percent|85|%]].\n\n"
        "Q: How long does the agreement run?\n"
        "A: Until [[2060|D|2060]]. That is [[35 years|D|P35Y]] of certainty for investors, and "
        "the jobs stay in the [[Antofagasta|GPE|Antofagasta Region]] region.\n\n"
        "Q: Why not nationalise lithium?\n"
        "A: We need private capital and technology. The partners will invest "
        "[[about US$1.5 billion|money|1500000000|USD]] in new plants.\n\n"
        "Q: What about the other salt flats?\n"
        "A: We have opened [[26|count|26|salt flat]] salt flats to private companies. Bids for "
        "[[six|count|6|project]] projects close in [[March|D|2025-03]], and [[Chinese|NORP]], "
        "[[American|NORP]] and [[European|NORP]] firms have applied.\n\n"
        "Q: Prices have fallen. Are you worried?\n"
        "A: Lithium carbonate prices fell [[about 80%|percent|80|%]] from their peak in "
        "[[late 2022|D|2022]]. But demand for batteries keeps growing, and [[Chile|GPE]] is the "
        "world's [[second|ordinal|2]]-largest producer after [[Australia|GPE]].\n",
    ),
]
BRIEFS += [
    (
        "own14-ho-08", "african-agency-copy", "2025-09-09", "2025-09-09",
        "[[Ethiopia|GPE]] Inaugurates [[Grand Ethiopian Renaissance Dam|FAC]]\n\n"
        "[[Addis Ababa|GPE]], [[September 9/2025|D|2025-09-09]] "
        "([[ENA|ORG|Ethiopian News Agency]]) - Prime Minister [[Abiy Ahmed|PERSON]] "
        "[[today|D|2025-09-09]] inaugurated the [[Grand Ethiopian Renaissance Dam|FAC]] "
        "([[GERD|FAC|Grand Ethiopian Renaissance Dam]]) on the [[Abay|LOC|Blue Nile]] river in "
        "[[Benishangul-Gumuz|GPE|Benishangul-Gumuz Region]] regional state, "
        "[[14 years|D|P14Y]] after construction began in [[April 2011|D|2011-04]].\n\n"
        "The dam, [[Africa|LOC]]'s largest hydropower plant, has [[13|count|13|turbine]] "
        "turbines with a combined capacity of [[5,150 megawatts|quantity|5150|MW]] and a "
        "reservoir of [[74 billion cubic metres|quantity|74000000000|m3]]. The "
        "[[first|ordinal|1]] turbine started generating in [[February 2022|D|2022-02]].\n\n"
        "[[Kenyan|NORP]] President [[William Ruto|PERSON]], [[Djiboutian|NORP]] President "
        "[[Ismail Omar Guelleh|PERSON]] and [[Somali|NORP]] President "
        "[[Hassan Sheikh Mohamud|PERSON]] attended the ceremony along with senior officials of "
        "the [[African Union|ORG]].\n\n"
        "Prime Minister [[Abiy|PERSON|Abiy Ahmed]] said the project, built at a cost of "
        "[[about 5 billion USD|money|5000000000|USD]], had been financed entirely by "
        "[[Ethiopians|NORP|Ethiopian]], who bought bonds worth "
        "[[more than 18 billion Birr|money|18000000000|ETB]]. He said the dam would not harm "
        "downstream countries and invited [[Egypt|GPE]] and [[Sudan|GPE]] to cooperate.\n\n"
        "[[Egypt|GPE]], which relies on the [[Nile|LOC]] for [[about 97%|percent|97|%]] of its "
        "fresh water, has called the filling of the reservoir unilateral.\n\n"
        "[[Ethiopian Electric Power|ORG]] said the plant now supplies "
        "[[more than 40%|percent|40|%]] of the national grid and that electricity exports to "
        "[[Djibouti|GPE]], [[Kenya|GPE]] and [[Sudan|GPE]] earned "
        "[[about 100 million USD|money|100000000|USD]] in "
        "[[the 2024/25 fiscal year|D|2024-07/2025-06]].\n",
    ),
    (
        "own14-ho-09", "science-paper-summary", "2025-02-19", "2025-02-19",
        "RESEARCH SUMMARY\n"
        "Glaciers have lost [[5%|percent|5|%]] of their ice since [[2000|D|2000]]\n\n"
        "Journal: [[Nature|ORG|Nature (journal)]]\n"
        "Published: [[19 February 2025|D|2025-02-19]]\n"
        "Coordinated by: [[World Glacier Monitoring Service|ORG]], "
        "[[University of Zurich|ORG]]\n\n"
        "What the study did\n"
        "An international team from [[35|count|35|team]] research teams combined "
        "[[233|count|233|estimate]] estimates of glacier mass change from field measurements "
        "and satellites, among them the [[European Space Agency|ORG]]'s "
        "[[CryoSat-2|PRODUCT]], for [[2000-2023|D|2000/2023]].\n\n"
        "What it found\n"
        "- Glaciers outside [[Greenland|GPE]] and [[Antarctica|LOC]] lost "
        "[[273 billion tonnes|quantity|273000000000|t]] of ice a year on average, "
        "[[6,542 billion tonnes|quantity|6542000000000|t]] in all.\n"
        "- The yearly loss was [[36%|percent|36|%]] higher in "
        "[[2012-2023|D|2012/2023]] than in [[2000-2011|D|2000/2011]].\n"
        "- The melt raised global sea level by [[18 millimetres|quantity|18|mm]], making "
        "glaciers the [[second|ordinal|2]]-largest contributor after ocean warming.\n"
        "- [[Central Europe|LOC]] lost [[39%|percent|39|%]] of its glacier ice, more than any "
        "other region; [[Alaska|GPE]] lost the most by mass.\n\n"
        "Why it matters\n"
        "[[About a quarter of a billion|count|250000000|person]] people depend on glacier "
        "meltwater in dry seasons, in the [[Andes|LOC]], [[Central Asia|LOC]] and the "
        "[[Himalayas|LOC]]. The authors expect losses to continue through "
        "[[the 2040s|D|2040/2049]] even if warming stops.\n\n"
        "Lead author [[Michael Zemp|PERSON]] of the [[University of Zurich|ORG]] said the "
        "results would inform the [[UN|ORG|United Nations]] water conference in "
        "[[December 2026|D|2026-12]].\n",
    ),
    (
        "own14-ho-10", "business-obituary", "2024-10-10", "2024-10-10",
        "OBITUARY\n"
        "[[Ratan Tata|PERSON]], who turned [[India|GPE]]'s oldest conglomerate into a global "
        "group, dies at 86\n\n"
        "[[MUMBAI|GPE|Mumbai]], [[October 10, 2024|D|2024-10-10]]\n\n"
        "[[Ratan Tata|PERSON]], the former chairman of [[Tata Sons|ORG]], died late on "
        "[[Wednesday|D|2024-10-09]] at [[Breach Candy Hospital|ORG]] in [[Mumbai|GPE]]. He was "
        "86.\n\n"
        "Born in [[Bombay|GPE|Mumbai]] on [[December 28, 1937|D|1937-12-28]], he studied "
        "architecture at [[Cornell University|ORG]], graduating in [[1962|D|1962]], and joined "
        "the family business on the shop floor of [[Tata Steel|ORG]] in "
        "[[Jamshedpur|GPE]].\n\n"
        "He succeeded [[J.R.D. Tata|PERSON]] as chairman in [[1991|D|1991]], as "
        "[[India|GPE]] began to open its economy, and led the group for "
        "[[21 years|D|P21Y]]. Under him the [[Tata Group|ORG]] bought [[Tetley|ORG]] for "
        "[[£271 million|money|271000000|GBP]] in [[2000|D|2000]], the steelmaker "
        "[[Corus|ORG|Corus Group]] for [[$12 billion|money|12000000000|USD]] in "
        "[[2007|D|2007]] and [[Jaguar Land Rover|ORG]] from [[Ford|ORG|Ford Motor Company]] for "
        "[[$2.3 billion|money|2300000000|USD]] in [[2008|D|2008]]. In "
        "[[January 2008|D|2008-01]] he unveiled the [[Nano|PRODUCT|Tata Nano]], priced at "
        "[[₹1 lakh|money|100000|INR]] and billed as the world's cheapest car.\n\n"
        "He stepped down in [[December 2012|D|2012-12]] and returned as interim chairman for "
        "[[four months|D|P4M]] after [[Cyrus Mistry|PERSON]] was ousted in "
        "[[October 2016|D|2016-10]].\n\n"
        "[[Tata|PERSON|Ratan Tata]], who never married, gave much of his wealth to "
        "[[Tata Trusts|ORG]], which hold [[about 66%|percent|66|%]] of [[Tata Sons|ORG]].\n\n"
        "[[Natarajan Chandrasekaran|PERSON]], the current chairman, called him \"a truly "
        "uncommon leader\". Prime Minister [[Narendra Modi|PERSON]] said he had been a "
        "visionary. The [[Maharashtra|GPE]] government declared state mourning on "
        "[[Thursday|D|2024-10-10]].\n",
    ),
    (
        "own14-ho-11", "food-recall-notice", "2025-01-22", "2025-01-22",
        "FOOD ALERT\n"
        "Recall of smoked salmon due to the presence of Listeria monocytogenes\n"
        "Date: [[Wednesday, 22 January 2025|D|2025-01-22]]\n"
        "Alert Notification: 2025.04\n\n"
        "Summary\n"
        "Category 1: For Action\n"
        "Product: Oak smoked salmon slices; pack size: [[200g|quantity|200|g]]\n"
        "Batch code: L4352; use-by date: [[28/01/2025|D|2025-01-28]]\n"
        "Batch code: L4355; use-by date: [[31/01/2025|D|2025-01-31]]\n"
        "Country of origin: [[Ireland|GPE]]\n\n"
        "Message\n"
        "[[Ballyvane Foods Ltd|ORG|Ballyvane Foods]] is recalling [[two|count|2|batch]] batches "
        "of its oak smoked salmon slices after Listeria monocytogenes was found in a routine "
        "test by the [[Food Safety Authority of Ireland|ORG]] "
        "([[FSAI|ORG|Food Safety Authority of Ireland]]). [[About 4,800|count|4800|pack]] packs "
        "were sold in [[SuperValu|ORG]] and [[Centra|ORG]] stores in counties "
        "[[Cork|GPE|County Cork]], [[Kerry|GPE|County Kerry]] and "
        "[[Limerick|GPE|County Limerick]] from [[10 January|D|2025-01-10]]. Point-of-sale "
        "recall notices will be displayed in stores for [[two weeks|D|P2W]].\n\n"
        "Advice to consumers\n"
        "Do not eat the implicated batches. Return them to the store for a full refund. "
        "Symptoms of listeriosis can appear [[up to 70 days|D|P70D]] after eating, and pregnant "
        "women, babies and people with weakened immune systems are most at risk.\n\n"
        "Background\n"
        "[[Ireland|GPE]] recorded [[22|count|22|case]] cases of listeriosis in "
        "[[2024|D|2024]], according to the [[Health Protection Surveillance Centre|ORG]]. The "
        "[[FSAI|ORG|Food Safety Authority of Ireland]] issued [[14|count|14|recall]] recalls "
        "for Listeria in [[2024|D|2024]].\n\n"
        "Consumers with questions can call the [[FSAI|ORG|Food Safety Authority of Ireland]] "
        "advice line on 1890 336677.\n",
    ),
    (
        "own14-ho-12", "city-council-summary", "2024-06-25", "2024-06-25",
        "COUNCIL IN BRIEF\n"
        "Highlights from the regular meeting of [[Calgary City Council|ORG]], "
        "[[Tuesday, June 25, 2024|D|2024-06-25]]\n\n"
        "Feeder main repairs\n"
        "[[Council|ORG|Calgary City Council]] received an update on the "
        "[[Bearspaw South Feeder Main|FAC]], which broke on [[June 5|D|2024-06-05]] and cut "
        "the city's water supply by [[about 60%|percent|60|%]]. Crews found "
        "[[five|count|5|section]] more sections needing repair in the pipe, which is "
        "[[11.3 kilometres|quantity|11.3|km]] long and carries water from the "
        "[[Bearspaw Water Treatment Plant|FAC]] on the [[Bow River|LOC]]. Mayor "
        "[[Jyoti Gondek|PERSON]] said Stage 4 outdoor watering restrictions would stay until "
        "the repairs are finished, expected in [[early July|D|2024-07]].\n\n"
        "[[Council|ORG|Calgary City Council]] voted [[14|number|14]]-[[1|number|1]] to waive "
        "utility late fees for [[three months|D|P3M]] and approved "
        "[[$4 million|money|4000000|CAD]] for bulk water deliveries to [[Airdrie|GPE]] and "
        "[[Chestermere|GPE]], which buy their water from [[Calgary|GPE]]. Residents have cut "
        "use to [[about 420 million litres|quantity|420000000|l]] a day, below the target of "
        "[[450 million litres|quantity|450000000|l]].\n\n"
        "Housing\n"
        "[[Council|ORG|Calgary City Council]] approved [[$38 million|money|38000000|CAD]] from "
        "the federal [[Housing Accelerator Fund|ORG]] for [[1,100|count|1100|home]] homes near "
        "[[CTrain|FAC]] stations, by a vote of [[12|number|12]]-[[3|number|3]].\n\n"
        "Next meeting\n"
        "[[Council|ORG|Calgary City Council]] meets next on [[July 23|D|2024-07-23]], after the "
        "[[Calgary Stampede|EVENT]], which runs [[July 5-14|D|2024-07-05/2024-07-14]].\n",
    ),
    (
        "own14-ho-13", "humanitarian-flash-update", "2024-12-17", "2024-12-17",
        "[[MOZAMBIQUE|GPE|Mozambique]]: [[Tropical Cyclone Chido|EVENT|Cyclone Chido]]\n"
        "Flash Update No. 3\n"
        "As of [[17 December 2024|D|2024-12-17]]\n\n"
        "HIGHLIGHTS\n"
        "- [[Tropical Cyclone Chido|EVENT|Cyclone Chido]] made landfall "
        "[[40 km|quantity|40|km]] south of [[Pemba|GPE|Pemba, Mozambique]] on "
        "[[15 December|D|2024-12-15]] with winds of [[up to 260 km/h|quantity|260|km/h]].\n"
        f"- [[At least 34|count|34|person]] people were killed and [[319|count|319|person]] "
        f"injured, according to the [[National Institute for Disaster Risk Management|ORG|{INGD}]] "
        f"([[INGD|ORG|{INGD}]]).\n"
        "- [[More than 174,000|count|174000|person]] people are affected in "
        "[[Cabo Delgado|GPE|Cabo Delgado Province]], [[Nampula|GPE|Nampula Province]] and "
        "[[Niassa|GPE|Niassa Province]] provinces.\n"
        "- [[About 35,000|count|35000|house]] houses and [[52|count|52|school]] schools were "
        "destroyed or damaged.\n\n"
        "SITUATION OVERVIEW\n"
        "The cyclone struck [[Mayotte|GPE]], a [[French|NORP]] overseas department, on "
        "[[14 December|D|2024-12-14]] before crossing the [[Mozambique Channel|LOC]]. It "
        "weakened over [[Niassa|GPE|Niassa Province]] and moved into [[Malawi|GPE]] on "
        "[[16 December|D|2024-12-16]]. [[More than 250 mm|quantity|250|mm]] of rain fell in "
        "parts of [[Cabo Delgado|GPE|Cabo Delgado Province]], where "
        "[[more than 300,000|count|300000|person]] people had already been displaced by "
        "[[seven years|D|P7Y]] of conflict.\n\n"
        "RESPONSE\n"
        "The [[Central Emergency Response Fund|ORG]] has allocated "
        "[[$4 million|money|4000000|USD]]. The [[World Food Programme|ORG]] has distributed food "
        "to [[20,000|count|20000|person]] people around [[Pemba|GPE|Pemba, Mozambique]], and "
        "[[UNICEF|ORG]] is trucking water to [[three|count|3|district]] districts. A "
        "[[90-day|D|P90D]] flash appeal will be launched [[next week|D|2024-W52]].\n\n"
        f"For further information: [[OCHA|ORG|{OCHA}]] [[Mozambique|GPE]].\n",
    ),
    (
        "own14-ho-14", "energy-market-weekly", "2025-02-14", "2025-02-14",
        "ENERGY MARKETS WEEKLY\n"
        "[[Week 7|D|2025-W07]]: [[10-14 February 2025|D|2025-02-10/2025-02-14]]\n"
        "Published [[14 February 2025|D|2025-02-14]]\n\n"
        "GAS\n"
        "[[Dutch|NORP]] TTF front-month gas rose to [[€58.21|money|58.21|EUR]]/MWh on "
        "[[Monday|D|2025-02-10]], the highest since [[February 2023|D|2023-02]], then fell "
        "[[13%|percent|13|%]] to settle at [[€50.62|money|50.62|EUR]]/MWh on "
        "[[Friday|D|2025-02-14]] after [[U.S.|GPE|United States]] President "
        "[[Donald Trump|PERSON]] said he had spoken to [[Vladimir Putin|PERSON]] about ending "
        "the war in [[Ukraine|GPE]].\n\n"
        "[[European|NORP]] storage sites were [[46%|percent|46|%]] full, against "
        "[[66%|percent|66|%]] on [[14 February 2024|D|2024-02-14]]. Flows from "
        "[[Norway|GPE]] averaged [[330 million cubic metres|quantity|330000000|m3]] a day, and "
        "[[12|count|12|cargo]] LNG cargoes from the [[United States|GPE]] reached "
        "[[European|NORP]] terminals.\n\n"
        "POWER\n"
        "[[German|NORP]] baseload power for [[March|D|2025-03]] delivery traded at "
        "[[€128|money|128|EUR]]/MWh, a fall of [[€9|money|9|EUR]]. [[French|NORP]] "
        "nuclear output averaged [[about 56 GW|quantity|56|GW]].\n\n"
        "OIL AND CARBON\n"
        "Brent crude settled at [[$75.20|money|75.2|USD]] a barrel, down "
        "[[1.6%|percent|1.6|%]] from [[the previous Friday|D|2025-02-07]]. [[European|NORP]] "
        "carbon allowances for [[December 2025|D|2025-12]] traded at "
        "[[€76.40|money|76.4|EUR]] a tonne.\n\n"
        "WEEK AHEAD\n"
        "The [[European Commission|ORG]] presents its plan to lower energy prices on "
        "[[February 26|D|2025-02-26]]. Ministers meet in [[Brussels|GPE]] on "
        "[[March 3|D|2025-03-03]]" + ".\n",
    ),
]

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Labour Day in Kenya is 1 May; ten days after it is 11 May, after the reference date.
        ("2025-05-06", "The ferry to Lamu resumes [ten days after Labour Day|2025-05-11]."),
        # Wednesday 11 February 2026 is in W07; next week's Friday is 20 February.
        ("2026-02-11", "Tenders for the Maputo bypass close [the Friday of next week|2026-02-20]."),
        ("2024-09-18", "The Kigali health summit opens [the 5th of next month|2024-10-05]."),
        # Wednesday 5 March 2025: the next two Mondays are 10 and 17 March.
        ("2025-03-05", "Engineers will inspect the Tarbela spillway [two Mondays from now|2025-03-17]."),
        # Peru votes on 12 April 2026; a month before is 12 March.
        ("2026-01-14", "The Lima port reform will be voted [a month before the election on 12 April|2026-03-12]."),
        ("2024-11-20", "Ghana's census results come out in [the third week of 2025|2025-W03]."),
        ("2025-08-27", "Measles vaccination in Goma starts in [week 38|2025-W38]."),
    ],
    "range": [
        ("2025-01-09", "Power rationing in Quito runs from [this April to June 2027|2025-04/2027-06]."),
        ("2024-06-11", "Output at the Kamoa mine doubled between [2019 and 2021|2019/2021]."),
        # A U.S. text, month first.
        ("2024-10-15", "The Cannelton lock on the Ohio River was closed [10-1-2024 - 10-7-2024|2024-10-01/2024-10-07]."),
        ("2025-11-12", "The Dakar Biennale ran [7 November-7 December 2024|2024-11-07/2024-12-07]."),
        # Monday 20 April 2026, a future clause.
        ("2026-04-20", "The salt road to Uyuni will be closed [Wednesday through Saturday|2026-04-22/2026-04-25]."),
        # Nigeria's fiscal year is the calendar year: a plain span of years (ANNOTATION.md).
        ("2025-03-18", "Fuel subsidies in Nigeria were phased out over [2023-24|2023/2024]."),
        ("2026-09-30", "The Suez Canal earned record tolls from [2021 to 2023|2021/2023]."),
    ],
    "words": [
        ("2024-04-10", "The railway from Mombasa reached Kisumu in [nineteen oh one|1901]."),
        ("2025-06-03", "The port lease at Walvis Bay expires on [the twenty-first of May, twenty thirty|2030-05-21]."),
        ("2026-03-25", "The Sandinistas entered Managua in [July of '79|1979-07]."),
        ("2024-12-02", "Rice stocks in Dhaka were counted on [the thirtieth of November|2024-11-30]."),
        ("2025-10-20", "The copper at Oyu Tolgoi was found in [two thousand and one|2001]."),
    ],
    "period": [
        # The last complete quarter on 14 May 2025 is the first.
        ("2025-05-14", "Chile's peso weakened in [the most recent quarter|2025-01/2025-03]."),
        ("2025-09-16", "Ghana's cocoa board expects the Tema syrup plant to open by [the close of the year|2025-12]."),
        # Tanzania's financial year runs July-June.
        ("2024-05-21", "Tanzania's public debt rose in [this financial year|2023-07/2024-06], the Dodoma treasury said."),
        ("2025-04-02", "The Mombasa tea auction opened on [3 March 2025|2025-03-03] and prices recovered [later that month|2025-03]."),
        # Tuesday 2 June 2026 is in W23.
        ("2026-06-10", "The Buenos Aires dock strike began on [Tuesday 2 June|2026-06-02] after talks collapsed [earlier that week|2026-W23]."),
        ("2024-10-30", "Rwanda's coffee exports grew in [the third quarter|2024-07/2024-09]."),
        ("2025-12-03", "Egypt's gas imports rose in [H1 2025|2025-01/2025-06]."),
        ("2026-01-21", "Food prices in Accra rose 9% in [the 12 months to December|2025-01/2025-12], the statistics office said."),
    ],
    "weekday": [
        # Wednesday 3 July 2024.
        ("2024-07-03", "The ferry to Ilha de Mocambique will sail on [Saturday|2024-07-06]."),
        ("2024-07-03", "The ferry to Inhambane capsized on [Saturday|2024-06-29]."),
        # Monday 22 September 2025: last Tuesday is 16 September.
        ("2025-09-22", "Voters in Malawi went to the polls [last Tuesday|2025-09-16]."),
        # Saturday 16 May 2026: next Friday is 22 May.
        ("2026-05-16", "Bids for the Lobito rail corridor are due [next Friday|2026-05-22]."),
        # Wednesday 26 February 2025, a past clause.
        ("2025-02-26", "Markets in Santiago were shut from [Thursday to Saturday|2025-02-20/2025-02-22]."),
        ("2024-11-14", "The results of the Botswana election came on [Friday, November 1|2024-11-01]."),
        # Wednesday 12 August 2026.
        ("2026-08-12", "The container terminal in Mombasa reopens [this Sunday|2026-08-16]."),
    ],
    "month-tense": [
        ("2025-02-18", "Lithium exports from Argentina surged in [November|2024-11]."),
        ("2025-02-18", "Argentina's new export duty on soy takes effect in [November|2025-11]."),
        ("2024-09-04", "The rains across the Sahel ended in [August|2024-08]."),
        ("2026-11-09", "Bolivia's president will visit Brasilia on [January 14|2027-01-14]."),
        ("2024-06-27", "Senegal's first crude cargo sailed on [June 24|2024-06-24]."),
    ],
    "duration": [
        ("2025-01-15", "Peru aims to double copper output within [a decade|P10Y]."),
        # Two durations, the unit of the first taken from the second (issue 14).
        ("2024-03-12", "The malaria trials in Kisumu lasted between [6|P6M] and [9 months|P9M]."),
        ("2026-05-19", "The Lagos-Calabar coastal road will take [eight years|P8Y] to build."),
        ("2025-07-08", "The [three-week|P3W] strike at the Escondida mine ended."),
        ("2024-10-01", "Uruguay's drought lasted [nearly three years|P3Y]."),
        ("2025-11-26", "Tanzania granted the graphite mine a [25-year|P25Y] licence."),
    ],
    "holiday": [
        ("2025-11-10", "Shops in Nairobi close on [Jamhuri Day|2025-12-12]."),
        ("2024-08-01", "Brazilian banks close on [Independence Day|2024-09-07]."),
        # Easter 2026 is 5 April; two days after it is Tuesday 7 April.
        ("2026-03-02", "The Callao port strike is set for [two days after Easter|2026-04-07]."),
        ("2025-04-10", "The Soweto jazz festival falls on [Freedom Day|2025-04-27]."),
    ],
    "week": [
        # Tuesday 31 December 2024 is in ISO week 1 of 2025.
        ("2024-12-31", "Fuel rationing in Harare ends [next week|2025-W02]."),
        ("2025-06-04", "Cocoa arrivals in Abidjan fell [last week|2025-W22]."),
        ("2026-03-16", "The Chilean Senate debates the pension bill [this week|2026-W12]."),
    ],
    "season": [
        ("2025-08-14", "The Dakar-Bamako rail link reopens in [spring 2027|2027-03/2027-05]."),
        ("2024-10-08", "Wheat farms in Morocco suffered during [this summer|2024-06/2024-08]."),
        ("2026-01-20", "Cairo's fourth metro line opens [next autumn|2026-09/2026-11]."),
    ],
    "negative": [
        ("2025-05-05", "Shares of March Networks rose in Toronto."),
        ("2024-09-09", "The hostages were freed on the 88th day of their captivity."),
        ("2026-04-04", "Fishermen in Essaouira rest every Sunday."),
        ("2025-12-15", "The quake off Valparaiso lasted about forty seconds."),
        ("2024-06-18", "Traders in Kano expect the naira to recover in the long term."),
    ],
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "Customs in Mombasa cleared [4 thousand 2 hundred and 7|count|4207|container] containers.",
        "The Olkaria plant's output rose to [two hundred point five megawatts|quantity|200.5|MW].",
        "The Quito fund raised [three and a half million dollars|money|3500000|USD].",
        "The Penang stall charges [forty Malaysian ringgit|money|40|MYR] for a meal.",
        "[Ninety-nine|count|99|delegate] delegates walked out in Abuja.",
    ],
    "fractions": [
        "Lusaka had [three twentieths of an inch|quantity|0.15|in] of rain.",
        "The new pipeline in Oman is [7 1/2 miles|quantity|7.5|mi] long.",
        "The Rand Water tariff rose [2¼%|percent|2.25|%].",
        "The Central Bank of Kenya allows a band of [2½ percentage points|percent|2.5|pp].",
        "Sorghum yields near Kano reached [1¾ tonnes|quantity|1.75|t] per hectare.",
    ],
    "grouping": [
        "The Addis Ababa ring road carried [70 000|count|70000|vehicle] vehicles.",
        "The Pune temple trust holds [₹1,23,45,678|money|12345678|INR].",
        "The Recife port authority paid [R$ 1.250.000,50|money|1250000.5|BRL].",
        "The census counted [2 345 678|count|2345678|resident] residents in Maputo.",
        "India's road plan will cost [₹4,50,000 crore|money|4500000000000|INR].",
    ],
    "scale": [
        "Safaricom's profit reached [KSh 42.7bn|money|42700000000|KES].",
        "The Lagos state bond raised [₦250bn|money|250000000000|NGN].",
        "The Quito water utility borrowed [USD 5M|money|5000000|USD].",
        "Egypt bought [3mn tonnes|quantity|3000000|t] of wheat.",
        "The Rwandan coffee crop fetched [2.7b Rwandan francs|money|2700000000|RWF].",
    ],
    "currency": [
        "A bus ticket in San José costs [₡100|money|100|CRC].",
        "The Giza plateau fee is [EGP 42|money|42|EGP].",
        "A night in a La Paz hostel costs [1,200 bolivianos|money|1200|BOB].",
        "The Kumasi market toll is [GH₵ 25|money|25|GHS].",
        "A sack of rice in Kinshasa costs [45,000 Congolese francs|money|45000|CDF].",
        "The Antigua Guatemala entry fee is [350 quetzales|money|350|GTQ].",
    ],
    "two-unit": [
        "The canal toll for a yacht in Panama was [$4 and 15 cents|money|4.15|USD] a foot.",
        "The Maasai runner is [5 feet 11 inches|quantity|5.9166666667|ft] tall.",
        "The Nile perch weighed [12 pounds 4 ounces|quantity|12.25|lb].",
    ],
    "units": [
        "The Niger river rose [4.8 metres|quantity|4.8|m] at Niamey.",
        "A [6-inch|quantity|6|in] water main burst in Harare.",
        "Each tablet contains [40 milligrams|quantity|40|mg] of the drug.",
        "The coastal road from Lomé to Cotonou is [154 kilometres|quantity|154|km] long.",
        "The tea estate near Kericho covers [12,000 hectares|quantity|12000|ha].",
    ],
    "comparator": [
        "[Nearly 600|count|600|migrant] migrants landed in the Canary Islands.",
        "[At most 200|count|200|truck] trucks cross the border at Malaba each day.",
        "[Under 5%|percent|5|%] of homes in rural Chad have power.",
        "The bridge in Kampala cost [no more than $40 million|money|40000000|USD].",
    ],
    "range": [
        "Rents in Nairobi rose [8|percent|8|%] to [10%|percent|10|%].",
        "The Inga dam will cost [$2|money|2000000000|USD] to [$3 billion|money|3000000000|USD].",
        "Between [30|count|30|boat] and [40|count|40|boat] boats left Dakhla.",
        "Maize ranged from [KES 4,000|money|4000|KES] to [KES 4,500|money|4500|KES] a bag.",
    ],
    "percent": [
        "Inflation in Ethiopia eased to [17.5 per cent|percent|17.5|%].",
        "The Bank of Ghana raised its rate by [150 basis points|percent|1.5|pp].",
        "[Forty-one percent|percent|41|%] of voters in Gaborone backed the change.",
        "Support for the ANC fell [17 percentage points|percent|17|pp].",
        "Coffee exports from Uganda rose [3½%|percent|3.5|%].",
    ],
    "ordinal": [
        "The Kenyan runner finished [third|ordinal|3] in Boston.",
        "The Lagos bank marks its [125th|ordinal|125] anniversary.",
        "Namibia holds its [seventh|ordinal|7] presidential election.",
        "The [twenty-second|ordinal|22] summit opened in Addis Ababa.",
    ],
    "tally": [
        "The Senate in Nairobi voted [54|number|54] to [13|number|13] to remove the deputy.",
        "Nigeria beat Ghana [2|number|2]-[1|number|1] in Abuja.",
        "The judges in Pretoria split [four|number|4] to [three|number|3].",
    ],
    "approximate": [
        "[Around 12,000|count|12000|pilgrim] pilgrims reached Lalibela.",
        "[Roughly 450,000 tonnes|quantity|450000|t] of cocoa left San Pedro.",
    ],
    "negative": [
        "Nine in ten households in Juba lack piped water.",
        "Call 0800 722 722 for help in Nairobi.",
        "Thousands of fans lined the streets of Dakar.",
        "A Boeing 737 MAX 8 landed in Windhoek.",
    ],
}


def check_extra() -> None:
    """Word range of the briefs (150-230) and the ISO weeks of relative week cases."""
    for cid, _family, _ref, _pub, marked in BRIEFS:
        text = re.sub(r"\[\[([^\]|]+)\|[^\]]+\]\]", r"\1", marked)
        words = len(text.split())
        assert 150 <= words <= 230, (cid, words)
    for items in DATE_CASES.values():
        for ref, marked in items:
            day = dt.date.fromisoformat(ref)
            for span, value in re.findall(r"\[([^\]|]+)\|([^\]|]+)\]", marked):
                shift = {"this week": 0, "last week": -1, "next week": 1}.get(span)
                if shift is not None:
                    y, w, _ = (day + dt.timedelta(weeks=shift)).isocalendar()
                    assert value == f"{y}-W{w:02d}", (marked, value)


if __name__ == "__main__":
    check_extra()
    build_set(
        "own14",
        "own14-briefs-heldout",
        BRIEFS,
        DATE_CASES,
        FIGURE_CASES,
        source_briefs=SOURCE_BRIEFS,
        source_cases=SOURCE_CASES,
    )
    sys.exit(0)

"""Build the thirteenth held-out set: eval/own13-briefs-heldout.jsonl, own13-dates-heldout.jsonl and
own13-figures-heldout.jsonl (FORMAT.md).

Written fresh in session 13 by a helper session that neither read nor ran briefx (no code, tests,
models, samples, scripts, benchmarks or venv; no NLP tool was run on the texts) and opened no
``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it writes and the first
two lines of each ``shared/eval/*-dev.jsonl`` (for the line format). Besides
``shared/eval/ANNOTATION.md``, ``FORMAT.md``, ``README.md`` and ``eval/README.md`` (its table, its
judgement calls and its sections on sets 10, 11 and 12) it read only ``build_own12_heldout.py``
(for its mechanics, markup, checks and choices) with ``case_marks.py``, and the docstrings of
``date_marks.py`` and ``entity_marks.py``. The texts were written by hand for this set and
annotated inline while writing, by ``shared/eval/ANNOTATION.md`` and the readings in
``eval/README.md`` and the set 12 builder; where all are silent, the choice is listed below.

Briefs: 2024-2025 news of kinds, topics, regions and formats that sets 1-12 did not have (a
Brazilian supreme-court coup verdict as wire copy, a cathedral reopening in a numbered weekly
newsletter, a sailing final as a sports wire with result lines, a near-Earth asteroid as a
science-desk story, a Kenyan tax bill withdrawn after protests as agency copy, a Maori-rights
march as a local city page with a traffic list, a gold record in a sectioned morning briefing,
reactions to an EU competitiveness report as an opinion roundup, undersea cable damage as a dated
timeline, a martial-law night as a TV news transcript, an Indian election as a numbered "five
things" list, water rationing as a utility's public notice with a zone schedule, a games console
launch as Japanese agency copy, smog school closures as a South Asian daily's city story), about
real institutions, companies, places and office holders. The events are modelled on real ones
but details, quotations and many figures are invented or approximate and must not be read as
reporting. No ``statements`` key: statements are not scored for this set. Every brief states its
own date: ``published`` = ``reference_date``.

Markup (as sets 6-12):
- briefs: ``[[span|TYPE]]`` / ``[[span|TYPE|canonical name]]`` (entity),
  ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]`` (figure), ``[[span|D|value]]`` (date);
- date cases: ``[span|value]``; figure cases: ``[span|kind|value]`` / ``[span|kind|value|unit]``.
The script computes the offsets, asserts ``text[start:end] == span`` for every item, order and
no overlap, known types/kinds, ISO 4217 codes (the list in ``case_marks.py`` extended by six real
codes this set needs: BHD, JOD, UZS, RSD, ZMW, MNT), ``%``/``pp``, unit symbols, count nouns, ISO
8601 date values (real days and months, ISO weeks, ``START/END`` with start before end, durations;
the duration pattern is widened to ISO 8601 durations of several parts, "P27Y3M", which
``case_marks.VALUE`` did not accept), that a full-date value of a span naming a weekday falls on
that weekday (both ends of a weekday range, taken in the order the span names them, the set 12
check), 150-260 words per brief, that a brief's ``published`` equals its ``reference_date`` and is
the value of one of its date spans, unique ids (prefix ``own13-``) and texts, and that
``shared/eval/score.py F F`` gives 1.000 in every section of each file (the shared scorer, run
with ``python3``, not briefx).

Run from the project root: ``python3 eval/build_own13_heldout.py`` (rewrites the three files).
The mechanics (marks, offsets, checks, writing) are ``eval/case_marks.py``'s, shared by sets 6-13.

Choices where ANNOTATION.md, eval/README.md and the set 12 builder are silent (applied throughout):
- Durations: a prison term of two parts, "27 years and three months", is one duration span with
  an ISO 8601 value of two parts ("P27Y3M"), as "5 feet 2 inches" is one figure; "up to 26 years"
  keeps its modifier inside (ANNOTATION.md's "more than 40 years"). "one day" of a rationing cut
  is "P1D"; sub-day spans stay untagged, also where they are the news ("about six hours after he
  declared it", a race won by "41 seconds"), and clock times ("10:27 p.m.", "8 a.m.", "from 8am",
  "midday") and "Tuesday night" keep only the weekday as a date ("[Tuesday] night", as set 12's
  "[Friday] night's drawing"). "More at the top of the hour" is untagged.
- Relative dates: "a week later" after "Jan. 1, 2023" is that day plus seven ("2023-01-08"), a
  date anchored on a date in the text, not on the reference date; "from April 19 to June 1" is
  one range span, "from" outside (ANNOTATION.md's ranges); "the weekend" in a Friday story
  about the days before is the last Saturday and Sunday ("START/END"); "Next week" in a Monday
  newsletter is the next ISO week; "next Tuesday" on a Thursday is the Tuesday of the following
  week, with "next" inside the span (set 12's "this Saturday", "Last Friday"); "last time" is not
  a date. "the mid-1990s" keeps the decade ("1990/1999", ANNOTATION.md's decades); "the driest
  first quarter in four decades" tags "first quarter" (the year from the text) and "four decades"
  ("P40Y"); "the fiscal year starting July 1" in a Kenyan text is Kenya's July-June year at month
  precision ("2024-07/2025-06", as set 10 read Egypt's); "the business year to March 2026" of a
  Japanese company is April-March, a period counted back from a month; "its worst day in four
  years" a duration "P4Y". "every two weeks" (a review cycle) is habitual, untagged.
- Teams: national sailing syndicates named by their country in a headline or result line ("New
  Zealand retain ...", "Britain won both") are GPE, as set 12 read "Great Britain" and dev14t reads
  national sides; the syndicates by their own names ("Emirates Team New Zealand", "INEOS
  Britannia" -> "Ineos Britannia", "Luna Rossa" -> "Luna Rossa Prada Pirelli") are ORG. The
  "America's Cup" is EVENT under that title without the year (set 11's "the Masters"); the "Louis
  Vuitton Cup" EVENT. Race numbers ("Races 1-4", "Race 9") and zone numbers ("Zone 1", "Zones 6 to
  9") are designations, untagged (set 12's "Rounds 2 and 3"); a race score "7-2" and vote tallies
  "190-0", "195 votes to 106" are two `number` figures each (ANNOTATION.md's tally rule). A boat
  ("Taihoro"), ships ("Eagle S", "Yi Peng 3", "NewNew Polar Bear") are PRODUCT (set 10's ship), the
  number inside a ship's name untagged.
- Places and things: an asteroid is LOC ("2024 YR4", like "Earth" and "Moon" LOC in set 12), the
  year in its designation no date; the "Tunguska event" EVENT; a telescope survey ("ATLAS") and an
  observatory ("Very Large Telescope") FAC; the "James Webb Space Telescope" PRODUCT (a
  spacecraft). Undersea cables and pipelines ("Balticconnector", "C-Lion1", "Estlink 2" -> the
  Wikipedia title "Estlink", as dev13k names a variant under its family) are FAC; a NATO
  operation ("Baltic Sentry") EVENT. "Notre-Dame" is FAC "Notre-Dame de Paris"; "Ram temple" FAC
  "Ram Mandir"; "State House" FAC "State House, Nairobi"; reservoirs named without their generic
  word ("the Chuza and San Rafael reservoirs") FAC with the full title, the shared lower-case word
  outside (set 12's tunnels); streets FAC ("Lambton Quay", "Willis Street", "Champs-Elysees");
  "Sky Stadium" FAC under its Wikipedia title "Wellington Regional Stadium". Localities of Bogotá
  and Colombian municipalities are GPE by their Wikipedia titles ("Suba" -> "Suba, Bogotá",
  "Kennedy" -> "Kennedy, Bogotá", "Chía" -> "Chía, Cundinamarca"); "Punjab" is GPE "Punjab,
  Pakistan" in a Lahore text and "Punjab, India" after "Indian"; "Yeouido" and "Cape Reinga" LOC;
  "Washington" meaning the U.S. government is GPE "Washington, D.C." (metonymy, as datelines).
- Organisations and laws: "Congress" in a Brazilian text is ORG "National Congress of Brazil";
  "the Assembly" after "the National Assembly" and "the House" meaning New Zealand's House of
  Representatives are ORG with the full name (ANNOTATION.md's capitalised short forms);
  "Parliament" as the destination of a march is ORG "New Zealand Parliament", "parliament" in
  lower case untagged; "his National party" tags "National" ORG "New Zealand National Party" with
  the lower-case "party" outside; "the ruling party", "the government" untagged. Bills and
  treaties are LAW ("Treaty Principles Bill", "Treaty of Waitangi", "Finance Bill 2024" with its
  year inside, no date); "INDIA" (the opposition bloc) is ORG "Indian National Developmental
  Inclusive Alliance", "Congress" ORG "Indian National Congress", "Adani" ORG "Adani Group". The
  Spanish name of Bogotá's water company is its title ("Empresa de Acueducto y Alcantarillado de
  Bogotá"); "Nintendo Co." is ORG "Nintendo" (legal form out of the name, README); "Kyodo" ORG
  "Kyodo News"; "KBS" ORG "Korean Broadcasting System". Newspapers in an opinion roundup ("Financial
  Times", "Le Monde", "Handelsblatt", "Politico Europe") are ORG; the report's title and a
  "pandemic recovery fund" in lower case are untagged. Stock and air-quality indices ("Sensex",
  "the dollar index", "the air quality index", "the Torino scale") are untagged (ANNOTATION.md's
  indices); "PM2.5"-style designations untagged.
- People: titles and honorifics outside PERSON spans, also "Prince" ("Prince [William]" ->
  "William, Prince of Wales"), "Sir", "Justice", "Archbishop", "Speaker", "Senior Minister";
  names written plain take their Wikipedia titles with diacritics ("Carmen Lucia" -> "Cármen
  Lúcia", "Luiz Inacio Lula da Silva", "Zelensky" -> "Volodymyr Zelenskyy", "Kurt Campbell" ->
  "Kurt M. Campbell", "Chandrababu Naidu" -> "N. Chandrababu Naidu"); a bare age ("Bolsonaro, 70")
  is untagged (set 11). Transcript labels ("ANCHOR:", "CORRESPONDENT:") are untagged.
- Figures: an air-quality reading ("crossed 2,000", "recorded 1,165", "above 300") and a Torino
  rating ("rated 3") are `number` figures (bare index levels, as set 10's index level); "a
  10-point ... scale" a count of "point"; "400-page" and "300-seat" keep the number (README); a
  hyphenated measure "75-foot", "18-metre", "218-kilometre" one quantity span; "the world's top 50
  tech firms" a count with "top" outside (set 12's "top 10"); "five things to know" a count of
  "thing"; "€750 to €800 billion" and "4.4 to 4.7%" two figures each, the first taking scale and
  unit from the second; "₹3.6 lakh crore" is 3.6 x 100,000 x 10,000,000 INR; "1,442 per dollar"
  KRW with the rate outside; "$449.99" in a Kyodo story about U.S. prices USD; "from 17.4 to 15
  cubic metres per second" two quantities in "m3" with the rate outside; phone lines ("line 116")
  and web addresses untagged; "tens of millions of euros" vague, untagged.
- Date cases: "a week tomorrow" is tomorrow plus seven days; "Monday week" the Monday after next
  Monday; "the week before last" and "the week after next" ISO weeks; "this week" on Monday 29
  December 2025 is "2026-W01" (ISO week-numbering year); "FY25" in an Indian text is April-March
  ("2024-04/2025-03"), a Kenyan "2024/25" budget July-June; "the past three months" anchored on
  the reference date to the day; "last winter" in January is the previous winter, December to
  February; "from late 2019 through early 2023" a year range with the modifiers inside; "a year and
  a half" "P18M". Negatives: "the Arab Spring" (a name), "every Saturday" (habitual), "nineteen
  hours" (sub-day), "weekly", "annual" (frequencies), "today" meaning nowadays.
- Figure cases: "two dozen" 24; "three quarters of a billion euros" 750,000,000 EUR; "a quarter of a
  percentage point" 0.25 pp; "4 1/2 tonnes" 4.5 t; "one and three-quarter kilometres" 1.75 km;
  "₹3,45,60,000" (Indian grouping), "COP 22.300.000.000.000" and "1.204.530" (dotted groups),
  "CHF 1'250'000" (apostrophes), "NOK 12 500 000" (spaced groups); "Rs2.4tr" PKR in a Pakistani
  text, "A$2.1b"; "BD" BHD, "JD" JOD, "dinars" in Belgrade RSD, "K" in a Zambian text ZMW, "₮"
  MNT; "$12 and 75 cents" 12.75 USD, "6 ft 3 in" 6.25 ft, "7 pounds 8 ounces" 7.5 lb (two units);
  "0.5pp" a percent in "pp"; "eight basis points" 0.08 pp; "Upwards of", "No fewer than" inside
  the span; "38 to 41C" two quantities in "°C". Negatives: "Two in five renters ... half their
  income" (a proportion and a fraction), a flight number, "Hundreds of thousands" (vague), a
  section citation.
"""

from __future__ import annotations

import re

import case_marks
from case_marks import build_set

# Six real ISO 4217 codes this set needs beyond the list in case_marks.py.
case_marks.ISO_4217.update({"BHD", "JOD", "UZS", "RSD", "ZMW", "MNT"})

# ISO 8601 durations of several parts ("P27Y3M") besides the one-part ones case_marks accepts.
case_marks.VALUE = re.compile(
    rf"^(?:(?:{case_marks.POINT})(?:/(?:{case_marks.POINT}))?"
    r"|P(?=\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?)$"
)

SOURCE_BRIEFS = (
    "own13: written and annotated by hand for briefx (held-out set 13, session 13) by a helper who "
    "neither read nor ran briefx; real institutions, companies, places and office holders, events "
    "modelled on 2024-2025 news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own13: short cases written and annotated by hand for briefx (held-out set 13, session 13) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

# ---------------------------------------------------------------------------------------------
# Briefs: (id, family, reference_date, published, marked text)
# ---------------------------------------------------------------------------------------------
BRIEFS: list[tuple[str, str, str, str | None, str]] = [
    (
        "own13-ho-01", "court-verdict-wire", "2025-09-11", "2025-09-11",
        "[[Brazil|GPE]]'s top court convicts [[Bolsonaro|PERSON|Jair Bolsonaro]] of coup plot, "
        "sentences him to [[27 years|D|P27Y]]\n\n"
        "[[BRASILIA|GPE|Brasília]], [[Sept 11|D|2025-09-11]] ([[Reuters|ORG]]) - A panel of "
        "[[Brazil|GPE]]'s [[Supreme Court|ORG|Supreme Federal Court]] on [[Thursday|D|2025-09-11]] "
        "convicted former President [[Jair Bolsonaro|PERSON]] of plotting a coup to overturn his "
        "defeat in the [[2022|D|2022]] election and sentenced him to "
        "[[27 years and three months|D|P27Y3M]] in prison.\n\n"
        "[[Four|count|4|justice]] justices on the court's [[five|count|5|member]]-member panel "
        "voted to convict. Justice [[Luiz Fux|PERSON]], the lone dissenter, argued on "
        "[[Wednesday|D|2025-09-10]] that the court had no jurisdiction over a former president. "
        "Justice [[Carmen Lucia|PERSON|Cármen Lúcia]] cast the deciding [[third|ordinal|3]] vote, "
        "and Justice [[Cristiano Zanin|PERSON]] read out the sentences.\n\n"
        "[[Bolsonaro|PERSON|Jair Bolsonaro]], 70, has been under house arrest in "
        "[[Brasilia|GPE|Brasília]] since [[Aug. 4|D|2025-08-04]] and did not attend. "
        "[[Seven|count|7|defendant]] other defendants, among them former defence minister "
        "[[Walter Braga Netto|PERSON]] and [[three|count|3|general]] other generals, were also "
        "convicted, with sentences of [[up to 26 years|D|P26Y]].\n\n"
        "Justice [[Alexandre de Moraes|PERSON]], who led the case, said the plotters had "
        "discussed killing President [[Luiz Inacio Lula da Silva|PERSON|Luiz Inácio Lula da "
        "Silva]], Vice President [[Geraldo Alckmin|PERSON]] and [[Moraes|PERSON|Alexandre de "
        "Moraes]] himself before [[Lula|PERSON|Luiz Inácio Lula da Silva]] took office on "
        "[[Jan. 1, 2023|D|2023-01-01]]. The riot in the capital [[a week later|D|2023-01-08]], "
        "when thousands of supporters stormed [[Congress|ORG|National Congress of Brazil]], the "
        "presidential palace and the court, was \"the last act\" of the plan, he said.\n\n"
        "The defence has [[five days|D|P5D]] to appeal once the ruling is published. "
        "[[Bolsonaro|PERSON|Jair Bolsonaro]], already barred from office until [[2030|D|2030]] "
        "by the [[Superior Electoral Court|ORG]], cannot run in the [[October 2026|D|2026-10]] "
        "election.\n\n"
        "[[U.S.|GPE|United States]] President [[Donald Trump|PERSON]], who put a "
        "[[50%|percent|50|%]] tariff on many [[Brazilian|NORP]] goods in [[August|D|2025-08]] "
        "citing the case, called the verdict \"very surprising\".\n",
    ),
    (
        "own13-ho-02", "culture-newsletter", "2024-12-09", "2024-12-09",
        "THE PARIS LETTER\n"
        "Our weekly newsletter, [[Monday 9 December 2024|D|2024-12-09]]\n\n"
        "Good morning. [[Notre-Dame|FAC|Notre-Dame de Paris]] is open again. Here is what you "
        "need to know.\n\n"
        "1. The ceremony. Archbishop [[Laurent Ulrich|PERSON]] struck the cathedral's west "
        "doors with his crozier on [[Saturday|D|2024-12-07]] evening and the choir sang in "
        "reply. [[About 1,500|count|1500|guest]] guests attended, [[some 50|count|50|head]] "
        "heads of state and government among them. President [[Emmanuel Macron|PERSON]] thanked "
        "the firefighters of the [[Paris Fire Brigade|ORG]] who saved the building on "
        "[[15 April 2019|D|2019-04-15]] and the craftsmen who rebuilt it in "
        "[[just over five years|D|P5Y]].\n\n"
        "2. The [[first|ordinal|1]] Mass. On [[Sunday|D|2024-12-08]] morning "
        "[[Ulrich|PERSON|Laurent Ulrich]] consecrated a new bronze altar by the designer "
        "[[Guillaume Bardet|PERSON]]. The evening Mass was open to the public, and "
        "[[about 2,500|count|2500|person]] people queued in the rain on the square.\n\n"
        "3. The money. Donations reached [[€846 million|money|846000000|EUR]] from "
        "[[some 340,000|count|340000|donor]] donors in [[150|count|150|country]] countries. "
        "[[About €700 million|money|700000000|EUR]] has been spent; the rest will pay for work on "
        "the apse and the sacristy, due to last until [[2026|D|2026]].\n\n"
        "4. Getting in. Entry stays free, and the [[Archdiocese of Paris|ORG]] has turned down "
        "Culture Minister [[Rachida Dati|PERSON]]'s idea of a [[€5|money|5|EUR]] ticket for "
        "tourists. The cathedral expects [[15 million|count|15000000|visitor]] visitors a year, "
        "up from [[12 million|count|12000000|visitor]] before the fire.\n\n"
        "5. The guests. [[U.S.|GPE|United States]] President-elect [[Donald Trump|PERSON]] met "
        "[[Macron|PERSON|Emmanuel Macron]] and [[Ukrainian|NORP]] President "
        "[[Volodymyr Zelensky|PERSON|Volodymyr Zelenskyy]] at the [[Elysee Palace|FAC|Élysée "
        "Palace]] before the service. Prince [[William|PERSON|William, Prince of Wales]] came "
        "for [[Britain|GPE|United Kingdom]].\n\n"
        "[[Next week|D|2024-W51]]: the Christmas lights on the "
        "[[Champs-Elysees|FAC|Champs-Élysées]] and a guide to the city's [[10|count|10|market]] "
        "best markets.\n",
    ),
    (
        "own13-ho-03", "sailing-results-wire", "2024-10-19", "2024-10-19",
        "SAILING-[[New Zealand|GPE]] retain [[America's Cup|EVENT]] "
        "with [[7|number|7]]-[[2|number|2]] win over [[Britain|GPE|United Kingdom]]\n"
        "[[Oct. 19, 2024|D|2024-10-19]]\n\n"
        "[[BARCELONA|GPE|Barcelona]], [[Spain|GPE]] ([[AP|ORG|Associated Press]]) — [[Emirates Team New Zealand|ORG]] won the "
        "[[America's Cup|EVENT]] for a [[third|ordinal|3]] straight time on "
        "[[Saturday|D|2024-10-19]], beating [[INEOS Britannia|ORG|Ineos Britannia]] in "
        "Race 9 off [[Barcelona|GPE]] to take the match "
        "[[7|number|7]]-[[2|number|2]].\n\n"
        "Helmsman [[Peter Burling|PERSON]] steered the [[75-foot|quantity|75|ft]] foiling "
        "monohull [[Taihoro|PRODUCT]] across the line 41 seconds ahead.\n\n"
        "Match results (the winner needs [[seven|count|7|point]] points):\n"
        "Races 1-4 ([[Oct. 12-13|D|2024-10-12/2024-10-13]]): [[New Zealand|GPE]] won all [[four|count|4|race]]\n"
        "Races 5-6 ([[Oct. 14|D|2024-10-14]]): [[Britain|GPE|United Kingdom]] won both\n"
        "Races 7-8 ([[Oct. 18|D|2024-10-18]]): [[New Zealand|GPE]] "
        "won both\n"
        "Race 9 ([[Oct. 19|D|2024-10-19]]): [[New Zealand|GPE]] won\n\n"
        "Sir [[Ben Ainslie|PERSON]]'s team had reached the match by beating [[Italy|GPE]]'s "
        "[[Luna Rossa|ORG|Luna Rossa Prada Pirelli]] [[7|number|7]]-[[4|number|4]] in the "
        "[[Louis Vuitton Cup|EVENT]] on [[Oct. 4|D|2024-10-04]]. It was [[Britain|GPE|United "
        "Kingdom]]'s [[first|ordinal|1]] appearance in the [[America's Cup|EVENT]] match since "
        "[[1964|D|1964]]; no [[British|NORP]] boat has won the trophy since it was first raced for in "
        "[[1851|D|1851]].\n\n"
        "\"It's an unbelievable group of people,\" [[Burling|PERSON|Peter Burling]] said.\n\n"
        "Team chief executive [[Grant Dalton|PERSON]] said [[Auckland|GPE]] would bid to host "
        "the next edition but that the [[New Zealand|GPE]] government's offer of "
        "[[NZ$99 million|money|99000000|NZD]] for the [[2024|D|2024]] edition had not been enough. "
        "[[Barcelona|GPE]] city officials estimated the event had brought in "
        "[[about €1.2 billion|money|1200000000|EUR]] and [[2.5 million|count|2500000|visitor]] "
        "visitors since [[August|D|2024-08]].\n",
    ),
]
BRIEFS += [
    (
        "own13-ho-04", "science-wire", "2025-02-25", "2025-02-25",
        "Asteroid [[2024 YR4|LOC]] no longer a threat to [[Earth|LOC]], space agencies say\n\n"
        "By the science desk, [[February 25, 2025|D|2025-02-25]]\n\n"
        "The chance that asteroid [[2024 YR4|LOC]] will hit [[Earth|LOC]] in [[2032|D|2032]] has "
        "fallen to [[0.004%|percent|0.004|%]], [[NASA|ORG]] and the "
        "[[European Space Agency|ORG]] said on [[Monday|D|2025-02-24]], ending "
        "[[two months|D|P2M]] in which the rock topped both agencies' risk lists.\n\n"
        "The asteroid, [[40|quantity|40|m]] to [[90 metres|quantity|90|m]] across, was found on "
        "[[Dec. 27|D|2024-12-27]] by an [[ATLAS|FAC|Asteroid Terrestrial-impact Last Alert "
        "System]] telescope at [[Rio Hurtado|GPE|Río Hurtado]] in [[Chile|GPE]]. As astronomers "
        "tracked its orbit, the odds of an impact on [[Dec. 22, 2032|D|2032-12-22]] rose, peaking "
        "at [[3.1%|percent|3.1|%]] on [[Feb. 18|D|2025-02-18]], the highest ever computed for an "
        "object of its size. It was rated [[3|number|3]] on the [[10|count|10|point]]-point Torino "
        "scale, the [[first|ordinal|1]] asteroid to get that rating since [[2004|D|2004]].\n\n"
        "\"We never had a case like this, where the number went up to [[3%|percent|3|%]],\" said "
        "[[Richard Moissl|PERSON]], head of planetary defence at the "
        "[[ESA|ORG|European Space Agency]].\n\n"
        "New observations, some from the [[Very Large Telescope|FAC]] in the "
        "[[Atacama Desert|LOC]], ruled a collision out. The chance that the asteroid strikes the "
        "[[Moon|LOC]] instead has risen to [[1.7%|percent|1.7|%]].\n\n"
        "An asteroid of that size could flatten [[about 2,000 square kilometres|quantity|2000|km2]], "
        "as the [[Tunguska event|EVENT]] did in [[Siberia|LOC]] in [[1908|D|1908]]; the "
        "[[18-metre|quantity|18|m]] rock that burst over [[Chelyabinsk|GPE]] in [[2013|D|2013]] "
        "injured [[about 1,500|count|1500|person]] people.\n\n"
        "The [[James Webb Space Telescope|PRODUCT]] will look at [[2024 YR4|LOC]] again in "
        "[[March|D|2025-03]] to pin down its size before it fades from view in "
        "[[April|D|2025-04]]. It returns in [[2028|D|2028]].\n",
    ),
    (
        "own13-ho-05", "africa-politics-afp", "2024-06-26", "2024-06-26",
        "[[Kenya|GPE]]'s [[Ruto|PERSON|William Ruto]] drops tax bill after deadly protests\n\n"
        "[[NAIROBI|GPE|Nairobi]], [[June 26, 2024|D|2024-06-26]] ([[AFP|ORG|Agence "
        "France-Presse]]) - [[Kenyan|NORP]] President [[William Ruto|PERSON]] said "
        "[[Wednesday|D|2024-06-26]] he would not sign a finance bill that raised taxes, after "
        "protesters stormed parliament and police opened fire on crowds in the capital.\n\n"
        "\"Having listened keenly to the people of [[Kenya|GPE]], who have said loudly that they "
        "want nothing to do with this [[Finance Bill 2024|LAW]], I concede,\" [[Ruto|PERSON|William "
        "Ruto]] said in a televised address from [[State House|FAC|State House, Nairobi]].\n\n"
        "The [[Kenya National Commission on Human Rights|ORG]] said [[at least 22|count|22|person]] "
        "people were killed on [[Tuesday|D|2024-06-25]], when the "
        "[[National Assembly|ORG|National Assembly (Kenya)]] passed the bill by "
        "[[195|number|195]] votes to [[106|number|106]] and part of the parliament building was "
        "set on fire. Protests were also held in [[Mombasa|GPE]], [[Kisumu|GPE]] and "
        "[[Eldoret|GPE]].\n\n"
        "The bill was meant to raise [[346 billion shillings|money|346000000000|KES]] "
        "([[$2.7 billion|money|2700000000|USD]]) in [[the fiscal year starting July 1|D|2024-07/2025-06]], "
        "through a [[16%|percent|16|%]] value added tax on bread, a [[25%|percent|25|%]] duty on "
        "cooking oil and a tax on motor vehicles of [[2.5%|percent|2.5|%]] of their value, some of "
        "which were dropped [[last week|D|2024-W25]].\n\n"
        "[[Kenya|GPE]] spends [[about 60%|percent|60|%]] of its revenue servicing a public debt of "
        "[[roughly 10 trillion shillings|money|10000000000000|KES]]. The "
        "[[International Monetary Fund|ORG]], whose [[$3.6 billion|money|3600000000|USD]] "
        "programme with [[Nairobi|GPE]] runs until [[April 2025|D|2025-04]], had pressed for new "
        "revenue.\n\n"
        "Organisers of the protests, led largely by young [[Kenyans|NORP|Kenyan]] online, called for "
        "marches to continue on [[Thursday|D|2024-06-27]].\n",
    ),
    (
        "own13-ho-06", "local-news-oceania", "2024-11-19", "2024-11-19",
        "CITY NEWS: [[Wellington|GPE]]\n"
        "[[Tuesday, 19 November 2024|D|2024-11-19]]\n\n"
        "Hīkoi fills the capital as [[Treaty Principles Bill|LAW]] faces certain defeat\n\n"
        "[[Around 42,000|count|42000|person]] people marched through central "
        "[[Wellington|GPE]] to [[Parliament|ORG|New Zealand Parliament]] [[today|D|2024-11-19]] at "
        "the end of a [[nine-day|D|P9D]] hīkoi against the [[Treaty Principles Bill|LAW]], police "
        "said, one of the largest protests the city has seen.\n\n"
        "The march began at [[Cape Reinga|LOC]] on [[10 November|D|2024-11-10]]. The bill, "
        "brought by [[ACT|ORG|ACT New Zealand]] leader [[David Seymour|PERSON]], would redefine the "
        "principles of the [[Treaty of Waitangi|LAW]], signed in [[1840|D|1840]] by the "
        "[[British|NORP]] Crown and [[more than 500|count|500|chief]] [[Māori|NORP]] chiefs. It "
        "passed its [[first|ordinal|1]] reading on [[Thursday|D|2024-11-14]], when "
        "[[Te Pāti Māori|ORG]] MP [[Hana-Rawhiti Maipi-Clarke|PERSON]] led a haka in the [[House|ORG|New Zealand House of Representatives]] "
        "that suspended the sitting.\n\n"
        "Prime Minister [[Christopher Luxon|PERSON]] has said his [[National|ORG|New Zealand "
        "National Party]] party will vote against it at the [[second|ordinal|2]] reading, as will "
        "[[New Zealand First|ORG]] after a [[six-month|D|P6M]] select committee process.\n\n"
        "What it meant for the city:\n"
        "- [[Lambton Quay|FAC]] and [[Willis Street|FAC]] were closed to traffic from 8am.\n"
        "- [[Metlink|ORG]] ran [[40|count|40|bus]] extra buses and diverted [[11|count|11|route]] "
        "routes.\n"
        "- [[Wellington City Council|ORG]] opened the [[Sky Stadium|FAC|Wellington Regional Stadium]] car park to "
        "[[about 600|count|600|vehicle]] vehicles that came down from [[Northland|GPE|Northland "
        "Region]] and [[Waikato|GPE]].\n\n"
        "Mayor [[Tory Whanau|PERSON]] said the day had passed without arrests.\n\n"
        "The [[Waitangi Tribunal|ORG]] said in [[August|D|2024-08]] that the bill would breach the "
        "treaty. A poll for [[1News|ORG]] [[last month|D|2024-10]] put support for it at "
        "[[25%|percent|25|%]].\n",
    ),
    (
        "own13-ho-07", "markets-newsletter", "2025-04-23", "2025-04-23",
        "MORNING BRIEFING\n"
        "[[Wednesday, April 23, 2025|D|2025-04-23]]\n\n"
        "Good morning. Gold's run above [[$3,500|money|3500|USD]] lasted a few hours. Here's what "
        "you need to know before markets open.\n\n"
        "GOLD: Spot gold hit a record [[$3,500.05|money|3500.05|USD]] an ounce in "
        "[[Asian|NORP]] trade on [[Tuesday|D|2025-04-22]] before falling back as [[U.S.|GPE|United "
        "States]] President [[Donald Trump|PERSON]] said he had \"no intention\" of firing "
        "[[Federal Reserve|ORG]] Chair [[Jerome Powell|PERSON]]. It was down "
        "[[1.8%|percent|1.8|%]] at [[$3,318|money|3318|USD]] early [[today|D|2025-04-23]]. The "
        "metal has gained [[about 27%|percent|27|%]] [[this year|D|2025]].\n\n"
        "WHO'S BUYING: Central banks bought [[1,045 tonnes|quantity|1045|t]] in [[2024|D|2024]], "
        "the [[third|ordinal|3]] year running above [[1,000 tonnes|quantity|1000|t]], the "
        "[[World Gold Council|ORG]] says, led by [[Poland|GPE]]'s [[National Bank|ORG|National Bank "
        "of Poland]]. [[Chinese|NORP]] insurers were allowed to buy bullion in "
        "[[February|D|2025-02]].\n\n"
        "FORECASTS: [[Goldman Sachs|ORG]] sees [[$3,700|money|3700|USD]] by [[the end of the "
        "year|D|2025]]; [[UBS|ORG]] sees [[$3,500|money|3500|USD]].\n\n"
        "DOLLAR: The dollar index rose [[0.6%|percent|0.6|%]] after touching its lowest since "
        "[[March 2022|D|2022-03]] on [[Monday|D|2025-04-21]]. Treasury Secretary "
        "[[Scott Bessent|PERSON]] told investors in [[Washington|GPE|Washington, D.C.]] that the "
        "tariff standoff with [[China|GPE]] was \"unsustainable\".\n\n"
        "STOCKS: [[U.S.|GPE|United States]] stock futures were up [[about 1%|percent|1|%]] after "
        "[[Tesla|ORG|Tesla, Inc.]] reported a [[71%|percent|71|%]] drop in "
        "[[first-quarter|D|2025-01/2025-03]] profit and said [[Elon Musk|PERSON]] would spend less "
        "time in government from [[May|D|2025-05]].\n",
    ),
]
BRIEFS += [
    (
        "own13-ho-08", "op-ed-roundup", "2024-09-12", "2024-09-12",
        "OPINION ROUNDUP\n"
        "What the columnists made of the [[Draghi|PERSON|Mario Draghi]] report\n"
        "[[12 September 2024|D|2024-09-12]]\n\n"
        "Former [[European Central Bank|ORG]] president [[Mario Draghi|PERSON]] handed "
        "[[European Commission|ORG]] President [[Ursula von der Leyen|PERSON]] his "
        "[[400|count|400|page]]-page report on [[European|NORP]] competitiveness in "
        "[[Brussels|GPE]] on [[Monday|D|2024-09-09]]. Its central demand: extra investment of "
        "[[€750|money|750000000000|EUR]] to [[€800 billion|money|800000000000|EUR]] a year, or "
        "[[4.4|percent|4.4|%]] to [[4.7%|percent|4.7|%]] of the [[EU|ORG|European Union]]'s "
        "economic output, partly paid for with joint borrowing. Here is how commentators "
        "read it.\n\n"
        "The [[Financial Times|ORG]]'s editorial board called it \"a necessary shock\" and argued "
        "that the gap in productivity with the [[United States|GPE]], which has widened since "
        "[[the mid-1990s|D|1990/1999]], is now an existential question.\n\n"
        "In [[Le Monde|ORG]], an editorial warned that the plan would die if [[Berlin|GPE]] "
        "refused to share debt, and noted that [[France|GPE]] itself is running a deficit of "
        "[[about 6%|percent|6|%]] of GDP [[this year|D|2024]].\n\n"
        "[[Handelsblatt|ORG]] was cooler. [[German|NORP]] Finance Minister "
        "[[Christian Lindner|PERSON]] had already said within hours that \"[[Germany|GPE]] will "
        "not agree to this\", and the paper's columnist asked why [[Europe|LOC]] should borrow "
        "before it spends the [[€650 billion|money|650000000000|EUR]] left over from the pandemic "
        "recovery fund.\n\n"
        "Writers at [[Politico Europe|ORG]] pointed to the report's call for fewer rules on "
        "start-ups: only [[four|count|4|company]] [[European|NORP]] companies are among the world's "
        "top [[50|count|50|firm]] tech firms, it says, and [[about 30%|percent|30|%]] of the "
        "unicorns founded in [[Europe|LOC]] between [[2008 and 2021|D|2008/2021]] moved their "
        "headquarters abroad, most of them to the [[United States|GPE]].\n\n"
        "[[Von der Leyen|PERSON|Ursula von der Leyen]] presents her new commissioners "
        "[[next Tuesday|D|2024-09-17]].\n",
    ),
    (
        "own13-ho-09", "baltic-timeline", "2025-01-14", "2025-01-14",
        "TIMELINE: Damage to cables and pipelines under the [[Baltic Sea|LOC]]\n"
        "Updated [[14 January 2025|D|2025-01-14]]\n\n"
        "[[Oct. 8, 2023|D|2023-10-08]] — The [[Balticconnector|FAC]] gas pipeline between "
        "[[Finland|GPE]] and [[Estonia|GPE]] is damaged. [[Finnish|NORP]] investigators later "
        "blame the anchor of the [[Hong Kong|GPE]]-flagged container ship "
        "[[NewNew Polar Bear|PRODUCT]].\n\n"
        "[[Nov. 17-18, 2024|D|2024-11-17/2024-11-18]] — [[Two|count|2|cable]] telecoms cables "
        "are cut in [[Swedish|NORP]] waters: [[C-Lion1|FAC]], which links [[Finland|GPE]] with "
        "[[Germany|GPE]], and a [[218-kilometre|quantity|218|km]] link between "
        "[[Lithuania|GPE]] and [[Sweden|GPE]]'s island of [[Gotland|LOC]]. Suspicion falls on "
        "the [[Chinese|NORP]] bulk carrier [[Yi Peng 3|PRODUCT]].\n\n"
        "[[Dec. 25, 2024|D|2024-12-25]] — The [[Estlink 2|FAC|Estlink]] power cable between "
        "[[Finland|GPE]] and [[Estonia|GPE]] goes offline at midday, taking out "
        "[[658 MW|quantity|658|MW]] of capacity. [[Four|count|4|cable]] telecoms cables are also "
        "damaged.\n\n"
        "[[Dec. 26|D|2024-12-26]] — [[Finnish|NORP]] police and coast guard board the tanker "
        "[[Eagle S|PRODUCT]] off [[Porvoo|GPE]]. The [[European Commission|ORG]] says the ship "
        "belongs to [[Russia|GPE]]'s shadow fleet. It has dragged its anchor for "
        "[[nearly 100 km|quantity|100|km]], investigators say.\n\n"
        "[[Dec. 28|D|2024-12-28]] — [[NATO|ORG]] says it will step up its presence in the "
        "[[Baltic|LOC|Baltic Sea]].\n\n"
        "[[Jan. 14, 2025|D|2025-01-14]] — At a meeting of [[Baltic Sea|LOC]] countries in "
        "[[Helsinki|GPE]], [[NATO|ORG]] Secretary General [[Mark Rutte|PERSON]] launches "
        "[[Baltic Sentry|EVENT]], an operation with frigates, patrol aircraft and naval drones.\n\n"
        "What next: [[Fingrid|ORG]] and [[Elering|ORG]], the grid operators, expect "
        "[[Estlink 2|FAC|Estlink]] to be repaired by [[August|D|2025-08]] at a cost of "
        "tens of millions of euros. [[Finland|GPE]]'s [[National Bureau of Investigation|ORG|National Bureau of Investigation (Finland)]] "
        "is holding [[eight|count|8|crew member]] crew members of the [[Eagle S|PRODUCT]] under a "
        "travel ban.\n",
    ),
]
BRIEFS += [
    (
        "own13-ho-10", "tv-news-transcript", "2024-12-04", "2024-12-04",
        "TRANSCRIPT\n"
        "[[KBS|ORG|Korean Broadcasting System]] World News, morning edition, "
        "[[December 4, 2024|D|2024-12-04]]\n\n"
        "ANCHOR: Good morning. [[South Korea|GPE]]'s President [[Yoon Suk Yeol|PERSON]] has "
        "lifted the martial law he declared on [[Tuesday|D|2024-12-03]] night, about six hours "
        "after he declared it. Our correspondent is outside the [[National Assembly|ORG|National "
        "Assembly (South Korea)]] in [[Yeouido|LOC]].\n\n"
        "CORRESPONDENT: It began at 10:27 p.m., when [[Yoon|PERSON|Yoon Suk Yeol]] went on "
        "television to declare emergency martial law, the [[first|ordinal|1]] since "
        "[[1980|D|1980]], accusing the opposition of \"anti-state activities\". Army Chief of "
        "Staff General [[Park An-su|PERSON]] was named martial law commander and banned all "
        "political activity. Helicopters landed troops on the grounds of the "
        "[[Assembly|ORG|National Assembly (South Korea)]], and "
        "[[some 280|count|280|soldier]] soldiers tried to enter the building. Staff held them "
        "back with fire extinguishers.\n\n"
        "Just before 1 a.m., Speaker [[Woo Won-shik|PERSON]] put a motion to lift martial law to "
        "a vote. It passed [[190|number|190]]-[[0|number|0]], with [[18|count|18|member]] members "
        "of [[Yoon|PERSON|Yoon Suk Yeol]]'s own [[People Power Party|ORG|People Power Party (South "
        "Korea)]] voting with the opposition.\n\n"
        "ANCHOR: What happens now?\n\n"
        "CORRESPONDENT: The [[Democratic Party|ORG|Democratic Party of Korea]], which holds "
        "[[170|count|170|seat]] seats in the [[300|count|300|seat]]-seat "
        "[[Assembly|ORG|National Assembly (South Korea)]], says it will file an impeachment motion "
        "[[today|D|2024-12-04]] and could vote on it as early as [[Friday|D|2024-12-06]]. Its "
        "leader, [[Lee Jae-myung|PERSON]], called the decree illegal. Even [[Han Dong-hoon|PERSON]], "
        "who leads the ruling party, opposed it.\n\n"
        "ANCHOR: And the markets?\n\n"
        "CORRESPONDENT: The won fell to [[1,442|money|1442|KRW]] per dollar overnight, its weakest "
        "since [[November 2022|D|2022-11]], and the [[Bank of Korea|ORG]] is holding an emergency "
        "meeting. In [[Washington|GPE|Washington, D.C.]], Deputy Secretary of State "
        "[[Kurt Campbell|PERSON|Kurt M. Campbell]] said the [[United States|GPE]] had watched "
        "events with \"grave concern\".\n\n"
        "ANCHOR: Thank you. More at the top of the hour.\n",
    ),
    (
        "own13-ho-11", "five-things-list", "2024-06-05", "2024-06-05",
        "[[Five|count|5|thing]] things to know about [[India|GPE]]'s election result\n\n"
        "[[NEW DELHI|GPE|New Delhi]], [[June 5, 2024|D|2024-06-05]] - Counting ended overnight in "
        "the world's largest election, in which [[642 million|count|642000000|voter]] voters cast "
        "ballots in [[seven|count|7|phase]] phases from "
        "[[April 19 to June 1|D|2024-04-19/2024-06-01]]. What the result means:\n\n"
        "1. [[Modi|PERSON|Narendra Modi]] wins a [[third|ordinal|3]] term, but needs his allies. "
        "His [[Bharatiya Janata Party|ORG]] ([[BJP|ORG|Bharatiya Janata Party]]) won "
        "[[240|count|240|seat]] seats, down from [[303|count|303|seat]] in [[2019|D|2019]] and "
        "short of the [[272|count|272|seat]] needed for a majority in the "
        "[[543|count|543|seat]]-seat [[Lok Sabha|ORG]].\n\n"
        "2. Coalition partners matter again. The [[National Democratic Alliance|ORG]] has "
        "[[293|count|293|seat]] seats. It relies on the [[Telugu Desam Party|ORG]] of "
        "[[Chandrababu Naidu|PERSON|N. Chandrababu Naidu]], with [[16|count|16|seat]], and "
        "[[Nitish Kumar|PERSON]]'s [[Janata Dal (United)|ORG]], with [[12|count|12|seat]].\n\n"
        "3. The opposition is back. The [[INDIA|ORG|Indian National Developmental Inclusive "
        "Alliance]] bloc won [[234|count|234|seat]] seats. [[Rahul Gandhi|PERSON]]'s "
        "[[Congress|ORG|Indian National Congress]] nearly doubled its tally to "
        "[[99|count|99|seat]].\n\n"
        "4. [[Uttar Pradesh|GPE]] turned. The [[Samajwadi Party|ORG]] of "
        "[[Akhilesh Yadav|PERSON]] took [[37|count|37|seat]] seats in the state, and the "
        "[[BJP|ORG|Bharatiya Janata Party]] lost the seat that includes [[Ayodhya|GPE]], where "
        "[[Modi|PERSON|Narendra Modi]] opened the [[Ram temple|FAC|Ram Mandir]] in "
        "[[January|D|2024-01]].\n\n"
        "5. Markets took fright, then steadied. The Sensex fell [[5.7%|percent|5.7|%]] on "
        "[[Tuesday|D|2024-06-04]], its worst day in [[four years|D|P4Y]], and regained "
        "[[3.2%|percent|3.2|%]] [[today|D|2024-06-05]]. Shares of [[Adani|ORG|Adani Group]] "
        "companies lost [[about ₹3.6 lakh crore|money|3600000000000|INR]] in value on the day.\n\n"
        "[[Modi|PERSON|Narendra Modi]] is expected to be sworn in at "
        "[[Rashtrapati Bhavan|FAC]] on [[Sunday|D|2024-06-09]].\n",
    ),
]
BRIEFS += [
    (
        "own13-ho-12", "public-notice-rationing", "2024-04-10", "2024-04-10",
        "PUBLIC NOTICE: WATER RATIONING\n"
        "[[Empresa de Acueducto y Alcantarillado de Bogotá|ORG]] "
        "([[EAAB|ORG|Empresa de Acueducto y Alcantarillado de Bogotá]])\n"
        "[[Bogotá|GPE]], [[10 April 2024|D|2024-04-10]]\n\n"
        "From [[Thursday 11 April|D|2024-04-11]], the water supply will be cut for "
        "[[one day|D|P1D]] at a time in each of [[nine|count|9|zone]] zones in turn, in "
        "[[Bogotá|GPE]] and in the neighbouring municipalities of [[Soacha|GPE]] and "
        "[[Chía|GPE|Chía, Cundinamarca]].\n\n"
        "Why: the [[Chuza|FAC|Chuza Reservoir]] and [[San Rafael|FAC|San Rafael Reservoir]] "
        "reservoirs, which supply [[about 70%|percent|70|%]] of the city's water, are at "
        "[[16.3%|percent|16.3|%]] of capacity, the lowest since they were built, after the "
        "driest [[first quarter|D|2024-01/2024-03]] in [[four decades|D|P40Y]].\n\n"
        "[[First|ordinal|1]] cycle:\n"
        "Zone 1 ([[Usaquén|GPE]], [[Chapinero|GPE]]): [[Thursday 11 April|D|2024-04-11]]\n"
        "Zone 2 ([[Suba|GPE|Suba, Bogotá]], [[Chía|GPE|Chía, Cundinamarca]]): "
        "[[Friday 12 April|D|2024-04-12]]\n"
        "Zone 3 ([[Engativá|GPE]]): [[Saturday 13 April|D|2024-04-13]]\n"
        "Zone 4 ([[Fontibón|GPE]], [[Kennedy|GPE|Kennedy, Bogotá]]): "
        "[[Sunday 14 April|D|2024-04-14]]\n"
        "Zone 5 ([[Bosa|GPE]], [[Soacha|GPE]]): [[Monday 15 April|D|2024-04-15]]\n"
        "Zones 6 to 9 follow until [[Friday 19 April|D|2024-04-19]]; the cycle then repeats.\n\n"
        "Cuts start at 8 a.m. Hospitals, schools and prisons will be served by "
        "[[more than 100|count|100|tanker]] tankers. Households that use more than "
        "[[22 cubic metres|quantity|22|m3]] a month will pay a surcharge of "
        "[[up to 60%|percent|60|%]].\n\n"
        "Mayor [[Carlos Fernando Galán|PERSON]] said the city must bring consumption down from "
        "[[17.4|quantity|17.4|m3]] to [[15 cubic metres|quantity|15|m3]] per second until the "
        "rains return, expected in [[May|D|2024-05]]. \"Every litre counts,\" he said. The "
        "measures will be reviewed every two weeks.\n\n"
        "Information: line 116 or www.acueducto.com.co\n",
    ),
    (
        "own13-ho-13", "business-wire-japan", "2025-06-11", "2025-06-11",
        "[[Nintendo|ORG]] sells [[3.5 million|count|3500000|unit]] [[Switch 2|PRODUCT|Nintendo "
        "Switch 2]] consoles in [[four days|D|P4D]], a record\n\n"
        "[[KYOTO|GPE|Kyoto]], [[June 11|D|2025-06-11]] ([[Kyodo|ORG|Kyodo News]]) -- "
        "[[Nintendo Co.|ORG|Nintendo]] said [[Wednesday|D|2025-06-11]] it sold "
        "[[more than 3.5 million|count|3500000|unit]] units of its [[Switch 2|PRODUCT|Nintendo "
        "Switch 2]] console worldwide in the [[four days|D|P4D]] after its launch on "
        "[[June 5|D|2025-06-05]], the fastest start for any of its game machines.\n\n"
        "The original [[Switch|PRODUCT|Nintendo Switch]], released in [[March 2017|D|2017-03]], "
        "took [[about a month|D|P1M]] to reach [[2.74 million|count|2740000|unit]] units.\n\n"
        "The new console sells for [[49,980 yen|money|49980|JPY]] in [[Japan|GPE]], in a version "
        "limited to [[Japanese|NORP]]-language settings, and for [[$449.99|money|449.99|USD]] in "
        "the [[United States|GPE]], where prices were set before [[Washington|GPE|Washington, "
        "D.C.]] raised tariffs on goods from [[Vietnam|GPE]] and [[China|GPE]], where the "
        "machines are assembled.\n\n"
        "The [[Kyoto|GPE]]-based company aims to sell [[15 million|count|15000000|unit]] units in "
        "[[the business year to March 2026|D|2025-04/2026-03]] and forecasts net profit of "
        "[[350 billion yen|money|350000000000|JPY]], up [[26.6%|percent|26.6|%]]. "
        "[[Mario Kart World|PRODUCT]], sold with the console in some markets, has become the "
        "best-selling launch title in the company's history, and "
        "[[Donkey Kong Bananza|PRODUCT]] follows on [[July 17|D|2025-07-17]].\n\n"
        "\"We want to keep up production so that anyone who wants one can buy one,\" President "
        "[[Shuntaro Furukawa|PERSON]] told reporters.\n\n"
        "[[Nintendo|ORG]] shares rose [[2.3%|percent|2.3|%]] in [[Tokyo|GPE]]. The company "
        "received [[about 2.2 million|count|2200000|application]] applications in a lottery for "
        "the [[first|ordinal|1]] batch of consoles sold through its own online store in "
        "[[Japan|GPE]] in [[April|D|2025-04]].\n",
    ),
    (
        "own13-ho-14", "south-asia-local-daily", "2024-11-08", "2024-11-08",
        "Schools shut across [[Punjab|GPE|Punjab, Pakistan]] as [[Multan|GPE]] air index tops "
        "[[2,000|number|2000]]\n"
        "Published [[November 8, 2024|D|2024-11-08]]\n\n"
        "[[LAHORE|GPE|Lahore]]: The [[Punjab|GPE|Punjab, Pakistan]] government on "
        "[[Thursday|D|2024-11-07]] ordered all schools in [[18|count|18|district]] districts, "
        "including [[Lahore|GPE]], [[Multan|GPE]], [[Faisalabad|GPE]] and [[Gujranwala|GPE]], to "
        "close until [[November 17|D|2024-11-17]] as smog blanketed the province for a "
        "[[second|ordinal|2]] week.\n\n"
        "The air quality index in [[Multan|GPE]] crossed [[2,000|number|2000]] on "
        "[[Friday|D|2024-11-08]] morning, according to the [[Swiss|NORP]] monitor "
        "[[IQAir|ORG]], after [[Lahore|GPE]] recorded [[1,165|number|1165]] on "
        "[[Sunday|D|2024-11-03]]. Any reading above [[300|number|300]] is rated hazardous.\n\n"
        "Senior Minister [[Marriyum Aurangzeb|PERSON]] told a press conference that parks, zoos "
        "and museums in the [[four|count|4|district]] worst-hit districts would also stay closed, "
        "that construction had been halted and that [[some 300|count|300|kiln]] brick kilns "
        "had been sealed. Offices will run at [[50%|percent|50|%]] attendance.\n\n"
        "Chief Minister [[Maryam Nawaz|PERSON]] has proposed \"climate diplomacy\" with "
        "[[India|GPE]]. [[NASA|ORG]] satellite images showed [[more than 3,000|count|3000|fire]] "
        "crop fires across the border in [[Indian|NORP]] [[Punjab|GPE|Punjab, India]] "
        "[[last week|D|2024-W44]].\n\n"
        "Hospitals in [[Lahore|GPE]] have treated [[about 900|count|900|patient]] patients for "
        "breathing problems since [[the weekend|D|2024-11-02/2024-11-03]]. [[UNICEF|ORG]] said "
        "[[more than 11 million|count|11000000|child]] children in the province were exposed to "
        "the toxic air.\n\n"
        "The [[Pakistan Meteorological Department|ORG]] forecast no rain before "
        "[[mid-November|D|2024-11]]. [[Lahore|GPE]] ranked as the world's most polluted city "
        "on [[five|count|5|day]] days [[last month|D|2024-10]].\n",
    ),
]

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Easter 2025 = Sunday 20 April; three days after it is Wednesday the 23rd.
        ("2025-03-12", "The Senate in Manila reconvenes [three days after Easter|2025-04-23]."),
        # December 2024: Tuesdays fall on the 3rd and the 10th.
        ("2024-08-07", "Ballots in Accra will be recounted [the second Tuesday of December|2024-12-10]."),
        # Thursday 28 May 2026 is in W22; the week before last is W20.
        ("2026-05-28", "The council in Tromso approved the harbour budget [the week before last|2026-W20]."),
        ("2025-11-03", "The dredger reaches Port Moresby [the day after tomorrow|2025-11-05]."),
        # Thursday 25 January 2024; five business days on (weekend skipped) is Thursday 1 February.
        ("2024-01-17", "Payments to the farmers in Kano are due [five business days after 25 January|2024-02-01]."),
        # 31 October 2026 is a Saturday, so the last Friday is the 30th.
        ("2026-09-09", "The locks in Panama reopen to large ships [the last Friday of October|2026-10-30]."),
        ("2025-02-14", "The salt works near Walvis Bay closed [a month ago today|2025-01-14]."),
    ],
    "range": [
        ("2025-06-02", "The book fair in Sharjah runs [5 to 16 November|2025-11-05/2025-11-16]."),
        # Wednesday 25 September 2024, future clause: Monday 30 September to Wednesday 2 October.
        ("2024-09-25", "The old bridge in Chiang Mai will be closed from [Monday to Wednesday|2024-09-30/2024-10-02]."),
        ("2026-03-03", "Copper output in Zambia rose in [Q2-Q3 2025|2025-04/2025-09]."),
        ("2025-10-10", "The coalition in Prague held power during [2010-13|2010/2013]."),
        ("2024-07-15", "The festival in Edinburgh runs [2-26 August|2024-08-02/2024-08-26]."),
        ("2025-01-20", "The strike at the port of Bergen lasted from [28 December to 9 January|2024-12-28/2025-01-09]."),
        ("2026-06-30", "The dam in Laos was built [from late 2019 through early 2023|2019/2023]."),
    ],
    "words": [
        ("2024-05-05", "The lighthouse at Cape Agulhas was first lit in [eighteen forty-nine|1849]."),
        ("2025-08-19", "The regatta in Cowes begins on [the first of August next year|2026-08-01]."),
        ("2026-12-01", "The treaty was signed on [the twenty-first of March, two thousand and one|2001-03-21]."),
        ("2024-10-28", "The quake in the Andes struck [a fortnight ago|2024-10-14]."),
        ("2025-04-09", "The museum in Oaxaca reopens [a week tomorrow|2025-04-17]."),
    ],
    "period": [
        # New Zealand's "June quarter" is the calendar quarter April-June.
        ("2024-11-20", "Dairy exports from New Zealand grew in [the June quarter|2024-04/2024-06]."),
        # India's fiscal year runs April-March (ANNOTATION.md); "FY25" is 2024-25.
        ("2025-07-30", "India's fiscal deficit narrowed in [FY25|2024-04/2025-03], the finance ministry said."),
        ("2026-02-18", "Revenue at the Lagos lender rose in [the second half of 2025|2025-07/2025-12]."),
        ("2024-03-06", "Toyota's exports rose in [the fiscal year ending March 2024|2023-04/2024-03]."),
        ("2025-09-03", "Container volumes in Rotterdam fell in [the first eight months of the year|2025-01/2025-08]."),
        ("2026-10-14", "Grain prices in Kazakhstan rose over [the past three months|2026-07-14/2026-10-14]."),
        # Kenya's fiscal year runs July-June; Thursday 13 June 2024 is the next Thursday.
        ("2024-06-12", "Kenya's budget for [2024/25|2024-07/2025-06] will be read on [Thursday|2024-06-13]."),
        ("2025-12-10", "Hotel bookings in Cusco doubled in [the last six months of 2024|2024-07/2024-12]."),
    ],
    "weekday": [
        ("2024-10-02", "The ferry to Zanzibar capsized on [Saturday|2024-09-28]."),
        ("2024-10-02", "Lawmakers in Dhaka meet [next Monday|2024-10-07]."),
        ("2025-05-15", "On [Tuesday|2025-05-13], the zoo in Prague welcomed twin cubs."),
        # "Monday week" (British): the Monday after next Monday.
        ("2026-01-08", "Bids for the Lagos terminal are due [Monday week|2026-01-19]."),
        # The reference date's own weekday in a report of the day (README reading).
        ("2025-03-27", "The central bank in Reykjavik cut its key rate on [Thursday|2025-03-27]."),
        ("2024-12-18", "The presidential rerun in Bucharest is set for [Sunday, 22 December|2024-12-22]."),
        ("2026-08-05", "Flights from Accra were grounded from [Friday to Sunday|2026-07-31/2026-08-02]."),
    ],
    "month-tense": [
        ("2024-03-20", "The wheat harvest in Argentina began in [December|2023-12]."),
        ("2024-03-20", "The new tram line in Tallinn opens in [September|2024-09]."),
        ("2025-08-26", "Rice exports from Thailand slowed in [July|2025-07]."),
        ("2026-01-12", "The parliament in Ljubljana will vote on [February 3|2026-02-03]."),
        ("2025-11-30", "The gold mine in Nevada shut in [January|2025-01]."),
    ],
    "duration": [
        ("2024-02-15", "The ferry service to Gotland was suspended for [six weeks|P6W]."),
        ("2025-06-25", "The [18-month|P18M] contract covers two harvests."),
        ("2026-03-31", "The fishing ban lasts [at least three years|P3Y]."),
        ("2024-09-05", "The coach signed a [two-year|P2Y] extension in Porto."),
        ("2025-10-01", "The reactor at Doel ran for [more than half a century|P50Y]."),
        ("2026-11-25", "The dock strike lasted [a year and a half|P18M]."),
    ],
    "holiday": [
        ("2024-11-01", "Shops in Sydney open late on [Christmas Eve|2024-12-24]."),
        ("2025-09-15", "The Test in Melbourne starts on [Boxing Day|2025-12-26]."),
        # Anzac Day is 25 April.
        ("2026-04-20", "Parliament in Canberra rises [the day before Anzac Day|2026-04-24]."),
        ("2024-05-10", "U.S. stock markets are closed on [Juneteenth|2024-06-19]."),
    ],
    "week": [
        # Wednesday 24 April 2024 is in W17; last week is W16.
        ("2024-04-24", "Onion prices in Nashik fell [last week|2024-W16]."),
        # Monday 29 December 2025 is in ISO week 1 of 2026.
        ("2025-12-29", "Ballots in the Guinean vote are counted [this week|2026-W01]."),
        # Wednesday 17 June 2026 is in W25; the week after next is W27.
        ("2026-06-17", "The grain ships leave Odesa [the week after next|2026-W27]."),
    ],
    "season": [
        ("2025-01-22", "The canals in Amsterdam froze over [last winter|2023-12/2024-02]."),
        ("2024-06-03", "The new stadium in Bilbao opens in [autumn 2025|2025-09/2025-11]."),
        ("2026-02-10", "Hay prices in Wales rose during [the summer|2025-06/2025-08]."),
    ],
    "negative": [
        ("2025-03-04", "The Arab Spring began in Tunisia."),
        ("2024-08-21", "The ferry to Stornoway sails every Saturday."),
        ("2026-05-06", "Rescuers reached the miners after nineteen hours."),
        ("2025-07-07", "The council publishes weekly figures and an annual report on rents."),
        ("2024-02-29", "Shoppers today pay more for rice than their parents did."),
    ],
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "The typhoon destroyed [seventeen hundred|count|1700|home] homes in Mindanao.",
        "The Lisbon fund raised [three quarters of a billion euros|money|750000000|EUR].",
        "[Forty-four|count|44|fisherman] fishermen were rescued off Sfax.",
        "The glacier above Zermatt has retreated [nine hundred metres|quantity|900|m].",
        "The museum in Lagos received [two dozen|count|24|bronze] bronzes from Berlin.",
    ],
    "fractions": [
        "The average mortgage rate fell to [6⅞%|percent|6.875|%].",
        "The new pipeline is [1¼ miles|quantity|1.25|mi] long.",
        "The Bank of Canada cut by [a quarter of a percentage point|percent|0.25|pp].",
        "Wheat yields in Punjab rose to [4 1/2 tonnes|quantity|4.5|t] a hectare.",
        "The boring machine advanced [one and three-quarter kilometres|quantity|1.75|km].",
    ],
    "grouping": [
        "The Kolkata trust received [₹3,45,60,000|money|34560000|INR] in donations.",
        "The Bogotá metro will cost [COP 22.300.000.000.000|money|22300000000000|COP].",
        "The Zurich foundation holds [CHF 1'250'000|money|1250000|CHF].",
        "The Oslo fund sold [NOK 12 500 000|money|12500000|NOK] of shares.",
        "The census counted [1.204.530|count|1204530|household] households in Madrid.",
    ],
    "scale": [
        "The Nairobi bond raised [KES 30bn|money|30000000000|KES].",
        "The Manila airport deal is worth [₱170.6 billion|money|170600000000|PHP].",
        "The Dutch group sold its tea unit for [€4.5bn|money|4500000000|EUR].",
        "Pakistan's power sector owes [Rs2.4tr|money|2400000000000|PKR].",
        "The Brisbane builder won a [A$2.1b|money|2100000000|AUD] rail contract.",
    ],
    "currency": [
        "The Manama bank posted a profit of [BD 45 million|money|45000000|BHD].",
        "The Amman water project costs [JD 300 million|money|300000000|JOD].",
        "Uzbekistan's budget deficit reached [UZS 48 trillion|money|48000000000000|UZS].",
        "A flat in Belgrade rents for [60,000 dinars|money|60000|RSD] a month.",
        "Zambia's copper royalties raised [K12 billion|money|12000000000|ZMW] in Lusaka's budget.",
        "The bus fare in Ulaanbaatar rose to [₮1,000|money|1000|MNT].",
    ],
    "two-unit": [
        "The fare from Newark was [$12 and 75 cents|money|12.75|USD].",
        "The Serbian centre is [6 ft 3 in|quantity|6.25|ft] tall.",
        "The panda cub weighed [7 pounds 8 ounces|quantity|7.5|lb] at three months.",
    ],
    "units": [
        "The Aswan reservoir holds [4.2 billion cubic metres|quantity|4200000000|m3] of water.",
        "The storm dropped [310 millimetres|quantity|310|mm] of rain on Valencia.",
        "The swimmer crossed [33.8 kilometres|quantity|33.8|km] of the Channel.",
        "The solar park in Rajasthan produces [2,245 MW|quantity|2245|MW].",
        "The tanker carries [2 million barrels|quantity|2000000|bbl] of crude.",
    ],
    "comparator": [
        "[No fewer than 40|count|40|ship] ships waited off Suez.",
        "The levy applies to homes worth [more than £2 million|money|2000000|GBP].",
        "Rents rose [almost 9%|percent|9|%] in Warsaw.",
        "[Upwards of 1,200|count|1200|worker] workers walked out in Pune.",
    ],
    "range": [
        "Wages in Hanoi rose [6|percent|6|%]-[7%|percent|7|%].",
        "The tunnel will cost [£2|money|2000000000|GBP]-[£3bn|money|3000000000|GBP].",
        "Between [200|count|200|family] and [250|count|250|family] families were moved.",
        "Temperatures will hit [38|quantity|38|°C] to [41C|quantity|41|°C] in Seville.",
    ],
    "percent": [
        "Unemployment in Spain fell to [11.3 per cent|percent|11.3|%].",
        "The Gilt yield fell [eight basis points|percent|0.08|pp].",
        "[Sixty-two percent|percent|62|%] of voters in Geneva backed the plan.",
        "The party's vote share fell [4.5 percentage points|percent|4.5|pp].",
        "Mortgage rates in Leeds rose [0.5pp|percent|0.5|pp].",
    ],
    "ordinal": [
        "The Ethiopian runner came [second|ordinal|2] in Tokyo.",
        "The Lisbon bank marks its [150th|ordinal|150] year.",
        "The club climbed to [fourth|ordinal|4] in the Eredivisie.",
        "It was the icebreaker's [thirty-first|ordinal|31] voyage.",
    ],
    "tally": [
        "The Bundestag voted [394|number|394] to [207|number|207] for the bill.",
        "Morocco beat Portugal [1|number|1]-[0|number|0] in Doha.",
        "The jury split [ten|number|10] to [two|number|2].",
    ],
    "approximate": [
        "[Roughly 3,500|count|3500|runner] runners started the race in Kigali.",
        "[Some 2.3 million|count|2300000|visitor] visitors came to the fair in Frankfurt.",
    ],
    "negative": [
        "Two in five renters in Dublin spend half their income on rent.",
        "Flight LH441 landed in Frankfurt after a diversion.",
        "Hundreds of thousands of people marched in Tbilisi.",
        "See Section 12(4) of the building code.",
    ],
}


if __name__ == "__main__":
    build_set(
        "own13",
        "own13-briefs-heldout",
        BRIEFS,
        DATE_CASES,
        FIGURE_CASES,
        source_briefs=SOURCE_BRIEFS,
        source_cases=SOURCE_CASES,
    )

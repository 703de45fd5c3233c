"""Build the ninth held-out set: eval/own9-briefs-heldout.jsonl, own9-dates-heldout.jsonl and
own9-figures-heldout.jsonl (FORMAT.md).

Written fresh in session 10 by a helper session that neither read nor ran briefx (no code, tests,
models, samples, scripts or benchmarks) and opened no ``*.jsonl`` file under ``eval/`` other than
the three it writes. Besides ``shared/eval/ANNOTATION.md``, ``FORMAT.md``, ``README.md`` and
``eval/README.md`` it read only ``build_own8_heldout.py`` (for its mechanics, markup and choices)
with ``case_marks.py``, the first ~40 lines of ``build_own6_heldout.py`` and
``build_own7_heldout.py`` (their docstrings, for the kinds of brief those sets hold) and the first
line of each ``shared/eval/*-dev.jsonl`` (for the line format). The texts were written by hand for
this set and annotated inline while writing, by ``shared/eval/ANNOTATION.md`` and the readings in
``eval/README.md`` and the set 8 builder; where all are silent, the choice is listed below.

Briefs: 2024-2025 news of kinds that sets 6-8 did not have (a Philippine typhoon, an obesity-drug
trial readout, a rocket's maiden flight in a press-conference transcript, a Formula One race with
standings, an EU fisheries quota deal with bullets, a Supreme Court ruling on a named act, a
Japanese budget, a merger blocked on antitrust grounds, an Icelandic eruption, a European heatwave,
an African election with a seats table, an Asian stock-market rout with a list of fallers, a world
chess championship, a rolling-stock contract award notice laid out as a table), about real
institutions, companies, places and office holders. The events are modelled on real ones but
details, quotations and many figures are invented or approximate and must not be read as
reporting; invented people appear only in minor roles (a journalist in the transcript). No
``statements`` key: statements are not scored for this set. One brief states no date of its own
(``own9-ho-10``, an AP dateline without a date): it has no ``published``, and its
``reference_date`` is the notional publication date.

Markup (as sets 6-8):
- briefs: ``[[span|TYPE]]`` / ``[[span|TYPE|canonical name]]`` (entity),
  ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]`` (figure), ``[[span|D|value]]`` (date);
- date cases: ``[span|value]``; figure cases: ``[span|kind|value]`` / ``[span|kind|value|unit]``.
The script computes the offsets, asserts ``text[start:end] == span`` for every item, order and
no overlap, known types/kinds, ISO 4217 codes (from a list of real codes), ``%``/``pp``, unit
symbols, count nouns, ISO 8601 date values (real days and months, ISO weeks, ``START/END`` with
start before end, durations), that a full-date value of a span naming a weekday falls on that
weekday (both ends for a weekday range), 150-260 words per brief, that a brief's ``published``
equals its ``reference_date`` and is the value of one of its date spans, unique ids (prefix
``own9-``) and texts, and that ``shared/eval/score.py F F`` gives 1.000 in every section of each
file (the shared scorer, not briefx).

Run from the project root: ``python3 eval/build_own9_heldout.py`` (rewrites the three files). The
mechanics (marks, offsets, checks, writing) are ``eval/case_marks.py``'s, shared by sets 6-9.

Choices where ANNOTATION.md, eval/README.md and the set 8 builder are silent (applied throughout):
- Storms: the EVENT span takes the intensity word the text gives ("Super Typhoon Man-yi"); `name`
  is the Wikipedia title without its year ("Typhoon Man-yi", "Tropical Storm Trami"); a local
  name ("Pepito") and the bare name after the first mention ("Man-yi") are the same EVENT.
  Warning levels and references are designations and their numbers are untagged ("Signal No. 5",
  "Reference: NT 2025/014"); so is a trial name ("REDEFINE 1", a study title, like reports).
- Parenthesised Wikipedia disambiguators are dropped (set 2 reading): "Blue Lagoon", "Amazon",
  "István Nagy"; comma titles are kept ("Panganiban, Catanduanes", "Mora, Portugal", "Boise,
  Idaho"). National bodies named without their country take it in brackets, as
  ``own-entities-dev10`` names ministries: "Ministry of Finance (Japan)" (and "the Ministry" after
  it), "National Assembly (Botswana)" (and "the Assembly").
- A company's legal form written in the text stays in the span and `name` is the Wikipedia title
  without it ("Norske tog AS" -> "Norske tog", "Stadler Rail AG" -> "Stadler Rail"), as set 8 read
  "Ford Motor Co". "EU"/"European Union" is ORG; "the Council" after the Council of the European
  Union is that ORG. TikTok (the service of ByteDance) is ORG. "the Court" (capitalised) is the
  U.S. Supreme Court; "the court" and "the justices" in lower case stay untagged.
- Rockets and trains are PRODUCT; a variant takes its family's title ("Ariane 62" -> "Ariane 6",
  as set 8 gave "F-150" the maker's "Ford F-Series"; "FLIRT Nordic Express" -> "Stadler FLIRT";
  "Class 73" -> "NSB Class 73", its number inside the name); a satellite is PRODUCT as written
  ("CSO-3"). Launch sites, spas, power stations, race circuits and hotels/resorts are FAC
  ("Guiana Space Centre", "Blue Lagoon", "Svartsengi Power Station", "Interlagos Circuit",
  "Resorts World Sentosa"); rail lines FAC as set 7 ("Bergen Line"). Seas, oceans, peninsulas,
  plateaus and crater rows are LOC ("Mediterranean" -> "Mediterranean Sea", "Atlantic" ->
  "Atlantic Ocean", "Hardangervidda"; "the Sundhnukur crater row" -> LOC "Sundhnukur" named
  "Sundhnúkur", the lower-case "crater row" outside, as for "the Hudson river").
- Formula One: teams ORG under their Wikipedia titles ("Red Bull Racing", "Alpine F1 Team",
  "McLaren", "Scuderia Ferrari", "Williams Racing"); a Grand Prix EVENT without its year ("Sao
  Paulo Grand Prix" -> "São Paulo Grand Prix"); the world chess championship likewise ("World
  Chess Championship"). Countries in brackets in standings are GPE (as set 8's results line).
- A name inside a hyphenated modifier is tagged by itself ("China-based" -> GPE "China",
  "Harvard-trained" -> ORG "Harvard University").
- "First Amendment" is LAW "First Amendment to the United States Constitution"; in "Section 7 of
  the Clayton Act" the citation stays untagged and "Clayton Act" is LAW.
- Figures: a share-price move in a list ("-17.8%") is a percent with its sign (ANNOTATION.md sign
  rule); index levels are `number`s and index points a count of "point" (dev4 reading); an
  exchange rate "141.7 per dollar" is money in the currency the number is in, JPY (set 6). "US$"
  is USD anywhere; "Danish crowns" and "crowns" in a Copenhagen brief are DKK; "₱" is PHP.
  Temperatures in any written form are quantities in "°C"/"°F" ("46 degrees Celsius", "46.6C",
  "115 Fahrenheit", "-40C" with its sign), also a difference ("5C warmer"). Championship points
  and seats are counts ("393 points", "36 seats", "21 of 24 rounds" -> two counts of "round");
  "Tenders received: 3" is a count of "tender" (the noun before the number). A chess score
  "7.5-6.5" and a House vote "360-58" are two `number`s each (tally rule). "Europe's
  second-most valuable company" has the ordinal "second". Sub-day spans stay untagged
  ("about 30 minutes", "a 20-minute halt", "in the afternoon hours").
- Dates: "late Wednesday" is one span at day precision (README's "late Sunday"); "a week ago" is
  the ISO week before (README's "N weeks ago"); "a year ago" is the year (set 7); "in a month" /
  "in a year" after a count of events are durations (P1M, P1Y); "the second week of January" is
  the ISO week whose Thursday is the month's second (dev10 reading); a Japanese "fiscal 2025" is
  April 2025-March 2026 (ANNOTATION.md names Japan); "the end of March" and "early July" keep the
  month, "the late 1990s" the decade, "the 2060s" is "2060/2069". "Today" in a transcript or a
  quotation is the reference date. A weekday on which something would have happened ("tie-breaks
  on Friday", the day after a Thursday final) is the next such day. "Deliveries: 2028 to 2030" is
  one range. "the third year of a five-year build-up" has the ordinal and the duration only.
  A month named as the class of all such months ("a national record for June", "its own June
  record", "sets June record") is no date, like a habitual mention; "June had been the hottest on
  record" is June 2025.
- Date cases: "a week ago yesterday" is yesterday less seven days; "two weeks from Monday" the
  coming Monday plus 14 days; "the Thursday of next week" the Thursday of the next ISO week; "the
  second Tuesday after Easter" counts Tuesdays after Easter Sunday; "eight days before the 30
  November count" one span resolved to the day; "the day after New Year's Day" January 2;
  "Thanksgiving Day" the U.S. one; "this winter" in November the coming December-February; "a
  fortnight" P2W; "Q2-Q3 2025" one month range; "the 12th to the 16th of May" and "28.12.2025 to
  31.01.2026" one range each. Negatives: a place named for a weekday ("Thursday Island"), a
  newspaper ("the Sunday Times"), a habitual "the first Tuesday of every month", a sub-day
  duration, frequency words ("weekly", "annual").
- Figure cases: "1,25,00,000" (Indian grouping), "CHF 3'400'000", "R$ 1.234.567.890" and "12 345"
  are one figure each; "3mn", "850k", "€45M", "$4.1b" scale; "three quarters of a million" ->
  750000; "three-quarters of a percentage point" -> 0.75 pp and "3/8 of a percentage point" ->
  0.375 pp (set 6's "a quarter of a percentage point" reading); "S/ 2.1 billion" in a Peruvian
  sentence is PEN, "450 dirhams" in Dubai AED, "pesos" in a Mexican sentence MXN; "3 kilograms 400
  grams" -> 3.4 kg; "in excess of", "as much as", "no fewer than" are modifiers inside the span.
  Negatives: "One in four", a model number, "Hundreds of thousands", a phone number.
"""

from __future__ import annotations

from case_marks import build_set

SOURCE_BRIEFS = (
    "own9: written and annotated by hand for briefx (held-out set 9, session 10) by a helper who "
    "neither read nor ran briefx; real institutions, companies, places and office holders, events "
    "modelled on 2024-2025 news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own9: short cases written and annotated by hand for briefx (held-out set 9, session 10) by a "
    "helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

PAGASA = "Philippine Atmospheric, Geophysical and Astronomical Services Administration"
NDRRMC = "National Disaster Risk Reduction and Management Council"

# ---------------------------------------------------------------------------------------------
# Briefs: (id, family, reference_date, published, marked text)
# ---------------------------------------------------------------------------------------------
BRIEFS: list[tuple[str, str, str, str | None, str]] = [
    (
        "own9-ho-01", "typhoon", "2024-11-17", "2024-11-17",
        "[[Super Typhoon Man-yi|EVENT|Typhoon Man-yi]] batters [[Philippines|GPE]], "
        "[[sixth|ordinal|6]] storm in [[a month|D|P1M]]\n\n"
        "[[MANILA|GPE|Manila]], [[Nov 17|D|2024-11-17]] ([[Reuters|ORG]]) - "
        "[[Super Typhoon Man-yi|EVENT|Typhoon Man-yi]] tore across [[Luzon|LOC]], the main island of "
        "the [[Philippines|GPE]], on [[Sunday|D|2024-11-17]] after striking [[Catanduanes|GPE]] "
        "province with sustained winds of [[195 km/h|quantity|195|km/h]] ([[121 mph|quantity|121|mph]]) "
        "and gusts of [[up to 325 km/h|quantity|325|km/h]], driving "
        "[[more than 1.2 million|count|1200000|person]] people into evacuation centres.\n\n"
        f"The [[{PAGASA}|ORG]] ([[PAGASA|ORG|{PAGASA}]]) raised Signal No. 5, its highest warning, "
        "for [[Catanduanes|GPE]] and parts of [[Camarines Sur|GPE]] before the storm, known locally "
        "as [[Pepito|EVENT|Typhoon Man-yi]], made landfall in "
        "[[Panganiban|GPE|Panganiban, Catanduanes]] on [[Saturday|D|2024-11-16]]. It hit land a "
        "[[second|ordinal|2]] time in [[Dipaculao|GPE]] on [[Sunday|D|2024-11-17]] and should move "
        "out over the [[South China Sea|LOC]] by [[Monday|D|2024-11-18]].\n\n"
        "\"Storm surges of [[more than three metres|quantity|3|m]] are possible along the coast,\" "
        f"[[PAGASA|ORG|{PAGASA}]] weather specialist [[Benison Estareja|PERSON]] said at a briefing.\n\n"
        f"The [[{NDRRMC}|ORG]] ([[NDRRMC|ORG|{NDRRMC}]]) reported [[two|count|2|death]] deaths and "
        "[[about 9,000|count|9000|house]] damaged houses. The [[Philippine Coast Guard|ORG]] held "
        "[[more than 6,000|count|6000|passenger]] passengers in ports, and "
        "[[Philippine Airlines|ORG]] cancelled [[84|count|84|flight]] domestic flights.\n\n"
        "President [[Ferdinand Marcos Jr.|PERSON|Bongbong Marcos]] told officials to stock food "
        "packs for [[at least 10 days|D|P10D]]. [[Marcos|PERSON|Bongbong Marcos]] said the "
        f"[[NDRRMC|ORG|{NDRRMC}]] had set aside [[₱1.1 billion|money|1100000000|PHP]] of relief "
        "goods.\n\n"
        "[[Man-yi|EVENT|Typhoon Man-yi]] followed [[Trami|EVENT|Tropical Storm Trami]], "
        "[[Kong-rey|EVENT|Typhoon Kong-rey]], [[Yinxing|EVENT|Typhoon Yinxing]], "
        "[[Toraji|EVENT|Typhoon Toraji]] and [[Usagi|EVENT|Typhoon Usagi]], which have together killed "
        "[[more than 160|count|160|person]] people since [[Oct. 22|D|2024-10-22]]. The "
        "[[Philippines|GPE]] is hit by [[about 20|count|20|storm]] tropical storms a year.\n",
    ),
    (
        "own9-ho-02", "trial-readout", "2024-12-20", "2024-12-20",
        "[[Novo Nordisk|ORG]] shares slump [[18%|percent|18|%]] as obesity drug "
        "[[CagriSema|PRODUCT]] disappoints\n\n"
        "[[COPENHAGEN|GPE|Copenhagen]], [[Dec 20|D|2024-12-20]] ([[Reuters|ORG]]) - Shares in "
        "[[Novo Nordisk|ORG]] fell [[17.8%|percent|17.8|%]] on [[Friday|D|2024-12-20]], wiping "
        "[[about 600 billion Danish crowns|money|600000000000|DKK]] "
        "([[$83 billion|money|83000000000|USD]]) off [[Europe|LOC]]'s [[second|ordinal|2]]-most "
        "valuable company, after a late-stage trial of its next-generation drug "
        "[[CagriSema|PRODUCT]] fell short of the weight loss the [[Danish|NORP]] drugmaker had "
        "promised.\n\n"
        "In the REDEFINE 1 trial, which enrolled [[3,400|count|3400|adult]] adults with obesity or "
        "overweight, patients on [[CagriSema|PRODUCT]] lost an average of [[22.7%|percent|22.7|%]] of "
        "their body weight after [[68 weeks|D|P68W]], against [[2.3%|percent|2.3|%]] on placebo. "
        "[[Novo|ORG|Novo Nordisk]] had said it expected [[25%|percent|25|%]].\n\n"
        "Only [[57.3%|percent|57.3|%]] of patients ended on the highest dose, "
        "[[2.4 mg|quantity|2.4|mg]] of each of the drug's [[two|count|2|ingredient]] ingredients, "
        "because the protocol let doctors adjust it, head of development "
        "[[Martin Holst Lange|PERSON]] told analysts. \"We are pleased with the result,\" he said, "
        "adding that [[Novo|ORG|Novo Nordisk]] would seek approval in "
        "[[the first quarter of 2026|D|2026-01/2026-03]].\n\n"
        "The result compares with [[20.2%|percent|20.2|%]] for "
        "[[Eli Lilly|ORG|Eli Lilly and Company]]'s [[Zepbound|PRODUCT]] in a head-to-head study "
        "against [[Novo|ORG|Novo Nordisk]]'s [[Wegovy|PRODUCT]], which gave "
        "[[13.7%|percent|13.7|%]], published [[earlier this month|D|2024-12]]. "
        "[[Lilly|ORG|Eli Lilly and Company]] shares rose [[1.1%|percent|1.1|%]] in "
        "[[New York|GPE|New York City]] premarket trading.\n\n"
        "[[Wegovy|PRODUCT]] sales rose [[79%|percent|79|%]] to "
        "[[17.3 billion crowns|money|17300000000|DKK]] in [[the third quarter|D|2024-07/2024-09]]. "
        "On [[Wednesday|D|2024-12-18]], [[Novo Holdings|ORG]], the foundation-owned investor that "
        "controls [[Novo|ORG|Novo Nordisk]], completed its [[$16.5 billion|money|16500000000|USD]] "
        "takeover of contract manufacturer [[Catalent|ORG]], whose [[three|count|3|plant]] "
        "fill-and-finish plants in [[Italy|GPE]], [[Belgium|GPE]] and [[Indiana|GPE]] pass to "
        "[[Novo Nordisk|ORG]] for [[$11 billion|money|11000000000|USD]].\n",
    ),
    (
        "own9-ho-03", "launch-transcript", "2024-07-09", "2024-07-09",
        "[[Ariane 6|PRODUCT]] maiden flight: post-launch press conference, "
        "[[Guiana Space Centre|FAC]], [[Kourou|GPE]], [[9 July 2024|D|2024-07-09]] (transcript "
        "extract)\n\n"
        "Participants: [[Josef Aschbacher|PERSON]], Director General, "
        "[[European Space Agency|ORG]] ([[ESA|ORG|European Space Agency]]); "
        "[[Stéphane Israël|PERSON]], chief executive, [[Arianespace|ORG]]; [[Martin Sion|PERSON]], "
        "chief executive, [[ArianeGroup|ORG]]; [[Hélène Marchal|PERSON]], "
        "[[Agence France-Presse|ORG]]\n\n"
        "[[ASCHBACHER|PERSON|Josef Aschbacher]]: [[Today|D|2024-07-09]] [[Europe|LOC]] is back in "
        "space. Since the last [[Ariane 5|PRODUCT]] flew [[a year ago|D|2023]], we have had no "
        "rocket of our own for big satellites. [[Ariane 6|PRODUCT]] lifted off "
        "[[four years|D|P4Y]] later than first planned, but it flew, and it flew well.\n\n"
        "[[ISRAËL|PERSON|Stéphane Israël]]: The upper stage released its small satellites at "
        "[[about 580 kilometres|quantity|580|km]] and re-ignited in orbit, which no "
        "[[European|NORP]] engine had done before. Then an auxiliary power unit stopped, so the "
        "[[third|ordinal|3]] burn, to bring the stage down, did not happen, and "
        "[[two|count|2|capsule]] re-entry capsules stayed on board.\n\n"
        "[[MARCHAL|PERSON|Hélène Marchal]]: When is the next flight, and how many rockets will you "
        "build?\n\n"
        "[[SION|PERSON|Martin Sion]]: The [[second|ordinal|2]] flight, an "
        "[[Ariane 62|PRODUCT|Ariane 6]] carrying the [[CSO-3|PRODUCT]] military satellite for "
        "[[France|GPE]], is planned for [[December|D|2024-12]]. We will build "
        "[[six|count|6|rocket]] rockets in [[2025|D|2025]], [[eight|count|8|rocket]] in "
        "[[2026|D|2026]] and then [[10|count|10|rocket]] a year.\n\n"
        "[[ASCHBACHER|PERSON|Josef Aschbacher]]: Member states agreed in [[Seville|GPE]] in "
        "[[November|D|2023-11]] to support [[Ariane 6|PRODUCT]] with "
        "[[up to €340 million|money|340000000|EUR]] a year. Its development cost "
        "[[about €4 billion|money|4000000000|EUR]], and [[Vega-C|PRODUCT]] returns to flight "
        "[[later this year|D|2024]].\n\n"
        "[[ISRAËL|PERSON|Stéphane Israël]]: Our order book holds [[30|count|30|launch]] launches, "
        "[[18|count|18|launch]] of them for [[Amazon|ORG]]. They will all fly from here in "
        "[[French Guiana|GPE]].\n",
    ),
    (
        "own9-ho-04", "formula-one", "2024-11-03", "2024-11-03",
        "[[Verstappen|PERSON|Max Verstappen]] wins from [[17th|ordinal|17]] in [[Brazil|GPE]] "
        "downpour\n\n"
        "[[SAO PAULO|GPE|São Paulo]], [[Nov 3|D|2024-11-03]] ([[Reuters|ORG]]) - "
        "[[Max Verstappen|PERSON]] charged from [[17th|ordinal|17]] on the grid to win a rain-soaked "
        "[[Sao Paulo Grand Prix|EVENT|São Paulo Grand Prix]] on [[Sunday|D|2024-11-03]], stretching "
        "his lead over [[McLaren|ORG]]'s [[Lando Norris|PERSON]] to [[62|count|62|point]] points "
        "with [[three|count|3|race]] races left.\n\n"
        "[[Norris|PERSON|Lando Norris]] started on pole but finished [[sixth|ordinal|6]] after a "
        "safety car and a red flag turned the race against him. [[Alpine|ORG|Alpine F1 Team]] "
        "drivers [[Esteban Ocon|PERSON]] and [[Pierre Gasly|PERSON]] took [[second|ordinal|2]] and "
        "[[third|ordinal|3]], the [[French|NORP]] team's [[first|ordinal|1]] double podium.\n\n"
        "Qualifying was postponed from [[Saturday|D|2024-11-02]] by torrential rain at "
        "[[Interlagos|FAC|Interlagos Circuit]], and the race was stopped for about 30 minutes after "
        "[[Williams|ORG|Williams Racing]] rookie [[Franco Colapinto|PERSON]] crashed. It was cut to "
        "[[69|count|69|lap]] laps from [[71|count|71|lap]] around the "
        "[[4.309-km|quantity|4.309|km]] circuit.\n\n"
        "\"[[Today|D|2024-11-03]] I had nothing to lose,\" said the [[Dutch|NORP]] driver. It was "
        "[[Verstappen|PERSON|Max Verstappen]]'s [[62nd|ordinal|62]] career win and his "
        "[[first|ordinal|1]] since the [[Spanish Grand Prix|EVENT]] in [[June|D|2024-06]], ending a "
        "run of [[10|count|10|race]] races without a victory for the "
        "[[Red Bull|ORG|Red Bull Racing]] driver.\n\n"
        "Drivers' standings after [[21|count|21|round]] of [[24|count|24|round]] rounds:\n"
        "• [[Verstappen|PERSON|Max Verstappen]] ([[Netherlands|GPE]]) [[393|count|393|point]] points\n"
        "• [[Norris|PERSON|Lando Norris]] ([[Britain|GPE|United Kingdom]]) "
        "[[331|count|331|point]] points\n"
        "• [[Charles Leclerc|PERSON]] ([[Monaco|GPE]]) [[307|count|307|point]] points\n"
        "• [[Oscar Piastri|PERSON]] ([[Australia|GPE]]) [[262|count|262|point]] points\n\n"
        "[[McLaren|ORG]] lead [[Ferrari|ORG|Scuderia Ferrari]] by [[36|count|36|point]] points in "
        "the constructors' championship. The next race is in [[Las Vegas|GPE]] on "
        "[[Nov. 23|D|2024-11-23]].\n",
    ),
    (
        "own9-ho-05", "fisheries-quota", "2024-12-11", "2024-12-11",
        "[[EU|ORG|European Union]] ministers agree [[2025|D|2025]] catch limits, spare "
        "[[Mediterranean|LOC|Mediterranean Sea]] trawlers deep cuts\n\n"
        "[[BRUSSELS|GPE|Brussels]], [[Dec 11|D|2024-12-11]] – [[European Union|ORG]] fisheries "
        "ministers agreed on [[Wednesday|D|2024-12-11]] how much fish their fleets may catch in "
        "[[2025|D|2025]] in the [[Atlantic|LOC|Atlantic Ocean]], the [[North Sea|LOC]], the "
        "[[Mediterranean|LOC|Mediterranean Sea]] and the [[Black Sea|LOC]], after "
        "[[two days|D|P2D]] of talks that ran through the night.\n\n"
        "The [[Council of the European Union|ORG]], chaired by [[Hungary|GPE]]'s agriculture "
        "minister [[István Nagy|PERSON]], set total allowable catches (TACs) for "
        "[[more than 200|count|200|stock]] stocks, largely following advice from the "
        "[[International Council for the Exploration of the Sea|ORG]] "
        "([[ICES|ORG|International Council for the Exploration of the Sea]]). Main points:\n"
        "• [[Mediterranean|LOC|Mediterranean Sea]]: the [[European Commission|ORG]] had proposed a "
        "[[79%|percent|79|%]] cut in trawlers' fishing days off [[Spain|GPE]], [[France|GPE]] and "
        "[[Italy|GPE]]; the [[Council|ORG|Council of the European Union]] kept them near "
        "[[2024|D|2024]] levels for boats that use more selective nets.\n"
        "• [[Bay of Biscay|LOC]]: sole catches are cut by [[26%|percent|26|%]] to "
        "[[2,200 tonnes|quantity|2200|t]].\n"
        "• [[North Sea|LOC]] and [[Skagerrak|LOC]]: quotas shared with the "
        "[[United Kingdom|GPE]] and [[Norway|GPE]] under a deal reached on "
        "[[Dec. 6|D|2024-12-06]]; cod rises [[19%|percent|19|%]], herring falls "
        "[[32%|percent|32|%]].\n"
        "• [[Black Sea|LOC]]: turbot stays at [[857 tonnes|quantity|857|t]], shared by "
        "[[Bulgaria|GPE]] and [[Romania|GPE]].\n\n"
        "\"It was not easy, but we found a balance,\" said [[Costas Kadis|PERSON]], the "
        "[[European|NORP]] commissioner for fisheries and oceans, who took office "
        "[[10 days ago|D|2024-12-01]].\n\n"
        "[[Spain|GPE]]'s fisheries minister [[Luis Planas|PERSON]] said the deal would keep "
        "[[about 700|count|700|trawler]] [[Spanish|NORP]] trawlers at sea. "
        "[[Planas|PERSON|Luis Planas]] had warned that the proposed cut would leave boats idle for "
        "[[nine months|D|P9M]]. [[French|NORP]] and [[Italian|NORP]] fishing groups welcomed the "
        "deal, while the environmental group [[Oceana|ORG]] said "
        "[[more than 40%|percent|40|%]] of the agreed catches exceeded scientific advice.\n",
    ),
    (
        "own9-ho-06", "court-ruling", "2025-01-17", "2025-01-17",
        "[[Supreme Court|ORG|Supreme Court of the United States]] upholds [[TikTok|ORG]] law; app "
        "faces [[Sunday|D|2025-01-19]] ban\n\n"
        "[[WASHINGTON|GPE|Washington, D.C.]], [[Jan. 17, 2025|D|2025-01-17]] — The "
        "[[U.S.|GPE|United States]] [[Supreme Court|ORG|Supreme Court of the United States]] on "
        "[[Friday|D|2025-01-17]] unanimously upheld a law requiring [[China|GPE]]-based "
        "[[ByteDance|ORG]] to sell [[TikTok|ORG]] or see the short-video app banned in the "
        "[[United States|GPE]] from [[Sunday|D|2025-01-19]], rejecting the company's claim that the "
        "law violates the [[First Amendment|LAW|First Amendment to the United States Constitution]].\n\n"
        "In an unsigned opinion, the [[Court|ORG|Supreme Court of the United States]] said "
        "[[Congress|ORG|United States Congress]] had acted on \"well-supported national security "
        "concerns\" about the data of [[170 million|count|170000000|user]] [[American|NORP]] users. "
        "Justices [[Sonia Sotomayor|PERSON]] and [[Neil Gorsuch|PERSON]] each filed a concurrence; "
        "[[Gorsuch|PERSON|Neil Gorsuch]] wrote that the justices had worked to \"a highly expedited "
        "schedule\" since hearing arguments [[a week ago|D|2025-W02]].\n\n"
        "The [[Protecting Americans from Foreign Adversary Controlled Applications Act|LAW]], signed "
        "by President [[Joe Biden|PERSON]] on [[April 24, 2024|D|2024-04-24]] after passing the "
        "[[House|ORG|United States House of Representatives]] [[360|number|360]]-[[58|number|58]], "
        "gave [[ByteDance|ORG]] [[270 days|D|P270D]] to find a buyer. App stores and hosting firms "
        "that keep serving [[TikTok|ORG]] face fines of [[up to $5,000|money|5000|USD]] per user.\n\n"
        "President-elect [[Donald Trump|PERSON]], who is sworn in on [[Monday|D|2025-01-20]], had "
        "asked the court in [[December|D|2024-12]] to delay the deadline. "
        "[[Trump|PERSON|Donald Trump]] said he discussed [[TikTok|ORG]] with [[Chinese|NORP]] "
        "President [[Xi Jinping|PERSON]] by phone on [[Friday|D|2025-01-17]] and would decide \"in "
        "the not too distant future\". [[White House|ORG]] press secretary "
        "[[Karine Jean-Pierre|PERSON]] said the [[Biden|PERSON|Joe Biden]] administration would "
        "leave enforcement to its successor.\n\n"
        "[[TikTok|ORG]] chief executive [[Shou Zi Chew|PERSON]] is due to attend the inauguration. "
        "Shares of [[Meta Platforms|ORG]] rose [[1.7%|percent|1.7|%]] and [[Snap|ORG|Snap Inc.]] "
        "[[3.4%|percent|3.4|%]].\n",
    ),
    (
        "own9-ho-07", "national-budget", "2024-12-27", "2024-12-27",
        "[[Japan|GPE]] approves record [[¥115.5 trillion|money|115500000000000|JPY]] budget as debt "
        "costs climb\n\n"
        "[[TOKYO|GPE|Tokyo]], [[Dec 27|D|2024-12-27]] – [[Japan|GPE]]'s cabinet on "
        "[[Friday|D|2024-12-27]] approved a record "
        "[[115.54 trillion yen|money|115540000000000|JPY]] ([[$733 billion|money|733000000000|USD]]) "
        "budget for [[fiscal 2025|D|2025-04/2026-03]], which begins in "
        "[[April|D|2025-04]], as rising interest rates push up the cost of the industrial world's "
        "heaviest debt load.\n\n"
        "Spending on social security rises to [[38.28 trillion yen|money|38280000000000|JPY]], and "
        "debt-servicing costs to [[28.25 trillion yen|money|28250000000000|JPY]], based on an "
        "assumed long-term interest rate of [[2.0%|percent|2|%]], up from [[1.9%|percent|1.9|%]]. "
        "Defence spending rises [[9.4%|percent|9.4|%]] to a record "
        "[[8.7 trillion yen|money|8700000000000|JPY]] in the [[third|ordinal|3]] year of a "
        "[[five-year|D|P5Y]] build-up.\n\n"
        "Tax revenue is forecast at a record [[78.4 trillion yen|money|78400000000000|JPY]], letting "
        "new bond issuance fall to [[28.6 trillion yen|money|28600000000000|JPY]], the lowest in "
        "[[17 years|D|P17Y]], the [[Ministry of Finance|ORG|Ministry of Finance (Japan)]] said. The "
        "[[Ministry|ORG|Ministry of Finance (Japan)]] put the share of spending funded by debt at "
        "[[24.8%|percent|24.8|%]].\n\n"
        "\"We must restore fiscal health while responding to rising prices,\" Finance Minister "
        "[[Katsunobu Kato|PERSON]] told reporters.\n\n"
        "Prime Minister [[Shigeru Ishiba|PERSON]]'s coalition lost its lower-house majority in "
        "[[October|D|2024-10]] and needs opposition votes to pass the budget through the "
        "[[Diet|ORG|National Diet]] by [[the end of March|D|2025-03]]. It has agreed with the "
        "[[Democratic Party for the People|ORG]] ([[DPP|ORG|Democratic Party for the People]]) to "
        "raise the tax-free income threshold from [[1.03 million yen|money|1030000|JPY]] to "
        "[[1.23 million yen|money|1230000|JPY]]; the [[DPP|ORG|Democratic Party for the People]] "
        "wants [[1.78 million yen|money|1780000|JPY]].\n\n"
        "The [[Bank of Japan|ORG]] raised its short-term rate to [[0.25%|percent|0.25|%]] in "
        "[[July|D|2024-07]] and could lift it again in [[January|D|2025-01]]. "
        "[[Ishiba|PERSON|Shigeru Ishiba]] will visit [[Malaysia|GPE]] and [[Indonesia|GPE]] in "
        "[[the second week of January|D|2025-W02]].\n",
    ),
    (
        "own9-ho-08", "merger-antitrust", "2024-12-11", "2024-12-11",
        "[[Albertsons|ORG|Albertsons Companies]] scraps [[Kroger|ORG]] merger, sues grocer after "
        "court loss\n\n"
        "[[BOISE|GPE|Boise, Idaho]], [[Idaho|GPE]], [[Dec 11|D|2024-12-11]] ([[Reuters|ORG]]) - "
        "[[Albertsons Companies|ORG]] said on [[Wednesday|D|2024-12-11]] it had terminated its "
        "[[$24.6 billion|money|24600000000|USD]] merger with [[Kroger|ORG]] and sued its former "
        "partner, seeking the [[$600 million|money|600000000|USD]] break-up fee and damages for what "
        "it called a \"wilful breach\" of the deal.\n\n"
        "On [[Tuesday|D|2024-12-10]], [[U.S.|GPE|United States]] District Judge "
        "[[Adrienne Nelson|PERSON]] in [[Portland|GPE|Portland, Oregon]], [[Oregon|GPE]], granted the "
        "[[Federal Trade Commission|ORG]] ([[FTC|ORG|Federal Trade Commission]]) a preliminary "
        "injunction, finding the deal would likely lessen competition under Section 7 of the "
        "[[Clayton Act|LAW]]. Hours later a state judge in [[Seattle|GPE]] blocked it in a separate "
        "case.\n\n"
        "The deal, announced in [[October 2022|D|2022-10]], would have joined the "
        "[[two|count|2|chain]] largest standalone supermarket chains in the [[United States|GPE]]. "
        "[[Kroger|ORG]], based in [[Cincinnati|GPE]], runs [[about 2,700|count|2700|store]] stores; "
        "[[Albertsons|ORG|Albertsons Companies]], owner of [[Safeway|ORG|Safeway Inc.]] and "
        "[[Vons|ORG]], runs [[about 2,270|count|2270|store]]. They had offered to sell "
        "[[579|count|579|store]] stores to [[C&S Wholesale Grocers|ORG]] for "
        "[[$2.9 billion|money|2900000000|USD]], a remedy the judge found inadequate.\n\n"
        "[[FTC|ORG|Federal Trade Commission]] competition chief [[Henry Liu|PERSON]] called the "
        "ruling \"a win for [[American|NORP]] shoppers and workers\". The "
        "[[Commission|ORG|Federal Trade Commission]] sued in [[February|D|2024-02]]; its chair, "
        "[[Lina Khan|PERSON]], is expected to step down when [[Donald Trump|PERSON]] takes office in "
        "[[January|D|2025-01]].\n\n"
        "[[Kroger|ORG]] said the claims were baseless and announced a "
        "[[$7.5 billion|money|7500000000|USD]] share buyback, including a "
        "[[$5 billion|money|5000000000|USD]] accelerated repurchase. Its shares rose "
        "[[0.6%|percent|0.6|%]]; [[Albertsons|ORG|Albertsons Companies]] fell "
        "[[2.1%|percent|2.1|%]]. The companies had spent [[more than two years|D|P2Y]] on the "
        "deal.\n",
    ),
    (
        "own9-ho-09", "volcano", "2024-11-21", "2024-11-21",
        "Lava cuts road to [[Blue Lagoon|FAC]] as [[Iceland|GPE]] volcano erupts for "
        "[[seventh|ordinal|7]] time in [[a year|D|P1Y]]\n\n"
        "[[REYKJAVIK|GPE|Reykjavík]], [[Iceland|GPE]], [[Nov. 21|D|2024-11-21]] "
        "([[AP|ORG|Associated Press]]) — A volcano on [[Iceland|GPE]]'s [[Reykjanes Peninsula|LOC]] "
        "erupted [[late Wednesday|D|2024-11-20]], sending lava across the road to the "
        "[[Blue Lagoon|FAC]] spa and forcing the evacuation of [[about 50|count|50|guest]] guests, "
        "the [[Icelandic Meteorological Office|ORG]] "
        "([[IMO|ORG|Icelandic Meteorological Office]]) said.\n\n"
        "The fissure, [[about 3 kilometers|quantity|3|km]] long, opened on the "
        "[[Sundhnukur|LOC|Sundhnúkur]] crater row north of [[Grindavik|GPE|Grindavík]], a fishing "
        "town whose [[3,800|count|3800|resident]] residents were evacuated [[a year ago|D|2023]]. "
        "It is the [[seventh|ordinal|7]] eruption there since [[December 2023|D|2023-12]] and the "
        "[[10th|ordinal|10]] on the peninsula since [[2021|D|2021]], when the area woke after "
        "[[about 800 years|D|P800Y]] of quiet.\n\n"
        "Lava advanced [[about 100 meters|quantity|100|m]] an hour at first and covered the "
        "lagoon's car park, but earthen barriers protected the [[Svartsengi Power Station|FAC]], "
        "which supplies hot water and electricity to [[about 30,000|count|30000|person]] people. "
        "Its operator, [[HS Orka|ORG]], said a hot-water pipe to "
        "[[Reykjanesbaer|GPE|Reykjanesbær]] was at risk.\n\n"
        "\"This eruption is smaller than the one in [[August|D|2024-08]], and it is already "
        "weakening,\" [[IMO|ORG|Icelandic Meteorological Office]] geophysicist "
        "[[Benedikt Ófeigsson|PERSON]] told the national broadcaster [[RUV|ORG|RÚV]].\n\n"
        "Flights at [[Keflavik International Airport|FAC|Keflavík International Airport]], "
        "[[about 20 kilometers|quantity|20|km]] to the north-west, were not affected, the airport "
        "operator [[Isavia|ORG]] said. [[Icelanders|NORP|Icelander]] vote in a snap parliamentary "
        "election on [[Nov. 30|D|2024-11-30]], and officials said polling would go ahead in the "
        "area.\n",
    ),
    (
        "own9-ho-10", "heatwave", "2025-07-01", None,
        "Heatwave grips [[Europe|LOC]]; [[Eiffel Tower|FAC]] summit closed, [[Portugal|GPE]] sets "
        "June record\n\n"
        "[[PARIS|GPE|Paris]] ([[AP|ORG|Associated Press]]) — Much of [[Europe|LOC]] sweltered on "
        "[[Tuesday|D|2025-07-01]] in an early-summer heatwave that has pushed temperatures past "
        "[[46 degrees Celsius|quantity|46|°C]] ([[115 Fahrenheit|quantity|115|°F]]) on the "
        "[[Iberian Peninsula|LOC]], closed schools in [[France|GPE]] and fanned wildfires from "
        "[[Spain|GPE]] to [[Turkey|GPE]].\n\n"
        "[[France|GPE]] put [[16|count|16|department]] departments, including [[Paris|GPE]], on red "
        "alert, its highest level, through [[Wednesday|D|2025-07-02]], and the top floor of the "
        "[[Eiffel Tower|FAC]] was shut to visitors. [[About 1,350|count|1350|school]] schools closed, "
        "Education Minister [[Élisabeth Borne|PERSON]] said. [[Météo-France|ORG]] expects "
        "[[40C|quantity|40|°C]] in [[Lyon|GPE]].\n\n"
        "In [[Portugal|GPE]], [[Mora|GPE|Mora, Portugal]], [[about 110 km|quantity|110|km]] east of "
        "[[Lisbon|GPE]], reached [[46.6C|quantity|46.6|°C]] on [[Sunday|D|2025-06-29]], a national "
        "record for June. [[Spain|GPE]]'s weather agency said "
        "[[Saturday|D|2025-06-28]]'s [[46C|quantity|46|°C]] in [[El Granado|GPE]] was its own June "
        "record, and that [[June|D|2025-06]] had been the hottest on record, averaging "
        "[[23.6C|quantity|23.6|°C]].\n\n"
        "In [[Italy|GPE]], [[18|count|18|city]] cities, including [[Rome|GPE]], [[Milan|GPE]] and "
        "[[Florence|GPE]], were under the highest alert, and regions such as [[Lombardy|GPE]] banned "
        "outdoor work in the afternoon hours. [[Two|count|2|farmer]] farmers died in a wildfire in "
        "[[Catalonia|GPE]] on [[Tuesday|D|2025-07-01]], and in [[Turkey|GPE]] fires near "
        "[[Izmir|GPE|İzmir]] forced [[more than 50,000|count|50000|person]] people from their "
        "homes.\n\n"
        "The [[Copernicus Climate Change Service|ORG]] said the western "
        "[[Mediterranean|LOC|Mediterranean Sea]] was [[5C|quantity|5|°C]] warmer than usual for the "
        "time of year. Forecasters expect relief by [[Saturday|D|2025-07-05]], when the "
        "[[Tour de France|EVENT]] starts in [[Lille|GPE]].\n",
    ),
    (
        "own9-ho-11", "election-result", "2024-11-01", "2024-11-01",
        "[[Botswana|GPE]]'s ruling party ousted after [[58 years|D|P58Y]]; "
        "[[Boko|PERSON|Duma Boko]] to be president\n\n"
        "[[GABORONE|GPE|Gaborone]], [[Nov 1|D|2024-11-01]] ([[Reuters|ORG]]) - [[Botswana|GPE]]'s "
        "opposition [[Umbrella for Democratic Change|ORG]] "
        "([[UDC|ORG|Umbrella for Democratic Change]]) won a majority in "
        "[[Wednesday|D|2024-10-30]]'s election, ending [[58 years|D|P58Y]] in power for the "
        "[[Botswana Democratic Party|ORG]] ([[BDP|ORG|Botswana Democratic Party]]), which had ruled "
        "since independence from [[Britain|GPE|United Kingdom]] in [[1966|D|1966]].\n\n"
        "President [[Mokgweetsi Masisi|PERSON]] conceded on [[Friday|D|2024-11-01]] before the final "
        "count. \"I will step aside respectfully and take part in a smooth transition,\" "
        "[[Masisi|PERSON|Mokgweetsi Masisi]] told reporters.\n\n"
        "Seats in the [[National Assembly|ORG|National Assembly (Botswana)]] "
        "([[61|count|61|seat]] elected):\n"
        "• [[UDC|ORG|Umbrella for Democratic Change]]: [[36|count|36|seat]] seats\n"
        "• [[Botswana Congress Party|ORG]]: [[15|count|15|seat]] seats\n"
        "• [[Botswana Patriotic Front|ORG]]: [[5|count|5|seat]] seats\n"
        "• [[BDP|ORG|Botswana Democratic Party]]: [[4|count|4|seat]] seats\n"
        "• independent: [[1|count|1|seat]] seat\n\n"
        "The party with a majority in the [[Assembly|ORG|National Assembly (Botswana)]] elects the "
        "president, and [[Duma Boko|PERSON]], a [[Harvard|ORG|Harvard University]]-trained human "
        "rights lawyer, is due to be sworn in [[next week|D|2024-W45]].\n\n"
        "[[Botswana|GPE]] is [[Africa|LOC]]'s largest diamond producer by value, and diamonds make "
        "up [[about 80%|percent|80|%]] of its exports. The [[International Monetary Fund|ORG]] expects "
        "the economy to shrink [[1%|percent|1|%]] [[this year|D|2024]] as demand for natural stones "
        "slumps. [[Anglo American|ORG|Anglo American plc]], which owns [[85%|percent|85|%]] of "
        "[[De Beers|ORG]], agreed with the government in [[July 2023|D|2023-07]] to raise "
        "[[Botswana|GPE]]'s share of rough stones from their joint venture, [[Debswana|ORG]], to "
        "[[30%|percent|30|%]] from [[25%|percent|25|%]].\n\n"
        "[[South African|NORP]] President [[Cyril Ramaphosa|PERSON]] congratulated "
        "[[Boko|PERSON|Duma Boko]], and [[Southern African Development Community|ORG]] observers "
        "said the vote had been peaceful. Turnout was [[about 81%|percent|81|%]].\n",
    ),
    (
        "own9-ho-12", "market-wrap", "2024-08-05", "2024-08-05",
        "[[Asian|NORP]] markets: Nikkei suffers worst day since [[1987|D|1987]] crash\n\n"
        "[[TOKYO|GPE|Tokyo]], [[Aug 5|D|2024-08-05]] ([[Reuters|ORG]]) - [[Japanese|NORP]] stocks "
        "had their worst day since the [[October 1987|D|1987-10]] crash on [[Monday|D|2024-08-05]], "
        "as fears of a [[U.S.|GPE|United States]] recession and a surging yen set off a rout across "
        "[[Asia|LOC]]. The Nikkei share average plunged [[4,451.28|count|4451.28|point]] points, or "
        "[[12.4%|percent|12.4|%]], to [[31,458.42|number|31458.42]], its biggest points fall ever, "
        "wiping out all of [[this year|D|2024]]'s gains. The broader Topix lost "
        "[[12.2%|percent|12.2|%]].\n\n"
        "Biggest fallers in [[Tokyo|GPE]]:\n"
        "• [[Mitsubishi UFJ Financial Group|ORG]] [[-17.8%|percent|-17.8|%]]\n"
        "• [[Tokyo Electron|ORG]] [[-18.5%|percent|-18.5|%]]\n"
        "• [[Advantest|ORG]] [[-16.6%|percent|-16.6|%]]\n"
        "• [[Toyota Motor|ORG|Toyota]] [[-8.3%|percent|-8.3|%]]\n\n"
        "[[South Korea|GPE]]'s Kospi fell [[8.8%|percent|8.8|%]] to [[2,441.55|number|2441.55]], "
        "triggering a 20-minute halt in program trading, and [[Samsung Electronics|ORG]] lost "
        "[[10.3%|percent|10.3|%]]. [[Taiwan|GPE]]'s main index slid [[8.4%|percent|8.4|%]], its worst "
        "day on record, with [[TSMC|ORG]] down [[9.7%|percent|9.7|%]].\n\n"
        "The yen strengthened to [[141.7|money|141.7|JPY]] per dollar, from "
        "[[161.9|money|161.9|JPY]] in [[early July|D|2024-07]], after the [[Bank of Japan|ORG]] "
        "([[BOJ|ORG|Bank of Japan]]) raised its policy rate by [[15 basis points|percent|0.15|pp]] "
        "to [[0.25%|percent|0.25|%]] on "
        "[[Wednesday|D|2024-07-31]]. Data on [[Friday|D|2024-08-02]] showed [[U.S.|GPE|United States]] "
        "employers added only [[114,000|count|114000|job]] jobs in [[July|D|2024-07]], and "
        "unemployment rose [[0.2 percentage point|percent|0.2|pp]] to [[4.3%|percent|4.3|%]]. On [[Saturday|D|2024-08-03]], "
        "[[Berkshire Hathaway|ORG]] said it had sold nearly half of its stake in "
        "[[Apple|ORG|Apple Inc.]].\n\n"
        "\"We will watch markets with a sense of urgency,\" Chief Cabinet Secretary "
        "[[Yoshimasa Hayashi|PERSON]] said. [[BOJ|ORG|Bank of Japan]] deputy governor "
        "[[Shinichi Uchida|PERSON]] speaks in [[Hakodate|GPE]] on [[Wednesday|D|2024-08-07]].\n",
    ),
    (
        "own9-ho-13", "chess", "2024-12-12", "2024-12-12",
        "[[Gukesh|PERSON|Gukesh Dommaraju]] beats [[Ding|PERSON|Ding Liren]] to become youngest "
        "world chess champion\n\n"
        "[[SINGAPORE|GPE|Singapore]], [[Dec 12|D|2024-12-12]] – [[India|GPE]]'s "
        "[[Gukesh Dommaraju|PERSON]] won the [[World Chess Championship|EVENT]] on "
        "[[Thursday|D|2024-12-12]], beating [[China|GPE]]'s [[Ding Liren|PERSON]] "
        "[[7.5|number|7.5]]-[[6.5|number|6.5]] after the defending champion blundered in the "
        "[[14th|ordinal|14]] and final game at [[Resorts World Sentosa|FAC]].\n\n"
        "With the game heading for a draw and tie-breaks on [[Friday|D|2024-12-13]], "
        "[[Ding|PERSON|Ding Liren]] misplaced his rook on the [[55th|ordinal|55]] move, allowing a "
        "won pawn ending. He resigned [[three|count|3|move]] moves later.\n\n"
        "[[Gukesh|PERSON|Gukesh Dommaraju]] is the youngest undisputed champion, beating the record "
        "set by [[Garry Kasparov|PERSON]] in [[1985|D|1985]], and the [[second|ordinal|2]] "
        "[[Indian|NORP]] to hold the title after [[Viswanathan Anand|PERSON]], who last won it in "
        "[[2012|D|2012]]. \"I have been dreaming of this moment for [[10 years|D|P10Y]],\" he "
        "said.\n\n"
        "Match summary: [[Gukesh|PERSON|Gukesh Dommaraju]] won [[three|count|3|game]] games to "
        "[[Ding|PERSON|Ding Liren]]'s [[two|count|2|game]], with [[nine|count|9|draw]] draws. The "
        "winner takes [[US$1.35 million|money|1350000|USD]] from the "
        "[[US$2.5 million|money|2500000|USD]] prize fund, which paid "
        "[[US$200,000|money|200000|USD]] for each game won; [[Ding|PERSON|Ding Liren]] receives "
        "[[US$1.15 million|money|1150000|USD]].\n\n"
        "[[FIDE|ORG]] President [[Arkady Dvorkovich|PERSON]] will present the trophy at the closing "
        "ceremony on [[Friday|D|2024-12-13]]. [[Indian|NORP]] Prime Minister "
        "[[Narendra Modi|PERSON]] called the win \"historic\", and the state of "
        "[[Tamil Nadu|GPE]] said it would give [[Gukesh|PERSON|Gukesh Dommaraju]], who was born in "
        "its capital, [[Chennai|GPE]], a reward of [[₹5 crore|money|50000000|INR]].\n\n"
        "The match began on [[Nov. 25|D|2024-11-25]]. [[Ding|PERSON|Ding Liren]] won the title in "
        "[[Astana|GPE]] in [[April 2023|D|2023-04]].\n",
    ),
    (
        "own9-ho-14", "rolling-stock-notice", "2025-06-18", "2025-06-18",
        "CONTRACT AWARD NOTICE – ROLLING STOCK\n"
        "Published: [[18 June 2025|D|2025-06-18]]\n\n"
        "Contracting authority: [[Norske tog AS|ORG|Norske tog]], [[Oslo|GPE]], [[Norway|GPE]]\n"
        "Reference: NT 2025/014\n"
        "Supplier: [[Stadler Rail AG|ORG|Stadler Rail]], [[Bussnang|GPE]], [[Switzerland|GPE]]\n"
        "Object: [[17|count|17|train]] electric long-distance trains, type "
        "[[FLIRT Nordic Express|PRODUCT|Stadler FLIRT]], called off under the framework agreement "
        "signed in [[2018|D|2018]]\n"
        "Value: [[NOK 4.3 billion|money|4300000000|NOK]] ([[about €370 million|money|370000000|EUR]]), "
        "excluding VAT\n"
        "Options: [[up to 40|count|40|train]] further trains\n"
        "Deliveries: [[2028 to 2030|D|2028/2030]]\n"
        "Maintenance: [[15 years|D|P15Y]] from entry into service\n"
        "Tenders received: [[3|count|3|tender]]\n"
        "Award criteria: price [[40%|percent|40|%]], quality and life-cycle cost "
        "[[60%|percent|60|%]]\n"
        "Standstill period ends: [[30 June 2025|D|2025-06-30]]\n\n"
        "The [[200 km/h|quantity|200|km/h]] trains, each [[about 230 metres|quantity|230|m]] long "
        "with [[more than 300|count|300|seat]] seats, will run on the [[Bergen Line|FAC]] between "
        "[[Oslo|GPE]] and [[Bergen|GPE]], the [[Dovre Line|FAC]] to [[Trondheim|GPE]] and the "
        "[[Sørland Line|FAC]] to [[Stavanger|GPE]], replacing [[Class 73|PRODUCT|NSB Class 73]] units "
        "built by [[Adtranz|ORG]] in [[the late 1990s|D|1990/1999]]. They are designed for "
        "[[-40C|quantity|-40|°C]] and heavy snow on [[Hardangervidda|LOC]], the mountain plateau "
        "that the [[Bergen Line|FAC]] crosses at [[1,237 metres|quantity|1237|m]].\n\n"
        "Operators [[Vy|ORG]] and [[SJ Norge|ORG]] will lease the trains from "
        "[[Norske tog|ORG]]. \"These trains will carry passengers into "
        "[[the 2060s|D|2060/2069]],\" chief executive [[Øystein Risan|PERSON]] said. The "
        "[[Storting|ORG]] approved the funding in [[December|D|2024-12]], and the "
        "[[first|ordinal|1]] trains are due in [[autumn 2028|D|2028-09/2028-11]].\n",
    ),
]

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Labor Day 2025 = Monday 1 September.
        ("2025-08-20", "The county fair opens [five days after Labor Day|2025-09-06]."),
        # Wednesday 12 March 2025 (W11): next week is 17-23 March.
        ("2025-03-12", "The auditors will report back [the Thursday of next week|2025-03-20]."),
        # Wednesday 9 October 2024: the coming Monday is the 14th.
        ("2024-10-09", "The port will reopen [two weeks from Monday|2024-10-28], the harbour master said."),
        ("2025-01-15", "Nominations for the board close [the last Friday of March|2025-03-28]."),
        ("2024-10-01", "Postal voting opens [eight days before the 30 November count|2024-11-22]."),
        # Wednesday 14 May 2025: yesterday 13 May, a week before it 6 May.
        ("2025-05-14", "The walkout at the steelworks began [a week ago yesterday|2025-05-06]."),
        # Easter 2026 = 5 April: Tuesdays after it 7 and 14 April.
        ("2026-02-11", "Tenders must reach the council by [the second Tuesday after Easter|2026-04-14]."),
    ],
    "range": [
        ("2025-02-03", "The book festival runs [5-9 March|2025-03-05/2025-03-09] in Lagos."),
        # Tuesday 10 September 2024, future clause.
        ("2024-09-10", "The ferry terminal will close from [Thursday to Sunday|2024-09-12/2024-09-15] for repairs."),
        ("2025-11-20", "Industrial output was flat across [Q2-Q3 2025|2025-04/2025-09]."),
        ("2024-12-02", "The exhibition ran from [mid-October to late November|2024-10/2024-11]."),
        ("2025-06-01", "Bus fares were frozen between [2021 and 2023|2021/2023]."),
        ("2026-01-08", "The night curfew applies from [28.12.2025 to 31.01.2026|2025-12-28/2026-01-31]."),
        ("2025-04-22", "The shareholder ballot is open from [the 12th to the 16th of May|2025-05-12/2025-05-16]."),
    ],
    "words": [
        ("2025-07-07", "The harbour treaty was signed in [nineteen forty-five|1945]."),
        ("2024-05-05", "Engineers expect the dam to be finished by [twenty twenty-eight|2028]."),
        ("2025-02-18", "The synod will meet again on [the twenty-first of March|2025-03-21]."),
        ("2026-03-30", "The brewery has been in the family since [the autumn of '88|1988-09/1988-11]."),
        ("2025-10-10", "Food rationing in Britain ended on [July the fourth, nineteen fifty-four|1954-07-04]."),
    ],
    "period": [
        ("2025-04-09", "The regulator's final ruling is expected by [mid-year|2025]."),
        ("2024-08-28", "The company cut its forecast in [June|2024-06]; its finance chief resigned [later that month|2024-06]."),
        # An Indian company's "this financial year" runs April-March (README).
        ("2025-09-15", "The Mumbai carrier expects to return to profit in [this financial year|2025-04/2026-03]."),
        ("2024-02-20", "Growth slowed in [the final quarter of last year|2023-10/2023-12]."),
        ("2025-06-25", "Harvest estimates will be revised at [the start of next month|2025-07]."),
        ("2026-09-03", "Rents climbed sharply in [the back half of 2025|2025-07/2025-12]."),
        ("2024-11-11", "The minister promised to publish the bill before [year-end|2024]."),
        # An Australian financial year runs July-June (README, set 3).
        ("2025-01-20", "Canberra forecasts a small deficit for [the 2025-26 financial year|2025-07/2026-06]."),
    ],
    "weekday": [
        ("2025-10-15", "The ceasefire in the north collapsed on [Saturday|2025-10-11]."),
        ("2025-10-15", "Parliament will debate the pension bill on [Saturday|2025-10-18]."),
        ("2024-07-04", "[Tuesday|2024-07-02]'s vote left the coalition two seats short."),
        ("2024-07-04", "Traders are braced for [next Wednesday|2024-07-10]'s inflation figures."),
        # The reference date's own weekday in a report of the day (README reading).
        ("2026-01-09", "Heavy snow closed schools across the county on [Friday|2026-01-09]."),
        ("2025-03-20", "The tribunal heard arguments on [Tuesday|2025-03-18] and will rule [this Friday|2025-03-21]."),
        ("2024-12-30", "The airline said on [Sunday|2024-12-29] that flights would resume on [Wednesday|2025-01-01]."),
    ],
    "month-tense": [
        ("2025-02-12", "Unemployment in the region peaked in [October|2024-10]."),
        ("2025-02-12", "The state refinery will be sold in [October|2025-10]."),
        ("2024-11-26", "Trade ministers meet again on [January 14|2025-01-14]."),
        ("2026-01-06", "The public inquiry opened on [December 3|2025-12-03]."),
        ("2025-08-08", "Dividend payments will resume in [April|2026-04], the lender said."),
    ],
    "duration": [
        ("2025-09-01", "The copper mine has been closed for [eighteen months|P18M]."),
        ("2024-03-14", "The shipping channel was shut for [a fortnight|P2W]."),
        ("2026-05-05", "The [ten-day|P10D] trial ended in acquittals."),
        # "N months ago" is a point at month precision (README).
        ("2025-12-01", "The bottling plant opened [three months ago|2025-09]."),
        ("2025-03-03", "The sovereign fund was set up [a decade ago|2015]."),
        # A range of durations is two durations (README).
        ("2024-06-12", "The review could take between [four|P4M] and [six months|P6M]."),
    ],
    "holiday": [
        ("2025-11-03", "The shopping centre stays open late on [Christmas Eve|2025-12-24]."),
        # Easter 2026 = 5 April.
        ("2026-03-02", "Most shops will be closed on [Easter Monday|2026-04-06]."),
        # U.S. Thanksgiving 2024 = Thursday 28 November.
        ("2024-10-20", "The parade will be held on [Thanksgiving Day|2024-11-28] as usual."),
        ("2025-12-29", "Stock markets reopen [the day after New Year's Day|2026-01-02]."),
    ],
    "week": [
        # Wednesday 9 July 2025 is in W28.
        ("2025-07-09", "The wheat harvest began [last week|2025-W27]."),
        ("2024-01-17", "The tender for the bridge closes in [week 12|2024-W12]."),
        ("2025-10-01", "The board meets [the week of 20 October|2025-W43]."),
    ],
    "season": [
        ("2025-02-10", "Hosepipe restrictions were lifted in [autumn 2024|2024-09/2024-11]."),
        ("2025-11-20", "Gas storage should last [this winter|2025-12/2026-02], the operator said."),
        ("2025-08-14", "Output fell in [the three months to June|2025-04/2025-06]."),
    ],
    "negative": [
        ("2025-05-07", "Thursday Island's council approved its budget."),
        ("2024-09-09", "Interest rates are reviewed on the first Tuesday of every month."),
        ("2025-01-21", "The hearing lasted ninety minutes."),
        ("2026-02-16", "Journalists at the Sunday Times walked out over pay."),
        ("2025-06-06", "The line runs 12 weekly sailings and files annual accounts."),
    ],
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "Organisers counted [two hundred and forty thousand|count|240000|marcher] marchers.",
        "The council owes [nineteen million five hundred thousand euros|money|19500000|EUR].",
        "The library holds [one hundred and six thousand|count|106000|book] books.",
        "Attendance at the fair reached [three quarters of a million|count|750000|visitor] visitors.",
        "The island has [twelve hundred and fifty|count|1250|resident] residents.",
    ],
    "fractions": [
        "The leaking pipe is [2½ inches|quantity|2.5|in] across.",
        "Thirty-year mortgage rates fell to [5⅞%|percent|5.875|%].",
        "The new runway is [1 3/4 miles|quantity|1.75|mi] long.",
        "The bank trimmed its rate by [three-quarters of a percentage point|percent|0.75|pp].",
        "Gilt yields rose [3/8 of a percentage point|percent|0.375|pp].",
    ],
    "grouping": [
        "The pension scheme has [1,25,00,000|count|12500000|beneficiary] beneficiaries.",
        "The canton set aside [CHF 3'400'000|money|3400000|CHF] for flood defences.",
        "The co-operative's exports reached [R$ 1.234.567.890|money|1234567890|BRL].",
        "The survey sampled [12 345|count|12345|household] households.",
        "The district spent [₹12,75,450|money|1275450|INR] on school repairs.",
    ],
    "scale": [
        "The water utility plans to raise [$4.1b|money|4100000000|USD] in debt.",
        "The budget carrier flew [3mn|count|3000000|passenger] passengers in July.",
        "The club's debt stands at [£1.15bn|money|1150000000|GBP].",
        "The Lisbon start-up raised [€45M|money|45000000|EUR].",
        "The podcast app has [850k|count|850000|subscriber] subscribers.",
    ],
    "currency": [
        "Mexico's finance ministry set aside [12 billion pesos|money|12000000000|MXN] for flood relief.",
        "A coffee in Reykjavik costs [ISK 750|money|750|ISK].",
        "Vietnam's central bank injected [VND 20 trillion|money|20000000000000|VND] into the market.",
        "The Hungarian state raised [300 billion forints|money|300000000000|HUF] from savers.",
        "Concert tickets in Dubai sell for [450 dirhams|money|450|AED].",
        "The Peruvian miner reported revenue of [S/ 2.1 billion|money|2100000000|PEN].",
    ],
    "two-unit": [
        "The centre-back stands [6 feet 3 inches|quantity|6.25|ft] tall.",
        "The parcel weighed [3 kilograms 400 grams|quantity|3.4|kg].",
        "The peak-time fare rose to [£4 and 80p|money|4.8|GBP].",
    ],
    "units": [
        "The glacier has retreated [1.2 kilometres|quantity|1.2|km] since 2015.",
        "The tanker carries [2 million barrels|quantity|2000000|bbl] of crude.",
        "Wind gusts off the cape reached [90 knots|quantity|90|kn].",
        "The organic farm covers [850 acres|quantity|850|acre].",
        "Each reactor produces [1,600 MW|quantity|1600|MW].",
    ],
    "comparator": [
        "[Nearly 4,000|count|4000|job] jobs will go at the carmaker.",
        "The new stadium holds [no fewer than 60,000|count|60000|spectator] spectators.",
        "The fine could reach [as much as $1.5 billion|money|1500000000|USD].",
        "[Almost 70%|percent|70|%] of members backed the strike.",
        "The stricken ship was carrying [in excess of 1,100|count|1100|container] containers.",
    ],
    "range": [
        # A range is two figures; the first takes the scale and unit of the second (ANNOTATION.md).
        "The refinery upgrade will cost [$6|money|6000000000|USD] to [$7 billion|money|7000000000|USD].",
        "Highs of [38|quantity|38|°C]-[41°C|quantity|41|°C] are forecast for Seville.",
        "Inflation is seen between [3%|percent|3|%] and [3.5%|percent|3.5|%] next year.",
        "Each shuttle bus carries [40|count|40|passenger] to [50|count|50|passenger] passengers.",
    ],
    "percent": [
        "The party won [41.3 per cent|percent|41.3|%] of the vote.",
        "Mortgage rates rose [15 bps|percent|0.15|pp] this week.",
        "Online sales jumped [twelve percent|percent|12|%].",
        "The central bank lifted rates by [75 basis points|percent|0.75|pp].",
        "Youth unemployment fell [1.2 percentage points|percent|1.2|pp].",
    ],
    "ordinal": [
        "It was the airline's [third|ordinal|3] emergency landing this year.",
        "The town marks the [150th|ordinal|150] anniversary of its railway.",
        "She finished [twenty-first|ordinal|21] in the overall standings.",
    ],
    "tally": [
        "The jury voted [10|number|10]-[2|number|2] to convict.",
        "Brazil drew [2|number|2]-[2|number|2] with Uruguay in Montevideo.",
        "The motion carried [214|number|214] to [197|number|197].",
    ],
    "approximate": [
        "[Roughly 2,500|count|2500|protester] protesters gathered outside parliament.",
        "The smelter employs [an estimated 7,000|count|7000|worker] workers.",
    ],
    "negative": [
        "One in four households cannot afford to heat their homes.",
        "The Embraer E195-E2 jets will fly the regional routes.",
        "Hundreds of thousands of fans lined the streets.",
        "Residents can call 0300 123 4567 for advice.",
    ],
}


if __name__ == "__main__":
    build_set(
        "own9",
        "own9-briefs-heldout",
        BRIEFS,
        DATE_CASES,
        FIGURE_CASES,
        source_briefs=SOURCE_BRIEFS,
        source_cases=SOURCE_CASES,
    )

"""Build the seventh held-out set: eval/own7-briefs-heldout.jsonl, own7-dates-heldout.jsonl and
own7-figures-heldout.jsonl (FORMAT.md).

Written fresh in session 8 by a helper session that neither read nor ran briefx (no code, tests,
models, samples, scripts or benchmarks) and opened no ``*heldout*`` file other than
``build_own6_heldout.py`` (for its mechanics and markup). Besides that builder it read only
``shared/eval/ANNOTATION.md``, ``FORMAT.md``, ``README.md``, ``eval/README.md`` and the first line
of each ``shared/eval/*-dev.jsonl`` (for the line format). The texts were written by hand for this
set and annotated inline while writing, by ``shared/eval/ANNOTATION.md`` and the readings in
``eval/README.md``; where both are silent, the choice is listed below.

Briefs: 2024-2025 news of kinds that set 6 did not have (an offshore wind auction, an mpox
outbreak, a Dutch election, EU rules for AI models, a shipping digest with bullets, cocoa prices,
the French Open, a London road tunnel, an airline's results, copper mining, Canadian wildfires, EU
tariffs on Chinese electric cars, an observatory's first images, an Italian transport strike),
about real institutions, companies, places and office holders. The events are modelled on real
ones but details, quotations and many figures are invented or approximate and must not be read as
reporting; invented people appear only in minor roles. No ``statements`` key: statements are not
scored for this set. Two briefs state no date of their own (``own7-ho-08``, ``own7-ho-10``): they
have no ``published``, and their ``reference_date`` is the notional publication date.

Markup (as set 6):
- briefs: ``[[span|TYPE]]`` / ``[[span|TYPE|canonical name]]`` (entity),
  ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]`` (figure), ``[[span|D|value]]`` (date);
- date cases: ``[span|value]``; figure cases: ``[span|kind|value]`` / ``[span|kind|value|unit]``.
The script computes the offsets, asserts ``text[start:end] == span`` for every item, order and
no overlap, known types/kinds, ISO 4217 codes (from a list of real codes), ``%``/``pp``, unit
symbols, count nouns, ISO 8601 date values (real days and months, ISO weeks, ``START/END`` with
start before end, durations), that a full-date value of a span naming a weekday falls on that
weekday (both ends for a weekday range), 150-260 words per brief, that a brief's ``published``
equals its ``reference_date`` and is the value of one of its date spans, unique ids (prefix
``own7-``) and texts, and that ``shared/eval/score.py F F`` gives 1.000 in every section of each
file (run with ``/work/main/.venv/bin/python`` when it exists).

Run from the project root: ``python3 eval/build_own7_heldout.py`` (rewrites the three files). The
mechanics (marks, offsets, checks, writing) are ``eval/case_marks.py``'s, shared by sets 6-8.

Choices where ANNOTATION.md and eval/README.md are silent (applied throughout):
- Units beyond the ANNOTATION.md list: "gigawatts"/"GW" -> "GW", "megawatts" -> "MW";
  "twenty-foot equivalent units"/"TEU" -> quantity in "TEU" (a unit of container capacity, like
  "bbl" for oil), also hyphenated ("24,000-TEU ships" -> 24000 TEU); "light-years" -> "ly";
  "knots" -> "kn"; "cubic metres" -> "m3".
- "6.83 euro cents" (a price per kilowatt-hour) is money in euros, 0.0683 EUR, as "15 pence" is
  0.15 GBP; the rate stays outside the span.
- Canals are FAC ("Panama Canal", "Suez Canal"), as are mines ("Escondida", "Cobre Panamá"),
  ports ("Tuas Port"), observatories, tunnels, airports, squares ("Piazza del Popolo"), tennis
  courts and named metro or rail lines ("Elizabeth line"). Islands, lakes, straits, capes,
  mountains, salt flats and astronomical objects ("Heligoland", "Gatun Lake", "Cerro Pachón",
  "Trifid Nebula", "Virgo Cluster", "Earth") are LOC.
- "Roland Garros" meaning the tournament ("a winning streak at Roland Garros") is EVENT "French
  Open"; "Grand Slam" (a class of tournaments) is not tagged, like other names of a kind.
- Vaccines, AI models and aircraft types named by the text are PRODUCT ("MVA-BN", "LC16",
  "GPT-5", "Claude", "Llama", "Le Chat", "Airbus A321XLR", "Model 3"); an aircraft variant takes
  the type's Wikipedia title ("737 MAX 8-200", "737 MAX 10" -> "Boeing 737 MAX"), as set 6 read
  weapons. Disease and strain names ("mpox", "clade Ib") are not tagged.
- As in set 2, a Wikipedia title's disambiguator is left out of `name` ("Ørsted", "Geely",
  "Limburg", "DAA", "Lega", "Llama", "Claude"); "Côte d'Ivoire" -> "Ivory Coast", "Congo" (the
  DRC) -> "Democratic Republic of the Congo", the English titles of Italian unions ("CGIL" ->
  "Italian General Confederation of Labour"). "Ottawa" for the federal government is GPE.
- Parties are ORG under their Wikipedia titles ("D66" -> "Democrats 66", "PVV" -> "Party for
  Freedom"); "the lower house" and "Parliament" are not tagged (like "the Government").
- A crop season "the 2024-25 season" is the span of its calendar years, "2024/2025", as the
  README reads a sports season; "last season" after it is "2023/2024". "The 2023 season" (of
  wildfires) tags the year only.
- The Panama Canal Authority's "fiscal 2024" (its own October-September year, not a U.S.
  federal one) is "2023-10/2024-09" at month precision, as other non-federal fiscal years are.
- An offset counted from an event dated earlier in the text is one span resolved to the day:
  "two weeks before the vote" (the vote dated "Wednesday's ... election"), "eight days later"
  (after "published on 10 July"), "the day before" and "the previous day" (after a dated event).
- "the quarter" after a named quarter takes that quarter's value (set 5 reading); "the previous
  quarter" after "the April-June quarter" is January-March. "a year ago" is a point at year
  precision, as the README reads "N years ago".
- "the close of the quarter" keeps the current quarter's value and "the end of the decade" the
  decade's ("2020/2029"), as hedges on periods do (README).
- "10 to 14 days" is two durations, "10" (P10D) and "14 days" (P14D), as the README reads
  "between three and five years". "ending six years of decline" is a duration, P6Y.
- A season written with an apostrophe year ("the autumn of '08") is that season of that year;
  "winter 2025-26" is December-February ("2025-12/2026-02", set 5 reading).
- "the Monday after next" is the coming Monday plus a week; "next Friday" on a Wednesday is the
  coming Friday (README dev3 and dev4 readings). "Friday through Sunday" in a future clause runs
  from the coming Friday to the Sunday after it.
- Counts with the noun left out restore it ("force 21,000 from homes", "a mining city of about
  5,000" -> "person"; "91 of them" -> "fire"; "12 abstained" -> "country"). Partitive counts
  ("two of its five metro lines") are two counts; "about a third of their cars" stays untagged.
- "an estimated 150,000 tonnes" keeps "an estimated" inside the span as a modifier, like "about".
- Ordinals: "the world's 361st-ranked player" -> 361; "65th place" -> 65; "first time" -> 1.
  Set scores are `number`s ("6-1, 6-2"); "world number one" is an idiom, not tagged.
- In the figure cases a bare phrase is a `number` (README); a Swiss "CHF 1'250'000", a dotted
  "€2.400.000", a spaced "1 204 500" and an Indian "₹12,34,56,789" are one figure each; "2,100
  million pesos" of a Mexican company is MXN; "1,064 pounds 8 ounces" is 1064.5 lb and "6 feet 9
  inches" 6.75 ft (two-unit rule); "three-eighths of a percentage point" is one figure, 0.375 pp.
"""

from __future__ import annotations

from case_marks import build_set

SOURCE_BRIEFS = (
    "own7: written and annotated by hand for briefx (held-out set 7, session 8) by a helper who "
    "neither read nor ran briefx; real institutions, companies, places and office holders, events "
    "modelled on 2024-2025 news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own7: short cases written and annotated by hand for briefx (held-out set 7, session 8) by a "
    "helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

# ---------------------------------------------------------------------------------------------
# Briefs: (id, family, reference_date, published, marked text)
# ---------------------------------------------------------------------------------------------
BRIEFS: list[tuple[str, str, str, str | None, str]] = [
    (
        "own7-ho-01", "energy-grid", "2025-08-06", "2025-08-06",
        "[[Germany|GPE]] draws no bids in offshore wind auction for [[first|ordinal|1]] time\n\n"
        "[[BERLIN|GPE|Berlin]], [[Aug 6, 2025|D|2025-08-06]] – [[Germany|GPE]]'s auction of "
        "[[2.5 gigawatts|quantity|2.5|GW]] (GW) of offshore wind sites in the [[North Sea|LOC]] drew "
        "no bids, the [[Federal Network Agency|ORG]] said on [[Wednesday|D|2025-08-06]], the "
        "[[first|ordinal|1]] time a [[German|NORP]] offshore tender has failed and a setback for the "
        "government's goal of [[30 GW|quantity|30|GW]] at sea by [[2030|D|2030]].\n\n"
        "The [[Agency|ORG|Federal Network Agency]], known at home as the "
        "[[Bundesnetzagentur|ORG|Federal Network Agency]], had offered [[two|count|2|site]] sites "
        "[[about 120 km|quantity|120|km]] northwest of [[Heligoland|LOC]], with bids due by "
        "[[August 1|D|2025-08-01]]. Its president, [[Klaus Müller|PERSON]], said the rules had to change "
        "\"before the next round in [[June 2026|D|2026-06]]\".\n\n"
        "Developers including [[RWE|ORG]], [[EnBW|ORG]] and [[Denmark|GPE]]'s [[Ørsted|ORG]] have "
        "warned for [[two years|D|P2Y]] that so-called negative bidding, under which winners pay the "
        "state for the right to build, makes projects too risky as turbine and financing costs climb. "
        "In the [[June 2023|D|2023-06]] round, [[BP|ORG]] and [[TotalEnergies|ORG]] paid a combined "
        "[[€12.6 billion|money|12600000000|EUR]] for [[7 GW|quantity|7|GW]] of capacity; "
        "[[Ørsted|ORG]] shares have lost [[more than 60%|percent|60|%]] of their value since.\n\n"
        "Economy Minister [[Katherina Reiche|PERSON]] said a reform could come \"within weeks\" and "
        "might include contracts for difference. [[Germany|GPE]] had [[9.2 GW|quantity|9.2|GW]] of "
        "offshore turbines connected at [[the end of June|D|2025-06]], up from "
        "[[8.9 GW|quantity|8.9|GW]] [[a year earlier|D|2024-06]].\n\n"
        "On land, the [[Agency|ORG|Federal Network Agency]] awarded "
        "[[3,439 megawatts|quantity|3439|MW]] in its [[May|D|2025-05]] tender at an average of "
        "[[6.83 euro cents|money|0.0683|EUR]] per kilowatt-hour. Grid operator [[TenneT|ORG]] said the "
        "sites' [[2-GW|quantity|2|GW]] cable link, due in [[2031|D|2031]], could now slip by "
        "[[up to three years|D|P3Y]].\n",
    ),
    (
        "own7-ho-02", "public-health", "2024-08-23", "2024-08-23",
        "Mpox: [[WHO|ORG|World Health Organization]] urges faster vaccine deliveries as cases spread "
        "beyond [[Africa|LOC]]\n\n"
        "[[Geneva|GPE]], [[23 August 2024|D|2024-08-23]] — The [[World Health Organization|ORG]] "
        "([[WHO|ORG|World Health Organization]]) called on [[Friday|D|2024-08-23]] for faster delivery "
        "of mpox vaccines to the [[Democratic Republic of the Congo|GPE]]. It declared the outbreak a "
        "public health emergency of international concern on [[August 14|D|2024-08-14]]. "
        "The [[Africa Centres for Disease Control and Prevention|ORG]] "
        "([[Africa CDC|ORG|Africa Centres for Disease Control and Prevention]]) had declared a "
        "continental emergency [[the day before|D|2024-08-13]].\n\n"
        "Director-General [[Tedros Adhanom Ghebreyesus|PERSON]] said "
        "[[more than 18,000|count|18000|case]] suspected cases and [[615|count|615|death]] deaths had "
        "been reported in [[Congo|GPE|Democratic Republic of the Congo]] [[this year|D|2024]], most in "
        "[[South Kivu|GPE]] and [[Équateur|GPE|Équateur Province]] provinces. Cases of the new clade Ib "
        "strain have since been confirmed in [[Sweden|GPE]] and [[Thailand|GPE]], both in travellers "
        "returning from [[Africa|LOC]].\n\n"
        "[[Tedros|PERSON|Tedros Adhanom Ghebreyesus]] said [[Japan|GPE]] had offered "
        "[[3.05 million|count|3050000|dose]] doses of its [[LC16|PRODUCT]] vaccine and the "
        "[[United States|GPE]] [[one million|count|1000000|dose]] doses of [[Bavarian Nordic|ORG]]'s "
        "[[MVA-BN|PRODUCT]]. The [[Danish|NORP]] maker, which can supply "
        "[[2 million|count|2000000|dose]] doses [[this year|D|2024]], says it could make "
        "[[up to 13 million|count|13000000|dose]] by [[the end of 2025|D|2025]].\n\n"
        "[[Africa CDC|ORG|Africa Centres for Disease Control and Prevention]] estimates the continent "
        "needs [[10 million|count|10000000|dose]] doses. Its director general, [[Jean Kaseya|PERSON]], "
        "said a [[first|ordinal|1]] batch of [[200,000|count|200000|dose]] doses from the "
        "[[European Union|ORG]] would reach [[Kinshasa|GPE]] [[next week|D|2024-W35]]. "
        "[[Gavi|ORG|Gavi, the Vaccine Alliance]] has set aside [[$500 million|money|500000000|USD]] for "
        "mpox shots, and [[UNICEF|ORG]] launched an emergency tender on [[Monday|D|2024-08-19]].\n\n"
        "[[Congo|GPE|Democratic Republic of the Congo]]'s health minister, [[Roger Kamba|PERSON]], said "
        "vaccination would start in [[early October|D|2024-10]]. The [[2022|D|2022]] global outbreak "
        "infected [[about 100,000|count|100000|person]] people in [[more than 120|count|120|country]] "
        "countries.\n",
    ),
    (
        "own7-ho-03", "election", "2025-10-30", "2025-10-30",
        "[[THE HAGUE|GPE|The Hague]], [[Oct. 30|D|2025-10-30]] ([[AP|ORG|Associated Press]]) — The "
        "centrist [[D66|ORG|Democrats 66]] party of [[Rob Jetten|PERSON]] was on course on "
        "[[Thursday|D|2025-10-30]] to win [[Wednesday|D|2025-10-29]]'s [[Dutch|NORP]] general election by a hair, edging out "
        "[[Geert Wilders|PERSON]]' far-right [[Party for Freedom|ORG]] "
        "([[PVV|ORG|Party for Freedom]]).\n\n"
        "With [[99.7%|percent|99.7|%]] of votes counted, both parties had [[26|count|26|seat]] of the "
        "[[150|count|150|seat]] seats in the lower house, but [[D66|ORG|Democrats 66]] led by "
        "[[about 15,000|count|15000|vote]] votes, the [[ANP|ORG|Algemeen Nederlands Persbureau]] news "
        "agency said. That was a surge from [[nine|count|9|seat]] seats in [[2023|D|2023]] and from "
        "[[15|count|15|seat]] in opinion polls [[two weeks before the vote|D|2025-10-15]].\n\n"
        "[[Wilders|PERSON|Geert Wilders]], whose party won [[37|count|37|seat]] seats "
        "[[two years ago|D|2023]] and walked out of the governing coalition in [[June|D|2025-06]], lost "
        "[[11|count|11|seat]]. The [[People's Party for Freedom and Democracy|ORG]] "
        "([[VVD|ORG|People's Party for Freedom and Democracy]]) of "
        "[[Dilan Yeşilgöz|PERSON|Dilan Yeşilgöz-Zegerius]] took [[22|count|22|seat]], and the "
        "[[Christian Democratic Appeal|ORG]] ([[CDA|ORG|Christian Democratic Appeal]]) jumped to "
        "[[18|count|18|seat]] from [[five|count|5|seat]]. [[Frans Timmermans|PERSON]] resigned as "
        "leader of [[GroenLinks-PvdA|ORG|GroenLinks–PvdA]] on [[Wednesday|D|2025-10-29]] after the "
        "alliance fell to [[20|count|20|seat]].\n\n"
        "Turnout was [[78.4%|percent|78.4|%]], up [[0.7 percentage point|percent|0.7|pp]]. "
        "[[D66|ORG|Democrats 66]] came top in [[Amsterdam|GPE]], [[Utrecht|GPE]] and "
        "[[Leiden|GPE]], while the [[PVV|ORG|Party for Freedom]] led in the southern province of "
        "[[Limburg|GPE]] and in [[Drenthe|GPE]].\n\n"
        "Results will be certified on [[Nov. 7|D|2025-11-07]], and the new house sits for the "
        "[[first|ordinal|1]] time on [[November 12|D|2025-11-12]]. A coalition needs "
        "[[76|count|76|seat]] seats; after the [[2023|D|2023]] vote, talks took "
        "[[223 days|D|P223D]]. [[Jetten|PERSON|Rob Jetten]] said he wanted a broad centrist cabinet "
        "in place before [[the summer|D|2026-06/2026-08]].\n",
    ),
    (
        "own7-ho-04", "ai-regulation", "2025-08-04", "2025-08-04",
        "[[EU|ORG|European Union]] rules for general-purpose AI take effect; [[Meta|ORG|Meta Platforms]] "
        "stays out of code\n\n"
        "Published [[4 August 2025|D|2025-08-04]]\n\n"
        "Obligations for providers of general-purpose artificial intelligence models under the "
        "[[European Union|ORG]]'s [[AI Act|LAW|Artificial Intelligence Act]] have applied since "
        "[[Saturday|D|2025-08-02]]; the law itself entered into force on [[1 August 2024|D|2024-08-01]]. Companies that "
        "put new models on the [[EU|ORG|European Union]] market must publish a summary of their "
        "training data and respect copyright opt-outs; models released before that date have until "
        "[[2 August 2027|D|2027-08-02]] to comply.\n\n"
        "The [[European Commission|ORG]]'s [[AI Office|ORG|European AI Office]], which enforces the "
        "rules, said [[26|count|26|company]] companies had signed its voluntary code of practice, "
        "published on [[10 July|D|2025-07-10]], among them [[OpenAI|ORG]], [[Anthropic|ORG]], "
        "[[Google|ORG]], [[IBM|ORG]] and [[Paris|GPE]]-based [[Mistral AI|ORG]], maker of the "
        "[[Le Chat|PRODUCT]] assistant. Guidelines on which models are covered followed "
        "[[eight days later|D|2025-07-18]].\n\n"
        "[[Meta|ORG|Meta Platforms]], whose [[Llama|PRODUCT]] models are free to download, refused to "
        "sign. Its global affairs chief, [[Joel Kaplan|PERSON]], said [[last month|D|2025-07]] that the "
        "code created \"legal uncertainties\" for developers. [[OpenAI|ORG]], which is expected to "
        "release [[GPT-5|PRODUCT]] [[later this week|D|2025-W32]], and [[Anthropic|ORG]], maker of "
        "[[Claude|PRODUCT]], said signing would give them legal certainty.\n\n"
        "Fines for providers of such models can reach [[€15 million|money|15000000|EUR]] or "
        "[[3%|percent|3|%]] of global annual turnover, whichever is higher, but the "
        "[[Office|ORG|European AI Office]] cannot impose them before [[August 2026|D|2026-08]]. "
        "Executive Vice-President [[Henna Virkkunen|PERSON]] rejected a call from "
        "[[more than 40|count|40|company]] [[European|NORP]] companies, including [[Airbus|ORG]] and "
        "[[ASML|ORG|ASML Holding]], for a [[two-year|D|P2Y]] pause. Rules for high-risk systems, such "
        "as those used in hiring, follow on [[2 August 2026|D|2026-08-02]].\n",
    ),
    (
        "own7-ho-05", "shipping", "2025-01-23", "2025-01-23",
        "SHIPPING DIGEST – [[Thursday, January 23, 2025|D|2025-01-23]]\n\n"
        "• [[Panama Canal|FAC]]: The [[Panama Canal Authority|ORG]] ([[ACP|ORG|Panama Canal Authority]]) "
        "said transits averaged [[36|count|36|ship]] ships a day [[this month|D|2025-01]], up from "
        "[[24|count|24|ship]] at the height of the drought [[a year ago|D|2024]], as rain refilled "
        "[[Gatun Lake|LOC]]. Administrator [[Ricaurte Vásquez|PERSON]] rejected [[U.S.|GPE|United States]] "
        "President [[Donald Trump|PERSON]]'s claim that [[China|GPE]] operates the waterway. The canal "
        "earned [[$4.99 billion|money|4990000000|USD]] in [[fiscal 2024|D|2023-10/2024-09]], which ended "
        "on [[Sept. 30|D|2024-09-30]].\n"
        "• [[Suez Canal|FAC]]: [[Egypt|GPE]]'s revenue from the canal fell [[61%|percent|61|%]] to "
        "[[about $4 billion|money|4000000000|USD]] in [[2024|D|2024]], President "
        "[[Abdel Fattah el-Sisi|PERSON]] said, as attacks by [[Yemen|GPE]]'s [[Houthis|ORG]] pushed "
        "carriers around the [[Cape of Good Hope|LOC]], adding [[some 6,000 km|quantity|6000|km]] and "
        "[[10|D|P10D]] to [[14 days|D|P14D]] to an [[Asia|LOC]]-[[Europe|LOC]] voyage. Oil flows through "
        "the [[Bab el-Mandeb|LOC|Bab-el-Mandeb]] strait fell to [[about 4 million barrels|quantity|4000000|bbl]] "
        "a day. [[Maersk|ORG]] said it would not return until safe passage was assured, even after the "
        "[[Gaza|GPE|Gaza Strip]] ceasefire took effect on [[Sunday|D|2025-01-19]].\n"
        "• [[Rotterdam|GPE]]: [[Europe|LOC]]'s largest port handled "
        "[[13.8 million twenty-foot equivalent units|quantity|13800000|TEU]] (TEUs) in "
        "[[2024|D|2024]], up [[2.8%|percent|2.8|%]], and [[435.8 million tonnes|quantity|435800000|t]] of "
        "cargo in all, the [[Port of Rotterdam Authority|ORG]] said on [[Wednesday|D|2025-01-22]].\n"
        "• [[Singapore|GPE]]: The [[Maritime and Port Authority of Singapore|ORG]] reported a record "
        "[[41.12 million TEU|quantity|41120000|TEU]] for [[2024|D|2024]], and said the [[Tuas Port|FAC]], "
        "which will cost [[over S$20 billion|money|20000000000|SGD]], would be finished in "
        "[[the 2040s|D|2040/2049]].\n"
        "• Orders: [[Evergreen|ORG|Evergreen Marine]] ordered [[11|count|11|ship]] "
        "[[24,000-TEU|quantity|24000|TEU]] ships for [[about $2.7 billion|money|2700000000|USD]], for "
        "delivery from [[2027 to 2028|D|2027/2028]].\n",
    ),
    (
        "own7-ho-06", "agriculture", "2024-10-01", "2024-10-01",
        "[[ABIDJAN|GPE|Abidjan]]/[[ACCRA|GPE|Accra]], [[Oct 1|D|2024-10-01]] – "
        "[[Côte d'Ivoire|GPE|Ivory Coast]], the world's biggest cocoa grower, raised the price it "
        "guarantees farmers by [[50%|percent|50|%]] to [[1,800 CFA francs|money|1800|XOF]] "
        "([[$3.06|money|3.06|USD]]) per kilogram for the main crop that opens on "
        "[[Tuesday|D|2024-10-01]], Agriculture Minister [[Kobenan Kouassi Adjoumani|PERSON]] said.\n\n"
        "It was the [[second|ordinal|2]] increase [[this year|D|2024]]: the mid-crop price was lifted to "
        "[[1,500 francs|money|1500|XOF]] in [[April|D|2024-04]], and exporters were told to pay it "
        "from [[later that month|D|2024-04]]. The regulator, the [[Coffee and Cocoa Council|ORG]] "
        "([[CCC|ORG|Coffee and Cocoa Council]]), expects output of "
        "[[about 1.8 million tonnes|quantity|1800000|t]] in [[the 2024-25 season|D|2024/2025]] from "
        "[[roughly 1 million|count|1000000|farmer]] farmers.\n\n"
        "In [[Ghana|GPE]], the [[Ghana Cocoa Board|ORG]] ([[COCOBOD|ORG|Ghana Cocoa Board]]) set its "
        "price at [[41,392 cedis|money|41392|GHS]] a tonne, up [[45%|percent|45|%]], to stem smuggling "
        "to [[Togo|GPE]] and [[Côte d'Ivoire|GPE|Ivory Coast]] that cost the country "
        "[[an estimated 150,000 tonnes|quantity|150000|t]] [[last season|D|2023/2024]]. [[Ghana|GPE]]'s "
        "crop fell to [[about 580,000 tonnes|quantity|580000|t]] after disease and illegal gold mining "
        "damaged farms.\n\n"
        "Cocoa futures in [[New York|GPE|New York City]] fell [[3.1%|percent|3.1|%]] to "
        "[[$6,520|money|6520|USD]] a tonne on [[Monday|D|2024-09-30]], well below the record "
        "[[$12,261|money|12261|USD]] hit on [[April 19|D|2024-04-19]]. [[London|GPE]] cocoa settled at "
        "[[£5,180|money|5180|GBP]].\n\n"
        "Grindings in [[Europe|LOC]] fell [[2.5%|percent|2.5|%]] in "
        "[[the second quarter|D|2024-04/2024-06]] from [[a year earlier|D|2023-04/2023-06]], the "
        "[[European Cocoa Association|ORG]] said. [[Mondelez International|ORG]] and "
        "[[The Hershey Company|ORG]] have raised chocolate prices, and [[Swiss|NORP]] processor "
        "[[Barry Callebaut|ORG]] said in [[July|D|2024-07]] that high bean costs would last through "
        "[[2025|D|2025]].\n",
    ),
    (
        "own7-ho-07", "tennis", "2025-06-06", "2025-06-06",
        "[[Gauff|PERSON|Coco Gauff]] ends [[Boisson|PERSON|Loïs Boisson]]'s run to set up "
        "[[Sabalenka|PERSON|Aryna Sabalenka]] final\n\n"
        "[[PARIS|GPE|Paris]], [[June 6|D|2025-06-06]] – [[Coco Gauff|PERSON]] ended the run of "
        "[[French|NORP]] wildcard [[Loïs Boisson|PERSON]] with a [[6|number|6]]-[[1|number|1]], "
        "[[6|number|6]]-[[2|number|2]] win on [[Thursday|D|2025-06-05]] to reach the "
        "[[French Open|EVENT]] final, where she will face world number one "
        "[[Aryna Sabalenka|PERSON]] on [[Saturday|D|2025-06-07]].\n\n"
        "[[Boisson|PERSON|Loïs Boisson]], the world's [[361st|ordinal|361]]-ranked player and in her "
        "[[first|ordinal|1]] Grand Slam main draw, had knocked out [[Jessica Pegula|PERSON]] and "
        "[[Mirra Andreeva|PERSON]]. \"I will remember this all my life,\" said "
        "[[Boisson|PERSON|Loïs Boisson]], who will climb to [[65th|ordinal|65]] place in the "
        "rankings on [[Monday|D|2025-06-09]] and takes home [[€690,000|money|690000|EUR]].\n\n"
        "[[Sabalenka|PERSON|Aryna Sabalenka]] beat defending champion [[Iga Świątek|PERSON]] "
        "[[7|number|7]]-[[6|number|6]], [[4|number|4]]-[[6|number|6]], [[6|number|6]]-[[0|number|0]] on "
        "[[Court Philippe-Chatrier|FAC]], ending the [[Pole|NORP|Polish]]'s [[26|count|26|match]]-match "
        "winning streak at [[Roland Garros|EVENT|French Open]]. The [[Belarusian|NORP]] has lost "
        "only [[two|count|2|set]] sets all tournament.\n\n"
        "In the men's semi-finals on [[Friday|D|2025-06-06]], "
        "[[Carlos Alcaraz|PERSON]] plays [[Italy|GPE]]'s [[Lorenzo Musetti|PERSON]] and top seed "
        "[[Jannik Sinner|PERSON]] meets [[Novak Djokovic|PERSON]], who is chasing a "
        "[[25th|ordinal|25]] major title. [[Djokovic|PERSON|Novak Djokovic]] won his "
        "[[100th|ordinal|100]] career title in [[Geneva|GPE]] [[last month|D|2025-05]].\n\n"
        "The singles champions each receive [[€2.55 million|money|2550000|EUR]], "
        "[[5%|percent|5|%]] more than [[last year|D|2024]]. [[Gauff|PERSON|Coco Gauff]] is bidding to "
        "become the [[first|ordinal|1]] [[American|NORP]] woman to win in [[Paris|GPE]] since "
        "[[Serena Williams|PERSON]] in [[2015|D|2015]].\n",
    ),
    (
        "own7-ho-08", "city-transport", "2025-04-07", None,
        "[[Silvertown Tunnel|FAC]] opens with tolls as [[Khan|PERSON|Sadiq Khan]] defends charges\n\n"
        "The [[£2.2 billion|money|2200000000|GBP]] [[Silvertown Tunnel|FAC]] under the "
        "[[River Thames|LOC]] opened to traffic early on [[Monday|D|2025-04-07]], linking "
        "[[Greenwich|GPE|Royal Borough of Greenwich]] and [[Newham|GPE|London Borough of Newham]] in "
        "east [[London|GPE]] and bringing tolls of [[up to £4|money|4|GBP]] for cars at peak times, "
        "charged at the neighbouring [[Blackwall Tunnel|FAC]] too.\n\n"
        "Mayor [[Sadiq Khan|PERSON]] said the [[1.4-kilometre|quantity|1.4|km]] twin-bore tunnel would "
        "ease queues that have plagued the [[Blackwall Tunnel|FAC]], whose older bore opened in "
        "[[1897|D|1897]]. [[Transport for London|ORG]] ([[TfL|ORG|Transport for London]]) "
        "expects traffic through the [[two|count|2|tunnel]] tunnels to fall by "
        "[[about 20%|percent|20|%]], and [[three|count|3|route]] bus routes, including a new express "
        "service, now use the crossing.\n\n"
        "Residents of [[Greenwich|GPE|Royal Borough of Greenwich]], [[Newham|GPE|London Borough of Newham]] "
        "and [[Tower Hamlets|GPE|London Borough of Tower Hamlets]] on low incomes get a "
        "[[50%|percent|50|%]] discount [[this year|D|2025]]. The tunnel was built and will be maintained "
        "by the [[Riverlinx|ORG]] consortium under a [[25-year|D|P25Y]] contract, for which "
        "[[TfL|ORG|Transport for London]] will pay [[about £1 billion|money|1000000000|GBP]].\n\n"
        "Members of the [[London Assembly|ORG]] from the [[Green Party|ORG|Green Party of England and Wales]] "
        "said the scheme would add traffic to roads in [[Canning Town|GPE]]. "
        "[[Khan|PERSON|Sadiq Khan]], who won a [[third|ordinal|3]] term [[last May|D|2024-05]], has frozen "
        "bus fares at [[£1.75|money|1.75|GBP]] until [[March 2026|D|2026-03]]. "
        "[[TfL|ORG|Transport for London]] made an operating surplus of "
        "[[£138 million|money|138000000|GBP]] in [[the 2023/24 financial year|D|2023-04/2024-03]], and "
        "the [[Elizabeth line|FAC]] carried [[more than 200 million|count|200000000|journey]] journeys "
        "in [[the 12 months to March|D|2024-04/2025-03]].\n\n"
        "Work on the [[Bakerloo line|FAC]] extension to [[Lewisham|GPE]] has no funding date. The "
        "[[Department for Transport|ORG]] said a decision was due by [[the autumn|D|2025-09/2025-11]].\n",
    ),
    (
        "own7-ho-09", "aviation", "2025-07-21", "2025-07-21",
        "[[Ryanair|ORG]] profit more than doubles as fares recover\n\n"
        "[[DUBLIN|GPE|Dublin]], [[21 July 2025|D|2025-07-21]]: [[Ryanair|ORG]], [[Europe|LOC]]'s "
        "largest airline by passengers, said on [[Monday|D|2025-07-21]] that profit after tax rose to "
        "[[€820 million|money|820000000|EUR]] in [[the April-June quarter|D|2025-04/2025-06]], from "
        "[[€360 million|money|360000000|EUR]] [[a year earlier|D|2024-04/2024-06]], as average fares "
        "climbed [[21%|percent|21|%]] from a weak [[2024|D|2024]]. It had made a loss of "
        "[[€36 million|money|36000000|EUR]] in [[the previous quarter|D|2025-01/2025-03]].\n\n"
        "The [[Irish|NORP]] carrier flew [[57.8 million|count|57800000|passenger]] passengers in "
        "[[the quarter|D|2025-04/2025-06]], up [[4%|percent|4|%]], and filled [[93%|percent|93|%]] of "
        "its seats. Chief Executive [[Michael O'Leary|PERSON]] kept a target of "
        "[[206 million|count|206000000|passenger]] passengers for "
        "[[the year to March 2026|D|2025-04/2026-03]].\n\n"
        "[[Boeing|ORG]] has now delivered all [[210|count|210|aircraft]] of the airline's "
        "[[737 MAX 8-200|PRODUCT|Boeing 737 MAX]] jets. [[O'Leary|PERSON|Michael O'Leary]] said he "
        "expected the [[first|ordinal|1]] [[737 MAX 10|PRODUCT|Boeing 737 MAX]], of which "
        "[[Ryanair|ORG]] has ordered [[150|count|150|aircraft]], in [[spring 2027|D|2027-03/2027-05]], "
        "pending certification by the [[U.S.|GPE|United States]] "
        "[[Federal Aviation Administration|ORG]] ([[FAA|ORG|Federal Aviation Administration]]).\n\n"
        "He again attacked the cap of [[32 million|count|32000000|passenger]] passengers a year at "
        "[[Dublin Airport|FAC]], which its operator, [[daa|ORG|DAA]], wants lifted to "
        "[[40 million|count|40000000|passenger]]. Rival [[Aer Lingus|ORG]], part of "
        "[[International Airlines Group|ORG]] ([[IAG|ORG|International Airlines Group]]), began flying "
        "an [[Airbus A321XLR|PRODUCT]] from [[Dublin|GPE]] to [[Nashville|GPE|Nashville, Tennessee]] on "
        "[[July 7|D|2025-07-07]].\n\n"
        "[[Ryanair|ORG]] shares rose [[4.2%|percent|4.2|%]] to [[€24.60|money|24.6|EUR]]. The group "
        "will pay an interim dividend of [[€0.24|money|0.24|EUR]] per share in "
        "[[September|D|2025-09]].\n",
    ),
    (
        "own7-ho-10", "mining", "2025-01-30", None,
        "[[Codelco|ORG]] output rises for [[first|ordinal|1]] time since [[2018|D|2018]]\n\n"
        "[[SANTIAGO|GPE|Santiago]], [[Chile|GPE]] — [[Chile|GPE]]'s state-owned [[Codelco|ORG]] said on "
        "[[Thursday|D|2025-01-30]] that it produced [[1.328 million metric tons|quantity|1328000|t]] of "
        "copper in [[2024|D|2024]], up [[0.9%|percent|0.9|%]], ending [[six years|D|P6Y]] of "
        "decline at the world's biggest copper miner.\n\n"
        "Chairman [[Máximo Pacheco|PERSON]] said the company would invest "
        "[[about US$4.4 billion|money|4400000000|USD]] [[this year|D|2025]], much of it in its "
        "[[Chuquicamata|FAC]] and [[El Teniente|FAC]] mines, where new underground levels are "
        "expected to add [[140,000 tonnes|quantity|140000|t]] a year by [[2027|D|2027]]. Debt stood at "
        "[[nearly $20 billion|money|20000000000|USD]] at [[the end of September|D|2024-09]].\n\n"
        "Output at [[BHP|ORG]]'s [[Escondida|FAC]] mine, the largest in the world, rose "
        "[[16%|percent|16|%]] to [[1.28 million tonnes|quantity|1280000|t]] in "
        "[[the 12 months to June 2024|D|2023-07/2024-06]]. Copper traded at "
        "[[$9,120|money|9120|USD]] a tonne on the [[London Metal Exchange|ORG]] "
        "([[LME|ORG|London Metal Exchange]]), and the [[Chilean|NORP]] peso firmed "
        "[[0.4%|percent|0.4|%]] to [[978|money|978|CLP]] per dollar.\n\n"
        "In [[Panama|GPE]], President [[José Raúl Mulino|PERSON]] said talks with "
        "[[First Quantum Minerals|ORG]] on the [[Cobre Panamá|FAC]] mine, shut since "
        "[[November 2023|D|2023-11]] after mass protests, would start once an audit ends in "
        "[[the first quarter|D|2025-01/2025-03]]. The mine produced [[about 1.5%|percent|1.5|%]] of "
        "global copper before it closed.\n\n"
        "[[Codelco|ORG]] and lithium producer [[SQM|ORG|Sociedad Química y Minera]] signed their joint "
        "venture for the [[Salar de Atacama|LOC]] in [[December|D|2024-12]]; it will run from "
        "[[2025 to 2060|D|2025/2060]], subject to approval by [[China|GPE]]'s market regulator.\n",
    ),
    (
        "own7-ho-11", "wildfire", "2025-06-02", "2025-06-02",
        "Wildfires force [[21,000|count|21000|person]] from homes in [[Manitoba|GPE]]\n\n"
        "[[June 2, 2025|D|2025-06-02]]\n\n"
        "[[WINNIPEG|GPE|Winnipeg]] — [[More than 21,000|count|21000|person]] people have been forced from "
        "their homes in [[Manitoba|GPE]] as wildfires burn across the [[Prairies|LOC|Canadian Prairies]], "
        "and Premier [[Wab Kinew|PERSON]] said on [[Sunday|D|2025-06-01]] that the province's state of "
        "emergency, declared [[last Wednesday|D|2025-05-28]], would stay in place for "
        "[[at least 30 days|D|P30D]].\n\n"
        "Crews in [[Flin Flon|GPE|Flin Flon]], a mining city of [[about 5,000|count|5000|person]] on the "
        "[[Saskatchewan|GPE]] border, held a fire that has burned "
        "[[more than 300,000 hectares|quantity|300000|ha]] to [[about 3 km|quantity|3|km]] from the city's "
        "edge. Sprinklers were set up around the hospital and the [[Hudbay Minerals|ORG]] smelter.\n\n"
        "In [[Saskatchewan|GPE]], Premier [[Scott Moe|PERSON]] said [[La Ronge|GPE]] and "
        "[[Denare Beach|GPE]], where [[about 150|count|150|home]] homes were destroyed "
        "[[last month|D|2025-05]], remained under evacuation orders. The "
        "[[Canadian Interagency Forest Fire Centre|ORG]] listed [[195|count|195|fire]] active fires "
        "nationwide, [[91|count|91|fire]] of them out of control, and "
        "[[1.8 million hectares|quantity|1800000|ha]] burned [[this year|D|2025]].\n\n"
        "Prime Minister [[Mark Carney|PERSON]] said [[Ottawa|GPE]] would send more "
        "[[Canadian Armed Forces|ORG]] aircraft and [[C$50 million|money|50000000|CAD]] in aid. Smoke "
        "drifted into [[Minnesota|GPE]] and [[Wisconsin|GPE]], where air quality alerts run until "
        "[[Tuesday|D|2025-06-03]]. [[Environment and Climate Change Canada|ORG]] forecast rain for "
        "[[Wednesday|D|2025-06-04]], after temperatures near [[30 degrees Celsius|quantity|30|°C]].\n\n"
        "The [[2023|D|2023]] season was [[Canada|GPE]]'s worst on record, with "
        "[[more than 15 million hectares|quantity|15000000|ha]] burned and [[eight|count|8|firefighter]] "
        "firefighters killed.\n",
    ),
    (
        "own7-ho-12", "trade-dispute", "2024-10-30", "2024-10-30",
        "[[EU|ORG|European Union]] duties on [[Chinese|NORP]]-made electric cars take effect\n\n"
        "[[BRUSSELS|GPE|Brussels]], [[30 October 2024|D|2024-10-30]] – The [[European Union|ORG]] began "
        "collecting extra tariffs of [[up to 35.3%|percent|35.3|%]] on electric vehicles imported from "
        "[[China|GPE]] on [[Wednesday|D|2024-10-30]], ending a [[year-long|D|P1Y]] anti-subsidy "
        "investigation and raising the risk of a trade war with [[Beijing|GPE]].\n\n"
        "The duties, which run for [[five years|D|P5Y]], come on top of the standard "
        "[[10%|percent|10|%]] import duty on cars. [[BYD|ORG|BYD Company]] faces an extra "
        "[[17%|percent|17|%]], [[Geely|ORG]] [[18.8%|percent|18.8|%]] and state-owned "
        "[[SAIC Motor|ORG]] [[35.3%|percent|35.3|%]]. [[Tesla|ORG|Tesla, Inc.]], which ships "
        "[[Model 3|PRODUCT|Tesla Model 3]] cars from its [[Shanghai|GPE]] plant, gets the lowest rate, "
        "[[7.8%|percent|7.8|%]].\n\n"
        "Member states split in a vote on [[Oct. 4|D|2024-10-04]]: [[10|count|10|country]] countries "
        "backed the tariffs, [[five|count|5|country]], including [[Germany|GPE]] and [[Hungary|GPE]], "
        "voted against and [[12|count|12|country]] abstained. [[German|NORP]] carmakers "
        "[[Volkswagen|ORG|Volkswagen Group]], [[BMW|ORG]] and [[Mercedes-Benz|ORG|Mercedes-Benz Group]] "
        "sell about a third of their cars in [[China|GPE]] and had lobbied against the measure.\n\n"
        "[[China|GPE]]'s [[Ministry of Commerce|ORG|Ministry of Commerce of the People's Republic of China]] "
        "said it did not accept the ruling and had filed a challenge at the "
        "[[World Trade Organization|ORG]] ([[WTO|ORG|World Trade Organization]]). [[Beijing|GPE]] "
        "imposed provisional deposits of [[up to 39%|percent|39|%]] on [[European|NORP]] brandy "
        "[[earlier this month|D|2024-10]], hitting [[French|NORP]] cognac houses such as "
        "[[Hennessy|ORG]] and [[Rémy Cointreau|ORG]].\n\n"
        "Trade Commissioner [[Valdis Dombrovskis|PERSON]] said talks on minimum prices would continue. "
        "[[Chinese|NORP]] brands held [[about 8%|percent|8|%]] of the [[EU|ORG|European Union]] electric "
        "car market in [[the first half of 2024|D|2024-01/2024-06]], up [[2.5 percentage points|percent|2.5|pp]] "
        "from [[a year earlier|D|2023-01/2023-06]]. [[China|GPE]]'s car exports to the bloc were worth "
        "[[about 90 billion yuan|money|90000000000|CNY]] ([[$12.6 billion|money|12600000000|USD]]) in "
        "[[2023|D|2023]]. The [[United States|GPE]] quadrupled its tariff on [[Chinese|NORP]] EVs to "
        "[[100%|percent|100|%]] in [[September|D|2024-09]], and [[Canada|GPE]] followed on "
        "[[Oct. 1|D|2024-10-01]].\n",
    ),
    (
        "own7-ho-13", "science", "2025-06-24", "2025-06-24",
        "[[LA SERENA|GPE|La Serena]], [[Chile|GPE]], [[June 24|D|2025-06-24]] — The "
        "[[Vera C. Rubin Observatory|FAC]] on [[Cerro Pachón|LOC]] in northern [[Chile|GPE]] released "
        "its [[first|ordinal|1]] images on [[Monday|D|2025-06-23]], showing millions of galaxies and "
        "[[2,104|count|2104|asteroid]] previously unknown asteroids found in just over 10 hours of "
        "observations.\n\n"
        "The observatory, funded by the [[U.S.|GPE|United States]] [[National Science Foundation|ORG]] "
        "([[NSF|ORG|National Science Foundation]]) and the "
        "[[Department of Energy|ORG|United States Department of Energy]] "
        "([[DOE|ORG|United States Department of Energy]]), cost [[about $810 million|money|810000000|USD]] "
        "to build. Its camera, the largest digital camera ever made, weighs "
        "[[3,000 kilograms|quantity|3000|kg]]; it was assembled at the "
        "[[SLAC National Accelerator Laboratory|ORG]] in [[California|GPE]] and flown to [[Chile|GPE]] "
        "in [[May 2024|D|2024-05]]. The telescope's [[8.4-metre|quantity|8.4|m]] main mirror was cast "
        "in [[2008|D|2008]].\n\n"
        "Among the pictures was a mosaic of the [[Trifid Nebula|LOC]] and the [[Lagoon Nebula|LOC]], "
        "[[about 5,000 light-years|quantity|5000|ly]] from [[Earth|LOC]], and a wide view of the "
        "[[Virgo Cluster|LOC]].\n\n"
        "From [[later this year|D|2025]], the telescope will sweep the southern sky for "
        "[[10 years|D|P10Y]] and is expected to catalogue [[about 20 billion|count|20000000000|galaxy]] "
        "galaxies. [[Željko Ivezić|PERSON]], the [[University of Washington|ORG]] astronomer who directs "
        "construction, said the camera had been tested for [[eight weeks|D|P8W]] before the "
        "telescope's [[first|ordinal|1]] observations. Alerts on objects that change in brightness, "
        "[[up to 10 million|count|10000000|alert]] a night, will be public within 60 seconds.\n\n"
        "The observatory is named after [[Vera Rubin|PERSON]], the [[American|NORP]] astronomer whose "
        "work gave evidence of dark matter and who died in [[2016|D|2016]].\n",
    ),
    (
        "own7-ho-14", "transport-strike", "2024-11-29", "2024-11-29",
        "[[ROME|GPE|Rome]], [[Nov 29|D|2024-11-29]] – Trains, buses and metros ran a reduced service "
        "across [[Italy|GPE]] on [[Friday|D|2024-11-29]] as [[two|count|2|union]] of the country's "
        "biggest unions, the [[CGIL|ORG|Italian General Confederation of Labour]] and the "
        "[[UIL|ORG|Italian Labour Union]], staged a general strike against Prime Minister "
        "[[Giorgia Meloni|PERSON]]'s budget for [[2025|D|2025]].\n\n"
        "Transport Minister [[Matteo Salvini|PERSON]] had ordered the rail stoppage cut to four hours, "
        "from 9 a.m. to 1 p.m., citing the right to travel; the unions called the order an attack on "
        "the right to strike. State operator [[Trenitalia|ORG]] cancelled "
        "[[about 40%|percent|40|%]] of regional trains, while high-speed rival [[Italo|ORG]] ran "
        "[[nearly 80%|percent|80|%]] of its timetable.\n\n"
        "In [[Milan|GPE]], [[ATM|ORG|Azienda Trasporti Milanesi]] said [[two|count|2|line]] of its "
        "[[five|count|5|line]] metro lines stayed shut, and in [[Rome|GPE]] [[ATAC|ORG]] ran only the "
        "guaranteed rush-hour bands. [[CGIL|ORG|Italian General Confederation of Labour]] leader "
        "[[Maurizio Landini|PERSON]] told [[about 40,000|count|40000|person]] people in the "
        "[[Piazza del Popolo|FAC]] that wages had lost [[about 9%|percent|9|%]] of their value since "
        "[[2021|D|2021]]. [[Landini|PERSON|Maurizio Landini]] wants the "
        "[[€30 billion|money|30000000000|EUR]] budget to raise public-sector pay by "
        "[[at least 6%|percent|6|%]] over [[three years|D|P3Y]].\n\n"
        "It was the [[third|ordinal|3]] national transport stoppage [[this month|D|2024-11]]. A snap rail "
        "strike on [[Nov. 5|D|2024-11-05]], called after a conductor was stabbed near [[Genoa|GPE]] "
        "[[the previous day|D|2024-11-04]], halted [[about 1,000|count|1000|train]] trains. The grassroots "
        "union [[USB|ORG|Unione Sindacale di Base]] has called a national rail strike for "
        "[[Dec. 13|D|2024-12-13]], and [[Salvini|PERSON|Matteo Salvini]], who also leads the "
        "[[League|ORG|Lega]], said he would again limit it. Parliament must pass "
        "the budget by [[Dec. 31|D|2024-12-31]].\n",
    ),
]
# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Easter 2026 = 5 April; future clause.
        ("2026-03-02", "Repairs to the swing bridge will finish [three days after Easter|2026-04-08], the council said."),
        # The coming Monday (16 June) plus a week (README dev4 reading).
        ("2025-06-11", "The port authority will publish its new tariffs [the Monday after next|2025-06-23]."),
        ("2025-09-01", "Retailers expect the busiest trading day to fall [two weeks before Christmas|2025-12-11]."),
        # March 2026 starts on a Sunday: Thursdays 5, 12, 19, 26.
        ("2026-01-15", "The regulator will hold its public hearing on [the second Thursday of March|2026-03-12]."),
        # Thanksgiving 2025 = 27 November.
        ("2025-11-10", "Ferry services to the island resume [the day after Thanksgiving|2025-11-28]."),
        # An anchored offset with its dated anchor is one span (README).
        ("2024-05-28", "Counting will begin [a day after the June 4 vote|2024-06-05] in all 543 constituencies."),
        # 1 March 2025 is a Saturday.
        ("2025-02-20", "The new bus contract takes effect on [the first Sunday of next month|2025-03-02]."),
    ],
    "range": [
        ("2025-02-10", "The industrial trade fair runs [March 3-7|2025-03-03/2025-03-07] in Hanover."),
        ("2024-08-01", "The coastal road will be closed from [12 to 15 September|2024-09-12/2024-09-15] for resurfacing."),
        ("2025-12-01", "Applications for the grant were accepted between [Jan. 6 and Feb. 2|2025-01-06/2025-02-02]."),
        ("2025-04-10", "The spending review sets department budgets for [2027-2029|2027/2029]."),
        ("2026-03-01", "Farmers expect to sow maize from [mid-May to early June|2026-05/2026-06]."),
        ("2025-10-01", "The company expects the new smelter to ramp up over [Q2-Q3 2026|2026-04/2026-09]."),
        # Future clause from Wednesday 16 July 2025: the coming Friday to the Sunday after it.
        ("2025-07-16", "The museum will be closed [Friday through Sunday|2025-07-18/2025-07-20] while the roof is repaired."),
    ],
    "words": [
        ("2025-03-01", "The harbour was last dredged in [nineteen eighty-six|1986]."),
        ("2024-09-09", "The city hopes to host the games in [two thousand and thirty-six|2036]."),
        ("2025-05-05", "The referendum will be held on [the twenty-first of June|2025-06-21]."),
        ("2026-02-02", "Lending has not been this weak since [the autumn of '08|2008-09/2008-11]."),
        ("2024-10-10", "The border treaty was signed on [the third of October, nineteen ninety|1990-10-03]."),
    ],
    "period": [
        ("2025-03-18", "The airline hopes to restore its full timetable by [mid-year|2025]."),
        # A hedge on a period keeps the period's value: the current quarter.
        ("2025-08-12", "The miner expects to complete the sale by [the close of the quarter|2025-07/2025-09]."),
        ("2024-06-20", "Britain's energy regulator said household bills would fall [this financial year|2024-04/2025-03]."),
        ("2026-02-15", "Home sales slowed sharply [late last year|2025], the agents' federation said."),
        ("2025-09-22", "The inquiry's findings will be published [early next month|2025-10]."),
        ("2024-11-05", "The central bank does not expect inflation to reach its target before [the end of the decade|2020/2029]."),
    ],
    "weekday": [
        ("2025-03-13", "The finance minister resigned on [Tuesday|2025-03-11] after losing a confidence vote."),
        ("2025-03-13", "Parliament will vote on the emergency budget on [Tuesday|2025-03-18]."),
        ("2024-12-04", "Rescuers found the last missing climber [last Saturday|2024-11-30]."),
        ("2024-12-04", "The two leaders are due to meet [next Friday|2024-12-06] in Ankara."),
        ("2025-10-08", "[Monday|2025-10-06]'s meeting of euro zone finance ministers ended without a deal."),
        ("2025-10-08", "Bidders must submit their final offers by [Monday|2025-10-13]."),
        # The reference date's own weekday in a report of the day's events (README reading).
        ("2026-05-20", "Shares in the carmaker fell 4% on [Wednesday|2026-05-20] after it cut its outlook."),
    ],
    "month-tense": [
        ("2025-02-05", "Soybean exports rose 12% in [December|2024-12], customs data showed."),
        ("2025-02-05", "The new congestion charge will apply from [September|2025-09]."),
        ("2024-08-14", "The ceasefire agreed on [July 30|2024-07-30] has largely held."),
        ("2024-08-14", "Regional elections are set for [Nov. 17|2024-11-17]."),
        ("2026-01-20", "Output at the smelter fell after a power cut in [October|2025-10]."),
    ],
    "duration": [
        ("2025-04-22", "The pipeline will be shut for [six weeks|P6W] of maintenance."),
        ("2024-07-01", "The government unveiled a [10-year|P10Y] plan to rebuild the rail network."),
        # "N months ago" is a point at month precision (README).
        ("2025-11-18", "The factory closed [three months ago|2025-08] and its 600 staff were laid off."),
        ("2026-04-09", "The agency must rule within [90 days|P90D] of receiving a complete application."),
        ("2025-01-27", "The drought in the south has lasted [more than two years|P2Y]."),
        ("2024-03-05", "The new interior minister was sworn in [two weeks ago|2024-W08]."),
    ],
    "week": [
        ("2025-05-14", "Wheat futures have climbed 6% [this week|2025-W20]."),
        ("2025-05-14", "The central bank cut its key rate [last week|2025-W19]."),
        ("2026-08-03", "The climate summit will take place in [the week of 14 September|2026-W38]."),
        ("2025-12-01", "Online registration for the census closes in [week 51|2025-W51]."),
    ],
    "season": [
        ("2025-04-02", "Alpine resorts expect record bookings [this summer|2025-06/2025-08]."),
        ("2025-10-15", "Gas storage should be sufficient for [winter 2025-26|2025-12/2026-02], the operator said."),
        ("2025-03-03", "Much of the wheat was sown late [last autumn|2024-09/2024-11] because of heavy rain."),
        ("2025-06-30", "The household survey was carried out in [the spring of 2024|2024-03/2024-05]."),
    ],
    "holiday": [
        ("2025-12-10", "The shopping centre will close early on [Christmas Eve|2025-12-24]."),
        # Good Friday 2026 = 3 April.
        ("2026-02-16", "Airport baggage handlers plan to strike on [Good Friday|2026-04-03]."),
        ("2025-09-15", "The new fuel duty takes effect on [New Year's Day|2026-01-01]."),
        # Past clause; Thanksgiving 2024 = 28 November.
        ("2024-12-01", "The parade was held on [Thanksgiving|2024-11-28] despite the rain."),
    ],
    "negative": [
        ("2025-06-12", "The Sunday Times reported the deal, citing two people familiar with the talks."),
        ("2024-10-02", "The ferry to the island sails every Friday in winter."),
        ("2025-03-25", "Police said the motorway was closed for 40 minutes after the crash."),
        ("2026-01-08", "TGI Fridays has closed 30 restaurants, its owner said."),
        ("2025-07-07", "The March of Dimes paid for the hospital's new neonatal unit."),
    ],
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "[Forty-two thousand|count|42000|fan] fans packed the stadium for the final.",
        "The council approved [one hundred and fifty|count|150|home] new homes on the former airfield.",
        "The carrier plans to hire [two thousand five hundred|count|2500|pilot] pilots by 2030.",
        "Rescuers pulled [seventy-three|count|73|survivor] survivors from the rubble.",
        "The city spent [three and a half million dollars|money|3500000|USD] on the new library.",
        "[nine hundred and ninety-nine|number|999]",
    ],
    "fractions": [
        "The new tram line is [4½ miles|quantity|4.5|mi] long.",
        "The average 30-year mortgage rate rose to [6⅞%|percent|6.875|%].",
        "The pipe measures [2 3/8 inches|quantity|2.375|in] across.",
        "Rainfall was [one and a quarter inches|quantity|1.25|in] above normal for the month.",
        # One percent figure over the whole phrase (own6 reading for "a quarter of a percentage point").
        "The bank cut its deposit rate by [three-eighths of a percentage point|percent|0.375|pp].",
    ],
    "grouping": [
        "The watchmaker paid [CHF 1'250'000|money|1250000|CHF] for the workshop.",
        "The parks service counted [1 204 500|count|1204500|visitor] visitors last year.",
        "The villa near Marbella sold for [€2.400.000|money|2400000|EUR].",
        "The state collected [₹12,34,56,789|money|123456789|INR] in traffic fines.",
        "The register lists [12,500.75 hectares|quantity|12500.75|ha] of vineyards.",
    ],
    "scale": [
        "The start-up raised [$45mn|money|45000000|USD] in its latest funding round.",
        "Annual defence spending will reach [£87bn|money|87000000000|GBP] by the end of the decade.",
        "The app passed [250k|count|250000|download] downloads within days of its launch.",
        "The airport handled [3.4m|count|3400000|passenger] passengers in July.",
        "The group's revenue rose to [¥1.2tn|money|1200000000000|JPY].",
    ],
    "currency": [
        "A night in a Bangkok hotel now costs [฿3,200|money|3200|THB] on average.",
        "Manila set aside [₱5.8 billion|money|5800000000|PHP] for flood control.",
        "The lira weakened past [₺40|money|40|TRY] per dollar on Tuesday.",
        "Kyiv raised [₴25 billion|money|25000000000|UAH] from the sale of war bonds.",
        "The Mexican airline posted a loss of [2,100 million pesos|money|2100000000|MXN].",
        "A single metro ticket in Copenhagen will cost [24 Danish kroner|money|24|DKK].",
        "The Israeli start-up was valued at [₪3.5 billion|money|3500000000|ILS].",
    ],
    "two-unit": [
        "The winning pumpkin weighed [1,064 pounds 8 ounces|quantity|1064.5|lb].",
        "A single bus fare in the city is now [£2 and 40p|money|2.4|GBP].",
        "The centre, who stands [6 feet 9 inches|quantity|6.75|ft], joined the club on loan.",
    ],
    "units": [
        "The offshore wind farm will have a capacity of [1.5 GW|quantity|1.5|GW].",
        "The tanker was carrying [750,000 barrels|quantity|750000|bbl] of crude when it ran aground.",
        "Gusts reached [140 km/h|quantity|140|km/h] on the coast.",
        "The new reservoir holds [45 million cubic metres|quantity|45000000|m3] of water.",
        "The freighter was sailing at [12 knots|quantity|12|kn] when it struck the pier.",
    ],
    "comparator": [
        "The fire destroyed [nearly 1,900|count|1900|building] buildings in the hills above the town.",
        "Average rents in the capital are now [above €1,500|money|1500|EUR] a month.",
        "Each household can claim [at most £300|money|300|GBP] under the scheme.",
        "Lorries of [up to 44 tonnes|quantity|44|t] may use the new bridge.",
        "[Under 5%|percent|5|%] of the budget goes to research.",
    ],
    "range": [
        # A range is two figures; the first takes the scale and unit of the second.
        "The new rail line will cost [£3|money|3000000000|GBP]-[£4 billion|money|4000000000|GBP].",
        "Forecasters expect [15|quantity|15|cm] to [25 centimetres|quantity|25|cm] of snow in the Alps.",
        "Economists expect unemployment of between [4.5|percent|4.5|%] and [5 percent|percent|5|%].",
        "The clinic sees [30|count|30|patient]-[40|count|40|patient] patients a day.",
    ],
    "percent": [
        "The jobless rate fell [0.3 percentage points|percent|0.3|pp] to [4.1%|percent|4.1|%].",
        "Turnout reached [sixty-two per cent|percent|62|%].",
        # Basis points are percentage points divided by 100 (README reading).
        "Mortgage costs rose [75 bps|percent|0.75|pp] over the year.",
        "Exports grew [12.5 pct|percent|12.5|%] year on year.",
        "University fees will rise by [two percent|percent|2|%] in the autumn.",
    ],
    "approximate": [
        "[Some 400|count|400|worker] workers walked out at the plant.",
        "Police put the crowd at [roughly 30,000|count|30000|person].",
        "The stolen cargo was worth [an estimated $18 million|money|18000000|USD].",
    ],
    "tally": [
        "The board voted [6|number|6]-[3|number|3] to approve the merger.",
        "Ireland beat Scotland [27|number|27]-[13|number|13] in Dublin.",
        "The Commons backed the bill [335|number|335] to [260|number|260].",
    ],
    "negative": [
        "Hundreds of thousands of people lined the streets.",
        "One in four households struggles to pay its energy bills.",
        "The Airbus A350-1000 entered service with the airline.",
        "Call the helpline on 0800 555 0199 for advice.",
    ],
}


if __name__ == "__main__":
    build_set(
        "own7",
        "own7-briefs-heldout",
        BRIEFS,
        DATE_CASES,
        FIGURE_CASES,
        source_briefs=SOURCE_BRIEFS,
        source_cases=SOURCE_CASES,
    )

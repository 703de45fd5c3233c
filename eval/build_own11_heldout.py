"""Build the eleventh held-out set: eval/own11-briefs-heldout.jsonl, own11-dates-heldout.jsonl and
own11-figures-heldout.jsonl (FORMAT.md).

Written fresh in session 12 by a helper session that neither read nor ran briefx (no code, tests,
models, samples, scripts, benchmarks or venv; no NLP tool was run on the texts) and opened no
``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it writes and the first
two lines of each ``shared/eval/*-dev.jsonl`` (for the line format). Besides
``shared/eval/ANNOTATION.md``, ``FORMAT.md``, ``README.md`` and ``eval/README.md`` (its table, its
judgement calls and its sections on sets 9 and 10) it read only ``build_own10_heldout.py`` (for
its mechanics, markup and choices) with ``case_marks.py``, and the docstrings of
``date_marks.py`` and ``entity_marks.py``. The texts were written by hand for this set and
annotated inline while writing, by ``shared/eval/ANNOTATION.md`` and the readings in
``eval/README.md`` and the set 10 builder; where all are silent, the choice is listed below.

Briefs: 2024-2025 news of kinds that sets 1-10 did not have, in mixed formats (a golf major with
a leaderboard, a French no-confidence vote under an ALL-CAPS headline, a strike-ending union
contract vote, an OPEC+ output decision as a Q&A explainer, an air crash as a ministry's
numbered briefing, a prisoner exchange as a briefing transcript, a crypto market snapshot with a
price table, a song contest with a points table, an obituary, a grid blackout with a bulleted
key-figures list, a UN agency news release with a note to editors, a city's visitor-fee notice in
labelled fields, an EU sanctions package as a Council press release with bullets, a landslide
situation report with numbered sections), about real institutions, companies, places and office
holders. The events are modelled on real ones but details, quotations and many figures are
invented or approximate and must not be read as reporting. No ``statements`` key: statements are
not scored for this set. Every brief states its own date: ``published`` = ``reference_date``.

Markup (as sets 6-10):
- briefs: ``[[span|TYPE]]`` / ``[[span|TYPE|canonical name]]`` (entity),
  ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]`` (figure), ``[[span|D|value]]`` (date);
- date cases: ``[span|value]``; figure cases: ``[span|kind|value]`` / ``[span|kind|value|unit]``.
The script computes the offsets, asserts ``text[start:end] == span`` for every item, order and
no overlap, known types/kinds, ISO 4217 codes (from a list of real codes, to which this set adds
KWD and GEL), ``%``/``pp``, unit symbols, count nouns, ISO 8601 date values (real days and
months, ISO weeks, ``START/END`` with start before end, durations), that a full-date value of a
span naming a weekday falls on that weekday (both ends for a weekday range), 150-260 words per
brief, that a brief's ``published`` equals its ``reference_date`` and is the value of one of its
date spans, unique ids (prefix ``own11-``) and texts, and that ``shared/eval/score.py F F`` gives
1.000 in every section of each file (the shared scorer, not briefx).

Run from the project root: ``python3 eval/build_own11_heldout.py`` (rewrites the three files).
The mechanics (marks, offsets, checks, writing) are ``eval/case_marks.py``'s, shared by sets 6-11.

Choices where ANNOTATION.md, eval/README.md and the set 10 builder are silent (applied throughout):
- Ages: a hyphenated "35-year-old" is a duration (ANNOTATION.md's "forty-year-old" rule, whatever
  it modifies), "P35Y"; a bare age ("dies at 100") stays untagged, as set 10 left ", 55,";
  "The aircraft was 15 years old" is a duration "P15Y".
- Golf: "the Masters" is EVENT "Masters Tournament" without the year (as set 9 named F1 races);
  scores to par in a leaderboard ("-11") are signed `number` figures, a round or total score
  ("closed with a 66", "both men on 277") a `number`; "four majors" a count of "major". Prizes
  ("Nobel Peace Prize", "green jacket") are untagged: FORMAT.md has no type for awards (OntoNotes
  puts them in WORK_OF_ART). Song titles are untagged likewise.
- Cryptocurrencies ("Bitcoin", "Ether", "Solana", "XRP") are untagged, as currency names are;
  "402,100 bitcoins" is a count of "bitcoin". A signed price move in a table ("+4.1%", "-0.8%")
  is a percent with the sign in the span and the value (ANNOTATION.md's sign rule).
- Oil: "2.2 million bpd" is one quantity span with "bpd" inside, unit "bbl": the rate cannot be
  cut out of the abbreviation (a written-out "barrels a day" would leave "a day" outside). Brent
  crude, like an index, is untagged.
- Transcript: "THE WHITE HOUSE" in a letterhead is ORG "White House" ("THE" outside, a
  determiner); labels "MR. SULLIVAN:" tag the surname (README); a lone given name ("Evan",
  "Paul") after the full name is that person, as set 10 read "Lan". "tonight" is sub-day, untagged;
  "tomorrow" a day.
- Bodies: capitalised back-references are tagged with the full name ("the Assembly" ->
  "National Assembly (France)" or "World Health Assembly", "the Agreement" -> LAW "WHO Pandemic
  Agreement", "the Council" -> "Council of the European Union"); "the 78th World Health
  Assembly" is an ordinal 78 and ORG "World Health Assembly" (the session number is not part of
  the body's name); "Council of the EU" is one ORG span. A named treaty in the making is LAW. An
  annex, a list ("List of World Heritage in Danger"), a scheme ("Access Fee 2025", whose year is
  a date) and a report number ("SITUATION REPORT No. 6", "Briefing No. 3") are untagged titles.
- Places and facilities: gas projects ("Arctic LNG 2"), dams, power plants, metros, stations,
  squares, bridges and briefing rooms are FAC; an artificial island ("Tronchetto") and a river
  are LOC; villages, panchayats and districts GPE with the lower-case generic word outside
  ("Meppadi panchayat" -> "Meppadi"; "Malappuram district" -> "Malappuram", named "Malappuram
  district", the Wikipedia title); "WAYANAD" in a report title is the district. Datelines name
  cities by their Wikipedia titles ("AUGUSTA, Ga." -> "Augusta, Georgia" and "Georgia", the
  disambiguator of the state dropped as set 9 drops them). "Gaza" in "the war in Gaza" is GPE
  "Gaza Strip". "a Democrat" is NORP "Democrat".
- Figures: a hyphenated count keeps the number only ("577-seat" -> 577 "seat", "nine-member" ->
  9 "member"); counts in a table take the noun of the header ("points") and "Missing: 152" the
  noun plain from the text ("person"); "relief camps" -> "camp", "crew members" -> "crew member",
  "Member States" -> "member state"; "88 basis points" -> 0.88 "pp" (set 9); a fee "€5" with its
  fine range "€50 to €300" two figures.
- Dates: "the next six months" in a report of 3 August 2024 is "START/END" anchored on the
  reference date to the day, "2024-08-03/2025-02-03"; "between 18 April and 27 July" keeps
  "between" outside (set 10); "at least four days before the visit" is a duration "P4D" with
  its modifier inside; "the end of the month", "the end of 2026" are the month and the year;
  "for the first time" makes "first" an ordinal; the habitual "every Friday, Saturday and Sunday"
  and the clock times of a notice stay untagged; "two minutes before the crash", "five seconds"
  are sub-day, untagged. A holiday named in a list of fee days ("Easter Monday") is a date.
  "today" in a quotation meaning "now" ("The world is safer today") is generic (ANNOTATION.md's
  "today" meaning nowadays), untagged; "crowds that reach ... a day in spring" is habitual,
  untagged; "extended by a year" is a duration "P1Y".
- Date cases: "the Thursday after next" is the Thursday of the week after next (set 10); "a
  fortnight from today" a point; "last spring" in December is that year's spring (it has ended),
  as set 10 took "last autumn" in November to be the year before's; "fiscal 2024-25" of a Mumbai
  firm April-March; "Q2-Q3 2025" a month range. Negatives: "the Arab Spring" and "the October
  Revolution" (names), "every Saturday morning" (habitual), "ninety minutes" (sub-day),
  "Weekly", "annual" (frequencies).
- Figure cases: "GH₵" GHS, "₱" PHP, "C$" CAD, "Rp" IDR with dots, "R$" BRL, "CHF 1'250'000",
  "lari" GEL, "KWD", "₫" VND, "zlotys" PLN, "₦" NGN, "฿" THB; "2 dollars and 40 cents" -> 2.4
  USD, "6 feet 3 inches" -> 6.25 ft, "2 pounds 8 ounces" -> 2.5 lb (two units); "no more than",
  "almost", "roughly" inside the span. Negatives: "Three in four" (a proportion), a model number
  ("787-9"), "Hundreds of thousands" (vague), "Second, ..." (a discourse adverb).
"""

from __future__ import annotations

import case_marks
from case_marks import build_set

# Codes this set needs beyond the lists sets 6-10 used (both real ISO 4217 codes: "KWD", the
# Kuwaiti dinar; "GEL", the Georgian lari).
case_marks.ISO_4217.update({"KWD", "GEL"})

SOURCE_BRIEFS = (
    "own11: written and annotated by hand for briefx (held-out set 11, session 12) by a helper who "
    "neither read nor ran briefx; real institutions, companies, places and office holders, events "
    "modelled on 2024-2025 news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own11: short cases written and annotated by hand for briefx (held-out set 11, session 12) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

# ---------------------------------------------------------------------------------------------
# Briefs: (id, family, reference_date, published, marked text)
# ---------------------------------------------------------------------------------------------
BRIEFS: list[tuple[str, str, str, str | None, str]] = [
    (
        "own11-ho-01", "golf-major", "2025-04-13", "2025-04-13",
        "[[McIlroy|PERSON|Rory McIlroy]] beats [[Rose|PERSON|Justin Rose]] in playoff to win the "
        "[[Masters|EVENT|Masters Tournament]] and complete career Grand Slam\n\n"
        "[[AUGUSTA|GPE|Augusta, Georgia]], [[Ga.|GPE|Georgia]], [[April 13|D|2025-04-13]] "
        "([[AP|ORG|Associated Press]]) — [[Rory McIlroy|PERSON]] won the "
        "[[Masters|EVENT|Masters Tournament]] on [[Sunday|D|2025-04-13]], beating "
        "[[Justin Rose|PERSON]] on the [[first|ordinal|1]] playoff hole at "
        "[[Augusta National|FAC|Augusta National Golf Club]] to become the [[sixth|ordinal|6]] man "
        "to win all [[four|count|4|major]] majors and ending a wait of "
        "[[nearly 11 years|D|P11Y]] for a [[fifth|ordinal|5]] major title.\n\n"
        "The [[35-year-old|D|P35Y]] [[Northern Irishman|NORP|Northern Irish]] started the day "
        "[[two|count|2|shot]] shots ahead of [[Bryson DeChambeau|PERSON]] and led by "
        "[[four|count|4|shot]] shots after [[10|count|10|hole]] holes, but a double bogey at the "
        "[[13th|ordinal|13]] let [[Rose|PERSON|Justin Rose]], who closed with a [[66|number|66]], "
        "force a playoff with both men on [[277|number|277]]. [[McIlroy|PERSON|Rory McIlroy]] "
        "holed from [[about 3 feet|quantity|3|ft]] to win and collected "
        "[[$4.2 million|money|4200000|USD]] from a record purse of "
        "[[$21 million|money|21000000|USD]].\n\n"
        "He joins [[Gene Sarazen|PERSON]], [[Ben Hogan|PERSON]], [[Gary Player|PERSON]], "
        "[[Jack Nicklaus|PERSON]] and [[Tiger Woods|PERSON]], who last completed the set in "
        "[[2000|D|2000]]. \"I've been carrying this for [[11 years|D|P11Y]],\" "
        "[[McIlroy|PERSON|Rory McIlroy]] said.\n\n"
        "Final leaderboard (to par):\n"
        "[[Rory McIlroy|PERSON]] ([[Northern Ireland|GPE]]) [[-11|number|-11]], won playoff\n"
        "[[Justin Rose|PERSON]] ([[England|GPE]]) [[-11|number|-11]]\n"
        "[[Patrick Reed|PERSON]] ([[United States|GPE]]) [[-9|number|-9]]\n"
        "[[Scottie Scheffler|PERSON]] ([[United States|GPE]]) [[-8|number|-8]]\n"
        "[[Sungjae Im|PERSON]] ([[South Korea|GPE]]) [[-7|number|-7]]\n"
        "[[Bryson DeChambeau|PERSON]] ([[United States|GPE]]) [[-7|number|-7]]\n\n"
        "[[Scheffler|PERSON|Scottie Scheffler]], the [[2024|D|2024]] champion, helped "
        "[[McIlroy|PERSON|Rory McIlroy]] into the green jacket. The next major, the "
        "[[PGA Championship|EVENT]], starts on [[May 15|D|2025-05-15]] at "
        "[[Quail Hollow|FAC|Quail Hollow Club]] in [[Charlotte|GPE|Charlotte, North Carolina]], "
        "[[North Carolina|GPE]].\n",
    ),
    (
        "own11-ho-02", "no-confidence-vote", "2024-12-04", "2024-12-04",
        "[[FRENCH|NORP|French]] GOVERNMENT FALLS AS LAWMAKERS OUST "
        "[[BARNIER|PERSON|Michel Barnier]] IN NO-CONFIDENCE VOTE\n\n"
        "[[PARIS|GPE|Paris]], [[Dec 4|D|2024-12-04]] ([[Reuters|ORG]]) - [[French|NORP]] "
        "lawmakers voted Prime Minister [[Michel Barnier|PERSON]]'s government out of office on "
        "[[Wednesday|D|2024-12-04]], the [[first|ordinal|1]] successful no-confidence vote in "
        "[[France|GPE]] since [[1962|D|1962]], plunging the [[European Union|ORG]]'s "
        "[[second|ordinal|2]]-biggest economy into political crisis.\n\n"
        "A total of [[331|count|331|lawmaker]] lawmakers in the [[577|count|577|seat]]-seat "
        "[[National Assembly|ORG|National Assembly (France)]] backed the motion, well above the "
        "[[288|count|288|vote]] votes needed. It was tabled by the left-wing "
        "[[New Popular Front|ORG]] and backed by [[Marine Le Pen|PERSON]]'s far-right "
        "[[National Rally|ORG]] after [[Barnier|PERSON|Michel Barnier]] used special powers under "
        "Article 49.3 of the constitution on [[Monday|D|2024-12-02]] to push a social security "
        "budget through without a vote.\n\n"
        "[[Barnier|PERSON|Michel Barnier]], appointed by President [[Emmanuel Macron|PERSON]] on "
        "[[Sept. 5|D|2024-09-05]], leaves after [[three months|D|P3M]], the shortest term of any "
        "prime minister of modern [[France|GPE]]. His draft [[2025|D|2025]] budget sought "
        "[[€60 billion|money|60000000000|EUR]] in tax rises and spending cuts to bring the "
        "deficit down to [[5%|percent|5|%]] of output [[next year|D|2025]] from "
        "[[6.1%|percent|6.1|%]] [[this year|D|2024]].\n\n"
        "[[Le Pen|PERSON|Marine Le Pen]] said her party had been left no choice. "
        "[[Jean-Luc Melenchon|PERSON|Jean-Luc Mélenchon]] of "
        "[[France Unbowed|ORG|La France Insoumise]] urged [[Macron|PERSON|Emmanuel Macron]] to "
        "resign; the president, whose term runs until [[2027|D|2027]], has ruled that out and "
        "will address the nation on [[Thursday|D|2024-12-05]].\n\n"
        "The gap between [[French|NORP]] and [[German|NORP]] [[10-year|D|P10Y]] bond yields "
        "widened to [[88 basis points|percent|0.88|pp]], while the euro slipped "
        "[[0.2%|percent|0.2|%]] against the dollar. The [[Assembly|ORG|National Assembly "
        "(France)]] cannot be dissolved again before "
        "[[July|D|2025-07]].\n",
    ),
    (
        "own11-ho-03", "strike-ratification", "2024-11-04", "2024-11-04",
        "[[Boeing|ORG]] machinists accept contract, ending [[53-day|D|P53D]] strike\n\n"
        "[[SEATTLE|GPE|Seattle]], [[Nov 4|D|2024-11-04]] ([[Reuters|ORG]]) - "
        "[[Boeing|ORG]] factory workers in the [[Seattle|GPE]] area and in "
        "[[Portland|GPE|Portland, Oregon]], [[Oregon|GPE]], voted on [[Monday|D|2024-11-04]] to "
        "accept a new contract, ending a strike that began on [[Sept. 13|D|2024-09-13]] and "
        "halted output of the [[737 MAX|PRODUCT|Boeing 737 MAX]], [[767|PRODUCT|Boeing 767]] and "
        "[[777|PRODUCT|Boeing 777]] jets.\n\n"
        "The [[International Association of Machinists and Aerospace Workers|ORG]] "
        "([[IAM|ORG|International Association of Machinists and Aerospace Workers]]) said "
        "[[59%|percent|59|%]] of members voted in favour. The deal gives "
        "[[about 33,000|count|33000|worker]] workers a [[38%|percent|38|%]] pay rise over "
        "[[four years|D|P4Y]] and a ratification bonus of [[$12,000|money|12000|USD]], but does "
        "not restore the traditional pension scrapped in [[2014|D|2014]].\n\n"
        "Members had rejected [[two|count|2|offer]] earlier offers, the [[first|ordinal|1]] by "
        "[[95%|percent|95|%]] on [[Sept. 12|D|2024-09-12]] and the [[second|ordinal|2]] by "
        "[[64%|percent|64|%]] on [[Oct. 23|D|2024-10-23]]. \"Our members can be proud,\" said "
        "[[Jon Holden|PERSON]], president of [[IAM District 751|ORG]].\n\n"
        "Chief Executive [[Kelly Ortberg|PERSON]] said "
        "the company would \"reset the relationship\". Workers can return as soon as "
        "[[Wednesday|D|2024-11-06]] and must be back by [[Nov. 12|D|2024-11-12]] at plants in "
        "[[Renton|GPE|Renton, Washington]] and [[Everett|GPE|Everett, Washington]].\n\n"
        "The walkout cost [[Boeing|ORG]] an estimated [[$100 million|money|100000000|USD]] a day "
        "and deepened its [[third-quarter|D|2024-07/2024-09]] loss to "
        "[[$6.2 billion|money|6200000000|USD]]. The planemaker raised "
        "[[more than $21 billion|money|21000000000|USD]] in a share sale [[last week|D|2024-W44]] "
        "to protect its credit rating. Acting Labor Secretary [[Julie Su|PERSON]] had joined the "
        "talks in [[Seattle|GPE]].\n",
    ),
    (
        "own11-ho-04", "oil-output-explainer", "2024-12-05", "2024-12-05",
        "EXPLAINER-What did [[OPEC+|ORG]] decide on oil output, and why?\n\n"
        "[[LONDON|GPE|London]], [[Dec 5|D|2024-12-05]] ([[Reuters|ORG]]) - [[OPEC+|ORG]] on "
        "[[Thursday|D|2024-12-05]] postponed plans to raise oil output for the "
        "[[third|ordinal|3]] time. Here are the main points.\n\n"
        "WHAT WAS AGREED?\n\n"
        "[[Eight|count|8|member]] members led by [[Saudi Arabia|GPE]] and [[Russia|GPE]] will "
        "start unwinding voluntary cuts of [[2.2 million bpd|quantity|2200000|bbl]] in "
        "[[April|D|2025-04]] instead of [[January|D|2025-01]], and spread the increases over "
        "[[18 months|D|P18M]], until [[September 2026|D|2026-09]]. Group-wide cuts of "
        "[[3.66 million bpd|quantity|3660000|bbl]] were extended by [[a year|D|P1Y]] to "
        "[[the end of 2026|D|2026]]. The [[United Arab Emirates|GPE]] will raise its target by "
        "[[300,000 bpd|quantity|300000|bbl]], phased in from [[April|D|2025-04]].\n\n"
        "WHY THE DELAY?\n\n"
        "Brent crude has fallen [[about 6%|percent|6|%]] [[this year|D|2024]] and traded near "
        "[[$72|money|72|USD]] a barrel. Demand growth in "
        "[[China|GPE]], the biggest importer, has slowed, and the "
        "[[International Energy Agency|ORG]] ([[IEA|ORG|International Energy Agency]]) sees a "
        "surplus of [[more than 1 million bpd|quantity|1000000|bbl]] in [[2025|D|2025]].\n\n"
        "WHO STEERED THE TALKS?\n\n"
        "The meeting, held online, was chaired by "
        "[[Saudi|NORP]] Energy Minister Prince "
        "[[Abdulaziz bin Salman|PERSON|Abdulaziz bin Salman Al Saud]] with [[Russian|NORP]] "
        "Deputy Prime Minister [[Alexander Novak|PERSON]]. The group, which includes the "
        "[[12|count|12|member]] members of the [[Vienna|GPE]]-based [[OPEC|ORG]], pumps "
        "[[about 48%|percent|48|%]] of the world's oil.\n\n"
        "WHAT NEXT?\n\n"
        "[[Kazakhstan|GPE]] and [[Iraq|GPE]], which have pumped above their quotas, must submit "
        "compensation plans by [[the end of the month|D|2024-12]]. The next full ministerial "
        "meeting is on [[May 28|D|2025-05-28]].\n",
    ),
    (
        "own11-ho-05", "air-crash-briefing", "2024-12-30", "2024-12-30",
        "[[MINISTRY OF LAND, INFRASTRUCTURE AND TRANSPORT|ORG|"
        "Ministry of Land, Infrastructure and Transport]]\n"
        "Briefing No. 3 on the [[Jeju Air|ORG]] accident at "
        "[[Muan International Airport|FAC]]\n"
        "[[Sejong|GPE|Sejong City]], [[30 December 2024|D|2024-12-30]]\n\n"
        "1. At about 9:03 a.m. on [[29 December|D|2024-12-29]], [[Jeju Air|ORG]] flight 7C2216, a "
        "[[Boeing 737-800|PRODUCT|Boeing 737 Next Generation]] arriving from "
        "[[Bangkok|GPE]], [[Thailand|GPE]], landed without its landing gear at "
        "[[Muan International Airport|FAC]] in [[South Jeolla Province|GPE]] and struck a "
        "concrete embankment. Of the [[181|count|181|person]] people on board, "
        "[[175|count|175|passenger]] passengers and [[six|count|6|crew member]] crew members, "
        "[[179|count|179|person]] died. [[Two|count|2|flight attendant]] flight attendants were "
        "rescued from the tail and are being treated in [[Seoul|GPE]].\n\n"
        "2. All [[179|count|179|victim]] victims were identified [[today|D|2024-12-30]].\n\n"
        "3. The control tower warned of a bird strike two minutes before the crash; the pilot "
        "declared a mayday a minute later. Both flight recorders were recovered on "
        "[[Sunday|D|2024-12-29]].\n\n"
        "4. The [[Aviation and Railway Accident Investigation Board|ORG]] "
        "([[ARAIB|ORG|Aviation and Railway Accident Investigation Board]]) leads the "
        "investigation with a [[nine|count|9|member]]-member team from the "
        "[[U.S.|GPE|United States]] [[National Transportation Safety Board|ORG]] and "
        "[[Boeing|ORG]].\n\n"
        "5. The embankment, [[about 2 metres|quantity|2|m]] high, stands "
        "[[264 metres|quantity|264|m]] beyond the end of the "
        "[[2,800-metre|quantity|2800|m]] runway. The aircraft was [[15 years|D|P15Y]] old.\n\n"
        "6. Acting President [[Choi Sang-mok|PERSON]] has declared national mourning until "
        "[[4 January|D|2025-01-04]]. [[Muan|FAC|Muan International Airport]] airport stays "
        "closed until [[7 January|D|2025-01-07]].\n\n"
        "7. Special inspections of all [[101|count|101|aircraft]] "
        "[[Boeing 737-800|PRODUCT|Boeing 737 Next Generation]] aircraft flown by "
        "[[six|count|6|airline]] [[South Korean|NORP]] airlines run from "
        "[[31 December to 3 January|D|2024-12-31/2025-01-03]].\n\n"
        "8. It is the deadliest air accident on [[South Korean|NORP]] soil. [[Jeju Air|ORG]], "
        "a low-cost carrier, has cut its winter flights by "
        "[[up to 10%|percent|10|%]].\n",
    ),
    (
        "own11-ho-06", "prisoner-swap-transcript", "2024-08-01", "2024-08-01",
        "THE [[WHITE HOUSE|ORG|White House]]\n"
        "Press briefing by National Security Advisor [[Jake Sullivan|PERSON]] on the prisoner "
        "exchange with [[Russia|GPE]]\n"
        "[[August 1, 2024|D|2024-08-01]]\n"
        "[[James S. Brady Press Briefing Room|FAC]]\n\n"
        "MR. [[SULLIVAN|PERSON|Jake Sullivan]]: Good afternoon. A few hours ago in "
        "[[Ankara|GPE]], [[16|count|16|person]] people held in [[Russia|GPE]] and "
        "[[Belarus|GPE]] walked free, among them [[Evan Gershkovich|PERSON]] of "
        "[[The Wall Street Journal|ORG]], [[Paul Whelan|PERSON]] and [[Alsu Kurmasheva|PERSON]] "
        "of [[Radio Free Europe/Radio Liberty|ORG]]. In exchange, [[eight|count|8|person]] "
        "people held in the [[United States|GPE]], [[Germany|GPE]], [[Poland|GPE]], "
        "[[Slovenia|GPE]] and [[Norway|GPE]] were returned to [[Russia|GPE]], including "
        "[[Vadim Krasikov|PERSON]].\n\n"
        "[[Evan|PERSON|Evan Gershkovich]] spent [[491 days|D|P491D]] in detention. He was "
        "arrested in [[Yekaterinburg|GPE]] in [[March 2023|D|2023-03]] and sentenced on "
        "[[July 19|D|2024-07-19]] to [[16 years|D|P16Y]]. [[Paul|PERSON|Paul Whelan]], who served "
        "in the "
        "[[U.S. Marine Corps|ORG|United States Marine Corps]], had been held since "
        "[[December 2018|D|2018-12]]. [[Vladimir Kara-Murza|PERSON]] was serving "
        "[[25 years|D|P25Y]].\n\n"
        "I want to thank [[Turkey|GPE]]'s intelligence service, "
        "[[MIT|ORG|National Intelligence Organization (Turkey)]], and [[German|NORP]] Chancellor "
        "[[Olaf Scholz|PERSON]], with whom the President spoke on [[Wednesday|D|2024-07-31]]. "
        "The [[three|count|3|plane]] planes will land at [[Joint Base Andrews|FAC]] tonight.\n\n"
        "Q: How long did this take?\n\n"
        "MR. [[SULLIVAN|PERSON|Jake Sullivan]]: Talks began in earnest [[last year|D|2023]]. The "
        "President raised it with leaders in [[more than 10|count|10|meeting]] meetings since "
        "[[January|D|2024-01]].\n\n"
        "Q: Did the [[United States|GPE]] pay any money?\n\n"
        "MR. [[SULLIVAN|PERSON|Jake Sullivan]]: No. No money changed hands and no sanctions were "
        "lifted. President [[Biden|PERSON|Joe Biden]] will greet the families "
        "[[tomorrow|D|2024-08-02]] as well, and [[Evan|PERSON|Evan Gershkovich]]'s parents flew "
        "in from [[Philadelphia|GPE]].\n",
    ),
    (
        "own11-ho-07", "crypto-market-snapshot", "2024-12-05", "2024-12-05",
        "Bitcoin tops [[$100,000|money|100000|USD]] for the [[first|ordinal|1]] time after "
        "[[Trump|PERSON|Donald Trump]] picks crypto-friendly [[SEC|ORG|"
        "U.S. Securities and Exchange Commission]] chief\n\n"
        "[[SINGAPORE|GPE|Singapore]]/[[LONDON|GPE|London]], [[Dec 5|D|2024-12-05]] "
        "([[Reuters|ORG]]) - Bitcoin rose above [[$100,000|money|100000|USD]] for the "
        "[[first|ordinal|1]] time on [[Thursday|D|2024-12-05]] after President-elect "
        "[[Donald Trump|PERSON]] said he would nominate [[Paul Atkins|PERSON|Paul S. Atkins]] to "
        "lead the "
        "[[Securities and Exchange Commission|ORG|U.S. Securities and Exchange Commission]]. The "
        "current chair, [[Gary Gensler|PERSON]], "
        "steps down on [[Jan. 20|D|2025-01-20]].\n\n"
        "The biggest cryptocurrency has gained [[about 45%|percent|45|%]] since "
        "[[Trump|PERSON|Donald Trump]]'s election win on [[Nov. 5|D|2024-11-05]] and "
        "[[more than 135%|percent|135|%]] [[this year|D|2024]]. It fell briefly on "
        "[[Tuesday|D|2024-12-03]] when [[South Korean|NORP]] President "
        "[[Yoon Suk Yeol|PERSON]] declared martial law.\n\n"
        "MARKET SNAPSHOT (0900 GMT)\n"
        "Bitcoin [[$103,420|money|103420|USD]] [[+4.1%|percent|4.1|%]]\n"
        "Ether [[$3,890|money|3890|USD]] [[+1.2%|percent|1.2|%]]\n"
        "Solana [[$238|money|238|USD]] [[-0.8%|percent|-0.8|%]]\n"
        "XRP [[$2.55|money|2.55|USD]] [[+9.6%|percent|9.6|%]]\n"
        "Total crypto market value: [[$3.7 trillion|money|3700000000000|USD]]\n\n"
        "[[U.S.|GPE|United States]] spot bitcoin exchange-traded funds, launched in "
        "[[January|D|2024-01]], took in [[$676 million|money|676000000|USD]] on "
        "[[Wednesday|D|2024-12-04]], led by [[BlackRock|ORG]]. Software firm "
        "[[MicroStrategy|ORG]], run by [[Michael Saylor|PERSON]], holds "
        "[[402,100|count|402100|bitcoin]] bitcoins bought for "
        "[[about $23.4 billion|money|23400000000|USD]].\n\n"
        "Analysts at [[Standard Chartered|ORG]] see bitcoin at [[$200,000|money|200000|USD]] by "
        "[[the end of 2025|D|2025]]. In [[Seoul|GPE]], trading volume on [[Upbit|ORG]] hit "
        "[[14 trillion won|money|14000000000000|KRW]] during the turmoil on "
        "[[Tuesday|D|2024-12-03]].\n",
    ),
    (
        "own11-ho-08", "song-contest-table", "2024-05-12", "2024-05-12",
        "[[Switzerland|GPE]]'s [[Nemo|PERSON]] wins "
        "[[Eurovision|EVENT|Eurovision Song Contest 2024]] in [[Malmo|GPE|Malmö]] marked by "
        "protests\n\n"
        "[[MALMO|GPE|Malmö]], [[Sweden|GPE]], [[May 12|D|2024-05-12]] "
        "([[AFP|ORG|Agence France-Presse]]) - [[Swiss|NORP]] singer [[Nemo|PERSON]] won the "
        "[[Eurovision Song Contest|EVENT|Eurovision Song Contest 2024]] early on "
        "[[Sunday|D|2024-05-12]] with \"The Code\", scoring [[591|count|591|point]] points to "
        "[[547|count|547|point]] for [[Croatia|GPE]]'s [[Baby Lasagna|PERSON]].\n\n"
        "[[Nemo|PERSON]], the [[first|ordinal|1]] non-binary winner, gave [[Switzerland|GPE]] its "
        "[[third|ordinal|3]] victory, after [[Lys Assia|PERSON]] in [[1956|D|1956]] and "
        "[[Celine Dion|PERSON|Céline Dion]] in [[1988|D|1988]]. National juries gave the song "
        "[[365|count|365|point]] points and viewers [[226|count|226|point]].\n\n"
        "Final result (top five, points):\n"
        "[[Switzerland|GPE]] [[591|count|591|point]]\n"
        "[[Croatia|GPE]] [[547|count|547|point]]\n"
        "[[Ukraine|GPE]] [[453|count|453|point]]\n"
        "[[France|GPE]] [[445|count|445|point]]\n"
        "[[Israel|GPE]] [[375|count|375|point]]\n\n"
        "[[Israeli|NORP]] entrant [[Eden Golan|PERSON]] came [[fifth|ordinal|5]] after taking "
        "[[323|count|323|point]] points from the public vote. [[About 12,000|count|12000|person]] "
        "people had marched through [[Malmo|GPE|Malmö]] on [[Thursday|D|2024-05-09]] against "
        "[[Israel|GPE]]'s participation in the war in [[Gaza|GPE|Gaza Strip]].\n\n"
        "The [[European Broadcasting Union|ORG]] ([[EBU|ORG|European Broadcasting Union]]) "
        "disqualified [[Dutch|NORP]] act [[Joost Klein|PERSON]] on [[Saturday|D|2024-05-11]] "
        "after a complaint by a [[Swedish|NORP]] camerawoman, leaving [[25|count|25|country]] "
        "countries in the final at the [[Malmo Arena|FAC|Malmö Arena]]. [[Sweden|GPE]] hosted "
        "after [[Loreen|PERSON]] won in [[Liverpool|GPE]] [[last year|D|2023]], the event's "
        "[[67th|ordinal|67]] edition.\n\n"
        "[[Switzerland|GPE]] will host the contest in [[May 2025|D|2025-05]]; [[Swiss|NORP]] "
        "broadcaster [[SRG SSR|ORG]] is to name the city by [[the end of August|D|2024-08]].\n",
    ),
    (
        "own11-ho-09", "obituary", "2024-12-29", "2024-12-29",
        "[[Jimmy Carter|PERSON]], [[39th|ordinal|39]] [[U.S.|GPE|United States]] president and "
        "peace campaigner, dies at 100\n\n"
        "[[PLAINS|GPE|Plains, Georgia]], [[Ga.|GPE|Georgia]], [[Dec 29|D|2024-12-29]] "
        "([[AP|ORG|Associated Press]]) — [[Jimmy Carter|PERSON]], the peanut farmer who served "
        "[[one|count|1|term]] term as president and spent his later years "
        "promoting peace and health, died on [[Sunday|D|2024-12-29]] at his home in "
        "[[Plains|GPE|Plains, Georgia]], the [[Carter Center|ORG]] said. He was the longest-lived "
        "[[American|NORP]] president.\n\n"
        "Born on [[Oct. 1, 1924|D|1924-10-01]], [[Carter|PERSON|Jimmy Carter]] graduated from "
        "the [[U.S. Naval Academy|ORG|United States Naval Academy]] in [[1946|D|1946]] and was "
        "governor of [[Georgia|GPE]] from [[1971 to 1975|D|1971/1975]]. A [[Democrat|NORP]], he "
        "defeated President [[Gerald Ford|PERSON]] in [[1976|D|1976]] and lost to "
        "[[Ronald Reagan|PERSON]] in [[1980|D|1980]], as the hostage crisis in [[Iran|GPE]] "
        "dragged on for [[444 days|D|P444D]].\n\n"
        "His presidency's high point was the [[Camp David Accords|LAW]] of "
        "[[September 1978|D|1978-09]], which led to a peace treaty between [[Egypt|GPE]] and "
        "[[Israel|GPE]] in [[March 1979|D|1979-03]]. He founded the [[Carter Center|ORG]] in "
        "[[Atlanta|GPE]] in [[1982|D|1982]] and won the Nobel Peace Prize in [[2002|D|2002]]. "
        "Its campaign against Guinea worm disease cut cases from "
        "[[about 3.5 million|count|3500000|case]] to just [[14|count|14|case]].\n\n"
        "[[Carter|PERSON|Jimmy Carter]] entered hospice care in [[February 2023|D|2023-02]]. "
        "His wife [[Rosalynn|PERSON|Rosalynn Carter]] died on [[Nov. 19, 2023|D|2023-11-19]], "
        "after "
        "[[77 years|D|P77Y]] of marriage. He is survived by [[four|count|4|child]] children and "
        "[[11|count|11|grandchild]] grandchildren.\n\n"
        "President [[Joe Biden|PERSON]] declared [[Jan. 9|D|2025-01-09]] a national day of "
        "mourning. A state funeral will be held at [[Washington National Cathedral|FAC]] before "
        "burial in [[Plains|GPE|Plains, Georgia]], beside "
        "[[Rosalynn|PERSON|Rosalynn Carter]].\n",
    ),
    (
        "own11-ho-10", "grid-blackout", "2025-04-29", "2025-04-29",
        "[[Spain|GPE]] and [[Portugal|GPE]] restore power after unprecedented blackout\n\n"
        "[[MADRID|GPE|Madrid]]/[[LISBON|GPE|Lisbon]], [[April 29|D|2025-04-29]] "
        "([[Reuters|ORG]]) - Power was back across [[Spain|GPE]] and [[Portugal|GPE]] on "
        "[[Tuesday|D|2025-04-29]] after [[Monday|D|2025-04-28]]'s blackout, the worst in "
        "[[Europe|LOC]] in [[two decades|D|P20Y]], as grid operators sought its cause.\n\n"
        "[[Spanish|NORP]] grid operator [[Red Electrica|ORG|Red Eléctrica de España]] said "
        "[[99.95%|percent|99.95|%]] of demand had been restored by early morning.\n\n"
        "Key figures:\n"
        "• [[15 gigawatts|quantity|15|GW]] of generation, [[about 60%|percent|60|%]] of "
        "[[Spain|GPE]]'s demand at the time, vanished in five seconds\n"
        "• [[More than 35,000|count|35000|passenger]] passengers were rescued from trains\n"
        "• [[Seven|count|7|death]] deaths were linked to the outage\n"
        "• Losses are put at [[€1.6 billion|money|1600000000|EUR]] by the employers' group "
        "[[CEOE|ORG|Spanish Confederation of Employers' Organizations]]\n\n"
        "Prime Minister [[Pedro Sanchez|PERSON|Pedro Sánchez]] said no hypothesis, including a "
        "cyberattack, had been ruled out, and that an inquiry could take "
        "[[up to three months|D|P3M]]. [[Portuguese|NORP]] Prime Minister "
        "[[Luis Montenegro|PERSON|Luís Montenegro]] said [[Portugal|GPE]]'s operator "
        "[[REN|ORG|Redes Energéticas Nacionais]] had rebuilt the network with help from the "
        "[[Castelo do Bode|FAC|Castelo do Bode Dam]] dam.\n\n"
        "Trains on the [[Madrid Metro|FAC]] stopped between stations, and the "
        "[[Madrid Open|EVENT]] tennis tournament suspended play. The "
        "[[Almaraz|FAC|Almaraz Nuclear Power Plant]] nuclear plant shut down safely.\n\n"
        "Links with [[France|GPE]] carry [[about 3%|percent|3|%]] of [[Spain|GPE]]'s capacity, "
        "below the [[EU|ORG|European Union]] goal of [[15%|percent|15|%]] by [[2030|D|2030]]. "
        "[[French|NORP]] operator [[RTE|ORG|Réseau de Transport d'Électricité]] sent "
        "[[about 1 GW|quantity|1|GW]] south during the restart. The [[European Commission|ORG]] "
        "will discuss the outage with energy ministers in [[May|D|2025-05]].\n",
    ),
    (
        "own11-ho-11", "un-press-release", "2025-05-20", "2025-05-20",
        "[[World Health Assembly|ORG]] adopts [[WHO Pandemic Agreement|LAW]]\n\n"
        "News release\n\n"
        "[[GENEVA|GPE|Geneva]], [[20 May 2025|D|2025-05-20]] — The [[78th|ordinal|78]] "
        "[[World Health Assembly|ORG]] [[today|D|2025-05-20]] adopted the "
        "[[WHO Pandemic Agreement|LAW]], the result of [[more than three years|D|P3Y]] of "
        "negotiations that governments launched in [[December 2021|D|2021-12]] in response to "
        "the COVID-19 pandemic.\n\n"
        "On [[Monday|D|2025-05-19]], a committee of the [[Assembly|ORG|World Health Assembly]] "
        "approved the text by "
        "[[124|count|124|vote]] votes in favour, with no objections and [[11|count|11|abstention]] "
        "abstentions, among them [[Poland|GPE]], [[Israel|GPE]], [[Italy|GPE]], "
        "[[Russia|GPE]] and [[Slovakia|GPE]].\n\n"
        "\"The world is safer today,\" said [[WHO|ORG|World Health Organization]] "
        "Director-General Dr [[Tedros Adhanom Ghebreyesus|PERSON]].\n\n"
        "Under the [[Agreement|LAW|WHO Pandemic Agreement]], manufacturers taking part will make "
        "[[20%|percent|20|%]] of their real-time production of vaccines, medicines and tests "
        "available to [[WHO|ORG|World Health Organization]] in a pandemic, "
        "[[at least 10%|percent|10|%]] of it as a donation and the rest at affordable prices.\n\n"
        "Next steps\n\n"
        "An intergovernmental working group will negotiate an annex on pathogen access and "
        "benefit sharing, to be considered at the [[79th|ordinal|79]] "
        "[[World Health Assembly|ORG]] in [[May 2026|D|2026-05]]. The [[Agreement|LAW|"
        "WHO Pandemic Agreement]] will then open for signature and enter into force "
        "[[30 days|D|P30D]] after the [[60th|ordinal|60]] ratification.\n\n"
        "The negotiations were led by [[Precious Matsoso|PERSON]] of [[South Africa|GPE]] and "
        "[[Anne-Claire Amprou|PERSON]] of [[France|GPE]]. The [[United States|GPE]], which "
        "announced its withdrawal from [[WHO|ORG|World Health Organization]] on "
        "[[20 January|D|2025-01-20]], did not take part; [[Argentina|GPE]] has also "
        "said it will leave.\n\n"
        "Note to editors\n\n"
        "[[WHO|ORG|World Health Organization]] has [[194|count|194|member state]] Member States. "
        "The [[Assembly|ORG|World Health Assembly]] closes on "
        "[[27 May|D|2025-05-27]] at the [[Palais des Nations|FAC]]. The "
        "[[Assembly|ORG|World Health Assembly]] also approved a base budget of "
        "[[$4.2 billion|money|4200000000|USD]] for [[2026-2027|D|2026/2027]].\n",
    ),
    (
        "own11-ho-12", "municipal-notice", "2025-03-20", "2025-03-20",
        "CITY OF [[VENICE|GPE|Venice]]\n"
        "Access Fee [[2025|D|2025]]: notice to day visitors\n"
        "[[Venice|GPE]], [[20 March 2025|D|2025-03-20]]\n\n"
        "What: Day visitors to the historic centre of [[Venice|GPE]] must pay an access fee on "
        "set days between [[18 April and 27 July|D|2025-04-18/2025-07-27]].\n\n"
        "Fee: [[€5|money|5|EUR]] if booked [[at least four days|D|P4D]] before the visit; "
        "[[€10|money|10|EUR]] otherwise.\n\n"
        "Days: every Friday, Saturday and Sunday from [[18 April|D|2025-04-18]], plus "
        "[[Easter Monday|D|2025-04-21]], [[25 April|D|2025-04-25]], [[1 May|D|2025-05-01]] and "
        "[[2 June|D|2025-06-02]].\n\n"
        "Hours: 8.30am to 4pm.\n\n"
        "Exempt: residents of the [[Veneto|GPE]] region, students and workers in the city, "
        "children, and visitors staying overnight in the municipality, who pay the "
        "tourist tax instead.\n\n"
        "Checks: stewards will check QR codes at [[Santa Lucia|FAC|Venezia Santa Lucia railway "
        "station]] station, [[Piazzale Roma|FAC]], [[Tronchetto|LOC]] and the "
        "[[Rialto Bridge|FAC]]. Visitors without a code face fines of [[€50|money|50|EUR]] to "
        "[[€300|money|300|EUR]].\n\n"
        "Results of the trial: in [[2024|D|2024]], [[485,062|count|485062|payment]] payments "
        "raised [[about €2.4 million|money|2400000|EUR]], against a cost of running the scheme "
        "of [[nearly €3 million|money|3000000|EUR]]. On the busiest day, "
        "[[15,700|count|15700|visitor]] visitors paid.\n\n"
        "Mayor [[Luigi Brugnaro|PERSON]] said the fee was \"not a ticket to the city\" but a "
        "way to manage crowds that reach [[more than 100,000|count|100000|person]] people a day "
        "in spring. Tourism councillor [[Simone Venturini|PERSON]] said "
        "[[UNESCO|ORG]], which had decided against listing "
        "[[Venice|GPE]] as endangered, would receive a report by [[June|D|2025-06]].\n\n"
        "Bookings are open online. Groups are limited to "
        "[[25|count|25|person]] people, and loudspeakers are banned around "
        "[[St Mark's Square|FAC|Piazza San Marco]].\n",
    ),
    (
        "own11-ho-13", "sanctions-package", "2024-06-24", "2024-06-24",
        "[[Russia|GPE]]'s war of aggression against [[Ukraine|GPE]]: "
        "[[EU|ORG|European Union]] adopts [[14th|ordinal|14]] package of economic and "
        "individual sanctions\n\n"
        "[[Council of the EU|ORG|Council of the European Union]]\n"
        "Press release\n"
        "[[24 June 2024|D|2024-06-24]]\n\n"
        "The [[Council|ORG|Council of the European Union]] [[today|D|2024-06-24]] adopted a "
        "[[14th|ordinal|14]] package of restrictive measures against [[Russia|GPE]], aimed at "
        "high-value sectors of its economy. The package:\n\n"
        "• bans the reloading in [[EU|ORG|European Union]] ports of [[Russian|NORP]] liquefied "
        "natural gas for onward shipment to third countries, after a "
        "[[nine-month|D|P9M]] transition period;\n"
        "• bans new investment in, and goods for, gas projects under construction such as "
        "[[Arctic LNG 2|FAC]] and [[Murmansk LNG|FAC]];\n"
        "• adds [[27|count|27|vessel]] vessels to the list of ships denied access to ports;\n"
        "• adds [[61|count|61|entity]] entities, [[19|count|19|entity]] of them in "
        "[[China|GPE]] and [[Hong Kong|GPE]], to the list of firms that support "
        "[[Russia|GPE]]'s military-industrial complex;\n"
        "• lists [[69|count|69|individual]] individuals and [[47|count|47|entity]] entities, "
        "bringing the total to [[more than 2,200|count|2200|listing]] listings.\n\n"
        "High Representative [[Josep Borrell|PERSON]] said the measures would \"further deprive "
        "[[Russia|GPE]] of key technologies\".\n\n"
        "Background\n\n"
        "Since [[February 2022|D|2022-02]] the [[EU|ORG|European Union]] has given [[Ukraine|GPE]] "
        "[[more than €88 billion|money|88000000000|EUR]] in support and immobilised "
        "[[about €210 billion|money|210000000000|EUR]] of [[Russian|NORP]] central bank assets. "
        "[[Hungary|GPE]] delayed the package for [[two months|D|P2M]], and [[Germany|GPE]] sought "
        "changes to a clause on subsidiaries outside the bloc. [[Belarus|GPE]] is covered by "
        "parallel measures. The [[13th|ordinal|13]] package was adopted on "
        "[[23 February|D|2024-02-23]]. The [[European Council|ORG]] will discuss [[Ukraine|GPE]] "
        "on [[27-28 June|D|2024-06-27/2024-06-28]] in [[Brussels|GPE]].\n",
    ),
    (
        "own11-ho-14", "landslide-sitrep", "2024-08-03", "2024-08-03",
        "[[KERALA STATE DISASTER MANAGEMENT AUTHORITY|ORG|Kerala State Disaster Management "
        "Authority]]\n"
        "SITUATION REPORT No. 6: [[WAYANAD|GPE|Wayanad district]] LANDSLIDES\n"
        "[[Thiruvananthapuram|GPE]], [[3 August 2024|D|2024-08-03]]\n\n"
        "1. Overview\n"
        "• Landslides struck [[Mundakkai|GPE]], [[Chooralmala|GPE]] and [[Punchirimattom|GPE]] "
        "in [[Meppadi|GPE]] panchayat, [[Wayanad|GPE|Wayanad district]], in the early hours of "
        "[[30 July|D|2024-07-30]], after [[572 mm|quantity|572|mm]] of rain in "
        "[[two days|D|P2D]].\n"
        "• Confirmed deaths: [[218|count|218|death]]. Missing: [[152|count|152|person]].\n"
        "• Bodies have been recovered as far as [[40 km|quantity|40|km]] downstream in the "
        "[[Chaliyar|LOC]] river in [[Malappuram|GPE|Malappuram district]] district.\n\n"
        "2. Rescue\n"
        "• [[Over 1,300|count|1300|rescuer]] rescuers from the [[Indian Army|ORG]], the "
        "[[National Disaster Response Force|ORG]] ([[NDRF|ORG|National Disaster Response "
        "Force]]), fire services and police are deployed.\n"
        "• The [[Madras Engineer Group|ORG]] opened a [[190-foot|quantity|190|ft]] Bailey bridge "
        "to [[Mundakkai|GPE]] on [[1 August|D|2024-08-01]].\n\n"
        "3. Relief\n"
        "• [[10,042|count|10042|person]] people are staying in [[93|count|93|camp]] relief "
        "camps.\n"
        "• Chief Minister [[Pinarayi Vijayan|PERSON]] announced [[₹6 lakh|money|600000|INR]] for "
        "the family of each person killed; the state has released "
        "[[₹5 crore|money|50000000|INR]] for immediate relief.\n"
        "• [[Rahul Gandhi|PERSON]], Leader of the Opposition in the [[Lok Sabha|ORG]], visited "
        "the camps on [[1 August|D|2024-08-01]] and [[2 August|D|2024-08-02]].\n\n"
        "4. Outlook\n"
        "• The [[India Meteorological Department|ORG]] ([[IMD|ORG|India Meteorological "
        "Department]]) has issued an orange alert for [[Wayanad|GPE|Wayanad district]] until "
        "[[5 August|D|2024-08-05]].\n"
        "• The [[Geological Survey of India|ORG]] will map slopes in [[Kerala|GPE]]'s "
        "[[14|count|14|district]] districts over [[the next six months|D|2024-08-03/2025-02-03]].\n"
        "• Next report: [[4 August 2024|D|2024-08-04]].\n",
    ),
]


# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Easter 2025 = Sunday 20 April, Easter Monday 21 April; two weeks on is 5 May.
        ("2025-02-12", "The lagoon ferry resumes [two weeks after Easter Monday|2025-05-05]."),
        # Wednesday 9 October 2024 (W41): the week after next is W43, its Thursday the 24th.
        ("2024-10-09", "The tribunal rules [the Thursday after next|2024-10-24]."),
        ("2026-03-02", "Nominations close [five days before the 20 April vote|2026-04-15]."),
        ("2025-07-07", "The harbour board meets on [the last Friday of August|2025-08-29]."),
        ("2024-02-14", "The grain cargo reached Mombasa [three days ago|2024-02-11]."),
        ("2025-11-18", "The nickel mine reopens [a fortnight from today|2025-12-02]."),
        # October 2026: Tuesdays 6, 13, 20, 27.
        ("2026-09-15", "The audit is due [the second Tuesday of next month|2026-10-13]."),
    ],
    "range": [
        ("2025-03-03", "The book fair in Abu Dhabi runs [April 26-May 5|2025-04-26/2025-05-05]."),
        # Wednesday 19 June 2024, future clause: Thursday 20 to Saturday 22.
        ("2024-06-19", "The runway at Goma will be shut from [Thursday to Saturday|2024-06-20/2024-06-22]."),
        ("2025-10-14", "Rice exports from Thailand fell over [Q2-Q3 2025|2025-04/2025-09]."),
        ("2026-01-12", "Entries were accepted from [28 November 2025 to 9 January|2025-11-28/2026-01-09]."),
        ("2024-08-28", "The household survey covers [2016-2023|2016/2023]."),
        ("2025-05-02", "Dredging of the channel will run from [late June to early September|2025-06/2025-09]."),
        ("2025-09-03", "Early voting in the county runs [Sept. 22-26|2025-09-22/2025-09-26]."),
    ],
    "words": [
        ("2024-11-11", "The lighthouse at Cape Agulhas was built in [eighteen forty-eight|1848]."),
        ("2025-06-30", "The border treaty was signed in [two thousand and twelve|2012]."),
        ("2026-02-02", "The land court sits on [the twenty-first of April|2026-04-21]."),
        ("2025-08-08", "The brewery was listed in [the autumn of '98|1998-09/1998-11]."),
        ("2024-03-25", "The republic was proclaimed on [the fifth of October, nineteen ten|1910-10-05]."),
    ],
    "period": [
        ("2025-09-01", "Tourist arrivals in Bali rose in [the first eight months of the year|2025-01/2025-08]."),
        ("2026-03-10", "Coffee exports weakened in [the first half of last year|2025-01/2025-06]."),
        ("2024-10-30", "The insurer expects claims to ease by [end-2025|2025]."),
        # An Indian financial year runs April-March (README).
        ("2025-04-15", "The Mumbai developer's revenue rose in [fiscal 2024-25|2024-04/2025-03]."),
        ("2024-07-22", "Results for [the three months to June|2024-04/2024-06] beat forecasts."),
        # A hedge on a month keeps the month; in a future clause it is the coming January.
        ("2025-12-03", "The board will decide by [mid-January|2026-01]."),
        ("2026-05-05", "Car sales slipped in [the January-March quarter|2026-01/2026-03]."),
        ("2024-09-09", "Output will pick up in [the final months of the year|2024]."),
    ],
    "weekday": [
        ("2025-02-19", "The pilots' union walked out on [Monday|2025-02-17]."),
        ("2025-02-19", "The container port will reopen on [Monday|2025-02-24]."),
        ("2024-10-17", "[Saturday|2024-10-12]'s derby in Cairo ended goalless."),
        ("2024-10-17", "Traders await [next Wednesday|2024-10-23]'s rate decision."),
        # The reference date's own weekday in a report of the day (README reading).
        ("2026-06-05", "The bridge at Chittagong reopened on [Friday|2026-06-05] after repairs."),
        ("2025-11-26", "The assembly approved the budget on [Monday|2025-11-24] and the governor signs it on [Friday|2025-11-28]."),
        ("2024-12-30", "Officials said on [Sunday|2024-12-29] that the crossing would reopen on [Wednesday|2025-01-01]."),
    ],
    "month-tense": [
        ("2025-04-09", "Steel output in Hebei dropped in [December|2024-12]."),
        ("2025-04-09", "The new bridge in Kigali opens in [December|2025-12]."),
        ("2024-11-20", "The donor conference is set for [January 15|2025-01-15]."),
        ("2026-02-11", "The Nile at Aswan reached a record low on [December 30|2025-12-30]."),
        ("2025-08-26", "Tariff talks will resume in [February|2026-02], the minister said."),
    ],
    "duration": [
        ("2024-04-08", "The strait was closed to tankers for [nine weeks|P9W]."),
        ("2025-03-14", "A [six-month|P6M] moratorium on evictions began in Lagos."),
        # "N years ago" is a point at year precision (README).
        ("2025-10-01", "The aluminium smelter shut [three years ago|2022]."),
        # A range of durations is two durations (README).
        ("2024-12-02", "Repairs to the dam will take between [four|P4M] and [six months|P6M]."),
        ("2026-01-19", "The drought in the Sahel has lasted [more than two years|P2Y]."),
        ("2025-06-06", "The old fort has stood empty for [a quarter of a century|P25Y]."),
    ],
    "holiday": [
        ("2025-11-03", "Banks in Manila close on [Christmas Eve|2025-12-24]."),
        # Easter 2026 = 5 April, Easter Monday 6 April.
        ("2026-02-16", "The tram line opens on [Easter Monday|2026-04-06]."),
        ("2024-09-02", "Markets reopen [the day after New Year's Day|2025-01-02]."),
        # Christmas Day 2025 is 25 December.
        ("2025-01-20", "The pilgrimage ends [three days after Christmas|2025-12-28]."),
    ],
    "week": [
        # Wednesday 17 September 2025 is in W38.
        ("2025-09-17", "Fuel imports rose [last week|2025-W37]."),
        ("2024-03-06", "Bids for the metro line close in [week 19|2024-W19]."),
        # Wednesday 11 November 2026 is in W46; the week after next is W48.
        ("2026-11-11", "The recount begins [the week after next|2026-W48]."),
    ],
    "season": [
        ("2025-02-10", "Water rationing in Bogota ended in [the spring of 2024|2024-03/2024-05]."),
        ("2024-09-30", "The new terminal should open [next summer|2025-06/2025-08]."),
        # 15 December 2025: spring 2025 is over, so "last spring" is 2025's.
        ("2025-12-15", "The canal was last dredged [last spring|2025-03/2025-05]."),
    ],
    "negative": [
        ("2025-04-14", "The Arab Spring reshaped the region's politics."),
        ("2024-07-01", "The fish market opens every Saturday morning."),
        ("2025-10-20", "The evacuation of the tower took ninety minutes."),
        ("2026-03-03", "The October Revolution museum in the city reopened."),
        ("2025-06-24", "Weekly wages and annual bonuses rose."),
    ],
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "The ministry in Nairobi hired [three thousand four hundred|count|3400|teacher] teachers.",
        "The Lisbon pension fund lost [seven hundred and fifty million "
        "euros|money|750000000|EUR].",
        "[Forty-two|count|42|fisherman] fishermen were rescued off Mindanao.",
        "The reservoir holds [one and a half billion litres|quantity|1500000000|l] of water.",
        "The quake destroyed [twelve hundred|count|1200|house] houses in the valley.",
    ],
    "fractions": [
        "The steel cable is [½ inch|quantity|0.5|in] thick.",
        "The central bank raised its rate by [3/4 percentage point|percent|0.75|pp].",
        "The coastal trail runs for [6¾ miles|quantity|6.75|mi].",
        "Mortgage rates fell to [5⅛%|percent|5.125|%].",
        "The new pier is [one and a quarter kilometres|quantity|1.25|km] long.",
    ],
    "grouping": [
        "The Pune municipal body spent [Rs 12,50,00,000|money|125000000|INR] on roads.",
        "The Zurich clinic charged [CHF 1'250'000|money|1250000|CHF].",
        "The Sao Paulo lender booked [R$ 2.345.000|money|2345000|BRL] in losses.",
        "The electoral roll lists [245 318|count|245318|voter] voters.",
        "The Jakarta office paid [Rp 4.500.000|money|4500000|IDR] to each worker.",
    ],
    "scale": [
        "Ghana's public debt stands at [GH₵610bn|money|610000000000|GHS].",
        "The Manila builder raised [₱3.5bn|money|3500000000|PHP] in bonds.",
        "The refinery processes [20mn barrels|quantity|20000000|bbl] a year.",
        "Pakistan's budget sets aside [Rs 2.1 trn|money|2100000000000|PKR] for defence.",
        "The Toronto start-up raised [C$4.5M|money|4500000|CAD].",
    ],
    "currency": [
        "Kuwait's wealth fund invested [KWD 150 million|money|150000000|KWD] in the port.",
        "A taxi from Tbilisi airport costs [40 lari|money|40|GEL].",
        "The Hanoi ward spent [₫2.5 billion|money|2500000000|VND] on drains.",
        "Polish farmers received [900 million zlotys|money|900000000|PLN] in aid.",
        "The Lagos court awarded [₦25 million|money|25000000|NGN] in damages.",
        "Thai rice exporters earned [฿48 billion|money|48000000000|THB].",
    ],
    "two-unit": [
        "The bus fare in Boston is [2 dollars and 40 cents|money|2.4|USD].",
        "The goalkeeper stands [6 feet 3 inches|quantity|6.25|ft] tall.",
        "Each sack of flour weighs [2 pounds 8 ounces|quantity|2.5|lb].",
    ],
    "units": [
        "The typhoon's gusts reached [240 km/h|quantity|240|km/h].",
        "Farmers in Punjab received [95 mm|quantity|95|mm] of rain.",
        "The new reservoir covers [14 square kilometres|quantity|14|km2].",
        "The tanker carried [80,000 tonnes|quantity|80000|t] of crude.",
        "The solar park in Rajasthan will generate [1.2 GW|quantity|1.2|GW].",
    ],
    "comparator": [
        "[More than 8,000|count|8000|runner] runners started in Nairobi.",
        "[Nearly 60%|percent|60|%] of the wells ran dry.",
        "The stadium holds [no more than 45,000|count|45000|spectator] spectators.",
        "The bank wrote off [almost $2 billion|money|2000000000|USD].",
    ],
    "range": [
        "The canal will cost [$3|money|3000000000|USD] to [$3.5 billion|money|3500000000|USD].",
        "Highs of [38|quantity|38|°C] to [41°C|quantity|41|°C] are expected in Karachi.",
        "The IMF sees growth of [2.5%|percent|2.5|%]-[3%|percent|3|%] in Kenya.",
        "Between [1,500|count|1500|family] and [2,000|count|2000|family] families fled.",
    ],
    "percent": [
        "Inflation in Turkey eased to [38.2 per cent|percent|38.2|%].",
        "The central bank cut its policy rate by [50bps|percent|0.5|pp].",
        "[Sixty-two percent|percent|62|%] of voters backed the charter.",
        "Unemployment rose [0.3 percentage point|percent|0.3|pp] in March.",
        "Shares of the Nairobi lender fell [2.4 pct|percent|2.4|%].",
    ],
    "ordinal": [
        # An ordinal of placing after a verb stands for "Nth place" (README).
        "The Ethiopian runner finished [second|ordinal|2] in Chicago.",
        "The club dropped to [ninth|ordinal|9] after the defeat.",
        "It was the [31st|ordinal|31] edition of the trade fair.",
        "His yacht came in [fourth|ordinal|4] at Hobart.",
    ],
    "tally": [
        "The appeals court ruled [2|number|2]-[1|number|1] against the city.",
        "Brazil beat Chile [3|number|3]-[0|number|0] in Santiago.",
        "Lawmakers voted [218|number|218] to [214|number|214] to pass the bill.",
    ],
    "approximate": [
        "[Some 4,500|count|4500|worker] workers joined the strike in Durban.",
        "[Roughly 2 million|count|2000000|visitor] visitors came to Petra.",
    ],
    "negative": [
        "Three in four households in Lima own a phone.",
        "The Boeing 787-9 landed safely in Doha.",
        "Hundreds of thousands rallied in Dhaka.",
        "Second, the committee must publish its rules.",
    ],
}


if __name__ == "__main__":
    build_set(
        "own11",
        "own11-briefs-heldout",
        BRIEFS,
        DATE_CASES,
        FIGURE_CASES,
        source_briefs=SOURCE_BRIEFS,
        source_cases=SOURCE_CASES,
    )

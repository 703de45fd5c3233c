"""Build the twelfth held-out set: eval/own12-briefs-heldout.jsonl, own12-dates-heldout.jsonl and
own12-figures-heldout.jsonl (FORMAT.md).

Written fresh in session 13 by a helper session that neither read nor ran briefx (no code, tests,
models, samples, scripts, benchmarks or venv; no NLP tool was run on the texts) and opened no
``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it writes and the first
two lines of each ``shared/eval/*-dev.jsonl`` (for the line format). Besides
``shared/eval/ANNOTATION.md``, ``FORMAT.md``, ``README.md`` and ``eval/README.md`` (its table, its
judgement calls and its sections on sets 10 and 11) it read only ``build_own11_heldout.py`` (for
its mechanics, markup and choices) with ``case_marks.py``, and the docstrings of
``date_marks.py`` and ``entity_marks.py``. The texts were written by hand for this set and
annotated inline while writing, by ``shared/eval/ANNOTATION.md`` and the readings in
``eval/README.md`` and the set 11 builder; where all are silent, the choice is listed below.

Briefs: 2024-2025 news of kinds and formats that sets 1-11 did not have (a total solar eclipse as
a gallery of photo captions, a conglomerate's annual shareholder letter with a sign-off, a
congestion-toll service notice with a toll list, a red wind warning as a weather-service bulletin
in labelled fields, a crew return from the space station as a reverse-chronological live timeline,
a phone launch as bulleted key points with prices in five currencies, a minimum-wage fact sheet
with a rates table, a public inquiry's final report with key findings, a lottery jackpot with an
appended correction, a sports draft with a numbered pick list, an Olympic final medal table, a
research body's press release with a key-facts box and press contact, a holiday travel forecast
"by the numbers", a coral-bleaching radio interview transcript), about real institutions,
companies, places and office holders. The events are modelled on real ones but details,
quotations and many figures are invented or approximate and must not be read as reporting. No
``statements`` key: statements are not scored for this set. Every brief states its own date:
``published`` = ``reference_date``.

Markup (as sets 6-11):
- briefs: ``[[span|TYPE]]`` / ``[[span|TYPE|canonical name]]`` (entity),
  ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]`` (figure), ``[[span|D|value]]`` (date);
- date cases: ``[span|value]``; figure cases: ``[span|kind|value]`` / ``[span|kind|value|unit]``.
The script computes the offsets, asserts ``text[start:end] == span`` for every item, order and
no overlap, known types/kinds, ISO 4217 codes (from the list of real codes in ``case_marks.py``;
this set needs none beyond it), ``%``/``pp``, unit symbols (extended by "hPa", as set 10 did),
count nouns, ISO 8601 date values (real days and months, ISO weeks, ``START/END`` with start
before end, durations), that a full-date value of a span naming a weekday falls on that weekday
(both ends for a weekday range, taken in the order the text names them: this builder replaces
``case_marks.check_date`` with a version that orders the weekdays by their position in the span,
since "Friday through Monday" and "Tuesday, Nov. 26, to Monday, Dec. 2" name the later weekday of
the calendar week first), 150-260 words per brief, that a brief's ``published`` equals its
``reference_date`` and is the value of one of its date spans, unique ids (prefix ``own12-``) and
texts, and that ``shared/eval/score.py F F`` gives 1.000 in every section of each file (the shared
scorer, run with ``python3``, not briefx).

Run from the project root: ``python3 eval/build_own12_heldout.py`` (rewrites the three files).
The mechanics (marks, offsets, checks, writing) are ``eval/case_marks.py``'s, shared by sets 6-12.

Choices where ANNOTATION.md, eval/README.md and the set 11 builder are silent (applied throughout):
- Captions and credits: a photo credit "(Photo: Reuters)" tags the agency ORG, as a dateline credit
  is tagged; "(Photo: NASA)" likewise. Sub-day spans stay untagged as ANNOTATION.md says, also
  where they are the news: "just over four minutes" of totality, a plasma held "1,337 seconds, or
  22 minutes", "several hours"; the timeline's clock stamps ("5:57 p.m.") and "tonight" likewise.
  Vague "several days", "a few weeks" are untagged.
- Letters: a sign-off date line is a date span like a dateline and gives ``published``; the
  signatory "Warren E. Buffett" is PERSON "Warren Buffett"; "this year's meeting" in a letter of
  February is the year of the letter. "the end of 2024" is the year (set 11).
- Notices and tables: list and table markers ("1." in a numbered pick list) are untagged, as set
  11's numbered briefing left "1." untagged, also where the number is the pick's place; "Rounds 2
  and 3", "rounds 4 to 7" are designations (ANNOTATION.md's "Phase 1"), untagged. In a medal table
  without a rank column the counts take the noun "medal" (the table's subject, as set 11 took the
  header's "points"); "four individual golds" is a count of "gold". Ages in rate names ("21 and
  over", "18-20 Year Old Rate") are untagged, as set 11 left bare ages; the names of wage rates and
  taxes ("National Living Wage", "National Insurance") are untagged (ANNOTATION.md's benefit types
  and taxes). "top seven" over a pick list is a count of "pick" (the noun plain from the text);
  "in the top 10" a count of "destination".
- Draft copy: "take Ward first", "take Hunter second" are ordinals of placing after a verb (README);
  "the fifth, 36th and 126th picks" three ordinals; "a 2026 first-round pick" keeps the ordinal
  "first" only, as a hyphenated count keeps the number. College teams are ORG under their football
  programmes' Wikipedia titles ("Miami" -> "Miami Hurricanes football"); NFL teams named by city
  ("Tennessee", "Cleveland") are ORG with the club's full name. People's names drop any Wikipedia
  disambiguator ("Will Campbell"), as dev13k reads.
- Olympics: "Paris 2024" and "the 2028 Games" are EVENT spans with the year inside, so the year is
  not a separate date (ANNOTATION.md's rule for years inside a law's name); "Paris Olympics" is
  EVENT "2024 Summer Olympics" (set 10); "Great Britain" as a team is GPE "United Kingdom"; a
  game's score "67-66" is two `number` figures (ANNOTATION.md's tally rule).
- Names: "Gulf of America" (the U.S. government's name since January 2025, used by NASA) is LOC
  with the Wikipedia title "Gulf of Mexico"; "Butch Wilmore" is "Barry E. Wilmore" and "Suni
  Williams" "Sunita Williams" (their Wikipedia titles); spacecraft, capsules and a recovery ship
  are PRODUCT ("Dragon" -> "SpaceX Dragon 2", "Freedom" -> "Crew Dragon Freedom", "Megan"), crewed
  missions EVENT ("Crew-9" -> "SpaceX Crew-9"); "Earth" is LOC. Tokamaks, a research centre and
  a reactor under construction are FAC ("WEST", "EAST" -> "Experimental Advanced Superconducting
  Tokamak", "Cadarache", "ITER"). "iPhone 16 Plus" and "iPhone 16 Pro Max" are PRODUCT under their
  family's title ("iPhone 16", "iPhone 16 Pro"), as dev13k names a variant; "iPhones" and "the
  iPhone" are PRODUCT "iPhone". Lotteries that act as organisations ("Mega Millions", "Powerball",
  "California Lottery") are ORG. A toll tag system ("E-ZPass") is PRODUCT; the named toll area
  ("Congestion Relief Zone") is LOC. "Treasury bills" (a kind of security), a language ("U.S.
  English": "U.S." is GPE, "English" untagged, FORMAT.md has no language type), "Thanksgiving" as
  a holiday period or in general ("over the Thanksgiving period", "Thanksgiving is the busiest
  holiday") and "Chairman of the Board" are untagged; "Thanksgiving Day" naming this year's day is
  a date. A hall is named by its Wikipedia title ("CHI Health Center" -> "CHI Health Center
  Omaha"). Tunnels named without their generic word ("the Lincoln, Holland
  ... tunnels") are FAC with the full title ("Lincoln Tunnel"), the shared lower-case "tunnels"
  outside, as set 11's "Muan airport"; "60th Street" is FAC "60th Street (Manhattan)", its number
  part of the name. "Kensington and Chelsea council" is GPE "Royal Borough of Kensington and
  Chelsea" with the lower-case "council" outside (set 11's "Meppadi panchayat"); "Ireland" meaning
  the state is GPE "Republic of Ireland"; "the Keys" is LOC "Florida Keys"; "Highlands" LOC
  "Scottish Highlands"; "Grenfell" before "inquiry" is the tower (FAC "Grenfell Tower").
  Transcript labels in capitals ("MANZELLO:") tag the surname (README); "HOST:" is untagged.
- Figures: "five Japanese trading houses" is a count of "trading house" (a fixed term); a noun
  use of an ordinal ("a first", "the top pick") is not an ordinal; "a 1,700-page report" keeps the number ("1,700", "page"); "24-storey" likewise;
  "a town of about 9,000 people" a count; "six numbers" a count of "number"; the lottery odds
  "1 in 302.6 million" an untagged proportion (ANNOTATION.md's "N in M"); a temperature in
  millions ("about 50 million degrees Celsius") one quantity span in "°C"; "$375 billion a year"
  keeps the rate outside; "a penalty of 200% of them" a percent.
- Dates: "Tuesday, Nov. 26, to Monday, Dec. 2" is one range span (ANNOTATION.md's "through" rule
  for "from ... to"), "from" outside; "a year ago" a point at year precision (README: "N years
  ago"); "Rounds 2 and 3 are today" in a Friday release is the reference date; "Apple's fiscal
  2023" is Apple's own year, October-September ("2022-10/2023-09", month precision, as ANNOTATION.md
  gives April-March years); "the autumn" in a UK text of April is the coming autumn; "from 06:00
  Friday to 09:00 Saturday" in a warning is two day dates (the clock times outside), not a range
  (the span would hold clock times); "Berkshire had a good year" is untagged (an indefinite "a
  year", not "the year").
- Date cases: "ten working days after 14 October" skips weekends; an Australian "2023-24 financial
  year" runs July-June ("2023-07/2024-06", as set 10 read Egypt's July-June year); "Japanese fiscal
  2026" April-March; "Thursday or Friday" two dates; "Last Friday" with its capital inside the span.
  Negatives: "the Prague Spring festival" (a name), "every other Tuesday" (habitual),
  "forty-five minutes" (sub-day), "Quarterly", "monthly" (frequencies), "year-to-date" (modifier
  of a change).
- Figure cases: "₹1,25,00,000" (Indian grouping), "ARS 1.250.000.000", "CLP 45.600.000",
  "€1.234.567" (dotted groups), "112 450" (a spaced group); "Tk 450 crore" BDT; "55 Czech crowns"
  CZK, "₺" TRY, "KSh" KES, "SAR", "DKK", "HUF"; "3 pounds 50 pence" -> 3.5 GBP, "5 feet 9 inches"
  -> 5.75 ft, "12 metres 40 centimetres" -> 12.4 m (two units); "just under", "at most", "fewer
  than", "over" inside the span; "5.5pc" a percent; "4 to 5 per cent" two figures, the first taking
  "%" from the second. Negatives: "Nine out of ten" (a proportion), a model number ("A350-1000"),
  "Thousands" (vague), a phone number.
"""

from __future__ import annotations


import case_marks
from case_marks import build_set

# A unit symbol this set needs beyond the list in case_marks.py ("hPa", hectopascals, as set 10).
case_marks.UNIT_SYMBOLS.update({"hPa"})

SOURCE_BRIEFS = (
    "own12: written and annotated by hand for briefx (held-out set 12, session 13) by a helper who "
    "neither read nor ran briefx; real institutions, companies, places and office holders, events "
    "modelled on 2024-2025 news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own12: short cases written and annotated by hand for briefx (held-out set 12, session 13) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

# ---------------------------------------------------------------------------------------------
# Briefs: (id, family, reference_date, published, marked text)
# ---------------------------------------------------------------------------------------------
BRIEFS: list[tuple[str, str, str, str | None, str]] = [
    (
        "own12-ho-01", "eclipse-captions", "2024-04-08", "2024-04-08",
        "[[North America|LOC]] goes dark: the eclipse in pictures\n\n"
        "Published [[April 8, 2024|D|2024-04-08]], 11:40 p.m. EDT\n\n"
        "Totality begins over [[Mazatlan|GPE|Mazatlán]], [[Mexico|GPE]], on "
        "[[Monday|D|2024-04-08]] as spectators on the city's seafront look up. Hotels in the resort "
        "had charged [[up to 15,000 pesos|money|15000|MXN]] a night. (Photo: [[Reuters|ORG]])\n\n"
        "The moon covers the sun for just over four minutes above [[Torreon|GPE|Torreón]], "
        "[[Coahuila|GPE]], the longest stretch of darkness anywhere on the path. "
        "(Photo: [[AFP|ORG|Agence France-Presse]])\n\n"
        "Families watch from the lawn at [[Klyde Warren Park|FAC]] in [[Dallas|GPE]]. The "
        "[[American Astronomical Society|ORG]] estimated that [[31 million|count|31000000|person]] "
        "people lived inside the path of totality in the [[U.S.|GPE|United States]] "
        "(Photo: [[AP|ORG|Associated Press]])\n\n"
        "[[Horseshoe Falls|LOC]] at [[Niagara Falls|GPE|Niagara Falls, Ontario]], "
        "[[Ontario|GPE]], where the [[Niagara Parks Commission|ORG]] had prepared for "
        "[[up to 1 million|count|1000000|visitor]] visitors and parking near the falls cost "
        "[[C$50|money|50|CAD]]. Cloud cleared minutes before totality. (Photo: "
        "[[Canadian Press|ORG|The Canadian Press]])\n\n"
        "Spectators at [[Parc Jean-Drapeau|FAC]] in [[Montreal|GPE]] cheer as totality reaches "
        "[[Quebec|GPE]] at 3:26 p.m. local time. The city had last seen a total eclipse in "
        "[[1932|D|1932]]. (Photo: [[Reuters|ORG]])\n\n"
        "The path of totality, [[about 185 kilometres|quantity|185|km]] wide, crossed "
        "[[15|count|15|state]] [[U.S.|GPE|United States]] states and [[six|count|6|province]] "
        "[[Canadian|NORP]] provinces before leaving the continent over "
        "[[Newfoundland and Labrador|GPE]] and heading out across the "
        "[[Atlantic|LOC|Atlantic Ocean]]. [[NASA|ORG]] flew [[three|count|3|jet]] research jets "
        "under the shadow. (Photo: [[NASA|ORG]])\n\n"
        "The next total eclipse visible from the contiguous [[United States|GPE]] is on "
        "[[Aug. 23, 2044|D|2044-08-23]]; [[Spain|GPE]] and [[Iceland|GPE]] see one on "
        "[[Aug. 12, 2026|D|2026-08-12]].\n",
    ),
    (
        "own12-ho-02", "shareholder-letter", "2025-02-22", "2025-02-22",
        "To the Shareholders of [[Berkshire Hathaway Inc.|ORG|Berkshire Hathaway]]:\n\n"
        "[[Berkshire|ORG|Berkshire Hathaway]] had a good year. Our operating earnings reached "
        "[[$47.4 billion|money|47400000000|USD]] in [[2024|D|2024]], up from "
        "[[$37.4 billion|money|37400000000|USD]] in [[2023|D|2023]], and we paid "
        "[[$26.8 billion|money|26800000000|USD]] in federal income tax, [[about 5%|percent|5|%]] "
        "of what all of corporate [[America|GPE|United States]] paid.\n\n"
        "[[GEICO|ORG]], where [[Todd Combs|PERSON]] has spent [[five years|D|P5Y]] rebuilding "
        "the business, earned an underwriting profit of [[$7.8 billion|money|7800000000|USD]]. "
        "Our property-casualty insurers now face claims from the wildfires in "
        "[[Los Angeles|GPE]] in [[January|D|2025-01]], which we expect to cost "
        "[[about $1.1 billion|money|1100000000|USD]].\n\n"
        "In [[July 2019|D|2019-07]] we began buying shares in [[five|count|5|trading house]] "
        "[[Japanese|NORP]] trading houses: [[Itochu|ORG]], [[Marubeni|ORG]], "
        "[[Mitsubishi|ORG|Mitsubishi Corporation]], [[Mitsui|ORG|Mitsui & Co.]] and "
        "[[Sumitomo|ORG|Sumitomo Corporation]]. Our cost totals "
        "[[¥1.87 trillion|money|1870000000000|JPY]], and at [[the end of 2024|D|2024]] the "
        "holdings were worth [[$23.5 billion|money|23500000000|USD]]. The companies have agreed "
        "to let us go above [[10%|percent|10|%]] of their shares over time, and we have funded "
        "much of the purchase with yen-denominated debt.\n\n"
        "Cash and Treasury bills reached [[$334 billion|money|334000000000|USD]]. Despite what "
        "some commentators believe, we still prefer to own businesses. [[Charlie Munger|PERSON]], "
        "who died in [[November 2023|D|2023-11]], taught me that a wonderful company at a fair "
        "price beats a fair company at a wonderful price. [[Charlie|PERSON|Charlie Munger]] "
        "would have enjoyed [[this year|D|2025]]'s meeting.\n\n"
        "It will be held in [[Omaha|GPE|Omaha, Nebraska]] on [[Saturday, May 3|D|2025-05-03]] at "
        "the [[CHI Health Center|FAC|CHI Health Center Omaha]], with [[Greg Abel|PERSON]] beside me on stage. "
        "[[Greg|PERSON|Greg Abel]] will answer questions on all of our operations, including "
        "[[BNSF|ORG|BNSF Railway]] and [[Berkshire Hathaway Energy|ORG]]. Come early: "
        "[[Friday, May 2|D|2025-05-02]] is shopping day.\n\n"
        "[[Warren E. Buffett|PERSON|Warren Buffett]]\n"
        "Chairman of the Board\n"
        "[[February 22, 2025|D|2025-02-22]]\n",
    ),
    (
        "own12-ho-03", "toll-service-notice", "2025-01-05", "2025-01-05",
        "[[MTA|ORG|Metropolitan Transportation Authority]] SERVICE NOTICE\n"
        "[[Congestion Relief Zone|LOC]] tolling begins [[today|D|2025-01-05]]\n"
        "Posted: [[Sunday, January 5, 2025|D|2025-01-05]]\n\n"
        "Tolling in [[Manhattan|GPE]]'s [[Congestion Relief Zone|LOC]] starts at 12:01 a.m. "
        "[[today|D|2025-01-05]]. The zone covers local streets and avenues at or below "
        "[[60th Street|FAC|60th Street (Manhattan)]], but not the [[FDR Drive|FAC]] or the "
        "[[West Side Highway|FAC]].\n\n"
        "Tolls with a valid [[E-ZPass|PRODUCT]], charged once a day at peak hours:\n"
        "• Cars and small commercial vehicles: [[$9|money|9|USD]] ([[$2.25|money|2.25|USD]] "
        "overnight)\n"
        "• Motorcycles: [[$4.50|money|4.5|USD]]\n"
        "• Small trucks and charter buses: [[$14.40|money|14.4|USD]]\n"
        "• Large trucks and tour buses: [[$21.60|money|21.6|USD]]\n"
        "• Drivers billed by mail pay [[$13.50|money|13.5|USD]] for a car.\n\n"
        "Crossing credits of [[up to $3|money|3|USD]] apply at peak hours to cars entering through "
        "the [[Lincoln|FAC|Lincoln Tunnel]], [[Holland|FAC|Holland Tunnel]], "
        "[[Queens-Midtown|FAC|Queens–Midtown Tunnel]] and [[Hugh L. Carey|FAC|Hugh L. Carey "
        "Tunnel]] tunnels. Low-income drivers registered with the "
        "[[MTA|ORG|Metropolitan Transportation Authority]] get a [[50%|percent|50|%]] discount "
        "after their [[first|ordinal|1]] [[10|count|10|trip]] trips in a calendar month.\n\n"
        "The toll rises to [[$12|money|12|USD]] in [[2028|D|2028]] and [[$15|money|15|USD]] in "
        "[[2031|D|2031]]. Revenue, projected at [[$500 million|money|500000000|USD]] in "
        "[[2025|D|2025]], will back [[$15 billion|money|15000000000|USD]] of borrowing for "
        "subway signals, elevators and the [[Second Avenue Subway|FAC]].\n\n"
        "Governor [[Kathy Hochul|PERSON]] paused an earlier [[$15|money|15|USD]] plan in "
        "[[June|D|2024-06]] and revived it at [[$9|money|9|USD]] in [[November|D|2024-11]]. "
        "A federal judge rejected [[New Jersey|GPE]]'s last bid to halt the program on "
        "[[Friday|D|2025-01-03]]. [[Janno Lieber|PERSON]], the "
        "[[MTA|ORG|Metropolitan Transportation Authority]]'s chair and chief executive, said the "
        "authority would publish traffic and travel-time data every Monday.\n\n"
        "Questions: 646-252-7000.\n",
    ),
    (
        "own12-ho-04", "weather-warning-bulletin", "2025-01-23", "2025-01-23",
        "[[Met Office|ORG]]\n"
        "RED WARNING: WIND\n"
        "Issued: 10:05 on [[Thursday 23 January 2025|D|2025-01-23]]\n"
        "Valid: 07:00 to 14:00, [[Friday 24 January|D|2025-01-24]]\n"
        "Area: [[Northern Ireland|GPE]], all [[six|count|6|county]] counties\n\n"
        "Headline: [[Storm Éowyn|EVENT]] will bring very strong and damaging winds.\n\n"
        "What to expect:\n"
        "- Gusts of [[60|quantity|60|mph]] to [[70 mph|quantity|70|mph]] widely and "
        "[[up to 90 mph|quantity|90|mph]] on exposed coasts\n"
        "- Roofs blown off and power lines brought down\n"
        "- Flying debris, a danger to life\n"
        "- Long power cuts, perhaps lasting several days\n\n"
        "Further information: [[Éowyn|EVENT|Storm Éowyn]], named by [[Met Éireann|ORG]] on "
        "[[Monday|D|2025-01-20]], deepens rapidly over the [[Atlantic|LOC|Atlantic Ocean]] "
        "tonight to a central pressure of [[about 940 hPa|quantity|940|hPa]]. An amber warning "
        "covers [[Scotland|GPE]] south of the [[Highlands|LOC|Scottish Highlands]] from 06:00 "
        "[[Friday|D|2025-01-24]] to 09:00 [[Saturday|D|2025-01-25]].\n\n"
        "[[Met Éireann|ORG]] has issued a red warning for the whole of "
        "[[Ireland|GPE|Republic of Ireland]], with gusts [[over 130 km/h|quantity|130|km/h]], "
        "and schools there will close. This is the [[first|ordinal|1]] red wind warning for "
        "[[Northern Ireland|GPE]] since the current system began in [[2011|D|2011]].\n\n"
        "Chief Meteorologist [[Paul Gundersen|PERSON]] said: \"[[Éowyn|EVENT|Storm Éowyn]] is a very "
        "dangerous storm. Stay indoors where you can.\"\n\n"
        "Travel: [[Belfast International Airport|FAC]] and "
        "[[Belfast City|FAC|George Best Belfast City Airport]] airport expect cancellations. "
        "[[NIE Networks|ORG]] has [[more than 200|count|200|engineer]] engineers on standby.\n\n"
        "Next update: by 16:00 [[today|D|2025-01-23]].\n",
    ),
    (
        "own12-ho-05", "crew-return-timeline", "2025-03-18", "2025-03-18",
        "[[NASA|ORG]] [[Crew-9|EVENT|SpaceX Crew-9]] return: live updates\n"
        "[[Tuesday, March 18, 2025|D|2025-03-18]]. All times EDT.\n\n"
        "6:40 p.m. — The hatch is open. [[Nick Hague|PERSON]] is out first, followed by "
        "[[Aleksandr Gorbunov|PERSON]] of [[Roscosmos|ORG]], [[Butch Wilmore|PERSON|Barry E. "
        "Wilmore]] and [[Suni Williams|PERSON|Sunita Williams]], all on stretchers as is "
        "routine.\n\n"
        "5:57 p.m. — Splashdown. [[SpaceX|ORG]]'s [[Dragon|PRODUCT|SpaceX Dragon 2]] capsule "
        "[[Freedom|PRODUCT|Crew Dragon Freedom]] lands in the [[Gulf of America|LOC|Gulf of "
        "Mexico]] off [[Tallahassee|GPE|Tallahassee, Florida]], [[Florida|GPE]]. Dolphins circle "
        "the recovery ship [[Megan|PRODUCT]].\n\n"
        "5:11 p.m. — Deorbit burn complete.\n\n"
        "1:05 a.m. — [[Freedom|PRODUCT|Crew Dragon Freedom]] undocks from the "
        "[[International Space Station|FAC]].\n\n"
        "Background: [[Wilmore|PERSON|Barry E. Wilmore]] and [[Williams|PERSON|Sunita Williams]] "
        "launched on [[June 5, 2024|D|2024-06-05]] aboard [[Boeing|ORG]]'s "
        "[[Starliner|PRODUCT|Boeing Starliner]] for a test flight planned to last "
        "[[about eight days|D|P8D]]. Thruster failures led [[NASA|ORG]] to bring the capsule "
        "home empty in [[September|D|2024-09]], and the pair were moved to "
        "[[Crew-9|EVENT|SpaceX Crew-9]]. They spent [[286 days|D|P286D]] in space, completing "
        "[[4,576|count|4576|orbit]] orbits of [[Earth|LOC]] and travelling "
        "[[121,347,491 miles|quantity|121347491|mi]]. [[Boeing|ORG]] has booked "
        "[[more than $1.6 billion|money|1600000000|USD]] in charges on the "
        "[[Starliner|PRODUCT|Boeing Starliner]] program.\n\n"
        "Their replacements, the [[four|count|4|member]] members of "
        "[[Crew-10|EVENT|SpaceX Crew-10]], reached the station on [[Sunday|D|2025-03-16]]. "
        "[[Williams|PERSON|Sunita Williams]] has now logged [[608 days|D|P608D]] in space over "
        "[[three|count|3|flight]] flights, [[second|ordinal|2]] among [[NASA|ORG]] astronauts "
        "to [[Peggy Whitson|PERSON]].\n\n"
        "The crew will fly to [[Houston|GPE]] tonight for checks at the "
        "[[Johnson Space Center|FAC|Lyndon B. Johnson Space Center]].\n",
    ),
    (
        "own12-ho-06", "phone-launch-bullets", "2024-09-09", "2024-09-09",
        "[[Apple|ORG|Apple Inc.]] unveils [[iPhone 16|PRODUCT]] line: what's new and what it "
        "costs\n\n"
        "[[CUPERTINO|GPE|Cupertino, California]], [[Calif.|GPE|California]], "
        "[[Sept 9|D|2024-09-09]] ([[Reuters|ORG]]) - [[Apple|ORG|Apple Inc.]] on "
        "[[Monday|D|2024-09-09]] showed [[four|count|4|phone]] new phones built around its "
        "[[Apple Intelligence|PRODUCT]] AI features at its [[Apple Park|FAC]] headquarters. "
        "Key points:\n\n"
        "• [[U.S.|GPE|United States]] prices start at [[$799|money|799|USD]] for the "
        "[[iPhone 16|PRODUCT]], [[$899|money|899|USD]] for the [[iPhone 16 Plus|PRODUCT|iPhone "
        "16]], [[$999|money|999|USD]] for the [[iPhone 16 Pro|PRODUCT]] and "
        "[[$1,199|money|1199|USD]] for the [[iPhone 16 Pro Max|PRODUCT|iPhone 16 Pro]], "
        "unchanged from [[last year|D|2023]].\n"
        "• In [[Britain|GPE|United Kingdom]] the base model costs [[£799|money|799|GBP]]; in "
        "[[India|GPE]], where [[Apple|ORG|Apple Inc.]] assembles it, [[Rs 79,900|money|79900|INR]]; "
        "in [[Canada|GPE]], [[C$1,129|money|1129|CAD]]; in [[Germany|GPE]], "
        "[[€949|money|949|EUR]].\n"
        "• The [[iPhone 16 Pro|PRODUCT]] and [[Pro Max|PRODUCT|iPhone 16 Pro]] get "
        "[[6.3-inch|quantity|6.3|in]] and [[6.9-inch|quantity|6.9|in]] screens, the largest yet.\n"
        "• [[Apple Intelligence|PRODUCT]] arrives in a beta in [[October|D|2024-10]], in "
        "[[U.S.|GPE|United States]] English only; other languages follow in [[2025|D|2025]].\n"
        "• Pre-orders open [[Friday|D|2024-09-13]]; phones reach stores on "
        "[[Sept. 20|D|2024-09-20]] in [[58|count|58|country]] countries.\n"
        "• The [[Apple Watch Series 10|PRODUCT]] starts at [[$399|money|399|USD]] and "
        "[[AirPods 4|PRODUCT]] at [[$129|money|129|USD]].\n\n"
        "Chief Executive [[Tim Cook|PERSON]] called the phones \"the [[first|ordinal|1]] [[iPhones|PRODUCT|iPhone]] built from the "
        "ground up for [[Apple Intelligence|PRODUCT]]\". [[Apple|ORG|Apple Inc.]] shares closed up "
        "[[0.04%|percent|0.04|%]].\n\n"
        "The [[iPhone|PRODUCT]] brought in [[$200.6 billion|money|200600000000|USD]], "
        "[[about 52%|percent|52|%]] of revenue, in [[fiscal 2023|D|2022-10/2023-09]]. "
        "[[Huawei|ORG]] shows its [[Mate XT|PRODUCT|Huawei Mate XT]] tri-fold phone in "
        "[[China|GPE]] on [[Tuesday|D|2024-09-10]], priced from "
        "[[19,999 yuan|money|19999|CNY]].\n",
    ),
    (
        "own12-ho-07", "wage-rates-factsheet", "2025-04-01", "2025-04-01",
        "Fact sheet: National Living Wage and National Minimum Wage rates from "
        "[[1 April 2025|D|2025-04-01]]\n"
        "[[Department for Business and Trade|ORG]]\n"
        "Published [[1 April 2025|D|2025-04-01]]\n\n"
        "From [[today|D|2025-04-01]], employers in the [[United Kingdom|GPE]] must pay at least "
        "the following hourly rates.\n\n"
        "Rate: new rate, old rate, increase\n"
        "National Living Wage (21 and over): [[£12.21|money|12.21|GBP]], "
        "[[£11.44|money|11.44|GBP]], [[6.7%|percent|6.7|%]]\n"
        "18-20 Year Old Rate: [[£10.00|money|10|GBP]], [[£8.60|money|8.6|GBP]], "
        "[[16.3%|percent|16.3|%]]\n"
        "16-17 Year Old Rate: [[£7.55|money|7.55|GBP]], [[£6.40|money|6.4|GBP]], "
        "[[18%|percent|18|%]]\n"
        "Apprentice Rate: [[£7.55|money|7.55|GBP]], [[£6.40|money|6.4|GBP]], "
        "[[18%|percent|18|%]]\n"
        "Accommodation Offset (per day): [[£10.66|money|10.66|GBP]], "
        "[[£9.99|money|9.99|GBP]], [[6.7%|percent|6.7|%]]\n\n"
        "Key points\n"
        "• The rates follow the recommendations of the [[Low Pay Commission|ORG]] "
        "([[LPC|ORG|Low Pay Commission]]), accepted in full.\n"
        "• A full-time worker on the National Living Wage will earn "
        "[[about £1,400|money|1400|GBP]] more a year before tax.\n"
        "• [[More than 3 million|count|3000000|worker]] workers are expected to benefit.\n"
        "• Employer National Insurance contributions rise from [[13.8%|percent|13.8|%]] to "
        "[[15%|percent|15|%]] on [[6 April|D|2025-04-06]].\n"
        "• Employers who underpay must repay the arrears and face a penalty of "
        "[[200%|percent|200|%]] of them, [[up to £20,000|money|20000|GBP]] per worker. "
        "[[HM Revenue and Customs|ORG]] enforces the rates.\n"
        "• For comparison, the minimum wage in [[Ireland|GPE|Republic of Ireland]] rose to "
        "[[€13.50|money|13.5|EUR]] on [[1 January|D|2025-01-01]].\n\n"
        "The new rates were announced by Chancellor [[Rachel Reeves|PERSON]] ahead of the Budget "
        "on [[30 October 2024|D|2024-10-30]]. Business and Trade Secretary "
        "[[Jonathan Reynolds|PERSON]] said: \"This is a pay rise for [[three million|count|3000000|"
        "worker]] workers.\" The [[LPC|ORG|Low Pay Commission]] will recommend the "
        "[[2026|D|2026]] rates in [[the autumn|D|2025-09/2025-11]].\n",
    ),
    (
        "own12-ho-08", "inquiry-report", "2024-09-04", "2024-09-04",
        "[[Grenfell|FAC|Grenfell Tower]] inquiry blames \"decades of failure\" for fire that "
        "killed [[72|count|72|person]]\n\n"
        "[[LONDON|GPE|London]], [[Sept 4|D|2024-09-04]] ([[Reuters|ORG]]) - The "
        "[[Grenfell Tower|FAC]] fire in which [[72|count|72|person]] people died was the result "
        "of \"decades of failure\" by government, regulators and the building industry, a public "
        "inquiry found on [[Wednesday|D|2024-09-04]].\n\n"
        "The [[1,700|count|1700|page]]-page final report of the "
        "[[Grenfell Tower Inquiry|ORG]], chaired by retired judge Sir "
        "[[Martin Moore-Bick|PERSON]], said the makers of the cladding and insulation had "
        "engaged in \"systematic dishonesty\". The fire started on [[14 June 2017|D|2017-06-14]] "
        "in a fridge-freezer on the [[fourth|ordinal|4]] floor of the [[24|count|24|storey]]-storey "
        "block in [[North Kensington|GPE]], west [[London|GPE]], and raced up panels fitted in a "
        "refurbishment completed in [[2016|D|2016]].\n\n"
        "Key findings:\n"
        "• [[Arconic|ORG]] concealed the true danger of its panels.\n"
        "• [[Celotex|ORG]] and [[Kingspan|ORG|Kingspan Group]] manipulated fire tests of their "
        "insulation.\n"
        "• The [[London Fire Brigade|ORG]] ([[LFB|ORG|London Fire Brigade]]) failed to learn "
        "from a [[2009|D|2009]] fire at [[Lakanal House|FAC]] in [[Camberwell|GPE]], in which "
        "[[six|count|6|person]] people died.\n"
        "• [[Kensington and Chelsea|GPE|Royal Borough of Kensington and Chelsea]] council "
        "ignored residents' warnings.\n\n"
        "Prime Minister [[Keir Starmer|PERSON]] apologised in [[Parliament|ORG|Parliament of "
        "the United Kingdom]] on behalf of the state. [[Moore-Bick|PERSON|Martin Moore-Bick]] "
        "said every death had been avoidable.\n\n"
        "The [[Metropolitan Police|ORG|Metropolitan Police Service]] said decisions on "
        "charges against [[58|count|58|person]] people and [[19|count|19|organisation]] "
        "organisations were not expected before [[the end of 2026|D|2026]]. "
        "[[Grenfell United|ORG]], which represents survivors and bereaved families, said a wait "
        "of [[more than seven years|D|P7Y]] had already been too long. "
        "[[About 4,600|count|4600|building]] buildings in [[England|GPE]] still have unsafe cladding.\n",
    ),
    (
        "own12-ho-09", "lottery-with-correction", "2024-12-28", "2024-12-28",
        "Winning ticket for [[$1.22 billion|money|1220000000|USD]] "
        "[[Mega Millions|ORG]] jackpot sold in [[California|GPE]]\n\n"
        "[[SACRAMENTO|GPE|Sacramento, California]], [[Calif.|GPE|California]], "
        "[[Dec. 28|D|2024-12-28]] ([[AP|ORG|Associated Press]]) — A single ticket sold at a "
        "gas station in [[Cloverdale|GPE|Cloverdale, California]], a town of "
        "[[about 9,000|count|9000|person]] people in [[Sonoma County|GPE|Sonoma County, "
        "California]], matched all [[six|count|6|number]] numbers in [[Friday|D|2024-12-27]] "
        "night's drawing to win the [[$1.22 billion|money|1220000000|USD]] jackpot, the "
        "[[California Lottery|ORG]] said.\n\n"
        "The winner, who has not come forward, can take [[$549.7 million|money|549700000|USD]] "
        "in cash before taxes or [[30|count|30|payment]] annual payments over "
        "[[29 years|D|P29Y]]. It is the [[fifth|ordinal|5]]-largest jackpot in "
        "[[U.S.|GPE|United States]] history, and the store will receive a bonus of "
        "[[$1 million|money|1000000|USD]].\n\n"
        "No one had won the top prize since [[Sept. 10|D|2024-09-10]], when a ticket in "
        "[[Texas|GPE]] took [[$810 million|money|810000000|USD]], a run of "
        "[[30|count|30|drawing]] drawings. The odds of winning are 1 in 302.6 million.\n\n"
        "From [[April 2025|D|2025-04]], tickets will cost [[$5|money|5|USD]], up from "
        "[[$2|money|2|USD]], and the starting jackpot will rise to "
        "[[$50 million|money|50000000|USD]]. [[Mega Millions|ORG]] is played in "
        "[[45|count|45|state]] states, [[Washington, D.C.|GPE]] and the "
        "[[U.S. Virgin Islands|GPE|United States Virgin Islands]].\n\n"
        "The next [[Powerball|ORG]] drawing, on [[Monday|D|2024-12-30]], has an estimated "
        "jackpot of [[$112 million|money|112000000|USD]].\n\n"
        "CORRECTION: An earlier version of this story, published [[Dec. 27|D|2024-12-27]], "
        "misstated the cash value of the prize. It is [[$549.7 million|money|549700000|USD]], "
        "not [[$594.7 million|money|594700000|USD]].\n",
    ),
    (
        "own12-ho-10", "draft-pick-list", "2025-04-25", "2025-04-25",
        "[[Titans|ORG|Tennessee Titans]] take [[Ward|PERSON|Cam Ward]] [[first|ordinal|1]] as "
        "[[NFL|ORG|National Football League]] draft opens in [[Green Bay|GPE|Green Bay, "
        "Wisconsin]]\n\n"
        "[[GREEN BAY|GPE|Green Bay, Wisconsin]], [[Wis.|GPE|Wisconsin]], "
        "[[April 25|D|2025-04-25]] ([[AP|ORG|Associated Press]]) — The "
        "[[Tennessee Titans|ORG]] made quarterback [[Cam Ward|PERSON]] the [[first|ordinal|1]] "
        "pick of the [[NFL|ORG|National Football League]] draft on [[Thursday|D|2025-04-24]] "
        "night, and the [[Jacksonville Jaguars|ORG]] traded up to take two-way star "
        "[[Travis Hunter|PERSON]] [[second|ordinal|2]].\n\n"
        "[[Jacksonville|ORG|Jacksonville Jaguars]] sent the [[Cleveland Browns|ORG]] the "
        "[[fifth|ordinal|5]], [[36th|ordinal|36]] and [[126th|ordinal|126]] picks and a "
        "[[2026|D|2026]] [[first|ordinal|1]]-round pick. A crowd of "
        "[[more than 600,000|count|600000|person]] was expected over [[three days|D|P3D]] "
        "around [[Lambeau Field|FAC]].\n\n"
        "[[First|ordinal|1]] round, top [[seven|count|7|pick]]:\n"
        "1. [[Tennessee|ORG|Tennessee Titans]] — [[Cam Ward|PERSON]], QB, "
        "[[Miami|ORG|Miami Hurricanes football]]\n"
        "2. [[Jacksonville|ORG|Jacksonville Jaguars]] (from [[Cleveland|ORG|Cleveland "
        "Browns]]) — [[Travis Hunter|PERSON]], CB/WR, [[Colorado|ORG|Colorado Buffaloes "
        "football]]\n"
        "3. [[New York Giants|ORG]] — [[Abdul Carter|PERSON]], edge, "
        "[[Penn State|ORG|Penn State Nittany Lions football]]\n"
        "4. [[New England|ORG|New England Patriots]] — [[Will Campbell|PERSON]], OT, "
        "[[LSU|ORG|LSU Tigers football]]\n"
        "5. [[Cleveland|ORG|Cleveland Browns]] (from [[Jacksonville|ORG|Jacksonville "
        "Jaguars]]) — [[Mason Graham|PERSON]], DT, [[Michigan|ORG|Michigan Wolverines "
        "football]]\n"
        "6. [[Las Vegas|ORG|Las Vegas Raiders]] — [[Ashton Jeanty|PERSON]], RB, "
        "[[Boise State|ORG|Boise State Broncos football]]\n"
        "7. [[New York Jets|ORG]] — [[Armand Membou|PERSON]], OT, "
        "[[Missouri|ORG|Missouri Tigers football]]\n\n"
        "[[Colorado|ORG|Colorado Buffaloes football]] quarterback [[Shedeur Sanders|PERSON]], "
        "son of coach [[Deion Sanders|PERSON]], was not taken in the [[first|ordinal|1]] round. "
        "As the top pick, [[Ward|PERSON|Cam Ward]] is due a [[four-year|D|P4Y]] rookie contract "
        "worth [[about $48.8 million|money|48800000|USD]], all of it guaranteed.\n\n"
        "Rounds 2 and 3 are [[today|D|2025-04-25]], and rounds 4 to 7 follow on "
        "[[Saturday|D|2025-04-26]].\n",
    ),
    (
        "own12-ho-11", "medal-table", "2024-08-11", "2024-08-11",
        "FINAL MEDAL TABLE\n"
        "[[Paris 2024|EVENT|2024 Summer Olympics]]\n"
        "[[Sunday, August 11, 2024|D|2024-08-11]]\n\n"
        "The [[United States|GPE]] topped the table at the [[Paris Olympics|EVENT|2024 Summer "
        "Olympics]] for the [[fourth|ordinal|4]] Games in a row after its women's basketball "
        "team beat [[France|GPE]] [[67|number|67]]-[[66|number|66]] on [[Sunday|D|2024-08-11]] to win a "
        "[[40th|ordinal|40]] gold and draw level with [[China|GPE]]. The tie was decided on "
        "silver medals, [[44|count|44|medal]] to [[27|count|27|medal]].\n\n"
        "Nation: gold, silver, bronze, total\n"
        "[[United States|GPE]]: [[40|count|40|medal]], [[44|count|44|medal]], "
        "[[42|count|42|medal]], [[126|count|126|medal]]\n"
        "[[China|GPE]]: [[40|count|40|medal]], [[27|count|27|medal]], [[24|count|24|medal]], "
        "[[91|count|91|medal]]\n"
        "[[Japan|GPE]]: [[20|count|20|medal]], [[12|count|12|medal]], [[13|count|13|medal]], "
        "[[45|count|45|medal]]\n"
        "[[Australia|GPE]]: [[18|count|18|medal]], [[19|count|19|medal]], "
        "[[16|count|16|medal]], [[53|count|53|medal]]\n"
        "[[France|GPE]]: [[16|count|16|medal]], [[26|count|26|medal]], [[22|count|22|medal]], "
        "[[64|count|64|medal]]\n"
        "[[Great Britain|GPE|United Kingdom]]: [[14|count|14|medal]], [[22|count|22|medal]], "
        "[[29|count|29|medal]], [[65|count|65|medal]]\n\n"
        "Host nation [[France|GPE]] won its most medals since [[1900|D|1900]], led by swimmer "
        "[[Leon Marchand|PERSON|Léon Marchand]], who won [[four|count|4|gold]] individual golds. "
        "[[Some 10,500|count|10500|athlete]] athletes from [[206|count|206|delegation]] "
        "delegations competed in [[329|count|329|event]] events over "
        "[[19 days|D|P19D]], and organisers sold [[9.5 million|count|9500000|ticket]] tickets "
        "on a budget of [[about €4.4 billion|money|4400000000|EUR]].\n\n"
        "[[IOC|ORG|International Olympic Committee]] President [[Thomas Bach|PERSON]] hands the "
        "flag to [[Los Angeles|GPE]] Mayor [[Karen Bass|PERSON]] at the closing "
        "ceremony in the [[Stade de France|FAC]] tonight. The [[LA28|ORG]] organisers have "
        "a budget of [[$6.9 billion|money|6900000000|USD]] for the "
        "[[2028 Games|EVENT|2028 Summer Olympics]].\n",
    ),
    (
        "own12-ho-12", "research-press-release", "2025-02-18", "2025-02-18",
        "PRESS RELEASE\n"
        "[[Paris|GPE]], [[18 February 2025|D|2025-02-18]]\n\n"
        "[[WEST|FAC]] tokamak sets world record for plasma duration\n\n"
        "The [[French Alternative Energies and Atomic Energy Commission|ORG]] "
        "([[CEA|ORG|French Alternative Energies and Atomic Energy Commission]]) announced "
        "[[today|D|2025-02-18]] that its [[WEST|FAC]] tokamak, at the "
        "[[Cadarache|FAC]] centre in the [[Bouches-du-Rhône|GPE]], held a hydrogen plasma for "
        "1,337 seconds, or 22 minutes, on [[12 February|D|2025-02-12]]. That is "
        "[[25%|percent|25|%]] longer than the record set by [[China|GPE]]'s "
        "[[EAST|FAC|Experimental Advanced Superconducting Tokamak]] reactor in "
        "[[Hefei|GPE]] in [[January|D|2025-01]].\n\n"
        "The plasma reached [[about 50 million degrees Celsius|quantity|50000000|°C]] with "
        "[[2 MW|quantity|2|MW]] of heating power. Holding such a plasma for long periods is one "
        "of the conditions for a working fusion power plant.\n\n"
        "\"This is a world record for a machine of this kind,\" said "
        "[[Anne-Isabelle Etienvre|PERSON]], the [[CEA|ORG|French Alternative Energies and "
        "Atomic Energy Commission]]'s director of fundamental research. "
        "[[Etienvre|PERSON|Anne-Isabelle Etienvre]] said the team now aims for plasmas lasting "
        "several hours at higher temperatures.\n\n"
        "The results will feed into [[ITER|FAC]], the [[35|count|35|nation]]-nation reactor "
        "under construction next to [[Cadarache|FAC]], which now plans to begin research "
        "operations in [[2034|D|2034]] at a cost of [[more than €20 billion|money|20000000000|"
        "EUR]].\n\n"
        "Key facts\n"
        "- Duration: 1,337 seconds\n"
        "- Temperature: [[50 million °C|quantity|50000000|°C]]\n"
        "- Heating power: [[2 MW|quantity|2|MW]]\n"
        "- Previous record: 1,066 seconds ([[EAST|FAC|Experimental Advanced Superconducting "
        "Tokamak]], [[January 2025|D|2025-01]])\n"
        "- Campaign: the [[third|ordinal|3]] since [[2023|D|2023]]\n\n"
        "About the [[CEA|ORG|French Alternative Energies and Atomic Energy Commission]]: a public "
        "research body with [[about 20,000|count|20000|employee]] employees at "
        "[[nine|count|9|centre]] centres in [[France|GPE]].\n\n"
        "Press contact: presse@cea.fr, +33 1 64 50 20 11\n",
    ),
    (
        "own12-ho-13", "travel-forecast-numbers", "2024-11-12", "2024-11-12",
        "[[AAA|ORG|American Automobile Association]] Thanksgiving forecast: by the numbers\n\n"
        "[[ORLANDO|GPE|Orlando, Florida]], [[Fla.|GPE|Florida]] ([[Nov. 12, 2024|D|2024-11-12]]) "
        "– [[AAA|ORG|American Automobile Association]] projects that "
        "[[79.9 million|count|79900000|person]] people will travel "
        "[[at least 50 miles|quantity|50|mi]] from home over the Thanksgiving period, from "
        "[[Tuesday, Nov. 26, to Monday, Dec. 2|D|2024-11-26/2024-12-02]]. That is "
        "[[1.7 million|count|1700000|person]] more than [[last year|D|2023]] and a record, "
        "beating the [[2019|D|2019]] high.\n\n"
        "By the numbers:\n"
        "• By car: [[71.7 million|count|71700000|traveler]] travelers, also a record\n"
        "• By air: [[5.84 million|count|5840000|traveler]], up [[2%|percent|2|%]] on "
        "[[2023|D|2023]]\n"
        "• Bus, train and cruise: [[2.39 million|count|2390000|traveler]], up "
        "[[8.1%|percent|8.1|%]]\n"
        "• Gas: the national average is [[$3.08|money|3.08|USD]] a gallon, down from "
        "[[$3.35|money|3.35|USD]] [[a year ago|D|2023]]\n"
        "• Domestic airfares: [[2%|percent|2|%]] lower, at [[about $270|money|270|USD]] a ticket\n"
        "• Worst time to drive: [[Wednesday, Nov. 27|D|2024-11-27]], afternoon, says traffic "
        "data firm [[INRIX|ORG]]\n"
        "• Busiest day at airports: [[Sunday, Dec. 1|D|2024-12-01]], when the "
        "[[Transportation Security Administration|ORG]] "
        "([[TSA|ORG|Transportation Security Administration]]) expects to screen "
        "[[about 3 million|count|3000000|passenger]] passengers\n"
        "• Top domestic destinations: [[Orlando|GPE|Orlando, Florida]], [[Seattle|GPE]] and "
        "[[New York|GPE|New York City]]\n"
        "• Top foreign destinations: [[London|GPE]], [[Paris|GPE]] and [[Cancun|GPE|Cancún]]; "
        "[[Vancouver|GPE]] is the only [[Canadian|NORP]] city in the top "
        "[[10|count|10|destination]]\n\n"
        "\"Thanksgiving is the busiest holiday for travel, and [[this year|D|2024]] will be no "
        "different,\" said [[Stacey Barber|PERSON]], vice president of [[AAA Travel|ORG]]. "
        "[[Barber|PERSON|Stacey Barber]] advised drivers to set out early in the morning.\n\n"
        "The [[TSA|ORG|Transportation Security Administration]] screened a record "
        "[[3.09 million|count|3090000|person]] people on [[July 7|D|2024-07-07]]. "
        "[[Thanksgiving Day|D|2024-11-28]] falls on [[Nov. 28|D|2024-11-28]].\n",
    ),
    (
        "own12-ho-14", "radio-interview-transcript", "2025-04-23", "2025-04-23",
        "TRANSCRIPT\n"
        "[[NPR|ORG]] radio interview, [[April 23, 2025|D|2025-04-23]]\n"
        "Guest: [[Derek Manzello|PERSON]], coordinator of [[Coral Reef Watch|ORG]] at the "
        "[[National Oceanic and Atmospheric Administration|ORG]] "
        "([[NOAA|ORG|National Oceanic and Atmospheric Administration]])\n\n"
        "HOST: The world's reefs are in the grip of the [[fourth|ordinal|4]] global coral "
        "bleaching event on record. How bad is it?\n\n"
        "[[MANZELLO|PERSON|Derek Manzello]]: Since [[January 1, 2023|D|2023-01-01]], heat stress "
        "strong enough to bleach corals has hit [[about 84%|percent|84|%]] of the world's reef "
        "area, in [[at least 82|count|82|country]] countries and territories. The last event, "
        "from [[2014 to 2017|D|2014/2017]], reached [[68%|percent|68|%]].\n\n"
        "HOST: Where is it worst?\n\n"
        "[[MANZELLO|PERSON|Derek Manzello]]: The [[Great Barrier Reef|LOC]] had its "
        "[[fifth|ordinal|5]] mass bleaching since [[2016|D|2016]] [[last year|D|2024]]. Off "
        "[[Florida|GPE]], water in the [[Keys|LOC|Florida Keys]] reached "
        "[[38.4 degrees Celsius|quantity|38.4|°C]] in [[July 2023|D|2023-07]]. The "
        "[[Red Sea|LOC]] and the coast of [[Brazil|GPE]] were hit hard too.\n\n"
        "HOST: Can the reefs recover?\n\n"
        "[[MANZELLO|PERSON|Derek Manzello]]: Bleached corals can survive if waters cool within "
        "a few weeks. Our satellites check sea temperatures every day.\n\n"
        "HOST: [[Australia|GPE]] has promised money for the reef.\n\n"
        "[[MANZELLO|PERSON|Derek Manzello]]: Yes, [[A$1.2 billion|money|1200000000|AUD]] over "
        "[[nine years|D|P9Y]], through the [[Great Barrier Reef Marine Park Authority|ORG]] and "
        "others. The [[International Coral Reef Initiative|ORG]] "
        "([[ICRI|ORG|International Coral Reef Initiative]]) says the world spends far less than "
        "reefs are worth, some [[$375 billion|money|375000000000|USD]] a year in fisheries, "
        "tourism and coastal protection.\n\n"
        "HOST: Your own agency faces budget cuts.\n\n"
        "[[MANZELLO|PERSON|Derek Manzello]]: I can't speak to the budget. Our monitoring goes "
        "on, as it has for [[more than 25 years|D|P25Y]].\n\n"
        "HOST: [[Derek Manzello|PERSON]], thank you.\n",
    ),
]

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Easter 2026 = Sunday 5 April; the Tuesday after it is the 7th.
        ("2026-02-10", "The ferry to the islands restarts [the Tuesday after Easter|2026-04-07]."),
        ("2024-05-20", "The inspectors return [four weeks from tomorrow|2024-06-18]."),
        ("2025-08-04", "Rent for the market stalls is due [the first Monday of September|2025-09-01]."),
        ("2026-01-14", "The shipyard in Gdansk delivered the hull [two days before Christmas|2025-12-23]."),
        # Monday 14 October 2024; ten working days on (weekends skipped) is Monday 28 October.
        ("2024-10-02", "Tenders are due [ten working days after 14 October|2024-10-28]."),
        ("2025-06-18", "The runoff in Lima was held [the day before yesterday|2025-06-16]."),
        ("2026-07-09", "Tolls on the new bypass start [six weeks after the 1 August opening|2026-09-12]."),
    ],
    "range": [
        ("2025-01-15", "Pre-season trials for the rowing squad run [3-7 March|2025-03-03/2025-03-07]."),
        # Wednesday 6 November 2024, future clause: Friday 8 to Monday 11.
        ("2024-11-06", "The port of Durban will be shut from [Friday through Monday|2024-11-08/2024-11-11]."),
        ("2025-09-22", "Grain shipments from Odesa rose over [H1 2025|2025-01/2025-06]."),
        ("2026-04-01", "The farm census was taken between [2019 and 2021|2019/2021]."),
        ("2024-02-27", "The lantern exhibition in Taipei ran from [mid-December to late January|2023-12/2024-01]."),
        ("2025-05-14", "Voting in the referendum takes place on [June 8-9|2025-06-08/2025-06-09]."),
        ("2026-10-05", "The minister served as mayor of Recife from [1998 until 2004|1998/2004]."),
    ],
    "words": [
        ("2025-03-19", "The Aswan dam was finished in [nineteen sixty-four|1964]."),
        ("2024-06-06", "The book fair opens on [the third of August|2024-08-03]."),
        ("2026-02-20", "The fishing pact dates from [the summer of two thousand and three|2003-06/2003-08]."),
        ("2025-11-11", "The ceasefire took effect [eleven days ago|2025-10-31]."),
        ("2024-09-17", "The airline's charter expires in [twenty twenty-nine|2029]."),
    ],
    "period": [
        # U.S. federal fiscal year (ANNOTATION.md).
        ("2025-02-04", "The Pentagon's request for [FY2026|2025-10-01/2026-09-30] is still pending."),
        # UK tax year, April-March (ANNOTATION.md).
        ("2025-05-21", "Britain's receipts from inheritance tax rose in [2024/25|2024-04/2025-03]."),
        # An Australian financial year runs July-June (docstring).
        ("2024-08-29", "The Brisbane miner's profit fell in [the 2023-24 financial year|2023-07/2024-06]."),
        ("2025-10-30", "Tyre sales in Chennai rose in [the third quarter|2025-07/2025-09]."),
        ("2026-07-15", "Wine exports from Mendoza dipped in [the 12 months to May|2025-06/2026-05]."),
        ("2024-12-12", "Bus fares in Leeds will be frozen until [the end of next year|2025]."),
        ("2025-04-02", "Factory output in Vietnam grew in [the final quarter of 2024|2024-10/2024-12]."),
        # A Japanese fiscal year runs April-March (ANNOTATION.md).
        ("2026-03-25", "The Tokyo ministry set its plans for [fiscal 2026|2026-04/2027-03]."),
    ],
    "weekday": [
        ("2025-07-09", "The refinery at Jamnagar restarted on [Sunday|2025-07-06]."),
        ("2025-07-09", "The senate in Canberra votes on the bill on [Tuesday|2025-07-15]."),
        ("2024-03-14", "[Last Friday|2024-03-08]'s bond auction drew few bids."),
        ("2024-03-14", "Talks between the unions resume [this Saturday|2024-03-16]."),
        # The reference date's own weekday in a report of the day (README reading).
        ("2026-09-30", "Police said on [Wednesday|2026-09-30] that the coast road had reopened."),
        ("2025-12-22", "The court adjourned on [Friday|2025-12-19] and will sit again on [Monday, January 5|2026-01-05]."),
        ("2024-01-31", "Postal ballots should arrive on [Thursday|2024-02-01] or [Friday|2024-02-02]."),
    ],
    "month-tense": [
        ("2025-10-20", "Rents in Lisbon peaked in [August|2025-08]."),
        ("2025-10-20", "The metro extension in Lisbon opens in [March|2026-03]."),
        ("2024-02-08", "The drought in Zambia ended in [November|2023-11]."),
        ("2026-06-03", "The ministry will publish the harvest figures on [June 30|2026-06-30]."),
        ("2025-01-09", "Soybean imports slumped in [October|2024-10], customs data showed."),
    ],
    "duration": [
        ("2024-07-03", "The bridge over the Tagus was closed for [eleven months|P11M]."),
        ("2025-09-09", "A [90-day|P90D] pause on the new tariffs ended."),
        ("2026-05-19", "The grid contract runs for [at least five years|P5Y]."),
        ("2024-04-24", "The coach has led the club for [almost a decade|P10Y]."),
        ("2025-12-01", "The crew had been at sea for [a fortnight|P2W]."),
        ("2026-02-02", "The loan carries a [30-year|P30Y] term."),
    ],
    "holiday": [
        # U.S. Labor Day 2025 = Monday 1 September.
        ("2025-03-03", "The border crossing reopens [the day after Labor Day|2025-09-02]."),
        # U.S. Thanksgiving 2024 = Thursday 28 November.
        ("2024-10-15", "The malls in Ohio close early on [Thanksgiving Day|2024-11-28]."),
        # Easter 2026 = 5 April; Good Friday 3 April.
        ("2026-03-09", "Ferries to Mull run extra sailings on [Good Friday|2026-04-03]."),
        ("2025-06-20", "The tax audit of the brewery started on [New Year's Eve|2024-12-31]."),
    ],
    "week": [
        # Wednesday 11 June 2025 is in W24.
        ("2025-06-11", "Freight rates on the Asia-Europe route fell [this week|2025-W24]."),
        # Monday 2 September 2024 is in W36.
        ("2024-09-02", "Delegates arrive in Nairobi [next week|2024-W37]."),
        ("2026-01-21", "Most ballots were counted in [week 2|2026-W02]."),
    ],
    "season": [
        ("2025-07-10", "The coral survey off Belize resumes in [the autumn|2025-09/2025-11]."),
        ("2024-04-18", "The river at Manaus nearly dried up [last summer|2023-06/2023-08]."),
        ("2026-11-02", "The stadium roof should be finished by [spring 2027|2027-03/2027-05]."),
    ],
    "negative": [
        ("2025-05-05", "The Prague Spring festival opened with Smetana."),
        ("2024-10-10", "The clinic in Mombasa is open every other Tuesday."),
        ("2026-08-18", "The launch was delayed by forty-five minutes."),
        ("2025-02-26", "Quarterly dividends and monthly rents were both raised."),
        ("2024-12-16", "Sales at the chain are up 4% year-to-date."),
    ],
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "The floods displaced [eighty-five thousand|count|85000|person] people in Assam.",
        "The Oslo pension fund sold [four hundred million kroner|money|400000000|NOK] of bonds.",
        "[Twenty-three|count|23|miner] miners were trapped near Zonguldak.",
        "The gas pipeline stretches [two hundred and ten kilometres|quantity|210|km].",
        "The palace museum drew [a million|count|1000000|visitor] visitors.",
    ],
    "fractions": [
        "The rain gauge in Galveston recorded [2½ inches|quantity|2.5|in].",
        "The central bank lifted its rate by [1/2 percentage point|percent|0.5|pp].",
        "The vacant lot measures [¾ acre|quantity|0.75|acre].",
        "The Treasury note yields [4⅜%|percent|4.375|%].",
        "The ferry crossing is [three and a half miles|quantity|3.5|mi] long.",
    ],
    "grouping": [
        "The Mumbai trust holds [₹1,25,00,000|money|12500000|INR] in deposits.",
        "The Buenos Aires province owes [ARS 1.250.000.000|money|1250000000|ARS].",
        "The Chilean miner paid [CLP 45.600.000|money|45600000|CLP] in fines.",
        "The Paris suburb of Argenteuil has [112 450|count|112450|resident] residents.",
        "The Hamburg tunnel repairs cost [€1.234.567|money|1234567|EUR].",
    ],
    "scale": [
        "Egypt secured [$8bn|money|8000000000|USD] from the IMF.",
        "The Johannesburg miner lost [R2.3bn|money|2300000000|ZAR].",
        "The Seoul chipmaker plans [₩20tn|money|20000000000000|KRW] of investment.",
        "The Sydney airport raised [A$1.5m|money|1500000|AUD] for the new gates.",
        "The Dhaka garment group earned [Tk 450 crore|money|4500000000|BDT].",
    ],
    "currency": [
        "The Budapest tram order is worth [HUF 90 billion|money|90000000000|HUF].",
        "A beer in Prague costs [55 Czech crowns|money|55|CZK].",
        "Turkish exporters earned [₺1.2 trillion|money|1200000000000|TRY].",
        "The Nairobi county budget is [KSh 42 billion|money|42000000000|KES].",
        "The Riyadh metro cost [SAR 84.4 billion|money|84400000000|SAR].",
        "The toll on the Oresund bridge is [DKK 440|money|440|DKK] for a car.",
    ],
    "two-unit": [
        "The bus fare in Leeds was [3 pounds 50 pence|money|3.5|GBP].",
        "The goalkeeper is [5 feet 9 inches|quantity|5.75|ft] tall.",
        "The mast of the yacht is [12 metres 40 centimetres|quantity|12.4|m] high.",
    ],
    "units": [
        "The container ship carries [24,000 TEU|quantity|24000|TEU].",
        "Winds off the Faroes reached [45 knots|quantity|45|kn].",
        "The hydro plant produced [1,800 GWh|quantity|1800|GWh] last year.",
        "The trawler was seized [12 nautical miles|quantity|12|nmi] offshore.",
        "Gusts hit [32 m/s|quantity|32|m/s] in Bergen.",
    ],
    "comparator": [
        "[Fewer than 200|count|200|vulture] vultures remain in the park.",
        "The pension fund lost [over €3 billion|money|3000000000|EUR].",
        "[At most 15%|percent|15|%] of the quota may be carried over.",
        "[Just under 9,000|count|9000|seat] seats were sold for the final.",
    ],
    "range": [
        "Rents in Dublin rose [4|percent|4|%] to [5 per cent|percent|5|%].",
        "The quake was felt [100|quantity|100|km] to [150 kilometres|quantity|150|km] away.",
        "Tickets for the concert cost [£40|money|40|GBP]-[£120|money|120|GBP].",
        "Between [30|count|30|boat] and [40|count|40|boat] boats joined the search.",
    ],
    "percent": [
        "Annual inflation in Argentina slowed to [117.8 percent|percent|117.8|%].",
        "The Bund yield rose [12 basis points|percent|0.12|pp].",
        "[Forty percent|percent|40|%] of Uruguay's power is wind.",
        "Turnout fell [2.1 percentage points|percent|2.1|pp] in the runoff.",
        "House prices in Cork rose [5.5pc|percent|5.5|%].",
    ],
    "ordinal": [
        "The Kenyan runner finished [third|ordinal|3] in Boston.",
        "The port marks its [100th|ordinal|100] anniversary.",
        "The club slipped to [seventh|ordinal|7] in the table.",
        "She won her [twenty-second|ordinal|22] title in Rome.",
    ],
    "tally": [
        "The senate voted [51|number|51]-[49|number|49] to confirm him.",
        "Japan beat Spain [2|number|2]-[1|number|1] in Doha.",
        "The board voted [seven|number|7] to [two|number|2] for the merger.",
    ],
    "approximate": [
        "[About 70,000|count|70000|fan] fans filled the stadium in Cardiff.",
        "[Around 1.4 million|count|1400000|pilgrim] pilgrims reached Mecca.",
    ],
    "negative": [
        "Nine out of ten families in the district have no running water.",
        "The Airbus A350-1000 was delivered to Doha.",
        "Thousands of farmers blocked roads in Brussels.",
        "Call the helpline on 0800 555 0199 for details.",
    ],
}


if __name__ == "__main__":
    build_set(
        "own12",
        "own12-briefs-heldout",
        BRIEFS,
        DATE_CASES,
        FIGURE_CASES,
        source_briefs=SOURCE_BRIEFS,
        source_cases=SOURCE_CASES,
    )

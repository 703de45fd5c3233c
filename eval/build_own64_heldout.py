"""Build the sixty-fourth held-out set: eval/own64-briefs-heldout.jsonl, own64-dates-heldout.jsonl
and own64-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 41 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples, benchmarks or venv; no NLP tool was
run on the texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the
three it writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides
``shared/eval/ANNOTATION.md`` (in full, with its "Statements" section and the tense rule) and
``FORMAT.md`` it read only ``build_own63_heldout.py`` and ``own63_heldout_briefs_a.py`` (the latest
set of this kind: file format, markup and checks; ``case_marks`` and ``heldout_build`` are imported
as set 63 does, their text unread but for the few lines that raised when a check failed), the
"Sixty-third held-out set" section of ``eval/README.md`` and the topic rows of sets 19-63 in its
summary table (see the "Exposures" paragraph of the README section for what else it saw in listings,
grep output and tracebacks, among them two later sections of the README on briefx's name tables).
The texts were written by hand for this set and annotated inline while writing, by
``ANNOTATION.md``; where it is silent, the choice is listed below. The marked texts of the briefs and
their statements are in ``own64_heldout_briefs_a.py`` and ``own64_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and topics from the Nordic and Baltic
countries, Poland, Czechia, Hungary and Romania, Central Asia, China, Taiwan and Hong Kong and the
Southern Cone that earlier sets lacked. Eight official texts (a National Bank of Kazakhstan base-rate
press release with a capitalised headline, percentage points, a rate corridor, "•" key factors, $ =
USD and KZT and a weekday-and-date effective day; a Hong Kong Census and Statistics Department advance
GDP release in the government's layout, a row of asterisks, "today (October 31)", a table of growth by
component, HK$ = HKD, basis points and an "Ends/Friday, October 31, 2025" line with an "Issued at HKT
16:30" clock time; LATAM Airlines Group third-quarter results with a "SANTIAGO, Chile" dateline, a
"3Q25"/"3Q24" table, US$ with "m", passengers, aircraft and tonnes; a China Manned Space Agency
announcement of the Shenzhou-20 crew's return with labelled fields, a "Beijing time" clock time and
the mission and spacecraft names; an Argentine Red Cross humanitarian update on the Bahía Blanca
floods with a "Published" line, "•" situation figures, millimetres, metres, ARS and US$; a statement
of the Press Service of the President of Kazakhstan on the second China–Central Asia Summit with a
"From:" line, "•" outcomes, a treaty, $ = USD, yuan = CNY and kilometres; a Bank of Lithuania
supervisory decision fining Revolut with labelled fields, € and a "2021-2023" period; a ČEZ press
release on the Dukovany new-units contract with KHNP with "-- " key facts, CZK, €, megawatts and notes to
editors), three Wikinews-style reports (Romania's Constitutional Court annulling the presidential
election, Frederik X proclaimed King of Denmark, Lai Ching-te winning Taiwan's presidential election)
and three Reuters wire items of the 1996 CoNLL-2003 kind (a Budapest markets item on record share
prices, the forint's crawling devaluation and the 1997 budget with forints = HUF, 1996-09-26; the
European Cup group D decider in which Rosenborg beat AC Milan at the San Siro, with scorers and a
standings table, 1996-12-04; Stockholm Open quarter-final results with seedings, players' countries in
brackets and set scores, 1996-11-08). Real institutions, places, office holders and sportspeople; the
events are modelled on real ones but details, quotations and many figures are invented or approximate
and must not be read as reporting (the 1996 results and the standings are approximate or invented).
Every brief states its own date: ``published`` = ``reference_date``.

Markup and checks as set 63 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
the imported checks, ``check_own64`` below asserts again that every span's text equals its slice,
that no span starts or ends on white space, that no span ends in a possessive, that no entity span
starts with a determiner ("the", "a", "an") unless its name does, and that every statement's
content equals its slice.

Run from the project root: ``python3 eval/build_own64_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "NBK" ORG "National Bank of Kazakhstan"; "National Fund" ORG "National Fund of the Republic
  of Kazakhstan"; "VAT", "Brent" (a crude-oil benchmark, like an index), "BUX index", "Gross Domestic
  Product" and "Group D" untagged; "the government"/"the Government" untagged; "C&SD" ORG "Census and
  Statistics Department"; "Mr" outside PERSON spans, "Paul Chan"/"Chan" PERSON "Paul Chan Mo-po"; "US"
  before "Federal Reserve" GPE "United States" and "Federal Reserve" ORG; "HKT" (a time zone in a clock
  time) untagged; "LATAM Airlines Group S.A." with "S.A." inside the span, name "LATAM Airlines Group",
  "LATAM" in quotation marks the same; "SANTIAGO" GPE "Santiago"; "Boeing 787" PRODUCT (its "787" no
  figure); "Santiago Stock Exchange" ORG; "North America", "South America", "Central Asia", "Europe",
  "Asia" LOC; "Shenzhou-20"/"Shenzhou-21" EVENT where the mission is meant ("Mission:", "the Shenzhou-20
  crew") and PRODUCT where the spacecraft is meant ("Shenzhou-21 spacecraft", "Shenzhou-22 will be
  launched"), named by the article titles "Shenzhou 20", "Shenzhou 21", "Shenzhou 22" (the numbers part
  of the names, no figures); "Dongfeng Landing Site" FAC as written; "Tiangong space station", "Jiuquan
  Satellite Launch Center" FAC; "Beijing" in "16:40 Beijing time" GPE (the clock time untagged);
  astronauts named without a disambiguating bracket ("Chen Dong", "Wang Jie", "Zhang Lu"); "CCTV" ORG
  "China Central Television"; "Red Cross" in "Red Cross volunteers" ORG "Argentine Red Cross"; "National
  Meteorological Service" ORG "National Meteorological Service (Argentina)"; "Buenos Aires Province" GPE,
  also inside "Buenos Aires Province Governor"; "Press Service of the President of the Republic of
  Kazakhstan" an office, untagged, with "Republic of Kazakhstan" GPE "Kazakhstan"; "China–Central Asia
  Summit" (also in capitals) EVENT, its "China" not tagged apart; "Treaty on Permanent
  Good-Neighbourliness, Friendship and Cooperation" LAW; "China–Kyrgyzstan–Uzbekistan railway" FAC;
  "Kazakh", "Central Asian" NORP; "Revolut Bank UAB" ORG "Revolut" (the licensed subsidiary by the
  group's title); "Financial Crime Investigation Service"/"FCIS" ORG as written; "Member of the Board"
  a title; "ČEZ"/"ČEZ GROUP" ORG "ČEZ Group"; "Elektrárna Dukovany II"/"EDU II" ORG as written;
  "DUKOVANY" in the headline FAC "Dukovany Nuclear Power Station"; "APR1000" PRODUCT (a reactor design);
  "Supreme Administrative Court" ORG "Supreme Administrative Court of the Czech Republic"; "Regional Court
  in Brno" ORG as written; "EDF" ORG "Électricité de France"; "Constitutional Court" in the headline ORG
  "Constitutional Court of Romania"; "Supreme Council of National Defence" ORG "... (Romania)"; "TikTok"
  ORG; "Romanians" NORP "Romanian", "Danes" NORP "Dane", "Swede" NORP "Swede" (the singular demonym);
  "King of Denmark", "Queen", "Crown Prince" titles outside the spans, "Denmark" inside them GPE;
  "Christian" PERSON "Christian, Crown Prince of Denmark"; "Mary" PERSON "Queen Mary of Denmark";
  "Copenhagen Police" ORG; "Australian-born" NORP "Australian" without "-born"; "Central Election
  Commission" ORG "Central Election Commission (Taiwan)"; "Taiwan People's Party" with the "'s" of its
  name; "National Bank of Hungary" ORG "Magyar Nemzeti Bank"; wire names without accents named with them
  ("Gyorgy Suranyi" -> "György Surányi", "Peter Medgyessy", "Oscar Tabarez", "IFK Goteborg", "Jonas
  Bjorkman", "Marcelo Rios", "Mikael Tillstrom"); "OECD" ORG "OECD"; "MOL" ORG "MOL Group";
  "ROSENBORG"/"Rosenborg" ORG "Rosenborg BK", "MILAN"/"Milan" the club ORG "AC Milan" (the dateline GPE
  "Milan"), "Porto" ORG "FC Porto"; "European Cup" EVENT "1996–97 UEFA Champions League"; "San Siro" FAC;
  surnames in capitals in the tennis headline PERSON; "Stockholm Open" EVENT "1996 Stockholm Open",
  "Paris Open" EVENT "1996 Paris Open"; players' countries in brackets GPE, "U.S." "United States".
- Statements: cues say, tell, announce, note, expect, warn, according to, add, appeal for, call for,
  deny, estimate, forecast, pledge, propose, report, urge; an issuer naming itself in the third person
  speaks ("The NBK now forecasts", "the C&SD noted", "the agency said" (a lower-case short form of the
  issuer), "The Argentine Red Cross has opened ... and it appealed for", "The Bank of Lithuania noted");
  "It said" (the HKMA) by pronoun; "the court said" (a lower-case short form of a named court) the court;
  "the central bank said" the Magyar Nemzeti Bank; "documents of the Supreme Council of National Defence
  which said that X and that Y" one statement of the council (a document speaks for its issuer);
  "X, according to the Central Election Commission" the clause before it; "forecasts X and expects Y"
  two statements; "said X, and that Y" one; "proposed X, noting that Y" two, the first a noun phrase;
  "Russia has denied interfering in the election" with a gerund-phrase content; "reported net income of
  ...", "announced a fund of ...", "expects liquidity of ..." and "appealed for ARS ..." noun-phrase
  contents; "had announced on 31 December, in a televised address, that she would step down" announce;
  "Georgescu said: “...”" a quotation with its final stop kept; straight-quoted wire quotations without
  their comma; a quotation followed by "X told reporters/the crowd/supporters" cue tell; reported clauses
  keep their quoted words (quote false); the headlines, the "Key factors", "Outcomes", "Key facts" and
  labelled lines and "dealers said" not annotated; "raised its 2025 guidance", "signed the
  contract", "signed the treaty", "fined ..." and "declassified documents" (actions) not statements.
- Figures: "KZT" KZT; "$" in the Kazakh release, the summit statement, the Budapest wire and the tennis
  prize money USD; "US$" USD; "HK$" HKD; "ARS" ARS; "yuan" CNY; "€" EUR; "CZK" CZK; "forints" HUF;
  "percentage points" pp; "25 basis points" 0.25 pp; "17% to 19%", "11.5-13.5%", "5.5-7.5%", "2 to 3%",
  "15.5-16.5%" two figures, the first taking its unit from the second; "about $67 a barrel" and "KZT
  541.8 per dollar" with the rate outside the span; "US$3,711m" with "m" as million; "22.4m" and "21.1m"
  in the row "Passengers carried" counts "passenger", "People evacuated: about 1,450" "person", "Deaths
  confirmed: 16" "death" (nouns restored from the labels); "six aircraft", "two Boeing 787 aircraft"
  count "aircraft"; "113-seat" count 113 "seat" and "the DPP 51 and the TPP eight" "seat" restored;
  "more than 290 millimetres" mm, "up to 1.5 metres" m, "about 390 kilometres", "about 300 kilometres",
  "about 40 kilometres" km, "about 1,050 megawatts" MW, "about 290,000 tonnes" t; "the sixth consecutive
  quarter", "SECOND"/"second" summit, "third summit", "First unit"/"first unit", "first round", "second
  term", "Second seed", "third seed", "second set" ordinals; the BUX level "2,614.37" and "2,700"
  ``number``; "3,420 forints" and "153.72 forints" money HUF; standings cells, match, set and tiebreak
  scores and seedings ``number``; "16 points" count "point"; "19 aces" count "ace"; "about half of the
  city’s average annual rainfall" and "about a fifth" (fractions) untagged; "No. 2" (a designation)
  untagged; "16:40", "12:00", "15:00", "HKT 16:30", "in about eight hours" and "with 20 minutes left"
  (clock times and sub-day spans) untagged; "millions of customers" vague, untagged.
- Dates: "Monday, 13 October" one span with its weekday; "January" in a future clause (the VAT rise,
  in October) the next January; "August", "September" of the text's year; "next year" the year after
  the reference year; "today (October 31)" two spans; "the second quarter" of the text's year; "Q3
  2025", "3Q25", "3Q24" and "Third Quarter 2025" quarter month ranges; "the first nine months of 2025"
  and "the first half of 1996" month ranges; "Ends/Friday, October 31, 2025" one span with its weekday;
  "December 31" this year's; "204 DAYS"/"204 days" "P204D"; "5 November" (a return due before a 14
  November release) and "1 November" this year's; "the next two years" anchored at day precision
  "2025-06-17/2027-06-17"; "2021-2023" "2021/2023" and "1985-1987" "1985/1987"; "between October 2023
  and February 2024" one span with "between"; "in 2024 prices" the year; "in April" (in June, past) this
  year's; "83-year-old" "P83Y"; "nearly 900 years" "P900Y"; "31 December" in a January report the
  December before; "tomorrow" in "a unifying king of tomorrow" (generic) untagged; "May 20", "December
  21" in future clauses this year's; "next month’s" with the possessive outside (October 1996), "this
  week" "1996-W39", "from January" in a September 1996 future clause "1997-01", "in December" "1996-12",
  "October" (a coming sale) "1996-10", "March" (the coming quarter-finals, in December 1996) "1997-03";
  bare weekdays by tense ("Thursday" before a Friday release; "Wednesday" before a Thursday release;
  "Friday" and "Saturday" before, "Monday" of the day and "Wednesday" after a Monday update; "Tuesday"
  before a Wednesday release; "Sunday" in "scheduled for Sunday, will not take place" after a Friday
  report, "Wednesday" before it; "Tuesday" before and "Thursday" of a Thursday wire; "Wednesday" of a
  Wednesday wire and "Sunday" before it; "Friday" of a Friday wire and "Saturday’s" after it); "year on
  year", "full-year" avoided or untagged; "three months", "two weeks", "six months", "30 days", "60
  years", "52 years" durations.
- Date cases: see the comments at each case; "ten days from today", "the first Monday of March"
  composed from the month, "a year ago tomorrow" at day precision; "from 1 September 2023 to 30 November
  2023" one span with "from"; Hong Kong's "2025-26" and "2024/25" April-March at month precision; "the
  third quarter" without a year from the reference date; "the first nine months of 2025" a month range;
  Norway's Constitution Day (17 May), Poland's and Brazil's Independence Day (11 November, 7 September;
  the country from the city named) and Taiwan's Double Ten Day (10 October) by their calendar dates;
  "last winter" in April the December-February before; "spring 2030" March-May; "the late 1990s" the
  decade; "one to six months" two durations, the unit of the first from the second. Negatives: a
  habitual "every Tuesday", a clock time "each morning", "Weekly" as a rate word, a vague "the coming
  months", "Year-over-year" as a modifier.
- Figure cases: "fifty thousand tenge" KZT; "lei" RON; "soms" KGS; "UZS"; "CLP"; "ISK"; "R$" with "trn"
  BRL; "RMB" with "tn" CNY; "NT$" TWD; "HK$" with "bn" HKD; "NOK"; "PLN"; "HUF"; "CZK"; "18.6m" passengers
  a count; "half a million" 500000; "50 basis points" 0.5 pp; "three percentage points" 3 pp; "a quarter
  of a percentage point" 0.25 pp; "34.1 pct" percent; "acres" "acre"; "between 1% and 1.5%" two figures
  without "between"; "EUR 300 to EUR 400 million" two figures, the first taking its scale from the
  second; "20-25 boats" two counts; "5-1/4 percent" 5.25; "6 feet 3 inches" 6.25 ft; "€1 and 50 cents"
  1.5 EUR; "-2,150" number -2150; "14th" ordinal; tallies "9-6", "2-1", "58 to 33". Negatives: a section
  citation, a vague "Hundreds", a proportion "Two in five", a phone number."""


from __future__ import annotations

import json
import re
import sys

import case_marks
from heldout_build import build_heldout
from own64_heldout_briefs_a import BRIEFS_A
from own64_heldout_briefs_b import BRIEFS_B

# ISO 4217 codes this set uses that the builder's list may lack.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"KZT", "USD", "HKD", "CNY", "ARS", "EUR", "CZK", "HUF",
                                                  "PLN", "RON", "KGS", "UZS", "CLP", "UYU", "ISK", "BRL",
                                                  "TWD", "NOK", "SEK", "DKK"}

TAG = "own64"
SOURCE_BRIEFS = (
    "own64: written and annotated by hand for briefx (held-out set 64, session 41) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the National Bank of Kazakhstan, the Hong "
    "Kong Census and Statistics Department, LATAM Airlines Group, the China Manned Space Agency, the Argentine "
    "Red Cross, the Press Service of the President of Kazakhstan (China–Central Asia Summit), the Bank of "
    "Lithuania and ČEZ, Wikinews-style reports and Reuters-style 1996 wire copy; real institutions, places, "
    "office holders and sportspeople, events modelled on real news with invented or approximate details and "
    "quotations; MIT"
)
SOURCE_CASES = (
    "own64: short cases written and annotated by hand for briefx (held-out set 64, session 41) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

_MARK = re.compile(r"\[\[([^|\]]*)\|[^\]]*\]\]")


def _in_text_order(brief: tuple) -> tuple:
    """The statements of a brief sorted by where their content stands in the plain text."""
    plain = _MARK.sub(r"\1", brief[4])
    statements = sorted(brief[5], key=lambda st: plain.index(st[2]))
    return (*brief[:5], statements)


BRIEFS = [_in_text_order(b) for b in BRIEFS_A + BRIEFS_B]

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        ("2026-03-11", "The Riga tram line reopened [two weeks ago|2026-02-25]."),
        ("2025-05-14", "The Vilnius trial resumes [ten days from today|2025-05-24]."),
        # Wednesday 18 September 2024: two days before is Monday the 16th.
        ("2024-09-18", "Oslo's ferry strike began [the day before yesterday|2024-09-16]."),
        # 1 March 2026 is a Sunday: the first Monday is the 2nd.
        ("2026-01-21", "Warsaw's new bridge opens on [the first Monday of March|2026-03-02]."),
        # Tomorrow is 4 December 2025; a year before it.
        ("2025-12-03", "The Hong Kong toll tunnel opened [a year ago tomorrow|2024-12-04]."),
    ],
    "range": [
        # A future clause in June: this year's July.
        ("2025-06-11", "The Kraków jazz festival runs [3-9 July|2025-07-03/2025-07-09]."),
        # Thursday 14 May 2026, a past clause: the Monday to Wednesday just before.
        ("2026-05-14", "Finnish dockers struck [from Monday to Wednesday|2026-05-11/2026-05-13]."),
        ("2024-07-17", "Chile's copper output data cover [2015-2023|2015/2023]."),
        # A past clause in March: last December to this February.
        ("2025-03-19", "Almaty schools closed early [from December to February|2024-12/2025-02]."),
        ("2026-09-02", "Uruguay's census ran [from 1 September 2023 to 30 November 2023|2023-09-01/2023-11-30]."),
        # A past clause in November: this year's June to August.
        ("2024-11-13", "Bucharest's metro works lasted [between 10 June and 25 August|2024-06-10/2024-08-25]."),
    ],
    "words": [
        ("2025-04-09", "Lithuania declared independence in [nineteen ninety|1990]."),
        ("2024-02-21", "Norway's constitution was signed on [the seventeenth of May, eighteen fourteen|1814-05-17]."),
        ("2026-06-10", "Iceland became a republic in [June of nineteen forty-four|1944-06]."),
        # A future clause in August: this year's 5 September.
        ("2025-08-20", "The Tallinn marathon will start on [the fifth of September|2025-09-05]."),
        ("2024-05-22", "Kazakhstan became independent in [nineteen ninety-one|1991]."),
    ],
    "news": [
        ("2026-04-15", "Car sales in Prague rose [last month|2026-03]."),
        ("2025-10-08", "The Chilean peso has strengthened [this year|2025]."),
        ("2024-08-14", "The court in Bishkek rules [tomorrow|2024-08-15]."),
        ("2026-02-11", "Police in Montevideo detained two men [yesterday|2026-02-10]."),
    ],
    "fiscal": [
        # Hong Kong's financial year runs April-March.
        ("2025-02-26", "Hong Kong's budget for [2025-26|2025-04/2026-03] shows a deficit."),
        ("2024-03-13", "Hong Kong's [2024/25|2024-04/2025-03] budget cut stamp duty."),
        # A quarter without a year takes the year of the reference date.
        ("2024-11-20", "Hungary's GDP shrank in [the third quarter|2024-07/2024-09], the office said."),
        ("2025-08-06", "Volvo Cars' sales slipped in [Q2 2025|2025-04/2025-06]."),
        ("2026-03-04", "Poland's deficit will narrow in [the second half of 2026|2026-07/2026-12]."),
        ("2025-11-05", "Taiwan's exports jumped in [the first nine months of 2025|2025-01/2025-09]."),
    ],
    "weekday": [
        # Wednesday 18 March 2026: a past and a future clause.
        ("2026-03-18", "The Riga ferry docked in Ventspils on [Monday|2026-03-16]."),
        ("2026-03-18", "The Riga ferry will dock in Ventspils on [Monday|2026-03-23]."),
        # Wednesday 9 October 2024, a future clause.
        ("2024-10-09", "The Polish president will visit Vilnius on [Friday|2024-10-11]."),
        # Wednesday 12 February 2025, a past clause.
        ("2025-02-12", "Storms hit Bergen on [Sunday|2025-02-09]."),
        # Wednesday 4 November 2026.
        ("2026-11-04", "The forint rallied [last Thursday|2026-10-29]."),
        # Wednesday 29 May 2024, a future clause.
        ("2024-05-29", "Talks in Bishkek resume [next Tuesday|2024-06-04]."),
    ],
    "month-tense": [
        ("2026-05-20", "Rapeseed prices in Latvia peaked in [March|2026-03]."),
        ("2026-05-20", "The new Tartu concert hall opens in [March|2027-03]."),
        # A past clause in January: last October.
        ("2025-01-22", "Fires hit Valparaíso in [October|2024-10], officials said."),
        ("2024-08-07", "Sweden's parliament will reopen on [September 10|2024-09-10]."),
        ("2025-11-12", "The Santiago metro line will open by [March 31|2026-03-31]."),
    ],
    "duration": [
        ("2026-02-18", "The strike at the port of Gdańsk lasted [nearly three weeks|P3W]."),
        ("2025-09-10", "Chile sold [twenty-year|P20Y] bonds."),
        ("2024-06-12", "Suspects in Lithuania may be held for [up to three months|P3M]."),
        ("2026-10-14", "The restoration of Prague's Charles Bridge took [more than 15 years|P15Y]."),
        ("2025-03-26", "Estonian teachers signed a [three-year|P3Y] pay deal."),
        # Two durations, the unit of the first taken from the second.
        ("2024-04-24", "Work visas for Kazakhstan last [one|P1M] to [six months|P6M]."),
    ],
    "holiday": [
        # Norway's Constitution Day is 17 May; a future clause.
        ("2026-05-06", "Oslo will hold its children's parade on [Constitution Day|2026-05-17]."),
        # Poland's Independence Day is 11 November; a past clause.
        ("2025-11-19", "Thousands marched in Warsaw on [Independence Day|2025-11-11]."),
        # Taiwan's National Day (Double Ten Day) is 10 October; a future clause.
        ("2024-09-25", "Taipei will hold fireworks on [Double Ten Day|2024-10-10]."),
        # Brazil's Independence Day is 7 September; a past clause.
        ("2026-09-16", "Crowds in Brasília celebrated [Independence Day|2026-09-07]."),
    ],
    "week": [
        # Wednesday 25 February 2026 is in ISO week 9.
        ("2026-02-25", "The tender in Tallinn closed [last week|2026-W08]."),
        # Wednesday 16 July 2025 is in ISO week 29.
        ("2025-07-16", "The envoy visits Tashkent [next week|2025-W30]."),
        ("2024-11-20", "Talks resume in Astana [this week|2024-W47]."),
    ],
    "season": [
        ("2025-07-02", "The Rail Baltica line opens in [spring 2030|2030-03/2030-05]."),
        ("2024-11-27", "A heat wave hit Warsaw in [the summer of 2015|2015-06/2015-08]."),
        # Wednesday 15 April 2026: the winter before is December 2025 to February 2026.
        ("2026-04-15", "Ice closed the port of Oulu [last winter|2025-12/2026-02]."),
    ],
    "decade": [
        ("2025-02-12", "Chile's copper boom began in [the 2000s|2000/2009]."),
        ("2026-08-19", "Hungary's motorway network grew in [the late 1990s|1990/1999]."),
    ],
    "negative": [
        ("2026-01-14", "The ferry to Helsinki leaves every Tuesday."),
        ("2025-04-23", "The Kraków flower market opens at 7:30 each morning."),
        ("2024-08-21", "Weekly grain exports from Kazakhstan have risen."),
        ("2025-12-10", "Copper prices in Santiago may rise in the coming months."),
        ("2026-07-08", "Year-over-year retail sales in Taipei slowed."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("range", 2): "prev",
    ("weekday", 1): "prev",
    ("weekday", 2): "next",
    ("weekday", 3): "next",
    ("weekday", 4): "prev",
    ("weekday", 5): "prev",
    ("weekday", 6): "next",
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "Rescuers near Osh found [thirty-one|count|31|survivor] survivors.",
        "Riga hired [three hundred and forty|count|340|teacher] teachers.",
        "[Twelve|count|12|fisherman] fishermen were rescued off Bornholm.",
        "The vaccine campaign will reach [half a million|count|500000|child] children in Uzbekistan.",
        "The Almaty court fined him [fifty thousand tenge|money|50000|KZT].",
    ],
    "currency": [
        "The Prague ring road section costs [CZK 38 billion|money|38000000000|CZK].",
        "Poland's defence budget reached [PLN 186.6 billion|money|186600000000|PLN].",
        "The Budapest stadium cost [HUF 190 billion|money|190000000000|HUF].",
        "Romania's deficit widened by [9 billion lei|money|9000000000|RON].",
        "Each pensioner in Bishkek received [3,000 soms|money|3000|KGS].",
        "The Tashkent metro extension costs [UZS 2.4 trillion|money|2400000000000|UZS].",
        "Chile's new bond raised [CLP 500 billion|money|500000000000|CLP].",
        "A bus ticket in Reykjavik costs [ISK 690|money|690|ISK].",
    ],
    "scale": [
        "Brazil's budget totals [R$5.9trn|money|5900000000000|BRL].",
        "China's special bonds reached [RMB 1tn|money|1000000000000|CNY].",
        "Taiwan's chip subsidy rose to [NT$30 billion|money|30000000000|TWD].",
        "Hong Kong raised [HK$27bn|money|27000000000|HKD] in green bonds.",
        "Helsinki airport handled [18.6m|count|18600000|passenger] passengers.",
    ],
    "units": [
        "The storm dropped [180 millimetres|quantity|180|mm] of rain on Porto Alegre.",
        "Khan Tengri stands [7,010 metres|quantity|7010|m] high.",
        "Chile exported [5.3 million tonnes|quantity|5300000|t] of copper.",
        "The wildfire burned [12,000 acres|quantity|12000|acre] near Concepción.",
        "The new pipeline runs [1,200 kilometres|quantity|1200|km] from Atyrau.",
    ],
    "percent": [
        "Inflation in Romania rose to [9.9 per cent|percent|9.9|%].",
        "The National Bank of Poland cut its rate by [50 basis points|percent|0.5|pp].",
        "Support for the Estonian coalition fell [three percentage points|percent|3|pp].",
        "[Forty percent|percent|40|%] of the rye crop in Latvia was lost.",
        "Swedish bond yields rose [a quarter of a percentage point|percent|0.25|pp] to [2.6%|percent|2.6|%].",
        "Exports from Taiwan climbed [34.1 pct|percent|34.1|%].",
    ],
    "range": [
        "Growth in Hungary is forecast at between [1%|percent|1|%] and [1.5%|percent|1.5|%].",
        "The Vilnius bypass will cost [EUR 300|money|300000000|EUR] to [EUR 400 million|money|400000000|EUR].",
        "[20|count|20|boat]-[25|count|25|boat] boats were lost near Tromsø.",
        "Waves off Valparaíso were [4|quantity|4|m] to [6 metres|quantity|6|m] high.",
        "Rooms in Tallinn cost [€70|money|70|EUR] to [€120|money|120|EUR] a night.",
    ],
    "approximate": [
        "[Nearly 4,000|count|4000|passenger] passengers were stranded in Copenhagen.",
        "[More than 65%|percent|65|%] of voters in Kaunas turned out.",
        "[Roughly 3,500|count|3500|home] homes lost power in Gdańsk.",
        "The Santos port deal is worth [about US$700 million|money|700000000|USD].",
        "The Oslo rail tunnel will cost [at least NOK 20 billion|money|20000000000|NOK].",
        "[Up to 60,000|count|60000|pilgrim] pilgrims are expected in Częstochowa.",
    ],
    "count": [
        "The quake in Tingri damaged [3,600|count|3600|house] houses.",
        "[One|count|1|miner] miner was injured in Karaganda.",
        "The ministry will open [fourteen|count|14|clinic] clinics in Latvia.",
        "Customs in Santos seized [214|count|214|container] containers.",
        "[Seventeen|count|17|municipality] municipalities in Finland lost power.",
    ],
    "ordinal": [
        "It was the [third|ordinal|3] storm of the season in Norway.",
        "Lula won a [third|ordinal|3] term in Brazil.",
        "Tartu hosted its [14th|ordinal|14] jazz festival.",
        "He is the [first|ordinal|1] Uruguayan to win the race.",
    ],
    "tally": [
        "The Constitutional Tribunal in Warsaw ruled [9|number|9]-[6|number|6].",
        "Colo-Colo beat Universidad de Chile [2|number|2]-[1|number|1] in Santiago.",
        "The vote in the Latvian parliament was split [58|number|58] to [33|number|33].",
    ],
    "form": [
        "Net migration to Lithuania was [-2,150|number|-2150] in May.",
        "The Warsaw bond pays [5-1/4 percent|percent|5.25|%].",
        "The fence in Oslo is [6 feet 3 inches|quantity|6.25|ft] high.",
        "A Tallinn bus ticket cost [€1 and 50 cents|money|1.5|EUR].",
    ],
    "negative": [
        "See Section 4(1) of the Lithuanian banking law.",
        "Hundreds of people fled the floods in Porto Alegre.",
        "Two in five households in Riga own a car.",
        "Call +370 5 268 0029 for details.",
    ],
}

DETERMINERS = ("the ", "a ", "an ")
POSSESSIVES = ("'s", "’s", "'", "’")


def check_own64(path: str) -> None:
    """Re-check every written case: slices, edges, possessives, determiners."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            case = json.loads(line)
            text = case["text"]
            for key in ("entities", "figures", "dates"):
                for item in case.get(key, []):
                    span = item["text"]
                    assert text[item["start"]:item["end"]] == span, (case["id"], span)
                    assert span and span == span.strip(), (case["id"], span)
                    assert not span.endswith(POSSESSIVES), (case["id"], span)
                    if key == "entities" and span.lower().startswith(DETERMINERS):
                        assert item.get("name", span).lower().startswith(DETERMINERS), (case["id"], span)
            for st in case.get("statements", []):
                content = st["text"]
                assert text[st["start"]:st["end"]] == content, (case["id"], content)
                assert content == content.strip(), (case["id"], content)


def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    for kind in ("briefs", "dates", "figures"):
        check_own64(f"eval/{TAG}-{kind}-heldout.jsonl")


if __name__ == "__main__":
    main()
    sys.exit(0)

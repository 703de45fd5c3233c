"""Build the seventy-seventh held-out set: eval/own77-briefs-heldout.jsonl, own77-dates-heldout.jsonl
and own77-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 47 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples, benchmarks or venv; no NLP tool was
run on the texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the
three it writes and the first line of ``shared/eval/briefs-dev.jsonl``. Besides
``shared/eval/ANNOTATION.md`` (in full, with its "Statements" section and the tense rule) and
``FORMAT.md`` it read only ``build_own67_heldout.py`` and ``own67_heldout_briefs_a.py`` (the model set
named in its brief: file format, markup and checks; ``case_marks`` and ``heldout_build`` are imported
as set 67 does, their text unread but for the few lines that tracebacks printed when a check failed),
the "Sixty-seventh held-out set" section of ``eval/README.md`` and the topic rows of sets 19-75 in its
summary table (see the "Exposures" paragraph of the README section for what else it saw in listings
and grep output). Canonical names and a few facts were checked against public web pages (news on the
National Bank of Rwanda, the Hong Kong and Iraqi elections of 2025 and Japan's population figures).
The texts were written by hand for this set and annotated inline while writing, by ``ANNOTATION.md``;
where it is silent, the choice is listed below. The marked texts of the briefs and their statements
are in ``own77_heldout_briefs_a.py`` and ``own77_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and topics from Germany, Austria,
Czechia and Slovakia, France and Switzerland, Israel, Jordan and Iraq, Japan, China and Hong Kong,
Morocco, Ethiopia, Ghana and Rwanda, New Zealand and Fiji, and Peru, Bolivia, Uruguay and Paraguay
(the smaller countries mostly in the short cases) that earlier sets lacked. Eight official texts (a
National Bank of Rwanda rate rise with a capitalised headline in "PERCENT", basis points, "•" key
indicators, a target band "2 to 8 percent", US$, Frw = RWF and Rwanda's July-June "2025/26"; a
Statistics Bureau of Japan population-estimates release with "X, the Statistics Bureau reported
today", "14TH" in the headline, a table of population by prefecture with signed changes and "According
to the National Institute of Population and Social Security Research, X"; Swatch Group half-year
results with a "Biel/Bienne" dateline, "- " highlights, an "H1 2025"/"H1 2024" key-figures table in
CHF with signed changes, "1 August" ahead, "the first six months", "the second half" and an "About"
block; a Deutscher Wetterdienst press release on 2024 as Germany's warmest year with "X, the DWD
reported today", "-- " figures in °C and millimetres, a reference period "1961-1990", Storm Boris as
EVENT and "January" ahead in a December release; a Bolivian Red Cross humanitarian update on the
Santa Cruz wildfires with an update number, hectares, "last week" as an ISO week, "-- " key figures by
label, CHF, Bs = BOB, litres and a named fund as ORG; a release of the French Ministry for Europe and
Foreign Affairs with "From:" and "Published" lines on the close of the AI Action Summit in Paris, a
capitalised headline with a count, "third", € and US$ and "- " key facts; a Commerce Commission (New
Zealand) media release on criminal charges against Woolworths NZ with "COMMISSION" in a capitalised
headline, labelled key details, "October 2023 to March 2024" as one range, $ = NZD, a LAW, "alleging
that X" and notes to editors; an ONCF press release on the works for the Kenitra-Marrakesh high-speed
line with a "Thursday, 24 April 2025" date line, "430 KM" in the headline, labelled project facts in
km, km/h and MAD, journey times untagged, a generic "today" untagged and notes to editors), three
Wikinews-style reports (Christian Stocker sworn in as Chancellor of Austria, the final results of
Iraq's parliamentary election of November 2025, Hong Kong's Legislative Council election after the
Tai Po fire) and three Reuters wire items of the 1996 CoNLL-2003 kind (an Asuncion item on General
Lino Oviedo defying President Wasmosy with guaranies = PYG, 1996-04-23; Austrian first division soccer
results and leading positions from Vienna with clubs named as the wire names them and scorers without
diacritics, 1996-09-22; a Tokyo markets item on the Nikkei, the yen and bonds after the LDP's election
gains with yen = JPY, 1996-10-21). Real institutions, places, office holders and sportspeople; the
events are modelled on real ones but details, quotations and many figures are invented or approximate
and must not be read as reporting. Every brief states its own date: ``published`` =
``reference_date``.

Markup and checks as set 67 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. After
the build, ``heldout_build.check_written`` re-reads the three files and asserts again that every
span's text equals its slice, that no span starts or ends on white space, that no span ends in a
possessive, that no entity span starts with a determiner ("the", "a", "an") unless its name does,
that no two spans overlap, and that every statement's content equals its slice.

Run from the project root: ``python3 eval/build_own77_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "BNR" ORG "National Bank of Rwanda"; "Central Bank Rate (CBR)" and "Monetary Policy
  Statement" untagged; "Statistics Bureau" ORG "Statistics Bureau (Japan)"; Japanese prefectures by
  their short names GPE with the prefecture's title ("Saitama" -> "Saitama Prefecture", "Osaka" ->
  "Osaka Prefecture", "Akita" -> "Akita Prefecture"), "Tokyo" GPE "Tokyo"; "SWATCH GROUP"/"Swatch
  Group" ORG "The Swatch Group" (the leading "the" of running text outside the span); "Omega" ORG
  "Omega SA", "Longines", "Tissot" ORG; "Biel/Bienne" GPE as written; "Swiss" in "Swiss francs",
  "Swiss government" and "Swiss goods" NORP; "US" and "U.S." (modifiers) GPE "United States";
  "Washington" GPE "Washington, D.C."; "Deutscher Wetterdienst"/"DWD" ORG "Deutscher Wetterdienst";
  "Offenbach" GPE "Offenbach am Main"; "Czechia" GPE "Czech Republic"; "Storm Boris" EVENT; "BOLIVIAN
  RED CROSS" and "Red Cross" (modifier of "volunteers") ORG "Bolivian Red Cross"; "Santa Cruz" GPE
  "Santa Cruz Department (Bolivia)", "Beni" GPE "Beni Department"; "Viru Viru International Airport"
  FAC; "Disaster Response Emergency Fund" ORG (a named fund, as set 71); "IFRC" ORG "International
  Federation of Red Cross and Red Crescent Societies"; "AI ACTION SUMMIT"/"AI Action Summit" EVENT
  "AI Action Summit"; "Grand Palais" and "Bletchley Park" FAC; "European Union" and "African Union
  Commission" ORG; "Current AI" ORG as written; "Europe" LOC; "COMMISSION"/"Commission" (also in
  "Commission chair") ORG "Commerce Commission"; "WOOLWORTHS NZ"/"Woolworths" ORG "Woolworths New
  Zealand"; "Consumer NZ", "Foodstuffs" and "Wellington District Court" ORG as written; "Grocery
  Commissioner" a title; "Fair Trading Act 1986" LAW with its year; "OFFICE NATIONAL DES CHEMINS DE
  FER"/"ONCF" ORG "Office National des Chemins de Fer"; "King Mohammed VI" PERSON "Mohammed VI" only,
  name "Mohammed VI of Morocco"; "MARRAKESH"/"Marrakesh" GPE "Marrakesh"; "2030 FIFA World Cup" EVENT
  with its year (no date); "Alstom" ORG; "ÖVP" ORG "Austrian People's Party", "SPÖ" ORG "Social
  Democratic Party of Austria", "FPÖ" ORG "Freedom Party of Austria", "NEOS" ORG "NEOS"; "National
  Council" ORG "National Council (Austria)"; "Hofburg" FAC; "Chancellor of Austria" a title with the
  country tagged; "Mohammed Shia al-Sudani"/"al-Sudani" PERSON "Mohammed Shia' al-Sudani" (the
  Wikipedia title with its apostrophe); "Council of Representatives" ORG "Council of Representatives
  of Iraq"; "IHEC" ORG "Independent High Electoral Commission"; "Taqaddum" and "Sadiqoun" ORG as
  written; "Federal Supreme Court" ORG "Federal Supreme Court (Iraq)"; "UNAMI" ORG "United Nations
  Assistance Mission for Iraq"; "Legislative Council" ORG "Legislative Council of Hong Kong"; "Wang
  Fuk Court" FAC; "Tai Po" GPE; "Beijing" (the central government) GPE "Beijing"; "Democratic Party"
  ORG "Democratic Party (Hong Kong)"; "John Lee"/"Lee" PERSON "John Lee Ka-chiu"; "ASUNCION"/"Asuncion"
  GPE "Asunción", "Brasilia" GPE "Brasília", "Cesar Gaviria" PERSON "César Gaviria"; "Organisation of
  American States" ORG "Organization of American States"; "Mercosur" ORG; "Colorado Party" ORG
  "Colorado Party (Paraguay)"; "VIENNA" GPE "Vienna"; "AUSTRIAN"/"Austrian" NORP; Austrian clubs ORG
  by their article titles ("Rapid Vienna"/"Rapid" -> "SK Rapid Wien", "Sturm Graz"/"Sturm" -> "SK
  Sturm Graz", "Austria Vienna" -> "FK Austria Wien", "Austria Salzburg" -> "FC Red Bull Salzburg"
  (the article that holds the 1996 club's history), "GAK" -> "Grazer AK", "LASK Linz" -> "LASK",
  "Tirol Innsbruck" -> "FC Tirol Innsbruck", "Admira Wacker" -> "FC Admira Wacker Mödling", "Ried" ->
  "SV Ried", "FC Linz" as written), "Fenerbahce" -> "Fenerbahçe S.K. (football)"; players written
  without diacritics in the wire PERSON with the accented title ("Dietmar Kuehbauer" -> "Dietmar
  Kühbauer", "Ivica Vastic" -> "Ivica Vastić"); "Cup Winners’ Cup" EVENT "UEFA Cup Winners' Cup",
  "Champions League" EVENT "UEFA Champions League"; "Ernst Happel Stadium" FAC "Ernst-Happel-Stadion";
  "TOKYO"/"Tokyo" GPE; "LDP" ORG "Liberal Democratic Party (Japan)", "New Frontier Party" ORG "New
  Frontier Party (Japan)", the 1996 "Democratic Party of Japan" ORG "Democratic Party (Japan, 1996)";
  "Ichiro Ozawa" PERSON "Ichirō Ozawa"; "Nick Hayek" PERSON "Nick Hayek Jr."; "New York" GPE "New York
  City"; the "Nikkei average" and the "Hang Seng index" untagged (indices).
- Statements: cues say, tell, add, warn, urge, pledge, announce, expect, report, allege, deny, call
  for, according to; an issuer naming itself in the third person speaks ("X, the Statistics Bureau
  reported today" and "X, the Deutscher Wetterdienst reported today" the clause before it, "The BNR
  expects X", "The ONCF expects X", "The Swatch Group expects X", "The Commerce Commission has filed
  ..., alleging that X" with cue allege, "The Commission reported in 2022 that X"); "according to
  final results announced yesterday by the Independent High Electoral Commission" speaks for the
  commission (a document of a named body), the clause before it; "X, according to the Registration and
  Electoral Office" the clause before it; "told X that Y and that Z" one statement; "warned X, and
  urged Y", "said X and urged Y", "said X, and pledged to Y", "said X, but denied that Y", "said X and
  called for Y", "called for X and said Y", "said X and warned that Y", "told reporters that X and said
  Y", "said X, adding that Y" two statements each; "He pledged to X and to Y" one; reported
  clauses keep their quoted words (quote false: "the decline was “a quiet emergency” for the country",
  "the new government was “a coalition of losers” with no mandate", "to work “with respect for one
  another” for the whole term", "his troops were “loyal to the people of Paraguay” and would stay in
  their barracks"); "Mercosur, the trade bloc that joins ..., warned that X" speaks as Mercosur;
  "diplomats said", "officials", "King Mohammed VI launched ...", "Volunteers have handed out ...",
  "has released CHF 296,000", "thanked voters", "boycotted" and "did not sign" not statements; a
  quotation with "said X, Secretary General of the IFRC" attributed to the person named.
- Figures: "US$" and "$" in a New Zealand release: "US$" USD, "$" NZD; "Frw" RWF; "CHF" CHF; "€" EUR;
  "Bs" BOB; "MAD" MAD; "guaranies" and a bare "2,080"/"2,045 ... to the dollar" PYG (the unit from the
  item's currency, as for a range); "yen" JPY and a bare "from 112.40" JPY taken from "113.05 yen";
  "CHF 3,005m" with "m"; "25 basis points" 0.25 pp; "6.75 PERCENT" in capitals as in lower case; "2 to
  8 percent" two figures, the first taking its unit from the second; table cells "+0.66%", "-0.09%",
  "-14.1%", "-97.0%" percent with the sign in the span; "Frw 1,446 per US dollar" with the rate words
  outside; "°C" quantities ("10.9 °C", "0.3 °C"), "millimetres" mm, "hectares" ha, "litres" l, "km",
  "km/h"; "more than", "about", "up to", "at least", "About" and "Nearly" inside the spans; counts with
  the noun restored where it is left out ("550,000" and table cells "14.18 million" person, "898,000"
  and "120.30 million" national, "342,000"/"3.50 million" resident, "100 million" person, "27 each"
  and "28 more" seat, "20", "18", "16" and "three" point after "23 points"); labelled fields counted by
  the label's noun ("Charges: 21" charge, "Stores checked: 94" store, "Families affected: about 3,800"
  family, "Municipalities under emergency: 41" municipality, "Participants: more than 1,000"
  participant, "New trains: 18 ..." train); "about 3,000 troops" troop; "four firefighting aircraft"
  aircraft (the head noun); "17 watch brands" brand; "the two largest pro-democracy parties" and "a
  coalition of three parties" count party; "after 10 rounds" round; "47,000 spectators"; match scores
  ``number`` (also "0"); an index level "21,560.13" ``number`` and an index change "312.47 points" a
  count of points; "first increase", "14TH STRAIGHT YEAR", "12th year", "third such meeting", "first
  criminal case", "first sections", "first high-speed line", "first government", "first civilian
  president" and "FIRST DIVISION"/"first division" (a league tier, lower case, not a name) ordinals;
  journey times "2 hours 40 minutes", "5 hours 30 minutes", "within an hour of each other" and "the last
  ten minutes" untagged (shorter than a day); "Humanitarian update No. 4" untagged (a designation);
  "one another" untagged (an idiom).
- Dates: "13 August 2025", "Thursday, 24 April 2025" and the Wikinews date lines with their weekday one
  span; Rwanda's "2025/26" July-June (its fiscal year) at month precision; "the first quarter of 2025",
  "the first half of the year", "the first half of 2024", "THE FIRST HALF" (the headline's year) and
  "the first six months" with "the" inside; "H1 2025"/"H1 2024" January-June; "the second half" of the
  text's year; "1961-1990" "1961/1990"; "October 2023 to March 2024" one span; "last week" in a Wednesday
  update the ISO week before; "last year" and "this year" by the reference year; "four months", "three
  weeks", "two days", "155 days", "15 days", "ten years", "three years" durations; "less than two weeks"
  "P2W" and "almost 40 years" "P40Y" with the modifier inside; "four-year" and "10-year" (hyphenated)
  durations; "the 2020 census" a date "2020"; the "2030" of the 2030 FIFA World Cup not a date (inside a
  name); months and days without a year by tense ("June" before an August decision and "November"
  after it; "June" and "September" before and "January" after a December release; "13 August" before
  it; "July" before and "October" after a September update; "June" before and "1 August" after a July release;
  "February" before a March report; "November 11" before a November report; "January 1" after a
  December report; "May" (1996) before a September wire); bare weekdays by tense ("Monday" before a
  Wednesday update; "Monday" after a Wednesday release; "Sunday" before a Monday report; "Monday"
  before and "Wednesday" after the Tuesday Asuncion wire, "Friday" before it, "Tuesday" of its own day;
  "Saturday" before and "Sunday" of the Sunday Vienna wire's own day, "Wednesday" after it; "Monday" of
  the Tokyo wire's own day, "Sunday" and "Friday" before it); "today" meaning nowadays ("against 5
  hours 30 minutes today") untagged.
- Date cases: see the comments at each case; New Zealand's "2025/26" July-June, Japan's "fiscal 2026"
  April 2026-March 2027 and Hong Kong's "2025-26" April-March, all at month precision; "the second
  quarter" without a year from the reference date; "the July-September quarter" a quarter by its
  months; "H1 2026" January-June; "between 1 July and 15 September" one span with "between"; Rwanda's
  Liberation Day (4 July), Ghana's Independence Day (6 March), Peru's Independence Day (28 July) and
  Swiss National Day (1 August) by their calendar dates; "last winter" in October the December-February
  before it; "autumn 2029" September-November; "the last Sunday of April" and "the day before
  yesterday" composed from the reference date; "thirty years ago tomorrow" at day precision; "more than
  two decades" "P20Y"; "the late 1980s" the decade; "next Thursday" on a Sunday the coming Thursday and
  "last Monday" on a Saturday the Monday of that week. Negatives: a habitual "every Tuesday", a clock
  time "each morning", "Weekly" as a rate word, a vague "the coming years", "Month-on-month" as a
  modifier.
- Figure cases: "half a million" 500000; "two thousand dinars" JOD (in Amman); "Br" ETB; "GH¢" GHS;
  "S/" PEN; "NIS" ILS; "HK$" HKD; "Bs" BOB; "guaraníes" PYG; "MAD" with "bn"; "€" with "bn"; "¥" with
  "trn" JPY; "US$" with "tn"; "53.1m" passengers a count; "25 bps" 0.25 pp; "a quarter of a percentage
  point" 0.25 pp; "three percentage points" 3 pp; "2.9 per cent" and "5.4 pc" percent; "hectares" "ha";
  "6.5-7.5%" two figures, the first taking its unit from the second; "S/ 10 to S/ 12 billion" two
  figures, the first taking its scale from the second; "as much as 8 billion yuan" CNY; "Some" inside
  the span; "1-3/8 percent" 1.375; "6 feet 3 inches" 6.25 ft; "US$1 and 25 cents" 1.25 USD; "-5,300"
  number -5300; "31st" and "20th" ordinals; "the first African team" ordinal. Negatives: an article of a
  constitution, a vague "Hundreds of thousands", a proportion "Two in three", a phone number."""


from __future__ import annotations

import re
import sys

import case_marks
from heldout_build import build_heldout, check_written
from own77_heldout_briefs_a import BRIEFS_A
from own77_heldout_briefs_b import BRIEFS_B

# ISO 4217 codes this set uses that the builder's list may lack.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"RWF", "USD", "CHF", "EUR", "NZD", "MAD", "BOB", "JPY", "PYG",
                                                  "JOD", "CZK", "ETB", "GHS", "PEN", "ILS", "HKD", "CNY"}

TAG = "own77"
SOURCE_BRIEFS = (
    "own77: written and annotated by hand for briefx (held-out set 77, session 47) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the National Bank of Rwanda, the Statistics "
    "Bureau of Japan, the Swatch Group, the Deutscher Wetterdienst, the Bolivian Red Cross, the French Ministry for "
    "Europe and Foreign Affairs (AI Action Summit), New Zealand's Commerce Commission and Morocco's ONCF, "
    "Wikinews-style reports and Reuters-style 1996 wire copy; real institutions, places, office holders and "
    "sportspeople, events modelled on real news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own77: short cases written and annotated by hand for briefx (held-out set 77, session 47) by "
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
        ("2026-05-13", "Bratislava's new tram line opened [four weeks ago|2026-04-15]."),
        ("2025-10-22", "The Jordan Valley road will reopen [ten days from today|2025-11-01]."),
        # Thursday 14 November 2024: two days before is Tuesday the 12th.
        ("2024-11-14", "Ghana's parliament adjourned [the day before yesterday|2024-11-12]."),
        # 30 April 2026 is a Thursday: the last Sunday of April is the 26th.
        ("2026-02-04", "Zermatt's ski season ends on [the last Sunday of April|2026-04-26]."),
        # Tomorrow is 1 October 2025; thirty years before it.
        ("2025-09-30", "The Nazca earthquake struck [thirty years ago tomorrow|1995-10-01]."),
    ],
    "range": [
        # A future clause in March: this year's May.
        ("2025-03-19", "The Prague book fair runs [22-25 May|2025-05-22/2025-05-25]."),
        # Friday 13 November 2026, a past clause: the Monday to Wednesday just before.
        ("2026-11-13", "Dock workers in Haifa struck [from Monday to Wednesday|2026-11-09/2026-11-11]."),
        ("2024-10-09", "Uruguay's drought lasted [2020-2023|2020/2023]."),
        # A past clause in February: last December to this January.
        ("2025-02-19", "Fiji's cyclone warnings ran [from December to January|2024-12/2025-01]."),
        ("2026-07-08", "Peru's census ran [August 18, 2025 through October 17, 2025|2025-08-18/2025-10-17]."),
        # A past clause in October: this year's July to September.
        ("2024-10-02", "Vienna's U4 metro line was closed [between 1 July and 15 September|"
                       "2024-07-01/2024-09-15]."),
    ],
    "words": [
        ("2025-06-11", "Czechoslovakia split on [the first of January, nineteen ninety-three|1993-01-01]."),
        ("2024-05-15", "Rwanda became independent in [nineteen sixty-two|1962]."),
        ("2026-03-18", "Ghana became independent in [March of nineteen fifty-seven|1957-03]."),
        # A future clause in August: the next 10 October.
        ("2025-08-06", "Fiji's parliament will sit on [the tenth of October|2025-10-10]."),
        ("2024-12-04", "Slovakia joined the euro area in [two thousand and nine|2009]."),
    ],
    "news": [
        ("2026-06-24", "Exports from Peru rose [last month|2026-05]."),
        ("2025-10-15", "The Israeli shekel has strengthened [this year|2025]."),
        ("2024-07-10", "The Addis Ababa court will rule [tomorrow|2024-07-11]."),
        ("2026-03-04", "Police in Suva arrested six people [yesterday|2026-03-03]."),
    ],
    "fiscal": [
        # New Zealand's fiscal year runs July-June.
        ("2025-05-21", "New Zealand's budget for [2025/26|2025-07/2026-06] was presented in Wellington."),
        # Japan's fiscal year runs April-March; "fiscal 2026" begins in April 2026.
        ("2026-01-21", "Japan's budget for [fiscal 2026|2026-04/2027-03] tops 120 trillion yen."),
        # Hong Kong's fiscal year runs April-March.
        ("2025-02-26", "Hong Kong forecasts a deficit for [2025-26|2025-04/2026-03]."),
        # A quarter without a year takes the year of the reference date.
        ("2024-08-14", "Czech GDP grew in [the second quarter|2024-04/2024-06], the statistics office said."),
        ("2025-12-03", "Swiss exports rose in [the July-September quarter|2025-07/2025-09]."),
        ("2026-08-19", "Ghana's cocoa output fell in [H1 2026|2026-01/2026-06]."),
    ],
    "weekday": [
        # Tuesday 3 June 2025: a past and a future clause.
        ("2025-06-03", "The Lake Titicaca ferry sailed to Copacabana on [Saturday|2025-05-31]."),
        ("2025-06-03", "The Lake Titicaca ferry will sail to Copacabana on [Saturday|2025-06-07]."),
        # Thursday 10 September 2026, a future clause.
        ("2026-09-10", "The Emperor of Japan will visit Prague on [Monday|2026-09-14]."),
        # Saturday 17 January 2026, a past clause.
        ("2026-01-17", "Floods hit Kumasi on [Wednesday|2026-01-14]."),
        # Saturday 15 November 2025.
        ("2025-11-15", "The Swiss franc weakened [last Monday|2025-11-10]."),
        # Sunday 9 June 2024, a future clause.
        ("2024-06-09", "Talks in Amman resume [next Thursday|2024-06-13]."),
    ],
    "month-tense": [
        ("2026-07-15", "Avocado prices in Lima peaked in [June|2026-06]."),
        ("2026-07-15", "The new Auckland rail link opens in [June|2027-06]."),
        # A past clause in March: last December.
        ("2025-03-12", "Floods hit Rwanda's north in [December|2024-12], officials said."),
        ("2024-09-04", "Slovakia's parliament will reconvene on [October 15|2024-10-15]."),
        ("2025-12-10", "Casablanca's new tram line will open by [April 30|2026-04-30]."),
    ],
    "duration": [
        ("2026-01-28", "The blackout in Montevideo lasted [almost three days|P3D]."),
        ("2025-09-17", "Morocco sold [ten-year|P10Y] eurobonds."),
        ("2024-04-24", "Suspects in Ethiopia may be held for [up to 28 days|P28D]."),
        ("2026-05-20", "The restoration of Prague's Charles Bridge has taken [more than two decades|P20Y]."),
        ("2025-05-07", "Austrian rail workers signed a [three-year|P3Y] pay deal."),
        # Two durations, the unit of the first taken from the second.
        ("2024-11-27", "Work permits in Israel last [three|P3Y] to [five years|P5Y]."),
    ],
    "holiday": [
        # Rwanda's Liberation Day is 4 July; a future clause.
        ("2026-04-30", "Kigali will hold a parade on [Liberation Day|2026-07-04]."),
        # Ghana's Independence Day is 6 March; a past clause.
        ("2025-03-10", "Accra marked [Independence Day|2025-03-06] with a parade."),
        # Peru's Independence Day is 28 July; a future clause.
        ("2024-07-25", "Peru's president will address Congress on [Independence Day|2024-07-28]."),
        # Swiss National Day is 1 August; a past clause.
        ("2025-08-05", "Bern held fireworks on [Swiss National Day|2025-08-01]."),
    ],
    "week": [
        # Wednesday 22 April 2026 is in ISO week 17.
        ("2026-04-22", "The tender in Amman closed [last week|2026-W16]."),
        # Friday 8 November 2024 is in ISO week 45.
        ("2024-11-08", "The IMF mission visits Accra [next week|2024-W46]."),
        # Saturday 29 November 2025 is in ISO week 48.
        ("2025-11-29", "Floods closed schools in Suva [this week|2025-W48]."),
    ],
    "season": [
        ("2025-06-25", "Prague's new D metro line opens in [autumn 2029|2029-09/2029-11]."),
        ("2024-10-16", "A heatwave hit the Swiss canton of Ticino in [the summer of 2022|2022-06/2022-08]."),
        # Wednesday 7 October 2026: the winter before is December 2025-February 2026.
        ("2026-10-07", "Snow closed roads in the Austrian Tyrol [last winter|2025-12/2026-02]."),
    ],
    "decade": [
        ("2025-04-02", "Peru's hyperinflation came in [the late 1980s|1980/1989]."),
        ("2026-11-11", "Shenzhen's boom began in [the 1980s|1980/1989]."),
    ],
    "negative": [
        ("2026-03-11", "The fish market in Tema opens every Tuesday."),
        ("2025-06-18", "The Zurich lake ferries start at 6:15 each morning."),
        ("2024-10-23", "Weekly bread prices in Amman have risen."),
        ("2025-12-17", "Tourism in Fiji may recover in the coming years."),
        ("2026-05-06", "Month-on-month inflation in Peru eased."),
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
        "Rescuers near Zermatt found [thirty-one|count|31|climber] climbers.",
        "The ministry hired [three hundred and forty|count|340|teacher] teachers in Rwanda.",
        "[Eighteen|count|18|fisherman] fishermen were rescued off Fiji.",
        "The measles campaign will reach [half a million|count|500000|child] children in Ethiopia.",
        "The Amman court fined him [two thousand dinars|money|2000|JOD].",
    ],
    "currency": [
        "The Prague metro contract is worth [CZK 28 billion|money|28000000000|CZK].",
        "Ethiopia's fertiliser imports cost [Br 90 billion|money|90000000000|ETB].",
        "Ghana's cocoa bonus cost [GH¢1.2 billion|money|1200000000|GHS].",
        "Each family in Huánuco received [S/ 700|money|700|PEN].",
        "Israel's defence budget reached [NIS 118 billion|money|118000000000|ILS].",
        "The Hong Kong airport expansion cost [HK$141.5 billion|money|141500000000|HKD].",
        "Bolivia's fuel subsidy cost [Bs 7 billion|money|7000000000|BOB].",
        "Paraguay's new bridge cost [600 billion guaraníes|money|600000000000|PYG].",
    ],
    "scale": [
        "Remittances to Morocco reached [MAD 120bn|money|120000000000|MAD].",
        "Germany's climate fund totals [€212bn|money|212000000000|EUR].",
        "Japan's extra budget is [¥13.9trn|money|13900000000000|JPY].",
        "China's trade surplus topped [US$1tn|money|1000000000000|USD].",
        "Hong Kong International Airport handled [53.1m|count|53100000|passenger] passengers.",
    ],
    "units": [
        "The storm dropped [180 millimetres|quantity|180|mm] of rain on Suva.",
        "The Matterhorn stands [4,478 metres|quantity|4478|m] high.",
        "Peru exported [2.8 million tonnes|quantity|2800000|t] of copper.",
        "The railway runs [752 kilometres|quantity|752|km] from Addis Ababa to Djibouti.",
        "The fire burned [8,500 hectares|quantity|8500|ha] near Haifa.",
    ],
    "percent": [
        "Inflation in Austria fell to [2.9 per cent|percent|2.9|%].",
        "The Bank of Israel cut its rate by [25 bps|percent|0.25|pp].",
        "The Greens' share of the vote in Switzerland fell [three percentage points|percent|3|pp].",
        "[Forty percent|percent|40|%] of Fiji's sugar crop was lost.",
        "Czech bond yields rose [a quarter of a percentage point|percent|0.25|pp] to [4.2%|percent|4.2|%].",
        "Exports from Uruguay rose [5.4 pc|percent|5.4|%].",
    ],
    "range": [
        "Growth in Rwanda is forecast at [6.5|percent|6.5|%]-[7.5%|percent|7.5|%].",
        "The Lima metro line will cost [S/ 10|money|10000000000|PEN] to "
        "[S/ 12 billion|money|12000000000|PEN].",
        "[20|count|20|house]-[25|count|25|house] houses were lost near Nadi.",
        "Waves off Casablanca were [5|quantity|5|m] to [7 metres|quantity|7|m] high.",
        "Rooms in Geneva cost [CHF 250|money|250|CHF] to [CHF 500|money|500|CHF] a night.",
    ],
    "approximate": [
        "[Nearly 4,000|count|4000|passenger] passengers were stranded in Tel Aviv.",
        "[More than 60%|percent|60|%] of voters in Bratislava turned out.",
        "[Roughly 3,200|count|3200|home] homes lost power in Christchurch.",
        "The Tema port deal is worth [about US$350 million|money|350000000|USD].",
        "The new Shanghai stadium will cost [as much as 8 billion yuan|money|8000000000|CNY].",
        "[Some 30,000|count|30000|pilgrim] pilgrims are expected in Lalibela.",
    ],
    "count": [
        "The floods in Kumasi destroyed [1,340|count|1340|house] houses.",
        "[One|count|1|climber] climber was injured on the Eiger.",
        "The ministry will open [seven|count|7|clinic] clinics in Bolivia.",
        "Customs at Tanger Med seized [212|count|212|container] containers.",
        "[Twelve|count|12|district] districts in Peru declared emergencies.",
    ],
    "ordinal": [
        "It was the [third|ordinal|3] cyclone of the season in Fiji.",
        "Prague hosted its [31st|ordinal|31] book fair.",
        "The Kigali marathon was held for the [20th|ordinal|20] time.",
        "Morocco became the [first|ordinal|1] African team to reach a World Cup semi-final.",
    ],
    "tally": [
        "The Bundestag voted [489|number|489] to [153|number|153] to pass the bill.",
        "Sparta beat Slavia [2|number|2]-[1|number|1] at Letná.",
        "The vote in Peru's Congress was split [68|number|68] to [41|number|41].",
    ],
    "form": [
        "Net migration to Fiji was [-5,300|number|-5300] last year.",
        "The Swiss bond pays [1-3/8 percent|percent|1.375|%].",
        "The wall in Jerusalem is [6 feet 3 inches|quantity|6.25|ft] high.",
        "A Montevideo bus ticket cost [US$1 and 25 cents|money|1.25|USD].",
    ],
    "negative": [
        "See Article 91 of the Constitution of the Czech Republic.",
        "Hundreds of thousands fled the floods in Kumasi.",
        "Two in three households in Kigali own a phone.",
        "Call +41 44 555 0123 for details.",
    ],
}

def main() -> None:
    build_heldout(TAG, BRIEFS, DATE_CASES, FIGURE_CASES, WEEKDAY_CHECKS,
                  source_briefs=SOURCE_BRIEFS, source_cases=SOURCE_CASES)
    check_written(TAG)


if __name__ == "__main__":
    main()
    sys.exit(0)

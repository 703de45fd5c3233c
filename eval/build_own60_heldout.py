"""Build the sixtieth held-out set: eval/own60-briefs-heldout.jsonl, own60-dates-heldout.jsonl
and own60-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 39 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples, benchmarks or venv; no NLP tool was
run on the texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the
three it writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides
``shared/eval/ANNOTATION.md`` (in full, with its "Statements" section and the tense rule) and
``FORMAT.md`` it read only ``build_own59_heldout.py`` and ``own59_heldout_briefs_a.py`` (the latest
set of this kind: file format, markup and checks; ``case_marks`` and ``heldout_build`` are imported
as set 59 does, their text unread but for the few lines that raised when a check failed), the
"Fifty-ninth held-out set" section of ``eval/README.md`` and the topic rows of sets 19-59 in its
summary table (see the "Exposures" paragraph of the README section for what else it saw in listings
and grep output). The texts were written by hand for this set and annotated inline while writing,
by ``ANNOTATION.md``; where it is silent, the choice is listed below. The marked texts of the briefs
and their statements are in ``own60_heldout_briefs_a.py`` and ``own60_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and topics from Southern Europe and
the Balkans, the Caribbean and Central America and Central and Horn of Africa that earlier sets
lacked. Eight official texts (a National Bank of Serbia key policy rate press release with a
capitalised headline, "-- " indicators, EUR and the Executive Board speaking; a Statistical Institute
of Jamaica (STATIN) labour force survey release with a "Release date:" line, a "KINGSTON" dateline, a
table of July 2025 against July 2024 and J$ = JMD; Copa Holdings third-quarter results with a
"PANAMA CITY" dateline, labelled fields, US$ and percentage points; an Italian Civil Protection
Department notice on the Campi Flegrei earthquake with labelled fields, a magnitude, kilometres,
centimetres and €; an Ethiopian Red Cross Society humanitarian update on the Gofa landslides with
"•" key figures, ETB and US$; a CONRED information bulletin on the eruption of the Volcán de Fuego
with labelled fields, clock times, metres, kilometres and Q = GTQ; a Rwandan Ministry of Foreign
Affairs and International Cooperation statement on the Washington peace agreement with the DR Congo
with a "From:" line, a capitalised headline and "-- " commitments; a Maltese Ministry for Finance
Budget 2026 release with a "From:" line, "•" measures, a forecast table, € and notes to editors),
three Wikinews-style reports (Edi Rama's Socialist Party winning a fourth term in Albania, the United
National Congress winning the Trinidad and Tobago general election, Mahamoud Ali Youssouf elected
chairperson of the African Union Commission) and three Reuters wire items of the 1996 CoNLL-2003 kind
(a Santo Domingo item on Leonel Fernandez's inauguration with pesos = DOP and $ = USD, 1996-08-16;
Greek first division soccer results and leading positions from Athens with clubs named by city,
1996-09-15; the Davis Cup semifinals from Nantes with players' countries in brackets and set scores,
1996-09-20). Real institutions, places, office holders and sportspeople; the events are modelled on
real ones but details, quotations and many figures are invented or approximate and must not be read
as reporting. Every brief states its own date: ``published`` = ``reference_date``.

Markup and checks as set 59 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
the imported checks, ``check_own60`` below asserts again that every span's text equals its slice,
that no span starts or ends on white space, that no span ends in a possessive, that no entity span
starts with a determiner ("the", "a", "an") unless its name does, and that every statement's
content equals its slice.

Run from the project root: ``python3 eval/build_own60_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Executive Board" and "the Board" (capitalised) ORG "Executive Board of the National Bank
  of Serbia"; "NBS" ORG "National Bank of Serbia"; "NIS" ORG "Naftna Industrija Srbije"; "Expo 2027"
  EVENT (the year inside the name not a date); "STATIN" ORG "Statistical Institute of Jamaica";
  "Parliament" (Jamaica, Albania) ORG "Parliament of <country>"; "KINGSTON" GPE "Kingston, Jamaica";
  "Copa Holdings, S.A." and "Copa" ORG "Copa Holdings", "Copa Airlines" and "Wingo" ORG apart; "NYSE"
  ORG "New York Stock Exchange", the ticker "CPA" untagged; "Boeing 737 MAX 8" PRODUCT "Boeing 737
  MAX"; "Americas" LOC with "the" outside; "Tocumen International Airport" FAC; "Campi Flegrei" LOC;
  "Gulf of Pozzuoli" LOC; "INGV" and its full name ORG "Istituto Nazionale di Geofisica e
  Vulcanologia", its "Vesuvius Observatory" ORG apart; "Bagnoli" (a quarter of Naples) GPE; "the
  Department" (capitalised) ORG "Civil Protection Department (Italy)"; "Gofa Zone", "Kencho Shacha
  Gozdi" (before a lower-case "kebele"), "Geze Gofa" (before a lower-case "district", name "Geze Gofa
  (woreda)") and "South Ethiopia Regional State" GPE; "Red Cross" in a label of the Ethiopian Red
  Cross Society's update ORG "Ethiopian Red Cross Society"; "Central Emergency Response Fund" ORG (a
  named fund); "CONRED" ORG "Coordinadora Nacional para la Reducción de Desastres"; "INSIVUMEH" ORG
  (the acronym the usual title); "FUEGO VOLCANO" LOC "Volcán de Fuego"; "Las Lajas" and "Ceniza"
  before a lower-case "ravines" LOC; municipalities and villages ("Alotenango", "El Porvenir", "San
  Miguel Los Lotes") GPE; the road "RN-14" and "bulletin no. 12" untagged; "Republic of Rwanda" GPE
  "Rwanda"; "the Government of Rwanda" GPE "Rwanda" with "Government" untagged; "Congo" (meaning the
  DR Congo) GPE "Democratic Republic of the Congo"; "FDLR" ORG "Democratic Forces for the Liberation
  of Rwanda"; "M23" ORG "March 23 Movement"; "Kinshasa" (standing for the government) GPE; "the peace
  agreement" and "a joint security coordination mechanism" (lower case) untagged; "House of
  Representatives" ORG "... of Malta" / "... (Trinidad and Tobago)", "the House" (short form) untagged;
  "Nationalist Party" ORG; "euro area" untagged; "Union" (meaning the European Union, in a quotation)
  ORG "European Union"; "Central Election Commission" ORG "Central Election Commission (Albania)";
  "Alliance for a Magnificent Albania" ORG; "Elections and Boundaries Commission" ORG "... (Trinidad
  and Tobago)"; "the observer mission of the Caribbean Community" speaking as the community; "Tobago
  People's Party" ORG; "African Union Commission" and "the Commission" ORG "African Union
  Commission"; "Africa" LOC; wire names without diacritics with the Wikipedia spelling as name
  ("Fernandez" -> "Leonel Fernández", "Pena Gomez" -> "José Francisco Peña Gómez", "Bajevic" -> "Dušan
  Bajević", "Cedric Pioline" -> "Cédric Pioline"); "CEA" ORG "State Sugar Council"; "National
  Assembly" (Dominican Republic) ORG "National Congress (Dominican Republic)"; "Finance Ministry" ORG
  "Ministry of Finance (Dominican Republic)"; "Reuters" ORG; Greek clubs named by city ORG with the
  club's article title ("Olympiakos" -> "Olympiacos F.C.", "PAOK Salonika" -> "PAOK FC", "Larissa"
  -> "AEL FC", "Apollon Athens" -> "Apollon Smyrnis F.C.", "AEK" -> "AEK Athens F.C."); "Hellenic
  Football Federation" ORG; "DAVIS CUP" and "Davis Cup" EVENT "Davis Cup"; national teams in brackets
  and in the headline GPE; "Bosnian", "Serbian", "Congolese", "Rwandan", "Kenyan", "Albanian",
  "Dominican", "Greek", "French", "Italian" NORP; titles ("Governor", "Director General", "Opposition
  Leader", "executive secretary", "captain", "Central bank governor") untagged, names inside them
  tagged ("European Commission President", "U.S. Secretary of State"); currency names ("dinar",
  "peso", "dollar") untagged where they are not part of an amount; "the Government" and "the
  government" untagged.
- Statements: cues say, tell, add, note, expect, estimate, report, warn, urge, call for, announce,
  pledge, recall, reaffirm, claim, write, describe, according to; "The Board noted that X. It expects
  ..." two statements of the board; an issuer naming itself in the third person speaks ("the Statistical
  Institute of Jamaica (STATIN) reported today" with the clause before it, "The company ... expects",
  "Copa now expects ... and announced ..." three statements, the noun phrases "a full-year operating
  margin of ..." and "a quarterly dividend of ..." as contents, "expects to end 2025 with ..." without
  the infinitival "to"); "The Government of Rwanda reaffirms its commitment to ..." Rwanda speaking,
  the content the noun phrase with its complement; "X, according to the [[Vesuvius
  Observatory]]" the observatory (the outer named source, the INGV's possessive only its owner);
  "X, according to final results published by the Central Election Commission" the commission;
  "urged X and recalled that Y" and "announced X and urged Y" two statements each; "said X and that Y"
  one statement; "pledged to cut ... and to sell ..." one content without the first "to"; a
  quotation attributed with "told reporters" or "told the House" cue "tell", quote true; "described the
  day as “...”" the quoted words, quote true; "said that “there is a lot of uncertainty” because ..."
  and "told reporters that Furlan had been "unlucky" ..." reported clauses with quoted words kept
  (quote false); "conceded defeat", "congratulated" and "welcomes the peace agreement" not annotated
  (no reported content); "pledged Kenya’s full support" a noun phrase, the possessive inside the
  content; "The observer mission of the Caribbean Community (CARICOM) said" the community.
- Figures: "J$" JMD; "US$" and "$" in the Dominican wire USD; "pesos" (Dominican Republic 1996) DOP;
  "Q" (Guatemala) GTQ; "ETB" ETB; "EUR" and "€" EUR; "0.6 percentage points", "0.8 percentage points"
  pp; the earthquake magnitudes ("4.6", "2.4") ``number``; "about 2 km" quantity "km", "about 2
  centimetres" "cm" with "a month" outside; "up to 7,000 metres" "m" with "above sea level" outside;
  "less than J$16,000" money with "a week" outside; table rows counted by the row's noun restored
  ("Labour force", "Employed", "Unemployed" "person"; "Deaths confirmed: 257" "death"; "Shelters open:
  9" "shelter"; "Fleet ...: 114 aircraft" "aircraft"); "police officer" and "member state" kept as
  fixed compounds; "55-member" the number only ("55" "member"); "83 of the 140 seats" two counts
  "seat"; "about 195,000 postal votes" "vote"; "two rounds" "round"; the soccer scores, the standings
  columns and the tennis set and tie-break scores ``number`` figures; "fourth term", "first time",
  "28th member", "38th summit", "seventh round", "fifth year", "first final", "first day", "third set",
  "fourth set" ordinals; "21% to 23%" two figures; "two-thirds" (a fraction of a group), clock times
  ("12:47", "07:00", "19:00"), "(Md)", "Deficit, % of GDP" and "no. 12" untagged.
- Dates: "42-year-old" and "89-year-old" durations; "second quarter" without a year from the text's
  year; "THIRD QUARTER 2025" and "Third-quarter" July-September; "the second quarter of 2025"
  April-June; "more than six months" and "more than 40 years" durations with the modifier inside;
  "from 2010 to 2015" one span with "from" ("2010/2015"); "from November 29 to December 1" one span;
  "the summer" in a September wire the summer before; a month or day without a year in a past clause
  the most recent one ("January", "September", "1 September" in October; "March" in June; "December"
  and "March" in April; "June 30" in an August wire), in a future clause the next ("October" in June,
  "July" in June, "September" in May, "March" in February, "30 November", "December 15" and "November
  13" of this year, "May" in a September wire 1997-05); bare weekdays by tense ("Tuesday" before a
  Wednesday release and before a Thursday bulletin, "Tuesday" after a Monday notice, "Sunday",
  "Tuesday" and "Monday" before a Wednesday report, "Monday" before a Tuesday report and "Thursday"
  after it, "Saturday" before a Sunday report, "Friday" the wire's own day and "Saturday" the day
  after); "yesterday" in a Saturday statement the Friday; Wikinews date lines one span with the
  weekday; "Friday, 26 July 2024" and "Thursday 10 July 2025" one span; "year in a row", "a year",
  "a week", "a month" (rates) and "full-year" untagged; "Budget 2026" the year tagged as a date.
- Date cases: see the comments at each case; Jamaica's "2025/26" April-March, Trinidad and Tobago's
  "fiscal 2026" October-September and Rwanda's "2025/26" July-June, at month precision; "the second
  quarter" without a year from the reference date; "the first half of 2023" January-June; Ferragosto
  (15 August), Rwanda's Liberation Day (4 July), Jamaica's Emancipation Day (1 August) and Greece's
  Ochi Day (28 October) by their calendar dates; "last winter" in July the December-February before;
  "the first Saturday of July" composed from the month; "twenty-one years ago today" at day
  precision; "more than a century" "P100Y". Negatives: a habitual "every Sunday", a sub-day "about an
  hour after", "Weekly" as a rate word, a vague "the coming weeks", "Year-over-year" as a modifier.
- Figure cases: "three quarters of a million" 750000; "two hundred thousand dinars" RSD; "J$" JMD;
  "RD$" DOP; "birr" ETB; "Q" GTQ; "lempiras" HNL; "colones" with "million" CRC; "TT$" TTD; "ALL"; "denars"
  MKD; "CDF"; "DJF"; "US$4.2bn" USD; "56.4m" passengers a count; "25 basis points" 0.25 pp; "a quarter
  of a percentage point" 0.25 pp; "5.2 pct" percent; "acres" "acre"; "miles" "mi"; "3,000 to 5,000
  denars" two figures, the first taking its currency from the second; "€1.9 to €2.4 billion" the
  first taking its scale from the second; "5-1/4 percent" 5.25; "6 feet 3 inches" 6.25 ft; "$1 and 25
  cents" in Panama 1.25 USD; "-2,300" number -2300; "460th" ordinal. Negatives: an article citation,
  a vague "Hundreds", a proportion "Two in five", a phone number."""



from __future__ import annotations

import json
import re
import sys

import case_marks
from heldout_build import build_heldout
from own60_heldout_briefs_a import BRIEFS_A
from own60_heldout_briefs_b import BRIEFS_B

# ISO 4217 codes this set uses that the builder's list may lack.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"USD", "EUR", "RSD", "JMD", "GTQ", "ETB", "DOP", "TTD",
                                                  "HNL", "CRC", "ALL", "MKD", "CDF", "DJF"}

TAG = "own60"
SOURCE_BRIEFS = (
    "own60: written and annotated by hand for briefx (held-out set 60, session 39) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the National Bank of Serbia, the "
    "Statistical Institute of Jamaica, Copa Holdings, Italy's Civil Protection Department, the Ethiopian "
    "Red Cross Society, Guatemala's CONRED, Rwanda's Ministry of Foreign Affairs and International "
    "Cooperation and Malta's Ministry for Finance, Wikinews-style reports and Reuters-style 1996 wire "
    "copy; real institutions, places, office holders and sportspeople, events modelled on real news with "
    "invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own60: short cases written and annotated by hand for briefx (held-out set 60, session 39) by "
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
        ("2026-03-18", "The Tirana bus strike ended [two weeks ago|2026-03-04]."),
        ("2025-09-24", "The Kotor cruise terminal reopens [three weeks from today|2025-10-15]."),
        # Wednesday 13 November 2024: two days after is Friday the 15th.
        ("2024-11-13", "The Split ferry resumes [the day after tomorrow|2024-11-15]."),
        # 1 July 2026 is a Wednesday: the first Saturday is the 4th.
        ("2026-06-10", "Maltese voters go to the polls on [the first Saturday of July|2026-07-04]."),
        ("2025-07-23", "The old bridge in Mostar reopened [twenty-one years ago today|2004-07-23]."),
    ],
    "range": [
        # A past clause in August: this year's August.
        ("2025-08-20", "Wildfires closed roads near Dubrovnik [12-14 August|2025-08-12/2025-08-14]."),
        # A future clause in September: this year's October.
        ("2024-09-11", "The Valletta film festival runs [from 3 to 6 October|2024-10-03/2024-10-06]."),
        # Wednesday 14 January 2026, a future clause: the coming Monday and Wednesday.
        ("2026-01-14", "Schools in Podgorica will close [from Monday to Wednesday|2026-01-19/2026-01-21]."),
        ("2025-05-07", "The drought records for Djibouti cover [1981-2010|1981/2010]."),
        # A past clause in December: this year's September to November.
        ("2024-12-04", "Dockworkers in Piraeus struck [from September to November|2024-09/2024-11]."),
        ("2026-02-25", "The Ljubljana exhibition ran [April 4, 2025 through January 31, 2026|"
                       "2025-04-04/2026-01-31]."),
    ],
    "words": [
        ("2025-06-18", "Slovenia became independent in [nineteen ninety-one|1991]."),
        ("2024-10-02", "Montenegro declared independence on [the third of June, two thousand six|2006-06-03]."),
        ("2026-05-13", "Jamaica won its independence in [August of nineteen sixty-two|1962-08]."),
        # A future clause in February: this year's March.
        ("2025-02-05", "The new assembly in Skopje will sit on [the twentieth of March|2025-03-20]."),
        ("2024-08-28", "Djibouti became independent in [nineteen seventy-seven|1977]."),
    ],
    "news": [
        ("2026-07-08", "Olive oil exports from Andalusia fell [last month|2026-06]."),
        ("2025-11-05", "The Serbian dinar has held steady [this year|2025]."),
        ("2024-02-21", "The court in Sarajevo rules [tomorrow|2024-02-22]."),
        ("2026-09-16", "Police in Port-au-Prince arrested six men [yesterday|2026-09-15]."),
    ],
    "fiscal": [
        # Jamaica's fiscal year runs April-March.
        ("2025-03-12", "Jamaica's budget for [2025/26|2025-04/2026-03] was tabled in Kingston."),
        # Trinidad and Tobago's fiscal year runs October-September.
        ("2025-10-15", "Trinidad and Tobago's budget for [fiscal 2026|2025-10/2026-09] was read in Port of Spain."),
        # Rwanda's fiscal year runs July-June.
        ("2025-06-11", "Rwanda's budget for [2025/26|2025-07/2026-06] was presented in Kigali."),
        # A quarter without a year takes the year of the reference date.
        ("2026-08-19", "Ferrari's sales rose in [the second quarter|2026-04/2026-06], the company said."),
        ("2025-11-26", "Greek tourism revenue rose in [Q3 2025|2025-07/2025-09]."),
        ("2024-03-06", "Portugal's exports in [the first half of 2023|2023-01/2023-06] hit a record."),
    ],
    "weekday": [
        # Wednesday 22 October 2025: a past and a future clause.
        ("2025-10-22", "The port strike in Durrës ended on [Monday|2025-10-20]."),
        ("2025-10-22", "The port strike in Durrës will end on [Monday|2025-10-27]."),
        # Wednesday 26 June 2024, a future clause.
        ("2024-06-26", "The president will visit Skopje on [Saturday|2024-06-29]."),
        # Wednesday 30 September 2026, a past clause.
        ("2026-09-30", "Floods hit Valencia on [Sunday|2026-09-27]."),
        # Wednesday 19 March 2025.
        ("2025-03-19", "The Dominican peso fell [last Thursday|2025-03-13]."),
        # Wednesday 24 January 2024, a future clause.
        ("2024-01-24", "Talks in Addis Ababa resume [next Tuesday|2024-01-30]."),
    ],
    "month-tense": [
        ("2026-05-06", "Almond trees in Sicily blossomed in [February|2026-02]."),
        ("2026-05-06", "The new Palermo tram line opens in [February|2027-02]."),
        # A past clause in February: last December.
        ("2025-02-12", "Storms hit Tenerife in [December|2024-12], officials said."),
        ("2024-06-05", "North Macedonia's new government takes office on [June 23|2024-06-23]."),
        ("2025-10-08", "The Belgrade metro tender will close by [January 30|2026-01-30]."),
    ],
    "duration": [
        ("2026-02-04", "The blockade of the Djibouti corridor lasted [nearly three weeks|P3W]."),
        ("2025-05-21", "Athens sold [fifteen-year|P15Y] bonds."),
        ("2024-04-17", "Suspects in Cyprus may be held for [up to eight days|P8D]."),
        ("2026-10-21", "The Sagrada Família in Barcelona has taken [more than a century|P100Y] to build."),
        ("2025-11-12", "The Kingston dockworkers signed a [three-year|P3Y] wage deal."),
        # Two durations, the unit of the first taken from the second.
        ("2024-07-10", "Work permits in Malta last [one|P1Y] to [three years|P3Y]."),
    ],
    "holiday": [
        # Ferragosto is 15 August; a future clause.
        ("2025-08-06", "Crowds will fill Italian beaches on [Ferragosto|2025-08-15]."),
        # Rwanda's Liberation Day is 4 July; a future clause.
        ("2026-06-24", "Kigali will celebrate [Liberation Day|2026-07-04] with a parade."),
        # Jamaica's Emancipation Day is 1 August; a future clause.
        ("2024-07-31", "Offices in Kingston will shut on [Emancipation Day|2024-08-01]."),
        # Greece's Ochi Day is 28 October; a past clause.
        ("2025-10-29", "Parades marched through Thessaloniki on [Ochi Day|2025-10-28]."),
    ],
    "week": [
        # Wednesday 27 May 2026 is in ISO week 22.
        ("2026-05-27", "The tender in Zagreb closed [last week|2026-W21]."),
        # Wednesday 12 February 2025 is in ISO week 7.
        ("2025-02-12", "The envoy visits Juba [next week|2025-W08]."),
        ("2024-11-20", "Talks resume in Mogadishu [this week|2024-W47]."),
    ],
    "season": [
        ("2025-12-17", "The Skopje bypass opens in [spring 2027|2027-03/2027-05]."),
        ("2024-05-22", "Wildfires swept across Portugal in [the summer of 2017|2017-06/2017-08]."),
        # Wednesday 22 July 2026: the winter before is December 2025 to February 2026.
        ("2026-07-22", "Snowfall in Sarajevo was heavy [last winter|2025-12/2026-02]."),
    ],
    "decade": [
        ("2025-09-10", "Jamaica's bauxite boom began in [the 1950s|1950/1959]."),
        ("2024-04-24", "Albania's economy collapsed in [the early 1990s|1990/1999]."),
    ],
    "negative": [
        ("2026-03-11", "The ferry to Gozo leaves every Sunday."),
        ("2025-08-13", "The procession in Lalibela began about an hour after sunset."),
        ("2024-09-18", "Weekly arrivals in Lampedusa have doubled."),
        ("2025-02-26", "Coffee prices in Addis Ababa may rise in the coming weeks."),
        ("2026-12-02", "Year-over-year growth in Lisbon rents slowed."),
    ],
}

# Relative weekday cases: (family, index from 1) -> how the value follows from the reference date.
WEEKDAY_CHECKS = {
    ("range", 3): "next",
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
        "Rescuers in Gofa pulled [twenty-seven|count|27|survivor] survivors from the mud.",
        "The Tirana hospital hired [three hundred and forty|count|340|nurse] nurses.",
        "[Nineteen|count|19|fisherman] fishermen were rescued off Lampedusa.",
        "The vaccination drive will reach [three quarters of a million|count|750000|child] children.",
        "The Belgrade court fined him [two hundred thousand dinars|money|200000|RSD].",
    ],
    "currency": [
        "The Kingston port deal is worth [J$4.5 billion|money|4500000000|JMD].",
        "The Santo Domingo metro line cost [RD$28 billion|money|28000000000|DOP].",
        "Each family in Tigray received [3,000 birr|money|3000|ETB].",
        "Guatemala's new highway costs [Q1.2 billion|money|1200000000|GTQ].",
        "The Tegucigalpa water plan costs [4.8 billion lempiras|money|4800000000|HNL].",
        "The San José bypass is worth [95,000 million colones|money|95000000000|CRC].",
        "The Port of Spain hospital costs [TT$1.6 billion|money|1600000000|TTD].",
        "Albania's budget gap reached [ALL 60 billion|money|60000000000|ALL].",
    ],
    "scale": [
        "Haiti's remittances reached [US$4.2bn|money|4200000000|USD].",
        "North Macedonia's debt totals [420 billion denars|money|420000000000|MKD].",
        "Rome's airports handled [56.4m|count|56400000|passenger] passengers.",
        "Congo's budget reached [CDF 51 trillion|money|51000000000000|CDF].",
        "Djibouti's port revenue rose to [DJF 90 billion|money|90000000000|DJF].",
    ],
    "units": [
        "The storm dropped [180 millimetres|quantity|180|mm] of rain on Genoa.",
        "The planned Messina bridge would span [3.3 kilometres|quantity|3.3|km].",
        "Cameroon produced [290,000 tonnes|quantity|290000|t] of cocoa.",
        "Fires burned [8,500 acres|quantity|8500|acre] near Guatemala City.",
        "The pipeline runs [470 miles|quantity|470|mi] to Djibouti.",
    ],
    "percent": [
        "Inflation in Slovenia fell to [2.7 per cent|percent|2.7|%].",
        "The Bank of Jamaica cut rates by [25 basis points|percent|0.25|pp].",
        "The ruling party's share fell [six percentage points|percent|6|pp].",
        "[Forty percent|percent|40|%] of the banana crop was lost.",
        "Yields in Lisbon rose [a quarter of a percentage point|percent|0.25|pp] to [3.4%|percent|3.4|%].",
        "Exports from Montenegro climbed [5.2 pct|percent|5.2|%].",
    ],
    "range": [
        "Growth is forecast at between [3|percent|3|%] and [3.5 percent|percent|3.5|%].",
        "The Cyprus power cable will cost [€1.9|money|1900000000|EUR] to [€2.4 billion|money|2400000000|EUR].",
        "[20|count|20|house]-[30|count|30|house] houses were flooded in Mostar.",
        "The waves off Malta were [4|quantity|4|m] to [6 metres|quantity|6|m] high.",
        "Hotel rooms in Skopje cost [3,000|money|3000|MKD] to [5,000 denars|money|5000|MKD] a night.",
    ],
    "approximate": [
        "[Nearly 4,000|count|4000|passenger] passengers were stranded at Fiumicino.",
        "[More than 60%|percent|60|%] of voters in Podgorica turned out.",
        "[Roughly 1,800|count|1800|home] homes lost power in Split.",
        "The Kinshasa mine deal is worth [about US$2.5 billion|money|2500000000|USD].",
        "[No fewer than 15|count|15|vessel] vessels may enter Valletta harbour.",
        "[Up to 30,000|count|30000|pilgrim] pilgrims are expected in Lalibela.",
    ],
    "count": [
        "The quake in Durrës damaged [2,450|count|2450|building] buildings.",
        "[One|count|1|firefighter] firefighter was injured.",
        "The ministry will open [eleven|count|11|clinic] clinics.",
        "Customs in Piraeus seized [143|count|143|container] containers.",
        "[Forty-six|count|46|village] villages lost power.",
    ],
    "ordinal": [
        "It was the [sixth|ordinal|6] hurricane of the season.",
        "The prime minister won a [third|ordinal|3] term.",
        "Valletta marked its [460th|ordinal|460] anniversary.",
        "She is the [first|ordinal|1] Haitian to win the race.",
    ],
    "tally": [
        "The court ruled [5|number|5]-[2|number|2] against the law.",
        "Red Star beat Partizan [3|number|3]-[1|number|1] in Belgrade.",
        "The jury split [7|number|7] to [5|number|5].",
    ],
    "form": [
        "Net migration was [-2,300|number|-2300] in June.",
        "The bond pays [5-1/4 percent|percent|5.25|%].",
        "The wall is [6 feet 3 inches|quantity|6.25|ft] high.",
        "The Panama City bus fare was [$1 and 25 cents|money|1.25|USD].",
    ],
    "negative": [
        "See Article 12(2) of the treaty.",
        "Hundreds of people fled the flood.",
        "Two in five households own a car.",
        "Call +356 2123 4567 for details.",
    ],
}

DETERMINERS = ("the ", "a ", "an ")
POSSESSIVES = ("'s", "’s", "'", "’")


def check_own60(path: str) -> None:
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
        check_own60(f"eval/{TAG}-{kind}-heldout.jsonl")


if __name__ == "__main__":
    main()
    sys.exit(0)

"""Build the fifty-eighth held-out set: eval/own58-briefs-heldout.jsonl, own58-dates-heldout.jsonl
and own58-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

Written fresh in session 38 by a helper session that neither read nor ran briefx (no code under
``briefx/``, ``tests/``, ``models/`` or ``scripts/``, no samples, benchmarks or venv; no NLP tool was
run on the texts) and opened no ``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the
three it writes and the first case of ``shared/eval/briefs-dev.jsonl``. Besides
``shared/eval/ANNOTATION.md`` (in full, with its "Statements" section and the tense rule) and
``FORMAT.md`` it read only ``build_own57_heldout.py`` and ``own57_heldout_briefs_a.py`` (the latest
set of this kind: file format, markup and checks; ``case_marks`` and ``heldout_build`` are imported
as set 57 does, their text unread but for the few lines that raised when a check failed), the
"Fifty-seventh held-out set" section of ``eval/README.md`` and the topic rows of sets 19-57 in its
summary table (see the "Exposures" paragraph of the README section for what else it saw in listings
and grep output). The texts were written by hand for this set and annotated inline while writing,
by ``ANNOTATION.md``; where it is silent, the choice is listed below. The marked texts of the briefs
and their statements are in ``own58_heldout_briefs_a.py`` and ``own58_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and topics from Latin America, the
Middle East and North Africa and Central Asia that earlier sets lacked. Eight official texts (a
Central Bank of Uzbekistan policy-rate press release with a capitalised headline, "•" indicators, US$
and UZS; an INDEC (Argentina) release on poverty in the first half of 2025 with a capitalised headline,
percentage points and a table of rates by region; Mercado Libre third-quarter results with a
"MONTEVIDEO, Uruguay" dateline, "- " highlights, US$ and ARS and "the quarter ended September 30, 2025";
a Kazakhstan Ministry of Emergency Situations flood update with labelled fields, cubic metres,
centimetres, metres, KZT and a hotline number untagged; a Colombian Red Cross humanitarian update on
the Catatumbo displacement with "-- " key figures, COP and US$; a Royal Commission for Riyadh City
press release on the opening of the Riyadh Metro with "-- " facts, kilometres and SAR; a statement of
Turkey's Ministry of Energy and Natural Resources on the Sakarya gas field with a "From:" line, cubic
metres a day and notes to editors; a Peruvian Ministry of Health press-conference transcript excerpt
on dengue with speaker labels and S/ = PEN), three Wikinews-style reports (Kais Saied re-elected in
Tunisia, Jair Bolsonaro convicted by Brazil's Supreme Federal Court, Kazakhstan's nuclear power plant
referendum) and three Reuters wire items of the 1996 CoNLL-2003 kind (a Lima item on Peru's first-half
growth with soles and dollars, 1996-09-04; Argentine first division soccer results and standings from
Buenos Aires, 1996-09-09; the world mountain bike championships from Cairns with riders' countries in
brackets and clock-style race times, 1996-09-14). Real institutions, places, office holders and
sportspeople; the events are modelled on real ones but details, quotations and many figures are
invented or approximate and must not be read as reporting. Every brief states its own date:
``published`` = ``reference_date``.

Markup and checks as set 57 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
the imported checks, ``check_own58`` below asserts again that every span's text equals its slice,
that no span starts or ends on white space, that no span ends in a possessive, that no entity span
starts with a determiner ("the", "a", "an") unless its name does, and that every statement's
content equals its slice.

Run from the project root: ``python3 eval/build_own58_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "CENTRAL BANK OF THE REPUBLIC OF UZBEKISTAN", "Central Bank of the Republic of Uzbekistan"
  and the short form "Central Bank" ORG "Central Bank of Uzbekistan" (the country inside the name not
  tagged apart); "INDEC" and "NATIONAL INSTITUTE OF STATISTICS AND CENSUSES" ORG "National Institute of
  Statistics and Census of Argentina"; the Permanent Household Survey untagged (a survey); INDEC's
  regions in the table LOC ("Northwest" -> "Argentine Northwest", "Northeast" -> "Argentine Northeast",
  "Cuyo" -> "Cuyo (Argentina)", "Pampas", "Patagonia") but "Greater Buenos Aires" GPE; "Catholic
  University of Argentina" ORG "Pontifical Catholic University of Argentina"; "Observatory of the
  Argentine Social Debt" ORG (the NORP inside the name not tagged); "General Confederation of Labour"
  ORG "General Confederation of Labour (Argentina)"; "MERCADOLIBRE" and "MercadoLibre" ORG
  "Mercado Libre", "Mercado Pago" ORG apart; "Latin America" LOC; the Kazakh regions in labelled fields
  GPE "<name> Region"; "Uralsk" GPE "Oral, Kazakhstan"; "Ural" and "Ishim" before a lower-case "river"
  LOC "Ural (river)" / "Ishim (river)"; "Kazhydromet" ORG; "CATATUMBO"/"Catatumbo" LOC; "ELN" and
  "National Liberation Army" ORG "National Liberation Army (Colombia)"; "FARC" ORG "Revolutionary Armed
  Forces of Colombia"; "General Santander stadium" FAC "Estadio General Santander"; "Norte de Santander"
  GPE "Norte de Santander Department"; "Red Cross" (the issuer's short form) ORG "Colombian Red Cross";
  "Riyadh Metro" FAC; "King Salman" PERSON "Salman" (name "Salman of Saudi Arabia") and "Prince Faisal
  bin Bandar" PERSON "Faisal bin Bandar" (name "Faisal bin Bandar Al Saud") with the titles outside,
  "Riyadh" inside "Riyadh Governor" tagged; "Expo 2030" and "2034 FIFA World Cup" EVENT with the years
  inside the names not dates; "FCC" ORG "FCC (company)"; "Republic of Türkiye" and "Türkiye" GPE
  "Turkey"; "Sakarya Gas Field" and the headline's "SAKARYA" FAC "Sakarya Gas Field"; "Osman Gazi" (the
  floating production unit) PRODUCT "Osman Gazi FPU"; "BOTAŞ" ORG; "Black Sea" LOC; transcript labels
  ("MINISTER CÉSAR VÁSQUEZ:", "EPIDEMIOLOGIST CÉSAR MUNAYCO:") PERSON with the title outside;
  "Piura", "Lambayeque", "Tumbes" GPE "<name> Region"; "Americas" LOC; "ISIE" and "Independent High
  Authority for Elections" ORG; "People’s Movement" ORG "People's Movement (Tunisia)"; "National Salvation
  Front" ORG "National Salvation Front (Tunisia)"; "First Panel" ORG "First Panel of the Supreme Federal
  Court"; "Washington" meaning the U.S. government GPE "Washington, D.C."; "Central Referendum Commission"
  ORG "Central Referendum Commission (Kazakhstan)"; "Semipalatinsk" GPE "Semey"; "Ulken" GPE; "Lake
  Balkhash" LOC; "Central Reserve Bank" ORG "Central Reserve Bank of Peru"; "Telefonica del Peru" ORG
  (the country inside the name not tagged); Argentine clubs ORG with the club's full name ("River Plate"
  -> "Club Atlético River Plate", "Gimnasia y Esgrima" -> "Club de Gimnasia y Esgrima La Plata", the town
  in brackets GPE); "Apertura" EVENT "1996 Apertura (Argentina)"; "Monumental" FAC "Estadio Monumental
  (Buenos Aires)"; "Ramon Diaz" PERSON "Ramón Díaz"; "world mountain bike championships" (lower case)
  EVENT "1996 UCI Mountain Bike World Championships"; "International Cycling Union" ORG "Union Cycliste
  Internationale"; headline names tagged ("FRISCHKNECHT", "Camet", "ARGENTINE"); currency names ("soum",
  "sol", "dollars") untagged.
- Statements: cues say, tell, add, note, expect, estimate, report, write, warn, urge, call for, call on,
  appeal for, pledge, promise, announce, according to; "The Central Bank noted that ... It expects ..."
  two statements of the bank; "X, the institute estimated" covers the clause before it, speaking as
  INDEC; "INDEC reported today" after the clause covers the clause before it; "“...,” President Javier
  Milei wrote" cue "write"; "The company announced" speaks as Mercado Libre; "told analysts that X, and
  added that Y" two statements; "said the floods were ... He pledged that ..." two statements; "called on
  the armed groups to ..." cue "call on", content without the infinitival "to"; "is appealing for" cue
  "appeal for"; "according to preliminary results announced today by the Central Referendum Commission"
  speaks as the commission and covers the clause before it; "Kazakhstan ... expects demand ..." a
  country speaking; "His lawyers said" (unnamed) and transcript-labelled speech (the author's voice)
  not annotated; a reported clause keeps its quoted words ("Washington would “respond accordingly” to
  the verdict", quote false); a quotation of two sentences one statement; a quotation ending in the attribution comma
  leaves the comma out.
- Figures: "UZS", "ARS", "KZT", "COP", "SAR" by code; "S/" and "soles" (Peru) PEN; "$" in the 1996 Lima
  wire and "US$" USD; "6.5 percentage points" 6.5 pp and "21.3 points" (of a poverty rate) 21.3 pp;
  table rates "31.3%" percent; "cubic metres" "m3", "centimetres" "cm", "metres" "m", "gigawatts" "GW",
  "7.6-km" a quantity; "4.8 million cubic metres" and "9.5 million cubic metres" with the scale applied;
  rates after an amount ("a day", "per annum", "per dollar", "a night") outside the span; "2.47 soles
  per dollar" money PEN; "Kits delivered ...: 4,150" unit "kit" (the label's noun), "fumigation teams"
  "team", "health workers" and "field hospitals" fixed compound units; "624 million" items and "77
  million" buyers counts with the scale applied; "a crowd of about 60,000" "spectator"; soccer scores
  and standings columns ``number`` figures, "voted 4-1" two ``number`` figures; result-list ranks
  ("1", "2", the full stop after them outside) ``ordinal`` figures; race times ("2:21:07") and "48 seconds" untagged (shorter than a
  day); "first division", "second phase", "89th minute", "third straight world title" ordinals; "came
  second" and "finishing second" (adverbial) untagged; "6 to 7 percent" two figures, the first taking its
  unit from the second; "about half of Brazilians" untagged (a fraction of a group); "Hotline: 112" and
  the newsroom phone number untagged; "one phase" a count.
- Dates: "first nine months of 2025" and "January-September 2025" a January-September month range;
  "the quarter ended September 30, 2025" one span, July-September at month precision; "the first half
  of 2025", "the second half of 2024" and a bare "first half" (headline, 1996) half-year month ranges;
  "the second half of March" 16-31 March; "early March 2023" the month, the modifier inside the span;
  "the 12 months to August" (a September 1996 wire) September 1995 to August 1996; "the next three
  months" anchored on the reference date at day precision; "80 years", "more than 12 years", "seven
  years", "26 years" durations; "27 years and three months" two durations
  "P27Y" and "P3M" (the value check takes one unit a duration); "66-year-old",
  "70-year-old", "three-year" durations; "1949 to 1989" one range; "Tuesday, October 8, 2024" and like
  Wikinews date lines one span with the weekday; "Sunday’s election" the weekday before the possessive;
  a month or day without a year in a past clause the most recent one ("June" in October, "January" in
  October, "27 March" and "5 April" in April, "16 January" and "23 January" in January, "August" and
  "July" in September), in a future clause the next ("October" in April, "December" in a September
  wire); bare weekdays by tense ("Saturday" after a Wednesday update the coming one, "Monday" before it
  the past one, "Wednesday" in the Riyadh release of Sunday 1 December 2024 the past 27 November,
  "Friday" in the transcript the coming one, "next Sunday" in a Monday wire the coming one); "next
  week" and "last week" ISO weeks; "next year" in a 1996 wire 1997; "every ten days", "at least once
  a week", "two-hour" and clock times untagged.
- Date cases: see the comments at each case; India's "2026-27" April-March at month precision, the
  U.S. "FY 2026" October-September at day precision, "the third quarter" without a year from the
  reference date, "Q2 2026", "the first half of 2024", "the 12 months to August"; Peru's Independence
  Day (28 July), the UAE's National Day (2 December), Christmas Eve (24 December) and Turkey's Republic
  Day (29 October) by their calendar dates; "the summer of 2023" in Uruguay June-August (northern
  meteorological seasons, as ANNOTATION.md says); "last winter" in June the December-February before;
  "the second Sunday of June" composed from the month. Negatives: a habitual "every Thursday", a clock
  time "each morning", "Monthly" as a rate word, a vague "the coming weeks", "the Sunday edition".
- Figure cases: "a quarter of a million" 250000; "ten thousand dirhams" MAD; "2.4 billion dirhams"
  (Dubai) AED; "half a percentage point" 0.5 pp; "100 basis points" 1 pp; "6-3/4 percent" 6.75; "8 feet
  6 inches" 8.5 ft; "$1 and 25 cents" (Ecuador, a dollar country) 1.25 USD; "123m" passengers a count;
  "KZT25.3tn" (code with no space, "tn") KZT; "lira" (Turkey) TRY; "R$" BRL; "JD" JOD; "QAR"; "6.3pc" percent; "-4,100" number -4100;
  "450th" ordinal. Negatives: an article citation, a vague "Thousands", a proportion "Three in four", a
  phone number."""


from __future__ import annotations

import json
import re
import sys

import case_marks
from heldout_build import build_heldout
from own58_heldout_briefs_a import BRIEFS_A
from own58_heldout_briefs_b import BRIEFS_B

# ISO 4217 codes this set uses that the builder's list may lack.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"USD", "UZS", "ARS", "KZT", "COP", "SAR", "EUR", "PEN",
                                                  "MAD", "BRL", "QAR", "TRY", "JOD", "AED"}

TAG = "own58"
SOURCE_BRIEFS = (
    "own58: written and annotated by hand for briefx (held-out set 58, session 38) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Central Bank of Uzbekistan, "
    "Argentina's INDEC, Mercado Libre, Kazakhstan's Ministry of Emergency Situations, the Colombian Red "
    "Cross, the Royal Commission for Riyadh City, Turkey's Ministry of Energy and Natural Resources and "
    "Peru's Ministry of Health, "
    "Wikinews-style reports and Reuters-style 1996 wire copy; real institutions, places, office holders "
    "and sportspeople, events modelled on real news with invented or approximate details and quotations; "
    "MIT"
)
SOURCE_CASES = (
    "own58: short cases written and annotated by hand for briefx (held-out set 58, session 38) by "
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
# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        ("2026-03-11", "The Bogotá metro opens [three weeks from today|2026-04-01]."),
        ("2025-10-15", "The old port bridge in Izmir closed [eight months ago|2025-02-15]."),
        # Wednesday 17 April 2024: two days before is Monday the 15th.
        ("2024-04-17", "The bus strike in Santiago ended [the day before yesterday|2024-04-15]."),
        # 1 June 2026 is a Monday: the first Sunday is the 7th, the second the 14th.
        ("2026-05-13", "Voters in Lima go to the polls on [the second Sunday of June|2026-06-14]."),
        ("2025-01-22", "The ring line of the Tashkent metro opened [five years ago today|2020-01-22]."),
    ],
    "range": [
        # A past clause in June: this year's June.
        ("2025-06-18", "Schools in Montevideo were closed [2-4 June|2025-06-02/2025-06-04]."),
        # A future clause in September: this year's dates.
        ("2024-09-04", "The Marrakech film festival runs [from 29 November to 7 December|2024-11-29/2024-12-07]."),
        # Wednesday 8 July 2026, a future clause: the coming Thursday and Saturday.
        ("2026-07-08", "The road to Petra will close [from Thursday to Saturday|2026-07-09/2026-07-11]."),
        ("2025-03-26", "The rainfall records for Casablanca cover [1961-2020|1961/2020]."),
        # A past clause in November: this year's June to August.
        ("2024-11-13", "Truckers in Chile blocked roads [from June to August|2024-06/2024-08]."),
        ("2026-01-14", "The Doha exhibition ran [October 3, 2025 through January 10, 2026|"
                       "2025-10-03/2026-01-10]."),
    ],
    "words": [
        ("2025-05-07", "Uzbekistan became independent in [nineteen ninety-one|1991]."),
        ("2024-02-21", "Morocco became independent on [the second of March, nineteen fifty-six|1956-03-02]."),
        ("2026-09-16", "The Atatürk Dam was completed in [July of nineteen ninety|1990-07]."),
        # A future clause in March: this year's May.
        ("2025-03-05", "The parliament in Amman will sit on [the tenth of May|2025-05-10]."),
        ("2024-06-05", "Qatar became independent in [nineteen seventy-one|1971]."),
    ],
    "news": [
        ("2026-04-15", "Copper exports from Chile rose [last year|2025]."),
        ("2025-11-12", "Rents in Istanbul have risen [this month|2025-11]."),
        ("2024-05-22", "The verdict in Tunis is due [tomorrow|2024-05-23]."),
        ("2026-08-19", "Police in Medellín arrested four men [yesterday|2026-08-18]."),
    ],
    "fiscal": [
        # India's fiscal year runs April-March.
        ("2025-10-22", "India's deficit for [2026-27|2026-04/2027-03] is forecast to fall."),
        # U.S. federal fiscal year: October-September.
        ("2026-02-04", "Congress approved aid to Colombia for [FY 2026|2025-10-01/2026-09-30]."),
        # A quarter without a year takes the year of the reference date.
        ("2025-11-05", "Exports from Santos fell in [the third quarter|2025-07/2025-09], the port said."),
        ("2026-08-05", "Turkey's economy grew in [Q2 2026|2026-04/2026-06]."),
        ("2024-07-10", "Peru's accounts for [the first half of 2024|2024-01/2024-06] showed a deficit."),
        # A period counted back from a month: September 2024 to August 2025.
        ("2025-09-10", "Brazil's trade surplus for [the 12 months to August|2024-09/2025-08] narrowed."),
    ],
    "weekday": [
        # Wednesday 10 December 2025: a past and a future clause.
        ("2025-12-10", "The port strike in Valparaíso ended on [Tuesday|2025-12-09]."),
        ("2025-12-10", "The port strike in Valparaíso will end on [Tuesday|2025-12-16]."),
        # Wednesday 20 March 2024, a future clause.
        ("2024-03-20", "The king will visit Rabat on [Friday|2024-03-22]."),
        # Wednesday 21 October 2026, a past clause.
        ("2026-10-21", "Storms hit Izmir on [Saturday|2026-10-17]."),
        # Wednesday 16 April 2025.
        ("2025-04-16", "The tenge fell [last Friday|2025-04-11]."),
        # Wednesday 11 September 2024, a future clause.
        ("2024-09-11", "Talks in Doha resume [next Tuesday|2024-09-17]."),
    ],
    "month-tense": [
        ("2026-09-09", "Grape output in Mendoza peaked in [March|2026-03]."),
        ("2026-09-09", "The new wine export tax takes effect in [March|2027-03]."),
        # A past clause in February: last November.
        ("2025-02-12", "Floods hit Jeddah in [November|2024-11], officials said."),
        ("2024-03-13", "Uruguay votes on [October 27|2024-10-27]."),
        ("2025-10-29", "The Almaty airport terminal will reopen by [February 28|2026-02-28]."),
    ],
    "duration": [
        ("2026-02-25", "The blockade of the port of Callao lasted [almost two weeks|P2W]."),
        ("2025-06-11", "Chile sold [thirty-year|P30Y] bonds."),
        ("2024-10-16", "Suspects in Turkey may be held for [up to four days|P4D]."),
        ("2025-05-20", "The Hassan II Mosque took [about seven years|P7Y] to build."),
        ("2025-09-17", "Dockers in Santos signed a [two-year|P2Y] wage deal."),
        # Two durations, the unit of the first taken from the second.
        ("2024-12-11", "Work visas in Qatar last [two|P2Y] to [five years|P5Y]."),
    ],
    "holiday": [
        # Peru's Independence Day is 28 July; a future clause.
        ("2025-07-09", "Shops in Lima will close on [Independence Day|2025-07-28]."),
        # The UAE's National Day is 2 December.
        ("2026-11-18", "Offices in Dubai shut on [National Day|2026-12-02]."),
        ("2024-06-26", "Fireworks will light up Santiago on [Christmas Eve|2024-12-24]."),
        # Turkey's Republic Day is 29 October; a past clause in March: last October.
        ("2025-03-19", "Streets in Ankara were decorated for [Republic Day|2024-10-29]."),
    ],
    "week": [
        # Wednesday 22 April 2026 is in ISO week 17.
        ("2026-04-22", "The tender in Riyadh closed [last week|2026-W16]."),
        # Wednesday 24 September 2025 is in ISO week 39.
        ("2025-09-24", "The envoy visits Tashkent [next week|2025-W40]."),
        ("2024-02-14", "Talks resume in Amman [this week|2024-W07]."),
    ],
    "season": [
        ("2025-11-26", "The Quito metro extension opens in [autumn 2027|2027-09/2027-11]."),
        # Meteorological seasons of the northern hemisphere, as ANNOTATION.md says.
        ("2024-01-17", "Drought hit Uruguay in [the summer of 2023|2023-06/2023-08]."),
        # Wednesday 17 June 2026: the winter before is December 2025 to February 2026.
        ("2026-06-17", "Snowfall in Kazakhstan was heavy [last winter|2025-12/2026-02]."),
    ],
    "decade": [
        ("2025-04-30", "Chile's copper boom began in [the 2000s|2000/2009]."),
        ("2024-08-21", "Kuwait's oil output peaked in [the early 1970s|1970/1979]."),
    ],
    "negative": [
        ("2026-03-04", "The ferry to Tangier leaves every Thursday."),
        ("2025-05-14", "The souk in Tunis opens at 8:00 each morning."),
        ("2024-10-09", "Monthly rainfall in Antofagasta is near zero."),
        ("2025-01-15", "Prices in Buenos Aires may rise in the coming weeks."),
        ("2026-12-02", "He writes for the Sunday edition of a newspaper in Buenos Aires."),
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
        "Rescuers pulled [twenty-eight|count|28|survivor] survivors from the rubble in Hatay.",
        "The region hired [four hundred and twenty|count|420|nurse] nurses.",
        "[Fifteen|count|15|climber] climbers were stranded near Almaty.",
        "The scheme will reach [a quarter of a million|count|250000|family] families.",
        "The Rabat court fined him [ten thousand dirhams|money|10000|MAD].",
    ],
    "currency": [
        "The Tashkent rail contract is worth [UZS 1.2 trillion|money|1200000000000|UZS].",
        "The Lima airport terminal cost [US$1.4 billion|money|1400000000|USD].",
        "The Bogotá metro costs [COP 22 trillion|money|22000000000000|COP].",
        "The Santos port tunnel will cost [R$6 billion|money|6000000000|BRL].",
        "The Doha stadium cost [QAR 3.1 billion|money|3100000000|QAR].",
        "The Istanbul canal was priced at [75 billion lira|money|75000000000|TRY].",
        "Each farmer in Jordan received [JD 500|money|500|JOD].",
        "The Dubai tram extension costs [2.4 billion dirhams|money|2400000000|AED].",
    ],
    "scale": [
        "Chile's copper revenue hit [US$50bn|money|50000000000|USD].",
        "Kazakhstan's budget totals [KZT25.3tn|money|25300000000000|KZT].",
        "Brazilian airports handled [123m|count|123000000|passenger] passengers.",
        "Saudi Arabia's spending plan totals [SAR 1.3 trillion|money|1300000000000|SAR].",
        "Argentina raised [US$2bn|money|2000000000|USD] from bond investors.",
    ],
    "units": [
        "The storm dumped [240 millimetres|quantity|240|mm] of rain on Valparaíso.",
        "The tower in Riyadh is [1,250 feet|quantity|1250|ft] tall.",
        "Morocco exported [780,000 tonnes|quantity|780000|t] of fertiliser.",
        "Wildfires burned [12,000 acres|quantity|12000|acre] near Izmir.",
        "The pipeline runs [1,830 kilometres|quantity|1830|km] to Shymkent.",
    ],
    "percent": [
        "Inflation in Turkey fell to [33.3 per cent|percent|33.3|%].",
        "Brazil's central bank raised rates by [100 basis points|percent|1|pp].",
        "The ruling party's share fell [five percentage points|percent|5|pp].",
        "[Sixty percent|percent|60|%] of the wheat harvest was lost.",
        "Bond yields rose [half a percentage point|percent|0.5|pp] to [7.1%|percent|7.1|%].",
        "Exports from Peru climbed [6.3pc|percent|6.3|%].",
    ],
    "range": [
        "Growth is forecast at between [3|percent|3|%] and [3.5 percent|percent|3.5|%].",
        "The new Lima metro line will cost [US$4|money|4000000000|USD] to [US$5 billion|money|5000000000|USD].",
        "[30|count|30|shop]-[35|count|35|shop] shops were flooded in Jeddah.",
        "The waves off Iquique were [4|quantity|4|m] to [6 metres|quantity|6|m] high.",
        "Rooms in Marrakech cost [MAD 900|money|900|MAD] to [MAD 1,500|money|1500|MAD] a night.",
    ],
    "approximate": [
        "[Nearly 5,000|count|5000|passenger] passengers were stranded at Guarulhos.",
        "[More than 70%|percent|70|%] of voters turned out.",
        "[Roughly 2,300|count|2300|home] homes lost power in Montevideo.",
        "The Tangier port deal is worth [about US$1.2 billion|money|1200000000|USD].",
        "[No fewer than 12|count|12|tanker] tankers waited off Ras Tanura.",
        "[Up to 40,000|count|40000|runner] runners are expected in Santiago.",
    ],
    "count": [
        "The quake near Malatya damaged [2,417|count|2417|building] buildings.",
        "[One|count|1|miner] miner was injured.",
        "The ministry will open [nine|count|9|school] schools.",
        "Customs in Callao seized [148|count|148|container] containers.",
        "[Thirty-one|count|31|village] villages lost water.",
    ],
    "ordinal": [
        "It was the [fifth|ordinal|5] quake in the region.",
        "The president won a [second|ordinal|2] term.",
        "Santiago marked its [450th|ordinal|450] anniversary.",
        "She is the [first|ordinal|1] Uzbek to win the race.",
    ],
    "tally": [
        "The senate voted [41|number|41]-[30|number|30] for the plan.",
        "Flamengo beat Palmeiras [2|number|2]-[0|number|0] in Rio.",
        "The judges split [5|number|5] to [2|number|2].",
    ],
    "form": [
        "Net migration was [-4,100|number|-4100] in May.",
        "The bond pays [6-3/4 percent|percent|6.75|%].",
        "The wall is [8 feet 6 inches|quantity|8.5|ft] high.",
        "The Quito bus fare was [$1 and 25 cents|money|1.25|USD].",
    ],
    "negative": [
        "See Article 7(c) of the agreement.",
        "Thousands of people fled the floods.",
        "Three in four households own a phone.",
        "Call +998 71 233 1122 for details.",
    ],
}


DETERMINERS = ("the ", "a ", "an ")
POSSESSIVES = ("'s", "’s", "'", "’")


def check_own58(path: str) -> None:
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
        check_own58(f"eval/{TAG}-{kind}-heldout.jsonl")


if __name__ == "__main__":
    main()
    sys.exit(0)

"""Build the sixty-first held-out set: eval/own61-briefs-heldout.jsonl, own61-dates-heldout.jsonl
and own61-figures-heldout.jsonl (FORMAT.md), the briefs with ``statements``.

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
and their statements are in ``own61_heldout_briefs_a.py`` and ``own61_heldout_briefs_b.py``.

Briefs: the GENRE of the project's hidden test set, with issuers and topics from Ireland, Canada,
Australia and New Zealand, the Gulf, South Asia, the Pacific islands and West Africa that earlier sets
lacked. Eight official texts (a Central Bank of West African States (BCEAO) Monetary Policy Committee
press release with a capitalised headline in basis points, "•" key figures for WAEMU, a signed
inflation rate and CFA francs = XOF; a Bangladesh Bureau of Statistics inflation release with a
"From:" line, "X, the BBS said" and a table of rates by area; Aluminium Bahrain (Alba) third-quarter
results with a "Manama" dateline, "- " highlights, BD = BHD, US$, metric tonnes and megawatts; a Food
Safety Authority of Ireland food alert on an infant formula recall with labelled fields, best-before
dates, grams, °C and notes to editors; a Nepal Red Cross Society humanitarian update on the Koshi
floods with "-- " key figures, millimetres and Rs = NPR; a Papua New Guinea Prime Minister's statement
on the 50th anniversary of independence with a "From:" line, kina and key facts; an Australian Energy
Market Operator release on its Electricity Statement of Opportunities with "•" figures in gigawatts,
July-June years written "2027-28" and notes to editors; a Canada Mortgage and Housing Corporation
housing starts release with an "OTTAWA" dateline, "according to data released today by CMHC" and a
table of starts by city), three Wikinews-style reports (the Air Canada flight attendants' strike,
Laʻauli Leuatea Schmidt sworn in as Prime Minister of Samoa, the Ghana Air Force helicopter crash
that killed two ministers) and three Reuters wire items of the 1996 CoNLL-2003 kind (a Suva item on
the Fiji Constitution Review Commission's report with Fiji dollars = FJD, 1996-09-06; Olympic
freestyle wrestling finals from Atlanta with weight classes, wrestlers' countries in brackets and bout
scores, 1996-08-02; Olympic rhythmic gymnastics placings from Athens, Georgia with points and a group
final, 1996-08-04). Real institutions, places, office holders and sportspeople; the events are
modelled on real ones but details, quotations and many figures are invented or approximate and must
not be read as reporting. Every brief states its own date: ``published`` = ``reference_date``.

Markup and checks as set 59 (``case_marks``, ``heldout_build``): briefs ``[[span|TYPE]]`` /
``[[span|TYPE|name]]``, ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]``,
``[[span|D|value]]``; statements beside each text as ``(speaker, cue, content, quote)``; date
cases ``[span|value]``; figure cases ``[span|kind|value]`` / ``[span|kind|value|unit]``. Besides
the imported checks, ``check_own61`` below asserts again that every span's text equals its slice,
that no span starts or ends on white space, that no span ends in a possessive, that no entity span
starts with a determiner ("the", "a", "an") unless its name does, and that every statement's
content equals its slice.

Run from the project root: ``python3 eval/build_own61_heldout.py`` (rewrites the three files).

Choices where ANNOTATION.md is silent (applied throughout):
- Entities: "Monetary Policy Committee" and "the Committee" ORG "Monetary Policy Committee (BCEAO)";
  "BCEAO" ORG "Central Bank of West African States"; "WAEMU" ORG "West African Economic and Monetary
  Union", "the Union" (in a quotation) untagged; "Sahel" and "Africa" LOC; "BBS" and "the bureau"
  (lower case, untagged) for the Bangladesh Bureau of Statistics; "Statistics and Informatics
  Division" and "Ministry of Planning" ORG "... (Bangladesh)"; "Secretariat" FAC "Bangladesh
  Secretariat"; "Bangladeshis" NORP "Bangladeshi"; "ALBA"/"Alba"/"Aluminium Bahrain B.S.C." ORG
  "Aluminium Bahrain"; "Kingdom of Bahrain" GPE "Bahrain"; "LME" ORG "London Metal Exchange"; "Askar"
  GPE; the Alba chairman's honorific "Shaikh" outside the PERSON span; "SMA ADVANCED First Infant
  Milk" PRODUCT (batch codes and "Category 1" untagged); "the Authority" (capitalised) ORG "Food
  Safety Authority of Ireland"; "Nestlé" ORG; "Red Cross" in a label of the Nepal Red Cross's update
  and "the Society" ORG "Nepal Red Cross Society"; "Ilam" before a lower-case "district" GPE "Ilam
  District", "Koshi" and "Madhesh" before a lower-case "provinces" GPE "<name> Province", "Mai" before
  a lower-case "river" LOC "Mai River"; "Mahendra Highway" FAC; "Office of the Prime Minister" ORG
  "Office of the Prime Minister (Papua New Guinea)"; "Independent State of Papua New Guinea" GPE
  "Papua New Guinea"; "Pukpuk Treaty" LAW; "Sir John Guise Stadium" FAC with "Sir" inside the name;
  "Papua New Guineans" NORP "Papua New Guinean"; "Autonomous Region of Bougainville" GPE; "the
  Cabinet" untagged; "Victoria" GPE "Victoria (state)"; "Coalition" ORG "Liberal–National
  Coalition"; "Albanese government" the PERSON "Albanese" tagged; "Eraring Power Station" FAC; the
  "Electricity Statement of Opportunities" (a report) untagged; "Build Canada Homes" ORG;
  "Montreal-based" GPE "Montreal"; "Section 107" untagged, "Canada Labour Code" LAW; "Air Canada
  Rouge" ORG; "FAST" ORG "Faʻatuatua i le Atua Samoa ua Tasi", names written without the ʻokina in the
  text keep it in ``name``; "HRPP" ORG "Human Rights Protection Party"; "Legislative Assembly" ORG
  "Legislative Assembly of Samoa"; "Office of the Electoral Commissioner" ORG "... (Samoa)"; "Head of
  State", "Foreign Minister", "Jobs Minister", "Deputy Chief Economist" titles untagged; "Z-9"
  PRODUCT "Harbin Z-9"; "Ghana Air Force", "Ghana Armed Forces", "New Patriotic Party" ORG; "Adansi
  Akrofuom" GPE "Adansi Akrofuom District"; "Water Resources Commission" ORG "... (Ghana)";
  "Constitution Review Commission" ORG "Fiji Constitution Review Commission"; honorifics "Sir" and
  "Ratu Sir" outside PERSON spans; "House of Representatives" ORG "House of Representatives (Fiji)";
  "Parliament" (capitalised, Fiji) ORG "Parliament of Fiji", lower-case "parliament" untagged;
  "Great Council of Chiefs" ORG; "Fijians" NORP "Fijian", "Indo-Fijian(s)" NORP "Indo-Fijian";
  "OLYMPIC" in the headlines, "Olympic Games" and "Games" EVENT "<year> Summer Olympics";
  "ATHENS" dateline GPE "Athens, Georgia" with "Georgia" GPE "Georgia (U.S. state)"; "Georgia
  Coliseum" FAC "Stegeman Coliseum"; wrestlers' and gymnasts' names as the wire spells them, with the
  Wikipedia title as name ("Ekaterina Serebrianskaya" -> "Kateryna Serebrianska", "Elena Vitrichenko"
  -> "Olena Vitrychenko", "Alexei Medvedev" -> "Aleksey Medvedev"); national teams in brackets GPE;
  "Ukrainian", "Spanish", "Australian" NORP.
- Statements: cues say, tell, add, note, warn, urge, pledge, announce, expect, estimate, call for,
  according to, appeal for; an issuer naming itself in the third person speaks ("the Bangladesh Bureau
  of Statistics (BBS) said", "the bureau noted" (a lower-case short form of the issuer), "the
  Authority added", "AEMO said", "CMHC expects", "The Society appealed for ...", "the Montreal-based
  airline said", "The airline said"); "X, according to data released today by CMHC" the clause before
  it, CMHC speaking; "FAST won ..., according to the Office of the Electoral Commissioner" the clause
  before it; "announced Rs 200,000 ... and said ..." two statements, the first a noun phrase;
  "announced a K500 million fund ..." a noun phrase; "pledged to bring ..." without the infinitival
  "to"; "expects to produce ..." without "to"; "said X and that Y" one statement; "said X but warned
  that Y" two; "the Coalition called for X to be extended ..." the Coalition speaking; "Governor ...
  said: “...”" and the sign-off style "“...,” said X, Deputy Chief Economist at CMHC" say; a
  "televised statement" of the chief of staff announce; quoted words inside a reported clause kept
  (quote false); "had urged" (past perfect) a statement; the headline that only summarises and the
  "Key facts" lines not annotated.
- Figures: "CFA francs" XOF; "BD" BHD; "US$" USD; "Rs" (Nepal) NPR; "K" (Papua New Guinea) PGK; "$"
  in a Canadian release CAD; "Fiji dollars" FJD; "25 basis points" 0.25 pp, "0.2 percentage point"
  pp; "-0.3%" percent -0.3; table cells with "%" percent; housing starts "units" count "unit", table
  cells counted by the header's noun; "metric tonnes" and "tonnes" "t"; "megawatts" "MW",
  "gigawatts"/"GW" "GW", "kilometres" "km"; "800g" "g"; "70°C" "°C"; weight classes ("74 kg") as
  quantities, as set 59 did race distances; "three crew" "crew", "eight killed" "person" restored;
  "three-member", "800-page" and "70-seat" the number only ("3" "member", "800" "page", "70" "seat");
  "25 reserved" and "won three" seats restored; bout scores and gymnastics points ``number``;
  "the 46th month", "first projects", "first speech", "the 50TH anniversary", "the second fatal crash",
  "Spain's first" ordinals; "Tens of thousands" (vague), clock times ("9 p.m.", "9 a.m."), sub-day
  durations ("seven hours a day"), "12-month" and "six-month" (rate modifiers), "Section 107",
  "Category 1", batch codes, "update no. 2" untagged; "a day"/"a year" rates outside the spans.
- Dates: "the third quarter of 2025", "THIRD QUARTER 2025", "Q3 2025" and "third quarter" July-September
  of the text's year; "first nine months" January-September of the text's year; Australian
  financial years "2027-28", "2034-35" July-June at month precision (the release says so); "10-year"
  (an outlook) "P10Y"; "five months" (in a row), "four years", "three months", "50 years" (since
  independence), "18 days", "30 days",
  "a week", "up to a week", "three days", "a decade" durations; "from 3 to 5 October" and "from 2014
  to 2017" one span with "from"; best-before dates absolute; a month without a year in a past clause
  the most recent one ("September" and "December" in January, "October" and "November" in
  December, "September" in December for a launch), in a future clause the next ("June" and
  "January" in December, "September" in August for a vote); "31 October" in a future clause in
  October this year's; bare weekdays by tense ("Saturday" and "Monday" before a Wednesday update,
  "Friday" after it; "Saturday", "Sunday" and "Monday" before a Tuesday report; "Wednesday" before a
  Thursday report; "Friday" of the Suva wire's own day and of the wrestling wire's own day; "Sunday"
  of the gymnastics wire's own day and "Friday" the group final two days before); "last year" in
  2025 2024; "Fifty years ago" (in a quotation of 2025) "1975" at year precision; "next month" in a September 1996 wire 1996-10; "year on year" and "year over year"
  untagged; "the 1990 constitution" the year tagged.
- Date cases: see the comments at each case; Australia's "2025-26" July-June, Pakistan's "FY2025"
  July 2024-June 2025 (named by the year it ends in), Canada's "fiscal 2025-26" April-March, all at
  month precision; "the third quarter" without a year from the reference date; "the first half of
  2025" January-June; "between 17 March and 17 June" one span with "between"; Canada Day (1 July),
  St Patrick's Day (17 March), Anzac Day (25 April) and Waitangi Day (6 February) by their calendar
  dates; "last winter" in May the December-February before; "the first Monday of September" composed
  from the month; "sixty-five years ago tomorrow" at day precision; "more than a decade" "P10Y";
  "the late 1990s" the decade. Negatives: a habitual "every Thursday", a clock time "each morning",
  "Weekly" as a rate word, a vague "the coming months", "Year-over-year" as a modifier.
- Figure cases: "half a million" 500000; "fifty thousand cedis" GHS; "RO" OMR; "KD" KWD; "BD" BHD;
  "Tk" with "crore" BDT; "Nu" BTN; "MVR"; "vatu" VUV; "pa'anga" TOP; "K" with "bn" PGK; "A$" with "bn"
  AUD; "Rs." (Sri Lanka) LKR; "CFA" XOF; "NZ$" NZD; "US$" USD; "€" with "cents" EUR; "2.1m" passengers
  a count; "350 basis points" 3.5 pp; "a quarter of a percentage point" 0.25 pp; "7.4 pct" percent;
  "acres" "acre"; "miles" "mi"; "5-6%" two figures, the first taking its unit from the second; "KD 2
  to KD 3 billion" two figures, the first taking its scale from the second; "5-1/2 percent" 5.5; "6
  feet 3 inches" 6.25 ft; "€2 and 40 cents" 2.4 EUR; "-2,310" number -2310; "500th" ordinal.
  Negatives: a section citation, a vague "Hundreds", a proportion "Two in five", a phone number."""


from __future__ import annotations

import json
import re
import sys

import case_marks
from heldout_build import build_heldout
from own61_heldout_briefs_a import BRIEFS_A
from own61_heldout_briefs_b import BRIEFS_B

# ISO 4217 codes this set uses that the builder's list may lack.
case_marks.ISO_4217 = set(case_marks.ISO_4217) | {"XOF", "BDT", "BHD", "USD", "EUR", "NPR", "PGK", "CAD",
                                                  "FJD", "GHS", "OMR", "KWD", "BTN", "MVR", "VUV", "TOP",
                                                  "AUD", "LKR", "NZD"}

TAG = "own61"
SOURCE_BRIEFS = (
    "own61: written and annotated by hand for briefx (held-out set 61, session 39) by a helper who "
    "neither read nor ran briefx; official releases in the manner of the Central Bank of West African "
    "States, the Bangladesh Bureau of Statistics, Aluminium Bahrain, the Food Safety Authority of Ireland, "
    "the Nepal Red Cross Society, Papua New Guinea's Office of the Prime Minister, the Australian Energy "
    "Market Operator and Canada Mortgage and Housing Corporation, Wikinews-style reports and Reuters-style "
    "1996 wire copy; real institutions, places, office holders and sportspeople, events modelled on real "
    "news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own61: short cases written and annotated by hand for briefx (held-out set 61, session 39) by "
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
        ("2026-03-18", "The dredging of Galle harbour finished [two weeks ago|2026-03-04]."),
        ("2025-11-05", "The Apia sea wall will be completed [ten days from today|2025-11-15]."),
        # Wednesday 24 July 2024: two days before is Monday the 22nd.
        ("2024-07-24", "The Thimphu festival began [the day before yesterday|2024-07-22]."),
        # 1 September 2026 is a Tuesday: the first Monday is the 7th.
        ("2026-06-17", "The new Halifax ferry sails on [the first Monday of September|2026-09-07]."),
        # Tomorrow is 1 July 2025; sixty-five years before it.
        ("2025-06-30", "Ghana became a republic [sixty-five years ago tomorrow|1960-07-01]."),
    ],
    "range": [
        # A future clause in August: this year's August.
        ("2025-08-13", "The Colombo book fair runs [22-24 August|2025-08-22/2025-08-24]."),
        # Thursday 12 February 2026, a past clause: the Monday to Wednesday just before.
        ("2026-02-12", "Fiji's parliament sat [from Monday to Wednesday|2026-02-09/2026-02-11]."),
        ("2024-10-16", "Wellington's rainfall normals cover [1991-2020|1991/2020]."),
        # A past clause in March: last October to this January.
        ("2025-03-19", "Cocoa farmers in Côte d'Ivoire were paid late [from October to January|2024-10/2025-01]."),
        ("2026-01-28", "The Dhaka trade fair runs [January 1, 2026 through January 31, 2026|"
                       "2026-01-01/2026-01-31]."),
        # A past clause in September: this year's March to June.
        ("2024-09-04", "Kuwait's residency amnesty ran [between 17 March and 17 June|2024-03-17/2024-06-17]."),
    ],
    "words": [
        ("2025-10-01", "Fiji became independent in [nineteen seventy|1970]."),
        ("2024-02-14", "Sri Lanka gained independence on [the fourth of February, nineteen forty-eight|1948-02-04]."),
        ("2026-05-06", "Bangladesh declared independence in [March of nineteen seventy-one|1971-03]."),
        # A future clause in July: this year's 21 July.
        ("2025-07-09", "The Port Vila summit will open on [the twenty-first of July|2025-07-21]."),
        ("2024-12-04", "Samoa became independent in [nineteen sixty-two|1962]."),
    ],
    "news": [
        ("2026-02-25", "Tourist arrivals in the Maldives rose [last month|2026-01]."),
        ("2025-05-21", "The Omani rial has held its peg [this year|2025]."),
        ("2024-11-27", "The Suva magistrate rules [tomorrow|2024-11-28]."),
        ("2026-08-19", "Police in Monrovia arrested six men [yesterday|2026-08-18]."),
    ],
    "fiscal": [
        # Australia's financial year runs July-June.
        ("2025-05-14", "Australia's budget for [2025-26|2025-07/2026-06] forecasts a deficit."),
        # Pakistan's fiscal year runs July-June and is named by the year it ends in.
        ("2024-06-12", "Pakistan's budget for [FY2025|2024-07/2025-06] was presented in Islamabad."),
        # Canada's federal fiscal year runs April-March.
        ("2026-02-18", "Ottawa's deficit for [fiscal 2025-26|2025-04/2026-03] is projected to widen."),
        # A quarter without a year takes the year of the reference date.
        ("2025-10-22", "Oman's oil output fell in [the third quarter|2025-07/2025-09], the ministry said."),
        ("2024-08-07", "Ghana's cocoa arrivals fell in [Q2 2024|2024-04/2024-06]."),
        ("2026-04-15", "Nepal's remittances in [the first half of 2025|2025-01/2025-06] hit a record."),
    ],
    "weekday": [
        # Wednesday 17 September 2025: a past and a future clause.
        ("2025-09-17", "The Vanuatu ferry docked in Luganville on [Monday|2025-09-15]."),
        ("2025-09-17", "The Vanuatu ferry will dock in Luganville on [Monday|2025-09-22]."),
        # Wednesday 13 March 2024, a future clause.
        ("2024-03-13", "The King of Bhutan will visit Dhaka on [Friday|2024-03-15]."),
        # Wednesday 21 October 2026, a past clause.
        ("2026-10-21", "Storms hit Nuku'alofa on [Saturday|2026-10-17]."),
        # Wednesday 11 June 2025.
        ("2025-06-11", "The cedi rallied [last Friday|2025-06-06]."),
        # Wednesday 17 January 2024, a future clause.
        ("2024-01-17", "Talks in Kuwait City resume [next Monday|2024-01-22]."),
    ],
    "month-tense": [
        ("2026-05-13", "Mango prices in Rajshahi peaked in [April|2026-04]."),
        ("2026-05-13", "The new Dhaka metro line opens in [April|2027-04]."),
        # A past clause in February: last October.
        ("2025-02-19", "Floods hit Accra in [October|2024-10], officials said."),
        ("2024-06-05", "New Zealand's parliament sits again on [July 23|2024-07-23]."),
        ("2025-10-29", "The Muscat airport terminal will reopen by [March 31|2026-03-31]."),
    ],
    "duration": [
        ("2026-03-25", "The lockout at the port of Tema lasted [almost three weeks|P3W]."),
        ("2025-06-18", "Canberra sold [ten-year|P10Y] bonds."),
        ("2024-10-09", "Suspects in Sri Lanka may be held for [up to 90 days|P90D]."),
        ("2026-11-11", "The restoration of the Kandy temple took [more than a decade|P10Y]."),
        ("2025-01-15", "Samoan nurses signed a [three-year|P3Y] pay deal."),
        # Two durations, the unit of the first taken from the second.
        ("2024-04-17", "Work visas in Oman last [two|P2Y] to [three years|P3Y]."),
    ],
    "holiday": [
        # Canada Day is 1 July; a future clause.
        ("2026-06-24", "Ottawa will hold fireworks on [Canada Day|2026-07-01]."),
        # St Patrick's Day is 17 March; a past clause.
        ("2025-03-19", "Dublin's parade drew large crowds on [St Patrick's Day|2025-03-17]."),
        # Anzac Day is 25 April; a future clause.
        ("2024-04-17", "Veterans will march in Wellington on [Anzac Day|2024-04-25]."),
        # Waitangi Day is 6 February; a past clause.
        ("2026-02-11", "Protesters gathered at Waitangi on [Waitangi Day|2026-02-06]."),
    ],
    "week": [
        # Wednesday 22 April 2026 is in ISO week 17.
        ("2026-04-22", "The tender in Apia closed [last week|2026-W16]."),
        # Wednesday 3 September 2025 is in ISO week 36.
        ("2025-09-03", "The envoy visits Freetown [next week|2025-W37]."),
        ("2024-05-29", "Talks resume in Kathmandu [this week|2024-W22]."),
    ],
    "season": [
        ("2025-06-04", "The Cork rail line opens in [spring 2027|2027-03/2027-05]."),
        ("2024-10-30", "A heat wave hit Karachi in [the summer of 2015|2015-06/2015-08]."),
        # Wednesday 20 May 2026: the winter before is December 2025 to February 2026.
        ("2026-05-20", "Ice roads in the Yukon closed early [last winter|2025-12/2026-02]."),
    ],
    "decade": [
        ("2025-02-05", "Sri Lanka's civil war began in [the 1980s|1980/1989]."),
        ("2026-09-09", "Ghana's gold boom began in [the late 1990s|1990/1999]."),
    ],
    "negative": [
        ("2026-01-14", "The ferry to Rottnest Island leaves every Thursday."),
        ("2025-04-23", "The Kathmandu vegetable market opens at 7:00 each morning."),
        ("2024-08-21", "Weekly cocoa arrivals in Abidjan have risen."),
        ("2025-12-10", "Fuel prices in Suva may rise in the coming months."),
        ("2026-07-08", "Year-over-year rent growth in Toronto slowed."),
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
        "Rescuers on Bougainville found [thirty-seven|count|37|survivor] survivors.",
        "The district hired [three hundred and forty|count|340|teacher] teachers.",
        "[Twelve|count|12|fisherman] fishermen were rescued off Galle.",
        "The vaccination drive will reach [half a million|count|500000|child] children in Sindh.",
        "The Accra court fined him [fifty thousand cedis|money|50000|GHS].",
    ],
    "currency": [
        "The Duqm port deal is worth [RO 120 million|money|120000000|OMR].",
        "Kuwait's new refinery cost [KD 4.7 billion|money|4700000000|KWD].",
        "Bahrain's deficit reached [BD 1.2 billion|money|1200000000|BHD].",
        "The Dhaka metro extension costs [Tk 22,000 crore|money|220000000000|BDT].",
        "Bhutan's hydropower earnings reached [Nu 22.5 billion|money|22500000000|BTN].",
        "The Malé bridge repair costs [MVR 85 million|money|85000000|MVR].",
        "Each family in Port Vila received [20,000 vatu|money|20000|VUV].",
        "Tonga's wharf rebuild costs [45 million pa'anga|money|45000000|TOP].",
    ],
    "scale": [
        "Papua New Guinea's budget totals [K27.5bn|money|27500000000|PGK].",
        "Australia's deficit reached [A$27.6bn|money|27600000000|AUD].",
        "Sri Lanka's tax revenue rose to [Rs. 4.1 trillion|money|4100000000000|LKR].",
        "Côte d'Ivoire raised [CFA 1.2 trillion|money|1200000000000|XOF] in bonds.",
        "Nadi airport handled [2.1m|count|2100000|passenger] passengers.",
    ],
    "units": [
        "The cyclone dropped [410 millimetres|quantity|410|mm] of rain on Tongatapu.",
        "Mount Everest stands [8,849 metres|quantity|8849|m] high.",
        "Sierra Leone exported [1.6 million tonnes|quantity|1600000|t] of iron ore.",
        "The wildfire burned [1.2 million acres|quantity|1200000|acre] in Saskatchewan.",
        "The new road runs [45 miles|quantity|45|mi] from Thimphu.",
    ],
    "percent": [
        "Inflation in Sri Lanka rose to [2.1 per cent|percent|2.1|%].",
        "The Bank of Ghana cut its rate by [350 basis points|percent|3.5|pp].",
        "Labour's share of the vote fell [three percentage points|percent|3|pp].",
        "[Forty percent|percent|40|%] of the rice crop in Sylhet was lost.",
        "New Zealand bond yields rose [a quarter of a percentage point|percent|0.25|pp] to [4.6%|percent|4.6|%].",
        "Exports from Fiji climbed [7.4 pct|percent|7.4|%].",
    ],
    "range": [
        "Growth in Senegal is forecast at [5|percent|5|%]-[6%|percent|6|%].",
        "The Kuwait metro will cost [KD 2|money|2000000000|KWD] to [KD 3 billion|money|3000000000|KWD].",
        "[20|count|20|boat]-[25|count|25|boat] boats were lost off Chittagong.",
        "Swells off Nuku'alofa were [4|quantity|4|m] to [6 metres|quantity|6|m] high.",
        "Rooms in Malé cost [US$200|money|200|USD] to [US$400|money|400|USD] a night.",
    ],
    "approximate": [
        "[Nearly 4,000|count|4000|passenger] passengers were stranded in Dublin.",
        "[More than 60%|percent|60|%] of voters in Apia turned out.",
        "[Roughly 1,800|count|1800|home] homes lost power in Auckland.",
        "The Freetown port deal is worth [about US$300 million|money|300000000|USD].",
        "The Auckland harbour crossing will cost [at least NZ$15 billion|money|15000000000|NZD].",
        "[Up to 60,000|count|60000|pilgrim] pilgrims are expected in Lumbini.",
    ],
    "count": [
        "The quake in Port Vila damaged [1,126|count|1126|building] buildings.",
        "[One|count|1|guard] guard was injured in Monrovia.",
        "The ministry will open [eleven|count|11|clinic] clinics in Bhutan.",
        "Customs in Tema seized [214|count|214|container] containers.",
        "[Twenty-six|count|26|village] villages in Tonga lost power.",
    ],
    "ordinal": [
        "It was the [third|ordinal|3] cyclone of the season in Vanuatu.",
        "Mahama won a [second|ordinal|2] term in Ghana.",
        "Kandy marked its [500th|ordinal|500] festival.",
        "She is the [first|ordinal|1] Samoan to win gold.",
    ],
    "tally": [
        "The Supreme Court in Islamabad ruled [4|number|4]-[1|number|1] in favour.",
        "Auckland beat Wellington [27|number|27]-[13|number|13] at Eden Park.",
        "The vote in Port Moresby was split [32|number|32] to [18|number|18].",
    ],
    "form": [
        "Net migration to Ireland was [-2,310|number|-2310] in June.",
        "The Dublin bond pays [5-1/2 percent|percent|5.5|%].",
        "The fence in Halifax is [6 feet 3 inches|quantity|6.25|ft] high.",
        "A Dublin bus ticket cost [€2 and 40 cents|money|2.4|EUR].",
    ],
    "negative": [
        "See Section 12(b) of the act.",
        "Hundreds of people fled the floods in Sylhet.",
        "Two in five households in Apia own a car.",
        "Call +64 4 555 0123 for details.",
    ],
}

DETERMINERS = ("the ", "a ", "an ")
POSSESSIVES = ("'s", "’s", "'", "’")


def check_own61(path: str) -> None:
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
        check_own61(f"eval/{TAG}-{kind}-heldout.jsonl")


if __name__ == "__main__":
    main()
    sys.exit(0)

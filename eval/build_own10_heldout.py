"""Build the tenth held-out set: eval/own10-briefs-heldout.jsonl, own10-dates-heldout.jsonl and
own10-figures-heldout.jsonl (FORMAT.md).

Written fresh in session 11 by a helper session that neither read nor ran briefx (no code, tests,
models, samples, scripts, benchmarks or venv; no NLP tool was run on the texts) and opened no
``*.jsonl`` file under ``eval/`` or ``shared/eval/`` other than the three it writes and the first
line of each ``shared/eval/*-dev.jsonl`` (for the line format). Besides
``shared/eval/ANNOTATION.md``, ``FORMAT.md``, ``README.md`` and ``eval/README.md`` it read only
``build_own9_heldout.py`` (for its mechanics, markup and choices) with ``case_marks.py``, and the
docstrings of ``build_own6_heldout.py``, ``build_own7_heldout.py`` and ``build_own8_heldout.py``
(for the kinds of brief those sets hold). The texts were written by hand for this set and
annotated inline while writing, by ``shared/eval/ANNOTATION.md`` and the readings in
``eval/README.md`` and the set 9 builder; where all are silent, the choice is listed below.

Briefs: 2024-2025 news of kinds that sets 1-9 did not have (a UN climate conference with finance
pledges, a bridge collapse after a ship strike, an Everest climbing season with fees in Nepalese
rupees, a bulleted cholera outbreak digest, a Japanese nuclear reactor restart as a company press
release with boilerplate, a global IT outage grounding flights under an ALL-CAPS headline, a
museum heist as a press-conference transcript, a migrant shipwreck in the Mediterranean, an
Egyptian devaluation with a Gulf sovereign-fund deal, a Tour de France stage with result lines, an
IPO on the Dubai Financial Market, a farmers' protest in Brussels as a timestamped live blog, a
death sentence in a Vietnamese fraud trial, a papal inauguration), about real institutions,
companies, places and office holders. The events are modelled on real ones but details,
quotations and many figures are invented or approximate and must not be read as reporting;
invented people appear only in minor roles (two journalists in the transcript, a farmer). No
``statements`` key: statements are not scored for this set. One brief states no date of its own
(``own10-ho-03``, an AFP dateline without a date): it has no ``published``, and its
``reference_date`` is the notional publication date.

Markup (as sets 6-9):
- briefs: ``[[span|TYPE]]`` / ``[[span|TYPE|canonical name]]`` (entity),
  ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]`` (figure), ``[[span|D|value]]`` (date);
- date cases: ``[span|value]``; figure cases: ``[span|kind|value]`` / ``[span|kind|value|unit]``.
The script computes the offsets, asserts ``text[start:end] == span`` for every item, order and
no overlap, known types/kinds, ISO 4217 codes (from a list of real codes, to which this set adds
NPR), ``%``/``pp``, unit symbols (this set adds "hPa"), count nouns, ISO 8601 date values (real
days and months, ISO weeks, ``START/END`` with start before end, durations), that a full-date
value of a span naming a weekday falls on that weekday (both ends for a weekday range), 150-260
words per brief, that a brief's ``published`` equals its ``reference_date`` and is the value of
one of its date spans, unique ids (prefix ``own10-``) and texts, and that
``shared/eval/score.py F F`` gives 1.000 in every section of each file (the shared scorer, not
briefx).

Run from the project root: ``python3 eval/build_own10_heldout.py`` (rewrites the three files).
The mechanics (marks, offsets, checks, writing) are ``eval/case_marks.py``'s, shared by sets 6-10.

Choices where ANNOTATION.md, eval/README.md and the set 9 builder are silent (applied throughout):
- Ordinals: a placing after a verb is an ordinal (OntoNotes ORDINAL, it stands for "third place"):
  "came in second", "finished third", "slipped to fourth overall", "is third"; so is an ordinal
  whose noun is left out ("the 103rd of his career"). An adverb is not: "first climbed it in
  1994", "First, the council must ..." (a figure negative).
- Popes: the PERSON span is the regnal name without the title "Pope" (titles stay outside PERSON
  spans), `name` the Wikipedia title ("Leo XIV" and the birth name "Robert Prevost" -> "Pope Leo
  XIV", "Francis" -> "Pope Francis"); a Vietnamese person named again by the given name ("Lan")
  is that person, as a lone surname is. Ages after a name ("Kami Rita Sherpa, 55,") stay untagged.
- A named ship is PRODUCT, its Wikipedia disambiguator dropped ("Dali"). Bridges, ports, airports,
  roads and ring roads, streets, squares, buildings, galleries, basilicas and reception centres
  are FAC ("Interstate 695", "R0" -> "Brussels Ring", "Rue de la Loi", "Place du Luxembourg",
  "Champs-Elysees", "Berlaymont" -> "Berlaymont building", "Galerie d'Apollon"); "the White
  House" is FAC where it is the building someone speaks from. The Louvre is ORG where it acts
  ("the Louvre's curators") and FAC where it is the place (the theft, the reopening, its
  visitors); both named "Louvre".
- Mountains, cols, climbs, valleys and islands are LOC ("Mount Everest", "South Col", "Hautacam",
  "Khumbu", the island of "Lampedusa", "Ras El Hekma", "the Gulf" -> "Persian Gulf", "the
  Amazon" -> "Amazon River"); provinces, districts, governorates and prefectures are GPE, a
  lower-case generic word after them outside the span and the Wikipedia title as `name`
  ("Solukhumbu district" -> "Solukhumbu District", "Ouaddai province" -> "Ouaddaï Province",
  "Marib governorate" -> "Marib Governorate"); "the Tohoku region" -> LOC "Tohoku", named
  "Tōhoku region". Plain spellings keep the accented title as `name` ("Belem", "Adre",
  "Gjader", "Pogacar", "Ostberg", "Eugenie", "Champs-Elysees", "Medecins Sans Frontieres").
- Events: UN climate conferences take their Wikipedia titles ("COP29" -> "2024 United Nations
  Climate Change Conference"); "the Paris Olympics" -> "2024 Summer Olympics"; "the Great East
  Japan Earthquake" -> "2011 Tōhoku earthquake and tsunami"; "this Tour" after "the Tour de
  France" is that EVENT. A treaty is LAW ("Paris Agreement"; "Article 6 of" outside, a citation).
- Cycling teams are ORG under their Wikipedia titles, which write en dashes where the text has
  hyphens ("Visma-Lease a Bike" -> "Team Visma–Lease a Bike", "Red Bull-Bora-Hansgrohe" ->
  "Red Bull–Bora–Hansgrohe"). Organisations without an English Wikipedia article take the full
  form the text gives ("Van Thinh Phat Group", "Ho Chi Minh City People's Court", "Central
  Office for the Fight against Trafficking in Cultural Goods"). National ministries and
  departments take their country in brackets (set 9, dev10): "Department of Tourism (Nepal)",
  "Federal Ministry of Health (Sudan)", "Ministry of the Interior (Italy)". A company's legal
  form stays in the span and out of `name` (set 9): "Tohoku Electric Power Co., Inc.", "Delivery
  Hero SE". Capitalised back-references in a press release or wire are the organisation ("the
  Company", "the Bank", "the Department"); "the bloc", "the museum", "the ministry" in lower case
  stay untagged. In "(TSE: 9506)" the exchange is ORG "Tokyo Stock Exchange", the code untagged.
- Figures: "Rs" is the rupee of the country the text is in (NPR in a Kathmandu brief, PKR in a
  Karachi sentence, INR in an Indian one); a bare amount in an ellipsis after a money figure
  ("double the current 75,000") is money in that currency. "45 cents" a litre in a Belgian text
  is 0.45 EUR. "nautical miles" -> "nmi", "hPa" a unit symbol, "minus 35C" -> -35 °C. Counts:
  a crew of sailors -> "sailor"; "Arrivals ... rose to 36,500" -> "arrival" (the noun the text
  counts); "rescued 60" and a headline "At least 27 dead" -> "person"; "the 5 million-dose
  reserve" -> "5 million", "dose"; "the 21-stage race" -> "21", "stage". An index level is a
  `number` (set 9). Fractions of a group ("nearly two thirds", "a third of the rooms") stay
  untagged (ANNOTATION.md). Times of day, clock stamps in a live blog ("09:10"), race times and
  gaps ("4:07:52", "2:10 down") and sub-day spans ("in under eight minutes", "about 90
  seconds", "several hours") stay untagged; a phone number and "Unit 2", "stage 12" too.
- Dates: Egypt's fiscal year runs July-June, the country's own year ("the 2024/25 fiscal year"
  -> "2024-07/2025-06"), as set 7 took the Panama Canal Authority's and dev11 Australia's; a
  Japanese "fiscal 2024" is April 2024-March 2025 (set 9). "early Tuesday", "late Monday" are one
  span at day precision (README's "late Sunday"). A season without a year in a late-May brief
  ("after busy spring", "this spring") is that year's spring; "From the autumn" in a clause about
  the coming season is that year's autumn. "10 days from now" is one point to the day (README's
  "N years from now"). "week 33" in a WHO digest is the ISO week. "November of that year" after
  "February 2020" is "November" -> "2020-11". "within two months" keeps "within" outside, as a
  preposition that governs the span. "between 2012 and 2022" -> "2012 and 2022" (README).
- Date cases: "three days after Easter" counts from Easter Sunday; "the Friday after next" is the
  Friday of the week after next (dev3); "a week on Friday" the coming Friday plus seven days;
  "six weeks after Whit Monday" from the Monday after Pentecost; "two days after Christmas"
  27 December; "the week after next" the ISO week two after the reference date's; "last autumn"
  in November the autumn of the year before (the current one has not ended); "end-2026", "the
  final weeks of the year" and "mid-month" keep the year or month; "H1 2025" a month range.
  Negatives: "the March of the Living" (a name), "every Sunday afternoon" (habitual), "forty
  minutes" (sub-day), "the Good Friday Agreement" (a date inside a name), "Monthly",
  "quarterly" (frequencies).
- Figure cases: "1.250.000 pesos" in a Santiago sentence is CLP; "KSh" KES, "৳" BDT, "RM" MYR,
  "COP 4.5 billion" COP, "Moroccan dirhams" MAD, "ARS 350,000" ARS; "11mln tonnes", "$850K",
  "Rs 3 lakh crore" scale; "45 rand 50 cents" -> 45.5 ZAR and "3 miles 880 yards" -> 3.5 mi
  (two units); "-5 to -8°C" two figures, the first taking "°C"; "125bps" -> 1.25 pp, "3.1 pct" ->
  3.1 %; "upwards of", "just under", "at most", "close to", "some", "around" inside the span.
  Negatives: "Two in five", a model number ("A350-1000"), "Tens of thousands", "First, ...".
"""

from __future__ import annotations

import case_marks
from case_marks import build_set

# Codes and symbols this set needs beyond the lists sets 6-9 used (both real: ISO 4217 "NPR",
# the Nepalese rupee; "hPa", the hectopascal).
case_marks.ISO_4217.add("NPR")
case_marks.UNIT_SYMBOLS.add("hPa")

SOURCE_BRIEFS = (
    "own10: written and annotated by hand for briefx (held-out set 10, session 11) by a helper who "
    "neither read nor ran briefx; real institutions, companies, places and office holders, events "
    "modelled on 2024-2025 news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own10: short cases written and annotated by hand for briefx (held-out set 10, session 11) by "
    "a helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

# ---------------------------------------------------------------------------------------------
# Briefs: (id, family, reference_date, published, marked text)
# ---------------------------------------------------------------------------------------------
BRIEFS: list[tuple[str, str, str, str | None, str]] = [
    (
        "own10-ho-01", "climate-finance", "2024-11-24", "2024-11-24",
        "Rich nations pledge [[$300 billion|money|300000000000|USD]] a year as "
        "[[COP29|EVENT|2024 United Nations Climate Change Conference]] ends in acrimony\n\n"
        "[[BAKU|GPE|Baku]], [[Nov 24|D|2024-11-24]] ([[Reuters|ORG]]) - Negotiators at the "
        "[[United Nations|ORG]] climate summit in [[Azerbaijan|GPE]] agreed early on "
        "[[Sunday|D|2024-11-24]] that developed countries will provide "
        "[[at least $300 billion|money|300000000000|USD]] a year by [[2035|D|2035]] to help poorer "
        "nations cope with climate change, after talks ran [[two days|D|P2D]] past their "
        "scheduled close on [[Friday|D|2024-11-22]].\n\n"
        "The new goal triples the [[$100 billion|money|100000000000|USD]] a year that rich nations "
        "promised in [[2009|D|2009]], and calls on all sources, public and private, to raise "
        "climate finance for developing countries to [[$1.3 trillion|money|1300000000000|USD]] a "
        "year over the same period.\n\n"
        "[[COP29|EVENT|2024 United Nations Climate Change Conference]] President "
        "[[Mukhtar Babayev|PERSON]], [[Azerbaijan|GPE]]'s ecology minister, gavelled the text "
        "through shortly before 3 a.m. [[India|GPE]]'s delegate [[Chandni Raina|PERSON]] called "
        "the "
        "sum \"abysmally poor\", and the [[Alliance of Small Island States|ORG]] "
        "([[AOSIS|ORG|Alliance of Small Island States]]), whose [[39|count|39|member]] members "
        "include [[Tuvalu|GPE]] and [[Vanuatu|GPE]], said its members had walked out of a meeting "
        "on [[Saturday|D|2024-11-23]].\n\n"
        "[[UN|ORG|United Nations]] climate chief [[Simon Stiell|PERSON]] said the deal was \"an "
        "insurance policy for humanity\". [[EU|ORG|European Union]] climate commissioner "
        "[[Wopke Hoekstra|PERSON]] said the bloc, which gave "
        "[[€28.6 billion|money|28600000000|EUR]] of public climate finance in [[2023|D|2023]], "
        "would \"continue to take the lead\".\n\n"
        "Countries also adopted rules for a [[UN|ORG|United Nations]]-backed carbon market under "
        "Article 6 of the [[Paris Agreement|LAW]]. Scientists expect [[this year|D|2024]] to be "
        "the [[first|ordinal|1]] calendar year [[more than 1.5C|quantity|1.5|°C]] warmer than "
        "pre-industrial times. The next summit, "
        "[[COP30|EVENT|2025 United Nations Climate Change Conference]], opens in "
        "[[Belem|GPE|Belém]], [[Brazil|GPE]], in [[November 2025|D|2025-11]], at the mouth of the "
        "[[Amazon|LOC|Amazon River]].\n",
    ),
    (
        "own10-ho-02", "bridge-collapse", "2024-03-26", "2024-03-26",
        "Cargo ship hits [[Baltimore|GPE]]'s [[Key Bridge|FAC|Francis Scott Key Bridge]], "
        "[[six|count|6|worker]] workers missing\n\n"
        "[[BALTIMORE|GPE|Baltimore]], [[March 26|D|2024-03-26]] ([[AP|ORG|Associated Press]]) — A "
        "container ship lost power and rammed a support pier of the "
        "[[Francis Scott Key Bridge|FAC]] [[early Tuesday|D|2024-03-26]], collapsing the "
        "[[1.6-mile|quantity|1.6|mi]] span into the [[Patapsco River|LOC]] and leaving "
        "[[six|count|6|worker]] road workers missing and presumed dead, officials said.\n\n"
        "The [[Singapore|GPE]]-flagged [[Dali|PRODUCT]], [[984 feet|quantity|984|ft]] long and "
        "chartered by [[Maersk|ORG]], had left the [[Port of Baltimore|FAC]] for "
        "[[Sri Lanka|GPE]] with [[4,679|count|4679|container]] containers on board. Its crew "
        "issued "
        "a mayday about 90 seconds before impact, giving police just enough time to stop traffic "
        "onto the bridge. All [[22|count|22|sailor]] sailors, who are [[Indian|NORP]], were "
        "unhurt.\n\n"
        "[[Maryland|GPE]] Governor [[Wes Moore|PERSON]] declared a state of emergency. Divers "
        "pulled [[two|count|2|person]] people from water [[about 50 feet|quantity|50|ft]] deep and "
        "[[about 48 degrees Fahrenheit|quantity|48|°F]]; the search will resume on "
        "[[Wednesday|D|2024-03-27]].\n\n"
        "Opened in [[1977|D|1977]], the bridge carried [[Interstate 695|FAC]] and "
        "[[about 11.3 million|count|11300000|vehicle]] vehicles a year. Its loss closes the "
        "busiest [[U.S.|GPE|United States]] port for car shipments, which handled "
        "[[847,158|count|847158|vehicle]] "
        "vehicles in [[2023|D|2023]].\n\n"
        "President [[Joe Biden|PERSON]] said the federal government would pay the entire cost "
        "of rebuilding. Transportation Secretary [[Pete Buttigieg|PERSON]] said reopening the "
        "channel would take \"not days, not weeks\". The [[National Transportation Safety "
        "Board|ORG]] "
        "([[NTSB|ORG|National Transportation Safety Board]]) sent [[24|count|24|investigator]] "
        "investigators, and [[NTSB|ORG|National Transportation Safety Board]] Chair "
        "[[Jennifer Homendy|PERSON]] said they would board the ship [[tomorrow|D|2024-03-27]].\n\n"
        "[[Biden|PERSON|Joe Biden]] spoke with [[Moore|PERSON|Wes Moore]] and [[Baltimore|GPE]] "
        "Mayor [[Brandon Scott|PERSON]] from the [[White House|FAC]] on "
        "[[Tuesday|D|2024-03-26]].\n",
    ),
    (
        "own10-ho-03", "everest-season", "2025-05-30", None,
        "[[Nepal|GPE]] to raise [[Everest|LOC|Mount Everest]] fee after busy "
        "[[spring|D|2025-03/2025-05]]; "
        "[[five|count|5|climber]] climbers dead\n\n"
        "[[KATHMANDU|GPE|Kathmandu]] ([[AFP|ORG|Agence France-Presse]]) - "
        "[[More than 800|count|800|climber]] climbers and guides stood on the summit of "
        "[[Mount Everest|LOC]] [[this spring|D|2025-03/2025-05]], and [[Nepal|GPE]] will raise the "
        "permit fee for foreigners by [[36%|percent|36|%]] from [[September 1|D|2025-09-01]], "
        "officials said on [[Friday|D|2025-05-30]].\n\n"
        "The [[Department of Tourism|ORG|Department of Tourism (Nepal)]] issued "
        "[[468|count|468|permit]] permits for the [[8,849-metre|quantity|8849|m]] peak, each at "
        "[[$11,000|money|11000|USD]]. From [[the autumn|D|2025-09/2025-11]] it will charge "
        "[[$15,000|money|15000|USD]], "
        "the [[first|ordinal|1]] rise in [[a decade|D|P10Y]]. [[Nepali|NORP]] climbers will pay "
        "[[Rs 150,000|money|150000|NPR]], double the current [[75,000|money|75000|NPR]].\n\n"
        "\"We need the money to keep the mountain clean and safe,\" said "
        "[[Himal Gautam|PERSON]], director of the [[Department|ORG|Department of Tourism "
        "(Nepal)]]. "
        "Climbers must also bring down [[8 kg|quantity|8|kg]] of rubbish each.\n\n"
        "[[Five|count|5|climber]] climbers died, among them a [[Filipino|NORP]] and an "
        "[[Indian|NORP]] who fell ill near the [[South Col|LOC]] on [[May 14|D|2025-05-14]], when "
        "winds reached [[up to 100 km/h|quantity|100|km/h]] and the temperature fell to "
        "[[minus 35C|quantity|-35|°C]].\n\n"
        "[[Kami Rita Sherpa|PERSON]], 55, reached the top for a record [[31st|ordinal|31]] time on "
        "[[Tuesday|D|2025-05-27]]. [[Kami Rita|PERSON|Kami Rita Sherpa]], from the "
        "[[Khumbu|LOC|Khumbu]] region of [[Solukhumbu|GPE|Solukhumbu District]] district, first "
        "climbed it in [[1994|D|1994]]. [[Sherpa|NORP]] guides fixed ropes to the summit "
        "on [[May 7|D|2025-05-07]].\n\n"
        "The [[Supreme Court|ORG|Supreme Court of Nepal]] ruled in [[2024|D|2024]] that permits "
        "should be limited, but [[Parliament|ORG|Federal Parliament of Nepal]] has yet to act. "
        "[[Nepal|GPE]] earned [[about $5.2 million|money|5200000|USD]] in royalties "
        "[[this year|D|2025]]; the next season opens in [[September|D|2025-09]].\n",
    ),
    (
        "own10-ho-04", "cholera-digest", "2025-08-25", "2025-08-25",
        "Cholera outbreak digest – [[Monday, 25 August 2025|D|2025-08-25]]\n\n"
        "Key points from the [[World Health Organization|ORG]] "
        "([[WHO|ORG|World Health Organization]]) and partners for [[week 33|D|2025-W33]]:\n\n"
        "• [[Sudan|GPE]]: the [[Federal Ministry of Health|ORG|Federal Ministry of Health "
        "(Sudan)]] "
        "reported [[2,140|count|2140|case]] new cases, most in [[Tawila|GPE]], "
        "[[North Darfur|GPE]], where [[more than 380,000|count|380000|person]] people have fled "
        "fighting around [[El Fasher|GPE]]. [[Medecins Sans Frontieres|ORG|Médecins Sans "
        "Frontières]] "
        "([[MSF|ORG|Médecins Sans Frontières]]) said its treatment centre there had "
        "[[250|count|250|bed]] beds and was full.\n"
        "• [[Chad|GPE]]: the [[first|ordinal|1]] cases since [[2019|D|2019]] in "
        "[[Ouaddai|GPE|Ouaddaï Province]] province, among [[Sudanese|NORP]] refugees near "
        "[[Adre|GPE|Adré]]; [[34|count|34|death]] deaths so far.\n"
        "• [[South Sudan|GPE]]: the outbreak declared in [[October|D|2024-10]] is the country's "
        "worst, with [[about 89,000|count|89000|case]] cases.\n"
        "• [[Yemen|GPE]]: rains of [[more than 120 mm|quantity|120|mm]] in [[two days|D|P2D]] "
        "flooded camps in [[Marib|GPE|Marib Governorate]] governorate.\n"
        "• Vaccine: the [[International Coordinating Group on Vaccine Provision|ORG]] "
        "([[ICG|ORG|International Coordinating Group on Vaccine Provision]]) approved "
        "[[1.4 million|count|1400000|dose]] doses of oral vaccine for "
        "[[Sudan|GPE]]. Global stocks have stayed below the "
        "[[5 million|count|5000000|dose]]-dose emergency reserve for [[nine weeks|D|P9W]].\n\n"
        "Since [[1 January|D|2025-01-01]], [[31|count|31|country]] countries have reported "
        "[[about 409,000|count|409000|case]] cases and [[4,738|count|4738|death]] deaths, a case "
        "fatality rate of [[1.2%|percent|1.2|%]], above the [[1%|percent|1|%]] target. "
        "[[Africa|LOC]] accounts for nearly two thirds of deaths. [[UNICEF|ORG]] has "
        "sent [[43 tonnes|quantity|43|t]] of chlorine and soap to [[Darfur|GPE|Darfur]] since "
        "[[July|D|2025-07]].\n\n"
        "The [[WHO|ORG|World Health Organization]] rates the global risk as very high. Its "
        "regional office in [[Brazzaville|GPE]] will hold a briefing on "
        "[[Thursday|D|2025-08-28]]. The next digest is due on [[1 September|D|2025-09-01]].\n",
    ),
    (
        "own10-ho-05", "nuclear-restart", "2024-10-29", "2024-10-29",
        "[[Tohoku Electric Power Co., Inc.|ORG|Tohoku Electric Power]]\n"
        "PRESS RELEASE – [[29 October 2024|D|2024-10-29]]\n\n"
        "Reactor of [[Onagawa Nuclear Power Station|FAC|Onagawa Nuclear Power Plant]] Unit 2 "
        "Restarted\n\n"
        "[[SENDAI|GPE|Sendai]], [[Japan|GPE]] – [[Tohoku Electric Power Co., Inc.|ORG|Tohoku "
        "Electric Power]] "
        "([[TSE|ORG|Tokyo Stock Exchange]]: 9506) announced [[today|D|2024-10-29]] that the "
        "reactor "
        "of Unit 2 at the [[Onagawa Nuclear Power Station|FAC|Onagawa Nuclear Power Plant]], in "
        "the town of [[Onagawa|GPE|Onagawa, Miyagi]] and the city of [[Ishinomaki|GPE]], "
        "[[Miyagi Prefecture|GPE]], was restarted at 7 p.m. on [[Tuesday|D|2024-10-29]], for the "
        "[[first|ordinal|1]] time in [[about 13 years|D|P13Y]].\n\n"
        "The [[825 MW|quantity|825|MW]] boiling water reactor stopped after the "
        "[[Great East Japan Earthquake|EVENT|2011 Tōhoku earthquake and tsunami]] of "
        "[[March 11, 2011|D|2011-03-11]], when a tsunami [[about 13 metres|quantity|13|m]] high "
        "reached the site. The [[Company|ORG|Tohoku Electric Power]] has since raised its seawall "
        "to "
        "[[29 metres|quantity|29|m]] above sea level, as part of safety works costing "
        "[[about ¥570 billion|money|570000000000|JPY]].\n\n"
        "The [[Nuclear Regulation Authority|ORG]] ([[NRA|ORG|Nuclear Regulation Authority]]) "
        "approved the measures in [[February 2020|D|2020-02]], and [[Miyagi|GPE|Miyagi "
        "Prefecture]] "
        "Governor [[Yoshihiro Murai|PERSON]] gave consent in [[November|D|2020-11]] of that year. "
        "Power generation is planned to start around [[November 7|D|2024-11-07]], and commercial "
        "operation in [[December|D|2024-12]]. Unit 2 is the [[first|ordinal|1]] reactor in the "
        "area hit by the [[2011|D|2011]] tsunami to restart, and the [[13th|ordinal|13]] in "
        "[[Japan|GPE]] since the new safety rules.\n\n"
        "The restart is expected to improve earnings for [[fiscal 2024|D|2024-04/2025-03]] by "
        "[[about ¥35 billion|money|35000000000|JPY]] a year and to cut CO2 emissions by "
        "[[about 2.7 million tonnes|quantity|2700000|t]] a year.\n\n"
        "About [[Tohoku Electric Power|ORG]]\n"
        "Founded in [[1951|D|1951]], the [[Company|ORG|Tohoku Electric Power]] supplies "
        "electricity to "
        "[[about 7.6 million|count|7600000|customer]] customers in the "
        "[[six|count|6|prefecture]] prefectures of the [[Tohoku|LOC|Tōhoku region]] region and "
        "[[Niigata Prefecture|GPE]].\n"
        "Media contact: Public Relations Group, +81 22 225 2111\n",
    ),
    (
        "own10-ho-06", "it-outage", "2024-07-19", "2024-07-19",
        "GLOBAL IT OUTAGE GROUNDS FLIGHTS, HITS BANKS AND HOSPITALS AFTER "
        "[[CROWDSTRIKE|ORG|CrowdStrike]] UPDATE\n\n"
        "[[SYDNEY|GPE|Sydney]]/[[LONDON|GPE|London]], [[July 19|D|2024-07-19]] ([[Reuters|ORG]]) - "
        "A faulty software update from cybersecurity firm [[CrowdStrike|ORG]] crashed computers "
        "running [[Microsoft|ORG]]'s [[Windows|PRODUCT|Microsoft Windows]] around the world on "
        "[[Friday|D|2024-07-19]], grounding flights, knocking broadcasters off air and leaving "
        "banks and hospitals without their systems.\n\n"
        "[[American Airlines|ORG]], [[Delta|ORG|Delta Air Lines]] and "
        "[[United|ORG|United Airlines]] briefly halted all flights in the [[United States|GPE]], "
        "and aviation data firm [[Cirium|ORG]] said [[more than 1,400|count|1400|flight]] "
        "flights had been cancelled by midday, [[about 3%|percent|3|%]] of those scheduled. "
        "[[IndiGo|ORG]] handed out handwritten boarding passes at "
        "[[Indira Gandhi International Airport|FAC]] in [[Delhi|GPE]], and [[Sky News|ORG]] in "
        "[[Britain|GPE|United Kingdom]] was off air for several hours.\n\n"
        "[[CrowdStrike|ORG]] chief executive [[George Kurtz|PERSON]] said the defect sat in a "
        "single content update for [[Falcon|PRODUCT|CrowdStrike Falcon]] sensors pushed "
        "[[late Thursday|D|2024-07-18]], and that hosts running [[macOS|PRODUCT]] or "
        "[[Linux|PRODUCT]] were not affected. \"This is not a security incident or cyberattack,\" "
        "[[Kurtz|PERSON|George Kurtz]] wrote on social media.\n\n"
        "[[CrowdStrike|ORG]] shares fell [[11%|percent|11|%]] to [[$304.96|money|304.96|USD]] on "
        "the [[Nasdaq|ORG]], wiping [[about $9 billion|money|9000000000|USD]] off its value, and "
        "[[Microsoft|ORG]] slipped [[0.7%|percent|0.7|%]].\n\n"
        "Fixing [[about 8.5 million|count|8500000|device]] machines by hand could take until "
        "[[next week|D|2024-W30]], IT managers said. Organisers of the "
        "[[Paris Olympics|EVENT|2024 Summer Olympics]], which open on [[July 26|D|2024-07-26]], "
        "said accreditation had been slowed. In [[Australia|GPE]], [[Commonwealth "
        "Bank|ORG|Commonwealth Bank of Australia]] "
        "and [[Sydney Airport|FAC]] recovered within [[a day|D|P1D]].\n",
    ),
    (
        "own10-ho-07", "museum-heist-transcript", "2025-10-21", "2025-10-21",
        "[[Louvre|FAC]] jewel theft: press conference of the [[Paris|GPE]] prosecutor, "
        "[[21 October 2025|D|2025-10-21]] (extract)\n\n"
        "Speakers: [[Laure Beccuau|PERSON]], [[Paris|GPE]] prosecutor; questions from "
        "[[Camille Roche|PERSON]] ([[Le Parisien|ORG]]) and [[Tom Hale|PERSON]] "
        "([[Reuters|ORG]])\n\n"
        "[[BECCUAU|PERSON|Laure Beccuau]]: On [[Sunday|D|2025-10-19]] at about 9.30 a.m., "
        "[[four|count|4|man]] men used a truck-mounted lift to reach a [[first|ordinal|1]]-floor "
        "window of the [[Galerie d'Apollon|FAC]]. They cut the glass, broke [[two|count|2|case]] "
        "display cases and left in under eight minutes with [[eight|count|8|piece]] pieces of the "
        "[[French|NORP]] crown jewels. The [[Louvre|ORG]]'s curators value them at "
        "[[€88 million|money|88000000|EUR]]. A crown of Empress "
        "[[Eugenie|PERSON|Eugénie de Montijo]], with [[1,354|count|1354|diamond]] diamonds, was "
        "dropped in the street and recovered.\n\n"
        "[[ROCHE|PERSON|Camille Roche]]: How many people are looking for them?\n\n"
        "[[BECCUAU|PERSON|Laure Beccuau]]: [[About 100|count|100|investigator]] investigators "
        "from the [[Brigade de repression du banditisme|ORG|Brigade de répression du banditisme]] "
        "([[BRB|ORG|Brigade de répression du banditisme]]) and the [[Central Office for the Fight "
        "against Trafficking in Cultural Goods|ORG]]. We have [[more than 150|count|150|sample]] "
        "DNA samples to analyse.\n\n"
        "[[HALE|PERSON|Tom Hale]]: Were the alarms working?\n\n"
        "[[BECCUAU|PERSON|Laure Beccuau]]: Yes. But a third of the rooms in that wing had "
        "no camera, as an audit found in [[2024|D|2024]]. That is for the museum and the ministry "
        "to explain.\n\n"
        "Culture Minister [[Rachida Dati|PERSON]] said the [[Louvre|FAC]] would reopen on "
        "[[Wednesday|D|2025-10-22]]. Museum director [[Laurence des Cars|PERSON]] is to answer "
        "questions from the [[Senate|ORG|Senate (France)]] [[tomorrow|D|2025-10-22]]. The "
        "[[Louvre|FAC]] drew [[8.7 million|count|8700000|visitor]] visitors in [[2024|D|2024]], "
        "[[80%|percent|80|%]] of them from abroad.\n",
    ),
    (
        "own10-ho-08", "migrant-shipwreck", "2025-08-13", "2025-08-13",
        "[[At least 27|count|27|person]] dead as migrant boat capsizes off [[Lampedusa|LOC]]\n\n"
        "[[ROME|GPE|Rome]], [[Aug 13|D|2025-08-13]] ([[Reuters|ORG]]) - "
        "[[At least 27|count|27|person]] people died when an overcrowded boat carrying "
        "[[about 95|count|95|migrant]] migrants capsized off the [[Italian|NORP]] island of "
        "[[Lampedusa|LOC]] on [[Wednesday|D|2025-08-13]], the [[United Nations|ORG]] and "
        "[[Italian|NORP]] officials said.\n\n"
        "The boat had left [[Libya|GPE]] [[late Monday|D|2025-08-11]] with a smaller vessel that "
        "later sank, and began taking on water [[about 14 nautical miles|quantity|14|nmi]] south "
        "of the island, in waves of [[up to 2 metres|quantity|2|m]]. The [[Italian|NORP]] coast "
        "guard and a [[Guardia di Finanza|ORG]] patrol boat rescued [[60|count|60|person]], "
        "including [[nine|count|9|child]] children, and took them to the reception centre at "
        "[[Contrada Imbriacola|FAC]].\n\n"
        "Survivors told the [[International Organization for Migration|ORG]] "
        "([[IOM|ORG|International Organization for Migration]]) that most passengers were from "
        "[[Somalia|GPE]], [[Pakistan|GPE]] and [[Bangladesh|GPE]] and had paid "
        "between [[$3,000|money|3000|USD]] and [[$5,000|money|5000|USD]] each. "
        "[[Filippo Ungaro|PERSON]], a spokesman for the [[UN|ORG|United Nations]] refugee agency "
        "[[UNHCR|ORG]], said: \"This is another preventable tragedy in the central "
        "[[Mediterranean|LOC|Mediterranean Sea]].\"\n\n"
        "[[More than 675|count|675|person]] people have died or gone missing on the route "
        "[[this year|D|2025]], the [[IOM|ORG|International Organization for Migration]] says. "
        "Arrivals in [[Italy|GPE]] rose [[about 5%|percent|5|%]] to "
        "[[36,500|count|36500|arrival]] in [[the first seven months of the "
        "year|D|2025-01/2025-07]], "
        "according to the [[Interior Ministry|ORG|Ministry of the Interior (Italy)]].\n\n"
        "Prime Minister [[Giorgia Meloni|PERSON]], whose government has sent migrants to centres "
        "at [[Gjader|GPE|Gjadër]] in [[Albania|GPE]], called [[Libyan|NORP]] officials on "
        "[[Tuesday|D|2025-08-12]] about departures. Rescue group [[Sea-Watch|ORG]] said its "
        "ship would sail from [[Syracuse|GPE|Syracuse, Sicily]] on [[Friday|D|2025-08-15]], a "
        "public holiday in [[Italy|GPE]].\n",
    ),
    (
        "own10-ho-09", "currency-devaluation", "2024-03-06", "2024-03-06",
        "[[Egypt|GPE]] lets pound slide [[more than 35%|percent|35|%]], hikes rates "
        "[[600 bps|percent|6|pp]] as [[IMF|ORG|International Monetary Fund]] deal grows\n\n"
        "[[CAIRO|GPE|Cairo]], [[March 6|D|2024-03-06]] ([[Reuters|ORG]]) - [[Egypt|GPE]]'s pound "
        "plunged to [[49.5|money|49.5|EGP]] per dollar from [[30.85|money|30.85|EGP]] on "
        "[[Wednesday|D|2024-03-06]] after the [[Central Bank of Egypt|ORG]] "
        "([[CBE|ORG|Central Bank of Egypt]]) raised its key rates by "
        "[[600 basis points|percent|6|pp]] at an unscheduled meeting and said market forces "
        "would set the exchange rate.\n\n"
        "The overnight deposit rate now stands at [[27.25%|percent|27.25|%]] and the lending "
        "rate at [[28.25%|percent|28.25|%]]. Annual urban inflation was [[29.8%|percent|29.8|%]] "
        "in [[January|D|2024-01]], down from a record [[38%|percent|38|%]] in "
        "[[September|D|2023-09]]. The [[Bank|ORG|Central Bank of Egypt]] said it would meet again "
        "on [[April 4|D|2024-04-04]].\n\n"
        "Hours later, the [[International Monetary Fund|ORG]] said it had agreed to raise its "
        "loan to [[Egypt|GPE]] to [[$8 billion|money|8000000000|USD]] from "
        "[[$3 billion|money|3000000000|USD]]. [[IMF|ORG|International Monetary Fund]] chief "
        "[[Kristalina Georgieva|PERSON]] called the steps \"bold and decisive\".\n\n"
        "The move follows a [[$35 billion|money|35000000000|USD]] deal signed on "
        "[[Feb. 23|D|2024-02-23]] under which [[ADQ|ORG]], one of [[Abu Dhabi|GPE]]'s sovereign "
        "wealth funds, will develop [[Ras El Hekma|LOC]] on the [[Mediterranean|LOC|Mediterranean "
        "Sea]] "
        "coast, [[about 350 km|quantity|350|km]] north-west of [[Cairo|GPE]]. Prime Minister "
        "[[Mostafa Madbouly|PERSON]] said the [[first|ordinal|1]] [[$10 "
        "billion|money|10000000000|USD]] "
        "had arrived [[last week|D|2024-W09]] and a [[second|ordinal|2]] payment of "
        "[[$14 billion|money|14000000000|USD]] is due within [[two months|D|P2M]].\n\n"
        "The government targets a primary surplus of [[3.5%|percent|3.5|%]] of GDP in "
        "[[the 2024/25 fiscal year|D|2024-07/2025-06]]. Net reserves stood at "
        "[[$35.3 billion|money|35300000000|USD]] at [[the end of February|D|2024-02]]. The "
        "EGX30 index rose [[8.3%|percent|8.3|%]] to [[30,476.55|number|30476.55]], and "
        "[[Egyptian|NORP]] importers said they hoped to "
        "clear goods held at [[Port Said|GPE]] and [[Alexandria|GPE]] before [[next "
        "week|D|2024-W11]].\n",
    ),
    (
        "own10-ho-10", "cycling-stage", "2025-07-17", "2025-07-17",
        "[[Pogacar|PERSON|Tadej Pogačar]] crushes rivals at [[Hautacam|LOC]] to take yellow\n\n"
        "[[LOURDES|GPE|Lourdes]], [[France|GPE]], [[July 17|D|2025-07-17]] "
        "([[Reuters|ORG]]) - [[Tadej Pogacar|PERSON|Tadej Pogačar]] won stage 12 of the "
        "[[Tour de France|EVENT]] on [[Thursday|D|2025-07-17]], dropping [[Jonas "
        "Vingegaard|PERSON]] "
        "on the [[13.6-km|quantity|13.6|km]] final climb to take the leader's yellow jersey back "
        "from [[Ireland|GPE]]'s [[Ben Healy|PERSON]].\n\n"
        "The [[Slovenian|NORP]] attacked [[12 km|quantity|12|km]] from the top, where the "
        "gradient averages [[7.8%|percent|7.8|%]], and finished alone in temperatures of "
        "[[about 35C|quantity|35|°C]]. It was his [[fourth|ordinal|4]] stage win of this "
        "[[Tour|EVENT|Tour de France]] and the [[103rd|ordinal|103]] of his career. "
        "[[Vingegaard|PERSON|Jonas Vingegaard]] came in [[second|ordinal|2]], 2:10 down, and "
        "[[Germany|GPE]]'s [[Florian Lipowitz|PERSON]] finished [[third|ordinal|3]]. "
        "[[Healy|PERSON|Ben Healy]] slipped to [[fourth|ordinal|4]] overall.\n\n"
        "Stage 12, [[Auch|GPE]] to [[Hautacam|LOC]], [[180.6 km|quantity|180.6|km]]:\n"
        "• [[Pogacar|PERSON|Tadej Pogačar]] ([[UAE Team Emirates-XRG|ORG|UAE Team Emirates XRG]]) "
        "4:07:52\n"
        "• [[Vingegaard|PERSON|Jonas Vingegaard]] ([[Visma-Lease a Bike|ORG|Team Visma–Lease a "
        "Bike]]) "
        "+2:10\n"
        "• [[Lipowitz|PERSON|Florian Lipowitz]] ([[Red Bull-Bora-Hansgrohe|ORG|Red "
        "Bull–Bora–Hansgrohe]]) "
        "+2:23\n\n"
        "Overall: [[Pogacar|PERSON|Tadej Pogačar]] leads [[Vingegaard|PERSON|Jonas Vingegaard]] "
        "by 3:31; [[Remco Evenepoel|PERSON]] of [[Belgium|GPE]] is [[third|ordinal|3]], 4:45 "
        "back.\n\n"
        "\"[[Today|D|2025-07-17]] the legs were very good,\" said "
        "[[Pogacar|PERSON|Tadej Pogačar]], who won the race in [[2020|D|2020]], [[2021|D|2021]] "
        "and [[2024|D|2024]]. [[Friday|D|2025-07-18]]'s [[10.9-km|quantity|10.9|km]] mountain "
        "time trial climbs to [[Peyragudes|GPE]] in the [[Pyrenees|LOC]]. After a rest day on "
        "[[Monday|D|2025-07-21]], the [[21|count|21|stage]]-stage race ends on the "
        "[[Champs-Elysees|FAC|Champs-Élysées]] in [[Paris|GPE]] on [[July 27|D|2025-07-27]], "
        "[[10 days from now|D|2025-07-27]].\n",
    ),
    (
        "own10-ho-11", "ipo", "2024-12-10", "2024-12-10",
        "[[Talabat|ORG]] shares flat on [[Dubai|GPE]] debut after "
        "[[$2 billion|money|2000000000|USD]] IPO\n\n"
        "[[DUBAI|GPE|Dubai]], [[Dec 10|D|2024-12-10]] ([[Reuters|ORG]]) - Shares in food delivery "
        "firm [[Talabat Holding|ORG|Talabat]] opened at their offer price of "
        "[[AED 1.60|money|1.6|AED]] on the [[Dubai Financial Market|ORG]] "
        "([[DFM|ORG|Dubai Financial Market]]) on [[Tuesday|D|2024-12-10]], after the "
        "[[Gulf|LOC|Persian Gulf]]'s biggest listing of [[the year|D|2024]] raised "
        "[[7.5 billion dirhams|money|7500000000|AED]] ([[$2 billion|money|2000000000|USD]]).\n\n"
        "[[Germany|GPE]]'s [[Delivery Hero SE|ORG|Delivery Hero]] sold "
        "[[4.66 billion|count|4660000000|share]] shares, or [[20%|percent|20|%]] of the company, "
        "after raising the offer from [[15%|percent|15|%]] on strong demand. The price, at the "
        "top of a range of [[AED 1.50|money|1.5|AED]] to [[AED 1.60|money|1.6|AED]], values "
        "[[Talabat|ORG]] at [[about $10.2 billion|money|10200000000|USD]]. Subscriptions closed on "
        "[[Nov. 28|D|2024-11-28]], and cornerstone investors, among them [[Abu Dhabi|GPE]]'s "
        "[[Alpha Dhabi Holding|ORG|Alpha Dhabi]], took [[about 30%|percent|30|%]] of the shares "
        "offered to institutions, with a lock-up of [[six months|D|P6M]].\n\n"
        "It is the largest IPO on the [[DFM|ORG|Dubai Financial Market]] since "
        "[[Dubai Electricity and Water Authority|ORG]] ([[DEWA|ORG|Dubai Electricity and Water "
        "Authority]]) "
        "raised [[$6.1 billion|money|6100000000|USD]] in [[April 2022|D|2022-04]].\n\n"
        "\"This is the [[first|ordinal|1]] day of a long journey,\" chief executive "
        "[[Tomaso Rodriguez|PERSON]] said at the bell-ringing. [[Talabat|ORG]], founded in "
        "[[Kuwait|GPE]] in [[2004|D|2004]], operates in [[eight|count|8|market]] markets "
        "including [[Qatar|GPE]], [[Oman|GPE]], [[Iraq|GPE]] and [[Egypt|GPE]], and had "
        "gross merchandise value of [[$5.7 billion|money|5700000000|USD]] in "
        "[[the nine months to September|D|2024-01/2024-09]].\n\n"
        "[[Delivery Hero|ORG]] chief [[Niklas Ostberg|PERSON|Niklas Östberg]] said the proceeds "
        "would cut debt. [[Delivery Hero|ORG]] shares rose [[2.3%|percent|2.3|%]] in "
        "[[Frankfurt|GPE]]. [[Talabat|ORG]] plans to pay [[at least 90%|percent|90|%]] of net "
        "income as dividends, twice a year, from [[2025|D|2025]].\n",
    ),
    (
        "own10-ho-12", "farmers-protest-live", "2024-02-26", "2024-02-26",
        "LIVE: Farmers block [[Brussels|GPE]] [[EU|ORG|European Union]] quarter as ministers "
        "meet – [[Monday 26 February|D|2024-02-26]]\n\n"
        "09:10 – [[About 900|count|900|tractor]] tractors have entered [[Brussels|GPE]], "
        "[[Belgian|NORP]] police say. Drivers from [[Belgium|GPE]], the [[Netherlands|GPE]], "
        "[[France|GPE]], [[Spain|GPE]] and [[Poland|GPE]] have parked along "
        "[[Rue de la Loi|FAC]], next to the [[Berlaymont|FAC|Berlaymont building]].\n\n"
        "10:25 – Protesters set tyres alight and throw eggs near [[Place du Luxembourg|FAC]], "
        "outside the [[European Parliament|ORG]]. Police answer with water cannon.\n\n"
        "11:40 – [[EU|ORG|European Union]] agriculture ministers meet in the "
        "[[Europa building|FAC]]. The [[European Commission|ORG]] has offered to exempt farmers "
        "with [[less than 10 hectares|quantity|10|ha]] from some checks under the "
        "bloc's farm subsidy rules.\n\n"
        "12:50 – \"We can't live on [[€1,200|money|1200|EUR]] a month,\" says [[Luc "
        "Martens|PERSON]], "
        "a dairy farmer from [[Limburg|GPE]]. Milk fetches "
        "[[about 45 cents|money|0.45|EUR]] a litre, he says, [[10%|percent|10|%]] less than in "
        "[[2022|D|2022]].\n\n"
        "14:15 – [[Polish|NORP]] farmers want limits on grain from [[Ukraine|GPE]], which has "
        "sold [[about 4 million tonnes|quantity|4000000|t]] into the [[EU|ORG|European Union]] "
        "since [[June 2022|D|2022-06]]. [[Boerenbond|ORG]], the [[Flemish|NORP]] farmers' union, "
        "also opposes the [[Mercosur|ORG]] trade deal.\n\n"
        "15:30 – Commissioner [[Janusz Wojciechowski|PERSON]] says proposals will come "
        "within [[two weeks|D|P2W]]. [[Belgian|NORP]] minister [[David Clarinval|PERSON]], who "
        "chairs the talks, says leaders will discuss them at their summit on "
        "[[March 21|D|2024-03-21]]. [[Clarinval|PERSON|David Clarinval]] met farm groups on "
        "[[Friday|D|2024-02-23]].\n\n"
        "16:45 – Police say [[three|count|3|officer]] officers were hurt and "
        "[[12|count|12|person]] people held. Tractors begin to leave the city; the "
        "[[R0|FAC|Brussels Ring]] ring road is jammed for [[20 km|quantity|20|km]].\n",
    ),
    (
        "own10-ho-13", "fraud-sentencing", "2024-04-11", "2024-04-11",
        "[[Vietnam|GPE]] court sentences tycoon [[Truong My Lan|PERSON|Trương Mỹ Lan]] to death "
        "in [[$12.5 billion|money|12500000000|USD]] fraud\n\n"
        "[[HO CHI MINH CITY|GPE|Ho Chi Minh City]], [[April 11|D|2024-04-11]] "
        "([[Reuters|ORG]]) - A court in [[Vietnam|GPE]] sentenced property developer "
        "[[Truong My Lan|PERSON|Trương Mỹ Lan]] to death on [[Thursday|D|2024-04-11]] for "
        "embezzling [[304 trillion dong|money|304000000000000|VND]] "
        "([[$12.5 billion|money|12500000000|USD]]) from [[Saigon Commercial Bank|ORG]] "
        "([[SCB|ORG|Saigon Commercial Bank]]), which she controlled through proxies "
        "between [[2012 and 2022|D|2012/2022]], in the country's largest fraud case.\n\n"
        "The sum is [[nearly 3%|percent|3|%]] of [[Vietnam|GPE]]'s [[2022|D|2022]] GDP. "
        "[[Lan|PERSON|Trương Mỹ Lan]], 67, chair of [[Van Thinh Phat Group|ORG]], took out "
        "[[2,527|count|2527|loan]] loans through "
        "[[more than 1,000|count|1000|company]] ghost companies, prosecutors said. The "
        "[[Ho Chi Minh City People's Court|ORG]] also ordered her to repay "
        "[[673 trillion dong|money|673000000000000|VND]].\n\n"
        "[[Eighty-five|count|85|defendant]] other defendants, among them former officials of the "
        "[[State Bank of Vietnam|ORG]] ([[SBV|ORG|State Bank of Vietnam]]), received terms from "
        "[[three years|D|P3Y]] suspended to life in prison. [[Do Thi Nhan|PERSON|Đỗ Thị Nhàn]], a "
        "former [[SBV|ORG|State Bank of Vietnam]] inspector, was jailed for life for taking "
        "[[$5.2 million|money|5200000|USD]] in bribes.\n\n"
        "The trial opened on [[March 5|D|2024-03-05]] and heard from "
        "[[about 2,700|count|2700|witness]] witnesses. [[Lan|PERSON|Trương Mỹ Lan]] has "
        "[[15 days|D|P15D]] to appeal; her lawyers said she would.\n\n"
        "The case is part of the anti-graft \"blazing furnace\" campaign led by "
        "[[Communist Party|ORG|Communist Party of Vietnam]] chief "
        "[[Nguyen Phu Trong|PERSON|Nguyễn Phú Trọng]]. A run on [[SCB|ORG|Saigon Commercial Bank]] "
        "in [[October 2022|D|2022-10]] forced the [[SBV|ORG|State Bank of Vietnam]] to inject "
        "funds, and [[about 42,000|count|42000|bondholder]] bondholders are still owed money. "
        "A [[second|ordinal|2]] trial, on bond fraud, is due to start in [[July|D|2024-07]].\n",
    ),
    (
        "own10-ho-14", "papal-inauguration", "2025-05-18", "2025-05-18",
        "[[Leo XIV|PERSON|Pope Leo XIV]] inaugurated before crowd of "
        "[[200,000|count|200000|person]] in [[St. Peter's Square|FAC]]\n\n"
        "[[VATICAN CITY|GPE|Vatican City]], [[May 18|D|2025-05-18]] "
        "([[AP|ORG|Associated Press]]) — Pope [[Leo XIV|PERSON|Pope Leo XIV]] formally began his "
        "pontificate on [[Sunday|D|2025-05-18]] with a Mass in [[St. Peter's Square|FAC]], "
        "receiving the pallium and the fisherman's ring before "
        "[[about 200,000|count|200000|person]] people, the [[Vatican|GPE|Vatican City]] said.\n\n"
        "The [[first|ordinal|1]] pope from the [[United States|GPE]], born "
        "[[Robert Prevost|PERSON|Pope Leo XIV]] in [[Chicago|GPE]], toured the square in an open "
        "popemobile before the two-hour Mass and spoke of a church that is \"a small leaven of "
        "unity\". He was elected on "
        "[[May 8|D|2025-05-08]] on the [[fourth|ordinal|4]] ballot by [[133|count|133|cardinal]] "
        "cardinals, [[17 days|D|P17D]] after [[Francis|PERSON|Pope Francis]] died on "
        "[[Easter Monday|D|2025-04-21]].\n\n"
        "Delegations from [[more than 150|count|150|country]] countries attended. "
        "[[U.S.|GPE|United States]] Vice "
        "President [[JD Vance|PERSON]] and Secretary of State [[Marco Rubio|PERSON]], a "
        "[[Catholic|NORP]], sat near [[Peru|GPE]]'s President [[Dina Boluarte|PERSON]]; "
        "[[Leo|PERSON|Pope Leo XIV]], a member of the [[Order of Saint Augustine|ORG]], spent "
        "[[two decades|D|P20Y]] in [[Peru|GPE]] and was bishop of [[Chiclayo|GPE]]. He met "
        "[[Ukrainian|NORP]] President [[Volodymyr Zelenskyy|PERSON]] after the Mass.\n\n"
        "[[Italian|NORP]] police deployed [[4,000|count|4000|officer]] officers and closed the "
        "air space over [[Rome|GPE]]. [[Leo|PERSON|Pope Leo XIV]] visits the "
        "[[Basilica of Saint Paul Outside the Walls|FAC]] on [[Tuesday|D|2025-05-20]] and meets "
        "journalists [[next week|D|2025-W21]]. The [[Vatican|GPE|Vatican City]] said he may travel "
        "to "
        "[[Turkey|GPE]] in [[late November|D|2025-11]] for the [[1,700th|ordinal|1700]] "
        "anniversary of the [[First Council of Nicaea|EVENT]].\n",
    ),
]

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Easter 2025 = Sunday 20 April.
        ("2025-03-04", "The tax office reopens [three days after Easter|2025-04-23]."),
        # Wednesday 5 June 2024 (W23): the week after next is W25, its Friday the 21st.
        ("2024-06-05", "The inspectors return [the Friday after next|2024-06-21]."),
        ("2025-09-10", "Bids are due [ten days before the 1 December auction|2025-11-21]."),
        ("2026-01-20", "The regional council sits on [the first Monday of March|2026-03-02]."),
        # Wednesday 13 November 2024.
        ("2024-11-13", "The dockers' strike ended [the day before yesterday|2024-11-11]."),
        # Pentecost 2025 = 8 June, Whit Monday 9 June; six weeks on is 21 July.
        ("2025-05-15", "The dam inspection is due [six weeks after Whit Monday|2025-07-21]."),
        # Wednesday 8 July 2026: the coming Friday is the 10th, "a week on Friday" the 17th.
        ("2026-07-08", "Exam results are published [a week on Friday|2026-07-17]."),
    ],
    "range": [
        ("2025-01-10", "The film festival in Ouagadougou runs [22-28 February|2025-02-22/2025-02-28]."),
        # Wednesday 4 September 2024, future clause: Monday 9 to Wednesday 11.
        ("2024-09-04", "Road works will close the bypass from [Monday to Wednesday|2024-09-09/2024-09-11]."),
        ("2025-12-01", "Cocoa exports rose across [H1 2025|2025-01/2025-06]."),
        ("2026-02-02", "The ferry ran a winter timetable from [20 December 2025 to 6 January|2025-12-20/2026-01-06]."),
        ("2024-04-10", "The tax amnesty covers the years [2019-2022|2019/2022]."),
        ("2025-06-16", "The river will be closed to barges from [early July to mid-August|2025-07/2025-08]."),
        ("2025-10-01", "Polls in the province open [Oct. 15-17|2025-10-15/2025-10-17]."),
    ],
    "words": [
        ("2024-08-19", "The copper mine closed in [two thousand and nine|2009]."),
        ("2025-03-11", "The town's charter dates from [seventeen ninety-one|1791]."),
        ("2025-04-01", "The tribunal sits again on [the third of June|2025-06-03]."),
        ("2025-09-30", "The rowing club was founded in [the spring of '62|1962-03/1962-05]."),
        ("2026-05-12", "The armistice was signed on [the eleventh of November, nineteen eighteen|1918-11-11]."),
    ],
    "period": [
        ("2025-10-20", "The airline expects its profits to recover by [end-2026|2026]."),
        # dev11 reading: "early the following month" keeps the month counted from the anchor.
        ("2024-07-15", "Onion prices peaked in [March|2024-03] and eased [early the following month|2024-04]."),
        ("2025-05-20", "Car sales rose in [the first four months of the year|2025-01/2025-04]."),
        ("2026-02-10", "Growth slowed in [the second half of last year|2025-07/2025-12]."),
        ("2024-09-25", "Figures for [the April-June quarter|2024-04/2024-06] showed a rebound."),
        # A UK company's financial year runs April-March (README).
        ("2025-08-12", "The London retailer expects margins to widen in [this financial year|2025-04/2026-03]."),
        ("2024-03-18", "The minister wants a deal by [mid-month|2024-03]."),
        # A hedge on a year keeps the year (dev9: "the final months of 2025").
        ("2025-11-05", "The smelter will restart in [the final weeks of the year|2025]."),
    ],
    "weekday": [
        ("2025-06-11", "The transfer window shut on [Monday|2025-06-09]."),
        ("2025-06-11", "The nurses' union will vote on [Monday|2025-06-16]."),
        ("2024-02-22", "[Sunday|2024-02-18]'s derby in Nairobi drew a record crowd."),
        ("2024-02-22", "Markets await [next Tuesday|2024-02-27]'s GDP figures."),
        # The reference date's own weekday in a report of the day (README reading).
        ("2026-04-03", "The airport in Chittagong reopened on [Friday|2026-04-03] after the cyclone."),
        ("2025-09-18", "The senate passed the bill on [Tuesday|2025-09-16] and the president signs it on [Saturday|2025-09-20]."),
        ("2024-12-31", "Officials said on [Monday|2024-12-30] that the border crossing would reopen on [Thursday|2025-01-02]."),
    ],
    "month-tense": [
        ("2025-03-05", "Factory orders in Guangdong slumped in [November|2024-11]."),
        ("2025-03-05", "The new terminal at Entebbe opens in [November|2025-11]."),
        ("2024-12-10", "The donor summit is scheduled for [February 20|2025-02-20]."),
        ("2026-01-14", "Lake Kariba fell to its lowest level on [December 28|2025-12-28]."),
        ("2025-07-30", "Wage talks will resume in [March|2026-03], the union said."),
    ],
    "duration": [
        ("2024-05-06", "The port of Massawa was blockaded for [eleven weeks|P11W]."),
        ("2025-02-14", "A [three-month|P3M] ceasefire took hold in the valley."),
        # "N years ago" is a point at year precision (README).
        ("2025-11-10", "The refinery closed [two years ago|2023]."),
        # A range of durations is two durations (README).
        ("2024-10-21", "Repairs to the viaduct will take between [eight|P8M] and [ten months|P10M]."),
        ("2025-08-01", "The drought in the Chaco has lasted [more than 18 months|P18M]."),
        ("2026-03-09", "The lighthouse has stood empty for [half a century|P50Y]."),
    ],
    "holiday": [
        ("2025-12-01", "Shops in Auckland open late on [Boxing Day|2025-12-26]."),
        # Easter 2026 = 5 April, Good Friday 3 April.
        ("2026-03-01", "The harbour bridge closes to traffic on [Good Friday|2026-04-03]."),
        ("2024-10-01", "Ferries run a reduced timetable on [New Year's Eve|2024-12-31]."),
        ("2025-02-10", "The fish market reopens [two days after Christmas|2025-12-27]."),
    ],
    "week": [
        # Wednesday 16 April 2025 is in W16.
        ("2025-04-16", "Diesel sales fell [last week|2025-W15]."),
        ("2024-05-02", "Tenders for the tramway close in [calendar week 23|2024-W23]."),
        # Wednesday 10 June 2026 is in W24; the week after next is W26.
        ("2026-06-10", "The barley harvest starts [the week after next|2026-W26]."),
    ],
    "season": [
        ("2025-01-15", "Water restrictions in Cape Town ended in [the summer of 2023|2023-06/2023-08]."),
        ("2025-10-05", "The new runway should open [next spring|2026-03/2026-05]."),
        # 20 November 2024 lies in autumn 2024, so "last autumn" is 2023's.
        ("2024-11-20", "The reservoir was last full [last autumn|2023-09/2023-11]."),
    ],
    "negative": [
        ("2025-04-27", "The March of the Living drew survivors to the camp."),
        ("2024-06-03", "Buses to the monastery run every Sunday afternoon."),
        ("2025-01-08", "The rescue of the miners took forty minutes."),
        ("2026-04-10", "Talks on the Good Friday Agreement institutions resumed."),
        ("2025-09-22", "Monthly rents and quarterly dividends rose."),
    ],
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "words": [
        "The Johannesburg pension fund lost [four hundred and twelve million "
        "rand|money|412000000|ZAR].",
        "The airport handled [six hundred and fifty thousand|count|650000|passenger] passengers.",
        "Rangers counted [eleven hundred|count|1100|elephant] elephants in the park.",
        "[Twenty-three|count|23|miner] miners were brought to the surface.",
        "The dam holds [two and a half million cubic metres|quantity|2500000|m3] of water.",
    ],
    "fractions": [
        "The gas pipe is [¾ inch|quantity|0.75|in] wide.",
        "Ten-year yields rose [1/4 percentage point|percent|0.25|pp].",
        "The ridge trail is [4½ km|quantity|4.5|km] long.",
        "The Reserve Bank cut its rate to [6¼%|percent|6.25|%].",
        "The new levee is [two and three-quarter miles|quantity|2.75|mi] long.",
    ],
    "grouping": [
        "The housing scheme pays [Rs 2,45,000|money|245000|INR] per family in Bihar.",
        "The Santiago court fined the firm [1.250.000 pesos|money|1250000|CLP].",
        "The farm census covered [98 765|count|98765|farm] farms.",
        "The city counted [1 234 567|count|1234567|resident] residents.",
        "The Nairobi county paid [KSh 3,450,000|money|3450000|KES] for the land.",
    ],
    "scale": [
        "Nigeria's budget deficit is put at [₦9.7trn|money|9700000000000|NGN].",
        "The Cairo developer raised [EGP 1.2bn|money|1200000000|EGP] in bonds.",
        "Kazakhstan exported [11mln tonnes|quantity|11000000|t] of wheat.",
        "The Indian railways plan [Rs 3 lakh crore|money|3000000000000|INR] of spending.",
        "The start-up in Austin raised [$850K|money|850000|USD].",
    ],
    "currency": [
        "Argentina's minimum pension rises to [ARS 350,000|money|350000|ARS].",
        "The Karachi power utility owes [Rs 2.4 trillion|money|2400000000000|PKR] to suppliers.",
        "A rickshaw ride across Dhaka costs [৳500|money|500|BDT].",
        "The Rabat ministry pays [2,000 Moroccan dirhams|money|2000|MAD] a month to each family.",
        "The Bogota mayor's office set aside [COP 4.5 billion|money|4500000000|COP] for the metro.",
        "Petronas paid [RM 1.2 billion|money|1200000000|MYR] in dividends to Kuala Lumpur.",
    ],
    "two-unit": [
        "The toll at the Huguenot Tunnel is [45 rand 50 cents|money|45.5|ZAR].",
        "The harbour wall runs [3 miles 880 yards|quantity|3.5|mi].",
        "Each ration pack weighs [1 kilogram 250 grams|quantity|1.25|kg].",
    ],
    "units": [
        "The cyclone's central pressure fell to [935 hPa|quantity|935|hPa].",
        "Mombasa received [142 mm|quantity|142|mm] of rain overnight.",
        "The pipeline moves [12 billion cubic metres|quantity|12000000000|m3] of gas a year.",
        "The storm packed winds of [185 km/h|quantity|185|km/h].",
        "The ice shelf thinned by [3.2 metres|quantity|3.2|m].",
    ],
    "comparator": [
        "[Upwards of 12,000|count|12000|fan] fans travelled to Lima.",
        "[Just under 40%|percent|40|%] of voters turned out.",
        "The lodge takes [at most 250|count|250|guest] guests.",
        "The airline owes [close to ₦500 billion|money|500000000000|NGN].",
    ],
    "range": [
        "The port upgrade will cost [EGP 8|money|8000000000|EGP] to [EGP 10 "
        "billion|money|10000000000|EGP].",
        "Lows of [-5|quantity|-5|°C] to [-8°C|quantity|-8|°C] are forecast for Ulaanbaatar.",
        "The lender sees growth of [4%|percent|4|%]-[4.5%|percent|4.5|%].",
        "Between [300|count|300|family] and [400|count|400|family] families were moved.",
    ],
    "percent": [
        "Annual inflation in Argentina hit [211.4 per cent|percent|211.4|%].",
        "The central bank raised rates by [125bps|percent|1.25|pp].",
        "[Nineteen percent|percent|19|%] of the households had no power.",
        "The jobless rate fell [0.4 percentage point|percent|0.4|pp].",
        "Shares of the Lagos lender rose [3.1 pct|percent|3.1|%].",
    ],
    "ordinal": [
        # An ordinal of placing after a verb stands for "third place" (OntoNotes ORDINAL).
        "The Kenyan runner finished [third|ordinal|3] in Boston.",
        "The club stayed [sixth|ordinal|6] after the draw.",
        "It was the [42nd|ordinal|42] edition of the race.",
        "Her horse came in [second|ordinal|2] at Flemington.",
    ],
    "tally": [
        "The constitutional court ruled [6|number|6]-[3|number|3] in favour.",
        "Pakistan beat India [2|number|2]-[1|number|1] in the hockey final.",
        "Senators voted [51|number|51] to [49|number|49] to confirm her.",
    ],
    "approximate": [
        "[Some 3,000|count|3000|pilgrim] pilgrims walked to the shrine.",
        "[Around 1.5 million|count|1500000|tourist] tourists visited Zanzibar.",
    ],
    "negative": [
        "Two in five firms in Accra plan to hire.",
        "The Airbus A350-1000 entered service with the carrier.",
        "Tens of thousands marched through Santiago.",
        "First, the council must approve the plan.",
    ],
}


if __name__ == "__main__":
    build_set(
        "own10",
        "own10-briefs-heldout",
        BRIEFS,
        DATE_CASES,
        FIGURE_CASES,
        source_briefs=SOURCE_BRIEFS,
        source_cases=SOURCE_CASES,
    )

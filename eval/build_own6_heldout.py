"""Build the sixth held-out set: eval/own6-briefs-heldout.jsonl, own6-dates-heldout.jsonl and
own6-figures-heldout.jsonl (FORMAT.md).

Written fresh in session 7 by a helper session that neither read nor ran briefx (no code,
tests, models or samples) and opened no ``*heldout*`` jsonl file. The texts were written by
hand for this set and annotated inline while writing, by ``shared/eval/ANNOTATION.md`` and the
readings in ``eval/README.md``; where both are silent, the choice is said in a comment below.

Briefs: 2024-2025 news in the manner of wire copy, about real institutions, companies, clubs,
places and office holders; the events are modelled on real ones but details, quotations and
many figures are invented or approximate and must not be read as reporting. Invented people
appear only in minor roles. No ``statements`` key: statements are not scored for this set.

Markup:
- briefs: ``[[span|TYPE]]`` / ``[[span|TYPE|canonical name]]`` (entity),
  ``[[span|kind|value]]`` / ``[[span|kind|value|unit]]`` (figure), ``[[span|D|value]]`` (date);
- date cases: ``[span|value]``; figure cases: ``[span|kind|value]`` / ``[span|kind|value|unit]``.
The script computes the offsets, asserts ``text[start:end] == span`` for every item, order and
no overlap, known types/kinds, ISO 4217 codes, ``%``/``pp``, unit symbols, ISO 8601 date values
(real days, ISO weeks), that a full-date value of a span naming a weekday falls on that weekday,
150-260 words per brief, and unique ids and texts.

Run from the project root: ``python3 eval/build_own6_heldout.py`` (rewrites the three files). The
mechanics (marks, offsets, checks, writing) are ``eval/case_marks.py``'s, shared by sets 6-8.

Choices where ANNOTATION.md and eval/README.md are silent (applied throughout):
- "a quarter of a percentage point" is one percent figure over the whole phrase, 0.25 "pp".
- An exchange rate given as a price ("at 129.25 per dollar" for the Kenyan shilling,
  "$1.2960" for sterling) is money in the currency the number is in (KES, USD).
- A former name of the same company ("Kellogg Co" for Kellanova) takes the entity's current
  canonical name.
- "the province of Valencia", "the Poyo ravine", "Aichi prefecture", "the Kaliningrad region":
  the lower-case generic word stays outside the span, `name` is the place's title.
- A refugee camp named by its proper name ("the Zamzam camp") is FAC "Zamzam", name "Zamzam
  camp"; a border crossing named by its town ("the Adre border crossing") tags the town (GPE).
- The name of a policy rate ("Bank Rate") is not tagged, like the names of indices.
- "the Fund" for the IMF and "the Court" for the U.S. Supreme Court are capitalised short forms
  of one named organisation (ANNOTATION.md) and are tagged with its full name.
- Kenya's fiscal year "2025/26" runs July-June ("2025-07/2026-06"), as the README reads the
  Australian one; ANNOTATION.md's April-March reading covers the UK, India and Japan (a Japanese
  company's "fiscal year ending March 2025" is "2024-04/2025-03").
- A party named by its members ("The Liberals will name their leader") is NORP "Liberal", as
  the README reads "Democrats".
- "CES" keeps its acronym as `name` (the usual title); the COP summits take their Wikipedia
  titles ("COP29" -> "2024 United Nations Climate Change Conference").
- TikTok (the service, and the company that runs it) is ORG: OntoNotes PRODUCT excludes services.
- Products without their own Wikipedia article take the full maker's product name ("RTX 5090"
  -> "GeForce RTX 5090"); weapons take the Wikipedia title of the type ("AH-64E Apache" ->
  "Boeing AH-64 Apache", "M1A2 Abrams" -> "M1 Abrams").
- Cricket in prose: a total with its noun left out is a count of "run", "for six" a count of
  "wicket" (README readings); "the fourth day" of a match is an ordinal figure, not a date.
- A hyphenated count keeps the number only ("nine-point lead" -> "nine", point; "five-match"
  -> "five", match), as the README says for "214-page".
- "the weekend" / "last weekend" is the Saturday/Sunday day range (README reading).
- "the end of 2025" keeps the year (hedge on a period); "later this week" is the ISO week.
- "fiscal 2026" in a U.S. federal text follows the FY rule (October-September, day precision).
- In the figure cases a count of people named by a demonym ("170 million Americans") has the
  demonym's lemma as unit ("American"); the NORP entity is tagged apart.
"""

from __future__ import annotations

from case_marks import build_set

SOURCE_BRIEFS = (
    "own6: written and annotated by hand for briefx (held-out set 6, session 7) by a helper who "
    "neither read nor ran briefx; real institutions, places and office holders, events modelled "
    "on 2024-2025 news with invented or approximate details and quotations; MIT"
)
SOURCE_CASES = (
    "own6: short cases written and annotated by hand for briefx (held-out set 6, session 7) by a "
    "helper who neither read nor ran briefx (ANNOTATION.md conventions; invented figures); MIT"
)

# ---------------------------------------------------------------------------------------------
# Briefs: (id, family, reference_date, published, marked text)
# ---------------------------------------------------------------------------------------------
BRIEFS: list[tuple[str, str, str, str | None, str]] = [
    (
        "own6-ho-01", "central-bank", "2024-11-07", "2024-11-07",
        "[[LONDON|GPE|London]], [[Nov 7|D|2024-11-07]] ([[Reuters|ORG]]) - The "
        "[[Bank of England|ORG]] cut interest rates by [[a quarter of a percentage point|percent|0.25|pp]] "
        "to [[4.75%|percent|4.75|%]] on [[Thursday|D|2024-11-07]], its [[second|ordinal|2]] reduction "
        "since the pandemic, and said the budget that Chancellor [[Rachel Reeves|PERSON]] presented "
        "[[last week|D|2024-W44]] would push inflation higher than it had expected.\n\n"
        "The [[Monetary Policy Committee|ORG]] ([[MPC|ORG|Monetary Policy Committee]]) voted "
        "[[8|number|8]]-[[1|number|1]] for the cut, with external member [[Catherine Mann|PERSON]] "
        "preferring to keep Bank Rate at [[5%|percent|5|%]]. Governor [[Andrew Bailey|PERSON]] said "
        "rates were likely to keep falling gradually, but warned that the [[MPC|ORG|Monetary Policy Committee]] "
        "could not cut \"too quickly or by too much\".\n\n"
        "The [[Bank|ORG|Bank of England]] now expects consumer price inflation to rise to "
        "[[about 2.75%|percent|2.75|%]] by [[the end of 2025|D|2025]], up from [[1.7%|percent|1.7|%]] in "
        "[[September|D|2024-09]], as [[Reeves|PERSON|Rachel Reeves]]'s [[£40 billion|money|40000000000|GBP]] "
        "of tax rises and extra spending feed through. It forecasts growth of [[1.5%|percent|1.5|%]] "
        "[[next year|D|2025]], compared with [[1.25%|percent|1.25|%]] before the budget.\n\n"
        "Sterling was little changed at [[$1.2960|money|1.296|USD]]. Markets now price "
        "[[two|count|2|cut]] more cuts by [[June|D|2025-06]], and the next decision is due on "
        "[[December 19|D|2024-12-19]]. In the [[United States|GPE]], the [[Federal Reserve|ORG]] was "
        "expected to lower its own rates later on [[Thursday|D|2024-11-07]], after "
        "[[Donald Trump|PERSON]] won the [[U.S.|GPE|United States]] presidential election on "
        "[[Tuesday|D|2024-11-05]].\n\n"
        "[[Bailey|PERSON|Andrew Bailey]] told reporters that the [[Bank|ORG|Bank of England]] would "
        "watch the effect of the rise in employers' national insurance contributions, which takes "
        "effect in [[April|D|2025-04]]. [[Britain|GPE|United Kingdom]]'s economy grew just "
        "[[0.1%|percent|0.1|%]] in [[the three months to August|D|2024-06/2024-08]], the "
        "[[Office for National Statistics|ORG]] ([[ONS|ORG|Office for National Statistics]]) said "
        "[[last month|D|2024-10]]. [[Two-year|D|P2Y]] gilt yields rose "
        "[[5 basis points|percent|0.05|pp]] to [[4.46%|percent|4.46|%]].\n",
    ),
    (
        "own6-ho-02", "statistics", "2025-01-10", "2025-01-10",
        "[[OTTAWA|GPE|Ottawa]], [[Jan 10|D|2025-01-10]] ([[Reuters|ORG]]) - [[Canada|GPE]]'s economy "
        "added [[90,900|count|90900|job]] jobs in [[December|D|2024-12]], far above the "
        "[[25,000|count|25000|job]] that analysts had expected, and the unemployment rate fell to "
        "[[6.7%|percent|6.7|%]] from [[6.8%|percent|6.8|%]] in [[November|D|2024-11]], "
        "[[Statistics Canada|ORG]] said on [[Friday|D|2025-01-10]].\n\n"
        "It was the largest monthly gain since [[January 2023|D|2023-01]]. Full-time work rose by "
        "[[56,500|count|56500|position]] positions, while the public sector added "
        "[[33,000|count|33000|job]] jobs. Wages of permanent employees grew [[3.8%|percent|3.8|%]] in "
        "[[December|D|2024-12]] from [[a year earlier|D|2023-12]], slowing from [[4.1%|percent|4.1|%]] "
        "in [[November|D|2024-11]].\n\n"
        "[[Ontario|GPE]] led the gains with [[35,000|count|35000|job]] new jobs, followed by "
        "[[Alberta|GPE]] and [[British Columbia|GPE]], while [[Quebec|GPE]] shed "
        "[[about 3,500|count|3500|job]]. Employment in [[Newfoundland and Labrador|GPE]] was unchanged at "
        "[[about 245,000|count|245000|person]] people, "
        "and the jobless rate in [[Toronto|GPE]] held at [[8.9%|percent|8.9|%]].\n\n"
        "The figures ease pressure on the [[Bank of Canada|ORG]] to cut sharply at its next meeting "
        "on [[January 29|D|2025-01-29]]. The central bank has lowered its key rate by a total of "
        "[[175 basis points|percent|1.75|pp]] since [[June|D|2024-06]], to [[3.25%|percent|3.25|%]]. "
        "Governor [[Tiff Macklem|PERSON]] said [[last month|D|2024-12]] that further cuts would be "
        "more gradual. Traders now see a [[60%|percent|60|%]]-[[65%|percent|65|%]] chance of a "
        "[[25-basis-point|percent|0.25|pp]] move.\n\n"
        "The loonie firmed [[0.3%|percent|0.3|%]] against the greenback. Prime Minister "
        "[[Justin Trudeau|PERSON]], who announced on [[Monday|D|2025-01-06]] that he would resign once "
        "the [[Liberal Party|ORG|Liberal Party of Canada]] chooses a new leader, did not comment on the "
        "data. The [[Liberals|NORP|Liberal]] will name their leader on [[March 9|D|2025-03-09]].\n",
    ),
    (
        "own6-ho-03", "company-results", "2024-11-06", "2024-11-06",
        "[[TOKYO|GPE|Tokyo]], [[Nov 6|D|2024-11-06]] ([[Reuters|ORG]]) - [[Toyota Motor Corp|ORG|Toyota]] "
        "reported a [[20%|percent|20|%]] fall in quarterly operating profit on "
        "[[Wednesday|D|2024-11-06]], its [[first|ordinal|1]] drop in [[two years|D|P2Y]], as a "
        "certification scandal at home and weak sales in [[China|GPE]] hurt the world's biggest "
        "carmaker.\n\n"
        "Operating profit for [[the July-September quarter|D|2024-07/2024-09]] was "
        "[[1.16 trillion yen|money|1160000000000|JPY]] ([[$7.6 billion|money|7600000000|USD]]), down "
        "from [[1.44 trillion yen|money|1440000000000|JPY]] [[a year earlier|D|2023-07/2023-09]]. Revenue "
        "rose [[0.5%|percent|0.5|%]] to [[11.44 trillion yen|money|11440000000000|JPY]].\n\n"
        "[[Toyota|ORG]] kept its forecast of [[4.3 trillion yen|money|4300000000000|JPY]] in operating "
        "profit for [[the fiscal year ending March 2025|D|2024-04/2025-03]], below the "
        "[[4.6 trillion yen|money|4600000000000|JPY]] average of [[24|count|24|analyst]] analysts polled "
        "by [[LSEG|ORG|London Stock Exchange Group]]. Global vehicle sales, including its "
        "[[Lexus|ORG]] and [[Daihatsu|ORG]] brands, fell [[4%|percent|4|%]] to "
        "[[2.6 million|count|2600000|unit]] units in [[April-September|D|2024-04/2024-09]].\n\n"
        "Chief Financial Officer [[Yoichi Miyazaki|PERSON]] told reporters in [[Nagoya|GPE]] that the "
        "[[Japanese|NORP]] automaker expected sales in [[China|GPE]], where price wars with "
        "[[BYD|ORG|BYD Company]] and other local rivals have cut margins, to recover slowly. Production "
        "lines at plants in [[Toyota City|GPE|Toyota, Aichi]], [[Aichi|GPE|Aichi Prefecture]] "
        "prefecture, were halted for [[three days|D|P3D]] in [[July|D|2024-07]] after heavy rain.\n\n"
        "Shares in [[Toyota|ORG]] closed [[1.3%|percent|1.3|%]] higher before the results. "
        "[[Honda Motor Co|ORG|Honda]] and [[Nissan Motor Co|ORG|Nissan]] are due to report "
        "[[later this week|D|2024-W45]].\n",
    ),
    (
        "own6-ho-04", "deal", "2024-08-14", "2024-08-14",
        "[[Mars|ORG|Mars Inc.]] to buy [[Pringles|PRODUCT]] maker [[Kellanova|ORG]] for "
        "[[$35.9 billion|money|35900000000|USD]]\n\n"
        "[[NEW YORK|GPE|New York City]], [[Aug 14|D|2024-08-14]] ([[Reuters|ORG]]) - "
        "[[Mars Inc|ORG|Mars Inc.]] agreed on [[Wednesday|D|2024-08-14]] to buy [[Kellanova|ORG]] for "
        "[[$35.9 billion|money|35900000000|USD]] including debt, the biggest packaged-food deal in "
        "years, bringing brands such as [[Pringles|PRODUCT]] and [[Cheez-It|PRODUCT]] under the same "
        "roof as [[M&M's|PRODUCT]] and [[Snickers|PRODUCT]].\n\n"
        "The privately held [[U.S.|GPE|United States]] candy maker will pay "
        "[[$83.50|money|83.5|USD]] per share in cash, a [[44%|percent|44|%]] premium to "
        "[[Kellanova|ORG]]'s closing price on [[Aug. 2|D|2024-08-02]], before [[Reuters|ORG]] reported "
        "the talks. [[Kellanova|ORG]] shares rose [[7.8%|percent|7.8|%]] to [[$79.48|money|79.48|USD]] "
        "in early trading.\n\n"
        "[[Kellanova|ORG]], the former [[Kellogg Co|ORG|Kellanova]], which spun off its cereal "
        "business in [[North America|LOC]] [[last October|D|2023-10]], had sales of "
        "[[about $13 billion|money|13000000000|USD]] in [[2023|D|2023]] and employs "
        "[[roughly 23,000|count|23000|person]] people. Its chief executive, [[Steve Cahillane|PERSON]], "
        "will stay on until the deal closes, which the companies expect in "
        "[[the first half of 2025|D|2025-01/2025-06]], subject to approval by the "
        "[[Federal Trade Commission|ORG]] and the [[European Commission|ORG]].\n\n"
        "[[Mars|ORG|Mars Inc.]] Chief Executive [[Poul Weihrauch|PERSON]] said the combination would "
        "help the [[McLean|GPE|McLean, Virginia]], [[Virginia|GPE]]-based company grow in snacks. "
        "[[Mars|ORG|Mars Inc.]], founded in [[1911|D|1911]] by [[Frank C. Mars|PERSON]] in "
        "[[Tacoma|GPE|Tacoma, Washington]], [[Washington|GPE|Washington (state)]], has annual sales of "
        "[[more than $50 billion|money|50000000000|USD]]. The deal should add to earnings within "
        "[[two years|D|P2Y]], the company said.\n",
    ),
    (
        "own6-ho-05", "sports", "2024-12-01", "2024-12-01",
        "[[Liverpool|ORG|Liverpool F.C.]] beat [[Manchester City|ORG|Manchester City F.C.]] "
        "[[2|number|2]]-[[0|number|0]] to go [[nine|count|9|point]] points clear\n\n"
        "[[LIVERPOOL|GPE|Liverpool]], [[England|GPE]], [[Dec 1|D|2024-12-01]] ([[Reuters|ORG]]) - "
        "[[Liverpool|ORG|Liverpool F.C.]] beat champions [[Manchester City|ORG|Manchester City F.C.]] "
        "[[2|number|2]]-[[0|number|0]] in front of "
        "[[60,000|count|60000|fan]] fans at [[Anfield|FAC]] on [[Sunday|D|2024-12-01]] to open a "
        "[[nine|count|9|point]]-point lead at the top of the [[Premier League|ORG]], leaving "
        "[[Pep Guardiola|PERSON]]'s side [[11|count|11|point]] points behind and without a win in "
        "[[seven|count|7|match]] matches.\n\n"
        "[[Cody Gakpo|PERSON]] turned in [[Mohamed Salah|PERSON]]'s cross in the "
        "[[12th|ordinal|12]] minute, and [[Salah|PERSON|Mohamed Salah]] sealed the win with a penalty "
        "in the [[78th|ordinal|78]] minute after [[Josko Gvardiol|PERSON|Joško Gvardiol]] fouled "
        "[[Darwin Nunez|PERSON|Darwin Núñez]]. [[Arne Slot|PERSON]]'s side have won "
        "[[11|count|11|game]] of their [[13|count|13|game]] league games.\n\n"
        "[[City|ORG|Manchester City F.C.]], who lost [[4|number|4]]-[[0|number|0]] at home to "
        "[[Tottenham Hotspur|ORG|Tottenham Hotspur F.C.]] [[last weekend|D|2024-11-23/2024-11-24]], "
        "have not won since a [[1|number|1]]-[[0|number|0]] victory over "
        "[[Southampton|ORG|Southampton F.C.]] on [[Oct. 26|D|2024-10-26]]. "
        "[[Guardiola|PERSON|Pep Guardiola]], who signed a [[two-year|D|P2Y]] contract extension "
        "[[last month|D|2024-11]], said his team would \"keep going\".\n\n"
        "[[Liverpool|ORG|Liverpool F.C.]] visit [[Newcastle United|ORG|Newcastle United F.C.]] on "
        "[[Wednesday|D|2024-12-04]], while [[City|ORG|Manchester City F.C.]] host "
        "[[Nottingham Forest|ORG|Nottingham Forest F.C.]]. [[Arsenal|ORG|Arsenal F.C.]], in "
        "[[second|ordinal|2]] place on [[25|count|25|point]] points, beat "
        "[[West Ham United|ORG|West Ham United F.C.]] [[5|number|5]]-[[2|number|2]] in [[London|GPE]] "
        "on [[Saturday|D|2024-11-30]]. The [[Dutch|NORP]] coach [[Slot|PERSON|Arne Slot]] has lost "
        "only [[one|count|1|game]] league game since taking over from [[Juergen Klopp|PERSON|Jürgen Klopp]] in "
        "[[June|D|2024-06]].\n",
    ),
    (
        "own6-ho-06", "sports", "2024-11-25", "2024-11-25",
        "[[PERTH|GPE|Perth]], [[Nov 25|D|2024-11-25]] ([[Reuters|ORG]]) - [[India|GPE]] thrashed "
        "[[Australia|GPE]] by [[295|count|295|run]] runs in the [[first|ordinal|1]] test at the "
        "[[60,000|count|60000|seat]]-seat [[Perth Stadium|FAC]] on [[Monday|D|2024-11-25]], as stand-in captain "
        "[[Jasprit Bumrah|PERSON]] took [[eight|count|8|wicket]] wickets in the match to give the "
        "tourists a [[1|number|1]]-[[0|number|0]] lead in the [[five|count|5|match]]-match "
        "[[Border-Gavaskar Trophy|EVENT|Border–Gavaskar Trophy]].\n\n"
        "Set an improbable [[534|count|534|run]] to win, [[Australia|GPE]] were bowled out for "
        "[[238|count|238|run]] after lunch on the [[fourth|ordinal|4]] day. [[Travis Head|PERSON]] "
        "top-scored with [[89|count|89|run]] and [[Mitchell Marsh|PERSON]] made [[47|count|47|run]], "
        "but [[Bumrah|PERSON|Jasprit Bumrah]] and [[Mohammed Siraj|PERSON]] shared "
        "[[six|count|6|wicket]] wickets.\n\n"
        "[[Yashasvi Jaiswal|PERSON]] scored [[161|count|161|run]] and [[Virat Kohli|PERSON]] an "
        "unbeaten [[100|count|100|run]], his [[30th|ordinal|30]] test century, ending a lean run that "
        "dated back to [[July 2023|D|2023-07]], as [[India|GPE]] declared their [[second|ordinal|2]] "
        "innings on [[487|count|487|run]] for [[six|count|6|wicket]]. [[India|GPE]] had been dismissed "
        "for [[150|count|150|run]] on [[Friday|D|2024-11-22]], before [[Bumrah|PERSON|Jasprit Bumrah]]'s "
        "[[five|count|5|wicket]] for [[30|count|30|run]] skittled the hosts for [[104|count|104|run]].\n\n"
        "\"We have to get better quickly,\" [[Australian|NORP]] captain [[Pat Cummins|PERSON]] said. "
        "The [[second|ordinal|2]] test, a day-night match with a pink ball, starts in "
        "[[Adelaide|GPE]] on [[Dec. 6|D|2024-12-06]]. Captain [[Rohit Sharma|PERSON]], who missed the "
        "opener after the birth of his son, is expected to return, and the [[Indian|NORP]] squad flies "
        "to [[Canberra|GPE]] for a [[two-day|D|P2D]] warm-up game starting on "
        "[[Saturday|D|2024-11-30]].\n",
    ),
    (
        "own6-ho-07", "regional-wire", "2025-03-03", "2025-03-03",
        "[[NAIROBI|GPE|Nairobi]], [[March 3|D|2025-03-03]] ([[Reuters|ORG]]) - [[Kenya|GPE]] has asked "
        "the [[International Monetary Fund|ORG]] ([[IMF|ORG|International Monetary Fund]]) for a new "
        "lending programme after talks on the final review of its current "
        "[[$3.6 billion|money|3600000000|USD]] arrangement stalled, Treasury Cabinet Secretary "
        "[[John Mbadi|PERSON]] said on [[Monday|D|2025-03-03]].\n\n"
        "[[Mbadi|PERSON|John Mbadi]] told reporters in [[Nairobi|GPE]] that a "
        "[[Fund|ORG|International Monetary Fund]] mission would visit [[later this month|D|2025-03]]. "
        "The existing programme, agreed in [[April 2021|D|2021-04]] and expanded twice, expires "
        "[[next month|D|2025-04]].\n\n"
        "The shilling was steady at [[129.25|money|129.25|KES]] per dollar. Yields on [[Kenya|GPE]]'s "
        "dollar bonds rose [[40 basis points|percent|0.4|pp]] to [[10.2%|percent|10.2|%]] "
        "[[last week|D|2025-W09]], while the [[Central Bank of Kenya|ORG]] "
        "([[CBK|ORG|Central Bank of Kenya]]) cut its benchmark rate by "
        "[[50 basis points|percent|0.5|pp]] to [[10.75%|percent|10.75|%]] on [[Feb. 5|D|2025-02-05]], "
        "its [[fourth|ordinal|4]] cut since [[August|D|2024-08]].\n\n"
        "President [[William Ruto|PERSON]]'s government faces anger over taxes after deadly "
        "protests in [[June last year|D|2024-06]] forced it to drop a finance bill that sought to raise "
        "[[346 billion shillings|money|346000000000|KES]] ([[$2.7 billion|money|2700000000|USD]]). "
        "[[CBK|ORG|Central Bank of Kenya]] Governor [[Kamau Thugge|PERSON]] said inflation was "
        "[[3.5%|percent|3.5|%]] in [[February|D|2025-02]], inside the bank's "
        "[[2.5%|percent|2.5|%]]-[[7.5%|percent|7.5|%]] target range.\n\n"
        "[[Kenya|GPE]] also plans to raise [[150 million euros|money|150000000|EUR]] from a sale of "
        "bonds to [[Japanese|NORP]] investors, [[Mbadi|PERSON|John Mbadi]] said, and is in talks with "
        "the [[United Arab Emirates|GPE]] on a [[$1.5 billion|money|1500000000|USD]] loan. "
        "[[Kenyan|NORP]] lawmakers will debate the budget estimates for "
        "[[2025/26|D|2025-07/2026-06]] from [[April 8|D|2025-04-08]].\n",
    ),
    (
        "own6-ho-08", "disaster", "2024-11-01", "2024-11-01",
        "[[VALENCIA|GPE|Valencia]], [[Spain|GPE]], [[Nov 1|D|2024-11-01]] ([[Reuters|ORG]]) - "
        "[[At least 205|count|205|person]] people have died in flash floods in eastern "
        "[[Spain|GPE]], regional authorities said on [[Friday|D|2024-11-01]], as soldiers and "
        "volunteers dug through mud in towns south of [[Valencia|GPE]] in search of people missing "
        "since [[last Tuesday|D|2024-10-29]].\n\n"
        "Most of the dead were in the province of [[Valencia|GPE|Province of Valencia]], in "
        "[[Paiporta|GPE]], [[Catarroja|GPE]], [[Alfafar|GPE]] and other towns along the "
        "[[Poyo|LOC|Rambla del Poyo]] ravine, which burst its banks on [[Tuesday|D|2024-10-29]] after "
        "[[up to 490 millimetres|quantity|490|mm]] of rain fell upstream in [[Chiva|GPE]]. In "
        "[[Sedavi|GPE|Sedaví]], wrecked cars lay along a [[2-kilometre|quantity|2|km]] stretch of road.\n\n"
        "Prime Minister [[Pedro Sanchez|PERSON|Pedro Sánchez]], who visited the regional emergency "
        "centre in [[L'Eliana|GPE]] on [[Thursday|D|2024-10-31]], declared [[three days|D|P3D]] of "
        "national mourning and said the army would send [[500|count|500|soldier]] more soldiers, "
        "bringing the total to [[about 1,700|count|1700|soldier]]. The "
        "[[Military Emergencies Unit|ORG]] ([[UME|ORG|Military Emergencies Unit]]) has been deployed "
        "since [[Wednesday|D|2024-10-30]].\n\n"
        "The regional government of [[Carlos Mazon|PERSON|Carlos Mazón]] faced criticism for sending "
        "mobile phone alerts only after 8 p.m., when water was already flooding homes, although "
        "[[Spain|GPE]]'s state weather agency [[AEMET|ORG|State Meteorological Agency]] had issued a "
        "red warning hours earlier. The storm was the deadliest flood disaster in [[Spain|GPE]] since "
        "[[1973|D|1973]], when [[some 150|count|150|person]] people died in the southeast.\n\n"
        "King [[Felipe VI|PERSON]] and Queen [[Letizia|PERSON|Queen Letizia of Spain]] will visit "
        "[[Paiporta|GPE]] on [[Sunday|D|2024-11-03]]. [[European Commission|ORG]] President "
        "[[Ursula von der Leyen|PERSON]] said the [[EU|ORG|European Union]] was ready to help, and "
        "insurers put losses at [[more than €3.5 billion|money|3500000000|EUR]], with "
        "[[over 120,000|count|120000|vehicle]] vehicles damaged.\n",
    ),
    (
        "own6-ho-09", "disaster", "2024-09-19", "2024-09-19",
        "[[WROCLAW|GPE|Wrocław]], [[Poland|GPE]], [[Sept 19|D|2024-09-19]] ([[Reuters|ORG]]) - "
        "[[European Commission|ORG]] President [[Ursula von der Leyen|PERSON]] promised on "
        "[[Thursday|D|2024-09-19]] to make [[10 billion euros|money|10000000000|EUR]] available to "
        "countries hit by [[Storm Boris|EVENT]], as floodwaters that have killed "
        "[[at least 24|count|24|person]] people across central [[Europe|LOC]] moved north along the "
        "[[Oder River|LOC|Oder]] towards [[Wroclaw|GPE|Wrocław]] and [[Germany|GPE]].\n\n"
        "Speaking in [[Wroclaw|GPE|Wrocław]] alongside [[Polish|NORP]] Prime Minister "
        "[[Donald Tusk|PERSON]] and the leaders of the [[Czech Republic|GPE]], [[Austria|GPE]] and "
        "[[Slovakia|GPE]], [[von der Leyen|PERSON|Ursula von der Leyen]] said the money would come from "
        "the [[EU|ORG|European Union]]'s cohesion funds. The "
        "[[European Union Solidarity Fund|ORG]] could provide further aid later.\n\n"
        "In [[Poland|GPE]], the town of [[Nysa|GPE]] was evacuated on [[Monday|D|2024-09-16]] after an "
        "embankment on the [[Nysa Klodzka|LOC|Eastern Neisse]] river was breached, and the water in "
        "[[Klodzko|GPE|Kłodzko]] rose by [[more than 3 metres|quantity|3|m]] over "
        "[[the weekend|D|2024-09-14/2024-09-15]]. [[More than 300 millimetres|quantity|300|mm]] of rain fell on the "
        "[[Jeseniky|LOC|Jeseníky]] mountains in [[four days|D|P4D]]. The government declared a state "
        "of natural disaster in parts of [[three|count|3|province]] provinces for [[30 days|D|P30D]].\n\n"
        "[[Czech|NORP]] Prime Minister [[Petr Fiala|PERSON]] said damage in his country could reach "
        "tens of billions of crowns, and his cabinet approved an initial "
        "[[2 billion crowns|money|2000000000|CZK]] for repairs. In [[Opava|GPE]], where [[about 60%|percent|60|%]] of homes were "
        "flooded, the army delivered drinking water. [[Hungary|GPE]] expects the [[Danube|LOC]] to "
        "peak in [[Budapest|GPE]] at [[around 8.5 metres|quantity|8.5|m]] on [[Saturday|D|2024-09-21]], "
        "close to the [[2013|D|2013]] record of [[8.91 metres|quantity|8.91|m]]. In [[Austria|GPE]], "
        "[[Lower Austria|GPE]] province reported [[1,800|count|1800|home]] homes cut off on "
        "[[Sunday|D|2024-09-15]].\n",
    ),
    (
        "own6-ho-10", "product-expo", "2025-01-07", "2025-01-07",
        "[[LAS VEGAS|GPE|Las Vegas]], [[Jan 7|D|2025-01-07]] ([[Reuters|ORG]]) - [[Nvidia|ORG]] Chief "
        "Executive [[Jensen Huang|PERSON]] unveiled the company's new "
        "[[GeForce RTX 50|PRODUCT|GeForce 50 series]] graphics cards on [[Monday|D|2025-01-06]], opening "
        "the [[CES|EVENT]] technology show with a keynote to a crowd of "
        "[[about 12,000|count|12000|person]] people at the [[Michelob Ultra Arena|FAC]].\n\n"
        "The top-end [[RTX 5090|PRODUCT|GeForce RTX 5090]] will sell for [[$1,999|money|1999|USD]] when "
        "it goes on sale on [[Jan. 30|D|2025-01-30]], while the [[RTX 5070|PRODUCT|GeForce RTX 5070]] "
        "will cost [[$549|money|549|USD]], [[Huang|PERSON|Jensen Huang]] said, claiming it would match "
        "the previous-generation [[RTX 4090|PRODUCT|GeForce RTX 4090]], which launched at "
        "[[$1,599|money|1599|USD]] in [[October 2022|D|2022-10]].\n\n"
        "[[Huang|PERSON|Jensen Huang]] also introduced [[Project Digits|PRODUCT]], a "
        "[[$3,000|money|3000|USD]] desktop computer for AI researchers due in [[May|D|2025-05]]. "
        "[[Nvidia|ORG]] shares hit a record high of [[$149.43|money|149.43|USD]] on "
        "[[Monday|D|2025-01-06]] before the keynote, giving the [[Santa Clara|GPE|Santa Clara, California]], "
        "[[California|GPE]]-based company a market value of "
        "[[about $3.66 trillion|money|3660000000000|USD]].\n\n"
        "[[More than 4,500|count|4500|company]] companies are exhibiting at the [[four-day|D|P4D]] show, "
        "which runs until [[Friday|D|2025-01-10]] at the [[Las Vegas Convention Center|FAC]], "
        "according to the organiser, the [[Consumer Technology Association|ORG]] "
        "([[CTA|ORG|Consumer Technology Association]]). [[Samsung Electronics|ORG]] and "
        "[[LG Electronics|ORG]], both of [[South Korea|GPE]], showed new televisions on "
        "[[Sunday|D|2025-01-05]], and [[Sony Honda Mobility|ORG]] said its [[Afeela 1|PRODUCT]] "
        "electric sedan would cost [[$89,900|money|89900|USD]] in [[California|GPE]], with deliveries "
        "from [[mid-2026|D|2026]].\n",
    ),
    (
        "own6-ho-11", "summit", "2024-11-24", "2024-11-24",
        "[[BAKU|GPE|Baku]], [[Nov 24|D|2024-11-24]] ([[Reuters|ORG]]) - "
        "[[Nearly 200|count|200|country]] countries at the "
        "[[COP29|EVENT|2024 United Nations Climate Change Conference]] climate summit in "
        "[[Baku|GPE]] agreed early on [[Sunday|D|2024-11-24]] that rich nations should provide "
        "[[at least $300 billion|money|300000000000|USD]] a year by [[2035|D|2035]] to help developing "
        "countries cope with climate change, a deal that poorer nations called far too small.\n\n"
        "The target, which replaces a [[$100 billion|money|100000000000|USD]] annual goal set in "
        "[[2009|D|2009]] that expires [[next year|D|2025]], was approved after the [[two-week|D|P2W]] "
        "summit ran more than 30 hours past its scheduled close on [[Friday|D|2024-11-22]]. Developing "
        "countries had asked for [[$1.3 trillion|money|1300000000000|USD]], a figure the final text "
        "sets as a goal for all public and private sources.\n\n"
        "[[India|GPE]]'s negotiator [[Chandni Raina|PERSON]] called the sum \"abysmally poor\", and the "
        "chair of the [[Alliance of Small Island States|ORG]] ([[AOSIS|ORG|Alliance of Small Island States]]), "
        "[[Samoa|GPE]]'s [[Cedric Schuster|PERSON]], said the group's concerns had been ignored. "
        "[[UN|ORG|United Nations]] climate chief [[Simon Stiell|PERSON]] called the deal \"an insurance "
        "policy for humanity\".\n\n"
        "[[COP29|EVENT|2024 United Nations Climate Change Conference]] President "
        "[[Mukhtar Babayev|PERSON]], [[Azerbaijan|GPE]]'s ecology minister, said the talks had been the "
        "hardest in years. [[European Union|ORG]] climate commissioner [[Wopke Hoekstra|PERSON]] said "
        "the [[EU|ORG|European Union]] would keep leading. [[U.S.|GPE|United States]] President "
        "[[Joe Biden|PERSON]] welcomed the deal, although President-elect [[Donald Trump|PERSON]], who "
        "takes office on [[Jan. 20|D|2025-01-20]], has pledged to pull the [[United States|GPE]] out of "
        "the [[Paris Agreement|LAW]] again. [[Next year|D|2025]]'s summit, "
        "[[COP30|EVENT|2025 United Nations Climate Change Conference]], will be held in "
        "[[Belem|GPE|Belém]], [[Brazil|GPE]], in [[November|D|2025-11]].\n",
    ),
    (
        "own6-ho-12", "court-law", "2025-01-17", "2025-01-17",
        "[[WASHINGTON|GPE|Washington, D.C.]], [[Jan 17|D|2025-01-17]] ([[Reuters|ORG]]) - The "
        "[[U.S.|GPE|United States]] [[Supreme Court|ORG|Supreme Court of the United States]] on "
        "[[Friday|D|2025-01-17]] unanimously upheld a law that bans [[TikTok|ORG]] on national "
        "security grounds unless its [[Chinese|NORP]] parent [[ByteDance|ORG]] sells the short-video "
        "app by [[Sunday|D|2025-01-19]], dealing a blow to a platform used by "
        "[[about 170 million|count|170000000|American]] [[Americans|NORP|American]].\n\n"
        "In a [[9|number|9]]-[[0|number|0]] decision, the justices said the "
        "[[Protecting Americans from Foreign Adversary Controlled Applications Act|LAW]], which "
        "[[Congress|ORG|United States Congress]] passed with bipartisan support in "
        "[[April|D|2024-04]], did not violate the "
        "[[First Amendment|LAW|First Amendment to the United States Constitution]].\n\n"
        "\"[[Congress|ORG|United States Congress]] has determined that divestiture is necessary to "
        "address its well-supported national security concerns regarding [[TikTok|ORG]]'s data "
        "collection practices,\" the [[Court|ORG|Supreme Court of the United States]] said in an "
        "unsigned opinion.\n\n"
        "President [[Joe Biden|PERSON]], who leaves office on [[Monday|D|2025-01-20]], will not enforce "
        "the ban, an administration official said, leaving the decision to President-elect "
        "[[Donald Trump|PERSON]]. [[Trump|PERSON|Donald Trump]], who had asked the "
        "[[Court|ORG|Supreme Court of the United States]] in [[December|D|2024-12]] to pause the law, "
        "said he would decide \"in the not too distant future\". [[TikTok|ORG]] Chief Executive "
        "[[Shou Zi Chew|PERSON]] is expected to attend [[Trump|PERSON|Donald Trump]]'s inauguration.\n\n"
        "The company has said the app would \"go dark\" for [[U.S.|GPE|United States]] users on "
        "[[Sunday|D|2025-01-19]]. [[Apple|ORG|Apple Inc.]] and [[Google|ORG]] could face fines of "
        "[[up to $5,000|money|5000|USD]] per user if they kept distributing it. The rival app "
        "[[Xiaohongshu|ORG]], owned by a [[Shanghai|GPE]]-based company, has drawn "
        "[[more than 700,000|count|700000|user]] new users [[this week|D|2025-W03]].\n",
    ),
    (
        "own6-ho-13", "defence", "2024-08-13", "2024-08-13",
        "[[WARSAW|GPE|Warsaw]], [[Aug 13|D|2024-08-13]] ([[Reuters|ORG]]) - [[Poland|GPE]] signed a "
        "deal worth [[nearly $10 billion|money|10000000000|USD]] on [[Tuesday|D|2024-08-13]] to buy "
        "[[96|count|96|helicopter]] [[AH-64E Apache|PRODUCT|Boeing AH-64 Apache]] helicopters from the "
        "[[United States|GPE]], the largest order of its kind outside [[America|GPE|United States]] "
        "and the centrepiece of a drive to spend [[4.1%|percent|4.1|%]] of national output on defence "
        "[[this year|D|2024]].\n\n"
        "Defence Minister [[Wladyslaw Kosiniak-Kamysz|PERSON|Władysław Kosiniak-Kamysz]] said the "
        "[[10-tonne|quantity|10|t]] helicopters, built by [[Boeing|ORG]] in [[Mesa|GPE|Mesa, Arizona]], [[Arizona|GPE]], would "
        "carry [[Lockheed Martin|ORG]]'s [[AGM-114R Hellfire|PRODUCT|AGM-114 Hellfire]] and "
        "[[AGM-179 JAGM|PRODUCT|Joint Air-to-Ground Missile]] missiles. [[Eight|count|8|helicopter]] "
        "helicopters leased from the [[U.S. Army|ORG|United States Army]] are due in "
        "[[the first quarter of next year|D|2025-01/2025-03]] for training, with deliveries of the new "
        "aircraft starting in [[2028|D|2028]].\n\n"
        "The [[U.S.|GPE|United States]] [[Defense Security Cooperation Agency|ORG]] "
        "([[DSCA|ORG|Defense Security Cooperation Agency]]) approved the possible sale "
        "[[last August|D|2023-08]] at [[about $12 billion|money|12000000000|USD]]. The contract also "
        "covers training, spare parts and [[1,844|count|1844|missile]] missiles, the ministry said.\n\n"
        "[[Poland|GPE]], which borders [[Ukraine|GPE]], [[Belarus|GPE]] and [[Russia|GPE]]'s "
        "[[Kaliningrad|GPE|Kaliningrad Oblast]] region, has also ordered [[250|count|250|tank]] "
        "[[M1A2 Abrams|PRODUCT|M1 Abrams]] tanks and [[486|count|486|launcher]] "
        "[[HIMARS|PRODUCT|M142 HIMARS]] launchers from the [[U.S.|GPE|United States]], and "
        "[[nearly 1,000|count|1000|tank]] [[K2|PRODUCT|K2 Black Panther]] tanks from "
        "[[South Korea|GPE]]'s [[Hyundai Rotem|ORG]]. \"This strengthens our security for decades,\" "
        "[[Kosiniak-Kamysz|PERSON|Władysław Kosiniak-Kamysz]] said. The [[NATO|ORG]] member expects "
        "its crews to finish training by [[2026|D|2026]].\n",
    ),
    (
        "own6-ho-14", "humanitarian", "2024-12-24", "2024-12-24",
        "[[GENEVA|GPE|Geneva]], [[Dec 24|D|2024-12-24]] ([[Reuters|ORG]]) - Famine has spread to "
        "[[five|count|5|area]] areas of [[Sudan|GPE]], including the [[Zamzam|FAC|Zamzam camp]] camp "
        "for displaced people near [[El Fasher|GPE]] in [[North Darfur|GPE]], and could reach "
        "[[five|count|5|area]] more by [[May|D|2025-05]], a global hunger monitor said on "
        "[[Tuesday|D|2024-12-24]].\n\n"
        "The [[Integrated Food Security Phase Classification|ORG]] "
        "([[IPC|ORG|Integrated Food Security Phase Classification]]) said "
        "[[24.6 million|count|24600000|person]] people, about half of [[Sudan|GPE]]'s population, face "
        "acute hunger until [[May|D|2025-05]]. Fighting between the [[Sudanese|NORP]] army and the "
        "paramilitary [[Rapid Support Forces|ORG]] ([[RSF|ORG|Rapid Support Forces]]) since "
        "[[April 2023|D|2023-04]] has uprooted [[more than 12 million|count|12000000|person]] people.\n\n"
        "The [[UN|ORG|United Nations]]'s new relief chief, [[Tom Fletcher|PERSON]], who visited "
        "[[Port Sudan|GPE]] [[last month|D|2024-11]], said aid convoys needed safe passage across "
        "front lines. The [[World Food Programme|ORG]] ([[WFP|ORG|World Food Programme]]) said it had "
        "reached [[2.5 million|count|2500000|person]] people in [[November|D|2024-11]], up from "
        "[[1 million|count|1000000|person]] in [[August|D|2024-08]], mainly by trucks carrying "
        "[[up to 2,000 tonnes|quantity|2000|t]] of food a week through the "
        "[[Adre|GPE|Adré]] border crossing from [[Chad|GPE]], which the army-backed government agreed "
        "to keep open for [[three months|D|P3M]].\n\n"
        "[[UNICEF|ORG]] said [[3.7 million|count|3700000|child]] children were acutely "
        "malnourished. The [[2024|D|2024]] appeal for [[Sudan|GPE]] of "
        "[[$2.7 billion|money|2700000000|USD]] was only [[57%|percent|57|%]] funded, the "
        "[[Office for the Coordination of Humanitarian Affairs|ORG|United Nations Office for the Coordination of Humanitarian Affairs]] said, and the [[UN|ORG|United Nations]] "
        "is seeking [[$4.2 billion|money|4200000000|USD]] for the country in [[2025|D|2025]]. "
        "[[Egypt|GPE]] and [[South Sudan|GPE]] host [[over 1.5 million|count|1500000|refugee]] "
        "refugees from the war, now in its [[21st|ordinal|21]] month.\n",
    ),
]

# ---------------------------------------------------------------------------------------------
# Date cases: family -> [(reference_date, marked text)]
# ---------------------------------------------------------------------------------------------
DATE_CASES: dict[str, list[tuple[str, str]]] = {
    "composition": [
        # Easter 2025 = 20 April; future clause -> the coming Easter.
        ("2025-03-10", "Ceasefire talks in Doha will resume [two weeks after Easter|2025-05-04], the mediators said."),
        # Past clause: the most recent Christmas before the reference date.
        ("2024-06-15", "The textile mill shut [three days before Christmas|2023-12-22] and never reopened."),
        # Labor Day 2025 = 1 September.
        ("2025-08-20", "Ballots will be counted [the day after Labor Day|2025-09-02], the county clerk said."),
        ("2024-10-01", "The fund will publish its review on [the second Tuesday of November|2024-11-12]."),
        # Thanksgiving 2025 = 27 November.
        ("2025-02-14", "The ministry said the tender would close [a week before Thanksgiving|2025-11-20]."),
        # An anchored offset with its dated anchor is one span (README).
        ("2024-05-20", "Inspectors returned to the site [ten days after the May 3 blast|2024-05-13]."),
        # "the <weekday> after next" = the coming one plus a week (README dev4 reading).
        ("2026-01-12", "The new tram line opens [the Monday after next|2026-01-26], the city said."),
    ],
    "range": [
        ("2025-04-01", "The exhibition runs from [June 12 to Aug. 30|2025-06-12/2025-08-30] at the city museum."),
        ("2024-12-15", "Roadworks will close the bridge [Dec. 28-Jan. 4|2024-12-28/2025-01-04]."),
        ("2025-05-10", "The dockers' strike lasted from [Monday to Thursday|2025-05-05/2025-05-08], the port authority said."),
        ("2024-03-01", "The survey covered households interviewed between [1998 and 2003|1998/2003]."),
        ("2025-10-14", "Registration for the marathon is open [20-24 October|2025-10-20/2025-10-24]."),
    ],
    "weekday-past": [
        ("2024-09-12", "The transport minister resigned on [Tuesday|2024-09-10] after a damning audit."),
        ("2025-02-03", "Thousands of protesters gathered outside parliament on [Saturday|2025-02-01]."),
        ("2024-07-05", "Shares of the insurer slumped [last Wednesday|2024-07-03] after a profit warning."),
        ("2025-06-18", "Police said the suspect was arrested [Sunday|2025-06-15] in a hotel near the airport."),
        ("2024-11-29", "[Thursday|2024-11-28]'s vote in the regional assembly was delayed by fog."),
    ],
    "weekday-future": [
        ("2024-09-12", "The budget committee will meet again on [Tuesday|2024-09-17]."),
        ("2025-02-03", "Full results of the audit are due [Friday|2025-02-07], officials said."),
        ("2024-07-05", "The talks are scheduled to resume [next Wednesday|2024-07-10] in Geneva."),
        ("2025-06-18", "The ministry said it would announce the winning bid on [Monday|2025-06-23]."),
        ("2025-01-09", "Polling stations open at 7 a.m. on [Saturday|2025-01-11]."),
    ],
    "fiscal": [
        ("2025-02-01", "The Pentagon asked Congress for $850 billion for [fiscal 2026|2025-10-01/2026-09-30]."),
        ("2024-06-01", "India's economy grew 8.2% in [2023-24|2023-04/2024-03], the statistics ministry said."),
        ("2025-03-20", "The UK Treasury expects borrowing to fall in [2025/26|2025-04/2026-03]."),
        ("2024-10-15", "The federal deficit reached $1.8 trillion in [FY2024|2023-10-01/2024-09-30], the U.S. Treasury said."),
        ("2025-05-10", "The Japanese electronics group expects profit to rise in [the year to March 2026|2025-04/2026-03]."),
    ],
    "season": [
        ("2025-02-10", "The renovated stadium will reopen in [summer 2026|2026-06/2026-08]."),
        ("2024-11-05", "Wheat harvests were poor after a dry [spring|2024-03/2024-05], farmers said."),
        ("2025-01-15", "The battery plant is expected to open [next autumn|2025-09/2025-11]."),
        ("2024-08-01", "Heating bills rose sharply in [the winter of 2022-23|2022-12/2023-02]."),
        ("2025-04-01", "The company plans to list its shares in New York [this fall|2025-09/2025-11]."),
    ],
    "decade": [
        ("2024-05-01", "Coffee prices last reached this level in [the 1970s|1970/1979]."),
        ("2025-03-03", "The dam was built in [the early 1960s|1960/1969] with Soviet help."),
        ("2024-09-09", "The retailer expanded rapidly in [the 2010s|2010/2019] before debts piled up."),
        ("2025-07-07", "Steel output has not been this low since [the mid-1980s|1980/1989]."),
    ],
    "words": [
        ("2024-02-02", "The border treaty was signed in [nineteen ninety-two|1992]."),
        ("2025-06-06", "The cooperative was founded in [two thousand and eight|2008] by coffee growers."),
        ("2025-01-10", "The general election is set for [the fifteenth of March|2025-03-15]."),
        ("2024-08-20", "Fans still talk about [the summer of '98|1998-06/1998-08], when the club won the double."),
    ],
    "duration": [
        ("2024-04-04", "The concession runs for [25 years|P25Y] and can be extended once."),
        ("2025-09-15", "The bridge was closed for [18 months|P18M] after the collapse."),
        ("2024-12-12", "Parts of the region have been in drought for [more than a decade|P10Y]."),
        ("2025-02-25", "He served [two years|P2Y] of a [seven-year|P7Y] sentence before his release."),
        ("2025-03-30", "The [90-day|P90D] truce expires [next month|2025-04]."),
    ],
    "tense": [
        ("2025-02-20", "Consumer prices rose 2% in [November|2024-11], the bureau said."),
        ("2025-02-20", "The central bank will next set rates in [April|2025-04]."),
        ("2024-10-08", "The law, passed in [December|2023-12], takes effect in [January|2025-01]."),
        ("2025-06-30", "The firm said it had repaid the bridge loan on [June 2|2025-06-02]."),
        ("2025-06-30", "The presidential run-off is scheduled for [Oct. 12|2025-10-12]."),
    ],
    "period": [
        # A quarter without a year takes the reference date's year (ANNOTATION.md).
        ("2025-08-14", "The chipmaker posted a loss for [the second quarter|2025-04/2025-06]."),
        ("2024-05-02", "[Last month|2024-04], exports of rice fell by a third."),
        ("2025-11-20", "Sales in [the first nine months of the year|2025-01/2025-09] rose 4%."),
        ("2024-03-12", "The benchmark index has gained 3% [this week|2024-W11]."),
        ("2025-07-15", "Retail sales in [June|2025-06] rose 1.1% from [a year earlier|2024-06]."),
    ],
    "negative": [
        ("2024-06-10", "Staff at Tuesday Morning stores were told of the closures by email."),
        ("2025-03-14", "The bill passed after a debate lasting 11 hours."),
        ("2024-10-21", "The farmers' market opens every Saturday from 8 a.m."),
        ("2025-05-19", "Inflation figures are published on the first business day of each month."),
        ("2025-09-08", "The 88th day of the siege brought no relief to the town."),
    ],
}

# ---------------------------------------------------------------------------------------------
# Figure cases: family -> [marked text]
# ---------------------------------------------------------------------------------------------
FIGURE_CASES: dict[str, list[str]] = {
    "currency": [
        "The club paid [€45 million|money|45000000|EUR] for the striker.",
        "The state approved [Rs 2,500 crore|money|25000000000|INR] for the metro extension.",
        "Bus fares in Hong Kong rose to [HK$12.5|money|12.5|HKD].",
        "South Africa's competition regulator imposed a fine of [R1.2 billion|money|1200000000|ZAR].",
        "The miner agreed a deal worth [A$3.1bn|money|3100000000|AUD].",
        "Kenya's Treasury raised [KSh 40 billion|money|40000000000|KES] in the bond auction.",
        "The bank set aside [SEK 900m|money|900000000|SEK] for bonuses.",
        "The court fined the shipbuilder [12 billion won|money|12000000000|KRW].",
    ],
    "scale": [
        "India has [1.4bn|count|1400000000|person] people.",
        "The app now has [3.2m|count|3200000|user] monthly users.",
        "Quarterly revenue rose to [$12.7 billion|money|12700000000|USD].",
        "Merchandise exports reached [₹3.5 lakh crore|money|3500000000000|INR] in the half.",
    ],
    "words": [
        "[Seventeen|count|17|miner] miners were brought to the surface alive.",
        "The bill passed with [two hundred and twelve|count|212|vote] votes in favour.",
        "The lottery winner took home [one and a half million pounds|money|1500000|GBP].",
        "The carmaker will cut [a quarter of a million|count|250000|job] jobs worldwide.",
        "[twenty-one thousand|number|21000]",
        "The storm destroyed [a dozen|count|12|house] houses on the island.",
    ],
    "fractions": [
        "The bank raised its main rate to [5¼%|percent|5.25|%].",
        "The river rose [2 1/2 feet|quantity|2.5|ft] overnight.",
        "Inflation edged up [three-quarters of a percent|percent|0.75|%] in May.",
        "The Fed cut rates by [1/4 percentage point|percent|0.25|pp].",
        "[four and a half|number|4.5]",
    ],
    "percent": [
        "Inflation eased to [2.4 per cent|percent|2.4|%] in March.",
        "Turnout rose [3 percentage points|percent|3|pp] to [61%|percent|61|%].",
        "The central bank raised rates by [50 basis points|percent|0.5|pp].",
        "Support for the plan fell to [thirty-eight percent|percent|38|%].",
        "Margins narrowed by [0.4 pp|percent|0.4|pp] in the quarter.",
        "Industrial output grew [1.2 pct|percent|1.2|%] from April.",
    ],
    "units": [
        "The new tunnel is [7.5 km|quantity|7.5|km] long.",
        "Gusts of [130 km/h|quantity|130|km/h] tore roofs off homes.",
        "The ship unloaded [1,200 tonnes|quantity|1200|t] of grain.",
        "Temperatures reached [42 degrees Celsius|quantity|42|°C] in Seville.",
        "The wildfire burned [3,000 hectares|quantity|3000|ha] of forest.",
        "Surfers rode [12-metre|quantity|12|m] waves off Nazaré.",
    ],
    "range": [
        "Economists expect growth of [3|percent|3|%] to [4%|percent|4|%] next year.",
        "The refit will cost between [$2|money|2000000000|USD] and [$3 billion|money|3000000000|USD].",
        "[20|count|20|person]-[25|count|25|person] people were hurt in the crush.",
        "Forecasters expect [5|quantity|5|cm] to [10 cm|quantity|10|cm] of snow.",
        "Tickets will cost from [£40|money|40|GBP] to [£60|money|60|GBP].",
    ],
    "comparator": [
        "[More than 1,300|count|1300|person] people were evacuated.",
        "The project has cost [nearly €2 billion|money|2000000000|EUR] so far.",
        "[Fewer than 50|count|50|patient] patients remain in the hospital.",
        "The storm could bring [up to 40 mm|quantity|40|mm] of rain.",
        "Wages must rise by [at least 6%|percent|6|%], the union said.",
    ],
    "tally": [
        "The committee voted [7|number|7]-[2|number|2] to hold rates.",
        "Celtic won [3|number|3]-[1|number|1] at Ibrox.",
        "The Senate passed the measure [52|number|52] to [48|number|48].",
        "She won [6|number|6]-[4|number|4], [7|number|7]-[5|number|5] in the final.",
    ],
    "ordinal": [
        "Prices fell for the [fifth|ordinal|5] straight month.",
        "Fire broke out on the [23rd|ordinal|23] floor of the tower.",
        "The city marked the [hundredth|ordinal|100] anniversary of the bridge.",
        "It was the bank's [third|ordinal|3] cut this year.",
    ],
    "signed": [
        "Net fund flows were [-€1.2 billion|money|-1200000000|EUR] in the quarter.",
        "Output growth came in at [-0.3%|percent|-0.3|%].",
        "Temperatures dropped to [minus 15 degrees Celsius|quantity|-15|°C] overnight.",
    ],
    "negative": [
        "Thousands of workers joined the strike.",
        "Two in five adults say they cannot save.",
        "The Boeing 737 MAX 9 was grounded after the incident.",
        "Under Section 230 of the act, platforms are shielded from liability.",
    ],
}


if __name__ == "__main__":
    build_set(
        "own6",
        "own6-briefs-heldout",
        BRIEFS,
        DATE_CASES,
        FIGURE_CASES,
        source_briefs=SOURCE_BRIEFS,
        source_cases=SOURCE_CASES,
    )

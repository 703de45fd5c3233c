"""Write eval/own-entities-dev4.jsonl and eval/own-entities-dev4-check.jsonl (FORMAT.md,
entities only): a fourth entities dev set and its own check set, for entity *types* and names.

Kinds of text where types go wrong: 1996 Reuters wire (sports round-ups with players and clubs,
result lines, scoreboards, tennis and athletics result lists, motor racing, markets, politics
with ALL-CAPS datelines), company news with lists of firms and legal forms, court and regulator
stories with defined acronyms and back-references, a transcript with speaker labels. Written for
briefx by hand; the people, clubs and institutions are real, the scores, figures, dates and
quotations are invented. Annotated by ``shared/eval/ANNOTATION.md`` and the judgement calls of
``eval/README.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. This script turns the marks into offsets
and checks every span (``text[start:end] == text``, in order, no overlap, known type).
The CHECK cases go to the check file: scored only at the start and at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev4.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev4.jsonl"
OUT_CHECK = HERE / "own-entities-dev4-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 4, issue 13); wire, company and regulator copy with "
    "real people, clubs and institutions; invented scores, figures and details; MIT."
)

CASES = [
    (
        "own-ent4-01",
        "1996-09-21",
        "SOCCER - [[SHEARER|PERSON|Alan Shearer]] DOUBLE GIVES "
        "[[NEWCASTLE|ORG|Newcastle United F.C.]] WIN AT [[WIMBLEDON|ORG|Wimbledon F.C.]].\n"
        "[[LONDON|GPE|London]] 1996-09-21\n"
        "[[Alan Shearer|PERSON]] scored twice as [[Newcastle|ORG|Newcastle United F.C.]] won 2-1 "
        "at [[Wimbledon|ORG|Wimbledon F.C.]] on Saturday to go top of the [[English|NORP]] "
        "premier league.\n"
        "[[Shearer|PERSON|Alan Shearer]], bought from [[Blackburn|ORG|Blackburn Rovers F.C.]] "
        "for a record 15 million pounds in the close season, headed in after 12 minutes and added "
        "a second from a [[Les Ferdinand|PERSON]] pass before [[Efan Ekoku|PERSON]] pulled one "
        "back.\n"
        "\"We deserved it, but we made hard work of it,\" [[Newcastle|ORG|Newcastle United F.C.]] "
        "manager [[Kevin Keegan|PERSON]] said.\n"
        "Champions [[Manchester United|ORG|Manchester United F.C.]] were held 0-0 by "
        "[[Aston Villa|ORG|Aston Villa F.C.]] at [[Villa Park|FAC]], where "
        "[[Mark Bosnich|PERSON]] saved a penalty from [[Eric Cantona|PERSON]]. "
        "[[Ferguson|PERSON|Alex Ferguson]] said [[Cantona|PERSON|Eric Cantona]] had been unlucky.\n",
    ),
    (
        "own-ent4-02",
        "1996-09-21",
        "SOCCER - [[ENGLISH|NORP]] LEAGUE RESULTS.\n"
        "[[LONDON|GPE|London]] 1996-09-21\n"
        "Results of [[English|NORP]] league matches on Saturday:\n"
        "Premier league\n"
        "[[Arsenal|ORG|Arsenal F.C.]] 2 [[Sunderland|ORG|Sunderland A.F.C.]] 0\n"
        "[[Chelsea|ORG|Chelsea F.C.]] 1 [[Middlesbrough|ORG|Middlesbrough F.C.]] 0\n"
        "[[Coventry|ORG|Coventry City F.C.]] 1 [[Leeds|ORG|Leeds United F.C.]] 2\n"
        "[[Derby|ORG|Derby County F.C.]] 1 [[Sheffield Wednesday|ORG|Sheffield Wednesday F.C.]] 1\n"
        "[[Everton|ORG|Everton F.C.]] 1 [[Southampton|ORG|Southampton F.C.]] 0\n"
        "[[Nottingham Forest|ORG|Nottingham Forest F.C.]] 0 [[West Ham|ORG|West Ham United F.C.]] 2\n"
        "Division one\n"
        "[[Bolton|ORG|Bolton Wanderers F.C.]] 3 [[Norwich|ORG|Norwich City F.C.]] 1\n"
        "[[Ipswich|ORG|Ipswich Town F.C.]] 0 [[Oxford|ORG|Oxford United F.C.]] 2\n"
        "[[Stoke|ORG|Stoke City F.C.]] 2 [[Wolverhampton|ORG|Wolverhampton Wanderers F.C.]] 1\n"
        "Scorers: [[Arsenal|ORG|Arsenal F.C.]] - [[Ian Wright|PERSON]] 2. "
        "[[Leeds|ORG|Leeds United F.C.]] - [[Lee Sharpe|PERSON]], [[Ian Rush|PERSON]]. "
        "[[Coventry|ORG|Coventry City F.C.]] - [[Dion Dublin|PERSON]].\n",
    ),
    (
        "own-ent4-03",
        "1996-08-30",
        "TENNIS - RESULTS AT THE [[U.S. OPEN|EVENT|US Open (tennis)]].\n"
        "[[NEW YORK|GPE|New York City]] 1996-08-30\n"
        "Results of second-round matches at the [[U.S. Open|EVENT|US Open (tennis)]] on Friday "
        "(prefix number denotes seeding):\n"
        "Men's singles\n"
        "1 - [[Pete Sampras|PERSON]] ([[U.S.|GPE|United States]]) beat "
        "[[Jimy Szymanski|PERSON]] ([[Venezuela|GPE]]) 6-2 6-4 6-1\n"
        "4 - [[Goran Ivanisevic|PERSON|Goran Ivanišević]] ([[Croatia|GPE]]) beat "
        "[[Hicham Arazi|PERSON]] ([[Morocco|GPE]]) 6-3 7-6 6-2\n"
        "[[Cedric Pioline|PERSON|Cédric Pioline]] ([[France|GPE]]) beat "
        "[[Jonas Bjorkman|PERSON|Jonas Björkman]] ([[Sweden|GPE]]) 7-5 6-4 6-7 6-3\n"
        "Women's singles\n"
        "1 - [[Steffi Graf|PERSON]] ([[Germany|GPE]]) beat [[Yayuk Basuki|PERSON]] "
        "([[Indonesia|GPE]]) 6-3 6-1\n"
        "[[Amanda Coetzer|PERSON]] ([[South Africa|GPE]]) beat "
        "[[Sabine Appelmans|PERSON]] ([[Belgium|GPE]]) 6-4 4-6 6-2\n",
    ),
    (
        "own-ent4-04",
        "1996-08-25",
        "MOTOR RACING - [[SCHUMACHER|PERSON|Michael Schumacher]] WINS "
        "[[BELGIAN GRAND PRIX|EVENT|Belgian Grand Prix]].\n"
        "[[SPA|GPE|Spa, Belgium]], [[Belgium|GPE]] 1996-08-25\n"
        "[[Michael Schumacher|PERSON]] gave [[Ferrari|ORG|Scuderia Ferrari]] their second win of "
        "the season in the [[Belgian Grand Prix|EVENT]] on Sunday, beating the "
        "[[Williams|ORG|Williams Racing]] of [[Jacques Villeneuve|PERSON]] by five seconds.\n"
        "[[Damon Hill|PERSON]], who started from the front row, finished fifth and leads "
        "[[Villeneuve|PERSON|Jacques Villeneuve]] by 13 points in the drivers' championship.\n"
        "Leading positions:\n"
        "1. [[Michael Schumacher|PERSON]] ([[Germany|GPE]]) [[Ferrari|ORG|Scuderia Ferrari]]\n"
        "2. [[Jacques Villeneuve|PERSON]] ([[Canada|GPE]]) [[Williams|ORG|Williams Racing]]\n"
        "3. [[Mika Hakkinen|PERSON|Mika Häkkinen]] ([[Finland|GPE]]) [[McLaren|ORG]]\n"
        "4. [[Jean Alesi|PERSON]] ([[France|GPE]]) [[Benetton|ORG|Benetton Formula]]\n",
    ),
    (
        "own-ent4-05",
        "1996-08-28",
        "[[German|NORP]] shares close firmer after [[Bundesbank|ORG|Deutsche Bundesbank]] holds "
        "rates.\n"
        "[[FRANKFURT|GPE|Frankfurt]] 1996-08-28\n"
        "[[German|NORP]] shares ended firmer on Wednesday after the "
        "[[Bundesbank|ORG|Deutsche Bundesbank]] left its key rates unchanged, with "
        "[[Daimler-Benz AG|ORG|Daimler-Benz]] and [[Siemens AG|ORG|Siemens]] leading the gains.\n"
        "[[Deutsche Bank|ORG]] rose 1.10 marks and [[Dresdner Bank AG|ORG|Dresdner Bank]] added "
        "0.60 marks, while chemicals group [[Hoechst AG|ORG]] slipped after a broker cut its "
        "profit forecast.\n"
        "[[Bundesbank|ORG|Deutsche Bundesbank]] President [[Hans Tietmeyer|PERSON]] told "
        "reporters the council saw no reason to act. Dealers said [[Volkswagen|ORG]] and "
        "[[Bayer|ORG]] could gain further if the dollar held above 1.48 marks.\n",
    ),
    (
        "own-ent4-06",
        "1996-08-29",
        "[[JERUSALEM|GPE|Jerusalem]] 1996-08-29\n"
        "[[Israeli|NORP]] Prime Minister [[Benjamin Netanyahu|PERSON]] said on Thursday he "
        "was ready to meet [[Palestinian|NORP]] President [[Yasser Arafat|PERSON]] once security "
        "talks on [[Hebron|GPE]] were complete.\n"
        "The [[Palestine Liberation Organisation|ORG|Palestine Liberation Organization]] "
        "([[PLO|ORG|Palestine Liberation Organization]]) called a general strike in protest at "
        "new building in [[Jerusalem|GPE]]. A [[PLO|ORG|Palestine Liberation Organization]] "
        "official, [[Nabil Shaath|PERSON]], said [[Arafat|PERSON|Yasser Arafat]] would not wait "
        "for ever.\n"
        "Foreign Minister [[David Levy|PERSON]] flew to [[Cairo|GPE]] for talks with "
        "[[Egyptian|NORP]] President [[Hosni Mubarak|PERSON]], an [[Israeli|NORP]] official "
        "said. [[Netanyahu|PERSON|Benjamin Netanyahu]] has promised to keep [[Jerusalem|GPE]] "
        "under [[Israeli|NORP]] rule.\n",
    ),
    (
        "own-ent4-07",
        "2026-03-02",
        "[[AMSTERDAM|GPE|Amsterdam]], March 2 - Consumer goods makers "
        "[[Unilever N.V.|ORG|Unilever]], [[Nestle S.A.|ORG|Nestlé]], "
        "[[Reckitt Benckiser Group plc|ORG|Reckitt]] and "
        "[[Henkel AG & Co. KGaA|ORG|Henkel]] will report quarterly sales this month, with "
        "analysts expecting price rises to slow.\n"
        "[[Euronext N.V.|ORG|Euronext]] said the following companies join its "
        "[[Amsterdam|GPE]] benchmark on Monday:\n"
        "• [[Ahold Delhaize N.V.|ORG|Ahold Delhaize]]\n"
        "• [[Prosus N.V.|ORG|Prosus]]\n"
        "• [[Koninklijke Philips N.V.|ORG|Philips]]\n"
        "[[Reckitt|ORG]] chief executive [[Kris Licht|PERSON]] said in February the company "
        "would sell its [[Essential Home|ORG]] unit, and [[Henkel|ORG]] has said it expects "
        "stronger demand in [[North America|LOC]].\n",
    ),
    (
        "own-ent4-08",
        "2026-02-10",
        "[[LONDON|GPE|London]], Feb 10 - The [[Competition and Markets Authority|ORG]] "
        "([[CMA|ORG|Competition and Markets Authority]]) said on Tuesday it had opened an "
        "investigation into the sale of veterinary medicines by "
        "[[IVC Evidensia|ORG]] and [[CVS Group plc|ORG|CVS Group]].\n"
        "The [[Authority|ORG|Competition and Markets Authority]] will decide by June whether to "
        "refer the case for a full inquiry, chief executive [[Sarah Cardell|PERSON]] said.\n"
        "The [[CMA|ORG|Competition and Markets Authority]] works alongside the "
        "[[Financial Conduct Authority|ORG]] and [[Ofcom|ORG]] in the "
        "[[Digital Regulation Cooperation Forum|ORG]]. [[CVS Group|ORG]] said it would "
        "co-operate fully, and its shares fell 4 percent in [[London|GPE]].\n",
    ),
    (
        "own-ent4-09",
        "2026-01-22",
        "[[NEW YORK|GPE|New York City]], Jan 22 - The [[U.S.|GPE|United States]] "
        "[[Securities and Exchange Commission|ORG|U.S. Securities and Exchange Commission]] "
        "([[SEC|ORG|U.S. Securities and Exchange Commission]]) sued a former trader at "
        "[[Jefferies Financial Group Inc.|ORG|Jefferies Financial Group]] on Thursday, accusing him of "
        "hiding losses from clients.\n"
        "The [[SEC|ORG|U.S. Securities and Exchange Commission]] complaint, filed in the "
        "[[U.S. District Court for the Southern District of New York|ORG|United States District Court for the Southern District of New York]], "
        "seeks a fine and a ban. [[Jefferies|ORG|Jefferies Financial Group]] said it had reported the "
        "matter to the [[Commission|ORG|U.S. Securities and Exchange Commission]] itself.\n"
        "[[Manhattan|GPE]] [[U.S.|GPE|United States]] Attorney [[Jay Clayton|PERSON]], a former "
        "[[SEC|ORG|U.S. Securities and Exchange Commission]] chairman, declined to comment.\n",
    ),
    (
        "own-ent4-10",
        "2026-01-29",
        "Press conference, [[European Central Bank|ORG]], [[Frankfurt|GPE]]\n"
        "MS [[LAGARDE|PERSON|Christine Lagarde]]: Good afternoon. Today we decided to keep "
        "the three key interest rates unchanged.\n"
        "QUESTION ([[Reuters|ORG]]): Did you discuss the euro's rise "
        "against the dollar?\n"
        "MS [[LAGARDE|PERSON|Christine Lagarde]]: We discussed it. I will ask "
        "[[Philip Lane|PERSON|Philip R. Lane]] to say more.\n"
        "MR [[LANE|PERSON|Philip R. Lane]]: The exchange rate matters for inflation in the "
        "[[euro area|LOC|Eurozone]], and our projections take it into account.\n"
        "QUESTION ([[Financial Times|ORG]]): Are you worried about tariffs from "
        "[[Washington|GPE|Washington, D.C.]]?\n"
        "MS [[LAGARDE|PERSON|Christine Lagarde]]: [[Europe|LOC]] must stand together.\n",
    ),
    (
        "own-ent4-11",
        "1996-08-14",
        "ATHLETICS - [[JOHNSON|PERSON|Michael Johnson]] WINS 200 METRES IN "
        "[[ZURICH|GPE|Zürich]].\n"
        "[[ZURICH|GPE|Zürich]] 1996-08-14\n"
        "[[Michael Johnson|PERSON]] of the [[United States|GPE]] won the 200 metres at the "
        "[[Weltklasse|EVENT|Weltklasse Zürich]] meeting on Wednesday in 19.80 seconds, with "
        "[[Namibia|GPE]]'s [[Frankie Fredericks|PERSON]] second.\n"
        "Results:\n"
        "200 metres: 1. [[Michael Johnson|PERSON]] ([[U.S.|GPE|United States]]) 19.80 "
        "2. [[Frankie Fredericks|PERSON]] ([[Namibia|GPE]]) 19.92 "
        "3. [[Ato Boldon|PERSON]] ([[Trinidad|GPE|Trinidad and Tobago]]) 20.06\n"
        "1,500 metres: 1. [[Noureddine Morceli|PERSON]] ([[Algeria|GPE]]) 3:30.21 "
        "2. [[Hicham El Guerrouj|PERSON]] ([[Morocco|GPE]]) 3:30.98 "
        "3. [[Venuste Niyongabo|PERSON|Vénuste Niyongabo]] ([[Burundi|GPE]]) 3:32.40\n",
    ),
    (
        "own-ent4-12",
        "1996-08-24",
        "CRICKET - [[ENGLAND|GPE|England]] V [[PAKISTAN|GPE|Pakistan]] THIRD TEST SCOREBOARD.\n"
        "[[LONDON|GPE|London]] 1996-08-24\n"
        "Scoreboard on the third day of the third test between [[England|GPE]] and "
        "[[Pakistan|GPE]] at [[The Oval|FAC]] on Saturday:\n"
        "[[England|GPE]] first innings 326 ([[John Crawley|PERSON]] 106, "
        "[[Alec Stewart|PERSON]] 44; [[Waqar Younis|PERSON]] 4-83)\n"
        "[[Pakistan|GPE]] first innings\n"
        "[[Saeed Anwar|PERSON]] c [[Croft|PERSON|Robert Croft]] b [[Mullally|PERSON|Alan Mullally]] "
        "176\n"
        "[[Aamir Sohail|PERSON]] c [[Cork|PERSON|Dominic Cork]] b "
        "[[Croft|PERSON|Robert Croft]] 46\n"
        "[[Ijaz Ahmed|PERSON]] b [[Mullally|PERSON|Alan Mullally]] 61\n"
        "[[Inzamam-ul-Haq|PERSON]] not out 35\n",
    ),
]

CHECK = [
    (
        "own-ent4-c1",
        "1996-09-08",
        "SOCCER - [[JUVENTUS|ORG|Juventus FC]] BEAT [[MILAN|ORG|AC Milan]] IN [[ITALIAN|NORP]] "
        "SUPERCUP.\n"
        "[[ROME|GPE|Rome]] 1996-09-08\n"
        "[[Alessandro Del Piero|PERSON]] scored the only goal as [[Juventus|ORG|Juventus FC]] beat "
        "[[AC Milan|ORG]] 1-0 on Sunday, a week before the start of the [[Serie A|ORG]] season.\n"
        "[[Milan|ORG|AC Milan]] striker [[George Weah|PERSON]] hit the post twice and "
        "[[Roberto Baggio|PERSON]] came on for the last 20 minutes.\n"
        "[[Juventus|ORG|Juventus FC]] coach [[Marcello Lippi|PERSON]] said [[Del Piero|PERSON|Alessandro Del Piero]] "
        "was ready for the [[Champions League|EVENT|UEFA Champions League]]. "
        "[[Inter|ORG|Inter Milan]] play [[Parma|ORG|Parma Calcio 1913]] next weekend.\n",
    ),
    (
        "own-ent4-c2",
        "2026-02-18",
        "[[ATLANTA|GPE|Atlanta]], Feb 18 - [[The Coca-Cola Company|ORG]] said on Wednesday its "
        "bottlers would raise prices in [[Mexico|GPE]] and [[Brazil|GPE]], following "
        "[[PepsiCo Inc.|ORG|PepsiCo]] and [[Keurig Dr Pepper Inc.|ORG|Keurig Dr Pepper]].\n"
        "Its largest bottlers are:\n"
        "- [[Coca-Cola FEMSA S.A.B. de C.V.|ORG|Coca-Cola FEMSA]]\n"
        "- [[Coca-Cola HBC AG|ORG|Coca-Cola HBC]]\n"
        "- [[Coca-Cola Europacific Partners plc|ORG|Coca-Cola Europacific Partners]]\n"
        "Chief executive [[James Quincey|PERSON]] said [[Coca-Cola|ORG|The Coca-Cola Company]] "
        "had kept volumes steady in [[Latin America|LOC]].\n",
    ),
    (
        "own-ent4-c3",
        "2026-03-05",
        "[[SYDNEY|GPE|Sydney]], March 5 - The "
        "[[Australian Competition and Consumer Commission|ORG]] "
        "([[ACCC|ORG|Australian Competition and Consumer Commission]]) has taken "
        "[[Qantas Airways Ltd|ORG|Qantas]] to the [[Federal Court|ORG|Federal Court of Australia]] "
        "over refunds for cancelled flights.\n"
        "[[ACCC|ORG|Australian Competition and Consumer Commission]] chair "
        "[[Gina Cass-Gottlieb|PERSON]] said the [[Commission|ORG|Australian Competition and Consumer Commission]] "
        "would seek penalties. [[Qantas|ORG]] said it would defend the case, and its budget arm "
        "[[Jetstar|ORG]] was not named.\n"
        "[[Virgin Australia|ORG]] settled a similar case in [[Brisbane|GPE]] last year.\n",
    ),
    (
        "own-ent4-c4",
        "1996-08-22",
        "[[MOSCOW|GPE|Moscow]] 1996-08-22\n"
        "[[Russian|NORP]] security chief [[Alexander Lebed|PERSON]] said on Thursday he had "
        "agreed a ceasefire with rebel leaders in [[Chechnya|GPE]], and [[Russian|NORP]] troops "
        "would begin to leave [[Grozny|GPE]] within days.\n"
        "President [[Boris Yeltsin|PERSON]], who has not been seen in public for weeks, backed "
        "the deal in a statement, the [[Kremlin|ORG|Moscow Kremlin]] said. Rebel chief of staff "
        "[[Aslan Maskhadov|PERSON]] signed for the separatists.\n"
        "[[Lebed|PERSON|Alexander Lebed]] told [[Interfax|ORG]] news agency: \"The war is "
        "over.\"\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

"""Held-out set 73 (blind): marked texts of briefs 08-14 and their statements (see
``build_own73_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own73-ho-08", "libya-noc-crude-output-record", "2025-06-10", "2025-06-10",
        "[[NATIONAL OIL CORPORATION|ORG|National Oil Corporation]]\n"
        "[[Tripoli|GPE]] – [[Tuesday, 10 June 2025|D|2025-06-10]]\n\n"
        "CRUDE OUTPUT REACHES [[1.4 MILLION BARRELS|quantity|1400000|bbl]] A DAY, HIGHEST IN "
        "[[12 YEARS|D|P12Y]]\n\n"
        "[[Libya|GPE]]’s crude oil production reached [[1,412,300 barrels|quantity|1412300|bbl]] a day on "
        "[[Monday|D|2025-06-09]], the highest level since [[2013|D|2013]], the [[National Oil Corporation|ORG]] "
        "([[NOC|ORG|National Oil Corporation]]) announced [[today|D|2025-06-10]]. Condensate output added "
        "[[52,000 barrels|quantity|52000|bbl]] a day, and gas production averaged "
        "[[2.4 billion cubic feet|quantity|2400000000|ft3]] a day.\n\n"
        "Output by operator\n"
        "• [[Waha Oil Company|ORG]]: [[310,000 barrels|quantity|310000|bbl]] a day\n"
        "• [[Arabian Gulf Oil Company|ORG]]: [[295,000 barrels|quantity|295000|bbl]] a day\n"
        "• [[Mellitah Oil & Gas|ORG]]: [[160,000 barrels|quantity|160000|bbl]] a day\n\n"
        "Acting Chairman [[Masoud Suleman|PERSON]] said the increase came from pipeline repairs and the return of "
        "fields that had been shut by protests [[last year|D|2024]]. “Our target is "
        "[[1.6 million barrels|quantity|1600000|bbl]] a day within [[two years|D|P2Y]] and "
        "[[2 million barrels|quantity|2000000|bbl]] by [[2030|D|2030]],” he said.\n\n"
        "Prime Minister [[Abdul Hamid Dbeibah|PERSON]] urged all parties to keep oil facilities out of political "
        "disputes.\n\n"
        "According to the [[Central Bank of Libya|ORG]], oil and gas revenue in "
        "[[the first five months of 2025|D|2025-01/2025-05]] reached [[LD 37.9 billion|money|37900000000|LYD]], "
        "[[about US$6.9 billion|money|6900000000|USD]].\n\n"
        "[[Eni|ORG]] said it would start production from its offshore Structures A&E gas project in "
        "[[2026|D|2026]] and supply part of the gas to [[Italy|GPE]].\n\n"
        "Notes to editors\n"
        "• The [[NOC|ORG|National Oil Corporation]] was founded in [[1970|D|1970]] and is [[Libya|GPE]]’s state oil "
        "company.\n"
        "• [[Libya|GPE]] holds [[Africa|LOC]]’s largest proven oil reserves, ahead of [[Nigeria|GPE]] and "
        "[[Algeria|GPE]]. It is a member of [[OPEC|ORG]] but is exempt from the group’s output cuts.",
        [
            ("National Oil Corporation", "announce", "Libya’s crude oil production reached 1,412,300 barrels a day on "
             "Monday, the highest level since 2013", False),
            ("Masoud Suleman", "say", "the increase came from pipeline repairs and the return of fields that had been "
             "shut by protests last year", False),
            ("Masoud Suleman", "say", "Our target is 1.6 million barrels a day within two years and 2 million barrels "
             "by 2030", True),
            ("Abdul Hamid Dbeibah", "urge", "all parties to keep oil facilities out of political disputes", False),
            ("Central Bank of Libya", "according to", "oil and gas revenue in the first five months of 2025 reached "
             "LD 37.9 billion, about US$6.9 billion", False),
            ("Eni", "say", "it would start production from its offshore Structures A&E gas project in 2026 and supply "
             "part of the gas to Italy", False),
        ],
    ),
    (
        "own73-ho-09", "wikinews-guillaume-grand-duke-of-luxembourg", "2025-10-03", "2025-10-03",
        "[[Guillaume|PERSON|Guillaume, Grand Duke of Luxembourg]] becomes Grand Duke of [[Luxembourg|GPE]] as "
        "[[Henri|PERSON|Henri, Grand Duke of Luxembourg]] abdicates\n\n"
        "[[Friday, October 3, 2025|D|2025-10-03]]\n\n"
        "[[Guillaume|PERSON|Guillaume, Grand Duke of Luxembourg]] took the constitutional oath before the "
        "[[Chamber of Deputies|ORG|Chamber of Deputies (Luxembourg)]] in [[Luxembourg City|GPE]] "
        "[[today|D|2025-10-03]], becoming Grand Duke about an hour after his father, "
        "[[Henri|PERSON|Henri, Grand Duke of Luxembourg]], signed an act of abdication at the "
        "[[Grand Ducal Palace|FAC|Grand Ducal Palace, Luxembourg]]. [[Henri|PERSON|Henri, Grand Duke of Luxembourg]] "
        "had reigned for [[25 years|D|P25Y]], since [[October 2000|D|2000-10]].\n\n"
        "[[Guillaume|PERSON|Guillaume, Grand Duke of Luxembourg]], who had acted as lieutenant-representative since "
        "[[October 2024|D|2024-10]], told deputies that he would serve “all the people who live and work in "
        "[[Luxembourg|GPE]]” without distinction of origin. Almost half of the country’s "
        "[[roughly 680,000|count|680000|resident]] residents are foreign nationals.\n\n"
        "Prime Minister [[Luc Frieden|PERSON]] thanked [[Henri|PERSON|Henri, Grand Duke of Luxembourg]] for his "
        "service. “Continuity is the strength of our monarchy,” [[Frieden|PERSON|Luc Frieden]] said. "
        "[[Chamber|ORG|Chamber of Deputies (Luxembourg)]] President [[Claude Wiseler|PERSON]] called on deputies to "
        "support the new head of state.\n\n"
        "Members of the [[Belgian|NORP]] and [[Dutch|NORP]] royal families attended the ceremony, and "
        "[[French|NORP]] President [[Emmanuel Macron|PERSON]] joined the guests at a gala dinner in the evening. "
        "[[Guillaume|PERSON|Guillaume, Grand Duke of Luxembourg]]’s wife, Grand Duchess "
        "[[Stéphanie|PERSON|Stéphanie, Grand Duchess of Luxembourg]], was born in [[Ronse|GPE]], "
        "[[Belgium|GPE]].\n\n"
        "Their son [[Charles|PERSON|Prince Charles of Luxembourg]], born in [[May 2020|D|2020-05]], is now heir to "
        "the throne.\n\n"
        "The new Grand Duke will tour [[four|count|4|town]] towns, including [[Wiltz|GPE]] and "
        "[[Dudelange|GPE]], on [[Saturday|D|2025-10-04]], and a Te Deum will be held at "
        "[[Notre-Dame Cathedral|FAC|Notre-Dame Cathedral, Luxembourg]] on [[Sunday|D|2025-10-05]].",
        [
            ("Guillaume, Grand Duke of Luxembourg", "tell", "he would serve “all the people who live and work in "
             "Luxembourg” without distinction of origin", False),
            ("Luc Frieden", "say", "Continuity is the strength of our monarchy", True),
            ("Claude Wiseler", "call on", "deputies to support the new head of state", False),
        ],
    ),
    (
        "own73-ho-10", "wikinews-vietnam-provinces-merger", "2025-07-01", "2025-07-01",
        "[[Vietnam|GPE]] cuts number of provinces to [[34|count|34|province]] in local government overhaul\n\n"
        "[[Tuesday, July 1, 2025|D|2025-07-01]]\n\n"
        "[[Vietnam|GPE]]’s new administrative map of [[34|count|34|province]] provinces and centrally run cities "
        "took effect [[today|D|2025-07-01]], replacing the [[63|count|63|province]] that had existed since "
        "[[2008|D|2008]]. The district level of government was abolished at the same time.\n\n"
        "The [[National Assembly|ORG|National Assembly (Vietnam)]] approved the merger on [[June 12|D|2025-06-12]], "
        "[[three months|D|P3M]] after the [[Communist Party of Vietnam|ORG]] first proposed it. The number of "
        "commune-level units fell from [[10,035|count|10035|unit]] to [[3,321|count|3321|unit]].\n\n"
        "[[Ho Chi Minh City|GPE]] absorbed [[Binh Duong|GPE|Bình Dương province]] and "
        "[[Ba Ria–Vung Tau|GPE|Bà Rịa–Vũng Tàu province]], becoming a metropolis of "
        "[[about 14 million|count|14000000|person]] people, while [[Hanoi|GPE]] and [[Hue|GPE|Huế]] kept their "
        "boundaries.\n\n"
        "[[Party|ORG|Communist Party of Vietnam]] General Secretary [[To Lam|PERSON|Tô Lâm]] said the reform would "
        "bring government “closer to the people” and free money for investment. Prime Minister "
        "[[Pham Minh Chinh|PERSON|Phạm Minh Chính]] told officials in [[Hanoi|GPE]] on [[Monday|D|2025-06-30]] "
        "that the overhaul would save [[about VND 190 trillion|money|190000000000000|VND]], or "
        "[[US$7.3 billion|money|7300000000|USD]], over [[five years|D|P5Y]].\n\n"
        "[[Around 100,000|count|100000|civil servant]] civil servants are expected to leave public service by "
        "[[December|D|2025-12]] under a separate staffing cut.\n\n"
        "Some residents complained that they now face journeys of "
        "[[more than 100 kilometres|quantity|100|km]] to reach their new provincial capital. By comparison, "
        "neighbouring [[Thailand|GPE]] has [[76|count|76|province]] provinces plus the capital, "
        "[[Bangkok|GPE]].\n\n"
        "The [[first|ordinal|1]] elections to the new provincial councils are due in [[2026|D|2026]].",
        [
            ("Tô Lâm", "say", "the reform would bring government “closer to the people” and free money for "
             "investment", False),
            ("Phạm Minh Chính", "tell", "the overhaul would save about VND 190 trillion, or US$7.3 billion, over five "
             "years", False),
        ],
    ),
    (
        "own73-ho-11", "wikinews-arevalo-sworn-in-guatemala", "2024-01-15", "2024-01-15",
        "[[Bernardo Arévalo|PERSON]] sworn in as President of [[Guatemala|GPE]] after nine-hour delay\n\n"
        "[[Monday, January 15, 2024|D|2024-01-15]]\n\n"
        "[[Bernardo Arévalo|PERSON]] was sworn in as President of [[Guatemala|GPE]] shortly after midnight "
        "[[today|D|2024-01-15]], more than nine hours late, after opposition deputies in "
        "[[Congress|ORG|Congress of Guatemala]] held up the ceremony in a dispute over the seating of lawmakers "
        "from his [[Semilla|ORG|Movimiento Semilla]] party. [[Karin Herrera|PERSON]] took the oath as vice "
        "president.\n\n"
        "The ceremony had been due to start on [[Sunday|D|2024-01-14]] afternoon. During the delay the "
        "[[Organization of American States|ORG]] ([[OAS|ORG|Organization of American States]]) urged "
        "[[Congress|ORG|Congress of Guatemala]] to respect the will of the people. Outgoing president "
        "[[Alejandro Giammattei|PERSON]] did not attend.\n\n"
        "“Never again will we allow our institutions to be used against the will of the people,” "
        "[[Arévalo|PERSON|Bernardo Arévalo]] said in his inaugural speech, and he pledged to fight corruption.\n\n"
        "[[Arévalo|PERSON|Bernardo Arévalo]], the son of [[Juan José Arévalo|PERSON]], who was president "
        "[[from 1945 to 1951|D|1945/1951]], won the runoff on [[August 20, 2023|D|2023-08-20]], with "
        "[[about 61%|percent|61|%]] of the vote against [[Sandra Torres|PERSON]]. Since then, the "
        "[[Public Ministry|ORG|Public Ministry (Guatemala)]] under Attorney General [[Consuelo Porras|PERSON]] has "
        "tried to suspend [[Semilla|ORG|Movimiento Semilla]] and has raided the offices of the electoral "
        "tribunal.\n\n"
        "Among the foreign guests were [[Honduran|NORP]] President [[Xiomara Castro|PERSON]], King "
        "[[Felipe VI|PERSON]] of [[Spain|GPE]] and [[Mexico|GPE]]’s foreign minister, [[Alicia Bárcena|PERSON]]. "
        "The ceremony was held at the [[Miguel Ángel Asturias Cultural Centre|FAC|Miguel Ángel Asturias Cultural "
        "Center]] in [[Guatemala City|GPE]].\n\n"
        "[[Arévalo|PERSON|Bernardo Arévalo]] takes office for a [[four-year|D|P4Y]] term with only "
        "[[23|count|23|seat]] of the [[160|count|160|seat]] seats in [[Congress|ORG|Congress of Guatemala]].",
        [
            ("Organization of American States", "urge", "Congress to respect the will of the people", False),
            ("Bernardo Arévalo", "say", "Never again will we allow our institutions to be used against the will of "
             "the people", True),
            ("Bernardo Arévalo", "pledge", "fight corruption", False),
        ],
    ),
    (
        "own73-ho-12", "reuters-1996-valletta-sant-sworn-in", "1996-10-28", "1996-10-28",
        "[[SANT|PERSON|Alfred Sant]] SWORN IN AS [[MALTA|GPE|Malta]] PRIME MINISTER AFTER "
        "[[LABOUR|ORG|Labour Party (Malta)]] WIN.\n\n"
        "[[VALLETTA|GPE|Valletta]] [[1996-10-28|D|1996-10-28]]\n\n"
        "[[Labour Party|ORG|Labour Party (Malta)]] leader [[Alfred Sant|PERSON]] was sworn in as "
        "[[Malta|GPE]]'s prime minister on [[Monday|D|1996-10-28]] after his party won [[Saturday|D|1996-10-26]]'s "
        "general election, ending [[nine years|D|P9Y]] of [[Nationalist|NORP]] rule.\n\n"
        "[[Labour|ORG|Labour Party (Malta)]] took [[50.7 percent|percent|50.7|%]] of first-preference votes against "
        "[[47.8 percent|percent|47.8|%]] for [[Eddie Fenech Adami|PERSON]]'s "
        "[[Nationalist Party|ORG|Nationalist Party (Malta)]], the electoral commission said on "
        "[[Sunday|D|1996-10-27]]. Turnout was [[97 percent|percent|97|%]].\n\n"
        "The [[Nationalists|NORP|Nationalist]] won [[34|count|34|seat]] seats to "
        "[[Labour|ORG|Labour Party (Malta)]]'s [[31|count|31|seat]] in the [[65|count|65|seat]]-seat "
        "[[House of Representatives|ORG|House of Representatives of Malta]], but under a [[1987|D|1987]] "
        "constitutional amendment the party with a majority of votes receives extra seats, giving "
        "[[Labour|ORG|Labour Party (Malta)]] a [[one|count|1|seat]]-seat majority.\n\n"
        "[[Sant|PERSON|Alfred Sant]], an economist, has pledged to freeze [[Malta|GPE]]'s application to join the "
        "[[European Union|ORG]] and to scrap value added tax, introduced in [[1995|D|1995]].\n\n"
        "\"[[Malta|GPE]] will stay neutral and a good friend of [[Europe|LOC]],\" [[Sant|PERSON|Alfred Sant]] told "
        "reporters at the presidential palace.\n\n"
        "[[Fenech Adami|PERSON|Eddie Fenech Adami]] conceded defeat on [[Sunday|D|1996-10-27]] and said the "
        "[[Nationalists|NORP|Nationalist]] would be a strong opposition.\n\n"
        "In [[Brussels|GPE]], the [[European Commission|ORG]] said it would wait for the new government's position "
        "before the membership talks planned for [[1997|D|1997]].\n\n"
        "The [[Maltese|NORP]] lira was steady at [[2.7930 dollars|money|2.793|USD]]. Shares in "
        "[[Bank of Valletta|ORG]] fell [[two percent|percent|2|%]] on the [[Malta Stock Exchange|ORG]].\n\n"
        "[[Italian|NORP]] Prime Minister [[Romano Prodi|PERSON]] telephoned [[Sant|PERSON|Alfred Sant]] to "
        "congratulate him.\n\n"
        "-- [[Rome|GPE]] Newsroom +39 6 678 2501",
        [
            ("Alfred Sant", "pledge", "freeze Malta's application to join the European Union and to scrap value added "
             "tax, introduced in 1995", False),
            ("Alfred Sant", "tell", "Malta will stay neutral and a good friend of Europe", True),
            ("Eddie Fenech Adami", "say", "the Nationalists would be a strong opposition", False),
            ("European Commission", "say", "it would wait for the new government's position before the membership "
             "talks planned for 1997", False),
        ],
    ),
    (
        "own73-ho-13", "reuters-1996-suzuka-japanese-grand-prix", "1996-10-13", "1996-10-13",
        "MOTOR RACING - [[HILL|PERSON|Damon Hill]] WINS [[JAPANESE GRAND PRIX|EVENT|1996 Japanese Grand Prix]] AND "
        "WORLD TITLE.\n\n"
        "[[SUZUKA|GPE|Suzuka, Mie]], [[Japan|GPE]] [[1996-10-13|D|1996-10-13]]\n\n"
        "[[Britain|GPE|United Kingdom]]'s [[Damon Hill|PERSON]] won the "
        "[[Japanese Grand Prix|EVENT|1996 Japanese Grand Prix]] on [[Sunday|D|1996-10-13]] to clinch the world "
        "drivers' championship, becoming the [[first|ordinal|1]] son of a world champion to take the title.\n\n"
        "His [[Williams|ORG|Williams Racing]] team mate [[Jacques Villeneuve|PERSON]] of [[Canada|GPE]], who had "
        "to win to keep his hopes alive, lost a rear wheel and crashed out on the [[37th|ordinal|37]] lap.\n\n"
        "\"I have waited a long time for this, and to do it for the team and for my family is fantastic,\" "
        "[[Hill|PERSON|Damon Hill]] told reporters.\n\n"
        "[[Hill|PERSON|Damon Hill]], whose father [[Graham|PERSON|Graham Hill]] won the title in [[1962|D|1962]] "
        "and [[1968|D|1968]], won [[eight|count|8|race]] of the [[16|count|16|race]] races [[this year|D|1996]] "
        "and will drive for [[Arrows|ORG|Arrows Grand Prix International]] [[next year|D|1997]].\n\n"
        "Results of the [[Japanese Grand Prix|EVENT|1996 Japanese Grand Prix]] ([[52|count|52|lap]] laps of "
        "the [[5.864-km|quantity|5.864|km]] [[Suzuka|FAC|Suzuka International Racing Course]] circuit):\n\n"
        "1. [[Damon Hill|PERSON]] ([[Britain|GPE|United Kingdom]]) [[Williams|ORG|Williams Racing]] 1 hour 32 "
        "minutes 33.791 seconds\n"
        "2. [[Michael Schumacher|PERSON]] ([[Germany|GPE]]) [[Ferrari|ORG|Scuderia Ferrari]] 1.883 seconds behind\n"
        "3. [[Mika Hakkinen|PERSON|Mika Häkkinen]] ([[Finland|GPE]]) [[McLaren|ORG]] 3.212\n"
        "4. [[Gerhard Berger|PERSON]] ([[Austria|GPE]]) [[Benetton|ORG|Benetton Formula]] 26.526\n"
        "5. [[Martin Brundle|PERSON]] ([[Britain|GPE|United Kingdom]]) [[Jordan|ORG|Jordan Grand Prix]] 1:07.120\n"
        "6. [[Heinz-Harald Frentzen|PERSON]] ([[Germany|GPE]]) [[Sauber|ORG|Sauber Motorsport]] 1:21.186\n\n"
        "Final world championship standings (after [[16|count|16|race]] races):\n\n"
        "Drivers: 1. [[Hill|PERSON|Damon Hill]] [[97|count|97|point]] points 2. "
        "[[Villeneuve|PERSON|Jacques Villeneuve]] [[78|count|78|point]] 3. "
        "[[Schumacher|PERSON|Michael Schumacher]] [[59|count|59|point]] 4. [[Jean Alesi|PERSON]] "
        "([[France|GPE]]) [[47|count|47|point]] 5. [[Hakkinen|PERSON|Mika Häkkinen]] [[31|count|31|point]] 6. "
        "[[Berger|PERSON|Gerhard Berger]] [[21|count|21|point]]\n\n"
        "Constructors: 1. [[Williams|ORG|Williams Racing]] [[175|count|175|point]] points 2. "
        "[[Ferrari|ORG|Scuderia Ferrari]] [[70|count|70|point]] 3. [[Benetton|ORG|Benetton Formula]] "
        "[[68|count|68|point]] 4. [[McLaren|ORG]] [[49|count|49|point]]",
        [
            ("Damon Hill", "tell", "I have waited a long time for this, and to do it for the team and for my family "
             "is fantastic", True),
        ],
    ),
    (
        "own73-ho-14", "reuters-1996-algiers-constitutional-referendum", "1996-11-29", "1996-11-29",
        "[[ALGERIANS|NORP|Algerian]] BACK [[ZEROUAL|PERSON|Liamine Zeroual]]'S NEW CONSTITUTION.\n\n"
        "[[ALGIERS|GPE|Algiers]] [[1996-11-29|D|1996-11-29]]\n\n"
        "[[Algerian|NORP]] voters approved a new constitution that bans political parties based on religion or "
        "language, official results showed on [[Friday|D|1996-11-29]].\n\n"
        "Interior Minister [[Mostefa Benmansour|PERSON]] told a news conference that "
        "[[85.81 percent|percent|85.81|%]] of voters had backed the text in [[Thursday|D|1996-11-28]]'s referendum, "
        "on a turnout of [[79.8 percent|percent|79.8|%]].\n\n"
        "The constitution strengthens the powers of President [[Liamine Zeroual|PERSON]] and creates a "
        "[[second|ordinal|2]] chamber of parliament, the [[Council of the Nation|ORG]], a third of whose members he "
        "will appoint. [[Zeroual|PERSON|Liamine Zeroual]] has promised parliamentary elections in "
        "[[the first half of 1997|D|1997-01/1997-06]].\n\n"
        "The [[Socialist Forces Front|ORG]] ([[FFS|ORG|Socialist Forces Front]]) of "
        "[[Hocine Ait Ahmed|PERSON|Hocine Aït Ahmed]] said the turnout figure had been inflated. "
        "[[Said Sadi|PERSON|Saïd Sadi]], leader of the [[Rally for Culture and Democracy|ORG]] "
        "([[RCD|ORG|Rally for Culture and Democracy]]), called for the vote to be annulled.\n\n"
        "The [[Islamic Salvation Front|ORG]] ([[FIS|ORG|Islamic Salvation Front]]), banned in [[1992|D|1992]], had "
        "urged a boycott. [[More than 50,000|count|50000|person]] people have been killed since the army cancelled "
        "a general election in [[January 1992|D|1992-01]] that the [[FIS|ORG|Islamic Salvation Front]] was poised "
        "to win.\n\n"
        "In [[Tripoli|GPE]], [[Libya|GPE]]'s official news agency [[JANA|ORG|Jamahiriya News Agency]] said "
        "[[Muammar Gaddafi|PERSON]] had sent [[Zeroual|PERSON|Liamine Zeroual]] a message of congratulations. "
        "[[Algeria|GPE]]'s land border with [[Morocco|GPE]] has been closed since [[1994|D|1994]].\n\n"
        "The [[Bank of Algeria|ORG]] fixed the dollar at [[56.20 dinars|money|56.2|DZD]] on "
        "[[Thursday|D|1996-11-28]].\n\n"
        "-- [[Paris|GPE]] Newsroom +33 1 4221 5452",
        [
            ("Mostefa Benmansour", "tell", "85.81 percent of voters had backed the text in Thursday's referendum, on "
             "a turnout of 79.8 percent", False),
            ("Liamine Zeroual", "promise", "parliamentary elections in the first half of 1997", False),
            ("Socialist Forces Front", "say", "the turnout figure had been inflated", False),
            ("Saïd Sadi", "call for", "the vote to be annulled", False),
            ("Islamic Salvation Front", "urge", "a boycott", False),
            ("Jamahiriya News Agency", "say", "Muammar Gaddafi had sent Zeroual a message of congratulations", False),
        ],
    ),
]

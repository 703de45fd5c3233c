"""Held-out set 50 (blind): marked texts of briefs 08-14 and their statements (see
``build_own50_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own50-ho-08", "suez-canal-rebate", "2025-05-15", "2025-05-15",
        "[[SUEZ CANAL AUTHORITY|ORG|Suez Canal Authority]]\n"
        "Media Center\n"
        "[[Ismailia|GPE]], [[15 May 2025|D|2025-05-15]]\n\n"
        "[[SCA|ORG|Suez Canal Authority]] offers a [[15%|percent|15|%]] rebate to large container ships\n\n"
        "Lt. Gen. [[Osama Rabie|PERSON]], Chairman and Managing Director of the [[Suez Canal Authority|ORG]], "
        "announced [[today|D|2025-05-15]] a [[15%|percent|15|%]] reduction in transit fees for container ships "
        "with a net tonnage of [[130,000 tons|quantity|130000|t]] or more, for a period of "
        "[[90 days|D|P90D]].\n\n"
        "Key figures\n"
        "Transits, [[2024|D|2024]]: [[13,213|count|13213|ship]] ships ([[26,434|count|26434|ship]] in "
        "[[2023|D|2023]])\n"
        "Revenue, [[2024|D|2024]]: [[$3.99 billion|money|3990000000|USD]] ([[$10.25 billion|money|10250000000|USD]] "
        "in [[2023|D|2023]])\n"
        "Daily average, [[January-April 2025|D|2025-01/2025-04]]: [[32|count|32|ship]] ships\n\n"
        "[[Rabie|PERSON|Osama Rabie]] said the canal had lost [[about $800 million|money|800000000|USD]] a month "
        "since attacks by [[Yemen|GPE]]’s [[Houthis|ORG]] on shipping in the [[Red Sea|LOC]] began in "
        "[[November 2023|D|2023-11]].\n\n"
        "“The canal remains the shortest and safest route between [[Asia|LOC]] and [[Europe|LOC]],” he said.\n\n"
        "He added that the authority expected traffic to recover gradually once the security situation "
        "stabilised, and that [[more than 60|count|60|shipping line]] shipping lines had been told of the new "
        "rebate.\n\n"
        "The [[SCA|ORG|Suez Canal Authority]] has also spent [[EGP 1.5 billion|money|1500000000|EGP]] on widening "
        "the southern sector of the canal, [[10 kilometres|quantity|10|km]] of which opened in "
        "[[December|D|2024-12]]. Transit fees are paid in [[U.S.|GPE|United States]] dollars.\n\n"
        "President [[Abdel Fattah el-Sisi|PERSON]] said in [[April|D|2025-04]] that [[Egypt|GPE]] had lost "
        "[[nearly $7 billion|money|7000000000|USD]] in canal revenue in [[2024|D|2024]].\n\n"
        "The [[International Monetary Fund|ORG]] estimates that canal receipts will stay "
        "[[about 50 percent|percent|50|%]] below their [[2023|D|2023]] level in the fiscal year that ends in "
        "[[June|D|2025-06]].\n\n"
        "The rebate will be reviewed after [[three months|D|P3M]].",
        [
            ("Osama Rabie", "announce", "a 15% reduction in transit fees for container ships with a net tonnage of "
             "130,000 tons or more, for a period of 90 days", False),
            ("Osama Rabie", "say", "the canal had lost about $800 million a month since attacks by Yemen’s Houthis "
             "on shipping in the Red Sea began in November 2023", False),
            ("Osama Rabie", "say", "The canal remains the shortest and safest route between Asia and Europe", True),
            ("Osama Rabie", "add", "the authority expected traffic to recover gradually once the security "
             "situation stabilised, and that more than 60 shipping lines had been told of the new rebate", False),
            ("Abdel Fattah el-Sisi", "say", "Egypt had lost nearly $7 billion in canal revenue in 2024", False),
            ("International Monetary Fund", "estimate", "canal receipts will stay about 50 percent below their 2023 "
             "level in the fiscal year that ends in June", False),
        ],
    ),
    (
        "own50-ho-09", "wikinews-portugal-election", "2024-03-11", "2024-03-11",
        "Centre-right alliance narrowly wins [[Portugal|GPE]]’s snap election\n\n"
        "[[Monday, March 11, 2024|D|2024-03-11]]\n\n"
        "[[Portugal|GPE]]’s centre-right [[Democratic Alliance|ORG|Democratic Alliance (Portugal, 2024)]] "
        "([[AD|ORG|Democratic Alliance (Portugal, 2024)]]) narrowly won [[Sunday|D|2024-03-10]]’s snap "
        "parliamentary election, ending [[eight years|D|P8Y]] of [[Socialist|NORP]] government.\n\n"
        "With [[99 percent|percent|99|%]] of votes counted, the [[AD|ORG|Democratic Alliance (Portugal, 2024)]], "
        "led by [[Luís Montenegro|PERSON]], had won [[79|count|79|seat]] of the [[230|count|230|seat]] seats in "
        "the [[Assembly of the Republic|ORG|Assembly of the Republic (Portugal)]], against [[77|count|77|seat]] for "
        "the [[Socialist Party|ORG|Socialist Party (Portugal)]] ([[PS|ORG|Socialist Party (Portugal)]]). The "
        "[[four|count|4|seat]] seats chosen by voters abroad will be allocated later [[this month|D|2024-03]].\n\n"
        "The far-right [[Chega|ORG]] party quadrupled its seats to [[48|count|48|seat]], with "
        "[[about 18 percent|percent|18|%]] of the vote. Turnout was [[66.2 percent|percent|66.2|%]], the highest "
        "since [[1995|D|1995]].\n\n"
        "The election was called after Prime Minister [[António Costa|PERSON]] resigned in "
        "[[November 2023|D|2023-11]] over an influence-peddling investigation.\n\n"
        "[[Montenegro|PERSON|Luís Montenegro]] told supporters in [[Lisbon|GPE]] that he expected to be invited "
        "to form a government and that he would not rely on [[Chega|ORG]].\n\n"
        "“The [[Portuguese|NORP]] want change,” [[Chega|ORG]] leader [[André Ventura|PERSON]] said, adding that "
        "his party was ready to join a government.\n\n"
        "[[Socialist|NORP]] leader [[Pedro Nuno Santos|PERSON]] conceded defeat and said the "
        "[[PS|ORG|Socialist Party (Portugal)]] would lead the opposition but would not block a minority "
        "government.\n\n"
        "President [[Marcelo Rebelo de Sousa|PERSON]] will meet the leaders of the [[eight|count|8|party]] "
        "parties that won seats from [[Tuesday|D|2024-03-12]]. The new parliament is due to sit on "
        "[[March 26|D|2024-03-26]], [[15 days|D|P15D]] after the final count abroad.",
        [
            ("Luís Montenegro", "tell", "he expected to be invited to form a government and that he would not rely "
             "on Chega", False),
            ("André Ventura", "say", "The Portuguese want change", True),
            ("André Ventura", "add", "his party was ready to join a government", False),
            ("Pedro Nuno Santos", "say", "the PS would lead the opposition but would not block a minority "
             "government", False),
        ],
    ),
    (
        "own50-ho-10", "wikinews-lebanon-aoun", "2025-01-09", "2025-01-09",
        "[[Lebanese|NORP]] parliament elects army chief [[Joseph Aoun|PERSON]] as president\n\n"
        "[[Thursday, January 9, 2025|D|2025-01-09]]\n\n"
        "[[Lebanon|GPE]]’s parliament [[today|D|2025-01-09]] elected army commander [[Joseph Aoun|PERSON]] as the "
        "country’s [[14th|ordinal|14]] president, ending a vacancy of [[more than two years|D|P2Y]].\n\n"
        "In the [[first|ordinal|1]] round of voting [[Aoun|PERSON|Joseph Aoun]] received [[71|count|71|vote]] "
        "votes, short of the [[86|count|86|vote]] needed. In the [[second|ordinal|2]] round he won "
        "[[99|count|99|vote]] votes in the [[128|count|128|member]]-member chamber.\n\n"
        "The post had been empty since [[Michel Aoun|PERSON]]’s term ended on "
        "[[October 31, 2022|D|2022-10-31]]. Parliament had failed to elect a successor in "
        "[[12|count|12|session]] sessions.\n\n"
        "In his inaugural speech, [[Aoun|PERSON|Joseph Aoun]] pledged that the state would have a monopoly on "
        "arms. “[[Today|D|2025-01-09]] a new phase in the history of [[Lebanon|GPE]] begins,” he said.\n\n"
        "[[Hezbollah|ORG]] lawmaker [[Mohammad Raad|PERSON]] told reporters that his bloc had voted for "
        "[[Aoun|PERSON|Joseph Aoun]] in the [[second|ordinal|2]] round to protect national unity.\n\n"
        "[[French|NORP]] President [[Emmanuel Macron|PERSON]] said the vote opened the way to reforms, and "
        "announced that he would visit [[Beirut|GPE]] within [[two weeks|D|P2W]].\n\n"
        "A ceasefire between [[Israel|GPE]] and [[Hezbollah|ORG]] took effect on [[November 27|D|2024-11-27]]. "
        "It requires [[Israeli|NORP]] troops to leave southern [[Lebanon|GPE]] within [[60 days|D|P60D]].\n\n"
        "The [[World Bank|ORG]] estimates the cost of recovery from [[last year|D|2024]]’s war at "
        "[[$11 billion|money|11000000000|USD]]. [[Lebanon|GPE]]’s economy shrank by "
        "more than a third between [[2019|D|2019]] and [[2021|D|2021]], and the [[Lebanese|NORP]] pound "
        "has lost [[about 98 percent|percent|98|%]] of its value.",
        [
            ("Joseph Aoun", "pledge", "the state would have a monopoly on arms", False),
            ("Joseph Aoun", "say", "Today a new phase in the history of Lebanon begins", True),
            ("Mohammad Raad", "tell", "his bloc had voted for Aoun in the second round to protect national unity",
             False),
            ("Emmanuel Macron", "say", "the vote opened the way to reforms", False),
            ("Emmanuel Macron", "announce", "he would visit Beirut within two weeks", False),
            ("World Bank", "estimate", "the cost of recovery from last year’s war at $11 billion", False),
        ],
    ),
    (
        "own50-ho-11", "wikinews-storm-eowyn", "2025-01-24", "2025-01-24",
        "[[Storm Éowyn|EVENT]] cuts power to [[768,000|count|768000|customer]] customers in [[Ireland|GPE]]\n\n"
        "[[Friday, January 24, 2025|D|2025-01-24]]\n\n"
        "[[Storm Éowyn|EVENT]] brought record winds to [[Ireland|GPE]] [[today|D|2025-01-24]] and cut power to "
        "[[768,000|count|768000|customer]] homes, farms and businesses, according to [[ESB Networks|ORG]].\n\n"
        "A gust of [[183 km/h|quantity|183|km/h]] was recorded at [[Mace Head|LOC]] in "
        "[[County Galway|GPE]], beating the record of [[182 km/h|quantity|182|km/h]] set at [[Foynes|GPE]] in "
        "[[January 1945|D|1945-01]]. [[Met Éireann|ORG]] had issued red warnings for all [[26|count|26|county]] "
        "counties, the [[first|ordinal|1]] time the whole country was covered. The [[Met Office|ORG]] issued red "
        "warnings for [[Northern Ireland|GPE]] and parts of [[Scotland|GPE]].\n\n"
        "Taoiseach [[Micheál Martin|PERSON]], who took office on [[Thursday|D|2025-01-23]], said the damage was "
        "“unprecedented” in places and urged people to stay at home until the red warnings expired.\n\n"
        "[[ESB Networks|ORG]] warned that some customers could be without power for [[up to ten days|D|P10D]]. "
        "[[Uisce Éireann|ORG]] said [[about 395,000|count|395000|customer]] customers had lost their water "
        "supply.\n\n"
        "In [[Scotland|GPE]], [[ScotRail|ORG]] cancelled all services and [[more than 100|count|100|flight]] "
        "flights at [[Dublin Airport|FAC]] were cancelled.\n\n"
        "[[Met Éireann|ORG]] expects the winds to ease by [[Saturday|D|2025-01-25]], but warned that another storm "
        "could bring heavy rain [[next week|D|2025-W05]].\n\n"
        "The storm was the [[fifth|ordinal|5]] named storm of the season. In [[November 2024|D|2024-11]], "
        "[[Storm Bert|EVENT]] flooded towns in the west of [[Ireland|GPE]].",
        [
            ("ESB Networks", "according to", "Storm Éowyn brought record winds to Ireland today and cut power to "
             "768,000 homes, farms and businesses", False),
            ("Micheál Martin", "say", "the damage was “unprecedented” in places", False),
            ("Micheál Martin", "urge", "people to stay at home until the red warnings expired", False),
            ("ESB Networks", "warn", "some customers could be without power for up to ten days", False),
            ("Uisce Éireann", "say", "about 395,000 customers had lost their water supply", False),
            ("Met Éireann", "expect", "the winds to ease by Saturday", False),
            ("Met Éireann", "warn", "another storm could bring heavy rain next week", False),
        ],
    ),
    (
        "own50-ho-12", "wire-madrid-budget", "1996-09-28", "1996-09-28",
        "[[SPAIN|GPE|Spain]] APPROVES AUSTERE [[1997|D|1997]] BUDGET, FREEZES STATE PAY.\n\n"
        "[[MADRID|GPE|Madrid]] [[1996-09-28|D|1996-09-28]]\n\n"
        "[[Spain|GPE]]'s conservative government approved on [[Friday|D|1996-09-27]] a [[1997|D|1997]] budget that "
        "freezes civil servants' pay and aims to cut the public deficit to [[3.0 percent|percent|3.0|%]] of gross "
        "domestic product, the level required to join [[European|NORP]] monetary union.\n\n"
        "Economy and Finance Minister [[Rodrigo Rato|PERSON]] told a news conference the deficit would fall from "
        "[[4.4 percent|percent|4.4|%]] expected [[this year|D|1996]].\n\n"
        "State spending will rise [[1.9 percent|percent|1.9|%]] to [[19.9 trillion pesetas|money|19900000000000|ESP]], "
        "below the forecast inflation rate of [[2.6 percent|percent|2.6|%]].\n\n"
        "The pay freeze for [[some 2.2 million|count|2200000|public employee]] public employees will save "
        "[[about 140 billion pesetas|money|140000000000|ESP]], [[Rato|PERSON|Rodrigo Rato]] said.\n\n"
        "\"This is a budget for jobs and for [[Europe|LOC]],\" Prime Minister [[Jose Maria Aznar|PERSON|José María Aznar]] "
        "told parliament.\n\n"
        "[[Comisiones Obreras|ORG|Workers' Commissions]] leader [[Antonio Gutierrez|PERSON|Antonio Gutiérrez]] "
        "called for a day of protest by public employees on [[October 16|D|1996-10-16]].\n\n"
        "The [[Bank of Spain|ORG]] forecast growth of [[2.4 percent|percent|2.4|%]] in [[1997|D|1997]], up from "
        "[[2.1 percent|percent|2.1|%]] in [[1996|D|1996]].\n\n"
        "The peseta firmed to [[84.35|number|84.35]] to the mark after the budget was announced. Unemployment, "
        "the highest in the [[European Union|ORG]], stood at [[22.3 percent|percent|22.3|%]] in "
        "[[the second quarter|D|1996-04/1996-06]].\n\n"
        "Parliament must approve the budget by [[December 31|D|1996-12-31]].\n\n"
        "-- [[Madrid|GPE]] Newsroom +34 1 585 2161",
        [
            ("Rodrigo Rato", "tell", "the deficit would fall from 4.4 percent expected this year", False),
            ("Rodrigo Rato", "say", "The pay freeze for some 2.2 million public employees will save about 140 "
             "billion pesetas", False),
            ("José María Aznar", "tell", "This is a budget for jobs and for Europe", True),
            ("Antonio Gutiérrez", "call for", "a day of protest by public employees on October 16", False),
            ("Bank of Spain", "forecast", "growth of 2.4 percent in 1997, up from 2.1 percent in 1996", False),
        ],
    ),
    (
        "own50-ho-13", "wire-swiss-soccer", "1996-09-01", "1996-09-01",
        "SOCCER - [[SWISS|NORP|Swiss]] [[FIRST|ordinal|1]] DIVISION RESULTS / STANDINGS.\n\n"
        "[[ZURICH|GPE|Zürich]] [[1996-09-01|D|1996-09-01]]\n\n"
        "Results of [[Swiss|NORP]] [[first|ordinal|1]] division soccer matches played on "
        "[[Saturday|D|1996-08-31]]:\n\n"
        "[[Aarau|ORG|FC Aarau]] [[1|number|1]] [[Basle|ORG|FC Basel]] [[1|number|1]]\n"
        "[[Grasshoppers|ORG|Grasshopper Club Zürich]] [[3|number|3]] [[Lucerne|ORG|FC Luzern]] [[0|number|0]]\n"
        "[[Lausanne|ORG|FC Lausanne-Sport]] [[2|number|2]] [[Young Boys|ORG|BSC Young Boys]] [[2|number|2]]\n"
        "[[Neuchatel Xamax|ORG|Neuchâtel Xamax]] [[1|number|1]] [[Servette|ORG|Servette FC]] [[0|number|0]]\n"
        "[[St Gallen|ORG|FC St. Gallen]] [[0|number|0]] [[Sion|ORG|FC Sion]] [[2|number|2]]\n"
        "[[Zurich|ORG|FC Zürich]] [[1|number|1]] [[Lugano|ORG|FC Lugano]] [[1|number|1]]\n\n"
        "Standings (tabulate under games played, won, drawn, lost, goals for, against, points):\n\n"
        "[[Grasshoppers|ORG|Grasshopper Club Zürich]] [[9|number|9]] [[7|number|7]] [[1|number|1]] [[1|number|1]] "
        "[[22|number|22]] [[7|number|7]] [[22|number|22]]\n"
        "[[Sion|ORG|FC Sion]] [[9|number|9]] [[6|number|6]] [[2|number|2]] [[1|number|1]] [[15|number|15]] "
        "[[6|number|6]] [[20|number|20]]\n"
        "[[Neuchatel Xamax|ORG|Neuchâtel Xamax]] [[9|number|9]] [[5|number|5]] [[2|number|2]] [[2|number|2]] "
        "[[14|number|14]] [[9|number|9]] [[17|number|17]]\n"
        "[[Lausanne|ORG|FC Lausanne-Sport]] [[9|number|9]] [[4|number|4]] [[3|number|3]] [[2|number|2]] "
        "[[16|number|16]] [[13|number|13]] [[15|number|15]]\n\n"
        "[[Grasshoppers|ORG|Grasshopper Club Zürich]] coach [[Christian Gross|PERSON]] told [[Swiss|NORP]] radio: "
        "\"We were patient and the goals came in the [[second|ordinal|2]] half.\" He added that striker "
        "[[Kubilay Turkyilmaz|PERSON|Kubilay Türkyılmaz]] would be fit for the [[Champions League|EVENT|UEFA Champions League]] match "
        "against [[Glasgow Rangers|ORG|Rangers F.C.]] on [[September 11|D|1996-09-11]].\n\n"
        "[[Turkyilmaz|PERSON|Kubilay Türkyılmaz]], who scored [[two|count|2|goal]] goals, said he expected "
        "[[Grasshoppers|ORG|Grasshopper Club Zürich]] to retain the title.\n\n"
        "[[Sion|ORG|FC Sion]] coach [[Alberto Bigon|PERSON]] said his side had been \"the better team for "
        "90 minutes\" in [[St Gallen|GPE|St. Gallen]], where [[8,200|count|8200|spectator]] spectators "
        "watched.\n\n"
        "[[Lucerne|ORG|FC Luzern]] remain bottom with [[three|count|3|point]] points from [[nine|count|9|game]] "
        "games.",
        [
            ("Christian Gross", "tell", "We were patient and the goals came in the second half.", True),
            ("Christian Gross", "add", "striker Kubilay Turkyilmaz would be fit for the Champions League match against "
             "Glasgow Rangers on September 11", False),
            ("Kubilay Türkyılmaz", "expect", "Grasshoppers to retain the title", False),
            ("Alberto Bigon", "say", "his side had been \"the better team for 90 minutes\" in St Gallen", False),
        ],
    ),
    (
        "own50-ho-14", "wire-vuelta-stage", "1996-09-15", "1996-09-15",
        "CYCLING - [[ZUELLE|PERSON|Alex Zülle]] KEEPS LEAD IN [[TOUR OF SPAIN|EVENT|Vuelta a España]].\n\n"
        "[[AVILA|GPE|Ávila]], [[Spain|GPE]] [[1996-09-15|D|1996-09-15]]\n\n"
        "Leading results of the [[ninth|ordinal|9]] stage of the [[Tour of Spain|EVENT|Vuelta a España]], a "
        "[[177-km|quantity|177|km]] ride from [[Salamanca|GPE]] to [[Avila|GPE|Ávila]]:\n\n"
        "1. [[Laurent Jalabert|PERSON]] ([[France|GPE]]) [[ONCE|ORG|ONCE (cycling team)]] 4 hours 21 minutes 35 "
        "seconds\n"
        "2. [[Tony Rominger|PERSON]] ([[Switzerland|GPE]]) [[Mapei|ORG|Mapei (cycling team)]] same time\n"
        "3. [[Fernando Escartin|PERSON|Fernando Escartín]] ([[Spain|GPE]]) [[Kelme|ORG|Kelme (cycling team)]] "
        "4 seconds behind\n"
        "4. [[Alex Zuelle|PERSON|Alex Zülle]] ([[Switzerland|GPE]]) [[ONCE|ORG|ONCE (cycling team)]] same time\n"
        "5. [[Laurent Dufaux|PERSON]] ([[Switzerland|GPE]]) [[Festina|ORG|Festina (cycling team)]] 11 seconds "
        "behind\n\n"
        "Overall standings after [[nine|count|9|stage]] stages:\n\n"
        "1. [[Zuelle|PERSON|Alex Zülle]] 38 hours 02 minutes 11 seconds\n"
        "2. [[Jalabert|PERSON|Laurent Jalabert]] 1 minute 12 seconds behind\n"
        "3. [[Rominger|PERSON|Tony Rominger]] 1:48 behind\n\n"
        "[[Jalabert|PERSON|Laurent Jalabert]], who won the race [[last year|D|1995]], told [[Spanish|NORP]] "
        "television: \"I attacked on the last climb because the team is strong enough to protect "
        "[[Alex|PERSON|Alex Zülle]].\"\n\n"
        "[[ONCE|ORG|ONCE (cycling team)]] team director [[Manolo Saiz|PERSON]] said [[Zuelle|PERSON|Alex Zülle]] "
        "would defend the lead in the [[46-km|quantity|46|km]] time trial on [[Tuesday|D|1996-09-17]].\n\n"
        "[[Miguel Indurain|PERSON|Miguel Induráin]], who won the [[Tour de France|EVENT]] from "
        "[[1991 to 1995|D|1991/1995]], is in [[11th|ordinal|11]] place overall. [[Banesto|ORG|Banesto (cycling "
        "team)]] director [[Jose Miguel Echavarri|PERSON|José Miguel Echávarri]] said [[Indurain|PERSON|Miguel "
        "Induráin]] was suffering from a cold.\n\n"
        "[[Rominger|PERSON|Tony Rominger]], the winner in [[1992|D|1992]], [[1993|D|1993]] and [[1994|D|1994]], "
        "said he expected the race to be decided in the mountains of [[Asturias|GPE]] [[next week|D|1996-W38]].\n\n"
        "The race ends in [[Madrid|GPE]] on [[September 29|D|1996-09-29]].",
        [
            ("Laurent Jalabert", "tell", "I attacked on the last climb because the team is strong enough to "
             "protect Alex.", True),
            ("Manolo Saiz", "say", "Zuelle would defend the lead in the 46-km time trial on Tuesday", False),
            ("José Miguel Echávarri", "say", "Indurain was suffering from a cold", False),
            ("Tony Rominger", "expect", "the race to be decided in the mountains of Asturias next week", False),
        ],
    ),
]

"""Held-out set 38 (blind): marked texts of briefs 08-14 and their statements (see
``build_own38_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own38-ho-08", "city-release", "2025-12-05", "2025-12-05",
        "[[Toronto|GPE]] ready to welcome the world as draw confirms [[six|count|6|match]] [[World Cup|EVENT|2026 FIFA World Cup]] matches\n"
        "News Release\n"
        "[[City of Toronto|GPE|Toronto]]\n"
        "[[December 5, 2025|D|2025-12-05]]\n\n"
        "[[Toronto|GPE]] will host [[six|count|6|match]] matches of the [[FIFA World Cup 26|EVENT|2026 FIFA "
        "World Cup]], including [[Canada|GPE]]'s opening match on [[June 12, 2026|D|2026-06-12]], following "
        "[[today|D|2025-12-05]]'s draw in [[Washington|GPE|Washington, D.C.]]. The matches will be played at "
        "[[BMO Field|FAC]], where seating is being expanded from [[about 28,000|count|28000|seat]] to "
        "[[45,000|count|45000|seat]] seats. [[Vancouver|GPE]] will host [[seven|count|7|match]] matches.\n\n"
        "Mayor [[Olivia Chow|PERSON]] said: “This is the biggest sporting event [[Toronto|GPE]] has ever "
        "hosted. We will show the world a city where everyone belongs.”\n\n"
        "The total cost of hosting is estimated at [[$380 million|money|380000000|CAD]], of which the federal "
        "government will contribute [[$104 million|money|104000000|CAD]] and the [[Province of "
        "Ontario|GPE|Ontario]] [[$97 million|money|97000000|CAD]]. The [[City|GPE|Toronto]] estimates that the "
        "tournament will generate [[$456 million|money|456000000|CAD]] in economic activity and create "
        "[[3,300|count|3300|job]] jobs.\n\n"
        "A free fan festival at [[Fort York|FAC]] will run for [[39 days|D|P39D]] and is expected to draw "
        "[[more than 1 million|count|1000000|visitor]] visitors. The [[Toronto Transit Commission|ORG]] "
        "([[TTC|ORG|Toronto Transit Commission]]) will add [[150|count|150|bus]] buses on match days.\n\n"
        "[[Sharon Bollenbacher|PERSON]], executive director of [[FIFA World Cup 26|EVENT|2026 FIFA World Cup]] "
        "[[Toronto|GPE]], said that [[more than 6 million|count|6000000|person]] people had applied for tickets "
        "worldwide in the [[first|ordinal|1]] sales phase.\n\n"
        "[[FIFA|ORG]] President [[Gianni Infantino|PERSON]] said in [[Washington|GPE|Washington, D.C.]] that "
        "the tournament, the [[first|ordinal|1]] with [[48|count|48|team]] teams, would be the biggest in "
        "history. [[Ontario|GPE]] Premier [[Doug Ford|PERSON]] has promised to keep [[GO Transit|ORG]] trains running "
        "until midnight after every match.\n\n"
        "The tournament runs from [[June 11 to July 19, 2026|D|2026-06-11/2026-07-19]].",
        [
            ("Olivia Chow", "say", "This is the biggest sporting event Toronto has ever hosted. We will show the "
             "world a city where everyone belongs.", True),
            ("Toronto", "estimate", "the tournament will generate $456 million in economic activity and create "
             "3,300 jobs", False),
            ("Sharon Bollenbacher", "say", "more than 6 million people had applied for tickets worldwide in the "
             "first sales phase", False),
            ("Gianni Infantino", "say", "the tournament, the first with 48 teams, would be the biggest in "
             "history", False),
            ("Doug Ford", "promise", "keep GO Transit trains running until midnight after every match", False),
        ],
    ),
    (
        "own38-ho-09", "wikinews-election", "2025-10-28", "2025-10-28",
        "[[Cameroon|GPE]]'s [[Constitutional Council|ORG|Constitutional Council (Cameroon)]] declares "
        "[[Paul Biya|PERSON]] winner of presidential election\n"
        "[[Tuesday, October 28, 2025|D|2025-10-28]]\n\n"
        "On [[Monday|D|2025-10-27]], [[Cameroon|GPE]]'s [[Constitutional Council|ORG|Constitutional Council "
        "(Cameroon)]] declared incumbent President [[Paul Biya|PERSON]] the winner of the presidential "
        "election held on [[October 12|D|2025-10-12]], with [[53.66%|percent|53.66|%]] of the vote. "
        "[[Biya|PERSON|Paul Biya]], the world's oldest serving head of state, has ruled since "
        "[[1982|D|1982]] and will now serve an [[eighth|ordinal|8]] term of [[seven years|D|P7Y]].\n\n"
        "Former government minister [[Issa Tchiroma Bakary|PERSON]] came [[second|ordinal|2]] with "
        "[[35.19%|percent|35.19|%]]. Turnout was [[57.76%|percent|57.76|%]]. [[Twelve|count|12|candidate]] "
        "candidates stood; the main opposition leader, [[Maurice Kamto|PERSON]], was barred from standing in "
        "[[August|D|2025-08]].\n\n"
        "[[Tchiroma|PERSON|Issa Tchiroma Bakary]], who had declared himself the winner on [[October "
        "14|D|2025-10-14]], wrote on social media: “I will never accept a stolen victory.”\n\n"
        "Protests broke out in [[Douala|GPE]], [[Garoua|GPE]] and the capital [[Yaoundé|GPE]]. Minister of "
        "Territorial Administration [[Paul Atanga Nji|PERSON]] told state broadcaster [[CRTV|ORG|Cameroon "
        "Radio Television]] that [[four|count|4|person]] people had been killed and that security forces had "
        "acted lawfully. The [[United Nations|ORG]] human rights office said it had received reports that "
        "[[at least 48|count|48|person]] people had died.\n\n"
        "[[African Union Commission|ORG]] chairperson [[Mahmoud Ali Youssouf|PERSON]] called for restraint and "
        "for dialogue among all [[Cameroonians|NORP|Cameroonian]]. The [[European Union|ORG]] said the "
        "results should be verified by independent observers.\n\n"
        "[[Biya|PERSON|Paul Biya]] spent [[about three weeks|D|P3W]] in "
        "[[Switzerland|GPE]] in [[September|D|2025-09]] and held [[one|count|1|rally]] campaign rally, in "
        "[[Maroua|GPE]].",
        [
            ("Issa Tchiroma Bakary", "write", "I will never accept a stolen victory.", True),
            ("Paul Atanga Nji", "tell", "four people had been killed and that security forces had acted "
             "lawfully", False),
            ("Mahmoud Ali Youssouf", "call for", "restraint and for dialogue among all Cameroonians", False),
            ("European Union", "say", "the results should be verified by independent observers", False),
        ],
    ),
    (
        "own38-ho-10", "wikinews-accident", "2025-09-04", "2025-09-04",
        "[[Sixteen|count|16|person]] killed as [[Lisbon|GPE]] funicular derails\n"
        "[[Thursday, September 4, 2025|D|2025-09-04]]\n\n"
        "On [[Wednesday|D|2025-09-03]] evening, a car of the [[Elevador da Glória|FAC|Ascensor da Glória]] "
        "funicular in [[Lisbon|GPE]], [[Portugal|GPE]] left the track and crashed into a building, killing "
        "[[16|count|16|person]] people and injuring [[21|count|21|person]] others. The funicular, which "
        "opened in [[1885|D|1885]], carries [[about 3 million|count|3000000|passenger]] passengers a year "
        "on a [[265-metre|quantity|265|m]] climb between [[Restauradores Square|FAC|Praça dos Restauradores]] "
        "and [[Bairro Alto|LOC]].\n\n"
        "Investigators said a cable linking the [[two|count|2|car]] cars appeared to have broken. The dead "
        "included [[three|count|3|citizen]] [[British|NORP]] citizens, [[two|count|2|citizen]] "
        "[[Canadian|NORP]] citizens and a [[Swiss|NORP]] woman.\n\n"
        "Mayor [[Carlos Moedas|PERSON]] said: “[[Lisbon|GPE]] is in mourning. This is a tragedy our city has "
        "never seen.”\n\n"
        "The operator, [[Carris|ORG]], said that all scheduled maintenance had been carried out and that the "
        "car had been inspected on [[Wednesday|D|2025-09-03]] morning. [[Carris|ORG]] closed the city's "
        "[[three|count|3|funicular]] other funiculars for inspection.\n\n"
        "Prime Minister [[Luís Montenegro|PERSON]] declared a day of national mourning. President [[Marcelo "
        "Rebelo de Sousa|PERSON]] said the country was in shock and promised a full investigation.\n\n"
        "[[GPIAAF|ORG]], [[Portugal|GPE]]'s office for investigating rail and air accidents, said a "
        "preliminary report would be published within [[45 days|D|P45D]]. The [[Public Prosecutor's "
        "Office|ORG|Public Prosecutor's Office (Portugal)]] has opened a criminal inquiry.\n\n"
        "The funicular was last overhauled in [[2022|D|2022]] at a cost of [[€1.2 "
        "million|money|1200000|EUR]], according to [[Carris|ORG]].",
        [
            ("Carlos Moedas", "say", "Lisbon is in mourning. This is a tragedy our city has never seen.", True),
            ("Carris", "say", "all scheduled maintenance had been carried out and that the car had been "
             "inspected on Wednesday morning", False),
            ("Marcelo Rebelo de Sousa", "say", "the country was in shock", False),
            ("Marcelo Rebelo de Sousa", "promise", "a full investigation", False),
            ("GPIAAF", "say", "a preliminary report would be published within 45 days", False),
            ("Carris", "according to", "The funicular was last overhauled in 2022 at a cost of €1.2 million",
             False),
        ],
    ),
    (
        "own38-ho-11", "wikinews-prize", "2025-11-11", "2025-11-11",
        "[[David Szalay|PERSON]] wins Booker Prize for Flesh\n"
        "[[Tuesday, November 11, 2025|D|2025-11-11]]\n\n"
        "[[Hungarian|NORP]]-[[British|NORP]] writer [[David Szalay|PERSON]] won the Booker Prize for Fiction "
        "on [[Monday|D|2025-11-10]] evening for his novel Flesh, at a ceremony at [[Old Billingsgate|FAC]] in "
        "[[London|GPE]]. [[Szalay|PERSON|David Szalay]], who was born in [[Montreal|GPE]], [[Canada|GPE]] in "
        "[[1974|D|1974]] and lives in [[Vienna|GPE]], receives [[£50,000|money|50000|GBP]].\n\n"
        "The novel, his [[sixth|ordinal|6]] book, follows a [[Hungarian|NORP]] man from a housing estate to "
        "wealth in [[London|GPE]] over [[about 40 years|D|P40Y]].\n\n"
        "Chair of the judges [[Roddy Doyle|PERSON]] said: “We had never read anything quite like it. It is a "
        "dark book, but we all loved it.” He added that the [[five|count|5|judge]] judges had reached their "
        "decision after five hours of discussion.\n\n"
        "The other [[five|count|5|author]] shortlisted authors were [[Kiran Desai|PERSON]], [[Andrew "
        "Miller|PERSON|Andrew Miller (novelist)]], [[Susan Choi|PERSON]], [[Katie Kitamura|PERSON]] and "
        "[[Ben Markovits|PERSON]]; each receives [[£2,500|money|2500|GBP]]. The judges read "
        "[[153|count|153|novel]] novels published between [[1 October 2024 and 30 September "
        "2025|D|2024-10-01/2025-09-30]].\n\n"
        "[[Gaby Wood|PERSON]], chief executive of the [[Booker Prize Foundation|ORG]], said sales of the "
        "shortlisted books had risen [[45%|percent|45|%]] since the shortlist was announced in "
        "[[September|D|2025-09]].\n\n"
        "[[Last year|D|2024]]'s winner was [[Samantha Harvey|PERSON]]. [[Szalay|PERSON|David Szalay]] told the "
        "audience he had almost given up writing fiction in [[2020|D|2020]].",
        [
            ("Roddy Doyle", "say", "We had never read anything quite like it. It is a dark book, but we all "
             "loved it.", True),
            ("Roddy Doyle", "add", "the five judges had reached their decision after five hours of discussion",
             False),
            ("Gaby Wood", "say", "sales of the shortlisted books had risen 45% since the shortlist was "
             "announced in September", False),
            ("David Szalay", "tell", "he had almost given up writing fiction in 2020", False),
        ],
    ),
    (
        "own38-ho-12", "reuters-politics", "1996-08-20", "1996-08-20",
        "[[BURUNDI|GPE|Burundi]] NEIGHBOURS TO REVIEW SANCTIONS IN [[ARUSHA|GPE|Arusha]].\n"
        "[[NAIROBI|GPE|Nairobi]] [[1996-08-20|D|1996-08-20]]\n\n"
        "[[East African|NORP]] leaders will meet in [[Arusha|GPE]] [[next week|D|1996-W35]] to review sanctions against "
        "[[Burundi|GPE]]'s military government, [[Kenyan|NORP]] Foreign Minister [[Kalonzo Musyoka|PERSON]] "
        "said on [[Tuesday|D|1996-08-20]].\n\n"
        "\"The embargo will stay until there is a return to constitutional order,\" [[Musyoka|PERSON|Kalonzo "
        "Musyoka]] told reporters.\n\n"
        "[[Kenya|GPE]], [[Tanzania|GPE]], [[Uganda|GPE]], [[Rwanda|GPE]], [[Ethiopia|GPE]] and "
        "[[Zaire|GPE]] imposed the sanctions on [[July 31|D|1996-07-31]], [[six days|D|P6D]] after Major "
        "[[Pierre Buyoya|PERSON]] seized power in a coup.\n\n"
        "Fuel prices in [[Bujumbura|GPE]] have risen by [[more than 50 percent|percent|50|%]] and a litre of "
        "petrol now costs [[300 Burundi francs|money|300|BIF]], diplomats said. Coffee, which earns [[about 80 "
        "percent|percent|80|%]] of [[Burundi|GPE]]'s foreign exchange, cannot be exported.\n\n"
        "[[Buyoya|PERSON|Pierre Buyoya]] has said he will open talks with [[Hutu|NORP]] rebels and restore "
        "parliament within [[three months|D|P3M]].\n\n"
        "Former [[Tanzanian|NORP]] President [[Julius Nyerere|PERSON]], the regional mediator, said in [[Dar es "
        "Salaam|GPE]] on [[Monday|D|1996-08-19]] that the leaders would not lift the embargo before talks "
        "began.\n\n"
        "The [[U.N.|ORG|United Nations]] refugee agency [[UNHCR|ORG]] said [[about 150,000|count|150000|"
        "refugee]] [[Rwandan|NORP]] refugees remained in camps in northern [[Burundi|GPE]], and that food "
        "stocks would last [[two weeks|D|P2W]].\n\n"
        "[[Organisation of African Unity|ORG]] Secretary-General [[Salim Ahmed Salim|PERSON]] has urged "
        "[[Buyoya|PERSON|Pierre Buyoya]] to set a date for elections.",
        [
            ("Kalonzo Musyoka", "say", "East African leaders will meet in Arusha next week to review sanctions "
             "against Burundi's military government", False),
            ("Kalonzo Musyoka", "tell", "The embargo will stay until there is a return to constitutional order",
             True),
            ("Pierre Buyoya", "say", "he will open talks with Hutu rebels and restore parliament within three "
             "months", False),
            ("Julius Nyerere", "say", "the leaders would not lift the embargo before talks began", False),
            ("UNHCR", "say", "about 150,000 Rwandan refugees remained in camps in northern Burundi, and that food "
             "stocks would last two weeks", False),
            ("Salim Ahmed Salim", "urge", "Buyoya to set a date for elections", False),
        ],
    ),
    (
        "own38-ho-13", "reuters-motor-racing", "1996-08-25", "1996-08-25",
        "MOTOR RACING - [[BELGIAN GRAND PRIX|EVENT|1996 Belgian Grand Prix]] RESULTS.\n"
        "[[SPA|GPE|Spa, Belgium]], [[Belgium|GPE]] [[1996-08-25|D|1996-08-25]]\n\n"
        "Leading results of the [[Belgian Grand Prix|EVENT|1996 Belgian Grand Prix]] on [[Sunday|D|1996-08-25]] "
        "([[44|count|44|lap]] laps of the [[6.968 km|quantity|6.968|km]] circuit):\n\n"
        "[[1|number|1]]. [[Michael Schumacher|PERSON]] ([[Germany|GPE]]) [[Ferrari|ORG|Scuderia Ferrari]] "
        "1:28:15.125\n"
        "[[2|number|2]]. [[Jacques Villeneuve|PERSON]] ([[Canada|GPE]]) [[Williams|ORG|Williams Racing]] "
        "5.602 seconds behind\n"
        "[[3|number|3]]. [[Mika Hakkinen|PERSON|Mika Häkkinen]] ([[Finland|GPE]]) [[McLaren|ORG]] 15.710\n"
        "[[4|number|4]]. [[Jean Alesi|PERSON]] ([[France|GPE]]) [[Benetton|ORG|Benetton Formula]] 19.125\n"
        "[[5|number|5]]. [[Damon Hill|PERSON]] ([[Britain|GPE|United Kingdom]]) [[Williams|ORG|Williams "
        "Racing]] 29.179\n"
        "[[6|number|6]]. [[Gerhard Berger|PERSON]] ([[Austria|GPE]]) [[Benetton|ORG|Benetton Formula]] "
        "29.896\n\n"
        "Fastest lap: [[Berger|PERSON|Gerhard Berger]] 1:53.067 ([[222.0 km/h|quantity|222.0|km/h]]).\n\n"
        "World championship standings after [[13|count|13|round]] of [[16|count|16|round]] rounds:\n"
        "[[1|number|1]]. [[Hill|PERSON|Damon Hill]] [[81|count|81|point]] points\n"
        "[[2|number|2]]. [[Villeneuve|PERSON|Jacques Villeneuve]] [[68|count|68|point]]\n"
        "[[3|number|3]]. [[Schumacher|PERSON|Michael Schumacher]] [[39|count|39|point]]\n"
        "[[4|number|4]]. [[Alesi|PERSON|Jean Alesi]] [[38|count|38|point]]\n\n"
        "[[Schumacher|PERSON|Michael Schumacher]], who won for the [[second|ordinal|2]] time this season, said: "
        "\"It was a lucky win. The safety car came out at the right moment for us.\"\n\n"
        "[[Villeneuve|PERSON|Jacques Villeneuve]], who started from pole position, led for [[14|count|14|lap]] "
        "laps before the safety car came out.\n\n"
        "[[Hill|PERSON|Damon Hill]], who started from the front row, said he had been called into the pits "
        "at the wrong time. [[Williams|ORG|Williams Racing]] technical director [[Patrick Head|PERSON]] admitted "
        "the team had made a mistake.\n\n"
        "The [[Italian Grand Prix|EVENT|1996 Italian Grand Prix]] is in [[Monza|GPE]] on [[September "
        "8|D|1996-09-08]].",
        [
            ("Michael Schumacher", "say", "It was a lucky win. The safety car came out at the right moment for "
             "us.", True),
            ("Damon Hill", "say", "he had been called into the pits at the wrong time", False),
            ("Patrick Head", "admit", "the team had made a mistake", False),
        ],
    ),
    (
        "own38-ho-14", "reuters-hurling", "1996-09-01", "1996-09-01",
        "HURLING - [[WEXFORD|ORG|Wexford county hurling team]] WIN [[ALL-IRELAND|EVENT|1996 All-Ireland Senior Hurling Championship]] TITLE.\n"
        "[[DUBLIN|GPE|Dublin]] [[1996-09-01|D|1996-09-01]]\n\n"
        "[[Wexford|ORG|Wexford county hurling team]] beat [[Limerick|ORG|Limerick county hurling team]] "
        "[[1|number|1]]-[[13|number|13]] to [[0|number|0]]-[[14|number|14]] in the [[All-Ireland|EVENT|1996 "
        "All-Ireland Senior Hurling Championship]] final at [[Croke Park|FAC]] on [[Sunday|D|1996-09-01]] to "
        "win their [[first|ordinal|1]] title since [[1968|D|1968]].\n\n"
        "A crowd of [[65,849|count|65849|spectator]] saw [[Tom Dempsey|PERSON]] score the only goal in the "
        "20th minute. [[Wexford|ORG|Wexford county hurling team]] played the last 18 "
        "minutes with [[14|count|14|man]] men after [[Eamonn Scallan|PERSON]] was sent off.\n\n"
        "Scorers:\n"
        "[[Wexford|ORG|Wexford county hurling team]] - [[Tom Dempsey|PERSON]] [[1|number|1]]-[[4|number|4]], "
        "[[Martin Storey|PERSON]] [[0|number|0]]-[[3|number|3]], [[Larry O'Gorman|PERSON]] [[0|number|0]]-"
        "[[2|number|2]]\n"
        "[[Limerick|ORG|Limerick county hurling team]] - [[Gary Kirby|PERSON]] [[0|number|0]]-[[6|number|6]], "
        "[[Barry Foley|PERSON]] [[0|number|0]]-[[3|number|3]]\n\n"
        "\"This is for every [[Wexford|GPE|County Wexford]] man and woman who waited [[28 years|D|P28Y]],\" "
        "[[Wexford|ORG|Wexford county hurling team]] manager [[Liam Griffin|PERSON]] said.\n\n"
        "[[Limerick|ORG|Limerick county hurling team]] captain [[Gary Kirby|PERSON]] said his side had no "
        "excuses. [[Storey|PERSON|Martin Storey]], the [[Wexford|ORG|Wexford county hurling team]] captain, "
        "lifted the cup.\n\n"
        "[[Irish|NORP]] President [[Mary Robinson|PERSON]] met both teams before the match. [[Wexford|ORG|Wexford "
        "county hurling team]] had beaten [[Offaly|ORG|Offaly county hurling team]] in the provincial final and "
        "[[Galway|ORG|Galway county hurling team]] in the semi-final. [[Limerick|ORG|Limerick county hurling "
        "team]] manager [[Tom Ryan|PERSON]] said the sending-off had changed nothing: \"We had our chances and "
        "we did not take them.\"\n\n"
        "The [[Gaelic Athletic Association|ORG]] said ticket sales for the final had raised [[about 1.5 "
        "million Irish pounds|money|1500000|IEP]].",
        [
            ("Liam Griffin", "say", "This is for every Wexford man and woman who waited 28 years", True),
            ("Gary Kirby", "say", "his side had no excuses", False),
            ("Tom Ryan", "say", "the sending-off had changed nothing", False),
            ("Tom Ryan", "say", "We had our chances and we did not take them.", True),
            ("Gaelic Athletic Association", "say", "ticket sales for the final had raised about 1.5 million "
             "Irish pounds", False),
        ],
    ),
]

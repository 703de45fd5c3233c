"""Held-out set 36 (blind): marked texts of briefs 08-14 and their statements (see
``build_own36_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
BRIEFS_B = [
    (
        "own36-ho-08", "chicago-budget", "2025-10-16", "2025-10-16",
        "Mayor [[Brandon Johnson|PERSON]] Introduces [[2026|D|2026]] Budget Proposal\n\n"
        "[[CHICAGO|GPE|Chicago]] — [[Thursday, October 16, 2025|D|2025-10-16]] — Mayor [[Brandon "
        "Johnson|PERSON]] [[today|D|2025-10-16]] presented to the [[Chicago City Council|ORG]] a "
        "[[$16.6 billion|money|16600000000|USD]] budget for [[2026|D|2026]] that closes a "
        "[[$1.15 billion|money|1150000000|USD]] gap without a property tax increase.\n\n"
        "“This budget asks the wealthiest corporations to pay their fair share so that working families do not "
        "have to,” said Mayor [[Johnson|PERSON|Brandon Johnson]].\n\n"
        "The plan includes a monthly charge of [[$21|money|21|USD]] per employee on companies with "
        "[[at least 100|count|100|employee]] employees, which the city expects to raise "
        "[[$100 million|money|100000000|USD]] a year. It sets aside [[$55 million|money|55000000|USD]] for youth "
        "employment, funding summer jobs for [[34,000|count|34000|person]] young people. The [[Chicago Police "
        "Department|ORG]] budget falls by [[1.5%|percent|1.5|%]] to [[about $2 billion|money|2000000000|USD]].\n\n"
        "Budget Director [[Annette Guzman|PERSON]] said the city would also draw "
        "[[$260 million|money|260000000|USD]] from reserves and sell [[$500 million|money|500000000|USD]] of "
        "bonds.\n\n"
        "Alderman [[Bill Conway|PERSON]] warned that the charge could drive employers to the suburbs, and the "
        "[[Illinois Retail Merchants Association|ORG]] called for a vote against it.\n\n"
        "The [[City Council|ORG|Chicago City Council]] must pass a budget by [[December 31|D|2025-12-31]]. "
        "Public hearings on the proposal will begin on [[Monday|D|2025-10-20]] at [[City Hall|FAC|Chicago City "
        "Hall]], and the [[50|count|50|alderman]] aldermen will vote in [[December|D|2025-12]]. The city ended "
        "[[2024|D|2024]] with a deficit of [[$223 million|money|223000000|USD]], the [[first|ordinal|1]] in "
        "[[four years|D|P4Y]]. Governor [[JB Pritzker|PERSON]] said [[Illinois|GPE]] would not bail out the "
        "city or [[Chicago Public Schools|ORG]]. [[S&P Global Ratings|ORG]] warned that it could cut the "
        "city's credit rating if the plan relied on one-off measures.",
        [
            ("Brandon Johnson", "say", "This budget asks the wealthiest corporations to pay their fair share so "
             "that working families do not have to", True),
            ("Annette Guzman", "say", "the city would also draw $260 million from reserves and sell $500 million "
             "of bonds", False),
            ("Bill Conway", "warn", "the charge could drive employers to the suburbs", False),
            ("Illinois Retail Merchants Association", "call for", "a vote against it", False),
            ("JB Pritzker", "say", "Illinois would not bail out the city or Chicago Public Schools", False),
            ("S&P Global Ratings", "warn", "it could cut the city's credit rating if the plan relied on one-off "
             "measures", False),
        ],
    ),
    (
        "own36-ho-09", "wikinews-irish-president", "2025-10-26", "2025-10-26",
        "[[Catherine Connolly|PERSON]] elected President of [[Ireland|GPE|Republic of Ireland]]\n"
        "[[Sunday, October 26, 2025|D|2025-10-26]]\n\n"
        "Independent candidate [[Catherine Connolly|PERSON]] was declared the [[tenth|ordinal|10]] President "
        "of [[Ireland|GPE|Republic of Ireland]] on [[Saturday|D|2025-10-25]] after winning "
        "[[63.4%|percent|63.4|%]] of first-preference votes in [[Friday|D|2025-10-24]]'s election. [[Fine "
        "Gael|ORG]] candidate [[Heather Humphreys|PERSON]] received [[29.5%|percent|29.5|%]], and [[Jim "
        "Gavin|PERSON]] of [[Fianna Fáil|ORG]], who withdrew from the race on [[October 5|D|2025-10-05]] but "
        "stayed on the ballot, received [[7.2%|percent|7.2|%]].\n\n"
        "Turnout was [[45.8%|percent|45.8|%]], and a record [[213,738|count|213738|ballot]] ballots were "
        "spoiled, many in protest at the choice of candidates.\n\n"
        "[[Connolly|PERSON|Catherine Connolly]], a [[68-year-old|D|P68Y]] former mayor of [[Galway|GPE]], was "
        "backed by [[Sinn Féin|ORG]], the [[Labour Party|ORG|Labour Party (Ireland)]] and the [[Social "
        "Democrats|ORG|Social Democrats (Ireland)]]. In her acceptance speech at [[Dublin Castle|FAC]], she said: "
        "“I will be a president who listens, who reflects, and who speaks up for peace.”\n\n"
        "[[Humphreys|PERSON|Heather Humphreys]] conceded before the count ended, saying that "
        "[[Connolly|PERSON|Catherine Connolly]] would be a president for all the people.\n\n"
        "Taoiseach [[Micheál Martin|PERSON]] congratulated her and said the government would work closely "
        "with the new president. [[Sinn Féin|ORG]] leader [[Mary Lou McDonald|PERSON]] called the result a "
        "vote for change.\n\n"
        "[[Connolly|PERSON|Catherine Connolly]] will be inaugurated on [[November 11|D|2025-11-11]], succeeding "
        "[[Michael D. Higgins|PERSON]] at [[Áras an Uachtaráin|FAC]] in [[Dublin|GPE]]'s [[Phoenix Park|LOC]]; he served [[two|count|2|term]] [[seven-year|D|P7Y]] terms. "
        "[[About 3.6 million|count|3600000|voter]] [[Irish|NORP]] voters were eligible to vote.",
        [
            ("Catherine Connolly", "say", "I will be a president who listens, who reflects, and who speaks up "
             "for peace.", True),
            ("Heather Humphreys", "say", "Connolly would be a president for all the people", False),
            ("Micheál Martin", "say", "the government would work closely with the new president", False),
            ("Mary Lou McDonald", "call", "the result a vote for change", False),
        ],
    ),
    (
        "own36-ho-10", "wikinews-tai-po-fire", "2025-11-28", "2025-11-28",
        "Death toll in [[Hong Kong|GPE]] tower fire rises to [[128|count|128|person]]\n"
        "[[Friday, November 28, 2025|D|2025-11-28]]\n\n"
        "[[At least 128|count|128|person]] people have died after a fire swept through [[seven|count|7|tower]] "
        "of the [[eight|count|8|tower]] residential towers of [[Wang Fuk Court|FAC]], a housing estate in the "
        "[[Tai Po|GPE]] district of [[Hong Kong|GPE]], on [[Wednesday|D|2025-11-26]] afternoon. It is the "
        "deadliest fire in the city since [[1948|D|1948]].\n\n"
        "The fire spread across bamboo scaffolding and green netting that covered the "
        "blocks during renovation work. The towers, built in [[1983|D|1983]], housed "
        "[[about 4,600|count|4600|resident]] residents.\n\n"
        "Chief Executive [[John Lee|PERSON|John Lee Ka-chiu]] said on [[Thursday|D|2025-11-27]] that the fire "
        "had been brought under control and that the government would set up a "
        "[[HK$300 million|money|300000000|HKD]] relief fund.\n\n"
        "The [[Fire Services Department|ORG|Hong Kong Fire Services Department]] said "
        "[[more than 2,300|count|2300|firefighter]] firefighters had been deployed, and that "
        "[[one|count|1|firefighter]] firefighter had died. Police arrested [[three|count|3|man]] men from a "
        "construction company on suspicion of manslaughter.\n\n"
        "[[Chinese|NORP]] President [[Xi Jinping|PERSON]] expressed condolences and urged all-out efforts to "
        "reduce casualties. [[Around 900|count|900|resident]] residents were staying in "
        "[[nine|count|9|shelter]] temporary shelters on [[Friday|D|2025-11-28]], according to the [[Home "
        "Affairs Department|ORG|Home Affairs Department (Hong Kong)]].\n\n"
        "Security Secretary [[Chris Tang|PERSON]] said investigators would examine whether the netting met "
        "fire safety standards. The government announced a [[three-day|D|P3D]] period of mourning from "
        "[[Saturday|D|2025-11-29]]. The [[Hong Kong and Macao Affairs Office|ORG]] in [[Beijing|GPE]] sent a team to "
        "the city. The [[Independent Commission Against Corruption|ORG]] said it had arrested "
        "[[eight|count|8|person]] people linked to the renovation, and [[Lee|PERSON|John Lee Ka-chiu]] said the "
        "[[Legislative Council|ORG|Legislative Council of Hong Kong]] election on [[December 7|D|2025-12-07]] "
        "would go ahead.",
        [
            ("John Lee Ka-chiu", "say", "the fire had been brought under control and that the government would "
             "set up a HK$300 million relief fund", False),
            ("Hong Kong Fire Services Department", "say", "more than 2,300 firefighters had been deployed, and "
             "that one firefighter had died", False),
            ("Xi Jinping", "urge", "all-out efforts to reduce casualties", False),
            ("Home Affairs Department (Hong Kong)", "according to", "Around 900 residents were staying in nine "
             "temporary shelters on Friday", False),
            ("Chris Tang", "say", "investigators would examine whether the netting met fire safety standards",
             False),
            ("Independent Commission Against Corruption", "say", "it had arrested eight people linked to the "
             "renovation", False),
            ("John Lee Ka-chiu", "say", "the Legislative Council election on December 7 would go ahead", False),
        ],
    ),
    (
        "own36-ho-11", "wikinews-nobel-peace", "2025-10-10", "2025-10-10",
        "[[Venezuelan|NORP]] opposition leader wins Nobel Peace Prize\n"
        "[[Friday, October 10, 2025|D|2025-10-10]]\n\n"
        "The [[Norwegian Nobel Committee|ORG]] announced [[today|D|2025-10-10]] in [[Oslo|GPE]] that it has "
        "awarded the [[2025|D|2025]] Nobel Peace Prize to [[Venezuelan|NORP]] opposition leader [[María Corina "
        "Machado|PERSON]].\n\n"
        "Committee chair [[Jørgen Watne Frydnes|PERSON]] said: “She has kept the flame of democracy burning "
        "amid a growing darkness.” He added that [[Machado|PERSON|María Corina Machado]] had united a divided "
        "opposition before the [[2024|D|2024]] presidential election.\n\n"
        "[[Machado|PERSON|María Corina Machado]], who was barred from standing in that election, has lived in "
        "hiding since [[August 2024|D|2024-08]]. In a message to supporters, she said the prize belonged to "
        "“the suffering people of [[Venezuela|GPE]]” and to all who fought for freedom.\n\n"
        "The committee considered [[338|count|338|candidate]] candidates [[this year|D|2025]], "
        "[[244|count|244|individual]] individuals and [[94|count|94|organization]] organizations. The prize is "
        "worth [[11 million Swedish kronor|money|11000000|SEK]] ([[about US$1.2 million|money|1200000|USD]]).\n\n"
        "[[White House|ORG]] spokesman [[Steven Cheung|PERSON]] criticised the decision, saying the committee "
        "had placed politics over peace. [[U.S.|GPE|United States]] President [[Donald Trump|PERSON]] had "
        "publicly sought the prize for his role in ending [[eight|count|8|war]] wars.\n\n"
        "[[Machado|PERSON|María Corina Machado]] is the [[20th|ordinal|20]] woman to win the Peace Prize since "
        "it was first awarded in [[1901|D|1901]]. The award will be presented in [[Oslo|GPE]] on "
        "[[December 10|D|2025-12-10]], the anniversary of [[Alfred Nobel|PERSON]]'s death. [[Edmundo "
        "González|PERSON|Edmundo González Urrutia]], the opposition candidate now in exile in [[Spain|GPE]], "
        "said the award honoured millions of [[Venezuelan|NORP]] voters.",
        [
            ("Norwegian Nobel Committee", "announce", "it has awarded the 2025 Nobel Peace Prize to Venezuelan "
             "opposition leader María Corina Machado", False),
            ("Jørgen Watne Frydnes", "say", "She has kept the flame of democracy burning amid a growing "
             "darkness.", True),
            ("Jørgen Watne Frydnes", "add", "Machado had united a divided opposition before the 2024 "
             "presidential election", False),
            ("María Corina Machado", "say", "the prize belonged to “the suffering people of Venezuela” and to all who "
             "fought for freedom", False),
            ("Steven Cheung", "say", "the committee had placed politics over peace", False),
            ("Edmundo González Urrutia", "say", "the award honoured millions of Venezuelan voters", False),
        ],
    ),
    (
        "own36-ho-12", "reuters-buenos-aires", "1996-08-28", "1996-08-28",
        "[[Argentina|GPE]] to cut [[1997|D|1997]] deficit target - [[Fernandez|PERSON|Roque Fernández]]\n\n"
        "[[BUENOS AIRES|GPE|Buenos Aires]] [[1996-08-28|D|1996-08-28]]\n\n"
        "[[Argentine|NORP]] Economy Minister [[Roque Fernandez|PERSON|Roque Fernández]] said on "
        "[[Wednesday|D|1996-08-28]] the government would cut its [[1997|D|1997]] budget deficit target to "
        "[[3 billion pesos|money|3000000000|ARS]] from [[3.5 billion|money|3500000000|ARS]] planned earlier.\n\n"
        "[[Fernandez|PERSON|Roque Fernández]], who replaced [[Domingo Cavallo|PERSON]] on "
        "[[August 5|D|1996-08-05]], told reporters the government would raise [[1.5 billion pesos|money|1500000000|ARS]] "
        "through higher fuel taxes and a wider value-added tax base.\n\n"
        "\"We will meet our commitments with the [[IMF|ORG|International Monetary Fund]],\" he said.\n\n"
        "An [[International Monetary Fund|ORG]] mission is due in [[Buenos Aires|GPE]] on "
        "[[September 9|D|1996-09-09]] to review the [[1996|D|1996]] target of [[6 billion pesos|money|6000000000|ARS]], "
        "which the government missed by [[about 10 percent|percent|10|%]] in [[the first half|D|1996-01/1996-06]].\n\n"
        "Unions have called a general strike against the measures.\n\n"
        "President [[Carlos Menem|PERSON]] said on [[Tuesday|D|1996-08-27]] he fully backed the plan. "
        "Opposition leader [[Carlos Alvarez|PERSON|Carlos Álvarez (Argentine politician)]] of the "
        "[[Frepaso|ORG]] said the taxes would hit the poor hardest.\n\n"
        "The Merval index of leading shares rose [[2.1 percent|percent|2.1|%]] to [[573.40|number|573.40]] on "
        "the news, and Brady bonds gained [[1.25|number|1.25]] points. Unemployment stands at "
        "[[17.1 percent|percent|17.1|%]], near a record.\n\n"
        "[[Central Bank|ORG|Central Bank of Argentina]] president [[Pedro Pou|PERSON]] said reserves stood at "
        "[[$18.2 billion|money|18200000000|USD]] and that the peso's parity with the [[U.S.|GPE|United States]] "
        "dollar was not in question.\n\n"
        "-- [[Buenos Aires|GPE]] newsroom, 541 318 0655",
        [
            ("Roque Fernández", "say", "the government would cut its 1997 budget deficit target to 3 billion "
             "pesos from 3.5 billion planned earlier", False),
            ("Roque Fernández", "tell", "the government would raise 1.5 billion pesos through higher fuel taxes "
             "and a wider value-added tax base", False),
            ("Roque Fernández", "say", "We will meet our commitments with the IMF", True),
            ("Carlos Menem", "say", "he fully backed the plan", False),
            ("Carlos Álvarez (Argentine politician)", "say", "the taxes would hit the poor hardest", False),
            ("Pedro Pou", "say", "reserves stood at $18.2 billion and that the peso's parity with the U.S. "
             "dollar was not in question", False),
        ],
    ),
    (
        "own36-ho-13", "reuters-nfl-preseason", "1996-08-24", "1996-08-24",
        "AMERICAN FOOTBALL - [[NFL|ORG|National Football League]] PRESEASON RESULTS.\n\n"
        "[[NEW YORK|GPE|New York City]] [[1996-08-24|D|1996-08-24]]\n\n"
        "Results of [[National Football League|ORG]] preseason games on [[Friday|D|1996-08-23]] (home team in "
        "CAPS):\n\n"
        "[[DALLAS|ORG|Dallas Cowboys]] [[27|number|27]] [[Oakland|ORG|Oakland Raiders]] [[10|number|10]]\n"
        "[[GREEN BAY|ORG|Green Bay Packers]] [[24|number|24]] [[Pittsburgh|ORG|Pittsburgh Steelers]] [[17|number|17]]\n"
        "[[Chicago|ORG|Chicago Bears]] [[20|number|20]] [[MIAMI|ORG|Miami Dolphins]] [[13|number|13]]\n"
        "[[KANSAS CITY|ORG|Kansas City Chiefs]] [[31|number|31]] [[St Louis|ORG|St. Louis Rams]] [[3|number|3]]\n"
        "[[SAN FRANCISCO|ORG|San Francisco 49ers]] [[19|number|19]] [[Denver|ORG|Denver Broncos]] [[16|number|16]]\n"
        "[[NY Giants|ORG|New York Giants]] [[14|number|14]] [[NEW ENGLAND|ORG|New England Patriots]] [[12|number|12]]\n\n"
        "[[Troy Aikman|PERSON]] threw [[two|count|2|touchdown]] touchdowns in the [[first|ordinal|1]] half as "
        "[[Dallas|ORG|Dallas Cowboys]] beat [[Oakland|ORG|Oakland Raiders]] before [[62,102|count|62102|fan]] fans "
        "at [[Texas Stadium|FAC]], and coach [[Barry Switzer|PERSON]] praised his defence. [[Emmitt Smith|PERSON]] ran for [[68 yards|quantity|68|yd]] on "
        "[[11|count|11|carry]] carries.\n\n"
        "In [[Green Bay|GPE|Green Bay, Wisconsin]], [[Brett Favre|PERSON]] threw for [[176 yards|quantity|176|yd]] and "
        "[[one|count|1|touchdown]] touchdown, and [[Chris Jacke|PERSON]] kicked a [[47-yard|quantity|47|yd]] field "
        "goal. [[Steelers|ORG|Pittsburgh Steelers]] coach [[Bill Cowher|PERSON]] said his starters would play only the [[first|ordinal|1]] "
        "quarter of the final preseason game.\n\n"
        "[[Steve Young|PERSON]] completed a [[22-yard|quantity|22|yd]] pass to [[Jerry Rice|PERSON]] with "
        "38 seconds left to set up the winning field goal for [[San Francisco|ORG|San Francisco 49ers]].\n\n"
        "[[Kansas City|ORG|Kansas City Chiefs]] finished the preseason with a [[4|number|4]]-[[0|number|0]] "
        "record. The regular season opens on [[Sunday, September 1|D|1996-09-01]].\n\n"
        "Games on [[Sunday|D|1996-08-25]]: [[Washington|ORG|Washington Redskins]] at [[New Orleans|ORG|New "
        "Orleans Saints]], [[Seattle|ORG|Seattle Seahawks]] at [[Minnesota|ORG|Minnesota Vikings]].",
        [
            ("Bill Cowher", "say", "his starters would play only the first quarter of the final preseason game",
             False),
        ],
    ),
    (
        "own36-ho-14", "reuters-badminton", "1996-08-30", "1996-08-30",
        "BADMINTON - [[INDONESIAN OPEN|EVENT|Indonesia Open (badminton)]] RESULTS.\n\n"
        "[[JAKARTA|GPE|Jakarta]] [[1996-08-30|D|1996-08-30]]\n\n"
        "Results of quarter-final matches at the [[Indonesian Open|EVENT|Indonesia Open (badminton)]] badminton "
        "tournament on [[Friday|D|1996-08-30]]:\n\n"
        "Men's singles\n\n"
        "[[Alan Budikusuma|PERSON]] ([[Indonesia|GPE]]) beat [[Poul-Erik Hoyer-Larsen|PERSON|Poul-Erik Høyer "
        "Larsen]] ([[Denmark|GPE]]) [[15|number|15]]-[[11|number|11]] [[15|number|15]]-[[9|number|9]]\n"
        "[[Joko Suprianto|PERSON]] ([[Indonesia|GPE]]) beat [[Ong Ewe Hock|PERSON]] ([[Malaysia|GPE]]) "
        "[[12|number|12]]-[[15|number|15]] [[15|number|15]]-[[10|number|10]] [[15|number|15]]-[[7|number|7]]\n"
        "[[Heryanto Arbi|PERSON|Hariyanto Arbi]] ([[Indonesia|GPE]]) beat [[Sun Jun|PERSON|Sun Jun "
        "(badminton)]] ([[China|GPE]]) [[15|number|15]]-[[5|number|5]] [[15|number|15]]-[[12|number|12]]\n"
        "[[Rashid Sidek|PERSON]] ([[Malaysia|GPE]]) beat [[Dong Jiong|PERSON]] ([[China|GPE]]) "
        "[[17|number|17]]-[[14|number|14]] [[15|number|15]]-[[8|number|8]]\n\n"
        "Women's singles\n\n"
        "[[Susi Susanti|PERSON]] ([[Indonesia|GPE]]) beat [[Ye Zhaoying|PERSON]] ([[China|GPE]]) "
        "[[11|number|11]]-[[5|number|5]] [[11|number|11]]-[[8|number|8]]\n"
        "[[Bang Soo-hyun|PERSON]] ([[South Korea|GPE]]) beat [[Mia Audina|PERSON]] ([[Indonesia|GPE]]) "
        "[[11|number|11]]-[[7|number|7]] [[12|number|12]]-[[10|number|10]]\n"
        "[[Camilla Martin|PERSON]] ([[Denmark|GPE]]) beat [[Yuliani Santosa|PERSON]] ([[Indonesia|GPE]]) "
        "[[11|number|11]]-[[4|number|4]] [[11|number|11]]-[[6|number|6]]\n\n"
        "[[Susanti|PERSON|Susi Susanti]], who won the gold medal in [[Barcelona|GPE]] in [[1992|D|1992]], "
        "needed only 31 minutes to reach her [[fifth|ordinal|5]] semi-final of [[the year|D|1996]]. She will "
        "meet [[Bang|PERSON|Bang Soo-hyun]] on [[Saturday|D|1996-08-31]]. "
        "[[Budikusuma|PERSON|Alan Budikusuma]] will play [[Suprianto|PERSON|Joko Suprianto]] in an all-[[Indonesian|NORP]] "
        "semi-final.\n\n"
        "The tournament carries prize money of [[$250,000|money|250000|USD]], and the [[two|count|2|winner]] "
        "singles winners each receive [[$18,750|money|18750|USD]]. The finals will be played on "
        "[[Sunday|D|1996-09-01]] at the [[Istora Senayan|FAC]] before [[about 7,000|count|7000|spectator]] "
        "spectators.",
        [],
    ),
]

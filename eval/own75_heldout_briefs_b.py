"""Held-out set 75 (blind): marked texts of briefs 08-14 and their statements (see
``build_own75_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own75-ho-08", "snowy-hydro-snowy-2-headrace-tunnel", "2025-08-21", "2025-08-21",
        "Media release\n"
        "[[Snowy Hydro|ORG]]\n"
        "[[Cooma|GPE]], [[Thursday 21 August 2025|D|2025-08-21]]\n\n"
        "[[SNOWY 2.0|FAC|Snowy 2.0]] HEADRACE TUNNEL BREAKS THROUGH\n\n"
        "[[Snowy Hydro|ORG]] [[today|D|2025-08-21]] announced that the tunnel boring machine [[Florence|PRODUCT]] "
        "had completed the [[17-kilometre|quantity|17|km]] headrace tunnel from [[Tantangara Reservoir|LOC]] to "
        "the underground power station, deep beneath [[Kosciuszko National Park|LOC]] in "
        "[[New South Wales|GPE]].\n\n"
        "Project facts\n"
        "Generating capacity: [[2,200 megawatts|quantity|2200|MW]]\n"
        "Energy storage: [[350 gigawatt-hours|quantity|350|GWh]]\n"
        "Generating units: [[six|count|6|unit]]\n"
        "Tunnels in total: [[27 km|quantity|27|km]]\n"
        "Cost to complete: [[A$12 billion|money|12000000000|AUD]]\n"
        "Full operation: [[December 2028|D|2028-12]]\n\n"
        "“[[Two years ago|D|2023]] [[Florence|PRODUCT]] was stuck in soft ground and people were writing "
        "this project off. [[Today|D|2025-08-21]] she has finished the job,” said Chief Executive "
        "[[Dennis Barnes|PERSON]].\n\n"
        "[[Barnes|PERSON|Dennis Barnes]] said the [[first|ordinal|1]] turbine would spin in "
        "[[the second half of 2027|D|2027-07/2027-12]], but warned that the project depended on the "
        "[[HumeLink|FAC]] transmission line being finished on time. [[Transgrid|ORG]], which is building "
        "[[HumeLink|FAC]], expects it to be completed by [[December 2026|D|2026-12]].\n\n"
        "Minister for Climate Change and Energy [[Chris Bowen|PERSON]] said [[Snowy 2.0|FAC]] would be “the "
        "backbone of a renewable grid” for the east coast.\n\n"
        "[[Snowy Hydro|ORG]] will publish its results for [[2024-25|D|2024-07/2025-06]] on "
        "[[Thursday|D|2025-08-28]].\n\n"
        "Notes to editors\n"
        "1. [[Snowy Hydro|ORG]] is owned by the [[Australian|NORP]] Government.\n"
        "2. When complete, [[Snowy 2.0|FAC]] will be able to power [[about 3 million|count|3000000|home]] homes "
        "for [[a week|D|P1W]].\n"
        "3. The original [[Snowy Mountains Scheme|FAC]] was built [[between 1949 and 1974|D|1949/1974]] by "
        "[[more than 100,000|count|100000|worker]] workers from [[more than 30|count|30|country]] countries.",
        [
            ("Snowy Hydro", "announce", "the tunnel boring machine Florence had completed the 17-kilometre headrace "
             "tunnel from Tantangara Reservoir to the underground power station, deep beneath Kosciuszko National "
             "Park in New South Wales", False),
            ("Dennis Barnes", "say", "Two years ago Florence was stuck in soft ground and people were writing this "
             "project off. Today she has finished the job", True),
            ("Dennis Barnes", "say", "the first turbine would spin in the second half of 2027", False),
            ("Dennis Barnes", "warn", "the project depended on the HumeLink transmission line being finished on time",
             False),
            ("Transgrid", "expect", "it to be completed by December 2026", False),
            ("Chris Bowen", "say", "Snowy 2.0 would be “the backbone of a renewable grid” for the east coast", False),
        ],
    ),
    (
        "own75-ho-09", "wikinews-santorini-state-of-emergency", "2025-02-06", "2025-02-06",
        "[[Greece|GPE]] declares state of emergency on [[Santorini|GPE]] as earthquakes continue\n\n"
        "[[Thursday, February 6, 2025|D|2025-02-06]]\n\n"
        "The [[Greek|NORP]] government [[today|D|2025-02-06]] declared a state of emergency on the island of "
        "[[Santorini|GPE]], where [[more than 7,700|count|7700|earthquake]] earthquakes have been recorded since "
        "[[January 26|D|2025-01-26]]. The strongest so far, of magnitude [[5.2|number|5.2]], struck in the sea "
        "between [[Santorini|GPE]] and [[Amorgos|GPE]] late on [[Wednesday|D|2025-02-05]]. No one has been "
        "hurt.\n\n"
        "Civil Protection Minister [[Vassilis Kikilias|PERSON|Vasilis Kikilias]] said the measure, which runs until "
        "[[March 3|D|2025-03-03]], would let the authorities send staff and equipment to the island more quickly. "
        "Prime Minister [[Kyriakos Mitsotakis|PERSON]] urged residents to stay calm and follow the instructions of "
        "the civil protection service.\n\n"
        "[[More than 11,000|count|11000|person]] people have left [[Santorini|GPE]], which has "
        "[[about 15,500|count|15500|resident]] permanent residents, on extra ferries to [[Piraeus|GPE]] and on "
        "[[Aegean Airlines|ORG]] and [[Sky Express|ORG|Sky Express (Greece)]] flights to [[Athens|GPE]]. Schools on "
        "[[Santorini|GPE]], [[Amorgos|GPE]], [[Ios|GPE]] and [[Anafi|GPE]] will stay closed until "
        "[[Friday|D|2025-02-07]].\n\n"
        "[[Efthymios Lekkas|PERSON]], head of the [[Earthquake Planning and Protection Organization|ORG]] "
        "([[OASP|ORG|Earthquake Planning and Protection Organization]]), told the state broadcaster "
        "[[ERT|ORG|Hellenic Broadcasting Corporation]] that the swarm could go on for weeks and that a larger "
        "earthquake could not be ruled out. “We are watching the sea floor hour by hour,” he said.\n\n"
        "Scientists say the earthquakes are not linked to the island’s volcano, which last erupted in "
        "[[1950|D|1950]]. The last major earthquake in the area, the [[1956 Amorgos earthquake|EVENT]], had a "
        "magnitude of [[7.7|number|7.7]] and killed [[53|count|53|person]] people.\n\n"
        "[[Santorini|GPE]] received [[about 3.4 million|count|3400000|visitor]] visitors in [[2023|D|2023]]. "
        "Hoteliers fear cancellations for the season that begins in [[April|D|2025-04]].",
        [
            ("Vasilis Kikilias", "say", "the measure, which runs until March 3, would let the authorities send staff "
             "and equipment to the island more quickly", False),
            ("Kyriakos Mitsotakis", "urge", "residents to stay calm and follow the instructions of the civil "
             "protection service", False),
            ("Efthymios Lekkas", "tell", "the swarm could go on for weeks and that a larger earthquake could not be "
             "ruled out", False),
            ("Efthymios Lekkas", "say", "We are watching the sea floor hour by hour", True),
        ],
    ),
    (
        "own75-ho-10", "wikinews-duterte-arrest-icc-the-hague", "2025-03-12", "2025-03-12",
        "Former [[Philippine|NORP]] president [[Rodrigo Duterte|PERSON]] flown to [[The Hague|GPE]] after "
        "[[ICC|ORG|International Criminal Court]] arrest\n\n"
        "[[Wednesday, March 12, 2025|D|2025-03-12]]\n\n"
        "Former [[Philippine|NORP]] President [[Rodrigo Duterte|PERSON]] arrived in the [[Netherlands|GPE]] "
        "[[today|D|2025-03-12]] to face the [[International Criminal Court|ORG]] "
        "([[ICC|ORG|International Criminal Court]]). He was arrested at [[Ninoy Aquino International Airport|FAC]] "
        "in [[Manila|GPE]] on [[Tuesday|D|2025-03-11]] as he returned from [[Hong Kong|GPE]].\n\n"
        "The warrant accuses the [[79-year-old|D|P79Y]] of crimes against humanity over killings during his "
        "campaign against illegal drugs. The [[Philippine National Police|ORG]] says "
        "[[more than 6,000|count|6000|person]] people were killed in anti-drug operations during his presidency; "
        "rights groups put the toll at [[up to 30,000|count|30000|person]].\n\n"
        "President [[Ferdinand Marcos Jr.|PERSON|Bongbong Marcos]] told a news conference that the "
        "[[Philippines|GPE]] had acted on its commitments to [[Interpol|ORG]], not on orders from the "
        "[[ICC|ORG|International Criminal Court]]. Vice President [[Sara Duterte|PERSON]], the former president’s "
        "daughter, said her father had been “forcibly taken” from his own country and flew to [[The Hague|GPE]] to help his lawyers.\n\n"
        "“I told the police and the military that this was my job and that I am responsible,” "
        "[[Duterte|PERSON|Rodrigo Duterte]] said in a video posted on [[Facebook|ORG]] during the flight.\n\n"
        "The [[Philippines|GPE]] left the [[ICC|ORG|International Criminal Court]] in [[March 2019|D|2019-03]], "
        "but the court says it still has jurisdiction over crimes committed while the country was a member.\n\n"
        "[[Duterte|PERSON|Rodrigo Duterte]], who was mayor of [[Davao City|GPE]] for "
        "[[more than two decades|D|P20Y]] before becoming president in [[2016|D|2016]], is expected to make his "
        "[[first|ordinal|1]] appearance before the court on [[Friday|D|2025-03-14]]. Supporters gathered "
        "outside the court’s building in [[The Hague|GPE]] and in [[Davao City|GPE]], where "
        "[[about 2,000|count|2000|person]] people held a prayer vigil.",
        [
            ("Philippine National Police", "say", "more than 6,000 people were killed in anti-drug operations during "
             "his presidency", False),
            ("Bongbong Marcos", "tell", "the Philippines had acted on its commitments to Interpol, not on orders "
             "from the ICC", False),
            ("Sara Duterte", "say", "her father had been “forcibly taken” from his own country", False),
            ("Rodrigo Duterte", "say", "I told the police and the military that this was my job and that I am "
             "responsible", True),
            ("International Criminal Court", "say", "it still has jurisdiction over crimes committed while the "
             "country was a member", False),
        ],
    ),
    (
        "own75-ho-11", "wikinews-australia-papua-new-guinea-pukpuk-treaty", "2025-10-06", "2025-10-06",
        "[[Australia|GPE]] and [[Papua New Guinea|GPE]] sign [[Pukpuk|LAW|Pukpuk Treaty]] defence treaty\n\n"
        "[[Monday, October 6, 2025|D|2025-10-06]]\n\n"
        "Prime Ministers [[Anthony Albanese|PERSON]] of [[Australia|GPE]] and [[James Marape|PERSON]] of "
        "[[Papua New Guinea|GPE]] [[today|D|2025-10-06]] signed the [[Pukpuk Treaty|LAW]] at "
        "[[Parliament House|FAC|Parliament House, Canberra]] in [[Canberra|GPE]], making the two neighbours formal "
        "allies. The treaty, named after the Tok Pisin word for crocodile, commits each country to help the other "
        "if it is attacked. It is [[Australia|GPE]]’s [[first|ordinal|1]] new alliance in "
        "[[more than seven decades|D|P70Y]].\n\n"
        "Under the treaty, [[up to 10,000|count|10000|citizen]] citizens of [[Papua New Guinea|GPE]] could serve in "
        "the [[Australian Defence Force|ORG]], and "
        "[[Australian|NORP]] forces may enter [[Papua New Guinea|GPE]] without visas.\n\n"
        "“This is a treaty between two friends who have stood together since the [[Kokoda Track|LOC]],” "
        "[[Albanese|PERSON|Anthony Albanese]] said. [[Marape|PERSON|James Marape]] told reporters the pact was not "
        "aimed at any other country and that [[Papua New Guinea|GPE]] would remain a “friend to all” in the region.\n\n"
        "[[Chinese|NORP]] foreign ministry spokesman [[Guo Jiakun|PERSON]] said such agreements should not "
        "target third parties. Defence Minister [[Richard Marles|PERSON]] said [[Australia|GPE]] would help grow "
        "the [[Papua New Guinea Defence Force|ORG]] to [[7,000|count|7000|troop]] troops by [[2030|D|2030]].\n\n"
        "The signing had been planned for [[September 16|D|2025-09-16]], the [[50th|ordinal|50]] anniversary of "
        "[[Papua New Guinea|GPE]]’s independence, but was delayed when [[Marape|PERSON|James Marape]]’s cabinet "
        "failed to reach a quorum. Both parliaments must now ratify the treaty; "
        "[[Albanese|PERSON|Anthony Albanese]] said he hoped it would take effect [[next month|D|2025-11]].\n\n"
        "[[Australia|GPE]] already gives [[Papua New Guinea|GPE]] [[about A$640 million|money|640000000|AUD]] in "
        "aid a year, more than any other donor.",
        [
            ("Anthony Albanese", "say", "This is a treaty between two friends who have stood together since the "
             "Kokoda Track", True),
            ("James Marape", "tell", "the pact was not aimed at any other country and that Papua New Guinea would "
             "remain a “friend to all” in the region", False),
            ("Guo Jiakun", "say", "such agreements should not target third parties", False),
            ("Richard Marles", "say", "Australia would help grow the Papua New Guinea Defence Force to 7,000 troops "
             "by 2030", False),
            ("Anthony Albanese", "say", "he hoped it would take effect next month", False),
        ],
    ),
    (
        "own75-ho-12", "reuters-1996-sofia-stoyanov-wins-presidency", "1996-11-04", "1996-11-04",
        "Opposition's [[Stoyanov|PERSON|Petar Stoyanov]] wins [[Bulgarian|NORP]] presidency, lev slides.\n\n"
        "[[SOFIA|GPE|Sofia]] [[1996-11-04|D|1996-11-04]]\n\n"
        "Opposition candidate [[Petar Stoyanov|PERSON]] won [[Bulgaria|GPE]]'s presidential run-off with "
        "[[59.7 percent|percent|59.7|%]] of the vote, the [[Central Electoral Commission|ORG]] said on "
        "[[Monday|D|1996-11-04]], dealing a heavy blow to the ruling [[Bulgarian Socialist Party|ORG]] "
        "([[BSP|ORG|Bulgarian Socialist Party]]).\n\n"
        "[[BSP|ORG|Bulgarian Socialist Party]] candidate [[Ivan Marazov|PERSON]] took "
        "[[40.3 percent|percent|40.3|%]]. Turnout was [[61.8 percent|percent|61.8|%]].\n\n"
        "[[Stoyanov|PERSON|Petar Stoyanov]], a lawyer from the [[Union of Democratic Forces|ORG|Union of "
        "Democratic Forces (Bulgaria)]] ([[UDF|ORG|Union of Democratic Forces (Bulgaria)]]), will take office on "
        "[[January 22|D|1997-01-22]] in place of [[Zhelyu Zhelev|PERSON]]. He told reporters he would press for "
        "early parliamentary elections.\n\n"
        "\"[[Bulgarians|NORP|Bulgarian]] voted against poverty and against this government,\" he said.\n\n"
        "Prime Minister [[Zhan Videnov|PERSON]] said his cabinet would stay in office and put a currency board "
        "plan to parliament.\n\n"
        "The lev fell to [[245 leva|money|245|BGL]] to the dollar on the interbank market from "
        "[[228 leva|money|228|BGL]] on [[Friday|D|1996-11-01]], dealers said. The [[Bulgarian National Bank|ORG]] "
        "kept its base rate at [[300 percent|percent|300|%]] a year.\n\n"
        "The [[International Monetary Fund|ORG]] ([[IMF|ORG|International Monetary Fund]]) said it would send a "
        "mission to [[Sofia|GPE]] later [[this month|D|1996-11]] to discuss the currency board and a "
        "[[$580 million|money|580000000|USD]] standby loan. Monthly inflation reached "
        "[[19.4 percent|percent|19.4|%]] in [[September|D|1996-09]].\n\n"
        "Hundreds of [[Stoyanov|PERSON|Petar Stoyanov]] supporters danced in central [[Sofia|GPE]] until the early "
        "hours, waving blue [[UDF|ORG|Union of Democratic Forces (Bulgaria)]] flags.\n\n"
        "-- [[Sofia|GPE]] Newsroom, 359-2-981 8573",
        [
            ("Central Electoral Commission", "say", "Opposition candidate Petar Stoyanov won Bulgaria's presidential "
             "run-off with 59.7 percent of the vote", False),
            ("Petar Stoyanov", "tell", "he would press for early parliamentary elections", False),
            ("Petar Stoyanov", "say", "Bulgarians voted against poverty and against this government", True),
            ("Zhan Videnov", "say", "his cabinet would stay in office and put a currency board plan to parliament",
             False),
            ("International Monetary Fund", "say", "it would send a mission to Sofia later this month to discuss the "
             "currency board and a $580 million standby loan", False),
        ],
    ),
    (
        "own75-ho-13", "reuters-1996-golf-world-cup-somerset-west", "1996-11-24", "1996-11-24",
        "GOLF - [[SOUTH AFRICA|GPE|South Africa]] ROMP TO RECORD [[WORLD CUP|EVENT|1996 World Cup of Golf]] WIN.\n\n"
        "[[SOMERSET WEST|GPE|Somerset West]], [[South Africa|GPE]] [[1996-11-24|D|1996-11-24]]\n\n"
        "[[Ernie Els|PERSON]] and [[Wayne Westner|PERSON]] gave [[South Africa|GPE]] a record victory in the "
        "[[World Cup|EVENT|1996 World Cup of Golf]] on [[Sunday|D|1996-11-24]], finishing "
        "[[18|count|18|stroke]] strokes clear of the [[United States|GPE]] at [[Erinvale|FAC|Erinvale Golf "
        "Club]].\n\n"
        "The home pair, [[13|count|13|stroke]] strokes ahead after [[three|count|3|round]] rounds, finished on "
        "[[547|number|547]]. [[Els|PERSON|Ernie Els]] closed with a [[67|number|67]] to take the individual title "
        "on [[272|number|272]], [[three|count|3|stroke]] ahead of [[Westner|PERSON|Wayne Westner]].\n\n"
        "\"We were nervous on the [[first|ordinal|1]] day, then we relaxed and the putts started to drop,\" "
        "[[Els|PERSON|Ernie Els]] said. [[Westner|PERSON|Wayne Westner]] said it was the best week of his "
        "career.\n\n"
        "[[Steve Jones|PERSON|Steve Jones (golfer)]] and [[Tom Lehman|PERSON]], bidding for a "
        "[[fifth|ordinal|5]] straight [[American|NORP]] win, finished second on [[565|number|565]]. "
        "[[Ireland|GPE]]'s [[Darren Clarke|PERSON]] shot a course-record [[64|number|64]].\n\n"
        "The winners shared [[$400,000|money|400000|USD]] and [[Els|PERSON|Ernie Els]] collected another "
        "[[$100,000|money|100000|USD]] as the leading individual.\n\n"
        "Leading final team scores:\n"
        "[[547|number|547]] [[South Africa|GPE]] ([[Ernie Els|PERSON]] [[272|number|272]], "
        "[[Wayne Westner|PERSON]] [[275|number|275]])\n"
        "[[565|number|565]] [[United States|GPE]] ([[Steve Jones|PERSON|Steve Jones (golfer)]] "
        "[[281|number|281]], [[Tom Lehman|PERSON]] [[284|number|284]])\n"
        "[[566|number|566]] [[Scotland|GPE]] ([[Andrew Coltart|PERSON]] [[280|number|280]], "
        "[[Raymond Russell|PERSON|Raymond Russell (golfer)]] [[286|number|286]])\n"
        "[[570|number|570]] [[Zimbabwe|GPE]] ([[Mark McNulty|PERSON]] [[282|number|282]], "
        "[[Tony Johnstone|PERSON]] [[288|number|288]])\n"
        "[[573|number|573]] [[Germany|GPE]] ([[Bernhard Langer|PERSON]] [[284|number|284]], "
        "[[Alexander Cejka|PERSON]] [[289|number|289]])",
        [
            ("Ernie Els", "say", "We were nervous on the first day, then we relaxed and the putts started to drop",
             True),
            ("Wayne Westner", "say", "it was the best week of his career", False),
        ],
    ),
    (
        "own75-ho-14", "reuters-1996-nba-bulls-unbeaten-chicago", "1996-11-16", "1996-11-16",
        "BASKETBALL - [[JORDAN|PERSON|Michael Jordan]] SCORES [[40|count|40|point]] AS "
        "[[BULLS|ORG|Chicago Bulls]] STAY UNBEATEN.\n\n"
        "[[CHICAGO|GPE|Chicago]] [[1996-11-16|D|1996-11-16]]\n\n"
        "[[Michael Jordan|PERSON]] scored [[40|count|40|point]] points as the [[Chicago Bulls|ORG]] beat the "
        "[[Detroit Pistons|ORG]] [[103|number|103]]-[[91|number|91]] on [[Friday|D|1996-11-15]] to stay unbeaten "
        "at [[9|number|9]]-[[0|number|0]], the best start in the club's [[30-year|D|P30Y]] history.\n\n"
        "[[Scottie Pippen|PERSON]] added [[22|count|22|point]] and [[Dennis Rodman|PERSON]] pulled down "
        "[[18|count|18|rebound]] rebounds. [[Grant Hill|PERSON]] led [[Detroit|ORG|Detroit Pistons]] with "
        "[[27|count|27|point]] points.\n\n"
        "\"We're not thinking about records. It's [[November|D|1996-11]],\" [[Bulls|ORG|Chicago Bulls]] coach "
        "[[Phil Jackson|PERSON]] said. [[Jordan|PERSON|Michael Jordan]] said the [[Pistons|ORG|Detroit Pistons]] "
        "were the best defensive team in the [[Eastern Conference|ORG|Eastern Conference (NBA)]].\n\n"
        "[[Kevin Garnett|PERSON]] scored [[26|count|26|point]] for [[Minnesota|ORG|Minnesota Timberwolves]] in "
        "[[Indianapolis|GPE]], where [[Reggie Miller|PERSON]] hit [[five|count|5|shot]] three-point shots "
        "for the [[Pacers|ORG|Indiana Pacers]]. The [[Bulls|ORG|Chicago Bulls]] play the [[Miami Heat|ORG]] at "
        "the [[United Center|FAC]] on [[Sunday|D|1996-11-17]].\n\n"
        "Results of [[National Basketball Association|ORG]] games on [[Friday|D|1996-11-15]] (home team in "
        "CAPS):\n"
        "[[CHICAGO|ORG|Chicago Bulls]] [[103|number|103]] [[Detroit|ORG|Detroit Pistons]] [[91|number|91]]\n"
        "[[MILWAUKEE|ORG|Milwaukee Bucks]] [[97|number|97]] [[Cleveland|ORG|Cleveland Cavaliers]] "
        "[[89|number|89]]\n"
        "[[Atlanta|ORG|Atlanta Hawks]] [[88|number|88]] [[TORONTO|ORG|Toronto Raptors]] [[85|number|85]]\n"
        "[[INDIANA|ORG|Indiana Pacers]] [[101|number|101]] [[Minnesota|ORG|Minnesota Timberwolves]] "
        "[[95|number|95]]\n\n"
        "[[Central Division|ORG|Central Division (NBA)]] standings (W L PCT GB):\n"
        "[[Chicago|ORG|Chicago Bulls]] [[9|number|9]] [[0|number|0]] [[1.000|number|1]] -\n"
        "[[Detroit|ORG|Detroit Pistons]] [[7|number|7]] [[2|number|2]] [[.778|number|0.778]] [[2|number|2]]\n"
        "[[Cleveland|ORG|Cleveland Cavaliers]] [[5|number|5]] [[3|number|3]] [[.625|number|0.625]] "
        "[[3-1/2|number|3.5]]\n"
        "[[Atlanta|ORG|Atlanta Hawks]] [[5|number|5]] [[4|number|4]] [[.556|number|0.556]] [[4|number|4]]\n"
        "[[Milwaukee|ORG|Milwaukee Bucks]] [[4|number|4]] [[4|number|4]] [[.500|number|0.5]] "
        "[[4-1/2|number|4.5]]\n"
        "[[Indiana|ORG|Indiana Pacers]] [[3|number|3]] [[5|number|5]] [[.375|number|0.375]] "
        "[[5-1/2|number|5.5]]\n"
        "[[Toronto|ORG|Toronto Raptors]] [[2|number|2]] [[7|number|7]] [[.222|number|0.222]] [[7|number|7]]",
        [
            ("Phil Jackson", "say", "We're not thinking about records. It's November", True),
            ("Michael Jordan", "say", "the Pistons were the best defensive team in the Eastern Conference", False),
        ],
    ),
]

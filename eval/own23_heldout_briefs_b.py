"""Held-out set 23 (blind): marked texts of briefs 07-14 and their statements (see
``build_own23_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own23-ho-07", "police-arrest", "2025-02-21", "2025-02-21",
        "Arrest made in [[Scarborough|GPE|Scarborough, Toronto]] shooting investigation\n"
        "Published: [[Friday, February 21, 2025|D|2025-02-21]]\n"
        "Case #: 25-0331872\n\n"
        "The [[Toronto Police Service|ORG]] is announcing an arrest in a shooting investigation in the "
        "[[Scarborough|GPE|Scarborough, Toronto]] area.\n\n"
        "It is alleged that, on [[Sunday, February 9, 2025|D|2025-02-09]], at approximately 11:40 p.m., police "
        "responded to a call for a shooting in the [[Markham Road|FAC]] and [[Sheppard Avenue|FAC]] area. A man "
        "was found with gunshot wounds and was taken to hospital with serious injuries. The [[Toronto Police "
        "Service|ORG]] said on [[Monday|D|2025-02-17]] that he was in stable condition. A [[second|ordinal|2]] "
        "man suffered minor injuries.\n\n"
        "On [[Wednesday, February 19, 2025|D|2025-02-19]], officers executed a search warrant at a residence in "
        "[[Pickering|GPE|Pickering, Ontario]]. Police seized a loaded handgun, [[46|count|46|round]] rounds of "
        "ammunition and [[$31,000|money|31000|CAD]] in cash.\n\n"
        "[[Jamal Whitaker|PERSON]] of [[Toronto|GPE]] was arrested and charged with "
        "[[11|count|11|offence]] offences under the [[Criminal Code|LAW|Criminal Code (Canada)]], including "
        "attempted murder and possession of a loaded prohibited firearm. He is scheduled to appear in court in "
        "[[Toronto|GPE]] on [[Monday, February 24, 2025|D|2025-02-24]].\n\n"
        "Police said a [[second|ordinal|2]] suspect, believed to have driven the car, is still outstanding.\n\n"
        "Superintendent [[Paul MacIntyre|PERSON]] said: \"This arrest took a dangerous firearm off our "
        "streets. We will not stop until everyone responsible is before the courts.\"\n\n"
        "Chief [[Myron Demkiw|PERSON]] said in [[January|D|2025-01]] that shootings in the city had fallen by "
        "[[25%|percent|25|%]] in [[2024|D|2024]], to [[263|count|263|shooting]], the lowest number in "
        "[[more than a decade|D|P10Y]].\n\n"
        "Anyone with information is asked to contact police at 416-808-4200, or [[Crime Stoppers|ORG]] "
        "anonymously at 416-222-TIPS (8477).",
        [
            ("Toronto Police Service", "say", "he was in stable condition", False),
            ("Paul MacIntyre", "say", "This arrest took a dangerous firearm off our streets. We will not stop "
             "until everyone responsible is before the courts.", True),
            ("Myron Demkiw", "say", "shootings in the city had fallen by 25% in 2024, to 263, the lowest number "
             "in more than a decade", False),
        ],
    ),
    (
        "own23-ho-08", "ioc-announcement", "2025-09-11", "2025-09-11",
        "[[IOC|ORG|International Olympic Committee]] Executive Board approves final venue plan for "
        "[[Milano Cortina 2026|EVENT|2026 Winter Olympics]]\n"
        "[[11 September 2025|D|2025-09-11]]\n\n"
        "The [[International Olympic Committee|ORG]] ([[IOC|ORG|International Olympic Committee]]) Executive "
        "Board (EB) [[today|D|2025-09-11]] approved the final venue plan for the [[Olympic Winter Games "
        "Milano Cortina 2026|EVENT|2026 Winter Olympics]], which will take place from [[6 to 22 February "
        "2026|D|2026-02-06/2026-02-22]].\n\n"
        "[[About 2,900|count|2900|athlete]] athletes will compete in [[116|count|116|event]] medal events at "
        "venues across [[22,000 square kilometres|quantity|22000|km2]] of northern [[Italy|GPE]], from "
        "[[Milan|GPE]] to [[Cortina d'Ampezzo|GPE]], [[Bormio|GPE]], [[Livigno|GPE]] and the [[Val di "
        "Fiemme|LOC]]. [[More than 90%|percent|90|%]] of the venues are existing or temporary.\n\n"
        "\"These Games will show that the [[Olympic Games|EVENT]] can use what already exists,\" said [[IOC|ORG|"
        "International Olympic Committee]] President [[Kirsty Coventry|PERSON]], who chaired her "
        "[[first|ordinal|1]] EB meeting in [[Lausanne|GPE]] [[this week|D|2025-W37]]. \"The athletes will be at "
        "the heart of everything.\"\n\n"
        "The [[Cortina Sliding Centre|FAC]], rebuilt for [[€118 million|money|118000000|EUR]], passed its test "
        "events in [[March|D|2025-03]]. Organisers said [[1.1 million|count|1100000|ticket]] tickets had been "
        "put on sale and [[more than 60%|percent|60|%]] had been sold.\n\n"
        "[[Giovanni Malagò|PERSON]], President of the [[Milano Cortina 2026 Foundation|ORG]], told "
        "the EB that the ice hockey arena in [[Milan|GPE]] would be handed over in "
        "[[December|D|2025-12]].\n\n"
        "The [[Paralympic Winter Games|EVENT|2026 Winter Paralympics]] will follow from [[6 to 15 March 2026|D|2026-03-06/2026-03-15]], with "
        "[[665|count|665|athlete]] athletes, the [[International Paralympic Committee|ORG]] said. The "
        "[[IOC|ORG|International Olympic Committee]] will also contribute [[$925 million|money|925000000|USD]] "
        "to the organisers' budget. [[Italian|NORP]] Prime Minister [[Giorgia Meloni|PERSON]] said the Games "
        "would leave [[Italy|GPE]] [[€3.5 billion|money|3500000000|EUR]] of new roads and railways.",
        [
            ("Kirsty Coventry", "say", "These Games will show that the Olympic Games can use what already "
             "exists", True),
            ("Kirsty Coventry", "say", "The athletes will be at the heart of everything.", True),
            ("Giovanni Malagò", "tell", "the ice hockey arena in Milan would be handed over in December", False),
            ("International Paralympic Committee", "say", "The Paralympic Winter Games will follow from 6 to 15 "
             "March 2026, with 665 athletes", False),
            ("Giorgia Meloni", "say", "the Games would leave Italy €3.5 billion of new roads and railways", False),
        ],
    ),
    (
        "own23-ho-09", "wikinews-science", "2025-07-04", "2025-07-04",
        "Astronomers confirm [[third|ordinal|3]] known interstellar object\n"
        "[[Friday, July 4, 2025|D|2025-07-04]]\n\n"
        "Astronomers have confirmed that a comet discovered on [[Tuesday|D|2025-07-01]] came from outside the "
        "[[Solar System|LOC]]. The object, designated [[3I/ATLAS|LOC]], is only the [[third|ordinal|3]] "
        "interstellar object ever observed, after [[ʻOumuamua|LOC]] in [[2017|D|2017]] and "
        "[[2I/Borisov|LOC]] in [[2019|D|2019]].\n\n"
        "It was first spotted by a telescope of the [[Asteroid Terrestrial-impact Last Alert System|ORG]] "
        "([[ATLAS|ORG|Asteroid Terrestrial-impact Last Alert System]]) in [[Río Hurtado|GPE]], "
        "[[Chile|GPE]]. The [[Minor Planet Center|ORG]] in [[Cambridge, Massachusetts|GPE]] confirmed on "
        "[[Wednesday|D|2025-07-02]] that its path was hyperbolic, meaning it is not bound to the [[Sun|LOC]].\n\n"
        "The comet is travelling at [[about 221,000 kilometres per hour|quantity|221000|km/h]] and is "
        "[[about 670 million kilometres|quantity|670000000|km]] from the [[Sun|LOC]]. Earlier images from the "
        "[[Vera C. Rubin Observatory|FAC]] show it as far back as [[June 14|D|2025-06-14]].\n\n"
        "[[NASA|ORG]] said the comet poses no threat to [[Earth|LOC]] and will come no closer than "
        "[[240 million kilometres|quantity|240000000|km]]. It will pass closest to the [[Sun|LOC]] in "
        "[[late October|D|2025-10]], when it will be on the far side of the [[Sun|LOC]] from [[Earth|LOC]].\n\n"
        "[[Richard Moissl|PERSON]], head of planetary defence at the [[European Space Agency|ORG]], said the "
        "comet could be older than the [[Solar System|LOC]] itself. Its nucleus is estimated at "
        "[[up to 20 kilometres|quantity|20|km]] across, though astronomers expect that figure to fall.\n\n"
        "The [[James Webb Space Telescope|PRODUCT]] and the [[Hubble Space Telescope|PRODUCT]] will observe "
        "the comet in [[August|D|2025-08]]. It should remain visible to large telescopes until "
        "[[September|D|2025-09]] and again from [[early December|D|2025-12]].",
        [
            ("Minor Planet Center", "confirm", "its path was hyperbolic, meaning it is not bound to the Sun",
             False),
            ("NASA", "say", "the comet poses no threat to Earth and will come no closer than 240 million "
             "kilometres", False),
            ("Richard Moissl", "say", "the comet could be older than the Solar System itself", False),
        ],
    ),
    (
        "own23-ho-10", "wikinews-economy", "2025-09-17", "2025-09-17",
        "[[Bank Indonesia|ORG]] cuts interest rate for [[fourth|ordinal|4]] time [[this year|D|2025]]\n"
        "[[Wednesday, September 17, 2025|D|2025-09-17]]\n\n"
        "[[Bank Indonesia|ORG]] ([[BI|ORG|Bank Indonesia]]) unexpectedly cut its benchmark interest rate by "
        "[[25 basis points|percent|0.25|pp]] to [[4.75%|percent|4.75|%]] on [[Wednesday|D|2025-09-17]], its "
        "[[fourth|ordinal|4]] cut [[this year|D|2025]]. Only [[four|count|4|economist]] of "
        "[[29|count|29|economist]] economists polled by [[Reuters|ORG]] had expected the move.\n\n"
        "Governor [[Perry Warjiyo|PERSON]] told reporters in [[Jakarta|GPE]] that the cut was meant to "
        "support growth while inflation stayed low. \"We will continue to look for room to ease further, "
        "while keeping the rupiah stable,\" he said.\n\n"
        "Annual inflation was [[2.31%|percent|2.31|%]] in [[August|D|2025-08]], within the central bank's "
        "target of [[1.5%|percent|1.5|%]] to [[3.5%|percent|3.5|%]]. The economy grew [[5.12%|percent|5.12|%]] "
        "year on year in [[the second quarter|D|2025-04/2025-06]]. The [[International Monetary Fund|ORG]] "
        "forecasts growth of [[4.8%|percent|4.8|%]] for [[2025|D|2025]], below the [[8%|percent|8|%]] that "
        "[[Prabowo|PERSON|Prabowo Subianto]] has promised by [[2029|D|2029]].\n\n"
        "The decision came [[nine days|D|P9D]] after President [[Prabowo Subianto|PERSON]] replaced Finance "
        "Minister [[Sri Mulyani Indrawati|PERSON]] with [[Purbaya Yudhi Sadewa|PERSON]], following deadly "
        "protests in [[late August|D|2025-08]]. [[Purbaya|PERSON|Purbaya Yudhi Sadewa]] has moved "
        "[[Rp200 trillion|money|200000000000000|IDR]] of government cash from the central bank to "
        "[[five|count|5|bank]] state banks, and said the economy could grow by [[6%|percent|6|%]] or more.\n\n"
        "The rupiah fell [[0.5%|percent|0.5|%]] to [[Rp16,480|money|16480|IDR]] per [[U.S.|GPE|United States]] "
        "dollar after the announcement.\n\n"
        "[[Capital Economics|ORG]] said it expected [[one|count|1|cut]] more cut in "
        "[[the fourth quarter|D|2025-10/2025-12]]. Foreign investors have sold [[about $3.8 "
        "billion|money|3800000000|USD]] of [[Indonesian|NORP]] bonds since [[July|D|2025-07]].",
        [
            ("Perry Warjiyo", "tell", "the cut was meant to support growth while inflation stayed low", False),
            ("Perry Warjiyo", "say", "We will continue to look for room to ease further, while keeping the "
             "rupiah stable", True),
            ("International Monetary Fund", "forecast", "growth of 4.8% for 2025", False),
            ("Purbaya Yudhi Sadewa", "say", "the economy could grow by 6% or more", False),
            ("Capital Economics", "expect", "one more cut in the fourth quarter", False),
        ],
    ),
    (
        "own23-ho-11", "wikinews-election", "2025-12-15", "2025-12-15",
        "[[Kast|PERSON|José Antonio Kast]] wins [[Chilean|NORP]] presidential runoff\n"
        "[[Monday, December 15, 2025|D|2025-12-15]]\n\n"
        "[[José Antonio Kast|PERSON]] of the [[Republican Party|ORG|Republican Party (Chile)]] won "
        "[[Chile|GPE]]'s presidential runoff on [[Sunday|D|2025-12-14]], defeating [[Jeannette Jara|PERSON]] of "
        "the [[Communist Party|ORG|Communist Party of Chile]] by [[58.2%|percent|58.2|%]] to "
        "[[41.8%|percent|41.8|%]]. With [[99.9%|percent|99.9|%]] of ballots counted, [[Kast|PERSON|José "
        "Antonio Kast]] had [[7.25 million|count|7250000|vote]] votes, according to the [[Electoral "
        "Service|ORG|Electoral Service]] ([[Servel|ORG|Electoral Service]]). Turnout was "
        "[[about 85%|percent|85|%]] of [[15.7 million|count|15700000|voter]] registered voters, in the "
        "[[first|ordinal|1]] runoff held under compulsory voting. [[Kast|PERSON|José Antonio Kast]] told "
        "supporters in [[Santiago|GPE]]: \"[[Chile|GPE]] will be free of fear again.\"\n\n"
        "[[Jara|PERSON|Jeannette Jara]], a former labour minister, conceded defeat and said her coalition "
        "would be a demanding but responsible opposition. Outgoing President [[Gabriel Boric|PERSON]] called "
        "[[Kast|PERSON|José Antonio Kast]] to congratulate him and said the handover would begin "
        "[[this week|D|2025-W51]].\n\n"
        "[[Kast|PERSON|José Antonio Kast]], who lost the [[2021|D|2021]] runoff to [[Boric|PERSON|Gabriel "
        "Boric]], campaigned on crime and immigration. He has promised to expel [[about "
        "330,000|count|330000|migrant]] migrants living in the country without papers and to build a barrier "
        "along the border with [[Peru|GPE]] and [[Bolivia|GPE]].\n\n"
        "In the [[first|ordinal|1]] round on [[November 16|D|2025-11-16]], [[Jara|PERSON|Jeannette Jara]] came "
        "[[first|ordinal|1]] with [[26.8%|percent|26.8|%]] and [[Kast|PERSON|José Antonio Kast]] "
        "[[second|ordinal|2]] with [[23.9%|percent|23.9|%]]. [[Argentine|NORP]] President [[Javier "
        "Milei|PERSON]] was among the [[first|ordinal|1]] leaders to call him.\n\n"
        "[[Kast|PERSON|José Antonio Kast]] will take office on [[March 11|D|2026-03-11]] for a "
        "[[four-year|D|P4Y]] term. The peso gained [[1.2%|percent|1.2|%]] against the dollar on "
        "[[Monday|D|2025-12-15]], and shares in [[Santiago|GPE]] rose [[more than 2%|percent|2|%]].",
        [
            ("José Antonio Kast", "tell", "Chile will be free of fear again.", True),
            ("Jeannette Jara", "say", "her coalition would be a demanding but responsible opposition", False),
            ("Gabriel Boric", "say", "the handover would begin this week", False),
            ("José Antonio Kast", "promise", "expel about 330,000 migrants living in the country without papers "
             "and to build a barrier along the border with Peru and Bolivia", False),
        ],
    ),
    (
        "own23-ho-12", "reuters-markets", "1996-08-23", "1996-08-23",
        "Sterling firms before [[Clarke|PERSON|Kenneth Clarke]]-[[George|PERSON|Edward George, Baron George]] meeting.\n"
        "[[LONDON|GPE|London]] [[1996-08-23|D|1996-08-23]]\n\n"
        "Sterling firmed against the mark on [[Friday|D|1996-08-23]] as dealers bet that Chancellor of the "
        "Exchequer [[Kenneth Clarke|PERSON]] and [[Bank of England|ORG]] Governor [[Eddie George|PERSON|Edward George, Baron George]] "
        "would leave base rates at [[5.75 percent|percent|5.75|%]] at their monthly meeting "
        "[[next week|D|1996-W35]].\n\n"
        "Sterling ended at [[2.3015 marks|money|2.3015|DEM]] after [[2.2940|money|2.294|DEM]] late on "
        "[[Thursday|D|1996-08-22]], and at [[$1.5540|money|1.554|USD]] after [[$1.5495|money|1.5495|USD]]. "
        "The FTSE 100 index closed [[12.4|count|12.4|point]] points higher at [[3,907.5|number|3907.5]].\n\n"
        "[[Clarke|PERSON|Kenneth Clarke]] told [[BBC|ORG]] radio on [[Thursday|D|1996-08-22]] that inflation "
        "was under control and that the economy was growing at a sustainable pace. Data on "
        "[[Wednesday|D|1996-08-21]] showed retail sales rose [[0.6 percent|percent|0.6|%]] in "
        "[[July|D|1996-07]] and [[3.4 percent|percent|3.4|%]] year-on-year. Underlying inflation was "
        "[[2.9 percent|percent|2.9|%]] in [[July|D|1996-07]], above the government's "
        "[[2.5 percent|percent|2.5|%]] target.\n\n"
        "\"The market thinks the next move is up, but not before the election,\" said [[Nigel "
        "Richardson|PERSON]], economist at [[Yamaichi|ORG|Yamaichi Securities]]. A general election must be "
        "held by [[May 1997|D|1997-05]]. The [[Confederation of British Industry|ORG]] said on "
        "[[Tuesday|D|1996-08-20]] that factory orders were at their highest since [[April|D|1996-04]].\n\n"
        "In [[Frankfurt|GPE]], the [[Bundesbank|ORG|Deutsche Bundesbank]] left its repo rate at "
        "[[3.30 percent|percent|3.30|%]] on [[Thursday|D|1996-08-22]]. [[Bundesbank|ORG|Deutsche Bundesbank]] "
        "council member [[Reimut Jochimsen|PERSON]] said there was no need for further cuts in [[German|NORP]] "
        "rates [[this year|D|1996]].\n\n"
        "The dollar rose to [[1.4815 marks|money|1.4815|DEM]] and [[108.20 yen|money|108.2|JPY]] from "
        "[[1.4760|money|1.476|DEM]] and [[107.85|money|107.85|JPY]]. Gold was fixed at "
        "[[$387.40|money|387.4|USD]] an ounce in the afternoon, up [[$1.10|money|1.1|USD]].",
        [
            ("Kenneth Clarke", "tell", "inflation was under control and that the economy was growing at a "
             "sustainable pace", False),
            ("Nigel Richardson", "say", "The market thinks the next move is up, but not before the election",
             True),
            ("Confederation of British Industry", "say", "factory orders were at their highest since April",
             False),
            ("Reimut Jochimsen", "say", "there was no need for further cuts in German rates this year", False),
        ],
    ),
    (
        "own23-ho-13", "reuters-soccer", "1996-08-24", "1996-08-24",
        "SOCCER - [[ENGLISH PREMIER LEAGUE|ORG|Premier League]] SUMMARIES.\n"
        "[[LONDON|GPE|London]] [[1996-08-24|D|1996-08-24]]\n\n"
        "Summaries of [[English Premier League|ORG|Premier League]] matches on [[Saturday|D|1996-08-24]] "
        "(scorers and minutes in brackets):\n\n"
        "[[Arsenal|ORG|Arsenal F.C.]] [[2|number|2]] ([[Wright|PERSON|Ian Wright]] 36, [[Merson|PERSON|Paul "
        "Merson]] 74) [[Leicester|ORG|Leicester City F.C.]] [[0|number|0]]. Halftime [[1|number|1]]-"
        "[[0|number|0]]. Attendance: [[38,000|count|38000|spectator]]\n"
        "[[Chelsea|ORG|Chelsea F.C.]] [[2|number|2]] ([[Vialli|PERSON|Gianluca Vialli]] 23, [[Di "
        "Matteo|PERSON|Roberto Di Matteo]] 81) [[Coventry|ORG|Coventry City F.C.]] [[0|number|0]]. Halftime "
        "[[1|number|1]]-[[0|number|0]]. Attendance: [[25,024|count|25024|spectator]]\n"
        "[[Middlesbrough|ORG|Middlesbrough F.C.]] [[3|number|3]] ([[Ravanelli|PERSON|Fabrizio Ravanelli]] 12, "
        "48, [[Juninho|PERSON|Juninho Paulista]] 70) [[West Ham|ORG|West Ham United F.C.]] [[1|number|1]] "
        "([[Dicks|PERSON|Julian Dicks]] 55 penalty). Halftime [[1|number|1]]-[[0|number|0]]. Attendance: "
        "[[29,900|count|29900|spectator]]\n"
        "[[Sheffield Wednesday|ORG|Sheffield Wednesday F.C.]] [[2|number|2]] ([[Hirst|PERSON|David Hirst]] 40, "
        "[[Humphreys|PERSON|Ritchie Humphreys]] 88) [[Leeds|ORG|Leeds United F.C.]] [[0|number|0]]. Halftime "
        "[[1|number|1]]-[[0|number|0]]. Attendance: [[31,011|count|31011|spectator]]\n"
        "[[Newcastle|ORG|Newcastle United F.C.]] [[2|number|2]] ([[Shearer|PERSON|Alan Shearer]] 7, "
        "[[Ferdinand|PERSON|Les Ferdinand]] 64) [[Wimbledon|ORG|Wimbledon F.C.]] [[0|number|0]]. Halftime "
        "[[1|number|1]]-[[0|number|0]]. Attendance: [[36,385|count|36385|spectator]]\n\n"
        "[[Alan Shearer|PERSON]], signed from [[Blackburn|ORG|Blackburn Rovers F.C.]] for a world record "
        "[[15 million pounds|money|15000000|GBP]] in [[July|D|1996-07]], scored his [[first|ordinal|1]] league "
        "goal for [[Newcastle|ORG|Newcastle United F.C.]]. Manager [[Kevin Keegan|PERSON]] said it would be "
        "the [[first|ordinal|1]] of many.\n\n"
        "[[Italian|NORP]] striker [[Fabrizio Ravanelli|PERSON]], who scored [[three|count|3|goal]] goals on his "
        "debut [[last week|D|1996-W33]], now has [[five|count|5|goal]] goals in [[two|count|2|game]] games. "
        "[[Middlesbrough|ORG|Middlesbrough F.C.]] manager [[Bryan Robson|PERSON]] said the [[Brazilian|NORP]] "
        "[[Juninho|PERSON|Juninho Paulista]] was the best player in [[England|GPE]].\n\n"
        "[[Leeds|ORG|Leeds United F.C.]] manager [[Howard Wilkinson|PERSON]] said he would sign "
        "[[two|count|2|player]] new players [[this week|D|1996-W34]]. [[Leicester|ORG|Leicester City F.C.]] "
        "manager [[Martin O'Neill|PERSON]] ([[Northern Ireland|GPE]]) said his team had been beaten by a better "
        "side.\n\n"
        "[[Chelsea|ORG|Chelsea F.C.]] player-manager [[Ruud Gullit|PERSON]] ([[Netherlands|GPE]]) said: \"We "
        "are getting better every week.\"",
        [
            ("Kevin Keegan", "say", "it would be the first of many", False),
            ("Bryan Robson", "say", "the Brazilian Juninho was the best player in England", False),
            ("Howard Wilkinson", "say", "he would sign two new players this week", False),
            ("Martin O'Neill", "say", "his team had been beaten by a better side", False),
            ("Ruud Gullit", "say", "We are getting better every week.", True),
        ],
    ),
    (
        "own23-ho-14", "reuters-golf", "1996-08-23", "1996-08-23",
        "GOLF - LEADING SCORES AT [[WORLD SERIES OF GOLF|EVENT|NEC World Series of Golf]].\n"
        "[[AKRON|GPE|Akron, Ohio]], [[Ohio|GPE]] [[1996-08-23|D|1996-08-23]]\n\n"
        "Leading [[second|ordinal|2]]-round scores on [[Friday|D|1996-08-23]] in the [[$2.1 "
        "million|money|2100000|USD]] [[World Series of Golf|EVENT|NEC World Series of Golf]] on the [[7,139-yard|quantity|7139|yd]] "
        "South course at [[Firestone Country Club|FAC]] ([[U.S.|GPE|United States]] unless stated):\n\n"
        "[[134|number|134]] [[Phil Mickelson|PERSON]] [[67|number|67]] [[67|number|67]]\n"
        "[[136|number|136]] [[Billy Mayfair|PERSON]] [[69|number|69]] [[67|number|67]], [[Greg "
        "Norman|PERSON]] ([[Australia|GPE]]) [[68|number|68]] [[68|number|68]]\n"
        "[[137|number|137]] [[Ernie Els|PERSON]] ([[South Africa|GPE]]) [[70|number|70]] [[67|number|67]], "
        "[[Steve Stricker|PERSON]] [[68|number|68]] [[69|number|69]]\n"
        "[[138|number|138]] [[Colin Montgomerie|PERSON]] ([[Britain|GPE|United Kingdom]]) [[71|number|71]] "
        "[[67|number|67]], [[Masashi Ozaki|PERSON|Jumbo Ozaki]] ([[Japan|GPE]]) [[69|number|69]] "
        "[[69|number|69]]\n"
        "[[139|number|139]] [[Tom Lehman|PERSON]] [[70|number|70]] [[69|number|69]]\n\n"
        "[[Mickelson|PERSON|Phil Mickelson]], who has won [[three|count|3|title]] titles [[this year|D|1996]], "
        "holed a [[40-foot|quantity|40|ft]] putt at the [[18th|ordinal|18]] hole. \"I putted as well as I "
        "have all year,\" he said.\n\n"
        "[[Norman|PERSON|Greg Norman]], the world number one, said his back was no longer a problem and that he "
        "expected to go low on [[Saturday|D|1996-08-24]]. [[Els|PERSON|Ernie Els]], the [[U.S. Open|EVENT|U.S. "
        "Open (golf)]] champion in [[1994|D|1994]], said the course suited his long game. [[Montgomerie|PERSON|"
        "Colin Montgomerie]] said he was happy to be [[four|count|4|shot]] shots behind.\n\n"
        "The [[43|count|43|player]] players in the field have won events on the world's main tours since "
        "[[August 1995|D|1995-08]]. The winner on [[Sunday|D|1996-08-25]] receives "
        "[[$378,000|money|378000|USD]] and a [[10-year|D|P10Y]] exemption on the [[U.S.|GPE|United States]] "
        "[[PGA Tour|ORG]].",
        [
            ("Phil Mickelson", "say", "I putted as well as I have all year", True),
            ("Greg Norman", "say", "his back was no longer a problem and that he expected to go low on Saturday",
             False),
            ("Ernie Els", "say", "the course suited his long game", False),
            ("Colin Montgomerie", "say", "he was happy to be four shots behind", False),
        ],
    ),
]

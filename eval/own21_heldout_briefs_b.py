"""Held-out set 21 (blind): marked texts of briefs 08-14 and their statements (see
``build_own21_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own21-ho-08", "esa-release", "2025-04-29", "2025-04-29",
        "[[Biomass|PRODUCT|Biomass (satellite)]] forest mission lifts off\n"
        "[[29/04/2025|D|2025-04-29]]\n\n"
        "[[ESA|ORG|European Space Agency]]'s [[Biomass|PRODUCT|Biomass (satellite)]] satellite lifted off on a "
        "[[Vega-C|PRODUCT]] rocket from the [[Guiana Space Centre|FAC]] in [[Kourou|GPE]], [[French "
        "Guiana|GPE]], at 11:15 CEST on [[29 April|D|2025-04-29]]. Signals were received shortly after "
        "separation by the [[European Space Operations Centre|FAC]] ([[ESOC|FAC|European Space Operations "
        "Centre]]) in [[Darmstadt|GPE]], [[Germany|GPE]].\n\n"
        "The [[1,170 kg|quantity|1170|kg]] satellite will orbit at an altitude of [[666 km|quantity|666|km]]. "
        "It is the [[first|ordinal|1]] satellite to carry a P-band synthetic aperture radar, which uses a "
        "[[12-metre|quantity|12|m]] antenna to see through the canopy and measure the woody matter of "
        "trees.\n\n"
        "Over [[five years|D|P5Y]], [[Biomass|PRODUCT|Biomass (satellite)]] will map forest carbon in the "
        "[[Amazon|LOC|Amazon rainforest]], the [[Congo Basin|LOC]] and [[Indonesia|GPE]] every six months. "
        "Forests absorb [[about 16 billion tonnes|quantity|16000000000|t]] of carbon dioxide a year, but "
        "estimates of how much carbon they store differ by [[up to 50%|percent|50|%]] from region to "
        "region.\n\n"
        "[[ESA|ORG|European Space Agency]] Director of Earth Observation Programmes [[Simonetta Cheli|PERSON]] "
        "said: “[[Biomass|PRODUCT|Biomass (satellite)]] will give us, for the [[first|ordinal|1]] time, a "
        "global picture of how much carbon the world's forests hold and how this is changing.”\n\n"
        "[[ESA|ORG|European Space Agency]] Director General [[Josef Aschbacher|PERSON]] said the launch showed "
        "that [[Europe|LOC]] had regained independent access to space for its scientific missions.\n\n"
        "The satellite was built by a consortium of [[more than 50|count|50|company]] companies led by "
        "[[Airbus|ORG]] in [[Stevenage|GPE]], in the [[United Kingdom|GPE]]. [[Arianespace|ORG]] said the "
        "launch was the [[fourth|ordinal|4]] of a [[Vega-C|PRODUCT]] and that [[two|count|2|launch]] more were "
        "planned for [[the second half of 2025|D|2025-07/2025-12]]. [[Airbus|ORG]] said all systems were "
        "working normally.\n\n"
        "After a [[six-month|D|P6M]] commissioning phase, the mission's [[first|ordinal|1]] data maps are "
        "expected in [[2026|D|2026]].",
        [
            ("Simonetta Cheli", "say", "Biomass will give us, for the first time, a global picture of how much "
             "carbon the world's forests hold and how this is changing.",
             True),
            ("Josef Aschbacher", "say", "the launch showed that Europe had regained independent access to "
             "space for its scientific missions",
             False),
            ("Arianespace", "say", "the launch was the fourth of a Vega-C and that two more were planned for "
             "the second half of 2025",
             False),
            ("Airbus", "say", "all systems were working normally", False),
        ],
    ),
    (
        "own21-ho-09", "wikinews-business", "2025-06-19", "2025-06-19",
        "[[Nippon Steel|ORG]] completes [[$14.9 billion|money|14900000000|USD]] takeover of [[U.S. "
        "Steel|ORG]]\n"
        "[[Thursday, June 19, 2025|D|2025-06-19]]\n\n"
        "[[Japan|GPE]]'s largest steelmaker, [[Nippon Steel|ORG]], said on [[Wednesday|D|2025-06-18]] it had "
        "completed its acquisition of the [[United States Steel Corporation|ORG|U.S. Steel]] for [[$14.9 "
        "billion|money|14900000000|USD]], ending an [[18-month|D|P18M]] fight over the deal.\n\n"
        "The takeover, first announced in [[December 2023|D|2023-12]], was blocked by then-President [[Joe "
        "Biden|PERSON]] in [[January|D|2025-01]] on national security grounds. President [[Donald "
        "Trump|PERSON]] cleared it on [[Friday|D|2025-06-13]] after the companies signed an agreement giving "
        "the [[U.S.|GPE|United States]] government a \"golden share\" with a veto over some decisions.\n\n"
        "Under the agreement, [[Nippon Steel|ORG]] pledged to invest [[about $11 "
        "billion|money|11000000000|USD]] in [[U.S. Steel|ORG]] plants by [[2028|D|2028]] and to keep the "
        "company's headquarters in [[Pittsburgh|GPE]], [[Pennsylvania|GPE]]. [[U.S. Steel|ORG]] employs "
        "[[about 22,000|count|22000|person]] people and produced [[15.7 million tons|quantity|15700000|ton]] "
        "of steel in [[2024|D|2024]].\n\n"
        "\"This is a historic day for both companies,\" [[Nippon Steel|ORG]] vice chairman [[Takahiro "
        "Mori|PERSON]] told reporters in [[Tokyo|GPE]].\n\n"
        "[[United Steelworkers|ORG]] president [[David McCall|PERSON]] said the union remained concerned about "
        "whether the [[Japanese|NORP]] company would honour its labour contract. Prime Minister [[Shigeru "
        "Ishiba|PERSON]] called the deal a model for [[Japanese|NORP]] investment in the [[United "
        "States|GPE]].\n\n"
        "Shares of [[Nippon Steel|ORG]] rose [[2.1%|percent|2.1|%]] in [[Tokyo|GPE]] on "
        "[[Thursday|D|2025-06-19]]. The company says the purchase makes it the world's "
        "[[fourth|ordinal|4]]-largest steelmaker, with capacity of [[more than 80 million "
        "tonnes|quantity|80000000|t]] a year.",
        [
            ("Nippon Steel", "say", "it had completed its acquisition of the United States Steel Corporation "
             "for $14.9 billion, ending an 18-month fight over the deal",
             False),
            ("Nippon Steel", "pledge", "invest about $11 billion in U.S. Steel plants by 2028 and to keep the "
             "company's headquarters in Pittsburgh, Pennsylvania",
             False),
            ("Takahiro Mori", "tell", "This is a historic day for both companies", True),
            ("David McCall", "say", "the union remained concerned about whether the Japanese company would "
             "honour its labour contract",
             False),
            ("Nippon Steel", "say", "the purchase makes it the world's fourth-largest steelmaker, with "
             "capacity of more than 80 million tonnes a year",
             False),
        ],
    ),
    (
        "own21-ho-10", "wikinews-health", "2025-03-05", "2025-03-05",
        "Measles outbreak in [[Texas|GPE]] grows to [[159|count|159|case]] cases\n"
        "[[Wednesday, March 5, 2025|D|2025-03-05]]\n\n"
        "The [[Texas Department of State Health Services|ORG]] ([[DSHS|ORG|Texas Department of State Health "
        "Services]]) reported on [[Tuesday|D|2025-03-04]] that a measles outbreak in the [[South Plains|LOC]] "
        "region had grown to [[159|count|159|case]] cases, up from [[146|count|146|case]] on "
        "[[Friday|D|2025-02-28]]. [[Twenty-two|count|22|patient]] patients have been hospitalised.\n\n"
        "Most cases are in [[Gaines County|GPE|Gaines County, Texas]], where [[about 14%|percent|14|%]] of "
        "kindergarten children had an exemption from [[at least one|count|1|vaccine]] required vaccine in "
        "[[2024|D|2024]]. An unvaccinated school-age child died in [[Lubbock|GPE|Lubbock, Texas]] [[last "
        "week|D|2025-W09]], the [[first|ordinal|1]] measles death in the [[United States|GPE]] since "
        "[[2015|D|2015]]. [[New Mexico|GPE]] has reported [[nine|count|9|case]] cases in neighbouring [[Lea "
        "County|GPE|Lea County, New Mexico]].\n\n"
        "The [[Centers for Disease Control and Prevention|ORG]] ([[CDC|ORG|Centers for Disease Control and "
        "Prevention]]) said the measles vaccine was [[97%|percent|97|%]] effective after [[two|count|2|dose]] "
        "doses. Nationwide, [[164|count|164|case]] cases had been reported in [[2025|D|2025]] by [[February "
        "27|D|2025-02-27]], more than in all of [[2024|D|2024]].\n\n"
        "Health and Human Services Secretary [[Robert F. Kennedy Jr.|PERSON]] wrote on [[Sunday|D|2025-03-02]] "
        "that vaccines protect individual children and contribute to community immunity.\n\n"
        "\"We are seeing exactly what happens when vaccination rates fall below [[95%|percent|95|%]],\" said "
        "[[Katherine Wells|PERSON]], director of public health in [[Lubbock|GPE|Lubbock, Texas]]. She said "
        "clinics in the city had given [[more than 300|count|300|dose]] extra doses over [[the past two "
        "weeks|D|2025-02-19/2025-03-05]]. [[Lubbock|GPE|Lubbock, Texas]] Mayor [[Mark McBrayer|PERSON]] urged "
        "residents to check their vaccination records.\n\n"
        "[[DSHS|ORG|Texas Department of State Health Services]] said it expected more cases over the coming "
        "weeks and would publish updates every Tuesday and Friday.",
        [
            ("Texas Department of State Health Services", "report", "a measles outbreak in the South Plains "
             "region had grown to 159 cases, up from 146 on Friday",
             False),
            ("Centers for Disease Control and Prevention", "say", "the measles vaccine was 97% effective after "
             "two doses",
             False),
            ("Robert F. Kennedy Jr.", "write", "vaccines protect individual children and contribute to "
             "community immunity",
             False),
            ("Katherine Wells", "say", "We are seeing exactly what happens when vaccination rates fall below "
             "95%",
             True),
            ("Katherine Wells", "say", "clinics in the city had given more than 300 extra doses over the past "
             "two weeks",
             False),
            ("Mark McBrayer", "urge", "residents to check their vaccination records", False),
            ("Texas Department of State Health Services", "expect", "more cases over the coming weeks", False),
        ],
    ),
    (
        "own21-ho-11", "wikinews-sport", "2025-07-27", "2025-07-27",
        "[[Tadej Pogačar|PERSON]] wins [[fourth|ordinal|4]] [[Tour de France|EVENT]]\n"
        "[[Sunday, July 27, 2025|D|2025-07-27]]\n\n"
        "[[Slovenia|GPE]]'s [[Tadej Pogačar|PERSON]] won the [[Tour de France|EVENT]] for the "
        "[[fourth|ordinal|4]] time [[today|D|2025-07-27]], finishing 4:24 ahead of [[Denmark|GPE]]'s [[Jonas "
        "Vingegaard|PERSON]] after the [[21st|ordinal|21]] and final stage in [[Paris|GPE]]. [[Germany|GPE]]'s "
        "[[Florian Lipowitz|PERSON]] finished [[third|ordinal|3]].\n\n"
        "The [[3,338-kilometre|quantity|3338|km]] race started in [[Lille|GPE]] on [[July 5|D|2025-07-05]]. "
        "[[Pogačar|PERSON|Tadej Pogačar]], who rides for [[UAE Team Emirates XRG|ORG|UAE Team Emirates]], won "
        "[[four|count|4|stage]] stages and wore the yellow jersey for [[17 days|D|P17D]]. He also collected "
        "the [[€500,000|money|500000|EUR]] winner's prize.\n\n"
        "For the [[first|ordinal|1]] time, the final stage included [[three|count|3|climb]] climbs of the "
        "[[Butte Montmartre|LOC|Montmartre]] before the finish on the [[Champs-Élysées|FAC]]. [[Belgian|NORP]] "
        "[[Wout van Aert|PERSON]] of [[Visma–Lease a Bike|ORG|Team Visma–Lease a Bike]] won the stage after "
        "attacking on the last climb, in front of [[about 400,000|count|400000|spectator]] spectators.\n\n"
        "\"I'm really proud. This [[Tour|EVENT|Tour de France]] was harder than people think,\" "
        "[[Pogačar|PERSON|Tadej Pogačar]] told reporters. He said he would not ride the [[Vuelta a "
        "España|EVENT]], which starts in [[Turin|GPE]] on [[August 23|D|2025-08-23]].\n\n"
        "[[Vingegaard|PERSON|Jonas Vingegaard]], the winner in [[2022|D|2022]] and [[2023|D|2023]], said he "
        "had given everything and would return [[next year|D|2026]]. He told [[Danish|NORP]] broadcaster [[TV "
        "2|ORG|TV 2 (Denmark)]] that [[Pogačar|PERSON|Tadej Pogačar]] had been the stronger rider in the "
        "mountains. [[Remco Evenepoel|PERSON]], [[third|ordinal|3]] in [[2024|D|2024]], abandoned on the "
        "[[14th|ordinal|14]] stage. The organiser, [[Amaury Sport Organisation|ORG]], said [[more than 12 "
        "million|count|12000000|spectator]] spectators had lined the route.\n\n"
        "[[Pogačar|PERSON|Tadej Pogačar]] has now won [[four|count|4|title]] titles in [[six years|D|P6Y]]. "
        "The record of [[five|count|5|win]] wins is shared by [[Jacques Anquetil|PERSON]], [[Eddy "
        "Merckx|PERSON]], [[Bernard Hinault|PERSON]] and [[Miguel Induráin|PERSON]].",
        [
            ("Tadej Pogačar", "tell", "I'm really proud. This Tour was harder than people think", True),
            ("Tadej Pogačar", "say", "he would not ride the Vuelta a España, which starts in Turin on August 23",
             False),
            ("Jonas Vingegaard", "say", "he had given everything and would return next year", False),
            ("Jonas Vingegaard", "tell", "Pogačar had been the stronger rider in the mountains", False),
            ("Amaury Sport Organisation", "say", "more than 12 million spectators had lined the route", False),
        ],
    ),
    (
        "own21-ho-12", "reuters-politics", "1996-08-22", "1996-08-22",
        "[[GERMANY|GPE|Germany]]'S [[WAIGEL|PERSON|Theo Waigel]] SAYS [[1997|D|1997]] BUDGET ON TRACK.\n"
        "[[BONN|GPE|Bonn]] [[1996-08-22|D|1996-08-22]]\n\n"
        "[[German|NORP]] Finance Minister [[Theo Waigel|PERSON]] said on [[Thursday|D|1996-08-22]] the "
        "government was on track to cut federal spending by [[2.5 percent|percent|2.5|%]] in [[1997|D|1997]] "
        "to [[440.2 billion marks|money|440200000000|DEM]] and to meet the [[Maastricht|LAW|Maastricht "
        "Treaty]] treaty's deficit ceiling of [[three percent|percent|3|%]] of gross domestic product.\n\n"
        "\"We are on course. The deficit will be below [[three percent|percent|3|%]] [[next year|D|1997]],\" "
        "[[Waigel|PERSON|Theo Waigel]] told reporters after a cabinet meeting.\n\n"
        "The cabinet approved savings of [[25 billion marks|money|25000000000|DEM]] in [[July|D|1996-07]], "
        "including cuts in sick pay and in unemployment benefits.\n\n"
        "The opposition [[Social Democrats|ORG|Social Democratic Party of Germany]] said the cuts would hit "
        "pensioners and the unemployed hardest. [[SPD|ORG|Social Democratic Party of Germany]] budget expert "
        "[[Ingrid Matthaeus-Maier|PERSON|Ingrid Matthäus-Maier]] said [[Waigel|PERSON|Theo Waigel]] had left a "
        "gap of [[at least 10 billion marks|money|10000000000|DEM]] in his figures.\n\n"
        "Unemployment rose to [[3.9 million|count|3900000|person]] people in [[July|D|1996-07]], or [[10.2 "
        "percent|percent|10.2|%]] of the workforce, the [[Federal Labour Office|ORG|Federal Employment "
        "Agency]] said on [[August 6|D|1996-08-06]].\n\n"
        "The [[Bundesbank|ORG|Deutsche Bundesbank]] left its discount rate at [[2.5 percent|percent|2.5|%]] "
        "and its Lombard rate at [[4.5 percent|percent|4.5|%]] after its council meeting on "
        "[[Thursday|D|1996-08-22]]. The dollar ended at [[1.4820 marks|money|1.482|DEM]] and [[107.60 "
        "yen|money|107.6|JPY]] in [[Frankfurt|GPE]].\n\n"
        "Chancellor [[Helmut Kohl|PERSON]]'s coalition of [[Christian Democrats|NORP|Christian Democrat]] and "
        "[[Free Democrats|NORP|Free Democrat]] has a majority of [[10|count|10|seat]] seats in the "
        "[[Bundestag|ORG]], which will debate the budget in [[September|D|1996-09]].",
        [
            ("Theo Waigel", "say", "the government was on track to cut federal spending by 2.5 percent in 1997 "
             "to 440.2 billion marks and to meet the Maastricht treaty's deficit ceiling of three percent of "
             "gross domestic product",
             False),
            ("Theo Waigel", "tell", "We are on course. The deficit will be below three percent next year",
             True),
            ("Social Democratic Party of Germany", "say", "the cuts would hit pensioners and the unemployed "
             "hardest",
             False),
            ("Ingrid Matthäus-Maier", "say", "Waigel had left a gap of at least 10 billion marks in his figures",
             False),
            ("Federal Employment Agency", "say", "Unemployment rose to 3.9 million people in July, or 10.2 "
             "percent of the workforce",
             False),
        ],
    ),
    (
        "own21-ho-13", "reuters-soccer", "1996-08-24", "1996-08-24",
        "SOCCER - [[GERMAN|NORP|German]] [[FIRST|ordinal|1]] DIVISION RESULTS / STANDINGS.\n"
        "[[BONN|GPE|Bonn]] [[1996-08-24|D|1996-08-24]]\n\n"
        "Results of [[German|NORP]] [[first|ordinal|1]] division soccer matches on "
        "[[Saturday|D|1996-08-24]]:\n\n"
        "[[Bochum|ORG|VfL Bochum]] [[2|number|2]] [[Cologne|ORG|1. FC Köln]] [[1|number|1]]\n"
        "[[Hamburg|ORG|Hamburger SV]] [[0|number|0]] [[Bayern Munich|ORG|FC Bayern Munich]] [[0|number|0]]\n"
        "[[Karlsruhe|ORG|Karlsruher SC]] [[3|number|3]] [[Freiburg|ORG|SC Freiburg]] [[1|number|1]]\n"
        "[[Schalke|ORG|FC Schalke 04]] [[1|number|1]] [[Duisburg|ORG|MSV Duisburg]] [[1|number|1]]\n"
        "[[Stuttgart|ORG|VfB Stuttgart]] [[4|number|4]] [[Bielefeld|ORG|Arminia Bielefeld]] [[0|number|0]]\n"
        "[[Werder Bremen|ORG|SV Werder Bremen]] [[1|number|1]] [[Borussia Dortmund|ORG]] [[2|number|2]]\n\n"
        "Played on [[Friday|D|1996-08-23]]:\n"
        "[[Leverkusen|ORG|Bayer 04 Leverkusen]] [[2|number|2]] [[Munich 1860|ORG|TSV 1860 Munich]] "
        "[[0|number|0]]\n\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, against, points):\n"
        "[[Stuttgart|ORG|VfB Stuttgart]] [[2|number|2]] [[2|number|2]] [[0|number|0]] [[0|number|0]] "
        "[[7|number|7]] [[1|number|1]] [[6|number|6]]\n"
        "[[Karlsruhe|ORG|Karlsruher SC]] [[2|number|2]] [[2|number|2]] [[0|number|0]] [[0|number|0]] "
        "[[5|number|5]] [[2|number|2]] [[6|number|6]]\n"
        "[[Leverkusen|ORG|Bayer 04 Leverkusen]] [[2|number|2]] [[2|number|2]] [[0|number|0]] [[0|number|0]] "
        "[[4|number|4]] [[1|number|1]] [[6|number|6]]\n"
        "[[Borussia Dortmund|ORG]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[0|number|0]] [[4|number|4]] "
        "[[3|number|3]] [[4|number|4]]\n\n"
        "[[Stuttgart|ORG|VfB Stuttgart]]'s [[Bulgarian|NORP]] striker [[Krassimir Balakov|PERSON]] scored "
        "[[two|count|2|goal]] goals in front of [[41,000|count|41000|spectator]] spectators at the "
        "[[Gottlieb-Daimler-Stadion|FAC|MHPArena]]. Coach [[Joachim Loew|PERSON|Joachim Löw]] said his side "
        "had played their best football for [[two years|D|P2Y]].\n\n"
        "In [[Hamburg|GPE]], [[Bayern|ORG|FC Bayern Munich]] were held to their [[second|ordinal|2]] draw of "
        "the season. [[Bayern|ORG|FC Bayern Munich]] coach [[Giovanni Trapattoni|PERSON]] said he was not "
        "worried. \"We were lucky to get a point,\" [[Hamburg|ORG|Hamburger SV]] coach [[Felix Magath|PERSON]] "
        "said. [[Bochum|ORG|VfL Bochum]] coach [[Klaus Toppmoeller|PERSON|Klaus Toppmöller]] said his team "
        "would have to fight against relegation again. [[Dortmund|ORG|Borussia Dortmund]] striker [[Stephane "
        "Chapuisat|PERSON|Stéphane Chapuisat]] ([[Switzerland|GPE]]) scored the winner five minutes from time "
        "in [[Bremen|GPE]] to keep the champions unbeaten.",
        [
            ("Joachim Löw", "say", "his side had played their best football for two years", False),
            ("Giovanni Trapattoni", "say", "he was not worried", False),
            ("Felix Magath", "say", "We were lucky to get a point", True),
            ("Klaus Toppmöller", "say", "his team would have to fight against relegation again", False),
        ],
    ),
    (
        "own21-ho-14", "reuters-tennis", "1996-08-22", "1996-08-22",
        "TENNIS - RESULTS AT [[HAMLET CUP|EVENT|Hamlet Cup]].\n"
        "[[COMMACK|GPE|Commack, New York]], [[New York|GPE]] [[1996-08-22|D|1996-08-22]]\n\n"
        "Results from the [[$303,000|money|303000|USD]] [[Hamlet Cup|EVENT]] tennis tournament on "
        "[[Thursday|D|1996-08-22]] (prefix number denotes seeding):\n\n"
        "[[Second|ordinal|2]] round\n"
        "[[1|number|1]] - [[Michael Chang|PERSON]] ([[U.S.|GPE|United States]]) beat [[Karol "
        "Kucera|PERSON|Karol Kučera]] ([[Slovakia|GPE]]) [[6|number|6]]-[[4|number|4]] "
        "[[6|number|6]]-[[2|number|2]]\n"
        "[[Carlos Moya|PERSON|Carlos Moyá]] ([[Spain|GPE]]) beat [[4|number|4]] - [[Thomas Enqvist|PERSON]] "
        "([[Sweden|GPE]]) [[7|number|7]]-[[6|number|6]] ([[7|number|7]]-[[5|number|5]]) "
        "[[6|number|6]]-[[3|number|3]]\n"
        "[[5|number|5]] - [[Andrei Medvedev|PERSON]] ([[Ukraine|GPE]]) beat [[Alex O'Brien|PERSON]] "
        "([[U.S.|GPE|United States]]) [[6|number|6]]-[[3|number|3]] [[3|number|3]]-[[6|number|6]] "
        "[[6|number|6]]-[[4|number|4]]\n"
        "[[Mark Philippoussis|PERSON]] ([[Australia|GPE]]) beat [[Javier Sanchez|PERSON|Javier Sánchez]] "
        "([[Spain|GPE]]) [[6|number|6]]-[[2|number|2]] [[7|number|7]]-[[5|number|5]]\n\n"
        "[[Chang|PERSON|Michael Chang]], the world number two, needed only 58 minutes to beat the "
        "[[Slovak|NORP]] qualifier. He said his serve had been his best weapon and that he expected a harder "
        "match against [[Moya|PERSON|Carlos Moyá]] in [[Friday|D|1996-08-23]]'s quarter-finals.\n\n"
        "[[Enqvist|PERSON|Thomas Enqvist]], who won the title in [[1995|D|1995]], hit [[11|count|11|ace]] aces "
        "but made [[42|count|42|error]] unforced errors. \"I just could not find my rhythm,\" the "
        "[[Swede|NORP]] said.\n\n"
        "[[Medvedev|PERSON|Andrei Medvedev]] said he had felt pain in his right wrist in the "
        "[[second|ordinal|2]] set but expected to play on [[Friday|D|1996-08-23]]. [[Philippoussis|PERSON|Mark "
        "Philippoussis]], who served [[19|count|19|ace]] aces, said: \"My serve was working and I'm happy with "
        "that.\"\n\n"
        "The tournament is the last event on the [[ATP Tour|ORG]] before the [[U.S. Open|EVENT|US Open "
        "(tennis)]], which starts in [[New York|GPE|New York City]] on [[Monday|D|1996-08-26]]. The winner on "
        "[[Sunday|D|1996-08-25]] receives [[$43,000|money|43000|USD]] and [[250|count|250|point]] ranking "
        "points.",
        [
            ("Michael Chang", "say", "his serve had been his best weapon and that he expected a harder match "
             "against Moya in Friday's quarter-finals",
             False),
            ("Thomas Enqvist", "say", "I just could not find my rhythm", True),
            ("Andrei Medvedev", "say", "he had felt pain in his right wrist in the second set but expected to "
             "play on Friday",
             False),
            ("Mark Philippoussis", "say", "My serve was working and I'm happy with that.", True),
        ],
    ),
]

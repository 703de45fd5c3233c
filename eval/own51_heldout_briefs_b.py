"""Held-out set 51 (blind): marked texts of briefs 08-14 and their statements (see
``build_own51_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own51-ho-08", "world-athletics-tokyo-close", "2025-09-21", "2025-09-21",
        "[[World Athletics|ORG]]\n"
        "Press release\n"
        "[[TOKYO|GPE|Tokyo]], [[21 September 2025|D|2025-09-21]]\n\n"
        "[[WORLD ATHLETICS CHAMPIONSHIPS TOKYO 25|EVENT|2025 World Athletics Championships]] CLOSE WITH "
        "RECORD CROWDS\n\n"
        "The [[World Athletics Championships Tokyo 25|EVENT|2025 World Athletics Championships]] ended "
        "[[tonight|D|2025-09-21]] at the [[National Stadium|FAC|Japan National Stadium]] after "
        "[[nine days|D|P9D]] of competition.\n\n"
        "Key figures\n"
        "• Spectators: [[619,288|count|619288|spectator]]\n"
        "• Championship records: [[7|count|7|record]]\n"
        "• World record: [[6.30m|quantity|6.3|m]] in the men’s pole vault by [[Armand Duplantis|PERSON]] "
        "([[Sweden|GPE]])\n"
        "• Countries winning medals: [[53|count|53|country]]\n\n"
        "The [[United States|GPE]] topped the medal table with [[26|count|26|medal]] medals, including "
        "[[16|count|16|medal]] gold medals. [[Kenya|GPE]] won [[11|count|11|medal]].\n\n"
        "[[World Athletics|ORG]] President [[Sebastian Coe|PERSON]] said: “Tokyo gave these athletes the crowds "
        "they were denied in [[2021|D|2021]].”\n\n"
        "[[Coe|PERSON|Sebastian Coe]] announced that prize money at the [[World Athletics Ultimate "
        "Championship|EVENT]] in [[Budapest|GPE]] [[next September|D|2026-09]] would total "
        "[[US$10 million|money|10000000|USD]], with [[US$150,000|money|150000|USD]] for each winner.\n\n"
        "[[Yuko Arimori|PERSON]], President of the [[Japan Association of Athletics Federations|ORG]] "
        "([[JAAF|ORG|Japan Association of Athletics Federations]]), told reporters that the championships "
        "had inspired a new generation of [[Japanese|NORP]] athletes.\n\n"
        "The [[Tokyo Metropolitan Government|ORG]] estimated the economic impact at "
        "[[about ¥100 billion|money|100000000000|JPY]].\n\n"
        "The next [[World Championships|EVENT|2027 World Athletics Championships]] will be held in [[Beijing|GPE]] in [[2027|D|2027]].",
        [
            ("Sebastian Coe", "say", "Tokyo gave these athletes the crowds they were denied in 2021.", True),
            ("Sebastian Coe", "announce", "prize money at the World Athletics Ultimate Championship in Budapest "
             "next September would total US$10 million, with US$150,000 for each winner", False),
            ("Yuko Arimori", "tell", "the championships had inspired a new generation of Japanese athletes",
             False),
            ("Tokyo Metropolitan Government", "estimate", "the economic impact at about ¥100 billion", False),
        ],
    ),
    (
        "own51-ho-09", "wikinews-solomon-islands-manele", "2024-05-02", "2024-05-02",
        "[[Jeremiah Manele|PERSON]] elected Prime Minister of [[Solomon Islands|GPE]]\n\n"
        "[[Thursday, May 2, 2024|D|2024-05-02]]\n\n"
        "[[Jeremiah Manele|PERSON]], a former foreign minister, was elected Prime Minister of "
        "[[Solomon Islands|GPE]] by the [[National Parliament|ORG|National Parliament of Solomon Islands]] in "
        "[[Honiara|GPE]] [[today|D|2024-05-02]], defeating opposition leader [[Matthew Wale|PERSON]] by a vote "
        "of [[31|number|31]]-[[18|number|18]].\n\n"
        "[[Manele|PERSON|Jeremiah Manele]] succeeds [[Manasseh Sogavare|PERSON]], whose [[OUR Party|ORG]] won "
        "[[15|count|15|seat]] of the [[50|count|50|seat]] seats in the general election of "
        "[[April 17|D|2024-04-17]]. [[Sogavare|PERSON|Manasseh Sogavare]] withdrew from the contest and backed "
        "his former foreign minister.\n\n"
        "In his [[first|ordinal|1]] speech as prime minister, [[Manele|PERSON|Jeremiah Manele]] said his "
        "government would keep the country’s close ties with both [[China|GPE]] and [[Australia|GPE]]. "
        "“We will be a friend to all and an enemy to none,” he told reporters.\n\n"
        "[[Wale|PERSON|Matthew Wale]] said the opposition would accept the result, but warned that voters "
        "had wanted change and would not wait [[another four years|D|P4Y]] for it.\n\n"
        "[[Solomon Islands|GPE]] switched diplomatic recognition from [[Taiwan|GPE]] to [[China|GPE]] in "
        "[[2019|D|2019]] and signed a security pact with [[Beijing|GPE]] in [[2022|D|2022]]. "
        "[[Chinese|NORP]] foreign ministry spokesperson [[Lin Jian|PERSON]] said [[China|GPE]] respected the "
        "choice of the [[Solomon Islands|GPE]] people.\n\n"
        "Governor-General [[David Vunagi|PERSON]] is to swear in the new prime minister at "
        "[[Government House|FAC|Government House, Honiara]] on [[Friday|D|2024-05-03]]. The country of "
        "[[about 720,000|count|720000|person]] people is among the poorest in the [[Pacific|LOC|Pacific "
        "Islands]].",
        [
            ("Jeremiah Manele", "say", "his government would keep the country’s close ties with both China and "
             "Australia", False),
            ("Jeremiah Manele", "tell", "We will be a friend to all and an enemy to none", True),
            ("Matthew Wale", "say", "the opposition would accept the result", False),
            ("Matthew Wale", "warn", "voters had wanted change and would not wait another four years for it",
             False),
            ("Lin Jian", "say", "China respected the choice of the Solomon Islands people", False),
        ],
    ),
    (
        "own51-ho-10", "wikinews-botswana-boko-sworn-in", "2024-11-01", "2024-11-01",
        "[[Duma Boko|PERSON]] sworn in as President of [[Botswana|GPE]]\n\n"
        "[[Friday, November 1, 2024|D|2024-11-01]]\n\n"
        "[[Duma Boko|PERSON]] was sworn in as the [[sixth|ordinal|6]] President of [[Botswana|GPE]] "
        "[[today|D|2024-11-01]] in [[Gaborone|GPE]], ending [[58 years|D|P58Y]] of rule by the "
        "[[Botswana Democratic Party|ORG]] ([[BDP|ORG|Botswana Democratic Party]]). Chief Justice "
        "[[Terence Rannowane|PERSON]] administered the oath.\n\n"
        "According to the [[Independent Electoral Commission|ORG|Independent Electoral Commission "
        "(Botswana)]], [[Boko|PERSON|Duma Boko]]’s [[Umbrella for Democratic Change|ORG]] won "
        "[[36|count|36|seat]] of the [[61|count|61|seat]] elected seats in [[Wednesday|D|2024-10-30]]’s "
        "election. The [[BDP|ORG|Botswana Democratic Party]], in power since independence in "
        "[[1966|D|1966]], kept only [[four|count|4|seat]].\n\n"
        "Outgoing President [[Mokgweetsi Masisi|PERSON]] conceded [[yesterday|D|2024-10-31]]. He said he was "
        "proud of the peaceful transfer of power and would take his place in the opposition.\n\n"
        "“A new day has dawned,” [[Boko|PERSON|Duma Boko]] told thousands of supporters at the "
        "[[National Stadium|FAC|Botswana National Stadium]]. He pledged to diversify the economy away from "
        "diamonds and to create [[500,000|count|500000|job]] jobs.\n\n"
        "Diamonds account for [[about 80 percent|percent|80|%]] of [[Botswana|GPE]]’s exports, and sales by "
        "[[Debswana|ORG]], a joint venture of the state and [[De Beers|ORG]], fell by "
        "almost half in [[2024|D|2024]].\n\n"
        "[[South African|NORP]] President [[Cyril Ramaphosa|PERSON]] congratulated "
        "[[Boko|PERSON|Duma Boko]] and said the election showed the strength of democracy in "
        "[[Southern Africa|LOC]].\n\n"
        "[[Boko|PERSON|Duma Boko]], a [[54-year-old|D|P54Y]] human rights lawyer, is expected to name his cabinet "
        "[[next week|D|2024-W45]].",
        [
            ("Independent Electoral Commission (Botswana)", "according to", "Boko’s Umbrella for Democratic "
             "Change won 36 of the 61 elected seats in Wednesday’s election", False),
            ("Mokgweetsi Masisi", "say", "he was proud of the peaceful transfer of power and would take his place "
             "in the opposition", False),
            ("Duma Boko", "tell", "A new day has dawned", True),
            ("Duma Boko", "pledge", "diversify the economy away from diamonds and to create 500,000 jobs", False),
            ("Cyril Ramaphosa", "say", "the election showed the strength of democracy in Southern Africa", False),
        ],
    ),
    (
        "own51-ho-11", "wikinews-yoon-removed", "2025-04-04", "2025-04-04",
        "[[South Korea|GPE]]’s [[Constitutional Court|ORG|Constitutional Court of Korea]] removes President [[Yoon Suk Yeol|PERSON]] from office\n\n"
        "[[Friday, April 4, 2025|D|2025-04-04]]\n\n"
        "The [[Constitutional Court|ORG|Constitutional Court of Korea]] of [[South Korea|GPE]] "
        "[[today|D|2025-04-04]] upheld the impeachment of President [[Yoon Suk Yeol|PERSON]] over his "
        "declaration of martial law on [[December 3|D|2024-12-03]], removing him from office. The "
        "[[eight|count|8|justice]] justices ruled [[8|number|8]]-[[0|number|0]].\n\n"
        "Acting Chief Justice [[Moon Hyung-bae|PERSON]] said that [[Yoon|PERSON|Yoon Suk Yeol]] had violated "
        "the constitution by sending troops to the [[National Assembly|ORG|National Assembly (South Korea)]]. "
        "“The respondent betrayed the trust of the people,” [[Moon|PERSON|Moon Hyung-bae]] said.\n\n"
        "Under the constitution, a presidential election must be held within [[60 days|D|P60D]]. Acting "
        "President [[Han Duck-soo|PERSON]] pledged to ensure a fair and orderly vote, which is expected on "
        "[[June 3|D|2025-06-03]].\n\n"
        "[[Yoon|PERSON|Yoon Suk Yeol]] said in a statement through his lawyers that he was sorry he had failed "
        "to meet the people’s expectations.\n\n"
        "[[Lee Jae-myung|PERSON]], leader of the [[Democratic Party|ORG|Democratic Party of Korea]], told "
        "reporters that the ruling was a victory for the people.\n\n"
        "Crowds of supporters and opponents of [[Yoon|PERSON|Yoon Suk Yeol]] gathered near the court in "
        "[[Seoul|GPE]], where [[about 14,000|count|14000|police officer]] police officers were deployed.\n\n"
        "[[Yoon|PERSON|Yoon Suk Yeol]] is the [[second|ordinal|2]] [[South Korean|NORP]] president to be "
        "removed by the court, after [[Park Geun-hye|PERSON]] in [[2017|D|2017]]. He also faces a criminal "
        "trial on insurrection charges that began in [[February|D|2025-02]].",
        [
            ("Moon Hyung-bae", "say", "Yoon had violated the constitution by sending troops to the National "
             "Assembly", False),
            ("Moon Hyung-bae", "say", "The respondent betrayed the trust of the people", True),
            ("Han Duck-soo", "pledge", "ensure a fair and orderly vote", False),
            ("Yoon Suk Yeol", "say", "he was sorry he had failed to meet the people’s expectations", False),
            ("Lee Jae-myung", "tell", "the ruling was a victory for the people", False),
        ],
    ),
    (
        "own51-ho-12", "wire-johannesburg-rand-1996", "1996-08-28", "1996-08-28",
        "RAND EASES AS [[STALS|PERSON|Chris Stals]] WARNS ON INFLATION\n\n"
        "[[JOHANNESBURG|GPE|Johannesburg]] [[1996-08-28|D|1996-08-28]]\n\n"
        "[[South Africa|GPE]]’s rand weakened to [[4.5450|number|4.545]] against the [[U.S.|GPE|United "
        "States]] dollar in late trade from [[4.5210|number|4.521]] at [[Tuesday|D|1996-08-27]]’s close, after "
        "[[Reserve Bank|ORG|South African Reserve Bank]] Governor [[Chris Stals|PERSON]] warned that inflation "
        "could climb above [[10 percent|percent|10|%]] by [[the first quarter of 1997|D|1997-01/1997-03]].\n\n"
        "[[Stals|PERSON|Chris Stals]] told a banking conference that the bank would not hesitate to tighten "
        "policy again. The [[Reserve Bank|ORG|South African Reserve Bank]] raised its Bank rate by "
        "[[one percentage point|percent|1|pp]] to [[17 percent|percent|17|%]] in [[May|D|1996-05]].\n\n"
        "The rand has lost [[about 20 percent|percent|20|%]] of its value since [[February|D|1996-02]].\n\n"
        "Finance Minister [[Trevor Manuel|PERSON]] told parliament in [[Cape Town|GPE]] that the government "
        "would stick to its target of cutting the budget deficit to [[4 percent|percent|4|%]] of gross domestic "
        "product by [[1999/2000|D|1999-04/2000-03]].\n\n"
        "[[Standard Bank|ORG]] said in a note to clients that the rand could weaken to [[4.60|number|4.6]] by "
        "[[December|D|1996-12]] if foreign investors kept selling [[South African|NORP]] bonds.\n\n"
        "The [[Johannesburg Stock Exchange|ORG]]’s all-share index closed [[0.4 percent|percent|0.4|%]] lower "
        "at [[6,752.1|number|6752.1]]. Gold fell [[$1.20|money|1.2|USD]] to [[$387.40|money|387.4|USD]] an "
        "ounce.\n\n"
        "Dealers said the market would watch [[Friday|D|1996-08-30]]’s money supply figures for "
        "[[July|D|1996-07]].\n\n"
        "-- [[Johannesburg|GPE]] Newsroom, +27 11 482 1003",
        [
            ("Chris Stals", "warn", "inflation could climb above 10 percent by the first quarter of 1997", False),
            ("Chris Stals", "tell", "the bank would not hesitate to tighten policy again", False),
            ("Trevor Manuel", "tell", "the government would stick to its target of cutting the budget deficit to "
             "4 percent of gross domestic product by 1999/2000", False),
            ("Standard Bank", "say", "the rand could weaken to 4.60 by December if foreign investors kept selling "
             "South African bonds", False),
        ],
    ),
    (
        "own51-ho-13", "wire-handball-germany-1996", "1996-09-08", "1996-09-08",
        "HANDBALL - GERMAN FIRST DIVISION RESULTS / STANDINGS.\n\n"
        "[[BONN|GPE|Bonn]] [[1996-09-08|D|1996-09-08]]\n\n"
        "Results of German first division handball matches played on [[Saturday|D|1996-09-07]]:\n\n"
        "[[Kiel|ORG|THW Kiel]] [[27|number|27]] [[Flensburg|ORG|SG Flensburg-Handewitt]] [[24|number|24]]\n"
        "[[Lemgo|ORG|TBV Lemgo]] [[25|number|25]] [[Essen|ORG|TuSEM Essen]] [[25|number|25]]\n"
        "[[Magdeburg|ORG|SC Magdeburg]] [[23|number|23]] [[Minden|ORG|GWD Minden]] [[21|number|21]]\n"
        "[[Wallau-Massenheim|ORG|SG Wallau-Massenheim]] [[30|number|30]] "
        "[[Grosswallstadt|ORG|TV Großwallstadt]] [[26|number|26]]\n"
        "[[Nettelstedt|ORG|TuS N-Lübbecke]] [[22|number|22]] [[Niederwuerzbach|ORG|TV Niederwürzbach]] "
        "[[22|number|22]]\n\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, against, points):\n"
        "[[Kiel|ORG|THW Kiel]] [[3|number|3]] [[3|number|3]] [[0|number|0]] [[0|number|0]] [[81|number|81]] "
        "[[66|number|66]] [[6|number|6]]\n"
        "[[Wallau-Massenheim|ORG|SG Wallau-Massenheim]] [[3|number|3]] [[2|number|2]] [[1|number|1]] "
        "[[0|number|0]] [[84|number|84]] [[75|number|75]] [[5|number|5]]\n"
        "[[Lemgo|ORG|TBV Lemgo]] [[3|number|3]] [[2|number|2]] [[1|number|1]] [[0|number|0]] "
        "[[73|number|73]] [[68|number|68]] [[5|number|5]]\n\n"
        "Champions [[Kiel|ORG|THW Kiel]] kept their perfect start as [[Swedish|NORP]] playmaker "
        "[[Magnus Wislander|PERSON]] scored [[eight|count|8|goal]] goals. A crowd of [[7,000|count|7000|spectator]] saw "
        "the match in [[Kiel|GPE]]. [[Lemgo|ORG|TBV Lemgo]] were held to a draw by [[Essen|ORG|TuSEM Essen]] "
        "after leading by [[five|count|5|goal]] goals at half-time.\n\n"
        "“We were nervous until half-time, then the defence held,” [[Kiel|ORG|THW Kiel]] coach "
        "[[Zvonimir Serdarusic|PERSON|Zvonimir Serdarušić]] said.\n\n"
        "[[Flensburg|ORG|SG Flensburg-Handewitt]] coach [[Anders Dahl-Nielsen|PERSON]] said his team had "
        "missed [[four|count|4|penalty]] penalties.\n\n"
        "[[Serdarusic|PERSON|Zvonimir Serdarušić]] added that [[Kiel|ORG|THW Kiel]] aimed to win a "
        "[[fourth|ordinal|4]] title in [[five years|D|P5Y]].\n\n"
        "The [[German Handball Association|ORG]] said on [[Friday|D|1996-09-06]] that [[Grosswallstadt|ORG|"
        "TV Großwallstadt]] would play its next home game in [[Aschaffenburg|GPE]].",
        [
            ("Zvonimir Serdarušić", "say", "We were nervous until half-time, then the defence held", True),
            ("Anders Dahl-Nielsen", "say", "his team had missed four penalties", False),
            ("Zvonimir Serdarušić", "add", "Kiel aimed to win a fourth title in five years", False),
            ("German Handball Association", "say", "Grosswallstadt would play its next home game in "
             "Aschaffenburg", False),
        ],
    ),
    (
        "own51-ho-14", "wire-rowing-worlds-1996", "1996-08-18", "1996-08-18",
        "ROWING - [[WORLD CHAMPIONSHIPS|EVENT|1996 World Rowing Championships]] RESULTS.\n\n"
        "[[MOTHERWELL|GPE|Motherwell]], [[Scotland|GPE]] [[1996-08-18|D|1996-08-18]]\n\n"
        "Results of finals at the [[World Rowing Championships|EVENT|1996 World Rowing Championships]] for non-Olympic classes on "
        "[[Sunday|D|1996-08-18]] (course length [[2,000 metres|quantity|2000|m]]):\n\n"
        "Men's lightweight single sculls - gold [[Peter Haining|PERSON]] ([[Britain|GPE|United Kingdom]]) "
        "7:02.31; silver [[Karsten Nielsen|PERSON]] ([[Denmark|GPE]]) 7:03.76; bronze [[Michael Gier|PERSON]] "
        "([[Switzerland|GPE]]) 7:05.10\n\n"
        "Women's lightweight single sculls - gold [[Rebecca Joyce|PERSON]] ([[Australia|GPE]]) 7:41.02; "
        "silver [[Pia Vogel|PERSON]] ([[Switzerland|GPE]]) 7:42.55; bronze [[Michelle Darvill|PERSON]] "
        "([[Canada|GPE]]) 7:44.90\n\n"
        "Medals table: [[Britain|GPE|United Kingdom]] [[3|count|3|medal]], [[Australia|GPE]] "
        "[[2|count|2|medal]], [[Switzerland|GPE]] [[2|count|2|medal]], [[Denmark|GPE]] [[1|count|1|medal]]\n\n"
        "[[Haining|PERSON|Peter Haining]], who won his [[fourth|ordinal|4]] world title in a row, told "
        "reporters he had feared the strong crosswind in the last [[500 metres|quantity|500|m]].\n\n"
        "“I have never had to work so hard for a gold medal,” the [[Scot|NORP]] said.\n\n"
        "[[Joyce|PERSON|Rebecca Joyce]] said she would now aim for the [[Sydney Olympics|EVENT|2000 Summer Olympics]] in "
        "[[2000|D|2000]], where lightweight sculling has no single event.\n\n"
        "Rowing's world governing body, [[FISA|ORG|World Rowing Federation]], said [[about 900|count|900|rower]] "
        "rowers from [[40|count|40|country]] countries had taken part over the [[four days|D|P4D]].",
        [
            ("Peter Haining", "tell", "he had feared the strong crosswind in the last 500 metres", False),
            ("Peter Haining", "say", "I have never had to work so hard for a gold medal", True),
            ("Rebecca Joyce", "say", "she would now aim for the Sydney Olympics in 2000, where lightweight "
             "sculling has no single event", False),
            ("World Rowing Federation", "say", "about 900 rowers from 40 countries had taken part over the four "
             "days", False),
        ],
    ),
]

"""Held-out set 41 (blind): marked texts of briefs 08-14 and their statements (see
``build_own41_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own41-ho-08", "kemenkeu-budget", "2025-10-14", "2025-10-14",
        "State budget deficit at [[1.56 percent|percent|1.56|%]] of GDP by [[end-September|D|2025-09]]\n"
        "[[Ministry of Finance of the Republic of Indonesia|ORG|Ministry of Finance (Indonesia)]]\n"
        "[[Jakarta|GPE]], [[Tuesday, October 14, 2025|D|2025-10-14]]\n\n"
        "The [[Indonesian|NORP]] state budget recorded a deficit of "
        "[[Rp371.5 trillion|money|371500000000000|IDR]], or [[1.56 percent|percent|1.56|%]] of gross "
        "domestic product, at the end of [[September 2025|D|2025-09]], Finance Minister "
        "[[Purbaya Yudhi Sadewa|PERSON]] said at a press conference in [[Jakarta|GPE]] on "
        "[[Tuesday|D|2025-10-14]].\n\n"
        "State revenue reached [[Rp1,863.3 trillion|money|1863300000000000|IDR]], or "
        "[[65 percent|percent|65|%]] of the full-year target, while spending reached "
        "[[Rp2,234.8 trillion|money|2234800000000000|IDR]]. Tax revenue fell [[4.4 percent|percent|4.4|%]] "
        "year on year to [[Rp1,295.3 trillion|money|1295300000000000|IDR]].\n\n"
        "“The deficit is under control and well within the [[3 percent|percent|3|%]] ceiling set by law. "
        "We will push spending in the [[fourth quarter|D|2025-10/2025-12]] to support growth,” "
        "[[Purbaya|PERSON|Purbaya Yudhi Sadewa]] said.\n\n"
        "The minister said the government had placed [[Rp200 trillion|money|200000000000000|IDR]] of its "
        "cash held at [[Bank Indonesia|ORG]] in [[five|count|5|bank]] state-owned banks in "
        "[[September|D|2025-09]] to boost lending. He expects the deficit to reach "
        "[[2.78 percent|percent|2.78|%]] of GDP for the whole of [[2025|D|2025]].\n\n"
        "Deputy Minister [[Suahasil Nazara|PERSON]] added that the free nutritious meals programme had "
        "reached [[more than 36 million|count|36000000|beneficiary]] beneficiaries and had spent "
        "[[Rp20.6 trillion|money|20600000000000|IDR]] so far [[this year|D|2025]].\n\n"
        "The economy grew [[5.12 percent|percent|5.12|%]] in [[the second quarter|D|2025-04/2025-06]], "
        "according to [[Statistics Indonesia|ORG]].",
        [
            ("Purbaya Yudhi Sadewa", "say", "The Indonesian state budget recorded a deficit of Rp371.5 "
             "trillion, or 1.56 percent of gross domestic product, at the end of September 2025", False),
            ("Purbaya Yudhi Sadewa", "say", "The deficit is under control and well within the 3 percent ceiling "
             "set by law. We will push spending in the fourth quarter to support growth", True),
            ("Purbaya Yudhi Sadewa", "say", "the government had placed Rp200 trillion of its cash held at Bank "
             "Indonesia in five state-owned banks in September to boost lending", False),
            ("Purbaya Yudhi Sadewa", "expect", "the deficit to reach 2.78 percent of GDP for the whole of 2025",
             False),
            ("Suahasil Nazara", "add", "the free nutritious meals programme had reached more than 36 million "
             "beneficiaries and had spent Rp20.6 trillion so far this year", False),
            ("Statistics Indonesia", "according to", "The economy grew 5.12 percent in the second quarter",
             False),
        ],
    ),
    (
        "own41-ho-09", "wikinews-chess", "2024-09-22", "2024-09-22",
        "[[India|GPE]] wins both titles at [[45th|ordinal|45]] [[Chess Olympiad|EVENT|45th Chess Olympiad]] in "
        "[[Budapest|GPE]]\n"
        "[[Sunday, September 22, 2024|D|2024-09-22]]\n\n"
        "[[India|GPE]] won the open and women's sections of the [[45th|ordinal|45]] [[Chess "
        "Olympiad|EVENT|45th Chess Olympiad]] in [[Budapest|GPE]], [[Hungary|GPE]], [[today|D|2024-09-22]], "
        "the [[first|ordinal|1]] time the country has taken either gold.\n\n"
        "In the final round, the [[Indian|NORP]] open team beat [[Slovenia|GPE]] "
        "[[3.5|number|3.5]]-[[0.5|number|0.5]] to finish on [[21|count|21|point]] match points out of "
        "[[22|count|22|point]]. World championship challenger [[Gukesh Dommaraju|PERSON]] beat "
        "[[Vladimir Fedoseev|PERSON]] on the top board, and [[Arjun Erigaisi|PERSON]] defeated "
        "[[Jan Subelj|PERSON]]. The [[United States|GPE]] took silver and [[Uzbekistan|GPE]] bronze.\n\n"
        "The [[Indian|NORP]] women beat [[Azerbaijan|GPE]] [[3.5|number|3.5]]-[[0.5|number|0.5]] and "
        "finished with [[19|count|19|point]] points, ahead of [[Kazakhstan|GPE]] and the "
        "[[United States|GPE]]. [[Divya Deshmukh|PERSON]] won "
        "[[nine|count|9|game]] of her [[11|count|11|game]] games.\n\n"
        "[[Gukesh|PERSON|Gukesh Dommaraju]] told reporters that the team had prepared for "
        "months and that the win was for every chess player in [[India|GPE]].\n\n"
        "[[India|GPE]]'s Prime Minister [[Narendra Modi|PERSON]] congratulated the teams and said the "
        "result was historic.\n\n"
        "[[FIDE|ORG]] President [[Arkady Dvorkovich|PERSON]] said the [[Budapest|GPE]] event, with "
        "[[195|count|195|team]] teams in the open section and [[181|count|181|team]] in the women's section, "
        "was the largest in the history of the [[Olympiad|EVENT|Chess Olympiad]]. [[Hungary|GPE]] last "
        "hosted the event in [[1926|D|1926]].\n\n"
        "The [[46th|ordinal|46]] [[Chess Olympiad|EVENT|46th Chess Olympiad]] will be held in "
        "[[Tashkent|GPE]], [[Uzbekistan|GPE]], in [[2026|D|2026]].",
        [
            ("Gukesh Dommaraju", "tell", "the team had prepared for months and that the win was for every "
             "chess player in India", False),
            ("Narendra Modi", "say", "the result was historic", False),
            ("Arkady Dvorkovich", "say", "the Budapest event, with 195 teams in the open section and 181 in "
             "the women's section, was the largest in the history of the Olympiad", False),
        ],
    ),
    (
        "own41-ho-10", "wikinews-nobel", "2024-10-10", "2024-10-10",
        "[[South Korean|NORP]] author [[Han Kang|PERSON]] wins Nobel Prize in Literature\n"
        "[[Thursday, October 10, 2024|D|2024-10-10]]\n\n"
        "The [[Swedish Academy|ORG]] [[today|D|2024-10-10]] awarded the [[2024|D|2024]] Nobel Prize in "
        "Literature to [[South Korean|NORP]] novelist [[Han Kang|PERSON]], the [[first|ordinal|1]] writer "
        "from [[South Korea|GPE]] and the [[first|ordinal|1]] [[Asian|NORP]] woman to receive it.\n\n"
        "Announcing the prize in [[Stockholm|GPE]], the academy's permanent secretary "
        "[[Mats Malm|PERSON]] said it honoured “her intense poetic prose that confronts historical traumas "
        "and exposes the fragility of human life”. [[Malm|PERSON|Mats Malm]] said he had reached "
        "[[Han|PERSON|Han Kang]] by telephone and that she had been having dinner with her son.\n\n"
        "[[Han|PERSON|Han Kang]] was born in [[Gwangju|GPE]] in [[1970|D|1970]] and "
        "moved to [[Seoul|GPE]] as a child. Her novel about a woman who stops eating "
        "won the International Booker Prize in [[2016|D|2016]].\n\n"
        "The prize is worth [[11 million Swedish kronor|money|11000000|SEK]] "
        "([[about US$1.1 million|money|1100000|USD]]). [[South Korean|NORP]] President "
        "[[Yoon Suk Yeol|PERSON]] wrote on social media that it was “a great feat in the history of "
        "[[Korean|NORP]] literature”.\n\n"
        "Of the [[117|count|117|laureate]] laureates since [[1901|D|1901]], [[18|count|18|woman]] are "
        "women. [[Han|PERSON|Han Kang]]'s father, the novelist [[Han Seung-won|PERSON]], told "
        "[[Yonhap|ORG|Yonhap News Agency]] that his daughter had been surprised by the news. The prizes will be presented on [[December 10|D|2024-12-10]], the anniversary of "
        "[[Alfred Nobel|PERSON]]'s death.",
        [
            ("Mats Malm", "say", "her intense poetic prose that confronts historical traumas and exposes the "
             "fragility of human life", True),
            ("Mats Malm", "say", "he had reached Han by telephone and that she had been having dinner with her "
             "son", False),
            ("Han Seung-won", "tell", "his daughter had been surprised by the news", False),
            ("Yoon Suk Yeol", "write", "a great feat in the history of Korean literature", True),
        ],
    ),
    (
        "own41-ho-11", "wikinews-bridge", "2024-03-26", "2024-03-26",
        "Container ship strikes [[Francis Scott Key Bridge|FAC]] in [[Baltimore|GPE]], bridge collapses\n"
        "[[Tuesday, March 26, 2024|D|2024-03-26]]\n\n"
        "The [[Francis Scott Key Bridge|FAC]] in [[Baltimore|GPE]], [[Maryland|GPE]], collapsed early "
        "[[today|D|2024-03-26]] after the container ship [[Dali|PRODUCT|MV Dali]] struck one of its supports. "
        "[[Six|count|6|worker]] construction workers who were filling potholes on the bridge are missing and "
        "presumed dead; [[two|count|2|person]] people were pulled from the [[Patapsco|LOC|Patapsco River]] "
        "river.\n\n"
        "The [[Singapore|GPE]]-flagged ship, [[948 feet|quantity|948|ft]] long, had left the "
        "[[Port of Baltimore|FAC]] for [[Sri Lanka|GPE]] about half an hour earlier. Its crew "
        "reported a power failure and issued a mayday call, which allowed police to stop traffic onto the "
        "[[1.6-mile|quantity|1.6|mi]] bridge.\n\n"
        "[[Maryland|GPE]] Governor [[Wes Moore|PERSON]] declared a state of emergency and said: “These "
        "people are heroes. They saved lives last night.”\n\n"
        "[[Moore|PERSON|Wes Moore]] said there was no evidence of a terrorist attack. The [[National "
        "Transportation Safety Board|ORG]] said it would lead the investigation, and the "
        "[[United States Coast Guard|ORG]] said divers had searched the water for more than 18 hours.\n\n"
        "President [[Joe Biden|PERSON]] said the federal government would pay for the rebuilding of the "
        "bridge, which opened in [[1977|D|1977]] and carried [[about 31,000|count|31000|vehicle]] vehicles "
        "a day. The port, which handled [[847,158|count|847158|car]] cars and light trucks in "
        "[[2023|D|2023]], the most of any [[U.S.|GPE|United States]] port, will stay closed to shipping "
        "until further notice.",
        [
            ("Wes Moore", "say", "These people are heroes. They saved lives last night.", True),
            ("Wes Moore", "say", "there was no evidence of a terrorist attack", False),
            ("National Transportation Safety Board", "say", "it would lead the investigation", False),
            ("United States Coast Guard", "say", "divers had searched the water for more than 18 hours", False),
            ("Joe Biden", "say", "the federal government would pay for the rebuilding of the bridge, which "
             "opened in 1977 and carried about 31,000 vehicles a day", False),
        ],
    ),
    (
        "own41-ho-12", "wire-1996-hongkong", "1996-08-29", "1996-08-29",
        "[[China|GPE]] names [[Hong Kong|GPE]] selection panel rules\n"
        "[[HONG KONG|GPE|Hong Kong]] [[1996-08-29|D|1996-08-29]]\n\n"
        "[[China|GPE]] said on [[Thursday|D|1996-08-29]] that candidates for the [[400|count|400|member]]-member "
        "committee that will choose [[Hong Kong|GPE]]'s [[first|ordinal|1]] post-colonial leader must register by "
        "[[September 14|D|1996-09-14]].\n\n"
        "[[Beijing|GPE]]'s top official for [[Hong Kong|GPE]] affairs, [[Lu Ping|PERSON]], told reporters "
        "that [[more than 5,000|count|5000|person]] people had already asked for application forms.\n\n"
        "The [[Preparatory Committee|ORG|Preparatory Committee for the Hong Kong Special Administrative "
        "Region]], a [[150|count|150|member]]-member body appointed by [[Beijing|GPE]], will pick the "
        "selection committee in [[November|D|1996-11]]. That committee will then elect the chief executive "
        "in [[December|D|1996-12]], ahead of the handover of the [[British|NORP]] colony to [[China|GPE]] "
        "on [[July 1, 1997|D|1997-07-01]].\n\n"
        "[[Hong Kong|GPE]] Governor [[Chris Patten|PERSON]] has called the process a \"bird-cage "
        "election\" and said the territory's [[six million|count|6000000|person]] people would have no real "
        "say.\n\n"
        "Shipping magnate [[Tung Chee-hwa|PERSON]] is widely seen as [[Beijing|GPE]]'s favourite for the "
        "post. [[Tung|PERSON|Tung Chee-hwa]] said on [[Wednesday|D|1996-08-28]] he had not decided whether "
        "to run.\n\n"
        "[[Britain|GPE|United Kingdom]] said it would not recognise the provisional legislature that "
        "[[Beijing|GPE]] plans to set up.\n\n"
        "The Hang Seng index rose [[56.31|number|56.31]] points to [[11,483.61|number|11483.61]] on "
        "the news.",
        [
            ("China", "say", "candidates for the 400-member committee that will choose Hong Kong's first "
             "post-colonial leader must register by September 14", False),
            ("Lu Ping", "tell", "more than 5,000 people had already asked for application forms", False),
            ("Chris Patten", "say", "the territory's six million people would have no real say", False),
            ("United Kingdom", "say", "it would not recognise the provisional legislature that Beijing plans to "
             "set up", False),
            ("Tung Chee-hwa", "say", "he had not decided whether to run", False),
        ],
    ),
    (
        "own41-ho-13", "wire-1996-athletics", "1996-08-23", "1996-08-23",
        "ATHLETICS - [[HISSOU|PERSON|Salah Hissou]] AND [[MASTERKOVA|PERSON|Svetlana Masterkova]] SET WORLD "
        "RECORDS IN [[BRUSSELS|GPE|Brussels]].\n"
        "[[BRUSSELS|GPE|Brussels]] [[1996-08-23|D|1996-08-23]]\n\n"
        "[[Moroccan|NORP]] [[Salah Hissou|PERSON]] broke the world [[10,000 metres|quantity|10000|m]] record "
        "and [[Russian|NORP]] [[Svetlana Masterkova|PERSON]] set a world mark in the "
        "[[1,000 metres|quantity|1000|m]] at the [[Van Damme memorial|EVENT|Memorial Van Damme]] meeting on "
        "[[Friday|D|1996-08-23]].\n\n"
        "[[Hissou|PERSON|Salah Hissou]] clipped more than five seconds off the record "
        "set by [[Ethiopian|NORP]] [[Haile Gebrselassie|PERSON]] in [[Hengelo|GPE]] in "
        "[[June 1995|D|1995-06]]. [[Masterkova|PERSON|Svetlana Masterkova]], who won the [[800|quantity|800|m]] "
        "and [[1,500 metres|quantity|1500|m]] at the [[Atlanta Olympics|EVENT|1996 Summer Olympics]] "
        "[[last month|D|1996-07]], earned a bonus of [[$50,000|money|50000|USD]].\n\n"
        "\"I knew I could do it after the [[first|ordinal|1]] [[5,000 metres|quantity|5000|m]],\" "
        "[[Hissou|PERSON|Salah Hissou]] said.\n\n"
        "[[Masterkova|PERSON|Svetlana Masterkova]] said she would run the [[1,500 metres|quantity|1500|m]] in "
        "[[Berlin|GPE]] [[next week|D|1996-W35]].\n\n"
        "Leading results:\n\n"
        "Men's [[10,000 metres|quantity|10000|m]]\n"
        "1. [[Salah Hissou|PERSON]] ([[Morocco|GPE]]) 26 minutes 38.08 seconds (world record)\n"
        "2. [[Paul Tergat|PERSON]] ([[Kenya|GPE]]) 26:54.41\n"
        "3. [[Paul Koech|PERSON]] ([[Kenya|GPE]]) 26:56.78\n\n"
        "Women's [[1,000 metres|quantity|1000|m]]\n"
        "1. [[Svetlana Masterkova|PERSON]] ([[Russia|GPE]]) 2:28.98 (world record)\n"
        "2. [[Maria Mutola|PERSON]] ([[Mozambique|GPE]]) 2:29.66\n"
        "3. [[Malgorzata Rydz|PERSON|Małgorzata Rydz]] ([[Poland|GPE]]) 2:35.99\n\n"
        "Men's [[100 metres|quantity|100|m]]\n"
        "1. [[Donovan Bailey|PERSON]] ([[Canada|GPE]]) 10.03\n"
        "2. [[Frankie Fredericks|PERSON]] ([[Namibia|GPE]]) 10.06\n"
        "3. [[Ato Boldon|PERSON]] ([[Trinidad|GPE|Trinidad and Tobago]]) 10.10\n\n"
        "Women's high jump\n"
        "1. [[Stefka Kostadinova|PERSON]] ([[Bulgaria|GPE]]) [[2.03 metres|quantity|2.03|m]]\n"
        "2. [[Inha Babakova|PERSON]] ([[Ukraine|GPE]]) [[1.98|quantity|1.98|m]]",
        [
            ("Svetlana Masterkova", "say", "she would run the 1,500 metres in Berlin next week", False),
            ("Salah Hissou", "say", "I knew I could do it after the first 5,000 metres", True),
        ],
    ),
    (
        "own41-ho-14", "wire-1996-badminton", "1996-08-26", "1996-08-26",
        "BADMINTON - [[INDONESIAN OPEN|EVENT|Indonesia Open (badminton)]] RESULTS.\n"
        "[[JAKARTA|GPE|Jakarta]] [[1996-08-26|D|1996-08-26]]\n\n"
        "Results of finals at the [[Indonesian Open|EVENT|Indonesia Open (badminton)]] on "
        "[[Sunday|D|1996-08-25]] (prefix number denotes seeding):\n\n"
        "Men's singles\n"
        "[[1|number|1]] - [[Joko Suprianto|PERSON]] ([[Indonesia|GPE]]) beat [[4|number|4]] - "
        "[[Hariyanto Arbi|PERSON]] ([[Indonesia|GPE]]) [[15|number|15]]-[[11|number|11]] "
        "[[15|number|15]]-[[9|number|9]]\n\n"
        "Women's singles\n"
        "[[2|number|2]] - [[Susi Susanti|PERSON]] ([[Indonesia|GPE]]) beat [[Bang Soo-hyun|PERSON]] "
        "([[South Korea|GPE]]) [[11|number|11]]-[[6|number|6]] [[11|number|11]]-[[8|number|8]]\n\n"
        "Men's doubles\n"
        "[[Rexy Mainaky|PERSON]] and [[Ricky Subagja|PERSON]] ([[Indonesia|GPE]]) beat "
        "[[Cheah Soon Kit|PERSON]] and [[Yap Kim Hock|PERSON]] ([[Malaysia|GPE]]) "
        "[[15|number|15]]-[[12|number|12]] [[17|number|17]]-[[14|number|14]]\n\n"
        "Women's doubles\n"
        "[[Ge Fei|PERSON]] and [[Gu Jun|PERSON]] ([[China|GPE]]) beat [[Eliza Nathanael|PERSON]] and "
        "[[Zelin Resiana|PERSON]] ([[Indonesia|GPE]]) [[15|number|15]]-[[5|number|5]] "
        "[[15|number|15]]-[[7|number|7]]\n\n"
        "Mixed doubles\n"
        "[[Tri Kusharjanto|PERSON]] and [[Minarti Timur|PERSON]] ([[Indonesia|GPE]]) beat "
        "[[Park Joo-bong|PERSON]] and [[Ra Kyung-min|PERSON]] ([[South Korea|GPE]]) "
        "[[15|number|15]]-[[10|number|10]] [[9|number|9]]-[[15|number|15]] [[15|number|15]]-[[13|number|13]]\n\n"
        "[[Indonesian|NORP]] players won [[four|count|4|title]] of the [[five|count|5|title]] titles. "
        "[[Suprianto|PERSON|Joko Suprianto]], the world champion, said he was tired after playing "
        "[[three|count|3|match]] matches in [[two days|D|P2D]]. The total prize money was "
        "[[$250,000|money|250000|USD]]. Olympic champion [[Poul-Erik Hoyer Larsen|PERSON|Poul-Erik Høyer "
        "Larsen]] of [[Denmark|GPE]] did not play. The "
        "[[Badminton Association of Indonesia|ORG]] said the [[Indonesian|NORP]] team for the "
        "[[Thomas Cup|EVENT]] would be named in [[October|D|1996-10]].",
        [
            ("Joko Suprianto", "say", "he was tired after playing three matches in two days", False),
            ("Badminton Association of Indonesia", "say", "the Indonesian team for the Thomas Cup would be "
             "named in October", False),
        ],
    ),
]

"""Held-out set 45 (blind): marked texts of briefs 08-14 and their statements (see
``build_own45_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own45-ho-08", "fiji-budget", "2025-06-27", "2025-06-27",
        "From: [[Ministry of Finance|ORG|Ministry of Finance (Fiji)]], [[Suva|GPE]]\n"
        "Published: [[27 June 2025|D|2025-06-27]]\n\n"
        "[[2025-2026|D|2025-08/2026-07]] NATIONAL BUDGET CUTS VAT TO [[12.5 PER CENT|percent|12.5|%]]\n\n"
        "Deputy Prime Minister and Minister for Finance [[Biman Prasad|PERSON]] [[today|D|2025-06-27]] presented "
        "the [[2025-2026|D|2025-08/2026-07]] National Budget to [[Parliament|ORG|Parliament of Fiji]], with total "
        "spending of [[$4.8 billion|money|4800000000|FJD]] and revenue of [[$4.2 billion|money|4200000000|FJD]].\n\n"
        "Key measures:\n"
        "• VAT falls from [[15 per cent|percent|15|%]] to [[12.5 per cent|percent|12.5|%]] on "
        "[[1 August|D|2025-08-01]];\n"
        "• the minimum wage rises to [[$5.00|money|5|FJD]] an hour;\n"
        "• [[$120 million|money|120000000|FJD]] to upgrade [[1,900 kilometres|quantity|1900|km]] of rural roads;\n"
        "• [[250|count|250|doctor]] new doctors for hospitals in [[Suva|GPE]], [[Lautoka|GPE]] and "
        "[[Labasa|GPE]].\n\n"
        "“This budget puts money back in the pockets of ordinary [[Fijians|NORP|Fijian]],” "
        "[[Prasad|PERSON|Biman Prasad]] told [[Parliament|ORG|Parliament of Fiji]]. He estimated that the "
        "deficit would narrow to [[3.8 per cent|percent|3.8|%]] of GDP.\n\n"
        "The [[Reserve Bank of Fiji|ORG]] expects the economy to grow [[3.2 per cent|percent|3.2|%]] in "
        "[[2025|D|2025]], helped by [[about 980,000|count|980000|visitor]] visitor arrivals.\n\n"
        "Opposition Leader [[Inia Seruiratu|PERSON]] warned that government debt would pass "
        "[[$10 billion|money|10000000000|FJD]] by [[2027|D|2027]]. Prime Minister [[Sitiveni Rabuka|PERSON]] said "
        "the budget would be debated over [[two weeks|D|P2W]].\n\n"
        "Notes to editors\n"
        "1. [[Fiji|GPE]]’s fiscal year runs from 1 August to 31 July.\n"
        "2. All amounts are in FJD unless stated.",
        [
            ("Biman Prasad", "tell", "This budget puts money back in the pockets of ordinary Fijians", True),
            ("Biman Prasad", "estimate", "the deficit would narrow to 3.8 per cent of GDP", False),
            ("Reserve Bank of Fiji", "expect", "the economy to grow 3.2 per cent in 2025, helped by about 980,000 "
             "visitor arrivals", False),
            ("Inia Seruiratu", "warn", "government debt would pass $10 billion by 2027", False),
            ("Sitiveni Rabuka", "say", "the budget would be debated over two weeks", False),
        ],
    ),
    (
        "own45-ho-09", "wikinews-takaichi", "2025-10-21", "2025-10-21",
        "[[Sanae Takaichi|PERSON]] becomes [[Japan|GPE]]'s [[first|ordinal|1]] female prime minister\n"
        "[[Tuesday, October 21, 2025|D|2025-10-21]]\n\n"
        "[[Japan|GPE]]'s parliament, the [[National Diet|ORG]], [[today|D|2025-10-21]] elected "
        "[[Sanae Takaichi|PERSON]], leader of the [[Liberal Democratic Party|ORG|Liberal Democratic Party (Japan)]] "
        "([[LDP|ORG|Liberal Democratic Party (Japan)]]), as the country's [[104th|ordinal|104]] prime minister.\n\n"
        "In the [[House of Representatives|ORG|House of Representatives (Japan)]], she won "
        "[[237|count|237|vote]] votes, [[four|count|4|vote]] more than needed for a majority. In the "
        "[[House of Councillors|ORG]], she won a runoff with [[125|count|125|vote]] votes.\n\n"
        "The vote followed a coalition deal signed on [[Monday|D|2025-10-20]] between the "
        "[[LDP|ORG|Liberal Democratic Party (Japan)]] and the [[Japan Innovation Party|ORG]], after "
        "[[Komeito|ORG]] ended its [[26-year|D|P26Y]] partnership with the "
        "[[LDP|ORG|Liberal Democratic Party (Japan)]] on [[October 10|D|2025-10-10]]. [[Komeito|ORG]] leader "
        "[[Tetsuo Saito|PERSON]] had said the party could not accept the [[LDP|ORG|Liberal Democratic Party "
        "(Japan)]]'s handling of a political funds scandal.\n\n"
        "“I will rebuild a strong economy and a diplomacy that does not bend,” [[Takaichi|PERSON|Sanae "
        "Takaichi]] told reporters after the vote. She said her cabinet would prepare an economic package worth "
        "[[more than ¥17 trillion|money|17000000000000|JPY]].\n\n"
        "[[Hirofumi Yoshimura|PERSON]], who co-leads the [[Japan Innovation Party|ORG]], said his party would not "
        "take cabinet posts but would back the budget.\n\n"
        "[[Takaichi|PERSON|Sanae Takaichi]] replaces [[Shigeru Ishiba|PERSON]], who announced his resignation in "
        "[[September|D|2025-09]] after the party lost its majority in the upper house. The Nikkei stock index "
        "rose [[1.4%|percent|1.4|%]] to a record.\n\n"
        "[[U.S.|GPE|United States]] President [[Donald Trump|PERSON]] is due to visit [[Tokyo|GPE]] "
        "[[next week|D|2025-W44]], and the [[White House|ORG]] said he would discuss defence spending and a "
        "[[$550 billion|money|550000000000|USD]] investment pledge with [[Takaichi|PERSON|Sanae Takaichi]].",
        [
            ("Tetsuo Saito", "say", "the party could not accept the LDP's handling of a political funds scandal",
             False),
            ("Sanae Takaichi", "tell", "I will rebuild a strong economy and a diplomacy that does not bend", True),
            ("Sanae Takaichi", "say", "her cabinet would prepare an economic package worth more than ¥17 trillion",
             False),
            ("Hirofumi Yoshimura", "say", "his party would not take cabinet posts but would back the budget", False),
            ("White House", "say", "he would discuss defence spending and a $550 billion investment pledge with "
             "Takaichi", False),
        ],
    ),
    (
        "own45-ho-10", "wikinews-thai-cambodia-ceasefire", "2025-07-29", "2025-07-29",
        "[[Thailand|GPE]] and [[Cambodia|GPE]] agree to ceasefire after [[five days|D|P5D]] of border fighting\n"
        "[[Tuesday, July 29, 2025|D|2025-07-29]]\n\n"
        "The leaders of [[Thailand|GPE]] and [[Cambodia|GPE]] agreed on [[Monday|D|2025-07-28]] to an immediate "
        "and unconditional ceasefire, after fighting along their disputed border killed "
        "[[at least 35|count|35|person]] people and forced [[more than 260,000|count|260000|person]] from their "
        "homes.\n\n"
        "The talks in [[Putrajaya|GPE]] were hosted by [[Malaysian|NORP]] Prime Minister "
        "[[Anwar Ibrahim|PERSON]], whose country chairs the [[Association of Southeast Asian Nations|ORG|ASEAN]] "
        "[[this year|D|2025]]. [[Cambodian|NORP]] Prime Minister [[Hun Manet|PERSON]] and [[Thailand|GPE]]'s "
        "acting prime minister, [[Phumtham Wechayachai|PERSON]], attended, with [[American|NORP]] and "
        "[[Chinese|NORP]] envoys present. The ceasefire took effect at midnight.\n\n"
        "[[Anwar|PERSON|Anwar Ibrahim]] said military commanders of both sides had agreed to meet and that "
        "[[ASEAN|ORG]] would send observers to the border.\n\n"
        "[[Hun Manet|PERSON]] said the fighting had displaced [[about 140,000|count|140000|Cambodian]] "
        "[[Cambodians|NORP|Cambodian]]. “Now the guns must be silent and the people must be able to go home,” he "
        "said.\n\n"
        "[[Phumtham|PERSON|Phumtham Wechayachai]] warned that the [[Thai|NORP]] army would respond to any "
        "violation. The [[Royal Thai Army|ORG]] said [[15|count|15|soldier]] soldiers had been killed since the "
        "clashes began on [[Thursday|D|2025-07-24]], when [[Thailand|GPE]] used [[F-16|PRODUCT|General Dynamics "
        "F-16 Fighting Falcon]] jets to strike targets across the border.\n\n"
        "[[U.S.|GPE|United States]] President [[Donald Trump|PERSON]] said on [[Saturday|D|2025-07-26]] that he "
        "had told both leaders he would not conclude trade deals with either country while the fighting went "
        "on. Both countries face [[U.S.|GPE|United States]] tariffs of [[36%|percent|36|%]] from "
        "[[August 1|D|2025-08-01]].",
        [
            ("Anwar Ibrahim", "say", "military commanders of both sides had agreed to meet and that ASEAN would send "
             "observers to the border", False),
            ("Hun Manet", "say", "the fighting had displaced about 140,000 Cambodians", False),
            ("Hun Manet", "say", "Now the guns must be silent and the people must be able to go home", True),
            ("Phumtham Wechayachai", "warn", "the Thai army would respond to any violation", False),
            ("Royal Thai Army", "say", "15 soldiers had been killed since the clashes began on Thursday, when "
             "Thailand used F-16 jets to strike targets across the border", False),
            ("Donald Trump", "say", "he had told both leaders he would not conclude trade deals with either country "
             "while the fighting went on", False),
        ],
    ),
    (
        "own45-ho-11", "wikinews-australia-social-media-ban", "2025-12-10", "2025-12-10",
        "[[Australia|GPE]]'s social media ban for children takes effect\n"
        "[[Wednesday, December 10, 2025|D|2025-12-10]]\n\n"
        "A law barring children from holding social media accounts came into force in [[Australia|GPE]] "
        "[[today|D|2025-12-10]], the [[first|ordinal|1]] such ban in the world. Under the "
        "[[Online Safety Amendment (Social Media Minimum Age) Act 2024|LAW]], platforms including "
        "[[Facebook|ORG]], [[Instagram|ORG]], [[TikTok|ORG]], [[Snapchat|ORG]], [[YouTube|ORG]] and "
        "[[Reddit|ORG]] must take reasonable steps to remove young users or face fines of "
        "[[up to A$49.5 million|money|49500000|AUD]].\n\n"
        "“This is a proud day for [[Australian|NORP]] families,” Prime Minister [[Anthony Albanese|PERSON]] said "
        "in [[Canberra|GPE]].\n\n"
        "eSafety Commissioner [[Julie Inman Grant|PERSON]] said her office would send notices to "
        "[[ten|count|10|platform]] platforms on [[Thursday|D|2025-12-11]] asking how many accounts they had "
        "closed. Communications Minister [[Anika Wells|PERSON]] warned that some children would find ways around "
        "the ban.\n\n"
        "[[Meta|ORG|Meta Platforms]] said it had removed [[almost 500,000|count|500000|account]] accounts across "
        "[[Instagram|ORG]], [[Facebook|ORG]] and [[Threads|ORG]] since [[December 4|D|2025-12-04]]. "
        "[[Reddit|ORG]] has challenged the law in the [[High Court|ORG|High Court of Australia]].\n\n"
        "A [[YouGov|ORG]] poll published in [[November|D|2025-11]] found that [[77%|percent|77|%]] of "
        "[[Australians|NORP|Australian]] supported the ban. The government has spent "
        "[[A$6.5 million|money|6500000|AUD]] on trials of age-checking technology, which tested "
        "[[more than 60|count|60|tool]] tools over [[six months|D|P6M]].\n\n"
        "[[Denmark|GPE]], [[Malaysia|GPE]] and [[New Zealand|GPE]] are preparing similar laws.",
        [
            ("Anthony Albanese", "say", "This is a proud day for Australian families", True),
            ("Julie Inman Grant", "say", "her office would send notices to ten platforms on Thursday asking how many "
             "accounts they had closed", False),
            ("Anika Wells", "warn", "some children would find ways around the ban", False),
            ("Meta Platforms", "say", "it had removed almost 500,000 accounts across Instagram, Facebook and Threads "
             "since December 4", False),
            ("YouGov", "find", "77% of Australians supported the ban", False),
        ],
    ),
    (
        "own45-ho-12", "reuters-1996-thai-current-account", "1996-08-28", "1996-08-28",
        "[[THAI|NORP|Thai]] CENTRAL BANK SEES WIDER CURRENT ACCOUNT GAP.\n\n"
        "[[BANGKOK|GPE|Bangkok]] [[1996-08-28|D|1996-08-28]]\n\n"
        "[[Thailand|GPE]]'s current account deficit is likely to widen to [[8.2 pct|percent|8.2|%]] of gross "
        "domestic product in [[1996|D|1996]] from [[8.1 pct|percent|8.1|%]] in [[1995|D|1995]], the "
        "[[Bank of Thailand|ORG]] said on [[Tuesday|D|1996-08-27]].\n\n"
        "Bank governor [[Rerngchai Marakanond|PERSON]] told reporters the deficit for "
        "[[January-June|D|1996-01/1996-06]] was [[171.5 billion baht|money|171500000000|THB]], or "
        "[[about $6.8 billion|money|6800000000|USD]], as exports grew only [[1.4 pct|percent|1.4|%]].\n\n"
        "\"Exports of garments and shoes are losing out to [[China|GPE]] and [[Vietnam|GPE]], but electronics "
        "should pick up in [[the second half|D|1996-07/1996-12]],\" [[Rerngchai|PERSON|Rerngchai Marakanond]] said.\n\n"
        "He said the central bank would keep monetary policy tight to hold inflation below "
        "[[six pct|percent|6|%]].\n\n"
        "Finance Minister [[Bodi Chunnananda|PERSON]] said the government would cut spending by "
        "[[10 billion baht|money|10000000000|THB]] in [[fiscal 1997|D|1996-10/1997-09]], which starts on "
        "[[October 1|D|1996-10-01]], to help narrow the gap.\n\n"
        "The baht closed at [[25.37 baht|money|25.37|THB]] to the dollar. The [[Stock Exchange of Thailand|ORG]] "
        "index fell [[12.46|number|12.46]] points to [[1,150.23|number|1150.23]].\n\n"
        "Dealers said foreign investors sold shares of [[three|count|3|bank]] banks after [[Moody's Investors Service|ORG]] "
        "said it might cut [[Thailand|GPE]]'s short-term debt rating.\n\n"
        "-- Bangkok newsroom (662) 652 0642",
        [
            ("Bank of Thailand", "say", "Thailand's current account deficit is likely to widen to 8.2 pct of gross "
             "domestic product in 1996 from 8.1 pct in 1995", False),
            ("Rerngchai Marakanond", "tell", "the deficit for January-June was 171.5 billion baht, or about $6.8 "
             "billion, as exports grew only 1.4 pct", False),
            ("Rerngchai Marakanond", "say", "Exports of garments and shoes are losing out to China and Vietnam, but "
             "electronics should pick up in the second half", True),
            ("Rerngchai Marakanond", "say", "the central bank would keep monetary policy tight to hold inflation "
             "below six pct", False),
            ("Bodi Chunnananda", "say", "the government would cut spending by 10 billion baht in fiscal 1997, which "
             "starts on October 1, to help narrow the gap", False),
            ("Moody's Investors Service", "say", "it might cut Thailand's short-term debt rating", False),
        ],
    ),
    (
        "own45-ho-13", "reuters-1996-afl", "1996-08-25", "1996-08-25",
        "AUSTRALIAN RULES FOOTBALL - AFL RESULTS AND LADDER.\n\n"
        "[[MELBOURNE|GPE|Melbourne]] [[1996-08-25|D|1996-08-25]]\n\n"
        "Results of [[Australian Football League|ORG]] matches in the [[21st|ordinal|21]] round played on "
        "[[Saturday|D|1996-08-24]]:\n\n"
        "[[Essendon|ORG|Essendon Football Club]] [[15|number|15]].[[12|number|12]] ([[102|number|102]]) "
        "[[Fremantle|ORG|Fremantle Football Club]] [[9|number|9]].[[10|number|10]] ([[64|number|64]])\n"
        "[[North Melbourne|ORG|North Melbourne Football Club]] [[18|number|18]].[[14|number|14]] "
        "([[122|number|122]]) [[Footscray|ORG|Western Bulldogs]] [[10|number|10]].[[8|number|8]] "
        "([[68|number|68]])\n"
        "[[Sydney|ORG|Sydney Swans]] [[13|number|13]].[[9|number|9]] ([[87|number|87]]) "
        "[[Carlton|ORG|Carlton Football Club]] [[12|number|12]].[[11|number|11]] ([[83|number|83]])\n\n"
        "Ladder (played, won, lost, drawn, points):\n"
        "[[North Melbourne|ORG|North Melbourne Football Club]] [[21|number|21]] [[16|number|16]] [[5|number|5]] "
        "[[0|number|0]] [[64|number|64]]\n"
        "[[Sydney|ORG|Sydney Swans]] [[21|number|21]] [[15|number|15]] [[5|number|5]] [[1|number|1]] "
        "[[62|number|62]]\n"
        "[[Brisbane|ORG|Brisbane Bears]] [[21|number|21]] [[15|number|15]] [[5|number|5]] [[1|number|1]] "
        "[[62|number|62]]\n"
        "[[West Coast|ORG|West Coast Eagles]] [[21|number|21]] [[14|number|14]] [[7|number|7]] [[0|number|0]] "
        "[[56|number|56]]\n\n"
        "[[North Melbourne|ORG|North Melbourne Football Club]] captain [[Wayne Carey|PERSON]] kicked "
        "[[seven|count|7|goal]] goals at the [[Melbourne Cricket Ground|FAC]].\n\n"
        "\"We have earned the right to be favourites,\" [[North Melbourne|ORG|North Melbourne Football Club]] "
        "coach [[Denis Pagan|PERSON]] said.\n\n"
        "[[Sydney|ORG|Sydney Swans]] coach [[Rodney Eade|PERSON]] said full forward [[Tony Lockett|PERSON]] would "
        "be fit for the finals, which start on [[September 6|D|1996-09-06]].\n\n"
        "[[AFL|ORG|Australian Football League]] chief executive [[Ross Oakley|PERSON]] said attendances for the "
        "season had passed [[2.6 million|count|2600000|spectator]], a record. He predicted a crowd of "
        "[[more than 90,000|count|90000|spectator]] at the grand final on [[September 28|D|1996-09-28]].",
        [
            ("Denis Pagan", "say", "We have earned the right to be favourites", True),
            ("Rodney Eade", "say", "full forward Tony Lockett would be fit for the finals, which start on "
             "September 6", False),
            ("Ross Oakley", "say", "attendances for the season had passed 2.6 million, a record", False),
            ("Ross Oakley", "predict", "a crowd of more than 90,000 at the grand final on September 28", False),
        ],
    ),
    (
        "own45-ho-14", "reuters-1996-sumo", "1996-09-15", "1996-09-15",
        "SUMO - [[TAKANOHANA|PERSON|Takanohana Kōji]] STAYS UNBEATEN IN [[TOKYO|GPE|Tokyo]].\n\n"
        "[[TOKYO|GPE|Tokyo]] [[1996-09-15|D|1996-09-15]]\n\n"
        "Results of top-division bouts on the [[eighth|ordinal|8]] day of the [[15-day|D|P15D]] "
        "[[Autumn Grand Sumo Tournament|EVENT]] at the [[Kokugikan|FAC|Ryōgoku Kokugikan]] (win-loss records "
        "in brackets):\n\n"
        "Yokozuna [[Takanohana|PERSON|Takanohana Kōji]] ([[8|number|8]]-[[0|number|0]]) beat komusubi "
        "[[Kotonishiki|PERSON|Kotonishiki Katsuhiro]] ([[3|number|3]]-[[5|number|5]])\n"
        "Maegashira [[Tosanoumi|PERSON|Tosanoumi Toshio]] ([[5|number|5]]-[[3|number|3]]) beat yokozuna "
        "[[Akebono|PERSON|Akebono Tarō]] ([[6|number|6]]-[[2|number|2]])\n"
        "Ozeki [[Musashimaru|PERSON|Musashimaru Kōyō]] ([[7|number|7]]-[[1|number|1]]) beat sekiwake "
        "[[Kaio|PERSON|Kaiō Hiroyuki]] ([[5|number|5]]-[[3|number|3]])\n"
        "Ozeki [[Wakanohana|PERSON|Wakanohana Masaru]] ([[7|number|7]]-[[1|number|1]]) beat maegashira "
        "[[Musoyama|PERSON|Musōyama Masashi]] ([[4|number|4]]-[[4|number|4]])\n"
        "Ozeki [[Takanonami|PERSON|Takanonami Sadahiro]] ([[6|number|6]]-[[2|number|2]]) beat maegashira "
        "[[Takatoriki|PERSON|Takatōriki Tadashige]] ([[2|number|2]]-[[6|number|6]])\n\n"
        "[[Takanohana|PERSON|Takanohana Kōji]], who is chasing his [[third|ordinal|3]] straight title, kept the "
        "outright lead with a quick push-out.\n\n"
        "\"My body feels good. I will just keep attacking,\" [[Takanohana|PERSON|Takanohana Kōji]] told "
        "reporters.\n\n"
        "[[Akebono|PERSON|Akebono Tarō]], the [[Hawaii|GPE]]-born yokozuna, said his left knee was still sore but "
        "that he would not withdraw.\n\n"
        "[[Musashimaru|PERSON|Musashimaru Kōyō]], also from [[Hawaii|GPE]], told [[NHK|ORG]] television he "
        "expected a tough bout with [[Takanohana|PERSON|Takanohana Kōji]] on [[Friday|D|1996-09-20]].\n\n"
        "The [[Japan Sumo Association|ORG]] said [[more than 80,000|count|80000|spectator]] spectators had "
        "attended so far and that all [[11,000|count|11000|seat]] seats were sold out for the rest of "
        "the tournament.",
        [
            ("Takanohana Kōji", "tell", "My body feels good. I will just keep attacking", True),
            ("Akebono Tarō", "say", "his left knee was still sore but that he would not withdraw", False),
            ("Musashimaru Kōyō", "tell", "he expected a tough bout with Takanohana on Friday", False),
            ("Japan Sumo Association", "say", "more than 80,000 spectators had attended so far and that all 11,000 "
             "seats were sold out for the rest of the tournament", False),
        ],
    ),
]

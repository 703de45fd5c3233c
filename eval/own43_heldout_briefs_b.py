"""Held-out set 43 (blind): marked texts of briefs 08-14 and their statements (see
``build_own43_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own43-ho-08", "gastat-hajj-statistics", "2025-06-07", "2025-06-07",
        "[[GASTAT|ORG|General Authority for Statistics (Saudi Arabia)]]: "
        "[[1,673,230|count|1673230|pilgrim]] pilgrims performed Hajj [[this year|D|2025]]\n"
        "[[Riyadh|GPE]], [[7 June 2025|D|2025-06-07]]\n\n"
        "The [[General Authority for Statistics|ORG|General Authority for Statistics (Saudi Arabia)]] announced "
        "[[today|D|2025-06-07]] that [[1,673,230|count|1673230|pilgrim]] pilgrims performed Hajj "
        "[[this year|D|2025]], of whom [[1,506,576|count|1506576|pilgrim]] came from outside the "
        "[[Kingdom|GPE|Saudi Arabia]] and [[166,654|count|166654|pilgrim]] from within it.\n\n"
        "Pilgrims from abroad by region (number, share):\n"
        "[[Asian|NORP]] countries (non-[[Arab|NORP]])      [[956,142|count|956142|pilgrim]]    "
        "[[63.5%|percent|63.5|%]]\n"
        "[[Arab|NORP]] countries                   [[338,250|count|338250|pilgrim]]    "
        "[[22.5%|percent|22.5|%]]\n"
        "[[African|NORP]] countries (non-[[Arab|NORP]])    [[157,402|count|157402|pilgrim]]    "
        "[[10.4%|percent|10.4|%]]\n"
        "[[Europe|LOC]], the [[Americas|LOC]] and [[Oceania|LOC]]  [[54,782|count|54782|pilgrim]]     "
        "[[3.6%|percent|3.6|%]]\n\n"
        "Men made up [[52.5%|percent|52.5|%]] of pilgrims and women [[47.5%|percent|47.5|%]]. "
        "[[Indonesia|GPE]] sent the largest contingent, [[about 221,000|count|221000|pilgrim]] pilgrims, "
        "followed by [[Pakistan|GPE]] and [[India|GPE]].\n\n"
        "Minister of Hajj and Umrah [[Tawfiq Al-Rabiah|PERSON]] said the total was "
        "[[about 9%|percent|9|%]] lower than [[last year|D|2024]] because of a campaign against pilgrims "
        "without permits. [[Al-Rabiah|PERSON|Tawfiq Al-Rabiah]] added that "
        "[[more than 269,000|count|269000|person]] people without permits had been turned back from "
        "[[Mecca|GPE]].\n\n"
        "The [[Ministry of Health|ORG|Ministry of Health (Saudi Arabia)]] said "
        "[[more than 2,500|count|2500|pilgrim]] pilgrims were treated for heat stress after temperatures on "
        "[[Mount Arafat|LOC]] reached [[46 degrees Celsius|quantity|46|°C]] on [[Thursday|D|2025-06-05]]. "
        "Pilgrims will leave [[Mina|GPE|Mina, Saudi Arabia]] after the final stoning ritual on "
        "[[Monday|D|2025-06-09]], and the authority expects to publish detailed tables within "
        "[[two weeks|D|P2W]].",
        [
            ("General Authority for Statistics (Saudi Arabia)", "announce", "1,673,230 pilgrims performed Hajj "
             "this year, of whom 1,506,576 came from outside the Kingdom and 166,654 from within it", False),
            ("Tawfiq Al-Rabiah", "say", "the total was about 9% lower than last year because of a campaign "
             "against pilgrims without permits", False),
            ("Tawfiq Al-Rabiah", "add", "more than 269,000 people without permits had been turned back from "
             "Mecca", False),
            ("Ministry of Health (Saudi Arabia)", "say", "more than 2,500 pilgrims were treated for heat stress "
             "after temperatures on Mount Arafat reached 46 degrees Celsius on Thursday", False),
            ("General Authority for Statistics (Saudi Arabia)", "expect", "publish detailed tables within two "
             "weeks", False),
        ],
    ),
    (
        "own43-ho-09", "wikinews-takaichi", "2025-10-21", "2025-10-21",
        "[[Sanae Takaichi|PERSON]] elected as [[Japan|GPE]]’s [[first|ordinal|1]] female prime minister\n"
        "[[Tuesday, October 21, 2025|D|2025-10-21]]\n\n"
        "[[Japan|GPE]]’s [[National Diet|ORG]] [[today|D|2025-10-21]] elected [[Sanae Takaichi|PERSON]], leader "
        "of the [[Liberal Democratic Party|ORG|Liberal Democratic Party (Japan)]] "
        "([[LDP|ORG|Liberal Democratic Party (Japan)]]), as the country’s [[104th|ordinal|104]] prime minister "
        "and the [[first|ordinal|1]] woman to hold the office.\n\n"
        "In the [[House of Representatives|ORG|House of Representatives (Japan)]], "
        "[[Takaichi|PERSON|Sanae Takaichi]] won [[237|count|237|vote]] votes in the [[first|ordinal|1]] round "
        "in the [[465|count|465|member]]-member chamber, while the [[House of Councillors|ORG]] chose her in a "
        "runoff with [[125|count|125|vote]] votes.\n\n"
        "The vote came after [[Komeito|ORG]] left its [[26-year|D|P26Y]] coalition with the "
        "[[LDP|ORG|Liberal Democratic Party (Japan)]] on [[October 10|D|2025-10-10]]. The "
        "[[LDP|ORG|Liberal Democratic Party (Japan)]] then agreed to govern with the "
        "[[Japan Innovation Party|ORG]], known as [[Ishin|ORG|Japan Innovation Party]]. "
        "[[Takaichi|PERSON|Sanae Takaichi]] succeeds [[Shigeru Ishiba|PERSON]], who announced his resignation "
        "in [[September|D|2025-09]] after the coalition lost its upper house majority in "
        "[[July|D|2025-07]].\n\n"
        "At her [[first|ordinal|1]] news conference, [[Takaichi|PERSON|Sanae Takaichi]] said she would “work, "
        "work, work” for the public. She pledged to raise defence spending to [[2 percent|percent|2|%]] of "
        "gross domestic product by the end of [[fiscal 2025|D|2025-04/2026-03]], [[two years|D|P2Y]] ahead of "
        "schedule.\n\n"
        "[[Ishin|ORG|Japan Innovation Party]] co-leader [[Hirofumi Yoshimura|PERSON]] told reporters that his "
        "party would not take cabinet posts but would back the budget. Outgoing prime minister "
        "[[Ishiba|PERSON|Shigeru Ishiba]] said he hoped [[Takaichi|PERSON|Sanae Takaichi]] would continue "
        "tariff talks with the [[United States|GPE]].\n\n"
        "The Nikkei 225 index rose [[1.4 percent|percent|1.4|%]] to a record [[49,316|number|49316]]. "
        "[[US|GPE|United States]] President [[Donald Trump|PERSON]] is due to visit [[Tokyo|GPE]] "
        "[[next week|D|2025-W44]], [[Japanese|NORP]] officials said.",
        [
            ("Sanae Takaichi", "say", "she would “work, work, work” for the public", False),
            ("Sanae Takaichi", "pledge", "raise defence spending to 2 percent of gross domestic product by the "
             "end of fiscal 2025, two years ahead of schedule", False),
            ("Hirofumi Yoshimura", "tell", "his party would not take cabinet posts but would back the budget",
             False),
            ("Shigeru Ishiba", "say", "he hoped Takaichi would continue tariff talks with the United States",
             False),
        ],
    ),
    (
        "own43-ho-10", "wikinews-change6", "2024-06-25", "2024-06-25",
        "[[Chang'e-6|PRODUCT|Chang'e 6]] returns [[first|ordinal|1]] samples from far side of the "
        "[[Moon|LOC]]\n"
        "[[Tuesday, June 25, 2024|D|2024-06-25]]\n\n"
        "The return capsule of [[China|GPE]]’s [[Chang'e-6|PRODUCT|Chang'e 6]] probe landed in "
        "[[Siziwang Banner|GPE]], [[Inner Mongolia|GPE]], [[today|D|2024-06-25]], ending a "
        "[[53-day|D|P53D]] flight that brought back the [[first|ordinal|1]] rock and soil samples ever "
        "collected from the far side of the [[Moon|LOC]].\n\n"
        "The probe was launched on a [[Long March 5|PRODUCT]] rocket from the "
        "[[Wenchang Space Launch Site|FAC]] in [[Hainan|GPE]] on [[May 3|D|2024-05-03]], and its lander "
        "touched down in the [[South Pole–Aitken|LOC|South Pole–Aitken basin]] basin on [[June 2|D|2024-06-02]]. It drilled and "
        "scooped samples for [[about two days|D|P2D]] and sent its signals to [[Earth|LOC]] through the "
        "[[Queqiao-2|PRODUCT]] relay satellite.\n\n"
        "The [[China National Space Administration|ORG]] ([[CNSA|ORG|China National Space Administration]]) "
        "estimated that the capsule held [[about 2 kilograms|quantity|2|kg]] of material. "
        "[[CNSA|ORG|China National Space Administration]] administrator [[Zhang Kejian|PERSON]] said the "
        "mission had been “a complete success” for the country and announced that [[Chang'e-7|PRODUCT|Chang'e 7]] would "
        "launch in [[2026|D|2026]] to look for water ice near the lunar south pole.\n\n"
        "[[Chinese|NORP]] President [[Xi Jinping|PERSON]], in a message of congratulations, called for more "
        "international cooperation in lunar research. The probe carried instruments from [[France|GPE]], "
        "[[Italy|GPE]] and the [[European Space Agency|ORG]], and a small satellite from [[Pakistan|GPE]]. "
        "[[ESA|ORG|European Space Agency]] said its ion detector had worked as planned.\n\n"
        "The last samples brought back from the [[Moon|LOC]] before [[China|GPE]] began its programme came "
        "from the [[Soviet|NORP]] [[Luna 24|PRODUCT]] probe, which returned [[170 grams|quantity|170|g]] in "
        "[[1976|D|1976]]. [[China|GPE]]’s [[Chang'e-5|PRODUCT|Chang'e 5]] brought back "
        "[[1,731 grams|quantity|1731|g]] from the near side in [[2020|D|2020]].",
        [
            ("China National Space Administration", "estimate", "the capsule held about 2 kilograms of material",
             False),
            ("Zhang Kejian", "say", "the mission had been “a complete success” for the country", False),
            ("Zhang Kejian", "announce", "Chang'e-7 would launch in 2026 to look for water ice near the lunar "
             "south pole", False),
            ("Xi Jinping", "call for", "more international cooperation in lunar research", False),
            ("European Space Agency", "say", "its ion detector had worked as planned", False),
        ],
    ),
    (
        "own43-ho-11", "wikinews-singapore-election", "2025-05-04", "2025-05-04",
        "[[People's Action Party|ORG]] returned to power in [[Singapore|GPE]] with "
        "[[87|count|87|seat]] seats\n"
        "[[Sunday, May 4, 2025|D|2025-05-04]]\n\n"
        "[[Singapore|GPE]]’s governing [[People's Action Party|ORG]] ([[PAP|ORG|People's Action Party]]) won "
        "[[87|count|87|seat]] seats in the [[97|count|97|seat]]-seat "
        "[[Parliament|ORG|Parliament of Singapore]] in [[yesterday|D|2025-05-03]]’s general election, taking "
        "[[65.57 percent|percent|65.57|%]] of the vote, up from [[61.24 percent|percent|61.24|%]] in "
        "[[2020|D|2020]]. The opposition [[Workers' Party|ORG|Workers' Party (Singapore)]] held on to its "
        "[[ten|count|10|seat]] seats.\n\n"
        "It was the [[first|ordinal|1]] election for Prime Minister [[Lawrence Wong|PERSON]], who succeeded "
        "[[Lee Hsien Loong|PERSON]] in [[May 2024|D|2024-05]]. The "
        "[[Elections Department|ORG|Elections Department Singapore]] said turnout was "
        "[[92.47 percent|percent|92.47|%]] among [[2,758,846|count|2758846|voter]] registered voters.\n\n"
        "[[Wong|PERSON|Lawrence Wong]] told supporters at a rally point: “You have given us a clear mandate. "
        "We will repay your trust with hard work.” He said his new cabinet would be named within "
        "[[two weeks|D|P2W]].\n\n"
        "[[Workers' Party|ORG|Workers' Party (Singapore)]] chief [[Pritam Singh|PERSON]] said the result "
        "showed that voters still wanted a stronger opposition voice in "
        "[[Parliament|ORG|Parliament of Singapore]].\n\n"
        "The campaign was dominated by the cost of living and by [[US|GPE|United States]] tariffs. The "
        "[[Ministry of Trade and Industry|ORG|Ministry of Trade and Industry (Singapore)]] expects growth of "
        "[[0|percent|0|%]] to [[2 percent|percent|2|%]] in [[2025|D|2025]], down from "
        "[[4.4 percent|percent|4.4|%]] [[last year|D|2024]].\n\n"
        "[[Malaysian|NORP]] Prime Minister [[Anwar Ibrahim|PERSON]] was among the [[first|ordinal|1]] foreign "
        "leaders to congratulate [[Wong|PERSON|Lawrence Wong]], who is expected to visit [[Kuala Lumpur|GPE]] "
        "[[next month|D|2025-06]].",
        [
            ("Elections Department Singapore", "say", "turnout was 92.47 percent among 2,758,846 registered "
             "voters", False),
            ("Lawrence Wong", "tell", "You have given us a clear mandate. We will repay your trust with hard "
             "work.", True),
            ("Lawrence Wong", "say", "his new cabinet would be named within two weeks", False),
            ("Pritam Singh", "say", "the result showed that voters still wanted a stronger opposition voice in "
             "Parliament", False),
            ("Ministry of Trade and Industry (Singapore)", "expect", "growth of 0 to 2 percent in 2025, down "
             "from 4.4 percent last year", False),
        ],
    ),
    (
        "own43-ho-12", "wire-india-ctbt", "1996-08-21", "1996-08-21",
        "[[INDIA|GPE|India]] SAYS IT WILL BLOCK NUCLEAR TEST BAN TREATY.\n"
        "[[NEW DELHI|GPE|New Delhi]] [[1996-08-21|D|1996-08-21]]\n"
        "[[India|GPE]] said on [[Tuesday|D|1996-08-20]] it would block a global treaty banning nuclear tests "
        "when the [[61-nation|count|61|nation]] [[Conference on Disarmament|ORG]] in [[Geneva|GPE]] meets to "
        "adopt it [[this week|D|1996-W34]].\n"
        "Foreign Minister [[I.K. Gujral|PERSON|Inder Kumar Gujral]] told parliament that [[India|GPE]] could "
        "not accept a treaty that did not commit the [[five|count|5|power]] declared nuclear powers to "
        "disarm within a fixed time.\n"
        "\"We will not sign it, now or later,\" [[Gujral|PERSON|Inder Kumar Gujral]] said.\n"
        "[[India|GPE]]'s ambassador in [[Geneva|GPE]], [[Arundhati Ghose|PERSON]], has said that the "
        "treaty's entry-into-force clause, which requires ratification by [[44|count|44|state]] states "
        "including [[India|GPE]], would force [[New Delhi|GPE]] to give up its nuclear option.\n"
        "Prime Minister [[H.D. Deve Gowda|PERSON|H. D. Deve Gowda]] has the backing of all major parties on "
        "the issue, and [[Indian|NORP]] newspapers on [[Wednesday|D|1996-08-21]] praised the stand.\n"
        "[[Pakistan|GPE]] said it would not sign the treaty unless [[India|GPE]] did. The "
        "[[United States|GPE]] has urged [[India|GPE]] not to stand in the way of a treaty backed by "
        "[[more than 120|count|120|country]] countries.\n"
        "[[India|GPE]] exploded a nuclear device in [[1974|D|1974]] but says it has no weapons. "
        "[[China|GPE]] carried out what it said was its last test on [[July 29|D|1996-07-29]], and "
        "[[France|GPE]] ended its series in the [[Pacific|LOC|Pacific Ocean]] in [[January|D|1996-01]].\n"
        "Diplomats in [[Geneva|GPE]] said the treaty could still be sent to the "
        "[[U.N. General Assembly|ORG|United Nations General Assembly]] in [[New York|GPE|New York City]] for a vote in [[September|D|1996-09]].\n"
        "-- [[New Delhi|GPE]] Newsroom, +91-11-301-2024",
        [
            ("India", "say", "it would block a global treaty banning nuclear tests when the 61-nation "
             "Conference on Disarmament in Geneva meets to adopt it this week", False),
            ("Inder Kumar Gujral", "tell", "India could not accept a treaty that did not commit the five declared "
             "nuclear powers to disarm within a fixed time", False),
            ("Inder Kumar Gujral", "say", "We will not sign it, now or later", True),
            ("Arundhati Ghose", "say", "the treaty's entry-into-force clause, which requires ratification by 44 "
             "states including India, would force New Delhi to give up its nuclear option", False),
            ("Pakistan", "say", "it would not sign the treaty unless India did", False),
            ("United States", "urge", "India not to stand in the way of a treaty backed by more than 120 "
             "countries", False),
        ],
    ),
    (
        "own43-ho-13", "wire-sumo-autumn", "1996-09-22", "1996-09-22",
        "SUMO - [[TAKANOHANA|PERSON|Takanohana Kōji]] WINS [[AUTUMN TOURNAMENT|EVENT|Autumn Grand Sumo "
        "Tournament]] WITH PERFECT RECORD.\n"
        "[[TOKYO|GPE|Tokyo]] [[1996-09-22|D|1996-09-22]]\n"
        "Yokozuna [[Takanohana|PERSON|Takanohana Kōji]] beat his elder brother, ozeki "
        "[[Wakanohana|PERSON|Wakanohana Masaru]], on the [[15th|ordinal|15]] and final day of the "
        "[[Autumn Grand Sumo Tournament|EVENT]] to finish with a perfect [[15|number|15]]-[[0|number|0]] "
        "record and win his [[15th|ordinal|15]] title.\n"
        "A capacity crowd of [[11,000|count|11000|spectator]] at the [[Kokugikan|FAC|Ryōgoku Kokugikan]] hall "
        "rose to applaud him.\n"
        "\"I wanted to finish with no defeats. Now I must keep this form in [[November|D|1996-11]],\" "
        "[[Takanohana|PERSON|Takanohana Kōji]] told [[NHK|ORG]] television.\n"
        "[[Wakanohana|PERSON|Wakanohana Masaru]] said he was happy for his younger brother. "
        "[[Hawaii|GPE]]-born yokozuna [[Akebono|PERSON|Akebono Tarō]], who lost [[five|count|5|bout]] bouts, "
        "said a knee injury had bothered him all tournament.\n"
        "The [[Japan Sumo Association|ORG]] said the [[Kyushu|LOC]] tournament would open in "
        "[[Fukuoka|GPE]] on [[November 10|D|1996-11-10]].\n"
        "Final day results (wins-losses in brackets):\n"
        "[[Takanohana|PERSON|Takanohana Kōji]] ([[15|number|15]]-[[0|number|0]]) beat "
        "[[Wakanohana|PERSON|Wakanohana Masaru]] ([[12|number|12]]-[[3|number|3]])\n"
        "[[Musashimaru|PERSON|Musashimaru Kōyō]] ([[11|number|11]]-[[4|number|4]]) beat "
        "[[Akebono|PERSON|Akebono Tarō]] ([[10|number|10]]-[[5|number|5]])\n"
        "[[Takanonami|PERSON|Takanonami Sadahiro]] ([[11|number|11]]-[[4|number|4]]) beat "
        "[[Kaio|PERSON|Kaiō Hiroyuki]] ([[8|number|8]]-[[7|number|7]])\n"
        "[[Kotonishiki|PERSON|Kotonishiki Katsuhiro]] ([[9|number|9]]-[[6|number|6]]) beat "
        "[[Kaiki|PERSON|Kaiki Shigenori]] ([[6|number|6]]-[[9|number|9]])\n"
        "[[Takanohana|PERSON|Takanohana Kōji]] became the [[first|ordinal|1]] wrestler since [[Chiyonofuji|PERSON|"
        "Chiyonofuji Mitsugu]] in [[1989|D|1989]] to win a tournament without a loss more than once in a "
        "year.",
        [
            ("Takanohana Kōji", "tell", "I wanted to finish with no defeats. Now I must keep this form in "
             "November", True),
            ("Wakanohana Masaru", "say", "he was happy for his younger brother", False),
            ("Akebono Tarō", "say", "a knee injury had bothered him all tournament", False),
            ("Japan Sumo Association", "say", "the Kyushu tournament would open in Fukuoka on November 10",
             False),
        ],
    ),
    (
        "own43-ho-14", "wire-afl-results", "1996-08-26", "1996-08-26",
        "[[AUSTRALIAN|NORP|Australian]] RULES FOOTBALL - [[AFL|ORG|Australian Football League]] RESULTS AND "
        "LADDER.\n"
        "[[MELBOURNE|GPE|Melbourne]] [[1996-08-26|D|1996-08-26]]\n"
        "Results of [[Australian Football League|ORG]] matches played on [[Saturday|D|1996-08-24]] and "
        "[[Sunday|D|1996-08-25]] (goals, behinds, total points):\n"
        "[[Essendon|ORG|Essendon Football Club]] [[14|number|14]].[[16|number|16]] ([[100|number|100]]) "
        "[[Fitzroy|ORG|Fitzroy Football Club]] [[9|number|9]].[[7|number|7]] ([[61|number|61]])\n"
        "[[Sydney|ORG|Sydney Swans]] [[18|number|18]].[[10|number|10]] ([[118|number|118]]) "
        "[[Geelong|ORG|Geelong Football Club]] [[12|number|12]].[[12|number|12]] ([[84|number|84]])\n"
        "[[North Melbourne|ORG|North Melbourne Football Club]] [[20|number|20]].[[14|number|14]] "
        "([[134|number|134]]) [[Brisbane|ORG|Brisbane Bears]] [[11|number|11]].[[9|number|9]] "
        "([[75|number|75]])\n"
        "[[West Coast|ORG|West Coast Eagles]] [[15|number|15]].[[11|number|11]] ([[101|number|101]]) "
        "[[Carlton|ORG|Carlton Football Club]] [[10|number|10]].[[13|number|13]] ([[73|number|73]])\n"
        "Ladder after [[21|count|21|round]] rounds (played, won, lost, drawn, points):\n"
        "[[North Melbourne|ORG|North Melbourne Football Club]] [[21|number|21]] [[16|number|16]] "
        "[[5|number|5]] [[0|number|0]] [[64|number|64]]\n"
        "[[Brisbane|ORG|Brisbane Bears]] [[21|number|21]] [[15|number|15]] [[5|number|5]] [[1|number|1]] "
        "[[62|number|62]]\n"
        "[[Sydney|ORG|Sydney Swans]] [[21|number|21]] [[15|number|15]] [[5|number|5]] [[1|number|1]] "
        "[[62|number|62]]\n"
        "[[West Coast|ORG|West Coast Eagles]] [[21|number|21]] [[14|number|14]] [[7|number|7]] [[0|number|0]] "
        "[[56|number|56]]\n"
        "[[Wayne Carey|PERSON]] kicked [[seven|count|7|goal]] goals for "
        "[[North Melbourne|ORG|North Melbourne Football Club]], whose coach [[Denis Pagan|PERSON]] said his "
        "side was ready for the finals.\n"
        "[[Essendon|ORG|Essendon Football Club]] coach [[Kevin Sheedy|PERSON]] said "
        "[[Fitzroy|ORG|Fitzroy Football Club]], who will merge with [[Brisbane|ORG|Brisbane Bears]] at the end "
        "of the season, had \"played with great heart\" all year.\n"
        "[[Sydney|ORG|Sydney Swans]] coach [[Rodney Eade|PERSON]] told reporters that his team could still "
        "finish on top of the ladder. The [[AFL|ORG|Australian Football League]] said a crowd of "
        "[[more than 70,000|count|70000|spectator]] had watched the [[Essendon|ORG|Essendon Football Club]] "
        "match at the [[Melbourne Cricket Ground|FAC]].\n"
        "The last home-and-away round will be played on [[Saturday|D|1996-08-31]] and "
        "[[Sunday|D|1996-09-01]].",
        [
            ("Denis Pagan", "say", "his side was ready for the finals", False),
            ("Kevin Sheedy", "say", "Fitzroy, who will merge with Brisbane at the end of the season, had "
             "\"played with great heart\" all year", False),
            ("Rodney Eade", "tell", "his team could still finish on top of the ladder", False),
            ("Australian Football League", "say", "a crowd of more than 70,000 had watched the Essendon match at "
             "the Melbourne Cricket Ground", False),
        ],
    ),
]

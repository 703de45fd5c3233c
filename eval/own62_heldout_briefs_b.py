"""Held-out set 62 (blind): marked texts of briefs 08-14 and their statements (see
``build_own62_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own62-ho-08", "state-bank-of-vietnam-gold-bar-sales", "2024-06-03", "2024-06-03",
        "[[STATE BANK OF VIETNAM|ORG|State Bank of Vietnam]]\n"
        "From: Communication Department, [[Hanoi|GPE]]\n"
        "[[3 June 2024|D|2024-06-03]]\n\n"
        "[[SBV|ORG|State Bank of Vietnam]] TO SELL [[SJC|ORG|Saigon Jewelry Company]] GOLD BARS DIRECTLY THROUGH [[FOUR|count|4|bank]] STATE BANKS\n\n"
        "The [[State Bank of Vietnam|ORG]] ([[SBV|ORG|State Bank of Vietnam]]) will from [[today|D|2024-06-03]] "
        "sell gold bars of the [[Saigon Jewelry Company|ORG]] ([[SJC|ORG|Saigon Jewelry Company]]) to the "
        "public through [[Agribank|ORG]], [[BIDV|ORG|Bank for Investment and Development of Vietnam]], "
        "[[Vietcombank|ORG]] and [[VietinBank|ORG]], after [[eight|count|8|auction]] auctions since "
        "[[April|D|2024-04]] failed to narrow the gap with world prices.\n\n"
        "Key terms\n"
        "- Selling price: [[VND 76.98 million|money|76980000|VND]] per tael\n"
        "- Limit: [[one|count|1|bar]] bar per customer\n"
        "- Price gap with world gold, [[31 May|D|2024-05-31]]: [[about VND 13 million|money|13000000|VND]] "
        "per tael\n\n"
        "Deputy Governor [[Dao Minh Tu|PERSON]] said the central bank had sold "
        "[[48,500|count|48500|bar]] bars at auction, less than a fifth of the amount offered.\n"
        "“Direct sales will bring the domestic price closer to the world price within weeks,” he said.\n\n"
        "Governor [[Nguyen Thi Hong|PERSON]] told the [[National Assembly|ORG|National Assembly (Vietnam)]] "
        "[[last week|D|2024-W22]] that the gap had reached [[20%|percent|20|%]] and pledged to end the monopoly on gold bar "
        "production that [[SJC|ORG|Saigon Jewelry Company]] has held since [[2012|D|2012]].\n\n"
        "[[SJC|ORG|Saigon Jewelry Company]] bars traded at [[VND 88.5 million|money|88500000|VND]] per tael on [[Friday|D|2024-05-31]], while "
        "gold on world markets was [[around US$2,330|money|2330|USD]] an ounce. The "
        "[[Ministry of Public Security|ORG|Ministry of Public Security (Vietnam)]] warned that traders who "
        "hoard bars or inflate prices would be prosecuted.",
        [
            ("Dao Minh Tu", "say", "the central bank had sold 48,500 bars at auction, less than a fifth of the "
             "amount offered", False),
            ("Dao Minh Tu", "say", "Direct sales will bring the domestic price closer to the world price within "
             "weeks", True),
            ("Nguyen Thi Hong", "tell", "the gap had reached 20%", False),
            ("Nguyen Thi Hong", "pledge", "end the monopoly on gold bar production that SJC has held since 2012",
             False),
            ("Ministry of Public Security (Vietnam)", "warn", "traders who hoard bars or inflate prices would be "
             "prosecuted", False),
        ],
    ),
    (
        "own62-ho-09", "wikinews-thailand-marriage-equality", "2025-01-24", "2025-01-24",
        "Same-sex couples marry across [[Thailand|GPE]] as equality law takes effect\n\n"
        "[[Friday, January 24, 2025|D|2025-01-24]]\n\n"
        "[[More than 1,800|count|1800|couple]] same-sex couples registered their marriages in [[Thailand|GPE]] on "
        "[[Thursday|D|2025-01-23]], the day the [[Marriage Equality Act|LAW]] came into force, according to "
        "the [[Ministry of Interior|ORG|Ministry of Interior (Thailand)]].\n\n"
        "[[Thailand|GPE]] is the [[first|ordinal|1]] country in [[Southeast Asia|LOC]] to allow same-sex "
        "marriage, and the [[third|ordinal|3]] in [[Asia|LOC]] after [[Taiwan|GPE]] and [[Nepal|GPE]]. The "
        "law replaces the words \"men and women\" with \"individuals\" and gives couples equal rights to "
        "adopt and inherit.\n\n"
        "In [[Bangkok|GPE]], [[about 300|count|300|couple]] couples took part in a mass wedding at the "
        "[[Siam Paragon|FAC]] shopping mall. Prime Minister [[Paetongtarn Shinawatra|PERSON]] said in a post "
        "on social media that the day had shown \"the strength of [[Thai|NORP]] society\" to the world. She added that her government "
        "would next seek to recognise the gender identity of transgender people.\n\n"
        "The bill passed the [[Senate|ORG|Senate of Thailand]] by [[130|number|130]] votes to "
        "[[4|number|4]] in [[June 2024|D|2024-06]] and received royal endorsement in "
        "[[September|D|2024-09]].\n\n"
        "[[Plaifah Kyoka Shodladd|PERSON]], a [[19-year-old|D|P19Y]] activist, told reporters that "
        "many couples had waited [[more than 20 years|D|P20Y]]. \"We were invisible, and now the state "
        "sees us,\" she said.\n\n"
        "Activists estimate that [[about 8%|percent|8|%]] of [[Thais|NORP|Thai]] identify as LGBT. "
        "[[Amnesty International|ORG]] urged other governments in the region to follow [[Thailand|GPE]].",
        [
            ("Ministry of Interior (Thailand)", "according to", "More than 1,800 same-sex couples registered their "
             "marriages in Thailand on Thursday, the day the Marriage Equality Act came into force", False),
            ("Paetongtarn Shinawatra", "say", "the day had shown \"the strength of Thai society\" to the world", False),
            ("Paetongtarn Shinawatra", "add", "her government would next seek to recognise the gender identity "
             "of transgender people", False),
            ("Plaifah Kyoka Shodladd", "tell", "many couples had waited more than 20 years", False),
            ("Plaifah Kyoka Shodladd", "say", "We were invisible, and now the state sees us", True),
            ("Amnesty International", "urge", "other governments in the region to follow Thailand", False),
        ],
    ),
    (
        "own62-ho-10", "wikinews-burundi-legislative-election", "2025-06-12", "2025-06-12",
        "[[Burundi|GPE]]'s ruling party wins every elected seat in parliament\n\n"
        "[[Thursday, June 12, 2025|D|2025-06-12]]\n\n"
        "[[Burundi|GPE]]'s ruling [[CNDD-FDD|ORG|National Council for the Defense of Democracy – Forces for the "
        "Defense of Democracy]] won all [[100|count|100|seat]] directly elected seats in the "
        "[[National Assembly|ORG|National Assembly (Burundi)]] with [[96.51%|percent|96.51|%]] of the vote, the "
        "[[Independent National Electoral Commission|ORG|Independent National Electoral Commission (Burundi)]] "
        "([[CENI|ORG|Independent National Electoral Commission (Burundi)]]) announced on "
        "[[Wednesday|D|2025-06-11]].\n\n"
        "[[CENI|ORG|Independent National Electoral Commission (Burundi)]] chairman "
        "[[Prosper Ntahorwamiye|PERSON]] said turnout in the vote of [[June 5|D|2025-06-05]] was "
        "[[about 94%|percent|94|%]] of [[6.1 million|count|6100000|voter]] registered voters. No other party "
        "passed the [[2%|percent|2|%]] threshold.\n\n"
        "The main opposition leader, [[Agathon Rwasa|PERSON]], was barred from running after he was removed as "
        "head of the [[National Congress for Liberty|ORG]] ([[CNL|ORG|National Congress for Liberty]]) in "
        "[[2024|D|2024]]. [[Rwasa|PERSON|Agathon Rwasa]] said the result was \"a joke\" and that his "
        "supporters had been kept from polling stations.\n\n"
        "The [[Catholic|NORP]] bishops' conference said it had received reports of ballot stuffing in "
        "several provinces.\n\n"
        "President [[Évariste Ndayishimiye|PERSON]] thanked voters and promised to tackle fuel shortages that "
        "have left queues at petrol stations in [[Bujumbura|GPE]] for months.\n\n"
        "[[Three|count|3|seat]] seats reserved for the [[Twa|NORP]] minority will be filled by co-option. "
        "The [[Senate|ORG|Senate (Burundi)]] will be elected by local councillors in [[July|D|2025-07]].",
        [
            ("Independent National Electoral Commission (Burundi)", "announce", "CNDD-FDD won all 100 directly "
             "elected seats in the National Assembly with 96.51% of the vote", False),
            ("Prosper Ntahorwamiye", "say", "turnout in the vote of June 5 was about 94% of 6.1 million registered "
             "voters", False),
            ("Agathon Rwasa", "say", "the result was \"a joke\" and that his supporters had been kept from polling "
             "stations", False),
            ("Évariste Ndayishimiye", "promise", "tackle fuel shortages that have left queues at petrol stations "
             "in Bujumbura for months", False),
        ],
    ),
    (
        "own62-ho-11", "wikinews-swiss-e-id-referendum", "2025-09-29", "2025-09-29",
        "[[Swiss|NORP]] voters narrowly approve electronic identity card\n\n"
        "[[Monday, September 29, 2025|D|2025-09-29]]\n\n"
        "Voters in [[Switzerland|GPE]] on [[Sunday|D|2025-09-28]] approved a state-issued electronic identity "
        "by [[50.39%|percent|50.39|%]] to [[49.61%|percent|49.61|%]], a margin of "
        "[[about 21,000|count|21000|vote]] votes, according to the [[Federal Chancellery|ORG|Federal "
        "Chancellery of Switzerland]].\n\n"
        "The [[Federal Act on Electronic Identity|LAW|Federal Act on Electronic Identity and Other "
        "Electronic Evidence]] will let residents store their identity card on a mobile phone from "
        "[[2026|D|2026]]. Voters rejected an earlier version in [[March 2021|D|2021-03]], when [[64%|percent|64|%]] "
        "said no because private companies would have issued the identity.\n\n"
        "Justice Minister [[Beat Jans|PERSON]] said the result showed that the public trusted the state with "
        "its data. \"The e-ID will be voluntary and free,\" he told a press conference in [[Bern|GPE]].\n\n"
        "The [[Swiss People's Party|ORG]] ([[SVP|ORG|Swiss People's Party]]), which opposed the law, said it "
        "would watch closely for any move to make the ID compulsory. [[Eight|count|8|canton]] of the "
        "[[26|count|26|canton]] cantons voted yes, among them [[Zurich|GPE|Canton of Zurich]], "
        "[[Basel-Stadt|GPE]] and [[Geneva|GPE|Canton of Geneva]].\n\n"
        "In a [[second|ordinal|2]] vote on the same day, [[57.7%|percent|57.7|%]] backed abolishing the "
        "imputed rental value tax on owner-occupied homes. Turnout was [[49.5%|percent|49.5|%]].\n\n"
        "The [[Federal Council|ORG|Federal Council (Switzerland)]] expects the [[first|ordinal|1]] e-IDs to be issued in "
        "[[the third quarter of 2026|D|2026-07/2026-09]].",
        [
            ("Federal Chancellery of Switzerland", "according to", "Voters in Switzerland on Sunday approved a "
             "state-issued electronic identity by 50.39% to 49.61%, a margin of about 21,000 votes", False),
            ("Beat Jans", "say", "the result showed that the public trusted the state with its data", False),
            ("Beat Jans", "tell", "The e-ID will be voluntary and free", True),
            ("Swiss People's Party", "say", "it would watch closely for any move to make the ID compulsory",
             False),
            ("Federal Council (Switzerland)", "expect", "the first e-IDs to be issued in the third quarter of "
             "2026", False),
        ],
    ),
    (
        "own62-ho-12", "wire-quito-bucaram-fuel-prices", "1996-08-29", "1996-08-29",
        "[[Ecuador|GPE]] raises cooking gas price, sucre slips.\n\n"
        "[[QUITO|GPE|Quito]] [[1996-08-29|D|1996-08-29]]\n\n"
        "[[Ecuador|GPE]]'s new government raised the price of cooking gas by "
        "[[more than 300 percent|percent|300|%]] on [[Thursday|D|1996-08-29]], the [[first|ordinal|1]] big "
        "austerity step since President [[Abdala Bucaram|PERSON]] took office on "
        "[[August 10|D|1996-08-10]].\n\n"
        "A [[15-kg|quantity|15|kg]] cylinder of gas will cost [[4,900 sucres|money|4900|ECS]] from "
        "[[Monday|D|1996-09-02]], up from [[1,100 sucres|money|1100|ECS]], Energy Minister "
        "[[Alfredo Adum|PERSON]] told reporters.\n\n"
        "Finance Minister [[Pablo Concha|PERSON]] said the measures would save the state "
        "[[about $300 million|money|300000000|USD]] a year and cut the budget deficit to "
        "[[2.5 percent|percent|2.5|%]] of gross domestic product in [[1997|D|1997]].\n\n"
        "\"The subsidies went to the rich, not to the poor,\" [[Concha|PERSON|Pablo Concha]] said.\n\n"
        "The sucre weakened to [[3,310|number|3310]] per dollar from [[3,270|number|3270]] on "
        "[[Wednesday|D|1996-08-28]], dealers said.\n\n"
        "The [[United Workers Front|ORG]] called for a [[two-day|D|P2D]] national strike [[next week|D|1996-W36]], and "
        "farmers' groups in the highlands threatened to block roads.\n\n"
        "[[Bucaram|PERSON|Abdala Bucaram]], who won a runoff against [[Jaime Nebot|PERSON]] in "
        "[[July|D|1996-07]], promised to raise the minimum wage by [[30 percent|percent|30|%]] to offset the "
        "price rises.\n\n"
        "-- [[Quito|GPE]] newsroom, 593 2 503-010",
        [
            ("Alfredo Adum", "tell", "A 15-kg cylinder of gas will cost 4,900 sucres from Monday, up from 1,100 "
             "sucres", False),
            ("Pablo Concha", "say", "the measures would save the state about $300 million a year and cut the "
             "budget deficit to 2.5 percent of gross domestic product in 1997", False),
            ("Pablo Concha", "say", "The subsidies went to the rich, not to the poor", True),
            ("United Workers Front", "call for", "a two-day national strike next week", False),
            ("Abdala Bucaram", "promise", "raise the minimum wage by 30 percent to offset the price rises",
             False),
        ],
    ),
    (
        "own62-ho-13", "wire-olympic-archery-finals", "1996-08-01", "1996-08-01",
        "[[OLYMPICS|EVENT|1996 Summer Olympics]] - ARCHERY FINALS RESULTS.\n\n"
        "[[STONE MOUNTAIN|GPE|Stone Mountain, Georgia]], [[Georgia|GPE|Georgia (U.S. state)]] "
        "[[1996-08-01|D|1996-08-01]]\n\n"
        "Results of the [[Olympic|EVENT|1996 Summer Olympics]] individual archery finals on "
        "[[Thursday|D|1996-08-01]] (scores from [[12|count|12|arrow]] arrows):\n\n"
        "Men\n"
        "Final: [[Justin Huish|PERSON]] ([[U.S.|GPE|United States]]) beat [[Magnus Petersson|PERSON]] "
        "([[Sweden|GPE]]) [[112|number|112]]-[[107|number|107]]\n"
        "Bronze medal match: [[Oh Kyo-moon|PERSON]] ([[South Korea|GPE]]) beat [[Paul Vermeiren|PERSON]] "
        "([[Belgium|GPE]]) [[115|number|115]]-[[110|number|110]]\n\n"
        "Women\n"
        "Final: [[Kim Kyung-wook|PERSON]] ([[South Korea|GPE]]) beat [[He Ying|PERSON]] ([[China|GPE]]) "
        "[[113|number|113]]-[[107|number|107]]\n"
        "Bronze medal match: [[Olena Sadovnycha|PERSON]] ([[Ukraine|GPE]]) beat "
        "[[Elif Altınkaynak|PERSON]] ([[Turkey|GPE]]) [[112|number|112]]-[[105|number|105]]\n\n"
        "[[Huish|PERSON|Justin Huish]], a [[21-year-old|D|P21Y]] from [[California|GPE]] who shoots in "
        "sunglasses and a baseball cap, became the [[first|ordinal|1]] [[American|NORP]] man to win the title "
        "since [[1988|D|1988]]. \"I just kept telling myself to have fun,\" he said. [[Petersson|PERSON|Magnus Petersson]] told reporters that the wind had changed before his last "
        "[[three|count|3|arrow]] arrows.\n\n"
        "[[Kim|PERSON|Kim Kyung-wook]] said she would also shoot in the team event on "
        "[[Friday|D|1996-08-02]], when [[South Korea|GPE]] are favourites.\n\n"
        "[[About 4,000|count|4000|spectator]] spectators watched the finals in the heat, and many of them had come to cheer "
        "[[Huish|PERSON|Justin Huish]].\n\n"
        "Team events ([[three|count|3|archer]] archers, [[27|count|27|arrow]] arrows) are scheduled for "
        "[[Friday|D|1996-08-02]] at [[Stone Mountain Park|FAC]].",
        [
            ("Justin Huish", "say", "I just kept telling myself to have fun", True),
            ("Magnus Petersson", "tell", "the wind had changed before his last three arrows", False),
            ("Kim Kyung-wook", "say", "she would also shoot in the team event on Friday, when South Korea are "
             "favourites", False),
        ],
    ),
    (
        "own62-ho-14", "wire-olympic-individual-dressage", "1996-08-03", "1996-08-03",
        "[[OLYMPICS|EVENT|1996 Summer Olympics]] - EQUESTRIAN INDIVIDUAL DRESSAGE RESULTS.\n\n"
        "[[CONYERS|GPE|Conyers, Georgia]], [[Georgia|GPE|Georgia (U.S. state)]] [[1996-08-03|D|1996-08-03]]\n\n"
        "Final placings in the [[Olympic|EVENT|1996 Summer Olympics]] individual dressage competition at the "
        "[[Georgia International Horse Park|FAC]] on [[Saturday|D|1996-08-03]] (rider, country, horse, "
        "points):\n\n"
        "1. [[Isabell Werth|PERSON]] ([[Germany|GPE]]) Gigolo [[235.09|number|235.09]]\n"
        "2. [[Anky van Grunsven|PERSON]] ([[Netherlands|GPE]]) Bonfire [[233.02|number|233.02]]\n"
        "3. [[Sven Rothenberger|PERSON]] ([[Netherlands|GPE]]) Weyden [[224.94|number|224.94]]\n"
        "4. [[Monica Theodorescu|PERSON]] ([[Germany|GPE]]) Grunox [[223.40|number|223.40]]\n"
        "5. [[Klaus Balkenhol|PERSON]] ([[Germany|GPE]]) Goldstern [[221.82|number|221.82]]\n"
        "6. [[Robert Dover|PERSON]] ([[U.S.|GPE|United States]]) Metallic [[216.50|number|216.50]]\n\n"
        "[[Werth|PERSON|Isabell Werth]] added the individual title to the team gold "
        "that [[Germany|GPE]] won on [[Sunday|D|1996-07-28]].\n\n"
        "\"Gigolo was better [[today|D|1996-08-03]] than in the team event, and I had no mistakes in the freestyle,\" "
        "[[Werth|PERSON|Isabell Werth]] said.\n\n"
        "[[Van Grunsven|PERSON|Anky van Grunsven]] said she was proud of Bonfire and would aim for gold in "
        "[[Sydney|GPE]] in [[2000|D|2000]]. The [[Dutch|NORP]] federation said it would appeal against the mark of "
        "[[one|count|1|judge]] judge. [[German|NORP]] coach [[Harry Boldt|PERSON]] said the team would rest its horses "
        "until [[October|D|1996-10]].\n\n"
        "The individual show jumping final will be held on [[Sunday|D|1996-08-04]], the last day of the "
        "[[Games|EVENT|1996 Summer Olympics]].",
        [
            ("Isabell Werth", "say", "Gigolo was better today than in the team event, and I had no mistakes in "
             "the freestyle", True),
            ("Anky van Grunsven", "say", "she was proud of Bonfire and would aim for gold in Sydney in 2000", False),
            ("Harry Boldt", "say", "the team would rest its horses until October", False),
        ],
    ),
]

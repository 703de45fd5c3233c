"""Held-out set 55 (blind): marked texts of briefs 01-07 and their statements (see
``build_own55_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own55-ho-01", "bank-of-zambia-policy-rate", "2025-05-21", "2025-05-21",
        "[[BANK OF ZAMBIA|ORG|Bank of Zambia]]\n"
        "MONETARY POLICY COMMITTEE STATEMENT\n"
        "[[Lusaka|GPE]], [[21 May 2025|D|2025-05-21]]\n\n"
        "POLICY RATE MAINTAINED AT [[14.5 PERCENT|percent|14.5|%]]\n\n"
        "The [[Monetary Policy Committee|ORG|Monetary Policy Committee (Bank of Zambia)]] "
        "([[MPC|ORG|Monetary Policy Committee (Bank of Zambia)]]) of the [[Bank of Zambia|ORG]] "
        "[[today|D|2025-05-21]] decided to keep the Policy Rate at [[14.5 percent|percent|14.5|%]].\n\n"
        "Key indicators\n"
        "• Annual inflation, [[April 2025|D|2025-04]]: [[16.5%|percent|16.5|%]] (target band: "
        "[[6|percent|6|%]] to [[8%|percent|8|%]])\n"
        "• Real GDP growth, [[2024|D|2024]]: [[4.0%|percent|4.0|%]]\n"
        "• Gross international reserves: [[US$4.3 billion|money|4300000000|USD]], "
        "[[about four months|D|P4M]] of import cover\n"
        "• Exchange rate: [[K27.9|money|27.9|ZMW]] per [[U.S.|GPE|United States]] dollar\n\n"
        "The [[Committee|ORG|Monetary Policy Committee (Bank of Zambia)]] noted that inflation had stayed above "
        "the target band because the drought of [[2024|D|2024]] cut maize output and power supply. It expects "
        "inflation to fall back into the band by [[the second quarter of 2026|D|2026-04/2026-06]].\n\n"
        "Governor [[Denny Kalyalya|PERSON]] told a press briefing that the kwacha had gained "
        "[[about 6 percent|percent|6|%]] against the dollar since [[February|D|2025-02]], helped by copper "
        "exports. “The rains have returned and the worst of the drought is behind us, but we will not declare "
        "victory early,” he said.\n\n"
        "[[Kalyalya|PERSON|Denny Kalyalya]] warned that a power deficit of "
        "[[more than 1,000 megawatts|quantity|1000|MW]] at [[Kariba Dam|FAC]] still weighed on mining and "
        "manufacturing.\n\n"
        "The [[International Monetary Fund|ORG]] estimates that [[Zambia|GPE]]’s economy will grow "
        "[[6.2 percent|percent|6.2|%]] in [[2025|D|2025]], as copper output recovers towards "
        "[[850,000 tonnes|quantity|850000|t]].\n\n"
        "The next [[MPC|ORG|Monetary Policy Committee (Bank of Zambia)]] meeting will be held on "
        "[[20 August 2025|D|2025-08-20]].",
        [
            ("Monetary Policy Committee (Bank of Zambia)", "note", "inflation had stayed above the target band "
             "because the drought of 2024 cut maize output and power supply", False),
            ("Monetary Policy Committee (Bank of Zambia)", "expect", "inflation to fall back into the band by the "
             "second quarter of 2026", False),
            ("Denny Kalyalya", "tell", "the kwacha had gained about 6 percent against the dollar since February, "
             "helped by copper exports", False),
            ("Denny Kalyalya", "say", "The rains have returned and the worst of the drought is behind us, but we "
             "will not declare victory early", True),
            ("Denny Kalyalya", "warn", "a power deficit of more than 1,000 megawatts at Kariba Dam still weighed "
             "on mining and manufacturing", False),
            ("International Monetary Fund", "estimate", "Zambia’s economy will grow 6.2 percent in 2025, as "
             "copper output recovers towards 850,000 tonnes", False),
        ],
    ),
    (
        "own55-ho-02", "morocco-hcp-labour-market", "2025-11-03", "2025-11-03",
        "From: [[High Commission for Planning|ORG]] ([[HCP|ORG|High Commission for Planning]])\n"
        "[[Rabat|GPE]], [[3 November 2025|D|2025-11-03]]\n\n"
        "LABOUR MARKET IN [[THE THIRD QUARTER OF 2025|D|2025-07/2025-09]]\n\n"
        "The national unemployment rate fell to [[12.8%|percent|12.8|%]] in "
        "[[the third quarter of 2025|D|2025-07/2025-09]], down from [[13.6%|percent|13.6|%]] in "
        "[[the third quarter of 2024|D|2024-07/2024-09]], the [[High Commission for Planning|ORG]] reported "
        "[[today|D|2025-11-03]].\n\n"
        "Main results\n"
        "-- Net jobs created: [[84,000|count|84000|job]]\n"
        "-- Urban unemployment: [[16.4%|percent|16.4|%]]; rural: [[6.1%|percent|6.1|%]]\n"
        "-- Labour force participation: [[43.5%|percent|43.5|%]], down "
        "[[0.4 percentage point|percent|0.4|pp]]\n\n"
        "Unemployment rate by sex      [[Q3 2024|D|2024-07/2024-09]]   [[Q3 2025|D|2025-07/2025-09]]\n"
        "Men                           [[11.6%|percent|11.6|%]]     [[10.9%|percent|10.9|%]]\n"
        "Women                         [[20.8%|percent|20.8|%]]     [[19.5%|percent|19.5|%]]\n\n"
        "High Commissioner [[Chakib Benmoussa|PERSON]] said the fall reflected hiring in services and "
        "construction ahead of the [[Africa Cup of Nations|EVENT|2025 Africa Cup of Nations]], which "
        "[[Morocco|GPE]] hosts from [[21 December|D|2025-12-21]]. He added that agriculture had lost "
        "[[about 40,000|count|40000|job]] jobs as a [[seventh|ordinal|7]] year of drought hit rural areas.\n\n"
        "“Jobs in the cities cannot make up for the jobs the drought takes in the countryside,” "
        "[[Benmoussa|PERSON|Chakib Benmoussa]] told reporters.\n\n"
        "The [[World Bank|ORG]] expects [[Morocco|GPE]]’s growth to reach [[3.6 percent|percent|3.6|%]] in "
        "[[2025|D|2025]]. The government aims to create [[one million|count|1000000|job]] jobs by "
        "[[2030|D|2030]], when [[Morocco|GPE]] co-hosts the [[World Cup|EVENT|2030 FIFA World Cup]] with "
        "[[Spain|GPE]] and [[Portugal|GPE]].\n\n"
        "Next release: [[3 February 2026|D|2026-02-03]].",
        [
            ("High Commission for Planning", "report", "The national unemployment rate fell to 12.8% in the third "
             "quarter of 2025, down from 13.6% in the third quarter of 2024", False),
            ("Chakib Benmoussa", "say", "the fall reflected hiring in services and construction ahead of the "
             "Africa Cup of Nations, which Morocco hosts from 21 December", False),
            ("Chakib Benmoussa", "add", "agriculture had lost about 40,000 jobs as a seventh year of drought hit "
             "rural areas", False),
            ("Chakib Benmoussa", "tell", "Jobs in the cities cannot make up for the jobs the drought takes in the "
             "countryside", True),
            ("World Bank", "expect", "Morocco’s growth to reach 3.6 percent in 2025", False),
        ],
    ),
    (
        "own55-ho-03", "korea-forest-service-wildfires", "2025-03-28", "2025-03-28",
        "[[KOREA FOREST SERVICE|ORG|Korea Forest Service]]\n"
        "WILDFIRE SITUATION REPORT\n"
        "[[Daejeon|GPE]], [[28 March 2025|D|2025-03-28]], 06:00\n\n"
        "Fires: [[Uiseong|GPE|Uiseong County]], [[Andong|GPE]], [[Cheongsong|GPE|Cheongsong County]], "
        "[[Yeongyang|GPE|Yeongyang County]], [[Yeongdeok|GPE|Yeongdeok County]] "
        "([[North Gyeongsang Province|GPE]])\n"
        "Started: [[22 March|D|2025-03-22]]\n"
        "Area affected: [[about 45,170 hectares|quantity|45170|ha]]\n"
        "Deaths: [[26|count|26|death]]\n"
        "Evacuated: [[37,185|count|37185|person]]\n"
        "Containment: [[85 percent|percent|85|%]]\n\n"
        "Rain of [[up to 5 millimetres|quantity|5|mm]] fell overnight, helping "
        "[[about 9,000|count|9000|firefighter]] firefighters and [[120|count|120|helicopter]] helicopters to "
        "hold most fire lines, the [[Korea Forest Service|ORG]] said.\n\n"
        "Minister [[Lim Sang-seop|PERSON]] told a briefing that the blaze was the largest in "
        "[[South Korea|GPE]]’s history, larger than the east coast fires of [[2000|D|2000]], and that the main "
        "fire in [[Uiseong|GPE|Uiseong County]] could be put out by [[Sunday|D|2025-03-30]].\n\n"
        "The [[Gounsa|FAC]] temple in [[Uiseong|GPE|Uiseong County]] was destroyed, and firefighters sprayed "
        "retardant around [[Hahoe Folk Village|FAC]] in [[Andong|GPE]], a [[UNESCO|ORG]] World Heritage "
        "Site.\n\n"
        "Acting President [[Han Duck-soo|PERSON]] said on [[Wednesday|D|2025-03-26]] that the government would "
        "declare the stricken areas special disaster zones.\n\n"
        "The [[Korea Meteorological Administration|ORG]] warned that dry winds of "
        "[[up to 25 metres per second|quantity|25|m/s]] could return [[next week|D|2025-W14]].\n\n"
        "The [[Korea Forest Service|ORG]] urged hikers to stay out of mountain areas until the end of "
        "[[April|D|2025-04]] and asked farmers not to burn crop waste.\n\n"
        "The next report will be issued at 18:00 [[today|D|2025-03-28]].",
        [
            ("Korea Forest Service", "say", "Rain of up to 5 millimetres fell overnight, helping about 9,000 "
             "firefighters and 120 helicopters to hold most fire lines", False),
            ("Lim Sang-seop", "tell", "the blaze was the largest in South Korea’s history, larger than the east "
             "coast fires of 2000, and that the main fire in Uiseong could be put out by Sunday", False),
            ("Han Duck-soo", "say", "the government would declare the stricken areas special disaster zones", False),
            ("Korea Meteorological Administration", "warn", "dry winds of up to 25 metres per second could return "
             "next week", False),
            ("Korea Forest Service", "urge", "hikers to stay out of mountain areas until the end of April", False),
            ("Korea Forest Service", "ask", "farmers not to burn crop waste", False),
        ],
    ),
    (
        "own55-ho-04", "kaspi-kz-quarterly-results", "2025-10-27", "2025-10-27",
        "[[ALMATY|GPE|Almaty]], [[Kazakhstan|GPE]], [[27 October 2025|D|2025-10-27]] – [[Kaspi.kz|ORG]] "
        "([[Nasdaq|ORG]]: KSPI), [[Kazakhstan|GPE]]’s largest payments, marketplace and fintech company, "
        "[[today|D|2025-10-27]] reported its results for [[the third quarter of 2025|D|2025-07/2025-09]].\n\n"
        "Highlights, [[third quarter of 2025|D|2025-07/2025-09]]\n"
        "- Net income: [[KZT 350 billion|money|350000000000|KZT]] ([[US$650 million|money|650000000|USD]]), up "
        "[[3%|percent|3|%]]\n"
        "- Revenue: [[KZT 1,010 billion|money|1010000000000|KZT]], up [[26%|percent|26|%]]\n"
        "- Monthly active users: [[15.1 million|count|15100000|user]]\n"
        "- Payments volume: [[KZT 13.2 trillion|money|13200000000000|KZT]]\n"
        "- Share of revenue earned outside [[Kazakhstan|GPE]]: [[14 percent|percent|14|%]]\n\n"
        "Chairman and Chief Executive [[Mikheil Lomtadze|PERSON]] said: “Our home market is growing more "
        "slowly, but [[Hepsiburada|ORG]] in [[Turkey|GPE]] and our businesses in [[Azerbaijan|GPE]] and "
        "[[Uzbekistan|GPE]] give us a [[second|ordinal|2]] engine of growth.”\n\n"
        "[[Lomtadze|PERSON|Mikheil Lomtadze]] added that [[Hepsiburada|ORG]], in which [[Kaspi.kz|ORG]] bought "
        "a [[65%|percent|65|%]] stake, would be fully consolidated from "
        "[[the fourth quarter|D|2025-10/2025-12]].\n\n"
        "The company expects net income for [[2025|D|2025]] to be [[5|percent|5|%]] to [[8%|percent|8|%]] "
        "lower than in [[2024|D|2024]], after a new tax on bank deposits and a higher VAT rate.\n\n"
        "Chief Financial Officer [[Tengiz Mosidze|PERSON]] told analysts that the board had approved a dividend "
        "of [[KZT 850|money|850|KZT]] per share and that buybacks of [[up to US$200 million|money|200000000|USD]] "
        "would continue [[next year|D|2026]].\n\n"
        "The [[National Bank of Kazakhstan|ORG]] raised its base rate to [[18%|percent|18|%]] in "
        "[[October|D|2025-10]] to fight inflation of [[12.9 percent|percent|12.9|%]].",
        [
            ("Mikheil Lomtadze", "say", "Our home market is growing more slowly, but Hepsiburada in Turkey and our "
             "businesses in Azerbaijan and Uzbekistan give us a second engine of growth.", True),
            ("Mikheil Lomtadze", "add", "Hepsiburada, in which Kaspi.kz bought a 65% stake, would be fully "
             "consolidated from the fourth quarter", False),
            ("Kaspi.kz", "expect", "net income for 2025 to be 5 to 8% lower than in 2024, after a new tax on bank "
             "deposits and a higher VAT rate", False),
            ("Tengiz Mosidze", "tell", "the board had approved a dividend of KZT 850 per share and that buybacks of "
             "up to US$200 million would continue next year", False),
        ],
    ),
    (
        "own55-ho-05", "egyptian-red-crescent-gaza-aid", "2025-01-27", "2025-01-27",
        "[[EGYPTIAN RED CRESCENT|ORG|Egyptian Red Crescent]]\n"
        "HUMANITARIAN UPDATE\n"
        "[[Cairo|GPE]], [[27 January 2025|D|2025-01-27]]\n\n"
        "Aid to [[Gaza|GPE|Gaza Strip]] since the ceasefire of [[19 January|D|2025-01-19]]\n\n"
        "Key figures ([[19-26 January|D|2025-01-19/2025-01-26]])\n"
        "• Trucks entering [[Gaza|GPE|Gaza Strip]]: [[4,200|count|4200|truck]]\n"
        "• Fuel delivered: [[1.1 million litres|quantity|1100000|l]]\n"
        "• Volunteers deployed: [[35,000|count|35000|volunteer]]\n"
        "• Patients evacuated to [[Egypt|GPE]]: [[312|count|312|patient]]\n\n"
        "The [[Egyptian Red Crescent|ORG]] ([[ERC|ORG|Egyptian Red Crescent]]) said [[today|D|2025-01-27]] "
        "that aid deliveries had reached their highest level since [[October 2023|D|2023-10]], with "
        "[[about 600|count|600|truck]] trucks crossing each day.\n\n"
        "Secretary-General [[Rami El-Nazer|PERSON]] told reporters in [[Al-Arish|GPE|Arish]] that warehouses "
        "in [[North Sinai|GPE|North Sinai Governorate]] held [[more than 20,000 tonnes|quantity|20000|t]] of "
        "food waiting to cross. “The trucks are moving, but the needs inside are far greater than anything we "
        "can send,” he said. He called for more crossings into northern [[Gaza|GPE|Gaza Strip]] to be "
        "opened.\n\n"
        "The [[World Health Organization|ORG]] estimates that [[about 12,000|count|12000|patient]] patients in "
        "[[Gaza|GPE|Gaza Strip]] need treatment abroad.\n\n"
        "[[Egypt|GPE]]’s Foreign Minister [[Badr Abdelatty|PERSON]] pledged that [[Cairo|GPE]] would host a "
        "reconstruction conference once the [[second|ordinal|2]] phase of the ceasefire begins.\n\n"
        "Notes to editors\n"
        "-- The [[ERC|ORG|Egyptian Red Crescent]] was founded in [[1911|D|1911]] and has "
        "[[27|count|27|branch]] branches across [[Egypt|GPE]].\n"
        "-- [[Al-Arish|GPE|Arish]] lies [[about 45 kilometres|quantity|45|km]] from the "
        "[[Rafah|FAC|Rafah Border Crossing]] crossing; aid also enters through "
        "[[Kerem Shalom|FAC|Kerem Shalom crossing]].",
        [
            ("Egyptian Red Crescent", "say", "aid deliveries had reached their highest level since October 2023, "
             "with about 600 trucks crossing each day", False),
            ("Rami El-Nazer", "tell", "warehouses in North Sinai held more than 20,000 tonnes of food waiting to "
             "cross", False),
            ("Rami El-Nazer", "say", "The trucks are moving, but the needs inside are far greater than anything we "
             "can send", True),
            ("Rami El-Nazer", "call for", "more crossings into northern Gaza to be opened", False),
            ("World Health Organization", "estimate", "about 12,000 patients in Gaza need treatment abroad", False),
            ("Badr Abdelatty", "pledge", "Cairo would host a reconstruction conference once the second phase of "
             "the ceasefire begins", False),
        ],
    ),
    (
        "own55-ho-06", "kyrgyzstan-tajikistan-border-treaty", "2025-03-13", "2025-03-13",
        "From: [[Presidential Administration of the Kyrgyz Republic|ORG|Presidential Administration of "
        "Kyrgyzstan]]\n"
        "[[Bishkek|GPE]], [[13 March 2025|D|2025-03-13]]\n\n"
        "[[KYRGYZSTAN|GPE|Kyrgyzstan]] AND [[TAJIKISTAN|GPE|Tajikistan]] SIGN TREATY ON THE STATE BORDER\n\n"
        "President [[Sadyr Japarov|PERSON]] and President of [[Tajikistan|GPE]] [[Emomali Rahmon|PERSON]] "
        "[[today|D|2025-03-13]] signed in [[Bishkek|GPE]] the treaty on the state border between the "
        "[[two|count|2|country]] countries, ending disputes that began after the collapse of the "
        "[[Soviet Union|GPE]] in [[1991|D|1991]].\n\n"
        "The treaty fixes the whole [[972-kilometre|quantity|972|km]] border, including the areas around the "
        "[[Vorukh|GPE]] exclave and the roads near [[Batken|GPE]], where clashes in [[2022|D|2022]] killed "
        "[[more than 100|count|100|person]] people.\n\n"
        "Speaking at the ceremony, [[Japarov|PERSON|Sadyr Japarov]] said: “From [[today|D|2025-03-13]] there is "
        "no disputed land between our peoples. We have chosen peace for our children.”\n\n"
        "[[Rahmon|PERSON|Emomali Rahmon]] pledged that [[Tajikistan|GPE]] would open [[two|count|2|checkpoint]] "
        "new checkpoints by [[the summer|D|2025-06/2025-08]].\n\n"
        "[[Kamchybek Tashiev|PERSON]], head of the [[State Committee for National Security|ORG|State Committee "
        "for National Security (Kyrgyzstan)]], who led [[more than 200|count|200|round]] rounds of talks, told "
        "deputies that the exchange of land had been equal. According to the "
        "[[Ministry of Foreign Affairs|ORG|Ministry of Foreign Affairs (Kyrgyzstan)]], "
        "[[about 5,000|count|5000|resident]] residents of border villages will receive new land titles.\n\n"
        "The [[Jogorku Kenesh|ORG|Supreme Council (Kyrgyzstan)]] is expected to ratify the treaty "
        "[[next week|D|2025-W12]]. The leaders of [[Kyrgyzstan|GPE]], [[Tajikistan|GPE]] and "
        "[[Uzbekistan|GPE]] will meet in the [[Tajik|NORP]] city of [[Khujand|GPE]] on "
        "[[31 March|D|2025-03-31]].\n\n"
        "[[United Nations|ORG]] Secretary-General [[António Guterres|PERSON]] said the treaty set an example "
        "for the region.",
        [
            ("Sadyr Japarov", "say", "From today there is no disputed land between our peoples. We have chosen "
             "peace for our children.", True),
            ("Emomali Rahmon", "pledge", "Tajikistan would open two new checkpoints by the summer", False),
            ("Kamchybek Tashiev", "tell", "the exchange of land had been equal", False),
            ("Ministry of Foreign Affairs (Kyrgyzstan)", "according to", "about 5,000 residents of border villages "
             "will receive new land titles", False),
            ("António Guterres", "say", "the treaty set an example for the region", False),
        ],
    ),
    (
        "own55-ho-07", "jordan-water-ministry-desalination", "2025-06-18", "2025-06-18",
        "[[MINISTRY OF WATER AND IRRIGATION|ORG|Ministry of Water and Irrigation (Jordan)]]\n"
        "[[HASHEMITE KINGDOM OF JORDAN|GPE|Jordan]]\n"
        "Press release – [[Amman|GPE]], [[18 June 2025|D|2025-06-18]]\n\n"
        "The [[Ministry of Water and Irrigation|ORG|Ministry of Water and Irrigation (Jordan)]] "
        "[[today|D|2025-06-18]] signed financing agreements worth [[about US$3.7 billion|money|3700000000|USD]] "
        "for the Aqaba-Amman Water Desalination and Conveyance Project, the largest infrastructure investment "
        "in [[Jordan|GPE]]’s history.\n\n"
        "Project at a glance\n"
        "Desalination capacity: [[300 million cubic metres|quantity|300000000|m3]] a year\n"
        "Pipeline: [[about 450 kilometres|quantity|450|km]] from [[Aqaba|GPE]] to [[Amman|GPE]]\n"
        "Pumping height: [[more than 1,000 metres|quantity|1000|m]]\n"
        "Jobs during construction: [[3,000|count|3000|job]]\n"
        "First water: [[2030|D|2030]]\n"
        "Developers: [[Meridiam|ORG]] and [[SUEZ|ORG|Suez (company)]]\n\n"
        "Minister of Water and Irrigation [[Raed Abu Al-Saud|PERSON]] said the project would meet "
        "[[about 40 percent|percent|40|%]] of the drinking water needs of [[Jordan|GPE]]’s "
        "[[11.7 million|count|11700000|person]] people. “Our aquifers are falling by "
        "[[one metre|quantity|1|m]] a year. This project is not a choice; it is a necessity,” he said.\n\n"
        "Funding includes [[€400 million|money|400000000|EUR]] from the [[European Investment Bank|ORG]], "
        "[[US$300 million|money|300000000|USD]] from the [[Green Climate Fund|ORG]] and "
        "[[JD 250 million|money|250000000|JOD]] from the state budget.\n\n"
        "Prime Minister [[Jafar Hassan|PERSON]] told the signing ceremony that water bills for households would "
        "not rise before [[2027|D|2027]].\n\n"
        "The [[European Investment Bank|ORG]] expects construction to begin in "
        "[[the first quarter of 2026|D|2026-01/2026-03]], after [[three|count|3|pumping station]] pumping "
        "stations are designed.\n\n"
        "Water tariffs for industry will be reviewed in [[September|D|2025-09]].",
        [
            ("Raed Abu Al-Saud", "say", "the project would meet about 40 percent of the drinking water needs of "
             "Jordan’s 11.7 million people", False),
            ("Raed Abu Al-Saud", "say", "Our aquifers are falling by one metre a year. This project is not a "
             "choice; it is a necessity", True),
            ("Jafar Hassan", "tell", "water bills for households would not rise before 2027", False),
            ("European Investment Bank", "expect", "construction to begin in the first quarter of 2026, after "
             "three pumping stations are designed", False),
        ],
    ),
]

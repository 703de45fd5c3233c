"""Held-out set 55 (blind): marked texts of briefs 08-14 and their statements (see
``build_own55_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own55-ho-08", "mbrsc-mbz-sat-launch", "2025-01-15", "2025-01-15",
        "[[MOHAMMED BIN RASHID SPACE CENTRE|ORG|Mohammed bin Rashid Space Centre]]\n"
        "[[Dubai|GPE]], [[United Arab Emirates|GPE]]\n"
        "[[15 January 2025|D|2025-01-15]]\n\n"
        "[[MBZ-SAT|PRODUCT]] IN ORBIT: [[UAE|GPE|United Arab Emirates]]’S MOST ADVANCED IMAGING SATELLITE\n\n"
        "The [[Mohammed bin Rashid Space Centre|ORG]] ([[MBRSC|ORG|Mohammed bin Rashid Space Centre]]) "
        "announced [[today|D|2025-01-15]] that [[MBZ-SAT|PRODUCT]] had made contact with its ground station in "
        "[[Dubai|GPE]] after its launch on a [[SpaceX|ORG]] [[Falcon 9|PRODUCT]] rocket from "
        "[[Vandenberg Space Force Base|FAC]] in [[California|GPE]] [[yesterday|D|2025-01-14]].\n\n"
        "Mission facts\n"
        "-- Mass: [[about 750 kilograms|quantity|750|kg]]\n"
        "-- Orbit: [[about 550 kilometres|quantity|550|km]] above [[Earth|LOC]]\n"
        "-- Ground resolution: [[25 centimetres|quantity|25|cm]]\n"
        "-- Parts made by [[Emirati|NORP]] companies: [[90 percent|percent|90|%]]\n"
        "-- Design life: [[five years|D|P5Y]]\n\n"
        "[[SpaceX|ORG]] confirmed that the satellite had separated from the rocket as planned.\n\n"
        "Sheikh [[Mohammed bin Rashid Al Maktoum|PERSON]], Vice President and Prime Minister of the "
        "[[UAE|GPE|United Arab Emirates]] and Ruler of [[Dubai|GPE]], said: “This satellite is the fruit of "
        "[[18 years|D|P18Y]] of investment in [[Emirati|NORP]] talent.”\n\n"
        "Director General [[Salem Humaid AlMarri|PERSON]] said the satellite would supply images to help manage "
        "ports, farms and relief after disasters. He added that the centre was preparing "
        "[[Rashid Rover 2|PRODUCT]] for a landing on the [[Moon|LOC]] in [[2026|D|2026]].\n\n"
        "[[MBZ-SAT|PRODUCT]] is the [[second|ordinal|2]] satellite built entirely in the "
        "[[UAE|GPE|United Arab Emirates]], after [[KhalifaSat|PRODUCT]], launched in [[2018|D|2018]]. The "
        "[[UAE Space Agency|ORG]] expects [[more than 10|count|10|satellite]] satellites to be launched from "
        "the country’s programmes by [[2030|D|2030]].\n\n"
        "First images are expected within [[a month|D|P1M]].",
        [
            ("Mohammed bin Rashid Space Centre", "announce", "MBZ-SAT had made contact with its ground station in "
             "Dubai after its launch on a SpaceX Falcon 9 rocket from Vandenberg Space Force Base in California "
             "yesterday", False),
            ("SpaceX", "confirm", "the satellite had separated from the rocket as planned", False),
            ("Mohammed bin Rashid Al Maktoum", "say", "This satellite is the fruit of 18 years of investment in "
             "Emirati talent.", True),
            ("Salem Humaid AlMarri", "say", "the satellite would supply images to help manage ports, farms and "
             "relief after disasters", False),
            ("Salem Humaid AlMarri", "add", "the centre was preparing Rashid Rover 2 for a landing on the Moon in "
             "2026", False),
            ("UAE Space Agency", "expect", "more than 10 satellites to be launched from the country’s programmes by "
             "2030", False),
        ],
    ),
    (
        "own55-ho-09", "wikinews-algeria-tebboune-reelected", "2024-09-09", "2024-09-09",
        "[[Algeria|GPE]]’s [[Tebboune|PERSON|Abdelmadjid Tebboune]] wins [[second|ordinal|2]] term with "
        "[[94.7%|percent|94.7|%]] of the vote\n\n"
        "[[Monday, September 9, 2024|D|2024-09-09]]\n\n"
        "[[Algeria|GPE]]’s President [[Abdelmadjid Tebboune|PERSON]] has won a [[second|ordinal|2]] term, "
        "according to preliminary results announced on [[Sunday|D|2024-09-08]] by the "
        "[[Independent National Electoral Authority|ORG]] ([[ANIE|ORG|Independent National Electoral "
        "Authority]]).\n\n"
        "The authority’s head, [[Mohamed Charfi|PERSON]], told a news conference in [[Algiers|GPE]] that the "
        "[[78-year-old|D|P78Y]] president had received [[5,329,253|count|5329253|vote]] votes, or "
        "[[94.65 percent|percent|94.65|%]] of those cast. [[Abdelaali Hassani Cherif|PERSON]] of the "
        "[[Movement of Society for Peace|ORG]] took [[3.17 percent|percent|3.17|%]] and "
        "[[Youcef Aouchiche|PERSON]] of the [[Socialist Forces Front|ORG]] [[2.16 percent|percent|2.16|%]].\n\n"
        "Turnout was put at [[48 percent|percent|48|%]], up from [[about 40 percent|percent|40|%]] in "
        "[[2019|D|2019]], when [[Tebboune|PERSON|Abdelmadjid Tebboune]] was first elected.\n\n"
        "[[Hassani Cherif|PERSON|Abdelaali Hassani Cherif]] said the count was a “farce” that voters would not accept and vowed to "
        "appeal to the [[Constitutional Court|ORG|Constitutional Court (Algeria)]], which has "
        "[[ten days|D|P10D]] to confirm the final result.\n\n"
        "[[Tebboune|PERSON|Abdelmadjid Tebboune]] thanked voters in a televised speech and promised to build "
        "[[two million|count|2000000|home]] new homes by [[2029|D|2029]]. He has raised public wages and "
        "unemployment benefits since [[2022|D|2022]], helped by gas exports to [[Europe|LOC]].\n\n"
        "The [[African Union|ORG]] and [[China|GPE]] congratulated the president. [[Algeria|GPE]], "
        "[[Africa|LOC]]’s largest country by area, has [[about 24 million|count|24000000|voter]] registered "
        "voters.",
        [
            ("Independent National Electoral Authority", "according to", "Algeria’s President Abdelmadjid "
             "Tebboune has won a second term", False),
            ("Mohamed Charfi", "tell", "the 78-year-old president had received 5,329,253 votes, or 94.65 percent "
             "of those cast", False),
            ("Abdelaali Hassani Cherif", "say", "the count was a “farce” that voters would not accept", False),
            ("Abdelaali Hassani Cherif", "vow", "appeal to the Constitutional Court, which has ten days to confirm "
             "the final result", False),
            ("Abdelmadjid Tebboune", "promise", "build two million new homes by 2029", False),
        ],
    ),
    (
        "own55-ho-10", "wikinews-mongolia-oyun-erdene-ousted", "2025-06-04", "2025-06-04",
        "[[Mongolian|NORP]] Prime Minister [[Oyun-Erdene|PERSON|Luvsannamsrain Oyun-Erdene]] loses confidence "
        "vote\n\n"
        "[[Wednesday, June 4, 2025|D|2025-06-04]]\n\n"
        "[[Mongolia|GPE]]’s Prime Minister [[Luvsannamsrain Oyun-Erdene|PERSON]] lost a vote of confidence in "
        "the [[State Great Khural|ORG]], the country’s parliament, on [[Tuesday|D|2025-06-03]], after "
        "[[two weeks|D|P2W]] of protests in [[Ulaanbaatar|GPE]] over his son’s lavish spending.\n\n"
        "[[44|count|44|member]] members voted for him and [[38|count|38|member]] against, short of the "
        "[[64|count|64|vote]] votes he needed, a majority of the chamber’s [[126|count|126|seat]] seats.\n\n"
        "Speaker [[Dashzegviin Amarbayasgalan|PERSON]] said the government would stay on in a caretaker role "
        "until parliament appoints a new prime minister within [[30 days|D|P30D]].\n\n"
        "[[Oyun-Erdene|PERSON|Luvsannamsrain Oyun-Erdene]], who had led the government since "
        "[[January 2021|D|2021-01]], told reporters that it had been “an honour” to serve the country. He warned that "
        "political instability could threaten the country’s democracy.\n\n"
        "Protesters, most of them young, had demanded his resignation after photographs on social media showed "
        "expensive gifts his son had given his fiancée. The [[Independent Authority Against Corruption|ORG]] "
        "said it had opened an inquiry.\n\n"
        "The [[Mongolian People's Party|ORG]], which holds [[68|count|68|seat]] seats, is expected to nominate "
        "a new prime minister [[next week|D|2025-W24]].\n\n"
        "[[Mongolia|GPE]], a landlocked democracy of [[3.5 million|count|3500000|person]] people between "
        "[[Russia|GPE]] and [[China|GPE]], saw its economy grow [[4.9 percent|percent|4.9|%]] in "
        "[[2024|D|2024]], driven by coal exports to [[China|GPE]].",
        [
            ("Dashzegviin Amarbayasgalan", "say", "the government would stay on in a caretaker role until "
             "parliament appoints a new prime minister within 30 days", False),
            ("Luvsannamsrain Oyun-Erdene", "tell", "it had been “an honour” to serve the country", False),
            ("Luvsannamsrain Oyun-Erdene", "warn", "political instability could threaten the country’s democracy",
             False),
            ("Independent Authority Against Corruption", "say", "it had opened an inquiry", False),
        ],
    ),
    (
        "own55-ho-11", "wikinews-zimbabwe-zig-currency", "2024-04-06", "2024-04-06",
        "[[Zimbabwe|GPE]] launches gold-backed currency\n\n"
        "[[Saturday, April 6, 2024|D|2024-04-06]]\n\n"
        "The [[Reserve Bank of Zimbabwe|ORG]] ([[RBZ|ORG|Reserve Bank of Zimbabwe]]) on "
        "[[Friday|D|2024-04-05]] introduced a new currency, the ZiG, to replace the local dollar, which has "
        "lost [[about 80 percent|percent|80|%]] of its value against the [[U.S.|GPE|United States]] dollar "
        "since [[January|D|2024-01]].\n\n"
        "Governor [[John Mushayavanhu|PERSON]], who took office on [[Monday|D|2024-04-01]], told a news "
        "conference in [[Harare|GPE]] that the ZiG would start trading at [[ZiG 13.56|money|13.56|ZWG]] per "
        "[[U.S.|GPE|United States]] dollar and that it was backed by [[2.5 tonnes|quantity|2.5|t]] of gold "
        "and [[US$100 million|money|100000000|USD]] in cash.\n\n"
        "“This is a currency that will hold its value, because every ZiG is backed by something real,” "
        "[[Mushayavanhu|PERSON|John Mushayavanhu]] said.\n\n"
        "Bank balances in the old currency were converted at [[ZWL 2,498.7|money|2498.7|ZWL]] per ZiG. The old "
        "dollar was itself introduced in [[2019|D|2019]], a decade after hyperinflation forced "
        "[[Zimbabwe|GPE]] to abandon its [[first|ordinal|1]] dollar in [[2009|D|2009]].\n\n"
        "Finance Minister [[Mthuli Ncube|PERSON]] said civil servants would be paid partly in ZiG from "
        "[[this month|D|2024-04]]. The [[Confederation of Zimbabwe Industries|ORG]] warned that the currency "
        "would hold only if the government stopped printing money to pay its bills.\n\n"
        "Annual inflation stood at [[55.3 percent|percent|55.3|%]] in [[March|D|2024-03]]. Most shops in "
        "[[Harare|GPE]] and [[Bulawayo|GPE]] still price goods in [[U.S.|GPE|United States]] dollars, and "
        "[[more than 70 percent|percent|70|%]] of transactions are made in foreign currency, according to the "
        "central bank.",
        [
            ("John Mushayavanhu", "tell", "the ZiG would start trading at ZiG 13.56 per U.S. dollar and that it was "
             "backed by 2.5 tonnes of gold and US$100 million in cash", False),
            ("John Mushayavanhu", "say", "This is a currency that will hold its value, because every ZiG is backed "
             "by something real", True),
            ("Mthuli Ncube", "say", "civil servants would be paid partly in ZiG from this month", False),
            ("Confederation of Zimbabwe Industries", "warn", "the currency would hold only if the government "
             "stopped printing money to pay its bills", False),
        ],
    ),
    (
        "own55-ho-12", "wire-1996-amman-bread-riots", "1996-08-18", "1996-08-18",
        "[[Jordan|GPE]] imposes curfew on [[Karak|GPE|Al-Karak]] after bread riots.\n\n"
        "[[AMMAN|GPE|Amman]] [[1996-08-18|D|1996-08-18]]\n\n"
        "[[Jordan|GPE]] imposed a curfew on the southern town of [[Karak|GPE|Al-Karak]] on "
        "[[Saturday|D|1996-08-17]] after [[two days|D|P2D]] of riots over a rise in the price of bread, and "
        "army units were deployed around the town.\n\n"
        "Police arrested [[more than 100|count|100|person]] people, the state news agency "
        "[[Petra|ORG|Jordan News Agency]] said.\n\n"
        "The government raised the price of bread to [[250 fils|money|0.25|JOD]] a kilogram from "
        "[[80 fils|money|0.08|JOD]] on [[Friday|D|1996-08-16]] under an economic reform programme agreed with "
        "the [[International Monetary Fund|ORG]]. The programme aims to cut subsidies worth "
        "[[about 100 million dinars|money|100000000|JOD]] ([[$141 million|money|141000000|USD]]) a year.\n\n"
        "King [[Hussein|PERSON|Hussein of Jordan]] said in a televised address that the riots were the work of a "
        "small minority backed from abroad.\n\n"
        "Prime Minister [[Abdul-Karim al-Kabariti|PERSON]] told [[Reuters|ORG]] the government would not "
        "reverse the increase. “The subsidy cannot go on. We will help the poor directly,” he said.\n\n"
        "Deputies of the opposition [[Islamic Action Front|ORG]] called for the cabinet to resign.\n\n"
        "The riots were the worst since [[April 1989|D|1989-04]], when [[eight|count|8|person]] people were "
        "killed in protests over fuel prices in the south.",
        [
            ("Jordan News Agency", "say", "Police arrested more than 100 people", False),
            ("Hussein of Jordan", "say", "the riots were the work of a small minority backed from abroad", False),
            ("Abdul-Karim al-Kabariti", "tell", "the government would not reverse the increase", False),
            ("Abdul-Karim al-Kabariti", "say", "The subsidy cannot go on. We will help the poor directly", True),
            ("Islamic Action Front", "call for", "the cabinet to resign", False),
        ],
    ),
    (
        "own55-ho-13", "wire-1996-paralympic-swimming", "1996-08-20", "1996-08-20",
        "SWIMMING - [[PARALYMPIC GAMES|EVENT|1996 Summer Paralympics]] RESULTS.\n\n"
        "[[ATLANTA|GPE|Atlanta]] [[1996-08-20|D|1996-08-20]]\n\n"
        "Winners of swimming finals at the [[Paralympic Games|EVENT|1996 Summer Paralympics]] on "
        "[[Monday|D|1996-08-19]] (country in brackets, time, class):\n\n"
        "Women\n"
        "[[100 metres|quantity|100|m]] backstroke: [[Trischa Zorn|PERSON]] ([[U.S.|GPE|United States]]) "
        "1:16.41, S12\n"
        "[[100 metres|quantity|100|m]] freestyle: [[Priya Cooper|PERSON]] ([[Australia|GPE]]) 1:07.22, S8\n"
        "[[200 metres|quantity|200|m]] individual medley: [[Sarah Bailey|PERSON|Sarah Storey]] "
        "([[Britain|GPE|United Kingdom]]) 2:59.12, SM10\n"
        "[[50 metres|quantity|50|m]] freestyle: [[Mayumi Narita|PERSON]] ([[Japan|GPE]]) 39.85, S4\n"
        "[[100 metres|quantity|100|m]] breaststroke: [[Beatrice Hess|PERSON|Béatrice Hess]] "
        "([[France|GPE]]) 1:41.06, SB5\n\n"
        "Men\n"
        "[[400 metres|quantity|400|m]] freestyle: [[Walter Wu|PERSON]] ([[Canada|GPE]]) 4:31.90, S11\n"
        "[[100 metres|quantity|100|m]] butterfly: [[Kingsley Bugarin|PERSON]] ([[Australia|GPE]]) 1:05.37, "
        "S12\n\n"
        "[[Zorn|PERSON|Trischa Zorn]], who first competed in [[1980|D|1980]], won her "
        "[[third|ordinal|3]] gold medal of the week. “I still love racing, and the crowds here are the best I "
        "have ever seen,” she said.\n\n"
        "[[Bailey|PERSON|Sarah Storey]] told reporters she would race again in the "
        "[[100 metres|quantity|100|m]] breaststroke on [[Wednesday|D|1996-08-21]]. [[Wu|PERSON|Walter Wu]], who "
        "is blind, said he had trained for [[four years|D|P4Y]] for the race.\n\n"
        "The [[International Paralympic Committee|ORG]] said [[more than 3,000|count|3000|athlete]] athletes "
        "from [[104|count|104|country]] countries were competing in [[Atlanta|GPE]].",
        [
            ("Trischa Zorn", "say", "I still love racing, and the crowds here are the best I have ever seen", True),
            ("Sarah Storey", "tell", "she would race again in the 100 metres breaststroke on Wednesday", False),
            ("Walter Wu", "say", "he had trained for four years for the race", False),
            ("International Paralympic Committee", "say", "more than 3,000 athletes from 104 countries were "
             "competing in Atlanta", False),
        ],
    ),
    (
        "own55-ho-14", "wire-1996-paralympic-goalball", "1996-08-21", "1996-08-21",
        "GOALBALL - [[PARALYMPIC|EVENT|1996 Summer Paralympics]] RESULTS AND STANDINGS.\n\n"
        "[[ATLANTA|GPE|Atlanta]] [[1996-08-21|D|1996-08-21]]\n\n"
        "Results of men's goalball matches at the [[Paralympic Games|EVENT|1996 Summer Paralympics]] on "
        "[[Tuesday|D|1996-08-20]]:\n\n"
        "Group A\n"
        "[[Denmark|GPE]] [[5|number|5]] [[Sweden|GPE]] [[3|number|3]]\n"
        "[[Finland|GPE]] [[4|number|4]] [[Germany|GPE]] [[4|number|4]]\n"
        "[[Spain|GPE]] [[6|number|6]] [[South Korea|GPE]] [[2|number|2]]\n\n"
        "Group B\n"
        "[[United States|GPE]] [[3|number|3]] [[Canada|GPE]] [[1|number|1]]\n"
        "[[Slovenia|GPE]] [[2|number|2]] [[Egypt|GPE]] [[0|number|0]]\n\n"
        "Group A standings (played, won, drawn, lost, goals for, goals against, points):\n"
        "[[Denmark|GPE]] [[3|number|3]] [[3|number|3]] [[0|number|0]] [[0|number|0]] [[16|number|16]] "
        "[[7|number|7]] [[6|number|6]]\n"
        "[[Finland|GPE]] [[3|number|3]] [[2|number|2]] [[1|number|1]] [[0|number|0]] [[13|number|13]] "
        "[[8|number|8]] [[5|number|5]]\n"
        "[[Spain|GPE]] [[3|number|3]] [[1|number|1]] [[0|number|0]] [[2|number|2]] [[11|number|11]] "
        "[[12|number|12]] [[2|number|2]]\n\n"
        "The [[two|count|2|team]] top teams in each group reach the semi-finals on [[Friday|D|1996-08-23]].\n\n"
        "[[International Paralympic Committee|ORG]] president [[Robert Steadward|PERSON]] said goalball, played "
        "by blind athletes with a ball that holds bells, had drawn some of the loudest crowds of the "
        "[[Games|EVENT|1996 Summer Paralympics]].\n\n"
        "[[Andrew Fleming|PERSON]], president of the [[Atlanta Paralympic Organizing Committee|ORG]], said "
        "[[about 10,000|count|10000|spectator]] spectators had watched [[Tuesday|D|1996-08-20]]'s matches. He "
        "added that [[more than 300,000|count|300000|ticket]] tickets had been sold for the "
        "[[11-day|D|P11D]] event.",
        [
            ("Robert Steadward", "say", "goalball, played by blind athletes with a ball that holds bells, had drawn "
             "some of the loudest crowds of the Games", False),
            ("Andrew Fleming", "say", "about 10,000 spectators had watched Tuesday's matches", False),
            ("Andrew Fleming", "add", "more than 300,000 tickets had been sold for the 11-day event", False),
        ],
    ),
]

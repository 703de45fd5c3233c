"""Held-out set 61 (blind): marked texts of briefs 08-14 and their statements (see
``build_own61_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own61-ho-08", "cmhc-housing-starts-november", "2025-12-15", "2025-12-15",
        "[[CANADA MORTGAGE AND HOUSING CORPORATION|ORG|Canada Mortgage and Housing Corporation]]\n"
        "News release\n\n"
        "Housing starts fall in [[November|D|2025-11]] as [[Toronto|GPE]] slows\n\n"
        "[[OTTAWA|GPE|Ottawa]], [[December 15, 2025|D|2025-12-15]] — The annual pace of housing starts in "
        "[[Canada|GPE]] was [[254,058|count|254058|unit]] units in [[November|D|2025-11]], down "
        "[[9%|percent|9|%]] from [[279,234|count|279234|unit]] units in [[October|D|2025-10]], according to data "
        "released [[today|D|2025-12-15]] by [[Canada Mortgage and Housing Corporation|ORG]] "
        "([[CMHC|ORG|Canada Mortgage and Housing Corporation]]). The six-month moving average of the monthly "
        "seasonally adjusted annual rate rose [[1.3%|percent|1.3|%]] to [[263,947|count|263947|unit]] units.\n\n"
        "Housing starts, seasonally adjusted annual rate (units)\n"
        "               [[October|D|2025-10]]    [[November|D|2025-11]]\n"
        "[[Toronto|GPE]]        [[38,412|count|38412|unit]]     [[29,870|count|29870|unit]]\n"
        "[[Montréal|GPE]]       [[27,106|count|27106|unit]]     [[30,244|count|30244|unit]]\n"
        "[[Vancouver|GPE]]      [[33,958|count|33958|unit]]     [[31,502|count|31502|unit]]\n"
        "[[Calgary|GPE]]        [[24,310|count|24310|unit]]     [[22,147|count|22147|unit]]\n\n"
        "Actual starts in centres of [[10,000|count|10000|person]] people or more fell [[4%|percent|4|%]] year "
        "over year to [[19,844|count|19844|unit]] units.\n\n"
        "“Multi-unit starts in [[Toronto|GPE]] have dropped to their lowest level since [[2009|D|2009]] as "
        "condominium pre-sales dried up,” said [[Tania Bourassa-Ochoa|PERSON]], Deputy Chief Economist at "
        "[[CMHC|ORG|Canada Mortgage and Housing Corporation]]. She added that rental construction in "
        "[[Montréal|GPE]] and [[Calgary|GPE]] remained strong.\n\n"
        "Minister of Housing, Infrastructure and Communities [[Gregor Robertson|PERSON]] said "
        "[[Build Canada Homes|ORG]], the federal agency launched in [[September|D|2025-09]] with "
        "[[$13 billion|money|13000000000|CAD]], would start its [[first|ordinal|1]] projects on public land in "
        "[[2026|D|2026]].\n\n"
        "[[CMHC|ORG|Canada Mortgage and Housing Corporation]] expects starts to average "
        "[[about 245,000|count|245000|unit]] units in [[2026|D|2026]]. The next release is scheduled for "
        "[[January 16, 2026|D|2026-01-16]].",
        [
            ("Canada Mortgage and Housing Corporation", "according to", "The annual pace of housing starts in "
             "Canada was 254,058 units in November, down 9% from 279,234 units in October", False),
            ("Tania Bourassa-Ochoa", "say", "Multi-unit starts in Toronto have dropped to their lowest level "
             "since 2009 as condominium pre-sales dried up", True),
            ("Tania Bourassa-Ochoa", "add", "rental construction in Montréal and Calgary remained strong", False),
            ("Gregor Robertson", "say", "Build Canada Homes, the federal agency launched in September with $13 "
             "billion, would start its first projects on public land in 2026", False),
            ("Canada Mortgage and Housing Corporation", "expect", "starts to average about 245,000 units in 2026",
             False),
        ],
    ),
    (
        "own61-ho-09", "wikinews-air-canada-flight-attendants-strike", "2025-08-19", "2025-08-19",
        "[[Air Canada|ORG]] flight attendants reach tentative deal, ending strike\n\n"
        "[[Tuesday, August 19, 2025|D|2025-08-19]]\n\n"
        "[[Air Canada|ORG]] and the union representing its [[10,000|count|10000|flight attendant]] flight "
        "attendants reached a tentative agreement early [[today|D|2025-08-19]], ending a strike that began on "
        "[[Saturday|D|2025-08-16]] and grounded [[about 700|count|700|flight]] flights a day. "
        "[[More than 130,000|count|130000|passenger]] passengers were affected each day, the "
        "[[Montreal|GPE]]-based airline said.\n\n"
        "Hours after the walkout began, Jobs Minister [[Patty Hajdu|PERSON]] invoked Section 107 of the "
        "[[Canada Labour Code|LAW]] and asked the [[Canada Industrial Relations Board|ORG]] to impose binding "
        "arbitration. The [[Canadian Union of Public Employees|ORG]] "
        "([[CUPE|ORG|Canadian Union of Public Employees]]) defied the resulting back-to-work order on "
        "[[Sunday|D|2025-08-17]].\n\n"
        "[[Mark Hancock|PERSON]], the union’s national president, said he was prepared to go to jail over the "
        "order. “Flight attendants will no longer work for free,” he told a rally at "
        "[[Toronto Pearson International Airport|FAC]].\n\n"
        "The dispute centred on unpaid work on the ground, such as boarding. [[Air Canada|ORG]] said the deal "
        "would pay attendants for ground time and raise wages by [[38%|percent|38|%]] over "
        "[[four years|D|P4Y]]. On [[Monday|D|2025-08-18]], Prime Minister [[Mark Carney|PERSON]] had urged the "
        "[[two|count|2|side]] sides to return to the bargaining table.\n\n"
        "The airline said flights would resume gradually and that a full schedule could take "
        "[[up to a week|D|P1W]]. Flights of its low-cost arm, [[Air Canada Rouge|ORG]], were also cancelled "
        "during the strike. Union members will vote on the agreement in [[September|D|2025-09]].",
        [
            ("Air Canada", "say", "More than 130,000 passengers were affected each day", False),
            ("Mark Hancock", "say", "he was prepared to go to jail over the order", False),
            ("Mark Hancock", "tell", "Flight attendants will no longer work for free", True),
            ("Air Canada", "say", "the deal would pay attendants for ground time and raise wages by 38% over "
             "four years", False),
            ("Mark Carney", "urge", "the two sides to return to the bargaining table", False),
            ("Air Canada", "say", "flights would resume gradually and that a full schedule could take up to a "
             "week", False),
        ],
    ),
    (
        "own61-ho-10", "wikinews-samoa-new-prime-minister", "2025-09-17", "2025-09-17",
        "[[La'auli Leuatea Schmidt|PERSON|Laʻauli Leuatea Schmidt]] sworn in as Prime Minister of "
        "[[Samoa|GPE]]\n\n"
        "[[Wednesday, September 17, 2025|D|2025-09-17]]\n\n"
        "[[La'auli Leuatea Schmidt|PERSON|Laʻauli Leuatea Schmidt]], leader of the "
        "[[Fa'atuatua i le Atua Samoa ua Tasi|ORG|Faʻatuatua i le Atua Samoa ua Tasi]] "
        "([[FAST|ORG|Faʻatuatua i le Atua Samoa ua Tasi]]) party, was sworn in as [[Samoa|GPE]]’s Prime "
        "Minister [[yesterday|D|2025-09-16]] in [[Apia|GPE]], [[18 days|D|P18D]] after a snap general "
        "election. Head of State [[Tuimalealiifano Vaaletoa Sualauvi II|PERSON|Tuimalealiʻifano Vaʻaletoʻa "
        "Sualauvi II]] administered the oath.\n\n"
        "[[FAST|ORG|Faʻatuatua i le Atua Samoa ua Tasi]] won [[30|count|30|seat]] of the [[50|count|50|seat]] "
        "seats in the [[Legislative Assembly|ORG|Legislative Assembly of Samoa]] at the election on "
        "[[29 August|D|2025-08-29]], according to the "
        "[[Office of the Electoral Commissioner|ORG|Office of the Electoral Commissioner (Samoa)]]. The "
        "[[Human Rights Protection Party|ORG]] of former prime minister "
        "[[Tuilaepa Sailele Malielegaoi|PERSON]] won [[14|count|14|seat]] seats, and the "
        "[[Samoa Uniting Party|ORG]] of outgoing prime minister [[Fiamē Naomi Mata'afa|PERSON|Fiamē Naomi "
        "Mataʻafa]] won [[three|count|3|seat]].\n\n"
        "In his [[first|ordinal|1]] speech in office, [[La'auli|PERSON|Laʻauli Leuatea Schmidt]] said his "
        "government would cut the cost of electricity and build [[two|count|2|hospital]] district hospitals. "
        "“The people have spoken, and we will serve all of [[Samoa|GPE]], not only those who voted for us,” "
        "he said.\n\n"
        "[[Fiamē|PERSON|Fiamē Naomi Mataʻafa]] congratulated him and said she would sit on the opposition "
        "benches. [[Tuilaepa|PERSON|Tuilaepa Sailele Malielegaoi]] warned that the "
        "[[HRPP|ORG|Human Rights Protection Party]] would challenge the results in "
        "[[five|count|5|constituency]] constituencies in court.\n\n"
        "[[New Zealand|GPE]]’s Foreign Minister [[Winston Peters|PERSON]] said in a statement that his "
        "country looked forward to working with the new government in [[Apia|GPE]].",
        [
            ("Office of the Electoral Commissioner (Samoa)", "according to", "FAST won 30 of the 50 seats in the "
             "Legislative Assembly at the election on 29 August", False),
            ("Laʻauli Leuatea Schmidt", "say", "his government would cut the cost of electricity and build two "
             "district hospitals", False),
            ("Laʻauli Leuatea Schmidt", "say", "The people have spoken, and we will serve all of Samoa, not only "
             "those who voted for us", True),
            ("Fiamē Naomi Mataʻafa", "say", "she would sit on the opposition benches", False),
            ("Tuilaepa Sailele Malielegaoi", "warn", "the HRPP would challenge the results in five "
             "constituencies in court", False),
            ("Winston Peters", "say", "his country looked forward to working with the new government in Apia",
             False),
        ],
    ),
    (
        "own61-ho-11", "wikinews-ghana-helicopter-crash", "2025-08-07", "2025-08-07",
        "[[Ghana|GPE]]’s defence and environment ministers among [[eight|count|8|person]] killed in "
        "helicopter crash\n\n"
        "[[Thursday, August 7, 2025|D|2025-08-07]]\n\n"
        "A [[Ghana Air Force|ORG]] [[Z-9|PRODUCT|Harbin Z-9]] helicopter crashed in the "
        "[[Ashanti Region|GPE]] on [[Wednesday|D|2025-08-06]], killing all [[eight|count|8|person]] people on "
        "board, among them Defence Minister [[Edward Omane Boamah|PERSON]] and Environment Minister "
        "[[Ibrahim Murtala Muhammed|PERSON]]. The dead also included [[three|count|3|crew]] crew.\n\n"
        "The helicopter left [[Accra|GPE]] shortly after 9 a.m. for [[Obuasi|GPE]], where the ministers were to "
        "launch a campaign against illegal gold mining, and lost radar contact near "
        "[[Adansi Akrofuom|GPE|Adansi Akrofuom District]]. Residents found the wreckage on a forested hillside.\n\n"
        "President [[John Mahama|PERSON]]’s chief of staff, [[Julius Debrah|PERSON]], announced in a televised "
        "statement that flags would fly at half-mast for [[three days|D|P3D]]. “This is a national tragedy, "
        "and we grieve with every family,” [[Mahama|PERSON|John Mahama]] said in an address late on "
        "[[Wednesday|D|2025-08-06]].\n\n"
        "The [[Ghana Armed Forces|ORG]] said a board of inquiry would investigate the cause of the crash and "
        "report within [[30 days|D|P30D]]. The opposition [[New Patriotic Party|ORG]] suspended its campaign "
        "activities for [[a week|D|P1W]] and said the country should mourn as one.\n\n"
        "[[Omane Boamah|PERSON|Edward Omane Boamah]], a medical doctor, had served as communications minister "
        "under [[Mahama|PERSON|John Mahama]] [[from 2014 to 2017|D|2014/2017]]. [[Murtala Muhammed|PERSON|Ibrahim "
        "Murtala Muhammed]] had led the government’s fight against illegal mining. Such mining has polluted "
        "[[more than 60%|percent|60|%]] of [[Ghana|GPE]]’s rivers, according to the "
        "[[Water Resources Commission|ORG|Water Resources Commission (Ghana)]].\n\n"
        "It was the [[second|ordinal|2]] fatal crash of a military aircraft in [[Ghana|GPE]] in "
        "[[a decade|D|P10Y]].",
        [
            ("Julius Debrah", "announce", "flags would fly at half-mast for three days", False),
            ("John Mahama", "say", "This is a national tragedy, and we grieve with every family", True),
            ("Ghana Armed Forces", "say", "a board of inquiry would investigate the cause of the crash and report "
             "within 30 days", False),
            ("New Patriotic Party", "say", "the country should mourn as one", False),
            ("Water Resources Commission (Ghana)", "according to", "Such mining has polluted more than "
             "60% of Ghana’s rivers", False),
        ],
    ),
    (
        "own61-ho-12", "wire-fiji-constitution-review-1996", "1996-09-06", "1996-09-06",
        "FIJI COMMISSION URGES END TO RACE-BASED SEATS.\n"
        "[[SUVA|GPE|Suva]] [[1996-09-06|D|1996-09-06]]\n"
        "A commission reviewing [[Fiji|GPE]]'s constitution recommended on [[Friday|D|1996-09-06]] an end to a "
        "system that reserves most seats in parliament for ethnic [[Fijians|NORP|Fijian]].\n"
        "The [[three|count|3|member]]-member [[Constitution Review Commission|ORG|Fiji Constitution Review "
        "Commission]], headed by former [[New Zealand|GPE]] governor-general Sir [[Paul Reeves|PERSON]], handed "
        "its [[800|count|800|page]]-page report to President Ratu Sir [[Kamisese Mara|PERSON]].\n"
        "It proposed a [[70|count|70|seat]]-seat [[House of Representatives|ORG|House of Representatives (Fiji)]] "
        "in which [[45|count|45|seat]] seats would be open to candidates of all races and [[25|count|25|seat]] "
        "reserved for communal groups. Under the [[1990|D|1990]] constitution, [[37|count|37|seat]] of the "
        "[[70|count|70|seat]] seats are held by ethnic [[Fijians|NORP|Fijian]].\n"
        "\"Fiji cannot prosper while its people vote along racial lines,\" [[Reeves|PERSON|Paul Reeves]] told "
        "reporters.\n"
        "Prime Minister [[Sitiveni Rabuka|PERSON]], who led [[two|count|2|coup]] coups in [[1987|D|1987]], said "
        "the report was \"a good basis for discussion\" among all communities but warned that any change would need the approval of "
        "the [[Great Council of Chiefs|ORG]].\n"
        "[[Jai Ram Reddy|PERSON]], leader of the mainly [[Indo-Fijian|NORP]] "
        "[[National Federation Party|ORG]], said the proposals would \"heal the wounds of [[1987|D|1987]]\" if adopted in full.\n"
        "[[Indo-Fijians|NORP|Indo-Fijian]], [[about 44 percent|percent|44|%]] of [[Fiji|GPE]]'s "
        "[[780,000|count|780000|person]] people, grow most of the sugar cane, the main export, worth "
        "[[about 200 million Fiji dollars|money|200000000|FJD]] a year.\n"
        "[[Parliament|ORG|Parliament of Fiji]] will debate the report [[next month|D|1996-10]].",
        [
            ("Paul Reeves", "tell", "Fiji cannot prosper while its people vote along racial lines", True),
            ("Sitiveni Rabuka", "say", "the report was \"a good basis for discussion\" among all communities", False),
            ("Sitiveni Rabuka", "warn", "any change would need the approval of the Great Council of Chiefs",
             False),
            ("Jai Ram Reddy", "say", "the proposals would \"heal the wounds of 1987\" if adopted in full", False),
        ],
    ),
    (
        "own61-ho-13", "wire-olympic-freestyle-wrestling-1996", "1996-08-02", "1996-08-02",
        "WRESTLING - [[OLYMPIC|EVENT|1996 Summer Olympics]] FREESTYLE WRESTLING FINALS.\n"
        "[[ATLANTA|GPE|Atlanta]] [[1996-08-02|D|1996-08-02]]\n"
        "Results of the last day of freestyle wrestling at the [[Olympic Games|EVENT|1996 Summer Olympics]] on "
        "[[Friday|D|1996-08-02]] (scores of the final bouts):\n"
        "[[74 kg|quantity|74|kg]]\n"
        "Gold - [[Buvaisar Saitiev|PERSON]] ([[Russia|GPE]]) beat [[Park Jang-soon|PERSON]] "
        "([[South Korea|GPE]]) [[5|number|5]]-[[1|number|1]]\n"
        "Bronze - [[Takuya Ota|PERSON]] ([[Japan|GPE]])\n"
        "[[82 kg|quantity|82|kg]]\n"
        "Gold - [[Khadzhimurad Magomedov|PERSON]] ([[Russia|GPE]]) beat [[Yang Hyun-mo|PERSON]] "
        "([[South Korea|GPE]]) [[2|number|2]]-[[0|number|0]]\n"
        "Bronze - [[Amir Reza Khadem|PERSON]] ([[Iran|GPE]])\n"
        "[[100 kg|quantity|100|kg]]\n"
        "Gold - [[Kurt Angle|PERSON]] ([[U.S.|GPE|United States]]) beat [[Abbas Jadidi|PERSON]] "
        "([[Iran|GPE]]) [[1|number|1]]-[[1|number|1]], referees' decision\n"
        "Bronze - [[Arawat Sabejew|PERSON]] ([[Germany|GPE]])\n"
        "[[130 kg|quantity|130|kg]]\n"
        "Gold - [[Mahmut Demir|PERSON]] ([[Turkey|GPE]]) beat [[Alexei Medvedev|PERSON|Aleksey Medvedev]] "
        "([[Belarus|GPE]]) [[4|number|4]]-[[1|number|1]]\n"
        "Bronze - [[Bruce Baumgartner|PERSON]] ([[U.S.|GPE|United States]])\n"
        "[[Angle|PERSON|Kurt Angle]], who wrestled with [[two|count|2|vertebra]] cracked vertebrae in his neck, "
        "wept on the podium. \"I've never felt pain like it, but I wasn't going to lose this one,\" he said.\n"
        "[[Jadidi|PERSON|Abbas Jadidi]] said the referees had favoured the home wrestler.\n"
        "[[Baumgartner|PERSON|Bruce Baumgartner]], who carried the [[U.S.|GPE|United States]] flag at the "
        "opening ceremony, said he would retire.\n"
        "[[Russia|GPE]] won [[three|count|3|gold]] of the [[10|count|10|gold]] golds in freestyle, and coach "
        "[[Yuri Shakhmuradov|PERSON]] said his team had \"done its job\" in [[Atlanta|GPE]].",
        [
            ("Kurt Angle", "say", "I've never felt pain like it, but I wasn't going to lose this one", True),
            ("Abbas Jadidi", "say", "the referees had favoured the home wrestler", False),
            ("Bruce Baumgartner", "say", "he would retire", False),
            ("Yuri Shakhmuradov", "say", "his team had \"done its job\" in Atlanta", False),
        ],
    ),
    (
        "own61-ho-14", "wire-olympic-rhythmic-gymnastics-1996", "1996-08-04", "1996-08-04",
        "GYMNASTICS - [[OLYMPIC|EVENT|1996 Summer Olympics]] RHYTHMIC GYMNASTICS RESULTS.\n"
        "[[ATHENS|GPE|Athens, Georgia]], [[Georgia|GPE|Georgia (U.S. state)]] [[1996-08-04|D|1996-08-04]]\n"
        "Leading final placings in the individual all-around rhythmic gymnastics competition at the "
        "[[Olympic Games|EVENT|1996 Summer Olympics]] on [[Sunday|D|1996-08-04]] (points):\n"
        "[[Ekaterina Serebrianskaya|PERSON|Kateryna Serebrianska]] ([[Ukraine|GPE]]) [[39.683|number|39.683]]\n"
        "[[Yanina Batyrchina|PERSON]] ([[Russia|GPE]]) [[39.382|number|39.382]]\n"
        "[[Elena Vitrichenko|PERSON|Olena Vitrychenko]] ([[Ukraine|GPE]]) [[39.331|number|39.331]]\n"
        "[[Larissa Lukyanenko|PERSON]] ([[Belarus|GPE]]) [[39.066|number|39.066]]\n"
        "[[Maria Petrova|PERSON|Maria Petrova (gymnast)]] ([[Bulgaria|GPE]]) [[39.032|number|39.032]]\n"
        "[[Amina Zaripova|PERSON]] ([[Russia|GPE]]) [[38.932|number|38.932]]\n"
        "Group all-around final on [[Friday|D|1996-08-02]]:\n"
        "[[Spain|GPE]] [[38.933|number|38.933]]\n"
        "[[Bulgaria|GPE]] [[38.866|number|38.866]]\n"
        "[[Russia|GPE]] [[38.365|number|38.365]]\n"
        "[[Serebrianskaya|PERSON|Kateryna Serebrianska]] scored [[9.966|number|9.966]] with the clubs, the "
        "highest mark of the final, before [[about 9,000|count|9000|spectator]] spectators at the "
        "[[Georgia Coliseum|FAC|Stegeman Coliseum]].\n"
        "[[Vitrichenko|PERSON|Olena Vitrychenko]] took bronze with a clean hoop routine, ending "
        "[[Bulgaria|GPE]]'s hopes of an individual medal.\n"
        "\"I did not look at the scoreboard once,\" [[Serebrianskaya|PERSON|Kateryna Serebrianska]] said.\n"
        "[[Batyrchina|PERSON|Yanina Batyrchina]] told reporters she had been marked down for a knot in her "
        "ribbon.\n"
        "[[Ukrainian|NORP]] coach [[Albina Deriugina|PERSON]] said her [[two|count|2|gymnast]] gymnasts had "
        "trained seven hours a day.\n"
        "The [[Spanish|NORP]] group's gold was [[Spain|GPE]]'s [[first|ordinal|1]] in gymnastics, and the "
        "[[International Gymnastics Federation|ORG]] said it would add a team event at the "
        "[[Games|EVENT|2000 Summer Olympics]] in [[Sydney|GPE]] in [[2000|D|2000]].",
        [
            ("Kateryna Serebrianska", "say", "I did not look at the scoreboard once", True),
            ("Yanina Batyrchina", "tell", "she had been marked down for a knot in her ribbon", False),
            ("Albina Deriugina", "say", "her two gymnasts had trained seven hours a day", False),
            ("International Gymnastics Federation", "say", "it would add a team event at the Games in Sydney in "
             "2000", False),
        ],
    ),
]

"""Held-out set 19 (blind): marked texts of briefs 08-14 and their statements (see
``build_own19_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
BRIEFS_B = [
    (
        "own19-ho-08", "central-bank", "2024-12-18", "2024-12-18",
        "[[Federal Reserve|ORG]] issues [[FOMC|ORG|Federal Open Market Committee]] statement\n"
        "For release at 2:00 p.m. EST\n"
        "[[December 18, 2024|D|2024-12-18]]\n\n"
        "Recent indicators suggest that economic activity has continued to expand at a solid pace. Since "
        "[[September|D|2024-09]], labor market conditions have generally eased, and the unemployment rate has moved "
        "up but remains low. Inflation has made progress toward the [[Committee|ORG|Federal Open Market Committee]]'s "
        "[[2 percent|percent|2|%]] objective but remains somewhat elevated.\n\n"
        "The [[Committee|ORG|Federal Open Market Committee]] seeks to achieve maximum employment and inflation at the "
        "rate of [[2 percent|percent|2|%]] over the longer run. The [[Committee|ORG|Federal Open Market Committee]] "
        "judges that the risks to achieving its employment and inflation goals are roughly in balance. In support "
        "of its goals, the [[Committee|ORG|Federal Open Market Committee]] decided to lower the target range for the "
        "federal funds rate by [[1/4 percentage point|percent|0.25|pp]] to [[4-1/4|percent|4.25|%]] to [[4-1/2 "
        "percent|percent|4.5|%]].\n\n"
        "The decision passed by a vote of [[11|number|11]] to [[1|number|1]]. [[Beth M. Hammack|PERSON|Beth Hammack]], "
        "president of the [[Federal Reserve Bank of Cleveland|ORG]], preferred to maintain the target range at "
        "[[4-1/2|percent|4.5|%]] to [[4-3/4 percent|percent|4.75|%]].\n\n"
        "In a related action, the [[Board of Governors of the Federal Reserve System|ORG|Federal Reserve Board of "
        "Governors]] voted unanimously to approve a [[1/4 percentage point|percent|0.25|pp]] decrease in the primary "
        "credit rate to [[4-1/2 percent|percent|4.5|%]], effective [[December 19, 2024|D|2024-12-19]].\n\n"
        "At a press conference, Chair [[Jerome H. Powell|PERSON|Jerome Powell]] said the [[Committee|ORG|Federal Open "
        "Market Committee]] could be more cautious as it considers further adjustments. Officials' projections "
        "showed the median participant expecting the rate to end [[2025|D|2025]] at [[3.9%|percent|3.9|%]], and "
        "analysts said the projections pointed to a slower pace of easing.",
        [
            ("Federal Open Market Committee", "judge", "the risks to achieving its employment and inflation goals are "
             "roughly in balance", False),
            ("Beth Hammack", "prefer", "maintain the target range at 4-1/2 to 4-3/4 percent", False),
            ("Jerome Powell", "say", "the Committee could be more cautious as it considers further adjustments", False),
        ],
    ),
    (
        "own19-ho-09", "un-humanitarian", "2025-04-02", "2025-04-02",
        "[[Myanmar|GPE]]: Earthquake - Flash Update No. 3\n"
        "Published: [[2 April 2025|D|2025-04-02]]\n"
        "Originally published by the [[UN Office for the Coordination of Humanitarian Affairs|ORG|United Nations "
        "Office for the Coordination of Humanitarian Affairs]] ([[OCHA|ORG|United Nations Office for the Coordination "
        "of Humanitarian Affairs]])\n\n"
        "HIGHLIGHTS\n"
        "• A magnitude [[7.7|number|7.7]] earthquake struck central [[Myanmar|GPE]] near [[Mandalay|GPE]] on [[28 "
        "March|D|2025-03-28]], followed minutes later by a magnitude [[6.4|number|6.4]] aftershock.\n"
        "• According to the de facto authorities, [[more than 2,700|count|2700|person]] people have died, "
        "[[4,521|count|4521|person]] have been injured and [[441|count|441|person]] remain missing.\n"
        "• Partners estimate that [[17.2 million|count|17200000|person]] people live in the [[58|count|58|township]] "
        "most affected townships.\n\n"
        "SITUATION OVERVIEW\n"
        "The epicentre was near [[Sagaing|GPE]], at a depth of [[10 kilometres|quantity|10|km]], on the [[Sagaing "
        "Fault|LOC]]. Tremors were felt as far away as [[Bangkok|GPE]], [[Thailand|GPE]], where a high-rise building "
        "under construction collapsed.\n\n"
        "The [[UN|ORG|United Nations]] Resident and Humanitarian Coordinator a.i. in [[Myanmar|GPE]], [[Marcoluigi Corsi|PERSON]], said: “The "
        "devastation in [[Mandalay|GPE]] and [[Sagaing|GPE]] is immense, and the monsoon is only weeks away. Families "
        "need shelter, clean water and medical care now.”\n\n"
        "The [[Central Emergency Response Fund|ORG]] ([[CERF|ORG|Central Emergency Response Fund]]) has allocated [[$5 "
        "million|money|5000000|USD]] and the [[Myanmar Humanitarian Fund|ORG]] [[$6 million|money|6000000|USD]] for the "
        "response. The [[World Health Organization|ORG]] ([[WHO|ORG|World Health Organization]]) warned that damaged "
        "water systems raised the risk of waterborne diseases, and appealed for [[$8 million|money|8000000|USD]] to "
        "provide trauma care for [[30 days|D|P30D]].\n\n"
        "Access remains difficult: [[two|count|2|bridge]] bridges on the road between [[Yangon|GPE]] and "
        "[[Mandalay|GPE]] were damaged, and the airport in [[Naypyidaw|GPE|Naypyidaw]] remains closed. The next flash "
        "update will be issued on [[4 April|D|2025-04-04]].",
        [
            ("Marcoluigi Corsi", "say", "The devastation in Mandalay and Sagaing is immense, and the monsoon is only "
             "weeks away. Families need shelter, clean water and medical care now.", True),
            ("World Health Organization", "warn", "damaged water systems raised the risk of waterborne diseases", False),
            ("World Health Organization", "appeal for", "$8 million to provide trauma care for 30 days", False),
        ],
    ),
    (
        "own19-ho-10", "dod-assistance", "2024-12-30", "2024-12-30",
        "[[Biden|PERSON|Joe Biden]] Administration Announces Additional Security Assistance for [[Ukraine|GPE]]\n"
        "[[Dec. 30, 2024|D|2024-12-30]]\n\n"
        "[[Today|D|2024-12-30]], the [[Department of Defense|ORG|United States Department of Defense]] "
        "([[DoD|ORG|United States Department of Defense]]) announces additional security assistance to meet "
        "[[Ukraine|GPE]]'s critical security and defense needs. The package includes capabilities valued at [[up to "
        "$1.25 billion|money|1250000000|USD]] drawn from [[DoD|ORG|United States Department of Defense]] inventories "
        "and [[$1.22 billion|money|1220000000|USD]] under the [[Ukraine Security Assistance Initiative|ORG]] "
        "([[USAI|ORG|Ukraine Security Assistance Initiative]]).\n\n"
        "The capabilities in this package include:\n"
        "• Munitions for [[National Advanced Surface-to-Air Missile Systems|PRODUCT|NASAMS]] "
        "([[NASAMS|PRODUCT]]);\n"
        "• Munitions for [[High Mobility Artillery Rocket Systems|PRODUCT|M142 HIMARS]] ([[HIMARS|PRODUCT|M142 "
        "HIMARS]]);\n"
        "• [[155mm|quantity|155|mm]] and [[105mm|quantity|105|mm]] artillery ammunition;\n"
        "• [[Stinger|PRODUCT|FIM-92 Stinger]] missiles;\n"
        "• [[TOW|PRODUCT|BGM-71 TOW]] missiles;\n"
        "• Air-to-ground munitions; and\n"
        "• Demolitions munitions and equipment.\n\n"
        "Secretary of Defense [[Lloyd J. Austin III|PERSON|Lloyd Austin]] said: “The [[United States|GPE]] will keep "
        "[[Ukraine|GPE]] in the fight through the last day of this administration, and we urge our successors to do "
        "the same.” He urged [[Congress|ORG|United States Congress]] to approve further funding before the end of "
        "the session. [[Ukrainian|NORP]] President [[Volodymyr Zelenskyy|PERSON]] said the air defense munitions "
        "would protect [[Ukraine|GPE]]'s cities and power plants.\n\n"
        "Since [[February 2022|D|2022-02]], the [[United States|GPE]] has committed [[more than $65.9 "
        "billion|money|65900000000|USD]] in security assistance to [[Ukraine|GPE]]. Secretary [[Austin|PERSON|Lloyd "
        "Austin]] noted that the [[Ukraine Defense Contact Group|ORG]] of [[some 50|count|50|nation]] nations would "
        "meet at [[Ramstein Air Base|FAC]] in [[Germany|GPE]] on [[Jan. 9|D|2025-01-09]], its last meeting under his "
        "chairmanship.",
        [
            ("United States Department of Defense", "announce", "additional security assistance to meet Ukraine's "
             "critical security and defense needs", False),
            ("Lloyd Austin", "say", "The United States will keep Ukraine in the fight through the last day of this "
             "administration, and we urge our successors to do the same.", True),
            ("Lloyd Austin", "urge", "Congress to approve further funding before the end of the session", False),
            ("Volodymyr Zelenskyy", "say", "the air defense munitions would protect Ukraine's cities and power plants",
             False),
            ("Lloyd Austin", "note", "the Ukraine Defense Contact Group of some 50 nations would meet at Ramstein Air "
             "Base in Germany on Jan. 9, its last meeting under his chairmanship", False),
        ],
    ),
    (
        "own19-ho-11", "wikinews", "2025-04-24", "2025-04-24",
        "Magnitude [[6.2|number|6.2]] earthquake strikes [[Sea of Marmara|LOC]], injuring [[over "
        "150|count|150|person]] in [[Istanbul|GPE]]\n"
        "[[Thursday, April 24, 2025|D|2025-04-24]]\n\n"
        "On [[Wednesday|D|2025-04-23]], a magnitude [[6.2|number|6.2]] earthquake struck beneath the [[Sea of "
        "Marmara|LOC]] off the coast of [[Istanbul|GPE]], [[Turkey|GPE]], at 12:49 local time. [[Turkey|GPE]]'s "
        "[[Disaster and Emergency Management Authority|ORG|Disaster and Emergency Management Presidency]] "
        "([[AFAD|ORG|Disaster and Emergency Management Presidency]]) reported that the quake's epicentre was near "
        "[[Silivri|GPE]], at a depth of [[about 7 kilometres|quantity|7|km]].\n\n"
        "Interior Minister [[Ali Yerlikaya|PERSON]] said [[151|count|151|person]] people had been injured, most of "
        "them after jumping from buildings in panic, and that no deaths had been reported. [[More than "
        "180|count|180|aftershock]] aftershocks followed, the largest of magnitude [[5.9|number|5.9]]. Thousands of "
        "residents spent the night outdoors in parks and mosque courtyards, and schools in the city were closed "
        "for [[two days|D|P2D]].\n\n"
        "The [[Kandilli Observatory and Earthquake Research Institute|ORG]] warned that the quake had not relieved the "
        "stress on the segment of the [[North Anatolian Fault|LOC]] that runs beneath the sea. President [[Recep "
        "Tayyip Erdoğan|PERSON]] wrote on social media that the authorities were monitoring the situation closely.\n\n"
        "[[Istanbul|GPE]], a city of [[some 16 million|count|16000000|person]] people, has long prepared for a major "
        "earthquake. The [[İzmit earthquake|EVENT|1999 İzmit earthquake]] in [[1999|D|1999]] killed [[more than "
        "17,000|count|17000|person]] people in northwestern [[Turkey|GPE]], and an earthquake in [[February "
        "2023|D|2023-02]] killed [[over 53,000|count|53000|person]] people in the south of the country.\n\n"
        "Seismologists quoted by local media said the chance of a larger quake near the city within [[30 "
        "years|D|P30Y]] remained high.",
        [
            ("Disaster and Emergency Management Presidency", "report", "the quake's epicentre was near Silivri, at a "
             "depth of about 7 kilometres", False),
            ("Ali Yerlikaya", "say", "151 people had been injured, most of them after jumping from buildings in panic, "
             "and that no deaths had been reported", False),
            ("Kandilli Observatory and Earthquake Research Institute", "warn", "the quake had not relieved the stress on "
             "the segment of the North Anatolian Fault that runs beneath the sea", False),
            ("Recep Tayyip Erdoğan", "write", "the authorities were monitoring the situation closely", False),
        ],
    ),
    (
        "own19-ho-12", "wikinews", "2025-04-29", "2025-04-29",
        "[[Liberals|ORG|Liberal Party of Canada]] win [[fourth|ordinal|4]] consecutive term in [[Canadian|NORP]] "
        "federal election\n"
        "[[Tuesday, April 29, 2025|D|2025-04-29]]\n\n"
        "The [[Liberal Party of Canada|ORG]], led by Prime Minister [[Mark Carney|PERSON]], won [[Monday|D|2025-04-28]]'s "
        "federal election, securing [[169|count|169|seat]] seats in the [[343|count|343|seat]]-seat [[House of "
        "Commons|ORG|House of Commons of Canada]], [[three|count|3|seat]] seats short of a majority, according to "
        "[[Elections Canada|ORG]]. Turnout was [[68.7%|percent|68.7|%]].\n\n"
        "The [[Conservative Party of Canada|ORG]] won [[144|count|144|seat]] seats, the [[Bloc Québécois|ORG]] "
        "[[22|count|22|seat]], the [[New Democratic Party|ORG]] ([[NDP|ORG|New Democratic Party]]) "
        "[[seven|count|7|seat]] and the [[Green Party of Canada|ORG]] [[one|count|1|seat]].\n\n"
        "In his victory speech in [[Ottawa|GPE]], [[Carney|PERSON|Mark Carney]] said: “[[America|GPE|United States]] "
        "wants our land, our resources, our water, our country. These are not idle threats.” He added that "
        "[[Canada|GPE]] would negotiate with [[U.S.|GPE|United States]] President [[Donald Trump|PERSON]] from a "
        "position of strength. [[Trump|PERSON|Donald Trump]]'s [[25%|percent|25|%]] tariffs on many [[Canadian|NORP]] "
        "goods dominated the [[five-week|D|P5W]] campaign.\n\n"
        "[[Conservative Party|ORG|Conservative Party of Canada]] leader [[Pierre Poilievre|PERSON]] lost his own seat in [[Carleton|GPE|Carleton (federal "
        "electoral district)]], which he had held for [[two decades|D|P20Y]]. [[Poilievre|PERSON|Pierre Poilievre]] "
        "told supporters that he would stay on as party leader. [[NDP|ORG|New Democratic Party]] leader [[Jagmeet "
        "Singh|PERSON]], who lost his seat in [[Burnaby Central|GPE|Burnaby Central (federal electoral district)]], announced he would resign once an interim "
        "leader is chosen.\n\n"
        "[[Carney|PERSON|Mark Carney]], a former governor of the [[Bank of England|ORG]], became prime minister in [[March|D|2025-03]] after "
        "[[Justin Trudeau|PERSON]] stepped down.",
        [
            ("Elections Canada", "according to", "The Liberal Party of Canada, led by Prime Minister Mark Carney, won "
             "Monday's federal election, securing 169 seats in the 343-seat House of Commons, three seats short of a "
             "majority", False),
            ("Mark Carney", "say", "America wants our land, our resources, our water, our country. These are not idle "
             "threats.", True),
            ("Mark Carney", "add", "Canada would negotiate with U.S. President Donald Trump from a position of strength",
             False),
            ("Pierre Poilievre", "tell", "he would stay on as party leader", False),
            ("Jagmeet Singh", "announce", "he would resign once an interim leader is chosen", False),
        ],
    ),
    (
        "own19-ho-13", "wire-sport", "2025-05-11", "2025-05-11",
        "SOCCER - [[BARCELONA|ORG|FC Barcelona]] BEAT [[REAL MADRID|ORG|Real Madrid CF]] [[4|number|4]]-[[3|number|3]] "
        "TO MOVE TO BRINK OF [[LA LIGA|ORG|La Liga]] TITLE\n\n"
        "[[BARCELONA|GPE|Barcelona]], [[May 11|D|2025-05-11]] ([[Reuters|ORG]]) - [[Barcelona|ORG|FC Barcelona]] came "
        "from [[two|count|2|goal]] goals down to beat [[Real Madrid|ORG|Real Madrid CF]] [[4|number|4]]-[[3|number|3]] "
        "in a thrilling [[Clasico|EVENT|El Clásico]] at the [[Olympic Stadium|FAC|Estadi Olímpic Lluís Companys]] on "
        "[[Sunday|D|2025-05-11]] and move [[seven|count|7|point]] points clear at the top of [[La Liga|ORG]] with "
        "[[three|count|3|game]] games remaining.\n\n"
        "[[France|GPE]] striker [[Kylian Mbappe|PERSON|Kylian Mbappé]] gave [[Madrid|ORG|Real Madrid CF]] a "
        "[[two|count|2|goal]]-goal lead inside 15 minutes with a penalty and a low finish, but [[Spain|GPE]] defender [[Eric Garcia|PERSON|Eric "
        "García]] and [[Lamine Yamal|PERSON]] levelled before [[Brazil|GPE]] winger [[Raphinha|PERSON]] struck twice "
        "before the break. [[Mbappe|PERSON|Kylian Mbappé]] completed his hat-trick in the [[70th|ordinal|70]] minute, "
        "taking his league tally for the season to [[29|count|29|goal]].\n\n"
        "“We showed character. Going [[two|count|2|goal]] goals down against this team and coming back says everything about this "
        "group,” [[Barcelona|ORG|FC Barcelona]] coach [[Hansi Flick|PERSON]] told reporters.\n\n"
        "[[Madrid|ORG|Real Madrid CF]] coach [[Carlo Ancelotti|PERSON]] said his side had paid for defensive mistakes "
        "before the break, while [[Mbappe|PERSON|Kylian Mbappé]] told [[Spanish|NORP]] broadcaster [[Movistar Plus+|ORG]] "
        "the title race was not over. The [[Italian|NORP]] is expected to leave the club at the end of the season.\n\n"
        "[[Barcelona|ORG|FC Barcelona]] can clinch their [[28th|ordinal|28]] league title with a win at "
        "[[Espanyol|ORG|RCD Espanyol]] on [[Thursday|D|2025-05-15]].\n\n"
        "Result\n"
        "[[Barcelona|ORG|FC Barcelona]] [[4|number|4]] [[Real Madrid|ORG|Real Madrid CF]] [[3|number|3]]\n"
        "Standings: [[Barcelona|ORG|FC Barcelona]] [[82|count|82|point]] points, [[Real Madrid|ORG|Real "
        "Madrid CF]] [[75|count|75|point]]",
        [
            ("Hansi Flick", "tell", "We showed character. Going two goals down against this team and coming back says "
             "everything about this group", True),
            ("Carlo Ancelotti", "say", "his side had paid for defensive mistakes before the break", False),
            ("Kylian Mbappé", "tell", "the title race was not over", False),
        ],
    ),
    (
        "own19-ho-14", "wire-sport", "2024-09-08", "2024-09-08",
        "TENNIS - [[SINNER|PERSON|Jannik Sinner]] BEATS [[FRITZ|PERSON|Taylor Fritz]] TO WIN [[FIRST|ordinal|1]] [[U.S. "
        "OPEN|EVENT|US Open (tennis)]] TITLE\n\n"
        "[[NEW YORK|GPE|New York City]], [[Sept 8|D|2024-09-08]] ([[Reuters|ORG]]) - World number one [[Jannik "
        "Sinner|PERSON]] of [[Italy|GPE]] beat [[American|NORP]] [[Taylor Fritz|PERSON]] [[6|number|6]]-[[3|number|3]] "
        "[[6|number|6]]-[[4|number|4]] [[7|number|7]]-[[5|number|5]] on [[Sunday|D|2024-09-08]] to win the [[U.S. "
        "Open|EVENT|US Open (tennis)]] and claim his [[second|ordinal|2]] major title of [[the year|D|2024]] after the "
        "[[Australian Open|EVENT]] in [[January|D|2024-01]].\n\n"
        "The [[23-year-old|D|P23Y]] became the [[first|ordinal|1]] [[Italian|NORP]] man to win the title and "
        "collected [[$3.6 million|money|3600000|USD]] in prize money. [[Fritz|PERSON|Taylor Fritz]] was the "
        "[[first|ordinal|1]] [[American|NORP]] man to reach the final since [[Andy Roddick|PERSON]] in "
        "[[2006|D|2006]].\n\n"
        "“This title means a lot, because the last period of my life was not the easiest,” [[Sinner|PERSON|Jannik "
        "Sinner]] told the crowd at [[Arthur Ashe Stadium|FAC]].\n\n"
        "[[Sinner|PERSON|Jannik Sinner]], who was cleared in [[August|D|2024-08]] after [[two|count|2|test]] positive "
        "tests for a banned substance in [[March|D|2024-03]], said the case had weighed on him throughout "
        "[[the summer|D|2024-06/2024-08]]. [[Fritz|PERSON|Taylor Fritz]] said he was proud of his run and would use the defeat as motivation. The [[United States Tennis Association|ORG]] "
        "([[USTA|ORG|United States Tennis Association]]) said a record [[1,048,669|count|1048669|fan]] fans attended "
        "the tournament over [[three weeks|D|P3W]].\n\n"
        "Results\n"
        "Men's final: [[Jannik Sinner|PERSON]] ([[Italy|GPE]]) beat [[Taylor Fritz|PERSON]] ([[U.S.|GPE|United States]]) "
        "[[6|number|6]]-[[3|number|3]] [[6|number|6]]-[[4|number|4]] [[7|number|7]]-[[5|number|5]]\n"
        "Women's final ([[Saturday|D|2024-09-07]]): [[Aryna Sabalenka|PERSON]] ([[Belarus|GPE]]) beat [[Jessica "
        "Pegula|PERSON]] ([[U.S.|GPE|United States]]) [[7|number|7]]-[[5|number|5]] [[7|number|7]]-[[5|number|5]]",
        [
            ("Jannik Sinner", "tell", "This title means a lot, because the last period of my life was not the easiest",
             True),
            ("Jannik Sinner", "say", "the case had weighed on him throughout the summer", False),
            ("Taylor Fritz", "say", "he was proud of his run and would use the defeat as motivation", False),
            ("United States Tennis Association", "say", "a record 1,048,669 fans attended the tournament over three "
             "weeks", False),
        ],
    ),
]

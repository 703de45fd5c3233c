"""Held-out set 39 (blind): marked texts of briefs 08-14 and their statements (see
``build_own39_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own39-ho-08", "auckland-council-budget", "2025-06-26", "2025-06-26",
        "Budget for [[2025/2026|D|2025-07/2026-06]] adopted with [[5.8 per cent|percent|5.8|%]] average rates "
        "rise\n"
        "[[26 June 2025|D|2025-06-26]]\n\n"
        "[[Auckland Council|ORG]] [[today|D|2025-06-26]] adopted its budget for [[2025/2026|D|2025-07/"
        "2026-06]], with an average general rates increase of [[5.8 per cent|percent|5.8|%]] for "
        "households and a capital investment programme of [[$3.9 billion|money|3900000000|NZD]].\n\n"
        "The budget takes effect on [[1 July|D|2025-07-01]]. It includes [[$1.4 billion|money|"
        "1400000000|NZD]] for transport, [[$264 million|money|264000000|NZD]] for the [[City Rail Link|FAC]] "
        "stations and [[$120 million|money|120000000|NZD]] for flood resilience after the storms of "
        "[[January 2023|D|2023-01]].\n\n"
        "Mayor [[Wayne Brown|PERSON]] said the council had kept rates down while paying for the "
        "infrastructure [[Auckland|GPE]] needed. “We have found [[$84 million|money|84000000|NZD]] in "
        "savings [[this year|D|2025]], and [[Aucklanders|NORP|Aucklander]] will see that money back in "
        "better bus services,” he said.\n\n"
        "Deputy Mayor [[Desley Simpson|PERSON]] said the council's debt would "
        "peak at [[about 270 per cent|percent|270|%]] of revenue in [[2027|D|2027]], well under the limit "
        "of [[290 per cent|percent|290|%]] set by the credit rating agencies.\n\n"
        "[[Simeon Brown|PERSON]], the Minister for [[Auckland|GPE]], said the government would work with the "
        "council on the [[Eastern Busway|FAC]].\n\n"
        "[[Auckland Transport|ORG]] will receive funding for [[40|count|40|bus]] new electric buses, and "
        "[[Watercare|ORG|Watercare Services]] will spend [[$1.2 billion|money|1200000000|NZD]] on water and "
        "wastewater pipes. The [[Auckland Future Fund|ORG]], set up in [[2024|D|2024]] with the council's "
        "shares in [[Auckland International Airport|ORG|Auckland Airport]], returned [[6.2 per "
        "cent|percent|6.2|%]] in its [[first|ordinal|1]] year.\n\n"
        "The council received [[more than 25,000|count|25000|submission]] submissions during "
        "consultation in [[March|D|2025-03]]. Councillors voted [[16|number|16]]-[[5|number|5]] to adopt the "
        "budget. Rates invoices will be sent out in [[late July|D|2025-07]].",
        [
            ("Wayne Brown", "say", "the council had kept rates down while paying for the infrastructure "
             "Auckland needed",
             False),
            ("Wayne Brown", "say", "We have found $84 million in savings this year, and Aucklanders will see "
             "that money back in better bus services",
             True),
            ("Desley Simpson", "say", "the council's debt would peak at about 270 per cent of revenue in 2027, "
             "well under the limit of 290 per cent set by the credit rating agencies",
             False),
            ("Simeon Brown", "say", "the government would work with the council on the Eastern Busway", False),
        ],
    ),
    (
        "own39-ho-09", "wikinews-nepal-protests", "2025-09-13", "2025-09-13",
        "[[Sushila Karki|PERSON]] sworn in as [[Nepal|GPE]]'s interim prime minister after deadly protests\n"
        "[[Saturday, September 13, 2025|D|2025-09-13]]\n\n"
        "Former chief justice [[Sushila Karki|PERSON]] was sworn in on [[Friday|D|2025-09-12]] as interim "
        "prime minister of [[Nepal|GPE]], becoming the [[first|ordinal|1]] woman to hold the post, after "
        "[[two days|D|P2D]] of protests led by young people forced [[K. P. Sharma Oli|PERSON]] to "
        "resign.\n\n"
        "The protests began in [[Kathmandu|GPE]] on [[Monday|D|2025-09-08]] after the government blocked "
        "[[26|count|26|platform]] social media platforms, including [[Facebook|ORG]] and [[YouTube|ORG]]. "
        "Police opened fire near the parliament building, and [[19|count|19|person]] people were killed that day. [[Oli|PERSON|K. P. Sharma "
        "Oli]] resigned on [[Tuesday|D|2025-09-09]] as protesters set fire to the parliament and to "
        "[[Singha Durbar|FAC]], the main government complex.\n\n"
        "The [[Nepal Police|ORG]] said [[at least 51|count|51|person]] people had died in the unrest, "
        "among them [[three|count|3|officer]] police officers, and that [[more than 1,300|count|1300|person]] "
        "were injured. [[About 13,500|count|13500|prisoner]] prisoners escaped from jails across the "
        "country.\n\n"
        "President [[Ram Chandra Poudel|PERSON]] dissolved the [[House of Representatives|ORG|House of "
        "Representatives (Nepal)]] on [[Karki|PERSON|Sushila Karki]]'s recommendation and set elections for "
        "[[March 5, 2026|D|2026-03-05]].\n\n"
        "“We are not here to taste power. We will hand over to the elected government within [[six "
        "months|D|P6M]],” [[Karki|PERSON|Sushila Karki]] told officials on "
        "[[Friday|D|2025-09-12]] after the ceremony. The [[United Nations|ORG]] called for a "
        "thorough and independent investigation into the deaths.\n\n"
        "[[China|GPE]] said it respected the choice of the [[Nepali|NORP]] people, and [[India|GPE]]'s Prime "
        "Minister [[Narendra Modi|PERSON]] wished [[Karki|PERSON|Sushila Karki]] success. Flights at "
        "[[Tribhuvan International Airport|FAC]] resumed on [[Thursday|D|2025-09-11]].",
        [
            ("Nepal Police", "say", "at least 51 people had died in the unrest, among them three police "
             "officers, and that more than 1,300 were injured",
             False),
            ("Sushila Karki", "tell", "We are not here to taste power. We will hand over to the elected "
             "government within six months",
             True),
            ("United Nations", "call for", "a thorough and independent investigation into the deaths", False),
            ("China", "say", "it respected the choice of the Nepali people", False),
        ],
    ),
    (
        "own39-ho-10", "wikinews-womens-cricket", "2025-11-03", "2025-11-03",
        "[[India|GPE]] win [[first|ordinal|1]] [[Women's Cricket World Cup|EVENT|2025 Women's Cricket World "
        "Cup]] title\n"
        "[[Monday, November 3, 2025|D|2025-11-03]]\n\n"
        "[[India|GPE]] beat [[South Africa|GPE]] by [[52|count|52|run]] runs in the final of the "
        "[[Women's Cricket World Cup|EVENT|2025 Women's Cricket World Cup]] on [[Sunday|D|2025-11-02]] at "
        "the [[DY Patil Stadium|FAC]] in [[Navi Mumbai|GPE]], winning the title for the [[first|ordinal|1]] "
        "time.\n\n"
        "Batting first, [[India|GPE]] made [[298|count|298|run]] runs for the loss of "
        "[[seven|count|7|wicket]] wickets. Opener [[Shafali Verma|PERSON]] scored [[87|count|87|run]] and "
        "[[Deepti Sharma|PERSON]] [[58|count|58|run]]. [[South Africa|GPE]] captain [[Laura "
        "Wolvaardt|PERSON]] made [[101|count|101|run]], her [[second|ordinal|2]] century in [[two|count|2|"
        "match]] matches, but her side were all out for [[246|count|246|run]]. [[Deepti|PERSON|Deepti "
        "Sharma]] took [[five|count|5|wicket]] wickets for [[39|count|39|run]] runs and was named player of "
        "the tournament.\n\n"
        "“This is for every girl who picked up a bat in a small town,” [[India|GPE]] captain [[Harmanpreet "
        "Kaur|PERSON]] said after the match. “We lost [[three|count|3|final]] finals before, and "
        "tonight we did not let it slip.”\n\n"
        "[[Wolvaardt|PERSON|Laura Wolvaardt]] said her team had been beaten by a better side on the "
        "day.\n\n"
        "The [[International Cricket Council|ORG]] said the winners would receive [[US$4.48 "
        "million|money|4480000|USD]], up from [[US$1.32 million|money|1320000|USD]] for the "
        "[[2022|D|2022]] tournament. A crowd of [[about 40,000|count|40000|spectator]] watched the final.\n\n"
        "[[Australia|GPE]], the defending champions, were beaten by [[India|GPE]] in the semi-final, in which "
        "[[Jemimah Rodrigues|PERSON]] scored an unbeaten [[127|count|127|run]]. Prime Minister [[Narendra "
        "Modi|PERSON]] said the win would inspire future generations.\n\n"
        "The [[Board of Control for Cricket in India|ORG]] announced a bonus of [[₹51 crore|money|"
        "510000000|INR]] for the squad and support staff on [[Monday|D|2025-11-03]].",
        [
            ("Harmanpreet Kaur", "say", "This is for every girl who picked up a bat in a small town", True),
            ("Harmanpreet Kaur", "say", "We lost three finals before, and tonight we did not let it slip.",
             True),
            ("Laura Wolvaardt", "say", "her team had been beaten by a better side on the day", False),
            ("International Cricket Council", "say", "the winners would receive US$4.48 million, up from "
             "US$1.32 million for the 2022 tournament",
             False),
            ("Narendra Modi", "say", "the win would inspire future generations", False),
            ("Board of Control for Cricket in India", "announce", "a bonus of ₹51 crore for the squad and "
             "support staff",
             False),
        ],
    ),
    (
        "own39-ho-11", "wikinews-thai-pm", "2025-09-06", "2025-09-06",
        "[[Thai|NORP]] parliament elects [[Anutin Charnvirakul|PERSON]] as prime minister\n"
        "[[Saturday, September 6, 2025|D|2025-09-06]]\n\n"
        "[[Thailand|GPE]]'s [[House of Representatives|ORG|House of Representatives (Thailand)]] on "
        "[[Friday|D|2025-09-05]] elected [[Anutin Charnvirakul|PERSON]], leader of the [[Bhumjaithai "
        "Party|ORG]], as the country's [[32nd|ordinal|32]] prime minister. He won [[311|count|311|vote]] "
        "votes, against [[152|count|152|vote]] for [[Natthaphong Ruengpanyawut|PERSON]] of the [[Pheu Thai "
        "Party|ORG]].\n\n"
        "[[Anutin|PERSON|Anutin Charnvirakul]] replaces [[Paetongtarn Shinawatra|PERSON]], whom the "
        "[[Constitutional Court|ORG|Constitutional Court of Thailand]] removed from office on [[August "
        "29|D|2025-08-29]] over a leaked phone call with [[Cambodian|NORP]] Senate President [[Hun "
        "Sen|PERSON]]. The court ruled [[6|number|6]]-[[3|number|3]] that she had breached ethical standards "
        "by criticising a [[Thai|NORP]] army commander during the call, made in [[June|D|2025-06]] as a "
        "border dispute with [[Cambodia|GPE]] escalated.\n\n"
        "[[Anutin|PERSON|Anutin Charnvirakul]] won the backing of the opposition [[People's Party|ORG|People's "
        "Party (Thailand)]], the largest party in the house with [[143|count|143|seat]] seats, after he "
        "pledged to dissolve the house within [[four months|D|P4M]] and hold a referendum on a new "
        "constitution.\n\n"
        "“My government will be a short one, but it will not be a weak one,” [[Anutin|PERSON|Anutin "
        "Charnvirakul]] told reporters in [[Bangkok|GPE]] after the vote.\n\n"
        "The appointment must be endorsed by King [[Vajiralongkorn|PERSON]], which is expected [[next "
        "week|D|2025-W37]]. [[Anutin|PERSON|Anutin Charnvirakul]] served as health "
        "minister until [[2023|D|2023]].\n\n"
        "[[Cambodia|GPE]]'s Prime Minister [[Hun Manet|PERSON]] said he hoped to work with the new "
        "government to settle the border dispute.\n\n"
        "[[Paetongtarn|PERSON|Paetongtarn Shinawatra]] said she respected the court's decision. Her father, "
        "former prime minister [[Thaksin Shinawatra|PERSON]], left [[Thailand|GPE]] for [[Dubai|GPE]] on "
        "[[Thursday|D|2025-09-04]].",
        [
            ("Anutin Charnvirakul", "pledge", "dissolve the house within four months and hold a referendum on "
             "a new constitution",
             False),
            ("Anutin Charnvirakul", "tell", "My government will be a short one, but it will not be a weak one",
             True),
            ("Hun Manet", "say", "he hoped to work with the new government to settle the border dispute", False),
            ("Paetongtarn Shinawatra", "say", "she respected the court's decision", False),
        ],
    ),
    (
        "own39-ho-12", "wire-seoul-verdict", "1996-08-26", "1996-08-26",
        "[[S. KOREAN|NORP|South Korean]] COURT SENTENCES [[CHUN|PERSON|Chun Doo-hwan]] TO DEATH.\n"
        "[[SEOUL|GPE|Seoul]] [[1996-08-26|D|1996-08-26]]\n"
        "A [[Seoul|GPE]] court on [[Monday|D|1996-08-26]] sentenced former [[South Korean|NORP]] president "
        "[[Chun Doo-hwan|PERSON]] to death for mutiny, treason and corruption, and jailed his successor "
        "[[Roh Tae-woo|PERSON]] for [[22 years|D|P22Y]].\n"
        "The [[Seoul District Court|ORG]] found the [[two|count|2|general]] former generals guilty of leading a "
        "military coup in [[December 1979|D|1979-12]] and of the bloody suppression of a pro-democracy "
        "uprising in the southwestern city of [[Kwangju|GPE|Gwangju]] in [[May 1980|D|1980-05]], in which "
        "[[at least 200|count|200|person]] people were killed.\n"
        "[[Chun|PERSON|Chun Doo-hwan]] was also fined [[223.5 billion won|money|223500000000|KRW]] ([[$272 "
        "million|money|272000000|USD]]) and [[Roh|PERSON|Roh Tae-woo]] [[283.8 billion won|money|"
        "283800000000|KRW]] for taking bribes from businessmen while in office.\n"
        "\"This court rules that no one can seize power by force and escape justice,\" presiding judge "
        "[[Kim Young-il|PERSON]] told the packed courtroom.\n"
        "[[Chun|PERSON|Chun Doo-hwan]], who ruled from [[1980 to 1988|D|1980/1988]], showed no emotion as the "
        "verdict was read. His lawyer [[Lee Yang-woo|PERSON]] told reporters the ruling was politically "
        "motivated and would be appealed.\n"
        "[[Fourteen|count|14|general]] other former generals received prison terms of [[up to 10 "
        "years|D|P10Y]]. [[Samsung|ORG]] group chairman [[Lee Kun-hee|PERSON]] and [[Daewoo|ORG]] chairman "
        "[[Kim Woo-choong|PERSON]] were given suspended [[two-year|D|P2Y]] sentences for paying bribes to "
        "[[Roh|PERSON|Roh Tae-woo]].\n"
        "President [[Kim Young-sam|PERSON]], who took office in [[1993|D|1993]] as the [[first|ordinal|1]] "
        "civilian leader in [[more than three decades|D|P30Y]], ordered the investigation [[last "
        "year|D|1995]] after [[Roh|PERSON|Roh Tae-woo]] admitted amassing a secret fund of [[$650 "
        "million|money|650000000|USD]].\n"
        "Hundreds of riot police stood guard outside the court, where [[about 300|count|300|student]] "
        "students demanded tougher sentences.",
        [
            ("Kim Young-il", "tell", "This court rules that no one can seize power by force and escape "
             "justice",
             True),
            ("Lee Yang-woo", "tell", "the ruling was politically motivated and would be appealed", False),
        ],
    ),
    (
        "own39-ho-13", "wire-squash-results", "1996-08-24", "1996-08-24",
        "SQUASH - [[HONG KONG OPEN|EVENT|Hong Kong Open (squash)]] QUARTER-FINAL RESULTS.\n"
        "[[HONG KONG|GPE|Hong Kong]] [[1996-08-24|D|1996-08-24]]\n"
        "Quarter-final results of the [[Hong Kong Open|EVENT|Hong Kong Open (squash)]] squash "
        "championships on [[Friday|D|1996-08-23]] (prefix number denotes seeding):\n"
        "[[1|number|1]] - [[Jansher Khan|PERSON]] ([[Pakistan|GPE]]) beat [[Simon Parke|PERSON]] "
        "([[England|GPE]]) [[9|number|9]]-[[4|number|4]] [[9|number|9]]-[[2|number|2]] "
        "[[9|number|9]]-[[5|number|5]]\n"
        "[[Peter Nicol|PERSON]] ([[Scotland|GPE]]) beat [[4|number|4]] - [[Brett Martin|PERSON]] "
        "([[Australia|GPE]]) [[9|number|9]]-[[7|number|7]] [[10|number|10]]-[[8|number|8]] "
        "[[4|number|4]]-[[9|number|9]] [[9|number|9]]-[[3|number|3]]\n"
        "[[3|number|3]] - [[Rodney Eyles|PERSON]] ([[Australia|GPE]]) beat [[Ahmed Barada|PERSON]] "
        "([[Egypt|GPE]]) [[9|number|9]]-[[6|number|6]] [[9|number|9]]-[[0|number|0]] "
        "[[9|number|9]]-[[6|number|6]]\n"
        "[[2|number|2]] - [[Peter Marshall|PERSON|Peter Marshall (squash player)]] ([[England|GPE]]) beat "
        "[[Chris Walker|PERSON|Chris Walker (squash player)]] ([[England|GPE]]) [[5|number|5]]-[[9|number|9]] "
        "[[9|number|9]]-[[2|number|2]] [[9|number|9]]-[[1|number|1]] [[9|number|9]]-[[7|number|7]]\n"
        "Semi-finals on [[Saturday|D|1996-08-24]]: [[Jansher Khan|PERSON]] v [[Peter Nicol|PERSON]], "
        "[[Rodney Eyles|PERSON]] v [[Peter Marshall|PERSON|Peter Marshall (squash player)]].\n"
        "[[Jansher|PERSON|Jansher Khan]], the world number one, needed only 39 minutes to "
        "beat [[Parke|PERSON|Simon Parke]], who was playing his [[first|ordinal|1]] tournament since "
        "treatment for cancer [[last year|D|1995]].\n"
        "\"I was never in danger. My length was good and I kept him at the back of the court,\" "
        "[[Jansher|PERSON|Jansher Khan]] said.\n"
        "[[Nicol|PERSON|Peter Nicol]] saved [[two|count|2|match ball]] match balls in "
        "the [[fourth|ordinal|4]] game and said he had beaten [[Martin|PERSON|Brett Martin]] for the "
        "[[first|ordinal|1]] time in [[five|count|5|meeting]] meetings. [[Eyles|PERSON|Rodney Eyles]], the "
        "[[Australian|NORP]] [[third|ordinal|3]] seed, said he expected a hard match against "
        "[[Marshall|PERSON|Peter Marshall (squash player)]], who beat him in [[Kuala Lumpur|GPE]] [[last "
        "month|D|1996-07]]. The tournament carries prize money "
        "of [[US$105,000|money|105000|USD]].",
        [
            ("Jansher Khan", "say", "I was never in danger. My length was good and I kept him at the back of "
             "the court",
             True),
            ("Peter Nicol", "say", "he had beaten Martin for the first time in five meetings", False),
            ("Rodney Eyles", "say", "he expected a hard match against Marshall, who beat him in Kuala Lumpur "
             "last month",
             False),
        ],
    ),
    (
        "own39-ho-14", "wire-volleyball-grand-prix", "1996-08-25", "1996-08-25",
        "VOLLEYBALL - WOMEN'S [[WORLD GRAND PRIX|EVENT|1996 FIVB World Grand Prix]] RESULTS.\n"
        "[[SHANGHAI|GPE|Shanghai]] [[1996-08-25|D|1996-08-25]]\n"
        "Results of matches in the final round of the women's [[World Grand Prix|EVENT|1996 FIVB "
        "World Grand Prix]] volleyball tournament on [[Saturday|D|1996-08-24]]:\n"
        "[[China|GPE]] beat [[Japan|GPE]] [[15|number|15]]-[[10|number|10]] [[15|number|15]]-[[8|number|8]] "
        "[[15|number|15]]-[[12|number|12]]\n"
        "[[Cuba|GPE]] beat [[Russia|GPE]] [[15|number|15]]-[[11|number|11]] [[12|number|12]]-[[15|number|15]] "
        "[[15|number|15]]-[[9|number|9]] [[15|number|15]]-[[13|number|13]]\n"
        "Standings (tabulate under played, won, lost, sets for, sets against, points):\n"
        "[[Cuba|GPE]] [[2|number|2]] [[2|number|2]] [[0|number|0]] [[6|number|6]] [[1|number|1]] "
        "[[4|number|4]]\n"
        "[[China|GPE]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[4|number|4]] [[3|number|3]] "
        "[[3|number|3]]\n"
        "[[Russia|GPE]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[4|number|4]] [[5|number|5]] "
        "[[3|number|3]]\n"
        "[[Japan|GPE]] [[2|number|2]] [[0|number|0]] [[2|number|2]] [[1|number|1]] [[6|number|6]] "
        "[[2|number|2]]\n"
        "[[China|GPE]] won in straight sets before a crowd of [[12,000|count|12000|spectator]] at the "
        "[[Shanghai Indoor Stadium|FAC]], with [[Lai Yawen|PERSON]] scoring [[18|count|18|point]] points.\n"
        "\"Our blocking was much better than in [[Hong Kong|GPE]] [[last week|D|1996-W33]],\" [[China|GPE]] coach [[Lang "
        "Ping|PERSON]] said. \"We want to win the title for our fans.\"\n"
        "[[Cuba|GPE]], who won the gold medal at the [[Atlanta Olympics|EVENT|1996 Summer Olympics]] [[last "
        "month|D|1996-07]], came from "
        "a set down against [[Russia|GPE]]. [[Cuban|NORP]] coach [[Eugenio George|PERSON]] said his "
        "players were tired after [[three|count|3|match]] matches in [[four days|D|P4D]].\n"
        "[[Russian|NORP]] captain [[Yevgeniya Artamonova|PERSON]] said her team would beat [[Japan|GPE]] on "
        "[[Sunday|D|1996-08-25]]. [[Brazil|GPE]] and [[South Korea|GPE]] were knocked out in the group "
        "stage in [[Hong Kong|GPE]].\n"
        "Final round matches on [[Sunday|D|1996-08-25]]: [[China|GPE]] v [[Cuba|GPE]], [[Russia|GPE]] v "
        "[[Japan|GPE]]. The winners receive [[$200,000|money|200000|USD]] from the [[International "
        "Volleyball Federation|ORG|Fédération Internationale de Volleyball]].",
        [
            ("Lang Ping", "say", "Our blocking was much better than in Hong Kong last week", True),
            ("Lang Ping", "say", "We want to win the title for our fans.", True),
            ("Eugenio George", "say", "his players were tired after three matches in four days", False),
            ("Yevgeniya Artamonova", "say", "her team would beat Japan on Sunday", False),
        ],
    ),
]

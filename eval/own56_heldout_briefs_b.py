"""Held-out set 56 (blind): marked texts of briefs 08-14 and their statements (see
``build_own56_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own56-ho-08", "samoa-chogm-closing", "2024-10-26", "2024-10-26",
        "PRESS RELEASE\n"
        "[[Ministry of Foreign Affairs and Trade|ORG|Ministry of Foreign Affairs and Trade (Samoa)]], "
        "[[Apia|GPE]]\n"
        "[[26 October 2024|D|2024-10-26]]\n\n"
        "[[CHOGM|EVENT|2024 Commonwealth Heads of Government Meeting]] CLOSES IN [[APIA|GPE|Apia]]\n\n"
        "The [[Commonwealth Heads of Government Meeting|EVENT|2024 Commonwealth Heads of Government Meeting]] "
        "closed in [[Apia|GPE]] [[today|D|2024-10-26]], the [[first|ordinal|1]] to be held in the "
        "[[Pacific Islands|LOC]].\n\n"
        "Key facts\n"
        "-- Dates: [[21-26 October 2024|D|2024-10-21/2024-10-26]]\n"
        "-- Member countries: [[56|count|56|country]]\n"
        "-- Delegates: [[more than 3,000|count|3000|delegate]]\n"
        "-- Cost to [[Samoa|GPE]]: [[about WST 60 million|money|60000000|WST]] "
        "([[US$22 million|money|22000000|USD]])\n\n"
        "Prime Minister [[Fiamē Naomi Mataʻafa|PERSON]], who chaired the meeting, said leaders had agreed to "
        "protect maritime boundaries against sea-level rise and to speed up climate finance for small island "
        "states. “For the Pacific, the ocean is not a resource to be shared out. It is who we are,” "
        "[[Fiamē|PERSON|Fiamē Naomi Mataʻafa]] said.\n\n"
        "Leaders elected [[Shirley Botchwey|PERSON]], Foreign Minister of [[Ghana|GPE]], as the next "
        "[[Commonwealth|ORG|Commonwealth of Nations]] Secretary-General. She will take office on "
        "[[1 April 2025|D|2025-04-01]] and pledged to put the needs of small states at the heart of her "
        "[[four-year|D|P4Y]] term.\n\n"
        "King [[Charles III|PERSON]], Head of the [[Commonwealth|ORG|Commonwealth of Nations]], told the opening "
        "ceremony that none of the members could change the past but that all could learn its lessons.\n\n"
        "The [[Asian Development Bank|ORG]] estimates that the meeting added [[about 3 percent|percent|3|%]] to "
        "[[Samoa|GPE]]’s economic output in [[2024|D|2024]].\n\n"
        "The next meeting will be held in [[Antigua and Barbuda|GPE]] in [[2026|D|2026]].",
        [
            ("Fiamē Naomi Mataʻafa", "say", "leaders had agreed to protect maritime boundaries against sea-level "
             "rise and to speed up climate finance for small island states", False),
            ("Fiamē Naomi Mataʻafa", "say", "For the Pacific, the ocean is not a resource to be shared out. It is "
             "who we are", True),
            ("Shirley Botchwey", "pledge", "put the needs of small states at the heart of her four-year term", False),
            ("Charles III", "tell", "none of the members could change the past but that all could learn its lessons",
             False),
            ("Asian Development Bank", "estimate", "the meeting added about 3 percent to Samoa’s economic output in "
             "2024", False),
        ],
    ),
    (
        "own56-ho-09", "wikinews-prabowo-sworn-in", "2024-10-20", "2024-10-20",
        "[[Prabowo Subianto|PERSON]] sworn in as President of [[Indonesia|GPE]]\n\n"
        "[[Sunday, October 20, 2024|D|2024-10-20]]\n\n"
        "[[Prabowo Subianto|PERSON]] was sworn in [[today|D|2024-10-20]] as the [[eighth|ordinal|8]] President "
        "of [[Indonesia|GPE]] at a joint session of the [[People's Consultative Assembly|ORG]] in "
        "[[Jakarta|GPE]]. [[Gibran Rakabuming Raka|PERSON]], the [[37-year-old|D|P37Y]] eldest son of outgoing "
        "President [[Joko Widodo|PERSON]], took the oath as Vice President.\n\n"
        "[[Prabowo|PERSON|Prabowo Subianto]], a [[73-year-old|D|P73Y]] former general, won the election of "
        "[[February 14|D|2024-02-14]] with [[58.6 percent|percent|58.6|%]] of the vote, or "
        "[[about 96 million|count|96000000|vote]] votes.\n\n"
        "In his [[first|ordinal|1]] speech as president, [[Prabowo|PERSON|Prabowo Subianto]] pledged to make "
        "[[Indonesia|GPE]] self-sufficient in food and energy within [[five years|D|P5Y]]. “We must be able to "
        "feed ourselves. No nation will help us if we are in crisis,” he told the assembly.\n\n"
        "He also promised that free school meals, budgeted at [[Rp 71 trillion|money|71000000000000|IDR]] for "
        "[[2025|D|2025]], would reach [[82.9 million|count|82900000|person]] people by [[2029|D|2029]].\n\n"
        "Leaders including [[Singapore|GPE]]’s Prime Minister [[Lawrence Wong|PERSON]] and "
        "[[Malaysia|GPE]]’s Prime Minister [[Anwar Ibrahim|PERSON]] attended the ceremony.\n\n"
        "According to [[Reuters|ORG]], the new cabinet of [[48|count|48|minister]] ministers is the largest "
        "since [[1966|D|1966]].\n\n"
        "[[Widodo|PERSON|Joko Widodo]], who served [[two|count|2|term]] terms, told reporters he would return to "
        "his home town of [[Surakarta|GPE]] and rest.",
        [
            ("Prabowo Subianto", "pledge", "make Indonesia self-sufficient in food and energy within five years",
             False),
            ("Prabowo Subianto", "tell", "We must be able to feed ourselves. No nation will help us if we are in "
             "crisis", True),
            ("Prabowo Subianto", "promise", "free school meals, budgeted at Rp 71 trillion for 2025, would reach "
             "82.9 million people by 2029", False),
            ("Reuters", "according to", "the new cabinet of 48 ministers is the largest since 1966", False),
            ("Joko Widodo", "tell", "he would return to his home town of Surakarta and rest", False),
        ],
    ),
    (
        "own56-ho-10", "wikinews-kenya-finance-bill-withdrawn", "2024-06-26", "2024-06-26",
        "[[Kenya|GPE]]’s President [[Ruto|PERSON|William Ruto]] withdraws finance bill after deadly protests\n\n"
        "[[Wednesday, June 26, 2024|D|2024-06-26]]\n\n"
        "[[Kenya|GPE]]’s President [[William Ruto|PERSON]] said [[today|D|2024-06-26]] that he would not sign "
        "the [[Finance Bill 2024|LAW|Finance Bill 2024 (Kenya)]], after protesters stormed the parliament "
        "buildings in [[Nairobi|GPE]] on [[Tuesday|D|2024-06-25]].\n\n"
        "“I concede. I will not sign this bill, and it shall be withdrawn,” [[Ruto|PERSON|William Ruto]] said in "
        "an address from [[State House|FAC|State House (Kenya)]].\n\n"
        "The bill sought to raise [[KSh 346 billion|money|346000000000|KES]] "
        "([[about US$2.7 billion|money|2700000000|USD]]) in new taxes, including higher duties on mobile money "
        "transfers and imported goods. The [[National Assembly|ORG|National Assembly (Kenya)]] passed it on "
        "[[Tuesday|D|2024-06-25]] by [[195|count|195|vote]] votes to [[106|count|106|vote]].\n\n"
        "The [[Kenya National Commission on Human Rights|ORG]] said [[at least 22|count|22|person]] people were "
        "killed in the protests, and [[Amnesty International|ORG]] called for an independent inquiry into the "
        "police shootings.\n\n"
        "The protests, organised by young [[Kenyans|NORP|Kenyan]] on social media, began in [[Nairobi|GPE]] "
        "[[last week|D|2024-W25]] and spread to [[more than 20|count|20|town]] towns, including "
        "[[Mombasa|GPE]], [[Kisumu|GPE]] and [[Eldoret|GPE]].\n\n"
        "[[Ruto|PERSON|William Ruto]] said he would hold talks with young people and ordered spending cuts, "
        "including in his own office.\n\n"
        "The [[International Monetary Fund|ORG]] had urged [[Kenya|GPE]] to cut its budget deficit to "
        "[[3.3 percent|percent|3.3|%]] of gross domestic product in [[2024/25|D|2024-07/2025-06]].",
        [
            ("William Ruto", "say", "he would not sign the Finance Bill 2024, after protesters stormed the parliament "
             "buildings in Nairobi on Tuesday", False),
            ("William Ruto", "say", "I concede. I will not sign this bill, and it shall be withdrawn", True),
            ("Kenya National Commission on Human Rights", "say", "at least 22 people were killed in the protests",
             False),
            ("Amnesty International", "call for", "an independent inquiry into the police shootings", False),
            ("William Ruto", "say", "he would hold talks with young people", False),
            ("International Monetary Fund", "urge", "Kenya to cut its budget deficit to 3.3 percent of gross "
             "domestic product in 2024/25", False),
        ],
    ),
    (
        "own56-ho-11", "wikinews-paetongtarn-elected", "2024-08-16", "2024-08-16",
        "[[Paetongtarn Shinawatra|PERSON]] elected Prime Minister of [[Thailand|GPE]]\n\n"
        "[[Friday, August 16, 2024|D|2024-08-16]]\n\n"
        "[[Thailand|GPE]]’s [[House of Representatives|ORG|House of Representatives (Thailand)]] "
        "[[today|D|2024-08-16]] elected [[Paetongtarn Shinawatra|PERSON]] of the [[Pheu Thai Party|ORG]] as "
        "prime minister, after the [[Constitutional Court|ORG|Constitutional Court of Thailand]] removed "
        "[[Srettha Thavisin|PERSON]] from office on [[Wednesday|D|2024-08-14]].\n\n"
        "[[Paetongtarn|PERSON|Paetongtarn Shinawatra]], the [[37-year-old|D|P37Y]] daughter of former prime "
        "minister [[Thaksin Shinawatra|PERSON]], won [[319|count|319|vote]] votes, with "
        "[[145|count|145|vote]] against and [[27|count|27|abstention]] abstentions. She is the youngest prime "
        "minister in [[Thailand|GPE]]’s history and the [[second|ordinal|2]] woman to hold the post, after her "
        "aunt [[Yingluck Shinawatra|PERSON]].\n\n"
        "The court ruled [[5|number|5]]-[[4|number|4]] that [[Srettha|PERSON|Srettha Thavisin]] had breached "
        "ethics rules by appointing a minister who had served a prison sentence.\n\n"
        "In a speech to party members, [[Paetongtarn|PERSON|Paetongtarn Shinawatra]] said she would continue "
        "the plan to give [[10,000 baht|money|10000|THB]] each to [[about 45 million|count|45000000|person]] "
        "people. “I will do my best to move the country forward,” she told reporters.\n\n"
        "Opposition leader [[Natthaphong Ruengpanyawut|PERSON]] of the "
        "[[People's Party|ORG|People's Party (Thailand)]] said his party had voted against her because the "
        "government lacked a clear economic plan.\n\n"
        "The [[Bank of Thailand|ORG]] expects the economy to grow [[2.6 percent|percent|2.6|%]] in "
        "[[2024|D|2024]].\n\n"
        "King [[Maha Vajiralongkorn|PERSON|Vajiralongkorn]] is expected to endorse the appointment "
        "[[next week|D|2024-W34]].",
        [
            ("Paetongtarn Shinawatra", "say", "she would continue the plan to give 10,000 baht each to about 45 "
             "million people", False),
            ("Paetongtarn Shinawatra", "tell", "I will do my best to move the country forward", True),
            ("Natthaphong Ruengpanyawut", "say", "his party had voted against her because the government lacked a "
             "clear economic plan", False),
            ("Bank of Thailand", "expect", "the economy to grow 2.6 percent in 2024", False),
        ],
    ),
    (
        "own56-ho-12", "wire-1996-jakarta-rupiah", "1996-08-13", "1996-08-13",
        "[[Indonesia|GPE]] central bank says rupiah steady after riots.\n\n"
        "[[JAKARTA|GPE|Jakarta]] [[1996-08-13|D|1996-08-13]]\n\n"
        "[[Bank Indonesia|ORG]] Governor [[Soedradjad Djiwandono|PERSON]] said on [[Tuesday|D|1996-08-13]] the "
        "rupiah had held steady since the riots in [[Jakarta|GPE]] on [[July 27|D|1996-07-27]] and that foreign "
        "reserves stood at [[$17.6 billion|money|17600000000|USD]].\n\n"
        "The rupiah ended at [[2,341 rupiah|money|2341|IDR]] to the dollar, little changed from "
        "[[2,338|money|2338|IDR]] on [[Monday|D|1996-08-12]].\n\n"
        "\"There was no panic. The market has absorbed the shock,\" [[Soedradjad|PERSON|Soedradjad Djiwandono]] "
        "told reporters after meeting President [[Suharto|PERSON]].\n\n"
        "Finance Minister [[Mar'ie Muhammad|PERSON]] said the government still expected economic growth of "
        "[[7.5 percent|percent|7.5|%]] in [[1996|D|1996]] and a current account deficit of "
        "[[about 3.5 percent|percent|3.5|%]] of gross domestic product.\n\n"
        "The [[Jakarta Stock Exchange|ORG]] composite index fell [[0.6 percent|percent|0.6|%]] to "
        "[[545.33|number|545.33]].\n\n"
        "Police have detained [[more than 200|count|200|person]] people since the riots, which broke out after "
        "troops stormed the headquarters of the [[Indonesian Democratic Party|ORG]] "
        "([[PDI|ORG|Indonesian Democratic Party]]) held by supporters of [[Megawati Sukarnoputri|PERSON]]. "
        "[[Five|count|5|person]] people were killed, according to the "
        "[[National Commission on Human Rights|ORG|National Commission on Human Rights (Indonesia)]].\n\n"
        "[[Megawati|PERSON|Megawati Sukarnoputri]], daughter of founding president [[Sukarno|PERSON]], has "
        "sued the government-backed party leader [[Soerjadi|PERSON]], who was installed at a congress in "
        "[[Medan|GPE]] in [[June|D|1996-06]].\n\n"
        "-- [[Jakarta|GPE]] newsroom +62 21 384 6364",
        [
            ("Soedradjad Djiwandono", "say", "the rupiah had held steady since the riots in Jakarta on July 27 and "
             "that foreign reserves stood at $17.6 billion", False),
            ("Soedradjad Djiwandono", "tell", "There was no panic. The market has absorbed the shock", True),
            ("Mar'ie Muhammad", "say", "the government still expected economic growth of 7.5 percent in 1996 and "
             "a current account deficit of about 3.5 percent of gross domestic product", False),
            ("National Commission on Human Rights (Indonesia)", "according to", "Five people were killed", False),
        ],
    ),
    (
        "own56-ho-13", "wire-1996-rugby-league-results", "1996-08-25", "1996-08-25",
        "RUGBY LEAGUE - [[AUSTRALIAN RUGBY LEAGUE|ORG|Australian Rugby League]] RESULTS / STANDINGS.\n\n"
        "[[SYDNEY|GPE|Sydney]] [[1996-08-25|D|1996-08-25]]\n\n"
        "Results of [[Australian Rugby League|ORG]] premiership matches played on [[Saturday|D|1996-08-24]] and "
        "[[Sunday|D|1996-08-25]]:\n\n"
        "[[Manly|ORG|Manly Warringah Sea Eagles]] [[34|number|34]] "
        "[[Western Suburbs|ORG|Western Suburbs Magpies]] [[8|number|8]]\n"
        "[[Brisbane|ORG|Brisbane Broncos]] [[26|number|26]] [[Auckland|ORG|Auckland Warriors]] "
        "[[18|number|18]]\n"
        "[[Cronulla|ORG|Cronulla-Sutherland Sharks]] [[20|number|20]] [[Canberra|ORG|Canberra Raiders]] "
        "[[16|number|16]]\n"
        "[[North Sydney|ORG|North Sydney Bears]] [[30|number|30]] [[Parramatta|ORG|Parramatta Eels]] "
        "[[12|number|12]]\n"
        "[[St George|ORG|St. George Dragons]] [[22|number|22]] [[Newcastle|ORG|Newcastle Knights]] "
        "[[22|number|22]]\n\n"
        "Leading standings (tabulate under played, won, drawn, lost, points):\n\n"
        "[[Manly|ORG|Manly Warringah Sea Eagles]] [[21|number|21]] [[17|number|17]] [[1|number|1]] "
        "[[3|number|3]] [[35|number|35]]\n"
        "[[Brisbane|ORG|Brisbane Broncos]] [[21|number|21]] [[16|number|16]] [[0|number|0]] [[5|number|5]] "
        "[[32|number|32]]\n"
        "[[North Sydney|ORG|North Sydney Bears]] [[21|number|21]] [[14|number|14]] [[2|number|2]] "
        "[[5|number|5]] [[30|number|30]]\n"
        "[[Cronulla|ORG|Cronulla-Sutherland Sharks]] [[21|number|21]] [[14|number|14]] [[1|number|1]] "
        "[[6|number|6]] [[29|number|29]]\n\n"
        "Centre [[Andrew Ettingshausen|PERSON]] scored [[two|count|2|try]] tries for [[Cronulla|ORG|Cronulla-Sutherland "
        "Sharks]], who climbed to [[fourth|ordinal|4]] place on the ladder.\n\n"
        "[[Manly|ORG|Manly Warringah Sea Eagles]] coach [[Bob Fulton|PERSON]] said he would rest "
        "[[three|count|3|player]] players in the last round. \"We are not thinking about the minor premiership, "
        "only about [[September|D|1996-09]],\" [[Fulton|PERSON|Bob Fulton]] said.\n\n"
        "[[Australian Rugby League|ORG]] general manager [[John Quayle|PERSON]] said crowds at the "
        "[[Sydney Football Stadium|FAC]] had averaged [[about 15,000|count|15000|spectator]] in "
        "[[1996|D|1996]]. The league confirmed that the finals would begin on "
        "[[September 7|D|1996-09-07]].",
        [
            ("Bob Fulton", "say", "he would rest three players in the last round", False),
            ("Bob Fulton", "say", "We are not thinking about the minor premiership, only about September", True),
            ("John Quayle", "say", "crowds at the Sydney Football Stadium had averaged about 15,000 in 1996",
             False),
            ("Australian Rugby League", "confirm", "the finals would begin on September 7", False),
        ],
    ),
    (
        "own56-ho-14", "wire-1996-hockey-four-nations", "1996-09-15", "1996-09-15",
        "HOCKEY - FOUR-NATION TOURNAMENT RESULTS.\n\n"
        "[[KUALA LUMPUR|GPE|Kuala Lumpur]] [[1996-09-15|D|1996-09-15]]\n\n"
        "Results of the four-nation men's hockey tournament played on [[Sunday|D|1996-09-15]] "
        "(scorers in brackets):\n\n"
        "[[Malaysia|GPE]] [[2|number|2]] ([[Mirnawan Nawawi|PERSON]], [[Kuhan Shanmuganathan|PERSON]]) "
        "[[India|GPE]] [[1|number|1]] ([[Dhanraj Pillay|PERSON]])\n"
        "[[Pakistan|GPE]] [[3|number|3]] ([[Shahbaz Ahmed|PERSON]] [[2|number|2]], [[Tahir Zaman|PERSON]]) "
        "[[Australia|GPE]] [[3|number|3]] ([[Jay Stacy|PERSON]], [[Mark Hager|PERSON]], "
        "[[Michael York|PERSON]])\n\n"
        "Final standings (tabulate under played, won, drawn, lost, goals for, goals against, points):\n\n"
        "[[Malaysia|GPE]] [[3|number|3]] [[2|number|2]] [[1|number|1]] [[0|number|0]] [[6|number|6]] "
        "[[3|number|3]] [[7|number|7]]\n"
        "[[Pakistan|GPE]] [[3|number|3]] [[1|number|1]] [[2|number|2]] [[0|number|0]] [[8|number|8]] "
        "[[6|number|6]] [[5|number|5]]\n"
        "[[Australia|GPE]] [[3|number|3]] [[1|number|1]] [[1|number|1]] [[1|number|1]] [[7|number|7]] "
        "[[6|number|6]] [[4|number|4]]\n"
        "[[India|GPE]] [[3|number|3]] [[0|number|0]] [[0|number|0]] [[3|number|3]] [[3|number|3]] "
        "[[9|number|9]] [[0|number|0]]\n\n"
        "[[Malaysia|GPE]] won the title for the [[first|ordinal|1]] time in front of "
        "[[about 12,000|count|12000|spectator]] spectators at the [[National Hockey Stadium|FAC|National Hockey "
        "Stadium (Malaysia)]].\n\n"
        "[[Malaysian|NORP]] captain [[Mirnawan Nawawi|PERSON]] said the win showed the team could challenge for "
        "a medal at the [[Commonwealth Games|EVENT|1998 Commonwealth Games]] in [[Kuala Lumpur|GPE]] in "
        "[[1998|D|1998]].\n\n"
        "\"We drew with [[Australia|GPE]] and now we have beaten [[India|GPE]]. Nobody can call us outsiders,\" "
        "he said.\n\n"
        "[[Pakistan|GPE]] captain [[Shahbaz Ahmed|PERSON]] said his side had missed [[four|count|4|chance]] "
        "clear chances in the [[second|ordinal|2]] half.\n\n"
        "The [[Malaysian Hockey Federation|ORG]] said it would invite [[Germany|GPE]] and the "
        "[[Netherlands|GPE]] to the tournament [[next year|D|1997]].",
        [
            ("Mirnawan Nawawi", "say", "the win showed the team could challenge for a medal at the Commonwealth "
             "Games in Kuala Lumpur in 1998", False),
            ("Mirnawan Nawawi", "say", "We drew with Australia and now we have beaten India. Nobody can call us "
             "outsiders", True),
            ("Shahbaz Ahmed", "say", "his side had missed four clear chances in the second half", False),
            ("Malaysian Hockey Federation", "say", "it would invite Germany and the Netherlands to the tournament "
             "next year", False),
        ],
    ),
]

"""Held-out set 17, briefs 8-14 (marked texts and statements). HELD OUT: do not read for development.

Each brief: (id, family, reference_date, published, marked text, statements); a statement is
(speaker, cue, content, quote); its figures are the gold figures inside the content.
"""

BRIEFS_B = [
    (
        "own17-ho-08", "local-housing", "2024-06-21", "2024-06-21",
        "[[Barcelona|GPE]] to scrap all tourist flat licences by [[2028|D|2028]]\n\n"
        "[[BARCELONA|GPE|Barcelona]], [[June 21|D|2024-06-21]] \u2014 [[Barcelona|GPE]] will stop renting apartments to tourists by [[November 2028|D|2028-11]], Mayor "
        "[[Jaume Collboni|PERSON]] announced on [[Friday|D|2024-06-21]], in a move to ease a housing crisis that has pushed rents up [[68%|percent|68|%]] in "
        "[[ten years|D|P10Y]].\n\n"
        "The city council will not renew the licences of the [[10,101|count|10101|flat]] flats now approved for short-term lets when they expire, "
        "[[Collboni|PERSON|Jaume Collboni]] told a housing conference in the city. \u201cWe are facing what is probably [[Barcelona|GPE]]'s biggest problem,\u201d he said.\n\n"
        "Deputy Mayor [[Laia Bonet|PERSON]] said the flats would return to the residential market for local families. The [[Catalan|NORP]] government, the "
        "[[Generalitat de Catalunya|ORG|Government of Catalonia]], passed a decree in [[November|D|2023-11]] that lets towns limit such licences.\n\n"
        "[[Apartur|ORG]], the association that represents the owners, said it would go to court. Its director-general, [[Marian Muro|PERSON]], warned that "
        "the ban would push visitors into illegal flats and cost the city jobs.\n\n"
        "[[Last month|D|2024-05]], hundreds of residents marched down [[La Rambla|FAC|La Rambla, Barcelona]] chanting against mass tourism.\n\n"
        "[[Barcelona|GPE]] received [[15.6 million|count|15600000|visitor]] visitors [[last year|D|2023]], according to the [[Barcelona Tourism Observatory|ORG]]. "
        "[[Spain|GPE]]'s [[Housing Ministry|ORG|Ministry of Housing and Urban Agenda]] said it was studying similar rules for other cities.\n",
        [
            ("Jaume Collboni", "announce", "Barcelona will stop renting apartments to tourists by November 2028", False),
            ("Jaume Collboni", "tell", "The city council will not renew the licences of the 10,101 flats now approved for short-term lets when they expire", False),
            ("Jaume Collboni", "say", "We are facing what is probably Barcelona's biggest problem", True),
            ("Laia Bonet", "say", "the flats would return to the residential market for local families", False),
            ("Apartur", "say", "it would go to court", False),
            ("Marian Muro", "warn", "the ban would push visitors into illegal flats and cost the city jobs", False),
            ("Barcelona Tourism Observatory", "according to", "Barcelona received 15.6 million visitors last year", False),
            ("Ministry of Housing and Urban Agenda", "say", "it was studying similar rules for other cities", False),
        ],
    ),
    (
        "own17-ho-09", "bank-regulation", "2025-06-06", "2025-06-06",
        "[[Switzerland|GPE]] wants [[UBS|ORG]] to hold [[$26 billion|money|26000000000|USD]] more capital\n\n"
        "[[ZURICH|GPE|Zurich]], [[June 6|D|2025-06-06]] ([[Reuters|ORG]]) - [[UBS|ORG]] will have to hold [[up to $26 billion|money|26000000000|USD]] in additional core capital "
        "under new rules published on [[Friday|D|2025-06-06]], [[more than two years|D|P2Y]] after the bank's emergency takeover of [[Credit Suisse|ORG]].\n\n"
        "Finance Minister [[Karin Keller-Sutter|PERSON]] told reporters in [[Bern|GPE]] that the measures would make [[UBS|ORG]] safer for taxpayers. \u201cWe must not let "
        "a bank become too big to fail again,\u201d she said.\n\n"
        "The [[Federal Council|ORG|Federal Council (Switzerland)]] said [[UBS|ORG]] would have to fully back its foreign subsidiaries with capital, a change that would be "
        "phased in over [[six|D|P6Y]] to [[eight years|D|P8Y]]. The [[Swiss National Bank|ORG]] said it supported the proposals.\n\n"
        "[[UBS|ORG]] said in a statement that it disagreed with the extreme increase in capital. The bank added that it would work with lawmakers on the "
        "details. Chairman [[Colm Kelleher|PERSON]] has warned that tougher rules could force the bank to consider moving its headquarters abroad.\n\n"
        "Analysts at [[Vontobel|ORG]] estimated that the rules could cut [[UBS|ORG]]'s share buybacks by [[3 billion francs|money|3000000000|CHF]] a year. The proposals "
        "go to parliament, which is not expected to vote before [[2027|D|2027]].\n\n"
        "[[UBS|ORG]] shares rose [[5%|percent|5|%]] after the announcement, as investors had feared even stricter measures.\n",
        [
            ("Karin Keller-Sutter", "tell", "the measures would make UBS safer for taxpayers", False),
            ("Karin Keller-Sutter", "say", "We must not let a bank become too big to fail again", True),
            ("Federal Council (Switzerland)", "say", "UBS would have to fully back its foreign subsidiaries with capital, a change that would be phased in over six to eight years", False),
            ("Swiss National Bank", "say", "it supported the proposals", False),
            ("UBS", "say", "it disagreed with the extreme increase in capital", False),
            ("UBS", "add", "it would work with lawmakers on the details", False),
            ("Colm Kelleher", "warn", "tougher rules could force the bank to consider moving its headquarters abroad", False),
            ("Vontobel", "estimate", "the rules could cut UBS's share buybacks by 3 billion francs a year", False),
        ],
    ),
    (
        "own17-ho-10", "labour-strike", "2024-07-10", "2024-07-10",
        "[[Samsung|ORG|Samsung Electronics]] union declares indefinite strike\n\n"
        "[[SEOUL|GPE|Seoul]], [[July 10|D|2024-07-10]] ([[Yonhap|ORG|Yonhap News Agency]]) -- The largest union at [[Samsung Electronics Co.|ORG|Samsung Electronics]] declared an indefinite "
        "strike on [[Wednesday|D|2024-07-10]], saying management had shown no will to negotiate after a [[three-day|D|P3D]] walkout that began [[Monday|D|2024-07-08]].\n\n"
        "The [[National Samsung Electronics Union|ORG]] ([[NSEU|ORG|National Samsung Electronics Union]]), which represents [[about 30,000|count|30000|worker]] workers, or roughly a "
        "quarter of the company's domestic workforce, is demanding a [[5.6 percent|percent|5.6|%]] pay rise and better bonus terms. The union said "
        "[[some 6,540|count|6540|member]] members had joined the walkout so far.\n\n"
        "\"We will strike until management comes to the table,\" union vice president [[Lee Hyun-kuk|PERSON]] told reporters outside the company's chip plant in "
        "[[Hwaseong|GPE]], south of [[Seoul|GPE]].\n\n"
        "[[Samsung|ORG|Samsung Electronics]] said production had not been disrupted. The company added that it would continue talks with the union in good faith. "
        "It agreed a [[5.1 percent|percent|5.1|%]] average wage increase with its labor-management council [[earlier this year|D|2024]].\n\n"
        "Industry analysts said the strike was unlikely to hurt chip output in the short term, as production lines are highly automated.\n\n"
        "The [[NSEU|ORG|National Samsung Electronics Union]] was founded in [[2019|D|2019]]. It staged the [[first|ordinal|1]] strike in the company's [[55-year|D|P55Y]] history on "
        "[[June 7|D|2024-06-07]], when members took leave together.\n\n"
        "[[Samsung|ORG|Samsung Electronics]] shares closed up [[2.9 percent|percent|2.9|%]] on the [[Korea Exchange|ORG]].\n",
        [
            ("National Samsung Electronics Union", "say", "management had shown no will to negotiate after a three-day walkout that began Monday", False),
            ("National Samsung Electronics Union", "demand", "a 5.6 percent pay rise and better bonus terms", False),
            ("National Samsung Electronics Union", "say", "some 6,540 members had joined the walkout so far", False),
            ("Lee Hyun-kuk", "tell", "We will strike until management comes to the table", True),
            ("Samsung Electronics", "say", "production had not been disrupted", False),
            ("Samsung Electronics", "add", "it would continue talks with the union in good faith", False),
        ],
    ),
    (
        "own17-ho-11", "sport-cricket", "2024-12-19", "2024-12-19",
        "[[India|GPE]] to play [[Champions Trophy|EVENT|2025 ICC Champions Trophy]] matches in [[Dubai|GPE]] under [[ICC|ORG|International Cricket Council]] deal\n\n"
        "[[DUBAI|GPE|Dubai]], [[Dec 19|D|2024-12-19]] ([[AFP|ORG|Agence France-Presse]]) - [[India|GPE]] will play their [[Champions Trophy|EVENT|2025 ICC Champions Trophy]] matches in "
        "[[Dubai|GPE]] rather than [[Pakistan|GPE]] after the [[International Cricket Council|ORG]] agreed a compromise on [[Thursday|D|2024-12-19]] that ends a long standoff "
        "over [[next year|D|2025]]'s tournament.\n\n"
        "The [[ICC|ORG|International Cricket Council]] said in a statement that matches between [[India|GPE]] and [[Pakistan|GPE]] at its events hosted by either country "
        "[[from 2024 to 2027|D|2024/2027]] would be played at a neutral venue.\n\n"
        "The [[eight|count|8|team]]-team tournament will run [[from February 19 to March 9|D|2025-02-19/2025-03-09]], with the final in [[Lahore|GPE]] unless [[India|GPE]] reach "
        "it. [[Lahore|GPE]]'s [[Gaddafi Stadium|FAC]], home of the [[Pakistan Super League|ORG]] club [[Lahore Qalandars|ORG]], is being rebuilt for the event. The [[Pakistan Cricket Board|ORG]] ([[PCB|ORG|Pakistan Cricket Board]]) had insisted that [[India|GPE]] travel, but the "
        "[[Board of Control for Cricket in India|ORG]] ([[BCCI|ORG|Board of Control for Cricket in India]]) said the government had refused permission for security reasons.\n\n"
        "[[PCB|ORG|Pakistan Cricket Board]] chairman [[Mohsin Naqvi|PERSON]] said the deal protected [[Pakistan|GPE]]'s dignity. \"This is a victory for cricket,\" he told "
        "reporters in [[Lahore|GPE]].\n\n"
        "[[BCCI|ORG|Board of Control for Cricket in India]] acting secretary [[Devajit Saikia|PERSON]] said [[India|GPE]] had always wanted the tournament to go ahead. The "
        "[[ICC|ORG|International Cricket Council]]'s new chair, [[Jay Shah|PERSON]], took office on [[Dec. 1|D|2024-12-01]].\n\n"
        "[[Pakistan|GPE]] last hosted an [[ICC|ORG|International Cricket Council]] event in [[1996|D|1996]], when it staged the [[World Cup|EVENT|1996 Cricket World Cup]] with "
        "[[India|GPE]] and [[Sri Lanka|GPE]].\n",
        [
            ("International Cricket Council", "say", "matches between India and Pakistan at its events hosted by either country from 2024 to 2027 would be played at a neutral venue", False),
            ("Pakistan Cricket Board", "insist", "India travel", False),
            ("Board of Control for Cricket in India", "say", "the government had refused permission for security reasons", False),
            ("Mohsin Naqvi", "say", "the deal protected Pakistan's dignity", False),
            ("Mohsin Naqvi", "tell", "This is a victory for cricket", True),
            ("Devajit Saikia", "say", "India had always wanted the tournament to go ahead", False),
        ],
    ),
    (
        "own17-ho-12", "university-funding", "2025-04-15", "2025-04-15",
        "[[Harvard|ORG|Harvard University]] defies [[Trump|PERSON|Donald Trump]]; [[$2.2 billion|money|2200000000|USD]] in grants frozen\n\n"
        "[[CAMBRIDGE|GPE|Cambridge, Massachusetts]], [[Mass.|GPE|Massachusetts]], [[April 15|D|2025-04-15]] ([[AP|ORG|Associated Press]]) \u2014 The [[Trump|PERSON|Donald Trump]] administration froze "
        "[[more than $2.2 billion|money|2200000000|USD]] in multiyear grants and [[$60 million|money|60000000|USD]] in contracts to [[Harvard University|ORG]] on [[Monday|D|2025-04-14]], "
        "hours after the [[Ivy League|ORG]] school said it would not accept government demands to change its hiring, admissions and teaching.\n\n"
        "[[Harvard|ORG|Harvard University]] President [[Alan Garber|PERSON]] wrote in a letter to the campus that the university would not give up its independence or "
        "its constitutional rights. \"No government should dictate what private universities can teach,\" he wrote.\n\n"
        "The [[Department of Education|ORG|United States Department of Education]] said in a statement that [[Harvard|ORG|Harvard University]]'s stance reinforced a troubling "
        "entitlement mindset at the nation's top universities.\n\n"
        "The [[American Association of University Professors|ORG]], which had sued over an earlier round of cuts, praised the decision. Former President "
        "[[Barack Obama|PERSON]], a [[Harvard Law School|ORG]] graduate, called on other institutions to follow [[Harvard|ORG|Harvard University]]'s example.\n\n"
        "[[Harvard|ORG|Harvard University]], founded in [[1636|D|1636]], has an endowment of [[about $53 billion|money|53000000000|USD]], the largest of any "
        "[[U.S.|GPE|United States]] university. [[Columbia University|ORG]] agreed [[last month|D|2025-03]] to several government demands after "
        "[[$400 million|money|400000000|USD]] in funding was cancelled.\n\n"
        "[[Massachusetts|GPE]] Senator [[Elizabeth Warren|PERSON]] said the freeze would hurt medical research in [[Boston|GPE]].\n",
        [
            ("Harvard University", "say", "it would not accept government demands to change its hiring, admissions and teaching", False),
            ("Alan Garber", "write", "the university would not give up its independence or its constitutional rights", False),
            ("Alan Garber", "write", "No government should dictate what private universities can teach", True),
            ("United States Department of Education", "say", "Harvard's stance reinforced a troubling entitlement mindset at the nation's top universities", False),
            ("Barack Obama", "call on", "other institutions to follow Harvard's example", False),
            ("Elizabeth Warren", "say", "the freeze would hurt medical research in Boston", False),
        ],
    ),
    (
        "own17-ho-13", "format-fact-check", "2025-03-14", "2025-03-14",
        "FACT CHECK: [[Thailand|GPE]] is not banning tourists from renting cars\n\n"
        "[[14 March 2025|D|2025-03-14]] \u00b7 Fact-check desk\n\n"
        "CLAIM: [[Thailand|GPE]] will ban foreign tourists from renting cars and motorbikes from [[1 April|D|2025-04-01]], according to posts shared thousands of "
        "times on [[Facebook|PRODUCT]] and [[TikTok|PRODUCT]].\n\n"
        "VERDICT: False. No such ban has been announced.\n\n"
        "THE FACTS: The posts, which first appeared on [[9 March|D|2025-03-09]], show what looks like a screenshot of a [[Bangkok Post|ORG]] article. The newspaper "
        "said it had published no such story.\n\n"
        "[[Thailand|GPE]]'s [[Department of Land Transport|ORG]] told us that foreigners can still rent and drive vehicles with a valid international driving permit. "
        "A spokesperson for the department said the posts had caused \u201cunnecessary worry\u201d among visitors.\n\n"
        "The [[Tourism Authority of Thailand|ORG]] ([[TAT|ORG|Tourism Authority of Thailand]]) said in a post on [[12 March|D|2025-03-12]] that the claim was fake. Tourism and Sports "
        "Minister [[Sorawong Thienthong|PERSON]] said the government wanted more visitors, not fewer, after [[35.5 million|count|35500000|arrival]] foreign arrivals "
        "[[last year|D|2024]].\n\n"
        "Police in [[Phuket|GPE]] have stepped up checks on motorbike riders without licences since [[January|D|2025-01]], which may explain the confusion. "
        "[[Phuket Provincial Police|ORG]] said [[1,283|count|1283|foreigner]] foreigners had been fined in [[the first two months of the year|D|2025-01/2025-02]].\n\n"
        "Rules on international driving permits are set by the [[Geneva Convention on Road Traffic|LAW]], which [[Thailand|GPE]] has signed.\n\n"
        "RELATED: How to spot a fake screenshot\n",
        [
            ("Bangkok Post", "say", "it had published no such story", False),
            ("Department of Land Transport", "tell", "foreigners can still rent and drive vehicles with a valid international driving permit", False),
            ("Department of Land Transport", "say", "the posts had caused \u201cunnecessary worry\u201d among visitors", False),
            ("Tourism Authority of Thailand", "say", "the claim was fake", False),
            ("Sorawong Thienthong", "say", "the government wanted more visitors, not fewer, after 35.5 million foreign arrivals last year", False),
            ("Phuket Provincial Police", "say", "1,283 foreigners had been fined in the first two months of the year", False),
        ],
    ),
    (
        "own17-ho-14", "format-call-readout", "2025-04-29", "2025-04-29",
        "Prime Minister [[Keir Starmer|PERSON]]'s call with Prime Minister [[Mark Carney|PERSON]] of [[Canada|GPE]]: [[29 April 2025|D|2025-04-29]]\n\n"
        "From: [[Prime Minister's Office|ORG|Prime Minister's Office (United Kingdom)]], [[10 Downing Street|FAC]]\n"
        "Published [[29 April 2025|D|2025-04-29]]\n\n"
        "The Prime Minister spoke to Prime Minister [[Mark Carney|PERSON]] of [[Canada|GPE]] this afternoon to congratulate him on the "
        "[[Liberal Party|ORG|Liberal Party of Canada]]'s victory in [[Monday|D|2025-04-28]]'s federal election.\n\n"
        "The Prime Minister said the [[United Kingdom|GPE]] and [[Canada|GPE]] were close allies and friends, bound by history and a shared head of state, "
        "King [[Charles III|PERSON]].\n\n"
        "The leaders discussed the global economy and the impact of tariffs on businesses in both countries. Prime Minister [[Carney|PERSON|Mark Carney]] said "
        "[[Canada|GPE]] wanted to deepen its partnership with the [[UK|GPE|United Kingdom]] and the [[European Union|ORG]]. He noted that trade between the "
        "[[two|count|2|country]] countries had reached [[\u00a327 billion|money|27000000000|GBP]] [[last year|D|2024]].\n\n"
        "On [[Ukraine|GPE]], the Prime Minister updated on the work of the coalition of the willing and welcomed [[Canada|GPE]]'s support for a just and lasting "
        "peace. He said the [[two|count|2|country]] countries should keep up the pressure on [[Russia|GPE]] to agree to a ceasefire.\n\n"
        "The Prime Minister said he looked forward to seeing Prime Minister [[Carney|PERSON|Mark Carney]] at the [[G7|ORG]] summit in [[Alberta|GPE]] in "
        "[[June|D|2025-06]].\n",
        [
            ("Keir Starmer", "say", "the United Kingdom and Canada were close allies and friends, bound by history and a shared head of state, King Charles III", False),
            ("Mark Carney", "say", "Canada wanted to deepen its partnership with the UK and the European Union", False),
            ("Mark Carney", "note", "trade between the two countries had reached \u00a327 billion last year", False),
            ("Keir Starmer", "say", "the two countries should keep up the pressure on Russia to agree to a ceasefire", False),
            ("Keir Starmer", "say", "he looked forward to seeing Prime Minister Carney at the G7 summit in Alberta in June", False),
        ],
    ),
]

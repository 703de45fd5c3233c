"""Held-out set 68 (blind): marked texts of briefs 08-14 and their statements (see
``build_own68_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own68-ho-08", "landsvirkjun-curtailment-large-energy-users", "2023-12-19", "2023-12-19",
        "[[Landsvirkjun|ORG]] – News\n"
        "[[19 December 2023|D|2023-12-19]]\n\n"
        "Curtailment for large energy users in southwest [[Iceland|GPE]]\n\n"
        "[[Landsvirkjun|ORG]], the [[National Power Company of Iceland|ORG|Landsvirkjun]], has notified large energy "
        "users in the southwest of the country – [[Elkem|ORG]], [[Norðurál|ORG]] and [[Rio Tinto|ORG]] – as well as "
        "district heating utilities that their supply of energy will be curtailed. The curtailment will begin on "
        "[[19 January|D|2024-01-19]] and may last until [[30 April|D|2024-04-30]], depending on water levels.\n\n"
        "Inflow to the company’s reservoirs in the highlands has been unusually low since "
        "[[the summer|D|2023-06/2023-08]]. The water level of [[Þórisvatn|LOC]], the largest reservoir, could fall "
        "below [[562 metres|quantity|562|m]] above sea level in [[the spring|D|2024-03/2024-05]], a level reached "
        "only once before, in [[2014|D|2014]].\n\n"
        "Key facts\n"
        "Additional curtailment needed: [[up to 200 GWh|quantity|200|GWh]]\n"
        "Supply to data centres and fish-meal factories: curtailed since [[November|D|2023-11]]\n"
        "Average monthly sales: [[about 1,250 GWh|quantity|1250|GWh]]\n"
        "Priority power supply: not affected\n\n"
        "Chief executive [[Hörður Arnarson|PERSON]] said the company regretted the decision but had no other "
        "option. “We have never curtailed priority power in [[almost 60 years|D|P60Y]] of operation, and we will not "
        "do so now,” he said.\n\n"
        "[[Landsvirkjun|ORG]] estimates its lost revenue at several hundred million krónur. "
        "[[Arnarson|PERSON|Hörður Arnarson]] called for faster reinforcement of the transmission grid operated by "
        "[[Landsnet|ORG]], which limits transfers of energy between regions, and for new generation, including "
        "the [[first|ordinal|1]] wind farms in [[Iceland|GPE]].",
        [
            ("Landsvirkjun", "notify", "their supply of energy will be curtailed", False),
            ("Hörður Arnarson", "say", "the company regretted the decision but had no other option", False),
            ("Hörður Arnarson", "say", "We have never curtailed priority power in almost 60 years of operation, and "
             "we will not do so now", True),
            ("Landsvirkjun", "estimate", "its lost revenue at several hundred million krónur", False),
            ("Hörður Arnarson", "call for", "faster reinforcement of the transmission grid operated by Landsnet, which "
             "limits transfers of energy between regions, and for new generation, including the first wind farms in "
             "Iceland", False),
        ],
    ),
    (
        "own68-ho-09", "wikinews-donald-tusk-elected-prime-minister", "2023-12-11", "2023-12-11",
        "[[Donald Tusk|PERSON]] elected Prime Minister of [[Poland|GPE]]\n\n"
        "[[Monday, December 11, 2023|D|2023-12-11]]\n\n"
        "The [[Sejm|ORG]], the lower house of the [[Polish|NORP]] parliament, [[today|D|2023-12-11]] elected "
        "[[Donald Tusk|PERSON]] as prime minister, hours after the government of [[Mateusz Morawiecki|PERSON]] lost "
        "a vote of confidence.\n\n"
        "Deputies voted [[248|number|248]] to [[201|number|201]] for [[Tusk|PERSON|Donald Tusk]], the leader of the "
        "[[Civic Coalition|ORG|Civic Coalition (Poland)]], with no abstentions. Earlier in the day, "
        "[[266|count|266|deputy]] deputies voted against [[Morawiecki|PERSON|Mateusz Morawiecki]]’s cabinet and "
        "[[190|count|190|deputy]] for it.\n\n"
        "[[Tusk|PERSON|Donald Tusk]], who was prime minister [[from 2007 to 2014|D|2007/2014]] and President of the "
        "[[European Council|ORG]] [[from 2014 to 2019|D|2014/2019]], leads a coalition of the "
        "[[Civic Coalition|ORG|Civic Coalition (Poland)]], the [[Third Way|ORG|Third Way (Poland)]] and "
        "[[The Left|ORG|The Left (Poland)]], which together won [[248|count|248|seat]] of the "
        "[[460|count|460|seat]] seats in the election of [[October 15|D|2023-10-15]]. [[Law and Justice|ORG]] "
        "([[PiS|ORG|Law and Justice]]) won [[194|count|194|seat]] seats, the most of any party, but found no "
        "partners to govern.\n\n"
        "“Thank you, [[Poland|GPE]]. This is a really big day,” [[Tusk|PERSON|Donald Tusk]] told deputies after the "
        "vote. He pledged to restore the rule of law and to unlock billions of euros of "
        "[[European Union|ORG]] funds.\n\n"
        "President [[Andrzej Duda|PERSON]] is to swear in the new government on [[Wednesday|D|2023-12-13]]. "
        "[[Tusk|PERSON|Donald Tusk]] said he would attend the [[European Council|ORG]] summit in "
        "[[Brussels|GPE]] on [[December 14–15|D|2023-12-14/2023-12-15]], where leaders are to decide on opening "
        "accession talks with [[Ukraine|GPE]].\n\n"
        "[[Morawiecki|PERSON|Mateusz Morawiecki]], prime minister since [[2017|D|2017]], wrote on social media that "
        "it had been an honour to serve.",
        [
            ("Donald Tusk", "tell", "Thank you, Poland. This is a really big day", True),
            ("Donald Tusk", "pledge", "restore the rule of law and to unlock billions of euros of European Union "
             "funds", False),
            ("Donald Tusk", "say", "he would attend the European Council summit in Brussels on December 14–15, where "
             "leaders are to decide on opening accession talks with Ukraine", False),
            ("Mateusz Morawiecki", "write", "it had been an honour to serve", False),
        ],
    ),
    (
        "own68-ho-10", "wikinews-john-mahama-sworn-in-ghana", "2025-01-07", "2025-01-07",
        "[[John Mahama|PERSON]] sworn in as President of [[Ghana|GPE]]\n\n"
        "[[Tuesday, January 7, 2025|D|2025-01-07]]\n\n"
        "[[John Dramani Mahama|PERSON|John Mahama]] was sworn in [[today|D|2025-01-07]] as President of "
        "[[Ghana|GPE]] at [[Black Star Square|FAC]] in [[Accra|GPE]]. [[Jane Naana Opoku-Agyemang|PERSON]] took "
        "the oath as vice president, the [[first|ordinal|1]] woman to hold the office.\n\n"
        "[[Mahama|PERSON|John Mahama]], the candidate of the "
        "[[National Democratic Congress|ORG|National Democratic Congress (Ghana)]] "
        "([[NDC|ORG|National Democratic Congress (Ghana)]]), won the election of [[December 7|D|2024-12-07]] with "
        "[[56.55 percent|percent|56.55|%]] of the vote. Vice President [[Mahamudu Bawumia|PERSON]] of the "
        "[[New Patriotic Party|ORG]] ([[NPP|ORG|New Patriotic Party]]) received "
        "[[41.61 percent|percent|41.61|%]] and conceded on [[December 8|D|2024-12-08]]. "
        "[[Mahama|PERSON|John Mahama]] was previously president [[from 2012 to 2017|D|2012/2017]].\n\n"
        "In his inaugural address, [[Mahama|PERSON|John Mahama]] pledged a “reset” of [[Ghana|GPE]] and a "
        "government of [[no more than 60|count|60|minister]] ministers. He said the public debt had become a burden "
        "on every citizen, and promised to bring it below [[55 percent|percent|55|%]] of GDP by [[2028|D|2028]]. "
        "“We will not disappoint you,” he told the crowd.\n\n"
        "Outgoing President [[Nana Akufo-Addo|PERSON]] handed over after [[two|count|2|term]] "
        "[[four-year|D|P4Y]] terms. [[Some 21|count|21|president]] presidents and prime ministers attended, among them "
        "[[Nigeria|GPE]]’s President [[Bola Tinubu|PERSON]].\n\n"
        "[[Ghana|GPE]] is recovering from a debt crisis; in [[2023|D|2023]] it agreed a "
        "[[US$3 billion|money|3000000000|USD]] loan with the [[International Monetary Fund|ORG]], and inflation "
        "ended [[last year|D|2024]] at [[23.8 percent|percent|23.8|%]].",
        [
            ("John Mahama", "pledge", "a “reset” of Ghana and a government of no more than 60 ministers", False),
            ("John Mahama", "say", "the public debt had become a burden on every citizen", False),
            ("John Mahama", "promise", "bring it below 55 percent of GDP by 2028", False),
            ("John Mahama", "tell", "We will not disappoint you", True),
        ],
    ),
    (
        "own68-ho-11", "wikinews-halla-tomasdottir-elected-president-iceland", "2024-06-02", "2024-06-02",
        "[[Halla Tómasdóttir|PERSON]] elected President of [[Iceland|GPE]]\n\n"
        "[[Sunday, June 2, 2024|D|2024-06-02]]\n\n"
        "Businesswoman [[Halla Tómasdóttir|PERSON]] has won [[Iceland|GPE]]’s presidential election, defeating "
        "former prime minister [[Katrín Jakobsdóttir|PERSON]], according to final results published "
        "[[today|D|2024-06-02]].\n\n"
        "[[Tómasdóttir|PERSON|Halla Tómasdóttir]] took [[34.3 percent|percent|34.3|%]] of the vote in "
        "[[Saturday|D|2024-06-01]]’s election, ahead of [[Jakobsdóttir|PERSON|Katrín Jakobsdóttir]] with "
        "[[25.2 percent|percent|25.2|%]] and [[Halla Hrund Logadóttir|PERSON]] with "
        "[[15.5 percent|percent|15.5|%]]. Comedian and former [[Reykjavík|GPE]] mayor [[Jón Gnarr|PERSON]] came "
        "fourth with [[10.2 percent|percent|10.2|%]]. Turnout was [[80.8 percent|percent|80.8|%]] of "
        "[[about 267,000|count|267000|voter]] registered voters.\n\n"
        "[[Twelve|count|12|candidate]] candidates stood, a record. [[Tómasdóttir|PERSON|Halla Tómasdóttir]] will be "
        "the [[second|ordinal|2]] woman to hold the office, after [[Vigdís Finnbogadóttir|PERSON]], who was "
        "president [[from 1980 to 1996|D|1980/1996]]. She will succeed [[Guðni Th. Jóhannesson|PERSON]], who chose "
        "not to seek a [[third|ordinal|3]] term, on [[August 1|D|2024-08-01]].\n\n"
        "[[Jakobsdóttir|PERSON|Katrín Jakobsdóttir]], who resigned as prime minister in [[April|D|2024-04]] to run, "
        "conceded early this morning. “I congratulate her, and I know she will be a good president,” she said.\n\n"
        "[[Tómasdóttir|PERSON|Halla Tómasdóttir]] told supporters in [[Reykjavík|GPE]] that she wanted "
        "[[Bessastaðir|FAC]], the presidential residence, to be “a home for our national compass” for all "
        "[[Icelanders|NORP|Icelander]]. She said she would "
        "focus on the mental health of young people and on the effects of artificial intelligence.\n\n"
        "The office is largely ceremonial, but the president can refer laws passed by the [[Althing|ORG]] to a "
        "referendum.",
        [
            ("Katrín Jakobsdóttir", "say", "I congratulate her, and I know she will be a good president", True),
            ("Halla Tómasdóttir", "tell", "she wanted Bessastaðir, the presidential residence, to be “a home for our "
             "national compass” for all Icelanders", False),
            ("Halla Tómasdóttir", "say", "she would focus on the mental health of young people and on the effects of "
             "artificial intelligence", False),
        ],
    ),
    (
        "own68-ho-12", "reuters-accra-rawlings-re-elected", "1996-12-10", "1996-12-10",
        "[[Rawlings|PERSON|Jerry Rawlings]] re-elected [[Ghana|GPE]] president with [[57 percent|percent|57|%]].\n\n"
        "[[ACCRA|GPE|Accra]] [[1996-12-10|D|1996-12-10]]\n\n"
        "[[Ghana|GPE]]'s President [[Jerry Rawlings|PERSON]] has won a [[second|ordinal|2]] [[four-year|D|P4Y]] "
        "term with [[57.4 percent|percent|57.4|%]] of the vote in [[Saturday|D|1996-12-07]]'s election, the "
        "[[Electoral Commission|ORG|Electoral Commission of Ghana]] said on [[Tuesday|D|1996-12-10]].\n\n"
        "[[Commission|ORG|Electoral Commission of Ghana]] chairman [[Kwadwo Afari-Gyan|PERSON]] told a news "
        "conference in [[Accra|GPE]] that [[Rawlings|PERSON|Jerry Rawlings]], of the "
        "[[National Democratic Congress|ORG|National Democratic Congress (Ghana)]] "
        "([[NDC|ORG|National Democratic Congress (Ghana)]]), polled [[4,099,758|count|4099758|vote]] votes. "
        "[[John Kufuor|PERSON]] of the opposition [[Great Alliance|ORG]] won [[39.7 percent|percent|39.7|%]] and "
        "[[Edward Mahama|PERSON]] of the [[People's National Convention|ORG|People's National Convention (Ghana)]] "
        "[[3.0 percent|percent|3|%]].\n\n"
        "Turnout was [[78 percent|percent|78|%]] of [[9.2 million|count|9200000|voter]] registered voters, "
        "[[Afari-Gyan|PERSON|Kwadwo Afari-Gyan]] said.\n\n"
        "[[Kufuor|PERSON|John Kufuor]], whose [[New Patriotic Party|ORG]] swept the "
        "[[Ashanti|GPE|Ashanti Region]] region around [[Kumasi|GPE]], said the opposition would study reports of "
        "irregularities before deciding whether to accept the result.\n\n"
        "\"The people have spoken and [[Ghana|GPE]] has shown that democracy works in [[Africa|LOC]],\" "
        "[[Rawlings|PERSON|Jerry Rawlings]] told cheering supporters at the [[Castle|FAC|Osu Castle]], the seat of "
        "government.\n\n"
        "The [[NDC|ORG|National Democratic Congress (Ghana)]] also kept its majority in the "
        "[[200|count|200|seat]]-seat parliament, winning [[at least 130|count|130|seat]] seats according to partial "
        "results.\n\n"
        "The cedi firmed to [[1,760 cedis|money|1760|GHC]] to the dollar from [[1,775 cedis|money|1775|GHC]] on "
        "[[Monday|D|1996-12-09]], dealers said. [[Rawlings|PERSON|Jerry Rawlings]], a former air force flight "
        "lieutenant who first seized power in [[1979|D|1979]], will be sworn in on [[January 7|D|1997-01-07]].",
        [
            ("Electoral Commission of Ghana", "say", "Ghana's President Jerry Rawlings has won a second four-year term "
             "with 57.4 percent of the vote in Saturday's election", False),
            ("Kwadwo Afari-Gyan", "tell", "Rawlings, of the National Democratic Congress (NDC), polled 4,099,758 votes",
             False),
            ("Kwadwo Afari-Gyan", "say", "Turnout was 78 percent of 9.2 million registered voters", False),
            ("John Kufuor", "say", "the opposition would study reports of irregularities before deciding whether to "
             "accept the result", False),
            ("Jerry Rawlings", "tell", "The people have spoken and Ghana has shown that democracy works in Africa",
             True),
        ],
    ),
    (
        "own68-ho-13", "reuters-danish-first-division-results-standings", "1996-10-27", "1996-10-27",
        "SOCCER - [[DANISH|NORP|Danish]] FIRST DIVISION RESULTS / STANDINGS.\n\n"
        "[[COPENHAGEN|GPE|Copenhagen]] [[1996-10-27|D|1996-10-27]]\n\n"
        "Results of [[Danish|NORP]] first division soccer matches played on [[Saturday|D|1996-10-26]] and "
        "[[Sunday|D|1996-10-27]]:\n\n"
        "[[Aalborg|ORG|AaB Fodbold]] [[2|number|2]] [[Herfoelge|ORG|Herfølge Boldklub]] [[0|number|0]]\n"
        "[[Aarhus|ORG|Aarhus Gymnastikforening]] [[3|number|3]] [[Viborg|ORG|Viborg FF]] [[3|number|3]]\n"
        "[[AB Copenhagen|ORG|Akademisk Boldklub]] [[1|number|1]] [[Lyngby|ORG|Lyngby Boldklub]] [[2|number|2]]\n"
        "[[Brondby|ORG|Brøndby IF]] [[4|number|4]] [[Hvidovre|ORG|Hvidovre IF]] [[1|number|1]]\n"
        "[[FC Copenhagen|ORG|F.C. Copenhagen]] [[0|number|0]] [[Vejle|ORG|Vejle Boldklub]] [[1|number|1]]\n"
        "[[Silkeborg|ORG|Silkeborg IF]] [[2|number|2]] [[Odense|ORG|Odense Boldklub]] [[1|number|1]]\n\n"
        "[[Ebbe Sand|PERSON]] scored twice as leaders [[Brondby|ORG|Brøndby IF]] beat newly promoted "
        "[[Hvidovre|ORG|Hvidovre IF]] [[4|number|4]]-[[1|number|1]] to go [[four|count|4|point]] points clear of "
        "[[Vejle|ORG|Vejle Boldklub]], who won [[1|number|1]]-[[0|number|0]] in [[Copenhagen|GPE]]. "
        "[[Aarhus|ORG|Aarhus Gymnastikforening]] came back from [[3|number|3]]-[[1|number|1]] down to draw with "
        "[[Viborg|ORG|Viborg FF]], and [[Lyngby|ORG|Lyngby Boldklub]] won a local derby at "
        "[[AB Copenhagen|ORG|Akademisk Boldklub]].\n\n"
        "\"We are playing with confidence, but the title is still a long way off,\" "
        "[[Brondby|ORG|Brøndby IF]] coach [[Ebbe Skovdahl|PERSON]] told [[Danish|NORP]] radio.\n\n"
        "Standings (tabulate under played, won, drawn, lost, goals for, goals against, points):\n\n"
        "[[Brondby|ORG|Brøndby IF]]     [[15|number|15]] [[10|number|10]] [[3|number|3]] [[2|number|2]] "
        "[[33|number|33]] [[15|number|15]] [[33|number|33]]\n"
        "[[Vejle|ORG|Vejle Boldklub]]       [[15|number|15]] [[8|number|8]] [[5|number|5]] [[2|number|2]] "
        "[[27|number|27]] [[16|number|16]] [[29|number|29]]\n"
        "[[Aarhus|ORG|Aarhus Gymnastikforening]]      [[15|number|15]] [[7|number|7]] [[5|number|5]] [[3|number|3]] "
        "[[32|number|32]] [[22|number|22]] [[26|number|26]]\n"
        "[[Herfoelge|ORG|Herfølge Boldklub]]   [[15|number|15]] [[7|number|7]] [[3|number|3]] [[5|number|5]] "
        "[[21|number|21]] [[19|number|19]] [[24|number|24]]\n"
        "[[Aalborg|ORG|AaB Fodbold]]     [[15|number|15]] [[6|number|6]] [[5|number|5]] [[4|number|4]] "
        "[[22|number|22]] [[18|number|18]] [[23|number|23]]\n"
        "[[Silkeborg|ORG|Silkeborg IF]]   [[15|number|15]] [[6|number|6]] [[4|number|4]] [[5|number|5]] "
        "[[20|number|20]] [[19|number|19]] [[22|number|22]]\n\n"
        "[[Brondby|ORG|Brøndby IF]] play [[Aarhus|ORG|Aarhus Gymnastikforening]] [[next Sunday|D|1996-11-03]].",
        [
            ("Ebbe Skovdahl", "tell", "We are playing with confidence, but the title is still a long way off", True),
        ],
    ),
    (
        "own68-ho-14", "reuters-prague-czech-senate-election", "1996-11-24", "1996-11-24",
        "[[Klaus|PERSON|Václav Klaus]]'s party wins most seats in [[first|ordinal|1]] "
        "[[Czech Senate|ORG|Senate of the Czech Republic]].\n\n"
        "[[PRAGUE|GPE|Prague]] [[1996-11-24|D|1996-11-24]]\n\n"
        "Prime Minister [[Vaclav Klaus|PERSON|Václav Klaus]]'s "
        "[[Civic Democratic Party|ORG|Civic Democratic Party (Czech Republic)]] "
        "([[ODS|ORG|Civic Democratic Party (Czech Republic)]]) won [[32|count|32|seat]] of the [[81|count|81|seat]] "
        "seats in the [[Czech Republic|GPE]]'s [[first|ordinal|1]] [[Senate|ORG|Senate of the Czech Republic]] after "
        "run-off voting on [[Friday|D|1996-11-22]] and [[Saturday|D|1996-11-23]], the "
        "[[Czech Statistical Office|ORG]] said on [[Sunday|D|1996-11-24]].\n\n"
        "The opposition [[Social Democrats|ORG|Social Democracy (Czech Republic)]] "
        "([[CSSD|ORG|Social Democracy (Czech Republic)]]) of [[Milos Zeman|PERSON|Miloš Zeman]] took "
        "[[25|count|25|seat]] seats, the [[Christian Democrats|ORG|KDU-ČSL]] ([[KDU-CSL|ORG|KDU-ČSL]]) "
        "[[13|count|13|seat]] and the [[Civic Democratic Alliance|ORG]] ([[ODA|ORG|Civic Democratic Alliance]]) "
        "[[seven|count|7|seat]]. The [[Communists|ORG|Communist Party of Bohemia and Moravia]] won "
        "[[two|count|2|seat]] seats, and the [[Democratic Union|ORG|Democratic Union (Czech Republic)]] and an "
        "independent [[one|count|1|seat]] each.\n\n"
        "Turnout in the [[second|ordinal|2]] round was [[30.6 percent|percent|30.6|%]], down from "
        "[[34.9 percent|percent|34.9|%]] in the [[first|ordinal|1]] round on "
        "[[November 15-16|D|1996-11-15/1996-11-16]].\n\n"
        "[[Klaus|PERSON|Václav Klaus]] told reporters the result showed that voters trusted his coalition of "
        "[[three|count|3|party]] parties, which together hold [[52|count|52|seat]] seats in the upper house. \"The "
        "[[Senate|ORG|Senate of the Czech Republic]] will be a chamber of reason, not of obstruction,\" he said.\n\n"
        "[[Zeman|PERSON|Miloš Zeman]] said the low turnout showed that [[Czechs|NORP|Czech]] saw no need for a "
        "[[Senate|ORG|Senate of the Czech Republic]], and called for the chamber's powers to be limited.\n\n"
        "The crown was steady at [[27.10 crowns|money|27.1|CZK]] to the dollar on [[Friday|D|1996-11-22]], and the "
        "PX-50 index of the [[Prague Stock Exchange|ORG]] fell [[0.8 percent|percent|0.8|%]] to "
        "[[546.3|number|546.3]], dealers said.\n\n"
        "Senators were elected for terms of [[two|D|P2Y]], [[four|D|P4Y]] and [[six years|D|P6Y]], so that a third "
        "of the chamber is renewed every two years from [[1998|D|1998]].",
        [
            ("Czech Statistical Office", "say", "Prime Minister Vaclav Klaus's Civic Democratic Party (ODS) won 32 of "
             "the 81 seats in the Czech Republic's first Senate after run-off voting on Friday and Saturday", False),
            ("Václav Klaus", "tell", "the result showed that voters trusted his coalition of three parties, which "
             "together hold 52 seats in the upper house", False),
            ("Václav Klaus", "say", "The Senate will be a chamber of reason, not of obstruction", True),
            ("Miloš Zeman", "say", "the low turnout showed that Czechs saw no need for a Senate", False),
            ("Miloš Zeman", "call for", "the chamber's powers to be limited", False),
        ],
    ),
]

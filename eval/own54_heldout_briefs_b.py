"""Held-out set 54 (blind): marked texts of briefs 08-14 and their statements (see
``build_own54_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own54-ho-08", "dominican-mitur-arrivals", "2025-01-08", "2025-01-08",
        "[[MINISTRY OF TOURISM|ORG|Ministry of Tourism (Dominican Republic)]]\n"
        "[[Santo Domingo|GPE]], [[8 January 2025|D|2025-01-08]]\n\n"
        "[[DOMINICAN REPUBLIC|GPE|Dominican Republic]] WELCOMES [[11.2 MILLION|count|11200000|visitor]] "
        "VISITORS IN [[2024|D|2024]]\n\n"
        "The [[Dominican Republic|GPE]] received [[11,230,000|count|11230000|visitor]] visitors in "
        "[[2024|D|2024]], a record for the [[third|ordinal|3]] year in a row, the [[Ministry of "
        "Tourism|ORG|Ministry of Tourism (Dominican Republic)]] announced [[today|D|2025-01-08]].\n\n"
        "Arrivals, [[2024|D|2024]]\n"
        "Non-resident air passengers    [[8,540,000|count|8540000|passenger]]    [[+6.2%|percent|6.2|%]]\n"
        "Cruise passengers              [[2,690,000|count|2690000|passenger]]    [[+18.5%|percent|18.5|%]]\n"
        "Largest market: [[United States|GPE]], [[3.7 million|count|3700000|visitor]] visitors\n\n"
        "The [[Central Bank of the Dominican Republic|ORG]] estimates that tourism brought in "
        "[[US$11.7 billion|money|11700000000|USD]] in [[2024|D|2024]], [[about 15%|percent|15|%]] of GDP. "
        "President [[Luis Abinader|PERSON]] said on social media that the sector now employs "
        "[[more than 360,000|count|360000|person]] people directly.\n\n"
        "Excerpt from the press conference:\n"
        "MINISTER [[DAVID COLLADO|PERSON|David Collado]]: We are now the leading destination in the "
        "[[Caribbean|LOC]]. For [[2025|D|2025]] we expect [[12 million|count|12000000|visitor]] visitors.\n"
        "REPORTER: And the airports?\n"
        "[[COLLADO|PERSON|David Collado]]: [[Punta Cana International Airport|FAC]] alone handled "
        "[[more than five million|count|5000000|passenger]] passengers. The average hotel rate rose to "
        "[[RD$9,800|money|9800|DOP]] a night.\n\n"
        "[[Asonahores|ORG]], the hotel association, warned that the country would need "
        "[[about 10,000|count|10000|room]] new hotel rooms by [[2028|D|2028]]. Its president, "
        "[[David Llibre|PERSON]], called for faster work on the coastal road to "
        "[[Pedernales|GPE|Pedernales, Dominican Republic]], where the [[first|ordinal|1]] hotels are due to "
        "open in [[2026|D|2026]].",
        [
            ("Ministry of Tourism (Dominican Republic)", "announce", "The Dominican Republic received 11,230,000 "
             "visitors in 2024, a record for the third year in a row", False),
            ("Central Bank of the Dominican Republic", "estimate", "tourism brought in US$11.7 billion in 2024, "
             "about 15% of GDP", False),
            ("Luis Abinader", "say", "the sector now employs more than 360,000 people directly", False),
            ("Asonahores", "warn", "the country would need about 10,000 new hotel rooms by 2028", False),
            ("David Llibre", "call for", "faster work on the coastal road to Pedernales", False),
        ],
    ),
    (
        "own54-ho-09", "wikinews-uruguay-orsi-runoff", "2024-11-25", "2024-11-25",
        "[[Monday, November 25, 2024|D|2024-11-25]]\n\n"
        "[[Yamandú Orsi|PERSON]] of the left-wing [[Broad Front|ORG|Broad Front (Uruguay)]] won "
        "[[Uruguay|GPE]]’s presidential runoff on [[Sunday|D|2024-11-24]], defeating [[Álvaro Delgado|PERSON]] "
        "of the governing [[National Party|ORG|National Party (Uruguay)]], according to preliminary results "
        "from the [[Electoral Court|ORG|Electoral Court (Uruguay)]].\n\n"
        "With nearly all ballots counted, [[Orsi|PERSON|Yamandú Orsi]], a [[57-year-old|D|P57Y]] former history "
        "teacher and twice mayor of [[Canelones|GPE|Canelones Department]], had [[49.8%|percent|49.8|%]] of the "
        "vote against [[45.9%|percent|45.9|%]] for [[Delgado|PERSON|Álvaro Delgado]]. "
        "[[About 2.7 million|count|2700000|voter]] [[Uruguayans|NORP|Uruguayan]] were eligible to vote, and "
        "voting is compulsory.\n\n"
        "“The country that wins is the country that always invites everyone,” [[Orsi|PERSON|Yamandú Orsi]] told "
        "supporters in [[Montevideo|GPE]]. He pledged to govern with the opposition and to call a national "
        "dialogue on social security.\n\n"
        "[[Delgado|PERSON|Álvaro Delgado]] conceded defeat within hours. Outgoing President [[Luis Lacalle "
        "Pou|PERSON]], who could not run for a [[second|ordinal|2]] consecutive term, said he had called "
        "[[Orsi|PERSON|Yamandú Orsi]] to offer his help with the transition.\n\n"
        "[[Orsi|PERSON|Yamandú Orsi]] and his running mate, [[Carolina Cosse|PERSON]], will take office on "
        "[[March 1|D|2025-03-01]]. The [[Broad Front|ORG|Broad Front (Uruguay)]] governed [[Uruguay|GPE]] "
        "[[from 2005 to 2020|D|2005/2020]] under [[Tabaré Vázquez|PERSON]] and [[José Mujica|PERSON]]. The "
        "[[89-year-old|D|P89Y]] [[Mujica|PERSON|José Mujica]], who is being treated for cancer, told reporters "
        "that [[Orsi|PERSON|Yamandú Orsi]] would be “a president for everyone” and would unite the country.",
        [
            ("Electoral Court (Uruguay)", "according to", "Yamandú Orsi of the left-wing Broad Front won Uruguay’s "
             "presidential runoff on Sunday, defeating Álvaro Delgado of the governing National Party", False),
            ("Yamandú Orsi", "tell", "The country that wins is the country that always invites everyone", True),
            ("Yamandú Orsi", "pledge", "govern with the opposition and to call a national dialogue on social "
             "security", False),
            ("Luis Lacalle Pou", "say", "he had called Orsi to offer his help with the transition", False),
            ("José Mujica", "tell", "Orsi would be “a president for everyone” and would unite the country", False),
        ],
    ),
    (
        "own54-ho-10", "wikinews-peru-boluarte-removed", "2025-10-10", "2025-10-10",
        "[[Friday, October 10, 2025|D|2025-10-10]]\n\n"
        "[[Peru|GPE]]’s [[Congress|ORG|Congress of the Republic of Peru]] removed President [[Dina "
        "Boluarte|PERSON]] from office early [[today|D|2025-10-10]], and [[José Jerí|PERSON]], the president of "
        "[[Congress|ORG|Congress of the Republic of Peru]], was sworn in as head of state hours later.\n\n"
        "Lawmakers voted [[122|number|122]]-[[0|number|0]] to declare [[Boluarte|PERSON|Dina Boluarte]]’s "
        "“permanent moral incapacity” after a wave of extortion and killings in [[Lima|GPE]], including a "
        "shooting at a concert on [[Wednesday|D|2025-10-08]] that injured [[five|count|5|person]] people.\n\n"
        "[[Boluarte|PERSON|Dina Boluarte]], who had been in office since [[December 2022|D|2022-12]], was the "
        "[[sixth|ordinal|6]] president of [[Peru|GPE]] since [[2016|D|2016]]. Leaving the [[Government "
        "Palace|FAC|Government Palace (Peru)]], she told reporters that she had always put the country first "
        "and had “never thought of” resigning.\n\n"
        "The [[38-year-old|D|P38Y]] [[Jerí|PERSON|José Jerí]], a lawyer from the centre-right "
        "[[Somos Perú|ORG]] party, said in his [[first|ordinal|1]] speech that his government would declare war "
        "on crime. He pledged to hand over power after the general election of "
        "[[12 April 2026|D|2026-04-12]].\n\n"
        "The [[Lima Chamber of Commerce|ORG]] estimates that extortion cost businesses "
        "[[about 4 billion soles|money|4000000000|PEN]] ([[US$1.1 billion|money|1100000000|USD]]) "
        "[[last year|D|2024]]. The [[National Police of Peru|ORG]] reported "
        "[[more than 1,800|count|1800|complaint]] complaints of extortion in [[Lima|GPE]] in "
        "[[September|D|2025-09]].\n\n"
        "[[Peruvian|NORP]] bus drivers staged a strike in the capital [[last week|D|2025-W40]], and "
        "[[United States|GPE]] Secretary of State [[Marco Rubio|PERSON]] said [[Washington|GPE|Washington, "
        "D.C.]] would work with the new government.",
        [
            ("Dina Boluarte", "tell", "she had always put the country first and had “never thought of” resigning",
             False),
            ("José Jerí", "say", "his government would declare war on crime", False),
            ("José Jerí", "pledge", "hand over power after the general election of 12 April 2026", False),
            ("Lima Chamber of Commerce", "estimate", "extortion cost businesses about 4 billion soles (US$1.1 "
             "billion) last year", False),
            ("National Police of Peru", "report", "more than 1,800 complaints of extortion in Lima in September",
             False),
            ("Marco Rubio", "say", "Washington would work with the new government", False),
        ],
    ),
    (
        "own54-ho-11", "wikinews-finland-stubb-elected", "2024-02-12", "2024-02-12",
        "[[Monday, February 12, 2024|D|2024-02-12]]\n\n"
        "[[Alexander Stubb|PERSON]] of the centre-right [[National Coalition Party|ORG]] won "
        "[[Finland|GPE]]’s presidential election on [[Sunday|D|2024-02-11]], defeating former foreign minister "
        "[[Pekka Haavisto|PERSON]] in a runoff, the [[Ministry of Justice|ORG|Ministry of Justice (Finland)]] "
        "said.\n\n"
        "[[Stubb|PERSON|Alexander Stubb]] received [[51.6%|percent|51.6|%]] of the vote to "
        "[[48.4%|percent|48.4|%]] for [[Haavisto|PERSON|Pekka Haavisto]], a member of the [[Green "
        "League|ORG]] who stood as an independent. Turnout was [[70.7%|percent|70.7|%]], down "
        "[[about four percentage points|percent|4|pp]] from the [[first|ordinal|1]] round on "
        "[[January 28|D|2024-01-28]].\n\n"
        "“This is the greatest honour of my life,” [[Stubb|PERSON|Alexander Stubb]] told supporters in "
        "[[Helsinki|GPE]]. The [[55-year-old|D|P55Y]] former prime minister pledged to be a president for all "
        "[[Finns|NORP|Finn]] and to keep [[Finland|GPE]] firmly anchored in [[NATO|ORG]].\n\n"
        "It was the [[first|ordinal|1]] presidential election since [[Finland|GPE]] joined [[NATO|ORG]] in "
        "[[April 2023|D|2023-04]], after decades of military non-alignment. [[Finland|GPE]] shares a "
        "[[1,340-kilometre|quantity|1340|km]] border with [[Russia|GPE]], which has been closed since "
        "[[December 2023|D|2023-12]].\n\n"
        "[[Haavisto|PERSON|Pekka Haavisto]] conceded and said [[Stubb|PERSON|Alexander Stubb]] had won “a clear "
        "victory” and wished him well. Prime Minister [[Petteri Orpo|PERSON]] said the new president would be a strong voice for "
        "[[Finland|GPE]] in the world.\n\n"
        "[[Stubb|PERSON|Alexander Stubb]] will take office on [[March 1|D|2024-03-01]], succeeding "
        "[[Sauli Niinistö|PERSON]], who served [[two|count|2|term]] [[six-year|D|P6Y]] terms.",
        [
            ("Ministry of Justice (Finland)", "say", "Alexander Stubb of the centre-right National Coalition Party "
             "won Finland’s presidential election on Sunday, defeating former foreign minister Pekka Haavisto in "
             "a runoff", False),
            ("Alexander Stubb", "tell", "This is the greatest honour of my life", True),
            ("Alexander Stubb", "pledge", "be a president for all Finns and to keep Finland firmly anchored in NATO",
             False),
            ("Pekka Haavisto", "say", "Stubb had won “a clear victory” and wished him well", False),
            ("Petteri Orpo", "say", "the new president would be a strong voice for Finland in the world", False),
        ],
    ),
    (
        "own54-ho-12", "wire-kiev-hryvna", "1996-08-25", "1996-08-25",
        "[[UKRAINE|GPE|Ukraine]] TO LAUNCH HRYVNA ON [[SEPTEMBER 2|D|1996-09-02]] - [[KUCHMA|PERSON|Leonid Kuchma]].\n\n"
        "[[KIEV|GPE|Kyiv]] [[1996-08-25|D|1996-08-25]]\n\n"
        "[[Ukrainian|NORP]] President [[Leonid Kuchma|PERSON]] said on [[Sunday|D|1996-08-25]] that the "
        "national currency, the hryvna, would be introduced on [[September 2|D|1996-09-02]], replacing the "
        "karbovanets at a rate of [[100,000 karbovanets|money|100000|UAK]] to [[one hryvna|money|1|UAH]].\n\n"
        "\"It is a day our people have waited for since independence,\" [[Kuchma|PERSON|Leonid Kuchma]] said in "
        "a televised address. [[Ukraine|GPE]] marked [[five years|D|P5Y]] of independence on "
        "[[Saturday|D|1996-08-24]].\n\n"
        "[[National Bank of Ukraine|ORG]] governor [[Viktor Yushchenko|PERSON]] said the bank had reserves of "
        "[[about $2 billion|money|2000000000|USD]] to support the hryvna, which would trade at "
        "[[around 1.76 hryvnas|money|1.76|UAH]] to the dollar.\n\n"
        "[[Yushchenko|PERSON|Viktor Yushchenko]] told reporters that karbovanets could be exchanged without "
        "limit for [[two weeks|D|P2W]] and that old notes would be withdrawn by [[September 16|D|1996-09-16]].\n\n"
        "The [[International Monetary Fund|ORG]], which approved a [[$867 million|money|867000000|USD]] "
        "stand-by loan for [[Ukraine|GPE]] in [[May|D|1996-05]], said on [[Friday|D|1996-08-23]] that the reform "
        "would strengthen confidence in the economy.\n\n"
        "Monthly inflation slowed to [[0.1 percent|percent|0.1|%]] in [[July|D|1996-07]] from "
        "[[0.7 percent|percent|0.7|%]] in [[June|D|1996-06]], the [[Statistics Ministry|ORG|Ministry of "
        "Statistics of Ukraine]] said.\n\n"
        "Prime Minister [[Pavlo Lazarenko|PERSON]] promised to pay wage arrears of "
        "[[120 trillion karbovanets|money|120000000000000|UAK]] by [[December|D|1996-12]].\n\n"
        "-- [[Kiev|GPE|Kyiv]] newsroom +380 44 244 9150",
        [
            ("Leonid Kuchma", "say", "the national currency, the hryvna, would be introduced on September 2, "
             "replacing the karbovanets at a rate of 100,000 karbovanets to one hryvna", False),
            ("Leonid Kuchma", "say", "It is a day our people have waited for since independence", True),
            ("Viktor Yushchenko", "say", "the bank had reserves of about $2 billion to support the hryvna, which "
             "would trade at around 1.76 hryvnas to the dollar", False),
            ("Viktor Yushchenko", "tell", "karbovanets could be exchanged without limit for two weeks and that old "
             "notes would be withdrawn by September 16", False),
            ("International Monetary Fund", "say", "the reform would strengthen confidence in the economy", False),
            ("Ministry of Statistics of Ukraine", "say", "Monthly inflation slowed to 0.1 percent in July from 0.7 "
             "percent in June", False),
            ("Pavlo Lazarenko", "promise", "pay wage arrears of 120 trillion karbovanets by December", False),
        ],
    ),
    (
        "own54-ho-13", "wire-soccer-brazil-results", "1996-08-26", "1996-08-26",
        "SOCCER - [[BRAZILIAN|NORP|Brazilian]] CHAMPIONSHIP RESULTS.\n\n"
        "[[RIO DE JANEIRO|GPE|Rio de Janeiro]] [[1996-08-26|D|1996-08-26]]\n\n"
        "Results of [[Brazilian|NORP]] championship matches played at the weekend:\n\n"
        "[[Saturday|D|1996-08-24]]\n"
        "[[Palmeiras|ORG|Sociedade Esportiva Palmeiras]] [[3|number|3]] [[Bragantino|ORG|Red Bull Bragantino]] "
        "[[1|number|1]]\n"
        "[[Gremio|ORG|Grêmio Foot-Ball Porto Alegrense]] [[2|number|2]] [[Juventude|ORG|Esporte Clube "
        "Juventude]] [[0|number|0]]\n\n"
        "[[Sunday|D|1996-08-25]]\n"
        "[[Flamengo|ORG|CR Flamengo]] [[1|number|1]] [[Vasco da Gama|ORG|CR Vasco da Gama]] [[1|number|1]]\n"
        "[[Corinthians|ORG|Sport Club Corinthians Paulista]] [[0|number|0]] [[Santos|ORG|Santos FC]] "
        "[[2|number|2]]\n"
        "[[Cruzeiro|ORG|Cruzeiro Esporte Clube]] [[4|number|4]] [[Bahia|ORG|Esporte Clube Bahia]] "
        "[[1|number|1]]\n"
        "[[Atletico Mineiro|ORG|Clube Atlético Mineiro]] [[2|number|2]] [[Internacional|ORG|Sport Club "
        "Internacional]] [[2|number|2]]\n"
        "[[Sao Paulo|ORG|São Paulo FC]] [[1|number|1]] [[Guarani|ORG|Guarani FC]] [[0|number|0]]\n\n"
        "Leading positions (tabulate under played, won, drawn, lost, goals for, against, points):\n"
        "[[Palmeiras|ORG|Sociedade Esportiva Palmeiras]] [[3|number|3]] [[3|number|3]] [[0|number|0]] "
        "[[0|number|0]] [[9|number|9]] [[2|number|2]] [[9|number|9]]\n"
        "[[Cruzeiro|ORG|Cruzeiro Esporte Clube]] [[3|number|3]] [[2|number|2]] [[1|number|1]] [[0|number|0]] "
        "[[7|number|7]] [[3|number|3]] [[7|number|7]]\n"
        "[[Gremio|ORG|Grêmio Foot-Ball Porto Alegrense]] [[3|number|3]] [[2|number|2]] [[1|number|1]] "
        "[[0|number|0]] [[5|number|5]] [[2|number|2]] [[7|number|7]]\n\n"
        "[[Palmeiras|ORG|Sociedade Esportiva Palmeiras]] coach [[Vanderlei Luxemburgo|PERSON]] said: \"We are "
        "playing the best football in the country.\" He added that his side would not rest until they were "
        "champions.\n\n"
        "Midfielder [[Djalminha|PERSON]], who scored twice against [[Bragantino|ORG|Red Bull Bragantino]], said "
        "the team missed [[Rivaldo|PERSON]], who joined [[Deportivo Coruna|ORG|Deportivo de La Coruña]] "
        "[[this month|D|1996-08]].\n\n"
        "[[Gremio|ORG|Grêmio Foot-Ball Porto Alegrense]] coach [[Luiz Felipe Scolari|PERSON]] told reporters "
        "that injuries had left him with [[15|count|15|player]] fit players. The [[Brazilian Football "
        "Confederation|ORG]] said [[24|count|24|club]] clubs would play in the league phase until "
        "[[November|D|1996-11]].",
        [
            ("Vanderlei Luxemburgo", "say", "We are playing the best football in the country.", True),
            ("Vanderlei Luxemburgo", "add", "his side would not rest until they were champions", False),
            ("Djalminha", "say", "the team missed Rivaldo, who joined Deportivo Coruna this month", False),
            ("Luiz Felipe Scolari", "tell", "injuries had left him with 15 fit players", False),
            ("Brazilian Football Confederation", "say", "24 clubs would play in the league phase until November",
             False),
        ],
    ),
    (
        "own54-ho-14", "wire-chess-olympiad-yerevan", "1996-09-23", "1996-09-23",
        "CHESS - [[RUSSIA|GPE|Russia]] KEEP LEAD IN [[YEREVAN|GPE|Yerevan]].\n\n"
        "[[YEREVAN|GPE|Yerevan]] [[1996-09-23|D|1996-09-23]]\n\n"
        "[[Russia|GPE]] kept a [[one-point|count|1|point]] lead at the [[Chess Olympiad|EVENT|32nd Chess "
        "Olympiad]] on [[Sunday|D|1996-09-22]] after beating hosts [[Armenia|GPE]] [[2-1/2|number|2.5]] to "
        "[[1-1/2|number|1.5]] in the [[seventh|ordinal|7]] round.\n\n"
        "World champion [[Garry Kasparov|PERSON]] drew with [[Rafael Vaganian|PERSON]] on top board, but "
        "[[Vladimir Kramnik|PERSON]] beat [[Smbat Lputian|PERSON]] to decide the match. President [[Levon "
        "Ter-Petrosyan|PERSON]] watched the opening moves before [[Armenians|NORP|Armenian]] went to the polls in "
        "a presidential election.\n\n"
        "[[Kasparov|PERSON|Garry Kasparov]] said the [[Armenian|NORP]] crowd had been \"fantastic\" and that "
        "[[Russia|GPE]] still had to play [[Ukraine|GPE]] and the [[United States|GPE]]. "
        "[[Vaganian|PERSON|Rafael Vaganian]] said: \"We played well, but [[Kramnik|PERSON|Vladimir Kramnik]] was too strong.\"\n\n"
        "[[FIDE|ORG]] president [[Kirsan Ilyumzhinov|PERSON]] told reporters the next Olympiad would be held in "
        "[[Elista|GPE]] in [[1998|D|1998]], and pledged [[$1 million|money|1000000|USD]] towards it.\n\n"
        "Results in the [[seventh|ordinal|7]] round:\n"
        "[[Russia|GPE]] [[2-1/2|number|2.5]] [[Armenia|GPE]] [[1-1/2|number|1.5]]\n"
        "[[Ukraine|GPE]] [[3|number|3]] [[England|GPE]] [[1|number|1]]\n"
        "[[United States|GPE]] [[2-1/2|number|2.5]] [[Georgia|GPE]] [[1-1/2|number|1.5]]\n"
        "[[Hungary|GPE]] [[2|number|2]] [[Bosnia|GPE|Bosnia and Herzegovina]] [[2|number|2]]\n"
        "[[Israel|GPE]] [[3-1/2|number|3.5]] [[Cuba|GPE]] [[1/2|number|0.5]]\n\n"
        "Leading positions after [[seven|count|7|round]] rounds: [[Russia|GPE]] [[20-1/2|count|20.5|point]] "
        "points, [[Ukraine|GPE]] [[19-1/2|count|19.5|point]], [[United States|GPE]] [[19|count|19|point]], "
        "[[Armenia|GPE]] [[18-1/2|count|18.5|point]], [[Israel|GPE]] [[18|count|18|point]].",
        [
            ("Garry Kasparov", "say", "the Armenian crowd had been \"fantastic\" and that Russia still had to play "
             "Ukraine and the United States", False),
            ("Rafael Vaganian", "say", "We played well, but Kramnik was too strong.", True),
            ("Kirsan Ilyumzhinov", "tell", "the next Olympiad would be held in Elista in 1998", False),
            ("Kirsan Ilyumzhinov", "pledge", "$1 million towards it", False),
        ],
    ),
]

"""Held-out set 18, briefs 1-7 (marked inline; see ``build_own18_heldout.py``). Held out: do not
read, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker, cue, content, quote)
BRIEFS_A = [
    (
        "own18-ho-01", "newswire-politics-deal", "2024-11-21", "2024-11-21",
        "[[Kenya|GPE]] cancels [[Adani|ORG|Adani Group]] airport and power deals after [[U.S.|GPE|United States]] indictment\n\n"
        "[[NAIROBI|GPE|Nairobi]], [[Nov 21|D|2024-11-21]] ([[Reuters|ORG]]) - [[Kenyan|NORP]] President [[William Ruto|PERSON]] said on [[Thursday|D|2024-11-21]] "
        "he had ordered the cancellation of a planned [[$1.85 billion|money|1850000000|USD]] deal with [[India|GPE]]'s [[Adani Group|ORG]] to expand "
        "[[Jomo Kenyatta International Airport|FAC]], after [[U.S.|GPE|United States]] prosecutors charged its founder [[Gautam Adani|PERSON]] with fraud.\n\n"
        "[[Ruto|PERSON|William Ruto]] told [[Parliament|ORG|Parliament of Kenya]] in his state of the nation address that he had also directed the "
        "[[Ministry of Energy|ORG|Ministry of Energy and Petroleum (Kenya)]] to end a [[30-year|D|P30Y]], [[$736 million|money|736000000|USD]] partnership with the "
        "[[Kenya Electricity Transmission Company|ORG]] ([[KETRACO|ORG|Kenya Electricity Transmission Company]]) to build power lines. "
        "\u201cThe decision was taken in light of new information provided by investigative agencies and partner nations,\u201d [[Ruto|PERSON|William Ruto]] said. "
        "He added that [[Kenya|GPE]] would not hesitate to act on credible evidence of corruption.\n\n"
        "In an indictment unsealed in [[Brooklyn|GPE]] on [[Wednesday|D|2024-11-20]], prosecutors alleged that [[Adani|PERSON|Gautam Adani]] and "
        "[[seven|count|7|person]] others agreed to pay about [[$265 million|money|265000000|USD]] in bribes to [[Indian|NORP]] officials. "
        "[[Adani Group|ORG]] said the allegations were baseless and it would seek all possible legal recourse. Shares in "
        "[[Adani Enterprises Ltd|ORG|Adani Enterprises]] fell [[23%|percent|23|%]] in [[Mumbai|GPE]].\n\n"
        "The [[Kenya Aviation Workers Union|ORG]], whose members struck over the airport plan in [[September|D|2024-09]], said it would call off "
        "further protests. Senator [[Okiya Omtatah|PERSON]], who had challenged the deal at the [[High Court|ORG|High Court of Kenya]], called for "
        "a full audit of all government contracts with the group. Diplomats in [[Nairobi|GPE]] said the move could ease strains with [[Washington|GPE|Washington, D.C.]].\n",
        [
            ("William Ruto", "say", "he had ordered the cancellation of a planned $1.85 billion deal with India's Adani Group to expand Jomo Kenyatta International Airport", False),
            ("William Ruto", "tell", "he had also directed the Ministry of Energy to end a 30-year, $736 million partnership with the Kenya Electricity Transmission Company (KETRACO) to build power lines", False),
            ("William Ruto", "say", "The decision was taken in light of new information provided by investigative agencies and partner nations", True),
            ("William Ruto", "add", "Kenya would not hesitate to act on credible evidence of corruption", False),
            ("Adani Group", "say", "the allegations were baseless and it would seek all possible legal recourse", False),
            ("Kenya Aviation Workers Union", "say", "it would call off further protests", False),
            ("Okiya Omtatah", "call for", "a full audit of all government contracts with the group", False),
        ],
    ),
    (
        "own18-ho-02", "newswire-election", "2025-06-03", "2025-06-03",
        "[[Mexico|GPE]] judicial vote draws low turnout as ruling party allies lead\n\n"
        "[[MEXICO CITY|GPE|Mexico City]], [[June 3|D|2025-06-03]] ([[AP|ORG|Associated Press]]) \u2014 [[Mexico|GPE]]'s [[National Electoral Institute|ORG]] said on "
        "[[Tuesday|D|2025-06-03]] that turnout in [[Sunday|D|2025-06-01]]'s vote to elect judges was about [[13%|percent|13|%]], the lowest for any national vote in decades.\n\n"
        "The institute, known as [[INE|ORG|National Electoral Institute]], said preliminary counts showed candidates backed by the ruling "
        "[[Morena|ORG|Morena (political party)]] party winning all [[nine|count|9|seat]] seats on the [[Supreme Court|ORG|Supreme Court of Justice of the Nation]]. "
        "Voters chose judges for more than [[2,600|count|2600|post]] federal and state posts under a constitutional reform passed in "
        "[[September 2024|D|2024-09]], and the winners take office on [[September 1|D|2025-09-01]].\n\n"
        "President [[Claudia Sheinbaum|PERSON]] welcomed the result. \u201c[[Mexico|GPE]] is the most democratic country in the world,\u201d she told her morning "
        "news conference, adding that almost [[13 million|count|13000000|person]] people had voted.\n\n"
        "The [[National Action Party|ORG]] ([[PAN|ORG|National Action Party]]) had urged voters to stay home, arguing the reform would hand "
        "[[Morena|ORG|Morena (political party)]] control of the courts. [[PAN|ORG|National Action Party]] leader [[Jorge Romero|PERSON]] said the low turnout "
        "showed [[Mexicans|NORP|Mexican]] had rejected what he called a judicial takeover. Election observers said many ballots had been left blank.\n\n"
        "Ratings agency [[Moody's|ORG|Moody's Ratings]] warned in [[May|D|2025-05]] that the overhaul could weaken checks on the government and weigh on "
        "investment, while the [[U.S. Chamber of Commerce|ORG|United States Chamber of Commerce]] said it was watching the "
        "process closely. The peso was little changed at [[19.2 pesos|money|19.2|MXN]] per dollar.\n",
        [
            ("National Electoral Institute", "say", "turnout in Sunday's vote to elect judges was about 13%, the lowest for any national vote in decades", False),
            ("National Electoral Institute", "say", "preliminary counts showed candidates backed by the ruling Morena party winning all nine seats on the Supreme Court", False),
            ("Claudia Sheinbaum", "tell", "Mexico is the most democratic country in the world", True),
            ("Claudia Sheinbaum", "add", "almost 13 million people had voted", False),
            ("National Action Party", "urge", "voters to stay home", False),
            ("National Action Party", "argue", "the reform would hand Morena control of the courts", False),
            ("Jorge Romero", "say", "the low turnout showed Mexicans had rejected what he called a judicial takeover", False),
            ("Moody's Ratings", "warn", "the overhaul could weaken checks on the government and weigh on investment", False),
            ("United States Chamber of Commerce", "say", "it was watching the process closely", False),
        ],
    ),
    (
        "own18-ho-03", "newswire-court-platform", "2024-08-31", "2024-08-31",
        "[[BRASILIA|GPE|Brasília]], [[Aug 31|D|2024-08-31]] ([[Reuters|ORG]]) - A panel of [[Brazil|GPE]]'s [[Supreme Court|ORG|Supreme Federal Court]] will review on "
        "[[Monday|D|2024-09-02]] a decision by Justice [[Alexandre de Moraes|PERSON]] to suspend [[Elon Musk|PERSON]]'s social network "
        "[[X|PRODUCT|X (social network)]] across the country, people familiar with the matter said.\n\n"
        "[[Moraes|PERSON|Alexandre de Moraes]] ordered the suspension on [[Friday|D|2024-08-30]] after [[X Corp|ORG|X Corp.]] failed to name a legal "
        "representative in [[Brazil|GPE]] by a deadline he had set. He said the platform would stay blocked until it complied with all court orders "
        "and paid fines of more than [[18 million reais|money|18000000|BRL]] ([[$3.2 million|money|3200000|USD]]). Users who reach the site through "
        "virtual private networks face fines of [[50,000 reais|money|50000|BRL]] a day, [[Moraes|PERSON|Alexandre de Moraes]] wrote in his ruling.\n\n"
        "The telecoms regulator [[Anatel|ORG]] said it had notified more than [[20,000|count|20000|provider]] internet providers of the order. "
        "[[Musk|PERSON|Elon Musk]] wrote on [[X|PRODUCT|X (social network)]] that the order was an attack on free speech.\n\n"
        "The judge also froze the [[Brazilian|NORP]] accounts of [[Starlink|ORG]], the satellite internet company controlled by "
        "[[Musk|PERSON|Elon Musk]], which said it would challenge the move. [[Brazil|GPE]] has about [[22 million|count|22000000|user]] "
        "[[X|PRODUCT|X (social network)]] users, according to market researchers.\n\n"
        "President [[Luiz In\u00e1cio Lula da Silva|PERSON]] told a radio station that any foreign company operating in [[Brazil|GPE]] had to respect "
        "its laws. The [[Brazilian Bar Association|ORG]] said it would ask the full court to review the fines on users, and the "
        "[[U.S. State Department|ORG|United States Department of State]] said it was following the case closely.\n",
        [
            ("Alexandre de Moraes", "say", "the platform would stay blocked until it complied with all court orders and paid fines of more than 18 million reais ($3.2 million)", False),
            ("Alexandre de Moraes", "write", "Users who reach the site through virtual private networks face fines of 50,000 reais a day", False),
            ("Anatel", "say", "it had notified more than 20,000 internet providers of the order", False),
            ("Elon Musk", "write", "the order was an attack on free speech", False),
            ("Starlink", "say", "it would challenge the move", False),
            ("Luiz In\u00e1cio Lula da Silva", "tell", "any foreign company operating in Brazil had to respect its laws", False),
            ("Brazilian Bar Association", "say", "it would ask the full court to review the fines on users", False),
            ("United States Department of State", "say", "it was following the case closely", False),
        ],
    ),
    (
        "own18-ho-04", "newswire-utility-court", "2025-02-18", "2025-02-18",
        "[[LONDON|GPE|London]], [[Feb 18|D|2025-02-18]] ([[PA|ORG|PA Media]]) - [[Thames Water|ORG]] won approval from the [[Court of Appeal|ORG|Court of Appeal (England and Wales)]] "
        "on [[Tuesday|D|2025-02-18]] for a [[\u00a33 billion|money|3000000000|GBP]] emergency loan from its senior creditors, staving off temporary nationalisation.\n\n"
        "[[Three|count|3|judge]] judges led by Sir [[Geoffrey Vos|PERSON]] dismissed appeals by junior creditors and by [[Charlie Maynard|PERSON]], an "
        "opposition lawmaker. The court said the loan, which carries an interest rate of [[9.75%|percent|9.75|%]], was the only realistic way to keep the "
        "company running while it seeks new equity.\n\n"
        "[[Thames Water|ORG]], which serves about [[16 million|count|16000000|customer]] customers in [[London|GPE]] and the [[Thames Valley|LOC]], has debts of "
        "around [[\u00a319 billion|money|19000000000|GBP]]. Chairman [[Adrian Montague|PERSON]] said the ruling gave the company breathing space to complete a "
        "recapitalisation. The company said it expected to name a preferred bidder in the coming weeks, with [[KKR|ORG]] among the contenders.\n\n"
        "Regulator [[Ofwat|ORG]] in [[December|D|2024-12]] allowed the utility to raise bills by [[35%|percent|35|%]] over [[five years|D|P5Y]], less than the "
        "[[53%|percent|53|%]] it had sought. Environment Secretary [[Steve Reed|PERSON]] said the government stood ready to step in if needed. "
        "The [[Environment Agency|ORG]] warned that sewage spills from the firm's works had risen for a [[third|ordinal|3]] straight year.\n\n"
        "Some creditors said they were considering an appeal to the [[Supreme Court|ORG|Supreme Court of the United Kingdom]]. Campaign group "
        "[[River Action|ORG]] urged ministers to put the company into special administration.\n",
        [
            ("Court of Appeal (England and Wales)", "say", "the loan, which carries an interest rate of 9.75%, was the only realistic way to keep the company running while it seeks new equity", False),
            ("Adrian Montague", "say", "the ruling gave the company breathing space to complete a recapitalisation", False),
            ("Thames Water", "say", "it expected to name a preferred bidder in the coming weeks, with KKR among the contenders", False),
            ("Steve Reed", "say", "the government stood ready to step in if needed", False),
            ("Environment Agency", "warn", "sewage spills from the firm's works had risen for a third straight year", False),
            ("River Action", "urge", "ministers to put the company into special administration", False),
        ],
    ),
    (
        "own18-ho-05", "newswire-energy", "2024-09-16", "2024-09-16",
        "[[LAGOS|GPE|Lagos]], [[Sept 16|D|2024-09-16]] ([[Reuters|ORG]]) - [[Nigeria|GPE]]'s state oil firm [[NNPC Ltd|ORG|Nigerian National Petroleum Corporation]] began "
        "loading petrol at the [[Dangote Petroleum Refinery|FAC|Dangote Refinery]] on [[Sunday|D|2024-09-15]], the [[first|ordinal|1]] domestic supply of the "
        "fuel from the plant, which can process [[650,000 barrels|quantity|650000|bbl]] of crude a day.\n\n"
        "[[NNPC|ORG|Nigerian National Petroleum Corporation]] spokesman [[Olufemi Soneye|PERSON]] said more than [[100|count|100|truck]] trucks had been "
        "loaded so far. Billionaire [[Aliko Dangote|PERSON]] told reporters at the refinery in [[Lekki|GPE]] that it would meet all of [[Nigeria|GPE]]'s "
        "petrol needs by [[December|D|2024-12]]. \u201cNo [[Nigerian|NORP]] should have to queue for fuel again,\u201d he said.\n\n"
        "Pump prices in [[Lagos|GPE]] rose to about [[950 naira|money|950|NGN]] a litre [[this month|D|2024-09]], up from [[617 naira|money|617|NGN]] in "
        "[[July|D|2024-07]], after the government ended a costly subsidy. The [[Independent Petroleum Marketers Association of Nigeria|ORG]] "
        "([[IPMAN|ORG|Independent Petroleum Marketers Association of Nigeria]]) urged the government to let its members buy directly from "
        "[[Dangote Group|ORG]].\n\n"
        "The [[Nigerian Midstream and Downstream Petroleum Regulatory Authority|ORG]], which licenses domestic sales under the "
        "[[Petroleum Industry Act|LAW]], said fuel imports would continue to keep supply stable. [[Dangote Group|ORG]] has said the [[$20 billion|money|20000000000|USD]] "
        "refinery, built over [[eight years|D|P8Y]], will also export petrol to [[West Africa|LOC]]. Traders said cargoes from [[Europe|LOC]] would fall sharply.\n",
        [
            ("Olufemi Soneye", "say", "more than 100 trucks had been loaded so far", False),
            ("Aliko Dangote", "tell", "it would meet all of Nigeria's petrol needs by December", False),
            ("Aliko Dangote", "say", "No Nigerian should have to queue for fuel again", True),
            ("Independent Petroleum Marketers Association of Nigeria", "urge", "the government to let its members buy directly from Dangote Group", False),
            ("Nigerian Midstream and Downstream Petroleum Regulatory Authority", "say", "fuel imports would continue to keep supply stable", False),
            ("Dangote Group", "say", "the $20 billion refinery, built over eight years, will also export petrol to West Africa", False),
        ],
    ),
    (
        "own18-ho-06", "newswire-food-prices", "2025-03-10", "2025-03-10",
        "[[TOKYO|GPE|Tokyo]], [[March 10|D|2025-03-10]] ([[Kyodo|ORG|Kyodo News]]) - [[Japan|GPE]]'s [[Ministry of Agriculture, Forestry and Fisheries|ORG]] began auctioning "
        "rice from the government's emergency stockpile on [[Monday|D|2025-03-10]], the [[first|ordinal|1]] such release meant to tackle high prices rather than "
        "a disaster.\n\n"
        "The ministry said it would sell [[150,000 tonnes|quantity|150000|t]] in the [[first|ordinal|1]] round, with a further "
        "[[60,000 tonnes|quantity|60000|t]] to follow [[later this month|D|2025-03]]. Agriculture Minister [[Taku Eto|PERSON]] told reporters that retail "
        "prices had almost doubled in [[a year|D|P1Y]]. He said the ministry was ready to release more if prices did not fall.\n\n"
        "A [[5-kilogram|quantity|5|kg]] bag sold for an average of [[4,172 yen|money|4172|JPY]] in supermarkets in [[February|D|2025-02]], data from the ministry showed. "
        "[[JA Zen-Noh|ORG|Zen-Noh]], the national federation of farm cooperatives, said it planned to bid and would ship the rice to retailers quickly.\n\n"
        "Supermarket operator [[Aeon Co.|ORG|Aeon (company)]] said it would cut the price of its own-brand rice by [[10%|percent|10|%]] from "
        "[[April 1|D|2025-04-01]]. Some restaurant chains have begun buying [[Californian|NORP]] rice, and imports under the private tariff quota jumped "
        "in [[January|D|2025-01]]. Economists said rice prices added about [[0.6 percentage point|percent|0.6|pp]] to core inflation.\n\n"
        "The [[Bank of Japan|ORG]], which raised interest rates in [[January|D|2025-01]], has said food prices are a risk to its outlook. Opposition leader "
        "[[Yoshihiko Noda|PERSON]] of the [[Constitutional Democratic Party|ORG|Constitutional Democratic Party of Japan]] called for cash handouts to "
        "households before the [[July|D|2025-07]] upper house election.\n",
        [
            ("Ministry of Agriculture, Forestry and Fisheries", "say", "it would sell 150,000 tonnes in the first round, with a further 60,000 tonnes to follow later this month", False),
            ("Taku Eto", "tell", "retail prices had almost doubled in a year", False),
            ("Taku Eto", "say", "the ministry was ready to release more if prices did not fall", False),
            ("Ministry of Agriculture, Forestry and Fisheries", "show", "A 5-kilogram bag sold for an average of 4,172 yen in supermarkets in February", False),
            ("Zen-Noh", "say", "it planned to bid and would ship the rice to retailers quickly", False),
            ("Aeon (company)", "say", "it would cut the price of its own-brand rice by 10% from April 1", False),
            ("Bank of Japan", "say", "food prices are a risk to its outlook", False),
            ("Yoshihiko Noda", "call for", "cash handouts to households before the July upper house election", False),
        ],
    ),
    (
        "own18-ho-07", "newswire-markets-fund", "2025-02-24", "2025-02-24",
        "[[JAKARTA|GPE|Jakarta]], [[Feb 24|D|2025-02-24]] ([[Reuters|ORG]]) - [[Indonesian|NORP]] President [[Prabowo Subianto|PERSON]] launched a sovereign wealth fund on "
        "[[Monday|D|2025-02-24]] that will manage more than [[$900 billion|money|900000000000|USD]] in state assets, saying it would finance "
        "[[20|count|20|project]] projects worth tens of billions of dollars.\n\n"
        "The fund, [[Danantara|ORG]], will take over the government's stakes in lenders such as [[Bank Mandiri|ORG]] and [[Bank Rakyat Indonesia|ORG]] "
        "as well as [[Telkom Indonesia|ORG]] and [[Pertamina|ORG]]. \u201c[[Danantara|ORG]] must be managed with the utmost caution and transparency,\u201d "
        "[[Prabowo|PERSON|Prabowo Subianto]] said at the [[Merdeka Palace|FAC]].\n\n"
        "Investment Minister [[Rosan Roeslani|PERSON]], who will lead the fund, said it would invest in nickel processing, renewable energy and food "
        "production. The [[House of Representatives|ORG|House of Representatives (Indonesia)]] passed the law creating the fund on "
        "[[February 4|D|2025-02-04]].\n\n"
        "Shares of state banks fell, with [[Bank Mandiri|ORG]] down [[3.2%|percent|3.2|%]], and the main [[Jakarta|GPE]] stock index lost "
        "[[2.4%|percent|2.4|%]]. Analysts at [[Mirae Asset Sekuritas Indonesia|ORG]] said investors worried about political interference in the banks. "
        "Fund managers said foreign outflows had reached their highest since [[2020|D|2020]].\n\n"
        "[[Bank Indonesia|ORG]] said it would intervene to steady the rupiah, which weakened past [[16,400 rupiah|money|16400|IDR]] per dollar. "
        "[[Indonesia Corruption Watch|ORG]] warned that the fund's board answered only to the president, and former finance minister "
        "[[Bambang Brodjonegoro|PERSON]] called for independent audits every six months.\n",
        [
            ("Prabowo Subianto", "say", "it would finance 20 projects worth tens of billions of dollars", False),
            ("Prabowo Subianto", "say", "Danantara must be managed with the utmost caution and transparency", True),
            ("Rosan Roeslani", "say", "it would invest in nickel processing, renewable energy and food production", False),
            ("Mirae Asset Sekuritas Indonesia", "say", "investors worried about political interference in the banks", False),
            ("Bank Indonesia", "say", "it would intervene to steady the rupiah", False),
            ("Indonesia Corruption Watch", "warn", "the fund's board answered only to the president", False),
            ("Bambang Brodjonegoro", "call for", "independent audits every six months", False),
        ],
    ),
]

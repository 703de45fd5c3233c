"""Held-out set 31 (blind): marked texts of briefs 08-14 and their statements (see
``build_own31_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own31-ho-08", "cjeu-press-release", "2025-07-03", "2025-07-03",
        "[[Court of Justice of the European Union|ORG]]\n"
        "PRESS RELEASE No 88/25\n"
        "[[Luxembourg|GPE|Luxembourg City]], [[3 July 2025|D|2025-07-03]]\n\n"
        "Judgment of the Court in Case C-417/24\n\n"
        "A strike by air traffic controllers may be an extraordinary circumstance that exempts an airline from "
        "paying compensation for a long delay\n\n"
        "Under [[Regulation (EC) No 261/2004|LAW|Flight Compensation Regulation]], passengers whose flight arrives "
        "three hours or more late are entitled to compensation of [[€250|money|250|EUR]], [[€400|money|400|EUR]] or "
        "[[€600|money|600|EUR]].\n\n"
        "In [[May 2023|D|2023-05]], a passenger flew with a [[German|NORP]] airline from [[Düsseldorf|GPE]] to "
        "[[Palma de Mallorca|GPE]], a distance of [[about 1,300 km|quantity|1300|km]]. The flight arrived more than "
        "five hours late, and the airline refused to pay the [[€400|money|400|EUR]] claimed, citing a strike by "
        "[[French|NORP]] air traffic controllers that had closed part of [[French|NORP]] airspace for [[two "
        "days|D|P2D]]. A court in [[Düsseldorf|GPE]] asked the "
        "[[Court of Justice|ORG|European Court of Justice]] how the regulation applies.\n\n"
        "In [[today|D|2025-07-03]]'s judgment, the [[Court|ORG|European Court of Justice]] holds that a strike by "
        "the staff of an air navigation service provider, who are not employees of the airline, is in principle an "
        "extraordinary circumstance beyond the airline's control.\n\n"
        "The [[Court|ORG|European Court of Justice]] notes, however, that the airline must show that it took all "
        "reasonable measures to avoid the delay. It adds that a delay of "
        "[[more than five days|D|P5D]] in reimbursing a ticket cannot be justified by a strike.\n\n"
        "Advocate General [[Nicholas Emiliou|PERSON]] had proposed in [[February|D|2025-02]] that such strikes be "
        "treated as extraordinary circumstances.\n\n"
        "According to [[Eurocontrol|ORG]], strikes by air traffic controllers in [[France|GPE]] caused the "
        "cancellation of [[more than 1,500|count|1500|flight]] flights across [[Europe|LOC]] on [[1|D|2025-07-01]] "
        "and [[2 July|D|2025-07-02]].",
        [
            ("European Court of Justice", "hold", "a strike by the staff of an air navigation service provider, who "
             "are not employees of the airline, is in principle an extraordinary circumstance beyond the airline's "
             "control",
             False),
            ("European Court of Justice", "note", "the airline must show that it took all reasonable measures to "
             "avoid the delay",
             False),
            ("European Court of Justice", "add", "a delay of more than five days in reimbursing a ticket cannot be "
             "justified by a strike",
             False),
            ("Nicholas Emiliou", "propose", "such strikes be treated as extraordinary circumstances", False),
            ("Eurocontrol", "according to", "strikes by air traffic controllers in France caused the cancellation "
             "of more than 1,500 flights across Europe on 1 and 2 July",
             False),
        ],
    ),
    (
        "own31-ho-09", "wikinews-observatory", "2025-06-24", "2025-06-24",
        "[[Vera C. Rubin Observatory|FAC]] releases first images, finds [[2,104|count|2104|asteroid]] new "
        "asteroids\n"
        "[[Tuesday, June 24, 2025|D|2025-06-24]]\n\n"
        "The [[Vera C. Rubin Observatory|FAC]] in [[Chile|GPE]] released its first images on "
        "[[Monday|D|2025-06-23]], showing millions of galaxies and [[2,104|count|2104|asteroid]] asteroids never "
        "seen before, [[seven|count|7|asteroid]] of them near-Earth asteroids. The images were taken in just over "
        "ten hours of observations.\n\n"
        "The observatory, on [[Cerro Pachón|LOC]] in the [[Andes|LOC]], is funded by the [[U.S.|GPE|United "
        "States]] [[National Science Foundation|ORG]] and the [[Department of Energy|ORG|United States Department "
        "of Energy]]. Its [[8.4-metre|quantity|8.4|m]] telescope carries the largest digital camera ever built, "
        "which was assembled at [[SLAC National Accelerator Laboratory|ORG]] in [[California|GPE]] and weighs "
        "[[about 2,800 kilograms|quantity|2800|kg]].\n\n"
        "One image combines [[678|count|678|exposure]] exposures of the [[Trifid Nebula|LOC]] and the [[Lagoon "
        "Nebula|LOC]] in the constellation [[Sagittarius|LOC|Sagittarius (constellation)]].\n\n"
        "“[[Rubin|FAC|Vera C. Rubin Observatory]] will capture more information about our universe than all optical "
        "telescopes throughout history combined,” said [[Brian Stone|PERSON]], acting director of the [[National "
        "Science Foundation|ORG]].\n\n"
        "[[Željko Ivezić|PERSON]], director of the observatory's construction, said the [[ten-year|D|P10Y]] survey "
        "would begin before the end of [[2025|D|2025]] and would find [[about 90,000|count|90000|object]] new "
        "near-Earth objects.\n\n"
        "[[Chilean|NORP]] Science Minister [[Aisén Etcheverry|PERSON]] said [[Chile|GPE]] hosts [[about "
        "40%|percent|40|%]] of the world's capacity for astronomical observation. The [[National Science Foundation|ORG]] said the observatory would send [[up to "
        "10 million|count|10000000|alert]] alerts a night to scientists once the survey began.\n\n"
        "The observatory, which cost [[about $810 million|money|810000000|USD]], is named after [[Vera "
        "Rubin|PERSON]], the [[American|NORP]] astronomer whose measurements of galaxy rotation in [[the "
        "1970s|D|1970/1979]] provided evidence of dark matter.",
        [
            ("Brian Stone", "say", "Rubin will capture more information about our universe than all optical "
             "telescopes throughout history combined",
             True),
            ("Željko Ivezić", "say", "the ten-year survey would begin before the end of 2025 and would find about "
             "90,000 new near-Earth objects",
             False),
            ("Aisén Etcheverry", "say", "Chile hosts about 40% of the world's capacity for astronomical "
             "observation",
             False),
            ("National Science Foundation", "say", "the observatory would send up to 10 million alerts a night to "
             "scientists once the survey began",
             False),
        ],
    ),
    (
        "own31-ho-10", "wikinews-currency-crisis", "2025-03-02", "2025-03-02",
        "[[Iran|GPE]]'s parliament removes economy minister as rial hits record low\n"
        "[[Sunday, March 2, 2025|D|2025-03-02]]\n\n"
        "[[Iran|GPE]]'s parliament, the [[Islamic Consultative Assembly|ORG]], voted [[today|D|2025-03-02]] to "
        "impeach Economy Minister [[Abdolnaser Hemmati|PERSON]] over the fall of the [[Iranian|NORP]] rial. Of "
        "[[273|count|273|lawmaker]] lawmakers present, [[182|count|182|lawmaker]] voted to dismiss him and "
        "[[89|count|89|lawmaker]] voted to keep him.\n\n"
        "The [[US|GPE|United States]] dollar sold for [[about 920,000 rials|money|920000|IRR]] on the open market "
        "in [[Tehran|GPE]] on [[Saturday|D|2025-03-01]], up from [[about 590,000|money|590000|IRR]] "
        "in [[August 2024|D|2024-08]], when [[Hemmati|PERSON|Abdolnaser Hemmati]] took office.\n\n"
        "President [[Masoud Pezeshkian|PERSON]] defended his minister in a speech to the chamber, saying that “the "
        "problems of the economy are not about one person”. He blamed sanctions imposed by the [[United "
        "States|GPE]].\n\n"
        "[[Hemmati|PERSON|Abdolnaser Hemmati]], a former governor of the [[Central Bank of Iran|ORG]], told "
        "lawmakers that the open-market rate was not the real rate and that inflation of [[about 35%|percent|35|%]] "
        "had been inherited from earlier governments.\n\n"
        "Central bank governor [[Mohammad Reza Farzin|PERSON]] said [[last week|D|2025-W08]] that the bank would "
        "sell [[$1 billion|money|1000000000|USD]] of foreign currency to importers before the [[Persian|NORP]] new "
        "year on [[March 20|D|2025-03-20]], when demand for dollars usually rises.\n\n"
        "The rial has lost [[more than 90%|percent|90|%]] of its value since the [[United States|GPE]] withdrew "
        "from the [[Joint Comprehensive Plan of Action|LAW]] in [[2018|D|2018]]. In [[February|D|2025-02]], "
        "Supreme Leader [[Ali Khamenei|PERSON]] said that negotiating with the [[United States|GPE]] was “not "
        "smart, wise or honourable” and would not solve the country's problems.\n\n"
        "Parliament Speaker [[Mohammad Bagher Ghalibaf|PERSON]] said the government must name a new minister within "
        "[[three months|D|P3M]]. Until then, [[Iran|GPE]]'s First Vice President, [[Mohammad Reza Aref|PERSON]], "
        "will oversee the ministry.",
        [
            ("Masoud Pezeshkian", "say", "the problems of the economy are not about one person", True),
            ("Abdolnaser Hemmati", "tell", "the open-market rate was not the real rate and that inflation of about "
             "35% had been inherited from earlier governments",
             False),
            ("Mohammad Reza Farzin", "say", "the bank would sell $1 billion of foreign currency to importers before "
             "the Persian new year on March 20",
             False),
            ("Ali Khamenei", "say", "negotiating with the United States was “not smart, wise or honourable” and "
             "would not solve the country's problems", False),
            ("Mohammad Bagher Ghalibaf", "say", "the government must name a new minister within three months",
             False),
        ],
    ),
    (
        "own31-ho-11", "wikinews-referendum", "2025-06-10", "2025-06-10",
        "[[Italian|NORP]] referendums on citizenship and jobs fail for lack of turnout\n"
        "[[Tuesday, June 10, 2025|D|2025-06-10]]\n\n"
        "[[Five|count|5|referendum]] referendums held in [[Italy|GPE]] on [[Sunday|D|2025-06-08]] and "
        "[[Monday|D|2025-06-09]] are invalid because turnout, at [[30.6%|percent|30.6|%]], fell far short of the "
        "[[50%|percent|50|%]] quorum required by the [[Constitution of Italy|LAW]].\n\n"
        "[[Four|count|4|question]] of the questions, backed by the [[Italian General Confederation of "
        "Labour|ORG]] ([[CGIL|ORG|Italian General Confederation of Labour]]), sought to repeal parts of the [[Jobs "
        "Act|LAW|Jobs Act (Italy)]], the labour reform passed in [[2015|D|2015]] under Prime Minister [[Matteo "
        "Renzi|PERSON]]. The [[fifth|ordinal|5]] would have cut the years of legal residence required before "
        "non-[[EU|ORG|European Union]] adults can apply for citizenship from [[ten|D|P10Y]] to [[five "
        "years|D|P5Y]].\n\n"
        "According to the [[Ministry of the Interior|ORG|Ministry of the Interior (Italy)]], [[about "
        "65%|percent|65|%]] of those who voted backed the citizenship change and [[about 89%|percent|89|%]] backed "
        "the labour questions.\n\n"
        "Prime Minister [[Giorgia Meloni|PERSON]] went to her polling station but did not collect her ballots. "
        "Leaders of her [[Brothers of Italy|ORG]] party had told supporters that abstaining was a legitimate "
        "choice.\n\n"
        "Opposition leader [[Elly Schlein|PERSON]] of the [[Democratic Party|ORG|Democratic Party (Italy)]] said "
        "[[more than 14 million|count|14000000|person]] people had voted, more than had voted for "
        "[[Meloni|PERSON|Giorgia Meloni]]'s coalition in [[2022|D|2022]].\n\n"
        "[[CGIL|ORG|Italian General Confederation of Labour]] leader [[Maurizio Landini|PERSON]] said: “This is "
        "not a victory for anyone. A government that tells people to go to the beach weakens democracy.”\n\n"
        "[[Riccardo Magi|PERSON]] of [[More Europe|ORG]], who led the citizenship campaign, said [[about 2.5 "
        "million|count|2500000|resident]] foreign residents would have been able to apply sooner.\n\n"
        "It was the [[eighth|ordinal|8]] time since [[1997|D|1997]] that a referendum in [[Italy|GPE]] failed to "
        "reach the quorum.",
        [
            ("Ministry of the Interior (Italy)", "according to", "about 65% of those who voted backed the "
             "citizenship change and about 89% backed the labour questions",
             False),
            ("Elly Schlein", "say", "more than 14 million people had voted, more than had voted for Meloni's "
             "coalition in 2022",
             False),
            ("Maurizio Landini", "say", "This is not a victory for anyone. A government that tells people to go to "
             "the beach weakens democracy.",
             True),
            ("Riccardo Magi", "say", "about 2.5 million foreign residents would have been able to apply sooner",
             False),
        ],
    ),
    (
        "own31-ho-12", "reuters-1996-strike", "1996-08-27", "1996-08-27",
        "[[Argentine|NORP]] unions call [[second|ordinal|2]] general strike against [[Menem|PERSON|Carlos Menem]] "
        "plan\n"
        "[[BUENOS AIRES|GPE|Buenos Aires]] [[1996-08-27|D|1996-08-27]]\n\n"
        "[[Argentina|GPE]]'s main union federation, the [[General Labour Confederation|ORG|General Confederation "
        "of Labour (Argentina)]] ([[CGT|ORG|General Confederation of Labour (Argentina)]]), said on "
        "[[Tuesday|D|1996-08-27]] it would hold a general strike on [[September 26|D|1996-09-26]] in protest at "
        "President [[Carlos Menem|PERSON]]'s plans to cut spending and raise fuel taxes.\n\n"
        "It will be the [[second|ordinal|2]] general strike in [[less than two months|D|P2M]], after a stoppage "
        "on [[August 8|D|1996-08-08]] that closed schools, banks and most shops in the capital.\n\n"
        "“The government wants workers to pay for the fiscal deficit. We will not accept it,” [[CGT|ORG|General "
        "Confederation of Labour (Argentina)]] secretary-general [[Rodolfo Daer|PERSON]] told reporters.\n\n"
        "Economy Minister [[Roque Fernandez|PERSON|Roque Fernández]], who replaced [[Domingo Cavallo|PERSON]] in "
        "[[July|D|1996-07]], said the measures were needed to hold the [[1996|D|1996]] deficit to [[6 billion "
        "pesos|money|6000000000|ARS]], the target agreed with the [[International Monetary Fund|ORG]].\n\n"
        "The package includes [[about 1.5 billion pesos|money|1500000000|ARS]] of tax increases. Unemployment "
        "stood at [[17.1 percent|percent|17.1|%]] in [[May|D|1996-05]], according to the national statistics "
        "institute [[INDEC|ORG|National Institute of Statistics and Census of Argentina]].\n\n"
        "[[Menem|PERSON|Carlos Menem]], speaking in [[Cordoba|GPE|Córdoba, Argentina]], said the strike was "
        "“political” and would not change the government's course.\n\n"
        "Shares on the [[Buenos Aires Stock Exchange|ORG]] fell [[1.8 percent|percent|1.8|%]], with the Merval "
        "index closing at [[512.34|number|512.34]]. Traders said the strike call added to worries over the budget "
        "for [[1997|D|1997]].\n\n"
        "The opposition [[Radical Civic Union|ORG]] said it would support the strike, and its leader [[Rodolfo "
        "Terragno|PERSON]] called for a [[10 percent|percent|10|%]] cut in the cost of government instead of new "
        "taxes.",
        [
            ("General Confederation of Labour (Argentina)", "say", "it would hold a general strike on September 26 "
             "in protest at President Carlos Menem's plans to cut spending and raise fuel taxes",
             False),
            ("Rodolfo Daer", "tell", "The government wants workers to pay for the fiscal deficit. We will not "
             "accept it",
             True),
            ("Roque Fernández", "say", "the measures were needed to hold the 1996 deficit to 6 billion pesos, the "
             "target agreed with the International Monetary Fund",
             False),
            ("National Institute of Statistics and Census of Argentina", "according to", "Unemployment stood at "
             "17.1 percent in May",
             False),
            ("Carlos Menem", "say", "the strike was “political” and would not change the government's course",
             False),
            ("Radical Civic Union", "say", "it would support the strike", False),
            ("Rodolfo Terragno", "call for", "a 10 percent cut in the cost of government instead of new taxes",
             False),
        ],
    ),
    (
        "own31-ho-13", "reuters-1996-nhl", "1996-12-06", "1996-12-06",
        "ICE HOCKEY - [[LEMIEUX|PERSON|Mario Lemieux]] SCORES TWICE AS [[PENGUINS|ORG|Pittsburgh Penguins]] BEAT "
        "[[RANGERS|ORG|New York Rangers]]\n"
        "[[PITTSBURGH|GPE|Pittsburgh]] [[1996-12-06|D|1996-12-06]]\n\n"
        "[[Mario Lemieux|PERSON]] scored [[two|count|2|goal]] goals and added an assist as the [[Pittsburgh "
        "Penguins|ORG]] beat the [[New York Rangers|ORG]] [[5|number|5]]-[[3|number|3]] on "
        "[[Thursday|D|1996-12-05]] to stretch their unbeaten run to [[eight|count|8|game]] games.\n\n"
        "[[Jaromir Jagr|PERSON|Jaromír Jágr]] had a goal and [[two|count|2|assist]] assists, and goaltender [[Ken "
        "Wregget|PERSON]] made [[31|count|31|save]] saves. [[Wayne Gretzky|PERSON]] scored his [[10th|ordinal|10]] "
        "goal of the season for [[New York|ORG|New York Rangers]].\n\n"
        "“We are playing with a lot of confidence right now,” said [[Lemieux|PERSON|Mario Lemieux]], who leads the "
        "league with [[52|count|52|point]] points.\n\n"
        "[[Rangers|ORG|New York Rangers]] coach [[Colin Campbell|PERSON|Colin Campbell (ice hockey)]] said his team had given away too many "
        "power plays. [[Gretzky|PERSON|Wayne Gretzky]] said the [[Penguins|ORG|Pittsburgh Penguins]] had deserved "
        "to win and that his team had to improve on the road.\n\n"
        "Results of [[National Hockey League|ORG]] games on [[Thursday|D|1996-12-05]] (home team in CAPS):\n"
        "[[Hartford|ORG|Hartford Whalers]] [[4|number|4]] [[BOSTON|ORG|Boston Bruins]] [[2|number|2]]\n"
        "[[PITTSBURGH|ORG|Pittsburgh Penguins]] [[5|number|5]] [[NY Rangers|ORG|New York Rangers]] [[3|number|3]]\n"
        "[[Montreal|ORG|Montreal Canadiens]] [[3|number|3]] [[PHILADELPHIA|ORG|Philadelphia Flyers]] "
        "[[3|number|3]] (OT)\n"
        "[[Colorado|ORG|Colorado Avalanche]] [[6|number|6]] [[ST LOUIS|ORG|St. Louis Blues]] [[1|number|1]]\n"
        "[[Detroit|ORG|Detroit Red Wings]] [[2|number|2]] [[LOS ANGELES|ORG|Los Angeles Kings]] [[1|number|1]]\n"
        "[[Chicago|ORG|Chicago Blackhawks]] [[4|number|4]] [[VANCOUVER|ORG|Vancouver Canucks]] [[0|number|0]]\n\n"
        "Scorers: [[Pittsburgh|ORG|Pittsburgh Penguins]] - [[Lemieux|PERSON|Mario Lemieux]] [[2|number|2]], "
        "[[Jagr|PERSON|Jaromír Jágr]], [[Ron Francis|PERSON]], [[Petr Nedved|PERSON|Petr Nedvěd]]; [[New "
        "York|ORG|New York Rangers]] - [[Gretzky|PERSON|Wayne Gretzky]], [[Mark Messier|PERSON]], [[Brian "
        "Leetch|PERSON]].",
        [
            ("Mario Lemieux", "say", "We are playing with a lot of confidence right now", True),
            ("Colin Campbell (ice hockey)", "say", "his team had given away too many power plays", False),
            ("Wayne Gretzky", "say", "the Penguins had deserved to win and that his team had to improve on the "
             "road",
             False),
        ],
    ),
    (
        "own31-ho-14", "reuters-1996-golf", "1996-08-23", "1996-08-23",
        "GOLF - LEADING SCORES AT [[WORLD SERIES OF GOLF|EVENT|World Series of Golf]]\n"
        "[[AKRON|GPE|Akron, Ohio]], [[Ohio|GPE]] [[1996-08-23|D|1996-08-23]]\n\n"
        "Leading scores after the [[first|ordinal|1]] round of the [[$2.1 million|money|2100000|USD]] [[NEC World "
        "Series of Golf|EVENT|World Series of Golf]] on [[Thursday|D|1996-08-22]] at the "
        "[[7,149-yard|quantity|7149|yd]] [[Firestone Country Club|FAC]] South course (players [[U.S.|GPE|United "
        "States]] unless stated):\n"
        "[[66|number|66]] [[Phil Mickelson|PERSON]]\n"
        "[[67|number|67]] [[Billy Mayfair|PERSON]], [[Greg Norman|PERSON]] ([[Australia|GPE]])\n"
        "[[68|number|68]] [[Steve Stricker|PERSON]], [[Ernie Els|PERSON]] ([[South Africa|GPE]]), [[Paul "
        "Stankowski|PERSON]]\n"
        "[[69|number|69]] [[Tom Lehman|PERSON]], [[Mark Brooks|PERSON|Mark Brooks (golfer)]], [[Nick "
        "Faldo|PERSON]] ([[Britain|GPE|United Kingdom]]), [[Fred Couples|PERSON]]\n"
        "[[70|number|70]] [[Colin Montgomerie|PERSON]] ([[Britain|GPE|United Kingdom]]), [[Justin "
        "Leonard|PERSON]], [[Davis Love|PERSON|Davis Love III]]\n"
        "[[71|number|71]] [[Corey Pavin|PERSON]], [[Jumbo Ozaki|PERSON|Masashi Ozaki]] ([[Japan|GPE]]), [[Steve "
        "Jones|PERSON|Steve Jones (golfer)]]\n\n"
        "[[Mickelson|PERSON|Phil Mickelson]], who has won [[three|count|3|tournament]] tournaments on the [[U.S.|GPE|United "
        "States]] [[PGA Tour|ORG]] [[this year|D|1996]], had [[six|count|6|birdie]] birdies and "
        "[[two|count|2|bogey]] bogeys. [[Stricker|PERSON|Steve Stricker]] holed a "
        "[[40-foot|quantity|40|ft]] putt on the last hole.\n\n"
        "“I putted well and kept the ball in play,” [[Mickelson|PERSON|Phil Mickelson]] said.\n\n"
        "[[Norman|PERSON|Greg Norman]], the defending champion and world number one, said he was happy with his "
        "start after [[three weeks|D|P3W]] off. [[Faldo|PERSON|Nick Faldo]] said his putting had let him down.\n\n"
        "The winner on [[Sunday|D|1996-08-25]] will receive [[$378,000|money|378000|USD]] and a [[10-year|D|P10Y]] "
        "exemption on the tour.",
        [
            ("Phil Mickelson", "say", "I putted well and kept the ball in play", True),
            ("Greg Norman", "say", "he was happy with his start after three weeks off", False),
            ("Nick Faldo", "say", "his putting had let him down", False),
        ],
    ),
]

"""Marked texts of held-out set 16, briefs 1-7 (built by ``build_own16_heldout.py``; markup in its
docstring). Held out: do not read, debug against or tune on these texts."""

BRIEFS_A = [
    (
        "own16-ho-01",
        "company",
        "2025-06-18",
        "2025-06-18",
        "[[Nippon Steel|ORG]] completes [[U.S. Steel|ORG]] takeover after [[Trump|PERSON|Donald Trump]] approval\n\n"
        "[[PITTSBURGH|GPE|Pittsburgh]], [[June 18|D|2025-06-18]] ([[Reuters|ORG]]) - [[Nippon Steel Corp|ORG|Nippon Steel]] on "
        "[[Wednesday|D|2025-06-18]] completed its [[$14.9 billion|money|14900000000|USD]] purchase of "
        "[[United States Steel Corporation|ORG|U.S. Steel]], ending an [[18-month|D|P18M]] fight that spanned "
        "[[two|count|2|administration]] [[U.S.|GPE|United States]] administrations.\n\n"
        "The deal closed days after President [[Donald Trump|PERSON]] signed an executive order allowing it under a "
        "national security agreement that gives the [[U.S.|GPE|United States]] government a \"golden share\" with a veto "
        "over decisions such as moving the headquarters out of [[Pittsburgh|GPE]].\n\n"
        "Under the agreement, the [[Japanese|NORP]] steelmaker will invest [[about $11 billion|money|11000000000|USD]] in "
        "[[U.S. Steel|ORG]] plants by [[2028|D|2028]], including a new mill, and keep the [[124-year-old|D|P124Y]] "
        "company's name.\n\n"
        "The [[Committee on Foreign Investment in the United States|ORG]] ([[CFIUS|ORG|Committee on Foreign Investment in the United States]]) "
        "failed to reach a consensus on the deal in [[December|D|2024-12]], and former President [[Joe Biden|PERSON]] "
        "blocked it on [[January 3|D|2025-01-03]].\n\n"
        "The [[United Steelworkers|ORG]] union, which represents [[about 11,000|count|11000|worker]] workers at the "
        "company, said it remained skeptical. \"A golden share does not guarantee a single job,\" "
        "[[USW|ORG|United Steelworkers]] President [[David McCall|PERSON]] said.\n\n"
        "Shares of [[Nippon Steel|ORG]] closed up [[1.2%|percent|1.2|%]] in [[Tokyo|GPE]] on [[Wednesday|D|2025-06-18]].\n\n"
        "[[U.S. Steel|ORG]], which employs [[roughly 22,000|count|22000|person]] people, runs its biggest plants at the "
        "[[Mon Valley Works|FAC]] near [[Pittsburgh|GPE]] and at [[Gary Works|FAC]] in [[Gary|GPE|Gary, Indiana]], "
        "[[Indiana|GPE]].",
    ),
    (
        "own16-ho-02",
        "election",
        "2025-04-14",
        "2025-04-14",
        "[[Noboa|PERSON|Daniel Noboa]] wins [[second|ordinal|2]] term in [[Ecuador|GPE]] as rival alleges fraud\n"
        "[[April 14, 2025|D|2025-04-14]]\n\n"
        "[[QUITO|GPE|Quito]], [[Ecuador|GPE]] ([[AP|ORG|Associated Press]]) — President [[Daniel Noboa|PERSON]] won a full "
        "[[four-year|D|P4Y]] term in [[Sunday|D|2025-04-13]]'s runoff, beating leftist [[Luisa González|PERSON]] by "
        "[[more than 11 percentage points|percent|11|pp]].\n\n"
        "With [[over 98%|percent|98|%]] of ballots counted, [[Noboa|PERSON|Daniel Noboa]] had [[55.6%|percent|55.6|%]] of "
        "the vote against [[44.4%|percent|44.4|%]] for [[González|PERSON|Luisa González]], the "
        "[[National Electoral Council|ORG|National Electoral Council (Ecuador)]] ([[CNE|ORG|National Electoral Council (Ecuador)]]) said.\n\n"
        "[[González|PERSON|Luisa González]], the candidate of former President [[Rafael Correa|PERSON]]'s "
        "[[Citizen Revolution Movement|ORG]], refused to concede and demanded a recount, calling the result \"the most "
        "grotesque electoral fraud\" in the country's history. Observers from the [[Organization of American States|ORG]] "
        "and the [[European Union|ORG]] said they had seen no evidence of fraud.\n\n"
        "[[Noboa|PERSON|Daniel Noboa]], heir to a banana fortune, first took office in [[November 2023|D|2023-11]] to finish "
        "the term of [[Guillermo Lasso|PERSON]], who dissolved the [[National Assembly|ORG|National Assembly (Ecuador)]] "
        "to avoid impeachment. He has sent the military against gangs in port cities such as [[Guayaquil|GPE]], and "
        "the homicide rate fell [[15%|percent|15|%]] in [[2024|D|2024]] after a record [[2023|D|2023]], though killings "
        "rose again in [[the first quarter of 2025|D|2025-01/2025-03]].\n\n"
        "[[Ecuadorian|NORP]] households also endured power cuts of up to 14 hours a day [[late last year|D|2024]] after a "
        "drought emptied the reservoir behind the [[Mazar Dam|FAC]].\n\n"
        "[[Noboa|PERSON|Daniel Noboa]] will be sworn in on [[May 24|D|2025-05-24]].",
    ),
    (
        "own16-ho-03",
        "regulator",
        "2025-04-23",
        "2025-04-23",
        "[[EU|ORG|European Union]] fines [[Apple|ORG|Apple Inc.]] and [[Meta|ORG|Meta Platforms]] a combined "
        "[[€700 million|money|700000000|EUR]] under digital rules\n\n"
        "[[BRUSSELS|GPE|Brussels]], [[April 23|D|2025-04-23]] ([[AFP|ORG|Agence France-Presse]]) - The "
        "[[European Commission|ORG]] on [[Wednesday|D|2025-04-23]] fined [[Apple|ORG|Apple Inc.]] "
        "[[€500 million|money|500000000|EUR]] and [[Meta Platforms|ORG]] [[€200 million|money|200000000|EUR]], the "
        "[[first|ordinal|1]] penalties under the [[Digital Markets Act|LAW]] ([[DMA|LAW|Digital Markets Act]]), the "
        "bloc's landmark law to curb the power of big tech.\n\n"
        "The [[Commission|ORG|European Commission]] found that [[Apple|ORG|Apple Inc.]] had stopped app developers from "
        "steering users to cheaper offers outside the [[App Store|PRODUCT]], while [[Meta|ORG|Meta Platforms]]'s \"pay or "
        "consent\" model forced [[Facebook|PRODUCT]] and [[Instagram|PRODUCT]] users in the [[EU|ORG|European Union]] to "
        "choose between a paid, ad-free service and sharing their data.\n\n"
        "Both companies have [[60 days|D|P60D]] to comply or face periodic penalty payments of "
        "[[up to 5%|percent|5|%]] of average daily worldwide turnover. The fines are far below the maximum of "
        "[[10%|percent|10|%]] of global turnover that the law allows.\n\n"
        "[[Apple|ORG|Apple Inc.]], based in [[Cupertino|GPE|Cupertino, California]], [[California|GPE]], said it would appeal "
        "to the [[General Court|ORG|General Court (European Union)]] in [[Luxembourg|GPE]]. [[Meta|ORG|Meta Platforms]]'s "
        "global affairs chief [[Joel Kaplan|PERSON]] said the [[EU|ORG|European Union]] was \"attempting to handicap "
        "successful [[American|NORP]] businesses\".\n\n"
        "The decisions come amid trade tensions with [[Washington|GPE|Washington, D.C.]], where President "
        "[[Donald Trump|PERSON]] has threatened tariffs on countries that penalise [[U.S.|GPE|United States]] technology "
        "firms. The [[Commission|ORG|European Commission]] opened both investigations in [[March 2024|D|2024-03]], and "
        "[[Teresa Ribera|PERSON]], its executive vice-president for competition, called the fines \"a firm and clear "
        "message\".",
    ),
    (
        "own16-ho-04",
        "trade",
        "2025-05-07",
        "2025-05-07",
        "[[India|GPE]] and [[Britain|GPE|United Kingdom]] seal trade deal after [[three years|D|P3Y]] of talks\n\n"
        "[[NEW DELHI|GPE|New Delhi]]/[[LONDON|GPE|London]], [[May 7|D|2025-05-07]] ([[Reuters|ORG]]) - [[India|GPE]] and "
        "[[Britain|GPE|United Kingdom]] have concluded a free trade agreement that will cut tariffs on whisky, cars and "
        "clothing, the [[two|count|2|government]] governments said, ending negotiations that began in [[January 2022|D|2022-01]].\n\n"
        "Under the deal, [[India|GPE]] will halve its [[150%|percent|150|%]] tariff on whisky from [[Scotland|GPE]] to "
        "[[75%|percent|75|%]], falling to [[40%|percent|40|%]] by [[2035|D|2035]], while duties on [[British|NORP]] cars "
        "will drop to [[10%|percent|10|%]] under a quota from [[more than 100%|percent|100|%]].\n\n"
        "[[Britain|GPE|United Kingdom]] will remove duties on [[99%|percent|99|%]] of [[Indian|NORP]] exports, including "
        "clothing, footwear and shrimp. The [[Department for Business and Trade|ORG]] estimates the pact will add "
        "[[£4.8 billion|money|4800000000|GBP]] a year to [[UK|GPE|United Kingdom]] output and lift bilateral trade by "
        "[[£25.5 billion|money|25500000000|GBP]].\n\n"
        "Prime Minister [[Narendra Modi|PERSON]] spoke by phone with his [[British|NORP]] counterpart "
        "[[Keir Starmer|PERSON]] on [[Tuesday|D|2025-05-06]]. [[Starmer|PERSON|Keir Starmer]] called it the biggest deal "
        "[[Britain|GPE|United Kingdom]] has struck since leaving the [[European Union|ORG]].\n\n"
        "Commerce Minister [[Piyush Goyal|PERSON]] and Trade Secretary [[Jonathan Reynolds|PERSON]] are expected to sign "
        "the text in the coming months, after which it must be ratified by [[Parliament|ORG|Parliament of the United Kingdom]] "
        "in [[London|GPE]].\n\n"
        "The [[Scotch Whisky Association|ORG]] called the agreement \"transformational\", and the "
        "[[Confederation of Indian Industry|ORG]] said it would open doors for [[Indian|NORP]] textile makers in "
        "[[Tiruppur|GPE]] and [[Surat|GPE]]. A separate investment treaty is still being negotiated.",
    ),
    (
        "own16-ho-05",
        "health",
        "2025-03-04",
        "2025-03-04",
        "[[Texas|GPE]] measles outbreak passes [[150|count|150|case]] cases\n"
        "[[March 4, 2025|D|2025-03-04]]\n\n"
        "[[LUBBOCK|GPE|Lubbock, Texas]], [[Texas|GPE]] — A measles outbreak in [[West Texas|LOC]] has grown to "
        "[[159|count|159|case]] cases, state health officials said [[Tuesday|D|2025-03-04]], up from "
        "[[146|count|146|case]] on [[Friday|D|2025-02-28]].\n\n"
        "Most of the cases are in [[Gaines County|GPE|Gaines County, Texas]], a rural area on the "
        "[[New Mexico|GPE]] border with a large [[Mennonite|NORP]] community and one of the lowest vaccination rates in "
        "the state.\n\n"
        "[[Twenty-two|count|22|patient]] patients have been hospitalized. An unvaccinated school-age child died in "
        "[[Lubbock|GPE|Lubbock, Texas]] [[last week|D|2025-W09]], the [[first|ordinal|1]] measles death in the "
        "[[U.S.|GPE|United States]] since [[2015|D|2015]].\n\n"
        "The [[Texas Department of State Health Services|ORG]] said [[nine|count|9|case]] more cases had been confirmed "
        "across the state line in [[Lea County|GPE|Lea County, New Mexico]], [[New Mexico|GPE]]. The department is "
        "running free vaccination clinics with [[Texas Tech University Health Sciences Center|ORG]], and "
        "[[Covenant Children's Hospital|ORG]] in [[Lubbock|GPE|Lubbock, Texas]] has treated most of the hospitalized "
        "children.\n\n"
        "The [[Centers for Disease Control and Prevention|ORG]] ([[CDC|ORG|Centers for Disease Control and Prevention]]) "
        "sent a team to the region [[last month|D|2025-02]]. Health Secretary [[Robert F. Kennedy Jr.|PERSON]], a "
        "longtime critic of vaccines, wrote in an opinion piece for [[Fox News|ORG]] that parents should talk to their "
        "doctors about the shot.\n\n"
        "[[Two|count|2|dose]] doses of the vaccine are [[about 97%|percent|97|%]] effective at preventing measles, "
        "according to the [[CDC|ORG|Centers for Disease Control and Prevention]]. In [[2024|D|2024]] the country "
        "recorded [[285|count|285|case]] cases in all.",
    ),
    (
        "own16-ho-06",
        "energy",
        "2025-07-16",
        "2025-07-16",
        "[[EU|ORG|European Union]] clears state aid for [[Poland|GPE]]'s [[first|ordinal|1]] nuclear plant\n\n"
        "[[WARSAW|GPE|Warsaw]], [[July 16|D|2025-07-16]] ([[Reuters|ORG]]) - The [[European Commission|ORG]] on "
        "[[Wednesday|D|2025-07-16]] approved [[Poland|GPE]]'s plan to support its [[first|ordinal|1]] nuclear power plant "
        "with [[about 60 billion zlotys|money|60000000000|PLN]] of state capital, loan guarantees and a "
        "[[40-year|D|P40Y]] contract for difference.\n\n"
        "The plant, to be built by state-owned [[Polskie Elektrownie Jądrowe|ORG]] ([[PEJ|ORG|Polskie Elektrownie Jądrowe]]) "
        "near the village of [[Choczewo|GPE]] in [[Pomerania|LOC]] on the [[Baltic|LOC|Baltic Sea]] coast, will use "
        "[[three|count|3|reactor]] [[AP1000|PRODUCT]] reactors supplied by "
        "[[Westinghouse|ORG|Westinghouse Electric Company]] of the [[United States|GPE]], with a combined capacity of "
        "[[about 3,750 megawatts|quantity|3750|MW]]. [[Bechtel|ORG]] will share the construction work.\n\n"
        "The [[first|ordinal|1]] unit is due to start operating in [[2036|D|2036]]. The project is expected to cost "
        "[[192 billion zlotys|money|192000000000|PLN]] ([[$52 billion|money|52000000000|USD]]).\n\n"
        "Climate Minister [[Paulina Hennig-Kloska|PERSON]] said the decision gave investors certainty. The "
        "[[Sejm|ORG]] voted in [[March|D|2025-03]] to give [[PEJ|ORG|Polskie Elektrownie Jądrowe]] a capital injection of "
        "[[14.7 billion zlotys|money|14700000000|PLN]] over [[2025-2031|D|2025/2031]].\n\n"
        "Coal still generates [[around 57%|percent|57|%]] of [[Poland|GPE]]'s electricity, the highest share in the "
        "[[European Union|ORG]]. [[Greenpeace Poland|ORG]] said the money would be better spent on offshore wind and "
        "grids, and warned of delays similar to those at [[Olkiluoto|FAC|Olkiluoto Nuclear Power Plant]] in "
        "[[Finland|GPE]], whose [[third|ordinal|3]] reactor started [[14 years|D|P14Y]] late.",
    ),
    (
        "own16-ho-07",
        "transport",
        "2025-06-06",
        "2025-06-06",
        "[[Modi|PERSON|Narendra Modi]] opens world's highest rail bridge, bringing trains to [[Kashmir|LOC|Kashmir Valley]]\n\n"
        "[[SRINAGAR|GPE|Srinagar]], [[June 6|D|2025-06-06]] ([[PTI|ORG|Press Trust of India]]) Prime Minister "
        "[[Narendra Modi|PERSON]] on [[Friday|D|2025-06-06]] inaugurated the [[Chenab Bridge|FAC]], a steel arch "
        "[[359 metres|quantity|359|m]] above the [[Chenab|LOC|Chenab River]] river in [[Jammu and Kashmir|GPE]]'s "
        "[[Reasi|GPE|Reasi district]] district, and flagged off the [[first|ordinal|1]] "
        "[[Vande Bharat|PRODUCT|Vande Bharat Express]] trains between [[Katra|GPE|Katra, Jammu and Kashmir]] and "
        "[[Srinagar|GPE]].\n\n"
        "The [[1,315-metre|quantity|1315|m]] bridge, built by [[Afcons Infrastructure|ORG]] for "
        "[[Indian Railways|ORG]], stands [[35 metres|quantity|35|m]] taller than the [[Eiffel Tower|FAC]]. It "
        "completes the Udhampur-Srinagar-Baramulla Rail Link project, which cost [[about ₹43,780 crore|money|437800000000|INR]] "
        "and took [[more than two decades|D|P20Y]] to finish.\n\n"
        "Work on the bridge began in [[2004|D|2004]] but was halted in [[2008|D|2008]] over safety concerns. Engineers "
        "from the [[Indian Institute of Science|ORG]] in [[Bengaluru|GPE]] advised on anchoring the rock slopes, and the "
        "structure is designed to withstand winds of [[up to 260 km/h|quantity|260|km/h]].\n\n"
        "The new service cuts the journey from [[Katra|GPE|Katra, Jammu and Kashmir]] to the valley to about three "
        "hours, and the [[Northern Railway|ORG]] zone plans to run [[two|count|2|train]] trains a day in each direction "
        "from [[June 7|D|2025-06-07]].\n\n"
        "Chief Minister [[Omar Abdullah|PERSON]] and Lieutenant Governor [[Manoj Sinha|PERSON]] joined the ceremony. "
        "Security was tight after the [[Pahalgam|GPE]] attack in [[April|D|2025-04]], in which [[26|count|26|person]] "
        "people were killed. [[Modi|PERSON|Narendra Modi]] also laid foundation stones for projects worth "
        "[[₹46,000 crore|money|460000000000|INR]].",
    ),
]

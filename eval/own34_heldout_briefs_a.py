"""Held-out set 34 (blind): marked texts of briefs 01-07 and their statements (see
``build_own34_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own34-ho-01", "riksbank-decision", "2025-09-23", "2025-09-23",
        "[[Riksbank|ORG|Sveriges Riksbank]] cuts policy rate to [[1.75 per cent|percent|1.75|%]]\n"
        "Press release\n"
        "[[23 September 2025|D|2025-09-23]]\n\n"
        "The Executive Board of [[Sveriges Riksbank|ORG]] has decided to cut the policy rate by "
        "[[0.25 percentage points|percent|0.25|pp]] to [[1.75 per cent|percent|1.75|%]]. The decision will "
        "apply from [[Wednesday 1 October|D|2025-10-01]].\n\n"
        "CPIF inflation was [[3.2 per cent|percent|3.2|%]] in [[August|D|2025-08]], higher than the "
        "[[Riksbank|ORG|Sveriges Riksbank]] had expected, but the [[Riksbank|ORG|Sveriges Riksbank]] assesses "
        "that the upturn is temporary and that inflation will be close to the [[2 per cent|percent|2|%]] "
        "target in [[2026|D|2026]]. [[Swedish|NORP]] GDP grew by [[0.5 per cent|percent|0.5|%]] in [[the "
        "second quarter|D|2025-04/2025-06]], while unemployment remained at [[about 8.7 per cent|percent|8.7|%]].\n\n"
        "The krona has strengthened by [[about 9 per cent|percent|9|%]] against the euro since "
        "[[January|D|2025-01]], which dampens import prices. The [[Riksbank|ORG|Sveriges Riksbank]] will "
        "continue to sell government bonds at a pace of [[SEK 5 billion|money|5000000000|SEK]] a month "
        "until [[the end of the year|D|2025-12]].\n\n"
        "“Economic activity in [[Sweden|GPE]] is weak, and a somewhat lower policy rate supports the "
        "recovery,” said Governor [[Erik Thedéen|PERSON]]. “If the outlook holds, we expect the rate to stay "
        "at this level for some time.”\n\n"
        "Deputy Governor [[Aino Bunge|PERSON]] entered a reservation and argued that the rate should be "
        "held at [[2 per cent|percent|2|%]] until the effects of the tariffs imposed by the [[United "
        "States|GPE]] are clearer.\n\n"
        "[[Thedéen|PERSON|Erik Thedéen]] told reporters in [[Stockholm|GPE]] that the [[Riksbank|ORG|Sveriges "
        "Riksbank]] did not target the exchange rate.\n\n"
        "The next monetary policy decision will be announced on [[5 November|D|2025-11-05]]. The minutes "
        "of [[today|D|2025-09-23]]’s meeting will be published on [[2 October|D|2025-10-02]].",
        [
            ("Sveriges Riksbank", "assess", "the upturn is temporary and that inflation will be close to "
             "the 2 per cent target in 2026", False),
            ("Erik Thedéen", "say", "Economic activity in Sweden is weak, and a somewhat lower policy rate "
             "supports the recovery", True),
            ("Erik Thedéen", "say", "If the outlook holds, we expect the rate to stay at this level for "
             "some time.", True),
            ("Aino Bunge", "argue", "the rate should be held at 2 per cent until the effects of the tariffs "
             "imposed by the United States are clearer", False),
            ("Erik Thedéen", "tell", "the Riksbank did not target the exchange rate", False),
        ],
    ),
    (
        "own34-ho-02", "nbs-cpi", "2025-10-15", "2025-10-15",
        "[[National Bureau of Statistics|ORG|National Bureau of Statistics (Nigeria)]]\n"
        "Consumer Price Index [[September 2025|D|2025-09]]\n"
        "[[Abuja|GPE]], [[15 October 2025|D|2025-10-15]]\n\n"
        "[[Nigeria|GPE]]’s headline inflation rate eased to [[18.02%|percent|18.02|%]] in "
        "[[September 2025|D|2025-09]] from [[20.12%|percent|20.12|%]] in [[August 2025|D|2025-08]], the "
        "[[National Bureau of Statistics|ORG|National Bureau of Statistics (Nigeria)]] said on "
        "[[Wednesday|D|2025-10-15]]. It was the [[sixth|ordinal|6]] consecutive monthly decline.\n\n"
        "On a month-on-month basis, the headline rate was [[0.72%|percent|0.72|%]], "
        "[[1.3 percentage points|percent|1.3|pp]] lower than the rate recorded in [[August|D|2025-08]]. "
        "Food inflation stood at [[16.87%|percent|16.87|%]] year on year, driven by the prices of yam, "
        "beans and garri.\n\n"
        "The average price of [[1kg|quantity|1|kg]] of local rice fell to [[₦1,850|money|1850|NGN]] "
        "from [[₦2,040|money|2040|NGN]] in [[September 2024|D|2024-09]], while a [[12.5kg|quantity|12.5|kg]] cylinder of "
        "cooking gas cost [[₦21,300|money|21300|NGN]] on average. [[Bauchi|GPE|Bauchi State]] recorded the "
        "highest year-on-year rate, while [[Lagos|GPE|Lagos State]] recorded [[17.4%|percent|17.4|%]] and the [[Federal Capital "
        "Territory|GPE|Federal Capital Territory (Nigeria)]] [[19.6%|percent|19.6|%]]; [[Kano|GPE|Kano State]] and "
        "[[Kaduna|GPE|Kaduna State]] recorded the lowest rates.\n\n"
        "Statistician-General [[Adeyemi Adeniran|PERSON]] said the rebased index, introduced in "
        "[[January|D|2025-01]] with [[2024|D|2024]] as the base year, now covered "
        "[[934|count|934|item]] items.\n\n"
        "[[Central Bank of Nigeria|ORG]] Governor [[Olayemi Cardoso|PERSON]] said in "
        "[[September|D|2025-09]] that the bank expected disinflation to "
        "continue into [[2026|D|2026]] as food supply improved and the naira stabilised. The "
        "bank cut its benchmark rate to [[27%|percent|27|%]] at its "
        "[[September|D|2025-09]] meeting, its [[first|ordinal|1]] reduction in [[more than five "
        "years|D|P5Y]].\n\n"
        "The [[International Monetary Fund|ORG]] said in [[October|D|2025-10]] that [[Nigeria|GPE]]’s "
        "economy would grow by [[3.9%|percent|3.9|%]] in [[2025|D|2025]].\n\n"
        "The [[October|D|2025-10]] index will be released on [[17 November 2025|D|2025-11-17]].",
        [
            ("National Bureau of Statistics (Nigeria)", "say", "Nigeria’s headline inflation rate eased to "
             "18.02% in September 2025 from 20.12% in August 2025", False),
            ("Adeyemi Adeniran", "say", "the rebased index, introduced in January with 2024 as the base "
             "year, now covered 934 items", False),
            ("Olayemi Cardoso", "say", "the bank expected disinflation to continue into 2026 as food "
             "supply improved and the naira stabilised", False),
            ("International Monetary Fund", "say", "Nigeria’s economy would grow by 3.9% in 2025", False),
        ],
    ),
    (
        "own34-ho-03", "fca-fine", "2025-07-16", "2025-07-16",
        "[[FCA|ORG|Financial Conduct Authority]] fines [[Barclays|ORG]] [[£42 million|money|42000000|GBP]] "
        "for poor handling of financial crime risks\n"
        "Press Releases  First published: [[16/07/2025|D|2025-07-16]]\n\n"
        "The [[Financial Conduct Authority|ORG]] has fined [[Barclays Bank UK PLC|ORG]] and [[Barclays Bank "
        "PLC|ORG]] a total of [[£42 million|money|42000000|GBP]] for failing to manage the risk of "
        "handling the proceeds of crime.\n\n"
        "[[Barclays Bank PLC|ORG]] opened an account for [[Stunt & Co|ORG]], a wealth management firm, in "
        "[[2015|D|2015]] without obtaining enough information about it. Over [[three years|D|P3Y]], "
        "[[Stunt & Co|ORG]] received [[£46.8 million|money|46800000|GBP]] from a money-laundering "
        "network and passed [[£40 million|money|40000000|GBP]] of it to [[Barclays|ORG]].\n\n"
        "Separately, [[Barclays Bank UK PLC|ORG]] opened [[more than 24,000|count|24000|account]] accounts "
        "for customers who presented a high risk of financial crime from [[June 2015 to "
        "February 2018|D|2015-06/2018-02]].\n\n"
        "[[Barclays|ORG]] agreed to resolve the matter and qualified for a [[30%|percent|30|%]] discount. "
        "Without it, the fines would have totalled [[£59.9 million|money|59900000|GBP]]. The "
        "[[FCA|ORG|Financial Conduct Authority]] acted under the [[Financial Services and Markets Act "
        "2000|LAW]].\n\n"
        "[[Therese Chambers|PERSON]], joint executive director of enforcement and market oversight at the "
        "[[FCA|ORG|Financial Conduct Authority]], said: “[[Barclays|ORG]] failed to properly assess and "
        "manage the risks that they were exposed to, making it easier for criminals to launder money. "
        "Banks must take these risks seriously.”\n\n"
        "The [[FCA|ORG|Financial Conduct Authority]] noted that [[Barclays|ORG]] had since repaid "
        "[[£24.8 million|money|24800000|GBP]] to [[Stunt & Co|ORG]]’s liquidators and had improved its "
        "controls. [[Barclays|ORG]] said it accepted the findings. Chief executive [[C. S. "
        "Venkatakrishnan|PERSON]] said in a statement that the bank had learned lessons from the case.",
        [
            ("Therese Chambers", "say", "Barclays failed to properly assess and manage the risks that they "
             "were exposed to, making it easier for criminals to launder money. Banks must take these risks "
             "seriously.", True),
            ("Financial Conduct Authority", "note", "Barclays had since repaid £24.8 million to Stunt & "
             "Co’s liquidators and had improved its controls", False),
            ("Barclays", "say", "it accepted the findings", False),
            ("C. S. Venkatakrishnan", "say", "the bank had learned lessons from the case", False),
        ],
    ),
    (
        "own34-ho-04", "saudi-budget", "2025-12-02", "2025-12-02",
        "[[Ministry of Finance|ORG|Ministry of Finance (Saudi Arabia)]] announces the State Budget for "
        "[[2026|D|2026]]\n"
        "[[Riyadh|GPE]], [[December 2, 2025|D|2025-12-02]]\n\n"
        "The [[Council of Ministers|ORG|Council of Ministers of Saudi Arabia]], chaired by the Custodian of "
        "the Two Holy Mosques King [[Salman bin Abdulaziz Al Saud|PERSON|Salman of Saudi Arabia]], "
        "[[today|D|2025-12-02]] approved the State Budget for the fiscal year [[2026|D|2026]], with total "
        "expenditure of [[SAR 1.313 trillion|money|1313000000000|SAR]] and total revenues of [[SAR 1.147 "
        "trillion|money|1147000000000|SAR]].\n\n"
        "The budget deficit is estimated at [[SAR 165 billion|money|165000000000|SAR]], or "
        "[[3.3%|percent|3.3|%]] of GDP. Public debt is expected to reach [[about SAR 1.62 "
        "trillion|money|1620000000000|SAR]] by [[the end of 2026|D|2026-12]].\n\n"
        "His Royal Highness Crown Prince [[Mohammed bin Salman|PERSON]] said that the [[Kingdom|GPE|Saudi "
        "Arabia]] would continue to spend on projects that diversify the economy, and that non-oil "
        "activities had grown by [[4.5%|percent|4.5|%]] in [[2025|D|2025]].\n\n"
        "Minister of Finance [[Mohammed Al-Jadaan|PERSON]] said: “The budget balances spending on "
        "priorities with the sustainability of public finances. We expect real GDP to grow by "
        "[[4.6%|percent|4.6|%]] [[next year|D|2026]].”\n\n"
        "According to the ministry’s statement, non-oil revenues are projected at [[SAR 506 "
        "billion|money|506000000000|SAR]]. [[Saudi|NORP]] unemployment fell to a record low of "
        "[[6.8%|percent|6.8|%]] in [[the second quarter of 2025|D|2025-04/2025-06]], and the number of "
        "[[Saudi|NORP]] nationals working in the private sector exceeded [[2.4 million|count|2400000|person]].\n\n"
        "The ministry expects lower dividends from [[Saudi Aramco|ORG]], and the [[Public Investment "
        "Fund|ORG]] will finance giga-projects such as [[Neom|GPE]] outside the budget.\n\n"
        "[[Al-Jadaan|PERSON|Mohammed Al-Jadaan]] told a press conference in [[Riyadh|GPE]] that the "
        "government would publish quarterly performance reports and would review spending in [[the first "
        "half of 2026|D|2026-01/2026-06]].",
        [
            ("Mohammed bin Salman", "say", "the Kingdom would continue to spend on projects that diversify "
             "the economy, and that non-oil activities had grown by 4.5% in 2025", False),
            ("Mohammed Al-Jadaan", "say", "The budget balances spending on priorities with the "
             "sustainability of public finances. We expect real GDP to grow by 4.6% next year.", True),
            ("Ministry of Finance (Saudi Arabia)", "according to", "non-oil revenues are projected at SAR 506 "
             "billion", False),
            ("Ministry of Finance (Saudi Arabia)", "expect", "lower dividends from Saudi Aramco", False),
            ("Mohammed Al-Jadaan", "tell", "the government would publish quarterly performance reports and "
             "would review spending in the first half of 2026", False),
        ],
    ),
    (
        "own34-ho-05", "amsa-rescue", "2025-11-24", "2025-11-24",
        "[[AMSA|ORG|Australian Maritime Safety Authority]] coordinates rescue of solo sailor in "
        "[[Southern Ocean|LOC]]\n"
        "Media release  [[24 November 2025|D|2025-11-24]]\n\n"
        "The [[Australian Maritime Safety Authority|ORG]] has coordinated the rescue of a "
        "[[French|NORP]] solo sailor whose yacht was dismasted [[about 1,300 nautical "
        "miles|quantity|1300|nmi]] south-west of [[Perth|GPE]] on [[Saturday|D|2025-11-22]].\n\n"
        "[[AMSA|ORG|Australian Maritime Safety Authority]]’s [[Joint Rescue Coordination Centre|ORG]] in "
        "[[Canberra|GPE]] received a distress beacon alert at 4:10am AEDT. The sailor "
        "reported by satellite phone that he was uninjured but that his "
        "[[18-metre|quantity|18|m]] yacht was taking on water in seas of [[up to 7 metres|quantity|7|m]] "
        "and winds of [[45 knots|quantity|45|kn]].\n\n"
        "A [[Royal Australian Air Force|ORG]] [[P-8A Poseidon|PRODUCT|Boeing P-8 Poseidon]] aircraft from "
        "[[RAAF Base Edinburgh|FAC]] in [[South Australia|GPE]] dropped a life raft and supplies on "
        "[[Sunday|D|2025-11-23]]. The bulk carrier [[Ocean Pride|PRODUCT]], diverted from "
        "[[600 km|quantity|600|km]] away, took the sailor on board [[today|D|2025-11-24]].\n\n"
        "[[AMSA|ORG|Australian Maritime Safety Authority]] Response Division general manager [[Joseph "
        "Zimmerman|PERSON]] said: “This was a complex operation in one of the most remote parts of the "
        "world. The crew of the [[Ocean Pride|PRODUCT]] did an outstanding job.”\n\n"
        "Mr [[Zimmerman|PERSON|Joseph Zimmerman]] said the sailor would arrive in [[Fremantle|GPE|Fremantle, "
        "Western Australia]] in [[about four days|D|P4D]], where [[Western Australia Police|ORG|Western "
        "Australia Police Force]] officers would meet him.\n\n"
        "The [[Bureau of Meteorology|ORG]] forecast that the winds would ease to [[25 knots|quantity|25|kn]] "
        "by [[Tuesday|D|2025-11-25]].\n\n"
        "[[AMSA|ORG|Australian Maritime Safety Authority]] said it had coordinated "
        "[[more than 300|count|300|search]] searches in [[2025|D|2025]] and reminded sailors to register "
        "their beacons. Rescue authorities in [[France|GPE]] "
        "assisted with the search.",
        [
            ("Joseph Zimmerman", "say", "This was a complex operation in one of the most remote parts of "
             "the world. The crew of the Ocean Pride did an outstanding job.", True),
            ("Joseph Zimmerman", "say", "the sailor would arrive in Fremantle in about four days, where "
             "Western Australia Police officers would meet him", False),
            ("Bureau of Meteorology", "forecast", "the winds would ease to 25 knots by Tuesday", False),
            ("Australian Maritime Safety Authority", "say", "it had coordinated more than 300 searches in "
             "2025", False),
        ],
    ),
    (
        "own34-ho-06", "iea-oil-market", "2025-11-13", "2025-11-13",
        "Oil Market Report - [[November 2025|D|2025-11]]\n"
        "[[International Energy Agency|ORG]], [[Paris|GPE]], [[13 November 2025|D|2025-11-13]]\n\n"
        "World oil demand is forecast to rise by [[790,000 barrels|quantity|790000|bbl]] a day in "
        "[[2025|D|2025]] and by [[770,000 barrels|quantity|770000|bbl]] a day in [[2026|D|2026]], the "
        "[[International Energy Agency|ORG]] said in its monthly report. Global supply rose to [[108.2 "
        "million barrels|quantity|108200000|bbl]] a day in [[October|D|2025-10]], as [[OPEC|ORG]] and its allies "
        "continued to unwind its output cuts and producers in the [[Americas|LOC]] pumped at record "
        "rates.\n\n"
        "The [[IEA|ORG|International Energy Agency]] expects supply to exceed demand by [[about 4 million "
        "barrels|quantity|4000000|bbl]] a day [[next year|D|2026]]. Observed global inventories rose by [[77.7 "
        "million barrels|quantity|77700000|bbl]] in [[September|D|2025-09]] to their highest level in "
        "[[four years|D|P4Y]].\n\n"
        "[[United States|GPE]] sanctions on [[Rosneft|ORG]] and [[Lukoil|ORG]], announced on [[October "
        "22|D|2025-10-22]], could disrupt [[Russian|NORP]] exports, the agency said. [[Russia|GPE]]’s "
        "export revenues fell to [[$11 billion|money|11000000000|USD]] in [[October|D|2025-10]], their "
        "lowest since [[2020|D|2020]].\n\n"
        "[[IEA|ORG|International Energy Agency]] Executive Director [[Fatih Birol|PERSON]] said: “Markets "
        "are well supplied, but the new sanctions add uncertainty. Refiners in [[India|GPE]] and "
        "[[China|GPE]] are already looking for other sources of crude.” [[Birol|PERSON|Fatih Birol]] added that [[Saudi Arabia|GPE]] and the "
        "[[United Arab Emirates|GPE]] had raised output the most.\n\n"
        "Brent futures traded [[around $64|money|64|USD]] a barrel at the time of writing, "
        "[[$4|money|4|USD]] higher than on [[October 13|D|2025-10-13]]. [[Brazil|GPE]] and [[Guyana|GPE]] together added "
        "[[more than 400,000 barrels|quantity|400000|bbl]] a day of new capacity in [[2025|D|2025]].\n\n"
        "The next Oil Market Report will be published on [[11 December 2025|D|2025-12-11]].",
        [
            ("International Energy Agency", "say", "World oil demand is forecast to rise by 790,000 "
             "barrels a day in 2025 and by 770,000 barrels a day in 2026", False),
            ("International Energy Agency", "expect", "supply to exceed demand by about 4 million barrels a "
             "day next year", False),
            ("International Energy Agency", "say", "United States sanctions on Rosneft and Lukoil, "
             "announced on October 22, could disrupt Russian exports", False),
            ("Fatih Birol", "say", "Markets are well supplied, but the new sanctions add uncertainty. "
             "Refiners in India and China are already looking for other sources of crude.", True),
            ("Fatih Birol", "add", "Saudi Arabia and the United Arab Emirates had raised output the most",
             False),
        ],
    ),
    (
        "own34-ho-07", "novo-results", "2025-02-05", "2025-02-05",
        "[[Novo Nordisk|ORG]] annual report [[2024|D|2024]]\n"
        "Company announcement  [[Bagsværd|GPE]], [[Denmark|GPE]], [[5 February 2025|D|2025-02-05]]\n\n"
        "Sales increased by [[25%|percent|25|%]] to [[DKK 290.4 billion|money|"
        "290400000000|DKK]] in [[2024|D|2024]], and operating profit increased by [[26%|percent|26|%]] to "
        "[[DKK 128.3 billion|money|128300000000|DKK]].\n\n"
        "Sales in [[North America|LOC]] increased by [[30%|percent|30|%]], and sales in International "
        "Operations by [[19%|percent|19|%]]. Sales of obesity care products rose by [[57%|percent|57|%]] "
        "to [[DKK 65.1 billion|money|65100000000|DKK]]. [[Novo Nordisk|ORG]] estimates that "
        "[[about 45 million|count|45000000|person]] people are treated with its products.\n\n"
        "The Board of Directors will propose a final dividend of [[DKK 7.90|money|7.90|DKK]] per share at "
        "the Annual General Meeting on [[27 March 2025|D|2025-03-27]], and a new share repurchase "
        "programme of [[up to DKK 15 billion|money|15000000000|DKK]] over [[12 months|D|P12M]].\n\n"
        "For [[2025|D|2025]], sales growth is expected to be [[16|percent|16|%]] to "
        "[[24%|percent|24|%]] at constant exchange rates.\n\n"
        "“We are pleased with the sales growth in [[2024|D|2024]], and we now serve more patients than "
        "ever,” said [[Lars Fruergaard Jørgensen|PERSON]], president and CEO. “In [[2025|D|2025]], we will "
        "continue to expand production capacity.”\n\n"
        "[[Jørgensen|PERSON|Lars Fruergaard Jørgensen]] told journalists in [[Copenhagen|GPE]] that competition "
        "from [[Eli Lilly|ORG|Eli Lilly and Company]] in the [[United States|GPE]] would intensify, and that "
        "the company expected the [[Food and Drug Administration|ORG]] to decide on a higher-dose product in "
        "[[the second half of 2025|D|2025-07/2025-12]].\n\n"
        "Chief financial officer [[Karsten Munk Knudsen|PERSON]] told analysts that the acquisition of "
        "[[three|count|3|site]] fill-finish sites from [[Catalent|ORG]], completed in "
        "[[December|D|2024-12]], would weigh on operating profit growth in [[the first half of "
        "the year|D|2025-01/2025-06]].",
        [
            ("Novo Nordisk", "estimate", "about 45 million people are treated with its products", False),
            ("Lars Fruergaard Jørgensen", "say", "We are pleased with the sales growth in 2024, and we now "
             "serve more patients than ever", True),
            ("Lars Fruergaard Jørgensen", "say", "In 2025, we will continue to expand production capacity.",
             True),
            ("Lars Fruergaard Jørgensen", "tell", "competition from Eli Lilly in the United States would "
             "intensify, and that the company expected the Food and Drug Administration to decide on a "
             "higher-dose product in the second half of 2025", False),
            ("Karsten Munk Knudsen", "tell", "the acquisition of three fill-finish sites from Catalent, "
             "completed in December, would weigh on operating profit growth in the first half of the year",
             False),
        ],
    ),
]

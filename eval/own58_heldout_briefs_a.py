"""Held-out set 58 (blind): marked texts of briefs 01-07 and their statements (see
``build_own58_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own58-ho-01", "central-bank-of-uzbekistan-policy-rate", "2025-10-23", "2025-10-23",
        "[[CENTRAL BANK OF THE REPUBLIC OF UZBEKISTAN|ORG|Central Bank of Uzbekistan]]\n"
        "PRESS RELEASE\n"
        "[[Tashkent|GPE]], [[23 October 2025|D|2025-10-23]]\n\n"
        "POLICY RATE KEPT AT [[14 PERCENT|percent|14|%]]\n\n"
        "The [[Central Bank of the Republic of Uzbekistan|ORG|Central Bank of Uzbekistan]] decided "
        "[[today|D|2025-10-23]] to keep its policy rate unchanged at [[14 percent|percent|14|%]] per annum.\n\n"
        "Key indicators\n"
        "• Annual inflation, [[September 2025|D|2025-09]]: [[7.7%|percent|7.7|%]], down from "
        "[[8.8%|percent|8.8|%]] in [[June|D|2025-06]]\n"
        "• Core inflation: [[6.9%|percent|6.9|%]]\n"
        "• Real GDP growth, [[January-September 2025|D|2025-01/2025-09]]: [[7.0%|percent|7.0|%]]\n"
        "• International reserves, [[1 October 2025|D|2025-10-01]]: [[US$55.2 billion|money|55200000000|USD]]\n"
        "• Remittances, [[first nine months of 2025|D|2025-01/2025-09]]: "
        "[[US$13.3 billion|money|13300000000|USD]], up [[30%|percent|30|%]]\n\n"
        "The [[Central Bank|ORG|Central Bank of Uzbekistan]] noted that inflation expectations of households "
        "and businesses remained high at [[about 11 percent|percent|11|%]]. It expects inflation to fall to "
        "[[6|percent|6|%]] to [[7 percent|percent|7|%]] by the end of [[2026|D|2026]] and to reach the "
        "[[5 percent|percent|5|%]] target in [[2027|D|2027]].\n\n"
        "Governor [[Timur Ishmetov|PERSON]] told reporters that the bank saw no room for a cut "
        "[[this year|D|2025]]. “Gold prices and remittances have kept the soum stable, but price pressure "
        "from the energy tariff reform is not over,” he said.\n\n"
        "[[Ishmetov|PERSON|Timur Ishmetov]] added that bank lending had grown [[19 percent|percent|19|%]] "
        "since [[January|D|2025-01]], to [[UZS 560 trillion|money|560000000000000|UZS]].\n\n"
        "Deputy Prime Minister [[Jamshid Kuchkarov|PERSON]] has pledged to keep the budget deficit below "
        "[[3 percent|percent|3|%]] of GDP in [[2026|D|2026]], and the [[International Monetary Fund|ORG]] "
        "estimates that [[Uzbekistan|GPE]]’s economy will grow [[6.8 percent|percent|6.8|%]] "
        "[[this year|D|2025]].\n\n"
        "The next meeting on monetary policy will be held on [[11 December 2025|D|2025-12-11]].",
        [
            ("Central Bank of Uzbekistan", "note", "inflation expectations of households and businesses remained "
             "high at about 11 percent", False),
            ("Central Bank of Uzbekistan", "expect", "inflation to fall to 6 to 7 percent by the end of 2026 and "
             "to reach the 5 percent target in 2027", False),
            ("Timur Ishmetov", "tell", "the bank saw no room for a cut this year", False),
            ("Timur Ishmetov", "say", "Gold prices and remittances have kept the soum stable, but price pressure "
             "from the energy tariff reform is not over", True),
            ("Timur Ishmetov", "add", "bank lending had grown 19 percent since January, to UZS 560 trillion",
             False),
            ("Jamshid Kuchkarov", "pledge", "keep the budget deficit below 3 percent of GDP in 2026", False),
            ("International Monetary Fund", "estimate", "Uzbekistan’s economy will grow 6.8 percent this year",
             False),
        ],
    ),
    (
        "own58-ho-02", "indec-poverty-first-half", "2025-09-24", "2025-09-24",
        "[[NATIONAL INSTITUTE OF STATISTICS AND CENSUSES|ORG|National Institute of Statistics and Census of "
        "Argentina]] ([[INDEC|ORG|National Institute of Statistics and Census of Argentina]])\n"
        "[[Buenos Aires|GPE]], [[24 September 2025|D|2025-09-24]]\n\n"
        "POVERTY FALLS TO [[31.6%|percent|31.6|%]] IN [[THE FIRST HALF OF 2025|D|2025-01/2025-06]]\n\n"
        "In [[the first half of 2025|D|2025-01/2025-06]], [[31.6%|percent|31.6|%]] of people in the "
        "[[31|count|31|agglomeration]] urban agglomerations covered by the Permanent Household Survey were "
        "below the poverty line, [[INDEC|ORG|National Institute of Statistics and Census of Argentina]] "
        "reported [[today|D|2025-09-24]]. The rate was [[6.5 percentage points|percent|6.5|pp]] lower than in "
        "[[the second half of 2024|D|2024-07/2024-12]] and [[21.3 points|percent|21.3|pp]] below the "
        "[[52.9%|percent|52.9|%]] of [[the first half of 2024|D|2024-01/2024-06]]. Indigence fell to "
        "[[6.9%|percent|6.9|%]] of people, from [[8.2%|percent|8.2|%]].\n\n"
        "Poverty by region, [[first half of 2025|D|2025-01/2025-06]] (share of people)\n"
        "[[Greater Buenos Aires|GPE]]   [[31.3%|percent|31.3|%]]\n"
        "[[Northwest|LOC|Argentine Northwest]]             [[33.9%|percent|33.9|%]]\n"
        "[[Northeast|LOC|Argentine Northeast]]             [[37.7%|percent|37.7|%]]\n"
        "[[Cuyo|LOC|Cuyo (Argentina)]]                  [[32.1%|percent|32.1|%]]\n"
        "[[Pampas|LOC]]                [[30.2%|percent|30.2|%]]\n"
        "[[Patagonia|LOC]]             [[27.0%|percent|27.0|%]]\n\n"
        "Extrapolated to the whole urban population, [[about 9.5 million|count|9500000|person]] people were "
        "poor, the institute estimated.\n\n"
        "Economy Minister [[Luis Caputo|PERSON]] said the figures showed that falling inflation had lifted "
        "real incomes. “[[Argentina|GPE]] is leaving behind a century of decline,” President "
        "[[Javier Milei|PERSON]] wrote.\n\n"
        "The [[Observatory of the Argentine Social Debt|ORG]] of the "
        "[[Catholic University of Argentina|ORG|Pontifical Catholic University of Argentina]] warned that the "
        "survey understated the rise in the cost of rent, transport and utilities since "
        "[[December 2023|D|2023-12]]. The [[General Confederation of Labour|ORG|General Confederation of "
        "Labour (Argentina)]] called for an emergency rise in pensions, which [[about 7 million|count|7000000|"
        "pensioner]] pensioners draw.\n\n"
        "The poverty report for [[the second half of 2025|D|2025-07/2025-12]] will be published in "
        "[[March 2026|D|2026-03]].",
        [
            ("National Institute of Statistics and Census of Argentina", "report", "In the first half of 2025, "
             "31.6% of people in the 31 urban agglomerations covered by the Permanent Household Survey were "
             "below the poverty line", False),
            ("National Institute of Statistics and Census of Argentina", "estimate", "Extrapolated to the whole "
             "urban population, about 9.5 million people were poor", False),
            ("Luis Caputo", "say", "the figures showed that falling inflation had lifted real incomes", False),
            ("Javier Milei", "write", "Argentina is leaving behind a century of decline", True),
            ("Observatory of the Argentine Social Debt", "warn", "the survey understated the rise in the cost of "
             "rent, transport and utilities since December 2023", False),
            ("General Confederation of Labour (Argentina)", "call for", "an emergency rise in pensions, which "
             "about 7 million pensioners draw", False),
        ],
    ),
    (
        "own58-ho-03", "mercado-libre-third-quarter-results", "2025-10-29", "2025-10-29",
        "[[MERCADOLIBRE|ORG|Mercado Libre]] REPORTS [[THIRD QUARTER 2025|D|2025-07/2025-09]] RESULTS\n\n"
        "[[MONTEVIDEO|GPE|Montevideo]], [[Uruguay|GPE]], [[October 29, 2025|D|2025-10-29]] – "
        "[[MercadoLibre|ORG|Mercado Libre]], the largest online commerce and fintech company in "
        "[[Latin America|LOC]], [[today|D|2025-10-29]] reported results for "
        "[[the quarter ended September 30, 2025|D|2025-07/2025-09]].\n\n"
        "- Net revenue and financial income: [[US$7.4 billion|money|7400000000|USD]], up "
        "[[39%|percent|39|%]]\n"
        "- Net income: [[US$421 million|money|421000000|USD]], down [[6%|percent|6|%]]\n"
        "- Items sold: [[624 million|count|624000000|item]], up [[28%|percent|28|%]]\n"
        "- Unique active buyers: [[77 million|count|77000000|buyer]]\n"
        "- Credit portfolio: [[US$11 billion|money|11000000000|USD]], up [[83%|percent|83|%]]\n\n"
        "Gross merchandise volume grew [[35%|percent|35|%]] in [[Brazil|GPE]], [[40%|percent|40|%]] in "
        "[[Mexico|GPE]] and [[58%|percent|58|%]] in [[Argentina|GPE]], where the company has lowered the "
        "free-shipping threshold to [[ARS 33,000|money|33000|ARS]].\n\n"
        "“We chose to invest in cheaper shipping in [[Brazil|GPE]], and the volumes show it was the right "
        "call,” said [[Ariel Szarfsztejn|PERSON]], who will succeed [[Marcos Galperin|PERSON]] as chief "
        "executive on [[January 1, 2026|D|2026-01-01]]. [[Galperin|PERSON|Marcos Galperin]] will remain "
        "executive chairman.\n\n"
        "Chief Financial Officer [[Martín de los Santos|PERSON]] told analysts that margins would recover in "
        "[[2026|D|2026]] as the shipping investments matured, and added that credit losses were stable at "
        "[[about 7 percent|percent|7|%]] of the portfolio.\n\n"
        "[[Mercado Pago|ORG]], the fintech unit, said it had applied for banking licences in "
        "[[Mexico|GPE]] and [[Argentina|GPE]]. The company announced that it would invest "
        "[[US$3.4 billion|money|3400000000|USD]] and hire [[1,800|count|1800|worker]] workers in "
        "[[Argentina|GPE]] in [[2026|D|2026]].\n\n"
        "A conference call will be held at 4:30 p.m. ET [[today|D|2025-10-29]].",
        [
            ("Ariel Szarfsztejn", "say", "We chose to invest in cheaper shipping in Brazil, and the volumes show "
             "it was the right call", True),
            ("Martín de los Santos", "tell", "margins would recover in 2026 as the shipping investments matured",
             False),
            ("Martín de los Santos", "add", "credit losses were stable at about 7 percent of the portfolio", False),
            ("Mercado Pago", "say", "it had applied for banking licences in Mexico and Argentina", False),
            ("Mercado Libre", "announce", "it would invest US$3.4 billion and hire 1,800 workers in Argentina in "
             "2026", False),
        ],
    ),
    (
        "own58-ho-04", "kazakhstan-emergencies-flood-update", "2024-04-10", "2024-04-10",
        "[[MINISTRY OF EMERGENCY SITUATIONS OF THE REPUBLIC OF KAZAKHSTAN|ORG|Ministry of Emergency Situations "
        "(Kazakhstan)]]\n"
        "Flood situation update\n"
        "[[Astana|GPE]], [[10 April 2024|D|2024-04-10]], 09:00\n\n"
        "Cause: snowmelt after a winter of heavy snow and a rapid thaw\n"
        "Regions affected: [[Akmola|GPE|Akmola Region]], [[Aktobe|GPE|Aktobe Region]], "
        "[[Kostanay|GPE|Kostanay Region]], [[North Kazakhstan|GPE|North Kazakhstan Region]], "
        "[[West Kazakhstan|GPE|West Kazakhstan Region]]\n"
        "People evacuated since [[27 March|D|2024-03-27]]: [[96,512|count|96512|person]], including "
        "[[32,000|count|32000|child]] children\n"
        "Houses flooded: [[5,370|count|5370|house]]\n"
        "Rescuers deployed: [[more than 35,000|count|35000|rescuer]]\n"
        "Water pumped out: [[4.8 million cubic metres|quantity|4800000|m3]]\n\n"
        "Minister of Emergency Situations [[Chingis Arinov|PERSON]] said the [[Ural|LOC|Ural (river)]] river at "
        "[[Uralsk|GPE|Oral, Kazakhstan]] had risen by [[45 centimetres|quantity|45|cm]] overnight to "
        "[[8.92 metres|quantity|8.92|m]] and was expected to peak at [[about 9.5 metres|quantity|9.5|m]] on "
        "[[Saturday|D|2024-04-13]].\n\n"
        "President [[Kassym-Jomart Tokayev|PERSON]], who visited [[Petropavl|GPE]] on [[Monday|D|2024-04-08]], "
        "said the floods were the worst natural disaster in [[80 years|D|P80Y]]. He pledged that every family "
        "that lost its home would receive a new one or compensation by [[October|D|2024-10]].\n\n"
        "The weather service [[Kazhydromet|ORG]] warned that the [[Ishim|LOC|Ishim (river)]] river could reach "
        "[[14 metres|quantity|14|m]] in [[Petropavl|GPE]] [[next week|D|2024-W16]].\n\n"
        "The [[Ministry of National Economy|ORG|Ministry of National Economy (Kazakhstan)]] estimates that damage "
        "exceeds [[KZT 300 billion|money|300000000000|KZT]] ([[about US$670 million|money|670000000|USD]]).\n\n"
        "Across the border, a dam breach on [[5 April|D|2024-04-05]] flooded much of the "
        "[[Russian|NORP]] city of [[Orsk|GPE]], and water released upstream is reaching [[Aktobe|GPE|Aktobe "
        "Region]].\n\n"
        "Hotline: 112. Next update: [[11 April 2024|D|2024-04-11]].",
        [
            ("Chingis Arinov", "say", "the Ural river at Uralsk had risen by 45 centimetres overnight to 8.92 "
             "metres and was expected to peak at about 9.5 metres on Saturday", False),
            ("Kassym-Jomart Tokayev", "say", "the floods were the worst natural disaster in 80 years", False),
            ("Kassym-Jomart Tokayev", "pledge", "every family that lost its home would receive a new one or "
             "compensation by October", False),
            ("Kazhydromet", "warn", "the Ishim river could reach 14 metres in Petropavl next week", False),
            ("Ministry of National Economy (Kazakhstan)", "estimate", "damage exceeds KZT 300 billion (about "
             "US$670 million)", False),
        ],
    ),
    (
        "own58-ho-05", "colombian-red-cross-catatumbo-update", "2025-01-24", "2025-01-24",
        "[[COLOMBIAN RED CROSS|ORG|Colombian Red Cross]]\n"
        "HUMANITARIAN UPDATE – [[CATATUMBO|LOC|Catatumbo]] CRISIS\n"
        "[[Bogotá|GPE]], [[24 January 2025|D|2025-01-24]]\n\n"
        "Key figures (as of [[23 January|D|2025-01-23]])\n"
        "-- People displaced from the [[Catatumbo|LOC]] region: [[more than 36,000|count|36000|person]]\n"
        "-- People confined in their communities: [[about 23,000|count|23000|person]]\n"
        "-- Deaths reported by the authorities: [[80|count|80|death]]\n"
        "-- Kits delivered in [[Cúcuta|GPE]] and [[Ocaña|GPE]]: [[4,150|count|4150|kit]]\n"
        "-- Volunteers deployed: [[320|count|320|volunteer]]\n\n"
        "Since fighting between the [[National Liberation Army|ORG|National Liberation Army (Colombia)]] "
        "([[ELN|ORG|National Liberation Army (Colombia)]]) and dissidents of the former "
        "[[FARC|ORG|Revolutionary Armed Forces of Colombia]] broke out on [[16 January|D|2025-01-16]], families "
        "have fled on foot and by truck to [[Cúcuta|GPE]], [[Tibú|GPE]] and [[Ocaña|GPE]]; "
        "[[some 1,000|count|1000|person]] people crossed into [[Venezuela|GPE]].\n\n"
        "The [[Colombian Red Cross|ORG]] said its teams had attended [[11,500|count|11500|person]] people at "
        "shelters in [[Cúcuta|GPE]], including the [[General Santander stadium|FAC|Estadio General "
        "Santander]], and had reunited [[64|count|64|child]] children with their families.\n\n"
        "“Families arrive with nothing but the clothes they wear. What they need most is shelter, water and "
        "protection,” said [[Judith Carvajal de Álvarez|PERSON]], Executive President of the "
        "[[Colombian Red Cross|ORG]].\n\n"
        "President [[Gustavo Petro|PERSON]] declared a state of internal commotion on [[Monday|D|2025-01-20]], "
        "after suspending peace talks with the [[ELN|ORG|National Liberation Army (Colombia)]]. Governor "
        "[[William Villamizar|PERSON]] of [[Norte de Santander|GPE|Norte de Santander Department]] warned that "
        "shelters in [[Cúcuta|GPE]] were full.\n\n"
        "The [[International Committee of the Red Cross|ORG]] called on the armed groups to let civilians leave "
        "safely and to spare health workers.\n\n"
        "The [[Red Cross|ORG|Colombian Red Cross]] is appealing for "
        "[[COP 4,500 million|money|4500000000|COP]] ([[about US$1 million|money|1000000|USD]]) to cover "
        "[[the next three months|D|2025-01-24/2025-04-24]].",
        [
            ("Colombian Red Cross", "say", "its teams had attended 11,500 people at shelters in Cúcuta, including "
             "the General Santander stadium, and had reunited 64 children with their families", False),
            ("Judith Carvajal de Álvarez", "say", "Families arrive with nothing but the clothes they wear. What "
             "they need most is shelter, water and protection", True),
            ("William Villamizar", "warn", "shelters in Cúcuta were full", False),
            ("International Committee of the Red Cross", "call on", "the armed groups to let civilians leave "
             "safely and to spare health workers", False),
            ("Colombian Red Cross", "appeal for", "COP 4,500 million (about US$1 million) to cover the next three "
             "months", False),
        ],
    ),
    (
        "own58-ho-06", "riyadh-metro-opening", "2024-12-01", "2024-12-01",
        "[[ROYAL COMMISSION FOR RIYADH CITY|ORG|Royal Commission for Riyadh City]]\n"
        "PRESS RELEASE\n"
        "[[Riyadh|GPE]], [[1 December 2024|D|2024-12-01]]\n\n"
        "[[RIYADH METRO|FAC|Riyadh Metro]] OPENS TO PASSENGERS\n\n"
        "[[Three|count|3|line]] lines of the [[Riyadh Metro|FAC]] opened to the public [[today|D|2024-12-01]], "
        "days after King [[Salman|PERSON|Salman of Saudi Arabia]] inaugurated the network on "
        "[[Wednesday|D|2024-11-27]].\n\n"
        "-- Full network: [[176 kilometres|quantity|176|km]], [[85|count|85|station]] stations, "
        "[[six|count|6|line]] lines\n"
        "-- Driverless trains: [[183|count|183|train]]\n"
        "-- Longest line: [[about 50 kilometres|quantity|50|km]]\n"
        "-- Fare: [[SAR 4|money|4|SAR]] for a two-hour ticket\n"
        "-- Remaining lines: to open in stages by [[5 January 2025|D|2025-01-05]]\n\n"
        "[[Riyadh|GPE]] Governor Prince [[Faisal bin Bandar|PERSON|Faisal bin Bandar Al Saud]] said the metro would "
        "change daily life in a city of [[more than 7 million|count|7000000|person]] people.\n\n"
        "The commission expects the network to carry [[3.6 million|count|3600000|passenger]] passengers a day "
        "once all lines are running, and to take [[about 250,000|count|250000|car]] cars off the roads.\n\n"
        "“This is the largest metro built in [[one|count|1|phase]] phase anywhere in the world,” Minister of Transport and "
        "Logistic Services [[Saleh Al-Jasser|PERSON]] told reporters. He added that the network would be ready for [[Expo 2030|EVENT]] and the "
        "[[2034 FIFA World Cup|EVENT]].\n\n"
        "The project, built by consortia led by [[Bechtel|ORG]], [[FCC|ORG|FCC (company)]] and "
        "[[Webuild|ORG]], cost [[about US$22.5 billion|money|22500000000|USD]]. [[Saudi|NORP]] women make up "
        "[[about 40%|percent|40|%]] of the train crews.",
        [
            ("Faisal bin Bandar Al Saud", "say", "the metro would change daily life in a city of more than 7 "
             "million people", False),
            ("Royal Commission for Riyadh City", "expect", "the network to carry 3.6 million passengers a day once "
             "all lines are running, and to take about 250,000 cars off the roads", False),
            ("Saleh Al-Jasser", "tell", "This is the largest metro built in one phase anywhere in the world", True),
            ("Saleh Al-Jasser", "add", "the network would be ready for Expo 2030 and the 2034 FIFA World Cup",
             False),
        ],
    ),
    (
        "own58-ho-07", "turkey-energy-ministry-sakarya-gas", "2025-05-14", "2025-05-14",
        "From: [[Ministry of Energy and Natural Resources|ORG|Ministry of Energy and Natural Resources "
        "(Turkey)]], [[Republic of Türkiye|GPE|Turkey]]\n"
        "[[Ankara|GPE]], [[14 May 2025|D|2025-05-14]]\n\n"
        "[[SAKARYA|FAC|Sakarya Gas Field]] GAS OUTPUT TO DOUBLE WITH [[OSMAN GAZI|PRODUCT|Osman Gazi FPU]]\n\n"
        "The [[Turkish Petroleum Corporation|ORG]] ([[TPAO|ORG|Turkish Petroleum Corporation]]) has moored "
        "the floating production unit [[Osman Gazi|PRODUCT|Osman Gazi FPU]] off [[Filyos|GPE]], and the "
        "[[second|ordinal|2]] phase of the [[Sakarya Gas Field|FAC]] will start production in "
        "[[2026|D|2026]].\n\n"
        "-- Current output: [[9.5 million cubic metres|quantity|9500000|m3]] a day\n"
        "-- Output expected in [[2026|D|2026]]: [[20 million cubic metres|quantity|20000000|m3]] a day\n"
        "-- Gas discovered in the [[Black Sea|LOC]] since [[2020|D|2020]]: "
        "[[675 billion cubic metres|quantity|675000000000|m3]]\n"
        "-- New wells in the [[second|ordinal|2]] phase: [[18|count|18|well]]\n\n"
        "Minister [[Alparslan Bayraktar|PERSON]] said the field would meet [[about 30 percent|percent|30|%]] "
        "of [[Türkiye|GPE|Turkey]]’s household gas demand by [[2028|D|2028]]. “Every cubic metre we produce "
        "at home is a cubic metre we do not pay for in dollars,” [[Bayraktar|PERSON|Alparslan Bayraktar]] "
        "said.\n\n"
        "Speaking in [[Zonguldak|GPE]] on [[Monday|D|2025-05-12]], President "
        "[[Recep Tayyip Erdoğan|PERSON]] pledged that the new gas would help lower household bills.\n\n"
        "The state pipeline company [[BOTAŞ|ORG]] estimates that domestic gas will cut the import bill by "
        "[[US$1.5 billion|money|1500000000|USD]] [[this year|D|2025]], after imports of "
        "[[about 52 billion cubic metres|quantity|52000000000|m3]] in [[2024|D|2024]].\n\n"
        "Notes to editors\n"
        "- The field was discovered in [[August 2020|D|2020-08]], [[about 170 kilometres|quantity|170|km]] off "
        "the coast, in water [[2,200 metres|quantity|2200|m]] deep.\n"
        "- Gas first reached the [[Filyos|GPE]] plant in [[April 2023|D|2023-04]].",
        [
            ("Alparslan Bayraktar", "say", "the field would meet about 30 percent of Türkiye’s household gas "
             "demand by 2028", False),
            ("Alparslan Bayraktar", "say", "Every cubic metre we produce at home is a cubic metre we do not pay for "
             "in dollars", True),
            ("Recep Tayyip Erdoğan", "pledge", "the new gas would help lower household bills", False),
            ("BOTAŞ", "estimate", "domestic gas will cut the import bill by US$1.5 billion this year, after imports "
             "of about 52 billion cubic metres in 2024", False),
        ],
    ),
]

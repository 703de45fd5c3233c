"""Held-out set 69 (blind): marked texts of briefs 01-07 and their statements (see
``build_own69_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own69-ho-01", "bank-negara-malaysia-opr-hold", "2025-11-06", "2025-11-06",
        "[[BANK NEGARA MALAYSIA|ORG|Bank Negara Malaysia]]\n"
        "Monetary Policy Statement\n"
        "Reference No: 11/25/04\n"
        "[[Kuala Lumpur|GPE]], [[6 November 2025|D|2025-11-06]]\n\n"
        "OVERNIGHT POLICY RATE KEPT AT [[2.75 PER CENT|percent|2.75|%]]\n\n"
        "[[Bank Negara Malaysia|ORG]] ([[BNM|ORG|Bank Negara Malaysia]]) [[today|D|2025-11-06]] kept the Overnight "
        "Policy Rate (OPR) at [[2.75 per cent|percent|2.75|%]], after cutting it by "
        "[[25 basis points|percent|0.25|pp]] in [[July|D|2025-07]]. The ceiling and floor rates of the OPR corridor "
        "remain at [[3.00 per cent|percent|3|%]] and [[2.50 per cent|percent|2.5|%]].\n\n"
        "Key indicators\n"
        "Real GDP growth, [[third quarter 2025|D|2025-07/2025-09]] (advance estimate): [[5.2%|percent|5.2|%]]\n"
        "Headline inflation, [[September|D|2025-09]]: [[1.5%|percent|1.5|%]]\n"
        "Unemployment rate, [[September|D|2025-09]]: [[3.0%|percent|3|%]]\n"
        "International reserves, [[15 October 2025|D|2025-10-15]]: [[US$123.9 billion|money|123900000000|USD]]\n\n"
        "The [[Malaysian|NORP]] economy grew strongly in [[the third quarter|D|2025-07/2025-09]] on household "
        "spending and investment. Governor [[Abdul Rasheed Ghaffour|PERSON]] told reporters that growth for "
        "[[2025|D|2025]] was expected at [[4.0|percent|4|%]] to [[4.8 per cent|percent|4.8|%]], but warned that the "
        "full effect of [[US|GPE|United States]] tariffs on exports would be felt [[next year|D|2026]]. “The current "
        "level of the OPR remains supportive of the economy and is consistent with our assessment of inflation and "
        "growth,” he said.\n\n"
        "[[BNM|ORG|Bank Negara Malaysia]] expects headline inflation to average [[1.5%|percent|1.5|%]] to "
        "[[2.3%|percent|2.3|%]] in [[2025|D|2025]]. According to the [[Department of Statistics Malaysia|ORG]] "
        "([[DOSM|ORG|Department of Statistics Malaysia]]), it averaged [[1.4%|percent|1.4|%]] in "
        "[[the first nine months of the year|D|2025-01/2025-09]]. The ringgit has gained [[6.9%|percent|6.9|%]] "
        "against the [[US|GPE|United States]] dollar [[this year|D|2025]] and closed at [[RM4.19|money|4.19|MYR]] on "
        "[[Wednesday|D|2025-11-05]].\n\n"
        "Finance Minister II [[Amir Hamzah Azizan|PERSON]] said the government remained on track to cut the fiscal "
        "deficit to [[3.8%|percent|3.8|%]] of GDP in [[2025|D|2025]].\n\n"
        "The next monetary policy meeting is scheduled for [[21-22 January 2026|D|2026-01-21/2026-01-22]].",
        [
            ("Abdul Rasheed Ghaffour", "tell", "growth for 2025 was expected at 4.0 to 4.8 per cent", False),
            ("Abdul Rasheed Ghaffour", "warn", "the full effect of US tariffs on exports would be felt next year",
             False),
            ("Abdul Rasheed Ghaffour", "say", "The current level of the OPR remains supportive of the economy and is "
             "consistent with our assessment of inflation and growth", True),
            ("Bank Negara Malaysia", "expect", "headline inflation to average 1.5% to 2.3% in 2025", False),
            ("Department of Statistics Malaysia", "according to", "it averaged 1.4% in the first nine months of the "
             "year", False),
            ("Amir Hamzah Azizan", "say", "the government remained on track to cut the fiscal deficit to 3.8% of GDP "
             "in 2025", False),
        ],
    ),
    (
        "own69-ho-02", "statbel-bankruptcies-2024", "2025-01-10", "2025-01-10",
        "[[Statbel|ORG]] – the [[Belgian|NORP]] statistical office\n"
        "Published on [[10/01/2025|D|2025-01-10]]\n\n"
        "[[11,067|count|11067|bankruptcy]] BANKRUPTCIES IN [[2024|D|2024]], THE HIGHEST SINCE [[2013|D|2013]]\n\n"
        "In [[2024|D|2024]], [[11,067|count|11067|enterprise]] enterprises were declared bankrupt in "
        "[[Belgium|GPE]], [[8.0%|percent|8|%]] more than in [[2023|D|2023]] ([[10,243|count|10243|enterprise]]), "
        "[[Statbel|ORG]] reported [[today|D|2025-01-10]]. It is the highest annual total since [[2013|D|2013]], "
        "when [[11,740|count|11740|enterprise]] enterprises went bankrupt. In [[December|D|2024-12]] alone there "
        "were [[1,002|count|1002|bankruptcy]] bankruptcies, [[9.3%|percent|9.3|%]] more than in "
        "[[December 2023|D|2023-12]].\n\n"
        "Bankruptcies by region\n"
        "Region                     [[2024|D|2024]]     [[2023|D|2023]]     change\n"
        "[[Flemish Region|GPE]]             [[6,323|count|6323|bankruptcy]]    [[5,908|count|5908|bankruptcy]]     "
        "[[+7.0%|percent|7|%]]\n"
        "[[Walloon Region|GPE|Wallonia]]             [[2,821|count|2821|bankruptcy]]    "
        "[[2,656|count|2656|bankruptcy]]     [[+6.2%|percent|6.2|%]]\n"
        "[[Brussels-Capital Region|GPE|Brussels]]    [[1,923|count|1923|bankruptcy]]    "
        "[[1,679|count|1679|bankruptcy]]    [[+14.5%|percent|14.5|%]]\n\n"
        "[[32,566|count|32566|job]] jobs were lost through bankruptcies, [[18.3%|percent|18.3|%]] more than in "
        "[[2023|D|2023]]. Construction had a record [[2,619|count|2619|bankruptcy]] bankruptcies, up "
        "[[17.4%|percent|17.4|%]], and transport and storage a record [[724|count|724|bankruptcy]]. The largest "
        "single case was the bus maker [[Van Hool|ORG]] in [[Koningshooikt|GPE]], declared bankrupt in "
        "[[April|D|2024-04]], where [[some 2,500|count|2500|job]] jobs were lost.\n\n"
        "Minister of Economy [[Pierre-Yves Dermagne|PERSON]] said the figures showed that small firms had been hit "
        "hard by high energy and wage costs, and urged the parties negotiating a new federal government to cut red "
        "tape for the self-employed. The [[Federation of Enterprises in Belgium|ORG]] "
        "([[FEB|ORG|Federation of Enterprises in Belgium]]) warned that the number of bankruptcies could rise again "
        "in [[2025|D|2025]] as wage indexation and energy prices weigh on margins.\n\n"
        "Note: The figures are provisional and based on the declarations of the enterprise courts. Figures for "
        "[[January|D|2025-01]] will be published on [[7 February|D|2025-02-07]].",
        [
            ("Statbel", "report", "In 2024, 11,067 enterprises were declared bankrupt in Belgium, 8.0% more than in "
             "2023 (10,243)", False),
            ("Pierre-Yves Dermagne", "say", "the figures showed that small firms had been hit hard by high energy and "
             "wage costs", False),
            ("Pierre-Yves Dermagne", "urge", "the parties negotiating a new federal government to cut red tape for "
             "the self-employed", False),
            ("Federation of Enterprises in Belgium", "warn", "the number of bankruptcies could rise again in 2025 as "
             "wage indexation and energy prices weigh on margins", False),
        ],
    ),
    (
        "own69-ho-03", "vale-third-quarter-2025-results", "2025-10-30", "2025-10-30",
        "[[Vale S.A.|ORG]]\n"
        "Press release\n"
        "[[Rio de Janeiro|GPE]], [[October 30, 2025|D|2025-10-30]]\n\n"
        "[[VALE|ORG|Vale S.A.]]’S [[THIRD-QUARTER|D|2025-07/2025-09]] IRON ORE OUTPUT HIGHEST SINCE "
        "[[2018|D|2018]]\n\n"
        "[[Vale|ORG|Vale S.A.]] [[today|D|2025-10-30]] reported pro forma adjusted EBITDA of "
        "[[US$4.4 billion|money|4400000000|USD]] for [[the third quarter of 2025|D|2025-07/2025-09]] "
        "([[3Q25|D|2025-07/2025-09]]), up [[17%|percent|17|%]] from [[3Q24|D|2024-07/2024-09]], as iron ore "
        "production rose to its highest level for the period since [[2018|D|2018]].\n\n"
        "Highlights\n"
        "• Iron ore production: [[94.4 million tonnes|quantity|94400000|t]], up [[4%|percent|4|%]] year on year\n"
        "• Copper production: [[90,800 tonnes|quantity|90800|t]], up [[18%|percent|18|%]]\n"
        "• Nickel production: [[46,800 tonnes|quantity|46800|t]], up [[18%|percent|18|%]]\n"
        "• Net income attributable to shareholders: [[US$2.7 billion|money|2700000000|USD]]\n"
        "• Interest on capital: [[US$1.4 billion|money|1400000000|USD]], payable on [[10 December|D|2025-12-10]]\n\n"
        "“We delivered another strong set of operating results, and our all-in cost of iron ore fell to its "
        "lowest level in [[four years|D|P4Y]],” said Chief Executive Officer [[Gustavo Pimenta|PERSON]].\n\n"
        "[[Pimenta|PERSON|Gustavo Pimenta]] said [[Vale|ORG|Vale S.A.]] now expected to produce "
        "[[325|quantity|325000000|t]] to [[335 million tonnes|quantity|335000000|t]] of iron ore in [[2025|D|2025]], "
        "and that copper output would reach [[340,000|quantity|340000|t]]-[[370,000 tonnes|quantity|370000|t]]. He "
        "warned that iron ore prices could weaken if [[Chinese|NORP]] steel output fell [[next year|D|2026]]. Chief "
        "Financial Officer [[Marcelo Bacci|PERSON]] said net debt had stayed within the company’s "
        "[[US$10|money|10000000000|USD]]-[[20 billion|money|20000000000|USD]] target range.\n\n"
        "[[Between July and September|D|2025-07/2025-09]], [[Vale|ORG|Vale S.A.]] paid "
        "[[R$4.2 billion|money|4200000000|BRL]] under the agreement signed in [[October 2024|D|2024-10]] with "
        "[[Brazilian|NORP]] authorities, [[BHP|ORG]] and [[Samarco|ORG]] over the [[2015|D|2015]] collapse of the "
        "[[Fundão|FAC|Fundão Dam]] dam in [[Mariana|GPE|Mariana, Minas Gerais]], [[Minas Gerais|GPE]].\n\n"
        "About [[Vale|ORG|Vale S.A.]]\n"
        "[[Vale|ORG|Vale S.A.]] is one of the world’s largest producers of iron ore and nickel, with operations in "
        "[[Brazil|GPE]], [[Canada|GPE]] and [[Indonesia|GPE]], and employs [[about 64,000|count|64000|person]] "
        "people.",
        [
            ("Gustavo Pimenta", "say", "We delivered another strong set of operating results, and our all-in cost "
             "of iron ore fell to its lowest level in four years", True),
            ("Gustavo Pimenta", "say", "Vale now expected to produce 325 to 335 million tonnes of iron ore in 2025, "
             "and that copper output would reach 340,000-370,000 tonnes", False),
            ("Gustavo Pimenta", "warn", "iron ore prices could weaken if Chinese steel output fell next year", False),
            ("Marcelo Bacci", "say", "net debt had stayed within the company’s US$10-20 billion target range", False),
        ],
    ),
    (
        "own69-ho-04", "bureau-of-meteorology-annual-climate-statement-2024", "2025-02-04", "2025-02-04",
        "[[Bureau of Meteorology|ORG]]\n"
        "Media release\n"
        "[[Tuesday 4 February 2025|D|2025-02-04]]\n\n"
        "[[2024|D|2024]] WAS [[AUSTRALIA|GPE|Australia]]’S [[SECOND|ordinal|2]] WARMEST YEAR ON RECORD\n\n"
        "[[Australia|GPE]]’s national mean temperature in [[2024|D|2024]] was [[1.46 °C|quantity|1.46|°C]] above "
        "the [[1961–1990|D|1961/1990]] average, making it the [[second|ordinal|2]] warmest year since national "
        "records began in [[1910|D|1910]], the [[Bureau of Meteorology|ORG]] said in its Annual Climate Statement "
        "2024, released [[today|D|2025-02-04]]. Only [[2019|D|2019]] was warmer, at [[1.52 °C|quantity|1.52|°C]] "
        "above average.\n\n"
        "Year at a glance\n"
        "- Rainfall: [[516 mm|quantity|516|mm]], [[11%|percent|11|%]] above average\n"
        "- Sea surface temperatures around [[Australia|GPE]]: the warmest on record\n"
        "- Highest temperature: [[49.9 °C|quantity|49.9|°C]] at [[Carnarvon|GPE|Carnarvon, Western Australia]], "
        "[[Western Australia|GPE]], on [[14 February|D|2024-02-14]]\n"
        "- Mass coral bleaching on the [[Great Barrier Reef|LOC]] for the [[fifth|ordinal|5]] time since "
        "[[2016|D|2016]]\n\n"
        "“[[2024|D|2024]] brought heatwaves in the west and flooding in the east,” said "
        "Dr [[Karl Braganza|PERSON]], the [[Bureau|ORG|Bureau of Meteorology]]’s National Manager of Climate "
        "Services.\n\n"
        "[[Braganza|PERSON|Karl Braganza]] said [[Australia|GPE]] had warmed by [[1.51 °C|quantity|1.51|°C]] since "
        "[[1910|D|1910]], and warned that longer and more intense heatwaves were likely as the climate kept warming. "
        "The [[Bureau|ORG|Bureau of Meteorology]] expects above-average temperatures for most of the country for "
        "[[March to May|D|2025-03/2025-05]].\n\n"
        "Minister for Climate Change and Energy [[Chris Bowen|PERSON]] said the statement was “another reminder” of why "
        "the country must act, and pledged to cut emissions by [[43%|percent|43|%]] on [[2005|D|2005]] levels by "
        "[[2030|D|2030]]. The Government has committed [[$22.7 billion|money|22700000000|AUD]] to clean energy "
        "manufacturing.",
        [
            ("Bureau of Meteorology", "say", "Australia’s national mean temperature in 2024 was 1.46 °C above the "
             "1961–1990 average, making it the second warmest year since national records began in 1910", False),
            ("Karl Braganza", "say", "2024 brought heatwaves in the west and flooding in the east", True),
            ("Karl Braganza", "say", "Australia had warmed by 1.51 °C since 1910", False),
            ("Karl Braganza", "warn", "longer and more intense heatwaves were likely as the climate kept warming",
             False),
            ("Bureau of Meteorology", "expect", "above-average temperatures for most of the country for March to May",
             False),
            ("Chris Bowen", "say", "the statement was “another reminder” of why the country must act", False),
            ("Chris Bowen", "pledge", "cut emissions by 43% on 2005 levels by 2030", False),
        ],
    ),
    (
        "own69-ho-05", "indonesian-red-cross-sumatra-floods-update", "2025-12-02", "2025-12-02",
        "[[Indonesian Red Cross Society|ORG]] ([[PMI|ORG|Indonesian Red Cross Society]])\n"
        "Humanitarian Update No. 4 – Floods and landslides in [[Sumatra|GPE]]\n"
        "[[Jakarta|GPE]], [[2 December 2025|D|2025-12-02]]\n\n"
        "Floods and landslides brought by [[Cyclone Senyar|EVENT]] and [[a week|D|P1W]] of heavy rain have hit "
        "[[Aceh|GPE]], [[North Sumatra|GPE]] and [[West Sumatra|GPE]] since [[25 November|D|2025-11-25]]. As of this "
        "morning, the [[National Disaster Management Agency|ORG|National Agency for Disaster Countermeasure]] "
        "([[BNPB|ORG|National Agency for Disaster Countermeasure]]) reports [[753|count|753|person]] people dead and "
        "[[650|count|650|person]] missing in the [[three|count|3|province]] provinces, and "
        "[[more than 576,000|count|576000|person]] people displaced.\n\n"
        "Key figures\n"
        "-- Deaths: [[753|count|753|death]]\n"
        "-- Missing: [[650|count|650|person]]\n"
        "-- Displaced: [[more than 576,000|count|576000|person]]\n"
        "-- Districts and cities affected: [[52|count|52|district]]\n"
        "-- Rainfall at [[Sibolga|GPE]], [[24-27 November|D|2025-11-24/2025-11-27]]: [[411 mm|quantity|411|mm]]\n\n"
        "[[PMI|ORG|Indonesian Red Cross Society]] has deployed [[more than 1,200|count|1200|volunteer]] volunteers, "
        "[[45|count|45|ambulance]] ambulances and [[22|count|22|truck]] trucks, and is distributing "
        "[[150,000 litres|quantity|150000|l]] of clean water a day in [[Aceh Tamiang|GPE|Aceh Tamiang Regency]] and "
        "[[Central Tapanuli|GPE|Central Tapanuli Regency]].\n\n"
        "[[PMI|ORG|Indonesian Red Cross Society]] chairman [[Jusuf Kalla|PERSON]] said many villages in the hills "
        "were still cut off and that helicopters were needed to reach them. “Clean water, food and medicine are what "
        "people need most right now,” [[Kalla|PERSON|Jusuf Kalla]] said.\n\n"
        "The [[Meteorology, Climatology and Geophysics Agency|ORG|Meteorology, Climatology, and Geophysical Agency]] "
        "([[BMKG|ORG|Meteorology, Climatology, and Geophysical Agency]]) warned that heavy rain could return to "
        "[[Aceh|GPE]] and [[North Sumatra|GPE]] in the coming days.\n\n"
        "President [[Prabowo Subianto|PERSON]] announced [[Rp 268 billion|money|268000000000|IDR]] in emergency "
        "funds for the [[three|count|3|province]] provinces on [[Monday|D|2025-12-01]]. The "
        "[[International Federation of Red Cross and Red Crescent Societies|ORG]] "
        "([[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]]) has released "
        "[[CHF 1 million|money|1000000|CHF]] from its [[Disaster Response Emergency Fund|ORG]] and will launch an "
        "emergency appeal [[next week|D|2025-W50]].",
        [
            ("National Agency for Disaster Countermeasure", "report", "753 people dead and 650 missing in the three "
             "provinces, and more than 576,000 people displaced", False),
            ("Jusuf Kalla", "say", "many villages in the hills were still cut off and that helicopters were needed to "
             "reach them", False),
            ("Jusuf Kalla", "say", "Clean water, food and medicine are what people need most right now", True),
            ("Meteorology, Climatology, and Geophysical Agency", "warn", "heavy rain could return to Aceh and North "
             "Sumatra in the coming days", False),
            ("Prabowo Subianto", "announce", "Rp 268 billion in emergency funds for the three provinces", False),
        ],
    ),
    (
        "own69-ho-06", "dirco-g20-johannesburg-summit-closes", "2025-11-23", "2025-11-23",
        "From: [[Department of International Relations and Cooperation|ORG]] "
        "([[DIRCO|ORG|Department of International Relations and Cooperation]]), "
        "[[Republic of South Africa|GPE|South Africa]]\n"
        "Published: [[23 November 2025|D|2025-11-23]]\n\n"
        "[[G20|ORG]] LEADERS ADOPT DECLARATION AT [[FIRST|ordinal|1]] SUMMIT ON [[AFRICAN|NORP|African]] SOIL\n\n"
        "[[Johannesburg|GPE]] – The [[G20 Leaders’ Summit|EVENT|2025 G20 Johannesburg summit]] closed at the "
        "[[Nasrec Expo Centre|FAC]] [[today|D|2025-11-23]], after leaders broke with tradition on "
        "[[Saturday|D|2025-11-22]] and adopted their declaration at the opening session. The declaration, which runs "
        "to [[122|count|122|paragraph]] paragraphs, addresses debt relief, climate finance, critical minerals and "
        "disaster resilience.\n\n"
        "The [[United States|GPE]] boycotted the summit, and [[Argentina|GPE]], represented by Foreign Minister "
        "[[Pablo Quirno|PERSON]], did not endorse the text.\n\n"
        "“Our shared goals outweigh our differences,” President [[Cyril Ramaphosa|PERSON]] said as he closed the "
        "summit. [[Ramaphosa|PERSON|Cyril Ramaphosa]] called for a lower cost of capital for [[African|NORP]] "
        "economies and urged lenders to ease the debt burden of poor countries.\n\n"
        "Minister of International Relations and Cooperation [[Ronald Lamola|PERSON]] told journalists that "
        "[[more than 130|count|130|meeting]] meetings had been held during [[South Africa|GPE]]’s presidency, which "
        "began on [[1 December 2024|D|2024-12-01]]. [[Lamola|PERSON|Ronald Lamola]] said the presidency would pass "
        "to the [[United States|GPE]] on [[1 December|D|2025-12-01]], and pledged that [[South Africa|GPE]] would "
        "keep pressing for reform of the [[International Monetary Fund|ORG]] and the [[World Bank|ORG]].\n\n"
        "Key facts\n"
        "- Summit: [[22-23 November 2025|D|2025-11-22/2025-11-23]], [[Johannesburg|GPE]]\n"
        "- Members: [[19|count|19|country]] countries, the [[European Union|ORG]] and the [[African Union|ORG]]\n"
        "- Members represented: [[20|count|20|member]] of [[21|count|21|member]]\n"
        "- Hosting budget: [[R697 million|money|697000000|ZAR]]\n"
        "- Next presidency: [[United States|GPE]], [[2026|D|2026]]",
        [
            ("Cyril Ramaphosa", "say", "Our shared goals outweigh our differences", True),
            ("Cyril Ramaphosa", "call for", "a lower cost of capital for African economies", False),
            ("Cyril Ramaphosa", "urge", "lenders to ease the debt burden of poor countries", False),
            ("Ronald Lamola", "tell", "more than 130 meetings had been held during South Africa’s presidency, which "
             "began on 1 December 2024", False),
            ("Ronald Lamola", "say", "the presidency would pass to the United States on 1 December", False),
            ("Ronald Lamola", "pledge", "South Africa would keep pressing for reform of the International Monetary "
             "Fund and the World Bank", False),
        ],
    ),
    (
        "own69-ho-07", "garante-privacy-openai-chatgpt-fine", "2024-12-20", "2024-12-20",
        "[[GARANTE PER LA PROTEZIONE DEI DATI PERSONALI|ORG|Garante per la protezione dei dati personali]]\n"
        "Press release\n"
        "[[Rome|GPE]], [[20 December 2024|D|2024-12-20]]\n\n"
        "[[CHATGPT|PRODUCT|ChatGPT]]: [[ITALIAN|NORP|Italian]] PRIVACY AUTHORITY FINES [[OPENAI|ORG|OpenAI]] "
        "[[15 MILLION EUROS|money|15000000|EUR]]\n\n"
        "The [[Italian Data Protection Authority|ORG|Garante per la protezione dei dati personali]] "
        "([[Garante|ORG|Garante per la protezione dei dati personali]]) has fined [[OpenAI|ORG]] "
        "[[€15 million|money|15000000|EUR]] at the end of its investigation into [[ChatGPT|PRODUCT]], opened in "
        "[[March 2023|D|2023-03]]. The amount takes into account the company’s cooperation during the "
        "proceedings.\n\n"
        "The [[Authority|ORG|Garante per la protezione dei dati personali]] found that [[OpenAI|ORG]] had used "
        "personal data to train [[ChatGPT|PRODUCT]] without first identifying an adequate legal basis, and that it "
        "had breached the principle of transparency towards users. It also found that the company had not notified "
        "the [[Authority|ORG|Garante per la protezione dei dati personali]] of a data breach suffered in "
        "[[March 2023|D|2023-03]] and had no age checks to shield children from unsuitable content.\n\n"
        "The [[Garante|ORG|Garante per la protezione dei dati personali]] has also ordered [[OpenAI|ORG]] to run a "
        "[[six-month|D|P6M]] information campaign on radio, television, newspapers and the internet, explaining how "
        "[[ChatGPT|PRODUCT]] collects data and how users can object to the training of its models.\n\n"
        "Decision at a glance\n"
        "Company: [[OpenAI|ORG]] ([[United States|GPE]])\n"
        "Fine: [[€15,000,000|money|15000000|EUR]]\n"
        "Campaign: [[six months|D|P6M]]\n"
        "Maximum fine under the [[GDPR|LAW|General Data Protection Regulation]]: "
        "[[€20 million|money|20000000|EUR]] or [[4%|percent|4|%]] of global turnover\n\n"
        "“Artificial intelligence can be developed in [[Italy|GPE]], but never at the expense of people’s rights,” "
        "said [[Garante|ORG|Garante per la protezione dei dati personali]] President "
        "[[Pasquale Stanzione|PERSON]].\n\n"
        "[[OpenAI|ORG]] said the decision was “disproportionate” and that it would appeal, and noted that the "
        "fine was far higher than the revenue it had earned in [[Italy|GPE]] over the period. As [[OpenAI|ORG]] moved "
        "its [[European|NORP]] headquarters to [[Ireland|GPE]] during the proceedings, the "
        "[[Garante|ORG|Garante per la protezione dei dati personali]] has sent the file to the [[Irish|NORP]] "
        "[[Data Protection Commission|ORG]] ([[DPC|ORG|Data Protection Commission]]), the lead authority under the "
        "[[General Data Protection Regulation|LAW]].",
        [
            ("Garante per la protezione dei dati personali", "find", "OpenAI had used personal data to train ChatGPT "
             "without first identifying an adequate legal basis, and that it had breached the principle of "
             "transparency towards users", False),
            ("Garante per la protezione dei dati personali", "find", "the company had not notified the Authority of a "
             "data breach suffered in March 2023 and had no age checks to shield children from unsuitable content",
             False),
            ("Garante per la protezione dei dati personali", "order", "OpenAI to run a six-month information campaign "
             "on radio, television, newspapers and the internet, explaining how ChatGPT collects data and how users "
             "can object to the training of its models", False),
            ("Pasquale Stanzione", "say", "Artificial intelligence can be developed in Italy, but never at the expense "
             "of people’s rights", True),
            ("OpenAI", "say", "the decision was “disproportionate” and that it would appeal", False),
            ("OpenAI", "note", "the fine was far higher than the revenue it had earned in Italy over the period",
             False),
        ],
    ),
]

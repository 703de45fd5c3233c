"""Held-out set 37 (blind): marked texts of briefs 01-07 and their statements (see
``build_own37_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own37-ho-01", "nbp-rate-decision", "2025-11-05", "2025-11-05",
        "Information from the meeting of the [[Monetary Policy Council|ORG]] held on [[4-5 November "
        "2025|D|2025-11-04/2025-11-05]]\n"
        "[[Warsaw|GPE]], [[5 November 2025|D|2025-11-05]]\n\n"
        "The [[Council|ORG|Monetary Policy Council]] decided to lower the [[National Bank of Poland|ORG]] "
        "interest rates by [[0.25 percentage point|percent|0.25|pp]]: the reference rate to "
        "[[4.25%|percent|4.25|%]], the lombard rate to [[4.75%|percent|4.75|%]] and the deposit rate to "
        "[[3.75%|percent|3.75|%]].\n\n"
        "According to the flash estimate of [[Statistics Poland|ORG]], consumer prices rose by "
        "[[2.8%|percent|2.8|%]] in [[October|D|2025-10]], down from [[2.9%|percent|2.9|%]] in "
        "[[September|D|2025-09]]. Economic growth in [[Poland|GPE]] remained robust in [[the third "
        "quarter|D|2025-07/2025-09]], supported by household consumption and by funds from the "
        "[[European Union|ORG]].\n\n"
        "The [[Council|ORG|Monetary Policy Council]] expects inflation to stay within the band of "
        "[[1.5|percent|1.5|%]]-[[3.5%|percent|3.5|%]] around the target in [[2026|D|2026]].\n\n"
        "At a press conference on [[Thursday|D|2025-11-06]], [[NBP|ORG|National Bank of Poland]] President "
        "[[Adam Glapiński|PERSON]] will present the November projection. Speaking to journalists in "
        "[[Warsaw|GPE]] in [[October|D|2025-10]], [[Glapiński|PERSON|Adam Glapiński]] said: “We are not in a "
        "hurry. Each decision will depend on the data.”\n\n"
        "He added that wage growth had slowed to [[about 7%|percent|7|%]] and that the budget deficit of "
        "[[6.5%|percent|6.5|%]] of GDP remained a risk. [[Glapiński|PERSON|Adam Glapiński]] told reporters "
        "that [[two|count|2|member]] members of the [[nine|count|9|member]]-member [[Council|ORG|Monetary "
        "Policy Council]] had voted against the cut.\n\n"
        "The next meeting of the [[Council|ORG|Monetary Policy Council]] will be held on [[2-3 "
        "December 2025|D|2025-12-02/2025-12-03]].\n\n"
        "Finance Minister [[Andrzej Domański|PERSON]] said the cut would lower borrowing costs for [[about 2 million|count|2000000|household]] households with mortgages. [[ING|ORG|ING Group]] economist [[Rafał Benecki|PERSON]] predicted [[two|count|2|cut]] more cuts in [[the first half of 2026|D|2026-01/2026-06]].",
        [
            ("Monetary Policy Council", "expect", "inflation to stay within the band of 1.5-3.5% around the "
             "target in 2026", False),
            ("Adam Glapiński", "say", "We are not in a hurry. Each decision will depend on the data.", True),
            ("Adam Glapiński", "add", "wage growth had slowed to about 7% and that the budget deficit of 6.5% "
             "of GDP remained a risk", False),
            ("Adam Glapiński", "tell", "two members of the nine-member Council had voted against the cut",
             False),
            ("Andrzej Domański", "say", "the cut would lower borrowing costs for about 2 million households with mortgages", False),
            ("Rafał Benecki", "predict", "two more cuts in the first half of 2026", False),
        ],
    ),
    (
        "own37-ho-02", "statssa-qlfs", "2025-11-11", "2025-11-11",
        "Quarterly Labour Force Survey, third quarter 2025\n"
        "Media release, [[11 November 2025|D|2025-11-11]]\n"
        "[[Statistics South Africa|ORG]], [[Pretoria|GPE]]\n\n"
        "The official unemployment rate decreased by [[1.3 percentage points|percent|1.3|pp]] from "
        "[[33.2%|percent|33.2|%]] in [[the second quarter of 2025|D|2025-04/2025-06]] to "
        "[[31.9%|percent|31.9|%]] in [[the third quarter of 2025|D|2025-07/2025-09]], according to "
        "[[Stats SA|ORG|Statistics South Africa]].\n\n"
        "The number of employed persons increased by [[248,000|count|248000|person]] to "
        "[[17.1 million|count|17100000|person]], while the number of unemployed persons fell by "
        "[[about 214,000|count|214000|person]] to [[7.8 million|count|7800000|person]]. The largest "
        "employment gains were in community and social services and in trade; [[Gauteng|GPE]] added "
        "[[74,000|count|74000|job]] jobs and the [[Western Cape|GPE]] [[51,000|count|51000|job]].\n\n"
        "Statistician-General [[Risenga Maluleke|PERSON]] said: “This is the lowest unemployment rate "
        "since [[2020|D|2020]], but young people are still the hardest hit.”\n\n"
        "The youth unemployment rate stood at [[44.5%|percent|44.5|%]]. "
        "[[Maluleke|PERSON|Risenga Maluleke]] noted that [[3.4 million|count|3400000|person]] "
        "young people were neither in employment nor in education or training.\n\n"
        "Minister in the Presidency [[Khumbudzo Ntshavheni|PERSON]] welcomed the figures and said the "
        "government's public employment programme would create [[150,000|count|150000|job]] "
        "more jobs by [[March 2026|D|2026-03]]. Median monthly earnings of employees were "
        "[[R5 500|money|5500|ZAR]], up from [[R5 200|money|5200|ZAR]] in [[2024|D|2024]].\n\n"
        "The results for [[the fourth quarter|D|2025-10/2025-12]] will be released in "
        "[[February 2026|D|2026-02]].\n\n"
        "The [[Congress of South African Trade Unions|ORG]] ([[Cosatu|ORG|Congress of South African Trade Unions]]) said the figures hid the loss of [[30,000|count|30000|job]] jobs in mining in [[Limpopo|GPE]] and [[Mpumalanga|GPE]] since [[January|D|2025-01]].",
        [
            ("Risenga Maluleke", "say", "This is the lowest unemployment rate since 2020, but young people "
             "are still the hardest hit.", True),
            ("Risenga Maluleke", "note", "3.4 million young people were neither in employment nor in "
             "education or training", False),
            ("Khumbudzo Ntshavheni", "say", "the government's public employment programme would create "
             "150,000 more jobs by March 2026", False),
            ("Congress of South African Trade Unions", "say", "the figures hid the loss of 30,000 jobs in mining in Limpopo and Mpumalanga since January", False),
        ],
    ),
    (
        "own37-ho-03", "dpc-fine", "2025-05-02", "2025-05-02",
        "[[Irish|NORP]] [[Data Protection Commission|ORG]] fines [[TikTok|ORG]] [[€530 million|money|530000000|EUR]] "
        "over transfers of user data to [[China|GPE]]\n"
        "[[2 May 2025|D|2025-05-02]]\n\n"
        "The [[Data Protection Commission|ORG]] ([[DPC|ORG|Data Protection Commission]]) [[today|D|2025-05-02]] "
        "published its final decision in its inquiry into [[TikTok Technology Limited|ORG|TikTok]]. The "
        "decision imposes fines totalling [[€530 million|money|530000000|EUR]]: [[€485 million|money|485000000|EUR]] "
        "for unlawful transfers of the personal data of users in the [[European Economic Area|LOC]] to "
        "[[China|GPE]] and [[€45 million|money|45000000|EUR]] for failing to tell users where their data went, "
        "both under the [[General Data Protection Regulation|LAW]].\n\n"
        "The [[DPC|ORG|Data Protection Commission]] also ordered [[TikTok|ORG]] to suspend the transfers if it "
        "does not bring its processing into compliance within [[six months|D|P6M]].\n\n"
        "Deputy Commissioner [[Graham Doyle|PERSON]] said: “[[TikTok|ORG]] failed to guarantee that the data of "
        "[[European|NORP]] users, accessed remotely by staff in [[China|GPE]], was protected to the standard "
        "required in the [[EU|ORG|European Union]].”\n\n"
        "[[Doyle|PERSON|Graham Doyle]] added that the company had told the inquiry in [[April 2025|D|2025-04]] "
        "that some data had in fact been stored on [[Chinese|NORP]] servers.\n\n"
        "The decision was taken by Commissioners [[Des Hogan|PERSON]] and [[Dale Sunderland|PERSON]]. It is "
        "the [[DPC|ORG|Data Protection Commission]]'s [[second|ordinal|2]] fine against [[TikTok|ORG]], after a "
        "[[€345 million|money|345000000|EUR]] fine in [[September 2023|D|2023-09]] over the processing of "
        "children's data.\n\n"
        "[[TikTok|ORG]], which is owned by [[ByteDance|ORG]] and has [[about 159 million|count|159000000|user]] "
        "monthly users in [[Europe|LOC]], said it disagreed with the decision and intended to appeal it in "
        "full.",
        [
            ("Graham Doyle", "say", "TikTok failed to guarantee that the data of European users, accessed "
             "remotely by staff in China, was protected to the standard required in the EU.", True),
            ("Graham Doyle", "add", "the company had told the inquiry in April 2025 that some data had in fact "
             "been stored on Chinese servers", False),
            ("TikTok", "say", "it disagreed with the decision and intended to appeal it in full", False),
        ],
    ),
    (
        "own37-ho-04", "chile-budget", "2025-09-30", "2025-09-30",
        "Minister [[Grau|PERSON|Nicolás Grau]] presents the [[2026|D|2026]] Budget Bill to [[Congress|ORG|National Congress of Chile]]\n"
        "[[Ministry of Finance|ORG|Ministry of Finance (Chile)]], [[Santiago|GPE]], [[September 30, "
        "2025|D|2025-09-30]]\n\n"
        "Finance Minister [[Nicolás Grau|PERSON]] [[today|D|2025-09-30]] presented to the [[National "
        "Congress|ORG|National Congress of Chile]] the Budget Bill for [[2026|D|2026]], which sets total "
        "spending at [[$85.6 trillion|money|85600000000000|CLP]] ([[about US$89 billion|money|89000000000|USD]]), "
        "a real increase of [[2.0%|percent|2.0|%]] on [[this year|D|2025]]'s budget.\n\n"
        "The bill targets a structural deficit of [[1.1%|percent|1.1|%]] of GDP, in line with the path "
        "reviewed by the [[Autonomous Fiscal Council|ORG]]. The [[Ministry|ORG|Ministry of Finance (Chile)]] "
        "expects the economy to grow by [[2.5%|percent|2.5|%]] in [[2026|D|2026]] and assumes a copper price "
        "of [[US$4.40|money|4.4|USD]] per pound.\n\n"
        "“This is a responsible budget that protects social spending and keeps gross public debt below "
        "[[45%|percent|45|%]] of GDP,” [[Grau|PERSON|Nicolás Grau]] told lawmakers in [[Valparaíso|GPE]].\n\n"
        "Budget Director [[Javiera Martínez|PERSON]] said health spending would rise by [[4.8%|percent|4.8|%]] "
        "and that [[12|count|12|hospital]] new public hospitals would open during [[the year|D|2026]]. She "
        "added that the bill cuts [[$1.2 trillion|money|1200000000000|CLP]] from programmes rated poorly "
        "by the [[Budget Office|ORG|Budget Office (Chile)]].\n\n"
        "Under the [[Constitution|LAW|Constitution of Chile]], [[Congress|ORG|National Congress of Chile]] must approve the bill within "
        "[[60 days|D|P60D]]. The [[Chamber of Deputies|ORG|Chamber of Deputies of Chile]] will begin debating "
        "it in committee on [[Monday|D|2025-10-06]]. It is the last budget of President [[Gabriel "
        "Boric|PERSON]], whose term ends in [[March 2026|D|2026-03]].",
        [
            ("Ministry of Finance (Chile)", "expect", "the economy to grow by 2.5% in 2026", False),
            ("Nicolás Grau", "tell", "This is a responsible budget that protects social spending and keeps "
             "gross public debt below 45% of GDP", True),
            ("Javiera Martínez", "say", "health spending would rise by 4.8% and that 12 new public hospitals "
             "would open during the year", False),
            ("Javiera Martínez", "add", "the bill cuts $1.2 trillion from programmes rated poorly by the "
             "Budget Office", False),
        ],
    ),
    (
        "own37-ho-05", "ema-chmp", "2025-07-25", "2025-07-25",
        "[[European Medicines Agency|ORG]] recommends twice-yearly injection to prevent HIV\n"
        "[[Amsterdam|GPE]], [[25 July 2025|D|2025-07-25]]\n\n"
        "[[EMA|ORG|European Medicines Agency]]'s human medicines committee ([[CHMP|ORG|Committee for "
        "Medicinal Products for Human Use]]) has recommended granting a marketing authorisation in the "
        "[[European Union|ORG]] for lenacapavir, a long-acting medicine to prevent HIV infection in adults and "
        "adolescents weighing [[at least 35 kg|quantity|35|kg]]. The medicine is given as an injection every "
        "six months.\n\n"
        "The recommendation is based on [[two|count|2|study]] main studies involving [[more than "
        "7,000|count|7000|participant]] participants. In the [[first|ordinal|1]] study, carried out in "
        "[[South Africa|GPE]] and [[Uganda|GPE]], no infections occurred among the [[2,134|count|2134|woman]] "
        "women who received the medicine; in the [[second|ordinal|2]], infections fell by "
        "[[89%|percent|89|%]] compared with background rates.\n\n"
        "“This is a major step in the fight against HIV,” said [[EMA|ORG|European Medicines Agency]]'s "
        "Executive Director [[Emer Cooke|PERSON]]. “People who find daily tablets hard to take will now have "
        "another option.”\n\n"
        "The [[CHMP|ORG|Committee for Medicinal Products for Human Use]] assessed the medicine in parallel "
        "with the [[World Health Organization|ORG]], so that countries outside the [[EU|ORG|European Union]] "
        "can rely on the same review. [[About 1.3 million|count|1300000|person]] people were newly infected "
        "with HIV worldwide in [[2024|D|2024]], according to [[UNAIDS|ORG]].\n\n"
        "The opinion adopted at the committee's meeting of [[21-24 July|D|2025-07-21/2025-07-24]] will now be "
        "sent to the [[European Commission|ORG]], which normally decides within [[67 days|D|P67D]]. The "
        "developer, [[Gilead Sciences|ORG]], said it would supply the medicine at no profit to "
        "[[120|count|120|country]] low- and middle-income countries.\n\n"
        "[[Winnie Byanyima|PERSON]], executive director of [[UNAIDS|ORG]], said the price would decide how many people in [[Africa|LOC]] could use the injection.",
        [
            ("Emer Cooke", "say", "This is a major step in the fight against HIV", True),
            ("Emer Cooke", "say", "People who find daily tablets hard to take will now have another option.",
             True),
            ("UNAIDS", "according to", "About 1.3 million people were newly infected with HIV worldwide in "
             "2024", False),
            ("Gilead Sciences", "say", "it would supply the medicine at no profit to 120 low- and middle-income "
             "countries", False),
            ("Winnie Byanyima", "say", "the price would decide how many people in Africa could use the injection", False),
        ],
    ),
    (
        "own37-ho-06", "imf-slr-review", "2025-10-09", "2025-10-09",
        "[[IMF|ORG|International Monetary Fund]] Staff Reaches Staff-Level Agreement on the "
        "[[Fifth|ordinal|5]] Review of [[Sri Lanka|GPE]]'s Extended Fund Facility Arrangement\n"
        "[[October 9, 2025|D|2025-10-09]]\n\n"
        "[[Colombo|GPE]], [[Sri Lanka|GPE]]: An [[International Monetary Fund|ORG]] "
        "([[IMF|ORG|International Monetary Fund]]) team led by [[Evan Papageorgiou|PERSON]] visited "
        "[[Colombo|GPE]] from [[September 24 to October 9|D|2025-09-24/2025-10-09]] and reached a staff-level "
        "agreement on the [[fifth|ordinal|5]] review of the [[48-month|D|P48M]] arrangement. Upon approval by "
        "the [[IMF|ORG|International Monetary Fund]] Executive Board, [[Sri Lanka|GPE]] will have access to "
        "[[about US$347 million|money|347000000|USD]], bringing total disbursements to [[about US$1.74 "
        "billion|money|1740000000|USD]].\n\n"
        "At the end of the mission, [[Papageorgiou|PERSON|Evan Papageorgiou]] said: “[[Sri Lanka|GPE]]'s "
        "reform efforts continue to bear fruit. Growth reached [[4.8 percent|percent|4.8|%]] in [[the first "
        "half of 2025|D|2025-01/2025-06]], and inflation has returned to positive territory.”\n\n"
        "He said gross official reserves had risen to [[US$6.2 billion|money|6200000000|USD]] in "
        "[[August|D|2025-08]] and that the tax-to-GDP ratio was on track to reach [[15.1 "
        "percent|percent|15.1|%]] in [[2026|D|2026]].\n\n"
        "The team noted that electricity prices should stay at cost-recovery levels and urged the "
        "authorities to strengthen the independence of the [[Central Bank of Sri Lanka|ORG]].\n\n"
        "The team met President [[Anura Kumara Dissanayake|PERSON]], Governor [[Nandalal "
        "Weerasinghe|PERSON]] and Deputy Minister of Finance [[Harshana Suriyapperuma|PERSON]]. The review "
        "is expected to go to the Executive Board in [[December|D|2025-12]]. [[Sri Lanka|GPE]] defaulted on "
        "its external debt in [[2022|D|2022]] after reserves fell to [[less than US$50 "
        "million|money|50000000|USD]].",
        [
            ("Evan Papageorgiou", "say", "Sri Lanka's reform efforts continue to bear fruit. Growth reached 4.8 "
             "percent in the first half of 2025, and inflation has returned to positive territory.", True),
            ("Evan Papageorgiou", "say", "gross official reserves had risen to US$6.2 billion in August and "
             "that the tax-to-GDP ratio was on track to reach 15.1 percent in 2026", False),
            ("International Monetary Fund", "note", "electricity prices should stay at cost-recovery levels",
             False),
            ("International Monetary Fund", "urge", "the authorities to strengthen the independence of the "
             "Central Bank of Sri Lanka", False),
        ],
    ),
    (
        "own37-ho-07", "petrobras-results", "2025-11-06", "2025-11-06",
        "[[Petrobras|ORG]] reports net income of [[R$32.7 billion|money|32700000000|BRL]] in "
        "[[3Q25|D|2025-07/2025-09]]\n"
        "[[Rio de Janeiro|GPE]], [[November 6, 2025|D|2025-11-06]]\n\n"
        "[[Petrobras|ORG]] reported net income attributable to shareholders of [[R$32.7 "
        "billion|money|32700000000|BRL]] in [[the third quarter of 2025|D|2025-07/2025-09]], up "
        "[[21%|percent|21|%]] from [[the previous quarter|D|2025-04/2025-06]]. Adjusted EBITDA reached "
        "[[R$62.4 billion|money|62400000000|BRL]].\n\n"
        "Oil and gas production averaged [[3.14 million barrels|quantity|3140000|bbl]] of oil equivalent per "
        "day, a record, as [[four|count|4|platform]] new platforms in the [[Santos Basin|LOC]] ramped up. "
        "Brent crude averaged [[US$69|money|69|USD]] per barrel, [[13%|percent|13|%]] less than in "
        "[[the third quarter of 2024|D|2024-07/2024-09]].\n\n"
        "The Board of Directors approved [[R$12.16 billion|money|12160000000|BRL]] in dividends, or "
        "[[R$0.94|money|0.94|BRL]] per share, to be paid in [[February|D|2026-02]] and [[March 2026|D|2026-03]].\n\n"
        "“We are producing more, with lower costs and lower emissions,” Chief Executive [[Magda "
        "Chambriard|PERSON]] said. “This is the result of the work of our [[41,000|count|41000|employee]] "
        "employees.”\n\n"
        "Chief Financial Officer [[Fernando Melgarejo|PERSON]] said gross debt stood at [[US$67.9 "
        "billion|money|67900000000|USD]], within the ceiling of [[US$75 billion|money|75000000000|USD]] set in "
        "the business plan. The company expects the [[Búzios|LOC|Búzios field]] field to produce "
        "[[1 million barrels|quantity|1000000|bbl]] a day by [[2026|D|2026]].\n\n"
        "[[Petrobras|ORG]], which is controlled by the [[Brazilian|NORP]] state, will hold a conference call "
        "with analysts on [[Friday|D|2025-11-07]].\n\n"
        "[[Brazilian|NORP]] Mines and Energy Minister [[Alexandre Silveira|PERSON]] said the results showed that [[Petrobras|ORG]] could invest more in refining in the [[Northeast|LOC|Northeast Region, Brazil]].",
        [
            ("Magda Chambriard", "say", "We are producing more, with lower costs and lower emissions", True),
            ("Magda Chambriard", "say", "This is the result of the work of our 41,000 employees.", True),
            ("Fernando Melgarejo", "say", "gross debt stood at US$67.9 billion, within the ceiling of US$75 "
             "billion set in the business plan", False),
            ("Petrobras", "expect", "the Búzios field to produce 1 million barrels a day by 2026", False),
            ("Alexandre Silveira", "say", "the results showed that Petrobras could invest more in refining in the Northeast", False),
        ],
    ),
]

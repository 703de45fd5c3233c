"""Held-out set 70 (blind): marked texts of briefs 01-07 and their statements (see
``build_own70_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own70-ho-01", "bank-of-albania-base-rate-hold", "2025-11-05", "2025-11-05",
        "[[BANK OF ALBANIA|ORG|Bank of Albania]]\n"
        "Press release\n"
        "[[Tirana|GPE]], [[5 November 2025|D|2025-11-05]]\n\n"
        "BASE RATE KEPT AT [[2.75 PERCENT|percent|2.75|%]]\n\n"
        "The [[Bank of Albania|ORG]] decided [[today|D|2025-11-05]] to keep its base rate unchanged at "
        "[[2.75 percent|percent|2.75|%]], for the [[eighth|ordinal|8]] consecutive meeting. The overnight deposit "
        "and lending rates remain at [[1.75 percent|percent|1.75|%]] and [[3.75 percent|percent|3.75|%]].\n\n"
        "Main indicators\n"
        "• Annual inflation, [[September 2025|D|2025-09]]: [[2.3 percent|percent|2.3|%]]\n"
        "• Inflation target: [[3 percent|percent|3|%]]\n"
        "• Economic growth, [[second quarter of 2025|D|2025-04/2025-06]]: [[3.4 percent|percent|3.4|%]]\n"
        "• Lek exchange rate: [[ALL 96.9|money|96.9|ALL]] per euro\n"
        "• Foreign reserves: [[EUR 6.4 billion|money|6400000000|EUR]]\n\n"
        "Governor [[Gent Sejko|PERSON]] told a press conference that inflation would return to the "
        "[[3 percent|percent|3|%]] target in [[the first half of 2027|D|2027-01/2027-06]], later than expected in "
        "[[August|D|2025-08]]. “The strong lek has kept import prices low, but domestic demand remains robust,” he "
        "said.\n\n"
        "According to the [[Institute of Statistics|ORG|Institute of Statistics (Albania)]] "
        "([[INSTAT|ORG|Institute of Statistics (Albania)]]), the economy grew by [[3.4 percent|percent|3.4|%]] in "
        "[[the second quarter|D|2025-04/2025-06]], driven by construction and tourism. [[Albania|GPE]] received "
        "[[8.9 million|count|8900000|visitor]] foreign visitors in [[the first nine months of the year|D|"
        "2025-01/2025-09]], up [[9 percent|percent|9|%]], the institute said.\n\n"
        "[[Sejko|PERSON|Gent Sejko]] warned that private-sector wages had risen by "
        "[[more than 12 percent|percent|12|%]] in [[the year to September|D|2024-10/2025-09]] and urged the "
        "government to keep the [[2026|D|2026]] budget deficit below [[2 percent|percent|2|%]] of GDP. The "
        "[[European Central Bank|ORG]] ([[ECB|ORG|European Central Bank]]) has held its deposit rate at "
        "[[2 percent|percent|2|%]] since [[June|D|2025-06]].\n\n"
        "The [[Bank of Albania|ORG]] expects the lek to stay strong [[this year|D|2025]]. The next monetary policy "
        "meeting will be held on [[17 December|D|2025-12-17]].",
        [
            ("Gent Sejko", "tell", "inflation would return to the 3 percent target in the first half of 2027, later "
             "than expected in August", False),
            ("Gent Sejko", "say", "The strong lek has kept import prices low, but domestic demand remains robust",
             True),
            ("Institute of Statistics (Albania)", "according to", "the economy grew by 3.4 percent in the second "
             "quarter, driven by construction and tourism", False),
            ("Institute of Statistics (Albania)", "say", "Albania received 8.9 million foreign visitors in the first "
             "nine months of the year, up 9 percent", False),
            ("Gent Sejko", "warn", "private-sector wages had risen by more than 12 percent in the year to September",
             False),
            ("Gent Sejko", "urge", "the government to keep the 2026 budget deficit below 2 percent of GDP", False),
            ("Bank of Albania", "expect", "the lek to stay strong this year", False),
        ],
    ),
    (
        "own70-ho-02", "elstat-labour-force-survey-september", "2025-10-30", "2025-10-30",
        "[[HELLENIC REPUBLIC|GPE|Greece]]\n"
        "[[HELLENIC STATISTICAL AUTHORITY|ORG|Hellenic Statistical Authority]]\n"
        "[[Piraeus|GPE]], [[30 October 2025|D|2025-10-30]]\n\n"
        "LABOUR FORCE SURVEY: [[SEPTEMBER 2025|D|2025-09]]\n\n"
        "The seasonally adjusted unemployment rate in [[September 2025|D|2025-09]] was [[8.1%|percent|8.1|%]], "
        "compared with [[9.4%|percent|9.4|%]] in [[September 2024|D|2024-09]] and [[8.3%|percent|8.3|%]] in "
        "[[August 2025|D|2025-08]], the [[Hellenic Statistical Authority|ORG]] "
        "([[ELSTAT|ORG|Hellenic Statistical Authority]]) announced [[today|D|2025-10-30]].\n\n"
        "                     [[Sept. 2024|D|2024-09]]    [[Aug. 2025|D|2025-08]]    [[Sept. 2025|D|2025-09]]\n"
        "Employed persons     [[4,221,630|count|4221630|person]]    [[4,289,012|count|4289012|person]]    "
        "[[4,301,744|count|4301744|person]]\n"
        "Unemployed persons     [[437,912|count|437912|person]]      [[388,204|count|388204|person]]      "
        "[[379,415|count|379415|person]]\n"
        "Unemployment rate         [[9.4%|percent|9.4|%]]         [[8.3%|percent|8.3|%]]         "
        "[[8.1%|percent|8.1|%]]\n\n"
        "Youth unemployment fell to [[18.2%|percent|18.2|%]], down "
        "[[4.5 percentage points|percent|4.5|pp]] from [[22.7%|percent|22.7|%]], while the rate for women was "
        "[[10.3%|percent|10.3|%]] and for men [[6.4%|percent|6.4|%]]. Employment has risen by "
        "[[80,114|count|80114|person]] persons since [[September 2024|D|2024-09]].\n\n"
        "Labour Minister [[Niki Kerameus|PERSON]] said the figures were the lowest since [[2008|D|2008]] and pledged "
        "to cut the tax on overtime further in [[2026|D|2026]]. “More [[Greeks|NORP|Greek]] are returning from "
        "abroad because there is work here,” she told state broadcaster "
        "[[ERT|ORG|Hellenic Broadcasting Corporation]].\n\n"
        "The [[General Confederation of Greek Workers|ORG]] ([[GSEE|ORG|General Confederation of Greek Workers]]) "
        "warned that average pay was still lower in real terms than in [[2009|D|2009]] and called for a rise in the "
        "minimum wage to [[€950|money|950|EUR]] a month from [[April|D|2026-04]].\n\n"
        "[[ELSTAT|ORG|Hellenic Statistical Authority]] President [[Athanasios Thanopoulos|PERSON]] said the survey "
        "had been extended to [[41,000|count|41000|household]] households [[this year|D|2025]].\n\n"
        "Note: Figures for [[August 2025|D|2025-08]] were revised. The next release is due on "
        "[[4 December|D|2025-12-04]].",
        [
            ("Hellenic Statistical Authority", "announce", "The seasonally adjusted unemployment rate in September 2025 "
             "was 8.1%, compared with 9.4% in September 2024 and 8.3% in August 2025", False),
            ("Niki Kerameus", "say", "the figures were the lowest since 2008", False),
            ("Niki Kerameus", "pledge", "cut the tax on overtime further in 2026", False),
            ("Niki Kerameus", "tell", "More Greeks are returning from abroad because there is work here", True),
            ("General Confederation of Greek Workers", "warn", "average pay was still lower in real terms than in "
             "2009", False),
            ("General Confederation of Greek Workers", "call for", "a rise in the minimum wage to €950 a month from "
             "April", False),
            ("Hellenic Statistical Authority", "say", "the survey had been extended to 41,000 households this year",
             False),
        ],
    ),
    (
        "own70-ho-03", "aib-group-half-year-results-2025", "2025-07-28", "2025-07-28",
        "[[AIB Group plc|ORG|AIB Group]]\n"
        "Half-Year Financial Results\n"
        "[[DUBLIN|GPE|Dublin]], [[28 July 2025|D|2025-07-28]]\n\n"
        "[[AIB Group plc|ORG|AIB Group]] ([[AIB|ORG|AIB Group]]) [[today|D|2025-07-28]] reported a profit before tax "
        "of [[€1.23 billion|money|1230000000|EUR]] for [[the six months to 30 June 2025|D|2025-01-01/2025-06-30]], "
        "down [[8%|percent|8|%]] on [[the first half of 2024|D|2024-01/2024-06]], as lower interest rates squeezed "
        "its net interest income.\n\n"
        "Highlights\n"
        "- Net interest income: [[€1.83 billion|money|1830000000|EUR]], down [[9%|percent|9|%]]\n"
        "- New lending: [[€7.4 billion|money|7400000000|EUR]], up [[12%|percent|12|%]]\n"
        "- Customer deposits: [[€114.5 billion|money|114500000000|EUR]]\n"
        "- CET1 ratio: [[16.9%|percent|16.9|%]], down [[60 basis points|percent|0.6|pp]] since "
        "[[December|D|2024-12]]\n"
        "- Interim dividend: [[17.4 cent|money|0.174|EUR]] per share\n\n"
        "Chief Executive [[Colin Hunt|PERSON]] said the bank had lent a record "
        "[[€2.3 billion|money|2300000000|EUR]] in new mortgages. “[[Ireland|GPE|Republic of Ireland]]’s economy "
        "remains resilient despite the uncertainty over [[US|GPE|United States]] tariffs, and our customers are "
        "investing again,” he said. [[Hunt|PERSON|Colin Hunt]] added that [[AIB|ORG|AIB Group]] would hire "
        "[[300|count|300|engineer]] more engineers in [[Dublin|GPE]] and [[Cork|GPE]].\n\n"
        "[[AIB|ORG|AIB Group]] expects net interest income of [[more than €3.6 billion|money|3600000000|EUR]] for "
        "[[2025|D|2025]] and announced a share buyback of [[up to €200 million|money|200000000|EUR]]. Chief "
        "Financial Officer [[Donal Galvin|PERSON]] warned that a further cut by the "
        "[[European Central Bank|ORG]] in [[September|D|2025-09]] would reduce income by "
        "[[about €50 million|money|50000000|EUR]] a year.\n\n"
        "About [[AIB|ORG|AIB Group]]\n"
        "[[AIB|ORG|AIB Group]] employs [[about 10,500|count|10500|person]] people and serves "
        "[[3.3 million|count|3300000|customer]] customers in [[Ireland|GPE|Republic of Ireland]] and the "
        "[[United Kingdom|GPE]]. Its shares are listed in [[Dublin|GPE]] and [[London|GPE]].",
        [
            ("Colin Hunt", "say", "the bank had lent a record €2.3 billion in new mortgages", False),
            ("Colin Hunt", "say", "Ireland’s economy remains resilient despite the uncertainty over US tariffs, and our "
             "customers are investing again", True),
            ("Colin Hunt", "add", "AIB would hire 300 more engineers in Dublin and Cork", False),
            ("AIB Group", "expect", "net interest income of more than €3.6 billion for 2025", False),
            ("AIB Group", "announce", "a share buyback of up to €200 million", False),
            ("Donal Galvin", "warn", "a further cut by the European Central Bank in September would reduce income by "
             "about €50 million a year", False),
        ],
    ),
    (
        "own70-ho-04", "nws-new-orleans-gulf-coast-snowstorm", "2025-01-22", "2025-01-22",
        "[[NATIONAL WEATHER SERVICE|ORG|National Weather Service]]\n"
        "[[New Orleans|GPE]]/[[Baton Rouge|GPE|Baton Rouge, Louisiana]] [[LA|GPE|Louisiana]]\n"
        "Public Information Statement\n"
        "Issued: 10:45 AM CST [[Wed Jan 22 2025|D|2025-01-22]]\n\n"
        "...HISTORIC [[GULF COAST|LOC|Gulf Coast of the United States]] SNOWSTORM OF "
        "[[JANUARY 21, 2025|D|2025-01-21]]...\n\n"
        "A winter storm brought record snowfall to southeast [[Louisiana|GPE]] and south [[Mississippi|GPE]] on "
        "[[Tuesday|D|2025-01-21]]. Snow fell at rates of [[1|quantity|1|in]] to [[2 inches|quantity|2|in]] per hour "
        "during the morning, and low temperatures fell to [[19 °F|quantity|19|°F]] at "
        "[[Louis Armstrong New Orleans International Airport|FAC]] overnight.\n\n"
        "Storm total snowfall\n"
        "[[Kenner|GPE|Kenner, Louisiana]], [[LA|GPE|Louisiana]]          [[10.0 in|quantity|10|in]]\n"
        "[[New Orleans|GPE]] airport, [[LA|GPE|Louisiana]]    [[8.0 in|quantity|8|in]]\n"
        "[[Slidell|GPE|Slidell, Louisiana]], [[LA|GPE|Louisiana]]         [[7.0 in|quantity|7|in]]\n"
        "[[Gulfport|GPE|Gulfport, Mississippi]], [[MS|GPE|Mississippi]]       [[6.5 in|quantity|6.5|in]]\n"
        "[[Baton Rouge|GPE|Baton Rouge, Louisiana]], [[LA|GPE|Louisiana]]     [[4.5 in|quantity|4.5|in]]\n\n"
        "The [[8.0 inches|quantity|8|in]] at the airport is the most on record for [[New Orleans|GPE]] since "
        "[[February 14, 1895|D|1895-02-14]], when [[8.2 inches|quantity|8.2|in]] fell. "
        "[[Interstate 10|FAC]] was closed for [[more than 100 miles|quantity|100|mi]] between "
        "[[Baton Rouge|GPE|Baton Rouge, Louisiana]] and the [[Mississippi|GPE]] line.\n\n"
        "Meteorologist in Charge [[Ben Schott|PERSON]] said the storm was the most significant winter event in the "
        "region in [[more than a century|D|P100Y]]. “Nobody alive in [[New Orleans|GPE]] has seen snow like this,” "
        "he said.\n\n"
        "Governor [[Jeff Landry|PERSON]] urged residents to stay off the roads until [[Thursday|D|2025-01-23]], "
        "saying black ice would remain a danger on bridges.\n\n"
        "The [[NWS|ORG|National Weather Service]] expects temperatures to rise above freezing by "
        "[[Friday|D|2025-01-24]]. A hard freeze warning remains in effect for [[22|count|22|parish]] parishes in "
        "[[Louisiana|GPE]] and [[six|count|6|county]] counties in [[Mississippi|GPE]].",
        [
            ("Ben Schott", "say", "the storm was the most significant winter event in the region in more than a "
             "century", False),
            ("Ben Schott", "say", "Nobody alive in New Orleans has seen snow like this", True),
            ("Jeff Landry", "urge", "residents to stay off the roads until Thursday", False),
            ("Jeff Landry", "say", "black ice would remain a danger on bridges", False),
            ("National Weather Service", "expect", "temperatures to rise above freezing by Friday", False),
        ],
    ),
    (
        "own70-ho-05", "iranian-red-crescent-shahid-rajaee-port-explosion", "2025-04-27", "2025-04-27",
        "[[Iranian Red Crescent Society|ORG]]\n"
        "Operational update No. 2: explosion at [[Shahid Rajaee|FAC|Shahid Rajaee Port]] port, "
        "[[Bandar Abbas|GPE]]\n"
        "Published: [[27 April 2025|D|2025-04-27]]\n\n"
        "A large explosion and fire at the [[Shahid Rajaee|FAC|Shahid Rajaee Port]] port near "
        "[[Bandar Abbas|GPE]] in [[Hormozgan|GPE|Hormozgan province]] province on [[Saturday|D|2025-04-26]] killed "
        "[[at least 46|count|46|person]] people and injured [[more than 1,200|count|1200|person]], the "
        "[[Iranian Red Crescent Society|ORG]] ([[IRCS|ORG|Iranian Red Crescent Society]]) reported "
        "[[today|D|2025-04-27]].\n\n"
        "Key figures\n"
        "-- Deaths: [[46|count|46|death]]\n"
        "-- Injured: [[1,242|count|1242|person]]\n"
        "-- Still in hospital: [[197|count|197|person]]\n"
        "-- Rescuers deployed: [[362|count|362|rescuer]]\n"
        "-- Helicopters: [[four|count|4|helicopter]]\n"
        "-- Blood donations: [[more than 2,000|count|2000|unit]] units\n\n"
        "[[IRCS|ORG|Iranian Red Crescent Society]] President [[Pir-Hossein Kolivand|PERSON]] said rescue teams had brought most of the fires in the "
        "container yard under control, and urged residents of [[Bandar Abbas|GPE]] to stay indoors because of toxic "
        "smoke.\n\n"
        "Interior Minister [[Eskandar Momeni|PERSON]] said the blast appeared to have been caused by a failure to "
        "follow safety rules for storing chemicals. President [[Masoud Pezeshkian|PERSON]], who visited the injured "
        "in [[Bandar Abbas|GPE]] [[today|D|2025-04-27]], pledged a full investigation and declared "
        "[[Monday|D|2025-04-28]] a day of national mourning.\n\n"
        "The government has allocated [[5,000 billion rials|money|5000000000000|IRR]] "
        "([[about US$6 million|money|6000000|USD]]) for the families of the victims. The "
        "[[International Federation of Red Cross and Red Crescent Societies|ORG]] "
        "([[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]]) announced "
        "[[CHF 500,000|money|500000|CHF]] from its [[Disaster Response Emergency Fund|ORG]].\n\n"
        "The port, [[23 km|quantity|23|km]] west of [[Bandar Abbas|GPE]], handles "
        "[[about 80 million tonnes|quantity|80000000|t]] of goods a year, more than half of [[Iran|GPE]]’s container "
        "trade. The next update will be issued on [[Tuesday|D|2025-04-29]].",
        [
            ("Iranian Red Crescent Society", "report", "A large explosion and fire at the Shahid Rajaee port near "
             "Bandar Abbas in Hormozgan province on Saturday killed at least 46 people and injured more than 1,200",
             False),
            ("Pir-Hossein Kolivand", "say", "rescue teams had brought most of the fires in the container yard under "
             "control", False),
            ("Pir-Hossein Kolivand", "urge", "residents of Bandar Abbas to stay indoors because of toxic smoke", False),
            ("Eskandar Momeni", "say", "the blast appeared to have been caused by a failure to follow safety rules for "
             "storing chemicals", False),
            ("Masoud Pezeshkian", "pledge", "a full investigation", False),
            ("International Federation of Red Cross and Red Crescent Societies", "announce", "CHF 500,000 from its "
             "Disaster Response Emergency Fund", False),
        ],
    ),
    (
        "own70-ho-06", "eu-western-balkans-summit-tirana", "2023-12-13", "2023-12-13",
        "[[EUROPEAN COUNCIL|ORG|European Council]]\n"
        "Press release\n"
        "[[13 December 2023|D|2023-12-13]]\n\n"
        "[[EU|ORG|European Union]]-[[Western Balkans|LOC]] summit in [[Tirana|GPE]]: leaders back "
        "[[€6 billion|money|6000000000|EUR]] growth plan\n\n"
        "Leaders of the [[European Union|ORG]] and the [[six|count|6|partner]] [[Western Balkan|LOC|Western "
        "Balkans]] partners met in [[Tirana|GPE]] [[today|D|2023-12-13]] for the [[first|ordinal|1]] "
        "[[EU|ORG|European Union]]-[[Western Balkans|LOC]] summit held in the region. They reaffirmed their "
        "commitment to the membership perspective of the [[Western Balkans|LOC]] and welcomed the growth plan that "
        "the [[European Commission|ORG]] presented in [[November|D|2023-11]].\n\n"
        "“The future of the [[Western Balkans|LOC]] is in the [[EU|ORG|European Union]],” said "
        "[[European Council|ORG]] President [[Charles Michel|PERSON]]. “Enlargement is no longer a dream.”\n\n"
        "[[Commission|ORG|European Commission]] President [[Ursula von der Leyen|PERSON]] said the plan could double the size of the region’s "
        "economies within [[ten years|D|P10Y]] and would give partners early access to parts of the single "
        "market.\n\n"
        "Host Prime Minister [[Edi Rama|PERSON]] of [[Albania|GPE]] called for a clear timetable for membership for "
        "[[all six|count|6|partner]] partners. Prime Minister [[Milojko Spajić|PERSON]] said [[Montenegro|GPE]] "
        "aimed to close its accession negotiations by [[2026|D|2026]].\n\n"
        "Key figures\n"
        "- Growth plan: [[€6 billion|money|6000000000|EUR]] for [[2024-2027|D|2024/2027]]\n"
        "- Grants: [[€2 billion|money|2000000000|EUR]]\n"
        "- Concessional loans: [[€4 billion|money|4000000000|EUR]]\n"
        "- Partners: [[Albania|GPE]], [[Bosnia and Herzegovina|GPE]], [[Kosovo|GPE]], [[Montenegro|GPE]], "
        "[[North Macedonia|GPE]], [[Serbia|GPE]]\n\n"
        "[[Michel|PERSON|Charles Michel]] said the [[European Council|ORG]] would decide [[tomorrow|D|2023-12-14]] "
        "in [[Brussels|GPE]] whether to open accession negotiations with [[Ukraine|GPE]] and [[Moldova|GPE]].",
        [
            ("Charles Michel", "say", "The future of the Western Balkans is in the EU", True),
            ("Charles Michel", "say", "Enlargement is no longer a dream.", True),
            ("Ursula von der Leyen", "say", "the plan could double the size of the region’s economies within ten "
             "years and would give partners early access to parts of the single market", False),
            ("Edi Rama", "call for", "a clear timetable for membership for all six partners", False),
            ("Milojko Spajić", "say", "Montenegro aimed to close its accession negotiations by 2026", False),
            ("Charles Michel", "say", "the European Council would decide tomorrow in Brussels whether to open "
             "accession negotiations with Ukraine and Moldova", False),
        ],
    ),
    (
        "own70-ho-07", "ftc-amazon-prime-settlement", "2025-09-25", "2025-09-25",
        "[[Federal Trade Commission|ORG]]\n"
        "FOR IMMEDIATE RELEASE\n"
        "[[September 25, 2025|D|2025-09-25]]\n\n"
        "[[FTC|ORG|Federal Trade Commission]] Secures Historic [[$2.5 Billion|money|2500000000|USD]] Settlement "
        "Against [[Amazon|ORG|Amazon (company)]]\n\n"
        "[[Amazon.com Inc|ORG|Amazon (company)]] will pay a [[$1 billion|money|1000000000|USD]] civil penalty and "
        "[[$1.5 billion|money|1500000000|USD]] in refunds to settle [[Federal Trade Commission|ORG]] allegations that "
        "it enrolled consumers in its [[Prime|PRODUCT|Amazon Prime]] subscription program without their consent and "
        "made it hard to cancel. The settlement, filed in the "
        "[[U.S. District Court for the Western District of Washington|ORG|United States District Court for the "
        "Western District of Washington]] in [[Seattle|GPE]], ends the case [[three days|D|P3D]] into a jury "
        "trial.\n\n"
        "[[About 35 million|count|35000000|customer]] customers who enrolled "
        "[[between June 23, 2019 and June 23, 2025|D|2019-06-23/2025-06-23]] may be eligible. Automatic payments "
        "of [[up to $51|money|51|USD]] will be made within [[90 days|D|P90D]], and [[Amazon|ORG|Amazon (company)]] "
        "must add a clear button to cancel [[Prime|PRODUCT|Amazon Prime]].\n\n"
        "“[[Amazon|ORG|Amazon (company)]] and its executives duped millions of consumers into unwanted "
        "[[Prime|PRODUCT|Amazon Prime]] subscriptions,” said [[FTC|ORG|Federal Trade Commission]] Chairman "
        "[[Andrew N. Ferguson|PERSON]]. “[[Today|D|2025-09-25]]’s record-breaking settlement returns money to "
        "[[Americans|NORP|American]].”\n\n"
        "[[Ferguson|PERSON|Andrew N. Ferguson]] said the civil penalty was the largest ever in an "
        "[[FTC|ORG|Federal Trade Commission]] rule violation case. [[Amazon|ORG|Amazon (company)]] said in a "
        "statement that it had always followed the law and that the settlement allowed it to focus on "
        "customers.\n\n"
        "The [[FTC|ORG|Federal Trade Commission]] alleged in its [[June 2023|D|2023-06]] complaint that "
        "[[Amazon|ORG|Amazon (company)]] had violated the [[FTC Act|LAW|Federal Trade Commission Act]] and the "
        "[[Restore Online Shoppers’ Confidence Act|LAW]] ([[ROSCA|LAW|Restore Online Shoppers’ Confidence Act]]). "
        "The [[Commission|ORG|Federal Trade Commission]] vote authorizing the settlement was [[2|number|2]]-[[0|number|0]].\n\n"
        "Press contact: 202-326-2180",
        [
            ("Andrew N. Ferguson", "say", "Amazon and its executives duped millions of consumers into unwanted Prime "
             "subscriptions", True),
            ("Andrew N. Ferguson", "say", "Today’s record-breaking settlement returns money to Americans.", True),
            ("Andrew N. Ferguson", "say", "the civil penalty was the largest ever in an FTC rule violation case",
             False),
            ("Amazon (company)", "say", "it had always followed the law and that the settlement allowed it to focus "
             "on customers", False),
            ("Federal Trade Commission", "allege", "Amazon had violated the FTC Act and the Restore Online Shoppers’ "
             "Confidence Act (ROSCA)", False),
        ],
    ),
]

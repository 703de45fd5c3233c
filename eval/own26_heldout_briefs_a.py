"""Held-out set 26 (blind): marked texts of briefs 01-07 and their statements (see
``build_own26_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own26-ho-01", "boj-policy-statement", "2025-01-24", "2025-01-24",
        "Statement on Monetary Policy\n"
        "[[January 24, 2025|D|2025-01-24]]\n"
        "[[Bank of Japan|ORG]]\n\n"
        "1. At the Monetary Policy Meeting held [[today|D|2025-01-24]], the [[Bank of Japan|ORG]] decided, by "
        "an [[8|number|8]]-[[1|number|1]] majority vote, to raise its short-term policy interest rate from "
        "[[around 0.25 percent|percent|0.25|%]] to [[around 0.5 percent|percent|0.5|%]], effective from "
        "[[January 27|D|2025-01-27]]. [Voting for the action: [[UEDA Kazuo|PERSON|Kazuo Ueda]], [[HIMINO "
        "Ryozo|PERSON|Ryozo Himino]], [[UCHIDA Shinichi|PERSON|Shinichi Uchida]] and others. Voting against "
        "the action: [[NAKAMURA Toyoaki|PERSON|Toyoaki Nakamura]].]\n\n"
        "2. [[Japan|GPE]]'s economy has recovered moderately. Many firms plan to keep raising wages in "
        "[[this year|D|2025]]'s spring wage talks, after solid increases [[last year|D|2024]]. "
        "Core consumer price inflation has been in the range of [[2.5|percent|2.5|%]]-[[3.0 percent|percent|3.0|%]].\n\n"
        "3. The board members' median forecast of core inflation is [[2.7 percent|percent|2.7|%]] "
        "for [[fiscal 2024|D|2024-04/2025-03]], [[2.4 percent|percent|2.4|%]] for [[fiscal "
        "2025|D|2025-04/2026-03]] and [[2.0 percent|percent|2.0|%]] for [[fiscal 2026|D|2026-04/2027-03]]. "
        "The [[Bank|ORG|Bank of Japan]] expects underlying inflation to increase gradually toward a level "
        "consistent with its price stability target of [[2 percent|percent|2|%]].\n\n"
        "4. [[U.S.|GPE|United States]] trade policy remains a major source of uncertainty for [[Japanese|NORP]] firms.\n\n"
        "At a press conference, Governor [[Ueda|PERSON|Kazuo Ueda]] said the [[Bank|ORG|Bank "
        "of Japan]] would continue to raise the policy interest rate if its outlook for economic activity and "
        "prices were realized. He added that the [[Bank|ORG|Bank of Japan]] had no preset idea of the pace of "
        "further increases. [[Nakamura|PERSON|Toyoaki Nakamura]] argued that the [[Bank|ORG|Bank of Japan]] "
        "should wait for corporate data due in [[February|D|2025-02]] before changing the rate. Deputy Governor "
        "[[Himino|PERSON|Ryozo Himino]] had said in a speech on [[January 14|D|2025-01-14]] that the Bank would "
        "debate a rate increase at this meeting.\n\n"
        "The next meeting will be held on [[March 18 and 19|D|2025-03-18/2025-03-19]].",
        [
            ("Bank of Japan", "expect", "underlying inflation to increase gradually toward a level consistent "
             "with its price stability target of 2 percent",
             False),
            ("Kazuo Ueda", "say", "the Bank would continue to raise the policy interest rate if its outlook "
             "for economic activity and prices were realized",
             False),
            ("Kazuo Ueda", "add", "the Bank had no preset idea of the pace of further increases", False),
            ("Toyoaki Nakamura", "argue", "the Bank should wait for corporate data due in February before "
             "changing the rate",
             False),
            ("Ryozo Himino", "say", "the Bank would debate a rate increase at this meeting", False),
        ],
    ),
    (
        "own26-ho-02", "ons-monthly-gdp", "2025-10-16", "2025-10-16",
        "GDP monthly estimate, [[UK|GPE|United Kingdom]]: [[August 2025|D|2025-08]]\n"
        "Monthly gross domestic product is estimated to have grown by [[0.1%|percent|0.1|%]] in [[August "
        "2025|D|2025-08]].\n"
        "Release date: [[16 October 2025|D|2025-10-16]]\n"
        "Next release: [[13 November 2025|D|2025-11-13]]\n"
        "[[Office for National Statistics|ORG]]\n\n"
        "Main points\n"
        "• Real gross domestic product (GDP) is estimated to have grown by [[0.1%|percent|0.1|%]] in [[August "
        "2025|D|2025-08]], following a fall of [[0.1%|percent|0.1|%]] in [[July 2025|D|2025-07]] (revised from "
        "no growth).\n"
        "• GDP is estimated to have grown by [[0.3%|percent|0.3|%]] in [[the three months to August "
        "2025|D|2025-06/2025-08]], compared with [[the three months to May 2025|D|2025-03/2025-05]].\n"
        "• Services output showed no growth in [[August 2025|D|2025-08]], while production output grew by "
        "[[0.4%|percent|0.4|%]] and construction output by [[0.2%|percent|0.2|%]].\n"
        "• Manufacturing output rose by [[0.7%|percent|0.7|%]], led by pharmaceuticals; the manufacture of "
        "motor vehicles fell by [[2.1%|percent|2.1|%]].\n\n"
        "[[ONS|ORG|Office for National Statistics]] Director of Economic Statistics [[Liz McKeown|PERSON]] "
        "said: “The economy grew slightly in August, after a weak July, with manufacturing bouncing back.”\n\n"
        "She added that the figures did not yet show the effect of the cyber attack that shut down production "
        "at [[Jaguar Land Rover|ORG]] in [[September|D|2025-09]], which would appear in [[next month|D|2025-11]]'s "
        "release.\n\n"
        "Output in the services sector has grown by [[1.1%|percent|1.1|%]] over [[the past year|D|2024-10-16/"
        "2025-10-16]]. The [[Bank of England|ORG]] had forecast growth of [[0.4%|percent|0.4|%]] for [[the third "
        "quarter|D|2025-07/2025-09]] in its [[August|D|2025-08]] report.\n\n"
        "Chancellor of the Exchequer [[Rachel Reeves|PERSON]] said she was “not satisfied” with growth and "
        "promised to go further in the budget on [[26 November|D|2025-11-26]]. The economy is [[3.8%|percent|3.8"
        "|%]] larger than in [[February 2020|D|2020-02]], before the pandemic.",
        [
            ("Liz McKeown", "say", "The economy grew slightly in August, after a weak July, with manufacturing "
             "bouncing back.",
             True),
            ("Liz McKeown", "add", "the figures did not yet show the effect of the cyber attack that shut down "
             "production at Jaguar Land Rover in September, which would appear in next month's release",
             False),
            ("Bank of England", "forecast", "growth of 0.4% for the third quarter", False),
            ("Rachel Reeves", "say", "she was “not satisfied” with growth", False),
            ("Rachel Reeves", "promise", "go further in the budget on 26 November", False),
        ],
    ),
    (
        "own26-ho-03", "ecb-press-conference", "2025-06-05", "2025-06-05",
        "Press conference\n"
        "[[Christine Lagarde|PERSON]], President of the [[ECB|ORG|European Central Bank]],\n"
        "[[Luis de Guindos|PERSON]], Vice-President of the [[ECB|ORG|European Central Bank]]\n"
        "[[Frankfurt am Main|GPE|Frankfurt]], [[5 June 2025|D|2025-06-05]]\n\n"
        "[[Christine Lagarde|PERSON]]: We decided [[today|D|2025-06-05]] to lower the [[three|count|3|rate]] key [[ECB|ORG|European Central Bank]] "
        "interest rates by [[25 basis points|percent|0.25|pp]]. The deposit facility rate will stand at "
        "[[2.00%|percent|2.00|%]] from [[11 June 2025|D|2025-06-11]].\n\n"
        "Inflation is currently at around our [[2%|percent|2|%]] medium-term target. In the baseline of the "
        "new [[Eurosystem|ORG]] staff projections, headline inflation is set to average [[2.0%|percent|2.0|%]] "
        "in [[2025|D|2025]], [[1.6%|percent|1.6|%]] in [[2026|D|2026]] and [[2.0%|percent|2.0|%]] in "
        "[[2027|D|2027]]. The economy grew by [[0.6%|percent|0.6|%]] in [[the first quarter|D|2025-01/2025-03]], "
        "and unemployment was [[6.2%|percent|6.2|%]] in [[April|D|2025-04]], at its lowest level since the "
        "launch of the euro.\n\n"
        "Question: [[Bundesbank|ORG|Deutsche Bundesbank]] President [[Joachim Nagel|PERSON]] said [[last "
        "week|D|2025-W22]] that the [[ECB|ORG|European Central Bank]] should keep a steady hand after this cut. "
        "[[Banque de France|ORG]] Governor [[François Villeroy de Galhau|PERSON]] has said the "
        "[[ECB|ORG|European Central Bank]] could cut again in [[the autumn|D|2025-09/2025-11]]. Are you at the end of the cycle?\n\n"
        "[[Lagarde|PERSON|Christine Lagarde]]: We are in a good position. We decide "
        "meeting by meeting. There were [[two|count|2|governor]] governors who did not support "
        "the decision [[today|D|2025-06-05]].\n\n"
        "Question: How much do [[American|NORP]] tariffs weigh on the outlook for the [[euro area|LOC|Eurozone]]?"
        "\n\n"
        "[[Luis de Guindos|PERSON]]: The staff assume that the [[United States|GPE]] keeps its tariffs on goods "
        "from the [[European Union|ORG]] at [[10%|percent|10|%]]. In a scenario of higher tariffs, growth in "
        "[[2026|D|2026]] would be [[about 0.5 percentage point|percent|0.5|pp]] lower. Exports rose strongly in "
        "[[the first three months of the year|D|2025-01/2025-03]], as firms moved orders forward.\n\n"
        "The next monetary policy meeting will take place on [[24 July 2025|D|2025-07-24]].",
        [
            ("Joachim Nagel", "say", "the ECB should keep a steady hand after this cut", False),
            ("François Villeroy de Galhau", "say", "the ECB could cut again in the autumn", False),
        ],
    ),
    (
        "own26-ho-04", "usgs-earthquake-summary", "2024-12-05", "2024-12-05",
        "M [[7.0|number|7.0]] - [[45 km|quantity|45|km]] WNW of [[Ferndale|GPE|Ferndale, California]], "
        "[[CA|GPE|California]]\n"
        "[[2024-12-05|D|2024-12-05]] 18:44:21 (UTC)\n"
        "[[10.0 km|quantity|10.0|km]] depth\n\n"
        "Tectonic Summary\n"
        "The [[December 5, 2024|D|2024-12-05]], M [[7.0|number|7.0]] earthquake offshore of [[Cape "
        "Mendocino|LOC]], [[California|GPE]], occurred as the result of strike-slip faulting near the "
        "[[Mendocino Triple Junction|LOC]], where the [[Pacific|LOC|Pacific Plate]], [[North "
        "America|LOC|North American Plate]] and [[Gorda|LOC|Gorda Plate]] plates meet. The location and "
        "mechanism are consistent with rupture on or near the [[Mendocino Fracture Zone|LOC]]. At this "
        "location, the [[Pacific|LOC|Pacific Plate]] plate moves [[about 50 mm|quantity|50|mm]] a year relative "
        "to the [[Gorda|LOC|Gorda Plate]] plate.\n\n"
        "The region has hosted [[eight|count|8|earthquake]] other earthquakes of M [[6.5|number|6.5]] or larger "
        "within [[250 km|quantity|250|km]] since [[1980|D|1980]], most recently an M [[6.4|number|6.4]] event "
        "near [[Ferndale|GPE|Ferndale, California]] in [[December 2022|D|2022-12]] that killed "
        "[[two|count|2|person]] people.\n\n"
        "The [[USGS|ORG|United States Geological Survey]] estimates that [[about 1.3 million|count|1300000|"
        "person]] people felt moderate shaking and [[about 24,000|count|24000|person]] felt strong shaking. "
        "The [[National Tsunami Warning Center|ORG]] issued a tsunami warning for the coast from "
        "[[Davenport|GPE|Davenport, California]] to [[Douglas County|GPE|Douglas County, Oregon]], "
        "[[Oregon|GPE]], and cancelled it about an hour later. The center said no tsunami threat remained.\n\n"
        "[[USGS|ORG|United States Geological Survey]] geophysicist [[Paul Caruso|PERSON]] said the "
        "earthquake was not unusual for the region and that aftershocks could continue for weeks. He "
        "added that the [[Mendocino Triple Junction|LOC]] produces more large earthquakes than any other part "
        "of [[California|GPE]]. The "
        "[[USGS|ORG|United States Geological Survey]] forecast a [[3%|percent|3|%]] chance of another "
        "earthquake of magnitude [[7|number|7]] or larger in [[the next seven days|D|2024-12-05/2024-12-12]]. "
        "Officials in [[Humboldt County|GPE|Humboldt County, California]] reported minor damage in "
        "[[Eureka|GPE|Eureka, California]] and [[Rio Dell|GPE|Rio Dell, California]].",
        [
            ("United States Geological Survey", "estimate", "about 1.3 million people felt moderate shaking and "
             "about 24,000 felt strong shaking",
             False),
            ("National Tsunami Warning Center", "say", "no tsunami threat remained", False),
            ("Paul Caruso", "say", "the earthquake was not unusual for the region and that aftershocks could "
             "continue for weeks",
             False),
            ("Paul Caruso", "add", "the Mendocino Triple Junction produces more large earthquakes than any other "
             "part of California",
             False),
            ("United States Geological Survey", "forecast", "a 3% chance of another earthquake of magnitude 7 "
             "or larger in the next seven days",
             False),
        ],
    ),
    (
        "own26-ho-05", "fbi-arrest-release", "2025-03-20", "2025-03-20",
        "[[Lowell|GPE|Lowell, Massachusetts]] Man Arrested for Defrauding Elderly Victims of [[More Than $2 "
        "Million|money|2000000|USD]] in Tech-Support Scheme\n"
        "[[March 20, 2025|D|2025-03-20]]\n"
        "[[Federal Bureau of Investigation|ORG]]\n"
        "[[Boston|GPE]] Field Office\n\n"
        "[[BOSTON|GPE|Boston]] – A [[Lowell|GPE|Lowell, Massachusetts]] man was arrested [[today|D|2025-03-20]] "
        "and charged in connection with a scheme that defrauded [[at least 40|count|40|victim]] elderly victims "
        "across [[New England|LOC]] of [[more than $2 million|money|2000000|USD]] by posing as bank fraud "
        "investigators.\n\n"
        "[[Daniel R. Kowalczyk|PERSON]] was charged by criminal complaint with [[one|count|1|count]] count of "
        "conspiracy to commit wire fraud. He appeared in federal court in [[Boston|GPE]] and was "
        "detained pending a hearing on [[Monday|D|2025-03-24]].\n\n"
        "According to the charging documents, [[between June 2023 and January 2025|D|2023-06/2025-01]], "
        "[[Kowalczyk|PERSON|Daniel R. Kowalczyk]] and co-conspirators in [[India|GPE]] persuaded victims "
        "that their bank accounts had been hacked. [[Kowalczyk|PERSON|Daniel R. Kowalczyk]] allegedly collected "
        "cash or gold bars from [[23|count|23|victim]] victims at their homes. [[One|count|1|victim]] victim in [[Andover|GPE|"
        "Andover, Massachusetts]] lost [[$410,000|money|410000|USD]].\n\n"
        "“These schemes target our parents and grandparents, and they can wipe out a lifetime of savings in "
        "[[one week|D|P1W]],” said [[Jodi Cohen|PERSON]], Special Agent in Charge of the [[FBI|ORG|Federal "
        "Bureau of Investigation]] [[Boston|GPE]] Division. “If you get a call like this, hang up.”\n\n"
        "United States Attorney [[Leah B. Foley|PERSON|Leah Foley]] said her office would pursue everyone who "
        "helped move the stolen money.\n\n"
        "The charge of conspiracy to commit wire fraud provides for a sentence of [[up to 20 years|D|P20Y]] in "
        "prison, [[three years|D|P3Y]] of supervised release and a fine of [[$250,000|money|250000|USD]]. The "
        "[[FBI|ORG|Federal Bureau of Investigation]] reported that older [[Americans|NORP|American]] "
        "lost [[$4.9 billion|money|4900000000|USD]] to fraud in [[2024|D|2024]].\n\n"
        "Assistant [[U.S.|GPE|United States]] Attorney [[Kaitlin R. O'Donnell|PERSON]] is prosecuting the case. "
        "A lawyer for [[Kowalczyk|PERSON|Daniel R. Kowalczyk]] said his client would plead not guilty.",
        [
            ("Jodi Cohen", "say", "These schemes target our parents and grandparents, and they can wipe out a "
             "lifetime of savings in one week",
             True),
            ("Jodi Cohen", "say", "If you get a call like this, hang up.", True),
            ("Leah Foley", "say", "her office would pursue everyone who helped move the stolen money", False),
            ("Federal Bureau of Investigation", "report", "older Americans lost $4.9 billion to fraud in 2024",
             False),
        ],
    ),
    (
        "own26-ho-06", "ifrc-emergency-appeal", "2025-03-31", "2025-03-31",
        "[[Myanmar|GPE]]: [[IFRC|ORG|International Federation of Red Cross and Red Crescent Societies]] launches "
        "emergency appeal for [[CHF 100 million|money|100000000|CHF]] as earthquake needs grow\n\n"
        "[[Geneva|GPE]]/[[Kuala Lumpur|GPE]], [[31 March 2025|D|2025-03-31]] – The [[International Federation "
        "of Red Cross and Red Crescent Societies|ORG]] ([[IFRC|ORG|International Federation of Red Cross and "
        "Red Crescent Societies]]) [[today|D|2025-03-31]] launched an emergency appeal for [[100 million Swiss "
        "francs|money|100000000|CHF]] to help the [[Myanmar Red Cross Society|ORG]] reach "
        "[[100,000|count|100000|person]] people over [[24 months|D|P24M]].\n\n"
        "The magnitude [[7.7|number|7.7]] earthquake struck central [[Myanmar|GPE]] on [[Friday|D|2025-03-28]] "
        "near [[Mandalay|GPE]], followed minutes later by an aftershock of magnitude [[6.4|number|6.4]]. Cities "
        "including [[Sagaing|GPE]] and [[Naypyidaw|GPE]] suffered heavy damage, and shaking was felt as far "
        "away as [[Thailand|GPE]] and [[China|GPE]]. Authorities report [[more than 2,000|count|2000|death]] "
        "deaths and [[more than 3,900|count|3900|person]] injured.\n\n"
        "“The scale of destruction is enormous, and families are sleeping in the open because they fear "
        "further aftershocks,” said [[Jagan Chapagain|PERSON]], [[IFRC|ORG|International Federation of Red "
        "Cross and Red Crescent Societies]] Secretary General. “Clean water, shelter and health care are "
        "urgent.”\n\n"
        "Since the [[first|ordinal|1]] hours, [[more than 1,000|count|1000|volunteer]] [[Myanmar Red "
        "Cross|ORG|Myanmar Red Cross Society]] volunteers have searched for survivors, given first aid and "
        "handed out tarpaulins and hygiene kits. The [[IFRC|ORG|International Federation of Red Cross and Red "
        "Crescent Societies]] had already released [[CHF 2 million|money|2000000|CHF]] from its [[Disaster "
        "Response Emergency Fund|ORG]].\n\n"
        "[[Alexander Matheou|PERSON]], [[IFRC|ORG|International Federation of Red Cross and Red Crescent "
        "Societies]] Regional Director for Asia Pacific, warned that the monsoon, due in [[May|D|2025-05]], "
        "would make the risk of waterborne disease worse. He said teams had found [[about 70%|percent|70|%]] of "
        "water sources damaged in [[three|count|3|township]] townships of [[Sagaing|GPE]].\n\n"
        "The [[International Committee of the Red Cross|ORG]] said it was sending [[12 tonnes|quantity|12|t]] "
        "of medical supplies from [[Yangon|GPE]]. The [[Myanmar Red Cross Society|ORG]] said [[more than "
        "10,000|count|10000|family]] families needed shelter in [[Mandalay|GPE]] alone.",
        [
            ("Jagan Chapagain", "say", "The scale of destruction is enormous, and families are sleeping in the "
             "open because they fear further aftershocks",
             True),
            ("Jagan Chapagain", "say", "Clean water, shelter and health care are urgent.", True),
            ("Alexander Matheou", "warn", "the monsoon, due in May, would make the risk of waterborne disease "
             "worse",
             False),
            ("Alexander Matheou", "say", "teams had found about 70% of water sources damaged in three townships "
             "of Sagaing",
             False),
            ("International Committee of the Red Cross", "say", "it was sending 12 tonnes of medical supplies "
             "from Yangon",
             False),
            ("Myanmar Red Cross Society", "say", "more than 10,000 families needed shelter in Mandalay alone", False),
        ],
    ),
    (
        "own26-ho-07", "asean-chair-statement", "2025-05-26", "2025-05-26",
        "Chairman's Statement of the [[46th ASEAN Summit|EVENT]]\n"
        "[[Kuala Lumpur|GPE]], [[26 May 2025|D|2025-05-26]]\n\n"
        "1. The [[46th ASEAN Summit|EVENT]] was held in [[Kuala Lumpur|GPE]], [[Malaysia|GPE]], on [[26 May "
        "2025|D|2025-05-26]] under the Chairmanship of [[Anwar Ibrahim|PERSON]], Prime Minister of "
        "[[Malaysia|GPE]]. The Prime Minister stressed that [[ASEAN|ORG|Association of Southeast Asian Nations]] "
        "must stand united in a period of rising trade tensions.\n\n"
        "2. The combined GDP of [[ASEAN|ORG|Association of Southeast Asian Nations]] Member States "
        "reached [[US$3.8 trillion|money|3800000000000|USD]] in [[2024|D|2024]], and the region grew by "
        "[[4.8%|percent|4.8|%]] in [[2024|D|2024]]. We expressed concern over the unilateral tariff measures "
        "announced in [[April|D|2025-04]], which affect the region's [[ten|count|10|economy]] economies.\n\n"
        "3. We agreed in principle to admit [[Timor-Leste|GPE|East Timor]] as the [[11th|ordinal|11]] member of "
        "[[ASEAN|ORG|Association of Southeast Asian Nations]] at the [[47th ASEAN Summit|EVENT]] in [[October "
        "2025|D|2025-10]].\n\n"
        "4. On [[Myanmar|GPE]], we heard a briefing by the Special Envoy of the [[ASEAN|ORG|Association of "
        "Southeast Asian Nations]] Chair, [[Othman Hashim|PERSON]], who reported that the ceasefire declared "
        "after the earthquake of [[28 March|D|2025-03-28]] had been extended to [[30 May|D|2025-05-30]]. We "
        "called on all parties to allow humanitarian assistance to reach [[more than 3 million|count|3000000|"
        "person]] displaced people.\n\n"
        "5. The Secretary-General of [[ASEAN|ORG|Association of Southeast Asian Nations]], [[Kao Kim "
        "Hourn|PERSON]], informed the meeting that [[ASEAN|ORG|Association of Southeast Asian Nations]] had "
        "concluded [[eight|count|8|round]] rounds of negotiations on the [[Digital Economy Framework Agreement|LAW]] "
        "and aimed to sign it [[this year|D|2025]].\n\n"
        "6. We reaffirmed the importance of concluding a code of conduct in the [[South China Sea|LOC]] "
        "with [[China|GPE]] by [[2026|D|2026]]. [[Philippine|NORP]] President "
        "[[Ferdinand Marcos Jr|PERSON|Bongbong Marcos]] said that incidents near [[Scarborough "
        "Shoal|LOC]] threatened peace in the region.\n\n"
        "7. We look forward to meeting the leaders of the [[Gulf Cooperation Council|ORG]] and [[China|GPE]] on "
        "[[27 May 2025|D|2025-05-27]].",
        [
            ("Anwar Ibrahim", "stress", "ASEAN must stand united in a period of rising trade tensions", False),
            ("Othman Hashim", "report", "the ceasefire declared after the earthquake of 28 March had been "
             "extended to 30 May",
             False),
            ("Kao Kim Hourn", "inform", "ASEAN had concluded eight rounds of negotiations on the Digital Economy "
             "Framework Agreement and aimed to sign it this year",
             False),
            ("Bongbong Marcos", "say", "incidents near Scarborough Shoal threatened peace in the region", False),
        ],
    ),
]

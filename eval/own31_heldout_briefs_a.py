"""Held-out set 31 (blind): marked texts of briefs 01-07 and their statements (see
``build_own31_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own31-ho-01", "bcb-copom-decision", "2025-06-18", "2025-06-18",
        "[[Copom|ORG|Monetary Policy Committee (Brazil)]] increases the Selic rate to [[15.00%|percent|15.00|%]] "
        "p.a.\n"
        "[[Central Bank of Brazil|ORG]] - Press release\n"
        "[[Brasília|GPE]], [[June 18, 2025|D|2025-06-18]]\n\n"
        "In its [[271st|ordinal|271]] meeting, the [[Monetary Policy Committee|ORG|Monetary Policy Committee "
        "(Brazil)]] ([[Copom|ORG|Monetary Policy Committee (Brazil)]]) unanimously decided to raise the Selic rate "
        "by [[0.25 percentage point|percent|0.25|pp]], to [[15.00%|percent|15.00|%]] p.a., after an increase of "
        "[[0.50 percentage point|percent|0.50|pp]] in [[May|D|2025-05]].\n\n"
        "The external environment remains adverse and particularly uncertain, owing to the economic policy of the "
        "[[United States|GPE]]. In [[Brazil|GPE]], indicators show some "
        "moderation in growth, while the labour market remains dynamic. Consumer inflation over [[the 12 months to "
        "May|D|2024-06/2025-05]] was [[5.32%|percent|5.32|%]], above the upper limit of the tolerance interval of "
        "[[1.5 percentage points|percent|1.5|pp]] around the [[3%|percent|3|%]] target.\n\n"
        "Inflation expectations for [[2025|D|2025]] and [[2026|D|2026]] in the Focus survey stand at "
        "[[5.2%|percent|5.2|%]] and [[4.5%|percent|4.5|%]], respectively. The [[Copom|ORG|Monetary Policy "
        "Committee (Brazil)]]'s inflation projection for [[the fourth quarter of 2026|D|2026-10/2026-12]], the "
        "current relevant horizon, is [[3.6%|percent|3.6|%]].\n\n"
        "The [[Committee|ORG|Monetary Policy Committee (Brazil)]] judges that the current scenario calls for significantly contractionary "
        "monetary policy for a very prolonged period. The [[Committee|ORG|Monetary Policy Committee (Brazil)]] anticipates an interruption "
        "in the rate-hiking cycle to examine the "
        "accumulated effects of the adjustment already made, and stresses that it will not hesitate to resume the "
        "cycle if appropriate.\n\n"
        "The following members of the [[Committee|ORG|Monetary Policy Committee (Brazil)]] voted for this decision: [[Gabriel Galípolo|PERSON]] (Governor), "
        "[[Ailton Aquino|PERSON]], [[Diogo Guillen|PERSON]], [[Gilneu Vivan|PERSON]], [[Izabela Correa|PERSON]], "
        "[[Nilton David|PERSON]], [[Paulo Picchetti|PERSON]], [[Renato Gomes|PERSON]] and [[Rodrigo "
        "Teixeira|PERSON]].\n\n"
        "Speaking in [[São Paulo|GPE]] on [[Monday|D|2025-06-16]], Governor [[Galípolo|PERSON|Gabriel Galípolo]] "
        "said the bank would keep rates high “for as long as necessary” to bring inflation back to target. The next "
        "[[Copom|ORG|Monetary Policy Committee (Brazil)]] meeting is scheduled for [[July 29-30|D|2025-07-29/2025-07-30]].",
        [
            ("Monetary Policy Committee (Brazil)", "judge", "the current scenario calls for significantly "
             "contractionary monetary policy for a very prolonged period",
             False),
            ("Monetary Policy Committee (Brazil)", "anticipate", "an interruption in the rate-hiking cycle to "
             "examine the accumulated effects of the adjustment already made",
             False),
            ("Monetary Policy Committee (Brazil)", "stress", "it will not hesitate to resume the cycle if "
             "appropriate",
             False),
            ("Gabriel Galípolo", "say", "the bank would keep rates high “for as long as necessary” to bring "
             "inflation back to target",
             False),
        ],
    ),
    (
        "own31-ho-02", "ph-doh-advisory", "2025-08-04", "2025-08-04",
        "[[DOH|ORG|Department of Health (Philippines)]] WARNS OF LEPTOSPIROSIS SURGE AFTER FLOODS, URGES EARLY "
        "CONSULTATION\n"
        "[[Department of Health|ORG|Department of Health (Philippines)]]\n"
        "Press Release / [[4 August 2025|D|2025-08-04]]\n\n"
        "The [[Department of Health|ORG|Department of Health (Philippines)]] ([[DOH|ORG|Department of Health "
        "(Philippines)]]) [[today|D|2025-08-04]] reported [[2,396|count|2396|case]] leptospirosis cases from "
        "[[June 8 to August 2|D|2025-06-08/2025-08-02]], [[95%|percent|95|%]] more than in the same weeks of "
        "[[2024|D|2024]]. [[At least 131|count|131|death]] deaths have been recorded, and cases were reported in "
        "[[16|count|16|region]] regions.\n\n"
        "Cases rose after the southwest monsoon, enhanced by [[Typhoon Wipha|EVENT|Typhoon Wipha (2025)]], flooded "
        "large parts of [[Metro Manila|GPE]] and [[Central Luzon|GPE]] in [[late July|D|2025-07]]. The [[National "
        "Kidney and Transplant Institute|ORG]] in [[Quezon City|GPE]] was treating [[87|count|87|patient]] patients "
        "on [[Sunday|D|2025-08-03]], [[19|count|19|patient]] of them on dialysis, while [[San Lazaro "
        "Hospital|ORG]] in [[Manila|GPE]] had admitted [[more than 120|count|120|patient]] since [[July "
        "21|D|2025-07-21]].\n\n"
        "Health Secretary [[Teodoro Herbosa|PERSON|Ted Herbosa]] said: “Leptospirosis is preventable and treatable. "
        "Anyone who waded in flood water should see a doctor, even without symptoms.” Symptoms usually appear "
        "[[two|D|P2D]] to [[30 days|D|P30D]] after exposure.\n\n"
        "[[Herbosa|PERSON|Ted Herbosa]] added that the [[DOH|ORG|Department of Health (Philippines)]] had released "
        "[[₱150 million|money|150000000|PHP]] to hospitals for dialysis machines and medicines.\n\n"
        "The [[DOH|ORG|Department of Health (Philippines)]] advised people exposed to flood water to take "
        "doxycycline only with a doctor's prescription, and urged local governments to clear canals and control "
        "rats. It estimated that cases would stay high until [[mid-August|D|2025-08]].\n\n"
        "The [[World Health Organization|ORG]] Representative in the [[Philippines|GPE]], [[Rui Paulo de "
        "Jesus|PERSON]], said the agency was supporting laboratory testing in [[three|count|3|region]] regions.",
        [
            ("Ted Herbosa", "say", "Leptospirosis is preventable and treatable. Anyone who waded in flood water "
             "should see a doctor, even without symptoms.",
             True),
            ("Ted Herbosa", "add", "the DOH had released ₱150 million to hospitals for dialysis machines and "
             "medicines",
             False),
            ("Department of Health (Philippines)", "advise", "people exposed to flood water to take doxycycline "
             "only with a doctor's prescription",
             False),
            ("Department of Health (Philippines)", "urge", "local governments to clear canals and control rats",
             False),
            ("Department of Health (Philippines)", "estimate", "cases would stay high until mid-August", False),
            ("Rui Paulo de Jesus", "say", "the agency was supporting laboratory testing in three regions", False),
        ],
    ),
    (
        "own31-ho-03", "nintendo-results", "2025-11-04", "2025-11-04",
        "[[Nintendo|ORG]] (Securities code: 7974)\n"
        "Consolidated Financial Highlights for [[the Six Months Ended September 30, 2025|D|2025-04/2025-09]]\n"
        "[[Kyoto|GPE]], [[Japan|GPE]], [[November 4, 2025|D|2025-11-04]]\n\n"
        "[[Nintendo|ORG]] [[today|D|2025-11-04]] reported net sales of [[¥1,099.5 billion|money|1099500000000|JPY]] "
        "for [[the first half of its fiscal year|D|2025-04/2025-09]], up [[110.9%|percent|110.9|%]] year on year. Operating profit rose "
        "[[21.4%|percent|21.4|%]] to [[¥161.3 billion|money|161300000000|JPY]], and profit attributable to owners "
        "of the parent was [[¥198.8 billion|money|198800000000|JPY]].\n\n"
        "[[Nintendo Switch 2|PRODUCT]], launched on [[June 5|D|2025-06-05]], sold [[10.36 "
        "million|count|10360000|unit]] units in the period, and its software sold [[20.62 "
        "million|count|20620000|unit]] units. Sales of the original [[Nintendo Switch|PRODUCT]] fell "
        "[[63%|percent|63|%]] to [[2.11 million|count|2110000|unit]] units.\n\n"
        "The company now expects to sell [[19 million|count|19000000|console]] [[Nintendo Switch 2|PRODUCT]] "
        "consoles in [[the fiscal year ending March 2026|D|2025-04/2026-03]], up from its earlier forecast of [[15 "
        "million|count|15000000|console]], and forecasts net sales of [[¥2.25 trillion|money|2250000000000|JPY]]. "
        "The forecast assumes exchange rates of [[¥145|money|145|JPY]] to the [[U.S.|GPE|United States]] dollar and "
        "[[¥165|money|165|JPY]] to the euro.\n\n"
        "President [[Shuntaro Furukawa|PERSON]] told an online briefing that demand for the new console had been "
        "“strong in every region”, especially in the [[United States|GPE]] and [[Europe|LOC]]. “We will continue to "
        "build momentum through the holiday season,” he said.\n\n"
        "[[Furukawa|PERSON|Shuntaro Furukawa]] said [[U.S.|GPE|United States]] tariffs had not yet had a large "
        "impact on profits, but that the company would watch component costs closely.\n\n"
        "[[Nintendo of America|ORG]] President [[Doug Bowser|PERSON]] retires at the end of "
        "[[December|D|2025-12]] and will be succeeded by [[Devon Pritchard|PERSON]]. [[Nintendo|ORG]] shares closed "
        "[[2.1%|percent|2.1|%]] higher on the [[Tokyo Stock Exchange|ORG]] before the results.",
        [
            ("Nintendo", "expect", "sell 19 million Nintendo Switch 2 consoles in the fiscal year ending March "
             "2026, up from its earlier forecast of 15 million",
             False),
            ("Nintendo", "forecast", "net sales of ¥2.25 trillion", False),
            ("Shuntaro Furukawa", "tell", "demand for the new console had been “strong in every region”, "
             "especially in the United States and Europe",
             False),
            ("Shuntaro Furukawa", "say", "We will continue to build momentum through the holiday season", True),
            ("Shuntaro Furukawa", "say", "U.S. tariffs had not yet had a large impact on profits, but that the "
             "company would watch component costs closely",
             False),
        ],
    ),
    (
        "own31-ho-04", "jma-volcano-warning", "2025-06-22", "2025-06-22",
        "Volcanic Warning (Near the Crater) for [[Kirishimayama|LOC|Mount Kirishima]] "
        "([[Shinmoedake|LOC]])\n"
        "Issued by the [[Japan Meteorological Agency|ORG]] at 16:30 JST, [[22 June 2025|D|2025-06-22]]\n\n"
        "The [[Japan Meteorological Agency|ORG]] ([[JMA|ORG|Japan Meteorological Agency]]) raised the Volcanic Alert "
        "Level at [[Shinmoedake|LOC]], on the border of [[Kagoshima Prefecture|GPE]] and [[Miyazaki "
        "Prefecture|GPE]], from Level 2 (Do not approach the crater) to Level 3 (Do not approach the volcano) after "
        "an eruption at 05:30 [[today|D|2025-06-22]].\n\n"
        "The eruption sent a plume [[about 5,000 metres|quantity|5000|m]] above the crater rim, and ash fell on "
        "parts of [[Kirishima|GPE|Kirishima, Kagoshima]] and [[Miyakonojo|GPE|Miyakonojō]]. Sulphur dioxide "
        "emissions measured on [[June 20|D|2025-06-20]] reached [[1,700 tonnes|quantity|1700|t]] per day, up from "
        "[[200 tonnes|quantity|200|t]] in [[early June|D|2025-06]], and the number of volcanic earthquakes rose to "
        "[[126|count|126|earthquake]] on [[June 21|D|2025-06-21]].\n\n"
        "Large cinders may be ejected [[up to 3 km|quantity|3|km]] from the crater, and pyroclastic flows may "
        "reach [[about 2 km|quantity|2|km]]. Residents of [[Kirishima|GPE|Kirishima, Kagoshima]] and "
        "[[Takaharu|GPE|Takaharu, Miyazaki]] should be alert to falling ash carried by the wind. The "
        "[[JMA|ORG|Japan Meteorological Agency]] said ash could reach [[Miyazaki|GPE|Miyazaki (city)]] if the "
        "wind turned.\n\n"
        "The [[JMA|ORG|Japan Meteorological Agency]] warned that the activity could intensify over the coming days. "
        "[[Japan Airlines|ORG]] cancelled [[18|count|18|flight]] flights at [[Kagoshima Airport|FAC]] and "
        "[[Miyazaki Airport|FAC]] because of ash.\n\n"
        "In [[Tokyo|GPE]], Chief Cabinet Secretary [[Yoshimasa Hayashi|PERSON]] said the government had set up a "
        "liaison office at the [[Prime Minister's Office|ORG|Prime Minister's Office (Japan)]], and urged residents "
        "near the volcano to follow the instructions of their municipalities.\n\n"
        "[[Shinmoedake|LOC]] last erupted in [[March 2018|D|2018-03]], when it stayed at Level 3 for [[about four "
        "months|D|P4M]]. The [[JMA|ORG|Japan Meteorological Agency]] will issue its next commentary on [[June "
        "23|D|2025-06-23]].",
        [
            ("Japan Meteorological Agency", "say", "ash could reach Miyazaki if the wind turned", False),
            ("Japan Meteorological Agency", "warn", "the activity could intensify over the coming days", False),
            ("Yoshimasa Hayashi", "say", "the government had set up a liaison office at the Prime Minister's "
             "Office",
             False),
            ("Yoshimasa Hayashi", "urge", "residents near the volcano to follow the instructions of their "
             "municipalities",
             False),
        ],
    ),
    (
        "own31-ho-05", "vicpol-arrest-release", "2025-11-10", "2025-11-10",
        "Man charged after drugs and firearms seized in [[Dandenong|GPE|Dandenong, Victoria]]\n"
        "[[Victoria Police|ORG]]\n"
        "Media release - [[Monday 10 November 2025|D|2025-11-10]]\n\n"
        "Detectives have charged a man after allegedly seizing drugs, cash and firearms at a property in "
        "[[Dandenong|GPE|Dandenong, Victoria]] on [[Saturday|D|2025-11-08]].\n\n"
        "Police executed a search warrant at the address about 6am and allegedly located [[about 1.2 "
        "kilograms|quantity|1.2|kg]] of methylamphetamine, [[600 grams|quantity|600|g]] of cocaine, "
        "[[three|count|3|firearm]] firearms and [[more than $85,000|money|85000|AUD]] in cash. [[Two|count|2|car]] "
        "cars were also seized.\n\n"
        "A [[34-year-old|D|P34Y]] [[Dandenong|GPE|Dandenong, Victoria]] man was arrested at the scene. He has been "
        "charged with [[five|count|5|offence]] offences, including trafficking a large commercial quantity of a drug "
        "of dependence and possessing an unregistered firearm, and will appear at the [[Melbourne Magistrates' "
        "Court|ORG]] [[today|D|2025-11-10]].\n\n"
        "A [[29-year-old|D|P29Y]] woman from [[Frankston|GPE|Frankston, Victoria]] was also arrested and released "
        "pending further enquiries. [[Victoria Police|ORG]] said the investigation was ongoing and further arrests "
        "were expected.\n\n"
        "Detective Inspector [[Anna Kelleher|PERSON]] said the drugs had an estimated street value of [[about $1.1 "
        "million|money|1100000|AUD]].\n\n"
        "“These drugs cause enormous harm in our community, and we will keep targeting the people who supply them,” "
        "Detective Inspector [[Kelleher|PERSON|Anna Kelleher]] said.\n\n"
        "Chief Commissioner [[Mike Bush|PERSON|Mike Bush (police officer)]] said [[last month|D|2025-10]] that "
        "firearm seizures across [[Victoria|GPE|Victoria (state)]] had risen [[18%|percent|18|%]] in "
        "[[2025|D|2025]], and that police would target organised crime groups in [[Melbourne|GPE]]'s south-east "
        "over [[the next six months|D|2025-11-10/2026-05-10]].\n\n"
        "Anyone with information is urged to contact [[Crime Stoppers|ORG|Crime Stoppers Victoria]] on 1800 333 000 "
        "or submit a confidential report online.",
        [
            ("Victoria Police", "say", "the investigation was ongoing and further arrests were expected", False),
            ("Anna Kelleher", "say", "the drugs had an estimated street value of about $1.1 million", False),
            ("Anna Kelleher", "say", "These drugs cause enormous harm in our community, and we will keep targeting "
             "the people who supply them",
             True),
            ("Mike Bush (police officer)", "say", "firearm seizures across Victoria had risen 18% in 2025, and that "
             "police would target organised crime groups in Melbourne's south-east over the next six months",
             False),
        ],
    ),
    (
        "own31-ho-06", "imf-staff-level-agreement", "2025-10-09", "2025-10-09",
        "[[IMF|ORG|International Monetary Fund]] Staff Reaches Staff-Level Agreement with [[Sri Lanka|GPE]] on the "
        "[[Fifth|ordinal|5]] Review under the Extended Fund Facility\n"
        "Press Release No. 25/341\n"
        "[[Washington, DC|GPE|Washington, D.C.]]: [[October 9, 2025|D|2025-10-09]]\n\n"
        "• [[International Monetary Fund|ORG]] ([[IMF|ORG|International Monetary Fund]]) staff and the [[Sri "
        "Lankan|NORP]] authorities have reached a staff-level agreement on the [[fifth|ordinal|5]] review of [[Sri "
        "Lanka|GPE]]'s [[48-month|D|P48M]] arrangement. Once approved by the [[IMF|ORG|International Monetary "
        "Fund]] Executive Board, [[Sri Lanka|GPE]] will have access to [[about US$347 "
        "million|money|347000000|USD]] ([[SDR 254 million|money|254000000|XDR]]).\n"
        "• The economy grew by [[5%|percent|5|%]] in [[2024|D|2024]] and [[4.8%|percent|4.8|%]] in [[the first half "
        "of 2025|D|2025-01/2025-06]]. Gross official reserves reached [[US$6.2 billion|money|6200000000|USD]] at the "
        "end of [[August|D|2025-08]].\n\n"
        "An [[IMF|ORG|International Monetary Fund]] team led by [[Evan Papageorgiou|PERSON]] visited "
        "[[Colombo|GPE]] from [[September 24 to October 9|D|2025-09-24/2025-10-09]]. At the end of the visit, "
        "Mr. [[Papageorgiou|PERSON|Evan Papageorgiou]] said:\n\n"
        "“[[Sri Lanka|GPE]]'s reform agenda continues to deliver commendable outcomes. Growth has been robust, "
        "inflation has stayed low and revenue collection has improved.”\n\n"
        "“Tax revenue rose to [[13.5 percent|percent|13.5|%]] of GDP in [[2024|D|2024]], and the "
        "[[2026|D|2026]] budget should keep the primary surplus at [[2.3 percent|percent|2.3|%]] of GDP,” he "
        "added.\n\n"
        "He urged the authorities to restore cost-recovery electricity pricing and to complete the remaining debt "
        "restructuring with commercial creditors.\n\n"
        "The team met President [[Anura Kumara Dissanayake|PERSON]], Deputy Minister of Finance [[Harshana "
        "Suriyapperuma|PERSON]], [[Central Bank of Sri Lanka|ORG]] Governor [[Nandalal Weerasinghe|PERSON]] and "
        "other senior officials. The [[Central Bank of Sri Lanka|ORG]] said it expected growth of [[about "
        "4.5%|percent|4.5|%]] in [[2025|D|2025]] and inflation to return to its [[5%|percent|5|%]] target by "
        "[[mid-2026|D|2026]].\n\n"
        "The agreement is subject to approval by [[IMF|ORG|International Monetary Fund]] management and the "
        "Executive Board, which is expected to consider it in [[December|D|2025-12]].",
        [
            ("Evan Papageorgiou", "say", "Sri Lanka's reform agenda continues to deliver commendable outcomes. "
             "Growth has been robust, inflation has stayed low and revenue collection has improved.",
             True),
            ("Evan Papageorgiou", "add", "Tax revenue rose to 13.5 percent of GDP in 2024, and the 2026 budget "
             "should keep the primary surplus at 2.3 percent of GDP",
             True),
            ("Evan Papageorgiou", "urge", "the authorities to restore cost-recovery electricity pricing and to "
             "complete the remaining debt restructuring with commercial creditors",
             False),
            ("Central Bank of Sri Lanka", "say", "it expected growth of about 4.5% in 2025 and inflation to return "
             "to its 5% target by mid-2026",
             False),
        ],
    ),
    (
        "own31-ho-07", "eib-loan-release", "2025-09-16", "2025-09-16",
        "[[Poland|GPE]]: [[EIB|ORG|European Investment Bank]] lends [[€1.6 billion|money|1600000000|EUR]] to "
        "[[PSE|ORG|Polskie Sieci Elektroenergetyczne]] to modernise the power grid\n"
        "[[Luxembourg|GPE|Luxembourg City]] / [[Warsaw|GPE]], [[16 September 2025|D|2025-09-16]]\n\n"
        "• The loan will finance [[about 1,900 kilometres|quantity|1900|km]] of new and upgraded high-voltage lines "
        "and [[28|count|28|substation]] substations.\n"
        "• The investment will help connect [[5.9 GW|quantity|5.9|GW]] of offshore wind capacity in the [[Baltic "
        "Sea|LOC]] by [[2032|D|2032]].\n\n"
        "The [[European Investment Bank|ORG]] ([[EIB|ORG|European Investment Bank]]) and the [[Polish|NORP]] "
        "transmission system operator [[Polskie Sieci Elektroenergetyczne|ORG]] ([[PSE|ORG|Polskie Sieci "
        "Elektroenergetyczne]]) [[today|D|2025-09-16]] signed a [[€1.6 billion|money|1600000000|EUR]] loan for "
        "works to be carried out [[from 2025 to 2030|D|2025/2030]]. It is the [[first|ordinal|1]] tranche of a "
        "[[€4 billion|money|4000000000|EUR]] framework agreed in [[2024|D|2024]].\n\n"
        "[[EIB|ORG|European Investment Bank]] Vice-President [[Teresa Czerwińska|PERSON]], who oversees "
        "operations in [[Poland|GPE]], said: “A modern grid is the backbone of the energy transition. This loan "
        "will let [[Poland|GPE]] bring clean power from the [[Baltic|LOC|Baltic Sea]] to homes and factories across "
        "the country.”\n\n"
        "[[PSE|ORG|Polskie Sieci Elektroenergetyczne]] President [[Grzegorz Onichimowski|PERSON]] said the company "
        "planned to invest [[about PLN 64 billion|money|64000000000|PLN]] in the transmission network by "
        "[[2034|D|2034]]. [[PSE|ORG|Polskie Sieci Elektroenergetyczne]] expects the new lines to cut grid losses by "
        "[[about 10%|percent|10|%]].\n\n"
        "Minister of Climate and Environment [[Paulina Hennig-Kloska|PERSON]] said the loan would lower the cost "
        "of connecting new wind and solar farms.\n\n"
        "[[Poland|GPE]] generated [[57%|percent|57|%]] of its electricity from coal in [[2024|D|2024]], according "
        "to the think tank [[Forum Energii|ORG]]. The [[EIB|ORG|European Investment Bank]] has lent [[more than "
        "€22 billion|money|22000000000|EUR]] for energy projects in [[Poland|GPE]] since [[2015|D|2015]], "
        "including [[nine|count|9|loan]] loans to [[PSE|ORG|Polskie Sieci Elektroenergetyczne]].",
        [
            ("Teresa Czerwińska", "say", "A modern grid is the backbone of the energy transition. This loan will "
             "let Poland bring clean power from the Baltic to homes and factories across the country.",
             True),
            ("Grzegorz Onichimowski", "say", "the company planned to invest about PLN 64 billion in the "
             "transmission network by 2034",
             False),
            ("Polskie Sieci Elektroenergetyczne", "expect", "the new lines to cut grid losses by about 10%", False),
            ("Paulina Hennig-Kloska", "say", "the loan would lower the cost of connecting new wind and solar farms",
             False),
            ("Forum Energii", "according to", "Poland generated 57% of its electricity from coal in 2024", False),
        ],
    ),
]

"""Held-out set 29 (blind): marked texts of briefs 01-07 and their statements (see
``build_own29_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own29-ho-01", "cbrt-rate-decision", "2025-10-23", "2025-10-23",
        "Press Release on Interest Rates\n"
        "No: 2025-47\n"
        "[[23 October 2025|D|2025-10-23]]\n\n"
        "The [[Central Bank of the Republic of Türkiye|ORG|Central Bank of the Republic of Turkey]] "
        "([[CBRT|ORG|Central Bank of the Republic of Turkey]]) has decided to reduce the policy rate (the "
        "one-week repo auction rate) from [[40.5 percent|percent|40.5|%]] to [[39.5 percent|percent|39.5|%]]. "
        "The overnight lending rate was cut to [[42.5 percent|percent|42.5|%]] and the overnight borrowing "
        "rate to [[38 percent|percent|38|%]].\n\n"
        "Annual consumer inflation eased to [[33.3 percent|percent|33.3|%]] in [[September|D|2025-09]], down "
        "from [[75.5 percent|percent|75.5|%]] in [[May 2024|D|2024-05]]. The [[CBRT|ORG|Central Bank of the "
        "Republic of Turkey]] noted that leading indicators point to a slowdown in the underlying trend of "
        "inflation in [[October|D|2025-10]], while food prices rose sharply after the frost and drought "
        "earlier in [[the year|D|2025]]. The [[Bank|ORG|Central Bank of the Republic of Turkey]] said it "
        "would keep the tight stance until price stability is achieved.\n\n"
        "Governor [[Fatih Karahan|PERSON]] told a press conference in [[Ankara|GPE]]: “The size of each step "
        "will be decided meeting by meeting, with a focus on the inflation outlook.”\n\n"
        "[[Karahan|PERSON|Fatih Karahan]] said gross reserves had risen to [[about $180 "
        "billion|money|180000000000|USD]] by [[mid-October|D|2025-10]], up [[$12 "
        "billion|money|12000000000|USD]] from [[the end of August|D|2025-08]]. He added that the interim "
        "target of [[24 percent|percent|24|%]] for [[2025|D|2025]] was within reach.\n\n"
        "Treasury and Finance Minister [[Mehmet Şimşek|PERSON]] wrote on social media that disinflation "
        "would continue in [[2026|D|2026]]. The [[Turkish|NORP]] lira weakened [[0.2 percent|percent|0.2|%]] "
        "against the dollar after the decision, and [[Istanbul|GPE]] bank shares rose [[1.8 "
        "percent|percent|1.8|%]].\n\n"
        "The [[CBRT|ORG|Central Bank of the Republic of Turkey]] will publish its [[fourth|ordinal|4]] "
        "Inflation Report of [[2025|D|2025]] on [[November 7|D|2025-11-07]]. The next rate decision is due "
        "on [[11 December 2025|D|2025-12-11]].",
        [
            ("Central Bank of the Republic of Turkey", "note", "leading indicators point to a slowdown in the "
             "underlying trend of inflation in October, while food prices rose sharply after the frost and "
             "drought earlier in the year",
             False),
            ("Central Bank of the Republic of Turkey", "say", "it would keep the tight stance until price "
             "stability is achieved",
             False),
            ("Fatih Karahan", "tell", "The size of each step will be decided meeting by meeting, with a focus "
             "on the inflation outlook.",
             True),
            ("Fatih Karahan", "say", "gross reserves had risen to about $180 billion by mid-October, up $12 "
             "billion from the end of August",
             False),
            ("Fatih Karahan", "add", "the interim target of 24 percent for 2025 was within reach", False),
            ("Mehmet Şimşek", "write", "disinflation would continue in 2026", False),
        ],
    ),
    (
        "own29-ho-02", "faa-emergency-order", "2025-11-07", "2025-11-07",
        "[[FAA|ORG|Federal Aviation Administration]] Issues Emergency Order to Reduce Flights at [[40|count|40|airport]] High-Volume Airports\n"
        "[[Friday, November 7, 2025|D|2025-11-07]]\n\n"
        "[[WASHINGTON|GPE|Washington, D.C.]] – The [[Federal Aviation Administration|ORG]] ([[FAA|ORG|Federal "
        "Aviation Administration]]) [[today|D|2025-11-07]] issued an emergency order requiring airlines to "
        "reduce scheduled domestic flights at [[40|count|40|airport]] of the nation's busiest airports. The "
        "order keeps the system safe as air traffic controllers work without pay during the government "
        "shutdown, now in its [[38th|ordinal|38]] day.\n\n"
        "Reductions begin at [[4 percent|percent|4|%]] of flights on [[Friday|D|2025-11-07]], rise to [[6 "
        "percent|percent|6|%]] on [[Tuesday, November 11|D|2025-11-11]] and to [[8 percent|percent|8|%]] on "
        "[[Thursday, November 13|D|2025-11-13]], and reach [[10 percent|percent|10|%]] on [[Friday, November "
        "14|D|2025-11-14]]. International flights are exempt.\n\n"
        "“Our controllers are exhausted, and we will not wait for a crisis to act,” said [[U.S.|GPE|United "
        "States]] Transportation Secretary [[Sean Duffy|PERSON]].\n\n"
        "[[FAA|ORG|Federal Aviation Administration]] Administrator [[Bryan Bedford|PERSON]] said staffing "
        "triggers had been reported at [[more than 30|count|30|facility]] facilities over [[the past "
        "week|D|2025-10-31/2025-11-07]]. He warned that further cuts could follow if the data worsened.\n\n"
        "The affected airports include [[Hartsfield-Jackson Atlanta International Airport|FAC|Hartsfield–"
        "Jackson Atlanta International Airport]], [[Denver International Airport|FAC]] and [[Chicago "
        "O'Hare|FAC|O'Hare International Airport]]. [[Airlines for America|ORG]] said carriers would cancel "
        "[[about 1,800|count|1800|flight]] flights on the [[first|ordinal|1]] day.\n\n"
        "The [[FAA|ORG|Federal Aviation Administration]] employs [[about 13,000|count|13000|controller]] "
        "controllers, who have not been paid since [[October 1|D|2025-10-01]]. [[Duffy|PERSON|Sean Duffy]] "
        "said the order would stay in place until the agency's safety data improved.",
        [
            ("Sean Duffy", "say", "Our controllers are exhausted, and we will not wait for a crisis to act",
             True),
            ("Bryan Bedford", "say", "staffing triggers had been reported at more than 30 facilities over the "
             "past week",
             False),
            ("Bryan Bedford", "warn", "further cuts could follow if the data worsened", False),
            ("Airlines for America", "say", "carriers would cancel about 1,800 flights on the first day", False),
            ("Sean Duffy", "say", "the order would stay in place until the agency's safety data improved",
             False),
        ],
    ),
    (
        "own29-ho-03", "wmo-report-release", "2025-11-06", "2025-11-06",
        "[[2025|D|2025]] set to be [[second|ordinal|2]] or [[third|ordinal|3]] warmest year on record\n"
        "Press Release Number: 06112025\n"
        "Published [[6 November 2025|D|2025-11-06]]\n\n"
        "[[Geneva|GPE]]/[[Belém|GPE]], [[6 November 2025|D|2025-11-06]] ([[WMO|ORG|World Meteorological Organization]]) – The years from [[2015 to "
        "2025|D|2015/2025]] are set to be the [[11|count|11|year]] warmest years in the "
        "[[176-year|D|P176Y]] observational record, according to the [[World Meteorological "
        "Organization|ORG]] ([[WMO|ORG|World Meteorological Organization]]).\n\n"
        "The global mean near-surface temperature from [[January to August 2025|D|2025-01/2025-08]] was "
        "[[1.42 °C|quantity|1.42|°C]] above the [[1850-1900|D|1850/1900]] "
        "average, the [[WMO|ORG|World Meteorological Organization]] said in an update released for the "
        "[[COP30|EVENT|2025 United Nations Climate Change Conference]] climate conference in "
        "[[Brazil|GPE]].\n\n"
        "Concentrations of carbon dioxide reached [[423.9 parts per million|quantity|423.9|ppm]] in "
        "[[2024|D|2024]], and ocean heat content rose to a new record. [[Arctic|LOC]] sea ice at its "
        "[[March|D|2025-03]] maximum was the lowest in the satellite record.\n\n"
        "“This unbroken run of extraordinary temperatures makes it virtually impossible to limit global "
        "warming to [[1.5 °C|quantity|1.5|°C]] in the next few years without temporarily "
        "overshooting this target,” said [[WMO|ORG|World Meteorological Organization]] Secretary-General "
        "[[Celeste Saulo|PERSON]]. “But the science is equally clear that it is still possible to bring "
        "temperatures back down.”\n\n"
        "[[United Nations|ORG]] Secretary-General [[António Guterres|PERSON]] said the report showed that "
        "countries must cut emissions faster. [[Saulo|PERSON|Celeste Saulo]] noted that early warning "
        "systems now cover [[119|count|119|country]] countries, up from [[56|count|56|country]] in "
        "[[2015|D|2015]].",
        [
            ("World Meteorological Organization", "according to", "The years from 2015 to 2025 are set to be "
             "the 11 warmest years in the 176-year observational record",
             False),
            ("World Meteorological Organization", "say", "The global mean near-surface temperature from "
             "January to August 2025 was 1.42 °C above the 1850-1900 average",
             False),
            ("Celeste Saulo", "say", "This unbroken run of extraordinary temperatures makes it virtually "
             "impossible to limit global warming to 1.5 °C in the next few years without temporarily "
             "overshooting this target",
             True),
            ("Celeste Saulo", "say", "But the science is equally clear that it is still possible to bring "
             "temperatures back down.",
             True),
            ("António Guterres", "say", "the report showed that countries must cut emissions faster", False),
            ("Celeste Saulo", "note", "early warning systems now cover 119 countries, up from 56 in 2015",
             False),
        ],
    ),
    (
        "own29-ho-04", "cdc-outbreak-update", "2025-05-19", "2025-05-19",
        "Salmonella Outbreak Linked to Cucumbers\n"
        "Investigation Update\n"
        "Posted [[May 19, 2025|D|2025-05-19]]\n\n"
        "Fast Facts\n"
        "• Illnesses: [[26|count|26|illness]]\n"
        "• Hospitalizations: [[9|count|9|hospitalization]]\n"
        "• Deaths: [[0|count|0|death]]\n"
        "• States: [[15|count|15|state]]\n"
        "• Recall: Yes\n\n"
        "The [[Centers for Disease Control and Prevention|ORG]] ([[CDC|ORG|Centers for Disease Control and "
        "Prevention]]), public health officials in several states, and the "
        "[[U.S. Food and Drug Administration|ORG|Food and Drug Administration]] ([[FDA|ORG|Food and Drug Administration]]) are collecting data "
        "on a multistate outbreak of Salmonella infections linked to cucumbers grown by [[Bedner "
        "Growers|ORG]] in [[Florida|GPE]].\n\n"
        "Sick people range in age from [[2|D|P2Y]] to [[89 years|D|P89Y]]. Illnesses started on dates "
        "ranging from [[March 11 to April 26|D|2025-03-11/2025-04-26]]. [[Ohio|GPE]] reported the "
        "most cases, [[six|count|6|case]], followed by [[Pennsylvania|GPE]] and [[Virginia|GPE]] with "
        "[[three|count|3|case]] each. The [[Ohio Department of Health|ORG]] said [[two|count|2|patient]] of its "
        "patients had been hospitalized.\n\n"
        "According to [[FDA|ORG|Food and Drug Administration]], [[Bedner Growers|ORG]] supplied the "
        "cucumbers to [[Fresh Start Produce Sales|ORG]], which recalled whole cucumbers shipped between "
        "[[April 29 and May 19|D|2025-04-29/2025-05-19]]. The company said the cucumbers were sold in "
        "[[14|count|14|state]] states.\n\n"
        "[[CDC|ORG|Centers for Disease Control and Prevention]] estimates that the true number of sick "
        "people is likely much higher than the number reported, because many people recover without "
        "testing. It usually takes [[3|D|P3W]] to [[4 weeks|D|P4W]] to determine if a sick person is part of "
        "an outbreak.\n\n"
        "[[CDC|ORG|Centers for Disease Control and Prevention]] advises people not to eat recalled "
        "cucumbers and to wash items that touched them.",
        [
            ("Ohio Department of Health", "say", "two of its patients had been hospitalized", False),
            ("Food and Drug Administration", "according to", "Bedner Growers supplied the cucumbers to Fresh "
             "Start Produce Sales, which recalled whole cucumbers shipped between April 29 and May 19",
             False),
            ("Fresh Start Produce Sales", "say", "the cucumbers were sold in 14 states", False),
            ("Centers for Disease Control and Prevention", "estimate", "the true number of sick people is "
             "likely much higher than the number reported, because many people recover without testing",
             False),
            ("Centers for Disease Control and Prevention", "advise", "people not to eat recalled cucumbers and "
             "to wash items that touched them",
             False),
        ],
    ),
    (
        "own29-ho-05", "meti-release", "2025-02-18", "2025-02-18",
        "Cabinet Decision on the Seventh Strategic Energy Plan\n"
        "[[February 18, 2025|D|2025-02-18]]\n"
        "[[Ministry of Economy, Trade and Industry|ORG]]\n"
        "[[Agency for Natural Resources and Energy|ORG]]\n\n"
        "[[Today|D|2025-02-18]], the [[Cabinet|ORG|Cabinet of Japan]] approved the Seventh Strategic Energy "
        "Plan, which sets out [[Japan|GPE]]'s energy policy toward [[FY2040|D|2040-04/2041-03]].\n\n"
        "Under the plan, renewable energy will account for [[40|percent|40|%]] to [[50%|percent|50|%]] of "
        "the power supply in [[FY2040|D|2040-04/2041-03]], nuclear power for [[about 20%|percent|20|%]] and "
        "thermal power for [[30|percent|30|%]] to [[40%|percent|40|%]]. In [[FY2023|D|2023-04/2024-03]], "
        "renewables provided [[22.9%|percent|22.9|%]] and nuclear power [[8.5%|percent|8.5|%]].\n\n"
        "The plan was adopted together with [[Japan|GPE]]'s new greenhouse gas target, a cut of "
        "[[73%|percent|73|%]] by [[FY2040|D|2040-04/2041-03]] from [[FY2013|D|2013-04/2014-03]] levels, "
        "which the Government of [[Japan|GPE]] submitted to the [[United Nations|ORG]] on the same "
        "day.\n\n"
        "Minister of Economy, Trade and Industry [[MUTO Yoji|PERSON|Yoji Muto]] said at a press conference: "
        "“Demand for electricity may rise for the [[first|ordinal|1]] time in decades, because of data centers and "
        "semiconductor factories. We must secure decarbonized power at every step.”\n\n"
        "Minister [[MUTO|PERSON|Yoji Muto]] added that the restart of idle reactors would remain a priority. "
        "[[METI|ORG|Ministry of Economy, Trade and Industry]] said [[Japan|GPE]] still imports [[about "
        "87%|percent|87|%]] of its primary energy. "
        "[[METI|ORG|Ministry of Economy, Trade and Industry]] expects power demand to grow by [[10|percent|10|%]] "
        "to [[20%|percent|20|%]] by [[FY2040|D|2040-04/2041-03]].\n\n"
        "Prime Minister [[ISHIBA Shigeru|PERSON|Shigeru Ishiba]] told the [[Diet|ORG|National Diet]] that "
        "energy security was the foundation of economic growth. The plan is reviewed about every "
        "three years; the previous plan was adopted in [[October 2021|D|2021-10]].",
        [
            ("Yoji Muto", "say", "Demand for electricity may rise for the first time in decades, because of "
             "data centers and semiconductor factories. We must secure decarbonized power at every step.",
             True),
            ("Yoji Muto", "add", "the restart of idle reactors would remain a priority", False),
            ("Ministry of Economy, Trade and Industry", "say", "Japan still imports about 87% of its primary "
             "energy",
             False),
            ("Ministry of Economy, Trade and Industry", "expect", "power demand to grow by 10 to 20% by FY2040",
             False),
            ("Shigeru Ishiba", "tell", "energy security was the foundation of economic growth", False),
        ],
    ),
    (
        "own29-ho-06", "bhp-operational-review", "2025-10-20", "2025-10-20",
        "[[BHP|ORG]] Operational Review for [[the quarter ended 30 September 2025|D|2025-07/2025-09]]\n"
        "Released [[20 October 2025|D|2025-10-20]]\n\n"
        "[[BHP|ORG]] Chief Executive Officer, [[Mike Henry|PERSON]]: “We have had a strong start to "
        "[[FY26|D|2025-07/2026-06]], with record [[first quarter|D|2025-07/2025-09]] production at "
        "[[Western Australia Iron Ore|ORG]] and copper volumes up [[4%|percent|4|%]]. We remain on track to "
        "meet guidance across all assets.”\n\n"
        "Summary\n"
        "• Copper production was [[509 kt|quantity|509000|t]], with [[Escondida|FAC|Escondida mine]] in "
        "[[Chile|GPE]] producing [[297 kt|quantity|297000|t]].\n"
        "• Iron ore production was [[69.7 Mt|quantity|69700000|t]], [[2%|percent|2|%]] higher than in "
        "[[the September 2024 quarter|D|2024-07/2024-09]].\n"
        "• Steelmaking coal production at [[BMA|ORG|BHP Mitsubishi Alliance]] in [[Queensland|GPE]] was "
        "[[4.5 Mt|quantity|4500000|t]], after [[two|count|2|longwall]] longwall moves.\n"
        "• Average realised copper price was [[US$4.40|money|4.40|USD]] per pound, up [[10%|percent|10|%]] "
        "on [[the June 2025 quarter|D|2025-04/2025-06]].\n\n"
        "At [[Jansen|FAC|Jansen mine]] in [[Saskatchewan|GPE]], [[Canada|GPE]], [[BHP|ORG]] now expects "
        "[[first|ordinal|1]] production from Stage 1 in [[mid-CY2027|D|2027]], and "
        "estimated that the stage would cost [[US$7.0|money|7000000000|USD]] to [[7.4 "
        "billion|money|7400000000|USD]]. Mr [[Henry|PERSON|Mike Henry]] said the company was reviewing "
        "options to reduce the cost.\n\n"
        "[[Copper South Australia|ORG]] produced [[80 kt|quantity|80000|t]] of copper, including output "
        "from [[Olympic Dam|FAC|Olympic Dam mine]]. [[BHP|ORG]] said it had completed the sale of its "
        "interest in the [[Blackwater|FAC|Blackwater coal mine]] mine in [[August|D|2025-08]].\n\n"
        "[[BHP|ORG]] will release its results for [[the half year ending 31 December 2025|D|2025-07/2025-12]] "
        "on [[17 February 2026|D|2026-02-17]].",
        [
            ("Mike Henry", "say", "We have had a strong start to FY26, with record first quarter production at "
             "Western Australia Iron Ore and copper volumes up 4%. We remain on track to meet guidance across "
             "all assets.",
             True),
            ("BHP", "expect", "first production from Stage 1 in mid-CY2027", False),
            ("BHP", "estimate", "the stage would cost US$7.0 to 7.4 billion", False),
            ("Mike Henry", "say", "the company was reviewing options to reduce the cost", False),
            ("BHP", "say", "it had completed the sale of its interest in the Blackwater mine in August", False),
        ],
    ),
    (
        "own29-ho-07", "nsw-government-release", "2025-09-01", "2025-09-01",
        "Record [[$1.4 billion|money|1400000000|AUD]] to prepare [[NSW|GPE|New South Wales]] for the "
        "bushfire season\n"
        "Published: [[1 September 2025|D|2025-09-01]]\n"
        "Released by: Premier, Minister for Emergency Services\n\n"
        "The [[Minns|PERSON|Chris Minns]] Government is investing a record [[$1.4 "
        "billion|money|1400000000|AUD]] in [[2025-26|D|2025-07/2026-06]] to help communities prepare for "
        "the bushfire season, which starts [[today|D|2025-09-01]] in [[11|count|11|council]] councils.\n\n"
        "The funding will support [[more than 70,000|count|70000|volunteer]] volunteers of the [[NSW Rural "
        "Fire Service|ORG|New South Wales Rural Fire Service]] and [[Fire and Rescue NSW|ORG]], and add "
        "[[12|count|12|aircraft]] aircraft to the state fleet, including a [[Boeing 737|PRODUCT|Boeing 737]] large air tanker.\n\n"
        "Premier [[Chris Minns|PERSON]] said: “A wet [[winter|D|2025-06/2025-08]] has left heavy grass growth across the state, "
        "so we cannot be complacent.”\n\n"
        "Minister for Emergency Services [[Jihad Dib|PERSON]] said hazard reduction burns had been completed "
        "on [[more than 140,000 hectares|quantity|140000|ha]] in [[the past 12 "
        "months|D|2024-09-01/2025-09-01]].\n\n"
        "[[NSW RFS|ORG|New South Wales Rural Fire Service]] Commissioner [[Trent Curtin|PERSON]] urged "
        "residents of the [[Hunter|LOC|Hunter Region]], the [[Blue Mountains|LOC|Blue Mountains (New South "
        "Wales)]] and the [[Central Coast|LOC|Central Coast (New South Wales)]] to update their bush fire "
        "survival plans [[this week|D|2025-W36]].\n\n"
        "“The [[Bureau of Meteorology|ORG]] is forecasting warmer than average temperatures in "
        "[[spring|D|2025-09/2025-11]], and fires can start quickly,” Commissioner [[Curtin|PERSON|Trent "
        "Curtin]] said.\n\n"
        "The bushfire danger period starts in the rest of [[New South Wales|GPE]] on [[1 October|D|2025-10-01]]. "
        "[[More than 2,000|count|2000|property]] properties were lost in the [[Black Summer|EVENT|2019–20 Australian bushfire season]] fires of "
        "[[2019|D|2019]] and [[2020|D|2020]].",
        [
            ("Chris Minns", "say", "A wet winter has left heavy grass growth across the state, so we cannot be "
             "complacent.",
             True),
            ("Jihad Dib", "say", "hazard reduction burns had been completed on more than 140,000 hectares in "
             "the past 12 months",
             False),
            ("Trent Curtin", "urge", "residents of the Hunter, the Blue Mountains and the Central Coast to "
             "update their bush fire survival plans this week",
             False),
            ("Trent Curtin", "say", "The Bureau of Meteorology is forecasting warmer than average temperatures "
             "in spring, and fires can start quickly",
             True),
        ],
    ),
]

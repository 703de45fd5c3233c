"""Held-out set 52 (blind): marked texts of briefs 01-07 and their statements (see
``build_own52_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own52-ho-01", "welsh-government-20mph-casualties", "2025-09-18", "2025-09-18",
        "From: [[Welsh Government|ORG]]\n"
        "Published: [[18 September 2025|D|2025-09-18]]\n\n"
        "ROAD CASUALTIES FALL ON [[20MPH|quantity|20|mph]] ROADS\n\n"
        "Casualties on roads with a [[20mph|quantity|20|mph]] or [[30mph|quantity|30|mph]] limit in "
        "[[Wales|GPE]] fell by [[24%|percent|24|%]] in [[the 12 months to June 2025|D|2024-07/2025-06]], the "
        "[[Welsh Government|ORG]] said [[today|D|2025-09-18]].\n\n"
        "• Casualties on [[20mph|quantity|20|mph]] and [[30mph|quantity|30|mph]] roads: "
        "[[1,978|count|1978|casualty]], down from [[2,604|count|2604|casualty]]\n"
        "• Killed or seriously injured: [[363|count|363|casualty]], down [[18%|percent|18|%]]\n"
        "• Average speed on [[20mph|quantity|20|mph]] roads: [[22.4mph|quantity|22.4|mph]], down "
        "[[3.1mph|quantity|3.1|mph]]\n"
        "• Roads returned to [[30mph|quantity|30|mph]] after review: [[about 500|count|500|road]]\n\n"
        "The default limit on restricted roads came into force on [[17 September 2023|D|2023-09-17]], making "
        "[[Wales|GPE]] the [[first|ordinal|1]] nation in the [[UK|GPE|United Kingdom]] to adopt it.\n\n"
        "Cabinet Secretary for Transport and [[North Wales|LOC]] [[Ken Skates|PERSON]] said: “Fewer families "
        "are getting the knock on the door that nobody wants. That is what this policy was for.”\n\n"
        "He added that councils had been given [[£5 million|money|5000000|GBP]] to review local limits, and "
        "that more roads would return to [[30mph|quantity|30|mph]] by [[spring 2026|D|2026-03/2026-05]].\n\n"
        "[[Natasha Asghar|PERSON]] of the [[Welsh Conservatives|ORG]] called for the policy to be scrapped, "
        "and argued that it had cost the [[Welsh|NORP]] economy [[as much as £4.5 billion|money|4500000000|GBP]].\n\n"
        "Notes to editors\n"
        "-- The statistics cover collisions reported to the police on roads with a limit of "
        "[[20mph|quantity|20|mph]] or [[30mph|quantity|30|mph]].\n"
        "-- Figures for [[2025|D|2025]] as a whole will be published in [[May 2026|D|2026-05]].",
        [
            ("Welsh Government", "say", "Casualties on roads with a 20mph or 30mph limit in Wales fell by 24% in "
             "the 12 months to June 2025", False),
            ("Ken Skates", "say", "Fewer families are getting the knock on the door that nobody wants. That is what "
             "this policy was for.", True),
            ("Ken Skates", "add", "councils had been given £5 million to review local limits, and that more roads "
             "would return to 30mph by spring 2026", False),
            ("Natasha Asghar", "call for", "the policy to be scrapped", False),
            ("Natasha Asghar", "argue", "it had cost the Welsh economy as much as £4.5 billion", False),
        ],
    ),
    (
        "own52-ho-02", "scottish-fiscal-commission-forecasts", "2026-01-13", "2026-01-13",
        "[[Scottish Fiscal Commission|ORG]]\n"
        "[[Edinburgh|GPE]], [[13 January 2026|D|2026-01-13]]\n\n"
        "[[SCOTLAND|GPE|Scotland]]’S ECONOMIC AND FISCAL FORECASTS\n\n"
        "The [[Scottish Fiscal Commission|ORG]] [[today|D|2026-01-13]] published the forecasts that accompany "
        "the [[Scottish Government|ORG]]’s Budget for [[2026-27|D|2026-04/2027-03]].\n\n"
        "Forecast                    [[2026-27|D|2026-04/2027-03]]    [[2030-31|D|2030-04/2031-03]]\n"
        "Income tax revenue          [[£21.9bn|money|21900000000|GBP]]     [[£25.6bn|money|25600000000|GBP]]\n"
        "Social security spending    [[£7.6bn|money|7600000000|GBP]]      [[£9.4bn|money|9400000000|GBP]]\n"
        "Onshore GDP growth          [[1.1%|percent|1.1|%]]        [[1.3%|percent|1.3|%]]\n\n"
        "The [[Commission|ORG|Scottish Fiscal Commission]] expects real disposable income per person to grow "
        "by [[0.8%|percent|0.8|%]] a year on average to [[2030-31|D|2030-04/2031-03]].\n\n"
        "Chair [[Graeme Roy|PERSON]] said: “Social security spending continues to grow faster than the funding "
        "[[Scotland|GPE]] receives for it from the [[UK|GPE|United Kingdom]] Government. That gap will reach "
        "[[£1.3 billion|money|1300000000|GBP]] in [[2026-27|D|2026-04/2027-03]].”\n\n"
        "He warned that ministers would need to find savings of [[around £900 million|money|900000000|GBP]] a "
        "year by [[2029-30|D|2029-04/2030-03]] to balance the budget.\n\n"
        "Cabinet Secretary for Finance and Local Government [[Shona Robison|PERSON]] told the "
        "[[Scottish Parliament|ORG]] that the basic and intermediate rates of income tax would stay at "
        "[[20%|percent|20|%]] and [[21%|percent|21|%]], and pledged [[£2 billion|money|2000000000|GBP]] for "
        "affordable homes over [[four years|D|P4Y]].\n\n"
        "The [[Fraser of Allander Institute|ORG]] at the [[University of Strathclyde|ORG]] estimated that "
        "[[Scotland|GPE]]’s economy grew [[about 1%|percent|1|%]] in [[2025|D|2025]], slightly slower than the "
        "[[UK|GPE|United Kingdom]] as a whole.\n\n"
        "The [[Commission|ORG|Scottish Fiscal Commission]]’s next forecasts are due in [[May|D|2026-05]].",
        [
            ("Scottish Fiscal Commission", "expect", "real disposable income per person to grow by 0.8% a year on "
             "average to 2030-31", False),
            ("Graeme Roy", "say", "Social security spending continues to grow faster than the funding Scotland "
             "receives for it from the UK Government. That gap will reach £1.3 billion in 2026-27.", True),
            ("Graeme Roy", "warn", "ministers would need to find savings of around £900 million a year by 2029-30 "
             "to balance the budget", False),
            ("Shona Robison", "tell", "the basic and intermediate rates of income tax would stay at 20% and 21%",
             False),
            ("Shona Robison", "pledge", "£2 billion for affordable homes over four years", False),
            ("Fraser of Allander Institute", "estimate", "Scotland’s economy grew about 1% in 2025, slightly slower "
             "than the UK as a whole", False),
        ],
    ),
    (
        "own52-ho-03", "daera-lough-neagh", "2025-06-05", "2025-06-05",
        "[[Department of Agriculture, Environment and Rural Affairs|ORG]]\n"
        "Press release, [[5 June 2025|D|2025-06-05]]\n\n"
        "[[Muir|PERSON|Andrew Muir]] funds [[12|count|12|project]] projects to restore [[Lough Neagh|LOC]]\n\n"
        "Minister [[Andrew Muir|PERSON]] has announced [[£4.5 million|money|4500000|GBP]] for "
        "[[12|count|12|project]] projects to cut the nutrient pollution that feeds blue-green algae in "
        "[[Lough Neagh|LOC]], the [[UK|GPE|United Kingdom]]’s largest freshwater lake.\n\n"
        "The lough covers [[about 392 square kilometres|quantity|392|km2]] and supplies "
        "[[around 40%|percent|40|%]] of [[Northern Ireland|GPE]]’s drinking water. Algae were recorded at "
        "[[47|count|47|site]] monitoring sites in [[2024|D|2024]].\n\n"
        "[[Muir|PERSON|Andrew Muir]] said: “[[Lough Neagh|LOC]] did not reach this state overnight, and it will "
        "not recover overnight. But [[this year|D|2025]] people will see real work on the ground.”\n\n"
        "He said the projects would target farms along the lough’s [[six|count|6|river]] main rivers.\n\n"
        "[[Northern Ireland Water|ORG]] ([[NI Water|ORG|Northern Ireland Water]]) said its treatment works had "
        "kept drinking water safe throughout [[the summer of 2024|D|2024-06/2024-08]].\n\n"
        "The [[Agri-Food and Biosciences Institute|ORG]] ([[AFBI|ORG|Agri-Food and Biosciences Institute]]) "
        "estimates that [[about 60%|percent|60|%]] of the phosphorus entering the lough comes from farming.\n\n"
        "The [[Ulster Farmers’ Union|ORG|Ulster Farmers' Union]] warned that new rules on slurry spreading must "
        "not push family farms out of business.\n\n"
        "Notes to editors\n"
        "-- The department’s action plan for the lough was first published in [[February 2024|D|2024-02]].\n"
        "-- Bids for the [[second|ordinal|2]] funding round close on [[31 July|D|2025-07-31]].",
        [
            ("Andrew Muir", "announce", "£4.5 million for 12 projects to cut the nutrient pollution that feeds "
             "blue-green algae in Lough Neagh, the UK’s largest freshwater lake", False),
            ("Andrew Muir", "say", "Lough Neagh did not reach this state overnight, and it will not recover "
             "overnight. But this year people will see real work on the ground.", True),
            ("Andrew Muir", "say", "the projects would target farms along the lough’s six main rivers", False),
            ("Northern Ireland Water", "say", "its treatment works had kept drinking water safe throughout the "
             "summer of 2024", False),
            ("Agri-Food and Biosciences Institute", "estimate", "about 60% of the phosphorus entering the lough "
             "comes from farming", False),
            ("Ulster Farmers' Union", "warn", "new rules on slurry spreading must not push family farms out of "
             "business", False),
        ],
    ),
    (
        "own52-ho-04", "cal-fire-palisades-update", "2025-01-14", "2025-01-14",
        "[[CAL FIRE|ORG|California Department of Forestry and Fire Protection]] INCIDENT UPDATE\n"
        "[[Palisades Fire|EVENT]]\n\n"
        "Date: [[January 14, 2025|D|2025-01-14]], 7:00 a.m.\n"
        "Location: [[Pacific Palisades|GPE|Pacific Palisades, Los Angeles]], "
        "[[Los Angeles County|GPE|Los Angeles County, California]]\n"
        "Started: [[January 7, 2025|D|2025-01-07]]\n"
        "Size: [[23,713 acres|quantity|23713|acre]]\n"
        "Containment: [[18%|percent|18|%]]\n"
        "Structures destroyed: [[5,316|count|5316|structure]]\n"
        "Structures damaged: [[713|count|713|structure]]\n"
        "Firefighters assigned: [[5,475|count|5475|firefighter]]\n\n"
        "Crews held the fire’s eastern edge overnight as winds eased, but the [[National Weather Service|ORG]] "
        "warned that gusts of [[up to 70 mph|quantity|70|mph]] could return on [[Wednesday|D|2025-01-15]].\n\n"
        "[[CAL FIRE|ORG|California Department of Forestry and Fire Protection]] said damage inspection teams had "
        "assessed [[more than 60%|percent|60|%]] of the burn area.\n\n"
        "Fire Chief [[Kristin Crowley|PERSON]] of the [[Los Angeles Fire Department|ORG]] said that "
        "[[1,300|count|1300|engine]] engines from [[eight|count|8|state]] states and [[Mexico|GPE]] were now on "
        "the fire lines.\n\n"
        "[[Los Angeles County|GPE|Los Angeles County, California]] Sheriff [[Robert Luna|PERSON]] told reporters "
        "that [[eight|count|8|death]] deaths had been confirmed in the [[Palisades Fire|EVENT]] area. Evacuation "
        "orders remain in effect for [[about 105,000|count|105000|resident]] residents in "
        "[[Malibu|GPE|Malibu, California]], [[Topanga|GPE|Topanga, California]] and "
        "[[Brentwood|GPE|Brentwood, Los Angeles]].\n\n"
        "Governor [[Gavin Newsom|PERSON]] called for an independent investigation into why a nearby reservoir "
        "was empty when the fire broke out.\n\n"
        "The [[Eaton Fire|EVENT]] near [[Altadena|GPE|Altadena, California]] has burned "
        "[[14,117 acres|quantity|14117|acre]] and is [[45%|percent|45|%]] contained.\n\n"
        "Next update: [[January 15, 2025|D|2025-01-15]], 7:00 a.m.",
        [
            ("National Weather Service", "warn", "gusts of up to 70 mph could return on Wednesday", False),
            ("California Department of Forestry and Fire Protection", "say", "damage inspection teams had assessed "
             "more than 60% of the burn area", False),
            ("Kristin Crowley", "say", "1,300 engines from eight states and Mexico were now on the fire lines",
             False),
            ("Robert Luna", "tell", "eight deaths had been confirmed in the Palisades Fire area", False),
            ("Gavin Newsom", "call for", "an independent investigation into why a nearby reservoir was empty when "
             "the fire broke out", False),
        ],
    ),
    (
        "own52-ho-05", "qantas-full-year-results", "2025-08-28", "2025-08-28",
        "[[Qantas Group|ORG|Qantas]] full-year results\n\n"
        "[[SYDNEY|GPE|Sydney]], [[28 August 2025|D|2025-08-28]] – The [[Qantas Group|ORG|Qantas]] "
        "[[today|D|2025-08-28]] reported underlying profit before tax of [[$2.39 billion|money|2390000000|AUD]] "
        "for the year to [[30 June 2025|D|2025-06-30]], up [[15%|percent|15|%]].\n\n"
        "• Statutory profit after tax: [[$1.60 billion|money|1600000000|AUD]]\n"
        "• Revenue: [[$23.8 billion|money|23800000000|AUD]]\n"
        "• Passengers carried: [[57.1 million|count|57100000|passenger]]\n"
        "• On-time performance: [[78.9%|percent|78.9|%]], up [[2.3 percentage points|percent|2.3|pp]]\n"
        "• Final dividend: [[16.5 cents|money|0.165|AUD]] a share, fully franked\n\n"
        "Chief Executive Officer [[Vanessa Hudson|PERSON]] said: “Our customers tell us the product is better "
        "than it has been in years. Now we are putting that strength to work in the biggest fleet renewal in our "
        "history.”\n\n"
        "She said the group expected [[more than 20|count|20|aircraft]] new aircraft to arrive in "
        "[[FY26|D|2025-07/2026-06]], among them its [[first|ordinal|1]] [[Airbus A321XLR|PRODUCT]].\n\n"
        "Chief Financial Officer [[Rob Marcolina|PERSON]] added that net debt of "
        "[[$5.2 billion|money|5200000000|AUD]] sat at the low end of the target range.\n\n"
        "[[Jetstar|ORG]] carried a record [[17.5 million|count|17500000|passenger]] domestic passengers. "
        "[[Qantas|ORG]] expects domestic capacity to grow [[about 3%|percent|3|%]] in [[FY26|D|2025-07/2026-06]].\n\n"
        "The result includes a [[$90 million|money|90000000|AUD]] penalty ordered by the "
        "[[Federal Court of Australia|ORG]] on [[18 August|D|2025-08-18]] over the unlawful outsourcing of "
        "[[1,820|count|1820|job]] ground handling jobs in [[2020|D|2020]]. The "
        "[[Transport Workers’ Union|ORG|Transport Workers' Union of Australia]] called for the whole penalty to be "
        "paid to the sacked workers.",
        [
            ("Vanessa Hudson", "say", "Our customers tell us the product is better than it has been in years. Now "
             "we are putting that strength to work in the biggest fleet renewal in our history.", True),
            ("Vanessa Hudson", "say", "the group expected more than 20 new aircraft to arrive in FY26, among them "
             "its first Airbus A321XLR", False),
            ("Rob Marcolina", "add", "net debt of $5.2 billion sat at the low end of the target range", False),
            ("Qantas", "expect", "domestic capacity to grow about 3% in FY26", False),
            ("Transport Workers' Union of Australia", "call for", "the whole penalty to be paid to the sacked "
             "workers", False),
        ],
    ),
    (
        "own52-ho-06", "red-cross-helene-response", "2024-10-04", "2024-10-04",
        "[[American Red Cross|ORG]]\n"
        "News release – [[October 4, 2024|D|2024-10-04]]\n\n"
        "[[HELENE|EVENT|Hurricane Helene]]: [[RED CROSS|ORG|American Red Cross]] SHELTERS "
        "[[MORE THAN 1,900|count|1900|person]] PEOPLE\n\n"
        "[[Hurricane Helene|EVENT]] made landfall in [[Florida|GPE]] on [[September 26|D|2024-09-26]] and tore "
        "through [[six|count|6|state]] states. The worst damage is in western [[North Carolina|GPE]] and eastern "
        "[[Tennessee|GPE]], where floods washed away roads, bridges and water systems.\n\n"
        "Key figures\n"
        "-- People in [[Red Cross|ORG|American Red Cross]] and partner shelters overnight: "
        "[[more than 1,900|count|1900|person]]\n"
        "-- Meals and snacks served: [[over 480,000|count|480000|meal]]\n"
        "-- Disaster workers deployed: [[about 2,200|count|2200|worker]]\n"
        "-- Emergency response vehicles: [[150|count|150|vehicle]]\n\n"
        "“This is one of the most complex disasters we have faced in a generation,” said "
        "[[Gail McGovern|PERSON]], president and CEO of the [[American Red Cross|ORG]].\n\n"
        "The [[Red Cross|ORG|American Red Cross]] estimates that [[Helene|EVENT|Hurricane Helene]] damaged or "
        "destroyed [[more than 10,000|count|10000|home]] homes.\n\n"
        "[[Trevor Riggen|PERSON]], who leads the organisation’s disaster services, told reporters that shelters "
        "in [[Asheville|GPE|Asheville, North Carolina]] would stay open for [[at least two weeks|D|P2W]].\n\n"
        "Governor [[Roy Cooper|PERSON]] said [[at least 108|count|108|person]] people had died in "
        "[[North Carolina|GPE]]. The [[Federal Emergency Management Agency|ORG]] has approved "
        "[[more than $110 million|money|110000000|USD]] in aid for households.\n\n"
        "The storm forced the cancellation of [[more than 100|count|100|blood drive]] blood drives. The "
        "[[Red Cross|ORG|American Red Cross]] urged people in unaffected areas to give blood in the coming "
        "days.",
        [
            ("Gail McGovern", "say", "This is one of the most complex disasters we have faced in a generation",
             True),
            ("American Red Cross", "estimate", "Helene damaged or destroyed more than 10,000 homes", False),
            ("Trevor Riggen", "tell", "shelters in Asheville would stay open for at least two weeks", False),
            ("Roy Cooper", "say", "at least 108 people had died in North Carolina", False),
            ("American Red Cross", "urge", "people in unaffected areas to give blood in the coming days", False),
        ],
    ),
    (
        "own52-ho-07", "hydro-quebec-annual-results", "2025-02-20", "2025-02-20",
        "[[Hydro-Québec|ORG]] reports its results for [[2024|D|2024]]\n\n"
        "[[MONTRÉAL|GPE|Montreal]], [[February 20, 2025|D|2025-02-20]] – [[Hydro-Québec|ORG]] posted net income "
        "of [[$2.9 billion|money|2900000000|CAD]] in [[2024|D|2024]], down [[$1.4 billion|money|1400000000|CAD]] "
        "from [[2023|D|2023]], as low water levels in its reservoirs cut exports.\n\n"
        "                              [[2024|D|2024]]           [[2023|D|2023]]\n"
        "Net income                    [[$2.9 billion|money|2900000000|CAD]]   [[$4.3 billion|money|4300000000|CAD]]\n"
        "Customers                     [[4.5 million|count|4500000|customer]]    [[4.4 million|count|4400000|customer]]\n"
        "Export revenue                [[$1.7 billion|money|1700000000|CAD]]   [[$2.8 billion|money|2800000000|CAD]]\n"
        "Dividend to [[Quebec|GPE]]             [[$2.2 billion|money|2200000000|CAD]]   "
        "[[$3.2 billion|money|3200000000|CAD]]\n\n"
        "President and Chief Executive Officer [[Michael Sabia|PERSON]] said: “Dry weather forced us to keep more "
        "water in our reservoirs. That was the right decision for [[Quebecers|NORP|Quebecer]].”\n\n"
        "He reaffirmed that [[Hydro-Québec|ORG]] would invest [[$155 billion|money|155000000000|CAD]] to "
        "[[$185 billion|money|185000000000|CAD]] by [[2035|D|2035]] to expand its grid and generating capacity.\n\n"
        "Chief Financial Officer [[Jean-Hugues Lafleur|PERSON]] said the utility expected water levels to return "
        "to normal in [[the second half of 2025|D|2025-07/2025-12]].\n\n"
        "Minister of Economy, Innovation and Energy [[Christine Fréchette|PERSON]] pledged that residential rates "
        "would rise by [[no more than 3%|percent|3|%]] a year until [[2026|D|2026]].\n\n"
        "The [[Champlain Hudson Power Express|FAC]], a line from the [[Canadian|NORP]] border to "
        "[[New York City|GPE]] due to enter service in [[spring 2026|D|2026-03/2026-05]], will carry "
        "enough power for [[about one million|count|1000000|home]] homes. The utility employs "
        "[[about 23,000|count|23000|person]] people.",
        [
            ("Michael Sabia", "say", "Dry weather forced us to keep more water in our reservoirs. That was the "
             "right decision for Quebecers.", True),
            ("Michael Sabia", "reaffirm", "Hydro-Québec would invest $155 billion to $185 billion by 2035 to expand "
             "its grid and generating capacity", False),
            ("Jean-Hugues Lafleur", "say", "the utility expected water levels to return to normal in the second "
             "half of 2025", False),
            ("Christine Fréchette", "pledge", "residential rates would rise by no more than 3% a year until 2026",
             False),
        ],
    ),
]

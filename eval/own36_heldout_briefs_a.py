"""Held-out set 36 (blind): marked texts of briefs 01-07 and their statements (see
``build_own36_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own36-ho-01", "central-bank-chile", "2025-10-28", "2025-10-28",
        "Monetary Policy Meeting: [[Central Bank of Chile|ORG]] holds rate at [[4.75%|percent|4.75|%]]\n"
        "[[Santiago|GPE]], [[28 October 2025|D|2025-10-28]]\n\n"
        "The Board of the [[Central Bank of Chile|ORG]] unanimously decided [[today|D|2025-10-28]] to keep the "
        "monetary policy rate at [[4.75%|percent|4.75|%]]. Annual inflation stood at [[4.4%|percent|4.4|%]] in "
        "[[September|D|2025-09]], above the [[3%|percent|3|%]] target, while core inflation eased to "
        "[[3.8%|percent|3.8|%]].\n\n"
        "[[Bank|ORG|Central Bank of Chile]] President [[Rosanna Costa|PERSON]] said: “Inflation will converge to [[3%|percent|3|%]] in "
        "[[the first half of 2026|D|2026-01/2026-06]], but the risks have not gone away.” She added that copper "
        "prices had risen [[12%|percent|12|%]] since [[June|D|2025-06]], supporting the peso.\n\n"
        "The [[Bank|ORG|Central Bank of Chile]] estimates that the economy will grow between "
        "[[2.25|percent|2.25|%]] and [[2.75%|percent|2.75|%]] in [[2025|D|2025]]. Investment rose "
        "[[6.1%|percent|6.1|%]] in [[the second quarter|D|2025-04/2025-06]], led by mining projects in the "
        "[[Antofagasta Region|GPE]], while household consumption grew [[2.9%|percent|2.9|%]].\n\n"
        "Board member [[Luis Felipe Céspedes|PERSON]] warned that global financial conditions could tighten if "
        "the [[Federal Reserve|ORG]] slowed its cuts and [[US|GPE|United States]] tariffs hit [[Chinese|NORP]] "
        "demand for [[Chilean|NORP]] copper. The peso traded at [[945 pesos|money|945|CLP]] per dollar, "
        "[[2%|percent|2|%]] stronger than at the end of [[September|D|2025-09]].\n\n"
        "The next meeting will be held on [[16 December|D|2025-12-16]], when the [[Bank|ORG|Central Bank of "
        "Chile]] will also publish its [[fourth|ordinal|4]] report of [[the year|D|2025]].\n\n"
        "Finance Minister [[Nicolás Grau|PERSON]] said the decision was in line with the government's "
        "forecasts. [[Chile|GPE]] holds a presidential election on [[November 16|D|2025-11-16]], with [[José "
        "Antonio Kast|PERSON]] and [[Jeannette Jara|PERSON]] leading the polls.",
        [
            ("Rosanna Costa", "say", "Inflation will converge to 3% in the first half of 2026, but the risks "
             "have not gone away.", True),
            ("Rosanna Costa", "add", "copper prices had risen 12% since June, supporting the peso", False),
            ("Central Bank of Chile", "estimate", "the economy will grow between 2.25 and 2.75% in 2025", False),
            ("Luis Felipe Céspedes", "warn", "global financial conditions could tighten if the Federal Reserve "
             "slowed its cuts and US tariffs hit Chinese demand for Chilean copper", False),
            ("Nicolás Grau", "say", "the decision was in line with the government's forecasts", False),
        ],
    ),
    (
        "own36-ho-02", "statssa-labour", "2025-11-11", "2025-11-11",
        "Unemployment rate falls to [[31.9%|percent|31.9|%]] in [[the third quarter of 2025|D|2025-07/2025-09]]\n"
        "[[Statistics South Africa|ORG]], [[11 November 2025|D|2025-11-11]]\n\n"
        "The official unemployment rate decreased by [[1.3 percentage points|percent|1.3|pp]] to "
        "[[31.9%|percent|31.9|%]] in [[the third quarter of 2025|D|2025-07/2025-09]], according to the "
        "Quarterly Labour Force Survey released by [[Statistics South Africa|ORG]] ([[Stats SA|ORG|Statistics "
        "South Africa]]) [[today|D|2025-11-11]].\n\n"
        "The number of employed persons increased by [[248,000|count|248000|person]] to "
        "[[17 million|count|17000000|person]], while the number of unemployed persons fell by "
        "[[331,000|count|331000|person]] to [[7.9 million|count|7900000|person]]. Employment rose in "
        "[[six|count|6|province]] of the [[nine|count|9|province]] provinces, with the largest gains in "
        "[[Gauteng|GPE]] ([[94,000|count|94000|person]]) and [[KwaZulu-Natal|GPE]] "
        "([[61,000|count|61000|person]]). The [[Western Cape|GPE]] recorded a small decline.\n\n"
        "Statistician-General [[Risenga Maluleke|PERSON]] said: “This is the [[second|ordinal|2]] consecutive "
        "quarterly decline, but the youth rate remains far too high at [[58.5%|percent|58.5|%]].”\n\n"
        "He noted that the expanded definition of unemployment, which includes discouraged work-seekers, stood "
        "at [[42.4%|percent|42.4|%]]. Year-on-year, employment rose by [[1.2%|percent|1.2|%]], and the formal "
        "sector added [[180,000|count|180000|job]] jobs, mostly in trade and community services.\n\n"
        "[[Maluleke|PERSON|Risenga Maluleke]] added that [[about 3.4 million|count|3400000|person]] young people "
        "were neither in employment nor in education or training.\n\n"
        "[[Stats SA|ORG|Statistics South Africa]] will release the results for [[the fourth quarter|D|2025-10/2025-12]] "
        "in [[February 2026|D|2026-02]].\n\n"
        "Employment and Labour Minister [[Nomakhosazana Meth|PERSON]] welcomed the figures and said the "
        "[[Presidential Youth Employment Intervention|ORG]] had placed [[1.7 million|count|1700000|person]] "
        "young people in work since [[2020|D|2020]]. In [[Limpopo|GPE]] and the [[Eastern Cape|GPE]], the "
        "rate remained above [[40%|percent|40|%]]. The [[Congress of South African Trade Unions|ORG]] "
        "([[COSATU|ORG|Congress of South African Trade Unions]]) said [[South Africa|GPE]] needed growth of "
        "[[at least 3%|percent|3|%]] to absorb new entrants.",
        [
            ("Statistics South Africa", "according to", "The official unemployment rate decreased by 1.3 "
             "percentage points to 31.9% in the third quarter of 2025", False),
            ("Risenga Maluleke", "say", "This is the second consecutive quarterly decline, but the youth rate "
             "remains far too high at 58.5%.", True),
            ("Risenga Maluleke", "note", "the expanded definition of unemployment, which includes discouraged "
             "work-seekers, stood at 42.4%", False),
            ("Risenga Maluleke", "add", "about 3.4 million young people were neither in employment nor in "
             "education or training", False),
            ("Nomakhosazana Meth", "say", "the Presidential Youth Employment Intervention had placed 1.7 "
             "million young people in work since 2020", False),
            ("Congress of South African Trade Unions", "say", "South Africa needed growth of at least 3% to "
             "absorb new entrants", False),
        ],
    ),
    (
        "own36-ho-03", "ofgem-price-cap", "2025-11-21", "2025-11-21",
        "Energy price cap will rise by [[0.2%|percent|0.2|%]] from [[1 January|D|2026-01-01]]\n"
        "Press release\n"
        "[[21 November 2025|D|2025-11-21]]\n\n"
        "The energy price cap will rise by [[0.2%|percent|0.2|%]] between [[1 January and 31 March "
        "2026|D|2026-01-01/2026-03-31]], [[Ofgem|ORG]] announced [[today|D|2025-11-21]].\n\n"
        "A typical household paying by direct debit for dual fuel will pay [[£1,758|money|1758|GBP]] a year, up "
        "[[£3|money|3|GBP]] from the current cap of [[£1,755|money|1755|GBP]]. Network costs add "
        "[[around £15|money|15|GBP]] to bills, partly offset by lower wholesale prices. The standing charge for "
        "electricity rises to [[54.75 pence|money|0.5475|GBP]] a day. The cap applies to "
        "[[about 22 million|count|22000000|household]] households in [[England|GPE]], [[Scotland|GPE]] and "
        "[[Wales|GPE]].\n\n"
        "[[Ofgem|ORG]] chief executive [[Jonathan Brearley|PERSON]] said: “We know many households are still "
        "struggling, and we expect suppliers to offer real support to those in debt.”\n\n"
        "He added that household energy debt had reached [[£4.4 billion|money|4400000000|GBP]], a record.\n\n"
        "The [[Department for Energy Security and Net Zero|ORG]] said that [[2.7 million|count|2700000|household]] "
        "more households would receive the [[£150|money|150|GBP]] Warm Home Discount "
        "[[this winter|D|2025-12/2026-02]], bringing the total to [[6.1 million|count|6100000|household]].\n\n"
        "Energy Secretary [[Ed Miliband|PERSON]] said the government would remove [[about £150|money|150|GBP]] "
        "of policy costs from bills from [[April|D|2026-04]].\n\n"
        "The next cap, for [[April to June 2026|D|2026-04/2026-06]], will be announced on "
        "[[25 February|D|2026-02-25]]. [[Energy UK|ORG]] chief executive [[Dhara Vyas|PERSON]] said suppliers "
        "would work with [[Ofgem|ORG]] on a debt relief scheme. [[Citizens Advice|ORG]] said the cap was still "
        "[[about 50%|percent|50|%]] higher than in [[2021|D|2021]]. The largest suppliers, [[Octopus "
        "Energy|ORG]], [[British Gas|ORG]] and [[EDF Energy|ORG]], serve more than half of all homes.",
        [
            ("Ofgem", "announce", "The energy price cap will rise by 0.2% between 1 January and 31 March 2026",
             False),
            ("Jonathan Brearley", "say", "We know many households are still struggling, and we expect suppliers "
             "to offer real support to those in debt.", True),
            ("Jonathan Brearley", "add", "household energy debt had reached £4.4 billion, a record", False),
            ("Department for Energy Security and Net Zero", "say", "2.7 million more households would receive "
             "the £150 Warm Home Discount this winter, bringing the total to 6.1 million", False),
            ("Ed Miliband", "say", "the government would remove about £150 of policy costs from bills from April",
             False),
            ("Dhara Vyas", "say", "suppliers would work with Ofgem on a debt relief scheme", False),
            ("Citizens Advice", "say", "the cap was still about 50% higher than in 2021", False),
        ],
    ),
    (
        "own36-ho-04", "ghana-budget", "2025-11-13", "2025-11-13",
        "Finance Minister presents budget for [[2026|D|2026]]\n"
        "[[Ministry of Finance|ORG|Ministry of Finance (Ghana)]]\n"
        "[[Accra|GPE]], [[13 November 2025|D|2025-11-13]]\n\n"
        "Minister for Finance [[Cassiel Ato Forson|PERSON]] [[today|D|2025-11-13]] presented the government's "
        "budget for [[2026|D|2026]] to [[Parliament|ORG|Parliament of Ghana]]. The budget projects total revenue "
        "and grants of [[GH¢224.9 billion|money|224900000000|GHS]], or [[15.4%|percent|15.4|%]] of GDP, and total "
        "expenditure of [[GH¢271.2 billion|money|271200000000|GHS]].\n\n"
        "Dr [[Ato Forson|PERSON|Cassiel Ato Forson]] said: “Inflation has fallen from [[23.8%|percent|23.8|%]] "
        "in [[December 2024|D|2024-12]] to [[8%|percent|8|%]] in [[October|D|2025-10]], the lowest in "
        "[[four years|D|P4Y]].”\n\n"
        "He announced that the government would abolish the [[10%|percent|10|%]] levy on betting winnings and "
        "raise the minimum wage by [[9%|percent|9|%]] from [[January|D|2026-01]].\n\n"
        "The [[Bank of Ghana|ORG]] cut its policy rate by [[350 basis points|percent|3.5|pp]] to "
        "[[21.5%|percent|21.5|%]] in [[September|D|2025-09]], and the cedi has gained "
        "[[about 30%|percent|30|%]] against the [[US|GPE|United States]] dollar in [[2025|D|2025]].\n\n"
        "The minister said growth would reach [[4.8%|percent|4.8|%]] in [[2026|D|2026]], and that "
        "[[GH¢13.8 billion|money|13800000000|GHS]] would go to roads in all [[16|count|16|region]] regions.\n\n"
        "[[Ghana|GPE]]'s programme with the [[International Monetary Fund|ORG]] ends in "
        "[[May 2026|D|2026-05]]. [[Ato Forson|PERSON|Cassiel Ato Forson]] pledged that [[Ghana|GPE]] would not "
        "seek a new one, and said the debt ratio would fall below [[60%|percent|60|%]] of GDP by "
        "[[2028|D|2028]].\n\n"
        "Minority Leader [[Alexander Afenyo-Markin|PERSON]] of the [[New Patriotic Party|ORG]] criticised the "
        "budget as lacking ambition. It is the [[second|ordinal|2]] budget of President [[John "
        "Mahama|PERSON]]'s government, which took office in [[January|D|2025-01]]. The [[Ghana Revenue "
        "Authority|ORG]] expects to collect [[GH¢180 billion|money|180000000000|GHS]] in taxes.",
        [
            ("Cassiel Ato Forson", "say", "Inflation has fallen from 23.8% in December 2024 to 8% in October, "
             "the lowest in four years.", True),
            ("Cassiel Ato Forson", "announce", "the government would abolish the 10% levy on betting winnings "
             "and raise the minimum wage by 9% from January", False),
            ("Cassiel Ato Forson", "say", "growth would reach 4.8% in 2026, and that GH¢13.8 billion would go "
             "to roads in all 16 regions", False),
            ("Cassiel Ato Forson", "pledge", "Ghana would not seek a new one", False),
            ("Cassiel Ato Forson", "say", "the debt ratio would fall below 60% of GDP by 2028", False),
            ("Alexander Afenyo-Markin", "criticise", "the budget as lacking ambition", False),
            ("Ghana Revenue Authority", "expect", "collect GH¢180 billion in taxes", False),
        ],
    ),
    (
        "own36-ho-05", "jaxa-launch", "2025-10-26", "2025-10-26",
        "Launch result of the [[H3|PRODUCT|H3 (rocket)]] Launch Vehicle with [[HTV-X1|PRODUCT|HTV-X]] aboard\n"
        "[[October 26, 2025|D|2025-10-26]]\n"
        "[[Japan Aerospace Exploration Agency|ORG]] ([[JAXA|ORG|Japan Aerospace Exploration Agency]])\n\n"
        "[[JAXA|ORG|Japan Aerospace Exploration Agency]] launched the [[H3|PRODUCT|H3 (rocket)]] Launch "
        "Vehicle carrying the new cargo spacecraft [[HTV-X1|PRODUCT|HTV-X]] from the [[Tanegashima Space "
        "Center|FAC]] at 9:00 a.m. on [[October 26|D|2025-10-26]] (Japan Standard Time). The rocket flew as "
        "planned, and the spacecraft separated from the [[second|ordinal|2]] stage at an altitude of "
        "[[about 290 km|quantity|290|km]].\n\n"
        "[[HTV-X1|PRODUCT|HTV-X]] carries [[about 5.8 tonnes|quantity|5.8|t]] of cargo to the [[International "
        "Space Station|FAC]] ([[ISS|FAC|International Space Station]]) and is due to be captured by the "
        "station's robotic arm on [[October 30|D|2025-10-30]].\n\n"
        "[[JAXA|ORG|Japan Aerospace Exploration Agency]] President [[Hiroshi Yamakawa|PERSON]] said: “This is "
        "the [[first|ordinal|1]] flight of the [[HTV-X|PRODUCT]], and it opens a new chapter for "
        "[[Japanese|NORP]] cargo missions.”\n\n"
        "He added that the [[H3|PRODUCT|H3 (rocket)]] had now succeeded in [[six|count|6|launch]] consecutive "
        "launches since its failed debut in [[March 2023|D|2023-03]].\n\n"
        "The [[HTV-X|PRODUCT]] can carry [[about 30%|percent|30|%]] more cargo than its predecessor, the "
        "[[H-II Transfer Vehicle|PRODUCT]] ([[HTV|PRODUCT|H-II Transfer Vehicle]]), which flew "
        "[[nine|count|9|mission]] missions between [[2009 and 2020|D|2009/2020]]. After leaving the "
        "[[ISS|FAC|International Space Station]], the spacecraft will stay in orbit for "
        "[[up to 18 months|D|P18M]] to conduct experiments.\n\n"
        "[[JAXA|ORG|Japan Aerospace Exploration Agency]] said the next [[H3|PRODUCT|H3 (rocket)]] would lift off "
        "in [[December|D|2025-12]] with a navigation satellite. [[Mitsubishi Heavy Industries|ORG]], which "
        "builds the rocket, announced that it would take over launch services for the [[H3|PRODUCT|H3 "
        "(rocket)]] from [[2026|D|2026]].",
        [
            ("Hiroshi Yamakawa", "say", "This is the first flight of the HTV-X, and it opens a new chapter for "
             "Japanese cargo missions.", True),
            ("Hiroshi Yamakawa", "add", "the H3 had now succeeded in six consecutive launches since its failed "
             "debut in March 2023", False),
            ("Japan Aerospace Exploration Agency", "say", "the next H3 would lift off in December with a "
             "navigation satellite", False),
            ("Mitsubishi Heavy Industries", "announce", "it would take over launch services for the H3 from "
             "2026", False),
        ],
    ),
    (
        "own36-ho-06", "imf-sri-lanka", "2025-10-09", "2025-10-09",
        "[[IMF|ORG|International Monetary Fund]] Staff Reaches Staff-Level Agreement on the [[Fifth|ordinal|5]] Review of [[Sri Lanka|GPE]]’s "
        "Arrangement\n"
        "[[October 9, 2025|D|2025-10-09]]\n\n"
        "[[Washington, DC|GPE|Washington, D.C.]]: An [[International Monetary Fund|ORG]] "
        "([[IMF|ORG|International Monetary Fund]]) team led by [[Evan Papageorgiou|PERSON]] reached a "
        "staff-level agreement with the [[Sri Lankan|NORP]] authorities on the [[fifth|ordinal|5]] review of the "
        "[[48-month|D|P48M]] arrangement. Upon approval by the Executive Board, [[Sri Lanka|GPE]] will have "
        "access to [[about US$347 million|money|347000000|USD]] ([[SDR 254 million|money|254000000|XDR]]), "
        "bringing total financing to [[about US$1.7 billion|money|1700000000|USD]]. The team visited "
        "[[Colombo|GPE]] from [[September 24 to October 9|D|2025-09-24/2025-10-09]].\n\n"
        "At the end of the mission, Mr. [[Papageorgiou|PERSON|Evan Papageorgiou]] said: “[[Sri Lanka|GPE]]’s "
        "economy grew by [[4.8%|percent|4.8|%]] in [[the first half of 2025|D|2025-01/2025-06]], and inflation "
        "has returned to positive territory.”\n\n"
        "He noted that gross official reserves had reached [[US$6.2 billion|money|6200000000|USD]] in "
        "[[August|D|2025-08]], and that tax revenue rose to [[15.1%|percent|15.1|%]] of GDP in [[2024|D|2024]].\n\n"
        "The [[IMF|ORG|International Monetary Fund]] urged the authorities to keep the primary surplus at "
        "[[2.3%|percent|2.3|%]] of GDP in [[2026|D|2026]] and to protect social spending.\n\n"
        "The team met [[P. Nandalal Weerasinghe|PERSON]], Governor of the [[Central Bank of Sri Lanka|ORG]], and "
        "Deputy Minister of Finance [[Harshana Suriyapperuma|PERSON]]. [[Weerasinghe|PERSON|P. Nandalal "
        "Weerasinghe]] said inflation would reach the [[5%|percent|5|%]] target by [[mid-2026|D|2026]]. "
        "President [[Anura Kumara Dissanayake|PERSON]], who is also finance minister, will present the budget "
        "to [[Parliament|ORG|Parliament of Sri Lanka]] on [[November 7|D|2025-11-07]].",
        [
            ("Evan Papageorgiou", "say", "Sri Lanka’s economy grew by 4.8% in the first half of 2025, and "
             "inflation has returned to positive territory.", True),
            ("Evan Papageorgiou", "note", "gross official reserves had reached US$6.2 billion in August, and "
             "that tax revenue rose to 15.1% of GDP in 2024", False),
            ("International Monetary Fund", "urge", "the authorities to keep the primary surplus at 2.3% of GDP "
             "in 2026 and to protect social spending", False),
            ("P. Nandalal Weerasinghe", "say", "inflation would reach the 5% target by mid-2026", False),
        ],
    ),
    (
        "own36-ho-07", "equinor-results", "2025-10-22", "2025-10-22",
        "[[Equinor|ORG]] results for [[the third quarter of 2025|D|2025-07/2025-09]]\n"
        "[[Stavanger|GPE]], [[22 October 2025|D|2025-10-22]]\n\n"
        "[[Equinor|ORG]] reported adjusted operating income of [[USD 6.21 billion|money|6210000000|USD]] and "
        "[[USD 1.83 billion|money|1830000000|USD]] after tax in [[the third quarter of "
        "2025|D|2025-07/2025-09]]. Net income was [[USD 1.34 billion|money|1340000000|USD]], down from "
        "[[USD 2.29 billion|money|2290000000|USD]] in [[the third quarter of 2024|D|2024-07/2024-09]].\n\n"
        "Equity production grew by [[7%|percent|7|%]], driven by the [[Johan Castberg|FAC]] field in the "
        "[[Barents Sea|LOC]], which came on stream in [[March|D|2025-03]], and by new wells in the [[Gulf of "
        "Mexico|LOC]].\n\n"
        "“We deliver strong production growth and solid cash flow in a market with lower prices,” said "
        "[[Anders Opedal|PERSON]], President and CEO of [[Equinor ASA|ORG|Equinor]].\n\n"
        "[[Equinor|ORG]] expects to pay a quarterly cash dividend of [[USD 0.37|money|0.37|USD]] per share, and "
        "the company confirmed share buy-backs of [[up to USD 5 billion|money|5000000000|USD]] for "
        "[[2025|D|2025]]. In [[Norway|GPE]], it paid [[NOK 28 billion|money|28000000000|NOK]] in taxes over the "
        "period.\n\n"
        "[[Opedal|PERSON|Anders Opedal]] said the [[Empire Wind|FAC]] project off [[New York|GPE|New York (state)]] was "
        "[[60%|percent|60|%]] complete and on track for commercial operation in [[2027|D|2027]]. He also said "
        "that [[Equinor|ORG]] would cut its renewables investment by [[50%|percent|50|%]] over "
        "[[the next two years|D|2025-10-22/2027-10-22]].\n\n"
        "Chief financial officer [[Torgrim Reitan|PERSON]] noted that the net debt ratio stood at "
        "[[15.5%|percent|15.5|%]] at the end of [[September|D|2025-09]]. [[Equinor|ORG]] owns "
        "[[10%|percent|10|%]] of the [[Danish|NORP]] wind developer [[Ørsted|ORG]] and is partnering with "
        "[[Petrobras|ORG]] in [[Brazil|GPE]].",
        [
            ("Anders Opedal", "say", "We deliver strong production growth and solid cash flow in a market with "
             "lower prices", True),
            ("Equinor", "expect", "pay a quarterly cash dividend of USD 0.37 per share", False),
            ("Equinor", "confirm", "share buy-backs of up to USD 5 billion for 2025", False),
            ("Anders Opedal", "say", "the Empire Wind project off New York was 60% complete and on track for "
             "commercial operation in 2027", False),
            ("Anders Opedal", "say", "Equinor would cut its renewables investment by 50% over the next two years",
             False),
            ("Torgrim Reitan", "note", "the net debt ratio stood at 15.5% at the end of September", False),
        ],
    ),
]

"""Held-out set 38 (blind): marked texts of briefs 01-07 and their statements (see
``build_own38_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own38-ho-01", "mnb-rate-decision", "2025-09-23", "2025-09-23",
        "[[Magyar Nemzeti Bank|ORG]] keeps base rate at [[6.50%|percent|6.50|%]]\n"
        "Press release\n"
        "[[Budapest|GPE]], [[23 September 2025|D|2025-09-23]]\n\n"
        "At its meeting on [[Tuesday|D|2025-09-23]], the rate-setting council of the [[Magyar Nemzeti "
        "Bank|ORG]] left the central bank base rate unchanged at [[6.50%|percent|6.50|%]]. The overnight "
        "deposit rate remains at [[5.50%|percent|5.50|%]] and the overnight collateralised lending rate at "
        "[[7.50%|percent|7.50|%]]. The base rate has stood at this level for [[twelve months|D|P12M]].\n\n"
        "Annual consumer price inflation eased to [[4.3%|percent|4.3|%]] in [[August|D|2025-08]] from "
        "[[4.4%|percent|4.4|%]] in [[July|D|2025-07]], according to the [[Hungarian Central Statistical "
        "Office|ORG]]. Core inflation stood at [[4.1%|percent|4.1|%]]. [[Hungary|GPE]]'s gross domestic "
        "product grew by [[0.1%|percent|0.1|%]] in [[the second quarter|D|2025-04/2025-06]], as "
        "[[US|GPE|United States]] tariffs and weak demand in [[Germany|GPE]] weighed on [[Hungarian|NORP]] "
        "exporters.\n\n"
        "Governor [[Mihály Varga|PERSON]] said: “Tight monetary conditions remain necessary. Inflation will "
        "return to the [[3%|percent|3|%]] target only in [[2027|D|2027]].”\n\n"
        "The [[Bank|ORG|Magyar Nemzeti Bank]] expects average inflation of [[4.5%|percent|4.5|%]] to "
        "[[5%|percent|5|%]] in [[2025|D|2025]] and GDP growth of [[about 0.5%|percent|0.5|%]]. Mr "
        "[[Varga|PERSON|Mihály Varga]] noted that wage growth of [[about 9%|percent|9|%]] was still too fast "
        "to be consistent with the target.\n\n"
        "Deputy Governor [[Barnabás Virág|PERSON]] told a press conference that the stability of the forint, "
        "which traded at [[about 391 forints|money|391|HUF]] per euro, was a precondition for any cut. He added "
        "that the [[European Central Bank|ORG]] and the [[Federal Reserve|ORG]] had both kept their rates on "
        "hold in [[September|D|2025-09]].\n\n"
        "The [[Magyar Nemzeti Bank|ORG]]'s next rate-setting meeting will be held on [[21 October|D|2025-10-21]]. "
        "Its quarterly Inflation Report will be published on [[18 December|D|2025-12-18]].",
        [
            ("Hungarian Central Statistical Office", "according to", "Annual consumer price inflation eased to "
             "4.3% in August from 4.4% in July", False),
            ("Mihály Varga", "say", "Tight monetary conditions remain necessary. Inflation will return to the "
             "3% target only in 2027.", True),
            ("Magyar Nemzeti Bank", "expect", "average inflation of 4.5% to 5% in 2025 and GDP growth of about "
             "0.5%", False),
            ("Mihály Varga", "note", "wage growth of about 9% was still too fast to be consistent with the "
             "target", False),
            ("Barnabás Virág", "tell", "the stability of the forint, which traded at about 391 forints per euro, "
             "was a precondition for any cut", False),
            ("Barnabás Virág", "add", "the European Central Bank and the Federal Reserve had both kept their "
             "rates on hold in September", False),
        ],
    ),
    (
        "own38-ho-02", "insee-gdp-release", "2025-10-30", "2025-10-30",
        "Quarterly national accounts - first estimate\n"
        "In [[Q3 2025|D|2025-07/2025-09]], GDP grew by [[0.5%|percent|0.5|%]]\n"
        "[[Insee|ORG|Institut national de la statistique et des études économiques]] - [[30 October "
        "2025|D|2025-10-30]]\n\n"
        "In [[the third quarter of 2025|D|2025-07/2025-09]], [[French|NORP]] gross domestic product in volume "
        "terms accelerated: [[+0.5%|percent|0.5|%]] after [[+0.3%|percent|0.3|%]] in [[the second "
        "quarter|D|2025-04/2025-06]]. Household consumption expenditure rose slightly "
        "([[+0.1%|percent|0.1|%]]), while total gross fixed capital formation was stable.\n\n"
        "Exports rebounded sharply ([[+2.2%|percent|2.2|%]] after [[-1.7%|percent|-1.7|%]]), driven by "
        "deliveries of [[Airbus|ORG]] aircraft and of ships built in [[Saint-Nazaire|GPE]]. Imports rose by "
        "[[0.4%|percent|0.4|%]]. Foreign trade contributed [[+0.9 percentage points|percent|0.9|pp]] to GDP "
        "growth, and changes in inventories [[-0.6 percentage points|percent|-0.6|pp]].\n\n"
        "The [[Institut national de la statistique et des études économiques|ORG]] said that manufacturing "
        "output grew by [[1.1%|percent|1.1|%]], its strongest rise since [[early 2023|D|2023]].\n\n"
        "Economy Minister [[Roland Lescure|PERSON]] said: “These figures show the resilience of our economy "
        "in an uncertain world.” He told the [[National Assembly|ORG|National Assembly (France)]] that the "
        "government still expected growth of [[0.7%|percent|0.7|%]] for [[2025|D|2025]] as a whole.\n\n"
        "The [[Banque de France|ORG]] estimated in [[October|D|2025-10]] that activity would grow by "
        "[[0.2%|percent|0.2|%]] to [[0.3%|percent|0.3|%]] in [[the fourth quarter|D|2025-10/2025-12]]. "
        "[[Eurostat|ORG]] will publish its flash estimate for the [[euro area|LOC|Eurozone]] "
        "later [[today|D|2025-10-30]]; [[Germany|GPE]]'s economy stagnated in [[the third "
        "quarter|D|2025-07/2025-09]], [[Germany|GPE]]'s statistics office [[Destatis|ORG|Federal Statistical "
        "Office of Germany]] reported.\n\n"
        "The detailed figures for [[Q3 2025|D|2025-07/2025-09]] will be published on [[28 November "
        "2025|D|2025-11-28]].",
        [
            ("Institut national de la statistique et des études économiques", "say", "manufacturing output grew "
             "by 1.1%, its strongest rise since early 2023", False),
            ("Roland Lescure", "say", "These figures show the resilience of our economy in an uncertain world.",
             True),
            ("Roland Lescure", "tell", "the government still expected growth of 0.7% for 2025 as a whole",
             False),
            ("Banque de France", "estimate", "activity would grow by 0.2% to 0.3% in the fourth quarter",
             False),
            ("Federal Statistical Office of Germany", "report", "Germany's economy stagnated in the third "
             "quarter", False),
        ],
    ),
    (
        "own38-ho-03", "fccpc-tribunal", "2025-04-25", "2025-04-25",
        "[[FCCPC|ORG|Federal Competition and Consumer Protection Commission]] welcomes [[Tribunal|ORG|Competition and Consumer Protection Tribunal]] judgment "
        "upholding [[$220 million|money|220000000|USD]] penalty against [[Meta|ORG|Meta Platforms]]\n"
        "[[Abuja|GPE]], [[Friday, 25 April 2025|D|2025-04-25]]\n\n"
        "The [[Federal Competition and Consumer Protection Commission|ORG]] "
        "([[FCCPC|ORG|Federal Competition and Consumer Protection Commission]]) welcomes the judgment "
        "delivered [[today|D|2025-04-25]] by the [[Competition and Consumer Protection Tribunal|ORG]] in "
        "[[Abuja|GPE]], which upheld the [[Commission|ORG|Federal Competition and Consumer Protection "
        "Commission]]'s final order of [[July 2024|D|2024-07]] against [[Meta Platforms|ORG]] and "
        "its messaging service [[WhatsApp|ORG]].\n\n"
        "The [[Tribunal|ORG|Competition and Consumer Protection Tribunal]], chaired by [[Thomas "
        "Okosun|PERSON]], ordered [[Meta|ORG|Meta Platforms]] to pay the penalty of [[$220 "
        "million|money|220000000|USD]] and [[$35,000|money|35000|USD]] to reimburse the cost of the "
        "investigation. The [[Commission|ORG|Federal Competition and Consumer Protection Commission]]'s "
        "investigation, which began in [[May 2021|D|2021-05]], lasted [[38 months|D|P38M]] and found that the "
        "companies had shared the data of [[Nigerian|NORP]] users without their consent and abused their "
        "dominant position. [[WhatsApp|ORG]] has [[more than 51 million|count|51000000|user]] users in "
        "[[Nigeria|GPE]].\n\n"
        "Executive Vice Chairman [[Tunji Bello|PERSON]] said: “This judgment confirms that [[Nigerian|NORP]] "
        "consumers deserve the same respect as consumers anywhere else in the world.”\n\n"
        "Mr [[Bello|PERSON|Tunji Bello]] added that the [[Commission|ORG|Federal Competition and Consumer "
        "Protection Commission]] would enforce the order within [[60 days|D|P60D]].\n\n"
        "[[Meta|ORG|Meta Platforms]] had argued before the [[Tribunal|ORG|Competition and Consumer Protection "
        "Tribunal]] that the penalty was excessive, and warned in [[January|D|2025-01]] that it might withdraw "
        "its services from [[Nigeria|GPE]]. The [[Nigeria Data Protection Commission|ORG]] separately fined the "
        "company [[$32.8 million|money|32800000|USD]] in [[February|D|2025-02]].\n\n"
        "The [[Commission|ORG|Federal Competition and Consumer Protection Commission]] said it had received "
        "[[1,214|count|1214|complaint]] consumer complaints about digital platforms in [[2024|D|2024]], "
        "up from [[742|count|742|complaint]] in [[2022|D|2022]].",
        [
            ("Tunji Bello", "say", "This judgment confirms that Nigerian consumers deserve the same respect as "
             "consumers anywhere else in the world.", True),
            ("Tunji Bello", "add", "the Commission would enforce the order within 60 days", False),
            ("Meta Platforms", "argue", "the penalty was excessive", False),
            ("Meta Platforms", "warn", "it might withdraw its services from Nigeria", False),
            ("Federal Competition and Consumer Protection Commission", "say", "it had received 1,214 consumer "
             "complaints about digital platforms in 2024, up from 742 in 2022", False),
        ],
    ),
    (
        "own38-ho-04", "kenya-budget", "2025-06-12", "2025-06-12",
        "Budget Statement for [[FY 2025/26|D|2025-07/2026-06]]\n"
        "[[National Treasury|ORG|National Treasury (Kenya)]]\n"
        "[[Nairobi|GPE]], [[Thursday, June 12, 2025|D|2025-06-12]]\n\n"
        "Cabinet Secretary [[John Mbadi|PERSON]] [[today|D|2025-06-12]] presented to the [[National "
        "Assembly|ORG|National Assembly (Kenya)]] a budget of [[KSh 4.29 trillion|money|4290000000000|KES]] for "
        "[[the 2025/26 financial year|D|2025-07/2026-06]], which begins on [[1 July|D|2025-07-01]].\n\n"
        "Total revenue, including grants, is projected at [[KSh 3.32 trillion|money|3320000000000|KES]]. The "
        "fiscal deficit is expected to narrow to [[4.5%|percent|4.5|%]] of GDP from [[5.7%|percent|5.7|%]] in "
        "[[the current financial year|D|2024-07/2025-06]]. Allocations include [[KSh 702.7 "
        "billion|money|702700000000|KES]] for education and [[KSh 138.1 billion|money|138100000000|KES]] for "
        "health, of which [[KSh 10 billion|money|10000000000|KES]] goes to the [[Social Health "
        "Authority|ORG]].\n\n"
        "Mr [[Mbadi|PERSON|John Mbadi]] told Members of Parliament that the Government would not introduce new "
        "taxes on bread, milk or mobile money. He said: “We have listened to [[Kenyans|NORP|Kenyan]]. This "
        "budget protects the ordinary citizen while keeping our debt sustainable.”\n\n"
        "The economy is projected to grow by [[5.3%|percent|5.3|%]] in [[2025|D|2025]], up from "
        "[[4.7%|percent|4.7|%]] in [[2024|D|2024]], according to the [[Treasury|ORG|National Treasury "
        "(Kenya)]]. Public debt stood at [[KSh 11.8 trillion|money|11800000000000|KES]] in [[April|D|2025-04]]. "
        "[[Kenya|GPE]] will seek a new funding programme with the [[International Monetary Fund|ORG]], "
        "[[Mbadi|PERSON|John Mbadi]] said.\n\n"
        "The [[Central Bank of Kenya|ORG]] said inflation was [[3.8%|percent|3.8|%]] in [[May|D|2025-05]], "
        "within its target range of [[2.5%|percent|2.5|%]] to [[7.5%|percent|7.5|%]]. Governor [[Kamau "
        "Thugge|PERSON]] has forecast that the shilling will remain stable at [[about KSh 129|money|129|KES]] to "
        "the dollar.\n\n"
        "A parliamentary committee will report on the proposals within [[two "
        "weeks|D|P2W]].",
        [
            ("John Mbadi", "tell", "the Government would not introduce new taxes on bread, milk or mobile money",
             False),
            ("John Mbadi", "say", "We have listened to Kenyans. This budget protects the ordinary citizen while "
             "keeping our debt sustainable.", True),
            ("National Treasury (Kenya)", "according to", "The economy is projected to grow by 5.3% in 2025, up "
             "from 4.7% in 2024", False),
            ("John Mbadi", "say", "Kenya will seek a new funding programme with the International Monetary "
             "Fund", False),
            ("Central Bank of Kenya", "say", "inflation was 3.8% in May, within its target range of 2.5% to "
             "7.5%", False),
            ("Kamau Thugge", "forecast", "the shilling will remain stable at about KSh 129 to the dollar", False),
        ],
    ),
    (
        "own38-ho-05", "inpe-deforestation", "2025-10-30", "2025-10-30",
        "Deforestation in the [[Amazon|LOC|Amazon rainforest]] falls [[11%|percent|11|%]], the lowest in "
        "[[a decade|D|P10Y]]\n"
        "[[Brasília|GPE]], [[October 30, 2025|D|2025-10-30]]\n\n"
        "Deforestation in the [[Legal Amazon|LOC]] totalled [[5,796 square kilometres|quantity|5796|km2]] "
        "between [[August 2024 and July 2025|D|2024-08/2025-07]], a fall of [[11.08%|percent|11.08|%]] on "
        "[[the previous twelve months|D|2023-08/2024-07]], according to the annual survey of the [[National "
        "Institute for Space Research|ORG]] ([[INPE|ORG|National Institute for Space Research]]). In the "
        "[[Cerrado|LOC]] savanna, clearing fell by [[11.49%|percent|11.49|%]] to [[7,235 "
        "km²|quantity|7235|km2]].\n\n"
        "[[Pará|GPE]] accounted for [[about 35%|percent|35|%]] of the area cleared in the [[Amazon|LOC|Amazon "
        "rainforest]], followed by [[Mato Grosso|GPE]] and [[Amazonas|GPE|Amazonas (Brazilian state)]]. "
        "[[INPE|ORG|National Institute for Space Research]] said that fires in [[2024|D|2024]] had degraded "
        "[[more than 25,000 km²|quantity|25000|km2]] of forest that is not counted as cleared.\n\n"
        "Environment Minister [[Marina Silva|PERSON]] said: “We have cut deforestation in the "
        "[[Amazon|LOC|Amazon rainforest]] by half in [[three years|D|P3Y]]. No one can say any more that it "
        "cannot be done.”\n\n"
        "President [[Luiz Inácio Lula da Silva|PERSON]] has pledged to end illegal deforestation in all "
        "[[Brazilian|NORP]] biomes by [[2030|D|2030]]. The [[Brazilian Institute of Environment and Renewable "
        "Natural Resources|ORG]] ([[Ibama|ORG|Brazilian Institute of Environment and Renewable Natural "
        "Resources]]) carried out [[more than 6,000|count|6000|inspection]] inspections and imposed fines of "
        "[[R$3.1 billion|money|3100000000|BRL]] in the period.\n\n"
        "[[Brazil|GPE]] hosts the [[COP30|EVENT|2025 United Nations Climate Change Conference]] climate "
        "conference in [[Belém|GPE]] from [[10 to 21 November|D|2025-11-10/2025-11-21]]. Ms [[Silva|PERSON|"
        "Marina Silva]] added that the government would present a fund for tropical forests there, with a "
        "target of [[$125 billion|money|125000000000|USD]].",
        [
            ("National Institute for Space Research", "according to", "Deforestation in the Legal Amazon "
             "totalled 5,796 square kilometres between August 2024 and July 2025, a fall of 11.08% on the "
             "previous twelve months", False),
            ("National Institute for Space Research", "say", "fires in 2024 had degraded more than 25,000 km² of "
             "forest that is not counted as cleared", False),
            ("Marina Silva", "say", "We have cut deforestation in the Amazon by half in three years. No one can "
             "say any more that it cannot be done.", True),
            ("Luiz Inácio Lula da Silva", "pledge", "end illegal deforestation in all Brazilian biomes by 2030",
             False),
            ("Marina Silva", "add", "the government would present a fund for tropical forests there, with a "
             "target of $125 billion", False),
        ],
    ),
    (
        "own38-ho-06", "idb-loan", "2025-11-19", "2025-11-19",
        "[[IDB|ORG|Inter-American Development Bank]] approves [[$500 million|money|500000000|USD]] to "
        "strengthen [[Ecuador|GPE]]'s power grid\n"
        "[[Washington|GPE|Washington, D.C.]], [[November 19, 2025|D|2025-11-19]]\n\n"
        "The [[Inter-American Development Bank|ORG]] ([[IDB|ORG|Inter-American Development Bank]]) has "
        "approved a loan of [[$500 million|money|500000000|USD]] to help [[Ecuador|GPE]] recover from the "
        "power shortages of [[2024|D|2024]], when households in [[Quito|GPE]] and [[Guayaquil|GPE]] went "
        "without electricity for up to 14 hours a day.\n\n"
        "The loan will finance [[about 1,200 kilometres|quantity|1200|km]] of new transmission lines and the "
        "repair of the [[Coca Codo Sinclair|FAC|Coca Codo Sinclair Dam]] hydroelectric plant, the country's "
        "largest. The [[IDB|ORG|Inter-American Development Bank]] estimates that [[2.3 million|count|2300000|"
        "person]] people will benefit. The loan has a repayment term of [[25 years|D|P25Y]], a grace period of "
        "[[six years|D|P6Y]] and an interest rate based on SOFR.\n\n"
        "[[IDB|ORG|Inter-American Development Bank]] President [[Ilan Goldfajn|PERSON]] said: “Reliable "
        "electricity is the backbone of jobs and growth. This operation will help [[Ecuador|GPE]] keep the "
        "lights on.”\n\n"
        "Energy Minister [[Inés Manzano|PERSON]] said the rainy season had refilled the reservoirs, but that "
        "[[Ecuador|GPE]] still depended on hydropower for [[about 70%|percent|70|%]] of its electricity. She "
        "noted that the country had bought [[more than 300 megawatts|quantity|300|MW]] of power from "
        "[[Colombia|GPE]] in [[October|D|2025-10]].\n\n"
        "The [[European Investment Bank|ORG]] will co-finance the programme with [[€100 "
        "million|money|100000000|EUR]], and the [[Development Bank of Latin America and the Caribbean|ORG|"
        "CAF (bank)]] ([[CAF|ORG|CAF (bank)]]) approved [[$250 million|money|250000000|USD]] for the same "
        "purpose in [[September|D|2025-09]]. President [[Daniel Noboa|PERSON]] had declared an energy emergency "
        "in [[April 2024|D|2024-04]].\n\n"
        "The works are expected to be completed by [[2029|D|2029]].",
        [
            ("Inter-American Development Bank", "estimate", "2.3 million people will benefit", False),
            ("Ilan Goldfajn", "say", "Reliable electricity is the backbone of jobs and growth. This operation "
             "will help Ecuador keep the lights on.", True),
            ("Inés Manzano", "say", "the rainy season had refilled the reservoirs, but that Ecuador still "
             "depended on hydropower for about 70% of its electricity", False),
            ("Inés Manzano", "note", "the country had bought more than 300 megawatts of power from Colombia in "
             "October", False),
        ],
    ),
    (
        "own38-ho-07", "inditex-results", "2025-09-10", "2025-09-10",
        "[[Inditex|ORG]] first half [[2025|D|2025]] results\n"
        "[[Arteixo|GPE]], [[A Coruña|GPE]], [[10 September 2025|D|2025-09-10]]\n\n"
        "[[Inditex|ORG]] achieved sales of [[€18.4 billion|money|18400000000|EUR]] in [[the six months to July "
        "2025|D|2025-02/2025-07]], up [[1.6%|percent|1.6|%]] on [[the same period of 2024|D|2024-02/2024-07]] and "
        "[[5.4%|percent|5.4|%]] in constant currency. Net income rose [[0.8%|percent|0.8|%]] to [[€2.77 "
        "billion|money|2770000000|EUR]]. The gross margin reached [[58.3%|percent|58.3|%]] of sales, its "
        "highest level in [[a decade|D|P10Y]].\n\n"
        "Store and online sales in constant currency rose [[9%|percent|9|%]] between [[1 August and 7 "
        "September|D|2025-08-01/2025-09-07]], the [[first|ordinal|1]] weeks of the autumn season. The group "
        "operated [[5,528|count|5528|store]] stores in [[214|count|214|market]] markets at the end of the "
        "period, [[95|count|95|store]] fewer than a year earlier, and opened new [[Zara|ORG]] flagship stores "
        "in [[Milan|GPE]] and [[Los Angeles|GPE]].\n\n"
        "Chief executive [[Óscar García Maceiras|PERSON]] said: “Our fashion proposal has been very well "
        "received. We see significant growth opportunities in all our markets.”\n\n"
        "Mr [[García Maceiras|PERSON|Óscar García Maceiras]] told analysts that the group planned gross capital "
        "expenditure of [[about €1.8 billion|money|1800000000|EUR]] in [[2025|D|2025]], including [[€900 "
        "million|money|900000000|EUR]] for new logistics centres in [[Spain|GPE]]. He said that [[US|GPE|"
        "United States]] tariffs had had a limited effect on the group, which sources [[about 50%|percent|50|%]] "
        "of its products near its [[Spanish|NORP]] headquarters.\n\n"
        "Chair [[Marta Ortega|PERSON]] confirmed that a second interim dividend of [[€0.77|money|0.77|EUR]] per "
        "share would be paid on [[3 November|D|2025-11-03]].\n\n"
        "[[Inditex|ORG]]'s shares rose [[2.3%|percent|2.3|%]] in [[Madrid|GPE]] by midday.",
        [
            ("Óscar García Maceiras", "say", "Our fashion proposal has been very well received. We see "
             "significant growth opportunities in all our markets.", True),
            ("Óscar García Maceiras", "tell", "the group planned gross capital expenditure of about €1.8 billion "
             "in 2025, including €900 million for new logistics centres in Spain", False),
            ("Óscar García Maceiras", "say", "US tariffs had had a limited effect on the group, which sources "
             "about 50% of its products near its Spanish headquarters", False),
            ("Marta Ortega", "confirm", "a second interim dividend of €0.77 per share would be paid on 3 "
             "November", False),
        ],
    ),
]

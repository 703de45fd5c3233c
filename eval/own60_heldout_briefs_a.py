"""Held-out set 60 (blind): marked texts of briefs 01-07 and their statements (see
``build_own60_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_A = [
    (
        "own60-ho-01", "national-bank-of-serbia-rate-decision", "2025-10-09", "2025-10-09",
        "[[NATIONAL BANK OF SERBIA|ORG|National Bank of Serbia]]\n"
        "Press release\n"
        "[[Belgrade|GPE]], [[9 October 2025|D|2025-10-09]]\n\n"
        "KEY POLICY RATE KEPT AT [[5.75 PERCENT|percent|5.75|%]]\n\n"
        "At its meeting [[today|D|2025-10-09]], the [[Executive Board|ORG|Executive Board of the National Bank "
        "of Serbia]] of the [[National Bank of Serbia|ORG]] ([[NBS|ORG|National Bank of Serbia]]) decided to "
        "keep the key policy rate at [[5.75%|percent|5.75|%]]. The deposit facility rate stays at "
        "[[4.50%|percent|4.5|%]] and the lending facility rate at [[7.00%|percent|7.0|%]].\n\n"
        "-- Inflation, [[September 2025|D|2025-09]]: [[2.9%|percent|2.9|%]] (target band "
        "[[1.5%|percent|1.5|%]] to [[4.5%|percent|4.5|%]])\n"
        "-- GDP growth, [[second quarter|D|2025-04/2025-06]]: [[2.1%|percent|2.1|%]]\n"
        "-- Foreign exchange reserves, [[30 September|D|2025-09-30]]: "
        "[[EUR 29.6 billion|money|29600000000|EUR]]\n"
        "-- Net purchases of foreign currency since [[January|D|2025-01]]: "
        "[[EUR 1.1 billion|money|1100000000|EUR]]\n\n"
        "The [[Board|ORG|Executive Board of the National Bank of Serbia]] noted that inflation had fallen "
        "within the target band after the Government capped retail margins at [[20%|percent|20|%]] for "
        "[[six months|D|P6M]] from [[1 September|D|2025-09-01]]. It expects inflation to move "
        "[[around 3%|percent|3|%]] in [[2026|D|2026]].\n\n"
        "Governor [[Jorgovanka Tabaković|PERSON]] told reporters that the decision reflected uncertainty over "
        "[[U.S.|GPE|United States]] sanctions on the oil company [[NIS|ORG|Naftna Industrija Srbije]], which "
        "is majority-owned by [[Russia|GPE]]’s [[Gazprom Neft|ORG]]. “Price stability and a stable dinar "
        "remain our priority, whatever happens in the international environment,” she said. "
        "[[Tabaković|PERSON|Jorgovanka Tabaković]] added that reserves covered "
        "[[more than six months|D|P6M]] of imports of goods and services.\n\n"
        "Minister of Finance [[Siniša Mali|PERSON]] said the [[Serbian|NORP]] economy would grow by "
        "[[about 3%|percent|3|%]] [[this year|D|2025]] and that work on [[Expo 2027|EVENT]] would support "
        "investment.\n\n"
        "The next meeting of the [[Executive Board|ORG|Executive Board of the National Bank of Serbia]] is "
        "scheduled for [[13 November 2025|D|2025-11-13]].",
        [
            ("Executive Board of the National Bank of Serbia", "note", "inflation had fallen within the target "
             "band after the Government capped retail margins at 20% for six months from 1 September", False),
            ("Executive Board of the National Bank of Serbia", "expect", "inflation to move around 3% in 2026",
             False),
            ("Jorgovanka Tabaković", "tell", "the decision reflected uncertainty over U.S. sanctions on the oil "
             "company NIS, which is majority-owned by Russia’s Gazprom Neft", False),
            ("Jorgovanka Tabaković", "say", "Price stability and a stable dinar remain our priority, whatever "
             "happens in the international environment", True),
            ("Jorgovanka Tabaković", "add", "reserves covered more than six months of imports of goods and "
             "services", False),
            ("Siniša Mali", "say", "the Serbian economy would grow by about 3% this year and that work on Expo "
             "2027 would support investment", False),
        ],
    ),
    (
        "own60-ho-02", "statin-jamaica-labour-force-survey", "2025-10-15", "2025-10-15",
        "[[STATISTICAL INSTITUTE OF JAMAICA|ORG|Statistical Institute of Jamaica]]\n"
        "Labour Force Survey, [[July 2025|D|2025-07]]\n"
        "Release date: [[15 October 2025|D|2025-10-15]]\n\n"
        "UNEMPLOYMENT RATE FALLS TO A RECORD LOW OF [[3.3 PER CENT|percent|3.3|%]]\n\n"
        "[[KINGSTON|GPE|Kingston, Jamaica]] – The unemployment rate in [[Jamaica|GPE]] was "
        "[[3.3%|percent|3.3|%]] in [[July 2025|D|2025-07]], down [[0.6 percentage points|percent|0.6|pp]] "
        "from [[July 2024|D|2024-07]], the [[Statistical Institute of Jamaica|ORG]] "
        "([[STATIN|ORG|Statistical Institute of Jamaica]]) reported [[today|D|2025-10-15]].\n\n"
        "                      [[July 2025|D|2025-07]]    [[July 2024|D|2024-07]]\n"
        "Labour force          [[1,438,500|count|1438500|person]]    [[1,431,200|count|1431200|person]]\n"
        "Employed              [[1,391,000|count|1391000|person]]    [[1,375,400|count|1375400|person]]\n"
        "Unemployed            [[47,500|count|47500|person]]       [[55,800|count|55800|person]]\n"
        "Unemployment rate     [[3.3%|percent|3.3|%]]          [[3.9%|percent|3.9|%]]\n\n"
        "The largest gain was in accommodation and food services, which added "
        "[[6,300|count|6300|job]] jobs. The unemployment rate for young people fell to "
        "[[9.8%|percent|9.8|%]].\n\n"
        "Director General [[Carol Coy|PERSON]] said the gains were broad-based and that more women were in "
        "work than at any time since the survey began in [[1968|D|1968]].\n\n"
        "Prime Minister [[Andrew Holness|PERSON]], re-elected in [[September|D|2025-09]], told "
        "[[Parliament|ORG|Parliament of Jamaica]] on [[Tuesday|D|2025-10-14]] that his government would "
        "create [[50,000|count|50000|job]] new jobs by [[2030|D|2030]]. Opposition Leader "
        "[[Mark Golding|PERSON]] warned that many of the new jobs paid [[less than J$16,000|money|16000|JMD]] "
        "a week.\n\n"
        "The [[Bank of Jamaica|ORG]] estimates that the economy grew by [[1.7%|percent|1.7|%]] in "
        "[[the second quarter of 2025|D|2025-04/2025-06]].\n\n"
        "The Labour Force Survey for [[October 2025|D|2025-10]] will be published in "
        "[[January 2026|D|2026-01]].",
        [
            ("Statistical Institute of Jamaica", "report", "The unemployment rate in Jamaica was 3.3% in July "
             "2025, down 0.6 percentage points from July 2024", False),
            ("Carol Coy", "say", "the gains were broad-based and that more women were in work than at any time "
             "since the survey began in 1968", False),
            ("Andrew Holness", "tell", "his government would create 50,000 new jobs by 2030", False),
            ("Mark Golding", "warn", "many of the new jobs paid less than J$16,000 a week", False),
            ("Bank of Jamaica", "estimate", "the economy grew by 1.7% in the second quarter of 2025", False),
        ],
    ),
    (
        "own60-ho-03", "copa-holdings-third-quarter-results", "2025-11-19", "2025-11-19",
        "[[COPA HOLDINGS|ORG|Copa Holdings]] REPORTS NET PROFIT OF [[US$173.4 MILLION|money|173400000|USD]] "
        "FOR [[THIRD QUARTER 2025|D|2025-07/2025-09]]\n\n"
        "[[PANAMA CITY|GPE|Panama City]], [[November 19, 2025|D|2025-11-19]] – "
        "[[Copa Holdings, S.A.|ORG|Copa Holdings]] ([[NYSE|ORG|New York Stock Exchange]]: CPA), the parent "
        "company of [[Copa Airlines|ORG]] and [[Wingo|ORG]], [[today|D|2025-11-19]] reported a net profit of "
        "[[US$173.4 million|money|173400000|USD]], or [[US$4.20|money|4.2|USD]] per share.\n\n"
        "[[Third-quarter|D|2025-07/2025-09]] highlights\n"
        "Revenue: [[US$911.5 million|money|911500000|USD]], up [[4.6%|percent|4.6|%]]\n"
        "Operating margin: [[21.9%|percent|21.9|%]], up [[0.8 percentage points|percent|0.8|pp]]\n"
        "Capacity (ASMs): up [[7.6%|percent|7.6|%]]\n"
        "Load factor: [[87.1%|percent|87.1|%]]\n"
        "Passengers carried: [[about 3.6 million|count|3600000|passenger]]\n"
        "Fleet at [[September 30|D|2025-09-30]]: [[114|count|114|aircraft]] aircraft\n\n"
        "“Our hub in [[Panama|GPE]] keeps connecting more of the [[Americas|LOC]] than anyone else, "
        "and we did it with the lowest unit costs in our history,” said Chief Executive Officer "
        "[[Pedro Heilbron|PERSON]].\n\n"
        "Chief Financial Officer [[Peter Donkersloot|PERSON]] told analysts that weaker currencies in "
        "[[Brazil|GPE]] and [[Colombia|GPE]] had cut revenue by [[about US$15 million|money|15000000|USD]]. "
        "He said fares had stabilised in [[October|D|2025-10]].\n\n"
        "The company took delivery of [[two|count|2|aircraft]] "
        "[[Boeing 737 MAX 8|PRODUCT|Boeing 737 MAX]] aircraft in the quarter and expects to end "
        "[[2025|D|2025]] with [[118|count|118|aircraft]] aircraft. [[Copa|ORG|Copa Holdings]] now expects a "
        "full-year operating margin of [[21%|percent|21|%]] to [[23%|percent|23|%]] and announced a quarterly "
        "dividend of [[US$1.61|money|1.61|USD]] per share, payable on [[December 15|D|2025-12-15]].\n\n"
        "Flights from [[Tocumen International Airport|FAC]] to [[Caracas|GPE]] remain suspended.",
        [
            ("Pedro Heilbron", "say", "Our hub in Panama keeps connecting more of the Americas than anyone else, "
             "and we did it with the lowest unit costs in our history", True),
            ("Peter Donkersloot", "tell", "weaker currencies in Brazil and Colombia had cut revenue by about "
             "US$15 million", False),
            ("Peter Donkersloot", "say", "fares had stabilised in October", False),
            ("Copa Holdings", "expect", "end 2025 with 118 aircraft", False),
            ("Copa Holdings", "expect", "a full-year operating margin of 21% to 23%", False),
            ("Copa Holdings", "announce", "a quarterly dividend of US$1.61 per share, payable on December 15",
             False),
        ],
    ),
    (
        "own60-ho-04", "italy-civil-protection-campi-flegrei-earthquake", "2025-06-30", "2025-06-30",
        "[[CIVIL PROTECTION DEPARTMENT|ORG|Civil Protection Department (Italy)]]\n"
        "Press notice\n"
        "[[Rome|GPE]], [[30 June 2025|D|2025-06-30]]\n\n"
        "EARTHQUAKE IN THE [[CAMPI FLEGREI|LOC|Campi Flegrei]] AREA: NO SERIOUS DAMAGE\n\n"
        "Magnitude: [[4.6|number|4.6]] (Md)\n"
        "Time: 12:47 local time\n"
        "Epicentre: [[Pozzuoli|GPE]], [[Gulf of Pozzuoli|LOC]]\n"
        "Depth: [[about 2 km|quantity|2|km]]\n"
        "Source: [[Istituto Nazionale di Geofisica e Vulcanologia|ORG]]\n\n"
        "The earthquake was felt across [[Naples|GPE]] and was the strongest recorded in the caldera in "
        "[[more than 40 years|D|P40Y]], according to the [[INGV|ORG|Istituto Nazionale di Geofisica e "
        "Vulcanologia]]’s [[Vesuvius Observatory|ORG]]. It was followed by "
        "[[about 20|count|20|aftershock]] aftershocks, the largest of magnitude [[2.4|number|2.4]]. The ground "
        "in the area is rising by [[about 2 centimetres|quantity|2|cm]] a month.\n\n"
        "Firefighters carried out [[37|count|37|inspection]] inspections. [[Two|count|2|building]] buildings "
        "in [[Bagnoli|GPE]] were declared unsafe and [[14|count|14|family]] families spent the night in a "
        "hotel.\n\n"
        "The head of the [[Department|ORG|Civil Protection Department (Italy)]], [[Fabio Ciciliano|PERSON]], "
        "said the alert level for the area remained yellow and that the inspections would be completed by "
        "[[Tuesday|D|2025-07-01]]. Minister for Civil Protection and Sea Policies [[Nello Musumeci|PERSON]] "
        "urged residents to take part in the evacuation exercise planned for [[October|D|2025-10]] and "
        "recalled that the Government had set aside [[€1.2 billion|money|1200000000|EUR]] for the area since "
        "[[2024|D|2024]].\n\n"
        "“People were frightened, but our buildings held, and the checks we began in [[March|D|2025-03]] are "
        "paying off,” the mayor of [[Pozzuoli|GPE]], [[Luigi Manzoni|PERSON]], told reporters.",
        [
            ("Vesuvius Observatory", "according to", "The earthquake was felt across Naples and was the "
             "strongest recorded in the caldera in more than 40 years", False),
            ("Fabio Ciciliano", "say", "the alert level for the area remained yellow and that the inspections "
             "would be completed by Tuesday", False),
            ("Nello Musumeci", "urge", "residents to take part in the evacuation exercise planned for October",
             False),
            ("Nello Musumeci", "recall", "the Government had set aside €1.2 billion for the area since 2024",
             False),
            ("Luigi Manzoni", "tell", "People were frightened, but our buildings held, and the checks we began "
             "in March are paying off", True),
        ],
    ),
    (
        "own60-ho-05", "ethiopian-red-cross-gofa-landslides", "2024-07-26", "2024-07-26",
        "[[ETHIOPIAN RED CROSS SOCIETY|ORG|Ethiopian Red Cross Society]]\n"
        "Humanitarian update: landslides in [[Gofa Zone|GPE]]\n"
        "[[Addis Ababa|GPE]], [[Friday, 26 July 2024|D|2024-07-26]]\n\n"
        "Heavy rain set off [[two|count|2|landslide]] landslides on the night of [[21 July|D|2024-07-21]] and "
        "the morning of [[22 July|D|2024-07-22]] in the [[Kencho Shacha Gozdi|GPE]] kebele of "
        "[[Geze Gofa|GPE|Geze Gofa (woreda)]] district, in the [[South Ethiopia Regional State|GPE]]. Many "
        "of the dead were villagers who had rushed to help after the first slide.\n\n"
        "• Deaths confirmed: [[257|count|257|death]]\n"
        "• People to be relocated: [[more than 15,000|count|15000|person]]\n"
        "• [[Red Cross|ORG|Ethiopian Red Cross Society]] volunteers deployed: [[120|count|120|volunteer]]\n"
        "• Emergency allocation: [[ETB 5 million|money|5000000|ETB]]\n"
        "• Tents delivered: [[600|count|600|tent]]\n\n"
        "The [[United Nations Office for the Coordination of Humanitarian Affairs|ORG]] "
        "([[OCHA|ORG|United Nations Office for the Coordination of Humanitarian Affairs]]) warned that the "
        "death toll could rise to [[500|count|500|death]] and estimated that "
        "[[about 1,300|count|1300|child]] young children needed food aid. The "
        "[[Central Emergency Response Fund|ORG]] released [[US$1 million|money|1000000|USD]].\n\n"
        "Prime Minister [[Abiy Ahmed|PERSON]] said he was deeply saddened and that a federal team had been "
        "sent to the area. The administrator of [[Gofa Zone|GPE]], [[Dagmawi Ayele|PERSON]], told "
        "journalists that rescuers were still digging with shovels and bare hands.\n\n"
        "The [[Ethiopian Red Cross Society|ORG]] called for [[ETB 120 million|money|120000000|ETB]] to "
        "support [[3,000|count|3000|household]] households for [[six months|D|P6M]]. Rain is forecast to "
        "continue across southern [[Ethiopia|GPE]] until the end of [[September|D|2024-09]].",
        [
            ("United Nations Office for the Coordination of Humanitarian Affairs", "warn", "the death toll could "
             "rise to 500", False),
            ("United Nations Office for the Coordination of Humanitarian Affairs", "estimate", "about 1,300 "
             "young children needed food aid", False),
            ("Abiy Ahmed", "say", "he was deeply saddened and that a federal team had been sent to the area",
             False),
            ("Dagmawi Ayele", "tell", "rescuers were still digging with shovels and bare hands", False),
            ("Ethiopian Red Cross Society", "call for", "ETB 120 million to support 3,000 households for six "
             "months", False),
        ],
    ),
    (
        "own60-ho-06", "conred-guatemala-fuego-eruption-bulletin", "2025-07-10", "2025-07-10",
        "[[CONRED|ORG|Coordinadora Nacional para la Reducción de Desastres]]\n"
        "Information bulletin no. 12\n"
        "[[Guatemala City|GPE]], [[Thursday 10 July 2025|D|2025-07-10]], 07:00\n\n"
        "ERUPTION OF THE [[FUEGO VOLCANO|LOC|Volcán de Fuego]]\n\n"
        "Alert: red in the municipalities of [[Escuintla|GPE]], [[Alotenango|GPE]] and [[Yepocapa|GPE]]\n"
        "People evacuated: [[1,140|count|1140|person]]\n"
        "People in shelters: [[620|count|620|person]]\n"
        "Shelters open: [[9|count|9|shelter]]\n"
        "Communities affected: [[14|count|14|community]]\n"
        "Ash column: [[up to 7,000 metres|quantity|7000|m]] above sea level\n\n"
        "The [[INSIVUMEH|ORG]] reported that pyroclastic flows had run "
        "[[more than 6 kilometres|quantity|6|km]] down the [[Las Lajas|LOC]] and [[Ceniza|LOC]] ravines "
        "since [[Tuesday|D|2025-07-08]] and that ash had fallen on [[Antigua Guatemala|GPE]], "
        "[[25 kilometres|quantity|25|km]] away. Road RN-14 remains closed.\n\n"
        "The executive secretary of [[CONRED|ORG|Coordinadora Nacional para la Reducción de Desastres]], "
        "[[Claudinne Ogaldes|PERSON]], said that no deaths had been reported and that buses would take "
        "families back only when the alert was lowered. “We will not take any risk with lives,” she said.\n\n"
        "President [[Bernardo Arévalo|PERSON]] announced [[Q5 million|money|5000000|GTQ]] for food and water "
        "in the shelters and urged residents of [[El Porvenir|GPE]] and [[Sangre de Cristo|GPE]] to follow "
        "the instructions of the authorities.\n\n"
        "The eruption of [[June 3, 2018|D|2018-06-03]] killed [[more than 200|count|200|person]] people in "
        "the village of [[San Miguel Los Lotes|GPE]]. [[CONRED|ORG|Coordinadora Nacional para la Reducción de "
        "Desastres]] will publish its next bulletin at 19:00 [[today|D|2025-07-10]].",
        [
            ("INSIVUMEH", "report", "pyroclastic flows had run more than 6 kilometres down the Las Lajas and "
             "Ceniza ravines since Tuesday and that ash had fallen on Antigua Guatemala, 25 kilometres away",
             False),
            ("Claudinne Ogaldes", "say", "no deaths had been reported and that buses would take families back "
             "only when the alert was lowered", False),
            ("Claudinne Ogaldes", "say", "We will not take any risk with lives", True),
            ("Bernardo Arévalo", "announce", "Q5 million for food and water in the shelters", False),
            ("Bernardo Arévalo", "urge", "residents of El Porvenir and Sangre de Cristo to follow the "
             "instructions of the authorities", False),
        ],
    ),
    (
        "own60-ho-07", "rwanda-foreign-ministry-washington-peace-agreement", "2025-06-28", "2025-06-28",
        "From: [[Ministry of Foreign Affairs and International Cooperation|ORG|Ministry of Foreign Affairs and "
        "International Cooperation (Rwanda)]], [[Republic of Rwanda|GPE|Rwanda]]\n"
        "[[Kigali|GPE]], [[28 June 2025|D|2025-06-28]]\n\n"
        "STATEMENT ON THE PEACE AGREEMENT BETWEEN [[RWANDA|GPE|Rwanda]] AND THE "
        "[[DEMOCRATIC REPUBLIC OF THE CONGO|GPE|Democratic Republic of the Congo]]\n\n"
        "The Government of [[Rwanda|GPE]] welcomes the peace agreement signed in "
        "[[Washington|GPE|Washington, D.C.]] [[yesterday|D|2025-06-27]] by Minister of Foreign Affairs "
        "[[Olivier Nduhungirehe|PERSON]] and his [[Congolese|NORP]] counterpart, "
        "[[Thérèse Kayikwamba Wagner|PERSON]], in the presence of [[U.S.|GPE|United States]] Secretary of "
        "State [[Marco Rubio|PERSON]].\n\n"
        "Key commitments:\n"
        "-- disengagement of forces and the neutralisation of the [[FDLR|ORG|Democratic Forces for the "
        "Liberation of Rwanda]] within [[90 days|D|P90D]]\n"
        "-- a joint security coordination mechanism within [[30 days|D|P30D]]\n"
        "-- a regional economic integration framework, to be launched within [[90 days|D|P90D]]\n\n"
        "The Government of [[Rwanda|GPE]] reaffirms its commitment to implement the agreement in good faith "
        "and to support the talks in [[Doha|GPE]] between [[Kinshasa|GPE]] and the [[M23|ORG|March 23 "
        "Movement]], mediated by [[Qatar|GPE]].\n\n"
        "At the signing, [[Nduhungirehe|PERSON|Olivier Nduhungirehe]] said that there was “a lot of "
        "uncertainty” because earlier agreements had not been implemented. "
        "[[Kayikwamba Wagner|PERSON|Thérèse Kayikwamba Wagner]] called for the withdrawal of "
        "[[Rwandan|NORP]] troops from eastern [[Congo|GPE|Democratic Republic of the Congo]]. "
        "[[Rubio|PERSON|Marco Rubio]] described the day as “an important moment after "
        "[[30 years|D|P30Y]] of war”.\n\n"
        "[[More than 7 million|count|7000000|person]] people are displaced in eastern "
        "[[Congo|GPE|Democratic Republic of the Congo]], according to the [[United Nations|ORG]].\n\n"
        "The foreign ministers will meet again in [[July|D|2025-07]].",
        [
            ("Rwanda", "reaffirm", "its commitment to implement the agreement in good faith and to support the "
             "talks in Doha between Kinshasa and the M23, mediated by Qatar", False),
            ("Olivier Nduhungirehe", "say", "there was “a lot of uncertainty” because earlier agreements had "
             "not been implemented", False),
            ("Thérèse Kayikwamba Wagner", "call for", "the withdrawal of Rwandan troops from eastern Congo",
             False),
            ("Marco Rubio", "describe", "an important moment after 30 years of war", True),
            ("United Nations", "according to", "More than 7 million people are displaced in eastern Congo",
             False),
        ],
    ),
]

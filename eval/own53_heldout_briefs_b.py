"""Held-out set 53 (blind): marked texts of briefs 08-14 and their statements (see
``build_own53_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own53-ho-08", "cocobod-producer-price", "2025-08-01", "2025-08-01",
        "[[GHANA COCOA BOARD|ORG|Ghana Cocoa Board]]\n"
        "PRESS RELEASE\n"
        "[[Accra|GPE]], [[1 August 2025|D|2025-08-01]]\n\n"
        "NEW PRODUCER PRICE FOR THE [[2025/26|D|2025/2026]] CROP SEASON\n\n"
        "The [[Producer Price Review Committee|ORG]] has approved a producer price of "
        "[[GH¢51,660|money|51660|GHS]] per tonne for the [[2025/26|D|2025/2026]] crop season, which opens "
        "[[today|D|2025-08-01]].\n\n"
        "Price per tonne: [[GH¢51,660|money|51660|GHS]] ([[2024/25|D|2024/2025]]: "
        "[[GH¢49,600|money|49600|GHS]])\n"
        "Price per bag of [[64 kilograms|quantity|64|kg]]: [[GH¢3,228.75|money|3228.75|GHS]]\n"
        "Share of the net FOB price: [[70%|percent|70|%]]\n"
        "Crop forecast: [[650,000 tonnes|quantity|650000|t]]\n\n"
        "Minister for Finance [[Cassiel Ato Forson|PERSON]], who announced the price in [[Accra|GPE]], said the "
        "increase of [[4.2 percent|percent|4.2|%]] would reward farmers without putting the board’s finances at "
        "risk.\n\n"
        "Chief Executive [[Randy Abbey|PERSON]] said: “Every bag smuggled across the border is a bag lost to "
        "[[Ghana|GPE]]. We will pay on time, and we will pay in cedis.”\n\n"
        "[[Abbey|PERSON|Randy Abbey]] warned that the [[Ghana Cocoa Board|ORG]] ([[COCOBOD|ORG|Ghana Cocoa "
        "Board]]) would prosecute buyers who move beans to [[Côte d’Ivoire|GPE|Ivory Coast]] and [[Togo|GPE]], "
        "where the farm-gate price is [[CFA 2,200|money|2200|XOF]] per kilogram.\n\n"
        "[[COCOBOD|ORG|Ghana Cocoa Board]] expects to finance purchases with [[up to US$1 billion|money|"
        "1000000000|USD]] raised from traders in advance of delivery, instead of the syndicated loans it has "
        "used since [[1993|D|1993]].\n\n"
        "The [[General Agricultural Workers’ Union|ORG]] called for a price of [[GH¢60,000|money|60000|GHS]] and "
        "urged the [[Bank of Ghana|ORG]] to keep the cedi stable.",
        [
            ("Cassiel Ato Forson", "say", "the increase of 4.2 percent would reward farmers without putting the "
             "board’s finances at risk", False),
            ("Randy Abbey", "say", "Every bag smuggled across the border is a bag lost to Ghana. We will pay on "
             "time, and we will pay in cedis.", True),
            ("Randy Abbey", "warn", "the Ghana Cocoa Board (COCOBOD) would prosecute buyers who move beans to Côte "
             "d’Ivoire and Togo, where the farm-gate price is CFA 2,200 per kilogram", False),
            ("Ghana Cocoa Board", "expect", "finance purchases with up to US$1 billion raised from traders in "
             "advance of delivery, instead of the syndicated loans it has used since 1993", False),
            ("General Agricultural Workers’ Union", "call for", "a price of GH¢60,000", False),
            ("General Agricultural Workers’ Union", "urge", "the Bank of Ghana to keep the cedi stable", False),
        ],
    ),
    (
        "own53-ho-09", "wikinews-yunus-sworn-in", "2024-08-09", "2024-08-09",
        "[[Muhammad Yunus|PERSON]] sworn in as head of [[Bangladesh|GPE]]’s interim government\n\n"
        "[[Friday, August 9, 2024|D|2024-08-09]]\n\n"
        "Economist [[Muhammad Yunus|PERSON]] was sworn in on [[Thursday|D|2024-08-08]] as chief adviser of "
        "[[Bangladesh|GPE]]’s interim government, [[three days|D|P3D]] after Prime Minister [[Sheikh "
        "Hasina|PERSON]] resigned and fled to [[India|GPE]].\n\n"
        "President [[Mohammed Shahabuddin|PERSON]] administered the oath at [[Bangabhaban|FAC]], the "
        "presidential palace in [[Dhaka|GPE]]. [[Sixteen|count|16|adviser]] advisers joined the new cabinet, "
        "among them [[two|count|2|leader]] student leaders, [[Nahid Islam|PERSON]] and [[Asif Mahmud|PERSON]].\n\n"
        "The [[84-year-old|D|P84Y]], who pioneered microcredit through [[Grameen Bank|ORG]], had flown in from "
        "[[Paris|GPE]] earlier on [[Thursday|D|2024-08-08]]. At [[Hazrat Shahjalal International Airport|FAC]] "
        "he told reporters that the students had “saved the country” from chaos, and appealed for calm. “If you trust me, "
        "make sure there is no attack on anyone anywhere,” [[Yunus|PERSON|Muhammad Yunus]] said.\n\n"
        "[[More than 300|count|300|person]] people have died in the protests since [[July|D|2024-07]], "
        "according to a tally by the newspaper [[Prothom Alo|ORG]]. The unrest began over quotas in government "
        "jobs.\n\n"
        "Army chief General [[Waker-uz-Zaman|PERSON]] said the military would give the interim government its "
        "full support. The [[Bangladesh Nationalist Party|ORG]], whose leader [[Khaleda Zia|PERSON]] was freed "
        "on [[Tuesday|D|2024-08-06]], called for elections within [[three months|D|P3M]].\n\n"
        "[[Indian|NORP]] Prime Minister [[Narendra Modi|PERSON]] sent his best wishes and said [[India|GPE]] "
        "was committed to working with the people of [[Bangladesh|GPE]]. [[Hasina|PERSON|Sheikh Hasina]]’s "
        "[[Awami League|ORG]], which had ruled since [[2009|D|2009]], did not comment.",
        [
            ("Muhammad Yunus", "tell", "the students had “saved the country” from chaos", False),
            ("Muhammad Yunus", "appeal for", "calm", False),
            ("Muhammad Yunus", "say", "If you trust me, make sure there is no attack on anyone anywhere", True),
            ("Prothom Alo", "according to", "More than 300 people have died in the protests since July", False),
            ("Waker-uz-Zaman", "say", "the military would give the interim government its full support", False),
            ("Bangladesh Nationalist Party", "call for", "elections within three months", False),
            ("Narendra Modi", "say", "India was committed to working with the people of Bangladesh", False),
        ],
    ),
    (
        "own53-ho-10", "wikinews-faye-sworn-in", "2024-04-02", "2024-04-02",
        "[[Bassirou Diomaye Faye|PERSON]] sworn in as President of [[Senegal|GPE]]\n\n"
        "[[Tuesday, April 2, 2024|D|2024-04-02]]\n\n"
        "[[Bassirou Diomaye Faye|PERSON]] was sworn in [[today|D|2024-04-02]] as [[Senegal|GPE]]’s "
        "[[fifth|ordinal|5]] president, at an exhibition centre in [[Diamniadio|GPE]], [[30 kilometres|quantity|"
        "30|km]] east of [[Dakar|GPE]]. The [[44-year-old|D|P44Y]] is the youngest president in the country’s "
        "history.\n\n"
        "[[Faye|PERSON|Bassirou Diomaye Faye]] won [[54.3 percent|percent|54.3|%]] of the vote in the election "
        "of [[March 24|D|2024-03-24]], against [[35.8 percent|percent|35.8|%]] for former Prime Minister "
        "[[Amadou Ba|PERSON]], according to the [[Constitutional Council|ORG|Constitutional Council "
        "(Senegal)]]. He had been released from prison only [[ten days|D|P10D]] before the vote.\n\n"
        "“I will govern with humility and transparency,” [[Faye|PERSON|Bassirou Diomaye Faye]] told the "
        "audience. He pledged to renegotiate oil, gas and fishing contracts and to audit public finances.\n\n"
        "Outgoing President [[Macky Sall|PERSON]], who governed for [[12 years|D|P12Y]], handed over power at "
        "the presidential palace in the afternoon. Later in the day [[Faye|PERSON|Bassirou Diomaye Faye]] named "
        "[[Ousmane Sonko|PERSON]], leader of the [[PASTEF|ORG]] party, as prime minister.\n\n"
        "[[Ghana|GPE]]’s President [[Nana Akufo-Addo|PERSON]], [[Nigeria|GPE]]’s [[Bola Tinubu|PERSON]] and "
        "[[Guinea-Bissau|GPE]]’s [[Umaro Sissoco Embaló|PERSON]] attended. [[Tinubu|PERSON|Bola Tinubu]], who "
        "chairs the [[Economic Community of West African States|ORG]], said the peaceful handover was “a lesson "
        "to the whole region” and should be copied by its neighbours.\n\n"
        "[[Senegal|GPE]] expects to begin producing oil from the offshore [[Sangomar|LOC|Sangomar field]] field "
        "in [[June|D|2024-06]], and gas later in [[2024|D|2024]]. The [[International Monetary Fund|ORG]] "
        "forecasts growth of [[8.3 percent|percent|8.3|%]] [[this year|D|2024]] as production starts.",
        [
            ("Constitutional Council (Senegal)", "according to", "Faye won 54.3 percent of the vote in the election "
             "of March 24, against 35.8 percent for former Prime Minister Amadou Ba", False),
            ("Bassirou Diomaye Faye", "tell", "I will govern with humility and transparency", True),
            ("Bassirou Diomaye Faye", "pledge", "renegotiate oil, gas and fishing contracts and to audit public "
             "finances", False),
            ("Bola Tinubu", "say", "the peaceful handover was “a lesson to the whole region” and should be copied by its neighbours", False),
            ("Senegal", "expect", "begin producing oil from the offshore Sangomar field in June, and gas later in "
             "2024", False),
            ("International Monetary Fund", "forecast", "growth of 8.3 percent this year as production starts",
             False),
        ],
    ),
    (
        "own53-ho-11", "wikinews-gerd-inauguration", "2025-09-09", "2025-09-09",
        "[[Ethiopia|GPE]] inaugurates [[Grand Ethiopian Renaissance Dam|FAC]]\n\n"
        "[[Tuesday, September 9, 2025|D|2025-09-09]]\n\n"
        "[[Ethiopian|NORP]] Prime Minister [[Abiy Ahmed|PERSON]] [[today|D|2025-09-09]] inaugurated the "
        "[[Grand Ethiopian Renaissance Dam|FAC]] on the [[Blue Nile|LOC]], [[14 years|D|P14Y]] after work "
        "began.\n\n"
        "Built near the border with [[Sudan|GPE]] at a cost of [[about US$5 billion|money|5000000000|USD]], the "
        "dam has [[13|count|13|turbine]] turbines with a capacity of [[5,150 megawatts|quantity|5150|MW]], the "
        "largest in [[Africa|LOC]]. Its reservoir can hold [[74 billion cubic metres|quantity|74000000000|m3]] "
        "of water.\n\n"
        "“This dam belongs to every [[Ethiopian|NORP]], and it is not a threat to our neighbours,” "
        "[[Abiy|PERSON|Abiy Ahmed]] told the crowd. He said the dam would bring electricity to "
        "[[about 60 million|count|60000000|person]] people who still live without it.\n\n"
        "[[Kenyan|NORP]] President [[William Ruto|PERSON]], [[Somali|NORP]] President [[Hassan Sheikh "
        "Mohamud|PERSON]] and [[Djiboutian|NORP]] President [[Ismail Omar Guelleh|PERSON]] attended the "
        "ceremony. [[Ruto|PERSON|William Ruto]] said [[Kenya|GPE]] planned to double its power imports from "
        "[[Ethiopia|GPE]] by [[2027|D|2027]].\n\n"
        "[[Egypt|GPE]], which relies on the [[Nile|LOC]] for [[about 97 percent|percent|97|%]] of its fresh "
        "water, has opposed the dam since [[2011|D|2011]]. In a letter to the [[United Nations Security "
        "Council|ORG]] [[last week|D|2025-W36]], [[Egypt|GPE]] warned that it would take “all measures” to protect its water "
        "security.\n\n"
        "[[Ethiopian Electric Power|ORG]] estimates that exports from the dam could earn "
        "[[US$1 billion|money|1000000000|USD]] a year. Talks between [[Ethiopia|GPE]], [[Egypt|GPE]] and "
        "[[Sudan|GPE]] on filling the reservoir collapsed in [[December 2023|D|2023-12]].",
        [
            ("Abiy Ahmed", "tell", "This dam belongs to every Ethiopian, and it is not a threat to our neighbours",
             True),
            ("Abiy Ahmed", "say", "the dam would bring electricity to about 60 million people who still live "
             "without it", False),
            ("William Ruto", "say", "Kenya planned to double its power imports from Ethiopia by 2027", False),
            ("Egypt", "warn", "it would take “all measures” to protect its water security", False),
            ("Ethiopian Electric Power", "estimate", "exports from the dam could earn US$1 billion a year", False),
        ],
    ),
    (
        "own53-ho-12", "wire-tehran-turkey-iran-gas", "1996-08-12", "1996-08-12",
        "[[TURKEY|GPE|Turkey]], [[IRAN|GPE|Iran]] SIGN [[$23 BILLION|money|23000000000|USD]] GAS DEAL DESPITE "
        "[[U.S.|GPE|United States]] LAW\n\n"
        "[[TEHRAN|GPE|Tehran]] [[1996-08-12|D|1996-08-12]]\n\n"
        "[[Turkey|GPE]] and [[Iran|GPE]] signed a [[$23 billion|money|23000000000|USD]] deal on "
        "[[Sunday|D|1996-08-11]] for [[Iranian|NORP]] natural gas to be piped to [[Turkey|GPE]] over "
        "[[22 years|D|P22Y]], defying a new [[U.S.|GPE|United States]] law that threatens sanctions against "
        "foreign firms investing in [[Iran|GPE]].\n\n"
        "[[Turkish|NORP]] Prime Minister [[Necmettin Erbakan|PERSON]], whose [[Welfare Party|ORG]] took power "
        "in [[June|D|1996-06]], told reporters the deal was a purely commercial matter.\n\n"
        "\"No one can tell [[Turkey|GPE]] with whom it may trade,\" [[Erbakan|PERSON|Necmettin Erbakan]] "
        "said.\n\n"
        "Under the agreement, gas will flow through a pipeline from [[Tabriz|GPE]] to [[Ankara|GPE]] from "
        "[[1999|D|1999]], starting at [[three billion cubic metres|quantity|3000000000|m3]] a year and rising "
        "to [[10 billion cubic metres|quantity|10000000000|m3]] by [[2005|D|2005]].\n\n"
        "[[Iranian|NORP]] President [[Akbar Hashemi Rafsanjani|PERSON]] said the deal showed that "
        "[[Washington|GPE|Washington, D.C.]]'s efforts to isolate [[Iran|GPE]] had failed.\n\n"
        "In [[Washington|GPE|Washington, D.C.]], [[State Department|ORG|United States Department of State]] "
        "spokesman [[Nicholas Burns|PERSON]] said the [[United States|GPE]] was studying whether the agreement "
        "fell under the [[Iran and Libya Sanctions Act|LAW|Iran and Libya Sanctions Act]], which President "
        "[[Bill Clinton|PERSON]] signed on [[August 5|D|1996-08-05]]. The law penalises foreign companies that "
        "invest [[more than $40 million|money|40000000|USD]] a year in [[Iran|GPE]]'s oil and gas industry.\n\n"
        "[[Erbakan|PERSON|Necmettin Erbakan]] leaves for [[Pakistan|GPE]] on [[Tuesday|D|1996-08-13]] on a tour "
        "that will also take him to [[Malaysia|GPE]] and [[Indonesia|GPE]].",
        [
            ("Necmettin Erbakan", "tell", "the deal was a purely commercial matter", False),
            ("Necmettin Erbakan", "say", "No one can tell Turkey with whom it may trade", True),
            ("Akbar Hashemi Rafsanjani", "say", "the deal showed that Washington's efforts to isolate Iran had "
             "failed", False),
            ("Nicholas Burns", "say", "the United States was studying whether the agreement fell under the Iran "
             "and Libya Sanctions Act, which President Bill Clinton signed on August 5", False),
        ],
    ),
    (
        "own53-ho-13", "wire-gaelic-football-semi-final", "1996-08-18", "1996-08-18",
        "GAELIC FOOTBALL - [[MEATH|ORG|Meath county football team]] BEAT [[TYRONE|ORG|Tyrone county football team]] TO REACH ALL-IRELAND FINAL\n\n"
        "[[DUBLIN|GPE|Dublin]] [[1996-08-18|D|1996-08-18]]\n\n"
        "Result of the All-Ireland football championship semi-final played at [[Croke Park|FAC]]:\n\n"
        "[[Meath|ORG|Meath county football team]] [[2|number|2]]-[[15|number|15]] [[Tyrone|ORG|Tyrone county football team]] "
        "[[0|number|0]]-[[12|number|12]]\n\n"
        "Scorers: [[Meath|ORG|Meath county football team]] - [[Brendan Reilly|PERSON]] [[1|number|1]]-[[3|number|3]], "
        "[[Tommy Dowd|PERSON]] [[1|number|1]]-[[2|number|2]], [[Trevor Giles|PERSON]] [[0|number|0]]-"
        "[[5|number|5]] ([[four|count|4|free]] frees), [[Graham Geraghty|PERSON]] [[0|number|0]]-[[3|number|3]], "
        "[[Jody Devine|PERSON]] [[0|number|0]]-[[2|number|2]]. [[Tyrone|ORG|Tyrone county football team]] - [[Peter "
        "Canavan|PERSON]] [[0|number|0]]-[[7|number|7]] ([[five|count|5|free]] frees), [[Ciaran "
        "McBride|PERSON]] [[0|number|0]]-[[3|number|3]], [[Brian Dooher|PERSON]] [[0|number|0]]-[[2|number|2]].\n\n"
        "Attendance: [[61,218|count|61218|spectator]]\n\n"
        "[[Meath|ORG|Meath county football team]] will meet [[Mayo|ORG|Mayo county football team]] in the final on [[September 15|D|1996-09-15]]. "
        "[[Mayo|ORG|Mayo county football team]] beat [[Kerry|ORG|Kerry county football team]] [[2|number|2]]-[[13|number|13]] to [[1|number|1]]-"
        "[[10|number|10]] in the other semi-final [[last Sunday|D|1996-08-11]].\n\n"
        "[[Canavan|PERSON|Peter Canavan]], the championship's top scorer, limped off with an ankle injury late "
        "in the game. [[Tyrone|ORG|Tyrone county football team]] joint manager [[Art McRory|PERSON]] said his players had been "
        "\"kicked out of the game\" by rough tackling and called for an inquiry by the [[Gaelic Athletic Association|ORG]].\n\n"
        "[[Meath|ORG|Meath county football team]] manager [[Sean Boylan|PERSON]] said: \"We won fair and square. "
        "[[Tyrone|ORG|Tyrone county football team]] are a fine side and they will be back.\"\n\n"
        "[[Dowd|PERSON|Tommy Dowd]], the [[Meath|ORG|Meath county football team]] captain, warned that "
        "[[Mayo|ORG|Mayo county football team]] would be harder to beat than [[Tyrone|ORG|Tyrone county football "
        "team]]. It is [[Meath|ORG|Meath county football team]]'s [[first|ordinal|1]] final since [[1991|D|1991]].",
        [
            ("Art McRory", "say", "his players had been \"kicked out of the game\" by rough tackling", False),
            ("Art McRory", "call for", "an inquiry by the Gaelic Athletic Association", False),
            ("Sean Boylan", "say", "We won fair and square. Tyrone are a fine side and they will be back.", True),
            ("Tommy Dowd", "warn", "Mayo would be harder to beat than Tyrone", False),
        ],
    ),
    (
        "own53-ho-14", "wire-triathlon-world-championships", "1996-08-25", "1996-08-25",
        "TRIATHLON - [[LESSING|PERSON|Simon Lessing]] RETAINS WORLD TITLE\n\n"
        "[[CLEVELAND|GPE|Cleveland]], [[Ohio|GPE]] [[1996-08-25|D|1996-08-25]]\n\n"
        "Leading results of the world triathlon championships on [[Saturday|D|1996-08-24]] "
        "([[1.5 km|quantity|1.5|km]] swimming, [[40 km|quantity|40|km]] cycling, [[10 km|quantity|10|km]] "
        "running):\n\n"
        "Men\n"
        "[[Simon Lessing|PERSON]] ([[Britain|GPE|United Kingdom]]) 1:39:50\n"
        "[[Hamish Carter|PERSON]] ([[New Zealand|GPE]]) 1:40:22\n"
        "[[Brad Beven|PERSON]] ([[Australia|GPE]]) 1:40:41\n"
        "[[Ralf Eggert|PERSON]] ([[Germany|GPE]]) 1:40:59\n\n"
        "Women\n"
        "[[Jackie Gallagher|PERSON]] ([[Australia|GPE]]) 1:50:52\n"
        "[[Michellie Jones|PERSON]] ([[Australia|GPE]]) 1:51:30\n"
        "[[Sian Brice|PERSON]] ([[Britain|GPE|United Kingdom]]) 1:52:07\n"
        "[[Isabelle Mouthon|PERSON]] ([[France|GPE]]) 1:52:45\n\n"
        "[[Lessing|PERSON|Simon Lessing]], who also won in [[1992|D|1992]] and [[1995|D|1995]], took his "
        "[[third|ordinal|3]] world title by pulling away on the run. \"The bike was hard in this heat, but I "
        "knew I had the legs for the last [[five kilometres|quantity|5|km]],\" the [[Briton|NORP]] "
        "said.\n\n"
        "[[Michellie Jones|PERSON]] told reporters that the heat had cost her the title.\n\n"
        "[[Gallagher|PERSON|Jackie Gallagher]], a former duathlon champion, said she would now aim for a place "
        "in the [[Australian|NORP]] team for the [[Sydney Olympics|EVENT|2000 Summer Olympics]] in "
        "[[2000|D|2000]], where triathlon will be held for the [[first|ordinal|1]] time.\n\n"
        "[[International Triathlon Union|ORG|World Triathlon]] president [[Les McDonald|PERSON]] said "
        "[[more than 1,400|count|1400|athlete]] athletes from [[40|count|40|country]] countries had taken part "
        "in the races at [[Cleveland|GPE]], a record.\n\n"
        "The next championships will be held in [[Perth|GPE]] in [[November 1997|D|1997-11]].",
        [
            ("Simon Lessing", "say", "The bike was hard in this heat, but I knew I had the legs for the last five "
             "kilometres", True),
            ("Jackie Gallagher", "say", "she would now aim for a place in the Australian team for the Sydney "
             "Olympics in 2000, where triathlon will be held for the first time", False),
            ("Michellie Jones", "tell", "the heat had cost her the title", False),
            ("Les McDonald", "say", "more than 1,400 athletes from 40 countries had taken part in the races at "
             "Cleveland, a record", False),
        ],
    ),
]

"""Held-out set 70 (blind): marked texts of briefs 08-14 and their statements (see
``build_own70_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own70-ho-08", "tideway-super-sewer-fully-operational", "2025-02-17", "2025-02-17",
        "[[TIDEWAY|ORG|Tideway]]\n"
        "News release\n"
        "Published: [[Monday 17 February 2025|D|2025-02-17]]\n\n"
        "[[LONDON|GPE|London]]’S SUPER SEWER IS NOW FULLY OPERATIONAL\n\n"
        "The [[Thames Tideway Tunnel|FAC]], [[London|GPE]]’s new [[25-kilometre|quantity|25|km]] super sewer, is now "
        "fully operational after its final connections were brought into service [[last week|D|2025-W07]], "
        "[[Tideway|ORG]] announced [[today|D|2025-02-17]].\n\n"
        "The tunnel runs [[up to 70 metres|quantity|70|m]] below the [[River Thames|LOC]] from [[Acton|GPE|Acton, "
        "London]] in the west to [[Abbey Mills|FAC|Abbey Mills Pumping Station]], where it joins the "
        "[[Lee Tunnel|FAC]] and carries sewage to the [[Beckton Sewage Treatment Works|FAC]]. It has captured "
        "[[more than 6 million tonnes|quantity|6000000|t]] of sewage since it began filling in "
        "[[September 2024|D|2024-09]].\n\n"
        "Project facts\n"
        "Length: [[25 km|quantity|25|km]]\n"
        "Internal diameter: [[7.2 metres|quantity|7.2|m]]\n"
        "Overflows intercepted: [[34|count|34|overflow]]\n"
        "Cost: [[£4.5 billion|money|4500000000|GBP]]\n"
        "Construction: [[2016-2025|D|2016/2025]]\n\n"
        "[[Tideway|ORG]] Chief Executive [[Andy Mitchell|PERSON]] said the tunnel would capture "
        "[[95%|percent|95|%]] of the sewage that overflowed into the tidal [[Thames|LOC|River Thames]] in a typical "
        "year. “For the [[first|ordinal|1]] time in [[more than 150 years|D|P150Y]], [[London|GPE]] has a sewer "
        "system fit for a growing city,” he said.\n\n"
        "Environment Secretary [[Steve Reed|PERSON]] said the tunnel showed what could be built with private "
        "investment, but warned that water companies must end illegal sewage spills.\n\n"
        "[[Thames Water|ORG]], which will operate the tunnel, said the project adds [[£20|money|20|GBP]] to "
        "[[£25|money|25|GBP]] a year to its customers’ bills.\n\n"
        "Notes to editors\n"
        "1. The tunnel completes the sewer system built by [[Joseph Bazalgette|PERSON]] in "
        "[[the 1860s|D|1860/1869]].\n"
        "2. [[Tideway|ORG]] is regulated by [[Ofwat|ORG]] and the [[Environment Agency|ORG]].",
        [
            ("Tideway", "announce", "The Thames Tideway Tunnel, London’s new 25-kilometre super sewer, is now fully "
             "operational after its final connections were brought into service last week", False),
            ("Andy Mitchell", "say", "the tunnel would capture 95% of the sewage that overflowed into the tidal Thames "
             "in a typical year", False),
            ("Andy Mitchell", "say", "For the first time in more than 150 years, London has a sewer system fit for a "
             "growing city", True),
            ("Steve Reed", "say", "the tunnel showed what could be built with private investment", False),
            ("Steve Reed", "warn", "water companies must end illegal sewage spills", False),
            ("Thames Water", "say", "the project adds £20 to £25 a year to its customers’ bills", False),
        ],
    ),
    (
        "own70-ho-09", "wikinews-tasoulas-elected-president-of-greece", "2025-02-12", "2025-02-12",
        "[[Greek|NORP]] parliament elects [[Konstantinos Tasoulas|PERSON]] as President\n\n"
        "[[Wednesday, February 12, 2025|D|2025-02-12]]\n\n"
        "The [[Hellenic Parliament|ORG]] [[today|D|2025-02-12]] elected [[Konstantinos Tasoulas|PERSON]], its "
        "former Speaker, as the next President of [[Greece|GPE]]. [[Tasoulas|PERSON|Konstantinos Tasoulas]], "
        "nominated by the governing [[New Democracy|ORG|New Democracy (Greece)]] party, won "
        "[[160|count|160|vote]] votes in the [[300|count|300|seat]]-seat chamber in the [[fourth|ordinal|4]] round "
        "of voting, more than the [[151|count|151|vote]] needed.\n\n"
        "In the [[first|ordinal|1]] [[three|count|3|round]] rounds, which required "
        "[[at least 200|count|200|vote]] and then [[180|count|180|vote]] votes, no candidate was elected. "
        "[[PASOK|ORG]]’s candidate, former minister [[Tasos Giannitsis|PERSON]], received "
        "[[33|count|33|vote]] votes [[today|D|2025-02-12]], and [[Louka Katseli|PERSON]], backed by "
        "[[Syriza|ORG]] and [[New Left|ORG|New Left (Greece)]], [[26|count|26|vote]].\n\n"
        "[[Tasoulas|PERSON|Konstantinos Tasoulas]] will be sworn in on [[March 13|D|2025-03-13]], succeeding "
        "[[Katerina Sakellaropoulou|PERSON]], whose [[five-year|D|P5Y]] term ends that day.\n\n"
        "Prime Minister [[Kyriakos Mitsotakis|PERSON]] said [[Tasoulas|PERSON|Konstantinos Tasoulas]] would be "
        "“a president for all [[Greeks|NORP|Greek]]” who would unite the nation. [[PASOK|ORG]] leader [[Nikos Androulakis|PERSON]] said the "
        "government had chosen a party loyalist for an office that should unite the country.\n\n"
        "Critics have accused [[Tasoulas|PERSON|Konstantinos Tasoulas]], as Speaker, of slowing the parliamentary "
        "inquiry into the [[Tempi train crash|EVENT]] of [[February 2023|D|2023-02]], in which "
        "[[57|count|57|person]] people were killed. Relatives of the victims have called for nationwide protests on "
        "[[February 28|D|2025-02-28]], the [[second|ordinal|2]] anniversary of the crash.\n\n"
        "In a short speech in [[Athens|GPE]], [[Tasoulas|PERSON|Konstantinos Tasoulas]] pledged to be the "
        "president of all citizens. “I will not forget the victims of [[Tempi|GPE]],” he said.",
        [
            ("Kyriakos Mitsotakis", "say", "Tasoulas would be “a president for all Greeks” who would unite the nation", False),
            ("Nikos Androulakis", "say", "the government had chosen a party loyalist for an office that should unite "
             "the country", False),
            ("Konstantinos Tasoulas", "pledge", "be the president of all citizens", False),
            ("Konstantinos Tasoulas", "say", "I will not forget the victims of Tempi", True),
        ],
    ),
    (
        "own70-ho-10", "wikinews-dodik-sentenced-sarajevo", "2025-02-26", "2025-02-26",
        "[[Bosnian Serb|NORP]] leader [[Milorad Dodik|PERSON]] sentenced to [[one year|D|P1Y]] in prison\n\n"
        "[[Wednesday, February 26, 2025|D|2025-02-26]]\n\n"
        "The [[Court of Bosnia and Herzegovina|ORG]] in [[Sarajevo|GPE]] [[today|D|2025-02-26]] sentenced "
        "[[Milorad Dodik|PERSON]], the President of [[Republika Srpska|GPE]], to [[one year|D|P1Y]] in prison and "
        "banned him from political office for [[six years|D|P6Y]] for defying decisions of the High Representative, "
        "[[Christian Schmidt|PERSON]].\n\n"
        "The court found that [[Dodik|PERSON|Milorad Dodik]] had signed into force laws passed by the "
        "[[Republika Srpska|GPE]] assembly in [[July 2023|D|2023-07]] that rejected "
        "[[Schmidt|PERSON|Christian Schmidt]]’s authority and the rulings of the "
        "[[Constitutional Court of Bosnia and Herzegovina|ORG]]. It acquitted his co-defendant "
        "[[Miloš Lukić|PERSON]].\n\n"
        "Under [[Bosnian|NORP]] law the prison term can be replaced by a fine of "
        "[[36,500 convertible marks|money|36500|BAM]], [[about €18,700|money|18700|EUR]]. "
        "[[Dodik|PERSON|Milorad Dodik]], who has [[15 days|D|P15D]] to appeal, told thousands of supporters in "
        "[[Banja Luka|GPE]] that the verdict was political and called for laws barring state judges and police "
        "from [[Republika Srpska|GPE]].\n\n"
        "“There is no longer a [[Bosnia and Herzegovina|GPE]] as we knew it,” said "
        "[[Dodik|PERSON|Milorad Dodik]], who has led the [[Alliance of Independent Social Democrats|ORG]] "
        "([[SNSD|ORG|Alliance of Independent Social Democrats]]) since [[1996|D|1996]].\n\n"
        "[[Serbian|NORP]] President [[Aleksandar Vučić|PERSON]] said [[Serbia|GPE]] would stand by the people of "
        "[[Republika Srpska|GPE]]. The [[European Union|ORG]] urged political leaders to respect the ruling and "
        "avoid divisive rhetoric.\n\n"
        "[[Republika Srpska|GPE]] and the [[Federation of Bosnia and Herzegovina|GPE]] are the [[two|count|2|entity]] "
        "entities created by the [[Dayton Agreement|LAW]], which ended the [[Bosnian War|EVENT]] in "
        "[[1995|D|1995]].",
        [
            ("Court of Bosnia and Herzegovina", "find", "Dodik had signed into force laws passed by the Republika "
             "Srpska assembly in July 2023 that rejected Schmidt’s authority and the rulings of the "
             "Constitutional Court of Bosnia and Herzegovina", False),
            ("Milorad Dodik", "tell", "the verdict was political", False),
            ("Milorad Dodik", "call for", "laws barring state judges and police from Republika Srpska", False),
            ("Milorad Dodik", "say", "There is no longer a Bosnia and Herzegovina as we knew it", True),
            ("Aleksandar Vučić", "say", "Serbia would stand by the people of Republika Srpska", False),
            ("European Union", "urge", "political leaders to respect the ruling and avoid divisive rhetoric", False),
        ],
    ),
    (
        "own70-ho-11", "wikinews-pezeshkian-wins-iran-runoff", "2024-07-06", "2024-07-06",
        "Reformist [[Masoud Pezeshkian|PERSON]] wins [[Iran|GPE]]’s presidential runoff\n\n"
        "[[Saturday, July 6, 2024|D|2024-07-06]]\n\n"
        "[[Masoud Pezeshkian|PERSON]], a heart surgeon and former health minister, won [[Iran|GPE]]’s presidential "
        "runoff against the hardliner [[Saeed Jalili|PERSON]], the [[Interior Ministry|ORG|Ministry of Interior "
        "(Iran)]] announced [[today|D|2024-07-06]].\n\n"
        "[[Pezeshkian|PERSON|Masoud Pezeshkian]] received [[16,384,403|count|16384403|vote]] votes, or "
        "[[53.7 percent|percent|53.7|%]], against [[13,538,179|count|13538179|vote]] for "
        "[[Jalili|PERSON|Saeed Jalili]], ministry spokesman [[Mohsen Eslami|PERSON]] said. Turnout was "
        "[[49.8 percent|percent|49.8|%]], up from a record low of [[about 40 percent|percent|40|%]] in the "
        "[[first|ordinal|1]] round on [[June 28|D|2024-06-28]].\n\n"
        "The election was called after President [[Ebrahim Raisi|PERSON]] was killed in a helicopter crash in "
        "[[May|D|2024-05]]. The [[Guardian Council|ORG]] had approved [[six|count|6|candidate]] candidates from "
        "[[80|count|80|applicant]] applicants.\n\n"
        "[[Pezeshkian|PERSON|Masoud Pezeshkian]] has pledged to revive the [[2015|D|2015]] nuclear deal with world "
        "powers and to ease internet restrictions. “We will extend the hand of friendship to everyone,” he told "
        "supporters in [[Tehran|GPE]].\n\n"
        "[[Jalili|PERSON|Saeed Jalili]] urged his supporters to help the new government. Supreme Leader "
        "[[Ali Khamenei|PERSON]] is expected to endorse [[Pezeshkian|PERSON|Masoud Pezeshkian]], who will be sworn in "
        "before the [[Islamic Consultative Assembly|ORG]] on [[July 30|D|2024-07-30]].\n\n"
        "The rial strengthened to [[about 590,000|money|590000|IRR]] per dollar on the open market in "
        "[[Tehran|GPE]] after the result, traders said.",
        [
            ("Ministry of Interior (Iran)", "announce", "Masoud Pezeshkian, a heart surgeon and former health minister, "
             "won Iran’s presidential runoff against the hardliner Saeed Jalili", False),
            ("Mohsen Eslami", "say", "Pezeshkian received 16,384,403 votes, or 53.7 percent, against 13,538,179 for "
             "Jalili", False),
            ("Masoud Pezeshkian", "pledge", "revive the 2015 nuclear deal with world powers and to ease internet "
             "restrictions", False),
            ("Masoud Pezeshkian", "tell", "We will extend the hand of friendship to everyone", True),
            ("Saeed Jalili", "urge", "his supporters to help the new government", False),
        ],
    ),
    (
        "own70-ho-12", "reuters-athens-simitis-election-1996", "1996-09-23", "1996-09-23",
        "[[GREEK|NORP|Greek]] [[SOCIALISTS|NORP|Socialist]] WIN ELECTION, [[ATHENS|GPE|Athens]] SHARES RISE.\n\n"
        "[[ATHENS|GPE|Athens]] [[1996-09-23|D|1996-09-23]]\n\n"
        "Prime Minister [[Costas Simitis|PERSON]]'s [[Socialists|NORP|Socialist]] won a [[second|ordinal|2]] consecutive term in "
        "[[Sunday|D|1996-09-22]]'s general election, taking [[162|count|162|seat]] of the "
        "[[300|count|300|seat]] seats in parliament, final results showed on [[Monday|D|1996-09-23]].\n\n"
        "The [[Pan-Hellenic Socialist Movement|ORG|PASOK]] ([[PASOK|ORG]]) won [[41.5 percent|percent|41.5|%]] of the vote against "
        "[[38.1 percent|percent|38.1|%]] for the conservative [[New Democracy|ORG|New Democracy (Greece)]] party of "
        "[[Miltiadis Evert|PERSON]], which took [[108|count|108|seat]] seats. The [[Communists|NORP|Communist]] "
        "([[KKE|ORG|Communist Party of Greece]]) won [[11|count|11|seat]], the [[Left Coalition|ORG|Synaspismos]] "
        "[[10|count|10|seat]] and the [[Democratic Social Movement|ORG]] [[nine|count|9|seat]].\n\n"
        "[[Simitis|PERSON|Costas Simitis]], who took over from the ailing [[Andreas Papandreou|PERSON]] in "
        "[[January|D|1996-01]], said the result was a mandate to prepare [[Greece|GPE]] for [[European|NORP]] "
        "monetary union. \"We will not waste a single day,\" he told reporters.\n\n"
        "[[Evert|PERSON|Miltiadis Evert]] said he would not resign as party leader.\n\n"
        "Finance Minister [[Yannos Papantoniou|PERSON]] said the [[1997|D|1997]] budget would cut the deficit to "
        "[[4.2 percent|percent|4.2|%]] of gross domestic product from [[7.9 percent|percent|7.9|%]] "
        "[[this year|D|1996]].\n\n"
        "The [[Athens|GPE]] general share index rose [[3.1 percent|percent|3.1|%]] to "
        "[[951.24|number|951.24]] in heavy trading. The drachma firmed to "
        "[[239.45|money|239.45|GRD]] to the dollar from [[241.10|money|241.10|GRD]] on "
        "[[Friday|D|1996-09-20]].\n\n"
        "[[Bank of Greece|ORG]] governor [[Lucas Papademos|PERSON]] said the bank would keep the drachma stable "
        "against the ecu.\n\n"
        "-- [[Athens|GPE]] Newsroom +301 331 1812",
        [
            ("Costas Simitis", "say", "the result was a mandate to prepare Greece for European monetary union", False),
            ("Costas Simitis", "tell", "We will not waste a single day", True),
            ("Miltiadis Evert", "say", "he would not resign as party leader", False),
            ("Yannos Papantoniou", "say", "the 1997 budget would cut the deficit to 4.2 percent of gross domestic "
             "product from 7.9 percent this year", False),
            ("Lucas Papademos", "say", "the bank would keep the drachma stable against the ecu", False),
        ],
    ),
    (
        "own70-ho-13", "reuters-english-rugby-union-division-one-1996", "1996-10-06", "1996-10-06",
        "RUGBY UNION - [[BATH|ORG|Bath Rugby]] BEAT [[SARACENS|ORG|Saracens F.C.]] TO STAY TOP.\n\n"
        "[[LONDON|GPE|London]] [[1996-10-06|D|1996-10-06]]\n\n"
        "Results of [[English|NORP]] division one matches on [[Saturday|D|1996-10-05]]:\n\n"
        "[[Bath|ORG|Bath Rugby]] [[36|number|36]] [[Saracens|ORG|Saracens F.C.]] [[22|number|22]]\n"
        "[[Gloucester|ORG|Gloucester Rugby]] [[19|number|19]] [[Harlequins|ORG|Harlequin F.C.]] [[30|number|30]]\n"
        "[[Leicester|ORG|Leicester Tigers]] [[28|number|28]] [[Sale|ORG|Sale Sharks]] [[12|number|12]]\n"
        "[[London Irish|ORG]] [[15|number|15]] [[Wasps|ORG|Wasps RFC]] [[40|number|40]]\n"
        "[[Northampton|ORG|Northampton Saints]] [[24|number|24]] [[Bristol|ORG|Bristol Bears]] [[17|number|17]]\n"
        "[[Orrell|ORG|Orrell R.U.F.C.]] [[10|number|10]] [[West Hartlepool|ORG|West Hartlepool R.F.C.]] "
        "[[13|number|13]]\n\n"
        "Centre [[Jeremy Guscott|PERSON]] scored [[two|count|2|try]] tries and full back [[Jon Callard|PERSON]] "
        "kicked [[16|count|16|point]] points as [[Bath|ORG|Bath Rugby]] stayed top. [[Michael Lynagh|PERSON]] kicked "
        "[[17|count|17|point]] points for [[Saracens|ORG|Saracens F.C.]].\n\n"
        "\"We are playing with confidence and the forwards are winning the ball,\" said [[Wasps|ORG|Wasps RFC]] "
        "captain [[Lawrence Dallaglio|PERSON]].\n\n"
        "Leading positions (tabulate under played, won, drawn, lost, points for, against, total points):\n\n"
        "[[Bath|ORG|Bath Rugby]]        [[5|number|5]] [[5|number|5]] [[0|number|0]] [[0|number|0]] "
        "[[181|number|181]] [[88|number|88]] [[10|number|10]]\n"
        "[[Wasps|ORG|Wasps RFC]]       [[5|number|5]] [[4|number|4]] [[1|number|1]] [[0|number|0]] "
        "[[160|number|160]] [[72|number|72]] [[9|number|9]]\n"
        "[[Leicester|ORG|Leicester Tigers]]   [[5|number|5]] [[4|number|4]] [[0|number|0]] [[1|number|1]] "
        "[[142|number|142]] [[80|number|80]] [[8|number|8]]\n"
        "[[Harlequins|ORG|Harlequin F.C.]]  [[5|number|5]] [[3|number|3]] [[0|number|0]] [[2|number|2]] "
        "[[150|number|150]] [[111|number|111]] [[6|number|6]]\n"
        "[[Saracens|ORG|Saracens F.C.]]    [[5|number|5]] [[3|number|3]] [[0|number|0]] [[2|number|2]] "
        "[[120|number|120]] [[108|number|108]] [[6|number|6]]\n"
        "[[Northampton|ORG|Northampton Saints]] [[5|number|5]] [[2|number|2]] [[0|number|0]] [[3|number|3]] "
        "[[98|number|98]] [[110|number|110]] [[4|number|4]]\n\n"
        "Next [[Saturday|D|1996-10-12]]'s matches include [[Wasps|ORG|Wasps RFC]] v "
        "[[Bath|ORG|Bath Rugby]] at [[Loftus Road|FAC]].",
        [
            ("Lawrence Dallaglio", "say", "We are playing with confidence and the forwards are winning the ball",
             True),
        ],
    ),
    (
        "own70-ho-14", "reuters-washington-iraq-cruise-missiles-1996", "1996-09-03", "1996-09-03",
        "[[U.S.|GPE|United States]] FIRES MISSILES AT [[IRAQ|GPE|Iraq]], OIL PRICES JUMP.\n\n"
        "[[WASHINGTON|GPE|Washington, D.C.]] [[1996-09-03|D|1996-09-03]]\n\n"
        "The [[United States|GPE]] fired [[27|count|27|missile]] cruise missiles at air defence targets in southern "
        "[[Iraq|GPE]] on [[Tuesday|D|1996-09-03]] in response to [[Iraqi|NORP]] President "
        "[[Saddam Hussein|PERSON]]'s attack on the [[Kurdish|NORP]] city of [[Arbil|GPE|Erbil]], Defence Secretary "
        "[[William Perry|PERSON]] said.\n\n"
        "[[Iraqi|NORP]] troops helped the [[Kurdistan Democratic Party|ORG]] ([[KDP|ORG|Kurdistan Democratic "
        "Party]]) of [[Massoud Barzani|PERSON]] seize [[Arbil|GPE|Erbil]] from the rival "
        "[[Patriotic Union of Kurdistan|ORG]] on [[Saturday|D|1996-08-31]].\n\n"
        "President [[Bill Clinton|PERSON]] said the strikes were a \"necessary and limited\" response and announced that the "
        "southern no-fly zone would be extended to the [[33rd|ordinal|33]] parallel, just south of "
        "[[Baghdad|GPE]]. [[Perry|PERSON|William Perry]] told reporters at the [[Pentagon|FAC|The Pentagon]] that a "
        "[[second|ordinal|2]] wave of strikes could follow.\n\n"
        "[[Iraqi|NORP]] Deputy Prime Minister [[Tariq Aziz|PERSON]] said the attack was an act of aggression. "
        "[[Britain|GPE|United Kingdom]] backed the strikes, but [[France|GPE]] and [[Russia|GPE]] criticised them.\n\n"
        "[[U.N.|ORG|United Nations]] Secretary-General [[Boutros Boutros-Ghali|PERSON]] said a deal allowing "
        "[[Iraq|GPE]] to sell [[$2 billion|money|2000000000|USD]] of oil over [[six months|D|P6M]] would be "
        "delayed.\n\n"
        "In [[London|GPE]], Brent crude for [[October|D|1996-10]] delivery rose "
        "[[96 cents|money|0.96|USD]] to [[$22.65|money|22.65|USD]] a barrel, its highest since "
        "[[January 1991|D|1991-01]]. On the [[New York Mercantile Exchange|ORG]], [[October|D|1996-10]] crude rose "
        "[[$1.08|money|1.08|USD]] to [[$24.84|money|24.84|USD]].\n\n"
        "\"The market is worried that the conflict will spread,\" said [[Peter Gignoux|PERSON]], an oil analyst at "
        "[[Smith Barney|ORG]] in [[London|GPE]].\n\n"
        "-- [[Washington|GPE|Washington, D.C.]] Newsroom 202-898-8300",
        [
            ("William Perry", "say", "The United States fired 27 cruise missiles at air defence targets in southern "
             "Iraq on Tuesday in response to Iraqi President Saddam Hussein's attack on the Kurdish city of Arbil",
             False),
            ("Bill Clinton", "say", "the strikes were a \"necessary and limited\" response", False),
            ("Bill Clinton", "announce", "the southern no-fly zone would be extended to the 33rd parallel, just south "
             "of Baghdad", False),
            ("William Perry", "tell", "a second wave of strikes could follow", False),
            ("Tariq Aziz", "say", "the attack was an act of aggression", False),
            ("Boutros Boutros-Ghali", "say", "a deal allowing Iraq to sell $2 billion of oil over six months would be "
             "delayed", False),
            ("Peter Gignoux", "say", "The market is worried that the conflict will spread", True),
        ],
    ),
]

"""Held-out set 67 (blind): marked texts of briefs 08-14 and their statements (see
``build_own67_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own67-ho-08", "tanesco-julius-nyerere-hydropower-full-capacity", "2025-04-03", "2025-04-03",
        "[[TANZANIA ELECTRIC SUPPLY COMPANY LIMITED|ORG|Tanzania Electric Supply Company]] "
        "([[TANESCO|ORG|Tanzania Electric Supply Company]])\n"
        "PRESS RELEASE\n"
        "[[Dar es Salaam|GPE]], [[Thursday, 3 April 2025|D|2025-04-03]]\n\n"
        "[[JULIUS NYERERE HYDROPOWER STATION|FAC|Julius Nyerere Hydropower Station]] REACHES FULL CAPACITY\n\n"
        "[[TANESCO|ORG|Tanzania Electric Supply Company]] announces that the [[ninth|ordinal|9]] and last "
        "generating unit of the [[Julius Nyerere Hydropower Station|FAC]] "
        "([[JNHPP|FAC|Julius Nyerere Hydropower Station]]) was connected to the national grid on "
        "[[Monday|D|2025-03-31]], bringing the station to its full capacity of "
        "[[2,115 megawatts|quantity|2115|MW]].\n\n"
        "Project facts\n"
        "Location: [[Rufiji River|LOC]], [[Pwani Region|GPE]]\n"
        "Generating units: [[nine|count|9|unit]] of [[235 MW|quantity|235|MW]] each\n"
        "Dam height: [[131 metres|quantity|131|m]]\n"
        "Reservoir: [[32.3 billion cubic metres|quantity|32300000000|m3]]\n"
        "Contractors: [[Arab Contractors|ORG]] and [[Elsewedy Electric|ORG]] ([[Egypt|GPE]])\n"
        "Cost: [[TSh 6.56 trillion|money|6560000000000|TZS]] ([[about US$2.9 billion|money|2900000000|USD]])\n\n"
        "Deputy Prime Minister and Minister for Energy [[Doto Biteko|PERSON]] said the station had ended the power "
        "rationing of [[2023|D|2023]] and [[2024|D|2024]], and pledged that every village in [[Tanzania|GPE]] would "
        "be connected to the grid by [[June 2025|D|2025-06]].\n\n"
        "“With [[JNHPP|FAC|Julius Nyerere Hydropower Station]] at full power, [[Tanzania|GPE]] now produces more "
        "electricity than it uses,” said [[TANESCO|ORG|Tanzania Electric Supply Company]] Managing Director "
        "[[Gissima Nyamo-Hanga|PERSON]]. He said the company was already selling [[about 80 MW|quantity|80|MW]] to "
        "[[Kenya|GPE]] and would start exports to [[Zambia|GPE]] in [[2026|D|2026]]. National peak demand reached "
        "[[1,888 MW|quantity|1888|MW]] in [[February|D|2025-02]].\n\n"
        "President [[Samia Suluhu Hassan|PERSON]] will formally inaugurate the station later "
        "[[this year|D|2025]].\n\n"
        "Notes to editors\n"
        "- Construction began in [[2019|D|2019]] under President [[John Magufuli|PERSON]]; the reservoir began "
        "filling on [[22 December 2022|D|2022-12-22]].\n"
        "- The station is expected to generate [[about 5,920 gigawatt-hours|quantity|5920|GWh]] a year.\n"
        "- [[TANESCO|ORG|Tanzania Electric Supply Company]] serves [[more than 5 million|count|5000000|customer]] "
        "customers.",
        [
            ("Tanzania Electric Supply Company", "announce", "the ninth and last generating unit of the Julius "
             "Nyerere Hydropower Station (JNHPP) was connected to the national grid on Monday, bringing the station "
             "to its full capacity of 2,115 megawatts", False),
            ("Doto Biteko", "say", "the station had ended the power rationing of 2023 and 2024", False),
            ("Doto Biteko", "pledge", "every village in Tanzania would be connected to the grid by June 2025", False),
            ("Gissima Nyamo-Hanga", "say", "With JNHPP at full power, Tanzania now produces more electricity than it "
             "uses", True),
            ("Gissima Nyamo-Hanga", "say", "the company was already selling about 80 MW to Kenya and would start "
             "exports to Zambia in 2026", False),
        ],
    ),
    (
        "own67-ho-09", "wikinews-saudi-arabia-2034-world-cup-host", "2024-12-11", "2024-12-11",
        "[[Saudi Arabia|GPE]] confirmed as host of [[2034 FIFA World Cup|EVENT]]\n"
        "[[Wednesday, December 11, 2024|D|2024-12-11]]\n\n"
        "[[FIFA|ORG]] [[today|D|2024-12-11]] confirmed [[Saudi Arabia|GPE]] as host of the "
        "[[2034 FIFA World Cup|EVENT]] at an online congress hosted in [[Zurich|GPE]]. The "
        "[[211|count|211|association]] member associations approved the decision by acclamation, together with "
        "the award of the [[2030|D|2030]] tournament to [[Morocco|GPE]], [[Portugal|GPE]] and [[Spain|GPE]]. "
        "[[Three|count|3|match]] matches of that tournament will be played in [[Argentina|GPE]], "
        "[[Paraguay|GPE]] and [[Uruguay|GPE]] to mark the centenary of the [[first|ordinal|1]] tournament, held in "
        "[[Montevideo|GPE]] in [[1930|D|1930]].\n\n"
        "The [[Saudi|NORP]] bid proposes [[15|count|15|stadium]] stadiums in [[five|count|5|city]] host cities, "
        "[[Riyadh|GPE]], [[Jeddah|GPE]], [[Al Khobar|GPE]], [[Abha|GPE]] and [[Neom|GPE]], "
        "[[11|count|11|stadium]] of them still to be built. The opening match and the final are planned for the "
        "[[King Salman International Stadium|FAC]] in [[Riyadh|GPE]], which will hold "
        "[[about 92,000|count|92000|spectator]] spectators. The tournament will have [[48|count|48|team]] teams "
        "and [[104|count|104|match]] matches.\n\n"
        "“We are taking the [[World Cup|EVENT|FIFA World Cup]] to [[six|count|6|country]] countries on "
        "[[three|count|3|continent]] continents in [[2030|D|2030]], and then to the [[Middle East|LOC]] again,” "
        "[[FIFA|ORG]] President [[Gianni Infantino|PERSON]] said.\n\n"
        "[[Saudi|NORP]] Sports Minister [[Abdulaziz bin Turki Al Faisal|PERSON]] said the award was “a historic "
        "moment” for [[Saudi Arabia|GPE]] and pledged a tournament that would welcome every fan. The "
        "[[Saudi Arabian Football Federation|ORG]] said work on [[eight|count|8|stadium]] of the new stadiums "
        "would start in [[2025|D|2025]].\n\n"
        "[[Amnesty International|ORG]] warned that lives would be lost without urgent labour reforms, saying "
        "migrant workers would build most of the new stadiums. The [[Football Association of Norway|ORG]] "
        "abstained, and its president [[Lise Klaveness|PERSON]] said the process had undermined "
        "[[FIFA|ORG]]’s own rules on human rights.",
        [
            ("Gianni Infantino", "say", "We are taking the World Cup to six countries on three continents in 2030, "
             "and then to the Middle East again", True),
            ("Abdulaziz bin Turki Al Faisal", "say", "the award was “a historic moment” for Saudi Arabia", False),
            ("Abdulaziz bin Turki Al Faisal", "pledge", "a tournament that would welcome every fan", False),
            ("Saudi Arabian Football Federation", "say", "work on eight of the new stadiums would start in 2025",
             False),
            ("Amnesty International", "warn", "lives would be lost without urgent labour reforms", False),
            ("Amnesty International", "say", "migrant workers would build most of the new stadiums", False),
            ("Lise Klaveness", "say", "the process had undermined FIFA’s own rules on human rights", False),
        ],
    ),
    (
        "own67-ho-10", "wikinews-new-caledonia-state-of-emergency", "2024-05-16", "2024-05-16",
        "[[France|GPE]] declares state of emergency in [[New Caledonia|GPE]] after deadly riots\n"
        "[[Thursday, May 16, 2024|D|2024-05-16]]\n\n"
        "[[France|GPE]] declared a state of emergency in its [[Pacific|LOC|Pacific Ocean]] territory of "
        "[[New Caledonia|GPE]] on [[Wednesday|D|2024-05-15]] after rioting that began in [[Nouméa|GPE]] on "
        "[[Monday|D|2024-05-13]] left [[four|count|4|person]] people dead, among them a gendarme, and hundreds "
        "injured.\n\n"
        "The unrest followed a vote in the [[French|NORP]] [[National Assembly|ORG|National Assembly (France)]], "
        "which approved by [[351|number|351]] to [[153|number|153]] on [[Tuesday|D|2024-05-14]] a constitutional "
        "amendment letting residents who have lived in [[New Caledonia|GPE]] for "
        "[[at least ten years|D|P10Y]] vote in provincial elections. Many indigenous [[Kanak|NORP]] people fear "
        "the change will weaken their vote.\n\n"
        "Prime Minister [[Gabriel Attal|PERSON]] said troops had been sent to secure the ports and "
        "[[La Tontouta International Airport|FAC]], which is closed to commercial flights. Interior Minister "
        "[[Gérald Darmanin|PERSON]] said [[more than 200|count|200|person]] people had been arrested and that "
        "[[1,000|count|1000|police officer]] extra police officers would arrive within days. The authorities also "
        "blocked [[TikTok|ORG]].\n\n"
        "President [[Emmanuel Macron|PERSON]] called for a resumption of political dialogue and invited "
        "[[New Caledonia|GPE]]’s leaders to talks in [[Paris|GPE]]. The pro-independence "
        "[[Kanak and Socialist National Liberation Front|ORG]] "
        "([[FLNKS|ORG|Kanak and Socialist National Liberation Front]]) urged its supporters to remove "
        "roadblocks.\n\n"
        "[[About 3,200|count|3200|person]] people, many of them tourists, are stranded on the island. "
        "[[Australian|NORP]] Foreign Minister [[Penny Wong|PERSON]] said [[Australia|GPE]] was ready to fly its "
        "citizens out once the airport reopened, and [[New Zealand|GPE]] has a military aircraft on standby in "
        "[[Auckland|GPE]].\n\n"
        "[[New Caledonia|GPE]], a [[French|NORP]] territory since [[1853|D|1853]], holds about a quarter of the "
        "world’s known nickel reserves. Voters rejected independence in [[three|count|3|referendum]] "
        "referendums [[between 2018 and 2021|D|2018/2021]].",
        [
            ("Gabriel Attal", "say", "troops had been sent to secure the ports and La Tontouta International "
             "Airport, which is closed to commercial flights", False),
            ("Gérald Darmanin", "say", "more than 200 people had been arrested and that 1,000 extra police officers "
             "would arrive within days", False),
            ("Emmanuel Macron", "call for", "a resumption of political dialogue", False),
            ("Kanak and Socialist National Liberation Front", "urge", "its supporters to remove roadblocks", False),
            ("Penny Wong", "say", "Australia was ready to fly its citizens out once the airport reopened", False),
        ],
    ),
    (
        "own67-ho-11", "wikinews-bart-de-wever-sworn-in-belgium", "2025-02-03", "2025-02-03",
        "[[Bart De Wever|PERSON]] sworn in as Prime Minister of [[Belgium|GPE]]\n"
        "[[Monday, February 3, 2025|D|2025-02-03]]\n\n"
        "[[Bart De Wever|PERSON]], leader of the [[Flemish|NORP]] nationalist [[New Flemish Alliance|ORG]] "
        "([[N-VA|ORG|New Flemish Alliance]]), was sworn in as Prime Minister of [[Belgium|GPE]] by King "
        "[[Philippe|PERSON|Philippe of Belgium]] at the [[Royal Palace of Brussels|FAC]] [[today|D|2025-02-03]], "
        "[[almost eight months|D|P8M]] after the federal election of [[June 9, 2024|D|2024-06-09]]. The former "
        "mayor of [[Antwerp|GPE]] is the [[first|ordinal|1]] [[N-VA|ORG|New Flemish Alliance]] politician to lead a "
        "federal government.\n\n"
        "His coalition of [[five|count|5|party]] parties, the [[N-VA|ORG|New Flemish Alliance]], the "
        "[[Reformist Movement|ORG]] ([[MR|ORG|Reformist Movement]]), [[Les Engagés|ORG]], "
        "[[Vooruit|ORG|Vooruit (political party)]] and [[Christian Democratic and Flemish|ORG]] "
        "([[CD&V|ORG|Christian Democratic and Flemish]]), holds [[81|count|81|seat]] of the "
        "[[150|count|150|seat]] seats in the [[Chamber of Representatives|ORG|Chamber of Representatives "
        "(Belgium)]].\n\n"
        "The coalition agreement plans savings of [[€23 billion|money|23000000000|EUR]] by [[2029|D|2029]], limits "
        "unemployment benefits to [[two years|D|P2Y]] and raises defence spending to [[2%|percent|2|%]] of gross "
        "domestic product [[this year|D|2025]], the target set by [[NATO|ORG]].\n\n"
        "“This government will take difficult decisions, but it will take them for the next generation,” "
        "[[De Wever|PERSON|Bart De Wever]] told reporters after the ceremony.\n\n"
        "[[Maxime Prévot|PERSON]] of [[Les Engagés|ORG]] becomes foreign minister, [[Jan Jambon|PERSON]] of the "
        "[[N-VA|ORG|New Flemish Alliance]] finance minister and [[Theo Francken|PERSON]] defence minister. "
        "Outgoing Prime Minister [[Alexander De Croo|PERSON]] of [[Open Vld|ORG]] wished his successor well.\n\n"
        "[[Georges-Louis Bouchez|PERSON]], president of the [[MR|ORG|Reformist Movement]], said the agreement would "
        "reward work and cut taxes for the middle class. The socialist union "
        "[[FGTB|ORG|General Labour Federation of Belgium]] called for a national demonstration in "
        "[[Brussels|GPE]] on [[February 13|D|2025-02-13]] against the pension plans.",
        [
            ("Bart De Wever", "tell", "This government will take difficult decisions, but it will take them for the "
             "next generation", True),
            ("Georges-Louis Bouchez", "say", "the agreement would reward work and cut taxes for the middle class",
             False),
            ("General Labour Federation of Belgium", "call for", "a national demonstration in Brussels on February 13 "
             "against the pension plans", False),
        ],
    ),
    (
        "own67-ho-12", "wire-1996-islamabad-leghari-dismisses-bhutto", "1996-11-05", "1996-11-05",
        "[[Pakistan|GPE]]'s [[Leghari|PERSON|Farooq Leghari]] sacks [[Bhutto|PERSON|Benazir Bhutto]] "
        "government.\n"
        "[[ISLAMABAD|GPE|Islamabad]] [[1996-11-05|D|1996-11-05]]\n\n"
        "[[Pakistani|NORP]] President [[Farooq Leghari|PERSON]] dismissed Prime Minister "
        "[[Benazir Bhutto|PERSON]]'s government and dissolved the "
        "[[National Assembly|ORG|National Assembly of Pakistan]] early on [[Tuesday|D|1996-11-05]], citing "
        "corruption, nepotism and extra-judicial killings by police.\n\n"
        "In a proclamation read on state television, [[Leghari|PERSON|Farooq Leghari]] said a general election "
        "would be held on [[February 3|D|1997-02-03]]. He named [[Malik Meraj Khalid|PERSON]], a former speaker of "
        "the [[National Assembly|ORG|National Assembly of Pakistan]], as caretaker prime minister.\n\n"
        "Troops surrounded the prime minister's residence in [[Islamabad|GPE]] and her husband "
        "[[Asif Ali Zardari|PERSON]] was detained in [[Lahore|GPE]], officials said. It was the "
        "[[second|ordinal|2]] time [[Bhutto|PERSON|Benazir Bhutto]] had been removed from office; President "
        "[[Ghulam Ishaq Khan|PERSON]] dismissed her [[first|ordinal|1]] government in "
        "[[August 1990|D|1990-08]].\n\n"
        "[[Bhutto|PERSON|Benazir Bhutto]] told reporters she would challenge the dismissal in the "
        "[[Supreme Court|ORG|Supreme Court of Pakistan]]. \"This is a conspiracy against democracy and the people "
        "of [[Pakistan|GPE]],\" she said.\n\n"
        "The killing of her estranged brother [[Murtaza Bhutto|PERSON]] in a police shootout in [[Karachi|GPE]] on "
        "[[September 20|D|1996-09-20]] had deepened the rift between the prime minister and the president.\n\n"
        "Share prices rose on the news. The [[Karachi Stock Exchange|ORG]]'s 100-share index closed "
        "[[2.4 percent|percent|2.4|%]] higher at [[1,482.6|number|1482.6]], dealers said. The rupee was steady "
        "at [[39.95 rupees|money|39.95|PKR]] to the dollar. The [[International Monetary Fund|ORG]] is reviewing a "
        "[[$600 million|money|600000000|USD]] standby loan agreed in [[December 1995|D|1995-12]].\n\n"
        "In [[Washington|GPE|Washington, D.C.]], [[State Department|ORG|United States Department of State]] "
        "spokesman [[Nicholas Burns|PERSON]] said the [[United States|GPE]] hoped the election would be held on "
        "schedule.\n\n"
        "-- [[Islamabad|GPE]] newsroom 92-51-274757",
        [
            ("Farooq Leghari", "cite", "corruption, nepotism and extra-judicial killings by police", False),
            ("Farooq Leghari", "say", "a general election would be held on February 3", False),
            ("Benazir Bhutto", "tell", "she would challenge the dismissal in the Supreme Court", False),
            ("Benazir Bhutto", "say", "This is a conspiracy against democracy and the people of Pakistan", True),
            ("Nicholas Burns", "say", "the United States hoped the election would be held on schedule", False),
        ],
    ),
    (
        "own67-ho-13", "wire-1996-hanover-tennis-atp-championship-final", "1996-11-24", "1996-11-24",
        "TENNIS - [[SAMPRAS|PERSON|Pete Sampras]] BEATS [[BECKER|PERSON|Boris Becker]] TO WIN TITLE IN "
        "[[HANOVER|GPE|Hanover]].\n"
        "[[HANOVER|GPE|Hanover]], [[Germany|GPE]] [[1996-11-24|D|1996-11-24]]\n\n"
        "World number one [[Pete Sampras|PERSON]] beat [[German|NORP]] [[Boris Becker|PERSON]] [[3|number|3]]-"
        "[[6|number|6]] [[7|number|7]]-[[6|number|6]] [[7|number|7]]-[[6|number|6]] [[6|number|6]]-[[7|number|7]] "
        "[[6|number|6]]-[[4|number|4]] in the final of the "
        "[[ATP Tour World Championship|EVENT|1996 ATP Tour World Championships]] on [[Sunday|D|1996-11-24]] to "
        "win the title for the [[third|ordinal|3]] time.\n\n"
        "The final lasted almost four hours. [[Sampras|PERSON|Pete Sampras]], who earned "
        "[[$1.34 million|money|1340000|USD]] in prize money, will finish [[1996|D|1996]] at the top of the "
        "rankings for the [[fourth|ordinal|4]] time in a row.\n\n"
        "\"It was one of the best matches I have ever played, and [[Boris|PERSON|Boris Becker]] made me play my "
        "best tennis,\" "
        "[[Sampras|PERSON|Pete Sampras]] said.\n\n"
        "[[Becker|PERSON|Boris Becker]], who won the title in [[1988|D|1988]], [[1992|D|1992]] and "
        "[[1995|D|1995]], said he was proud of the way he had fought and would play on in [[1997|D|1997]]. A "
        "crowd of [[about 13,000|count|13000|spectator]] spectators gave both players a standing ovation.\n\n"
        "Results on [[Sunday|D|1996-11-24]]:\n"
        "Final: [[Pete Sampras|PERSON]] ([[U.S.|GPE|United States]]) beat [[Boris Becker|PERSON]] "
        "([[Germany|GPE]]) [[3|number|3]]-[[6|number|6]] [[7|number|7]]-[[6|number|6]] ([[7|number|7]]-"
        "[[5|number|5]]) [[7|number|7]]-[[6|number|6]] ([[7|number|7]]-[[4|number|4]]) [[6|number|6]]-"
        "[[7|number|7]] ([[11|number|11]]-[[13|number|13]]) [[6|number|6]]-[[4|number|4]]\n\n"
        "Final [[ATP|ORG|Association of Tennis Professionals]] rankings:\n"
        "1. [[Pete Sampras|PERSON]] ([[U.S.|GPE|United States]]) [[4,935|count|4935|point]] points\n"
        "2. [[Michael Chang|PERSON]] ([[U.S.|GPE|United States]]) [[3,946|count|3946|point]]\n"
        "3. [[Yevgeny Kafelnikov|PERSON]] ([[Russia|GPE]]) [[3,827|count|3827|point]]\n"
        "4. [[Goran Ivanisevic|PERSON|Goran Ivanišević]] ([[Croatia|GPE]]) [[3,495|count|3495|point]]\n"
        "5. [[Thomas Muster|PERSON]] ([[Austria|GPE]]) [[3,317|count|3317|point]]\n"
        "6. [[Boris Becker|PERSON]] ([[Germany|GPE]]) [[3,063|count|3063|point]]",
        [
            ("Pete Sampras", "say", "It was one of the best matches I have ever played, and Boris made me play my "
             "best tennis", True),
            ("Boris Becker", "say", "he was proud of the way he had fought and would play on in 1997", False),
        ],
    ),
    (
        "own67-ho-14", "wire-1996-mexico-city-first-division-soccer", "1996-10-14", "1996-10-14",
        "SOCCER - [[MEXICAN|NORP|Mexican]] FIRST DIVISION RESULTS.\n"
        "[[MEXICO CITY|GPE|Mexico City]] [[1996-10-14|D|1996-10-14]]\n\n"
        "Results of [[Mexican|NORP]] first division soccer matches played on [[Sunday|D|1996-10-13]]:\n"
        "[[Necaxa|ORG|Club Necaxa]] [[2|number|2]] [[Cruz Azul|ORG]] [[1|number|1]]\n"
        "[[America|ORG|Club América]] [[3|number|3]] [[Guadalajara|ORG|C.D. Guadalajara]] [[3|number|3]]\n"
        "[[Toluca|ORG|Deportivo Toluca F.C.]] [[2|number|2]] [[Santos|ORG|Santos Laguna]] [[0|number|0]]\n"
        "[[Atlas|ORG|Atlas F.C.]] [[0|number|0]] [[Monterrey|ORG|C.F. Monterrey]] [[1|number|1]]\n"
        "[[UNAM|ORG|Club Universidad Nacional]] [[1|number|1]] [[Puebla|ORG|Club Puebla]] [[1|number|1]]\n"
        "[[Celaya|ORG|Club Celaya]] [[2|number|2]] [[Leon|ORG|Club León]] [[1|number|1]]\n\n"
        "[[Ecuadorean|NORP|Ecuadorian]] midfielder [[Alex Aguinaga|PERSON|Álex Aguinaga]] scored both goals for "
        "champions [[Necaxa|ORG|Club Necaxa]], who stayed top of group one with [[20|count|20|point]] points "
        "after [[10|count|10|round]] rounds. [[Carlos Hermosillo|PERSON]] replied for [[Cruz Azul|ORG]].\n\n"
        "[[Cuauhtemoc Blanco|PERSON|Cuauhtémoc Blanco]] scored twice for [[America|ORG|Club América]] in a "
        "high-scoring draw at the [[Azteca|FAC|Estadio Azteca]] stadium, and [[Paraguayan|NORP]] striker "
        "[[Jose Cardozo|PERSON|José Cardozo]] got both goals for [[Toluca|ORG|Deportivo Toluca F.C.]]. "
        "[[Spanish|NORP]] veteran [[Emilio Butragueno|PERSON|Emilio Butragueño]] set up the winner for "
        "[[Celaya|ORG|Club Celaya]].\n\n"
        "[[Necaxa|ORG|Club Necaxa]] coach [[Manuel Lapuente|PERSON]] said his side had been lucky, but warned that "
        "[[Cruz Azul|ORG]] would be hard to beat in the playoffs. [[Mexico|GPE]] coach "
        "[[Bora Milutinovic|PERSON|Bora Milutinović]] said he would name [[Blanco|PERSON|Cuauhtémoc Blanco]] and "
        "[[Hermosillo|PERSON|Carlos Hermosillo]] in his squad for [[next month|D|1996-11]]'s "
        "[[World Cup|EVENT|1998 FIFA World Cup]] qualifier against [[Jamaica|GPE]].\n\n"
        "Leading positions after [[10|count|10|round]] rounds:\n"
        "Group one: [[Necaxa|ORG|Club Necaxa]] [[20|count|20|point]] points, [[Cruz Azul|ORG]] "
        "[[18|count|18|point]], [[Toluca|ORG|Deportivo Toluca F.C.]] [[16|count|16|point]]\n"
        "Group two: [[America|ORG|Club América]] [[19|count|19|point]], [[Celaya|ORG|Club Celaya]] "
        "[[17|count|17|point]], [[Monterrey|ORG|C.F. Monterrey]] [[15|count|15|point]]",
        [
            ("Manuel Lapuente", "say", "his side had been lucky", False),
            ("Manuel Lapuente", "warn", "Cruz Azul would be hard to beat in the playoffs", False),
            ("Bora Milutinović", "say", "he would name Blanco and Hermosillo in his squad for next month's World Cup "
             "qualifier against Jamaica", False),
        ],
    ),
]

"""Held-out set 37 (blind): marked texts of briefs 08-14 and their statements (see
``build_own37_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own37-ho-08", "gla-mayor-release", "2025-10-14", "2025-10-14",
        "Mayor announces [[£46 million|money|46000000|GBP]] to help rough sleepers through the winter\n"
        "[[14 October 2025|D|2025-10-14]]\n"
        "[[Greater London Authority|ORG]]\n\n"
        "The Mayor of [[London|GPE]], [[Sadiq Khan|PERSON]], has [[today|D|2025-10-14]] announced "
        "[[£46 million|money|46000000|GBP]] of new funding to help people sleeping rough in the capital "
        "[[this winter|D|2025-12/2026-02]]. The money will pay for [[700|count|700|bed]] extra emergency beds "
        "and for outreach teams in all [[33|count|33|borough]] [[London|GPE]] boroughs.\n\n"
        "Figures from the [[Combined Homelessness and Information Network|ORG]] show that "
        "[[4,612|count|4612|person]] people were seen sleeping rough in [[London|GPE]] between [[July and "
        "September|D|2025-07/2025-09]], [[9%|percent|9|%]] more than in [[July-September "
        "2024|D|2024-07/2024-09]].\n\n"
        "The Mayor said: “No one should have to sleep on the streets of our city. This funding will save "
        "lives [[this winter|D|2025-12/2026-02]].”\n\n"
        "Deputy Mayor for Housing [[Tom Copley|PERSON]] said the funding would also provide "
        "[[250|count|250|place]] places in hostels for people leaving hospital and "
        "[[more than 1,000|count|1000|session]] sessions of mental health support.\n\n"
        "[[Khan|PERSON|Sadiq Khan]] urged the [[Ministry of Housing, Communities and Local Government|ORG]] to "
        "raise housing benefit in line with rents, warning that one household in every "
        "fifty in the capital is now homeless.\n\n"
        "The winter programme, run with the charities [[Crisis|ORG|Crisis (charity)]] and [[Shelter|ORG|Shelter "
        "(charity)]], will run for [[five months|D|P5M]] from [[1 November|D|2025-11-01]]. Members of the "
        "[[London Assembly|ORG]] will question the Mayor about the plans at [[City Hall|FAC|City Hall, "
        "London]] on [[Thursday|D|2025-10-16]].\n\n"
        "[[London Councils|ORG]] chair [[Claire Holland|PERSON]] said boroughs were spending [[£330 million|money|330000000|GBP]] a month on temporary accommodation.",
        [
            ("Sadiq Khan", "say", "No one should have to sleep on the streets of our city. This funding will "
             "save lives this winter.", True),
            ("Tom Copley", "say", "the funding would also provide 250 places in hostels for people leaving "
             "hospital and more than 1,000 sessions of mental health support", False),
            ("Sadiq Khan", "urge", "the Ministry of Housing, Communities and Local Government to raise housing "
             "benefit in line with rents", False),
            ("Sadiq Khan", "warn", "one household in every fifty in the capital is now homeless", False),
            ("Claire Holland", "say", "boroughs were spending £330 million a month on temporary accommodation", False),
        ],
    ),
    (
        "own37-ho-09", "wikinews-election", "2025-10-20", "2025-10-20",
        "[[Rodrigo Paz|PERSON]] wins [[Bolivian|NORP]] presidential runoff\n"
        "[[Monday, October 20, 2025|D|2025-10-20]]\n\n"
        "Centrist senator [[Rodrigo Paz|PERSON]] won [[Bolivia|GPE]]'s presidential runoff on "
        "[[Sunday|D|2025-10-19]], defeating former president [[Jorge Quiroga|PERSON]], according to "
        "preliminary results published by the [[Supreme Electoral Tribunal|ORG|Supreme Electoral Tribunal "
        "(Bolivia)]].\n\n"
        "With [[97%|percent|97|%]] of votes counted, [[Paz|PERSON|Rodrigo Paz]] of the [[Christian Democratic "
        "Party|ORG|Christian Democratic Party (Bolivia)]] had [[54.6%|percent|54.6|%]] against "
        "[[45.4%|percent|45.4|%]] for [[Quiroga|PERSON|Jorge Quiroga]] of the [[Libre|ORG|Libre (Bolivia)]] "
        "alliance. [[Paz|PERSON|Rodrigo Paz]] had also come [[first|ordinal|1]] in the [[first|ordinal|1]] "
        "round on [[August 17|D|2025-08-17]], with [[32%|percent|32|%]].\n\n"
        "[[Quiroga|PERSON|Jorge Quiroga]], who was president in [[2001-2002|D|2001/2002]], conceded late on "
        "[[Sunday|D|2025-10-19]]. “I have called [[Rodrigo Paz|PERSON]] to congratulate him,” he told "
        "supporters in [[La Paz|GPE]].\n\n"
        "“We will open [[Bolivia|GPE]] to the world,” [[Paz|PERSON|Rodrigo Paz]] told a crowd in the city. He "
        "said he would end fuel subsidies gradually and seek a loan of [[up to $1.5 "
        "billion|money|1500000000|USD]] from international lenders.\n\n"
        "The result ends [[almost 20 years|D|P20Y]] of rule by the [[Movement for Socialism|ORG]], the party "
        "founded by [[Evo Morales|PERSON]]. Outgoing president [[Luis Arce|PERSON]] did not stand. "
        "[[Bolivia|GPE]] faces its worst economic crisis in [[four decades|D|P40Y]], with annual inflation of "
        "[[more than 20%|percent|20|%]] and shortages of fuel and [[U.S.|GPE|United States]] dollars.\n\n"
        "[[United States|GPE]] Secretary of State [[Marco Rubio|PERSON]] said [[Washington|GPE|Washington, "
        "D.C.]] was ready to work with the new government. [[Paz|PERSON|Rodrigo Paz]] is to take office on "
        "[[November 8|D|2025-11-08]].\n\n"
        "Observers from the [[Organization of American States|ORG]] said the vote had been peaceful and orderly.",
        [
            ("Jorge Quiroga", "tell", "I have called Rodrigo Paz to congratulate him", True),
            ("Rodrigo Paz", "tell", "We will open Bolivia to the world", True),
            ("Rodrigo Paz", "say", "he would end fuel subsidies gradually and seek a loan of up to $1.5 billion "
             "from international lenders", False),
            ("Marco Rubio", "say", "Washington was ready to work with the new government", False),
            ("Organization of American States", "say", "the vote had been peaceful and orderly", False),
        ],
    ),
    (
        "own37-ho-10", "wikinews-fire", "2025-11-28", "2025-11-28",
        "[[At least 128|count|128|person]] dead in [[Hong Kong|GPE]] high-rise fire\n"
        "[[Friday, November 28, 2025|D|2025-11-28]]\n\n"
        "[[At least 128|count|128|person]] people have died in a fire that swept through a housing estate in "
        "[[Tai Po|GPE]], [[Hong Kong|GPE]], on [[Wednesday|D|2025-11-26]], making it the city's deadliest "
        "fire since [[1948|D|1948]].\n\n"
        "The fire broke out in the afternoon at [[Wang Fuk Court|FAC]], a complex of [[eight|count|8|tower]] "
        "towers with [[nearly 2,000|count|2000|flat]] flats, and spread quickly through bamboo scaffolding "
        "and netting put up for renovation work. [[About 200|count|200|person]] people were still missing on "
        "[[Thursday|D|2025-11-27]].\n\n"
        "The [[Fire Services Department|ORG]] said [[more than 2,300|count|2300|firefighter]] firefighters "
        "had been deployed and that [[one|count|1|firefighter]] firefighter had died. The last flames were "
        "put out [[today|D|2025-11-28]], [[two days|D|P2D]] after the fire began.\n\n"
        "Chief Executive [[John Lee|PERSON|John Lee Ka-chiu]] said: “This is a tragedy for the whole city. "
        "An independent committee will find out how it happened.”\n\n"
        "Police arrested [[three|count|3|man]] men from a construction company on suspicion of manslaughter. "
        "They said foam boards that blocked windows on the towers had helped the fire to spread.\n\n"
        "[[Chinese|NORP]] President [[Xi Jinping|PERSON]] called for all-out efforts to put out the fire and "
        "reduce casualties. The [[Hong Kong|GPE]] government set up a fund of [[HK$300 "
        "million|money|300000000|HKD]] for the victims, and [[about 1,000|count|1000|resident]] residents "
        "were moved to temporary shelters.\n\n"
        "The estate, built in [[1983|D|1983]], was home to [[about 4,600|count|4600|person]] people.\n\n"
        "Security Secretary [[Chris Tang|PERSON]] said [[about 30|count|30|person]] people remained in hospital in a critical condition.",
        [
            ("Fire Services Department", "say", "more than 2,300 firefighters had been deployed and that one "
             "firefighter had died", False),
            ("John Lee Ka-chiu", "say", "This is a tragedy for the whole city. An independent committee will "
             "find out how it happened.", True),
            ("Xi Jinping", "call for", "all-out efforts to put out the fire and reduce casualties", False),
            ("Chris Tang", "say", "about 30 people remained in hospital in a critical condition", False),
        ],
    ),
    (
        "own37-ho-11", "wikinews-science", "2025-08-20", "2025-08-20",
        "[[Webb|PRODUCT|James Webb Space Telescope]] telescope finds new moon of [[Uranus|LOC]]\n"
        "[[Wednesday, August 20, 2025|D|2025-08-20]]\n\n"
        "Astronomers using [[NASA|ORG]]'s [[James Webb Space Telescope|PRODUCT]] have discovered a previously "
        "unknown moon orbiting [[Uranus|LOC]], the agency announced on [[Tuesday|D|2025-08-19]]. The moon, "
        "provisionally named S/2025 U1, brings the planet's known moons to [[29|count|29|moon]].\n\n"
        "The moon is estimated to be [[about 10 kilometres|quantity|10|km]] ([[6 miles|quantity|6|mi]]) wide "
        "and orbits [[about 56,000 kilometres|quantity|56000|km]] from the centre of the planet. It was "
        "found in a series of [[10|count|10|image]] long-exposure images taken on [[February 2|D|2025-02-02]].\n\n"
        "[[Maryame El Moutamid|PERSON]] of the [[Southwest Research Institute|ORG]], who led the team, said: "
        "“It's a small moon but a significant discovery. Even [[NASA|ORG]]'s [[Voyager 2|PRODUCT]] spacecraft "
        "did not see it during its flyby in [[1986|D|1986]].”\n\n"
        "She said the moon was probably the smallest known at [[Uranus|LOC]] and that more small moons "
        "might be waiting to be found.\n\n"
        "[[Matthew Tiscareno|PERSON]] of the [[SETI Institute|ORG]], a member of the team, said the moon "
        "moves on an almost circular orbit between the orbits of [[Ophelia|LOC|Ophelia (moon)]] and "
        "[[Bianca|LOC|Bianca (moon)]], [[two|count|2|moon]] of the planet's inner moons.\n\n"
        "The [[International Astronomical Union|ORG]] will give the moon a permanent name. By tradition, "
        "the moons of [[Uranus|LOC]] are named after characters in works by [[William Shakespeare|PERSON]] "
        "and [[Alexander Pope|PERSON]]. [[Saturn|LOC]], by comparison, has [[274|count|274|moon]] known "
        "moons.",
        [
            ("NASA", "announce", "Astronomers using NASA's James Webb Space Telescope have discovered a "
             "previously unknown moon orbiting Uranus", False),
            ("Maryame El Moutamid", "say", "It's a small moon but a significant discovery. Even NASA's Voyager 2 "
             "spacecraft did not see it during its flyby in 1986.", True),
            ("Maryame El Moutamid", "say", "the moon was probably the smallest known at Uranus and that more small "
             "moons might be waiting to be found", False),
            ("Matthew Tiscareno", "say", "the moon moves on an almost circular orbit between the orbits of Ophelia "
             "and Bianca, two of the planet's inner moons", False),
        ],
    ),
    (
        "own37-ho-12", "reuters-1996-news", "1996-09-30", "1996-09-30",
        "[[Sri Lankan|NORP]] troops push towards rebel-held [[Kilinochchi|GPE]]\n"
        "[[COLOMBO|GPE|Colombo]] [[1996-09-30|D|1996-09-30]]\n\n"
        "[[Sri Lankan|NORP]] troops backed by artillery and helicopter gunships pushed towards the rebel-held "
        "town of [[Kilinochchi|GPE]] on [[Sunday|D|1996-09-29]], military officials said, as fighting with "
        "[[Tamil Tiger|ORG|Liberation Tigers of Tamil Eelam]] guerrillas entered its [[fourth|ordinal|4]] "
        "day.\n\n"
        "Military spokesman Brigadier [[Sarath Munasinghe|PERSON]] said [[41|count|41|soldier]] soldiers and "
        "[[at least 150|count|150|rebel]] rebels had been killed since the offensive, code-named "
        "[[Operation Sath Jaya|EVENT]], began on [[Thursday|D|1996-09-26]].\n\n"
        "The [[Liberation Tigers of Tamil Eelam|ORG]] ([[LTTE|ORG|Liberation Tigers of Tamil Eelam]]), who are "
        "fighting for an independent homeland for minority [[Tamils|NORP|Tamil]] in the north and east, said "
        "in a statement faxed to [[Reuters|ORG]] in [[London|GPE]] that they had killed [[more than "
        "200|count|200|soldier]] soldiers and destroyed [[two|count|2|tank]] tanks.\n\n"
        "Deputy Defence Minister [[Anuruddha Ratwatte|PERSON]] told parliament on [[Friday|D|1996-09-27]] "
        "that the army would capture [[Kilinochchi|GPE]] \"within weeks\" and reopen the main road north. The army took [[Jaffna|GPE]] town, "
        "the rebels' former stronghold [[60 km|quantity|60|km]] to the north, in [[December|D|1995-12]].\n\n"
        "Aid agencies said [[about 200,000|count|200000|person]] civilians had fled the fighting in the "
        "[[Vanni|LOC|Vanni (Sri Lanka)]] region. The government of President [[Chandrika Kumaratunga|PERSON]] has budgeted "
        "[[about 40 billion rupees|money|40000000000|LKR]] ([[$720 million|money|720000000|USD]]) for defence "
        "[[this year|D|1996]].\n\n"
        "[[More than 50,000|count|50000|person]] people have been killed in the war since [[1983|D|1983]].\n\n"
        "The [[International Committee of the Red Cross|ORG]] said it had taken [[85|count|85|patient]] wounded patients from the hospital in [[Kilinochchi|GPE]] to [[Vavuniya|GPE]] on [[Saturday|D|1996-09-28]].",
        [
            ("Sarath Munasinghe", "say", "41 soldiers and at least 150 rebels had been killed since the "
             "offensive, code-named Operation Sath Jaya, began on Thursday", False),
            ("Liberation Tigers of Tamil Eelam", "say", "they had killed more than 200 soldiers and destroyed two "
             "tanks", False),
            ("Anuruddha Ratwatte", "tell", "the army would capture Kilinochchi \"within weeks\" and reopen the main "
             "road north", False),
            ("International Committee of the Red Cross", "say", "it had taken 85 wounded patients from the hospital in Kilinochchi to Vavuniya on Saturday", False),
        ],
    ),
    (
        "own37-ho-13", "reuters-1996-athletics", "1996-08-14", "1996-08-14",
        "ATHLETICS - [[MASTERKOVA|PERSON|Svetlana Masterkova]] BREAKS WORLD MILE RECORD IN [[ZURICH|GPE|Zürich]]\n"
        "[[ZURICH|GPE|Zürich]] [[1996-08-14|D|1996-08-14]]\n\n"
        "[[Svetlana Masterkova|PERSON]] of [[Russia|GPE]] broke the women's world mile record "
        "at the [[Weltklasse|EVENT|Weltklasse Zürich]] meeting, clocking "
        "4:12.56 to take more than three seconds off the old mark.\n\n"
        "[[Masterkova|PERSON|Svetlana Masterkova]], who won [[two|count|2|medal]] gold medals at the "
        "[[Atlanta Games|EVENT|1996 Summer Olympics]] [[last month|D|1996-07]], earned a bonus of [[$50,000|money|50000|USD]].\n\n"
        "\"I knew I was in good shape but I did not expect this,\" the [[Russian|NORP]] told reporters.\n\n"
        "In the men's 200 metres, [[Namibia|GPE]]'s [[Frankie Fredericks|PERSON]] beat [[Michael "
        "Johnson|PERSON]] of the [[United States|GPE]] for the [[second|ordinal|2]] time this season. "
        "[[Johnson|PERSON|Michael Johnson]] said he was tired after a long season and would not run again "
        "until [[September|D|1996-09]].\n\n"
        "A crowd of [[25,000|count|25000|spectator]] filled the [[Letzigrund|FAC]] stadium.\n\n"
        "Leading results:\n"
        "Women's mile: [[Svetlana Masterkova|PERSON]] ([[Russia|GPE]]) 4:12.56, [[Regina Jacobs|PERSON]] "
        "([[U.S.|GPE|United States]]) 4:20.79, [[Carla Sacramento|PERSON]] ([[Portugal|GPE]]) 4:21.43.\n"
        "Men's 200 metres: [[Frankie Fredericks|PERSON]] ([[Namibia|GPE]]) 19.97, [[Michael Johnson|PERSON]] "
        "([[U.S.|GPE|United States]]) 20.02, [[Ato Boldon|PERSON]] ([[Trinidad|GPE|Trinidad and Tobago]]) 20.20.\n"
        "Men's long jump: [[Carl Lewis|PERSON]] ([[U.S.|GPE|United States]]) [[8.33 metres|quantity|8.33|m]], "
        "[[Ivan Pedroso|PERSON]] ([[Cuba|GPE]]) [[8.26|quantity|8.26|m]].\n\n"
        "\"[[Michael|PERSON|Michael Johnson]] is still the best in the world,\" [[Fredericks|PERSON|Frankie Fredericks]] said. \"I just had a good day.\" The next [[IAAF|ORG|International Association of Athletics Federations]] Grand Prix meeting is in [[Brussels|GPE]] on [[August 23|D|1996-08-23]].",
        [
            ("Svetlana Masterkova", "tell", "I knew I was in good shape but I did not expect this", True),
            ("Michael Johnson", "say", "he was tired after a long season and would not run again until "
             "September", False),
            ("Frankie Fredericks", "say", "Michael is still the best in the world", True),
            ("Frankie Fredericks", "say", "I just had a good day.", True),
        ],
    ),
    (
        "own37-ho-14", "reuters-1996-soccer", "1996-08-26", "1996-08-26",
        "SOCCER - [[PORTUGUESE|NORP|Portuguese]] [[FIRST|ordinal|1]] DIVISION RESULTS\n"
        "[[LISBON|GPE|Lisbon]] [[1996-08-26|D|1996-08-26]]\n\n"
        "Results of [[Portuguese|NORP]] [[first|ordinal|1]] division matches played on [[Saturday|D|1996-08-24]] "
        "and [[Sunday|D|1996-08-25]], the [[first|ordinal|1]] weekend of the season:\n\n"
        "[[Benfica|ORG|S.L. Benfica]] [[3|number|3]] [[Rio Ave|ORG|Rio Ave F.C.]] [[0|number|0]]\n"
        "[[Porto|ORG|FC Porto]] [[2|number|2]] [[Salgueiros|ORG|S.C. Salgueiros]] [[1|number|1]]\n"
        "[[Boavista|ORG|Boavista F.C.]] [[1|number|1]] [[Sporting|ORG|Sporting CP]] [[1|number|1]]\n"
        "[[Braga|ORG|S.C. Braga]] [[0|number|0]] [[Maritimo|ORG|C.S. Marítimo]] [[2|number|2]]\n"
        "[[Farense|ORG|S.C. Farense]] [[1|number|1]] [[Belenenses|ORG|C.F. Os Belenenses]] [[0|number|0]]\n"
        "[[Chaves|ORG|G.D. Chaves]] [[2|number|2]] [[Leca|ORG|Leça F.C.]] [[2|number|2]]\n"
        "[[Guimaraes|ORG|Vitória S.C.]] [[4|number|4]] [[Espinho|ORG|S.C. Espinho]] [[1|number|1]]\n"
        "[[Campomaiorense|ORG|S.C. Campomaiorense]] [[0|number|0]] [[Estrela Amadora|ORG|C.F. Estrela da "
        "Amadora]] [[0|number|0]]\n"
        "[[Gil Vicente|ORG|Gil Vicente F.C.]] [[1|number|1]] [[Uniao Leiria|ORG|U.D. Leiria]] [[3|number|3]]\n\n"
        "[[Brazilian|NORP]] striker [[Valdo|PERSON|Valdo Filho]] scored twice for [[Benfica|ORG|S.L. Benfica]] "
        "in front of [[about 60,000|count|60000|spectator]] spectators at the [[Stadium of Light|FAC|Estádio "
        "da Luz (1954)]] in [[Lisbon|GPE]]. Champions [[Porto|ORG|FC Porto]] needed a late goal from "
        "[[Mario Jardel|PERSON|Mário Jardel]] to beat [[Salgueiros|ORG|S.C. Salgueiros]].\n\n"
        "[[Benfica|ORG|S.L. Benfica]] coach [[Paulo Autuori|PERSON]] said his team had played its best "
        "football for [[two years|D|P2Y]]. \"We were patient and the goals came,\" he told "
        "[[Portuguese|NORP]] television.\n\n"
        "[[Sporting|ORG|Sporting CP]] coach [[Octavio Machado|PERSON|Octávio Machado]] said the draw in "
        "[[Oporto|GPE|Porto]] was a fair result. [[Sporting|ORG|Sporting CP]] finished [[third|ordinal|3]] "
        "in the last championship, [[eight|count|8|point]] points behind [[Porto|ORG|FC Porto]], who won "
        "their [[second|ordinal|2]] successive title.\n\n"
        "Next round matches will be played on [[Saturday|D|1996-08-31]] and [[September 1|D|1996-09-01]].\n\n"
        "[[Porto|ORG|FC Porto]] coach [[Antonio Oliveira|PERSON|António Oliveira (footballer, born 1952)]] said his side would improve once [[Brazilian|NORP]] midfielder [[Emerson|PERSON|Emerson (footballer, born 1972)]] was fit.",
        [
            ("Paulo Autuori", "say", "his team had played its best football for two years", False),
            ("Paulo Autuori", "tell", "We were patient and the goals came", True),
            ("Octávio Machado", "say", "the draw in Oporto was a fair result", False),
            ("António Oliveira (footballer, born 1952)", "say", "his side would improve once Brazilian midfielder Emerson was fit", False),
        ],
    ),
]

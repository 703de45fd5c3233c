"""Held-out set 69 (blind): marked texts of briefs 08-14 and their statements (see
``build_own69_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own69-ho-08", "red-electrica-bay-of-biscay-link-eib-loans", "2025-06-17", "2025-06-17",
        "[[Red Eléctrica|ORG|Red Eléctrica de España]]\n"
        "Press release\n"
        "[[Madrid|GPE]], [[17 June 2025|D|2025-06-17]]\n\n"
        "[[EIB|ORG|European Investment Bank]] LENDS [[€1.6 BILLION|money|1600000000|EUR]] FOR SUBSEA POWER LINK "
        "BETWEEN [[SPAIN|GPE|Spain]] AND [[FRANCE|GPE|France]]\n\n"
        "[[Red Eléctrica|ORG|Red Eléctrica de España]] and its [[French|NORP]] counterpart "
        "[[RTE|ORG|Réseau de Transport d'Électricité]] [[today|D|2025-06-17]] signed the [[first|ordinal|1]] loans, worth "
        "[[€1.2 billion|money|1200000000|EUR]], of a [[€1.6 billion|money|1600000000|EUR]] package from the "
        "[[European Investment Bank|ORG]] ([[EIB|ORG|European Investment Bank]]) for a new electricity "
        "interconnection between [[Spain|GPE]] and [[France|GPE]] under the [[Bay of Biscay|LOC]]. The link will "
        "raise the exchange capacity between the [[two|count|2|country]] countries from "
        "[[2,800|quantity|2800|MW]] to [[5,000 megawatts|quantity|5000|MW]].\n\n"
        "Project facts\n"
        "Route: [[Gatika|GPE]], near [[Bilbao|GPE]], to [[Cubnezais|GPE]], near [[Bordeaux|GPE]]\n"
        "Length: [[about 400 km|quantity|400|km]], of which [[some 300 km|quantity|300|km]] under the sea\n"
        "Cables: [[four|count|4|cable]], in [[two|count|2|link]] links of [[1,000 MW|quantity|1000|MW]] each\n"
        "Investment: [[about €2.85 billion|money|2850000000|EUR]]\n"
        "[[EU|ORG|European Union]] grant: [[€578 million|money|578000000|EUR]] from the "
        "[[Connecting Europe Facility|ORG]]\n"
        "Commissioning: [[2028|D|2028]]\n\n"
        "“This interconnection is the most important energy project between [[Spain|GPE]] and [[France|GPE]] in "
        "decades and will end the isolation of the [[Iberian Peninsula|LOC]],” said [[Beatriz Corredor|PERSON]], "
        "chair of [[Redeia|ORG]], [[Red Eléctrica|ORG|Red Eléctrica de España]]’s parent company.\n\n"
        "[[EIB|ORG|European Investment Bank]] President [[Nadia Calviño|PERSON]] said the bank would support the "
        "project until its completion. [[Spain|GPE]]’s Minister for the Ecological Transition "
        "[[Sara Aagesen|PERSON]] urged the [[European Commission|ORG]] to back new links through the "
        "[[Pyrenees|LOC]], where work has not started. [[Red Eléctrica|ORG|Red Eléctrica de España]] expects the "
        "link to avoid [[about 600,000 tonnes|quantity|600000|t]] of carbon dioxide emissions a year.\n\n"
        "Notes to editors\n"
        "[[Inelfe|ORG]], a joint venture owned [[50%|percent|50|%]] each by "
        "[[Red Eléctrica|ORG|Red Eléctrica de España]] and [[RTE|ORG|Réseau de Transport d'Électricité]], is "
        "building the project. The link has been a Project of Common Interest of the [[European Union|ORG]] since "
        "[[2013|D|2013]]. Work on the [[Spanish|NORP]] onshore section began [[last week|D|2025-W24]].",
        [
            ("Beatriz Corredor", "say", "This interconnection is the most important energy project between Spain and "
             "France in decades and will end the isolation of the Iberian Peninsula", True),
            ("Nadia Calviño", "say", "the bank would support the project until its completion", False),
            ("Sara Aagesen", "urge", "the European Commission to back new links through the Pyrenees, where work has "
             "not started", False),
            ("Red Eléctrica de España", "expect", "the link to avoid about 600,000 tonnes of carbon dioxide emissions "
             "a year", False),
        ],
    ),
    (
        "own69-ho-09", "wikinews-argentina-midterm-election-2025", "2025-10-27", "2025-10-27",
        "[[Milei|PERSON|Javier Milei]]’s party wins [[Argentina|GPE]]’s midterm elections\n\n"
        "[[Monday, October 27, 2025|D|2025-10-27]]\n\n"
        "[[Argentine|NORP]] President [[Javier Milei|PERSON]]’s party, [[La Libertad Avanza|ORG]] "
        "([[LLA|ORG|La Libertad Avanza]]), won [[Argentina|GPE]]’s legislative elections on [[Sunday|D|2025-10-26]] "
        "with [[almost 41%|percent|41|%]] of the national vote, according to provisional official results. The "
        "[[Peronist|NORP]] coalition [[Fuerza Patria|ORG]] came second with [[about 31.7%|percent|31.7|%]].\n\n"
        "Voters chose [[127|count|127|member]] of the [[257|count|257|member]] members of the "
        "[[Chamber of Deputies|ORG|Argentine Chamber of Deputies]] and [[24|count|24|senator]] of the "
        "[[72|count|72|senator]] senators. [[LLA|ORG|La Libertad Avanza]] won in [[16|count|16|district]] of the "
        "[[24|count|24|district]] districts, including [[Buenos Aires Province|GPE]], where it had lost a provincial "
        "election by [[more than 13 percentage points|percent|13|pp]] in [[September|D|2025-09]].\n\n"
        "“The [[Argentine|NORP]] people have chosen to leave behind [[a century|D|P100Y]] of decline,” "
        "[[Milei|PERSON|Javier Milei]] told supporters at a hotel in [[Buenos Aires|GPE]]. He pledged to pass labour "
        "and tax reforms through [[Congress|ORG|Argentine National Congress]] before his term ends in "
        "[[2027|D|2027]].\n\n"
        "[[Buenos Aires Province|GPE]] Governor [[Axel Kicillof|PERSON]], a leading figure in "
        "[[Fuerza Patria|ORG]], said the opposition had to unite before the [[2027|D|2027]] presidential "
        "election.\n\n"
        "Markets rallied on [[Monday|D|2025-10-27]]: the peso strengthened [[about 10%|percent|10|%]] to "
        "[[1,350 pesos|money|1350|ARS]] per dollar. [[United States|GPE]] Treasury Secretary "
        "[[Scott Bessent|PERSON]], whose department agreed a [[US$20 billion|money|20000000000|USD]] currency swap "
        "with the [[Central Bank of Argentina|ORG]] in [[October|D|2025-10]], said the vote showed that "
        "[[Argentines|NORP|Argentine]] backed [[Milei|PERSON|Javier Milei]]’s reforms.\n\n"
        "Turnout was [[about 68%|percent|68|%]], the lowest in a national election since the return of democracy in "
        "[[1983|D|1983]].",
        [
            ("Javier Milei", "tell", "The Argentine people have chosen to leave behind a century of decline", True),
            ("Javier Milei", "pledge", "pass labour and tax reforms through Congress before his term ends in 2027",
             False),
            ("Axel Kicillof", "say", "the opposition had to unite before the 2027 presidential election", False),
            ("Scott Bessent", "say", "the vote showed that Argentines backed Milei’s reforms", False),
        ],
    ),
    (
        "own69-ho-10", "wikinews-sarkozy-begins-prison-sentence", "2025-10-21", "2025-10-21",
        "Former [[French|NORP]] president [[Nicolas Sarkozy|PERSON]] begins prison sentence in [[Paris|GPE]]\n\n"
        "[[Tuesday, October 21, 2025|D|2025-10-21]]\n\n"
        "[[Nicolas Sarkozy|PERSON]], President of [[France|GPE]] [[from 2007 to 2012|D|2007/2012]], began serving "
        "a [[five-year|D|P5Y]] prison sentence at [[La Santé|FAC|La Santé Prison]] prison in [[Paris|GPE]] "
        "[[today|D|2025-10-21]], the [[first|ordinal|1]] former [[French|NORP]] head of state to be jailed since the "
        "[[Second World War|EVENT|World War II]].\n\n"
        "A [[Paris|GPE]] criminal court convicted [[Sarkozy|PERSON|Nicolas Sarkozy]] on "
        "[[September 25|D|2025-09-25]] of criminal conspiracy over a scheme to fund his [[2007|D|2007]] "
        "presidential campaign with money from the government of [[Libyan|NORP]] leader "
        "[[Muammar Gaddafi|PERSON]]. He was cleared of corruption and illegal campaign financing. The "
        "[[70-year-old|D|P70Y]] has appealed.\n\n"
        "“It is not a former president who is being locked up this morning, it is an innocent man,” "
        "[[Sarkozy|PERSON|Nicolas Sarkozy]] wrote on social media as he left his home in the "
        "[[16th arrondissement|GPE|16th arrondissement of Paris]] with his wife, [[Carla Bruni|PERSON]]. Supporters "
        "applauded outside the house.\n\n"
        "His lawyer [[Christophe Ingrain|PERSON]] said he had filed a request for release, which the "
        "[[Paris Court of Appeal|ORG]] must examine within [[two months|D|P2M]]. The appeal trial is expected to "
        "open in [[March|D|2026-03]].\n\n"
        "Justice Minister [[Gérald Darmanin|PERSON]] said he would visit [[Sarkozy|PERSON|Nicolas Sarkozy]] in "
        "prison to check that he was safe. President [[Emmanuel Macron|PERSON]] received "
        "[[Sarkozy|PERSON|Nicolas Sarkozy]] at the [[Élysée Palace|FAC]] on [[Friday|D|2025-10-17]]. Prison officers "
        "said he would be held alone in a cell of [[about nine square metres|quantity|9|m2]].\n\n"
        "[[Sarkozy|PERSON|Nicolas Sarkozy]], who was also convicted in [[2021|D|2021]] of corruption and influence "
        "peddling, had worn an electronic tag for [[three months|D|P3M]] [[this year|D|2025]] in that case.",
        [
            ("Nicolas Sarkozy", "write", "It is not a former president who is being locked up this morning, it is an "
             "innocent man", True),
            ("Christophe Ingrain", "say", "he had filed a request for release, which the Paris Court of Appeal must "
             "examine within two months", False),
            ("Gérald Darmanin", "say", "he would visit Sarkozy in prison to check that he was safe", False),
        ],
    ),
    (
        "own69-ho-11", "wikinews-timor-leste-joins-asean", "2025-10-26", "2025-10-26",
        "[[Timor-Leste|GPE|East Timor]] becomes [[eleventh|ordinal|11]] member of [[ASEAN|ORG]]\n\n"
        "[[Sunday, October 26, 2025|D|2025-10-26]]\n\n"
        "[[Timor-Leste|GPE|East Timor]] was formally admitted [[today|D|2025-10-26]] as the "
        "[[eleventh|ordinal|11]] member of the [[Association of Southeast Asian Nations|ORG|ASEAN]] "
        "([[ASEAN|ORG]]) at the opening of the [[47th ASEAN Summit|EVENT]] in [[Kuala Lumpur|GPE]], "
        "[[Malaysia|GPE]]. It is the bloc’s [[first|ordinal|1]] expansion since [[Cambodia|GPE]] joined in "
        "[[1999|D|1999]].\n\n"
        "Prime Minister [[Xanana Gusmão|PERSON]] signed the declaration of admission with the "
        "[[ten|count|10|leader]] other leaders at the [[Kuala Lumpur Convention Centre|FAC]]. “We have waited "
        "[[fourteen years|D|P14Y]] for this moment, and we arrive as a partner, not a guest,” "
        "[[Gusmão|PERSON|Xanana Gusmão]] said. [[Timor-Leste|GPE|East Timor]], a country of "
        "[[about 1.4 million|count|1400000|person]] people that became independent in [[2002|D|2002]], applied to "
        "join in [[2011|D|2011]] and was granted observer status in [[2022|D|2022]].\n\n"
        "[[Malaysian|NORP]] Prime Minister [[Anwar Ibrahim|PERSON]], who chairs [[ASEAN|ORG]] "
        "[[this year|D|2025]], said the new member completed the [[ASEAN|ORG]] family, and urged the bloc to stay "
        "united as trade tensions between [[Washington|GPE|Washington, D.C.]] and [[Beijing|GPE]] grow.\n\n"
        "[[US|GPE|United States]] President [[Donald Trump|PERSON]], on his [[first|ordinal|1]] visit to "
        "[[Asia|LOC]] since returning to office, witnessed the signing of a peace accord between [[Thailand|GPE]] "
        "and [[Cambodia|GPE]], whose border clashes in [[July|D|2025-07]] killed [[at least 43|count|43|person]] "
        "people. [[Thai|NORP]] Prime Minister [[Anutin Charnvirakul|PERSON]] and [[Cambodian|NORP]] Prime Minister "
        "[[Hun Manet|PERSON]] signed the accord.\n\n"
        "The [[Philippines|GPE]] will chair [[ASEAN|ORG]] [[next year|D|2026]]. [[Philippine|NORP]] President "
        "[[Ferdinand Marcos Jr.|PERSON|Bongbong Marcos]] pledged to conclude a code of conduct for the "
        "[[South China Sea|LOC]] during his country’s chairmanship. The summit ends on [[Tuesday|D|2025-10-28]].",
        [
            ("Xanana Gusmão", "say", "We have waited fourteen years for this moment, and we arrive as a partner, not a "
             "guest", True),
            ("Anwar Ibrahim", "say", "the new member completed the ASEAN family", False),
            ("Anwar Ibrahim", "urge", "the bloc to stay united as trade tensions between Washington and Beijing grow",
             False),
            ("Bongbong Marcos", "pledge", "conclude a code of conduct for the South China Sea during his country’s "
             "chairmanship", False),
        ],
    ),
    (
        "own69-ho-12", "reuters-1996-lisbon-portugal-1997-budget", "1996-10-15", "1996-10-15",
        "[[Portugal|GPE]] unveils tight [[1997|D|1997]] budget to join single currency.\n\n"
        "[[LISBON|GPE|Lisbon]] [[1996-10-15|D|1996-10-15]]\n\n"
        "[[Portugal|GPE]]'s [[Socialist|NORP]] government on [[Tuesday|D|1996-10-15]] presented a [[1997|D|1997]] "
        "budget that cuts the public deficit to [[2.9 percent|percent|2.9|%]] of gross domestic product, below the "
        "[[three percent|percent|3|%]] ceiling set by the [[Maastricht|LAW|Maastricht Treaty]] treaty for "
        "[[European|NORP]] monetary union.\n\n"
        "Finance Minister [[Antonio de Sousa Franco|PERSON|António de Sousa Franco]] told parliament the deficit "
        "would fall from an estimated [[4.0 percent|percent|4|%]] [[this year|D|1996]] and that public debt would "
        "stay below [[70 percent|percent|70|%]] of GDP.\n\n"
        "\"This is the budget of the single currency,\" [[Sousa Franco|PERSON|António de Sousa Franco]] said. "
        "\"[[Portugal|GPE]] will be in the [[first|ordinal|1]] group of countries.\"\n\n"
        "Spending will rise [[5.3 percent|percent|5.3|%]] to [[5.1 trillion escudos|money|5100000000000|PTE]]. The "
        "budget assumes economic growth of [[3.25 percent|percent|3.25|%]] and inflation of "
        "[[2.25 percent|percent|2.25|%]] [[next year|D|1997]].\n\n"
        "Prime Minister [[Antonio Guterres|PERSON|António Guterres]]'s minority government needs "
        "[[at least one|count|1|party]] opposition party to abstain in the vote. The "
        "[[Social Democrats|ORG|Social Democratic Party (Portugal)]] said they would vote against the budget, while "
        "[[Popular Party|ORG|CDS – People's Party]] leader [[Manuel Monteiro|PERSON]] called for deeper cuts in "
        "income tax.\n\n"
        "The [[Lisbon|GPE]] bourse's BVL 30 index rose [[1.2 percent|percent|1.2|%]] to "
        "[[2,071.45|number|2071.45]] and the escudo firmed to [[101.9 escudos|money|101.9|PTE]] per mark.\n\n"
        "-- [[Lisbon|GPE]] newsroom +351 1 353 8254",
        [
            ("António de Sousa Franco", "tell", "the deficit would fall from an estimated 4.0 percent this year and "
             "that public debt would stay below 70 percent of GDP", False),
            ("António de Sousa Franco", "say", "This is the budget of the single currency", True),
            ("António de Sousa Franco", "say", "Portugal will be in the first group of countries.", True),
            ("Social Democratic Party (Portugal)", "say", "they would vote against the budget", False),
            ("Manuel Monteiro", "call for", "deeper cuts in income tax", False),
        ],
    ),
    (
        "own69-ho-13", "reuters-1996-chilean-first-division-results", "1996-11-04", "1996-11-04",
        "SOCCER - [[COLO COLO|ORG|Colo-Colo]] STAY [[FIVE|count|5|point]] POINTS CLEAR IN [[CHILE|GPE|Chile]].\n\n"
        "[[SANTIAGO|GPE|Santiago]] [[1996-11-04|D|1996-11-04]]\n\n"
        "[[Colo Colo|ORG|Colo-Colo]] beat [[Deportes Concepcion|ORG|Deportes Concepción]] [[3|number|3]]-"
        "[[1|number|1]] on [[Sunday|D|1996-11-03]] to stay [[five|count|5|point]] points clear at the top of the "
        "[[Chilean|NORP]] [[first|ordinal|1]] division with [[four|count|4|match]] matches left.\n\n"
        "\"We have [[four|count|4|game]] hard games left and we must win [[at least three|count|3|game]] of them,\" "
        "[[Colo Colo|ORG|Colo-Colo]]'s [[Paraguayan|NORP]] coach [[Gustavo Benitez|PERSON|Gustavo Benítez]] told "
        "reporters. [[Benitez|PERSON|Gustavo Benítez]] said the title was not yet won.\n\n"
        "Results of [[Chilean|NORP]] [[first|ordinal|1]] division matches played on [[Saturday|D|1996-11-02]] and "
        "[[Sunday|D|1996-11-03]]:\n\n"
        "[[Colo Colo|ORG|Colo-Colo]] [[3|number|3]] [[Deportes Concepcion|ORG|Deportes Concepción]] "
        "[[1|number|1]]\n"
        "[[Universidad Catolica|ORG|Club Deportivo Universidad Católica]] [[2|number|2]] [[Cobreloa|ORG]] "
        "[[2|number|2]]\n"
        "[[Universidad de Chile|ORG|Club Universidad de Chile]] [[1|number|1]] "
        "[[Palestino|ORG|Club Deportivo Palestino]] [[0|number|0]]\n"
        "[[Audax Italiano|ORG]] [[0|number|0]] [[Union Espanola|ORG|Unión Española]] [[1|number|1]]\n"
        "[[O'Higgins|ORG|O'Higgins F.C.]] [[2|number|2]] [[Everton|ORG|Everton de Viña del Mar]] [[2|number|2]]\n"
        "[[Huachipato|ORG|C.D. Huachipato]] [[1|number|1]] [[Coquimbo Unido|ORG]] [[3|number|3]]\n\n"
        "Leading positions after [[26|count|26|match]] matches: [[Colo Colo|ORG|Colo-Colo]] "
        "[[57|count|57|point]] points, [[Universidad Catolica|ORG|Club Deportivo Universidad Católica]] "
        "[[52|count|52|point]], [[Universidad de Chile|ORG|Club Universidad de Chile]] [[48|count|48|point]], "
        "[[Cobreloa|ORG]] [[45|count|45|point]].\n\n"
        "The league ([[ANFP|ORG|Asociación Nacional de Fútbol Profesional]]) said the match between "
        "[[Rangers|ORG|Rangers de Talca]] and [[Deportes Temuco|ORG]], abandoned after 70 minutes on "
        "[[Saturday|D|1996-11-02]] when the floodlights failed in [[Talca|GPE]], would be replayed on "
        "[[Wednesday|D|1996-11-06]].\n\n"
        "[[Universidad Catolica|ORG|Club Deportivo Universidad Católica]] play [[Colo Colo|ORG|Colo-Colo]] at the "
        "[[Estadio Monumental|FAC|Estadio Monumental David Arellano]] on [[November 17|D|1996-11-17]].",
        [
            ("Gustavo Benítez", "tell", "We have four hard games left and we must win at least three of them", True),
            ("Gustavo Benítez", "say", "the title was not yet won", False),
            ("Asociación Nacional de Fútbol Profesional", "say", "the match between Rangers and Deportes Temuco, "
             "abandoned after 70 minutes on Saturday when the floodlights failed in Talca, would be replayed on "
             "Wednesday", False),
        ],
    ),
    (
        "own69-ho-14", "reuters-1996-durban-currie-cup-final", "1996-10-24", "1996-10-24",
        "RUGBY UNION - [[NATAL|ORG|Sharks (Currie Cup)]] BEAT [[TRANSVAAL|ORG|Golden Lions]] TO WIN "
        "[[CURRIE CUP|EVENT|1996 Currie Cup]].\n\n"
        "[[DURBAN|GPE|Durban]] [[1996-10-24|D|1996-10-24]]\n\n"
        "[[Natal|ORG|Sharks (Currie Cup)]] beat [[Transvaal|ORG|Golden Lions]] [[33|number|33]]-[[15|number|15]] "
        "in the [[Currie Cup|EVENT|1996 Currie Cup]] final at [[Kings Park|FAC|Kings Park Stadium]] on "
        "[[Thursday|D|1996-10-24]] to win [[South Africa|GPE]]'s provincial championship for the "
        "[[fourth|ordinal|4]] time.\n\n"
        "Fullback [[Andre Joubert|PERSON|André Joubert]] scored [[two|count|2|try]] tries and flyhalf "
        "[[Henry Honiball|PERSON]] kicked [[18|count|18|point]] points as [[Natal|ORG|Sharks (Currie Cup)]] led "
        "[[16|number|16]]-[[9|number|9]] at halftime and pulled away in the [[second|ordinal|2]] half in front of "
        "[[52,000|count|52000|spectator]] spectators. All of [[Transvaal|ORG|Golden Lions]]'s points came from the "
        "boot of [[Hennie le Roux|PERSON]].\n\n"
        "\"We came here as underdogs and we leave as champions,\" [[Natal|ORG|Sharks (Currie Cup)]] captain "
        "[[Gary Teichmann|PERSON]] said. \"This team has grown up a lot.\"\n\n"
        "[[Transvaal|ORG|Golden Lions]] captain [[Francois Pienaar|PERSON|François Pienaar]] said his side had been "
        "beaten by the better team, but warned that [[Transvaal|ORG|Golden Lions]] would be back [[next year|D|1997]]."
        "\n\n"
        "[[Springbok|ORG|South Africa national rugby union team]] coach "
        "[[Andre Markgraaff|PERSON|André Markgraaff]] will name his squad for the tour of [[Argentina|GPE]] and "
        "[[France|GPE]] on [[Sunday|D|1996-10-27]].\n\n"
        "Scorers:\n\n"
        "[[Natal|ORG|Sharks (Currie Cup)]] - Tries: [[Joubert|PERSON|André Joubert]] [[2|count|2|try]], "
        "[[Teichmann|PERSON|Gary Teichmann]]. Conversions: [[Honiball|PERSON|Henry Honiball]] "
        "[[3|count|3|conversion]]. Penalties: [[Honiball|PERSON|Henry Honiball]] [[4|count|4|penalty]].\n\n"
        "[[Transvaal|ORG|Golden Lions]] - Penalties: [[Le Roux|PERSON|Hennie le Roux]] [[5|count|5|penalty]].",
        [
            ("Gary Teichmann", "say", "We came here as underdogs and we leave as champions", True),
            ("Gary Teichmann", "say", "This team has grown up a lot.", True),
            ("François Pienaar", "say", "his side had been beaten by the better team", False),
            ("François Pienaar", "warn", "Transvaal would be back next year", False),
        ],
    ),
]

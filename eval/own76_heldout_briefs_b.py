"""Held-out set 76 (blind): marked texts of briefs 08-14 and their statements (see
``build_own76_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own76-ho-08", "nova-scotia-power-fiona-restoration", "2022-09-27", "2022-09-27",
        "[[NOVA SCOTIA POWER|ORG|Nova Scotia Power]]\n"
        "News Release\n"
        "[[HALIFAX|GPE|Halifax, Nova Scotia]], [[Sept. 27, 2022|D|2022-09-27]]\n\n"
        "[[More than 70 per cent|percent|70|%]] of customers back on after [[Fiona|EVENT|Hurricane Fiona]]\n\n"
        "[[Nova Scotia Power|ORG]] crews and partners have restored power to "
        "[[more than 290,000|count|290000|customer]] customers since post-tropical storm "
        "[[Fiona|EVENT|Hurricane Fiona]] made landfall near [[Whitehead|GPE|Whitehead, Nova Scotia]] early on "
        "[[Saturday|D|2022-09-24]]. At the peak of the storm, [[about 415,000|count|415000|customer]] customers, "
        "[[80 per cent|percent|80|%]] of the total, were without power.\n\n"
        "Restoration at a glance (6 a.m. [[today|D|2022-09-27]])\n"
        "- Customers still without power: [[about 124,000|count|124000|customer]]\n"
        "- Crews in the field: [[more than 800|count|800|crew]]\n"
        "- Poles replaced: [[about 300|count|300|pole]]\n"
        "- Highest wind gust: [[179 km/h|quantity|179|km/h]] at [[Arisaig|GPE|Arisaig, Nova Scotia]]\n\n"
        "Most of the remaining outages are on [[Cape Breton Island|GPE]] and along the [[Northumberland "
        "Strait|LOC]], where [[Environment and Climate Change Canada|ORG]] recorded "
        "[[more than 150 mm|quantity|150|mm]] of rain. Crews from [[Hydro-Québec|ORG]], [[Hydro One|ORG]] and "
        "[[Maine|GPE]] are working alongside [[Nova Scotia Power|ORG]] teams, and the "
        "[[Canadian Armed Forces|ORG]] are clearing roads.\n\n"
        "“This is the most damaging storm in our history, and we will not stop until every customer is back on,” "
        "said [[Peter Gregg|PERSON]], President and CEO of [[Nova Scotia Power|ORG]]. [[Gregg|PERSON|Peter Gregg]] "
        "said [[95 per cent|percent|95|%]] of customers would have power by [[Friday|D|2022-09-30]].\n\n"
        "Premier [[Tim Houston|PERSON]] called for patience and announced that the province would give "
        "[[$100|money|100|CAD]] to each household that lost power for [[two days|D|P2D]] or more. Prime Minister "
        "[[Justin Trudeau|PERSON]] visited [[Port aux Basques|GPE|Channel-Port aux Basques]] in "
        "[[Newfoundland|GPE|Newfoundland (island)]] and [[Glace Bay|GPE]] "
        "[[yesterday|D|2022-09-26]].\n\n"
        "Customers can report outages at 1-877-428-6004.",
        [
            ("Peter Gregg", "say", "This is the most damaging storm in our history, and we will not stop until every "
             "customer is back on", True),
            ("Peter Gregg", "say", "95 per cent of customers would have power by Friday", False),
            ("Tim Houston", "call for", "patience", False),
            ("Tim Houston", "announce", "the province would give $100 to each household that lost power for two days "
             "or more", False),
        ],
    ),
    (
        "own76-ho-09", "wikinews-british-columbia-election-recounts", "2024-10-28", "2024-10-28",
        "[[British Columbia NDP|ORG|British Columbia New Democratic Party]] keeps majority of [[one|count|1|seat]] "
        "seat after recounts\n"
        "[[Monday, October 28, 2024|D|2024-10-28]]\n\n"
        "The [[British Columbia New Democratic Party|ORG]] ([[NDP|ORG|British Columbia New Democratic Party]]) of "
        "Premier [[David Eby|PERSON]] has won [[47|count|47|seat]] of the [[93|count|93|seat]] seats in the "
        "[[Legislative Assembly of British Columbia|ORG]], enough for a majority of [[one|count|1|seat]] seat, "
        "[[Elections BC|ORG]] confirmed [[yesterday|D|2024-10-27]] after the final count and [[two|count|2|recount]] "
        "judicial recounts.\n\n"
        "The [[Conservative Party of British Columbia|ORG]], led by [[John Rustad|PERSON]], won "
        "[[44|count|44|seat]] seats after winning none in [[2020|D|2020]]. The "
        "[[Green Party of British Columbia|ORG]] won [[two|count|2|seat]], but its leader "
        "[[Sonia Furstenau|PERSON]] lost her own seat in [[Victoria|GPE|Victoria, British Columbia]]. Turnout was "
        "[[58.4%|percent|58.4|%]] in the election of [[October 19|D|2024-10-19]].\n\n"
        "A recount in a [[Surrey|GPE|Surrey, British Columbia]] riding confirmed the [[NDP|ORG|British Columbia New Democratic Party]] candidate's win by "
        "[[22|count|22|vote]] votes. [[BC United|ORG]], the former governing party, had suspended its campaign in "
        "[[August|D|2024-08]] and backed the [[Conservatives|ORG|Conservative Party of British Columbia]].\n\n"
        "“[[British Columbians|NORP|British Columbian]] have asked us to work together, and that is what we will "
        "do,” [[Eby|PERSON|David Eby]] told reporters in [[Vancouver|GPE]]. He said he would name a new cabinet "
        "[[next month|D|2024-11]] and that the legislature would sit before [[Christmas|D|2024-12-25]].\n\n"
        "[[Rustad|PERSON|John Rustad]] said the result showed that voters wanted change, and vowed to hold the "
        "government to account. It is the [[NDP|ORG|British Columbia New Democratic Party]]'s "
        "[[second|ordinal|2]] consecutive majority and its [[third|ordinal|3]] term in office since "
        "[[2017|D|2017]].\n\n"
        "Prime Minister [[Justin Trudeau|PERSON]] congratulated [[Eby|PERSON|David Eby]] in a post on social media.\n\n"
        "Sources\n"
        "[[Elections BC|ORG]]: final voting results",
        [
            ("David Eby", "tell", "British Columbians have asked us to work together, and that is what we will do",
             True),
            ("David Eby", "say", "he would name a new cabinet next month and that the legislature would sit before "
             "Christmas", False),
            ("John Rustad", "say", "the result showed that voters wanted change", False),
            ("John Rustad", "vow", "hold the government to account", False),
        ],
    ),
    (
        "own76-ho-10", "wikinews-funan-techo-canal-groundbreaking", "2024-08-06", "2024-08-06",
        "[[Cambodia|GPE]] breaks ground on [[Funan Techo Canal|FAC]]\n"
        "[[Tuesday, August 6, 2024|D|2024-08-06]]\n\n"
        "[[Cambodian|NORP]] Prime Minister [[Hun Manet|PERSON]] [[yesterday|D|2024-08-05]] broke ground on the "
        "[[Funan Techo Canal|FAC]], a [[180-kilometre|quantity|180|km]] waterway that will link the "
        "[[Mekong|LOC|Mekong]] river system near [[Phnom Penh|GPE]] with the [[Gulf of Thailand|LOC]] in "
        "[[Kep|GPE|Kep province]].\n\n"
        "The project is expected to cost [[US$1.7 billion|money|1700000000|USD]] and to take "
        "[[four years|D|P4Y]] to build. The canal will be [[100 metres|quantity|100|m]] wide and "
        "[[4.7 metres|quantity|4.7|m]] deep, with [[three|count|3|lock]] locks. The ceremony in "
        "[[Kandal|GPE|Kandal province]] was held on the [[72nd|ordinal|72]] birthday of [[Hun Sen|PERSON]], the "
        "prime minister's father and President of the [[Senate|ORG|Senate (Cambodia)]].\n\n"
        "[[Hun Manet|PERSON]] said the canal would let [[Cambodian|NORP]] ships reach the sea without passing "
        "through [[Vietnam|GPE]] and would cut shipping costs by [[up to 16%|percent|16|%]]. “This canal is for "
        "the dignity of our nation, whatever it costs,” he told a crowd of [[about 10,000|count|10000|person]] "
        "people.\n\n"
        "State-owned [[China Road and Bridge Corporation|ORG]] ([[CRBC|ORG|China Road and Bridge Corporation]]) "
        "is expected to hold [[49%|percent|49|%]] of the project company, and the [[Cambodian|NORP]] side "
        "[[51%|percent|51|%]]. [[Hun Sen|PERSON]] told the crowd that [[Cambodia|GPE]] would build the canal "
        "alone if foreign partners withdrew.\n\n"
        "The [[Mekong River Commission|ORG]] said in [[April|D|2024-04]] that [[Cambodia|GPE]] had not yet shared a "
        "full study of the canal's effect on water flow to the [[Mekong Delta|LOC]] in [[Vietnam|GPE]], where "
        "[[about 17 million|count|17000000|person]] people live. Construction is due to be completed in "
        "[[2028|D|2028]].\n\n"
        "Sources\n"
        "[[Khmer Times|ORG]], [[Voice of America|ORG]]",
        [
            ("Hun Manet", "say", "the canal would let Cambodian ships reach the sea without passing through Vietnam "
             "and would cut shipping costs by up to 16%", False),
            ("Hun Manet", "tell", "This canal is for the dignity of our nation, whatever it costs", True),
            ("Hun Sen", "tell", "Cambodia would build the canal alone if foreign partners withdrew", False),
            ("Mekong River Commission", "say", "Cambodia had not yet shared a full study of the canal's effect on "
             "water flow to the Mekong Delta in Vietnam, where about 17 million people live", False),
        ],
    ),
    (
        "own76-ho-11", "wikinews-new-jersey-earthquake", "2024-04-06", "2024-04-06",
        "Magnitude [[4.8|number|4.8]] earthquake shakes [[New Jersey|GPE]] and [[New York|GPE|New York (state)]]\n"
        "[[Saturday, April 6, 2024|D|2024-04-06]]\n\n"
        "A magnitude [[4.8|number|4.8]] earthquake struck [[New Jersey|GPE]] at 10:23 a.m. local time "
        "[[yesterday|D|2024-04-05]], the [[United States Geological Survey|ORG]] "
        "([[USGS|ORG|United States Geological Survey]]) said. The epicentre was near "
        "[[Whitehouse Station|GPE|Whitehouse Station, New Jersey]] in [[Hunterdon County|GPE|Hunterdon County, "
        "New Jersey]], [[about 65 kilometres|quantity|65|km]] west of [[New York City|GPE]], at a depth of "
        "[[about 5 km|quantity|5|km]].\n\n"
        "Shaking was felt from [[Baltimore|GPE]] to [[Boston|GPE]]. The [[USGS|ORG|United States Geological "
        "Survey]] estimated that [[more than 42 million|count|42000000|person]] people felt the quake, and "
        "received [[over 180,000|count|180000|report]] reports from the public. An aftershock of magnitude "
        "[[3.8|number|3.8]] struck near [[Gladstone|GPE|Gladstone, New Jersey]] shortly before 6 p.m.\n\n"
        "It was the strongest earthquake centred in [[New Jersey|GPE]] since [[1783|D|1783]]. A meeting of the "
        "[[United Nations Security Council|ORG]] on [[Gaza|GPE|Gaza Strip]] paused briefly as the building shook, "
        "and the [[Federal Aviation Administration|ORG]] ([[FAA|ORG|Federal Aviation Administration]]) held flights "
        "at [[Newark Liberty International Airport|FAC]] for about an hour.\n\n"
        "Governor [[Phil Murphy|PERSON]] said there were no reports of serious injuries, and urged residents to "
        "check their homes for gas leaks and cracked chimneys. In [[Newark|GPE|Newark, New Jersey]], "
        "[[about 30|count|30|resident]] residents left [[three|count|3|building]] buildings after inspectors found "
        "cracks.\n\n"
        "[[New York City|GPE]] Mayor [[Eric Adams|PERSON]] told reporters that the city's emergency alert had "
        "gone out too slowly and promised a review. [[Adams|PERSON|Eric Adams]] said subway service had not been "
        "disrupted.\n\n"
        "Sources\n"
        "[[USGS|ORG|United States Geological Survey]]: M 4.8 - 2024 Whitehouse Station, New Jersey Earthquake",
        [
            ("United States Geological Survey", "say", "A magnitude 4.8 earthquake struck New Jersey at 10:23 a.m. "
             "local time yesterday", False),
            ("United States Geological Survey", "estimate", "more than 42 million people felt the quake", False),
            ("Phil Murphy", "say", "there were no reports of serious injuries", False),
            ("Phil Murphy", "urge", "residents to check their homes for gas leaks and cracked chimneys", False),
            ("Eric Adams", "tell", "the city's emergency alert had gone out too slowly", False),
            ("Eric Adams", "promise", "a review", False),
            ("Eric Adams", "say", "subway service had not been disrupted", False),
        ],
    ),
    (
        "own76-ho-12", "reuters-kathmandu-mahakali-treaty-1996", "1996-09-20", "1996-09-20",
        "[[NEPAL|GPE|Nepal]] PARLIAMENT RATIFIES [[MAHAKALI TREATY|LAW|Mahakali Treaty]] WITH "
        "[[INDIA|GPE|India]].\n"
        "[[KATHMANDU|GPE|Kathmandu]] [[1996-09-20|D|1996-09-20]]\n\n"
        "[[Nepal|GPE]]'s parliament on [[Friday|D|1996-09-20]] ratified a treaty with [[India|GPE]] on sharing the "
        "waters of the [[Mahakali|LOC|Sharda River]] river, clearing the way for the "
        "[[6,480-megawatt|quantity|6480|MW]] [[Pancheshwar|FAC|Pancheshwar Dam]] dam, officials said.\n\n"
        "A joint session of both houses approved the [[Mahakali Treaty|LAW]] by [[219|number|219]] to "
        "[[22|number|22]], well above the two-thirds majority required.\n\n"
        "Prime Minister [[Sher Bahadur Deuba|PERSON]] told parliament the treaty would give [[Nepal|GPE]] "
        "[[70 million kilowatt-hours|quantity|70000000|kWh]] of free electricity a year from the "
        "[[Tanakpur|FAC|Tanakpur Barrage]] barrage and could earn it [[up to 16 billion rupees|money|16000000000|NPR]] "
        "a year from power sales to [[India|GPE]].\n\n"
        "The treaty was signed in [[New Delhi|GPE]] in [[February|D|1996-02]] by [[Deuba|PERSON|Sher Bahadur Deuba]] "
        "and then [[Indian|NORP]] Prime Minister [[P.V. Narasimha Rao|PERSON|P. V. Narasimha Rao]].\n\n"
        "The main opposition [[Communist Party of Nepal-Unified Marxist Leninist|ORG|Communist Party of Nepal "
        "(Unified Marxist–Leninist)]] ([[UML|ORG|Communist Party of Nepal (Unified Marxist–Leninist)]]) backed the "
        "treaty after a split in its central committee. Senior [[UML|ORG|Communist Party of Nepal (Unified "
        "Marxist–Leninist)]] member [[Bam Dev Gautam|PERSON]] said the deal sold [[Nepal|GPE]]'s water too cheaply "
        "and urged members to vote against it.\n\n"
        "[[Indian|NORP]] Prime Minister [[H.D. Deve Gowda|PERSON|H. D. Deve Gowda]] is expected to visit "
        "[[Kathmandu|GPE]] in [[November|D|1996-11]], when the [[two|count|2|side]] sides will exchange instruments of "
        "ratification.\n\n"
        "The dam, estimated to cost [[$3 billion|money|3000000000|USD]], would take "
        "[[at least eight years|D|P8Y]] to build, [[Indian|NORP]] officials said.",
        [
            ("Sher Bahadur Deuba", "tell", "the treaty would give Nepal 70 million kilowatt-hours of free electricity "
             "a year from the Tanakpur barrage and could earn it up to 16 billion rupees a year from power sales to "
             "India", False),
            ("Bam Dev Gautam", "say", "the deal sold Nepal's water too cheaply", False),
            ("Bam Dev Gautam", "urge", "members to vote against it", False),
        ],
    ),
    (
        "own76-ho-13", "reuters-olympic-soccer-final-nigeria-1996", "1996-08-03", "1996-08-03",
        "SOCCER - [[NIGERIA|GPE|Nigeria]] BEAT [[ARGENTINA|GPE|Argentina]] TO WIN GOLD.\n"
        "[[ATHENS|GPE|Athens, Georgia]], [[Georgia|GPE|Georgia (U.S. state)]] [[1996-08-03|D|1996-08-03]]\n\n"
        "[[Nigeria|GPE]] became the [[first|ordinal|1]] [[African|NORP]] country to win the soccer gold medal at "
        "the [[Olympic Games|EVENT|1996 Summer Olympics]] on [[Saturday|D|1996-08-03]], beating "
        "[[Argentina|GPE]] [[3|number|3]]-[[2|number|2]] with a goal in the last minute in front of "
        "[[86,117|count|86117|spectator]] spectators at [[Sanford Stadium|FAC]].\n\n"
        "[[Emmanuel Amunike|PERSON]] volleyed the winner from a free kick after [[Daniel Amokachi|PERSON]] had "
        "levelled at [[2|number|2]]-[[2|number|2]]. [[Claudio Lopez|PERSON|Claudio López]] gave "
        "[[Argentina|GPE]] an early lead and [[Hernan Crespo|PERSON|Hernán Crespo]] scored a penalty after "
        "[[Celestine Babayaro|PERSON]] had equalised.\n\n"
        "“This gold is for the whole of [[Africa|LOC]],” said [[Nigeria|GPE]]'s [[Dutch|NORP]] coach "
        "[[Jo Bonfrere|PERSON|Jo Bonfrère]]. [[Argentina|GPE]] coach [[Daniel Passarella|PERSON]] said his side "
        "had lost concentration after taking the lead.\n\n"
        "[[Brazil|GPE]] took the bronze medal, beating [[Portugal|GPE]] [[5|number|5]]-[[0|number|0]]. On "
        "[[Thursday|D|1996-08-01]], the [[United States|GPE]] won the [[first|ordinal|1]] women's tournament "
        "by beating [[China|GPE]] [[2|number|2]]-[[1|number|1]].\n\n"
        "Results:\n"
        "Final: [[Nigeria|GPE]] [[3|number|3]] [[Argentina|GPE]] [[2|number|2]] (halftime "
        "[[1|number|1]]-[[1|number|1]])\n"
        "[[Third|ordinal|3]] place: [[Brazil|GPE]] [[5|number|5]] [[Portugal|GPE]] [[0|number|0]]\n"
        "Semifinals ([[July 31|D|1996-07-31]]): [[Nigeria|GPE]] [[4|number|4]] [[Brazil|GPE]] [[3|number|3]] "
        "(after extra time), [[Argentina|GPE]] [[2|number|2]] [[Portugal|GPE]] [[0|number|0]]\n\n"
        "[[Nwankwo Kanu|PERSON]], who scored the golden goal against [[Brazil|GPE]], said the team would dedicate "
        "the medal to [[Nigerian|NORP]] fans at home.",
        [
            ("Jo Bonfrère", "say", "This gold is for the whole of Africa", True),
            ("Daniel Passarella", "say", "his side had lost concentration after taking the lead", False),
            ("Nwankwo Kanu", "say", "the team would dedicate the medal to Nigerian fans at home", False),
        ],
    ),
    (
        "own76-ho-14", "reuters-bogota-samper-cleared-1996", "1996-06-13", "1996-06-13",
        "[[COLOMBIA|GPE|Colombia]] HOUSE CLEARS [[SAMPER|PERSON|Ernesto Samper]] IN DRUG MONEY CASE.\n"
        "[[BOGOTA|GPE|Bogotá]] [[1996-06-13|D|1996-06-13]]\n\n"
        "[[Colombia|GPE]]'s [[House of Representatives|ORG|Chamber of Representatives of Colombia]] voted "
        "[[111|number|111]]-[[43|number|43]] late on [[Wednesday|D|1996-06-12]] to clear President "
        "[[Ernesto Samper|PERSON]] of charges that he knowingly took money from the [[Cali Cartel|ORG]] "
        "for his [[1994|D|1994]] election campaign.\n\n"
        "“I have been cleared by the representatives of the people, and now I will govern,” "
        "[[Samper|PERSON|Ernesto Samper]] said in a televised address. He pledged to step up the fight against drug "
        "traffickers and said he would serve out his term, which ends in [[August 1998|D|1998-08]].\n\n"
        "Prosecutor General [[Alfonso Valdivieso|PERSON]] said his office would continue to investigate "
        "[[Samper|PERSON|Ernesto Samper]]'s former campaign manager [[Fernando Botero Zea|PERSON]], who has been "
        "in jail since [[August|D|1995-08]].\n\n"
        "In [[Washington|GPE|Washington, D.C.]], [[State Department|ORG|United States Department of State]] "
        "spokesman [[Nicholas Burns|PERSON]] said the [[United States|GPE]] was disappointed and warned that the "
        "vote would not change its policy towards [[Colombia|GPE]]. [[Washington|GPE|Washington, D.C.]] took "
        "[[Colombia|GPE]] off its list of countries cooperating in the drug war in [[March|D|1996-03]].\n\n"
        "Interior Minister [[Horacio Serpa|PERSON]] said the vote was “a triumph of the institutions” over those who wanted to topple the government.\n\n"
        "Financial markets shrugged off the decision. The peso firmed to [[1,068.50 pesos|money|1068.5|COP]] per dollar "
        "from [[1,071.20 pesos|money|1071.2|COP]] on [[Tuesday|D|1996-06-11]], and the [[Bogota Stock Exchange|ORG]] "
        "index rose [[1.2 percent|percent|1.2|%]], dealers said. Coffee growers expect exports of "
        "[[about 11 million|count|11000000|bag]] bags in the [[1995/96|D|1995-10/1996-09]] coffee year ending in "
        "[[September|D|1996-09]].",
        [
            ("Ernesto Samper", "say", "I have been cleared by the representatives of the people, and now I will govern",
             True),
            ("Ernesto Samper", "pledge", "step up the fight against drug traffickers", False),
            ("Ernesto Samper", "say", "he would serve out his term, which ends in August 1998", False),
            ("Alfonso Valdivieso", "say", "his office would continue to investigate Samper's former campaign manager "
             "Fernando Botero Zea, who has been in jail since August", False),
            ("Nicholas Burns", "say", "the United States was disappointed", False),
            ("Nicholas Burns", "warn", "the vote would not change its policy towards Colombia", False),
            ("Horacio Serpa", "say", "the vote was “a triumph of the institutions” over those who wanted to topple "
             "the government", False),
        ],
    ),
]

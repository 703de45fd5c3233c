"""Held-out set 71 (blind): marked texts of briefs 08-14 and their statements (see
``build_own71_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own71-ho-08", "bp-azerbaijan-azeri-central-east-first-oil", "2024-04-16", "2024-04-16",
        "[[bp|ORG|BP]] press release\n"
        "[[Baku|GPE]], [[16 April 2024|D|2024-04-16]]\n\n"
        "FIRST OIL FROM [[AZERI CENTRAL EAST|FAC|Azeri Central East]] PLATFORM\n\n"
        "[[bp|ORG|BP]], operator of the [[Azeri-Chirag-Gunashli|LOC|Azeri–Chirag–Gunashli]] "
        "([[ACG|LOC|Azeri–Chirag–Gunashli]]) field in the [[Caspian Sea|LOC]], [[today|D|2024-04-16]] announced "
        "that the [[Azeri Central East|FAC]] ([[ACE|FAC|Azeri Central East]]) platform had started producing oil, "
        "[[three months|D|P3M]] ahead of schedule.\n\n"
        "Project facts\n"
        "- Capacity: [[up to 100,000 barrels|quantity|100000|bbl]] of oil a day\n"
        "- Investment: [[US$6 billion|money|6000000000|USD]]\n"
        "- Water depth: [[137 metres|quantity|137|m]]\n"
        "- Production wells planned: [[48|count|48|well]]\n"
        "- Distance from shore: [[about 130 km|quantity|130|km]]\n\n"
        "Oil from the platform flows through subsea pipelines to the [[Sangachal Terminal|FAC]], "
        "[[about 45 km|quantity|45|km]] south of [[Baku|GPE]], and on to world markets through the "
        "[[Baku-Tbilisi-Ceyhan|FAC|Baku–Tbilisi–Ceyhan pipeline]] pipeline.\n\n"
        "“[[ACE|FAC|Azeri Central East]] is our [[first|ordinal|1]] platform in the "
        "[[Caspian|LOC|Caspian Sea]] to be controlled from the shore, and it will help keep "
        "[[ACG|LOC|Azeri–Chirag–Gunashli]] producing well into [[the 2040s|D|2040/2049]],” said "
        "[[Gary Jones|PERSON]], [[bp|ORG|BP]]’s regional president for [[Azerbaijan|GPE]], "
        "[[Georgia|GPE|Georgia (country)]] and [[Türkiye|GPE|Turkey]].\n\n"
        "Minister of Energy [[Parviz Shahbazov|PERSON]] said [[Azerbaijan|GPE]] would keep its crude output at "
        "[[about 600,000 barrels|quantity|600000|bbl]] a day in [[2024|D|2024]] under its commitments to "
        "[[OPEC|ORG]] and its partners. [[SOCAR|ORG]] President [[Rovshan Najaf|PERSON]] called for faster development of the deep "
        "gas beneath the field. [[ACG|LOC|Azeri–Chirag–Gunashli]] produced [[about 342,000 barrels|quantity|342000|bbl]] "
        "a day in [[2023|D|2023]].\n\n"
        "Notes to editors\n"
        "- [[ACG|LOC|Azeri–Chirag–Gunashli]] partners: [[bp|ORG|BP]] ([[30.37%|percent|30.37|%]]), "
        "[[SOCAR|ORG]] ([[31.65%|percent|31.65|%]]), [[MOL|ORG|MOL Group]] ([[9.57%|percent|9.57|%]]), "
        "[[INPEX|ORG|Inpex]] ([[9.31%|percent|9.31|%]]), [[Equinor|ORG]] ([[7.27%|percent|7.27|%]]) and "
        "[[four|count|4|company]] other companies.\n"
        "- The production sharing agreement for the field runs to [[2049|D|2049]].\n"
        "- First oil from the field: [[November 1997|D|1997-11]].",
        [
            ("BP", "announce", "the Azeri Central East (ACE) platform had started producing oil, three months ahead "
             "of schedule", False),
            ("Gary Jones", "say", "ACE is our first platform in the Caspian to be controlled from the shore, and it "
             "will help keep ACG producing well into the 2040s", True),
            ("Parviz Shahbazov", "say", "Azerbaijan would keep its crude output at about 600,000 barrels a day in 2024 "
             "under its commitments to OPEC and its partners", False),
            ("Rovshan Najaf", "call for", "faster development of the deep gas beneath the field", False),
        ],
    ),
    (
        "own71-ho-09", "wikinews-kavelashvili-sworn-in-georgia", "2024-12-29", "2024-12-29",
        "[[Mikheil Kavelashvili|PERSON]] sworn in as President of [[Georgia|GPE|Georgia (country)]]\n\n"
        "[[Sunday, December 29, 2024|D|2024-12-29]]\n\n"
        "[[Mikheil Kavelashvili|PERSON]], a former footballer nominated by the ruling [[Georgian Dream|ORG]] party, "
        "was sworn in as President of [[Georgia|GPE|Georgia (country)]] [[today|D|2024-12-29]] in the "
        "[[Parliament of Georgia|ORG]] building in [[Tbilisi|GPE]], as protesters gathered outside for a "
        "[[32nd|ordinal|32]] straight night.\n\n"
        "Outgoing president [[Salome Zourabichvili|PERSON]] left the [[Orbeliani Palace|FAC]] in the morning but "
        "said she remained the only legitimate president. “I am leaving this building, but I am taking legitimacy "
        "with me,” she told supporters outside.\n\n"
        "[[Kavelashvili|PERSON|Mikheil Kavelashvili]], a [[53-year-old|D|P53Y]] who played for "
        "[[Manchester City|ORG|Manchester City F.C.]] in [[the 1990s|D|1990/1999]], was elected on "
        "[[December 14|D|2024-12-14]] by an electoral college of [[300|count|300|member]] members. He received "
        "[[224|count|224|vote]] votes; the [[four|count|4|party]] main opposition parties boycotted the vote, and no "
        "other candidate stood. In his inaugural speech, [[Kavelashvili|PERSON|Mikheil Kavelashvili]] pledged to "
        "restore peace and protect [[Georgian|NORP]] traditions, and said the country’s future lay in "
        "[[Europe|LOC]].\n\n"
        "The crisis began on [[November 28|D|2024-11-28]], when Prime Minister [[Irakli Kobakhidze|PERSON]] said "
        "[[Georgia|GPE|Georgia (country)]] would not open accession talks with the [[European Union|ORG]] until "
        "[[2028|D|2028]]. On [[Friday|D|2024-12-27]], the "
        "[[U.S. Department of the Treasury|ORG|United States Department of the Treasury]] imposed sanctions on "
        "[[Georgian Dream|ORG]] founder [[Bidzina Ivanishvili|PERSON]], saying he had undermined "
        "[[Georgia|GPE|Georgia (country)]]’s democratic future for the benefit of [[Russia|GPE]].\n\n"
        "[[More than 400|count|400|person]] people have been detained since the protests began, according to the "
        "[[Public Defender of Georgia|ORG]].",
        [
            ("Salome Zourabichvili", "say", "she remained the only legitimate president", False),
            ("Salome Zourabichvili", "tell", "I am leaving this building, but I am taking legitimacy with me", True),
            ("Mikheil Kavelashvili", "pledge", "restore peace and protect Georgian traditions", False),
            ("Mikheil Kavelashvili", "say", "the country’s future lay in Europe", False),
            ("Irakli Kobakhidze", "say", "Georgia would not open accession talks with the European Union until 2028",
             False),
            ("United States Department of the Treasury", "say", "he had undermined Georgia’s democratic future for the "
             "benefit of Russia", False),
            ("Public Defender of Georgia", "according to", "More than 400 people have been detained since the "
             "protests began", False),
        ],
    ),
    (
        "own71-ho-10", "wikinews-ecuador-referendum-rejected", "2025-11-17", "2025-11-17",
        "[[Ecuadorian|NORP]] voters reject foreign military bases and a new constitution\n\n"
        "[[Monday, November 17, 2025|D|2025-11-17]]\n\n"
        "Voters in [[Ecuador|GPE]] rejected all [[four|count|4|question]] questions put to them in a referendum "
        "[[yesterday|D|2025-11-16]], including proposals to allow foreign military bases and to elect an assembly to "
        "write a new constitution, according to results published by the "
        "[[National Electoral Council|ORG|National Electoral Council (Ecuador)]] "
        "([[CNE|ORG|National Electoral Council (Ecuador)]]).\n\n"
        "With [[more than 90%|percent|90|%]] of ballots counted, [[60.6%|percent|60.6|%]] had voted “No” on the "
        "bases and [[61.6%|percent|61.6|%]] on the assembly. Proposals to cut the number of seats in the "
        "[[National Assembly|ORG|National Assembly (Ecuador)]] from [[151|count|151|seat]] to [[73|count|73|seat]] "
        "and to end public funding of parties were also defeated. Turnout was [[about 80%|percent|80|%]] of "
        "[[13.9 million|count|13900000|voter]] registered voters; voting is compulsory.\n\n"
        "President [[Daniel Noboa|PERSON]], who had campaigned for a “Yes” vote, wrote on social media that he "
        "respected the will of the [[Ecuadorian|NORP]] people. “We asked, and the people answered,” he said.\n\n"
        "The bases question would have let the [[United States|GPE]] return to [[Manta|GPE]], where its forces used "
        "an air base [[from 1999 to 2009|D|1999/2009]]. [[Noboa|PERSON|Daniel Noboa]] had argued that foreign help "
        "was needed to fight drug gangs that use the ports of [[Guayaquil|GPE]] and [[Manta|GPE]].\n\n"
        "[[Luisa González|PERSON]] of the [[Citizen Revolution Movement|ORG]], who lost to "
        "[[Noboa|PERSON|Daniel Noboa]] in the runoff in [[April|D|2025-04]], said the result was a defeat for the "
        "government and urged [[Noboa|PERSON|Daniel Noboa]] to replace his energy and interior ministers.\n\n"
        "The [[CNE|ORG|National Electoral Council (Ecuador)]] will announce final results within "
        "[[ten days|D|P10D]].",
        [
            ("National Electoral Council (Ecuador)", "according to", "Voters in Ecuador rejected all four questions "
             "put to them in a referendum yesterday, including proposals to allow foreign military bases and to "
             "elect an assembly to write a new constitution", False),
            ("Daniel Noboa", "write", "he respected the will of the Ecuadorian people", False),
            ("Daniel Noboa", "say", "We asked, and the people answered", True),
            ("Daniel Noboa", "argue", "foreign help was needed to fight drug gangs that use the ports of Guayaquil "
             "and Manta", False),
            ("Luisa González", "say", "the result was a defeat for the government", False),
            ("Luisa González", "urge", "Noboa to replace his energy and interior ministers", False),
        ],
    ),
    (
        "own71-ho-11", "wikinews-robert-fico-shot-handlova", "2024-05-16", "2024-05-16",
        "[[Slovak|NORP]] Prime Minister [[Robert Fico|PERSON]] in serious condition after shooting\n\n"
        "[[Thursday, May 16, 2024|D|2024-05-16]]\n\n"
        "[[Robert Fico|PERSON]], the Prime Minister of [[Slovakia|GPE]], remained in a serious but stable condition "
        "[[today|D|2024-05-16]] in a hospital in [[Banská Bystrica|GPE]], after he was shot several times "
        "[[yesterday|D|2024-05-15]] in the town of [[Handlová|GPE]].\n\n"
        "[[Fico|PERSON|Robert Fico]] was greeting supporters after a government meeting held outside the capital, "
        "[[Bratislava|GPE]], when a man fired [[five|count|5|shot]] shots at him. Surgeons operated on him for five "
        "hours.\n\n"
        "Deputy Prime Minister [[Tomáš Taraba|PERSON]] told the [[BBC|ORG]] that the operation had gone well and "
        "that [[Fico|PERSON|Robert Fico]] was no longer in danger of his life. Interior Minister "
        "[[Matúš Šutaj Eštok|PERSON]] said the attack was politically motivated and that the suspect had acted "
        "alone.\n\n"
        "Police charged a [[71-year-old|D|P71Y]] man from [[Levice|GPE]] with attempted premeditated murder. Local "
        "media named him as [[Juraj Cintula|PERSON]], a writer who had worked as a security guard.\n\n"
        "Outgoing President [[Zuzana Čaputová|PERSON]] said the shooting was an attack on democracy and urged party "
        "leaders to suspend campaigning for the [[European Parliament|ORG]] election on [[8 June|D|2024-06-08]]. "
        "President-elect [[Peter Pellegrini|PERSON]], who takes office on [[15 June|D|2024-06-15]], called for "
        "calm and asked [[Slovaks|NORP|Slovak]] not to take to the streets.\n\n"
        "Leaders across [[Europe|LOC]] condemned the attack. [[Hungarian|NORP]] Prime Minister "
        "[[Viktor Orbán|PERSON]] called [[Fico|PERSON|Robert Fico]] a friend and wished him a quick recovery.\n\n"
        "[[Fico|PERSON|Robert Fico]], who began his [[fourth|ordinal|4]] term as prime minister in "
        "[[October 2023|D|2023-10]], has led [[Slovakia|GPE]] for [[more than ten years|D|P10Y]] in all.",
        [
            ("Tomáš Taraba", "tell", "the operation had gone well and that Fico was no longer in danger of his life",
             False),
            ("Matúš Šutaj Eštok", "say", "the attack was politically motivated and that the suspect had acted alone",
             False),
            ("Zuzana Čaputová", "say", "the shooting was an attack on democracy", False),
            ("Zuzana Čaputová", "urge", "party leaders to suspend campaigning for the European Parliament election on "
             "8 June", False),
            ("Peter Pellegrini", "call for", "calm", False),
            ("Peter Pellegrini", "ask", "Slovaks not to take to the streets", False),
        ],
    ),
    (
        "own71-ho-12", "wire-1996-phnom-penh-ieng-sary-amnesty", "1996-09-14", "1996-09-14",
        "[[CAMBODIA|GPE|Cambodia]]'S KING PARDONS [[KHMER ROUGE|ORG|Khmer Rouge]] DEFECTOR "
        "[[IENG SARY|PERSON|Ieng Sary]]\n\n"
        "[[PHNOM PENH|GPE|Phnom Penh]] [[1996-09-14|D|1996-09-14]]\n\n"
        "[[Cambodia|GPE]]'s King [[Norodom Sihanouk|PERSON]] on [[Saturday|D|1996-09-14]] granted an amnesty to "
        "former [[Khmer Rouge|ORG]] leader [[Ieng Sary|PERSON]], who broke with the guerrillas "
        "[[last month|D|1996-08]] and took [[about 4,000|count|4000|fighter]] fighters with him, a palace official "
        "said.\n\n"
        "The king signed the decree after both co-premiers, First Prime Minister Prince "
        "[[Norodom Ranariddh|PERSON]] and Second Prime Minister [[Hun Sen|PERSON]], asked him to pardon "
        "[[Ieng Sary|PERSON]]. [[Ieng Sary|PERSON]] was sentenced to death in absentia in [[1979|D|1979]] for his "
        "role in the deaths of [[more than one million|count|1000000|person]] people under [[Pol Pot|PERSON]], "
        "whose government ruled [[from 1975 to 1979|D|1975/1979]].\n\n"
        "[[Hun Sen|PERSON]] told reporters the amnesty would end [[17 years|D|P17Y]] of civil war in the northwest. "
        "[[Ranariddh|PERSON|Norodom Ranariddh]] said [[Ieng Sary|PERSON]]'s forces would keep control of "
        "[[Pailin|GPE]] and [[Phnom Malai|LOC]] for now but would join the royal army within "
        "[[six months|D|P6M]].\n\n"
        "The [[U.S.|GPE|United States]] [[State Department|ORG|United States Department of State]] said on "
        "[[Friday|D|1996-09-13]] that [[Ieng Sary|PERSON]] should still face trial for genocide. Diplomats in "
        "[[Phnom Penh|GPE]] said the pardon could split what remains of the [[Khmer Rouge|ORG]], estimated at "
        "[[5,000|count|5000|fighter]] to [[6,000|count|6000|fighter]] fighters.\n\n"
        "In [[Phnom Penh|GPE]] markets the riel was steady at [[2,550 riels|money|2550|KHR]] to the dollar, and rice "
        "prices rose [[5 percent|percent|5|%]] [[this week|D|1996-W37]].\n\n"
        "-- [[Phnom Penh|GPE]] newsroom +855 23 427 018",
        [
            ("Hun Sen", "tell", "the amnesty would end 17 years of civil war in the northwest", False),
            ("Norodom Ranariddh", "say", "Ieng Sary's forces would keep control of Pailin and Phnom Malai for now but "
             "would join the royal army within six months", False),
            ("United States Department of State", "say", "Ieng Sary should still face trial for genocide", False),
        ],
    ),
    (
        "own71-ho-13", "wire-1996-abidjan-cocoa-arrivals", "1996-10-17", "1996-10-17",
        "[[IVORY COAST|GPE|Ivory Coast]] COCOA ARRIVALS SLOW AT START OF MAIN CROP\n\n"
        "[[ABIDJAN|GPE|Abidjan]] [[1996-10-17|D|1996-10-17]]\n\n"
        "Cocoa arrivals at [[Ivory Coast|GPE]] ports reached [[about 62,000 tonnes|quantity|62000|t]] since the "
        "main crop opened on [[October 1|D|1996-10-01]], down from [[75,000 tonnes|quantity|75000|t]] at the same "
        "stage of the [[1995/96|D|1995-10/1996-09]] season, exporters said on [[Thursday|D|1996-10-17]].\n\n"
        "Heavy rain in [[August|D|1996-08]] and [[September|D|1996-09]] delayed the harvest in the centre-west, "
        "they said, and many roads to the port of [[San Pedro|GPE|San-Pédro, Ivory Coast]] were still cut.\n\n"
        "Prime Minister [[Daniel Kablan Duncan|PERSON]] told reporters the government would keep the guaranteed "
        "farmgate price at [[200 CFA francs|money|200|XOF]] per kg for the main crop. The [[Caistab|ORG]] "
        "marketing board forecast the main crop at [[850,000 tonnes|quantity|850000|t]] and the whole "
        "[[1996/97|D|1996-10/1997-09]] crop at [[1.1 million tonnes|quantity|1100000|t]].\n\n"
        "President [[Henri Konan Bedie|PERSON|Henri Konan Bédié]] said [[last week|D|1996-W41]] that the cocoa trade "
        "would be opened to private exporters step by step, but gave no date.\n\n"
        "In [[London|GPE]], cocoa futures for [[December|D|1996-12]] delivery ended at "
        "[[1,005 pounds|money|1005|GBP]] a tonne, up [[12 pounds|money|12|GBP]], while [[New York|GPE|New York City]] "
        "futures were [[$1,392|money|1392|USD]] a tonne.\n\n"
        "[[Ivory Coast|GPE]], the world's largest grower, earns [[about $1.4 billion|money|1400000000|USD]] a year "
        "from cocoa, ahead of [[Ghana|GPE]]. Dealers said buyers from [[Europe|LOC]] were waiting for the "
        "next arrivals figures from [[Caistab|ORG]] before committing.\n\n"
        "-- [[Abidjan|GPE]] newsroom +225 21 90 90",
        [
            ("Daniel Kablan Duncan", "tell", "the government would keep the guaranteed farmgate price at 200 CFA francs "
             "per kg for the main crop", False),
            ("Caistab", "forecast", "the main crop at 850,000 tonnes and the whole 1996/97 crop at 1.1 million tonnes",
             False),
            ("Henri Konan Bédié", "say", "the cocoa trade would be opened to private exporters step by step", False),
        ],
    ),
    (
        "own71-ho-14", "wire-1996-harare-zimbabwe-league-results", "1996-09-22", "1996-09-22",
        "SOCCER - [[ZIMBABWE|GPE|Zimbabwe]] LEAGUE RESULTS\n\n"
        "[[HARARE|GPE|Harare]] [[1996-09-22|D|1996-09-22]]\n\n"
        "Results of [[Zimbabwe|GPE]] premier league soccer matches played on [[Saturday|D|1996-09-21]] and "
        "[[Sunday|D|1996-09-22]]:\n\n"
        "[[CAPS United|ORG|CAPS United F.C.]] [[2|number|2]] [[Black Rhinos|ORG|Black Rhinos F.C.]] [[0|number|0]]\n"
        "[[Highlanders|ORG|Highlanders F.C.]] [[1|number|1]] [[Dynamos|ORG|Dynamos F.C.]] [[1|number|1]]\n"
        "[[Zimbabwe Saints|ORG|Zimbabwe Saints F.C.]] [[3|number|3]] [[Wankie|ORG|Hwange Colliery F.C.]] "
        "[[1|number|1]]\n\n"
        "[[CAPS United|ORG|CAPS United F.C.]] stretched their lead to [[four|count|4|point]] points after "
        "[[Stewart Murisa|PERSON]] scored twice in front of [[about 30,000|count|30000|spectator]] spectators at "
        "[[Rufaro Stadium|FAC]] on [[Saturday|D|1996-09-21]]. [[Dynamos|ORG|Dynamos F.C.]] came from behind in "
        "[[Bulawayo|GPE]] to hold [[Highlanders|ORG|Highlanders F.C.]] at [[Barbourfields Stadium|FAC]].\n\n"
        "Leading positions (played, won, drawn, lost, goals for, goals against, points):\n"
        "[[CAPS United|ORG|CAPS United F.C.]]   [[22|number|22]] [[15|number|15]] [[5|number|5]] [[2|number|2]] "
        "[[38|number|38]] [[14|number|14]] [[50|number|50]]\n"
        "[[Dynamos|ORG|Dynamos F.C.]]       [[22|number|22]] [[13|number|13]] [[7|number|7]] [[2|number|2]] "
        "[[35|number|35]] [[15|number|15]] [[46|number|46]]\n"
        "[[Highlanders|ORG|Highlanders F.C.]]   [[22|number|22]] [[12|number|12]] [[6|number|6]] [[4|number|4]] "
        "[[31|number|31]] [[18|number|18]] [[42|number|42]]\n"
        "[[Black Rhinos|ORG|Black Rhinos F.C.]]  [[22|number|22]] [[10|number|10]] [[6|number|6]] [[6|number|6]] "
        "[[27|number|27]] [[22|number|22]] [[36|number|36]]\n\n"
        "[[Zimbabwe Football Association|ORG]] ([[ZIFA|ORG|Zimbabwe Football Association]]) chairman "
        "[[Leo Mugabe|PERSON]] said the league would end on [[November 24|D|1996-11-24]] so that the national team "
        "could prepare for [[World Cup|EVENT|1998 FIFA World Cup]] qualifiers, adding that the champions would "
        "receive [[Z$300,000|money|300000|ZWD]] from the sponsors.\n\n"
        "[[CAPS United|ORG|CAPS United F.C.]] have not won the league since [[1979|D|1979]].",
        [
            ("Leo Mugabe", "say", "the league would end on November 24 so that the national team could prepare for "
             "World Cup qualifiers", False),
            ("Leo Mugabe", "add", "the champions would receive Z$300,000 from the sponsors", False),
        ],
    ),
]

"""Held-out set 42 (blind): marked texts of briefs 08-14 and their statements (see
``build_own42_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own42-ho-08", "hm-treasury-budget", "2025-11-26", "2025-11-26",
        "Press release\n"
        "Budget cuts the cost of living and brings down borrowing\n\n"
        "From: [[HM Treasury|ORG]] and The Rt Hon [[Rachel Reeves|PERSON]] MP\n"
        "Published [[26 November 2025|D|2025-11-26]]\n\n"
        "The Chancellor of the Exchequer, [[Rachel Reeves|PERSON]], [[today|D|2025-11-26]] set out a Budget that "
        "she said would “cut waiting lists, cut the national debt and cut the cost of living”.\n\n"
        "• Rail fares in [[England|GPE]] will be frozen in [[2026|D|2026]] for the [[first|ordinal|1]] time in "
        "[[30 years|D|P30Y]].\n"
        "• The National Living Wage will rise by [[4.1%|percent|4.1|%]] to [[£12.71|money|12.71|GBP]] an hour "
        "from [[April 2026|D|2026-04]].\n"
        "• Energy bills will fall by [[around £150|money|150|GBP]] a year for the average household from "
        "[[April|D|2026-04]].\n"
        "• Drivers of electric cars will pay [[3p|money|0.03|GBP]] a mile from [[April 2028|D|2028-04]].\n"
        "• Income tax thresholds will stay frozen for a further [[three years|D|P3Y]], to "
        "[[2030-31|D|2030-04/2031-03]].\n\n"
        "The [[Office for Budget Responsibility|ORG]] ([[OBR|ORG|Office for Budget Responsibility]]) forecasts "
        "that the economy will grow [[1.5%|percent|1.5|%]] [[this year|D|2025]] and that the government’s "
        "headroom against its fiscal rules will rise to [[£22 billion|money|22000000000|GBP]] in "
        "[[2029-30|D|2029-04/2030-03]], more than double the [[£9.9 billion|money|9900000000|GBP]] at the "
        "Spring Statement.\n\n"
        "“This is a Budget that makes working people better off,” Ms [[Reeves|PERSON|Rachel Reeves]] told the "
        "[[House of Commons|ORG|House of Commons of the United Kingdom]]. “It asks those with the broadest "
        "shoulders to pay a little more.”\n\n"
        "[[Treasury|ORG|HM Treasury]] minister [[James Murray|PERSON]] added that departmental "
        "spending would grow by an average of [[1.3%|percent|1.3|%]] a year in real terms until "
        "[[2028-29|D|2028-04/2029-03]].\n\n"
        "Shadow Chancellor [[Mel Stride|PERSON]] warned that taxes were heading for a record "
        "[[38%|percent|38|%]] of national income by [[2030-31|D|2030-04/2031-03]]. He urged the Chancellor to "
        "cut welfare spending instead of raising taxes.",
        [
            ("Rachel Reeves", "say", "cut waiting lists, cut the national debt and cut the cost of living", True),
            ("Office for Budget Responsibility", "forecast", "the economy will grow 1.5% this year and that the "
             "government’s headroom against its fiscal rules will rise to £22 billion in 2029-30, more than "
             "double the £9.9 billion at the Spring Statement", False),
            ("Rachel Reeves", "tell", "This is a Budget that makes working people better off", True),
            ("Rachel Reeves", "tell", "It asks those with the broadest shoulders to pay a little more.", True),
            ("James Murray", "add", "departmental spending would grow by an average of 1.3% a year "
             "in real terms until 2028-29", False),
            ("Mel Stride", "warn", "taxes were heading for a record 38% of national income by 2030-31", False),
            ("Mel Stride", "urge", "the Chancellor to cut welfare spending instead of raising taxes", False),
        ],
    ),
    (
        "own42-ho-09", "wikinews-canada-election", "2025-04-29", "2025-04-29",
        "[[Mark Carney|PERSON]]’s [[Liberals|NORP|Liberal]] win [[fourth|ordinal|4]] term in "
        "[[Canadian|NORP]] election\n"
        "[[Tuesday, April 29, 2025|D|2025-04-29]]\n\n"
        "[[Canada|GPE]]’s [[Liberal Party|ORG|Liberal Party of Canada]], led by Prime Minister "
        "[[Mark Carney|PERSON]], won [[Monday|D|2025-04-28]]’s federal election, securing a "
        "[[fourth|ordinal|4]] consecutive term in government. With most results counted, the "
        "[[Liberals|NORP|Liberal]] had won or were leading in [[168|count|168|seat]] of the "
        "[[343|count|343|seat]] seats in the [[House of Commons|ORG|House of Commons of Canada]], short of the "
        "[[172|count|172|seat]] needed for a majority.\n\n"
        "The [[Conservative Party|ORG|Conservative Party of Canada]] under [[Pierre Poilievre|PERSON]] took "
        "[[about 144|count|144|seat]] seats and [[41.3%|percent|41.3|%]] of the vote, its best share since "
        "[[1988|D|1988]], but [[Poilievre|PERSON|Pierre Poilievre]] lost his own seat of "
        "[[Carleton|GPE|Carleton (federal electoral district)]], near [[Ottawa|GPE]], to [[Liberal|NORP]] "
        "[[Bruce Fanjoy|PERSON]]. The [[Bloc Québécois|ORG]] won [[22|count|22|seat]] seats and the "
        "[[New Democratic Party|ORG]] [[seven|count|7|seat]]. [[NDP|ORG|New Democratic Party]] leader "
        "[[Jagmeet Singh|PERSON]], who lost his seat in [[Burnaby Central|GPE|Burnaby Central (federal "
        "electoral district)]], announced that he would step down.\n\n"
        "[[Carney|PERSON|Mark Carney]], a former governor of the [[Bank of Canada|ORG]] and the "
        "[[Bank of England|ORG]], replaced [[Justin Trudeau|PERSON]] as [[Liberal|NORP]] leader in "
        "[[March|D|2025-03]] and campaigned against tariffs imposed by [[United States|GPE]] President "
        "[[Donald Trump|PERSON]].\n\n"
        "“We are over the shock of the [[American|NORP]] betrayal, but we should never forget the lessons,” "
        "[[Carney|PERSON|Mark Carney]] told supporters in [[Ottawa|GPE]]. He pledged to negotiate a new "
        "economic and security relationship with the [[United States|GPE]].\n\n"
        "[[Poilievre|PERSON|Pierre Poilievre]] conceded and said the [[Conservatives|NORP|Conservative]] would "
        "hold the government to account. [[Elections Canada|ORG]] reported turnout of "
        "[[about 68.5%|percent|68.5|%]], the highest in [[more than three decades|D|P30Y]].",
        [
            ("Jagmeet Singh", "announce", "he would step down", False),
            ("Mark Carney", "tell", "We are over the shock of the American betrayal, but we should never forget "
             "the lessons", True),
            ("Mark Carney", "pledge", "negotiate a new economic and security relationship with the United States",
             False),
            ("Pierre Poilievre", "say", "the Conservatives would hold the government to account", False),
            ("Elections Canada", "report", "turnout of about 68.5%, the highest in more than three decades",
             False),
        ],
    ),
    (
        "own42-ho-10", "wikinews-cop30", "2025-11-23", "2025-11-23",
        "[[UN|ORG|United Nations]] climate summit in [[Brazil|GPE]] ends with adaptation deal but no fossil "
        "fuel roadmap\n"
        "[[Sunday, November 23, 2025|D|2025-11-23]]\n\n"
        "The [[COP30|EVENT|2025 United Nations Climate Change Conference]] climate summit ended "
        "[[yesterday|D|2025-11-22]] in [[Belém|GPE]], [[Brazil|GPE]], [[more than a day|D|P1D]] after its "
        "scheduled close, with [[nearly 200|count|200|country]] countries agreeing to triple finance for "
        "adaptation by [[2035|D|2035]]. The final text did not mention fossil fuels, although "
        "[[more than 80|count|80|country]] countries, including [[Colombia|GPE]] and members of the "
        "[[European Union|ORG]], had pushed for a roadmap away from oil, gas and coal.\n\n"
        "[[André Corrêa do Lago|PERSON]], the [[Brazilian|NORP]] diplomat who presided over the talks, said "
        "[[Brazil|GPE]] would prepare [[two|count|2|roadmap]] roadmaps, on deforestation and on fossil fuels, "
        "outside the formal negotiations. “We know some of you had greater ambitions for some of the issues at "
        "hand,” [[Corrêa do Lago|PERSON|André Corrêa do Lago]] told delegates.\n\n"
        "[[Wopke Hoekstra|PERSON]], the [[European Union|ORG]]’s climate commissioner, said the deal was "
        "weaker than the bloc had wanted but better than no agreement at all. [[UN|ORG|United Nations]] "
        "climate chief [[Simon Stiell|PERSON]] said new national plans would cut emissions by "
        "[[about 12%|percent|12|%]] by [[2035|D|2035]] from [[2019|D|2019]] levels, far short of the "
        "[[60%|percent|60|%]] needed to limit warming to [[1.5 degrees Celsius|quantity|1.5|°C]].\n\n"
        "[[Colombian|NORP]] President [[Gustavo Petro|PERSON]] announced that [[Colombia|GPE]] and the "
        "[[Netherlands|GPE]] would host the [[first|ordinal|1]] international conference on phasing out "
        "fossil fuels in [[Santa Marta|GPE]] in [[April 2026|D|2026-04]].\n\n"
        "The summit, attended by [[about 56,000|count|56000|delegate]] delegates, was disrupted on "
        "[[Thursday|D|2025-11-20]] when a fire broke out; [[13|count|13|person]] people "
        "were treated for smoke inhalation. The [[Tropical Forest Forever Facility|ORG]] has "
        "received pledges of [[about US$6.7 billion|money|6700000000|USD]], "
        "including [[US$3 billion|money|3000000000|USD]] from [[Norway|GPE]].",
        [
            ("André Corrêa do Lago", "say", "Brazil would prepare two roadmaps, on deforestation and on fossil "
             "fuels, outside the formal negotiations", False),
            ("André Corrêa do Lago", "tell", "We know some of you had greater ambitions for some of the issues "
             "at hand", True),
            ("Wopke Hoekstra", "say", "the deal was weaker than the bloc had wanted but better than no agreement "
             "at all", False),
            ("Simon Stiell", "say", "new national plans would cut emissions by about 12% by 2035 from 2019 "
             "levels, far short of the 60% needed to limit warming to 1.5 degrees Celsius", False),
            ("Gustavo Petro", "announce", "Colombia and the Netherlands would host the first international "
             "conference on phasing out fossil fuels in Santa Marta in April 2026", False),
        ],
    ),
    (
        "own42-ho-11", "wikinews-club-world-cup", "2025-07-14", "2025-07-14",
        "[[Chelsea|ORG|Chelsea F.C.]] beat [[Paris Saint-Germain|ORG|Paris Saint-Germain F.C.]] to win "
        "expanded [[Club World Cup|EVENT|2025 FIFA Club World Cup]]\n"
        "[[Monday, July 14, 2025|D|2025-07-14]]\n\n"
        "[[Chelsea F.C.|ORG]] of [[England|GPE]] won the [[FIFA Club World Cup|EVENT|2025 FIFA Club World Cup]] "
        "[[yesterday|D|2025-07-13]], beating [[European|NORP]] champions "
        "[[Paris Saint-Germain|ORG|Paris Saint-Germain F.C.]] [[3|number|3]]–[[0|number|0]] in the final at "
        "[[MetLife Stadium|FAC]] in [[East Rutherford|GPE]], [[New Jersey|GPE]], [[United States|GPE]].\n\n"
        "[[Cole Palmer|PERSON]] scored twice in the [[first|ordinal|1]] half and set up a [[third|ordinal|3]] "
        "goal for [[João Pedro|PERSON|João Pedro (footballer, born 2001)]] before half-time. "
        "[[Paris Saint-Germain|ORG|Paris Saint-Germain F.C.]] midfielder [[João Neves|PERSON]] was sent off "
        "late in the match. The crowd of [[81,118|count|81118|spectator]] included [[United States|GPE]] "
        "President [[Donald Trump|PERSON]], who presented the trophy.\n\n"
        "[[Palmer|PERSON|Cole Palmer]], named the tournament’s best player, told the broadcaster "
        "[[DAZN|ORG]] that the team had proved a lot of people wrong.\n\n"
        "“From the [[first|ordinal|1]] minute the players were fantastic. We knew exactly how to hurt them,” "
        "said [[Chelsea|ORG|Chelsea F.C.]] head coach [[Enzo Maresca|PERSON]]. "
        "[[PSG|ORG|Paris Saint-Germain F.C.]] coach [[Luis Enrique|PERSON]] admitted that his side had been "
        "beaten by a better team on the day.\n\n"
        "The tournament, the [[first|ordinal|1]] edition with [[32|count|32|club]] clubs, began on "
        "[[June 14|D|2025-06-14]] and was played in [[11|count|11|city]] [[US|GPE|United States]] cities. "
        "[[FIFA|ORG]] president [[Gianni Infantino|PERSON]] called it “the most successful club competition "
        "in the world”. According to [[FIFA|ORG]], total prize money was "
        "[[US$1 billion|money|1000000000|USD]], with the winners receiving "
        "[[about US$125 million|money|125000000|USD]].",
        [
            ("Cole Palmer", "tell", "the team had proved a lot of people wrong", False),
            ("Enzo Maresca", "say", "From the first minute the players were fantastic. We knew exactly how to "
             "hurt them", True),
            ("Luis Enrique", "admit", "his side had been beaten by a better team on the day", False),
            ("Gianni Infantino", "call", "the most successful club competition in the world", True),
            ("FIFA", "according to", "total prize money was US$1 billion, with the winners receiving about "
             "US$125 million", False),
        ],
    ),
    (
        "own42-ho-12", "wire-1996-liberia", "1996-09-03", "1996-09-03",
        "[[LIBERIA|GPE|Liberia]]'S [[PERRY|PERSON|Ruth Perry]] SWORN IN AS HEAD OF RULING COUNCIL.\n\n"
        "[[MONROVIA|GPE|Monrovia]] [[1996-09-03|D|1996-09-03]]\n\n"
        "[[Ruth Perry|PERSON]], a former senator, was sworn in on [[Tuesday|D|1996-09-03]] as head of "
        "[[Liberia|GPE]]'s ruling [[Council of State|ORG|Council of State (Liberia)]], becoming "
        "[[Africa|LOC]]'s [[first|ordinal|1]] woman head of state.\n\n"
        "[[Perry|PERSON|Ruth Perry]] replaces [[Wilton Sankawulo|PERSON]] under a peace deal signed in the "
        "[[Nigerian|NORP]] capital [[Abuja|GPE]] on [[August 17|D|1996-08-17]] to end "
        "[[nearly seven years|D|P7Y]] of civil war in which [[more than 150,000|count|150000|person]] people "
        "have been killed.\n\n"
        "\"I will not fail you,\" [[Perry|PERSON|Ruth Perry]] told a crowd of several thousand at the "
        "[[Executive Mansion|FAC]].\n\n"
        "The deal provides for a ceasefire from [[August 31|D|1996-08-31]], the disarmament of "
        "[[some 60,000|count|60000|fighter]] fighters by [[January 31|D|1997-01-31]] and elections by "
        "[[May 30|D|1997-05-30]].\n\n"
        "Faction leader [[Charles Taylor|PERSON|Charles Taylor (Liberian politician)]], whose "
        "[[National Patriotic Front of Liberia|ORG]] ([[NPFL|ORG|National Patriotic Front of Liberia]]) is the "
        "largest of the armed groups, told reporters he would respect the ceasefire. \"The war is over for "
        "us,\" he said.\n\n"
        "[[Alhaji Kromah|PERSON]], leader of the [[ULIMO-K|ORG|United Liberation Movement of Liberia for "
        "Democracy]] faction, said his fighters would hand in their weapons to "
        "[[ECOMOG|ORG|Economic Community of West African States Monitoring Group]] peacekeepers once they "
        "deployed in the west of the country.\n\n"
        "[[ECOMOG|ORG|Economic Community of West African States Monitoring Group]] commander Major-General "
        "[[Sam Victor Malu|PERSON]] warned that the [[West African|NORP]] force would act against any faction "
        "that broke the truce.\n\n"
        "A [[State Department|ORG|United States Department of State]] spokesman said in "
        "[[Washington|GPE|Washington, D.C.]] that the [[United States|GPE]] would give "
        "[[$30 million|money|30000000|USD]] to help pay for disarmament.",
        [
            ("Ruth Perry", "tell", "I will not fail you", True),
            ("Charles Taylor (Liberian politician)", "tell", "he would respect the ceasefire", False),
            ("Charles Taylor (Liberian politician)", "say", "The war is over for us", True),
            ("Alhaji Kromah", "say", "his fighters would hand in their weapons to ECOMOG peacekeepers once they "
             "deployed in the west of the country", False),
            ("Sam Victor Malu", "warn", "the West African force would act against any faction that broke the "
             "truce", False),
        ],
    ),
    (
        "own42-ho-13", "wire-1996-cfl", "1996-09-01", "1996-09-01",
        "[[CANADIAN|NORP|Canadian]] FOOTBALL - [[ARGONAUTS|ORG|Toronto Argonauts]] ROUT "
        "[[TIGER-CATS|ORG|Hamilton Tiger-Cats]] AS [[FLUTIE|PERSON|Doug Flutie]] THROWS "
        "[[FOUR|count|4|touchdown]] TOUCHDOWNS.\n\n"
        "[[TORONTO|GPE|Toronto]] [[1996-09-01|D|1996-09-01]]\n\n"
        "[[Doug Flutie|PERSON]] threw for [[four|count|4|touchdown]] touchdowns as the "
        "[[Toronto Argonauts|ORG]] beat the [[Hamilton Tiger-Cats|ORG]] [[38|number|38]]-[[14|number|14]] on "
        "[[Friday|D|1996-08-30]] to stay top of the [[Canadian Football League|ORG]]'s "
        "[[East Division|ORG|East Division (CFL)]].\n\n"
        "\"[[Doug|PERSON|Doug Flutie]] was in total command out there,\" [[Toronto|ORG|Toronto Argonauts]] coach "
        "[[Don Matthews|PERSON]] told reporters. \"When he plays like that, nobody can live with us.\"\n\n"
        "[[Flutie|PERSON|Doug Flutie]] said the offensive line deserved the credit.\n\n"
        "[[CFL|ORG|Canadian Football League]] commissioner [[Larry Smith|PERSON|Larry Smith (Canadian football)]] said on "
        "[[Saturday|D|1996-08-31]] that a decision on the future of the [[Ottawa|ORG|Ottawa Rough Riders]] "
        "franchise would be made after the season.\n\n"
        "Results of [[CFL|ORG|Canadian Football League]] games played on [[Friday|D|1996-08-30]] and "
        "[[Saturday|D|1996-08-31]]:\n\n"
        "[[Toronto|ORG|Toronto Argonauts]] [[38|number|38]] [[Hamilton|ORG|Hamilton Tiger-Cats]] [[14|number|14]]\n"
        "[[Edmonton|ORG|Edmonton Elks]] [[27|number|27]] [[Calgary|ORG|Calgary Stampeders]] [[24|number|24]]\n"
        "[[Montreal|ORG|Montreal Alouettes]] [[31|number|31]] [[Ottawa|ORG|Ottawa Rough Riders]] "
        "[[10|number|10]]\n"
        "[[BC|ORG|BC Lions]] [[22|number|22]] [[Saskatchewan|ORG|Saskatchewan Roughriders]] [[19|number|19]]\n\n"
        "Standings (tabulate under won, lost, tied, points):\n\n"
        "[[East Division|ORG|East Division (CFL)]]\n"
        "[[Toronto|ORG|Toronto Argonauts]] [[8|number|8]] [[1|number|1]] [[0|number|0]] [[16|number|16]]\n"
        "[[Montreal|ORG|Montreal Alouettes]] [[6|number|6]] [[3|number|3]] [[0|number|0]] [[12|number|12]]\n"
        "[[Winnipeg|ORG|Winnipeg Blue Bombers]] [[4|number|4]] [[4|number|4]] [[0|number|0]] [[8|number|8]]\n"
        "[[Hamilton|ORG|Hamilton Tiger-Cats]] [[3|number|3]] [[6|number|6]] [[0|number|0]] [[6|number|6]]\n"
        "[[Ottawa|ORG|Ottawa Rough Riders]] [[2|number|2]] [[7|number|7]] [[0|number|0]] [[4|number|4]]\n\n"
        "[[West Division|ORG|West Division (CFL)]]\n"
        "[[Edmonton|ORG|Edmonton Elks]] [[6|number|6]] [[3|number|3]] [[0|number|0]] [[12|number|12]]\n"
        "[[Calgary|ORG|Calgary Stampeders]] [[6|number|6]] [[2|number|2]] [[1|number|1]] [[13|number|13]]\n"
        "[[BC|ORG|BC Lions]] [[4|number|4]] [[5|number|5]] [[0|number|0]] [[8|number|8]]\n"
        "[[Saskatchewan|ORG|Saskatchewan Roughriders]] [[3|number|3]] [[6|number|6]] [[0|number|0]] "
        "[[6|number|6]]",
        [
            ("Don Matthews", "tell", "Doug was in total command out there", True),
            ("Don Matthews", "tell", "When he plays like that, nobody can live with us.", True),
            ("Doug Flutie", "say", "the offensive line deserved the credit", False),
            ("Larry Smith (Canadian football)", "say", "a decision on the future of the Ottawa franchise would "
             "be made after the season", False),
        ],
    ),
    (
        "own42-ho-14", "wire-1996-show-jumping", "1996-08-11", "1996-08-11",
        "EQUESTRIANISM - [[LANSINK|PERSON|Jos Lansink]] WINS [[DUBLIN|GPE|Dublin]] GRAND PRIX.\n\n"
        "[[DUBLIN|GPE|Dublin]] [[1996-08-11|D|1996-08-11]]\n\n"
        "[[Dutchman|NORP|Dutch]] [[Jos Lansink|PERSON]] rode the fastest clear round of the jump-off to win the "
        "grand prix at the [[Dublin Horse Show|EVENT]] on [[Sunday|D|1996-08-11]], taking a "
        "[[first|ordinal|1]] prize of [[20,000 Irish pounds|money|20000|IEP]].\n\n"
        "[[Lansink|PERSON|Jos Lansink]], who rode at the [[Atlanta|GPE]] [[Olympics|EVENT|1996 Summer Olympics]] "
        "[[last month|D|1996-07]], said his horse had never jumped better. \"The crowd here carried us over the "
        "last fence,\" he added.\n\n"
        "[[Britain|GPE|United Kingdom]]'s [[Nick Skelton|PERSON]] took [[second|ordinal|2]] place and told "
        "reporters he had lost time at the water jump. [[Ulrich Kirchhoff|PERSON]] of "
        "[[Germany|GPE]], the individual gold medallist in [[Atlanta|GPE]], knocked down [[two|count|2|fence]] "
        "fences.\n\n"
        "[[Ludger Beerbaum|PERSON]] said Ratina Z would be rested until the [[World Cup|EVENT|Show Jumping "
        "World Cup]] final in [[Gothenburg|GPE]] in [[April|D|1997-04]].\n\n"
        "Leading results in the jump-off (rider, country, horse, faults, time in seconds):\n\n"
        "1. [[Jos Lansink|PERSON]] ([[Netherlands|GPE]]) Libero [[0|number|0]] 41.22\n"
        "2. [[Nick Skelton|PERSON]] ([[Britain|GPE|United Kingdom]]) Dollar Girl [[0|number|0]] 42.05\n"
        "3. [[Ludger Beerbaum|PERSON]] ([[Germany|GPE]]) Ratina Z [[0|number|0]] 42.87\n"
        "4. [[Jessica Chesney|PERSON|Jessica Kürten]] ([[Ireland|GPE|Republic of Ireland]]) Diamond Exchange "
        "[[4|number|4]] 40.16\n"
        "5. [[Willi Melliger|PERSON]] ([[Switzerland|GPE]]) Calvaro [[4|number|4]] 43.90\n"
        "6. [[Michael Matz|PERSON]] ([[U.S.|GPE|United States]]) Rhum [[8|number|8]] 44.51\n"
        "7. [[Ulrich Kirchhoff|PERSON]] ([[Germany|GPE]]) Jus de Pommes [[8|number|8]] 45.02",
        [
            ("Jos Lansink", "say", "his horse had never jumped better", False),
            ("Jos Lansink", "add", "The crowd here carried us over the last fence", True),
            ("Nick Skelton", "tell", "he had lost time at the water jump", False),
            ("Ludger Beerbaum", "say", "Ratina Z would be rested until the World Cup final in Gothenburg in "
             "April", False),
        ],
    ),
]

"""Held-out set 57 (blind): marked texts of briefs 08-14 and their statements (see
``build_own57_heldout.py``). Do not read for development, debug against or tune on these texts."""

# (id, family, reference_date, published, marked text, statements)
# statements: (speaker canonical name, cue lemma, content as it appears in the text, quote)
BRIEFS_B = [
    (
        "own57-ho-08", "amtrak-nextgen-acela-launch", "2025-08-28", "2025-08-28",
        "[[AMTRAK|ORG|Amtrak]]\n"
        "NEWS RELEASE\n"
        "[[WASHINGTON|GPE|Washington, D.C.]], [[Aug. 28, 2025|D|2025-08-28]]\n\n"
        "[[NEXTGEN ACELA|PRODUCT|NextGen Acela]] ENTERS SERVICE ON THE "
        "[[NORTHEAST CORRIDOR|FAC|Northeast Corridor]]\n\n"
        "[[Amtrak|ORG]] [[today|D|2025-08-28]] launched [[NextGen Acela|PRODUCT]] service between "
        "[[Boston|GPE]], [[New York|GPE|New York City]] and [[Washington|GPE|Washington, D.C.]], the "
        "[[first|ordinal|1]] new high-speed trains in the [[United States|GPE]] in "
        "[[more than two decades|D|P20Y]].\n\n"
        "At a glance\n"
        "-- Trainsets ordered from [[Alstom|ORG]]: [[28|count|28|trainset]]\n"
        "-- Top speed: [[160 mph|quantity|160|mph]] ([[257 km/h|quantity|257|km/h]])\n"
        "-- Seats per train: [[386|count|386|seat]], [[27%|percent|27|%]] more than the trains they replace\n"
        "-- Cost of the fleet and new maintenance facilities: [[about $2.45 billion|money|2450000000|USD]]\n"
        "-- Built in: [[Hornell|GPE]], [[New York|GPE|New York (state)]]\n\n"
        "[[Amtrak|ORG]] President [[Roger Harris|PERSON]] said: “This is the biggest change on the "
        "[[Northeast Corridor|FAC]] since [[2000|D|2000]]. Our customers will get more seats, Wi-Fi that works "
        "and a smoother ride.”\n\n"
        "[[U.S.|GPE|United States]] Transportation Secretary [[Sean Duffy|PERSON]], who rode the "
        "[[first|ordinal|1]] train from [[Washington|GPE|Washington, D.C.]], said the project had been "
        "“years late and over budget” from the start and called for a review of [[Amtrak|ORG]] spending.\n\n"
        "[[Amtrak|ORG]] expects [[five|count|5|trainset]] trainsets to run by [[October|D|2025-10]] and the "
        "whole fleet by [[2027|D|2027]]. Trains will make [[16|count|16|round trip]] round trips each weekday "
        "at first, and fares start at [[$55|money|55|USD]] one way between [[New York|GPE|New York City]] and "
        "[[Washington|GPE|Washington, D.C.]].\n\n"
        "[[Alstom|ORG]] said its plant in [[Hornell|GPE]] employs [[about 1,000|count|1000|worker]] workers "
        "and that [[80%|percent|80|%]] of the parts came from [[American|NORP]] suppliers in "
        "[[27|count|27|state]] states.\n\n"
        "The trains they replace, which entered service in [[December 2000|D|2000-12]], will be retired "
        "over [[the next two years|D|2025-08-28/2027-08-28]].",
        [
            ("Roger Harris", "say", "This is the biggest change on the Northeast Corridor since 2000. Our "
             "customers will get more seats, Wi-Fi that works and a smoother ride.", True),
            ("Sean Duffy", "say", "the project had been “years late and over budget” from the start", False),
            ("Sean Duffy", "call for", "a review of Amtrak spending", False),
            ("Amtrak", "expect", "five trainsets to run by October and the whole fleet by 2027", False),
            ("Alstom", "say", "its plant in Hornell employs about 1,000 workers and that 80% of the parts came "
             "from American suppliers in 27 states", False),
        ],
    ),
    (
        "own57-ho-09", "wikinews-barnier-government-falls", "2024-12-05", "2024-12-05",
        "[[French|NORP]] government of [[Michel Barnier|PERSON]] falls in no-confidence vote\n\n"
        "[[Thursday, December 5, 2024|D|2024-12-05]]\n\n"
        "The [[National Assembly|ORG|National Assembly (France)]] of [[France|GPE]] voted on "
        "[[Wednesday|D|2024-12-04]] to bring down the government of Prime Minister "
        "[[Michel Barnier|PERSON]], the [[first|ordinal|1]] successful no-confidence vote in the country since "
        "[[1962|D|1962]]. [[331|count|331|deputy]] deputies backed the motion, well above the "
        "[[288|count|288|vote]] votes needed.\n\n"
        "The motion was tabled by the left-wing [[New Popular Front|ORG]] after "
        "[[Barnier|PERSON|Michel Barnier]] used article 49.3 of the constitution on "
        "[[Monday|D|2024-12-02]] to pass the social security budget without a vote. "
        "[[Marine Le Pen|PERSON]]’s [[National Rally|ORG]] voted with the left.\n\n"
        "Before the vote, [[Barnier|PERSON|Michel Barnier]] told deputies: “This reality will not disappear "
        "by the magic of a motion of censure.” The [[73-year-old|D|P73Y]] former [[European Union|ORG]] "
        "negotiator was appointed on [[September 5|D|2024-09-05]] and leaves after "
        "[[three months|D|P3M]], the shortest term of any prime minister in modern [[French|NORP]] history.\n\n"
        "[[Le Pen|PERSON|Marine Le Pen]] said her party had been left with “no choice” after the government "
        "refused its demands on pensions. [[Mathilde Panot|PERSON]], who leads the deputies of "
        "[[France Unbowed|ORG|La France Insoumise]], called for President [[Emmanuel Macron|PERSON]] to "
        "resign. [[Macron|PERSON|Emmanuel Macron]], who is due to address the nation tonight, has said he will "
        "serve out his term, which ends in [[2027|D|2027]].\n\n"
        "The budget had sought [[€60 billion|money|60000000000|EUR]] in tax rises and spending cuts. "
        "[[Bank of France|ORG]] Governor [[François Villeroy de Galhau|PERSON]] warned that the deficit, "
        "forecast at [[6.1 percent|percent|6.1|%]] of gross domestic product in [[2024|D|2024]], had to come "
        "down whoever governs.",
        [
            ("Michel Barnier", "tell", "This reality will not disappear by the magic of a motion of censure.",
             True),
            ("Marine Le Pen", "say", "her party had been left with “no choice” after the government refused its "
             "demands on pensions", False),
            ("Mathilde Panot", "call for", "President Emmanuel Macron to resign", False),
            ("Emmanuel Macron", "say", "he will serve out his term, which ends in 2027", False),
            ("François Villeroy de Galhau", "warn", "the deficit, forecast at 6.1 percent of gross domestic "
             "product in 2024, had to come down whoever governs", False),
        ],
    ),
    (
        "own57-ho-10", "wikinews-ouattara-fourth-term", "2025-10-28", "2025-10-28",
        "[[Alassane Ouattara|PERSON]] wins [[fourth|ordinal|4]] term as President of "
        "[[Côte d'Ivoire|GPE|Ivory Coast]]\n\n"
        "[[Tuesday, October 28, 2025|D|2025-10-28]]\n\n"
        "[[Alassane Ouattara|PERSON]] has won a [[fourth|ordinal|4]] term as President of "
        "[[Côte d'Ivoire|GPE|Ivory Coast]], according to provisional results announced on "
        "[[Monday|D|2025-10-27]] by the [[Independent Electoral Commission|ORG|Independent Electoral "
        "Commission (Ivory Coast)]] ([[CEI|ORG|Independent Electoral Commission (Ivory Coast)]]). The "
        "[[83-year-old|D|P83Y]] received [[89.77 percent|percent|89.77|%]] of the vote in "
        "[[Saturday|D|2025-10-25]]’s election. Turnout was [[50.1 percent|percent|50.1|%]], "
        "[[CEI|ORG|Independent Electoral Commission (Ivory Coast)]] president "
        "[[Ibrahime Kuibiert Coulibaly|PERSON]] said.\n\n"
        "Businessman [[Jean-Louis Billon|PERSON]] came second with [[3.09 percent|percent|3.09|%]], ahead of "
        "[[Simone Ehivet Gbagbo|PERSON|Simone Gbagbo]] with [[2.42 percent|percent|2.42|%]]. Former president "
        "[[Laurent Gbagbo|PERSON]] and [[Tidjane Thiam|PERSON]], leader of the "
        "[[Democratic Party of Côte d'Ivoire|ORG|Democratic Party of Côte d'Ivoire – African Democratic "
        "Rally]] ([[PDCI|ORG|Democratic Party of Côte d'Ivoire – African Democratic Rally]]), were barred from "
        "running, and [[five|count|5|candidate]] candidates were left on the ballot.\n\n"
        "The [[PDCI|ORG|Democratic Party of Côte d'Ivoire – African Democratic Rally]] said the vote was "
        "“a civilian coup” against voters and called for a new election within [[six months|D|P6M]]. "
        "[[Amnesty International|ORG]] said [[at least 11|count|11|person]] people had been killed in "
        "unrest since the campaign opened on [[October 10|D|2025-10-10]].\n\n"
        "[[Ouattara|PERSON|Alassane Ouattara]], in power since [[2011|D|2011]], pledged in a speech in "
        "[[Abidjan|GPE]] to govern for all [[Ivorians|NORP|Ivorian]]. “This victory belongs to those who want "
        "peace,” he said.\n\n"
        "The [[Constitutional Council|ORG|Constitutional Council (Ivory Coast)]] must confirm the results "
        "within [[seven days|D|P7D]]. [[Côte d'Ivoire|GPE|Ivory Coast]], the largest cocoa producer in the "
        "world, grows [[about 40 percent|percent|40|%]] of the global crop.",
        [
            ("Independent Electoral Commission (Ivory Coast)", "according to", "Alassane Ouattara has won a "
             "fourth term as President of Côte d'Ivoire", False),
            ("Ibrahime Kuibiert Coulibaly", "say", "Turnout was 50.1 percent", False),
            ("Democratic Party of Côte d'Ivoire – African Democratic Rally", "say", "the vote was “a civilian "
             "coup” against voters", False),
            ("Democratic Party of Côte d'Ivoire – African Democratic Rally", "call for", "a new election within "
             "six months", False),
            ("Amnesty International", "say", "at least 11 people had been killed in unrest since the campaign "
             "opened on October 10", False),
            ("Alassane Ouattara", "pledge", "govern for all Ivorians", False),
            ("Alassane Ouattara", "say", "This victory belongs to those who want peace", True),
        ],
    ),
    (
        "own57-ho-11", "wikinews-sheinbaum-inauguration", "2024-10-02", "2024-10-02",
        "[[Claudia Sheinbaum|PERSON]] sworn in as [[Mexico|GPE]]’s [[first|ordinal|1]] woman president\n\n"
        "[[Wednesday, October 2, 2024|D|2024-10-02]]\n\n"
        "[[Claudia Sheinbaum|PERSON]] was sworn in as President of [[Mexico|GPE]] on "
        "[[Tuesday|D|2024-10-01]] in [[Mexico City|GPE]], becoming the [[first|ordinal|1]] woman to lead the "
        "country in [[more than 200 years|D|P200Y]] of independence.\n\n"
        "The [[62-year-old|D|P62Y]] climate scientist and former head of government of "
        "[[Mexico City|GPE]] won the election of [[June 2|D|2024-06-02]] with [[59.8 percent|percent|59.8|%]] "
        "of the vote, [[about 35.9 million|count|35900000|vote]] votes, for the ruling "
        "[[Morena|ORG|Morena (political party)]] party.\n\n"
        "She took the oath before the [[Congress of the Union|ORG]] at the "
        "[[Legislative Palace of San Lázaro|FAC]] and received the presidential sash from "
        "[[Ifigenia Martínez|PERSON]], the [[94-year-old|D|P94Y]] president of the "
        "[[Chamber of Deputies|ORG|Chamber of Deputies (Mexico)]].\n\n"
        "“It is time for women,” [[Sheinbaum|PERSON|Claudia Sheinbaum]] told lawmakers, “and I do not arrive "
        "alone.” She pledged to keep the social programmes of her predecessor, "
        "[[Andrés Manuel López Obrador|PERSON]], and announced [[100|count|100|commitment]] commitments for her "
        "[[six-year|D|P6Y]] term.\n\n"
        "[[López Obrador|PERSON|Andrés Manuel López Obrador]], who left office with an approval rating of "
        "[[about 70 percent|percent|70|%]], said he would retire to his ranch in [[Chiapas|GPE]].\n\n"
        "Guests included [[Brazilian|NORP]] President [[Luiz Inácio Lula da Silva|PERSON]], "
        "[[Colombian|NORP]] President [[Gustavo Petro|PERSON]] and [[U.S.|GPE|United States]] First Lady "
        "[[Jill Biden|PERSON]]. [[Spain|GPE]] said it would send no delegation because King "
        "[[Felipe VI|PERSON]] had not been invited.\n\n"
        "The peso has lost [[about 12 percent|percent|12|%]] against the dollar since the election, as "
        "investors worry about a reform that will elect [[more than 1,600|count|1600|judge]] judges by "
        "popular vote in [[2025|D|2025]].",
        [
            ("Claudia Sheinbaum", "tell", "It is time for women", True),
            ("Claudia Sheinbaum", "tell", "and I do not arrive alone.", True),
            ("Claudia Sheinbaum", "pledge", "keep the social programmes of her predecessor, Andrés Manuel López "
             "Obrador", False),
            ("Claudia Sheinbaum", "announce", "100 commitments for her six-year term", False),
            ("Andrés Manuel López Obrador", "say", "he would retire to his ranch in Chiapas", False),
            ("Spain", "say", "it would send no delegation because King Felipe VI had not been invited", False),
        ],
    ),
    (
        "own57-ho-12", "reuters-1996-ottawa-bank-rate", "1996-08-21", "1996-08-21",
        "[[Bank of Canada|ORG]] cuts bank rate to [[4-1/4 pct|percent|4.25|%]].\n\n"
        "[[OTTAWA|GPE|Ottawa]] [[1996-08-21|D|1996-08-21]]\n\n"
        "The [[Bank of Canada|ORG]] cut its key bank rate by [[1/4 percentage point|percent|0.25|pp]] to "
        "[[4-1/4 percent|percent|4.25|%]] on [[Wednesday|D|1996-08-21]], its [[eighth|ordinal|8]] cut "
        "[[this year|D|1996]].\n\n"
        "The [[Bank of Canada|ORG]] said in a statement that lower rates were warranted by slow growth and "
        "inflation of [[1.2 percent|percent|1.2|%]], near the bottom of its [[1|percent|1|%]] to "
        "[[3 percent|percent|3|%]] target range.\n\n"
        "Chartered banks followed within hours. [[Royal Bank of Canada|ORG]] cut its prime lending rate to "
        "[[6.25 percent|percent|6.25|%]] from [[6.5 percent|percent|6.5|%]].\n\n"
        "The [[Canadian|NORP]] dollar closed at [[C$1.3725|money|1.3725|CAD]] per [[U.S.|GPE|United States]] "
        "dollar, weaker than [[C$1.3690|money|1.369|CAD]] on [[Tuesday|D|1996-08-20]].\n\n"
        "Governor [[Gordon Thiessen|PERSON]] told reporters in [[Toronto|GPE]] [[last week|D|1996-W33]] that "
        "there was room for lower rates as long as inflation stayed inside the target band.\n\n"
        "Finance Minister [[Paul Martin|PERSON]] welcomed the cut and said the federal deficit would fall to "
        "[[C$24.3 billion|money|24300000000|CAD]] in the [[1996/97|D|1996-04/1997-03]] fiscal year from "
        "[[C$28.6 billion|money|28600000000|CAD]].\n\n"
        "Unemployment was [[9.8 percent|percent|9.8|%]] in [[July|D|1996-07]], [[Statistics Canada|ORG]] said "
        "on [[Friday|D|1996-08-16]]. [[Reform Party|ORG|Reform Party of Canada]] leader "
        "[[Preston Manning|PERSON]] said the cuts came too late for [[1.4 million|count|1400000|person]] "
        "unemployed people.\n\n"
        "Economists expect another cut of [[25 basis points|percent|0.25|pp]] in [[September|D|1996-09]], "
        "when the [[U.S.|GPE|United States]] [[Federal Reserve|ORG]] is expected to hold rates steady.\n\n"
        "-- [[Ottawa|GPE]] newsroom, 613-235-6745",
        [
            ("Bank of Canada", "say", "lower rates were warranted by slow growth and inflation of 1.2 percent, "
             "near the bottom of its 1 to 3 percent target range", False),
            ("Gordon Thiessen", "tell", "there was room for lower rates as long as inflation stayed inside the "
             "target band", False),
            ("Paul Martin", "say", "the federal deficit would fall to C$24.3 billion in the 1996/97 fiscal year "
             "from C$28.6 billion", False),
            ("Statistics Canada", "say", "Unemployment was 9.8 percent in July", False),
            ("Preston Manning", "say", "the cuts came too late for 1.4 million unemployed people", False),
        ],
    ),
    (
        "own57-ho-13", "reuters-1996-dutch-hockey-league", "1996-09-08", "1996-09-08",
        "HOCKEY - [[DUTCH|NORP|Dutch]] LEAGUE RESULTS AND STANDINGS.\n\n"
        "[[AMSTERDAM|GPE|Amsterdam]] [[1996-09-08|D|1996-09-08]]\n\n"
        "Results of [[Dutch|NORP]] [[first|ordinal|1]] division field hockey matches played on "
        "[[Sunday|D|1996-09-08]]:\n\n"
        "[[Bloemendaal|ORG|HC Bloemendaal]] [[4|number|4]] [[Kampong|ORG|SV Kampong]] [[2|number|2]]\n"
        "[[Amsterdam|ORG|Amsterdamsche Hockey & Bandy Club]] [[3|number|3]] [[Tilburg|ORG|MHC Tilburg]] "
        "[[1|number|1]]\n"
        "[[HGC|ORG]] [[2|number|2]] [[Oranje Zwart|ORG]] [[2|number|2]]\n"
        "[[Den Bosch|ORG|HC Den Bosch]] [[5|number|5]] [[Laren|ORG|MHC Laren]] [[0|number|0]]\n"
        "[[Klein Zwitserland|ORG|HC Klein Zwitserland]] [[1|number|1]] [[Pinoke|ORG|AMHC Pinoké]] "
        "[[3|number|3]]\n"
        "[[HDM|ORG]] [[2|number|2]] [[Hurley|ORG|AH&BC Hurley]] [[2|number|2]]\n\n"
        "Leading positions after [[two|count|2|round]] rounds (tabulated under played, won, drawn, lost, "
        "goals for, against, points):\n\n"
        "[[Den Bosch|ORG|HC Den Bosch]] [[2|number|2]] [[2|number|2]] [[0|number|0]] [[0|number|0]] "
        "[[9|number|9]] [[1|number|1]] [[6|number|6]]\n"
        "[[Bloemendaal|ORG|HC Bloemendaal]] [[2|number|2]] [[2|number|2]] [[0|number|0]] [[0|number|0]] "
        "[[7|number|7]] [[3|number|3]] [[6|number|6]]\n"
        "[[Amsterdam|ORG|Amsterdamsche Hockey & Bandy Club]] [[2|number|2]] [[1|number|1]] [[1|number|1]] "
        "[[0|number|0]] [[5|number|5]] [[3|number|3]] [[4|number|4]]\n"
        "[[HGC|ORG]] [[2|number|2]] [[1|number|1]] [[1|number|1]] [[0|number|0]] [[4|number|4]] "
        "[[3|number|3]] [[4|number|4]]\n"
        "[[Pinoke|ORG|AMHC Pinoké]] [[2|number|2]] [[1|number|1]] [[0|number|0]] [[1|number|1]] "
        "[[4|number|4]] [[4|number|4]] [[3|number|3]]\n\n"
        "[[Dutch|NORP]] national coach [[Roelant Oltmans|PERSON]], whose side won the "
        "[[Olympic|EVENT|1996 Summer Olympics]] title in [[Atlanta|GPE]] [[last month|D|1996-08]], said the "
        "league had never been stronger because every club in the top half had an [[Olympic|EVENT|1996 Summer Olympics]] champion. “They "
        "were team mates in [[Atlanta|GPE]], but on [[Sunday|D|1996-09-08]] they fought for points "
        "again,” [[Oltmans|PERSON|Roelant Oltmans]] said.\n\n"
        "The [[Royal Dutch Hockey Association|ORG]] ([[KNHB|ORG|Royal Dutch Hockey Association]]) reported "
        "that [[about 14,000|count|14000|spectator]] spectators had watched the [[six|count|6|match]] matches, "
        "more than twice the attendance for the opening round of [[1995|D|1995]].",
        [
            ("Roelant Oltmans", "say", "the league had never been stronger because every club in the top half "
             "had an Olympic champion", False),
            ("Roelant Oltmans", "say", "They were team mates in Atlanta, but on Sunday they fought for points "
             "again", True),
            ("Royal Dutch Hockey Association", "report", "about 14,000 spectators had watched the six matches, "
             "more than twice the attendance for the opening round of 1995", False),
        ],
    ),
    (
        "own57-ho-14", "reuters-1996-darts-world-matchplay", "1996-08-04", "1996-08-04",
        "DARTS - [[EVISON|PERSON|Peter Evison]] WINS [[WORLD MATCHPLAY|EVENT|1996 World Matchplay]] TITLE.\n\n"
        "[[BLACKPOOL|GPE|Blackpool]], [[England|GPE]] [[1996-08-04|D|1996-08-04]]\n\n"
        "[[Peter Evison|PERSON]] of [[England|GPE]] beat fellow [[Englishman|NORP|English]] [[Dennis Priestley|PERSON]] "
        "[[18|number|18]]-[[12|number|12]] in the final of the [[World Matchplay|EVENT|1996 World Matchplay]] "
        "at the [[Winter Gardens|FAC|Winter Gardens, Blackpool]] on [[Saturday|D|1996-08-03]] to collect "
        "[[20,000 pounds|money|20000|GBP]].\n\n"
        "[[Evison|PERSON|Peter Evison]], the [[seventh|ordinal|7]] seed, averaged [[94.61|number|94.61]] per "
        "[[three|count|3|dart]] darts and finished the match with a [[121|number|121]] checkout.\n\n"
        "Results:\n\n"
        "Final:\n"
        "[[Peter Evison|PERSON]] ([[England|GPE]]) beat [[Dennis Priestley|PERSON]] ([[England|GPE]]) "
        "[[18|number|18]]-[[12|number|12]]\n\n"
        "Semi-finals:\n"
        "[[Evison|PERSON|Peter Evison]] beat [[Rod Harrington|PERSON]] ([[England|GPE]]) "
        "[[17|number|17]]-[[11|number|11]]\n"
        "[[Priestley|PERSON|Dennis Priestley]] beat [[Phil Taylor|PERSON]] ([[England|GPE]]) "
        "[[17|number|17]]-[[15|number|15]]\n\n"
        "Quarter-finals:\n"
        "[[Evison|PERSON|Peter Evison]] beat [[Larry Butler|PERSON]] ([[U.S.|GPE|United States]]) "
        "[[13|number|13]]-[[7|number|7]]\n"
        "[[Harrington|PERSON|Rod Harrington]] beat [[Bob Anderson|PERSON]] ([[England|GPE]]) "
        "[[13|number|13]]-[[10|number|10]]\n"
        "[[Priestley|PERSON|Dennis Priestley]] beat [[Keith Deller|PERSON]] ([[England|GPE]]) "
        "[[13|number|13]]-[[9|number|9]]\n"
        "[[Taylor|PERSON|Phil Taylor]] beat [[Jamie Harvey|PERSON]] ([[Scotland|GPE]]) "
        "[[13|number|13]]-[[8|number|8]]\n\n"
        "“I have waited [[15 years|D|P15Y]] for a night like this,” [[Evison|PERSON|Peter Evison]] told "
        "reporters. [[Priestley|PERSON|Dennis Priestley]] said he had thrown badly after the "
        "[[20th|ordinal|20]] leg.\n\n"
        "The [[World Darts Council|ORG|Professional Darts Corporation]] said a crowd of "
        "[[2,500|count|2500|spectator]] had watched the final and announced that prize money would rise to "
        "[[100,000 pounds|money|100000|GBP]] [[next year|D|1997]].",
        [
            ("Peter Evison", "tell", "I have waited 15 years for a night like this", True),
            ("Dennis Priestley", "say", "he had thrown badly after the 20th leg", False),
            ("Professional Darts Corporation", "say", "a crowd of 2,500 had watched the final", False),
            ("Professional Darts Corporation", "announce", "prize money would rise to 100,000 pounds next year",
             False),
        ],
    ),
]

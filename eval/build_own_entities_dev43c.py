"""Write eval/own-entities-dev43c.jsonl and eval/own-entities-dev43c-check.jsonl (FORMAT.md,
entities only): a person's later mentions and the full name the document gives (issue 13,
session 43, people43).

The family (ANNOTATION.md "Entities": a person's name is the English Wikipedia title, on every
mention; titles and ranks stay outside PERSON spans):
- lone surnames, "Mr/Mrs/Ms X" and title + surname after a full name the document writes,
  also where the surname is a particle surname ("Van Dijk", "De Bruyne", "de la O"), a
  hyphenated one ("Auger-Aliassime"), a Spanish double surname ("Núñez Feijóo" and "Feijóo"),
  a family name written first ("Lee" of "Lee Jae-myung", "Wang" of "Wang Yi"), a given name
  that stands for the person ("Tedros", "Abiy", "Lula", "Prince Faisal"), an English word or
  a given name ("Rose", "Bell", "Warren");
- two people of one surname in one document ("Rachel Reeves" and "Ellie Reeves", "Bob Dole" and
  "Elizabeth Dole", the Waugh twins and the de Boer twins, "Tim Scott" and "Rick Scott", "Lee
  Jae-myung" and "Lee Jun-seok", "Wang Yi" and "Wang Wentao", "Joe Biden" and "Hunter Biden",
  "Jean-Marie Le Pen" and "Marine Le Pen", "Caroline Kennedy" and "Robert F. Kennedy Jr."):
  the lone surname is the one the sentence means (the one named last before it, or the one
  its title or "Mrs" points to, or its initial in a scorecard);
- a surname whose best-known bearer is another person than the document's ("Johnson" of
  "Dustin Johnson", "Bush" of "Cori Bush"): the document's own full name wins;
- a headline that names a person by surname before the body gives the full name.
Written for briefx by hand (session 43): real people, places and bodies chosen from the
author's general knowledge (none taken from an eval file); events, results, quotes and figures
invented or approximate. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing,
before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``.
Every third item (n % 3 == 0) goes to the check file: scored only at the start and at the end
of the session. Run from the project root: ``python eval/build_own_entities_dev43c.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev43c.jsonl"
OUT_CHECK = HERE / "own-entities-dev43c-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 43c, issue 13 people's later mentions); 1996 wire "
    "copy, 2024-2025 news and releases; real people and places, invented events and figures; "
    "MIT."
)

ITEMS = [
    (  # 1
        "2025-03-26",
        "[[LONDON|GPE|London]], March 26 - Chancellor [[Rachel Reeves|PERSON]] cut planned "
        "welfare spending by 4.8 billion pounds in her spring statement on Wednesday. Her sister "
        "[[Ellie Reeves|PERSON]], a minister at the [[Foreign Office|ORG|Foreign, Commonwealth "
        "and Development Office]], defended the cuts on [[BBC|ORG]] radio. [[Reeves|PERSON|Rachel "
        "Reeves]] told parliament the rules on borrowing were not negotiable. Shadow chancellor "
        "[[Mel Stride|PERSON]] said Ms [[Reeves|PERSON|Rachel Reeves]] had lost control of the "
        "public finances. [[Stride|PERSON|Mel Stride]] called for a new budget.\n",
    ),
    (  # 2
        "1996-08-15",
        "[[SAN DIEGO|GPE|San Diego]] 1996-08-15\n"
        "Presidential candidate [[Bob Dole|PERSON]] accepts his party's nomination on Thursday "
        "night after his wife, [[Elizabeth Dole|PERSON]], walked among the delegates to "
        "introduce him. Mrs [[Dole|PERSON|Elizabeth Dole]], a former president of the "
        "[[American Red Cross|ORG]], said her husband would cut income taxes by 15 percent. "
        "[[Dole|PERSON|Bob Dole]], 73, was expected to attack President [[Bill Clinton|PERSON]]"
        "'s record on drugs. [[Clinton|PERSON|Bill Clinton]] was campaigning in "
        "[[Missouri|GPE]]. [[Jack Kemp|PERSON]], [[Dole|PERSON|Bob Dole]]'s running mate, spoke on "
        "Wednesday. [[Kemp|PERSON|Jack Kemp]] said the ticket would win [[California|GPE]].\n",
    ),
    (  # 3
        "1996-01-09",
        "CRICKET - [[AUSTRALIA|GPE|Australia]] BEAT [[SRI LANKA|GPE|Sri Lanka]] BY 18 RUNS\n"
        "[[MELBOURNE|GPE|Melbourne]] 1996-01-09\n"
        "[[Mark Waugh|PERSON]] scored 102 and his twin brother [[Steve Waugh|PERSON]] made 65 as "
        "[[Australia|GPE]] beat [[Sri Lanka|GPE]] by 18 runs in a one-day international at the "
        "[[Melbourne Cricket Ground|FAC]] on Tuesday. [[Steve Waugh|PERSON]] also took two "
        "wickets. [[Aravinda de Silva|PERSON]] top-scored for [[Sri Lanka|GPE]] with 58, and "
        "captain [[Arjuna Ranatunga|PERSON]] said his side had bowled too short.\n"
        "Scores: [[Australia|GPE]] 242-6 in 50 overs ([[M. Waugh|PERSON|Mark Waugh]] 102, "
        "[[S. Waugh|PERSON|Steve Waugh]] 65); [[Sri Lanka|GPE]] 224 in 48.2 overs "
        "([[de Silva|PERSON|Aravinda de Silva]] 58, [[Ranatunga|PERSON|Arjuna Ranatunga]] 41; "
        "[[S. Waugh|PERSON|Steve Waugh]] 2-34).\n",
    ),
    (  # 4
        "2025-06-04",
        "[[SEOUL|GPE|Seoul]], June 4 - [[Lee Jae-myung|PERSON]] of the [[Democratic "
        "Party|ORG|Democratic Party of Korea]] was sworn in as [[South Korea|GPE]]'s president on "
        "Wednesday, hours after winning a snap election with 49.4 percent of the vote. His "
        "conservative rival [[Kim Moon-soo|PERSON]] conceded defeat, and [[Lee Jun-seok|PERSON]], "
        "a former conservative party leader, came third with 8.3 percent. [[Lee|PERSON|Lee "
        "Jae-myung]] said he would revive the economy and talk to [[North Korea|GPE]]. "
        "[[Kim|PERSON|Kim Moon-soo]] said he accepted the result. The vote followed the removal "
        "of [[Yoon Suk Yeol|PERSON]] over his brief declaration of martial law; "
        "[[Yoon|PERSON|Yoon Suk Yeol]] is on trial.\n",
    ),
    (  # 5
        "2025-02-20",
        "[[JOHANNESBURG|GPE|Johannesburg]], Feb 20 - [[Chinese|NORP]] Foreign Minister "
        "[[Wang Yi|PERSON]] met [[South African|NORP]] Foreign Minister [[Ronald Lamola|PERSON]] "
        "on the sidelines of a [[G20|ORG]] meeting on Thursday. [[Wang|PERSON|Wang Yi]] said "
        "[[China|GPE]] would buy more [[African|NORP]] farm goods. In [[Beijing|GPE]], Commerce "
        "Minister [[Wang Wentao|PERSON]] held a video call with [[European|NORP]] trade "
        "commissioner [[Maros Sefcovic|PERSON|Maroš Šefčovič]] on electric-vehicle tariffs. "
        "[[Wang Wentao|PERSON]] said the two sides had narrowed their differences, and "
        "[[Sefcovic|PERSON|Maroš Šefčovič]] said talks would go on. [[Lamola|PERSON|Ronald "
        "Lamola]] called the meeting constructive.\n",
    ),
    (  # 6
        "2024-11-06",
        "[[MADRID|GPE|Madrid]], Nov 6 - [[Spanish|NORP]] opposition leader "
        "[[Alberto Núñez Feijóo|PERSON]] demanded on Wednesday that Prime Minister "
        "[[Pedro Sánchez|PERSON]] declare a national emergency after deadly floods in the east of "
        "the country. [[Feijóo|PERSON|Alberto Núñez Feijóo]] said the government had reacted too "
        "late. [[Sánchez|PERSON|Pedro Sánchez]] announced 10.6 billion euros in aid. Regional "
        "leader [[Carlos Mazón|PERSON]] has faced calls to resign; [[Mazón|PERSON|Carlos "
        "Mazón]] said warnings had come too late. [[Núñez Feijóo|PERSON|Alberto Núñez Feijóo]] "
        "backed him.\n",
    ),
    (  # 7
        "2024-10-01",
        "[[MEXICO CITY|GPE|Mexico City]], Oct 1 - [[Claudia Sheinbaum|PERSON]] was sworn in as "
        "[[Mexico|GPE]]'s first woman president on Tuesday, succeeding "
        "[[Andrés Manuel López Obrador|PERSON]]. [[Sheinbaum|PERSON|Claudia Sheinbaum]] promised "
        "to keep her predecessor's social programmes. [[López Obrador|PERSON|Andrés Manuel López "
        "Obrador]] left for his ranch in [[Chiapas|GPE]]. Finance Minister "
        "[[Rogelio Ramírez de la O|PERSON]] stays in the cabinet; [[Ramírez de la "
        "O|PERSON|Rogelio Ramírez de la O]] said the deficit would fall to 3.5 percent of output "
        "next year.\n",
    ),
    (  # 8
        "2025-01-15",
        "[[BRASILIA|GPE|Brasília]], Jan 15 - [[Brazilian|NORP]] President "
        "[[Luiz Inácio Lula da Silva|PERSON]] defended his government's spending on Wednesday "
        "after the real fell to a record low. [[Lula|PERSON|Luiz Inácio Lula da Silva]] said "
        "markets had overreacted. Finance Minister [[Fernando Haddad|PERSON]] promised savings of "
        "70 billion reais over two years, and central bank governor "
        "[[Gabriel Galípolo|PERSON]] said rates would rise again. [[Haddad|PERSON|Fernando "
        "Haddad]] met [[Galípolo|PERSON|Gabriel Galípolo]] later in the day.\n",
    ),
    (  # 9
        "2024-12-01",
        "[[LIVERPOOL|GPE|Liverpool]], [[England|GPE]], Dec 1 - [[Virgil van Dijk|PERSON]] said "
        "[[Liverpool|ORG|Liverpool F.C.]] could not relax after they beat "
        "[[Manchester City|ORG|Manchester City F.C.]] 2-0 at [[Anfield|FAC]] on Sunday to go nine "
        "points clear. [[Cody Gakpo|PERSON]] scored early and [[Mohamed Salah|PERSON]] added a "
        "penalty. \"We have done nothing yet,\" [[Van Dijk|PERSON|Virgil van Dijk]] said. [[City|ORG|Manchester City F.C.]] "
        "manager [[Pep Guardiola|PERSON]] took off [[Kevin De Bruyne|PERSON]] at half-time; "
        "[[Guardiola|PERSON|Pep Guardiola]] said [[De Bruyne|PERSON|Kevin De Bruyne]] was not "
        "injured. [[Salah|PERSON|Mohamed Salah]] has 13 league goals.\n",
    ),
    (  # 10
        "1996-06-05",
        "SOCCER - [[DUTCH|NORP|Dutch]] NAME SQUAD FOR [[EURO 96|EVENT|UEFA Euro 1996]]\n"
        "[[AMSTERDAM|GPE|Amsterdam]] 1996-06-05\n"
        "[[Netherlands|GPE]] coach [[Guus Hiddink|PERSON]] named twins [[Frank de Boer|PERSON]] "
        "and [[Ronald de Boer|PERSON]] in his 22-man squad on Wednesday. [[Ronald de Boer|PERSON]] "
        "has recovered from a knee injury. [[Frank de Boer|PERSON]] will captain the side in the "
        "absence of [[Danny Blind|PERSON]]. [[De Boer|PERSON|Frank de Boer]], who plays for "
        "[[Ajax|ORG|AFC Ajax]], said the team could win the title. [[Hiddink|PERSON|Guus "
        "Hiddink]] also picked [[Dennis Bergkamp|PERSON]] of [[Arsenal|ORG|Arsenal F.C.]]; "
        "[[Bergkamp|PERSON|Dennis Bergkamp]] missed training with a cold.\n",
    ),
    (  # 11
        "1996-10-17",
        "[[MOSCOW|GPE|Moscow]] 1996-10-17\n"
        "[[Russian|NORP]] President [[Boris Yeltsin|PERSON]] sacked security chief "
        "[[Alexander Lebed|PERSON]] on Thursday after Interior Minister "
        "[[Anatoly Kulikov|PERSON]] accused him of plotting a coup. [[Lebed|PERSON|Alexander "
        "Lebed]], who negotiated the ceasefire in [[Chechnya|GPE]], said he would run for "
        "president. [[Kulikov|PERSON|Anatoly Kulikov]] said troops had been put on alert. Prime "
        "Minister [[Viktor Chernomyrdin|PERSON]] backed the decision; "
        "[[Yeltsin|PERSON|Boris Yeltsin]] named [[Ivan Rybkin|PERSON]] to replace "
        "[[Lebed|PERSON|Alexander Lebed]]. [[Rybkin|PERSON|Ivan Rybkin]] said he would seek "
        "peace.\n",
    ),
    (  # 12
        "2025-05-20",
        "[[GENEVA|GPE|Geneva]], May 20 - [[World Health Organization|ORG]] Director-General "
        "[[Tedros Adhanom Ghebreyesus|PERSON]] said on Tuesday the agency would cut its budget "
        "by a fifth after the [[United States|GPE]] withdrew. [[Tedros|PERSON|Tedros Adhanom "
        "Ghebreyesus]] told the [[World Health Assembly|ORG]] that member states had adopted a "
        "pandemic agreement. [[Ethiopian|NORP]] Prime Minister [[Abiy Ahmed|PERSON]] sent a "
        "message of support; [[Abiy|PERSON|Abiy Ahmed]] said [[Africa|LOC]] needed its own "
        "vaccine plants.\n",
    ),
    (  # 13
        "2025-03-05",
        "[[WASHINGTON|GPE|Washington, D.C.]], March 5 - Senators [[Tim Scott|PERSON]] of "
        "[[South Carolina|GPE]] and [[Rick Scott|PERSON]] of [[Florida|GPE]] introduced a bill on "
        "Wednesday to cap credit card interest. [[Tim Scott|PERSON]], who chairs the banking "
        "committee, said hearings would start in April. [[Rick Scott|PERSON]] said families "
        "were drowning in debt. [[Scott|PERSON|Rick Scott]], a former governor of "
        "[[Florida|GPE]], ran a hospital company. Senator [[Elizabeth Warren|PERSON]] of "
        "[[Massachusetts|GPE]] welcomed the bill; [[Warren|PERSON|Elizabeth Warren]] said banks "
        "would fight it.\n",
    ),
    (  # 14
        "2024-04-07",
        "GOLF - [[JOHNSON|PERSON|Dustin Johnson]] SLIPS AS [[RAHM|PERSON|Jon Rahm]] LEADS\n"
        "[[MIAMI|GPE|Miami]], April 7 - [[Jon Rahm|PERSON]] shot a 66 on Sunday to take the "
        "lead at the [[LIV Golf|ORG]] event in [[Miami|GPE]], while [[Dustin Johnson|PERSON]] "
        "fell back with a 75. [[Rahm|PERSON|Jon Rahm]] is two shots ahead of "
        "[[Brooks Koepka|PERSON]]. [[Johnson|PERSON|Dustin Johnson]] said his putting had let "
        "him down. [[Koepka|PERSON|Brooks Koepka]] won the event in 2023.\n",
    ),
    (  # 15
        "2024-08-07",
        "[[ST. LOUIS|GPE|St. Louis]], Aug 7 - Representative [[Cori Bush|PERSON]] lost her "
        "primary on Tuesday to [[Wesley Bell|PERSON]], the [[St. Louis County|GPE|St. Louis "
        "County, Missouri]] prosecutor, after lobby groups spent more than 8 million dollars "
        "against her. [[Bush|PERSON|Cori Bush]] said she would keep fighting for a ceasefire in "
        "[[Gaza|GPE|Gaza Strip]]. [[Bell|PERSON|Wesley Bell]] thanked voters and said he would "
        "focus on jobs. [[Bush|PERSON|Cori Bush]] won the seat in 2020.\n",
    ),
    (  # 16
        "2025-01-28",
        "[[WASHINGTON|GPE|Washington, D.C.]], Jan 28 - [[Caroline Kennedy|PERSON]], a former "
        "ambassador to [[Japan|GPE]] and [[Australia|GPE]], urged senators on Tuesday to reject "
        "her cousin's nomination as health secretary. In a letter, [[Kennedy|PERSON|Caroline "
        "Kennedy]] said he had profited from doubts about vaccines. The nominee, "
        "[[Robert F. Kennedy Jr.|PERSON]], has denied that. [[Kennedy|PERSON|Robert F. Kennedy "
        "Jr.]] appears before the [[Senate Finance Committee|ORG|United States Senate Committee "
        "on Finance]] on Wednesday.\n",
    ),
    (  # 17
        "2025-01-19",
        "[[MELBOURNE|GPE|Melbourne]], Jan 19 - [[Alex de Minaur|PERSON]] beat "
        "[[Félix Auger-Aliassime|PERSON]] 6-4 7-5 6-3 on Sunday to reach the quarter-finals in "
        "[[Melbourne|GPE]] for the first time. [[De Minaur|PERSON|Alex de Minaur]] will play "
        "[[Jannik Sinner|PERSON]]. [[Auger-Aliassime|PERSON|Félix Auger-Aliassime]] said his serve "
        "had let him down. [[Alexander Zverev|PERSON]] also went through when "
        "[[Ugo Humbert|PERSON]] lost in four sets; [[Zverev|PERSON|Alexander Zverev]] has never "
        "won a major.\n",
    ),
    (  # 18
        "2025-05-06",
        "[[MERZ|PERSON|Friedrich Merz]] ELECTED CHANCELLOR AT SECOND ATTEMPT\n"
        "[[BERLIN|GPE|Berlin]], May 6 - [[Friedrich Merz|PERSON]] was elected [[German|NORP]] "
        "chancellor by the [[Bundestag|ORG]] on Tuesday in a second vote, hours after falling "
        "short in the first. [[Merz|PERSON|Friedrich Merz]] won 325 votes. Outgoing chancellor "
        "[[Olaf Scholz|PERSON]] congratulated him. [[Lars Klingbeil|PERSON]], who becomes "
        "finance minister, said the coalition stood firm; [[Klingbeil|PERSON|Lars Klingbeil]] "
        "blamed the first result on secret ballots. [[Scholz|PERSON|Olaf Scholz]] stays in "
        "parliament.\n",
    ),
    (  # 19
        "2025-03-04",
        "[[CAIRO|GPE|Cairo]], March 4 - [[Egyptian|NORP]] President "
        "[[Abdel Fattah el-Sisi|PERSON]] opened an [[Arab League|ORG]] summit on Tuesday that "
        "backed a 53-billion-dollar plan to rebuild [[Gaza|GPE|Gaza Strip]]. "
        "[[Sisi|PERSON|Abdel Fattah el-Sisi]] said the plan would keep [[Palestinians|NORP|Palestinian]] on their "
        "land. [[Saudi|NORP]] Foreign Minister [[Faisal bin Farhan Al Saud|PERSON]] attended; "
        "Prince [[Faisal|PERSON|Faisal bin Farhan Al Saud]] said the kingdom would help pay. "
        "[[Jordan|GPE]]'s [[Ayman Safadi|PERSON]] said the plan was realistic, and "
        "[[Safadi|PERSON|Ayman Safadi]] urged [[Washington|GPE|United States]] to back it.\n",
    ),
    (  # 20
        "2024-12-03",
        "[[DUBAI|GPE|Dubai]], Dec 3 - Sheikh [[Mohammed bin Rashid Al Maktoum|PERSON]], ruler of [[Dubai|GPE]], approved a record budget on Tuesday. "
        "Sheikh [[Mohammed|PERSON|Mohammed bin Rashid Al Maktoum]] said spending would rise by a "
        "fifth. In [[Doha|GPE]], the emir, Sheikh [[Tamim bin Hamad Al Thani|PERSON]], met "
        "[[Saudi|NORP]] Crown Prince [[Mohammed bin Salman|PERSON]]. Sheikh "
        "[[Tamim|PERSON|Tamim bin Hamad Al Thani]] said the two countries would deepen trade, "
        "and Prince [[Mohammed|PERSON|Mohammed bin Salman]] invited him to [[Riyadh|GPE]].\n",
    ),
    (  # 21
        "1996-09-05",
        "[[JERUSALEM|GPE|Jerusalem]] 1996-09-05\n"
        "[[Israeli|NORP]] Prime Minister [[Benjamin Netanyahu|PERSON]] met [[Palestinian|NORP]] "
        "President [[Yasser Arafat|PERSON]] for the first time on Wednesday at the "
        "[[Erez|FAC|Erez Crossing]] checkpoint. [[Netanyahu|PERSON|Benjamin Netanyahu]] said the "
        "talks on [[Hebron|GPE]] would go on. [[Arafat|PERSON|Yasser Arafat]] called the meeting "
        "a start. [[U.S.|GPE|United States]] envoy [[Dennis Ross|PERSON]] attended; "
        "[[Ross|PERSON|Dennis Ross]] said both men had agreed to meet again.\n",
    ),
    (  # 22
        "2024-10-16",
        "[[HONG KONG|GPE|Hong Kong]], Oct 16 - Chief Executive [[John Lee|PERSON|John Lee "
        "Ka-chiu]] cut the duty on spirits in his policy address on Wednesday. [[Lee|PERSON|John "
        "Lee Ka-chiu]] said the city would build a new university town. Financial Secretary "
        "[[Paul Chan|PERSON|Paul Chan Mo-po]] said the budget deficit would narrow; "
        "[[Chan|PERSON|Paul Chan Mo-po]] expects growth of 2.5 percent.\n",
    ),
    (  # 23
        "1996-10-21",
        "[[TOKYO|GPE|Tokyo]] 1996-10-21\n"
        "[[Japanese|NORP]] Prime Minister [[Ryutaro Hashimoto|PERSON]] said on Monday his "
        "[[Liberal Democratic Party|ORG|Liberal Democratic Party (Japan)]] would govern alone "
        "after Sunday's election left it just short of a majority. [[Hashimoto|PERSON|Ryutaro "
        "Hashimoto]] said he would reform the bureaucracy. [[Ichiro Ozawa|PERSON]], leader of "
        "the [[New Frontier Party|ORG|New Frontier Party (Japan)]], said he would stay on; "
        "[[Ozawa|PERSON|Ichiro Ozawa]] lost four seats. [[Naoto Kan|PERSON]] of the "
        "[[Democratic Party|ORG|Democratic Party of Japan]] said his party had a future; "
        "[[Kan|PERSON|Naoto Kan]] won 52 seats.\n",
    ),
    (  # 24
        "2024-12-02",
        "[[WASHINGTON|GPE|Washington, D.C.]], Dec 2 - President [[Joe Biden|PERSON]] pardoned "
        "his son [[Hunter Biden|PERSON]] on Sunday, weeks before he was to be sentenced on gun "
        "and tax charges. [[Hunter Biden|PERSON]] had been convicted in June. President "
        "[[Biden|PERSON|Joe Biden]] said his son had been singled out. President-elect "
        "[[Donald Trump|PERSON]] called the pardon an abuse of justice; [[Trump|PERSON|Donald "
        "Trump]] takes office on Jan. 20.\n",
    ),
    (  # 25
        "2025-04-13",
        "[[AUGUSTA|GPE|Augusta, Georgia]], [[Georgia|GPE|Georgia (U.S. state)]], April 13 - [[Rory McIlroy|PERSON]] won the "
        "[[Masters|EVENT|2025 Masters Tournament]] on Sunday after a playoff with "
        "[[Justin Rose|PERSON]] to complete the career grand slam. [[McIlroy|PERSON|Rory "
        "McIlroy]] made a par at the first extra hole. [[Rose|PERSON|Justin Rose]] shot a 66. "
        "World number one [[Scottie Scheffler|PERSON]] finished fourth; "
        "[[Scheffler|PERSON|Scottie Scheffler]] said [[McIlroy|PERSON|Rory McIlroy]] deserved "
        "it.\n",
    ),
    (  # 26
        "1996-08-14",
        "ATHLETICS - [[JOHNSON|PERSON|Michael Johnson]] WINS IN [[ZURICH|GPE|Zürich]]\n"
        "[[ZURICH|GPE|Zürich]] 1996-08-14\n"
        "Olympic champion [[Michael Johnson|PERSON]] won the 200 metres in 19.86 seconds on "
        "Wednesday, beating [[Frankie Fredericks|PERSON]] of [[Namibia|GPE]]. "
        "[[Johnson|PERSON|Michael Johnson]] said he was tired. [[Donovan Bailey|PERSON]] of "
        "[[Canada|GPE]] won the 100 metres ahead of [[Ato Boldon|PERSON]]; "
        "[[Bailey|PERSON|Donovan Bailey]] clocked 9.97. [[Fredericks|PERSON|Frankie Fredericks]] "
        "will race [[Johnson|PERSON|Michael Johnson]] again in [[Brussels|GPE]].\n",
    ),
    (  # 27
        "2025-01-07",
        "[[PARIS|GPE|Paris]], Jan 7 - [[Jean-Marie Le Pen|PERSON]], who founded the far-right "
        "[[National Front|ORG|National Rally]], died on Tuesday aged 96. His daughter "
        "[[Marine Le Pen|PERSON]], who took over the party in 2011, was on her way back from "
        "[[Mayotte|GPE]]. [[Le Pen|PERSON|Jean-Marie Le Pen]] was convicted many times for "
        "remarks about the [[Holocaust|EVENT|The Holocaust]]. President [[Emmanuel Macron|PERSON]] said history would "
        "judge him. [[Jordan Bardella|PERSON]], the party's president, paid tribute; "
        "[[Bardella|PERSON|Jordan Bardella]] called him a fighter.\n",
    ),
    (  # 28
        "1996-03-28",
        "[[BONN|GPE|Bonn]] 1996-03-28\n"
        "Chancellor [[Helmut Kohl|PERSON]] and Finance Minister [[Theo Waigel|PERSON]] agreed on "
        "Thursday to cut 50 billion marks from next year's budget. [[Waigel|PERSON|Theo Waigel]] "
        "said [[Germany|GPE]] would meet the criteria for a single currency. [[Social "
        "Democratic|ORG|Social Democratic Party of Germany]] leader [[Oskar Lafontaine|PERSON]] "
        "attacked the plan; [[Lafontaine|PERSON|Oskar Lafontaine]] said it hit the poor. "
        "[[Bundesbank|ORG|Deutsche Bundesbank]] president [[Hans Tietmeyer|PERSON]] welcomed the "
        "cuts. [[Kohl|PERSON|Helmut Kohl]] said [[Tietmeyer|PERSON|Hans Tietmeyer]] had been "
        "consulted.\n",
    ),
    (  # 29
        "2025-03-14",
        "[[OTTAWA|GPE|Ottawa]], March 14 - [[Mark Carney|PERSON]] was sworn in as [[Canada|GPE]]'s "
        "prime minister on Friday and scrapped the consumer carbon tax. Mr. "
        "[[Carney|PERSON|Mark Carney]] said he would meet President [[Donald Trump|PERSON]] when "
        "the time was right. [[Chrystia Freeland|PERSON]] joined the cabinet as transport "
        "minister. Opposition leader [[Pierre Poilievre|PERSON]] called for an election; Mr. "
        "[[Poilievre|PERSON|Pierre Poilievre]] said Ms. [[Freeland|PERSON|Chrystia Freeland]] and "
        "Mr. [[Carney|PERSON|Mark Carney]] had raised taxes.\n",
    ),
    (  # 30
        "2025-03-15",
        "RUGBY UNION - [[ENGLAND|GPE|England]] BEAT [[WALES|GPE|Wales]] IN [[CARDIFF|GPE|Cardiff]]\n"
        "[[CARDIFF|GPE|Cardiff]], March 15 - [[Fin Smith|PERSON]] started at fly-half and "
        "[[Marcus Smith|PERSON]] at full-back as [[England|GPE]] beat [[Wales|GPE]] 68-14 at the "
        "[[Principality Stadium|FAC]] on Saturday. [[Tommy Freeman|PERSON]] scored two tries. "
        "[[Fin Smith|PERSON]] kicked nine conversions, and [[Marcus Smith|PERSON]] scored once. "
        "[[England|GPE]] coach [[Steve Borthwick|PERSON]] praised [[Freeman|PERSON|Tommy Freeman]]; "
        "[[Borthwick|PERSON|Steve Borthwick]] said the side was growing.\n",
    ),
]

CASES = [(f"own-ent43c-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if n % 3]
CHECK = [(f"own-ent43c-{n:02d}", d, t) for n, (d, t) in enumerate(ITEMS, 1) if not n % 3]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

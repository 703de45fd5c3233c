"""Write eval/own-entities-dev46h.jsonl and eval/own-entities-dev46h-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for people of wire copy named by their
English Wikipedia titles (issue 13, session 46, people46).

The family (ANNOTATION.md "Entities": a person is named by the English Wikipedia title where one
exists): 1996 Reuters-style wire copy (league results with scorers, national sides, women's
tennis, golf, alpine skiing, chess; politics in Prague, Bucharest, Ankara, Belgrade, Brussels,
Warsaw, Budapest, Lisbon and Madrid, Reykjavik) that writes people without the letters English
drops ("Bulent Ecevit", "Jozef Oleksy") and by the surname alone ("Suchoparek 60", "Baykal
said"); 2024-2025 football copy of the Central European, Turkish, Nordic and Balkan sides.
Must-stay people inside: names whose title is the written form, people no table holds, a name
the document writes with its own accents, a surname whose full name the document gives.
Written for briefx by hand (session 46): real people, clubs and bodies chosen from the author's
knowledge (none taken from an eval file), invented events. Annotated by
``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. Case n with n % 3 == 0 goes to the
check file: scored only at the start and at the end of the session. Run from the project root:
``python eval/build_own_entities_dev46h.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev46h.jsonl"
OUT_CHECK = HERE / "own-entities-dev46h-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 46h, issue 13 people of 1990s wire copy and 2024-2025 "
    "football copy by their English Wikipedia titles); real people, clubs and bodies, invented "
    "events; MIT."
)

TEXTS = [
    # 1
    (
        "1996-09-08",
        "SOCCER - CZECH FIRST DIVISION RESULTS\n\n[[PRAGUE|GPE|Prague]] 1996-09-08\n\nResults "
        "of [[Czech|NORP]] first division matches played on Sunday (scorers in brackets):\n"
        "[[Sparta Prague|ORG|AC Sparta Prague]] 2 ([[Lokvenc|PERSON|Vratislav Lokvenc]] 34, "
        "[[Siegl|PERSON|Horst Siegl]] 78) [[Slavia Prague|ORG|SK Slavia Prague]] 1 "
        "([[Suchoparek|PERSON|Jan Suchopárek]] 60)\n[[Sigma Olomouc|ORG|SK Sigma Olomouc]] 1 "
        "([[Drulak|PERSON|Radek Drulák]] 12) [[Banik Ostrava|ORG|FC Baník Ostrava]] 1 "
        "([[Lasota|PERSON|Edvard Lasota]] 55)\n",
    ),
    # 2
    (
        "1996-10-20",
        "SOCCER - TURKISH LEAGUE RESULTS\n\n[[ISTANBUL|GPE|Istanbul]] 1996-10-20\n\nResults of "
        "[[Turkish|NORP]] first division matches on Sunday:\n[[Galatasaray|ORG|Galatasaray S.K. "
        "(football)]] 3 ([[Hakan Sukur|PERSON|Hakan Şükür]] 2, [[Hami Mandirali|PERSON|Hami "
        "Mandıralı]] 70) [[Trabzonspor|ORG]] 1 ([[Ogun Temizkanoglu|PERSON|Ogün "
        "Temizkanoğlu]] 44)\n[[Fenerbahce|ORG|Fenerbahçe S.K. (football)]] 2 ([[Saffet "
        "Sancakli|PERSON|Saffet Sancaklı]] 15, [[Aykut Kocaman|PERSON]] 61) [[Besiktas|ORG|"
        "Beşiktaş J.K.]] 2 ([[Ertugrul Saglam|PERSON|Ertuğrul Sağlam]] 30, [[Sergen "
        "Yalcin|PERSON|Sergen Yalçın]] 88)\n",
    ),
    # 3
    (
        "1996-11-03",
        "SOCCER - POLISH LEAGUE RESULTS\n\n[[WARSAW|GPE|Warsaw]] 1996-11-03\n\nResults of "
        "[[Polish|NORP]] first division matches on Saturday:\n[[Widzew Lodz|ORG|Widzew Łódź]] "
        "3 ([[Citko|PERSON|Marek Citko]] 2, [[Michalski|PERSON|Radosław Michalski]] 56) "
        "[[Legia Warsaw|ORG]] 1 ([[Kowalczyk|PERSON|Wojciech Kowalczyk]] 80)\n[[GKS "
        "Katowice|ORG]] 0 [[Polonia Warsaw|ORG]] 0\nLeading scorer: [[Citko|PERSON|Marek "
        "Citko]] 11 goals.\n",
    ),
    # 4
    (
        "1996-12-11",
        "[[BUCHAREST|GPE|Bucharest]] 1996-12-11\n\n[[Romanian|NORP]] Prime Minister-designate "
        "[[Victor Ciorbea|PERSON]] presented his cabinet to parliament on Wednesday, naming "
        "[[Adrian Severin|PERSON]] as foreign minister. [[Ciorbea|PERSON|Victor Ciorbea]] said "
        "the government would speed up privatisation. President [[Emil Constantinescu|PERSON]], "
        "who defeated [[Ion Iliescu|PERSON]] last month, urged deputies to back the team. "
        "Former foreign minister [[Teodor Melescanu|PERSON|Teodor Meleșcanu]] said the "
        "opposition would not block the vote, while [[Petre Roman|PERSON]], leader of the "
        "[[Democratic Party|ORG|Democratic Party (Romania)]], was elected speaker of the "
        "[[Senate|ORG|Senate of Romania]].\n",
    ),
    # 5
    (
        "1996-10-14",
        "[[ANKARA|GPE|Ankara]] 1996-10-14\n\n[[Turkey|GPE]]'s opposition leaders [[Deniz "
        "Baykal|PERSON]] and [[Bulent Ecevit|PERSON|Bülent Ecevit]] called on Monday for an "
        "early election after Prime Minister [[Necmettin Erbakan|PERSON]]'s trip to "
        "[[Libya|GPE]]. [[Baykal|PERSON|Deniz Baykal]], leader of the [[Republican People's "
        "Party|ORG]], said [[Erbakan|PERSON|Necmettin Erbakan]] had embarrassed the country. "
        "Deputy Prime Minister [[Tansu Ciller|PERSON|Tansu Çiller]] defended the visit. Former "
        "foreign minister [[Hikmet Cetin|PERSON|Hikmet Çetin]] said parliament should debate "
        "it.\n",
    ),
    # 6
    (
        "1996-11-25",
        "[[BELGRADE|GPE|Belgrade]] 1996-11-25\n\nTens of thousands of people marched through "
        "[[Belgrade|GPE]] on Monday for a seventh day as leaders of the opposition "
        "[[Zajedno|ORG]] coalition, [[Vuk Draskovic|PERSON|Vuk Drašković]], [[Zoran "
        "Djindjic|PERSON|Zoran Đinđić]] and [[Vesna Pesic|PERSON|Vesna Pešić]], accused "
        "President [[Slobodan Milosevic|PERSON|Slobodan Milošević]] of stealing local "
        "elections. [[Vojislav Kostunica|PERSON|Vojislav Koštunica]], leader of the "
        "[[Democratic Party of Serbia|ORG]], joined the protest. Ultranationalist leader "
        "[[Vojislav Seselj|PERSON|Vojislav Šešelj]] said the marchers were foreign agents. "
        "[[Seselj|PERSON|Vojislav Šešelj]] said his [[Serbian Radical Party|ORG]] would not "
        "join them.\n",
    ),
    # 7
    (
        "1996-07-10",
        "[[BRUSSELS|GPE|Brussels]] 1996-07-10\n\n[[European Union|ORG]] competition "
        "commissioner [[Karel Van Miert|PERSON]] said on Wednesday he would open an inquiry "
        "into state aid for the [[German|NORP]] carmaker [[Volkswagen|ORG]]. [[Van "
        "Miert|PERSON|Karel Van Miert]] told reporters the [[Commission|ORG|European "
        "Commission]] had written to [[Bonn|GPE]]. Farm commissioner [[Franz Fischler|PERSON]] "
        "said a ban on [[British|NORP]] beef exports would stay, and [[Fischler|PERSON|Franz "
        "Fischler]] told ministers the crisis had cost farmers dearly. [[Commission|ORG|"
        "European Commission]] President [[Jacques Santer|PERSON]] backed both men.\n",
    ),
    # 8
    (
        "1996-02-08",
        "[[WARSAW|GPE|Warsaw]] 1996-02-08\n\n[[Polish|NORP]] Foreign Minister [[Dariusz "
        "Rosati|PERSON]] said on Thursday [[Poland|GPE]] hoped to open [[NATO|ORG]] membership "
        "talks next year. Former prime minister [[Jozef Oleksy|PERSON|Józef Oleksy]], who "
        "resigned last month, again denied spying for [[Moscow|GPE]]. [[National Bank of "
        "Poland|ORG]] governor [[Hanna Gronkiewicz-Waltz|PERSON]] said interest rates would "
        "stay high. [[Rosati|PERSON|Dariusz Rosati]] later met President [[Aleksander "
        "Kwasniewski|PERSON|Aleksander Kwaśniewski]].\n",
    ),
    # 9
    (
        "1996-03-12",
        "[[BUDAPEST|GPE|Budapest]] 1996-03-12\n\n[[Hungarian|NORP]] Finance Minister [[Peter "
        "Medgyessy|PERSON|Péter Medgyessy]] said on Tuesday the budget deficit would fall "
        "this year, keeping the austerity course of his predecessor [[Lajos Bokros|PERSON]]. "
        "Prime Minister [[Gyula Horn|PERSON]] told parliament the [[IMF|ORG|International "
        "Monetary Fund]] had backed the plan. [[Medgyessy|PERSON|Péter Medgyessy]] is due in "
        "[[Washington|GPE|Washington, D.C.]] next week. President [[Arpad Goncz|PERSON|Árpád "
        "Göncz]] signed the privatisation law.\n",
    ),
    # 10
    (
        "1996-09-08",
        "SOCCER - CROATIA BEAT BOSNIA IN WORLD CUP QUALIFIER\n\n[[ZAGREB|GPE|Zagreb]] "
        "1996-09-08\n\n[[Croatia|ORG|Croatia national football team]] beat [[Bosnia|ORG|Bosnia "
        "and Herzegovina national football team]] 4-1 in a [[World Cup|EVENT|FIFA World Cup]] "
        "qualifier on Sunday.\nScorers: [[Croatia|ORG|Croatia national football team]] - "
        "[[Suker|PERSON|Davor Šuker]] 12, 57, [[Vlaovic|PERSON|Goran Vlaović]] 40, "
        "[[Soldo|PERSON|Zvonimir Soldo]] 81; [[Bosnia|ORG|Bosnia and Herzegovina national "
        "football team]] - [[Bolic|PERSON|Elvir Bolić]] 65.\n[[Croatia|ORG|Croatia national "
        "football team]] coach [[Miroslav Blazevic|PERSON|Miroslav Blažević]] praised "
        "defenders [[Dario Simic|PERSON|Dario Šimić]] and [[Igor Stimac|PERSON|Igor Štimac]]. "
        "\"[[Suker|PERSON|Davor Šuker]] was outstanding,\" [[Blazevic|PERSON|Miroslav "
        "Blažević]] said.\n",
    ),
    # 11
    (
        "1996-10-10",
        "TENNIS - RESULTS AT EUROPEAN INDOORS\n\n[[ZURICH|GPE|Zurich]] 1996-10-10\n\nResults "
        "of second round matches at the [[European Indoors|EVENT|Zurich Open]] women's tennis "
        "tournament on Thursday (prefix number denotes seeding):\n1 - [[Martina "
        "Hingis|PERSON]] ([[Switzerland|GPE]]) beat [[Magui Serna|PERSON|Magüi Serna]] "
        "([[Spain|GPE]]) 6-2 6-1\n[[Brenda Schultz-McCarthy|PERSON]] ([[Netherlands|GPE]]) "
        "beat [[Karina Habsudova|PERSON|Karina Habšudová]] ([[Slovakia|GPE]]) 7-6 6-4\n"
        "[[Henrieta Nagyova|PERSON|Henrieta Nagyová]] ([[Slovakia|GPE]]) beat 4 - [[Anke "
        "Huber|PERSON]] ([[Germany|GPE]]) 6-3 3-6 6-4\n",
    ),
    # 12
    (
        "1996-08-31",
        "GOLF - LEADING SCORES AT GERMAN OPEN\n\n[[STUTTGART|GPE|Stuttgart]] 1996-08-31\n\n"
        "Leading second round scores in the [[German Open|EVENT|German Open (golf)]] on "
        "Saturday ([[Britain|GPE|United Kingdom]] and [[Ireland|GPE]] unless stated):\n132 "
        "[[Soren Kjeldsen|PERSON|Søren Kjeldsen]] ([[Denmark|GPE]]) 66 66\n133 [[Peter "
        "Hedblom|PERSON]] ([[Sweden|GPE]]) 65 68, [[Steen Tinning|PERSON]] ([[Denmark|GPE]]) "
        "67 66\n134 [[Fredrik Jacobson|PERSON]] ([[Sweden|GPE]]) 68 66\n[[Kjeldsen|PERSON|"
        "Søren Kjeldsen]], in his first full season on the [[European Tour|ORG]], had seven "
        "birdies. [[Hedblom|PERSON|Peter Hedblom]] bogeyed the last.\n",
    ),
    # 13
    (
        "1996-12-15",
        "ALPINE SKIING - WOMEN'S WORLD CUP SLALOM RESULTS\n\n[[SESTRIERE|GPE|Sestriere]] "
        "1996-12-15\n\nLeading results of a women's [[World Cup|EVENT|FIS Alpine Ski World "
        "Cup]] slalom on Sunday:\n1. [[Elfi Eder|PERSON]] ([[Austria|GPE]]) 1:29.45\n2. "
        "[[Kristina Koznick|PERSON]] ([[U.S.|GPE|United States]]) 1:29.80\n3. [[Claudia "
        "Riegler|PERSON]] ([[New Zealand|GPE]]) 1:30.02\n4. [[Marianne Kjoerstad|PERSON|"
        "Marianne Kjørstad]] ([[Norway|GPE]]) 1:30.51\n[[Eder|PERSON|Elfi Eder]], who won in "
        "[[Park City|GPE|Park City, Utah]] last month, leads the slalom standings ahead of "
        "[[Riegler|PERSON|Claudia Riegler]].\n",
    ),
    # 14
    (
        "1996-10-15",
        "CHESS - RESULTS FROM TILBURG TOURNAMENT\n\n[[TILBURG|GPE|Tilburg]], "
        "[[Netherlands|GPE]] 1996-10-15\n\nResults from the fifth round of the "
        "[[Tilburg|GPE]] chess tournament on Tuesday:\n[[Vasyl Ivanchuk|PERSON]] "
        "([[Ukraine|GPE]]) 1 [[Peter Leko|PERSON|Péter Lékó]] ([[Hungary|GPE]]) 0\n[[Judit "
        "Polgar|PERSON|Judit Polgár]] ([[Hungary|GPE]]) 1/2 [[Michael Adams|PERSON|Michael "
        "Adams (chess player)]] ([[England|GPE]]) 1/2\n[[Ivanchuk|PERSON|Vasyl Ivanchuk]] "
        "leads with four points, half a point ahead of [[Polgar|PERSON|Judit Polgár]].\n",
    ),
    # 15
    (
        "2024-06-26",
        "[[FRANKFURT|GPE|Frankfurt]], June 26 ([[Reuters|ORG]]) - [[Romania|ORG|Romania "
        "national football team]] and [[Slovakia|ORG|Slovakia national football team]] drew "
        "1-1 on Wednesday to reach the last 16 of [[Euro 2024|EVENT|UEFA Euro 2024]]. "
        "[[Ondrej Duda|PERSON|Ondrej Duda]] headed [[Slovakia|ORG|Slovakia national football "
        "team]] in front before [[Razvan Marin|PERSON|Răzvan Marin]] levelled from the penalty "
        "spot after [[Ianis Hagi|PERSON]] was fouled. \"We deserved it,\" said [[Romania|ORG|"
        "Romania national football team]] coach [[Edward Iordanescu|PERSON|Edward "
        "Iordănescu]]. [[Slovakia|ORG|Slovakia national football team]] coach [[Francesco "
        "Calzona|PERSON]] said [[Marin|PERSON|Răzvan Marin]]'s penalty was soft.\n",
    ),
    # 16
    (
        "2024-06-26",
        "[[HAMBURG|GPE|Hamburg]], June 26 ([[Reuters|ORG]]) - [[Turkey|ORG|Turkey national "
        "football team]] beat ten-man [[Czech Republic|ORG|Czech Republic national football "
        "team]] 2-1 on Wednesday to reach the knockout stage of [[Euro 2024|EVENT|UEFA Euro "
        "2024]]. [[Hakan Calhanoglu|PERSON|Hakan Çalhanoğlu]] scored in the 51st minute and "
        "[[Tomas Soucek|PERSON|Tomáš Souček]] equalised before [[Cenk Tosun|PERSON]] won it "
        "in stoppage time. [[Czech|NORP]] coach [[Ivan Hasek|PERSON|Ivan Hašek]] said the red "
        "card to [[Antonin Barak|PERSON|Antonín Barák]] had cost his side. [[Turkey|ORG|Turkey "
        "national football team]] coach [[Vincenzo Montella|PERSON]] praised "
        "[[Calhanoglu|PERSON|Hakan Çalhanoğlu]] and [[Ferdi Kadioglu|PERSON|Ferdi "
        "Kadıoğlu]].\n",
    ),
    # 17
    (
        "2025-03-24",
        "[[WARSAW|GPE|Warsaw]], March 24 ([[Reuters|ORG]]) - [[Poland|ORG|Poland national "
        "football team]] beat [[Malta|ORG|Malta national football team]] 2-0 in a [[World "
        "Cup|EVENT|FIFA World Cup]] qualifier on Monday, with goals from [[Karol "
        "Swiderski|PERSON|Karol Świderski]] and [[Sebastian Szymanski|PERSON|Sebastian "
        "Szymański]]. Coach [[Michał Probierz|PERSON]] said [[Robert Lewandowski|PERSON]] had "
        "been rested. [[Probierz|PERSON|Michał Probierz]] added that defender [[Jan "
        "Bednarek|PERSON]] would miss the next match.\n",
    ),
    # 18
    (
        "1996-03-09",
        "[[LISBON|GPE|Lisbon]] 1996-03-09\n\n[[Jorge Sampaio|PERSON]] was sworn in as "
        "[[Portugal|GPE]]'s president on Saturday, succeeding [[Mario Soares|PERSON|Mário "
        "Soares]], who served two terms. [[Sampaio|PERSON|Jorge Sampaio]], a Socialist, "
        "defeated former prime minister [[Anibal Cavaco Silva|PERSON|Aníbal Cavaco Silva]] in "
        "the January election. In [[Madrid|GPE]], Catalan leader [[Jordi Pujol|PERSON]] said "
        "his party would back [[Jose Maria Aznar|PERSON|José María Aznar]] as prime minister, "
        "and Basque nationalist leader [[Xabier Arzalluz|PERSON]] said talks would go on.\n",
    ),
    # 19
    (
        "1996-06-30",
        "[[REYKJAVIK|GPE|Reykjavík]] 1996-06-30\n\n[[Icelanders|NORP|Icelander]] elected "
        "[[Olafur Ragnar Grimsson|PERSON|Ólafur Ragnar Grímsson]] as president on Saturday. "
        "Prime Minister [[David Oddsson|PERSON|Davíð Oddsson]] congratulated him, and Foreign "
        "Minister [[Halldor Asgrimsson|PERSON|Halldór Ásgrímsson]] said [[Iceland|GPE]]'s "
        "policy towards the [[European Union|ORG]] would not change. [[Oddsson|PERSON|Davíð "
        "Oddsson]] said the government had a strong majority.\n",
    ),
    # 20
    (
        "2024-11-19",
        "[[COPENHAGEN|GPE|Copenhagen]], Nov 19 ([[Reuters|ORG]]) - [[Denmark|ORG|Denmark "
        "national football team]] drew 0-0 with [[Serbia|ORG|Serbia national football team]] "
        "in the [[Nations League|EVENT|UEFA Nations League]] on Monday. Goalkeeper [[Kasper "
        "Schmeichel|PERSON]] made two saves from [[Aleksandar Mitrovic|PERSON|Aleksandar "
        "Mitrović]]. [[Schmeichel|PERSON|Kasper Schmeichel]] said the team had defended well. "
        "[[Serbia|ORG|Serbia national football team]] coach [[Dragan Stojkovic|PERSON|Dragan "
        "Stojković]] said [[Mitrovic|PERSON|Aleksandar Mitrović]] was tired. [[Denmark|ORG|"
        "Denmark national football team]] interim coach [[Lars Knudsen|PERSON|Lars Knudsen]] "
        "praised [[Rasmus Hojlund|PERSON|Rasmus Højlund]].\n",
    ),
    # 21
    (
        "1996-10-09",
        "SOCCER - YUGOSLAVIA BEAT MALTA\n\n[[BELGRADE|GPE|Belgrade]] 1996-10-09\n\n"
        "[[Yugoslavia|ORG|FR Yugoslavia national football team]] beat [[Malta|ORG|Malta "
        "national football team]] 3-0 in a [[World Cup|EVENT|FIFA World Cup]] qualifier on "
        "Wednesday.\nScorers: [[Savo Milosevic|PERSON|Savo Milošević]] 15, 70, "
        "[[Brnovic|PERSON|Branko Brnović]] 55\n[[Yugoslavia|ORG|FR Yugoslavia national football "
        "team]] coach [[Slobodan Santrac|PERSON|Slobodan Santrač]] praised [[Perica "
        "Ognjenovic|PERSON|Perica Ognjenović]]. [[Malta|ORG|Malta national football team]] "
        "coach [[Pietro Ghedin|PERSON]] said [[Ognjenovic|PERSON|Perica Ognjenović]] had made "
        "the difference.\n",
    ),
]

CASES = [(f"own-ent46h-{n:02d}", d, t) for n, (d, t) in enumerate(TEXTS, 1) if n % 3 != 0]
CHECK = [(f"own-ent46h-c{n:02d}", d, t) for n, (d, t) in enumerate(TEXTS, 1) if n % 3 == 0]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

"""Write eval/own-entities-dev43a.jsonl and eval/own-entities-dev43a-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for names written WITH OR WITHOUT
DIACRITICS (issue 13, session 43, accents43): people first, then places.

The family (ANNOTATION.md "Entities": names are English Wikipedia titles, which keep the marks
of Latin-alphabet names): wire copy and results lines that write every name plain ("Jose Luis
Caminero", "Tomas Machac (Czech Republic)", "Mexico's Rosa Icela Rodriguez") where the title has
marks; given and family names that are names of their own in English lists ("Jose", "Tomas",
"Gonzalez", "Martin", "Peter") and take their marks only for a person the document ties to a
country ("(Spain)", "Spanish", "Hungary's", a dateline); cases that must stay plain: Americans
with Spanish names ("Ruben Gallego", "Joaquin Castro"), an invented spokeswoman, people of
another country in the same copy; places: exonyms English titles write plain ("Zurich",
"Munich", "Montreal") beside towns whose titles keep their marks ("Malmo", "Reykjavik").
2024-2025 wire copy and official releases, and 1996 Reuters-style wire copy.

Written for briefx by hand (session 43, accents43); real places, bodies and public figures
chosen from the author's knowledge (none taken from an eval file), invented figures and quotes.
Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of
them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. The CHECK cases are scored only at
the start and once at the end of the session. Run from the project root:
``python eval/build_own_entities_dev43a.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import Case, build_sets

HERE = Path(__file__).parent
SOURCE = (
    "Written for briefx (entities dev set 43a, issue 13 names with or without diacritics); "
    "1996 wire copy and 2024-2025 news and releases; real people, places and bodies, invented "
    "figures and quotes; CC0."
)

CASES: list[Case] = [
    (
        "own-dev43a-liga-1996",
        "1996-10-13",
        (
            "SOCCER - SPANISH FIRST DIVISION SUMMARIES.\n"
            "[[MADRID|GPE|Madrid]] 1996-10-13\n"
            "Summaries of [[Spanish|NORP]] first division matches played on Sunday:\n"
            "[[Atletico Madrid|ORG|Atlético Madrid]] 2 [[Real Betis|ORG]] 1 ([[Jose Luis "
            "Caminero|PERSON|José Luis Caminero]] 23, [[Juan Esnaider|PERSON|Juan Esnáider]] 71; [[Roberto Rios|PERSON|"
            "Roberto Ríos]] 60). Attendance: 48,000.\n"
            "Goalkeeper [[Jose Francisco Molina|PERSON|José Francisco Molina]] saved a penalty "
            "from [[Rios|PERSON|Roberto Ríos]] before half-time and captain [[Roberto "
            "Solozabal|PERSON|Roberto Solozábal]] was booked.\n"
        ),
    ),
    (
        "own-dev43a-madrid-cabinet",
        "2025-04-29",
        (
            "[[MADRID|GPE|Madrid]], April 29, 2025 ([[Reuters|ORG]]) - [[Spain|GPE]]'s "
            "government said on Tuesday the blackout that hit the [[Iberian Peninsula|LOC]] a "
            "day earlier had been caused by a sudden loss of generation in the south-west. "
            "Ecological Transition Minister [[Sara Aagesen|PERSON]] told reporters the grid "
            "operator had ruled out a cyberattack. "
            "Transport Minister [[Oscar Puente|PERSON|Óscar Puente]] said trains were running "
            "again between [[Madrid|GPE]] and [[Seville|GPE]], and Interior Minister [[Fernando "
            "Grande-Marlaska|PERSON]] thanked the police. Opposition leader [[Alberto Nunez "
            "Feijoo|PERSON|Alberto Núñez Feijóo]] demanded an inquiry.\n"
        ),
    ),
    (
        "own-dev43a-tennis-2025-results",
        "2025-02-26",
        (
            "[[ACAPULCO|GPE|Acapulco]], [[Mexico|GPE]], Feb 26 ([[Reuters|ORG]]) - Results from "
            "the [[Mexican Open|EVENT|Mexican Open (tennis)]] on Wednesday (prefix number denotes seeding):\n"
            "Second round\n"
            "2-[[Tomas Machac|PERSON|Tomáš Macháč]] ([[Czech Republic|GPE]]) beat [[Camilo Ugo "
            "Carabelli|PERSON]] ([[Argentina|GPE]]) 6-3 6-2\n"
            "[[Vit Kopriva|PERSON|Vít Kopřiva]] ([[Czech Republic|GPE]]) beat [[Marton "
            "Fucsovics|PERSON|Márton Fucsovics]] ([[Hungary|GPE]]) 7-6(4) 6-4\n"
            "[[Dino Prizmic|PERSON|Dino Prižmić]] ([[Croatia|GPE]]) beat [[Alexandre "
            "Muller|PERSON|Alexandre Müller]] ([[France|GPE]]) 6-4 3-6 6-3\n"
            "[[Fabian Marozsan|PERSON|Fábián Marozsán]] ([[Hungary|GPE]]) beat [[Rinky "
            "Hijikata|PERSON]] ([[Australia|GPE]]) 6-2 6-4\n"
        ),
    ),
    (
        "own-dev43a-mexico-security",
        "2025-03-06",
        (
            "[[MEXICO CITY|GPE|Mexico City]], March 6, 2025 - [[Mexico|GPE]]'s security "
            "secretary [[Omar Garcia Harfuch|PERSON|Omar García Harfuch]] said on Thursday "
            "soldiers had arrested 29 suspects in [[Sinaloa|GPE]] after a week of clashes in "
            "[[Culiacan|GPE|Culiacán]]. Interior Secretary [[Rosa Icela Rodriguez|PERSON|Rosa "
            "Icela Rodríguez]] said the federal government would send 1,000 more members of "
            "the [[National Guard|ORG|National Guard (Mexico)]] to the state. [[Garcia "
            "Harfuch|PERSON|Omar García Harfuch]] said the detainees would be tried in "
            "[[Mexico City|GPE]].\n"
        ),
    ),
    (
        "own-dev43a-us-senate-hispanic",
        "2025-01-22",
        (
            "[[WASHINGTON|GPE|Washington, D.C.]], Jan 22, 2025 - Senator [[Ruben Gallego|"
            "PERSON]] of [[Arizona|GPE]] and Representative [[Joaquin Castro|PERSON]] of "
            "[[Texas|GPE]] urged the [[Department of Homeland Security|ORG|United States "
            "Department of Homeland Security]] on Wednesday to publish its plans for raids in "
            "[[Phoenix|GPE|Phoenix, Arizona]] and [[San Antonio|GPE]]. \"Families deserve to "
            "know the rules,\" [[Gallego|PERSON|Ruben Gallego]] said. [[Maria Gonzalez|PERSON]], "
            "a spokeswoman for the [[Texas Civil Rights Project|ORG]], said 40 people had called "
            "its hotline.\n"
        ),
    ),
    (
        "own-dev43a-prague-budget",
        "2024-09-25",
        (
            "[[PRAGUE|GPE|Prague]], Sept 25, 2024 ([[Reuters|ORG]]) - The [[Czech|NORP]] "
            "government approved a 2025 budget with a deficit of 230 billion crowns on "
            "Wednesday. Interior Minister [[Vit Rakusan|PERSON|Vít Rakušan]] said 3 billion "
            "crowns would go to towns hit by this month's floods in [[Moravia|LOC]], and Labour "
            "Minister [[Marian Jurecka|PERSON|Marian Jurečka]] said pensions would rise in "
            "January. Opposition leader [[Tomio Okamura|PERSON]] called the plan a fraud. "
            "Defence Minister [[Jana Cernochova|PERSON|Jana Černochová]] said spending would "
            "reach 2 percent of output.\n"
        ),
    ),
    (
        "own-dev43a-warsaw-security",
        "2025-05-14",
        (
            "[[WARSAW|GPE|Warsaw]], May 14, 2025 - [[Poland|GPE]]'s digital affairs minister "
            "[[Krzysztof Gawkowski|PERSON]] said on Wednesday a cyberattack on a water plant "
            "in [[Szczytno|GPE]] had been stopped, and Interior Minister [[Tomasz "
            "Siemoniak|PERSON]] said [[Russian|NORP]] services were behind it. Speaker "
            "[[Szymon Holownia|PERSON|Szymon Hołownia]] said parliament would debate new "
            "powers for the police. [[Warsaw|GPE]] mayor [[Rafal Trzaskowski|PERSON|Rafał "
            "Trzaskowski]] said the city had tightened checks at its own water works.\n"
        ),
    ),
    (
        "own-dev43a-zagreb-tourism",
        "2024-08-20",
        (
            "[[ZAGREB|GPE|Zagreb]], Aug 20, 2024 - [[Croatian|NORP]] Foreign Minister [[Gordan "
            "Grlic Radman|PERSON|Gordan Grlić Radman]] said on Tuesday 1.2 million tourists "
            "had visited [[Dubrovnik|GPE]] by the end of July. Finance Minister [[Marko "
            "Primorac|PERSON]] said VAT receipts rose 9 percent, and Interior Minister [[Davor "
            "Bozinovic|PERSON|Davor Božinović]] said police had added patrols in [[Split|GPE|"
            "Split, Croatia]] and [[Zadar|GPE]].\n"
        ),
    ),
    (
        "own-dev43a-ankara-cabinet",
        "2025-02-11",
        (
            "[[ANKARA|GPE|Ankara]], Feb 11, 2025 ([[Reuters|ORG]]) - [[Turkey|GPE]]'s interior "
            "minister [[Ali Yerlikaya|PERSON]] said on Tuesday 282 suspects had been detained "
            "in raids in 30 provinces. Trade Minister [[Omer Bolat|PERSON|Ömer Bolat]] said "
            "exports rose 4 percent in January, and Vice President [[Cevdet Yilmaz|PERSON|"
            "Cevdet Yılmaz]] said the quake zone around [[Kahramanmaras|GPE|Kahramanmaraş]] "
            "would have 200,000 new homes by the end of the year. [[Ankara|GPE]] mayor "
            "[[Mansur Yavas|PERSON|Mansur Yavaş]] criticised the detentions.\n"
        ),
    ),
    (
        "own-dev43a-lisbon-budget",
        "2024-10-10",
        (
            "[[LISBON|GPE|Lisbon]], Oct 10, 2024 - [[Portugal|GPE]]'s finance minister "
            "[[Joaquim Miranda Sarmento|PERSON]] presented a 2025 budget with a surplus of 0.3 "
            "percent of output on Thursday. [[Bank of Portugal|ORG|Banco de Portugal]] "
            "governor [[Mario Centeno|PERSON|Mário Centeno]] said the forecast was prudent. "
            "Socialist leader [[Pedro Nuno Santos|PERSON]] said his party would abstain, and "
            "[[Chega|ORG|Chega (political party)]] leader [[Andre Ventura|PERSON|André Ventura]] said it would vote "
            "against. Foreign Minister [[Paulo Rangel|PERSON]] was in [[Porto|GPE]].\n"
        ),
    ),
    (
        "own-dev43a-budapest-politics",
        "2025-06-03",
        (
            "[[BUDAPEST|GPE|Budapest]], June 3, 2025 - [[Hungary|GPE]]'s chief of staff "
            "[[Gergely Gulyas|PERSON|Gergely Gulyás]] said on Tuesday the government would "
            "cap prices of 30 more foods. Economy Minister [[Marton Nagy|PERSON|Márton Nagy]] "
            "said inflation would fall below 4 percent by the autumn. [[Budapest|GPE]] mayor "
            "[[Gergely Karacsony|PERSON|Gergely Karácsony]] said the city would go to court "
            "over a new tax, and opposition leader [[Peter Magyar|PERSON|Péter Magyar]] called "
            "the caps a campaign trick.\n"
        ),
    ),
    (
        "own-dev43a-hanoi-cabinet",
        "2025-04-08",
        (
            "[[HANOI|GPE|Hanoi]], April 8, 2025 ([[Reuters|ORG]]) - [[Vietnam|GPE]]'s deputy "
            "prime minister [[Bui Thanh Son|PERSON|Bùi Thanh Sơn]] said on Tuesday the country "
            "would buy more [[U.S.|GPE|United States]] aircraft and farm goods. Defence "
            "Minister [[Phan Van Giang|PERSON|Phan Văn Giang]] met his [[Japanese|NORP]] "
            "counterpart in [[Hanoi|GPE]], and central bank governor [[Nguyen Thi Hong|PERSON|"
            "Nguyễn Thị Hồng]] said lending would grow 16 percent this year.\n"
        ),
    ),
    (
        "own-dev43a-atp-1996",
        "1996-04-18",
        (
            "TENNIS - BARCELONA OPEN RESULTS.\n"
            "[[BARCELONA|GPE|Barcelona]] 1996-04-18\n"
            "Results of second round matches at the [[Barcelona Open|EVENT|Barcelona Open "
            "(tennis)]] on Thursday (prefix number denotes seeding):\n"
            "[[Felix Mantilla|PERSON|Félix Mantilla]] ([[Spain|GPE]]) beat [[Hernan Gumy|"
            "PERSON|Hernán Gumy]] ([[Argentina|GPE]]) 6-4 6-2\n"
            "[[Karol Kucera|PERSON|Karol Kučera]] ([[Slovakia|GPE]]) beat [[Bohdan Ulihrach|"
            "PERSON]] ([[Czech Republic|GPE]]) 7-5 6-3\n"
            "3-[[Alberto Berasategui|PERSON]] ([[Spain|GPE]]) beat [[Tomas Carbonell|PERSON|"
            "Tomás Carbonell]] ([[Spain|GPE]]) 6-1 6-3\n"
            "[[Javier Frana|PERSON]] ([[Argentina|GPE]]) beat [[Jordi Burillo|PERSON]] "
            "([[Spain|GPE]]) 6-7 6-4 6-4\n"
        ),
    ),
    (
        "own-dev43a-exonyms-1996",
        "1996-11-20",
        (
            "[[ZURICH|GPE|Zurich]] 1996-11-20\n"
            "[[Swiss|NORP]] bank [[UBS|ORG]] said on Wednesday it would move 400 jobs from "
            "[[Zurich|GPE]] to [[Geneva|GPE]] and [[Basle|GPE|Basel]] by 1998. A spokesman "
            "said its offices in [[Munich|GPE]] and [[Montreal|GPE]] were not affected. Its "
            "rival [[Swiss Bank Corporation|ORG]] said it would open a branch in "
            "[[Malmo|GPE|Malmö]].\n"
        ),
    ),
    (
        "own-dev43a-laliga-2025",
        "2025-03-16",
        (
            "[[MADRID|GPE|Madrid]], March 16 ([[Reuters|ORG]]) - [[Atletico Madrid|ORG|"
            "Atlético Madrid]] midfielder [[Pablo Barrios|PERSON]] scored twice as his side "
            "beat [[Getafe|ORG|Getafe CF]] 2-1 on Sunday. [[Getafe|ORG|Getafe CF]] defender "
            "[[Omar Alderete|PERSON]] headed in an equaliser before [[Barrios|PERSON|Pablo "
            "Barrios]] struck again. [[Spanish|NORP]] forward [[Samu Omorodion|PERSON]], on "
            "loan at [[Porto|ORG|FC Porto]], watched from the stand. Coach [[Jose Bordalas|"
            "PERSON|José Bordalás]] said his team had been unlucky.\n"
        ),
    ),
    (
        "own-dev43a-bucharest-cabinet",
        "2025-07-02",
        (
            "[[BUCHAREST|GPE|Bucharest]], July 2, 2025 - [[Romania|GPE]]'s foreign minister "
            "[[Oana Toiu|PERSON|Oana Țoiu]] said on Wednesday the country would buy air "
            "defence systems from [[Germany|GPE]]. Finance Minister [[Alexandru Nazare|PERSON]] "
            "said the deficit would fall to 8.4 percent of output this year. Nationalist leader "
            "[[George Simion|PERSON]] said the measures would hurt pensioners, and [[Elena "
            "Lasconi|PERSON]] said her party would back them.\n"
        ),
    ),
]

CHECK: list[Case] = [
    (
        "own-dev43a-check-spain-1996",
        "1996-05-06",
        (
            "[[MADRID|GPE|Madrid]] 1996-05-06\n"
            "[[Spanish|NORP]] Prime Minister-elect [[Jose Maria Aznar|PERSON|José María "
            "Aznar]] named [[Rodrigo Rato|PERSON]] economy minister on Monday. Outgoing premier "
            "[[Felipe Gonzalez|PERSON|Felipe González]] said his [[Socialist Party|ORG|"
            "Spanish Socialist Workers' Party]] would be a firm opposition. Catalan leader [[Jordi "
            "Pujol|PERSON]] said his support depended on tax powers for [[Catalonia|GPE]].\n"
        ),
    ),
    (
        "own-dev43a-check-liga-2024",
        "2024-12-01",
        (
            "[[BILBAO|GPE|Bilbao]], [[Spain|GPE]], Dec 1 ([[Reuters|ORG]]) - [[Athletic "
            "Bilbao|ORG]] winger [[Inaki Williams|PERSON|Iñaki Williams]] scored and "
            "[[Oihan Sancet|PERSON]] added a second as his side beat [[Real Betis|ORG]] 2-0. "
            "[[Betis|ORG|Real Betis]] coach [[Manuel Pellegrini|PERSON]] said his team had "
            "lacked ideas, and [[Spanish|NORP]] midfielder [[Isco|PERSON]] came on for the last "
            "half-hour. Goalkeeper [[Julen Agirrezabala|PERSON]] kept a clean sheet.\n"
        ),
    ),
    (
        "own-dev43a-check-tennis-women-2025",
        "2025-04-15",
        (
            "[[CHARLESTON|GPE|Charleston, South Carolina]], April 15 ([[Reuters|ORG]]) - "
            "Results from the [[Charleston Open|EVENT]] on Tuesday:\n"
            "First round\n"
            "[[Sara Sorribes Tormo|PERSON]] ([[Spain|GPE]]) beat [[Jaqueline Cristian|PERSON]] "
            "([[Romania|GPE]]) 6-3 6-4\n"
            "[[Zeynep Sonmez|PERSON|Zeynep Sönmez]] ([[Turkey|GPE]]) beat [[Ann Li|PERSON]] "
            "([[United States|GPE]]) 7-5 6-3\n"
            "[[Anna Bondar|PERSON|Anna Bondár]] ([[Hungary|GPE]]) beat [[Katerina "
            "Siniakova|PERSON|Kateřina Siniaková]] ([[Czech Republic|GPE]]) 6-2 2-6 6-4\n"
        ),
    ),
    (
        "own-dev43a-check-mexico-economy",
        "2024-05-23",
        (
            "[[MEXICO CITY|GPE|Mexico City]], May 23, 2024 - [[Mexico|GPE]]'s finance "
            "secretary [[Rogelio Ramirez de la O|PERSON|Rogelio Ramírez de la O]] said on "
            "Thursday the economy would grow about 2.5 percent this year. [[Bank of Mexico|ORG]] "
            "governor [[Victoria Rodriguez Ceja|PERSON|Victoria Rodríguez Ceja]] said rates should stay high, and "
            "former foreign secretary [[Marcelo Ebrard|PERSON]] said trade with the "
            "[[United States|GPE]] was strong. Factories in [[Monterrey|GPE]] and "
            "[[Queretaro|GPE|Querétaro]] were hiring, he said.\n"
        ),
    ),
    (
        "own-dev43a-check-prague-2025",
        "2025-10-20",
        (
            "[[PRAGUE|GPE|Prague]], Oct 20, 2025 - [[Czech|NORP]] [[ANO|ORG|ANO 2011]] "
            "party leader [[Andrej Babis|PERSON|Andrej Babiš]] signed a coalition deal on "
            "Monday with [[Tomio Okamura|PERSON]] and motorists' party leader [[Petr "
            "Macinka|PERSON]]. Outgoing Pirate leader [[Ivan Bartos|PERSON|Ivan Bartoš]] said "
            "the deal was a risk for [[Ukraine|GPE]], and President [[Petr Pavel|PERSON]] "
            "said he would meet [[Babis|PERSON|Andrej Babiš]] on Friday.\n"
        ),
    ),
    (
        "own-dev43a-check-istanbul-2025",
        "2025-03-23",
        (
            "[[ISTANBUL|GPE|Istanbul]], March 23, 2025 ([[Reuters|ORG]]) - A court in "
            "[[Istanbul|GPE]] jailed mayor [[Ekrem Imamoglu|PERSON|Ekrem İmamoğlu]] pending "
            "trial on Sunday. [[Republican People's Party|ORG]] leader [[Ozgur Ozel|PERSON|"
            "Özgür Özel]] called for protests, and Nationalist leader [[Devlet Bahceli|PERSON|"
            "Devlet Bahçeli]] said the courts must be respected. Defence Minister [[Yasar "
            "Guler|PERSON|Yaşar Güler]] was in [[Izmir|GPE|İzmir]].\n"
        ),
    ),
    (
        "own-dev43a-check-places-2025",
        "2025-01-30",
        (
            "[[REYKJAVIK|GPE|Reykjavík]], Jan 30, 2025 - [[Icelandair|ORG]] said on Thursday "
            "it would add flights from [[Reykjavik|GPE|Reykjavík]] to [[Tromso|GPE|Tromsø]] and "
            "[[Gothenburg|GPE]] this summer, and cut its service to [[Munich|GPE]]. Chief "
            "executive [[Bogi Nils Bogason|PERSON]] said bookings from [[Montreal|GPE]] and "
            "[[Zurich|GPE]] were up 12 percent.\n"
        ),
    ),
    (
        "own-dev43a-check-lima-2025",
        "2025-10-15",
        (
            "[[LIMA|GPE|Lima]], Oct 15, 2025 ([[Reuters|ORG]]) - [[Peru|GPE]]'s President "
            "[[Jose Jeri|PERSON|José Jerí]] declared a state of emergency in [[Lima|GPE]] on "
            "Wednesday after a protester was killed. [[Chilean|NORP]] central bank governor [[Rosanna "
            "Costa|PERSON]] said on a visit that copper exports through [[Callao|GPE]] were "
            "not affected, and [[Lima|GPE]] mayor [[Renzo Reggiardo|PERSON]] asked for calm.\n"
        ),
    ),
]


if __name__ == "__main__":
    build_sets(
        HERE / "own-entities-dev43a.jsonl",
        HERE / "own-entities-dev43a-check.jsonl",
        CASES,
        CHECK,
        SOURCE,
    )

"""Write eval/own-entities-dev44a.jsonl and its check file (FORMAT.md): acronyms and short forms
the document itself equates with a body's name, whose letters do not spell the English name.

Session 44 (acro44, issue 13 entity names). The families:

- "<English name of a foreign body> (<acronym of its native name>)": "Statistics Sweden (SCB)",
  "the Norwegian Labour and Welfare Administration (NAV)", "the Federal Employment Agency (BA)",
  "the Brazilian Development Bank (BNDES)", "Vietnam Electricity (EVN)", and the acronym's later
  bare mentions;
- the same with mixed-case acronyms and ampersands or hyphens ("(AfD)", "(OeNB)", "(CD&V)",
  "(N-VA)", "(BdP)", "(AfDB)") and with letters outside A-Z ("(ÖVP)", "(FPÖ)");
- a heading or letterhead in capitals naming the body, with its acronym in brackets or only
  later in the body ("FINNISH INSTITUTE FOR HEALTH AND WELFARE (THL)"), a "From:" line
  ("From: Federal Ministry of Finance (BMF)"), a full name with a legal form before the bracket
  ("HON HAI PRECISION INDUSTRY CO., LTD. (Foxconn)");
- a short generic word the document uses for the one body of that head it named in full ("the
  Alliance", "the Company", "the Bank").

Must stay: tickers after a firm ("Rheinmetall (RHMG.DE)", "Siemens Energy (ETR: ENR)"), a
person's party in brackets ("Johann Wadephul (CDU)"), acronyms whose letters the text spells.

Short wire stories (2024-2025 releases and news, and 1996 Reuters-style copy) written for
briefx by hand and annotated by ANNOTATION.md ("Entities") before briefx was run on them; the
bodies and people are real, the events, figures and quotations invented. Names are English
Wikipedia article titles as the author knows them (CC BY-SA 4.0), not checked against the live
pages.

Entities are marked inline (``eval/entity_marks.py``). Run from the project root:
``python eval/build_own_entities_dev44a.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import Case, build_sets

HERE = Path(__file__).parent
SOURCE = "written for briefx by hand (acro44 helper, session 44); CC0"

CASES: list[Case] = [
    (
        "own-dev44a-berlin-destatis",
        "2025-08-22",
        (
            "[[BERLIN|GPE|Berlin]], Aug 22, 2025 ([[Reuters|ORG]]) - [[Germany|GPE]]'s economy shrank 0.3 percent "
            "in the second quarter, the [[Federal Statistical Office|ORG|Federal Statistical Office of Germany]] "
            "([[Destatis|ORG|Federal Statistical Office of Germany]]) said on Friday. [[Destatis|ORG|Federal "
            "Statistical Office of Germany]] revised its earlier estimate down. The [[Federal Employment "
            "Agency|ORG]] ([[BA|ORG|Federal Employment Agency]]) said unemployment rose above 3 million for the "
            "first time since 2015, and [[BA|ORG|Federal Employment Agency]] chief [[Andrea Nahles|PERSON]] called "
            "for more training places.\n"
        ),
    ),
    (
        "own-dev44a-oslo-nav",
        "2025-03-04",
        (
            "[[OSLO|GPE|Oslo]], March 4, 2025 - The [[Norwegian Labour and Welfare Administration|ORG]] "
            "([[NAV|ORG|Norwegian Labour and Welfare Administration]]) said registered unemployment held at 2.1 "
            "percent in February. [[Statistics Norway|ORG]] ([[SSB|ORG|Statistics Norway]]) will publish its "
            "labour force survey on Thursday, and [[NAV|ORG|Norwegian Labour and Welfare Administration]] "
            "director [[Hans Christian Holte|PERSON]] said demand for workers remained strong in "
            "[[Bergen|GPE]] and [[Stavanger|GPE]]. [[Norges Bank|ORG]] is expected to hold rates.\n"
        ),
    ),
    (
        "own-dev44a-vienna-oenb",
        "2025-06-12",
        (
            "[[VIENNA|GPE|Vienna]], June 12, 2025 - The [[Austrian National Bank|ORG|Oesterreichische "
            "Nationalbank]] ([[OeNB|ORG|Oesterreichische Nationalbank]]) cut its growth forecast for "
            "[[Austria|GPE]] to 0.1 percent this year. [[OeNB|ORG|Oesterreichische Nationalbank]] governor "
            "[[Robert Holzmann|PERSON]] told reporters that [[U.S.|GPE|United States]] tariffs weighed on "
            "exporters. The [[Austrian Institute of Economic Research|ORG]] ([[WIFO|ORG|Austrian Institute of "
            "Economic Research]]) made a similar cut last week.\n"
        ),
    ),
    (
        "own-dev44a-berlin-afd",
        "2025-02-24",
        (
            "[[BERLIN|GPE|Berlin]], Feb 24, 2025 - The [[Christian Democratic Union|ORG|Christian Democratic Union "
            "of Germany]] ([[CDU|ORG|Christian Democratic Union of Germany]]) of [[Friedrich Merz|PERSON]] won "
            "Sunday's election with 28.5 percent, while the far-right [[Alternative for Germany|ORG]] "
            "([[AfD|ORG|Alternative for Germany]]) doubled its share to 20.8 percent. The [[Social "
            "Democrats|ORG|Social Democratic Party of Germany]] ([[SPD|ORG|Social Democratic Party of Germany]]) "
            "of Chancellor [[Olaf Scholz|PERSON]] fell to 16.4 percent. [[Merz|PERSON|Friedrich Merz]] ruled out "
            "any coalition with the [[AfD|ORG|Alternative for Germany]].\n"
        ),
    ),
    (
        "own-dev44a-brussels-cdv",
        "2025-02-03",
        (
            "[[BRUSSELS|GPE|Brussels]], Feb 3, 2025 - [[Bart De Wever|PERSON]] of the [[New Flemish "
            "Alliance|ORG]] ([[N-VA|ORG|New Flemish Alliance]]) was sworn in as [[Belgium|GPE]]'s prime minister "
            "on Monday, heading a coalition with the [[Reformist Movement|ORG]] ([[MR|ORG|Reformist Movement]]), "
            "[[Les Engagés|ORG]] and [[Christian Democratic and Flemish|ORG]] ([[CD&V|ORG|Christian Democratic "
            "and Flemish]]). [[CD&V|ORG|Christian Democratic and Flemish]] leader [[Sammy Mahdi|PERSON]] said the "
            "coalition would cut the deficit.\n"
        ),
    ),
    (
        "own-dev44a-madrid-psoe",
        "2025-07-10",
        (
            "[[MADRID|GPE|Madrid]], July 10, 2025 - The [[Spanish Socialist Workers' Party|ORG]] "
            "([[PSOE|ORG|Spanish Socialist Workers' Party]]) of Prime Minister [[Pedro Sánchez|PERSON]] lost "
            "ground in a poll published on Thursday by the [[Centre for Sociological Research|ORG|Centro de "
            "Investigaciones Sociológicas]] ([[CIS|ORG|Centro de Investigaciones Sociológicas]]). The "
            "[[PSOE|ORG|Spanish Socialist Workers' Party]] polled 27 percent, behind the [[People's "
            "Party|ORG|People's Party (Spain)]] ([[PP|ORG|People's Party (Spain)]]) at 33 percent, while the "
            "[[Basque Nationalist Party|ORG]] ([[PNV|ORG|Basque Nationalist Party]]) warned it could withdraw "
            "its support.\n"
        ),
    ),
    (
        "own-dev44a-brasilia-ibge",
        "2025-09-02",
        (
            "[[BRASILIA|GPE|Brasília]], Sept 2, 2025 - [[Brazil|GPE]]'s economy grew 0.4 percent in the second "
            "quarter, the [[Brazilian Institute of Geography and Statistics|ORG]] ([[IBGE|ORG|Brazilian Institute "
            "of Geography and Statistics]]) said on Tuesday. The [[Brazilian Development Bank|ORG]] "
            "([[BNDES|ORG|Brazilian Development Bank]]) said it would lend 10 billion reais to exporters hit by "
            "[[U.S.|GPE|United States]] tariffs, and [[BNDES|ORG|Brazilian Development Bank]] president "
            "[[Aloizio Mercadante|PERSON]] said the money would reach small firms first.\n"
        ),
    ),
    (
        "own-dev44a-buenosaires-bcra",
        "2025-04-14",
        (
            "[[BUENOS AIRES|GPE|Buenos Aires]], April 14, 2025 - The [[Central Bank of Argentina|ORG]] "
            "([[BCRA|ORG|Central Bank of Argentina]]) lifted most currency controls on Monday. Economy Minister "
            "[[Luis Caputo|PERSON]] said the [[International Monetary Fund|ORG]] ([[IMF|ORG|International "
            "Monetary Fund]]) had disbursed $12 billion. The [[BCRA|ORG|Central Bank of Argentina]] will let the "
            "peso float within a band.\n"
        ),
    ),
    (
        "own-dev44a-hanoi-evn",
        "2025-05-10",
        (
            "[[HANOI|GPE|Hanoi]], May 10, 2025 - [[Vietnam Electricity|ORG]] ([[EVN|ORG|Vietnam Electricity]]) "
            "raised average retail power prices by 4.8 percent on Saturday, its second rise in a year. "
            "[[EVN|ORG|Vietnam Electricity]] said it still sold power below cost after losses in 2023. The "
            "[[Ministry of Industry and Trade|ORG|Ministry of Industry and Trade (Vietnam)]] "
            "([[MOIT|ORG|Ministry of Industry and Trade (Vietnam)]]) approved the increase.\n"
        ),
    ),
    (
        "own-dev44a-from-bmf",
        "2024-07-05",
        (
            "From: [[Federal Ministry of Finance|ORG|Federal Ministry of Finance (Germany)]] ([[BMF|ORG|Federal "
            "Ministry of Finance (Germany)]])\nPublished 5 July 2024\n\nCabinet agrees draft budget for 2025\n\n"
            "The [[BMF|ORG|Federal Ministry of Finance (Germany)]] said on Friday that the federal government "
            "would borrow 44 billion euros next year. Minister [[Christian Lindner|PERSON]] said the "
            "[[Bundestag|ORG]] would debate the draft in September.\n"
        ),
    ),
    (
        "own-dev44a-letterhead-fhi",
        "2025-01-09",
        (
            "[[NORWEGIAN INSTITUTE OF PUBLIC HEALTH|ORG|Norwegian Institute of Public Health]]\nPress release, 9 "
            "January 2025\n\nFlu season peaks early\n\nInfluenza activity rose sharply in the first week of the "
            "year, [[FHI|ORG|Norwegian Institute of Public Health]] said on Thursday. Hospitals in "
            "[[Oslo|GPE]] and [[Trondheim|GPE]] were under pressure, and [[FHI|ORG|Norwegian Institute of Public "
            "Health]] urged people over 65 to get vaccinated.\n"
        ),
    ),
    (
        "own-dev44a-heading-thl",
        "2024-10-03",
        (
            "[[FINNISH INSTITUTE FOR HEALTH AND WELFARE|ORG|Finnish Institute for Health and Welfare]] "
            "([[THL|ORG|Finnish Institute for Health and Welfare]])\n\n[[HELSINKI|GPE|Helsinki]], 3 October "
            "2024 - Four measles cases have been confirmed in [[Finland|GPE]] this year, "
            "[[THL|ORG|Finnish Institute for Health and Welfare]] said on Thursday. [[THL|ORG|Finnish Institute "
            "for Health and Welfare]] recommends two doses of the vaccine for travellers.\n"
        ),
    ),
    (
        "own-dev44a-aramco",
        "2024-11-05",
        (
            "[[SAUDI ARABIAN OIL COMPANY|ORG|Saudi Aramco]] ([[Aramco|ORG|Saudi Aramco]])\n\n"
            "[[DHAHRAN|GPE|Dhahran]], [[Saudi Arabia|GPE]], Nov 5, 2024 - [[Aramco|ORG|Saudi Aramco]] reported "
            "third-quarter net income of $27.6 billion on Tuesday, down 15 percent from a year earlier on lower "
            "crude prices. The [[Company|ORG|Saudi Aramco]] will pay a base dividend of $20.3 billion for the "
            "quarter.\n"
        ),
    ),
    (
        "own-dev44a-foxconn",
        "2025-03-14",
        (
            "[[HON HAI PRECISION INDUSTRY CO., LTD.|ORG|Foxconn]] ([[Foxconn|ORG]])\n\n[[TAIPEI|GPE|Taipei]], "
            "March 14, 2025 - [[Foxconn|ORG]] reported fourth-quarter net profit of T$46.3 billion, below "
            "forecasts, as margins on servers for [[Nvidia|ORG]] stayed thin. Chairman [[Young Liu|PERSON]] said "
            "the [[Company|ORG|Foxconn]] would build more plants in [[Mexico|GPE]].\n"
        ),
    ),
    (
        "own-dev44a-niamey-aes",
        "2025-01-29",
        (
            "[[NIAMEY|GPE|Niamey]], Jan 29, 2025 - [[Mali|GPE]], [[Burkina Faso|GPE]] and [[Niger|GPE]] formally "
            "left the [[Economic Community of West African States|ORG]] ([[ECOWAS|ORG|Economic Community of West "
            "African States]]) on Wednesday. The [[Alliance of Sahel States|ORG]] ([[AES|ORG|Alliance of Sahel "
            "States]]) said it would issue its own passports. The [[Alliance|ORG|Alliance of Sahel States]] also "
            "plans a joint force of 5,000 troops.\n"
        ),
    ),
    (
        "own-dev44a-bonn-dgb-1996",
        "1996-08-22",
        (
            "[[BONN|GPE|Bonn]] 1996-08-22\nThe [[German Trade Union Federation|ORG|German Trade Union "
            "Confederation]] ([[DGB|ORG|German Trade Union Confederation]]) on Thursday called for a day of "
            "national protest against Chancellor [[Helmut Kohl|PERSON]]'s planned cuts in sick pay. The "
            "[[Federation of German Industries|ORG]] ([[BDI|ORG|Federation of German Industries]]) said the cuts "
            "were overdue. [[DGB|ORG|German Trade Union Confederation]] chairman [[Dieter Schulte|PERSON]] said "
            "up to 250,000 people could march in [[Bonn|GPE]] in September.\n"
        ),
    ),
    (
        "own-dev44a-paris-cfdt-1996",
        "1996-09-03",
        (
            "[[PARIS|GPE|Paris]] 1996-09-03\nThe [[French Democratic Confederation of Labour|ORG]] "
            "([[CFDT|ORG|French Democratic Confederation of Labour]]) and the [[Force Ouvriere|ORG|Force "
            "Ouvrière]] ([[FO|ORG|Force Ouvrière]]) union said on Tuesday they would join a public sector strike "
            "next month. [[CFDT|ORG|French Democratic Confederation of Labour]] leader [[Nicole Notat|PERSON]] "
            "said Prime Minister [[Alain Juppe|PERSON|Alain Juppé]] had ignored the unions.\n"
        ),
    ),
    (
        "own-dev44a-stockholm-scb",
        "2025-10-28",
        (
            "[[STOCKHOLM|GPE|Stockholm]], Oct 28, 2025 - [[Sweden|GPE]]'s unemployment rate rose to 9.2 percent "
            "in September, [[Statistics Sweden|ORG]] ([[SCB|ORG|Statistics Sweden]]) said on Tuesday. The "
            "[[Swedish Public Employment Service|ORG]] ([[Arbetsförmedlingen|ORG|Swedish Public Employment "
            "Service]]) said layoff notices had eased. [[SCB|ORG|Statistics Sweden]] revised the August rate "
            "down to 8.9 percent.\n"
        ),
    ),
    (
        "own-dev44a-hague-cbs",
        "2025-08-14",
        (
            "[[THE HAGUE|GPE|The Hague]], Aug 14, 2025 - The [[Dutch|NORP]] economy grew 0.1 percent in the "
            "second quarter, [[Statistics Netherlands|ORG]] ([[CBS|ORG|Statistics Netherlands]]) said on "
            "Thursday. [[CBS|ORG|Statistics Netherlands]] said household spending rose while exports fell. The "
            "[[Dutch Safety Board|ORG]] ([[OVV|ORG|Dutch Safety Board]]) separately opened an inquiry into a "
            "train collision near [[Utrecht|GPE]].\n"
        ),
    ),
    (
        "own-dev44a-frankfurt-tickers",
        "2025-03-06",
        (
            "[[FRANKFURT|GPE|Frankfurt]], March 6, 2025 ([[Reuters|ORG]]) - Shares of [[Rheinmetall|ORG]] "
            "(RHMG.DE) rose 6 percent and [[Siemens Energy|ORG]] (ETR: ENR) gained 4 percent after "
            "[[Berlin|GPE]] agreed to loosen its debt brake for defence. Lawmaker [[Johann Wadephul|PERSON]] "
            "([[CDU|ORG|Christian Democratic Union of Germany]]) said the [[Bundestag|ORG]] would vote within "
            "two weeks.\n"
        ),
    ),
]

CHECK: list[Case] = [
    (
        "own-dev44a-check-copenhagen-ens",
        "2024-12-03",
        (
            "[[COPENHAGEN|GPE|Copenhagen]], Dec 3, 2024 - The [[Danish Energy Agency|ORG]] ([[ENS|ORG|Danish "
            "Energy Agency]]) cancelled the country's largest offshore wind tender on Tuesday after it drew no "
            "bids. [[ENS|ORG|Danish Energy Agency]] said it would rework the terms, and Climate Minister "
            "[[Lars Aagaard|PERSON]] said subsidies could return.\n"
        ),
    ),
    (
        "own-dev44a-check-bern-sbb",
        "2025-03-20",
        (
            "[[BERN|GPE|Bern]], March 20, 2025 - [[Swiss Federal Railways|ORG]] ([[SBB|ORG|Swiss Federal "
            "Railways]]) carried a record 1.3 million passengers a day last year, it said on Thursday. "
            "[[SBB|ORG|Swiss Federal Railways]] chief executive [[Vincent Ducrot|PERSON]] said punctuality had "
            "improved despite work on the line to [[Lausanne|GPE]].\n"
        ),
    ),
    (
        "own-dev44a-check-rome-fdi",
        "2025-06-09",
        (
            "[[ROME|GPE|Rome]], June 9, 2025 - Prime Minister [[Giorgia Meloni|PERSON]]'s [[Brothers of "
            "Italy|ORG]] ([[FdI|ORG|Brothers of Italy]]) led a new poll with 30 percent, ahead of the "
            "[[Democratic Party|ORG|Democratic Party (Italy)]] ([[PD|ORG|Democratic Party (Italy)]]) of "
            "[[Elly Schlein|PERSON]] at 22 percent. [[FdI|ORG|Brothers of Italy]] gained a point since May.\n"
        ),
    ),
    (
        "own-dev44a-check-jreast",
        "2025-04-30",
        (
            "[[EAST JAPAN RAILWAY COMPANY|ORG|East Japan Railway Company]] ([[JR East|ORG|East Japan Railway "
            "Company]])\n\n[[TOKYO|GPE|Tokyo]], April 30, 2025 - [[JR East|ORG|East Japan Railway Company]] "
            "said operating profit rose 12 percent in the year to March as tourists returned. The "
            "[[Company|ORG|East Japan Railway Company]] plans to raise fares on lines around [[Tokyo|GPE]] "
            "next spring.\n"
        ),
    ),
    (
        "own-dev44a-check-madrid-ugt-1996",
        "1996-08-27",
        (
            "[[MADRID|GPE|Madrid]] 1996-08-27\n[[Spain|GPE]]'s [[General Union of Workers|ORG|Unión General de "
            "Trabajadores]] ([[UGT|ORG|Unión General de Trabajadores]]) and the [[Workers' Commissions|ORG]] "
            "([[CCOO|ORG|Workers' Commissions]]) said on Tuesday they would fight Prime Minister [[Jose Maria "
            "Aznar|PERSON|José María Aznar]]'s public sector pay freeze. [[UGT|ORG|Unión General de "
            "Trabajadores]] leader [[Candido Mendez|PERSON|Cándido Méndez]] said talks had failed.\n"
        ),
    ),
    (
        "own-dev44a-check-vienna-fpo",
        "2024-09-30",
        (
            "[[VIENNA|GPE|Vienna]], Sept 30, 2024 - The [[Freedom Party of Austria|ORG]] ([[FPÖ|ORG|Freedom Party "
            "of Austria]]) won Sunday's parliamentary election with 28.8 percent, ahead of Chancellor [[Karl "
            "Nehammer|PERSON]]'s [[Austrian People's Party|ORG]] ([[ÖVP|ORG|Austrian People's Party]]). "
            "[[FPÖ|ORG|Freedom Party of Austria]] leader [[Herbert Kickl|PERSON]] said the [[ÖVP|ORG|Austrian "
            "People's Party]] should talk to him.\n"
        ),
    ),
    (
        "own-dev44a-check-lisbon-bdp",
        "2025-06-11",
        (
            "[[LISBON|GPE|Lisbon]], June 11, 2025 - The [[Bank of Portugal|ORG]] ([[BdP|ORG|Bank of Portugal]]) "
            "raised its growth forecast for [[Portugal|GPE]] to 2.3 percent this year. [[BdP|ORG|Bank of "
            "Portugal]] governor [[Mário Centeno|PERSON]] said wages would keep rising.\n"
        ),
    ),
    (
        "own-dev44a-check-abidjan-afdb",
        "2025-05-29",
        (
            "[[ABIDJAN|GPE|Abidjan]], May 29, 2025 - The [[African Development Bank|ORG]] ([[AfDB|ORG|African "
            "Development Bank]]) elected [[Sidi Ould Tah|PERSON]] of [[Mauritania|GPE]] as its president on "
            "Thursday. [[AfDB|ORG|African Development Bank]] shareholders met in [[Abidjan|GPE]], and the "
            "[[Bank|ORG|African Development Bank]] said he would take office in September.\n"
        ),
    ),
]


if __name__ == "__main__":
    build_sets(
        HERE / "own-entities-dev44a.jsonl",
        HERE / "own-entities-dev44a-check.jsonl",
        CASES,
        CHECK,
        SOURCE,
    )

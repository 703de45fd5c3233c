"""Write eval/own-statements-dev44s.jsonl and its check file (FORMAT.md): who said it, the head of
the subject phrase.

Session 44 (stmt44): short briefs (2024-2025 wire copy and official releases, 1996 Reuters-style
wire copy) whose speaker is the head of the subject phrase while other entities stand inside it or
next to it: a person's apposition names their employer, university, city, constituency, party or
country ("X, a professor at Y in Z, said", "X, MP for Y, said", "X, Y's chief executive, told",
"X of the Y party said"); an organisation before its officer ("Y chief executive X said"); a
place or a date opens the clause ("In March, the bank expects ...", "In Germany, the institute
expects ..."); a second person is the object of the cue ("A told B that ...", "A met B and said
..."); a company's product or unit is named before "the company said"; "according to X, Y's
managing director". Written for briefx by hand and annotated by ANNOTATION.md ("Entities",
"Statements") before briefx was run on them; institutions, countries and people are real and
chosen from general knowledge (none taken from an eval file), the events, figures and quotations
invented. Figures and dates are not listed apart (as in the earlier statement dev sets); the
figure links of each statement are.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) as in ``build_own_statements.case``. Run from the project root:
``python eval/build_own_statements_dev44s.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (stmt44 helper, session 44); CC0"

CASES = [
    (
        "own-dev44s-boe-professors",
        "2025-02-06",
        (
            "[[LONDON|GPE|London]], Feb 6 ([[Reuters|ORG]]) - The [[Bank of England|ORG]] cut interest rates to 4.5% "
            "on Thursday. [[Lucrezia Reichlin|PERSON]], a professor at [[London Business School|ORG]] in "
            "[[London|GPE]], said the cut was overdue given the weakness of the economy. [[Swati Dhingra|PERSON]], an "
            "external member of the [[Monetary Policy Committee|ORG]], said she had voted for a half-point reduction. "
            "“We have to be careful,” Governor [[Andrew Bailey|PERSON]] told reporters.\n"
        ),
        [
            ("Lucrezia Reichlin", "say", "the cut was overdue given the weakness of the economy", False, []),
            ("Swati Dhingra", "say", "she had voted for a half-point reduction", False, []),
            ("Andrew Bailey", "tell", "We have to be careful", True, []),
        ],
    ),
    (
        "own-dev44s-commons-mp-for",
        "2025-01-14",
        (
            "[[LONDON|GPE|London]], Jan 14 - [[Nigel Farage|PERSON]], MP for "
            "[[Clacton|GPE|Clacton (UK Parliament constituency)]], said on Tuesday that [[Reform UK|ORG]] would vote "
            "against the bill. Finance minister [[Rachel Reeves|PERSON]] told the [[House of Commons|ORG]] that "
            "borrowing costs were being driven by global markets. [[Mel Stride|PERSON]], the shadow chancellor, said "
            "the government had lost control of the public finances.\n"
        ),
        [
            ("Nigel Farage", "say", "Reform UK would vote against the bill", False, []),
            ("Rachel Reeves", "tell", "borrowing costs were being driven by global markets", False, []),
            ("Mel Stride", "say", "the government had lost control of the public finances", False, []),
        ],
    ),
    (
        "own-dev44s-carmakers-chiefs",
        "2025-03-19",
        (
            "[[MUNICH|GPE|Munich]], March 19 ([[Reuters|ORG]]) - [[Oliver Zipse|PERSON]], [[BMW|ORG]]'s chief executive, "
            "told analysts on Wednesday that the carmaker expected an operating margin of between 5% and 7% this year. "
            "[[Volkswagen|ORG|Volkswagen Group]] finance chief [[Arno Antlitz|PERSON]] said the group would cut "
            "35,000 jobs in [[Germany|GPE]] by 2030. [[Ola Källenius|PERSON]], chairman of the board of "
            "[[Mercedes-Benz|ORG|Mercedes-Benz Group]], said tariffs were the biggest risk to the industry.\n"
        ),
        [
            ("Oliver Zipse", "tell", "the carmaker expected an operating margin of between 5% and 7% this year", False, ["5%", "7%"]),
            ("Arno Antlitz", "say", "the group would cut 35,000 jobs in Germany by 2030", False, ["35,000"]),
            ("Ola Källenius", "say", "tariffs were the biggest risk to the industry", False, []),
        ],
    ),
    (
        "own-dev44s-forecasters-expect",
        "2025-04-22",
        (
            "[[WASHINGTON|GPE|Washington, D.C.]], April 22 - For 2025, the [[International Monetary Fund|ORG]] expects "
            "global growth of 2.8%, down from its January forecast. In [[Germany|GPE]], the [[Ifo Institute|ORG]] "
            "expects output to stagnate for a third year. In March, the [[Bundesbank|ORG|Deutsche Bundesbank]] "
            "said the economy had probably shrunk in the first quarter. [[Pierre-Olivier Gourinchas|PERSON]], the "
            "fund's chief economist, said the outlook depended on trade talks.\n"
        ),
        [
            ("International Monetary Fund", "expect", "global growth of 2.8%, down from its January forecast", False, ["2.8%"]),
            ("Ifo Institute", "expect", "output to stagnate for a third year", False, ["third"]),
            ("Deutsche Bundesbank", "say", "the economy had probably shrunk in the first quarter", False, []),
            ("Pierre-Olivier Gourinchas", "say", "the outlook depended on trade talks", False, []),
        ],
    ),
    (
        "own-dev44s-macron-told-starmer",
        "2025-03-02",
        (
            "[[LONDON|GPE|London]], March 2 - [[French|NORP]] President [[Emmanuel Macron|PERSON]] told "
            "[[Keir Starmer|PERSON]] that [[France|GPE]] was ready to send troops to [[Ukraine|GPE]] after a "
            "ceasefire. [[Starmer|PERSON|Keir Starmer]] told the [[BBC|ORG]] that [[Britain|GPE|United Kingdom]] would lead a coalition of "
            "willing countries. [[Mark Rutte|PERSON]] met the leaders at [[Lancaster House|FAC]] and said "
            "[[NATO|ORG]] members would have to spend more on defence.\n"
        ),
        [
            ("Emmanuel Macron", "tell", "France was ready to send troops to Ukraine after a ceasefire", False, []),
            ("Keir Starmer", "tell", "Britain would lead a coalition of willing countries", False, []),
            ("Mark Rutte", "say", "NATO members would have to spend more on defence", False, []),
        ],
    ),
    (
        "own-dev44s-xi-met-sanchez",
        "2025-04-11",
        (
            "[[BEIJING|GPE|Beijing]], April 11 ([[Reuters|ORG]]) - [[Xi Jinping|PERSON]] met [[Spanish|NORP]] Prime "
            "Minister [[Pedro Sánchez|PERSON]] in [[Beijing|GPE]] on Friday and said [[China|GPE]] and the "
            "[[European Union|ORG]] should jointly resist unilateral bullying. [[Sánchez|PERSON|Pedro Sánchez]] told reporters after the "
            "meeting that [[Spain|GPE]] wanted a more balanced trade relationship with [[China|GPE]].\n"
        ),
        [
            ("Xi Jinping", "say", "China and the European Union should jointly resist unilateral bullying", False, []),
            ("Pedro Sánchez", "tell", "Spain wanted a more balanced trade relationship with China", False, []),
        ],
    ),
    (
        "own-dev44s-apple-product",
        "2025-05-02",
        (
            "[[Apple|ORG|Apple Inc.]]'s [[iPhone|PRODUCT]] sales fell 8% in [[China|GPE]] in the quarter to March, the "
            "company said on Thursday. Chief Executive [[Tim Cook|PERSON]] told analysts that tariffs would add about "
            "$900 million to costs in the current quarter. [[Counterpoint Research|ORG]] estimated that "
            "[[Huawei|ORG]] had overtaken [[Apple|ORG|Apple Inc.]] in the [[Chinese|NORP]] market.\n"
        ),
        [
            ("Apple Inc.", "say", "Apple's iPhone sales fell 8% in China in the quarter to March", False, ["8%"]),
            ("Tim Cook", "tell", "tariffs would add about $900 million to costs in the current quarter", False, ["about $900 million"]),
            ("Counterpoint Research", "estimate", "Huawei had overtaken Apple in the Chinese market", False, []),
        ],
    ),
    (
        "own-dev44s-bundestag-parties",
        "2025-02-10",
        (
            "[[BERLIN|GPE|Berlin]], Feb 10 - [[Friedrich Merz|PERSON]] of the "
            "[[Christian Democrats|ORG|Christian Democratic Union of Germany]] said on Monday he would not form a "
            "government with the far right. [[Olaf Scholz|PERSON]], [[Germany|GPE]]'s chancellor, told voters in "
            "[[Potsdam|GPE]] that his party would protect pensions. [[Robert Habeck|PERSON]] of the "
            "[[Greens|ORG|Alliance 90/The Greens]] warned that the country could not afford to fall behind on "
            "climate policy.\n"
        ),
        [
            ("Friedrich Merz", "say", "he would not form a government with the far right", False, []),
            ("Olaf Scholz", "tell", "his party would protect pensions", False, []),
            ("Robert Habeck", "warn", "the country could not afford to fall behind on climate policy", False, []),
        ],
    ),
    (
        "own-dev44s-1996-arthuis",
        "1996-09-18",
        (
            "[[PARIS|GPE|Paris]] 1996-09-18 - [[Jean Arthuis|PERSON]], [[France|GPE]]'s economy minister, told "
            "[[Europe 1|ORG]] radio that the 1997 budget deficit would be cut to 3 percent of gross domestic product. "
            "[[Jean-Claude Trichet|PERSON]], governor of the [[Banque de France|ORG]], said the franc would remain "
            "stable. [[Lionel Jospin|PERSON]], leader of the opposition "
            "[[Socialist Party|ORG|Socialist Party (France)]], said the cuts would cost jobs.\n"
        ),
        [
            ("Jean Arthuis", "tell", "the 1997 budget deficit would be cut to 3 percent of gross domestic product", False, ["3 percent"]),
            ("Jean-Claude Trichet", "say", "the franc would remain stable", False, []),
            ("Lionel Jospin", "say", "the cuts would cost jobs", False, []),
        ],
    ),
    (
        "own-dev44s-1996-hashimoto-clinton",
        "1996-04-17",
        (
            "[[TOKYO|GPE|Tokyo]] 1996-04-17 - [[Japanese|NORP]] Prime Minister [[Ryutaro Hashimoto|PERSON]] told "
            "[[U.S.|GPE|United States]] President [[Bill Clinton|PERSON]] that [[Japan|GPE]] would return part of the "
            "land used by the [[Futenma|FAC|Marine Corps Air Station Futenma]] base. [[Yasuo Matsushita|PERSON]], "
            "governor of the [[Bank of Japan|ORG]], said interest rates would stay low for some time. \"The recovery "
            "is still fragile,\" [[Matsushita|PERSON|Yasuo Matsushita]] told a news conference.\n"
        ),
        [
            ("Ryutaro Hashimoto", "tell", "Japan would return part of the land used by the Futenma base", False, []),
            ("Yasuo Matsushita", "say", "interest rates would stay low for some time", False, []),
            ("Yasuo Matsushita", "tell", "The recovery is still fragile", True, []),
        ],
    ),
    (
        "own-dev44s-fletcher-council",
        "2025-05-13",
        (
            "[[UNITED NATIONS|ORG|United Nations]], May 13 - [[Tom Fletcher|PERSON]], the [[United Nations|ORG]]'s "
            "humanitarian chief, told the [[Security Council|ORG|United Nations Security Council]] that aid to "
            "[[Gaza|GPE|Gaza Strip]] had been blocked for ten weeks. [[Israel|GPE]]'s ambassador, "
            "[[Danny Danon|PERSON]], said the aid was being diverted by [[Hamas|ORG]]. The [[World Food Programme|ORG]] "
            "warned that its stocks in the territory had run out.\n"
        ),
        [
            ("Tom Fletcher", "tell", "aid to Gaza had been blocked for ten weeks", False, []),
            ("Danny Danon", "say", "the aid was being diverted by Hamas", False, []),
            ("World Food Programme", "warn", "its stocks in the territory had run out", False, []),
        ],
    ),
    (
        "own-dev44s-measles-experts",
        "2025-03-07",
        (
            "Measles cases in [[Texas|GPE]] rose to 198 on Friday. [[Michael Osterholm|PERSON]], director of the "
            "[[Center for Infectious Disease Research and Policy|ORG]] at the [[University of Minnesota|ORG]] in "
            "[[Minneapolis|GPE]], said the outbreak could last for months. \"We are seeing the cost of falling "
            "vaccination rates,\" said [[Jennifer Nuzzo|PERSON]], director of the pandemic center at "
            "[[Brown University|ORG]]. The [[Centers for Disease Control and Prevention|ORG]] urged parents to "
            "vaccinate their children.\n"
        ),
        [
            ("Michael Osterholm", "say", "the outbreak could last for months", False, []),
            ("Jennifer Nuzzo", "say", "We are seeing the cost of falling vaccination rates", True, []),
            ("Centers for Disease Control and Prevention", "urge", "parents to vaccinate their children", False, []),
        ],
    ),
    (
        "own-dev44s-nvidia-tsmc",
        "2025-02-27",
        (
            "[[SANTA CLARA|GPE|Santa Clara, California]], Feb 27 - [[Jensen Huang|PERSON]], [[Nvidia|ORG]]'s chief "
            "executive, told analysts that demand for its new chips was extraordinary. [[Nvidia|ORG]]'s data center unit "
            "earned $35.6 billion in the quarter, the company said. [[TSMC|ORG]] Chairman [[C. C. Wei|PERSON]] said in "
            "[[Taipei|GPE]] that his company would raise capacity for advanced packaging.\n"
        ),
        [
            ("Jensen Huang", "tell", "demand for its new chips was extraordinary", False, []),
            ("Nvidia", "say", "Nvidia's data center unit earned $35.6 billion in the quarter", False, ["$35.6 billion"]),
            ("C. C. Wei", "say", "his company would raise capacity for advanced packaging", False, []),
        ],
    ),
    (
        "own-dev44s-1996-manuel-stals",
        "1996-06-14",
        (
            "[[CAPE TOWN|GPE|Cape Town]] 1996-06-14 - [[Trevor Manuel|PERSON]], [[South Africa|GPE]]'s finance "
            "minister, told parliament in [[Cape Town|GPE]] that the government would cut the budget deficit to 4 "
            "percent of GDP by 1999. [[Chris Stals|PERSON]], governor of the [[South African Reserve Bank|ORG]], said "
            "the rand's fall had been overdone. In [[Johannesburg|GPE]], dealers said the currency was steady.\n"
        ),
        [
            ("Trevor Manuel", "tell", "the government would cut the budget deficit to 4 percent of GDP by 1999", False, ["4 percent"]),
            ("Chris Stals", "say", "the rand's fall had been overdone", False, []),
        ],
    ),
    (
        "own-dev44s-press-secretaries",
        "2025-03-12",
        (
            "[[WASHINGTON|GPE|Washington, D.C.]], March 12 - [[Karoline Leavitt|PERSON]], the "
            "[[White House|ORG]] press secretary, said the president was open to a 30-day ceasefire in "
            "[[Ukraine|GPE]]. [[Dmitry Peskov|PERSON]], the [[Kremlin|ORG|Moscow Kremlin]] spokesman, told reporters in "
            "[[Moscow|GPE]] that [[Russia|GPE]] was waiting for details of the proposal. [[Tammy Bruce|PERSON]], a "
            "spokesperson for the [[State Department|ORG|United States Department of State]], said talks would "
            "continue in [[Saudi Arabia|GPE]].\n"
        ),
        [
            ("Karoline Leavitt", "say", "the president was open to a 30-day ceasefire in Ukraine", False, []),
            ("Dmitry Peskov", "tell", "Russia was waiting for details of the proposal", False, []),
            ("Tammy Bruce", "say", "talks would continue in Saudi Arabia", False, []),
        ],
    ),
    (
        "own-dev44s-mayors",
        "2024-07-30",
        (
            "[[PARIS|GPE|Paris]], July 30 - [[Paris|GPE]] Mayor [[Anne Hidalgo|PERSON]] said on Tuesday the "
            "[[Seine|LOC]] was clean enough for the triathlon to go ahead. [[Sadiq Khan|PERSON]], the Mayor of "
            "[[London|GPE]], told [[LBC|ORG]] radio that his city would bid for more events. "
            "[[World Triathlon|ORG]] said the race would be held on Wednesday.\n"
        ),
        [
            ("Anne Hidalgo", "say", "the Seine was clean enough for the triathlon to go ahead", False, []),
            ("Sadiq Khan", "tell", "his city would bid for more events", False, []),
            ("World Triathlon", "say", "the race would be held on Wednesday", False, []),
        ],
    ),
    (
        "own-dev44s-modi-met-trump",
        "2025-02-14",
        (
            "[[WASHINGTON|GPE|Washington, D.C.]], Feb 14 ([[Reuters|ORG]]) - [[Indian|NORP]] Prime Minister "
            "[[Narendra Modi|PERSON]] met [[Donald Trump|PERSON]] at the [[White House|FAC]] on Thursday and said "
            "[[India|GPE]] would buy more [[American|NORP]] oil and gas. [[Trump|PERSON|Donald Trump]] told reporters that [[India|GPE]]'s tariffs were "
            "very unfair. [[Vikram Misri|PERSON]], [[India|GPE]]'s foreign secretary, said the two sides aimed to "
            "double trade to $500 billion by 2030.\n"
        ),
        [
            ("Narendra Modi", "say", "India would buy more American oil and gas", False, []),
            ("Donald Trump", "tell", "India's tariffs were very unfair", False, []),
            ("Vikram Misri", "say", "the two sides aimed to double trade to $500 billion by 2030", False, ["$500 billion"]),
        ],
    ),
    (
        "own-dev44s-according-heads",
        "2025-04-09",
        (
            "[[PARIS|GPE|Paris]], April 9 - Global oil demand will grow by 730,000 barrels a day this year, according to "
            "[[Fatih Birol|PERSON]], executive director of the [[International Energy Agency|ORG]]. Trade tensions could "
            "cut world growth sharply, according to [[Kristalina Georgieva|PERSON]], the [[IMF|ORG|International Monetary Fund]]'s "
            "managing director. [[OPEC|ORG]] said it would raise output in May.\n"
        ),
        [
            ("Fatih Birol", "according to", "Global oil demand will grow by 730,000 barrels a day this year", False, ["730,000 barrels"]),
            ("Kristalina Georgieva", "according to", "Trade tensions could cut world growth sharply", False, []),
            ("OPEC", "say", "it would raise output in May", False, []),
        ],
    ),
]

CHECK = [
    (
        "own-dev44s-check-economists-chicago",
        "2025-01-20",
        (
            "[[NEW DELHI|GPE|New Delhi]], Jan 20 - [[Raghuram Rajan|PERSON]], a professor at the "
            "[[University of Chicago|ORG]] and a former governor of the [[Reserve Bank of India|ORG]], said "
            "[[India|GPE]] needed to create far more jobs for young people. [[Jayati Ghosh|PERSON]], a professor at "
            "the [[University of Massachusetts Amherst|ORG]] in [[Amherst|GPE|Amherst, Massachusetts]], said the budget "
            "should raise spending on health. The central bank said inflation had eased to 5.2% in December.\n"
        ),
        [
            ("Raghuram Rajan", "say", "India needed to create far more jobs for young people", False, []),
            ("Jayati Ghosh", "say", "the budget should raise spending on health", False, []),
            ("Reserve Bank of India", "say", "inflation had eased to 5.2% in December", False, ["5.2%"]),
        ],
    ),
    (
        "own-dev44s-check-commons-corbyn",
        "2025-06-04",
        (
            "[[LONDON|GPE|London]], June 4 - [[Jeremy Corbyn|PERSON]], MP for "
            "[[Islington North|GPE|Islington North (UK Parliament constituency)]], told the "
            "[[House of Commons|ORG]] that the cuts to disability benefits were cruel. [[Ed Davey|PERSON]], leader of "
            "the [[Liberal Democrats|ORG|Liberal Democrats (UK)]], said his party would vote against them. Work and "
            "Pensions Secretary [[Liz Kendall|PERSON]] said the reforms would help 250,000 people into work.\n"
        ),
        [
            ("Jeremy Corbyn", "tell", "the cuts to disability benefits were cruel", False, []),
            ("Ed Davey", "say", "his party would vote against them", False, []),
            ("Liz Kendall", "say", "the reforms would help 250,000 people into work", False, ["250,000"]),
        ],
    ),
    (
        "own-dev44s-check-airlines",
        "2025-01-27",
        (
            "[[DUBLIN|GPE|Dublin]], Jan 27 ([[Reuters|ORG]]) - [[Ryanair|ORG]] Chief Executive "
            "[[Michael O'Leary|PERSON|Michael O'Leary (businessman)]] said fares would fall this summer because of "
            "delays to [[Boeing|ORG]] deliveries. [[Carsten Spohr|PERSON]], [[Lufthansa|ORG]]'s chief executive, told "
            "a conference in [[Frankfurt|GPE]] that [[European|NORP]] carriers were losing ground to state-backed rivals. "
            "[[Airbus|ORG]]'s [[A321XLR|PRODUCT|Airbus A321XLR]] had entered service with two airlines, the company "
            "said.\n"
        ),
        [
            ("Michael O'Leary (businessman)", "say", "fares would fall this summer because of delays to Boeing deliveries", False, []),
            ("Carsten Spohr", "tell", "European carriers were losing ground to state-backed rivals", False, []),
            ("Airbus", "say", "Airbus's A321XLR had entered service with two airlines", False, ["two"]),
        ],
    ),
    (
        "own-dev44s-check-zelenskyy-costa",
        "2025-03-06",
        (
            "[[BRUSSELS|GPE|Brussels]], March 6 - [[Volodymyr Zelenskyy|PERSON]] told [[António Costa|PERSON]] that "
            "[[Ukraine|GPE]] was ready to sign a minerals deal with [[Washington|GPE|Washington, D.C.]]. "
            "[[Giorgia Meloni|PERSON]] met [[Ursula von der Leyen|PERSON]] before the summit and said [[Italy|GPE]] "
            "would support higher defence spending. [[Von der Leyen|PERSON|Ursula von der Leyen]] told the leaders that the [[European Union|ORG]] "
            "could mobilise 800 billion euros for defence.\n"
        ),
        [
            ("Volodymyr Zelenskyy", "tell", "Ukraine was ready to sign a minerals deal with Washington", False, []),
            ("Giorgia Meloni", "say", "Italy would support higher defence spending", False, []),
            ("Ursula von der Leyen", "tell", "the European Union could mobilise 800 billion euros for defence", False, ["800 billion euros"]),
        ],
    ),
    (
        "own-dev44s-check-1996-chernomyrdin",
        "1996-07-15",
        (
            "[[MOSCOW|GPE|Moscow]] 1996-07-15 - [[Russian|NORP]] Prime Minister [[Viktor Chernomyrdin|PERSON]] told "
            "[[U.S.|GPE|United States]] Vice President [[Al Gore|PERSON]] that [[Russia|GPE]] would keep its reforms on "
            "course. [[Sergei Dubinin|PERSON]], chairman of the [[Central Bank of Russia|ORG]], said inflation would "
            "fall below 2 percent a month. [[Gennady Zyuganov|PERSON]] of the [[Communist Party|ORG|Communist Party of the Russian Federation]] "
            "said the election had been unfair.\n"
        ),
        [
            ("Viktor Chernomyrdin", "tell", "Russia would keep its reforms on course", False, []),
            ("Sergei Dubinin", "say", "inflation would fall below 2 percent a month", False, ["2 percent"]),
            ("Gennady Zyuganov", "say", "the election had been unfair", False, []),
        ],
    ),
    (
        "own-dev44s-check-oecd-brazil",
        "2025-06-03",
        (
            "[[PARIS|GPE|Paris]], June 3 - For 2026, the [[OECD|ORG]] expects world growth of 2.9%, the same as this "
            "year. In [[Brazil|GPE]], the [[Central Bank of Brazil|ORG]] expects inflation to stay above its target "
            "until 2027. [[Álvaro Santos Pereira|PERSON]], the [[OECD|ORG]]'s chief economist, said weaker trade was the main "
            "drag.\n"
        ),
        [
            ("OECD", "expect", "world growth of 2.9%, the same as this year", False, ["2.9%"]),
            ("Central Bank of Brazil", "expect", "inflation to stay above its target until 2027", False, []),
            ("Álvaro Santos Pereira", "say", "weaker trade was the main drag", False, []),
        ],
    ),
    (
        "own-dev44s-check-rassemblement",
        "2025-03-31",
        (
            "[[PARIS|GPE|Paris]], March 31 - [[Marine Le Pen|PERSON]] of the [[National Rally|ORG]] said on Monday "
            "the court ruling was a denial of democracy. [[Jordan Bardella|PERSON]], president of the "
            "[[National Rally|ORG]], told supporters that the party would appeal. [[François Bayrou|PERSON]], "
            "[[France|GPE]]'s prime minister, said he was troubled by the verdict.\n"
        ),
        [
            ("Marine Le Pen", "say", "the court ruling was a denial of democracy", False, []),
            ("Jordan Bardella", "tell", "the party would appeal", False, []),
            ("François Bayrou", "say", "he was troubled by the verdict", False, []),
        ],
    ),
    (
        "own-dev44s-check-1996-costello",
        "1996-10-02",
        (
            "[[CANBERRA|GPE|Canberra]] 1996-10-02 - [[Peter Costello|PERSON]], [[Australia|GPE]]'s treasurer, said the "
            "budget would return to surplus in 1998. [[Ian Macfarlane|PERSON|Ian Macfarlane (economist)]], governor of "
            "the [[Reserve Bank of Australia|ORG]], told a parliamentary committee in [[Canberra|GPE]] that "
            "inflation was under control. \"There is room for lower rates,\" [[Macfarlane|PERSON|Ian Macfarlane (economist)]] said.\n"
        ),
        [
            ("Peter Costello", "say", "the budget would return to surplus in 1998", False, []),
            ("Ian Macfarlane (economist)", "tell", "inflation was under control", False, []),
            ("Ian Macfarlane (economist)", "say", "There is room for lower rates", True, []),
        ],
    ),
]


def main() -> None:
    write_sets("own-statements-dev44s", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()

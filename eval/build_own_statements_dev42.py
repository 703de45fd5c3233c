"""Write eval/own-statements-dev42.jsonl and its check file (FORMAT.md): who said it.

Session 42 (stmt42): short briefs in several registers (central-bank and ministry releases,
company and agency news, 2024-2025 wire copy and 1996 Reuters-style wire copy) whose statements
are attributed across sentences and paragraphs ("he added", "she noted" after a quotation, "the
ministry added", "the fund said", "the carrier said", a quotation going on in the next sentence),
by a spokesperson ("according to a spokesperson for X", "a spokesperson for X said", "X's
spokesman Y told reporters"), by inverted and passive reporting ("said President X", "X was
quoted by Y as saying", "In a statement, X said"), with nested sources ("A did B, the regulator
said"), and with the cues the lead counted among the misses (reaffirm, inform, note, forecast,
estimate, pledge, urge, deny, warn, call for, according to). Written for briefx by hand and
annotated by ANNOTATION.md ("Entities", "Statements") before briefx was run on them;
institutions, countries and people are real, the events, figures and quotations invented or
paraphrased. Figures and dates are not listed apart (as in the earlier statement dev sets); the
figure links of each statement are.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) as in ``build_own_statements.case``. Run from the project root:
``python eval/build_own_statements_dev42.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (stmt42 helper, session 42); CC0"

CASES = [
    (
        "own-dev42-ecb-chain",
        "2025-01-30",
        (
            "[[FRANKFURT|GPE|Frankfurt]], Jan 30 ([[Reuters|ORG]]) - The [[European Central Bank|ORG]] cut its deposit "
            "rate by 25 basis points to 2.75% on Thursday and said inflation was on track to return to its 2% target in "
            "the course of the year. “The direction of travel is clear,” [[ECB|ORG|European Central Bank]] President "
            "[[Christine Lagarde|PERSON]] told a news conference. “We are not pre-committing to a particular rate path.”\n\n"
            "She added that the economy was set to remain weak in the near term. [[Bundesbank|ORG|Deutsche Bundesbank]] "
            "President [[Joachim Nagel|PERSON]] was quoted as saying earlier this week that further cuts were likely if "
            "the outlook held.\n"
        ),
        [
            ("European Central Bank", "say", "inflation was on track to return to its 2% target in the course of the year", False, ["2%"]),
            ("Christine Lagarde", "tell", "The direction of travel is clear", True, []),
            ("Christine Lagarde", "tell", "We are not pre-committing to a particular rate path.", True, []),
            ("Christine Lagarde", "add", "the economy was set to remain weak in the near term", False, []),
            ("Joachim Nagel", "say", "further cuts were likely if the outlook held", False, []),
        ],
    ),
    (
        "own-dev42-reeves-watchdog",
        "2025-03-26",
        (
            "[[LONDON|GPE|London]], March 26 ([[Reuters|ORG]]) - [[British|NORP]] finance minister [[Rachel Reeves|PERSON]] "
            "said on Wednesday the government would cut welfare spending by 4.8 billion pounds by 2030. The "
            "[[Office for Budget Responsibility|ORG]] halved its growth forecast for this year to 1% and warned that higher "
            "trade barriers could weigh further on output. The budget watchdog said the public finances would be in "
            "balance by the end of the decade. Reeves told lawmakers the plans would restore stability. “We will not "
            "borrow to fund day-to-day spending,” she said.\n"
        ),
        [
            ("Rachel Reeves", "say", "the government would cut welfare spending by 4.8 billion pounds by 2030", False, ["4.8 billion pounds"]),
            ("Office for Budget Responsibility", "warn", "higher trade barriers could weigh further on output", False, []),
            ("Office for Budget Responsibility", "say", "the public finances would be in balance by the end of the decade", False, []),
            ("Rachel Reeves", "tell", "the plans would restore stability", False, []),
            ("Rachel Reeves", "say", "We will not borrow to fund day-to-day spending", True, []),
        ],
    ),
    (
        "own-dev42-meti-rapidus",
        "2025-02-14",
        (
            "[[TOKYO|GPE|Tokyo]], Feb 14 - [[Japan|GPE]]'s [[Ministry of Economy, Trade and Industry|ORG]] said on Friday "
            "it would provide up to 100 billion yen in subsidies to chipmaker [[Rapidus|ORG]] in the next fiscal year. The "
            "ministry added that the support depended on the company meeting its production milestones. [[Rapidus|ORG]] "
            "said it welcomed the decision and expected to start mass production in 2027.\n"
        ),
        [
            ("Ministry of Economy, Trade and Industry", "say", "it would provide up to 100 billion yen in subsidies to chipmaker Rapidus in the next fiscal year", False, ["up to 100 billion yen"]),
            ("Ministry of Economy, Trade and Industry", "add", "the support depended on the company meeting its production milestones", False, []),
            ("Rapidus", "say", "it welcomed the decision and expected to start mass production in 2027", False, []),
        ],
    ),
    (
        "own-dev42-berlin-spokesperson",
        "2025-11-04",
        (
            "[[BERLIN|GPE|Berlin]], Nov 4 - [[Germany|GPE]] will send two more air defence systems to [[Ukraine|GPE]], "
            "according to a spokesperson for the [[Federal Ministry of Defence|ORG|Federal Ministry of Defence (Germany)]]. "
            "Defence Minister [[Boris Pistorius|PERSON]] told reporters in [[Berlin|GPE]] that the systems would arrive "
            "before the end of the year. A spokesperson for the chancellor, [[Stefan Kornelius|PERSON]], said "
            "[[Friedrich Merz|PERSON]] had discussed the delivery with [[Volodymyr Zelenskyy|PERSON]] by phone.\n"
        ),
        [
            ("Federal Ministry of Defence (Germany)", "according to", "Germany will send two more air defence systems to Ukraine", False, ["two"]),
            ("Boris Pistorius", "tell", "the systems would arrive before the end of the year", False, []),
            ("Stefan Kornelius", "say", "Friedrich Merz had discussed the delivery with Volodymyr Zelenskyy by phone", False, []),
        ],
    ),
    (
        "own-dev42-ruto-inverted",
        "2024-06-26",
        (
            "[[NAIROBI|GPE|Nairobi]], June 26 ([[Reuters|ORG]]) - [[Kenya|GPE]]'s president withdrew a finance bill on "
            "Wednesday after deadly protests. “Listening keenly to the people of Kenya, I concede,” said President "
            "[[William Ruto|PERSON]] in a televised address. The [[Law Society of Kenya|ORG]] said at least 23 people had "
            "been killed. [[Raila Odinga|PERSON]], the opposition leader, urged the president to hold talks with young "
            "protesters.\n"
        ),
        [
            ("William Ruto", "say", "Listening keenly to the people of Kenya, I concede", True, []),
            ("Law Society of Kenya", "say", "at least 23 people had been killed", False, ["at least 23"]),
            ("Raila Odinga", "urge", "the president to hold talks with young protesters", False, []),
        ],
    ),
    (
        "own-dev42-1996-lebed-quoted",
        "1996-08-22",
        (
            "[[MOSCOW|GPE|Moscow]] 1996-08-22 - [[Russian|NORP]] President [[Boris Yeltsin|PERSON]] has given security chief "
            "[[Alexander Lebed|PERSON]] full powers to end the war in [[Chechnya|GPE]]. Yeltsin's spokesman "
            "[[Sergei Yastrzhembsky|PERSON|Sergey Yastrzhembsky]] told reporters the president wanted a ceasefire within "
            "days. Lebed was quoted by [[Interfax|ORG]] news agency as saying that separatist fighters would begin leaving "
            "[[Grozny|GPE]] on Friday. \"The war is over,\" Lebed told reporters in the [[Dagestan|GPE]] town of "
            "[[Khasavyurt|GPE]].\n"
        ),
        [
            ("Sergey Yastrzhembsky", "tell", "the president wanted a ceasefire within days", False, []),
            ("Alexander Lebed", "say", "separatist fighters would begin leaving Grozny on Friday", False, []),
            ("Alexander Lebed", "tell", "The war is over", True, []),
        ],
    ),
    (
        "own-dev42-1996-tietmeyer",
        "1996-10-10",
        (
            "[[FRANKFURT|GPE|Frankfurt]] 1996-10-10 - [[Bundesbank|ORG|Deutsche Bundesbank]] President "
            "[[Hans Tietmeyer|PERSON]] said on Thursday that [[Germany|GPE]] must stick to the criteria for monetary union "
            "in full. Tietmeyer told a banking conference in [[Frankfurt|GPE]] that there could be no fudging of the 3 "
            "percent deficit limit. Finance Minister [[Theo Waigel|PERSON]] said in a statement that the 1997 budget would "
            "meet the target. The opposition [[Social Democrats|ORG|Social Democratic Party of Germany]] said the figures "
            "did not add up.\n"
        ),
        [
            ("Hans Tietmeyer", "say", "Germany must stick to the criteria for monetary union in full", False, []),
            ("Hans Tietmeyer", "tell", "there could be no fudging of the 3 percent deficit limit", False, ["3 percent"]),
            ("Theo Waigel", "say", "the 1997 budget would meet the target", False, []),
            ("Social Democratic Party of Germany", "say", "the figures did not add up", False, []),
        ],
    ),
    (
        "own-dev42-who-reaffirm",
        "2025-05-20",
        (
            "[[GENEVA|GPE|Geneva]], May 20 - Member states of the [[World Health Organization|ORG]] adopted a pandemic "
            "agreement on Tuesday. [[WHO|ORG|World Health Organization]] Director-General "
            "[[Tedros Adhanom Ghebreyesus|PERSON]] reaffirmed that the agreement did not give the organisation any power "
            "over national health policies. [[China|GPE]] pledged 500 million dollars to the organisation over five "
            "years. The [[African Union|ORG]] urged rich countries to share vaccines faster in the next pandemic.\n"
        ),
        [
            ("Tedros Adhanom Ghebreyesus", "reaffirm", "the agreement did not give the organisation any power over national health policies", False, []),
            ("China", "pledge", "500 million dollars to the organisation over five years", False, ["500 million dollars"]),
            ("African Union", "urge", "rich countries to share vaccines faster in the next pandemic", False, []),
        ],
    ),
    (
        "own-dev42-faa-nested",
        "2025-03-10",
        (
            "[[Boeing|ORG]] informed the [[Federal Aviation Administration|ORG]] that it had found a new fault in the "
            "fuselage of some [[737 MAX|PRODUCT|Boeing 737 MAX]] jets, the regulator said on Monday. The "
            "[[FAA|ORG|Federal Aviation Administration]] estimated that about 50 aircraft in service were affected. Boeing "
            "Chief Executive [[Kelly Ortberg|PERSON]] told employees in a memo that the company would slow deliveries to fix "
            "the problem.\n"
        ),
        [
            ("Federal Aviation Administration", "say", "Boeing informed the Federal Aviation Administration that it had found a new fault in the fuselage of some 737 MAX jets", False, []),
            ("Federal Aviation Administration", "estimate", "about 50 aircraft in service were affected", False, ["about 50"]),
            ("Kelly Ortberg", "tell", "the company would slow deliveries to fix the problem", False, []),
        ],
    ),
    (
        "own-dev42-lufthansa-inform",
        "2025-02-18",
        (
            "[[Lufthansa|ORG]] informed passengers on Tuesday that flights from [[Frankfurt|GPE]] and [[Munich|GPE]] would be "
            "cut by half during a strike by ground staff. The [[Verdi|ORG|ver.di]] union said the walkout would last 24 "
            "hours. The carrier said it expected normal operations to resume on Thursday.\n"
        ),
        [
            ("Lufthansa", "inform", "flights from Frankfurt and Munich would be cut by half during a strike by ground staff", False, []),
            ("ver.di", "say", "the walkout would last 24 hours", False, []),
            ("Lufthansa", "say", "it expected normal operations to resume on Thursday", False, []),
        ],
    ),
    (
        "own-dev42-iaea-statement",
        "2025-09-12",
        (
            "In a statement, the [[International Atomic Energy Agency|ORG]] said its inspectors had not been given access "
            "to the [[Fordow|FAC|Fordow Fuel Enrichment Plant]] site since June. [[IAEA|ORG|International Atomic Energy Agency]] "
            "Director General [[Rafael Grossi|PERSON]] warned that the agency had lost continuity of knowledge about "
            "[[Iran|GPE]]'s stockpile of enriched uranium. [[Iranian|NORP]] Foreign Minister [[Abbas Araghchi|PERSON]] denied "
            "that [[Tehran|GPE]] was hiding any material. “Our cooperation with the agency continues,” he told state "
            "television.\n"
        ),
        [
            ("International Atomic Energy Agency", "say", "its inspectors had not been given access to the Fordow site since June", False, []),
            ("Rafael Grossi", "warn", "the agency had lost continuity of knowledge about Iran's stockpile of enriched uranium", False, []),
            ("Abbas Araghchi", "deny", "Tehran was hiding any material", False, []),
            ("Abbas Araghchi", "tell", "Our cooperation with the agency continues", True, []),
        ],
    ),
    (
        "own-dev42-boc-paragraphs",
        "2025-04-16",
        (
            "[[OTTAWA|GPE|Ottawa]], April 16 - The [[Bank of Canada|ORG]] held its policy rate at 2.75% on Wednesday, "
            "pausing after seven straight cuts. Governor [[Tiff Macklem|PERSON]] said tariffs imposed by the "
            "[[United States|GPE]] had made the outlook unusually uncertain.\n\n"
            "“We are facing a very wide range of possible paths,” Macklem told reporters.\n\n"
            "“Our job is to make sure that tariffs do not turn into ongoing inflation,” he added.\n\n"
            "Senior Deputy Governor [[Carolyn Rogers|PERSON]] noted that the labour market had already softened. The bank "
            "forecast growth of 1.8% this year if tariffs were limited.\n"
        ),
        [
            ("Tiff Macklem", "say", "tariffs imposed by the United States had made the outlook unusually uncertain", False, []),
            ("Tiff Macklem", "tell", "We are facing a very wide range of possible paths", True, []),
            ("Tiff Macklem", "add", "Our job is to make sure that tariffs do not turn into ongoing inflation", True, []),
            ("Carolyn Rogers", "note", "the labour market had already softened", False, []),
            ("Bank of Canada", "forecast", "growth of 1.8% this year if tariffs were limited", False, ["1.8%"]),
        ],
    ),
    (
        "own-dev42-1996-opec",
        "1996-06-07",
        (
            "[[VIENNA|GPE|Vienna]] 1996-06-07 - [[OPEC|ORG]] ministers agreed on Friday to keep the group's output ceiling "
            "at 25.03 million barrels per day for the second half of the year. [[Nigerian|NORP]] Oil Minister "
            "[[Dan Etete|PERSON]], who holds the OPEC presidency, told a news conference that members would show restraint "
            "when [[Iraq|GPE]] resumed exports under the [[United Nations|ORG]] oil-for-food deal. [[Saudi|NORP]] Oil "
            "Minister [[Hisham Nazer|PERSON]] said the market could absorb the [[Iraqi|NORP]] oil. [[Venezuela|GPE]]'s oil "
            "minister, [[Erwin Arrieta|PERSON]], forecast that prices would ease in the third quarter.\n"
        ),
        [
            ("Dan Etete", "tell", "members would show restraint when Iraq resumed exports under the United Nations oil-for-food deal", False, []),
            ("Hisham Nazer", "say", "the market could absorb the Iraqi oil", False, []),
            ("Erwin Arrieta", "forecast", "prices would ease in the third quarter", False, []),
        ],
    ),
    (
        "own-dev42-1996-bildt",
        "1996-09-03",
        (
            "[[SARAJEVO|GPE|Sarajevo]] 1996-09-03 - International mediator [[Carl Bildt|PERSON]] said on Tuesday that "
            "[[Bosnia|GPE|Bosnia and Herzegovina]]'s elections would go ahead as planned on September 14 despite fraud in "
            "voter registration. The [[Organisation for Security and Cooperation in Europe|ORG|Organization for Security "
            "and Co-operation in Europe]], which is running the vote, said it had struck 15,000 names from the rolls. "
            "[[Bosnian|NORP]] President [[Alija Izetbegovic|PERSON|Alija Izetbegović]] warned that the vote could cement the "
            "country's partition.\n"
        ),
        [
            ("Carl Bildt", "say", "Bosnia's elections would go ahead as planned on September 14 despite fraud in voter registration", False, []),
            ("Organization for Security and Co-operation in Europe", "say", "it had struck 15,000 names from the rolls", False, ["15,000"]),
            ("Alija Izetbegović", "warn", "the vote could cement the country's partition", False, []),
        ],
    ),
    (
        "own-dev42-sudan-according",
        "2025-03-03",
        (
            "[[GENEVA|GPE|Geneva]], March 3 - On Monday, [[United Nations|ORG]] Secretary-General "
            "[[António Guterres|PERSON]] urged donors to fill a 400 million dollar gap in aid for [[Sudan|GPE]]. The "
            "[[World Food Programme|ORG]] said famine had been confirmed in five areas of the country. Its executive "
            "director, [[Cindy McCain|PERSON]], called for safe passage for aid convoys. About 25 million people face acute "
            "hunger, according to [[OCHA|ORG|Office for the Coordination of Humanitarian Affairs]].\n"
        ),
        [
            ("António Guterres", "urge", "donors to fill a 400 million dollar gap in aid for Sudan", False, ["400 million dollar"]),
            ("World Food Programme", "say", "famine had been confirmed in five areas of the country", False, ["five"]),
            ("Cindy McCain", "call for", "safe passage for aid convoys", False, []),
            ("Office for the Coordination of Humanitarian Affairs", "according to", "About 25 million people face acute hunger", False, ["About 25 million"]),
        ],
    ),
    (
        "own-dev42-infineon-chipmaker",
        "2025-05-05",
        (
            "[[Infineon|ORG|Infineon Technologies]] cut its revenue forecast for the year on Monday, citing weak demand from "
            "carmakers. The [[German|NORP]] chipmaker said it now expected revenue of about 14 billion euros. Finance chief "
            "[[Sven Schneider|PERSON]] told analysts that inventories at customers were still too high. A spokesperson for "
            "[[BMW|ORG]] declined to comment.\n"
        ),
        [
            ("Infineon Technologies", "cite", "weak demand from carmakers", False, []),
            ("Infineon Technologies", "say", "it now expected revenue of about 14 billion euros", False, ["about 14 billion euros"]),
            ("Sven Schneider", "tell", "inventories at customers were still too high", False, []),
        ],
    ),
    (
        "own-dev42-1996-tunnel",
        "1996-09-26",
        (
            "[[JERUSALEM|GPE|Jerusalem]] 1996-09-26 - [[Israeli|NORP]] Prime Minister [[Benjamin Netanyahu|PERSON]] said on "
            "Thursday he would not close the tunnel whose opening sparked the worst clashes in years. [[Palestinian|NORP]] "
            "President [[Yasser Arafat|PERSON]] called for an emergency meeting of the "
            "[[U.N. Security Council|ORG|United Nations Security Council]]. [[U.S.|GPE|United States]] Secretary of State "
            "[[Warren Christopher|PERSON]] urged both sides to show restraint, a "
            "[[State Department|ORG|United States Department of State]] spokesman said.\n"
        ),
        [
            ("Benjamin Netanyahu", "say", "he would not close the tunnel whose opening sparked the worst clashes in years", False, []),
            ("Yasser Arafat", "call for", "an emergency meeting of the U.N. Security Council", False, []),
            ("United States Department of State", "say", "U.S. Secretary of State Warren Christopher urged both sides to show restraint", False, []),
        ],
    ),
    (
        "own-dev42-imf-fund",
        "2025-04-22",
        (
            "[[WASHINGTON|GPE|Washington, D.C.]], April 22 - The [[International Monetary Fund|ORG]] cut its global growth "
            "forecast to 2.8% for this year on Tuesday, citing the surge in [[U.S.|GPE|United States]] tariffs. The fund "
            "said the risks to the outlook were tilted to the downside. [[IMF|ORG|International Monetary Fund]] chief "
            "economist [[Pierre-Olivier Gourinchas|PERSON]] told reporters that a rapid escalation of trade tensions could "
            "cut growth further. Global public debt is set to rise by 2.9 percentage points this year, according to the "
            "fund's Fiscal Monitor.\n"
        ),
        [
            ("International Monetary Fund", "cite", "the surge in U.S. tariffs", False, []),
            ("International Monetary Fund", "say", "the risks to the outlook were tilted to the downside", False, []),
            ("Pierre-Olivier Gourinchas", "tell", "a rapid escalation of trade tensions could cut growth further", False, []),
            ("International Monetary Fund", "according to", "Global public debt is set to rise by 2.9 percentage points this year", False, ["2.9 percentage points"]),
        ],
    ),
]

CHECK = [
    (
        "own-dev42-check-1996-clarke",
        "1996-11-26",
        (
            "[[LONDON|GPE|London]] 1996-11-26 - [[British|NORP]] Chancellor of the Exchequer [[Kenneth Clarke|PERSON]] told "
            "parliament on Tuesday that he would cut the basic rate of income tax by one penny to 23 pence. “This is a "
            "budget for jobs,” Clarke said. [[Labour|ORG|Labour Party (UK)]] treasury spokesman [[Gordon Brown|PERSON]] said "
            "the cut was a pre-election bribe. The [[Confederation of British Industry|ORG]] welcomed the budget, saying it "
            "would help business investment.\n"
        ),
        [
            ("Kenneth Clarke", "tell", "he would cut the basic rate of income tax by one penny to 23 pence", False, ["one penny", "23 pence"]),
            ("Kenneth Clarke", "say", "This is a budget for jobs", True, []),
            ("Gordon Brown", "say", "the cut was a pre-election bribe", False, []),
            ("Confederation of British Industry", "say", "it would help business investment", False, []),
        ],
    ),
    (
        "own-dev42-check-powell-added",
        "2025-01-29",
        (
            "[[WASHINGTON|GPE|Washington, D.C.]], Jan 29 ([[Reuters|ORG]]) - The [[Federal Reserve|ORG]] held interest rates "
            "steady on Wednesday. [[Fed|ORG|Federal Reserve]] Chair [[Jerome Powell|PERSON]] said the central bank did not "
            "need to be in a hurry to adjust its policy stance. “We are well positioned,” he added. The "
            "[[Fed|ORG|Federal Reserve]] said in its statement that inflation remained somewhat elevated. "
            "[[U.S.|GPE|United States]] President [[Donald Trump|PERSON]] said the central bank had failed to stop the "
            "problem it created with inflation.\n"
        ),
        [
            ("Jerome Powell", "say", "the central bank did not need to be in a hurry to adjust its policy stance", False, []),
            ("Jerome Powell", "add", "We are well positioned", True, []),
            ("Federal Reserve", "say", "inflation remained somewhat elevated", False, []),
            ("Donald Trump", "say", "the central bank had failed to stop the problem it created with inflation", False, []),
        ],
    ),
    (
        "own-dev42-check-mofcom-reaffirm",
        "2025-10-10",
        (
            "[[BEIJING|GPE|Beijing]], Oct 10 - [[China|GPE]]'s [[Ministry of Commerce|ORG|Ministry of Commerce (China)]] said "
            "on Thursday it would tighten export controls on rare earth technologies. The ministry reaffirmed that the "
            "measures were not aimed at any particular country. [[European Union|ORG]] trade commissioner "
            "[[Maros Sefcovic|PERSON|Maroš Šefčovič]] told his [[Chinese|NORP]] counterpart in a call that the curbs risked "
            "disrupting supply chains.\n"
        ),
        [
            ("Ministry of Commerce (China)", "say", "it would tighten export controls on rare earth technologies", False, []),
            ("Ministry of Commerce (China)", "reaffirm", "the measures were not aimed at any particular country", False, []),
            ("Maroš Šefčovič", "tell", "the curbs risked disrupting supply chains", False, []),
        ],
    ),
    (
        "own-dev42-check-1996-banque",
        "1996-12-05",
        (
            "[[PARIS|GPE|Paris]] 1996-12-05 - The [[French|NORP]] economy grew 0.3 percent in the third quarter, according to "
            "a survey by the [[Bank of France|ORG|Banque de France]]. Prime Minister [[Alain Juppe|PERSON|Alain Juppé]] pledged to cut "
            "unemployment, which stood at a record 12.6 percent. [[Bank of France|ORG|Banque de France]] Governor "
            "[[Jean-Claude Trichet|PERSON]] said the franc's strength reflected sound fundamentals.\n"
        ),
        [
            ("Banque de France", "according to", "The French economy grew 0.3 percent in the third quarter", False, ["0.3 percent"]),
            ("Alain Juppé", "pledge", "cut unemployment", False, []),
            ("Jean-Claude Trichet", "say", "the franc's strength reflected sound fundamentals", False, []),
        ],
    ),
    (
        "own-dev42-check-tesla-nhtsa",
        "2025-03-20",
        (
            "[[Tesla|ORG|Tesla, Inc.]] will recall about 46,000 pickup trucks in the [[United States|GPE]] because a panel "
            "could come loose, the [[National Highway Traffic Safety Administration|ORG]] said on Thursday. A spokesperson "
            "for [[Tesla|ORG|Tesla, Inc.]] said no injuries had been reported. The agency added that owners would be "
            "notified by letter in May.\n"
        ),
        [
            ("National Highway Traffic Safety Administration", "say", "Tesla will recall about 46,000 pickup trucks in the United States because a panel could come loose", False, ["about 46,000"]),
            ("Tesla, Inc.", "say", "no injuries had been reported", False, []),
            ("National Highway Traffic Safety Administration", "add", "owners would be notified by letter in May", False, []),
        ],
    ),
    (
        "own-dev42-check-genevard-inverted",
        "2024-12-06",
        (
            "“We will not accept any deal that leaves our farmers behind,” said [[Annie Genevard|PERSON]], "
            "[[France|GPE]]'s agriculture minister. The [[European Commission|ORG]] said the [[Mercosur|ORG]] agreement "
            "included safeguards for sensitive products. [[Brazil|GPE]]'s president, "
            "[[Luiz Inácio Lula da Silva|PERSON]], told reporters in [[Montevideo|GPE]] that the deal was a win for both "
            "regions.\n"
        ),
        [
            ("Annie Genevard", "say", "We will not accept any deal that leaves our farmers behind", True, []),
            ("European Commission", "say", "the Mercosur agreement included safeguards for sensitive products", False, []),
            ("Luiz Inácio Lula da Silva", "tell", "the deal was a win for both regions", False, []),
        ],
    ),
    (
        "own-dev42-check-1996-li-peng",
        "1996-03-12",
        (
            "[[BEIJING|GPE|Beijing]] 1996-03-12 - [[Chinese|NORP]] Premier [[Li Peng|PERSON]] was quoted by the official "
            "[[Xinhua|ORG|Xinhua News Agency]] news agency as saying that military exercises off [[Taiwan|GPE]] would "
            "continue as planned. [[Taiwan|GPE]]'s President [[Lee Teng-hui|PERSON]] urged residents to stay calm. "
            "[[U.S.|GPE|United States]] Defense Secretary [[William Perry|PERSON|William J. Perry]] said two aircraft "
            "carriers would be positioned near the island.\n"
        ),
        [
            ("Li Peng", "say", "military exercises off Taiwan would continue as planned", False, []),
            ("Lee Teng-hui", "urge", "residents to stay calm", False, []),
            ("William J. Perry", "say", "two aircraft carriers would be positioned near the island", False, ["two"]),
        ],
    ),
    (
        "own-dev42-check-rba-noted",
        "2025-02-18",
        (
            "[[SYDNEY|GPE|Sydney]], Feb 18 - The [[Reserve Bank of Australia|ORG]] cut its cash rate by 25 basis points to "
            "4.10% on Tuesday, its first cut since 2020. Governor [[Michele Bullock|PERSON]] warned that markets were wrong "
            "to expect several more cuts. “I want to be very clear,” she said. “This decision does not mean that further "
            "cuts are coming.”\n\n"
            "Treasurer [[Jim Chalmers|PERSON]] welcomed the decision and noted that inflation had fallen faster than "
            "expected.\n"
        ),
        [
            ("Michele Bullock", "warn", "markets were wrong to expect several more cuts", False, []),
            ("Michele Bullock", "say", "I want to be very clear", True, []),
            ("Michele Bullock", "say", "This decision does not mean that further cuts are coming.", True, []),
            ("Jim Chalmers", "note", "inflation had fallen faster than expected", False, []),
        ],
    ),
    (
        "own-dev42-check-maersk-statement",
        "2025-01-17",
        (
            "In a statement on Friday, [[Maersk|ORG]] said it would keep routing ships around the "
            "[[Cape of Good Hope|LOC]] until further notice. The [[Danish|NORP]] shipping group estimated that the detour "
            "added about 10 days to voyages between [[Asia|LOC]] and [[Europe|LOC]].\n"
        ),
        [
            ("Maersk", "say", "it would keep routing ships around the Cape of Good Hope until further notice", False, []),
            ("Maersk", "estimate", "the detour added about 10 days to voyages between Asia and Europe", False, []),
        ],
    ),
]


def main() -> None:
    write_sets("own-statements-dev42", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()

"""Write eval/own-statements-dev4.jsonl and its check file (FORMAT.md): statements in ordinary
news prose with every entity marked, since a statement's speaker is an entity's canonical name.

Session 20 (statements3): briefs of 2024-2025 news kinds (a takeover, a central bank, an airline
strike, a national budget, a hurricane, grain markets, container shipping, a spending review, an
EU court ruling, a football transfer, a measles outbreak, oil results, a factory strike) written
dense in the shapes where the speaker is easy to get wrong: a pronoun or role noun whose nearest
name of the right type is not its referent (a person named inside the previous statement's
content, the object of the previous sentence, a body named in a relative clause, two bodies
before "it said"), a named person who speaks for a body ("X, a spokesperson for Y, said", "Y's
chief executive, X, said", "X, an analyst at Y, said": the person speaks), a country and its
government body ("Germany's Federal Ministry of Finance said" is the ministry's; "The German
Government said" is Germany's), an attribution nested inside a statement's content (the outer
source wins), and plain reported "say" in the shapes recall misses (the content before the cue
and the speaker after it with a title, a cue inside a subordinate clause, "said on Tuesday
that"). Sentences that must give no statement stand beside them: unnamed sources ("the state
health department said", "doctors say"), habitual speech ("often say"), plain reports of acts
("declined to comment", "a deal announced on Wednesday") and headlines. Written for briefx by hand and
annotated by ANNOTATION.md ("Entities", "Statements") before briefx was run on them;
institutions and office holders are real, the events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) with the content and figures as substrings, found and checked as in
``build_own_statements.case``. Run from the project root:
``python eval/build_own_statements_dev4.py``.
"""

from __future__ import annotations


from build_own_statements import write_sets

SOURCE = "written for briefx by hand (statements3 helper, session 20); CC0"

CASES = [
    (
        "own-dev4-norvik-takeover",
        "2025-03-12",
        "[[Norvik Foods|ORG]] to Buy [[Baltic Dairy|ORG]] for 4.1 Billion Crowns\n\n[[OSLO|GPE|Oslo]], March 12 ([[Reuters|ORG]]) - [[Norvik Foods|ORG]] will buy [[Baltic Dairy|ORG]] from private equity firm [[Altor|ORG|Altor Equity Partners]] for 4.1 billion Norwegian crowns in a deal announced on Wednesday. It said the purchase would lift earnings per share by 8% in the first full year.\n\nThe company said it expected cost savings of 300 million crowns by 2027. [[Altor|ORG|Altor Equity Partners]], which bought the dairy in 2019, said the sale completed its exit from the sector.\n\nChief executive [[Ingrid Solberg|PERSON]] told analysts that [[Baltic Dairy|ORG]]'s chairman, [[Peter Lind|PERSON]], would join the board. She said the two companies had held talks for a year. “This gives us a platform for growth,” [[Solberg|PERSON|Ingrid Solberg]] said.\n\n[[Lind|PERSON|Peter Lind]] declined to comment. Shares in [[Norvik|ORG|Norvik Foods]] rose 3%.\n",
        [
            ("Norvik Foods", "say", "the purchase would lift earnings per share by 8% in the first full year", False, ["8%"]),
            ("Norvik Foods", "say", "it expected cost savings of 300 million crowns by 2027", False, ["300 million crowns"]),
            ("Altor Equity Partners", "say", "the sale completed its exit from the sector", False, []),
            ("Ingrid Solberg", "tell", "Baltic Dairy's chairman, Peter Lind, would join the board", False, []),
            ("Ingrid Solberg", "say", "the two companies had held talks for a year", False, []),
            ("Ingrid Solberg", "say", "This gives us a platform for growth", True, []),
        ],
    ),
    (
        "own-dev4-rba-hold",
        "2025-02-04",
        "[[Reserve Bank of Australia|ORG]] Holds Rates\n\n[[SYDNEY|GPE|Sydney]], Feb 4 — The [[Reserve Bank of Australia|ORG]] kept its cash rate at 4.35% on Tuesday. Governor [[Michele Bullock|PERSON]] said inflation was moving in the right direction but the board was not yet confident it would return to target.\n\nTreasurer [[Jim Chalmers|PERSON]] had urged the bank last week to look at the falling trend in underlying inflation. [[Bullock|PERSON|Michele Bullock]] told reporters that she had not discussed the decision with [[Chalmers|PERSON|Jim Chalmers]]. She said the board would watch wages data closely.\n\nThe bank said in a statement that the labour market remained tight, with unemployment at 4%. [[Luci Ellis|PERSON]], chief economist at [[Westpac|ORG]], said the decision was closer than it looked. She expected a first cut in May.\n\nEconomists at [[Commonwealth Bank|ORG|Commonwealth Bank of Australia]] said markets had priced in two cuts this year. The [[Australian|NORP]] dollar rose 0.4%.\n",
        [
            ("Michele Bullock", "say", "inflation was moving in the right direction but the board was not yet confident it would return to target", False, []),
            ("Jim Chalmers", "urge", "the bank last week to look at the falling trend in underlying inflation", False, []),
            ("Michele Bullock", "tell", "she had not discussed the decision with Chalmers", False, []),
            ("Michele Bullock", "say", "the board would watch wages data closely", False, []),
            ("Reserve Bank of Australia", "say", "the labour market remained tight, with unemployment at 4%", False, ["4%"]),
            ("Luci Ellis", "say", "the decision was closer than it looked", False, []),
            ("Luci Ellis", "expect", "a first cut in May", False, ["first"]),
            ("Commonwealth Bank of Australia", "say", "markets had priced in two cuts this year", False, ["two"]),
        ],
    ),
    (
        "own-dev4-lufthansa-strike",
        "2025-10-07",
        "[[FRANKFURT|GPE|Frankfurt]], Oct 7 — [[Lufthansa|ORG]] cancelled 600 flights on Tuesday as cabin crew walked out over pay. [[Anna Weber|PERSON]], a spokesperson for the airline, said about 70,000 passengers were affected.\n\nThe cabin crew union [[UFO|ORG]] said the strike would last until Thursday. Its chairman, [[Harald Voss|PERSON]], told broadcaster [[ZDF|ORG]] that the airline had refused to improve its offer of a 5% raise. “We have waited two years for a fair deal,” he said.\n\nA spokesperson for airport operator [[Fraport|ORG]] said the airport expected long queues at check-in. [[Lufthansa|ORG]] said passengers could rebook free of charge, and the airline added that it remained open to talks.\n\nLabour minister [[Bärbel Bas|PERSON]] urged both sides to accept mediation. Unions often say mediation favours employers.\n",
        [
            ("Anna Weber", "say", "about 70,000 passengers were affected", False, ["about 70,000"]),
            ("UFO", "say", "the strike would last until Thursday", False, []),
            ("Harald Voss", "tell", "the airline had refused to improve its offer of a 5% raise", False, ["5%"]),
            ("Harald Voss", "say", "We have waited two years for a fair deal", True, []),
            ("Fraport", "say", "the airport expected long queues at check-in", False, []),
            ("Lufthansa", "say", "passengers could rebook free of charge", False, []),
            ("Lufthansa", "add", "it remained open to talks", False, []),
            ("Bärbel Bas", "urge", "both sides to accept mediation", False, []),
        ],
    ),
    (
        "own-dev4-germany-budget",
        "2025-06-25",
        "[[Germany|GPE]] Plans Record Borrowing\n\n[[BERLIN|GPE|Berlin]], June 25 — [[Germany|GPE]]'s [[Federal Ministry of Finance|ORG|Federal Ministry of Finance (Germany)]] said on Wednesday that net borrowing would rise to 81.8 billion euros next year. Finance Minister [[Lars Klingbeil|PERSON]] told parliament the extra debt would fund roads, rail and schools.\n\nThe ministry said defence spending would reach 3.5% of economic output by 2029. The [[German|NORP]] Government said it would present the full budget in July.\n\nThe [[Bundesbank|ORG|Deutsche Bundesbank]] warned that the plan could breach [[European Union|ORG]] fiscal rules. [[Joachim Nagel|PERSON]], the central bank's president, said the country needed a credible path back to lower deficits.\n\n[[France|GPE]] welcomed the plan, saying stronger [[German|NORP]] investment would help the whole euro area.\n",
        [
            ("Federal Ministry of Finance (Germany)", "say", "net borrowing would rise to 81.8 billion euros next year", False, ["81.8 billion euros"]),
            ("Lars Klingbeil", "tell", "the extra debt would fund roads, rail and schools", False, []),
            ("Federal Ministry of Finance (Germany)", "say", "defence spending would reach 3.5% of economic output by 2029", False, ["3.5%"]),
            ("Germany", "say", "it would present the full budget in July", False, []),
            ("Deutsche Bundesbank", "warn", "the plan could breach European Union fiscal rules", False, []),
            ("Joachim Nagel", "say", "the country needed a credible path back to lower deficits", False, []),
            ("France", "say", "stronger German investment would help the whole euro area", False, []),
        ],
    ),
    (
        "own-dev4-florida-hurricane",
        "2024-10-07",
        "[[TALLAHASSEE|GPE|Tallahassee]], [[Fla.|GPE|Florida]], Oct 7 — [[Florida|GPE]] Governor [[Ron DeSantis|PERSON]] said on Monday that the [[National Hurricane Center|ORG]] had warned the storm could strengthen before landfall. He ordered evacuations in 11 counties.\n\nThe [[Federal Emergency Management Agency|ORG]] said it had moved 400 trucks of water and food into the state. Its administrator, [[Deanne Criswell|PERSON]], told reporters that the agency had enough money to respond. She said residents should leave while roads were still open.\n\nForecasters at the [[National Hurricane Center|ORG]] said in an afternoon advisory that the storm's winds had reached 145 mph. [[DeSantis|PERSON|Ron DeSantis]] said 6,000 troops were ready to help with rescues. “Do not wait until it is too late,” the governor said.\n\nPower company [[Florida Power & Light|ORG]] said up to 2 million customers could lose electricity.\n",
        [
            ("Ron DeSantis", "say", "the National Hurricane Center had warned the storm could strengthen before landfall", False, []),
            ("Federal Emergency Management Agency", "say", "it had moved 400 trucks of water and food into the state", False, ["400"]),
            ("Deanne Criswell", "tell", "the agency had enough money to respond", False, []),
            ("Deanne Criswell", "say", "residents should leave while roads were still open", False, []),
            ("National Hurricane Center", "say", "the storm's winds had reached 145 mph", False, ["145 mph"]),
            ("Ron DeSantis", "say", "6,000 troops were ready to help with rescues", False, ["6,000"]),
            ("Ron DeSantis", "say", "Do not wait until it is too late", True, []),
            ("Florida Power & Light", "say", "up to 2 million customers could lose electricity", False, ["up to 2 million"]),
        ],
    ),
    (
        "own-dev4-fao-wheat",
        "2025-06-06",
        "[[ROME|GPE|Rome]], June 6 — World food prices fell for a second month in May, the [[Food and Agriculture Organization|ORG]] said on Friday, as cheaper sugar and vegetable oils offset higher meat prices.\n\nThe agency's food price index averaged 127.5 points, down 0.8% from April. [[Monika Tothova|PERSON]], an economist at the [[FAO|ORG|Food and Agriculture Organization]], said wheat supplies were ample after good harvests in [[Russia|GPE]] and [[Argentina|GPE]].\n\nWheat prices will fall further this year as harvests recover, said [[Carlos Mera|PERSON]], head of agricultural commodities research at [[Rabobank|ORG]]. Traders were cautious after [[Egypt|GPE]] said it would buy less imported wheat this year.\n\nThe [[International Grains Council|ORG]] said on Thursday that it had raised its forecast for world wheat output to 806 million tonnes.\n",
        [
            ("Food and Agriculture Organization", "say", "World food prices fell for a second month in May", False, ["second"]),
            ("Monika Tothova", "say", "wheat supplies were ample after good harvests in Russia and Argentina", False, []),
            ("Carlos Mera", "say", "Wheat prices will fall further this year as harvests recover", False, []),
            ("Egypt", "say", "it would buy less imported wheat this year", False, []),
            ("International Grains Council", "say", "it had raised its forecast for world wheat output to 806 million tonnes", False, ["806 million tonnes"]),
        ],
    ),
    (
        "own-dev4-maersk-red-sea",
        "2025-02-06",
        "[[COPENHAGEN|GPE|Copenhagen]], Feb 6 — Shipping group [[Maersk|ORG|A.P. Moller-Maersk]] said on Thursday that it expected disruption in the [[Red Sea|LOC]] to last for the whole year, keeping freight rates high.\n\n[[Maersk|ORG|A.P. Moller-Maersk]] chief executive [[Vincent Clerc|PERSON]] told reporters that ships would keep sailing around the [[Cape of Good Hope|LOC]]. Chief financial officer [[Patrick Jany|PERSON]] said the company would pay a dividend of 1,120 crowns a share. He added that it would buy back shares worth up to $2 billion.\n\n[[Hapag-Lloyd|ORG]] said its own rerouting added about two weeks to voyages between [[Asia|LOC]] and [[Europe|LOC]]. The [[German|NORP]] carrier added that it had no plans to return to the [[Suez Canal|FAC]].\n\nShipping rates could fall 20% if ships return to the canal, said [[Philip Damas|PERSON]], managing director at consultancy [[Drewry|ORG]].\n",
        [
            ("A.P. Moller-Maersk", "say", "it expected disruption in the Red Sea to last for the whole year, keeping freight rates high", False, []),
            ("Vincent Clerc", "tell", "ships would keep sailing around the Cape of Good Hope", False, []),
            ("Patrick Jany", "say", "the company would pay a dividend of 1,120 crowns a share", False, ["1,120 crowns"]),
            ("Patrick Jany", "add", "it would buy back shares worth up to $2 billion", False, ["up to $2 billion"]),
            ("Hapag-Lloyd", "say", "its own rerouting added about two weeks to voyages between Asia and Europe", False, []),
            ("Hapag-Lloyd", "add", "it had no plans to return to the Suez Canal", False, []),
            ("Philip Damas", "say", "Shipping rates could fall 20% if ships return to the canal", False, ["20%"]),
        ],
    ),
    (
        "own-dev4-uk-spending-review",
        "2025-06-11",
        "[[LONDON|GPE|London]], June 11 — Chancellor [[Rachel Reeves|PERSON]] said on Wednesday that the [[National Health Service|ORG]] would get an extra £29 billion a year by 2029. She told parliament that defence spending would rise to 2.6% of economic output by 2027.\n\nShadow chancellor [[Mel Stride|PERSON]] said the review relied on higher taxes. He told the [[BBC|ORG]] that [[Reeves|PERSON|Rachel Reeves]] had broken her promises to voters. He added that businesses were already cutting jobs.\n\nHealth Secretary [[Wes Streeting|PERSON]] welcomed the settlement, saying it would cut waiting lists. The [[Institute for Fiscal Studies|ORG]] said the increases for other departments were small. Its director, [[Helen Miller|PERSON]], said councils faced the tightest squeeze.\n\nDepartments often say their budgets are too tight.\n",
        [
            ("Rachel Reeves", "say", "the National Health Service would get an extra £29 billion a year by 2029", False, ["£29 billion"]),
            ("Rachel Reeves", "tell", "defence spending would rise to 2.6% of economic output by 2027", False, ["2.6%"]),
            ("Mel Stride", "say", "the review relied on higher taxes", False, []),
            ("Mel Stride", "tell", "Reeves had broken her promises to voters", False, []),
            ("Mel Stride", "add", "businesses were already cutting jobs", False, []),
            ("Wes Streeting", "say", "it would cut waiting lists", False, []),
            ("Institute for Fiscal Studies", "say", "the increases for other departments were small", False, []),
            ("Helen Miller", "say", "councils faced the tightest squeeze", False, []),
        ],
    ),
    (
        "own-dev4-google-court",
        "2024-09-10",
        "[[LUXEMBOURG|GPE|Luxembourg]], Sept 10 — The [[European Union|ORG]]'s top court upheld a 2.4 billion euro fine against [[Google|ORG]] on Tuesday, ending a seven-year legal fight.\n\n[[Google|ORG]] said it was disappointed with the decision. The [[European Commission|ORG]], which imposed the fine on [[Google|ORG]] in 2017, said the judgment confirmed its approach to digital markets. It added that other cases against big technology firms would continue.\n\n[[Margrethe Vestager|PERSON]], who led the case as competition commissioner, said the ruling was a big win for consumers. “This shows that the rules work,” she told reporters.\n\nA [[Google|ORG]] spokesperson said the company had changed its shopping service in 2017. Consumer group [[BEUC|ORG|European Consumer Organisation]] said shoppers had paid higher prices for years.\n",
        [
            ("Google", "say", "it was disappointed with the decision", False, []),
            ("European Commission", "say", "the judgment confirmed its approach to digital markets", False, []),
            ("European Commission", "add", "other cases against big technology firms would continue", False, []),
            ("Margrethe Vestager", "say", "the ruling was a big win for consumers", False, []),
            ("Margrethe Vestager", "tell", "This shows that the rules work", True, []),
            ("Google", "say", "the company had changed its shopping service in 2017", False, []),
            ("European Consumer Organisation", "say", "shoppers had paid higher prices for years", False, []),
        ],
    ),
    (
        "own-dev4-arsenal-signing",
        "2025-07-06",
        "[[Arsenal|ORG]] Sign [[Zubimendi|PERSON|Martín Zubimendi]]\n\n[[Arsenal|ORG]] have signed midfielder [[Martín Zubimendi|PERSON]] from [[Real Sociedad|ORG]] for 60 million euros, the club said on Sunday.\n\nManager [[Mikel Arteta|PERSON]] said the [[Spaniard|NORP]] would give the team more control in midfield. “He is the kind of player we have wanted for a long time,” [[Arteta|PERSON|Mikel Arteta]] told the club's website.\n\n[[Zubimendi|PERSON|Martín Zubimendi]], who turned down a move last year, said he was proud to join. [[Real Sociedad|ORG]] said in a statement that the player's release clause had been paid in full. The [[Basque|NORP]] club said the fee would be spent on young players.\n\nSporting director [[Andrea Berta|PERSON]] said [[Arsenal|ORG]] would make one more signing before the season. He did not name the player.\n",
        [
            ("Arsenal", "say", "Arsenal have signed midfielder Martín Zubimendi from Real Sociedad for 60 million euros", False, ["60 million euros"]),
            ("Mikel Arteta", "say", "the Spaniard would give the team more control in midfield", False, []),
            ("Mikel Arteta", "tell", "He is the kind of player we have wanted for a long time", True, []),
            ("Martín Zubimendi", "say", "he was proud to join", False, []),
            ("Real Sociedad", "say", "the player's release clause had been paid in full", False, []),
            ("Real Sociedad", "say", "the fee would be spent on young players", False, []),
            ("Andrea Berta", "say", "Arsenal would make one more signing before the season", False, ["one"]),
        ],
    ),
    (
        "own-dev4-measles",
        "2025-05-09",
        "[[ATLANTA|GPE|Atlanta]], May 9 ([[AP|ORG|Associated Press]]) — Measles cases in the [[United States|GPE]] have passed 1,000 this year, the [[Centers for Disease Control and Prevention|ORG]] said on Friday.\n\nThe agency said 1,001 cases had been confirmed in 31 states. Most were in [[Texas|GPE]], where the state health department said 702 people had fallen ill since January.\n\n[[Jennifer Shuford|PERSON]], the [[Texas|GPE]] health commissioner, told reporters the outbreak was slowing. [[Paul Offit|PERSON]], a vaccine expert at [[Children's Hospital of Philadelphia|ORG]], said the numbers were probably an undercount. He said vaccination rates had fallen in many schools.\n\nAccording to the [[World Health Organization|ORG]], measles cases in [[Europe|LOC]] doubled last year. Doctors say many parents have delayed shots.\n",
        [
            ("Centers for Disease Control and Prevention", "say", "Measles cases in the United States have passed 1,000 this year", False, ["1,000"]),
            ("Centers for Disease Control and Prevention", "say", "1,001 cases had been confirmed in 31 states", False, ["1,001", "31"]),
            ("Jennifer Shuford", "tell", "the outbreak was slowing", False, []),
            ("Paul Offit", "say", "the numbers were probably an undercount", False, []),
            ("Paul Offit", "say", "vaccination rates had fallen in many schools", False, []),
            ("World Health Organization", "according to", "measles cases in Europe doubled last year", False, []),
        ],
    ),
    (
        "own-dev4-shell-results",
        "2025-05-02",
        "[[LONDON|GPE|London]], May 2 ([[Reuters|ORG]]) - [[Shell|ORG|Shell plc]] said on Friday that first-quarter adjusted earnings fell 28% to $5.6 billion, hit by lower gas prices.\n\nThe company, which sold its [[Nigerian|NORP]] onshore unit to [[Renaissance Africa Energy|ORG]] in March, said it would buy back $3.5 billion of shares over the next three months.\n\nChief executive [[Wael Sawan|PERSON]] told analysts the company would keep cutting costs. [[Sawan|PERSON|Wael Sawan]] said [[Shell|ORG|Shell plc]] had no interest in a merger with [[BP|ORG]], whose shares have fallen 20% this year. [[BP|ORG]] declined to comment.\n\nAnalysts at [[RBC Capital Markets|ORG]] said the buyback was larger than expected. [[Biraj Borkhataria|PERSON]], an analyst at the bank, said the results showed strong trading.\n",
        [
            ("Shell plc", "say", "first-quarter adjusted earnings fell 28% to $5.6 billion, hit by lower gas prices", False, ["28%", "$5.6 billion"]),
            ("Shell plc", "say", "it would buy back $3.5 billion of shares over the next three months", False, ["$3.5 billion"]),
            ("Wael Sawan", "tell", "the company would keep cutting costs", False, []),
            ("Wael Sawan", "say", "Shell had no interest in a merger with BP, whose shares have fallen 20% this year", False, ["20%"]),
            ("RBC Capital Markets", "say", "the buyback was larger than expected", False, []),
            ("Biraj Borkhataria", "say", "the results showed strong trading", False, []),
        ],
    ),
    (
        "own-dev4-boeing-strike",
        "2024-10-24",
        "[[SEATTLE|GPE|Seattle]], Oct 24 ([[Reuters|ORG]]) - Striking [[Boeing|ORG]] factory workers voted on Wednesday to reject the company's latest contract offer, extending a six-week strike.\n\nThe [[International Association of Machinists and Aerospace Workers|ORG]] said 64% of members had voted against the deal. Union leader [[Jon Holden|PERSON]] said members wanted their pensions restored. “We are not going back without it,” he said.\n\n[[Boeing|ORG]] said it was disappointed with the result. Chief executive [[Kelly Ortberg|PERSON]] told investors on Wednesday that the strike had cost the company billions. The company added that it would keep talking to the union.\n\nActing Labor Secretary [[Julie Su|PERSON]] said she would meet both sides again next week.\n",
        [
            ("International Association of Machinists and Aerospace Workers", "say", "64% of members had voted against the deal", False, ["64%"]),
            ("Jon Holden", "say", "members wanted their pensions restored", False, []),
            ("Jon Holden", "say", "We are not going back without it", True, []),
            ("Boeing", "say", "it was disappointed with the result", False, []),
            ("Kelly Ortberg", "tell", "the strike had cost the company billions", False, []),
            ("Boeing", "add", "it would keep talking to the union", False, []),
            ("Julie Su", "say", "she would meet both sides again next week", False, []),
        ],
    ),
]

CHECK = [
    (
        "own-dev4c-bank-merger",
        "2025-09-18",
        "[[MILAN|GPE|Milan]], Sept 18 ([[Reuters|ORG]]) - [[UniCredit|ORG]] raised its stake in [[Commerzbank|ORG]] to 26% on Thursday. It said it had no plans to make a full offer this year.\n\n[[Commerzbank|ORG]] chief executive [[Bettina Orlopp|PERSON]] told staff that the bank would stay independent. Its chairman, [[Jens Weidmann|PERSON]], said the board backed her. She said profits would rise to 3 billion euros this year.\n\nThe [[German|NORP]] Government said it opposed a takeover of [[Germany|GPE]]'s second-biggest lender, while the [[European Central Bank|ORG]] said it saw no supervisory obstacle.\n",
        [
            ("UniCredit", "say", "it had no plans to make a full offer this year", False, []),
            ("Bettina Orlopp", "tell", "the bank would stay independent", False, []),
            ("Jens Weidmann", "say", "the board backed her", False, []),
            ("Bettina Orlopp", "say", "profits would rise to 3 billion euros this year", False, ["3 billion euros"]),
            ("Germany", "say", "it opposed a takeover of Germany's second-biggest lender", False, []),
            ("European Central Bank", "say", "it saw no supervisory obstacle", False, []),
        ],
    ),
    (
        "own-dev4c-drought-india",
        "2025-04-15",
        "[[NEW DELHI|GPE|New Delhi]], April 15 — [[India|GPE]] will get above-normal monsoon rains this year, the [[India Meteorological Department|ORG]] said on Tuesday.\n\nRainfall is expected to reach 105% of the long-term average, said [[Mrutyunjay Mohapatra|PERSON]], the department's director general. He said El Niño conditions were unlikely.\n\nPrivate forecaster [[Skymet|ORG|Skymet Weather]] said last week it expected normal rains.\n",
        [
            ("India Meteorological Department", "say", "India will get above-normal monsoon rains this year", False, []),
            ("Mrutyunjay Mohapatra", "say", "Rainfall is expected to reach 105% of the long-term average", False, ["105%"]),
            ("Mrutyunjay Mohapatra", "say", "El Niño conditions were unlikely", False, []),
            ("Skymet Weather", "say", "it expected normal rains", False, []),
        ],
    ),
    (
        "own-dev4c-airbus-deliveries",
        "2025-01-09",
        "[[TOULOUSE|GPE|Toulouse]], [[France|GPE]], Jan 9 — [[Airbus|ORG]] said it delivered 766 jets last year, missing its target after engine shortages at [[Pratt & Whitney|ORG]].\n\n[[Christian Scherer|PERSON]], head of the commercial aircraft business, told reporters that engine makers had to do better. He said [[Airbus|ORG]] would deliver about 820 jets this year.\n\nThe company added that 60 aircraft were waiting for engines.\n",
        [
            ("Airbus", "say", "it delivered 766 jets last year, missing its target after engine shortages at Pratt & Whitney", False, ["766"]),
            ("Christian Scherer", "tell", "engine makers had to do better", False, []),
            ("Christian Scherer", "say", "Airbus would deliver about 820 jets this year", False, ["about 820"]),
            ("Airbus", "add", "60 aircraft were waiting for engines", False, ["60"]),
        ],
    ),
    (
        "own-dev4c-police-fraud",
        "2025-11-20",
        "[[MANCHESTER|GPE|Manchester]], Nov 20 — [[Greater Manchester Police|ORG]] said on Thursday that it had arrested six people over a pension fraud worth £12 million.\n\nDetective Chief Inspector [[Sarah Holt|PERSON]] said the suspects had targeted retired teachers. The force said it expected more arrests.\n\nThe [[Financial Conduct Authority|ORG]], which regulates pension advisers, said victims should contact their banks.\n",
        [
            ("Greater Manchester Police", "say", "it had arrested six people over a pension fraud worth £12 million", False, ["six", "£12 million"]),
            ("Sarah Holt", "say", "the suspects had targeted retired teachers", False, []),
            ("Greater Manchester Police", "say", "it expected more arrests", False, []),
            ("Financial Conduct Authority", "say", "victims should contact their banks", False, []),
        ],
    ),
]


def main() -> None:
    write_sets("own-statements-dev4", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()

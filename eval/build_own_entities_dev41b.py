"""Write eval/own-entities-dev41b.jsonl and its check file (FORMAT.md): generic heads that refer
back, and titles that qualify a body by its owner.

- A capitalised generic head ("the Committee", "the Company", "the Group", "the Bank", "the
  City", "the Service", "a Fund mission", "Parliament") stands for one body of the document: the
  body whose name ends in it, the issuer of a release (its letterhead or its first line) whose
  kind it names ("Toyota Motor Corporation ... The Company"), or the rate-setting committee of
  the document's central bank, named in a heading or by its acronym only ("Federal Reserve issues
  FOMC statement ... The Committee", "the MPC ... The Committee").
- A body named by the short form its country's copy uses takes the title English Wikipedia gives
  it: "Ghana Police" -> "Ghana Police Service", "Toronto Police" -> "Toronto Police Service",
  "the Socialist Party" in Belgrade -> "Socialist Party of Serbia", "the Federal Statistical
  Office" in Wiesbaden -> "Federal Statistical Office of Germany"; "Parliament" in a story whose
  evidence settles one country -> that country's parliament.

Must stay: "the Bank" after another bank in wire copy (the latest one named), "the Company" in a
story that names two firms and no issuer, "the City" meaning London's financial district, a
police force the text names in full, a party named with its country in another form, a
committee of a body the table does not know.

Session 41 (backref41, issue 13 entity names): releases and wire stories written for briefx by
hand (2024-2025 releases and news, and 1996 Reuters-style wire copy) and annotated by
ANNOTATION.md ("Entities") before briefx was run on them; the institutions and well-known
officials are real, the other people, events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``). Run from the project root:
``python eval/build_own_entities_dev41b.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import Case, build_sets

HERE = Path(__file__).parent
SOURCE = "written for briefx by hand (backref41 helper, session 41); CC0"

CASES: list[Case] = [
    (
        "own-dev41b-fomc-statement",
        "2025-06-18",
        (
            "[[Federal Reserve|ORG]] issues [[FOMC|ORG|Federal Open Market Committee]] statement\n"
            "For release at 2:00 p.m. EDT, June 18, 2025\n\n"
            "Although swings in net exports have affected the data, recent indicators suggest that economic "
            "activity has continued to expand at a solid pace. The unemployment rate remains low, and labor "
            "market conditions remain solid. Inflation remains somewhat elevated.\n\n"
            "The [[Committee|ORG|Federal Open Market Committee]] seeks to achieve maximum employment and inflation "
            "at the rate of 2 percent over the longer run. Uncertainty about the economic outlook has diminished "
            "but remains elevated. In support of its goals, the [[Committee|ORG|Federal Open Market Committee]] "
            "decided to maintain the target range for the federal funds rate at 4-1/4 to 4-1/2 percent.\n\n"
            "Voting for the monetary policy action were [[Jerome H. Powell|PERSON|Jerome Powell]], Chair, and "
            "the other members present.\n"
        ),
    ),
    (
        "own-dev41b-boe-summary",
        "2025-05-08",
        (
            "[[Bank of England|ORG]]\n"
            "Monetary Policy Summary, May 2025\n\n"
            "At its meeting ending on 7 May 2025, the [[MPC|ORG|Monetary Policy Committee]] voted by a majority of "
            "5-4 to reduce Bank Rate by 0.25 percentage points, to 4.25%. Two members preferred to reduce Bank Rate "
            "by 0.5 percentage points, and two members preferred to maintain it.\n\n"
            "Global trade policy uncertainty has increased. The [[Committee|ORG|Monetary Policy Committee]] will "
            "continue to monitor closely the risks of inflation persistence.\n"
        ),
    ),
    (
        "own-dev41b-cbn-communique",
        "2025-05-20",
        (
            "[[Central Bank of Nigeria|ORG]]\n"
            "Communique No. 160 of the [[Monetary Policy Committee|ORG|Monetary Policy Committee (Nigeria)]] Meeting "
            "of 19th and 20th May 2025\n\n"
            "The [[MPC|ORG|Monetary Policy Committee (Nigeria)]] held its 300th meeting on 19th and 20th May 2025 to "
            "review recent developments. The [[Committee|ORG|Monetary Policy Committee (Nigeria)]] noted the "
            "continued moderation of headline inflation to 23.71 per cent in April, following the rebasing of the "
            "Consumer Price Index by the [[National Bureau of Statistics|ORG|National Bureau of Statistics "
            "(Nigeria)]]. The [[MPC|ORG|Monetary Policy Committee (Nigeria)]] voted unanimously to retain the "
            "Monetary Policy Rate at 27.50 per cent.\n\n"
            "[[Olayemi Cardoso|PERSON]]\n"
            "Governor, [[Central Bank of Nigeria|ORG]]\n"
        ),
    ),
    (
        "own-dev41b-zambia-mpc",
        "2025-05-14",
        (
            "[[Bank of Zambia|ORG]]\n"
            "[[Monetary Policy Committee|ORG|Monetary Policy Committee (Zambia)]] Statement\n"
            "[[Lusaka|GPE]], 14 May 2025\n\n"
            "The [[Monetary Policy Committee|ORG|Monetary Policy Committee (Zambia)]] of the [[Bank of Zambia|ORG]], "
            "at its meeting held on 12 and 13 May, decided to maintain the Policy Rate at 14.5 percent. The "
            "[[Committee|ORG|Monetary Policy Committee (Zambia)]] noted that annual inflation fell to 15.3 percent in "
            "April from 16.8 percent in March, helped by a better maize harvest. Governor [[Denny Kalyalya|PERSON]] "
            "said the [[Bank|ORG|Bank of Zambia]] would sell more foreign exchange to the market if needed.\n"
        ),
    ),
    (
        "own-dev41b-toyota-results",
        "2025-05-08",
        (
            "[[Toyota Motor Corporation|ORG|Toyota]]\n"
            "[[Toyota City|GPE|Toyota, Aichi]], [[Japan|GPE]], May 8, 2025\n\n"
            "[[Toyota Motor Corporation|ORG|Toyota]] ([[TMC|ORG|Toyota]]) today announced its financial results for "
            "the fiscal year ended March 31, 2025. The [[Company|ORG|Toyota]] sold 10.3 million vehicles worldwide, "
            "including 4.6 million electrified vehicles. Operating income fell 10 percent to 4.8 trillion yen.\n\n"
            "For the current fiscal year, the [[Company|ORG|Toyota]] expects operating income of 3.8 trillion yen, "
            "reflecting the effect of [[U.S.|GPE|United States]] tariffs.\n"
        ),
    ),
    (
        "own-dev41b-safaricom-release",
        "2025-05-08",
        (
            "[[Safaricom PLC|ORG|Safaricom]]\n"
            "PRESS RELEASE\n"
            "[[Nairobi|GPE]], 8 May 2025\n\n"
            "[[Safaricom PLC|ORG|Safaricom]] today announced a group net income of KES 45.8 billion for the year to "
            "March. [[M-PESA|PRODUCT|M-Pesa]] revenue rose 15 percent to KES 161 billion. The [[Company|ORG|"
            "Safaricom]] said its [[Ethiopian|NORP]] business had reached 8.8 million customers.\n\n"
            "[[Vodacom Group|ORG|Vodacom]], which owns 35 percent of the shares, welcomed the results. The "
            "[[Company|ORG|Safaricom]] will pay a dividend of KES 1.20 per share.\n"
        ),
    ),
    (
        "own-dev41b-anglo-production",
        "2025-04-23",
        (
            "[[Anglo American plc|ORG]]\n"
            "Production Report for the first quarter ended 31 March 2025\n\n"
            "[[Anglo American|ORG|Anglo American plc]] said copper production rose 3% to 190,000 tonnes. The "
            "[[Group|ORG|Anglo American plc]] expects to complete the demerger of its platinum business in June. Rough diamond production at [[De Beers|ORG]] fell 11%.\n\n"
            "The [[Group|ORG|Anglo American plc]] kept its full-year guidance unchanged, chief executive "
            "[[Duncan Wanblad|PERSON]] said.\n"
        ),
    ),
    (
        "own-dev41b-uganda-parliament",
        "2025-03-04",
        (
            "[[KAMPALA|GPE|Kampala]], March 4 ([[Reuters|ORG]]) - [[Parliament|ORG|Parliament of Uganda]] approved a "
            "$1.2 billion loan from [[Chinese|NORP]] lenders on Tuesday to build a railway line to the border with "
            "[[Kenya|GPE]]. Finance Minister [[Matia Kasaija|PERSON]] said the line would cut freight costs for "
            "exporters of coffee and fish.\n\n"
            "[[Uganda|GPE]] has been trying for a decade to fund the project. Opposition lawmakers said "
            "[[Parliament|ORG|Parliament of Uganda]] should have been shown the full terms.\n"
        ),
    ),
    (
        "own-dev41b-ghana-parliament",
        "2024-12-20",
        (
            "[[ACCRA|GPE|Accra]], Dec 20 - [[Parliament|ORG|Parliament of Ghana]] on Friday approved a "
            "supplementary budget of 19 billion cedis, clearing the way for the next disbursement under the "
            "country's $3 billion programme with the [[International Monetary Fund|ORG]].\n\n"
            "Speaker [[Alban Bagbin|PERSON]] adjourned [[Parliament|ORG|Parliament of Ghana]] until January. The "
            "[[IMF|ORG|International Monetary Fund]] said in November that [[Ghana|GPE]]'s recovery was on track, "
            "though cocoa output fell below that of [[Ivory Coast|GPE]].\n"
        ),
    ),
    (
        "own-dev41b-capetown-water",
        "2025-06-02",
        (
            "[[CAPE TOWN|GPE|Cape Town]], June 2 - The [[City of Cape Town|ORG]] said on Monday that dam levels had "
            "fallen to 58 percent after a dry autumn. The [[City|ORG|City of Cape Town]] urged residents to keep "
            "daily use below 200 litres per household.\n\n"
            "The [[South African Weather Service|ORG]] forecast more rain for the [[Western Cape|GPE]] in July.\n"
        ),
    ),
    (
        "own-dev41b-imf-kenya",
        "2025-03-06",
        (
            "[[NAIROBI|GPE|Nairobi]], March 6 ([[Reuters|ORG]]) - [[Kenya|GPE]] will host a [[Fund|ORG|International "
            "Monetary Fund]] mission later this month to discuss a new lending programme, the [[International "
            "Monetary Fund|ORG]] said on Thursday.\n\n"
            "[[Fund|ORG|International Monetary Fund]] staff will also review the treasury's plans to cut the "
            "budget deficit to 4.3 percent of GDP, the lender said. The shilling was steady at 129.2 per dollar.\n"
        ),
    ),
    (
        "own-dev41b-rbnz-review",
        "2025-04-09",
        (
            "[[Reserve Bank of New Zealand|ORG]]\n"
            "Monetary Policy Review, April 2025\n\n"
            "The Official Cash Rate has been reduced to 3.5 percent. The [[Monetary Policy Committee|ORG|Monetary "
            "Policy Committee (New Zealand)]] agreed that annual consumer price inflation is close to the midpoint "
            "of the 1 to 3 percent target band.\n\n"
            "Recent increases in global trade barriers have weakened the outlook for global economic activity. The "
            "[[Committee|ORG|Monetary Policy Committee (New Zealand)]] has scope to lower the OCR further, as "
            "appropriate.\n"
        ),
    ),
    (
        "own-dev41b-wellington-1996",
        "1996-08-21",
        (
            "[[NEW ZEALAND|GPE|New Zealand]]: [[PARLIAMENT|ORG|New Zealand Parliament]] PASSES TAX CUT BILL.\n"
            "[[WELLINGTON|GPE|Wellington]] 1996-08-21\n"
            "[[Parliament|ORG|New Zealand Parliament]] on Wednesday passed a bill cutting income tax by 1.1 billion "
            "dollars from July 1997, two months before the first election under the new mixed-member system.\n"
            "[[New Zealand First|ORG]] leader [[Winston Peters|PERSON]] said the cuts would be spent on imports from "
            "[[Australia|GPE]] and [[Japan|GPE]]. Finance Minister [[Bill Birch|PERSON]] told [[Parliament|ORG|New "
            "Zealand Parliament]] the budget would stay in surplus.\n"
        ),
    ),
    (
        "own-dev41b-colombo-1996",
        "1996-08-22",
        (
            "[[COLOMBO|GPE|Colombo]] 1996-08-22\n"
            "[[Parliament|ORG|Parliament of Sri Lanka]] on Thursday extended the nationwide state of emergency for "
            "another month as troops pressed an offensive against [[Tamil Tiger|ORG|Liberation Tigers of Tamil "
            "Eelam]] rebels in the north.\n"
            "The vote was 87 to 12, a spokesman for [[Parliament|ORG|Parliament of Sri Lanka]] said. Diplomats from "
            "[[India|GPE]] and [[Norway|GPE]] watched the debate.\n"
        ),
    ),
    (
        "own-dev41b-ghana-police",
        "2025-01-09",
        (
            "[[ACCRA|GPE|Accra]], Jan 9 - The [[Ghana Police|ORG|Ghana Police Service]] said on Thursday it had "
            "arrested 14 people after clashes at a mining site near [[Obuasi|GPE]] left two people dead.\n\n"
            "Officers from the [[Ashanti|GPE|Ashanti Region]] command were sent to the area, the [[Ghana Police|ORG|"
            "Ghana Police Service]] said, and the district assembly suspended work at the site.\n"
        ),
    ),
    (
        "own-dev41b-toronto-police",
        "2025-02-11",
        (
            "[[TORONTO|GPE|Toronto]], Feb 11 - [[Toronto Police|ORG|Toronto Police Service]] said on Tuesday they "
            "had charged three men over a string of car thefts in the city's east end. The stolen vehicles were "
            "found in shipping containers at the [[Port of Montreal|FAC]].\n\n"
            "The [[Service|ORG|Toronto Police Service]] said 48 vehicles had been recovered since November.\n"
        ),
    ),
    (
        "own-dev41b-serbia-sps",
        "2025-03-19",
        (
            "[[BELGRADE|GPE|Belgrade]], March 19 - The [[Socialist Party|ORG|Socialist Party of Serbia]], the junior "
            "partner in [[Serbia|GPE]]'s ruling coalition, said on Wednesday it would back a new government led by "
            "the [[Serbian Progressive Party|ORG]].\n\n"
            "Students have protested for months over the collapse of a railway station canopy in [[Novi Sad|GPE]]. "
            "[[Socialist Party|ORG|Socialist Party of Serbia]] leader [[Ivica Dacic|PERSON|Ivica Dačić]] said talks "
            "would end this week.\n"
        ),
    ),
    (
        "own-dev41b-destatis-prices",
        "2025-04-30",
        (
            "[[WIESBADEN|GPE|Wiesbaden]], April 30 - Consumer prices in [[Germany|GPE]] rose 2.1 percent in April "
            "from a year earlier, the [[Federal Statistical Office|ORG|Federal Statistical Office of Germany]] said "
            "on Wednesday. Food prices rose 2.8 percent, while energy was 5.4 percent cheaper.\n\n"
            "The [[European Central Bank|ORG]] targets inflation of 2 percent for the euro zone.\n"
        ),
    ),
    (
        "own-dev41b-kpa-release",
        "2025-02-27",
        (
            "From: [[Kenya Ports Authority|ORG]]\n"
            "Date: 27 February 2025\n"
            "Subject: Cargo throughput for 2024\n\n"
            "The [[Port of Mombasa|FAC]] handled 41.1 million tonnes of cargo in 2024, up 15 percent, the "
            "[[Authority|ORG|Kenya Ports Authority]] said. Transit cargo to [[Uganda|GPE]] and [[South Sudan|GPE]] "
            "rose 20 percent.\n\n"
            "The [[Kenya Revenue Authority|ORG]] has cut clearance times at the port to three days. The "
            "[[Authority|ORG|Kenya Ports Authority]] will open a new container berth in [[Lamu|GPE]] in June.\n"
        ),
    ),
    (
        "own-dev41b-wire-two-banks",
        "2025-03-20",
        (
            "[[LONDON|GPE|London]], March 20 ([[Reuters|ORG]]) - The [[Bank of England|ORG]] held interest rates at "
            "4.5% on Thursday, a day after the [[Federal Reserve|ORG]] also kept its rates on hold. The "
            "[[Bank|ORG|Bank of England]] said global trade tensions had risen.\n\n"
            "Shares in [[Barclays|ORG]] and [[Lloyds Banking Group|ORG]] fell in the [[City|LOC|City of London]], "
            "where investors now expect two more cuts this year.\n"
        ),
    ),
    (
        "own-dev41b-two-firms-news",
        "2025-04-02",
        (
            "[[JOHANNESBURG|GPE|Johannesburg]], April 2 - [[Sibanye-Stillwater|ORG]] and [[Impala Platinum|ORG]] said "
            "on Wednesday that platinum output fell in the first quarter as heavy rain flooded shafts near "
            "[[Rustenburg|GPE]]. The company said it would cut 700 jobs.\n\n"
            "Platinum prices rose 2 percent in [[London|GPE]].\n"
        ),
    ),
    (
        "own-dev41b-nbp-council",
        "2025-05-07",
        (
            "[[WARSAW|GPE|Warsaw]], May 7 - [[Poland|GPE]]'s central bank cut its main interest rate by 50 basis "
            "points to 5.25 percent on Wednesday, its first cut since October 2023. The [[Monetary Policy Council|"
            "ORG|Monetary Policy Council (Poland)]] said inflation was likely to return to the target range in the "
            "second half of the year.\n\n"
            "[[National Bank of Poland|ORG]] Governor [[Adam Glapinski|PERSON|Adam Glapiński]] told reporters the "
            "[[Council|ORG|Monetary Policy Council (Poland)]] did not plan a series of cuts.\n"
        ),
    ),
    (
        "own-dev41b-sydney-city",
        "2025-03-12",
        (
            "[[City of Sydney|ORG]]\n"
            "Media release, 12 March 2025\n\n"
            "The [[City|ORG|City of Sydney]] will spend $30 million over four years on new cycleways in "
            "[[Surry Hills|GPE|Surry Hills, New South Wales]] and [[Redfern|GPE|Redfern, New South Wales]]. Lord Mayor [[Clover Moore|PERSON]] said "
            "the [[City|ORG|City of Sydney]] had doubled the number of bike trips since 2010.\n"
        ),
    ),
    (
        "own-dev41b-uganda-mpc-heading",
        "2025-02-06",
        (
            "MONETARY POLICY STATEMENT FOR FEBRUARY 2025\n"
            "[[Bank of Uganda|ORG]], [[Kampala|GPE]], 6 February 2025\n\n"
            "The [[MPC|ORG|Monetary Policy Committee (Uganda)]] of the [[Bank of Uganda|ORG]] has decided to "
            "maintain the Central Bank Rate at 9.75 percent. The [[Committee|ORG|Monetary Policy Committee "
            "(Uganda)]] noted that annual core inflation rose to 4.0 percent in January, below the 5 percent "
            "target. The shilling gained against the [[U.S.|GPE|United States]] dollar as coffee exports rose.\n"
        ),
    ),
]


CHECK: list[Case] = [
    (
        "own-dev41bc-cbk-mpc",
        "2025-02-05",
        (
            "[[CENTRAL BANK OF KENYA|ORG|Central Bank of Kenya]]\n"
            "PRESS RELEASE\n"
            "[[MONETARY POLICY COMMITTEE|ORG|Monetary Policy Committee (Kenya)]] MEETING, FEBRUARY 5, 2025\n\n"
            "The [[MPC|ORG|Monetary Policy Committee (Kenya)]] met on February 5, 2025, against a backdrop of lower "
            "inflation. The [[Committee|ORG|Monetary Policy Committee (Kenya)]] noted that overall inflation "
            "declined to 3.3 percent in January. The [[Committee|ORG|Monetary Policy Committee (Kenya)]] decided to "
            "lower the Central Bank Rate to 10.75 percent.\n\n"
            "[[Kamau Thugge|PERSON]]\n"
            "Chairman, [[Monetary Policy Committee|ORG|Monetary Policy Committee (Kenya)]]\n"
        ),
    ),
    (
        "own-dev41bc-sarb-statement",
        "2025-01-30",
        (
            "Statement of the [[Monetary Policy Committee|ORG|Monetary Policy Committee (South Africa)]]\n"
            "Issued by [[Lesetja Kganyago|PERSON]], Governor of the [[South African Reserve Bank|ORG]]\n\n"
            "The [[Committee|ORG|Monetary Policy Committee (South Africa)]] decided to reduce the repurchase rate "
            "by 25 basis points to 7.5 percent, with effect from 31 January 2025. Four members preferred the cut "
            "and two preferred to keep the rate unchanged. The [[Bank|ORG|South African Reserve Bank]]'s forecast "
            "for growth in 2025 is unchanged at 1.7 percent.\n"
        ),
    ),
    (
        "own-dev41bc-sony-release",
        "2025-05-14",
        (
            "[[Sony Group Corporation|ORG|Sony]]\n"
            "[[Tokyo|GPE]], May 14, 2025\n\n"
            "[[Sony Group Corporation|ORG|Sony]] today reported consolidated sales of 13.0 trillion yen for the "
            "fiscal year ended March 31, 2025. The [[Company|ORG|Sony]] sold 18.5 million [[PlayStation 5|PRODUCT]] "
            "consoles in the year. The [[Company|ORG|Sony]] plans to spin off its financial services business in "
            "October.\n"
        ),
    ),
    (
        "own-dev41bc-mtn-update",
        "2025-05-13",
        (
            "[[MTN Group Limited|ORG|MTN Group]]\n"
            "Quarterly update for the period ended 31 March 2025\n\n"
            "[[MTN|ORG|MTN Group]] increased its subscribers to 291 million. The [[Group|ORG|MTN Group]] said service "
            "revenue rose 10.5% in constant currency, led by [[MTN Nigeria|ORG]] and [[MTN Ghana|ORG]]. The "
            "[[Group|ORG|MTN Group]] remains on track to meet its medium-term targets.\n"
        ),
    ),
    (
        "own-dev41bc-malawi-parliament",
        "2025-03-28",
        (
            "[[LILONGWE|GPE|Lilongwe]], March 28 ([[Reuters|ORG]]) - [[Parliament|ORG|National Assembly (Malawi)]] "
            "passed a 7.03 trillion kwacha budget on Friday, including fertiliser subsidies for 1.5 million farmers "
            "ahead of the September election.\n\n"
            "[[Malawi|GPE]] imports most of its fuel through [[Mozambique|GPE]] and [[Tanzania|GPE]]. Finance "
            "Minister [[Simplex Chithyola Banda|PERSON]] told [[Parliament|ORG|National Assembly (Malawi)]] the "
            "deficit would narrow.\n"
        ),
    ),
    (
        "own-dev41bc-zambia-police",
        "2025-04-15",
        (
            "[[LUSAKA|GPE|Lusaka]], April 15 - [[Zambia Police|ORG|Zambia Police Service]] said on Tuesday it had "
            "seized 3,000 bags of mealie meal that traders were smuggling towards the border with the "
            "[[Democratic Republic of Congo|GPE|Democratic Republic of the Congo]].\n\n"
            "[[Zambia Police|ORG|Zambia Police Service]] spokesman [[Rae Hamoonga|PERSON]] said four drivers had been "
            "arrested in [[Chililabombwe|GPE]].\n"
        ),
    ),
    (
        "own-dev41bc-city-brisbane",
        "2025-01-22",
        (
            "[[Brisbane City Council|ORG]]\n"
            "22 January 2025\n\n"
            "[[Brisbane City Council|ORG]] will open a second green bridge across the [[Brisbane River|LOC]] in "
            "2026. The [[Council|ORG|Brisbane City Council]] said the bridge would link the university with the "
            "city centre. The state government will pay a third of the cost.\n"
        ),
    ),
    (
        "own-dev41bc-albania-sp",
        "2025-05-12",
        (
            "[[TIRANA|GPE|Tirana]], May 12 - The [[Socialist Party|ORG|Socialist Party of Albania]] of Prime Minister "
            "[[Edi Rama|PERSON]] won a fourth term in [[Albania|GPE]]'s parliamentary election, results showed on "
            "Monday.\n\n"
            "The opposition [[Democratic Party|ORG|Democratic Party of Albania]] of [[Sali Berisha|PERSON]] said the "
            "vote was rigged. The [[Socialist Party|ORG|Socialist Party of Albania]] won 83 of the 140 seats.\n"
        ),
    ),
    (
        "own-dev41bc-imf-ghana",
        "2025-04-11",
        (
            "[[ACCRA|GPE|Accra]], April 11 - An [[International Monetary Fund|ORG]] team ended a visit to "
            "[[Ghana|GPE]] on Friday, and [[Fund|ORG|International Monetary Fund]] staff said they had reached "
            "agreement on the fourth review of the country's $3 billion loan programme.\n"
        ),
    ),
    (
        "own-dev41bc-bern-1996",
        "1996-08-23",
        (
            "[[SWITZERLAND|GPE|Switzerland]]: [[NESTLE|ORG|Nestlé]] FIRST-HALF NET PROFIT RISES.\n"
            "[[VEVEY|GPE|Vevey]], [[Switzerland|GPE]] 1996-08-23\n"
            "[[Nestle SA|ORG|Nestlé]] said on Friday its first-half net profit rose 11 percent to 1.42 billion "
            "Swiss francs as sales in [[Asia|LOC]] grew. The company said the stronger dollar had helped.\n"
        ),
    ),
    (
        "own-dev41bc-two-banks-wire",
        "2025-02-18",
        (
            "[[SYDNEY|GPE|Sydney]], Feb 18 ([[Reuters|ORG]]) - The [[Reserve Bank of Australia|ORG]] cut its cash rate "
            "by 25 basis points to 4.10 percent on Tuesday, its first cut since 2020. [[Commonwealth Bank|ORG|"
            "Commonwealth Bank of Australia]] and [[Westpac|ORG]] said they would pass on the cut in full. The "
            "[[Bank|ORG|Reserve Bank of Australia]] said upside risks to inflation remained.\n"
        ),
    ),
]


def main() -> None:
    build_sets(
        HERE / "own-entities-dev41b.jsonl",
        HERE / "own-entities-dev41b-check.jsonl",
        CASES,
        CHECK,
        SOURCE,
    )


if __name__ == "__main__":
    main()

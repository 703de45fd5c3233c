"""Write eval/own-statements-dev7.jsonl and its check file (FORMAT.md): statements in the style of
official releases, Wikinews reports and wire copy, with every entity marked, since a statement's
speaker is an entity's canonical name.

Session 23 (statements6): briefs written dense in the shapes the session-22 held-out board
counts as errors: cues of official releases ("announced", "confirmed", "welcomed", "urged",
"according to X", "X's statement said", "In a statement, X said"), quotations that run over
several sentences, statements inside bulleted releases, speakers named by a role noun of
another kind ("the ministry said" after a department spoke), by "it", "they" and "the
company", by surname or title only, and things that are no statements (headlines that only
summarise, reported facts and acts). Written for briefx by hand and annotated by ANNOTATION.md
("Entities", "Statements") before briefx was run on them; institutions and office holders are
real, the events, figures and quotations invented.

Entities are marked inline (``eval/entity_marks.py``); statements are (speaker, cue, content,
quote, figures) with the content and figures as substrings, found and checked as in
``build_own_statements.case``. Run from the project root:
``python eval/build_own_statements_dev7.py``.
"""

from __future__ import annotations


from build_own_statements import write_sets

SOURCE = "written for briefx by hand (statements6 helper, session 23); CC0"

DFT = "Department for Transport"
DEFRA = "Department for Environment, Food and Rural Affairs"
AFAD = "Disaster and Emergency Management Presidency"
USGS = "United States Geological Survey"
PHAC = "Public Health Agency of Canada"
EC = "European Commission"
USDA = "United States Department of Agriculture"
SADER = "Secretariat of Agriculture and Rural Development"
EPA = "United States Environmental Protection Agency"
BOJ = "Bank of Japan"
MOF = "Ministry of Finance (Japan)"
WHO = "World Health Organization"
MOHP = "Ministry of Health (Uganda)"
PSNI = "Police Scotland"
SFRS = "Scottish Fire and Rescue Service"
CMA = "Competition and Markets Authority"
ACCC = "Australian Competition and Consumer Commission"

CASES = [
    (
        "own-dev7-bus-funding",
        "2025-06-03",
        f"Government Announces £200 Million to Improve Bus Services\n\nThe [[{DFT}|ORG]] today (3 June 2025) announced £200 million to improve bus services in rural areas of [[England|GPE]].\n\nThe funding will:\n\n• pay for 1,500 new bus stops with real-time information\n• extend evening services in 40 council areas\n• cap single fares at £3 until the end of 2026\n\nTransport Secretary [[Heidi Alexander|PERSON]] said:\n\n“Buses are the backbone of our rural communities. This funding will mean more services, running later, at fares people can afford.”\n\nThe [[Local Government Association|ORG]] welcomed the funding but warned that councils faced a shortfall of £1.2 billion in their transport budgets. The association said many councils had cut routes in the past year.\n\nAccording to the [[Department|ORG|{DFT}]], bus use outside cities fell by 10% between 2019 and 2024. The department confirmed that the first payments would reach councils in September.\n",
        [
            (DFT, "announce", "£200 million to improve bus services in rural areas of England", False, ["£200 million"]),
            ("Heidi Alexander", "say", "Buses are the backbone of our rural communities. This funding will mean more services, running later, at fares people can afford.", True, []),
            ("Local Government Association", "welcome", "the funding", False, []),
            ("Local Government Association", "warn", "councils faced a shortfall of £1.2 billion in their transport budgets", False, ["£1.2 billion"]),
            ("Local Government Association", "say", "many councils had cut routes in the past year", False, []),
            (DFT, "according to", "bus use outside cities fell by 10% between 2019 and 2024", False, ["10%"]),
            (DFT, "confirm", "the first payments would reach councils in September", False, []),
        ],
    ),
    (
        "own-dev7-quake-turkey",
        "2025-04-24",
        f"Magnitude 6.2 earthquake shakes [[Istanbul|GPE]]\n\nThursday, April 24, 2025\n\nA magnitude 6.2 earthquake struck the [[Sea of Marmara|LOC]] off [[Istanbul|GPE]] yesterday, [[Turkey|GPE]]'s [[{AFAD}|ORG]] ([[AFAD|ORG|{AFAD}]]) reported. The [[{USGS}|ORG]] said the quake had a magnitude of 6.0 and struck at a depth of about 10 kilometres.\n\nInterior Minister [[Ali Yerlikaya|PERSON]] confirmed that 151 people had been hurt, most of them while jumping from buildings. No deaths were reported. [[Yerlikaya|PERSON|Ali Yerlikaya]] urged residents not to enter damaged buildings.\n\nIn a statement, [[AFAD|ORG|{AFAD}]] said it had recorded more than 180 aftershocks. The agency said the largest of them had a magnitude of 5.9.\n\nPresident [[Recep Tayyip Erdoğan|PERSON]] wrote on social media that the state was \"on alert\". Schools in the city will stay closed for two days, the governor's office announced.\n",
        [
            (AFAD, "report", "A magnitude 6.2 earthquake struck the Sea of Marmara off Istanbul yesterday", False, ["6.2"]),
            (USGS, "say", "the quake had a magnitude of 6.0 and struck at a depth of about 10 kilometres", False, ["6.0", "about 10 kilometres"]),
            ("Ali Yerlikaya", "confirm", "151 people had been hurt, most of them while jumping from buildings", False, ["151"]),
            ("Ali Yerlikaya", "urge", "residents not to enter damaged buildings", False, []),
            (AFAD, "say", "it had recorded more than 180 aftershocks", False, ["more than 180"]),
            (AFAD, "say", "the largest of them had a magnitude of 5.9", False, ["5.9"]),
            ("Recep Tayyip Erdoğan", "write", "the state was \"on alert\"", False, []),
        ],
    ),
    (
        "own-dev7-results-grocer",
        "2025-02-27",
        "[[LONDON|GPE|London]], Feb 27 ([[Reuters|ORG]]) - [[Harbour Foods|ORG]], [[Britain|GPE|United Kingdom]]'s sixth-largest grocer, said on Thursday that annual profit rose 14% to £412 million and that it would open 25 stores this year.\n\nThe company said like-for-like sales rose 4.1% in the 12 months to January. It expects profit of between £430 million and £460 million in the new year, it said.\n\nChief executive [[Laura Bennett|PERSON]] said price cuts on 3,000 products had brought shoppers back. [[Bennett|PERSON|Laura Bennett]] told reporters the grocer would not pass on all of the rise in employers' national insurance to customers. \"We will absorb most of it. Our customers have had a hard enough few years,\" she said.\n\nShares in [[Harbour Foods|ORG]] rose 6% in early trade. [[Jefferies|ORG]] said in a note to clients that the results were better than expected.\n\nThe [[British Retail Consortium|ORG]], which represents large retailers, said last month that food prices were rising again. The consortium estimated that the tax rise would cost the industry £2.3 billion a year.\n",
        [
            ("Harbour Foods", "say", "annual profit rose 14% to £412 million and that it would open 25 stores this year", False, ["14%", "£412 million", "25"]),
            ("Harbour Foods", "say", "like-for-like sales rose 4.1% in the 12 months to January", False, ["4.1%"]),
            ("Harbour Foods", "say", "It expects profit of between £430 million and £460 million in the new year", False, ["£430 million", "£460 million"]),
            ("Laura Bennett", "say", "price cuts on 3,000 products had brought shoppers back", False, ["3,000"]),
            ("Laura Bennett", "tell", "the grocer would not pass on all of the rise in employers' national insurance to customers", False, []),
            ("Laura Bennett", "say", "We will absorb most of it. Our customers have had a hard enough few years", True, []),
            ("Jefferies", "say", "the results were better than expected", False, []),
            ("British Retail Consortium", "say", "food prices were rising again", False, []),
            ("British Retail Consortium", "estimate", "the tax rise would cost the industry £2.3 billion a year", False, ["£2.3 billion"]),
        ],
    ),
    (
        "own-dev7-canada-vaccine",
        "2025-01-15",
        f"Government of [[Canada|GPE]] invests $45 million in vaccine confidence\n\nJanuary 15, 2025 | [[Ottawa|GPE]], [[Ontario|GPE]] | [[{PHAC}|ORG]]\n\nToday, the Minister of Health, [[Mark Holland|PERSON]], announced an investment of $45 million over three years to help communities increase vaccination rates against measles and other diseases.\n\nThe funding will support 60 projects led by community groups, clinics and [[Indigenous|NORP]] organisations across the country.\n\n\"Vaccines are one of the most effective tools we have to protect our children. With this investment, we are helping trusted local voices answer the questions families have,\" said Minister [[Holland|PERSON|Mark Holland]].\n\nIn a statement, the [[{PHAC}|ORG]] said that 1,120 measles cases had been reported in [[Canada|GPE]] in 2024, the highest number since 1995. The agency urged parents to make sure their children had received two doses of the vaccine.\n\nThe [[Canadian Paediatric Society|ORG]] welcomed the announcement. According to the society, about one in ten children in some provinces has not received a first dose.\n\nQuick facts\n\n• The [[{PHAC}|ORG]] estimates that 92% of two-year-olds have received at least one dose of a measles vaccine.\n• Projects will be chosen through an open call that closes on March 31, 2025.\n",
        [
            ("Mark Holland", "announce", "an investment of $45 million over three years to help communities increase vaccination rates against measles and other diseases", False, ["$45 million"]),
            ("Mark Holland", "say", "Vaccines are one of the most effective tools we have to protect our children. With this investment, we are helping trusted local voices answer the questions families have", True, []),
            (PHAC, "say", "1,120 measles cases had been reported in Canada in 2024, the highest number since 1995", False, ["1,120"]),
            (PHAC, "urge", "parents to make sure their children had received two doses of the vaccine", False, ["two"]),
            ("Canadian Paediatric Society", "welcome", "the announcement", False, []),
            ("Canadian Paediatric Society", "according to", "about one in ten children in some provinces has not received a first dose", False, ["first"]),
            (PHAC, "estimate", "92% of two-year-olds have received at least one dose of a measles vaccine", False, ["92%", "at least one"]),
        ],
    ),
    (
        "own-dev7-commission-state-aid",
        "2025-03-18",
        f"[[Commission|ORG|{EC}]] approves €1.4 billion [[German|NORP]] scheme to support hydrogen in steel production\n\n[[Brussels|GPE]], 18 March 2025\n\nThe [[{EC}|ORG]] has approved, under [[EU|ORG|European Union]] State aid rules, a €1.4 billion [[German|NORP]] scheme to support steelmakers that switch to hydrogen. The [[Commission|ORG|{EC}]] found that the scheme was necessary and appropriate to cut greenhouse gas emissions.\n\nExecutive Vice-President [[Teresa Ribera|PERSON]], in charge of competition policy, said: \"This scheme will help [[German|NORP]] steelmakers move away from coal without distorting competition. It is a good example of how State aid can support the clean transition.\"\n\n[[Germany|GPE]] notified the scheme to the [[Commission|ORG|{EC}]] in December. [[Germany|GPE]] expects the scheme to cut emissions by 3 million tonnes of CO2 a year, the [[Commission|ORG|{EC}]]'s statement said.\n\nThe [[German|NORP]] [[Economy Ministry|ORG|Federal Ministry for Economic Affairs and Climate Action]] said in a separate statement that the first contracts would be signed this summer. The ministry said four steelmakers had already applied.\n\nThe steel association [[Wirtschaftsvereinigung Stahl|ORG]] welcomed the decision, saying it gave companies the certainty they needed to invest.\n",
        [
            (EC, "find", "the scheme was necessary and appropriate to cut greenhouse gas emissions", False, []),
            ("Teresa Ribera", "say", "This scheme will help German steelmakers move away from coal without distorting competition. It is a good example of how State aid can support the clean transition.", True, []),
            (EC, "say", "Germany expects the scheme to cut emissions by 3 million tonnes of CO2 a year", False, ["3 million tonnes"]),
            ("Federal Ministry for Economic Affairs and Climate Action", "say", "the first contracts would be signed this summer", False, ["first"]),
            ("Federal Ministry for Economic Affairs and Climate Action", "say", "four steelmakers had already applied", False, ["four"]),
            ("Wirtschaftsvereinigung Stahl", "welcome", "the decision", False, []),
            ("Wirtschaftsvereinigung Stahl", "say", "it gave companies the certainty they needed to invest", False, []),
        ],
    ),
    (
        "own-dev7-avocado-inspections",
        "2025-06-20",
        f"[[MEXICO CITY|GPE|Mexico City]], June 20 - The [[{USDA}|ORG]] has paused inspections of avocados in the [[Mexican|NORP]] state of [[Michoacán|GPE]] after two of its inspectors were assaulted, the department said on Friday.\n\n[[Mexico|GPE]]'s [[Agriculture Ministry|ORG|{SADER}]] said it was working with state authorities to protect the inspectors. The ministry said exports from other states would not be affected.\n\n[[U.S.|GPE|United States]] Ambassador [[Ronald Johnson|PERSON]] said the safety of [[American|NORP]] staff came first. He said inspections would resume once security was guaranteed.\n\nThe [[Association of Avocado Producers and Exporting Packers of Mexico|ORG]] ([[APEAM|ORG|Association of Avocado Producers and Exporting Packers of Mexico]]) said the pause could cost growers $50 million a week. [[Michoacán|GPE]] ships about 80% of the avocados that the [[United States|GPE]] imports, according to [[APEAM|ORG|Association of Avocado Producers and Exporting Packers of Mexico]].\n\nThe department said in a statement late on Friday that shipments already inspected could still cross the border. Agriculture Secretary [[Julio Berdegué|PERSON]] told local radio the pause would be short. The ministry added that it had sent 200 [[National Guard|ORG|National Guard (Mexico)]] troops to the area.\n",
        [
            (USDA, "say", "The United States Department of Agriculture has paused inspections of avocados in the Mexican state of Michoacán after two of its inspectors were assaulted", False, ["two"]),
            (SADER, "say", "it was working with state authorities to protect the inspectors", False, []),
            (SADER, "say", "exports from other states would not be affected", False, []),
            ("Ronald Johnson", "say", "the safety of American staff came first", False, []),
            ("Ronald Johnson", "say", "inspections would resume once security was guaranteed", False, []),
            ("Association of Avocado Producers and Exporting Packers of Mexico", "say", "the pause could cost growers $50 million a week", False, ["$50 million"]),
            ("Association of Avocado Producers and Exporting Packers of Mexico", "according to", "Michoacán ships about 80% of the avocados that the United States imports", False, ["about 80%"]),
            (USDA, "say", "shipments already inspected could still cross the border", False, []),
            ("Julio Berdegué", "tell", "the pause would be short", False, []),
            (SADER, "add", "it had sent 200 National Guard troops to the area", False, ["200"]),
        ],
    ),
    (
        "own-dev7-epa-grants",
        "2025-04-10",
        f"EPA Announces $30 Million for Clean School Buses in Four States\n\n[[WASHINGTON|GPE|Washington, D.C.]] (April 10, 2025) - Today, the [[{EPA}|ORG]] ([[EPA|ORG|{EPA}]]) announced $30 million in grants to replace 120 diesel school buses in [[Ohio|GPE]], [[Michigan|GPE]], [[Indiana|GPE]] and [[Kentucky|GPE]].\n\n\"Children should be able to breathe clean air on the way to school,\" said [[EPA|ORG|{EPA}]] Administrator [[Lee Zeldin|PERSON]]. \"These grants will replace some of the oldest buses on the road and save school districts money on fuel and repairs.\"\n\nThe agency estimates that each new bus will save a district about $6,000 a year in fuel and maintenance.\n\nThe grants were awarded to:\n\n• [[Columbus City Schools|ORG]], which said it would buy 30 electric buses;\n• [[Detroit Public Schools Community District|ORG]], which said the new buses would serve 4,000 students;\n• [[Jefferson County Public Schools|ORG]], whose superintendent, [[Marty Pollio|PERSON]], said the district would retire its last pre-2010 buses.\n\nThe [[National School Transportation Association|ORG]] welcomed the grants. It said in a statement that districts needed more help to meet the cost of new buses.\n",
        [
            (EPA, "announce", "$30 million in grants to replace 120 diesel school buses in Ohio, Michigan, Indiana and Kentucky", False, ["$30 million", "120"]),
            ("Lee Zeldin", "say", "Children should be able to breathe clean air on the way to school", True, []),
            ("Lee Zeldin", "say", "These grants will replace some of the oldest buses on the road and save school districts money on fuel and repairs.", True, []),
            (EPA, "estimate", "each new bus will save a district about $6,000 a year in fuel and maintenance", False, ["about $6,000"]),
            ("Columbus City Schools", "say", "it would buy 30 electric buses", False, ["30"]),
            ("Detroit Public Schools Community District", "say", "the new buses would serve 4,000 students", False, ["4,000"]),
            ("Marty Pollio", "say", "the district would retire its last pre-2010 buses", False, []),
            ("National School Transportation Association", "welcome", "the grants", False, []),
            ("National School Transportation Association", "say", "districts needed more help to meet the cost of new buses", False, []),
        ],
    ),
    (
        "own-dev7-boj-yen",
        "2025-05-01",
        f"[[TOKYO|GPE|Tokyo]], May 1 ([[Reuters|ORG]]) - The [[{BOJ}|ORG]] kept interest rates at 0.5% on Thursday and cut its growth forecast, saying [[U.S.|GPE|United States]] tariffs had clouded the outlook for [[Japan|GPE]]'s exports.\n\nThe central bank now expects the economy to grow 0.5% in the year to March 2026, down from 1.1% projected in January. The bank's statement said underlying inflation would stay below its 2% target until 2027.\n\nGovernor [[Kazuo Ueda|PERSON]] told a news conference that the bank would keep raising rates if the economy moved in line with its forecasts. \"We are not in a hurry, but we have not changed our direction,\" [[Ueda|PERSON|Kazuo Ueda]] said.\n\nThe yen fell 0.8% against the dollar after the decision. [[Japan|GPE]]'s [[{MOF}|ORG]] said separately that it had not intervened in currency markets in April. The ministry warned that it was watching moves in the yen \"with a high sense of urgency\".\n\nMost economists polled by [[Reuters|ORG]] last month said they expected the next rate rise in the second half of the year.\n",
        [
            (BOJ, "say", "U.S. tariffs had clouded the outlook for Japan's exports", False, []),
            (BOJ, "expect", "the economy to grow 0.5% in the year to March 2026, down from 1.1% projected in January", False, ["0.5%", "1.1%"]),
            (BOJ, "say", "underlying inflation would stay below its 2% target until 2027", False, ["2%"]),
            ("Kazuo Ueda", "tell", "the bank would keep raising rates if the economy moved in line with its forecasts", False, []),
            ("Kazuo Ueda", "say", "We are not in a hurry, but we have not changed our direction", True, []),
            (MOF, "say", "it had not intervened in currency markets in April", False, []),
            (MOF, "warn", "it was watching moves in the yen \"with a high sense of urgency\"", False, []),
        ],
    ),
    (
        "own-dev7-uganda-ebola",
        "2025-02-05",
        f"[[KAMPALA|GPE|Kampala]], 5 February 2025 - The [[{WHO}|ORG]] ([[WHO|ORG|{WHO}]]) said on Wednesday it would send 2,000 doses of a trial vaccine to [[Uganda|GPE]] after an outbreak of Sudan virus disease was declared in the country.\n\n[[Uganda|GPE]]'s [[{MOHP}|ORG]] said a nurse had died of the disease in [[Kampala|GPE]] last week. It said 44 people who had been in contact with him were being followed up.\n\n\"We are moving quickly because we have learned from past outbreaks,\" said [[WHO|ORG|{WHO}]] Director-General [[Tedros Adhanom Ghebreyesus|PERSON]]. \"The first doses will reach [[Uganda|GPE]] within four days. We will support the ministry in every way we can.\"\n\nHealth Minister [[Jane Ruth Aceng|PERSON]] urged people with symptoms to report to health centres. [[Aceng|PERSON|Jane Ruth Aceng]] said the ministry had opened two isolation units.\n\nThe [[Africa Centres for Disease Control and Prevention|ORG]] ([[Africa CDC|ORG|Africa Centres for Disease Control and Prevention]]) said it had sent a team of 15 experts. According to the organisation, there is no approved vaccine or treatment for the Sudan strain.\n",
        [
            (WHO, "say", "it would send 2,000 doses of a trial vaccine to Uganda after an outbreak of Sudan virus disease was declared in the country", False, ["2,000"]),
            (MOHP, "say", "a nurse had died of the disease in Kampala last week", False, []),
            (MOHP, "say", "44 people who had been in contact with him were being followed up", False, ["44"]),
            ("Tedros Adhanom Ghebreyesus", "say", "We are moving quickly because we have learned from past outbreaks", True, []),
            ("Tedros Adhanom Ghebreyesus", "say", "The first doses will reach Uganda within four days. We will support the ministry in every way we can.", True, ["first"]),
            ("Jane Ruth Aceng", "urge", "people with symptoms to report to health centres", False, []),
            ("Jane Ruth Aceng", "say", "the ministry had opened two isolation units", False, ["two"]),
            ("Africa Centres for Disease Control and Prevention", "say", "it had sent a team of 15 experts", False, ["15"]),
            ("Africa Centres for Disease Control and Prevention", "according to", "there is no approved vaccine or treatment for the Sudan strain", False, []),
        ],
    ),
    (
        "own-dev7-glasgow-fire",
        "2025-03-09",
        f"Man arrested after fire at [[Glasgow|GPE]] flats\n\n[[{PSNI}|ORG]] has confirmed that a 34-year-old man has been arrested after a fire at a block of flats in the [[Govan|GPE]] area of [[Glasgow|GPE]] on Saturday night.\n\nThe [[{SFRS}|ORG]] said eight appliances were sent to the building at around 10.40pm. They said 22 residents were evacuated and three people were taken to the [[Queen Elizabeth University Hospital|FAC]].\n\nDetective Inspector [[Fiona McKay|PERSON]] said: \"This was a frightening experience for the residents. Our inquiries are at an early stage and I would ask anyone who saw anything to get in touch.\"\n\nThe man is expected to appear at [[Glasgow Sheriff Court|ORG]] on Monday. Police said a report would be sent to the Procurator Fiscal.\n\nLocal councillor [[Eilidh Grant|PERSON]] said residents had raised concerns about the building's fire doors last year. The councillor called for an independent review of the block's safety.\n",
        [
            (PSNI, "confirm", "a 34-year-old man has been arrested after a fire at a block of flats in the Govan area of Glasgow on Saturday night", False, []),
            (SFRS, "say", "eight appliances were sent to the building at around 10.40pm", False, ["eight"]),
            (SFRS, "say", "22 residents were evacuated and three people were taken to the Queen Elizabeth University Hospital", False, ["22", "three"]),
            ("Fiona McKay", "say", "This was a frightening experience for the residents. Our inquiries are at an early stage and I would ask anyone who saw anything to get in touch.", True, []),
            (PSNI, "say", "a report would be sent to the Procurator Fiscal", False, []),
            ("Eilidh Grant", "say", "residents had raised concerns about the building's fire doors last year", False, []),
            ("Eilidh Grant", "call for", "an independent review of the block's safety", False, []),
        ],
    ),
    (
        "own-dev7-vet-merger",
        "2025-05-14",
        f"[[CMA|ORG|{CMA}]] to investigate vet chain deal\n\nThe [[{CMA}|ORG]] ([[CMA|ORG|{CMA}]]) said on Wednesday it had opened an in-depth investigation into the purchase of [[Westfield Vets|ORG]] by [[Meridian Animal Health|ORG]], warning that the deal could push up prices for pet owners in 40 towns.\n\nThe regulator said the two companies together ran 410 practices and that in some towns they owned every local clinic. It gave the companies until 21 May to offer remedies.\n\n[[Meridian Animal Health|ORG]] said it disagreed with the watchdog's findings. The company said pet owners would benefit from longer opening hours and new equipment. Its chief executive, [[Daniel Price|PERSON]], said the group would \"engage constructively\" with the authority.\n\n[[British Veterinary Association|ORG]] president [[Rob Williams|PERSON]] said vets had seen prices rise by 60% over five years. The association urged the government to set a cap on prescription fees.\n\nThe [[CMA|ORG|{CMA}]]'s executive director of mergers, [[Joel Bamford|PERSON]], said: \"Pet owners must not pay the price for less choice.\"\n",
        [
            (CMA, "say", "it had opened an in-depth investigation into the purchase of Westfield Vets by Meridian Animal Health", False, []),
            (CMA, "warn", "the deal could push up prices for pet owners in 40 towns", False, ["40"]),
            (CMA, "say", "the two companies together ran 410 practices and that in some towns they owned every local clinic", False, ["two", "410"]),
            ("Meridian Animal Health", "say", "it disagreed with the watchdog's findings", False, []),
            ("Meridian Animal Health", "say", "pet owners would benefit from longer opening hours and new equipment", False, []),
            ("Daniel Price", "say", "the group would \"engage constructively\" with the authority", False, []),
            ("Rob Williams", "say", "vets had seen prices rise by 60% over five years", False, ["60%"]),
            ("British Veterinary Association", "urge", "the government to set a cap on prescription fees", False, []),
            ("Joel Bamford", "say", "Pet owners must not pay the price for less choice.", True, []),
        ],
    ),
    (
        "own-dev7-accc-airline",
        "2025-07-08",
        f"[[SYDNEY|GPE|Sydney]], July 8 - [[Australia|GPE]]'s competition watchdog said on Tuesday it would take [[Coral Airways|ORG]] to court, alleging that the carrier sold tickets for more than 5,000 flights it had already cancelled.\n\nThe [[{ACCC}|ORG]] said the airline had kept selling seats for up to six weeks after cancelling the flights. [[ACCC|ORG|{ACCC}]] chair [[Gina Cass-Gottlieb|PERSON]] said customers had been left out of pocket. The commission will seek penalties of more than A$100 million, she said.\n\n[[Coral Airways|ORG]] said it had apologised to customers and refunded A$8 million. They will contest the amount of any penalty, the airline said.\n\nThe [[Transport Workers' Union|ORG|Transport Workers' Union of Australia]] said the cancellations were caused by staff shortages. Its national secretary, [[Michael Kaine|PERSON]], called on the carrier to hire more ground staff.\n\nMinister for Transport [[Catherine King|PERSON]] said the government would strengthen consumer protections for air travellers. [[King|PERSON|Catherine King]] announced that an aviation ombudsman would start work next year.\n",
        [
            (ACCC, "say", "it would take Coral Airways to court", False, []),
            (ACCC, "allege", "the carrier sold tickets for more than 5,000 flights it had already cancelled", False, ["more than 5,000"]),
            (ACCC, "say", "the airline had kept selling seats for up to six weeks after cancelling the flights", False, []),
            ("Gina Cass-Gottlieb", "say", "customers had been left out of pocket", False, []),
            ("Gina Cass-Gottlieb", "say", "The commission will seek penalties of more than A$100 million", False, ["more than A$100 million"]),
            ("Coral Airways", "say", "it had apologised to customers and refunded A$8 million", False, ["A$8 million"]),
            ("Coral Airways", "say", "They will contest the amount of any penalty", False, []),
            ("Transport Workers' Union of Australia", "say", "the cancellations were caused by staff shortages", False, []),
            ("Michael Kaine", "call on", "the carrier to hire more ground staff", False, []),
            ("Catherine King", "say", "the government would strengthen consumer protections for air travellers", False, []),
            ("Catherine King", "announce", "an aviation ombudsman would start work next year", False, []),
        ],
    ),
]

CHECK = [
    (
        "own-dev7c-flood-grants",
        "2025-01-28",
        f"Farmers hit by flooding to get £60 million in support\n\nThe [[{DEFRA}|ORG]] ([[Defra|ORG|{DEFRA}]]) today announced £60 million for farmers whose land was flooded this winter.\n\nFarming Minister [[Daniel Zeichner|PERSON]] said:\n\n\"Farmers have been through an incredibly hard winter. This fund will help them get their land back into production.\"\n\nThe [[Environment Agency|ORG]] said 1,200 farms had been flooded since November. According to the agency, rainfall in January was 40% above average.\n\nThe [[National Farmers' Union|ORG|National Farmers' Union of England and Wales]] welcomed the fund. Its president, [[Tom Bradshaw|PERSON]], said the money had to reach farmers quickly.\n",
        [
            (DEFRA, "announce", "£60 million for farmers whose land was flooded this winter", False, ["£60 million"]),
            ("Daniel Zeichner", "say", "Farmers have been through an incredibly hard winter. This fund will help them get their land back into production.", True, []),
            ("Environment Agency", "say", "1,200 farms had been flooded since November", False, ["1,200"]),
            ("Environment Agency", "according to", "rainfall in January was 40% above average", False, ["40%"]),
            ("National Farmers' Union of England and Wales", "welcome", "the fund", False, []),
            ("Tom Bradshaw", "say", "the money had to reach farmers quickly", False, []),
        ],
    ),
    (
        "own-dev7c-chipmaker",
        "2025-04-16",
        "[[AMSTERDAM|GPE|Amsterdam]], April 16 ([[Reuters|ORG]]) - [[ASML|ORG|ASML Holding]] said on Wednesday that first-quarter orders fell to €3.9 billion, below forecasts, and warned that tariffs made the outlook for 2026 uncertain.\n\nThe company said it still expected sales of between €30 billion and €35 billion this year. Chief executive [[Christophe Fouquet|PERSON]] told analysts that customers were delaying some orders. [[Fouquet|PERSON|Christophe Fouquet]] said demand for chips used in artificial intelligence remained strong.\n\nThe [[Dutch|NORP]] [[Ministry of Economic Affairs|ORG|Ministry of Economic Affairs (Netherlands)]] said it was in talks with [[Washington|GPE|United States]] about export rules. Shares in [[ASML|ORG|ASML Holding]] fell 5%.\n",
        [
            ("ASML Holding", "say", "first-quarter orders fell to €3.9 billion, below forecasts", False, ["€3.9 billion"]),
            ("ASML Holding", "warn", "tariffs made the outlook for 2026 uncertain", False, []),
            ("ASML Holding", "say", "it still expected sales of between €30 billion and €35 billion this year", False, ["€30 billion", "€35 billion"]),
            ("Christophe Fouquet", "tell", "customers were delaying some orders", False, []),
            ("Ministry of Economic Affairs (Netherlands)", "say", "it was in talks with Washington about export rules", False, []),
            ("Christophe Fouquet", "say", "demand for chips used in artificial intelligence remained strong", False, []),
        ],
    ),
    (
        "own-dev7c-transit-strike",
        "2025-09-02",
        "[[WELLINGTON|GPE|Wellington]], 2 September - Bus drivers in [[Wellington|GPE]] will walk off the job for 24 hours on Friday, the [[Tramways Union|ORG]] announced on Tuesday.\n\nThe union said drivers had rejected a pay offer of 3%. [[Metlink|ORG]], which runs the region's public transport, said it would run a reduced timetable. The operator urged passengers to work from home if they could.\n\n[[Greater Wellington Regional Council|ORG]] chair [[Daran Ponter|PERSON]] said the council was \"disappointed\" the talks had failed. He said both sides should return to mediation.\n",
        [
            ("Tramways Union", "announce", "Bus drivers in Wellington will walk off the job for 24 hours on Friday", False, []),
            ("Tramways Union", "say", "drivers had rejected a pay offer of 3%", False, ["3%"]),
            ("Metlink", "say", "it would run a reduced timetable", False, []),
            ("Metlink", "urge", "passengers to work from home if they could", False, []),
            ("Daran Ponter", "say", "the council was \"disappointed\" the talks had failed", False, []),
            ("Daran Ponter", "say", "both sides should return to mediation", False, []),
        ],
    ),
]


def main() -> None:
    write_sets("own-statements-dev7", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()

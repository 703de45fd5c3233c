"""Write eval/own-entities-dev18s.jsonl and eval/own-entities-dev18s-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for ORGANISATION SPANS and RECALL in
ordinary news prose (issue 13, session 17).

The families:
- two names the small model runs into one span across a word that joins them: "X and Y" (two
  firms, each a name on its own), "Firm Ltd of City", "Firm of Country", a firm after a dateline
  place with no punctuation between them ("In Zurich Nestle shares"), "flew to X from Y";
- names that hold "and", "of", "for" or "&" and stay whole ("Procter & Gamble", "Mahindra &
  Mahindra", "Transport for London", "Perth and Kinross Council", "Reserve Bank of India",
  "Guy's and St Thomas' NHS Foundation Trust");
- organisations named with a head word of another language ("Banco do Brasil", "Bank
  Indonesia", "Sveriges Riksbank", "Médecins Sans Frontières", "Svenska kraftnät", "Deutsche
  Bahn", "Caixa Geral de Depósitos", "Banco de España", "Autorité de la concurrence"); the place
  or person inside such a name is not tagged alone;
- listed and well-known companies in running text ("TotalEnergies", "Nestle", "Foxconn",
  "Albemarle", "Emirates") with context cues ("shares of", "-based", "chief executive of").
Written for briefx by hand (session 17, issue 13 ORG spans); real places, institutions and
companies of 2024-2025 as context, invented firms (with legal forms), people, figures and
quotations. Annotated by ``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md``
before briefx was run on any of them: ``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``.
Readings (earlier sets'): a legal form is inside the span and out of ``name`` (dev set 13o); a
real firm or body takes its English Wikipedia title ("Nestle" -> "Nestlé", "Bundeskartellamt" ->
"Federal Cartel Office"); an airport named by its town's name alone is FAC. The CHECK cases go
to the check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev18s.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev18s.jsonl"
OUT_CHECK = HERE / "own-entities-dev18s-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 18s, issue 13 ORG spans); company and market news, "
    "regulators and courts, transport, European, Latin American, Asian and African regional news, "
    "health; real places, institutions and companies, invented firms, people, figures and "
    "quotations; MIT."
)

NES = "Nestlé"
RBI = "Reserve Bank of India"
FOX = "Foxconn"
ALB = "Albemarle Corporation"
MSF = "Médecins Sans Frontières"

CASES = [
    (
        "own-ent18s-01",
        "2025-03-12",
        "[[MUMBAI|GPE|Mumbai]], March 12 - [[Tata Motors|ORG]] and [[Mahindra & Mahindra|ORG]] "
        "led gains on the [[National Stock Exchange|ORG|National Stock Exchange of India]] on "
        f"Wednesday after the [[Reserve Bank of India|ORG|{RBI}]] signalled another rate cut. "
        "Shares of [[Sundaram Weaving Ltd|ORG|Sundaram Weaving]] of [[Chennai|GPE]] jumped 9% "
        "after the firm won an order from [[Reliance Retail|ORG]]. The [[Securities and Exchange "
        "Board of India|ORG]] said it would review the trading. [[Maruti Suzuki|ORG]] and "
        "[[Hero MotoCorp|ORG]] fell. \"Demand in rural [[India|GPE]] is finally turning,\" said "
        "[[Kavita Raman|PERSON]], an analyst at [[Kotak Securities|ORG]]. [[Sundaram|ORG|Sundaram "
        "Weaving]] said it would hire 400 workers at its plant near [[Coimbatore|GPE]].\n",
    ),
    (
        "own-ent18s-02",
        "2025-04-24",
        "[[VEVEY|GPE|Vevey]], [[Switzerland|GPE]], April 24 ([[Reuters|ORG]]) - [[Nestle|ORG|"
        f"{NES}]] kept its full-year sales forecast on Thursday as higher coffee prices offset "
        "weaker demand in [[China|GPE]]. Chief executive [[Laurent Freixe|PERSON]] said "
        f"[[Nestle|ORG|{NES}]] and rivals such as [[Unilever|ORG]] and [[Procter & Gamble|ORG]] "
        f"faced the same cocoa bill. In [[Zurich|GPE]] [[Nestle|ORG|{NES}]] shares rose 2%, while "
        "[[Lindt & Sprüngli|ORG]] slipped. The [[Swiss National Bank|ORG]] sets rates in June. "
        "Analysts at [[UBS|ORG]] and [[Vontobel|ORG]] said the water unit of "
        f"[[Nestle|ORG|{NES}]] could be sold this year.\n",
    ),
    (
        "own-ent18s-03",
        "2025-01-15",
        "[[STOCKHOLM|GPE|Stockholm]], Jan 15 - [[Svenska kraftnät|ORG]], [[Sweden|GPE]]'s grid "
        "operator, said on Wednesday it would spend 10 billion crowns on new lines to the north "
        "after [[Vattenfall|ORG]] and [[Northvolt|ORG]] asked for more power, and would build a "
        "cable with [[Statnett|ORG]] of [[Norway|GPE]]. The [[Sveriges Riksbank|ORG]] warned that "
        "power prices could lift inflation. In [[Berlin|GPE]], [[Deutsche Bahn|ORG]] said its "
        "freight unit [[DB Cargo|ORG]] would cut 5,000 jobs, and the [[Bundesnetzagentur|ORG|"
        "Federal Network Agency]] approved higher track fees. [[Siemens Mobility|ORG]] and "
        "[[Alstom|ORG]] are bidding for a train order from [[Norwegian|NORP]] operator "
        "[[Vy|ORG|Vy (company)]].\n",
    ),
    (
        "own-ent18s-04",
        "2025-02-20",
        "[[SAO PAULO|GPE|São Paulo]], Feb 20 - [[Banco do Brasil|ORG]] said on Thursday its "
        "fourth-quarter profit rose 11%, beating [[Itaú Unibanco|ORG]] and [[Bradesco|ORG|Banco "
        "Bradesco]] on farm lending. The state lender and [[Caixa Econômica Federal|ORG]] will lend "
        "50 billion reais to farmers this year, the [[Finance Ministry|ORG|Ministry of Finance "
        "(Brazil)]] said. [[Brazil|GPE]]'s central bank, the [[Banco Central do Brasil|ORG|Central "
        "Bank of Brazil]], raised its key rate to 13.25% last month. [[Petrobras|ORG]] shares rose "
        "after the oil firm said it would pay a special dividend, and [[Mercado Libre|ORG]] said "
        "its lending arm [[Mercado Pago|ORG]] grew 40%. In [[Buenos Aires|GPE]], [[YPF|ORG]] said "
        "[[Argentine|NORP]] shale output hit a record, and [[Banco Nación|ORG|Banco de la Nación "
        "Argentina]] cut its loan rates.\n",
    ),
    (
        "own-ent18s-05",
        "2025-03-19",
        "[[JAKARTA|GPE|Jakarta]], March 19 - [[Bank Indonesia|ORG]] held its benchmark rate at "
        "5.75% on Wednesday to support the rupiah, Governor [[Perry Warjiyo|PERSON]] said. The "
        "[[Otoritas Jasa Keuangan|ORG|Financial Services Authority (Indonesia)]] said it would "
        "question [[Bank Rakyat Indonesia|ORG]] and [[Bank Mandiri|ORG]] over loans to nickel "
        "smelters. State oil firm [[Pertamina|ORG]] said it would buy more crude from "
        "[[Saudi Aramco|ORG]]. In [[Taipei|GPE]], [[Foxconn|ORG]] said it would invest $1 billion "
        "in a battery plant in [[Central Java|GPE]] with [[Indonesia Battery Corporation|ORG]]. "
        f"[[Foxconn|ORG|{FOX}]] chairman [[Young Liu|PERSON]] met [[Indonesian|NORP]] ministers "
        "last week.\n",
    ),
    (
        "own-ent18s-06",
        "2025-05-08",
        f"[[NAIROBI|GPE|Nairobi]], May 8 - [[Médecins Sans Frontières|ORG|{MSF}]] said on "
        "Thursday it had treated 3,000 cholera patients in [[Sudan|GPE]] since April and called "
        "on the [[World Health Organization|ORG]] and [[Africa CDC|ORG|Africa Centres for Disease "
        "Control and Prevention]] to send more vaccine. [[Ethiopian Airlines|ORG]] flew supplies "
        "from [[Addis Ababa|GPE]] to [[Port Sudan|GPE]]. In [[Lagos|GPE]], the [[Central Bank of "
        "Nigeria|ORG]] said it would lend 20 billion naira to drug makers, and [[Emzor "
        "Pharmaceutical Industries Ltd|ORG|Emzor Pharmaceutical Industries]] of [[Lagos|GPE]] said "
        "it would double output of oral rehydration salts. [[Dangote Group|ORG]] and "
        "[[MTN Group|ORG]] gave money to the [[Nigeria Centre for Disease Control|ORG|Nigeria "
        "Centre for Disease Control and Prevention]]. [[Kenya Airways|ORG]] said it would carry "
        "vaccine free of charge.\n",
    ),
    (
        "own-ent18s-07",
        "2025-06-11",
        "[[LONDON|GPE|London]], June 11 - [[Transport for London|ORG]] said on Wednesday it would "
        "buy 40 more trains from [[Siemens Mobility|ORG]], and [[Network Rail|ORG]] and [[Perth "
        "and Kinross Council|ORG]] agreed to rebuild a flood-damaged bridge near [[Dunkeld|GPE]]. "
        "The [[Office of Rail and Road|ORG]] fined [[Avanti West Coast|ORG]] over late trains. "
        "[[easyJet|ORG]] added flights to [[Marrakesh|GPE]] from [[Stansted|FAC|London Stansted "
        "Airport]], and [[Ryanair|ORG]] said it would base six more aircraft at [[Manchester "
        "Airport|FAC]]. [[Heathrow|FAC|Heathrow Airport]] said passenger numbers rose 3% in May. "
        "[[Marlowe Coaches Ltd|ORG|Marlowe Coaches]] of [[Kent|GPE]] said it would run buses to "
        "[[Gatwick|FAC|Gatwick Airport]] from July.\n",
    ),
    (
        "own-ent18s-08",
        "2025-07-02",
        "[[LUXEMBOURG|GPE|Luxembourg]], July 2 - The [[General Court of the European Union|ORG|"
        "General Court (European Union)]] on Wednesday upheld a fine the [[European Commission|ORG]] had imposed on "
        "[[Kessler Logistik GmbH|ORG|Kessler Logistik]] of [[Hamburg|GPE]]. In [[Bonn|GPE]], the "
        "[[Bundeskartellamt|ORG|Federal Cartel Office]] opened a case against [[Amazon|ORG]] and "
        "[[Zalando|ORG]] over delivery fees. The [[Autorité de la concurrence|ORG]] in [[Paris|GPE]] "
        "fined [[Carrefour|ORG]] and [[Danone|ORG]] 40 million euros. In [[Rome|GPE]], the "
        "[[Banca d'Italia|ORG|Bank of Italy]] said [[UniCredit|ORG]] could go ahead with its bid "
        "for [[Banco BPM|ORG]]. The [[Bank of England|ORG]] and the [[Financial Conduct "
        "Authority|ORG]] said [[British|NORP]] banks passed a stress test.\n",
    ),
    (
        "own-ent18s-09",
        "2025-08-28",
        "[[WASHINGTON|GPE|Washington, D.C.]], Aug 28 - [[Lockheed Martin|ORG]] and [[RTX|ORG|RTX "
        "Corporation]] won missile contracts worth $4 billion from the [[Army|ORG|United States "
        "Army]] on Thursday. The [[Coast Guard|ORG|United States Coast Guard]] sent two cutters to "
        "[[Apalachicola|GPE|Apalachicola, Florida]] ahead of the storm. Shares of [[Albemarle|ORG|"
        f"{ALB}]] rose 7% after the [[Charlotte|GPE|Charlotte, North Carolina]]-based lithium "
        f"producer said it would cut costs. [[Kent Masters|PERSON]], chief executive of "
        f"[[Albemarle|ORG|{ALB}]], said prices had bottomed. [[Piedmont Lithium|ORG]] and "
        "[[Livent|ORG]] also gained. The [[Department of Energy|ORG|United States Department of "
        "Energy]] said it would lend $600 million to [[Ridgeline Minerals Inc.|ORG|Ridgeline "
        "Minerals]] of [[Nevada|GPE]].\n",
    ),
    (
        "own-ent18s-10",
        "2025-09-17",
        "[[LONDON|GPE|London]], Sept 17 - [[Guy's and St Thomas' NHS Foundation Trust|ORG]] said "
        "on Wednesday it would test a new weight-loss drug from [[Novo Nordisk|ORG]] on 600 "
        "patients. The [[National Institute for Health and Care Excellence|ORG]] has backed "
        "[[Wegovy|PRODUCT]] for wider use. [[Pfizer|ORG]] and [[BioNTech|ORG]] said a combined "
        "flu and COVID-19 shot failed in a trial. [[Eli Lilly|ORG|Eli Lilly and Company]] said it "
        "would build a plant in [[Hertfordshire|GPE]]. In [[Paris|GPE]], the [[Institut Pasteur|"
        "ORG|Pasteur Institute]] and [[Sanofi|ORG]] agreed to develop a vaccine against "
        "Lyme disease. The [[Medicines and Healthcare products Regulatory Agency|ORG]] approved a "
        "cancer drug from [[AstraZeneca|ORG]] of [[Cambridge|GPE]].\n",
    ),
    (
        "own-ent18s-11",
        "2025-10-22",
        "[[LISBON|GPE|Lisbon]], Oct 22 - [[Caixa Geral de Depósitos|ORG]] said on Wednesday its "
        "nine-month profit rose 8%, and [[Banco BPI|ORG]] said it would pay a higher dividend to its "
        "owner [[CaixaBank|ORG]]. In [[Madrid|GPE]], the [[Banco de España|ORG|Bank of Spain]] "
        "warned that house prices were rising too fast. [[Banco Santander|ORG]] and [[BBVA|ORG|"
        "Banco Bilbao Vizcaya Argentaria]] led gains. [[Iberdrola|ORG]] said it would sell "
        "[[Mexican|NORP]] power plants to [[Mexico Infrastructure Partners|ORG]]. The "
        "[[Comisión Nacional del Mercado de Valores|ORG]] approved the listing of [[Puig|ORG]]. "
        "[[Portuguese|NORP]] carrier [[TAP Air Portugal|ORG]] said [[Air France-KLM|ORG]] and "
        "[[Lufthansa|ORG]] had made offers.\n",
    ),
]

CHECK = [
    (
        "own-ent18s-c1",
        "2025-11-06",
        "[[SEOUL|GPE|Seoul]], Nov 6 - [[Samsung Electronics|ORG]] and [[SK Hynix|ORG]] led the "
        "[[Korean|NORP]] market higher on Thursday after the [[Bank of Korea|ORG]] cut rates. "
        "[[Hanwha Ocean|ORG]] said it had won a tanker order from [[Mitsui O.S.K. Lines|ORG]]. "
        "Shares of [[Hyundai Motor|ORG|Hyundai Motor Company]] fell after the [[Seoul|GPE]]-based "
        "carmaker cut its forecast. [[Daewon Textiles Co.|ORG|Daewon Textiles]] of [[Busan|GPE]] "
        "said it would close a plant in [[Vietnam|GPE]].\n",
    ),
    (
        "own-ent18s-c2",
        "2025-04-09",
        "[[MEXICO CITY|GPE|Mexico City]], April 9 - [[Banco de México|ORG|Bank of Mexico]] said on "
        "Wednesday tariffs would slow growth, and [[Petróleos Mexicanos|ORG|Pemex]] said it would "
        "refinance $5 billion of debt. [[América Móvil|ORG]] and [[Grupo Televisa|"
        "ORG|Televisa]] fell. [[Aeroméxico|ORG]] added flights to [[Cancún|GPE]] from [[Madrid|GPE]]. "
        "The [[Comisión Federal de Electricidad|ORG|Federal Electricity Commission]] signed a deal "
        "with [[Iberdrola|ORG]].\n",
    ),
    (
        "own-ent18s-c3",
        "2025-06-25",
        "[[ACCRA|GPE|Accra]], June 25 - The [[Bank of Ghana|ORG]] held its policy rate on "
        "Wednesday. [[Ghana Cocoa Board|ORG]] said [[Olam Agri|ORG]] and [[Cargill|ORG]] would "
        "buy most of the new crop. [[Médecins du Monde|ORG|Doctors of the World]] said it would "
        "open clinics in [[Tamale|GPE|Tamale, Ghana]], and [[Ecobank Ghana|ORG]] said it would lend "
        "to cocoa farmers.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

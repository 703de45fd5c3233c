"""Write eval/own-entities-dev21t.jsonl and eval/own-entities-dev21t-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for ENTITY TYPES read off the document's
own evidence (issue 13, session 20), dense in names whose form does not give their type.

The families (the pooled held-out confusions, counts only: ORG->GPE, ORG->PERSON, PERSON->ORG,
PRODUCT->ORG, FAC->ORG, GPE->ORG):
- clubs named by their city ("Bournemouth beat Brentford 3-1", "Brentford's manager"), beside the
  same city as a place;
- companies named after a place ("Santander said its profit", "the insurer Zurich", "shares of
  Aberdeen", "Halifax, part of Lloyds Banking Group") beside the place itself;
- firms named after people, two words ("Raymond James", "Grant Thornton", "Edward Jones",
  "John Lewis", "Ted Baker", "Laura Ashley"), with a firm's evidence around them ("shares of X",
  "X's chief executive", "X said it would", "advised X");
- people whose names are places or firms' names ("Jordan Bardella" beside "Jordan", "Jordan
  Chester", a surname alone after the full name, "said he");
- one-word products, medicines, AI models and vessels ("Wegovy", "Zepbound", "Gemini", "Claude",
  "Copilot", "Dali"), by the words around them ("sales of X", "its X chatbot", "the ship X");
- facilities named without a head word (airports "O'Hare", "Dulles", "Newark"; prisons
  "Belmarsh", "Wandsworth"; grounds "Craven Cottage", "Anfield", "Twickenham") after "at",
  "from", "flights at", "inmates at";
- events named by one word ("Glastonbury", "Wimbledon", "Eurovision").
Cases that must stay: a city as the place where things happen (GPE), a person with a firm's
surname named in full.
Written for briefx by hand (session 20, issue 13 types); real places, institutions, companies,
products and office holders of 2024-2025 as context, invented figures, quotations and minor
people. Annotated by ``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md`` inline
while writing, before briefx was run on any of them: ``[[text|TYPE]]`` or
``[[text|TYPE|canonical name]]``. Readings (earlier sets'): a club named after its city is ORG
with its club's title (dev14t); a national side named by its country is GPE (dev14t); an
airport, prison or ground named without its head word is FAC named by its Wikipedia title
(dev14t "Heathrow"); a ship is PRODUCT (dev12t); a medicine's brand is PRODUCT. The CHECK cases go to the check file: scored only once,
at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev21t.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev21t.jsonl"
OUT_CHECK = HERE / "own-entities-dev21t-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 21t, issue 13 types by the document's evidence); "
    "football, deals, banks and insurers, medicines, AI models, prisons, airports, rugby, "
    "festivals, French politics, retail and shipping; real places, institutions, companies and "
    "products, invented figures, quotations and minor people; MIT."
)

SCHWAB = "Charles Schwab Corporation"
ZURICH = "Zurich Insurance Group"
JL = "John Lewis & Partners"

CASES = [
    (
        "own-ent21t-01",
        "2025-02-09",
        "[[LONDON|GPE|London]], Feb 9 - [[Bournemouth|ORG|AFC Bournemouth]] beat [[Brentford|"
        "ORG|Brentford F.C.]] 3-1 on Saturday, with [[Dango Ouattara|PERSON]] scoring twice. "
        "[[Brentford|ORG|Brentford F.C.]]'s manager [[Thomas Frank|PERSON]] said his side had "
        "been too open. [[Fulham|ORG|Fulham F.C.]] drew 0-0 with [[Everton|ORG|Everton F.C.]] "
        "at [[Craven Cottage|FAC]], and [[Ipswich|ORG|Ipswich Town F.C.]] lost 2-0 at "
        "[[Anfield|FAC]] to goals from [[Mohamed Salah|PERSON]] and [[Cody Gakpo|PERSON]]. "
        "[[Leicester|ORG|Leicester City F.C.]] fans who had travelled from [[Leicester|GPE]] to "
        "[[Norwich|GPE]] for a cup tie at [[Carrow Road|FAC]] were sent home when it was "
        "called off because of ice. Defender [[Jordan Chester|PERSON]], 24, signed a new "
        "contract with [[Everton|ORG|Everton F.C.]]; [[Chester|PERSON|Jordan Chester]] said he "
        "was proud to stay.\n",
    ),
    (
        "own-ent21t-02",
        "2024-10-17",
        f"[[NEW YORK|GPE|New York City]], Oct 17 - [[Charles Schwab|ORG|{SCHWAB}]] said on "
        "Thursday it would buy [[Whitcombe Lane|ORG]], a [[Denver|GPE]]-based wealth manager, "
        f"for $2.1 billion. Shares of [[Schwab|ORG|{SCHWAB}]] rose 3%. [[Morgan Stanley|ORG]] "
        f"and [[Houlihan Lokey|ORG]] advised [[Schwab|ORG|{SCHWAB}]], and [[Sullivan & "
        "Cromwell|ORG]] and [[Kirkland & Ellis|ORG]] gave legal advice. [[Grant Thornton|ORG|"
        "Grant Thornton International]] audited the accounts of [[Whitcombe Lane|ORG]]. "
        f"[[Schwab|ORG|{SCHWAB}]]'s chief executive [[Rick Wurster|PERSON]] said the deal "
        "would add 40,000 clients. [[Edward Jones|ORG|Edward Jones Investments]] and [[Raymond "
        "James|ORG|Raymond James Financial]] are also hiring advisers in the region, said "
        "[[Peter Hollis|PERSON]], a partner at [[Whitcombe Lane|ORG]]. [[Hollis|PERSON|Peter "
        "Hollis]] said he would stay on for three years.\n",
    ),
    (
        "own-ent21t-03",
        "2025-04-30",
        "[[MADRID|GPE|Madrid]], April 30 - [[Santander|ORG|Banco Santander]] said its "
        "first-quarter profit rose 19%, helped by lending in [[Brazil|GPE]] and [[Mexico|GPE]]. "
        "[[Santander|ORG|Banco Santander]]'s chair [[Ana Botín|PERSON]] said the bank would buy "
        f"back €1.5 billion of shares. The insurer [[Zurich|ORG|{ZURICH}]] said its operating "
        f"profit rose 10%, and [[Zurich|ORG|{ZURICH}]] chief executive [[Mario Greco|PERSON]] "
        "said it had paid out $900 million after the fires in [[Los Angeles|GPE]]. In "
        "[[Edinburgh|GPE]], the asset manager [[Aberdeen|ORG|Aberdeen Group]] said clients "
        "pulled £1.4 billion in the quarter, and shares of [[Aberdeen|ORG|Aberdeen Group]] fell "
        "4%. [[Halifax|ORG|Halifax (bank)]], part of [[Lloyds Banking Group|ORG]], said house "
        "prices rose 3% in the year to April, most in [[Northern Ireland|GPE]] and least in "
        "[[London|GPE]].\n",
    ),
    (
        "own-ent21t-04",
        "2025-05-07",
        "[[COPENHAGEN|GPE|Copenhagen]], May 7 - [[Novo Nordisk|ORG]] said sales of "
        "[[Wegovy|PRODUCT]] rose 83% in the first quarter, though it cut its forecast as "
        "compounded copies of the drug were sold in [[America|GPE|United States]]. Sales of "
        "[[Ozempic|PRODUCT]] rose 15%. Rival [[Eli Lilly|ORG]] said demand for [[Zepbound|"
        "PRODUCT]] and [[Mounjaro|PRODUCT]] had outrun supply, and [[Lilly|ORG|Eli Lilly]] "
        "would open a plant in [[Wisconsin|GPE]]. The [[European Medicines Agency|ORG]] "
        "backed [[Kisunla|PRODUCT]] for early Alzheimer's disease after first rejecting it, "
        "while [[Eisai|ORG]] and [[Biogen|ORG]] said [[Leqembi|PRODUCT]] was now sold in 40 "
        "countries. [[Merck|ORG|Merck & Co.]] said sales of [[Keytruda|PRODUCT]] rose 4%.\n",
    ),
    (
        "own-ent21t-05",
        "2025-05-21",
        "[[MOUNTAIN VIEW|GPE|Mountain View, California]], May 21 - [[Google|ORG]] said its "
        "[[Gemini|PRODUCT|Google Gemini]] app now had 400 million monthly users, and that "
        "[[Gemini|PRODUCT|Google Gemini]] would be built into [[Chrome|PRODUCT|Google Chrome]]. "
        "[[Microsoft|ORG]] said [[Copilot|PRODUCT|Microsoft Copilot]] would run on "
        "[[Claude|PRODUCT|Claude (language model)]] models from [[Anthropic|ORG]] as well as "
        "[[OpenAI|ORG]]'s. [[Meta|ORG|Meta Platforms]] delayed the release of its largest "
        "[[Llama|PRODUCT|Llama (language model)]] model, and [[xAI|ORG]] said [[Grok|PRODUCT|"
        "Grok (chatbot)]] would be offered to government agencies. [[Amazon|ORG]] said 10 "
        "million people had tried the new [[Alexa|PRODUCT|Amazon Alexa]] assistant. Analyst "
        "[[Alexa Morgan|PERSON]] of [[Bernstein|ORG|AllianceBernstein]] said the chatbots were "
        "now sold as features, not products.\n",
    ),
    (
        "own-ent21t-06",
        "2024-11-08",
        "[[LONDON|GPE|London]], Nov 8 - A further 1,100 prisoners will be released early "
        "from jails in [[England|GPE]] and [[Wales|GPE]] next week, the [[Ministry of "
        "Justice|ORG|Ministry of Justice (United Kingdom)]] said on Friday. Inmates at "
        "[[Belmarsh|FAC|HM Prison Belmarsh]], [[Pentonville|FAC|HM Prison Pentonville]] and "
        "[[Wandsworth|FAC|HM Prison Wandsworth]] will be among them. Justice Secretary "
        "[[Shabana Mahmood|PERSON]] said the jails were full. A report by the inspector "
        "[[Charlie Taylor|PERSON]] found that rats and broken windows at [[Wandsworth|FAC|HM "
        "Prison Wandsworth]] had gone unrepaired for two years. The [[Prison Officers' "
        "Association|ORG]] said staff at [[Strangeways|FAC|HM Prison Manchester]] in "
        "[[Manchester|GPE]] had been attacked 30 times since May. [[Serco|ORG]], which runs "
        "[[Lowdham Grange|FAC|HM Prison Lowdham Grange]] in [[Nottinghamshire|GPE]], said it "
        "would hire 60 officers.\n",
    ),
    (
        "own-ent21t-07",
        "2025-02-17",
        "[[CHICAGO|GPE|Chicago]], Feb 17 - Snow and ice grounded 1,300 flights at [[O'Hare|"
        "FAC|O'Hare International Airport]] and [[Midway|FAC|Chicago Midway International "
        "Airport]] on Monday, and [[United|ORG|United Airlines]] and [[Southwest|ORG|Southwest "
        "Airlines]] cancelled most flights to [[Denver|GPE]]. On the east coast, departures "
        "from [[Dulles|FAC|Dulles International Airport]], [[JFK|FAC|John F. Kennedy "
        "International Airport]] and [[Newark|FAC|Newark Liberty International Airport]] "
        "were held for de-icing, the [[Federal Aviation Administration|ORG]] said. In "
        "[[Newark|GPE|Newark, New Jersey]], schools closed. Transportation Secretary [[Sean "
        "Duffy|PERSON]] said staffing at the tower at [[LaGuardia|FAC|LaGuardia Airport]] was "
        "normal. A [[Delta|ORG|Delta Air Lines]] flight from [[Minneapolis|GPE]] overturned "
        "on landing at [[Pearson|FAC|Toronto Pearson International Airport]] in [[Toronto|"
        "GPE]], and all 80 people aboard survived, [[Delta|ORG|Delta Air Lines]] said.\n",
    ),
    (
        "own-ent21t-08",
        "2025-03-15",
        "[[CARDIFF|GPE|Cardiff]], March 15 - [[England|GPE]] beat [[Wales|GPE]] 68-14 at the [[Principality "
        "Stadium|FAC|Millennium Stadium]] on Saturday, the heaviest home defeat in the history "
        "of the [[Welsh Rugby Union|ORG]]. [[France|GPE]] "
        "beat [[Scotland|GPE]] 35-16 at the [[Stade de "
        "France|FAC]] to win the [[Six Nations|EVENT|2025 Six Nations Championship]], and "
        "[[Ireland|GPE]] beat [[Italy|GPE]] in [[Rome|GPE]]. Fans who had crossed from [[Bristol|GPE]] "
        "filled the city's hotels. [[Twickenham|FAC|Twickenham Stadium]] will host the final "
        "of the women's tournament, [[England|GPE]] coach "
        "[[Steve Borthwick|PERSON]] said.\n",
    ),
    (
        "own-ent21t-09",
        "2025-06-29",
        "[[PILTON|GPE|Pilton, Somerset]], June 29 - [[Glastonbury|EVENT|Glastonbury "
        "Festival]] ended on Sunday with a set by [[Olivia Rodrigo|PERSON]], and organiser "
        "[[Emily Eavis|PERSON]] said [[Glastonbury|EVENT|Glastonbury Festival]] would take "
        "a fallow year in 2026 to rest the land at [[Worthy Farm|FAC]]. [[Avon and Somerset "
        "Police|ORG|Avon and Somerset Constabulary]] said it was reviewing footage of a "
        "set. Tickets for [[Wimbledon|EVENT|2025 Wimbledon Championships]], which opens on "
        "Monday, sold out in minutes, the [[All England Club|ORG|All England Lawn Tennis and "
        "Croquet Club]] said. In [[Basel|GPE]], organisers said [[Eurovision|EVENT|Eurovision "
        "Song Contest 2025]] had brought 500,000 visitors to the city, and [[Coachella|EVENT|"
        "Coachella]] in [[California|GPE]] reported its lowest ticket sales since 2019.\n",
    ),
    (
        "own-ent21t-10",
        "2025-07-08",
        "[[PARIS|GPE|Paris]], July 8 - [[Jordan Bardella|PERSON]], president of the "
        "[[National Rally|ORG]], said on Tuesday the party would vote against the budget. "
        "[[Bardella|PERSON|Jordan Bardella]] said he had spoken to [[Marine Le Pen|PERSON]], "
        "whose appeal will be heard in 2026. Police searched the party's offices in [[Nanterre|"
        "GPE]]. Prime Minister [[François Bayrou|PERSON]], back from a visit to [[Jordan|GPE]] "
        "and [[Lebanon|GPE]], said his government would not fall. [[Florence Lyon|PERSON]], a "
        "deputy for the [[Socialist Party|ORG|Socialist Party (France)]], said she would table "
        "a motion of censure, and [[Lyon|PERSON|Florence Lyon]] said it had 180 signatures. "
        "The mayor of [[Lyon|GPE]], [[Grégory Doucet|PERSON]], said he backed her.\n",
    ),
    (
        "own-ent21t-11",
        "2025-03-27",
        f"[[LONDON|GPE|London]], March 27 - [[John Lewis|ORG|{JL}]] said it would cut 1,000 "
        f"jobs after [[John Lewis|ORG|{JL}]]'s profit fell, and its chair [[Jason "
        f"Tarry|PERSON]] said the stores in [[Aberdeen|GPE]] and [[Milton Keynes|GPE]] would "
        "stay open. [[Marks & Spencer|ORG]] said its sales rose 6%; chief executive [[Stuart "
        "Machin|PERSON]] said it would open 12 food halls. [[Ted Baker|ORG]], which closed all "
        "its shops last year, will return to [[Oxford Street|FAC]] through a licence with "
        "[[Authentic Brands Group|ORG]]. [[Laura Ashley|ORG]] said it would sell its "
        "dresses through [[Next|ORG|Next plc]]. [[Dyson|ORG|Dyson (company)]] said it would "
        "move its head office to [[Singapore|GPE]]; founder [[James Dyson|PERSON]] said the "
        "company would keep its research site at [[Malmesbury|GPE]].\n",
    ),
    (
        "own-ent21t-12",
        "2025-04-02",
        "[[BALTIMORE|GPE|Baltimore]], April 2 - The container ship [[Dali|PRODUCT|MV Dali]], "
        "which struck the [[Francis Scott Key Bridge|FAC]] a year ago, left [[Norfolk|GPE|"
        "Norfolk, Virginia]] for [[China|GPE]] on Wednesday, its owner [[Grace Ocean|ORG]] "
        "said. The [[Ever Given|PRODUCT]], which blocked the [[Suez Canal|FAC]] in 2021, "
        "called at [[Felixstowe|FAC|Port of Felixstowe]] and [[Rotterdam|GPE]]. The cruise ship "
        "[[Icon of the Seas|PRODUCT]] returned to [[Miami|GPE]] after an engine fault, "
        "[[Royal Caribbean|ORG|Royal Caribbean Group]] said. [[Maersk|ORG]] said it would "
        "send its new methanol ship [[Ane Maersk|PRODUCT]] to [[Tanjung Pelepas|FAC|Port of "
        "Tanjung Pelepas]] in [[Malaysia|GPE]], and [[Hapag-Lloyd|ORG]] chief executive [[Rolf "
        "Habben Jansen|PERSON]] said rates would fall.\n",
    ),
]

CHECK = [
    (
        "own-ent21t-c1",
        "2025-01-26",
        "[[MILAN|GPE|Milan]], Jan 26 - [[Bologna|ORG|Bologna FC 1909]] beat [[Como|ORG|Como "
        "1907]] 2-0 at the [[Dall'Ara|FAC|Stadio Renato Dall'Ara]] on Sunday, and [[Bologna|ORG|"
        "Bologna FC 1909]]'s coach [[Vincenzo Italiano|PERSON]] said the side could still "
        "finish fourth. [[Napoli|ORG|SSC Napoli]] stayed top after a 3-1 win over [[Atalanta|"
        "ORG|Atalanta BC]] in [[Bergamo|GPE]]. Fans travelled from [[Como|GPE]] by train.\n",
    ),
    (
        "own-ent21t-c2",
        "2025-08-06",
        "[[BASEL|GPE|Basel]], Aug 6 - [[Roche|ORG]] said sales of [[Ocrevus|PRODUCT]] rose "
        "9%, and [[Novartis|ORG]] said [[Kisqali|PRODUCT]] had been approved in [[China|GPE]]. "
        "Shares of [[Lonza|ORG|Lonza Group]] fell after the firm delayed a plant in [[Visp|GPE]]. "
        "[[Julius Baer|ORG|Julius Baer Group]] said its profit rose 12%, chief executive "
        "[[Stefan Bollinger|PERSON]] said.\n",
    ),
    (
        "own-ent21t-c3",
        "2025-10-03",
        "[[WASHINGTON|GPE|Washington, D.C.]], Oct 3 - Flights at [[Reagan National|FAC|Ronald "
        "Reagan Washington National Airport]] were delayed on Friday as controllers called in "
        "sick, and [[American|ORG|American Airlines]] cut 40 flights to [[Charlotte|GPE|"
        "Charlotte, North Carolina]]. Inmates at [[Rikers|FAC|Rikers Island]] were moved, "
        "[[New York City|GPE]] officials said. [[Hertz|ORG|Hertz Global Holdings]] said its "
        "shares rose 5%.\n",
    ),
]

if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

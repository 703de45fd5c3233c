"""Write eval/own-entities-dev15n.jsonl and eval/own-entities-dev15n-check.jsonl (FORMAT.md,
entities only): an entities dev set and its check set for NAMES (issue 13, session 13).

The families where span and type are right and the canonical name is wrong (counts pooled over
the held-out sets, given to the session as counts only): a short mention whose canonical name
the document gives elsewhere, and a mention whose canonical name the document does not give
but a maintained source does:
- bodies named in full once and then by a capitalised head noun ("the Authority", "the
  Agency", "the Council", "the Commission", "the Department", "the Ministry", "the Bank"), by
  part of their name ("the Reserve Bank", "the Cartel Office", "Hutchison", "Cal-Maine"), by an
  acronym defined before or after ("(PMD)", "(CMA)"), or by an acronym the text never defines
  ("IMF", "OCHA" after its long form with "UN");
- national bodies named without their country ("the National Disaster Management Authority" in
  a Pakistani text -> "National Disaster Management Authority (Pakistan)", "the Ministry of
  Health" in a Kenyan text -> "Ministry of Health (Kenya)", dev set 10's reading);
- districts, counties, provinces and regions with and without their generic word ("Buner
  district" -> "Buner District", "Garissa and Tana River counties" -> "Garissa County", "Tana
  River County"; "Tigray and Amhara regions" -> "Tigray Region", "Amhara Region"; "Wayanad
  district" -> "Wayanad district", English Wikipedia's title for Indian districts; "Punjab" in
  a Pakistani text -> "Punjab, Pakistan"; "Aichi" -> "Aichi Prefecture"; "Toyota City" ->
  "Toyota, Aichi"), the lower-case generic word outside the span (set 10's reading);
- products named after their maker ("Boeing's 737 MAX" -> "Boeing 737 MAX", "the A350" after
  "Airbus" -> "Airbus A350", "Volkswagen's ID.3" -> "Volkswagen ID.3", "the Prius" -> "Toyota
  Prius"), as dev set 13k reads car models;
- people by surname, by a given name their culture uses alone ("Abiy" -> "Abiy Ahmed"), by a
  surname of two words ("Ato Forson", "Della Valle"), with a suffix or a name their Wikipedia
  title replaces ("Ferdinand Marcos Jr." -> "Bongbong Marcos"), by initials ("K.P. Sharma Oli"
  -> "KP Sharma Oli"), with a title outside the span.
Cases that must stay: a head noun in lower case ("the authority", untagged), a body whose title
names its country already ("Pakistan Meteorological Department", "Kenya Meteorological
Department"), a firm whose short name is its title ("Vodafone", "Westpac"), a name given first
by its acronym then in full.
Written for briefx by hand (session 13, issue 13 names); real places, institutions, companies
and public figures of 2024-2025, invented or approximate figures and quotations. Annotated by
``shared/eval/ANNOTATION.md`` and the readings on ``eval/README.md`` inline while writing,
before briefx was run on any of them (after the first run two firms were corrected to
their English Wikipedia titles, which the annotator had misremembered: "The Boeing Company" ->
"Boeing", two mentions; "Volkswagen AG" and its mentions -> "Volkswagen Group", three):
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``;
legal forms in the span and out of ``name`` (session 11); a national body with a generic title
takes its country in brackets (dev set 10); `name` is the English Wikipedia title without a
parenthesised disambiguator otherwise (set 13k). ``entity_marks`` turns the marks into offsets
and checks every span. The CHECK cases go to the check file: scored only once, at the end of a
session.
Run from the project root: ``python eval/build_own_entities_dev15n.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev15n.jsonl"
OUT_CHECK = HERE / "own-entities-dev15n-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 15n, issue 13 names); flood, monsoon, humanitarian, "
    "central-bank, aircraft, EU competition, UK merger, landslide, typhoon, bird-flu, German "
    "regulator and Australian bank copy; real places, institutions, companies and public "
    "figures, invented or approximate figures and quotations; MIT."
)

CASES = [
    (
        "own-ent15n-01",
        "2024-05-03",
        "[[NAIROBI|GPE|Nairobi]], May 3 ([[Reuters|ORG]]) - Floods in [[Kenya|GPE]]'s "
        "[[Garissa|GPE|Garissa County]] and [[Tana River|GPE|Tana River County]] counties have "
        "displaced more than 40,000 people, the [[Kenya Red Cross|ORG|Kenya Red Cross Society]] "
        "said on Friday. The [[Ministry of Health|ORG|Ministry of Health (Kenya)]] said cholera "
        "cases had been confirmed in [[Tana River County|GPE]]. Health Cabinet Secretary "
        "[[Susan Nakhumicha|PERSON]] said the [[Ministry|ORG|Ministry of Health (Kenya)]] would "
        "send chlorine and tents. The [[Kenya Meteorological Department|ORG]] "
        "([[KMD|ORG|Kenya Meteorological Department]]) forecast more rain until mid-May; "
        "[[KMD|ORG|Kenya Meteorological Department]] said the authority in charge of dams "
        "should release water early. President [[William Ruto|PERSON]] visited "
        "[[Garissa|GPE|Garissa County]] on Thursday. [[Ruto|PERSON|William Ruto]] said the "
        "[[Red Cross|ORG|Kenya Red Cross Society]] would get more funds.\n",
    ),
    (
        "own-ent15n-02",
        "2025-08-20",
        "[[ISLAMABAD|GPE|Islamabad]], Aug 20 - Monsoon rains have killed 320 people in "
        "[[Pakistan|GPE]] since late June, the [[National Disaster Management Authority|ORG|"
        "National Disaster Management Authority (Pakistan)]] said on Wednesday, most of them in "
        "[[Khyber Pakhtunkhwa|GPE]] province. The [[Authority|ORG|National Disaster Management "
        "Authority (Pakistan)]] said flash floods in [[Buner|GPE|Buner District]] district had "
        "destroyed 200 houses; [[Swat|GPE|Swat District]] and [[Shangla|GPE|Shangla District]] "
        "districts were also hit. The [[Pakistan Meteorological Department|ORG]] "
        "([[PMD|ORG|Pakistan Meteorological Department]]) warned of heavy rain in "
        "[[Punjab|GPE|Punjab, Pakistan]] and [[Sindh|GPE]] next week. Prime Minister "
        "[[Shehbaz Sharif|PERSON]] ordered the army to help. [[Sharif|PERSON|Shehbaz Sharif]] "
        "said the [[NDMA|ORG|National Disaster Management Authority (Pakistan)]] would pay "
        "families 1 million rupees for each death.\n",
    ),
    (
        "own-ent15n-03",
        "2025-03-12",
        "[[ADDIS ABABA|GPE|Addis Ababa]], March 12 - Nearly 4 million people in [[Ethiopia|GPE]]"
        "'s [[Tigray|GPE|Tigray Region]] and [[Amhara|GPE|Amhara Region]] regions need food "
        "aid, the [[UN Office for the Coordination of Humanitarian Affairs|ORG|Office for the "
        "Coordination of Humanitarian Affairs]] said on Wednesday. [[OCHA|ORG|Office for the "
        "Coordination of Humanitarian Affairs]] said drought had spread to the [[Afar Region|GPE]]. "
        "The [[Ethiopian Disaster Risk Management Commission|ORG]] said it had delivered wheat "
        "to 1.2 million people; the [[Commission|ORG|Ethiopian Disaster Risk Management "
        "Commission]] asked donors for $300 million. The [[World Food Programme|ORG]] said its "
        "stocks would run out in May, and [[WFP|ORG|World Food Programme]] staff in "
        "[[Mekelle|GPE]] reported rising prices. Prime Minister [[Abiy Ahmed|PERSON]] told "
        "parliament the harvest in [[Oromia|GPE|Oromia Region]] had been good. [[Abiy|PERSON|"
        "Abiy Ahmed]] said [[Ethiopia|GPE]] would not need imports next year.\n",
    ),
    (
        "own-ent15n-04",
        "2025-05-30",
        "[[ACCRA|GPE|Accra]], May 30 - The [[Bank of Ghana|ORG]] cut its policy rate by 100 "
        "basis points to 27% on Friday as inflation eased for a fifth month. Governor [[Johnson "
        "Asiama|PERSON]] said the [[Bank|ORG|Bank of Ghana]] saw room for more cuts. "
        "[[Asiama|PERSON|Johnson Asiama]] said the cedi had gained 20% against the dollar. The "
        "[[Ghana Statistical Service|ORG]] ([[GSS|ORG|Ghana Statistical Service]]) said food "
        "prices fell most in the [[Ashanti|GPE|Ashanti Region]] and [[Volta|GPE|Volta Region]] "
        "regions. Finance Minister [[Cassiel Ato Forson|PERSON]] said the "
        "[[IMF|ORG|International Monetary Fund]] would review the programme in June. [[Ato "
        "Forson|PERSON|Cassiel Ato Forson]] said the [[Fund|ORG|International Monetary Fund]] "
        "had praised the budget. The [[Finance Ministry|ORG|Ministry of Finance (Ghana)]] will "
        "sell 91-day bills next week.\n",
    ),
    (
        "own-ent15n-05",
        "2024-10-23",
        "[[SEATTLE|GPE|Seattle]], Oct 23 - [[The Boeing Company|ORG|Boeing]] posted a $6.2 billion "
        "quarterly loss on Wednesday as a strike by 33,000 machinists halted output of its "
        "[[737 MAX|PRODUCT|Boeing 737 MAX]] and [[777X|PRODUCT|Boeing 777X]] jets. Chief "
        "executive [[Kelly Ortberg|PERSON]] said [[Boeing|ORG]] must change "
        "its culture. [[Ortberg|PERSON|Kelly Ortberg]] said talks with the [[International "
        "Association of Machinists and Aerospace Workers|ORG]] ([[IAM|ORG|International "
        "Association of Machinists and Aerospace Workers]]) would resume. The [[Federal "
        "Aviation Administration|ORG]] still caps [[737 MAX|PRODUCT|Boeing 737 MAX]] output at 38 a month, and the "
        "[[FAA|ORG|Federal Aviation Administration]] said the cap would stay. Rival "
        "[[Airbus SE|ORG|Airbus]] delivered 30 [[A350|PRODUCT|Airbus A350]] jets in the quarter. "
        "Supplier [[Spirit AeroSystems Holdings Inc|ORG|Spirit AeroSystems]] said "
        "[[Spirit|ORG|Spirit AeroSystems]] had cut shifts in [[Wichita|GPE|Wichita, Kansas]], "
        "[[Kansas|GPE]].\n",
    ),
    (
        "own-ent15n-06",
        "2025-04-23",
        "[[BRUSSELS|GPE|Brussels]], April 23 - The [[European Commission|ORG]] fined [[Apple|ORG|"
        "Apple Inc.]] 500 million euros and [[Meta Platforms|ORG]] 200 million euros on "
        "Wednesday under the [[Digital Markets Act|LAW]]. The [[Commission|ORG|European "
        "Commission]] said [[Apple|ORG|Apple Inc.]] had stopped app developers from steering "
        "users to cheaper offers. Executive Vice-President [[Teresa Ribera|PERSON]] said the "
        "[[DMA|LAW|Digital Markets Act]] applied to every gatekeeper. [[Ribera|PERSON|Teresa "
        "Ribera]] said [[Meta|ORG|Meta Platforms]] had made users of [[Facebook|ORG]] and "
        "[[Instagram|ORG]] pay or consent. [[Meta|ORG|Meta Platforms]] said it would appeal.\n",
    ),
    (
        "own-ent15n-07",
        "2024-12-05",
        "[[LONDON|GPE|London]], Dec 5 - [[Britain|GPE|United Kingdom]]'s competition regulator "
        "cleared the merger of [[Vodafone Group Plc|ORG|Vodafone]] and [[CK Hutchison Holdings "
        "Ltd|ORG|CK Hutchison Holdings]]'s [[Three UK|ORG]] on Thursday. The [[Competition and "
        "Markets Authority|ORG]] ([[CMA|ORG|Competition and Markets Authority]]) said the firms "
        "had promised to spend £11 billion on a 5G network. Chief executive [[Sarah "
        "Cardell|PERSON]] said the [[Authority|ORG|Competition and Markets Authority]] would "
        "police the promises for eight years. [[Cardell|PERSON|Sarah Cardell]] said prices "
        "would be capped for three years. [[Vodafone|ORG]] chief executive [[Margherita Della "
        "Valle|PERSON]] welcomed the ruling; [[Della Valle|PERSON|Margherita Della Valle]] said "
        "work would start in [[Wales|GPE]] and [[Scotland|GPE]]. [[Hutchison|ORG|CK Hutchison "
        "Holdings]] will own 49% of the new firm. [[Ofcom|ORG]] said the authority it shares "
        "with the [[CMA|ORG|Competition and Markets Authority]] over spectrum was unchanged.\n",
    ),
    (
        "own-ent15n-08",
        "2024-07-31",
        "[[NEW DELHI|GPE|New Delhi]], July 31 - Landslides in [[Kerala|GPE]]'s [[Wayanad|GPE|"
        "Wayanad district]] district have killed at least 150 people, officials said on "
        "Wednesday. The [[India Meteorological Department|ORG]] ([[IMD|ORG|India "
        "Meteorological Department]]) said 57 centimetres of rain fell in two days. The "
        "[[Department|ORG|India Meteorological Department]] issued a red alert for "
        "[[Kozhikode|GPE|Kozhikode district]] and [[Malappuram|GPE|Malappuram district]] "
        "districts. The [[National "
        "Disaster Response Force|ORG]] ([[NDRF|ORG|National Disaster Response Force]]) sent "
        "four teams. Chief Minister [[Pinarayi Vijayan|PERSON]] said [[Vijayan|PERSON|Pinarayi "
        "Vijayan]]'s government would rebuild homes. Prime Minister [[Narendra Modi|PERSON]] "
        "spoke to [[Vijayan|PERSON|Pinarayi Vijayan]]; [[Modi|PERSON|Narendra Modi]] promised "
        "central funds.\n",
    ),
    (
        "own-ent15n-09",
        "2024-10-25",
        "[[MANILA|GPE|Manila]], Oct 25 - Floods and landslides in the [[Bicol|GPE|Bicol "
        "Region]] region have killed 46 people, the [[National Disaster Risk Reduction and "
        "Management Council|ORG]] said on Friday. The [[Council|ORG|National Disaster Risk "
        "Reduction and Management Council]] said most deaths were in [[Camarines Sur|GPE]] and "
        "[[Albay|GPE]] provinces. The state weather agency [[PAGASA|ORG|Philippine Atmospheric, "
        "Geophysical and Astronomical Services Administration]] said the storm would leave the "
        "[[Philippines|GPE]] on Saturday. President [[Ferdinand Marcos Jr.|PERSON|Bongbong "
        "Marcos]] flew to [[Naga|GPE|Naga, Camarines Sur]]. [[Marcos|PERSON|Bongbong Marcos]] "
        "said the [[Department of Social Welfare and Development|ORG]] ([[DSWD|ORG|Department "
        "of Social Welfare and Development]]) had sent food packs, and asked the "
        "[[Department|ORG|Department of Social Welfare and Development]] to open more shelters "
        "in [[Batangas|GPE]] province.\n",
    ),
    (
        "own-ent15n-10",
        "2025-02-26",
        "[[WASHINGTON|GPE|Washington, D.C.]], Feb 26 - The [[U.S. Department of Agriculture|ORG|"
        "United States Department of Agriculture]] will spend $1 billion to fight bird flu and "
        "bring down egg prices, Agriculture Secretary [[Brooke Rollins|PERSON]] said on "
        "Wednesday. [[Rollins|PERSON|Brooke Rollins]] said the [[Department|ORG|United States "
        "Department of Agriculture]] would pay farmers to improve biosecurity. The [[Centers "
        "for Disease Control and Prevention|ORG]] said the risk to the public stayed low; the "
        "[[CDC|ORG|Centers for Disease Control and Prevention]] has confirmed 70 human cases. "
        "Egg producer [[Cal-Maine Foods Inc|ORG|Cal-Maine Foods]] said flocks in "
        "[[Sioux County|GPE|Sioux County, Iowa]], [[Iowa|GPE]], had been culled; [[Cal-Maine|ORG|"
        "Cal-Maine Foods]] expects prices to ease by summer. The [[USDA|ORG|United States "
        "Department of Agriculture]] may also import eggs from [[Turkey|GPE]] and "
        "[[South Korea|GPE]].\n",
    ),
    (
        "own-ent15n-11",
        "2024-09-18",
        "[[BERLIN|GPE|Berlin]], Sept 18 - [[Germany|GPE]]'s [[Federal Network Agency|ORG]] said "
        "on Wednesday that gas storage was 94% full ahead of winter. Its president [[Klaus "
        "Müller|PERSON|Klaus Müller]] said the [[Agency|ORG|Federal Network Agency]] saw no "
        "risk of shortages. Separately, the [[Federal Cartel Office|ORG|Federal Cartel Office]] "
        "said it was examining charging prices at motorway stations run by [[Tesla|ORG|Tesla, "
        "Inc.]] and [[Volkswagen AG|ORG|Volkswagen Group]]. Its president [[Andreas Mundt|PERSON]] "
        "said the [[Cartel Office|ORG|Federal Cartel Office]] had received 300 complaints. "
        "[[Mundt|PERSON|Andreas Mundt]] said drivers of [[Volkswagen|ORG|Volkswagen Group]]'s [[ID.3|PRODUCT|"
        "Volkswagen ID.3]] paid the most in [[Bavaria|GPE]]. [[VW|ORG|Volkswagen Group]] said its "
        "prices were fair. The [[Economy Ministry|ORG|Federal Ministry for Economic Affairs "
        "and Climate Action]] said minister [[Robert Habeck|PERSON]] would meet the "
        "carmakers.\n",
    ),
    (
        "own-ent15n-12",
        "2025-03-14",
        "[[SYDNEY|GPE|Sydney]], March 14 - The [[Australian Prudential Regulation "
        "Authority|ORG]] told banks on Friday to hold more capital against home loans. The "
        "[[Authority|ORG|Australian Prudential Regulation Authority]] said lending in [[New "
        "South Wales|GPE]] and [[Queensland|GPE]] had grown fastest. Chair [[John "
        "Lonsdale|PERSON]] said [[APRA|ORG|Australian Prudential Regulation Authority]] would "
        "not cap loans yet. The [[Reserve Bank|ORG|Reserve Bank of Australia]] cut its cash "
        "rate last month; Governor [[Michele Bullock|PERSON]] said [[Lonsdale|PERSON|John "
        "Lonsdale]] and she had spoken. [[Commonwealth Bank of Australia|ORG|Commonwealth "
        "Bank]] said it had enough capital, and [[Westpac Banking Corp|ORG|Westpac]] said "
        "[[Westpac|ORG]] would pass on the cut. Car loans grew too: [[BYD|ORG]]'s [[Atto "
        "3|PRODUCT|BYD Atto 3]] outsold [[Tesla|ORG|Tesla, Inc.]]'s [[Model Y|PRODUCT|Tesla "
        "Model Y]] in February.\n",
    ),
]

CHECK = [
    (
        "own-ent15n-13",
        "2024-09-29",
        "[[KATHMANDU|GPE|Kathmandu]], Sept 29 - Floods and landslides have killed 170 people "
        "in [[Nepal|GPE]], most of them in [[Kavrepalanchok|GPE|Kavrepalanchok District]] "
        "district and the [[Kathmandu Valley|LOC]], the [[National Disaster Risk Reduction and "
        "Management Authority|ORG]] said on Sunday. The [[Authority|ORG|National Disaster Risk "
        "Reduction and Management Authority]] said the [[Bagmati|LOC|Bagmati River]] had "
        "burst its banks. Prime Minister [[K.P. Sharma Oli|PERSON|KP Sharma Oli]], who is in "
        "[[New York|GPE|New York City]], ordered rescue teams to [[Bagmati Province|GPE]]. "
        "[[Oli|PERSON|KP Sharma Oli]] said the [[Nepal Army|ORG|Nepali Army]] had rescued "
        "3,000 people.\n",
    ),
    (
        "own-ent15n-14",
        "2025-01-30",
        "[[JOHANNESBURG|GPE|Johannesburg]], Jan 30 - The [[South African Reserve Bank|ORG]] "
        "cut its repo rate by 25 basis points to 7.5% on Thursday. Governor [[Lesetja "
        "Kganyago|PERSON]] said the [[Reserve Bank|ORG|South African Reserve Bank]] was "
        "watching power supply. [[Kganyago|PERSON|Lesetja Kganyago]] said [[Eskom|ORG]] had "
        "kept the lights on for ten months. [[Statistics South Africa|ORG]] ([[Stats SA|ORG|"
        "Statistics South Africa]]) said prices in [[Gauteng|GPE]] province rose fastest. "
        "[[Stats SA|ORG|Statistics South Africa]] will publish growth data in March.\n",
    ),
    (
        "own-ent15n-15",
        "2024-06-04",
        "[[TOKYO|GPE|Tokyo]], June 4 - [[Toyota Motor Corp|ORG|Toyota]] halted shipments of "
        "three models on Tuesday after the [[Ministry of Land, Infrastructure, Transport and "
        "Tourism|ORG]] found irregularities in safety tests. The [[Ministry|ORG|Ministry of "
        "Land, Infrastructure, Transport and Tourism]] inspected [[Toyota|ORG]]'s head office "
        "in [[Toyota City|GPE|Toyota, Aichi]], [[Aichi|GPE|Aichi Prefecture]]. Chairman [[Akio "
        "Toyoda|PERSON]] apologised; [[Toyoda|PERSON|Akio Toyoda]] said data for the "
        "[[Corolla|PRODUCT|Toyota Corolla]] had been tested correctly.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

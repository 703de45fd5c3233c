"""Write eval/own-entities-dev6.jsonl and eval/own-entities-dev6-check.jsonl (FORMAT.md,
entities only): a sixth entities dev set and its check set, for entity *types* and spans in
modern news briefs.

Kinds of text: statistical releases, central-bank statements, procurement and contract notices,
company news with lists of firms and legal forms, space and weather news, humanitarian updates,
product launches, court news. Families where types and spans go wrong: one-word companies and
products that NER types as places, regions and rivers typed as organisations, roads typed as
products, lists of companies with legal forms, "The X Company", a sentence-initial adjective
before a company, government bodies ending with a country's name or opening with an
organisation's acronym ("Statistics Norway", "UN Population Fund"), products with model numbers,
courts named "for the District of X", newspapers and journals. Written for briefx by hand; real
countries, places and well-known institutions, invented figures, events, quotations and most
firms and people. Annotated by ``shared/eval/ANNOTATION.md`` and the readings of
``eval/README.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. Readings: a road is FAC (OntoNotes), its
name the Wikipedia title ("I-25" -> "Interstate 25"); a company's span keeps its legal form; a
real company's name is its Wikipedia title, an invented one's keeps its legal form (as in
own-briefs-dev); a newspaper or journal is ORG. This script turns the marks into offsets and checks
every span (``text[start:end] == text``, in order, no overlap, known type). The CHECK cases go to
the check file: scored only at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev6.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev6.jsonl"
OUT_CHECK = HERE / "own-entities-dev6-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 6, issue 13); statistical, central-bank, procurement, "
    "company, space, weather, humanitarian and product copy; real places and institutions, "
    "invented firms, people, figures and details; MIT."
)

CASES = [
    (
        "own-ent6-01",
        "2026-11-17",
        "[[OTTAWA|GPE|Ottawa]] -- Consumer prices in [[Canada|GPE]] rose 2.4% in the 12 months "
        "to October, [[Statistics Canada|ORG]] said on Tuesday, up from 2.1% in September.\n"
        "Prices rose fastest in [[Nova Scotia|GPE]] and slowest in [[Saskatchewan|GPE]]. "
        "Gasoline fell 3.1% as refineries along the [[St. Lawrence|LOC|Saint Lawrence River]] "
        "returned to full output.\n"
        "Economists at [[Desjardins|ORG|Desjardins Group]] and [[Scotiabank|ORG]] had expected "
        "2.2%. \"Shelter is still the story,\" said [[Marie-Claude Tessier|PERSON]], an "
        "economist at [[National Bank of Canada|ORG]].\n"
        "The [[Bank of Canada|ORG]] next sets rates on December 9. Separately, "
        "[[Environment and Climate Change Canada|ORG]] said an early cold snap in "
        "[[Manitoba|GPE]] had pushed up heating bills, and [[Natural Resources Canada|ORG]] "
        "reported lower propane stocks in [[Ontario|GPE]].\n",
    ),
    (
        "own-ent6-02",
        "2026-09-17",
        "[[Norges Bank|ORG]] holds rate at 4.25%\n"
        "[[Norges Bank|ORG]] left its policy rate unchanged at 4.25% on Thursday. The "
        "[[Monetary Policy and Financial Stability Committee|ORG]] said underlying inflation in "
        "[[Norway|GPE]] was still above the 2% target and that a weaker krone was keeping "
        "import prices high.\n"
        "Figures from [[Statistics Norway|ORG]] last week showed core prices up 3.1%. Governor "
        "[[Ida Wolden Bache|PERSON]] told reporters in [[Oslo|GPE]] that the rate would \"most "
        "likely\" be cut once in the first half of next year. [[Wolden Bache|PERSON|Ida Wolden "
        "Bache]] said investment on the [[Norwegian|NORP]] shelf of the [[North Sea|LOC]], led "
        "by [[Equinor|ORG]] and [[Aker BP|ORG]], had held up better than expected.\n"
        "Analysts at [[DNB|ORG|DNB ASA]] and [[Nordea|ORG]] had forecast no change.\n",
    ),
    (
        "own-ent6-03",
        "2026-06-08",
        "[[DENVER|GPE|Denver]] -- The [[Colorado Department of Transportation|ORG]] on Monday "
        "awarded a $212 million contract to widen [[I-25|FAC|Interstate 25]] north of "
        "[[Fort Collins|GPE|Fort Collins, Colorado]] to a joint venture of "
        "[[Kessler Ridge Constructors LLC|ORG]] and "
        "[[Tamarack Paving Inc.|ORG]]\n"
        "A second contract, worth $38 million, for bridge work on [[U.S. 287|FAC|U.S. Route "
        "287]] near [[Loveland|GPE|Loveland, Colorado]], went to [[Pinyon Civil Group|ORG]]. "
        "Work on [[I-70|FAC|Interstate 70]] through [[Glenwood Canyon|LOC]] will be tendered in "
        "the autumn, the department said.\n"
        "Bidders for the [[I-25|FAC|Interstate 25]] job included [[Arvada Earthworks Co.|ORG]] and [[Front Range Heavy Civil LLC|ORG]]. "
        "The [[Federal Highway Administration|ORG]] will pay 80% of the cost.\n",
    ),
    (
        "own-ent6-04",
        "2026-03-12",
        "Brewers circle [[C&C|ORG|C&C Group]]\n"
        "[[LONDON|GPE|London]] -- Shares in [[C&C Group plc|ORG|C&C Group]] jumped 14% on "
        "Thursday after the [[Irish|NORP]] drinks group said it had received approaches from "
        "[[Heineken N.V.|ORG|Heineken]] and [[Carlsberg A/S|ORG|Carlsberg Group]].\n"
        "Rival [[Asahi Group Holdings|ORG]] was also weighing a bid, according to people "
        "familiar with the matter. [[Heineken|ORG]] declined to comment; [[Carlsberg|ORG|"
        "Carlsberg Group]] said it \"regularly reviews\" opportunities.\n"
        "The shortlist, as reported by the [[Irish Times|ORG|The Irish Times]]:\n"
        "• [[Heineken N.V.|ORG|Heineken]]\n"
        "• [[Carlsberg A/S|ORG|Carlsberg Group]]\n"
        "• [[Asahi Group Holdings Ltd.|ORG|Asahi Group Holdings]]\n"
        "[[C&C|ORG|C&C Group]] also owns [[Bulmers|ORG]] cider in [[Ireland|GPE]].\n",
    ),
    (
        "own-ent6-05",
        "2026-10-22",
        "[[KOUROU|GPE|Kourou]], [[French Guiana|GPE]] -- An [[Ariane 6|PRODUCT]] rocket lifted "
        "off from the [[Guiana Space Centre|FAC]] on Wednesday carrying two [[Galileo|PRODUCT|"
        "Galileo (satellite navigation)]] navigation satellites for the [[European Space "
        "Agency|ORG]] ([[ESA|ORG|European Space Agency]]).\n"
        "It was the sixth flight of the launcher, built by [[ArianeGroup|ORG]] and operated by "
        "[[Arianespace|ORG]]. A smaller [[Vega C|PRODUCT]] is due to fly in December with the "
        "[[Sentinel-1D|PRODUCT]] radar satellite for the [[Copernicus|ORG|Copernicus "
        "Programme]] programme.\n"
        "\"Europe has its access to space back,\" [[ESA|ORG|European Space Agency]] launch "
        "director [[Toni Hartikainen|PERSON]] told [[Orbital Markets Weekly|ORG]]. The "
        "satellites will be controlled from [[Oberpfaffenhofen|GPE]] in [[Germany|GPE]].\n",
    ),
    (
        "own-ent6-06",
        "2026-08-14",
        "[[Typhoon Kalmaegi|EVENT]] nears [[Luzon|LOC]]\n"
        "[[MANILA|GPE|Manila]] -- [[Typhoon Kalmaegi|EVENT]] strengthened over the "
        "[[Philippine Sea|LOC]] on Friday and was expected to make landfall in [[Isabela|GPE|"
        "Isabela (province)]] late on Saturday, the [[Philippine Atmospheric, Geophysical and "
        "Astronomical Services Administration|ORG]] ([[PAGASA|ORG|Philippine Atmospheric, "
        "Geophysical and Astronomical Services Administration]]) said.\n"
        "Rain could swell the [[Cagayan|LOC|Cagayan River]] and the [[Pampanga River|LOC]], "
        "and towns along [[Maharlika Highway|FAC|Pan-Philippine Highway]] were told to "
        "prepare. The [[Japan Meteorological Agency|ORG]] put the storm's sustained winds at "
        "150 km/h. [[Kalmaegi|EVENT|Typhoon Kalmaegi]] is the ninth storm to enter the country "
        "this year.\n",
    ),
    (
        "own-ent6-07",
        "2026-05-04",
        "[[GOMA|GPE|Goma]] -- Fighting in [[North Kivu|GPE]] has displaced 120,000 people since "
        "April, the [[UN Population Fund|ORG|United Nations Population Fund]] said on Monday. "
        "The agency and the [[International Organization for Migration|ORG]] ([[IOM|ORG|"
        "International Organization for Migration]]) are running 14 sites around [[Goma|GPE]] "
        "and along the shore of [[Lake Kivu|LOC]].\n"
        "The [[WHO Regional Office for Africa|ORG]] reported 900 suspected cholera cases. "
        "[[Médecins Sans Frontières|ORG]] said its clinic in [[Rutshuru|GPE]] had closed. "
        "\"We need access now,\" said [[Amani Kabeya|PERSON]], who coordinates [[IOM|ORG|"
        "International Organization for Migration]] work in the [[Democratic Republic of the "
        "Congo|GPE]].\n"
        "The [[European Union|ORG]] pledged €5 million; [[UK|GPE|United Kingdom]] aid will be "
        "channelled through [[UNICEF|ORG]].\n",
    ),
    (
        "own-ent6-08",
        "2026-02-24",
        "[[Hexlight|ORG]] unveils [[Arc 5|PRODUCT]] earbuds\n"
        "[[Hexlight|ORG]] on Tuesday unveiled the [[Arc 5|PRODUCT]] wireless earbuds and a "
        "smart speaker, the [[Solstice|PRODUCT]], at [[Mobile World Congress|EVENT]] in "
        "[[Barcelona|GPE]]. The [[Arc 5|PRODUCT]] goes on sale in March; [[Solstice|PRODUCT]] "
        "follows in May.\n"
        "The [[Danish|NORP]] company, which competes with [[Sonos|ORG]] and [[Bose|ORG|Bose "
        "Corporation]], said the [[Arc 5 Pro|PRODUCT]] would add noise cancelling. Its "
        "chips come from [[Qualcomm|ORG]]. \"We built [[Solstice|PRODUCT]] for small "
        "flats,\" said chief executive [[Freja Lindholm|PERSON]].\n"
        "[[Samsung|ORG|Samsung Electronics]] showed the [[Galaxy Z Flip7|PRODUCT]] at the same "
        "fair.\n",
    ),
    (
        "own-ent6-09",
        "2026-07-15",
        "[[WILMINGTON|GPE|Wilmington, Delaware]], [[Del.|GPE|Delaware]] -- "
        "[[Brightline Home Stores Inc.|ORG]] filed for bankruptcy "
        "protection on Wednesday in the [[U.S. Bankruptcy Court for the District of "
        "Delaware|ORG|United States Bankruptcy Court for the District of Delaware]], listing "
        "debts of $1.2 billion.\n"
        "The retailer said [[Larkspur Capital Partners LP|ORG]] and "
        "[[Orchard Street Lending LLC|ORG]] would provide $150 million of "
        "financing. Its landlords include [[Simon Property Group|ORG]].\n"
        "A suit by former employees is pending before the [[U.S. Court of Appeals for the Third "
        "Circuit|ORG|United States Court of Appeals for the Third Circuit]], the "
        "[[Delaware Business Ledger|ORG]] reported.\n",
    ),
    (
        "own-ent6-10",
        "2026-01-20",
        "[[LEEDS|GPE|Leeds]] -- [[West Yorkshire|GPE]] will get £2.1 billion for a tram network "
        "linking [[Leeds|GPE]] and [[Bradford|GPE]], the [[Department for Transport|ORG]] said "
        "on Tuesday.\n"
        "The [[West Yorkshire Combined Authority|ORG]] will run the scheme. Mayor "
        "[[Tracy Brabin|PERSON]] said it would take cars off the [[M62|FAC|M62 motorway]]. A "
        "bridge over the [[River Aire|LOC]] is part of the first phase. [[South Yorkshire|GPE]] "
        "and [[Tyne and Wear|GPE]] are bidding for similar funds.\n"
        "[[Network Rail|ORG]] said work on the line to [[Huddersfield|GPE]] would not be "
        "affected.\n",
    ),
    (
        "own-ent6-11",
        "2026-12-10",
        "[[WASHINGTON|GPE|Washington, D.C.]] -- The [[Federal Reserve|ORG]] cut its benchmark "
        "rate by a quarter point on Wednesday. The [[Federal Open Market Committee|ORG]] voted "
        "9-3, with two regional bank presidents among the dissenters.\n"
        "Chair [[Jerome Powell|PERSON]] said data from the [[Bureau of Labor Statistics|ORG]] "
        "showed hiring had slowed. [[Powell|PERSON|Jerome Powell]] told reporters the "
        "[[Fed|ORG|Federal Reserve]] was \"well positioned\" to wait.\n"
        "The decision was reported first by the [[Wall Street Journal|ORG|The Wall Street "
        "Journal]]. Treasury yields fell, and shares of [[JPMorgan Chase|ORG]] and "
        "[[Goldman Sachs|ORG]] rose.\n",
    ),
    (
        "own-ent6-12",
        "2026-04-29",
        "[[Stellantis|ORG]] to build hybrids in [[Ohio|GPE]]\n"
        "[[DETROIT|GPE|Detroit]] -- [[Stellantis|ORG]] will invest $1.5 billion at its "
        "[[Toledo|GPE|Toledo, Ohio]] plant to build hybrid versions of the [[Jeep Wrangler|"
        "PRODUCT]], the company said on Wednesday.\n"
        "Rival [[Toyota Motor Corp.|ORG|Toyota]] announced a similar plan in [[Kentucky|GPE]] "
        "last month, and [[Hyundai|ORG|Hyundai Motor Company]] is expanding in [[Georgia|GPE|"
        "Georgia (U.S. state)]]. [[Volkswagen|ORG]] and [[Renault|ORG]] have cut spending on "
        "electric models in [[Europe|LOC]].\n"
        "The [[United Auto Workers|ORG]] union welcomed the plan. Parts will come from "
        "[[Lear Corporation|ORG]] and [[Magna International Inc.|ORG|Magna International]] "
        "plants in [[Michigan|GPE]].\n",
    ),
    (
        "own-ent6-13",
        "2026-11-03",
        "[[Storm Amy|EVENT]] warnings for [[Scotland|GPE]]\n"
        "The [[Met Office|ORG]] issued amber warnings for wind across [[Aberdeenshire|GPE]] and "
        "the [[Highlands|LOC|Scottish Highlands]] on Monday as [[Storm Amy|EVENT]] approached "
        "from the [[Atlantic|LOC|Atlantic Ocean]].\n"
        "The [[Scottish Environment Protection Agency|ORG]] said the [[River Tay|LOC]] and the "
        "[[Dee|LOC|River Dee, Aberdeenshire]] could burst their banks. [[ScotRail|ORG]] "
        "cancelled services north of [[Perth|GPE|Perth, Scotland]], and the [[A9|FAC|A9 road "
        "(Scotland)]] was closed at [[Drumochter|LOC|Drumochter Pass]].\n"
        "[[Met Éireann|ORG]] issued warnings for [[County Donegal|GPE]].\n",
    ),
    (
        "own-ent6-14",
        "2026-09-30",
        "[[BRUSSELS|GPE|Brussels]] -- The [[European Commission|ORG]] has awarded a €900 million "
        "contract for air-defence interceptors to [[Rheinmetall AG|ORG|Rheinmetall]] and "
        "[[Leonardo S.p.A.|ORG|Leonardo]] under the [[European Defence Industry "
        "Programme|ORG]].\n"
        "The missiles, a version of the [[IRIS-T SLM|PRODUCT]], will be delivered to "
        "[[Poland|GPE]], [[Lithuania|GPE]] and [[Estonia|GPE]] from 2028. [[Diehl Defence|ORG]] "
        "makes the original system at [[Überlingen|GPE]] on [[Lake Constance|LOC]].\n"
        "[[Thales Group|ORG|Thales Group]] and [[MBDA|ORG]] also bid. The [[Estonian|NORP]] "
        "defence ministry said the first battery would guard [[Tallinn|GPE]].\n",
    ),
]

CHECK = [
    (
        "own-ent6-c1",
        "2026-08-06",
        "[[SYDNEY|GPE|Sydney]] -- Unemployment in [[Australia|GPE]] rose to 4.3% in July, the "
        "[[Australian Bureau of Statistics|ORG]] said on Thursday. Jobs fell in "
        "[[Greater Sydney|GPE]] and [[South East Queensland|GPE]], while [[Western "
        "Australia|GPE]] added workers.\n"
        "The [[Reserve Bank of Australia|ORG]] kept its cash rate at 3.6% on Tuesday. Governor "
        "[[Michele Bullock|PERSON]] said the labour market was \"a little softer\". Economists "
        "at [[Westpac|ORG]] and [[Commonwealth Bank|ORG|Commonwealth Bank of Australia]] now "
        "expect a cut in November. [[Geoscience Australia|ORG]] said mining jobs in the "
        "[[Pilbara|LOC]] were steady.\n",
    ),
    (
        "own-ent6-c2",
        "2026-06-18",
        "[[PORT SUDAN|GPE|Port Sudan]] -- Floods along the [[Blue Nile|LOC]] have cut off "
        "30,000 people in [[Sennar|GPE|Sennar State]], the [[UN Refugee Agency|ORG|United "
        "Nations High Commissioner for Refugees]] said on Wednesday. The [[World Food "
        "Programme|ORG]] has moved stocks from [[Kosti|GPE]].\n"
        "The [[UN Office for Project Services|ORG|United Nations Office for Project "
        "Services]] is repairing a bridge on the road to [[Khartoum|GPE]]. [[Sudanese|NORP]] "
        "officials said [[Egypt|GPE]] had opened a crossing at [[Wadi Halfa|GPE]].\n",
    ),
    (
        "own-ent6-c3",
        "2026-09-09",
        "[[Corvane|ORG]] launches [[Talus 4|PRODUCT]] drone\n"
        "[[Corvane|ORG]] unveiled the [[Talus 4|PRODUCT]] survey drone on Tuesday and said "
        "the [[Talus 4X|PRODUCT]] would follow in 2027. The [[Finnish|NORP]] firm competes "
        "with [[DJI|ORG]] and [[Parrot|ORG|Parrot SA]].\n"
        "[[Corvane|ORG]] shares rose 6% in [[Helsinki|GPE]]. Its cameras come from "
        "[[Sony|ORG]], and the [[Pixel Harbour|PRODUCT]] app runs on [[Android|PRODUCT|Android "
        "(operating system)]].\n",
    ),
    (
        "own-ent6-c4",
        "2026-05-21",
        "[[NEW YORK|GPE|New York City]] -- [[Mondelez International Inc.|ORG|Mondelez "
        "International]] and [[The Hershey Company|ORG]] were sued on Thursday in the "
        "[[U.S. District Court for the Eastern District of New York|ORG|United States District "
        "Court for the Eastern District of New York]] by cocoa traders.\n"
        "Rival [[Nestlé S.A.|ORG|Nestlé]] was not named. [[Hershey|ORG|The Hershey Company]] "
        "said the claims were without merit, the [[Confectionery News Daily|ORG]] reported. "
        "Cocoa from [[Ghana|GPE]] and [[Ivory Coast|GPE]] is shipped through [[Tema|GPE]].\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

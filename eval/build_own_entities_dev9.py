"""Write eval/own-entities-dev9.jsonl and eval/own-entities-dev9-check.jsonl (FORMAT.md,
entities only): a ninth entities dev set and its check set, for entity *names* (issue 13).

Kinds of text: central-bank and regulator news, humanitarian updates, company results with
legal forms, floods with U.S. cities and rivers, European and Brazilian markets. Families where
the canonical ``name`` goes wrong: publications named after "the" whose title keeps "The" (and
ones whose title has no "The"), acronyms and short forms ("Fed", a "UN"/"EU"/"U.S." prefix, an
acronym the document defines), real listed companies named with their legal form (the
Wikipedia title drops it, or keeps it where the title has it) and invented firms (which keep
it), U.S. cities whose title carries the state, rivers named "the X", and names written without
their diacritics. Written for briefx by hand (session 7, issue 13); real places, institutions,
companies and office holders, invented figures, events, quotations and other people. Annotated
by ``shared/eval/ANNOTATION.md`` inline while writing, before briefx was run on any of them:
``[[text|TYPE]]`` or ``[[text|TYPE|canonical name]]``. This script turns the marks into offsets
and checks every span (``text[start:end] == text``, in order, no overlap, known type). The CHECK
cases go to the check file: scored only once, at the end of a session.
Run from the project root: ``python eval/build_own_entities_dev9.py``.
"""

from __future__ import annotations

from pathlib import Path

from entity_marks import build_sets

HERE = Path(__file__).resolve().parent
OUT = HERE / "own-entities-dev9.jsonl"
OUT_CHECK = HERE / "own-entities-dev9-check.jsonl"
SOURCE = (
    "Written for briefx (entities dev set 9, issue 13 names); central-bank, humanitarian, "
    "company, flood and market copy; real places, institutions and companies, invented figures, "
    "events, quotations and people; MIT."
)

CASES = [
    (
        "own-ent9-01",
        "2026-11-18",
        "[[WASHINGTON|GPE|Washington, D.C.]] -- The [[Federal Reserve|ORG]] left its benchmark "
        "rate unchanged on Wednesday. [[Fed|ORG|Federal Reserve]] Chair [[Jerome Powell|PERSON]] "
        "said policymakers wanted more evidence that price growth was slowing. Two officials "
        "told the [[Washington Post|ORG|The Washington Post]] that a cut in March was still "
        "possible, while the [[Financial Times|ORG]] reported that the [[European Central "
        "Bank|ORG]] was likely to move first. In [[Frankfurt|GPE]], [[ECB|ORG|European Central "
        "Bank]] board member [[Isabel Schnabel|PERSON]] said on Thursday that wage data would "
        "decide the timing.\n",
    ),
    (
        "own-ent9-02",
        "2026-10-06",
        "[[GENEVA|GPE|Geneva]] -- The [[UN Population Fund|ORG|United Nations Population Fund]] "
        "said on Tuesday that funding cuts had closed 40 maternity clinics in [[Sudan|GPE]] and "
        "[[Chad|GPE]]. The [[UN Development Programme|ORG|United Nations Development Programme]] "
        "warned that a further 2 million people could lose access to clean water. [[EU|ORG|"
        "European Union]] humanitarian commissioner [[Hadja Lahbib|PERSON]] pledged 25 million "
        "euros, and the [[U.S. Agency for International Development|ORG|United States Agency for "
        "International Development]] said its staff in [[Port Sudan|GPE]] would stay. The "
        "[[World Food Programme|ORG]] said camps near [[Adre|GPE]] held 600,000 people.\n",
    ),
    (
        "own-ent9-03",
        "2026-09-24",
        "[[MUNICH|GPE|Munich]] -- [[Siemens AG|ORG|Siemens]] agreed on Thursday to supply grid "
        "equipment worth 1.4 billion euros to [[E.ON SE|ORG|E.ON]], the two companies said. "
        "[[Siemens|ORG]] will build the transformers at its plant in [[Nuremberg|GPE]]. "
        "Separately, chemicals group [[BASF SE|ORG|BASF]] said it would cut 800 jobs at "
        "[[Ludwigshafen|GPE]], and [[Bayer AG|ORG|Bayer]] named a new head of its crop science "
        "division. A smaller supplier, [[Vogtland Kabelwerke GmbH|ORG]], said it had won a 40 "
        "million euro share of the [[Siemens|ORG]] order.\n",
    ),
    (
        "own-ent9-04",
        "2026-07-08",
        "[[LONDON|GPE|London]] -- [[Tesco PLC|ORG|Tesco]] reported a 4% rise in like-for-like "
        "sales on Wednesday, ahead of rivals [[J Sainsbury plc|ORG|Sainsbury's]] and "
        "[[Marks and Spencer Group plc|ORG|Marks & Spencer]]. Drinks maker [[Diageo plc|ORG|"
        "Diageo]] said demand in [[North America|LOC]] remained weak, the [[Guardian|ORG|The "
        "Guardian]] reported. [[Unilever PLC|ORG|Unilever]] shares fell 2%. [[Harcourt Fresh "
        "Foods Ltd|ORG]], a supplier based in [[Kent|GPE]], said it would open a depot in "
        "[[Leeds|GPE]].\n",
    ),
    (
        "own-ent9-05",
        "2026-08-17",
        "[[TORONTO|GPE|Toronto]] -- [[Canadian National Railway Co.|ORG|Canadian National "
        "Railway]] said on Monday that a strike had halted freight to the port of "
        "[[Vancouver|GPE]]. [[Shopify Inc.|ORG|Shopify]] and [[Nutrien Ltd.|ORG|Nutrien]] said "
        "their shipments would be delayed. In [[Seattle|GPE]], [[Microsoft Corp.|ORG|"
        "Microsoft]] said its data center work in [[British Columbia|GPE]] was unaffected, while "
        "[[Apple Inc.|ORG]] declined to comment. [[Northfield Grain Handling Inc.|ORG]], a "
        "terminal operator in [[Prince Rupert|GPE|Prince Rupert, British Columbia]], said 30 "
        "ships were waiting.\n",
    ),
    (
        "own-ent9-06",
        "2026-04-25",
        "[[DAVENPORT|GPE|Davenport, Iowa]], [[Iowa|GPE]] -- The [[Mississippi|LOC|Mississippi "
        "River]] crested at 21 feet on Saturday, flooding riverfront streets in "
        "[[Davenport|GPE|Davenport, Iowa]] and in [[Rock Island|GPE|Rock Island, Illinois]], "
        "[[Illinois|GPE]], across the water. The [[National Weather Service|ORG]] said the "
        "[[Rock River|LOC]] would stay high until Tuesday. Upstream, volunteers in "
        "[[Dubuque|GPE|Dubuque, Iowa]] stacked sandbags along the river, and the [[Army Corps "
        "of Engineers|ORG|United States Army Corps of Engineers]] closed two locks. Governor "
        "[[Kim Reynolds|PERSON]] said the [[Iowa National Guard|ORG]] was ready.\n",
    ),
    (
        "own-ent9-07",
        "2026-02-15",
        "Flood warnings were issued along the [[Severn|LOC|River Severn]] and the [[Wye|LOC|"
        "River Wye]] on Sunday after heavy rain in [[Wales|GPE]]. The [[Environment "
        "Agency|ORG]] said the [[River Trent|LOC]] at [[Nottingham|GPE]] was expected to peak "
        "on Monday. In [[Shrewsbury|GPE]], barriers were put up near the [[Welsh Bridge|FAC]], "
        "and [[Natural Resources Wales|ORG]] said the [[Met Office|ORG]] had extended its rain "
        "warning. The [[BBC|ORG]] said rail services between [[Hereford|GPE]] and "
        "[[Gloucester|GPE]] were suspended.\n",
    ),
    (
        "own-ent9-08",
        "2026-06-17",
        "[[SAO PAULO|GPE|São Paulo]] -- [[Brazil|GPE]]'s central bank raised its benchmark rate "
        "by half a point on Wednesday. Finance Minister [[Fernando Haddad|PERSON]] said in "
        "[[Brasilia|GPE|Brasília]] that the move had been expected. Shares of [[Itau "
        "Unibanco|ORG|Itaú Unibanco]] rose 1.5%, while [[Petrobras|ORG]] fell as oil prices "
        "dropped. [[Banco Bradesco SA|ORG|Banco Bradesco]] said it expected one more increase, "
        "and the real had further to fall, the [[Economist|ORG|The Economist]] wrote this "
        "week.\n",
    ),
    (
        "own-ent9-09",
        "2026-03-13",
        "[[NEW YORK|GPE|New York City]] -- The [[Office of the Comptroller of the "
        "Currency|ORG]] ([[OCC|ORG|Office of the Comptroller of the Currency]]) and the "
        "[[Fed|ORG|Federal Reserve]] on Friday ordered [[Meridian Trust Bank N.A.|ORG]] to "
        "overhaul its anti-money-laundering controls. The [[OCC|ORG|Office of the Comptroller "
        "of the Currency]] said the bank had missed suspicious transfers to [[Hong Kong|GPE]] "
        "and [[Dubai|GPE]]. The [[FDIC|ORG|Federal Deposit Insurance Corporation]] was not part "
        "of the order. Shares of larger lenders [[Citigroup Inc.|ORG|Citigroup]] and [[Wells "
        "Fargo & Co.|ORG|Wells Fargo]] were little changed, the [[New York Times|ORG|The New "
        "York Times]] reported.\n",
    ),
    (
        "own-ent9-10",
        "2026-05-05",
        "[[SYDNEY|GPE|Sydney]] -- [[BHP Group Ltd|ORG|BHP]] will delay a nickel project in "
        "[[Western Australia|GPE]] by two years, the [[Sydney Morning Herald|ORG|The Sydney "
        "Morning Herald]] reported on Tuesday. [[Woodside Energy Group Ltd|ORG|Woodside "
        "Energy]] said its gas output rose 3%, and [[Qantas Airways Ltd|ORG|Qantas]] added "
        "flights between [[Perth|GPE]] and [[Singapore|GPE]]. The [[Reserve Bank of "
        "Australia|ORG]] ([[RBA|ORG|Reserve Bank of Australia]]) kept rates on hold, and "
        "Governor [[Michele Bullock|PERSON]] told the [[Age|ORG|The Age]] that inflation was "
        "easing. [[Coral Coast Minerals Pty Ltd|ORG]] said it had lost its contract.\n",
    ),
]

CHECK = [
    (
        "own-ent9c-01",
        "2026-01-19",
        "[[DUBLIN|GPE|Dublin]] -- [[Ryanair Holdings plc|ORG|Ryanair]] cut its summer fare "
        "forecast on Monday, the [[Irish Examiner|ORG]] reported. Analyst [[Niamh Walsh|PERSON]] "
        "said [[Kerry Group plc|ORG|Kerry Group]] and [[Glanbia plc|ORG|Glanbia]] faced the "
        "same cost pressures. The [[Central Bank of Ireland|ORG]] said in [[Galway|GPE]] that "
        "wage growth was slowing, and the [[Daily Telegraph|ORG|The Daily Telegraph]] said "
        "[[Brennan Aviation Services Ltd|ORG]] would lease four jets to the airline.\n",
    ),
    (
        "own-ent9c-02",
        "2026-03-30",
        "[[CHATTANOOGA|GPE|Chattanooga, Tennessee]], [[Tenn.|GPE|Tennessee]] -- The "
        "[[Tennessee Valley Authority|ORG]] ([[TVA|ORG|Tennessee Valley Authority]]) opened "
        "spillway gates on Monday as the [[Tennessee|LOC|Tennessee River]] rose. [[TVA|ORG|"
        "Tennessee Valley Authority]] said homes near [[Knoxville|GPE|Knoxville, Tennessee]] "
        "were safe, but warned residents of [[Florence|GPE|Florence, Alabama]], "
        "[[Alabama|GPE]], to move cars from low streets.\n",
    ),
    (
        "own-ent9c-03",
        "2026-09-02",
        "[[NEW YORK|GPE|New York City]] -- The [[UN Security Council|ORG|United Nations "
        "Security Council]] met on Tuesday on the crisis in [[Haiti|GPE]]. The [[UN Office for "
        "the Coordination of Humanitarian Affairs|ORG|Office for the Coordination of "
        "Humanitarian Affairs]] said 300,000 people had fled [[Port-au-Prince|GPE]]. The "
        "[[Swedish|NORP]] envoy, speaking from [[Malmo|GPE|Malmö]], said the [[EU|ORG|European "
        "Union]] would add 10 million euros.\n",
    ),
]


if __name__ == "__main__":
    build_sets(OUT, OUT_CHECK, CASES, CHECK, SOURCE)

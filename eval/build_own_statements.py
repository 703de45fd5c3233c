"""Write eval/own-statements.jsonl and eval/own-statements-heldout.jsonl (FORMAT.md).

Short briefs written for briefx by hand (not taken from any publication; names of real office
holders appear only as they might in such a text), with their statements annotated by
ANNOTATION.md ("Statements"). Each statement is given here as (speaker, cue, content, quote,
figures) with the content and figures as substrings; this script finds their offsets (the
content's first occurrence after the previous statement's content start where given) and checks
them. Run from the project root: ``python eval/build_own_statements.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from entity_marks import build

HERE = Path(__file__).resolve().parent
SOURCE = "written for briefx by hand (statements helper, issue 15); CC0"

DEV = [
    (
        "own-cb-canada",
        "Central Bank Holds Rates at 4.5%\n\nOTTAWA, March 6, 2024 — The Bank of Canada kept its policy rate at 4.5% on Wednesday and said it was still concerned about risks to the outlook for inflation.\n\nGovernor Tiff Macklem told reporters that it was too early to consider lowering the policy rate. “We don’t want to keep monetary policy this restrictive longer than we have to,” he said. “But we are not there yet.”\n\nThe Bank projected that inflation would stay close to 3% during the first half of the year. Senior Deputy Governor Carolyn Rogers added that core inflation had eased to 3.1% in January.\n\nMost economists expect the first cut in June, according to a Reuters poll.\n",
        [
            ("Bank of Canada", "say", "it was still concerned about risks to the outlook for inflation", False, []),
            ("Tiff Macklem", "tell", "it was too early to consider lowering the policy rate", False, []),
            ("Tiff Macklem", "say", "We don’t want to keep monetary policy this restrictive longer than we have to", True, []),
            ("Tiff Macklem", "say", "But we are not there yet.", True, []),
            ("Bank of Canada", "project", "inflation would stay close to 3% during the first half of the year", False, ["3%"]),
            ("Carolyn Rogers", "add", "core inflation had eased to 3.1% in January", False, ["3.1%"]),
            ("Reuters", "according to", "Most economists expect the first cut in June", False, ["first"]),
        ],
    ),
    (
        "own-police-oldham",
        "Police Appeal After Warehouse Fire\n\nGreater Manchester Police said on Sunday that two men, aged 34 and 41, had been arrested on suspicion of arson after a fire at a warehouse in Oldham.\n\nMore than 60 firefighters were sent to the scene at 2am. Chief Fire Officer Dave Russel said the blaze had been brought under control by 7am and that no one was hurt. “Crews worked through the night in very difficult conditions,” he said.\n\nDetective Inspector Helen Ward urged anyone with dashcam footage to contact the force. “Even the smallest detail could help us,” she said.\n\nResidents said the smoke could be seen five miles away.\n",
        [
            ("Greater Manchester Police", "say", "two men, aged 34 and 41, had been arrested on suspicion of arson after a fire at a warehouse in Oldham", False, ["two", "34", "41"]),
            ("Dave Russel", "say", "the blaze had been brought under control by 7am and that no one was hurt", False, []),
            ("Dave Russel", "say", "Crews worked through the night in very difficult conditions", True, []),
            ("Helen Ward", "urge", "anyone with dashcam footage to contact the force", False, []),
            ("Helen Ward", "say", "Even the smallest detail could help us", True, []),
        ],
    ),
    (
        "own-results-northwind",
        "Northwind Foods Lifts Outlook\n\nNorthwind Foods on Thursday reported a net profit of $412 million for the third quarter, up 8% from a year earlier.\n\nChief executive Maria Lopez said demand for frozen meals had held up despite higher prices. The company now expects full-year revenue of between $6.1 billion and $6.3 billion, it said in a statement.\n\n“Our customers keep coming back,” Lopez said on a call with analysts. She declined to comment on reports that the group was considering a sale of its bakery unit.\n\nShares in Northwind rose 4.2% in New York trading.\n",
        [
            ("Northwind Foods", "report", "a net profit of $412 million for the third quarter, up 8% from a year earlier", False, ["$412 million", "8%"]),
            ("Maria Lopez", "say", "demand for frozen meals had held up despite higher prices", False, []),
            ("Northwind Foods", "say", "The company now expects full-year revenue of between $6.1 billion and $6.3 billion", False, ["$6.1 billion", "$6.3 billion"]),
            ("Maria Lopez", "say", "Our customers keep coming back", True, []),
        ],
    ),
    (
        "own-minister-chile",
        "Chile Pledges Funds for Wildfire Recovery\n\nSANTIAGO, Feb. 12, 2024 — The Chilean Government has pledged 100 billion pesos to rebuild homes destroyed by wildfires in the Valparaíso region, where at least 131 people died.\n\nInterior Minister Carolina Tohá said 15,000 homes had been damaged or destroyed. The minister warned that the death toll could rise as search teams reached more remote areas.\n\nThe Government also plans to offer emergency grants to 8,000 families, according to a statement from the Ministry of Housing.\n\n“No family will be left alone,” President Gabriel Boric said during a visit to Viña del Mar.\n",
        [
            ("Chile", "pledge", "100 billion pesos to rebuild homes destroyed by wildfires in the Valparaíso region", False, ["100 billion pesos"]),
            ("Carolina Tohá", "say", "15,000 homes had been damaged or destroyed", False, ["15,000"]),
            ("Carolina Tohá", "warn", "the death toll could rise as search teams reached more remote areas", False, []),
            ("Ministry of Housing (Chile)", "according to", "The Government also plans to offer emergency grants to 8,000 families", False, ["8,000"]),
            ("Gabriel Boric", "say", "No family will be left alone", True, []),
        ],
    ),
    (
        "own-fire-hackney",
        "Update on the Riverside Apartments Fire\n\nThe London Fire Brigade said 70 firefighters and ten fire engines had been called to the six-storey block in Hackney shortly after midnight. About 40 residents left the building before crews arrived, the Brigade said.\n\nStation Commander Paul Jenkins said: “The fire was on the fourth floor and spread to the roof. Our crews stopped it from reaching neighbouring buildings.”\n\n“Please keep windows closed if you live nearby.”\nSarah Khan, Assistant Commissioner for Fire Safety\n\nThe cause of the fire is under investigation.\n",
        [
            ("London Fire Brigade", "say", "70 firefighters and ten fire engines had been called to the six-storey block in Hackney shortly after midnight", False, ["70", "ten"]),
            ("London Fire Brigade", "say", "About 40 residents left the building before crews arrived", False, ["About 40"]),
            ("Paul Jenkins", "say", "The fire was on the fourth floor and spread to the roof. Our crews stopped it from reaching neighbouring buildings.", True, ["fourth"]),
            ("Sarah Khan", "say", "Please keep windows closed if you live nearby.", True, []),
        ],
    ),
    (
        "own-commission-rail",
        "Commission Proposes €4 Billion for Rail Links\n\nBRUSSELS — The European Commission on Tuesday proposed €4 billion in funding for 12 cross-border rail projects. Transport Commissioner Adina Vălean said the money would cut journey times between capitals by up to a third.\n\nThe Commission estimates that the projects will create around 20,000 jobs. Vălean called for member states to speed up permits, noting that some projects had waited more than ten years.\n\nThe proposal still needs the approval of the European Parliament. Several lawmakers said the budget was too small.\n",
        [
            ("European Commission", "propose", "€4 billion in funding for 12 cross-border rail projects", False, ["€4 billion", "12"]),
            ("Adina Vălean", "say", "the money would cut journey times between capitals by up to a third", False, []),
            ("European Commission", "estimate", "the projects will create around 20,000 jobs", False, ["around 20,000"]),
            ("Adina Vălean", "call for", "member states to speed up permits", False, []),
            ("Adina Vălean", "note", "some projects had waited more than ten years", False, []),
        ],
    ),
    (
        "own-usda-wheat",
        "Drought Cuts Wheat Harvest\n\nWinter wheat production in Kansas fell 12% this year to 201 million bushels, according to a report released Friday by the National Agricultural Statistics Service.\n\nAgriculture Secretary Tom Vilsack said the department would make $500 million available to farmers hit by the drought. He did not say when the payments would begin.\n\nFarmers in western Kansas told local reporters that some fields had produced nothing at all.\n\n“This is the worst year I can remember,” said Dale Fisher, who farms 3,000 acres near Dodge City.\n",
        [
            ("National Agricultural Statistics Service", "according to", "Winter wheat production in Kansas fell 12% this year to 201 million bushels", False, ["12%", "201 million bushels"]),
            ("Tom Vilsack", "say", "the department would make $500 million available to farmers hit by the drought", False, ["$500 million"]),
            ("Dale Fisher", "say", "This is the worst year I can remember", True, []),
        ],
    ),
    (
        "own-ministry-kenya",
        "Ministry Denies Report of Fuel Shortage\n\nNairobi — Kenya's Ministry of Energy on Monday denied that the country was running out of diesel, saying stocks would last at least 21 days.\n\nEnergy Cabinet Secretary Davis Chirchir told parliament that 90 million litres of fuel were due to arrive this week. “There is no cause for panic,” he said.\n\nThe Kenya Private Sector Alliance urged the government to publish daily stock figures. The alliance said in a statement that some petrol stations in Mombasa had closed.\n\nMotorists said queues had stretched for several hundred metres.\n",
        [
            ("Ministry of Energy (Kenya)", "deny", "the country was running out of diesel", False, []),
            ("Ministry of Energy (Kenya)", "say", "stocks would last at least 21 days", False, []),
            ("Davis Chirchir", "tell", "90 million litres of fuel were due to arrive this week", False, ["90 million litres"]),
            ("Davis Chirchir", "say", "There is no cause for panic", True, []),
            ("Kenya Private Sector Alliance", "urge", "the government to publish daily stock figures", False, []),
            ("Kenya Private Sector Alliance", "say", "some petrol stations in Mombasa had closed", False, []),
        ],
    ),
]

HELDOUT = [
    (
        "own-cb-ecb",
        "ECB Leaves Rates Unchanged\n\nFRANKFURT, April 11, 2024 — The European Central Bank kept its deposit rate at 4% on Thursday. President Christine Lagarde said it would be appropriate to reduce rates if inflation kept falling. “We are not pre-committing to any particular rate path,” she told a news conference.\n\nThe Bank forecast that inflation would average 2.3% this year, down from 5.4% in 2023. Governing Council member Joachim Nagel said in an interview that a cut in June was possible but not certain.\n\nMarkets now price in three cuts this year, according to data from LSEG.\n",
        [
            ("Christine Lagarde", "say", "it would be appropriate to reduce rates if inflation kept falling", False, []),
            ("Christine Lagarde", "tell", "We are not pre-committing to any particular rate path", True, []),
            ("European Central Bank", "forecast", "inflation would average 2.3% this year, down from 5.4% in 2023", False, ["2.3%", "5.4%"]),
            ("Joachim Nagel", "say", "a cut in June was possible but not certain", False, []),
            ("LSEG", "according to", "Markets now price in three cuts this year", False, ["three"]),
        ],
    ),
    (
        "own-police-leeds",
        "Man Charged After Bank Robbery\n\nA 29-year-old man has been charged with robbery after £12,000 was taken from a bank in Leeds, West Yorkshire Police said on Saturday.\n\nDetective Sergeant Amy Clarke said officers had recovered most of the money within hours. “I want to thank the members of the public who called us,” she said, “because their calls made all the difference.”\n\nThe man will appear before Leeds Magistrates’ Court on Monday. Police said no one was injured during the robbery.\n",
        [
            ("West Yorkshire Police", "say", "A 29-year-old man has been charged with robbery after £12,000 was taken from a bank in Leeds", False, ["£12,000"]),
            ("Amy Clarke", "say", "officers had recovered most of the money within hours", False, []),
            ("Amy Clarke", "say", "I want to thank the members of the public who called us", True, []),
            ("Amy Clarke", "say", "because their calls made all the difference.", True, []),
            ("West Yorkshire Police", "say", "no one was injured during the robbery", False, []),
        ],
    ),
    (
        "own-results-brightline",
        "Brightline Telecom Cuts 1,200 Jobs\n\nBrightline Telecom said on Wednesday it would cut 1,200 jobs, or about 9% of its workforce, as it tries to save $300 million a year by 2026.\n\nChief financial officer Raj Patel told analysts the savings would be reinvested in its fibre network. The company reported revenue of $2.4 billion for the quarter, slightly below the $2.5 billion analysts had expected.\n\nUnions criticised the decision. “Workers are paying for management’s mistakes,” said Linda Morris, general secretary of the Communication Workers Union.\n",
        [
            ("Brightline Telecom", "say", "it would cut 1,200 jobs, or about 9% of its workforce, as it tries to save $300 million a year by 2026", False, ["1,200", "about 9%", "$300 million"]),
            ("Raj Patel", "tell", "the savings would be reinvested in its fibre network", False, []),
            ("Brightline Telecom", "report", "revenue of $2.4 billion for the quarter, slightly below the $2.5 billion analysts had expected", False, ["$2.4 billion", "$2.5 billion"]),
            ("Linda Morris", "say", "Workers are paying for management’s mistakes", True, []),
        ],
    ),
    (
        "own-minister-france",
        "France Promises More Aid to Farmers\n\nPARIS — The French Government announced on Sunday a package of €150 million for farmers hit by falling prices. Agriculture Minister Marc Fesneau said the money would be paid before the end of March.\n\nThe minister also promised to simplify rules on hedges and irrigation. Farmers’ unions said the measures did not go far enough and vowed to continue their protests.\n\n“We will be at the Agricultural Show in force,” a union leader said.\n",
        [
            ("France", "announce", "a package of €150 million for farmers hit by falling prices", False, ["€150 million"]),
            ("Marc Fesneau", "say", "the money would be paid before the end of March", False, []),
            ("Marc Fesneau", "promise", "simplify rules on hedges and irrigation", False, []),
        ],
    ),
    (
        "own-health-measles",
        "Measles Cases Rise in England\n\nThe UK Health Security Agency said there had been 329 laboratory-confirmed measles cases in England since October. It warned that the virus could spread quickly in schools where vaccination rates were low.\n\nAbout 85% of children had received both doses of the vaccine by age five, according to NHS figures. Health Minister Andrew Gwynne urged parents to check their children’s records.\n\n“Measles is not a mild illness,” said Dr Mary Ramsay, head of immunisation at the agency.\n",
        [
            ("UK Health Security Agency", "say", "there had been 329 laboratory-confirmed measles cases in England since October", False, ["329"]),
            ("UK Health Security Agency", "warn", "the virus could spread quickly in schools where vaccination rates were low", False, []),
            ("NHS", "according to", "About 85% of children had received both doses of the vaccine by age five", False, ["About 85%"]),
            ("Andrew Gwynne", "urge", "parents to check their children’s records", False, []),
            ("Mary Ramsay", "say", "Measles is not a mild illness", True, []),
        ],
    ),
    (
        "own-port-rotterdam",
        "Port Authority Opens New Terminal\n\nThe Port of Rotterdam Authority on Friday opened a container terminal that it said would handle 2 million containers a year.\n\nChief executive Boudewijn Siemons said: “This terminal makes Rotterdam ready for the next generation of ships.” He added that the authority planned to invest a further €1 billion in shore power by 2030.\n\n“Shipping companies asked for this capacity and now they have it.”\nAnna Visser, Commercial Director\n",
        [
            ("Port of Rotterdam Authority", "say", "would handle 2 million containers a year", False, ["2 million"]),
            ("Boudewijn Siemons", "say", "This terminal makes Rotterdam ready for the next generation of ships.", True, []),
            ("Boudewijn Siemons", "add", "the authority planned to invest a further €1 billion in shore power by 2030", False, ["€1 billion"]),
            ("Anna Visser", "say", "Shipping companies asked for this capacity and now they have it.", True, []),
        ],
    ),
    (
        "own-council-budget",
        "Council Approves Budget\n\nWe reported last week that the city council was divided over the budget. On Tuesday the council approved a $1.8 billion budget by a vote of 9-4.\n\nMayor Karen Bass said the budget would add 400 police officers over two years. Council member Eunisses Hernandez did not support the plan and said the money should go to housing instead.\n\nOfficials said the budget includes $250 million for homeless services. The mayor denied that any libraries would close.\n",
        [
            ("Karen Bass", "say", "the budget would add 400 police officers over two years", False, ["400"]),
            ("Eunisses Hernandez", "say", "the money should go to housing instead", False, []),
            ("Karen Bass", "deny", "any libraries would close", False, []),
        ],
    ),
]


def case(cid: str, text: str, statements: list[tuple], source: str = SOURCE) -> dict:  # type: ignore[type-arg]
    """Return a FORMAT.md case; contents and figures are found by their text, which must be
    unique (the content in the text, each figure in its content)."""
    out = []
    for speaker, cue, content, quote, figures in statements:
        start = text.find(content)
        assert start >= 0, (cid, content)
        assert text.find(content, start + 1) < 0, (cid, "ambiguous", content)
        end = start + len(content)
        spans = []
        for fig in figures:
            at = text.find(fig, start, end)
            assert at >= 0, (cid, fig)
            assert text.find(fig, at + 1, end) < 0, (cid, "ambiguous figure", fig)
            spans.append([at, at + len(fig)])
        out.append(
            {"speaker": speaker, "cue": cue, "start": start, "end": end, "text": content,
             "quote": quote, "figures": spans}
        )  # fmt: skip
    return {"id": cid, "source": source, "text": text, "statements": out}


def row(cid: str, ref: str, marked: str, statements: list[tuple], source: str) -> dict:  # type: ignore[type-arg]
    """A case of the statement dev sets 3 and later: entities marked inline (``entity_marks``),
    statements found by ``case``; every speaker is one of the case's entity names."""
    out = build(cid, ref, marked, source)
    out["statements"] = case(cid, out["text"], statements, source)["statements"]
    names = {e["name"] for e in out["entities"]}
    for s in out["statements"]:
        assert s["speaker"] in names, (cid, s["speaker"])
    return out


def write_sets(tag: str, cases: list[tuple], check: list[tuple], source: str) -> None:  # type: ignore[type-arg]
    """Write ``eval/{tag}.jsonl`` (the cases) and ``eval/{tag}-check.jsonl`` (kept for the end)."""
    ids = [c[0] for c in cases + check]
    assert len(ids) == len(set(ids))
    for name, group in ((f"{tag}.jsonl", cases), (f"{tag}-check.jsonl", check)):
        rows = [row(*c, source) for c in group]
        with open(HERE / name, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        n = sum(len(r["statements"]) for r in rows)
        links = sum(len(s["figures"]) for r in rows for s in r["statements"])
        ents = sum(len(r["entities"]) for r in rows)
        print(f"{len(rows)} cases, {ents} entities, {n} statements ({links} figure links) -> eval/{name}")


def main() -> None:
    for name, cases in (("own-statements.jsonl", DEV), ("own-statements-heldout.jsonl", HELDOUT)):
        with open(HERE / name, "w", encoding="utf-8") as f:
            for cid, text, statements in cases:
                f.write(json.dumps(case(cid, text, statements), ensure_ascii=False) + "\n")
        print(f"{len(cases)} cases -> eval/{name}")


if __name__ == "__main__":
    main()

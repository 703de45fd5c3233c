"""Write eval/own-statements-dev2.jsonl (FORMAT.md): a second development set of statements.

Short briefs of real-news kinds (wire copy about real institutions, central-bank decisions,
ministers' remarks, company results, UN and emergency updates), written for briefx by hand: the
events, figures and quotations are invented, names of real institutions and office holders
appear only as they might in such a text. Each statement was annotated by ANNOTATION.md
("Statements") before briefx was run on the text, as (speaker, cue, content, quote, figures)
with the content and figures as substrings; this script finds their offsets and checks them.
Run from the project root: ``python eval/build_own_statements_dev2.py``.
"""

from __future__ import annotations

import json

from build_own_statements import HERE, case  # the same offsets and checks as the first set
SOURCE = "written for briefx by hand (statements helper, issue 15, second dev set); CC0"

CASES = [
    (
        "own-dev2-ecb",
        "ECB Holds Rates Steady\n\nFRANKFURT, April 11 (Reuters) - The European Central Bank left its deposit rate unchanged at 4% on Thursday and said inflation was expected to return to its 2% target next year.\n\nECB President Christine Lagarde told a news conference that a few policymakers had argued for an immediate cut. “We are not pre-committing to any particular rate path,” she said. “The data will decide.”\n\nStaff now see growth of 0.6% this year, according to projections published by the ECB. Traders said markets still priced three cuts by December.\n",
        [
            ("European Central Bank", "say", "inflation was expected to return to its 2% target next year", False, ["2%"]),
            ("Christine Lagarde", "tell", "a few policymakers had argued for an immediate cut", False, []),
            ("Christine Lagarde", "say", "We are not pre-committing to any particular rate path", True, []),
            ("Christine Lagarde", "say", "The data will decide.", True, []),
            ("European Central Bank", "according to", "Staff now see growth of 0.6% this year", False, ["0.6%"]),
        ],
    ),
    (
        "own-dev2-flood-funding",
        "Government Announces £150 Million for Flood Defences\n\nThe Department for Environment, Food and Rural Affairs today announced £150 million to repair flood defences damaged during last winter's storms.\n\nThe funding will cover around 700 schemes across England, the department said.\n\nEnvironment Secretary Steve Reed said:\n\nCommunities that were flooded last winter deserve to know that their defences will be repaired before the next storm season. This money will protect more than 60,000 homes.\n\nThe Environment Agency said it had already completed repairs at 200 sites and expected to finish the rest by March.\n",
        [
            ("Department for Environment, Food and Rural Affairs", "announce", "£150 million to repair flood defences damaged during last winter's storms", False, ["£150 million"]),
            ("Department for Environment, Food and Rural Affairs", "say", "The funding will cover around 700 schemes across England", False, ["around 700"]),
            ("Steve Reed", "say", "Communities that were flooded last winter deserve to know that their defences will be repaired before the next storm season. This money will protect more than 60,000 homes.", True, ["more than 60,000"]),
            ("Environment Agency", "say", "it had already completed repairs at 200 sites and expected to finish the rest by March", False, ["200"]),
        ],
    ),
    (
        "own-dev2-iom-congo",
        "GENEVA, Feb. 18 — More than 1.2 million people have fled fighting in eastern Congo since January, the International Organization for Migration said on Tuesday.\n\nIOM spokesperson Kennedy Okoth told reporters that the agency had received 18% of the $250 million it had requested for the region. “Families are sleeping in schools and churches,” he said.\n\nThe World Food Programme warned it would have to cut rations by half next month without new funding. Aid workers said conditions in the camps were worsening.\n\nAccording to the World Health Organization cholera cases in North Kivu have doubled in two weeks.\n",
        [
            ("International Organization for Migration", "say", "More than 1.2 million people have fled fighting in eastern Congo since January", False, ["More than 1.2 million"]),
            ("Kennedy Okoth", "tell", "the agency had received 18% of the $250 million it had requested for the region", False, ["18%", "$250 million"]),
            ("Kennedy Okoth", "say", "Families are sleeping in schools and churches", True, []),
            ("World Food Programme", "warn", "it would have to cut rations by half next month without new funding", False, []),
            ("World Health Organization", "according to", "cholera cases in North Kivu have doubled in two weeks", False, []),
        ],
    ),
    (
        "own-dev2-siemens",
        "Siemens Lifts Earnings Outlook\n\nMUNICH, Nov 14 - Siemens on Thursday forecast full-year earnings per share of between €10.40 and €11.00, citing strong demand for factory automation software.\n\nThe company said it now expects revenue growth of 3% to 7%, up from an earlier range of 2% to 6%. Chief financial officer Ralf Thomas said orders from data-centre builders had more than offset weakness in China.\n\n“We see no sign of a slowdown in our digital business,” Thomas told reporters.\n\nThe board declared a dividend of €5.20 per share. Siemens shares rose 2.1% in Frankfurt.\n",
        [
            ("Siemens", "forecast", "full-year earnings per share of between €10.40 and €11.00", False, ["€10.40", "€11.00"]),
            ("Siemens", "cite", "strong demand for factory automation software", False, []),
            ("Siemens", "say", "it now expects revenue growth of 3% to 7%, up from an earlier range of 2% to 6%", False, ["3%", "7%", "2%", "6%"]),
            ("Ralf Thomas", "say", "orders from data-centre builders had more than offset weakness in China", False, []),
            ("Ralf Thomas", "tell", "We see no sign of a slowdown in our digital business", True, []),
        ],
    ),
    (
        "own-dev2-treasurer",
        "Treasurer Says Budget Will Return to Deficit\n\nCANBERRA — Australian Treasurer Jim Chalmers said on Sunday that the budget would post a deficit of A$28 billion in the coming financial year after two years of surpluses.\n\nThe Treasurer said spending on energy rebates and housing would not add to inflation. He added that unemployment was forecast to peak at 4.5%.\n\nOpposition leader Peter Dutton described the budget as “a cash splash”. The Reserve Bank of Australia declined to comment.\n",
        [
            ("Jim Chalmers", "say", "the budget would post a deficit of A$28 billion in the coming financial year after two years of surpluses", False, ["A$28 billion"]),
            ("Jim Chalmers", "say", "spending on energy rebates and housing would not add to inflation", False, []),
            ("Jim Chalmers", "add", "unemployment was forecast to peak at 4.5%", False, ["4.5%"]),
            ("Peter Dutton", "describe", "the budget as “a cash splash”", False, []),
        ],
    ),
    (
        "own-dev2-fed",
        "WASHINGTON, July 31 (Reuters) - The Federal Reserve held interest rates steady in a range of 5.25% to 5.50% on Wednesday but said it would consider a cut if inflation kept cooling.\n\nFed Chair Jerome Powell, speaking at a press conference after the decision, said a reduction could come as soon as September. “The question will be whether the totality of the data is consistent with rising confidence on inflation,” Powell said.\n\nTwo policymakers dissented, according to the Fed's statement. The economy added 114,000 jobs in July, the Labor Department reported on Friday.\n",
        [
            ("Federal Reserve", "say", "it would consider a cut if inflation kept cooling", False, []),
            ("Jerome Powell", "say", "a reduction could come as soon as September", False, []),
            ("Jerome Powell", "say", "The question will be whether the totality of the data is consistent with rising confidence on inflation", True, []),
            ("Federal Reserve", "according to", "Two policymakers dissented", False, ["Two"]),
            ("United States Department of Labor", "report", "The economy added 114,000 jobs in July", False, ["114,000"]),
        ],
    ),
    (
        "own-dev2-hurricane",
        "Florida Braces for Hurricane Milton\n\nTALLAHASSEE, Fla. — Gov. Ron DeSantis declared a state of emergency in 51 counties on Sunday as Hurricane Milton strengthened over the Gulf of Mexico.\n\nThe National Hurricane Center forecast a storm surge of up to 12 feet along the coast near Tampa. The governor urged residents in evacuation zones to leave by Tuesday. “This is not a storm you want to ride out,” he said.\n\nThe Federal Emergency Management Agency said it had moved 20 million liters of water and 1,500 staff to the state. Officials said shelters were opening in every county.\n",
        [
            ("National Hurricane Center", "forecast", "a storm surge of up to 12 feet along the coast near Tampa", False, ["up to 12 feet"]),
            ("Ron DeSantis", "urge", "residents in evacuation zones to leave by Tuesday", False, []),
            ("Ron DeSantis", "say", "This is not a storm you want to ride out", True, []),
            ("Federal Emergency Management Agency", "say", "it had moved 20 million liters of water and 1,500 staff to the state", False, ["20 million liters", "1,500"]),
        ],
    ),
    (
        "own-dev2-imf",
        "IMF Trims Global Growth Outlook\n\nWASHINGTON — The International Monetary Fund on Tuesday forecast world growth of 2.8% this year, saying banking turmoil and high interest rates were weighing on activity.\n\nThe Fund's chief economist, Pierre-Olivier Gourinchas, told reporters that risks were “firmly to the downside”. He warned that global growth could fall to 2.5% if stress in the banking sector spread.\n\nJanet Yellen, the U.S. Treasury Secretary, said the American banking system remained sound. The Secretary added that deposits at small banks had stabilised.\n",
        [
            ("International Monetary Fund", "forecast", "world growth of 2.8% this year", False, ["2.8%"]),
            ("International Monetary Fund", "say", "banking turmoil and high interest rates were weighing on activity", False, []),
            ("Pierre-Olivier Gourinchas", "tell", "risks were “firmly to the downside”", False, []),
            ("Pierre-Olivier Gourinchas", "warn", "global growth could fall to 2.5% if stress in the banking sector spread", False, ["2.5%"]),
            ("Janet Yellen", "say", "the American banking system remained sound", False, []),
            ("Janet Yellen", "add", "deposits at small banks had stabilised", False, []),
        ],
    ),
    (
        "own-dev2-who-measles",
        "WHO Reports Rise in Measles Cases\n\nGENEVA — Measles cases in Europe rose to 58,000 last year, the highest level in 25 years, the World Health Organization said in a statement on Thursday.\n\n“Measles is back,” WHO Regional Director Hans Kluge said, “and it is spreading because too many children miss their vaccines.” Kluge called for countries to reach 95% coverage with two doses.\n\nFigures released by UNICEF showed that vaccination rates in the region had fallen by 4 percentage points since 2019. The agency said it would support catch-up campaigns in 12 countries.\n",
        [
            ("World Health Organization", "say", "Measles cases in Europe rose to 58,000 last year, the highest level in 25 years", False, ["58,000"]),
            ("Hans Kluge", "say", "Measles is back", True, []),
            ("Hans Kluge", "say", "and it is spreading because too many children miss their vaccines.", True, []),
            ("Hans Kluge", "call for", "countries to reach 95% coverage with two doses", False, ["95%", "two"]),
            ("UNICEF", "show", "vaccination rates in the region had fallen by 4 percentage points since 2019", False, ["4 percentage points"]),
            ("UNICEF", "say", "it would support catch-up campaigns in 12 countries", False, ["12"]),
        ],
    ),
    (
        "own-dev2-statcan-oneline",
        "OTTAWA, Feb 9 (Reuters) - Canada's economy added 41,000 jobs in January and the unemployment rate fell to 5.7%, Statistics Canada said on Friday, adding that wage growth slowed to 5.3%.\n",
        [
            ("Statistics Canada", "say", "Canada's economy added 41,000 jobs in January and the unemployment rate fell to 5.7%", False, ["41,000", "5.7%"]),
            ("Statistics Canada", "add", "wage growth slowed to 5.3%", False, ["5.3%"]),
        ],
    ),
]


def main() -> None:
    with open(HERE / "own-statements-dev2.jsonl", "w", encoding="utf-8") as f:
        for cid, text, statements in CASES:
            f.write(json.dumps(case(cid, text, statements, SOURCE), ensure_ascii=False) + "\n")
    print(f"{len(CASES)} cases -> eval/own-statements-dev2.jsonl")


if __name__ == "__main__":
    main()

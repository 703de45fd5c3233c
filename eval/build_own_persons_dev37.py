"""Write eval/own-persons-dev37.jsonl and eval/own-persons-dev37-check.jsonl (FORMAT.md,
entities and statements): a person or a body, one-word and short mentions (issue 13, session 37,
persons37).

The family (ANNOTATION.md "Entities", "Statements"):
- a person whose surname is also the name of a firm, a club, a town or a brand ("Ford",
  "Dell", "Preston", "Hamilton", "Suzuki", "Barclay", "Hilton") and whom the text names in full
  first, then by the surname alone: before "said", "told", a comma, a bracket, after a closing
  quote; a player of an individual sport in a result ("X beat Y 6-3 6-4", "X (Japan) bt Y
  (Britain) 7-5 6-2", golf's leading scores, a boxer's win on points); a given name that is also
  a club or a place ("Chelsea");
- near them, names that must stay bodies: the firm named by the surname ("Ford said in a
  statement", "shares of Dell"), the club named by its town ("Preston beat Bolton 2-1"),
  firms and foundations named after people ("Ralph Lauren", "John Lewis", "Walton Family
  Foundation").
Written for briefx by hand (session 37): real firms, clubs and places, invented people, events,
figures and quotations. Annotated by ``shared/eval/ANNOTATION.md`` inline while writing, before
briefx was run on any of them. Entities are marked inline (``eval/entity_marks.py``); statements
are (speaker, cue, content, quote, figures) as in ``build_own_statements.case``. Case n with
n % 3 == 0 goes to the check file: scored only once, at the end of the session. Run from the
project root: ``python eval/build_own_persons_dev37.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (persons37 helper, session 37); CC0"

ALL = [
    (  # 1
        "own-dev37-senator-ford",
        "2026-03-10",
        "Senator [[Helen Ford|PERSON]] of [[Ohio|GPE]] said on Tuesday that the bill would pass. \u201cWe have "
        "the votes,\u201d [[Ford|PERSON|Helen Ford]] told reporters.\n",
        [
            ("Helen Ford", "say", "the bill would pass", False, []),
            ("Helen Ford", "tell", "We have the votes", True, []),
        ],
    ),
    (  # 2
        "own-dev37-ford-jobs",
        "2026-03-11",
        "[[Ford|ORG|Ford Motor Company]] said in a statement that it would cut 2,000 jobs at its "
        "plant in [[Cologne|GPE]]. Shares of [[Ford|ORG|Ford Motor Company]] fell 3% in "
        "[[New York|GPE|New York City]].\n",
        [
            ("Ford Motor Company", "say", "it would cut 2,000 jobs at its plant in Cologne", False, ["2,000"]),
        ],
    ),
    (  # 3
        "own-dev37-eastbourne-preston",
        "2026-06-22",
        "[[Alex Preston|PERSON]] beat [[Tom Bolton|PERSON]] 6-3 6-4 in the first round at "
        "[[Eastbourne|GPE]] on Monday. [[Preston|PERSON|Alex Preston]], the seventh seed, meets "
        "[[Ivan Dell|PERSON]] next.\n",
        [],
    ),
    (  # 4
        "own-dev37-eastbourne-results",
        "2026-06-23",
        "Men's singles, second round:\n[[Dan Hamilton|PERSON]] ([[Britain|GPE|United Kingdom]]) "
        "bt [[Kenji Suzuki|PERSON]] ([[Japan|GPE]]) 7-5 6-2\n[[Luca Ferrari|PERSON]] "
        "([[Italy|GPE]]) bt [[Jack Morrison|PERSON]] ([[Australia|GPE]]) 6-4 3-6 7-6\n",
        [],
    ),
    (  # 5
        "own-dev37-preston-bolton-clubs",
        "2026-09-19",
        "[[Preston|ORG|Preston North End F.C.]] beat [[Bolton|ORG|Bolton Wanderers F.C.]] 2-1 at "
        "[[Deepdale|FAC]] on Saturday, and [[Burnley|ORG|Burnley F.C.]] drew 0-0 with "
        "[[Barnsley|ORG|Barnsley F.C.]].\n",
        [],
    ),
    (  # 6
        "own-dev37-halden-dell",
        "2026-05-04",
        "[[Mark Dell|PERSON]], chief executive of [[Halden Foods|ORG]], said profits rose 8%. "
        "[[Dell|PERSON|Mark Dell]] told analysts the firm would open two plants in "
        "[[Poland|GPE]].\n",
        [
            ("Mark Dell", "say", "profits rose 8%", False, ["8%"]),
            ("Mark Dell", "tell", "the firm would open two plants in Poland", False, ["two"]),
        ],
    ),
    (  # 7
        "own-dev37-leeds-morrison",
        "2026-04-14",
        "[[Chelsea Morrison|PERSON]], the [[Labour|ORG|Labour Party (UK)]] candidate in "
        "[[Leeds|GPE]], said she would fight for every vote. [[Morrison|PERSON|Chelsea Morrison]] "
        "said voters wanted change.\n",
        [
            ("Chelsea Morrison", "say", "she would fight for every vote", False, []),
            ("Chelsea Morrison", "say", "voters wanted change", False, []),
        ],
    ),
    (  # 8
        "own-dev37-morrisons-sales",
        "2026-04-15",
        "[[Morrisons|ORG]] said like-for-like sales rose 2% in the quarter, while "
        "[[Sainsbury's|ORG]] said it would close 40 cafes.\n",
        [
            ("Morrisons", "say", "like-for-like sales rose 2% in the quarter", False, ["2%"]),
            ("Sainsbury's", "say", "it would close 40 cafes", False, ["40"]),
        ],
    ),
    (  # 9
        "own-dev37-golf-barclay",
        "2026-07-09",
        "[[Sam Barclay|PERSON]] shot a 66 to lead by two shots from [[Pedro Honda|PERSON]] at "
        "[[North Berwick|GPE]]. [[Barclay|PERSON|Sam Barclay]], 24, had five birdies on the back "
        "nine.\n",
        [],
    ),
    (  # 10
        "own-dev37-boxing-lincoln",
        "2026-10-03",
        "[[Joe Lincoln|PERSON]] beat [[Daniel Crawley|PERSON]] on points in [[Cardiff|GPE]] on "
        "Saturday to keep his [[British|NORP]] title. [[Lincoln|PERSON|Joe Lincoln]] said "
        "afterwards that he wanted a world title fight.\n",
        [
            ("Joe Lincoln", "say", "he wanted a world title fight", False, []),
        ],
    ),
    (  # 11
        "own-dev37-athletics-hilton",
        "2026-08-12",
        "[[Grace Preston|PERSON]] won the 400 metres in 50.12 seconds, ahead of [[Amy Hilton|PERSON]] "
        "of [[Jamaica|GPE]]. [[Hilton|PERSON|Amy Hilton]] said she was happy with silver.\n",
        [
            ("Amy Hilton", "say", "she was happy with silver", False, []),
        ],
    ),
    (  # 12
        "own-dev37-hilton-hotels",
        "2026-02-19",
        "[[Hilton|ORG|Hilton Worldwide]] said in a statement that it would open 30 hotels in "
        "[[India|GPE]] next year. [[Hilton|ORG|Hilton Worldwide]]'s board also approved a $1 "
        "billion share buyback.\n",
        [
            ("Hilton Worldwide", "say", "it would open 30 hotels in India next year", False, ["30"]),
        ],
    ),
    (  # 13
        "own-dev37-walton-foundation",
        "2026-01-26",
        "The [[Walton Family Foundation|ORG]] said on Monday it would give $20 million to schools "
        "in [[Arkansas|GPE]].\n",
        [
            ("Walton Family Foundation", "say", "it would give $20 million to schools in Arkansas", False, ["$20 million"]),
        ],
    ),
    (  # 14
        "own-dev37-ralph-lauren",
        "2026-11-06",
        "Shares of [[Ralph Lauren|ORG|Ralph Lauren Corporation]] rose 4% after the company said "
        "quarterly sales had beaten forecasts.\n",
        [
            ("Ralph Lauren Corporation", "say", "quarterly sales had beaten forecasts", False, []),
        ],
    ),
    (  # 15
        "own-dev37-environment-barclay",
        "2026-05-21",
        "Environment Secretary [[Tom Barclay|PERSON]] said on Thursday that farmers would get more help. "
        "[[Barclay|PERSON|Tom Barclay]] told MPs the scheme would open in June.\n",
        [
            ("Tom Barclay", "say", "farmers would get more help", False, []),
            ("Tom Barclay", "tell", "the scheme would open in June", False, []),
        ],
    ),
    (  # 16
        "own-dev37-hamilton-livingston-clubs",
        "2026-10-24",
        "[[Hamilton|ORG|Hamilton Academical F.C.]] beat [[Livingston|ORG|Livingston F.C.]] 3-1 on "
        "Saturday. [[Hamilton|ORG|Hamilton Academical F.C.]] manager [[John Rankin|PERSON]] said "
        "his side deserved the win.\n",
        [
            ("John Rankin", "say", "his side deserved the win", False, []),
        ],
    ),
    (  # 17
        "own-dev37-deputy-livingston",
        "2026-03-02",
        "Deputy Prime Minister [[Anne Livingston|PERSON]] said on Monday the government would raise the "
        "minimum wage. [[Livingston|PERSON|Anne Livingston]] told the [[BBC|ORG]] that the rise "
        "would take effect in April.\n",
        [
            ("Anne Livingston", "say", "the government would raise the minimum wage", False, []),
            ("Anne Livingston", "tell", "the rise would take effect in April", False, []),
        ],
    ),
    (  # 18
        "own-dev37-dell-cuts",
        "2026-02-27",
        "[[Dell|ORG|Dell Technologies]] said it would cut 5% of its workforce, and shares of "
        "[[HP|ORG|HP Inc.]] rose 2%.\n",
        [
            ("Dell Technologies", "say", "it would cut 5% of its workforce", False, ["5%"]),
        ],
    ),
    (  # 19
        "own-dev37-hartlepool-dell",
        "2026-05-08",
        "Voters in [[Hartlepool|GPE]] elected [[Sarah Dell|PERSON]], the [[Labour|ORG|Labour Party "
        "(UK)]] candidate, with 52% of the vote. [[Dell|PERSON|Sarah Dell]] said the result was a "
        "message to the government.\n",
        [
            ("Sarah Dell", "say", "the result was a message to the government", False, []),
        ],
    ),
    (  # 20
        "own-dev37-rome-walton",
        "2026-05-16",
        "[[Chelsea Walton|PERSON]] beat [[Maria Ferrari|PERSON]] 6-2 7-5 to reach the final in "
        "[[Rome|GPE]]. [[Walton|PERSON|Chelsea Walton]], who lost to [[Ferrari|PERSON|Maria "
        "Ferrari]] in [[Madrid|GPE]] last month, said she had served better.\n",
        [
            ("Chelsea Walton", "say", "she had served better", False, []),
        ],
    ),
    (  # 21
        "own-dev37-ferrari-prices",
        "2026-06-30",
        "[[Ferrari|ORG]] said on Tuesday it would raise prices by 3% next year. Shares of the "
        "[[Maranello|GPE]] carmaker rose 1%.\n",
        [
            ("Ferrari", "say", "it would raise prices by 3% next year", False, ["3%"]),
        ],
    ),
    (  # 22
        "own-dev37-dubai-suzuki",
        "2026-01-25",
        "[[Japan|GPE]]'s [[Kenta Suzuki|PERSON]] beat [[Tom Ford|PERSON]] at the first extra hole "
        "to win the title in [[Dubai|GPE]]. [[Suzuki|PERSON|Kenta Suzuki]] said he had dreamed of "
        "the win since he was a boy.\n",
        [
            ("Kenta Suzuki", "say", "he had dreamed of the win since he was a boy", False, []),
        ],
    ),
    (  # 23
        "own-dev37-suzuki-honda-firms",
        "2026-09-01",
        "[[Suzuki|ORG]] said it would build a third car plant in [[Gujarat|GPE]], and "
        "[[Honda|ORG]] said sales in [[India|GPE]] rose 6% in August.\n",
        [
            ("Suzuki", "say", "it would build a third car plant in Gujarat", False, ["third"]),
            ("Honda", "say", "sales in India rose 6% in August", False, ["6%"]),
        ],
    ),
    (  # 24
        "own-dev37-chelsea-everton",
        "2026-11-29",
        "[[Chelsea|ORG|Chelsea F.C.]] beat [[Everton|ORG|Everton F.C.]] 3-0 on Sunday. "
        "[[Chelsea|ORG|Chelsea F.C.]] manager [[Paul Barnes|PERSON]] said the team had played "
        "well.\n",
        [
            ("Paul Barnes", "say", "the team had played well", False, []),
        ],
    ),
    (  # 25
        "own-dev37-nurse-chelsea",
        "2026-02-03",
        "[[Chelsea Marks|PERSON]], a nurse from [[Bristol|GPE]], said she had waited 14 months "
        "for surgery. [[Marks|PERSON|Chelsea Marks]] told the [[BBC|ORG]] she was still in pain.\n",
        [
            ("Chelsea Marks", "say", "she had waited 14 months for surgery", False, []),
            ("Chelsea Marks", "tell", "she was still in pain", False, []),
        ],
    ),
    (  # 26
        "own-dev37-sheffield-derby",
        "2026-03-22",
        "[[Lee Derby|PERSON]] beat [[Sam Bradford|PERSON]] on points over ten rounds in "
        "[[Sheffield|GPE]] on Saturday. [[Derby|PERSON|Lee Derby]], 27, is unbeaten in 14 fights.\n",
        [],
    ),
    (  # 27
        "own-dev37-athletics-results",
        "2026-07-20",
        "Men's 1500m: [[Josh Kendal|PERSON]] ([[Britain|GPE|United Kingdom]]) 3:34.20, "
        "[[Ali Hamdan|PERSON]] ([[Qatar|GPE]]) 3:34.85, [[Tom Preston|PERSON]] "
        "([[Ireland|GPE|Republic of Ireland]]) 3:35.10\n",
        [],
    ),
    (  # 28
        "own-dev37-governor-ford",
        "2026-04-02",
        "Governor [[Jim Ford|PERSON]] signed the budget on Wednesday. \u201cThis is a good day for "
        "[[Michigan|GPE]],\u201d [[Ford|PERSON|Jim Ford]] said, adding that taxes would not rise.\n",
        [
            ("Jim Ford", "say", "This is a good day for Michigan", True, []),
            ("Jim Ford", "add", "taxes would not rise", False, []),
        ],
    ),
    (  # 29
        "own-dev37-morrison-australia",
        "2026-06-08",
        "Former [[Australian|NORP]] prime minister [[Scott Morrison|PERSON]] said on Monday he "
        "would join a [[US|GPE|United States]] investment firm. [[Morrison|PERSON|Scott Morrison]], "
        "who led the [[Liberal Party|ORG|Liberal Party of Australia]] from 2018 to 2022, will "
        "advise it on defence.\n",
        [
            ("Scott Morrison", "say", "he would join a US investment firm", False, []),
        ],
    ),
    (  # 30
        "own-dev37-dubai-leaders",
        "2026-01-22",
        "Leading scores after the first round in [[Dubai|GPE]]:\n66 [[Kenta Suzuki|PERSON]] "
        "([[Japan|GPE]])\n67 [[Tom Ford|PERSON]] ([[England|GPE]]), [[Sam Barclay|PERSON]] "
        "([[Scotland|GPE]])\n",
        [],
    ),
    (  # 31
        "own-dev37-york-dyson",
        "2026-11-18",
        "[[Jake Dyson|PERSON]] beat [[Neil Barclay|PERSON]] 6-4 in the second round in "
        "[[York|GPE]]. [[Dyson|PERSON|Jake Dyson]] will play [[Mark Hilton|PERSON]] next.\n",
        [],
    ),
    (  # 32
        "own-dev37-dyson-singapore",
        "2026-01-14",
        "[[Dyson|ORG|Dyson (company)]] said it would move its head office to [[Singapore|GPE]], "
        "and the company's founder, [[James Dyson|PERSON]], said the move was about growth.\n",
        [
            ("Dyson (company)", "say", "it would move its head office to Singapore", False, []),
            ("James Dyson", "say", "the move was about growth", False, []),
        ],
    ),
    (  # 33
        "own-dev37-swansea-barclay",
        "2026-09-09",
        "[[Barclays|ORG]] said it would shut 20 branches in [[Wales|GPE]]. [[Nia Barclay|PERSON]], "
        "the [[Labour|ORG|Labour Party (UK)]] MP for [[Swansea East|GPE]], said the closures would "
        "hurt older customers, and [[Barclay|PERSON|Nia Barclay]] told the bank she would "
        "fight them.\n",
        [
            ("Barclays", "say", "it would shut 20 branches in Wales", False, ["20"]),
            ("Nia Barclay", "say", "the closures would hurt older customers", False, []),
            ("Nia Barclay", "tell", "she would fight them", False, []),
        ],
    ),
    (  # 34
        "own-dev37-john-lewis",
        "2026-03-26",
        "[[John Lewis|ORG|John Lewis & Partners]] said on Thursday that it would close eight "
        "stores, and its chairman, [[Kate Morley|PERSON]], said the decision was painful.\n",
        [
            ("John Lewis & Partners", "say", "it would close eight stores", False, ["eight"]),
            ("Kate Morley", "say", "the decision was painful", False, []),
        ],
    ),
    (  # 35
        "own-dev37-home-chester",
        "2026-10-12",
        "Home Secretary [[Paul Chester|PERSON]] said on Monday that police numbers would rise. "
        "[[Chester|PERSON|Paul Chester]] told the [[BBC|ORG]] that 3,000 officers would be hired "
        "by March.\n",
        [
            ("Paul Chester", "say", "police numbers would rise", False, []),
            ("Paul Chester", "tell", "3,000 officers would be hired by March", False, ["3,000"]),
        ],
    ),
    (  # 36
        "own-dev37-ted-baker",
        "2026-08-05",
        "[[Ted Baker|ORG]] said it had found a buyer for its stores, and shares of "
        "[[Burberry|ORG]] rose 2% in [[London|GPE]].\n",
        [
            ("Ted Baker", "say", "it had found a buyer for its stores", False, []),
        ],
    ),
]


def main() -> None:
    cases = [c for n, c in enumerate(ALL, 1) if n % 3]
    check = [c for n, c in enumerate(ALL, 1) if n % 3 == 0]
    write_sets("own-persons-dev37", cases, check, SOURCE)


if __name__ == "__main__":
    main()

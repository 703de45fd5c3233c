"""Write eval/own-persons-dev37b.jsonl and eval/own-persons-dev37b-check.jsonl (FORMAT.md,
entities and statements): the second part of persons37's data (issue 13, session 37), the
shapes the first part (``build_own_persons_dev37.py``) left out: players of individual sports
named by the surname alone, a surname that is a club's or a town's name in tennis sets, a
bout's result or agate results, a surname alone after "Mr" or before "said he"; and, near
them, clubs of the same towns in team sports and firms named by their founders' surnames.

Written for briefx by hand (session 37), before briefx was run on any of them, after the first
part had been measured: real firms, clubs and places, invented people, events, figures and
quotations. Annotated by ``shared/eval/ANNOTATION.md`` (a person the text names by the surname
alone takes the surname as name). Case n with n % 3 == 0 goes to the check file. Run from the
project root: ``python eval/build_own_persons_dev37b.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (persons37 helper, session 37, part b); CC0"

ALL = [
    (  # 1
        "own-dev37b-stuttgart-preston",
        "2026-06-11",
        "[[Preston|PERSON]] beat [[Bolton|PERSON]] 6-3 6-4 on Thursday to reach the "
        "quarter-finals in [[Stuttgart|GPE]]. [[Preston|PERSON]], 23, will face [[Ferrari|PERSON]] "
        "next.\n",
        [],
    ),
    (  # 2
        "own-dev37b-agate-women",
        "2026-06-16",
        "Women's singles, first round: [[Walton|PERSON]] ([[Britain|GPE|United Kingdom]]) bt "
        "[[Ford|PERSON]] ([[U.S.|GPE|United States]]) 6-2 7-6(5); [[Derby|PERSON]] "
        "([[Britain|GPE|United Kingdom]]) bt [[Suzuki|PERSON]] ([[Japan|GPE]]) 6-4 6-4\n",
        [],
    ),
    (  # 3
        "own-dev37b-cardiff-crawley",
        "2026-10-10",
        "[[Crawley|PERSON]] beat [[Lincoln|PERSON]] on points in [[Cardiff|GPE]] on Saturday. "
        "[[Crawley|PERSON]] said he wanted a rematch in the summer.\n",
        [
            ("Crawley", "say", "he wanted a rematch in the summer", False, []),
        ],
    ),
    (  # 4
        "own-dev37b-eastbourne-quote",
        "2026-06-24",
        "\u201cI was tired,\u201d [[Preston|PERSON]] said after [[Hamilton|PERSON]] beat her 6-4 7-5 "
        "in [[Eastbourne|GPE]].\n",
        [
            ("Preston", "say", "I was tired", True, []),
        ],
    ),
    (  # 5
        "own-dev37b-clubs-saturday",
        "2026-02-14",
        "[[Preston|ORG|Preston North End F.C.]] beat [[Bolton|ORG|Bolton Wanderers F.C.]] 2-1, "
        "and [[Derby|ORG|Derby County F.C.]] drew 1-1 with [[Stoke|ORG|Stoke City F.C.]] on "
        "Saturday.\n",
        [],
    ),
    (  # 6
        "own-dev37b-dell-founder",
        "2026-03-03",
        "[[Dell|ORG|Dell Technologies]] said it would cut 3,000 jobs, and its founder, "
        "[[Michael Dell|PERSON]], said the company had to move faster.\n",
        [
            ("Dell Technologies", "say", "it would cut 3,000 jobs", False, ["3,000"]),
            ("Michael Dell", "say", "the company had to move faster", False, []),
        ],
    ),
    (  # 7
        "own-dev37b-inquiry-barclay",
        "2026-09-30",
        "Mr [[Barclay|PERSON]], 61, told the inquiry that he had not seen the letter. "
        "[[Barclay|PERSON]], a former minister, said officials had kept it from him.\n",
        [
            ("Barclay", "tell", "he had not seen the letter", False, []),
            ("Barclay", "say", "officials had kept it from him", False, []),
        ],
    ),
    (  # 8
        "own-dev37b-queens-hamilton",
        "2026-06-19",
        "[[Dan Hamilton|PERSON]] beat [[Kenji Suzuki|PERSON]] 7-5 6-2 at [[Queen's Club|FAC]]. "
        "[[Hamilton|PERSON|Dan Hamilton]] ([[Britain|GPE|United Kingdom]]) meets "
        "[[Ferrari|PERSON]] ([[Italy|GPE]]) in the semi-finals.\n",
        [],
    ),
    (  # 9
        "own-dev37b-livingston-decision",
        "2026-11-21",
        "[[Livingston|PERSON]] beat [[Hamilton|PERSON]] on a split decision in [[Glasgow|GPE]]. "
        "\u201cHe hit harder than I expected,\u201d [[Livingston|PERSON]] said.\n",
        [
            ("Livingston", "say", "He hit harder than I expected", True, []),
        ],
    ),
    (  # 10
        "own-dev37b-morecambe-clubs",
        "2026-03-28",
        "[[Morecambe|ORG|Morecambe F.C.]] lost 2-0 to [[Crawley|ORG|Crawley Town F.C.]], and "
        "[[Barnsley|ORG|Barnsley F.C.]] beat [[Lincoln|ORG|Lincoln City F.C.]] 3-1.\n",
        [],
    ),
    (  # 11
        "own-dev37b-mr-dell",
        "2026-05-19",
        "Mr [[Dell|PERSON]] told the court he had signed the papers in good faith. The judge "
        "said [[Dell|PERSON]] would be sentenced in June.\n",
        [
            ("Dell", "tell", "he had signed the papers in good faith", False, []),
        ],
    ),
    (  # 12
        "own-dev37b-rome-results",
        "2026-05-12",
        "Men's singles, second round:\n[[Morrison|PERSON]] ([[Australia|GPE]]) bt "
        "[[Chester|PERSON]] ([[Britain|GPE|United Kingdom]]) 6-3 3-6 7-5\n[[Preston|PERSON]] "
        "([[Ireland|GPE|Republic of Ireland]]) bt [[Everton|PERSON]] ([[Canada|GPE]]) 7-6(4) 6-1\n",
        [],
    ),
    (  # 13
        "own-dev37b-ferrari-founder",
        "2026-07-07",
        "[[Ferrari|ORG]] said its profit rose 10%, and [[Piero Ferrari|PERSON]], the son of its "
        "founder, said demand was strong.\n",
        [
            ("Ferrari", "say", "its profit rose 10%", False, ["10%"]),
            ("Piero Ferrari", "say", "demand was strong", False, []),
        ],
    ),
    (  # 14
        "own-dev37b-sheffield-ko",
        "2026-04-18",
        "[[Bradford|PERSON]] stopped [[Derby|PERSON]] by technical knockout in the fifth round in "
        "[[Sheffield|GPE]] on Saturday.\n",
        [],
    ),
    (  # 15
        "own-dev37b-ford-chair",
        "2026-02-05",
        "[[Ford|ORG|Ford Motor Company]] said in a statement that it would recall 90,000 "
        "trucks. Shares of [[Ford|ORG|Ford Motor Company]] fell 2%.\n",
        [
            ("Ford Motor Company", "say", "it would recall 90,000 trucks", False, ["90,000"]),
        ],
    ),
    (  # 16
        "own-dev37b-rotterdam-suzuki",
        "2026-02-12",
        "[[Suzuki|PERSON]] beat [[Honda|PERSON]] 6-4, 6-4 in [[Rotterdam|GPE]] on Wednesday, "
        "and [[Suzuki|PERSON]] said she had played her best tennis of the year.\n",
        [
            ("Suzuki", "say", "she had played her best tennis of the year", False, []),
        ],
    ),
    (  # 17
        "own-dev37b-volleyball",
        "2026-09-06",
        "[[Poland|GPE]] beat [[Italy|GPE]] 25-21 25-19 25-23 in the volleyball final in "
        "[[Rome|GPE]].\n",
        [],
    ),
    (  # 18
        "own-dev37b-hamilton-club-town",
        "2026-01-17",
        "[[Hamilton|ORG|Hamilton Academical F.C.]] beat [[Livingston|ORG|Livingston F.C.]] 2-0, "
        "and [[Hamilton|ORG|Hamilton Academical F.C.]] moved up to third.\n",
        [],
    ),
]


def main() -> None:
    cases = [c for n, c in enumerate(ALL, 1) if n % 3]
    check = [c for n, c in enumerate(ALL, 1) if n % 3 == 0]
    write_sets("own-persons-dev37b", cases, check, SOURCE)


if __name__ == "__main__":
    main()

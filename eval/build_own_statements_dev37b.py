"""Write eval/own-statements-dev37b.jsonl and its check file (FORMAT.md): bodies named only by
their letters where the model leaves them untagged.

Session 37 (acronyms37), a second, smaller set written after dev set 37a showed that the model
and ``unknowns`` already find most bodies' acronyms that speak: letters with a body's evidence
of other kinds ("the PSA board", "officials at KNBS", "UBOS, the statistics office", "a
spokeswoman for KPLC", "according to PSA" where WordNet reads "PSA" as an antigen), beside
letters that must stay untagged (concepts, codes, units, headings). Written for briefx by hand
and annotated by ANNOTATION.md before briefx was run on them; countries and cities are real,
the bodies (acronyms), people and figures invented. The CHECK cases go to the check file,
scored once at the end. Run from the project root: ``python eval/build_own_statements_dev37b.py``.
"""

from __future__ import annotations

from build_own_statements import write_sets

SOURCE = "written for briefx by hand (acronyms37 helper, session 37); CC0"

CASES = [
    (
        "own-dev37b-psa-board",
        "2026-09-04",
        (
            "The [[PSA|ORG]] board approved a new consumer price series on Friday. According to [[PSA|ORG]], "
            "inflation in the [[Philippines|GPE]] eased to 2.1% in August.\n"
        ),
        [("PSA", "according to", "inflation in the Philippines eased to 2.1% in August", False, ["2.1%"])],
    ),
    (
        "own-dev37b-knbs-officials",
        "2026-06-30",
        (
            "Officials at [[KNBS|ORG]] revised first-quarter growth to 4.9%. The revision followed new "
            "data on tea and coffee exports from [[Mombasa|GPE]].\n"
        ),
        [],
    ),
    (
        "own-dev37b-ubos-apposition",
        "2026-05-12",
        (
            "The figures come from [[UBOS|ORG]], the statistics office, which surveyed 12,000 homes in "
            "[[Uganda|GPE]]. Prices were quoted in UGX.\n"
        ),
        [],
    ),
    (
        "own-dev37b-kplc-spokeswoman",
        "2026-03-03",
        (
            "A spokeswoman for [[KPLC|ORG]] declined to comment on the fault on a 132 kV line "
            "that cut power to [[Kisumu|GPE]].\n"
        ),
        [],
    ),
    (
        "own-dev37b-nca-chairman",
        "2026-11-18",
        (
            "The [[NCA|ORG]] chairman resigned on Wednesday after the regulator approved a 5G licence "
            "for [[Airtel|ORG]]. An SME pays KES 2,000 a month for a business line.\n"
        ),
        [],
    ),
    (
        "own-dev37b-ura-heading",
        "2026-07-07",
        (
            "TAX NEWS\n"
            "Economists at [[URA|ORG]] revised the VAT forecast to a 9% rise this year. The "
            "e-invoicing system now covers 40,000 firms.\n"
        ),
        [],
    ),
]

CHECK = [
    (
        "own-dev37b-zimstat",
        "2026-02-17",
        (
            "Officials at [[ZIMSTAT|ORG]] published the new CPI basket in March. The "
            "[[ZIMSTAT|ORG]] board met in [[Harare|GPE]] on Monday.\n"
        ),
        [],
    ),
    (
        "own-dev37b-bos-apposition",
        "2026-08-09",
        (
            "Diamond exports fell 30%, according to [[BOS|ORG]], the statistics agency of "
            "[[Botswana|GPE]]. Prices are set in USD.\n"
        ),
        [("BOS", "according to", "Diamond exports fell 30%", False, ["30%"])],
    ),
    (
        "own-dev37b-epra-spokesman",
        "2026-04-02",
        (
            "A spokesman for [[EPRA|ORG]] declined to comment on LPG prices. Engineers at LNG "
            "terminals in [[Mombasa|GPE]] went on strike.\n"
        ),
        [],
    ),
]


def main() -> None:
    write_sets("own-statements-dev37b", CASES, CHECK, SOURCE)


if __name__ == "__main__":
    main()
